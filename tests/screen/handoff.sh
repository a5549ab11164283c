#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# handoff.sh - more habits from less, in the real browser under tmux
# (lib.sh): the searches recalled in the prompt (Up, Ctrl-p), kept
# between runs in a private XDG_STATE_HOME; defaults from the config file
# and BAOGAO; the report handed on: v to an editor (a script that keeps
# its arguments), | to a command, s to a file.  Every capture is of a whole
# frame (see screen.sh).
: "${BAOGAO:?}"
. "$(dirname "$0")/lib.sh"

sample=${BAOGAO_DATADIR:-$(dirname "$0")/../../data}/sample.txt
top_srcdir=${top_srcdir:-$(dirname "$0")/../..}
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

# ---- \\: a search inside the current section ----------------------------------
total=$(count_total 普法)
start scope 100 30 "exec '$BAOGAO' '$sample'"
wait_for scope "一、推进法治" >/dev/null
keys scope 3 "\\"
check "\\ at 三、 opens the prompt kept inside it: in 三、 /" \
	wait_until scope sh -c 'tail -n 1 "$1" | grep -q "^in 三、 / "' sh "$work/screen"
text scope 普法
keys scope Enter
check "普法 Enter: 1/3, the three matches of 三、 (of $total in the report), said to be in 三、" \
	wait_for scope "普法 1/3 in 三、"
# in_third N: match N of 3 is current and the text is still in 三、, whose
# three matches are on line 16 (its （二）).
in_third() {
	screen_has "普法 $1/3 in 三、" && detail_row 1 | grep -qF "三、"
}
keys scope n n
check "n n: 3/3, still in 三、" wait_until scope in_third 3
keys scope n
check "n once more wraps to 1/3 inside 三、, not on to 四、" wait_until scope in_third 1
keys scope N
check "N wraps back to 3/3" wait_until scope in_third 3
keys scope "\\" C-t
check "Ctrl-t in the prompt: the whole report again (/)" \
	wait_until scope sh -c 'tail -n 1 "$1" | grep -q "^/ "' sh "$work/screen"
text scope 普法
keys scope Enter
# whole_search: the status line counts the matches of the whole report.
whole_search() {
	tail -n 1 "$work/screen" | grep -q "普法 [0-9]*/$total " && ! tail -n 1 "$work/screen" | grep -q " in [^ ]*、"
}
check "and the search finds all $total" wait_until scope whole_search
keys scope 1 "\\"
text scope 普法
keys scope Escape
check "Esc gives back the search before, of the whole report" wait_until scope whole_search
keys scope q
wait_dead scope

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

# ---- v: the editor ---------------------------------------------------------
cat > "$work/editor" <<EDITOR
#!/bin/sh
printf '%s\n' "\$@" > "$work/editor.args"
EDITOR
chmod +x "$work/editor"
start edit 100 30 "EDITOR='$work/editor' VISUAL= exec '$BAOGAO' '$sample'"
wait_for edit "一、推进法治" >/dev/null
keys edit 3
wait_for edit "三、存在问题" >/dev/null
rm -f "$work/editor.args"
keys edit v
edited() {
	[ "$(cat "$work/editor.args" 2>/dev/null)" = "$(printf '+14\n%s' "$sample")" ]
}
check "v at 三、 runs \$EDITOR with +14 (its source line) and the file" wait_until edit edited
check "and the browser is back, drawn whole" wait_until edit borders_aligned 100
keys edit 1 v
line5() {
	[ "$(head -n 1 "$work/editor.args" 2>/dev/null)" = "+5" ]
}
check "v at 一、: +5" wait_until edit line5
keys edit q
wait_dead edit

start visual 100 30 "EDITOR=false VISUAL='$work/editor' exec '$BAOGAO' '$sample'"
wait_for visual "一、推进法治" >/dev/null
rm -f "$work/editor.args"
keys visual v
check "\$VISUAL comes before \$EDITOR" wait_until visual test -s "$work/editor.args"
keys visual q
start noeditor 200 30 "EDITOR='$work/no-such-editor' VISUAL= exec '$BAOGAO' '$sample'"
wait_for noeditor "一、推进法治" >/dev/null
keys noeditor v
check "an editor that cannot be run: said on the status line" \
	wait_for noeditor "no-such-editor: command not found (exit status 127)"
