/* SPDX-License-Identifier: GPL-3.0-or-later */
/* history.c - the state file of where each report was left: its parser
 * and printer, and reading and writing it safely (see history.h). */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "history.h"

static const char magic[] = "baogao-history ";

void
history_entry_free(struct history_entry *entry)
{
	free(entry->path);
	entry->path = NULL;
}

void
history_free(struct history *h)
{
	for (size_t i = 0; i < h->count; i++)
		history_entry_free(&h->entries[i]);
	free(h->entries);
	h->entries = NULL;
	h->count = 0;
}

/* ---- parsing: a cursor over one line ---- */

struct cursor {
	const char *at, *end;
};

/* A decimal number of at most MAX, at least one digit, no sign. */
static bool
parse_number(struct cursor *c, uint64_t max, uint64_t *value)
{
	uint64_t n = 0;
	const char *start = c->at;

	while (c->at < c->end && *c->at >= '0' && *c->at <= '9') {
		unsigned digit = (unsigned)(*c->at - '0');
		if (n > (max - digit) / 10)
			return false;
		n = n * 10 + digit;
		c->at++;
	}
	*value = n;
	return c->at > start;
}

static bool
parse_char(struct cursor *c, char ch)
{
	if (c->at < c->end && *c->at == ch) {
		c->at++;
		return true;
	}
	return false;
}

/* "14:1": a place, both at least 1. */
static bool
parse_place(struct cursor *c, struct history_place *place)
{
	uint64_t line, column;

	if (!parse_number(c, UINT32_MAX, &line) || !parse_char(c, ':') ||
	    !parse_number(c, UINT32_MAX, &column) || line == 0 || column == 0)
		return false;
	place->line = (uint32_t)line;
	place->column = (uint32_t)column;
	return true;
}

/* "1764979200.123456789", the seconds perhaps negative. */
static bool
parse_mtime(struct cursor *c, struct history_entry *e)
{
	bool negative = parse_char(c, '-');
	uint64_t sec, nsec;

	if (!parse_number(c, INT64_MAX, &sec) || !parse_char(c, '.') ||
	    !parse_number(c, 999999999, &nsec))
		return false;
	e->mtime_sec = negative ? -(int64_t)sec : (int64_t)sec;
	e->mtime_nsec = (uint32_t)nsec;
	return true;
}

static int
mark_index(char letter)
{
	if (letter >= 'a' && letter <= 'z')
		return letter - 'a';
	if (letter >= 'A' && letter <= 'Z')
		return 26 + letter - 'A';
	return -1;
}

static char
mark_letter(int i)
{
	return (char)(i < 26 ? 'a' + i : 'A' + (i - 26));
}

/* "-" or "a14:1,B5:3". */
static bool
parse_marks(struct cursor *c, struct history_entry *e)
{
	if (parse_char(c, '-'))
		return true;
	do {
		int i = c->at < c->end ? mark_index(*c->at) : -1;
		if (i < 0)
			return false;
		c->at++;
		if (!parse_place(c, &e->marks[i]))
			return false;
	} while (parse_char(c, ','));
	return true;
}

static int
hex_value(char ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	return -1;
}

/* The rest of the line, %XX unescaped, as a new string; an absolute path
 * without NUL.  NULL (*NOMEM when out of memory) when it is not one. */
static char *
parse_path(struct cursor *c, bool *nomem)
{
	char *path = malloc((size_t)(c->end - c->at) + 1), *out = path;

	if (!path) {
		*nomem = true;
		return NULL;
	}
	for (; c->at < c->end; c->at++) {
		unsigned char ch = (unsigned char)*c->at;
		if (ch <= ' ' || ch == 0x7f)
			goto bad;
		if (ch == '%') {
			int hi, lo;
			if (c->end - c->at < 3 || (hi = hex_value(c->at[1])) < 0 ||
			    (lo = hex_value(c->at[2])) < 0 || hi * 16 + lo == 0)
				goto bad;
			ch = (unsigned char)(hi * 16 + lo);
			c->at += 2;
		}
		*out++ = (char)ch;
	}
	*out = '\0';
	if (path[0] != '/')
		goto bad;
	return path;
bad:
	free(path);
	return NULL;
}

