/* SPDX-License-Identifier: GPL-3.0-or-later */
/* batch.h - the batch modes over several reports: the files named and the
 * supported files in the directories named, loaded in parallel and
 * printed in order, each row with its file.  Never calls curses. */
#ifndef BAOGAO_BATCH_H
#define BAOGAO_BATCH_H

#include <stdbool.h>
#include <stddef.h>

#include "options.h"
#include "report.h"

/* Whether O asks for several reports: more than one FILE, or a directory. */
bool batch_wanted(const struct options *o);

/* The files OPERANDS (COUNT of them) stand for, in *FILES (malloc'd, as
 * their strings, which the caller frees with batch_files_free): a file as
 * named, a directory as its supported files (a report by its content, as
 * the loader tells them: text, Word, ODT, HTML, PDF), hidden ones left
 * out, names in byte order, and with RECURSIVE the directories in it too.
 * Says on standard error why a directory could not be read, and then sets
 * *FAILED. */
void batch_files(char *const *operands, size_t count, bool recursive, char ***files,
		 size_t *file_count, bool *failed);
void batch_files_free(char **files, size_t count);

/* Runs MODE (outline, figures, search, list) of O on every file OPERANDS
 * (COUNT of them) stand for, each opened with BASE (its path set per
 * file), which must ask for the figures with --list; loads them in as
 * many threads as there are processors, a few reports ahead of the one
 * being printed (as many as there are threads when their files are
 * large), and prints in the files' order.
 * The files of a directory are those batch_files gives, each looked at
 * in the job that loads it rather than while the directory is read.
 * Returns the exit status, as grep's: 2 when a file could not be read or
 * writing failed; else for --search 0 when a report matched, 1 when none
 * did; else 0. */
int batch_run(const struct options *o, enum mode mode, const struct report_options *base,
	      char *const *operands, size_t count);

#endif
