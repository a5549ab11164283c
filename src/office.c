/* SPDX-License-Identifier: GPL-3.0-or-later */
/* office.c - what the docx and odt readers share. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "meta.h"
#include "office.h"
#include "utf8.h"

enum { XML_OPTIONS = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT };

/* Reads the member NAME of PACKAGE into *TEXT (malloc'd) and *LENGTH,
 * refusing a member with a DTD. */
static enum bg_status
read_member(struct package *package, const char *name, char **text, size_t *length,
	    struct bg_error *err)
{
	enum bg_status st = package_read(package, name, text, length, err);

	if (st != BG_OK)
		return st;
	/* Documents carry no DTD: one here is there to expand entities. */
	if (memmem(*text, *length < 4096 ? *length : 4096, "<!DOCTYPE", 9)) {
		free(*text);
		*text = NULL;
		return bg_fail(err, BG_ERR_DOCUMENT, "%s has a DTD", name);
	}
	if (*length > (size_t)0x7fffffff) {
		free(*text);
		*text = NULL;
		return bg_fail(err, BG_ERR_DOCUMENT, "%s is too large", name);
	}
	return BG_OK;
}

/* Says that the member NAME is not well-formed, with libxml2's reason. */
static enum bg_status
not_well_formed(const char *name, struct bg_error *err)
{
	const xmlError *error = libxml.get_last_error();
	const char *message = error && error->message ? error->message : "";

	/* libxml2's message ends with a line break. */
	return bg_fail(err, BG_ERR_DOCUMENT, "%s is not well-formed XML%s%.*s", name,
		       message[0] ? ": " : "", (int)strcspn(message, "\n"), message);
}

/* The member office_stream reads, handed to libxml2 a piece at a time:
 * its first bytes, looked at for a DTD, then the rest as it is inflated. */
struct member_input {
	struct package_member *member;
	char head[4096];
	size_t head_length, head_given;
	bool failed;
	struct bg_error error;
};

static int
member_input_read(void *arg, char *buffer, int n)
{
	struct member_input *in = arg;
	long got;

	if (n <= 0)
		return 0;
	if (in->head_given < in->head_length) {
		size_t k = in->head_length - in->head_given;
		if (k > (size_t)n)
			k = (size_t)n;
		memcpy(buffer, in->head + in->head_given, k);
		in->head_given += k;
		return (int)k;
	}
	got = package_member_read(in->member, buffer, (size_t)n, &in->error);
	if (got < 0)
		in->failed = true;
	return (int)got;
}

static int
member_input_close(void *arg)
{
	(void)arg;
	return 0;
}

enum bg_status
office_stream(struct package *package, const char *name, const char *const *path,
	      size_t path_length, bool (*each)(void *arg, const xmlNode *node), void *arg,
	      struct bg_error *err)
{
	xmlTextReaderPtr reader;
	struct member_input *in;
	bool found = false;
	int more;
	enum bg_status st;

	if ((st = xml_load(err)) != BG_OK)
		return st;
	if (!(in = calloc(1, sizeof *in)))
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	st = package_member_open(package, name, &in->member, err);
	if (st != BG_OK) {
		free(in);
		return st;
	}
	while (in->head_length < sizeof in->head) {
		long got = package_member_read(in->member, in->head + in->head_length,
					       sizeof in->head - in->head_length, err);
		if (got < 0) {
			package_member_close(in->member);
			free(in);
			return BG_ERR_DOCUMENT;
		}
		if (got == 0)
			break;
		in->head_length += (size_t)got;
	}
	/* Documents carry no DTD: one here is there to expand entities. */
	if (memmem(in->head, in->head_length, "<!DOCTYPE", 9)) {
		package_member_close(in->member);
		free(in);
		return bg_fail(err, BG_ERR_DOCUMENT, "%s has a DTD", name);
	}
	reader = libxml.reader_for_io(member_input_read, member_input_close, in, name, NULL, XML_OPTIONS);
	if (!reader) {
		package_member_close(in->member);
		free(in);
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	}
	more = libxml.text_reader_read(reader);
	while (more == 1) {
		int depth = libxml.text_reader_depth(reader);
		const char *local = (const char *)libxml.text_reader_const_local_name(reader);

		if (libxml.text_reader_node_type(reader) != XML_READER_TYPE_ELEMENT || depth < 0) {
			more = libxml.text_reader_read(reader);
		} else if ((size_t)depth < path_length) {
			/* On the way down to the container, or beside it. */
			if (local && strcmp(local, path[depth]) == 0) {
				found |= (size_t)depth + 1 == path_length;
				more = libxml.text_reader_read(reader);
			} else {
				more = libxml.text_reader_next(reader);
			}
		} else {
			xmlNode *node = libxml.text_reader_expand(reader);
			if (!node) {
				more = -1;
				break;
			}
			if (!each(arg, node))
				break;
			more = libxml.text_reader_next(reader);
		}
	}
	st = BG_OK;
	if (more < 0 && in->failed)
		st = bg_fail(err, in->error.status, "%s", in->error.detail);
	else if (more < 0)
		st = not_well_formed(name, err);
	else if (!found)
		st = bg_fail(err, BG_ERR_DOCUMENT, "%s has no %s", name, path[path_length - 1]);
	libxml.free_text_reader(reader);
	package_member_close(in->member);
	free(in);
	return st;
}

