#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# lib.sh - what the screen tests share (sourced, with BAOGAO set): a private
# tmux server, sessions whose frames baogao counts, keys sent and whole
# frames waited for (see screen.sh for how the frames are counted), and
# TAP lines.
: "${BAOGAO:?}"
LC_ALL=C.UTF-8
export LC_ALL
# BAOGAO names the program here, but to baogao it holds default options:
# a shell variable, out of the environment of tmux and what it runs
program=$BAOGAO
unset BAOGAO
BAOGAO=$program
# With no FILE baogao reads a piped standard input (make -j hands all but
# one job a broken pipe): the tests' own is none of theirs.
exec </dev/null

if ! command -v tmux >/dev/null 2>&1; then
	echo "1..0 # SKIP tmux is not installed"
	exit 0
fi

builddir=${BAOGAO%/src/baogao}
columns=$builddir/tests/screen/columns
work=$(mktemp -d "${TMPDIR:-/tmp}/baogao-screen.XXXXXX") || exit 99
socket=baogao-screen-$$
# polls of 10 ms for SCREEN_TIMEOUT seconds (longer on a loaded machine), times
# BAOGAO_TEST_WAIT_SCALE for a sanitizer's slower build
polls=$((${SCREEN_TIMEOUT:-10} * 100 * ${BAOGAO_TEST_WAIT_SCALE:-1}))

T() {
	tmux -L "$socket" -f /dev/null "$@"
}

