/* SPDX-License-Identifier: GPL-3.0-or-later */
/* utf8.c - the loops over every byte of a text: validation, finding bytes
 * and counting characters; sixteen bytes at a time where the compiler has
 * vector types. */
#include <config.h>

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "utf8.h"

static inline int
all_ascii(const unsigned char *p)
{
	uint64_t w;
	memcpy(&w, p, 8);
	return (w & 0x8080808080808080ULL) == 0;
}

/* The exact answer, one character at a time. */
static size_t
valid_length_by_characters(const unsigned char *p, size_t n)
{
	size_t i = 0;

	while (i < n) {
		unsigned c = p[i];
		if (c < 0x80) {
			if (i + 8 <= n && all_ascii(p + i)) {
				i += 8;
				continue;
			}
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf) {
			if (i + 1 >= n || (p[i + 1] & 0xc0) != 0x80)
				return i;
			i += 2;
		} else if (c >= 0xe0 && c <= 0xef) {
			/* Chinese text is mostly three-byte characters: stay here
			 * while it is. */
			do {
				unsigned c1;
				if (i + 2 >= n)
					return i;
				c1 = p[i + 1];
				if ((c1 & 0xc0) != 0x80 || (p[i + 2] & 0xc0) != 0x80 ||
				    (c == 0xe0 && c1 < 0xa0) || (c == 0xed && c1 >= 0xa0))
					return i;
				i += 3;
				c = i < n ? p[i] : 0;
			} while (c >= 0xe1 && c <= 0xec);
		} else if (c >= 0xf0 && c <= 0xf4) {
			unsigned c1;
			if (i + 3 >= n)
				return i;
			c1 = p[i + 1];
			if ((c1 & 0xc0) != 0x80 || (p[i + 2] & 0xc0) != 0x80 || (p[i + 3] & 0xc0) != 0x80 ||
			    (c == 0xf0 && c1 < 0x90) || (c == 0xf4 && c1 >= 0x90))
				return i;
			i += 4;
		} else {
			return i;
		}
	}
	return n;
}

#if defined(__GNUC__)
/* GCC's and Clang's vector types: SSE2 on x86-64, NEON on ARM, plain code
 * elsewhere.  A block is checked without following its characters: each
 * byte is a continuation byte exactly when one of the three before it
 * opens a sequence that long, and no byte or pair of bytes is one UTF-8
 * never has (C0 C1 F5..FF; E0 80..9F, ED A0..BF, F0 80..8F, F4 90..BF:
 * overlong forms, surrogates, past U+10FFFF). */
typedef unsigned char bytes16 __attribute__((vector_size(16)));

static inline bytes16
load16(const unsigned char *p)
{
	bytes16 v;
	memcpy(&v, p, sizeof v);
	return v;
}

/* Nonzero lanes where the 16 bytes at P break UTF-8 (P[-3] on readable). */
static inline bytes16
invalid16(const unsigned char *p)
{
	bytes16 byte = load16(p), prev1 = load16(p - 1), prev2 = load16(p - 2), prev3 = load16(p - 3);
	bytes16 continues = (bytes16)(prev1 >= 0xc0) | (bytes16)(prev2 >= 0xe0) | (bytes16)(prev3 >= 0xf0);
	bytes16 bad = continues ^ (bytes16)((byte & 0xc0) == 0x80);

	bad |= (bytes16)((byte & 0xfe) == 0xc0) | (bytes16)(byte >= 0xf5);
	bad |= (bytes16)(prev1 == 0xe0) & (bytes16)(byte < 0xa0);
	bad |= (bytes16)(prev1 == 0xed) & (bytes16)(byte >= 0xa0);
	bad |= (bytes16)(prev1 == 0xf0) & (bytes16)(byte < 0x90);
	bad |= (bytes16)(prev1 == 0xf4) & (bytes16)(byte >= 0x90);
	return bad;
}

/* Nonzero lanes where the 16 bytes at P are NUL or CR. */
static inline bytes16
controls16(const unsigned char *p)
{
	bytes16 byte = load16(p);
	return (bytes16)(byte == 0) | (bytes16)(byte == '\r');
}

static inline bool
any(bytes16 v)
{
	uint64_t half[2];
	memcpy(half, &v, sizeof half);
	return (half[0] | half[1]) != 0;
}

