#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# figures.sh - the figures panel at work, in the real browser under tmux
# (lib.sh): its columns (kind, figure, value and unit, subject, section)
# aligned whatever the characters' widths, o sorting the rows, t keeping
# one kind, / keeping the rows that hold a text, the header's counts, the
# panel shrinking to a section with few figures, and y copying a figure's
# row (OSC 52).  Every capture is of a whole frame (see screen.sh).
: "${BAOGAO:?}"
. "$(dirname "$0")/lib.sh"

data=${BAOGAO_DATADIR:-$(dirname "$0")/../../data}
sample=$data/sample.txt
report=$data/../tests/corpus/web-gwr-2006-govcn.txt

# The panel: the rows from its header to the status line (left out).
panel() {
	sed -n '/─ Figures /,$p' "$work/screen" | sed '$d'
}
# Its rows under the header.
panel_rows() {
	panel | sed 1d
}
# The figures of the panel's rows, top to bottom, on one line.
panel_figures() {
	panel_rows | awk 'NF >= 2 { printf "%s%s", sep, $2; sep = " " } END { print "" }'
}
# header_has TEXT: the panel's header holds TEXT.
header_has() {
	panel | head -n 1 | grep -qF -- "$1"
}
# figures_are LIST: the panel's rows show those figures, in that order.
figures_are() {
	[ "$(panel_figures)" = "$1" ]
}
# The row (1-based) of the screen where the panel's header stands.
header_row() {
	grep -n '─ Figures ' "$work/screen" | cut -d: -f1
}

# ---- columns, counts, the panel's height -----------------------------------
start fig 100 30 "'$BAOGAO' '$sample'"
wait_for fig "一、推进法治建设的主要举措和成效" >/dev/null
at_one_three() {
	detail_row 1 | grep -q '^ *一、推进法治建设' && detail_row 2 | grep -q '^ *（三）加强普法宣传'
}
keys fig 1 j j j
wait_until fig at_one_three >/dev/null
went=$?
keys fig f
check "f opens the panel of 一、（三）: the header counts each kind" \
	given $went wait_until fig header_has "[all 6] · quantity 4 · date 2"
check "the header names the order: by position" header_has "by position"
check "the status line names the panel's keys" screen_has "o sort  t kind  / filter  y copy"
check "its rows are the six figures in document order" \
	figures_are "4.15 6.26 80个 3860人 360人 291人"
check "a row shows the kind, the figure, the value and unit, the subject, the section" \
	sh -c "grep -q '^ quantity  *80个  *80 个  *职业技能培训  *一、（三）三是结合XX区' '$work/screen'"
# Every row's section starts in one display column, after figures of one
# or two columns a character (4.15, 3860人).
section_aligned() {
	panel_rows | "$columns" '一、（三）' > "$work/columns" &&
		[ "$(wc -l < "$work/columns")" -eq 6 ] &&
		[ "$(cut -d' ' -f1 "$work/columns" | sort -u | wc -l)" -eq 1 ] &&
		[ "$(cut -d' ' -f1 "$work/columns" | sort -u)" -gt 20 ]
}
check "the section column starts in one display column on every row" section_aligned
check "the panel is as tall as its six rows and header: it starts on row 23 of 30" \
	test "$(header_row)" = 23
narrow_enough() {
	"$columns" '│' < "$work/screen" | awk '$2 > 100 { bad = 1 } END { exit bad }'
}
check "no row is wider than the screen" narrow_enough

# ---- o: the order ----------------------------------------------------------
keys fig o
check "o sorts by value: the largest first, the dates (no value) last" \
	wait_until fig figures_are "3860人 360人 291人 80个 4.15 6.26"
check "the header says by value" header_has "by value"
keys fig o
check "o again sorts by kind: the quantities, then the dates" \
	wait_until fig figures_are "80个 3860人 360人 291人 4.15 6.26"
keys fig o
check "o a third time: by position again" \
	wait_until fig figures_are "4.15 6.26 80个 3860人 360人 291人"

# ---- t: one kind -----------------------------------------------------------
keys fig t
check "t keeps the money: none here, and the header says so" \
	wait_until fig header_has "money only  all 6 · [money 0]"
check "the panel says no figure matches" screen_has "no figures match"
keys fig t t
check "t t: percent, then quantity: its four rows" \
	wait_until fig figures_are "80个 3860人 360人 291人"
check "the header names the kind kept, and brackets its count" \
	header_has "by position  quantity only  all 6 · [quantity 4]"
check "the panel shrinks to its four rows: it starts on row 25" test "$(header_row)" = 25
keys fig t t t
check "t t t: date, document number, every kind again" \
	wait_until fig header_has "[all 6]"

