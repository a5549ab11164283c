/* SPDX-License-Identifier: GPL-3.0-or-later */
/* reader_text.c - the text reader: plain text in UTF-8 or GB18030 (or an
 * encoding the user names), with or without a byte-order mark.
 *
 * UTF-8 is the common case and is not copied: the loader builds the
 * document over the bytes read.  Anything else is converted whole (a
 * GB18030 character cut short at the end is found first, as iconv drops
 * it without a word). */
#include <config.h>

#include <errno.h>
#include <iconv.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <uniconv.h>
#include <unistr.h>

#include "gb18030.h"
#include "job.h"
#include "reader.h"
#include "utf8.h"

static const char truncated[] = "truncated multi-byte sequence at the end";

static enum bg_status wide_text(const unsigned char *p, size_t n);

enum bg_status
reader_text_screen(const char *chunk, size_t n, bool first)
{
	enum bg_status wide = first ? wide_text((const unsigned char *)chunk, n) : BG_OK;

	if (wide != BG_OK)
		return wide;
	return memchr(chunk, '\0', n) ? BG_ERR_BINARY : BG_OK;
}

/* BG_ERR_UTF32 or BG_ERR_UTF16 when the N bytes at P start text in one of
 * those, by its byte-order mark or its NULs; else BG_OK. */
static enum bg_status
wide_text(const unsigned char *p, size_t n)
{
	size_t zeros[4] = { 0, 0, 0, 0 }, look = n < 4096 ? n : 4096, all, units, even, odd;

	if (n >= 4 && ((p[0] == 0xff && p[1] == 0xfe && p[2] == 0 && p[3] == 0) ||
		       (p[0] == 0 && p[1] == 0 && p[2] == 0xfe && p[3] == 0xff)))
		return BG_ERR_UTF32;
	if (n >= 2 && ((p[0] == 0xff && p[1] == 0xfe) || (p[0] == 0xfe && p[1] == 0xff)))
		return BG_ERR_UTF16;
	/* (Most text has no NUL at all: one vectorised look says so.) */
	if (!memchr(p, 0, look))
		return BG_OK;
	for (size_t i = 0; i < look; i++)
		if (p[i] == 0)
			zeros[i % 4]++;
	all = zeros[0] + zeros[1] + zeros[2] + zeros[3];
	if (look < 4 || all < 2)
		return BG_OK;
	/* UTF-32 text of the BMP has three NULs in every four bytes, at the
	 * same places; UTF-16 text has its NULs (ASCII characters, line ends)
	 * at one parity of byte positions nearly only; a binary file has them
	 * anywhere. */
	units = look / 4;
	/* (characters such as 一 U+4E00 and the ideographic space U+3000
	 * have a NUL of their own) */
	if (look >= 8 && ((zeros[2] >= units && zeros[3] >= units && zeros[0] * 4 <= units) ||
			  (zeros[0] >= units && zeros[1] >= units && zeros[3] * 4 <= units)))
		return BG_ERR_UTF32;
	even = zeros[0] + zeros[2];
	odd = zeros[1] + zeros[3];
	if (even == 0 || odd == 0)
		return BG_ERR_UTF16;
	if (all >= 8 && all * 128 >= look && (even < odd ? even : odd) * 2 <= (even < odd ? odd : even))
		return BG_ERR_UTF16;
	return BG_OK;
}

/* Length of the GB18030 character at P (at most N bytes), or 0 when it is
 * cut short by the end. */
static size_t
gb18030_char_length(const unsigned char *p, size_t n)
{
	if (p[0] < 0x80)
		return 1;
	if (n < 2)
		return 0;
	if (p[1] >= 0x30 && p[1] <= 0x39)
		return n < 4 ? 0 : 4;
	return 2;
}

/* True when the only flaw of UTF-8 text P (N bytes) is a multi-byte
 * sequence cut short at the very end; *GOOD gets the length before it. */
static bool
cut_short_at_end(const unsigned char *p, size_t n, size_t *good)
{
	size_t at = utf8_valid_length((const char *)p, n);

	if (at == n || n - at >= 4)
		return false;
	/* The rest must be a valid prefix of one sequence. */
	{
		int need = p[at] >= 0xf0 ? 4 : p[at] >= 0xe0 ? 3 : p[at] >= 0xc2 ? 2 : 0;
		if (need == 0 || (int)(n - at) >= need)
			return false;
		for (size_t i = at + 1; i < n; i++)
			if ((p[i] & 0xc0) != 0x80)
				return false;
	}
	*good = at;
	return true;
}

static bool
is_utf8_name(const char *name)
{
	return strcasecmp(name, "UTF-8") == 0 || strcasecmp(name, "UTF8") == 0;
}

/* What is not UTF-8 in a file: how many bytes, and the first. */
struct bad_bytes {
	size_t count;
	size_t first;
};

