/* utf8.h - the two UTF-8 loops that run over every byte of a report,
 * written for speed: validation and counting characters. */
#ifndef BAOGAO_UTF8_H
#define BAOGAO_UTF8_H

#include <stddef.h>

/* Length of the longest prefix of S (N bytes) that is valid UTF-8 (no
 * overlong forms, surrogates or code points past U+10FFFF); N when all of
 * S is valid.  Agrees with libunistring's u8_check. */
size_t utf8_valid_length(const char *s, size_t n);

/* Number of characters in the valid UTF-8 text S (N bytes). */
size_t utf8_count(const char *s, size_t n);

#endif
