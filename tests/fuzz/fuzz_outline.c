/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_outline.c - the outline builder on any document. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct doc *doc = fuzz_load(data, size);
	struct outline *outline = NULL;

	if (!doc)
		return 0;
	FUZZ_CHECK(outline_build(doc, &outline) == BG_OK);
	for (size_t i = 0; i < outline->count; i++) {
		const struct outline_node *n = outline->nodes[i];
		const struct outline_node *path[64];
		FUZZ_CHECK(n->index == i);
		FUZZ_CHECK(n->depth == n->parent->depth + 1);
		FUZZ_CHECK(n->offset < n->end && n->end <= doc->text_length);
		FUZZ_CHECK(n->end <= n->parent->end);
		FUZZ_CHECK(i == 0 || n->offset >= outline->nodes[i - 1]->offset);
		FUZZ_CHECK(u8_check((const uint8_t *)n->title, strlen(n->title)) == NULL);
		FUZZ_CHECK(outline_section_at(outline, n->offset) == n || n->offset == outline_section_at(outline, n->offset)->offset);
		FUZZ_CHECK(outline_path(n, path, 64) == (size_t)(n->depth < 64 ? n->depth : 64));
	}
	for (size_t off = 0; off < doc->text_length; off += 1 + doc->text_length / 64) {
		const struct outline_node *s = outline_section_at(outline, off);
		FUZZ_CHECK(s == &outline->root || (s->offset <= off && off < s->end));
	}
	outline_free(outline);
	doc_free(doc);
	return 0;
}