/* Counts them, up to LIMIT + 1 (SIZE_MAX: all): a text in another
 * encoding has one every few bytes, and each costs a restart. */
static struct bad_bytes
count_bad_bytes(const char *bytes, size_t size, size_t limit)
{
	struct bad_bytes bad = { 0, 0 };
	size_t i = 0;

	while (i < size && bad.count <= limit) {
		i += utf8_valid_length(bytes + i, size - i);
		if (i < size) {
			if (bad.count++ == 0)
				bad.first = i;
			i++;
		}
	}
	return bad;
}

/* Mostly UTF-8: a few bad bytes (a damaged download, a stray byte) are
 * shown, the rest of the file is read.  Before GB18030 is tried, a very
 * few (it would read UTF-8 text as nonsense); after it failed, more. */
static bool
few_bad_bytes(const struct bad_bytes *bad, size_t size, bool gb18030_failed)
{
	return gb18030_failed ? bad->count * 20 <= size : bad->count * 1000 <= size;
}

bool
reader_text_takes_gb18030(const char *bytes, size_t size)
{
	const unsigned char *p = (const unsigned char *)bytes;
	struct bad_bytes bad;
	size_t good;

	/* What decode, and text_read before it, would do first. */
	if (size == 0 || wide_text(p, size) != BG_OK || memchr(bytes, '\0', size) ||
	    utf8_valid_length(bytes, size) == size || cut_short_at_end(p, size, &good))
		return false;
	bad = count_bad_bytes(bytes, size, size / 1000);
	return !few_bad_bytes(&bad, size, false);
}

/* The N bytes at BYTES with each byte that is not UTF-8 as U+FFFD, in
 * *OUT (malloc'd, NUL-terminated, *LENGTH bytes without the NUL). */
static enum bg_status
replace_bad_bytes(const char *bytes, size_t n, char **out, size_t *length, struct bg_error *err)
{
	char *text = malloc(n * 3 + 1);
	size_t i = 0, o = 0;

	if (!text)
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	while (i < n) {
		size_t valid = utf8_valid_length(bytes + i, n - i);
		memcpy(text + o, bytes + i, valid);
		o += valid;
		i += valid;
		if (i < n) {
			memcpy(text + o, "\xef\xbf\xbd", 3);
			o += 3;
			i++;
		}
	}
	text[o] = '\0';
	*out = text;
	*length = o;
	return BG_OK;
}

/* Gives BYTES as UTF-8 with its BAD bytes shown as U+FFFD, and a warning
 * saying so. */
static enum bg_status
give_repaired(const char *bytes, size_t size, const struct bad_bytes *bad, char **out,
	      size_t *out_length, const char **encoding, struct bg_error *err)
{
	enum bg_status st = replace_bad_bytes(bytes, size, out, out_length, err);

	if (st != BG_OK)
		return st;
	*encoding = "UTF-8";
	return bg_fail(err, BG_OK, "%zu byte%s not UTF-8, shown as \xef\xbf\xbd (the first at byte %zu)",
		       bad->count, bad->count == 1 ? "" : "s", bad->first + 1);
}

/* The offset of the first of the SIZE BYTES that ENCODING cannot decode,
 * or SIZE when none is found: libunistring's conversion says only that
 * one is there. */
static size_t
first_undecodable(const char *bytes, size_t size, const char *encoding)
{
	iconv_t cd = iconv_open("UTF-8", encoding);
	char out[4096], *in = (char *)bytes;
	size_t left = size;

	if (cd == (iconv_t)-1)
		return size;
	while (left > 0) {
		char *o = out;
		size_t room = sizeof out;
		if (iconv(cd, &in, &left, &o, &room) != (size_t)-1 || errno != E2BIG)
			break;
	}
	iconv_close(cd);
	return left > 0 ? (size_t)(in - bytes) : size;
}

/* Decodes BYTES to UTF-8.  Sets *ENCODING to "UTF-8" or "GB18030".  On
 * success *OUT is malloc'd (NUL-terminated, *OUT_LENGTH bytes without the
 * NUL).  FORCED names an encoding to use instead of detecting one. */
