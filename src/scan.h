/* SPDX-License-Identifier: GPL-3.0-or-later */
/* scan.h - the byte scan of a search: the places in a text where any of a
 * few short byte strings (needles) stands, found in one vectorised pass
 * over the original bytes, so that the text is never folded as a whole. */
#ifndef BAOGAO_SCAN_H
#define BAOGAO_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <unitypes.h>

/* The longest needle. */
enum { SCAN_NEEDLE_MAX = 4 };

/* A byte string that starts every character whose folding may hold a
 * given character: the UTF-8 of one character, or a first byte or two
 * shared by several (F0 for 𝐠 𝑔 𝒈 🄖 ... where the text has few of them). */
struct scan_needle {
	uint8_t bytes[SCAN_NEEDLE_MAX];
	uint8_t length;
	uint8_t probe;          /* the two bytes the fast pass compares */
};

/* Sets *NEEDLES (*COUNT of them, sorted, the caller's to free()) to the
 * UTF-8 of UC and of every character whose folding (with FLAGS, enum
 * fold_flags) holds UC.  A composed
 * letter (ẹ) also forms from its base and marks: from e or E and U+0323,
 * and from é and U+0323 (NFKC puts U+0323 first), so when UC is one,
 * every letter on its base is added.  Needs fold_prepare(); returns false
 * when out of memory. */
bool scan_needles(ucs4_t uc, unsigned flags, struct scan_needle **needles, size_t *count);

/* How often byte pairs stand 1, 2 and 3 bytes apart in a sample of a
 * text, from which a scanner chooses the bytes it compares. */
struct scan_sample;

/* Samples TEXT (N bytes).  Returns a sample that is the caller's
 * (scan_sample_free), or NULL when out of memory. */
struct scan_sample *scan_sample(const uint8_t *text, size_t n);

/* Frees SAMPLE (NULL is fine), or keeps it for the thread's next
 * scan_sample. */
void scan_sample_free(struct scan_sample *sample);

/* Needles made ready for the fast pass over a text like the sample's. */
struct scanner;

/* Builds a scanner for the COUNT NEEDLES (sorted; copied) on SAMPLE.
 * Returns it (the caller's: scan_free) or NULL when out of memory. */
struct scanner *scan_build(const struct scan_needle *needles, size_t count,
			   const struct scan_sample *sample);

/* Frees S; NULL is fine. */
void scan_free(struct scanner *s);

/* A good size for scan_find's STARTS. */
enum { SCAN_STARTS_MAX = 256 };

/* Finds where needles of S start in TEXT[FROM, N), in order: stores up to
 * MAX (at least 64) places in STARTS and returns how many; *NEXT is where
 * to go on (N at the end). */
size_t scan_find(struct scanner *s, const uint8_t *text, size_t n, size_t from, size_t *starts,
		 size_t max, size_t *next);

/* What one pass of S over TEXT (N bytes) would cost, guessed from a pass
 * over a sample of it: for choosing between scanners. */
double scan_cost(struct scanner *s, const uint8_t *text, size_t n);

#endif
