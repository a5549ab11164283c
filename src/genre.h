/* SPDX-License-Identifier: GPL-3.0-or-later */
/* genre.h - the kind of a report, from its title: the genre word a
 * Chinese official title ends with (报告, 总结, 通知, 规划, 意见, 条例 …). */
#ifndef BAOGAO_GENRE_H
#define BAOGAO_GENRE_H

#include <stdbool.h>

/* The genre word of TITLE (UTF-8; NULL: none), a static string such as
 * "通知", or NULL when the title ends with none.  The word is the end of
 * the title proper: a subtitle after a dash (——在…上) and brackets at the
 * end (（草案）, （2021年修正）) are not part of it, and the title is
 * the outer document's (关于印发《…方案》的通知: 通知). */
const char *genre_of_title(const char *title);

/* True when LINE (UTF-8, one line) says a person delivers a document
 * rather than being one's title: a post and a name, the verb 作, and a
 * genre spoken aloud as its object (省长某某作政府工作报告, 主任某某作
 * 工作报告, 某某市长在大会上作重要讲话), with no sentence mark and not a
 * title's 关于.  A photo caption of a web copy, never a heading. */
bool genre_delivered(const char *line);

#endif
