/* read.h - a file's bytes into memory: all of them, or the first so many. */
#ifndef BAOGAO_READ_H
#define BAOGAO_READ_H

#include <stddef.h>

#include "status.h"

/* Reads the file PATH ("-" for standard input), at most LIMIT bytes of it
 * (SIZE_MAX: all), into a malloc'd block with room for two bytes more
 * after them, which the caller owns: *BYTES, *SIZE bytes.  A regular file
 * of HALVES_MIN bytes or more is read in two halves at once (0: the
 * default, 8 MiB).  Errors: BG_ERR_OPEN, BG_ERR_ISDIR, BG_ERR_TTY,
 * BG_ERR_NOTFILE, BG_ERR_READ, BG_ERR_TOO_BIG, BG_ERR_NOMEM, with ERR's
 * detail; *BYTES is then NULL. */
enum bg_status read_file(const char *path, size_t limit, size_t halves_min, char **bytes,
			 size_t *size, struct bg_error *err);

#endif
