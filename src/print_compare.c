/* SPDX-License-Identifier: GPL-3.0-or-later */
/* print_compare.c - --compare OLD NEW as text, TSV or JSON. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "compare.h"
#include "print.h"

/* Writes the similarity X (0 to 1) with two decimals and a point
 * whatever the locale's decimal mark (JSON needs the point). */
static void
put_similarity(FILE *out, double x)
{
	unsigned hundredths = (unsigned)(x * 100 + 0.5);

	fprintf(out, "%u.%02u", hundredths / 100, hundredths % 100);
}

/* Writes T of DOC as text (TSV: tabs and newlines escaped). */
static void
put_text(FILE *out, const struct doc *doc, const struct compare_text *t, bool tsv)
{
	print_text(out, doc->text + t->offset, t->length, tsv);
}

/* The doc that holds figure pair C's subject and verb. */
static const struct doc *
subject_doc(const struct compare_side *old, const struct compare_side *new,
	    const struct compare_figure *c)
{
	return c->subject_new ? new->doc : old->doc;
}

/* "国内生产总值 增长" of C, as text or TSV. */
static void
put_subject(FILE *out, const struct compare_side *old, const struct compare_side *new,
	    const struct compare_figure *c, bool tsv)
{
	const struct doc *doc = subject_doc(old, new, c);

	put_text(out, doc, &c->subject, tsv);
	if (c->verb.length) {
		putc_unlocked(' ', out);
		put_text(out, doc, &c->verb, tsv);
	}
}

/* 一、过去五年工作回顾 */
static void
put_heading(FILE *out, const struct outline_node *node, bool tsv)
{
	print_text(out, node->label, strlen(node->label), tsv);
	print_text(out, node->title, strlen(node->title), tsv);
}

/* Writes ROW as text: its mark, indented heading(s), similarity and
 * sentence counts, its figures, and with SENTENCES its sentences. */
static void
text_row(FILE *out, const struct compare_side *old, const struct compare_side *new,
	 const struct compare_section *row, bool sentences)
{
	int indent = 2 * (row->depth - 1);
	const struct outline_node *a = row->old, *b = row->new;

	fprintf(out, "%c %*s", compare_state_mark(row->state), indent, "");
	if (a && b && (strcmp(a->label, b->label) != 0 || strcmp(a->title, b->title) != 0)) {
		put_heading(out, a, false);
		fputs_unlocked(" → ", out);
	}
	put_heading(out, b ? b : a, false);
	if (a && b) {
		fputs_unlocked("  (", out);
		put_similarity(out, row->similarity);
		fprintf(out, "; sentences +%zu -%zu)\n", row->added_count, row->dropped_count);
	} else {
		fprintf(out, "  (%s)\n", compare_state_name(row->state));
	}
	for (size_t i = 0; i < row->figure_count; i++) {
		const struct compare_figure *c = &row->figures[i];
		fprintf(out, "  %*s", indent + 2, "");
		if (c->state == COMPARE_ADDED || c->state == COMPARE_REMOVED)
			fputs_unlocked(c->state == COMPARE_ADDED ? "+ " : "- ", out);
		put_subject(out, old, new, c, false);
		putc_unlocked(' ', out);
		if (c->old)
			put_text(out, old->doc, &c->old_text, false);
		if (c->old && c->new)
			fputs_unlocked(" → ", out);
		if (c->new)
			put_text(out, new->doc, &c->new_text, false);
		fprintf(out, " (%s)\n", compare_state_name(c->state));
	}
	for (size_t i = 0; sentences && i < row->added_count; i++) {
		fprintf(out, "  %*s+ ", indent + 2, "");
		put_text(out, new->doc, &row->added[i], false);
		putc_unlocked('\n', out);
	}
	for (size_t i = 0; sentences && i < row->dropped_count; i++) {
		fprintf(out, "  %*s- ", indent + 2, "");
		put_text(out, old->doc, &row->dropped[i], false);
		putc_unlocked('\n', out);
	}
}

