/* SPDX-License-Identifier: GPL-3.0-or-later */
/* print_search.c - matches as text (for people), TSV or JSON, or their
 * counts per section as a sparse outline.
 *
 * Text, like grep with headings: a line naming the section (its labels from
 * the top, then its title) whenever the section changes, then one line per
 * match: line and column in the source, and the sentence around the match
 * with the match between >> and <<:
 *
 *   一、（三）三是 结合XX区农村劳动力职业技能培训工作
 *     8:318: 三是结合XX区农村劳动力职业技能培训工作，让>>普法<<宣传走进各职业培训…
 *
 * A document with pages (PDF) gives each match's page too: "p.3 8:318:"
 * in text, a page column after the column in TSV, "page" in JSON.
 *
 * Text before the first heading is headed "(before the first heading)",
 * the sign-off and what follows it "(after the last section)".
 * The context is the sentence (up to 。！？；) around the match, cut at
 * CONTEXT_RADIUS characters either side of it, a cut marked with "…".  TSV
 * and JSON give the context as the plain text it is in the document, the
 * match itself in a field of its own.
 *
 * --count: the sections that hold matches, with their ancestors, as the
 * outline prints them, each after its count of matches (its own and its
 * subsections'), then the total; TSV and JSON give each section's own
 * count and its total, and the root (depth 0) stands for the whole
 * document, its own count being the text before the first heading. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "print.h"
#include "sorted.h"
#include "utf8.h"

enum { CONTEXT_RADIUS = 40 };

/* Ends a sentence or a clause of a list: 。！？；!?; */
static bool
ends_sentence(ucs4_t uc)
{
	return uc == 0x3002 || uc == 0xff01 || uc == 0xff1f || uc == 0xff1b || uc == '!' ||
	       uc == '?' || uc == ';';
}

/* Closes a quotation or bracket: kept with the sentence it ends. */
static bool
closes(ucs4_t uc)
{
	return uc == 0x201d || uc == 0x2019 || uc == 0x300d || uc == 0x300f || uc == 0xff09 ||
	       uc == ')' || uc == 0x300b;
}

static bool
is_space(ucs4_t uc)
{
	return utf8_is_space(uc);
}

/* The sentence around match M, at most CONTEXT_RADIUS characters either
 * side of it: [*START, *END) in doc->text; *CUT_LEFT and *CUT_RIGHT say
 * whether the radius (not a sentence end) stopped it. */
static void
context(const struct doc *doc, const struct match *m, size_t *start, size_t *end,
	bool *cut_left, bool *cut_right)
{
	const uint8_t *text = (const uint8_t *)doc->text;
	const struct paragraph *para = &doc->paragraphs[doc_paragraph_at(doc, m->offset)];
	size_t para_end = para->offset + para->length;
	size_t lo, hi, p;

	print_context_range(doc, m->offset, m->length, CONTEXT_RADIUS, &lo, &hi);
	*start = lo;
	*cut_left = lo > para->offset;
	for (p = lo; p < m->offset;) {
		ucs4_t uc;
		int k = u8_mbtouc(&uc, text + p, m->offset - p);
		p += (size_t)k;
		if (ends_sentence(uc)) {
			while (p < m->offset) {
				k = u8_mbtouc(&uc, text + p, m->offset - p);
				if (!closes(uc))
					break;
				p += (size_t)k;
			}
			*start = p;
			*cut_left = false;
		}
	}
	while (*start < m->offset) {
		ucs4_t uc;
		int k = u8_mbtouc(&uc, text + *start, m->offset - *start);
		if (!is_space(uc))
			break;
		*start += (size_t)k;
	}
	*end = hi;
	*cut_right = hi < para_end;
	for (p = m->offset + m->length; p < hi;) {
		ucs4_t uc;
		int k = u8_mbtouc(&uc, text + p, hi - p);
		p += (size_t)k;
		if (ends_sentence(uc)) {
			while (p < hi) {
				k = u8_mbtouc(&uc, text + p, hi - p);
				if (!closes(uc))
					break;
				p += (size_t)k;
			}
			*end = p;
			*cut_right = false;
			break;
		}
	}
}

