/* SPDX-License-Identifier: GPL-3.0-or-later */
/* defaults.h - options given before the command line, as LESS gives
 * less its own: the config file, $XDG_CONFIG_HOME/baogao/config
 * (~/.config/baogao/config), one long option a line,
 *
 *   # the text 60 columns wide, without Unicode borders
 *   width=60
 *   ascii
 *
 * then the BAOGAO environment variable, words as on a command line
 * (BAOGAO='--width=60 --ascii').  They are read here into words for the
 * one option parser (options.c), which puts them before the command line:
 * the config file, then BAOGAO, then the command line, the last word
 * saying an option winning.  Nothing here parses an option itself. */
#ifndef BAOGAO_DEFAULTS_H
#define BAOGAO_DEFAULTS_H

#include <stddef.h>

#include "status.h"

/* An option as getopt takes it ("--width=60"), and where it was given:
 * SOURCE is the config file's path or "BAOGAO", LINE its line (0 for
 * BAOGAO). */
struct default_word {
	char *word;
	const char *source;
	unsigned line;
};

struct defaults {
	struct default_word *words;     /* the config file's first (owned) */
	size_t count;
	char *config;                   /* the config file's path, or NULL (owned) */
};

#define DEFAULTS_FILE_MAX (64 << 10)    /* a larger config file is refused */

/* Adds the options of a config file's TEXT (LENGTH bytes), named SOURCE
 * (which must outlive D), to D: each line that is not blank and does not
 * start with '#' is one option, "width=60", "width = 60" or "--width=60",
 * its spaces around kept out.  BG_ERR_NOMEM when memory runs out. */
enum bg_status defaults_add_config(struct defaults *d, const char *text, size_t length,
				   const char *source);

/* Adds the words of the BAOGAO variable's VALUE (separated by spaces or
 * tabs; no quoting) to D. */
enum bg_status defaults_add_variable(struct defaults *d, const char *value);

/* The config file's path from the environment: $XDG_CONFIG_HOME/baogao/
 * config when that is absolute, else $HOME/.config/baogao/config; NULL
 * when neither is set.  Owned by the caller. */
char *defaults_config_file(void);

/* Reads the config file (none is fine) and BAOGAO into D (empty before).
 * BG_ERR_READ, with why in ERR, when the file D->config exists but
 * cannot be read or is larger than DEFAULTS_FILE_MAX. */
enum bg_status defaults_read(struct defaults *d, struct bg_error *err);

void defaults_free(struct defaults *d);

#endif
