#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# screen.sh - drives the real browser in tmux (a private server), sends
# keys, captures the screen and checks what a reader sees: the outline
# and its folding, jumps, the search counter (also of a pinyin search),
# the figures panel, borders that stay in one column whatever the row
# holds, resizing, and a terminal given back in good order however baogao
# ends.
#
# Every capture is of a whole frame.  Each session runs baogao with
# BAOGAO_FRAME_FD=3 and descriptor 3 open on $work/SESSION.frames: after
# each complete frame (src/ui/frame.c) baogao writes the frame's number
# there, one line a frame.  Every key gives at least one frame, so after
# sending K keys the test waits for K more lines, then captures; a check
# that waits looks again at each later frame, SCREEN_TIMEOUT seconds (10)
# at most.  tests/screen/self-check.sh runs this script on a baogao whose
# screen goes nowhere, to show that the checks then fail.
. "$(dirname "$0")/lib.sh"

# ---- 100x30: the sample ----------------------------------------------
start a 100 30 "'$BAOGAO'; echo \$? > '$work/a.status'"
check "the sample opens at 100x30" wait_for a "一、推进法治建设的主要举措和成效"
title_bar() {
	head -n 1 "$work/screen" | grep -q '2023年法治建设工作总结.*XX市XX区人力资源和社会保障局.*2023-11-23'
}
check "the title bar names the report, issuer and date" title_bar
title_once() {
	detail_row 1 | grep -q '^ *$' && detail_row 2 | grep -q '^ *2023年法治建设工作总结 *$'
}
check "the title is shown once at the top of the text, not again above it" title_once
check "the outline shows the 4 top-level sections" test "$(top_level_rows)" -eq 4
contents_view() {
	outline_has "（三）加强普法宣传" && outline_lacks "一是"
}
check "it starts in the contents view: second level shown, 一是 items folded" contents_view
check "borders stay in one column at 100x30 (with “” and —)" borders_aligned 100
# The fold markers are drawn bold in the text's colour, not in the grey
# of the borders, where they are barely seen.
markers_bold() {
	T capture-pane -p -e -t a > "$work/screen.attrs"
	grep -q "$(printf '\033')\\[1m[^$(printf '\033')]*[▸▾]" "$work/screen.attrs" &&
		! grep -q '38;5;244m[▸▾]' "$work/screen.attrs"
}
check "the fold markers ▸ ▾ are bold, not grey" markers_bold

overview() {
	[ "$(top_level_rows)" -eq 4 ] && outline_lacks "（一）加强组织领导" && outline_has "▸ 一、"
}
keys a BTab
check "Shift-Tab folds the outline to its overview" wait_until a overview
keys a BTab
check "Shift-Tab again shows the contents: the second level" wait_until a contents_view
keys a BTab
check "and once more all headings" wait_until a outline_has "一是认真开展"
keys a j BTab
check "Shift-Tab after another key starts again at the overview" wait_until a overview
keys a BTab
wait_until a contents_view >/dev/null
keys a 1 Tab
check "Tab on 一、 unfolds its whole subtree" wait_until a outline_has "一是认真开展"
folded_one() {
	outline_has "▸ 一、" && outline_lacks "（二）推进依法行政" && outline_has "（二）XX区人社局"
}
keys a Tab
check "Tab again folds 一、" wait_until a folded_one
children_one() {
	outline_has "▾ 一、" && outline_has "（二）推进依法行政" && outline_lacks "一是认真开展"
}
keys a Tab
check "and once more shows its children" wait_until a children_one

keys a z 1
check "z1 shows the top level only" wait_until a overview
keys a z 3
check "z3 shows three levels" wait_until a outline_has "一是认真开展"
keys a z 2
wait_until a contents_view >/dev/null

keys a 3
at_three() {
	detail_row 2 | grep -q '^ *三、存在问题 *$' && ! detail_row 1 | grep -q '三、'
}
check "3 jumps to 三、存在问题: the first line shows it, the breadcrumb does not say it again" wait_until a at_three
three_text() {
	detail_row 2 | grep -q '三、存在问题' && detail_row 3 | grep -q '由于就业创业'
}
check "and the detail pane shows its text" three_text
keys a j
check "one line down, the breadcrumb names 三、存在问题" \
	wait_until a sh -c "sed -n 2p '$work/screen' | sed 's/^[^│]*│//' | grep -q '^ *三、存在问题 *\$'"
