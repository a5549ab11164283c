/* SPDX-License-Identifier: GPL-3.0-or-later */
/* meta.c - the report's metadata: title, issuer, date and document number,
 * from front matter, the lines under the title, or a sign-off.
 *
 * Several places may name the issuer or the date; each find has a rank and
 * a surer one replaces a weaker one: what the document prints in its own
 * sign-off beats a regulation's adopting body, which beats the body its
 * title names, which beats a speaker line, which beats front matter
 * written by whoever copied the file; a web page's timestamp is the last
 * resort for a date. */
#include <config.h>

#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>


#include "date.h"
#include "genre.h"
#include "label.h"
#include "lines.h"
#include "meta.h"
#include "numeral.h"
#include "paragraphs.h"
#include "utf8.h"

enum rank {
	RANK_NONE,
	RANK_STAMP,      /* a web page's 时间：/发布时间： */
	RANK_COVERING,   /* a covering notice's sign-off on a page that ends with none */
	RANK_FRONT,      /* front matter */
	RANK_SPEAKER,    /* a speaker line */
	RANK_HEADER,     /* the date under the title */
	RANK_TITLE,      /* the body the title names */
	RANK_ADOPTED,    /* the body that adopted a regulation */
	RANK_SIGNED      /* a body name above its date */
};

/* What meta_find has found so far, and how sure each is. */
struct finding {
	struct doc *doc;
	enum rank issuer, date;
};

#define WORDS(a) (sizeof (a) / sizeof (a)[0])

static size_t
skip_spaces(const char *s, size_t n, size_t i)
{
	return i + utf8_spaces(s + i, n - i);
}

/* S without the white space around it: *N updated, the start returned. */
static const char *
trim(const char *s, size_t *n)
{
	size_t i = skip_spaces(s, *n, 0), k;

	while (*n > i && (k = utf8_space_before(s + i, s + *n)) > 0)
		*n -= k;
	*n -= i;
	return s + i;
}

static char *
copy_trimmed(const char *s, size_t n)
{
	char *out;

	s = trim(s, &n);
	out = malloc(n + 1);
	if (out) {
		memcpy(out, s, n);
		out[n] = '\0';
	}
	return out;
}

/* The first colon in S (N bytes), ':' or '：' (*WIDTH 1 or 3 bytes, when
 * WIDTH is not NULL); NULL when there is none. */
static const char *
first_colon(const char *s, size_t n, size_t *width)
{
	const char *narrow = memchr(s, ':', n), *wide = memmem(s, n, "：", 3);

	if (narrow && (!wide || narrow < wide)) {
		if (width)
			*width = 1;
		return narrow;
	}
	if (width)
		*width = 3;
	return wide;
}

const char *
meta_key_value(const char *s, size_t n, const char *const keys[], size_t count, bool markdown,
	       size_t *value_length)
{
	size_t k, v;

	while (markdown && n > 0 && (*s == '*' || *s == ' ')) {
		s++;
		n--;
	}
	for (k = 0; k < count; k++)
		if (utf8_starts_with(s, n, keys[k]))
			break;
	if (k == count)
		return NULL;
	v = strlen(keys[k]);
	while (markdown && v < n && s[v] == '*')
		v++;
	if (v < n && s[v] == ':')
		v++;
	else if (utf8_starts_with(s + v, n - v, "："))
		v += 3;
	else
		return NULL;
	*value_length = n - v;
	return trim(s + v, value_length);
}

static bool
has_sentence_mark(const char *s, size_t n)
{
	static const char *const marks[] = { "。", "，", "；", "！", "？", "：" };
	for (size_t i = 0; i < WORDS(marks); i++)
		if (memmem(s, n, marks[i], strlen(marks[i])))
			return true;
	return false;
}

/* The characters of S (N bytes of valid UTF-8, as all a document's text
 * is), eight bytes at a time: paragraphs can be long. */
static size_t
chars(const char *s, size_t n)
{
	return utf8_count(s, n);
}

/* The bytes of the dash opening S (N bytes): an em dash (—), or the
 * horizontal bar (―) or box-drawing line (─) that some pages print for
 * it; 0 when S opens otherwise. */
static size_t
dash_at(const char *s, size_t n)
{
	static const char *const dashes[] = { "—", "―", "─" };

	return utf8_prefix_in(s, n, dashes, WORDS(dashes));
}

/* The first doubled dash (——, ――, ──) in S (N bytes), or NULL. */
static const char *
double_dash(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i += utf8_length(s + i, n - i)) {
		size_t k = dash_at(s + i, n - i);
		if (k > 0 && dash_at(s + i + k, n - i - k) > 0)
			return s + i;
	}
	return NULL;
}

/* A whole date alone, also in parentheses: （一九五六年四月二十五日）. */
static bool
date_alone_in_parens(const char *s, size_t n, struct date *d, bool *parens)
{
	static const char *const pairs[][2] = { { "（", "）" }, { "(", ")" } };

	s = trim(s, &n);
	*parens = false;
	for (size_t k = 0; k < WORDS(pairs); k++)
		if (utf8_starts_with(s, n, pairs[k][0]) && utf8_ends_with(s, n, pairs[k][1]) &&
		    n > strlen(pairs[k][0]) + strlen(pairs[k][1])) {
			*parens = true;
			return date_alone(s + strlen(pairs[k][0]),
					  n - strlen(pairs[k][0]) - strlen(pairs[k][1]), d);
		}
	return date_alone(s, n, d);
}

/* The first whole date (year, month and day) in S from AT on; its end in
 * *END.  LAST: the last one instead. */
static bool
date_inside(const char *s, size_t n, size_t at, bool last, char iso[11], size_t *end)
{
	bool found = false;

	for (size_t i = at; i < n; i += utf8_length(s + i, n - i)) {
		struct date d;
		if (date_at(&date_grammar_plain, s, n, i, &d) == DATE_FOUND && d.year && d.month &&
		    d.day) {
			date_iso(&d, iso);
			*end = i + d.length;
			found = true;
			if (!last)
				return true;
			i = *end - 1;
		}
	}
	return found;
}

static bool
set_issuer(struct finding *f, enum rank rank, char *value)
{
	if (!value || !value[0] || rank <= f->issuer) {
		free(value);
		return false;
	}
	free(f->doc->issuer);
	f->doc->issuer = value;
	f->issuer = rank;
	return true;
}

/* Sets the issuer to SPEAKER, a speaker line, freed in any case.  A
 * speaker whose post opens with the body the title names (国务院总理
 * 温家宝 under 2012年国务院政府工作报告) is that body's head reporting
 * for it: the issuer the report prints, taking the body's place. */
static void
set_speaker(struct finding *f, char *speaker)
{
	const char *body = f->doc->issuer;

	if (speaker && body && f->issuer == RANK_TITLE && strlen(speaker) > strlen(body) &&
	    strncmp(speaker, body, strlen(body)) == 0) {
		free(f->doc->issuer);
		f->doc->issuer = speaker;
		return;
	}
	set_issuer(f, RANK_SPEAKER, speaker);
}

static void
set_date(struct finding *f, enum rank rank, const char iso[11])
{
	char *value;

	if (rank <= f->date || !(value = strdup(iso)))
		return;
	free(f->doc->date);
	f->doc->date = value;
	f->date = rank;
}

/* Whether a front-matter key names the issuer, and how surely. */
enum front_issuer {
	FRONT_ISSUER_NONE,
	FRONT_ISSUER_WEAK,    /* whoever wrote it down: author, 作者 */
	FRONT_ISSUER_BODY     /* the issuing body: 发文机关, issuing_authority … */
};

/* True when VALUE names where a copy came from rather than who issued
 * it: a database or a site (国家法律法规数据库, 某某网, … via Wikisource). */
static bool
copy_source(const char *value)
{
	static const char *const marks[] = { "数据库", "://", "via ", "网站" };
	size_t n = strlen(value);

	for (size_t k = 0; k < WORDS(marks); k++)
		if (strstr(value, marks[k]))
			return true;
	return utf8_ends_with(value, n, "网");
}

/* The length of a title VALUE (N bytes) without the occasion a header's
 * title field may carry after a doubled dash (政府工作报告——2008年1月在某省
 * 第十一届人民代表大会第一次会议上): the dash, then a date of a month at
 * least, 在 and a 上 that closes the occasion.  N when there is none. */
static size_t
title_before_occasion(const char *s, size_t n)
{
	const char *dash = double_dash(s, n);
	size_t at, k;
	struct date d;

	if (!dash || dash == s)
		return n;
	at = (size_t)(dash - s);
	while ((k = dash_at(s + at, n - at)) > 0)
		at += k;
	if (date_at(&date_grammar_plain, s, n, at, &d) != DATE_FOUND || !d.month ||
	    !utf8_starts_with(s + at + d.length, n - at - d.length, "在") ||
	    !memmem(s + at, n - at, "上", 3))
		return n;
	while (dash > s && (dash[-1] == ' '))
		dash--;
	return (size_t)(dash - s);
}

/* One "key: value" line of front matter into DOC; false when the line is
 * not of that form or its key is not known.  The issuer is kept from a
 * key of the kind KIND only (FRONT_ISSUER_NONE: from none); where the
 * copy came from (source, 来源, url) is known but never the issuer. */
static bool
front_field(struct doc *doc, const char *s, size_t n, enum front_issuer kind)
{
	static const struct {
		const char *key;
		int field;   /* 0 title, 1 docno, 2 issuer, 3 date, 4 none (known, not kept) */
		enum front_issuer issuer;
	} keys[] = {
		{ "标题", 0, 0 }, { "title", 0, 0 }, { "文件名称", 0, 0 }, { "文号", 1, 0 },
		{ "发文字号", 1, 0 }, { "docno", 1, 0 },
		{ "发布单位", 2, FRONT_ISSUER_BODY }, { "发文机关", 2, FRONT_ISSUER_BODY },
		{ "发文单位", 2, FRONT_ISSUER_BODY }, { "发布机构", 2, FRONT_ISSUER_BODY },
		{ "制定机关", 2, FRONT_ISSUER_BODY }, { "issuer", 2, FRONT_ISSUER_BODY },
		{ "issuing_authority", 2, FRONT_ISSUER_BODY }, { "office", 2, FRONT_ISSUER_BODY },
		{ "author", 2, FRONT_ISSUER_WEAK }, { "作者", 2, FRONT_ISSUER_WEAK },
		{ "发布日期", 3, 0 }, { "成文日期", 3, 0 }, { "日期", 3, 0 }, { "date", 3, 0 },
		{ "索引号", 4, 0 }, { "来源", 4, 0 }, { "source", 4, 0 }, { "url", 4, 0 },
	};
	size_t colon, sep;
	const char *mark = first_colon(s, n, &sep);

	if (!mark)
		return false;
	colon = (size_t)(mark - s);
	for (size_t k = 0; k < WORDS(keys); k++) {
		char *none = NULL;
		char **field[] = { &doc->title, &doc->docno, &doc->issuer, &doc->date, &none };
		char *value;
		size_t vlen;
		struct date d;

		if (strlen(keys[k].key) != colon || strncasecmp(s, keys[k].key, colon) != 0)
			continue;
		value = copy_trimmed(s + colon + sep, n - colon - sep);
		if (!value)
			return true;
		vlen = strlen(value);
		if (vlen >= 2 && (value[0] == '"' || value[0] == '\'') && value[vlen - 1] == value[0]) {
			memmove(value, value + 1, vlen - 2);
			value[vlen - 2] = '\0';
		}
		/* 文号: - : a dash or a slash alone, or 无, holds the place of
		 * a field the page left empty; the text may still print it. */
		if (!strcmp(value, "-") || !strcmp(value, "--") || !strcmp(value, "—") ||
		    !strcmp(value, "－") || !strcmp(value, "/") || !strcmp(value, "无"))
			value[0] = '\0';
		if (keys[k].field == 0)
			value[title_before_occasion(value, strlen(value))] = '\0';
		if (keys[k].field == 3 && date_alone(value, strlen(value), &d)) {
			char iso[11];
			date_iso(&d, iso);   /* may be longer than 2023-1-5 */
			free(value);
			if (!(value = strdup(iso)))
				return true;
		}
		if (keys[k].field == 2 && (keys[k].issuer != kind || copy_source(value)))
			value[0] = '\0';   /* a page's address, a database is no issuer */
		if (*field[keys[k].field] == NULL && value[0] && keys[k].field != 4)
			*field[keys[k].field] = value;
		else
			free(value);
		return true;
	}
	return false;
}

size_t
meta_front_matter(struct doc *doc, const char *text, const struct line *lines, size_t count)
{
	size_t end = 0;

	if (count < 2 || lines[0].length != 3 || memcmp(text + lines[0].start, "---", 3) != 0 ||
	    lines[0].indented)
		return 0;
	for (size_t i = 1; i < count && i < 200; i++)
		if (lines[i].length == 3 && memcmp(text + lines[i].start, "---", 3) == 0) {
			end = i;
			break;
		}
	if (end == 0)
		return 0;
	/* The issuing body's key first: it beats an author's. */
	for (size_t i = 1; i < end; i++)
		front_field(doc, text + lines[i].start, lines[i].length, FRONT_ISSUER_BODY);
	for (size_t i = 1; i < end; i++)
		front_field(doc, text + lines[i].start, lines[i].length, FRONT_ISSUER_WEAK);
	return end + 1;
}

/* A header block of "key: value" lines without the "---" around them, at
 * the very top (版次: … / 日期: 2025-10-29 / 来源: …): read like front
 * matter when at least two of its lines are.  Returns the number of its
 * paragraphs when it is read so, else 0. */
static size_t
bare_front_matter(struct doc *doc)
{
	size_t block = 0, known = 0;

	for (size_t i = 0; i < doc->paragraph_count && i < 12; i++) {
		const char *s = doc->text + doc->paragraphs[i].offset;
		size_t n = doc->paragraphs[i].length, key;
		const char *colon = first_colon(s, n, NULL);

		if (!colon)
			break;
		key = (size_t)(colon - s);
		if (key == 0 || chars(s, key) > 8 || memchr(s, ' ', key) || doc->paragraphs[i].md_level)
			break;
		block++;
	}
	if (block < 2)
		return 0;
	for (size_t i = 0; i < block; i++) {
		struct doc probe = { 0 };
		const struct paragraph *p = &doc->paragraphs[i];

		if (front_field(&probe, doc->text + p->offset, p->length, FRONT_ISSUER_NONE))
			known++;
		free(probe.title);
		free(probe.docno);
		free(probe.issuer);
		free(probe.date);
	}
	if (known == 0)
		return 0;
	for (size_t i = 0; i < block; i++)
		front_field(doc, doc->text + doc->paragraphs[i].offset, doc->paragraphs[i].length,
			    FRONT_ISSUER_BODY);
	for (size_t i = 0; i < block; i++)
		front_field(doc, doc->text + doc->paragraphs[i].offset, doc->paragraphs[i].length,
			    FRONT_ISSUER_WEAK);
	return block;
}

/* The next cell of the table row S (N bytes) from *AT: cells stand
 * between '|' or tabs (a web page's attribute table copied as text) or
 * two spaces (as the readers write table rows), white space and a closing
 * colon cut.  False at the row's end. */
static bool
next_cell(const char *s, size_t n, size_t *at, size_t *start, size_t *length)
{
	size_t i = *at, end;

	while (i < n && (s[i] == '|' || s[i] == '\t' || s[i] == ' '))
		i++;
	if (i >= n)
		return false;
	for (end = i; end < n && s[end] != '|' && s[end] != '\t' &&
		      !(s[end] == ' ' && end + 1 < n && s[end + 1] == ' '); end++)
		;
	*at = end;
	*start = i;
	while (end > i && s[end - 1] == ' ')
		end--;
	if (end - i >= 3 && memcmp(s + end - 3, "：", 3) == 0)
		end -= 3;
	else if (end > i && s[end - 1] == ':')
		end--;
	*length = end - i;
	return true;
}

/* The attribute table a government page prints above a document (索引号 |
 * … | 文号 | … / 文件名称 | 汉滨区2025年政府工作报告 / 成文日期 | …), its
 * keys and values in cells of their own: read like front matter when its
 * first rows give two known keys at least.  Into DOC unless APPLY is
 * FRONT_ISSUER_NONE, the issuer from keys of that kind; returns how many
 * known keys it gave. */
static size_t
attribute_table(struct doc *doc, enum front_issuer apply)
{
	size_t known = 0;

	for (size_t i = 0; i < doc->paragraph_count && i < 12; i++) {
		const char *s = doc->text + doc->paragraphs[i].offset;
		size_t n = doc->paragraphs[i].length, at = 0, ks, kn, vs, vn, found = 0;

		size_t cells = 0;

		while (next_cell(s, n, &at, &ks, &kn)) {
			struct doc probe = { 0 };
			char pair[512];
			size_t before = at;

			cells++;
			if (kn == 0 || kn > 24 || !next_cell(s, n, &at, &vs, &vn) || vn == 0 ||
			    kn + vn + 2 > sizeof pair) {
				at = before;
				continue;
			}
			/* a value that is itself a key (文号 | 成文日期: | …) is none */
			snprintf(pair, sizeof pair, "%.*s:x", (int)vn, s + vs);
			if (front_field(&probe, pair, strlen(pair), FRONT_ISSUER_NONE)) {
				free(probe.title);
				free(probe.docno);
				free(probe.issuer);
				free(probe.date);
				probe = (struct doc){ 0 };
				at = before;
				continue;
			}
			/* 标　　题, 索 引 号: a key spaced out to the width of
			 * the others is the key */
			{
				size_t k = 0;
				for (size_t c = ks; c < ks + kn && k < sizeof pair - 1;) {
					size_t sp = utf8_space_at(s + c, ks + kn - c);
					size_t len = sp ? sp : utf8_length(s + c, ks + kn - c);
					if (!sp && k + len < sizeof pair - 1) {
						memcpy(pair + k, s + c, len);
						k += len;
					}
					c += len;
				}
				snprintf(pair + k, sizeof pair - k, ":%.*s", (int)vn, s + vs);
			}
			if (front_field(&probe, pair, strlen(pair), FRONT_ISSUER_NONE)) {
				cells++;   /* the value's */
				found++;
				if (apply != FRONT_ISSUER_NONE)
					front_field(doc, pair, strlen(pair), apply);
			} else {
				at = before;   /* a value, or a key not known: go on from it */
			}
			free(probe.title);
			free(probe.docno);
			free(probe.issuer);
			free(probe.date);
		}
		if (cells < 2 && known > 0)
			break;   /* the table has ended */
		known += found;
	}
	return known;
}

enum { SIGN_OFF_DATE_BYTES = 60 };

/* True when S (N bytes) is a sign-off's date written without its day's
 * word (2021年1月18, as typed in haste): a date alone once 日 is put
 * after it.  Fills *D. */
static bool
date_without_day_word(const char *s, size_t n, struct date *d)
{
	char line[SIGN_OFF_DATE_BYTES + 4];

	s = trim(s, &n);
	if (n == 0 || n > SIGN_OFF_DATE_BYTES || !isdigit((unsigned char)s[n - 1]) ||
	    !memmem(s, n, "年", 3) || !memmem(s, n, "月", 3))
		return false;
	memcpy(line, s, n);
	memcpy(line + n, "日", 3);
	return date_alone(line, n + 3, d);
}

/* True when the paragraph above paragraph I of DOC names a body alone. */
static bool
names_body_above(const struct doc *doc, size_t i)
{
	const struct paragraph *p = &doc->paragraphs[i - 1];
	size_t n = p->length;
	const char *s = trim(doc->text + p->offset, &n);

	return !has_sentence_mark(s, n) && meta_names_body(s, n);
}

size_t
meta_sign_off(const struct doc *doc, char iso[11])
{
	size_t stop = doc->paragraph_count > 25 ? doc->paragraph_count - 25 : 0;
	struct date d;

	if (doc->partial)
		return SIZE_MAX;   /* the end of the report is not there yet */
	for (size_t i = doc->paragraph_count; i-- > stop;) {
		const struct paragraph *p = &doc->paragraphs[i];
		/* (the date without 日 only under a body's name: 某某委员会 /
		 * 2021年1月18) */
		if (p->length <= SIGN_OFF_DATE_BYTES &&
		    (date_alone(doc->text + p->offset, p->length, &d) ||
		     (i > 0 && date_without_day_word(doc->text + p->offset, p->length, &d) &&
		      names_body_above(doc, i)))) {
			date_iso(&d, iso);
			return i;
		}
	}
	return SIZE_MAX;
}

/* Closes up a letter-spaced title in place: 政 府 工 作 报 告 → 政府工作报告,
 * 2 0 3 0 年 某 某 报 告 → 2030年某某报告 (at least LEAST single characters,
 * each one space apart). */
