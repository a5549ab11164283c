/* SPDX-License-Identifier: GPL-3.0-or-later */
/* read.c - a file's bytes into memory.
 *
 * Files are read, not mapped: a file cut short by another program while
 * it is read then gives less text, never a SIGBUS. */
#include <config.h>

#include <errno.h>
#include <stdbool.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "array.h"
#include "job.h"
#include "read.h"

/* Reading a large regular file is copying it and faulting in fresh pages
 * for it: two threads read a half each, in about 60% of the time. */
enum { HALVES_MIN = 1 << 23 };

/* A part of a regular file to read into BUF[from, to), from the file's
 * offset BASE + FROM on. */
struct file_part {
	int fd;
	char *buf;
	off_t base;
	size_t from, to;
	size_t got;           /* bytes read: less than asked at the end of the file */
	int error;            /* an errno, or 0 */
};

static void
read_part(void *arg)
{
	struct file_part *part = arg;

	while (part->from + part->got < part->to) {
		size_t at = part->from + part->got;
		ssize_t k = pread(part->fd, part->buf + at, part->to - at, part->base + (off_t)at);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0) {
			part->error = errno;
			break;
		}
		if (k == 0)
			break;
		part->got += (size_t)k;
	}
}

/* Reads the EXPECTED bytes of the regular file FD from its offset on into
 * BUF, in two halves at once; returns how many stand in BUF one after the
 * other (fewer when the file was cut short meanwhile) and leaves FD's
 * offset after them.  Returns 0 when FD cannot be read that way, an errno
 * in *ERROR when reading failed. */
static size_t
read_halves(int fd, char *buf, size_t expected, int *error)
{
	off_t base = lseek(fd, 0, SEEK_CUR);
	struct file_part first = { fd, buf, base, 0, expected / 2, 0, 0 };
	struct file_part second = { fd, buf, base, expected / 2, expected, 0, 0 };
	size_t n;

	*error = 0;
	if (base < 0)
		return 0;
	job_pair(read_part, &first, read_part, &second);
	*error = first.error ? first.error : second.error;
	n = first.got < first.to ? first.got : first.to + second.got;
	if (!*error && lseek(fd, base + (off_t)n, SEEK_SET) < 0)
		*error = errno;
	return n;
}

/* Says that a file is over MAX bytes. */
static enum bg_status
too_big(struct bg_error *err, size_t max)
{
	const char *unit = max % (1 << 20) == 0 ? "MiB" : max % 1024 == 0 ? "KiB" : "bytes";
	size_t n = max % (1 << 20) == 0 ? max >> 20 : max % 1024 == 0 ? max >> 10 : max;

	return bg_fail(err, BG_ERR_TOO_BIG, "over %zu %s; --max-size raises the limit", n, unit);
}

/* Reads FD into BUF[*N, TO) in chunks of at most READ_CHUNK, each given to
 * GUARD's check, until TO or the end of the file. */
static enum bg_status
read_chunks(int fd, char *buf, size_t *n, size_t to, const struct read_guard *guard, bool first,
	    struct bg_error *err)
{
	while (*n < to) {
		size_t want = to - *n < READ_CHUNK ? to - *n : READ_CHUNK, got = 0;
		while (got < want) {
			ssize_t k = read(fd, buf + *n + got, want - got);
			if (k < 0 && errno == EINTR)
				continue;
			if (k < 0)
				return bg_fail(err, BG_ERR_READ, "%s", strerror(errno));
			if (k == 0)
				break;
			got += (size_t)k;
		}
		if (got > 0 && guard && guard->check) {
			enum bg_status st = guard->check(guard->arg, buf + *n, got, first);
			if (st != BG_OK)
				return bg_fail(err, st, NULL);
		}
		first = false;
		*n += got;
		if (got < want)
			break;
	}
	return BG_OK;
}

/* Reads FD up to its end or LIMIT bytes into a malloc'd buffer, of
 * EXPECTED bytes to start with, with room for two bytes more after them;
 * the first chunk is checked before the rest is read. */
