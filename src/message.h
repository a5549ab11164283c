/* SPDX-License-Identifier: GPL-3.0-or-later */
/* message.h - text made safe for a terminal, and the one way the program
 * writes a message to standard error.  A file name, an argument, a rule's
 * text or a warning can hold anything: an escape sequence in one (OSC 52
 * sets the terminal's clipboard) must reach the terminal as visible text,
 * never as a control. */
#ifndef BAOGAO_MESSAGE_H
#define BAOGAO_MESSAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>

/* Writes into OUT (SIZE bytes, SIZE >= 8) the N bytes of S as safe text,
 * NUL-terminated: C0 controls and DEL as ^X (tab kept), C1 controls and
 * invisible format characters (bidi overrides, zero widths, the BOM) as
 * <U+XXXX>, bytes that are not UTF-8 as \xNN; a newline as ^J unless
 * KEEP_NEWLINES.  Text that does not fit is cut at a character boundary
 * and ends with "…".  Returns the length written. */
size_t message_safe(char *out, size_t size, const char *s, size_t n, bool keep_newlines);

/* The longest text of one message (longer is cut, ending with "…"). */
enum { MESSAGE_MAX = 1024 };

/* Prints "PROGRAM: " and printf's FORMAT with its arguments to F, made
 * safe as one line (see message_safe), and a newline. */
void message_print(FILE *f, const char *format, ...) __attribute__((format(printf, 2, 3)));

/* message_print with a va_list. */
void message_vprint(FILE *f, const char *format, va_list args);

/* Like message_print, to standard error. */
void message_error(const char *format, ...) __attribute__((format(printf, 1, 2)));

/* An argument shortened for a message: at most 60 characters of S, with
 * "…" when cut, in BUF (SIZE bytes), which it returns. */
const char *message_short(char *buf, size_t size, const char *s);

#endif
