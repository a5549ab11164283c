/* unihan.h - tables generated from the Unicode Han Database by the
 * scripts in data/ (make-variants.py), committed so that a build needs
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

#endif