/* One entry line (without its newline) into E; the reason it is not
 * one in *WHY. */
static enum bg_status
parse_entry(const char *line, size_t length, struct history_entry *e, const char **why)
{
	struct cursor c = { line, line + length };
	bool nomem = false;

	memset(e, 0, sizeof *e);
	*why = "size";
	if (!parse_number(&c, UINT64_MAX, &e->size) || !parse_char(&c, ' '))
		return BG_ERR_STATE;
	*why = "modification time";
	if (!parse_mtime(&c, e) || !parse_char(&c, ' '))
		return BG_ERR_STATE;
	*why = "position";
	if (!parse_place(&c, &e->position) || !parse_char(&c, ' '))
		return BG_ERR_STATE;
	*why = "marks";
	if (!parse_marks(&c, e) || !parse_char(&c, ' '))
		return BG_ERR_STATE;
	*why = "path";
	e->path = parse_path(&c, &nomem);
	if (nomem)
		return BG_ERR_NOMEM;
	return e->path ? BG_OK : BG_ERR_STATE;
}

enum bg_status
history_parse(const char *text, size_t length, struct history *h, struct bg_error *err)
{
	const char *at = text, *end = text + length;
	unsigned lineno = 0;

	while (at < end) {
		const char *nl = memchr(at, '\n', (size_t)(end - at));
		size_t n = nl ? (size_t)(nl - at) : (size_t)(end - at);

		lineno++;
		if (n > HISTORY_LINE_MAX)
			return bg_fail(err, BG_ERR_STATE, "line %u: longer than %d bytes", lineno,
				       HISTORY_LINE_MAX);
		if (!nl)
			return bg_fail(err, BG_ERR_STATE, "line %u: cut short", lineno);
		if (lineno == 1) {
			struct cursor c = { at + sizeof magic - 1, at + n };
			uint64_t version;
			if (n < sizeof magic - 1 || memcmp(at, magic, sizeof magic - 1) != 0)
				return bg_fail(err, BG_ERR_STATE, "line 1: not a baogao state file");
			if (!parse_number(&c, UINT32_MAX, &version) || c.at != c.end || version == 0)
				return bg_fail(err, BG_ERR_STATE, "line 1: a bad version");
			if (version > HISTORY_VERSION)
				return bg_fail(err, BG_ERR_STATE_NEWER, "version %u; this baogao reads %d",
					       (unsigned)version, HISTORY_VERSION);
		} else {
			struct history_entry e;
			const char *why;
			enum bg_status st = parse_entry(at, n, &e, &why);

			if (st == BG_OK)
				st = history_put(h, &e);
			history_entry_free(&e);
			if (st == BG_ERR_NOMEM)
				return bg_fail(err, st, NULL);
			if (st != BG_OK)
				return bg_fail(err, st, "line %u: bad %s", lineno, why);
		}
		at = nl + 1;
	}
	if (lineno == 0)
		return bg_fail(err, BG_ERR_STATE, "empty");
	return BG_OK;
}

/* ---- printing ---- */

struct buffer {
	char *text;
	size_t length, size;
	bool failed;
};

static void
append(struct buffer *b, const char *s, size_t n)
{
	if (b->failed)
		return;
	if (b->length + n + 1 > b->size) {
		size_t size = b->size ? b->size : 1024;
		char *bigger;
		while (size < b->length + n + 1)
			size *= 2;
		bigger = realloc(b->text, size);
		if (!bigger) {
			b->failed = true;
			return;
		}
		b->text = bigger;
		b->size = size;
	}
	memcpy(b->text + b->length, s, n);
	b->length += n;
	b->text[b->length] = '\0';
}

static void
appendf(struct buffer *b, const char *format, ...) __attribute__((format(printf, 2, 3)));

static void
appendf(struct buffer *b, const char *format, ...)
{
	char piece[128];
	va_list ap;
	int n;

	va_start(ap, format);
	n = vsnprintf(piece, sizeof piece, format, ap);
	va_end(ap);
	if (n > 0)
		append(b, piece, (size_t)n < sizeof piece ? (size_t)n : sizeof piece - 1);
}

