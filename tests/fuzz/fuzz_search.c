/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_search.c - query parsing, folding and matching on any input: the
 * first line is the query, the rest the document.  A query starting with
 * ~ is a regular expression, with ^ a pinyin search, with = one without
 * folding traditional and simplified forms. */
#include "fuzz_common.h"
#include "search.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size);
	size_t qlen = nl ? (size_t)(nl - data) : size;
	char *terms;
	struct search_query *query = NULL;
	struct doc *doc;
	struct outline *outline = NULL;
	struct match_list matches = { NULL, 0 }, two = { NULL, 0 };
	unsigned flags = qlen == 0 ? 0 : data[0] == '~' ? SEARCH_REGEX
				      : data[0] == '^' ? SEARCH_PINYIN
				      : data[0] == '=' ? SEARCH_NO_VARIANT_FOLD
						       : 0;
	size_t skip = flags ? 1 : 0;

	fuzz_init();
	if (qlen > 256)
		return 0;
	terms = strndup((const char *)data + skip, qlen - skip);
	if (!terms)
		return 0;
	if (search_compile_with(terms, flags, &query, NULL) != BG_OK) {
		free(terms);
		return 0;
	}
	doc = nl ? fuzz_load(nl + 1, size - qlen - 1) : NULL;
	if (doc) {
		FUZZ_CHECK(outline_build(doc, &outline) == BG_OK);
		FUZZ_CHECK(search_run(query, doc, outline, &matches) == BG_OK);
		for (size_t i = 0; i < matches.count; i++) {
			const struct match *m = &matches.items[i];
			FUZZ_CHECK(m->offset + m->length <= doc->text_length);
			FUZZ_CHECK(i == 0 || m->offset >= matches.items[i - 1].offset);
			FUZZ_CHECK(m->section != NULL && m->line >= 1);
		}
		/* Two threads on however small a text: the same matches. */
		search_set_split_min(query, 1);
		FUZZ_CHECK(search_run(query, doc, outline, &two) == BG_OK);
		FUZZ_CHECK(two.count == matches.count);
		for (size_t i = 0; i < two.count; i++)
			FUZZ_CHECK(two.items[i].offset == matches.items[i].offset &&
				   two.items[i].length == matches.items[i].length);
		search_free(&two);
		search_free(&matches);
		outline_free(outline);
		doc_free(doc);
	}
	search_query_free(query);
	free(terms);
	return 0;
}