/* The first nonzero lane of HIT, which has one. */
static inline size_t
first_lane(bytes16 hit)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint64_t half[2];
	memcpy(half, &hit, sizeof half);
	return half[0] ? (size_t)__builtin_ctzll(half[0]) / 8 : 8 + (size_t)__builtin_ctzll(half[1]) / 8;
#else
	size_t k = 0;
	while (!hit[k])
		k++;
	return k;
#endif
}

/* Asks for the bytes 2 KiB after P[I] (within N): without that, a loop over
 * a large text waits for memory more than it computes. */
static inline void
ahead(const unsigned char *p, size_t i, size_t n)
{
	__builtin_prefetch(p + (n - i > 2048 ? i + 2048 : i));
}

/* A character boundary up to which P (N bytes) is valid UTF-8: it stops
 * before the first block with a flaw and before the character that the
 * last good block cuts, which is left for the exact loop.  *CONTROLS says
 * whether the blocks checked hold a NUL or a CR. */
static size_t
valid_blocks(const unsigned char *p, size_t n, bool *controls)
{
	unsigned char first[3 + 16] = { 0 };
	bytes16 seen;
	size_t i;

	*controls = false;
	if (n < 64)
		return 0;
	memcpy(first + 3, p, 16);
	if (any(invalid16(first + 3)))
		return 0;
	seen = controls16(first + 3);
	for (i = 16; i + 64 <= n; i += 64) {
		ahead(p, i, n);
		if (any(invalid16(p + i) | invalid16(p + i + 16) | invalid16(p + i + 32) |
			invalid16(p + i + 48)))
			break;
		seen |= controls16(p + i) | controls16(p + i + 16) | controls16(p + i + 32) |
			controls16(p + i + 48);
	}
	*controls = any(seen);
	/* Back to where the last character before I starts. */
	while (i > 0 && (p[i - 1] & 0xc0) == 0x80)
		i--;
	return i > 0 ? i - 1 : 0;
}

/* The three-byte characters the find3 scanners look for, each byte
 * spread over a vector once, before the loop, not in every block. */
enum { FIND3_MARKS = 8 };

struct marks3 {
	bytes16 first[FIND3_MARKS], second[FIND3_MARKS], third[FIND3_MARKS];
};

static void
marks3_set(struct marks3 *m, const char *const *marks, size_t count)
{
	for (size_t k = 0; k < count; k++) {
		const unsigned char *c = (const unsigned char *)marks[k];
		m->first[k] = (bytes16){ 0 } + c[0];
		m->second[k] = (bytes16){ 0 } + c[1];
		m->third[k] = (bytes16){ 0 } + c[2];
	}
}

/* Nonzero lanes where the 16 bytes at P (18 readable) may start one of
 * the first COUNT characters M: their first and third bytes match.
 * Chinese text shares a lead byte with a mark at one character in a few,
 * and a third byte too at one in a few hundred, so the second byte is
 * left for exactly_at16. */
static inline bytes16
maybe_at16(const unsigned char *p, const struct marks3 *m, size_t count)
{
	bytes16 b0 = load16(p), b2 = load16(p + 2), hit = { 0 };

	for (size_t k = 0; k < count; k++)
		hit |= (bytes16)(b0 == m->first[k]) & (bytes16)(b2 == m->third[k]);
	return hit;
}

/* Nonzero lanes where the 16 bytes at P (18 readable) start one of the
 * first COUNT characters M. */
static inline bytes16
exactly_at16(const unsigned char *p, const struct marks3 *m, size_t count)
{
	bytes16 b0 = load16(p), b1 = load16(p + 1), b2 = load16(p + 2), hit = { 0 };

	for (size_t k = 0; k < count; k++)
		hit |= (bytes16)(b0 == m->first[k]) & (bytes16)(b1 == m->second[k]) &
		       (bytes16)(b2 == m->third[k]);
	return hit;
}

/* Where one of the first COUNT characters M first stands in P (N >= 18
 * bytes), or N.  Two blocks a step, one look ahead for both.
 * (Inlined, so that a constant COUNT unrolls the tests.) */
