#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# list.sh - the corpus files for EXTRA_DIST.  With --update, rewrites the
# block of Makefile.am that starts at the line "# The corpus, file by file".
cd "$(dirname "$0")/../.." || exit 2
list() {
	echo "EXTRA_DIST += \\"
	ls tests/corpus/*.gold tests/corpus/*.txt tests/corpus/*.md tests/corpus/*.sh tests/corpus/*.awk | grep -v /floor.sh | LC_ALL=C sort | sed '$!s/.*/	& \\/; $s/.*/	&/'
}
if [ "$1" != --update ]; then
	list
	exit 0
fi
list >Makefile.am.list || exit 2
awk -v list=Makefile.am.list '
	skip && /^$/ { skip = 0 }
	skip { next }
	{ print }
	/^# The corpus, file by file/ {
		while ((getline line <list) > 0) print line
		skip = 1
	}
' Makefile.am >Makefile.am.new && mv Makefile.am.new Makefile.am
status=$?
rm -f Makefile.am.list
exit $status
