/* SPDX-License-Identifier: GPL-3.0-or-later */
/* reader.c - the table of readers, and the choice among them. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "reader.h"
#include "reader_html.h"
#include "utf8.h"

/* Readers of other formats go after the text reader. */
static const struct reader *const readers[] = {
	&reader_text,
	&reader_docx,
	&reader_odt,
	&reader_binary_office,
	&reader_html,
	&reader_pdf,
};

const struct reader *
reader_for(const char *head, size_t n)
{
	const struct reader *best = readers[0];
	unsigned best_score = 0;

	for (size_t i = 0; i < sizeof readers / sizeof readers[0]; i++) {
		unsigned score = readers[i]->detect(head, n);
		if (score > best_score) {
			best = readers[i];
			best_score = score;
		}
	}
	return best;
}

const struct reader *
reader_named(const char *name)
{
	for (size_t i = 0; i < sizeof readers / sizeof readers[0]; i++)
		if (strcmp(readers[i]->name, name) == 0)
			return readers[i];
	return NULL;
}

void
reader_free_hints(struct reader_hint *hints, size_t count)
{
	for (size_t i = 0; hints && i < count; i++) {
		free(hints[i].number);
		free(hints[i].cells);
	}
	free(hints);
}

bool
reader_link_add(struct reader_link **links, size_t *count, size_t *capacity, const char *text,
		size_t start, size_t end, const char *href)
{
	size_t n;

	while (start < end && (n = utf8_space_at(text + start, end - start)) > 0)
		start += n;
	while (end > start && (n = utf8_space_before(text + start, text + end)) > 0)
		end -= n;
	while (href && (*href == ' ' || *href == '\t' || *href == '\n' || *href == '\r'))
		href++;
	if (start >= end || !href || !*href)
		return true;
	if (!ARRAY_RESERVE(*links, *capacity, *count + 1))
		return false;
	(*links)[*count] = (struct reader_link){ .start = start, .end = end, .href = strdup(href) };
	if (!(*links)[*count].href)
		return false;
	(*count)++;
	return true;
}

void
reader_links_place(const char *text, size_t length, struct reader_link *links, size_t count)
{
	size_t at = 0, line_start = 0;
	size_t counted_at = 0, counted = 0;   /* characters from LINE_START to COUNTED_AT */
	uint32_t line = 1;

	for (size_t i = 0; i < count; i++) {
		struct reader_link *k = &links[i];
		size_t start = k->start < length ? k->start : length, end = k->end < length ? k->end : length;
		const char *nl;

		if (start < at)   /* out of order: placed nowhere */
			start = end = at;
		/* the line ends before it counted, the last found: one pass
		 * where a search for each would take a call a line */
		if (at < start) {
			size_t ends = utf8_count_byte(text + at, start - at, '\n');
			if (ends > 0) {
				line += (uint32_t)ends;
				nl = memrchr(text + at, '\n', start - at);
				line_start = (size_t)(nl - text) + 1;
			}
		}
		at = start;
		nl = end > start ? memchr(text + start, '\n', end - start) : NULL;
		if (nl)
			end = (size_t)(nl - text);
		k->line = line;
		/* counted on from the link before on the same line: a long line
		 * with many links is walked once */
		if (counted_at < line_start) {
			counted_at = line_start;
			counted = 0;
		}
		counted += utf8_count(text + counted_at, start - counted_at);
		counted_at = start;
		k->column = (uint32_t)counted + 1;
		k->length = (uint32_t)utf8_count(text + start, end - start);
	}
}

void
reader_free_links(struct reader_link *links, size_t count)
{
	for (size_t i = 0; links && i < count; i++)
		free(links[i].href);
	free(links);
}

void
reader_text_free_extras(struct reader_text *text)
{
	reader_free_hints(text->hints, text->hint_count);
	text->hints = NULL;
	text->hint_count = 0;
	reader_free_links(text->links, text->link_count);
	text->links = NULL;
	text->link_count = 0;
	free(text->title);
	free(text->author);
	free(text->date);
	text->title = text->author = text->date = NULL;
}
