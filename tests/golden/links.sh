#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Links keep their address: a web page's <a href>, a Word hyperlink and a
# Markdown [text](url) (its address wrapped onto the next line) give the
# same links in --section JSON; a search match inside a link names it; an
# anchor within the page or the document, and the site's navigation, give
# none.
. "$top_srcdir/tests/lib.sh"
plan 7

t=$TMPDIR_TEST

cat >"$t/expected" <<'END'
"links":[{"line":L,"column":5,"text":"区政府门户网站","href":"https://www.example.gov.cn/"},{"line":L,"column":26,"text":"年度报表","href":"https://www.example.gov.cn/nb/2025.pdf"}]
END

for f in links.html links.docx links.md; do
	"$BAOGAO" --section=一、 --format=json "$FIXTURES/$f" | grep -o '"links":\[[^]]*\]' |
		sed 's/"line":[0-9]*/"line":L/g' >"$t/$f"
	same "$f: the links of a section with their addresses" "$t/expected" "$t/$f"
done

"$BAOGAO" --search=年度报表 --format=json "$FIXTURES/links.docx" >"$t/search"
check "a match inside a link names its address" \
	grep -q '"href":"https://www.example.gov.cn/nb/2025.pdf"' "$t/search"
"$BAOGAO" --search=主动公开 --format=json "$FIXTURES/links.html" >"$t/plain"
check "a match outside a link has no address" bash -c '! grep -q href "$1"' sh "$t/plain"
"$BAOGAO" --section=二、 --format=json "$FIXTURES/links.html" >"$t/none"
check "a section without links has none" grep -q '"links":\[\]' "$t/none"
"$BAOGAO" --format=json --outline "$FIXTURES/links.html" >"$t/outline"
check "the page's navigation is not the report" bash -c '! grep -q 互动交流 "$1"' sh "$t/outline"
finish
