# gold-outline.awk - compares baogao --outline --format=tsv output (second
# file) with a gold outline (first file):
#   meta<TAB>key<TAB>value            (checked against --format=json by the caller)
#   DEPTH<TAB>LABEL<TAB>LINE<TAB>TITLE-PREFIX    a section, in document order
#   ?DEPTH<TAB>LABEL<TAB>LINE<TAB>...  optional: may be reported or not
# Prints one line per mismatch and exits 1 when there is any.
BEGIN { FS = "\t"; bad = 0 }
FNR == NR {
	if ($0 ~ /^#/ || $1 == "meta" || $0 == "") next
	if ($1 ~ /^\?/) { optional[$2 "@" $3] = 1; next }
	n++
	depth[n] = $1; label[n] = $2; line[n] = $3; prefix[n] = $4
	next
}
FNR == 1 { next }    # the header of the TSV output
{ m++; odepth[m] = $1; olabel[m] = $2; otitle[m] = $3; oline[m] = $4 }
END {
	j = 1
	for (i = 1; i <= n; i++) {
		while (j <= m && !(olabel[j] == label[i] && oline[j] == line[i]) && \
		       (olabel[j] "@" oline[j]) in optional)
			j++
		if (j <= m && odepth[j] == depth[i] && olabel[j] == label[i] && oline[j] == line[i] &&
		    index(otitle[j], prefix[i]) == 1) {
			j++
			continue
		}
		printf "missing or wrong: %s %s line %s \"%s\"; got: %s %s line %s \"%s\"\n", \
			depth[i], label[i], line[i], prefix[i], odepth[j], olabel[j], oline[j], otitle[j]
		bad = 1
		if (j <= m && oline[j] + 0 <= line[i] + 0)
			j++
	}
	for (; j <= m; j++) {
		if ((olabel[j] "@" oline[j]) in optional) continue
		printf "unexpected: %s %s line %s \"%s\"\n", odepth[j], olabel[j], oline[j], otitle[j]
		bad = 1
	}
	exit bad
}
