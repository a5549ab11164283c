/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pinyin.c - matching a pinyin term against Han text.  From each Han
 * character that has a reading starting with the term's first letter, a
 * small dynamic programme walks on over the characters that follow: after
 * each character, the set of places in the term that its readings can
 * reach (a bit each in a 64-bit word), each reading taking either its
 * whole syllable (with its tone digit, if the term gives one) or its
 * initial -- the first letter, or zh, ch, sh.  The term matches when the
 * set holds its end.  So zfgzbg reaches its end over 政府工作报告 (z f g
 * z b g), and xian over both 先 (xian) and 西安 (xi an). */
#include <config.h>

#include <pthread.h>
#include <string.h>

#include "fold.h"
#include "pinyin.h"
#include "unihan.h"
#include "utf8.h"

/* For each code point of the table, a bit for each letter its readings
 * start with (bit 0: a); built once. */
static uint32_t first_letters[UNIHAN_PINYIN_LAST - UNIHAN_PINYIN_FIRST + 1];
static pthread_once_t first_letters_once = PTHREAD_ONCE_INIT;

static void
first_letters_fill(void)
{
	for (size_t i = 0; i <= UNIHAN_PINYIN_LAST - UNIHAN_PINYIN_FIRST; i++)
		for (const uint16_t *r = unihan_reading_sets + unihan_pinyin[i]; *r; r++)
			first_letters[i] |= 1u << (unihan_syllables[*r >> 3][0] - 'a');
}

const uint16_t *
pinyin_readings(ucs4_t uc)
{
	if (uc < UNIHAN_PINYIN_FIRST || uc > UNIHAN_PINYIN_LAST)
		return unihan_reading_sets;     /* its first entry is 0 */
	return unihan_reading_sets + unihan_pinyin[uc - UNIHAN_PINYIN_FIRST];
}

const char *
pinyin_syllable(unsigned index)
{
	return index < unihan_syllable_count ? unihan_syllables[index] : "";
}

/* The letter (as a bit, bit 0: a) that goes on with the term Q from
 * place J, past a tone digit (when TONE) and an apostrophe; all letters
 * at its end, none when a digit stands where no tone can. */
static uint32_t
letter_after(const char *q, size_t j, bool tone)
{
	if (tone && q[j] >= '1' && q[j] <= '5')
		j++;
	if (q[j] == '\'')
		j++;
	if (q[j] == '\0')
		return UINT32_MAX;
	return q[j] >= 'a' && q[j] <= 'z' ? 1u << (q[j] - 'a') : 0;
}

/* Sets TERM's first and second: the letters after the places one
 * character can take the term to (its initial, zh, ch or sh, or a whole
 * syllable). */
static void
term_letters(struct pinyin_term *term)
{
	const char *q = term->text;
	uint32_t second = letter_after(q, 1, false);

	term->first = 1u << (q[0] - 'a');
	if (q[1] == 'h' && (q[0] == 'z' || q[0] == 'c' || q[0] == 's'))
		second |= letter_after(q, 2, false);
	for (size_t i = 0; i < unihan_syllable_count; i++) {
		const char *s = unihan_syllables[i];
		size_t k = 0;
		while (s[k] && s[k] == q[k])
			k++;
		if (!s[k])
			second |= letter_after(q, k, true);
	}
	term->second = second;
}

bool
pinyin_term_read(const uint8_t *folded, size_t length, struct pinyin_term *out)
{
	size_t letters = 0;

	out->length = 0;
	for (size_t i = 0; i < length; i++) {
		uint8_t c = folded[i];
		char previous = out->length ? out->text[out->length - 1] : '\0';

		if (c == 0xc3 && i + 1 < length && folded[i + 1] == 0xbc) {
			c = 'v';        /* ü */
			i++;
		}
		if (c >= 'a' && c <= 'z')
			letters++;
		else if (c >= '0' && c <= '5')
			c = c == '0' ? '5' : c;
		else if (c != '\'')
			return false;
		/* A tone after a letter, an apostrophe after a letter or tone. */
		if ((c < 'a' && !(previous >= 'a' && previous <= 'z') &&
		     !(c == '\'' && previous >= '1' && previous <= '5')) ||
		    out->length == PINYIN_TERM_MAX)
			return false;
		out->text[out->length++] = (char)c;
	}
	out->text[out->length] = '\0';
	if (letters < 2)
		return false;
	term_letters(out);
	return true;
}

