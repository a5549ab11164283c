#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# man-keys.sh - the man page lists every key of keys.def, the table the
# key dispatch and the ? help screen are made from, and nothing else.
: "${top_srcdir:?}"
echo "1..3"
work=$(mktemp -d "${TMPDIR:-/tmp}/baogao-keys.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT

sh "$top_srcdir/man/keys.sh" "$top_srcdir/src/ui/keys.def" > "$work/want"
sed -n '/^\.\\" keys begin$/,/^\.\\" keys end$/p' "$top_srcdir/man/baogao.1.in" | sed '1d;$d' > "$work/got"
if [ "$(grep -c '^KEY_ACTION(' "$top_srcdir/src/ui/keys.def")" -eq "$(grep -c '^\.TP$' "$work/want")" ] &&
   [ "$(grep -c '^\.TP$' "$work/want")" -gt 20 ]; then
	echo "ok 1 - man/keys.sh makes one entry for each action of keys.def"
else
	echo "not ok 1 - man/keys.sh makes one entry for each action of keys.def"
fi
if diff -u "$work/want" "$work/got" > "$work/diff"; then
	echo "ok 2 - the man page's key list is the one keys.def gives"
else
	echo "not ok 2 - the man page's key list is the one keys.def gives (run: make man-keys)"
	sed 's/^/# /' "$work/diff"
fi
sh "$top_srcdir/man/keys.sh" --markdown "$top_srcdir/src/ui/keys.def" > "$work/want.md"
sed -n '/^<!-- keys begin -->$/,/^<!-- keys end -->$/p' "$top_srcdir/README.md" | sed '1d;$d' > "$work/got.md"
if diff -u "$work/want.md" "$work/got.md" > "$work/diff"; then
	echo "ok 3 - the README's key list is the one keys.def gives"
else
	echo "not ok 3 - the README's key list is the one keys.def gives (run: make man-keys)"
	sed 's/^/# /' "$work/diff"
fi
