#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""make-ambiguous.py - writes src/ambiguous_table.h, the characters of
East Asian Width "A" (ambiguous) that a UTF-8 locale counts as one column
and that terminals set to draw them wide (PuTTY, iTerm2, xterm
-cjk_width) draw as two: “ ” ‘ ’ · — … § × ① │ ▸ ○ ■ α and their like.

Usage: data/make-ambiguous.py > src/ambiguous_table.h

The table comes from Python's unicodedata (its Unicode version is written
into the file); the generated file is committed, so that building baogao
needs nothing of this.  Combining marks (width 0) and private-use
characters are left out: no terminal widens the first, and no report
relies on the second.
"""
import sys
import unicodedata


def ranges():
    start = None
    for cp in range(0x110000):
        ch = chr(cp)
        take = (unicodedata.east_asian_width(ch) == "A"
                and unicodedata.category(ch) not in ("Mn", "Me", "Co"))
        if take and start is None:
            start = cp
        elif not take and start is not None:
            yield start, cp - 1
            start = None
    if start is not None:
        yield start, 0x10FFFF


def main():
    out = sys.stdout
    out.write("/* SPDX-License-Identifier: GPL-3.0-or-later */\n")
    out.write("/* ambiguous_table.h - East Asian Width A, Unicode %s, less combining\n"
              " * marks and private use: written by data/make-ambiguous.py. */\n"
              % unicodedata.unidata_version)
    out.write("static const struct { uint32_t first, last; } ambiguous_ranges[] = {\n")
    row = []
    for first, last in ranges():
        row.append("{ 0x%04x, 0x%04x }," % (first, last))
        if len(row) == 4:
            out.write("\t" + " ".join(row) + "\n")
            row = []
    if row:
        out.write("\t" + " ".join(row) + "\n")
    out.write("};\n")


main()
