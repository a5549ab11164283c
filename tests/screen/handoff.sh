#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# handoff.sh - more habits from less, in the real browser under tmux
# (lib.sh): the searches recalled in the prompt (Up, Ctrl-p), kept
# between runs in a private XDG_STATE_HOME.  Every capture is of a whole
# frame (see screen.sh).
: "${BAOGAO:?}"
. "$(dirname "$0")/lib.sh"

sample=${BAOGAO_DATADIR:-$(dirname "$0")/../../data}/sample.txt
state=$work/state

# prompt_is TEXT: the status line is the search prompt holding TEXT.
prompt_is() {
	tail -n 1 "$work/screen" | grep -q "^/$1 "
}

# ---- the searches recalled -------------------------------------------------
start recall 100 30 "XDG_STATE_HOME='$state' exec '$BAOGAO' '$sample'"
wait_for recall "一、推进法治" >/dev/null
keys recall /
text recall 普法
keys recall Enter
wait_for recall "普法 1/" >/dev/null
keys recall /
text recall 欠薪
keys recall Enter
wait_for recall "欠薪 1/" >/dev/null
keys recall / Up
check "/ then Up recalls the search before: 欠薪" wait_until recall prompt_is 欠薪
keys recall C-p
check "Ctrl-p goes further back: 普法" wait_until recall prompt_is 普法
keys recall Down
check "Down comes forward again: 欠薪" wait_until recall prompt_is 欠薪
keys recall C-n
check "Ctrl-n past the newest gives back what was typed: nothing" wait_until recall prompt_is ""
keys recall Escape q
wait_dead recall
check "the searches are kept under XDG_STATE_HOME, the newest last" \
	test "$(cat "$state/baogao/searches" 2>/dev/null)" = "$(printf 'baogao-searches 1\n普法\n欠薪')"

start again 100 30 "XDG_STATE_HOME='$state' exec '$BAOGAO' '$sample'"
wait_for again "一、推进法治" >/dev/null
keys again / Up
check "after a restart, Up recalls the last search of the run before: 欠薪" \
	wait_until again prompt_is 欠薪
keys again Enter
check "and Enter searches for it" wait_for again "欠薪 1/"
keys again / C-u
text again 普
keys again Up
check "what is typed first picks the searches that begin with it: 普 Up is 普法" \
	wait_until again prompt_is 普法
keys again Escape q
wait_dead again

private=$work/private
mkdir -p "$private"
start none 100 30 "HOME='$private' XDG_STATE_HOME='$private/state' exec '$BAOGAO' --no-history '$sample'"
wait_for none "一、推进法治" >/dev/null
keys none /
text none 普法
keys none Enter
wait_for none "普法 1/" >/dev/null
keys none / Up
check "with --no-history, Up still recalls this run's searches" wait_until none prompt_is 普法
keys none Escape q
wait_dead none
check "but nothing is written" test -z "$(find "$private" -mindepth 1)"

mkdir -p "$work/bad/baogao"
printf 'baogao-searches 1\n普法\n%s' 'cut short' > "$work/bad/baogao/searches"
start bad 200 30 "XDG_STATE_HOME='$work/bad' '$BAOGAO' '$sample'; echo \$? > '$work/bad.status'"
check "a corrupt searches file: a warning on the status line" \
	wait_for bad "searches ignored: unusable state file: line 3: cut short"
keys bad / Up
check "and nothing recalled from it" wait_until bad prompt_is ""
text bad 欠薪
keys bad Enter q
wait_dead bad
check "no crash (status 0), and the file is replaced by a good one" \
	test "$(cat "$work/bad.status" 2>/dev/null)" = 0 -a \
	"$(cat "$work/bad/baogao/searches")" = "$(printf 'baogao-searches 1\n欠薪')"

# ---- defaults: the config file and BAOGAO ---------------------------------
# widest_text: the display width of the widest row of the text pane.
widest_text() {
	detail_part | sed 1d | wc -L
}
narrow() {
	w=$(widest_text)
	[ "$w" -gt 20 ] && [ "$w" -le "$1" ]
}
wide() {
	[ "$(widest_text)" -gt "$1" ]
}
start plain 100 30 "exec '$BAOGAO' '$sample'"
check "without defaults the text of a 100-column screen is wider than 60 columns" \
	wait_until plain wide 60
keys plain q
start variable 100 30 "BAOGAO='--width=40' exec '$BAOGAO' '$sample'"
check "BAOGAO=--width=40: the text wraps at 40 columns" wait_until variable narrow 41
keys variable q
mkdir -p "$work/cfg.home/.config/baogao"
printf '# narrow\nwidth = 50\n' > "$work/cfg.home/.config/baogao/config"
start config 100 30 "HOME='$work/cfg.home' exec '$BAOGAO' '$sample'"
check "width = 50 in ~/.config/baogao/config: the text wraps at 50 columns" wait_until config narrow 51
keys config q
start both 100 30 "HOME='$work/cfg.home' BAOGAO='--width=40' exec '$BAOGAO' '$sample'"
check "BAOGAO=--width=40 wins over the config file's 50" wait_until both narrow 41
keys both q
start command 100 30 "HOME='$work/cfg.home' BAOGAO='--width=40' exec '$BAOGAO' --width=0 '$sample'"
check "and --width=0 on the command line over both: the whole pane" wait_until command wide 60
keys command q
mkdir -p "$work/xdg/baogao"
printf 'ascii\n' > "$work/xdg/baogao/config"
start ascii 100 30 "XDG_CONFIG_HOME='$work/xdg' exec '$BAOGAO' '$sample'"
check "ascii in \$XDG_CONFIG_HOME/baogao/config: borders without Unicode" \
	wait_until ascii screen_lacks "│"
keys ascii q

echo "1..$n"
exit $failed
