#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# run.sh - build the libFuzzer targets with clang (ASan + UBSan) and run
# each for SECONDS (default 60), seeded with the test fixtures.
#   tests/fuzz/run.sh [SECONDS] [TARGET...]     (from a configured build dir:
#                                                it needs config.h)
# Crashes are kept as tests/fuzz/out/crash-* in the build directory.
set -u -o pipefail
seconds=${1:-60}
shift || true
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
build=$(pwd)
[ -f "$build/config.h" ] || { echo "run.sh: run me from a configured build directory" >&2; exit 2; }
command -v clang >/dev/null || { echo "run.sh: clang is needed (Debian package clang)" >&2; exit 2; }
out=$build/tests/fuzz/out
mkdir -p "$out"
targets=${*:-load outline figures search docx html rules}
# the model's sources: not the program's main nor the build tool that
# generates the fold tables, which a build directory of its own holds
model=$(ls "$top"/src/*.c | grep -v -e '/main\.c$' -e '/make_fold_table\.c$' -e '/fold_tables\.c$')
model="$model $build/src/fold_tables.c"
# The PDF reader, when this build has it: fuzz_load reaches it with the
# PDF fixtures.
poppler=
if grep -q '^#define HAVE_POPPLER 1' "$build/config.h"; then
	poppler="$(pkg-config --cflags --libs poppler-glib) -lm"
fi
status=0
for t in $targets; do
	bin=$out/fuzz_$t
	clang -g -O1 -pthread -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
		-I"$build" -I"$top/src" -DFUZZ_UNITS="\"$top/data/units\"" \
		-DPKGDATADIR="\"$top/data\"" -DLOCALEDIR="\"/usr/share/locale\"" \
		$(pkg-config --cflags libxml-2.0 libzip) \
		"$here/fuzz_$t.c" $model -lunistring -lpcre2-8 $(pkg-config --libs libxml-2.0 libzip) -lz $poppler \
		-o "$bin" || exit 2
	corpus=$out/corpus_$t
	mkdir -p "$corpus"
	cp "$top"/tests/fixtures/* "$top/data/sample.txt" "$corpus"/ 2>/dev/null
	if [ "$t" = docx ]; then
		# Whole files (an even first byte), and their parts (odd).
		for f in "$top"/tests/fixtures/*.docx; do
			{ printf '\000'; cat "$f"; } >"$corpus/file-$(basename "$f")"
			{ printf '\001'; unzip -p "$f" word/document.xml; printf '\f'
			  unzip -p "$f" word/numbering.xml; printf '\f'
			  unzip -p "$f" word/styles.xml; } >"$corpus/parts-$(basename "$f")" 2>/dev/null
		done
	fi
	if [ "$t" = rules ]; then
		for f in "$top"/data/noise.rules "$top"/tests/fixtures/*.rules; do
			[ -f "$f" ] || continue
			{ cat "$f"; printf '\f'; cat "$top/data/sample.txt"; } >"$corpus/rules-$(basename "$f")"
		done
		printf 'tail (a+)+$\f标题\n\naaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n' >"$corpus/rules-bomb"
	fi
	if [ "$t" = search ]; then
		for q in 普法 'ＸＸ区' '"法治 建设"' '~[0-9]+人' 'gdp'; do
			{ printf '%s\n' "$q"; cat "$top/data/sample.txt"; } >"$corpus/q-$(printf '%s' "$q" | md5sum | cut -c1-8)"
		done
	fi
	echo "== fuzz_$t for ${seconds}s"
	(cd "$out" && "$bin" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
		-print_final_stats=1 "$corpus" 2>&1 | tail -n 12) || status=1
done
exit $status