keys a k
wait_until a at_three >/dev/null
at_four() {
	detail_row 2 | grep -q '^ *四、下步工作打算 *$' && ! detail_row 1 | grep -q '四、'
}
keys a ']'
check "] goes to the next section of the same level: 四、" wait_until a at_four
keys a '['
check "[ goes back to 三、" wait_until a at_three
at_one() {
	detail_row 2 | grep -q '^ *一、推进法治建设的主要举措和成效 *$' && ! detail_row 1 | grep -q '一、'
}
keys a 1
wait_until a at_one >/dev/null
went=$?
keys a "'" "'"
check "'' goes back to where the last jump started: 三、" given $went wait_until a at_three
T capture-pane -p -e -t a > "$work/attrs"
highlighted() {
	grep '三、存在问题' "$work/attrs" | sed 's/│.*//' | grep -q "$(printf '\033')\[[0-9;]*7m"
}
check "the outline highlights 三、 (reverse video)" highlighted

total=$(count_total 普法)
keys a g /
text a 普法
keys a Enter
check "/普法 Enter: the counter shows 1/N with N from --search --count ($total)" \
	wait_for a "普法 1/$total "
keys a n
check "n moves to the next match: 2/$total" wait_for a "普法 2/$total "
keys a N
check "N moves back: 1/$total" wait_for a "普法 1/$total "
i=0
while [ $i -lt "$total" ]; do
	keys a n
	i=$((i + 1))
done
check "n goes through all $total matches and wraps to the first" wait_for a "普法 1/$total "
check "the wrap is said on the status line" screen_has "continuing at the top"
T capture-pane -p -e -t a > "$work/attrs"
current_match() {
	grep -q "$(printf '\033')\[[0-9;]*7m普法" "$work/attrs"
}
check "the current match is shown in reverse video" current_match
counts() {
	outline_part | grep -q '三、存在问题 *3 *$' && outline_part | grep -q "^ *2023年法治建设工作总结 *$total *\$"
}
check "the outline shows per-section match counts" counts
sparse() {
	outline_lacks "（一）由于就业创业" && outline_has "（二）在落实执法普法"
}
keys a '&'
check "& shows only the sections that match" wait_until a sparse
keys a '&'
check "& again brings the whole outline back" wait_until a outline_has "（一）由于就业创业"
keys a /
text a 普法
keys a Escape
check "Esc in the search prompt goes back to the search before" wait_for a "普法 1/$total "

at_one_three() {
	detail_row 1 | grep -q '^ *一、推进法治建设' && detail_row 2 | grep -q '^ *（三）加强普法宣传'
}
keys a 1 j j j
wait_until a at_one_three >/dev/null
went=$?
keys a f
check "f opens the figures panel of 一、（三）" given $went wait_for a "Figures （三）加强普法宣传"
check "the figures panel lists 3860人" screen_has "3860人"
# subject_column FIGURE TEXT: the display column where the subject TEXT
# first stands on the row of FIGURE in the panel (before the context).
subject_column() { grep -F " $1 " "$work/screen" | "$columns" "$2" | cut -d' ' -f1; }
subjects_aligned() {
	[ "$(subject_column 80个 职业技能培训)" -gt 0 ] &&
	[ "$(subject_column 80个 职业技能培训)" = "$(subject_column 291人 培训)" ]
}
check "the figures panel shows what each figure measures, in one column" subjects_aligned
cp "$work/screen" "$work/figures"
sed '/ Figures /,$d' "$work/figures" > "$work/top"
{ cat "$work/top"; echo; } > "$work/screen"
check "the rows above the figures panel keep their border" borders_aligned 100
cp "$work/figures" "$work/screen"
narrow_enough() {
	screen_has " Figures " &&
	"$columns" '│' < "$work/screen" | awk '$2 > 100 { bad = 1 } END { exit bad }'
}
check "no row of the figures panel is wider than the screen" narrow_enough
keys a f
wait_gone a " Figures " >/dev/null

# resizing keeps the paragraph at the top
# drawn_at COLS ROWS: the frame was drawn for that size: the status line,
# which ends in the percentage by the right edge, is on the last row.
drawn_at() {
	[ "$(wc -l < "$work/screen")" -eq "$2" ] &&
		sed -n "$2p" "$work/screen" | grep -q '%$' &&
		[ "$(sed -n "$2p" "$work/screen" | "$columns" "%" | cut -d" " -f2)" -ge $(($1 - 1)) ]
}
keys a 2 '}' '}' '}'
at_two_three() {
	detail_row 1 | grep -q '^ *二、工作亮点 *$' && detail_row 2 | grep -q '^ *（三）结合就业工作'
}
check "} walks the headings to 二、（三）, under 二、 in the breadcrumb" wait_until a at_two_three
same_top() {
	detail_row 2 | grep -q '^ *（三）结合就业'
}
resize a 60 15
check "after resizing to 60x15 the same paragraph is at the top" wait_until a same_top
check "borders stay in one column at 60x15" borders_aligned 60
resize a 30 8
check "below 40x10 the screen says it is too small" wait_for a "small"
resize a 1 1
wait_until a true
resize a 100 30
wait_until a drawn_at 100 30 >/dev/null
check "1x1 and back: still running" test "$(T display -p -t a '#{pane_dead}')" = 0
check "and the same paragraph is at the top" same_top
i=0
while [ $i -lt 100 ]; do
	T resize-window -t a -x $((40 + i % 60)) -y $((10 + i % 20))
	i=$((i + 1))
