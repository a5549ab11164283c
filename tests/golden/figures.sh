#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Golden tests of baogao --figures: the sample report's figures against the
# hand-checked list (sample.figures.gold: req must be found, bad must not),
# all three formats against expected files, and the --kind filter.
. "$top_srcdir/tests/lib.sh"
plan 19

out=$TMPDIR_TEST
"$BAOGAO" --figures --format=tsv "$SAMPLE" >"$out/sample.tsv"

# gold_check NEED: prints each gold figure of that need (req or bad) whose
# presence is wrong.  A figure is present when a reported figure on its line
# contains its text or is contained in it.
gold_check() {
	awk -F '\t' -v need="$1" '
	FNR == NR {
		if ($0 ~ /^#/ || $1 != need) next
		n++; line[n] = $2; text[n] = $3
		next
	}
	FNR > 1 { count[$5]++; found[$5, count[$5]] = $2 }
	END {
		bad = 0
		for (i = 1; i <= n; i++) {
			hit = 0
			for (j = 1; j <= count[line[i]]; j++) {
				f = found[line[i], j]
				if (index(f, text[i]) || index(text[i], f))
					hit = 1
			}
			if ((need == "req" && !hit) || (need == "bad" && hit)) {
				printf "%s figure line %s \"%s\" %s\n", need, line[i], text[i],
				       need == "req" ? "not found" : "reported"
				bad = 1
			}
		}
		exit bad
	}' "$GOLDEN/sample.figures.gold" "$out/sample.tsv"
}

check "every req figure of the sample is found" gold_check req
check "no bad figure of the sample (advertising) is reported" gold_check bad

for format in txt tsv json; do
	name=$format
	[ "$format" = txt ] && name=text
	"$BAOGAO" --figures --format=$name "$SAMPLE" >"$out/sample.$format"
	same "sample figures as $name" "$GOLDEN/sample.figures.$format" "$out/sample.$format"
done

# The TSV and JSON forms list the same figures.
rows=$(($(wc -l <"$out/sample.tsv") - 1))
objects=$(grep -c '^{"kind":' "$out/sample.json")
check "TSV and JSON list the same number of figures ($rows/$objects)" test "$rows" = "$objects"

"$BAOGAO" --figures --format=tsv --kind=money,docno "$SAMPLE" >"$out/kind.tsv"
check "--kind=money,docno keeps only those kinds" \
	awk -F '\t' 'NR > 1 && $1 != "money" && $1 != "docno" { exit 1 } END { exit NR < 2 }' "$out/kind.tsv"
check "--kind=money,docno keeps all of them" \
	test "$(grep -c -E '^(money|docno)	' "$out/sample.tsv")" = "$(($(wc -l <"$out/kind.tsv") - 1))"

# A subject does not change with --kind: the figures left out still bound
# the clauses (国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%).
printf '%s\n' '国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%。' >"$out/kinds.txt"
"$BAOGAO" --figures --format=tsv --kind=percent "$out/kinds.txt" >"$out/kinds.tsv"
check "--kind=percent keeps the subject of 年均增长7.1%" \
	awk -F '\t' 'NR == 2 && $2 == "7.1%" && $8 == "国内生产总值" && $9 == "true" { ok = 1 }
		END { exit !ok }' "$out/kinds.tsv"

# The ad paragraphs are kept with --raw: their numbers then show up, so the
# bad list above tests the cleaner, not a blind spot of the extractor.
"$BAOGAO" --figures --format=tsv --raw "$SAMPLE" >"$out/raw.tsv"
check "with --raw the advertising figures appear" grep -q '1000多篇' "$out/raw.tsv"

if "$BAOGAO" --figures --kind=bogus "$SAMPLE" >/dev/null 2>"$out/err"; then
	fail "an unknown kind is refused"
else
	check "an unknown kind is refused with a message" grep -q 'kind' "$out/err"
fi

# Figures outside the sample: a report of this shape written by the test.
printf '%s\n' '2024年工作总结' \
	'一、主要成效' \
	'（一）经济运行。全年地区生产总值82.7万亿元，增长5.2%，比上年提高0.4个百分点。' \
	'（二）民生保障。城镇新增就业1.2万人，印发《就业工作方案（2024年）》（国发〔2024〕7号）。' \
	'某某市人民政府' '2024年12月31日' >"$out/report.txt"
"$BAOGAO" --figures --format=tsv "$out/report.txt" >"$out/report.tsv"
cat >"$out/report.want" <<'EOF'
kind	text	value	unit	line	column	section	subject	change
money	82.7万亿元	82700000000000	元	3	17	一、（一）	地区生产总值	false
percent	5.2%	5.2	%	3	27	一、（一）	地区生产总值	true
percent	0.4个百分点	0.4	个百分点	3	37	一、（一）	地区生产总值	true
quantity	1.2万人	12000	人	4	15	一、（二）	城镇新增就业	false
docno	国发〔2024〕7号			4	39	一、（二）		false
date	2024年12月31日			6	1			false
EOF
same "figures of a small report" "$out/report.want" "$out/report.tsv"
# Exact values: numbers a double cannot hold, stacked multipliers and dates
# off the calendar (tests/golden/exact.txt).
"$BAOGAO" --figures --format=json "$GOLDEN/exact.txt" >"$out/exact.json"
same "figures of long numbers as json" "$GOLDEN/exact.figures.json" "$out/exact.json"
# row_has TEXT PART: the JSON row of the figure written TEXT holds PART.
row_has() { grep -F "\"text\":\"$1\"," "$out/exact.json" | grep -q -F "$2"; }
check "2^53 is exact: a number" row_has 9007199254740992元 '"value":9007199254740992,"unit"'
check "past 2^53: the digits as written, not exact" \
	row_has 11111111111111111元 '"value":"11111111111111111","exact":false,"unit"'
check "20 digits are kept" \
	row_has 12345678901234567890元 '"value":"12345678901234567890","exact":false,"unit"'
check "stacked multipliers scale the value: 一千亿亿元" \
	row_has 一千亿亿元 '"value":"10000000000000000000","exact":false,"unit":"元"'
check "stacked multipliers scale the value: 3万亿亿元" \
	row_has 3万亿亿元 '"value":"300000000000000000000","exact":false,"unit":"元"'
check "no date and no figure off the calendar (2023年2月30日, 2023年13月45日)" \
	test "$(grep -c -e 2月30日 -e 45日 -e 13月 -e '"2024年2月29日"' "$out/exact.json")" = 1
finish
