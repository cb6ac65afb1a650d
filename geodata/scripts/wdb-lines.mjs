// Turns GMT's WDBII river dump (`gmt coast -I... -M`: one segment per 1-degree bin, each headed
// "> River Bin # n, Level L") into GeoJSON LineStrings: drops the zero-length pieces GMT writes at
// bin edges and joins pieces that meet end to end where exactly two ends of the same level meet
// (a bin edge; confluences, where three or more meet, stay breaks).
// usage: node wdb-lines.mjs IN.txt OUT.geojson
import { readFileSync, writeFileSync } from 'node:fs';

const [, , inPath, outPath] = process.argv;
const segs = [];
let cur = null;
for (const line of readFileSync(inPath, 'utf8').split('\n')) {
  if (line.startsWith('>')) {
    const m = line.match(/Level (\d+)/);
    if (!m) throw new Error(`${inPath}: segment header without a level: ${line}`);
    cur = { level: Number(m[1]), pts: [] };
    segs.push(cur);
  } else if (line.trim()) {
    const [x, y] = line.trim().split(/\s+/).map(Number);
    if (!cur || !Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`${inPath}: bad line ${line}`);
    cur.pts.push([x, y]);
  }
}
const key = (p) => `${p[0].toFixed(6)},${p[1].toFixed(6)}`;
const live = segs.filter((s) => s.pts.length >= 2 && new Set(s.pts.map(key)).size >= 2);
const ends = new Map();
live.forEach((s, i) => {
  for (const e of [key(s.pts[0]), key(s.pts.at(-1))]) {
    if (!ends.has(e)) ends.set(e, []);
    ends.get(e).push(i);
  }
});
const used = new Array(live.length).fill(false);
const joinable = (k, level) => {
  const v = ends.get(k);
  return v.length === 2 && live[v[0]].level === level && live[v[1]].level === level;
};
const lines = [];
for (let i = 0; i < live.length; i++) {
  if (used[i]) continue;
  used[i] = true;
  let pts = [...live[i].pts];
  const level = live[i].level;
  // grow at the end, then at the start
  for (const atEnd of [true, false]) {
    for (;;) {
      const tip = atEnd ? pts.at(-1) : pts[0];
      const k = key(tip);
      if (!joinable(k, level)) break;
      const next = ends.get(k).find((j) => !used[j]);
      if (next === undefined) break;
      used[next] = true;
      let add = live[next].pts;
      if (atEnd) {
        if (key(add[0]) !== k) add = [...add].reverse();
        pts = pts.concat(add.slice(1));
      } else {
        if (key(add.at(-1)) !== k) add = [...add].reverse();
        pts = add.slice(0, -1).concat(pts);
      }
    }
  }
  lines.push({ type: 'Feature', properties: { level }, geometry: { type: 'LineString', coordinates: pts } });
}
writeFileSync(outPath, JSON.stringify({ type: 'FeatureCollection', features: lines }));
console.log(`${inPath}: ${segs.length} pieces -> ${lines.length} lines`);