static void
close_up(char *s, size_t least)
{
	size_t n = strlen(s), i = 0, singles = 0, out = 0;

	while (i < n) {
		size_t k = utf8_length(s + i, n - i), sp;
		if ((k == 1 && !isdigit((unsigned char)s[i])) || utf8_space_at(s + i, n - i))
			return;   /* Latin, or two spaces in a row: not letter-spaced
				     (a year's digits are: 2 0 3 0 年) */
		i += k;
		singles++;
		sp = utf8_space_at(s + i, n - i);
		if (i < n && (sp == 0 || utf8_space_at(s + i + sp, n - i - sp)))
			return;
		i += sp;
	}
	if (singles < least)
		return;
	for (i = 0; i < n;) {
		size_t sp = utf8_space_at(s + i, n - i);
		if (sp) {
			i += sp;
			continue;
		}
		s[out++] = s[i++];
	}
	s[out] = '\0';
}

/* The length of title S (N bytes) without a footnote's mark at its end:
 * ① … ⑳, or a number of one or two digits in square brackets ([1], as
 * a statistics bureau's page marks its notes). */
static size_t
note_mark_cut(const char *s, size_t n)
{
	if (n > 3 && (unsigned char)s[n - 3] == 0xe2 && (unsigned char)s[n - 2] == 0x91 &&
	    (unsigned char)s[n - 1] >= 0xa0 && (unsigned char)s[n - 1] <= 0xb3)
		return n - 3;
	for (size_t k = 3; k <= 4; k++)
		if (n > k + 3 && s[n - 1] == ']' && s[n - k] == '[' && isdigit((unsigned char)s[n - 2]) &&
		    isdigit((unsigned char)s[n - k + 1]))
			return n - k;
	return n;
}

/* Takes a footnote's mark (①, [1]) off the end of title S. */
static void
drop_note_mark(char *s)
{
	s[note_mark_cut(s, strlen(s))] = '\0';
}

/* Takes the ordinal of a compilation's item off the front of title S:
 * 第一  某某的要求 → 某某的要求.  The ordinal is 第 and a Chinese numeral
 * followed by white space; 第一章, 第一次, 第二批 and the like go on without
 * a space and stay. */
static void
drop_ordinal(char *s)
{
	size_t n = strlen(s), used = 0, i = strlen("第"), sp, k;

	if (!utf8_starts_with(s, n, "第") || numeral_chinese(s + i, n - i, &used) <= 0 || used == 0)
		return;
	i += used;
	if ((sp = utf8_space_at(s + i, n - i)) == 0)
		return;
	while ((k = utf8_space_at(s + i, n - i)) > 0)
		i += k;
	if (i < n)
		memmove(s, s + i, n - i + 1);
}

/* True when S (N bytes) is a subtitle: a date, then 在 (2025年1月14日在…
 * 会议上). */
static bool
subtitle_like(const char *s, size_t n)
{
	struct date d;

	return date_at(&date_grammar_plain, s, n, 0, &d) == DATE_FOUND && d.day &&
	       utf8_starts_with(s + d.length, n - d.length, "在");
}

/* True when S (N bytes) is a list of key words set apart by spaces
 * (主题词: 农业　粮食　应急预案△　函): three words or more, of six
 * characters at most, two of them of two or more.  A letter-spaced title
 * (政 府 工 作 报 告) has words of one character. */
static bool
key_words(const char *s, size_t n)
{
	size_t words = 0, long_words = 0, chars = 0;

	for (size_t i = 0; i <= n;) {
		size_t sp = i < n ? utf8_space_at(s + i, n - i) : 0;
		if (i == n || sp) {
			if (chars > 6)
				return false;
			if (chars > 0) {
				words++;
				long_words += chars >= 2;
			}
			chars = 0;
			if (i == n)
				break;
			i += sp;
			continue;
		}
		i += utf8_length(s + i, n - i);
		chars++;
	}
	return words >= 3 && long_words >= 2;
}

/* The length of "张三：" that opens S (N bytes) when S is a repost's
 * headline naming who spoke before the speech's title (张三：在某某大会上
 * 的讲话): a name of two to four Han characters, a colon, then a title
 * that opens with 在 and ends with what is spoken (讲话, 致辞, 发言, 报告,
 * 讲话提纲), maybe before a page's column and site (--学习专栏-某某中学).
 * 0 when S is no such line. */
static bool han_only(const char *s, size_t n);

static size_t
speaker_before_colon(const char *s, size_t n)
{
	static const char *const spoken[] = { "讲话", "致辞", "发言", "报告", "讲话提纲" };
	static const char *const separators[] = { "--", "_" };
	const char *colon = memmem(s, n, "：", 3);
	size_t name, rest;

	if (!colon)
		return 0;
	name = (size_t)(colon - s);
	rest = n - name - 3;
	/* (a page's <title>: the headline, then its column and site) */
	for (size_t k = 0; k < WORDS(separators); k++) {
		const char *cut = memmem(colon + 3, rest, separators[k], strlen(separators[k]));
		if (cut)
			rest = (size_t)(cut - colon - 3);
	}
	if (!han_only(s, name) || chars(s, name) < 2 || chars(s, name) > 4 ||
	    !utf8_starts_with(colon + 3, rest, "在"))
		return 0;
	for (size_t k = 0; k < WORDS(spoken); k++)
		if (utf8_ends_with(colon + 3, rest, spoken[k]))
			return name + 3;
	return 0;
}

/* The title part of a title line: before a —— subtitle, trimmed, and
 * without book-title marks around the whole of it (《某某规划》 is the
 * title 某某规划 cited), nor the end of an HTML comment a page's
 * conversion left after its <title> (某某报告_某某网   -->), nor the name
 * of who spoke before a colon (张三：在某某大会上的讲话). */
static const char *
title_part(const char *s, size_t *n)
{
	const char *dash = double_dash(s, *n);
	size_t speaker;

	if (dash && dash - s >= 6)
		*n = (size_t)(dash - s);
	s = trim(s, n);
	if (*n > 3 && memcmp(s + *n - 3, "-->", 3) == 0 && !memmem(s, *n, "<!--", 4)) {
		*n -= 3;
		s = trim(s, n);
	}
	if (*n > 6 && memcmp(s, "《", 3) == 0 && memcmp(s + *n - 3, "》", 3) == 0 &&
	    !memmem(s + 3, *n - 6, "》", 3)) {
		s += 3;
		*n -= 6;
	}
	speaker = speaker_before_colon(s, *n);
	s += speaker;
	*n -= speaker;
	return s;
}

/* True when the title S (N bytes) ends with the word of a document's
 * genre, maybe followed by closing marks or a note in parentheses
 * (（草案）, （试行）). */
static bool
genre_title(const char *s, size_t n)
{
	static const char *const genres[] = {
		"报告", "总结", "通知", "意见", "方案", "规划", "纲要", "公报", "决定", "办法",
		"条例", "讲话", "规定", "决议", "建议", "细则", "计划", "通告", "公告", "批复",
		"章程", "白皮书", "致辞", "发言", "演讲", "提纲", "函", "预案", "大纲",
		"指引", "指南", "制度", "准则", "守则", "规则", "须知", "通报", "请示", "纪要",
		"议案",
	};
	static const char *const closers[] = { "》", "”", "」", "』", "\"" };

	s = trim(s, &n);
	n = note_mark_cut(s, n);   /* 某某统计公报[1] */
	if (n >= 6 && (utf8_ends_with(s, n, "）") || utf8_ends_with(s, n, ")"))) {
		const char *open = NULL;
		for (const char *p = s; (p = memmem(p, n - (size_t)(p - s), "（", 3)) != NULL; p += 3)
			open = p;
		if (!open)
			for (const char *p = s; (p = memchr(p, '(', n - (size_t)(p - s))) != NULL; p++)
				open = p;
		if (open && open > s && chars(open, n - (size_t)(open - s)) <= 6)
			n = (size_t)(open - s);
	}
	for (bool again = true; again;) {
		again = false;
		for (size_t k = 0; k < WORDS(closers); k++)
			if (utf8_ends_with(s, n, closers[k])) {
				n -= strlen(closers[k]);
				again = true;
			}
	}
	for (size_t k = 0; k < WORDS(genres); k++)
		if (utf8_ends_with(s, n, genres[k]) && n > strlen(genres[k]))
			return true;
	return false;
}

/* The Han ideographs in S (N bytes). */
static size_t
han_chars(const char *s, size_t n)
{
	size_t han = 0;

	for (size_t i = 0; i < n;) {
		uint32_t c;
		size_t len = utf8_decode(s + i, n - i, &c);
		han += utf8_is_han(c);
		i += len;
	}
	return han;
}

/* S (N bytes) without the note in brackets a title may end with
 * (某某管理办法（试行）, …名录（2019年版）, …条例（草案）, …（征求意见稿）,
 * …记录表（范本）): the length before it, or N when there is none.  A
 * note is short and holds no sentence's marks; a line that is all
 * note, （此件公开发布）, has no title before it (0). */
static size_t
without_note(const char *s, size_t n)
{
	const char *open = NULL;
	size_t inside;

	if (n >= 3 && memcmp(s + n - 3, "）", 3) == 0) {
		for (const char *p = s; (p = memmem(p, n - (size_t)(p - s), "（", 3)) != NULL; p += 3)
			open = p;
		inside = open ? (size_t)(s + n - 3 - (open + 3)) : 0;
	} else if (n >= 1 && s[n - 1] == ')') {
		for (const char *p = s; (p = memchr(p, '(', n - (size_t)(p - s))) != NULL; p++)
			open = p;
		inside = open ? (size_t)(s + n - 1 - (open + 1)) : 0;
	} else {
		return n;
	}
	if (!open || inside == 0 || chars(open, (size_t)(s + n - open)) > 10 ||
	    has_sentence_mark(open, (size_t)(s + n - open)) || memmem(open, (size_t)(s + n - open), "，", 3))
		return n;
	return (size_t)(open - s);
}

/* True when S (N bytes) only says what kind of standard the document is
 * and whose: 中华人民共和国国家标准, 中华人民共和国国家环境保护标准,
 * 某某省地方标准, 某某有限公司企业标准 Q/ABC.100.012-2020 -- a cover's or a page head's line, maybe with the
 * standard's code after it, above the standard's own name. */
bool
meta_standard_kind(const char *s, size_t n)
{
	static const char *const kinds[] = { "国家标准", "行业标准", "地方标准", "企业标准", "团体标准",
					     "国家职业技能标准", "国家计量技术规范" };
	char closed[160];
	/* closed up first: a cover spaces it out (中 华 人 民 … 国 家 标 准) */
	size_t k = utf8_close_up(s, n, closed, sizeof closed);

	if (k == SIZE_MAX)
		return false;
	s = closed;
	n = k;
	/* the code after it: Q/ABC.100.012-2020, GB 12523—2011, DB11/T 123－2020 */
	while (n > 0) {
		if ((unsigned char)s[n - 1] < 0x80) {
			n--;
			continue;
		}
		if (utf8_ends_with(s, n, "—") || utf8_ends_with(s, n, "－") || utf8_ends_with(s, n, "／") ||
		    utf8_ends_with(s, n, "．")) {
			n -= 3;
			continue;
		}
		break;
	}
	if (chars(s, n) > 30 || has_sentence_mark(s, n))
		return false;
	for (size_t w = 0; w < WORDS(kinds); w++)
		if (utf8_ends_with(s, n, kinds[w]))
			return true;
	/* a national standard of one field: 中华人民共和国国家环境保护标准,
	 * 中华人民共和国国家职业卫生标准 */
	return n >= strlen("中华人民共和国") && memcmp(s, "中华人民共和国", strlen("中华人民共和国")) == 0 &&
	       utf8_ends_with(s, n, "标准");
}

/* True when S (N bytes) is a standard's cover line naming the standard(s)
 * it replaces: 代替 GB 99999—2010, 部分代替DB11/T 123－2010 -- the word,
 * then codes only (no Han character, a digit at least). */
static bool
replaces_standard(const char *s, size_t n)
{
	static const char *const words[] = { "部分代替", "代替" };
	bool digit = false;
	size_t k;

	while (n > 0 && utf8_space_at(s, n)) {
		size_t sp = utf8_space_at(s, n);
		s += sp;
		n -= sp;
	}
	for (k = 0; k < WORDS(words); k++)
		if (utf8_starts_with(s, n, words[k]))
			break;
	if (k == WORDS(words))
		return false;
	s += strlen(words[k]);
	n -= strlen(words[k]);
	if (han_chars(s, n) > 0)
		return false;
	for (size_t i = 0; i < n; i++)
		digit |= s[i] >= '0' && s[i] <= '9';
	return digit;
}

/* A line that could be a title: short (60 characters; 100 when it names
 * another document in 《》, as 关于修改《…》等二十九件…的决定 and
 * 关于印发《…》的通知 do), not a sentence, not a date, not
 * page furniture (markup, a toolbar word, a "key: value" line), and
 * worded: two Han characters at least (a year and a note's mark left
 * of a lost title, 2024 [1], are none). */
static bool
title_like(const struct doc *doc, size_t i)
{
	const struct paragraph *p = &doc->paragraphs[i];
	size_t n = p->length;
	const char *s = title_part(doc->text + p->offset, &n);
	struct date d;
	bool parens;

	if (n == 0 || chars(s, n) > (memmem(s, n, "《", 3) ? 100 : 60) || chars(s, n) < 3 ||
	    han_chars(s, n) < 2 || without_note(s, n) == 0 || lines_end_sentence(s, without_note(s, n)) ||
	    memmem(s, n, "，", 3) || memmem(s, n, "：", 3) || memmem(s, n, "【", 3) ||
	    date_alone_in_parens(s, n, &d, &parens) || meta_standard_kind(s, n) || replaces_standard(s, n) ||
	    utf8_same_closed_up(s, n, "前言", strlen("前言")) || utf8_same_closed_up(s, n, "目次", strlen("目次")))
		return false;
	for (size_t k = 0; k < n; k++)
		if (strchr("<>{}=:|", s[k]))
			return false;
	/* …所作的 / 政府工作报告 / 。会议充分肯定…: a sentence's words
	 * broken onto lines (one ends on 的, the next opens with a mark),
	 * not a title. */
	if (utf8_ends_with(s, n, "的") || key_words(s, n))
		return false;
	if (i + 1 < doc->paragraph_count) {
		const struct paragraph *q = &doc->paragraphs[i + 1];
		static const char *const marks[] = { "。", "，", "、", "；", "：", "）", "》", "”" };
		for (size_t k = 0; k < WORDS(marks); k++)
			if (utf8_starts_with(doc->text + q->offset, q->length, marks[k]))
				return false;
	}
	return true;
}

/* True when S (N bytes) is only the name of a place, as a title's first
 * line can be: short, without punctuation, ending in the word of an
 * administrative division (黔东南苗族侗族自治州, 某某市). */
static bool
place_name(const char *s, size_t n)
{
	static const char *const divisions[] = { "省", "市", "县", "区", "州", "旗", "盟", "镇", "乡" };
	static const char *const marks[] = { "，", "。", "、", "：", "；", "（", "(", " " };

	if (chars(s, n) < 2 || chars(s, n) > 16)
		return false;
	for (size_t k = 0; k < WORDS(marks); k++)
		if (memmem(s, n, marks[k], strlen(marks[k])))
			return false;
	for (size_t k = 0; k < WORDS(divisions); k++)
		if (utf8_ends_with(s, n, divisions[k]))
			return true;
	return false;
}

/* The words a body's name ends with. */
static const char *const body_suffixes[] = {
	"政府", "委员会", "办公室", "办公厅", "院", "局", "厅", "部", "委", "署", "会",
	"中心", "公司", "法院", "检察院", "队",
};

bool
meta_names_body(const char *s, size_t n)
{
	for (size_t k = 0; k < WORDS(body_suffixes); k++)
		if (utf8_ends_with(s, n, body_suffixes[k]) && n > strlen(body_suffixes[k]))
			return true;
	return false;
}

/* True when S (N bytes) is the Party's central committee by the short
 * name a title gives it (中共中央关于…的意见), which ends with no word
 * of a body's name. */
static bool
party_centre(const char *s, size_t n)
{
	s = trim(s, &n);
	return utf8_same_closed_up(s, n, "中共中央", strlen("中共中央"));
}

/* The genres whose title names its body before them: 2006年国务院政府工作
 * 报告, 2024年某某局政府信息公开工作年度报告. */
static const char *const body_genres[] = {
	"政府工作报告", "政府信息公开工作年度报告", "政府信息公开年度报告",
};

static bool whole_body(const char *s, size_t n);
static const char *first_digit(const char *s, size_t n);

/* The issuing body a title names: 某区人民政府办公室关于…的通知, 2006年国务院
 * 政府工作报告, 2024 年某某委政府信息公开工作年度报告, 某市财政局2025年
 * 工作总结; NULL when it names none. */
static char *
title_body(const char *title)
{
	size_t n = strlen(title);
	const char *about = memmem(title, n, "关于", 6), *end = NULL;
	size_t i = 0, used;

	if (about && about > title)
		end = about;
	/* 国务院办公厅转发国家教委关于…: the body that transmits another's
	 * document issues the notice; the other body is named after 转发.
	 * So does the body that issues one (某区人民政府办公室印发关于…实施
	 * 意见的通知): it is named before 印发. */
	if (end) {
		static const char *const carries[] = { "转发", "批转", "印发" };
		for (size_t k = 0; k < WORDS(carries); k++) {
			const char *at = memmem(title, (size_t)(end - title), carries[k], 6);
			if (at && at > title)
				end = at;
		}
	}
	for (size_t k = 0; !end && k < WORDS(body_genres); k++)
		if (utf8_ends_with(title, n, body_genres[k]) && n > strlen(body_genres[k]))
			end = title + n - strlen(body_genres[k]);
	/* 某市财政局2025年工作总结: a body's whole name, then the year the
	 * title is of. */
	if (!end) {
		const char *digit = first_digit(title, n);
		if (digit && digit > title && (size_t)(title + n - digit) > 4 + 3 &&
		    numeral_digits(digit, (size_t)(title + n - digit), &used) >= 1000 && used == 4 &&
		    utf8_starts_with(digit + used, (size_t)(title + n - digit) - used, "年") &&
		    whole_body(title, (size_t)(digit - title)))
			end = digit;
	}
	if (!end)
		return NULL;
	/* A year before it is not part of the body's name: 2006年国务院,
	 * 2024 年某某委, and 2014国务院 where a copy left its 年 out (no
	 * body's name opens with a number). */
	if (numeral_digits(title, (size_t)(end - title), &used) >= 1000) {
		size_t at = skip_spaces(title, (size_t)(end - title), used);
		if (utf8_starts_with(title + at, (size_t)(end - title) - at, "年"))
			i = skip_spaces(title, (size_t)(end - title), at + 3);
		else
			i = at;
	}
	if (meta_names_body(title + i, (size_t)(end - title) - i) || party_centre(title + i, (size_t)(end - title) - i))
		return copy_trimmed(title + i, (size_t)(end - title) - i);
	return NULL;
}

static const char *const posts[] = { "长", "总理", "主席", "书记", "主任", "委员" };

/* True when S (N bytes, trimmed) ends with a post (省长, 总理 …). */
static bool
ends_with_post(const char *s, size_t n)
{
	for (size_t k = 0; k < WORDS(posts); k++)
		if (utf8_ends_with(s, n, posts[k]))
			return true;
	return false;
}

/* The characters of a name S (N bytes), white space between them left
 * out (龚 正); 0 when it holds a sentence mark. */
static size_t
name_chars(const char *s, size_t n)
{
	size_t name = 0, len;
	uint32_t c;

	if (has_sentence_mark(s, n))
		return 0;
	for (size_t i = 0; (len = utf8_next_nonspace(s, n, &i, &c)) > 0; i += len)
		name++;
	return name;
}

/* True when S (N bytes) holds only Han ideographs. */
static bool
han_only(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		uint32_t c;
		size_t len = utf8_decode(s + i, n - i, &c);
		if (len == 0 || !utf8_is_han(c))
			return false;
		i += len;
	}
	return n > 0;
}

/* True when S (N bytes) is a name written the way names of the peoples
 * of Xinjiang and Tibet and foreign names are: parts of Han characters
 * with a middle dot between them (艾尔肯·吐尼亚孜, 阿卜杜拉·某某), two
 * parts or more, of NAME_DOTTED_MAX characters in all; white space
 * around it left out. */
enum { NAME_DOTTED_MAX = 16 };

