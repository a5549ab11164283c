/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_date.c - the date grammar in both its uses: dates in running text
 * (the figures), and a date alone on its line (the date under a title or
 * in a sign-off, which the loader makes the report's date). */
#include "unit.h"

#include <stdio.h>
#include <time.h>

#include "date.h"
#include "numeral.h"
#include "utf8.h"

/* date_at on TEXT at byte AT with the built-in words; expects FOUND, and
 * for a date its length in bytes and parts. */
static void
expect_at(const char *text, size_t at, enum date_found found, size_t length, int year, int month,
	  int day, bool range)
{
	struct date d;
	enum date_found got = date_at(&date_grammar_plain, text, strlen(text), at, &d);

	if (got != found || (found != DATE_NONE &&
			     (d.length != length || d.year != year || d.month != month ||
			      d.day != day || d.range != range)))
		print_error("%s at %zu: got %d, %zu bytes, %d-%d-%d%s\n", text, at, (int)got, d.length,
			    d.year, d.month, d.day, d.range ? " range" : "");
	assert_int_equal(got, found);
	if (found == DATE_NONE)
		return;
	assert_int_equal(d.length, length);
	assert_int_equal(d.year, year);
	assert_int_equal(d.month, month);
	assert_int_equal(d.day, day);
	assert_int_equal(d.range, range);
}

/* The same where the whole of DATE (at the start of TEXT) is the date. */
static void
expect_date(const char *text, const char *date, int year, int month, int day, bool range)
{
	expect_at(text, 0, DATE_FOUND, strlen(date), year, month, day, range);
	assert_memory_equal(text, date, strlen(date));
}

static void
dates_in_running_text(void **state)
{
	(void)state;
	expect_date("2023年11月23日召开", "2023年11月23日", 2023, 11, 23, false);
	expect_date("二〇二三年十一月二十三日发布", "二〇二三年十一月二十三日", 2023, 11, 23, false);
	/* The zero written as a circle (U+25CB), as typed in many copies. */
	expect_date("二○二六年一月二十七日在省人大会议上", "二○二六年一月二十七日", 2026, 1, 27, false);
	expect_date("２０２３年１１月２３日", "２０２３年１１月２３日", 2023, 11, 23, false);
	expect_date("2023年11月23号", "2023年11月23号", 2023, 11, 23, false);
	expect_date("2023年十一月二十三日", "2023年十一月二十三日", 2023, 11, 23, false);
	expect_date("2023年11月，", "2023年11月", 2023, 11, 0, false);
	expect_date("11月23日举行", "11月23日", 0, 11, 23, false);
	expect_date("3月，", "3月", 0, 3, 0, false);
	expect_date("十一月二十三日", "十一月二十三日", 0, 11, 23, false);
	expect_date("2023-11-23。", "2023-11-23", 2023, 11, 23, false);
	expect_date("2023.11.23 ", "2023.11.23", 2023, 11, 23, false);
	expect_date("2023/11/23", "2023/11/23", 2023, 11, 23, false);
	expect_date("2023-1-1，", "2023-1-1", 2023, 1, 1, false);
	/* Ranges: the parts are the first date's. */
	expect_date("11月23日至25日举行", "11月23日至25日", 0, 11, 23, true);
	expect_date("3月5日—4月2日", "3月5日—4月2日", 0, 3, 5, true);
	expect_date("2023年1月至6月", "2023年1月至6月", 2023, 1, 0, true);
	expect_date("2022年3月至2023年5月", "2022年3月至2023年5月", 2022, 3, 0, true);
	expect_date("2021年—2023年", "2021年—2023年", 2021, 0, 0, true);
	expect_date("2021年至2023年", "2021年至2023年", 2021, 0, 0, true);
	expect_date("2021—2023年规划", "2021—2023年", 2021, 0, 0, true);
	expect_date("1—9月，", "1—9月", 0, 1, 0, true);
	expect_date("2024年1—9月", "2024年1—9月", 2024, 1, 0, true);
	/* A year alone is read, but is no date. */
	expect_at("2023年以来", 0, DATE_YEAR_ALONE, strlen("2023年"), 2023, 0, 0, false);
	expect_at("二〇二三年十一月23日", 0, DATE_YEAR_ALONE, strlen("二〇二三年"), 2023, 0, 0, false);
	/* Not dates. */
	expect_at("十一月", 0, DATE_NONE, 0, 0, 0, 0, false);          /* a Chinese month needs its day */
	/* ... or its year. */
	expect_date("一九四六年七月开始", "一九四六年七月", 1946, 7, 0, false);
	/* Off the calendar: read whole, so that no part of it is a figure. */
	expect_at("13月1日", 0, DATE_INVALID, strlen("13月1日"), 0, 0, 0, false);
	expect_at("2023年13月45日结束", 0, DATE_INVALID, strlen("2023年13月45日"), 0, 0, 0, false);
	expect_at("2023年2月29日", 0, DATE_INVALID, strlen("2023年2月29日"), 0, 0, 0, false);
	expect_at("2023年2月30日", 0, DATE_INVALID, strlen("2023年2月30日"), 0, 0, 0, false);
	expect_at("4月31日", 0, DATE_INVALID, strlen("4月31日"), 0, 0, 0, false);
	expect_at("2023-02-30", 0, DATE_INVALID, strlen("2023-02-30"), 0, 0, 0, false);
	expect_at("2月5日至30日", 0, DATE_INVALID, strlen("2月5日至30日"), 0, 0, 0, false);
	expect_date("2024年2月29日", "2024年2月29日", 2024, 2, 29, false);
	expect_date("2000年2月29日", "2000年2月29日", 2000, 2, 29, false);
	expect_at("1900年2月29日", 0, DATE_INVALID, strlen("1900年2月29日"), 0, 0, 0, false);
	expect_date("2月29日", "2月29日", 0, 2, 29, false);      /* no year: it may be a leap one */
	expect_date("2023年4月30日", "2023年4月30日", 2023, 4, 30, false);
	expect_date("2023年12月31日", "2023年12月31日", 2023, 12, 31, false);
	expect_at("2023-13-01", 0, DATE_NONE, 0, 0, 0, 0, false);
	expect_at("2023-11-23-1", 0, DATE_NONE, 0, 0, 0, 0, false);    /* an identifier */
	expect_at("2023-11/23", 0, DATE_NONE, 0, 0, 0, 0, false);      /* one separator */
	expect_at("2023-011-23", 0, DATE_NONE, 0, 0, 0, 0, false);
	expect_at("12—1月", 0, DATE_NONE, 0, 0, 0, 0, false);
	expect_at("3860人", 0, DATE_NONE, 0, 0, 0, 0, false);
	expect_at("人", 0, DATE_NONE, 0, 0, 0, 0, false);
	expect_at("20231年", 0, DATE_NONE, 0, 0, 0, 0, false);
	/* At a place inside the text; the end of the text ends the date. */
	expect_at("会议于2023年11月23日", strlen("会议于"), DATE_FOUND, strlen("2023年11月23日"), 2023,
		  11, 23, false);
	expect_at("至11月", strlen("至"), DATE_FOUND, strlen("11月"), 0, 11, 0, false);
}

/* The year range and the words are the grammar's: data/units gives the
 * figures 1800 to 2199 and 月份. */
static size_t
test_word_at(const void *words, enum date_word word, const char *s, size_t n)
{
	(void)words;
	if (word == DATE_MONTH && n >= 6 && memcmp(s, "月份", 6) == 0)
		return 6;
	return date_grammar_plain.word_at(date_grammar_plain.words, word, s, n);
}

static void
grammar_words_and_years(void **state)
{
	const struct date_grammar g = { test_word_at, NULL, 1800, 2199 };
	const char *text;
	struct date d;

	(void)state;
	text = "1至5月份";
	assert_int_equal(date_at(&g, text, strlen(text), 0, &d), DATE_FOUND);
	assert_int_equal(d.length, strlen(text));
	assert_int_equal(date_at(&date_grammar_plain, text, strlen(text), 0, &d), DATE_FOUND);
	assert_int_equal(d.length, strlen("1至5月"));
	text = "1799年1月1日";
	assert_int_equal(date_at(&g, text, strlen(text), 0, &d), DATE_NONE);
	assert_int_equal(date_at(&date_grammar_plain, text, strlen(text), 0, &d), DATE_FOUND);
	assert_int_equal(d.year, 1799);
	text = "2200年1月1日";
	assert_int_equal(date_at(&g, text, strlen(text), 0, &d), DATE_NONE);
}

static void
expect_day_name(const char *text, size_t length, int month, int day)
{
	struct date d;
	size_t got = date_day_name_at(&date_grammar_plain, text, strlen(text), 0, &d);

	if (got != length)
		print_error("%s: got %zu bytes\n", text, got);
	assert_int_equal(got, length);
	if (length) {
		assert_int_equal(d.month, month);
		assert_int_equal(d.day, day);
		assert_int_equal(d.length, length);
	}
}

static void
day_names(void **state)
{
	(void)state;
	expect_day_name("4.15”国家安全日", 4, 4, 15);
	expect_day_name("3·15消费者权益日", strlen("3·15"), 3, 15);
	expect_day_name("5.12汶川地震纪念日", 4, 5, 12);
	expect_day_name("12.31", 5, 12, 31);
	expect_day_name("1.2.3版本", 0, 0, 0);
	expect_day_name("13.1", 0, 0, 0);
	expect_day_name("4.32", 0, 0, 0);
	expect_day_name("4.150", 0, 0, 0);
	expect_day_name("四.15", 0, 0, 0);
}

/* The loader's reading of a date alone on its line, as it was before it
 * moved here: the oracle date_alone must agree with. */
static long long
oracle_number(const char *s, size_t n, size_t *i)
{
	size_t used;
	long long v = numeral_digits(s + *i, n - *i, &used);

	if (v < 0)
		v = numeral_chinese(s + *i, n - *i, &used);
	if (v >= 0)
		*i += used;
	return v;
}

/* Whether the C library keeps the day as it is (2023-02-30 becomes 03-02). */
static bool
oracle_on_calendar(long long year, long long month, long long day)
{
	struct tm tm = { .tm_year = (int)year - 1900, .tm_mon = (int)month - 1,
			 .tm_mday = (int)day, .tm_hour = 12 };

	timegm(&tm);
	return tm.tm_mday == day && tm.tm_mon == month - 1;
}

static bool
oracle_parse_date(const char *s, size_t n, char iso[11])
{
	size_t i = utf8_spaces(s, n);
	long long year, month, day;
	bool chinese;

	/* White space may stand between the parts (2024 年 4 月 29 日). */
	year = oracle_number(s, n, &i);
	i += utf8_spaces(s + i, n - i);
	if (year < 1000 || year > 2999 || i >= n)
		return false;
	chinese = n - i >= 3 && memcmp(s + i, "年", 3) == 0;
	if (chinese)
		i += 3;
	else if (s[i] == '-' || s[i] == '.' || s[i] == '/')
		i++;
	else
		return false;
	i += utf8_spaces(s + i, n - i);
	month = oracle_number(s, n, &i);
	i += utf8_spaces(s + i, n - i);
	if (month < 1 || month > 12 || i >= n)
		return false;
	if (chinese && n - i >= 3 && memcmp(s + i, "月", 3) == 0)
		i += 3;
	else if (!chinese && (s[i] == '-' || s[i] == '.' || s[i] == '/'))
		i++;
	else
		return false;
	i += utf8_spaces(s + i, n - i);
	day = oracle_number(s, n, &i);
	i += utf8_spaces(s + i, n - i);
	if (day < 1 || day > 31 || !oracle_on_calendar(year, month, day))
		return false;
	if (chinese) {
		if (n - i >= 3 && (memcmp(s + i, "日", 3) == 0 || memcmp(s + i, "号", 3) == 0))
			i += 3;
		else
			return false;
	}
	if (i + utf8_spaces(s + i, n - i) != n)
		return false;
	snprintf(iso, 11, "%04lld-%02lld-%02lld", year, month, day);
	return true;
}

/* date_alone on TEXT: WANT is the ISO date, or NULL for none. */
static void
expect_alone(const char *text, const char *want)
{
	struct date d;
	char iso[11], oracle[11];
	bool got = date_alone(text, strlen(text), &d);

	assert_int_equal(oracle_parse_date(text, strlen(text), oracle), want != NULL);
	if (got != (want != NULL))
		print_error("%s: got %s\n", text, got ? "a date" : "none");
	assert_int_equal(got, want != NULL);
	if (!want)
		return;
	date_iso(&d, iso);
	assert_string_equal(iso, want);
	assert_string_equal(oracle, want);
	assert_int_equal(d.length, strlen(text));
}

/* A PDF's text sets a space between the digits and each word. */
static void
spaced_dates(void **state)
{
	struct date d;
	(void)state;

	expect_date("2024 年 4 月 29 日发布", "2024 年 4 月 29 日", 2024, 4, 29, false);
	expect_at("2023 年全市", 0, DATE_YEAR_ALONE, strlen("2023 年"), 2023, 0, 0, false);
	assert_true(date_alone("2024 年 4 月 29 日", strlen("2024 年 4 月 29 日"), &d));
	assert_int_equal(d.day, 29);
	/* Two spaces, or a space before a word that is not a date's, are not. */
	expect_at("2024  年", 0, DATE_NONE, 0, 0, 0, 0, false);
	/* A gazette's full-width digits, spaced the same way. */
	expect_date("２０２１ 年 ６ 月 １０ 日第十三届", "２０２１ 年 ６ 月 １０ 日", 2021, 6, 10, false);
}

static void
dates_alone(void **state)
{
	(void)state;
	/* Sign-offs, dates under a title, front matter. */
	expect_alone("2023年11月23日", "2023-11-23");
	expect_alone("二〇二三年十一月二十三日", "2023-11-23");
	expect_alone("○二三", NULL);
	expect_alone("二○二六年一月二十七日", "2026-01-27");
	expect_alone("二〇二三年十一月23日", "2023-11-23");
	expect_alone("2023年十一月二十三日", "2023-11-23");
	expect_alone("两千零二十三年一月一日", "2023-01-01");
	expect_alone("２０２３年１１月２３日", "2023-11-23");
	expect_alone("2023年11月23号", "2023-11-23");
	expect_alone("2024年2月29日", "2024-02-29");
	expect_alone("2023-11-23", "2023-11-23");
	expect_alone("2023.11.23", "2023-11-23");
	expect_alone("2023/11/23", "2023-11-23");
	expect_alone("2023-11/23", "2023-11-23");
	expect_alone("2023-011-23", "2023-11-23");
	expect_alone("2023-1-5", "2023-01-05");
	expect_alone("  2023年11月23日\t", "2023-11-23");
	expect_alone("\xe3\x80\x80" "2023年11月23日" "\xc2\xa0", "2023-11-23");
	expect_alone("1000年1月1日", "1000-01-01");
	expect_alone("2999年12月31日", "2999-12-31");
	/* Not a date alone. */
	expect_alone("", NULL);
	expect_alone("   ", NULL);
	expect_alone("2023年11月", NULL);
	expect_alone("2023年", NULL);
	expect_alone("11月23日", NULL);
	expect_alone("2023年11月23日发布", NULL);
	expect_alone("于2023年11月23日", NULL);
	expect_alone("2023年11月23", NULL);
	expect_alone("2023-11-23日", NULL);
	expect_alone("2023年11-23", NULL);
	expect_alone("2023-11月23日", NULL);
	expect_alone("2023年11月份23日", NULL);
	expect_alone("999年1月1日", NULL);
	expect_alone("3000年1月1日", NULL);
	expect_alone("2023年13月1日", NULL);
	expect_alone("2023年0月1日", NULL);
	expect_alone("2023年1月32日", NULL);
	expect_alone("2023年1月0日", NULL);
	expect_alone("2023－11－23", NULL);
	expect_alone("2023年11月23日。", NULL);
	expect_alone("1234567890123456年1月1日", NULL);
}

/* date_alone and the loader's reading agree on every line built of these
 * pieces: years, what follows a year, months, what follows a month, days
 * and what ends the line. */
static void
dates_alone_as_the_loader_read_them(void **state)
{
	static const char *const years[] = { "2023", "二〇二三", "两千零二十三", "２０２３", "999",
					     "02023", "3000", "" };
	static const char *const after_year[] = { "年", "-", ".", "/", "－", "", "年 " };
	static const char *const months[] = { "11", "十一", "1", "01", "13", "0", "十二", "" };
	static const char *const after_month[] = { "月", "-", ".", "/", "月份", "" };
	static const char *const days[] = { "23", "二十三", "31", "32", "三十一", "0", "" };
	static const char *const ends[] = { "日", "号", "", "日 ", " ", "日。", "\xe3\x80\x80" };
	size_t agreed = 0, dates = 0;

	(void)state;
#define COUNT(a) (sizeof (a) / sizeof (a)[0])
	for (size_t y = 0; y < COUNT(years); y++)
	for (size_t a = 0; a < COUNT(after_year); a++)
	for (size_t m = 0; m < COUNT(months); m++)
	for (size_t b = 0; b < COUNT(after_month); b++)
	for (size_t d = 0; d < COUNT(days); d++)
	for (size_t e = 0; e < COUNT(ends); e++) {
		char line[128], iso[11], want[11];
		struct date date;
		bool got, expected;

		snprintf(line, sizeof line, " %s%s%s%s%s%s", years[y], after_year[a], months[m],
			 after_month[b], days[d], ends[e]);
		expected = oracle_parse_date(line, strlen(line), want);
		got = date_alone(line, strlen(line), &date);
		if (got != expected)
			print_error("\"%s\": want %s, got %s\n", line, expected ? want : "none",
				    got ? "a date" : "none");
		assert_int_equal(got, expected);
		if (got) {
			date_iso(&date, iso);
			assert_string_equal(iso, want);
			dates++;
		}
		agreed++;
	}
#undef COUNT
	assert_true(dates > 100);
	assert_true(agreed > 10000);
}

static void
iso_form(void **state)
{
	struct date d = { 2023, 1, 5, 0, false };
	char iso[11];

	(void)state;
	date_iso(&d, iso);
	assert_string_equal(iso, "2023-01-05");
	d = (struct date){ 999, 12, 31, 0, false };
	date_iso(&d, iso);
	assert_string_equal(iso, "0999-12-31");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(dates_in_running_text),
		cmocka_unit_test(grammar_words_and_years),
		cmocka_unit_test(day_names),
		cmocka_unit_test(spaced_dates),
		cmocka_unit_test(dates_alone),
		cmocka_unit_test(dates_alone_as_the_loader_read_them),
		cmocka_unit_test(iso_form),
	};
	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
