/* SPDX-License-Identifier: GPL-3.0-or-later */
/* read.h - a file's bytes into memory: all of them, or the first so many. */
#ifndef BAOGAO_READ_H
#define BAOGAO_READ_H

#include <stdbool.h>
#include <stddef.h>

#include "status.h"

/* What a read refuses before it has read everything: a file (a device, a
 * pipe) larger than MAX_SIZE bytes (0: READ_MAX_SIZE), and bytes that
 * CHECK (may be NULL) says are not worth reading on: it is given the
 * file's first READ_CHUNK bytes (or all, if fewer) before anything else
 * is read, and each later chunk read from a pipe or device, and returns
 * BG_OK or the status to fail with (BG_ERR_BINARY: NUL bytes in text). */
struct read_guard {
	size_t max_size;
	enum bg_status (*check)(void *arg, const char *chunk, size_t n, bool first);
	void *arg;
};

enum { READ_CHUNK = 65536 };
#define READ_MAX_SIZE ((size_t)1 << 30)

/* Reads the file PATH ("-" for standard input), at most LIMIT bytes of it
 * (SIZE_MAX: all), into a malloc'd block with room for two bytes more
 * after them, which the caller owns: *BYTES, *SIZE bytes.  A regular file
 * of HALVES_MIN bytes or more is read in two halves at once (0: the
 * default, 8 MiB).  GUARD (may be NULL: the default size limit) says what
 * to refuse early.  Errors: BG_ERR_OPEN, BG_ERR_ISDIR, BG_ERR_TTY,
 * BG_ERR_NOTFILE, BG_ERR_READ, BG_ERR_TOO_BIG, BG_ERR_NOMEM, or what the
 * guard's check says, with ERR's detail; *BYTES is then NULL. */
enum bg_status read_file(const char *path, size_t limit, size_t halves_min,
			 const struct read_guard *guard, char **bytes, size_t *size,
			 struct bg_error *err);

#endif
