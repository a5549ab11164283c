/* SPDX-License-Identifier: GPL-3.0-or-later */
/* handoff.c - the report handed to other programs, as less hands it:
 * v opens the editor at the source line read, | pipes the current
 * section's text to a shell command, s saves it to a file.  The terminal
 * is left (endwin) while another program has it and taken back after,
 * whatever that program did; a failure is said on the status line. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include "reader.h"
#include "ui/pane.h"

/* ---- the line asked for: a command or a file name ---- */

void
ui_ask_open(struct ui *ui, enum ask_kind kind)
{
	ui->ask.kind = kind;
	ui->ask.length = 0;
	ui->ask.text[0] = '\0';
	browse_clear_message(ui->browse);
}

static void pipe_section(struct ui *ui, const char *command);
static void save_section(struct ui *ui, const char *file, bool overwrite);

void
ui_ask_key(struct ui *ui, int key)
{
	struct ask *a = &ui->ask;

	if (key == 27 || key == CONTROL('g') || key == CONTROL('c')) {
		a->kind = ASK_NONE;
		return;
	}
	if (key == '\n' || key == '\r' || key == FKEY(KEY_ENTER)) {
		enum ask_kind kind = a->kind;
		a->kind = ASK_NONE;
		if (a->length == 0)
			return;
		if (kind == ASK_PIPE)
			pipe_section(ui, a->text);
		else
			save_section(ui, a->text, false);
		return;
	}
	/* Backspace on nothing gives up, as in the search prompt */
	if ((key == 127 || key == 8 || key == FKEY(KEY_BACKSPACE)) && a->length == 0) {
		a->kind = ASK_NONE;
		return;
	}
	ui_line_edit(a->text, sizeof a->text, &a->length, key);
}

/* y after "FILE exists: overwrite?": the file named last is written. */
void
ui_ask_overwrite(struct ui *ui, int key)
{
	if (key == 'y' || key == 'Y')
		save_section(ui, ui->ask.text, true);
	else
		browse_message(ui->browse, false, "not saved");
}

/* ---- another program on the terminal ---- */

/* The signals as they were before a program was run. */
struct handed {
	struct sigaction interrupt, quit, broken_pipe, child, stop;
};

/* Leaves the terminal to another program: curses' modes saved, the
 * screen and the keyboard as the shell had them; Ctrl-c and Ctrl-\ go to
 * that program, not to the browser; a reader that stops reading the pipe
 * is an error on the write, not the end of the browser; Ctrl-z stops the
 * browser with the program (curses' own handler would draw the browser
 * over it when it goes on). */
static void
leave_terminal(struct ui *ui, struct handed *h)
{
	struct sigaction ignore, fallback;

	memset(&ignore, 0, sizeof ignore);
	sigemptyset(&ignore.sa_mask);
	ignore.sa_handler = SIG_IGN;
	fallback = ignore;
	fallback.sa_handler = SIG_DFL;
	sigaction(SIGINT, &ignore, &h->interrupt);
	sigaction(SIGQUIT, &ignore, &h->quit);
	sigaction(SIGPIPE, &ignore, &h->broken_pipe);
	/* waitpid needs the child's status kept */
	sigaction(SIGCHLD, &fallback, &h->child);
	sigaction(SIGTSTP, &fallback, &h->stop);
	def_prog_mode();
	endwin();
	if (ui->sgr_mouse) {
		static const char off[] = "\033[?1006l";
		fflush(stdout);
		if (write(STDOUT_FILENO, off, sizeof off - 1) < 0)
			ui->sgr_mouse = false;
	}
	fflush(stdout);
}

/* Takes the terminal back: the modes curses had, the whole screen drawn
 * again (the other program drew over it), the signals as they were. */
static void
take_terminal(struct ui *ui, struct handed *h)
{
	if (ui->sgr_mouse) {
		static const char on[] = "\033[?1006h";
		fflush(stdout);
		if (write(STDOUT_FILENO, on, sizeof on - 1) < 0)
			ui->sgr_mouse = false;
	}
	reset_prog_mode();
	clearok(curscr, TRUE);
	sigaction(SIGINT, &h->interrupt, NULL);
	sigaction(SIGQUIT, &h->quit, NULL);
	sigaction(SIGPIPE, &h->broken_pipe, NULL);
	sigaction(SIGCHLD, &h->child, NULL);
	sigaction(SIGTSTP, &h->stop, NULL);
}

/* The descriptor the keys come from. */
static int
keyboard(const struct ui *ui)
{
	return ui->input ? fileno(ui->input) : STDIN_FILENO;
}

/* Waits for a key on the terminal, which is the shell's: one key, not a
 * line, and not echoed. */