done
resize a 100 30
wait_until a drawn_at 100 30 >/dev/null
check "100 resizes in a row: still running, still in place" same_top

keys a '?'
check "? shows the help with the keys" wait_for a "baogao keys"
keys a q
wait_gone a "baogao keys" >/dev/null
keys a q
check "q quits" wait_dead a
status=$(cat "$work/a.status" 2>/dev/null)
check "q: exit status 0 ($status)" test "$status" = 0

# ---- 60x15 ------------------------------------------------------------
start b 60 15 "exec '$BAOGAO'"
check "the sample opens at 60x15" wait_for b "一、推进法治"
keys b BTab
check "60x15: the overview shows the 4 top-level sections" wait_until b overview
check "60x15: borders stay in one column" borders_aligned 60
keys b 3
check "60x15: 3 jumps to 三、存在问题" wait_until b at_three
check "60x15: the detail pane shows its text" \
	sh -c "sed 's/^[^│]*│//' '$work/screen' | grep -q '由于就业'"
keys b g /
text b 普法
keys b Enter n
check "60x15: /普法 and n: 2/$total" wait_for b "普法 2/$total"
keys b q
wait_dead b

# ---- the header of a notice, wide and narrow ------------------------------
# Title, issuer, date and document number all in the header line; narrow,
# the long title is cut in the middle and the date still shows.
notice="$top_srcdir/tests/fixtures/notice.md"
start hw 120 30 "exec '$BAOGAO' '$notice'"
header_whole() {
	head -n 1 "$work/screen" | grep -q '本区城市体检工作方案的通知.*上海市崇明区人民政府办公室.*2021-09-09.*沪崇府办发〔2021〕20号'
}
check "120 columns: the header shows title, issuer, date and 文号" wait_until hw header_whole
keys hw q
wait_dead hw
start hn 60 20 "exec '$BAOGAO' '$notice'"
header_narrow() {
	head -n 1 "$work/screen" | grep -q '上海市崇明.*….*方案的通知  .*2021-09-09' &&
		[ "$(head -n 1 "$work/screen" | "$columns" '…' | cut -d' ' -f2)" -le 60 ]
}
check "60 columns: the title is cut in the middle, the date stays" wait_until hn header_narrow
keys hn q
wait_dead hn

# ---- G in the outline pane ----------------------------------------------
# The outline's last row is 二、, whose text runs for pages: G still goes
# to the end of the report, not to that heading.
{
	printf '一、总体情况\n今年工作平稳。\n二、主要做法\n'
	i=1
	while [ $i -le 80 ]; do
		printf '第%d项做法，按要求推进落实，取得了一定成效。\n' $i
		i=$((i + 1))
	done
	printf '全文到此结束。\n'
} > "$work/long-last.txt"
start long 100 30 "exec '$BAOGAO' '$work/long-last.txt'"
wait_for long "二、主要做法" >/dev/null
keys long G
check "G in the outline pane goes to the end of the report" wait_for long "全文到此结束。"
check "and the status line says 100%" screen_has " 100%"

# ---- R reads the file again ----------------------------------------------
cp "$BAOGAO_DATADIR/sample.txt" "$work/reload.txt"
start r 100 30 "'$BAOGAO' '$work/reload.txt'; echo \$? > '$work/r.status'"
wait_for r "一、推进法治" >/dev/null
keys r 3
wait_until r at_three >/dev/null
sed 's/^三、存在问题/三、存在的问题/' "$BAOGAO_DATADIR/sample.txt" > "$work/reload.txt"
keys r R
check "R reads the changed file: the new heading shows, in the same place" \
	wait_for r "三、存在的问题"
check "R says so on the status line" screen_has "reloaded"
: > "$work/reload.txt"
keys r R
check "R on a file emptied meanwhile: a message, the old text stays" \
	wait_for r "file is empty"