static enum bg_status
decode(const char *bytes, size_t size, const char *forced, char **out, size_t *out_length,
       const char **encoding, struct bg_error *err)
{
	const unsigned char *p = (const unsigned char *)bytes;
	size_t good;
	const char *name = forced;
	struct bad_bytes utf8_bad = { 0, 0 };

	*out = NULL;
	*out_length = 0;
	if (!name || is_utf8_name(name)) {
		size_t valid = utf8_valid_length(bytes, size);
		const uint8_t *bad = valid == size ? NULL : p + valid;
		if (!bad || cut_short_at_end(p, size, &good)) {
			size_t n = bad ? good : size;
			*out = malloc(n + 1);
			if (!*out)
				return bg_fail(err, BG_ERR_NOMEM, NULL);
			memcpy(*out, bytes, n);
			(*out)[n] = '\0';
			*out_length = n;
			*encoding = "UTF-8";
			if (bad)
				return bg_fail(err, BG_OK, "%s", truncated);
			return BG_OK;
		}
		/* Only as many as few_bad_bytes allows, unless a name was
		 * given: the count is said then. */
		utf8_bad = count_bad_bytes(bytes, size, name ? SIZE_MAX : size / 1000);
		if (few_bad_bytes(&utf8_bad, size, name != NULL))
			return give_repaired(bytes, size, &utf8_bad, out, out_length, encoding, err);
		if (name)
			return bg_fail(err, BG_ERR_ENCODING, "invalid UTF-8 at byte %zu (and %zu more)",
				       utf8_bad.first + 1, utf8_bad.count - 1);
		name = "GB18030";
	}
	if (strcasecmp(name, "GB18030") == 0 || strcasecmp(name, "GBK") == 0 ||
	    strcasecmp(name, "GB2312") == 0 || strcasecmp(name, "CP936") == 0) {
		/* iconv drops a character cut short at the end without a word:
		 * find it first. */
		size_t i = 0;
		while (i < size) {
			size_t k = gb18030_char_length(p + i, size - i);
			if (k == 0)
				break;
			i += k;
		}
		good = i < size ? i : size;
		name = "GB18030";
	} else {
		good = size;
	}
	{
		size_t length = 0;
		uint8_t *result = NULL;
		char *text;

		/* GB18030 from iconv's own table when every character is in
		 * it; else (and in other encodings) iconv, which says why not. */
		if (strcasecmp(name, "GB18030") != 0 ||
		    !gb18030_decode(bytes, good, (char **)&result, &length))
			result = u8_conv_from_encoding(name, iconveh_error, bytes, good, NULL, NULL,
						       &length);

		if (!result) {
			if (errno == EINVAL && forced)
				return bg_fail(err, BG_ERR_BAD_ENCODING_NAME, "%s", forced);
			if (errno == ENOMEM)
				return bg_fail(err, BG_ERR_NOMEM, NULL);
			if (forced) {
				/* Say what was asked for, not what detection would try. */
				size_t at = first_undecodable(bytes, good, name);
				if (at < good)
					return bg_fail(err, BG_ERR_ENCODING, "not %s: invalid byte 0x%02X at byte %zu",
						       forced, (unsigned)p[at], at + 1);
				return bg_fail(err, BG_ERR_ENCODING, "not valid %s", forced);
			}
			utf8_bad = count_bad_bytes(bytes, size, SIZE_MAX);
			if (few_bad_bytes(&utf8_bad, size, true))
				return give_repaired(bytes, size, &utf8_bad, out, out_length, encoding,
						     err);
			return bg_fail(err, BG_ERR_ENCODING,
				       "neither UTF-8 (%zu bad byte%s, the first at byte %zu) nor GB18030",
				       utf8_bad.count, utf8_bad.count == 1 ? "" : "s", utf8_bad.first + 1);
		}
		text = realloc(result, length + 1);
		if (!text) {
			free(result);
			return bg_fail(err, BG_ERR_NOMEM, NULL);
		}
		text[length] = '\0';
		*out = text;
		*out_length = length;
		*encoding = strcasecmp(name, "GB18030") == 0 ? "GB18030" : (forced ? forced : name);
		if (good < size)
			return bg_fail(err, BG_OK, "%s", truncated);
	}
	return BG_OK;
}

/* Length of the byte-order mark at the start of S (N bytes): it is not
 * text. */
static size_t
bom_length(const char *s, size_t n)
{
	size_t i = 0;

	/* a copy of a copy may carry two */
	while (n - i >= 3 && memcmp(s + i, "\xef\xbb\xbf", 3) == 0)
		i += 3;
	return i;
}

/* Length of S without a multi-byte sequence cut short at its very end. */
static size_t
without_cut_short_end(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = n, need;

	while (i > 0 && n - i < 3 && (p[i - 1] & 0xc0) == 0x80)
		i--;
	if (i == 0 || p[i - 1] < 0xc2 || p[i - 1] > 0xf4)
		return n;
	need = p[i - 1] >= 0xf0 ? 4 : p[i - 1] >= 0xe0 ? 3 : 2;
	return n - (i - 1) < need ? i - 1 : n;
}

/* Gives the LENGTH bytes of UTF-8 at BUFFER, less a byte-order mark, as
 * OUT's text. */
