/* SPDX-License-Identifier: GPL-3.0-or-later */
/* contents.c - the table of contents a document prints before its body.
 *
 * A law or a long plan may open with its contents (目录, then 第一章 总则 …
 * 第八章 附则) before the chapters themselves.  Those lines are not the
 * outline: a run of two or more heading-only lines, each of which recurs
 * later with the same text, is a table of contents (a run of two only
 * under 目录 or with leaders).  A page copied twice
 * repeats its headings too, but with text between them.  A line that
 * runs on in dot leaders to a page number (二、总体要求……2) is a contents
 * line whatever follows: the body may word its heading differently, or
 * run it into a paragraph.  Rows of a table or a list that read as
 * headings but have nothing under them are no outline either. */
#include <config.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "array.h"
#include "contents.h"
#include "label.h"
#include "utf8.h"

enum { TOC_MAX_CHARS = 60 };

struct toc_entry {
	uint64_t hash;
	size_t paragraph;
	size_t key, key_length;   /* its key's place in the keys kept */
};

/* The text of a heading-only line S (N bytes) as a contents line and the
 * heading itself both print it: without white space, dot leaders or a
 * page number.  Returns the length of that text written to OUT (CAP
 * bytes at most), 0 when S is no heading-only line.  LABEL_LENGTH is the
 * length of the label S starts with, which no stripping eats into. */
static size_t
text_key(const char *s, size_t n, size_t label_length, char *out, size_t cap)
{
	size_t k = 0;

	/* (No character takes more than four bytes: a longer line has too
	 * many, and is not counted.  A 。 stays in the text, which is then
	 * no heading's: a sentence is passed over unread.) */
	if (n == 0 || n > TOC_MAX_CHARS * 4 || utf8_count(s, n) > TOC_MAX_CHARS ||
	    utf8_find3(s, n, "。"))
		return 0;
	for (size_t i = 0; i < n;) {
		size_t sp = utf8_space_at(s + i, n - i);
		size_t len = sp ? sp : utf8_length(s + i, n - i);
		if (!sp && k + len <= cap) {
			memcpy(out + k, s + i, len);
			k += len;
		}
		i += len;
	}
	for (;;) {
		if (k > label_length && (out[k - 1] == '.' || (out[k - 1] >= '0' && out[k - 1] <= '9')))
			k--;
		else if (k >= label_length + 3 && (memcmp(out + k - 3, "…", 3) == 0 ||
						   memcmp(out + k - 3, "·", 3) == 0 ||
						   memcmp(out + k - 3, "．", 3) == 0))
			k -= 3;
		else
			break;
	}
	/* A heading-only line: its text has no sentence in it. */
	if (k <= label_length || label_ends_punctuated(out, k) || utf8_find3(out, k, "。"))
		return 0;
	return k;
}

/* text_key of a labelled paragraph.  A Markdown heading ("# 第一章 总
 * 则") is keyed too: it can be the heading a contents line names, never
 * a contents line. */
static size_t
toc_key(const struct doc *doc, size_t paragraph, char *out, size_t n)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	const char *s = doc->text + p->offset;
	struct label l;

	/* (Too long for text_key, or a sentence: not worth reading its
	 * label.) */
	if (p->length == 0 || p->length > TOC_MAX_CHARS * 4 || utf8_find3(s, p->length, "。") ||
	    !label_parse(s, p->length, &l))
		return 0;
	return text_key(s, p->length, l.length, out, n);
}

/* The text_key of paragraph PARAGRAPH read as a heading that sets its
 * section number against its words with no space, where label_parse reads
 * none: a decimal number whose first word reads as a unit (5.3分级响应,
 * 1.2万人 would be a quantity) and, when BARE is true, one or two Arabic
 * digits alone (1总则, 12附则).  0 when it is no such line.  Only lines
 * under 目录 are read with BARE: elsewhere 2024年 or 3个 opens a line the
 * same way. */
