#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Golden tests of the folding of traditional and simplified characters:
# the sample and the sample in traditional characters (made by OpenCC,
# tests/fixtures/make-traditional.sh) give the same matches, at the same
# places, whichever form the query is in; one-to-many forms (发 發 髮,
# 干 乾 幹) all match; --no-variant-fold keeps them apart.
. "$top_srcdir/tests/lib.sh"
plan 14

out=$TMPDIR_TEST
TRADITIONAL=$FIXTURES/sample-traditional.txt

# The places (line, column) of the matches of $1 in file $2.
places() {
	"$BAOGAO" --search="$1" --format=tsv "$2" | cut -f 1,2
}

for pair in 普法:普法 劳动:勞動 法治:法治; do
	simplified=${pair%%:*}
	traditional=${pair#*:}
	places "$simplified" "$SAMPLE" >"$out/expected"
	# Against grep on each text, so that an empty list cannot pass.
	check "$simplified: as many matches as grep finds in the sample" \
		test "$(wc -l <"$out/expected")" -eq $(($(grep -o "$simplified" "$SAMPLE" | wc -l) + 1))
	places "$traditional" "$SAMPLE" >"$out/t-on-s"
	places "$simplified" "$TRADITIONAL" >"$out/s-on-t"
	same "$traditional on the simplified sample: the places of $simplified" \
		"$out/expected" "$out/t-on-s"
	same "$simplified on the traditional sample: the places of $simplified on the simplified" \
		"$out/expected" "$out/s-on-t"
done

# --count's totals agree too.
total() {
	"$BAOGAO" --search="$1" --count "$2" | tail -n 1
}
check "勞動 counted on the simplified sample as 劳动" \
	test "$(total 勞動 "$SAMPLE")" = "$(total 劳动 "$SAMPLE")"
check "劳动 counted on the traditional sample as on the simplified" \
	test "$(total 劳动 "$TRADITIONAL")" = "$(total 劳动 "$SAMPLE")"

# One simplified character for several traditional ones: each finds all.
printf '头发和发展\n頭髮與發展\n干部、乾燥、幹部\n' >"$out/forms.txt"
for q in 发 發 髮; do
	printf '%s ' "$("$BAOGAO" --search=$q --format=tsv "$out/forms.txt" | cut -f 5 | tail -n +2 | tr '\n' ' ')"
done >"$out/fa"
check "发, 發 and 髮 each find all four: 头发 发展 頭髮 發展" \
	test "$(cat "$out/fa")" = "发 发 髮 發  发 发 髮 發  发 发 髮 發  "
check "干, 乾 and 幹 each find all three" \
	test "$("$BAOGAO" --search=乾 --format=tsv "$out/forms.txt" | tail -n +2 | cut -f 5 | tr -d '\n')" = 干乾幹

# --no-variant-fold: only the form typed.
"$BAOGAO" --search=勞動 --no-variant-fold "$SAMPLE" >/dev/null
check "--no-variant-fold: 勞動 is not in the simplified sample (exit 1)" test $? -eq 1