check "and the text is still there" screen_has "三、存在的问题"
keys r q
wait_dead r
check "after reloading, q still ends cleanly (status 0)" test "$(cat "$work/r.status" 2>/dev/null)" = 0

# ---- the terminal is restored however baogao ends --------------------
# (what the shell sees afterwards goes to a file: the pane's first rows
# are not a reliable place to read it)
restored() {
	grep -qx "exit=$1" "$2" && grep -qx "echo icanon " "$2"
}
# after_script NAME: writes $work/after-NAME.sh, which the shell sources
# after baogao to put its exit status and terminal modes in after-NAME.
after_script() {
	cat > "$work/after-$1.sh" <<EOF
status=\$?
ended=\$(date +%s%N)
{
	echo "exit=\$status"
	echo "ended=\$ended"
	stty -a | tr ' ;' '\n\n' | grep -x -e echo -e -echo -e icanon -e -icanon | sort | tr '\n' ' '
	echo
} > '$work/after-$1'
EOF
	rm -f "$work/after-$1"
}
# wait_after NAME: polls until after-NAME is written (10 s at most).
wait_after() {
	eventually grep -qs icanon "$work/after-$1"
}
for how in q TERM HUP INT; do
	after_script "$how"
	start "s$how" 80 24 "trap : INT; '$BAOGAO'; . '$work/after-$how.sh'; sleep 30"
	wait_for "s$how" "一、推进法治" >/dev/null
	# (the modes while it runs: left only if they were taken)
	before=$(T display -p -t "s$how" '#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{mouse_sgr_flag}')
	case $how in
	q) keys "s$how" q; want=0 ;;
	INT) keys "s$how" C-c; want=130 ;;
	*)
		pid=$(pgrep -P "$(T display -p -t "s$how" '#{pane_pid}')" | head -n 1)
		kill -"$how" "$pid"
		[ "$how" = TERM ] && want=143 || want=129
		;;
	esac
	wait_after "$how"
	cp "$work/after-$how" "$work/screen" 2>/dev/null
	check "$how: baogao ends with status $want and gives back echo and line editing" \
		restored "$want" "$work/after-$how"
	# (asked while the shell still runs: tmux hides the cursor of a dead pane)
	flags=$(T display -p -t "s$how" '#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{mouse_sgr_flag}')
	check "$how: alternate screen left, cursor shown, mouse off, SGR reports too ($before, then $flags)" \
		test "$before/$flags" = "1 0 1 1/0 1 0 0"
done

# ---- terminals that cannot show it -------------------------------------
start dumb 80 24 "TERM=dumb '$BAOGAO' 2> '$work/dumb.err'; echo \$? > '$work/dumb.status'"
wait_dead dumb
cp "$work/dumb.err" "$work/screen"
check "TERM=dumb: a clear message" grep -q "terminal 'dumb' cannot move the cursor" "$work/dumb.err"
check "TERM=dumb: exit status 2" grep -qx 2 "$work/dumb.status"
start noterm 80 24 "env -u TERM '$BAOGAO' 2> '$work/noterm.err'; echo \$? > '$work/noterm.status'"
wait_dead noterm
cp "$work/noterm.err" "$work/screen"
check "TERM unset: a clear message" grep -q "TERM is not set" "$work/noterm.err"
check "TERM unset: exit status 2" grep -qx 2 "$work/noterm.status"

# ---- the file never drives the terminal --------------------------------
esc=$(printf '\033')
{
	echo "控制字符测试报告"
	echo "一、终端安全"
	printf '（一）转义序列。红字\033[31;4444m红\033[0m、标题\033]0;PWNED-TITLE\007、剪贴板\033]52;c;cHduZWQ=\007、'
	printf '链接\033]8;;http://example.invalid/\033\\点我\033]8;;\033\\、光标查询\033[6n。\n'
	printf '（二）双向控制与不可见字符。反转\342\200\256文字\342\200\254、隔离\342\201\246甲\342\201\251、'
	printf '零宽\342\200\213空格、字节序\357\273\277标记、C1\302\233控制、删除\177符号、响铃\007。\n'
	echo "二、长串与标点"
	printf '（一）长串。'
	i=0
	while [ $i -lt 30 ]; do printf 'abcdefghij'; i=$((i + 1)); done
	printf '，引号“我为群众办实事”——破折号……省略号·间隔号。\n'
} > "$work/controls.txt"
# (baogao starts once the pane's output goes to the raw log)
start esc 100 30 "while [ ! -e '$work/esc.go' ]; do sleep 0.01; done; exec '$BAOGAO' '$work/controls.txt'"
T pipe-pane -o -t esc "cat > '$work/raw'"
: > "$work/esc.go"
check "a report full of control characters opens" wait_for esc "控制字符测试报告"
check "controls are shown visibly: ^[ and <U+202E>" \
	sh -c "grep -qF '^[' '$work/screen' && grep -qF '<U+202E>' '$work/screen'"