static bool
dotted_name(const char *s, size_t n)
{
	size_t han = 0, part = 0, parts = 0, len;
	uint32_t c;

	for (size_t i = 0; (len = utf8_next_nonspace(s, n, &i, &c)) > 0; i += len) {
		if (c == 0x00B7 || c == 0x30FB || c == 0x2022 || c == 0x2027 || c == 0xFF0E) {
			if (part == 0)
				return false;
			parts++;
			part = 0;
		} else if (utf8_is_han(c)) {
			part++;
			han++;
		} else {
			return false;
		}
	}
	return part > 0 && parts >= 1 && han <= NAME_DOTTED_MAX;
}

/* True when S (N bytes) reads as a person's name on a speaker line: two
 * to four characters (maybe letter-spaced), or a dotted_name. */
static bool
speaker_name(const char *s, size_t n)
{
	size_t k = name_chars(s, n);

	return (k >= 2 && k <= 4) || dotted_name(s, n);
}

/* True when S (N bytes) ends with a post written close up to the name
 * after it (国务院总理李某, 某省省长张某): 长 only after a place, so 经济增长
 * is none. */
static bool
glued_post(const char *s, size_t n)
{
	static const char *const places[] = { "省长", "市长", "县长", "区长", "州长", "盟长", "旗长" };

	for (size_t k = 0; k < WORDS(places); k++)
		if (utf8_ends_with(s, n, places[k]))
			return true;
	return !utf8_ends_with(s, n, "长") && ends_with_post(s, n);
}

/* A speaker line: a post, white space, and a name (speaker_name) of two
 * to four characters, maybe letter-spaced, or dotted (河北省人民政府省长
 * 王正谱, 省长 胡玉亭, 国务院总理　温家宝, 上海市市长 龚 正, 自治区主席
 * 艾尔肯·吐尼亚孜). */
static bool
speaker_line(const char *s, size_t n)
{
	size_t post = 0;

	s = trim(s, &n);
	/* 国务院总理?李克强: a copy converted to another code wrote ? for
	 * the space it could not (a U+00A0, a U+2002) after the post. */
	{
		const char *q = memchr(s, '?', n);
		if (q && q > s && ends_with_post(s, (size_t)(q - s)) && chars(s, n) <= 30) {
			size_t k = name_chars(q + 1, n - (size_t)(q - s) - 1);
			return han_only(s, (size_t)(q - s)) && k >= 2 && k <= 4;
		}
	}
	if (n == 0 || chars(s, n) > 30 || has_sentence_mark(s, n))
		return false;
	while (post < n && !utf8_space_at(s + post, n - post))
		post += utf8_length(s + post, n - post);
	if (post == n)   /* no space: 国务院总理李某, a name of two or three */
		return han_only(s, n) && chars(s, n) <= 16 &&
		       ((n > 12 && glued_post(s, n - 6)) || (n > 15 && glued_post(s, n - 9)));
	return speaker_name(s + post, n - post) && ends_with_post(s, post);
}

/* A speaker line broken after its post (国务院总理 / 李克强): the post
 * alone in S (N bytes), the name alone in NAME (M bytes), both trimmed. */
static bool
speaker_lines(const char *s, size_t n, const char *name, size_t m)
{
	return n > 0 && chars(s, n) <= 30 && !has_sentence_mark(s, n) && ends_with_post(s, n) &&
	       speaker_name(name, m);
}

/* The bytes of a dash opening S (N bytes) before a subtitle's date: a
 * run of two or more ASCII hyphens (--, ----) or of dashes (—, ―, ─),
 * after any white space; 0 when none. */
static size_t
leading_dash(const char *s, size_t n)
{
	size_t i = 0, hyphens = 0, dashes = 0, sp, k;

	while (i < n && (sp = utf8_space_at(s + i, n - i)) > 0)
		i += sp;
	while (i < n && s[i] == '-') {
		i++;
		hyphens++;
	}
	while (hyphens == 0 && (k = dash_at(s + i, n - i)) > 0) {
		i += k;
		dashes++;
	}
	return hyphens >= 2 || dashes > 0 ? i : 0;
}

/* A subtitle, with or without its dash (——2018年3月5日在第十三届全国人民
 * 代表大会第一次会议上 国务院总理 李克强): its date, and the speaker after
 * 会议上 when one is printed. */
static bool
subtitle(struct finding *f, const char *s, size_t n)
{
	const char *dash = double_dash(s, n), *on;
	size_t at = 0, end;
	struct date d;
	char iso[11];

	if (dash) {
		at = (size_t)(dash - s) + 6;
	} else if ((at = leading_dash(s, n)) > 0) {
		;   /* ----2013年2月28日在…, —2018年3月7日在… */
	} else {
		s = trim(s, &n);
		/* （2025年3月21日在…会议上） under the title */
		if ((utf8_starts_with(s, n, "（") && utf8_ends_with(s, n, "）")) ||
		    (utf8_starts_with(s, n, "(") && utf8_ends_with(s, n, ")"))) {
			size_t open = s[0] == '(' ? 1 : 3;
			s += open;
			n -= open + open;
		}
		/* 2025年1月19日在…会议上省长某某作政府工作报告。: a sentence
		 * that says it all, closed by its 。 */
		if (utf8_ends_with(s, n, "。") && memmem(s, n, "会议上", 9))
			n -= 3;
		if (chars(s, n) > 80 || has_sentence_mark(s, n) ||
		    date_at(&date_grammar_plain, s, n, 0, &d) != DATE_FOUND || !d.day ||
		    !utf8_starts_with(s + d.length, n - d.length, "在") || !memmem(s, n, "上", 3))
			return false;
	}
	/* The date stands right after the dash: no need to read further. */
	if (!date_inside(s, n < at + 60 ? n : at + 60, at, false, iso, &end) || end > at + 40)
		return false;
	set_date(f, RANK_HEADER, iso);
	on = memmem(s + end, n - end, "会议上", 9);
	if (on) {
		size_t from = (size_t)(on - s) + 9, m = n - from;
		const char *who = trim(s + from, &m), *gave;
		/* 省长某某作政府工作报告: the speaker before 作 */
		if (m > 0 && (gave = memmem(who, m, "作", 3)) != NULL && gave > who &&
		    utf8_ends_with(who, m, "报告"))
			m = (size_t)(gave - who);
		if (m > 0 && chars(who, m) <= 30 && !has_sentence_mark(who, m))
			set_issuer(f, RANK_SPEAKER, copy_trimmed(who, m));
	}
	return true;
}

/* True when S (N bytes) is a subtitle opened by a dash (—2017年2月11日在
 * …会议上): the line that follows a title, never the title itself. */
static bool
dash_subtitle(const char *s, size_t n)
{
	size_t at = leading_dash(s, n);

	return at > 0 && subtitle_like(s + at, n - at);
}

/* True when T (M bytes), the line under the dash subtitle S (N bytes),
 * is that subtitle's rest, wrapped onto a line of its own as a PDF's
 * text sets it (——2031年1月20日在市第十五届 / 人民代表大会第五次会议上):
 * the subtitle names a meeting it has not closed with 上, and the line
 * closes it, short, with no sentence mark and no dash of its own. */
static bool
subtitle_rest(const char *s, size_t n, const char *t, size_t m)
{
	s = trim(s, &n);
	t = trim(t, &m);
	return leading_dash(s, n) > 0 && !utf8_ends_with(s, n, "上") && !utf8_ends_with(s, n, "）") &&
	       m > 0 && utf8_ends_with(t, m, "上") && chars(t, m) <= 30 && !has_sentence_mark(t, m) &&
	       leading_dash(t, m) == 0 && double_dash(t, m) == NULL;
}

/* True when paragraph I of DOC names a body directly above a date alone
 * on the next line (某州统计局 / 2024年5月7日): the issuer of a report
 * whose title is not printed, not its title. */
static bool
body_above_date(const struct doc *doc, size_t i, const char *s, size_t n)
{
	const struct paragraph *q;
	size_t m;
	const char *t;
	struct date d;
	bool parens;

	if (i + 1 >= doc->paragraph_count || !meta_names_body(s, n) || genre_title(s, n))
		return false;
	q = &doc->paragraphs[i + 1];
	m = q->length;
	t = trim(doc->text + q->offset, &m);
	return date_alone_in_parens(t, m, &d, &parens) && d.day;
}

/* True when paragraph I of DOC can name a body: short, no sentence, no
 * heading, not opened by a dash (——在某某会上的讲话稿 over a date is the
 * title's subtitle, not a signer). */
static bool
body_line(const struct doc *doc, size_t i)
{
	const struct paragraph *p = &doc->paragraphs[i];
	size_t m = p->length;
	const char *name = trim(doc->text + p->offset, &m);

	return m > 0 && chars(name, m) <= 40 && !has_sentence_mark(name, m) &&
	       !lines_end_sentence(name, m) && !paragraphs_begins_heading(doc, i) &&
	       leading_dash(name, m) == 0;
}

/* The length of the order's number at the start of S (N bytes), alone
 * but for white space: 第15号, 第 715 号, 第十五号, （第5号）; 0 when S is
 * not one. */
static size_t
order_number(const char *s, size_t n)
{
	size_t at = 0, used, close = 0;

	s = trim(s, &n);
	if (utf8_starts_with(s, n, "（"))
		at = 3, close = 3;
	else if (n > 0 && s[0] == '(')
		at = 1, close = 1;
	if (close && !(close == 3 ? utf8_ends_with(s, n, "）") : s[n - 1] == ')'))
		return 0;
	if (!utf8_starts_with(s + at, n - at - close, "第"))
		return 0;
	at = skip_spaces(s, n - close, at + 3);
	if (numeral_digits(s + at, n - close - at, &used) < 0 &&
	    numeral_chinese(s + at, n - close - at, &used) < 0)
		return 0;
	at = skip_spaces(s, n - close, at + used);
	return at + 3 + close == n && utf8_starts_with(s + at, n - close - at, "号") ? n : 0;
}

/* The lines of an order's masthead at paragraph I of DOC: the order
 * (中华人民共和国主席令, 某省人民政府令), then its number alone on the next
 * line (第15号) or after it on the same one (国务院令第717号).  2, 1, or
 * 0 when paragraph I opens no order.  The masthead names the order, not
 * the act it publishes: the act's title is below it. */
static size_t
order_masthead(const struct doc *doc, size_t i)
{
	const struct paragraph *p = &doc->paragraphs[i];
	size_t n = p->length, m;
	const char *s = trim(doc->text + p->offset, &n), *at;

	if (n == 0 || chars(s, n) > 40 || has_sentence_mark(s, n) || memmem(s, n, "《", 3))
		return 0;
	if ((at = memmem(s, n, "令", 3)) != NULL && at > s && at + 3 < s + n &&
	    order_number(at + 3, n - (size_t)(at + 3 - s)) && chars(s, (size_t)(at - s)) >= 2)
		return 1;
	if (!utf8_ends_with(s, n, "令") || chars(s, n) < 3 || chars(s, n) > 24 || i + 1 >= doc->paragraph_count)
		return 0;
	p = &doc->paragraphs[i + 1];
	m = p->length;
	return order_number(doc->text + p->offset, m) ? 2 : 0;
}

/* A promulgation notice opening the report: the body, 公告 (maybe letter-
 * spaced), or an order's masthead (国务院令 / 第717号), its number, then
 * 《X》已由…通过，现予公布, and the text of X below it.  The report is X:
 * its title is X's title line; failing that, the notice's (the body's
 * line above 公告, joined with it: *SECOND; the order's line).
 * SIZE_MAX when the report opens otherwise. */
static size_t
promulgation(const struct doc *doc, size_t look, size_t *second)
{
	for (size_t i = 0; i < look && i < 8; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		size_t cited = SIZE_MAX, n = 0;
		const char *name = NULL;
		bool order = order_masthead(doc, i) > 0;

		if (!order && !utf8_same_closed_up(doc->text + p->offset, p->length, "公告", 6))
			continue;
		/* The sentence that promulgates: 《X》 first, 公布 in it. */
		for (size_t j = i + 1; j < look && j <= i + 3 && cited == SIZE_MAX; j++) {
			const struct paragraph *q = &doc->paragraphs[j];
			size_t m = q->length;
			const char *s = trim(doc->text + q->offset, &m), *close;
			if (utf8_starts_with(s, m, "《") && memmem(s, m, "公布", 6) &&
			    (close = memmem(s, m, "》", 3)) != NULL) {
				cited = j;
				name = s + 3;
				n = (size_t)(close - name);
			}
		}
		if (cited == SIZE_MAX)
			return SIZE_MAX;
		for (size_t j = cited + 1; j < doc->paragraph_count && j <= cited + 12; j++) {
			const struct paragraph *q = &doc->paragraphs[j];
			if (utf8_same_closed_up(doc->text + q->offset, q->length, name, n))
				return j;
		}
		if (order)
			return i;
		if (i > 0 && body_line(doc, i - 1)) {
			const struct paragraph *q = &doc->paragraphs[i - 1];
			size_t m = q->length;
			if (meta_names_body(trim(doc->text + q->offset, &m), m)) {
				*second = i;
				return i - 1;
			}
		}
		return i;
	}
	return SIZE_MAX;
}

/* How far below a title its running header is looked for (bytes). */
enum { HEADER_REACH = 256 * 1024 };

/* True when S (N bytes) names a day, its year given or not (3月6日). */
static bool
day_inside(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i += utf8_length(s + i, n - i)) {
		struct date d;
		if (date_at(&date_grammar_plain, s, n, i, &d) == DATE_FOUND && d.month && d.day)
			return true;
	}
	return false;
}

/* True when S (N bytes) names a law: it ends with 法 or 修正案, maybe
 * before a number in parentheses (刑法修正案（十二）), two characters or
 * more (宪法). */
static bool
law_name(const char *s, size_t n)
{
	s = trim(s, &n);
	if (utf8_ends_with(s, n, "）")) {
		const char *open = NULL;
		for (const char *p = s; (p = memmem(p, n - (size_t)(p - s), "（", 3)) != NULL; p += 3)
			open = p;
		if (open && open > s && chars(open, n - (size_t)(open - s)) <= 6)
			n = (size_t)(open - s);
	}
	return chars(s, n) >= 2 && (utf8_ends_with(s, n, "法") || utf8_ends_with(s, n, "修正案"));
}

/* True when the title line S (N bytes) and the line T (M bytes) under it
 * are one title broken over two lines, as a cover sets a long title
 * (某某业务红黄线及负面清单记 / 分管理规定): the first has no genre word
 * and is no issuer's banner (某某公司文件), the second ends with one and
 * opens no title of its own (关于…); the first fills the line and holds
 * no date, the second is a short rest, half as long at most -- or the
 * text repeats the two as one, as a running header does. */
static bool
broken_title(const struct doc *doc, size_t i, const char *s, size_t n, const char *t, size_t m)
{
	const struct paragraph *q = &doc->paragraphs[i + 1];
	const char *after = doc->text + q->offset + q->length, *end = doc->text + doc->text_length;

	/* 中华人民共和国 / 特种设备安全法: a law's cover sets the name of the
	 * state (or of a place) over the law's own name */
	if ((utf8_ends_with(s, n, "共和国") || place_name(s, n)) && !genre_title(s, n) && chars(s, n) <= 16 &&
	    law_name(t, m) && !utf8_starts_with(t, m, "关于") && !has_sentence_mark(t, m) && !subtitle_like(t, m))
		return true;
	if (genre_title(s, n) || utf8_ends_with(s, n, "文件") || !genre_title(t, m) ||
	    utf8_starts_with(t, m, "关于") || subtitle_like(t, m))
		return false;
	/* 新华社北京3月6日电 / 政府工作报告: a dateline above a whole title */
	if (chars(s, n) >= 10 && 2 * chars(t, m) <= chars(s, n) && !day_inside(s, n))
		return true;
	if ((size_t)(end - after) > HEADER_REACH)
		end = after + HEADER_REACH;   /* a running header repeats on the next pages */
	for (const char *at = after; (at = memmem(at, (size_t)(end - at), s, n)) != NULL; at += n)
		if ((size_t)(end - at) >= n + m && memcmp(at + n, t, m) == 0)
			return true;
	return false;
}

/* True when S (N bytes) is an attachment's mark alone on its line, above
 * the title of the attachment: a short word of one to four Han
 * characters and its number or letter (附件1, 附表2, 大纲4, 附录A), maybe
 * after a space or before a colon, maybe after the number of the letter
 * it is attached to (某建函〔2025〕67 号附件 1, as a PDF's first page
 * marks it).  A title is never a word and a number. */
static bool
attachment_mark(const char *s, size_t n)
{
	size_t i = 0, han = 0, digits = 0;
	const char *open, *hao;

	/* (Every mark ends with its number or letter, or a colon after it:
	 * the rest of a long text is not read.) */
	if (n == 0 || !(isdigit((unsigned char)s[n - 1]) || isupper((unsigned char)s[n - 1]) ||
			s[n - 1] == ':' || utf8_ends_with(s, n, "：")))
		return false;
	open = memmem(s, n, "〔", 3);
	if (open && (hao = memmem(open, n - (size_t)(open - s), "号", 3)) != NULL &&
	    memmem(open, (size_t)(hao - open), "〕", 3)) {
		size_t k = skip_spaces(s, n, (size_t)(hao + 3 - s));
		return k < n && attachment_mark(s + k, n - k);
	}

	while (i < n && han < 5) {
		uint32_t c;
		size_t len = utf8_decode(s + i, n - i, &c);
		if (!utf8_is_han(c))
			break;
		han++;
		i += len;
	}
	if (han == 0 || han > 4)
		return false;
	i = skip_spaces(s, n, i);
	while (i < n && digits < 3 && (isdigit((unsigned char)s[i]) ||
	       (digits == 0 && isupper((unsigned char)s[i]))))
		i++, digits++;
	if (digits == 0)
		return false;
	if (utf8_ends_with(s, n, "：") && i == n - 3)
		return true;
	return i == n || (i == n - 1 && s[i] == ':');
}

/* True when paragraph I + 1, right under the title's last line I, is a
 * note in brackets alone on its line that names the stage of a draft
 * (某某条例（修订草案） / （征求意见稿）, 某某办法 / （试行）): it belongs to
 * the title, as it would written on one line. */
static bool
draft_note_under(const struct doc *doc, size_t i)
{
	static const char *const stages[] = { "征求意见稿", "送审稿", "草案", "修订草案", "讨论稿",
					      "代拟稿", "试行", "暂行", "修订稿", "草案稿" };
	const struct paragraph *q;
	size_t m, inside;
	const char *t;

	if (i + 1 >= doc->paragraph_count || doc->paragraphs[i + 1].blank_before)
		return false;
	q = &doc->paragraphs[i + 1];
	m = q->length;
	t = trim(doc->text + q->offset, &m);
	if (m < 9 || !utf8_starts_with(t, m, "（") || !utf8_ends_with(t, m, "）"))
		return false;
	inside = m - 6;
	for (size_t k = 0; k < WORDS(stages); k++)
		if (inside == strlen(stages[k]) && memcmp(t + 3, stages[k], inside) == 0)
			return true;
	return false;
}

/* True when the Markdown title in paragraph I goes on in the level-1
 * heading right under it, as a converter sets a cover's two lines (# 某镇
 * 小型建设工程管理的 / # 实施意见, # 中华人民共和国 / # 某某法): neither has
 * a label, the first names no genre and ends no sentence, the second is
 * no subtitle and names a genre (a law's 法 too), or is the document's
 * last level-1 heading (# “十五五” / # 规划建议发布 over ## sections). */
static bool
markdown_title_broken(const struct doc *doc, size_t i)
{
	const struct paragraph *p = &doc->paragraphs[i], *q;
	size_t n = p->length, m;
	const char *s, *t;

	if (i + 1 >= doc->paragraph_count || doc->paragraphs[i + 1].md_level != 1)
		return false;
	q = &doc->paragraphs[i + 1];
	m = q->length;
	s = title_part(doc->text + p->offset, &n);
	t = title_part(doc->text + q->offset, &m);
	if (n == 0 || m == 0 || label_prefix_length(s, n) > 0 || label_prefix_length(t, m) > 0 ||
	    genre_title(s, n) || has_sentence_mark(s, n) || has_sentence_mark(t, m) ||
	    subtitle_like(t, m) || dash_subtitle(t, m) || chars(s, n) + chars(t, m) > 80)
		return false;
	if (genre_title(t, m) || (utf8_ends_with(t, m, "法") && chars(t, m) >= 3))
		return true;
	/* Without a genre word, when no other level-1 heading follows: a
	 * section over the whole document it would not be. */
	for (size_t k = i + 2; k < doc->paragraph_count; k++)
		if (doc->paragraphs[k].md_level == 1)
			return false;
	return true;
}

