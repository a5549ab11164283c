/* SPDX-License-Identifier: GPL-3.0-or-later */
/* number.h - numbers as figures write them, read with the unit table's
 * multipliers and approximation words (1.2万, 1亿3千多万, 1000多). */
#ifndef BAOGAO_NUMBER_H
#define BAOGAO_NUMBER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "units.h"

/* The roles of the words that may follow a number as its unit. */
#define UNIT_ROLES (ROLE_BIT(ROLE_UNIT) | ROLE_BIT(ROLE_UNIT_ONE) | ROLE_BIT(ROLE_MEASURE) | \
		    ROLE_BIT(ROLE_DURATION) | \
		    ROLE_BIT(ROLE_NOT_UNIT) | \
		    ROLE_BIT(ROLE_CURRENCY) | ROLE_BIT(ROLE_PERCENT) | ROLE_BIT(ROLE_FRACTION))

/* A number as Chinese documents write it, with its approximation mark:
 * 3860, 1,200, 12.5, １２３, 三万, 二十三, 1亿3千多万, 三点五, 1000多. */
struct number {
	double value;          /* the nearest double when EXACT, else close */
	size_t end;            /* offset in the text just after it */
	bool chinese;          /* starts with a Chinese numeral */
	bool multiplied;       /* a multiplier was applied (万, 亿, 千 ...) */
	bool lone_one;         /* just 一 */
	bool exact;            /* VALUE is the number written: its integer part
	                          at most 2^53, and at most 15 significant
	                          digits unless it is whole */
	/* The number as a decimal: MANTISSA times 10^EXPONENT, unless LOST
	 * (more digits than 64 bits hold). */
	uint64_t mantissa;
	int exponent;
	bool lost;
	/* When LOST and written as one run of digits with multipliers after
	 * it (12345678901234567890万, 三点一四一五九二六五三五八九七九三二三八四六):
	 * the run, and the power of ten they scale it by.  RUN_END is 0
	 * otherwise. */
	size_t run_start, run_end;
	int run_power;
};

/* The value of the Arabic digit (ASCII or full-width) at S (N bytes), or
 * -1; *LEN gets its length. */
static inline int
number_arabic_digit(const char *s, size_t n, size_t *len)
{
	const unsigned char *p = (const unsigned char *)s;

	if (n >= 1 && p[0] >= '0' && p[0] <= '9') {
		*len = 1;
		return p[0] - '0';
	}
	if (n >= 3 && p[0] == 0xef && p[1] == 0xbc && p[2] >= 0x90 && p[2] <= 0x99) {
		*len = 3;
		return p[2] - 0x90;
	}
	return -1;
}

/* The value of the Chinese digit (〇一…九两) at offset P of T, or -1;
 * *LEN gets its length. */
int number_chinese_digit(const struct units_text *t, size_t p, size_t *len);

/* Reads the number at offset P of T into *OUT; false when there is none. */
bool number_read(const struct units_text *t, size_t p, struct number *out);

/* Past this integer a double no longer holds every whole number. */
#define NUMBER_EXACT_MAX (UINT64_C(1) << 53)

/* The value of N (number_read's) as a decimal, "-" before it when
 * NEGATIVE: 300000000000000000000, 0.1234567890123456789.  NULL when the
 * number was no single run of digits and too long to hold, or memory ran
 * out (*NOMEM is then set).  The string is owned by the caller. */
char *number_decimal(const struct units_text *t, const struct number *n, bool negative,
		     bool *nomem);

/* The unit-like word (UNIT_ROLES) at offset P of T, if it is longer than
 * any multiplier or approximation there: 千瓦 is a unit, 千 in 3千万 a
 * multiplier.  NULL when there is none. */
const struct unit_word *number_unit_at(const struct units_text *t, size_t p);

#endif
