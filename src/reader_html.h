/* SPDX-License-Identifier: GPL-3.0-or-later */
/* reader_html.h - the reader of web pages (HTML), saved from a site or
 * piped from curl: the article's text, one paragraph a line, with heading
 * hints from h1-h6 and from paragraphs that are one bold run. */
#ifndef BAOGAO_READER_HTML_H
#define BAOGAO_READER_HTML_H

#include <stddef.h>

#include "reader.h"

extern const struct reader reader_html;

#endif
