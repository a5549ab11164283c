/* SPDX-License-Identifier: GPL-3.0-or-later */
/* gb18030.c - GB18030 bytes looked at as they stand.  A character is one
 * ASCII byte, two bytes (a first byte 81..FE, a second 40..7E or 80..FE)
 * or four (81..FE, 30..39, 81..FE, 30..39).  What each two-byte character
 * decodes to is asked of iconv once, for all of them at the first look;
 * the four-byte ones, rare in a report, are asked as they come. */
#include <config.h>

#include <iconv.h>
#include <stdbool.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "gb18030.h"
#include "utf8.h"

/* The two-byte characters, by index: first byte less 0x81 times 191, plus
 * second byte less 0x40 (0x7F, which no character holds, is counted). */
enum { TWO_SECONDS = 191, TWO_COUNT = 126 * TWO_SECONDS };

/* What each two-byte character decodes to, 0 when iconv refuses it (or
 * it decodes to ASCII or to more than one character). */
static ucs4_t two[TWO_COUNT];
/* A bit for each that decodes (TWO is not 0): a table that the walk keeps
 * at hand. */
static uint8_t valid[(TWO_COUNT + 7) / 8];

/* The two-byte characters sorted by what they decode to. */
struct decoded {
	ucs4_t uc;
	uint16_t index;
};
static struct decoded *inverse;
static size_t inverse_count;
static pthread_once_t once = PTHREAD_ONCE_INIT;

/* What the K bytes at IN decode to with CD: the one character other than
 * ASCII they make, or 0. */
static ucs4_t
decode_one(iconv_t cd, const char *in, size_t k)
{
	char out[16], *o = out, *i = (char *)in;
	size_t left = k, room = sizeof out;
	ucs4_t uc;

	iconv(cd, NULL, NULL, NULL, NULL);
	if (iconv(cd, &i, &left, &o, &room) == (size_t)-1 || left != 0 ||
	    iconv(cd, NULL, NULL, &o, &room) == (size_t)-1)
		return 0;
	if (o == out || u8_mbtouc(&uc, (const uint8_t *)out, (size_t)(o - out)) != o - out ||
	    uc < 0x80 || uc == 0xfffd)
		return 0;
	return uc;
}

/* Fills the row of first byte LEAD: all its characters at once, one by
 * one when iconv refuses one or they do not make one character each. */
static void
fill_row(iconv_t cd, unsigned lead)
{
	char in[2 * TWO_SECONDS], out[4 * TWO_SECONDS], *i = in, *o = out;
	size_t k = 0, left, room = sizeof out, at = 0;
	ucs4_t *row = &two[(lead - 0x81) * TWO_SECONDS];

	for (unsigned second = 0x40; second <= 0xfe; second++)
		if (second != 0x7f) {
			in[k++] = (char)lead;
			in[k++] = (char)second;
		}
	left = k;
	iconv(cd, NULL, NULL, NULL, NULL);
	if (iconv(cd, &i, &left, &o, &room) != (size_t)-1 && left == 0) {
		size_t n = (size_t)(o - out), s = 0;
		for (unsigned second = 0x40; second <= 0xfe && at < n; second++) {
			ucs4_t uc;
			int length;
			if (second == 0x7f)
				continue;
			length = u8_mbtouc(&uc, (const uint8_t *)out + at, n - at);
			row[second - 0x40] = uc < 0x80 || uc == 0xfffd ? 0 : uc;
			at += length > 0 ? (size_t)length : 1;
			s++;
		}
		if (at == n && s == k / 2)
			return;
	}
	for (unsigned second = 0x40; second <= 0xfe; second++) {
		char pair[2] = { (char)lead, (char)second };
		row[second - 0x40] = second == 0x7f ? 0 : decode_one(cd, pair, 2);
	}
}

static int
decoded_compare(const void *a, const void *b)
{
	const struct decoded *x = a, *y = b;

	if (x->uc != y->uc)
		return x->uc < y->uc ? -1 : 1;
	return (int)x->index - (int)y->index;
}

/* Makes the tables; INVERSE stays NULL when it cannot. */
static void
build(void)
{
	iconv_t cd = iconv_open("UTF-8", "GB18030");
	struct decoded *sorted;
	size_t count = 0;

	if (cd == (iconv_t)-1)
		return;
	for (unsigned lead = 0x81; lead <= 0xfe; lead++)
		fill_row(cd, lead);
	iconv_close(cd);
	sorted = malloc(TWO_COUNT * sizeof *sorted);
	if (!sorted)
		return;
	for (size_t i = 0; i < TWO_COUNT; i++)
		if (two[i]) {
			sorted[count++] = (struct decoded){ two[i], (uint16_t)i };
			valid[i / 8] |= (uint8_t)(1u << (i % 8));
		}
	qsort(sorted, count, sizeof *sorted, decoded_compare);
	inverse_count = count;
	inverse = sorted;
}

/* Marks in MARKED the two-byte characters that decode to UC. */
/* The four bytes of a four-byte character at P (N bytes left), whose
 * second byte is a digit, as one number in *CODE; false when they are
 * not a whole four-byte character. */
static bool
four_byte_code(const uint8_t *p, size_t n, uint32_t *code)
{
	if (n < 4 || p[2] < 0x81 || p[2] > 0xfe || p[3] < 0x30 || p[3] > 0x39)
		return false;
	*code = (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
	return true;
}

static void
mark_two(uint8_t *marked, ucs4_t uc)
{
	size_t lo = 0, hi = inverse_count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (inverse[mid].uc < uc)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < inverse_count && inverse[lo].uc == uc; lo++)
		marked[inverse[lo].index / 8] |= (uint8_t)(1u << (inverse[lo].index % 8));
}

