#!/usr/bin/env bash
# Regenerates src/lib/fonts/noto-sans-kr-{400,700}.woff2: Noto Sans CJK KR cut down to the characters
# the Korean edition uses (run by hand after changing Korean text; the outputs are committed, and a
# unit test fails when a character is missing). Needs Debian fonts-noto-cjk, fonttools, python3-brotli.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v pyftsubset >/dev/null || [ ! -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ]; then
	apt-get install -y -qq fonts-noto-cjk fonttools python3-brotli >/dev/null
fi
chars=$(node scripts/fonts/korean-chars.mjs)
printf '%s' "$chars" > src/lib/fonts/noto-sans-kr.chars.txt
for w in Regular:400 Bold:700; do
	# Font number 1 in the collection is Noto Sans CJK KR.
	pyftsubset "/usr/share/fonts/opentype/noto/NotoSansCJK-${w%%:*}.ttc" --font-number=1 \
		--text-file=src/lib/fonts/noto-sans-kr.chars.txt --flavor=woff2 --layout-features='*' \
		--output-file="src/lib/fonts/noto-sans-kr-${w##*:}.woff2"
done
ls -l src/lib/fonts/
