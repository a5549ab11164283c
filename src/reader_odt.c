/* SPDX-License-Identifier: GPL-3.0-or-later */
/* reader_odt.c - OpenDocument text (.odt): content.xml, a paragraph a
 * line.
 *
 *     <text:h text:outline-level="2">（一）加强组织领导</text:h>
 *     <text:p>…<text:s text:c="2"/>…<text:line-break/>…</text:p>
 *
 * A text:h's outline level becomes a heading hint.  The numbers of lists
 * and of outline-numbered headings are written into the text as the
 * writer shows them: taken as it saved them (text:number) when it did,
 * else counted from the list styles (text:list-style, text:outline-style
 * in styles.xml and content.xml: style:num-format "一, 二, 三, ...",
 * style:num-prefix "（", style:num-suffix "）", text:display-levels,
 * text:start-value) with numbering.c.  A list starts its count afresh
 * unless it says it continues.  Table rows are lines with their cells two
 * spaces apart. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "numbering.h"
#include "office.h"
#include "reader.h"

static const char odt_type[] = "application/vnd.oasis.opendocument.text";

/* A list style's name and the numbering list made of it. */
struct list_style {
	char *name;
	long list;
	long last;               /* the numbering it counted with last, or -1:
	                            a list that continues goes on from it */
};

/* The reading of one document. */
struct odt {
	struct office_text out;
	struct numbering numbering;
	struct list_style *styles;
	size_t style_count, style_capacity;
	long outline;            /* the outline style's numbering (instance id), or -1 */
	long next_id;            /* for the next list or instance made */
	/* The list being written: its style's list, the numbering it counts
	 * with (instance id; -1: none), the level of its items (0-based),
	 * and whether the item being written still waits for its number. */
	long list;
	long instance;
	int level;
	bool item_pending;
};

/* The numbering format ODF's style:num-format names ("1", "一, 二, 三, ...",
 * "①, ②, ③, ..."): by its first character; "" is none. */
static enum numbering_format
odf_format(const char *f)
{
	static const struct {
		const char *first;
		enum numbering_format format;
	} firsts[] = {
		{ "1", NUMBERING_DECIMAL }, { "一", NUMBERING_CHINESE_COUNTING },
		{ "壹", NUMBERING_CHINESE_LEGAL }, { "甲", NUMBERING_IDEOGRAPH_ZODIAC },
		{ "①", NUMBERING_ENCLOSED_CIRCLE }, { "⑴", NUMBERING_ENCLOSED_PAREN },
		{ "⒈", NUMBERING_ENCLOSED_FULLSTOP }, { "１", NUMBERING_DECIMAL_FULL_WIDTH },
		{ "a", NUMBERING_LOWER_LETTER }, { "A", NUMBERING_UPPER_LETTER },
		{ "i", NUMBERING_LOWER_ROMAN }, { "I", NUMBERING_UPPER_ROMAN },
	};

	if (!f || !*f)
		return NUMBERING_NONE;
	for (size_t i = 0; i < sizeof firsts / sizeof firsts[0]; i++)
		if (strncmp(f, firsts[i].first, strlen(firsts[i].first)) == 0)
			return firsts[i].format;
	return NUMBERING_DECIMAL;
}

/* LEVEL (0-based) of LIST from a text:list-level-style-number or
 * text:outline-level-style NODE: its format, start, and the text of its
 * number -- the prefix, the numbers of the levels it displays joined by
 * dots ("%1.%2"), the suffix. */
static bool
read_level(struct numbering_list *list, int level, const xmlNode *node)
{
	struct numbering_level *l = &list->levels[level];
	const char *prefix = office_attribute(node, "num-prefix"),
		   *suffix = office_attribute(node, "num-suffix"),
		   *shown = office_attribute(node, "display-levels"),
		   *start = office_attribute(node, "start-value");
	long display = shown ? strtol(shown, NULL, 10) : 1;
	char text[256];
	size_t n = 0;

	if (office_is(node, "list-level-style-bullet")) {
		l->format = NUMBERING_BULLET;
		return true;
	}
	l->format = odf_format(office_attribute(node, "num-format"));
	l->start = start ? strtol(start, NULL, 10) : 1;
	if (display < 1)
		display = 1;
	if (display > level + 1)
		display = level + 1;
	n += (size_t)snprintf(text + n, sizeof text - n, "%s", prefix ? prefix : "");
	for (int k = level + 2 - (int)display; k <= level + 1 && n < sizeof text; k++)
		n += (size_t)snprintf(text + n, sizeof text - n, k > level + 2 - (int)display ? ".%%%d" : "%%%d", k);
	if (n < sizeof text)
		snprintf(text + n, sizeof text - n, "%s", suffix ? suffix : "");
	free(l->text);
	l->text = strdup(text);
	return l->text != NULL;
}

/* A list style (or the outline style) NODE as a new numbering list;
 * returns its id, or -1 when out of memory. */
