// Converts a world-atlas TopoJSON object to GeoJSON with topojson-client.
// usage:
//   node topo2geo.mjs feature TOPOLOGY.json OBJECT out.geojson
//   node topo2geo.mjs borders TOPOLOGY.json OBJECT out.geojson   (mesh of shared boundaries, a !== b)
// topojson-client is resolved from $GEOPREP_DIR/node_modules (installed by make-basemap.sh).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(join(process.env.GEOPREP_DIR ?? '/tmp/geoprep', 'noop.js'));
const topojson = require('topojson-client');

const [, , mode, topoPath, objectName, outPath] = process.argv;
const topology = JSON.parse(readFileSync(topoPath, 'utf8'));
const object = topology.objects[objectName];
if (!object) throw new Error(`no object ${objectName} in ${topoPath}`);

let geometry;
if (mode === 'feature') {
  const f = topojson.feature(topology, object);
  const geoms = f.type === 'FeatureCollection' ? f.features.map((x) => x.geometry) : [f.geometry];
  const polys = [];
  for (const g of geoms) {
    if (!g) continue;
    if (g.type === 'Polygon') polys.push(g.coordinates);
    else if (g.type === 'MultiPolygon') polys.push(...g.coordinates);
  }
  geometry = { type: 'MultiPolygon', coordinates: polys };
} else if (mode === 'borders') {
  geometry = topojson.mesh(topology, object, (a, b) => a !== b);
} else {
  throw new Error(`unknown mode ${mode}`);
}
writeFileSync(
  outPath,
  JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] })
);
