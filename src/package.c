/* SPDX-License-Identifier: GPL-3.0-or-later */
/* package.c - a document's zip container, through libzip.
 *
 * libzip rather than libarchive: a document is read by member name
 * (word/document.xml, then styles.xml, numbering.xml ...) in whatever
 * order the zip holds them, which libzip does from the central directory
 * while libarchive streams the members in order; and libzip gives each
 * member's sizes before it is inflated, so a zip bomb is refused before
 * any of it is. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <zip.h>

#include "dynlib.h"
#include "package.h"

/* libzip is loaded when the first document is opened (dynlib.h): it
 * brings OpenSSL's libcrypto, bzip2 and xz.  The functions called: */
#define ZIP_FUNCTIONS(X) \
	X(error_init, zip_error_init) \
	X(error_fini, zip_error_fini) \
	X(error_code_zip, zip_error_code_zip) \
	X(error_strerror, zip_error_strerror) \
	X(source_buffer_create, zip_source_buffer_create) \
	X(source_free, zip_source_free) \
	X(open_from_source, zip_open_from_source) \
	X(discard, zip_discard) \
	X(strerror, zip_strerror) \
	X(name_locate, zip_name_locate) \
	X(stat_init, zip_stat_init) \
	X(stat, zip_stat) \
	X(fopen, zip_fopen) \
	X(fread, zip_fread) \
	X(fclose, zip_fclose) \
	X(file_strerror, zip_file_strerror)

static struct {
	ZIP_FUNCTIONS(DYNLIB_POINTER)
} libzip;

#define ZIP_SYMBOL(member, function) DYNLIB_SYMBOL(libzip, member, function),
static const struct dynlib_symbol zip_symbols[] = { ZIP_FUNCTIONS(ZIP_SYMBOL) };

static struct dynlib zip_library = DYNLIB(LIBZIP_SONAME, zip_symbols, libzip);

/* Limits: no member of a report is larger than this inflated, nor more
 * than RATIO times larger than it is compressed once it is larger than
 * RATIO_FROM; nor do all members read give more than TOTAL.  (XML
 * compresses some 5 to 30 times; a zip bomb a thousand times.) */
enum {
	MEMBER_MAX = 256 << 20,
	TOTAL_MAX = 512 << 20,
	RATIO = 200,
	RATIO_FROM = 1 << 20,
};

struct package {
	zip_t *zip;
	size_t given;     /* bytes read out of it so far */
};

bool
package_is_zip(const char *head, size_t n)
{
	return n >= 4 && memcmp(head, "PK\3\4", 4) == 0;
}

enum bg_status
package_open(const char *bytes, size_t size, struct package **out, struct bg_error *err)
{
	zip_error_t error;
	zip_source_t *source;
	struct package *p;
	enum bg_status loaded;

	*out = NULL;
	if ((loaded = dynlib_load(&zip_library, "Word and OpenDocument support", err)) != BG_OK)
		return loaded;
	libzip.error_init(&error);
	p = calloc(1, sizeof *p);
	if (!p)
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	source = libzip.source_buffer_create(bytes, size, 0, &error);
	if (source) {
		p->zip = libzip.open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
		/* A local header that differs from the central directory in
		 * small things (a member's date, left behind by a tool that
		 * rewrote one part) makes the strict check fail; Word and unzip
		 * read such a file from the central directory, and so do we.
		 * The limits of package_read still hold. */
		if (!p->zip && libzip.error_code_zip(&error) == ZIP_ER_INCONS) {
			libzip.error_fini(&error);
			libzip.error_init(&error);
			p->zip = libzip.open_from_source(source, ZIP_RDONLY, &error);
		}
	}
	if (!p->zip) {
		enum bg_status st = bg_fail(err, BG_ERR_DOCUMENT, "damaged zip file: %s",
					    libzip.error_strerror(&error));
		if (source)
			libzip.source_free(source);
		libzip.error_fini(&error);
		free(p);
		return st;
	}
	libzip.error_fini(&error);
	*out = p;
	return BG_OK;
}

bool
package_has(const struct package *package, const char *name)
{
	return libzip.name_locate(package->zip, name, 0) >= 0;
}

/* Whether the member of STAT may be inflated from PACKAGE; else fails
 * with ERR's detail. */
