#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# perturb.sh - writes a report of the corpus as a real copy of it may come:
# with a web page's lines around it, other indents, line ends, blank lines,
# a PDF's hard wraps, page numbers and running header, another encoding, or
# its title set otherwise.  A perturbation keeps the report's structure and
# metadata: its gold still holds once its line numbers are moved (-m).
#
# Usage: perturb.sh [-m MAP] [-t TITLE] [-g GOLD -o NEWGOLD] PERTURBATION FILE >OUT
#        perturb.sh -l
#   -l        list the perturbations, one a line
#   -m MAP    write to MAP, for every line of FILE, "OLD NEW": the line of
#             the output where that line (or its first part) now is
#   -t TITLE  the report's title (the gold's meta title), to find its line;
#             without it the title is the first line with words
#   -g GOLD -o NEWGOLD
#             write to NEWGOLD the gold GOLD of FILE with its outline rows
#             moved to their lines in the output (a row inside a wrapped
#             line to the part that holds its label) and its fig, nofig
#             and subj rows left out
# FILE is UTF-8 or GB18030 (then so is the output, but for gb18030), LF or
# CRLF; a .md FILE is Markdown.  Exit status: 0, 2 on error, 3 when the
# perturbation does not apply to FILE (it would change a Markdown or web
# page's structure, or the title is too long to letter-space); then the
# output is FILE unchanged.
#
# Perturbations:
#   none          the text as it is
#   source        a site's source line above the title (来源：… 发布时间：… 浏览次数：)
#   toolbar       a browser toolbar above the title, a word a line (打印 关闭 【字号：大 中 小】)
#   breadcrumb    a site's breadcrumb above the title (首页 > 政务公开 > 规划计划)
#   caption       photo captions: one under the title block (…摄), one mid-text (图为…)
#   stray         a page's short lines under the title block: 扫一扫在手机打开当前页,
#                 （全文）
#   image         an image's leftover word alone (图片) above the first 一、
#   attach        an attachment's mark alone (附件1) above the title
#   links         a 相关链接 tail with two linked titles and 【打印本页】【关闭窗口】
#   indent-emsp   every line indented with two EM SPACEs (U+2003)
#   indent-nbsp   every line indented with two NO-BREAK SPACEs (U+00A0)
#   indent-tab    every line indented with a tab (not Markdown)
#   indent-2sp    every line indented with two ASCII spaces
#   indent-ideo   every line indented with two IDEOGRAPHIC SPACEs (U+3000)
#   indent-ensp   every line indented with two EN SPACEs (U+2002)
#   indent-zwsp   every line opened with a ZERO WIDTH SPACE (U+200B, a web
#                 page's &#8203;) before two IDEOGRAPHIC SPACEs
#   crlf          CR LF line ends
#   cr            CR line ends alone
#   noblank       blank lines removed (not Markdown)
#   blank2        blank lines doubled; in text a blank line after every line
#   wrap          hard wrap at 36 to 40 ems (one width a file; an ASCII
#                 character half an em), "— N —" and a running header every
#                 40 lines, as a PDF's text gives (not Markdown)
#   gb18030       encoded in GB18030
#   spaced-title  the title letter-spaced (政 府 工 作 报 告), when short
#   split-title   the title broken over two lines
#   fw-digits     the digits and points of labels full-width (１． （１） 第１条)
#   hw-brackets   the brackets of labels half-width ((一) (1) for （一） （1）)
#   label-space   a space after a label's 、 or point (一、 总体要求)
#   label-tab     a tab between a label and its title
#   bold-heads    heading lines (a label, a short title, no full stop; not
#                 a table of contents' entries nor a list's items) set in
#                 bold Markdown (**一、总体要求**)
#   h3-heads      those heading lines marked ### whatever their level
#   word-copy     a Word document copied as text: every paragraph indented
#                 with two IDEOGRAPHIC SPACEs and followed by a blank line
#                 (not Markdown)
#   glued         a numbered paragraph run onto the end of the paragraph
#                 before, which ends a sentence, by a lost line break (one
#                 in two at most; not Markdown)
#   page-number   a right-aligned page number alone every 40 lines (- 3 -,
#                 第 4 页 共 12 页) (not Markdown)
#   run-title     the report's title (-t) repeated alone every 40 lines as
#                 a running header (not Markdown)
#   trailing      two spaces at the end of every line with words
#   crlf-mixed    CR LF and LF line ends alternating

