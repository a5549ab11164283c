/* SPDX-License-Identifier: GPL-3.0-or-later */
/* spacing.c - closing up text spaced out a character at a time (see
 * spacing.h).  The text only shrinks, so it is rewritten in place, front
 * to back. */
#include <config.h>

#include <stdint.h>
#include <string.h>

#include "spacing.h"
#include "utf8.h"

/* How much of a text is looked at, and what makes it spaced out. */
enum {
	SAMPLE_BYTES = 64 * 1024,
	HAN_MIN = 6,           /* Han characters a line needs to count */
	SPACED_LINES_MIN = 10,
	GAP_SHARE = 7          /* in ten joints with a wide side, gapped */
};

/* A wide character: Han, the CJK symbols and punctuation (、。「」),
 * full-width forms (，：（）) and the general punctuation Chinese text
 * sets full width (“” ‘’ —— …). */
static bool
wide(uint32_t c)
{
	return utf8_is_han(c) || (c >= 0x3001 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff60) ||
	       (c >= 0x2010 && c <= 0x2027);
}

/* Counts the Han characters of the line S (N bytes), its joints (two
 * characters in a row, spaces apart or not, one of them wide) and how
 * many of those have ASCII spaces between them. */
static void
measure(const char *s, size_t n, size_t *han, size_t *joints, size_t *gapped)
{
	bool have = false, was_wide = false, gap = false;

	*han = *joints = *gapped = 0;
	for (size_t i = 0; i < n;) {
		uint32_t c;
		if (s[i] == ' ') {
			gap = true;
			i++;
			continue;
		}
		i += utf8_decode(s + i, n - i, &c);
		if (utf8_is_han(c))
			(*han)++;
		if (have && (was_wide || wide(c))) {
			(*joints)++;
			if (gap)
				(*gapped)++;
		}
		have = !utf8_is_space(c);
		was_wide = wide(c);
		gap = false;
	}
}

/* True when the line S (N bytes) holds at least MIN Han characters;
 * reads only as far as the MIN-th. */
static bool
han_at_least(const char *s, size_t n, size_t min)
{
	size_t han = 0;

	for (size_t i = 0; i < n && han < min;) {
		uint32_t c;
		i += utf8_decode(s + i, n - i, &c);
		if (utf8_is_han(c))
			han++;
	}
	return han >= min;
}

bool
spacing_detect(const char *text, size_t length)
{
	size_t end = length < SAMPLE_BYTES ? length : SAMPLE_BYTES, counted = 0, spaced = 0;

	for (size_t pos = 0; pos < end;) {
		const char *nl = memchr(text + pos, '\n', end - pos);
		size_t le = nl ? (size_t)(nl - text) : end, han, joints, gapped;

		/* A line with no space between its characters is not spaced
		 * out: it only counts, if it has the Han characters to count
		 * (and with them it has joints, none gapped). */
		if (!memchr(text + pos, ' ', le - pos)) {
			counted += han_at_least(text + pos, le - pos, HAN_MIN);
			pos = le + 1;
			continue;
		}
		measure(text + pos, le - pos, &han, &joints, &gapped);
		if (han >= HAN_MIN) {
			counted++;
			if (gapped * 10 >= joints * GAP_SHARE)
				spaced++;
		}
		pos = le + 1;
	}
	return spaced >= SPACED_LINES_MIN && 2 * spaced > counted;
}

/* The length of the bare number at S (N bytes): ASCII digits and the
 * marks figures are written with (, . - + %), ended by a space or the
 * line's end; 0 when S opens with none (2025年, 3.6%。 are no bare
 * number: a word or a mark goes on from them). */
static size_t
bare_number(const char *s, size_t n)
{
	size_t i = 0;
	bool digit = false;

	while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == ',' || s[i] == '.' || s[i] == '-' ||
			 s[i] == '+' || s[i] == '%')) {
		digit |= s[i] >= '0' && s[i] <= '9';
		i++;
	}
	return digit && (i == n || s[i] == ' ' || s[i] == '\n' || s[i] == '\r') ? i : 0;
}

