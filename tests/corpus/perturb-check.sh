#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# perturb-check.sh - how much the corpus scores drop when its reports come
# as real copies do: every report with a gold is perturbed by perturb.sh
# in every way (or those named), its gold's lines moved with it, and
# check.sh scores it.  Prints, per perturbation, the reports it applies
# to, their mean outline F1 as they are (base) and perturbed, the mean
# drop, the reports that score worse (F1 down by more than 0.005, or fewer
# metadata right), the metadata right perturbed and as they are, and the
# report that drops most; then, per report, the F1 drop for every
# perturbation (. none, - does not apply, m fewer metadata right).
#
# Usage: perturb-check.sh [-k DIR] [PERTURBATION]...
#   -k DIR  keep the perturbed reports, golds and scores in DIR
# BAOGAO names the program (default: src/baogao).  Exit status 0, 2 on error.

keep=
if [ "$1" = -k ]; then
	keep=$2
	shift 2
fi
case $1 in
-h | --help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
esac
here=$(cd "$(dirname "$0")" && pwd)
baogao=${BAOGAO:-src/baogao}
[ -x "$baogao" ] || { echo "perturb-check.sh: no program $baogao" >&2; exit 2; }
baogao=$(cd "$(dirname "$baogao")" && pwd)/$(basename "$baogao")
LC_ALL=C.UTF-8
export LC_ALL

if [ -n "$keep" ]; then
	mkdir -p "$keep" || exit 2
	tmp=$(cd "$keep" && pwd)
else
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/perturb-check.XXXXXX") || exit 2
	trap 'rm -rf "$tmp"' EXIT
fi
trap 'exit 2' HUP INT TERM

perturbations=$*
[ -n "$perturbations" ] || perturbations=$(sh "$here/perturb.sh" -l | grep -v '^none$')

# The scores of the reports as they are.
BAOGAO=$baogao sh "$here/check.sh" >"$tmp/base.score" 2>&1
: >"$tmp/scores"
awk '$4 ~ /^[0-9.]+$/ && NF >= 8 { print "base", $1, $6, $7 }' "$tmp/base.score" >>"$tmp/scores"

for p in $perturbations; do
	mkdir -p "$tmp/$p"
	for gold in "$here"/*.gold; do
		name=$(basename "$gold" .gold)
		report=
		for ext in txt md; do
			[ -f "$here/$name.$ext" ] && report=$here/$name.$ext && break
		done
		[ -n "$report" ] || continue
		title=$(awk -F '\t' '$1 == "meta" && $2 == "title" { print $3; exit }' "$gold")
		sh "$here/perturb.sh" -t "$title" -g "$gold" -o "$tmp/$p/$name.gold" "$p" "$report" \
			>"$tmp/$p/$name.$ext"
		case $? in
		0) ;;
		3) echo "$p $name - -" >>"$tmp/scores"; rm -f "$tmp/$p/$name.$ext" "$tmp/$p/$name.gold" ;;
		*) echo "perturb-check.sh: perturb.sh $p $report failed" >&2; exit 2 ;;
		esac
	done
	BAOGAO=$baogao sh "$here/check.sh" "$tmp/$p"/*.gold >"$tmp/$p.score" 2>&1
	awk -v p="$p" '$4 ~ /^[0-9.]+$/ && NF >= 8 { print p, $1, $6, $7 }' "$tmp/$p.score" >>"$tmp/scores"
done

awk -v order="$perturbations" '
function meta_right(m,    a) { split(m, a, "/"); return a[1] + 0 }
function meta_all(m,    a) { split(m, a, "/"); return a[2] + 0 }
{
	if ($1 == "base") {
		base[$2] = $3; bmeta[$2] = $4; names[++nn] = $2
		next
	}
	f1[$1, $2] = $3; meta[$1, $2] = $4
}
END {
	np = split(order, ps, " ")
	printf "%-14s %5s %6s %6s %6s %5s %9s %9s  %s\n", "perturbation", "files", "base", "F1", "drop", "worse",
	       "meta", "base", "worst (F1 drop)"
	for (i = 1; i <= np; i++) {
		p = ps[i]; n = sum = drop = worse = mr = ma = bm = bma = 0; worst = ""; wd = 0
		bsum = 0
		for (j = 1; j <= nn; j++) {
			r = names[j]
			if (!((p, r) in f1) || f1[p, r] == "-") continue
			n++; sum += f1[p, r]; d = base[r] - f1[p, r]; drop += d
			if (d > 0.005 || meta_right(meta[p, r]) < meta_right(bmeta[r])) worse++
			if (d > wd) { wd = d; worst = r }
			mr += meta_right(meta[p, r]); ma += meta_all(meta[p, r])
			bm += meta_right(bmeta[r]); bma += meta_all(bmeta[r]); bsum += base[r]
		}
		printf "%-14s %5d %6.3f %6.3f %6.3f %5d %4d/%-4d %4d/%-4d  %s\n", p, n, n ? bsum / n : 0,
		       n ? sum / n : 0, n ? drop / n : 0, worse, mr, ma, bm, bma,
		       worst == "" ? "" : sprintf("%s (%.3f)", worst, wd)
	}
	printf "\nF1 drop per report (. none, - not applied, m metadata worse):\n"
	printf "%-44s %5s", "report", "F1"
	for (i = 1; i <= np; i++) { c = ps[i]; sub(/^indent-/, "", c); printf " %5.5s", c }
	printf "\n"
	for (j = 1; j <= nn; j++) {
		r = names[j]
		printf "%-44s %5.3f", r, base[r]
		for (i = 1; i <= np; i++) {
			p = ps[i]
			if (!((p, r) in f1) || f1[p, r] == "-") { printf " %5s", "-"; continue }
			d = base[r] - f1[p, r]
			m = meta_right(meta[p, r]) < meta_right(bmeta[r]) ? "m" : ""
			if (d > 0.0005 || d < -0.0005) printf " %5s", sprintf("%.2f%s", d, m)
			else printf " %5s", "." m
		}
		printf "\n"
	}
}' "$tmp/scores"
