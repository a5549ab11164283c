/* SPDX-License-Identifier: GPL-3.0-or-later */
/* numbering.c - automatic numbering rendered as Word shows it.
 *
 *     w:lvlText "%1、"  w:numFmt chineseCounting  counter 11   →  十一、
 *     w:lvlText "（%2）" chineseCounting          counter 3    →  （三）
 *     w:lvlText "%1.%2." decimal, decimal         1, 4         →  1.4.
 *
 * A level counts from its start; counting at a level starts the levels
 * below it afresh, as Word does unless a w:lvlRestart says otherwise (not
 * followed here: rare in reports). */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "numbering.h"

static const struct {
	const char *name;
	enum numbering_format format;
} format_names[] = {
	{ "decimal", NUMBERING_DECIMAL },
	{ "decimalZero", NUMBERING_DECIMAL_ZERO },
	{ "decimalFullWidth", NUMBERING_DECIMAL_FULL_WIDTH },
	{ "decimalFullWidth2", NUMBERING_DECIMAL_FULL_WIDTH },
	{ "chineseCounting", NUMBERING_CHINESE_COUNTING },
	{ "chineseCountingThousand", NUMBERING_CHINESE_COUNTING },
	{ "taiwaneseCounting", NUMBERING_CHINESE_COUNTING },
	{ "taiwaneseCountingThousand", NUMBERING_CHINESE_COUNTING },
	{ "japaneseCounting", NUMBERING_CHINESE_COUNTING },
	{ "ideographDigital", NUMBERING_CHINESE_COUNTING },
	{ "chineseLegalSimplified", NUMBERING_CHINESE_LEGAL },
	{ "ideographLegalTraditional", NUMBERING_CHINESE_LEGAL },
	{ "ideographTraditional", NUMBERING_IDEOGRAPH_ZODIAC },
	{ "decimalEnclosedCircle", NUMBERING_ENCLOSED_CIRCLE },
	{ "decimalEnclosedCircleChinese", NUMBERING_ENCLOSED_CIRCLE },
	{ "ideographEnclosedCircle", NUMBERING_ENCLOSED_CIRCLE },
	{ "decimalEnclosedParen", NUMBERING_ENCLOSED_PAREN },
	{ "decimalEnclosedFullstop", NUMBERING_ENCLOSED_FULLSTOP },
	{ "lowerLetter", NUMBERING_LOWER_LETTER },
	{ "upperLetter", NUMBERING_UPPER_LETTER },
	{ "lowerRoman", NUMBERING_LOWER_ROMAN },
	{ "upperRoman", NUMBERING_UPPER_ROMAN },
	{ "bullet", NUMBERING_BULLET },
	{ "none", NUMBERING_NONE },
};

enum numbering_format
numbering_format_named(const char *name)
{
	for (size_t i = 0; name && i < sizeof format_names / sizeof format_names[0]; i++)
		if (strcmp(name, format_names[i].name) == 0)
			return format_names[i].format;
	return NUMBERING_DECIMAL;
}

/* A growing string in a fixed buffer: LENGTH counts what would be
 * written, as snprintf does. */
struct out {
	char *s;
	size_t size, length;
};

static void
put(struct out *o, const char *s)
{
	size_t n = strlen(s);

	if (o->size > 0 && o->length < o->size - 1) {
		size_t room = o->size - 1 - o->length, k = n < room ? n : room;
		memcpy(o->s + o->length, s, k);
		o->s[o->length + k] = '\0';
	}
	o->length += n;
}

/* VALUE (1..99999999) in Chinese numerals with DIGITS and the units of ten,
 * hundred, thousand; LEGAL keeps the 一 of 一十 (壹拾).  Zeros between
 * digits are one 零: 101 一百零一, 1001 一千零一. */
static void
put_chinese(struct out *o, long value, const char *const digits[10], const char *const units[4],
	    bool legal)
{
	if (value >= 10000) {
		put_chinese(o, value / 10000, digits, units, legal);
		put(o, "万");
		value %= 10000;
		if (value == 0)
			return;
		if (value < 1000)
			put(o, digits[0]);
		/* 一万零十 but 一万一千: a lone 十 after 零 keeps its 一. */
		legal = legal || value >= 10;
	}
	{
		long place = 1000;
		int unit = 3;
		bool started = false, zero = false;
		for (; place > 0; place /= 10, unit--) {
			int d = (int)(value / place % 10);
			if (d == 0) {
				zero = started;
				continue;
			}
			if (zero)
				put(o, digits[0]);
			zero = false;
			if (!(d == 1 && unit == 1 && !started && !legal))
				put(o, digits[d]);
			if (unit > 0)
				put(o, units[unit]);
			started = true;
		}
	}
}

