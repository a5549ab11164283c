/* SPDX-License-Identifier: GPL-3.0-or-later */
/* doc.c - the document: places of text in the source, metadata. */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "doc.h"
#include "sorted.h"
#include "utf8.h"

size_t
doc_paragraph_at(const struct doc *doc, size_t offset)
{
	size_t upper = SORTED_UPPER(doc->paragraphs, doc->paragraph_count, offset, offset);

	return upper > 0 ? upper - 1 : 0;
}

/* The index, among the spans of paragraph P (as doc_span_of counts them),
 * of the last one whose offset <= OFFSET, looking from span FROM on: 1, 2,
 * 4... spans ahead before the binary search, as places asked for in
 * document order are mostly near each other. */
static uint32_t
span_near(const struct doc *doc, const struct paragraph *p, uint32_t from, size_t offset)
{
	const struct doc_span *spans;
	uint32_t step = 1, to, upper;

	if (p->span_count == 0)
		return 0;
	spans = doc->spans + p->span_first;
	while (step < p->span_count - from && spans[from + step].offset <= offset) {
		from += step;
		step = step < UINT32_MAX / 2 ? step * 2 : step;
	}
	to = step < p->span_count - from ? from + step : p->span_count;
	upper = (uint32_t)SORTED_UPPER(spans + from, to - from, offset, offset);
	return upper > 0 ? from + upper - 1 : from;
}

void
doc_locate(const struct doc *doc, size_t offset, uint32_t *line, uint32_t *column)
{
	const struct paragraph *p;
	struct doc_span span;

	if (doc->paragraph_count == 0) {
		*line = 1;
		*column = 1;
		return;
	}
	p = &doc->paragraphs[doc_paragraph_at(doc, offset)];
	span = doc_span_of(doc, p, span_near(doc, p, 0, offset));
	*line = span.line;
	*column = span.column;
	if (offset > span.offset)
		*column += (uint32_t)utf8_count(doc->text + span.offset, offset - span.offset);
}

/* The index of the last paragraph at or after FROM whose offset <= OFFSET
 * (FROM's is), looking 1, 2, 4... paragraphs ahead first. */
static size_t
paragraph_near(const struct doc *doc, size_t from, size_t offset)
{
	size_t step = 1, to, upper;

	while (step < doc->paragraph_count - from && doc->paragraphs[from + step].offset <= offset) {
		from += step;
		step *= 2;
	}
	to = step < doc->paragraph_count - from ? from + step : doc->paragraph_count;
	upper = SORTED_UPPER(doc->paragraphs + from, to - from, offset, offset);
	return upper > 0 ? from + upper - 1 : from;
}

void
doc_locate_next(const struct doc *doc, struct doc_cursor *cursor, size_t offset, uint32_t *line,
		uint32_t *column)
{
	const struct paragraph *p;
	struct doc_span span;
	uint32_t k;

	if (!cursor->valid || offset < cursor->offset || doc->paragraph_count == 0) {
		doc_locate(doc, offset, line, column);
		cursor->valid = doc->paragraph_count > 0;
		cursor->paragraph = cursor->valid ? doc_paragraph_at(doc, offset) : 0;
		cursor->span = cursor->valid ? span_near(doc, &doc->paragraphs[cursor->paragraph], 0,
							 offset) : 0;
		cursor->offset = offset;
		cursor->column = *column;
		return;
	}
	if (cursor->paragraph + 1 < doc->paragraph_count &&
	    doc->paragraphs[cursor->paragraph + 1].offset <= offset) {
		cursor->paragraph = paragraph_near(doc, cursor->paragraph + 1, offset);
		cursor->span = 0;
		span = doc_span_of(doc, &doc->paragraphs[cursor->paragraph], 0);
		cursor->offset = span.offset;
		cursor->column = span.column;
	}
	p = &doc->paragraphs[cursor->paragraph];
	k = span_near(doc, p, cursor->span, offset);
	if (k != cursor->span) {
		span = doc_span_of(doc, p, k);
		cursor->span = k;
		cursor->offset = span.offset;
		cursor->column = span.column;
	}
	span = doc_span_of(doc, p, cursor->span);
	cursor->column += (uint32_t)utf8_count(doc->text + cursor->offset, offset - cursor->offset);
	cursor->offset = offset;
	*line = span.line;
	*column = cursor->column;
}

/* Whether span A starts after source LINE, COLUMN. */
static bool
span_after(struct doc_span a, uint32_t line, uint32_t column)
{
	return a.line > line || (a.line == line && a.column > column);
}

size_t
doc_offset_at(const struct doc *doc, uint32_t line, uint32_t column)
{
	struct doc_offset_cursor none = { 0, 0, 0, 0, false };

	return doc_offset_next(doc, &none, line, column);
}

