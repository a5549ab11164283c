# SPDX-License-Identifier: GPL-3.0-or-later
# lib.sh - TAP helpers for baogao's script tests.  Source it, call plan N,
# then ok/fail/check; every test script ends with finish.

: "${BAOGAO:?BAOGAO must name the program under test}"
: "${top_srcdir:?top_srcdir must name the source tree}"
FIXTURES=$top_srcdir/tests/fixtures
GOLDEN=$top_srcdir/tests/golden
SAMPLE=$top_srcdir/data/sample.txt
export LC_ALL=C.UTF-8
# BAOGAO names the program here, but to baogao it holds default options:
# a shell variable, out of the environment of what the tests run
program=$BAOGAO
unset BAOGAO
BAOGAO=$program

# With no FILE baogao reads a piped standard input: the tests' own is
# none of theirs.
exec </dev/null

tap_count=0
tap_failed=0
TMPDIR_TEST=$(mktemp -d "${TMPDIR:-/tmp}/baogao-test.XXXXXX") || exit 99
trap 'rm -rf "$TMPDIR_TEST"' EXIT
# no config file of the user's (tests/golden/config.sh makes its own)
XDG_CONFIG_HOME=$TMPDIR_TEST/config
export XDG_CONFIG_HOME

plan() { echo "1..$1"; }

ok() {
	tap_count=$((tap_count + 1))
	echo "ok $tap_count - $*"
}

fail() {
	tap_count=$((tap_count + 1))
	tap_failed=$((tap_failed + 1))
	echo "not ok $tap_count - $*"
}

# check DESCRIPTION COMMAND...: ok when COMMAND succeeds.
check() {
	desc=$1
	shift
	if "$@" >"$TMPDIR_TEST/check.out" 2>&1; then
		ok "$desc"
	else
		fail "$desc"
		sed 's/^/# /' "$TMPDIR_TEST/check.out" | head -n 40
	fi
}

# same DESCRIPTION EXPECTED ACTUAL: ok when the files are equal.
same() {
	if diff -u "$2" "$3" >"$TMPDIR_TEST/diff.out" 2>&1; then
		ok "$1"
	else
		fail "$1"
		sed 's/^/# /' "$TMPDIR_TEST/diff.out" | head -n 60
	fi
}

finish() {
	[ "$tap_failed" -eq 0 ]
	exit $?
}

# wait_scaled SECONDS: SECONDS times BAOGAO_TEST_WAIT_SCALE, for a
# sanitizer's slower build.
wait_scaled() {
	echo $(($1 * ${BAOGAO_TEST_WAIT_SCALE:-1}))
}
