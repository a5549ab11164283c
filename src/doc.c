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

/* The index of the last span in [FROM, TO) whose offset <= OFFSET, where
 * span FROM's is and span TO's (if any) is not. */
static size_t
span_between(const struct doc *doc, size_t from, size_t to, size_t offset)
{
	size_t upper = SORTED_UPPER(doc->spans + from, to - from, offset, offset);

	return upper > 0 ? from + upper - 1 : from;
}

/* The index of the last span whose offset <= OFFSET. */
static size_t
span_at(const struct doc *doc, size_t offset)
{
	return span_between(doc, 0, doc->span_count, offset);
}

/* The same, for a span at or not far after FROM, whose offset <= OFFSET:
 * looks 1, 2, 4... spans ahead before the binary search, as places asked
 * for in document order are mostly near each other. */
static size_t
span_near(const struct doc *doc, size_t from, size_t offset)
{
	size_t step = 1;

	while (step < doc->span_count - from && doc->spans[from + step].offset <= offset) {
		from += step;
		step *= 2;
	}
	return span_between(doc, from, step < doc->span_count - from ? from + step : doc->span_count,
			    offset);
}

void
doc_locate(const struct doc *doc, size_t offset, uint32_t *line, uint32_t *column)
{
	const struct doc_span *span;

	if (doc->span_count == 0) {
		*line = 1;
		*column = 1;
		return;
	}
	span = &doc->spans[span_at(doc, offset)];
	*line = span->line;
	*column = span->column;
	if (offset > span->offset)
		*column += (uint32_t)utf8_count(doc->text + span->offset, offset - span->offset);
}

void
doc_locate_next(const struct doc *doc, struct doc_cursor *cursor, size_t offset, uint32_t *line,
		uint32_t *column)
{
	const struct doc_span *span;

	if (!cursor->valid || offset < cursor->offset || doc->span_count == 0) {
		doc_locate(doc, offset, line, column);
		cursor->valid = doc->span_count > 0;
		cursor->span = cursor->valid ? span_at(doc, offset) : 0;
		cursor->offset = offset;
		cursor->column = *column;
		return;
	}
	if (cursor->span + 1 < doc->span_count && doc->spans[cursor->span + 1].offset <= offset) {
		size_t lo = span_near(doc, cursor->span + 1, offset);
		cursor->span = lo;
		cursor->offset = doc->spans[lo].offset;
		cursor->column = doc->spans[lo].column;
	}
	span = &doc->spans[cursor->span];
	cursor->column += (uint32_t)utf8_count(doc->text + cursor->offset, offset - cursor->offset);
	cursor->offset = offset;
	*line = span->line;
	*column = cursor->column;
}

size_t
doc_offset_at(const struct doc *doc, uint32_t line, uint32_t column)
{
	size_t lo = 0, hi = doc->span_count, offset, end;
	const struct doc_span *span;

	/* The last span that starts at or before LINE, COLUMN. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct doc_span *m = &doc->spans[mid];
		if (m->line < line || (m->line == line && m->column <= column))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return 0;
	span = &doc->spans[lo - 1];
	offset = span->offset;
	end = lo < doc->span_count ? doc->spans[lo].offset : doc->text_length;
	if (span->line != line)
		return offset;
	/* Forward by characters, not past the span nor its paragraph. */
	for (uint32_t c = span->column; c < column && offset < end && doc->text[offset] != '\n'; c++) {
		int k = u8_mblen((const uint8_t *)doc->text + offset, end - offset);
		offset += k > 0 ? (size_t)k : 1;
	}
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