check "borders stay in one column with controls, bidi and a 300-letter word" borders_aligned 100
keys esc q
wait_dead esc
# The raw log must hold the report as drawn, or the checks below that
# nothing reached the terminal would pass on an empty log.
raw_holds_report() {
	[ -s "$work/raw" ] && grep -qF '控制字符测试报告' "$work/raw" && grep -qF '<U+202E>' "$work/raw"
}
given_raw() {
	raw_holds_report && "$@"
}
check "the file's OSC sequences never reach the terminal" \
	given_raw sh -c "! LC_ALL=C grep -qF '${esc}]' '$work/raw'"
check "the file's CSI sequences never reach the terminal" \
	given_raw sh -c "! LC_ALL=C grep -qF -e '${esc}[31;4444m' -e '${esc}[6n' '$work/raw'"
check "bidi overrides, C1 controls and DEL never reach the terminal" \
	given_raw sh -c "! LC_ALL=C grep -qF -e '$(printf '\342\200\256')' -e '$(printf '\302\233')' -e '$(printf '\342\201\246')' -e '$(printf '\177')' '$work/raw'"
check "the pane title was not changed by the file" \
	given_raw sh -c "! tmux -L '$socket' -f /dev/null display -p -t esc '#{pane_title}' | grep -q PWNED"

# ---- a large report opens in parts -------------------------------------
# 32 MB: the sample under 第N部分 headings.  The first screen comes from
# the first part of the file while the rest loads beside the keys.
parts_report 32 "$BAOGAO_DATADIR/sample.txt" > "$work/big.txt"
last_part=$(grep -c '^第[0-9]*部分' "$work/big.txt")
# first_screen SESSION: waits for the first screen.
first_screen() {
	wait_for "$1" '? help'
}
start big 100 30 "'$BAOGAO' '$work/big.txt'; echo \$? > '$work/big.status'"
first_screen big
check "a 32 MB report shows its first screen before the rest is loaded" \
	sh -c "grep -qF '部分 材料之1' '$work/screen' && grep -qE '§0/[0-9]+\\+ *\$' '$work/screen' &&
	       grep -qE 'loading the rest of the report|outlining the whole report' '$work/screen'"
keys big G
check "G pressed while it loads goes to the end of the whole report" wait_for big " 100%"
check "the outline then shows the last part, 第${last_part}部分" outline_has "第${last_part}部分"
check "the count of sections is the whole report's" \
	sh -c "grep -qE '§[0-9]+/$("$BAOGAO" --outline --format=tsv "$work/big.txt" | tail -n +2 | wc -l) ' '$work/screen'"
keys big g /
text big 普法
keys big Enter
check "a search counts the matches of the whole report" \
	wait_for big "普法 1/$("$BAOGAO" --search=普法 --count "$work/big.txt" | awk '$2 == "total" { print $1 }')"
# status_of NAME: waits for the status the session NAME wrote, and prints it.
status_of() {
	eventually test -s "$work/$1.status"
	cat "$work/$1.status" 2>/dev/null
}
keys big n
check "n goes to the second of them" wait_for big "普法 2/"
keys big /
text big 依法行政
check "a search typed on a large report shows its first match at once" \
	wait_until big sh -c "grep -qE '依法行政 (…|[0-9]+/[0-9]+)' '$work/screen'"
check "and then the whole report's count" \
	wait_for big "依法行政 1/$("$BAOGAO" --search=依法行政 --count "$work/big.txt" | awk '$2 == "total" { print $1 }')"
keys big Escape
check "Esc goes back to the search before, with its count" wait_for big "普法 2/"
keys big q
check "q ends it with status 0" test "$(status_of big)" = 0

start bigq 100 30 "'$BAOGAO' '$work/big.txt'; echo \$? > '$work/bigq.status'"
first_screen bigq
keys bigq q
check "q pressed while it loads ends it with status 0" test "$(status_of bigq)" = 0

after_script bigterm
start bigterm 100 30 "'$BAOGAO' '$work/big.txt'; . '$work/after-bigterm.sh'; sleep 30"
first_screen bigterm
kill -TERM "$(pgrep -P "$(T display -p -t bigterm '#{pane_pid}')" | head -n 1)"
wait_after bigterm
check "SIGTERM while it loads ends it with status 143 and gives the terminal back" \
	restored 143 "$work/after-bigterm"

