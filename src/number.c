/* SPDX-License-Identifier: GPL-3.0-or-later */
/* number.c - the grammar of numbers in figures: Arabic digits with
 * thousands separators and decimals (3860, 1,200, 12.5, １２３), Chinese
 * numerals (二十三, 三点五), both with the multipliers and approximation
 * words of the unit table (1.2万, 1亿3千多万, 1000多). */
#include <config.h>

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "number.h"
#include "numeral.h"
#include "utf8.h"

int
number_chinese_digit(const struct units_text *s, size_t p, size_t *len)
{
	uint32_t c;
	size_t k;

	if (p >= s->length || (unsigned char)s->text[p] < 0x80)
		return -1;
	k = utf8_decode(s->text + p, s->length - p, &c);
	if (!units_bit(s->units->digit, c))
		return -1;
	return numeral_chinese_digit(s->text + p, k, len);
}

/* ---- exact decimals -------------------------------------------------------
 *
 * Beside the double it computes, the grammar keeps each part of a number
 * as a decimal, M times 10^E, to tell whether the double is the number
 * written (11111111111111111元 is not: the nearest double ends in 12). */

struct exact {
	uint64_t m;
	int e;
	bool lost;      /* more digits than M holds */
};

/* Exponents past this are lost: no double reaches them. */
enum { EXPONENT_MAX = 4000 };

/* *M times 10^K; false when it overflows. */
static bool
scale_up(uint64_t *m, int k)
{
	for (; k > 0 && *m != 0; k--) {
		if (*m > UINT64_MAX / 10)
			return false;
		*m *= 10;
	}
	return true;
}

static const struct exact exact_zero = { 0, 0, false };

static struct exact
exact_trim(struct exact x)
{
	if (x.m == 0)
		x.e = 0;
	while (x.m != 0 && x.m % 10 == 0) {
		x.m /= 10;
		x.e++;
	}
	return x;
}

static struct exact
exact_add(struct exact a, struct exact b)
{
	struct exact t;

	if (a.lost || b.lost)
		return (struct exact){ 0, 0, true };
	if (a.m == 0)
		return b;
	if (b.m == 0)
		return a;
	if (a.e > b.e) {
		t = a;
		a = b;
		b = t;
	}
	if (!scale_up(&b.m, b.e - a.e) || b.m > UINT64_MAX - a.m)
		return (struct exact){ 0, 0, true };
	return exact_trim((struct exact){ a.m + b.m, a.e, false });
}

/* X times 10^POWER; POWER -1 is a multiplier that is no power of ten. */
static struct exact
exact_shift(struct exact x, int power)
{
	if (power < 0 || x.e > EXPONENT_MAX)
		x.lost = true;
	else if (x.m != 0)
		x.e += power;
	return x;
}

/* Whether the double nearest X is X as JSON and people read it back. */
static bool
exact_fits(struct exact x)
{
	if (x.lost)
		return false;
	if (x.e >= 0)
		return scale_up(&x.m, x.e) && x.m <= NUMBER_EXACT_MAX;
	return x.m < UINT64_C(1000000000000000);   /* 15 digits: %.15g gives them back */
}

/* The double nearest X (exact_fits): one rounding. */
static double
exact_value(struct exact x)
{
	double scale = 1;

	if (x.e >= 0) {
		scale_up(&x.m, x.e);
		return (double)x.m;
	}
	if (x.e >= -22) {      /* 10^22 is the last power of ten a double holds */
		for (int k = 0; k < -x.e; k++)
			scale *= 10;
		return (double)x.m / scale;
	} else {
		char text[48];
		snprintf(text, sizeof text, "%" PRIu64 "e%d", x.m, x.e);
		return strtod(text, NULL);
	}
}

/* X, read so far with ZEROS zeros after it, followed by digit D. */
static void
exact_digit(struct exact *x, int d, int *zeros)
{
	if (d == 0) {
		(*zeros)++;
		return;
	}
	if (x->lost)
		return;
	if (!scale_up(&x->m, *zeros + 1) || x->m > UINT64_MAX - (uint64_t)d) {
		x->lost = true;
		return;
	}
	x->m += (uint64_t)d;
	*zeros = 0;
}

