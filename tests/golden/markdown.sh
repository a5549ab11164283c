#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# baogao --format=markdown: the whole report as Markdown.  Read back by
# baogao, the Markdown gives the same outline (depth, label, title) as the
# report, for the sample, corpus reports (a work report, a law with a
# table of contents and articles with items, one with run-in headings,
# 一是 items and leads) and a Word file; the sample's Markdown is as
# expected; what Markdown reads as syntax is escaped and reads back as
# the same text.
. "$top_srcdir/tests/lib.sh"
plan 14

t=$TMPDIR_TEST
corpus=$top_srcdir/tests/corpus

# The outline without its places: depth, label, title.
outline() {
	"$BAOGAO" --outline --format=tsv "$@" | cut -f1-3
}

# round_trip NAME FILE: the outline of FILE's Markdown is FILE's outline.
round_trip() {
	outline "$2" >"$t/$1.outline"
	"$BAOGAO" --format=markdown "$2" >"$t/$1.md"
	outline "$t/$1.md" >"$t/$1.md.outline"
	if [ "$(wc -l <"$t/$1.outline")" -gt 1 ]; then
		same "$1: the Markdown gives the same outline" "$t/$1.outline" "$t/$1.md.outline"
	else
		fail "$1: the report has an outline"
	fi
}

round_trip sample "$SAMPLE"
round_trip gwr-2026-shanghai "$corpus/gwr-2026-shanghai.txt"
round_trip gwr-2015-national "$corpus/gwr-2015-national.txt"
round_trip law-shanghai-cultural-relics "$corpus/law-shanghai-cultural-relics-2014.txt"
round_trip law-state-compensation "$corpus/law-state-compensation-2012.md"
round_trip summary-styled.docx "$FIXTURES/summary-styled.docx"

"$BAOGAO" --format=markdown "$SAMPLE" >"$t/sample.markdown"
same "sample as Markdown" "$GOLDEN/sample.markdown" "$t/sample.markdown"

# The title is the first '#' line, and the metadata the front matter's.
"$BAOGAO" --outline --format=json "$SAMPLE" | sed 's/,"encoding".*//' >"$t/sample.meta"
"$BAOGAO" --outline --format=json "$t/sample.md" | sed 's/,"encoding".*//' >"$t/sample.md.meta"
same "the Markdown keeps the title, issuer and date" "$t/sample.meta" "$t/sample.md.meta"

# Without a title, depth 1 is '##': no section is read back as the title.
printf '一、第一部分内容\n正文写在这里。\n（一）小节\n正文。\n二、第二部分内容\n正文。\n' >"$t/untitled.txt"
round_trip untitled "$t/untitled.txt"
check "without a title, depth 1 is ##" grep -qx '## 一、第一部分内容' "$t/untitled.md"

# The text that runs on after a run-in heading's sentence is no lead,
# whether it stands in the heading's paragraph or on the line under its
# Markdown heading.
printf '%s\n' '2006年政府工作报告' '一、去年工作回顾' '（一）着力解决突出问题。一年来成效明显。' \
	'（二）深化体制改革和推进对外开放。农村综合改革试点继续推进。国有商业银行改革取得重要进展。' \
	'我们积极应对对外开放中出现的新情况新问题。调整出口退税、关税和加工贸易政策。' \
	'二、今年工作任务' '（一）加强宏观调控。保持经济平稳较快发展。' >"$t/run-on.txt"
round_trip run-on "$t/run-on.txt"

# Markdown syntax in the text is escaped and reads back as the same text.
printf '%s\n' '关于测试转义的报告' '' '> 不是引用' '- 不是列表' '+ 也不是' '3. 不是编号' '12) 括号' \
	'=== 等号' '~~~ 波浪' '    缩进四格' \
	'* 星号 **不是粗体** 和 _下划线_ 与 `代码` 与 a|b 与 \反斜杠\* 与 <b>标签</b> 与 R&D' \
	'---' '一、第一部分' '正文。' '二、第二部分' '正文。' >"$t/escape.txt"
"$BAOGAO" --format=markdown "$t/escape.txt" >"$t/escape.md"
check "line starts are escaped" grep -q '^\\- 不是列表$' "$t/escape.md"
check "inline syntax is escaped" grep -qF '\*\*不是粗体\*\* 和 \_下划线\_ 与 \`代码\` 与 a\|b' "$t/escape.md"
"$BAOGAO" --outline --format=json "$t/escape.txt" | grep -o '"preamble":"[^"]*"' >"$t/escape.preamble"
"$BAOGAO" --outline --format=json "$t/escape.md" | grep -o '"preamble":"[^"]*"' >"$t/escape.md.preamble"
same "escaped text reads back as the same text" "$t/escape.preamble" "$t/escape.md.preamble"
finish