static long
read_list_style(struct odt *o, const xmlNode *node)
{
	struct numbering_list *list = numbering_add_list(&o->numbering, o->next_id);

	if (!list)
		return -1;
	for (const xmlNode *c = node->children; c; c = c->next) {
		const char *level = office_attribute(c, "level");
		long k = level ? strtol(level, NULL, 10) : 0;
		if (c->type == XML_ELEMENT_NODE && k >= 1 && k <= NUMBERING_LEVELS &&
		    !read_level(list, (int)k - 1, c))
			return -1;
	}
	return o->next_id++;
}

/* A new numbering of LIST that starts it afresh (at START at LEVEL, when
 * START > 0); its id, or -1. */
static long
restart(struct odt *o, long list, int level, long start)
{
	struct numbering_instance *instance = numbering_add_instance(&o->numbering, o->next_id, list);
	const struct numbering_list *l = NULL;

	if (!instance)
		return -1;
	for (size_t i = 0; i < o->numbering.list_count; i++)
		if (o->numbering.lists[i].id == list)
			l = &o->numbering.lists[i];
	for (int k = 0; k < NUMBERING_LEVELS; k++)
		instance->start_override[k] = l ? l->levels[k].start : 1;
	if (start > 0 && level >= 0 && level < NUMBERING_LEVELS)
		instance->start_override[level] = start;
	return o->next_id++;
}

/* The list styles and the outline style under NODE (office:styles,
 * office:automatic-styles). */
static bool
read_styles(struct odt *o, const xmlNode *node)
{
	for (const xmlNode *c = node ? node->children : NULL; c; c = c->next) {
		if (office_is(c, "list-style")) {
			const char *name = office_attribute(c, "name");
			long list = name ? read_list_style(o, c) : 0;
			if (list < 0 || !ARRAY_RESERVE(o->styles, o->style_capacity, o->style_count + 1))
				return false;
			if (!name)
				continue;
			o->styles[o->style_count] = (struct list_style){ strdup(name), list, -1 };
			if (!o->styles[o->style_count++].name)
				return false;
		} else if (office_is(c, "outline-style")) {
			long list = read_list_style(o, c);
			if (list < 0 || (o->outline = restart(o, list, -1, 0)) < 0)
				return false;
		}
	}
	return true;
}

/* The index in O->styles of the list style NAME, or SIZE_MAX. */
static size_t
style_index(const struct odt *o, const char *name)
{
	for (size_t i = 0; name && i < o->style_count; i++)
		if (strcmp(o->styles[i].name, name) == 0)
			return i;
	return SIZE_MAX;
}

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

static void put_block(struct odt *o, const xmlNode *node, bool in_cell);

/* A table (or a group of its rows) NODE: a line a row, cells two spaces
 * apart.  INDEX is the table's, *ROWS the rows written of it so far. */
static void
put_rows(struct odt *o, const xmlNode *node, bool in_cell, uint32_t index, uint32_t *rows)
{
	struct office_text *out = &o->out;

	for (const xmlNode *row = node->children; row; row = row->next) {
		bool first = true;
		if (office_is(row, "table-header-rows") || office_is(row, "table-rows") ||
		    office_is(row, "table-row-group")) {
			put_rows(o, row, in_cell, index, rows);
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
				put_block(o, cell, true);
		}
		if (!in_cell) {
			office_row(out, index, (*rows)++);
			office_end_line(out);
		}
	}
}

static void
put_table(struct odt *o, const xmlNode *node, bool in_cell)
{
	uint32_t rows = 0;

	put_rows(o, node, in_cell, o->out.tables, &rows);
	if (!in_cell)
		o->out.tables++;
}

/* Writes the number of the paragraph or heading C that is due, if any:
 * the next of its list item, or of its outline level. */
static void
put_number(struct odt *o, const xmlNode *c, int outline_level, char *number, size_t size)
{
	bool saved = office_child(c, "number") != NULL;   /* written as text already */
	long instance = -1;
	int level = 0;

	number[0] = '\0';
	if (o->item_pending) {
		o->item_pending = false;
		instance = o->instance;
		level = o->level;
	} else if (office_is(c, "h") && o->outline >= 0 && outline_level >= 1 && o->list < 0) {
		const char *again = office_attribute(c, "restart-numbering");
		const char *start = office_attribute(c, "start-value");
		level = outline_level - 1;
		if (again && strcmp(again, "true") == 0) {
			long list = -1;
			for (size_t i = 0; i < o->numbering.instance_count; i++)
				if (o->numbering.instances[i].id == o->outline)
					list = o->numbering.instances[i].list;
			long id = restart(o, list, level, start ? strtol(start, NULL, 10) : 1);
			if (id >= 0)
				o->outline = id;
		}
		instance = o->outline;
	}
	if (instance < 0)
		return;
	numbering_next(&o->numbering, instance, level, number, size);
	if (saved)
		number[0] = '\0';
}

