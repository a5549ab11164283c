/* SPDX-License-Identifier: GPL-3.0-or-later */
/* utf8.h - the UTF-8 loops that run over every byte of a report, written
 * for speed: validation, finding a character and counting characters. */
#ifndef BAOGAO_UTF8_H
#define BAOGAO_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <unistr.h>

/* Length of the longest prefix of S (N bytes) that is valid UTF-8 (no
 * overlong forms, surrogates or code points past U+10FFFF); N when all of
 * S is valid.  Agrees with libunistring's u8_check. */
size_t utf8_valid_length(const char *s, size_t n);

/* The same, and whether that valid prefix holds a NUL or a CR byte
 * (*CONTROLS): what a text file is checked for besides, in the same pass. */
size_t utf8_check_text(const char *s, size_t n, bool *controls);

/* The first place in S (N bytes) of the three bytes at C (a Chinese
 * character), or NULL.  Faster than memmem for a pattern this short. */
const char *utf8_find3(const char *s, size_t n, const char *c);

/* True when S (N bytes) begins with the string PREFIX. */
static inline bool
utf8_starts_with(const char *s, size_t n, const char *prefix)
{
	size_t k = strlen(prefix);
	return n >= k && memcmp(s, prefix, k) == 0;
}

/* The length of the first of the COUNT nonempty strings WORDS that S (N
 * bytes) begins with, 0 when it begins with none: which of a list of
 * words, marks or units a text opens with. */
size_t utf8_prefix_in(const char *s, size_t n, const char *const *words, size_t count);

/* True when S (N bytes) ends with the string SUFFIX. */
static inline bool
utf8_ends_with(const char *s, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);
	return n >= k && memcmp(s + n - k, suffix, k) == 0;
}

/* The first place in S (N bytes) of the three bytes at A or those at B
 * (two Chinese characters), or NULL: one pass where utf8_find3 would take
 * two. */
const char *utf8_find3_either(const char *s, size_t n, const char *a, const char *b);

/* The first place in S (N bytes) of the three bytes of any of the COUNT
 * characters MARKS (each of three bytes: Chinese characters and marks),
 * or NULL: one pass where utf8_find3 would take COUNT, each mark adding
 * a test a block. */
const char *utf8_find3_any(const char *s, size_t n, const char *const *marks, size_t count);

/* The first place in S (N bytes) of byte A or byte B, or NULL: one pass
 * where memchr would take two. */
const char *utf8_find_either(const char *s, size_t n, char a, char b);

/* The first place in S[FROM, END) whose byte is one of the ASCII bytes of
 * the string SET, or END: sixteen bytes at a time where the compiler has
 * vectors, for scans that skip the Chinese text between marks.  FROM must
 * not be past END. */
size_t utf8_find_any(const char *s, size_t from, size_t end, const char *set);

/* Where the first white space character (as utf8_space_at reads one)
 * starts in S (N bytes), or N: sixteen places at a time where the
 * compiler has vectors, for scans that pass over words to the space
 * after them. */
size_t utf8_find_space(const char *s, size_t n);

/* Whether a run of white space (utf8_space_at) in S (N bytes of UTF-8)
 * stands between two Han characters (utf8_is_han): 一般公共预算收入
 * 一般公共预算支出, not 2025年 GDP.  Only the places utf8_find_space
 * finds are looked at, not every character. */
bool utf8_spaced_han(const char *s, size_t n);

/* True when S (N bytes) and T (M bytes) are the same text once white
 * space (utf8_is_space) is left out of both: 公 告 = 公告, 注　　释 = 注释. */
bool utf8_same_closed_up(const char *s, size_t n, const char *t, size_t m);

/* Appends the words of S (N bytes) to OUT (CAP bytes), whose first K
 * bytes are kept: the text without white space, quotation marks and the
 * book-title marks a title is cited in (《》 “” ‘’ 「」 『』 " ' < >), so
 * that two copies of a title compare whatever the marks around it.
 * Returns the new length, or CAP + 1 when the words do not fit. */
size_t utf8_words(const char *s, size_t n, char *out, size_t k, size_t cap);

/* Number of characters in the valid UTF-8 text S (N bytes). */
size_t utf8_count(const char *s, size_t n);

/* How many times byte C stands in S (N bytes): a count of line ends
 * without a call for each line. */
size_t utf8_count_byte(const char *s, size_t n, char c);

/* Decodes the character at S (N > 0 bytes) into *C and returns its length
 * in bytes, as libunistring's u8_mbtouc does: an invalid or truncated
 * sequence decodes as U+FFFD with the length of its bad bytes (at least 1,
 * so a loop over any bytes always moves on).  ASCII and the three-byte
 * forms (all of CJK) take the fast path; the rest goes to libunistring. */
static inline size_t
utf8_decode(const char *s, size_t n, uint32_t *c)
{
	const unsigned char *p = (const unsigned char *)s;

	if (p[0] < 0x80) {
		*c = p[0];
		return 1;
	}
	if (p[0] >= 0xe1 && p[0] < 0xf0 && p[0] != 0xed && n >= 3 && (p[1] & 0xc0) == 0x80 &&
	    (p[2] & 0xc0) == 0x80) {
		*c = (uint32_t)(p[0] & 0x0f) << 12 | (uint32_t)(p[1] & 0x3f) << 6 | (p[2] & 0x3f);
		return 3;
	}
	{
		ucs4_t uc;
		int k = u8_mbtouc(&uc, p, n);
		*c = uc;
		return k > 0 ? (size_t)k : 1;
	}
}