static const char *
heading(const struct outline_node *node)
{
	return node->title ? node->title : "";
}

static void
print_header(FILE *out, const struct outline *outline, const struct outline_node *node, size_t offset)
{
	if (!node->parent) {
		/* Outside every section: the preamble, or the sign-off and what
		 * follows it (抄送, 印发). */
		if (outline->count > 0 && offset >= outline->nodes[0]->offset)
			fputs_unlocked("(after the last section)\n", out);
		else
			fputs_unlocked("(before the first heading)\n", out);
		return;
	}
	print_section_labels(out, node, false);
	putc_unlocked(' ', out);
	print_text(out, heading(node), strlen(heading(node)), false);
	putc_unlocked('\n', out);
}

static void
print_match_text(FILE *out, const struct doc *doc, const struct match *m)
{
	size_t start, end;
	bool cut_left, cut_right;

	context(doc, m, &start, &end, &cut_left, &cut_right);
	if (doc->page_count > 0)
		fprintf(out, "  p.%u %u:%u: ", (unsigned)doc_page_of(doc, m->line, m->column),
			(unsigned)m->line, (unsigned)m->column);
	else
		fprintf(out, "  %u:%u: ", (unsigned)m->line, (unsigned)m->column);
	if (cut_left)
		fputs_unlocked("…", out);
	print_text(out, doc->text + start, m->offset - start, false);
	fputs_unlocked(">>", out);
	print_text(out, doc->text + m->offset, m->length, false);
	fputs_unlocked("<<", out);
	print_text(out, doc->text + m->offset + m->length, end - m->offset - m->length, false);
	if (cut_right)
		fputs_unlocked("…", out);
	putc_unlocked('\n', out);
}

static void
print_match_tsv(FILE *out, const struct doc *doc, const struct match *m)
{
	size_t start, end;
	bool cut_left, cut_right;

	context(doc, m, &start, &end, &cut_left, &cut_right);
	fprintf(out, "%u\t%u\t", (unsigned)m->line, (unsigned)m->column);
	if (doc->page_count > 0)
		fprintf(out, "%u\t", (unsigned)doc_page_of(doc, m->line, m->column));
	print_section_labels(out, m->section, false);
	putc_unlocked('\t', out);
	print_text(out, heading(m->section), strlen(heading(m->section)), true);
	putc_unlocked('\t', out);
	print_text(out, doc->text + m->offset, m->length, true);
	putc_unlocked('\t', out);
	print_text(out, doc->text + start, end - start, true);
	putc_unlocked('\n', out);
}

static void
print_match_json(FILE *out, const struct doc *doc, const struct match *m)
{
	size_t start, end;
	bool cut_left, cut_right;

	context(doc, m, &start, &end, &cut_left, &cut_right);
	fprintf(out, "{\"line\":%u,\"column\":%u,", (unsigned)m->line, (unsigned)m->column);
	if (doc->page_count > 0)
		fprintf(out, "\"page\":%u,", (unsigned)doc_page_of(doc, m->line, m->column));
	fputs_unlocked("\"section\":", out);
	print_section_labels(out, m->section, true);
	fputs_unlocked(",\"heading\":", out);
	print_json_string(out, heading(m->section), strlen(heading(m->section)));
	fputs_unlocked(",\"text\":", out);
	print_json_string(out, doc->text + m->offset, m->length);
	fputs_unlocked(",\"context\":", out);
	print_json_string(out, doc->text + start, end - start);
	{
		const struct doc_link *link = doc_link_at(doc, m->offset);
		if (link) {
			fputs_unlocked(",\"href\":", out);
			print_json_string(out, link->href, strlen(link->href));
		}
	}
	putc_unlocked('}', out);
}

