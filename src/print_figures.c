/* SPDX-License-Identifier: GPL-3.0-or-later */
/* print_figures.c - the figures as a table for people, TSV or JSON. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "job.h"
#include "layout.h"
#include "print.h"

/* Characters of context either side of a figure in the text table. */
enum { CONTEXT_RADIUS = 14 };

/* Columns the figure and the section path take in the text table; longer
 * ones push the rest of the row to the right. */
enum { FIGURE_COLUMNS = 18, VALUE_COLUMNS = 20, SECTION_COLUMNS = 14, SUBJECT_COLUMNS = 16 };

/* Writes VALUE as JSON and TSV want it: 20000, 12.5, 66.6666666666667.
 * Most values are whole, and snprintf would cost them more than the rest
 * of a JSON row. */
static void
format_value(char *buf, size_t size, double value)
{
	if (value > -1e18 && value < 1e18 && value == (double)(long long)value) {
		long long whole = (long long)value;
		unsigned long long n = whole < 0 ? 0 - (unsigned long long)whole :
				       (unsigned long long)whole;
		char digits[24];
		size_t count = 0, at = 0;
		do {
			digits[count++] = (char)('0' + n % 10);
			n /= 10;
		} while (n);
		if (whole < 0 && at + 1 < size)
			buf[at++] = '-';
		while (count > 0 && at + 1 < size)
			buf[at++] = digits[--count];
		buf[at] = '\0';
	} else {
		snprintf(buf, size, "%.15g", value);
	}
}

/* The value of F as TSV and CSV write it: its digits in full when it is
 * not exact (or "" when they are not known), "" when it has none. */
static const char *
value_text(const struct figure *f, char *buf, size_t size)
{
	if (f->has_value && !f->exact)
		return f->decimal ? f->decimal : "";
	if (!f->has_value)
		return "";
	format_value(buf, size, f->value);
	return buf;
}

/* Writes S (N bytes) made safe, then spaces up to COLUMNS display columns. */
static void
print_padded(FILE *out, const char *s, size_t n, int columns)
{
	int width;
	size_t visible_length;
	char *visible = layout_visible(s, n, &visible_length);

	if (visible) {
		width = layout_width(visible, visible_length);
		free(visible);
	} else {
		width = layout_width(s, n);
	}
	print_text(out, s, n, false);
	for (int i = width; i < columns; i++)
		putc_unlocked(' ', out);
}

static int
section_width(const struct outline_node *node)
{
	const struct outline_node *path[64];
	size_t n = outline_path(node, path, 64);
	int width = 0;

	for (size_t i = 0; i < n; i++)
		width += layout_width(path[i]->label, strlen(path[i]->label));
	return width;
}

/* In the context's place, for a figure in a table cell with headers:
 * 地区生产总值 | 2025年 | 5.2万亿元 (its row's header, its column's, the
 * figure; a header not known is left out).  False when it has none. */
static bool
print_table_place(FILE *out, const struct doc *doc, const struct figure *f)
{
	if (f->row_header_length == 0 && f->column_header_length == 0)
		return false;
	if (f->row_header_length > 0) {
		print_text(out, doc->text + f->row_header, f->row_header_length, false);
		fputs_unlocked(" | ", out);
	}
	if (f->column_header_length > 0) {
		print_text(out, doc->text + f->column_header, f->column_header_length, false);
		fputs_unlocked(" | ", out);
	}
	print_text(out, doc->text + f->offset, f->length, false);
	putc_unlocked('\n', out);
	return true;
}

