/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_figures.c - the figures extractor on any document. */
#include "fuzz_common.h"
#include "figures.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct unit_table *units;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct doc *doc;
	struct outline *outline = NULL;
	struct figure_list figures = { NULL, 0 }, two = { NULL, 0 };

	if (!units && figures_load_units(FUZZ_UNITS, &units, NULL) != BG_OK)
		abort();
	doc = fuzz_load(data, size);
	if (!doc)
		return 0;
	FUZZ_CHECK(outline_build(doc, &outline) == BG_OK);
	FUZZ_CHECK(figures_extract(doc, outline, units, (1u << FIGURE_KIND_COUNT) - 1, 0, &figures) == BG_OK);
	for (size_t i = 0; i < figures.count; i++) {
		const struct figure *f = &figures.items[i];
		FUZZ_CHECK(f->length > 0 && f->offset + f->length <= doc->text_length);
		FUZZ_CHECK(u8_check((const uint8_t *)doc->text + f->offset, f->length) == NULL);
		FUZZ_CHECK(i == 0 || f->offset >= figures.items[i - 1].offset);
		FUZZ_CHECK(f->section != NULL);
		FUZZ_CHECK(f->line >= 1 && f->column >= 1);
	}
	/* Two threads on however small a text: the same figures. */
	FUZZ_CHECK(figures_extract(doc, outline, units, (1u << FIGURE_KIND_COUNT) - 1, 1, &two) == BG_OK);
	FUZZ_CHECK(two.count == figures.count);
	for (size_t i = 0; i < two.count; i++)
		FUZZ_CHECK(two.items[i].offset == figures.items[i].offset &&
			   two.items[i].length == figures.items[i].length &&
			   two.items[i].kind == figures.items[i].kind);
	figures_free(&two);
	figures_free(&figures);
	outline_free(outline);
	doc_free(doc);
	return 0;
}
