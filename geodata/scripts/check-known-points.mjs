// @ts-nocheck: a geodata tool in plain JavaScript (also imported by tests/story/provinces.test.ts).
// Checks that every sourced point of geodata/known-points.json lies in its province of
// geodata/provinces.geojson (and in no other). Importable (checkKnownPoints) for a unit test and
// runnable: node check-known-points.mjs [provinces.geojson] [known-points.json]   (exit 1 on failure)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

// even-odd ray casting over all rings of a Polygon or MultiPolygon ([lon, lat], planar)
export function pointInGeometry([x, y], geometry) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  let inside = false;
  for (const rings of polys)
    for (const ring of rings)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i], [xj, yj] = ring[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
  return inside;
}

/** Returns one message per known point that is not inside exactly its own province. */
export function checkKnownPoints(provinces, known) {
  const failures = [];
  const byId = new Map(provinces.features.map((f) => [f.properties.id, f]));
  for (const p of known.points) {
    if (!byId.has(p.province)) {
      failures.push(`${p.id}: province ${p.province} is not in provinces.geojson`);
      continue;
    }
    if (!p.source) failures.push(`${p.id}: no source`);
    const hits = provinces.features.filter((f) => pointInGeometry(p.coordinates, f.geometry)).map((f) => f.properties.id);
    if (!hits.includes(p.province))
      failures.push(`${p.id} (${p.coordinates.join(', ')}): expected in ${p.province}, found in ${hits.length ? hits.join(', ') : 'no province'}`);
    else if (hits.length > 1) failures.push(`${p.id}: in ${hits.join(' and ')} at once`);
  }
  return failures;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const geo = join(dirname(fileURLToPath(import.meta.url)), '..');
  const [provPath = join(geo, 'provinces.geojson'), knownPath = join(geo, 'known-points.json')] = process.argv.slice(2);
  const provinces = JSON.parse(readFileSync(provPath, 'utf8'));
  const known = JSON.parse(readFileSync(knownPath, 'utf8'));
  const failures = checkKnownPoints(provinces, known);
  for (const p of known.points) {
    const hits = provinces.features.filter((f) => pointInGeometry(p.coordinates, f.geometry)).map((f) => f.properties.id);
    console.log(`${hits.includes(p.province) && hits.length === 1 ? 'ok  ' : 'FAIL'} ${p.id.padEnd(22)} ${p.province.padEnd(20)} found: ${hits.join(', ') || '-'}`);
  }
  if (failures.length) {
    for (const f of failures) console.error(`known-points: ${f}`);
    process.exit(1);
  }
  console.log(`${known.points.length} known points in their provinces`);
}
