#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# compare.sh - baogao --compare OLD NEW in the browser under tmux (lib.sh):
# the outline of the comparison over two text panes, OLD left and NEW
# right of the border, that keep aligned sections on the same rows while
# they scroll; ] and [ go to the next and previous changed section.  Every
# capture is of a whole frame (see screen.sh).
: "${BAOGAO:?}"
. "$(dirname "$0")/lib.sh"

fixtures=$(dirname "$0")/../fixtures
corpus=$(dirname "$0")/../corpus

# first_row: the first row of the text panes (under the rule naming them).
first_row() {
	awk '/─ OLD /{ getline; print; exit }' "$work/screen"
}
# side_starts TEXT (left) TEXT (right): the first pane row begins with the
# one on the left of the border and the other on the right.
side_starts() {
	row=$(first_row)
	printf '%s\n' "$row" | sed 's/│.*//' | grep -q "^$1" &&
		printf '%s\n' "$row" | sed 's/^[^│]*│//' | grep -q "^$2"
}
# beside LEFT RIGHT: some pane row has LEFT at the start of the old side
# and RIGHT at the start of the new side.
beside() {
	grep "^$1[^│]*│$2" "$work/screen" >/dev/null
}

start f 120 30 "'$BAOGAO' --compare '$fixtures/compare-old.txt' '$fixtures/compare-new.txt'; echo \$? > '$work/f.status'"
check "the compare view opens on the first pair" wait_until f side_starts "一、2016年工作回顾" "一、过去五年工作回顾"
outline_marks() {
	grep -q '^~ 一、2016年工作回顾 -> 一、过去五年工作回顾' "$work/screen" &&
		grep -q '^- 二、存在的问题' "$work/screen" && grep -q '^+ 二、明年的主要任务' "$work/screen" &&
		grep -q '^  三、下一步打算' "$work/screen"
}
check "the outline marks sections changed, removed, added and the same" outline_marks
check "the removed and the added section face a note on the other side" \
	sh -c "grep -q '^二、存在的问题 *│(removed: not in NEW)' '$work/screen' &&
	       grep -q '^(added: not in OLD) *│二、明年的主要任务' '$work/screen'"

keys f ']'
check "] goes to the next changed section, both sides" wait_until f side_starts "（一）加强组织领导" "（一）加强组织领导"
keys f j j j
check "scrolling keeps the panes on aligned sections" wait_until f side_starts "（二）推进依法行政" "（二）推进依法行政"
check "and further down too: 三、 beside 三、" given $? beside "三、下一步打算 *" "三、下一步打算"
keys f ']'
check "] from there: the removed section" wait_until f side_starts "二、存在的问题" "(removed: not in NEW)"
keys f '['
check "[ goes back to the previous changed section" wait_until f side_starts "（二）推进依法行政" "（二）推进依法行政"
keys f '?'
check "? lists the view's keys, ] among them" wait_until f sh -c "grep -q '^ ] *To the next section that changed' '$work/screen' && ! grep -q 'Search as you type' '$work/screen'"
keys f '?'
check "? again: the panes are back" wait_until f side_starts "（二）推进依法行政" "（二）推进依法行政"
keys f q
wait_dead f
check "q quits with status 0" test "$(cat "$work/f.status" 2>/dev/null)" = 0

# Two national government work reports: after } N times the Nth row of
# the comparison after the first is at the top, its old heading on the
# left and its new heading on the right, as --format=tsv pairs them.
"$BAOGAO" --compare --format=tsv "$corpus/gwr-2018-national.txt" "$corpus/gwr-2019-national.txt" |
	awk -F'\t' '$1 == "section" { print $4 $5 "\t" $7 $8 }' >"$work/rows"
# heading_of N SIDE: the first characters of the Nth row's heading on SIDE
# (1 old, 2 new); "(added" or "(removed" for none.
heading_of() {
	h=$(sed -n "$1p" "$work/rows" | cut -f"$2")
	if [ -z "$h" ]; then
		[ "$2" = 1 ] && echo "(added" || echo "(removed"
	else
		printf '%s\n' "$h" | sed 's/^\(.\{1,6\}\).*/\1/'
	fi
}
start g 120 30 "'$BAOGAO' --compare '$corpus/gwr-2018-national.txt' '$corpus/gwr-2019-national.txt'"
check "2018 against 2019 opens on 一、 beside 一、" wait_until g side_starts "一、过去五年工作回顾" "一、2018年工作回顾"
keys g '}' '}'
check "} twice: the third row, $(heading_of 3 1) beside $(heading_of 3 2)" \
	wait_until g side_starts "$(heading_of 3 1)" "$(heading_of 3 2)"
keys g '}' '}' '}' '}' '}'
check "} five times more: the eighth row, $(heading_of 8 1) beside $(heading_of 8 2)" \
	wait_until g side_starts "$(heading_of 8 1)" "$(heading_of 8 2)"
# aligned_all: every heading of OLD at the start of a left pane row has its
# partner (or the note) at the start of the right side of that row, every
# heading of NEW on the right its partner (or the note) on the left, and
# one such row at least is on screen.
aligned_all() {
	seen=0
	rows=$(wc -l <"$work/rows")
	i=1
	while [ $i -le "$rows" ]; do
		o=$(heading_of $i 1)
		w=$(heading_of $i 2)
		if { [ "$o" != "(added" ] && grep -q "^$o[^│]*│" "$work/screen"; } ||
		   { [ "$w" != "(removed" ] && grep -q "│$w" "$work/screen"; }; then
			grep -q "^$o[^│]*│$w" "$work/screen" || return 1
			seen=$((seen + 1))
		fi
		i=$((i + 1))
	done
	[ $seen -ge 1 ]
}
keys g j j j
check "three lines down: the pairs on screen stay on one row each" wait_until g aligned_all
keys g ' ' ' ' ' ' ' ' '}'
check "four pages down and on to the next row: the same" wait_until g aligned_all
keys g G
check "G: the last row of the comparison" wait_for g "§$(wc -l <"$work/rows" | tr -d ' ')/$(wc -l <"$work/rows" | tr -d ' ') "
keys g q
wait_dead g

echo "1..$n"
exit $failed
