/* number.c - the grammar of numbers in figures: Arabic digits with
 * thousands separators and decimals (3860, 1,200, 12.5, １２３), Chinese
 * numerals (二十三, 三点五), both with the multipliers and approximation
 * words of the unit table (1.2万, 1亿3千多万, 1000多). */
#include <config.h>

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

/* Reads Arabic digits with thousands separators and a decimal part at P.
 * Returns false when there are none; *END after them. */
static bool
read_arabic(const struct units_text *s, size_t p, double *value, size_t *end)
{
	const char *t = s->text;
	size_t n = s->length, q = p, len;
	double v = 0;
	int d, group = 0, digits = 0;

	while (q < n) {
		d = number_arabic_digit(t + q, n - q, &len);
		if (d >= 0) {
			v = v * 10 + d;
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
	/* More than 18 digits is an identifier (ID card numbers have 18), not
	 * an amount; and a double would lose it anyway. */
	if (digits == 0 || digits > 18)
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
				q += len;
			}
			v /= scale;
		}
	}
	*value = v;
	*end = q;
	return true;
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
 * multiplier. */
bool
number_read(const struct units_text *s, size_t p, struct number *out)
{
	const struct unit_table *u = s->units;
	double total = 0, wan = 0, section = 0, digit = 0;
	bool have_digit = false, approx = false, zero = false;
	double last_multiplier = 1e30, previous = 0;
	size_t q = p, len;
	int tokens = 0;

	memset(out, 0, sizeof *out);
	if (read_arabic(s, q, &digit, &q)) {
		have_digit = true;
		tokens++;
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
			if (!have_digit && tokens > 0 && !zero && (m < 10000 || m <= previous))
				break;       /* 万万, 亿千; but 3千万, 82.7万亿 */
			if (!have_digit && tokens == 0) {
				if (m != 10)
					break;
				digit = 1;    /* 十二 */
			}
			if (m < 10000) {
				if (m >= last_multiplier)
					break;   /* 三百千 */
				section += digit * m;
				last_multiplier = m;
			} else if (m < 1e8) {
				wan = (wan + section + digit) * m;
				section = 0;
				last_multiplier = 1e30;   /* 2万5千 */
			} else {
				total = (total + wan + section + digit) * m;
				wan = section = 0;
				last_multiplier = 1e30;
			}
			digit = 0;
			have_digit = false;
			zero = false;
			previous = m;
			out->multiplied = true;
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
			while ((d = number_chinese_digit(s, r, &len)) >= 0) {
				digit += d * scale;
				scale /= 10;
				r += len;
			}
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
			have_digit = true;
			zero = d == 0;
			tokens++;
			q += len;
			continue;
		}
		if (!have_digit && out->multiplied) {
			/* 1亿3千多万: an Arabic part after a multiplier counts when a
			 * smaller multiplier follows it. */
			double v;
			size_t r;
			const struct unit_word *next;
			if (read_arabic(s, q, &v, &r) &&
			    (next = units_lookup(u, s->text + r, s->length - r, ROLE_BIT(ROLE_MULTIPLIER))) &&
			    !number_unit_at(s, r) && next->value < (wan > 0 && section == 0 && total == 0 ?
							      10000 : 1e8)) {
				digit = v;
				have_digit = true;
				tokens++;
				q = r;
				continue;
			}
		}
		break;
	}
	if (tokens == 0)
		return false;
	out->value = total + wan + section + digit;
	out->end = q;
	if (out->chinese && tokens == 1 && !approx && have_digit && digit == 1 &&
	    q - p == strlen("一") && memcmp(s->text + p, "一", q - p) == 0)
		out->lone_one = true;
	return true;
}
