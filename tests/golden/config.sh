#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Defaults before the command line: the config file, then BAOGAO, then
# the command line, the last one saying an option winning (seen with
# --figures --kind); a bad default is an error naming where it was
# given, status 2; a default for the browser does not stop a mode.
. "$top_srcdir/tests/lib.sh"
plan 10

t=$TMPDIR_TEST
mkdir -p "$XDG_CONFIG_HOME/baogao"
config=$XDG_CONFIG_HOME/baogao/config

# kinds SOURCE...: the kinds of figures --figures --format=tsv prints
# (its first column), sorted, one line.
kinds() {
	"$@" --figures --format=tsv "$SAMPLE" | sed 1d | cut -f1 | sort -u | tr '\n' ' '
}
printf '# only money\nkind = money\n' > "$config"
check "kind = money in the config file: only money" \
	test "$(kinds "$BAOGAO")" = "money "
check "BAOGAO=--kind=docno wins over it" \
	test "$(kinds env BAOGAO=--kind=docno "$BAOGAO")" = "docno "
check "and --kind=date on the command line over both" \
	test "$(kinds env BAOGAO=--kind=docno "$BAOGAO" --kind=date)" = "date "

printf 'width=60\nascii\n' > "$config"
check "width=60 and ascii as defaults do not stop --outline (they are for the browser)" \
	sh -c '"$1" --outline "$2" > "$3/outline" && "$1" --outline "$2" | cmp -s - "$3/outline"' \
	sh "$BAOGAO" "$SAMPLE" "$t"
check "but on the command line they do" sh -c '! "$1" --outline --width=60 "$2" 2>/dev/null' sh "$BAOGAO" "$SAMPLE"

# refused TEXT EXPECTED [VARIABLE]: with the config file TEXT (and BAOGAO
# set to VARIABLE), baogao --outline exits 2 with EXPECTED first on stderr.
refused() {
	printf '%s' "$1" > "$config"
	if [ $# -gt 2 ]; then
		BAOGAO=$3 "$BAOGAO" --outline "$SAMPLE" >/dev/null 2>"$t/err"
	else
		"$BAOGAO" --outline "$SAMPLE" >/dev/null 2>"$t/err"
	fi
	status=$?
	[ "$status" = 2 ] && [ "$(head -n 1 "$t/err")" = "$2" ]
}
check "a misspelt option in the config file: status 2, the file and line named" \
	refused '# a comment
widht=60
' "baogao: $config:2: unrecognized option '--widht'"
check "a bad value in the config file: the same" \
	refused 'width=5
' "baogao: $config:1: invalid width '5' (0, or columns from 10 to 10000)"
check "a mode is no default" \
	refused 'outline
' "baogao: $config:1: --outline says what to do: give it on the command line, not as a default"
check "a misspelt option in BAOGAO: BAOGAO named" \
	refused '' "baogao: BAOGAO: unrecognized option '--widht'" '--widht=60'
check "a word that is no option in BAOGAO" \
	refused '' "baogao: BAOGAO: 'report.txt' is not an option" 'report.txt'
finish
