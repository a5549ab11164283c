/* SPDX-License-Identifier: GPL-3.0-or-later */
/* date.c - the grammar of dates.
 *
 * In running text a number is tried as each form of date in turn, so the
 * reader keeps the last number it read and where (a year is read once,
 * not once per form).  The forms, and a date's range:
 *
 *   2023年  2023年11月  2023年11月23日  2023年1—9月     a year, then more
 *   11月  11月23日  (十一月 only with its day or year: 十一月二十三日,
 *   一九四六年十一月)
 *   1—9月  1至5月份                                     a range of months
 *   2021—2023年                                          a range of years
 *   2023-11-23  2023.11.23  2023/11/23                   numeric
 *   …至2023年5月  …至25日  …—6月                         the end of a range */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "date.h"
#include "numeral.h"
#include "utf8.h"

/* A number read at a place: numeral_read's, with its end in the text. */
struct integer {
	long long value;
	size_t end;
	int digits;
	bool chinese;
};

struct reader {
	const struct date_grammar *g;
	const char *text;
	size_t length;
	size_t integer_at;        /* SIZE_MAX: none read yet */
	bool integer_found;
	struct integer integer;
};

static void
reader_init(struct reader *r, const struct date_grammar *g, const char *text, size_t length)
{
	r->g = g;
	r->text = text;
	r->length = length;
	r->integer_at = SIZE_MAX;
	r->integer_found = false;
}

/* Whether the N bytes at S begin with an Arabic digit, ASCII or
 * full-width (２０２１). */
static bool
is_arabic_digit(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	return (n >= 1 && p[0] >= '0' && p[0] <= '9') ||
	       (n >= 3 && p[0] == 0xef && p[1] == 0xbc && p[2] >= 0x90 && p[2] <= 0x99);
}

/* Whether an Arabic digit, ASCII or full-width, ends just before P. */
static bool
digit_before(const struct reader *r, size_t p)
{
	return (p >= 1 && r->text[p - 1] >= '0' && r->text[p - 1] <= '9') ||
	       (p >= 3 && is_arabic_digit(r->text + p - 3, 3));
}

/* True when P is the one space a PDF's text puts between a date's word
 * and the digits after it (2024 年 4 月 29 日, ２０２１ 年 ６ 月 １０ 日). */
static bool
spaced_after_word(const struct reader *r, size_t p)
{
	return p >= 3 && p + 1 < r->length && r->text[p] == ' ' &&
	       is_arabic_digit(r->text + p + 1, r->length - p - 1) &&
	       (memcmp(r->text + p - 3, "年", 3) == 0 || memcmp(r->text + p - 3, "月", 3) == 0);
}

static bool
integer_at(struct reader *r, size_t p, struct integer *out)
{
	if (spaced_after_word(r, p))
		p++;
	if (p != r->integer_at) {
		struct numeral n;
		r->integer_found = numeral_read(r->text + p, r->length - p, &n);
		r->integer.value = n.value;
		r->integer.end = p + n.length;
		r->integer.digits = n.digits;
		r->integer.chinese = n.chinese;
		r->integer_at = p;
	}
	*out = r->integer;
	return r->integer_found;
}

/* The length of the word of kind WORD at P, 0 when there is none. */
static size_t
word_at(const struct reader *r, enum date_word word, size_t p)
{
	size_t k;

	if (p >= r->length)
		return 0;
	/* 2024 年 4 月: one space between the digits (ASCII or full-width)
	 * and the word, as a PDF's text sets them. */
	if (r->text[p] == ' ' && digit_before(r, p) &&
	    (word == DATE_YEAR || word == DATE_MONTH || word == DATE_DAY) &&
	    (k = r->g->word_at(r->g->words, word, r->text + p + 1, r->length - p - 1)) > 0)
		return k + 1;
	return r->g->word_at(r->g->words, word, r->text + p, r->length - p);
}

static bool
is_year(const struct reader *r, const struct integer *n)
{
	return n->digits == 4 && n->value >= r->g->year_first && n->value <= r->g->year_last;
}

/* What a part of a date is: none, a date, or written as a date but not
 * on the calendar (2023年2月30日, 13月45日). */
enum part { PART_NONE, PART_FOUND, PART_INVALID };

/* The days of MONTH (1 to 12) in YEAR; a year not written (0) allows 29
 * February. */
