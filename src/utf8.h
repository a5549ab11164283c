/* utf8.h - the UTF-8 loops that run over every byte of a report, written
 * for speed: validation, finding a character and counting characters. */
#ifndef BAOGAO_UTF8_H
#define BAOGAO_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* Length of the longest prefix of S (N bytes) that is valid UTF-8 (no
 * overlong forms, surrogates or code points past U+10FFFF); N when all of
 * S is valid.  Agrees with libunistring's u8_check. */
size_t utf8_valid_length(const char *s, size_t n);

/* The same, and whether that valid prefix holds a NUL or a CR byte
 * (*CONTROLS): what a text file is checked for besides, in the same pass. */
size_t utf8_check_text(const char *s, size_t n, bool *controls);

/* The first place in S (N bytes) of the three bytes at C (a Chinese
 * character), or NULL.  Faster than memmem for a pattern this short. */
const char *utf8_find3(const char *s, size_t n, const char *c);

/* The first place in S (N bytes) of byte A or byte B, or NULL: one pass
 * where memchr would take two. */
const char *utf8_find_either(const char *s, size_t n, char a, char b);

/* Number of characters in the valid UTF-8 text S (N bytes). */
size_t utf8_count(const char *s, size_t n);

#endif