/* Writes the line MARK FILE title issuer date (those known) of DOC. */
static void
text_report(FILE *out, const char *mark, const char *file, const struct doc *doc)
{
	const char *parts[] = { doc->title, doc->issuer, doc->date };

	fprintf(out, "%s ", mark);
	print_text(out, file, strlen(file), false);
	for (size_t i = 0; i < 3; i++) {
		if (!parts[i])
			continue;
		fputs_unlocked("  ", out);
		print_text(out, parts[i], strlen(parts[i]), false);
	}
	putc_unlocked('\n', out);
}

/* The section fields of a TSV row: depth, then label, title and line of
 * each side (empty when none), then the similarity. */
static void
tsv_section(FILE *out, const struct compare_section *row)
{
	const struct outline_node *sides[2] = { row->old, row->new };

	fprintf(out, "\t%d", row->depth);
	for (int k = 0; k < 2; k++) {
		const struct outline_node *node = sides[k];
		putc_unlocked('\t', out);
		if (node)
			print_text(out, node->label, strlen(node->label), true);
		putc_unlocked('\t', out);
		if (node)
			print_text(out, node->title, strlen(node->title), true);
		putc_unlocked('\t', out);
		if (node)
			fprintf(out, "%lu", (unsigned long)node->line);
	}
	putc_unlocked('\t', out);
	put_similarity(out, row->similarity);
}

/* Writes the TSV rows of ROW: the section, its figures and, with
 * SENTENCES, its sentences. */
static void
tsv_row(FILE *out, const struct compare_side *old, const struct compare_side *new,
	const struct compare_section *row, bool sentences)
{
	fprintf(out, "section\t%s", compare_state_name(row->state));
	tsv_section(out, row);
	fputs_unlocked("\t\t\t\n", out);
	for (size_t i = 0; i < row->figure_count; i++) {
		const struct compare_figure *c = &row->figures[i];
		fprintf(out, "figure\t%s", compare_state_name(c->state));
		tsv_section(out, row);
		putc_unlocked('\t', out);
		put_subject(out, old, new, c, true);
		putc_unlocked('\t', out);
		if (c->old)
			put_text(out, old->doc, &c->old_text, true);
		putc_unlocked('\t', out);
		if (c->new)
			put_text(out, new->doc, &c->new_text, true);
		putc_unlocked('\n', out);
	}
	for (size_t i = 0; sentences && i < row->added_count; i++) {
		fputs_unlocked("sentence\tadded", out);
		tsv_section(out, row);
		fputs_unlocked("\t\t\t", out);
		put_text(out, new->doc, &row->added[i], true);
		putc_unlocked('\n', out);
	}
	for (size_t i = 0; sentences && i < row->dropped_count; i++) {
		fputs_unlocked("sentence\tdropped", out);
		tsv_section(out, row);
		fputs_unlocked("\t\t", out);
		put_text(out, old->doc, &row->dropped[i], true);
		fputs_unlocked("\t\n", out);
	}
}

/* Writes T of DOC as a JSON string. */
static void
json_text(FILE *out, const struct doc *doc, const struct compare_text *t)
{
	print_json_string(out, doc->text + t->offset, t->length);
}

/* Writes NODE as {"label","title","line"}, or null. */
static void
json_node(FILE *out, const struct outline_node *node)
{
	if (!node) {
		fputs_unlocked("null", out);
		return;
	}
	fputs_unlocked("{\"label\":", out);
	print_json_string(out, node->label, strlen(node->label));
	fputs_unlocked(",\"title\":", out);
	print_json_string(out, node->title, strlen(node->title));
	print_json_number(out, ",\"line\":", node->line);
	putc_unlocked('}', out);
}

/* Writes ,"KEY":[...] with the N sentences of LIST in DOC. */
static void
json_sentences(FILE *out, const char *key, const struct doc *doc, const struct compare_text *list,
	       size_t n)
{
	fprintf(out, ",\"%s\":[", key);
	for (size_t i = 0; i < n; i++) {
		if (i)
			putc_unlocked(',', out);
		json_text(out, doc, &list[i]);
	}
	putc_unlocked(']', out);
}

