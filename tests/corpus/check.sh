#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check.sh - measures baogao on the development corpus: for every NAME.gold
# next to this script, the outline (precision, recall, F1 of the rows), the
# metadata (title, issuer, date, docno), the figures (recall of the fig
# rows, nofig rows reported) and the figures' subjects (subj rows right)
# of NAME.txt or NAME.md.  The gold format is in
# the comment of score.awk.
#
# Usage: check.sh [-v] [--floor-f1=X] [--floor-meta=PERCENT]
#                 [--floor-recall=PERCENT] [--floor-subject=PERCENT]
#                 [--max-false=N] [GOLD]...
#   -v          also list, per report, the missing and the extra rows
#   --floor-*   exit 1 when the mean outline F1 (0 to 1), the metadata
#               right (percent), the figures recall (percent) or the
#               subjects right (percent) is below X
#   --max-false exit 1 when more than N nofig rows are reported
# BAOGAO names the program (default: src/baogao).  Exit status: 0, 1 below
# a floor, 2 on error.

verbose=0
floor_f1=
floor_meta=
floor_recall=
floor_subject=
max_false=
for arg; do
	case $arg in
	-v) verbose=1 ;;
	--floor-f1=*) floor_f1=${arg#*=} ;;
	--floor-meta=*) floor_meta=${arg#*=} ;;
	--floor-recall=*) floor_recall=${arg#*=} ;;
	--floor-subject=*) floor_subject=${arg#*=} ;;
	--max-false=*) max_false=${arg#*=} ;;
	-h | --help)
		sed -n '2,/^$/s/^# \{0,1\}//p' "$0"
		exit 0
		;;
	-*)
		echo "check.sh: unknown option $arg" >&2
		exit 2
		;;
	*) ;;
	esac
done

here=$(cd "$(dirname "$0")" && pwd)
baogao=${BAOGAO:-src/baogao}
# to baogao itself BAOGAO holds default options
unset BAOGAO
if [ ! -x "$baogao" ]; then
	echo "check.sh: no program $baogao (build it, or set BAOGAO)" >&2
	exit 2
fi
LC_ALL=C.UTF-8
export LC_ALL

tmp=$(mktemp -d "${TMPDIR:-/tmp}/corpus-check.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM

# The golds: the arguments that are not options, else every one here.
: >"$tmp/list"
for arg; do
	case $arg in
	-*) ;;
	*) echo "$arg" >>"$tmp/list" ;;
	esac
done
[ -s "$tmp/list" ] || ls "$here"/*.gold >"$tmp/list"

status=0
: >"$tmp/names"
while IFS= read -r gold; do
	name=$(basename "$gold" .gold)
	dir=$(dirname "$gold")
	report=
	for ext in txt md; do
		[ -f "$dir/$name.$ext" ] && report=$dir/$name.$ext && break
	done
	if [ -z "$report" ]; then
		echo "check.sh: no report $dir/$name.txt or .md for $gold" >&2
		status=2
		continue
	fi
	cp "$gold" "$tmp/$name.gold"
	if ! "$baogao" --outline --format=tsv "$report" >"$tmp/$name.outline" ||
	   ! "$baogao" --outline --format=json "$report" >"$tmp/$name.json" ||
	   ! "$baogao" --figures --format=tsv "$report" >"$tmp/$name.figures"; then
		echo "check.sh: $baogao failed on $report" >&2
		status=2
		continue
	fi
	echo "$name" >>"$tmp/names"
done <"$tmp/list"
[ $status -eq 0 ] || exit $status

awk -v dir="$tmp" -v verbose=$verbose -v floor_f1="$floor_f1" \
	-v floor_meta="$floor_meta" -v floor_recall="$floor_recall" \
	-v floor_subject="$floor_subject" \
	-v max_false="$max_false" -f "$here/score.awk" "$tmp/names"
