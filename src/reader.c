/* SPDX-License-Identifier: GPL-3.0-or-later */
/* reader.c - the table of readers, and the choice among them. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "reader.h"
#include "reader_html.h"

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

void
reader_text_free_extras(struct reader_text *text)
{
	reader_free_hints(text->hints, text->hint_count);
	text->hints = NULL;
	text->hint_count = 0;
	free(text->title);
	free(text->author);
	free(text->date);
	text->title = text->author = text->date = NULL;
}
