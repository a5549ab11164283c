/* SPDX-License-Identifier: GPL-3.0-or-later */
/* office.h - what the readers of office documents (docx, odt) share: a
 * member of the zip parsed as XML safely, and the text they write, a
 * paragraph a line, with its structure hints. */
#ifndef BAOGAO_OFFICE_H
#define BAOGAO_OFFICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "package.h"
#include "reader.h"
#include "status.h"
#include "xml.h"

/* Parses the member NAME of PACKAGE: no network, no DTD (a document with
 * one is refused, entities and all), libxml2's default size and depth
 * limits.  On success *OUT is a document the caller frees with
 * xmlFreeDoc.  MISSING_OK: a missing member gives BG_OK and *OUT NULL.
 * Errors: BG_ERR_DOCUMENT (ERR's detail names the member), BG_ERR_NOMEM,
 * BG_ERR_NO_SUPPORT (libxml2 cannot be loaded: xml.h). */
enum bg_status office_parse(struct package *package, const char *name, bool missing_ok,
			    xmlDocPtr *out, struct bg_error *err);

/* Streams the member NAME of PACKAGE (as office_parse, without holding
 * the whole tree): for each element inside the container that PATH names
 * (PATH_LENGTH local names from the root down: "document", "body"), in
 * document order, calls EACH with ARG and the element, expanded with its
 * subtree, which is freed after the call; when EACH returns false, the
 * rest of the member is left unread, and uninflated.  Errors: BG_ERR_DOCUMENT (the
 * member is missing, not well-formed, or has no such container; ERR's
 * detail names it), BG_ERR_NOMEM, BG_ERR_NO_SUPPORT (as office_parse). */
enum bg_status office_stream(struct package *package, const char *name,
			     const char *const *path, size_t path_length,
			     bool (*each)(void *arg, const xmlNode *node), void *arg,
			     struct bg_error *err);

/* The local name of element NODE is NAME (namespaces are not compared:
 * Word's transitional and strict schemas name them differently). */
bool office_is(const xmlNode *node, const char *name);

/* The value of NODE's attribute whose local name is NAME (owned by the
 * XML document), or NULL. */
const char *office_attribute(const xmlNode *node, const char *name);

/* The first child element of NODE called NAME, or NULL. */
xmlNode *office_child(const xmlNode *node, const char *name);

/* The text a reader writes. */
struct office_text {
	char *text;
	size_t length, capacity;
	uint32_t lines;           /* the lines ended so far */
	bool line_open;           /* something stands on it */
	struct reader_hint *hints;
	size_t hint_count, hint_capacity;
	bool failed;              /* out of memory: the rest is dropped */
	size_t line_start;        /* where the line being written starts */
	/* The table row being written: where its cells start (1-based
	 * character columns), and the tables begun so far. */
	uint32_t *cells;
	uint32_t cell_count;
	size_t cell_capacity;
	uint32_t tables;
	size_t counted;           /* the line's characters before here ... */
	size_t counted_columns;   /* ... are these many (for the next cell) */
	struct reader_link *links;   /* by offset in TEXT */
	size_t link_count, link_capacity;
};

/* Appends N bytes of S (UTF-8) to the line being written; control
 * characters but the tab become spaces. */
void office_put(struct office_text *t, const char *s, size_t n);

/* Ends the line being written (an empty one too: a blank line). */
void office_end_line(struct office_text *t);

/* Gives the line being written a heading LEVEL (1..9) and NUMBER (copied;
 * may be NULL). */
void office_hint(struct office_text *t, int level, const char *number);

/* Says that a cell of a table row starts where the line being written
 * stands now. */
void office_cell(struct office_text *t);

/* Writes N empty cells after the cell just written (IN_CELL: inside a
 * cell, where only the gap is written): the columns a merged cell spans,
 * so that the cells after it stay under their headers. */
void office_empty_cells(struct office_text *t, long n, bool in_cell);

/* Gives the line being written, whose cells office_cell said, a table row
 * hint: row ROW of table TABLE (reader.h).  Does nothing without cells. */
void office_row(struct office_text *t, uint32_t table, uint32_t row);

/* Keeps the link to HREF over what T wrote from START on. */
void office_link(struct office_text *t, size_t start, const char *href);

/* Hands T over as OUT's text, taking everything T holds, and frees the
 * file's BYTES.  Fails with BG_ERR_NOMEM (T freed) or BG_ERR_BLANK. */
enum bg_status office_finish(struct office_text *t, char *bytes, struct reader_text *out,
			     struct bg_error *err);

/* Frees what T holds. */
void office_text_free(struct office_text *t);

/* Reads Dublin Core properties (title, creator, date) from the XML member
 * NAME of PACKAGE into OUT's title, author and date, where it has them;
 * anything wrong with it is ignored. */
void office_properties(struct package *package, const char *name, struct reader_text *out);

#endif
