/* SPDX-License-Identifier: GPL-3.0-or-later */
/* contents.h - the table of contents a document prints before its body. */
#ifndef BAOGAO_CONTENTS_H
#define BAOGAO_CONTENTS_H

#include <stdbool.h>

#include "doc.h"

/* Sets TOC[i] (an array of DOC->paragraph_count + 1 flags, cleared by the
 * caller) for the paragraphs of DOC that are lines of a table of contents,
 * or rows of a table or list that read as headings with no body (three or
 * more siblings in a run).  False when out of memory. */
bool contents_find(const struct doc *doc, bool *toc);

#endif
