#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# complete.sh - prints baogao's bash completion, made from the option
# table (src/options.def): every option, and the values of those that
# take a word from a list.
#   completion/complete.sh [OPTIONS.DEF]
def=${1:-$(dirname "$0")/../src/options.def}

# name<TAB>argument<TAB>values for each OPTION line ("" for NULL).
table=$(awk '
/^OPTION\(/ {
	n = split($0, f, /"/)
	# f[2] is the name; then the argument and the values, each a
	# quoted string or NULL.
	rest = $0
	sub(/^OPTION\([A-Z_]*, "[^"]*", /, "", rest)
	argument = ""
	if (rest ~ /^"/) { argument = rest; sub(/^"/, "", argument); sub(/".*$/, "", argument); sub(/^"[^"]*", /, "", rest) }
	else sub(/^NULL, /, "", rest)
	values = ""
	if (rest ~ /^"/) { values = rest; sub(/^"/, "", values); sub(/".*$/, "", values) }
	printf "%s\t%s\t%s\n", f[2], argument, values
}' "$def")

options=$(printf '%s\n' "$table" | awk -F '\t' '{ printf "%s--%s%s", sep, $1, ($2 != "" ? "=" : ""); sep = " " }')
with_argument=$(printf '%s\n' "$table" | awk -F '\t' '$2 != "" { printf "%s--%s", sep, $1; sep = " " }')
cases=$(printf '%s\n' "$table" | awk -F '\t' '
$2 != "" {
	if ($3 != "")
		printf "\t\t--%s) values=\x27%s\x27%s ;;\n", $1, $3, ($2 ~ /,/ ? "; list=1" : "")
	else if ($2 == "FILE")
		printf "\t\t--%s) files=1 ;;\n", $1
	else
		printf "\t\t--%s) return 0 ;;\n", $1
}')

cat <<EOF
# bash completion for baogao -*- shell-script -*-
# Made from src/options.def by completion/complete.sh: do not edit.

_baogao()
{
	local line=\${COMP_LINE:0:COMP_POINT}
	local word=\${line##*[[:space:]]} prev=
	local option value values= list= files= keep=
	COMPREPLY=()
	# "--format json": the value in a word of its own
	if [[ \$word != -* && \$COMP_CWORD -gt 0 &&
	      " $with_argument " == *" \${COMP_WORDS[COMP_CWORD-1]} "* ]]; then
		prev=\${COMP_WORDS[COMP_CWORD-1]}
		word=\$prev=\$word
	fi
	case \$word in
	--*=*)
		option=\${word%%=*} value=\${word#*=}
		case \$option in
$cases
		*) return 0 ;;
		esac
		# bash replaces the text after its last word break: with = a
		# break (the default), only the value
		[[ \$prev || \$COMP_WORDBREAKS == *=* ]] || keep=\$option=
		if [[ \$files ]]; then
			compopt -o filenames 2>/dev/null
			COMPREPLY=(\$(compgen -f -- "\$value"))
			return 0
		fi
		if [[ \$list && \$value == *,* ]]; then
			keep=\$keep\${value%,*},
			value=\${value##*,}
		fi
		COMPREPLY=(\$(compgen -P "\$keep" -W "\$values" -- "\$value"))
		[[ \$list ]] && compopt -o nospace 2>/dev/null
		return 0
		;;
	-*)
		COMPREPLY=(\$(compgen -W '$options' -- "\$word"))
		[[ \${#COMPREPLY[@]} -eq 1 && \${COMPREPLY[0]} == *= ]] && compopt -o nospace 2>/dev/null
		return 0
		;;
	esac
	compopt -o filenames 2>/dev/null
	COMPREPLY=(\$(compgen -f -- "\$word"))
}
complete -F _baogao baogao
EOF