/* Length in bytes of the character at S (N > 0 bytes), as utf8_decode
 * counts it: the step of a loop that does not need the code point. */
static inline size_t
utf8_length(const char *s, size_t n)
{
	uint32_t c;
	return utf8_decode(s, n, &c);
}

/* The start of the character that ends just before AT, not before FLOOR
 * (AT > FLOOR). */
static inline size_t
utf8_previous(const char *s, size_t floor, size_t at)
{
	size_t i = at - 1;
	while (i > floor && ((unsigned char)s[i] & 0xc0) == 0x80 && at - i < 4)
		i--;
	return i;
}

/* White space inside a report line, the one definition every module uses:
 * ASCII space and tab, the form feed that text from a PDF puts before each
 * page's first line, U+3000 ideographic space, U+00A0 no-break space and
 * the other Unicode space separators U+2000-U+200A, U+202F and U+205F
 * (scraped pages indent with &nbsp;, &emsp; and &ensp; as with 　).
 * Whether the decoded character C is one. */
static inline bool
utf8_is_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\f' || c == 0x3000 || c == 0xa0 ||
	       (c >= 0x2000 && c <= 0x200a) || c == 0x202f || c == 0x205f;
}

/* A Han ideograph, the one definition every module uses: the CJK Unified
 * Ideographs and Extension A, the compatibility ideographs, and planes 2
 * and 3, which hold only ideographs (Extensions B-H).  Whether the decoded
 * character C is one. */
static inline bool
utf8_is_han(uint32_t c)
{
	return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) ||
	       (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3ffff);
}

/* Length in bytes of the white space character (as utf8_is_space) that
 * starts at S (N bytes), 0 when there is none. */
static inline size_t
utf8_space_at(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;

	if (n >= 1 && (p[0] == ' ' || p[0] == '\t' || p[0] == '\f'))
		return 1;
	if (n >= 3 && p[0] == 0xe3 && p[1] == 0x80 && p[2] == 0x80)
		return 3;
	if (n >= 2 && p[0] == 0xc2 && p[1] == 0xa0)
		return 2;
	if (n >= 3 && p[0] == 0xe2 &&
	    ((p[1] == 0x80 && ((p[2] >= 0x80 && p[2] <= 0x8a) || p[2] == 0xaf)) ||
	     (p[1] == 0x81 && p[2] == 0x9f)))
		return 3;
	return 0;
}

/* Length of the white space character (as utf8_is_space) that ends at END
 * (not before START), 0 when there is none. */
static inline size_t
utf8_space_before(const char *start, const char *end)
{
	const unsigned char *e = (const unsigned char *)end;

	if (end > start && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\f'))
		return 1;
	if (end - start >= 3 && e[-3] == 0xe3 && e[-2] == 0x80 && e[-1] == 0x80)
		return 3;
	if (end - start >= 2 && e[-2] == 0xc2 && e[-1] == 0xa0)
		return 2;
	if (end - start >= 3 && e[-3] == 0xe2 &&
	    ((e[-2] == 0x80 && ((e[-1] >= 0x80 && e[-1] <= 0x8a) || e[-1] == 0xaf)) ||
	     (e[-2] == 0x81 && e[-1] == 0x9f)))
		return 3;
	return 0;
}

/* Length of the run of white space at the start of S (N bytes). */
static inline size_t
utf8_spaces(const char *s, size_t n)
{
	size_t i = 0, k;
	while ((k = utf8_space_at(s + i, n - i)) > 0)
		i += k;
	return i;
}

/* Passes *AT over the white space (as utf8_space_at reads it) that starts
 * at S + *AT, S being N bytes and *AT not past N, and decodes the
 * character after it into *C, as utf8_decode does: returns that
 * character's length, *AT left at its start, or 0 when white space runs
 * to the end of S (*AT is then N, *C untouched).  Line ends are not white
 * space here.  The step of a loop over the characters of a text that are
 * not white space (公 告, 王　琛, ① ②):
 *     for (size_t i = 0; (len = utf8_next_nonspace(s, n, &i, &c)) > 0; i += len) */
size_t utf8_next_nonspace(const char *s, size_t n, size_t *at, uint32_t *c);

/* Copies S (N bytes) into OUT without its white space (utf8_space_at), as
 * a title spaced out on a cover reads closed up (国 家 标 准 → 国家标准).
 * Returns the length copied, or SIZE_MAX, OUT's contents unspecified,
 * when it would take more than CAP bytes.  OUT is not terminated. */
size_t utf8_close_up(const char *s, size_t n, char *out, size_t cap);

/* Drops a closing colon, full-width (：) or ASCII, from the text S of *N
 * bytes: shortens *N and returns true when the text ends in one. */
bool utf8_drop_colon(const char *s, size_t *n);

/* The value of the hexadecimal digit C (0-9, a-f, A-F), or -1. */
static inline int
utf8_hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

#endif
