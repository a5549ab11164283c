/* SPDX-License-Identifier: GPL-3.0-or-later */
/* markdown.h - Markdown rendered, not shown: links read as their text,
 * quote markers, emphasis and backslash escapes go, pipe tables become
 * aligned text.  Headings keep their '#' prefix, which the outline reads;
 * front matter and fenced code stay as written. */
#ifndef BAOGAO_MARKDOWN_H
#define BAOGAO_MARKDOWN_H

#include <stdbool.h>
#include <stddef.h>

#include "status.h"

/* True when TEXT (LENGTH bytes of UTF-8) of the file NAME (may be NULL)
 * reads as Markdown: a name ending in .md or .markdown, or an ATX heading
 * line, an inline link, a pipe table's delimiter row or two lines each
 * wholly in strong emphasis (**一、总体要求**) in the text. */
bool markdown_detect(const char *name, const char *text, size_t length);

struct reader_link;
struct reader_hint;

/* Renders the Markdown TEXT (LENGTH bytes of valid UTF-8) as plain text,
 * line for line: the result has the same line breaks.  On success *OUT is
 * a malloc'd block (the caller frees it) holding *OUT_LENGTH bytes of text
 * and room for two bytes more, *LINKS (malloc'd, or NULL) the
 * *LINK_COUNT links of the text, placed (reader.h), and *HINTS (malloc'd,
 * or NULL; reader_free_hints) the *HINT_COUNT rows of its pipe tables,
 * by line, with their cells (reader.h), as a Word table's are given.
 * BG_OK, or BG_ERR_NOMEM. */
enum bg_status markdown_render(const char *text, size_t length, char **out, size_t *out_length,
			       struct reader_link **links, size_t *link_count,
			       struct reader_hint **hints, size_t *hint_count);

/* markdown_render writing over TEXT, which has room for two bytes more:
 * the text rendered is TEXT[0, *OUT_LENGTH) and *OUT is NULL; or, where
 * the text came out longer than what it was rendered from (a table's
 * padding), *OUT is a malloc'd block holding it, as markdown_render gives
 * it, and TEXT was written over in part.  Without the copy of the text
 * that markdown_render makes, no more memory than the text's.  BG_OK, or
 * BG_ERR_NOMEM (TEXT written over in part). */
enum bg_status markdown_render_over(char *text, size_t length, char **out, size_t *out_length,
				    struct reader_link **links, size_t *link_count,
				    struct reader_hint **hints, size_t *hint_count);

#endif
