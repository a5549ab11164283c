/* SPDX-License-Identifier: GPL-3.0-or-later */
/* print_outline.c - the outline as an indented tree, TSV or JSON. */
#include <config.h>

#include <string.h>

#include "print.h"
#include "utf8.h"

/* The preamble: paragraphs before the first heading, without the title;
 * at most this many characters of it are printed. */
enum { PREAMBLE_MAX_CHARS = 2000 };

static void
print_meta_json(FILE *out, const char *key, const char *value)
{
	fprintf(out, "\"%s\":", key);
	print_json_string_or_null(out, value);
	putc_unlocked(',', out);
}

static void
print_preamble_json(FILE *out, const struct doc *doc, const struct outline *outline)
{
	size_t stop = outline->count ? outline->nodes[0]->offset : doc->text_length;
	size_t start = SIZE_MAX, end = 0, chars = 0;

	for (size_t i = 0; i < doc->paragraph_count; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		if (p->offset >= stop)
			break;
		if (i == doc->title_paragraph)
			continue;
		if (start == SIZE_MAX)
			start = p->offset;
		end = p->offset + p->length;
		size_t here = utf8_count(doc->text + p->offset, p->length);
		if (chars + here > PREAMBLE_MAX_CHARS) {
			/* Up to the last character within the limit. */
			end = p->offset;
			for (; chars < PREAMBLE_MAX_CHARS; chars++)
				end += utf8_length(doc->text + end, p->offset + p->length - end);
			break;
		}
		chars += here;
	}
	fputs_unlocked("\"preamble\":", out);
	if (start == SIZE_MAX)
		fputs_unlocked("null", out);
	else
		print_json_string(out, doc->text + start, end - start);
	putc_unlocked(',', out);
}

/* The start of a heading's row in the text outline: its line number right
 * aligned in six columns ("%6u"), two spaces, and INDENT more; by hand, as
 * a large outline prints one a heading. */
static void
print_row_start(FILE *out, uint32_t line, int indent)
{
	char digits[16];
	size_t i = sizeof digits;

	do {
		digits[--i] = (char)('0' + line % 10);
		line /= 10;
	} while (line > 0);
	while (sizeof digits - i < 6)
		digits[--i] = ' ';
	fwrite_unlocked(digits + i, 1, sizeof digits - i, out);
	for (int k = 0; k < indent + 2; k++)
		putc_unlocked(' ', out);
}

int
print_outline(FILE *out, const struct doc *doc, const struct outline *outline,
	      enum output_format format)
{
	switch (format) {
	case FORMAT_JSON:
		putc_unlocked('{', out);
		print_meta_json(out, "title", doc->title);
		print_meta_json(out, "issuer", doc->issuer);
		print_meta_json(out, "date", doc->date);
		print_meta_json(out, "docno", doc->docno);
		print_meta_json(out, "encoding", doc->encoding);
		fprintf(out, "\"lines\":%u,", (unsigned)doc->line_count);
		print_preamble_json(out, doc, outline);
		fputs_unlocked("\"sections\":[", out);
		for (size_t i = 0; i < outline->root.child_count; i++) {
			if (i)
				putc_unlocked(',', out);
			print_outline_node_json(out, doc, outline->root.children[i]);
		}
		fputs_unlocked("]}\n", out);
		break;
	case FORMAT_TSV:
		fputs_unlocked("depth\tlabel\ttitle\tline\n", out);
		for (size_t i = 0; i < outline->count; i++) {
			const struct outline_node *node = outline->nodes[i];
			fprintf(out, "%d\t", node->depth);
			print_text(out, node->label, strlen(node->label), true);
			putc_unlocked('\t', out);
			print_text(out, node->title, strlen(node->title), true);
			fprintf(out, "\t%u\n", (unsigned)node->line);
		}
		break;
	case FORMAT_MARKDOWN:  /* the options refuse these here */
	case FORMAT_CSV:
	case FORMAT_TEXT:
		if (doc->title) {
			print_text(out, doc->title, strlen(doc->title), false);
			putc_unlocked('\n', out);
		}
		if (doc->issuer || doc->date || doc->docno) {
			const char *parts[3] = { doc->docno, doc->issuer, doc->date };
			bool first = true;
			for (int i = 0; i < 3; i++) {
				if (!parts[i])
					continue;
				if (!first)
					fputs_unlocked("  ", out);
				print_text(out, parts[i], strlen(parts[i]), false);
				first = false;
			}
			putc_unlocked('\n', out);
		}
		if (doc->title || doc->issuer || doc->date || doc->docno)
			putc_unlocked('\n', out);
		for (size_t i = 0; i < outline->count; i++) {
			const struct outline_node *node = outline->nodes[i];
			print_row_start(out, node->line, 2 * (node->depth - 1));
			print_text(out, node->label, strlen(node->label), false);
			if (node->spaced_after_label)
				putc_unlocked(' ', out);
			print_text(out, node->title, strlen(node->title), false);
			putc_unlocked('\n', out);
		}
		if (outline->count == 0)
			fputs_unlocked("(no headings)\n", out);
		break;
	}
	return ferror(out) ? -1 : 0;
}