char *
history_format(const struct history *h, size_t *length)
{
	struct buffer b = { NULL, 0, 0, false };

	appendf(&b, "%s%d\n", magic, HISTORY_VERSION);
	for (size_t i = 0; i < h->count; i++) {
		const struct history_entry *e = &h->entries[i];
		bool marked = false;

		/* the seconds' magnitude, without overflow at INT64_MIN */
		uint64_t seconds = e->mtime_sec < 0 ? (uint64_t)(-(e->mtime_sec + 1)) + 1
			: (uint64_t)e->mtime_sec;

		appendf(&b, "%llu %s%llu.%09u %u:%u ", (unsigned long long)e->size,
			e->mtime_sec < 0 ? "-" : "", (unsigned long long)seconds,
			(unsigned)e->mtime_nsec, (unsigned)e->position.line, (unsigned)e->position.column);
		for (int m = 0; m < HISTORY_MARKS; m++) {
			if (e->marks[m].line == 0)
				continue;
			appendf(&b, "%s%c%u:%u", marked ? "," : "", mark_letter(m),
				(unsigned)e->marks[m].line, (unsigned)e->marks[m].column);
			marked = true;
		}
		append(&b, marked ? " " : "- ", marked ? 1 : 2);
		for (const unsigned char *p = (const unsigned char *)e->path; *p; p++) {
			if (*p <= ' ' || *p == '%' || *p == 0x7f)
				appendf(&b, "%%%02X", *p);
			else
				append(&b, (const char *)p, 1);
		}
		append(&b, "\n", 1);
	}
	if (b.failed) {
		free(b.text);
		return NULL;
	}
	*length = b.length;
	return b.text;
}

/* ---- the entries ---- */

const struct history_entry *
history_find(const struct history *h, const struct history_entry *key)
{
	for (size_t i = h->count; i-- > 0;) {
		const struct history_entry *e = &h->entries[i];
		if (strcmp(e->path, key->path) == 0)
			return e->size == key->size && e->mtime_sec == key->mtime_sec &&
				e->mtime_nsec == key->mtime_nsec ? e : NULL;
	}
	return NULL;
}

enum bg_status
history_put(struct history *h, const struct history_entry *entry)
{
	struct history_entry copy = *entry, *bigger;

	copy.path = strdup(entry->path);
	if (!copy.path)
		return BG_ERR_NOMEM;
	for (size_t i = 0; i < h->count; i++)
		if (strcmp(h->entries[i].path, entry->path) == 0) {
			history_entry_free(&h->entries[i]);
			memmove(&h->entries[i], &h->entries[i + 1], (h->count - i - 1) * sizeof *h->entries);
			h->count--;
			break;
		}
	if (h->count >= HISTORY_ENTRIES) {
		size_t drop = h->count - HISTORY_ENTRIES + 1;
		for (size_t i = 0; i < drop; i++)
			history_entry_free(&h->entries[i]);
		memmove(h->entries, h->entries + drop, (h->count - drop) * sizeof *h->entries);
		h->count -= drop;
	}
	bigger = realloc(h->entries, (h->count + 1) * sizeof *bigger);
	if (!bigger) {
		free(copy.path);
		return BG_ERR_NOMEM;
	}
	h->entries = bigger;
	h->entries[h->count++] = copy;
	return BG_OK;
}

/* ---- the files ---- */

enum bg_status
history_key(const char *file, struct history_entry *key, struct bg_error *err)
{
	struct stat st;

	memset(key, 0, sizeof *key);
	key->path = realpath(file, NULL);
	if (!key->path)
		return bg_fail(err, errno == ENOMEM ? BG_ERR_NOMEM : BG_ERR_OPEN, "%s", strerror(errno));
	if (stat(key->path, &st) != 0 || !S_ISREG(st.st_mode)) {
		history_entry_free(key);
		return bg_fail(err, BG_ERR_OPEN, "not a regular file");
	}
	key->size = (uint64_t)st.st_size;
	key->mtime_sec = (int64_t)st.st_mtim.tv_sec;
	key->mtime_nsec = (uint32_t)st.st_mtim.tv_nsec;
	return BG_OK;
}

