/* SPDX-License-Identifier: GPL-3.0-or-later */
/* contents.h - the table of contents a document prints before its body. */
#ifndef BAOGAO_CONTENTS_H
#define BAOGAO_CONTENTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc.h"

/* What a paragraph is to the contents. */
enum contents_line {
	CONTENTS_NONE,
	CONTENTS_ENTRY,   /* a line of a table of contents */
	CONTENTS_ROW,     /* a row of a table or list that reads as a heading
			     with no body (three or more siblings in a run) */
};

/* A document's table of contents, and the rows that are no outline. */
struct contents {
	unsigned char *lines;   /* one enum contents_line a paragraph, and one
				   more (CONTENTS_NONE) */
	uint64_t *entries;      /* the entries' texts, hashed, sorted */
	size_t entry_count;
};

/* Finds the contents lines and rows of DOC into *OUT, which the caller
 * frees with contents_free.  False (and *OUT empty) when out of memory. */
bool contents_find(const struct doc *doc, struct contents *out);

/* True when paragraph PARAGRAPH of DOC is a heading-only line whose text
 * (white space and page number aside) is an entry of CONTENTS: the
 * contents vouch for it as a heading. */
bool contents_lists(const struct contents *contents, const struct doc *doc, size_t paragraph);

/* True when paragraph PARAGRAPH of DOC is the heading of a contents, 目录
 * or 目次 alone, perhaps letter-spaced (目 录): never a section. */
bool contents_heading(const struct doc *doc, size_t paragraph);

/* Frees what contents_find allocated in CONTENTS and empties it. */
void contents_free(struct contents *contents);

#endif
