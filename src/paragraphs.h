/* SPDX-License-Identifier: GPL-3.0-or-later */
/* paragraphs.h - lines into the document's paragraphs and spans. */
#ifndef BAOGAO_PARAGRAPHS_H
#define BAOGAO_PARAGRAPHS_H

#include <stdbool.h>
#include <stddef.h>

#include "clean.h"
#include "doc.h"
#include "lines.h"
#include "reader.h"
#include "status.h"

/* Places in a text found in paragraphs_room's pass for paragraphs_build:
 * offsets in order, or none when there were too many to list (LISTED
 * false; paragraphs_build looks for them then).  The caller frees AT. */
struct paragraph_places {
	size_t *at;
	size_t count;
	size_t capacity;
	bool listed;
};

/* How many bytes before TEXT (LENGTH bytes) paragraphs_build needs to
 * split every numbered paragraph that may be run onto the one before: one
 * for each full stop followed on its line by a label of a style that
 * glued paragraphs are split at (。（二）, 。第二条).  Fewer bytes only
 * leave some such paragraphs unsplit.  In the same pass, *INDENTS (empty
 * before) gets where an indent stands (two ideographic
 * spaces, or two with an ASCII space between), and *STOPS (empty
 * before) where a character that may begin such a label follows a full
 * stop: the places after a 。 at which a label can be glued. */
size_t paragraphs_room(const char *text, size_t length, struct paragraph_places *indents,
		       struct paragraph_places *stops);

/* Builds DOC's paragraphs from the COUNT LINES of TEXT: joins the lines
 * that continue a hard wrap, ends a paragraph at a blank line, a Markdown
 * heading or an HTML comment, and cuts out the marker tokens CUTS (sorted).
 * A numbered paragraph run onto the end of the one before (……。（二）…)
 * is split off where the text written lags the source by a byte (see
 * paragraphs_room).  The text is written over the source, from BUFFER
 * (<= TEXT, two bytes longer than the source) on, which becomes
 * doc->text.  INDENTS and STOPS: paragraphs_room's, of TEXT.  Returns
 * BG_OK or BG_ERR_NOMEM. */
enum bg_status paragraphs_build(struct doc *doc, char *buffer, const char *text,
				const struct line *lines, size_t count,
				const struct noise_cut *cuts, size_t cut_count,
				const struct paragraph_places *indents,
				const struct paragraph_places *stops);

/* True when paragraph I of DOC begins with a heading label or is a
 * Markdown heading. */
bool paragraphs_begins_heading(const struct doc *doc, size_t i);

/* Gives each of the COUNT HINTS (sorted by line) to the paragraph of DOC
 * that holds its line, taking their numbers over; a hint on a line the
 * document left out, or a second one for a paragraph, is dropped.  The
 * pages the hints begin go to doc->pages.  False when out of memory. */
bool paragraphs_add_hints(struct doc *doc, struct reader_hint *hints, size_t count);

/* Gives DOC the COUNT LINKS (placed, in the order of the text) whose text
 * it kept, taking their addresses over.  False when out of memory. */
bool paragraphs_add_links(struct doc *doc, struct reader_link *links, size_t count);

#endif
