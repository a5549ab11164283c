/* SPDX-License-Identifier: GPL-3.0-or-later */
/* reader_docx.c - Word .docx: word/document.xml, a paragraph a line.
 *
 *     <w:p><w:pPr><w:pStyle w:val="2"/><w:numPr><w:ilvl w:val="1"/>
 *          <w:numId w:val="1"/></w:numPr></w:pPr>
 *       <w:r><w:t>加强组织领导</w:t></w:r></w:p>          →  （一）加强组织领导
 *
 * Automatic numbers (numbering.xml, rendered by numbering.c) are written
 * into the text as Word shows them, so that the outline's text rules read
 * a heading numbered by Word as they read a typed one.  A paragraph's
 * outline level (its own w:outlineLvl, or its style's, through w:basedOn;
 * or a style named "heading N" / "标题 N") becomes a heading hint.  Table
 * rows are lines with their cells two spaces apart.  Also here: the
 * reader that tells binary Word and WPS files (OLE2) to be converted.
 * (XML through libxml2, the zip through libzip: see package.c.) */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdint.h>

#include "array.h"
#include "numbering.h"
#include "office.h"
#include "reader.h"
#include "utf8.h"

struct style {
	char *id;
	char *based_on;
	int outline;        /* 0..8 (w:outlineLvl, or from the name), -1: none */
	long num_id;        /* its w:numPr, -1: none */
	int num_level;      /* -1: the level whose w:pStyle names the style */
	bool contents;      /* a table-of-contents style ("toc 1") */
};

/* A list level that a style is linked to by its w:pStyle. */
struct style_link {
	char *style;
	long list;
	int level;
};

struct docx {
	struct style *styles;
	size_t style_count, style_capacity;
	struct style_link *links;
	size_t link_count, link_capacity;
	size_t default_style;   /* the style of a paragraph that names none */
	struct numbering numbering;
	struct office_text out;
	size_t text_max;        /* the reader's input's: 0, or where to stop */
	xmlDocPtr relations;    /* word/_rels/document.xml.rels, or NULL */
};

/* The address the relationship ID of the document names (a hyperlink's
 * r:id), or NULL. */
static const char *
relation_target(const struct docx *d, const char *id)
{
	xmlNode *root = d->relations ? libxml.doc_get_root_element(d->relations) : NULL;

	for (xmlNode *c = root && id ? root->children : NULL; c; c = c->next) {
		const char *k = office_attribute(c, "Id");
		if (office_is(c, "Relationship") && k && strcmp(k, id) == 0)
			return office_attribute(c, "Target");
	}
	return NULL;
}

/* The value of NODE's w:val (or of its child CHILD's, when CHILD is not
 * NULL) as a number, or FALLBACK. */
static long
value_of(const xmlNode *node, const char *child, long fallback)
{
	const char *v;
	char *end;
	long n = fallback;

	if (child)
		node = office_child(node, child);
	v = office_attribute(node, "val");
	if (v) {
		n = strtol(v, &end, 10);
		if (end == v)
			n = fallback;
	}
	return n;
}

static char *
val_string(const xmlNode *node, const char *child)
{
	const char *v = office_attribute(office_child(node, child), "val");

	return v ? strdup(v) : NULL;
}

/* ---- styles.xml ------------------------------------------------------- */

/* The outline level a style name says: "heading 2", "标题 2", "Heading2". */
static int
level_from_name(const char *name)
{
	const char *digits = NULL;

	if (strncasecmp(name, "heading", 7) == 0)
		digits = name + 7;
	else if (strncmp(name, "标题", 6) == 0)
		digits = name + 6;
	if (!digits)
		return -1;
	while (*digits == ' ')
		digits++;
	if (digits[0] >= '1' && digits[0] <= '9' && digits[1] == '\0')
		return digits[0] - '1';
	return -1;
}

