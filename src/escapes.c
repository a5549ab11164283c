/* SPDX-License-Identifier: GPL-3.0-or-later */
/* escapes.c - decoding the escapes scraped text carries (see escapes.h),
 * and the HTML comments a page's source leaves across lines.
 *
 * Every escape is at least as long as the UTF-8 of what it stands for, so
 * the text is rewritten in place, front to back. */
#include <config.h>

#include <stdint.h>
#include <string.h>

#include <unistr.h>

#include "array.h"
#include "escapes.h"
#include "layout.h"
#include "utf8.h"

/* The named references scraped reports use.  (HTML has two thousand; the
 * rest are left as written.)  TERSE: also written without the ';', as
 * browsers accept for these. */
static const struct {
	const char *name;
	uint32_t c;
	bool terse;
} named[] = {
	{ "nbsp", 0x00a0, true }, { "amp", '&', true }, { "lt", '<', true },
	{ "gt", '>', true }, { "quot", '"', true }, { "apos", '\'', false },
	{ "ensp", 0x2002, false }, { "emsp", 0x2003, false }, { "thinsp", 0x2009, false },
	{ "ideographicspace", 0x3000, false }, { "middot", 0x00b7, false },
	{ "hellip", 0x2026, false }, { "mdash", 0x2014, false }, { "ndash", 0x2013, false },
	{ "lsquo", 0x2018, false }, { "rsquo", 0x2019, false }, { "ldquo", 0x201c, false },
	{ "rdquo", 0x201d, false }, { "times", 0x00d7, false }, { "divide", 0x00f7, false },
	{ "deg", 0x00b0, false }, { "plusmn", 0x00b1, false }, { "permil", 0x2030, false },
	{ "yen", 0x00a5, false }, { "copy", 0x00a9, false }, { "reg", 0x00ae, false },
	{ "trade", 0x2122, false }, { "bull", 0x2022, false }, { "laquo", 0x00ab, false },
	{ "raquo", 0x00bb, false }, { "sect", 0x00a7, false }, { "le", 0x2264, false },
	{ "ge", 0x2265, false }, { "micro", 0x00b5, false }, { "sup2", 0x00b2, false },
	{ "sup3", 0x00b3, false }, { "frac12", 0x00bd, false }, { "zwj", 0x200d, false },
	{ "zwnj", 0x200c, false }, { "zwsp", 0x200b, false },
};

static bool
zero_width(uint32_t c)
{
	return (c >= 0x200b && c <= 0x200d) || c == 0x2060 || c == 0xfeff;
}

/* Whether C may stand in the text: not a control character (a line break
 * written as &#10; is not the line break the line numbers count), not a
 * surrogate, not past Unicode. */
static bool
decodable(uint32_t c)
{
	return c >= 0x20 && !(c >= 0x7f && c < 0xa0) && !(c >= 0xd800 && c < 0xe000) &&
	       c <= 0x10ffff;
}


