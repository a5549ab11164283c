#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# baogao --compare OLD NEW: a made-up pair (a heading renamed, a section
# removed and one added, figures and sentences changed) against expected
# files, and two consecutive national government work reports (2018,
# 2019): the three parts pair one to one and the expected targets pair
# their figures by subject.
. "$top_srcdir/tests/lib.sh"
plan 11

t=$TMPDIR_TEST
corpus=$top_srcdir/tests/corpus

(cd "$FIXTURES" && "$BAOGAO" --compare --sentences compare-old.txt compare-new.txt) >"$t/pair.text"
same "the made-up pair as text, with sentences" "$GOLDEN/compare.text" "$t/pair.text"
(cd "$FIXTURES" && "$BAOGAO" --compare --format=json compare-old.txt compare-new.txt) >"$t/pair.json"
same "the made-up pair as JSON" "$GOLDEN/compare.json" "$t/pair.json"
(cd "$FIXTURES" && "$BAOGAO" --compare --format=tsv --sentences compare-old.txt compare-new.txt) >"$t/pair.tsv"
same "the made-up pair as TSV, with sentences" "$GOLDEN/compare.tsv" "$t/pair.tsv"

# Not two files, or with an option of another mode: a usage error.
"$BAOGAO" --compare "$FIXTURES/compare-old.txt" >/dev/null 2>"$t/one.err"
rc=$?
check "one FILE is a usage error" test $rc -eq 2 -a -s "$t/one.err"
"$BAOGAO" --sentences "$FIXTURES/compare-old.txt" >/dev/null 2>&1
check "--sentences needs --compare" test $? -eq 2

"$BAOGAO" --compare --format=tsv "$corpus/gwr-2018-national.txt" "$corpus/gwr-2019-national.txt" \
	>"$t/gwr.tsv"
check "2018 against 2019 prints" test -s "$t/gwr.tsv"

# The top-level sections: 一、 二、 三、 of 2018 each paired with the same of
# 2019, nothing added or removed.
awk -F'\t' '$1 == "section" && $3 == 1 { print $2 "\t" $4 "\t" $7 }' "$t/gwr.tsv" >"$t/top"
printf 'changed\t一、\t一、\nchanged\t二、\t二、\nchanged\t三、\t三、\n' >"$t/top.expected"
same "the three parts pair one to one" "$t/top.expected" "$t/top"

# The expected targets: 2018 line 44, 2019 line 67, both in 二、 (its own
# text).  Their figures pair by subject, and by change or level.
targets() {
	awk -F'\t' -v subject="$1" '$1 == "figure" && $3 == 1 && $7 == "二、" && $11 == subject {
		print $12 " -> " $13 " (" $2 ")"; exit }' "$t/gwr.tsv"
}
check "国内生产总值 增长: 6.5%左右 -> 6%－6.5%" \
	test "$(targets '国内生产总值 增长')" = "6.5%左右 -> 6%－6.5% (changed)"
check "居民消费价格 涨幅: 3%左右, the same" \
	test "$(targets '居民消费价格 涨幅')" = "3%左右 -> 3%左右 (same)"
check "城镇新增就业: 1100万人以上, the same" \
	test "$(targets '城镇新增就业')" = "1100万人以上 -> 1100万人以上 (same)"
# The deficit: a paragraph of 二、 in 2018, under a heading of its own
# (积极的财政政策要加力提效, without a partner) in 2019: paired all the same.
check "赤字率: 2.6% -> 2.8%, up, though 2019 put it under a new heading" \
	test "$(targets '赤字率 拟按')" = "2.6% -> 2.8% (up)"
finish
