/* SPDX-License-Identifier: GPL-3.0-or-later */
/* print.h - the batch printers: outline, figures and matches as text (for
 * people), TSV and JSON (for scripts).  Never calls curses.  They write
 * with the _unlocked stdio calls: one thread writes each stream, and a
 * report's JSON is millions of calls. */
#ifndef BAOGAO_PRINT_H
#define BAOGAO_PRINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "figures.h"
#include "list_row.h"
#include "outline.h"
#include "search.h"

/* In the order of --format's values in options.def. */
enum output_format { FORMAT_TEXT, FORMAT_TSV, FORMAT_JSON, FORMAT_MARKDOWN, FORMAT_CSV };

/* Bytes gathered before they go to a stream in one write: a row of
 * figures is a dozen fields, each a call of stdio on its own (its lock
 * check, its strlen, its copy) costing more than the bytes.  BUF, AT and
 * END are the caller's buffer, the end of what is gathered and the
 * buffer's end; OUT gets them at sink_flush or when the buffer is full,
 * so nothing else may write OUT before the sink is flushed. */
struct sink {
	FILE *out;
	char *buf, *at, *end;
};

/* A sink writing to OUT through BUF (SIZE bytes, at least 64). */
static inline void
sink_init(struct sink *k, FILE *out, char *buf, size_t size)
{
	k->out = out;
	k->buf = k->at = buf;
	k->end = buf + size;
}

/* Writes out what is gathered; the stream's error flag tells a failure. */
static inline void
sink_flush(struct sink *k)
{
	if (k->at > k->buf)
		fwrite_unlocked(k->buf, 1, (size_t)(k->at - k->buf), k->out);
	k->at = k->buf;
}

/* Adds N bytes at P; a block larger than the buffer goes out at once.
 * P may be NULL when N is 0 (an empty field: a section path of the
 * root, a string never set). */
static inline void
sink_put(struct sink *k, const char *p, size_t n)
{
	if (n == 0)
		return;
	if ((size_t)(k->end - k->at) < n) {
		sink_flush(k);
		if ((size_t)(k->end - k->at) < n) {
			fwrite_unlocked(p, 1, n, k->out);
			return;
		}
	}
	memcpy(k->at, p, n);
	k->at += n;
}

/* Adds a string literal (its length known when compiled). */
#define SINK_LITERAL(k, literal) sink_put((k), "" literal, sizeof(literal) - 1)

/* Adds KEY (a NUL-terminated string) then N in decimal. */
void sink_number(struct sink *k, const char *key, unsigned long n);

/* Adds S (N bytes) as print_json_string writes it. */
void sink_json_string(struct sink *k, const char *s, size_t n);

/* Adds S (N bytes) as print_text writes it. */
void sink_text(struct sink *k, const char *s, size_t n, bool tsv);

/* Writes S (N bytes) as a JSON string with quotes; controls, bidi and
 * zero-width characters are \u-escaped. */
void print_json_string(FILE *out, const char *s, size_t n);

/* S (NUL-terminated) as a JSON string, or null when S is NULL. */
void print_json_string_or_null(FILE *out, const char *s);

/* Writes KEY (a literal such as ",\"line\":") then N, without the cost of
 * fprintf: it runs for every section, figure and match of a report. */
void print_json_number(FILE *out, const char *key, unsigned long n);

/* Writes S (N bytes) with unsafe characters made visible (^[, <U+202E>);
 * for TSV (TSV true) also tab and newline as \t and \n. */
void print_text(FILE *out, const char *s, size_t n, bool tsv);

/* Writes S (N bytes) as a CSV field (RFC 4180): in double quotes, with
 * each quote doubled, when it holds a comma, a quote, CR or LF; unsafe
 * characters made visible as print_text does. */
void print_csv_field(FILE *out, const char *s, size_t n);

/* Writes the section path of NODE as one CSV field (一、（三）三是). */
void print_csv_section(FILE *out, const struct outline_node *node);

/* Writes the section path of NODE as labels, e.g. 一、（三）三是 (text) or
 * a JSON array ["一、","（三）","三是"]. */
void print_section_labels(FILE *out, const struct outline_node *node, bool json);

/* Writes NODE and the headings under it as a JSON object: depth, label,
 * title, line, column, page (a format with pages), children. */
void print_outline_node_json(FILE *out, const struct doc *doc, const struct outline_node *node);

/* Writes the opening of NODE's JSON object, "{" and its fields depth,
 * label, title, line, column and page (a format with pages); the caller
 * adds its own fields and the closing "}". */
void print_outline_node_fields(FILE *out, const struct doc *doc, const struct outline_node *node);

/* A short context of the text around [OFFSET, OFFSET+LENGTH) in DOC: up to
 * RADIUS characters either side, within the paragraph.  Sets *START and
 * *END to byte offsets in doc->text. */
