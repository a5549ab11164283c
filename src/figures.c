/* SPDX-License-Identifier: GPL-3.0-or-later */
/* figures.c - the hard numbers of a report.
 *
 * One pass over doc->text.  Most characters cost a table look-up: only an
 * Arabic or full-width digit, a Chinese digit (一 … 九, 两, 〇), 十, the
 * first character of 百分之 or 第, and the book-title marks 《》 start any
 * work.  From such a start a number is read (number.c: 3860, 1,200, 12.5,
 * １２３, 三万, 二十三, 1亿3千多万, 三点五) or a date (date.c), and the words
 * that make a number a figure come from the unit table (units.c,
 * data/units):
 *
 *   80个  3860人  1.2万人  35.6万平方米  五百万   quantity
 *   五年  两个月  十五日内  3—5年                duration
 *   2万元  3.5亿元  1,200元  500万美元  ¥120     money (value in units)
 *   12.5%  12.5％  百分之十  2.3个百分点  三分之二  1/4 percent
 *   2023年11月23日  11月23日  2021—2023年  “4.15”  date
 *   东人社〔2023〕36号  国发[2024]7号  国务院令第709号   docno
 *   第3期  第十三届  第267--288页                 ordinal
 *
 * and what is not a figure: heading labels (一、 （一） 1. 一是, taken from
 * the outline), numbers inside 《book titles》, a year alone (2023年以来),
 * a lone 一 before a measure word (一批, 一个: an article, not a count), a
 * Chinese numeral just after an opening quote (“三项”制度: a slogan) or
 * counting quoted names (三个“十条”), numbers in the names of sessions and
 * plans (人大四次会议, 第三个五年计划: not-unit words), numbers that are part
 * of a name (PM2.5, M2, 5G), and the percent-escapes of an address
 * (%E2%80%9C is no 80%).
 *
 * (Some 1100 lines: each kind of figure is read by the one scanner, whose
 * cursor and drops stay private to this file, and the subjects are handed
 * from clause to clause in the same pass; numbers, dates, units and the
 * subject of one clause are in number.c, date.c, units.c and subject.c.) */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "array.h"
#include "date.h"
#include "figures.h"
#include "job.h"
#include "number.h"
#include "numeral.h"
#include "subject.h"
#include "table.h"
#include "units.h"
#include "utf8.h"

/* ---- the scanner ---------------------------------------------------------- */

/* The outline's headings, to skip their labels: the next one ahead. */
struct labels {
	const struct outline *outline;
	size_t next;
};

struct scanner {
	struct units_text in;
	struct date_grammar dates; /* the unit table's date words */
	size_t paragraph_start;   /* figures never reach back before it */
	size_t quote_open;        /* after the opening mark of the quotation we
	                             are in, or SIZE_MAX */
	int title_depth;          /* inside 《book titles》 */
	struct labels labels;
	unsigned kinds;
	struct figure *items;
	size_t count, capacity;
	bool failed;
};

