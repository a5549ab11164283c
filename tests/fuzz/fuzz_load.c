/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_load.c - the loader and cleaner on any bytes, with one thread and
 * with every thread on. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct doc *doc = fuzz_load(data, size);

	/* The threaded paths give the same document. */
	fuzz_check_threaded(data, size, doc);
	if (doc) {
		for (size_t i = 0; i < doc->paragraph_count; i++) {
			uint32_t line, column;
			doc_locate(doc, doc->paragraphs[i].offset, &line, &column);
			FUZZ_CHECK(line == doc->paragraphs[i].line && column >= 1);
			FUZZ_CHECK(doc_paragraph_at(doc, doc->paragraphs[i].offset) == i);
		}
		doc_free(doc);
	}
	return 0;
}
