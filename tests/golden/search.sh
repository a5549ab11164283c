#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Golden tests of baogao --search: every format on the sample against
# expected files, every mention of 普法 found in its section, folding,
# exit statuses, and a term cut by a hard wrap.
. "$top_srcdir/tests/lib.sh"
plan 17

out=$TMPDIR_TEST

# Each format, and each format of --count, against the expected files.
for format in text tsv json; do
	"$BAOGAO" --search=普法 --format=$format "$SAMPLE" >"$out/search.$format"
	same "普法 on the sample, $format" "$GOLDEN/sample.search.$format" "$out/search.$format"
	"$BAOGAO" --search=普法 --count --format=$format "$SAMPLE" >"$out/count.$format"
	same "普法 counted per section on the sample, $format" \
		"$GOLDEN/sample.search.count.$format" "$out/count.$format"
done

# 普法 is found on every line where it stands, as often as grep finds it.
grep -n -o 普法 "$SAMPLE" | cut -d: -f1 | uniq -c | awk '{ print $2, $1 }' >"$out/grep.lines"
awk -F '\t' 'NR > 1 { n[$1]++ } END { for (l in n) print l, n[l] }' "$out/search.tsv" |
	sort -n >"$out/search.lines"
same "普法 found on every line, as often as grep -o finds it" "$out/grep.lines" "$out/search.lines"

# ... each in its section: the match's line lies between its section's
# heading and the next heading at the same depth or above.
"$BAOGAO" --outline --format=tsv "$SAMPLE" >"$out/outline.tsv"
check "each 普法 lies in the section it is reported in" awk -F '\t' '
	FNR == 1 { next }
	NR == FNR {
		depth[++n] = $1; label[n] = $2; title[n] = $3; line[n] = $4
		next
	}
	{
		m++
		found = 0
		if ($3 == "" && $1 < line[1])
			found = 1
		for (i = n; i >= 1 && !found; i--) {
			k = length(label[i])
			if (title[i] != $4 || substr($3, length($3) - k + 1) != label[i] || line[i] > $1)
				continue
			end = 1e9
			for (j = i + 1; j <= n; j++)
				if (depth[j] <= depth[i]) { end = line[j]; break }
			if ($1 <= end) found = 1
			break
		}
		if (!found) { print "misplaced: " $0; bad = 1 }
	}
	END { if (bad || m == 0) exit 1 }' "$out/outline.tsv" "$out/search.tsv"

# --count adds up: the root's total is the number of matches, and the
# own counts add up to it.
matches=$(($(wc -l <"$out/search.tsv") - 1))
check "--count total equals the $matches matches" awk -F '\t' -v m="$matches" '
	NR == 2 { total = $6 }
	NR > 1 { own += $5 }
	END { exit !(total == m && own == m) }' "$out/count.tsv"
check "--count text ends with the total" sh -c \
	"tail -n 1 '$out/count.text' | grep -q '^ *$matches  total\$'"

# Full-width and half-width forms, and case, fold.
"$BAOGAO" --search=XX区 --format=tsv "$SAMPLE" | cut -f 1-4 >"$out/xx.half"
"$BAOGAO" --search=ＸＸ区 --format=tsv "$SAMPLE" | cut -f 1-4 >"$out/xx.full"
"$BAOGAO" --search=xx区 --format=tsv "$SAMPLE" | cut -f 1-4 >"$out/xx.lower"
check "ＸＸ区 finds the same places as XX区 ($(($(wc -l <"$out/xx.half") - 1)))" \
	sh -c "test $(wc -l <"$out/xx.half") -gt 5 && cmp '$out/xx.half' '$out/xx.full' &&
	       cmp '$out/xx.half' '$out/xx.lower'"

# Nothing found: exit 1 and nothing on stdout.
"$BAOGAO" --search=不存在的词 "$SAMPLE" >"$out/none" 2>"$out/none.err"
status=$?
check "不存在的词 exits 1 with nothing on stdout (status $status)" \
	sh -c "test $status -eq 1 && test ! -s '$out/none'"

# Several words are ANDed within a section.
"$BAOGAO" --search='普法 欠薪' --format=tsv "$SAMPLE" >"$out/and.tsv"
check "普法 欠薪 finds the one section that mentions both" sh -c "
	test \$(cut -f 3 '$out/and.tsv' | sort -u | grep -c .) -eq 2 &&
	grep -q '	二、（一）	' '$out/and.tsv' && grep -q '	欠薪	' '$out/and.tsv' &&
	grep -q '	普法	' '$out/and.tsv'"

# A term cut by a hard wrap: 营商 ends line 5 of the fixture, 环境 starts
# line 6.
"$BAOGAO" --search=营商环境 --format=tsv "$FIXTURES/search-wrapped.txt" >"$out/wrapped.tsv"
check "a term cut by a hard wrap is found where it starts" \
	grep -q '^5	19	一、（一）	持续优化营商环境	营商环境	' "$out/wrapped.tsv"

# Regular expressions.
"$BAOGAO" --search='普法[^，。]*宣传' --regex --format=tsv "$SAMPLE" >"$out/regex.tsv"
check "--regex finds 普法…宣传 within a clause" sh -c "
	test \$(grep -c . '$out/regex.tsv') -ge 4 &&
	awk -F '\t' 'NR > 1 && \$5 !~ /^普法[^，。]*宣传\$/ { exit 1 }' '$out/regex.tsv'"
"$BAOGAO" --search='普法[' --regex "$SAMPLE" >"$out/badregex" 2>"$out/badregex.err"
status=$?
check "a bad regular expression exits 2 with a message (status $status)" \
	sh -c "test $status -eq 2 && test ! -s '$out/badregex' && grep -q 'regular expression' '$out/badregex.err'"

# A write error is an error.
if test -w /dev/full; then
	"$BAOGAO" --search=普法 "$SAMPLE" >/dev/full 2>/dev/null
	status=$?
	check "a write error exits 2 (status $status)" test $status -eq 2
else
	ok "# SKIP no /dev/full"
fi

finish
