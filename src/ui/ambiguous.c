/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ambiguous.c - East Asian Ambiguous characters (“ ” ‘ ’ · — … § ① │ ▸)
 * on terminals that draw them two columns wide (PuTTY, iTerm2, xterm
 * -cjk_width).  No locale says how a terminal draws them: --ambiguous
 * says it, or asks the terminal (auto). */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

#include "layout.h"
#include "ui/ui.h"

/* How the screen stays right when the terminal draws them wide.
 *
 * ncurses keeps a model of the screen and moves its cursor by the width
 * wcwidth() gives each character: 1 for “ in every UTF-8 locale.  If the
 * terminal then draws “ two columns wide, every character after it on
 * the row lands one column right of where ncurses believes it is, and
 * the pane borders drift.  Moving the cursor after each such character
 * (wmove) does not help: ncurses sends no cursor motion for cells it
 * believes are adjacent.  Replacing the characters by others changes
 * the text, and most have no wide twin (○ ■ α ℃ ①).
 *
 * So the C library's wcwidth is replaced, for this program only: the
 * definition below takes precedence over the C library's for every
 * caller in the process, ncurses included (ELF symbol interposition:
 * libncursesw calls wcwidth through the dynamic linker, which finds the
 * executable's definition first).  With --ambiguous=wide it says 2 for
 * the characters layout_is_ambiguous names, exactly as layout_char_width
 * counts them, so baogao's layout, ncurses' model and the terminal agree
 * on every column; otherwise it says what the C library says.  The
 * C library's own answer comes from wcswidth, which glibc computes
 * without calling wcwidth.  The border and marker glyphs are ASCII in
 * wide mode (glyphs_init), so a pane edge never takes two columns. */
int
wcwidth(wchar_t c)
{
	int w = wcswidth(&c, 1);

	if (w == 1 && layout_ambiguous_wide() && layout_is_ambiguous((uint32_t)c))
		return 2;
	return w;
}

/* Milliseconds left until DEADLINE (CLOCK_MONOTONIC), at least 0. */
static int
left_until(const struct timespec *deadline)
{
	struct timespec now;
	long ms;

	clock_gettime(CLOCK_MONOTONIC, &now);
	ms = (deadline->tv_sec - now.tv_sec) * 1000 + (deadline->tv_nsec - now.tv_nsec) / 1000000;
	return ms < 0 ? 0 : (int)ms;
}

/* The column of a cursor position report ("\033[12;3R") at the end of
 * the LENGTH bytes of REPLY, or 0 when there is none. */
static int
reported_column(const char *reply, size_t length)
{
	int row, column;
	char end;

	for (size_t i = length; i-- > 0;)
		if (reply[i] == '\033') {
			char copy[32];
			size_t n = length - i < sizeof copy - 1 ? length - i : sizeof copy - 1;

			memcpy(copy, reply + i, n);
			copy[n] = '\0';
			if (sscanf(copy, "\033[%d;%d%c", &row, &column, &end) == 3 && end == 'R')
				return column;
			return 0;
		}
	return 0;
}

int
ambiguous_probe_column(int fd, const char *probe, int timeout_ms)
{
	struct termios saved, raw;
	struct timespec deadline;
	char reply[64];
	size_t length = 0;
	int column = 0;

	if (tcgetattr(fd, &saved) != 0)
		return 0;
	raw = saved;
	/* no echo of the answer; and no signal from a key meanwhile, which
	 * would end the program with the terminal in this mode */
	raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO | ISIG);
	raw.c_cc[VMIN] = 0;
	raw.c_cc[VTIME] = 0;
	if (tcsetattr(fd, TCSANOW, &raw) != 0)
		return 0;
	clock_gettime(CLOCK_MONOTONIC, &deadline);
	deadline.tv_nsec += (long)timeout_ms * 1000000;
	deadline.tv_sec += deadline.tv_nsec / 1000000000;
	deadline.tv_nsec %= 1000000000;
	{
		/* from the first column: the probe, then "where is the cursor?" */
		char ask[64];
		int n = snprintf(ask, sizeof ask, "\r%s\033[6n", probe);

		if (n > 0 && (size_t)n < sizeof ask && write(fd, ask, (size_t)n) == n) {
			/* keys typed before the answer come first: read on
			 * until a whole answer ends what was read */
			while (length < sizeof reply && reported_column(reply, length) == 0) {
				struct pollfd p = { fd, POLLIN, 0 };
				int ready = poll(&p, 1, left_until(&deadline));
				ssize_t got;

				if (ready < 0 && errno == EINTR)
					continue;
				if (ready <= 0)
					break;
				got = read(fd, reply + length, sizeof reply - length);
				if (got <= 0)
					break;
				length += (size_t)got;
			}
			column = reported_column(reply, length);
		}
	}
	/* the probe erased; a reply that comes late, or keys typed before,
	 * are dropped with the rest of the input not yet read */
	if (write(fd, "\r\033[K", 4) != 4)
		column = 0;
	tcsetattr(fd, TCSAFLUSH, &saved);
	return column;
}

bool
ui_ambiguous_setup(enum ui_ambiguous choice)
{
	bool wide = choice == UI_AMBIGUOUS_WIDE;
	const char *term = getenv("TERM");

	/* a terminal without cursor reports (or none: the browser will say
	 * so) would show the question as it is */
	if (choice == UI_AMBIGUOUS_AUTO && isatty(STDOUT_FILENO) && term && *term &&
	    strcmp(term, "dumb") != 0) {
		int fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);

		if (fd >= 0) {
			/* the tests' way to make a narrow terminal answer as a
			 * wide one does: a wide probe (中) */
			const char *probe = getenv("BAOGAO_TEST_AMBIGUOUS_PROBE");

			/* “ in the first column: a wide terminal reports the
			 * cursor in column 3, a narrow one in column 2 */
			wide = ambiguous_probe_column(fd, probe && *probe ? probe : "\xe2\x80\x9c",
						      100) == 3;
			close(fd);
		}
	}
	layout_set_ambiguous_wide(wide);
	return wide;
}
