// Assigns every GSHHG land cell of a box to an admin-1 province and every sea cell to the
// province of the nearest land, writing a zone raster that make-provinces.sh polygonises and
// intersects with basemap/coast-fine.geojson. The rule (README, provinces.geojson):
//  1. A land cell takes the Natural Earth admin-1 polygon it lies in (ne raster, 0 = none).
//  2. Sourced points (known-points.json, "use": "island") give the GSHHG land piece (4-connected
//     component of the land mask) they lie on wholly to their province. A Natural Earth polygon
//     part that contains such a point of another province is not used at all.
//  3. A piece that Natural Earth splits between provinces (two or more provinces with at least
//     SPLIT_KM2 each: the mainland) keeps Natural Earth's cells; its cells outside every polygon
//     (Natural Earth's coast is coarser than GSHHG's) take the nearest labelled cell over land.
//     Any other piece goes wholly to the province covering most of it.
//  4. Pieces no polygon touches (islets) go to the province of the nearest labelled land over
//     the sea (majority of their cells), then every sea cell takes the nearest land's province.
// usage: node provinces-allocate.mjs DIR WEST NORTH CELL NX NY known-points.json parts.json
//   DIR/mask.bin (1 = land), DIR/ne.bin (polygon index, Byte), DIR/parts.bin (polygon part
//   index, UInt16 little-endian): rasters NX x NY, row 0 at NORTH. parts.json: [{part, idx, province}] with province the
//   story id of the Natural Earth polygon or null. Writes DIR/zone.bin (1 = Hai Phong,
//   2 = Quang Ninh, 0 = other) and prints the decisions.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, west, north, cell, nxArg, nyArg, knownPath, partsPath] = process.argv.slice(2);
const W = Number(west), N = Number(north), R = Number(cell), nx = Number(nxArg), ny = Number(nyArg);
const size = nx * ny;
const mask = readFileSync(join(dir, 'mask.bin'));
const ne = readFileSync(join(dir, 'ne.bin'));
const partsBuf = readFileSync(join(dir, 'parts.bin'));
const partsRaster = new Uint16Array(partsBuf.buffer, partsBuf.byteOffset, partsBuf.length / 2);
for (const [name, b] of [['mask', mask], ['ne', ne], ['parts', partsRaster]])
  if (b.length !== size) throw new Error(`${name}.bin: ${b.length} bytes, expected ${size}`);
const parts = JSON.parse(readFileSync(partsPath, 'utf8'));
const known = JSON.parse(readFileSync(knownPath, 'utf8')).points;

const ZONE = { 'hai-phong-province': 1, 'quang-ninh-province': 2 };
const SPLIT_KM2 = 2;
const km2 = (n) => n * (R * 111.32) ** 2 * Math.cos((21 * Math.PI) / 180);
const cellOf = ([lon, lat]) => {
  const x = Math.floor((lon - W) / R), y = Math.floor((N - lat) / R);
  if (x < 0 || y < 0 || x >= nx || y >= ny) throw new Error(`point ${lon},${lat} outside the box`);
  return y * nx + x;
};
// Natural Earth polygon index -> story province zone (0 for any other province)
const idxZone = new Map();
for (const p of parts) idxZone.set(p.idx, ZONE[p.province] ?? 0);
const partIdx = new Map(parts.map((p) => [p.part, p.idx]));

// 1. land pieces
const comp = new Int32Array(size).fill(-1);
const queue = new Int32Array(size);
const pieces = [];
for (let s = 0; s < size; s++) {
  if (!mask[s] || comp[s] >= 0) continue;
  const id = pieces.length;
  let h = 0, t = 0;
  queue[t++] = s;
  comp[s] = id;
  while (h < t) {
    const c = queue[h++];
    const x = c % nx;
    if (x > 0 && mask[c - 1] && comp[c - 1] < 0) { comp[c - 1] = id; queue[t++] = c - 1; }
    if (x < nx - 1 && mask[c + 1] && comp[c + 1] < 0) { comp[c + 1] = id; queue[t++] = c + 1; }
    if (c >= nx && mask[c - nx] && comp[c - nx] < 0) { comp[c - nx] = id; queue[t++] = c - nx; }
    if (c < size - nx && mask[c + nx] && comp[c + nx] < 0) { comp[c + nx] = id; queue[t++] = c + nx; }
  }
  pieces.push({ id, n: t });
}

// 2. overrides and the Natural Earth parts they discredit
const forced = new Map(); // piece -> zone
const dropped = new Set();
for (const k of known.filter((p) => p.use === 'island')) {
  const z = ZONE[k.province];
  if (!z) throw new Error(`known-points.json ${k.id}: unknown province ${k.province}`);
  const c = cellOf(k.coordinates);
  if (!mask[c]) throw new Error(`known-points.json ${k.id}: ${k.coordinates} is not on GSHHG land`);
  const piece = comp[c];
  if (forced.has(piece) && forced.get(piece) !== z)
    throw new Error(`known-points.json ${k.id}: land piece ${piece} already given to another province`);
  forced.set(piece, z);
  const part = partsRaster[c];
  if (part && idxZone.get(partIdx.get(part)) !== z) dropped.add(part);
  console.log(`island  ${k.id}: piece ${piece} (${km2(pieces[piece].n).toFixed(1)} km²) -> ${k.province}` +
    (part && idxZone.get(partIdx.get(part)) !== z ? `; Natural Earth part ${part} dropped` : ''));
}