size_t
doc_offset_next(const struct doc *doc, struct doc_offset_cursor *near, uint32_t line,
		uint32_t column)
{
	size_t lo = 0, hi = doc->paragraph_count, offset, end;
	const struct paragraph *p;
	struct doc_span span;
	uint32_t first, last, c;

	/* The last paragraph whose first span starts at or before LINE,
	 * COLUMN, then its last span that does. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (!span_after(doc_span_of(doc, &doc->paragraphs[mid], 0), line, column))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return 0;
	p = &doc->paragraphs[lo - 1];
	first = 0;
	last = doc_span_count(p);
	while (first < last) {
		uint32_t mid = first + (last - first) / 2;
		if (!span_after(doc_span_of(doc, p, mid), line, column))
			first = mid + 1;
		else
			last = mid;
	}
	span = doc_span_of(doc, p, first - 1);
	offset = span.offset;
	end = first < doc_span_count(p) ? doc_span_of(doc, p, first).offset
	      : lo < doc->paragraph_count ? doc->paragraphs[lo].offset : doc->text_length;
	if (span.line != line)
		return offset;
	/* Forward by characters, not past the span nor its paragraph, from
	 * the place found before when it is on the way. */
	c = span.column;
	if (near->valid && near->span_offset == span.offset && near->line == line &&
	    near->column >= c && near->column <= column && near->offset <= end) {
		c = near->column;
		offset = near->offset;
	}
	for (; c < column && offset < end && doc->text[offset] != '\n'; c++) {
		int k = u8_mblen((const uint8_t *)doc->text + offset, end - offset);
		offset += k > 0 ? (size_t)k : 1;
	}
	*near = (struct doc_offset_cursor){ span.offset, offset, line, c, true };
	return offset;
}

const struct doc_hint *
doc_hint_of(const struct doc *doc, size_t i)
{
	size_t upper = SORTED_UPPER(doc->hints, doc->hint_count, paragraph, i);

	return upper > 0 && doc->hints[upper - 1].paragraph == i ? &doc->hints[upper - 1] : NULL;
}

uint32_t
doc_page_at(const struct doc *doc, size_t offset)
{
	uint32_t line, column;

	if (doc->page_count == 0)
		return 0;
	doc_locate(doc, offset, &line, &column);
	return doc_page_of(doc, line, column);
}

uint32_t
doc_page_of(const struct doc *doc, uint32_t line, uint32_t column)
{
	size_t lo = 0, hi = doc->page_count;

	if (doc->page_count == 0)
		return 0;
	/* The last page that begins at or before LINE, COLUMN. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct doc_page *p = &doc->pages[mid];
		if (p->line < line || (p->line == line && p->column <= column))
			lo = mid + 1;
		else
			hi = mid;
	}
	return doc->pages[lo > 0 ? lo - 1 : 0].page;
}

bool
doc_warn(struct doc *doc, const char *format, ...)
{
	char buf[512];
	char **grown;
	va_list ap;

	va_start(ap, format);
	vsnprintf(buf, sizeof buf, format, ap);
	va_end(ap);
	grown = realloc(doc->warnings, (doc->warning_count + 1) * sizeof *grown);
	if (!grown)
		return false;
	doc->warnings = grown;
	grown[doc->warning_count] = strdup(buf);
	if (!grown[doc->warning_count])
		return false;
	doc->warning_count++;
	return true;
}

void
doc_free(struct doc *doc)
{
	if (!doc)
		return;
	free(doc->text);
	free(doc->paragraphs);
	free(doc->spans);
	free(doc->name);
	free(doc->title);
	free(doc->issuer);
	free(doc->date);
	free(doc->docno);
	for (size_t i = 0; i < doc->hint_count; i++) {
		free(doc->hints[i].number);
		free(doc->hints[i].cells);
	}
	free(doc->hints);
	free(doc->pages);
	for (size_t i = 0; i < doc->link_count; i++)
		free(doc->links[i].href);
	free(doc->links);
	for (size_t i = 0; i < doc->warning_count; i++)
		free(doc->warnings[i]);
	free(doc->warnings);
	free(doc);
}

const struct doc_link *
doc_link_after(const struct doc *doc, size_t offset)
{
	size_t lo = 0, hi = doc->link_count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (doc->links[mid].offset + doc->links[mid].length <= offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < doc->link_count ? &doc->links[lo] : NULL;
}

const struct doc_link *
doc_link_at(const struct doc *doc, size_t offset)
{
	const struct doc_link *k = doc_link_after(doc, offset);

	return k && k->offset <= offset ? k : NULL;
}

bool
doc_title_again(const struct doc *doc, size_t i)
{
	const struct paragraph *p = &doc->paragraphs[i];
	const char *s = doc->text + p->offset;
	size_t n = p->length, sp;

	if (!doc->title || doc->title_paragraph == SIZE_MAX || i <= doc->title_paragraph + 1)
		return false;
	sp = utf8_spaces(s, n);
	s += sp;
	n -= sp;
	while (n > 0 && (sp = utf8_space_before(s, s + n)) > 0)
		n -= sp;
	return n == strlen(doc->title) && memcmp(s, doc->title, n) == 0;
}

size_t
doc_title_second(const struct doc *doc)
{
	size_t i = doc->title_paragraph, t, n;
	const struct paragraph *p;

	if (!doc->title || i == SIZE_MAX || i + 1 >= doc->paragraph_count)
		return SIZE_MAX;
	p = &doc->paragraphs[i + 1];
	t = strlen(doc->title);
	n = p->length;
	if (doc->paragraphs[i].length >= t || n == 0 || n >= t ||
	    memcmp(doc->title + t - n, doc->text + p->offset, n) != 0)
		return SIZE_MAX;
	return i + 1;
}