static void
print_figure_text(FILE *out, const struct doc *doc, const struct figure *f)
{
	char value[64];
	size_t start, end;
	int width;

	fprintf(out, "%6u:%-5u ", (unsigned)f->line, (unsigned)f->column);
	print_padded(out, figure_kind_name(f->kind), strlen(figure_kind_name(f->kind)), 9);
	print_padded(out, doc->text + f->offset, f->length, FIGURE_COLUMNS);
	putc_unlocked(' ', out);
	value[0] = '\0';
	if (f->has_value && !f->exact) {
		/* Written out in full, however long: no rounding for people. */
		const char *d = f->decimal ? f->decimal : "?";
		char *full = malloc(strlen(d) + (f->unit ? strlen(f->unit) : 0) + 2);
		if (full) {
			strcpy(full, d);
			if (f->unit && *f->unit) {
				strcat(full, " ");
				strcat(full, f->unit);
			}
			print_padded(out, full, strlen(full), VALUE_COLUMNS);
			free(full);
		}
	} else {
		if (f->has_value) {
			format_value(value, sizeof value, f->value);
			if (strlen(value) > 12 && strchr(value, '.'))   /* 66.6666666666667: round for people */
				snprintf(value, sizeof value, "%.10g", f->value);
			if (f->unit && *f->unit) {
				size_t used = strlen(value);
				snprintf(value + used, sizeof value - used, " %s", f->unit);
			}
		}
		print_padded(out, value, strlen(value), VALUE_COLUMNS);
	}
	putc_unlocked(' ', out);
	print_section_labels(out, f->section, false);
	width = section_width(f->section);
	for (int i = width; i < SECTION_COLUMNS; i++)
		putc_unlocked(' ', out);
	putc_unlocked(' ', out);
	print_padded(out, doc->text + f->subject, f->subject_length, SUBJECT_COLUMNS);
	putc_unlocked(' ', out);
	if (print_table_place(out, doc, f))
		return;
	/* The context, with the figure in brackets: …培训[80个]班3860人… */
	print_context_range(doc, f->offset, f->length, CONTEXT_RADIUS, &start, &end);
	if (start > doc->paragraphs[doc_paragraph_at(doc, f->offset)].offset)
		fputs_unlocked("…", out);
	print_text(out, doc->text + start, f->offset - start, false);
	putc_unlocked('[', out);
	print_text(out, doc->text + f->offset, f->length, false);
	putc_unlocked(']', out);
	print_text(out, doc->text + f->offset + f->length, end - f->offset - f->length, false);
	{
		const struct paragraph *p = &doc->paragraphs[doc_paragraph_at(doc, f->offset)];
		if (end < p->offset + p->length)
			fputs_unlocked("…", out);
	}
	putc_unlocked('\n', out);
}

/* Text written to memory through a stream of our own with a buffer: the
 * printers' many small writes cost there what they cost on a file
 * (open_memstream's cost more). */
struct memory {
	char *text;
	size_t length, capacity;
};

static ssize_t
memory_write(void *cookie, const char *data, size_t size)
{
	struct memory *m = cookie;

	if (m->capacity - m->length < size) {
		size_t capacity = m->capacity ? m->capacity : 4096;
		char *grown;
		while (capacity - m->length < size)
			capacity *= 2;
		grown = realloc(m->text, capacity);
		if (!grown)
			return 0;
		m->text = grown;
		m->capacity = capacity;
	}
	memcpy(m->text + m->length, data, size);
	m->length += size;
	return (ssize_t)size;
}

static FILE *
memory_open(struct memory *m)
{
	static const cookie_io_functions_t io = { NULL, memory_write, NULL, NULL };
	FILE *f = fopencookie(m, "w", io);

	if (f && setvbuf(f, NULL, _IOFBF, 1 << 16) != 0) {
		fclose(f);
		f = NULL;
	}
	return f;
}

/* A section path as printed, kept while the figures stay in one section:
 * a table of 300,000 figures changes section some 50,000 times. */
struct section_text {
	bool json;
	bool valid;                       /* NODE's path is in MEMORY */
	const struct outline_node *node;
	struct memory memory;
	FILE *stream;                     /* writes MEMORY; NULL: print directly */
};

static void
section_text_open(struct section_text *st, bool json)
{
	memset(st, 0, sizeof *st);
	st->json = json;
	st->stream = memory_open(&st->memory);
}

static void
section_text_close(struct section_text *st)
{
	if (st->stream)
		fclose(st->stream);
	free(st->memory.text);
}