// label raster: 255 = unlabelled land, 254 = sea, else zone 0..2 (+ 10 * 0 for "other")
const UNL = 255, SEA = 254;
const lab = new Uint8Array(size);
for (let c = 0; c < size; c++) {
  if (!mask[c]) { lab[c] = SEA; continue; }
  const idx = ne[c];
  lab[c] = idx && !dropped.has(partsRaster[c]) ? idxZone.get(idx) ?? 0 : UNL;
}
// Natural Earth labels also separate "other" provinces from each other only for the split test
const otherKey = (c) => (ne[c] && !dropped.has(partsRaster[c]) ? ne[c] : 0);

// 3. per-piece decision
const hist = pieces.map(() => new Map());
for (let c = 0; c < size; c++) {
  if (!mask[c]) continue;
  const k = otherKey(c);
  if (!k) continue;
  const h = hist[comp[c]];
  h.set(k, (h.get(k) ?? 0) + 1);
}
const decision = new Int16Array(pieces.length).fill(-1); // zone, or -2 = split, -1 = undecided
for (const p of pieces) {
  if (forced.has(p.id)) { decision[p.id] = forced.get(p.id); continue; }
  const h = [...hist[p.id].entries()].sort((a, b) => b[1] - a[1]);
  if (!h.length) continue;
  const big = h.filter(([, n]) => km2(n) >= SPLIT_KM2);
  if (big.length >= 2) decision[p.id] = -2;
  else decision[p.id] = idxZone.get(h[0][0]) ?? 0;
}
for (const p of pieces) {
  const d = decision[p.id];
  if (d === -2 && km2(p.n) > 1) console.log(`split   piece ${p.id} (${km2(p.n).toFixed(0)} km²): Natural Earth cells kept`);
}
// whole pieces
for (let c = 0; c < size; c++) {
  if (!mask[c]) continue;
  const d = decision[comp[c]];
  if (d >= 0) lab[c] = d;
  else if (d === -1) lab[c] = UNL;
}
// split pieces: grow labels over land within the piece
{
  let h = 0, t = 0;
  for (let c = 0; c < size; c++) if (mask[c] && decision[comp[c]] === -2 && lab[c] !== UNL) queue[t++] = c;
  while (h < t) {
    const c = queue[h++];
    const x = c % nx;
    for (const n of [x > 0 ? c - 1 : -1, x < nx - 1 ? c + 1 : -1, c - nx, c + nx]) {
      if (n < 0 || n >= size || lab[n] !== UNL || comp[n] !== comp[c]) continue;
      lab[n] = lab[c];
      queue[t++] = n;
    }
  }
}

// 4. nearest land over the sea (8-connected breadth-first growth from all labelled land)
function growOverSea(passable) {
  const out = new Uint8Array(lab);
  let h = 0, t = 0;
  for (let c = 0; c < size; c++) if (out[c] < SEA) queue[t++] = c;
  while (h < t) {
    const c = queue[h++];
    const x = c % nx;
    for (let dy = -nx; dy <= nx; dy += nx)
      for (let dx = -1; dx <= 1; dx++) {
        if ((dx === -1 && x === 0) || (dx === 1 && x === nx - 1)) continue;
        const n = c + dy + dx;
        if (n < 0 || n >= size || out[n] < SEA || !passable(n)) continue;
        out[n] = out[c];
        queue[t++] = n;
      }
  }
  return out;
}
const near = growOverSea(() => true);
const votes = new Map();
for (let c = 0; c < size; c++) {
  if (lab[c] !== UNL) continue;
  const p = comp[c];
  if (!votes.has(p)) votes.set(p, [0, 0, 0]);
  votes.get(p)[near[c]]++;
}
let islets = 0;
for (const [p, v] of votes) {
  const z = v.indexOf(Math.max(...v));
  decision[p] = z;
  islets++;
}
for (let c = 0; c < size; c++) if (lab[c] === UNL) lab[c] = decision[comp[c]];
const zone = growOverSea(() => true);
for (let c = 0; c < size; c++) if (zone[c] >= SEA) zone[c] = 0;
writeFileSync(join(dir, 'zone.bin'), zone);

const count = [0, 0, 0];
for (let c = 0; c < size; c++) if (mask[c]) count[lab[c]]++;
console.log(`pieces ${pieces.length}, ${islets} without a Natural Earth polygon placed by the nearest land`);
console.log(`land: Hai Phong ${km2(count[1]).toFixed(0)} km², Quang Ninh ${km2(count[2]).toFixed(0)} km²`);
