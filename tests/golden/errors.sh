#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Bad input and bad options: one line on stderr naming the file and the
# problem, exit status 2, nothing on stdout; and input that still reads.
. "$top_srcdir/tests/lib.sh"
plan 81

t=$TMPDIR_TEST

# expect_error DESCRIPTION PATTERN COMMAND...: exit 2, no stdout, one
# stderr line matching PATTERN (a usage error may add the line that
# points to --help, as GNU programs do).
expect_error() {
	desc=$1 pattern=$2
	shift 2
	"$@" >"$t/out" 2>"$t/err" </dev/null
	rc=$?
	grep -v "^Try 'baogao --help' for more information.$" "$t/err" >"$t/err1"
	mv "$t/err1" "$t/err"
	lines=$(wc -l <"$t/err")
	if [ "$rc" -eq 2 ] && [ ! -s "$t/out" ] && [ "$lines" -eq 1 ] && grep -q -- "$pattern" "$t/err"; then
		ok "$desc"
	else
		fail "$desc (exit $rc, $lines stderr lines)"
		sed 's/^/# /' "$t/err" "$t/out" | head -n 10
	fi
}

expect_error "missing file" "baogao: $t/nope.txt: cannot open file: No such file" \
	"$BAOGAO" --outline "$t/nope.txt"
expect_error "directory" "baogao: $t: is a directory" "$BAOGAO" --section=1 "$t"
: >"$t/empty.txt"
expect_error "empty file" "empty.txt: file is empty" "$BAOGAO" --outline "$t/empty.txt"
printf ' \n\t\n\343\200\200\n\r\n' >"$t/blank.txt"
expect_error "only white space" "blank.txt: file holds only white space" "$BAOGAO" --outline "$t/blank.txt"
printf 'abc\000\000def\001\002\000\n' >"$t/nul.bin"
expect_error "NUL bytes" "nul.bin: binary file" "$BAOGAO" --figures "$t/nul.bin"
printf '\377\376a\000b\000\n\000' >"$t/utf16.txt"
expect_error "UTF-16" "utf16.txt: UTF-16 is not supported, convert with iconv" "$BAOGAO" --search=a "$t/utf16.txt"
printf 'abc\200\n' >"$t/bad.txt"
expect_error "neither UTF-8 nor GB18030" "bad.txt: cannot decode" "$BAOGAO" --outline "$t/bad.txt"
{ printf '标题\n\n一、部分\n共3860人\377。\n'; for i in 1 2 3 4 5 6 7 8 9 10; do
	printf '这是一行正文，用于说明一个坏字节不会让整个文件无法打开。\n'; done; } >"$t/onebad.txt"
if "$BAOGAO" --search=3860 "$t/onebad.txt" >"$t/out" 2>"$t/err" && grep -q '3860' "$t/out" &&
   [ "$(wc -l <"$t/err")" -eq 1 ] && grep -q 'onebad.txt: warning: 1 byte not UTF-8.*at byte 32' "$t/err"; then
	ok "one bad byte: the file opens, with a warning"
else
	fail "one bad byte: the file opens, with a warning"
	cat "$t/err"
fi
expect_error "forced encoding that does not fit" "gbk.txt: cannot decode.*invalid UTF-8 at byte" \
	"$BAOGAO" --outline --encoding=UTF-8 "$FIXTURES/gbk.txt"
printf 'abc\n\344\270\200\n' >"$t/ascii.txt"
expect_error "forced ASCII that does not fit" "ascii.txt: cannot decode: not ASCII: invalid byte 0xE4 at byte 5$" \
	"$BAOGAO" --outline --encoding=ASCII "$t/ascii.txt"
expect_error "unknown encoding" "unknown or unusable encoding: NO-SUCH" \
	"$BAOGAO" --outline --encoding=NO-SUCH "$SAMPLE"
expect_error "bad format" "invalid format 'xml'" "$BAOGAO" --outline --format=xml "$SAMPLE"
expect_error "bad kind" "invalid kind list 'money,cats'" "$BAOGAO" --figures --kind=money,cats "$SAMPLE"
expect_error "unknown option" "unrecognized option '--nope'" "$BAOGAO" --nope
expect_error "extra operand" "extra operand 'b'" "$BAOGAO" --section=1 a b
printf 'tail [broken\n' >"$t/rules"
expect_error "bad noise rules" "rules: bad rule: line 1: " "$BAOGAO" --outline --noise-rules="$t/rules" "$SAMPLE"
expect_error "empty search" "empty search terms" "$BAOGAO" --search= "$SAMPLE"

