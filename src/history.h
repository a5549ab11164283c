/* SPDX-License-Identifier: GPL-3.0-or-later */
/* history.h - where each report was left: the reading position and the
 * marks, kept per file between runs in one state file,
 * $XDG_STATE_HOME/baogao/history (~/.local/state/baogao/history).
 *
 * A report is known by its absolute path, its size and its modification
 * time (to the nanosecond): cheap (nothing is read), and a file that was
 * changed since -- a new size or mtime -- is not taken for the one that
 * was read.  (A hash of its first and last 64 KiB would also know a
 * copied or moved file, at the cost of reading it twice.)  Places are
 * source lines and columns, which the same file gives whatever the
 * options (--raw, --no-reflow) that shape the text.
 *
 * The file, the oldest entry first, at most HISTORY_ENTRIES of them:
 *
 *   baogao-history 1
 *   4471 1764979200.123456789 14:1 a14:1,B5:3 /home/me/2023%20summary.txt
 *
 * size, mtime, the reading position, the marks ("-" for none: a letter
 * and its place each) and the path, with %XX for a space, a control, a
 * '%' and DEL.  Nothing here touches a terminal. */
#ifndef BAOGAO_HISTORY_H
#define BAOGAO_HISTORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "status.h"

#define HISTORY_VERSION 1
#define HISTORY_ENTRIES 500     /* the oldest go beyond this */
#define HISTORY_LINE_MAX 8192   /* a longer line: the file is corrupt */
#define HISTORY_FILE_MAX (4 << 20)      /* a larger file is not read */
#define HISTORY_MARKS 52        /* a-z, then A-Z */

/* A place in the source; line 0: none. */
struct history_place {
	uint32_t line, column;
};

struct history_entry {
	char *path;             /* absolute (owned) */
	uint64_t size;
	int64_t mtime_sec;
	uint32_t mtime_nsec;
	struct history_place position;
	struct history_place marks[HISTORY_MARKS];
};

struct history {
	struct history_entry *entries;  /* the oldest first */
	size_t count;
};

/* Reads the state file's TEXT (LENGTH bytes) into H (empty before; freed
 * with history_free, also on failure).  BG_ERR_STATE with the line and
 * what is wrong when it is not one (a truncated or overlong line, a bad
 * field); BG_ERR_STATE_NEWER when a later version wrote it. */
enum bg_status history_parse(const char *text, size_t length, struct history *h,
			     struct bg_error *err);

/* The state file's text for H (owned by the caller, NUL-terminated,
 * *LENGTH bytes); NULL when out of memory. */
char *history_format(const struct history *h, size_t *length);

/* The entry of H for the file KEY names (path, size and mtime all the
 * same), or NULL. */
const struct history_entry *history_find(const struct history *h,
					 const struct history_entry *key);

/* Puts a copy of ENTRY in H as its newest entry, in place of one for the
 * same path; the oldest go when there are more than HISTORY_ENTRIES. */
enum bg_status history_put(struct history *h, const struct history_entry *entry);

/* Fills KEY (its path owned; places cleared) for FILE as it is now:
 * BG_ERR_OPEN when it cannot be found or is not a regular file. */
enum bg_status history_key(const char *file, struct history_entry *key, struct bg_error *err);

/* The path of the state file NAME ("history", "searches") from the
 * environment: $XDG_STATE_HOME/baogao/NAME when the variable is
 * absolute, else $HOME/.local/state/baogao/NAME.  Owned by the caller;
 * NULL when neither is set (or out of memory). */
char *history_state_file(const char *name);

/* The state file's path from the environment ($XDG_STATE_HOME when it
 * is absolute, else $HOME/.local/state), owned by the caller; NULL when
 * neither is set. */
char *history_file(void);

/* Reads the state file PATH into H (empty before): an empty history when
 * there is none yet; BG_ERR_READ when it cannot be read, or the errors of
 * history_parse. */
enum bg_status history_read(const char *path, struct history *h, struct bg_error *err);

/* Writes H to PATH, making its directory (mode 0700) when needed: into a
 * new temporary file beside it, renamed over PATH once complete, so that
 * a reader -- or another baogao closing at the same moment -- sees the
 * old file or the new one, never a mix. */
enum bg_status history_write(const char *path, const struct history *h, struct bg_error *err);

/* Reads the state file PATH, at most MAX bytes, into *TEXT (owned by
 * the caller, NUL-terminated, *LENGTH bytes).  No file: BG_OK with *TEXT
 * NULL.  BG_ERR_READ when it cannot be read or is no regular file,
 * BG_ERR_STATE when it is larger than MAX. */
enum bg_status history_read_text(const char *path, size_t max, char **text, size_t *length,
				 struct bg_error *err);

/* Writes TEXT (LENGTH bytes) to the state file PATH as history_write
 * does: its directory made (0700), a temporary file beside it renamed
 * over PATH once complete. */
enum bg_status history_write_text(const char *path, const char *text, size_t length,
				  struct bg_error *err);

void history_entry_free(struct history_entry *entry);
void history_free(struct history *h);

#endif
