#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Golden tests of the batch modes on several reports: two files, a
# directory (its reports only, hidden files left out, names in order), -r,
# a file that cannot be read among good ones, --count's totals, the TSV
# and JSON shapes, and one FILE printing exactly as before.
. "$top_srcdir/tests/lib.sh"
plan 20

t=$TMPDIR_TEST
d=$t/reports
mkdir -p "$d/sub/deeper"
cp "$SAMPLE" "$d/b-sample.txt"
cp "$FIXTURES/notice.md" "$d/a-notice.md"
cp "$FIXTURES/summary-styled.docx" "$d/c-summary.docx"
cp "$FIXTURES/fazhi-utf8.html" "$d/sub/e-fazhi.html"
cp "$top_srcdir/tests/corpus/gwr-2018-national.txt" "$d/sub/deeper/f-gwr.txt"
cp "$SAMPLE" "$d/.hidden.txt"
printf 'PK\0\0\0binary\0' >"$d/d-binary.bin"
: >"$d/d-empty.txt"

# The files a directory stands for, in order, through --count's rows.
"$BAOGAO" --search=法 --count "$d" >"$t/dir.count" 2>"$t/dir.err"
rc=$?
cat >"$t/expected" <<EOT
$d/a-notice.md
$d/b-sample.txt
$d/c-summary.docx
EOT
awk '$2 != "total" { print $2 }' "$t/dir.count" >"$t/dir.files"
if [ $rc -eq 0 ] && [ ! -s "$t/dir.err" ]; then ok "a directory: exit 0, nothing on stderr"; else fail "a directory: exit $rc"; cat "$t/dir.err"; fi
same "a directory: its reports in order, not hidden, binary or empty files, not its subdirectories" \
	"$t/expected" "$t/dir.files"

# -r descends, each directory in its place in the order.
"$BAOGAO" --search=法 --count -r "$d" | awk '$2 != "total" { print $2 }' >"$t/r.files"
printf '%s\n' "$d/sub/deeper/f-gwr.txt" "$d/sub/e-fazhi.html" >>"$t/expected"
same "-r: the subdirectories' reports too" "$t/expected" "$t/r.files"
"$BAOGAO" --search=法 --count --recursive "$d" | awk '$2 != "total" { print $2 }' >"$t/r2.files"
same "--recursive is -r" "$t/expected" "$t/r2.files"

# --count: each report's count (0 too), then the total, in three formats.
cd "$d" || exit 99
"$BAOGAO" --search=普法 --count b-sample.txt a-notice.md >"$t/count.text"
"$BAOGAO" --search=普法 --count --format=tsv b-sample.txt a-notice.md >"$t/count.tsv"
"$BAOGAO" --search=普法 --count --format=json b-sample.txt a-notice.md >"$t/count.json"
n=$("$BAOGAO" --search=普法 --format=tsv b-sample.txt | tail -n +2 | wc -l)
{
	printf '%6d  b-sample.txt\n%6d  a-notice.md\n%6d  total\n' "$n" 0 "$n"
	printf 'file\tcount\nb-sample.txt\t%d\na-notice.md\t0\n\t%d\n' "$n" "$n"
	printf '{"files":[\n{"file":"b-sample.txt","count":%d},\n{"file":"a-notice.md","count":0}\n],"total":%d}\n' "$n" "$n"
} >"$t/count.expected"
cat "$t/count.text" "$t/count.tsv" "$t/count.json" >"$t/count.all"
same "--count: per-file counts and the total ($n), text, TSV, JSON" "$t/count.expected" "$t/count.all"

# Two files in text: each match as FILE:LINE:COL:, the line and column
# of the report alone; each section line after FILE: and a space.
"$BAOGAO" --search=普法 b-sample.txt c-summary.docx >"$t/two.text"
rc=$?
"$BAOGAO" --search=普法 --format=tsv b-sample.txt | awk -F '\t' 'NR > 1 { print "b-sample.txt:" $1 ":" $2 ":" }' >"$t/alone.places"
grep -o '^b-sample\.txt:[0-9]*:[0-9]*:' "$t/two.text" >"$t/two.places"
same "two files, text: b-sample.txt's matches as FILE:LINE:COL:" "$t/alone.places" "$t/two.places"
check "two files, text: every line names its file; exit 0" awk -v rc=$rc '
	/^b-sample\.txt:([0-9]+:[0-9]+: | )/ { b++; next }
	/^c-summary\.docx:([0-9]+:[0-9]+: | )/ { c++; next }
	{ print "bad line: " $0; bad = 1 }
	END { exit bad || !b || !c || rc != 0 }' "$t/two.text"

