/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_html.c - the web page reader on any bytes: directly, then as a page
 * the loader picks it for (the bytes after a doctype). */
#include "fuzz_common.h"

#include "reader.h"
#include "reader_html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char doctype[] = "<!DOCTYPE html>";
	struct reader_input in = { malloc(size + sizeof doctype + 1), size, NULL, 0, NULL, NULL, 0 };
	struct reader_text out;
	struct doc *doc;

	fuzz_init();
	FUZZ_CHECK(in.bytes != NULL);
	memcpy(in.bytes, data, size);
	if (reader_html.read(&in, &out, NULL) == BG_OK) {
		uint32_t lines = 0;
		FUZZ_CHECK(out.length > 0);
		FUZZ_CHECK(u8_check((const uint8_t *)out.buffer + out.start, out.length) == NULL);
		FUZZ_CHECK(memchr(out.buffer + out.start, '\r', out.length) == NULL);
		for (size_t i = 0; i < out.length; i++)
			lines += out.buffer[out.start + i] == '\n';
		for (size_t i = 0; i < out.hint_count; i++) {
			FUZZ_CHECK(out.hints[i].line >= 1 && out.hints[i].line <= lines);
			/* a heading of h1-h6, or a table row with its cells in order
			 * (which a heading inside a cell may make a heading too) */
			FUZZ_CHECK(out.hints[i].heading_level <= 6);
			if (out.hints[i].cell_count == 0) {
				FUZZ_CHECK(out.hints[i].heading_level >= 1);
			} else {
				FUZZ_CHECK(out.hints[i].cells != NULL);
				for (uint32_t k = 0; k < out.hints[i].cell_count; k++)
					FUZZ_CHECK(out.hints[i].cells[k] >= 1 &&
						   (k == 0 || out.hints[i].cells[k] > out.hints[i].cells[k - 1]));
			}
			FUZZ_CHECK(i == 0 || out.hints[i].line > out.hints[i - 1].line);
		}
		for (size_t i = 0; i < out.link_count; i++)
			FUZZ_CHECK(out.links[i].href != NULL && out.links[i].line >= 1 &&
				   out.links[i].column >= 1 && out.links[i].end <= out.length &&
				   (i == 0 || out.links[i].start >= out.links[i - 1].start));
		free(out.buffer);
		reader_text_free_extras(&out);
	}
	in.bytes = malloc(size + sizeof doctype);
	FUZZ_CHECK(in.bytes != NULL);
	memcpy(in.bytes, doctype, sizeof doctype - 1);
	memcpy(in.bytes + sizeof doctype - 1, data, size);
	doc = fuzz_load((const uint8_t *)in.bytes, size + sizeof doctype - 1);
	free(in.bytes);
	if (doc) {
		struct outline *outline = NULL;
		FUZZ_CHECK(outline_build(doc, &outline) == BG_OK);
		outline_free(outline);
		doc_free(doc);
	}
	return 0;
}
