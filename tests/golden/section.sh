#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# baogao --section=SPEC: one section, by its number or its path of labels,
# as text, Markdown or JSON, on the sample (against expected files) and a
# corpus report (against its source lines, and read back as Markdown).
. "$top_srcdir/tests/lib.sh"
plan 12

t=$TMPDIR_TEST
shanghai=$top_srcdir/tests/corpus/gwr-2026-shanghai.txt

"$BAOGAO" --section=三、 "$SAMPLE" >"$t/three.text"
same "sample 三、 as text" "$GOLDEN/sample.section.text" "$t/three.text"
"$BAOGAO" --section='一、/（二）' --format=json "$SAMPLE" >"$t/one-two.json"
same "sample 一、/（二） as JSON" "$GOLDEN/sample.section.json" "$t/one-two.json"
"$BAOGAO" --section=§2 --format=markdown "$SAMPLE" >"$t/two.markdown"
same "sample §2 as Markdown" "$GOLDEN/sample.section.markdown" "$t/two.markdown"

# Numbers and folded labels name the same section as its path.
"$BAOGAO" --section=5 --format=json "$SAMPLE" >"$t/five.json"
same "5 is the fifth row of --outline" "$GOLDEN/sample.section.json" "$t/five.json"
"$BAOGAO" --section='一/(二)' --format=json "$SAMPLE" >"$t/folded.json"
same "一/(二) names 一、/（二）" "$GOLDEN/sample.section.json" "$t/folded.json"
row=$("$BAOGAO" --outline --format=tsv "$SAMPLE" | sed -n '6p' | cut -f2,3)
check "the fifth row of --outline is 一、/（二）" test "$row" = "$(printf '（二）\t推进依法行政，进一步规范行政权力的运行')"

# Two sections answer to （二）: the first, with a warning naming its number.
"$BAOGAO" --section='（二）' --format=json "$SAMPLE" >"$t/first.json" 2>"$t/first.err"
rc=$?
if [ $rc -eq 0 ] && cmp -s "$GOLDEN/sample.section.json" "$t/first.json" &&
   grep -q 'warning: （二） names 4 sections; this is the first, §5 at line 7' "$t/first.err"; then
	ok "an ambiguous SPEC: the first, with a warning"
else
	fail "an ambiguous SPEC: the first, with a warning (exit $rc)"
	sed 's/^/# /' "$t/first.err"
fi

# A lead (no label) by its title; an inline item ends at the next one.
"$BAOGAO" --section='（二）/浦东引领区建设取得新进展' "$shanghai" >"$t/lead.text"
check "a lead by its title" grep -q '^浦东引领区建设取得新进展。' "$t/lead.text"
"$BAOGAO" --section='一、/（一）/一是' "$SAMPLE" >"$t/item.text"
check "an inline item runs to the next" test "$(grep -c '^一是认真开展' "$t/item.text")/$(grep -c 二是 "$t/item.text")" = 1/0

# The corpus report: the section is its source lines, indentation trimmed.
"$BAOGAO" --section='一、/（二）' "$shanghai" >"$t/shanghai.text"
sed -n 27,32p "$shanghai" | sed 's/^[[:space:]　]*//' >"$t/shanghai.lines"
same "gwr-2026-shanghai 一、/（二） is lines 27-32" "$t/shanghai.lines" "$t/shanghai.text"

# As Markdown, read back: the section's heading is the title, its
# subsections the outline, one level up.
"$BAOGAO" --section=一、 --format=markdown "$shanghai" >"$t/one.md"
"$BAOGAO" --outline --format=tsv "$shanghai" |
	awk -F '\t' 'NR > 1 { if ($1 == 1) inside = $2 == "一、"; else if (inside) print $1 - 1 "\t" $2 "\t" $3 }' >"$t/one.expected"
"$BAOGAO" --outline --format=tsv "$t/one.md" | tail -n +2 | cut -f1-3 >"$t/one.outline"
same "gwr-2026-shanghai 一、 as Markdown reads back as its subsections" "$t/one.expected" "$t/one.outline"
check "... titled by its heading" grep -q '^{"title":"一、2025年工作回顾"' \
	<("$BAOGAO" --outline --format=json "$t/one.md")
finish
