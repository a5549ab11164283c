#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Golden tests of --pinyin: Latin letters find the Han text whose readings
# spell them, by whole syllables (pufa, pu fa, pu3fa3), initials (pf) or
# both (zfgzbg); a polyphone by any of its readings (银行 by yinhang, 行动
# by xingdong); the literal match still counts.
. "$top_srcdir/tests/lib.sh"
plan 17

out=$TMPDIR_TEST
REPORT=$FIXTURES/gwr-2018.txt

# The places (line, column) and texts of the matches of $1 in file $2,
# with the options after.
places() {
	terms=$1 file=$2
	shift 2
	"$BAOGAO" --search="$terms" --format=tsv "$@" "$file" | cut -f 1,2,5
}

# Every output of pufa is that of 普法: counts per section, text with the
# matches marked, JSON.
"$BAOGAO" --search=普法 --count "$SAMPLE" >"$out/expected"
"$BAOGAO" --search=pufa --pinyin --count "$SAMPLE" >"$out/pufa"
same "--search=pufa --pinyin --count equals --search=普法 --count" "$out/expected" "$out/pufa"
check "... which counts 36" test "$(tail -n 1 "$out/pufa")" = "    36  total"
for format in text json; do
	"$BAOGAO" --search=普法 --format=$format "$SAMPLE" >"$out/expected.$format"
	"$BAOGAO" --search=pufa --pinyin --format=$format "$SAMPLE" >"$out/pufa.$format"
	same "pufa marks the 普法s, $format" "$out/expected.$format" "$out/pufa.$format"
done

# Other ways to write it.
places 普法 "$SAMPLE" >"$out/expected"
for terms in "pu fa" pu3fa3 "pu3 fa3" "pu'fa" PuFa; do
	places "$terms" "$SAMPLE" --pinyin >"$out/other"
	same "'$terms' finds the 普法s" "$out/expected" "$out/other"
done
"$BAOGAO" --search=pu4fa3 --pinyin "$SAMPLE" >/dev/null
check "pu4fa3 (a wrong tone) finds nothing" test $? -eq 1
"$BAOGAO" --search=pufa "$SAMPLE" >/dev/null
check "without --pinyin, pufa finds nothing" test $? -eq 1

# Initials: every 普法, and how many more (none on the sample).
places pf "$SAMPLE" --pinyin | sort >"$out/pf"
sort "$out/expected" >"$out/sorted"
check "pf finds every 普法" test -z "$(comm -23 "$out/sorted" "$out/pf")"
echo "# pf: $(($(wc -l <"$out/pf") - 1)) matches against $(($(wc -l <"$out/sorted") - 1)) for 普法:" \
	"$(comm -13 "$out/sorted" "$out/pf" | wc -l) more from initials"

places pf "$REPORT" --pinyin | tail -n +2 >"$out/pf-report"
echo "# pf on the 2018 work report: $(wc -l <"$out/pf-report") matches, of which" \
	"$(grep -c '	普法$' "$out/pf-report") 普法 (the others: $(cut -f 3 "$out/pf-report" | sort | uniq -c |
	sort -rn | awk '{ printf "%s%s %d", (NR > 1 ? ", " : ""), $2, $1 }'))"

# Mixed whole syllables and initials, in a government work report.
places 政府工作报告 "$REPORT" >"$out/expected"
places zfgzbg "$REPORT" --pinyin >"$out/zfgzbg"
check "the report holds 政府工作报告" test "$(wc -l <"$out/expected")" -gt 1
same "zfgzbg finds 政府工作报告 in a work report" "$out/expected" "$out/zfgzbg"

# Polyphones: 行 reads xing and hang.
places 银行 "$REPORT" >"$out/expected"
places yinhang "$REPORT" --pinyin >"$out/yinhang"
same "yinhang finds 银行 (行 read hang)" "$out/expected" "$out/yinhang"
places 行动 "$REPORT" >"$out/expected"
places xingdong "$REPORT" --pinyin >"$out/xingdong"
same "xingdong finds 行动 (行 read xing)" "$out/expected" "$out/xingdong"

# The literal match still counts.
printf 'GDP增长\n\n国内生产总值增长\n' >"$out/gdp.txt"
check "gdp finds GDP, and gnsczz 国内生产总值" test \
	"$(places gdp "$out/gdp.txt" --pinyin | tail -n +2 | cut -f 3)/$(places gnsczz "$out/gdp.txt" --pinyin | tail -n +2 | cut -f 3)" = \
	"GDP/国内生产总值"
