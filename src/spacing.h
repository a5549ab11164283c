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

/* True when TEXT (LENGTH bytes of UTF-8) spaces its digits out: some old
 * web copies set a space after every ASCII digit (1 9 9 8 年3 月5 日,
 * 7 4 7 7 2 亿元, 8 ．8 ％).  Its first 64 KiB hold at least five numbers
 * of three digits or more written so, each followed by a wide character
 * (a table's cells, 1 2 3 alone, are no such number). */
bool spacing_digits_detect(const char *text, size_t length);

/* Closes up the digits of TEXT (LENGTH bytes of valid UTF-8) in place: the
 * one ASCII space after a digit that stands alone (no digit right before
 * it) goes when a digit, a wide character, % or ‰ follows it, so that
 * 1 9 9 8 年 reads 1998年 and 8 ．8 ％ reads 8．8％.  A number written
 * whole keeps the space after it (2006 年, 共 12 项).  The text never
 * grows and keeps its line breaks; returns its new length. */
size_t spacing_close_digits(char *text, size_t length);

#endif