/* --count: the sections with matches, with their ancestors, as a tree. */

static void
print_count_json(FILE *out, const struct outline *outline, const struct outline_node *node,
		 const size_t *own, const size_t *total)
{
	bool first = true;

	fprintf(out, "{\"depth\":%d,\"label\":", node->depth);
	print_json_string(out, node->label, strlen(node->label));
	fputs_unlocked(",\"title\":", out);
	print_json_string(out, heading(node), strlen(heading(node)));
	fprintf(out, ",\"line\":%u,\"count\":%zu,\"total\":%zu,\"children\":[",
		(unsigned)node->line, own[node->index], total[node->index]);
	for (size_t i = 0; i < node->child_count; i++) {
		if (total[node->children[i]->index] == 0)
			continue;
		if (!first)
			putc_unlocked(',', out);
		print_count_json(out, outline, node->children[i], own, total);
		first = false;
	}
	fputs_unlocked("]}", out);
}

/* Writes N right-aligned in WIDTH columns, as %6zu does, without
 * fprintf's cost (a line per section of a sparse outline). */
static void
print_number(FILE *out, size_t n, int width)
{
	char digits[24];
	int k = (int)sizeof digits;

	do {
		digits[--k] = (char)('0' + n % 10);
		n /= 10;
	} while (n > 0);
	while ((int)sizeof digits - k < width)
		digits[--k] = ' ';
	fwrite_unlocked(digits + k, 1, sizeof digits - (size_t)k, out);
}

static void
print_counts(FILE *out, const struct doc *doc, const struct outline *outline,
	     const size_t *own, const size_t *total, enum output_format format)
{
	size_t root = outline->count;
	uint32_t first_line = doc->paragraph_count ? doc->paragraphs[0].line : 1;
	bool first = true;

	switch (format) {
	case FORMAT_JSON:
		fprintf(out, "{\"total\":%zu,\"count\":%zu,\"sections\":[", total[root], own[root]);
		for (size_t i = 0; i < outline->root.child_count; i++) {
			const struct outline_node *node = outline->root.children[i];
			if (total[node->index] == 0)
				continue;
			if (!first)
				putc_unlocked(',', out);
			print_count_json(out, outline, node, own, total);
			first = false;
		}
		fputs_unlocked("]}\n", out);
		break;
	case FORMAT_TSV:
		fputs_unlocked("depth\tlabel\ttitle\tline\tcount\ttotal\n", out);
		fprintf(out, "0\t\t\t%u\t%zu\t%zu\n", (unsigned)first_line, own[root], total[root]);
		for (size_t i = 0; i < outline->count; i++) {
			const struct outline_node *node = outline->nodes[i];
			if (total[i] == 0)
				continue;
			fprintf(out, "%d\t", node->depth);
			print_text(out, node->label, strlen(node->label), true);
			putc_unlocked('\t', out);
			print_text(out, heading(node), strlen(heading(node)), true);
			fprintf(out, "\t%u\t%zu\t%zu\n", (unsigned)node->line, own[i], total[i]);
		}
		break;
	case FORMAT_MARKDOWN:  /* print_search_counts' */
	case FORMAT_CSV:
	case FORMAT_TEXT:
		break;
	}
}

/* The number of OFFSETS (COUNT of them, ascending) before AT. */
static size_t
offsets_before(const size_t *offsets, size_t count, size_t at)
{
	return at == 0 ? 0 : sorted_upper(offsets, count, sizeof *offsets, 0, at - 1);
}

/* The number of OFFSETS (COUNT of them, ascending) in [FROM, TO). */
static size_t
offsets_between(const size_t *offsets, size_t count, size_t from, size_t to)
{
	return to > from ? offsets_before(offsets, count, to) - offsets_before(offsets, count, from)
			 : 0;
}

bool
print_search_counts_take(enum output_format format)
{
	return format != FORMAT_JSON && format != FORMAT_TSV;
}

