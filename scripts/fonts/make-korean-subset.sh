#!/usr/bin/env bash
# Regenerates src/lib/fonts/noto-sans-kr-{400,700}.woff2: Noto Sans CJK KR cut down to the characters
# the Korean edition uses, and noto-sans-kr-names-{400,700}.woff2, cut down to the Hangul of the
# editions' names (한국어 in every edition's language switch: the English and Vietnamese pages fetch
# about 1 KB instead of 56 KB). Run by hand after changing Korean text; the outputs are committed,
# and unit tests fail when a character is missing. Needs Debian fonts-noto-cjk, fonttools, python3-brotli.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v pyftsubset >/dev/null || [ ! -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ]; then
	apt-get install -y -qq fonts-noto-cjk fonttools python3-brotli >/dev/null
fi
chars=$(node scripts/fonts/korean-chars.mjs)
printf '%s' "$chars" > src/lib/fonts/noto-sans-kr.chars.txt
names=$(node scripts/fonts/korean-chars.mjs --names)
printf '%s' "$names" > src/lib/fonts/noto-sans-kr-names.chars.txt
for w in Regular:400 Bold:700; do
	# Font number 1 in the collection is Noto Sans CJK KR.
	pyftsubset "/usr/share/fonts/opentype/noto/NotoSansCJK-${w%%:*}.ttc" --font-number=1 \
		--text-file=src/lib/fonts/noto-sans-kr.chars.txt --flavor=woff2 --layout-features='*' \
		--output-file="src/lib/fonts/noto-sans-kr-${w##*:}.woff2"
	pyftsubset "/usr/share/fonts/opentype/noto/NotoSansCJK-${w%%:*}.ttc" --font-number=1 \
		--text-file=src/lib/fonts/noto-sans-kr-names.chars.txt --flavor=woff2 --layout-features='*' \
		--output-file="src/lib/fonts/noto-sans-kr-names-${w##*:}.woff2"
done
ls -l src/lib/fonts/