static inline __attribute__((always_inline)) size_t
find3_blocks(const unsigned char *p, size_t n, const struct marks3 *m, size_t count)
{
	size_t i = 0;

	for (; i + 34 <= n; i += 32) {
		ahead(p, i, n);
		if (!any(maybe_at16(p + i, m, count) | maybe_at16(p + i + 16, m, count)))
			continue;
		for (size_t half = i; half <= i + 16; half += 16) {
			bytes16 hit = exactly_at16(p + half, m, count);
			if (any(hit))
				return half + first_lane(hit);
		}
	}
	for (; i + 18 <= n; i += 16) {
		bytes16 hit = exactly_at16(p + i, m, count);
		if (any(hit))
			return i + first_lane(hit);
	}
	/* The last places in one block that overlaps those read. */
	if (i + 2 < n) {
		bytes16 hit = exactly_at16(p + n - 18, m, count);
		return any(hit) ? n - 18 + first_lane(hit) : n;
	}
	return i;
}

/* Where the three bytes A or the three bytes B first stand in P (N
 * bytes), or N; 0 when N is under 18, which is left for the plain loop. */
static size_t
find3_either_blocks(const unsigned char *p, size_t n, const unsigned char a[3],
		    const unsigned char b[3])
{
	const char *const marks[] = { (const char *)a, (const char *)b };
	struct marks3 m;

	if (n < 18)
		return 0;
	if (a == b || memcmp(a, b, 3) == 0) {
		marks3_set(&m, marks, 1);
		return find3_blocks(p, n, &m, 1);
	}
	marks3_set(&m, marks, 2);
	return find3_blocks(p, n, &m, 2);
}

/* Where one of the COUNT three-byte MARKS first stands in P (N bytes),
 * or N; 0 when N is under 18 or COUNT over FIND3_MARKS, which is left for
 * the plain loop. */
static size_t
find3_any_blocks(const unsigned char *p, size_t n, const char *const *marks, size_t count)
{
	struct marks3 m;

	if (n < 18 || count > FIND3_MARKS)
		return 0;
	marks3_set(&m, marks, count);
	return find3_blocks(p, n, &m, count);
}

/* Where byte A or B first stands in P (N bytes), or N when not in the
 * blocks checked: up to 63 bytes at the end are left for the plain loop. */
static size_t
either_blocks(const unsigned char *p, size_t n, unsigned char a, unsigned char b)
{
	size_t i;

	for (i = 0; i + 64 <= n; i += 64) {
		bytes16 v0 = load16(p + i), v1 = load16(p + i + 16), v2 = load16(p + i + 32),
			v3 = load16(p + i + 48);
		ahead(p, i, n);
		if (any((bytes16)(v0 == a) | (bytes16)(v0 == b) | (bytes16)(v1 == a) | (bytes16)(v1 == b) |
			(bytes16)(v2 == a) | (bytes16)(v2 == b) | (bytes16)(v3 == a) | (bytes16)(v3 == b)))
			break;
	}
	return i;
}
#else
static size_t
valid_blocks(const unsigned char *p, size_t n, bool *controls)
{
	(void)p;
	(void)n;
	*controls = false;
	return 0;
}

static size_t
find3_either_blocks(const unsigned char *p, size_t n, const unsigned char a[3],
		    const unsigned char b[3])
{
	(void)p;
	(void)n;
	(void)a;
	(void)b;
	return 0;
}

static size_t
find3_any_blocks(const unsigned char *p, size_t n, const char *const *marks, size_t count)
{
	(void)p;
	(void)n;
	(void)marks;
	(void)count;
	return 0;
}

static size_t
either_blocks(const unsigned char *p, size_t n, unsigned char a, unsigned char b)
{
	(void)p;
	(void)n;
	(void)a;
	(void)b;
	return 0;
}
#endif

size_t
utf8_check_text(const char *s, size_t n, bool *controls)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t done = valid_blocks(p, n, controls);
	size_t valid = done + valid_length_by_characters(p + done, n - done);

	for (size_t i = done; i < valid && !*controls; i++)
		*controls = s[i] == '\0' || s[i] == '\r';
	return valid;
}

size_t
utf8_valid_length(const char *s, size_t n)
{
	bool controls;

	return utf8_check_text(s, n, &controls);
}

const char *
utf8_find3(const char *s, size_t n, const char *c)
{
	return utf8_find3_either(s, n, c, c);
}

const char *
utf8_find3_either(const char *s, size_t n, const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)s, *u = (const unsigned char *)a,
			    *v = (const unsigned char *)b;
	size_t i = find3_either_blocks(p, n, u, v);

	for (; i + 3 <= n; i++)
		if ((p[i] == u[0] && p[i + 1] == u[1] && p[i + 2] == u[2]) ||
		    (p[i] == v[0] && p[i + 1] == v[1] && p[i + 2] == v[2]))
			return s + i;
	return NULL;
}