static enum bg_status
give(struct reader_text *out, char *buffer, size_t length, const char *encoding,
     const char *warning)
{
	out->buffer = buffer;
	out->start = bom_length(buffer, length);
	out->length = length - out->start;
	out->encoding = encoding;
	snprintf(out->warning, sizeof out->warning, "%s", warning);
	return BG_OK;
}

/* ---- the check beside the loader ---------------------------------------- */

/* A large file's checks (NUL bytes, UTF-8, CRs inside lines) and the
 * loader's work beside (its marker search) run in a second thread while
 * the loader splits the lines as if the text were UTF-8 without such CRs;
 * the rare file that is not after all is then read again without it.  The
 * checks must be over before the text is written over the bytes. */
enum { CHECK_BESIDE_MIN = 1 << 22 };

struct check {
	const char *bytes;
	size_t length;        /* bytes to check: the file less a cut-short end */
	void (*beside)(void *arg, const char *text, size_t length);
	void *beside_arg;
	/* What it finds: the valid UTF-8 prefix of LENGTH and, when that is
	 * all of it, whether it holds a NUL or a CR that does not end a
	 * line. */
	size_t valid;
	bool binary;
	bool lone_cr;
	struct job job;
};

static void
check_run(void *arg)
{
	struct check *c = arg;
	const char *p = c->bytes, *end = c->bytes + c->length;
	bool controls;
	size_t bom;

	c->valid = utf8_check_text(c->bytes, c->length, &controls);
	if (c->valid != c->length)
		return;   /* read again, as what it is */
	/* Where there are NULs or CRs, where they are: a CR followed by
	 * anything but CR or LF splits its line.  (The cut-short end holds
	 * neither.) */
	for (; controls && (p = utf8_find_either(p, (size_t)(end - p), '\0', '\r')) != NULL; p++) {
		if (*p == '\0') {
			c->binary = true;
			return;
		}
		if (p + 1 < end && p[1] != '\r' && p[1] != '\n')
			c->lone_cr = true;
	}
	bom = bom_length(c->bytes, c->length);
	if (c->beside)
		c->beside(c->beside_arg, c->bytes + bom, c->length - bom);
}

static enum bg_status
check_finish(struct reader_text *text)
{
	struct check *c = text->pending;
	enum bg_status verdict;

	job_finished(&c->job, true);
	verdict = c->binary ? BG_ERR_BINARY
		  : c->valid != c->length || c->lone_cr ? BG_ERR_ENCODING : BG_OK;
	free(c);
	text->pending = NULL;
	text->finish = NULL;
	return verdict;
}

/* ---- the reader ---------------------------------------------------------- */

static unsigned
text_detect(const char *head, size_t n)
{
	(void)head;
	(void)n;
	return 1;
}

static enum bg_status
text_read(const struct reader_input *in, struct reader_text *out, struct bg_error *err)
{
	char *buffer = in->bytes, *text = NULL;
	size_t size = in->size, length = size;
	const char *forced = in->encoding, *encoding = "UTF-8";
	bool utf8 = !forced || is_utf8_name(forced);
	struct bg_error decode_err = { BG_OK, "" };
	enum bg_status st;

	memset(out, 0, sizeof *out);
	if (size == 0) {
		free(buffer);
		return bg_fail(err, BG_ERR_EMPTY, NULL);
	}
	st = wide_text((const unsigned char *)buffer, size);
	if (st != BG_OK) {
		free(buffer);
		return bg_fail(err, st, NULL);
	}
	if (utf8 && size >= (in->check_beside_min ? in->check_beside_min : CHECK_BESIDE_MIN)) {
		struct check *c = calloc(1, sizeof *c);
		if (c) {
			c->bytes = buffer;
			c->length = without_cut_short_end(buffer, size);
			c->beside = in->beside;
			c->beside_arg = in->beside_arg;
			job_start(&c->job, check_run, c);
			give(out, buffer, c->length, "UTF-8", c->length < size ? truncated : "");
			out->crs_checked = true;   /* or the check says to read again */
			out->finish = check_finish;
			out->pending = c;
			return BG_OK;
		}
	}
	if (memchr(buffer, '\0', size)) {
		free(buffer);
		return bg_fail(err, BG_ERR_BINARY, NULL);
	}
	if (utf8 && (utf8_valid_length(buffer, size) == size ||
		     cut_short_at_end((const unsigned char *)buffer, size, &length)))
		return give(out, buffer, length, "UTF-8", length < size ? truncated : "");
	st = decode(buffer, size, forced, &text, &length, &encoding, &decode_err);
	free(buffer);
	if (st != BG_OK) {
		if (err)
			*err = decode_err;
		return st;
	}
	buffer = realloc(text, length + 2);
	if (!buffer) {
		free(text);
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	}
	return give(out, buffer, length, encoding, decode_err.detail);
}

const struct reader reader_text = { "text", text_detect, text_read, false };
