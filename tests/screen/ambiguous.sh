#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# ambiguous.sh - --ambiguous in the real browser under tmux (lib.sh).
# tmux draws East Asian Ambiguous characters narrow and has no option to
# draw them wide, so what is checked here is what can be seen on a narrow
# terminal: --ambiguous=wide draws borders and markers in ASCII, in one
# column on every row; auto asks tmux, which answers narrow, and leaves
# nothing of the question on the screen; auto with a wide probe (中, as a
# wide terminal would draw “) takes wide.  That curses counts “ two
# columns in wide mode, and the question answered by a wide terminal,
# are in tests/unit/test_ambiguous.c.
: "${BAOGAO:?}"
. "$(dirname "$0")/lib.sh"

sample=${BAOGAO_DATADIR:-$(dirname "$0")/../../data}/sample.txt

# ascii_outline: markers + and -, no Unicode border or marker anywhere.
ascii_outline() {
	screen_has "- 一、推进法治" && screen_lacks "│" && screen_lacks "▾" && screen_lacks "▸" &&
		screen_lacks "…"
}

# unicode_outline: the usual borders and markers.
unicode_outline() {
	screen_has "▾ 一、推进法治" && screen_has "│"
}

# clean_top: the title bar is the first row, nothing of the question
# (ESC [ 6 n) or its answer (ESC [ row ; col R) left on the screen.
clean_top() {
	head -n 1 "$work/screen" | grep -q '^ 2023年法治建设工作总结' &&
		! grep -q '6n\|;[0-9]*R\|\^\[' "$work/screen"
}

start wide 100 30 "exec '$BAOGAO' --no-history --ambiguous=wide '$sample'"
check "--ambiguous=wide: the outline opens, markers in ASCII" wait_until wide ascii_outline
check "--ambiguous=wide: borders drawn with | in one column" borders_aligned 100 '|'
keys wide q
check "--ambiguous=wide: q quits" wait_dead wide

start narrow 100 30 "exec '$BAOGAO' --no-history --ambiguous=narrow '$sample'"
check "--ambiguous=narrow: the usual borders and markers" wait_until narrow unicode_outline
keys narrow q
wait_dead narrow

start auto 100 30 "exec '$BAOGAO' --no-history --ambiguous=auto '$sample'"
check "--ambiguous=auto on tmux (narrow): the usual borders and markers" \
	wait_until auto unicode_outline
check "--ambiguous=auto: borders in one column" borders_aligned 100
check "--ambiguous=auto: nothing of the question or the answer on the screen" clean_top
keys auto q
wait_dead auto

start probe 100 30 "BAOGAO_TEST_AMBIGUOUS_PROBE=中 exec '$BAOGAO' --no-history --ambiguous=auto '$sample'"
check "--ambiguous=auto, a terminal answering column 3: wide, markers in ASCII" \
	wait_until probe ascii_outline
check "and borders with | in one column" borders_aligned 100 '|'
check "and nothing of the question or the answer on the screen" clean_top
keys probe q
check "q quits" wait_dead probe

echo "1..$n"
exit $failed
