#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# library.sh - several reports in the real browser under tmux (lib.sh): the
# library lists every report (and a file that cannot be read, with its
# error) in aligned columns, Enter opens one, :n and :p go between them
# with each report's place kept, L comes back to the list, s sorts, and /
# searches every report: a tree of reports and sections with counts, Enter
# opening the right report at the match, n going on into the next report.
# Every capture is of a whole frame (see screen.sh).
: "${BAOGAO:?}"
. "$(dirname "$0")/lib.sh"

corpus=${top_srcdir:-$(dirname "$0")/../..}/tests/corpus
lib=$work/reports
mkdir -p "$lib"
# in the library's order (the directory's, by name): 政府工作报告 (2018),
# the Jiading notice (2024), the 2023 summary; then the missing file
cp "$corpus/gwr-2018-national.txt" "$corpus/notice-jiading-sponge-city-2024.md" \
	"$corpus/summary-2023-fazhi-sample.txt" "$lib/"

# every_row_fits WIDTH: no row of the screen is wider than WIDTH columns.
every_row_fits() {
	"$columns" "@@" < "$work/screen" | awk -v w="$1" '$2 > w { bad = 1 } END { exit bad }'
}

# dates_aligned: the header's "date" and each report's date start in the
# same display column.
dates_aligned() {
	for mark in date 2018-03-05 2024-10-10 2023-11-23; do
		grep -F -- "$mark" "$work/screen" | head -n 1 | "$columns" "$mark" | cut -d' ' -f1
	done | sort -u > "$work/date-columns"
	[ "$(wc -l < "$work/date-columns")" -eq 1 ] && [ "$(cat "$work/date-columns")" -gt 0 ]
}

listed() {
	screen_has "政府工作报告" && screen_has "上海市嘉定区人民政府办公室" &&
		screen_has "2023年法治建设工作总结" && screen_has "4 reports, 1 unreadable"
}

# the exit status is written down: tmux does not always have it
start lib 120 35 "cd '$work' && '$BAOGAO' reports missing.txt; echo \$? > '$work/lib.status'"
check "the library lists every report once they are loaded" wait_until lib listed
check "the file that cannot be read has a row with its error" \
	grep -q "missing.txt  *cannot open file: No such file or directory" "$work/screen"
check "each row's kind and numbers: 报告, 61K, 67 sections, 185 figures" \
	grep -q "政府工作报告 .*2018-03-05  报告  *61K  *67  *185" "$work/screen"
check "the dates of wide titles and issuers line up under the header" dates_aligned
check "no row is wider than the terminal (120)" every_row_fits 120

# ---- Enter, :n, :p, L ---------------------------------------------------
keys lib Enter
check "Enter opens the first report in the panes" wait_until lib outline_has "一、过去五年工作回顾"
keys lib 3
check "3 goes to its 三、" wait_until lib eval 'detail_row 2 | grep -q "三、对2018年政府工作的建议"'
keys lib : n
check ":n opens the next report, the Jiading notice" \
	wait_for lib "report 2 of 4: 上海市嘉定区人民政府办公室"
keys lib : p
check ":p comes back to 政府工作报告, still at 三、" \
	wait_until lib eval 'detail_row 2 | grep -q "三、对2018年政府工作的建议"'
check "and says which report it is" screen_has "report 1 of 4: 政府工作报告"
keys lib L
check "L shows the library again" wait_until lib listed

# ---- s -----------------------------------------------------------------
newest_first() {
	screen_has "sorted by date" &&
		[ "$(grep -n "2024-10-10" "$work/screen" | cut -d: -f1)" -lt \
		  "$(grep -n "2018-03-05" "$work/screen" | cut -d: -f1)" ]
}
keys lib s
check "s sorts the reports by date, newest first" wait_until lib newest_first
keys lib s s s
check "three more s: back to the files' order" wait_for lib "sorted by file"

