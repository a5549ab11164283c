#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# repro.sh - two builds of one commit in different directories give the
# same stripped binary (no build path compiled in).  Slow: not part of
# make check.
#   tests/repro.sh [COMMIT]     (default HEAD of this checkout)
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
commit=${1:-HEAD}
work=$(mktemp -d "${TMPDIR:-/tmp}/baogao-repro.XXXXXX")
trap 'rm -rf "$work"' EXIT

for side in a b; do
	# different lengths, so a path that slips in shows
	dir=$work/$side
	[ "$side" = b ] && dir=$work/bb/build-$side
	git clone -q "$here" "$dir"
	git -C "$dir" checkout -q "$commit"
	(cd "$dir" && ./bootstrap.sh >"$work/$side.log" 2>&1) || { tail -n 20 "$work/$side.log"; exit 1; }
	strip -o "$work/baogao.$side" "$dir/src/baogao"
	# the sample is still found by the uninstalled build
	(cd "$dir" && src/baogao --outline </dev/null >/dev/null) || { echo "repro.sh: $dir/src/baogao finds no sample" >&2; exit 1; }
done
if cmp "$work/baogao.a" "$work/baogao.b"; then
	echo "repro.sh: same stripped binary from $work/a and $work/bb/build-b ($(git -C "$here" rev-parse --short "$commit"))"
else
	echo "repro.sh: the stripped binaries differ" >&2
	for side in a b; do strings -a "$work/baogao.$side" | grep -n "$work" || true; done
	exit 1
fi
