/* meta.c - the report's metadata: title, issuer, date and document number,
 * from Markdown front matter, the lines under the title, or the sign-off at
 * the end. */
#include <config.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unistr.h>

#include "lines.h"
#include "meta.h"
#include "numeral.h"
#include "paragraphs.h"
#include "utf8.h"

static size_t
skip_spaces(const char *s, size_t n, size_t i)
{
	return i + utf8_spaces(s + i, n - i);
}

/* A number at S[*I]: Arabic (also full-width) or Chinese numerals. */
static long long
date_number(const char *s, size_t n, size_t *i)
{
	size_t used;
	long long v = numeral_digits(s + *i, n - *i, &used);

	if (v < 0)
		v = numeral_chinese(s + *i, n - *i, &used);
	if (v >= 0)
		*i += used;
	return v;
}

/* True when S (N bytes) is a date and nothing else: 2023年11月23日,
 * 二〇二三年十一月二十三日, 2023-11-23, 2023.11.23, 2023/11/23.  Writes the
 * ISO form to ISO (11 bytes). */
static bool
parse_date(const char *s, size_t n, char iso[11])
{
	size_t i = skip_spaces(s, n, 0);
	long long year, month, day;
	bool chinese;

	year = date_number(s, n, &i);
	if (year < 1000 || year > 2999 || i >= n)
		return false;
	chinese = n - i >= 3 && memcmp(s + i, "年", 3) == 0;
	if (chinese)
		i += 3;
	else if (s[i] == '-' || s[i] == '.' || s[i] == '/')
		i++;
	else
		return false;
	month = date_number(s, n, &i);
	if (month < 1 || month > 12 || i >= n)
		return false;
	if (chinese && n - i >= 3 && memcmp(s + i, "月", 3) == 0)
		i += 3;
	else if (!chinese && (s[i] == '-' || s[i] == '.' || s[i] == '/'))
		i++;
	else
		return false;
	day = date_number(s, n, &i);
	if (day < 1 || day > 31)
		return false;
	if (chinese) {
		if (n - i >= 3 && (memcmp(s + i, "日", 3) == 0 || memcmp(s + i, "号", 3) == 0))
			i += 3;
		else
			return false;
	}
	if (skip_spaces(s, n, i) != n)
		return false;
	snprintf(iso, 11, "%04lld-%02lld-%02lld", year, month, day);
	return true;
}

static bool
has_sentence_mark(const char *s, size_t n)
{
	static const char *const marks[] = { "。", "，", "；", "！", "？", "：" };
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (memmem(s, n, marks[i], strlen(marks[i])))
			return true;
	return false;
}

static char *
copy_trimmed(const char *s, size_t n)
{
	size_t i = skip_spaces(s, n, 0), k;
	char *out;

	while (n > i && (k = utf8_space_before(s + i, s + n)) > 0)
		n -= k;
	out = malloc(n - i + 1);
	if (out) {
		memcpy(out, s + i, n - i);
		out[n - i] = '\0';
	}
	return out;
}

size_t
meta_front_matter(struct doc *doc, const char *text, const struct line *lines, size_t count)
{
	static const struct {
		const char *key;
		int field;   /* 0 title, 1 docno, 2 issuer, 3 date */
	} keys[] = {
		{ "标题", 0 }, { "title", 0 }, { "文号", 1 }, { "发文字号", 1 }, { "docno", 1 },
		{ "发布单位", 2 }, { "发文机关", 2 }, { "发文单位", 2 }, { "issuer", 2 },
		{ "author", 2 }, { "发布日期", 3 }, { "成文日期", 3 }, { "日期", 3 }, { "date", 3 },
	};
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
	for (size_t i = 1; i < end; i++) {
		const char *s = text + lines[i].start;
		size_t n = lines[i].length, colon = 0, sep = 0;
		const char *c1 = memchr(s, ':', n), *c2 = memmem(s, n, "：", 3);

		if (c1 && (!c2 || c1 < c2)) {
			colon = (size_t)(c1 - s);
			sep = 1;
		} else if (c2) {
			colon = (size_t)(c2 - s);
			sep = 3;
		} else {
			continue;
		}
		for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
			char **field[] = { &doc->title, &doc->docno, &doc->issuer, &doc->date };
			char *value, iso[11];
			size_t vlen;

			if (strlen(keys[k].key) != colon || strncasecmp(s, keys[k].key, colon) != 0)
				continue;
			value = copy_trimmed(s + colon + sep, n - colon - sep);
			if (!value)
				break;
			vlen = strlen(value);
			if (vlen >= 2 && (value[0] == '"' || value[0] == '\'') && value[vlen - 1] == value[0]) {
				memmove(value, value + 1, vlen - 2);
				value[vlen - 2] = '\0';
			}
			if (keys[k].field == 3 && parse_date(value, strlen(value), iso))
				strcpy(value, iso);
			if (*field[keys[k].field] == NULL && value[0])
				*field[keys[k].field] = value;
			else
				free(value);
			break;
		}
	}
	return end + 1;
}

size_t
meta_sign_off(const struct doc *doc, char iso[11])
{
	size_t stop = doc->paragraph_count > 25 ? doc->paragraph_count - 25 : 0;

	if (doc->partial)
		return SIZE_MAX;   /* the end of the report is not there yet */
	for (size_t i = doc->paragraph_count; i-- > stop;) {
		const struct paragraph *p = &doc->paragraphs[i];
		if (p->length <= 60 && parse_date(doc->text + p->offset, p->length, iso))
			return i;
	}
	return SIZE_MAX;
}

/* A date found inside S: the first 2023年11月23日 (Arabic or Chinese
 * numerals) anywhere in it. */