/* The classes of the characters of WANT (COUNT) that are UC. */
static uint64_t
classes_of(const struct gb18030_want *want, size_t count, ucs4_t uc)
{
	uint64_t classes = 0;

	for (size_t i = 0; i < count; i++)
		if (want[i].uc == uc)
			classes |= want[i].classes;
	return classes;
}

/* A four-byte character met before: what it decoded to. */
struct four_seen {
	uint32_t bytes;
	ucs4_t uc;
};

void
gb18030_look(const char *bytes, size_t n, const struct gb18030_want *want, size_t count,
	     struct gb18030_seen *seen)
{
	const unsigned char *p = (const unsigned char *)bytes;
	uint64_t ascii[128] = { 0 }, classes = 0;
	uint8_t marked[(TWO_COUNT + 7) / 8] = { 0 };
	struct four_seen last = { 0, 0 };
	iconv_t cd = (iconv_t)-1;
	bool substance = false, leading = true, decodes = false;
	size_t i = 0, start = 0;

	*seen = (struct gb18030_seen){ false, false, 0, 0 };
	pthread_once(&once, build);
	if (!inverse)
		return;
	for (size_t w = 0; w < count; w++) {
		if (want[w].uc < 0x80)
			ascii[want[w].uc] |= want[w].classes;
		else
			mark_two(marked, want[w].uc);
	}
	while (i < n) {
		unsigned b = p[i], second;
		ucs4_t uc;

		if (b < 0x80) {
			if (b == 0)
				goto done;
			substance |= b > 0x20 && b < 0x7f;
			classes |= ascii[b];
			leading = false;
			i++;
			continue;
		}
		if (b == 0x80 || b == 0xff || n - i < 2)
			goto done;
		second = p[i + 1];
		if (second >= 0x30 && second <= 0x39) {
			uint32_t code;
			if (!four_byte_code(p + i, n - i, &code))
				goto done;
			if (code == last.bytes) {
				uc = last.uc;
			} else {
				if (cd == (iconv_t)-1 &&
				    (cd = iconv_open("UTF-8", "GB18030")) == (iconv_t)-1)
					goto done;
				uc = decode_one(cd, bytes + i, 4);
				if (!uc)
					goto done;
				last = (struct four_seen){ code, uc };
			}
			classes |= classes_of(want, count, uc);
			i += 4;
		} else {
			size_t index;
			if (second < 0x40 || second == 0xff)
				goto done;
			index = (b - 0x81) * TWO_SECONDS + (second - 0x40);
			if (!(valid[index / 8] & (1u << (index % 8))))
				goto done;
			if (marked[index / 8] & (1u << (index % 8)))
				classes |= classes_of(want, count, two[index]);
			i += 2;
			/* (Most characters: nothing more to know of them.) */
			if (substance && !leading)
				continue;
			uc = two[index];
		}
		substance |= utf8_is_han(uc);
		if (leading && uc == 0xfeff)
			start = i;
		else
			leading = false;
	}
	decodes = true;
done:
	if (cd != (iconv_t)-1)
		iconv_close(cd);
	if (decodes)
		*seen = (struct gb18030_seen){ true, substance, start, classes };
}

bool
gb18030_decode(const char *bytes, size_t n, char **out, size_t *length)
{
	const unsigned char *p = (const unsigned char *)bytes;
	struct four_seen last = { 0, 0 };
	iconv_t cd = (iconv_t)-1;
	uint8_t *text, *o;
	size_t i = 0;

	*out = NULL;
	*length = 0;
	pthread_once(&once, build);
	/* (A two-byte character makes at most four bytes of UTF-8.) */
	if (!inverse || n > (SIZE_MAX - 1) / 2 || !(text = malloc(2 * n + 1)))
		return false;
	o = text;
	while (i < n) {
		unsigned b = p[i], second;
		ucs4_t uc;

		if (b < 0x80) {
			*o++ = (uint8_t)b;
			i++;
			continue;
		}
		if (b == 0x80 || b == 0xff || n - i < 2)
			goto fail;
		second = p[i + 1];
		if (second >= 0x30 && second <= 0x39) {
			uint32_t code;
			if (!four_byte_code(p + i, n - i, &code))
				goto fail;
			if (code != last.bytes) {
				if (cd == (iconv_t)-1 &&
				    (cd = iconv_open("UTF-8", "GB18030")) == (iconv_t)-1)
					goto fail;
				last = (struct four_seen){ code, decode_one(cd, bytes + i, 4) };
			}
			uc = last.uc;
			i += 4;
		} else {
			if (second < 0x40 || second == 0xff)
				goto fail;
			uc = two[(b - 0x81) * TWO_SECONDS + (second - 0x40)];
			i += 2;
		}
		if (!uc)
			goto fail;
		if (uc < 0x800) {
			*o++ = (uint8_t)(0xc0 | uc >> 6);
			*o++ = (uint8_t)(0x80 | (uc & 0x3f));
		} else if (uc < 0x10000) {
			*o++ = (uint8_t)(0xe0 | uc >> 12);
			*o++ = (uint8_t)(0x80 | (uc >> 6 & 0x3f));
			*o++ = (uint8_t)(0x80 | (uc & 0x3f));
		} else {
			o += u8_uctomb(o, uc, 4);
		}
	}
	if (cd != (iconv_t)-1)
		iconv_close(cd);
	*o = '\0';
	*out = (char *)text;
	*length = (size_t)(o - text);
	return true;
fail:
	if (cd != (iconv_t)-1)
		iconv_close(cd);
	free(text);
	return false;
}