# TSV: a first column file, one header, as many columns on every row.
"$BAOGAO" --search=普法 --format=tsv b-sample.txt c-summary.docx >"$t/two.tsv"
check "two files, TSV: header 'file' first, then the single file's; same columns everywhere" awk -F '\t' '
	NR == 1 { if ($0 != "file\tline\tcolumn\tsection\theading\tmatch\tcontext") exit 1; n = NF; next }
	$1 != "b-sample.txt" && $1 != "c-summary.docx" { exit 1 }
	NF != n { exit 1 }
	END { exit NR < 3 }' "$t/two.tsv"

# JSON: one array; each element starts with "file".
"$BAOGAO" --search=普法 --format=json b-sample.txt c-summary.docx >"$t/two.json"
rows=$(($(wc -l <"$t/two.tsv") - 1))
check "two files, JSON: one array of $rows matches, each with file first" awk -v rows=$rows '
	NR == 1 { if ($0 != "[") exit 1; next }
	/^\]$/ { end = NR; next }
	/^\{"file":"(b-sample\.txt|c-summary\.docx)","line":[0-9]+,/ { n++; next }
	{ exit 1 }
	END { exit !(end == NR && n == rows) }' "$t/two.json"

# A file that cannot be read among good ones: said with its name and
# why, the others printed, exit 2 (as GNU grep, even though some matched).
"$BAOGAO" --search=普法 --count b-sample.txt missing.txt a-notice.md >"$t/bad.out" 2>"$t/bad.err"
rc=$?
printf '%6d  b-sample.txt\n%6d  a-notice.md\n%6d  total\n' "$n" 0 "$n" >"$t/bad.expected"
same "an unreadable file: the others are counted" "$t/bad.expected" "$t/bad.out"
check "an unreadable file: exit 2, one line naming it and why" sh -c '
	[ '$rc' -eq 2 ] && [ "$(wc -l <"$1")" -eq 1 ] &&
	grep -qx "baogao: missing.txt: cannot open file: No such file or directory" "$1"' sh "$t/bad.err"

# Nothing matched in any report: 1.
"$BAOGAO" --search=没有这个词 b-sample.txt a-notice.md >"$t/none.out"
rc=$?
if [ $rc -eq 1 ] && [ ! -s "$t/none.out" ]; then ok "no match in any file: exit 1, no output"; else fail "no match in any file: exit $rc"; fi

# --outline and --figures: the report's own rows, with its file.
"$BAOGAO" --outline b-sample.txt a-notice.md >"$t/outline.text"
{ sed 's/^/b-sample.txt:/' "$GOLDEN/sample.outline.text"; "$BAOGAO" --outline a-notice.md | sed 's/^/a-notice.md:/'; } >"$t/outline.expected"
same "--outline on two files: each file's outline, every line after FILE:" "$t/outline.expected" "$t/outline.text"
"$BAOGAO" --outline --format=json b-sample.txt a-notice.md >"$t/outline.json"
"$BAOGAO" --figures --format=tsv b-sample.txt a-notice.md >"$t/figures.tsv"
{ printf '[\n{"file":"b-sample.txt",'; cut -c2- "$GOLDEN/sample.outline.json"; } >"$t/outline.head"
check "--outline --format=json on two files: one array, each outline with file first" sh -c '
	[ "$(wc -l <"$1")" -eq 4 ] && [ "$(tail -n 1 "$1")" = "]" ] &&
	sed -n 3p "$1" | grep -q "^{\"file\":\"a-notice.md\",\"title\":" &&
	head -n 2 "$1" | sed "2s/,\$//" | cmp -s - "$2"' sh "$t/outline.json" "$t/outline.head"
{ printf 'file\t'; head -n 1 "$GOLDEN/sample.figures.tsv"; tail -n +2 "$GOLDEN/sample.figures.tsv" | sed 's/^/b-sample.txt\t/'
  "$BAOGAO" --figures --format=tsv a-notice.md | tail -n +2 | sed 's/^/a-notice.md\t/'; } >"$t/figures.expected"
same "--figures --format=tsv on two files: a first column file, one header" "$t/figures.expected" "$t/figures.tsv"

# --list: a row per report, in three formats, its numbers those of
# --outline and --figures and of the file's size.
rows() { # FILE TITLE ISSUER DATE KIND
	printf '%s\t%s\t%s\t%s\t%s\t%d\t%d\t%d\n' "$1" "$2" "$3" "$4" "$5" "$(wc -c <"$1")" \
		"$("$BAOGAO" --outline --format=tsv "$1" | tail -n +2 | wc -l)" \
		"$("$BAOGAO" --figures --format=tsv "$1" | tail -n +2 | wc -l)"
}
{
	echo "file	title	issuer	date	kind	size	sections	figures"
	rows b-sample.txt 2023年法治建设工作总结 XX市XX区人力资源和社会保障局 2023-11-23 总结
	rows a-notice.md 上海市崇明区人民政府办公室关于印发2021年本区城市体检工作方案的通知 上海市崇明区人民政府办公室 2021-09-09 通知
} >"$t/list.expected"
"$BAOGAO" --list --format=tsv b-sample.txt a-notice.md >"$t/list.tsv"
same "--list, TSV: file, title, issuer, date, kind, size, sections, figures" "$t/list.expected" "$t/list.tsv"
"$BAOGAO" --list --format=json b-sample.txt a-notice.md >"$t/list.json"
awk -F '\t' 'NR == 1 { print "["; next }
	{ printf "%s{\"file\":\"%s\",\"title\":\"%s\",\"issuer\":\"%s\",\"date\":\"%s\",\"kind\":\"%s\",\"size\":%s,\"sections\":%s,\"figures\":%s}",
		(NR > 2 ? ",\n" : ""), $1, $2, $3, $4, $5, $6, $7, $8 }
	END { print "\n]" }' "$t/list.expected" >"$t/list.json.expected"
same "--list, JSON: the same rows as objects" "$t/list.json.expected" "$t/list.json"
"$BAOGAO" --list b-sample.txt a-notice.md >"$t/list.text"
check "--list, text: a header and a row per report, columns aligned by display width, title cut with …" sh -c '
	[ "$(wc -l <"$1")" -eq 3 ] || exit 1
	head -n 1 "$1" | grep -q "^file  *title  *issuer  *date  *kind  *bytes  *sections  *figures\$" || exit 1
	grep -q "^a-notice.md   上海市崇明区人民政府办公室关于印发2021…   上海市崇明区人民政府办…   2021-09-09  通知  " "$1" || exit 1
	# every row as wide as the header, and the issuer column where the header says
	w=$(head -n 1 "$1" | wc -L)
	at=$(head -n 1 "$1" | sed "s/issuer.*//" | wc -L)
	while IFS= read -r line; do
		[ "$(printf "%s\n" "$line" | wc -L)" -eq "$w" ] || exit 1
	done <"$1"
	[ "$(sed -n 2p "$1" | sed "s/XX市.*//" | wc -L)" -eq "$at" ]' sh "$t/list.text"

# Loaded in parallel, printed in order: 30 reports of different sizes,
# made in an order that is not their names', come out in byte order of
# their names, each with its own count.
mkdir "$t/many"
for i in 29 3 17 0 22 8 11 26 5 14 1 20 9 27 12 24 6 18 2 15 28 10 21 4 25 13 7 19 23 16; do
	if [ $((i % 3)) -eq 0 ]; then f=$SAMPLE; elif [ $((i % 3)) -eq 1 ]; then f=$FIXTURES/notice.md
	else f=$top_srcdir/tests/corpus/gwr-2018-national.txt; fi
	cp "$f" "$t/many/r$i.$(echo "$f" | sed 's/.*\.//')"
done
(cd "$t/many" && LC_ALL=C ls | LC_ALL=C sort | while read -r f; do
	printf '%6d  %s\n' "$(LC_ALL=C.UTF-8 "$BAOGAO" --search=法治 --count --format=tsv "$f" | awk -F '\t' 'NR == 2 { print $6 }')" "$t/many/$f"
done) >"$t/many.expected"
"$BAOGAO" --search=法治 --count "$t/many" | sed '$d' >"$t/many.count"
same "30 reports loaded in parallel: printed in order of their names, each with its count" \
	"$t/many.expected" "$t/many.count"

# One FILE prints exactly as before, without the file.
for format in text json; do
	"$BAOGAO" --search=普法 --format=$format b-sample.txt >"$t/one.$format"
done
cat "$t/one.text" "$t/one.json" >"$t/one.all"
cat "$GOLDEN/sample.search.text" "$GOLDEN/sample.search.json" >"$t/one.expected"
same "one FILE: the output of old, byte for byte" "$t/one.expected" "$t/one.all"

finish
