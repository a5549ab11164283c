#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The option table (src/options.def) against what is said about it: the
# man page and --help name every option and the man page no other; the
# completion offers every option, and every value it offers is taken.
. "$top_srcdir/tests/lib.sh"
plan 6

t=$TMPDIR_TEST
def=$top_srcdir/src/options.def
sed -n 's/^OPTION([A-Z_]*, "\([^"]*\)".*/\1/p' "$def" >"$t/table"
if [ "$(wc -l <"$t/table")" -ge 14 ]; then ok "the table has the options"; else fail "the table has the options"; fi

missing=
while read -r name; do
	grep -q -- "\\\\-\\\\-$(printf '%s' "$name" | sed 's/-/\\\\-/g')\\>" "$top_srcdir/man/baogao.1.in" ||
		missing="$missing --$name"
done <"$t/table"
if [ -z "$missing" ]; then ok "the man page names every option"; else fail "the man page lacks:$missing"; fi

# The man page's option entries (".B \-\-name" or ".BI \-\-name= ARG").
sed -n 's/^\.BI\{0,1\} \\-\\-\([a-z\\-]*\).*/\1/p' "$top_srcdir/man/baogao.1.in" | sed 's/\\-/-/g; s/=$//' | sort -u >"$t/man"
sort -u "$t/table" >"$t/table.sorted"
same "the man page's option entries are the table's" "$t/table.sorted" "$t/man"

"$BAOGAO" --help >"$t/help"
missing=
while read -r name; do
	grep -q -- "^      --$name\\>" "$t/help" || missing="$missing --$name"
done <"$t/table"
if [ -z "$missing" ]; then ok "--help names every option"; else fail "--help lacks:$missing"; fi

sh "$top_srcdir/completion/complete.sh" "$def" >"$t/completion"
missing=
while read -r name; do
	grep -q -- "--$name[= ']" "$t/completion" || missing="$missing --$name"
done <"$t/table"
if [ -z "$missing" ] && bash -n "$t/completion"; then ok "the completion offers every option"; else fail "the completion lacks:$missing"; fi

# Every value offered is taken: --format and --kind by the batch modes,
# --encoding by the loader.
bad=
# A format is taken by --outline, or else by --figures, or else alone
# (markdown: the whole report).
for v in $(sed -n 's/^OPTION(FORMAT, [^,]*, [^,]*, "\([^"]*\)".*/\1/p' "$def"); do
	"$BAOGAO" --outline --format="$v" "$SAMPLE" >/dev/null 2>&1 ||
		"$BAOGAO" --figures --format="$v" "$SAMPLE" >/dev/null 2>&1 ||
		"$BAOGAO" --format="$v" "$SAMPLE" >/dev/null 2>&1 || bad="$bad format=$v"
done
for v in $(sed -n 's/^OPTION(KIND, [^,]*, [^,]*, "\([^"]*\)".*/\1/p' "$def"); do
	"$BAOGAO" --figures --kind="$v" "$SAMPLE" >/dev/null 2>&1 || bad="$bad kind=$v"
done
for v in $(sed -n 's/^OPTION(ENCODING, [^,]*, [^,]*, "\([^"]*\)".*/\1/p' "$def"); do
	"$BAOGAO" --outline --encoding="$v" "$FIXTURES/gbk.txt" >/dev/null 2>&1 ||
		[ "$v" = UTF-8 ] || bad="$bad encoding=$v"
done
# and every figure kind is offered
for k in $(sed -n 's/^[[:space:]]*X(FIGURE_[A-Z]*, "\([a-z]*\)").*/\1/p' "$top_srcdir/src/figures.h"); do
	grep -q "^OPTION(KIND, .*\"[^\"]*\\<$k\\>" "$def" || bad="$bad kind $k not offered"
done
if [ -z "$bad" ]; then ok "every value offered is taken, every figure kind offered"; else fail "values:$bad"; fi
finish
