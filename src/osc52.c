/* SPDX-License-Identifier: GPL-3.0-or-later */
/* osc52.c - the clipboard's escape sequence (see osc52.h). */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "osc52.h"

char *
osc52_base64(const char *s, size_t n, size_t *length)
{
	static const char digits[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const unsigned char *in = (const unsigned char *)s;
	char *out = malloc((n + 2) / 3 * 4 + 1), *o = out;

	if (!out)
		return NULL;
	for (size_t i = 0; i < n; i += 3) {
		uint32_t group = (uint32_t)in[i] << 16;
		if (i + 1 < n)
			group |= (uint32_t)in[i + 1] << 8;
		if (i + 2 < n)
			group |= in[i + 2];
		*o++ = digits[group >> 18 & 63];
		*o++ = digits[group >> 12 & 63];
		*o++ = i + 1 < n ? digits[group >> 6 & 63] : '=';
		*o++ = i + 2 < n ? digits[group & 63] : '=';
	}
	*o = '\0';
	*length = (size_t)(o - out);
	return out;
}

/* Writes OPEN, the N bytes of B64 and CLOSE at O; returns the end. */
static char *
put_sequence(char *o, const char *open, const char *b64, size_t n, const char *close)
{
	size_t k = strlen(open);

	memcpy(o, open, k);
	memcpy(o + k, b64, n);
	o += k + n;
	k = strlen(close);
	memcpy(o, close, k);
	return o + k;
}

char *
osc52_sequence(const char *text, size_t n, bool tmux, size_t *length)
{
	static const char start[] = "\033]52;c;", end[] = "\a";
	static const char wrap_start[] = "\033Ptmux;\033\033]52;c;", wrap_end[] = "\a\033\\";
	size_t b64_length;
	char *b64 = osc52_base64(text, n, &b64_length), *out, *o;

	if (!b64)
		return NULL;
	out = malloc(2 * b64_length + sizeof start + sizeof end + sizeof wrap_start + sizeof wrap_end);
	if (!out) {
		free(b64);
		return NULL;
	}
	o = put_sequence(out, start, b64, b64_length, end);
	if (tmux)
		o = put_sequence(o, wrap_start, b64, b64_length, wrap_end);
	*o = '\0';
	*length = (size_t)(o - out);
	free(b64);
	return out;
}