static int
month_length(int year, int month)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (month == 2 && (year == 0 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))))
		return 29;
	return days[month - 1];
}

/* Whether N, read as a month or a day, is one or two digits (二十三, 23):
 * the shape of a date's part, whatever its value. */
static bool
is_small(const struct integer *n)
{
	return n->value >= 0 && n->value <= 99 && (n->chinese || n->digits <= 2);
}

/* M月[D日] at P, in YEAR (0: not written); a Chinese month needs its day
 * or its year (一九四六年七月; 七月 alone is a month of any year).
 * Sets *END and, in D, the month and the day (0 when none).  A month and a
 * day off the calendar (13月45日, 2月30日) are PART_INVALID, to be read
 * as neither a date nor figures. */
static enum part
month_day(struct reader *r, size_t p, int year, size_t *end, struct date *d)
{
	struct integer m, day;
	size_t q, k;
	bool has_day;

	if (!integer_at(r, p, &m) || m.value < 1 || !(k = word_at(r, DATE_MONTH, m.end)))
		return PART_NONE;
	q = m.end + k;
	has_day = integer_at(r, q, &day) && is_small(&day) && day.chinese == m.chinese &&
		  (k = word_at(r, DATE_DAY, day.end));
	if (m.value > 12) {
		if (!has_day || !is_small(&m))
			return PART_NONE;
		*end = day.end + k;
		return PART_INVALID;
	}
	d->month = (int)m.value;
	d->day = 0;
	if (has_day) {
		q = day.end + k;
		if (day.value < 1 || day.value > month_length(year, d->month)) {
			*end = q;
			return PART_INVALID;
		}
		d->day = (int)day.value;
	} else if (m.chinese && (year == 0 || (integer_at(r, q, &day) && word_at(r, DATE_DAY, day.end)))) {
		return PART_NONE;   /* 十一月 alone; 十一月23日 mixes two scripts */
	}
	*end = q;
	return PART_FOUND;
}

/* A range of months at P: 1—9月, 1至5月份.  Sets *END and D's month (the
 * first). */
static bool
month_range(struct reader *r, size_t p, size_t *end, struct date *d)
{
	struct integer a, b;
	size_t c, k;

	if (!integer_at(r, p, &a) || a.chinese || a.value < 1 || a.value > 12 || a.digits > 2 ||
	    !(c = word_at(r, DATE_RANGE, a.end)) ||
	    !integer_at(r, a.end + c, &b) || b.chinese || b.value <= a.value ||
	    b.value > 12 || b.digits > 2 ||
	    !(k = word_at(r, DATE_MONTH, b.end)))
		return false;
	*end = b.end + k;
	d->month = (int)a.value;
	d->day = 0;
	d->range = true;
	return true;
}

/* Y年[M月[D日]] or Y年M—M月 at P.  Sets *END and D's parts; D->month 0
 * means the year alone. */
static enum part
year_date(struct reader *r, size_t p, size_t *end, struct date *d)
{
	struct integer y;
	size_t q, k;
	enum part part;

	if (!integer_at(r, p, &y) || !is_year(r, &y) || !(k = word_at(r, DATE_YEAR, y.end)))
		return PART_NONE;
	q = y.end + k;
	d->year = (int)y.value;
	d->month = d->day = 0;
	part = month_day(r, q, d->year, &q, d);
	if (part == PART_NONE && !month_range(r, q, &q, d))
		d->month = d->day = 0;
	*end = q;
	return part == PART_INVALID ? PART_INVALID : PART_FOUND;
}

/* After the date FIRST ending at END, a range to another: 3月5日至10日,
 * 2023年1月至6月, 2021年—2023年.  Returns the new end; *INVALID is set
 * when the second date is off the calendar (2月5日至30日). */
static size_t
date_range(struct reader *r, size_t end, const struct date *first, bool *invalid)
{
	size_t c = word_at(r, DATE_RANGE, end), q, e, k;
	struct integer day;
	struct date second = { 0 };
	enum part part;

	*invalid = false;
	if (!c)
		return end;
	q = end + c;
	if ((part = year_date(r, q, &e, &second)) != PART_NONE ||
	    (part = month_day(r, q, first->year, &e, &second)) != PART_NONE) {
		*invalid = part == PART_INVALID;
		return e;
	}
	if (first->day > 0 && integer_at(r, q, &day) && is_small(&day) && day.value >= 1 &&
	    (k = word_at(r, DATE_DAY, day.end))) {
		*invalid = day.value > month_length(first->year, first->month);
		return day.end + k;
	}
	return end;
}

