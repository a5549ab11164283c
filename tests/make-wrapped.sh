#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# make-wrapped.sh - makes a PDF-style copy of a report: every paragraph
# hard-wrapped at WIDTH characters (closing punctuation hangs at the end
# of a line, as typesetters put it), and every LINES lines a page number
# "- N -" and a running header.  Used to make tests/fixtures/wrapped-*.txt
# from the clean copies in tests/corpus/.
#
# Usage: make-wrapped.sh [-w WIDTH] [-l LINES] [-H HEADER] FILE >WRAPPED
width=38
lines=40
header=
while getopts w:l:H: opt; do
	case $opt in
	w) width=$OPTARG ;;
	l) lines=$OPTARG ;;
	H) header=$OPTARG ;;
	*) exit 2 ;;
	esac
done
shift $((OPTIND - 1))
[ $# -eq 1 ] || { echo "usage: make-wrapped.sh [-w WIDTH] [-l LINES] [-H HEADER] FILE" >&2; exit 2; }

WIDTH=$width LINES=$lines HEADER=$header perl -CSD -Mutf8 -ne '
	BEGIN { $page = 1; $count = 0; $header = $ENV{HEADER}; utf8::decode($header); }
	sub put {
		print "$_[0]\n";
		if (++$count == $ENV{LINES}) {
			print "- ", $page++, " -\n";
			print "$header\n" if length $header;
			$count = 0;
		}
	}
	s/\r?\n\z//;
	s/\r\z//;
	s/^\s+//;
	s/\s+\z//;
	while (length($_) > $ENV{WIDTH}) {
		my $n = $ENV{WIDTH};
		$n++ while $n < length($_) && substr($_, $n, 1) =~ /[，。、；：？！）》」”’]/;
		last if $n >= length($_);
		put(substr($_, 0, $n));
		$_ = substr($_, $n);
	}
	put($_);
' "$1"