/* True when paragraph K is the rest of a title whose lines so far (CHARS
 * characters) end with a genre word that is not its last (某某市关于推行
 * / 某某清单制度 / 的实施意见; …记录制度 / 重大决定审核制度的指导意见):
 * a line that holds the 的 before a title's genre word and ends with
 * one, opens no title of its own (关于…), holds no sentence mark, and
 * keeps the title 80 characters at most. */
static bool
title_rest(const struct doc *doc, size_t k, size_t chars_so_far)
{
	const struct paragraph *q;
	const char *t;
	size_t m;

	if (k >= doc->paragraph_count || !title_like(doc, k) || paragraphs_begins_heading(doc, k))
		return false;
	q = &doc->paragraphs[k];
	m = q->length;
	t = title_part(doc->text + q->offset, &m);
	return memmem(t, m, "的", 3) && !memmem(t, m, "关于", 6) && genre_title(t, m) &&
	       !has_sentence_mark(t, m) && chars_so_far + chars(t, m) <= 80;
}

/* The last line of a title whose first line, paragraph I (CHARS
 * characters), names no genre: the next line when it ends with a genre
 * word, else the one after it when the next has none; each a line that
 * can be a title, opening no title (关于…) or heading of its own, the
 * three 80 characters at most.  SIZE_MAX when there is none. */
static size_t
multi_line_title(const struct doc *doc, size_t i, size_t chars_so_far)
{
	for (size_t j = i + 1; j <= i + 2 && j < doc->paragraph_count; j++) {
		const struct paragraph *q = &doc->paragraphs[j];
		size_t m = q->length;
		const char *t;

		if (!title_like(doc, j) || paragraphs_begins_heading(doc, j))
			return SIZE_MAX;
		t = title_part(doc->text + q->offset, &m);
		chars_so_far += chars(t, m);
		if (utf8_starts_with(t, m, "关于") || has_sentence_mark(t, m) || dash_subtitle(t, m) ||
		    subtitle_like(t, m) || chars_so_far > 80)
			return SIZE_MAX;
		if (genre_title(t, m))
			return title_rest(doc, j + 1, chars_so_far) ? j + 1 : j;
	}
	return SIZE_MAX;
}

/* True when S (N bytes) is a line of the mark a people's congress prints
 * atop the documents of its session, above their titles: the session
 * (某市十五届人大) or the document's number in it (七次会议文件（19）,
 * 四次会议文件十八) -- a file mark, never a title. */
static bool
session_file_mark(const char *s, size_t n)
{
	static const char allowed[] = "0123456789０１２３４５６７８９〇零一二三四五六七八九十百（）() ";
	const char *at;

	s = trim(s, &n);
	if (n == 0 || chars(s, n) > 24 || has_sentence_mark(s, n))
		return false;
	if (utf8_ends_with(s, n, "届人大"))
		return true;
	if ((at = memmem(s, n, "会议文件", strlen("会议文件"))) == NULL)
		return false;
	for (size_t i = (size_t)(at - s) + strlen("会议文件"), len; i < n; i += len) {
		char c[5] = { 0 };
		len = utf8_length(s + i, n - i);
		if (len == 0 || len > 4)
			return false;
		memcpy(c, s + i, len);
		if (!strstr(allowed, c))
			return false;
	}
	return true;
}

enum { BODY_LINE_CHARS = 24 };

/* True when paragraph I of DOC is a row of a table of two cells or more (a
 * cover's grid: 正文页数 7 附录数 4, a page header repeated on every page:
 * 程 序 文 件 | 版 本 | B): data, no title or part of one. */
static bool
table_row(const struct doc *doc, size_t i)
{
	const struct doc_hint *hint = doc->hint_count > 0 ? doc_hint_of(doc, i) : NULL;

	return hint && hint->cell_count >= 2;
}

/* True when paragraph I of DOC opens with a chapter's label and is the
 * only line of the document that does (第五章 人力资源控制程序 above
 * clauses 1 目的, 2 范围: one chapter of a manual issued on its own): the
 * chapter is then the document, and its line its title. */
static bool
lone_chapter(const struct doc *doc, size_t i)
{
	const struct paragraph *p = &doc->paragraphs[i];
	struct label l;

	if (p->md_level > 0 || !label_parse(doc->text + p->offset, p->length, &l) ||
	    l.style != STYLE_CHAPTER || l.title >= p->length || !title_like(doc, i))
		return false;
	for (size_t k = 0; k < doc->paragraph_count; k++) {
		const struct paragraph *q = &doc->paragraphs[k];
		struct label other;
		if (k != i && label_parse(doc->text + q->offset, q->length, &other) &&
		    other.style == STYLE_CHAPTER)
			return false;
	}
	return true;
}

/* True when S (N bytes) reads as the key of a copier's line: Han words of
 * eight characters at most, maybe with a Latin abbreviation after a space
 * (来源 URL, 原文 PDF, 文件 ID) as such a block names a field. */
