/* SPDX-License-Identifier: GPL-3.0-or-later */
/* datafile.c - finding baogao's data files.
 *
 * No build directory is compiled in, so that two builds of one commit
 * are the same binary: an uninstalled build finds its data beside the
 * program instead. */
#include <config.h>

#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "datafile.h"

static char *
join(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *path = malloc(n);
	if (path)
		snprintf(path, n, "%s/%s", dir, name);
	return path;
}

/* Puts in BUF (SIZE bytes) the data directory of a build that is not
 * installed: src/baogao's ../data.  Returns false when the program's
 * path is unknown. */
static bool
beside_program(char *buf, size_t size)
{
	static const char data[] = "/../data";
	ssize_t n = readlink("/proc/self/exe", buf, size);
	char *slash;

	if (n <= 0 || (size_t)n >= size)
		return false;
	buf[n] = '\0';
	slash = strrchr(buf, '/');
	if (!slash || (size_t)(slash - buf) + sizeof data > size)
		return false;
	memcpy(slash, data, sizeof data);
	return true;
}

char *
datafile_path(const char *name)
{
	const char *dirs[3];
	size_t count = 0;
	const char *env = getenv("BAOGAO_DATADIR");
	char program_data[PATH_MAX];

	if (env && *env)
		dirs[count++] = env;
	if (beside_program(program_data, sizeof program_data))
		dirs[count++] = program_data;
	dirs[count++] = PKGDATADIR;
	for (size_t i = 0; i < count; i++) {
		char *path = join(dirs[i], name);
		if (!path)
			return NULL;
		if (access(path, R_OK) == 0)
			return path;
		free(path);
	}
	return NULL;
}