const char *
utf8_find3_any(const char *s, size_t n, const char *const *marks, size_t count)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = find3_any_blocks(p, n, marks, count);

	for (; i + 3 <= n; i++) {
		if ((p[i] & 0xc0) == 0x80)
			continue;   /* (a mark starts a character) */
		for (size_t k = 0; k < count; k++)
			if (memcmp(p + i, marks[k], 3) == 0)
				return s + i;
	}
	return NULL;
}

const char *
utf8_find_either(const char *s, size_t n, char a, char b)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = either_blocks(p, n, (unsigned char)a, (unsigned char)b);

	for (; i < n; i++)
		if (s[i] == a || s[i] == b)
			return s + i;
	return NULL;
}

size_t
utf8_find_any(const char *s, size_t from, size_t end, const char *set)
{
	size_t i = from, k, count = strlen(set);
	/* A byte, or a block, with no byte in the range of the set's bytes
	 * is passed on one test: the sets asked for are ASCII punctuation,
	 * and most of a Chinese text's bytes are above it. */
	unsigned char low = 0xff, high = 0;

	for (k = 0; k < count; k++) {
		unsigned char c = (unsigned char)set[k];
		low = c < low ? c : low;
		high = c > high ? c : high;
	}
#if defined(__GNUC__)
	for (; end - i >= 16; i += 16) {
		bytes16 b = load16((const unsigned char *)s + i), hit = { 0 };
		if (!any((bytes16)(b >= low) & (bytes16)(b <= high)))
			continue;
		for (k = 0; k < count; k++)
			hit |= (bytes16)(b == (unsigned char)set[k]);
		if (any(hit))
			break;
	}
#endif
	for (; i < end; i++) {
		if ((unsigned char)s[i] < low || (unsigned char)s[i] > high)
			continue;
		for (k = 0; k < count; k++)
			if (s[i] == set[k])
				return i;
	}
	return end;
}

size_t
utf8_find_space(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

#if defined(__GNUC__)
	/* The three bytes at each place tested at once: most blocks of a
	 * Chinese text hold none, though their quotation marks (E2 80 9C)
	 * and commas (E3 80 81) share the lead bytes of the wide spaces. */
	for (; n - i >= 18; i += 16) {
		bytes16 b0 = load16(p + i), b1 = load16(p + i + 1), b2 = load16(p + i + 2);
		bytes16 hit = (bytes16)(b0 == ' ') | (bytes16)(b0 == '\t') | (bytes16)(b0 == '\f') |
			      ((bytes16)(b0 == 0xc2) & (bytes16)(b1 == 0xa0)) |
			      ((bytes16)(b0 == 0xe3) & (bytes16)(b1 == 0x80) & (bytes16)(b2 == 0x80)) |
			      ((bytes16)(b0 == 0xe2) &
			       (((bytes16)(b1 == 0x80) &
				 (((bytes16)(b2 >= 0x80) & (bytes16)(b2 <= 0x8a)) | (bytes16)(b2 == 0xaf))) |
				((bytes16)(b1 == 0x81) & (bytes16)(b2 == 0x9f))));
		if (any(hit))
			return i + first_lane(hit);
	}
#endif
	for (; i < n; i++)
		if (utf8_space_at(s + i, n - i) > 0)
			return i;
	return n;
}

bool
utf8_spaced_han(const char *s, size_t n)
{
	/* A space character starts with a byte that starts a character
	 * (' ', C2, E2, E3), so the run found is between two characters. */
	for (size_t i = utf8_find_space(s, n); i < n;) {
		size_t end = i, k;
		uint32_t before, after;

		while (end < n && (k = utf8_space_at(s + end, n - end)) > 0)
			end += k;
		if (i > 0 && end < n) {
			size_t p = utf8_previous(s, 0, i);
			utf8_decode(s + p, i - p, &before);
			utf8_decode(s + end, n - end, &after);
			if (utf8_is_han(before) && utf8_is_han(after))
				return true;
		}
		i = end + utf8_find_space(s + end, n - end);
	}
	return false;
}

