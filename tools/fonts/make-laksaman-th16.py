#!/usr/bin/python3
"""Builds "Laksaman TH16", the Thai font that Sujarit embeds in its PDF documents.

Laksaman (Debian fonts-tlwg-laksaman-ttf, GPL-2+ with font exception) is TH Sarabun New with its
glyphs drawn 1/0.66 times larger on the same em. Official documents are set in "TH Sarabun New 16 pt",
so we enlarge the em instead (same outlines, glyphs 0.66x) and rename the family: the result has the
metrics of TH Sarabun New, and 16 pt looks like a government memo.

Run once after `apt-get install fonts-tlwg-laksaman-ttf python3-fonttools`:
    /usr/bin/python3 tools/fonts/make-laksaman-th16.py
It writes src/main/resources/fonts/LaksamanTH16-{Regular,Bold}.ttf (committed).
"""
import os
from fontTools.ttLib import TTFont

SOURCE = "/usr/share/fonts/truetype/tlwg"
TARGET = os.path.join(os.path.dirname(__file__), "..", "..", "src", "main", "resources", "fonts")
SCALE = 0.66  # TH Sarabun New / Laksaman glyph size (height of ko kai: 400 vs 602 per 1000 em)
FAMILY = "Laksaman TH16"
NOTE = ("\n\nLaksaman TH16: Laksaman with its em enlarged to match the metrics of TH Sarabun New, "
        "renamed; built by Sujarit's tools/fonts/make-laksaman-th16.py. The font exception is extended "
        "to this version.")

for style, source in (("Regular", "Laksaman.ttf"), ("Bold", "Laksaman-Bold.ttf")):
    font = TTFont(os.path.join(SOURCE, source))
    font["head"].unitsPerEm = round(1000 / SCALE)
    for record in font["name"].names:
        text = record.toUnicode()
        if record.nameID in (1, 16):
            text = FAMILY
        elif record.nameID in (3, 4):
            text = FAMILY if style == "Regular" else FAMILY + " " + style
        elif record.nameID == 6:
            text = "LaksamanTH16-" + style
        elif record.nameID == 0:
            text = text + NOTE
        elif record.nameID == 5:
            text = text.strip() + "; TH16"
        record.string = text
    for table in ("hdmx", "LTSH", "VDMX"):  # device metrics computed for the old em
        if table in font:
            del font[table]
    # fixed timestamps: the same input gives the same bytes
    font["head"].created = font["head"].modified = 0x0
    out = os.path.join(TARGET, "LaksamanTH16-%s.ttf" % style)
    font.save(out, reorderTables=True)
    print("wrote", os.path.normpath(out))
