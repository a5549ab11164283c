/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_ambiguous.c - East Asian Ambiguous characters counted narrow and
 * wide (--ambiguous): the width function, line wrapping, the wcwidth that
 * ncurses measures with (src/ui/ambiguous.c), and the question to the
 * terminal (ESC [ 6 n) answered by a fake terminal on a pseudo-terminal. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "unit.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

#include <curses.h>

#include "layout.h"
#include "ui/ui.h"

static int
width(const char *s)
{
	return layout_width(s, strlen(s));
}

static int
narrow(void **state)
{
	(void)state;
	layout_set_ambiguous_wide(false);
	return 0;
}

static void
test_narrow(void **state)
{
	(void)state;
	assert_false(layout_ambiguous_wide());
	assert_int_equal(width("“我为群众办实事”"), 16);
	assert_int_equal(width("张三·李四"), 9);
	assert_int_equal(width("——……"), 4);
	assert_int_equal(width("‘’§×①│○■α"), 9);
	assert_int_equal(width("▸▾"), 2);
	assert_int_equal(width("中a"), 3);
}

static void
test_wide(void **state)
{
	(void)state;
	layout_set_ambiguous_wide(true);
	assert_int_equal(width("“我为群众办实事”"), 18);
	assert_int_equal(width("张三·李四"), 10);
	assert_int_equal(width("——……"), 8);
	assert_int_equal(width("‘’§×①│○■α"), 18);
	/* ▸ ▾ are East Asian Width N (the browser's ASCII glyphs stand in
	 * for them all the same: + -) */
	assert_int_equal(width("▸▾"), 2);
	/* not ambiguous: wide and narrow as ever */
	assert_int_equal(width("中a"), 3);
	assert_int_equal(width("（一）ＧＤＰ"), 12);
	assert_int_equal(width("e\xcc\x81"), 1);        /* a combining mark stays 0 */
	assert_int_equal(width("\x1b"), 2);             /* ^[ as drawn */
	assert_int_equal(layout_char_width(0x201c), 2);
	assert_int_equal(layout_char_width(0x4e2d), 2);
	assert_int_equal(layout_char_width('|'), 1);
	assert_int_equal(layout_char_width('~'), 1);
	assert_true(layout_is_ambiguous(0x00b7));
	assert_true(layout_is_ambiguous(0x2026));
	assert_false(layout_is_ambiguous(0x4e2d));
	assert_false(layout_is_ambiguous('a'));
	assert_false(layout_is_ambiguous(0x0301));
	assert_false(layout_is_ambiguous(0x10ffff));
}

/* The wrapped lines of S at WIDTH columns, as "width:text|..." */
static char *
wrapped(const char *s, int columns)
{
	struct layout_line *lines;
	size_t count, n = 0;
	static char out[512];

	assert_true(layout_wrap(s, strlen(s), columns, 0, &lines, &count));
	for (size_t i = 0; i < count; i++)
		n += (size_t)snprintf(out + n, sizeof out - n, "%d:%.*s|", lines[i].width,
				      (int)lines[i].length, s + lines[i].offset);
	free(lines);
	return out;
}

static void
test_wrap(void **state)
{
	const char *s = "他说：“好。”然后走了……";

	(void)state;
	assert_string_equal(wrapped(s, 12), "12:他说：“好。”|10:然后走了……|");
	layout_set_ambiguous_wide(true);
	/* “ and ” two columns each: the quotation no longer fits a line of 12 */
	assert_string_equal(wrapped(s, 12), "6:他说：|12:“好。”然后|8:走了……|");
}

/* The C library's wcwidth, replaced for the program: ncurses lays out
 * with it, so its cursor must move as the layout counts. */
static void
test_curses_agrees(void **state)
{
	FILE *out = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
	SCREEN *screen;
	int x[4];

	(void)state;
	assert_non_null(out);
	assert_non_null(in);
	screen = newterm("vt100", out, in);
	assert_non_null(screen);
	set_term(screen);
	mvaddstr(0, 0, "“好”·");
	x[0] = getcurx(stdscr);
	mvaddstr(1, 0, "中a");
	x[1] = getcurx(stdscr);
	layout_set_ambiguous_wide(true);
	mvaddstr(2, 0, "“好”·");
	x[2] = getcurx(stdscr);
	mvaddstr(3, 0, "中a");
	x[3] = getcurx(stdscr);
	endwin();
	delscreen(screen);
	fclose(out);
	fclose(in);
	assert_int_equal(x[0], 5);
	assert_int_equal(x[1], 3);
	assert_int_equal(x[2], 8);
	assert_int_equal(x[3], 3);
	assert_int_equal(wcwidth(0x201c), 2);
	assert_int_equal(wcwidth(0x4e2d), 2);
	assert_int_equal(wcwidth('a'), 1);
	layout_set_ambiguous_wide(false);
	assert_int_equal(wcwidth(0x201c), 1);
	assert_int_equal(layout_width("“好”·", strlen("“好”·")), x[0]);
}

/* A fake terminal on the master side of a pseudo-terminal: reads the
 * question (up to its "6n") and writes ANSWER (NULL: none), in two parts
 * 50 ms apart when it holds a '|' (keys typed, then the answer). */
struct fake {
	int master, slave;
	pid_t pid;
	char written[256];   /* what the probe wrote, as the terminal got it */
};

static void
fake_start(struct fake *f, const char *answer)
{
	struct termios t;

	f->master = posix_openpt(O_RDWR | O_NOCTTY);
	assert_true(f->master >= 0);
	assert_int_equal(grantpt(f->master), 0);
	assert_int_equal(unlockpt(f->master), 0);
	f->slave = open(ptsname(f->master), O_RDWR | O_NOCTTY);
	assert_true(f->slave >= 0);
	/* as a terminal is before curses: canonical, echo; no \n to \r\n */
	assert_int_equal(tcgetattr(f->slave, &t), 0);
	t.c_lflag |= ICANON | ECHO;
	t.c_oflag &= ~(tcflag_t)OPOST;
	assert_int_equal(tcsetattr(f->slave, TCSANOW, &t), 0);
	f->pid = fork();
	assert_true(f->pid >= 0);
	if (f->pid == 0) {
		char seen[64];
		size_t n = 0;

		/* gone in 5 s whatever happens: a test that fails before
		 * fake_stop must not leave it holding the test's output */
		alarm(5);

		while (n < sizeof seen - 1) {
			ssize_t k = read(f->master, seen + n, 1);
			if (k <= 0)
				_exit(1);
			n++;
			if (n >= 2 && seen[n - 2] == '6' && seen[n - 1] == 'n')
				break;
		}
		if (answer) {
			size_t first = strcspn(answer, "|");

			if (write(f->master, answer, first) < 0)
				_exit(1);
			if (answer[first] == '|') {
				usleep(50000);
				if (write(f->master, answer + first + 1, strlen(answer + first + 1)) < 0)
					_exit(1);
			}
		}
		/* stay until the probe is done, so the master stays open */
		pause();
		_exit(0);
	}
}

/* Stops the fake terminal; gets what the probe wrote after the question
 * (the erasing), and checks that the probe left nothing to read and the
 * terminal's modes as they were. */
static void
fake_stop(struct fake *f)
{
	struct termios t;
	struct pollfd p = { f->slave, POLLIN, 0 };
	ssize_t k;

	kill(f->pid, SIGTERM);
	waitpid(f->pid, NULL, 0);
	assert_int_equal(poll(&p, 1, 0), 0);           /* no stray bytes */
	assert_int_equal(tcgetattr(f->slave, &t), 0);
	assert_true(t.c_lflag & ICANON);
	assert_true(t.c_lflag & ECHO);
	k = read(f->master, f->written, sizeof f->written - 1);
	f->written[k > 0 ? k : 0] = '\0';
	close(f->slave);
	close(f->master);
}

static void
test_probe_wide(void **state)
{
	struct fake f;

	(void)state;
	fake_start(&f, "\033[1;3R");
	assert_int_equal(ambiguous_probe_column(f.slave, "“", 2000), 3);
	fake_stop(&f);
	assert_string_equal(f.written, "\r\033[K");     /* the probe erased */
}

static void
test_probe_narrow(void **state)
{
	struct fake f;

	(void)state;
	fake_start(&f, "\033[24;2R");
	assert_int_equal(ambiguous_probe_column(f.slave, "“", 2000), 2);
	fake_stop(&f);
}

static void
test_probe_keys_before_the_answer(void **state)
{
	struct fake f;

	(void)state;
	/* keys typed before the reply (an R among them); all are dropped */
	fake_start(&f, "jR|\033[5;3R");
	assert_int_equal(ambiguous_probe_column(f.slave, "“", 2000), 3);
	fake_stop(&f);
}

static void
test_probe_silent(void **state)
{
	struct fake f;

	(void)state;
	fake_start(&f, NULL);
	assert_int_equal(ambiguous_probe_column(f.slave, "“", 100), 0);
	fake_stop(&f);
}

static void
test_probe_garbage(void **state)
{
	struct fake f;

	(void)state;
	fake_start(&f, "\033[xR");
	assert_int_equal(ambiguous_probe_column(f.slave, "“", 100), 0);
	fake_stop(&f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_narrow, narrow),
		cmocka_unit_test_setup_teardown(test_wide, narrow, narrow),
		cmocka_unit_test_setup_teardown(test_wrap, narrow, narrow),
		cmocka_unit_test_setup_teardown(test_curses_agrees, narrow, narrow),
		cmocka_unit_test(test_probe_wide),
		cmocka_unit_test(test_probe_narrow),
		cmocka_unit_test(test_probe_keys_before_the_answer),
		cmocka_unit_test(test_probe_silent),
		cmocka_unit_test(test_probe_garbage),
	};

	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