enum bg_status
office_parse(struct package *package, const char *name, bool missing_ok, xmlDocPtr *out,
	     struct bg_error *err)
{
	char *text;
	size_t length;
	enum bg_status st;
	xmlDocPtr doc;

	*out = NULL;
	if ((st = xml_load(err)) != BG_OK)
		return st;
	if (missing_ok && !package_has(package, name))
		return BG_OK;
	st = read_member(package, name, &text, &length, err);
	if (st != BG_OK)
		return st;
	doc = libxml.read_memory(text, (int)length, name, NULL, XML_OPTIONS);
	free(text);
	if (!doc || doc->intSubset || !libxml.doc_get_root_element(doc)) {
		if (doc)
			libxml.free_doc(doc);
		return not_well_formed(name, err);
	}
	*out = doc;
	return BG_OK;
}

bool
office_is(const xmlNode *node, const char *name)
{
	return node && node->type == XML_ELEMENT_NODE && strcmp((const char *)node->name, name) == 0;
}

const char *
office_attribute(const xmlNode *node, const char *name)
{
	/* Only an element has attributes (a compact text node keeps its
	 * text where they would be). */
	if (!node || node->type != XML_ELEMENT_NODE)
		return NULL;
	for (const xmlAttr *a = node->properties; a; a = a->next) {
		const xmlNode *value = a->children;
		if (strcmp((const char *)a->name, name) != 0)
			continue;
		/* Without a DTD a value is one text node (or none: ""). */
		return value && value->type == XML_TEXT_NODE && value->content
		       ? (const char *)value->content : "";
	}
	return NULL;
}

xmlNode *
office_child(const xmlNode *node, const char *name)
{
	for (xmlNode *c = node ? node->children : NULL; c; c = c->next)
		if (office_is(c, name))
			return c;
	return NULL;
}

static bool
reserve(struct office_text *t, size_t more)
{
	if (!t->failed && !ARRAY_RESERVE(t->text, t->capacity, t->length + more))
		t->failed = true;
	return !t->failed;
}

void
office_put(struct office_text *t, const char *s, size_t n)
{
	char *to;

	if (n == 0 || !reserve(t, n + 3))
		return;
	to = t->text + t->length;
	memcpy(to, s, n);
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)to[i] < 0x20 && to[i] != '\t')
			to[i] = ' ';
	t->length += n;
	t->line_open = true;
}

void
office_end_line(struct office_text *t)
{
	if (!reserve(t, 3))
		return;
	t->text[t->length++] = '\n';
	t->lines++;
	t->line_open = false;
	t->line_start = t->length;
}

void
office_hint(struct office_text *t, int level, const char *number)
{
	struct reader_hint *h;

	if (t->failed || level < 1 || level > 9)
		return;
	if (t->hint_count > 0 && t->hints[t->hint_count - 1].line == t->lines + 1)
		return;
	if (!ARRAY_RESERVE(t->hints, t->hint_capacity, t->hint_count + 1)) {
		t->failed = true;
		return;
	}
	h = &t->hints[t->hint_count];
	*h = (struct reader_hint){ .line = t->lines + 1, .heading_level = (uint8_t)level,
				   .number = number && number[0] ? strdup(number) : NULL };
	if (number && number[0] && !h->number) {
		t->failed = true;
		return;
	}
	t->hint_count++;
}

void
office_cell(struct office_text *t)
{
	size_t column;

	if (t->failed)
		return;
	if (t->counted < t->line_start) {
		t->counted = t->line_start;
		t->counted_columns = 0;
	}
	if (t->length > t->counted)
		t->counted_columns += utf8_count(t->text + t->counted, t->length - t->counted);
	t->counted = t->length;
	column = t->counted_columns + 1;
	if (column > UINT32_MAX)
		return;
	if (!ARRAY_RESERVE(t->cells, t->cell_capacity, (size_t)t->cell_count + 1)) {
		t->failed = true;
		return;
	}
	t->cells[t->cell_count++] = (uint32_t)column;
}

void
office_empty_cells(struct office_text *t, long n, bool in_cell)
{
	/* A span past any real table's width is no span worth writing. */
	for (long i = 0; i < n && i < 64; i++) {
		office_put(t, "  ", 2);
		if (!in_cell)
			office_cell(t);
	}
}

