/* SPDX-License-Identifier: GPL-3.0-or-later */
/* message.c - text made safe for a terminal (message.h). */
#include <config.h>

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "message.h"
#include "utf8.h"

static const char ellipsis[] = "…";

/* Whether UC draws nothing and may steer how text is shown: C1 controls,
 * zero widths and joiners, bidi marks and overrides, the BOM, and the
 * interlinear annotation and object replacement controls. */
static bool
invisible(uint32_t uc)
{
	return (uc >= 0x80 && uc <= 0x9f) || uc == 0xad || uc == 0x61c ||
	       (uc >= 0x200b && uc <= 0x200f) || (uc >= 0x202a && uc <= 0x202e) ||
	       (uc >= 0x2060 && uc <= 0x206f) || uc == 0xfeff || (uc >= 0xfff9 && uc <= 0xfffb);
}

size_t
message_safe(char *out, size_t size, const char *s, size_t n, bool keep_newlines)
{
	/* room kept for "…" and the NUL */
	size_t room = size - sizeof ellipsis, o = 0, i = 0;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		char piece[16];
		size_t k, length;
		ucs4_t uc;

		if (c < 0x80) {
			k = 1;
			if ((c < 0x20 && c != '\t' && !(c == '\n' && keep_newlines)) || c == 0x7f) {
				piece[0] = '^';
				piece[1] = (char)(c ^ 0x40);
				length = 2;
			} else {
				piece[0] = (char)c;
				length = 1;
			}
		} else if (u8_mbtoucr(&uc, (const uint8_t *)s + i, n - i) <= 0) {
			k = 1;
			length = (size_t)snprintf(piece, sizeof piece, "\\x%02X", c);
		} else if (k = utf8_length(s + i, n - i), invisible(uc)) {
			length = (size_t)snprintf(piece, sizeof piece, "<U+%04X>", (unsigned)uc);
		} else {
			memcpy(piece, s + i, k);
			length = k;
		}
		if (o + length > room) {
			memcpy(out + o, ellipsis, sizeof ellipsis - 1);
			o += sizeof ellipsis - 1;
			break;
		}
		memcpy(out + o, piece, length);
		o += length;
		i += k;
	}
	out[o] = '\0';
	return o;
}

void
message_vprint(FILE *f, const char *format, va_list args)
{
	char text[MESSAGE_MAX], safe[MESSAGE_MAX + 16];
	int n = vsnprintf(text, sizeof text, format, args);
	size_t length;

	if (n < 0)
		return;
	length = (size_t)n < sizeof text ? (size_t)n : sizeof text - 1;
	if ((size_t)n >= sizeof text && length > 0) {
		/* vsnprintf cut it: not inside a character */
		size_t start = utf8_previous(text, 0, length);
		ucs4_t uc;
		if (u8_mbtoucr(&uc, (const uint8_t *)text + start, length - start) == -2)
			length = start;
	}
	message_safe(safe, sizeof safe, text, length, false);
	fprintf(f, "%s: %s%s\n", PACKAGE_NAME, safe, (size_t)n >= sizeof text ? ellipsis : "");
}

void
message_print(FILE *f, const char *format, ...)
{
	va_list args;

	va_start(args, format);
	message_vprint(f, format, args);
	va_end(args);
}

void
message_error(const char *format, ...)
{
	va_list args;

	va_start(args, format);
	message_vprint(stderr, format, args);
	va_end(args);
}

const char *
message_short(char *buf, size_t size, const char *s)
{
	size_t i = 0, n = strlen(s);

	for (int chars = 0; i < n && chars < 60; chars++)
		i += utf8_length(s + i, n - i);
	if (i == n && n < size)
		return memcpy(buf, s, n + 1);
	while (i > 0 && i + sizeof ellipsis > size)
		i = utf8_previous(s, 0, i);
	memcpy(buf, s, i);
	memcpy(buf + i, ellipsis, sizeof ellipsis);
	return buf;
}