static size_t
joined_key(const struct doc *doc, size_t paragraph, bool bare, char *out, size_t n)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	const char *s = doc->text + p->offset;
	size_t digits = 0, parts = 1;
	uint32_t c;

	while (digits < p->length && digits < 3 && s[digits] >= '0' && s[digits] <= '9')
		digits++;
	if (digits == 0 || digits > 2 || p->md_level > 0)
		return 0;
	while (digits + 1 < p->length && s[digits] == '.' && s[digits + 1] >= '0' && s[digits + 1] <= '9') {
		digits++;
		while (digits < p->length && s[digits] >= '0' && s[digits] <= '9')
			digits++;
		parts++;
	}
	if (digits >= p->length || (parts == 1 && !bare))
		return 0;
	u8_mbtouc(&c, (const uint8_t *)s + digits, p->length - digits);
	if (c < 0x4e00 || c > 0x9fff)
		return 0;
	return text_key(s, p->length, digits, out, n);
}

/* True when paragraph PARAGRAPH ends as a contents line prints its page:
 * dot leaders (……, ····, ....), then perhaps a page number.  Three
 * leaders at least, so an ellipsis (……) ending a sentence is no leader. */
static bool
leader_line(const struct doc *doc, size_t paragraph)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	const char *s = doc->text + p->offset;
	size_t n = p->length, digits = 0, leaders = 0;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	while (n > 0 && s[n - 1] >= '0' && s[n - 1] <= '9' && digits < 4) {
		n--;
		digits++;
	}
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	for (;;) {
		if (n >= 3 && (memcmp(s + n - 3, "…", 3) == 0 || memcmp(s + n - 3, "·", 3) == 0 ||
			       memcmp(s + n - 3, "．", 3) == 0 || memcmp(s + n - 3, "‥", 3) == 0)) {
			n -= 3;
			leaders++;
		} else if (n >= 2 && memcmp(s + n - 2, "·", 2) == 0) {
			n -= 2;
			leaders++;
		} else if (n >= 1 && s[n - 1] == '.') {
			n--;
			leaders++;
		} else {
			break;
		}
	}
	/* Text before the leaders: the entry's own words. */
	return n > 0 && (leaders >= 3 || (leaders >= 2 && digits > 0));
}

/* The length of the run of dot leaders (……, ····, ....) at S (N bytes),
 * and of the white space and page number (one to three digits) after it;
 * 0 when S holds no such run of six leaders or more. */
static size_t
leaders_to_page(const char *s, size_t n)
{
	size_t i = 0, leaders = 0, digits = 0;

	for (;;) {
		if (n - i >= 3 && (memcmp(s + i, "…", 3) == 0 || memcmp(s + i, "·", 3) == 0 ||
				   memcmp(s + i, "．", 3) == 0 || memcmp(s + i, "‥", 3) == 0))
			i += 3;
		else if (n - i >= 2 && memcmp(s + i, "·", 2) == 0)
			i += 2;
		else if (i < n && s[i] == '.')
			i++;
		else if (i < n && s[i] == ' ') {
			i++;   /* (spaces between the leaders are no leaders) */
			continue;
		} else
			break;
		leaders++;
	}
	while (i < n && s[i] == ' ')
		i++;
	while (i + digits < n && s[i + digits] >= '0' && s[i + digits] <= '9')
		digits++;
	return leaders >= 6 && digits >= 1 && digits <= 3 ? i + digits : 0;
}

/* Whether a leader that leaders_to_page counts (. … ‥ ． ·) starts at
 * P, which has N bytes after it. */
static inline bool
leader_at(const unsigned char *p, size_t n)
{
	return p[0] == '.' || (n >= 2 && p[0] == 0xc2 && p[1] == 0xb7) ||
	       (n >= 3 && p[0] == 0xe2 && p[1] == 0x80 && (p[2] == 0xa5 || p[2] == 0xa6)) ||
	       (n >= 3 && p[0] == 0xef && p[1] == 0xbc && p[2] == 0x8e);
}

#if defined(__GNUC__)
typedef unsigned char bytes16 __attribute__((vector_size(16)));
#endif