/* A list NODE: its items numbered by its style (or its enclosing list's),
 * one level below the list around it. */
static void
put_list(struct odt *o, const xmlNode *node, bool in_cell)
{
	long list = o->list, instance = o->instance;
	int level = o->level;
	bool pending = o->item_pending;
	size_t style = style_index(o, office_attribute(node, "style-name"));
	const char *continues = office_attribute(node, "continue-numbering");

	if (list >= 0) {
		o->level = level + 1;   /* nested: the enclosing list's numbering */
	} else if (style != SIZE_MAX) {
		o->list = o->styles[style].list;
		o->level = 0;
		o->instance = (continues && strcmp(continues, "true") == 0) ||
			      office_attribute(node, "continue-list")
			      ? o->styles[style].last : -1;
		if (o->instance < 0)
			o->instance = restart(o, o->list, -1, 0);
		o->styles[style].last = o->instance;
	}
	for (const xmlNode *item = node->children; item; item = item->next) {
		const char *start;
		if (!office_is(item, "list-item") && !office_is(item, "list-header"))
			continue;
		o->item_pending = o->list >= 0 && o->level < NUMBERING_LEVELS &&
				  office_is(item, "list-item");
		start = office_attribute(item, "start-value");
		if (o->item_pending && start) {
			long id = restart(o, o->list, o->level, strtol(start, NULL, 10));
			if (id >= 0) {
				o->instance = id;
				if (style != SIZE_MAX)
					o->styles[style].last = id;
			}
		}
		put_block(o, item, in_cell);
	}
	o->list = list;
	o->instance = instance;
	o->level = level;
	o->item_pending = pending;
}

static void
put_block(struct odt *o, const xmlNode *node, bool in_cell)
{
	struct office_text *out = &o->out;
	bool first = true;

	for (const xmlNode *c = node->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || skipped(c))
			continue;
		if (office_is(c, "p") || office_is(c, "h")) {
			const char *level = office_attribute(c, "outline-level");
			int outline = office_is(c, "h") ? (level ? (int)strtol(level, NULL, 10) : 1) : 0;
			char number[256];
			if (in_cell && !first)
				office_put(out, " ", 1);
			first = false;
			put_number(o, c, outline, number, sizeof number);
			if (outline > 0 && !in_cell)
				office_hint(out, outline, number[0] ? number : NULL);
			office_put(out, number, strlen(number));
			put_inline(out, c, in_cell);
			if (!in_cell)
				office_end_line(out);
		} else if (office_is(c, "table")) {
			put_table(o, c, in_cell);
		} else if (office_is(c, "list")) {
			put_list(o, c, in_cell);
		} else {
			/* text:section, … */
			put_block(o, c, in_cell);
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

/* The list styles of the document XML DOC (styles.xml or content.xml). */
static bool
read_document_styles(struct odt *o, xmlDocPtr doc)
{
	xmlNode *root = doc ? libxml.doc_get_root_element(doc) : NULL;

	return read_styles(o, office_child(root, "styles")) &&
	       read_styles(o, office_child(root, "automatic-styles"));
}

static enum bg_status
odt_read(const struct reader_input *in, struct reader_text *out, struct bg_error *err)
{
	struct odt o;
	struct package *package;
	xmlDocPtr content = NULL, styles = NULL;
	xmlNode *body;
	char *type = NULL;
	size_t length;
	enum bg_status st;

	memset(out, 0, sizeof *out);
	memset(&o, 0, sizeof o);
	o.outline = o.list = o.instance = -1;
	o.next_id = 1;
	/* Both libraries first: the cleanup below calls libxml2. */
	if ((st = xml_load(err)) == BG_OK)
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
	if ((st = office_parse(package, "styles.xml", true, &styles, err)) != BG_OK ||
	    (st = office_parse(package, "content.xml", false, &content, err)) != BG_OK)
		goto done;
	body = office_child(office_child(libxml.doc_get_root_element(content), "body"), "text");
	if (!body) {
		st = bg_fail(err, BG_ERR_DOCUMENT, "content.xml has no text body");
		goto done;
	}
	if (!read_document_styles(&o, styles) || !read_document_styles(&o, content)) {
		st = bg_fail(err, BG_ERR_NOMEM, NULL);
		goto done;
	}
	put_block(&o, body, false);
	office_properties(package, "meta.xml", out);
done:
	free(type);
	libxml.free_doc(content);
	libxml.free_doc(styles);
	package_close(package);
	numbering_free(&o.numbering);
	for (size_t i = 0; i < o.style_count; i++)
		free(o.styles[i].name);
	free(o.styles);
	if (st == BG_OK)
		return office_finish(&o.out, in->bytes, out, err);
	free(in->bytes);
	office_text_free(&o.out);
	return st;
}

const struct reader reader_odt = { "odt", odt_detect, odt_read, false };