static bool
is_ascii_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_ascii_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The whole number at P (numeral_read's), with its end in *END. */
static bool
read_integer(const struct scanner *s, size_t p, struct numeral *out, size_t *end)
{
	if (!numeral_read(s->in.text + p, s->in.length - p, out))
		return false;
	*end = p + out->length;
	return true;
}

/* Adds a figure, exact; returns it, or NULL when its kind is not wanted
 * or memory ran out. */
static struct figure *
emit(struct scanner *s, enum figure_kind kind, size_t start, size_t end, bool has_value,
     double value, const char *unit)
{
	struct figure *f;

	if (!(s->kinds & (1u << kind)) || s->failed)
		return NULL;
	if (!ARRAY_RESERVE(s->items, s->capacity, s->count + 1)) {
		s->failed = true;
		return NULL;
	}
	f = &s->items[s->count++];
	memset(f, 0, sizeof *f);
	f->kind = kind;
	f->offset = start;
	f->length = end - start;
	f->has_value = has_value;
	f->value = has_value ? value : 0;
	f->exact = true;
	f->unit = unit;
	return f;
}

/* Adds a figure whose value is the number N (negated when NEGATIVE). */
static void
emit_number(struct scanner *s, enum figure_kind kind, size_t start, size_t end,
	    const struct number *n, bool negative, const char *unit)
{
	struct figure *f = emit(s, kind, start, end, true, negative ? -n->value : n->value, unit);
	bool nomem;

	if (!f || n->exact)
		return;
	f->exact = false;
	f->decimal = number_decimal(&s->in, n, negative, &nomem);
	if (nomem)
		s->failed = true;
}

static void
free_decimals(struct figure *items, size_t count)
{
	for (size_t i = 0; i < count; i++)
		free(items[i].decimal);
}

/* ---- document numbers ----------------------------------------------------- */

/* Where the issuer's name before AT starts: up to MOST Chinese
 * characters, back to a stop word or anything that is not Chinese.  An
 * abbreviation (东人社〔2023〕36号) is short; the body that numbers its
 * orders is named in full (国家某某监督管理局令第27号). */
enum { ISSUER_ABBREVIATION_MAX = 8, ISSUER_NAME_MAX = 16 };

static size_t
issuer_start(const struct scanner *s, size_t at, int most)
{
	size_t p = at;
	int count = 0;

	while (p > s->paragraph_start && count < most) {
		size_t q = utf8_previous(s->in.text, s->paragraph_start, p);
		const struct unit_word *w = units_lookup_before(s->in.units, s->in.text,
								s->paragraph_start, p,
								ROLE_DOCNO_ISSUER);
		uint32_t c;
		if (w) {
			p -= w->length;
			count += 2;
			continue;
		}
		utf8_decode(s->in.text + q, p - q, &c);
		if (!utf8_is_han(c))
			break;
		if (units_lookup_before(s->in.units, s->in.text, s->paragraph_start, p, ROLE_DOCNO_STOP))
			break;
		p = q;
		count++;
	}
	return p;
}

/* Drops figures already found from START on (an issuer prefix holding a
 * numeral: they are part of the document number). */
static void
drop_from(struct scanner *s, size_t start)
{
	while (s->count > 0 && s->items[s->count - 1].offset >= start)
		free(s->items[--s->count].decimal);
}

/* 东人社〔2023〕36号 with the year at P just after an opening bracket
 * (one space before 号 too, as PDF text has it).  Returns the end, or 0. */
static size_t
try_docno(struct scanner *s, size_t p)
{
	const struct unit_table *u = s->in.units;
	const char *t = s->in.text;
	size_t n = s->in.length, q, start;
	const struct unit_word *open, *w;
	struct numeral year, serial;

	open = units_lookup_before(u, t, s->paragraph_start, p, ROLE_DOCNO);
	if (!open || !read_integer(s, p, &year, &q) || year.chinese || year.digits != 4 ||
	    year.value < u->year_first || year.value > u->year_last)
		return 0;
	if (n - q < strlen(open->pair) || memcmp(t + q, open->pair, strlen(open->pair)))
		return 0;
	q += strlen(open->pair);
	if ((w = units_lookup(u, t + q, n - q, ROLE_BIT(ROLE_ORDINAL))))
		q += w->length;       /* 〔2023〕第36号 */
	if (!read_integer(s, q, &serial, &q) || serial.chinese || serial.digits > 6)
		return 0;
	/* PDF text puts a space before 号 (法释〔2013〕8 号). */
	if (q + 1 < n && t[q] == ' ' && units_lookup(u, t + q + 1, n - q - 1, ROLE_BIT(ROLE_DOCNO_NUMBER)))
		q++;
	if (!(w = units_lookup(u, t + q, n - q, ROLE_BIT(ROLE_DOCNO_NUMBER))))
		return 0;
	q += w->length;
	start = issuer_start(s, p - open->length, ISSUER_ABBREVIATION_MAX);
	drop_from(s, start);
	emit(s, FIGURE_DOCNO, start, q, false, 0, NULL);
	return q;
}

/* ---- dates ---------------------------------------------------------------- */

/* A date at P (date_at): emits it and returns its end; a year alone is no
 * figure (2023年以来: the year a text is about, everywhere in it), but is
 * passed over all the same -- unless it is written digit by digit in
 * Chinese numerals (一九二七年), as one names the year of an event.
 * Returns 0 when there is none. */
static size_t
try_date(struct scanner *s, size_t p)
{
	struct date d;
	size_t len;

	switch (date_at(&s->dates, s->in.text, s->in.length, p, &d)) {
	case DATE_FOUND:
		emit(s, FIGURE_DATE, p, p + d.length, false, 0, NULL);
		return p + d.length;
	case DATE_YEAR_ALONE:
		if (number_chinese_digit(&s->in, p, &len) >= 0)
			emit(s, FIGURE_DATE, p, p + d.length, false, 0, NULL);
		return p + d.length;
	case DATE_INVALID:       /* 2023年2月30日: neither a date nor 30日 */
		return p + d.length;
	case DATE_NONE:
		break;
	}
	return 0;
}

/* The name of a day written M.D: “4.15”国家安全日, 3·15, 5.12汶川地震纪念日:
 * a month and a day joined by a date mark, after an opening quote or
 * followed by a name that ends in 日 or 节. */
static size_t
try_day_name(struct scanner *s, size_t p)
{
	const struct unit_table *u = s->in.units;
	const char *t = s->in.text;
	size_t n = s->in.length, q;
	struct date d;
	bool quoted;

	q = p + date_day_name_at(&s->dates, t, n, p, &d);
	/* Not 4.15万 or 4.15% */
	if (q == p || number_unit_at(&s->in, q) ||
	    units_lookup(u, t + q, n - q, ROLE_BIT(ROLE_MULTIPLIER) | ROLE_BIT(ROLE_APPROX)))
		return 0;
	quoted = p > s->paragraph_start &&
		 units_lookup_before(u, t, s->paragraph_start, p, ROLE_QUOTE);
	if (!quoted) {
		/* A run of up to 12 Chinese characters ending in a day's name. */
		size_t r = q;
		int count = 0;
		for (;;) {
			uint32_t c = 0;
			size_t k = r < n ? utf8_decode(t + r, n - r, &c) : 0;
			if (k == 0 || !utf8_is_han(c))
				break;
			if (++count > 12)
				return 0;
			r += k;
		}
		if (count == 0 || !units_lookup_before(u, t, q, r, ROLE_DATE_NAME))
			return 0;
	}
	emit(s, FIGURE_DATE, p, q, false, 0, NULL);
	return q;
}

/* ---- quantities, money, percents ------------------------------------------ */

/* True when the text from START to END fills its line or its table cell:
 * only white space between it and the line's ends, or a gap of two spaces
 * or a tab (the gap between cells) first. */
static bool
stands_alone(const struct scanner *s, size_t start, size_t end)
{
	const char *t = s->in.text;
	size_t spaces = 0, n;

	for (size_t p = start; p > s->paragraph_start && t[p - 1] != '\n'; p -= n, spaces++) {
		n = utf8_space_before(t + s->paragraph_start, t + p);
		if (n == 0)
			return false;
		if (t[p - 1] == '\t' || spaces + 1 >= 2)
			break;
	}
	spaces = 0;
	for (size_t q = end; q < s->in.length && t[q] != '\n'; q += n, spaces++) {
		n = utf8_space_at(t + q, s->in.length - q);
		if (n == 0)
			return false;
		if (t[q] == '\t' || spaces + 1 >= 2)
			break;
	}
	return true;
}

static const char percent_unit[] = "%";

/* True when the Arabic number N at P may take a unit one space after it
 * (spaced_unit, spaced_multiplier): one ASCII space follows it, and it
 * stands right after a Han character other than 第, or one space after
 * it -- not at a line's start, where it would be a label. */
static bool
spaced_number(const struct scanner *s, size_t p, const struct number *n)
{
	const char *t = s->in.text;
	size_t q = n->end, before = p, r;
	uint32_t c;

	if (n->chinese || n->multiplied || q + 1 >= s->in.length || t[q] != ' ')
		return false;
	if (before > s->paragraph_start && t[before - 1] == ' ')
		before--;
	if (before <= s->paragraph_start || t[before - 1] == '\n')
		return false;
	r = utf8_previous(t, s->paragraph_start, before);
	utf8_decode(t + r, before - r, &c);
	return utf8_is_han(c) && !(before - r == 3 && memcmp(t + r, "第", 3) == 0);
}

/* Words that may follow a spaced unit although they are Han: particles
 * that cannot go on a unit's word (大于 250 吨的, 500 吨以上), as 件 goes
 * on 条 in 条件. */
static const char *const spaced_unit_particles[] = {
	"的", "以上", "以下", "以内", "及以上", "及以下", "左右",
};

/* Whether the N bytes at S begin with one of spaced_unit_particles. */
static bool
after_spaced_unit(const char *s, size_t n)
{
	return utf8_prefix_in(s, n, spaced_unit_particles,
			      sizeof spaced_unit_particles / sizeof spaced_unit_particles[0]) > 0;
}

/* Words that open with a unit of counting and are no unit (项目, 条件):
 * after a spaced number they name something numbered (表 1 项目情况), not
 * a count. */
static const char *const unit_opened_words[] = {
	"项目", "条件", "条款", "条例", "条文", "条目", "次要", "次序", "个体", "个性", "个别",
	"个案", "名单", "名称", "名义", "名录", "家庭", "家长", "家属", "户籍", "户口", "台账",
	"场所", "场地", "场景", "处理", "处置", "处罚", "所有", "所在", "所属", "批准", "批复",
	"批次", "份额", "类型", "类别", "种类", "位置", "位于", "件数", "点位", "元素",
};

/* Whether the N bytes at S begin with one of unit_opened_words. */
static bool
opens_word_of_unit(const char *s, size_t n)
{
	return utf8_prefix_in(s, n, unit_opened_words, sizeof unit_opened_words / sizeof unit_opened_words[0]) > 0;
}

/* Whether W, one space after the Arabic number N at P, is a span of
 * time as PDF text sets it (提前 30 日重新核准, 之日起 3 日内, 拆表前 6 个月的):
 * a duration word that is no date's part -- not a month (3 月), not a day
 * after a month (3 月 30 日), not a year of a date (2025 年: only a number
 * below 100 counts years, 工作 3 年以上) -- set off by a space on its left
 * too, or ending its word (a particle of spaced_unit_particles, a mark). */
static bool
spaced_duration(const struct scanner *s, size_t p, const struct number *n, const struct unit_word *w)
{
	const char *t = s->in.text;
	size_t r = n->end + 1 + w->length, b = p;
	uint32_t c;

	if (!(w->roles & ROLE_BIT(ROLE_DURATION)) ||
	    (w->roles & (ROLE_BIT(ROLE_NOT_UNIT) | ROLE_BIT(ROLE_NOT_AFTER_SPACE) | ROLE_BIT(ROLE_MONTH))) ||
	    n->lost || n->value <= 0)
		return false;
	if ((w->roles & ROLE_BIT(ROLE_YEAR)) && n->value >= 100)
		return false;
	if (b > s->paragraph_start && t[b - 1] == ' ')
		b--;
	if ((w->roles & ROLE_BIT(ROLE_DAY)) && b >= s->paragraph_start + 3 && memcmp(t + b - 3, "月", 3) == 0)
		return false;
	if (t[p - 1] == ' ' || r >= s->in.length || t[r] == '\n' || after_spaced_unit(t + r, s->in.length - r))
		return true;
	utf8_decode(t + r, s->in.length - r, &c);
	return !utf8_is_han(c) && !is_ascii_letter(t[r]) && !is_ascii_digit(t[r]);
}

/* The unit one space after an Arabic number, as PDF text and some web
 * copies set units (受理申请 749 件，, 处 5000 元以下罚款): the number (from
 * P to N's end) is a spaced_number and the word after the space is a unit
 * of counting or measure or a currency (no span of time or date word:
 * 2025 年 is the date rules'; none marked not-after-space: 第 3 页); a
 * unit of counting or measure ends its word: no Han character, letter or
 * digit right after it, as in 条件, 项目, 次要, other than a particle of
 * spaced_unit_particles.  NULL when there is no such unit. */
static const struct unit_word *
spaced_unit(const struct scanner *s, size_t p, const struct number *n)
{
	const char *t = s->in.text;
	size_t q = n->end, r;
	uint32_t c;
	const struct unit_word *w;

	if (!spaced_number(s, p, n))
		return NULL;
	w = number_unit_at(&s->in, q + 1);
	if (w && spaced_duration(s, p, n, w))
		return w;
	if (!w || !(w->roles & (ROLE_BIT(ROLE_UNIT) | ROLE_BIT(ROLE_MEASURE) | ROLE_BIT(ROLE_CURRENCY))) ||
	    (w->roles & (ROLE_BIT(ROLE_DURATION) | ROLE_BIT(ROLE_NOT_UNIT) | ROLE_BIT(ROLE_NOT_AFTER_SPACE) |
			 ROLE_BIT(ROLE_YEAR) | ROLE_BIT(ROLE_MONTH) | ROLE_BIT(ROLE_DAY))))
		return NULL;
	/* Money is money whatever follows (5000 元以上); a count word must
	 * end its word. */
	if (w->roles & ROLE_BIT(ROLE_CURRENCY))
		return w;
	r = q + 1 + w->length;
	if (r < s->in.length && !after_spaced_unit(t + r, s->in.length - r)) {
		utf8_decode(t + r, s->in.length - r, &c);
		if (is_ascii_letter(t[r]) || is_ascii_digit(t[r]))
			return NULL;
		/* 重点领域 125 项信息公开任务: set off by spaces on both
		 * sides, the number counts what follows its unit; but not
		 * when the unit opens a word (表 1 项目, 符合 3 条件). */
		if (utf8_is_han(c) && (t[p - 1] != ' ' || opens_word_of_unit(t + q + 1, s->in.length - q - 1)))
			return NULL;
	}
	return w;
}

/* True when the multiplier of a spaced number ends at Q with nothing
 * after it that a word could go on with: a sentence mark or bracket, a
 * space, the end of the line, or a particle of spaced_unit_particles
 * (超 3170 万，, 达 1360 万以上); not a Han character, letter or digit
 * (5 万元 has its unit, 5 万多 goes on). */
static bool
multiplier_ends_figure(const struct scanner *s, size_t q)
{
	const char *t = s->in.text;
	uint32_t c;

	if (q >= s->in.length || t[q] == '\n' || t[q] == ' ' || after_spaced_unit(t + q, s->in.length - q))
		return true;
	utf8_decode(t + q, s->in.length - q, &c);
	return !utf8_is_han(c) && !is_ascii_letter(t[q]) && !is_ascii_digit(t[q]) && t[q] != '.';
}

/* A multiplier one space after an Arabic number, with a unit or currency
 * right after it (处 5 万元以上, 赔偿 120 万元), under the guards of
 * spaced_unit: scales N by it, sets *AT to the unit's offset and returns
 * the unit; NULL (N unchanged) when there is no such multiplier.  What an
 * unspaced number would have read after the space counts as well: the
 * multipliers from 万 up stacked as numbers stack them (增加 6 万亿元) and
 * one word of "more than" before or after them (6540 多亿元, 3 万多人),
 * or that word alone before a unit (1710 多项, 4120 多人; a count word
 * that ends its word, as spaced_unit asks).  A multiplier that ends the
 * figure (超 3170 万，) scales N and sets *AT past it, and NULL is
 * returned: a quantity without a unit. */
static const struct unit_word *
spaced_multiplier(const struct scanner *s, size_t p, struct number *n, size_t *at)
{
	const char *t = s->in.text;
	size_t q = n->end + 1, r, e;
	const struct unit_word *m, *w;
	double value = 1, previous = 0;
	int power = 0;
	bool approx = false, multiplied = false;
	uint32_t c;

	if (n->lost || !spaced_number(s, p, n))
		return NULL;
	for (r = q; r < s->in.length && !number_unit_at(&s->in, r); r += m->length) {
		m = units_lookup(s->in.units, t + r, s->in.length - r,
				 ROLE_BIT(ROLE_MULTIPLIER) | ROLE_BIT(ROLE_APPROX));
		if (!m)
			break;
		if (m->roles & ROLE_BIT(ROLE_APPROX)) {
			if (approx)
				break;
			approx = true;
			continue;
		}
		/* 万亿 stacks; 亿万 and 万万 do not */
		if (m->value < 10000 || m->power < 0 ||
		    (multiplied && m->value <= previous && !(m->value >= 1e8 && previous >= 1e8)))
			break;
		value *= m->value;
		power += m->power;
		previous = m->value;
		multiplied = true;
	}
	if (r == q || (!multiplied && !approx))
		return NULL;
	w = number_unit_at(&s->in, r);
	if (!w && multiplied && multiplier_ends_figure(s, r)) {
		/* 粉丝数累积超 3170 万，: the multiplier alone ends the
		 * figure, as 3170万， does. */
		n->value *= value;
		n->exponent += power;
		n->multiplied = true;
		if (n->run_end)
			n->run_power = power;
		*at = r;
		return NULL;
	}
	if (!w || !(w->roles & (ROLE_BIT(ROLE_UNIT) | ROLE_BIT(ROLE_MEASURE) | ROLE_BIT(ROLE_CURRENCY))) ||
	    (w->roles & (ROLE_BIT(ROLE_DURATION) | ROLE_BIT(ROLE_NOT_UNIT) | ROLE_BIT(ROLE_YEAR) |
			 ROLE_BIT(ROLE_MONTH) | ROLE_BIT(ROLE_DAY))))
		return NULL;
	if (!multiplied && !(w->roles & ROLE_BIT(ROLE_CURRENCY))) {
		/* 多项目: a count word straight after 多 must end its word */
		e = r + w->length;
		if (e < s->in.length && !after_spaced_unit(t + e, s->in.length - e)) {
			utf8_decode(t + e, s->in.length - e, &c);
			if (is_ascii_letter(t[e]) || is_ascii_digit(t[e]) ||
			    (utf8_is_han(c) && opens_word_of_unit(t + r, s->in.length - r)))
				return NULL;
		}
	}
	if (multiplied) {
		n->value *= value;
		n->exponent += power;
		n->multiplied = true;
		if (n->run_end)
			n->run_power = power;
	}
	*at = r;
	return w;
}

/* True when the lone 一 at P with its unit ending at END is a saying, not
 * a measure: the last stretch (最后一公里, 最后一米) or a step repeated
 * (一米一米地, 一公里一公里地). */
static bool
lone_one_saying(const struct scanner *s, size_t p, size_t end)
{
	const char *t = s->in.text;
	size_t n = end - p;

	if (p - s->paragraph_start >= 6 && memcmp(t + p - 6, "最后", 6) == 0)
		return true;
	return (end + n <= s->in.length && memcmp(t + end, t + p, n) == 0) ||
	       (p - s->paragraph_start >= n && memcmp(t + p - n, t + p, n) == 0);
}

/* An amount at P: a number with its unit.  Emits it and returns its end,
 * or 0 when there is no figure. */
static size_t
try_amount(struct scanner *s, size_t p, bool negative, size_t sign_start,
	   const struct unit_word *sign)
{
	struct number n;
	const struct unit_word *w;
	size_t q, start = negative ? sign_start : p, len;
	enum figure_kind kind;
	const char *unit = NULL;

	if (!number_read(&s->in, p, &n))
		return 0;
	q = n.end;
	/* 1.2.3, 3.5.2: versions and addresses */
	if (!n.chinese && q < s->in.length && s->in.text[q] == '.' &&
	    number_arabic_digit(s->in.text + q + 1, s->in.length - q - 1, &len) >= 0)
		return 0;
	w = number_unit_at(&s->in, q);
	if (!w && !sign && (w = spaced_unit(s, p, &n)) != NULL)
		q++;
	else if (!w && !sign)
		w = spaced_multiplier(s, p, &n, &q);
	if (!w && !n.multiplied) {
		/* A range: 3—5年, 20—30万元; the value is the upper end. */
		const struct unit_word *c = units_lookup(s->in.units, s->in.text + q,
							 s->in.length - q, ROLE_BIT(ROLE_RANGE));
		struct number m;
		const struct unit_word *mw;
		if (c && number_read(&s->in, q + c->length, &m) && m.chinese == n.chinese &&
		    (mw = number_unit_at(&s->in, m.end)) &&
		    !(mw->roles & (ROLE_BIT(ROLE_NOT_UNIT) | ROLE_BIT(ROLE_FRACTION)))) {
			bool chinese = n.chinese, lone_one = n.lone_one;
			size_t first_end = n.end;
			q = m.end;
			n = m;
			n.chinese = chinese;
			n.lone_one = lone_one;
			n.end = first_end;
			w = mw;
		}
	}
	if (w && (w->roles & ROLE_BIT(ROLE_NOT_UNIT)))
		return 0;
	/* 6.8级 is a magnitude, 三级医院 a grade of hospital, 二期工程 a
	 * phase */
	if (w && n.chinese && (w->roles & ROLE_BIT(ROLE_AFTER_DIGITS)))
		return 0;
	if (w && (w->roles & ROLE_BIT(ROLE_FRACTION))) {
		/* 三分之二 -> 66.67 % */
		struct number numerator;
		if (n.value == 0 || !number_read(&s->in, q + w->length, &numerator) ||
		    numerator.chinese != n.chinese)
			return 0;
		struct figure *f = emit(s, FIGURE_PERCENT, start, numerator.end, true,
					(negative ? -1 : 1) * numerator.value / n.value * 100,
					percent_unit);
		/* A quotient of numbers too long to hold has no value worth
		 * writing. */
		if (f && !(n.exact && numerator.exact))
			f->exact = false;
		return numerator.end;
	}
	if (sign) {
		if (w && !(w->roles & ROLE_BIT(ROLE_CURRENCY)))
			return 0;
		if (w)
			q += w->length;
		emit_number(s, FIGURE_MONEY, sign_start, q, &n, false, units_word_name(sign));
		return q;
	}
	if (w) {
		/* 一批 and 新的一年 are articles, 一年内 a time limit and
		 * 期限为一年 a term */
		if (n.lone_one && !(w->roles & ROLE_BIT(ROLE_UNIT_ONE)) &&
		    !((w->roles & ROLE_BIT(ROLE_DURATION)) &&
		      (units_lookup(s->in.units, s->in.text + q + w->length,
				    s->in.length - q - w->length, ROLE_BIT(ROLE_TIME_LIMIT)) ||
		       units_lookup_before(s->in.units, s->in.text, s->paragraph_start, p, ROLE_TERM))))
			return 0;
		if (n.lone_one && lone_one_saying(s, p, q + w->length))
			return 0;
		/* 三个“十条”: a count of names, not of things */
		if (n.chinese && units_lookup(s->in.units, s->in.text + q + w->length,
					      s->in.length - q - w->length, ROLE_BIT(ROLE_QUOTE)))
			return 0;
		/* "附件：1.2024年安全生产重点任务清单": a list label before a
		 * year, not 1.2024 years (no one writes years to four decimals). */
		if (!n.chinese && w->length == 3 && memcmp(w->text, "年", 3) == 0) {
			const char *dot = memchr(s->in.text + p, '.', n.end - p);
			if (dot && s->in.text + n.end - dot - 1 == 4)
				return 0;
		}
		q += w->length;
		/* A Latin unit must end its word: 5km, not 5kmh. */
		if (is_ascii_letter(w->text[w->length - 1]) && q < s->in.length &&
		    (is_ascii_letter(s->in.text[q]) || is_ascii_digit(s->in.text[q])))
			return 0;
		if (w->roles & ROLE_BIT(ROLE_PERCENT))
			kind = FIGURE_PERCENT;
		else if (w->roles & ROLE_BIT(ROLE_CURRENCY))
			kind = FIGURE_MONEY;
		else if (w->roles & ROLE_BIT(ROLE_DURATION))
			kind = FIGURE_DURATION;
		else
			kind = FIGURE_QUANTITY;
		unit = units_word_name(w);
	} else if (n.multiplied && (!n.chinese || (n.value >= 10000 && !n.lone_one))) {
		/* 6000万, 8000多万, 五百万: a quantity without a unit */
		kind = FIGURE_QUANTITY;
		if (q < s->in.length && is_ascii_letter(s->in.text[q]))
			return 0;
	} else if (!n.chinese && !n.lost && n.exponent < 0 && !negative && stands_alone(s, start, q)) {
		/* 25.20 alone in a table cell, or on a line of its own where
		 * a table was flattened one cell a line: a measured value
		 * whose unit stands in another cell. */
		kind = FIGURE_QUANTITY;
	} else {
		return 0;
	}
	emit_number(s, kind, start, q, &n, negative, unit);
	return q;
}

/* A fraction written with a slash mark (data/units: fraction-mark)
 * between two whole Arabic numbers, the numerator first: 不大于1/4者,
 * 约1/5的人口 -> 25 %, 20 %.  Emits it as a percent from START (before a
 * minus sign when NEGATIVE) and returns its end, or 0.  What else a slash
 * joins is no fraction: a date or a path runs on with another slash or a
 * digit's dot (2024/1/5 is the date rules', 1/2/3, 1/4.5), a name with a
 * letter (1/4a, 1/4.html); a season or a share of days is no proper
 * fraction (2023/24, 24/7), a month's year is a year (12/2024), numbers
 * in a row name places (13/14街坊), a page of so many is no share (第
 * 1/2 页, 1/3页: no unit after a fraction, no 第 before it), and a
 * telephone number's halves are too long (a numerator of up to three
 * digits, a denominator of up to six). */
static size_t
try_slash_fraction(struct scanner *s, size_t p, bool negative, size_t start)
{
	const struct unit_table *u = s->in.units;
	const char *t = s->in.text;
	size_t n = s->in.length, q, e, len;
	const struct unit_word *mark;
	struct numeral numerator, denominator;

	if (!read_integer(s, p, &numerator, &q) || numerator.chinese || numerator.digits > 3 ||
	    numerator.value < 1 ||
	    !(mark = units_lookup(u, t + q, n - q, ROLE_BIT(ROLE_FRACTION_MARK))) ||
	    !read_integer(s, q + mark->length, &denominator, &e) || denominator.chinese ||
	    denominator.digits > 6 || denominator.value <= numerator.value)
		return 0;
	/* 进贤路13/14等街坊: two numbers in a row name neighbouring places
	 * (blocks, buildings); the fraction 13/14 is not written. */
	if (numerator.value >= 10 && denominator.value == numerator.value + 1)
		return 0;
	/* 12/2024: a month and its year */
	if (denominator.digits == 4 && denominator.value >= u->year_first &&
	    denominator.value <= u->year_last)
		return 0;
	/* 第 1/2 页, 1/3页: a page of so many, as a PDF's footer counts */
	if (number_unit_at(&s->in, e) || (p >= s->paragraph_start + 3 && memcmp(t + p - 3, "第", 3) == 0) ||
	    (p >= s->paragraph_start + 4 && t[p - 1] == ' ' && memcmp(t + p - 4, "第", 3) == 0))
		return 0;
	if (e < n && (is_ascii_letter(t[e]) || t[e] == '_' ||
		      units_lookup(u, t + e, n - e,
				   ROLE_BIT(ROLE_FRACTION_MARK) | ROLE_BIT(ROLE_DATE_SEP) |
				   ROLE_BIT(ROLE_DAY)) ||
		      (t[e] == '.' && e + 1 < n &&
		       (number_arabic_digit(t + e + 1, n - e - 1, &len) >= 0 || is_ascii_letter(t[e + 1])))))
		return 0;
	emit(s, FIGURE_PERCENT, start, e, true,
	     (negative ? -1.0 : 1.0) * (double)numerator.value / (double)denominator.value * 100,
	     percent_unit);
	return e;
}

/* Where the second number of a range after the ordinal number ending at
 * Q starts (第267--288页: a range mark, or a run of them, then a number of
 * the same script), or 0. */
static size_t
ordinal_range_end(const struct scanner *s, size_t q, bool chinese)
{
	const struct unit_word *c;
	struct numeral m;
	size_t r = q, end;

	while ((c = units_lookup(s->in.units, s->in.text + r, s->in.length - r,
				 ROLE_BIT(ROLE_RANGE))))
		r += c->length;
	if (r == q || !read_integer(s, r, &m, &end) || m.chinese != chinese)
		return 0;
	return r;
}

/* 第3期, 第十三届 (kind ordinal), and orders: 国务院令第709号 (docno). */
static size_t
try_ordinal(struct scanner *s, size_t p, const struct unit_word *mark)
{
	const struct unit_table *u = s->in.units;
	const char *t = s->in.text;
	size_t q = p + mark->length;
	const struct unit_word *w, *order;
	struct numeral n;
	size_t range_end, number_start;

	if (!read_integer(s, q, &n, &q))
		return 0;
	number_start = q - n.length;
	order = units_lookup_before(u, t, s->paragraph_start, p, ROLE_DOCNO_ORDER);
	w = units_lookup(u, t + q, s->in.length - q, ROLE_BIT(ROLE_DOCNO_NUMBER));
	if (order && w && !n.chinese) {
		size_t start = issuer_start(s, p - order->length, ISSUER_NAME_MAX);
		drop_from(s, start);
		emit(s, FIGURE_DOCNO, start, q + w->length, false, 0, NULL);
		return q + w->length;
	}
	/* A range of pages or articles is one ordinal: 第267--288页, 第3至5条. */
	range_end = ordinal_range_end(s, q, n.chinese);
	if (range_end) {
		read_integer(s, range_end, &n, &q);
		number_start = range_end;
	}
	w = units_lookup(u, t + q, s->in.length - q,
			 ROLE_BIT(ROLE_UNIT) | ROLE_BIT(ROLE_UNIT_ONE) | ROLE_BIT(ROLE_MEASURE) |
			 ROLE_BIT(ROLE_DURATION) |
			 ROLE_BIT(ROLE_ORDINAL_UNIT) | ROLE_BIT(ROLE_NOT_UNIT) | ROLE_BIT(ROLE_CURRENCY) |
			 ROLE_BIT(ROLE_DOCNO_NUMBER));
	/* 第四次会议 is an ordinal with its unit, 三次产业 no figure at all. */
	if (w && (w->roles & ROLE_BIT(ROLE_NOT_UNIT)) && !(w->roles & ROLE_BIT(ROLE_ORDINAL_UNIT)))
		w = NULL;
	if (w)
		q += w->length;
	{
		/* Past 15 digits numeral_read keeps the first 15: the value is
		 * the run as written. */
		struct number whole = { .value = (double)n.value, .exact = true };
		if (!n.chinese && n.digits > 15) {
			whole.exact = false;
			whole.lost = true;
			whole.run_start = number_start;
			whole.run_end = number_start + n.length;
		}
		emit_number(s, FIGURE_ORDINAL, p, q, &whole, false, w ? w->text : NULL);
	}
	return q;
}

/* Past the run of number characters at P (digits, separators, Chinese
 * numerals and multipliers, and for Arabic digits the letters of a name
 * such as 5G): where scanning goes on after a number that is no figure. */
static size_t
skip_number(const struct scanner *s, size_t p)
{
	const char *t = s->in.text;
	size_t n = s->in.length, q = p, len;

	while (q < n) {
		const struct unit_word *w;
		if (number_arabic_digit(t + q, n - q, &len) >= 0 ||
		    number_chinese_digit(&s->in, q, &len) >= 0) {
			q += len;
			continue;
		}
		if (t[q] == '.' || t[q] == ',' || is_ascii_letter(t[q]) || t[q] == '_') {
			if (q == p)
				break;
			q++;
			continue;
		}
		w = units_lookup(s->in.units, t + q, n - q, ROLE_BIT(ROLE_MULTIPLIER));
		if (!w)
			break;
		q += w->length;
	}
	if (q == p)
		q += utf8_length(t + p, n - p);
	return q;
}

/* Longest quotation (in characters) whose Chinese numerals name a slogan. */
enum { SLOGAN_CHARS = 12 };

/* True when the Chinese numeral at P stands right after an opening quote,
 * or inside a short quotation: “三项”制度, “两个一百年”, “十四五”. */
static bool
in_slogan(const struct scanner *s, size_t p)
{
	size_t q, chars;

	if (p > s->paragraph_start &&
	    units_lookup_before(s->in.units, s->in.text, s->paragraph_start, p, ROLE_QUOTE))
		return true;
	if (s->quote_open == SIZE_MAX || p - s->quote_open > 4 * SLOGAN_CHARS)
		return false;
	chars = u8_mbsnlen((const uint8_t *)s->in.text + s->quote_open, p - s->quote_open);
	for (q = p; q < s->in.length && s->in.text[q] != '\n' && chars <= SLOGAN_CHARS; chars++) {
		uint32_t c;
		const struct unit_word *w = units_lookup(s->in.units, s->in.text + q,
							 s->in.length - q, ROLE_BIT(ROLE_QUOTE_END));
		if (w)
			return true;
		q += utf8_decode(s->in.text + q, s->in.length - q, &c);
	}
	return false;
}

/* True when the Chinese numeral at P is a measurement: two numeral
 * characters or more, then a unit of measure (“二十五度”, “五十米”).  A
 * slogan counts things (“三项”, “四个全面”), it does not measure them. */
static bool
measured(const struct scanner *s, size_t p)
{
	struct number n;
	const struct unit_word *w;

	return number_read(&s->in, p, &n) && n.chinese &&
	       u8_mbsnlen((const uint8_t *)s->in.text + p, n.end - p) >= 2 &&
	       (w = number_unit_at(&s->in, n.end)) != NULL && (w->roles & ROLE_BIT(ROLE_MEASURE));
}

/* A number starts at P: find what figure it is. */
static size_t
at_number(struct scanner *s, size_t p, bool arabic)
{
	const char *t = s->in.text;
	size_t q, e, sign_start = p;
	const struct unit_word *sign = NULL;
	bool negative = false;

	if (arabic) {
		sign = p > s->paragraph_start ?
		       units_lookup_before(s->in.units, t, s->paragraph_start, p, ROLE_SIGN) : NULL;
		if (sign) {
			sign_start = p - sign->length;
		} else if (p > s->paragraph_start) {
			/* Part of a name: PM2.5, M2, COVID-19, www.12345.cn */
			char before = t[p - 1];
			/* %E2%80%9C: an address's percent-escapes */
			if (is_ascii_letter(before) || before == '_' || before == '%' ||
			    ((before == '-' || before == '.' || before == '/') && p - 1 > s->paragraph_start &&
			     (is_ascii_letter(t[p - 2]) || is_ascii_digit(t[p - 2]))))
				return skip_number(s, p);
			if (before == '-' && (p - 1 == s->paragraph_start || !is_ascii_digit(t[p - 2]))) {
				negative = true;
				sign_start = p - 1;
			} else if (p - s->paragraph_start >= 3 && memcmp(t + p - 3, "−", 3) == 0) {
				negative = true;
				sign_start = p - 3;
			}
		}
		if (!sign && (e = try_docno(s, p)))
			return e;
	} else if (in_slogan(s, p) && !measured(s, p)) {
		return skip_number(s, p);     /* “三项”制度, “两个一百年” */
	}
	if (!sign) {
		if ((e = try_date(s, p)))
			return e;
		if (arabic && (e = try_day_name(s, p)))
			return e;
	}
	if (arabic && !sign && (q = try_slash_fraction(s, p, negative, sign_start)))
		return q;
	if ((q = try_amount(s, p, negative, sign_start, sign)))
		return q;
	return skip_number(s, p);
}

static size_t
label_length(const struct scanner *s, const struct outline_node *node)
{
	return node->label ? outline_label_span(node, s->in.text, s->in.length) : 0;
}

/* When P is inside a heading label, the offset after it; else P. */
static size_t
past_label(const struct scanner *s, struct labels *l, size_t p)
{
	if (!l->outline)
		return p;
	while (l->next < l->outline->count) {
		const struct outline_node *node = l->outline->nodes[l->next];
		size_t n;
		/* (Most numbers are before the next heading: its label is
		 * not measured for them.) */
		if (node->offset > p)
			break;
		n = label_length(s, node);
		if (node->offset + n <= p) {
			l->next++;
			continue;
		}
		if (node->offset <= p)
			return node->offset + n;
		break;
	}
	return p;
}

/* Source places and sections of ITEMS, in one walk along them: counting
 * characters on from the previous figure, not from the start of its span,
 * and headings on from the previous figure's (outline_section_at, without
 * a search from the start for each figure). */
static void
place_figures(const struct doc *doc, const struct outline *outline, struct figure *items,
	      size_t count)
{
	struct doc_cursor cursor = { 0 };
	size_t heading = outline && count > 0 ? outline_count_before(outline, items[0].offset) : 0;

	for (size_t i = 0; i < count; i++) {
		struct figure *f = &items[i];
		const struct outline_node *node;
		doc_locate_next(doc, &cursor, f->offset, &f->line, &f->column);
		if (!outline) {
			f->section = NULL;
			continue;
		}
		/* HEADING: the headings whose label stands at or before it */
		while (heading < outline->count && outline->nodes[heading]->offset <= f->offset)
			heading++;
		node = heading > 0 ? outline->nodes[heading - 1] : &outline->root;
		while (node->parent && f->offset >= node->end)
			node = node->parent;
		f->section = node;
	}
}

/* The row and column headers of ITEMS that stand in cells of tables. */
static void
place_in_tables(const struct doc *doc, struct figure *items, size_t count)
{
	struct table_text_memo memo = TABLE_TEXT_MEMO_INIT;

	for (size_t i = 0; i < count; i++) {
		struct figure *f = &items[i];
		struct table_cell cell;
		if (!table_cell_at(doc, f->offset, &cell)) {
			cell = (struct table_cell){ 0 };
			table_text_row_header(doc, f->offset, &memo, &cell.row_header_offset,
					      &cell.row_header_length);
		}
		f->row_header = cell.row_header_offset;
		f->row_header_length = cell.row_header_length;
		f->column_header = cell.column_header_offset;
		f->column_header_length = cell.column_header_length;
	}
}

/* True for the kinds that measure something: a count, an amount of money,
 * a share.  Dates, durations, document numbers and ordinals have no
 * subject. */
static bool
has_subject(enum figure_kind kind)
{
	return kind == FIGURE_QUANTITY || kind == FIGURE_MONEY || kind == FIGURE_PERCENT;
}

/* Longest list of figures whose subjects a 分别 hands out in order. */
enum { RESPECTIVE_MAX = 16 };

/* Hands out the subject of ITEMS[FIRST] over the COUNT figures from it,
 * which share it after a predicate with 分别: 基础设施投资、工业投资分别增长
 * 3.2%、8.5% (subject_items).  Leaves them alone when the subject does not
 * name COUNT things. */
static void
hand_out(const struct doc *doc, struct figure *items, size_t first, size_t count, bool shared)
{
	struct subject_item parts[RESPECTIVE_MAX];
	struct figure *f = &items[first];

	if (count < 2 || count > RESPECTIVE_MAX)
		return;
	if (shared) {
		/* 城镇居民人均可支配收入达到10493元，农村居民人均纯收入达到
		 * 3255元，…分别增长9.6%和6.2%: the subjects of the figures
		 * before, in the same sentence, one each. */
		size_t found = 0, j = first;
		while (j > 0 && found < count) {
			const struct figure *g = &items[j - 1];
			const struct figure *next = &items[j];
			if (g->subject_length == 0 ||
			    !subject_next_clause(doc->text, g->offset + g->length, next->offset))
				break;
			if (found == 0 || parts[found - 1].offset != g->subject) {
				parts[found].offset = g->subject;
				parts[found].length = g->subject_length;
				found++;
			}
			j--;
		}
		if (found != count)
			return;
		for (size_t k = 0; k < count; k++) {
			items[first + k].subject = parts[count - 1 - k].offset;
			items[first + k].subject_length = parts[count - 1 - k].length;
		}
		return;
	}
	if (!subject_items(doc->text, f->subject, f->subject_length, parts, count))
		return;
	for (size_t k = 0; k < count; k++) {
		items[first + k].subject = parts[k].offset;
		items[first + k].subject_length = parts[k].length;
	}
}

/* The subjects of ITEMS (in document order) and their source places: the
 * clause before each figure (subject_read), from no further back than
 * the figure before; a clause with no noun of its own shares the subject
 * of the figure before when it goes on that figure's sentence, or else
 * takes the noun after it.  In a table cell the subject is the row's
 * header. */
static void
place_subjects(const struct doc *doc, struct figure *items, size_t count)
{
	struct doc_cursor cursor = { 0 };
	size_t run = 0, run_count = 0;   /* figures sharing a subject after 分别 */
	bool run_shared = false;         /* the first of them shares it too */
	const struct figure *before = NULL;  /* the last figure that measures */
	size_t actor = 0, actor_length = 0;  /* BEFORE's subject_read actor */

	for (size_t i = 0; i < count; i++) {
		struct figure *f = &items[i];
		size_t floor;
		struct subject s = { 0 };
		bool shared = false;

		/* Only a figure that measures something bounds the clause of
		 * the next: a date or a duration may stand inside a noun
		 * (各类公园二十四小时开放比例), and ordinals come and go with
		 * --kind. */
		if (i > 0 && has_subject(items[i - 1].kind))
			before = &items[i - 1];
		floor = before ? before->offset + before->length : 0;

		f->subject = f->offset;
		f->subject_length = 0;
		f->subject_line = f->subject_column = 0;
		f->change = false;
		if (has_subject(f->kind) && f->row_header_length > 0) {
			f->subject = f->row_header;
			f->subject_length = f->row_header_length;
		} else if (has_subject(f->kind)) {
			if (floor > f->offset)   /* a figure inside another's span */
				floor = f->offset;
			subject_read(doc->text, doc->text_length, floor, f->offset,
				     f->offset + f->length, &s);
			f->subject = s.offset;
			f->subject_length = s.length;
			f->change = s.change;
			/* 新增40.8万青年留渝来渝、33万农民工就近就业: after a
			 * figure with its noun after it, a listed figure has its
			 * own. */
			bool own_after = s.after_length > 0 && before &&
					 before->subject > before->offset;
			if (s.length == 0 && (s.predicate || s.listed) && before &&
			    before->subject_length > 0 && !own_after &&
			    subject_next_clause(doc->text, floor, s.clause)) {
				/* 地区生产总值跨越3个千亿元台阶，达到1.5万亿元:
				 * the clause goes on about the doer, not the
				 * steps */
				bool doer = actor_length > 0 && s.predicate;
				f->subject = doer ? actor : before->subject;
				f->subject_length = doer ? actor_length : before->subject_length;
				if (!s.predicate)
					f->change = before->change;
				shared = true;
			} else if (s.length == 0 && s.after_length > 0) {
				f->subject = s.after;
				f->subject_length = s.after_length;
				if (s.listed && before)
					f->change = before->change;
				if (s.betters)
					f->change = false;
			} else if (s.length == 0 && s.topic_length > 0) {
				f->subject = s.topic;
				f->subject_length = s.topic_length;
			}
		}
		if (has_subject(f->kind)) {
			actor = s.actor;
			actor_length = f->row_header_length > 0 ? 0 : s.actor_length;
		}
		if (shared && s.listed && run_count > 0) {
			run_count++;
			continue;
		}
		hand_out(doc, items, run, run_count, run_shared);
		run_count = 0;
		if (has_subject(f->kind) && f->row_header_length == 0 && s.respectively &&
		    f->subject_length > 0) {
			run = i;
			run_count = 1;
			run_shared = shared;
		}
	}
	hand_out(doc, items, run, run_count, run_shared);
	for (size_t i = 0; i < count; i++) {
		struct figure *f = &items[i];
		if (f->subject_length > 0)
			doc_locate_next(doc, &cursor, f->subject, &f->subject_line,
					&f->subject_column);
	}
}

/* Whether a word's first byte is its lowest (true on every machine
 * baogao is built for; the compiler folds it to a constant). */
static inline bool
is_little_endian(void)
{
	const uint16_t one = 1;
	unsigned char first;

	memcpy(&first, &one, 1);
	return first == 1;
}

/* Past the three-byte characters from I (before TO) that start nothing:
 * most of a report is Chinese text, read here two characters at a time
 * with nothing else to do (the text ends in a NUL, so a character cut
 * short stops at it).  A loop of utf8_decode here makes the scan a fifth
 * slower. */
static size_t
skip_plain(const uint8_t *start, const unsigned char *t, size_t i, size_t to, size_t n)
{
	/* Two characters' lead and continuation bytes checked at once in a
	 * word of eight bytes (the two after them may be the NUL at N). */
	const uint64_t form = UINT64_C(0xc0c0f0c0c0f0), lead3 = UINT64_C(0x8080e08080e0);
	size_t words_to = n > 0 && n - 1 < to ? n - 1 : to;

	while (i + 6 <= words_to) {
		uint64_t w;
		uint32_t uc, ud;
		memcpy(&w, t + i, 8);
		if (!is_little_endian() || (w & form) != lead3)
			break;
		uc = (uint32_t)((w & 0x0f) << 12 | (w >> 2 & 0xfc0) | (w >> 16 & 0x3f));
		ud = (uint32_t)((w >> 24 & 0x0f) << 12 | (w >> 26 & 0xfc0) | (w >> 40 & 0x3f));
		if ((start[uc >> 3] >> (uc & 7) | start[ud >> 3] >> (ud & 7)) & 1)
			break;
		i += 6;
	}
	while (i + 6 <= to) {
		unsigned c = t[i], c1 = t[i + 1], c2 = t[i + 2];
		unsigned d = t[i + 3], d1 = t[i + 4], d2 = t[i + 5], uc, ud;
		if (((c ^ 0xe0) | (d ^ 0xe0)) >= 0x10 ||
		    ((c1 ^ 0x80) | (c2 ^ 0x80) | (d1 ^ 0x80) | (d2 ^ 0x80)) >= 0x40)
			break;
		uc = (c & 0x0f) << 12 | (c1 & 0x3f) << 6 | (c2 & 0x3f);
		ud = (d & 0x0f) << 12 | (d1 & 0x3f) << 6 | (d2 & 0x3f);
		if ((start[uc >> 3] >> (uc & 7) | start[ud >> 3] >> (ud & 7)) & 1)
			break;
		i += 6;
	}
	while (i < to) {
		unsigned c = t[i], c1, c2, uc;
		if (c - 0xe0 >= 0x10)
			break;
		c1 = t[i + 1];
		c2 = t[i + 2];
		if (((c1 ^ 0x80) | (c2 ^ 0x80)) >= 0x40)
			break;       /* not two continuation bytes */
		uc = (c & 0x0f) << 12 | (c1 & 0x3f) << 6 | (c2 & 0x3f);
		if (start[uc >> 3] >> (uc & 7) & 1)
			break;
		i += 3;
	}
	return i;
}

/* Whether the number at P, inside book-title marks, follows a word that
 * makes it a count of what the title lists (data/units: title-count):
 * 《关于修改〈上海市河道管理条例〉等7件地方性法规的决定》 amends seven
 * regulations.  Any other number in a title is part of a name. */
static bool
title_count(const struct scanner *s, size_t p)
{
	return units_lookup_before(s->in.units, s->in.text, s->paragraph_start, p,
				   ROLE_TITLE_COUNT) != NULL;
}

/* Scans the text from I, the start of a paragraph, to TO; returns where it
 * stopped: TO, unless a figure reached past it. */
static size_t
scan(struct scanner *s, size_t i, size_t to)
{
	const struct unit_table *units = s->in.units;
	const char *t = s->in.text;
	size_t n = s->in.length;

	while (i < to) {
		unsigned char c = (unsigned char)t[i];
		const struct unit_word *w;
		uint32_t uc;
		size_t k, p;

		if (c >= 0xe0 && c < 0xf0) {
			i = skip_plain(units->start, (const unsigned char *)t, i, to, n);
			if (i >= to)
				break;
			c = (unsigned char)t[i];
		}
		if (c >= '0' && c <= '9') {
			if (s->title_depth > 0 && !title_count(s, i)) {
				i = skip_number(s, i);
				continue;
			}
			p = past_label(s, &s->labels, i);
			i = p != i ? p : at_number(s, i, true);
			continue;
		}
		if (c == '\n') {
			s->title_depth = 0;
			s->quote_open = SIZE_MAX;
			s->paragraph_start = ++i;
			continue;
		}
		k = utf8_decode(t + i, n - i, &uc);
		if (!units_bit(units->start, uc)) {
			i += k;
			continue;
		}
		w = units_lookup(units, t + i, n - i,
				 ROLE_BIT(ROLE_TITLE) | ROLE_BIT(ROLE_TITLE_END) | ROLE_BIT(ROLE_QUOTE) |
				 ROLE_BIT(ROLE_QUOTE_END) | ROLE_BIT(ROLE_ORDINAL) |
				 ROLE_BIT(ROLE_PERCENT_OF) | ROLE_BIT(ROLE_SHARE));
		if (w && (w->roles & (ROLE_BIT(ROLE_QUOTE) | ROLE_BIT(ROLE_QUOTE_END)))) {
			/* “ opens, ” closes; " does either */
			if (s->quote_open != SIZE_MAX && (w->roles & ROLE_BIT(ROLE_QUOTE_END)))
				s->quote_open = SIZE_MAX;
			else if (w->roles & ROLE_BIT(ROLE_QUOTE))
				s->quote_open = i + w->length;
			i += w->length;
			continue;
		}
		if (w && (w->roles & ROLE_BIT(ROLE_TITLE))) {
			s->title_depth++;
			i += w->length;
			continue;
		}
		if (w && (w->roles & ROLE_BIT(ROLE_TITLE_END))) {
			if (s->title_depth > 0)
				s->title_depth--;
			i += w->length;
			continue;
		}
		if (s->title_depth > 0) {
			if (title_count(s, i) &&
			    (units_bit(units->digit, uc) ||
			     ((w = units_lookup(units, t + i, n - i, ROLE_BIT(ROLE_MULTIPLIER))) &&
			      w->value == 10)))
				i = at_number(s, i, false);
			else
				i += k;
			continue;
		}
		p = past_label(s, &s->labels, i);
		if (p != i) {
			i = p;
			continue;
		}
		if (w && (w->roles & ROLE_BIT(ROLE_ORDINAL))) {
			i = (p = try_ordinal(s, i, w)) ? p : i + w->length;
			continue;
		}
		if (w && (w->roles & ROLE_BIT(ROLE_SHARE)) && !in_slogan(s, i)) {
			/* 减少一半 -> 50 % */
			emit(s, FIGURE_PERCENT, i, i + w->length, true, w->value, percent_unit);
			i += w->length;
			continue;
		}
		if (w && (w->roles & ROLE_BIT(ROLE_PERCENT_OF))) {
			/* 百分之十, 千分之三点五 */
			struct number num;
			if (number_read(&s->in, i + w->length, &num)) {
				emit_number(s, FIGURE_PERCENT, i, num.end, &num, false,
					    units_word_name(w));
				i = num.end;
				continue;
			}
		}
		if (number_arabic_digit(t + i, n - i, &p) >= 0)
			i = at_number(s, i, true);
		else if (units_bit(units->digit, uc) ||
			 ((w = units_lookup(units, t + i, n - i, ROLE_BIT(ROLE_MULTIPLIER))) && w->value == 10))
			i = at_number(s, i, false);
		else
			i += k;
	}
	return i;
}

/* Figures reserved at the start per byte of text: a dense report has one
 * every hundred bytes or so; pages never written cost nothing. */
enum { BYTES_PER_FIGURE = 128 };

/* The arrays the scan of one stretch of text leaves for the next
 * (figures_extract_each): pages of an array once written are written
 * again, not faulted in afresh for every stretch.  ITEMS[k] is NULL or
 * malloc'd, of CAPACITY[k] figures, none of them owned. */
struct spares {
	struct figure *items[2];
	size_t capacity[2];
};

/* Starts a scanner over DOC from FROM, a paragraph's start, with room for
 * the figures of LENGTH bytes: in *SPARE (of *SPARE_CAPACITY figures; both
 * taken, and left NULL and 0) when given one, else in a new array. */
static void
scanner_init(struct scanner *s, const struct doc *doc, const struct outline *outline,
	     const struct unit_table *units, unsigned kinds, size_t from, size_t length,
	     struct figure **spare, size_t *spare_capacity)
{
	struct figure *items = spare ? *spare : NULL;
	size_t room = spare ? *spare_capacity : 0;

	if (spare) {
		*spare = NULL;
		*spare_capacity = 0;
	}
	memset(s, 0, sizeof *s);
	s->in.units = units;
	s->in.text = doc->text;
	s->in.length = doc->text_length;
	s->kinds = kinds;
	units_date_grammar(units, &s->dates);
	s->quote_open = SIZE_MAX;
	s->paragraph_start = from;
	s->labels.outline = outline;
	/* Headings before FROM end before it (a label never holds a '\n'): a
	 * scan from the start would have passed them all by FROM. */
	s->labels.next = outline && from > 0 ? outline_count_before(outline, from) : 0;
	s->capacity = length / BYTES_PER_FIGURE + 256;
	if (items && room >= s->capacity) {
		s->items = items;
		s->capacity = room;
		return;
	}
	s->items = items ? realloc(items, s->capacity * sizeof *s->items)
			 : malloc(s->capacity * sizeof *s->items);
	if (!s->items) {
		free(items);
		s->failed = true;
	}
}

/* One of the two halves of a text scanned at once. */
struct half {
	struct scanner s;
	const struct doc *doc;
	const struct outline *outline;
	size_t from, to;
	size_t end;               /* where the scan stopped: TO, unless a
	                             figure ran on past it */
};

/* (SPARES: NULL, or the spares whose K-th the half takes.) */
static void
half_init(struct half *h, const struct doc *doc, const struct outline *outline,
	  const struct unit_table *units, unsigned kinds, size_t from, size_t to, size_t room,
	  struct spares *spares, int k)
{
	scanner_init(&h->s, doc, outline, units, kinds, from, room, spares ? &spares->items[k] : NULL,
		     spares ? &spares->capacity[k] : NULL);
	h->doc = doc;
	h->outline = outline;
	h->from = from;
	h->to = to;
	h->end = from;
}

static void
scan_half(void *arg)
{
	struct half *h = arg;

	if (h->s.failed)
		return;
	h->end = scan(&h->s, h->from, h->to);
	if (!h->s.failed && !(h->s.kinds & FIGURES_COUNT_ONLY)) {
		place_figures(h->doc, h->outline, h->s.items, h->s.count);
		place_in_tables(h->doc, h->s.items, h->s.count);
		place_subjects(h->doc, h->s.items, h->s.count);
	}
}

/* Keeps the ITEMS whose kind is in KINDS, in order; returns how many. */
static size_t
keep_kinds(struct figure *items, size_t count, unsigned kinds)
{
	size_t kept = 0;

	for (size_t i = 0; i < count; i++) {
		if (kinds & (1u << items[i].kind))
			items[kept++] = items[i];
		else
			free(items[i].decimal);
	}
	return kept;
}

/* Figures moved at a time from the second half's array to the first's:
 * the second's shrinks behind them, so the two are never both whole. */
enum { FIGURES_MOVED_AT_ONCE = 8192 };

/* Copies the COUNT figures of ITEMS (malloc'd) to TO, the last first,
 * shrinking ITEMS behind them (an allocator gives the freed end of a large
 * block back at once), and frees ITEMS. */
static void
append_shrinking(struct figure *to, struct figure *items, size_t count)
{
	while (count > FIGURES_MOVED_AT_ONCE) {
		struct figure *shrunk;
		count -= FIGURES_MOVED_AT_ONCE;
		memcpy(to + count, items + count, FIGURES_MOVED_AT_ONCE * sizeof *items);
		/* (Shrinking in place: a failure leaves ITEMS as it was.) */
		shrunk = realloc(items, count * sizeof *items);
		if (shrunk)
			items = shrunk;
	}
	if (count > 0)
		memcpy(to, items, count * sizeof *items);
	free(items);
}

/* Gives the second half's array, its figures copied or dropped, to
 * SPARES, or frees it without them.  Given once already (a figure ran on
 * past the split), the half holds none, and SPARES keeps the one it has. */
static void
spare_second(struct half *second, struct spares *spares)
{
	if (spares && second->s.items) {
		free(spares->items[1]);
		spares->items[1] = second->s.items;
		spares->capacity[1] = second->s.capacity;
	} else if (!spares) {
		free(second->s.items);
	}
	second->s.items = NULL;
	second->s.count = 0;
}

/* The figures of DOC's text [FROM, TO), FROM a paragraph's start, into
 * OUT as figures_extract gives them; *CLEAN says whether the scan stopped
 * at TO with a paragraph starting there, so that the scan of the text
 * after it may start afresh (always so when TO is the text's end).  With
 * SPARES, the halves are scanned into its arrays, the second's given back
 * to it after; *OUT_CAPACITY gets the room of OUT's array. */
static enum bg_status
extract_range(const struct doc *doc, const struct outline *outline,
	      const struct unit_table *units, unsigned kinds, size_t thread_min, size_t from,
	      size_t to, struct spares *spares, struct figure_list *out, size_t *out_capacity,
	      bool *clean)
{
	size_t split = from + job_split_point(doc->text + from, to - from,
					      thread_min ? thread_min : FIGURES_THREAD_MIN, '\n');
	struct half first, second = { .s.failed = false };
	const struct half *last = &first;

	out->items = NULL;
	out->count = 0;
	/* Room for both halves' figures: the second's are copied in after. */
	/* The figures of the default kinds are found whatever KINDS asks for
	 * and dropped at the end: the figure before a figure bounds its
	 * subject and may lend it one, and a subject must not change with
	 * --kind. */
	half_init(&first, doc, outline, units, kinds | FIGURE_KINDS_DEFAULT, from, split,
		  split - from, spares, 0);
	if (split == to) {
		scan_half(&first);
	} else {
		/* Every paragraph starts afresh (quotes, titles, the
		 * paragraph's start), so a large text is scanned in two halves
		 * at once, split between paragraphs; the figures of the second
		 * follow the first's. */
		half_init(&second, doc, outline, units, kinds | FIGURE_KINDS_DEFAULT, split, to,
			  to - split, spares, 1);
		job_pair(scan_half, &first, scan_half, &second);
		last = &second;
		if (!first.s.failed &&
		    (first.end != split || first.s.paragraph_start != split || second.s.failed)) {
			/* A figure ran on past the split: go on from there alone. */
			free_decimals(second.s.items, second.s.count);
			spare_second(&second, spares);
			first.from = first.end;
			first.to = to;
			scan_half(&first);
			last = &first;
		}
	}
	*clean = to == doc->text_length || (last->end == to && last->s.paragraph_start == to);
	if (!first.s.failed && second.s.count > 0 &&
	    !ARRAY_RESERVE(first.s.items, first.s.capacity, first.s.count + second.s.count))
		first.s.failed = true;
	if (first.s.failed) {
		free_decimals(second.s.items, second.s.count);
		free(second.s.items);
		free_decimals(first.s.items, first.s.count);
		free(first.s.items);
		return BG_ERR_NOMEM;
	}
	if (spares) {
		/* (The figures' decimals go with their copies.) */
		if (second.s.count > 0)
			memcpy(first.s.items + first.s.count, second.s.items,
			       second.s.count * sizeof *second.s.items);
		first.s.count += second.s.count;
		spare_second(&second, spares);
	} else {
		append_shrinking(first.s.items + first.s.count, second.s.items, second.s.count);
		first.s.count += second.s.count;
	}
	out->items = first.s.items;
	out->count = keep_kinds(first.s.items, first.s.count, kinds);
	if (out_capacity)
		*out_capacity = first.s.capacity;
	return BG_OK;
}

enum bg_status
figures_extract(const struct doc *doc, const struct outline *outline,
		const struct unit_table *units, unsigned kinds, size_t thread_min,
		struct figure_list *out)
{
	bool clean;

	return extract_range(doc, outline, units, kinds, thread_min, 0, doc->text_length, NULL, out,
			     NULL, &clean);
}

enum bg_status
figures_extract_each(const struct doc *doc, const struct outline *outline,
		     const struct unit_table *units, unsigned kinds, size_t stretch,
		     size_t thread_min, figures_each_fn *each, void *arg)
{
	size_t length = doc->text_length, from = 0;
	struct spares spares = { { NULL, NULL }, { 0, 0 } };
	enum bg_status st = BG_OK;

	while (from < length && st == BG_OK) {
		struct figure_list run;
		size_t to = from;
		bool clean = false;

		/* A stretch ends after a line end, where a paragraph starts;
		 * when a figure (or a quotation, a title) runs on over its
		 * end, it is scanned again with the next, as one scan of both
		 * would have found it. */
		while (!clean) {
			const char *at;
			to = length - to > stretch ? to + stretch : length;
			at = to < length ? memchr(doc->text + to, '\n', length - to) : NULL;
			to = at ? (size_t)(at - doc->text) + 1 : length;
			st = extract_range(doc, outline, units, kinds, thread_min, from, to, &spares,
					   &run, &spares.capacity[0], &clean);
			if (st != BG_OK)
				break;
			if (!clean) {
				free_decimals(run.items, run.count);
				spares.items[0] = run.items;
			}
		}
		if (st != BG_OK)
			break;
		if (!each(arg, &run))
			st = BG_ERR_CANCELLED;
		free_decimals(run.items, run.count);
		spares.items[0] = run.items;
		from = to;
	}
	free(spares.items[0]);
	free(spares.items[1]);
	return st;
}

void
figures_free(struct figure_list *list)
{
	free_decimals(list->items, list->count);
	free(list->items);
	list->items = NULL;
	list->count = 0;
}

static const char *const kind_names[] = {
#define FIGURE_KIND_NAME(name, word) word,
	FIGURE_KIND_LIST(FIGURE_KIND_NAME)
#undef FIGURE_KIND_NAME
};

const char *
figure_kind_name(enum figure_kind kind)
{
	return (unsigned)kind < FIGURE_KIND_COUNT ? kind_names[kind] : "?";
}

int
figure_kind_from_name(const char *name, size_t length)
{
	for (int k = 0; k < FIGURE_KIND_COUNT; k++)
		if (strlen(kind_names[k]) == length && memcmp(kind_names[k], name, length) == 0)
			return k;
	return -1;
}

