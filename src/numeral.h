/* SPDX-License-Identifier: GPL-3.0-or-later */
/* numeral.h - numbers as Chinese documents write them: Arabic digits
 * (also full-width) and Chinese numerals (一二三, 十, 百, 千, 万, 亿, 〇/零, 两). */
#ifndef BAOGAO_NUMERAL_H
#define BAOGAO_NUMERAL_H

#include <stdbool.h>
#include <stddef.h>

/* Parses the Chinese numeral at the start of S (N bytes): 一, 十二, 二十三,
 * 一百七十三, 三万, 二〇二三 (digit by digit).  Returns its value and sets
 * *USED to the bytes read; returns -1 (and *USED 0) when S does not start
 * with one.  Values above 10^15 are refused. */
long long numeral_chinese(const char *s, size_t n, size_t *used);

/* Parses the run of ASCII or full-width digits at the start of S; returns
 * its value (-1 if none or too long) and sets *USED. */
long long numeral_digits(const char *s, size_t n, size_t *used);

/* The value of the single Chinese digit at S (〇零一…九, 两), or -1; *USED
 * gets its length. */
int numeral_chinese_digit(const char *s, size_t n, size_t *used);

/* The characters numeral_chinese_digit reads, one after another (UTF-8):
 * for the tables that must know them all (test_figures checks that the
 * two agree). */
#define NUMERAL_CHINESE_DIGITS "〇零○一二两三四五六七八九"

/* A whole number as a date or a document number writes it. */
struct numeral {
	long long value;
	size_t length;       /* bytes read */
	int digits;          /* Arabic digits, or Chinese digits read one by one
	                        (二〇二三: 4; 二十三: 0) */
	bool chinese;
};

/* Reads the whole number at the start of S (N bytes) into *OUT: a run of
 * Arabic digits (also full-width; its value from the first 15), or a
 * Chinese numeral starting with a digit or 十 (二〇二三, 十一, 二十三).
 * Returns false when S starts with neither. */
bool numeral_read(const char *s, size_t n, struct numeral *out);

#endif