printf 'x\000y\n' >> "$work/big.txt"
start bigbad 100 30 "'$BAOGAO' '$work/big.txt' 2> '$work/bigbad.err'; echo \$? > '$work/bigbad.status'"
check "a large report with a NUL byte far down ends the browser with status 2" \
	test "$(status_of bigbad)" = 2
check "and says why in one line" \
	sh -c "[ \$(wc -l < '$work/bigbad.err') = 1 ] && grep -qF 'big.txt: binary file' '$work/bigbad.err'"
rm -f "$work/big.txt"

# ---- --ascii and NO_COLOR ----------------------------------------------
start ascii 100 30 "NO_COLOR=1 exec '$BAOGAO' --ascii"
wait_for ascii "一、推进法治" >/dev/null
check "--ascii: borders drawn with | in one column" borders_aligned 100 '|'
check "--ascii: fold markers without Unicode" \
	sh -c "grep -q '^- 一、' '$work/screen' && ! grep -q '[│▾▸…]' '$work/screen'"
keys ascii /
text ascii 普法
keys ascii Enter
wait_for ascii "普法 1/" >/dev/null
T capture-pane -p -e -t ascii > "$work/attrs"
no_colours() {
	! grep -Eq "$esc\\[([0-9]+;)*(3[0-7]|4[0-7]|38;5;[0-9]+|48;5;[0-9]+)m" "$work/attrs" &&
		grep -q "$esc\\[[0-9;]*7m" "$work/attrs"
}
check "NO_COLOR: no colours, only bold/reverse/underline" no_colours
keys ascii q
wait_dead ascii

# ---- a costly search runs beside the keys -------------------------------
# 190 paragraphs of 10000 a's, 1.9 MB: the regular
# expression (a*c)? costs each place the rest of its paragraph, some 40 ms
# a paragraph and 8 s in all, within the matcher's limits.  Esc stops it
# at once, and the keys work while it runs.
awk 'BEGIN {
	s = "a"
	while (length(s) < 10000)
		s = s s
	s = substr(s, 1, 10000)
	print "长段落测试\n"
	for (i = 0; i < 190; i++)
		printf "%s\n\n", s
}' > "$work/slow.txt"
slow='(a*c)?'
# soon COMMAND...: COMMAND within a second (times BAOGAO_TEST_WAIT_SCALE).
soon() {
	saved_polls=$polls
	polls=$((100 * ${BAOGAO_TEST_WAIT_SCALE:-1}))
	"$@"
	soon_status=$?
	polls=$saved_polls
	return $soon_status
}
start slow 100 30 "'$BAOGAO' '$work/slow.txt'; echo \$? > '$work/slow.status'"
first_screen slow
keys slow / C-r
text slow "$slow"
check "a costly regex search typed: the screen says it is searching ($slow …)" \
	wait_for slow "$slow …"
keys slow Escape
check "Esc while it runs stops it: 'search cancelled' within a second" \
	soon wait_for slow "search cancelled"
keys slow '?'
check "and the keys work at once: ? shows the help" soon wait_for slow "baogao keys"
keys slow '?'
wait_gone slow "baogao keys" >/dev/null
keys slow / C-r
text slow "$slow"
keys slow Enter
check "Enter keeps the search running beside the keys" wait_for slow "$slow …"
keys slow f
check "f opens the figures panel while it runs" soon wait_for slow " Figures "
keys slow Escape
check "Esc after Enter stops it: 'search cancelled' within a second" \
	soon wait_for slow "search cancelled"
keys slow / C-r
text slow "$slow"
keys slow Enter
wait_for slow "$slow …" >/dev/null
keys slow q
check "q while it runs ends it at once, with status 0" soon test "$(status_of slow)" = 0