/* The first place at or after FROM in S (N bytes) where a leader
 * starts, or N: sixteen bytes at a time where the compiler has vectors
 * (most paragraphs hold none, but their commas share the lead byte of ．). */
static size_t
next_leader(const char *s, size_t from, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = from;

#if defined(__GNUC__)
	for (; i < n && n - i >= 18; i += 16) {
		bytes16 b0, b1, b2, hit;
		uint64_t half[2];
		memcpy(&b0, p + i, sizeof b0);
		memcpy(&b1, p + i + 1, sizeof b1);
		memcpy(&b2, p + i + 2, sizeof b2);
		hit = (bytes16)(b0 == '.') | ((bytes16)(b0 == 0xc2) & (bytes16)(b1 == 0xb7)) |
		      ((bytes16)(b0 == 0xe2) & (bytes16)(b1 == 0x80) &
		       ((bytes16)(b2 == 0xa5) | (bytes16)(b2 == 0xa6))) |
		      ((bytes16)(b0 == 0xef) & (bytes16)(b1 == 0xbc) & (bytes16)(b2 == 0x8e));
		memcpy(half, &hit, sizeof half);
		if (half[0] | half[1])
			break;
	}
#endif
	for (; i < n; i++)
		if (leader_at(p + i, n - i))
			return i;
	return n;
}

/* True when paragraph PARAGRAPH is contents lines read as one (a reader
 * that joined them): a labelled entry, leaders and a page, and another
 * entry after it -- 一、总体目标……3二、主要任务……5. */
static bool
joined_entries(const struct doc *doc, size_t paragraph)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	const char *s = doc->text + p->offset;
	size_t n = p->length;
	struct label l;

	if (!label_parse(s, n, &l))
		return false;
	/* Each leader after the label, in order: the places where
	 * leaders_to_page can find a run (a leader's bytes stand nowhere
	 * inside another character). */
	for (size_t i = next_leader(s, l.title, n); i < n; i = next_leader(s, i + 1, n)) {
		size_t k = leaders_to_page(s + i, n - i);
		if (k == 0)
			continue;
		return i + k < n && label_parse(s + i + k, n - i - k, &l);
	}
	return false;
}

static uint64_t
toc_hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211u;
	return h;
}

static int
toc_compare(const void *a, const void *b)
{
	const struct toc_entry *x = a, *y = b;
	if (x->hash != y->hash)
		return x->hash < y->hash ? -1 : 1;
	return x->paragraph < y->paragraph ? -1 : x->paragraph > y->paragraph;
}

/* ---- rows that read as headings ------------------------------------------ */

/* A table read one cell a line, or a list, can print a run of labelled
 * lines with nothing under them (a price index's rows):
 *
 *     二、衣着
 *     三、居住
 *     四、生活用品及服务
 *
 * A part has a body; three or more siblings in a row with none, numbered
 * on one from another, are rows, not parts.  Between them may stand only
 * cells: short lines that are no sentence and no label (鲜 菜, 99.2). */

enum { ROW_RUN = 3, CELL_MAX_CHARS = 20 };

/* What paragraph PARAGRAPH is to a run of rows. */
enum row_line { ROW_CELL, ROW_HEADING, ROW_OTHER };

/* Whether S (N bytes) holds a mark that ends a sentence, 。 ； ！ or ？
 * (E3 80 82, EF BC 9B, EF BC 81, EF BC 9F): one look for the four,
 * sixteen bytes at a time where the compiler has vectors. */
