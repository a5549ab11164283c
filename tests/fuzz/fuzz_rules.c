/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_rules.c - noise rules compiled and applied with their limits on:
 * the input up to the first form feed is a rules file, the rest the
 * report they clean.  A rule may be refused, or stop the load as too
 * costly; it may never crash, hang or leave the document inconsistent. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *ff = memchr(data, '\f', size);
	size_t rules_length = ff ? (size_t)(ff - data) : size;
	struct noise_rules *rules = NULL;
	struct load_options options = { NULL, NULL, true, 0 };
	struct doc *doc = NULL;
	char *text;

	fuzz_init();
	if (rules_length > 4096)
		return 0;
	text = strndup((const char *)data, rules_length);
	if (!text)
		return 0;
	if (noise_rules_parse(&rules, text, NULL) != BG_OK) {
		/* The rules read before the bad one stay, to be freed. */
		noise_rules_free(rules);
		free(text);
		return 0;
	}
	options.rules = rules;
	if (ff && load_bytes((const char *)ff + 1, size - rules_length - 1, "fuzz", &options, &doc,
			     NULL) == BG_OK) {
		FUZZ_CHECK(doc->text[doc->text_length] == '\0');
		FUZZ_CHECK(u8_check((const uint8_t *)doc->text, doc->text_length) == NULL);
		for (size_t i = 0; i < doc->paragraph_count; i++)
			FUZZ_CHECK(doc->paragraphs[i].offset + doc->paragraphs[i].length <= doc->text_length);
		doc_free(doc);
	}
	noise_rules_free(rules);
	free(text);
	return 0;
}