/* Writes ROW as the JSON object of the contract (man/baogao.1.in). */
static void
json_row(FILE *out, const struct compare_side *old, const struct compare_side *new,
	 const struct compare_section *row)
{
	fprintf(out, "{\"state\":\"%s\",\"depth\":%d,\"old\":", compare_state_name(row->state),
		row->depth);
	json_node(out, row->old);
	fputs_unlocked(",\"new\":", out);
	json_node(out, row->new);
	fputs_unlocked(",\"similarity\":", out);
	put_similarity(out, row->similarity);
	fputs_unlocked(",\"figures\":[", out);
	for (size_t i = 0; i < row->figure_count; i++) {
		const struct compare_figure *c = &row->figures[i];
		const struct doc *doc = subject_doc(old, new, c);
		fputs_unlocked(i ? ",{\"subject\":" : "{\"subject\":", out);
		json_text(out, doc, &c->subject);
		fputs_unlocked(",\"verb\":", out);
		if (c->verb.length)
			json_text(out, doc, &c->verb);
		else
			fputs_unlocked("null", out);
		fputs_unlocked(",\"old\":", out);
		if (c->old)
			json_text(out, old->doc, &c->old_text);
		else
			fputs_unlocked("null", out);
		fputs_unlocked(",\"new\":", out);
		if (c->new)
			json_text(out, new->doc, &c->new_text);
		else
			fputs_unlocked("null", out);
		fprintf(out, ",\"change\":\"%s\"}", compare_state_name(c->state));
	}
	putc_unlocked(']', out);
	json_sentences(out, "added", new->doc, row->added, row->added_count);
	json_sentences(out, "dropped", old->doc, row->dropped, row->dropped_count);
	putc_unlocked('}', out);
}

/* Writes {"title","issuer","date","file"} of DOC read from FILE. */
static void
json_report(FILE *out, const char *file, const struct doc *doc)
{
	fputs_unlocked("{\"title\":", out);
	print_json_string_or_null(out, doc->title);
	fputs_unlocked(",\"issuer\":", out);
	print_json_string_or_null(out, doc->issuer);
	fputs_unlocked(",\"date\":", out);
	print_json_string_or_null(out, doc->date);
	fputs_unlocked(",\"file\":", out);
	print_json_string(out, file, strlen(file));
	putc_unlocked('}', out);
}

int
print_compare(FILE *out, const struct compare_side *old, const char *old_file,
	      const struct compare_side *new, const char *new_file,
	      const struct comparison *comparison, enum output_format format, bool sentences)
{
	switch (format) {
	case FORMAT_JSON:
		fputs_unlocked("{\"old\":", out);
		json_report(out, old_file, old->doc);
		fputs_unlocked(",\n\"new\":", out);
		json_report(out, new_file, new->doc);
		fputs_unlocked(",\n\"sections\":[", out);
		for (size_t i = 0; i < comparison->count; i++) {
			fputs_unlocked(i ? ",\n" : "\n", out);
			json_row(out, old, new, &comparison->sections[i]);
		}
		fputs_unlocked("]}\n", out);
		break;
	case FORMAT_TSV:
		fputs_unlocked("row\tstate\tdepth\told_label\told_title\told_line\tnew_label\t"
			       "new_title\tnew_line\tsimilarity\tsubject\told\tnew\n", out);
		for (size_t i = 0; i < comparison->count; i++)
			tsv_row(out, old, new, &comparison->sections[i], sentences);
		break;
	default:
		text_report(out, "---", old_file, old->doc);
		text_report(out, "+++", new_file, new->doc);
		for (size_t i = 0; i < comparison->count; i++)
			text_row(out, old, new, &comparison->sections[i], sentences);
		break;
	}
	return ferror(out) ? -1 : 0;
}
