#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# self-check.sh - shows that screen.sh cannot pass by accident: runs it on
# a baogao whose screen goes nowhere, and fails unless screen.sh then
# fails.  Not part of make check; from a built tree:
#   sh tests/screen/self-check.sh [pty|null] [BUILDDIR]
# SCREEN_TEST=habits.sh checks that screen test instead of screen.sh.
# pty (the default): the browser runs and draws every frame, and counts
#   them, on a terminal of its own (script(1)) whose output is thrown
#   away; the keys still reach it.
# null: what would be the terminal is /dev/null (baogao then does not
#   start the browser at all).
# Either way the batch modes, whose output is not a terminal, still
# print.  Checks that do not read the screen (exit statuses, stderr
# messages) still pass; it lists what passed.
here=$(cd "$(dirname "$0")" && pwd)
mode=${1:-pty}
builddir=$(cd "${2:-$here/../..}" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/baogao-self-check.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/src" "$work/tests/screen"
ln -s "$builddir/tests/screen/columns" "$work/tests/screen/columns"
cat > "$work/src/baogao" <<WRAP
#!/bin/sh
if [ -t 1 ] && [ $mode = pty ]; then
	exec script -qec "exec '$builddir/src/baogao' \$*" /dev/null > /dev/null
elif [ -t 1 ]; then
	exec '$builddir/src/baogao' "\$@" > /dev/null
fi
exec '$builddir/src/baogao' "\$@"
WRAP
chmod +x "$work/src/baogao"

LC_ALL=C.UTF-8 BAOGAO=$work/src/baogao BAOGAO_DATADIR=$here/../../data \
	SCREEN_TIMEOUT=${SCREEN_TIMEOUT:-1} sh "$here/${SCREEN_TEST:-screen.sh}" > "$work/out" 2>&1
status=$?
grep '^ok' "$work/out"
echo "screen.sh: $(grep -c '^ok' "$work/out") passed, $(grep -c '^not ok' "$work/out") failed, status $status"
if [ $status -eq 0 ]; then
	echo "self-check: FAILED: screen.sh passed with the screen thrown away"
	exit 1
fi
echo "self-check: ok: screen.sh fails when baogao's screen goes nowhere"