static bool
copier_key(const char *s, size_t n)
{
	const char *space = memchr(s, ' ', n);
	size_t han = space ? (size_t)(space - s) : n, latin = 0;

	if (!han_only(s, han) || chars(s, han) > 8)
		return false;
	if (!space)
		return true;
	for (size_t i = han + 1; i < n; i++, latin++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z')))
			return false;
	return latin >= 2 && latin <= 5;
}

/* S (*N bytes) past a Markdown list item's mark (lines_list_mark: "- ",
 * "* ", "+ ") when it opens with one; *N is shortened to match. */
static const char *
past_list_mark(const char *s, size_t *n)
{
	size_t mark = lines_list_mark(s, *n);

	*n -= mark;
	return s + mark;
}

/* True when paragraph I of DOC is a line of a copier's block above the
 * text it copied: key lines (发布日期: …, 来源: …, set in bold in the
 * Markdown, maybe as the items of a list: - 标题：…), a page's field key
 * alone on its line over its value (文件编号 / 某发〔2031〕1号), a rule (---, --),
 * or a Markdown heading below the title (## 政策全文, of a level below
 * the title's #). */
static bool
copier_line(const struct doc *doc, size_t i)
{
	const struct paragraph *p = &doc->paragraphs[i];
	const char *s = doc->text + p->offset, *colon;
	size_t n = p->length, k = 0;

	if (p->md_level > 0)
		return p->md_level > 1;
	while (k < n && s[k] == '-')
		k++;
	if (k >= 2 && k == n)
		return true;
	/* a list item's mark before the key */
	s = past_list_mark(s, &n);
	/* 索取号 / 3589258689/2021-00131 / 载体类型: a government page's
	 * fields one a line, each key alone on its line above its value. */
	{
		static const char *const keys[] = { "索取号", "索引号", "载体类型", "发布机构", "文件编号",
						    "记录形式", "公开类别", "关键词", "内容描述", "主题分类" };
		const char *nl = memchr(s, '\n', n);
		size_t first = nl ? (size_t)(nl - s) : n;
		for (size_t w = 0; w < WORDS(keys); w++)
			if (first == strlen(keys[w]) && memcmp(s, keys[w], first) == 0)
				return true;
	}
	colon = first_colon(s, n, NULL);
	if (!colon || colon == s)
		return false;
	k = (size_t)(colon - s);
	return copier_key(s, k);
}

/* Writes the words of paragraphs FROM to TO of DOC to OUT (CAP bytes),
 * as utf8_words does.  Returns the length, or CAP + 1 when they do not
 * fit. */
static size_t
words_of(const struct doc *doc, size_t from, size_t to, char *out, size_t cap)
{
	size_t k = 0;

	for (size_t i = from; i <= to && i < doc->paragraph_count && k <= cap; i++)
		k = utf8_words(doc->text + doc->paragraphs[i].offset, doc->paragraphs[i].length, out, k, cap);
	return k;
}

/* Whether the N bytes at S stand again alone as one of DOC's paragraphs
 * below its title paragraph (maybe after the name of who spoke them:
 * 张三：S). */
static bool
said_again_below(const struct doc *doc, const char *s, size_t n)
{
	for (size_t i = doc->title_paragraph + 1; i < doc->paragraph_count; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		size_t m = p->length;
		const char *t = trim(doc->text + p->offset, &m);
		size_t speaker = speaker_before_colon(t, m);
		t += speaker;   /* 张三：在某某大会上的讲话 says 在某某大会上的讲话 */
		m -= speaker;
		if (m == n && memcmp(t, s, n) == 0)
			return true;
	}
	return false;
}

/* How far below the title a page's headline is looked for. */
enum { HEADLINE_LOOK = 400 };

/* A web page's stamp line under its headline: when DOC's title (the
 * page's <title> cut to the headline) stands again alone below (maybe
 * after who spoke it: 张三：…), a timestamp line at most two paragraphs
 * under it (文章来源：… 发布时间：2018年12月19日) gives the page's date,
 * its ISO form in ISO.  For pages whose furniture is too long for the
 * stamp to be in the head the noise rules read.  False when none. */
static bool
headline_stamp(const struct doc *doc, char iso[11])
{
	size_t n = doc->title ? strlen(doc->title) : 0;

	if (n == 0 || doc->title_paragraph == SIZE_MAX)
		return false;
	for (size_t i = doc->title_paragraph + 1; i < doc->paragraph_count &&
	     i <= doc->title_paragraph + HEADLINE_LOOK; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		size_t m = p->length, speaker;
		const char *t = trim(doc->text + p->offset, &m);
		speaker = speaker_before_colon(t, m);
		t += speaker;
		m -= speaker;
		if (m != n || memcmp(t, doc->title, n) != 0)
			continue;
		for (size_t j = i + 1; j <= i + 2 && j < doc->paragraph_count; j++)
			if (meta_timestamp(doc->text + doc->paragraphs[j].offset, doc->paragraphs[j].length,
					   iso) && iso[0])
				return true;
		return false;
	}
	return false;
}

/* Cuts TITLE (a page's <title> saved as the text's first line: 某某报告
 * --党政办-某某中学, 某某报告_某某网, or the site first: 某某局 - 某某报告)
 * to the headline on one side of the separator when that headline
 * stands again alone among DOC's paragraphs below: the other side names
 * the page's column and site.  The headline before the separator is
 * tried first. */
static void
drop_page_suffix(const struct doc *doc, char *title)
{
	static const char *const separators[] = { "--", "_", " - ", " | " };

	for (size_t k = 0; k < sizeof separators / sizeof separators[0]; k++) {
		char *cut = strstr(title, separators[k]);

		size_t n = cut ? (size_t)(cut - title) : 0;

		while (n > 0 && title[n - 1] == ' ')
			n--;   /* 某某报告 _ 栏目 _ 某某网 */
		if (cut && n >= 6 && said_again_below(doc, title, n)) {
			title[n] = '\0';
			return;
		}
	}
	for (size_t k = 0; k < sizeof separators / sizeof separators[0]; k++) {
		char *cut = strstr(title, separators[k]);
		const char *rest;

		if (!cut)
			continue;
		rest = cut + strlen(separators[k]);
		while (*rest == ' ')
			rest++;
		if (strlen(rest) >= 6 && said_again_below(doc, rest, strlen(rest))) {
			memmove(title, rest, strlen(rest) + 1);
			return;
		}
	}
}

static size_t title_from(const struct doc *doc, size_t from, size_t look, size_t *second);

/* The document's own title at the top of the text a copier set below its
 * page heading (# 某某规划, key lines, a rule, ## 政策全文 / 国务院关于
 * 印发 / 某某规划的通知; 某某中央 某某院 / 关于…的意见 / （date)): the
 * title found there, when its words hold all of the heading's -- the
 * heading named the document short, or in full, and the text's own
 * title block carries its date and issuer -- or when the heading has no
 * genre word and the title has one: the heading labels the copy.  It
 * opens the copied text:
 * a title below a letter's sentences is the letter's enclosure.  SIZE_MAX when PAGE is followed by no copier's block or the
 * text opens with no such title.  The block is key lines and a rule
 * at least (---), as copiers set it. */
static size_t
own_title_below(const struct doc *doc, size_t page, size_t *second)
{
	enum { CAP = 600, OWN_LOOK = 12 };
	char heading[CAP], own[CAP];
	size_t from = page + 1, h, k, found, last;

	bool rule = false;

	while (from < doc->paragraph_count &&
	       (copier_line(doc, from) ||
		/* an item's line indented under it, no blank line between */
		(from > page + 1 && !doc->paragraphs[from].blank_before &&
		 doc->paragraphs[from].md_level == 0 &&
		 doc_span_of(doc, &doc->paragraphs[from], 0).column > 1))) {
		const struct paragraph *p = &doc->paragraphs[from];
		rule |= p->md_level == 0 && doc->text[p->offset] == '-';
		from++;
	}
	if (!rule || from >= doc->paragraph_count)
		return SIZE_MAX;
	found = title_from(doc, from, from + OWN_LOOK < doc->paragraph_count ? from + OWN_LOOK :
						 doc->paragraph_count, second);
	if (found == SIZE_MAX)
		return SIZE_MAX;
	/* It opens the copied text: no sentence of a letter above it */
	for (size_t i = from; i < found; i++)
		if (has_sentence_mark(doc->text + doc->paragraphs[i].offset, doc->paragraphs[i].length)) {
			*second = SIZE_MAX;
			return SIZE_MAX;
		}
	last = *second != SIZE_MAX ? *second : found;
	/* A heading with no genre word over a title with one labels the
	 * copy (# 源材料), naming no document: the title below is it. */
	{
		const struct paragraph *hp = &doc->paragraphs[page], *lp = &doc->paragraphs[last];
		size_t hn = hp->length, ln = lp->length;
		const char *hs = title_part(doc->text + hp->offset, &hn);
		const char *ls = title_part(doc->text + lp->offset, &ln);
		if (!genre_title(hs, hn) && genre_title(ls, ln))
			return found;
	}
	h = words_of(doc, page, page, heading, CAP);
	k = words_of(doc, found, last, own, CAP);
	if (h == 0 || h > CAP || k > CAP || k < h || !memmem(own, k, heading, h)) {
		*second = SIZE_MAX;
		return SIZE_MAX;
	}
	return found;
}

/* A copier's block under the file's first heading (# 源材料 / - 标题：
 * 中华人民共和国2024年某某统计公报 / …) that names the document in full,
 * where the text it copied opens with a short form of that name, its end
 * (统计公报[1], a page's short headline): the full name is the title.  A
 * name the block gives that does not end with the title's words (标题：
 * 某某报告 over 某某院关于…的报告) leaves the title as printed. */
static void
title_named_in_full(struct doc *doc)
{
	if (doc->paragraph_count < 2 || doc->paragraphs[0].md_level != 1)
		return;
	for (size_t i = 1; i < doc->paragraph_count && copier_line(doc, i); i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		const char *s = doc->text + p->offset;
		size_t n = p->length, key, t, v;
		char *value;

		s = past_list_mark(s, &n);
		if (!utf8_starts_with(s, n, "标题"))
			continue;
		key = 6;
		if (utf8_starts_with(s + key, n - key, "："))
			key += 3;
		else if (n > key && s[key] == ':')
			key += 1;
		else
			continue;
		value = copy_trimmed(s + key, n - key);
		if (!value)
			return;
		close_up(value, 3);
		drop_note_mark(value);
		t = strlen(doc->title);
		v = strlen(value);
		if (v > t && memcmp(value + v - t, doc->title, t) == 0 && genre_title(value, v)) {
			free(doc->title);
			doc->title = value;
			return;
		}
		free(value);
		return;
	}
}

/* True when paragraph I of DOC says the same as the paragraph just before
 * or after it, byte for byte. */
static bool
said_twice(const struct doc *doc, size_t i)
{
	const struct paragraph *p = &doc->paragraphs[i];

	for (size_t j = i > 0 ? i - 1 : i + 1; j <= i + 1 && j < doc->paragraph_count; j += 2) {
		const struct paragraph *q = &doc->paragraphs[j];
		if (q->length == p->length && memcmp(doc->text + q->offset, doc->text + p->offset, p->length) == 0)
			return true;
	}
	return false;
}

enum { FULL_TEXT_LOOK = 80 };   /* paragraphs a news page's preface may take */

/* The paragraph among DOC's first FULL_TEXT_LOOK, before any heading,
 * with which a news page that reprints a document hands over to it: a
 * short line that says the full text follows (全文如下↓, 原文如下：,
 * 以下为全文); SIZE_MAX when there is none. */
static size_t
full_text_follows(const struct doc *doc)
{
	static const char *const words[] = { "全文如下", "原文如下", "以下为全文", "以下是全文" };

	for (size_t i = 0; i < doc->paragraph_count && i < FULL_TEXT_LOOK; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		size_t n = p->length;
		const char *s = trim(doc->text + p->offset, &n);

		if (paragraphs_begins_heading(doc, i))
			break;
		if (chars(s, n) > 12)
			continue;
		for (size_t k = 0; k < WORDS(words); k++)
			if (memmem(s, n, words[k], strlen(words[k])))
				return i;
	}
	return SIZE_MAX;
}

enum { BREADCRUMB_LOOK = 400 };   /* paragraphs a page's frame may take above its breadcrumb */

/* The paragraph among DOC's first BREADCRUMB_LOOK that is a web page's
 * breadcrumb: it opens with where the reader is (当前位置, 您的位置,
 * 您现在的位置) and leads through the site's columns with > (首页 >
 * 政务动态); SIZE_MAX when there is none. */
static size_t
breadcrumb(const struct doc *doc)
{
	static const char *const words[] = { "当前位置", "您的位置", "您现在的位置", "您当前的位置" };

	for (size_t i = 0; i < doc->paragraph_count && i < BREADCRUMB_LOOK; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		size_t n = p->length;
		const char *s = trim(doc->text + p->offset, &n);

		for (size_t k = 0; k < WORDS(words); k++)
			if (utf8_starts_with(s, n, words[k]) &&
			    (memchr(s, '>', n) || memmem(s, n, "＞", 3) || memmem(s, n, "»", 2)))
				return i;
	}
	return SIZE_MAX;
}

enum { TITLE_WHOLE_LOOK = 400, TITLE_WHOLE_BYTES = 512 };

/* The paragraph further on, up to TITLE_WHOLE_LOOK paragraphs, that says
 * the title, paragraph I of DOC, whole, when a paragraph between them is
 * the title's rest: a standard's cover sets its name over two lines that
 * a PDF's reading order sets apart (危险废物管理计划和管理台账 / HJ
 * 1259—2022 / 制定技术导则) and says the name again on one line above
 * its first clause.  White space is not compared.  SIZE_MAX when none. */
static size_t
title_said_whole(const struct doc *doc, size_t i)
{
	char head[TITLE_WHOLE_BYTES], whole[TITLE_WHOLE_BYTES], rest[TITLE_WHOLE_BYTES];
	const struct paragraph *p = &doc->paragraphs[i];
	size_t n = p->length, h, look = doc->paragraph_count;
	const char *s = title_part(doc->text + p->offset, &n);

	if (chars(s, n) < 4 || (h = utf8_close_up(s, n, head, sizeof head)) == SIZE_MAX)
		return SIZE_MAX;
	if (look > i + TITLE_WHOLE_LOOK)
		look = i + TITLE_WHOLE_LOOK;
	for (size_t j = i + 2; j < look; j++) {
		const struct paragraph *q = &doc->paragraphs[j];
		size_t m = q->length, w;
		const char *t;

		if (m <= n || m > TITLE_WHOLE_BYTES)
			continue;   /* a paragraph of text, no title's line */
		/* the paragraph as it stands first: most open otherwise */
		w = utf8_close_up(doc->text + q->offset, m, whole, sizeof whole);
		if (w == SIZE_MAX || w <= h || memcmp(whole, head, h) != 0)
			continue;
		t = title_part(doc->text + q->offset, &m);
		if (m <= n || (w = utf8_close_up(t, m, whole, sizeof whole)) == SIZE_MAX || w <= h ||
		    memcmp(whole, head, h) != 0 || !title_like(doc, j))
			continue;
		for (size_t k = i + 1; k < j; k++) {
			const struct paragraph *r = &doc->paragraphs[k];
			size_t l = r->length;
			const char *u;
			/* (closing up takes white space out, never adds) */
			if (l < w - h || l > TITLE_WHOLE_BYTES)
				continue;
			u = title_part(doc->text + r->offset, &l);
			if (utf8_close_up(u, l, rest, sizeof rest) == w - h && memcmp(rest, whole + h, w - h) == 0)
				return j;
		}
	}
	return SIZE_MAX;
}

/* Chooses the title paragraph: a Markdown title, else the first line near
 * the top, before the first heading, that reads as a title of its genre,
 * else the first short line that can be a title at all.  A title wrapped
 * over two lines before a blank line, or broken on a cover, is joined
 * (*SECOND: its second part, else SIZE_MAX). */
static size_t
choose_title(const struct doc *doc, size_t *second)
{
	size_t first;
	size_t look = doc->paragraph_count < 40 ? doc->paragraph_count : 40;

	*second = SIZE_MAX;
	for (size_t i = 0; i < doc->paragraph_count; i++) {
		if (doc->paragraphs[i].md_level == 0)
			continue;
		if (doc->paragraphs[i].md_level == 1) {
			size_t own = own_title_below(doc, i, second);
			if (own != SIZE_MAX)
				return own;
			if (markdown_title_broken(doc, i))
				*second = i + 1;
			return i;
		}
		break;
	}
	if ((first = promulgation(doc, look, second)) != SIZE_MAX)
		return first;
	/* A news page's headline and preface above the document it
	 * reprints after 全文如下: the document's own title below is the
	 * title, when it reads as one of its genre. */
	if ((first = full_text_follows(doc)) != SIZE_MAX && first + 1 < doc->paragraph_count) {
		size_t to = first + 1 + look < doc->paragraph_count ? first + 1 + look : doc->paragraph_count;
		size_t own = title_from(doc, first + 1, to, second), last;
		if (own != SIZE_MAX) {
			const struct paragraph *q;
			size_t m;
			const char *t;
			last = *second != SIZE_MAX ? *second : own;
			q = &doc->paragraphs[last];
			m = q->length;
			t = title_part(doc->text + q->offset, &m);
			if (genre_title(t, m))
				return own;
		}
		*second = SIZE_MAX;
	}
	if ((first = title_from(doc, 0, look, second)) != SIZE_MAX)
		return first;
	/* A page whose scripts, styles and menus fill its top: the headline
	 * under its breadcrumb (当前位置： 首页 > 政务动态). */
	if ((first = breadcrumb(doc)) != SIZE_MAX) {
		size_t to = first + 1 + look < doc->paragraph_count ? first + 1 + look : doc->paragraph_count;
		return title_from(doc, first + 1, to, second);
	}
	return SIZE_MAX;
}

/* The title paragraph among paragraphs FROM to LOOK of DOC, as
 * choose_title tells it for a document with no Markdown title. */
static size_t
title_from(const struct doc *doc, size_t from, size_t look, size_t *second)
{
	size_t first = SIZE_MAX, body = SIZE_MAX, row = SIZE_MAX, twice = SIZE_MAX, skip;

	for (size_t i = from; i < look; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		size_t n = p->length;
		const char *s;

		if (paragraphs_begins_heading(doc, i) || (first != SIZE_MAX && i > first + 10)) {
			/* only the rows of a table above it: a lone chapter is
			 * the title */
			if (first == SIZE_MAX && body == SIZE_MAX && lone_chapter(doc, i))
				return i;
			break;   /* a genre word further on is in the text, not the title */
		}
		n = p->length;
		if (chars(doc->text + p->offset, n) > 60 && lines_end_sentence(doc->text + p->offset, n))
			break;   /* the text has begun: a title is above it */
		/* An order's masthead (中华人民共和国主席令 / 第15号) over the
		 * act it publishes names the order: the act's title is below. */
		if ((skip = order_masthead(doc, i)) > 0) {
			i += skip - 1;
			continue;
		}
		n = p->length;
		if (!title_like(doc, i))
			continue;
		/* A table's row is the title only when no other line can be;
		 * it is never joined to the line under it. */
		if (table_row(doc, i)) {
			if (row == SIZE_MAX)
				row = i;
			continue;
		}
		s = title_part(doc->text + p->offset, &n);
		/* The lines that stand under a title (its dated subtitle, the
		 * speaker, the issuer above the date) are not one when the
		 * title is missing; nor is a name a web page says twice
		 * running without a genre word, its column in the breadcrumb
		 * and the column's heading (云南要闻 / 云南要闻), unless no
		 * other line can be: a standard's name on its cover and again
		 * over its first page (锅炉大气污染物排放标准) is its title. */
		if (dash_subtitle(s, n) || speaker_line(s, n) || body_above_date(doc, i, s, n) ||
		    attachment_mark(s, n) || session_file_mark(s, n))
			continue;
		if (said_twice(doc, i) && !genre_title(s, n)) {
			if (twice == SIZE_MAX)
				twice = i;
			continue;
		}
		if (i + 1 < doc->paragraph_count) {
			const struct paragraph *q = &doc->paragraphs[i + 1];
			size_t m = q->length;
			const char *t = title_part(doc->text + q->offset, &m);
			/* the one said without letter-spacing */
			if (utf8_same_closed_up(s, n, t, m))
				return m < n ? i + 1 : i;
		}
		/* The join is tried first: 关于印发《某某方案》 / 的通知, before a
		 * blank line; or, where every line is a paragraph (a web page,
		 * a Word document), a first line that opens with 关于, or that
		 * names only a place (某某自治州 / 2016年…统计公报), and has no
		 * genre word. */
		if (i + 1 < doc->paragraph_count && !doc->paragraphs[i + 1].blank_before &&
		    (i + 2 >= doc->paragraph_count || doc->paragraphs[i + 2].blank_before ||
		     ((memmem(s, n, "关于", 6) || place_name(s, n)) && !genre_title(s, n))) &&
		    title_like(doc, i + 1) && !paragraphs_begins_heading(doc, i + 1)) {
			const struct paragraph *q = &doc->paragraphs[i + 1];
			size_t m = q->length;
			const char *t = title_part(doc->text + q->offset, &m);
			/* (2008年某国政府工作报告 / 政府工作报告: a line the first
			 * already ends with is the title said again, no rest) */
			if (genre_title(t, m) && !subtitle_like(t, m) && chars(s, n) + chars(t, m) <= 80 &&
			    !(m < n && memcmp(s + n - m, t, m) == 0)) {
				*second = title_rest(doc, i + 2, chars(s, n) + chars(t, m)) ? i + 2 : i + 1;
				return i;
			}
		}
		/* (a law's name may be too short to read as a title by
		 * itself: 中华人民共和国 / 宪法) */
		if (i + 1 < doc->paragraph_count && !doc->paragraphs[i + 1].blank_before &&
		    !paragraphs_begins_heading(doc, i + 1)) {
			const struct paragraph *q = &doc->paragraphs[i + 1];
			size_t m = q->length;
			const char *t = title_part(doc->text + q->offset, &m);
			if ((title_like(doc, i + 1) || law_name(t, m)) && broken_title(doc, i, s, n, t, m) &&
			    chars(s, n) + chars(t, m) <= 80) {
				*second = i + 1;
				return i;
			}
		}
		/* A title set over two or three lines apart, as a web page
		 * centres it (国务院关于印发 / 《某某规则》的通知; 某某办公厅关于
		 * 印发某某 / 改革中某某 / 两个规定的通知): the first has 关于 and
		 * no genre word, the last ends with one, a middle one has
		 * none, and no line opens a title of its own or a heading. */
		if (first == SIZE_MAX && memmem(s, n, "关于", 6) && !genre_title(s, n) &&
		    !has_sentence_mark(s, n)) {
			size_t last = multi_line_title(doc, i, chars(s, n));
			if (last != SIZE_MAX) {
				*second = last;
				return i;
			}
		}
		/* The first line that can be a title, broken mid-phrase
		 * (某某集团对偷盗气行为或 / 第三方破坏行为的应对指引), set
		 * apart from its rest as a PDF sets a cover's lines: the
		 * first has no genre word and names no body, the rest has
		 * one and opens no title of its own. */
		if (first == SIZE_MAX && i + 1 < doc->paragraph_count && chars(s, n) >= 8 &&
		    !genre_title(s, n) && !meta_names_body(s, n) && !utf8_ends_with(s, n, "文件") &&
		    !has_sentence_mark(s, n) && !day_inside(s, n) && title_like(doc, i + 1) &&
		    !paragraphs_begins_heading(doc, i + 1)) {
			const struct paragraph *q = &doc->paragraphs[i + 1];
			size_t m = q->length;
			const char *t = title_part(doc->text + q->offset, &m);
			if (genre_title(t, m) && !utf8_starts_with(t, m, "关于") && !subtitle_like(t, m) &&
			    !dash_subtitle(t, m) && chars(s, n) + chars(t, m) <= 60) {
				*second = i + 1;
				return i;
			}
		}
		if (genre_title(s, n))
			return i;
		/* A body's name alone (某某科技有限公司 above 公司运营管理 on a
		 * cover) is whose the document is: the title only when no
		 * other line can be. */
		if (first == SIZE_MAX && i - from < 8 && meta_names_body(s, n) && chars(s, n) <= BODY_LINE_CHARS) {
			if (body == SIZE_MAX)
				body = i;
			continue;
		}
		if (first == SIZE_MAX && i - from < 8)
			first = i;
	}
	return first != SIZE_MAX ? first : twice != SIZE_MAX ? twice : body != SIZE_MAX ? body : row;
}

/* The body named alone between a date and the promulgation at ACT that
 * the N bytes from S run up to (1985年3月6日 国务院发布, 某年某月某日 某某部
 * 公布): the words between, white space around them aside, when they
 * name a body and hold no sentence nor book title.  NULL when they do
 * not, or when ACT is no promulgation (公布, 发布). */
static char *
body_promulgating(const char *s, const char *act)
{
	size_t n = (size_t)(act - s), from;
	char *out;

	if (strncmp(act, "公布", strlen("公布")) != 0 && strncmp(act, "发布", strlen("发布")) != 0)
		return NULL;
	from = skip_spaces(s, n, 0);
	while (n > from && utf8_space_before(s + from, s + n))
		n -= utf8_space_before(s + from, s + n);
	if (n <= from || !meta_names_body(s + from, n - from) || chars(s + from, n - from) > 30 ||
	    has_sentence_mark(s + from, n - from) || memmem(s + from, n - from, "《", strlen("《")))
		return NULL;
	for (size_t i = from; i < n;) {
		if (utf8_space_at(s + i, n - i))
			return NULL;
		i += utf8_length(s + i, n - i);
	}
	out = malloc(n - from + 1);
	if (!out)
		return NULL;
	memcpy(out, s + from, n - from);
	out[n - from] = '\0';
	return out;
}

/* The body that made the act at PASSED in the note S: the
 * meeting's body before it, without its term, or the body of the order
 * that published it.  NULL when there is none. */
static char *
body_of_act(const char *s, const char *passed)
{
	const char *meeting = NULL, *held;
	size_t from = 0, end, i;
	char iso[11], *out;

	for (size_t at = 0; date_inside(s, (size_t)(passed - s), at, false, iso, &end); at = end)
		from = end;
	/* the meeting named before a decision's title (…第十次会议《关于…》第一次修正) */
	held = passed;
	for (const char *p = s + from; (p = memmem(p, (size_t)(passed - p), "会议", 6)) != NULL; p += 6)
		held = p;
	for (const char *p = s + from; (p = memmem(p, (size_t)(held - p), "第", 3)) != NULL; p += 3)
		meeting = p;
	if (!meeting || (!memmem(meeting, (size_t)(passed - meeting), "会议", 6) &&
			 !memmem(meeting, (size_t)(passed - meeting), "号", 3)))
		return from > 0 ? body_promulgating(s + from, passed) : NULL;
	if (meeting - s >= 3 && memcmp(meeting - 3, "令", 3) == 0) {
		static const char state[] = "中华人民共和国";
		meeting -= 3;   /* 国务院令第159号: the body is 国务院 */
		/* 中华人民共和国国务院令: the state's name heads the order,
		 * the body goes by its own (国务院). */
		from = skip_spaces(s, (size_t)(meeting - s), from);
		if ((size_t)(meeting - s) > from + strlen(state) &&
		    memcmp(s + from, state, strlen(state)) == 0 &&
		    meta_names_body(s + from + strlen(state), (size_t)(meeting - s) - from - strlen(state)))
			from += strlen(state);
	}
	/* 经某某部第6次部务会议通过: 经 (by way of) is no word of the
	 * body's name; 经济…, 经贸…, 经信… and 经开… are, but not 经济宁市…:
	 * there 经 comes before a place of two characters and its 市, 县 or
	 * 区 (济宁市, 济南市, 济阳区). */
	from = skip_spaces(s, (size_t)(meeting - s), from);
	if ((size_t)(meeting - s) > from + 6 && memcmp(s + from, "经", 3) == 0 &&
	    ((memcmp(s + from + 3, "济", 3) != 0 && memcmp(s + from + 3, "贸", 3) != 0 &&
	      memcmp(s + from + 3, "信", 3) != 0 && memcmp(s + from + 3, "开", 3) != 0) ||
	     ((size_t)(meeting - s) > from + 12 && memcmp(s + from + 3, "济", 3) == 0 &&
	      (memcmp(s + from + 9, "市", 3) == 0 || memcmp(s + from + 9, "县", 3) == 0 ||
	       memcmp(s + from + 9, "区", 3) == 0))))
		from += 3;
	out = malloc((size_t)(meeting - s) - from + 1);
	if (!out)
		return NULL;
	/* Copied without white space nor 第X届. */
	end = 0;
	for (i = from; i < (size_t)(meeting - s);) {
		size_t sp = utf8_space_at(s + i, (size_t)(meeting - s) - i), used;
		if (sp) {
			i += sp;
			continue;
		}
		if (utf8_starts_with(s + i, (size_t)(meeting - s) - i, "第") &&
		    numeral_chinese(s + i + 3, (size_t)(meeting - s) - i - 3, &used) > 0 &&
		    utf8_starts_with(s + i + 3 + used, (size_t)(meeting - s) - i - 3 - used, "届")) {
			i += 3 + used + 3;
			continue;
		}
		out[end++] = s[i++];
	}
	out[end] = '\0';
	if (end == 0 || chars(out, end) > 30 || has_sentence_mark(out, end)) {
		free(out);
		return NULL;
	}
	return out;
}

/* The start of the whole date that opens the clause of S ending at ACT
 * when that clause is a higher body's approval the act only closes: a
 * city's change adopted at its meeting 并经 the province's approval
 * (…会议通过并经2020年9月25日某省…会议批准的《…的决定》修正) was made at
 * the city's meeting, not at the approving one.  NULL when ACT's clause
 * approves nothing. */
static const char *
approval_before(const char *s, const char *act)
{
	size_t n = (size_t)(act - s);
	const char *date = NULL;

	for (size_t i = 0; i < n;) {
		struct date d;
		/* (a date without its year dates no act, as in act_date) */
		if (date_at(&date_grammar_plain, s, n, i, &d) == DATE_FOUND && d.year && d.day) {
			date = s + i;
			i += d.length;
			continue;
		}
		i += utf8_length(s + i, n - i);
	}
	if (!date || !memmem(date, (size_t)(act - date), "批准", strlen("批准")))
		return NULL;
	return date;
}

/* The last act (通过, 修订, 修正, 修改) in the first N bytes of S, NULL
 * when there is none. */
static const char *
last_act(const char *s, size_t n)
{
	static const char *const acts[] = { "通过", "修订", "修正", "修改" };
	const char *last = NULL;

	for (size_t k = 0; k < WORDS(acts); k++)
		for (const char *p = s; (p = memmem(p, n - (size_t)(p - s), acts[k], strlen(acts[k]))) != NULL;
		     p += strlen(acts[k]))
			if (!last || p > last)
				last = p;
	return last;
}

/* The bodies of the meetings that adopted a text jointly, one act closing
 * their list, each meeting with its own date and 、 between them (2030年1月8日
 * 某某法院审判委员会第1911次会议、2030年2月22日某某检察院第十四届检察委员会第
 * 二十五次会议通过): each meeting's body (body_of_act), joined with 、.  The
 * body of the last meeting alone, PASSED's, when no meeting comes before
 * it so; NULL when it has no body.  Malloc'd. */
static char *
joint_bodies(const char *s, const char *passed)
{
	static const char sep[] = "会议、";
	char *out = body_of_act(s, passed);

	for (const char *p = s; out && (p = memmem(p, (size_t)(passed - p), sep, strlen(sep))) != NULL;
	     p += strlen(sep)) {
		const char *after = p + strlen(sep);
		size_t rest = (size_t)(passed - after), at = skip_spaces(after, rest, 0);
		struct date d;
		char *body, *both;

		if (date_at(&date_grammar_plain, after, rest, at, &d) != DATE_FOUND || !d.year || !d.day)
			continue;
		if (!(body = body_of_act(s, p + strlen("会议"))))
			continue;
		both = malloc(strlen(body) + strlen("、") + strlen(out) + 1);
		if (both)
			sprintf(both, "%s、%s", body, out);
		free(body);
		free(out);
		out = both;
	}
	return out;
}

/* The body that adopted or promulgated a regulation, from its note: the
 * meeting's body without its term (…上海市第十四届人民代表大会常务委员会第
 * 十三次会议通过), or the body whose order published it (国务院令第159号
 * 公布).  The text in force is the last change's, when its meeting is
 * named (…通过　根据…第十次会议《关于修改…的决定》第一次修正　2021年1月
 * 22日…常务委员会第二十五次会议修订); a change by a decision alone
 * (根据《国务院关于修改部分行政法规的决定》修订) leaves the first body, and
 * a change approved by a higher body is the adopting meeting's
 * (approval_before).  Meetings that adopted it jointly give all their
 * bodies (joint_bodies). */
static char *
adopting_body(const char *s, size_t n)
{
	static const char *const acts[] = { "通过", "公布", "发布" };
	static const char *const changes[] = { "修订", "修正", "修改" };
	const char *passed = NULL, *changed = NULL, *approved, *made;
	char *body;

	for (size_t k = 0; k < WORDS(acts) && !passed; k++)
		passed = memmem(s, n, acts[k], strlen(acts[k]));
	for (size_t k = 0; k < WORDS(changes); k++)
		for (const char *p = s; (p = memmem(p, n - (size_t)(p - s), changes[k], strlen(changes[k]))) != NULL;
		     p += strlen(changes[k]))
			if ((!changed || p > changed) && (!passed || p > passed))
				changed = p;
	if (changed && (approved = approval_before(s, changed)) != NULL &&
	    (made = last_act(s, (size_t)(approved - s))) != NULL && (body = body_of_act(s, made)) != NULL)
		return body;
	if (changed && (body = body_of_act(s, changed)) != NULL)
		return body;
	return passed ? joint_bodies(s, passed) : NULL;
}

/* The date of the version in force that a note of adoption gives: that
 * of its last act that made or changed the text (通过, 修正, 修订, 修改),
 * not of a higher body's approval (批准), nor of its publication (公布,
 * 发布) after it was adopted -- the publication dates a rule that names
 * no other act.  A government's executive meeting (国务院第41次常务会议
 * 通过) adopts a regulation that its order then enacts (国务院令第717号
 * 公布): such a regulation is dated by the order. */
static bool
act_date(const char *s, size_t n, char iso[11])
{
	static const char *const acts[] = { "通过", "修正", "修订", "修改" };
	static const char *const issues[] = { "公布", "发布" };
	struct date d, next;
	bool found = false, issued = false, met = false;
	char published[11], meeting[11];

	for (size_t i = 0; i < n;) {
		size_t end, clause;
		/* (7月10日…通过, without its year, dates no act) */
		if (date_at(&date_grammar_plain, s, n, i, &d) != DATE_FOUND || !d.day || !d.year) {
			i += utf8_length(s + i, n - i);
			continue;
		}
		/* Its clause runs up to the next whole date. */
		end = clause = i + d.length;
		while (clause < n && !(date_at(&date_grammar_plain, s, n, clause, &next) == DATE_FOUND &&
				       next.day))
			clause += utf8_length(s + clause, n - clause);
		if (memmem(s + end, clause - end, "常务会议通过", strlen("常务会议通过"))) {
			date_iso(&d, meeting);
			met = true;
			i = clause;
			continue;
		}
		for (size_t k = 0; k < WORDS(acts); k++) {
			const char *act = memmem(s + end, clause - end, acts[k], strlen(acts[k]));
			/* 批准的《…决定》修正: the act closes an approval, it
			 * was made on the date before (approval_before). */
			if (act && !memmem(s + end, (size_t)(act - (s + end)), "批准", strlen("批准"))) {
				date_iso(&d, iso);
				found = true;
				break;
			}
		}
		for (size_t k = 0; k < WORDS(issues) && !issued; k++)
			if (memmem(s + end, clause - end, issues[k], strlen(issues[k]))) {
				date_iso(&d, published);
				issued = true;
			}
		i = clause;
	}
	if (!found && issued)
		memcpy(iso, published, 11);
	else if (!found && met)
		memcpy(iso, meeting, 11);
	return found || issued || met;
}

/* The bytes of S (N bytes) up to the end of its first sentence, its 。
 * or ！ or ？ included; N when it has none. */
static size_t
first_sentence(const char *s, size_t n)
{
	static const char *const ends[] = { "。", "！", "？" };
	size_t end = n;

	for (size_t k = 0; k < WORDS(ends); k++) {
		const char *e = memmem(s, end, ends[k], strlen(ends[k]));
		if (e)
			end = (size_t)(e - s) + strlen(ends[k]);
	}
	return end;
}

/* A regulation's note of adoption and amendment, in parentheses under the
 * title and maybe wrapped over lines, or a run of lines each starting with
 * a date (1994年5月12日 第八届…会议通过 / 2012年10月26日 …第二次修正):
 * the date of the last act, the body that adopted it.  Returns the number
 * of paragraphs from FIRST it takes, 0 when there is none. */
static size_t
adoption_note(struct finding *f, size_t first)
{
	static const char *const acts[] = { "通过", "修正", "修订", "修改", "批准", "公布", "发布" };
	const struct doc *doc = f->doc;
	size_t used = 0, bytes = 0, end;
	bool parens;
	char iso[11], *note;

	{
		const struct paragraph *p = &doc->paragraphs[first];
		size_t n = p->length;
		const char *s = trim(doc->text + p->offset, &n);
		struct date d;
		parens = utf8_starts_with(s, n, "（") || utf8_starts_with(s, n, "(");
		if (!parens && (date_at(&date_grammar_plain, s, n, 0, &d) != DATE_FOUND || !d.day))
			return 0;
	}
	for (size_t i = first; i < doc->paragraph_count && used < 8; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		size_t n = p->length;
		const char *s = trim(doc->text + p->offset, &n);
		bool act = false;
		struct date d;

		if (i > first && paragraphs_begins_heading(doc, i))
			break;
		/* A line of the note ends its act's sentence: a report that
		 * opens with a date (2030年4月1日18时许，…。调查组通过…)
		 * names no act in its first sentence. */
		size_t said = parens ? n : first_sentence(s, n);
		for (size_t k = 0; k < WORDS(acts); k++)
			act = act || memmem(s, said, acts[k], strlen(acts[k]));
		if (!parens && (!act || date_at(&date_grammar_plain, s, n, 0, &d) != DATE_FOUND || !d.day))
			break;
		used++;
		bytes = (size_t)(s + n - (doc->text + doc->paragraphs[first].offset));
		if (parens && (utf8_ends_with(s, n, "）") || utf8_ends_with(s, n, ")")))
			break;
	}
	if (used == 0)
		return 0;
	/* Read without its line breaks: a wrap may fall inside a date. */
	if (!(note = malloc(bytes + 1)))
		return 0;
	end = 0;
	for (const char *s = doc->text + doc->paragraphs[first].offset, *e = s + bytes; s < e; s++)
		if (*s != '\n')
			note[end++] = *s;
	bytes = end;
	if (!act_date(note, bytes, iso)) {
		free(note);
		return 0;
	}
	set_date(f, RANK_HEADER, iso);
	set_issuer(f, RANK_ADOPTED, adopting_body(note, bytes));
	free(note);
	return used;
}

bool
meta_timestamp(const char *s, size_t n, char iso[11])
{
	static const char *const keys[] = { "时间：", "时间:", "日期：", "日期:", "来源：", "来源:",
					    "出处：", "出处:" };
	size_t end;
	bool stamp = false;

	iso[0] = '\0';
	if (chars(s, n) > 80)
		return false;
	for (size_t k = 0; k < WORDS(keys); k++)
		stamp = stamp || memmem(s, n, keys[k], strlen(keys[k]));
	if (!stamp)
		return false;
	if (!date_inside(s, n, 0, false, iso, &end))
		iso[0] = '\0';
	return true;
}

/* True when S (N bytes) is one of KEYS (COUNT of them) with its colon
 * and nothing after it: 来源：, 发布时间: . */
static bool
key_alone(const char *s, size_t n, const char *const *keys, size_t count)
{
	s = trim(s, &n);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (utf8_ends_with(s, n, "："))
		n -= 3;
	else if (utf8_ends_with(s, n, ":"))
		n -= 1;
	else
		return false;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	for (size_t k = 0; k < count; k++)
		if (n == strlen(keys[k]) && memcmp(s, keys[k], n) == 0)
			return true;
	return false;
}

bool
meta_source_key_alone(const char *s, size_t n)
{
	static const char *const keys[] = { "来源", "信息来源", "文章来源", "出处" };

	return key_alone(s, n, keys, WORDS(keys));
}

/* Longest line (in characters) that holds a timestamp key's value:
 * 2026-02-02 09:20, 2024年03月05日 10:30:00. */
enum { STAMP_VALUE_CHARS = 30 };

bool
meta_stamp_value(const char *key, size_t key_length, const char *s, size_t n, char iso[11])
{
	static const char *const keys[] = { "时间", "发布时间", "更新时间", "日期", "发布日期" };
	size_t end;

	iso[0] = '\0';
	s = trim(s, &n);
	if (!key_alone(key, key_length, keys, WORDS(keys)) || n == 0 || chars(s, n) > STAMP_VALUE_CHARS ||
	    !date_inside(s, n, 0, false, iso, &end)) {
		iso[0] = '\0';
		return false;
	}
	return true;
}

/* A web page's timestamp line: its date, taken only when nothing better
 * is found. */
static bool
timestamp(struct finding *f, const char *s, size_t n)
{
	char iso[11];

	if (!meta_timestamp(s, n, iso))
		return false;
	if (iso[0])
		set_date(f, RANK_STAMP, iso);
	return true;
}

/* A copier's key line for the issuer above the text (**发布机构**: 某某委员会,
 * 发布单位：…): its value is the issuer when the document names none of
 * its own, if it names a body or a line of the document (a sign-off, the
 * joint issuers' line 中共中央 国务院) begins with it; a copier's slip
 * (加快布局) is neither.  A value cut short (国家互联网信息办, 上海市) is
 * the body a line of the document names in full from it (国家互联网信息
 * 办公室, 上海市某某委员会).  False when S (N bytes) is no such line. */
static bool
page_issuer(struct finding *f, const char *s, size_t n)
{
	static const char *const keys[] = { "发布机构", "发布单位", "发文机关", "发文单位" };
	const struct doc *doc = f->doc;
	bool confirmed = false;

	if (!(s = meta_key_value(s, n, keys, WORDS(keys), true, &n)))
		return false;
	if (n == 0)
		return true;
	for (size_t i = 0; i < doc->paragraph_count; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		size_t m = p->length;
		const char *t = trim(doc->text + p->offset, &m);

		if (m < n || memcmp(t, s, n) != 0 || chars(t, m) > 40 || has_sentence_mark(t, m) ||
		    p->md_level > 0)
			continue;
		if (m == n || utf8_space_at(t + n, m - n)) {
			confirmed = true;   /* its own line, or the first of a joint one */
			break;
		}
		if (meta_body_name(t, m) && chars(t, m) <= 24) {
			s = t;   /* cut short */
			n = m;
			confirmed = true;
			break;
		}
	}
	if (!confirmed && !meta_body_name(s, n))
		return true;
	set_issuer(f, RANK_STAMP, copy_trimmed(s, n));
	return true;
}

/* True when the characters of SHORT (M bytes) stand in FULL (N bytes) in
 * the same order: 市交通委 in 上海市交通委员会. */
static bool
in_order(const char *full, size_t n, const char *shorter, size_t m)
{
	size_t i = 0;

	for (size_t j = 0; j < m;) {
		size_t len = utf8_length(shorter + j, m - j);
		while (i < n && !(i + len <= n && memcmp(full + i, shorter + j, len) == 0))
			i += utf8_length(full + i, n - i);
		if (i >= n)
			return false;
		i += len;
		j += len;
	}
	return true;
}

/* True when S (N bytes) is the whole name of a body, not a word of one:
 * Han characters only, five at least, a body's word at the end
 * (某市统计局, 国家统计局某市调查队; not 某市, 办公厅). */
static bool
whole_body(const char *s, size_t n)
{
	return han_only(s, n) && chars(s, n) >= 5 && meta_names_body(s, n);
}

bool
meta_body_name(const char *s, size_t n)
{
	s = trim(s, &n);
	return whole_body(s, n) && !genre_title(s, n) && !utf8_starts_with(s, n, "各");
}

bool
meta_author_issues(const char *author)
{
	/* what an office program names the author of a file it does not
	 * know, or the account it runs under */
	static const char *const placeholders[] = {
		"administrator", "admin", "user", "微软用户", "微软中国", "windows 用户",
		"microsoft", "microsoft office user", "lenovo", "dell", "hp", "pc", "owner",
		"python-docx", "unknown",
	};
	/* a name in Latin letters alone (Sj, zhangsan) is a user's account,
	 * unless it names an organisation */
	static const char *const bodies[] = {
		"ltd", "inc", "corp", "company", "group", "bureau", "ministry", "office",
		"department", "committee", "commission", "government", "council", "university",
		"institute", "association", "center", "centre",
	};
	size_t n = strlen(author);

	for (size_t i = 0; i < WORDS(placeholders); i++)
		if (strcasecmp(author, placeholders[i]) == 0)
			return false;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)author[i] >= 0x80)
			return meta_names_body(author, n) || meta_body_name(author, n);
	for (size_t i = 0; i < WORDS(bodies); i++)
		if (strcasestr(author, bodies[i]))
			return true;
	return false;
}

