#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# links.sh - the links of a Word document in the browser under tmux
# (lib.sh): underlined in the text; U shows the address of the first link
# in view, then the next, then the first again, the one shown marked.
# Every capture is of a whole frame (see screen.sh).
: "${BAOGAO:?}"
. "$(dirname "$0")/lib.sh"

fixtures=$(cd "$(dirname "$0")/../fixtures" && pwd)

start links 110 20 "'$BAOGAO' --no-history '$fixtures/links.docx'"
check "the document opens" wait_for links "一、基本情况"
# A link stands underlined (SGR 4) in the pane's escapes.
T capture-pane -p -e -t links > "$work/escapes"
check "a link is underlined" grep -q "$(printf '\033\\[4m')区政府门户网站" "$work/escapes"
keys links U
check "U shows the first link's address" \
	wait_for links "link 1/2: 区政府门户网站 -> https://www.example.gov.cn/"
keys links U
check "U again shows the next one's" \
	wait_for links "link 2/2: 年度报表 -> https://www.example.gov.cn/nb/2025.pdf"
keys links U
check "and then the first again" wait_for links "link 1/2: 区政府门户网站"
keys links q
wait_dead links

start none 110 20 "'$BAOGAO' --no-history '$BAOGAO_DATADIR/sample.txt'"
wait_for none "一、推进法治建设的主要举措和成效" >/dev/null
keys none U
check "a report without links says so" wait_for none "the report has no links"
keys none q
wait_dead none

echo "1..$n"
exit $failed
