/* SPDX-License-Identifier: GPL-3.0-or-later */
/* columns.c - for the screen tests: reads captured screen rows and prints,
 * for each, the display column (0-based) where MARK first stands, or -1,
 * and the display width of the row, measured with the same function the
 * panes are drawn with. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"

int
main(int argc, char **argv)
{
	char *line = NULL;
	size_t size = 0;
	ssize_t n;

	if (argc != 2) {
		fprintf(stderr, "usage: columns MARK < rows\n");
		return 2;
	}
	while ((n = getline(&line, &size, stdin)) >= 0) {
		char *at;

		if (n > 0 && line[n - 1] == '\n')
			line[--n] = '\0';
		at = strstr(line, argv[1]);
		printf("%d %d\n", at ? layout_width(line, (size_t)(at - line)) : -1,
		       layout_width(line, (size_t)n));
	}
	free(line);
	return 0;
}