keys noeditor q
start stdin 100 30 "EDITOR='$work/editor' exec '$BAOGAO' - < '$sample'"
wait_for stdin "一、推进法治" >/dev/null
keys stdin v
check "v on standard input: no file to edit, said" wait_for stdin "there is no file to edit"
keys stdin q
start docx 200 30 "EDITOR='$work/editor' exec '$BAOGAO' '$top_srcdir/tests/fixtures/summary-typed.docx'"
wait_for docx "? help" >/dev/null
keys docx v
check "v on a Word file: text files only, said" wait_for docx "v edits text files;"
keys docx q

# ---- |: the section to a command --------------------------------------------
start pipe 100 30 "exec '$BAOGAO' '$sample'"
wait_for pipe "一、推进法治" >/dev/null
keys pipe 3 "|"
check "| asks for a command for the section" wait_for pipe "the section | "
text pipe "cat > '$work/piped'; wc -c < '$work/piped'"
keys pipe Enter
pressed() {
	screen_has "Press a key to go back to baogao." &&
		screen_has "$(wc -c < "$work/piped" | tr -d ' ')"
}
check "its output shows on the terminal (wc -c), then: press a key" poll pipe pressed
section_text() {
	head -n 1 "$work/piped" | grep -qx "三、存在问题" && grep -qF "（二）在落实执法普法责任上" "$work/piped" &&
		! grep -qF "四、" "$work/piped"
}
check "the command read the section's text: 三、 and its text, nothing of 四、" section_text
keys pipe x
check "a key: the browser is back, drawn whole, saying what was piped" \
	wait_until pipe sh -c 'grep -qF "piped $1 bytes of the section" "$2"' sh "$(wc -c < "$work/piped" | tr -d ' ')" "$work/screen"
check "with its borders in line" borders_aligned 100
keys pipe "|"
text pipe "exit 3"
keys pipe Enter
poll pipe screen_has "Press a key" >/dev/null
keys pipe x
check "a command that fails: its exit status on the status line" wait_for pipe "exit 3: exit status 3"
keys pipe "|"
text pipe "head -c 1 >/dev/null"
keys pipe Enter
poll pipe screen_has "Press a key" >/dev/null
keys pipe x
check "a command that stops reading (head -c 1) does not end the browser" wait_for pipe "piped "
keys pipe "|"
text pipe "abc"
keys pipe Escape
check "Esc gives the command up" wait_until pipe screen_has "? help"

# ---- s: the section to a file ------------------------------------------------
keys pipe s
check "s asks for a file name" wait_for pipe "save the section to: "
text pipe "$work/saved.txt"
keys pipe Enter
check "Enter saves the section: said with its size" wait_for pipe "saved $(wc -c < "$work/piped" | tr -d ' ') bytes of the section to $work/saved.txt"
check "the file holds the section's text" cmp -s "$work/saved.txt" "$work/piped"
keys pipe 1 s
text pipe "$work/saved.txt"
keys pipe Enter
check "a file that exists: asked before writing over it" wait_for pipe "saved.txt exists: overwrite it?"
keys pipe n
check "n keeps it" wait_for pipe "not saved"
check "as it was" cmp -s "$work/saved.txt" "$work/piped"
keys pipe s
text pipe "$work/saved.txt"
keys pipe Enter y
check "y writes over it: 一、 now" wait_until pipe sh -c 'head -n 1 "$1" | grep -q "^一、推进法治"' sh "$work/saved.txt"
keys pipe s
text pipe "$work/no/such/dir/x.txt"
keys pipe Enter
check "a file that cannot be written: the error on the status line" \
	wait_for pipe "cannot save to $work/no/such/dir/x.txt: No such"
keys pipe q
wait_dead pipe

echo "1..$n"
exit $failed