static void
put_decimal(struct out *o, long value, const char *format)
{
	char buf[32];

	snprintf(buf, sizeof buf, format, value);
	put(o, buf);
}

/* The UTF-8 of code point CP (below U+10000). */
static void
put_code_point(struct out *o, unsigned cp)
{
	char buf[4];

	if (cp < 0x800) {
		buf[0] = (char)(0xc0 | cp >> 6);
		buf[1] = (char)(0x80 | (cp & 0x3f));
		buf[2] = '\0';
	} else {
		buf[0] = (char)(0xe0 | cp >> 12);
		buf[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		buf[2] = (char)(0x80 | (cp & 0x3f));
		buf[3] = '\0';
	}
	put(o, buf);
}

static void
put_roman(struct out *o, long value, bool upper)
{
	static const struct { int value; const char *lower, *upper; } romans[] = {
		{ 1000, "m", "M" }, { 900, "cm", "CM" }, { 500, "d", "D" }, { 400, "cd", "CD" },
		{ 100, "c", "C" }, { 90, "xc", "XC" }, { 50, "l", "L" }, { 40, "xl", "XL" },
		{ 10, "x", "X" }, { 9, "ix", "IX" }, { 5, "v", "V" }, { 4, "iv", "IV" },
		{ 1, "i", "I" },
	};

	for (size_t i = 0; i < sizeof romans / sizeof romans[0]; i++)
		for (; value >= romans[i].value; value -= romans[i].value)
			put(o, upper ? romans[i].upper : romans[i].lower);
}

size_t
numbering_value(enum numbering_format format, long value, char *s, size_t size)
{
	static const char *const counting[10] = { "零", "一", "二", "三", "四",
						  "五", "六", "七", "八", "九" };
	static const char *const counting_units[4] = { "", "十", "百", "千" };
	static const char *const legal[10] = { "零", "壹", "贰", "叁", "肆",
					       "伍", "陆", "柒", "捌", "玖" };
	static const char *const legal_units[4] = { "", "拾", "佰", "仟" };
	static const char *const zodiac[10] = { "甲", "乙", "丙", "丁", "戊",
						"己", "庚", "辛", "壬", "癸" };
	struct out o = { s, size, 0 };

	if (size > 0)
		s[0] = '\0';
	/* Word writes what it cannot in a format in decimal. */
	if (value < 1 && format != NUMBERING_DECIMAL && format != NUMBERING_DECIMAL_ZERO &&
	    format != NUMBERING_NONE && format != NUMBERING_BULLET)
		format = NUMBERING_DECIMAL;
	switch (format) {
	case NUMBERING_DECIMAL:
		put_decimal(&o, value, "%ld");
		break;
	case NUMBERING_DECIMAL_ZERO:
		put_decimal(&o, value, "%02ld");
		break;
	case NUMBERING_DECIMAL_FULL_WIDTH: {
		char buf[32];
		snprintf(buf, sizeof buf, "%ld", value);
		for (const char *p = buf; *p; p++)
			put_code_point(&o, *p == '-' ? 0xff0d : 0xff10 + (unsigned)(*p - '0'));
		break;
	}
	case NUMBERING_CHINESE_COUNTING:
	case NUMBERING_CHINESE_LEGAL:
		if (value >= 100000000)
			put_decimal(&o, value, "%ld");
		else if (format == NUMBERING_CHINESE_LEGAL)
			put_chinese(&o, value, legal, legal_units, true);
		else
			put_chinese(&o, value, counting, counting_units, false);
		break;
	case NUMBERING_IDEOGRAPH_ZODIAC:
		if (value <= 10)
			put(&o, zodiac[value - 1]);
		else
			put_decimal(&o, value, "%ld");
		break;
	case NUMBERING_ENCLOSED_CIRCLE:
	case NUMBERING_ENCLOSED_PAREN:
	case NUMBERING_ENCLOSED_FULLSTOP:
		if (value <= 20)
			put_code_point(&o, (format == NUMBERING_ENCLOSED_CIRCLE ? 0x2460
					    : format == NUMBERING_ENCLOSED_PAREN ? 0x2474 : 0x2488) +
					   (unsigned)(value - 1));
		else
			put_decimal(&o, value, "%ld");
		break;
	case NUMBERING_LOWER_LETTER:
	case NUMBERING_UPPER_LETTER: {
		/* 27 is aa, 28 bb: the letter repeated, as Word writes it. */
		char letter[2] = { (char)((format == NUMBERING_LOWER_LETTER ? 'a' : 'A') +
					  (value - 1) % 26), '\0' };
		for (long k = (value - 1) / 26 + 1; k > 0 && k <= 64; k--)
			put(&o, letter);
		break;
	}
	case NUMBERING_LOWER_ROMAN:
	case NUMBERING_UPPER_ROMAN:
		if (value < 4000)
			put_roman(&o, value, format == NUMBERING_UPPER_ROMAN);
		else
			put_decimal(&o, value, "%ld");
		break;
	case NUMBERING_BULLET:
	case NUMBERING_NONE:
		break;
	}
	return o.length;
}

/* ---- lists and their counters ------------------------------------------- */

struct numbering_list *
numbering_add_list(struct numbering *n, long id)
{
	struct numbering_list *list;

	if (!ARRAY_RESERVE(n->lists, n->list_capacity, n->list_count + 1) ||
	    !ARRAY_RESERVE(n->counters, n->counter_capacity, n->list_count + 1))
		return NULL;
	memset(n->counters[n->list_count], 0, sizeof n->counters[0]);
	list = &n->lists[n->list_count++];
	memset(list, 0, sizeof *list);
	list->id = id;
	for (int i = 0; i < NUMBERING_LEVELS; i++) {
		list->levels[i].format = NUMBERING_DECIMAL;
		list->levels[i].start = 1;
	}
	return list;
}

struct numbering_instance *
numbering_add_instance(struct numbering *n, long id, long list)
{
	struct numbering_instance *instance;

	if (!ARRAY_RESERVE(n->instances, n->instance_capacity, n->instance_count + 1))
		return NULL;
	instance = &n->instances[n->instance_count++];
	memset(instance, 0, sizeof *instance);
	instance->id = id;
	instance->list = list;
	for (int i = 0; i < NUMBERING_LEVELS; i++)
		instance->start_override[i] = -1;
	return instance;
}

/* Writes the level text TEXT, its %1 … %9 replaced by the counters of the
 * levels they name. */
static void
put_level_text(struct out *o, const struct numbering_list *list, const long *counters,
	       int level, const char *text)
{
	const char *p = text;
	bool legal = list->levels[level].legal;

	while (*p) {
		const char *percent = strchr(p, '%');
		char piece[64];
		size_t k = percent ? (size_t)(percent - p) : strlen(p);

		while (k > 0) {
			size_t take = k < sizeof piece - 1 ? k : sizeof piece - 1;
			memcpy(piece, p, take);
			piece[take] = '\0';
			put(o, piece);
			p += take;
			k -= take;
		}
		if (!percent)
			break;
		if (percent[1] >= '1' && percent[1] <= '9') {
			int shown = percent[1] - '1';
			const struct numbering_level *l = &list->levels[shown];
			long value = counters[shown] ? counters[shown] : l->start;
			char number[64];
			numbering_value(legal ? NUMBERING_DECIMAL : l->format, value, number,
					sizeof number);
			put(o, number);
			p = percent + 2;
		} else {
			put(o, "%");
			p = percent + 1;
		}
	}
}

bool
numbering_next(struct numbering *n, long id, int level, char *s, size_t size)
{
	struct numbering_instance *instance = NULL;
	size_t li;
	long *counters;
	const struct numbering_list *list;
	struct out o = { s, size, 0 };

	if (size > 0)
		s[0] = '\0';
	if (level < 0 || level >= NUMBERING_LEVELS)
		return false;
	for (size_t i = 0; i < n->instance_count && !instance; i++)
		if (n->instances[i].id == id)
			instance = &n->instances[i];
	if (!instance)
		return false;
	for (li = 0; li < n->list_count; li++)
		if (n->lists[li].id == instance->list)
			break;
	if (li == n->list_count)
		return false;
	list = &n->lists[li];
	counters = n->counters[li];
	if (!instance->overridden) {
		/* A numbering with overrides starts its list afresh where it is
		 * first used. */
		instance->overridden = true;
		for (int i = 0; i < NUMBERING_LEVELS; i++)
			if (instance->start_override[i] >= 0)
				counters[i] = 0;
	}
	if (counters[level] == 0) {
		long start = instance->start_override[level] >= 0 ? instance->start_override[level]
			     : list->levels[level].start;
		/* 0 is a start Word allows; the counter's 0 means "not started". */
		counters[level] = start > 0 ? start : 1;
	} else {
		counters[level]++;
	}
	for (int i = level + 1; i < NUMBERING_LEVELS; i++)
		counters[i] = 0;
	if (list->levels[level].format == NUMBERING_NONE ||
	    list->levels[level].format == NUMBERING_BULLET)
		return true;
	if (list->levels[level].text)
		put_level_text(&o, list, counters, level, list->levels[level].text);
	return true;
}

void
numbering_free(struct numbering *n)
{
	for (size_t i = 0; i < n->list_count; i++)
		for (int l = 0; l < NUMBERING_LEVELS; l++)
			free(n->lists[i].levels[l].text);
	free(n->lists);
	free(n->instances);
	free(n->counters);
	memset(n, 0, sizeof *n);
}
