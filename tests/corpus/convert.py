#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""convert.py - writes every report of the development corpus again in the
formats real copies of it come in, and scores baogao's outline and title on
each against the report's gold.  A development tool: `make check` does not
run it.  Needs python3-reportlab for the PDF (the Word files and web pages
are written with the standard library).

    tests/corpus/convert.py [--baogao=PATH] [--out=DIR] [-v] [FORMAT...] [--only=NAME...]
    tests/corpus/convert.py --score [--baogao=PATH] [-v] FILE GOLD [FILE GOLD]...

Formats (all by default):
  docx-typed   .docx, one paragraph per paragraph, numbers typed, no heading
               styles; the title centred and bold
  docx-bold    .docx as docx-typed, its headings (the gold's rows that are a
               paragraph of their own) set in bold runs, as authors mark them
  docx-styled  .docx whose headings (the gold's rows that are a paragraph of
               their own) are in Word's heading styles (outline level = depth),
               numbers typed
  docx-auto    .docx whose headings are numbered by Word's automatic
               numbering only (numbering.xml: chineseCounting "%1、",
               "（%2）", decimal "%3.", "（%4）"), their typed numbers taken off
  html-utf8    a government page (UTF-8): navigation, breadcrumb, toolbar,
               an information table (索引号, 发文机关, 标题, 发文字号, 成文日期),
               the article in <p> indented with &nbsp; or &#12288;, related
               links and a footer with an ICP number
  html-gbk     the same page labelled gbk and written in GBK (characters
               GBK lacks as &#N;)
  pdf          A4 PDF: the title in a larger font, justified wrapped lines
               with a two-character indent, a running header and "— N —"
               page numbers

Scoring (line numbers differ between formats, so rows are matched without
them, as the held-out sets were scored): a row of baogao's outline is right
when its depth and label equal a gold row's and its title starts with the
gold's prefix (NFKC, white space removed), rows paired in order by a longest
common subsequence; optional gold rows are neither missing nor extra.  The
title is right when it equals the gold's (white space removed).  The text
report itself is scored the same way, as the baseline.

--score scores real files of any format the same way, each against a gold
written by reading it: one line a file (F1, title right or wrong, the title
baogao gave), then the mean; -v lists each file's missing and extra rows.
"""
import html
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
from concurrent.futures import ThreadPoolExecutor
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FORMATS = ["docx-typed", "docx-bold", "docx-styled", "docx-auto", "html-utf8", "html-gbk", "pdf"]
EXT = {"docx-typed": "docx", "docx-bold": "docx", "docx-styled": "docx", "docx-auto": "docx",
       "html-utf8": "html", "html-gbk": "html", "pdf": "pdf"}
DATE = (2024, 1, 1, 0, 0, 0)
CN = "零一二三四五六七八九"


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(ch for ch in s if not ch.isspace())


def squeeze(s):
    return re.sub(r"[\s#*\u3000\u00a0]", "", s)


# ---------------------------------------------------------------- reading

def read_gold(path):
    meta, rows = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            c = line.split("\t")
            if c[0] == "meta":
                meta[c[1]] = c[2] if len(c) > 2 else ""
            elif re.match(r"^\??[0-9]+$", c[0]):
                rows.append({"depth": int(c[0].lstrip("?")), "label": c[1],
                             "line": int(c[2]), "prefix": c[3] if len(c) > 3 else "",
                             "opt": c[0].startswith("?")})
    return meta, rows


def decode(data):
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", "replace")


def paragraphs(path):
    """[(line number, text)]: the report's non-blank lines, a Markdown
    file's front matter and quoted notes left out, its '#' marks, emphasis
    and link syntax taken off."""
    with open(path, "rb") as f:
        lines = decode(f.read()).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    md = path.endswith(".md")
    skip = set()
    if md and lines and lines[0] == "---":
        for i in range(1, len(lines)):
            if lines[i] == "---":
                skip = set(range(0, i + 1))
                break
    out = []
    for i, line in enumerate(lines):
        if i in skip:
            continue
        t = line.strip().strip("\u3000\u00a0\u2003\u2002\u200b")
        if md:
            if t.startswith(">"):
                continue
            t = re.sub(r"^#+\s*", "", t)
            t = t.replace("**", "")
            t = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", t)
            t = re.sub(r"<[^>]+>", "", t)
        t = t.strip()
        if t:
            out.append((i + 1, t))
    return out


def title_lines(paras, title):
    """The line numbers that hold the title (one, or two when it is broken)."""
    key = squeeze(title)[:6]
    if not key:
        return set()
    for k, (n, t) in enumerate(paras):
        if squeeze(t).startswith(key):
            got = {n}
            s = squeeze(t)
            if len(s) < len(squeeze(title)) and k + 1 < len(paras) and \
                    squeeze(title).startswith(s + squeeze(paras[k + 1][1])[:2]):
                got.add(paras[k + 1][0])
            return got
    return set()


def heading_rows(paras, rows):
    """{line: row} for the gold rows (not optional ones) that open a short
    paragraph of their own: a heading a Word author would style or number."""
    by_line = {}
    text = dict(paras)
    for r in rows:
        t = text.get(r["line"])
        # (an optional row, a caption or an attachment line either way, is
        # left as the author may have left it: a plain paragraph)
        if t is None or r["line"] in by_line or r["opt"]:
            continue
        if not norm(t).startswith(norm(r["label"] + r["prefix"])[:max(2, len(norm(r["label"])))]):
            continue
        if len(t) > 60 or re.search(r"[。；]", t[:-1]):
            continue
        by_line[r["line"]] = r
    return by_line


# ---------------------------------------------------------------- Word

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
LEVELS = [
    (re.compile(r"^([一二三四五六七八九十]+)、"), "chineseCounting", "%1、"),
    (re.compile(r"^（([一二三四五六七八九十]+)）"), "chineseCounting", "（%2）"),
    (re.compile(r"^([0-9]+)[.．](?![0-9])"), "decimal", "%3."),
    (re.compile(r"^[（(]([0-9]+)[）)]"), "decimal", "（%4）"),
]


def cn_value(s):
    if s.isdigit():
        return int(s)
    v = 0
    if "十" in s:
        a, _, b = s.partition("十")
        v = (CN.index(a) if a else 1) * 10 + (CN.index(b) if b else 0)
        return v
    return CN.index(s)


def run(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))


def docx(paras, meta, rows, mode, out):
    titles = title_lines(paras, meta.get("title", ""))
    heads = heading_rows(paras, rows)
    body, restarts = [], []
    counters = [0, 0, 0, 0]
    for n, t in paras:
        if n in titles:
            body.append('<w:p><w:pPr><w:jc w:val="center"/></w:pPr>%s</w:p>' % run(t, True))
            continue
        r = heads.get(n)
        if mode == "docx-bold" and r:
            body.append('<w:p><w:pPr><w:ind w:firstLineChars="200"/></w:pPr>%s</w:p>' % run(t, True))
            continue
        if mode == "docx-styled" and r:
            lvl = min(r["depth"], 9)
            body.append('<w:p><w:pPr><w:pStyle w:val="%d"/></w:pPr>%s</w:p>' % (lvl, run(t)))
            continue
        if mode == "docx-auto" and r and r["label"]:
            found = None
            for i, (pat, _, _) in enumerate(LEVELS):
                m = pat.match(t)
                if m and norm(m.group(0)) == norm(r["label"]):
                    found = (i, cn_value(m.group(1)), t[m.end():])
                    break
            if found:
                level, value, rest = found
                if value != counters[level] + 1:
                    restarts.append((len(restarts) + 2, level, value))
                    num = restarts[-1][0]
                else:
                    num = 1
                counters[level] = value
                for d in range(level + 1, 4):
                    counters[d] = 0
                body.append('<w:p><w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/>'
                            '</w:numPr></w:pPr>%s</w:p>' % (level, num, run(rest)))
                continue
        body.append('<w:p><w:pPr><w:ind w:firstLineChars="200"/></w:pPr>%s</w:p>' % run(t))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document %s><w:body>\n%s\n<w:sectPr/></w:body></w:document>' % (W, "\n".join(body)))
    styles = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', '<w:styles %s>' % W,
              '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>']
    for i in range(9):
        styles.append('<w:style w:type="paragraph" w:styleId="%d"><w:name w:val="heading %d"/>'
                      '<w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="%d"/></w:pPr></w:style>'
                      % (i + 1, i + 1, i))
    styles.append("</w:styles>")
    numbering = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
                 '<w:numbering %s>' % W, '<w:abstractNum w:abstractNumId="0">']
    for i, (_, fmt, text) in enumerate(LEVELS):
        numbering.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
                         '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/></w:lvl>' % (i, fmt, text))
    numbering.append("</w:abstractNum>")
    numbering.append('<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    for num_id, level, start in restarts:
        numbering.append('<w:num w:numId="%d"><w:abstractNumId w:val="0"/>'
                         '<w:lvlOverride w:ilvl="%d"><w:startOverride w:val="%d"/></w:lvlOverride>'
                         '</w:num>' % (num_id, level, start))
    numbering.append("</w:numbering>")
    with zipfile.ZipFile(out, "w") as z:
        def put(name, text):
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
        put("[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
            '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
            '</Types>')
        put("_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
        put("word/_rels/document.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
            '</Relationships>')
        put("word/document.xml", document)
        put("word/styles.xml", "\n".join(styles))
        put("word/numbering.xml", "\n".join(numbering))


# ---------------------------------------------------------------- web page

def web_page(paras, meta, rows, charset, out):
    titles = title_lines(paras, meta.get("title", ""))
    heads = heading_rows(paras, rows)
    e = html.escape
    title = meta.get("title", "") or (paras[0][1] if paras else "")
    p = []
    p.append('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
             '<title>%s_某某市人民政府门户网站</title></head><body>' % (charset, e(title)))
    p.append('<div class="top"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a>'
             ' <a href="/hdjl/">互动交流</a> <a href="/zjmc/">走进某市</a></div>')
    p.append('<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
             '<a href="/zwgk/zcwj/">政策文件</a></div>')
    p.append('<table class="info"><tr><td><b>索 引 号：</b></td><td>11000000/2024-00123</td>'
             '<td><b>主题分类：</b></td><td>综合政务</td></tr>')
    p.append('<tr><td><b>发文机关：</b></td><td>%s</td><td><b>成文日期：</b></td><td>%s</td></tr>'
             % (e(meta.get("issuer", "")), e(meta.get("date", ""))))
    p.append('<tr><td><b>标　　题：</b></td><td colspan="3">%s</td></tr>' % e(title))
    p.append('<tr><td><b>发文字号：</b></td><td>%s</td><td><b>发布日期：</b></td><td>%s</td></tr></table>'
             % (e(meta.get("docno", "")), e(meta.get("date", ""))))
    p.append('<div class="toolbar">【字体：<a>大</a> <a>中</a> <a>小</a>】 <a>打印</a> <a>关闭</a></div>')
    p.append('<div class="article" id="zoom">')
    for k, (n, t) in enumerate(paras):
        if n in titles:
            p.append('<p style="text-align:center"><strong>%s</strong></p>' % e(t))
        elif n in heads:
            p.append('<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>%s</strong></p>' % e(t))
        elif k % 2:
            p.append('<p>&#12288;&#12288;%s</p>' % e(t))
        else:
            p.append('<p style="text-indent:2em">&nbsp;&nbsp;&nbsp;&nbsp;%s</p>' % e(t))
    p.append('</div>')
    p.append('<div class="related"><h3>相关链接</h3><ul><li><a href="/a.html">关于进一步优化营商环境的若干措施</a></li>'
             '<li><a href="/b.html">国务院办公厅关于做好政务公开工作的通知</a></li></ul></div>')
    p.append('<div class="footer"><p>主办：某某市人民政府办公室　承办：某某市大数据中心</p>'
             '<p>网站标识码：1100000001　<a href="https://beian.miit.gov.cn">京ICP备05070218号</a>'
             '　京公网安备11010502030143号</p></div></body></html>')
    text = "\n".join(p) + "\n"
    with open(out, "wb") as f:
        if charset == "gbk":
            f.write(text.encode("gbk", "xmlcharrefreplace"))
        else:
            f.write(text.encode("utf-8"))


# ---------------------------------------------------------------- PDF

def pdf(paras, meta, rows, out):
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    titles = title_lines(paras, meta.get("title", ""))
    header = meta.get("issuer", "") or "某某市人民政府"

    def furniture(canvas, doc):
        width, height = A4
        canvas.saveState()
        if doc.page > 1:
            canvas.setFont(font, 10)
            canvas.drawCentredString(width / 2, height - 50, header + "文件")
            canvas.setLineWidth(0.5)
            canvas.line(72, height - 56, width - 72, height - 56)
        canvas.setFont(font, 14)
        canvas.drawCentredString(width / 2, 40, "— %d —" % doc.page)
        canvas.restoreState()

    ts = ParagraphStyle("title", fontName=font, fontSize=22, leading=34, alignment=TA_CENTER,
                        wordWrap="CJK", spaceAfter=12)
    bs = ParagraphStyle("body", fontName=font, fontSize=16, leading=28, firstLineIndent=32,
                        alignment=TA_JUSTIFY, wordWrap="CJK")
    story = []
    for n, t in paras:
        t = "".join(ch if ch <= "\uffff" else "?" for ch in t)
        story.append(Paragraph(escape(t), ts if n in titles else bs))
    SimpleDocTemplate(out, pagesize=A4, invariant=1, leftMargin=79, rightMargin=73,
                      topMargin=100, bottomMargin=90).build(
        story, onFirstPage=furniture, onLaterPages=furniture)


# ---------------------------------------------------------------- scoring

def run_baogao(baogao, args):
    env = dict(os.environ)
    env.pop("BAOGAO", None)
    try:
        r = subprocess.run([baogao] + args, capture_output=True, env=env, timeout=120)
    except subprocess.TimeoutExpired:
        return 124, ""
    return r.returncode, r.stdout.decode("utf-8", "replace")


def predicted(baogao, report):
    rc, out = run_baogao(baogao, ["--outline", "--format=tsv", report])
    rows = []
    for ln in out.split("\n")[1:]:
        c = ln.split("\t")
        if len(c) >= 3 and c[0].isdigit():
            rows.append((int(c[0]), norm(c[1]), norm(c[2])))
    rc2, out2 = run_baogao(baogao, ["--outline", "--format=json", report])
    title = ""
    try:
        title = json.loads(out2).get("title") or ""
    except ValueError:
        pass
    return rows, norm(title), rc


def match(p, g):
    return p[0] == g[0] and p[1] == g[1] and p[2].startswith(g[2])


def score_rows(pred, gold):
    """(F1, missing gold rows, extra predicted rows) by an LCS pairing."""
    n, m = len(pred), len(gold)
    w = [1 if g[3] else 1000 for g in gold]
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best = max(dp[i + 1][j], dp[i][j + 1])
            if match(pred[i], gold[j]):
                best = max(best, w[j] + dp[i + 1][j + 1])
            dp[i][j] = best
    i = j = 0
    gm, pm = [False] * m, [False] * n
    while i < n and j < m:
        if match(pred[i], gold[j]) and dp[i][j] == w[j] + dp[i + 1][j + 1]:
            gm[j] = pm[i] = True
            i += 1
            j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    tp = sum(1 for j in range(m) if gm[j] and not gold[j][3])
    fn = sum(1 for j in range(m) if not gm[j] and not gold[j][3])
    opt_used = sum(1 for j in range(m) if gm[j] and gold[j][3])
    fp = n - tp - opt_used
    p = tp / (tp + fp) if tp + fp else (1.0 if tp + fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    missing = [gold[j] for j in range(m) if not gm[j] and not gold[j][3]]
    extra = [pred[i] for i in range(n) if not pm[i]]
    return f, missing, extra


def score_files(baogao, pairs, verbose):
    """Scores each (FILE, GOLD) pair; prints a line a file and the mean."""
    def one(pair):
        path, gold_path = pair
        meta, rows = read_gold(gold_path)
        gold = [(r["depth"], norm(r["label"]), norm(r["prefix"]), r["opt"]) for r in rows]
        pred, title, rc = predicted(baogao, path)
        f, missing, extra = score_rows(pred, gold)
        want = norm(meta.get("title", ""))
        return path, f, (title == want) if want else None, title, rc, missing, extra

    with ThreadPoolExecutor(max_workers=2) as ex:
        results = list(ex.map(one, pairs))
    print("%-44s %6s %5s  %s" % ("file", "F1", "title", "title given"))
    for path, f, tok, title, rc, missing, extra in results:
        print("%-44s %6.3f %5s  %s%s" % (os.path.basename(path), f,
              "-" if tok is None else ("right" if tok else "wrong"), title or "(none)",
              "  (baogao failed)" if rc else ""))
    titled = [r for r in results if r[2] is not None]
    print("%-44s %6.3f %5s" % ("mean of %d" % len(results), sum(r[1] for r in results) / len(results),
          "%d/%d" % (sum(1 for r in titled if r[2]), len(titled))))
    if verbose:
        for path, f, tok, title, rc, missing, extra in results:
            if not missing and not extra:
                continue
            print("\n%s F1 %.3f" % (os.path.basename(path), f))
            for g in missing:
                print("    missing %d\t%s\t%s" % g[:3])
            for p in extra:
                print("    extra   %d\t%s\t%s" % (p[0], p[1], p[2][:30]))


def main(argv):
    baogao = "src/baogao"
    outdir = "/tmp/convert"
    verbose = False
    formats, only, files = [], [], []
    scoring = False
    for a in argv:
        if a == "--score":
            scoring = True
        elif scoring and not a.startswith("-"):
            files.append(a)
        elif a.startswith("--baogao="):
            baogao = a.split("=", 1)[1]
        elif a.startswith("--out="):
            outdir = a.split("=", 1)[1]
        elif a.startswith("--only="):
            only.append(a.split("=", 1)[1])
        elif a == "-v":
            verbose = True
        elif a in FORMATS:
            formats.append(a)
        else:
            sys.exit("convert.py: unknown argument %s" % a)
    if scoring:
        if not files or len(files) % 2:
            sys.exit("convert.py: --score wants FILE GOLD pairs")
        score_files(os.path.abspath(baogao), list(zip(files[0::2], files[1::2])), verbose)
        return
    formats = list(formats or FORMATS)
    if "pdf" in formats:
        try:
            import reportlab  # noqa: F401
        except ImportError:
            print("convert.py: no python3-reportlab: no PDF", file=sys.stderr)
            formats.remove("pdf")
    baogao = os.path.abspath(baogao)
    names = []
    for g in sorted(os.listdir(HERE)):
        if not g.endswith(".gold"):
            continue
        name = g[:-5]
        if only and name not in only:
            continue
        src = next((os.path.join(HERE, name + e) for e in (".txt", ".md")
                    if os.path.exists(os.path.join(HERE, name + e))), None)
        if src:
            names.append((name, src))
    for fmt in formats:
        os.makedirs(os.path.join(outdir, fmt), exist_ok=True)
    jobs = []
    for name, src in names:
        meta, rows = read_gold(os.path.join(HERE, name + ".gold"))
        gold = [(r["depth"], norm(r["label"]), norm(r["prefix"]), r["opt"]) for r in rows]
        paras = paragraphs(src)
        jobs.append((name, "text", src, gold, meta))
        for fmt in formats:
            out = os.path.join(outdir, fmt, name + "." + EXT[fmt])
            if fmt.startswith("docx"):
                docx(paras, meta, rows, fmt, out)
            elif fmt == "html-utf8":
                web_page(paras, meta, rows, "utf-8", out)
            elif fmt == "html-gbk":
                web_page(paras, meta, rows, "gbk", out)
            else:
                pdf(paras, meta, rows, out)
            jobs.append((name, fmt, out, gold, meta))

    def score(job):
        name, fmt, path, gold, meta = job
        pred, title, rc = predicted(baogao, path)
        f, missing, extra = score_rows(pred, gold)
        want = norm(meta.get("title", ""))
        return name, fmt, f, (title == want) if want else None, title, rc, missing, extra

    with ThreadPoolExecutor(max_workers=2) as ex:
        results = list(ex.map(score, jobs))
    res = {(r[0], r[1]): r for r in results}
    cols = ["text"] + formats
    print("%-44s %s" % ("report", " ".join("%11s" % c for c in cols)))
    for name, _ in names:
        cells = []
        for c in cols:
            r = res[(name, c)]
            cells.append("%9.3f%s%s" % (r[2], "t" if r[3] is False else "", "!" if r[5] else " "))
        print("%-44s %s" % (name, " ".join("%11s" % x for x in cells)))
    print("\n(t: title wrong, !: baogao failed; titles scored where the gold has one)")
    print("%-12s %6s %6s %7s %6s %6s  %s" % ("format", "files", "F1", "text F1", "drops", "titles", "worst"))
    for c in cols:
        fs = [res[(n, c)][2] for n, _ in names]
        base = [res[(n, "text")][2] for n, _ in names]
        drops = [(base[i] - fs[i], names[i][0]) for i in range(len(names)) if base[i] - fs[i] > 0.005]
        titled = [n for n, _ in names if res[(n, c)][3] is not None]
        tr = sum(1 for n in titled if res[(n, c)][3])
        tw = sum(1 for n in titled if res[(n, c)][3] < res[(n, "text")][3])
        worst = ", ".join("%s (-%.3f)" % (nm, d) for d, nm in sorted(drops, reverse=True)[:3])
        print("%-12s %6d %6.3f %7.3f %6d %3d/%-3d  %s%s" % (
            c, len(fs), sum(fs) / len(fs), sum(base) / len(base), len(drops), tr, len(titled), worst,
            "; titles lost: %d" % tw if tw else ""))
    if verbose:
        for r in results:
            name, fmt, f, tok, title, rc, missing, extra = r
            base = res[(name, "text")]
            if fmt == "text" or (f >= base[2] - 0.005 and (tok is None or tok >= base[3])):
                continue
            print("\n%s %s F1 %.3f (text %.3f) title %s" % (fmt, name, f, base[2], title or "(none)"))
            for g in missing[:12]:
                print("    missing %d\t%s\t%s" % g[:3])
            for p in extra[:12]:
                print("    extra   %d\t%s\t%s" % (p[0], p[1], p[2][:30]))


if __name__ == "__main__":
    main(sys.argv[1:])
