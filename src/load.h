/* SPDX-License-Identifier: GPL-3.0-or-later */
/* load.h - a file to a struct doc: reading, decoding, line ends, reflow,
 * noise, metadata. */
#ifndef BAOGAO_LOAD_H
#define BAOGAO_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "clean.h"
#include "doc.h"
#include "reader.h"
#include "status.h"

struct load_options {
	const char *encoding;          /* NULL: detect (valid UTF-8 wins, else GB18030) */
	const struct noise_rules *rules; /* NULL or --raw: keep everything */
	bool reflow;                   /* join hard-wrapped lines (default true) */
	size_t max_size;               /* refuse larger files (0: READ_MAX_SIZE, 1 GiB) */
};

/* How a file is loaded, where tests and fuzzers need a say: zero fields
 * (or no struct at all) are the defaults.  (Apart from load_options, whose
 * callers fill it in by position.) */
struct load_tuning {
	const struct reader *reader;   /* NULL: the reader the content asks for */
	/* Sizes from which the work is shared with a second thread (0: the
	 * defaults, 8 MiB and 4 MiB), so that tests can have it on small
	 * files: a file read in two halves at once, and text checked beside
	 * its line splitting. */
	size_t read_halves_min;
	size_t check_beside_min;
	/* When not NULL, asked whether the text a reader made of the file
	 * (N bytes of UTF-8, before escapes, Markdown, lines and paragraphs)
	 * is worth a document: when it says no, loading stops there, with
	 * BG_OK and *OUT NULL.  Not asked when the reader has a warning. */
	bool (*worth)(void *arg, const char *text, size_t n);
	void *worth_arg;
	/* Leave the metadata (title, issuer, date, sign-off) unfound: for
	 * a count of matches, which names none of it and whose matches do
	 * not depend on it. */
	bool no_metadata;
};

/* Reads PATH ("-" for standard input) and builds a document.  On success
 * *OUT is a new doc the caller frees with doc_free().  On failure returns
 * the status, with ERR's detail saying more; *OUT is NULL. */
enum bg_status load_file(const char *path, const struct load_options *options,
			 struct doc **out, struct bg_error *err);

/* The same for BYTES of length SIZE already in memory (not modified);
 * NAME is used for messages. */
enum bg_status load_bytes(const char *bytes, size_t size, const char *name,
			  const struct load_options *options, struct doc **out,
			  struct bg_error *err);

/* load_file and load_bytes with TUNING (may be NULL; its worth may leave
 * *OUT NULL with BG_OK). */
enum bg_status load_file_tuned(const char *path, const struct load_options *options,
			       const struct load_tuning *tuning, struct doc **out,
			       struct bg_error *err);
enum bg_status load_bytes_tuned(const char *bytes, size_t size, const char *name,
				const struct load_options *options,
				const struct load_tuning *tuning, struct doc **out,
				struct bg_error *err);

/* Reads at most the first MAX bytes of the file PATH, up to its last line
 * break, and builds a document of them that is marked partial: it has no
 * sign-off, and no tail noise is removed, as the end of the report is not
 * there.  For showing the start of a large report at once. */
enum bg_status load_file_head(const char *path, const struct load_options *options, size_t max,
			      struct doc **out, struct bg_error *err);

#endif