static bool
is_alnum(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Reads MIN to MAX hex digits at S (N bytes) into *C; their count, or 0. */
static size_t
hex_digits(const char *s, size_t n, size_t min, size_t max, uint32_t *c)
{
	size_t i = 0;

	*c = 0;
	while (i < n && i < max && utf8_hex_value(s[i]) >= 0)
		*c = *c << 4 | (uint32_t)utf8_hex_value(s[i++]);
	return i >= min ? i : 0;
}

/* An HTML character reference at S (N bytes, S[0] == '&'): its length, and
 * the character in *C; 0 when there is none. */
static size_t
html_reference(const char *s, size_t n, uint32_t *c)
{
	size_t i = 1;

	if (n > 2 && s[1] == '#') {
		size_t digits;
		if (s[2] == 'x' || s[2] == 'X') {
			digits = hex_digits(s + 3, n - 3, 1, 6, c);
			i = 3 + digits;
		} else {
			*c = 0;
			for (digits = 0; 2 + digits < n && digits < 7 && s[2 + digits] >= '0' &&
					 s[2 + digits] <= '9'; digits++)
				*c = *c * 10 + (uint32_t)(s[2 + digits] - '0');
			i = 2 + digits;
		}
		return digits > 0 && i < n && s[i] == ';' ? i + 1 : 0;
	}
	while (i < n && i < 24 && is_alnum(s[i]))
		i++;
	for (size_t k = 0; k < sizeof named / sizeof named[0]; k++) {
		size_t len = strlen(named[k].name);
		if (len != i - 1 || memcmp(s + 1, named[k].name, len) != 0)
			continue;
		*c = named[k].c;
		if (i < n && s[i] == ';')
			return i + 1;
		return named[k].terse ? i : 0;
	}
	return 0;
}

/* A "<U+XXXX>" notation at S (N bytes, S[0] == '<'): its length and *C, or 0. */
static size_t
unicode_notation(const char *s, size_t n, uint32_t *c)
{
	size_t digits;

	if (n < 8 || (s[1] != 'U' && s[1] != 'u') || s[2] != '+')
		return 0;
	digits = hex_digits(s + 3, n - 3, 4, 6, c);
	return digits > 0 && 3 + digits < n && s[3 + digits] == '>' ? 4 + digits : 0;
}

/* A "\uXXXX" escape at S (N bytes, S[0] == '\\'), or a pair of them for a
 * character past U+FFFF: its length and *C, or 0. */
static size_t
backslash_u(const char *s, size_t n, uint32_t *c)
{
	uint32_t low;

	if (n < 6 || s[1] != 'u' || hex_digits(s + 2, 4, 4, 4, c) == 0)
		return 0;
	if (*c < 0xd800 || *c >= 0xdc00)
		return 6;
	if (n < 12 || s[6] != '\\' || s[7] != 'u' || hex_digits(s + 8, 4, 4, 4, &low) == 0 ||
	    low < 0xdc00 || low >= 0xe000)
		return 0;
	*c = 0x10000 + ((*c - 0xd800) << 10) + (low - 0xdc00);
	return 12;
}

/* The end of the HTML comment at S (N bytes, S[0] == '<') when it spans
 * lines, else 0; *UNCLOSED is set when no comment closes after S. */
static size_t
comment_across_lines(const char *s, size_t n, bool *unclosed)
{
	const char *close;

	if (*unclosed || n < 7 || memcmp(s, "<!--", 4) != 0)
		return 0;
	close = memmem(s + 4, n - 4, "-->", 3);
	if (!close) {
		*unclosed = true;
		return 0;
	}
	return memchr(s, '\n', (size_t)(close - s)) ? (size_t)(close + 3 - s) : 0;
}

/* The length of the zero-width character written as itself at P (N
 * bytes): U+200B..U+200D (E2 80 8B..8D), U+2060 (E2 81 A0), U+FEFF (EF BB
 * BF); 0 for anything else. */
static size_t
zero_width_at(const unsigned char *p, size_t n)
{
	if (n < 3)
		return 0;
	if (p[0] == 0xe2)
		return (p[1] == 0x80 && p[2] >= 0x8b && p[2] <= 0x8d) || (p[1] == 0x81 && p[2] == 0xa0)
			       ? 3
			       : 0;
	return p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf ? 3 : 0;
}

/* Whether something escapes_decode may change starts at P (N bytes): an
 * escape ('&', '<', '\\') or a zero-width character written as itself. */
static inline bool
may_start(const unsigned char *p, size_t n)
{
	return *p == '&' || *p == '<' || *p == '\\' || zero_width_at(p, n) > 0;
}

#if defined(__GNUC__)
typedef unsigned char bytes16 __attribute__((vector_size(16)));
#endif

/* The first place at or after FROM in TEXT (LENGTH bytes) where something
 * may_start, or LENGTH.  Sixteen bytes at a time where the compiler has
 * vectors: a report has few such places, but its quotation marks and
 * dashes share a lead byte with the zero-width characters. */
static size_t
next_start(const unsigned char *text, size_t from, size_t length)
{
	size_t i = from;

#if defined(__GNUC__)
	for (; length - i >= 18; i += 16) {
		bytes16 b0, b1, b2, hit;
		uint64_t half[2];
		/* (the bytes 2 KiB on asked for now: a large text is read
		 * from memory, not from the cache) */
		__builtin_prefetch(text + (length - i > 2048 ? i + 2048 : i));
		memcpy(&b0, text + i, sizeof b0);
		memcpy(&b1, text + i + 1, sizeof b1);
		memcpy(&b2, text + i + 2, sizeof b2);
		hit = (bytes16)(b0 == '&') | (bytes16)(b0 == '<') | (bytes16)(b0 == '\\') |
		      ((bytes16)(b0 == 0xe2) & (bytes16)(b1 == 0x80) & (bytes16)(b2 >= 0x8b) &
		       (bytes16)(b2 <= 0x8d)) |
		      ((bytes16)(b0 == 0xe2) & (bytes16)(b1 == 0x81) & (bytes16)(b2 == 0xa0)) |
		      ((bytes16)(b0 == 0xef) & (bytes16)(b1 == 0xbb) & (bytes16)(b2 == 0xbf));
		memcpy(half, &hit, sizeof half);
		if (half[0] | half[1])
			break;
	}
#endif
	while (i < length && !may_start(text + i, length - i))
		i++;
	return i;
}

bool
escapes_present(const char *text, size_t length)
{
	return next_start((const unsigned char *)text, 0, length) < length;
}

/* The first place at or after FROM in TEXT (LENGTH bytes) that holds
 * '&', '<' or '\\', or LENGTH. */
static size_t
next_introducer(const unsigned char *text, size_t from, size_t length)
{
	return utf8_find_any((const char *)text, from, length, "&<\\");
}

bool
escapes_may_write(const char *text, size_t length, bool (*wanted)(uint32_t c, void *arg),
		  void *arg)
{
	const unsigned char *bytes = (const unsigned char *)text;

	/* Every escape, also one escapes_decode would skip as part of
	 * another or of a comment: a superset of what it writes. */
	for (size_t i = next_introducer(bytes, 0, length); i < length;
	     i = next_introducer(bytes, i + 1, length)) {
		const char *s = text + i;
		size_t n = length - i, k;
		uint32_t c = 0;

		k = s[0] == '&'   ? html_reference(s, n, &c)
		    : s[0] == '<' ? unicode_notation(s, n, &c)
				  : backslash_u(s, n, &c);
		if (k > 0 && !zero_width(c) && decodable(c) && wanted(c, arg))
			return true;
	}
	return false;
}

/* Where escapes_decode_noting notes what escapes take as written. */
struct noting {
	struct escapes_written *items;
	size_t count, capacity;
	char line_end;      /* the line end the lines are numbered by */
	size_t counted;     /* the output counted for line ends up to here */
	uint32_t line;
	bool failed;
};

/* Notes in N that the escape of K bytes at its place in the text (OUT
 * bytes of output before it) decoded to what takes COLUMNS columns and
 * CHARS characters. */
static void
note(struct noting *n, const char *text, size_t out, size_t k, int columns, size_t chars)
{
	struct escapes_written *w;

	if (!n || n->failed)
		return;
	n->line += (uint32_t)utf8_count_byte(text + n->counted, out - n->counted, n->line_end);
	n->counted = out;
	w = n->count > 0 ? &n->items[n->count - 1] : NULL;
	if (!w || w->line != n->line) {
		if (!ARRAY_RESERVE(n->items, n->capacity, n->count + 1)) {
			n->failed = true;
			return;
		}
		w = &n->items[n->count++];
		*w = (struct escapes_written){ n->line, 0, 0 };
	}
	/* (an escape is ASCII: a column and a character a byte) */
	w->columns += (uint32_t)(k - (size_t)(columns > 0 ? columns : 0));
	w->chars += (uint32_t)(k - chars);
}

static size_t
decode(char *text, size_t length, struct noting *noting)
{
	const unsigned char *bytes = (const unsigned char *)text;
	size_t in = 0, out = 0;
	bool unclosed = false;

	while (in < length) {
		/* The bytes up to the next that may start something stay as
		 * they are: moved down once something before them shrank. */
		size_t next = next_start(bytes, in, length);
		if (next > in) {
			if (out != in)
				memmove(text + out, text + in, next - in);
			out += next - in;
			in = next;
			if (in == length)
				break;
		}

		const unsigned char b = bytes[in];
		size_t k = 0;
		uint32_t c = 0;

		if (b == '<' && (k = comment_across_lines(text + in, length - in, &unclosed)) > 0) {
			/* Only its line breaks stay, so that line numbers do. */
			for (size_t i = in; i < in + k; i++)
				if (text[i] == '\n' || text[i] == '\r')
					text[out++] = text[i];
			in += k;
			continue;
		}
		if (b == '&')
			k = html_reference(text + in, length - in, &c);
		else if (b == '<')
			k = unicode_notation(text + in, length - in, &c);
		else if (b == '\\')
			k = backslash_u(text + in, length - in, &c);
		else if ((k = zero_width_at(bytes + in, length - in)) > 0) {
			/* A zero-width character written as itself. */
			in += k;
			continue;
		}
		if (k > 0 && zero_width(c)) {
			note(noting, text, out, k, 0, 0);
			in += k;
			continue;
		}
		if (k > 0 && decodable(c)) {
			uint8_t buf[6];
			int n = u8_uctomb(buf, c, sizeof buf);
			if (n > 0 && (size_t)n <= k) {
				note(noting, text, out, k, layout_char_width(c), 1);
				memcpy(text + out, buf, (size_t)n);
				out += (size_t)n;
				in += k;
				continue;
			}
		}
		text[out++] = text[in++];
	}
	return out;
}

size_t
escapes_decode(char *text, size_t length)
{
	return decode(text, length, NULL);
}

size_t
escapes_decode_noting(char *text, size_t length, struct escapes_written **written, size_t *count)
{
	struct noting n = { NULL, 0, 0, memchr(text, '\n', length) ? '\n' : '\r', 0, 1, false };
	size_t out = decode(text, length, &n);

	if (n.failed) {
		free(n.items);
		n.items = NULL;
		n.count = 0;
	}
	*written = n.items;
	*count = n.count;
	return out;
}
