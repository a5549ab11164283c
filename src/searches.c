/* SPDX-License-Identifier: GPL-3.0-or-later */
/* searches.c - the searches typed before: the state file's parser and
 * printer, the cap, reading and writing it (see searches.h). */
#include <config.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "history.h"
#include "searches.h"

static const char magic[] = "baogao-searches ";

void
searches_free(struct searches *s)
{
	for (size_t i = 0; i < s->count; i++)
		free(s->items[i]);
	free(s->items);
	s->items = NULL;
	s->count = 0;
}

static int
hex_value(char ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	return -1;
}

/* Whether SEARCH (LENGTH bytes) can be kept: not empty, not too long,
 * UTF-8 without NUL. */
static bool
keepable(const char *search, size_t length)
{
	return length > 0 && length <= SEARCHES_LENGTH && !memchr(search, '\0', length) &&
	       u8_check((const uint8_t *)search, length) == NULL;
}

/* LINE (LENGTH bytes, no newline) with %XX undone into OUT (room for
 * SEARCHES_LENGTH + 1 bytes); false with the reason in *WHY. */
static bool
unescape(const char *line, size_t length, char *out, const char **why)
{
	size_t n = 0;

	for (size_t i = 0; i < length; i++) {
		unsigned char ch = (unsigned char)line[i];
		if (ch < 0x20 || ch == 0x7f) {
			*why = "a raw control character";
			return false;
		}
		if (ch == '%') {
			int hi, lo;
			if (length - i < 3 || (hi = hex_value(line[i + 1])) < 0 ||
			    (lo = hex_value(line[i + 2])) < 0 || hi * 16 + lo == 0) {
				*why = "a bad %XX";
				return false;
			}
			ch = (unsigned char)(hi * 16 + lo);
			i += 2;
		}
		if (n == SEARCHES_LENGTH) {
			*why = "a search too long";
			return false;
		}
		out[n++] = (char)ch;
	}
	out[n] = '\0';
	if (!keepable(out, n)) {
		*why = n == 0 ? "an empty search" : "not UTF-8";
		return false;
	}
	return true;
}

enum bg_status
searches_parse(const char *text, size_t length, struct searches *s, struct bg_error *err)
{
	const char *at = text, *end = text + length;
	unsigned lineno = 0;
	char search[SEARCHES_LENGTH + 1];

	while (at < end) {
		const char *nl = memchr(at, '\n', (size_t)(end - at));
		size_t n = nl ? (size_t)(nl - at) : (size_t)(end - at);
		const char *why;

		lineno++;
		if (!nl)
			return bg_fail(err, BG_ERR_STATE, "line %u: cut short", lineno);
		if (lineno == 1) {
			unsigned long version = 0;
			size_t digits = 0;
			if (n < sizeof magic - 1 || memcmp(at, magic, sizeof magic - 1) != 0)
				return bg_fail(err, BG_ERR_STATE, "line 1: not a baogao searches file");
			for (const char *p = at + sizeof magic - 1; p < nl; p++, digits++) {
				if (*p < '0' || *p > '9' || digits >= 9)
					return bg_fail(err, BG_ERR_STATE, "line 1: a bad version");
				version = version * 10 + (unsigned long)(*p - '0');
			}
			if (digits == 0 || version == 0)
				return bg_fail(err, BG_ERR_STATE, "line 1: a bad version");
			if (version > SEARCHES_VERSION)
				return bg_fail(err, BG_ERR_STATE_NEWER, "version %lu; this baogao reads %d",
					       version, SEARCHES_VERSION);
		} else if (!unescape(at, n, search, &why)) {
			return bg_fail(err, BG_ERR_STATE, "line %u: %s", lineno, why);
		} else if (searches_add(s, search) != BG_OK) {
			return bg_fail(err, BG_ERR_NOMEM, NULL);
		}
		at = nl + 1;
	}
	if (lineno == 0)
		return bg_fail(err, BG_ERR_STATE, "empty");
	return BG_OK;
}

char *
searches_format(const struct searches *s, size_t *length)
{
	size_t size = sizeof magic + 16;
	char *text, *out;

	/* at worst each byte becomes %XX, and a newline ends each line */
	for (size_t i = 0; i < s->count; i++)
		size += 3 * strlen(s->items[i]) + 1;
	text = malloc(size);
	if (!text)
		return NULL;
	out = text + sprintf(text, "%s%d\n", magic, SEARCHES_VERSION);
	for (size_t i = 0; i < s->count; i++) {
		for (const unsigned char *p = (const unsigned char *)s->items[i]; *p; p++) {
			if (*p < 0x20 || *p == '%' || *p == 0x7f)
				out += sprintf(out, "%%%02X", *p);
			else
				*out++ = (char)*p;
		}
		*out++ = '\n';
	}
	*out = '\0';
	*length = (size_t)(out - text);
	return text;
}

enum bg_status
searches_add(struct searches *s, const char *search)
{
	char *copy, **bigger;

	if (!keepable(search, strlen(search)))
		return BG_OK;
	for (size_t i = 0; i < s->count; i++)
		if (strcmp(s->items[i], search) == 0) {
			/* to the newest place */
			char *same = s->items[i];
			memmove(&s->items[i], &s->items[i + 1], (s->count - i - 1) * sizeof *s->items);
			s->items[s->count - 1] = same;
			return BG_OK;
		}
	copy = strdup(search);
	if (!copy)
		return BG_ERR_NOMEM;
	if (s->count >= SEARCHES_MAX) {
		size_t drop = s->count - SEARCHES_MAX + 1;
		for (size_t i = 0; i < drop; i++)
			free(s->items[i]);
		memmove(s->items, s->items + drop, (s->count - drop) * sizeof *s->items);
		s->count -= drop;
	}
	bigger = realloc(s->items, (s->count + 1) * sizeof *bigger);
	if (!bigger) {
		free(copy);
		return BG_ERR_NOMEM;
	}
	s->items = bigger;
	s->items[s->count++] = copy;
	return BG_OK;
}

enum bg_status
searches_read(const char *path, struct searches *s, struct bg_error *err)
{
	char *text;
	size_t length;
	enum bg_status status = history_read_text(path, SEARCHES_FILE_MAX, &text, &length, err);

	if (status != BG_OK || !text)
		return status;
	status = searches_parse(text, length, s, err);
	free(text);
	return status;
}

enum bg_status
searches_write(const char *path, const struct searches *s, struct bg_error *err)
{
	size_t length;
	char *text = searches_format(s, &length);
	enum bg_status status;

	if (!text)
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	status = history_write_text(path, text, length, err);
	free(text);
	return status;
}
