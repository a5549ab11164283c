/* SPDX-License-Identifier: GPL-3.0-or-later */
/* genre.h - the kind of a report, from its title: the genre word a
 * Chinese official title ends with (报告, 总结, 通知, 规划, 意见, 条例 …). */
#ifndef BAOGAO_GENRE_H
#define BAOGAO_GENRE_H

/* The genre word of TITLE (UTF-8; NULL: none), a static string such as
 * "通知", or NULL when the title ends with none.  The word is the end of
 * the title proper: a subtitle after a dash (——在…上) and brackets at the
 * end (（草案）, （2021年修正）) are not part of it, and the title is
 * the outer document's (关于印发《…方案》的通知: 通知). */
const char *genre_of_title(const char *title);

#endif