/* Reads Arabic digits with thousands separators and a decimal part at P.
 * Returns false when there are none; *END after them, *X the number. */
static bool
read_arabic(const struct units_text *s, size_t p, double *value, struct exact *x, size_t *end)
{
	const char *t = s->text;
	size_t n = s->length, q = p, len;
	double v = 0;
	int d, group = 0, digits = 0, zeros = 0;

	*x = exact_zero;
	while (q < n) {
		d = number_arabic_digit(t + q, n - q, &len);
		if (d >= 0) {
			v = v * 10 + d;
			exact_digit(x, d, &zeros);
			q += len;
			digits++;
			group++;
			continue;
		}
		/* 1,200: a comma followed by exactly three digits. */
		if (t[q] == ',' && group >= 1 && group <= 3 && q + 3 < n + 1) {
			size_t r = q + 1, l2;
			int k = 0;
			while (k < 4 && r < n && number_arabic_digit(t + r, n - r, &l2) >= 0) {
				r += l2;
				k++;
			}
			if (k == 3) {
				q++;
				group = 0;
				continue;
			}
		}
		break;
	}
	if (digits == 0)
		return false;
	/* The decimal part: 12.5, １２．５ */
	if (q < n) {
		size_t mark = 0;
		if (t[q] == '.')
			mark = 1;
		else if (n - q >= 3 && memcmp(t + q, "．", 3) == 0)
			mark = 3;
		if (mark && q + mark < n && number_arabic_digit(t + q + mark, n - q - mark, &len) >= 0) {
			/* 82.7 as 827 / 10: one rounding, not one per digit */
			double scale = 1;
			q += mark;
			while (q < n && (d = number_arabic_digit(t + q, n - q, &len)) >= 0) {
				if (scale < 1e15) {
					v = v * 10 + d;
					scale *= 10;
				}
				exact_digit(x, d, &zeros);
				x->e--;
				q += len;
			}
			v /= scale;
		}
	}
	x->e += zeros;
	*x = exact_trim(*x);
	*value = v;
	*end = q;
	return true;
}

/* Writes DIGITS (COUNT ASCII digits) with the decimal point after the
 * first POINT of them (POINT may pass either end), "-" first when
 * NEGATIVE, leading and trailing zeros dropped: a new string or NULL. */
static char *
decimal_text(const char *digits, size_t count, long point, bool negative)
{
	char *text, *w;

	while (count > 0 && digits[0] == '0') {
		digits++;
		count--;
		point--;
	}
	while (count > 0 && digits[count - 1] == '0')
		count--;
	if (count == 0)
		return strdup("0");
	text = malloc(count + (size_t)(point < 0 ? -point : point) + 4);
	if (!text)
		return NULL;
	w = text;
	if (negative)
		*w++ = '-';
	if (point <= 0) {
		*w++ = '0';
		*w++ = '.';
		for (long k = point; k < 0; k++)
			*w++ = '0';
		memcpy(w, digits, count);
		w += count;
	} else if ((size_t)point >= count) {
		memcpy(w, digits, count);
		w += count;
		for (size_t k = count; k < (size_t)point; k++)
			*w++ = '0';
	} else {
		memcpy(w, digits, (size_t)point);
		w += point;
		*w++ = '.';
		memcpy(w, digits + point, count - (size_t)point);
		w += count - (size_t)point;
	}
	*w = '\0';
	return text;
}