static bool
sentence_mark_in(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

#if defined(__GNUC__)
	for (; n - i >= 18; i += 16) {
		bytes16 b0, b1, b2, hit;
		uint64_t half[2];
		memcpy(&b0, p + i, sizeof b0);
		memcpy(&b1, p + i + 1, sizeof b1);
		memcpy(&b2, p + i + 2, sizeof b2);
		hit = ((bytes16)(b0 == 0xe3) & (bytes16)(b1 == 0x80) & (bytes16)(b2 == 0x82)) |
		      ((bytes16)(b0 == 0xef) & (bytes16)(b1 == 0xbc) &
		       ((bytes16)(b2 == 0x9b) | (bytes16)(b2 == 0x81) | (bytes16)(b2 == 0x9f)));
		memcpy(half, &hit, sizeof half);
		if (half[0] | half[1])
			return true;
	}
#endif
	for (; i + 3 <= n; i++)
		if ((p[i] == 0xe3 && p[i + 1] == 0x80 && p[i + 2] == 0x82) ||
		    (p[i] == 0xef && p[i + 1] == 0xbc &&
		     (p[i + 2] == 0x9b || p[i + 2] == 0x81 || p[i + 2] == 0x9f)))
			return true;
	return false;
}

static enum row_line
row_line(const struct doc *doc, size_t paragraph, int *key, long long *number)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	const struct doc_hint *hint = doc->hint_count > 0 ? doc_hint_of(doc, paragraph) : NULL;
	const char *s = doc->text + p->offset;
	size_t n = p->length, body;
	struct label l;

	/* A heading by its style, or a table's row (a body: a part can
	 * hold a table), ends a run. */
	if (p->md_level > 0 || (hint && (hint->heading_level > 0 || hint->cell_count >= 2)))
		return ROW_OTHER;
	while (n > 0 && utf8_space_before(s, s + n))
		n -= utf8_space_before(s, s + n);
	if (n == 0)
		return ROW_CELL;
	if (sentence_mark_in(s, n))
		return ROW_OTHER;
	if (!label_parse(s, n, &l))
		return utf8_count(s, n) <= CELL_MAX_CHARS ? ROW_CELL : ROW_OTHER;
	if (l.style == STYLE_NONE || l.style == STYLE_MARKDOWN || l.style == STYLE_INLINE ||
	    l.style == STYLE_DI_COMMA || l.title >= n || utf8_count(s + l.title, n - l.title) > TOC_MAX_CHARS ||
	    label_ends_punctuated(s, n))
		return ROW_OTHER;
	/* 1.报警时间：____时____分: a field of a form with its value (or the
	 * blank for it) after the colon holds its text, as a part does. */
	if (label_colon_title(s + l.title, n - l.title, &body))
		return ROW_OTHER;
	*key = (int)l.style * 16 + l.level;
	*number = l.number;
	return ROW_HEADING;
}

/* True when a paragraph after PARAGRAPH of DOC says it again (white
 * space aside): a contents' entry, whose heading comes later. */
static bool
said_again(const struct doc *doc, size_t paragraph)
{
	char key[TOC_MAX_CHARS * 4], other[TOC_MAX_CHARS * 4];
	size_t n = toc_key(doc, paragraph, key, sizeof key);

	if (n == 0)
		return false;
	for (size_t i = paragraph + 1; i < doc->paragraph_count; i++)
		if (toc_key(doc, i, other, sizeof other) == n && memcmp(key, other, n) == 0)
			return true;
	return false;
}

/* True when paragraph FIRST of DOC, the first of a run of bodiless
 * siblings, is a decimal sub-clause (7.1、) numbered under the labelled
 * line right above it (7、表单, blank lines aside), and not said again
 * later (a contents' entries are): the run is that clause's sub-clauses
 * (the forms a procedure lists), not a table's rows. */
static bool
under_own_clause(const struct doc *doc, size_t first)
{
	const struct paragraph *p = &doc->paragraphs[first];
	struct label l, parent;
	size_t j = first;

	if (!label_parse(doc->text + p->offset, p->length, &l) || l.style != STYLE_DECIMAL ||
	    l.level < 2 || l.level > 8 || said_again(doc, first))
		return false;
	while (j > 0) {
		const struct paragraph *q = &doc->paragraphs[--j];
		const char *s = doc->text + q->offset;
		size_t n = q->length;
		while (n > 0 && utf8_space_before(s, s + n))
			n -= utf8_space_before(s, s + n);
		if (n == 0)
			continue;
		if (!label_parse(s, n, &parent) || parent.number != l.parent_numbers[l.level - 2])
			return false;
		if (parent.style == STYLE_DECIMAL) {
			if (parent.level != l.level - 1)
				return false;
			for (int c = 0; c < parent.level - 1; c++)
				if (parent.parent_numbers[c] != l.parent_numbers[c])
					return false;
			return true;
		}
		return l.level == 2;
	}
	return false;
}