/* 2023-11-23, 2023.11.23, 2023/11/23 at P, the year Y read there: the same
 * separator twice, and no more parts after the day.  Sets *END; a day past
 * its month's end (2023-02-30) is PART_INVALID. */
static enum part
numeric_date(struct reader *r, const struct integer *y, size_t *end, struct date *d)
{
	struct integer m, day;
	size_t sep = word_at(r, DATE_SEP, y->end), q = y->end + sep;

	if (!sep || !integer_at(r, q, &m) || m.chinese || m.digits > 2 || m.value < 1 ||
	    m.value > 12 || r->length - m.end <= sep ||
	    memcmp(r->text + m.end, r->text + y->end, sep) != 0 ||
	    !integer_at(r, m.end + sep, &day) || day.chinese || day.digits > 2 ||
	    day.value < 1 || day.value > 31 ||
	    is_arabic_digit(r->text + day.end, r->length - day.end) ||
	    word_at(r, DATE_SEP, day.end))
		return PART_NONE;
	*end = day.end;
	if (day.value > month_length((int)y->value, (int)m.value))
		return PART_INVALID;
	d->year = (int)y->value;
	d->month = (int)m.value;
	d->day = (int)day.value;
	return PART_FOUND;
}

/* A date off the calendar, LENGTH bytes: no parts. */
static enum date_found
invalid(struct date *out, size_t length)
{
	memset(out, 0, sizeof *out);
	out->length = length;
	return DATE_INVALID;
}

enum date_found
date_at(const struct date_grammar *g, const char *text, size_t length, size_t at,
	struct date *out)
{
	struct reader r;
	struct integer a, b;
	struct date second = { 0 };
	size_t e, c;
	enum part part;
	bool bad;

	reader_init(&r, g, text, length);
	memset(out, 0, sizeof *out);
	if (!integer_at(&r, at, &a))
		return DATE_NONE;
	if ((part = year_date(&r, at, &e, out)) != PART_NONE) {
		if (part == PART_INVALID)
			return invalid(out, e - at);
		if (out->month > 0) {
			size_t end = date_range(&r, e, out, &bad);
			if (bad)
				return invalid(out, end - at);
			out->range = out->range || end != e;
			out->length = end - at;
			return DATE_FOUND;
		}
		/* 2021年至2023年 */
		if ((c = word_at(&r, DATE_RANGE, e)) &&
		    (part = year_date(&r, e + c, &e, &second)) != PART_NONE) {
			if (part == PART_INVALID)
				return invalid(out, e - at);
			out->range = true;
			out->length = e - at;
			return DATE_FOUND;
		}
		out->length = e - at;
		return DATE_YEAR_ALONE;
	}
	memset(out, 0, sizeof *out);
	c = word_at(&r, DATE_RANGE, a.end);
	if (c && is_year(&r, &a) && !a.chinese &&
	    (part = year_date(&r, a.end + c, &e, &second)) != PART_NONE &&
	    integer_at(&r, a.end + c, &b) && !b.chinese) {
		/* 2021—2023年, and what may follow the second year */
		if (part == PART_INVALID)
			return invalid(out, e - at);
		out->year = (int)a.value;
		out->range = true;
		out->length = e - at;
		return DATE_FOUND;
	}
	if (month_range(&r, at, &e, out)) {
		out->length = e - at;
		return DATE_FOUND;
	}
	if (is_year(&r, &a) && !a.chinese && (part = numeric_date(&r, &a, &e, out)) != PART_NONE) {
		if (part == PART_INVALID)
			return invalid(out, e - at);
		out->length = e - at;
		return DATE_FOUND;
	}
	memset(out, 0, sizeof *out);
	if ((part = month_day(&r, at, 0, &e, out)) != PART_NONE) {
		size_t end;
		if (part == PART_INVALID)
			return invalid(out, e - at);
		end = date_range(&r, e, out, &bad);
		if (bad)
			return invalid(out, end - at);
		out->range = end != e;
		out->length = end - at;
		return DATE_FOUND;
	}
	memset(out, 0, sizeof *out);
	return DATE_NONE;
}

