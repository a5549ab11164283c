#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# baogao --figures --format=csv: RFC 4180 (CRLF line ends, a field with a
# comma or a quote quoted, quotes doubled), the header and columns of TSV,
# and --bom; on the sample (against an expected file) and a corpus report
# (read back by a CSV reader, it is the TSV).
. "$top_srcdir/tests/lib.sh"
plan 7

t=$TMPDIR_TEST
corpus=$top_srcdir/tests/corpus/gwr-2026-shanghai.txt

# A CSV reader (RFC 4180, fields without line breaks) that writes TSV.
csv_to_tsv() {
	awk '{
		sub(/\r$/, "")
		out = ""; field = ""; quoted = 0; n = length($0)
		for (i = 1; i <= n; i++) {
			c = substr($0, i, 1)
			if (quoted) {
				if (c == "\"" && substr($0, i + 1, 1) == "\"") { field = field c; i++ }
				else if (c == "\"") quoted = 0
				else field = field c
			} else if (c == "\"") quoted = 1
			else if (c == ",") { out = out field "\t"; field = "" }
			else field = field c
		}
		print out field
	}' "$@"
}

"$BAOGAO" --figures --format=csv "$SAMPLE" >"$t/sample.csv"
same "sample figures as CSV" "$GOLDEN/sample.figures.csv" "$t/sample.csv"
lines=$(wc -l <"$t/sample.csv")
crlf=$(grep -c $'\r$' "$t/sample.csv")
check "every line ends with CRLF ($crlf of $lines)" test "$lines" -gt 1 -a "$crlf" -eq "$lines"

"$BAOGAO" --figures --format=tsv "$SAMPLE" >"$t/sample.tsv"
csv_to_tsv "$t/sample.csv" >"$t/sample.csv.tsv"
same "the sample's CSV read back is its TSV" "$t/sample.tsv" "$t/sample.csv.tsv"

"$BAOGAO" --figures --format=csv "$corpus" >"$t/corpus.csv"
"$BAOGAO" --figures --format=tsv "$corpus" >"$t/corpus.tsv"
csv_to_tsv "$t/corpus.csv" >"$t/corpus.csv.tsv"
same "gwr-2026-shanghai's CSV read back is its TSV" "$t/corpus.tsv" "$t/corpus.csv.tsv"

# A figure written with a thousands comma is quoted.
printf '%s\n' '财政预算报告' '一、收入' '全年收入12,345.67万元，增长5%。' '二、支出' '支出3,000万元。' >"$t/comma.txt"
"$BAOGAO" --figures --format=csv "$t/comma.txt" >"$t/comma.csv"
check "a comma in a figure is quoted" grep -q '^money,"12,345.67万元",123456700,元,3,5,一、' "$t/comma.csv"

"$BAOGAO" --figures --format=csv --bom "$SAMPLE" >"$t/bom.csv"
check "--bom starts with EF BB BF" test "$(head -c 3 "$t/bom.csv" | od -An -tx1 | tr -d ' ')" = efbbbf
tail -c +4 "$t/bom.csv" >"$t/bom-less.csv"
same "--bom adds nothing else" "$t/sample.csv" "$t/bom-less.csv"
finish