char *
number_decimal(const struct units_text *t, const struct number *n, bool negative, bool *nomem)
{
	char *digits, *text;
	size_t count = 0, len;
	long point = -1;

	*nomem = false;
	if (!n->lost) {
		char mantissa[24];
		int k = snprintf(mantissa, sizeof mantissa, "%" PRIu64, n->mantissa);
		text = decimal_text(mantissa, (size_t)k, k + n->exponent, negative);
		*nomem = text == NULL;
		return text;
	}
	if (n->run_end == 0)
		return NULL;
	/* The run as written, without its separators: 12,345.678 */
	digits = malloc(n->run_end - n->run_start + 1);
	if (!digits) {
		*nomem = true;
		return NULL;
	}
	for (size_t q = n->run_start; q < n->run_end;) {
		const struct unit_word *w;
		int d = number_arabic_digit(t->text + q, n->run_end - q, &len);
		if (d >= 0 || (d = number_chinese_digit(t, q, &len)) >= 0) {
			digits[count++] = (char)('0' + d);
			q += len;
			continue;
		}
		if (t->text[q] == '.' ||
		    (n->run_end - q >= 3 && memcmp(t->text + q, "．", 3) == 0)) {
			point = (long)count;
			q += t->text[q] == '.' ? 1 : 3;
			continue;
		}
		w = units_lookup(t->units, t->text + q, n->run_end - q, ROLE_BIT(ROLE_DECIMAL));
		if (w) {          /* 三点一四 */
			point = (long)count;
			q += w->length;
			continue;
		}
		q++;      /* a thousands separator */
	}
	if (point < 0)
		point = (long)count;
	text = decimal_text(digits, count, point + n->run_power, negative);
	*nomem = text == NULL;
	free(digits);
	return text;
}

const struct unit_word *
number_unit_at(const struct units_text *s, size_t p)
{
	const struct unit_word *w = units_lookup(s->units, s->text + p, s->length - p,
						 UNIT_ROLES | ROLE_BIT(ROLE_MULTIPLIER) |
						 ROLE_BIT(ROLE_APPROX));
	return w && (w->roles & UNIT_ROLES) ? w : NULL;
}

/* Multipliers combine as Chinese numbers do: the total (亿 and up), the
 * 万 group, the section below 万, and the digit waiting for its
 * multiplier; each as a double and as an exact decimal.  Stacked
 * multipliers scale all before them: 3万亿亿 is 3 × 10^4 × 10^8 × 10^8. */
