#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Golden tests of whole outlines: one corpus report of each kind, its
# --outline (text) against the expected file in tests/golden/kinds/.  The
# expected files are what baogao shows today, a check that nothing moves
# unseen; how far each is from the report's hand-made gold is what
# `make check-corpus` measures.  `kinds.sh --update` rewrites them after a
# change that is meant.
. "$top_srcdir/tests/lib.sh"

reports="accident-mentougou-cableway-2017.txt audit-central-budget-2024.md budget-luoyang-2025.txt
bulletin-zhoukou-2023-raw.txt case-spc-cable-tv-tying-2016.md decision-spc-commercial-interpretations-2020.md
directive-mao-1948-reporting-system.md gwr-2026-hebei.txt law-state-compensation-2012.md
md-15th-plan-proposal-brief-2025.md notice-shanghai-granary-pv-2025.md
opinion-qibao-small-works-2020.md plan-minhang-urban-renewal-15th-2026.md
reg-linyi-red-culture-2020.md report-mao-1949-second-plenum.md
speech-mao-1955-party-conference.md standard-gb8702-emf-limits-2014.txt summary-2023-fazhi-sample.txt web-gwr-1975-govcn.txt"

if [ "${1:-}" = --update ]; then
	for r in $reports; do
		"$BAOGAO" --outline "$top_srcdir/tests/corpus/$r" >"$top_srcdir/tests/golden/kinds/${r%.*}.outline"
	done
	exit 0
fi
plan "$(echo $reports | wc -w)"
for r in $reports; do
	"$BAOGAO" --outline "$top_srcdir/tests/corpus/$r" >"$TMPDIR_TEST/${r%.*}.outline"
	same "the whole outline of ${r%%-*} report ${r%.*}" "$top_srcdir/tests/golden/kinds/${r%.*}.outline" \
		"$TMPDIR_TEST/${r%.*}.outline"
done
finish