# ms: milliseconds since the epoch.
ms() {
	echo $(($(date +%s%N) / 1000000))
}
for how in TERM HUP INT; do
	after_script "slow$how"
	start "slow$how" 100 30 "trap : INT; '$BAOGAO' '$work/slow.txt'; . '$work/after-slow$how.sh'; sleep 30"
	first_screen "slow$how"
	keys "slow$how" / C-r
	text "slow$how" "$slow"
	keys "slow$how" Enter
	wait_for "slow$how" "$slow …" >/dev/null
	running=$?
	before=$(T display -p -t "slow$how" '#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{mouse_sgr_flag}')
	sent=$(ms)
	case $how in
	INT) T send-keys -t "slow$how" C-c; want=130 ;;
	*)
		kill -"$how" "$(pgrep -P "$(T display -p -t "slow$how" '#{pane_pid}')" | head -n 1)"
		[ "$how" = TERM ] && want=143 || want=129
		;;
	esac
	wait_after "slow$how"
	ended=$(sed -n 's/^ended=//p' "$work/after-slow$how" 2>/dev/null)
	[ -n "$ended" ] && took=$((ended / 1000000 - sent)) || took=never
	cp "$work/after-slow$how" "$work/screen" 2>/dev/null
	check "$how during a search: status $want, echo and line editing back" \
		given $running restored "$want" "$work/after-slow$how"
	flags=$(T display -p -t "slow$how" '#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{mouse_sgr_flag}')
	check "$how during a search: alternate screen left, cursor shown, mouse off, SGR reports too ($before, then $flags)" \
		test "$before/$flags" = "1 0 1 1/0 1 0 0"
	check "$how during a search: ended within half a second (${took} ms)" \
		given $running test "$took" != never -a "$took" -le $((500 * ${BAOGAO_TEST_WAIT_SCALE:-1}))
done
rm -f "$work/slow.txt"

# ---- n names the match's section -----------------------------------------
# From 三、 at the top, the matches of 执法 in 三、（二） and 四、（一） are all
# on the screen: n moves the match, not the text, and the line above the
# text and the status line name the section of the match.
start crumb 100 30 "'$BAOGAO'"
wait_for crumb "一、推进法治建设的主要举措和成效" >/dev/null
keys crumb 3 /
text crumb 执法
keys crumb Enter
wait_for crumb "执法 6/12 " >/dev/null
match_section() {
	sed -n 2p "$work/screen" | sed 's/^[^│]*│//' | grep -q "^ *$1" &&
		sed -n 3p "$work/screen" | sed 's/^[^│]*│//' | grep -q '^ *三、存在问题 *$' &&
		tail -n 1 "$work/screen" | grep -q "执法 $2/12 *§$3/30 "
}
section_of() {
	"$BAOGAO" --outline --format=tsv "$BAOGAO_DATADIR/sample.txt" | awk -F'\t' -v want="$1" 'NR > 1 && index($0, want) { print NR - 1; exit }'
}
check "the first match is named with its section, 三、（二）" \
	match_section "三、存在问题 › （二）在落实执法" 6 "$(section_of "在落实执法")"
keys crumb n n n n
check "n to a match further down the same screen: the text stays, its section 四、（一） is named" \
	wait_until crumb match_section "四、下步工作打算 › （一）纵深推进" 10 "$(section_of "纵深推进")"
# An empty prompt has found nothing yet; a regular expression is asked
# for each time (Ctrl-r), and Esc gives the search before back as it was.
keys crumb /
empty_prompt() {
	tail -n 1 "$work/screen" | grep -q '^/ ' && screen_lacks "not found"
}
check "/ opens an empty prompt that says nothing of matches" wait_until crumb empty_prompt
keys crumb Escape
wait_for crumb "执法 10/12 " >/dev/null
keys crumb / C-r
text crumb '[0-9]+人'
keys crumb Enter
wait_for crumb "[0-9]+人 1/" >/dev/null
keys crumb /
check "the next / opens a plain search, not a regular expression" \
	wait_until crumb sh -c "tail -n 1 '$work/screen' | grep -q '^/ ' && ! grep -q 'regex/' '$work/screen'"
keys crumb Escape n
check "Esc gives the regular expression back: n goes on with it" wait_for crumb "[0-9]+人 2/"
keys crumb q
wait_dead crumb

# ---- a figure is not split across lines ----------------------------------
# At 110 columns the document number 东人社〔2023〕36号 would fall across two
# lines of the sample's text; once the figures are found it moves to the
# next line whole.
start whole 110 60 "'$BAOGAO'"
docno_whole() {
	detail_part | grep -qF '东人社〔2023〕36号'
}
check "at 110 columns 东人社〔2023〕36号 stands whole on one line" wait_until whole docno_whole
keys whole f
check "the figures panel's figure column holds 东人社〔2023〕36号 whole" \
	wait_until whole sh -c "grep -q 'docno  *东人社〔2023〕36号  ' '$work/screen'"
keys whole q
wait_dead whole