void print_context_range(const struct doc *doc, size_t offset, size_t length, size_t radius,
			 size_t *start, size_t *end);

/* The printers.  Each returns 0, or -1 when writing failed. */
int print_outline(FILE *out, const struct doc *doc, const struct outline *outline,
		  enum output_format format);
int print_figures(FILE *out, const struct doc *doc, const struct outline *outline,
		  const struct figure_list *figures, enum output_format format);
/* print_figures a run at a time, as the runs of figures_extract_each come:
 * print_figures_begin starts the table on OUT, print_figures_rows (a
 * figures_each_fn, on the table) adds a run's rows, false when writing
 * failed, and print_figures_end ends it and returns as print_figures does.
 * The table is what print_figures prints of all the runs at once. */
struct figure_table {
	FILE *out;
	const struct doc *doc;
	enum output_format format;
	size_t rows;            /* printed so far */
};
void print_figures_begin(struct figure_table *table, FILE *out, const struct doc *doc,
			 enum output_format format);
bool print_figures_rows(void *table, const struct figure_list *figures);
int print_figures_end(struct figure_table *table);
/* The whole report (SECTION NULL: front matter, the title as the first
 * '#' line, then the text with headings as '#' lines by depth), or
 * SECTION and all under it (its heading as '#'), as Markdown. */
int print_markdown(FILE *out, const struct doc *doc, const struct outline *outline,
		   const struct outline_node *section);
/* SECTION, its heading and everything under it, as text (the text as
 * the report has it), Markdown (print_markdown) or JSON. */
int print_one_section(FILE *out, const struct doc *doc, const struct outline *outline,
		  const struct outline_node *section, enum output_format format);
/* The section that SPEC names (outline_find) printed as
 * print_one_section does; the first of several, with a warning on
 * stderr saying how to name another.  Returns 0, 1 when SPEC names no
 * section (said on stderr), or -1 on a write error. */
int print_section_named(FILE *out, const struct doc *doc, const struct outline *outline,
			const char *spec, enum output_format format);

/* COUNT: match counts per section as a sparse outline instead of matches. */
int print_search(FILE *out, const struct doc *doc, const struct outline *outline,
		 const struct match_list *matches, enum output_format format, bool count);

/* Whether print_search_counts can write the counts in FORMAT. */
bool print_search_counts_take(enum output_format format);

/* The counts print_search writes, of the COUNT matches at OFFSETS in
 * doc->text (ascending, found with OUTLINE), in a FORMAT that
 * print_search_counts_take takes.  Returns 0, or -1 on a write error. */
int print_search_counts(FILE *out, const struct doc *doc, const struct outline *outline,
			const size_t *offsets, size_t count, enum output_format format);

/* Several reports' output as one (print_many.c): begin, then each
 * report's output as the printer above wrote it (BLOCK, N bytes) with its
 * FILE, then end.  MATCHES: the blocks are print_search's text. */
struct print_many {
	enum output_format format;
	bool matches;
	size_t rows;     /* JSON rows written */
	char *header;    /* the last TSV header written; malloc'd */
};
void print_many_begin(FILE *out, struct print_many *many, enum output_format format, bool matches);
void print_many_report(FILE *out, struct print_many *many, const char *file, const char *block,
		       size_t n);
/* Ends the output (and frees what MANY holds); 0, or -1 when writing failed. */
int print_many_end(FILE *out, struct print_many *many);

/* --search --count over several reports: COUNTS[i] matches in FILES[i]
 * for each report that could be READ, then the total (a last TSV row with
 * an empty file).  0, or -1 when writing failed. */
int print_many_counts(FILE *out, enum output_format format, char *const *files,
		      const size_t *counts, const bool *read, size_t n);

/* Writes ROWS (N of them) as text (columns aligned by display width, a
 * header first), TSV (a header first) or JSON (an array of objects with
 * file, title, issuer, date, kind, size, sections, figures).  0, or -1
 * when writing failed. */
int print_list(FILE *out, const struct list_row *rows, size_t n, enum output_format format);

struct compare_side;
struct comparison;

/* COMPARISON of OLD (read from OLD_FILE) with NEW as text (a row per
 * section marked + added, - removed, ~ changed, with its figures old →
 * new; SENTENCES: with the sentences added and dropped), TSV (a row per
 * section, figure and, with SENTENCES, sentence) or JSON (the contract in
 * man/baogao.1.in, sentences always).  0, or -1 when writing failed. */
int print_compare(FILE *out, const struct compare_side *old, const char *old_file,
		  const struct compare_side *new, const char *new_file,
		  const struct comparison *comparison, enum output_format format, bool sentences);

#endif
