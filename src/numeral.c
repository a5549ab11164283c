/* numeral.c - Arabic and Chinese numerals. */
#include <config.h>

#include <stdbool.h>
#include <string.h>

#include "numeral.h"

/* Larger numbers are refused: no report counts past a thousand trillion. */
#define LIMIT 1000000000000000LL

static const char *const digits[] = { "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

int
numeral_chinese_digit(const char *s, size_t n, size_t *used)
{
	*used = 0;
	if (n < 3)
		return -1;
	for (int d = 0; d < 10; d++)
		if (memcmp(s, digits[d], 3) == 0) {
			*used = 3;
			return d;
		}
	if (memcmp(s, "零", 3) == 0 || memcmp(s, "○", 3) == 0) {
		*used = 3;
		return 0;
	}
	if (memcmp(s, "两", 3) == 0) {
		*used = 3;
		return 2;
	}
	return -1;
}

/* The multiplier at S: 十 10, 百 100, 千 1000, 万 10^4, 亿 10^8; else 0. */
static long long
multiplier(const char *s, size_t n)
{
	if (n < 3)
		return 0;
	if (memcmp(s, "十", 3) == 0)
		return 10;
	if (memcmp(s, "百", 3) == 0)
		return 100;
	if (memcmp(s, "千", 3) == 0)
		return 1000;
	if (memcmp(s, "万", 3) == 0)
		return 10000;
	if (memcmp(s, "亿", 3) == 0)
		return 100000000;
	return 0;
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
