/* SPDX-License-Identifier: GPL-3.0-or-later */
/* datafile.h - finding baogao's data files (sample, noise.rules, units). */
#ifndef BAOGAO_DATAFILE_H
#define BAOGAO_DATAFILE_H

/* Returns a malloc'd path to data file NAME: from $BAOGAO_DATADIR, else
 * ../data beside the program (a build that is not installed), else the
 * installed pkgdatadir.  NULL when none holds it. */
char *datafile_path(const char *name);

#endif