# Options that cannot go together.
expect_error "two modes" "baogao: --outline and --figures are two modes: give one$" \
	"$BAOGAO" --outline --figures "$SAMPLE"
expect_error "a search and a mode" "baogao: --search and --outline are two modes: give one$" \
	"$BAOGAO" --search=普法 --outline "$SAMPLE"
expect_error "--count without --search" "baogao: --count needs --search$" "$BAOGAO" --count "$SAMPLE"
expect_error "--count with --list" "baogao: --count needs --search$" "$BAOGAO" --list --count "$SAMPLE"
expect_error "--kind with --list" "baogao: --kind is for --figures and the browser, not --list$" \
	"$BAOGAO" --list --kind=money "$SAMPLE"
expect_error "--recursive with --section" \
	"baogao: --recursive is for --outline, --figures, --search and --list, not --section$" \
	"$BAOGAO" --section=1 -r "$SAMPLE"
expect_error "several files in the browser's place with --format=markdown" \
	"baogao: extra operand 'b' (--section and --format=markdown take one FILE)$" \
	"$BAOGAO" --format=markdown a b
# A regex bomb ends at once with an error, under a memory limit.
{ printf '标题\n\n'; head -c 400 /dev/zero | tr '\0' a; printf '!\n'; } >"$t/aaa.txt"
# A sanitizer build reserves terabytes of address space: no limit there.
limit='ulimit -v 1000000;'
[ "${BAOGAO_SANITIZED:-no}" = yes ] && limit=
expect_error "costly regex" "aaa.txt: pattern too costly" \
	sh -c "$limit"' exec timeout '"$(wait_scaled 2)"' "$@"' sh "$BAOGAO" --regex --search='(a+)+$' "$t/aaa.txt"
expect_error "stacked bounds" "bad regular expression" \
	sh -c "$limit"' exec timeout '"$(wait_scaled 2)"' "$@"' sh "$BAOGAO" --regex --search='x{0,255}{0,255}{0,255}' "$t/aaa.txt"
# Noise rules run under the same limits: a bomb ends at once with an error
# naming the rule, and too many rules or too large a file are refused.
under_limit() {
	sh -c "$limit"' exec timeout '"$(wait_scaled 2)"' "$@"' sh "$@"
}
printf 'edge (a+)+$\n' >"$t/bomb.rules"
expect_error "costly noise rule" "aaa.txt: pattern too costly.*: noise rule at $t/bomb.rules line 1$" \
	under_limit "$BAOGAO" --outline --noise-rules="$t/bomb.rules" "$t/aaa.txt"
{ printf '标题\n\n'; head -c 2000 /dev/zero | tr '\0' a; printf '\n'; } >"$t/a2000.txt"
printf '# backreferences\nedge (a*)(a*)\\2\\1[bc]\n' >"$t/back.rules"
expect_error "backreference noise rule" "a2000.txt: pattern too costly.*: noise rule at $t/back.rules line 2$" \
	under_limit "$BAOGAO" --outline --noise-rules="$t/back.rules" "$t/a2000.txt"
yes 'edge x' | head -n 100000 >"$t/many.rules"
expect_error "100,000 noise rules" "many.rules: file too large: a rules file is at most 256 KiB$" \
	under_limit "$BAOGAO" --outline --noise-rules="$t/many.rules" "$t/aaa.txt"
yes 'edge x' | head -n 1001 >"$t/1001.rules"
expect_error "1001 noise rules" "1001.rules: bad rule: line 1001: more than 1000 rules in a file$" \
	under_limit "$BAOGAO" --outline --noise-rules="$t/1001.rules" "$t/aaa.txt"
yes '# a comment line that is long enough' | head -c 300000 >"$t/big.rules"
expect_error "over-size rules file" "big.rules: file too large: a rules file is at most 256 KiB$" \
	under_limit "$BAOGAO" --outline --noise-rules="$t/big.rules" "$t/aaa.txt"
{ printf '# long\nhead '; head -c 5000 /dev/zero | tr '\0' a; printf '\n'; } >"$t/long.rules"
expect_error "over-long noise rule" "long.rules: bad rule: line 2: longer than 4096 bytes$" \
	under_limit "$BAOGAO" --outline --noise-rules="$t/long.rules" "$t/aaa.txt"
printf 'tail x{0,255}{0,255}{0,255}\n' >"$t/stacked.rules"
expect_error "stacked bounds in a noise rule" "stacked.rules: bad rule: line 1: " \
	under_limit "$BAOGAO" --outline --noise-rules="$t/stacked.rules" "$t/aaa.txt"
