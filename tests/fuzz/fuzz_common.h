/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_common.h - shared by the libFuzzer targets: load a document from
 * fuzzer bytes with the default noise rules, and check the model's own
 * invariants (a violation aborts, which the fuzzer reports). */
#ifndef BAOGAO_FUZZ_COMMON_H
#define BAOGAO_FUZZ_COMMON_H

#include <config.h>

#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <unistr.h>

#include "clean.h"
#include "doc.h"
#include "load.h"
#include "outline.h"

#define FUZZ_CHECK(cond) do { if (!(cond)) { fprintf(stderr, "check failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); abort(); } } while (0)

static struct noise_rules *fuzz_rules;

static void
fuzz_init(void)
{
	static const char rules[] =
		"marker ##paidbegin##\nmarker ##paidend##\n"
		"tail 【[^】]{0,24}(素材库|代笔)】\ntail (添加|联系)?客服[：:]\n"
		"edge ^[[:space:]]*(下载|打印|收藏)+$\nhead (记者|摄影)[^。]{0,20}[[:space:]]摄$\n";
	if (fuzz_rules)
		return;
	setlocale(LC_ALL, "C.UTF-8");
	if (noise_rules_parse(&fuzz_rules, rules, NULL) != BG_OK)
		abort();
}

/* Loads DATA; NULL when the loader refused it (which is fine). */
static struct doc *
fuzz_load(const uint8_t *data, size_t size)
{
	struct load_options options = { NULL, fuzz_rules, true, 0 };
	struct doc *doc = NULL;
	enum bg_status st;

	fuzz_init();
	st = load_bytes((const char *)data, size, "fuzz", &options, &doc, NULL);
	if (st != BG_OK) {
		FUZZ_CHECK(doc == NULL);
		return NULL;
	}
	/* The document's own promises. */
	FUZZ_CHECK(doc->text[doc->text_length] == '\0');
	FUZZ_CHECK(u8_check((const uint8_t *)doc->text, doc->text_length) == NULL);
	FUZZ_CHECK(doc->paragraph_count > 0);
	for (size_t i = 0; i < doc->paragraph_count; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		FUZZ_CHECK(p->length > 0);
		FUZZ_CHECK(p->offset + p->length < doc->text_length + 1);
		FUZZ_CHECK(doc->text[p->offset + p->length] == '\n');
		FUZZ_CHECK(i == 0 || p->offset > doc->paragraphs[i - 1].offset);
		FUZZ_CHECK(p->span_count == 0 || p->span_first + p->span_count <= doc->span_count);
		FUZZ_CHECK(doc_span_of(doc, p, 0).offset == p->offset);
		FUZZ_CHECK(p->line >= 1 && p->line <= doc->line_count);
	}
	for (size_t i = 1; i < doc->span_count; i++)
		FUZZ_CHECK(doc->spans[i].offset >= doc->spans[i - 1].offset);
	return doc;
}

/* Loads DATA as load_file does with every thread on, however small the
 * input (read in two halves, checked beside the line splitting), from a
 * memory file; NULL when the loader refused it or the file could not be
 * made. */
static struct doc *
fuzz_load_threaded(const uint8_t *data, size_t size)
{
	struct load_options options = { NULL, fuzz_rules, true, 0 };
	struct load_tuning tuning = { NULL, 1, 1, NULL, NULL, false };
	struct doc *doc = NULL;
	char path[64];
	int fd = memfd_create("fuzz", 0);

	if (fd < 0)
		return NULL;
	if (size > 0 && write(fd, data, size) != (ssize_t)size) {
		close(fd);
		return NULL;
	}
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	if (load_file_tuned(path, &options, &tuning, &doc, NULL) != BG_OK)
		doc = NULL;
	close(fd);
	return doc;
}

/* Checks that the threaded load of DATA gives the document A (the one
 * thread's load of it, or NULL when that was refused). */
static void
fuzz_check_threaded(const uint8_t *data, size_t size, const struct doc *a)
{
	struct doc *b = fuzz_load_threaded(data, size);

	if (!b)
		return;
	FUZZ_CHECK(a != NULL);
	FUZZ_CHECK(a->text_length == b->text_length);
	FUZZ_CHECK(memcmp(a->text, b->text, a->text_length) == 0);
	FUZZ_CHECK(a->paragraph_count == b->paragraph_count);
	FUZZ_CHECK(a->span_count == b->span_count);
	doc_free(b);
}

#endif
