#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Golden tests of a report that lost its line breaks: the sample as one
# line has the outline it had before lines were measured only as far as a
# wrap can reach (its 一是 ... items, in tests/golden/sample.one-line.outline.tsv),
# and 1,024 copies of it on one line of 10 MB give 1,024 times its items
# and its matches, whatever the scans that start inside that line.
. "$top_srcdir/tests/lib.sh"
plan 5

out=$TMPDIR_TEST
tr -d '\n' <"$SAMPLE" >"$out/one" && echo >>"$out/one"
"$BAOGAO" --outline --format=tsv "$out/one" >"$out/one.tsv"
same "the sample as one line: its outline" "$GOLDEN/sample.one-line.outline.tsv" "$out/one.tsv"

# 1,024 copies on one line, made by doubling the line ten times.
tr -d '\n' <"$SAMPLE" >"$out/long"
for _ in 1 2 3 4 5 6 7 8 9 10; do
	cat "$out/long" "$out/long" >"$out/twice" && mv "$out/twice" "$out/long"
done
echo >>"$out/long"
tail -n +2 "$out/one.tsv" >"$out/items"
awk '{ item[NR] = $0 } END { for (i = 0; i < 1024; i++) for (j = 1; j <= NR; j++) print item[j] }' \
	"$out/items" >"$out/expected"
"$BAOGAO" --outline --format=tsv "$out/long" >"$out/long.tsv"
tail -n +2 "$out/long.tsv" >"$out/long.items"
same "1024 copies on one line: 1024 times the items, in order" "$out/expected" "$out/long.items"

one=$("$BAOGAO" --search=普法 --count "$out/one" | awk '$2 == "total" { print $1 }')
long=$("$BAOGAO" --search=普法 --count "$out/long" | awk '$2 == "total" { print $1 }')
check "1024 copies on one line: 1024 times the matches of 普法 ($one each)" \
	test "${long:-0}" -eq $((1024 * ${one:-0})) -a "${one:-0}" -gt 0
check "1024 copies on one line: one line of the source" \
	test "$(wc -l <"$out/long")" -eq 1

# The JSON preamble is at most 2,000 characters, even when the text before
# the first heading is one paragraph of a million characters.
awk 'BEGIN { for (i = 0; i < 60000; i++) printf "全年地区生产总值稳步增长，居民收入持续增加。"; print "" }' \
	>"$out/huge"
"$BAOGAO" --outline --format=json "$out/huge" | sed -n 's/.*"preamble":"\([^"]*\)".*/\1/p' >"$out/preamble"
chars=$(tr -d "\n" <"$out/preamble" | LC_ALL=C.UTF-8 wc -m | tr -d " ")
check "a paragraph of a million characters before any heading: a preamble of 1000 to 2000 ($chars)" \
	test "$chars" -ge 1000 -a "$chars" -le 2000
finish