cleanup() {
	T kill-server >/dev/null 2>&1
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 99' HUP INT TERM

n=0
failed=0

ok() {
	n=$((n + 1))
	echo "ok $n - $1"
}

not_ok() {
	n=$((n + 1))
	failed=1
	echo "not ok $n - $1"
	[ -f "$work/screen" ] && sed 's/^/# | /' "$work/screen"
	return 0
}

# check DESCRIPTION COMMAND...: one TAP line for the command's status.
check() {
	desc=$1
	shift
	if "$@"; then ok "$desc"; else not_ok "$desc"; fi
}

# given STATUS COMMAND...: COMMAND's status when STATUS is 0 (a step
# before went as it should), else failure.
given() {
	[ "$1" = 0 ] || return 1
	shift
	"$@"
}

# start SESSION COLS ROWS COMMAND: runs COMMAND (a shell command line) in
# a new tmux session, with baogao's frames counted in SESSION.frames; the
# pane stays after it ends.  HOME is SESSION.home, a directory of its
# own: the place a report was left is kept there, not in the real home,
# and no session finds another's (COMMAND may set it otherwise).
start() {
	: > "$work/$1.frames"
	mkdir -p "$work/$1.home"
	eval "want_$1=1"
	printf 'exec 3>>"%s"\nBAOGAO_FRAME_FD=3\nexport BAOGAO_FRAME_FD\nHOME="%s"\nexport HOME\nunset XDG_STATE_HOME XDG_CONFIG_HOME\n%s\n' \
		"$work/$1.frames" "$work/$1.home" "$4" > "$work/$1.sh"
	T start-server \; set -g remain-on-exit on \; set -g default-terminal tmux-256color \; \
		new-session -d -s "$1" -x "$2" -y "$3" -e LC_ALL=C.UTF-8 -e TERM=tmux-256color \
		"sh $work/$1.sh"
}

# frames SESSION: how many frames baogao has drawn so far.
frames() {
	echo $(($(wc -l < "$work/$1.frames")))
}

# expect SESSION K: the next wait is for at least K frames more than
# there are now.
expect() {
	eval "want_$1=\$((\$(frames \"\$1\") + \$2))"
}

capture() {
	T capture-pane -p -t "$1" > "$work/screen"
}

# snap SESSION: captures the last whole frame.  Its bytes are in the
# terminal before its number is written, but tmux may still be reading
# them: two captures that agree, with no frame between, are taken as it.
snap() {
	tries=0
	while :; do
		snap_frame=$(frames "$1")
		capture "$1"
		T capture-pane -p -t "$1" > "$work/screen.again"
		[ "$(frames "$1")" = "$snap_frame" ] && cmp -s "$work/screen" "$work/screen.again" &&
			return 0
		tries=$((tries + 1))
		[ $tries -lt 50 ] || return 0
	done
}

# wait_until SESSION COMMAND...: waits for the frames expected (the
# first frame, or one for each key sent since), captures, and runs
# COMMAND on the screen; while it fails, does so again on each new frame.
wait_until() {
	session=$1
	shift
	eval "need=\$want_$session"
	poll=0
	while [ $poll -lt $polls ]; do
		if [ "$(frames "$session")" -ge "$need" ]; then
			snap "$session"
			eval "want_$session=\$snap_frame"
			"$@" && return 0
			need=$((snap_frame + 1))
		else
			sleep 0.01
		fi
		poll=$((poll + 1))
	done
	return 1
}

# eventually COMMAND...: COMMAND succeeds within SCREEN_TIMEOUT seconds,
# tried again every 10 ms (pipe-pane's cat writes the log a little after
# the frame is drawn; a pane's program ends a little after its last key).
eventually() {
	poll=0
	while [ $poll -lt $polls ]; do
		"$@" && return 0
		sleep 0.01
		poll=$((poll + 1))
	done
	return 1
}

# poll SESSION COMMAND...: captures the screen until COMMAND passes on it
# (or the time is up), without waiting for a frame to be complete.  For
# what another program writes on the terminal while baogao has left it
# (no frame of baogao's to wait for), and through wait_seen.
poll() {
	session=$1
	shift
	eventually captured_and "$session" "$@"
}

# captured_and SESSION COMMAND...: captures SESSION's screen, then runs
# COMMAND on it.
captured_and() {
	capture "$1"
	shift
	"$@"
}

# wait_seen SESSION CONDITION...: as wait_until, for a screen that keeps
# changing (a progress line while reports load): CONDITION is tried on
# every capture once a frame is drawn, without waiting for the screen to
# hold still, which it may not do before the state it shows is gone.  Only
# for conditions that no capture can meet unless the program drew what
# they test (half of one frame beside half of the next still is).
wait_seen() {
	session=$1
	shift
	poll "$session" drawn_and "$@"
}

# drawn_and COMMAND...: COMMAND passes once $session has drawn a frame.
drawn_and() {
	[ "$(frames "$session")" -ge 1 ] && "$@"
}

screen_has() {
	grep -qF -- "$1" "$work/screen"
}

screen_lacks() {
	! screen_has "$1"
}

# wait_for SESSION TEXT: waits for a frame showing TEXT.
wait_for() {
	wait_until "$1" screen_has "$2"
}

# wait_gone SESSION TEXT: waits for a frame without TEXT.
wait_gone() {
	wait_until "$1" screen_lacks "$2"
}

# wait_dead SESSION: polls until the program in the pane has ended.
wait_dead() {
	eventually pane_dead "$1"
}

pane_dead() {
	[ "$(T display -p -t "$1" '#{pane_dead}')" = 1 ]
}

# keys SESSION KEY...: sends the keys; the next wait is for a frame
# after the last of them.
keys() {
	s=$1
	shift
	expect "$s" $#
	T send-keys -t "$s" "$@"
}

# text SESSION TEXT: types TEXT, one key a character.
text() {
	expect "$1" "$(printf %s "$2" | wc -m)"
	T send-keys -t "$1" -l -- "$2"
}

# resize SESSION COLS ROWS: the next wait is for a frame after it.
resize() {
	expect "$1" 1
	T resize-window -t "$1" -x "$2" -y "$3"
}

# The outline pane: what stands left of the border.
outline_part() {
	sed 's/│.*//' "$work/screen"
}

# The detail pane: what stands right of the border.
detail_part() {
	grep '│' "$work/screen" | sed 's/^[^│]*│//'
}

# The top-level rows of the outline.
top_level_rows() {
	outline_part | grep -c '^[▾▸] [一二三四五六七八九十]、'
}

# Every row between the title bar and the status line has the border in
# the same display column, and no row is wider than the terminal.
borders_aligned() {
	width=$1
	sed -n "2,$(( $(wc -l < "$work/screen") - 1 ))p" "$work/screen" | "$columns" "${2:-│}" > "$work/columns"
	[ -s "$work/columns" ] || return 1
	[ "$(cut -d' ' -f1 "$work/columns" | sort -u | wc -l)" -eq 1 ] || return 1
	[ "$(cut -d' ' -f1 "$work/columns" | sort -u)" -gt 0 ] || return 1
	awk -v w="$width" '$2 > w { bad = 1 } END { exit bad }' "$work/columns"
}

count_total() {
	"$BAOGAO" --search="$1" --count | awk '$2 == "total" { print $1 }'
}

outline_has() {
	outline_part | grep -qF -- "$1"
}

outline_lacks() {
	! outline_part | grep -qF -- "$1"
}

# detail_row N: the Nth row of the detail pane (1 is the breadcrumb).
detail_row() {
	sed -n "$(($1 + 1))p" "$work/screen" | sed 's/^[^│]*│//'
}

# osc52_decodes: the first OSC 52 sequence in $work/copy.raw (a pane's raw
# output, from pipe-pane), its base64 decoded, is the text of
# $work/copy.want.
osc52_decodes() {
	tr '\a' '\n' < "$work/copy.raw" | sed -n 's/.*\]52;c;\([A-Za-z0-9+/=]*\)$/\1/p' | head -n 1 |
		base64 -d > "$work/copy.got" 2>/dev/null && [ -s "$work/copy.got" ] &&
		cmp -s "$work/copy.got" "$work/copy.want"
}

# parts_report MIB SAMPLE: writes a report of MIB MiB or a little more
# on stdout: the text of SAMPLE again and again, each copy under a part
# heading 第N部分 材料之N, after the title 报告汇编.
parts_report() {
	awk -v mib="$1" -v sample="$2" 'BEGIN {
		while ((getline line < sample) > 0)
			text = text line "\n"
		print "报告汇编\n"
		for (n = 1; written < mib * 1024 * 1024; n++) {
			part = sprintf("第%d部分 材料之%d\n\n", n, n)
			printf "%s%s\n", part, text
			written += length(part) + length(text) + 1
		}
	}'
}