/* Where the term's reading goes on after reaching place J: past an
 * apostrophe there. */
static inline uint64_t
reach(const struct pinyin_term *term, size_t j)
{
	if (j < term->length && term->text[j] == '\'')
		j++;
	return (uint64_t)1 << j;
}

/* The places in TERM that a character with READINGS takes each place of
 * FROM to. */
static uint64_t
step(const struct pinyin_term *term, uint64_t from, const uint16_t *readings)
{
	const char *q = term->text;
	uint64_t to = 0;

	for (size_t i = 0; i < term->length; i++) {
		if (!(from >> i & 1))
			continue;
		for (const uint16_t *r = readings; *r; r++) {
			const char *s = unihan_syllables[*r >> 3];
			size_t k = 1;

			if (s[0] != q[i])
				continue;
			to |= reach(term, i + 1);
			if (s[1] == 'h' && (s[0] == 'z' || s[0] == 'c' || s[0] == 's') && q[i + 1] == 'h')
				to |= reach(term, i + 2);
			/* The whole syllable (Q ends in a NUL). */
			while (s[k] && s[k] == q[i + k])
				k++;
			if (!s[k]) {
				size_t j = i + k;
				if (j < term->length && q[j] >= '1' && q[j] <= '5') {
					if (q[j] - '0' == (*r & 7))
						to |= reach(term, j + 1);
				} else {
					to |= reach(term, j);
				}
			}
		}
	}
	return to;
}

/* Whether TERM matches from the Han character at P; sets *END past the
 * last character of the shortest match. */
static bool
match_from(const struct pinyin_term *term, const uint8_t *text, size_t n, size_t p, size_t *end)
{
	uint64_t places = 1, done = (uint64_t)1 << term->length;

	while (p < n && text[p] != '\n') {
		ucs4_t uc;
		size_t k = utf8_decode((const char *)text + p, n - p, &uc);
		const uint16_t *readings = pinyin_readings(uc);

		if (*readings) {
			places = step(term, places, readings);
			if (places & done) {
				*end = p + k;
				return true;
			}
			if (!places)
				return false;
		} else if (!fold_is_ignorable(uc)) {
			return false;
		}
		p += k;
	}
	return false;
}

/* The code point of the three-byte UTF-8 sequence at S. */
static inline ucs4_t
three_bytes(const uint8_t *s)
{
	return (ucs4_t)(s[0] & 0x0f) << 12 | (ucs4_t)(s[1] & 0x3f) << 6 | (s[2] & 0x3f);
}

bool
pinyin_find(const struct pinyin_term *term, const uint8_t *text, size_t n, size_t from,
	    size_t until, size_t *start, size_t *end)
{
	/* Kept in registers: the loop below writes no memory. */
	const uint32_t first = term->first, second = term->second;

	pthread_once(&first_letters_once, first_letters_fill);
	if (until > n)
		until = n;
	/* The characters of the table are three bytes, led by E3 to E9,
	 * which UTF-8 uses for nothing else. */
	for (size_t p = from; p < until;) {
		uint8_t b = text[p];
		ucs4_t uc;

		if (b < 0xe3 || b > 0xe9 || p + 2 >= n) {
			p++;
			continue;
		}
		uc = three_bytes(text + p);
		if (uc >= UNIHAN_PINYIN_FIRST && (first_letters[uc - UNIHAN_PINYIN_FIRST] & first)) {
			/* Most places end here: the next character's readings
			 * cannot go on with the term. */
			ucs4_t next = p + 5 < n && text[p + 3] >= 0xe3 && text[p + 3] <= 0xe9
					      ? three_bytes(text + p + 3)
					      : 0;
			if ((next < UNIHAN_PINYIN_FIRST ||
			     (first_letters[next - UNIHAN_PINYIN_FIRST] & second)) &&
			    match_from(term, text, n, p, end)) {
				*start = p;
				return true;
			}
		}
		p += 3;
	}
	return false;
}