/* Adds NODE's path to K: from memory when it is the previous figure's. */
static void
print_section(struct sink *k, struct section_text *st, const struct outline_node *node)
{
	if (st->stream && (!st->valid || node != st->node)) {
		st->memory.length = 0;
		print_section_labels(st->stream, node, st->json);
		st->valid = fflush(st->stream) == 0;
		st->node = node;
		if (!st->valid) {
			fclose(st->stream);
			st->stream = NULL;
		}
	}
	if (!st->valid) {
		sink_flush(k);
		print_section_labels(k->out, node, st->json);
	} else {
		sink_put(k, st->memory.text, st->memory.length);
	}
}

static void
print_figure_tsv(struct sink *k, const struct doc *doc, const struct figure *f,
		 struct section_text *sections)
{
	char value[64];
	const char *kind = figure_kind_name(f->kind), *v = value_text(f, value, sizeof value);

	sink_put(k, kind, strlen(kind));
	SINK_LITERAL(k, "\t");
	sink_text(k, doc->text + f->offset, f->length, true);
	SINK_LITERAL(k, "\t");
	sink_put(k, v, strlen(v));
	SINK_LITERAL(k, "\t");
	if (f->unit)
		sink_text(k, f->unit, strlen(f->unit), true);
	sink_number(k, "\t", f->line);
	sink_number(k, "\t", f->column);
	SINK_LITERAL(k, "\t");
	print_section(k, sections, f->section);
	SINK_LITERAL(k, "\t");
	sink_text(k, doc->text + f->subject, f->subject_length, true);
	if (f->change)
		SINK_LITERAL(k, "\ttrue\n");
	else
		SINK_LITERAL(k, "\tfalse\n");
}

/* A row of CSV (RFC 4180): the columns of TSV, CRLF at its end. */
static void
print_figure_csv(FILE *out, const struct doc *doc, const struct figure *f)
{
	char value[64];

	fputs_unlocked(figure_kind_name(f->kind), out);
	putc_unlocked(',', out);
	print_csv_field(out, doc->text + f->offset, f->length);
	putc_unlocked(',', out);
	fputs_unlocked(value_text(f, value, sizeof value), out);
	putc_unlocked(',', out);
	if (f->unit)
		print_csv_field(out, f->unit, strlen(f->unit));
	print_json_number(out, ",", f->line);
	print_json_number(out, ",", f->column);
	putc_unlocked(',', out);
	print_csv_section(out, f->section);
	putc_unlocked(',', out);
	print_csv_field(out, doc->text + f->subject, f->subject_length);
	fputs_unlocked(f->change ? ",true\r\n" : ",false\r\n", out);
}

/* The headers of a figure in a table cell, those known: "row_header" (the
 * first cell of its row), "column_header" (its column's cell in the
 * table's first row). */
static void
print_json_headers(struct sink *k, const struct doc *doc, const struct figure *f)
{
	if (f->row_header_length > 0) {
		SINK_LITERAL(k, ",\"row_header\":");
		sink_json_string(k, doc->text + f->row_header, f->row_header_length);
	}
	if (f->column_header_length > 0) {
		SINK_LITERAL(k, ",\"column_header\":");
		sink_json_string(k, doc->text + f->column_header, f->column_header_length);
	}
}

static void
print_figure_json(struct sink *k, const struct doc *doc, const struct figure *f,
		  struct section_text *sections)
{
	char value[64];
	const char *kind = figure_kind_name(f->kind);

