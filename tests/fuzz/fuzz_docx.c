/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_docx.c - the office readers on any input.  The first byte chooses:
 * even, the rest is a whole file for the docx reader (zip damage, bombs);
 * odd, the rest is document.xml, numbering.xml and styles.xml, split at
 * form feeds, packed here into a zip the reader then opens (a fuzzer
 * would hardly find a zip with right checksums by itself). */
#include "fuzz_common.h"

#include <zlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
put16(unsigned char *p, unsigned v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
}

static void
put32(unsigned char *p, unsigned long v)
{
	put16(p, (unsigned)(v & 0xffff));
	put16(p + 2, (unsigned)(v >> 16));
}

/* A zip of the COUNT members NAMES, PARTS (SIZES bytes), stored; malloc'd,
 * *LENGTH bytes. */
static unsigned char *
make_zip(const char *const *names, const uint8_t *const *parts, const size_t *sizes, int count,
	 size_t *length)
{
	size_t total = 22, at = 0, central;
	unsigned long offsets[8];
	unsigned char *zip, *p;

	for (int i = 0; i < count; i++)
		total += 30 + 46 + 2 * strlen(names[i]) + sizes[i];
	zip = calloc(1, total);
	if (!zip)
		return NULL;
	for (int i = 0; i < count; i++) {
		size_t n = strlen(names[i]);
		p = zip + at;
		offsets[i] = at;
		put32(p, 0x04034b50);
		put16(p + 4, 20);
		put32(p + 14, crc32(0, parts[i], (uInt)sizes[i]));
		put32(p + 18, sizes[i]);
		put32(p + 22, sizes[i]);
		put16(p + 26, (unsigned)n);
		memcpy(p + 30, names[i], n);
		memcpy(p + 30 + n, parts[i], sizes[i]);
		at += 30 + n + sizes[i];
	}
	central = at;
	for (int i = 0; i < count; i++) {
		size_t n = strlen(names[i]);
		p = zip + at;
		put32(p, 0x02014b50);
		put16(p + 4, 20);
		put16(p + 6, 20);
		put32(p + 16, crc32(0, parts[i], (uInt)sizes[i]));
		put32(p + 20, sizes[i]);
		put32(p + 24, sizes[i]);
		put16(p + 28, (unsigned)n);
		put32(p + 42, offsets[i]);
		memcpy(p + 46, names[i], n);
		at += 46 + n;
	}
	p = zip + at;
	put32(p, 0x06054b50);
	put16(p + 8, (unsigned)count);
	put16(p + 10, (unsigned)count);
	put32(p + 12, at - central);
	put32(p + 16, central);
	*length = at + 22;
	return zip;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[] = { "word/document.xml", "word/numbering.xml",
					     "word/styles.xml" };
	struct load_options options = { NULL, NULL, true };
	struct load_tuning tuning = { .reader = &reader_docx };
	const uint8_t *parts[3] = { NULL, NULL, NULL };
	size_t sizes[3] = { 0, 0, 0 }, length = 0;
	unsigned char *zip = NULL;
	struct doc *doc = NULL;
	int count = 0;

	fuzz_init();
	if (size < 1)
		return 0;
	if (data[0] & 1) {
		const uint8_t *p = data + 1, *end = data + size;
		while (count < 3) {
			const uint8_t *ff = memchr(p, '\f', (size_t)(end - p));
			parts[count] = p;
			sizes[count] = (size_t)((ff ? ff : end) - p);
			count++;
			if (!ff)
				break;
			p = ff + 1;
		}
		zip = make_zip(names, parts, sizes, count, &length);
		if (!zip)
			return 0;
	}
	if (load_bytes_tuned(zip ? (const char *)zip : (const char *)data + 1,
			     zip ? length : size - 1, "fuzz", &options, &tuning, &doc, NULL) == BG_OK) {
		FUZZ_CHECK(u8_check((const uint8_t *)doc->text, doc->text_length) == NULL);
		{
			struct outline *outline = NULL;
			if (outline_build(doc, &outline) == BG_OK)
				outline_free(outline);
		}
		doc_free(doc);
	}
	free(zip);
	return 0;
}
