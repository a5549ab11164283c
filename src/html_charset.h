/* SPDX-License-Identifier: GPL-3.0-or-later */
/* html_charset.h - the encoding of a web page's bytes, and their decoding
 * to UTF-8. */
#ifndef BAOGAO_HTML_CHARSET_H
#define BAOGAO_HTML_CHARSET_H

#include <stddef.h>

#include "reader.h"

/* The encoding (as iconv names it; static) that charset label LABEL (N
 * bytes, any case: "gb2312", "x-gbk", "utf-8") stands for in a browser,
 * or NULL for a label it does not know. */
const char *html_charset_label(const char *label, size_t n);

/* The encoding to decode a page's BYTES (N of them) with (static): a
 * byte-order mark, else the charset of a <meta> tag near the start
 * (gb2312, gbk and x-gbk read as GB18030), else "UTF-8" when the bytes
 * are valid UTF-8, else "GB18030". */
const char *html_charset(const char *bytes, size_t n);

/* Decodes IN's bytes (in IN->encoding when the user named one, else in
 * html_charset's) to UTF-8: *TEXT is a malloc'd copy (*LENGTH bytes), or
 * NULL when the bytes are UTF-8 already.  *ENCODING is what they were in
 * (static, or IN->encoding).  A byte that does not decode becomes '?', as
 * a browser shows a replacement.  Fails with a status and ERR's detail;
 * IN's bytes stay the caller's. */
enum bg_status html_charset_decode(const struct reader_input *in, char **text, size_t *length,
				   const char **encoding, struct bg_error *err);

#endif
