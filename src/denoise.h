/* SPDX-License-Identifier: GPL-3.0-or-later */
/* denoise.h - the noise step of loading: what clean.c's rules match goes. */
#ifndef BAOGAO_DENOISE_H
#define BAOGAO_DENOISE_H

#include <stddef.h>

#include "clean.h"
#include "doc.h"
#include "lines.h"
#include "status.h"

/* Drops the lines of LINES from FIRST on that line rules matched when they
 * were split (page numbers left by a PDF extraction), so that the lines
 * around them can be joined -- unless they would take too much of the
 * text, which DOC is warned of.  BG_OK, or BG_ERR_NOMEM. */
enum bg_status denoise_lines(struct doc *doc, struct line_list *lines, size_t first);

/* Drops the paragraphs that paragraph RULES match in the head and tail of
 * DOC -- unless they would take too much of it, which DOC is warned of.
 * BG_OK, BG_ERR_NOMEM, or BG_ERR_COSTLY when a rule hit a matching limit
 * (COST->costly is then that rule, as noise_paragraph_matches says). */
enum bg_status denoise_paragraphs(struct doc *doc, const struct noise_rules *rules, struct noise_cost *cost);

#endif
