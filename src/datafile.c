/* datafile.c - finding baogao's data files. */
#include <config.h>

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

char *
datafile_path(const char *name)
{
	const char *dirs[3];
	size_t count = 0;
	const char *env = getenv("BAOGAO_DATADIR");

	if (env && *env)
		dirs[count++] = env;
	dirs[count++] = PKGDATADIR;
	dirs[count++] = SRCDATADIR;
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
