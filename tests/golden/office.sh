#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Word and OpenDocument files (made by tests/fixtures/make-docx.py from
# corpus reports): each one's outline is the outline of the same report as
# text, labels and titles in order, whether its numbers are typed or
# Word's automatic numbering; standard input and --format-in read them;
# bad files get one line and exit 2.
. "$top_srcdir/tests/lib.sh"
plan 28

t=$TMPDIR_TEST
summary=$top_srcdir/tests/corpus/summary-2023-fazhi-sample.txt
jiading=$top_srcdir/tests/corpus/notice-jiading-sponge-city-2024.md

# The outline without its places: depth, label, title.
outline() {
	"$BAOGAO" --outline --format=tsv "$@" | cut -f1-3
}

# The title, issuer and date of the JSON outline.
header() {
	"$BAOGAO" --outline --format=json "$@" |
		sed -n 's/^{"title":\("[^"]*"\),"issuer":\([^,]*\),"date":\([^,]*\),.*/\1 \2 \3/p'
}

outline "$summary" >"$t/summary.outline"
outline "$jiading" >"$t/jiading.outline"
header "$summary" >"$t/summary.header"
for f in summary-typed.docx summary-auto.docx summary-wps.docx summary.odt; do
	outline "$FIXTURES/$f" >"$t/$f.outline"
	same "$f: the outline of the text" "$t/summary.outline" "$t/$f.outline"
	header "$FIXTURES/$f" >"$t/$f.header"
	same "$f: title, issuer and date of the text" "$t/summary.header" "$t/$f.header"
done
# OpenDocument's own automatic numbering: an outline style (一、 （一）,
# restarts by text:start-value) and a list style (1.) number the headings.
outline "$FIXTURES/jiading-auto.odt" >"$t/jiading-auto.odt.outline"
same "OpenDocument's outline and list numbering: the outline of the text" \
	"$t/jiading.outline" "$t/jiading-auto.odt.outline"
outline "$FIXTURES/jiading-auto.docx" >"$t/jiading-auto.outline"
same "Word's automatic numbering (一、 （一） 1., restarts): the outline of the text" \
	"$t/jiading.outline" "$t/jiading-auto.outline"
if [ "$(grep -c . "$t/jiading-auto.outline")" -eq 39 ]; then
	ok "the numbered outline has its 38 headings (the plan's title a part above 一、)"
else
	fail "the numbered outline has its 38 headings (the plan's title a part above 一、)"
fi
# The numbers are in the text too: search finds them.
if "$BAOGAO" --search='（六）完善城市排水' "$FIXTURES/jiading-auto.docx" | grep -q '（六）完善城市排水'; then
	ok "automatic numbers are searchable text"
else
	fail "automatic numbers are searchable text"
fi

# Heading styles without numbers: headings of their outline level.
grep -P '^1\t' "$t/summary.outline" | cut -f3 >"$t/top.text"
outline "$FIXTURES/summary-styled.docx" | grep -P '^1\t' | cut -f3 >"$t/top.styled"
same "heading styles without numbers make the top level" "$t/top.text" "$t/top.styled"
outline "$FIXTURES/summary-styled.docx" | awk -F"\t" 'NR > 1 && $2 != "" { bad = 1 } END { exit bad }'
if [ $? -eq 0 ]; then ok "a heading without a number has no label"; else fail "a heading without a number has no label"; fi

# A table row is a line with its cells apart; a line break starts a line.
"$BAOGAO" --search=培训人数 "$FIXTURES/summary-styled.docx" >"$t/table"
if grep -q '培训人数<<  3500人  3860人' "$t/table"; then ok "a table row is a line"; else fail "a table row is a line"; fi
"$BAOGAO" --search=换行 --format=tsv "$FIXTURES/summary-styled.docx" | cut -f2 | sort -u | wc -l >"$t/breaks"
if [ "$(cat "$t/breaks")" -eq 2 ]; then ok "a line break starts a line"; else fail "a line break starts a line"; fi

# Standard input, a pipe or "-", and --format-in.
"$BAOGAO" --outline --format=tsv - <"$FIXTURES/summary-auto.docx" | cut -f1-3 >"$t/stdin"
same "a docx on standard input" "$t/summary.outline" "$t/stdin"
cat "$FIXTURES/summary.odt" | "$BAOGAO" --outline --format=tsv | cut -f1-3 >"$t/pipe"
same "an odt through a pipe" "$t/summary.outline" "$t/pipe"
outline --format-in=docx "$FIXTURES/summary-auto.docx" >"$t/forced"
same "--format-in=docx" "$t/summary.outline" "$t/forced"

# expect_error DESCRIPTION PATTERN COMMAND...: exit 2, no stdout, one
# stderr line matching PATTERN.
expect_error() {
	desc=$1 pattern=$2
	shift 2
	"$@" >"$t/out" 2>"$t/err" </dev/null
	rc=$?
	lines=$(wc -l <"$t/err")
	if [ "$rc" -eq 2 ] && [ ! -s "$t/out" ] && [ "$lines" -eq 1 ] && grep -q -- "$pattern" "$t/err"; then
		ok "$desc"
	else
		fail "$desc (exit $rc, $lines stderr lines)"
		sed 's/^/# /' "$t/err" "$t/out" | head -n 10
	fi
}

expect_error "a zip that is no document" "bad-not-a-document.zip: not a readable document: a zip file that is not" \
	"$BAOGAO" --outline "$FIXTURES/bad-not-a-document.zip"
expect_error "a docx without document.xml" "bad-missing.docx: not a readable document: word/document.xml is missing" \
	"$BAOGAO" --outline "$FIXTURES/bad-missing.docx"
expect_error "a docx with malformed document.xml" "bad-malformed.docx: not a readable document: word/document.xml is not well-formed" \
	"$BAOGAO" --outline "$FIXTURES/bad-malformed.docx"
expect_error "a docx with a DTD (entities)" "bad-entities.docx: not a readable document: word/document.xml has a DTD" \
	"$BAOGAO" --outline "$FIXTURES/bad-entities.docx"
expect_error "a zip bomb" "bad-bomb-document.docx: not a readable document: .*zip bomb" \
	"$BAOGAO" --outline "$FIXTURES/bad-bomb-document.docx"
head -c 4000 "$FIXTURES/summary-auto.docx" >"$t/cut.docx"
expect_error "a docx cut short" "cut.docx: not a readable document: damaged zip file" \
	"$BAOGAO" --outline "$t/cut.docx"
printf '\320\317\021\340\241\261\032\341\000\000\000\000' >"$t/old.doc"
expect_error "a binary Word file" "old.doc: a binary Word or WPS document.*libreoffice --headless --convert-to docx" \
	"$BAOGAO" --outline "$t/old.doc"
expect_error "an unknown input format" "unknown input format: nope" \
	"$BAOGAO" --outline --format-in=nope "$SAMPLE"
expect_error "a docx read as text" "summary-auto.docx: binary file" \
	"$BAOGAO" --outline --format-in=text "$FIXTURES/summary-auto.docx"
finish
