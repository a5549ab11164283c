#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tables.sh - a table wider than the text, in the browser under tmux
# (lib.sh): its widest column is narrowed to fit and its cells wrap inside
# their columns, every column starting in the same display column on each
# line; at a width where it fits, each row is one line.  Every capture is
# of a whole frame (see screen.sh).
: "${BAOGAO:?}"
. "$(dirname "$0")/lib.sh"

fixtures=$(cd "$(dirname "$0")/../fixtures" && pwd)

# column_of TEXT: the display column where TEXT starts in the detail pane.
column_of() {
	detail_part | grep -F -- "$1" | head -n 1 | "$columns" "$1" | cut -d' ' -f1
}

# wrapped: the 说明 cell of 地区生产总值 goes on in its own column on the
# next lines, beside the row's other cells on the first.
wrapped() {
	first=$(column_of "全市经济总量") && next=$(column_of "长，产业结构") &&
		[ -n "$first" ] && [ "$first" = "$next" ] &&
		detail_part | grep -F "全市经济总量" | grep -qF "增长5%左右" &&
		[ "$(column_of "城镇调查失业率")" = "$(column_of "地区生产总值")" ] &&
		[ "$(column_of "就业形势总体稳定")" = "$first" ]
}

start wide 100 24 "'$BAOGAO' --no-history --width=0 '$fixtures/wide-table.html'"
check "a table wider than the text wraps its cells inside their columns" wait_until wide wrapped
check "the borders stay aligned" wait_until wide borders_aligned 100
resize wide 200 24
one_line() {
	detail_part | grep -F "地区生产总值" | grep -qF "创新驱动作用持续增强"
}
check "where it fits, a row is one line" wait_until wide one_line
keys wide q
wait_dead wide

echo "1..$n"
exit $failed
