/* SPDX-License-Identifier: GPL-3.0-or-later */
/* reader_odt.c - OpenDocument text (.odt): content.xml, a paragraph a
 * line.
 *
 *     <text:h text:outline-level="2">（一）加强组织领导</text:h>
 *     <text:p>…<text:s text:c="2"/>…<text:line-break/>…</text:p>
 *
 * A text:h's outline level becomes a heading hint; the number a list
 * shows is taken as the writer saved it (text:number), not computed
 * again.  Table rows are lines with their cells two spaces apart. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "office.h"
#include "reader.h"

static const char odt_type[] = "application/vnd.oasis.opendocument.text";

/* Elements whose text is not the paragraph's. */
static bool
skipped(const xmlNode *node)
{
	static const char *const names[] = {
		"note", "annotation", "frame", "tracked-changes", "table-of-content",
		"sequence-decls", "forms", "bookmark-ref", "soft-page-break",
	};

	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (office_is(node, names[i]))
			return true;
	return false;
}

static void
put_inline(struct office_text *out, const xmlNode *node, bool in_cell)
{
	for (const xmlNode *c = node->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
			if (c->content)
				office_put(out, (const char *)c->content, strlen((const char *)c->content));
		} else if (c->type != XML_ELEMENT_NODE || skipped(c)) {
			continue;
		} else if (office_is(c, "s")) {
			const char *count = office_attribute(c, "c");
			long n = count ? strtol(count, NULL, 10) : 1;
			for (long i = 0; i < n && i < 1000; i++)
				office_put(out, " ", 1);
		} else if (office_is(c, "tab")) {
			office_put(out, "\t", 1);
		} else if (office_is(c, "line-break")) {
			if (in_cell)
				office_put(out, " ", 1);
			else
				office_end_line(out);
		} else {
			put_inline(out, c, in_cell);
		}
	}
}

static void put_block(struct office_text *out, const xmlNode *node, bool in_cell);

/* A table (or a group of its rows) NODE: a line a row, cells two spaces
 * apart.  INDEX is the table's, *ROWS the rows written of it so far. */
static void
put_rows(struct office_text *out, const xmlNode *node, bool in_cell, uint32_t index,
	 uint32_t *rows)
{
	for (const xmlNode *row = node->children; row; row = row->next) {
		bool first = true;
		if (office_is(row, "table-header-rows") || office_is(row, "table-rows") ||
		    office_is(row, "table-row-group")) {
			put_rows(out, row, in_cell, index, rows);
			continue;
		}
		if (!office_is(row, "table-row"))
			continue;
		for (const xmlNode *cell = row->children; cell; cell = cell->next) {
			/* The places a cell spans, across or down, are covered
			 * cells: empty ones, so that each cell stays in its
			 * column. */
			bool covered = office_is(cell, "covered-table-cell");
			if (!covered && !office_is(cell, "table-cell"))
				continue;
			if (!first)
				office_put(out, "  ", 2);
			first = false;
			if (!in_cell)
				office_cell(out);
			if (!covered)
				put_block(out, cell, true);
		}
		if (!in_cell) {
			office_row(out, index, (*rows)++);
			office_end_line(out);
		}
	}
}

static void
put_table(struct office_text *out, const xmlNode *node, bool in_cell)
{
	uint32_t rows = 0;

	put_rows(out, node, in_cell, out->tables, &rows);
	if (!in_cell)
		out->tables++;
}

static void
put_block(struct office_text *out, const xmlNode *node, bool in_cell)
{
	bool first = true;

	for (const xmlNode *c = node->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || skipped(c))
			continue;
		if (office_is(c, "p") || office_is(c, "h")) {
			if (in_cell && !first)
				office_put(out, " ", 1);
			first = false;
			if (office_is(c, "h") && !in_cell) {
				const char *level = office_attribute(c, "outline-level");
				office_hint(out, level ? (int)strtol(level, NULL, 10) : 1, NULL);
			}
			put_inline(out, c, in_cell);
			if (!in_cell)
				office_end_line(out);
		} else if (office_is(c, "table")) {
			put_table(out, c, in_cell);
		} else {
			/* text:list, text:list-item, text:section, … */
			put_block(out, c, in_cell);
		}
	}
}

static unsigned
odt_detect(const char *head, size_t n)
{
	/* The mimetype comes first, stored: "PK…mimetypeapplication/…". */
	if (!package_is_zip(head, n) || n < 38 || memcmp(head + 30, "mimetype", 8) != 0)
		return 0;
	return memmem(head + 38, n - 38 < 64 ? n - 38 : 64, odt_type, sizeof odt_type - 1)
	       ? READER_SURE : 0;
}

static enum bg_status
odt_read(const struct reader_input *in, struct reader_text *out, struct bg_error *err)
{
	struct office_text text;
	struct package *package;
	xmlDocPtr content = NULL;
	xmlNode *body;
	char *type = NULL;
	size_t length;
	enum bg_status st;

	memset(out, 0, sizeof *out);
	memset(&text, 0, sizeof text);
	st = package_open(in->bytes, in->size, &package, err);
	if (st != BG_OK) {
		free(in->bytes);
		return st;
	}
	if (package_has(package, "mimetype") &&
	    (st = package_read(package, "mimetype", &type, &length, err)) != BG_OK)
		goto done;
	if (!type || strncmp(type, odt_type, sizeof odt_type - 1) != 0) {
		st = bg_fail(err, BG_ERR_DOCUMENT, "%s%s%s", type ? "an OpenDocument " : "",
			     type ? type : "a zip file that is not a Word or OpenDocument text document",
			     type ? " file, not a text document" : "");
		goto done;
	}
	if ((st = office_parse(package, "content.xml", false, &content, err)) != BG_OK)
		goto done;
	body = office_child(office_child(xmlDocGetRootElement(content), "body"), "text");
	if (!body) {
		st = bg_fail(err, BG_ERR_DOCUMENT, "content.xml has no text body");
		goto done;
	}
	put_block(&text, body, false);
	office_properties(package, "meta.xml", out);
done:
	free(type);
	xmlFreeDoc(content);
	package_close(package);
	if (st == BG_OK)
		return office_finish(&text, in->bytes, out, err);
	free(in->bytes);
	office_text_free(&text);
	return st;
}

const struct reader reader_odt = { "odt", odt_detect, odt_read, false };