	SINK_LITERAL(k, "{\"kind\":");
	sink_json_string(k, kind, strlen(kind));
	SINK_LITERAL(k, ",\"text\":");
	sink_json_string(k, doc->text + f->offset, f->length);
	SINK_LITERAL(k, ",\"value\":");
	if (f->has_value && !f->exact) {
		/* A JSON number would be read back as another number. */
		if (f->decimal)
			sink_json_string(k, f->decimal, strlen(f->decimal));
		else
			SINK_LITERAL(k, "null");
		SINK_LITERAL(k, ",\"exact\":false");
	} else if (f->has_value) {
		format_value(value, sizeof value, f->value);
		sink_put(k, value, strlen(value));
	} else {
		SINK_LITERAL(k, "null");
	}
	SINK_LITERAL(k, ",\"unit\":");
	if (f->unit && *f->unit)
		sink_json_string(k, f->unit, strlen(f->unit));
	else
		SINK_LITERAL(k, "null");
	sink_number(k, ",\"line\":", f->line);
	sink_number(k, ",\"column\":", f->column);
	if (doc->page_count > 0)
		sink_number(k, ",\"page\":", doc_page_of(doc, f->line, f->column));
	print_json_headers(k, doc, f);
	SINK_LITERAL(k, ",\"section\":");
	print_section(k, sections, f->section);
	SINK_LITERAL(k, ",\"subject\":");
	if (f->subject_length > 0) {
		sink_json_string(k, doc->text + f->subject, f->subject_length);
		sink_number(k, ",\"subject_line\":", f->subject_line);
		sink_number(k, ",\"subject_column\":", f->subject_column);
	} else {
		SINK_LITERAL(k, "null,\"subject_line\":null,\"subject_column\":null");
	}
	if (f->change)
		SINK_LITERAL(k, ",\"change\":true}");
	else
		SINK_LITERAL(k, ",\"change\":false}");
}

/* Bytes a batch of JSON or TSV rows is gathered in before it is written. */
enum { SINK_BYTES = 1 << 15 };

/* Writes figures FROM .. TO - 1 of the list (rows only), the table
 * holding BEFORE rows before the list's. */
static void
print_rows(FILE *out, const struct doc *doc, const struct figure_list *figures, size_t before,
	   size_t from, size_t to, enum output_format format)
{
	struct section_text sections;
	char *buf = format == FORMAT_JSON || format == FORMAT_TSV ? malloc(SINK_BYTES) : NULL;
	char small[64];
	struct sink k;

	/* (Without memory for the batch, rows go out a field at a time.) */
	if (buf)
		sink_init(&k, out, buf, SINK_BYTES);
	else
		sink_init(&k, out, small, sizeof small);
	section_text_open(&sections, format == FORMAT_JSON);
	for (size_t i = from; i < to; i++) {
		switch (format) {
		case FORMAT_JSON:
			if (before + i)
				SINK_LITERAL(&k, ",\n");
			else
				SINK_LITERAL(&k, "\n");
			print_figure_json(&k, doc, &figures->items[i], &sections);
			break;
		case FORMAT_TSV:
			print_figure_tsv(&k, doc, &figures->items[i], &sections);
			break;
		case FORMAT_CSV:
			print_figure_csv(out, doc, &figures->items[i]);
			break;
		case FORMAT_MARKDOWN:  /* the options refuse these here */
		case FORMAT_TEXT:
			print_figure_text(out, doc, &figures->items[i]);
			break;
		}
	}
	sink_flush(&k);
	free(buf);
	section_text_close(&sections);
}

/* From this many figures on, the second half of the rows is written to
 * memory by a second thread while the first half goes out. */
enum { THREAD_MIN_FIGURES = 8192 };

/* Rows each thread formats in one round: the second's wait in memory for
 * the first's to go out, so the memory they take stays small however
 * many figures there are. */
enum { ROUND_ROWS = 16384 };

/* Rows FROM .. TO - 1 of the table, and where they go: the first half to
 * the output, the second to memory. */
struct half {
	FILE *out;
	const struct doc *doc;
	const struct figure_list *figures;
	size_t before;       /* the table's rows before the list's */
	size_t from, to;
	enum output_format format;
	struct memory rows;  /* the second half's text, kept from round to
	                        round; NULL when memory ran out */
	bool failed;         /* the rows of this round are not in ROWS */
};

/* Bytes reserved per row of a half: more than most rows take, so that
 * the text is seldom copied to grow. */
enum { ROW_BYTES = 256 };

static void
print_half(void *arg)
{
	struct half *h = arg;

	print_rows(h->out, h->doc, h->figures, h->before, h->from, h->to, h->format);
}

/* Formats the rows of half H into its memory, over the last round's. */
static void
print_half_to_memory(void *arg)
{
	struct half *h = arg;
	FILE *mem;
	bool failed;

	h->failed = true;
	if (!h->rows.text) {
		h->rows.capacity = ROUND_ROWS * ROW_BYTES;
		h->rows.text = malloc(h->rows.capacity);
		if (!h->rows.text)
			return;
	}
	h->rows.length = 0;
	mem = memory_open(&h->rows);
	if (!mem)
		return;
	print_rows(mem, h->doc, h->figures, h->before, h->from, h->to, h->format);
	failed = ferror(mem);
	h->failed = fclose(mem) != 0 || failed;
}