static enum bg_status
member_allowed(const struct package *package, const char *name, const zip_stat_t *st,
	       struct bg_error *err)
{
	if (!(st->valid & ZIP_STAT_SIZE) || !(st->valid & ZIP_STAT_COMP_SIZE))
		return bg_fail(err, BG_ERR_DOCUMENT, "%s: sizes unknown", name);
	if (st->size > MEMBER_MAX || package->given + st->size > TOTAL_MAX ||
	    (st->size > RATIO_FROM && st->size / RATIO > st->comp_size))
		return bg_fail(err, BG_ERR_DOCUMENT,
			       "%s would inflate to %llu bytes from %llu (a zip bomb?)", name,
			       (unsigned long long)st->size, (unsigned long long)st->comp_size);
	return BG_OK;
}

/* Fills *ST with the member NAME of PACKAGE when it is there and within
 * the limits member_allowed sets.  Returns BG_OK or the error. */
static enum bg_status
member_stat(struct package *package, const char *name, zip_stat_t *st, struct bg_error *err)
{
	libzip.stat_init(st);
	if (libzip.stat(package->zip, name, 0, st) != 0)
		return bg_fail(err, BG_ERR_DOCUMENT, "%s is missing", name);
	return member_allowed(package, name, st, err);
}

enum bg_status
package_read(struct package *package, const char *name, char **text, size_t *length,
	     struct bg_error *err)
{
	zip_stat_t st;
	zip_file_t *file;
	char *buffer;
	size_t n = 0;
	enum bg_status status;

	*text = NULL;
	*length = 0;
	if ((status = member_stat(package, name, &st, err)) != BG_OK)
		return status;
	buffer = malloc((size_t)st.size + 1);
	if (!buffer)
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	file = libzip.fopen(package->zip, name, 0);
	if (!file) {
		free(buffer);
		return bg_fail(err, BG_ERR_DOCUMENT, "%s: %s", name, libzip.strerror(package->zip));
	}
	/* Never more than the size said, whatever the stream holds. */
	while (n < st.size) {
		zip_int64_t got = libzip.fread(file, buffer + n, st.size - n);
		if (got < 0) {
			bg_fail(err, BG_ERR_DOCUMENT, "%s: %s", name, libzip.file_strerror(file));
			libzip.fclose(file);
			free(buffer);
			return BG_ERR_DOCUMENT;
		}
		if (got == 0)
			break;
		n += (size_t)got;
	}
	libzip.fclose(file);
	if (n < st.size) {
		free(buffer);
		return bg_fail(err, BG_ERR_DOCUMENT, "%s is cut short", name);
	}
	buffer[n] = '\0';
	package->given += n;
	*text = buffer;
	*length = n;
	return BG_OK;
}

struct package_member {
	struct package *package;
	zip_file_t *file;
	const char *name;
	size_t size, read;
};

enum bg_status
package_member_open(struct package *package, const char *name, struct package_member **out,
		    struct bg_error *err)
{
	zip_stat_t st;
	struct package_member *m;
	enum bg_status status;

	*out = NULL;
	if ((status = member_stat(package, name, &st, err)) != BG_OK)
		return status;
	m = calloc(1, sizeof *m);
	if (!m)
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	m->file = libzip.fopen(package->zip, name, 0);
	if (!m->file) {
		free(m);
		return bg_fail(err, BG_ERR_DOCUMENT, "%s: %s", name, libzip.strerror(package->zip));
	}
	m->package = package;
	m->name = name;
	m->size = (size_t)st.size;
	*out = m;
	return BG_OK;
}

long
package_member_read(struct package_member *m, char *buffer, size_t n, struct bg_error *err)
{
	zip_int64_t got;

	if (n > m->size - m->read)
		n = m->size - m->read;
	if (n == 0)
		return 0;
	got = libzip.fread(m->file, buffer, n);
	if (got < 0) {
		bg_fail(err, BG_ERR_DOCUMENT, "%s: %s", m->name, libzip.file_strerror(m->file));
		return -1;
	}
	if (got == 0) {
		bg_fail(err, BG_ERR_DOCUMENT, "%s is cut short", m->name);
		return -1;
	}
	m->read += (size_t)got;
	m->package->given += (size_t)got;
	return (long)got;
}

void
package_member_close(struct package_member *m)
{
	if (!m)
		return;
	libzip.fclose(m->file);
	free(m);
}

void
package_close(struct package *package)
{
	if (!package)
		return;
	libzip.discard(package->zip);
	free(package);
}