/* A section's matches are those from its heading to its end (the text of
 * its subsections is inside), so each total is found in the offsets of
 * the matches, with no array of counts a heading. */
int
print_search_counts(FILE *out, const struct doc *doc, const struct outline *outline,
		    const size_t *offsets, size_t count, enum output_format format)
{
	uint32_t first_line = doc->paragraph_count ? doc->paragraphs[0].line : 1;
	size_t own_root = count;

	(void)format;
	/* The root's own: those in no top-level section. */
	for (size_t i = 0; i < outline->root.child_count; i++) {
		const struct outline_node *node = outline->root.children[i];
		if (node->end > node->offset)
			own_root -= offsets_between(offsets, count, node->offset, node->end);
	}
	if (own_root > 0)
		fprintf(out, "%6zu  %6u  (before the first heading)\n", own_root,
			(unsigned)first_line);
	for (size_t i = 0; i < outline->count; i++) {
		const struct outline_node *node = outline->nodes[i];
		size_t total = node->end > node->offset
			       ? offsets_between(offsets, count, node->offset, node->end) : 0;
		if (total == 0)
			continue;
		print_number(out, total, 6);
		fputs_unlocked("  ", out);
		print_number(out, node->line, 6);
		fputs_unlocked("  ", out);
		for (int k = 0; k < node->depth - 1; k++)
			fputs_unlocked("  ", out);
		print_text(out, node->label, strlen(node->label), false);
		if (node->spaced_after_label)
			putc_unlocked(' ', out);
		print_text(out, heading(node), strlen(heading(node)), false);
		putc_unlocked('\n', out);
	}
	fprintf(out, "%6zu  total\n", count);
	return ferror(out) ? -1 : 0;
}

int
print_search(FILE *out, const struct doc *doc, const struct outline *outline,
	     const struct match_list *matches, enum output_format format, bool count)
{
	const struct outline_node *section = NULL;

	if (count && print_search_counts_take(format)) {
		size_t *offsets = malloc((matches->count + 1) * sizeof *offsets);
		int wrote;
		if (!offsets)
			return -1;
		for (size_t i = 0; i < matches->count; i++)
			offsets[i] = matches->items[i].offset;
		wrote = print_search_counts(out, doc, outline, offsets, matches->count, format);
		free(offsets);
		return wrote;
	}
	if (count) {
		size_t *own = malloc((outline->count + 1) * sizeof *own);
		size_t *total = malloc((outline->count + 1) * sizeof *total);
		if (!own || !total) {
			free(own);
			free(total);
			return -1;
		}
		search_count_sections(matches, outline, own, total);
		print_counts(out, doc, outline, own, total, format);
		free(own);
		free(total);
		return ferror(out) ? -1 : 0;
	}
	if (format == FORMAT_TSV)
		fputs_unlocked(doc->page_count > 0
				       ? "line\tcolumn\tpage\tsection\theading\tmatch\tcontext\n"
				       : "line\tcolumn\tsection\theading\tmatch\tcontext\n",
			       out);
	if (format == FORMAT_JSON)
		fputs_unlocked("[", out);
	for (size_t i = 0; i < matches->count; i++) {
		const struct match *m = &matches->items[i];
		switch (format) {
		case FORMAT_MARKDOWN:  /* the options refuse these here */
		case FORMAT_CSV:
		case FORMAT_TEXT:
			if (m->section != section)
				print_header(out, outline, m->section, m->offset);
			section = m->section;
			print_match_text(out, doc, m);
			break;
		case FORMAT_TSV:
			print_match_tsv(out, doc, m);
			break;
		case FORMAT_JSON:
			fputs_unlocked(i ? ",\n" : "\n", out);
			print_match_json(out, doc, m);
			break;
		}
	}
	if (format == FORMAT_JSON)
		fputs_unlocked(matches->count ? "\n]\n" : "]\n", out);
	return ferror(out) ? -1 : 0;
}