/* Writes all rows of FIGURES, the table holding BEFORE rows before
 * them, in rounds of two halves when there are many: the second half is
 * formatted at the same time as the first goes out (formatting, not
 * writing, is what they cost). */
static void
print_all_rows(FILE *out, const struct doc *doc, const struct figure_list *figures,
	       size_t before, enum output_format format)
{
	struct half first = { out, doc, figures, before, 0, 0, format, { NULL, 0, 0 }, false };
	struct half second = { NULL, doc, figures, before, 0, 0, format, { NULL, 0, 0 }, false };

	if (figures->count < THREAD_MIN_FIGURES) {
		print_rows(out, doc, figures, before, 0, figures->count, format);
		return;
	}
	for (size_t from = 0; from < figures->count; from = second.to) {
		size_t n = figures->count - from;
		if (n > 2 * ROUND_ROWS)
			n = 2 * ROUND_ROWS;
		first.from = from;
		first.to = second.from = from + n / 2;
		second.to = from + n;
		job_pair(print_half, &first, print_half_to_memory, &second);
		if (!second.failed)
			fwrite_unlocked(second.rows.text, 1, second.rows.length, out);
		else
			print_rows(out, doc, figures, before, second.from, second.to, format);
	}
	free(second.rows.text);
}

void
print_figures_begin(struct figure_table *table, FILE *out, const struct doc *doc,
		    enum output_format format)
{
	*table = (struct figure_table){ out, doc, format, 0 };
	switch (format) {
	case FORMAT_JSON:
		putc_unlocked('[', out);
		break;
	case FORMAT_TSV:
		fputs_unlocked("kind\ttext\tvalue\tunit\tline\tcolumn\tsection\tsubject\tchange\n", out);
		break;
	case FORMAT_CSV:
		fputs_unlocked("kind,text,value,unit,line,column,section,subject,change\r\n", out);
		break;
	case FORMAT_MARKDOWN:  /* the options refuse these here */
	case FORMAT_TEXT:
		break;  /* the heading comes with the first row */
	}
}

bool
print_figures_rows(void *arg, const struct figure_list *figures)
{
	struct figure_table *table = arg;
	FILE *out = table->out;

	if (figures->count > 0 && table->rows == 0 &&
	    (table->format == FORMAT_TEXT || table->format == FORMAT_MARKDOWN)) {
		fputs_unlocked("  line:col   kind     ", out);
		print_padded(out, "figure", 6, FIGURE_COLUMNS);
		putc_unlocked(' ', out);
		print_padded(out, "value", 5, VALUE_COLUMNS);
		putc_unlocked(' ', out);
		print_padded(out, "section", 7, SECTION_COLUMNS);
		putc_unlocked(' ', out);
		print_padded(out, "subject", 7, SUBJECT_COLUMNS);
		fputs_unlocked(" context\n", out);
	}
	print_all_rows(out, table->doc, figures, table->rows, table->format);
	table->rows += figures->count;
	return !ferror(out);
}

int
print_figures_end(struct figure_table *table)
{
	FILE *out = table->out;

	switch (table->format) {
	case FORMAT_JSON:
		fputs_unlocked(table->rows ? "\n]\n" : "]\n", out);
		break;
	case FORMAT_TSV:
	case FORMAT_CSV:
		break;
	case FORMAT_MARKDOWN:
	case FORMAT_TEXT:
		if (table->rows == 0)
			fputs_unlocked("(no figures)\n", out);
		break;
	}
	return ferror(out) ? -1 : 0;
}

int
print_figures(FILE *out, const struct doc *doc, const struct outline *outline,
	      const struct figure_list *figures, enum output_format format)
{
	struct figure_table table;

	(void)outline;
	print_figures_begin(&table, out, doc, format);
	print_figures_rows(&table, figures);
	return print_figures_end(&table);
}