size_t
utf8_next_nonspace(const char *s, size_t n, size_t *at, uint32_t *c)
{
	size_t i = *at, k;

	while (i < n && (k = utf8_space_at(s + i, n - i)) > 0)
		i += k;
	*at = i;
	return i < n ? utf8_decode(s + i, n - i, c) : 0;
}

size_t
utf8_close_up(const char *s, size_t n, char *out, size_t cap)
{
	size_t k = 0;

	for (size_t i = 0; i < n;) {
		size_t sp = utf8_space_at(s + i, n - i);
		if (sp) {
			i += sp;
			continue;
		}
		if (k >= cap)
			return SIZE_MAX;
		out[k++] = s[i++];
	}
	return k;
}

bool
utf8_drop_colon(const char *s, size_t *n)
{
	if (*n >= 3 && memcmp(s + *n - 3, "：", 3) == 0) {
		*n -= 3;
		return true;
	}
	if (*n >= 1 && s[*n - 1] == ':') {
		(*n)--;
		return true;
	}
	return false;
}

bool
utf8_same_closed_up(const char *s, size_t n, const char *t, size_t m)
{
	size_t i = 0, j = 0, sp;

	for (;;) {
		while (i < n && (sp = utf8_space_at(s + i, n - i)) > 0)
			i += sp;
		while (j < m && (sp = utf8_space_at(t + j, m - j)) > 0)
			j += sp;
		if (i == n || j == m)
			return i == n && j == m;
		if (s[i] != t[j])
			return false;
		i++;
		j++;
	}
}

size_t
utf8_prefix_in(const char *s, size_t n, const char *const *words, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (utf8_starts_with(s, n, words[i]))
			return strlen(words[i]);
	return 0;
}

size_t
utf8_words(const char *s, size_t n, char *out, size_t k, size_t cap)
{
	static const char *const marks[] = { "《", "》", "“", "”", "‘", "’", "「", "」", "『", "』" };

	for (size_t i = 0; i < n;) {
		size_t len = utf8_space_at(s + i, n - i);
		if (len == 0 && (s[i] == '"' || s[i] == '\'' || s[i] == '<' || s[i] == '>'))
			len = 1;
		if (len == 0)
			len = utf8_prefix_in(s + i, n - i, marks, sizeof marks / sizeof marks[0]);
		if (len) {
			i += len;
			continue;
		}
		len = utf8_length(s + i, n - i);
		if (k + len > cap)
			return cap + 1;
		memcpy(out + k, s + i, len);
		k += len;
		i += len;
	}
	return k;
}

size_t
utf8_count_byte(const char *s, size_t n, char c)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t count = 0, i = 0;

#if defined(__GNUC__)
	while (n - i >= 16) {
		/* each lane counts down from 0 by one a match, for up to 252
		 * blocks before its count is taken; four blocks a step where
		 * there are four */
		bytes16 lanes = { 0 };
		size_t steps = (n - i) / 64 < 63 ? (n - i) / 64 : 63;
		size_t stop = i + 64 * steps;
		for (; i < stop; i += 64) {
			ahead(p, i, n);
			lanes += (bytes16)(load16(p + i) == (unsigned char)c) +
				 (bytes16)(load16(p + i + 16) == (unsigned char)c) +
				 (bytes16)(load16(p + i + 32) == (unsigned char)c) +
				 (bytes16)(load16(p + i + 48) == (unsigned char)c);
		}
		if (steps == 0)
			for (; n - i >= 16; i += 16)
				lanes += (bytes16)(load16(p + i) == (unsigned char)c);
		for (int k = 0; k < 16; k++)
			count += (unsigned char)-lanes[k];
	}
#endif
	for (; i < n; i++)
		count += s[i] == c;
	return count;
}

/* The bytes that are not continuation bytes (10xxxxxx), eight at a time:
 * search locates each match by counting from the start of its line. */
size_t
utf8_count(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	const uint64_t high = 0x8080808080808080u;
	size_t count = n, i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t w, continuation;
		memcpy(&w, p + i, 8);
		continuation = w & ~(w << 1) & high;
		/* A 1 in each byte that is one; the multiplication sums them
		 * into the top byte (a popcount is a library call without
		 * -mpopcnt). */
		count -= (size_t)(((continuation >> 7) * 0x0101010101010101u) >> 56);
	}
	for (; i < n; i++)
		count -= (p[i] & 0xc0) == 0x80;
	return count;
}
