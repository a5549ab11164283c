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
	want=$(sed -n "$1p" "$sample" | cut -c1-36)
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

echo "1..$n"
exit $failed
