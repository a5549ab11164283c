/* reader.c - the table of readers, and the choice among them. */
#include <config.h>

#include <stdlib.h>

#include "reader.h"

/* Readers of other formats go after the text reader. */
static const struct reader *const readers[] = {
	&reader_text,
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

void
reader_free_hints(struct reader_hint *hints, size_t count)
{
	for (size_t i = 0; hints && i < count; i++)
		free(hints[i].number);
	free(hints);
}
