/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fold.h - what search compares: characters folded by NFKC and case, with
 * white space and invisible characters left out, and the table that goes
 * the other way, from a character to the characters whose folding holds
 * it (G, Ｇ, ｇ, ⓖ ... for g; ⼈ for 人). */
#ifndef BAOGAO_FOLD_H
#define BAOGAO_FOLD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <unitypes.h>

/* No character. */
#define FOLD_NONE ((ucs4_t)-1)

/* True for the characters folding leaves out: Unicode White_Space and
 * Default_Ignorable_Code_Point (spaces, U+3000, tabs, soft hyphens,
 * zero-width spaces, variation selectors). */
bool fold_is_ignorable(ucs4_t uc);

/* True when folding leaves UC as it is and it is not ignorable: CJK
 * ideographs, 。、“” and most other characters of Chinese text. */
bool fold_is_plain(ucs4_t uc);

/* A growable byte buffer that foldings are appended to; DATA is the
 * owner's, freed with free(). */
struct fold_buffer {
	uint8_t *data;
	size_t length, capacity;
};

/* The foldings of single code points met in one search run: the
 * full-width punctuation of Chinese text (，（）：) folds to ASCII and
 * would otherwise go through u8_casefold at every hit.  Set up with
 * fold_cache_init. */
enum { FOLD_CACHE_SIZE = 1024, FOLD_CACHE_BYTES = 14 };

struct fold_cache_entry {
	ucs4_t uc;
	uint8_t length;
	uint8_t bytes[FOLD_CACHE_BYTES];
};

struct fold_cache {
	struct fold_cache_entry entries[FOLD_CACHE_SIZE];
};

/* Empties CACHE. */
void fold_cache_init(struct fold_cache *cache);

/* What folding does besides NFKC, case and ignorable characters. */
enum fold_flags {
	/* Traditional and simplified forms of a Han character fold to one
	 * (發 and 髮 to 发); needs fold_prepare(). */
	FOLD_HAN_VARIANTS = 1 << 0,
};

/* Appends the folding of the character (a code point and the combining
 * marks after it) at S, N bytes left in its paragraph, to OUT and sets
 * *LENGTH to the character's bytes; FLAGS are enum fold_flags.  Returns
 * the folded length (0 for an ignorable character), or SIZE_MAX when out
 * of memory.  CACHE may be NULL; one cache serves one FLAGS. */
size_t fold_char(const uint8_t *s, size_t n, size_t *length, struct fold_buffer *out,
		 struct fold_cache *cache, unsigned flags);

/* The ranges of code points that the variant tables pass over, as none
 * of them decomposes or changes when case folded: *COUNT pairs of first
 * and last (static). */
const ucs4_t (*fold_plain_ranges(size_t *count))[2];

/* Makes the variant tables ready unless they are (they are made at build
 * time: this takes microseconds, once per process; safe in any thread).
 * Returns false when out of memory.  The functions below need it. */
bool fold_prepare(void);

/* A character and one whose folding holds it. */
struct fold_variant {
	ucs4_t target;
	ucs4_t source;
};

/* The variant tables, each sorted by target then source: the characters
 * whose folding holds a character (fold_variants), the letters composed
 * on a base letter (fold_composed), the members of a class of
 * traditional and simplified forms (fold_han_variants). */
struct fold_tables {
	struct fold_variant *variants, *bases, *han;
	size_t variant_count, base_count, han_count;
};

/* Builds the variant tables from libunistring's Unicode data and
 * unihan_variants (a few milliseconds): what make-fold-table writes out
 * as fold_tables.c when baogao is built.  *OUT's arrays are the caller's
 * (fold_tables_free).  Returns false when out of memory. */
bool fold_tables_build(struct fold_tables *out);
void fold_tables_free(struct fold_tables *tables);

/* The tables made at build time (fold_tables.c). */
extern const struct fold_variant fold_made_variants[], fold_made_bases[], fold_made_han[];
extern const size_t fold_made_variant_count, fold_made_base_count, fold_made_han_count;

/* The characters whose folding holds UC, other than UC itself: *COUNT
 * pairs from the one returned, each with UC as its target.  The table is
 * the module's. */
const struct fold_variant *fold_variants(ucs4_t uc, size_t *count);

/* The same for the letters composed on UC, which decompose to it (é, è, ê
 * ... on e). */
const struct fold_variant *fold_composed(ucs4_t uc, size_t *count);

/* The character that represents UC's class of traditional and
 * simplified forms (发 for 發 and 髮), UC when it is in none or represents
 * it.  Needs fold_prepare(). */
ucs4_t fold_han(ucs4_t uc);

/* The other members of the class of traditional and simplified forms
 * that UC represents (發 and 髮 for 发): *COUNT pairs with UC as target;
 * none when UC represents no class.  The table is the module's. */
const struct fold_variant *fold_han_variants(ucs4_t uc, size_t *count);

/* The first code point of UC's canonical decomposition, itself
 * decomposed (UC when it has none): e for ẹ́. */
ucs4_t fold_base(ucs4_t uc);

#endif
