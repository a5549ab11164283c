#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Golden tests of baogao --outline: the sample and the law against their
# hand-checked outlines, and all three formats against expected files.
. "$top_srcdir/tests/lib.sh"
plan 12

out=$TMPDIR_TEST
"$BAOGAO" --outline --format=tsv "$SAMPLE" >"$out/sample.tsv"
check "sample outline matches the gold outline" \
	awk -f "$GOLDEN/gold-outline.awk" "$GOLDEN/sample.outline.gold" "$out/sample.tsv"

"$BAOGAO" --outline --format=json "$SAMPLE" >"$out/sample.json"
check "sample title, issuer and date" grep -q \
	'^{"title":"2023年法治建设工作总结","issuer":"XX市XX区人力资源和社会保障局","date":"2023-11-23",' "$out/sample.json"

top=$(awk -F '\t' '$1 == 1' "$out/sample.tsv" | wc -l)
second=$(awk -F '\t' '$1 == 2' "$out/sample.tsv" | wc -l)
inline=$(awk -F '\t' '$1 == 3 && $2 ~ /是$/' "$out/sample.tsv" | wc -l)
check "sample has 4 top-level, 12 second-level sections and 14 inline items ($top/$second/$inline)" \
	test "$top/$second/$inline" = 4/12/14

"$BAOGAO" --outline --format=tsv "$FIXTURES/law.md" >"$out/law.tsv"
check "law outline matches the gold outline" \
	awk -f "$GOLDEN/gold-outline.awk" "$GOLDEN/law.outline.gold" "$out/law.tsv"

"$BAOGAO" --outline --format=json "$FIXTURES/law.md" >"$out/law.json"
check "law title from the Markdown heading" grep -q '^{"title":"中华人民共和国国家赔偿法",' "$out/law.json"

"$BAOGAO" --outline --format=json "$FIXTURES/notice.md" >"$out/notice.json"
check "front matter gives the notice's metadata" grep -q \
	'"title":"上海市崇明区人民政府办公室关于印发2021年本区城市体检工作方案的通知","issuer":"上海市崇明区人民政府办公室","date":"2021-09-09","docno":"沪崇府办发〔2021〕20号"' "$out/notice.json"

for format in text tsv json; do
	"$BAOGAO" --outline --format=$format "$SAMPLE" >"$out/sample.$format"
	same "sample outline as $format" "$GOLDEN/sample.outline.$format" "$out/sample.$format"
done
# The same report in GB18030, with CRLF line ends, and hard-wrapped.
iconv -f UTF-8 -t GB18030 "$SAMPLE" >"$out/sample-gb.txt"
"$BAOGAO" --outline --format=tsv "$out/sample-gb.txt" >"$out/gb.tsv"
same "GB18030 copy has the same outline" "$out/sample.tsv" "$out/gb.tsv"
sed 's/$/\r/' "$SAMPLE" >"$out/sample-crlf.txt"
"$BAOGAO" --outline --format=tsv "$out/sample-crlf.txt" >"$out/crlf.tsv"
same "CRLF copy has the same outline" "$out/sample.tsv" "$out/crlf.tsv"
printf '\xef\xbb\xbf' | cat - "$SAMPLE" >"$out/sample-bom.txt"
"$BAOGAO" --outline --format=tsv "$out/sample-bom.txt" >"$out/bom.tsv"
same "UTF-8 copy with BOM has the same outline" "$out/sample.tsv" "$out/bom.tsv"
finish