list="none source toolbar breadcrumb caption stray image attach links indent-emsp
indent-nbsp indent-tab indent-2sp indent-ideo indent-ensp indent-zwsp crlf cr
noblank blank2 wrap gb18030 spaced-title split-title fw-digits hw-brackets
label-space label-tab bold-heads h3-heads word-copy glued page-number run-title
trailing crlf-mixed"

map=
title=
gold=
newgold=
while [ $# -gt 0 ]; do
	case $1 in
	-l) for p in $list; do echo "$p"; done; exit 0 ;;
	-m) map=$2; shift 2 ;;
	-t) title=$2; shift 2 ;;
	-g) gold=$2; shift 2 ;;
	-o) newgold=$2; shift 2 ;;
	-h | --help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
	--) shift; break ;;
	-*) echo "perturb.sh: unknown option $1" >&2; exit 2 ;;
	*) break ;;
	esac
done
if [ $# -ne 2 ]; then
	echo "usage: perturb.sh [-m MAP] [-t TITLE] PERTURBATION FILE" >&2
	exit 2
fi
name=$1
file=$2
case " $(echo $list) " in
*" $name "*) ;;
*) echo "perturb.sh: no perturbation $name (perturb.sh -l lists them)" >&2; exit 2 ;;
esac
[ -r "$file" ] || { echo "perturb.sh: cannot read $file" >&2; exit 2; }
LC_ALL=C
export LC_ALL

tmp=$(mktemp -d "${TMPDIR:-/tmp}/perturb.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM

if iconv -f UTF-8 -t UTF-8 <"$file" >"$tmp/in" 2>/dev/null; then
	encoding=UTF-8
else
	encoding=GB18030
	iconv -f GB18030 -t UTF-8 <"$file" >"$tmp/in" || exit 2
fi
md=0
case $file in *.md) md=1 ;; esac

awk -v p="$name" -v md="$md" -v title="$title" -v mapfile="${map:-/dev/null}" \
	-v gold="$gold" -v newgold="${newgold:-/dev/null}" '
