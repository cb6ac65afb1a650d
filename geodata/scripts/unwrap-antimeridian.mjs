// world-atlas land rings that cross the antimeridian (Fiji, Chukotka) or wrap around a pole
// (Antarctica) are drawn as stripes across a flat map. This writes every ring with continuous
// longitudes (values may leave -180..180; a ring around a pole is closed through the pole) so
// that make-basemap.sh can cut the result into -180..180 with mapshaper -clip and shift the
// pieces back.  usage: node unwrap-antimeridian.mjs in.geojson out.geojson
import { readFileSync, writeFileSync } from 'node:fs';
import { fixAntimeridian } from './geo-util.mjs';

const [, , inPath, outPath] = process.argv;
const gj = JSON.parse(readFileSync(inPath, 'utf8'));

function unwrapRing(ring) {
  const r = fixAntimeridian(ring, true).slice(0, -1);
  const out = [[...r[0]]];
  let shift = 0;
  for (let i = 1; i < r.length; i++) {
    const d = r[i][0] - r[i - 1][0];
    if (d > 180) shift -= 360;
    else if (d < -180) shift += 360;
    out.push([r[i][0] + shift, r[i][1]]);
  }
  // closing edge back to the first vertex
  const d = r[0][0] - r[r.length - 1][0];
  const net = shift + (d > 180 ? -360 : d < -180 ? 360 : 0);
  if (net !== 0) {
    // the ring goes once around a pole: close it through that pole
    const meanLat = r.reduce((s, p) => s + p[1], 0) / r.length;
    const pole = meanLat < 0 ? -90 : 90;
    const endX = r[0][0] + net; // where the first vertex sits after a full turn
    out.push([endX, r[0][1]], [endX, pole], [r[0][0], pole]);
  }
  out.push([...out[0]]);
  return out;
}

let changed = 0;
for (const f of gj.features) {
  const g = f.geometry;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const next = polys.map((p) => p.map((ring) => {
    const u = unwrapRing(ring);
    if (u.some((q) => q[0] < -180 || q[0] > 180) || u.length !== ring.length) changed++;
    return u;
  }));
  f.geometry = { type: 'MultiPolygon', coordinates: next };
}
writeFileSync(outPath, JSON.stringify(gj));
console.log(`${outPath}: ${changed} ring(s) unwrapped`);