# ---- the text column has a cap -----------------------------------------
# At 200 columns the text wraps at 80 (40 Chinese characters), not across
# the whole pane; --width=0 takes the whole pane.
text_widest() {
	detail_part | sed 's/ *$//' | "$columns" '\001' | cut -d' ' -f2 | sort -n | tail -n 1
}
start wide 200 30 "'$BAOGAO'"
wait_for wide "一、推进法治建设的主要举措和成效" >/dev/null
keys wide 1
wait_until wide true
w=$(text_widest)
check "at 200 columns the text wraps at 80 columns ($w)" test "$w" -ge 70 -a "$w" -le 81
keys wide q
wait_dead wide
start widest 200 30 "'$BAOGAO' --width=0"
wait_for widest "一、推进法治建设的主要举措和成效" >/dev/null
keys widest 1
wait_until widest true
check "with --width=0 it takes the whole pane ($(text_widest) columns)" test "$(text_widest)" -gt 120
# The help at 200 columns: a box as wide as its text, in the middle, not
# a text of some 80 columns in a box across the screen.
keys widest '?'
help_box() {
	row=$(grep '│ Moving' "$work/screen" | head -n 1)
	first=$(printf '%s\n' "$row" | "$columns" '│' | cut -d' ' -f1)
	width=$(printf '%s\n' "$row" | sed 's/ *$//' | "$columns" '│' | cut -d' ' -f2)
	[ -n "$first" ] && [ "$first" -gt 40 ] && [ $((width - first)) -le 90 ]
}
check "at 200 columns the help is a box of its text's width in the middle" wait_until widest help_box
keys widest q q
wait_dead widest

# ---- the mouse: SGR reports, the wheel over either pane -----------------
# The terminal description (tmux-256color) knows only the old X10 mouse
# reports, whose columns end at 223; baogao asks for SGR reports (1006)
# all the same, and reads them: the wheel at column 240 scrolls the text,
# at column 5 the outline.
start mouse 250 20 "'$BAOGAO' '$BAOGAO_DATADIR/../tests/fixtures/gwr-2018.txt'"
wait_for mouse "一、过去五年工作回顾" >/dev/null
check "SGR mouse reports are asked for" test "$(T display -p -t mouse '#{mouse_sgr_flag}')" = 1
first_text=$(detail_row 2)
wheel() {
	expect mouse 1
	T send-keys -t mouse -l "$(printf '\033[<65;%d;10M' "$1")"
}
wheel 240
check "the wheel at column 240 scrolls the text" \
	wait_until mouse sh -c '[ "$(sed -n 3p "$1" | sed "s/^[^│]*│//")" != "$2" ]' _ "$work/screen" "$first_text"
first_outline=$(sed -n 3p "$work/screen" | sed 's/│.*//')
wheel 5
wheel 5
check "the wheel over the outline scrolls the outline" \
	wait_until mouse sh -c '[ "$(sed -n 3p "$1" | sed "s/│.*//")" != "$2" ]' _ "$work/screen" "$first_outline"
keys mouse q
wait_dead mouse

# ---- tables in aligned columns -------------------------------------------
# A Word table: each column starts at one display column, whatever the
# widths of the Chinese cells before it.
start table 120 20 "'$BAOGAO' '$BAOGAO_DATADIR/../tests/fixtures/tables.docx'"
# column_of TEXT [ROW]: the display column of TEXT on the first row that
# holds it (and ROW, when given).
column_of() {
	grep -F -- "${2:-$1}" "$work/screen" | grep -F -- "$1" | head -n 1 | "$columns" "$1" | cut -d' ' -f1
}
table_aligned() {
	a=$(column_of 2024年) b=$(column_of 5.0万亿元) c=$(column_of 1200万人) d=$(column_of 75.1%)
	[ -n "$a" ] && [ "$a" -gt 0 ] && [ "$a" = "$b" ] && [ "$b" = "$c" ] && [ "$c" = "$d" ] &&
		[ "$(column_of 2025年 2024年)" = "$(column_of 1210万人)" ]
}
check "a Word table is drawn in aligned columns" wait_until table table_aligned
keys table q
wait_dead table

# ---- pinyin in the search prompt -----------------------------------------
start py 100 30 "exec '$BAOGAO'"
wait_for py "一、推进法治" >/dev/null
keys py / C-y
check "Ctrl-y in the search prompt: the prompt shows pinyin/" wait_for py "pinyin/"
text py pufa
keys py Enter
check "pinyin/pufa Enter: 1/N with N the count of 普法 ($total)" wait_for py "pufa 1/$total "
T capture-pane -p -e -t py > "$work/attrs"
check "the current match is 普法 in reverse video" current_match
keys py n
check "n: 2/$total" wait_for py "pufa 2/$total "
keys py / C-y
text py pufa
keys py Enter
check "Ctrl-y again: pufa is Latin only, and the sample has none" wait_for py "pufa: not found"
keys py q
wait_dead py

echo "1..$n"
exit $failed
