/* SPDX-License-Identifier: GPL-3.0-or-later */
/* spacing.h - text spaced out a character at a time.  Some PDF extractions
 * set a space or two after every character of the page (关  于  岳  阳  市
 * 2025  年  预  算 …), so that no label (一  、), title, date or figure
 * reads as printed.  Such a text is closed up before anything reads it. */
#ifndef BAOGAO_SPACING_H
#define BAOGAO_SPACING_H

#include <stdbool.h>
#include <stddef.h>

/* True when TEXT (LENGTH bytes of UTF-8) is spaced out throughout: of the
 * lines in its first 64 KiB that hold six Han characters or more, at least
 * ten, and more than half, set spaces between most (seven in ten) of their
 * neighbouring characters where one of the two is wide.  A title or a
 * heading spaced out alone (目  录, 前  言) does not make a text so. */
bool spacing_detect(const char *text, size_t length);

/* Closes up TEXT (LENGTH bytes of valid UTF-8) in place: every run of
 * ASCII spaces between two characters of a line one of which is wide
 * (Han, full-width punctuation, CJK marks) goes; spaces at the start or
 * the end of a line and between two half-width characters (2 025, A B)
 * stay, and so do those before a table row's figures, two numbers or
 * more, or one of four characters or more that ends the line (一、利润收入
 * 129334  92098, 总额  2315763).  The text never grows and keeps its line breaks; returns its new
 * length. */
size_t spacing_close_up(char *text, size_t length);

/* Closes up the gaps a copy pasted into one line of text that is not
 * spaced out throughout (a heading's title: 市级  一般公共预算,
 * 2025  年预算执行情况, 坚持守正创新  、精益求精): every run of two
 * ASCII spaces or more between two characters one of which is wide goes.
 * A single space stays: a short title letter-spaced on purpose (总 则,
 * 龚 正) sets one; and so do the spaces before figures that end it (a
 * table row's cells, a page number: 总体要求  3).  S is LENGTH bytes of valid UTF-8, rewritten in place;
 * returns its new length. */
size_t spacing_close_gaps(char *s, size_t length);

#endif
