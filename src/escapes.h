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

/* What the escapes of one line take as written beyond what they stand
 * for: a hard wrap made on the text as written (<U+00A0> eight columns,
 * the no-break space it decodes to one) measured its lines with them. */
struct escapes_written {
	uint32_t line;      /* 1-based, counting LF line ends (lone CRs when no LF) */
	uint32_t columns;   /* display columns more as written than decoded */
	uint32_t chars;     /* characters more as written than decoded */
};

/* escapes_decode, noting in *WRITTEN (*COUNT of them, one a line that
 * holds an escape, in line order; malloc'd, the caller frees it) what the
 * escapes of each line take as written beyond what they decode to.  With
 * no memory for the notes the text is decoded all the same and *WRITTEN
 * is NULL. */
size_t escapes_decode_noting(char *text, size_t length, struct escapes_written **written, size_t *count);

#endif
