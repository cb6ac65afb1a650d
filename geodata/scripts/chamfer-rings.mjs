// Smooths the pixel staircase left by gdal_polygonize: every ring vertex is replaced by the
// midpoints of its two edges (a corner cut, equivalent to a marching-squares contour at 0.5),
// except vertices lying on the raster's frame (west south east north), which are kept so land
// cut by the frame keeps square corners. make-basemap.sh makes the raster a little larger than
// the target box and clips to the box after simplifying, so the frame itself is discarded.
// usage: node chamfer-rings.mjs in.geojson out.geojson west south east north
import { readFileSync, writeFileSync } from 'node:fs';

const [, , inPath, outPath, ...bboxArgs] = process.argv;
const [W, S, E, N] = bboxArgs.map(Number);
const eps = 1e-9;
const onEdge = ([x, y]) =>
  Math.abs(x - W) < eps || Math.abs(x - E) < eps || Math.abs(y - S) < eps || Math.abs(y - N) < eps;

function chamfer(ring) {
  const pts = ring.slice(0, -1); // drop closing point
  const n = pts.length;
  const out = [];
  for (let i = 0; i < n; i++) {
    const a = pts[i];
    const b = pts[(i + 1) % n];
    if (onEdge(a)) out.push(a);
    out.push([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]);
  }
  out.push(out[0]);
  return out;
}

const gj = JSON.parse(readFileSync(inPath, 'utf8'));
const geoms =
  gj.type === 'FeatureCollection' ? gj.features.map((f) => f.geometry)
  : gj.type === 'Feature' ? [gj.geometry]
  : gj.type === 'GeometryCollection' ? gj.geometries
  : [gj];
for (const g of geoms) {
  if (!g) continue;
  if (g.type === 'Polygon') g.coordinates = g.coordinates.map(chamfer);
  else if (g.type === 'MultiPolygon') g.coordinates = g.coordinates.map((p) => p.map(chamfer));
}
writeFileSync(outPath, JSON.stringify(gj));