static bool
read_styles(struct docx *d, xmlDocPtr xml)
{
	for (xmlNode *n = xml ? libxml.doc_get_root_element(xml)->children : NULL; n; n = n->next) {
		xmlNode *ppr, *numpr;
		struct style *s;
		const char *type = office_attribute(n, "type"), *is_default;
		char *name;
		bool paragraph = type && strcmp(type, "paragraph") == 0;

		if (!office_is(n, "style") || !paragraph)
			continue;
		if (!ARRAY_RESERVE(d->styles, d->style_capacity, d->style_count + 1))
			return false;
		s = &d->styles[d->style_count];
		memset(s, 0, sizeof *s);
		{
			const char *id = office_attribute(n, "styleId");
			s->id = strdup(id ? id : "");
		}
		if (!s->id)
			return false;
		is_default = office_attribute(n, "default");
		if (is_default && (strcmp(is_default, "1") == 0 || strcmp(is_default, "true") == 0))
			d->default_style = d->style_count;
		d->style_count++;
		s->based_on = val_string(n, "basedOn");
		ppr = office_child(n, "pPr");
		s->outline = (int)value_of(ppr, "outlineLvl", -1);
		name = val_string(n, "name");
		if (s->outline < 0 || s->outline > 8)
			s->outline = name ? level_from_name(name) : -1;
		/* Word in Chinese calls its heading styles 1, 2, 3, their names
		 * still heading 1 …; a style named otherwise is no heading
		 * whatever its id (WPS calls Normal 1, Plain Text 3). */
		if (s->outline < 0 && !name && s->id[0] >= '1' && s->id[0] <= '9' && s->id[1] == '\0')
			s->outline = s->id[0] - '1';
		s->contents = name && (strncasecmp(name, "toc ", 4) == 0 ||
				       strncmp(name, "目录 ", 7) == 0);
		free(name);
		numpr = office_child(ppr, "numPr");
		s->num_id = numpr ? value_of(numpr, "numId", -1) : -1;
		s->num_level = numpr ? (int)value_of(numpr, "ilvl", -1) : -1;
	}
	return true;
}

static const struct style *
style_named(const struct docx *d, const char *id)
{
	for (size_t i = 0; id && i < d->style_count; i++)
		if (strcmp(d->styles[i].id, id) == 0)
			return &d->styles[i];
	return NULL;
}

/* ---- numbering.xml ----------------------------------------------------- */

static bool
read_level(struct docx *d, struct numbering_list *list, const xmlNode *lvl)
{
	const char *v = office_attribute(lvl, "ilvl");
	char *format, *style;
	long i = v ? strtol(v, NULL, 10) : -1;
	struct numbering_level *level;
	xmlNode *text;

	if (i < 0 || i >= NUMBERING_LEVELS)
		return true;
	level = &list->levels[i];
	level->start = value_of(lvl, "start", 1);
	format = val_string(lvl, "numFmt");
	level->format = numbering_format_named(format);
	free(format);
	level->legal = office_child(lvl, "isLgl") != NULL;
	text = office_child(lvl, "lvlText");
	free(level->text);
	level->text = NULL;
	if (text) {
		const char *t = office_attribute(text, "val");
		level->text = strdup(t ? t : "");
		if (!level->text)
			return false;
	}
	/* Word's tab after the number: nothing after a mark that closes the
	 * number (一、 （一） 1.), else a space (第一章 总则). */
	{
		char *suffix = val_string(lvl, "suff");
		size_t n = level->text ? strlen(level->text) : 0;
		bool closed = n == 0 || level->text[n - 1] == '.' || level->text[n - 1] == ')' ||
			      (n >= 3 && ((unsigned char)level->text[n - 3] == 0xe3 ||
					  (unsigned char)level->text[n - 3] == 0xef));
		if ((!suffix || strcmp(suffix, "nothing") != 0) && !closed) {
			char *spaced = malloc(n + 2);
			if (!spaced) {
				free(suffix);
				return false;
			}
			memcpy(spaced, level->text, n);
			memcpy(spaced + n, " ", 2);
			free(level->text);
			level->text = spaced;
		}
		free(suffix);
	}
	style = val_string(lvl, "pStyle");
	if (style) {
		struct style_link *link;
		if (!ARRAY_RESERVE(d->links, d->link_capacity, d->link_count + 1)) {
			free(style);
			return false;
		}
		link = &d->links[d->link_count++];
		link->style = style;
		link->list = list->id;
		link->level = (int)i;
	}
	return true;
}

