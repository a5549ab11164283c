#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# keys.sh - the man page's key list, made from src/ui/keys.def (the one key
# table that also drives the key dispatch and the ? help screen).
#
#   man/keys.sh [KEYS.DEF]                 print the list as roff
#   man/keys.sh --update MANPAGE [KEYS.DEF]   put it between the lines
#                                          .\" keys begin  and  .\" keys end
#   man/keys.sh --markdown [KEYS.DEF]      print it as a Markdown table
#   man/keys.sh --update-readme README [KEYS.DEF]   put that between
#                                          <!-- keys begin --> and <!-- keys end -->
here=$(dirname "$0")
update=
if [ "$1" = --markdown ]; then
	shift
	awk '
	function cstring(s,   out, i, c) {
		# the C string as the program has it: \\ is one backslash
		out = ""
		for (i = 1; i <= length(s); i++) {
			c = substr(s, i, 1)
			if (c == "\\" && i < length(s))
				c = substr(s, ++i, 1)
			out = out c
		}
		return out
	}
	/^KEY_GROUP\("/ { s = $0; sub(/^KEY_GROUP\("/, "", s); sub(/"\).*$/, "", s); print "| **" s "** | |"; next }
	/^KEY_ACTION\(/ {
		s = $0
		sub(/^KEY_ACTION\([A-Z_0-9]*, "/, "", s)
		keys = s; sub(/".*$/, "", keys)
		sub(/^[^"]*", "/, "", s)
		help = s; sub(/".*$/, "", help)
		keys = cstring(keys)
		help = cstring(help)
		gsub(/\|/, "\\|", keys)
		print "| `" keys "` | " help " |"
	}
	BEGIN { print "| Keys | What they do |"; print "|---|---|" }' "${1:-$here/../src/ui/keys.def}"
	exit
fi
if [ "$1" = --update-readme ]; then
	readme=$2
	shift 2
	sh "$0" --markdown "$@" > "$readme.keys" || exit 1
	awk -v keys="$readme.keys" '
		/^<!-- keys begin -->$/ { print; while ((getline line < keys) > 0) print line; skip = 1; next }
		/^<!-- keys end -->$/ { skip = 0 }
		!skip' "$readme" > "$readme.new" && mv "$readme.new" "$readme"
	rm -f "$readme.keys"
	exit
fi
if [ "$1" = --update ]; then
	update=$2
	shift 2
fi
def=${1:-$here/../src/ui/keys.def}

list() {
	awk '
	function cstring(s,   out, i, c) {
		# the C string as the program has it: \\ is one backslash
		out = ""
		for (i = 1; i <= length(s); i++) {
			c = substr(s, i, 1)
			if (c == "\\" && i < length(s))
				c = substr(s, ++i, 1)
			out = out c
		}
		return out
	}
	function roff(s) {
		gsub(/\\/, "\\e", s)
		return s
	}
	function text(s) {
		s = roff(s)
		if (s ~ /^[.'"'"']/)
			s = "\\&" s
		return s
	}
	/^KEY_GROUP\("/ {
		s = $0
		sub(/^KEY_GROUP\("/, "", s)
		sub(/"\).*$/, "", s)
		print ".SS " text(s)
		next
	}
	/^KEY_ACTION\(/ {
		s = $0
		sub(/^KEY_ACTION\([A-Z_0-9]*, "/, "", s)
		keys = s
		sub(/".*$/, "", keys)
		sub(/^[^"]*", "/, "", s)
		help = cstring(s)
		sub(/".*$/, "", help)
		keys = roff(cstring(keys))
		gsub(/-/, "\\-", keys)
		print ".TP"
		print ".B \"" keys "\""
		print text(help)
	}' "$def"
}

if [ -z "$update" ]; then
	list
	exit
fi
grep -q '^\.\\" keys begin$' "$update" && grep -q '^\.\\" keys end$' "$update" || {
	echo "keys.sh: $update has no '.\\\" keys begin' / '.\\\" keys end' lines" >&2
	exit 1
}
list > "$update.keys" || exit 1
awk -v keys="$update.keys" '
	/^\.\\" keys begin$/ { print; while ((getline line < keys) > 0) print line; skip = 1; next }
	/^\.\\" keys end$/ { skip = 0 }
	!skip' "$update" > "$update.new" && mv "$update.new" "$update"
rm -f "$update.keys"
