#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# i18n.sh - the messages in Chinese when the locale is zh_CN (po/zh_CN.po),
# in English by default; what the batch modes print is the same in both.
# Skips when the build has no NLS or the zh_CN.UTF-8 locale is missing
# (.ci/run makes it with localedef).
. "$top_srcdir/tests/lib.sh"

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
plan 10

t=$TMPDIR_TEST
mkdir -p "$t/locale/zh_CN/LC_MESSAGES"
cp "$top_srcdir/po/zh_CN.gmo" "$t/locale/zh_CN/LC_MESSAGES/baogao.mo"
BAOGAO_LOCALEDIR=$t/locale
export BAOGAO_LOCALEDIR
# in_zh COMMAND...: COMMAND with the messages of LANG=zh_CN.UTF-8.
in_zh() {
	env -u LC_ALL -u LANGUAGE LANG="$zh" "$@"
}

in_zh "$BAOGAO" --help >"$t/help.zh"
"$BAOGAO" --help >"$t/help.en"
check "--help in Chinese under LANG=zh_CN.UTF-8" grep -q '^用法：baogao \[OPTION\]' "$t/help.zh"
check "its option help in Chinese, option names as they are" \
	grep -q '^      --outline            打印大纲（标题树）$' "$t/help.zh"
check "--help in English under C.UTF-8" grep -q '^Usage: baogao \[OPTION\]' "$t/help.en"
check "the same options in both" \
	test "$(grep -c '^      --' "$t/help.zh")" -eq "$(grep -c '^      --' "$t/help.en")"

in_zh "$BAOGAO" --bogus 2>"$t/usage.zh"
check "a usage error in Chinese" grep -q "^baogao: 无法识别的选项“--bogus”$" "$t/usage.zh"
in_zh "$BAOGAO" --outline "$t/missing.txt" 2>"$t/open.zh"
check "a file that cannot be opened, said in Chinese" grep -q "missing.txt: 无法打开文件" "$t/open.zh"
"$BAOGAO" --outline "$t/missing.txt" 2>"$t/open.en"
check "and in English by default" grep -q "missing.txt: cannot open file" "$t/open.en"

# Batch output is data: not one byte changes with the language.
differ=
for mode in --outline --figures --search=普法 --list "--section=三、" "--search=普法 --count"; do
	for format in text tsv json; do
		[ "$mode" = "--section=三、" ] && [ "$format" = tsv ] && continue
		# shellcheck disable=SC2086
		"$BAOGAO" $mode --format=$format "$SAMPLE" >"$t/out.en" 2>&1
		# shellcheck disable=SC2086
		in_zh "$BAOGAO" $mode --format=$format "$SAMPLE" >"$t/out.zh" 2>&1
		cmp -s "$t/out.en" "$t/out.zh" || differ="$differ $mode/$format"
	done
done
"$BAOGAO" --figures --format=csv "$SAMPLE" >"$t/csv.en"
in_zh "$BAOGAO" --figures --format=csv "$SAMPLE" >"$t/csv.zh"
cmp -s "$t/csv.en" "$t/csv.zh" || differ="$differ csv"
if [ -z "$differ" ]; then ok "the batch modes print the same in Chinese and English"
else fail "the batch modes print differently in Chinese:$differ"; fi
"$BAOGAO" --format=markdown "$SAMPLE" >"$t/md.en"
in_zh "$BAOGAO" --format=markdown "$SAMPLE" >"$t/md.zh"
same "and so does --format=markdown" "$t/md.en" "$t/md.zh"

# Every message the program says has its Chinese, none left fuzzy.
pot=$top_srcdir/po/baogao.pot
if [ -f "$pot" ] && command -v msgcmp >/dev/null 2>&1; then
	check "every message has its Chinese, none fuzzy (msgcmp po/zh_CN.po po/baogao.pot)" \
		msgcmp "$top_srcdir/po/zh_CN.po" "$pot"
else
	ok "every message has its Chinese # SKIP no msgcmp or po/baogao.pot"
fi
finish