/* The lead body of a joint sign-off, which sets the bodies side by side
 * on one line with wide gaps between them (市交通委      市公安局), or
 * one space between whole names (某市统计局 国家统计局某市调查队): the
 * first, by the full name the title gives it when the title lists it
 * (上海市交通委员会 上海市公安局关于…), or bodies listed with 、
 * (某市教育局、某市财政局); the line S (N bytes, trimmed) itself when it
 * names one body (某市 交通委员会).  Malloc'd. */
static char *
lead_body(const char *title, const char *s, size_t n)
{
	size_t i = 0, first = SIZE_MAX, rest = 0, single = SIZE_MAX, after = 0;
	const char *next = NULL, *mark = memmem(s, n, "、", 3);
	char *bodies;

	if (mark) {
		size_t lead = (size_t)(mark - s), end = lead + 3;
		while (end < n && !(n - end >= 3 && memcmp(s + end, "、", 3) == 0))
			end += utf8_length(s + end, n - end);
		if (whole_body(s, lead) && whole_body(s + lead + 3, end - lead - 3))
			return copy_trimmed(s, lead);
	}

	while (i < n && first == SIZE_MAX) {
		size_t start = i, spaces = 0, sp;
		while (i < n && (sp = utf8_space_at(s + i, n - i)) > 0) {
			i += sp;
			spaces++;
		}
		if (spaces >= 2) {
			first = start;
			rest = n - i;
			next = s + i;
		} else if (spaces == 1 && single == SIZE_MAX) {
			single = start;
			after = i;
		} else if (spaces == 0) {
			i += utf8_length(s + i, n - i);
		}
	}
	if (first == SIZE_MAX && single != SIZE_MAX) {
		size_t word = after;
		while (word < n && !utf8_space_at(s + word, n - word))
			word += utf8_length(s + word, n - word);
		if (whole_body(s, single) && whole_body(s + after, word - after)) {
			first = single;
			rest = n - after;
			next = s + after;
		}
	}
	if (first == SIZE_MAX || !meta_names_body(s, first) || !meta_names_body(next, rest))
		return copy_trimmed(s, n);
	if (title && (bodies = title_body(title)) != NULL) {
		/* The title's bodies, set apart by spaces or 、 */
		for (char *b = bodies, *e; *b; b = e) {
			size_t len;
			while (*b == ' ' || *b == '\t')
				b++;
			for (e = b; *e && *e != ' ' && *e != '\t' && strncmp(e, "、", 3) != 0; e++)
				;
			len = (size_t)(e - b);
			if (len > first && meta_names_body(b, len) && in_order(b, len, s, first)) {
				char *full = copy_trimmed(b, len);
				free(bodies);
				return full;
			}
			if (strncmp(e, "、", 3) == 0)
				e += 3;
		}
		free(bodies);
	}
	return copy_trimmed(s, first);
}

/* True when S (N bytes) opens with an accident's day in quotes, month
 * and day joined by a mark: “3.29”, “4·21”, “11•05”. */
static bool
opens_with_day_name(const char *s, size_t n)
{
	static const char open[] = "“", close[] = "”";
	struct date d;
	size_t q;

	if (!utf8_starts_with(s, n, open))
		return false;
	q = strlen(open);
	q += date_day_name_at(&date_grammar_plain, s, n, q, &d);
	return q > strlen(open) && utf8_starts_with(s + q, n - q, close);
}

/* The body named on the lines above the date in paragraph DATE, from TOP
 * (the paragraph under the title) on: one line (某市统计局), or of two or
 * more that sign together, one a line (某市统计局 / 国家统计局某市调查队,
 * six departments of a joint notice), the first, the lead body, as of a
 * joint sign-off on one line -- unless front matter named another;
 * malloc'd. */
static char *
bodies_above(const struct finding *f, size_t top, size_t date)
{
	const struct doc *doc = f->doc;
	const char *front = f->issuer == RANK_FRONT ? doc->issuer : NULL;
	const struct paragraph *p = &doc->paragraphs[date - 1];
	size_t m = p->length, k;
	const char *name = trim(doc->text + p->offset, &m), *first;
	size_t lead = date - 2;

	/* An investigation group named for its accident's day, its name
	 * broken before the quote (某省政府某某公司 / “3.29”重大事故调查组):
	 * one name over both lines, the day's alone saying not where. */
	if (date >= top + 2 && opens_with_day_name(name, m) && body_line(doc, date - 2) &&
	    (!doc->paragraphs[date - 1].blank_before || doc->paragraphs[date - 2].blank_before)) {
		char *both;
		p = &doc->paragraphs[date - 2];
		k = p->length;
		first = trim(doc->text + p->offset, &k);
		if ((both = malloc(k + m + 1)) != NULL) {
			memcpy(both, first, k);
			memcpy(both + k, name, m);
			both[k + m] = '\0';
		}
		return both;
	}
	if (date < top + 2 || !body_line(doc, date - 2) ||
	    doc->paragraphs[date - 1].blank_before != doc->paragraphs[date - 2].blank_before ||
	    !meta_names_body(name, m))
		return lead_body(doc->title, name, m);
	p = &doc->paragraphs[date - 2];
	k = p->length;
	first = trim(doc->text + p->offset, &k);
	if (!meta_names_body(first, k))
		return lead_body(doc->title, name, m);
	/* Front matter that names one of them says who issued it. */
	if (front && strlen(front) == m && memcmp(front, name, m) == 0)
		return copy_trimmed(name, m);
	for (;;) {
		if (front && strlen(front) == k && memcmp(front, first, k) == 0)
			return copy_trimmed(first, k);
		/* (up the run of body lines to its first: the lead body,
		 * which may stand after a blank line when the rest follow it
		 * line by line) */
		if (lead <= top || !body_line(doc, lead - 1) ||
		    (doc->paragraphs[lead - 1].blank_before != doc->paragraphs[lead].blank_before &&
		     doc->paragraphs[lead].blank_before))
			break;
		p = &doc->paragraphs[lead - 1];
		size_t up = p->length;
		const char *above = trim(doc->text + p->offset, &up);
		if (!meta_names_body(above, up))
			break;
		lead--;
		first = above;
		k = up;
	}
	return copy_trimmed(first, k);
}

/* True when paragraph I of DOC, S (N bytes, trimmed), is the whole name
 * of a body alone on its line (某某市统计局), not a heading, not the
 * bodies a notice is sent to (各区人民政府). */
static bool
body_name_line(const struct doc *doc, size_t i, const char *s, size_t n)
{
	return body_line(doc, i) && whole_body(s, n) && !genre_title(s, n) &&
	       !utf8_starts_with(s, n, "各");
}

/* The first ASCII digit in S (N bytes), or NULL. */
static const char *
first_digit(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (isdigit((unsigned char)s[i]))
			return s + i;
	return NULL;
}

/* True when S (N bytes) is a web address alone (http://…, <https://…>),
 * a page's link to its source: no text of the document. */
static bool
link_line(const char *s, size_t n)
{
	if (n > 2 && s[0] == '<' && s[n - 1] == '>') {
		s++;
		n -= 2;
	}
	if (!utf8_starts_with(s, n, "http://") && !utf8_starts_with(s, n, "https://"))
		return false;
	for (size_t i = 0; i < n; i++)
		if (s[i] == ' ' || s[i] == '\t' || (unsigned char)s[i] >= 0x80)
			return false;
	return true;
}

/* True when S (N bytes) is a page's toolbar line: nothing but its
 * buttons' words and the sizes they offer, in brackets or after a colon
 * (字体【 大  中  小 】, 分享到：, 【打印】【关闭】), no text of the
 * document. */
static bool
toolbar_line(const char *s, size_t n)
{
	static const char *const words[] = {
		"分享到", "分享", "字体", "字号", "打印", "关闭", "收藏", "扫一扫", "默认", "大", "中", "小",
	};
	static const char *const marks[] = { "【", "】", "：", ":", "[", "]", "|", "｜", "/" };
	size_t buttons = 0;

	for (size_t i = 0; i < n;) {
		size_t k = utf8_space_at(s + i, n - i);
		for (size_t w = 0; !k && w < WORDS(marks); w++)
			if (utf8_starts_with(s + i, n - i, marks[w]))
				k = strlen(marks[w]);
		for (size_t w = 0; !k && w < WORDS(words); w++)
			if (utf8_starts_with(s + i, n - i, words[w])) {
				k = strlen(words[w]);
				buttons += k > 3;   /* a word, not a size */
			}
		if (!k)
			return false;
		i += k;
	}
	return buttons > 0;
}

/* True when S (N bytes) is a copy's mark that its text begins below, a
 * key with no value: 正文：, 全文：, 原文：. */
static bool
text_begins_mark(const char *s, size_t n)
{
	static const char *const marks[] = { "正文", "全文", "原文" };

	if (!utf8_drop_colon(s, &n))
		return false;
	for (size_t k = 0; k < WORDS(marks); k++)
		if (n == strlen(marks[k]) && memcmp(s, marks[k], n) == 0)
			return true;
	return false;
}

enum { OCCASION_CHARS = 40 };

/* True when S (N bytes, trimmed) is a note wholly in brackets of
 * OCCASION_CHARS characters or fewer, no sentence closed inside it, that
 * says when and where (（1月13日下午4点，某某楼会议室）) or where
 * (（在某某会议上）): the occasion a speech was given on, set under its
 * title. */
static bool
occasion_in_brackets(const char *s, size_t n)
{
	const char *inner;
	size_t m;

	if (utf8_starts_with(s, n, "（") && utf8_ends_with(s, n, "）")) {
		inner = s + 3;
		m = n >= 6 ? n - 6 : 0;
	} else if (n >= 2 && s[0] == '(' && s[n - 1] == ')') {
		inner = s + 1;
		m = n - 2;
	} else {
		return false;
	}
	if (m == 0 || chars(s, n) > OCCASION_CHARS || memmem(inner, m, "。", 3) ||
	    memmem(inner, m, "）", 3) || memchr(inner, ')', m))
		return false;
	/* its time, then its place; or where (在…上): a date alone, of a
	 * part or of the speech, is the date rules' */
	return memmem(inner, m, "，", 3) || utf8_starts_with(inner, m, "在");
}

enum { MAIN_TITLE_CHARS = 40 };

/* When S (N bytes, trimmed), paragraph I of DOC, is a dash subtitle whose
 * words are DOC's title (a web page's headline: ——某某教代会学校工作报告)
 * and the short line above it can be a title (求真务实  创先争优), that
 * line is the document's own main title: it becomes the title, the
 * headline having named the document by its subtitle.  Returns whether
 * it did. */
static bool
main_title_above(struct doc *doc, size_t i, const char *s, size_t n)
{
	enum { CAP = 600 };
	char title[CAP], line[CAP];
	size_t at = leading_dash(s, n), t, k, m;
	const struct paragraph *p;
	const char *main;
	char *own;

	if (at == 0 || !doc->title)
		return false;
	t = utf8_words(doc->title, strlen(doc->title), title, 0, CAP);
	k = utf8_words(s + at, n - at, line, 0, CAP);
	if (t == 0 || t > CAP || k != t || memcmp(title, line, t) != 0)
		return false;
	p = &doc->paragraphs[i - 1];
	m = p->length;
	main = trim(doc->text + p->offset, &m);
	if (m == 0 || chars(main, m) > MAIN_TITLE_CHARS || has_sentence_mark(main, m) ||
	    lines_end_sentence(main, m) || leading_dash(main, m) > 0 ||
	    paragraphs_begins_heading(doc, i - 1) || (own = copy_trimmed(main, m)) == NULL)
		return false;
	free(doc->title);
	doc->title = own;
	return true;
}

