/* load.h - bytes to a struct doc: encodings, line ends, reflow, noise. */
#ifndef BAOGAO_LOAD_H
#define BAOGAO_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "clean.h"
#include "doc.h"
#include "status.h"

struct load_options {
	const char *encoding;          /* NULL: detect (valid UTF-8 wins, else GB18030) */
	const struct noise_rules *rules; /* NULL or --raw: keep everything */
	bool reflow;                   /* join hard-wrapped lines (default true) */
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

/* Reads at most the first MAX bytes of the file PATH, up to its last line
 * break, and builds a document of them that is marked partial: it has no
 * sign-off, and no tail noise is removed, as the end of the report is not
 * there.  For showing the start of a large report at once. */
enum bg_status load_file_head(const char *path, const struct load_options *options, size_t max,
			      struct doc **out, struct bg_error *err);

/* Decodes BYTES to UTF-8.  Sets *ENCODING to "UTF-8" or "GB18030".  On
 * success *OUT is malloc'd (NUL-terminated, *OUT_LENGTH bytes without the
 * NUL).  FORCED names an encoding to use instead of detecting one. */
enum bg_status load_decode(const char *bytes, size_t size, const char *forced,
			   char **out, size_t *out_length, const char **encoding,
			   struct bg_error *err);

#endif