static bool
read_numbering(struct docx *d, xmlDocPtr xml)
{
	xmlNode *root = xml ? libxml.doc_get_root_element(xml) : NULL;

	for (xmlNode *n = root ? root->children : NULL; n; n = n->next) {
		struct numbering_list *list;
		if (!office_is(n, "abstractNum"))
			continue;
		{
			const char *id = office_attribute(n, "abstractNumId");
			list = numbering_add_list(&d->numbering, id ? strtol(id, NULL, 10) : -1);
		}
		if (!list)
			return false;
		for (xmlNode *lvl = n->children; lvl; lvl = lvl->next)
			if (office_is(lvl, "lvl") && !read_level(d, list, lvl))
				return false;
	}
	for (xmlNode *n = root ? root->children : NULL; n; n = n->next) {
		struct numbering_instance *instance;
		const char *id;
		if (!office_is(n, "num"))
			continue;
		id = office_attribute(n, "numId");
		instance = numbering_add_instance(&d->numbering, id ? strtol(id, NULL, 10) : -1,
						  value_of(n, "abstractNumId", -1));
		if (!instance)
			return false;
		for (xmlNode *o = n->children; o; o = o->next) {
			const char *ilvl;
			long level, start;
			if (!office_is(o, "lvlOverride"))
				continue;
			ilvl = office_attribute(o, "ilvl");
			level = ilvl ? strtol(ilvl, NULL, 10) : -1;
			start = value_of(o, "startOverride", -1);
			if (level >= 0 && level < NUMBERING_LEVELS && start >= 0)
				instance->start_override[level] = start;
		}
	}
	return true;
}

/* ---- document.xml ------------------------------------------------------ */

/* Elements whose text is not the paragraph's: deleted text, field codes,
 * drawings and text boxes (whose own paragraphs would break the line). */
static bool
skipped(const xmlNode *node)
{
	static const char *const names[] = {
		"pPr", "rPr", "del", "moveFrom", "delText", "instrText", "drawing", "pict",
		"object", "AlternateContent", "txbxContent", "footnoteReference",
		"endnoteReference", "commentReference", "fldChar",
	};

	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (office_is(node, names[i]))
			return true;
	return false;
}

/* Writes the text of the runs under NODE; a break starts a new line
 * unless IN_CELL (then a space). */
static void
put_runs(struct docx *d, const xmlNode *node, bool in_cell)
{
	for (const xmlNode *c = node->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || skipped(c))
			continue;
		if (office_is(c, "t")) {
			for (const xmlNode *text = c->children; text; text = text->next)
				if (text->type == XML_TEXT_NODE && text->content)
					office_put(&d->out, (const char *)text->content,
						   strlen((const char *)text->content));
		} else if (office_is(c, "tab") || office_is(c, "ptab")) {
			office_put(&d->out, "\t", 1);
		} else if (office_is(c, "br") || office_is(c, "cr")) {
			if (in_cell)
				office_put(&d->out, " ", 1);
			else
				office_end_line(&d->out);
		} else if (office_is(c, "noBreakHyphen")) {
			office_put(&d->out, "-", 1);
		} else if (office_is(c, "hyperlink")) {
			/* <w:hyperlink r:id="rId5">: the address is the
			 * relationship's; w:anchor alone is a place in the
			 * document. */
			size_t start = d->out.length;
			const char *href = relation_target(d, office_attribute(c, "id"));
			put_runs(d, c, in_cell);
			if (href)
				office_link(&d->out, start, href);
		} else if (c->children) {
			put_runs(d, c, in_cell);
		}
	}
}

/* What a paragraph's runs hold, to tell a heading set apart by bold. */
struct bold_count {
	size_t chars, bold;   /* characters of text, and of them in bold runs */
	bool sentence;        /* a 。 among them */
	size_t han, latin;    /* Han characters, ASCII letters */
	uint32_t first[2];    /* the first two characters other than white space */
	uint32_t last;        /* the last character other than white space */
};

/* Counts the text under NODE into *C, in bold when BOLD (a run's w:b, not
 * w:val="0" or "false", makes its text bold). */
