#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# valgrind.sh - the batch modes on the sample and the fixtures under
# valgrind: no memory errors, no leaks.  Prints TAP.  Run by
# "make check-valgrind" (BAOGAO and top_srcdir set as for make check).
. "$top_srcdir/tests/lib.sh"
command -v valgrind >/dev/null || { echo "1..0 # SKIP valgrind is not installed"; exit 0; }

# valgrind cannot follow the machine code PCRE2 makes for a pattern at
# run time, and takes what it reads for undefined: the interpreter only.
export BAOGAO_NO_JIT=1
files=("$SAMPLE" "$FIXTURES"/*.txt "$FIXTURES"/*.md "$FIXTURES"/*.html "$FIXTURES"/summary-*.docx)
modes=("--outline --format=json" "--figures --format=json --kind=all" "--search=普法 --format=json"
       "--search=ＸＸ区 --count" "--search=[0-9]+人 --regex" "--outline --format=text"
       "--format=markdown" "--section=1 --format=json" "--figures --format=csv --bom")
plan $((${#files[@]} * ${#modes[@]}))
for f in "${files[@]}"; do
	for m in "${modes[@]}"; do
		# shellcheck disable=SC2086
		valgrind --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect \
			--errors-for-leak-kinds=definite,indirect "$BAOGAO" $m "$f" >/dev/null 2>"$TMPDIR_TEST/vg"
		rc=$?
		if [ $rc -ne 99 ] && ! grep -q 'definitely lost: [1-9]' "$TMPDIR_TEST/vg"; then
			ok "valgrind clean: $m $(basename "$f")"
		else
			fail "valgrind clean: $m $(basename "$f")"
			sed 's/^/# /' "$TMPDIR_TEST/vg" | head -n 40
		fi
	done
done
finish