/* Sets LINES[i] to CONTENTS_ROW for the labelled lines of DOC that are
 * rows of a run of ROW_RUN or more bodiless siblings (and not contents
 * lines already), unless the run is a clause's own sub-clauses
 * (under_own_clause). */
static void
find_rows(const struct doc *doc, unsigned char *lines)
{
	for (size_t i = 0; i < doc->paragraph_count;) {
		int key, next_key;
		long long number, next_number;
		size_t j, last = i, members = 1;

		if (row_line(doc, i, &key, &number) != ROW_HEADING) {
			i++;
			continue;
		}
		for (j = i + 1; j < doc->paragraph_count; j++) {
			enum row_line r = row_line(doc, j, &next_key, &next_number);
			if (r == ROW_CELL)
				continue;
			if (r != ROW_HEADING || next_key != key || next_number != number + 1)
				break;
			number = next_number;
			last = j;
			members++;
		}
		if (members >= ROW_RUN && !under_own_clause(doc, i))
			for (size_t k = i; k <= last; k++)
				if (lines[k] == CONTENTS_NONE &&
				    row_line(doc, k, &next_key, &next_number) == ROW_HEADING)
					lines[k] = CONTENTS_ROW;
		i = last + 1;
	}
}

/* ---- contents typed page first ---------------------------------------------- */

/* A contents typed by hand, or converted from a PDF, can put the page
 * before the entry:
 *
 *     目 录
 *     1⇥综述
 *     2⇥生态环境质量状况
 *     2⇥（一）水环境
 *     6⇥（三）声环境
 *
 * The numbers are pages, not a heading's: they do not go up by one each
 * line (2, 2, 6), and they never go down. */

enum { PAGE_RUN = 3 };

bool
contents_heading(const struct doc *doc, size_t paragraph)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	char key[16];
	size_t k = 0;

	for (size_t i = 0; i < p->length;) {
		size_t sp = utf8_space_at(doc->text + p->offset + i, p->length - i);
		if (sp) {
			i += sp;
			continue;
		}
		if (k + 1 > sizeof key)
			return false;
		key[k++] = doc->text[p->offset + i++];
		/* (Not 目 first: no need to read on.) */
		if (k == 3 && memcmp(key, "目", 3) != 0)
			return false;
	}
	return k == 6 && (memcmp(key, "目录", 6) == 0 || memcmp(key, "目次", 6) == 0);
}

/* The page that opens paragraph PARAGRAPH when it is a page-first
 * contents line (a page of one to three digits, white space, a
 * heading-only entry); -1 otherwise.  *ENTRY: where the entry starts. */
static long long
page_first(const struct doc *doc, size_t paragraph, size_t *entry)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	const char *s = doc->text + p->offset;
	size_t n = p->length, digits = 0, sp;
	long long page = 0;
	char key[TOC_MAX_CHARS * 4];
	struct label l;

	while (digits < n && digits < 4 && s[digits] >= '0' && s[digits] <= '9')
		page = page * 10 + (s[digits++] - '0');
	if (digits == 0 || digits > 3 || (sp = utf8_spaces(s + digits, n - digits)) == 0)
		return -1;
	*entry = digits + sp;
	if (!label_parse(s + *entry, n - *entry, &l))
		l.length = 0;
	return text_key(s + *entry, n - *entry, l.length, key, sizeof key) > 0 ? page : -1;
}

/* What contents_find asks of each paragraph, asked once in one pass:
 * the paragraph is read while it is in the cache. */
enum {
	ENDS_IN_LEADERS = 1,    /* leader_line */
	JOINED_ENTRIES = 2,     /* joined_entries */
	CONTENTS_HEADING = 4,   /* contents_heading */
	JOINED_NUMBER = 8,      /* keyed by joined_key */
};

