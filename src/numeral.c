/* SPDX-License-Identifier: GPL-3.0-or-later */
/* numeral.c - Arabic and Chinese numerals. */
#include <config.h>

#include <stdbool.h>

#include "numeral.h"

/* Larger numbers are refused: no report counts past a thousand trillion. */
#define LIMIT 1000000000000000LL

/* The three bytes at S as one number, to switch over characters: the
 * compiler turns the switches below into a few comparisons, where a table
 * of strings took a memcmp each. */
static unsigned
bytes3(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	return (unsigned)u[0] << 16 | (unsigned)u[1] << 8 | u[2];
}

int
numeral_chinese_digit(const char *s, size_t n, size_t *used)
{
	int d;

	*used = 0;
	if (n < 3)
		return -1;
	switch (bytes3(s)) {
	case 0xe38087: /* 〇 */
	case 0xe99bb6: /* 零 */
	case 0xe2978b: /* ○ */
		d = 0;
		break;
	case 0xe4b880: d = 1; break;   /* 一 */
	case 0xe4ba8c:                 /* 二 */
	case 0xe4b8a4: d = 2; break;   /* 两 */
	case 0xe4b889: d = 3; break;   /* 三 */
	case 0xe59b9b: d = 4; break;   /* 四 */
	case 0xe4ba94: d = 5; break;   /* 五 */
	case 0xe585ad: d = 6; break;   /* 六 */
	case 0xe4b883: d = 7; break;   /* 七 */
	case 0xe585ab: d = 8; break;   /* 八 */
	case 0xe4b99d: d = 9; break;   /* 九 */
	default:
		return -1;
	}
	*used = 3;
	return d;
}

/* The multiplier at S: 十 10, 百 100, 千 1000, 万 10^4, 亿 10^8; else 0. */
static long long
multiplier(const char *s, size_t n)
{
	if (n < 3)
		return 0;
	switch (bytes3(s)) {
	case 0xe58d81: return 10;          /* 十 */
	case 0xe799be: return 100;         /* 百 */
	case 0xe58d83: return 1000;        /* 千 */
	case 0xe4b887: return 10000;       /* 万 */
	case 0xe4babf: return 100000000;   /* 亿 */
	default: return 0;
	}
}

long long
numeral_chinese(const char *s, size_t n, size_t *used)
{
	/* 一亿三千二百万零五: the part before 亿, the part before 万, the part
	 * below 万 (built of 十 百 千), and the digit read last. */
	long long yi = 0, wan = 0, below = 0, digit = -1, plain = 0;
	size_t i = 0, k;
	int count = 0, digits_in_a_row = 0;
	bool only_digits = true;

	*used = 0;
	while (i < n) {
		int d = numeral_chinese_digit(s + i, n - i, &k);
		if (d == 0 && !only_digits) {
			/* 零 holds an empty place: 三千零五, 一亿零五十万. */
			i += k;
			count++;
			continue;
		}
		if (d >= 0) {
			if (digit >= 0 && !only_digits)
				break;   /* 二三 after a multiplier: not one number */
			plain = plain * 10 + d;
			if (plain > LIMIT)
				return -1;
			digit = d;
			i += k;
			count++;
			digits_in_a_row++;
			continue;
		}
		long long m = multiplier(s + i, n - i);
		if (m == 0 || (only_digits && digits_in_a_row > 1))
			break;   /* 二三十: refuse the run of digits before a multiplier */
		only_digits = false;
		digits_in_a_row = 0;
		if (m == 100000000) {
			long long part = yi + wan + below + (digit >= 0 ? digit : 0);
			if (part == 0)
				part = 1;
			if (part > LIMIT / m)
				return -1;
			yi = part * m;
			wan = below = 0;
		} else if (m == 10000) {
			long long part = below + (digit >= 0 ? digit : 0);
			if (part == 0)
				part = 1;
			wan = part * m;
			below = 0;
		} else {
			below += (digit >= 0 ? digit : 1) * m;
		}
		digit = -1;
		plain = 0;
		i += 3;
		count++;
	}
	if (count == 0)
		return -1;
	*used = i;
	if (only_digits)
		return plain;
	return yi + wan + below + (digit >= 0 ? digit : 0);
}

long long
numeral_digits(const char *s, size_t n, size_t *used)
{
	long long value = 0;
	size_t i = 0;
	int count = 0;

	*used = 0;
	while (i < n) {
		int d;
		if (s[i] >= '0' && s[i] <= '9') {
			d = s[i] - '0';
			i++;
		} else if (n - i >= 3 && (unsigned char)s[i] == 0xef && (unsigned char)s[i + 1] == 0xbc &&
			   (unsigned char)s[i + 2] >= 0x90 && (unsigned char)s[i + 2] <= 0x99) {
			d = (unsigned char)s[i + 2] - 0x90;
			i += 3;
		} else {
			break;
		}
		if (++count > 15)
			return -1;
		value = value * 10 + d;
	}
	if (count == 0)
		return -1;
	*used = i;
	return value;
}

bool
numeral_read(const char *s, size_t n, struct numeral *out)
{
	size_t i = 0, k;
	long long value;

	out->value = 0;
	out->digits = 0;
	out->chinese = false;
	for (;;) {
		const unsigned char *p = (const unsigned char *)s + i;
		int d;
		if (i < n && p[0] >= '0' && p[0] <= '9') {
			d = p[0] - '0';
			i++;
		} else if (n - i >= 3 && p[0] == 0xef && p[1] == 0xbc && p[2] >= 0x90 && p[2] <= 0x99) {
			d = p[2] - 0x90;
			i += 3;
		} else {
			break;
		}
		if (out->digits < 15)
			out->value = out->value * 10 + d;
		out->digits++;
	}
	if (out->digits > 0) {
		out->length = i;
		return true;
	}
	if (numeral_chinese_digit(s, n, &k) < 0 && multiplier(s, n) != 10)
		return false;
	value = numeral_chinese(s, n, &k);
	if (value < 0)
		return false;
	out->value = value;
	out->chinese = true;
	out->length = k;
	/* Digit by digit (二〇二三) when every character is a digit. */
	for (i = 0; i < out->length; i += k) {
		if (numeral_chinese_digit(s + i, out->length - i, &k) < 0) {
			out->digits = 0;
			break;
		}
		out->digits++;
	}
	return true;
}