expect_error "--regex --search not UTF-8" "bad regular expression: not UTF-8 at byte 2$" \
	"$BAOGAO" --regex --search="$(printf 'a\377')" "$SAMPLE"
expect_error "--search not UTF-8" "bad search query: not valid UTF-8$" \
	"$BAOGAO" --search="$(printf 'a\377')" "$SAMPLE"
expect_error "--regex without --search" "baogao: --regex needs --search$" "$BAOGAO" --outline --regex "$SAMPLE"
expect_error "--kind with --outline" "baogao: --kind is for --figures and the browser, not --outline$" \
	"$BAOGAO" --outline --kind=money "$SAMPLE"
expect_error "--kind with --search" "baogao: --kind is for --figures and the browser, not --search$" \
	"$BAOGAO" --search=普法 --kind=money "$SAMPLE"
expect_error "--pinyin with --outline" "baogao: --pinyin is for --search and the browser, not --outline$" \
	"$BAOGAO" --outline --pinyin "$SAMPLE"
expect_error "--pinyin with --format=markdown" \
	"baogao: --pinyin is for --search and the browser, not --format=markdown$" \
	"$BAOGAO" --format=markdown --pinyin "$SAMPLE"
expect_error "--no-variant-fold with --figures" \
	"baogao: --no-variant-fold is for --search and the browser, not --figures$" \
	"$BAOGAO" --figures --no-variant-fold "$SAMPLE"
expect_error "--ascii with a mode" "baogao: --ascii is for the browser, not --figures$" \
	"$BAOGAO" --figures --ascii "$SAMPLE"
expect_error "--width with a mode" "baogao: --width is for the browser, not --outline$" \
	"$BAOGAO" --outline --width=60 "$SAMPLE"
expect_error "--ambiguous with a mode" "baogao: --ambiguous is for the browser, not --outline$" \
	"$BAOGAO" --outline --ambiguous=wide "$SAMPLE"
expect_error "a bad --ambiguous" "baogao: invalid ambiguous width 'both' (narrow, wide or auto)$" \
	"$BAOGAO" --ambiguous=both "$SAMPLE"
expect_error "a bad --width" "baogao: invalid width '5' (0, or columns from 10 to 10000)$" \
	"$BAOGAO" --width=5 "$SAMPLE"
expect_error "--format=markdown with a mode" "baogao: --format=markdown is for the whole report and --section, not --outline$" \
	"$BAOGAO" --outline --format=markdown "$SAMPLE"
expect_error "--section with no such section" "sample.txt: no such section: 五、 (see --outline for the labels; numbers go from 1 to 30)$" \
	"$BAOGAO" --section=五、 "$SAMPLE"
printf '一段没有标题的文字。\n又一段文字。\n' >"$t/flat.txt"
expect_error "--section in a report without headings" "flat.txt: no such section: 1 (the report has no headings)$" \
	"$BAOGAO" --section=1 "$t/flat.txt"
expect_error "--section past the last number" "sample.txt: no such section: §31 " "$BAOGAO" --section=§31 "$SAMPLE"
expect_error "--section with an empty part" "baogao: invalid section '一、//（二）' (a path of labels" \
	"$BAOGAO" --section=一、//（二） "$SAMPLE"
expect_error "--section empty" "baogao: invalid section ''" "$BAOGAO" --section= "$SAMPLE"
expect_error "--section as TSV" "baogao: --section prints text, markdown or json, not tsv$" \
	"$BAOGAO" --section=三、 --format=tsv "$SAMPLE"
expect_error "--section and a mode" "baogao: --section and --outline are two modes: give one$" \
	"$BAOGAO" --section=三、 --outline "$SAMPLE"
expect_error "--format=csv with --outline" "baogao: --format=csv is for --figures, not --outline$" \
	"$BAOGAO" --outline --format=csv "$SAMPLE"
expect_error "--format=csv with --search" "baogao: --format=csv is for --figures, not --search$" \
	"$BAOGAO" --search=普法 --format=csv "$SAMPLE"
expect_error "--format=csv with --section" "baogao: --format=csv is for --figures, not --section$" \
	"$BAOGAO" --section=三、 --format=csv "$SAMPLE"
expect_error "--format=csv without a mode" "baogao: --format=csv is for --figures, not the browser or the outline$" \
	"$BAOGAO" --format=csv "$SAMPLE"
expect_error "--kind with --section" "baogao: --kind is for --figures and the browser, not --section$" \
	"$BAOGAO" --section=三、 --kind=money "$SAMPLE"