/* The key of paragraph PARAGRAPH: its toc_key, or its joined_key when
 * FLAGS (its flags) say it is read so. */
static size_t
line_key(const struct doc *doc, size_t paragraph, unsigned char flags, char *out, size_t n)
{
	return flags & JOINED_NUMBER ? joined_key(doc, paragraph, true, out, n) : toc_key(doc, paragraph, out, n);
}

/* Marks the page-first contents lines after each contents heading
 * (a paragraph with CONTENTS_HEADING in FLAGS). */
static void
find_page_first(const struct doc *doc, const unsigned char *flags, unsigned char *lines)
{
	for (size_t i = 0; i + 1 < doc->paragraph_count; i++) {
		size_t j, entry;
		long long page, last = -1;
		bool by_one = true;

		if (!(flags[i] & CONTENTS_HEADING))
			continue;
		for (j = i + 1; j < doc->paragraph_count; j++) {
			page = page_first(doc, j, &entry);
			if (page < 0 || page < last)
				break;
			by_one &= last < 0 || page == last + 1;
			last = page;
		}
		if (j - i - 1 < PAGE_RUN || by_one)
			continue;
		for (size_t k = i + 1; k < j; k++)
			lines[k] = CONTENTS_ENTRY;
		i = j - 1;
	}
}

/* Marks the contents under each contents heading (a paragraph with
 * CONTENTS_HEADING in FLAGS) that the body then follows, starting again
 * with the list's first line: 目录, 前言, 一、…, 结束语, then 前言 and
 * its text.  Every line of such a list is heading-only (labelled or not:
 * 前言, 结束语), and three at least; each is an entry, whether or not its
 * heading recurs below -- an excerpt prints the whole contents but only
 * the first parts. */
enum { LISTED_AGAIN_RUN = 3 };

static void
find_listed_again(const struct doc *doc, const unsigned char *flags, unsigned char *lines)
{
	char first[TOC_MAX_CHARS * 4], key[TOC_MAX_CHARS * 4];

	for (size_t i = 0; i + 1 < doc->paragraph_count; i++) {
		size_t j, n = 0, first_length = 0;
		bool again = false;

		if (!(flags[i] & CONTENTS_HEADING))
			continue;
		for (j = i + 1; j < doc->paragraph_count && !again; j++) {
			const struct paragraph *p = &doc->paragraphs[j];
			struct label l;
			size_t k;

			if (p->length == 0)
				continue;
			if (!label_parse(doc->text + p->offset, p->length, &l))
				l.length = 0;
			k = text_key(doc->text + p->offset, p->length, l.length, key, sizeof key);
			if (k == 0)
				break;
			again = n > 0 && k == first_length && memcmp(key, first, k) == 0;
			if (n++ == 0) {
				memcpy(first, key, k);
				first_length = k;
			}
		}
		/* (J is past the line said again; the list, N - 1 lines, is
		 * above it) */
		if (!again || n - 1 < LISTED_AGAIN_RUN)
			continue;
		for (size_t k = i + 1; k + 1 < j; k++)
			if (doc->paragraphs[k].length > 0)
				lines[k] = CONTENTS_ENTRY;
		i = j - 2;
	}
}

/* The key of a contents line (FLAGS its flags): its entry's text_key. */
static size_t
entry_key(const struct doc *doc, size_t paragraph, unsigned char flags, char *out, size_t n)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	size_t entry;
	struct label l;

	if (page_first(doc, paragraph, &entry) < 0)
		return line_key(doc, paragraph, flags, out, n);
	if (!label_parse(doc->text + p->offset + entry, p->length - entry, &l))
		l.length = 0;
	return text_key(doc->text + p->offset + entry, p->length - entry, l.length, out, n);
}

static int
hash_compare(const void *a, const void *b)
{
	const uint64_t *x = a, *y = b;
	return *x < *y ? -1 : *x > *y;
}

