/* SPDX-License-Identifier: GPL-3.0-or-later */
/* date.h - the one grammar of dates: 2023年11月23日, 二〇二三年十一月二十三日,
 * 11月23日, 2021—2023年, 1—9月, 2023-11-23, and the day names “4.15”.
 * Figures read dates in running text with the words of data/units; the
 * loader reads the date under a title or in a sign-off with the words
 * built in here (it has no unit table). */
#ifndef BAOGAO_DATE_H
#define BAOGAO_DATE_H

#include <stdbool.h>
#include <stddef.h>

/* The kinds of words a date is written with. */
enum date_word {
	DATE_YEAR,      /* 年 */
	DATE_MONTH,     /* 月 月份 */
	DATE_DAY,       /* 日 号 */
	DATE_RANGE,     /* joins two dates: 至 — ～ */
	DATE_SEP,       /* between the parts of a numeric date: - / . */
	DATE_MARK,      /* between month and day in a day's name: “4.15” 3·15 */
	DATE_WORD_COUNT
};

/* The words and limits the grammar reads with. */
struct date_grammar {
	/* Length in bytes of the longest word of kind WORD at the start of S
	 * (N bytes), 0 when there is none.  WORDS is passed back. */
	size_t (*word_at)(const void *words, enum date_word word, const char *s, size_t n);
	const void *words;
	/* Four digits in this range before a year word are a year: 2023年;
	 * in running text other four-digit numbers (1500年) are counts. */
	long year_first, year_last;
};

/* The built-in words: 年; 月; 日 号; - . / between numeric parts; the
 * range words and date marks of data/units; years 1000 to 2999. */
extern const struct date_grammar date_grammar_plain;

/* A date as read.  A part not written is 0 (11月23日 has no year); a
 * range's parts are those of its first date. */
struct date {
	int year, month, day;
	size_t length;         /* bytes, a range's second date included */
	bool range;
};

enum date_found {
	DATE_NONE,          /* no date here */
	DATE_FOUND,         /* a date, or a range of dates */
	DATE_YEAR_ALONE,    /* a year and nothing more (2023年以来): read, but
	                       not a figure */
	DATE_INVALID        /* written as a date but off the calendar: a month
	                       past 12 or a day past its month's end, leap
	                       years counted (2023年2月29日, 13月45日); no
	                       date, and its numbers are no figures */
};

/* Reads the date or range of dates starting at TEXT[AT] (TEXT: LENGTH
 * bytes of running text, AT < LENGTH) with the words of G: 2023年11月23日,
 * 二〇二三年十一月二十三日, 11月23日至25日, 3月, 2021年至2023年, 2021—2023年,
 * 1—9月, 2023-11-23, 2023.11.23.  A Chinese month needs its day or its
 * year (十一月 alone is no date), a year four digits in G's range.  Fills *OUT unless
 * it returns DATE_NONE (DATE_INVALID: only its length). */
enum date_found date_at(const struct date_grammar *g, const char *text, size_t length, size_t at,
			struct date *out);

/* Reads the day's name written month, mark, day at TEXT[AT]: 4.15, 3·15
 * (as in “4.15”国家安全日); not 1.2.3.  Whether it names a day is for the
 * caller to judge from what stands around it.  Returns its length in
 * bytes (0: none) and fills *OUT. */
size_t date_day_name_at(const struct date_grammar *g, const char *text, size_t length, size_t at,
			struct date *out);

/* True when S (N bytes) holds a whole date, year, month and day, and only
 * white space around it: 2023年11月23日, 二〇二三年十一月二十三日, 2023-11-23,
 * 2023.11.23, 2023/11/23.  A line that holds nothing else is read more
 * freely than running text: a year written in any numeral from 1000 to
 * 2999 (两千零二十三), Arabic and Chinese numerals mixed, any separator
 * between month and day.  The words are date_grammar_plain's.  Fills *OUT. */
bool date_alone(const char *s, size_t n, struct date *out);

/* Writes DATE's year, month and day as YYYY-MM-DD to ISO (11 bytes, NUL
 * included): "2023-11-23". */
void date_iso(const struct date *date, char iso[11]);

#endif
