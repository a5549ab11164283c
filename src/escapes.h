/* SPDX-License-Identifier: GPL-3.0-or-later */
/* escapes.h - the escapes that scraped copies of reports carry instead of
 * the characters they stand for: HTML character references (&nbsp;
 * &#12288; &#x3000; &amp;), Unicode notations (<U+00A0>) and JSON or C
 * escapes (\u3000).  They are decoded before anything else looks at the
 * text, so that lines, headings, figures and search see the characters. */
#ifndef BAOGAO_ESCAPES_H
#define BAOGAO_ESCAPES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* True when TEXT (LENGTH bytes of UTF-8) holds something escapes_decode
 * would change; cheap, for skipping text that has none. */
bool escapes_present(const char *text, size_t length);

/* Whether decoding the escapes of TEXT (LENGTH bytes) could write a
 * character for which WANTED (given ARG) is true.  Decoding only ever
 * writes the characters of its escapes or drops characters, so a
 * character neither in TEXT nor written by an escape is not in the
 * decoded text either.  One vectorised pass. */
bool escapes_may_write(const char *text, size_t length, bool (*wanted)(uint32_t c, void *arg),
		       void *arg);

/* Decodes the escapes of TEXT (LENGTH bytes of valid UTF-8) in place and
 * drops zero-width characters (U+200B-U+200D, U+2060, U+FEFF), written or
 * escaped; no-break spaces and U+3000 stay the spaces they are.  An HTML
 * comment over several lines (<!-- on one, --> on another: a page's
 * markup, never the report) keeps only its line breaks.  An escape
 * of a control character, a line break, a surrogate or a NUL stays as
 * written.  The text never grows and keeps its line breaks; returns its
 * new length. */
size_t escapes_decode(char *text, size_t length);

#endif