char *
history_state_file(const char *name)
{
	const char *state = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
	const char *middle = "";
	char *path;

	/* the XDG spec: a relative path in the variable is to be ignored */
	if (!state || state[0] != '/') {
		if (!home || home[0] != '/')
			return NULL;
		state = home;
		middle = "/.local/state";
	}
	path = malloc(strlen(state) + strlen(middle) + sizeof "/baogao/" + strlen(name));
	if (path)
		sprintf(path, "%s%s/baogao/%s", state, middle, name);
	return path;
}

char *
history_file(void)
{
	return history_state_file("history");
}

enum bg_status
history_read_text(const char *path, size_t max, char **text, size_t *length, struct bg_error *err)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
	struct stat st;
	ssize_t n;
	enum bg_status status;

	*text = NULL;
	*length = 0;
	if (fd < 0)
		return errno == ENOENT ? BG_OK : bg_fail(err, BG_ERR_READ, "%s", strerror(errno));
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return bg_fail(err, BG_ERR_READ, "not a regular file");
	}
	if ((uintmax_t)st.st_size > max) {
		close(fd);
		return bg_fail(err, BG_ERR_STATE, "larger than %zu bytes", max);
	}
	*text = malloc((size_t)st.st_size + 1);
	if (!*text) {
		close(fd);
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	}
	/* read at most what fstat said: a file growing meanwhile is cut
	 * short, and the parser says so */
	while (*length < (size_t)st.st_size &&
	       (n = read(fd, *text + *length, (size_t)st.st_size - *length)) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			status = bg_fail(err, BG_ERR_READ, "%s", strerror(errno));
			free(*text);
			*text = NULL;
			*length = 0;
			close(fd);
			return status;
		}
		*length += (size_t)n;
	}
	close(fd);
	(*text)[*length] = '\0';
	return BG_OK;
}

enum bg_status
history_read(const char *path, struct history *h, struct bg_error *err)
{
	char *text;
	size_t length;
	enum bg_status status = history_read_text(path, HISTORY_FILE_MAX, &text, &length, err);

	/* no file yet: an empty history */
	if (status != BG_OK || !text)
		return status;
	status = history_parse(text, length, h, err);
	free(text);
	return status;
}

/* Makes the directories above PATH, mode 0700 (as the XDG spec asks). */
static bool
make_parents(const char *path)
{
	char *copy = strdup(path);
	bool ok = copy != NULL;

	for (char *slash = copy ? strchr(copy + 1, '/') : NULL; ok && slash;
	     slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		if (mkdir(copy, 0700) != 0 && errno != EEXIST)
			ok = false;
		*slash = '/';
	}
	free(copy);
	return ok;
}

enum bg_status
history_write_text(const char *path, const char *text, size_t length, struct bg_error *err)
{
	size_t written = 0;
	char *temporary = malloc(strlen(path) + sizeof ".XXXXXX");
	int fd = -1;
	enum bg_status status = BG_OK;

	if (!temporary)
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	sprintf(temporary, "%s.XXXXXX", path);
	if (!make_parents(path) || (fd = mkstemp(temporary)) < 0) {
		status = bg_fail(err, BG_ERR_OPEN, "%s", strerror(errno));
		free(temporary);
		return status;
	}
	while (written < length) {
		ssize_t n = write(fd, text + written, length - written);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			status = bg_fail(err, BG_ERR_OPEN, "%s", n < 0 ? strerror(errno) : "short write");
			break;
		}
		written += (size_t)n;
	}
	if (status == BG_OK && fsync(fd) != 0)
		status = bg_fail(err, BG_ERR_OPEN, "%s", strerror(errno));
	if (close(fd) != 0 && status == BG_OK)
		status = bg_fail(err, BG_ERR_OPEN, "%s", strerror(errno));
	if (status == BG_OK && rename(temporary, path) != 0)
		status = bg_fail(err, BG_ERR_OPEN, "%s", strerror(errno));
	if (status != BG_OK)
		unlink(temporary);
	free(temporary);
	return status;
}

enum bg_status
history_write(const char *path, const struct history *h, struct bg_error *err)
{
	size_t length;
	char *text = history_format(h, &length);
	enum bg_status status;

	if (!text)
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	status = history_write_text(path, text, length, err);
	free(text);
	return status;
}