/* When DOC's title (a web page's headline) cites a document in book-title
 * marks after who gave it (某某局长《在某某会议上的讲话》) and S (N bytes),
 * a line below, is that document's own title, S becomes the title: the
 * headline's other words name the speaker, not the document. */
static void
cited_title(struct doc *doc, const char *s, size_t n)
{
	size_t t = strlen(doc->title);
	const char *at = memmem(doc->title, t, s, n);
	char *own;

	/* (the headline ends with it; a notice's 关于印发《某某办法》的通知
	 * stays the title of the notice) */
	if (!at || n >= t || at - doc->title < 3 || memcmp(at - 3, "《", 3) != 0 ||
	    (size_t)(at - doc->title) + n + 3 != t || memcmp(at + n, "》", 3) != 0 ||
	    memmem(doc->title, (size_t)(at - doc->title), "关于", 6))
		return;
	if ((own = copy_trimmed(s, n)) == NULL)
		return;
	free(doc->title);
	doc->title = own;
}

/* The lines under the title (a subtitle, a date in parentheses, an
 * adoption note, a speaker line, a web page's timestamp, a body name above
 * a date), and the sign-off of a covering notice a little further down;
 * from TOP, the paragraph after the title, or the first one when the
 * report prints no title (its subtitle or issuer comes first). */
/* True when S (N bytes) is a year and a month alone in brackets, no day:
 * （2020年6月）. */
static bool
month_in_brackets(const char *s, size_t n)
{
	static const char *const pairs[][2] = { { "（", "）" }, { "(", ")" } };
	struct date d;

	for (size_t k = 0; k < WORDS(pairs); k++) {
		size_t open = strlen(pairs[k][0]), close = strlen(pairs[k][1]);
		if (n > open + close && utf8_starts_with(s, n, pairs[k][0]) && utf8_ends_with(s, n, pairs[k][1]))
			return date_at(&date_grammar_plain, s + open, n - open - close, 0, &d) == DATE_FOUND &&
			       d.length == n - open - close && d.year && d.month && !d.day;
	}
	return false;
}

/* When S (N bytes), paragraph I of F's document, is the state's name
 * alone (中华人民共和国) and the next paragraph a body's name
 * (国务院新闻办公室), sets the two as one issuer and returns true. */
static bool
state_over_body(struct finding *f, size_t i, const char *s, size_t n)
{
	const struct doc *doc = f->doc;
	const struct paragraph *q;
	const char *t;
	size_t m;
	char *name;

	if (n != strlen("中华人民共和国") || memcmp(s, "中华人民共和国", n) != 0 || i + 1 >= doc->paragraph_count)
		return false;
	q = &doc->paragraphs[i + 1];
	m = q->length;
	t = trim(doc->text + q->offset, &m);
	if (!body_line(doc, i + 1) || !han_only(t, m) || !meta_names_body(t, m) || genre_title(t, m) ||
	    (name = malloc(n + m + 1)) == NULL)
		return false;
	memcpy(name, s, n);
	memcpy(name + n, t, m);
	name[n + m] = '\0';
	set_issuer(f, RANK_HEADER, name);
	return true;
}

static void
under_title(struct finding *f, size_t top)
{
	struct doc *doc = f->doc;
	size_t title = doc->title_paragraph, stop = top + 15;
	bool header = true, after_meta = true, after_subtitle = false, month_dated = false;

	if (title != SIZE_MAX) {
		const struct paragraph *t = &doc->paragraphs[title];
		subtitle(f, doc->text + t->offset, t->length);
		for (size_t i = 0; i < title; i++) {   /* a page's timestamp above its title */
			const struct paragraph *p = &doc->paragraphs[i];
			timestamp(f, doc->text + p->offset, p->length);
		}
	}
	for (size_t i = top; i < doc->paragraph_count && i < stop; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		size_t n = p->length, took;
		const char *s = trim(doc->text + p->offset, &n);
		struct date d;
		bool parens, was_meta = after_meta, was_subtitle = after_subtitle;

		after_meta = false;
		after_subtitle = false;
		if (paragraphs_begins_heading(doc, i))
			break;
		if (text_begins_mark(s, n)) {
			after_meta = true;
			continue;
		}
		if (date_alone_in_parens(s, n, &d, &parens)) {
			char iso[11];

			date_iso(&d, iso);
			if (parens && (month_dated || !(header && was_meta)))
				continue;   /* the date of a part, not of the report */
			if (!parens && i > top && body_line(doc, i - 1) &&
			    set_issuer(f, RANK_SIGNED, bodies_above(f, top, i)))
				set_date(f, RANK_SIGNED, iso);
			else   /* under the title, or closing a covering notice */
				set_date(f, header ? RANK_HEADER : RANK_SIGNED, iso);
			after_meta = true;
			continue;
		}
		/* The document's own title again, under a page's note that
		 * quotes it (现摘录…《在…上的讲话》…): its header starts again. */
		if (n >= 12 && doc->title && genre_title(s, n) && memmem(doc->title, strlen(doc->title), s, n)) {
			cited_title(doc, s, n);
			header = true;
			after_meta = true;
			after_subtitle = true;   /* a name alone below is the speaker's */
			continue;
		}
		if (!header)
			continue;
		/* A main title over a dash subtitle that says the page's
		 * headline (求真务实  创先争优 / ——某某工作报告): the
		 * document's own title block, the name under it the
		 * speaker's. */
		if (i > top && main_title_above(doc, i, s, n)) {
			after_meta = true;
			after_subtitle = true;
			continue;
		}
		if (subtitle(f, s, n) || timestamp(f, s, n) || page_issuer(f, s, n)) {
			/* 来源： / 陕西省某某网: the value on the next line is
			 * where the copy came from, as on one line; 时间： /
			 * 2026-02-02 09:20 is the page's date. */
			if (i + 1 < doc->paragraph_count) {
				const struct paragraph *q = &doc->paragraphs[i + 1];
				char iso[11];
				if (meta_stamp_value(s, n, doc->text + q->offset, q->length, iso)) {
					set_date(f, RANK_STAMP, iso);
					i++;
				} else if (meta_source_key_alone(s, n) ||
					   subtitle_rest(s, n, doc->text + q->offset, q->length)) {
					i++;
				}
			}
			after_meta = true;
			after_subtitle = true;
			continue;
		}
		if ((took = adoption_note(f, i)) > 0) {
			i += took - 1;
			after_meta = true;
			continue;
		}
		/* The document's own title under a page's heading (马卫光书记在
		 * …上的讲话 above 在…上的讲话提纲): the date under it is its. */
		if (title_like(doc, i) && genre_title(s, n)) {
			after_meta = true;
			continue;
		}
		if (speaker_line(s, n)) {
			set_speaker(f, copy_trimmed(s, n));
			doc->speaker_paragraph = i;
			after_meta = true;
			continue;
		}
		if (i + 1 < doc->paragraph_count) {
			const struct paragraph *q = &doc->paragraphs[i + 1];
			size_t m = q->length;
			const char *name = trim(doc->text + q->offset, &m);
			char *speaker;
			if (speaker_lines(s, n, name, m) && (speaker = malloc(n + 1 + m + 1)) != NULL) {
				memcpy(speaker, s, n);
				speaker[n] = ' ';
				memcpy(speaker + n + 1, name, m);
				speaker[n + 1 + m] = '\0';
				set_speaker(f, speaker);
				i++;
				after_meta = true;
				continue;
			}
		}
		/* The state's name on a line of its own over the body's
		 * (中华人民共和国 / 国务院新闻办公室, as a white paper is
		 * signed under its title and month): one name. */
		if (was_meta && state_over_body(f, i, s, n)) {
			i++;
			after_meta = true;
			continue;
		}
		/* The issuing body's name alone right under the title and its
		 * subtitle (中华人民共和国某某部, centred in a Word file), the
		 * text or a date below it: the issuer, not a heading. */
		if (was_meta && body_name_line(doc, i, s, n)) {
			if (set_issuer(f, RANK_HEADER, copy_trimmed(s, n)))
				doc->speaker_paragraph = i;
			after_meta = true;
			continue;
		}
		/* The speaker's name alone under the title (陈国阳): the
		 * issuer when nothing better is printed, if it follows the
		 * subtitle, the page's timestamp or the document's own title
		 * said again; the date below it is still the report's. */
		if (was_meta && name_chars(s, n) >= 2 && name_chars(s, n) <= 4 && chars(s, n) <= 6) {
			if (was_subtitle && han_only(s, n)) {
				set_issuer(f, RANK_SPEAKER, copy_trimmed(s, n));
				doc->speaker_paragraph = i;
			}
			after_meta = true;
			continue;
		}
		if (utf8_starts_with(s, n, "【") || link_line(s, n) || toolbar_line(s, n))
			continue;   /* page furniture: 【字体：大 中 小】, 分享到：, <http://…> */
		/* The month the document is dated in brackets under its
		 * title, with no day ((2020年6月), a white paper's): the
		 * header goes on to its issuer; a day in brackets below is
		 * a part's (开幕词 / (一九五五年三月二十一日)). */
		if (month_in_brackets(s, n)) {
			month_dated = true;
			after_meta = true;
			continue;
		}
		/* A short note in brackets alone, (全文) (摘要) (节选): no text
		 * has begun, and what stands under it is still the header.  (A
		 * date in brackets is the date rules'.) */
		if ((utf8_starts_with(s, n, "（") || utf8_starts_with(s, n, "(")) &&
		    (utf8_ends_with(s, n, "）") || utf8_ends_with(s, n, ")")) && chars(s, n) <= 8 &&
		    !has_sentence_mark(s, n) && !memmem(s, n, "年", 3) && !memmem(s, n, "月", 3) &&
		    !memmem(s, n, "日", 3) && first_digit(s, n) == NULL) {
			after_meta = true;
			continue;
		}
		/* The occasion in brackets right under the title block, its
		 * time and place (（1月13日下午，某某会议室）) or where
		 * (（在某某会议上）): the speaker's line may still follow. */
		if (was_meta && occasion_in_brackets(s, n)) {
			after_meta = true;
			continue;
		}
		if (n > 0 && (chars(s, n) > 60 || lines_end_sentence(s, n) || has_sentence_mark(s, n)))
			header = false;   /* the text has begun */
		else if (n > 0 && (utf8_starts_with(s, n, "（") || utf8_starts_with(s, n, "(")))
			after_meta = true;   /* a part date: (一九五五年三月) */
	}
}

/* A document number standing alone near the top or the title: 东人社〔2023〕36号,
 * 国发[2024]7号, 京政办发（2023）12号.  The lines of a copier's block
 * above the text count for none. */
static void
find_docno(struct doc *doc)
{
	static const char *const opens[] = { "〔", "[", "（", "(", "【" };

	size_t stop = doc->title_paragraph != SIZE_MAX ? doc->title_paragraph + 6 : 6;

	for (size_t i = 0; i < doc->paragraph_count && i < stop; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		const char *s = doc->text + p->offset;
		size_t n = p->length;

		if (copier_line(doc, i)) {
			stop++;
			continue;
		}
		if (n > 40 * 3 || n < 6 || memcmp(s + n - 3, "号", 3) != 0 || has_sentence_mark(s, n))
			continue;
		for (size_t k = 0; k < WORDS(opens); k++) {
			const char *o = memmem(s, n, opens[k], strlen(opens[k]));
			size_t used;
			if (o && numeral_digits(o + strlen(opens[k]), n - (size_t)(o - s) - strlen(opens[k]),
						&used) >= 1000 && used == 4) {
				doc->docno = copy_trimmed(s, n);
				return;
			}
		}
	}
}

/* Tidies a title or issuer VALUE found in the text, in place: the end of
 * an HTML comment a page's conversion left before it (start-->某某局局长
 * 张三: letters, maybe none, then -->, with no <!-- opening it) is
 * dropped, and a typographic space (U+00A0, U+2000-U+200A, U+202F,
 * U+205F, as 局长 张三 is set with an en space) becomes a plain one. */
static void
tidy_value(char *value)
{
	size_t i = 0, out = 0, n;

	if (!value)
		return;
	n = strlen(value);
	while (i < n && isalnum((unsigned char)value[i]))
		i++;
	if (n - i > 3 && memcmp(value + i, "-->", 3) == 0 && !strstr(value, "<!--")) {
		i += 3;
		i += utf8_spaces(value + i, n - i);
	} else {
		i = 0;
	}
	while (i < n) {
		size_t k = utf8_space_at(value + i, n - i);
		if (k > 1 && !utf8_starts_with(value + i, n - i, "　")) {
			value[out++] = ' ';
			i += k;
		} else {
			value[out++] = value[i++];
		}
	}
	value[out] = '\0';
}

/* Joint issuers shortened with 等 (最高人民法院等, 某部、某局等部门): the
 * first body as printed, as for a joint sign-off.  ISSUER is cut in
 * place.  A name ending in a word of its own (平等, 同等) stays. */
static void
first_of_joint(char *issuer)
{
	static const char *const endings[] = { "等部门", "等单位", "等机关", "等" };
	static const char *const words[] = { "平等", "同等", "对等", "均等", "高等", "初等", "中等" };
	size_t n = strlen(issuer);

	for (size_t k = 0; k < WORDS(endings); k++) {
		size_t m = strlen(endings[k]);
		bool word = false;
		char *list;

		if (!utf8_ends_with(issuer, n, endings[k]))
			continue;
		for (size_t w = 0; w < WORDS(words); w++)
			word |= utf8_ends_with(issuer, n - m + 3, words[w]);
		if (word || chars(issuer, n - m) < 2)
			return;
		issuer[n - m] = '\0';
		if ((list = strstr(issuer, "、")) != NULL && chars(issuer, (size_t)(list - issuer)) >= 2)
			*list = '\0';
		n = strlen(issuer);
		while (n > 0 && utf8_space_before(issuer, issuer + n))
			issuer[n -= utf8_space_before(issuer, issuer + n)] = '\0';
		return;
	}
}

/* True when TITLE carries another body's or its own document to its
 * readers: 转发, 批转, 印发, 颁发, 公布 before the genre (…转发某局关于…
 * 报告的通知, …关于印发某某方案的通知, 关于公布某某行动计划的通知). */
static bool
carries_document(const char *title)
{
	static const char *const verbs[] = { "转发", "批转", "印发", "颁发", "公布" };
	size_t n = strlen(title);

	for (size_t k = 0; k < WORDS(verbs); k++)
		if (memmem(title, n, verbs[k], 6))
			return true;
	return false;
}

/* True when S (N bytes) names a school (某某市第一中学, 某某学校): the body
 * that signs a school's notices. */
static bool
school_name(const char *s, size_t n)
{
	static const char *const words[] = { "学校", "中学", "小学", "大学" };

	for (size_t k = 0; k < WORDS(words); k++)
		if (utf8_ends_with(s, n, words[k]) && n > strlen(words[k]))
			return true;
	return false;
}

/* True when paragraph I of DOC, a title of its genre (…的意见), is cited
 * in book-title marks by the paragraph just above it, after STAMP, or
 * just below it: the lead of a page that reprints the document names it
 * (近日，…印发了《关于…的意见》…; 本月推荐…的是《某某关于…的意见》). */
static bool
cited_by_lead(const struct doc *doc, size_t i, size_t stamp)
{
	const struct paragraph *p = &doc->paragraphs[i];
	size_t n = p->length;
	const char *s = title_part(doc->text + p->offset, &n);
	char cited[512];
	size_t m;

	if (!genre_title(s, n) || n + 7 > sizeof cited)
		return false;
	memcpy(cited, "《", 3);
	memcpy(cited + 3, s, n);
	memcpy(cited + 3 + n, "》", 3);
	m = n + 6;
	for (size_t j = i - 1; j > stamp; j--) {
		const struct paragraph *q = &doc->paragraphs[j];
		if (q->length == 0)
			continue;
		if (memmem(doc->text + q->offset, q->length, cited, m))
			return true;
		break;
	}
	for (size_t j = i + 1; j < doc->paragraph_count; j++) {
		const struct paragraph *q = &doc->paragraphs[j];
		if (q->length == 0)
			continue;
		return memmem(doc->text + q->offset, q->length, cited, m) != NULL;
	}
	return false;
}

/* The title of the document a web page carries under a headline that
 * names no document but an issue of the page's column (每周一学（5月9日——
 * 5月15日）, 【2020年6月学习材料】): below the page's stamp line (发布时间：
 * …), past at most a short lead (国务院新闻办公室6月7日发布…。) or leads
 * that cite a document in book-title marks, a line that can be a title
 * with its date in brackets right under it (在…大会上的讲话 /
 * （2022年5月10日）; 某某的中国行动 / （2020年6月）), or a title of its
 * genre that the lead just above or below cites (本月推荐的是《X》… / X;
 * X / 近日，…印发了《X》…).  SIZE_MAX when there is none. */
enum { CARRIED_STAMP_LOOK = 250, CARRIED_TITLE_LOOK = 12, CARRIED_LEAD_CHARS = 60 };

static size_t
carried_title_block(const struct doc *doc, size_t from)
{
	size_t stamp = SIZE_MAX;
	char iso[11];

	for (size_t i = from; i < doc->paragraph_count && i < from + CARRIED_STAMP_LOOK; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		if (meta_timestamp(doc->text + p->offset, p->length, iso) && iso[0]) {
			stamp = i;
			break;
		}
	}
	if (stamp == SIZE_MAX)
		return SIZE_MAX;
	for (size_t i = stamp + 1; i < doc->paragraph_count && i <= stamp + CARRIED_TITLE_LOOK; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		const char *s = doc->text + p->offset;
		size_t j = i + 1, n;
		struct date d;
		bool parens;

		if (p->length == 0)
			continue;
		if (has_sentence_mark(s, p->length) && chars(s, p->length) > CARRIED_LEAD_CHARS &&
		    !memmem(s, p->length, "《", 3))
			return SIZE_MAX;   /* the text has begun */
		if (!title_like(doc, i))
			continue;
		if (cited_by_lead(doc, i, stamp))
			return i;
		while (j < doc->paragraph_count && doc->paragraphs[j].length == 0)
			j++;
		if (j >= doc->paragraph_count)
			return SIZE_MAX;
		n = doc->paragraphs[j].length;
		s = trim(doc->text + doc->paragraphs[j].offset, &n);
		if (date_alone_in_parens(s, n, &d, &parens) && parens)
			return i;
		/* （2020年6月）: a month's date in brackets */
		if (n > 6 && utf8_starts_with(s, n, "（") && utf8_ends_with(s, n, "）") &&
		    date_at(&date_grammar_plain, s + 3, n - 6, 0, &d) == DATE_FOUND && d.year && d.month &&
		    d.length == n - 6)
			return i;
	}
	return SIZE_MAX;
}

/* The headline of a page whose <title> (the text's first title line,
 * naming no document: 某某市第十五届人民代表大会第八次会议_某某人大) is
 * the page's column or site: the paragraph just above the page's first
 * stamp line (创建时间： 2026-02-05 17:28  来源： 某某人大), when it can be
 * a title and ends with a genre word (某某委员会关于…的审查结果报告).
 * SIZE_MAX when there is none. */
static size_t
headline_above_stamp(const struct doc *doc, size_t from)
{
	char iso[11];

	for (size_t i = from; i < doc->paragraph_count && i < from + CARRIED_STAMP_LOOK; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		size_t k = i, n;
		const char *s;

		if (!meta_timestamp(doc->text + p->offset, p->length, iso) || !iso[0])
			continue;
		while (k > from && doc->paragraphs[k - 1].length == 0)
			k--;
		if (k == from || !title_like(doc, k - 1))
			return SIZE_MAX;
		n = doc->paragraphs[k - 1].length;
		s = title_part(doc->text + doc->paragraphs[k - 1].offset, &n);
		return genre_title(s, n) ? k - 1 : SIZE_MAX;
	}
	return SIZE_MAX;
}

/* The sign-off of a covering notice or a letter with attachments: the
 * first paragraph after TOP that is a date alone under a body's name
 * alone (某某办公厅 / 2037年2月4日), before LAST; SIZE_MAX when none.  The
 * document it carries may end with a sign-off of its own, the other
 * body's, which is not the notice's. */
static size_t
covering_sign_off(const struct doc *doc, size_t top, size_t last, char iso[11])
{
	struct date d;

	for (size_t i = top + 1; i < last && i < doc->paragraph_count; i++) {
		const struct paragraph *p = &doc->paragraphs[i], *q = &doc->paragraphs[i - 1];
		size_t n = q->length;
		const char *s = trim(doc->text + q->offset, &n);

		if (p->length <= 60 && date_alone(doc->text + p->offset, p->length, &d) &&
		    chars(s, n) <= 40 && !has_sentence_mark(s, n) && (meta_names_body(s, n) || school_name(s, n))) {
			date_iso(&d, iso);
			return i;
		}
	}
	return SIZE_MAX;
}