expect_error "--kind with --format=markdown" "baogao: --kind is for --figures and the browser, not --format=markdown$" \
	"$BAOGAO" --format=markdown --kind=money "$SAMPLE"
expect_error "--bom without csv" "baogao: --bom is for --format=csv$" "$BAOGAO" --figures --bom "$SAMPLE"
expect_error "--raw with --noise-rules" "baogao: --raw keeps everything: it cannot go with --noise-rules$" \
	"$BAOGAO" --raw --noise-rules="$t/rules" "$SAMPLE"

if [ "$(id -u)" -ne 0 ]; then
	printf 'x\n' >"$t/locked.txt"
	chmod 000 "$t/locked.txt"
	expect_error "unreadable file" "locked.txt: cannot open file: Permission denied" \
		"$BAOGAO" --outline "$t/locked.txt"
else
	ok "unreadable file # SKIP root reads every file"
fi

# Standard input: a pipe reads; closed gives an error.
if "$BAOGAO" --outline - <"$SAMPLE" | grep -q '一、推进法治建设'; then ok "report from a pipe"; else fail "report from a pipe"; fi
# With no FILE, a pipe or a redirected file is read, not the sample;
# /dev/null (as a terminal would) leaves the sample to open.
"$BAOGAO" --outline "$FIXTURES/gwr-2018.txt" >"$t/named"
cat "$FIXTURES/gwr-2018.txt" | "$BAOGAO" --outline >"$t/piped"
"$BAOGAO" --outline <"$FIXTURES/gwr-2018.txt" >"$t/redirected"
if cmp -s "$t/named" "$t/piped" && cmp -s "$t/named" "$t/redirected" && ! grep -q '一、推进法治建设' "$t/piped"; then
	ok "with no FILE, a pipe or a redirected file is read"
else
	fail "with no FILE, a pipe or a redirected file is read"
fi
if "$BAOGAO" --outline </dev/null | grep -q '一、推进法治建设'; then ok "with no FILE and /dev/null, the sample"; else fail "with no FILE and /dev/null, the sample"; fi
# --list of standard input gives the bytes read, as of a file.
size=$(cat "$SAMPLE" | "$BAOGAO" --list --format=tsv | cut -f6 | tail -n 1)
if [ "$size" = "$(wc -c <"$SAMPLE")" ]; then ok "--list of a pipe gives its bytes"; else fail "--list of a pipe gives its bytes ($size)"; fi
"$BAOGAO" --outline - <&- >"$t/out" 2>"$t/err"
rc=$?
if [ $rc -eq 2 ] && grep -q '^baogao: -: ' "$t/err"; then ok "closed standard input"; else fail "closed standard input (exit $rc)"; cat "$t/err"; fi

# Standard input that is a terminal (script gives the program a pty).
if command -v script >/dev/null; then
	script -qec "$BAOGAO --outline -" /dev/null </dev/null >"$t/out" 2>&1
	rc=$?
	if [ $rc -eq 2 ] && grep -q 'baogao: -: standard input is a terminal; pipe a report in or name a FILE' "$t/out"; then
		ok "standard input that is a terminal"
	else
		fail "standard input that is a terminal (exit $rc)"
		sed 's/^/# /' "$t/out"
	fi
else
	ok "standard input that is a terminal # SKIP no script(1)"
fi

# Write errors are reported.
if [ -w /dev/full ]; then
	"$BAOGAO" --outline "$SAMPLE" >/dev/full 2>"$t/err"
	rc=$?
	if [ $rc -eq 2 ] && grep -q 'write error' "$t/err"; then ok "write error"; else fail "write error (exit $rc)"; fi
	bad=
	for args in --format=markdown --section=一、 "--figures --format=csv"; do
		# shellcheck disable=SC2086
		"$BAOGAO" $args "$SAMPLE" >/dev/full 2>"$t/err"
		rc=$?
		{ [ $rc -eq 2 ] && grep -q 'write error' "$t/err"; } || bad="$bad $args"
	done
	if [ -z "$bad" ]; then ok "write error in the export modes"; else fail "write error in:$bad"; fi
else
	ok "write error # SKIP no /dev/full"
	ok "write error in the export modes # SKIP no /dev/full"
fi

# Readable input with flaws is shown.
if "$BAOGAO" --outline --format=json "$FIXTURES/gbk.txt" | grep -q '"encoding":"GB18030".*"label":"一、","title":"中文报告"'; then
	ok "GB18030 detected and decoded"
else
	fail "GB18030 detected and decoded"