static enum bg_status
read_fd(int fd, size_t expected, size_t limit, size_t halves_min, const struct read_guard *guard,
	char **out, size_t *size, struct bg_error *err)
{
	size_t max = guard && guard->max_size ? guard->max_size : READ_MAX_SIZE;
	size_t want, full, cap, first, n = 0;
	bool halves;
	enum bg_status st;
	char *buf;

	if (expected > max && limit > max)
		return too_big(err, max);
	/* Past MAX by one byte, to see a pipe go over it. */
	if (limit > max)
		limit = max + 1;
	if (expected > limit)
		expected = limit;
	/* One byte more than expected to see the end, two for the text. */
	want = expected + 1 > READ_CHUNK ? expected + 1 : READ_CHUNK;
	full = (want < limit ? want : limit) + 2;
	halves = expected >= (halves_min ? halves_min : HALVES_MIN);
	first = full - 2 < READ_CHUNK ? full - 2 : READ_CHUNK;
	if (halves && first > expected / 2)
		first = expected / 2;
	/* Room for the first chunk only until it passes the check: a
	 * sparse file of a gigabyte is refused without a gigabyte. */
	cap = first + 2;
	buf = malloc(cap);
	if (!buf)
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	st = read_chunks(fd, buf, &n, first, guard, true, err);
	if (st == BG_OK && n == first && full > cap) {
		char *grown = realloc(buf, full);
		if (grown) {
			buf = grown;
			cap = full;
			array_advise_huge(buf, cap);
		} else {
			st = bg_fail(err, BG_ERR_NOMEM, NULL);
		}
	}
	if (st == BG_OK && halves && n == first && expected > n) {
		int error;
		n += read_halves(fd, buf + n, expected - n, &error);
		if (error)
			st = bg_fail(err, BG_ERR_READ, "%s", strerror(error));
	}
	/* The rest, or all: up to the end of the file as it is now. */
	while (st == BG_OK && n < limit && n >= first) {
		size_t before = n;
		if (cap - n == 2) {
			char *grown;
			cap = cap * 2 - 2 < limit ? cap * 2 : limit + 2;
			grown = realloc(buf, cap);
			if (!grown) {
				st = bg_fail(err, BG_ERR_NOMEM, NULL);
				break;
			}
			buf = grown;
		}
		st = read_chunks(fd, buf, &n, cap - 2, guard, false, err);
		if (n < cap - 2 || n == before)
			break;
	}
	if (st == BG_OK && n > max)
		st = too_big(err, max);
	if (st != BG_OK) {
		free(buf);
		return st;
	}
	if (cap - n > ((size_t)1 << 20)) {
		/* A pipe's buffer grew by doubling; the text keeps it. */
		char *shrunk = realloc(buf, n + 2);
		if (shrunk)
			buf = shrunk;
	}
	*out = buf;
	*size = n;
	return BG_OK;
}

enum bg_status
read_file(const char *path, size_t limit, size_t halves_min, const struct read_guard *guard,
	  char **bytes, size_t *size, struct bg_error *err)
{
	bool is_stdin = strcmp(path, "-") == 0;
	int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	enum bg_status status;

	*bytes = NULL;
	*size = 0;
	if (fd < 0)
		return bg_fail(err, errno == EISDIR ? BG_ERR_ISDIR : BG_ERR_OPEN, "%s", strerror(errno));
	if (fstat(fd, &st) != 0) {
		status = bg_fail(err, is_stdin ? BG_ERR_READ : BG_ERR_OPEN, "%s%s",
				 is_stdin ? "standard input: " : "", strerror(errno));
	} else if (S_ISDIR(st.st_mode)) {
		status = bg_fail(err, BG_ERR_ISDIR, NULL);
	} else if (is_stdin && isatty(fd)) {
		status = bg_fail(err, BG_ERR_TTY, NULL);
	} else if (S_ISREG(st.st_mode) || S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode) ||
		   S_ISSOCK(st.st_mode)) {
		status = read_fd(fd, S_ISREG(st.st_mode) ? (size_t)st.st_size : 0, limit, halves_min,
				 guard, bytes, size, err);
	} else {
		status = bg_fail(err, BG_ERR_NOTFILE, NULL);
	}
	if (!is_stdin)
		close(fd);
	return status;
}
