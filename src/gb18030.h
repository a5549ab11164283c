/* SPDX-License-Identifier: GPL-3.0-or-later */
/* gb18030.h - GB18030 bytes looked at as they stand, without decoding
 * them to UTF-8: whether the text reader's decoding (iconv's) takes every
 * character, and which of a few characters stand in them.  GB18030 is
 * not self-synchronising (a character's second byte may look like the
 * first of another, or like ASCII: a raw byte match can start in the
 * middle of a character), so the bytes are walked character by character
 * from the start, and each character is known by what it decodes to:
 * a two-byte one by a table made once from iconv, a four-byte one (rare
 * in Chinese text) by iconv itself. */
#ifndef BAOGAO_GB18030_H
#define BAOGAO_GB18030_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <unitypes.h>

/* A character looked for, and the classes (bits) it stands for. */
struct gb18030_want {
	ucs4_t uc;
	uint64_t classes;
};

/* What gb18030_look saw. */
struct gb18030_seen {
	/* Every character decodes, as iconv decodes GB18030 (no NUL, no byte
	 * iconv refuses, none decoding to ASCII, none cut short at the
	 * end).  Nothing below is known when it is false. */
	bool decodes;
	/* A character stands that is neither white space, a line end nor an
	 * invisible one: ASCII other than a control or a space, or a Han
	 * ideograph (others are not looked at). */
	bool substance;
	size_t start;           /* the offset of the first character that is not U+FEFF */
	uint64_t classes;       /* the classes of the wanted characters that stand */
};

/* Walks the N BYTES, looking for the COUNT characters of WANT (a
 * character may be listed more than once), and says in *SEEN what it saw.
 * One pass, a table look-up for each two-byte character.  Safe in any
 * thread; the table is made at the first call (a millisecond).  When out
 * of memory or when iconv knows no GB18030, SEEN->decodes is false. */
void gb18030_look(const char *bytes, size_t n, const struct gb18030_want *want, size_t count,
		  struct gb18030_seen *seen);

/* Decodes the N BYTES of GB18030 to UTF-8 as iconv does, from the same
 * table: *OUT is malloc'd (NUL-terminated, *LENGTH bytes without the
 * NUL).  Several times faster than iconv on Chinese text.  Returns false,
 * with *OUT NULL, when a character does not decode (or is cut short at
 * the end, or decodes to U+FFFD), when out of memory or when iconv knows
 * no GB18030: the caller then asks iconv, which says why. */
bool gb18030_decode(const char *bytes, size_t n, char **out, size_t *length);

#endif
