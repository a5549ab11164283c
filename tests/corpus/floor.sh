#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The corpus scores must not fall below today's: mean outline F1, metadata
# right, figures recall, subjects right, false figures (see check.sh; raise
# the floors as baogao gets better).
. "$top_srcdir/tests/lib.sh"
plan 1
check "corpus scores at or above the floors" \
	env BAOGAO="$BAOGAO" sh "$top_srcdir/tests/corpus/check.sh" -v \
	--floor-f1=0.99 --floor-meta=97 --floor-recall=98 --floor-subject=96 --max-false=0
finish