void
office_row(struct office_text *t, uint32_t table, uint32_t row)
{
	struct reader_hint *h;

	if (t->failed || t->cell_count == 0)
		return;
	if (!ARRAY_RESERVE(t->hints, t->hint_capacity, t->hint_count + 1)) {
		t->failed = true;
		return;
	}
	h = &t->hints[t->hint_count++];
	*h = (struct reader_hint){ .line = t->lines + 1, .cells = t->cells,
				   .cell_count = t->cell_count, .table = table, .row = row };
	t->cells = NULL;
	t->cell_count = 0;
	t->cell_capacity = 0;
}

void
office_link(struct office_text *t, size_t start, const char *href)
{
	if (!t->failed && !reader_link_add(&t->links, &t->link_count, &t->link_capacity, t->text,
					   start, t->length, href))
		t->failed = true;
}

void
office_text_free(struct office_text *t)
{
	free(t->cells);
	free(t->text);
	reader_free_hints(t->hints, t->hint_count);
	reader_free_links(t->links, t->link_count);
	memset(t, 0, sizeof *t);
}

enum bg_status
office_finish(struct office_text *t, char *bytes, struct reader_text *out, struct bg_error *err)
{
	bool blank = true;

	free(bytes);
	if (t->line_open)
		office_end_line(t);
	if (t->failed || !reserve(t, 2)) {
		office_text_free(t);
		reader_text_free_extras(out);
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	}
	/* libxml2 gives UTF-8; said once more, as the loader relies on it. */
	if (utf8_valid_length(t->text, t->length) != t->length) {
		office_text_free(t);
		reader_text_free_extras(out);
		return bg_fail(err, BG_ERR_DOCUMENT, "its text is not valid UTF-8");
	}
	for (size_t i = 0; i < t->length && blank; i++)
		blank = t->text[i] == '\n' || t->text[i] == ' ' || t->text[i] == '\t';
	if (blank) {
		office_text_free(t);
		reader_text_free_extras(out);
		return bg_fail(err, BG_ERR_BLANK, NULL);
	}
	out->buffer = t->text;
	out->start = 0;
	out->length = t->length;
	out->encoding = "UTF-8";
	out->crs_checked = true;
	out->lines_are_paragraphs = true;
	out->hints = t->hints;
	out->hint_count = t->hint_count;
	reader_links_place(t->text, t->length, t->links, t->link_count);
	out->links = t->links;
	out->link_count = t->link_count;
	free(t->cells);
	memset(t, 0, sizeof *t);
	return BG_OK;
}

/* The text of NODE with white space at its ends cut, or NULL when none
 * is left (malloc'd). */
static char *
trimmed_content(const xmlNode *node)
{
	xmlChar *content = libxml.node_get_content(node);
	const char *s = (const char *)content, *e;
	char *copy = NULL;

	if (!content)
		return NULL;
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r'))
		e--;
	if (e > s) {
		copy = strndup(s, (size_t)(e - s));
		for (char *p = copy; p && *p; p++)
			if ((unsigned char)*p < 0x20)
				*p = ' ';
	}
	xml_free(content);
	return copy;
}

/* Takes NODE's text as a property of OUT if it is one OUT lacks. */
static void
take_property(const xmlNode *node, struct reader_text *out)
{
	char **field = office_is(node, "title") ? &out->title
		       : office_is(node, "creator") || office_is(node, "initial-creator") ? &out->author
		       : office_is(node, "created") || office_is(node, "creation-date") ? &out->date
		       : NULL;
	char *d;

	/* A file may name its author twice (an ODT's initial-creator and
	 * creator): a later name replaces one that could not be the issuer. */
	if (!field || (*field && (field != &out->author || meta_author_issues(*field))))
		return;
	free(*field);
	*field = trimmed_content(node);
	d = field == &out->date ? *field : NULL;
	/* 2023-12-01T09:00:00Z */
	if (d && strlen(d) >= 10 && d[4] == '-' && d[7] == '-') {
		d[10] = '\0';
	} else if (d) {
		free(d);
		*field = NULL;
	}
}

void
office_properties(struct package *package, const char *name, struct reader_text *out)
{
	xmlDocPtr doc;
	struct bg_error ignored;

	if (office_parse(package, name, true, &doc, &ignored) != BG_OK || !doc)
		return;
	/* core.xml holds the properties at its root, meta.xml in office:meta. */
	for (xmlNode *n = libxml.doc_get_root_element(doc)->children; n; n = n->next) {
		if (!office_is(n, "meta")) {
			take_property(n, out);
			continue;
		}
		for (xmlNode *p = n->children; p; p = p->next)
			take_property(p, out);
	}
	libxml.free_doc(doc);
}