/* True when S (N bytes) opens a table's cells of figures: a bare number,
 * spaces, and another bare number (129334  92098  -28.79), or a bare
 * number of ALONE characters or more that ends the line (1646661): the
 * spaces before it part a row's first cell (一、利润收入) from its
 * figures. */
static bool
figure_cells(const char *s, size_t n, size_t alone)
{
	size_t k = bare_number(s, n), sp = k;

	if (k == 0)
		return false;
	while (sp < n && s[sp] == ' ')
		sp++;
	if (sp == n || s[sp] == '\n' || s[sp] == '\r')
		return k >= alone;
	return sp > k && bare_number(s + sp, n - sp) > 0;
}

/* Closes up TEXT (LENGTH bytes) in place: every run of at least LEAST
 * ASCII spaces between two characters of a line one of which is wide
 * goes, but for the one before a table row's figures (figure_cells, a
 * number alone at the end of ALONE characters or more).  Returns the new
 * length. */
static size_t
close_runs(char *text, size_t length, size_t least, size_t alone)
{
	size_t r = 0, w = 0;

	while (r < length) {
		size_t run = 0, k;
		uint32_t before = 0, after = 0;

		if (text[r] != ' ') {
			text[w++] = text[r++];
			continue;
		}
		while (r + run < length && text[r + run] == ' ')
			run++;
		/* the characters on either side, within the line */
		if (w > 0 && text[w - 1] != '\n' && text[w - 1] != '\r') {
			k = utf8_previous(text, 0, w);
			utf8_decode(text + k, w - k, &before);
		}
		if (r + run < length && text[r + run] != '\n' && text[r + run] != '\r')
			utf8_decode(text + r + run, length - r - run, &after);
		if (run >= least && before && after && !utf8_is_space(before) && !utf8_is_space(after) &&
		    (wide(before) || wide(after)) && !figure_cells(text + r + run, length - r - run, alone)) {
			r += run;
			continue;
		}
		memmove(text + w, text + r, run);
		w += run;
		r += run;
	}
	return w;
}

size_t
spacing_close_up(char *text, size_t length)
{
	return close_runs(text, length, 1, 4);
}

size_t
spacing_close_gaps(char *s, size_t length)
{
	return close_runs(s, length, 2, 1);
}

/* True when the digit at TEXT[I] (of LENGTH bytes) stands alone, no digit
 * right before it, and one ASCII space parts it from a digit, a wide
 * character, % or ‰; *AFTER is set to what follows the space. */
static bool
spaced_digit(const char *text, size_t length, size_t i, uint32_t *after)
{
	if (text[i] < '0' || text[i] > '9' || (i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9') ||
	    i + 2 >= length || text[i + 1] != ' ')
		return false;
	utf8_decode(text + i + 2, length - i - 2, after);
	return (*after >= '0' && *after <= '9') || *after == '%' || *after == 0x2030 || wide(*after);
}

bool
spacing_digits_detect(const char *text, size_t length)
{
	enum { NUMBERS_MIN = 5, DIGITS_MIN = 3 };
	size_t end = length < SAMPLE_BYTES ? length : SAMPLE_BYTES, numbers = 0;

	for (size_t i = 0; i < end && numbers < NUMBERS_MIN; i++) {
		size_t k = i, digits = 1;
		uint32_t after;

		/* a run's first digit: no "d " right before it */
		if (!spaced_digit(text, end, i, &after) ||
		    (i >= 2 && text[i - 1] == ' ' && text[i - 2] >= '0' && text[i - 2] <= '9'))
			continue;
		while (after >= '0' && after <= '9' && spaced_digit(text, end, k + 2, &after)) {
			k += 2;
			digits++;
		}
		if (digits >= DIGITS_MIN && wide(after))
			numbers++;
		i = k + 1;
	}
	return numbers >= NUMBERS_MIN;
}

size_t
spacing_close_digits(char *text, size_t length)
{
	size_t r = 0, w = 0;

	/* (read in the text as it was: the bytes before R that the closing
	 * up rewrote are behind W, and W never passes R) */
	while (r < length) {
		uint32_t after;
		bool close = spaced_digit(text, length, r, &after);

		text[w++] = text[r];
		r += close ? 2 : 1;
	}
	return w;
}
