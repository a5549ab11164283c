#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The PDF reader on tests/fixtures/summary.pdf (made by make-pdf.py from
# the corpus summary): the same outline and title as the text, no running
# header or page number left in the text, pages in the search results, and
# one-line errors for damaged and encrypted files.  Built without poppler,
# a PDF gets the one-line error that says so.
. "$top_srcdir/tests/lib.sh"

t=$TMPDIR_TEST
PDF=$FIXTURES/summary.pdf
TEXT=$top_srcdir/tests/corpus/summary-2023-fazhi-sample.txt

# one_error DESCRIPTION PATTERN FILE: exit 2, no stdout, one stderr line
# matching PATTERN.
one_error() {
	"$BAOGAO" --outline "$3" >"$t/out" 2>"$t/err" </dev/null
	rc=$?
	lines=$(wc -l <"$t/err")
	if [ "$rc" -eq 2 ] && [ ! -s "$t/out" ] && [ "$lines" -eq 1 ] && grep -q -- "$2" "$t/err"; then
		ok "$1"
	else
		fail "$1 (exit $rc, $lines stderr lines)"
		sed 's/^/# /' "$t/err" "$t/out" | head -n 10
	fi
}

if "$BAOGAO" --outline "$PDF" 2>&1 >/dev/null | grep -q "not supported by this build"; then
	plan 1
	one_error "without poppler: PDF support is missing" \
		"summary.pdf: format not supported by this build: PDF support is missing" "$PDF"
	finish
fi
plan 13

# labels and titles, in order
"$BAOGAO" --outline --format=tsv "$TEXT" | cut -f1-3 >"$t/text.outline"
"$BAOGAO" --outline --format=tsv "$PDF" | cut -f1-3 >"$t/pdf.outline"
same "outline equals the text version's" "$t/text.outline" "$t/pdf.outline"
"$BAOGAO" --outline --format=tsv - <"$PDF" | cut -f1-3 >"$t/stdin.outline"
same "from standard input too" "$t/text.outline" "$t/stdin.outline"
"$BAOGAO" --outline "$PDF" | head -n 2 >"$t/pdf.head"
"$BAOGAO" --outline "$TEXT" | head -n 2 >"$t/text.head"
same "title, issuer and date as the text version's" "$t/text.head" "$t/pdf.head"
check "title is the report's" grep -qx '2023年法治建设工作总结' "$t/pdf.head"

# the running header stands on pages 2-5 and the page numbers on all:
# neither is left in the text
"$BAOGAO" --search=工作总结 --format=tsv "$PDF" | tail -n +2 | cut -f1,2 >"$t/title.hits"
printf '1\t10\n' >"$t/title.expected"
same "running header gone: the title is the one 工作总结" "$t/title.expected" "$t/title.hits"
"$BAOGAO" --search=— "$PDF" >"$t/dash.out"
check "page numbers gone: no — in the text" test $? -eq 1
check "hard wraps joined across a page break" \
	grep -q '四是重视>>行政应诉<<工作，积极配合' <("$BAOGAO" --search=行政应诉 "$PDF")

# pages: where a match begins, also inside a paragraph that goes on to
# the next page
"$BAOGAO" --search=行政应诉 --format=json "$PDF" >"$t/p1.json"
check "search JSON: page 1 before the break" grep -q '"line":5,"column":245,"page":1,' "$t/p1.json"
"$BAOGAO" --search=提高行政机关 --format=json "$PDF" >"$t/p2.json"
check "search JSON: page 2 after the break" grep -q '"line":5,"column":265,"page":2,' "$t/p2.json"
"$BAOGAO" --search=2023年11月23日 "$PDF" >"$t/p5.text"
check "search text: the last page" grep -q '^  p\.5 20:1: ' "$t/p5.text"
check "outline JSON: the section's page" \
	grep -q '"label":"四、","title":"下步工作打算","line":15,"column":1,"page":4,' \
	<("$BAOGAO" --outline --format=json "$PDF")

head -c 3000 "$PDF" >"$t/cut.pdf"
one_error "damaged PDF" "cut.pdf: damaged document$" "$t/cut.pdf"
one_error "encrypted PDF" "encrypted.pdf: encrypted document: the PDF needs a password" \
	"$FIXTURES/encrypted.pdf"
finish