# ---- / across the reports ---------------------------------------------
# 普法: once in the 2018 report, 36 times in the summary, not in the notice
count_of() {
	"$BAOGAO" --search=普法 --count "$lib/$1" | awk '$2 == "total" { print $1 }'
}
both_counted() {
	grep -q "^ 政府工作报告  reports/gwr-2018-national.txt  *$(count_of gwr-2018-national.txt)\$" "$work/screen" &&
		grep -q "^ 2023年法治建设工作总结  reports/summary-2023-fazhi-sample.txt  *$(count_of summary-2023-fazhi-sample.txt)\$" "$work/screen" &&
		screen_has "普法: 37 matches in 2 of 3 reports"
}
keys lib /
text lib "普法"
keys lib Enter
check "/ 普法 lists both reports that hold it with their counts (1 and 36), as --search --count" \
	wait_until lib both_counted
check "and under each, its sections: 打造共建共治共享社会治理格局 with 1" \
	grep -q "^ *打造共建共治共享社会治理格局  *1\$" "$work/screen"
check "the notice, without the word, is not listed" screen_lacks "上海市嘉定区"
at_gwr_match() {
	screen_has "普法 1/1" && detail_row 2 | grep -q "落实普法责任制" &&
		detail_row 1 | grep -q "打造共建共治共享社会治理格局"
}
keys lib j Enter
check "Enter on the section opens 政府工作报告 at the match (line 97) on the top row" \
	wait_until lib at_gwr_match
at_summary_match() {
	screen_has "search continues in the next report: 2023年法治建设工作总结" &&
		screen_has "普法 1/36" && detail_row 2 | grep -q "^ *普法强基补短板专项行动"
}
keys lib n
check "n past its only match goes on into the summary's first (line 4) on the top row, and says so" \
	wait_until lib at_summary_match

# ---- 80x24 ---------------------------------------------------------------
keys lib L
check "L comes back to the search's rows, where the report was opened" \
	wait_for lib "普法: 37 matches in 2 of 3 reports"
keys lib Escape
check "Esc goes back from them to the list" wait_until lib listed
resize lib 80 24
narrow() {
	listed && every_row_fits 80 && dates_aligned
}
check "at 80x24 the list still lines up and nothing spills past the pane" wait_until lib narrow
keys lib q
check "q quits" wait_dead lib
check "with status 0" [ "$(cat "$work/lib.status" 2>/dev/null)" = 0 ]

# ---- many reports: the list first, then the reports as they load --------
# Each report eight copies of the 2018 report (some 490 KB): the whole
# library takes long enough to load that its first frames come before
# the last report, however fast the machine.
many=$work/many
mkdir -p "$many"
for k in 1 2 3 4 5 6 7 8; do cat "$corpus/gwr-2018-national.txt"; done >"$work/eight.txt"
i=100
while [ $i -lt 250 ]; do
	cp "$work/eight.txt" "$many/r$i.txt"
	i=$((i + 1))
done
loading() {
	grep -q "[0-9]*/150 loaded *$" "$work/screen" && screen_has "title  "
}
start many 100 30 "'$BAOGAO' '$many'"
# (the screen changes with every report loaded: waiting for it to hold
# still can take as long as the whole load)
check "150 reports: the list shows at once, with a progress line (N/150 loaded)" \
	wait_seen many loading
all_loaded() {
	tail -n 1 "$work/screen" | grep -q " 150 reports *\$"
}
check "and fills in until all are there" wait_until many all_loaded
check "each row then the report's own" eval 'test "$(grep -c "政府工作报告 .*2018-03-05" "$work/screen")" -eq 27'
keys many q
wait_dead many

# ---- one file: no library ---------------------------------------------
start one 100 30 "'$BAOGAO' '$lib/summary-2023-fazhi-sample.txt'"
check "one file opens as before, in the panes" wait_until one outline_has "一、推进法治建设"
keys one L
check "L there says there is no library" wait_for one "one report: no library"
keys one q
wait_dead one

echo "1..$n"
exit $failed
