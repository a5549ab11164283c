#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""make-large.py - large documents for timing the browser's first screen.

    tests/make-large.py docx MB OUT.docx REPORT...   a Word file of about MB megabytes:
                                                     the reports' paragraphs under
                                                     numbered parts, repeated
    tests/make-large.py pdf PAGES OUT.pdf REPORT...  a PDF of PAGES pages of the same

Made here rather than kept: the files are large, and the same each time
(python-docx and reportlab, from Debian).
"""
import os
import sys


def paragraphs(reports):
    out = []
    for path in reports:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip().lstrip("#").strip()
                if line and line != "---":
                    out.append(line)
    return out


def make_docx(mb, out, reports):
    import docx
    paras = paragraphs(reports)
    d = docx.Document()
    d.add_paragraph("报告汇编（基准测试用）")
    part = 0
    # deflate keeps no more than 32 KB back, so each part costs about as
    # much as the first; check the size every few parts
    while True:
        for k in range(10):
            part += 1
            d.add_paragraph("第%d部分 汇编材料之%d" % (part, part))
            for p in paras:
                d.add_paragraph(p)
        d.save(out)
        if os.path.getsize(out) >= mb * 1024 * 1024:
            return


def make_pdf(pages, out, reports):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    paras = paragraphs(reports)
    c = canvas.Canvas(out, pagesize=A4)
    width, height = A4
    size, lead, per_line = 12, 20, 36
    i = 0
    for page in range(1, pages + 1):
        c.setFont("STSong-Light", size)
        y = height - 72
        while y > 90:
            p = paras[i % len(paras)]
            i += 1
            for k in range(0, len(p), per_line):
                if y <= 90:
                    break
                c.drawString(72, y, p[k:k + per_line])
                y -= lead
        c.drawCentredString(width / 2, 50, "— %d —" % page)
        c.showPage()
    c.save()


def main():
    if len(sys.argv) < 5 or sys.argv[1] not in ("docx", "pdf"):
        sys.stderr.write(__doc__)
        return 2
    n = int(sys.argv[2])
    (make_docx if sys.argv[1] == "docx" else make_pdf)(n, sys.argv[3], sys.argv[4:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
