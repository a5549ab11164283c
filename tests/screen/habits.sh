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
	want=$(sed -n "$1p" "$sample" | grep -o "^.\{1,12\}")
	[ -n "$want" ] && detail_row 2 | sed 's/^ *//' | grep -qF -- "$want"
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
	want=$(sed -n "$1p" "$sample" | grep -o "^.\{1,10\}")
	[ -n "$want" ] && detail_part | grep -q "^ *$1 *$want"
}
# unnumbered: line 12 is still at the top, and no row of the detail pane
# starts with a number.
unnumbered() {
	top_text 12 && ! detail_part | sed 1d | grep -q '^ *[0-9][0-9]* '
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

# ---- where you were ----------------------------------------------------
# Each session has a home of its own (lib.sh); these share one on purpose.
home=$work/keep.home
state=$home/.local/state/baogao/history
start keep 100 30 "'$BAOGAO' '$sample'; echo \$? > '$work/keep.status'"
wait_for keep "一、推进法治建设的主要举措和成效" >/dev/null
keys keep 3 m a 1 q
wait_dead keep
check "quitting at 一、 (mark a at 三、) writes the state file under \$HOME" \
	test -s "$state" -a "$(cat "$work/keep.status" 2>/dev/null)" = 0
start back 100 30 "HOME='$home' '$BAOGAO' '$sample'"
check "reopened, the text shows 一、 at the top, where it was left" wait_until back top_text 5
keys back 3
wait_until back top_text 14 >/dev/null
keys back q
wait_dead back
start back2 100 30 "HOME='$home' '$BAOGAO' '$sample'"
check "quit at 三、, reopened: the text shows 三、 at the top" wait_until back2 top_text 14
keys back2 1 "'" a
check "and mark a, kept with it, still goes to 三、" wait_until back2 top_text 14
keys back2 4
wait_until back2 top_text 17 >/dev/null
# a dropped ssh connection: SIGHUP at 四、 keeps the place too
kill -HUP "$(pgrep -P "$(T display -p -t back2 '#{pane_pid}')" | head -n 1)"
wait_dead back2
start back3 100 30 "HOME='$home' '$BAOGAO' '$sample'"
check "ended by SIGHUP at 四、, reopened: the text shows 四、 at the top" wait_until back3 top_text 17
keys back3 q
wait_dead back3

cp "$sample" "$work/changed.txt"
start change 100 30 "HOME='$home' '$BAOGAO' '$work/changed.txt'"
wait_for change "一、推进法治建设的主要举措和成效" >/dev/null
keys change 3 q
wait_dead change
echo "再补充一段。" >> "$work/changed.txt"
start change2 100 30 "HOME='$home' '$BAOGAO' '$work/changed.txt'"
check "a file changed since (its size) opens at its start" wait_until change2 top_text 2
keys change2 q
wait_dead change2

# Two at once: each writes a file of its own and renames it over the
# state file; whichever is last, the file is whole.
cp "$sample" "$work/other.txt"
start one 100 30 "HOME='$home' '$BAOGAO' '$sample'"
start two 100 30 "HOME='$home' '$BAOGAO' '$work/other.txt'"
wait_for one "一、推进法治建设的主要举措和成效" >/dev/null
wait_for two "一、推进法治建设的主要举措和成效" >/dev/null
keys one 2
keys two 4
wait_until one top_text 10 >/dev/null
wait_until two top_text 17 >/dev/null
T send-keys -t one q \; send-keys -t two q
wait_dead one
wait_dead two
whole_state() {
	head -n 1 "$state" | grep -qx 'baogao-history 1' &&
		[ "$(sed 1d "$state" | grep -cv '^[0-9]* -\{0,1\}[0-9]*\.[0-9]\{9\} [0-9]*:[0-9]* [-a-zA-Z0-9:,]* /[^ ]*$')" = 0 ] &&
		[ "$(sed 1d "$state" | wc -l)" -ge 2 ] &&
		[ -z "$(find "$(dirname "$state")" -name 'history.*')" ]
}
check "two baogaos quitting at once leave a whole state file, no temporary beside it" whole_state

empty=$work/empty
mkdir -p "$empty"
start none 100 30 "HOME='$empty' XDG_STATE_HOME='$empty/state' '$BAOGAO' --no-history '$sample'; echo \$? > '$work/none.status'"
wait_for none "一、推进法治建设的主要举措和成效" >/dev/null
keys none 3 m a q
wait_dead none
check "--no-history writes nothing under \$HOME or \$XDG_STATE_HOME" \
	test -z "$(find "$empty" -mindepth 1)" -a "$(cat "$work/none.status" 2>/dev/null)" = 0

bad=$work/bad.home/.local/state/baogao
mkdir -p "$bad"
printf 'baogao-history 1\n12 3.000000000 4:5 - /x\n%s' 'no newline at the end' > "$bad/history"
start bad 200 30 "HOME='$work/bad.home' '$BAOGAO' '$sample'; echo \$? > '$work/bad.status'"
check "a corrupt state file: a one-line warning on the status line" \
	wait_for bad "history ignored: unusable state file: line 3: cut short"
keys bad 3 q
wait_dead bad
check "no crash (status 0), and the file is replaced by a good one" \
	test "$(cat "$work/bad.status" 2>/dev/null)" = 0 -a "$(head -n 1 "$bad/history")" = "baogao-history 1"

newer=$work/newer.home/.local/state/baogao
mkdir -p "$newer"
printf 'baogao-history 7\nwhat a later baogao writes\n' > "$newer/history"
cp "$newer/history" "$work/newer.before"
start newer 200 30 "HOME='$work/newer.home' '$BAOGAO' '$sample'; echo \$? > '$work/newer.status'"
check "a state file of a newer baogao: a warning" \
	wait_for newer "history ignored: state file of a newer baogao, left as it is: version 7"
keys newer 3 q
wait_dead newer
check "and it is left as it is" cmp -s "$newer/history" "$work/newer.before"

unreadable=$work/unreadable.home/.local/state/baogao
mkdir -p "$unreadable/history"
start unreadable 200 30 "HOME='$work/unreadable.home' '$BAOGAO' '$sample'; echo \$? > '$work/unreadable.status'"
check "a state file that cannot be read (a directory): a warning" \
	wait_for unreadable "history ignored: read error: not a regular file"
keys unreadable q
wait_dead unreadable
check "no crash (status 0)" test "$(cat "$work/unreadable.status" 2>/dev/null)" = 0

# A report of 2 MiB or more opens in parts: left far beyond the first
# part, it goes back there once the whole is loaded.
parts_report 3 "$sample" > "$work/big.txt"
far=$(grep -n '^第200部分' "$work/big.txt" | cut -d: -f1)
sample=$work/big.txt
start big 100 30 "HOME='$home' '$BAOGAO' '$work/big.txt'"
wait_for big '? help' >/dev/null
text big "${far}g"
wait_until big top_text "$far" >/dev/null
keys big q
wait_dead big
start big2 100 30 "HOME='$home' '$BAOGAO' '$work/big.txt'"
check "a 3 MB report left at 第200部分 (line $far) opens there once it is all loaded" \
	wait_until big2 top_text "$far"
keys big2 q
wait_dead big2
sample=${BAOGAO_DATADIR:-$(dirname "$0")/../../data}/sample.txt

# ---- y: the section to the clipboard (OSC 52) ----------------------------
# What baogao writes to the terminal, raw, from tmux's pipe-pane; tmux
# itself takes the sequence into a paste buffer with set-clipboard on.
start copy 100 30 "'$BAOGAO' '$sample'"
T set -g set-clipboard on
T pipe-pane -O -t copy "cat > '$work/copy.raw'"
wait_for copy "一、推进法治建设的主要举措和成效" >/dev/null
keys copy 3 y
check "y says the section was copied" wait_for copy "to the clipboard"
sed -n 14,16p "$sample" | sed 's/[[:space:]]*$//' | awk 'NR > 1 { printf "\n" } { printf "%s", $0 }' \
	> "$work/copy.want"
check "the raw output holds ESC ] 52 ; c ; BASE64 BEL, and it decodes to 三、's text (sed -n 14,16p)" \
	eventually osc52_decodes
check "inside tmux it is also sent through passthrough (ESC P tmux; ...)" \
	grep -q "$(printf '\033Ptmux;\033\033')]52;c;" "$work/copy.raw"
T show-buffer > "$work/copy.buffer" 2>/dev/null
check "tmux (set-clipboard on) took it into a paste buffer: the same text" \
	cmp -s "$work/copy.buffer" "$work/copy.want"

# ---- a count and Enter: the top-level sections past 9 -------------------
# A summary with parts （一） to （十九）: 1 and 2 alone would go to （一）
# and （二）; 1 2 Enter goes to （十二）.
start many 100 30 "'$BAOGAO' '$BAOGAO_DATADIR/../tests/corpus/summary-mao-1946-three-months.md'"
wait_for many "（一）" >/dev/null
keys many 1 2 Enter
twelfth() {
	detail_row 2 | grep -q '^ *（十二）过去三个月经验证明'
}
check "12 Enter goes to the twelfth top-level section, （十二）" wait_until many twelfth
keys many 4 0 Enter
check "40 Enter, past the last: says there is no such section" wait_for many "no top-level section 40"
keys many q
wait_dead many

echo "1..$n"
exit $failed
