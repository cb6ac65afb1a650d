// Last step for every committed GeoJSON file: rounds coordinates, drops repeated points,
// degenerate rings/lines and empty geometries, rewinds polygons to the RFC 7946 right-hand rule
// (exterior counter-clockwise, holes clockwise), sets properties and writes minified JSON.
// usage: node finalize.mjs IN OUT --stem NAME --kind land|border   (basemap: id = NAME-<n>)
//        node finalize.mjs IN OUT --keep-props                      (areas: keep properties)
//        [--precision 5]
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fixAntimeridian } from './geo-util.mjs';

const args = process.argv.slice(2);
const [inPath, outPath] = args;
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? dflt : args[i + 1];
};
const keepProps = args.includes('--keep-props');
const stem = opt('stem', basename(outPath).replace(/\.geojson$/, ''));
const kind = opt('kind', 'land');
const digits = Number(opt('precision', '5'));
const k = 10 ** digits;
const round = (v) => Math.round(v * k) / k;

const signedArea = (ring) => {
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a / 2;
};

function cleanLine(coords) {
  const out = [];
  for (const p of coords) {
    const q = [round(p[0]), round(p[1])];
    if (q[0] < -180 || q[0] > 180 || q[1] < -90 || q[1] > 90) throw new Error(`out of range ${q}`);
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

function cleanRing(ring, exterior) {
  const r = cleanLine(fixAntimeridian(ring, true));
  if (r.length && (r[0][0] !== r[r.length - 1][0] || r[0][1] !== r[r.length - 1][1])) r.push(r[0]);
  if (r.length < 4) return null;
  const a = signedArea(r);
  if (a === 0) return null;
  if ((exterior && a < 0) || (!exterior && a > 0)) r.reverse();
  return r;
}

function cleanPolygon(rings) {
  const ext = cleanRing(rings[0], true);
  if (!ext) return null;
  return [ext, ...rings.slice(1).map((r) => cleanRing(r, false)).filter(Boolean)];
}

function cleanGeometry(g) {
  if (!g) return null;
  switch (g.type) {
    case 'Polygon': {
      const p = cleanPolygon(g.coordinates);
      return p && { type: 'Polygon', coordinates: p };
    }
    case 'MultiPolygon': {
      const ps = g.coordinates.map(cleanPolygon).filter(Boolean);
      if (!ps.length) return null;
      return ps.length === 1 ? { type: 'Polygon', coordinates: ps[0] } : { type: 'MultiPolygon', coordinates: ps };
    }
    case 'LineString': {
      const l = cleanLine(fixAntimeridian(g.coordinates, false));
      return l.length >= 2 ? { type: 'LineString', coordinates: l } : null;
    }
    case 'MultiLineString': {
      const ls = g.coordinates.map((c) => cleanLine(fixAntimeridian(c, false))).filter((l) => l.length >= 2);
      if (!ls.length) return null;
      return ls.length === 1 ? { type: 'LineString', coordinates: ls[0] } : { type: 'MultiLineString', coordinates: ls };
    }
    case 'Point': {
      const [q] = cleanLine([g.coordinates]);
      return { type: 'Point', coordinates: q };
    }
    case 'GeometryCollection':
      throw new Error('GeometryCollection not expected');
    default:
      throw new Error(`unsupported geometry ${g.type}`);
  }
}

const gj = JSON.parse(readFileSync(inPath, 'utf8'));
const src =
  gj.type === 'FeatureCollection' ? gj.features
  : gj.type === 'Feature' ? [gj]
  : gj.type === 'GeometryCollection' ? gj.geometries.map((g) => ({ properties: {}, geometry: g }))
  : [{ properties: {}, geometry: gj }];

const features = [];
for (const f of src) {
  const geometry = cleanGeometry(f.geometry);
  if (!geometry) continue;
  const properties = keepProps ? f.properties : { id: `${stem}-${features.length}`, kind };
  features.push({ type: 'Feature', properties, geometry });
}
if (!features.length) throw new Error(`${inPath}: no features left`);
writeFileSync(outPath, JSON.stringify({ type: 'FeatureCollection', features }) + '\n');
console.log(`${outPath}: ${features.length} feature(s)`);
