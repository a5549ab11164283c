/* SPDX-License-Identifier: GPL-3.0-or-later */
/* package.h - the zip container of a document (.docx, .odt): its members
 * by name, read whole into memory within limits that keep a zip bomb out. */
#ifndef BAOGAO_PACKAGE_H
#define BAOGAO_PACKAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "status.h"

struct package;

/* True when HEAD (N bytes) starts like a zip file. */
bool package_is_zip(const char *head, size_t n);

/* Opens the zip in BYTES (SIZE bytes, which must outlive the package and
 * stay unchanged).  On success *OUT is a package the caller closes with
 * package_close; else returns BG_ERR_DOCUMENT or BG_ERR_NOMEM with ERR's
 * detail, or BG_ERR_NO_SUPPORT when libzip cannot be loaded (it is, the
 * first time a package is opened). */
enum bg_status package_open(const char *bytes, size_t size, struct package **out,
			    struct bg_error *err);

/* Whether the package has a member called NAME ("word/document.xml"). */
bool package_has(const struct package *package, const char *name);

/* Reads the member NAME whole into a malloc'd, NUL-terminated block the
 * caller frees: *TEXT, *LENGTH bytes without the NUL.  Refuses a member
 * that is too large, or too much larger than it is compressed, and stops
 * once the package has given too much in all.  Errors: BG_ERR_DOCUMENT
 * (missing, damaged or too large: ERR's detail says which),
 * BG_ERR_NOMEM. */
enum bg_status package_read(struct package *package, const char *name, char **text,
			    size_t *length, struct bg_error *err);

/* A member read a piece at a time, inflated only as far as it is read:
 * the start of a large document without the whole of it. */
struct package_member;

/* Opens the member NAME to be read with package_member_read, within the
 * limits of package_read, told from its sizes; *OUT is closed with
 * package_member_close.  Errors as package_read's. */
enum bg_status package_member_open(struct package *package, const char *name,
				   struct package_member **out, struct bg_error *err);

/* Reads the next bytes of MEMBER, at most N, into BUFFER: how many, 0 at
 * its end, or -1 with ERR's detail when it is damaged or cut short
 * (BG_ERR_DOCUMENT).  Never more than the size the zip gives for it. */
long package_member_read(struct package_member *member, char *buffer, size_t n,
			 struct bg_error *err);

/* Closes MEMBER (NULL is fine). */
void package_member_close(struct package_member *member);

/* Closes PACKAGE (NULL is fine). */
void package_close(struct package *package);

#endif
