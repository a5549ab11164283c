#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Figures in the cells of a table get their row's and column's headers:
# the same two tables in Word, OpenDocument and a web page (made by
# tests/fixtures/make-docx.py tables and make-html.py); and a table whose
# cells are merged across columns and down rows.
. "$top_srcdir/tests/lib.sh"
plan 12

out=$TMPDIR_TEST

# Each figure of the JSON output as text, row header, column header ("-"
# where there is none).
headers() {
	"$BAOGAO" --figures --format=json "$1" | sed -n 's/^{"kind":"[a-z]*","text":"\([^"]*\)".*/\1\t&/p' |
		while IFS=$'\t' read -r text line; do
			row=$(printf '%s' "$line" | sed -n 's/.*"row_header":"\([^"]*\)".*/\1/p')
			column=$(printf '%s' "$line" | sed -n 's/.*"column_header":"\([^"]*\)".*/\1/p')
			printf '%s\t%s\t%s\n' "$text" "${row:--}" "${column:--}"
		done
}

cat >"$out/expected" <<'END'
5.0万亿元	地区生产总值	2024年
5.2万亿元	地区生产总值	2025年
1200万人	常住人口	2024年
1210万人	常住人口	2025年
75.1%	城镇化率	2024年
75.6%	城镇化率	2025年
800亿元	基础设施	投资
32万人	-	-
END

for f in tables.docx tables.odt tables.html; do
	headers "$FIXTURES/$f" >"$out/$f"
	same "$f: the row and column of each figure" "$out/expected" "$out/$f"
done

# A header over two columns heads both; a row header over two rows heads
# both rows.
cat >"$out/merged" <<'END'
1200万吨	粮食产量	2025年目标
1250万吨	粮食产量	2025年目标
1260万吨	粮食产量	完成
1100万吨	粮食产量	2025年目标
1150万吨	粮食产量	2025年目标
1160万吨	粮食产量	完成
80万亩	-	-
END
for f in merged.docx merged.odt merged.html; do
	headers "$FIXTURES/$f" >"$out/$f"
	same "$f: merged cells head the cells they span" "$out/merged" "$out/$f"
done

# The text output shows them in the context's place.
"$BAOGAO" --figures "$FIXTURES/tables.docx" >"$out/text"
check "text: row | column | figure" grep -q ' 地区生产总值 | 2025年 | 5.2万亿元$' "$out/text"
check "text: a figure outside the tables keeps its context" \
	grep -q ' 全年新增就业\[32万人\]。$' "$out/text"

# In a table the row's header is what a figure measures.
"$BAOGAO" --figures --format=json "$FIXTURES/tables.docx" >"$out/subjects.json"
check "a figure in a table cell measures its row's header" \
	grep -q '"text":"5.2万亿元".*"subject":"地区生产总值","subject_line":' "$out/subjects.json"

# Plain text says nothing of tables: no figure has headers.
"$BAOGAO" --figures --format=json "$SAMPLE" >"$out/sample.json"
check "no headers outside a table" test "$(grep -c '_header"' "$out/sample.json")" = 0
"$BAOGAO" --figures --format=tsv "$FIXTURES/tables.docx" >"$out/tsv"
check "TSV: the columns it had, and subject and change" \
	test "$(awk -F '\t' '{ print NF }' "$out/tsv" | sort -u)" = 9


# The rows of a table whose first column numbers them (1, 2, 3 …) are
# rows, not headings.
cat >"$out/numbered.html" <<'END'
<html><body><div><p>某市重大项目一览表</p><p>一、总体情况</p><p>全市共安排重大项目三个，总投资六十亿元。</p>
<table><tr><td>序号</td><td>区域</td><td>项目名称</td><td>面积</td></tr>
<tr><td>1</td><td>越城区</td><td>第一小学</td><td>24600</td></tr>
<tr><td>2</td><td>柯桥区</td><td>第二小学</td><td>23000</td></tr>
<tr><td>3</td><td>上虞区</td><td>第三中学</td><td>15000</td></tr></table>
<p>二、保障措施</p><p>加强组织领导。</p></div></body></html>
END
"$BAOGAO" --outline --format=tsv "$out/numbered.html" | tail -n +2 | cut -f2,3 >"$out/numbered.outline"
printf '一、\t总体情况\n二、\t保障措施\n' >"$out/numbered.expected"
same "numbered table rows are no headings" "$out/numbered.expected" "$out/numbered.outline"
finish
