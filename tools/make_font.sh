#!/usr/bin/env bash
# Makes assets/fonts/NotoSansSC-Subset.otf: the Simplified Chinese face (index 2) of Debian's Noto Sans CJK,
# subset to GB2312, Big5 level-1 (common Traditional), every character of seeds/ and assets/lexicon/, and
# ASCII/Latin-1 punctuation. Licence: SIL OFL 1.1 (assets/fonts/OFL.txt); the font keeps its Noto name (the
# Reserved Font Name of the upstream licence is "Source", which the subset does not use).
#
#   bash tools/make_font.sh          # needs apt (fonts-noto-cjk) and pip (fonttools)
set -euo pipefail
cd "$(dirname "$0")/.."
ttc=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
[ -e "$ttc" ] || { apt-get update -qq && apt-get install -y -qq --no-install-recommends fonts-noto-cjk; }
python3 -c "import fontTools" 2>/dev/null || pip install -q fonttools
chars=$(mktemp)
python3 - "$chars" <<'PY'
import glob, sys
out = set()
def decode_range(codec, hi_range, lo_range):
    for hi in hi_range:
        for lo in lo_range:
            try:
                out.update(bytes([hi, lo]).decode(codec))
            except UnicodeDecodeError:
                pass
decode_range('gb2312', range(0xA1, 0xF8), range(0xA1, 0xFF))       # GB2312: symbols + 6763 hanzi
decode_range('big5', range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))  # Big5 level 1
out.update(chr(c) for c in range(0x20, 0x7F))
out.update(chr(c) for c in range(0xA0, 0x100))
out.update('“”‘’…—–·•、。，：；！？（）《》〈〉【】〔〕「」『』—～％＋－＝＜＞／＼｜＿＃＆＊＠￥〇①②③④⑤⑥⑦⑧⑨⑩›‹→←↑↓●○■□▲△★☆')
for pattern in ('seeds/*.txt', 'assets/lexicon/*.tsv'):
    for path in sorted(glob.glob(pattern)):
        out.update(open(path, encoding='utf-8').read())
out = sorted(c for c in out if c.isprintable() and not c.isspace())
open(sys.argv[1], 'w', encoding='utf-8').write(''.join(out))
print(f'{len(out)} characters', file=sys.stderr)
PY
pyftsubset "$ttc" --font-number=2 --text-file="$chars" --layout-features='*' --no-hinting \
  --output-file=assets/fonts/NotoSansSC-Subset.otf
rm -f "$chars"
ls -l assets/fonts/NotoSansSC-Subset.otf
