#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Golden tests of --search's counts on the corpus reports and the search
# fixtures, against tests/golden/search.counts, which baogao counted before
# a report's bytes were looked at first (before commit "Search: tell from a
# text file's bytes ...": every report loaded, every count taken from its
# paragraphs).  A report that cannot hold a match is no longer loaded, and
# a per-file count of one term builds no outline: the counts must not
# change.  The queries cover a Han word, one cut by a hard wrap
# (营商环境 in search-wrapped.txt), folded (ＧＤＰ, xx区) and traditional
# (勞動) forms, words that only escapes write (规划 健康 养老 in
# search-escapes.txt), a word in no report, two ANDed terms with and
# without an absent one, pinyin and regular expressions.
#   search-counts.sh --write   writes the expected file with $BAOGAO
. "$top_srcdir/tests/lib.sh"

out=$TMPDIR_TEST
expected=$GOLDEN/search.counts

# The reports: the corpus (text, Markdown, HTML, GB18030) and the fixtures
# made for searching.
files() {
	for f in "$top_srcdir"/tests/corpus/*.txt "$top_srcdir"/tests/corpus/*.md; do
		echo "$f"
	done
	for f in search-wrapped.txt search-escapes.txt wrapped-gwr-2018.txt gbk.txt law.md notice.md; do
		echo "$FIXTURES/$f"
	done
}

# The queries, one a line: the options before --search, '|', the terms.
queries() {
	printf '%s|%s\n' \
		'' 普法 \
		'' 发展 \
		'' 营商环境 \
		'' ＧＤＰ \
		'' xx区 \
		'' 勞動 \
		'' 规划 \
		'' 健康 \
		'' 养老 \
		'' 量子纠缠 \
		'' '改革 创新' \
		'' '数字经济 量子纠缠' \
		'--pinyin' pufa \
		'--regex' '[0-9]+亿元' \
		'--regex' '量子[a-z]+'
}

# count_all OPTIONS TERMS: "OPTIONS<tab>TERMS<tab>FILE<tab>COUNT" for every
# file, from one run over all of them (the per-file count).
count_all() {
	# shellcheck disable=SC2086
	files | tr '\n' '\0' | xargs -0 "$BAOGAO" $1 --search="$2" --count 2>/dev/null |
		sed '$d' | while read -r n f; do
			printf '%s\t%s\t%s\t%s\n' "$1" "$2" "${f#"$top_srcdir"/}" "$n"
		done
}

if [ "${1:-}" = --write ]; then
	queries | while IFS='|' read -r options terms; do
		count_all "$options" "$terms"
	done >"$expected"
	exit 0
fi

plan 6
queries | while IFS='|' read -r options terms; do
	count_all "$options" "$terms"
done >"$out/counts"
same "per-file counts of 15 queries on $(files | wc -l) reports are unchanged" "$expected" "$out/counts"

# The same counts one report at a time, as its total per section (the
# outline built; a report that holds no match prints nothing), on a few
# reports of each kind.
few='search-wrapped.txt|search-escapes.txt|wrapped-gwr-2018.txt|gbk.txt|notice.md|gwr-2026-hebei.txt|web-gwr-2006-govcn.txt'
grep -E "/($few)	" "$expected" >"$out/expected-few"
queries | while IFS='|' read -r options terms; do
	files | grep -E "/($few)\$" | while read -r f; do
		# shellcheck disable=SC2086
		n=$("$BAOGAO" $options --search="$terms" --count "$f" 2>/dev/null | awk '$2 == "total" { print $1 }')
		printf '%s\t%s\t%s\t%s\n' "$options" "$terms" "${f#"$top_srcdir"/}" "${n:-0}"
	done
done >"$out/single"
same "each report's total alone is its per-file count" "$out/expected-few" "$out/single"

# Standard input is never looked at first: it is loaded as before.
for f in search-escapes.txt search-wrapped.txt; do
	for terms in 规划 健康 营商环境 量子纠缠; do
		a=$("$BAOGAO" --search="$terms" --count --format=tsv "$FIXTURES/$f" 2>&1)
		b=$("$BAOGAO" --search="$terms" --count --format=tsv - <"$FIXTURES/$f" 2>&1)
		[ "$a" = "$b" ] || echo "$f $terms: file and standard input differ"
	done
done >"$out/stdin"
check "counts of a file equal those of its bytes on standard input" test ! -s "$out/stdin"

# GB18030 copies of reports count what their UTF-8 originals do, in one
# run over a directory of them, where a GB18030 report that cannot match
# is passed over from its bytes: one where only the full-width and
# traditional forms stand (ＧＤＰ for gdp, 勞動 for 劳动), one a term cut by a
# hard wrap, one where only escapes write the term, and queries none of
# them holds a character of (量子纠缠), some of them (欠薪), or all.
mkdir "$out/utf8" "$out/gb18030" || exit 1
printf '一、总则\n\n生产总值（ＧＤＰ）增长，勞動者權益，欠账还清。\n\n二、附则\n\n本办法自公布之日起施行。\n' \
	>"$out/utf8/forms.txt"
printf '一、总则\n\n依法保障劳动者工资，发展经济。\n' >"$out/utf8/wages.txt"
cp "$FIXTURES/search-wrapped.txt" "$FIXTURES/search-escapes.txt" "$out/utf8/" || exit 1
for f in "$out"/utf8/*; do
	iconv -f UTF-8 -t GB18030 "$f" >"$out/gb18030/${f##*/}" || exit 1
done
for terms in gdp 劳动 勞動 欠薪 营商环境 规划 健康 量子纠缠 '发展 劳动' '发展 量子'; do
	a=$("$BAOGAO" --search="$terms" --count "$out/utf8" 2>&1 | sed 's#/utf8/#/#')
	b=$("$BAOGAO" --search="$terms" --count "$out/gb18030" 2>&1 | sed 's#/gb18030/#/#')
	[ "$a" = "$b" ] || printf '%s:\n%s\n%s\n' "$terms" "$a" "$b"
	# (and something is counted at all)
	[ "$terms" = 量子纠缠 ] || [ "$terms" = '发展 量子' ] || [ "$terms" = 欠薪 ] ||
		printf '%s\n' "$b" | grep -q '^ *[1-9]' || printf '%s: no match\n' "$terms"
done >"$out/gb18030.diff"
check "GB18030 reports count what their UTF-8 copies do" test ! -s "$out/gb18030.diff"
sed "s/^/# /" "$out/gb18030.diff"

# A file of white space (a byte-order mark, a zero-width space) holds no
# match, but it is no report either: it is not passed over in silence.
printf '\357\273\277  \n\342\200\213\n\t\n' >"$out/blank.txt"
"$BAOGAO" --search=量子 --count "$out/blank.txt" >/dev/null 2>"$out/blank.err"
status=$?
check "a file of white space only is said to be one (status $status)" \
	grep -q 'white space' "$out/blank.err"
printf -- '---\ntitle: 报告\n---\n' >"$out/front.md"
"$BAOGAO" --search=量子 --count "$out/front.md" >/dev/null 2>"$out/front.err"
status=$?
check "a Markdown file of front matter only is said to hold no text (status $status)" \
	grep -q 'white space' "$out/front.err"
finish
