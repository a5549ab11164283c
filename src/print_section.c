/* SPDX-License-Identifier: GPL-3.0-or-later */
/* print_section.c - one section (--section=SPEC): its heading and
 * everything under it, as text, Markdown or JSON. */
#include <config.h>

#include <string.h>

#include "i18n.h"
#include "message.h"
#include "outline.h"
#include "print.h"

/* The section's text: from its label to where it ends, without the line
 * break that ends its last paragraph. */
static void
section_text(const struct doc *doc, const struct outline_node *section, size_t *start, size_t *length)
{
	size_t end = section->end > doc->text_length ? doc->text_length : section->end;

	while (end > section->offset && doc->text[end - 1] == '\n')
		end--;
	*start = section->offset;
	*length = end > section->offset ? end - section->offset : 0;
}

/* The links whose text starts in [START, END) as JSON objects, comma
 * separated: {"line":5,"column":3,"text":"官方链接","href":"https://…"}. */
static void
print_links_json(FILE *out, const struct doc *doc, size_t start, size_t end)
{
	const struct doc_link *first = doc_link_after(doc, start);

	for (size_t i = first ? (size_t)(first - doc->links) : doc->link_count;
	     i < doc->link_count && doc->links[i].offset < end; i++) {
		const struct doc_link *k = &doc->links[i];
		uint32_t line, column;
		doc_locate(doc, k->offset, &line, &column);
		fprintf(out, "%s{\"line\":%u,\"column\":%u,\"text\":", k == first ? "" : ",",
			(unsigned)line, (unsigned)column);
		print_json_string(out, doc->text + k->offset, k->length);
		fputs_unlocked(",\"href\":", out);
		print_json_string(out, k->href, strlen(k->href));
		putc_unlocked('}', out);
	}
}

/* {"depth":2,"label":"（二）","title":"…","line":7,"column":1,
 *  "path":["一、","（二）"],"text":"（二）…","links":[…],"children":[…]} */
static void
print_section_json(FILE *out, const struct doc *doc, const struct outline_node *section)
{
	size_t start, length;

	section_text(doc, section, &start, &length);
	print_outline_node_fields(out, doc, section);
	fputs_unlocked(",\"path\":", out);
	print_section_labels(out, section, true);
	fputs_unlocked(",\"text\":", out);
	print_json_string(out, doc->text + start, length);
	fputs_unlocked(",\"links\":[", out);
	print_links_json(out, doc, start, start + length);
	fputs_unlocked("],\"children\":[", out);
	for (size_t i = 0; i < section->child_count; i++) {
		if (i)
			putc_unlocked(',', out);
		print_outline_node_json(out, doc, section->children[i]);
	}
	fputs_unlocked("]}\n", out);
}

int
print_one_section(FILE *out, const struct doc *doc, const struct outline *outline,
	      const struct outline_node *section, enum output_format format)
{
	size_t start, length;

	switch (format) {
	case FORMAT_JSON:
		print_section_json(out, doc, section);
		break;
	case FORMAT_MARKDOWN:
		return print_markdown(out, doc, outline, section);
	case FORMAT_TSV:  /* the options refuse these here */
	case FORMAT_CSV:
	case FORMAT_TEXT:
		section_text(doc, section, &start, &length);
		/* paragraph by paragraph: a line break inside one would be
		 * shown as ^J */
		for (size_t at = start, end = start + length; at < end;) {
			const char *nl = memchr(doc->text + at, '\n', end - at);
			size_t n = nl ? (size_t)(nl - doc->text) - at : end - at;
			print_text(out, doc->text + at, n, false);
			putc_unlocked('\n', out);
			at += n + 1;
		}
		break;
	}
	return ferror(out) ? -1 : 0;
}

int
print_section_named(FILE *out, const struct doc *doc, const struct outline *outline,
		    const char *spec, enum output_format format)
{
	size_t named;
	const struct outline_node *section = outline_find(outline, spec, &named);
	char shown[256];

	if (!section && outline->count == 0) {
		message_error(_("%s: %s: %s (the report has no headings)"), doc->name,
			      bg_status_message(BG_ERR_NO_SECTION), message_short(shown, sizeof shown, spec));
		return 1;
	}
	if (!section) {
		message_error(_("%s: %s: %s (see --outline for the labels; numbers go from 1 to %zu)"),
			      doc->name, bg_status_message(BG_ERR_NO_SECTION),
			      message_short(shown, sizeof shown, spec), outline->count);
		return 1;
	}
	/* The first in document order, said so with how to name another. */
	if (named > 1)
		message_error(_("%s: warning: %s names %zu sections; this is the first, §%zu at line "
			      "%u (name another by its number, or by its parent's label too: "
			      "PARENT/%s)"),
			      doc->name, message_short(shown, sizeof shown, spec), named,
			      (size_t)section->index + 1, (unsigned)section->line, section->label);
	return print_one_section(out, doc, outline, section, format) != 0 ? -1 : 0;
}
