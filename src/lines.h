/* SPDX-License-Identifier: GPL-3.0-or-later */
/* lines.h - decoded text into lines: line ends, indentation, hard wraps. */
#ifndef BAOGAO_LINES_H
#define BAOGAO_LINES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "clean.h"

/* One physical line of the decoded text, indentation and line end cut off. */
struct line {
	size_t start;        /* byte offset of the first kept character */
	size_t length;
	uint32_t number;     /* 1-based source line */
	uint32_t column;     /* 1-based character column of start */
	uint32_t width;      /* display columns, measured when looking for a wrap
			      * (a line wider than any wrap, only that far) */
	uint32_t chars;      /* characters, measured with WIDTH (as far) */
	bool indented;       /* had leading white space */
	bool continues;      /* joined to the line before (hard wrap) */
	bool spaced;         /* joined with a space: a clause number's title */
	bool bridged;        /* blank, yet inside a paragraph (between them) */
	bool full;           /* reaches the wrap width of a hard-wrapped text */
	bool noise;          /* matched by a line rule */
	uint16_t written_columns, written_chars;   /* more, as written, of escapes
						    * decoded (escapes_written) */
};

struct line_list {
	struct line *items;   /* malloc'd; the caller frees it */
	size_t count, capacity;
	const struct noise_rules *rules;   /* line rules to match, or NULL */
	struct noise_cost cost;   /* of matching line rules: NOISE_COST_START at first */
};

/* Appends the lines of TEXT (LENGTH bytes of UTF-8) to LINES, marking the
 * ones its rules match as noise.  Without LONE_CRS the lines of a LF file
 * are not searched for CRs inside them, where the reader has made sure
 * there are none.  False when out of memory. */
bool lines_split(const char *text, size_t length, struct line_list *lines, bool lone_crs);

struct escapes_written;

/* Gives the lines of LINES (COUNT of them, in line order) what the
 * escapes decoded in them took as written, WRITTEN (N notes in line order,
 * escapes_decode_noting's): a hard wrap made on the text as written
 * measured them so, and lines_find_wrap measures them as it did. */
void lines_add_written(struct line *lines, size_t count, const struct escapes_written *written, size_t n);

/* The hard wrap of a text, as its lines show it. */
struct lines_wrap {
	uint32_t width;        /* 0: not hard-wrapped */
	bool in_chars;         /* WIDTH counts characters, not columns */
	bool indent_marks_paragraphs;
};

/* The wrap of the COUNT LINES of TEXT (measuring them: their width and
 * chars are set), width 0 when they show none.  It holds for them until
 * lines are taken out or put in. */
struct lines_wrap lines_find_wrap(const char *text, struct line *lines, size_t count);

/* Takes out of the COUNT LINES of a hard-wrapped TEXT the blank lines of
 * its line spacing, when it is double-spaced (an extraction of pages set
 * with wide leading, pdftotext -layout's: a blank line after most lines,
 * where in other texts a blank line ends a paragraph): each blank line that
 * stands alone between two lines goes, and the wrap then joins the lines
 * of a paragraph as in any hard-wrapped text.  Other texts keep their
 * lines.  WRAP is lines_find_wrap's for them.  Returns the lines left, at
 * the start of LINES in their order. */
size_t lines_drop_spacing(const char *text, struct line *lines, size_t count, const struct lines_wrap *wrap);

/* Marks the COUNT LINES of TEXT that continue a hard-wrapped paragraph: a
 * line that reaches the wrap width and does not end a sentence goes on in
 * the next line, unless that begins a heading.  Where paragraphs start
 * indented, the indentation decides instead of the punctuation.  Text
 * with no wrap width keeps its lines.  WRAP is lines_find_wrap's for the
 * same lines.  PAGED: a reader placed the lines from the pages' layout
 * (a PDF's), and a clause number it set alone stays a line of its own,
 * its title read below it; in other text it joins its title. */
void lines_mark_continuations(const char *text, struct line *lines, size_t count,
			      const struct lines_wrap *wrap, bool paged);

/* Marks as noise the running heads among the COUNT LINES of TEXT: a short
 * line repeated at least three times, each time beside a page number (a
 * line already marked as noise) or, in a hard-wrapped text, between two
 * pieces of a sentence, as a PDF extraction leaves a page's header.
 * WRAP is lines_find_wrap's for the same lines.  False when out of
 * memory. */
bool lines_mark_running_heads(const char *text, struct line *lines, size_t count,
			      const struct lines_wrap *wrap);

/* True when S (N bytes, trimmed) is a page's number alone, as a copy of
 * a PDF keeps it between two pages' text: one to four digits (12), or a
 * roman numeral in one case (ii, IV), as a document numbers the pages of
 * its front matter. */
bool lines_page_number(const char *s, size_t n);

/* True when S (N bytes) ends with a mark that ends a sentence (or a list
 * item): 。！？；：…” ) . and the like. */
bool lines_end_sentence(const char *s, size_t n);

/* True when S (N bytes) holds three bare numbers or more one after
 * another, apart by white space only (1,059,657  677,715  29,608; 586 396
 * 67.7 490 -19.1): the cells of a table's row whose text a PDF gave as
 * one line (一、收入 1,059,657 677,715 …, 1.利润收入 586 396 …).  A number
 * is digits with the signs that write them (, . - + %); a word between
 * numbers (2026 年 1 月 20 日) breaks the row. */
bool lines_figure_cells(const char *s, size_t n);

/* Whether byte C may stand in a bare number as lines_figure_cells reads
 * one: a digit or a sign that writes numbers (, . - + %). */
static inline bool
lines_number_byte(char c)
{
	return (c >= '0' && c <= '9') || c == ',' || c == '.' || c == '-' || c == '+' || c == '%';
}

/* True when S (N bytes), past white space, holds one bare number and
 * nothing else (238.83, -26.5, 5.7%): a cell of a table set one cell a
 * line.  A number is as lines_figure_cells reads one. */
bool lines_number_cell(const char *s, size_t n);

/* True when S (N bytes) is "# 税收收入", one '#' and a space before a
 * name, and NEXT (NEXT_N bytes, the line after it, may be NULL) is a
 * number cell (lines_number_cell), or the name is followed on S by two
 * number cells or more (# 小麦 162.75 -6.8 61.54, a row set on one
 * line): a row of a statistical table, whose '#' marks an item "of
 * which" (其中) the row above counts, not a Markdown heading. */
bool lines_tally_mark(const char *s, size_t n, const char *next, size_t next_n);

/* Length of a Markdown ATX heading's "## " prefix at the start of S (N
 * bytes), and its level in *LEVEL; 0 if S is not one. */
size_t lines_markdown_heading(const char *s, size_t n, uint8_t *level);

/* Length of the Markdown list item's mark that S (N bytes) opens with
 * ("- ", "* ", "+ ", then text: 2), 0 when it opens with none.  A rule
 * spaced out (* * *, - - -) and a mark with a second space after it are
 * none.  The item stands on its own, never the rest of the line before
 * it (- **标题**：… / - **报告人**：…), and a copier's key line may be one
 * (- 发布日期：…). */
size_t lines_list_mark(const char *s, size_t n);

#endif