bool
number_read(const struct units_text *s, size_t p, struct number *out)
{
	const struct unit_table *u = s->units;
	double total = 0, wan = 0, section = 0, digit = 0;
	struct exact x_total = exact_zero, x_wan = exact_zero, x_section = exact_zero,
		     x_digit = exact_zero, x;
	bool have_digit = false, approx = false, zero = false;
	double last_multiplier = 1e30, previous = 0;
	size_t q = p, len;
	int tokens = 0, leaves = 0;

	memset(out, 0, sizeof *out);
	if (read_arabic(s, q, &digit, &x_digit, &q)) {
		have_digit = true;
		tokens++;
		leaves++;
		out->run_start = p;
		out->run_end = q;
	} else {
		out->chinese = true;
	}
	while (q < s->length) {
		const struct unit_word *w;
		int d;

		if (number_unit_at(s, q))
			break;
		w = units_lookup(u, s->text + q, s->length - q,
				 ROLE_BIT(ROLE_MULTIPLIER) | ROLE_BIT(ROLE_APPROX) | ROLE_BIT(ROLE_DECIMAL));
		if (w && (w->roles & ROLE_BIT(ROLE_MULTIPLIER))) {
			double m = w->value;
			if (approx && m < 10000)
				break;       /* 3千多万 is fine, 3多千 is not */
			if (!have_digit && tokens > 0 && !zero && (m < 10000 || m <= previous) &&
			    !(m >= 1e8 && previous >= 1e8))
				break;       /* 万万, 亿千; but 3千万, 82.7万亿, 1亿亿 */
			if (!have_digit && tokens == 0) {
				if (m != 10)
					break;
				digit = 1;    /* 十二 */
				x_digit = (struct exact){ 1, 0, false };
				leaves++;
			}
			if (m < 10000) {
				if (m >= last_multiplier)
					break;   /* 三百千 */
				section += digit * m;
				x_section = exact_add(x_section, exact_shift(x_digit, w->power));
				last_multiplier = m;
			} else if (m < 1e8) {
				wan = (wan + section + digit) * m;
				x_wan = exact_shift(exact_add(exact_add(x_wan, x_section), x_digit),
						    w->power);
				section = 0;
				x_section = exact_zero;
				last_multiplier = 1e30;   /* 2万5千 */
			} else {
				total = (total + wan + section + digit) * m;
				x_total = exact_shift(exact_add(exact_add(exact_add(x_total, x_wan),
									  x_section), x_digit),
						      w->power);
				wan = section = 0;
				x_wan = x_section = exact_zero;
				last_multiplier = 1e30;
			}
			digit = 0;
			x_digit = exact_zero;
			have_digit = false;
			zero = false;
			previous = m;
			out->multiplied = true;
			out->run_power = w->power < 0 || out->run_power < 0 ||
					 out->run_power > EXPONENT_MAX ? -1 : out->run_power + w->power;
			tokens++;
			q += w->length;
			continue;
		}
		if (w && (w->roles & ROLE_BIT(ROLE_APPROX))) {
			if (approx || tokens == 0)
				break;
			approx = true;
			q += w->length;
			continue;
		}
		if (w && (w->roles & ROLE_BIT(ROLE_DECIMAL)) && out->chinese && have_digit &&
		    !out->multiplied && number_chinese_digit(s, q + w->length, &len) >= 0) {
			/* 三点五: digits after the point read one by one. */
			double scale = 0.1;
			size_t r = q + w->length;
			int power = -1;
			bool run = out->run_end == q;   /* the run goes on past its point */
			while ((d = number_chinese_digit(s, r, &len)) >= 0) {
				digit += d * scale;
				x_digit = exact_add(x_digit, (struct exact){ (uint64_t)d, power, false });
				scale /= 10;
				power = power > -EXPONENT_MAX ? power - 1 : power;
				r += len;
			}
			if (run)
				out->run_end = r;
			q = r;
			tokens++;
			continue;
		}
		if (approx)
			break;
		if (out->chinese && (d = number_chinese_digit(s, q, &len)) >= 0) {
			if (have_digit && !zero)
				return false;   /* 十三五, 二三: not one number */
			digit = d;
			x_digit = (struct exact){ (uint64_t)d, 0, false };
			have_digit = true;
			zero = d == 0;
			tokens++;
			if (leaves++ == 0) {
				out->run_start = q;
				out->run_end = q + len;
			}
			q += len;
			continue;
		}
		if (!have_digit && out->multiplied) {
			/* 1亿3千多万: an Arabic part after a multiplier counts when a
			 * smaller multiplier follows it. */
			double v;
			struct exact xv;
			size_t r;
			const struct unit_word *next;
			if (read_arabic(s, q, &v, &xv, &r) &&
			    (next = units_lookup(u, s->text + r, s->length - r, ROLE_BIT(ROLE_MULTIPLIER))) &&
			    !number_unit_at(s, r) && next->value < (wan > 0 && section == 0 && total == 0 ?
							      10000 : 1e8)) {
				digit = v;
				x_digit = xv;
				have_digit = true;
				tokens++;
				leaves++;
				q = r;
				continue;
			}
		}
		break;
	}
	if (tokens == 0)
		return false;
	out->value = total + wan + section + digit;
	x = exact_add(exact_add(exact_add(x_total, x_wan), x_section), x_digit);
	out->exact = exact_fits(x);
	if (out->exact)
		out->value = exact_value(x);
	out->mantissa = x.m;
	out->exponent = x.e;
	out->lost = x.lost;
	if (leaves != 1 || out->run_power < 0)
		out->run_end = 0;
	out->end = q;
	if (out->chinese && tokens == 1 && !approx && have_digit && digit == 1 &&
	    q - p == strlen("一") && memcmp(s->text + p, "一", q - p) == 0)
		out->lone_one = true;
	return true;
}