# One UTF-8 character a time: the characters of s into a[1..n]; returns n.
function chars(s, a,    n) {
	n = 0
	while (s != "" && match(s, /^([\001-\177]|[\300-\337][\200-\277]|[\340-\357][\200-\277][\200-\277]|[\360-\367][\200-\277][\200-\277][\200-\277])/)) {
		a[++n] = substr(s, 1, RLENGTH)
		s = substr(s, RLENGTH + 1)
	}
	if (s != "") a[++n] = s
	return n
}
# s without white space, Markdown marks and emphasis.
function squeeze(s) {
	gsub(/[ \t#*]|\343\200\200|\302\240|\342\200\203/, "", s)
	return s
}
# s without its leading white space (ASCII, U+3000, U+00A0, U+2002, U+2003,
# U+200B).
function unindent(s) {
	sub(/^([ \t]|\343\200\200|\302\240|\342\200\20[23]|\342\200\213)+/, "", s)
	return s
}
function blank(s) { return unindent(s) == "" }
function out(s) {
	nout++
	obuf[nout] = s (p == "crlf-mixed" && nout % 2 ? "\r" : end)
}
# The length in bytes of the label that opens s (after Markdown marks), 0
# when none: 一、 （一） （1） 1. 1． 第一章 第1条 (digits ASCII or full-width).
function label_len(s,    cn, d) {
	cn = "(一|二|三|四|五|六|七|八|九|十|百|〇|零)"
	d = "([0-9]|\357\274[\220-\231])"
	if (match(s, "^" cn "+、") || match(s, "^(（|\\()(" cn "+|" d "+)(）|\\))") ||
	    match(s, "^第(" cn "|" d ")+(章|节|条|部分)") ||
	    match(s, "^" d "+(\\.|．|、)") && substr(s, RLENGTH + 1, 1) !~ /[0-9]/)
		return RLENGTH
	return 0
}
# Label text l rewritten as perturbation p writes labels.
function relabel(l,    k, n, a, r, c) {
	n = chars(l, a)
	r = ""
	for (k = 1; k <= n; k++) {
		c = a[k]
		if (p == "fw-digits" && c ~ /^[0-9]$/)
			c = "\357\274" sprintf("%c", 144 + c)
		else if (p == "fw-digits" && c == ".")
			c = "．"
		else if (p == "hw-brackets" && c == "（")
			c = "("
		else if (p == "hw-brackets" && c == "）")
			c = ")"
		r = r c
	}
	return r
}
# Whether u, a line without its indent, is a heading: a label, a title of
# at most 30 characters and no full stop.
function heading(u,    a) {
	return label_len(u) > 0 && chars(u, a) <= 30 && u !~ /。|；|：/
}
# The kind of the label that opens u: the label without its number (、
# （） 第章 .), "" when none.
function label_kind(u,    k, l) {
	if (md) sub(/^(#+[ \t]*)?(\*\*)?/, "", u)
	k = label_len(u)
	if (!k) return ""
	l = substr(u, 1, k)
	gsub(/一|二|三|四|五|六|七|八|九|十|百|〇|零|[0-9]|\357\274[\220-\231]/, "", l)
	return l
}
# Whether line i is an entry of a table of contents: a heading line next
# to another heading line with a label of its kind.
function toc_entry(i,    u, k) {
	u = unindent(line[i])
	k = label_kind(u)
	return k != "" && (i > 1 && heading(unindent(line[i - 1])) && label_kind(unindent(line[i - 1])) == k ||
	    i < n && heading(unindent(line[i + 1])) && label_kind(unindent(line[i + 1])) == k)
}
# Whether line i is a heading line to mark: a heading, not an entry of a
# table of contents nor an item of a list (after a colon or a semicolon,
# or ending with one).
function marked_heading(i,    u, j) {
	u = unindent(line[i])
	if (!heading(u) || toc_entry(i) || u ~ /(；|;|，|,)[ \t]*$/)
		return 0
	for (j = i - 1; j >= 1 && blank(line[j]); j--)
		;
	return !(j >= 1 && line[j] ~ /(：|:|；|;)[ \t]*$/)
}
# Begins line i of the input in the output.
function mark(i) { if (!(i in at)) at[i] = nout + 1 }
# Inserts lines, a paragraph each in Markdown.
function insert(text,    k, n, a) {
	n = split(text, a, "\n")
	for (k = 1; k <= n; k++) {
		out(a[k])
		if (md) out("")
	}
}
function header_lines() {
	if (p == "source")
		insert("来源：市人民政府办公厅  发布时间：2024-03-01 浏览次数：")
	else if (p == "toolbar")
		insert("打印\n关闭\n【字号：大 中 小】")
	else if (p == "breadcrumb")
		insert("首页 > 政务公开 > 规划计划")
	else if (p == "attach")
		insert("附件1")
}
function page_break() {
	page++
	out("— " page " —")
	out("市人民政府公报  2024年第5期")
}
# Writes line s of the input wrapped as a PDF sets it: at most width ems
# a line, a Chinese character or full-width mark an em, an ASCII one half,
# a closing mark hung past the width rather than opening a line.
function wrap(s, i,    a, n, k, em, lead, line) {
	lead = substr(s, 1, length(s) - length(unindent(s)))
	n = chars(unindent(s), a)
	line = lead
	at_byte = 1
	em = 0
	for (k = 1; k <= n; k++) {
		if (line == "" || line == lead) {
			chunks[i]++
			chunk_byte[i, chunks[i]] = at_byte
			chunk_line[i, chunks[i]] = nout + 1 + (nout % 40 == 39 ? 2 : 0)
		}
		at_byte += length(a[k]) + (k == 1 ? length(lead) : 0)
		line = line a[k]
		em += length(a[k]) == 1 ? 0.5 : 1
		# (no line opens with a closing mark: it hangs at the end of
		# the line before, as Chinese typesetting sets it)
		if ((em > width - 0.5 && !(k < n && a[k + 1] ~ /^(，|。|、|；|：|？|！|）|》|”|’|」|…)$/)) || k == n) {
			if (nout % 40 == 39) page_break()
			out(line)
			line = ""
			em = 0
		}
	}
	if (n == 0) {
		if (nout % 40 == 39) page_break()
		out(s)
	}
}
{
	line[NR] = $0
}
END {
	n = NR
	width = 36 + n % 5
	crlf = 0
	for (i = 1; i <= n; i++)
		if (line[i] ~ /\r$/) crlf++
	for (i = 1; i <= n; i++)
		sub(/\r+$/, "", line[i])
	end = crlf * 2 > n ? "\r" : ""
	if (p == "crlf") end = "\r"
	if (p == "cr") end = ""
	html = 0
	for (i = 1; i <= n && html == 0; i++)
		if (!blank(line[i])) html = line[i] ~ /^[ \t]*</ ? 1 : -1
	html = html == 1
	# Structure that Markdown or a page markup gives lines.
	if ((md || html) && (p == "indent-tab" || p == "noblank" || p == "wrap" ||
	    p == "word-copy" || p == "glued" || p == "page-number" || p == "run-title"))
		exit 3
	if (html && p ~ /^indent|^blank2|^fw-|^hw-|^label-|-heads$|^trailing/)
		exit 3
	# The title line: after any front matter, the first line that holds
	# the beginning of the title, else the first line with words.
	first = 1
	if (line[1] == "---")
		for (i = 2; i <= n; i++)
			if (line[i] == "---") { first = i + 1; break }
	key = squeeze(title)
	k = chars(key, a)
	key = ""
	for (i = 1; i <= k && i <= 6; i++) key = key a[i]
	t = 0
	if (key != "")
		for (i = first; i <= n && !t; i++)
			if (index(squeeze(line[i]), key) == 1 && line[i] !~ /^[ \t]*</ && line[i] !~ /^[^ ]*: /)
				t = i
	if (key != "")
		for (i = first; i <= n && !t; i++)
			if (index(squeeze(line[i]), key) && line[i] !~ /^[ \t]*</ && line[i] !~ /^[^ ]*: /)
				t = i
	for (i = first; i <= n && !t; i++)
		if (!blank(line[i]) && line[i] !~ /^[ \t]*</ && line[i] !~ /^-->/)
			t = i
	if (!t) t = first
	# The line the caption under the title goes before: past the title,
	# blank lines and a line of date or place under it.
	cap = t + 1
	while (cap <= n && blank(line[cap])) cap++
	if (cap <= n && unindent(line[cap]) ~ /^(——|（|\()/) {
		# (a note in brackets to its closing bracket)
		if (unindent(line[cap]) ~ /^(（|\()/)
			while (cap < n && line[cap] !~ /(）|\))/) cap++
		cap++
		while (cap <= n && blank(line[cap])) cap++
	}
	# The mid-text caption: before the first paragraph past the middle
	# that starts with a Chinese character after a blank line (or any
	# line in plain text).
	mid = 0
	for (i = int(n / 2); i <= n && !mid; i++)
		if (i > cap && unindent(line[i]) ~ /^[\344-\351]/ && (!md || blank(line[i - 1])))
			mid = i
	# The first line that opens with 一、 (Markdown marks aside).
	first_one = 0
	for (i = first; i <= n && !first_one; i++)
		if (unindent(line[i]) ~ /^(#+[ \t]*)?(\*\*)?一、/)
			first_one = i
	if (p == "image" && !first_one)
		exit 3
	if (p == "run-title" && title == "")
		exit 3
	# The title perturbed.
	tprefix = ""
	tbody = line[t]
	if (md && match(tbody, /^#+[ \t]*/)) {
		tprefix = substr(tbody, 1, RLENGTH)
		tbody = substr(tbody, RLENGTH + 1)
	}
	tlead = substr(tbody, 1, length(tbody) - length(unindent(tbody)))
	tbody = unindent(tbody)
	nt = chars(tbody, tc)
	if (p == "spaced-title") {
		if (nt > 20 || nt < 2) exit 3
		s = tc[1]
		for (k = 2; k <= nt; k++) s = s " " tc[k]
		line[t] = tprefix tlead s
	}
	# (a title run into its subtitle or speaker on one line is not broken)
	if (p == "split-title" && (nt < 10 || title != "" && nt > chars(squeeze(title), a) + 2)) exit 3
	page = 0
	for (i = 1; i <= n; i++) {
		s = line[i]
		if (i == t) header_lines()
		if ((p == "page-number" || p == "run-title") && i > t + 1 && nout - lastpage >= 40) {
			page++
			lastpage = nout
			if (p == "run-title")
				out("                " (title != "" ? title : unindent(line[t])))
			else if (page % 2)
				out(sprintf("%60s", "- " page " -"))
			else
				out(sprintf("%54s", "第 " page " 页 共 " (int(n / 40) + 1) " 页"))
		}
		if (p == "caption" && i == cap)
			insert("图为会议现场。新华社记者 李明 摄")
		if (p == "image" && i == first_one)
			insert("图片")
		if (p == "stray" && i == cap)
			insert("扫一扫在手机打开当前页\n（全文）")
		if (p == "caption" && i == mid)
			insert("图为2023年建成的城市公园。")
		mark(i)
		if (p == "split-title" && i == t) {
			# broken where a cover breaks it: after the name of a body
			# (国 省 市 区 县 局 院 部 会 府 室 厅 委), before 关于, or
			# after 印发 or 的, at the place nearest the middle
			k = int(nt / 2)
			best = nt
			inside = fallback = 0
			for (j = 3; j <= nt - 3; j++) {
				# (never inside brackets or quotation marks)
				for (q = (j == 3 ? 1 : j); q <= j; q++) {
					if (tc[q] ~ /^(（|《|“|\()$/) inside++
					if (tc[q] ~ /^(）|》|”|\))$/ && inside > 0) inside--
				}
				if (inside > 0)
					continue
				if (tc[j] ~ /^(国|省|市|区|县|局|院|部|会|府|室|厅|委|的)$/ ||
				    tc[j + 1] tc[j + 2] == "关于" || tc[j - 1] tc[j] == "印发")
					if ((j > nt / 2 ? j - nt / 2 : nt / 2 - j) < best) {
						best = j > nt / 2 ? j - nt / 2 : nt / 2 - j
						k = j
					}
				# else the first place past the middle
				if (best == nt && j >= nt / 2 && !fallback)
					fallback = j
			}
			if (best == nt && fallback)
				k = fallback
			s = ""
			for (j = 1; j <= k; j++) s = s tc[j]
			out(tprefix tlead s)
			if (md) out("")
			s = ""
			for (j = k + 1; j <= nt; j++) s = s tc[j]
			out(tprefix tlead s)
			continue
		}
		if (p ~ /^(fw-digits|hw-brackets|label-space|label-tab|bold-heads|h3-heads)$/ && !blank(s) && i != t) {
			lead = substr(s, 1, length(s) - length(unindent(s)))
			u = unindent(s)
			mdp = ""
			if (md && match(u, /^(#+[ \t]*)?(\*\*)?/)) {
				mdp = substr(u, 1, RLENGTH)
				u = substr(u, RLENGTH + 1)
			}
			k = label_len(u)
			if (k && (p ~ /^(fw|hw)-/)) {
				lab = relabel(substr(u, 1, k))
				if (lab != substr(u, 1, k)) relabeled[i] = 1
				u = lab substr(u, k + 1)
			} else if (k && p == "label-space" && substr(u, k - 2, 3) ~ /^(、|．)$/ || k && p == "label-space" && substr(u, k, 1) == ".")
				u = substr(u, 1, k) " " substr(u, k + 1)
			else if (k && p == "label-tab") {
				rest = substr(u, k + 1)
				sub(/^([ \t]|\343\200\200)+/, "", rest)
				u = substr(u, 1, k) "\t" rest
			} else if (k && mdp == "" && marked_heading(i) && p == "bold-heads")
				u = "**" u "**"
			else if (k && mdp == "" && marked_heading(i) && p == "h3-heads")
				u = "### " u
			s = lead mdp u
		}
		if (p == "trailing" && !blank(s))
			s = s "  "
		if (p == "word-copy") {
			if (!blank(s)) {
				out("\343\200\200\343\200\200" unindent(s))
				out("")
			}
			continue
		}
		if (p == "glued" && i > t + 1 && (k = label_len(unindent(s))) && !heading(unindent(s)) &&
		    prev > t && !glued[prev] && line[prev] ~ /。[ \t]*$/ && !heading(unindent(line[prev]))) {
			# (the blank lines between lost with the break)
			nout = at[prev]
			obuf[nout] = obuf[nout] unindent(s)
			at[i] = nout
			prev = i
			glued[i] = 1
			continue
		}
		if (!blank(s)) prev = i
		if (p ~ /^indent-/ && !blank(s) && (!md || unindent(s) ~ /^[\344-\351]/ && s !~ /^[ \t]*[|>#]/)) {
			ind = p == "indent-emsp" ? "\342\200\203\342\200\203" : p == "indent-nbsp" ? "\302\240\302\240" : p == "indent-tab" ? "\t" : p == "indent-ideo" ? "\343\200\200\343\200\200" : p == "indent-ensp" ? "\342\200\202\342\200\202" : p == "indent-zwsp" ? "\342\200\213\343\200\200\343\200\200" : "  "
			s = ind unindent(s)
		}
		if (p == "noblank" && blank(s))
			continue
		if (p == "blank2") {
			out(s)
			if (blank(s) || !md) out("")
			continue
		}
		if (p == "wrap") {
			wrap(s, i)
			continue
		}
		out(s)
	}
	if (p == "links") {
		if (md) insert("相关链接：\n- 国务院办公厅关于做好政务公开工作的通知\n- 关于进一步优化营商环境的若干措施\n【打印本页】【关闭窗口】")
		else {
			out("")
			insert("相关链接：\n国务院办公厅关于做好政务公开工作的通知\n关于进一步优化营商环境的若干措施\n【打印本页】【关闭窗口】")
		}
	}
	for (k = 1; k <= nout; k++)
		printf "%s\n", obuf[k]
	for (i = 1; i <= n; i++)
		print i, (i in at ? at[i] : nout) >mapfile
	if (gold == "")
		exit 0
	while ((getline g <gold) > 0) {
		k = split(g, f, "\t")
		if (g ~ /^#/ || f[1] == "meta") {
			print g >newgold
			continue
		}
		if (f[1] == "fig" || f[1] == "nofig" || f[1] == "subj" || k < 3)
			continue
		i = f[3] + 0
		to = i in at ? at[i] : i
		if (chunks[i] >= 1) {
			to = chunk_line[i, 1]
			# the byte of the label (and its title) in the line
			b = f[2] != "" ? index(line[i], f[2] f[4]) : 0
			if (!b && f[2] != "") b = index(line[i], f[2])
			if (!b && f[4] != "") b = index(line[i], f[4])
			for (j = 1; j <= chunks[i]; j++)
				if (b >= chunk_byte[i, j]) to = chunk_line[i, j]
		}
		f[3] = to
		if (relabeled[i])
			f[2] = relabel(f[2])
		g = f[1]
		for (j = 2; j <= k; j++) g = g "\t" f[j]
		print g >newgold
	}
}' "$tmp/in" >"$tmp/out"
status=$?
if [ $status -eq 3 ]; then
	cat "$file"
	[ -z "$map" ] || awk '{ print NR, NR }' "$file" >"$map"
	[ -z "$gold" ] || [ -z "$newgold" ] ||
		awk -F '\t' '$1 != "fig" && $1 != "nofig" && $1 != "subj"' "$gold" >"$newgold"
	exit 3
fi
[ $status -eq 0 ] || exit 2

if [ "$name" = cr ]; then
	tr "\n" "\r" <"$tmp/out" >"$tmp/cr" && mv "$tmp/cr" "$tmp/out" || exit 2
fi
if [ "$name" = none ]; then
	cat "$file"
elif [ "$name" = gb18030 ] || [ $encoding = GB18030 ]; then
	iconv -f UTF-8 -t GB18030 <"$tmp/out" || exit 2
else
	cat "$tmp/out"
fi
