/* SPDX-License-Identifier: GPL-3.0-or-later */
/* meta.h - the report's metadata: title, issuer, date, document number. */
#ifndef BAOGAO_META_H
#define BAOGAO_META_H

#include <stddef.h>

#include "doc.h"
#include "lines.h"

/* Reads the YAML front matter between LINES[0] and the closing "---" of
 * TEXT into DOC: 标题/title, 文号/docno, 发布单位/author/来源/issuer (not a
 * web address), 发布日期/date.  Returns the index of the first line after
 * it, 0 when there is none. */
size_t meta_front_matter(struct doc *doc, const char *text, const struct line *lines,
			 size_t count);

/* The sign-off of DOC: the last paragraph near the end that is a date
 * alone (its ISO form in ISO), the issuer being the short line before it.
 * Returns its index, or SIZE_MAX (always for a partial doc). */
size_t meta_sign_off(const struct doc *doc, char iso[11]);

/* True when S (N bytes) is longer than, and ends with, a body's word
 * (某市统计局, 某区人民政府, 国家统计局某市调查队): a line that names an
 * issuing body. */
bool meta_names_body(const char *s, size_t n);

/* True when S (N bytes) only names the kind of standard a document is and
 * whose it is (中华人民共和国国家标准, 某某有限公司企业标准 Q/ABC.1-2020),
 * maybe with the standard's code after it: a cover's line, not a title. */
bool meta_standard_kind(const char *s, size_t n);

/* Whether S (N bytes) is a web page's timestamp line (时间：2026-02-02,
 * 发布时间：…, a site line with 来源： or 出处：); its date's ISO form in ISO, or ""
 * when it gives none. */
bool meta_timestamp(const char *s, size_t n, char iso[11]);

/* True when S (N bytes) is a page's source key with its value left for
 * the next line (来源：, 信息来源: ), as a copy of a web page breaks it:
 * that next line names where the copy came from, as on one line, never
 * the issuer. */
bool meta_source_key_alone(const char *s, size_t n);

/* Whether KEY (KEY_LENGTH bytes) is a page's timestamp key with its value
 * left for the next line (时间：, 发布时间:, 日期：), and S (N bytes), that
 * next line, is its value with a date (2026-02-02 09:20): the date's ISO
 * form in ISO ("" when false). */
bool meta_stamp_value(const char *key, size_t key_length, const char *s, size_t n, char iso[11]);

/* The value S (N bytes) gives under one of KEYS (COUNT of them): the
 * key, ':' or '：', then the value, trimmed, its length in *VALUE_LENGTH
 * (述职人：张三 → 张三; 附件： → "").  With MARKDOWN the key may stand in
 * Markdown's strong marks, as a copy in Markdown sets it (**发布机构**：某
 * 某委员会).  NULL when S gives no value so. */
const char *meta_key_value(const char *s, size_t n, const char *const keys[], size_t count, bool markdown,
			   size_t *value_length);

/* Whether S (N bytes) is the whole name of a body alone (某某市统计局,
 * 中华人民共和国人力资源和社会保障部), not a heading, not the bodies a
 * notice is sent to (各区人民政府). */
bool meta_body_name(const char *s, size_t n);

/* Whether AUTHOR, a document's author as its properties name it (a Word
 * or ODT file's creator), may stand in for its issuer: not what an office
 * program writes for an author it does not know (Administrator, 微软用户)
 * nor a user's account in Latin letters (Sj, zhangsan) unless it names
 * an organisation (Acme Ltd.), and in Chinese only a body's name
 * (某市统计局, 某某有限公司), not a person's (小微, 张三). */
bool meta_author_issues(const char *author);

/* Whether ISO, the day a file says it was made (a Word file's created
 * property), may stand in for the date of DOC's text: not when the text
 * reports moments that passed (2030年11月7日11时左右, …18时许; not a
 * deadline or a start, 17时前, 0时起) and the file was made before the
 * last of them (it was made from an older file)
 * or more than a year after it (a later copy).  True when the text names
 * no such moment. */
bool meta_file_date_fits(const struct doc *doc, const char *iso);

/* Finds DOC's title (the line near the top that reads as one), issuer,
 * date and document number in its paragraphs: key-value lines at the top,
 * the lines under the title (subtitle, speaker, dates in parentheses, a
 * regulation's note of adoption, a web page's timestamp) and sign-offs.
 * What the document prints replaces what front matter said of the issuer
 * and date; a timestamp line noise removal took out (DOC's stamp_date)
 * gives the date when nothing else does; a title front matter gave is kept.  Strings malloc'd; one that
 * cannot be had stays NULL. */
void meta_find(struct doc *doc);

/* The title NAME, a file's path as given, says a report has, for one whose
 * text and properties name none: the file's name without its directory
 * and extension when it reads as a Chinese official title (辽宁省企业技术
 * 创新专项资金管理办法.docx: ends with a genre word, valid UTF-8 with no
 * control characters).  Newly allocated, or NULL (none, or no memory). */
char *meta_title_from_name(const char *name);

#endif
