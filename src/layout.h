/* SPDX-License-Identifier: GPL-3.0-or-later */
/* layout.h - display width, visible control characters, line breaking.
 * One width function serves the printers, the panes and the tests, so
 * what the tests measure is what the screen shows. */
#ifndef BAOGAO_LAYOUT_H
#define BAOGAO_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* True for a character that must never reach a terminal raw: C0 and C1
 * controls, DEL, bidi controls, zero-width characters and BOM. */
bool layout_is_unsafe(uint32_t uc);

/* Writes the visible form of the unsafe character UC into BUF (at least
 * 12 bytes): "^[" for C0 and DEL, "<U+202E>" otherwise.  Returns its
 * length.  A tab becomes one space. */
size_t layout_visible_char(uint32_t uc, char *buf);

/* Returns a malloc'd copy of S (N bytes of UTF-8) with every unsafe
 * character replaced by its visible form and invalid bytes by "\xNN";
 * *OUT_LENGTH gets its length.  NULL when out of memory. */
char *layout_visible(const char *s, size_t n, size_t *out_length);

/* Whether East Asian Ambiguous characters (“ ” · — … │ ①) count two
 * columns, as terminals set to draw them wide do (PuTTY, iTerm2, xterm
 * -cjk_width); by default they count one, as wcwidth() in a UTF-8 locale
 * and tmux do.  The browser sets it once, before any text is measured
 * (it is not guarded for threads); batch output never changes it. */
void layout_set_ambiguous_wide(bool wide);
bool layout_ambiguous_wide(void);

/* True for a character of East Asian Width A that is one column in a
 * UTF-8 locale (combining marks and private use left out). */
bool layout_is_ambiguous(uint32_t uc);

/* Display width in terminal columns of the UTF-8 text S (N bytes), as
 * wcwidth() in a UTF-8 locale and tmux count it (ambiguous characters as
 * layout_set_ambiguous_wide says), with unsafe characters counted as
 * their visible forms. */
int layout_width(const char *s, size_t n);

/* Width of the single character UC (0, 1 or 2; unsafe ones as visible). */
int layout_char_width(uint32_t uc);

/* One line of wrapped text: bytes [offset, offset + length) of the text
 * given to layout_wrap, WIDTH columns wide (spaces where the line was
 * broken are left out). */
struct layout_line {
	size_t offset;
	size_t length;
	int width;
};

/* Breaks the paragraph S (N bytes of UTF-8, no newline) into lines of at
 * most WIDTH columns, the first starting at column START_COLUMN (an
 * indent), by the rules of CJK line breaking: breaks between ideographs,
 * never before closing punctuation (，。、；：？！）》”) nor after opening
 * punctuation, “ and ” next to ideographs treated as the fullwidth
 * brackets they are in Chinese text, a number kept with its unit (3860人,
 * 12.5%, 〔2023〕36号) where a line allows it, and as a last resort a
 * split between graphemes.  *LINES (malloc'd, the caller frees it) gets
 * *COUNT lines, at least one (empty text makes one empty line).  Returns
 * false when out of memory. */
bool layout_wrap(const char *s, size_t n, int width, int start_column,
		 struct layout_line **lines, size_t *count);

/* A run of bytes [start, end) of the text given to layout_wrap_keeping
 * that no line break may fall inside. */
struct layout_keep {
	size_t start, end;
};

/* layout_wrap, keeping each of the KEEP_COUNT runs of KEEP (a figure
 * with its unit: 54万亿元, 〔2023〕36号) on one line when it fits in one:
 * the line then breaks before it. */
bool layout_wrap_keeping(const char *s, size_t n, int width, int start_column,
			 const struct layout_keep *keep, size_t keep_count,
			 struct layout_line **lines, size_t *count);

/* Returns how many bytes of S (N bytes) fit in WIDTH columns, in whole
 * characters (a zero-width mark stays with its base), and sets *USED (may
 * be NULL) to their width. */
size_t layout_fit(const char *s, size_t n, int width, int *used);

/* Like layout_fit, but when S does not fit whole, leaves room for an
 * ellipsis of ELLIPSIS_WIDTH columns after the prefix and sets *CUT.
 * The caller draws the prefix, then the ellipsis when *CUT. */
size_t layout_truncate(const char *s, size_t n, int width, int ellipsis_width, int *used,
		       bool *cut);

/* Widths for COUNT columns side by side in ROOM columns, GAP apart: each
 * its NATURAL width when all fit; else the widest gives way a column at a
 * time, none below its FLOOR.  A column whose natural width is negative
 * is left out (width -1, no gap).  Fills WIDTHS; true when they fit. */
bool layout_fit_columns(int *widths, const int *natural, const int *floor, int count, int gap,
			int room);

#endif