# ---- /: a text ---------------------------------------------------------------
keys fig /
text fig 培训
check "/ in the panel keeps the rows whose figure, subject or section holds 培训" \
	wait_until fig figures_are "80个 3860人 360人 291人"
check "the status line shows the filter prompt" screen_has "figures/培训"
keys fig Enter
check "Enter keeps it; the header shows it and the counts of what it keeps" \
	wait_until fig header_has "by position  /培训  [all 4] · quantity 4"
keys fig Escape
check "Esc in the panel clears it" wait_until fig figures_are "4.15 6.26 80个 3860人 360人 291人"
keys fig /
text fig ｘｘ
check "the text is folded as search folds it: ｘｘ finds XX in the section" \
	wait_until fig figures_are "80个 3860人 360人 291人"
keys fig Enter /
keys fig Enter
check "an empty filter shows every row again" \
	wait_until fig figures_are "4.15 6.26 80个 3860人 360人 291人"

# ---- Enter: the figure in the text -----------------------------------------
# The whole report's figures (a), whose rows do not change as the text
# scrolls; the selected one follows the reading position.
# top_holds TEXT: the first text row of the text pane holds TEXT.
top_holds() {
	detail_row 2 | grep -qF -- "$1"
}
keys fig a g j
check "all the figures: g j selects 4.15 and shows its line at the top of the text" \
	wait_until fig top_holds "4.15"
keys fig w w k k k
check "the text scrolled up three lines" wait_until fig sh -c "! sed -n 3p '$work/screen' | grep -q 4.15"
keys fig w Enter
check "Enter in the panel shows the selected figure (4.15) again" wait_until fig top_holds "4.15"
keys fig a
wait_until fig header_has "Figures （三）" >/dev/null

# ---- the panel shrinks to a section with few figures -----------------------
keys fig Tab 2 j
check "二、（一） has two figures: a panel of three rows, from row 27" \
	wait_until fig sh -c "[ \"\$(grep -n '─ Figures （一）' '$work/screen' | cut -d: -f1)\" = 27 ]"
check "and the text takes the rest: 25 rows" \
	test "$(grep -c '│' "$work/screen")" = 25
keys fig q
wait_dead fig

# ---- y: the figure's row to the clipboard -----------------------------------
start copy 100 30 "'$BAOGAO' '$sample'"
T pipe-pane -O -t copy "cat > '$work/copy.raw'"
wait_for copy "一、推进法治建设的主要举措和成效" >/dev/null
keys copy 1 j j j
wait_until copy at_one_three >/dev/null
keys copy f j j y
check "y in the panel says the figure's row was copied" \
	wait_for copy "of the figure's row to the clipboard"
printf 'quantity\t80个\t80 个\t职业技能培训\t一、（三）三是结合XX区农村劳动力职业技能培训工作' \
	> "$work/copy.want"
check "the OSC 52 sequence decodes to the row: kind, figure, value, subject, section, tab-separated" \
	eventually osc52_decodes
keys copy q
wait_dead copy

# ---- a whole report at 120x35 and at 80x24 ---------------------------------
start gwr 120 35 "'$BAOGAO' '$report'"
wait_for gwr "去年工作回顾" >/dev/null
keys gwr a
check "a lists the whole report's figures, each kind counted" \
	wait_until gwr header_has "[all 351] · money 138 · percent 42 · quantity 126 · duration 30 · date 15"
keys gwr o t
# values_descend: the values (third field) of the rows never grow.
values_descend() {
	panel_rows | awk '{ if (NR > 1 && $3 + 0 > last + 0) bad = 1; last = $3 } END { exit bad || NR < 5 }'
}
check "o t: the money only, by value" \
	wait_until gwr header_has "by value  money only  all 351 · [money 138]"
first_money() {
	panel_rows | head -n 1 | grep -q '^ money  *18.23万亿元  *18230000000000 元'
}
check "the first money row is 18.23万亿元 (18230000000000 元)" first_money
check "the values go down the rows" values_descend
wide_ok() {
	"$columns" '│' < "$work/screen" | awk -v w="$1" '$2 > w { bad = 1 } END { exit bad }'
}
check "no row is wider than 120 columns" wide_ok 120
resize gwr 80 24
check "at 80x24 the header still names the kind kept" wait_until gwr header_has "money only"
check "no row is wider than 80 columns" wide_ok 80
sed '/─ Figures /,$d' "$work/screen" > "$work/top"
cp "$work/screen" "$work/whole"
{ cat "$work/top"; echo; } > "$work/screen"
check "the rows above the panel keep their border at 80 columns" borders_aligned 80
cp "$work/whole" "$work/screen"
keys gwr q
wait_dead gwr

echo "1..$n"
exit $failed
