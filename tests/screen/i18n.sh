#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# i18n.sh - the browser in Chinese under LANG=zh_CN.UTF-8 (po/zh_CN.po):
# the status line, a message and the ? help screen, with the key names as
# they are and the help box's borders in line; in English under C.UTF-8.
# Skips when the build has no NLS or the zh_CN.UTF-8 locale is missing
# (.ci/run makes it with localedef).
: "${BAOGAO:?}"
: "${top_srcdir:?}"
if [ "${BAOGAO_NLS:-no}" != yes ]; then
	echo "1..0 # SKIP built without NLS (configure --disable-nls)"
	exit 0
fi
zh=$(locale -a 2>/dev/null | grep -ix 'zh_CN\.utf-\{0,1\}8' | head -n 1)
if [ -z "$zh" ]; then
	echo "1..0 # SKIP no zh_CN.UTF-8 locale (make it: localedef -i zh_CN -f UTF-8 zh_CN.UTF-8)"
	exit 0
fi
if [ ! -f "$top_srcdir/po/zh_CN.gmo" ]; then
	echo "1..0 # SKIP po/zh_CN.gmo is not built"
	exit 0
fi
. "$(dirname "$0")/lib.sh"

sample=${BAOGAO_DATADIR:-$(dirname "$0")/../../data}/sample.txt
mkdir -p "$work/locale/zh_CN/LC_MESSAGES"
cp "$top_srcdir/po/zh_CN.gmo" "$work/locale/zh_CN/LC_MESSAGES/baogao.mo"

# help_box_aligned: every row of the help box has its left and right
# border in the same display columns, and no row is wider than 100.
help_box_aligned() {
	grep '│' "$work/screen" | sed -n '2,$p' | sed '$d' > "$work/box"
	[ "$(wc -l < "$work/box")" -gt 10 ] || return 1
	"$columns" '│' < "$work/box" > "$work/left"
	sed 's/│[^│]*$/|/' "$work/box" | "$columns" '|' > "$work/right"
	[ "$(cut -d' ' -f1 "$work/left" | sort -u | wc -l)" -eq 1 ] &&
		[ "$(cut -d' ' -f1 "$work/right" | sort -u | wc -l)" -eq 1 ] &&
		awk '$2 > 100 { bad = 1 } END { exit bad }' "$work/left"
}

start zh 100 30 "unset LC_ALL LANGUAGE; LANG='$zh' BAOGAO_LOCALEDIR='$work/locale' exec '$BAOGAO' --no-history '$sample'"
check "LANG=zh_CN.UTF-8: the status line's hint in Chinese" \
	wait_for zh "? 帮助  q 退出  / 搜索  n 下一个"
check "the focused pane named in Chinese" screen_has " 大纲  ? 帮助"
keys zh x
check "a message in Chinese" wait_for zh "没有这个按键：按 ? 查看帮助"
keys zh '?'
check "? shows the help screen in Chinese" wait_for zh " baogao 按键 "
check "its groups and actions in Chinese" \
	sh -c "grep -qF '│ 移动' '$work/screen' && grep -qF '下移一行；在大纲中为下一个标题。' '$work/screen'"
check "key names as they are" screen_has "j, Down, Ctrl-n, Ctrl-e"
check "no English help text left" screen_lacks "Down one line"
check "the help box's borders in line on every row" help_box_aligned
keys zh q
keys zh q
check "q quits" wait_dead zh

start en 100 30 "exec '$BAOGAO' --no-history '$sample'"
check "C.UTF-8: the hint in English" wait_for en "? help  q quit  / search"
keys en '?'
check "C.UTF-8: the help screen in English" wait_for en " baogao keys "
check "its actions in English" screen_has "Down one line; in the outline, the next heading."
check "and its borders in line" help_box_aligned
keys en q
keys en q
wait_dead en

echo "1..$n"
exit $failed