/* Marks in LINES the numbered entries of a contents under 目录 that the
 * body does not say again (a compilation's 目录: 一、某某会议关于…的决议
 * wrapped onto a second line, 二、关于…的报告, 三、附表, 表一 …, 四、其他
 * 相关说明, over documents that carry their own titles without those
 * numbers): under the heading, the lines up to the first sentence hold
 * three or more labels of one style numbered 1, 2, 3 … in order, and the
 * body numbers that style from 1 again within UNSAID_REACH paragraphs
 * below them. */
enum { UNSAID_REACH = 200 };

static void
find_unsaid_entries(const struct doc *doc, const unsigned char *flags, unsigned char *lines)
{
	for (size_t i = 0; i < doc->paragraph_count; i++) {
		size_t end = i + 1, labelled = 0;
		int style = -1;
		long long next = 1;
		bool in_order = true;

		if (!(flags[i] & CONTENTS_HEADING))
			continue;
		for (; end < doc->paragraph_count; end++) {
			const struct paragraph *p = &doc->paragraphs[end];
			const char *s = doc->text + p->offset;
			struct label l;

			if (p->length == 0)
				continue;
			/* (an entry wrapped onto a second line may be read as
			 * one paragraph with it) */
			if (p->md_level > 0 || sentence_mark_in(s, p->length) ||
			    utf8_count(s, p->length) > 2 * TOC_MAX_CHARS)
				break;
			if (!label_parse(s, p->length, &l) || l.style == STYLE_NONE || l.style == STYLE_INLINE ||
			    l.style == STYLE_MARKDOWN)
				continue;
			if (style < 0)
				style = (int)l.style;
			if ((int)l.style != style)
				continue;
			in_order &= l.number == next++;
			labelled++;
		}
		if (style < 0 || labelled < 3 || !in_order)
			continue;
		for (size_t k = end; k < doc->paragraph_count && k < end + UNSAID_REACH; k++) {
			const struct paragraph *p = &doc->paragraphs[k];
			struct label l;

			if (p->length > 0 && label_parse(doc->text + p->offset, p->length, &l) &&
			    (int)l.style == style && l.number == 1) {
				for (size_t e = i + 1; e < end; e++) {
					const struct paragraph *q = &doc->paragraphs[e];
					if (q->length > 0 && label_parse(doc->text + q->offset, q->length, &l) &&
					    (int)l.style == style)
						lines[e] = CONTENTS_ENTRY;
				}
				break;
			}
		}
	}
}

