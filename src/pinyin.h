/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pinyin.h - Latin letters matched against the Mandarin readings of Han
 * text, for those who cannot type Chinese: whole syllables (pufa, pu'fa,
 * with tones pu3fa3), initials (pf) or both (zfgzbg) find 普法 and
 * 政府工作报告; a polyphone reads any of its readings (行: xing, hang).
 * The readings are the Unicode Han Database's (unihan_pinyin.c). */
#ifndef BAOGAO_PINYIN_H
#define BAOGAO_PINYIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <unitypes.h>

/* The longest term read as pinyin, in letters, tone digits and
 * apostrophes. */
enum { PINYIN_TERM_MAX = 63 };

/* A search term read as pinyin: lower-case letters (ü as v), a tone digit
 * (1-4, 5 or 0 neutral) after a syllable, an apostrophe between two. */
struct pinyin_term {
	char text[PINYIN_TERM_MAX + 1];
	size_t length;
	/* The letters (bit 0: a) that the readings of a match's first and
	 * second characters can start with; all for the second when one
	 * character can match the whole term. */
	uint32_t first, second;
};

/* Reads the folded search term FOLDED (LENGTH bytes: lower-case, no white
 * space) as pinyin into *OUT.  Returns false when it is not pinyin: any
 * other character, a digit not after a letter, fewer than two letters, or
 * longer than PINYIN_TERM_MAX. */
bool pinyin_term_read(const uint8_t *folded, size_t length, struct pinyin_term *out);

/* The readings of UC: a list ended by 0, each reading the index of its
 * syllable (pinyin_syllable) times 8 plus its tone (1-4, 5 neutral); an
 * empty list for a code point with no reading.  Static. */
const uint16_t *pinyin_readings(ucs4_t uc);

/* The syllable of index INDEX (< the number of syllables), lower-case
 * ASCII, ü as v.  Static. */
const char *pinyin_syllable(unsigned index);

/* Finds the first place in TEXT (N bytes of whole paragraphs) at or after
 * FROM and before UNTIL where TERM matches the readings of consecutive
 * Han characters (white space between them passes); the match may end
 * past UNTIL but never past a line's end.  Of the matches starting at one
 * character, the shortest.  Sets [*START, *END) to the bytes of the Han
 * characters matched and returns true, or returns false when there is
 * none.  The first call of a process builds a table (a millisecond; safe
 * in any thread). */
bool pinyin_find(const struct pinyin_term *term, const uint8_t *text, size_t n, size_t from,
		 size_t until, size_t *start, size_t *end);

#endif