static bool
date_inside(const char *s, size_t n, char iso[11])
{
	for (size_t i = 0; i + 6 < n; i++) {
		const char *nian = memmem(s + i, n - i, "年", 3);
		size_t start, k, end;
		if (!nian)
			return false;
		/* Back up over the year's four digits (1 or 3 bytes each). */
		start = (size_t)(nian - s);
		for (int d = 0; d < 4 && start > 0; d++) {
			size_t step = start >= 3 && ((unsigned char)s[start - 3] & 0xf0) == 0xe0 ? 3 : 1;
			start -= step;
		}
		end = (size_t)(nian - s) + 3;
		/* Forward to 日. */
		const char *ri = memmem(s + end, n - end, "日", 3);
		if (ri && (size_t)(ri - s) - end <= 5 * 3) {
			k = (size_t)(ri - s) + 3;
			if (parse_date(s + start, k - start, iso))
				return true;
		}
		i = (size_t)(nian - s) + 2;
	}
	return false;
}

/* Reports published on the web put the issuer and date under the title
 * instead of at the end ("国家统计局 / 2024年2月29日"), or the date in a
 * subtitle ("——2024年3月5日在第十四届全国人民代表大会…").  */
static void
find_header_block(struct doc *doc)
{
	char iso[11];
	size_t first = doc->title_paragraph + 1;
	const struct paragraph *title = &doc->paragraphs[doc->title_paragraph];
	const char *dash = memmem(doc->text + title->offset, title->length, "——", 6);

	/* 政府工作报告——2018年3月5日在…: the subtitle on the title line. */
	if (dash && date_inside(dash, title->length - (size_t)(dash - doc->text - title->offset), iso)) {
		doc->date = strdup(iso);
		return;
	}
	for (size_t i = first; i < doc->paragraph_count && i < first + 3; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		const char *s = doc->text + p->offset;
		if (paragraphs_begins_heading(doc, i) || p->length > 60 * 3)
			return;
		if (parse_date(s, p->length, iso)) {
			doc->date = strdup(iso);
			if (!doc->issuer && i > first) {
				const struct paragraph *q = &doc->paragraphs[i - 1];
				const char *t = doc->text + q->offset;
				if (u8_mbsnlen((const uint8_t *)t, q->length) <= 40 && !has_sentence_mark(t, q->length))
					doc->issuer = copy_trimmed(t, q->length);
			}
			return;
		}
		if (p->length > 6 && memcmp(s, "——", 6) == 0 && date_inside(s, p->length, iso)) {
			doc->date = strdup(iso);
			return;
		}
		if (has_sentence_mark(s, p->length))
			return;
	}
}

/* A document number standing alone near the top: 东人社〔2023〕36号,
 * 国发[2024]7号, 京政办发（2023）12号. */
static void
find_docno(struct doc *doc)
{
	static const char *const opens[] = { "〔", "[", "（", "(", "【" };

	for (size_t i = 0; i < doc->paragraph_count && i < 6; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		const char *s = doc->text + p->offset;
		size_t n = p->length;

		if (n > 40 * 3 || n < 6 || memcmp(s + n - 3, "号", 3) != 0 || has_sentence_mark(s, n))
			continue;
		for (size_t k = 0; k < sizeof opens / sizeof opens[0]; k++) {
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

void
meta_find(struct doc *doc)
{
	char iso[11];
	size_t sign_off = meta_sign_off(doc, iso);
	size_t look = doc->paragraph_count < 8 ? doc->paragraph_count : 8;

	doc->title_paragraph = SIZE_MAX;
	doc->sign_off_paragraph = SIZE_MAX;
	/* A Markdown title: the first heading, of level 1. */
	for (size_t i = 0; i < doc->paragraph_count; i++) {
		if (doc->paragraphs[i].md_level == 0)
			continue;
		if (doc->paragraphs[i].md_level == 1)
			doc->title_paragraph = i;
		break;
	}
	/* Else the leading short line that is not a sentence nor a heading. */
	for (size_t i = 0; doc->title_paragraph == SIZE_MAX && i < look; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		const char *s = doc->text + p->offset;
		if (paragraphs_begins_heading(doc, i))
			break;
		if (u8_mbsnlen((const uint8_t *)s, p->length) <= 60 && !lines_end_sentence(s, p->length) &&
		    !memmem(s, p->length, "，", 3) && !parse_date(s, p->length, iso))
			doc->title_paragraph = i;
	}
	if (doc->title_paragraph != SIZE_MAX && !doc->title) {
		const struct paragraph *p = &doc->paragraphs[doc->title_paragraph];
		const char *s = doc->text + p->offset;
		const char *dash = memmem(s, p->length, "——", 6);
		size_t n = dash && dash - s >= 6 ? (size_t)(dash - s) : p->length;
		doc->title = copy_trimmed(s, n);
	}
	if (sign_off != SIZE_MAX) {
		doc->sign_off_paragraph = sign_off;
		if (!doc->date)
			doc->date = strdup(iso);
		if (!doc->issuer && sign_off > 0 && sign_off - 1 != doc->title_paragraph) {
			const struct paragraph *p = &doc->paragraphs[sign_off - 1];
			const char *s = doc->text + p->offset;
			if (u8_mbsnlen((const uint8_t *)s, p->length) <= 40 &&
			    !has_sentence_mark(s, p->length) && !paragraphs_begins_heading(doc, sign_off - 1)) {
				doc->issuer = copy_trimmed(s, p->length);
				doc->sign_off_paragraph = sign_off - 1;
			}
		}
	}
	if (!doc->date && doc->title_paragraph != SIZE_MAX)
		find_header_block(doc);
	if (!doc->docno)
		find_docno(doc);
}
