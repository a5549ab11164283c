/* SPDX-License-Identifier: GPL-3.0-or-later */
/* print_many.c - the output of several reports as one: each report's
 * output, as the single-report printers write it, given again with the
 * file on every row.
 *
 *   text     every line after "FILE:"; a match's line in grep's form,
 *            "FILE:LINE:COL: context" (a page after it: "p.3 context"),
 *            its section's line as "FILE: 一、（三）三是 title"
 *   tsv      a first column "file" (the header again only when a report's
 *            header differs from the last one given, as with and without
 *            pages)
 *   json     one array: the rows of every report's array (matches,
 *            figures), or every report's object (outline), each with
 *            "file" as its first field
 *
 * The single-report printers write one JSON object a line in their
 * arrays, and never a raw newline inside a string: that is what lets a
 * row be found by its line here. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "print.h"

void
print_many_begin(FILE *out, struct print_many *many, enum output_format format, bool matches)
{
	memset(many, 0, sizeof *many);
	many->format = format;
	many->matches = matches;
	if (format == FORMAT_JSON)
		fputs_unlocked("[", out);
}

/* Writes FILE as the format wants it in a row. */
static void
print_file(FILE *out, const struct print_many *many, const char *file)
{
	if (many->format == FORMAT_JSON) {
		fputs_unlocked("\"file\":", out);
		print_json_string(out, file, strlen(file));
		return;
	}
	print_text(out, file, strlen(file), many->format == FORMAT_TSV);
	putc_unlocked(many->format == FORMAT_TSV ? '\t' : ':', out);
}

/* A text line of matches: "  8:318: …" or "  p.3 8:318: …" becomes
 * "FILE:8:318: …" or "FILE:8:318: p.3 …"; a section's line gets a space
 * after the file, so that it never reads as a match. */
static void
print_match_line(FILE *out, const struct print_many *many, const char *file, const char *line,
		 size_t n)
{
	const char *page = NULL, *end;
	size_t page_n = 0;

	print_file(out, many, file);
	if (n < 2 || line[0] != ' ' || line[1] != ' ') {
		putc_unlocked(' ', out);
		fwrite_unlocked(line, 1, n, out);
		return;
	}
	line += 2;
	n -= 2;
	if (n > 2 && line[0] == 'p' && line[1] == '.') {
		end = memchr(line, ' ', n);
		if (end) {
			page = line;
			page_n = (size_t)(end - line) + 1;
			line += page_n;
			n -= page_n;
		}
	}
	/* LINE:COL: then the context */
	end = memchr(line, ' ', n);
	if (!end || !page) {
		fwrite_unlocked(line, 1, n, out);
		return;
	}
	fwrite_unlocked(line, 1, (size_t)(end - line) + 1, out);
	fwrite_unlocked(page, 1, page_n, out);
	fwrite_unlocked(end + 1, 1, n - (size_t)(end - line) - 1, out);
}

/* A JSON row: "{…}" or "{…}," becomes "{"file":…,…}". */
static void
print_json_row(FILE *out, struct print_many *many, const char *file, const char *line, size_t n)
{
	if (n > 0 && line[n - 1] == ',')
		n--;
	if (n < 2 || line[0] != '{')
		return;
	fputs_unlocked(many->rows++ ? ",\n{" : "\n{", out);
	print_file(out, many, file);
	if (n > 2)
		putc_unlocked(',', out);
	fwrite_unlocked(line + 1, 1, n - 1, out);
}

void
print_many_report(FILE *out, struct print_many *many, const char *file, const char *block, size_t n)
{
	const char *p = block, *end = block + n;
	bool first = true;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t k = nl ? (size_t)(nl - p) : (size_t)(end - p);
		switch (many->format) {
		case FORMAT_JSON:
			print_json_row(out, many, file, p, k);
			break;
		case FORMAT_TSV:
			if (first) {
				/* the header: again only when it changed */
				if (!many->header || strlen(many->header) != k ||
				    memcmp(many->header, p, k) != 0) {
					free(many->header);
					many->header = strndup(p, k);
					fputs_unlocked("file\t", out);
					fwrite_unlocked(p, 1, k, out);
					putc_unlocked('\n', out);
				}
				break;
			}
			print_file(out, many, file);
			fwrite_unlocked(p, 1, k, out);
			putc_unlocked('\n', out);
			break;
		case FORMAT_TEXT:
		case FORMAT_MARKDOWN:  /* the options refuse these here */
		case FORMAT_CSV:
			if (many->matches)
				print_match_line(out, many, file, p, k);
			else {
				print_file(out, many, file);
				fwrite_unlocked(p, 1, k, out);
			}
			putc_unlocked('\n', out);
			break;
		}
		first = false;
		p += k + (nl != NULL);
	}
}

int
print_many_end(FILE *out, struct print_many *many)
{
	if (many->format == FORMAT_JSON)
		fputs_unlocked(many->rows ? "\n]\n" : "]\n", out);
	free(many->header);
	many->header = NULL;
	return ferror(out) ? -1 : 0;
}

int
print_many_counts(FILE *out, enum output_format format, char *const *files,
		  const size_t *counts, const bool *read, size_t n)
{
	size_t total = 0, rows = 0;

	if (format == FORMAT_TSV)
		fputs_unlocked("file\tcount\n", out);
	if (format == FORMAT_JSON)
		fputs_unlocked("{\"files\":[", out);
	for (size_t i = 0; i < n; i++) {
		if (!read[i])
			continue;
		total += counts[i];
		switch (format) {
		case FORMAT_JSON:
			fputs_unlocked(rows++ ? ",\n{\"file\":" : "\n{\"file\":", out);
			print_json_string(out, files[i], strlen(files[i]));
			fprintf(out, ",\"count\":%zu}", counts[i]);
			break;
		case FORMAT_TSV:
			print_text(out, files[i], strlen(files[i]), true);
			fprintf(out, "\t%zu\n", counts[i]);
			break;
		case FORMAT_TEXT:
		case FORMAT_MARKDOWN:
		case FORMAT_CSV:
			fprintf(out, "%6zu  ", counts[i]);
			print_text(out, files[i], strlen(files[i]), false);
			putc_unlocked('\n', out);
			break;
		}
	}
	if (format == FORMAT_JSON)
		fprintf(out, "%s],\"total\":%zu}\n", rows ? "\n" : "", total);
	else if (format == FORMAT_TSV)
		fprintf(out, "\t%zu\n", total);
	else
		fprintf(out, "%6zu  total\n", total);
	return ferror(out) ? -1 : 0;
}
