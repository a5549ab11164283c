#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# habits.sh - the habits a reader brings from less, in the real browser
# under tmux (lib.sh): a count before a key (12g to source line 12, 50%),
# :N Enter, source line numbers in the margin (-N), marks (ma, 'a), and
# the place a report was left, found again when it is reopened.  Every
# capture is of a whole frame (see screen.sh).
: "${BAOGAO:?}"
. "$(dirname "$0")/lib.sh"

sample=${BAOGAO_DATADIR:-$(dirname "$0")/../../data}/sample.txt

# top_text N: the first text row of the detail pane begins with the first
# 12 characters of source line N (row 1 is the breadcrumb).
top_text() {
	want=$(sed -n "$1p" "$sample" | grep -o "^.\{12\}")
	detail_row 2 | sed 's/^ *//' | grep -qF -- "$want"
}

# ---- go to ------------------------------------------------------------
start go 100 30 "'$BAOGAO' '$sample'"
check "the sample opens" wait_for go "一、推进法治建设的主要举措和成效"
keys go 1 2 g
check "12g shows source line 12 at the top of the text" wait_until go top_text 12
keys go "'" "'"
check "'' goes back to where the count began: the start" wait_until go top_text 2
keys go : 1 4 Enter
check ":14 Enter shows line 14 (三、存在问题) at the top" wait_until go top_text 14
keys go 2 0 G
check "20G shows line 20" wait_until go top_text 20

# ---- line numbers ----------------------------------------------------
# numbered_row N: the detail pane has a row numbered N whose text is the
# start of source line N (sed -n Np).
numbered_row() {
	want=$(sed -n "$1p" "$sample" | grep -o "^.\{10\}")
	[ -n "$want" ] && detail_part | grep -q "^ *$1 *$want"
}
# unnumbered: no row of the detail pane starts with a number.
unnumbered() {
	! detail_part | sed 1d | grep -q '^ *[0-9][0-9]* '
}
keys go 1 2 g - N
check "-N shows line numbers: the row numbered 12 is sed -n 12p" wait_until go numbered_row 12
check "and so is the row numbered 13 below it" numbered_row 13
keys go - N
check "-N again hides them" wait_until go unnumbered
start numbered 100 30 "'$BAOGAO' -N '$sample'"
check "baogao -N opens with line numbers: line 2, the title" wait_until numbered numbered_row 2
keys numbered 5 0 %
# half the sample's text is inside line 9, the longest paragraph
top_numbered() {
	detail_row 2 | grep -q "^ *$1 "
}
check "50% goes to the middle of the text: inside line 9, numbered on the top row" \
	wait_until numbered top_numbered 9
keys numbered 0 p
check "0p goes back to the start: line 2" wait_until numbered top_numbered 2

# ---- marks -------------------------------------------------------------
keys numbered 3 m a
check "ma at 三、 says the mark is set" wait_for numbered "mark a set"
# at_end: the last line of the sample's text (22, the date) is on screen
# and 三、 (14) is not at the top.
at_end() {
	detail_part | grep -q '^ *22 *2023年11月23日' && ! top_numbered 14
}
keys numbered G
check "G goes to the end" wait_until numbered at_end
keys numbered "'" a
check "'a comes back: 三、 (line 14) at the top" wait_until numbered top_text 14
keys numbered "'" b
check "'b, never set, says so" wait_for numbered "mark b is not set"
keys numbered "'" "'"
check "'' still goes back to where the last jump began: the end" \
	wait_until numbered at_end

echo "1..$n"
exit $failed
