/* SPDX-License-Identifier: GPL-3.0-or-later */
/* print_list.c - --list: one row per report, as text in columns aligned
 * by display width, TSV or JSON:
 *
 *   file          title                     issuer       date        kind  bytes  sections  figures
 *   a/2023.txt    2023年法治建设工作总结    XX市XX区…    2023-11-23  总结   9868        25       83
 *
 * In text a title wider than TITLE_MAX columns (an issuer wider than
 * ISSUER_MAX) is cut with "…"; TSV and JSON give everything, a missing
 * value as an empty field or null. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "print.h"

enum { TITLE_MAX = 40, ISSUER_MAX = 24, GAP = 2 };

/* The display width S will take as print_text writes it. */
static int
shown_width(const char *s)
{
	size_t n;
	char *visible = layout_visible(s, strlen(s), &n);
	int width = visible ? layout_width(visible, n) : layout_width(s, strlen(s));
	free(visible);
	return width;
}

/* Writes S cut to MAX columns (with "…" when cut), then spaces up to
 * COLUMNS columns and the gap. */
static void
print_cell(FILE *out, const char *s, int max, int columns)
{
	size_t n = strlen(s);
	char *visible = layout_visible(s, n, &n);
	const char *text = visible ? visible : s;
	int used = 0;
	bool cut = false;
	size_t fit = layout_truncate(text, n, max, 1, &used, &cut);

	fwrite_unlocked(text, 1, fit, out);
	if (cut) {
		fputs_unlocked("…", out);
		used++;
	}
	free(visible);
	for (int i = used; i < columns + GAP; i++)
		putc_unlocked(' ', out);
}

static const char *
or_empty(const char *s)
{
	return s ? s : "";
}

static void
print_json_field(FILE *out, const char *key, const char *s)
{
	fprintf(out, ",\"%s\":", key);
	print_json_string_or_null(out, s);
}

int
print_list(FILE *out, const struct list_row *rows, size_t n, enum output_format format)
{
	static const char *const headers[] = { "file", "title", "issuer", "date", "kind" };
	int width[5] = { 0 }, max[5] = { 1 << 20, TITLE_MAX, ISSUER_MAX, 10, 1 << 20 };

	switch (format) {
	case FORMAT_JSON:
		fputs_unlocked("[", out);
		for (size_t i = 0; i < n; i++) {
			const struct list_row *r = &rows[i];
			fputs_unlocked(i ? ",\n{\"file\":" : "\n{\"file\":", out);
			print_json_string(out, r->file, strlen(r->file));
			print_json_field(out, "title", r->title);
			print_json_field(out, "issuer", r->issuer);
			print_json_field(out, "date", r->date);
			print_json_field(out, "kind", r->kind);
			fprintf(out, ",\"size\":%llu,\"sections\":%zu,\"figures\":%zu}", r->size,
				r->sections, r->figures);
		}
		fputs_unlocked(n ? "\n]\n" : "]\n", out);
		break;
	case FORMAT_TSV:
		fputs_unlocked("file\ttitle\tissuer\tdate\tkind\tsize\tsections\tfigures\n", out);
		for (size_t i = 0; i < n; i++) {
			const struct list_row *r = &rows[i];
			const char *cells[5] = { r->file, or_empty(r->title), or_empty(r->issuer),
						 or_empty(r->date), or_empty(r->kind) };
			for (int k = 0; k < 5; k++) {
				print_text(out, cells[k], strlen(cells[k]), true);
				putc_unlocked('\t', out);
			}
			fprintf(out, "%llu\t%zu\t%zu\n", r->size, r->sections, r->figures);
		}
		break;
	case FORMAT_TEXT:
	case FORMAT_MARKDOWN:  /* the options refuse these here */
	case FORMAT_CSV:
		for (int k = 0; k < 5; k++)
			width[k] = shown_width(headers[k]);
		for (size_t i = 0; i < n; i++) {
			const char *cells[5] = { rows[i].file, or_empty(rows[i].title),
						 or_empty(rows[i].issuer), or_empty(rows[i].date),
						 or_empty(rows[i].kind) };
			for (int k = 0; k < 5; k++) {
				int w = shown_width(cells[k]);
				w = w > max[k] ? max[k] : w;
				width[k] = w > width[k] ? w : width[k];
			}
		}
		for (int k = 0; k < 5; k++)
			print_cell(out, headers[k], width[k], width[k]);
		fputs_unlocked("     bytes  sections  figures\n", out);
		for (size_t i = 0; i < n; i++) {
			const struct list_row *r = &rows[i];
			const char *cells[5] = { r->file, or_empty(r->title), or_empty(r->issuer),
						 or_empty(r->date), or_empty(r->kind) };
			for (int k = 0; k < 5; k++)
				print_cell(out, cells[k], width[k], width[k]);
			fprintf(out, "%10llu  %8zu  %7zu\n", r->size, r->sections, r->figures);
		}
		break;
	}
	return ferror(out) ? -1 : 0;
}
