/* reader_html.h - the reader of web pages (HTML), saved from a site or
 * piped from curl: the article's text, one paragraph a line, with heading
 * hints from h1-h6 and from paragraphs that are one bold run. */
#ifndef BAOGAO_READER_HTML_H
#define BAOGAO_READER_HTML_H

#include <stddef.h>

#include "reader.h"

extern const struct reader reader_html;

/* The encoding to decode a page's BYTES (N of them) with, as iconv names
 * it (static): a byte-order mark, else the charset of a <meta> tag near
 * the start (gb2312, gbk and x-gbk read as GB18030, as browsers do), else
 * "UTF-8" when the bytes are valid UTF-8, else "GB18030". */
const char *html_charset(const char *bytes, size_t n);

#endif
