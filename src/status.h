/* SPDX-License-Identifier: GPL-3.0-or-later */
/* status.h - errors as values: every model function returns one of these. */
#ifndef BAOGAO_STATUS_H
#define BAOGAO_STATUS_H

#include <stddef.h>

#include "i18n.h"

/* X-macro list: name, message (translated by bg_status_message). */
#define BG_STATUS_LIST(X) \
	X(BG_OK, N_("success")) \
	X(BG_ERR_NOMEM, N_("out of memory")) \
	X(BG_ERR_OPEN, N_("cannot open file")) \
	X(BG_ERR_READ, N_("read error")) \
	X(BG_ERR_TTY, N_("standard input is a terminal; pipe a report in or name a FILE")) \
	X(BG_ERR_ISDIR, N_("is a directory")) \
	X(BG_ERR_NOTFILE, N_("not a regular file")) \
	X(BG_ERR_EMPTY, N_("file is empty")) \
	X(BG_ERR_BLANK, N_("file holds only white space")) \
	X(BG_ERR_NO_TEXT, N_("web page holds no text")) \
	X(BG_ERR_BINARY, N_("binary file (contains NUL bytes)")) \
	X(BG_ERR_UTF16, N_("UTF-16 is not supported, convert with iconv -f UTF-16 -t UTF-8")) \
	X(BG_ERR_UTF32, N_("UTF-32 is not supported, convert with iconv -f UTF-32 -t UTF-8")) \
	X(BG_ERR_ENCODING, N_("cannot decode")) \
	X(BG_ERR_BAD_ENCODING_NAME, N_("unknown or unusable encoding")) \
	X(BG_ERR_TOO_BIG, N_("file too large")) \
	X(BG_ERR_DOCUMENT, N_("not a readable document")) \
	X(BG_ERR_BINARY_OFFICE, N_("a binary Word or WPS document (.doc, .wps): convert it with libreoffice --headless --convert-to docx FILE")) \
	X(BG_ERR_FORMAT_NAME, N_("unknown input format")) \
	X(BG_ERR_NO_SUPPORT, N_("format not supported by this build")) \
	X(BG_ERR_ENCRYPTED, N_("encrypted document")) \
	X(BG_ERR_DAMAGED, N_("damaged document")) \
	X(BG_ERR_RULES, N_("bad rule")) \
	X(BG_ERR_STATE, N_("unusable state file")) \
	X(BG_ERR_STATE_NEWER, N_("state file of a newer baogao, left as it is")) \
	X(BG_ERR_QUERY, N_("bad search query")) \
	X(BG_ERR_REGEX, N_("bad regular expression")) \
	X(BG_ERR_COSTLY, N_("pattern too costly: it hit a limit on matching")) \
	X(BG_ERR_CANCELLED, N_("search cancelled")) \
	X(BG_ERR_NO_SECTION, N_("no such section")) \
	X(BG_ERR_TERMINAL, N_("terminal error"))

enum bg_status {
#define BG_STATUS_ENUM(name, message) name,
	BG_STATUS_LIST(BG_STATUS_ENUM)
#undef BG_STATUS_ENUM
};

/* An error with room for a detail (an errno text, a rule's line number). */
struct bg_error {
	enum bg_status status;
	char detail[200];
};

/* Returns the static message for STATUS. */
const char *bg_status_message(enum bg_status status);

/* Sets ERR (may be NULL) to STATUS with a printf-style detail; returns STATUS. */
enum bg_status bg_fail(struct bg_error *err, enum bg_status status, const char *format, ...)
	__attribute__((format(printf, 3, 4)));

#endif