static void
wait_for_a_key(const struct ui *ui)
{
	int fd = keyboard(ui);
	struct termios saved, raw;
	char ch;

	if (tcgetattr(fd, &saved) != 0)
		return;
	raw = saved;
	raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
	raw.c_cc[VMIN] = 1;
	raw.c_cc[VTIME] = 0;
	tcsetattr(fd, TCSANOW, &raw);
	/* said once the key can be read as it is pressed */
	fputs("Press a key to go back to baogao.", stdout);
	fflush(stdout);
	while (read(fd, &ch, 1) < 0 && errno == EINTR)
		;
	tcsetattr(fd, TCSANOW, &saved);
}

/* Runs ARGV (argv[0] a path) on the terminal, the N bytes of INPUT on its
 * standard input when INPUT is not NULL (else the keyboard); returns its
 * status as waitpid gives it, or -1 with errno when it could not be
 * started. */
static int
run(const struct ui *ui, char *const argv[], const char *input, size_t n)
{
	int feed[2] = { -1, -1 }, status = 0, saved_errno;
	pid_t pid;

	if (input && pipe(feed) != 0)
		return -1;
	pid = fork();
	if (pid < 0) {
		saved_errno = errno;
		if (input) {
			close(feed[0]);
			close(feed[1]);
		}
		errno = saved_errno;
		return -1;
	}
	if (pid == 0) {
		/* the child: only what is safe after fork in a process with
		 * threads, until exec */
		static const char failed[] = "baogao: cannot run /bin/sh\n";
		struct sigaction fallback;
		sigset_t none;

		memset(&fallback, 0, sizeof fallback);
		sigemptyset(&fallback.sa_mask);
		fallback.sa_handler = SIG_DFL;
		sigaction(SIGINT, &fallback, NULL);
		sigaction(SIGQUIT, &fallback, NULL);
		sigaction(SIGPIPE, &fallback, NULL);
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		if (input) {
			dup2(feed[0], STDIN_FILENO);
			close(feed[0]);
			close(feed[1]);
		} else if (keyboard(ui) != STDIN_FILENO) {
			dup2(keyboard(ui), STDIN_FILENO);
		}
		execv(argv[0], argv);
		if (write(STDERR_FILENO, failed, sizeof failed - 1) < 0)
			_exit(127);
		_exit(127);
	}
	if (input) {
		size_t written = 0;
		close(feed[0]);
		/* a command that reads none or part of it (head -1) is fine:
		 * EPIPE ends the writing */
		while (written < n) {
			ssize_t w = write(feed[1], input + written, n - written);
			if (w < 0 && errno == EINTR)
				continue;
			if (w <= 0)
				break;
			written += (size_t)w;
		}
		close(feed[1]);
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return status;
}

/* What STATUS (of waitpid) says about WHAT, into OUT: "" for success. */
static void
say_status(char *out, size_t size, const char *what, int status)
{
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		out[0] = '\0';
	else if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
		snprintf(out, size, "%s: command not found (exit status 127)", what);
	else if (WIFEXITED(status))
		snprintf(out, size, "%s: exit status %d", what, WEXITSTATUS(status));
	else if (WIFSIGNALED(status))
		snprintf(out, size, "%s: ended by signal %d (%s)", what, WTERMSIG(status),
			 strsignal(WTERMSIG(status)));
	else
		snprintf(out, size, "%s: ended", what);
}

/* ---- v: the editor ---- */

/* Whether the report's file is text (the text reader's), by its first
 * bytes; else the reader's name in *NAME. */
static bool
text_file(const char *path, const char **name)
{
	char head[4096];
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
	ssize_t n;

	*name = NULL;
	if (fd < 0)
		return false;
	n = read(fd, head, sizeof head);
	close(fd);
	if (n < 0)
		return false;
	*name = reader_for(head, (size_t)n)->name;
	return strcmp(*name, "text") == 0;
}

void
ui_edit(struct ui *ui)
{
	const char *path = report_path(ui->report), *editor = getenv("VISUAL"), *reader;
	char line[32], command[600], said[300], *file;
	struct handed h;
	struct stat before, after;
	uint32_t at, column;
	int status;

	if (!report_can_reload(ui->report)) {
		browse_message(ui->browse, true, "the report came on standard input: there is no file to edit");
		return;
	}
	if (!text_file(path, &reader)) {
		if (reader)
			browse_message(ui->browse, true, "v edits text files; %s is read as %s", path, reader);
		else
			browse_message(ui->browse, true, "cannot read %s: %s", path, strerror(errno));
		return;
	}
	if (!editor || !*editor)
		editor = getenv("EDITOR");
	if (!editor || !*editor)
		editor = "vi";
	browse_place(ui->browse, &at, &column);
	snprintf(line, sizeof line, "+%u", (unsigned)(at ? at : 1));
	/* the editor's words as the shell splits them ("emacs -nw", as
	 * git takes $EDITOR), the line and the file as words of their own */
	if ((size_t)snprintf(command, sizeof command, "%s \"$@\"", editor) >= sizeof command) {
		browse_message(ui->browse, true, "the editor's command is too long");
		return;
	}
	/* a name that starts with - or + is no option of the editor's */
	file = malloc(strlen(path) + 3);
	if (!file) {
		browse_message(ui->browse, true, "out of memory");
		return;
	}
	sprintf(file, "%s%s", path[0] == '-' || path[0] == '+' ? "./" : "", path);
	char *argv[] = { (char *)"/bin/sh", (char *)"-c", command, (char *)"sh", line, file, NULL };
	bool had = stat(path, &before) == 0;

	leave_terminal(ui, &h);
	status = run(ui, argv, NULL, 0);
	take_terminal(ui, &h);
	free(file);
	if (status < 0) {
		browse_message(ui->browse, true, "cannot run the editor: %s", strerror(errno));
		return;
	}
	say_status(said, sizeof said, editor, status);
	if (said[0])
		browse_message(ui->browse, true, "%s", said);
	else if (had && stat(path, &after) == 0 &&
		 (after.st_size != before.st_size || after.st_mtim.tv_sec != before.st_mtim.tv_sec ||
		  after.st_mtim.tv_nsec != before.st_mtim.tv_nsec))
		browse_message(ui->browse, false, "%s has changed: R reads it again", path);
}

/* ---- |: the section to a command ---- */

/* The current section's text (the report's at its start), with a
 * newline at the end, in *START and *N. */
static void
section_text(const struct ui *ui, const char **start, size_t *n)
{
	size_t from, to;

	browse_section_range(ui->browse, &from, &to);
	/* the newline after the section's last paragraph goes too */
	if (to < ui->doc->text_length && ui->doc->text[to] == '\n')
		to++;
	*start = ui->doc->text + from;
	*n = to - from;
}

static const char *
section_name(const struct ui *ui)
{
	return ui->browse->section && ui->browse->section->depth > 0 ? "the section" : "the report";
}

static void
pipe_section(struct ui *ui, const char *command)
{
	char *argv[] = { (char *)"/bin/sh", (char *)"-c", (char *)command, NULL };
	char said[300];
	const char *text;
	size_t n;
	struct handed h;
	int status;

	section_text(ui, &text, &n);
	leave_terminal(ui, &h);
	printf("baogao: %zu bytes of %s to: %s\n", n, section_name(ui), command);
	fflush(stdout);
	status = run(ui, argv, text, n);
	if (status >= 0) {
		say_status(said, sizeof said, command, status);
		if (said[0])
			printf("\nbaogao: %s\n", said);
	} else {
		snprintf(said, sizeof said, "cannot run %s: %s", command, strerror(errno));
		printf("\nbaogao: %s\n", said);
	}
	wait_for_a_key(ui);
	take_terminal(ui, &h);
	if (said[0])
		browse_message(ui->browse, true, "%s", said);
	else
		browse_message(ui->browse, false, "piped %zu bytes of %s to %s", n, section_name(ui), command);
}

/* ---- s: the section to a file ---- */

static void
save_section(struct ui *ui, const char *name, bool overwrite)
{
	const char *home = getenv("HOME"), *text;
	char path[PATH_MAX];
	size_t n, written = 0;
	int fd;

	/* ~/notes.txt, as a shell would say it */
	if (name[0] == '~' && name[1] == '/' && home && *home)
		snprintf(path, sizeof path, "%s%s", home, name + 1);
	else
		snprintf(path, sizeof path, "%s", name);
	section_text(ui, &text, &n);
	fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOCTTY | (overwrite ? O_TRUNC : O_EXCL), 0666);
	if (fd < 0 && errno == EEXIST && !overwrite) {
		struct stat st;
		if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
			browse_message(ui->browse, true, "cannot save to %s: not a regular file", path);
			return;
		}
		/* asked once: y writes over it, any other key keeps it */
		ui->pending = 's';
		browse_message(ui->browse, true, "%s exists: overwrite it? (y: yes, any other key: no)", path);
		return;
	}
	if (fd < 0) {
		browse_message(ui->browse, true, "cannot save to %s: %s", path, strerror(errno));
		return;
	}
	while (written < n) {
		ssize_t w = write(fd, text + written, n - written);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;
		written += (size_t)w;
	}
	if (written < n || close(fd) != 0) {
		int e = errno;
		if (written < n)
			close(fd);
		browse_message(ui->browse, true, "cannot save to %s: %s", path, strerror(e ? e : EIO));
		return;
	}
	browse_message(ui->browse, false, "saved %zu bytes of %s to %s", n, section_name(ui), path);
}