/* True when an attachment's mark alone on its line (附件1, 附件 2：)
 * stands after paragraph FROM and before LAST of DOC: what follows it
 * is another document, which may end with a sign-off of its own (a
 * ministry's report sent on with a reply), not the one above it. */
static bool
attached_after(const struct doc *doc, size_t from, size_t last)
{
	for (size_t i = from + 1; i < last && i < doc->paragraph_count; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		size_t n = p->length;
		const char *s = trim(doc->text + p->offset, &n);
		if (attachment_mark(s, n))
			return true;
	}
	return false;
}

/* True when paragraph I of DOC, a date, is the sign-off of a notice that
 * sends attachments, as a 公文 sets them: the attachments' note (附件：1．…)
 * stands above it, below paragraph FROM, and the first attachment's mark
 * alone (附件1) right after it. */
static bool
attachment_follows(const struct doc *doc, size_t from, size_t i)
{
	static const char *const note_key[] = { "附件" };
	const struct paragraph *p;
	const char *s;
	size_t n;

	if (i + 1 >= doc->paragraph_count || !attachment_mark(doc->text + doc->paragraphs[i + 1].offset,
								doc->paragraphs[i + 1].length))
		return false;
	for (size_t k = from + 1; k + 1 < i; k++) {
		p = &doc->paragraphs[k];
		n = p->length;
		s = trim(doc->text + p->offset, &n);
		if (meta_key_value(s, n, note_key, 1, false, &n))
			return true;
	}
	return false;
}

/* The length of the words W (N bytes) without a note's reference that
 * ends them: 统计公报[1], 统计公报［1］. */
static size_t
without_note_mark(const char *w, size_t n)
{
	size_t end = n, digits = 0;

	if (end >= 1 && w[end - 1] == ']')
		end -= 1;
	else if (end >= 3 && memcmp(w + end - 3, "］", 3) == 0)
		end -= 3;
	else
		return n;
	while (end > 0 && isdigit((unsigned char)w[end - 1]) && digits < 3) {
		end--;
		digits++;
	}
	if (digits > 0 && end >= 1 && w[end - 1] == '[')
		return end - 1;
	if (digits > 0 && end >= 3 && memcmp(w + end - 3, "［", 3) == 0)
		return end - 3;
	return n;
}

/* The last paragraph of the title said again below TOP, before the text
 * begins (a web page's heading, its navigation, then the document's own
 * title block: 某某自治州 / 2030年国民经济和社会发展统计公报[1] / 某某州
 * 统计局 / 2031年5月1日): on one line or two, white space, quotation and
 * book-title marks and a note's reference aside.  SIZE_MAX when it is not. */
enum { AGAIN_LOOK = 200 };

static size_t
title_again_below(const struct doc *doc, size_t top)
{
	enum { CAP = 600 };
	char title[CAP], line[CAP];
	size_t t = 0, found = SIZE_MAX;

	if (!doc->title || doc->title_paragraph == SIZE_MAX)
		return SIZE_MAX;
	/* (its words as the lines' are taken: 某某局长《在…上的讲话》) */
	t = utf8_words(doc->title, strlen(doc->title), title, 0, CAP);
	if (t > CAP)
		return SIZE_MAX;
	for (size_t i = top; i < doc->paragraph_count && i < top + AGAIN_LOOK; i++) {
		const struct paragraph *p = &doc->paragraphs[i];

		if (paragraphs_begins_heading(doc, i) ||
		    (chars(doc->text + p->offset, p->length) > 60 &&
		     lines_end_sentence(doc->text + p->offset, p->length)))
			break;
		for (size_t last = i; last <= i + 1 && last < doc->paragraph_count; last++) {
			size_t k = words_of(doc, i, last, line, CAP);
			if (k <= CAP && without_note_mark(line, k) == t && memcmp(line, title, t) == 0) {
				found = last;
				break;
			}
		}
	}
	return found;
}

/* The length of the first of the bodies S (N bytes) sets apart by white
 * space, each two Han characters or more (中共中央 国务院, 某市教育局
 * 某市财政局): the lead one of a joint document.  N when S is one name. */
static size_t
lead_of_spaced(const char *s, size_t n)
{
	size_t first = 0, words = 0;

	for (size_t i = 0; i < n;) {
		size_t start = i, sp;
		while (i < n && !utf8_space_at(s + i, n - i))
			i += utf8_length(s + i, n - i);
		if (!han_only(s + start, i - start) || chars(s + start, i - start) < 2)
			return n;
		if (words++ == 0)
			first = i - start;
		while (i < n && (sp = utf8_space_at(s + i, n - i)) > 0)
			i += sp;
	}
	return words >= 2 ? first : n;
}

enum { REPORTED_FOR_LOOK = 8, REPORTED_FOR_MAX_CHARS = 20 };

/* The body a work report's speaker reports for, named in its opening
 * sentence (现在，我代表国务院，向大会作政府工作报告): its issuer when
 * the report prints no other, no speaker line, no body in its title.
 * Looked for in the REPORTED_FOR_LOOK paragraphs from TOP of a document
 * whose title ends with 工作报告; NULL when none. */
static char *
reported_for(const struct doc *doc, size_t top)
{
	if (!doc->title || !utf8_ends_with(doc->title, strlen(doc->title), "工作报告"))
		return NULL;
	for (size_t i = top; i < doc->paragraph_count && i < top + REPORTED_FOR_LOOK; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		const char *s = doc->text + p->offset, *at = memmem(s, p->length, "我代表", 9), *end;
		size_t n;

		if (!at)
			continue;
		at += 9;
		n = p->length - (size_t)(at - s);
		end = utf8_find3(at, n, "，");
		if (!end || !memmem(end, n - (size_t)(end - at), "报告", 6))
			continue;
		n = (size_t)(end - at);
		if (utf8_ends_with(at, n, "向大会") || !meta_names_body(at, n) ||
		    chars(at, n) > REPORTED_FOR_MAX_CHARS)
			continue;
		return copy_trimmed(at, n);
	}
	return NULL;
}

/* False when a header block of keys named the title (标题：2023年某市政府
 * 工作报告) and PARAGRAPH, a plain line, says neither it nor a part of it
 * (2022年政府工作回顾, the first subhead of the text): the title is the
 * header's, and no line of the text is it.  (政 府 工 作 报 告, closed up,
 * is the end of the header's title: that line is the title printed.) */
static bool
says_header_title(const struct doc *doc, size_t paragraph)
{
	const struct paragraph *p;
	char *line;
	bool says;

	if (paragraph == SIZE_MAX || !doc->title)
		return true;
	p = &doc->paragraphs[paragraph];
	if (p->md_level > 0)
		return true;
	line = copy_trimmed(doc->text + p->offset, p->length);
	if (!line)
		return true;
	close_up(line, 3);
	says = line[0] && (strstr(doc->title, line) || strstr(line, doc->title));
	free(line);
	return says;
}

/* Takes DOC's title from paragraph PARAGRAPH, a title alone on its line
 * (its spaced-out characters closed up); false when it cannot be copied,
 * the title left as it was. */
static bool
retitle(struct doc *doc, size_t paragraph)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	size_t n = p->length;
	const char *s = title_part(doc->text + p->offset, &n);
	char *t = copy_trimmed(s, n);

	if (!t)
		return false;
	close_up(t, 3);
	free(doc->title);
	doc->title = t;
	return true;
}

/* A report made by one person names them under a key, above the text or
 * in its sign-off (述职人：某某局局长  张三, 汇报人：张三): the value of
 * the first such line from TOP to the first heading or among the last
 * lines, newly allocated; NULL when there is none.  A form's blank
 * (报告人：______) names no one. */
static char *
reporter(const struct doc *doc, size_t top)
{
	static const char *const keys[] = { "述职人", "汇报人", "报告人" };
	enum { TAIL_LINES = 8, VALUE_MAX_CHARS = 30 };
	size_t tail = doc->paragraph_count > TAIL_LINES ? doc->paragraph_count - TAIL_LINES : 0;

	for (size_t i = top; i < doc->paragraph_count; i++) {
		const struct paragraph *p;
		const char *s;
		size_t n;

		if (i < tail && paragraphs_begins_heading(doc, i))
			i = tail;   /* the text: on to its last lines */
		if (i >= doc->paragraph_count)
			break;
		p = &doc->paragraphs[i];
		n = p->length;
		s = trim(doc->text + p->offset, &n);
		if (!(s = meta_key_value(s, n, keys, WORDS(keys), false, &n)))
			continue;
		if (n > 0 && chars(s, n) <= VALUE_MAX_CHARS && !has_sentence_mark(s, n) && han_chars(s, n) >= 2)
			return copy_trimmed(s, n);
	}
	return NULL;
}

void
meta_find(struct doc *doc)
{
	struct finding f = { doc, RANK_NONE, RANK_NONE };
	char iso[11], stamp[11];
	size_t sign_off = meta_sign_off(doc, iso), second, top, header_block;
	enum rank signed_rank = RANK_SIGNED;

	header_block = bare_front_matter(doc);
	if (attribute_table(doc, FRONT_ISSUER_NONE) >= 2) {
		attribute_table(doc, FRONT_ISSUER_BODY);
		attribute_table(doc, FRONT_ISSUER_WEAK);
	}
	f.issuer = doc->issuer ? RANK_FRONT : RANK_NONE;
	f.date = doc->date ? RANK_FRONT : RANK_NONE;
	doc->title_paragraph = choose_title(doc, &second);
	if (header_block > 0 && !says_header_title(doc, doc->title_paragraph)) {
		doc->title_paragraph = SIZE_MAX;
		second = SIZE_MAX;
	}
	if (doc->title_paragraph != SIZE_MAX) {
		size_t last = second != SIZE_MAX ? second : doc->title_paragraph;
		if (draft_note_under(doc, last))
			second = last + 1;
	}
	doc->sign_off_paragraph = SIZE_MAX;
	doc->speaker_paragraph = SIZE_MAX;
	top = doc->title_paragraph != SIZE_MAX ? doc->title_paragraph + 1 : 0;
	/* The lines under a header block of keys (标题：… / 发文单位：… /
	 * 来源URL：…) are those under the title it names. */
	if (top < header_block)
		top = header_block;
	if (doc->title_paragraph != SIZE_MAX && !doc->title) {
		const struct paragraph *p = &doc->paragraphs[doc->title_paragraph];
		size_t n = p->length;
		const char *s = title_part(doc->text + p->offset, &n);

		doc->title = copy_trimmed(s, n);
		if (doc->title)
			close_up(doc->title, 3);
		/* Each line closed up on its own: 国务院办公厅关于印发 /
		 * 国 家 粮 食 应 急 预 案 的 函; a second line can be a genre
		 * word alone, spaced out (某省人大常委会 / 公 告).  SECOND is
		 * the title's last line, the second or the third. */
		for (size_t j = doc->title_paragraph + 1; doc->title && second != SIZE_MAX && j <= second; j++) {
			const struct paragraph *q = &doc->paragraphs[j];
			size_t m = q->length;
			const char *t = title_part(doc->text + q->offset, &m);
			char *tail = copy_trimmed(t, m), *both;
			if (tail)
				close_up(tail, 2);
			if (tail && (both = malloc(strlen(doc->title) + strlen(tail) + 1)) != NULL) {
				strcpy(both, doc->title);
				strcat(both, tail);
				free(doc->title);
				doc->title = both;
			}
			free(tail);
		}
		/* A cover's title the reading order broke, said whole below. */
		if (doc->title && second == SIZE_MAX && !genre_title(doc->title, strlen(doc->title))) {
			size_t whole = title_said_whole(doc, doc->title_paragraph);
			if (whole != SIZE_MAX)
				retitle(doc, whole);
		}
		if (doc->title) {
			drop_note_mark(doc->title);
			drop_ordinal(doc->title);
			drop_page_suffix(doc, doc->title);
			title_named_in_full(doc);
		}
		/* 张三：在某某大会上的讲话: who spoke is the issuer */
		n = p->length;
		s = trim(doc->text + p->offset, &n);
		if (speaker_before_colon(s, n) > 0)
			set_speaker(&f, strndup(s, speaker_before_colon(s, n) - 3));
	}
	/* A page headline naming no document (每周一学（…）) over the carried
	 * document's own title block. */
	if (doc->title && doc->title_paragraph != SIZE_MAX && !genre_title(doc->title, strlen(doc->title))) {
		size_t own = carried_title_block(doc, doc->title_paragraph + 1);
		if (own == SIZE_MAX)
			own = headline_above_stamp(doc, doc->title_paragraph + 1);
		if (own != SIZE_MAX && retitle(doc, own)) {
			doc->title_paragraph = own;
			second = SIZE_MAX;
			top = own + 1;
		}
	}
	/* A covering notice's sign-off above the document it carries, when
	 * that one ends with a sign-off of its own or with none (a page that
	 * ends with the attachments' tables, or with 抄送/印发 lines). */
	if (doc->title && doc->title_paragraph != SIZE_MAX) {
		size_t from = second != SIZE_MAX ? second : doc->title_paragraph;
		size_t last = sign_off != SIZE_MAX ? sign_off : doc->paragraph_count;
		char first_iso[11];
		size_t first = covering_sign_off(doc, from, last, first_iso);
		if (first != SIZE_MAX && (carries_document(doc->title) || attached_after(doc, first, last))) {
			/* With no sign-off at the end, the pair found may be
			 * the carried document's own (the notice's spoilt by
			 * a stray entity): a page's information table outranks
			 * it, a timestamp does not.  Under the attachments' note
			 * and over 附件1 it is the notice's own, as signed. */
			if (sign_off == SIZE_MAX && !attachment_follows(doc, from, first))
				signed_rank = RANK_COVERING;
			sign_off = first;
			memcpy(iso, first_iso, sizeof first_iso);
		}
	}
	if (sign_off != SIZE_MAX) {
		doc->sign_off_paragraph = sign_off;
		set_date(&f, signed_rank, iso);
		if (sign_off > 0 && sign_off - 1 != doc->title_paragraph) {
			const struct paragraph *p = &doc->paragraphs[sign_off - 1];
			const char *s = doc->text + p->offset;
			/* (a line opened by a dash over the date is the title's
			 * subtitle, ——在某某会上的讲话稿: no signer) */
			if (chars(s, p->length) <= 40 && !has_sentence_mark(s, p->length) &&
			    !paragraphs_begins_heading(doc, sign_off - 1) && leading_dash(s, p->length) == 0 &&
			    set_issuer(&f, signed_rank, bodies_above(&f, top, sign_off)))
				doc->sign_off_paragraph = sign_off - 1;
		}
	}
	if (doc->title) {
		char *bodies = title_body(doc->title);
		if (bodies)
			bodies[lead_of_spaced(bodies, strlen(bodies))] = '\0';
		set_issuer(&f, RANK_TITLE, bodies);
	}
	if (doc->title_paragraph != SIZE_MAX && (second != SIZE_MAX || doc->title_paragraph > 0)) {
		/* 某某省人民政府外事办公室 / 2022年…考试大纲: the title's first
		 * line, a body's name alone, is its issuer; the same line
		 * above a title apart from it is, when nothing better is. */
		bool joined = second != SIZE_MAX;
		const struct paragraph *p = &doc->paragraphs[doc->title_paragraph - !joined];
		size_t n = p->length;
		const char *s = trim(doc->text + p->offset, &n);
		/* (在某某委员会 / 第二次全体会议上的讲话: an occasion, no body) */
		if (meta_names_body(s, n) && !memmem(s, n, "关于", 6) && chars(s, n) <= 24 &&
		    !has_sentence_mark(s, n) && !utf8_starts_with(s, n, "在"))
			set_issuer(&f, joined ? RANK_TITLE : RANK_FRONT, copy_trimmed(s, lead_of_spaced(s, n)));
	}
	if (second != SIZE_MAX && doc_title_second(doc) == second)
		top = second + 1;   /* the lines under the title's second line */
	if (doc->paragraph_count > 0) {
		size_t again = title_again_below(doc, top);
		/* The header under the document's own title block is read
		 * first: what stands under a page's title (the site's name)
		 * is the page's, and gives only what the document's does not. */
		if (again != SIZE_MAX)
			under_title(&f, again + 1);
		under_title(&f, top);
	}
	if (doc->stamp_date[0])
		set_date(&f, RANK_STAMP, doc->stamp_date);
	else if (headline_stamp(doc, stamp))
		set_date(&f, RANK_STAMP, stamp);
	set_issuer(&f, RANK_SPEAKER, reporter(doc, top));
	if (f.issuer == RANK_NONE)
		set_issuer(&f, RANK_STAMP, reported_for(doc, top));
	if (!doc->docno)
		find_docno(doc);
	tidy_value(doc->title);
	tidy_value(doc->issuer);
	if (doc->issuer)
		first_of_joint(doc->issuer);
}

/* The length of the hour written right after a whole date (11时, 18点,
 * 9时), white space aside, when it names a moment the text reports; 0
 * when none does.  An hour that bounds a time to come is none: a
 * deadline (17时前, 之前, 以前, 24时止, 截止) or a start (0时起) is set
 * before it comes, the file made before it; 18时前后 is a moment. */
static size_t
hour_after(const char *s, size_t n)
{
	static const char *const bounds[] = { "前", "之前", "以前", "起", "止", "截止" };
	size_t i = skip_spaces(s, n, 0), digits = 0;

	while (i < n && digits < 3 && s[i] >= '0' && s[i] <= '9')
		i++, digits++;
	if (digits == 0 || digits > 2)
		return 0;
	if (!utf8_starts_with(s + i, n - i, "时") && !utf8_starts_with(s + i, n - i, "点"))
		return 0;
	i += 3;
	if (utf8_starts_with(s + i, n - i, "前后"))
		return i;
	for (size_t k = 0; k < WORDS(bounds); k++)
		if (utf8_starts_with(s + i, n - i, bounds[k]))
			return 0;
	return i;
}

bool
meta_file_date_fits(const struct doc *doc, const char *iso)
{
	char last[11] = "", after[11];

	if (!iso || strlen(iso) != 10)
		return true;
	for (size_t k = 0; k < doc->paragraph_count; k++) {
		const char *s = doc->text + doc->paragraphs[k].offset;
		size_t n = doc->paragraphs[k].length;
		for (size_t i = 0; i < n; i++) {
			struct date d;
			char at[11];
			if (s[i] < '0' || s[i] > '9' || (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9'))
				continue;
			if (date_at(&date_grammar_plain, s, n, i, &d) != DATE_FOUND || !d.year || !d.day ||
			    d.range)
				continue;
			if (hour_after(s + i + d.length, n - i - d.length) == 0)
				continue;
			date_iso(&d, at);
			if (strcmp(at, last) > 0)
				memcpy(last, at, sizeof at);
			i += d.length - 1;
		}
	}
	if (!last[0])
		return true;
	/* a year after: the same day, the year one more */
	memcpy(after, last, sizeof after);
	for (int y = atoi(last) + 1, k = 3; k >= 0; k--, y /= 10)
		after[k] = (char)('0' + y % 10);
	return strcmp(iso, last) >= 0 && strcmp(iso, after) <= 0;
}

/* A file name's stem longer than this is no title. */
enum { NAME_TITLE_MAX_BYTES = 300, NAME_TITLE_MIN_HAN = 4, NAME_EXTENSION_MAX = 5 };

char *
meta_title_from_name(const char *name)
{
	const char *base, *dot;
	size_t n, han = 0;
	char *title;

	if (!name || strcmp(name, "-") == 0)
		return NULL;
	base = strrchr(name, '/');
	base = base ? base + 1 : name;
	n = strlen(base);
	/* The extension: a dot and a few ASCII letters or digits at the end. */
	dot = strrchr(base, '.');
	if (dot && dot > base && (size_t)(base + n - dot - 1) <= NAME_EXTENSION_MAX) {
		const char *e = dot + 1;
		while (*e && isascii((unsigned char)*e) && isalnum((unsigned char)*e))
			e++;
		if (!*e && e > dot + 1)
			n = (size_t)(dot - base);
	}
	while (n > 0 && base[n - 1] == ' ')
		n--;
	if (n == 0 || n > NAME_TITLE_MAX_BYTES || utf8_valid_length(base, n) != n)
		return NULL;
	for (size_t i = 0; i < n;) {
		uint32_t c;
		size_t len = utf8_decode(base + i, n - i, &c);
		if (len == 0 || c < 0x20 || (c >= 0x7f && c < 0xa0))
			return NULL;
		han += utf8_is_han(c);
		i += len;
	}
	if (han < NAME_TITLE_MIN_HAN || !(title = strndup(base, n)))
		return NULL;
	if (!genre_of_title(title)) {
		free(title);
		return NULL;
	}
	return title;
}
