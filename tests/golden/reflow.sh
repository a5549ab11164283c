#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Golden tests of hard-wrap reflow: a PDF-style copy of a corpus report
# (tests/fixtures/wrapped-gwr-2018.txt, made by tests/make-wrapped.sh:
# wrapped at 38 characters, a page number and a running head every 40
# lines) gives the clean copy's figures and outline, line numbers aside,
# and a search finds a number and a phrase cut by a wrap or a page break.
. "$top_srcdir/tests/lib.sh"
plan 6

out=$TMPDIR_TEST
clean=$top_srcdir/tests/corpus/gwr-2018-national.txt
wrapped=$FIXTURES/wrapped-gwr-2018.txt

# kind, text, value and unit: everything but the place
"$BAOGAO" --figures --format=tsv "$clean" | cut -f 1-4 >"$out/clean.figures"
"$BAOGAO" --figures --format=tsv "$wrapped" | cut -f 1-4 >"$out/wrapped.figures"
same "the wrapped copy has the clean copy's figures" "$out/clean.figures" "$out/wrapped.figures"
check "no figure of the wrapped copy is a number's tail (1.7%)" \
	sh -c '! grep -q "	1.7%	" "$1"' sh "$out/wrapped.figures"

# A paragraph whose last line fills the wrap width cannot be told from a
# sentence that ends where the line does: the reflow joins such lines, and
# the one paragraph of the report that ends so loses its run-in lead.  Any
# other difference fails.
"$BAOGAO" --outline --format=tsv "$clean" | cut -f 1-3 >"$out/clean.outline"
"$BAOGAO" --outline --format=tsv "$wrapped" | cut -f 1-3 >"$out/wrapped.outline"
check "the wrapped copy has the clean copy's outline but the lead after a full last line" \
	sh -c 'diff "$1" "$2" | grep "^[<>]" >"$3.diff"; [ "$(cat "$3.diff")" = "< 3		促进贸易和投资自由化便利化" ]' \
	sh "$out/clean.outline" "$out/wrapped.outline" "$out/outline"

# "高技术制造业年均增长1" / "1.7%。粮食生产能力…"
check "a search finds 11.7% cut by a wrap" \
	sh -c '"$1" --search=11.7% "$2" | grep -q "^ *27:38: .*>>11.7%<<"' sh "$BAOGAO" "$wrapped"
# "贫困人口减少6800多万，" / "- 1 -" / "政府工作报告" / "易地扶贫搬迁…"
check "a search finds a phrase across a page break and its running head" \
	sh -c '"$1" --search=6800多万，易地 "$2" | grep -q ">>6800多万，易地<<"' sh "$BAOGAO" "$wrapped"

# The fixture is what the script makes of the corpus copy.
if command -v perl >/dev/null 2>&1; then
	sh "$top_srcdir/tests/make-wrapped.sh" -H 政府工作报告 "$clean" >"$out/remade.txt"
	same "make-wrapped.sh remakes the fixture" "$wrapped" "$out/remade.txt"
else
	ok "# SKIP make-wrapped.sh needs perl"
fi
finish
