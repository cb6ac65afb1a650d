// Checks committed GeoJSON files against the project's rules (RFC 7946 FeatureCollection, no crs,
// closed rings of >= 4 positions, exterior rings counter-clockwise and holes clockwise, no
// degenerate rings, no empty/null/zero-length geometry, lon/lat ranges, <= 5 decimals, ids).
// Files under context/ (labels, rivers, train stops) also need, on every feature: kind, source,
// numeric minzoom < maxzoom and rank, at most 5 decimals, and names in the three editions (name,
// name_vi, name_ko) unless the feature is unlabelled drawing geometry (label: false).
// usage: node check-geojson.mjs FILE...   (exit 1 on any violation)
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

let failed = 0;
for (const file of process.argv.slice(2)) {
  const errs = [];
  const err = (m) => errs.length < 20 && errs.push(m);
  const gj = JSON.parse(readFileSync(file, 'utf8'));
  const stem = basename(file).replace(/\.geojson$/, '');
  const isBasemap = file.includes('/basemap/');
  const isContext = file.includes('/context/');
  const CONTEXT_KINDS = ['country', 'ocean', 'sea', 'gulf', 'bay', 'river', 'island', 'city', 'station'];
  if (gj.type !== 'FeatureCollection') err('not a FeatureCollection');
  if ('crs' in gj) err('has crs member');
  const ids = new Set();
  let rings = 0, positions = 0;
  const checkPos = (p, where) => {
    positions++;
    if (!Array.isArray(p) || p.length !== 2 || !p.every(Number.isFinite)) return err(`${where}: bad position ${JSON.stringify(p)}`);
    const [x, y] = p;
    if (x < -180 || x > 180 || y < -90 || y > 90) err(`${where}: out of range ${p}`);
    if ((isBasemap || isContext) && (Math.round(x * 1e5) / 1e5 !== x || Math.round(y * 1e5) / 1e5 !== y)) err(`${where}: more than 5 decimals ${p}`);
  };
  const area = (r) => {
    let a = 0;
    for (let i = 0; i < r.length - 1; i++) a += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1];
    return a / 2;
  };
  const checkLine = (l, where) => {
    if (!Array.isArray(l) || l.length < 2) return err(`${where}: line with < 2 positions`);
    l.forEach((p) => checkPos(p, where));
    if (!l.some((p) => p[0] !== l[0][0] || p[1] !== l[0][1])) err(`${where}: zero-length line`);
  };
  const checkPoly = (poly, where) => {
    if (!Array.isArray(poly) || !poly.length) return err(`${where}: empty polygon`);
    poly.forEach((r, i) => {
      rings++;
      const w = `${where} ring ${i}`;
      if (!Array.isArray(r) || r.length < 4) return err(`${w}: < 4 positions`);
      r.forEach((p) => checkPos(p, w));
      const f = r[0], l = r[r.length - 1];
      if (f[0] !== l[0] || f[1] !== l[1]) err(`${w}: not closed`);
      const a = area(r);
      if (a === 0) err(`${w}: degenerate (area 0)`);
      else if (i === 0 && a < 0) err(`${w}: exterior ring is clockwise`);
      else if (i > 0 && a > 0) err(`${w}: hole is counter-clockwise`);
    });
  };
  (gj.features ?? []).forEach((f, n) => {
    const where = `feature ${n}`;
    if (f.type !== 'Feature') err(`${where}: not a Feature`);
    const g = f.geometry;
    if (!g) return err(`${where}: null geometry`);
    const c = g.coordinates;
    if (!Array.isArray(c) || !c.length) return err(`${where}: empty geometry`);
    if (g.type === 'Polygon') checkPoly(c, where);
    else if (g.type === 'MultiPolygon') c.forEach((p, i) => checkPoly(p, `${where} part ${i}`));
    else if (g.type === 'LineString') checkLine(c, where);
    else if (g.type === 'MultiLineString') c.forEach((l, i) => checkLine(l, `${where} part ${i}`));
    else if (g.type === 'Point') checkPos(c, where);
    else err(`${where}: unexpected geometry type ${g.type}`);
    const p = f.properties ?? {};
    if (!p.id) err(`${where}: no id`);
    if (ids.has(p.id)) err(`${where}: duplicate id ${p.id}`);
    ids.add(p.id);
    if (isBasemap) {
      if (!['land', 'border'].includes(p.kind)) err(`${where}: bad kind ${p.kind}`);
      if (!new RegExp(`^${stem}-\\d+$`).test(p.id)) err(`${where}: id ${p.id} not ${stem}-<n>`);
      if (p.kind === 'land' && !/Polygon/.test(g.type)) err(`${where}: land is not a polygon`);
      if (p.kind === 'border' && !/LineString/.test(g.type)) err(`${where}: border is not a line`);
    } else if (isContext) {
      const w = `${where} (${p.id})`;
      if (!CONTEXT_KINDS.includes(p.kind)) err(`${w}: bad kind ${p.kind}`);
      if (!p.source) err(`${w}: no source`);
      if (p.label !== false) for (const key of ['name', 'name_vi', 'name_ko']) if (!p[key]) err(`${w}: no ${key}`);
      if (!(Number.isFinite(p.minzoom) && Number.isFinite(p.maxzoom) && p.minzoom < p.maxzoom)) err(`${w}: bad minzoom/maxzoom ${p.minzoom}/${p.maxzoom}`);
      if (!Number.isFinite(p.rank)) err(`${w}: no rank`);
      if (p.kind === 'river' ? g.type === 'Point' && p.label === false : g.type !== 'Point') err(`${w}: ${p.kind} with ${g.type} geometry`);
    } else {
      for (const key of ['kind', 'name', 'name_vi', 'name_ko', 'source']) if (!p[key]) err(`${where}: no ${key}`);
    }
  });
  if (!gj.features?.length) err('no features');
  console.log(`${errs.length ? 'FAIL' : 'ok  '} ${file}: ${gj.features?.length ?? 0} features, ${rings} rings, ${positions} positions`);
  for (const e of errs) console.log(`     ${e}`);
  if (errs.length) failed++;
}
process.exit(failed ? 1 : 0);