static void
count_bold(const xmlNode *node, bool bold, struct bold_count *c)
{
	for (const xmlNode *k = node->children; k; k = k->next) {
		if (k->type != XML_ELEMENT_NODE || skipped(k))
			continue;
		if (office_is(k, "r")) {
			const xmlNode *b = office_child(office_child(k, "rPr"), "b");
			const char *v = office_attribute(b, "val");
			count_bold(k, b && !(v && (strcmp(v, "0") == 0 || strcmp(v, "false") == 0)), c);
		} else if (office_is(k, "t")) {
			for (const xmlNode *text = k->children; text; text = text->next) {
				const char *t = (const char *)text->content;
				size_t n, len;
				uint32_t ch;
				if (text->type != XML_TEXT_NODE || !t)
					continue;
				n = strlen(t);
				for (size_t i = 0; (len = utf8_next_nonspace(t, n, &i, &ch)) > 0; i += len) {
					if (c->chars < 2)
						c->first[c->chars] = ch;
					c->chars++;
					c->bold += bold;
					c->han += utf8_is_han(ch);
					c->latin += (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
					c->sentence = c->sentence || ch == 0x3002;
					c->last = ch;
				}
			}
		} else if (k->children) {
			count_bold(k, bold, c);
		}
	}
}

/* Whether paragraph P is a heading that only bold sets apart (a report
 * typed without heading styles: 裁判要点, 背景 in bold between paragraphs
 * of plain text): its text, at most 40 characters, all in bold runs,
 * worded in Han characters (two at least, no Latin letters: a cover's
 * English name is none), with no 。 and not ending in a colon (a bold 注：
 * or 附件： introduces the lines after it); no table's or figure's caption
 * (表1 …, 图2 …). */
static bool
bold_heading(const xmlNode *p)
{
	struct bold_count c = { 0, 0, false, 0, 0, { 0, 0 }, 0 };
	bool caption;

	count_bold(p, false, &c);
	caption = c.chars >= 2 && (c.first[0] == 0x8868 || c.first[0] == 0x56fe) &&
		  ((c.first[1] >= '0' && c.first[1] <= '9') || (c.first[1] >= 0xff10 && c.first[1] <= 0xff19));
	return c.chars > 0 && c.chars <= 40 && c.bold == c.chars && !c.sentence && c.han >= 2 &&
	       c.latin == 0 && !caption && c.last != 0xff1a && c.last != ':';
}

/* The number Word shows before paragraph P (with properties PPR, style
 * STYLE) into OUT. */
static void
paragraph_number(struct docx *d, const xmlNode *ppr, const struct style *style, char *out,
		 size_t size)
{
	xmlNode *numpr = office_child(ppr, "numPr");
	long id = -1;
	int level = -1;

	out[0] = '\0';
	if (numpr) {
		id = value_of(numpr, "numId", -1);
		level = (int)value_of(numpr, "ilvl", -1);
	}
	for (int hops = 0; style && hops < 16; hops++) {
		if (id < 0)
			id = style->num_id;
		if (level < 0)
			level = style->num_level;
		if (level < 0) {
			for (size_t i = 0; i < d->link_count; i++)
				if (strcmp(d->links[i].style, style->id) == 0)
					level = d->links[i].level;
		}
		if (id >= 0 && level >= 0)
			break;
		style = style_named(d, style->based_on);
	}
	/* numId 0 takes a style's numbering away. */
	if (id > 0)
		numbering_next(&d->numbering, id, level < 0 ? 0 : level, out, size);
}

static void
put_paragraph(struct docx *d, const xmlNode *p, bool in_cell)
{
	xmlNode *ppr = office_child(p, "pPr");
	char *style_id = val_string(ppr, "pStyle");
	const struct style *style = style_id ? style_named(d, style_id)
				    : d->default_style < d->style_count ? &d->styles[d->default_style]
				    : NULL;
	int outline = (int)value_of(ppr, "outlineLvl", -1);
	char number[256];

	free(style_id);
	if (style && style->contents)
		return;
	if (outline < 0 || outline > 8) {
		const struct style *s = style;
		outline = -1;
		for (int hops = 0; s && outline < 0 && hops < 16; hops++) {
			outline = s->outline;
			s = style_named(d, s->based_on);
		}
	}
	paragraph_number(d, ppr, style, number, sizeof number);
	if (!in_cell && outline >= 0 && outline <= 8)
		office_hint(&d->out, outline + 1, number);
	else if (!in_cell && bold_heading(p))
		office_hint(&d->out, 2, number);   /* below the title, as a page's bold line */
	office_put(&d->out, number, strlen(number));
	put_runs(d, p, in_cell);
	if (!in_cell)
		office_end_line(&d->out);
}

static void put_block(struct docx *d, const xmlNode *node, bool in_cell);
static void put_child(struct docx *d, const xmlNode *c, bool in_cell, bool *first);
static void put_table(struct docx *d, const xmlNode *table, bool in_cell);

/* The paragraphs of a box (a table's row of one cell, NODE its cell or a
 * content control in it): a line each, as a cell's text is written (no
 * heading hint), and its tables as tables. */
static void
put_box(struct docx *d, const xmlNode *node)
{
	for (const xmlNode *c = node->children; c; c = c->next) {
		if (office_is(c, "p")) {
			put_paragraph(d, c, true);
			office_end_line(&d->out);
		} else if (office_is(c, "tbl")) {
			put_table(d, c, false);
		} else if (office_is(c, "sdt") || office_is(c, "sdtContent") ||
			   office_is(c, "customXml") || office_is(c, "ins") ||
			   office_is(c, "moveTo")) {
			put_box(d, c);
		}
	}
}

/* A table: a line a row, cells two spaces apart. */
static void
put_table(struct docx *d, const xmlNode *table, bool in_cell)
{
	uint32_t index = d->out.tables, rows = 0;

	if (!in_cell)
		d->out.tables++;
	for (const xmlNode *row = table->children; row; row = row->next) {
		bool first = true;
		const xmlNode *only = NULL;
		if (!office_is(row, "tr"))
			continue;
		/* A row of one cell is a box of paragraphs (a cover's title and
		 * its notes, a framed note), not data: its paragraphs are lines
		 * of their own. */
		for (const xmlNode *cell = row->children; cell; cell = cell->next)
			if (office_is(cell, "tc")) {
				if (only) {
					only = NULL;
					break;
				}
				only = cell;
			}
		if (!in_cell && only) {
			put_box(d, only);
			continue;
		}
		for (const xmlNode *cell = row->children; cell; cell = cell->next) {
			if (!office_is(cell, "tc"))
				continue;
			if (!first)
				office_put(&d->out, "  ", 2);
			first = false;
			if (!in_cell)
				office_cell(&d->out);
			put_block(d, cell, true);
			/* <w:tcPr><w:gridSpan w:val="2"/>: a cell over two columns */
			office_empty_cells(&d->out, value_of(office_child(cell, "tcPr"), "gridSpan", 1) - 1,
					   in_cell);
		}
		if (!in_cell) {
			office_row(&d->out, index, rows++);
			office_end_line(&d->out);
		}
	}
}

/* The paragraphs and tables under NODE (the body, a cell, a content
 * control). */
static void
put_block(struct docx *d, const xmlNode *node, bool in_cell)
{
	bool first = true;

	for (const xmlNode *c = node->children; c; c = c->next)
		put_child(d, c, in_cell, &first);
}

/* One paragraph, table or content control C of a block; *FIRST: no
 * paragraph of the block came before. */
static void
put_child(struct docx *d, const xmlNode *c, bool in_cell, bool *first)
{
	if (office_is(c, "p")) {
		if (in_cell && !*first)
			office_put(&d->out, " ", 1);
		put_paragraph(d, c, in_cell);
		*first = false;
	} else if (office_is(c, "tbl")) {
		put_table(d, c, in_cell);
	} else if (office_is(c, "sdt") || office_is(c, "sdtContent") ||
		   office_is(c, "customXml") || office_is(c, "ins") ||
		   office_is(c, "moveTo")) {
		put_block(d, c, in_cell);
	}
}

/* A child of the document's body, as the body is read.  False once the
 * text asked for is there. */
static bool
put_body_child(void *arg, const xmlNode *node)
{
	struct docx *d = arg;
	bool first = true;

	put_child(d, node, false, &first);
	return d->text_max == 0 || d->out.length < d->text_max;
}

static void
docx_free(struct docx *d)
{
	for (size_t i = 0; i < d->style_count; i++) {
		free(d->styles[i].id);
		free(d->styles[i].based_on);
	}
	free(d->styles);
	for (size_t i = 0; i < d->link_count; i++)
		free(d->links[i].style);
	free(d->links);
	numbering_free(&d->numbering);
	office_text_free(&d->out);
}

/* ---- the readers ------------------------------------------------------- */

static unsigned
docx_detect(const char *head, size_t n)
{
	if (!package_is_zip(head, n))
		return 0;
	/* Any zip comes here, to be told what it is; a document's parts are
	 * named near its start. */
	return memmem(head, n, "word/", 5) ? READER_SURE : READER_SURE / 2;
}

static enum bg_status
docx_read(const struct reader_input *in, struct reader_text *out, struct bg_error *err)
{
	struct docx d;
	struct package *package;
	static const char *const body_path[] = { "document", "body" };
	xmlDocPtr styles = NULL, numbering = NULL;
	enum bg_status st;

	memset(out, 0, sizeof *out);
	memset(&d, 0, sizeof d);
	d.default_style = SIZE_MAX;
	d.text_max = in->text_max;
	/* Both libraries first: the cleanup below calls libxml2. */
	if ((st = xml_load(err)) == BG_OK)
		st = package_open(in->bytes, in->size, &package, err);
	if (st != BG_OK) {
		free(in->bytes);
		return st;
	}
	if (!package_has(package, "word/document.xml")) {
		bool odt = package_has(package, "content.xml");
		bool word = package_has(package, "[Content_Types].xml");
		package_close(package);
		if (odt)
			return reader_odt.read(in, out, err);
		free(in->bytes);
		return bg_fail(err, BG_ERR_DOCUMENT, "%s", word ? "word/document.xml is missing"
			       : "a zip file that is not a Word or OpenDocument text document");
	}
	if ((st = office_parse(package, "word/styles.xml", true, &styles, err)) != BG_OK ||
	    (st = office_parse(package, "word/numbering.xml", true, &numbering, err)) != BG_OK)
		goto done;
	{
		/* Only the links' addresses are in it: without it, or with it
		 * damaged, the document is read all the same. */
		struct bg_error ignored;
		if (office_parse(package, "word/_rels/document.xml.rels", true, &d.relations, &ignored) !=
		    BG_OK)
			d.relations = NULL;
	}
	if (!read_styles(&d, styles) || !read_numbering(&d, numbering)) {
		st = bg_fail(err, BG_ERR_NOMEM, NULL);
		goto done;
	}
	/* The body a paragraph at a time: a large document is never held
	 * as a whole tree. */
	st = office_stream(package, "word/document.xml", body_path, 2, put_body_child, &d, err);
	if (st != BG_OK)
		goto done;
	office_properties(package, "docProps/core.xml", out);
done:
	libxml.free_doc(styles);
	libxml.free_doc(numbering);
	libxml.free_doc(d.relations);
	package_close(package);
	if (st == BG_OK)
		st = office_finish(&d.out, in->bytes, out, err);
	else
		free(in->bytes);
	docx_free(&d);
	return st;
}

const struct reader reader_docx = { "docx", docx_detect, docx_read, true };

/* Word 97-2003 and WPS files are OLE2 compound files. */
static unsigned
binary_office_detect(const char *head, size_t n)
{
	return n >= 8 && memcmp(head, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) == 0 ? READER_SURE : 0;
}

static enum bg_status
binary_office_read(const struct reader_input *in, struct reader_text *out, struct bg_error *err)
{
	memset(out, 0, sizeof *out);
	free(in->bytes);
	return bg_fail(err, BG_ERR_BINARY_OFFICE, NULL);
}

const struct reader reader_binary_office = { "doc", binary_office_detect, binary_office_read, false };