bool
contents_find(const struct doc *doc, struct contents *out)
{
	enum { KEY = TOC_MAX_CHARS * 4 };
	struct toc_entry *entries = NULL;
	/* the keys of ENTRIES one after another: a pair of one hash is
	 * told apart from a collision without keying its lines again */
	char *keys = NULL;
	size_t count = 0, cap = 0, hash_cap = 0, keys_length = 0, keys_cap = 0;
	bool *recurs;
	unsigned char *flags;
	char key[KEY];

	memset(out, 0, sizeof *out);
	out->lines = calloc(doc->paragraph_count + 1, 1);
	recurs = calloc(doc->paragraph_count + 1, sizeof *recurs);
	flags = malloc(doc->paragraph_count + 1);
	if (!recurs || !out->lines || !flags)
		goto fail;
	for (size_t i = 0, under = 0; i < doc->paragraph_count; i++) {
		size_t k = toc_key(doc, i, key, sizeof key);
		flags[i] = (unsigned char)((leader_line(doc, i) ? ENDS_IN_LEADERS : 0) |
					   (joined_entries(doc, i) ? JOINED_ENTRIES : 0) |
					   (contents_heading(doc, i) ? CONTENTS_HEADING : 0));
		/* The lines right under 目录 that key either way (UNDER):
		 * there 1总则 is an entry as 1 总则 is. */
		if (flags[i] & CONTENTS_HEADING) {
			under = 1;
			continue;
		}
		if (k == 0 && (k = joined_key(doc, i, under, key, sizeof key)) > 0)
			flags[i] |= JOINED_NUMBER;
		if (k == 0 && doc->paragraphs[i].length > 0)
			under = 0;
		if (k == 0)
			continue;
		if (!ARRAY_RESERVE(entries, cap, count + 1) || !ARRAY_RESERVE(keys, keys_cap, keys_length + k))
			goto fail;
		memcpy(keys + keys_length, key, k);
		entries[count++] = (struct toc_entry){ toc_hash(key, k), i, keys_length, k };
		keys_length += k;
	}
	if (count > 1)
		qsort(entries, count, sizeof *entries, toc_compare);
	for (size_t i = 0; i + 1 < count; i++) {
		const struct toc_entry *e = &entries[i], *f = &entries[i + 1];
		/* The next of the same hash is the next with the same text
		 * but for a collision, which only costs a missed entry. */
		if (e->hash == f->hash && e->key_length == f->key_length &&
		    memcmp(keys + e->key, keys + f->key, e->key_length) == 0 &&
		    doc->paragraphs[e->paragraph].md_level == 0)
			recurs[e->paragraph] = true;
	}
	/* A line with leaders to a page number is a contents line in
	 * any case: its heading may read differently in the body. */
	for (size_t i = 0; i < doc->paragraph_count; i++)
		recurs[i] = recurs[i] || (flags[i] & ENDS_IN_LEADERS);
	for (size_t i = 0; i < doc->paragraph_count; i++)
		if (flags[i] & JOINED_ENTRIES)
			out->lines[i] = CONTENTS_ENTRY;
	/* A run of two recurring lines is a contents list only under 目录 or
	 * with leaders: two headings that recur together (一、排查阶段 /
	 * 1.日常巡检) are a part's plan said again in the next part.  A page's
	 * running header (the title said again) inside the run does not
	 * break it. */
	for (size_t i = 0, j; i < doc->paragraph_count; i = j) {
		size_t leaders = 0, run = 0;
		for (j = i; j < doc->paragraph_count && (recurs[j] || (j > i && doc_title_again(doc, j))); j++) {
			leaders += flags[j] & ENDS_IN_LEADERS;
			run += recurs[j];
		}
		if (j == i) {
			j++;
			continue;
		}
		if (run >= 3 || (run == 2 && (leaders > 0 || (i > 0 && (flags[i - 1] & CONTENTS_HEADING)))))
			for (size_t k = i; k < j; k++)
				if (recurs[k])
					out->lines[k] = CONTENTS_ENTRY;
	}
	find_page_first(doc, flags, out->lines);
	find_listed_again(doc, flags, out->lines);
	find_unsaid_entries(doc, flags, out->lines);
	for (size_t i = 0; i < doc->paragraph_count; i++) {
		size_t k;
		if (out->lines[i] != CONTENTS_ENTRY || (k = entry_key(doc, i, flags[i], key, sizeof key)) == 0)
			continue;
		if (!ARRAY_RESERVE(out->entries, hash_cap, out->entry_count + 1))
			goto fail;
		out->entries[out->entry_count++] = toc_hash(key, k);
	}
	if (out->entry_count > 1)
		qsort(out->entries, out->entry_count, sizeof *out->entries, hash_compare);
	find_rows(doc, out->lines);
	free(entries);
	free(keys);
	free(recurs);
	free(flags);
	return true;
fail:
	free(entries);
	free(keys);
	free(recurs);
	free(flags);
	contents_free(out);
	return false;
}

bool
contents_lists(const struct contents *contents, const struct doc *doc, size_t paragraph)
{
	char key[TOC_MAX_CHARS * 4];
	size_t k;
	uint64_t hash;

	if (contents->entry_count == 0 || (k = toc_key(doc, paragraph, key, sizeof key)) == 0)
		return false;
	hash = toc_hash(key, k);
	return bsearch(&hash, contents->entries, contents->entry_count, sizeof hash, hash_compare) != NULL;
}

void
contents_free(struct contents *contents)
{
	free(contents->lines);
	free(contents->entries);
	memset(contents, 0, sizeof *contents);
}
