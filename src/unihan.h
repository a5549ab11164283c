/* SPDX-License-Identifier: GPL-3.0-or-later */
/* unihan.h - tables generated from the Unicode Han Database by the
 * scripts in data/ (make-variants.py, make-pinyin.py), committed so that a build needs
 * neither the database nor a library at run time. */
#ifndef BAOGAO_UNIHAN_H
#define BAOGAO_UNIHAN_H

#include <stddef.h>
#include <stdint.h>

/* Traditional and simplified forms: pairs of a character and the one that
 * represents its class (發 and 髮: 发; 乾 and 幹: 干), sorted by the first;
 * a representative is not listed. */
extern const uint32_t unihan_variants[][2];
extern const size_t unihan_variant_count;

/* Mandarin readings of the code points from UNIHAN_PINYIN_FIRST to
 * UNIHAN_PINYIN_LAST: UNIHAN_PINYIN[uc - UNIHAN_PINYIN_FIRST] is where its
 * set of readings starts in UNIHAN_READING_SETS, which holds readings up
 * to a 0 (index 0 holds just that 0: no reading).  A reading is the index
 * of its syllable in UNIHAN_SYLLABLES (lower-case ASCII, ü as v) times 8
 * plus its tone (1 to 4, 5 neutral): 行 reads hang2 and xing2. */
enum { UNIHAN_PINYIN_FIRST = 0x3400, UNIHAN_PINYIN_LAST = 0x9fff };
extern const char *const unihan_syllables[];
extern const size_t unihan_syllable_count;
extern const uint16_t unihan_reading_sets[];
extern const uint16_t unihan_pinyin[UNIHAN_PINYIN_LAST - UNIHAN_PINYIN_FIRST + 1];

#endif
