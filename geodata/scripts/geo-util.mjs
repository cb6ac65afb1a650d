// Shared helpers for the geodata scripts.

// world-atlas writes +180 as -180 on rings cut at the antimeridian (harmless for d3-geo, which is
// spherical, but a stripe across the map in MapLibre): give each vertex on the antimeridian the
// sign of its nearest neighbours off it. `closed`: coords is a ring whose last point repeats the first.
export function fixAntimeridian(coords, closed) {
  const n = closed ? coords.length - 1 : coords.length;
  const off = (i, step) => {
    for (let k = 1; k < n; k++) {
      const j = closed ? (((i + step * k) % n) + n) % n : i + step * k;
      if (j < 0 || j >= n) return 0;
      if (Math.abs(coords[j][0]) !== 180) return Math.sign(coords[j][0]);
    }
    return 0;
  };
  const out = coords.map((p) => [...p]);
  for (let i = 0; i < n; i++) {
    if (Math.abs(coords[i][0]) !== 180) continue;
    const a = off(i, -1);
    const b = off(i, 1);
    if (a !== 0 && (a === b || b === 0)) out[i][0] = 180 * a;
    else if (b !== 0 && a === 0) out[i][0] = 180 * b;
  }
  if (closed) out[n] = [...out[0]];
  return out;
}