size_t
date_day_name_at(const struct date_grammar *g, const char *text, size_t length, size_t at,
		 struct date *out)
{
	struct reader r;
	struct integer m, d;
	size_t q, k;

	reader_init(&r, g, text, length);
	memset(out, 0, sizeof *out);
	if (!integer_at(&r, at, &m) || m.chinese || m.digits > 2 || m.value < 1 || m.value > 12 ||
	    !(k = word_at(&r, DATE_MARK, m.end)))
		return 0;
	q = m.end + k;
	if (!integer_at(&r, q, &d) || d.chinese || d.digits > 2 || d.value < 1 ||
	    d.value > month_length(0, (int)m.value))
		return 0;
	q = d.end;
	/* Not 1.2.3 */
	if ((k = word_at(&r, DATE_MARK, q)) && is_arabic_digit(text + q + k, length - q - k))
		return 0;
	out->month = (int)m.value;
	out->day = (int)d.value;
	out->length = q - at;
	return out->length;
}

/* ---- a date alone on its line -------------------------------------------- */

/* A number at S[*I] as a line alone may write it: Arabic (also
 * full-width) or any Chinese numeral (两千零二十三).  -1 when none. */
static long long
loose_number(const char *s, size_t n, size_t *i)
{
	size_t used;
	long long v = numeral_digits(s + *i, n - *i, &used);

	if (v < 0)
		v = numeral_chinese(s + *i, n - *i, &used);
	if (v >= 0)
		*i += used;
	return v;
}

bool
date_alone(const char *s, size_t n, struct date *out)
{
	const struct date_grammar *g = &date_grammar_plain;
	size_t i = utf8_spaces(s, n), k;
	long long year, month, day;
	bool chinese;

	memset(out, 0, sizeof *out);
	/* White space may stand between the parts: 2024 年 4 月 29 日. */
	year = loose_number(s, n, &i);
	i += utf8_spaces(s + i, n - i);
	if (year < g->year_first || year > g->year_last || i >= n)
		return false;
	chinese = (k = g->word_at(g->words, DATE_YEAR, s + i, n - i)) > 0;
	if (!chinese)
		k = g->word_at(g->words, DATE_SEP, s + i, n - i);
	if (!k)
		return false;
	i += k;
	i += utf8_spaces(s + i, n - i);
	month = loose_number(s, n, &i);
	i += utf8_spaces(s + i, n - i);
	if (month < 1 || month > 12 || i >= n)
		return false;
	k = g->word_at(g->words, chinese ? DATE_MONTH : DATE_SEP, s + i, n - i);
	if (!k)
		return false;
	i += k;
	i += utf8_spaces(s + i, n - i);
	day = loose_number(s, n, &i);
	i += utf8_spaces(s + i, n - i);
	if (day < 1 || day > month_length((int)year, (int)month))
		return false;
	if (chinese) {
		if (!(k = g->word_at(g->words, DATE_DAY, s + i, n - i)))
			return false;
		i += k;
	}
	i += utf8_spaces(s + i, n - i);
	if (i != n)
		return false;
	out->year = (int)year;
	out->month = (int)month;
	out->day = (int)day;
	out->length = n;
	return true;
}

void
date_iso(const struct date *date, char iso[11])
{
	snprintf(iso, 11, "%04d-%02d-%02d", date->year, date->month, date->day);
}

/* ---- the built-in words -------------------------------------------------- */

static const char *const plain_words[DATE_WORD_COUNT][12] = {
	[DATE_YEAR] = { "年" },
	[DATE_MONTH] = { "月" },
	[DATE_DAY] = { "日", "号" },
	[DATE_RANGE] = { "——", "—", "–", "―", "～", "~", "-", "－", "至", "到" },
	[DATE_SEP] = { "-", ".", "/" },
	[DATE_MARK] = { ".", "．", "·", "・", "•" },
};

/* The longest built-in word of kind WORD at S: lists put longer words
 * first when one starts another (—— before —). */
static size_t
plain_word_at(const void *words, enum date_word word, const char *s, size_t n)
{
	const char *const *list = ((const char *const (*)[12])words)[word];

	for (size_t i = 0; i < 12 && list[i]; i++) {
		size_t k = strlen(list[i]);
		if (k <= n && memcmp(s, list[i], k) == 0)
			return k;
	}
	return 0;
}

const struct date_grammar date_grammar_plain = { plain_word_at, plain_words, 1000, 2999 };
