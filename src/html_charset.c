/* SPDX-License-Identifier: GPL-3.0-or-later */
/* html_charset.c - the encoding of a web page, read as a browser reads
 * it: a byte-order mark, else the charset a <meta> tag names, else what
 * the bytes are.  Chinese sites label GBK pages gb2312; browsers decode
 * gb2312, gbk and x-gbk as GB18030, a superset of both. */
#include <config.h>

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <uniconv.h>

#include "html_charset.h"
#include "utf8.h"

/* Charset labels as browsers read them (the WHATWG Encoding Standard),
 * for the encodings Chinese pages come in. */
static const struct {
	const char *label;
	const char *encoding;
} charsets[] = {
	{ "utf-8", "UTF-8" }, { "utf8", "UTF-8" }, { "unicode-1-1-utf-8", "UTF-8" },
	/* A page cannot be UTF-16 and still hold an ASCII <meta> tag. */
	{ "utf-16", "UTF-8" }, { "utf-16le", "UTF-8" }, { "utf-16be", "UTF-8" },
	{ "gb2312", "GB18030" }, { "gbk", "GB18030" }, { "x-gbk", "GB18030" },
	{ "gb18030", "GB18030" }, { "cp936", "GB18030" }, { "windows-936", "GB18030" },
	{ "chinese", "GB18030" }, { "csgb2312", "GB18030" }, { "gb_2312-80", "GB18030" },
	{ "iso-ir-58", "GB18030" }, { "euc-cn", "GB18030" },
	{ "big5", "BIG5-HKSCS" }, { "big5-hkscs", "BIG5-HKSCS" }, { "x-x-big5", "BIG5-HKSCS" },
	{ "iso-8859-1", "WINDOWS-1252" }, { "latin1", "WINDOWS-1252" },
	{ "us-ascii", "WINDOWS-1252" }, { "ascii", "WINDOWS-1252" },
	{ "windows-1252", "WINDOWS-1252" },
};

const char *
html_charset_label(const char *label, size_t n)
{
	for (size_t i = 0; i < sizeof charsets / sizeof charsets[0]; i++)
		if (strlen(charsets[i].label) == n && strncasecmp(charsets[i].label, label, n) == 0)
			return charsets[i].encoding;
	return NULL;
}

/* The first occurrence of NEEDLE (lower case) in S[0, N), ignoring case. */
static const char *
find_nocase(const char *s, size_t n, const char *needle)
{
	size_t k = strlen(needle);

	for (size_t i = 0; i + k <= n; i++)
		if (strncasecmp(s + i, needle, k) == 0)
			return s + i;
	return NULL;
}

/* The encoding the <meta> tags in S (N bytes) name, in either form:
 *   <meta charset="gb2312">
 *   <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
 */
static const char *
meta_charset(const char *s, size_t n)
{
	const char *end = s + n, *p = s;

	while ((p = find_nocase(p, (size_t)(end - p), "<meta")) != NULL) {
		const char *tag_end = memchr(p, '>', (size_t)(end - p));
		const char *c = p;

		if (!tag_end)
			tag_end = end;
		while ((c = find_nocase(c, (size_t)(tag_end - c), "charset")) != NULL) {
			const char *label;
			c += 7;
			while (c < tag_end && (*c == ' ' || *c == '\t' || *c == '\n' || *c == '\r'))
				c++;
			if (c == tag_end || *c != '=')
				continue;
			c++;
			while (c < tag_end && (*c == ' ' || *c == '"' || *c == '\''))
				c++;
			label = c;
			while (c < tag_end && *c != '"' && *c != '\'' && *c != ';' && *c != ' ' &&
			       *c != '/' && *c != '>')
				c++;
			{
				const char *encoding = html_charset_label(label, (size_t)(c - label));
				if (encoding)
					return encoding;
			}
		}
		p = tag_end;
	}
	return NULL;
}

const char *
html_charset(const char *bytes, size_t n)
{
	enum { PRESCAN = 4096 };  /* long heads of scripts and styles come first */
	const char *named;

	if (n >= 3 && memcmp(bytes, "\xef\xbb\xbf", 3) == 0)
		return "UTF-8";
	named = meta_charset(bytes, n < PRESCAN ? n : PRESCAN);
	if (named)
		return named;
	return utf8_valid_length(bytes, n) == n ? "UTF-8" : "GB18030";
}

enum bg_status
html_charset_decode(const struct reader_input *in, char **text, size_t *length,
		    const char **encoding, struct bg_error *err)
{
	const char *name = NULL;
	uint8_t *result;

	*text = NULL;
	if (in->encoding) {
		name = html_charset_label(in->encoding, strlen(in->encoding));
		if (!name)
			name = in->encoding;
	} else {
		name = html_charset(in->bytes, in->size);
		/* A page labelled UTF-8 that is not is most often GBK. */
		if (strcmp(name, "UTF-8") == 0 && utf8_valid_length(in->bytes, in->size) != in->size)
			name = "GB18030";
	}
	*encoding = name;
	if (strcmp(name, "UTF-8") == 0 && utf8_valid_length(in->bytes, in->size) == in->size)
		return BG_OK;
	*length = 0;
	result = u8_conv_from_encoding(name, iconveh_question_mark, in->bytes, in->size, NULL,
				       NULL, length);
	if (!result) {
		if (errno == ENOMEM)
			return bg_fail(err, BG_ERR_NOMEM, NULL);
		if (in->encoding && errno == EINVAL)
			return bg_fail(err, BG_ERR_BAD_ENCODING_NAME, "%s", in->encoding);
		if (in->encoding)
			return bg_fail(err, BG_ERR_ENCODING, "not valid %s", in->encoding);
		return bg_fail(err, BG_ERR_ENCODING, NULL);
	}
	*text = (char *)result;
	return BG_OK;
}
