/* SPDX-License-Identifier: GPL-3.0-or-later */
/* searches.h - the searches typed before, which Up and Down recall in
 * the browser's search prompt, kept between runs in a state file beside
 * the history of reading positions: $XDG_STATE_HOME/baogao/searches
 * (~/.local/state/baogao/searches).
 *
 * The file, the oldest search first, at most SEARCHES_MAX of them:
 *
 *   baogao-searches 1
 *   普法
 *   依法行政 "公共法律服务"
 *
 * one search a line, as typed (valid UTF-8), with %XX for a control
 * character, a '%' and DEL.  Nothing here touches a terminal. */
#ifndef BAOGAO_SEARCHES_H
#define BAOGAO_SEARCHES_H

#include <stddef.h>

#include "status.h"

#define SEARCHES_VERSION 1
#define SEARCHES_MAX 100          /* the oldest go beyond this */
#define SEARCHES_LENGTH 255       /* bytes of a search at most (the prompt's) */
#define SEARCHES_FILE_MAX (1 << 20)     /* a larger file is not read */

struct searches {
	char **items;           /* the oldest first (owned) */
	size_t count;
};

/* Reads the state file's TEXT (LENGTH bytes) into S (empty before; freed
 * with searches_free, also on failure).  BG_ERR_STATE with the line and
 * what is wrong when it is not one (no header, a line cut short, too
 * long, empty, not UTF-8, a bad %XX); BG_ERR_STATE_NEWER when a later
 * version wrote it. */
enum bg_status searches_parse(const char *text, size_t length, struct searches *s,
			      struct bg_error *err);

/* The state file's text for S (owned by the caller, NUL-terminated,
 * *LENGTH bytes); NULL when out of memory. */
char *searches_format(const struct searches *s, size_t *length);

/* Makes SEARCH the newest of S (moved there when S has it already); the
 * oldest go when there are more than SEARCHES_MAX.  An empty search, or
 * one longer than SEARCHES_LENGTH or not UTF-8, is not kept (BG_OK). */
enum bg_status searches_add(struct searches *s, const char *search);

/* Reads the state file PATH into S (empty before): empty when there is
 * none yet; BG_ERR_READ when it cannot be read, or the errors of
 * searches_parse. */
enum bg_status searches_read(const char *path, struct searches *s, struct bg_error *err);

/* Writes S to PATH through a temporary file renamed over it (see
 * history_write_text). */
enum bg_status searches_write(const char *path, const struct searches *s, struct bg_error *err);

void searches_free(struct searches *s);

#endif
