/* SPDX-License-Identifier: GPL-3.0-or-later */
/* frame.c - a line on a file descriptor after each complete frame, for
 * the screen tests (tests/screen/screen.sh).  The terminal shows a frame
 * while it is being written; only the program knows when it is whole. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "ui/frame.h"

#define FRAME_UNREAD (-2)
#define FRAME_OFF (-1)

static int frame_fd = FRAME_UNREAD;
static unsigned long frame_count;

/* The descriptor named by BAOGAO_FRAME_FD, or FRAME_OFF.  0, 1 and 2 are
 * refused: a number there would garble the keys, the screen or the
 * messages. */
static int
frame_fd_from_environment(void)
{
	const char *value = getenv("BAOGAO_FRAME_FD");
	char *end;
	long fd;

	if (!value || !*value)
		return FRAME_OFF;
	errno = 0;
	fd = strtol(value, &end, 10);
	if (errno || *end || fd < 3 || fd > INT_MAX || fcntl((int)fd, F_GETFD) == -1)
		return FRAME_OFF;
	return (int)fd;
}

void
frame_done(void)
{
	char line[32];
	int length;

	if (frame_fd == FRAME_OFF)
		return;
	if (frame_fd == FRAME_UNREAD) {
		frame_fd = frame_fd_from_environment();
		if (frame_fd == FRAME_OFF)
			return;
	}
	length = snprintf(line, sizeof line, "%lu\n", ++frame_count);
	while (write(frame_fd, line, (size_t)length) < 0)
		if (errno != EINTR) {
			frame_fd = FRAME_OFF;   /* the reader has gone: stop */
			return;
		}
}