fi
printf '\xe4\xb8\x80\xe3\x80\x81\xe7\x94\xb2\n\xe6\xad\xa3\xe6\x96\x87\xe3\x80\x82\xe4\xb8' >"$t/trunc.txt"
"$BAOGAO" --outline "$t/trunc.txt" >"$t/out" 2>"$t/err"
rc=$?
if [ $rc -eq 0 ] && grep -q '一、甲' "$t/out" && grep -q 'warning: truncated multi-byte sequence' "$t/err"; then
	ok "truncated UTF-8 at the end: shown with a warning"
else
	fail "truncated UTF-8 at the end (exit $rc)"
fi
printf '\xe4\xb8\x80\xe3\x80\x81\xe7\x94\xb2\r\n\xe6\xad\xa3\r\xe6\x96\x87\n\xe4\xba\x8c\xe3\x80\x81\xe4\xb9\x99\r' >"$t/mixed.txt"
if "$BAOGAO" --outline --format=tsv "$t/mixed.txt" | grep -q "$(printf '^1\t二、\t乙\t3$')"; then
	ok "mixed CRLF, LF and CR line ends"
else
	fail "mixed CRLF, LF and CR line ends"
fi
"$BAOGAO" --outline "$SAMPLE" >"$t/out" 2>"$t/err"
if [ ! -s "$t/err" ]; then ok "the sample loads without warnings"; else fail "the sample loads without warnings"; cat "$t/err"; fi
"$BAOGAO" --help >"$t/out"
if grep -q -- '--outline' "$t/out" && grep -q -- '--figures' "$t/out" && grep -q -- '--search' "$t/out"; then
	ok "--help names the modes"
else
	fail "--help names the modes"
fi
# Reads are bounded: a device or sparse file of zeros is refused at its
# first chunk, a pipe past --max-size as soon as it goes over.
expect_error "/dev/zero" "/dev/zero: binary file" timeout "$(wait_scaled 1)" "$BAOGAO" --outline /dev/zero
truncate -s 1G "$t/sparse.txt"
expect_error "1 GiB sparse file" "sparse.txt: binary file" timeout "$(wait_scaled 1)" "$BAOGAO" --outline "$t/sparse.txt"
rm -f "$t/sparse.txt"
expect_error "over --max-size" "-: file too large: over 5 KiB" \
	sh -c 'yes 一、标题 | "$@"' sh "$BAOGAO" --max-size=5K --outline -
expect_error "bad --max-size" "invalid size '12x'" "$BAOGAO" --max-size=12x --outline "$SAMPLE"
# No escape or C1 control reaches the terminal through stderr, whatever
# a file name, an argument, a rule or a warning holds (OSC 52 would set
# the clipboard, CSI 0x9B starts a sequence on some terminals).
osc=$(printf '\033]52;c;SGVsbG8=\007')
c1=$(printf '\302\233')
mkdir -p "$t/esc"
printf '标题\n\n一、甲\n正文。\n二、乙\n正文。\n' >"$t/esc/x${osc}${c1}.txt"
printf 'line .\n' >"$t/esc/rules"
printf 'bogus%s rule\n' "$osc" >"$t/esc/bogus.rules"
leaks=0
for args in "--outline|$t/esc/nope${osc}${c1}" 	"--search=a${osc}(|--regex|$SAMPLE" "--format=${osc}|--outline|$SAMPLE" \
	"--kind=${osc}|--figures|$SAMPLE" "--encoding=${osc}|--outline|$SAMPLE" \
	"--nope${osc}|$SAMPLE" "--outline|--noise-rules=$t/esc/no${osc}|$SAMPLE" \
	"--outline|--noise-rules=$t/esc/bogus.rules|$SAMPLE" "--outline|$SAMPLE|extra${osc}" \
	"--outline|--noise-rules=$t/esc/rules|$t/esc/x${osc}${c1}.txt"; do
	IFS='|' read -r -a argv <<<"$args"
	"$BAOGAO" "${argv[@]}" >/dev/null 2>"$t/err" </dev/null
	if [ ! -s "$t/err" ] || LC_ALL=C grep -q "$(printf '[\033\007]')" "$t/err" ||
	   LC_ALL=C grep -q "$(printf '\302[\200-\237]')" "$t/err"; then
		leaks=$((leaks + 1))
		echo "# $args:"; od -c "$t/err" | head -n 5 | sed 's/^/# /'
	fi
done
if [ "$leaks" -eq 0 ]; then ok "no escape reaches stderr"; else fail "no escape reaches stderr ($leaks)"; fi
finish
