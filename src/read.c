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

#include "job.h"
#include "read.h"

/* Reading a large regular file is copying it and faulting in fresh pages
 * for it: two threads read a half each, in about 60% of the time. */
enum { HALVES_MIN = 1 << 23 };

/* Asks for huge pages for a large buffer: a 100 MB report otherwise
 * spends a tenth of its load time faulting in 4 KiB pages.  Only advice. */
static void
advise_huge(void *p, size_t n)
{
#ifdef MADV_HUGEPAGE
	const uintptr_t huge = (uintptr_t)2 << 20;
	uintptr_t start = ((uintptr_t)p + huge - 1) & ~(huge - 1), end = ((uintptr_t)p + n) & ~(huge - 1);

	if (n >= 8 * huge && end > start)
		madvise((void *)start, end - start, MADV_HUGEPAGE);
#else
	(void)p;
	(void)n;
#endif
}

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

/* Reads FD up to its end or LIMIT bytes into a malloc'd buffer, of
 * EXPECTED bytes to start with, with room for two bytes more after them. */
static enum bg_status
read_fd(int fd, size_t expected, size_t limit, size_t halves_min, char **out, size_t *size,
	struct bg_error *err)
{
	/* One byte more than expected to see the end, two for the text. */
	size_t want = expected + 1 > 65536 ? expected + 1 : 65536;
	size_t cap = (want < limit ? want : limit) + 2, n = 0;
	char *buf = malloc(cap);

	if (!buf)
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	advise_huge(buf, cap);
	if (expected > limit)
		expected = limit;
	if (expected >= (halves_min ? halves_min : HALVES_MIN)) {
		int error;
		n = read_halves(fd, buf, expected, &error);
		if (error) {
			free(buf);
			return bg_fail(err, BG_ERR_READ, "%s", strerror(error));
		}
	}
	/* The rest, or all: up to the end of the file as it is now. */
	while (n < limit) {
		ssize_t got;
		if (cap - n == 2) {
			char *grown;
			if (cap >= ((size_t)1 << 34)) {
				free(buf);
				return bg_fail(err, BG_ERR_TOO_BIG, NULL);
			}
			cap = cap * 2 - 2 < limit ? cap * 2 : limit + 2;
			grown = realloc(buf, cap);
			if (!grown) {
				free(buf);
				return bg_fail(err, BG_ERR_NOMEM, NULL);
			}
			buf = grown;
		}
		got = read(fd, buf + n, cap - n - 2);
		if (got < 0) {
			if (errno == EINTR)
				continue;
			free(buf);
			return bg_fail(err, BG_ERR_READ, "%s", strerror(errno));
		}
		if (got == 0)
			break;
		n += (size_t)got;
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
read_file(const char *path, size_t limit, size_t halves_min, char **bytes, size_t *size,
	  struct bg_error *err)
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
				 bytes, size, err);
	} else {
		status = bg_fail(err, BG_ERR_NOTFILE, NULL);
	}
	if (!is_stdin)
		close(fd);
	return status;
}
