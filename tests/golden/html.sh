#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Web pages (made by tests/fixtures/make-html.py from two corpus reports):
# the outline of each page is the outline of the same report as text, the
# title is the report's, and nothing of the site's frame is report text.
. "$top_srcdir/tests/lib.sh"
plan 19

out=$TMPDIR_TEST
corpus=$top_srcdir/tests/corpus

# The labels and titles of an outline, in order.
labels() { "$BAOGAO" --outline --format=tsv "$1" | cut -f 2,3; }

labels "$corpus/gwr-2026-hebei.txt" >"$out/hebei.text"
labels "$FIXTURES/gwr-hebei-gbk.html" >"$out/hebei.html"
check "GBK page: the outline of the text" diff "$out/hebei.text" "$out/hebei.html"
check "GBK page: the outline is not empty" test "$(wc -l <"$out/hebei.html")" -gt 10

"$BAOGAO" --outline --format=json "$FIXTURES/gwr-hebei-gbk.html" >"$out/hebei.json"
check "GBK page: title, and read as GB18030" grep -q \
	'^{"title":"2026年河北省政府工作报告",.*"encoding":"GB18030",' "$out/hebei.json"

# The page adds an ordered list at the end of the last section: its items
# are the page's own.
labels "$corpus/summary-2023-fazhi-sample.txt" >"$out/fazhi.text"
labels "$FIXTURES/fazhi-utf8.html" >"$out/fazhi.html"
check "UTF-8 page: the outline of the text" diff "$out/fazhi.text" <(grep -v '^[0-9]\.' "$out/fazhi.html")
check "UTF-8 page: the ordered list keeps its numbers" test \
	"$(grep '^[0-9]\.' "$out/fazhi.html" | cut -f 1 | tr '\n' ' ')" = "1. 2. "

"$BAOGAO" --outline --format=json "$FIXTURES/fazhi-utf8.html" >"$out/fazhi.json"
check "UTF-8 page: title, issuer and date" grep -q \
	'^{"title":"2023年法治建设工作总结","issuer":"XX市XX区人力资源和社会保障局","date":"2023-11-23",' \
	"$out/fazhi.json"

# Every line of the text is searched for the frame's words: none is found
# (exit 1), while the report's own words are.
for page in gwr-hebei-gbk.html fazhi-utf8.html; do
	"$BAOGAO" --search=. --regex --format=tsv "$FIXTURES/$page" >"$out/text" 2>&1
	found=
	for word in 首页 打印 相关链接 相关文章 ICP 当前位置 版权所有 网站地图 关闭 字号 脚本 搜索; do
		if grep -q -- "$word" "$out/text"; then found="$found $word"; fi
	done
	check "$page: no furniture in the text${found:+ (found:$found)}" test -z "$found"
	"$BAOGAO" --search=打印 "$FIXTURES/$page" >/dev/null 2>&1
	check "$page: --search finds no furniture" test $? -eq 1
done
check "GBK page: the report's words are found" "$BAOGAO" --search=雄安新区 "$FIXTURES/gwr-hebei-gbk.html"
# The figures of the sections (the page's 来源 and 时间 stand on one line,
# which the noise rules take out as a source line).
body_figures() { "$BAOGAO" --figures --format=tsv "$1" | awk -F '\t' '$7 != ""' | cut -f 1-4,7; }
check "GBK page: figures as in the text" \
	diff <(body_figures "$corpus/gwr-2026-hebei.txt") <(body_figures "$FIXTURES/gwr-hebei-gbk.html")

# From a pipe, as from curl.
"$BAOGAO" --outline --format=tsv - <"$FIXTURES/gwr-hebei-gbk.html" | cut -f 2,3 >"$out/pipe"
check "GBK page from a pipe" diff "$out/hebei.text" "$out/pipe"

# A page with no text: one line on stderr, exit 2, nothing on stdout.
printf '<!DOCTYPE html><html><head><title>x</title><script>var a="文字";</script></head>\n<body><div><img src="a.png"></div></body></html>\n' >"$out/empty.html"
"$BAOGAO" --outline "$out/empty.html" >"$out/stdout" 2>"$out/stderr"
rc=$?
check "page without text: exit 2 and one line" test "$rc/$(wc -l <"$out/stderr")/$(wc -c <"$out/stdout")" = 2/1/0
check "page without text: the message" grep -q "^baogao: $out/empty.html: web page holds no text$" "$out/stderr"

# An encoding the user names wins over the page's label.
"$BAOGAO" --outline --encoding=UTF-8 "$FIXTURES/gwr-hebei-gbk.html" >/dev/null 2>"$out/stderr"
check "GBK page read as UTF-8: cannot decode" grep -q "cannot decode.*not valid UTF-8$" "$out/stderr"
"$BAOGAO" --outline --format=tsv --encoding=GBK "$FIXTURES/gwr-hebei-gbk.html" | cut -f 2,3 >"$out/gbk"
check "GBK page read as GBK" diff "$out/hebei.text" "$out/gbk"
# A glossary's heading the page sets as a heading (<h4>名 词 解 释</h4>)
# after the last item is of the top level, as the plain line is.
printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市预算报告</title></head><body><h1>某市预算报告</h1>\n<p>一、执行情况</p><p>（一）收入</p><p>1.紧扣重点领域，持续增强财政实力。加强分析。</p><p>2.紧扣创新驱动，有效激发增长动能。加大投入。</p><p>以上报告，请予审议。</p>\n<h4>名 词 解 释</h4>\n<p>双示范市：黄河流域示范市。</p><p>全市：全市指本级。</p></body></html>\n' >"$out/glossary.html"
check "glossary heading of the page: top level" test \
	"$("$BAOGAO" --outline --format=tsv "$out/glossary.html" | tail -1 | cut -f 1,3)" = "$(printf '1\t名 词 解 释')"
# The unit of a table's figures set as a heading above the table
# (<h4>单位：万元</h4>) heads nothing.
printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市预算报告</title></head><body><h1>某市预算报告</h1>\n<p>一、执行情况</p><p>收入增长。</p><p>二、预算草案</p><p>表1 收入预算表</p>\n<h4>单位：万元</h4>\n<table><tr><td>项目</td><td>预算数</td></tr><tr><td>税收收入</td><td>100</td></tr></table><p>三、措施</p><p>加强管理。</p></body></html>\n' >"$out/unit.html"
check "unit line above a table: no heading" test \
	"$("$BAOGAO" --outline --format=tsv "$out/unit.html" | cut -f 2 | tr '\n' ' ')" = "label 一、 二、 三、 "
finish
