/* SPDX-License-Identifier: GPL-3.0-or-later */
/* reader_pdf.c - the PDF reader, on poppler's glib interface: the text of
 * each page in reading order, one line of text per paragraph, each with
 * its page (reader_hint.page).
 *
 * A page's lines come with their place and font.  What a PDF adds to a
 * report's text is taken out by place: a line in the top or bottom band
 * of the page whose text (its digits aside) stands at the same height on
 * many pages is a running header or footer, and a band line that is only
 * a page number ("— 3 —", "- 3 -", "第 3 页", "3") is one even on a page
 * of its own; so is a long table's header repeated atop its pages after
 * its first time (a row, or a block of lines, whole or in pieces).  Hard wraps are joined by the lines' geometry: a
 * line that reaches the right margin goes on in the next one, unless that
 * one is indented (a new paragraph) or set in another font size, or the
 * line ends a sentence and the next opens with a clause's number; across
 * a page break too.  A short line most of which is set larger or bolder
 * than the body text, with no heading label, gets a heading level (the
 * larger, the higher), unless it is a cell of a table (it stands on a row
 * with a figure alone), or it stands before the body begins (a title, a
 * cover, front matter) or says such a line again, or it is a formula.
 * The cells of a table that poppler reads a column at a time (the
 * labels, then the figures) are put back into rows, a table row each.  A
 * page set in two columns of text (a gazette's) is read a column at a
 * time: poppler gives their lines, standing on the same rows, across the
 * gutter.  A heading broken over two centred lines is one line.  A
 * clause's number poppler gives after its title on the same row goes
 * back before it, and so does a line's start it gives after the rest
 * that runs into it (a full-width comma drawn over a closing bracket);
 * a number it gives glued to its title a tab's gap away (4限值和评价方法)
 * gets its space back when the line stands at the left margin.
 *
 * Built without poppler, the reader still knows a PDF by its "%PDF-" and
 * says that PDF support is missing. */
#include <config.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "reader.h"

static unsigned
detect(const char *head, size_t n)
{
	return n >= 5 && memcmp(head, "%PDF-", 5) == 0 ? READER_SURE : 0;
}

#ifndef HAVE_POPPLER

static enum bg_status
read_pdf(const struct reader_input *in, struct reader_text *out, struct bg_error *err)
{
	*out = (struct reader_text){ 0 };
	free(in->bytes);
	return bg_fail(err, BG_ERR_NO_SUPPORT,
		       "PDF support is missing: build baogao with poppler-glib (libpoppler-glib-dev)");
}

#else

#include <math.h>
#include <stddef.h>

#include <poppler.h>

#include "array.h"
#include "date.h"
#include "dynlib.h"
#include "job.h"
#include "label.h"
#include "utf8.h"

/* poppler-glib is loaded when the first PDF is read, not when baogao
 * starts (dynlib.h): it brings some forty libraries, whose loading would
 * cost every run, PDF or not, some 25 ms.  The functions the reader
 * calls: */
#define PDF_FUNCTIONS(X) \
	X(document_new_from_bytes, poppler_document_new_from_bytes) \
	X(document_get_n_pages, poppler_document_get_n_pages) \
	X(document_get_page, poppler_document_get_page) \
	X(page_get_text, poppler_page_get_text) \
	X(page_get_text_layout, poppler_page_get_text_layout) \
	X(page_get_text_attributes, poppler_page_get_text_attributes) \
	X(page_free_text_attributes, poppler_page_free_text_attributes) \
	X(page_get_size, poppler_page_get_size) \
	X(error_quark, poppler_error_quark) \
	X(bytes_new_static, g_bytes_new_static) \
	X(bytes_unref, g_bytes_unref) \
	X(clear_error, g_clear_error) \
	X(free, g_free) \
	X(object_unref, g_object_unref)

static struct {
	PDF_FUNCTIONS(DYNLIB_POINTER)
} pdf;

#define PDF_SYMBOL(member, function) DYNLIB_SYMBOL(pdf, member, function),
static const struct dynlib_symbol pdf_symbols[] = { PDF_FUNCTIONS(PDF_SYMBOL) };

static struct dynlib pdf_library = DYNLIB(POPPLER_GLIB_SONAME, pdf_symbols, pdf);

/* The top and bottom bands of a page where headers and footers stand, as
 * a part of its height. */
#define BAND 0.15
/* How far apart (points) two lines may be and still be "at the same
 * height" on two pages. */
#define SAME_PLACE 4.0

/* A line of a page's text, with its box (points, from the page's top
 * left) and font. */
struct pdf_line {
	size_t offset, length;     /* in the text of all pages */
	double x1, y1, x2, y2;
	double size;               /* its largest font size */
	/* The size of most of its characters (a sentence with a letter or a
	 * sign set larger is set in the body's size), and how many. */
	double main_size;
	size_t main_chars;
	bool bold;
	bool furniture;            /* a running header or footer, a page number */
	bool table_cell;           /* a cell of a table's row of figures */
	bool sign_off;             /* the issuer or date of a sign-off */
	bool repeated_row;         /* the first of a row a table repeats atop its pages */
	/* On a page of two columns: its column (1 left, 2 right; 0: across
	 * the page or on a page of one column) and that column's edges. */
	int column;
	double column_left, column_right;
	/* A table's row made of its cells (two spaces apart): where each
	 * starts on the line (1-based characters; malloc'd, CELL_COUNT of
	 * them), as reader_hint has them; cell_count 0: no row. */
	uint32_t *cells;
	uint32_t cell_count;
	uint32_t table, row;
	uint32_t page;             /* from 1 */
	double page_height;
	/* Where a clause's number ends that poppler gave with no space before
	 * its title a tab's gap away (4限值和评价方法): its bytes from the
	 * line's start; 0: none. */
	uint32_t tab;
	char *shape;               /* its text without spaces, digit runs as '#' (malloc'd) */
	long number;               /* the value of its last run of digits, or -1 */
};

struct pdf_text {
	char *text;                /* the text of all pages' lines */
	size_t length, capacity;
	struct pdf_line *lines;
	size_t count, line_capacity;
};

static bool
append(struct pdf_text *t, const char *s, size_t n)
{
	if (n == 0)
		return true;
	if (!array_reserve((void **)&t->text, &t->capacity, t->length + n + 3, 1))
		return false;
	memcpy(t->text + t->length, s, n);
	t->length += n;
	return true;
}

static bool
is_bold_font(const char *name)
{
	static const char *const marks[] = { "Bold", "bold", "Black", "Heavy", "Semibold",
					     "Demi", "Hei", "hei" };

	for (size_t i = 0; name && i < sizeof marks / sizeof marks[0]; i++)
		if (strstr(name, marks[i]))
			return true;
	return false;
}

/* The value of the last run of ASCII digits in S (N bytes), or -1. */
static long
last_number(const char *s, size_t n)
{
	size_t end = n, start;
	long value = 0;

	while (end > 0 && !(s[end - 1] >= '0' && s[end - 1] <= '9'))
		end--;
	for (start = end; start > 0 && end - start < 9 && s[start - 1] >= '0' && s[start - 1] <= '9';)
		start--;
	if (start == end)
		return -1;
	for (size_t i = start; i < end; i++)
		value = value * 10 + (s[i] - '0');
	return value;
}

/* Whether C is a digit of a Chinese numeral (a page number 第三页). */
static bool
chinese_digit(uint32_t c)
{
	static const char digits[] = "〇零一二三四五六七八九十百";

	for (size_t i = 0; i < sizeof digits - 1;) {
		uint32_t d;
		size_t len = utf8_decode(digits + i, sizeof digits - 1 - i, &d);
		if (d == c)
			return true;
		i += len;
	}
	return false;
}

/* LINE's text without white space, each run of digits as one '#' (of
 * Chinese numerals too, with CHINESE): what stays the same of a running
 * header or a page number from page to page. */
static char *
shape_of(const char *s, size_t n, bool chinese)
{
	char *shape = malloc(n + 1);
	size_t k = 0, len;
	uint32_t c;
	bool digits = false;

	if (!shape)
		return NULL;
	for (size_t i = 0; (len = utf8_next_nonspace(s, n, &i, &c)) > 0; i += len) {
		if ((c >= '0' && c <= '9') || (c >= 0xff10 && c <= 0xff19) ||
		    (chinese && chinese_digit(c))) {
			if (!digits)
				shape[k++] = '#';
			digits = true;
		} else {
			memcpy(shape + k, s + i, len);
			k += len;
			digits = false;
		}
	}
	shape[k] = '\0';
	return shape;
}

/* Whether CORE is a page number in small Roman numerals, i to xxx (or in
 * capitals): a standard numbers its front matter so (目次 i, 前言 ii),
 * the body from 1. */
static bool
roman_page(const char *core)
{
	size_t n = strlen(core), lower = strspn(core, "ivx"), upper = strspn(core, "IVX");

	return n > 0 && n <= 5 && (lower == n || upper == n);
}

/* Whether SHAPE is a page number alone: "#", "-#-", "—#—", "第#页",
 * "第#页共#页", "#/#", "Page#", or in Roman numerals ("ii"). */
static bool
page_number_shape(const char *shape)
{
	if (!shape)
		return false;
	static const char *const dashes[] = { "-", "—", "–", "－", "─", "·" };
	static const char *const shapes[] = { "#", "第#页", "第#页共#页", "共#页第#页", "#/#",
					      "Page#", "page#", "Page#of#", "[#]", "(#)", "（#）" };
	char core[64];
	size_t n = strlen(shape), start = 0, end = n;
	bool stripped = true;

	while (stripped) {
		stripped = false;
		for (size_t i = 0; i < sizeof dashes / sizeof dashes[0]; i++) {
			size_t d = strlen(dashes[i]);
			if (end - start >= d && memcmp(shape + start, dashes[i], d) == 0) {
				start += d;
				stripped = true;
			}
			if (end - start >= d && memcmp(shape + end - d, dashes[i], d) == 0) {
				end -= d;
				stripped = true;
			}
		}
	}
	if (end - start >= sizeof core)
		return false;
	memcpy(core, shape + start, end - start);
	core[end - start] = '\0';
	for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++)
		if (strcmp(core, shapes[i]) == 0)
			return true;
	return roman_page(core);
}

/* The font size and boldness of each character of a page's text, from
 * poppler's attribute runs. */
struct char_font {
	double size;
	bool bold;
};

static struct char_font *
char_fonts(PopplerPage *page, size_t chars)
{
	struct char_font *fonts = calloc(chars ? chars : 1, sizeof *fonts);
	GList *runs = pdf.page_get_text_attributes(page);

	if (!fonts) {
		pdf.page_free_text_attributes(runs);
		return NULL;
	}
	for (GList *r = runs; r; r = r->next) {
		const PopplerTextAttributes *a = r->data;
		bool bold = is_bold_font(a->font_name);

		for (int i = a->start_index; i >= 0 && i <= a->end_index && (size_t)i < chars; i++)
			fonts[i] = (struct char_font){ a->font_size, bold };
	}
	pdf.page_free_text_attributes(runs);
	return fonts;
}

/* Whether LINE and PREV stand on one row of page NUMBER, in the same
 * column: most of the lower one's height is shared.  *HEIGHT is set to
 * that height. */
static bool
row_shared(const struct pdf_line *prev, const struct pdf_line *line, uint32_t number,
	   double *height)
{
	double shared = fmin(prev->y2, line->y2) - fmax(prev->y1, line->y1);

	*height = fmin(prev->y2 - prev->y1, line->y2 - line->y1);
	return prev->page == number && prev->column == line->column && *height > 0 &&
	       shared >= *height / 2;
}

/* True when LINE, read after PREV on page NUMBER, stands on the same row
 * to its right, in the same column: it starts where PREV ends or further
 * on, or a little before, as a full-width mark drawn right after a
 * closing bracket does (…的除外）then ：, 《…》 then 《…》): its box
 * takes in the blank half of the bracket's.  A piece over several rows
 * (a table's column) starts where PREV ends or further on. */
static bool
same_row(const struct pdf_line *prev, const struct pdf_line *line, uint32_t number)
{
	double height;
	bool one_row = line->y2 - line->y1 <= 2 * line->size;

	return row_shared(prev, line, number, &height) &&
	       line->x1 >= prev->x2 - (one_row ? fmax(1, 0.7 * height) : 1) &&
	       line->x2 > prev->x2 + 1;
}

/* A line of poppler_page_get_text: a piece of a line of the page when
 * the line has a wide gap in it, which poppler may give out of order. */
struct piece {
	size_t first, end;         /* its bytes in the page's text, white space trimmed */
	double x1, y1, x2, y2;     /* its box, over its characters other than white space */
	double size;               /* its largest font size */
	size_t bold_chars, counted;
	/* How many of its characters are set in each of its first sizes. */
	double sizes[4];
	size_t size_chars[4];
	int column;                /* as pdf_line's */
	/* Set on its side or aslant, not on a row: its characters stand one
	 * over the other, or its one character's box is far wider than its
	 * font size lets an upright glyph be. */
	bool rotated;
	size_t stacked_pairs, row_pairs;   /* neighbours one over the other, side by side */
	/* The wide gaps on its row with no white space in them, and where
	 * the first of them ends, when a clause's number alone stands
	 * before it (its byte in the page's text; 0: none). */
	size_t gaps, tab;
};

/* The size most of PIECE's characters are set in; *CHARS is set to how
 * many. */
static double
main_size(const struct piece *piece, size_t *chars)
{
	size_t best = 0;

	for (size_t k = 1; k < sizeof piece->sizes / sizeof piece->sizes[0]; k++)
		if (piece->size_chars[k] > piece->size_chars[best])
			best = k;
	*chars = piece->size_chars[best];
	return piece->size_chars[best] ? piece->sizes[best] : piece->size;
}

/* Counts a character of SIZE in PIECE. */
static void
count_size(struct piece *piece, double size)
{
	size_t n = sizeof piece->sizes / sizeof piece->sizes[0];

	for (size_t k = 0; k < n; k++)
		if (piece->size_chars[k] == 0 || fabs(piece->sizes[k] - size) < 0.01) {
			piece->sizes[k] = size;
			piece->size_chars[k]++;
			return;
		}
}

/* Whether piece B, read right after A, goes on under A: it stands below A
 * (no further than half A's height again), shares some of A's width,
 * both start at LEFT or to its right, and the two are set to one edge
 * of a column: their left edges, right edges or middles meet.  The ends
 * of lines that a wide gap set apart (GB/T 11901-1989  水质 悬浮物的测定
 * 重量法, the method's name a space after its line's end in a list of
 * standards) stand ragged, each where its own line ends. */
static bool
stacked(const struct piece *a, const struct piece *b, double left)
{
	double height = a->y2 - a->y1, near = fmax(1.5, height / 4);

	return height > 0 && b->y1 >= a->y2 - height / 2 && b->y1 - a->y2 <= 1.5 * height &&
	       b->x1 < a->x2 && b->x2 > a->x1 && a->x1 >= left - 1 && b->x1 >= left - 1 &&
	       (fabs(a->x1 - b->x1) <= near || fabs(a->x2 - b->x2) <= near ||
		fabs(a->x1 + a->x2 - b->x1 - b->x2) <= 2 * near);
}

/* How many pieces read one after the other, piece K among them, stand
 * one under the other right of LEFT: three or more are a column of text
 * (or of a table) beside the lines at LEFT, not the ends of those lines. */
static size_t
column_run(const struct piece *pieces, size_t count, size_t k, double left)
{
	size_t run = 1;

	for (size_t j = k; j > 0 && run < 3 && stacked(&pieces[j - 1], &pieces[j], left); j--)
		run++;
	for (size_t j = k; j + 1 < count && run < 3 && stacked(&pieces[j], &pieces[j + 1], left); j++)
		run++;
	return run;
}

/* Whether the N bytes at S are a heading's label alone: a clause's
 * number (5.1, 5.1.1: digits and points) or a label with no title
 * (第五条, 一、). */
static bool
label_alone(const char *s, size_t n)
{
	bool digits = n > 0 && n <= 16 && s[0] >= '0' && s[0] <= '9' && s[n - 1] >= '0' &&
		      s[n - 1] <= '9';

	for (size_t i = 0; i < n && digits; i++)
		digits = (s[i] >= '0' && s[i] <= '9') || s[i] == '.';
	return digits || (n > 0 && label_prefix_length(s, n) == n);
}

/* Whether the N bytes at S are a decimal clause's number alone (5.1,
 * 4.2.1): poppler may give a run of clauses' numbers, set apart from
 * their sentences by a wide gap, as one column and the sentences as
 * another, yet each sentence is the rest of its number's line. */
static bool
clause_number_alone(const char *s, size_t n)
{
	bool point = false;

	if (n < 3 || n > 16 || s[0] < '0' || s[0] > '9' || s[n - 1] < '0' || s[n - 1] > '9')
		return false;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '.')
			point = true;
		else if (s[i] < '0' || s[i] > '9')
			return false;
	}
	return point;
}

/* Whether the N bytes at S are one to three digits alone (9, a clause's
 * number in that column, above 9.1 / 9.2). */
static bool
digits_alone(const char *s, size_t n)
{
	if (n == 0 || n > 3)
		return false;
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/* Whether the N bytes at S, white space around them aside, are a
 * clause's number alone: digits and points (4, 4.1, 5.2.3). */
static bool
decimal_alone(const char *s, size_t n)
{
	size_t lead = utf8_spaces(s, n);

	s += lead;
	n -= lead;
	while (n > 0 && utf8_space_before(s, s + n))
		n -= utf8_space_before(s, s + n);
	if (n == 0 || n > 16 || s[0] < '0' || s[0] > '9' || s[n - 1] < '0' || s[n - 1] > '9')
		return false;
	for (size_t i = 0; i < n; i++)
		if ((s[i] < '0' || s[i] > '9') && s[i] != '.')
			return false;
	return true;
}

/* Whether most of PIECE's characters are bold: a heading's title. */
static bool
bold_piece(const struct piece *piece)
{
	return piece->counted > 0 && piece->bold_chars * 2 > piece->counted;
}

/* The line read before piece K (box LINE) of page NUMBER, whose lines in
 * T begin at PAGE_FIRST, that the piece is a part of: the last line
 * read, when the piece stands on its row; or an earlier line of the page
 * on whose row the piece stands, right of it, when poppler gave the
 * lines below that one before the piece (第二章 … 第九条 … 规划与建设;
 * 目 … 录), unless the piece heads or goes on a column beside it (a
 * page of two columns; not beside a column of clauses' numbers alone,
 * 5.1 / 5.2 / 5.3, whose sentences it holds, nor a bold title beside
 * its clause's number 9 in that column) or stands over several
 * rows.  *BEFORE is set when the piece (its text S, N bytes) is a
 * heading's label alone and stands left of the last line read, on its
 * row: the start of that line, which poppler gave after the rest (a
 * clause's number 5.1 in another font, drawn after its title 测量仪器 and
 * set a little lower); a table's cell left of another is not moved, for
 * that one may go on a cell above it.  A decimal clause's number alone
 * goes before an earlier line on its row too (5.1 / 5.2 / 5.3 given as a
 * column after their sentences), and any piece that runs into the last
 * line from its left goes before it.  NULL when none. */
static struct pdf_line *
row_of(struct pdf_text *t, size_t page_first, const struct pdf_line *line, uint32_t number,
       const struct piece *pieces, size_t count, size_t k, const char *s, size_t n, bool *before)
{
	struct pdf_line *last = t->count > page_first ? &t->lines[t->count - 1] : NULL;
	bool label = label_alone(s, n);
	double height;

	*before = false;
	if (!last)
		return NULL;
	if (same_row(last, line, number))
		return last;
	/* A piece over several rows (poppler's block of a table's column
	 * at times) is the rest of none of them. */
	if (line->y2 - line->y1 > 2 * line->size)
		return NULL;
	if (row_shared(last, line, number, &height) && line->x2 <= last->x1 + 1 &&
	    last->y2 - last->y1 <= 2 * last->size && label) {
		*before = true;
		return last;
	}
	/* The start of the last line read, given after it: a piece on its
	 * row, to its left, that runs into it (4.3 未列入《某某名录》 before
	 * ，但不排除…, the full-width mark's box taking in the blank half of
	 * the bracket's), as no table's cell does. */
	if (row_shared(last, line, number, &height) && line->x1 < last->x1 &&
	    line->x2 >= last->x1 - 1 && line->x2 <= last->x1 + fmax(1, 0.7 * height) &&
	    last->y2 - last->y1 <= 2 * last->size) {
		*before = true;
		return last;
	}
	/* 5.1 / 5.2 / 5.3 given as a column after their sentences: each
	 * goes before the earlier line on its row. */
	if (label && clause_number_alone(s, n))
		for (size_t i = t->count - 1; i-- > page_first;) {
			const struct pdf_line *o = &t->lines[i];
			if (row_shared(o, line, number, &height) && line->x2 <= o->x1 + 1 &&
			    o->y2 - o->y1 <= 2 * o->size) {
				*before = true;
				return &t->lines[i];
			}
		}
	for (size_t i = t->count - 1; i-- > page_first;)
		if (same_row(&t->lines[i], line, number))
			return column_run(pieces, count, k, t->lines[i].x2) >= 3 &&
					       !clause_number_alone(t->text + t->lines[i].offset,
								    t->lines[i].length) &&
					       !(bold_piece(&pieces[k]) &&
						 digits_alone(t->text + t->lines[i].offset, t->lines[i].length))
				       ? NULL
				       : &t->lines[i];
	return NULL;
}

/* How many columns' pieces a page needs on each side of its gutter to
 * be read as a page of two columns. */
enum { COLUMN_LINES = 6 };

/* Trims the white space around PIECE of TEXT and adds it to *PIECES
 * (*COUNT of them, room for *CAPACITY) unless nothing is left of it.
 * False when out of memory. */
static bool
add_piece(struct piece **pieces, size_t *capacity, size_t *count, struct piece piece,
	  const char *text)
{
	piece.first += utf8_spaces(text + piece.first, piece.end - piece.first);
	while (piece.end > piece.first && utf8_space_before(text + piece.first, text + piece.end))
		piece.end -= utf8_space_before(text + piece.first, text + piece.end);
	if (piece.end == piece.first)
		return true;
	if (piece.x1 == HUGE_VAL)
		piece.x1 = piece.y1 = piece.x2 = piece.y2 = 0;
	if (!ARRAY_RESERVE(*pieces, *capacity, *count + 1))
		return false;
	(*pieces)[(*count)++] = piece;
	return true;
}

/* The pieces of a page's TEXT (N bytes): each line's box and font, over
 * its characters other than white space (RECTS, RECT_COUNT: a box for
 * each character and line end; FONTS, CHARS: a font for each
 * character).  A line that crosses GUTTER (a page of two columns; 0:
 * none) from a character left of it to one right of it, with a wide gap
 * between them, is two pieces (a title or note over both columns, set
 * with narrow gaps, is not cut).
 * Lines of white space only are left out.  NULL when out of memory;
 * *COUNT is set. */
static struct piece *
pieces_of(const char *text, size_t n, const PopplerRectangle *rects, size_t rect_count,
	  const struct char_font *fonts, size_t chars, double gutter, size_t *count)
{
	struct piece *pieces = NULL;
	size_t capacity = 0, i = 0, ci = 0;
	static const struct piece empty = { .x1 = HUGE_VAL, .y1 = HUGE_VAL, .x2 = -HUGE_VAL,
					    .y2 = -HUGE_VAL };

	*count = 0;
	while (i < n) {
		struct piece piece = empty;
		size_t line_end = i;
		const PopplerRectangle *last = NULL;
		bool spaced = false;   /* white space read since LAST */

		while (line_end < n && text[line_end] != '\n')
			line_end++;
		piece.first = i;
		for (size_t p = i; p < line_end; ci++) {
			size_t space = utf8_space_at(text + p, line_end - p);
			size_t len = space ? space : utf8_length(text + p, line_end - p);

			spaced = spaced || space;
			if (!space && ci < rect_count) {
				const PopplerRectangle *r = &rects[ci];
				double x1 = fmin(r->x1, r->x2);
				double em = fabs(r->y2 - r->y1);
				/* A piece ends at the gutter; and where poppler
				 * joins two rows into one line: it reads a column
				 * of clauses' numbers (5.3.1 / 5.3.2) and their
				 * sentences a wide gap to the right as a table's
				 * cells and gives the second number with the
				 * first sentence (5.3.2除提升…).  A character on no
				 * row the last shares, a wide gap right of it,
				 * starts a piece of its own; row_of then takes it
				 * to its number's line. */
				if ((gutter > 0 && piece.x2 > -HUGE_VAL && piece.x2 <= gutter &&
				     x1 >= gutter && x1 - piece.x2 >= 0.8 * em) ||
				    (last && fmin(fmax(r->y1, r->y2), fmax(last->y1, last->y2)) <
						     fmax(fmin(r->y1, r->y2), fmin(last->y1, last->y2)) &&
				     x1 - fmax(last->x1, last->x2) >= 0.8 * em)) {
					piece.end = p;
					if (!add_piece(&pieces, &capacity, count, piece, text))
						goto nomem;
					piece = empty;
					piece.first = p;
					last = NULL;
				}
				/* A wide gap on the row with no white space in it:
				 * poppler may give the parts of a row as one run of
				 * characters, a clause's number and its title a
				 * tab's gap away (4限值和评价方法) as a table's cells
				 * (8Hz~25Hz80004000/f). */
				if (last && !spaced && x1 - fmax(last->x1, last->x2) >= em &&
				    piece.gaps++ == 0 && decimal_alone(text + piece.first, p - piece.first))
					piece.tab = p;
				if (last) {
					double rows = fmin(fmax(r->y1, r->y2), fmax(last->y1, last->y2)) -
						      fmax(fmin(r->y1, r->y2), fmin(last->y1, last->y2));
					double cols = fmin(fmax(r->x1, r->x2), fmax(last->x1, last->x2)) -
						      fmax(x1, fmin(last->x1, last->x2));
					double high = fmin(em, fabs(last->y2 - last->y1));
					double wide = fmin(fabs(r->x2 - r->x1), fabs(last->x2 - last->x1));
					if (rows < 0.3 * high && cols > 0.5 * wide)
						piece.stacked_pairs++;
					else
						piece.row_pairs++;
				}
				last = r;
				spaced = false;
				piece.x1 = fmin(piece.x1, x1);
				piece.x2 = fmax(piece.x2, fmax(r->x1, r->x2));
				piece.y1 = fmin(piece.y1, fmin(r->y1, r->y2));
				piece.y2 = fmax(piece.y2, fmax(r->y1, r->y2));
			}
			if (!space && ci < chars) {
				piece.size = fmax(piece.size, fonts[ci].size);
				count_size(&piece, fonts[ci].size);
				piece.bold_chars += fonts[ci].bold;
				piece.counted++;
			}
			p += len;
		}
		ci++;  /* the line end has a box too */
		piece.end = line_end;
		piece.rotated = piece.stacked_pairs > piece.row_pairs ||
				(piece.counted == 1 && piece.x2 - piece.x1 > 1.2 * piece.size &&
				 piece.x2 - piece.x1 > piece.y2 - piece.y1);
		i = line_end + (line_end < n);
		if (!add_piece(&pieces, &capacity, count, piece, text))
			goto nomem;
	}
	if (!pieces)
		pieces = malloc(1);
	return pieces;
nomem:
	free(pieces);
	return NULL;
}

/* Whether the N bytes at S are letters of the Latin alphabet (spaces
 * between them aside) and nothing else. */
static bool
latin_letters_only(const char *s, size_t n)
{
	size_t letters = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
			letters++;
		else if (c != ' ')
			return false;
	}
	return letters > 0;
}

/* Takes a watermark out of a page's COUNT PIECES of TEXT (*COUNT is
 * updated): a word in Latin letters set across the page aslant, far
 * larger than the text (a ministry's name, an "HJ" behind every page of
 * a standard), which poppler gives as short pieces of a few letters, on
 * their side or aslant, among the lines they cross.  A piece of Latin
 * letters alone set on its side or aslant, in a size at least a quarter
 * larger than the size most of the page's characters are set in, is one;
 * so is, on a page that has one, a piece of Latin letters alone set in
 * the size of one of them (a letter of the word that poppler saw
 * upright).  Text on its side in the body's size (a table turned to fit
 * the page), or with any character but a Latin letter, stays.  True when
 * the page had one. */
static bool
drop_watermark(struct piece *pieces, size_t *count, const char *text)
{
	enum { SIZES = 8, TALLY = 16 };
	double sizes[SIZES], tally[TALLY], body = 0;
	size_t chars[TALLY] = { 0 }, size_count = 0, tallied = 0, kept = 0, most = 0;

	/* The size most of the page's characters are set in. */
	for (size_t k = 0; k < *count; k++)
		for (size_t s = 0; s < sizeof pieces[k].sizes / sizeof pieces[k].sizes[0]; s++) {
			size_t t = 0;
			if (pieces[k].size_chars[s] == 0)
				continue;
			while (t < tallied && fabs(tally[t] - pieces[k].sizes[s]) >= 0.01)
				t++;
			if (t == tallied && tallied < TALLY)
				tally[tallied++] = pieces[k].sizes[s];
			if (t < tallied && (chars[t] += pieces[k].size_chars[s]) > most) {
				most = chars[t];
				body = tally[t];
			}
		}
	for (size_t k = 0; k < *count && size_count < SIZES; k++)
		if (pieces[k].rotated && body > 0 && pieces[k].size >= 1.25 * body &&
		    latin_letters_only(text + pieces[k].first, pieces[k].end - pieces[k].first))
			sizes[size_count++] = pieces[k].size;
	if (size_count == 0)
		return false;
	for (size_t k = 0; k < *count; k++) {
		const struct piece *piece = &pieces[k];
		bool watermark = false;
		if (latin_letters_only(text + piece->first, piece->end - piece->first))
			for (size_t j = 0; j < size_count && !watermark; j++)
				watermark = fabs(piece->size - sizes[j]) < 0.3 ||
					    (piece->rotated && piece->size >= 1.25 * body);
		if (!watermark)
			pieces[kept++] = *piece;
	}
	*count = kept;
	return true;
}

/* The gutter of a page of two columns (WIDTH by HEIGHT points, its TEXT of
 * N bytes, RECTS a box for each character and line end): the middle of
 * the widest band of x, in the middle of the page and at least a
 * character wide, that the characters of the body (the bands of running
 * headers and footers aside) leave free but on a few rows -- those of a
 * title or a note over both columns; 0 when there is none. */
static double
column_gutter(const char *text, size_t n, const PopplerRectangle *rects, size_t rect_count,
	      double width, double height)
{
	enum { BINS = 1200 };
	unsigned cover[BINS] = { 0 }, most = 0;
	double from = 0.3 * width, to = 0.7 * width, char_width = 0;
	size_t ci = 0, counted = 0, best_run = 0, best_end = 0, run = 0;

	if (to - from >= BINS)
		return 0;
	for (size_t p = 0; p < n; ci++) {
		size_t space = utf8_space_at(text + p, n - p);
		size_t len = space ? space : utf8_length(text + p, n - p);

		if (text[p] != '\n' && !space && ci < rect_count) {
			const PopplerRectangle *r = &rects[ci];
			double x1 = fmin(r->x1, r->x2), x2 = fmax(r->x1, r->x2);
			double middle = (r->y1 + r->y2) / 2;
			if (middle >= BAND * height && middle <= (1 - BAND) * height) {
				for (long b = lround(fmax(x1, from) - from); b < lround(fmin(x2, to) - from); b++)
					cover[b]++;
				char_width += x2 - x1;
				counted++;
			}
		}
		p += text[p] == '\n' ? 1 : len;
	}
	if (counted == 0)
		return 0;
	char_width /= (double)counted;
	for (size_t b = 0; b < (size_t)(to - from); b++)
		most = cover[b] > most ? cover[b] : most;
	for (size_t b = 0; b < (size_t)(to - from); b++) {
		run = cover[b] * 4 <= most ? run + 1 : 0;
		if (run > best_run) {
			best_run = run;
			best_end = b;
		}
	}
	if (best_run < char_width || most < COLUMN_LINES)
		return 0;
	return from + (double)best_end + 1 - (double)best_run / 2;
}

/* Pieces from the top of the page; on one row (their tops less than
 * half a line apart), from the left: a label set apart from its text
 * (第五条      生产经营单位…), which poppler may give after it, comes
 * first. */
static int
by_top(const void *a, const void *b)
{
	const struct piece *x = a, *y = b;
	double half = fmin(x->y2 - x->y1, y->y2 - y->y1) / 2;

	if (fabs(x->y1 - y->y1) >= half)
		return (x->y1 > y->y1) - (x->y1 < y->y1);
	if (x->x1 != y->x1)
		return (x->x1 > y->x1) - (x->x1 < y->x1);
	return (x->first > y->first) - (x->first < y->first);
}

/* Whether the COUNT pieces of a page (HEIGHT points high) stand in two
 * columns of text on each side of GUTTER, as a gazette sets a law:
 * COLUMN_LINES pieces or more of the body on each side (the bands of
 * running headers and footers aside), fewer across it (a title, a note
 * over both columns) than a third of the body, and a third of each side's pieces or more (and
 * COLUMN_LINES at least) reaching across most of their column, as the
 * lines of justified text do and the ragged cells of a table do not (a
 * column's contents entries and headings are short).  Sets each piece's
 * column (1 left, 2 right, 0 across). */
static bool
two_columns(struct piece *pieces, size_t count, double height, double gutter)
{
	double inner[2] = { 0, HUGE_VAL }, outer[2] = { HUGE_VAL, 0 };
	size_t side[3] = { 0 }, long_lines[3] = { 0 };

	for (size_t k = 0; k < count; k++) {
		struct piece *p = &pieces[k];
		double middle = (p->y1 + p->y2) / 2;
		p->column = p->x2 <= gutter ? 1 : p->x1 >= gutter ? 2 : 0;
		if (middle < BAND * height || middle > (1 - BAND) * height)
			continue;
		side[p->column]++;
		if (p->column == 1) {
			inner[0] = fmax(inner[0], p->x2);
			outer[0] = fmin(outer[0], p->x1);
		} else if (p->column == 2) {
			inner[1] = fmin(inner[1], p->x1);
			outer[1] = fmax(outer[1], p->x2);
		}
	}
	if (side[1] < COLUMN_LINES || side[2] < COLUMN_LINES || side[0] * 2 > side[1] + side[2])
		return false;
	for (size_t k = 0; k < count; k++) {
		const struct piece *p = &pieces[k];
		double middle = (p->y1 + p->y2) / 2;
		if (middle < BAND * height || middle > (1 - BAND) * height || p->column == 0)
			continue;
		long_lines[p->column] += p->column == 1 ? p->x2 - p->x1 >= 0.6 * (inner[0] - outer[0])
							: p->x2 - p->x1 >= 0.6 * (outer[1] - inner[1]);
	}
	for (int c = 1; c <= 2; c++)
		if (long_lines[c] < COLUMN_LINES || long_lines[c] * 3 < side[c])
			return false;
	return true;
}

/* The left (or RIGHT) edge of COLUMN (1, 2) of a page HEIGHT points
 * high, over its pieces (running headers and footers aside): the left
 * one is the leftmost (first lines and headings stand right of it); the
 * right one the most common, where its lines of justified text end, so
 * that a line running past it (a note's last line, cut at the gutter)
 * does not move it. */
static double
column_edge(const struct piece *pieces, size_t count, int column, bool right, double height)
{
	double best = right ? 0 : HUGE_VAL;
	size_t best_count = 0;

	for (size_t k = 0; k < count; k++) {
		const struct piece *p = &pieces[k];
		double middle = (p->y1 + p->y2) / 2;
		size_t same = 0;
		if (p->column != column || middle < BAND * height || middle > (1 - BAND) * height)
			continue;
		if (!right) {
			best = fmin(best, p->x1);
			continue;
		}
		for (size_t j = 0; j < count; j++)
			same += pieces[j].column == column && lround(pieces[j].x2) == lround(p->x2);
		if (same > best_count || (same == best_count && p->x2 > best)) {
			best_count = same;
			best = p->x2;
		}
	}
	return best;
}

/* Puts the COUNT pieces of a page of two columns in reading order: the
 * pieces across the gutter (a title, a note, a running header) by their
 * height, and between each two of them the left column's pieces, then
 * the right column's, each from the top (by_top).  False when out of
 * memory. */
static bool
read_columns(struct piece *pieces, size_t count)
{
	struct piece *sorted = malloc((count ? count : 1) * sizeof *sorted), *across;
	size_t n = 0, spans = 0;

	if (!sorted)
		return false;
	memcpy(sorted, pieces, count * sizeof *pieces);
	qsort(sorted, count, sizeof *sorted, by_top);
	across = malloc((count ? count : 1) * sizeof *across);
	if (!across) {
		free(sorted);
		return false;
	}
	for (size_t k = 0; k < count; k++)
		if (sorted[k].column == 0)
			across[spans++] = sorted[k];
	for (size_t seg = 0; seg <= spans; seg++) {
		double top = seg > 0 ? across[seg - 1].y1 : -HUGE_VAL;
		double bottom = seg < spans ? across[seg].y1 : HUGE_VAL;
		for (int column = 1; column <= 2; column++)
			for (size_t k = 0; k < count; k++)
				if (sorted[k].column == column && sorted[k].y1 >= top &&
				    sorted[k].y1 < bottom)
					pieces[n++] = sorted[k];
		if (seg < spans)
			pieces[n++] = across[seg];
	}
	free(across);
	free(sorted);
	return true;
}

/* Adds the lines of page NUMBER (from 1) to T. */
static enum bg_status
read_page(PopplerPage *page, uint32_t number, struct pdf_text *t)
{
	char *text = pdf.page_get_text(page);
	PopplerRectangle *rects = NULL;
	guint rect_count = 0;
	struct char_font *fonts = NULL;
	struct piece *pieces = NULL;
	size_t chars, n, count = 0, page_first = t->count;
	double width, height, gutter = 0;
	double edges[4] = { HUGE_VAL, -HUGE_VAL, HUGE_VAL, -HUGE_VAL };   /* left, right of each column */
	struct pdf_line *row;
	bool before;
	enum bg_status st = BG_ERR_NOMEM;

	if (!text)
		return BG_OK;
	pdf.page_get_size(page, &width, &height);
	n = strlen(text);
	chars = utf8_count(text, n);
	if (!pdf.page_get_text_layout(page, &rects, &rect_count))
		rect_count = 0;
	fonts = char_fonts(page, chars);
	gutter = column_gutter(text, n, rects, rect_count, width, height);
	if (!fonts || !(pieces = pieces_of(text, n, rects, rect_count, fonts, chars, gutter, &count)))
		goto done;
	if (gutter > 0 && !two_columns(pieces, count, height, gutter)) {
		/* A gutter, but no columns of text: read the page whole. */
		free(pieces);
		if (!(pieces = pieces_of(text, n, rects, rect_count, fonts, chars, 0, &count)))
			goto done;
		gutter = 0;
	}
	if (gutter > 0) {
		if (!read_columns(pieces, count))
			goto done;
		for (int c = 0; c < 2; c++) {
			edges[2 * c] = column_edge(pieces, count, c + 1, false, height);
			edges[2 * c + 1] = column_edge(pieces, count, c + 1, true, height);
		}
	}
	/* The watermark's letters, laid across the lines, throw poppler's
	 * reading order: the lines are read again from the top. */
	if (drop_watermark(pieces, &count, text) && gutter == 0)
		qsort(pieces, count, sizeof *pieces, by_top);
	for (size_t k = 0; k < count; k++) {
		const struct piece *piece = &pieces[k];
		const char *s = text + piece->first;
		size_t length = piece->end - piece->first;
		struct pdf_line line = { .x1 = piece->x1, .y1 = piece->y1, .x2 = piece->x2,
					 .y2 = piece->y2, .size = piece->size, .page = number,
					 .page_height = height, .column = piece->column };

		line.main_size = main_size(piece, &line.main_chars);
		if (piece->column > 0) {
			line.column_left = edges[2 * (piece->column - 1)];
			line.column_right = edges[2 * (piece->column - 1) + 1];
		}

		row = row_of(t, page_first, &line, number, pieces, count, k, s, length, &before);
		if (row != NULL) {
			/* A piece of a line read before, set apart by a wide gap
			 * (一、综    合; a table's cells): one line, a space between.
			 * When that line is not the last read, or the piece is
			 * its start, its text is written again at the end. */
			struct pdf_line *prev = row;
			char *shape;
			/* No space where the piece's box runs into the line's
			 * (a full-width mark). */
			double gap = before ? prev->x1 - line.x2 : line.x1 - prev->x2;
			const char *space = gap >= -1 ? " " : "";
			if (before) {
				size_t from = prev->offset, bytes = prev->length;
				prev->tab = 0;
				if (!array_reserve((void **)&t->text, &t->capacity,
						   t->length + length + bytes + 4, 1))
					goto done;
				prev->offset = t->length;
				if (!append(t, s, length) || !append(t, space, strlen(space)))
					goto done;
				memcpy(t->text + t->length, t->text + from, bytes);
				t->length += bytes;
			} else if (prev->offset + prev->length != t->length) {
				size_t from = prev->offset, bytes = prev->length;
				if (!array_reserve((void **)&t->text, &t->capacity,
						   t->length + bytes + 3, 1))
					goto done;
				memcpy(t->text + t->length, t->text + from, bytes);
				prev->offset = t->length;
				t->length += bytes;
			}
			if (!before && (!append(t, space, strlen(space)) || !append(t, s, length)))
				goto done;
			prev->length = t->length - prev->offset;
			prev->x1 = fmin(prev->x1, line.x1);
			prev->x2 = fmax(prev->x2, line.x2);
			prev->y1 = fmin(prev->y1, line.y1);
			prev->y2 = fmax(prev->y2, line.y2);
			prev->size = fmax(prev->size, line.size);
			if (fabs(prev->main_size - line.main_size) < 0.01)
				prev->main_chars += line.main_chars;
			else if (line.main_chars > prev->main_chars) {
				prev->main_size = line.main_size;
				prev->main_chars = line.main_chars;
			}
			prev->bold = prev->bold && piece->counted > 0 &&
				     piece->bold_chars * 2 > piece->counted;
			prev->number = last_number(t->text + prev->offset, prev->length);
			if (!(shape = shape_of(t->text + prev->offset, prev->length, false)))
				goto done;
			free(prev->shape);
			prev->shape = shape;
		} else {
			line.bold = piece->counted > 0 && piece->bold_chars * 2 > piece->counted;
			line.tab = piece->gaps == 1 && piece->tab > piece->first
					   ? (uint32_t)(piece->tab - piece->first)
					   : 0;
			line.offset = t->length;
			line.length = length;
			line.number = last_number(s, length);
			if (!append(t, s, length) || !(line.shape = shape_of(s, length, false)) ||
			    !ARRAY_RESERVE(t->lines, t->line_capacity, t->count + 1)) {
				free(line.shape);
				goto done;
			}
			t->lines[t->count++] = line;
		}
	}
	st = BG_OK;
done:
	free(pieces);
	free(fonts);
	pdf.free(rects);
	pdf.free(text);
	return st;
}

static bool
in_band(const struct pdf_line *l)
{
	double middle = (l->y1 + l->y2) / 2;

	return middle < BAND * l->page_height || middle > (1 - BAND) * l->page_height;
}

/* Whether line L of T is a page number, in Arabic or Chinese numerals. */
static bool
page_number(const struct pdf_text *t, const struct pdf_line *l)
{
	char *chinese;
	bool is;

	if (page_number_shape(l->shape))
		return true;
	if (l->length > 40)
		return false;
	chinese = shape_of(t->text + l->offset, l->length, true);
	is = page_number_shape(chinese);
	free(chinese);
	return is;
}

/* Whether line L of T is a numeral in Chinese figures alone (四, 十二),
 * with no dash, 第 or 页 about it: a page number in some books, a part's
 * number in a speech. */
static bool
bare_chinese_number(const struct pdf_text *t, const struct pdf_line *l)
{
	char *chinese;
	bool is;

	if (l->length > 40 || strcmp(l->shape, "#") == 0)
		return false;
	chinese = shape_of(t->text + l->offset, l->length, true);
	is = chinese && strcmp(chinese, "#") == 0;
	free(chinese);
	return is;
}

static int
by_shape(const void *a, const void *b, void *arg)
{
	const struct pdf_line *lines = arg;
	const struct pdf_line *x = &lines[*(const size_t *)a], *y = &lines[*(const size_t *)b];
	int c = strcmp(x->shape, y->shape);

	return c ? c : (x->page > y->page) - (x->page < y->page);
}

/* Whether band lines A and B of T are the same furniture: at the same
 * height, with the same text, or with a number that goes up with the page
 * ("第 3 页" on page 3, "- 5 -" on page 5), as 附件1 and 附件2 do not. */
static bool
same_furniture(const struct pdf_text *t, const struct pdf_line *a, const struct pdf_line *b)
{
	if (fabs(a->y1 - b->y1) > SAME_PLACE || strcmp(a->shape, b->shape) != 0)
		return false;
	if (a->length == b->length && memcmp(t->text + a->offset, t->text + b->offset, a->length) == 0)
		return true;
	return a->number >= 0 && b->number >= 0 &&
	       a->number - (long)a->page == b->number - (long)b->page;
}

/* Whether the N bytes at S are note marks alone (① … ⑳, white space
 * between): the calls of footnotes, set as superscripts that poppler
 * gives on a line of their own.  Standing atop several pages, they are
 * still the text's, not a running header. */
static bool
note_marks_only(const char *s, size_t n)
{
	size_t marks = 0, len;
	uint32_t c;

	for (size_t i = 0; (len = utf8_next_nonspace(s, n, &i, &c)) > 0; i += len) {
		if (c < 0x2460 || c > 0x2473)
			return false;
		marks++;
	}
	return marks > 0;
}

/* Marks T's running headers and footers and its page numbers: band lines
 * that are the same furniture on two pages of a short document, three of
 * a longer one (headers that alternate between odd and even pages stand
 * on half of them), and band lines that are page numbers.  Note marks
 * alone (note_marks_only) are neither.  A Chinese
 * numeral alone (四) is its page's number only when the page has no other
 * (— 5 — at its foot): else it is a part's number at the top of a page. */
static bool
mark_furniture(struct pdf_text *t, uint32_t page_count)
{
	size_t *band = malloc((t->count ? t->count : 1) * sizeof *band), n = 0;
	size_t needed = page_count < 6 ? 2 : 3;
	bool *numbered = calloc((size_t)page_count + 1, sizeof *numbered);

	if (!band || !numbered) {
		free(band);
		free(numbered);
		return false;
	}
	for (size_t i = 0; i < t->count; i++)
		if (in_band(&t->lines[i]))
			band[n++] = i;
	qsort_r(band, n, sizeof *band, by_shape, t->lines);
	for (size_t g = 0, end; g < n; g = end) {
		for (end = g + 1; end < n && strcmp(t->lines[band[end]].shape,
						   t->lines[band[g]].shape) == 0; end++)
			;
		for (size_t i = g; i < end; i++) {
			struct pdf_line *l = &t->lines[band[i]];
			size_t pages = 0;
			uint32_t last = 0;

			if (note_marks_only(t->text + l->offset, l->length))
				continue;
			if (page_number(t, l)) {
				l->furniture = true;
				if (l->page <= page_count && !bare_chinese_number(t, l))
					numbered[l->page] = true;
				continue;
			}
			for (size_t j = g; j < end && pages < needed; j++) {
				const struct pdf_line *o = &t->lines[band[j]];
				if (o->page != last && same_furniture(t, l, o)) {
					pages++;
					last = o->page;
				}
			}
			l->furniture = pages >= needed;
		}
	}
	for (size_t i = 0; i < n; i++) {
		struct pdf_line *l = &t->lines[band[i]];
		if (l->furniture && l->page <= page_count && numbered[l->page] &&
		    bare_chinese_number(t, l) && page_number(t, l))
			l->furniture = false;
	}
	free(band);
	free(numbered);
	return true;
}

/* Of the lines FIRST (N of them, indices into T's lines, one a page or
 * more), marks those whose text (white space aside) stands at the same
 * height on three pages or more: the first time as a repeated row, the
 * others as furniture. */
static void
mark_repeats(struct pdf_text *t, size_t *first, size_t n)
{
	qsort_r(first, n, sizeof *first, by_shape, t->lines);
	for (size_t g = 0, end; g < n; g = end) {
		for (end = g + 1; end < n && strcmp(t->lines[first[end]].shape,
						   t->lines[first[g]].shape) == 0; end++)
			;
		for (size_t i = g; i < end; i++) {
			struct pdf_line *l = &t->lines[first[i]];
			size_t pages = 0;

			if (l->furniture || l->repeated_row)
				continue;
			for (size_t j = i; j < end; j++)
				pages += fabs(t->lines[first[j]].y1 - l->y1) <= SAME_PLACE;
			if (pages < 3)
				continue;
			/* Sorted by page: L is the first time. */
			l->repeated_row = true;
			for (size_t j = i + 1; j < end; j++)
				if (fabs(t->lines[first[j]].y1 - l->y1) <= SAME_PLACE)
					t->lines[first[j]].furniture = true;
		}
	}
}

/* Whether the line whose shape is SHAPE is a piece of the row whose
 * shape is ROW, a figure of a cell beside it aside (a row's serial number
 * read into it): two characters of it or more.  Shapes as shape_of gives
 * them, figures as '#'. */
static bool
piece_of_row(const char *row, const char *shape)
{
	char a[256], b[256];
	size_t n = 0, m = 0;

	for (; *row && n + 1 < sizeof a; row++)
		if (*row != '#')
			a[n++] = *row;
	for (; *shape && m + 1 < sizeof b; shape++)
		if (*shape != '#')
			b[m++] = *shape;
	if (*row || *shape)
		return false;          /* longer than a table's header row */
	a[n] = b[m] = '\0';
	return m >= 6 && strstr(a, b) != NULL;
}

/* Marks the rows a long table repeats at the top of each of its pages
 * (序号 行业类别 重点管理 …), below the band where running headers are
 * looked for: the first line of a page's body, outside the bands, with
 * the same text (white space aside) at the same height as the first line
 * of two other pages or more.  A header of several lines (a cell set
 * higher than the row of column names beside it, a cell in two lines) is
 * a block that poppler reads in no set order: on the pages whose first
 * line is such a row and in bold (a table's header, not a page of text
 * said again), the lines that start within HEADER_REACH of its lines'
 * height from it are looked at the same way.  Its first time
 * stays, as a table's row and no heading; the others are furniture, and
 * so are the pieces of it that poppler reads apart on a later page. */
#define HEADER_REACH 2.5

static bool
mark_repeated_rows(struct pdf_text *t)
{
	size_t *first = malloc((t->count ? t->count : 1) * sizeof *first), n = 0, m = 0;
	uint32_t page = 0;

	if (!first)
		return false;
	for (size_t i = 0; i < t->count; i++) {
		const struct pdf_line *l = &t->lines[i];
		if (l->furniture || l->page == page)
			continue;
		page = l->page;
		if (!in_band(l))
			first[n++] = i;
	}
	mark_repeats(t, first, n);
	/* The pages whose first line is a repeated row: the rest of the
	 * header's block.  FIRST is sorted by shape now, not by page, and
	 * its lines are one a page. */
	for (size_t k = 0; k < n; k++) {
		const struct pdf_line *top = &t->lines[first[k]];
		double reach = HEADER_REACH * (top->y2 - top->y1);

		if ((!top->repeated_row && !top->furniture) || !top->bold)
			continue;
		for (size_t i = first[k] + 1; i < t->count && t->lines[i].page == top->page; i++) {
			const struct pdf_line *l = &t->lines[i];
			if (!l->furniture && !l->repeated_row && !in_band(l) &&
			    fabs(l->y1 - top->y1) <= reach)
				first[n + m++] = i;
		}
	}
	memmove(first, first + n, m * sizeof *first);
	mark_repeats(t, first, m);
	/* Where poppler reads a repeated row in pieces or with the start of
	 * a cell beside it, the row is not found by its text; a line at the
	 * height of a repeated row set in bold (a table's header, not a page
	 * of text said again), on a later page, whose text is a piece of the
	 * row's (two characters or more), a figure aside, is one of those
	 * pieces. */
	n = 0;
	for (size_t i = 0; i < t->count; i++)
		if (t->lines[i].repeated_row)
			first[n++] = i;
	for (size_t i = 0; i < t->count && n; i++) {
		struct pdf_line *l = &t->lines[i];
		if (l->furniture || l->repeated_row || in_band(l))
			continue;
		for (size_t k = 0; k < n; k++) {
			const struct pdf_line *r = &t->lines[first[k]];
			if (r->bold && r->page < l->page && fabs(l->y1 - r->y1) <= SAME_PLACE &&
			    piece_of_row(r->shape, l->shape)) {
				l->furniture = true;
				break;
			}
		}
	}
	free(first);
	return true;
}

/* Whether the text S (N bytes) is a figure alone: digits with their
 * signs, points and percent marks (99.2, -22.8, 1,234, 5.1%). */
static bool
figure_only(const char *s, size_t n)
{
	static const uint32_t marks[] = { '.', ',', '%', '+', '-', '(', ')', 0x2030 /* ‰ */,
					  0x2212 /* − */, 0xff0d, 0xff0e, 0xff05, 0xff08, 0xff09 };
	bool digit = false;
	size_t len;
	uint32_t c;

	for (size_t i = 0; (len = utf8_next_nonspace(s, n, &i, &c)) > 0; i += len) {
		bool mark = false;

		if ((c >= '0' && c <= '9') || (c >= 0xff10 && c <= 0xff19)) {
			digit = true;
			continue;
		}
		for (size_t k = 0; k < sizeof marks / sizeof marks[0] && !mark; k++)
			mark = c == marks[k];
		if (!mark)
			return false;
	}
	return digit;
}

/* Whether the text S (N bytes) has the marks of a sentence in it (，。；
 * ！？): prose, as a table's cell is not (一、食品烟酒, 其中：城镇). */
static bool
has_sentence_marks(const char *s, size_t n)
{
	static const char *const marks[] = { "，", "。", "；", "！", "？" };

	for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
		if (memmem(s, n, marks[k], strlen(marks[k])))
			return true;
	return false;
}

/* Whether lines A and B stand on one row: most of the lower one's height
 * is shared. */
static bool
on_one_row(const struct pdf_line *a, const struct pdf_line *b)
{
	double shared = fmin(a->y2, b->y2) - fmax(a->y1, b->y1);
	double height = fmin(a->y2 - a->y1, b->y2 - b->y1);

	return height > 0 && shared >= height / 2;
}

/* Marks the cells of tables in T: on a page with three lines or more that
 * are a figure alone (99.2, 101.3), such a line and every line that
 * stands on a row with one of them (农村 beside its 100.1, whichever
 * poppler reads first).  A line over several rows (poppler's block of a
 * column's cells, at times) is none, nor is prose (a line of the other
 * column on a page of two).  False when out of memory. */
static bool
mark_table_cells(struct pdf_text *t)
{
	bool *figure = calloc(t->count ? t->count : 1, sizeof *figure);

	if (!figure)
		return false;
	for (size_t from = 0, to; from < t->count; from = to) {
		size_t figures = 0;

		for (to = from; to < t->count && t->lines[to].page == t->lines[from].page; to++) {
			const struct pdf_line *l = &t->lines[to];
			figure[to] = !l->furniture && l->y2 - l->y1 <= 2 * l->size &&
				     figure_only(t->text + l->offset, l->length);
			figures += figure[to];
		}
		for (size_t i = from; i < to && figures >= 3; i++) {
			struct pdf_line *l = &t->lines[i];
			bool one_row = l->y2 - l->y1 <= 2 * l->size &&
				       !has_sentence_marks(t->text + l->offset, l->length);
			l->table_cell = figure[i];
			for (size_t j = from; j < to && !l->table_cell && !l->furniture && one_row; j++)
				l->table_cell = figure[j] && on_one_row(l, &t->lines[j]);
		}
	}
	free(figure);
	return true;
}

/* The middle of line L from the page's top. */
static double
middle_of(const struct pdf_line *l)
{
	return (l->y1 + l->y2) / 2;
}

static int
by_middle(const void *a, const void *b, void *arg)
{
	const struct pdf_line *lines = arg;
	const struct pdf_line *x = &lines[*(const size_t *)a], *y = &lines[*(const size_t *)b];
	double mx = middle_of(x), my = middle_of(y);

	return (mx > my) - (mx < my);
}

static int
by_left(const void *a, const void *b, void *arg)
{
	const struct pdf_line *lines = arg;
	const struct pdf_line *x = &lines[*(const size_t *)a], *y = &lines[*(const size_t *)b];

	return (x->x1 > y->x1) - (x->x1 < y->x1);
}

/* The row ROW of a table made of T's lines CELLS[0..COUNT) (one row, left
 * to right), set into *LINE: its text, the cells two spaces apart, is
 * written at the end of T's text.  False when out of memory. */
static bool
row_line(struct pdf_text *t, const size_t *cells, size_t count, uint32_t row,
	 struct pdf_line *line)
{
	const struct pdf_line *head = &t->lines[cells[0]];
	size_t chars = 0;

	*line = (struct pdf_line){ .offset = t->length, .x1 = head->x1, .y1 = head->y1,
				   .x2 = head->x2, .y2 = head->y2, .bold = true, .page = head->page,
				   .page_height = head->page_height, .table_cell = true, .row = row };
	if (count >= 2 && !(line->cells = malloc(count * sizeof *line->cells)))
		return false;
	line->cell_count = count >= 2 ? (uint32_t)count : 0;
	for (size_t k = 0; k < count; k++) {
		const struct pdf_line *c = &t->lines[cells[k]];
		size_t from = c->offset;   /* T's text may move as it grows */
		if (k > 0 && !append(t, "  ", 2))
			goto nomem;
		chars += k > 0 ? 2 : 0;
		if (line->cells)
			line->cells[k] = (uint32_t)chars + 1;
		if (!array_reserve((void **)&t->text, &t->capacity, t->length + c->length + 3, 1))
			goto nomem;
		memcpy(t->text + t->length, t->text + from, c->length);
		t->length += c->length;
		chars += utf8_count(t->text + from, c->length);
		line->x1 = fmin(line->x1, c->x1);
		line->x2 = fmax(line->x2, c->x2);
		line->y1 = fmin(line->y1, c->y1);
		line->y2 = fmax(line->y2, c->y2);
		line->size = fmax(line->size, c->size);
		line->main_size = fmax(line->main_size, c->main_size);
		line->bold = line->bold && c->bold;
	}
	line->length = t->length - line->offset;
	line->number = last_number(t->text + line->offset, line->length);
	if (!(line->shape = shape_of(t->text + line->offset, line->length, false)))
		goto nomem;
	return true;
nomem:
	free(line->cells);
	line->cells = NULL;
	return false;
}

/* Whether a line of T's page [FROM, TO) that is no table cell stands
 * between the rows whose middles are at A and B (A above B): text
 * between two tables. */
static bool
text_between(const struct pdf_text *t, size_t from, size_t to, double a, double b)
{
	for (size_t i = from; i < to; i++) {
		const struct pdf_line *l = &t->lines[i];
		if (!l->table_cell && !l->furniture && middle_of(l) > a && middle_of(l) < b)
			return true;
	}
	return false;
}

/* Makes the rows of the tables on T's page [FROM, TO) whose cells poppler
 * gives a column at a time (the labels 城市 / 农村 / 一、食品烟酒, then the
 * figures 99.9 / 100.1 / 99.2): the cells that stand on one row become
 * one line, left to right, that stands where the first of them was read;
 * the tables run down the page until a line of text stands between two
 * rows.  A table of fewer than two rows of two cells is left as it is.
 * The page's lines go to *LINES (COUNT of them, CAPACITY room), the
 * tables numbered from *TABLES on.  False when out of memory. */
static bool
page_tables(struct pdf_text *t, size_t from, size_t to, struct pdf_line **lines, size_t *count,
	    size_t *capacity, uint32_t *tables)
{
	size_t n = 0, row_count = 0, room = to - from + 2;
	size_t *cells = malloc(room * sizeof *cells);        /* the cells, row by row */
	size_t *starts = malloc(room * sizeof *starts);      /* where each row's cells start */
	size_t *rows_end = malloc(room * sizeof *rows_end);  /* a table's rows [r, rows_end[r]) */
	size_t *anchor = malloc(room * sizeof *anchor);      /* the table read first at a line */
	bool *in_table = calloc(room, sizeof *in_table);
	bool ok = false;

	if (!cells || !starts || !rows_end || !anchor || !in_table)
		goto done;
	for (size_t i = from; i < to; i++) {
		anchor[i - from] = SIZE_MAX;
		if (t->lines[i].table_cell && !t->lines[i].furniture)
			cells[n++] = i;
	}
	qsort_r(cells, n, sizeof *cells, by_middle, t->lines);
	/* Rows: the cells on one row with the row's first, by middles. */
	for (size_t a = 0, b; a < n; a = b) {
		for (b = a + 1; b < n && on_one_row(&t->lines[cells[a]], &t->lines[cells[b]]); b++)
			;
		qsort_r(cells + a, b - a, sizeof *cells, by_left, t->lines);
		starts[row_count++] = a;
	}
	starts[row_count] = n;
	/* Tables: runs of rows with no text between them.  One of two rows
	 * of two cells or more is made, its rows standing where the first
	 * of its cells was read. */
	for (size_t r = 0, end; r < row_count; r = end) {
		size_t full = 0, first = SIZE_MAX;
		for (end = r + 1; end < row_count &&
				  !text_between(t, from, to, middle_of(&t->lines[cells[starts[end - 1]]]),
						middle_of(&t->lines[cells[starts[end]]]));
		     end++)
			;
		for (size_t k = r; k < end; k++) {
			full += starts[k + 1] - starts[k] >= 2;
			for (size_t c = starts[k]; c < starts[k + 1]; c++)
				first = cells[c] < first ? cells[c] : first;
		}
		if (full < 2)
			continue;
		for (size_t c = starts[r]; c < starts[end]; c++)
			in_table[cells[c] - from] = true;
		rows_end[r] = end;
		anchor[first - from] = r;
	}
	for (size_t i = from; i < to; i++) {
		size_t r = anchor[i - from];
		if (!in_table[i - from]) {
			if (!ARRAY_RESERVE(*lines, *capacity, *count + 1))
				goto done;
			(*lines)[(*count)++] = t->lines[i];
			t->lines[i].shape = NULL;
			t->lines[i].cells = NULL;
			continue;
		}
		for (size_t k = r; r != SIZE_MAX && k < rows_end[r]; k++) {
			if (!ARRAY_RESERVE(*lines, *capacity, *count + 1) ||
			    !row_line(t, cells + starts[k], starts[k + 1] - starts[k], (uint32_t)(k - r),
				      &(*lines)[*count]))
				goto done;
			(*lines)[(*count)++].table = *tables;
		}
		*tables += r != SIZE_MAX;
	}
	ok = true;
done:
	free(cells);
	free(starts);
	free(rows_end);
	free(anchor);
	free(in_table);
	return ok;
}

/* Makes the rows of T's tables read a column at a time (page_tables),
 * page by page.  False when out of memory. */
static bool
make_table_rows(struct pdf_text *t)
{
	struct pdf_line *lines = NULL;
	size_t count = 0, capacity = 0;
	uint32_t tables = 0;

	for (size_t from = 0, to; from < t->count; from = to) {
		bool cells = false;
		for (to = from; to < t->count && t->lines[to].page == t->lines[from].page; to++)
			cells = cells || t->lines[to].table_cell;
		if (!cells) {
			if (!ARRAY_RESERVE(lines, capacity, count + (to - from)))
				goto nomem;
			for (size_t i = from; i < to; i++) {
				lines[count++] = t->lines[i];
				t->lines[i].shape = NULL;
				t->lines[i].cells = NULL;
			}
		} else if (!page_tables(t, from, to, &lines, &count, &capacity, &tables)) {
			goto nomem;
		}
	}
	for (size_t i = 0; i < t->count; i++) {
		free(t->lines[i].shape);
		free(t->lines[i].cells);
	}
	free(t->lines);
	t->lines = lines;
	t->count = count;
	t->line_capacity = capacity;
	return true;
nomem:
	for (size_t i = 0; i < count; i++) {
		free(lines[i].shape);
		free(lines[i].cells);
	}
	free(lines);
	return false;
}

static int
by_value(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return (x > y) - (x < y);
}

/* The left (or RIGHT) margin of T's lines of BODY_SIZE on pages
 * PAGE_HEIGHT high (0: on any page), rounded to whole points; *LINES is
 * set to how many lines there are.  The right one is the most common
 * right edge: the margin most lines of a paragraph reach.  The left one is the leftmost of the frequent left
 * edges (those of a quarter of the most common edge's lines or more, and
 * of three lines at least): a first-line indent always stands right of
 * the margin, and a report of short paragraphs (articles of a line or
 * two) has more first lines than lines at the margin. */
static double
common_edge(const struct pdf_text *t, double body_size, double page_height, bool right,
	    size_t *lines)
{
	size_t best_count = 0;
	double best = 0;
	long *edges = malloc((t->count ? t->count : 1) * sizeof *edges);
	size_t n = 0;

	*lines = 0;
	if (!edges)
		return right ? HUGE_VAL : 0;
	for (size_t i = 0; i < t->count; i++) {
		const struct pdf_line *l = &t->lines[i];
		if (!l->furniture && fabs(l->size - body_size) < 0.5 &&
		    (page_height <= 0 || fabs(l->page_height - page_height) < 1))
			edges[n++] = lround(right ? l->x2 : l->x1);
	}
	*lines = n;
	qsort(edges, n, sizeof *edges, by_value);
	for (size_t i = 0, end; i < n; i = end) {
		for (end = i + 1; end < n && edges[end] == edges[i]; end++)
			;
		if (end - i > best_count) {
			best_count = end - i;
			best = (double)edges[i];
		}
	}
	/* The edges are sorted: the first frequent one is the leftmost. */
	for (size_t i = 0, end; !right && i < n; i = end) {
		for (end = i + 1; end < n && edges[end] == edges[i]; end++)
			;
		if (4 * (end - i) >= best_count && end - i >= (best_count < 3 ? best_count : 3)) {
			best = (double)edges[i];
			break;
		}
	}
	free(edges);
	return best;
}

/* The height of most of T's pages (weighted by their lines), in points:
 * of the first heights met, a document has few. */
static long
common_height(const struct pdf_text *t)
{
	struct page_height { long height; size_t lines; } seen[16];
	size_t n = 0, best = 0;

	for (size_t i = 0; i < t->count; i++) {
		long h = lround(t->lines[i].page_height);
		size_t k = 0;
		while (k < n && seen[k].height != h)
			k++;
		if (k == n) {
			if (n == sizeof seen / sizeof seen[0])
				continue;
			seen[n++] = (struct page_height){ h, 0 };
		}
		seen[k].lines++;
	}
	for (size_t k = 1; k < n; k++)
		if (seen[k].lines > seen[best].lines)
			best = k;
	return n ? seen[best].height : 0;
}

/* The font size of most of T's text (weighted by bytes), in half points. */
static double
body_size_of(const struct pdf_text *t)
{
	enum { SIZES = 400 };
	size_t weight[SIZES] = { 0 }, best = 0;

	for (size_t i = 0; i < t->count; i++) {
		long half = lround(t->lines[i].size * 2);
		if (!t->lines[i].furniture && half > 0 && half < SIZES)
			weight[half] += t->lines[i].length;
	}
	for (size_t s = 1; s < SIZES; s++)
		if (weight[s] > weight[best])
			best = s;
	return (double)best / 2;
}

static bool
ascii_word_char(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The geometry of the body text, for joining and headings. */
struct body {
	double size, left, right;
	long height;               /* of most pages (points) */
	/* The margins of the text on pages of another height (a landscape
	 * table's pages after portrait ones), found as they are needed. */
	struct margins {
		long height;               /* points */
		double left, right;
	} other[8];
	size_t other_count;
};

/* How many lines a height of pages needs to have margins of its own. */
enum { OWN_MARGIN_LINES = 5 };

/* The left and right margins that line L of T wraps at: those of the
 * body text (the size of most of their text) of the pages as high as
 * L's, when these are not the body's and hold OWN_MARGIN_LINES lines of
 * it or more; else the body's.  Kept in BODY as they are found (the
 * body's for the pages of a ninth height and more). */
static void
margins_of(const struct pdf_text *t, struct body *body, const struct pdf_line *l, double *left,
	   double *right)
{
	enum { SIZES = 400 };
	size_t weight[SIZES] = { 0 }, best = 0, lines = 0;
	long height = lround(l->page_height);
	struct margins m = { height, body->left, body->right };

	*left = body->left;
	*right = body->right;
	if (height == body->height)
		return;
	for (size_t i = 0; i < body->other_count; i++)
		if (body->other[i].height == height) {
			*left = body->other[i].left;
			*right = body->other[i].right;
			return;
		}
	if (body->other_count == sizeof body->other / sizeof body->other[0])
		return;
	for (size_t i = 0; i < t->count; i++) {
		long half = lround(t->lines[i].size * 2);
		if (!t->lines[i].furniture && lround(t->lines[i].page_height) == height && half > 0 &&
		    half < SIZES)
			weight[half] += t->lines[i].length;
	}
	for (size_t k = 1; k < SIZES; k++)
		if (weight[k] > weight[best])
			best = k;
	if (best > 0) {
		double left_edge = common_edge(t, (double)best / 2, l->page_height, false, &lines);
		if (lines >= OWN_MARGIN_LINES) {
			m.left = left_edge;
			m.right = common_edge(t, (double)best / 2, l->page_height, true, &lines);
		}
	}
	body->other[body->other_count++] = m;
	*left = m.left;
	*right = m.right;
}

/* Whether the line S (N bytes) is a contents entry: it ends in a page
 * number after a leader (four dots or more: ....., ·····, ……), with
 * spaces between or not. */
static bool
leader_line(const char *s, size_t n)
{
	size_t end = n, digits = 0, dots = 0;
	uint32_t c;

	while (end > 0 && utf8_space_before(s, s + end))
		end -= utf8_space_before(s, s + end);
	while (end > 0 && digits < 4) {
		size_t at = utf8_previous(s, 0, end);
		utf8_decode(s + at, end - at, &c);
		if (!((c >= '0' && c <= '9') || (c >= 0xff10 && c <= 0xff19)))
			break;
		digits++;
		end = at;
	}
	while (digits > 0 && end > 0) {
		size_t at = utf8_previous(s, 0, end);
		if (utf8_space_before(s, s + end)) {
			end -= utf8_space_before(s, s + end);
			continue;
		}
		utf8_decode(s + at, end - at, &c);
		if (c == '.' || c == 0xb7 || c == 0xff0e || c == 0x30fb || c == 0x2027)
			dots++;
		else if (c == 0x2026 || c == 0x22ef)   /* … and ⋯: three dots each */
			dots += 3;
		else
			break;
		end = at;
	}
	return dots >= 4;
}

/* Whether the N bytes at S end a sentence or a clause: 。！？； last,
 * white space aside (not a colon: a ratio 4.0：23.1 may break after
 * it). */
static bool
ends_sentence(const char *s, size_t n)
{
	static const char *const marks[] = { "。", "！", "？", "；" };

	while (n > 0 && utf8_space_before(s, s + n))
		n -= utf8_space_before(s, s + n);
	for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++) {
		size_t m = strlen(marks[k]);
		if (n >= m && memcmp(s + n - m, marks[k], m) == 0)
			return true;
	}
	return false;
}

/* Whether line B, set in another weight than line A above it (both in
 * the text of T), is the rest of A's paragraph, when A reaches the right
 * margin: a paragraph sets words in 黑体 for emphasis (指导思想是：以… /
 * …特色社会主义思想为指导，…), so B goes on when A stops mid-sentence
 * (no sentence mark, colon or closing bracket ends it) and B opens with
 * no heading's label. */
static bool
emphasis_goes_on(const struct pdf_text *t, const struct pdf_line *a, const struct pdf_line *b)
{
	static const char *const ends[] = { "：", ":", "）", ")" };
	const char *s = t->text + a->offset;
	size_t n = a->length;

	while (n > 0 && utf8_space_before(s, s + n))
		n -= utf8_space_before(s, s + n);
	if (n == 0 || ends_sentence(s, n))
		return false;
	for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++)
		if (utf8_ends_with(s, n, ends[k]))
			return false;
	return label_prefix_length(t->text + b->offset, b->length) == 0 &&
	       !label_alone(t->text + b->offset, b->length);
}

/* Whether line A goes on in line B (both in the text of T): A reaches the
 * right margin (of its column, on a page of two), B is not indented and
 * is set in A's size.  A contents
 * entry is a line of its own: its leader dots reach the margin.  So is a
 * clause that ends its sentence at the margin when the next line opens
 * with a number (…的排放限值。 / 2.2 夜间施工…) or is a number alone (a
 * term's 3.5 over the term): where no two lines end at one place
 * (clauses of a line each), the margin found may be short of where
 * lines end. */
static bool
continues(const struct pdf_text *t, struct body *body, const struct pdf_line *a,
	  const struct pdf_line *b)
{
	double em = a->size > 0 ? a->size : body->size;
	double right, left, unused;

	margins_of(t, body, a, &unused, &right);
	margins_of(t, body, b, &left, &unused);
	if (a->column)
		right = a->column_right;
	if (b->column)
		left = b->column_left;

	return a->x2 >= right - 1.5 * em && b->x1 <= left + 0.8 * em &&
	       fabs(a->size - b->size) < 0.5 && (a->bold == b->bold || emphasis_goes_on(t, a, b)) &&
	       !leader_line(t->text + a->offset, a->length) &&
	       !leader_line(t->text + b->offset, b->length) &&
	       !(ends_sentence(t->text + a->offset, a->length) &&
		 (label_prefix_length(t->text + b->offset, b->length) > 0 ||
		  label_alone(t->text + b->offset, b->length)));
}

/* Whether the N bytes at S hold a mark of punctuation that no half of a
 * heading broken over two lines holds: a sentence's marks, a colon, and
 * their ASCII forms. */
static bool
has_break_marks(const char *s, size_t n)
{
	static const char *const marks[] = { "，", "。", "；", "！", "？", "：", ",", ";", ":" };

	for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
		if (memmem(s, n, marks[k], strlen(marks[k])))
			return true;
	return false;
}

/* Whether line L of T is a clause's number and its title a tab's gap
 * away, given with no space between them, standing at the left margin
 * (of its column) as a clause does: a table's row of a number and a
 * name (序号 1 beside 化学需氧量) has its number set in from the margin,
 * its cells further gaps apart. */
static bool
tab_at_margin(const struct pdf_text *t, struct body *body, const struct pdf_line *l)
{
	double em = l->size > 0 ? l->size : body->size;
	double left, right;

	if (l->tab == 0 || l->tab >= l->length || l->cell_count)
		return false;
	margins_of(t, body, l, &left, &right);
	if (l->column)
		left = l->column_left;
	return fabs(l->x1 - left) <= 0.5 * em;
}

/* Whether line B, under line A (both in the text of T), is the rest of a
 * heading A broke over two lines (第二章　生产经营单位的 / 安全生产保障, in
 * a gazette's narrow column): A begins with a label, both are centred on
 * the same middle, away from the left margin (of their column, on a page
 * of two) and B from the right one too, in one size and weight, B right
 * under A, no longer than A, with no label; neither holds a sentence's
 * marks or a colon (a caption under a heading, 表 7：…, does). */
static bool
heading_goes_on(const struct pdf_text *t, const struct body *body, const struct pdf_line *a,
		const struct pdf_line *b)
{
	double em = a->size > 0 ? a->size : body->size;
	double left = a->column ? a->column_left : body->left;
	double right = a->column ? a->column_right : body->right;

	return a->page == b->page && a->column == b->column && fabs(a->size - b->size) < 0.5 &&
	       a->bold == b->bold && b->y1 >= a->y2 && b->y1 - a->y2 <= 1.5 * (a->y2 - a->y1) &&
	       fabs((a->x1 + a->x2) / 2 - (b->x1 + b->x2) / 2) <= em &&
	       a->x1 >= left + em && b->x1 >= left + 1.5 * em && b->x2 <= right - 1.5 * em &&
	       b->x2 - b->x1 <= a->x2 - a->x1 &&
	       label_prefix_length(t->text + a->offset, a->length) > 0 &&
	       label_prefix_length(t->text + b->offset, b->length) == 0 &&
	       !has_break_marks(t->text + a->offset, a->length) &&
	       !has_break_marks(t->text + b->offset, b->length);
}

/* Whether line B, under line A (both in the text of T), is the rest of a
 * title set larger than the body that the wrap broke (政府工作报告——…在 /
 * …会议上 / 李克强; 关于印发《…》 / 的通知): A reaches the right margin,
 * B is centred on the page's middle, away from the left margin, both in
 * one size larger than the body's and one weight, B right under A at
 * the title's leading, with no label; neither holds a sentence's marks.
 * A centred line set in the body's size under a full one (a caption, a
 * sign-off) is not joined. */
static bool
title_goes_on(const struct pdf_text *t, struct body *body, const struct pdf_line *a,
	      const struct pdf_line *b)
{
	double em = a->size > 0 ? a->size : body->size;
	double left, right, middle;

	if (a->column || b->column || a->page != b->page)
		return false;
	margins_of(t, body, a, &left, &right);
	middle = (left + right) / 2;
	return a->size >= body->size + 2 && fabs(a->size - b->size) < 0.5 && a->bold == b->bold &&
	       a->x2 >= right - 1.5 * em && b->x1 >= left + 1.5 * em &&
	       fabs((b->x1 + b->x2) / 2 - middle) <= em && b->y1 >= a->y2 &&
	       b->y1 - a->y2 <= a->y2 - a->y1 &&
	       label_prefix_length(t->text + b->offset, b->length) == 0 &&
	       !has_break_marks(t->text + a->offset, a->length) &&
	       !has_break_marks(t->text + b->offset, b->length);
}

/* Whether the N bytes at S hold a sign of a formula: an equals sign, a
 * mathematical operator (∫ ∑ √ ≤) or a piece of a tall bracket (⎛ ⎜ ⎝),
 * as no heading does (C = M / V （1）; Leq = 10 lg⎜ ∫ … ⎟). */
static bool
formula_signs(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		uint32_t c;
		size_t len = utf8_decode(s + i, n - i, &c);
		if (c == '=' || c == 0xff1d || (c >= 0x2200 && c <= 0x22ff) ||
		    (c >= 0x239b && c <= 0x23b3))
			return true;
		i += len ? len : 1;
	}
	return false;
}

/* Whether the N bytes at S are a piece of a formula set over several
 * rows: a symbol with its index and power, letters and digits alone
 * and few of them (h0 2, c0), no Han character. */
static bool
formula_symbol(const char *s, size_t n)
{
	size_t chars = 0;
	bool letter = false, digit = false;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == ' ')
			continue;
		if (c >= 0x80 || ++chars > 4)
			return false;
		letter |= (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
		digit |= c >= '0' && c <= '9';
	}
	return letter && digit;
}

/* A heading's level among the sizes set larger or bolder than the body:
 * the larger (then the bold), the higher; 0 when L is not one (a
 * formula is none). */
static uint8_t
heading_level(const struct pdf_text *t, const struct pdf_line *l, const double *sizes,
	      size_t size_count)
{
	const char *s = t->text + l->offset;

	if (l->length > 120 || label_prefix_length(s, l->length) > 0 ||
	    formula_signs(s, l->length) || formula_symbol(s, l->length))
		return 0;
	for (size_t i = 0; i < size_count; i++)
		if (fabs(sizes[i] - (l->main_size + (l->bold ? 0.25 : 0))) < 0.01)
			return (uint8_t)(i + 1 < 9 ? i + 1 : 9);
	return 0;
}

static int
descending(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x < y) - (x > y);
}

/* How many lines of the body a page needs for the body to begin on it;
 * how many pages a contents may take. */
enum { BODY_PAGE_LINES = 3, CONTENTS_PAGES = 4 };

/* Whether line L of T is a line of the body's text: set in the body's
 * size and weight, outside the bands of running headers and footers,
 * no contents entry. */
static bool
body_line(const struct pdf_text *t, const struct body *body, const struct pdf_line *l)
{
	return !l->furniture && fabs(l->main_size - body->size) < 0.5 && !l->bold && !in_band(l) &&
	       !leader_line(t->text + l->offset, l->length);
}

/* What stands before the body: the title, or a cover and front matter (a
 * standard's 中华人民共和国国家标准, number, title, English name, dates
 * and issuer, all set large; its 目次 of leader lines; 前言 above the
 * first paragraph), no headings.  START is the index of the body's
 * first line; LINES (COUNT of them) those before it set larger or
 * bolder than the body, the first COVER_LINES of them. */
enum { COVER_LINES = 64 };
struct front {
	size_t start;
	size_t lines[COVER_LINES];
	size_t count;
};

/* Where the body of T begins (the index of its first line; T->count when
 * it has none): its first line on the first page that has
 * BODY_PAGE_LINES of them or more, after the contents when T has one, or,
 * when no page has, its first line. */
static size_t
body_start(const struct pdf_text *t, const struct body *body)
{
	size_t first = t->count, after = 0, entries = 0;
	uint32_t contents_page = 0;

	/* A contents (two entries or more, on CONTENTS_PAGES pages at most):
	 * what stands before it (a cover, a publisher's page, the notice that
	 * approves a standard) is front matter, whatever text its pages
	 * hold, for a contents lists what follows it. */
	for (size_t i = 0; i < t->count; i++) {
		const struct pdf_line *l = &t->lines[i];
		if (l->furniture || !leader_line(t->text + l->offset, l->length))
			continue;
		if (entries == 0)
			contents_page = l->page;
		else if (l->page >= contents_page + CONTENTS_PAGES)
			break;
		entries++;
		after = i + 1;
	}
	if (entries < 2)
		after = 0;
	for (size_t from = after, to; from < t->count; from = to) {
		size_t lines = 0, page_first = t->count, page_top = t->count;
		for (to = from; to < t->count && t->lines[to].page == t->lines[from].page; to++) {
			if (!t->lines[to].furniture && page_top == t->count)
				page_top = to;
			if (body_line(t, body, &t->lines[to])) {
				lines++;
				page_first = page_first < to ? page_first : to;
			}
		}
		/* After a contents, the body begins at the top of its first
		 * page: a 前言 set large over the first paragraph is its
		 * first heading, not front matter. */
		if (lines >= BODY_PAGE_LINES)
			return after > 0 ? page_top : page_first;
		first = first < page_first ? first : page_first;
	}
	return first;
}

/* Sets *FRONT to what stands before the body of T. */
static void
front_of(const struct pdf_text *t, const struct body *body, struct front *front)
{
	front->start = body_start(t, body);
	front->count = 0;
	for (size_t i = 0; i < front->start && front->count < COVER_LINES; i++) {
		const struct pdf_line *c = &t->lines[i];
		if (!c->furniture && (c->main_size >= body->size + 0.5 || c->bold))
			front->lines[front->count++] = i;
	}
}

/* Whether line L of T says again a line of FRONT set larger or bolder
 * than the body, or two of them one after the other: the title on the
 * cover, said again above the first clause, is no heading, even when the
 * cover sets it over two lines that the reading order parts
 * (危险废物管理计划和管理台账 / HJ 1259—2022 / 制定技术导则). */
static bool
said_before(const struct pdf_text *t, const struct front *front, const struct pdf_line *l)
{
	for (size_t k = 0; k < front->count; k++) {
		const char *shape = t->lines[front->lines[k]].shape;
		size_t n = strlen(shape);
		if (strcmp(shape, l->shape) == 0)
			return true;
		if (n == 0 || strncmp(shape, l->shape, n) != 0)
			continue;
		for (size_t j = k + 1; j < front->count; j++)
			if (strcmp(t->lines[front->lines[j]].shape, l->shape + n) == 0)
				return true;
	}
	return false;
}

/* The styles of heading lines, largest first: a size, plus a quarter
 * point for bold.  Lines of FRONT, before the body begins (the title, a
 * cover), lines that say one of them again, and sign-offs are left out. */
static size_t
heading_styles(const struct body *body, const struct pdf_text *t, const struct front *front,
	       double *sizes, size_t max)
{
	size_t n = 0;

	for (size_t i = front->start; i < t->count; i++) {
		const struct pdf_line *l = &t->lines[i];
		double style = l->main_size + (l->bold ? 0.25 : 0);
		bool seen = false;

		if (l->furniture || l->table_cell || l->sign_off || l->repeated_row)
			continue;
		if ((l->main_size < body->size + 0.5 && !l->bold) || l->main_size < body->size - 0.5 ||
		    said_before(t, front, l))
			continue;
		for (size_t k = 0; k < n; k++)
			seen = seen || fabs(sizes[k] - style) < 0.01;
		if (!seen && n < max)
			sizes[n++] = style;
	}
	qsort(sizes, n, sizeof *sizes, descending);
	return n;
}

/* How many lines of issuers a sign-off may have above its date (a
 * notice of several departments). */
enum { SIGN_OFF_ISSUERS = 3 };

/* Marks the sign-offs of T: a line that is a date alone, set right of the
 * body's centre, and the short lines right above it, right of the centre
 * too (the issuer: 某某有限公司 over 2026 年 4 月 24 日).  A sign-off set
 * larger or bolder than the body is no heading. */
static void
mark_sign_offs(struct pdf_text *t, const struct body *body)
{
	double centre = (body->left + body->right) / 2;

	for (size_t i = 0; i < t->count; i++) {
		struct pdf_line *l = &t->lines[i];
		struct date date;
		size_t above = i, issuers = 0;

		if (l->furniture || l->table_cell || (l->x1 + l->x2) / 2 < centre + body->size ||
		    !date_alone(t->text + l->offset, l->length, &date))
			continue;
		l->sign_off = true;
		while (above > 0 && issuers < SIGN_OFF_ISSUERS) {
			struct pdf_line *a = &t->lines[--above];
			const char *s = t->text + a->offset;
			if (a->furniture)
				continue;
			if (a->page != l->page || a->table_cell ||
			    (a->x1 + a->x2) / 2 < centre + body->size ||
			    l->y1 - a->y2 > 3 * (l->y2 - l->y1) * (issuers + 1) ||
			    label_prefix_length(s, a->length) > 0)
				break;
			a->sign_off = true;
			issuers++;
		}
	}
}

/* Writes T's text other than its furniture into *OUT, a line per
 * paragraph, each with a hint. */
static enum bg_status
write_text(struct pdf_text *t, struct reader_text *out)
{
	struct body body;
	double sizes[9];
	size_t size_count, capacity = 0, hint_capacity = 0, length = 0, lines;
	char *text = NULL;
	struct front front;
	const struct pdf_line *previous = NULL;
	size_t line_chars = 0;   /* characters on the line written so far */

	body.size = body_size_of(t);
	body.left = common_edge(t, body.size, 0, false, &lines);
	body.right = common_edge(t, body.size, 0, true, &lines);
	body.height = common_height(t);
	body.other_count = 0;
	mark_sign_offs(t, &body);
	front_of(t, &body, &front);
	size_count = heading_styles(&body, t, &front, sizes, sizeof sizes / sizeof sizes[0]);
	for (size_t i = 0; i < t->count; i++) {
		const struct pdf_line *l = &t->lines[i];
		const char *s = t->text + l->offset;
		bool join;

		if (l->furniture)
			continue;
		/* A table's row is a paragraph of its own. */
		join = previous && !previous->cell_count && !l->cell_count &&
		       (continues(t, &body, previous, l) || heading_goes_on(t, &body, previous, l) ||
			title_goes_on(t, &body, previous, l));
		if (!array_reserve((void **)&text, &capacity, length + l->length + 4, 1))
			goto nomem;
		if (join && ascii_word_char(text[length - 1]) && ascii_word_char(s[0])) {
			text[length++] = ' ';
			line_chars++;
		} else if (previous && !join) {
			text[length++] = '\n';
			line_chars = 0;
		}
		if (!join || l->page != previous->page) {
			struct reader_hint *h;
			uint32_t number = out->hint_count ? out->hints[out->hint_count - 1].line : 0;
			if (!ARRAY_RESERVE(out->hints, hint_capacity, out->hint_count + 1))
				goto nomem;
			h = &out->hints[out->hint_count++];
			/* A paragraph going on to the next page: where that
			 * page begins on its line. */
			*h = (struct reader_hint){ .line = join ? number : number + 1, .page = l->page,
						   .column = join ? (uint32_t)line_chars + 1 : 0 };
			/* A cell of a table set in bold (农村 beside its
			 * figure) is no heading. */
			if (!join && i >= front.start && !l->table_cell && !l->sign_off &&
			    !l->repeated_row &&
			    (h->heading_level = heading_level(t, l, sizes, size_count)) > 0 &&
			    said_before(t, &front, l))
				h->heading_level = 0;
			if (l->cell_count) {
				h->cells = malloc(l->cell_count * sizeof *h->cells);
				if (!h->cells)
					goto nomem;
				memcpy(h->cells, l->cells, l->cell_count * sizeof *h->cells);
				h->cell_count = l->cell_count;
				h->table = l->table;
				h->row = l->row;
			}
		}
		line_chars += utf8_count(s, l->length);
		if (tab_at_margin(t, &body, l)) {
			/* 4限值和评价方法: the number, a space, the title. */
			memcpy(text + length, s, l->tab);
			length += l->tab;
			text[length++] = ' ';
			line_chars++;
			memcpy(text + length, s + l->tab, l->length - l->tab);
			length += l->length - l->tab;
		} else {
			memcpy(text + length, s, l->length);
			length += l->length;
		}
		previous = l;
	}
	if (length == 0) {
		free(text);
		return BG_ERR_BLANK;
	}
	text[length++] = '\n';
	out->buffer = text;
	out->start = 0;
	out->length = length;
	return BG_OK;
nomem:
	free(text);
	return BG_ERR_NOMEM;
}

static void
pdf_text_free(struct pdf_text *t)
{
	for (size_t i = 0; i < t->count; i++) {
		free(t->lines[i].shape);
		free(t->lines[i].cells);
	}
	free(t->lines);
	free(t->text);
}

/* Control characters other than the line ends (a form feed between
 * pages, a CR) become spaces; false when the text is not UTF-8. */
static bool
clean_text(char *text, size_t length)
{
	for (size_t i = 0; i < length; i++)
		if ((unsigned char)text[i] < 0x20 && text[i] != '\n')
			text[i] = ' ';
	return utf8_valid_length(text, length) == length;
}

/* Pages [FROM, TO) of a document, read into T; in a thread of its own
 * for the second half (a document of its own: poppler's are not to be
 * shared between threads).  With TEXT_MAX not 0, the reading stops after
 * the page that brings T's text to that many bytes; READ is where it
 * stopped (TO when it did not). */
struct pages_work {
	GBytes *bytes;
	PopplerDocument *doc;      /* NULL: open one of BYTES */
	uint32_t from, to;
	size_t text_max;
	uint32_t read;
	struct pdf_text t;
	enum bg_status status;
};

static void
read_pages(void *arg)
{
	struct pages_work *w = arg;
	PopplerDocument *doc = w->doc ? w->doc : pdf.document_new_from_bytes(w->bytes, NULL, NULL);

	w->status = doc ? BG_OK : BG_ERR_DAMAGED;
	w->read = w->from;
	for (uint32_t p = w->from; p < w->to && w->status == BG_OK; p++) {
		PopplerPage *page = pdf.document_get_page(doc, (int)p);
		w->read = p + 1;
		if (!page)
			continue;
		w->status = read_page(page, p + 1, &w->t);
		pdf.object_unref(page);
		if (w->text_max && w->t.length >= w->text_max)
			break;
	}
	if (doc && !w->doc)
		pdf.object_unref(doc);
}

/* Appends B's lines to A's, taking them over. */
static bool
pdf_text_join(struct pdf_text *a, struct pdf_text *b)
{
	size_t shift = a->length;

	if (!append(a, b->text, b->length) ||
	    !ARRAY_RESERVE(a->lines, a->line_capacity, a->count + b->count))
		return false;
	for (size_t i = 0; i < b->count; i++) {
		a->lines[a->count] = b->lines[i];
		a->lines[a->count++].offset += shift;
	}
	b->count = 0;
	return true;
}

/* A document this long is read in two halves at once: poppler's text
 * extraction is most of the time (1 ms a page; the fixture of five pages
 * takes this path too). */
enum { PAIR_MIN_PAGES = 4 };

/* The start of a document asked for (reader_input's text_max) is at
 * most this many pages: a first screen needs one or two, and a page can
 * take 15 ms (a standard's, with colour profiles set up for each). */
enum { START_PAGES = 8 };

/* Whether the SIZE bytes of a PDF at BYTES can be read in two threads:
 * not when it may carry colour profiles (an output intent, ICC-based
 * colour spaces), which poppler hands to lcms2 as it sets up each page,
 * and two threads doing so at once crash it; nor when objects are packed
 * in compressed streams, where such keys cannot be seen. */
static bool
pair_safe(const char *bytes, size_t size)
{
	static const char *const keys[] = { "/OutputIntents", "/ICCBased", "/ObjStm" };

	for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++)
		if (memmem(bytes, size, keys[k], strlen(keys[k])))
			return false;
	return true;
}

static enum bg_status
read_pdf(const struct reader_input *in, struct reader_text *out, struct bg_error *err)
{
	GBytes *bytes;
	GError *error = NULL;
	PopplerDocument *doc;
	struct pages_work first = { 0 }, second = { 0 };
	enum bg_status st = BG_OK;
	uint32_t pages = 0;

	*out = (struct reader_text){ .encoding = "UTF-8", .crs_checked = true };
	if ((st = dynlib_load(&pdf_library, "PDF support", err)) != BG_OK) {
		*out = (struct reader_text){ 0 };
		free(in->bytes);
		return st;
	}
	bytes = pdf.bytes_new_static(in->bytes, in->size);
	doc = pdf.document_new_from_bytes(bytes, NULL, &error);
	first.bytes = bytes;
	second.bytes = bytes;
	if (!doc) {
		bool encrypted = error && error->domain == pdf.error_quark() &&
				 error->code == POPPLER_ERROR_ENCRYPTED;
		/* poppler's other messages only say "damaged" again */
		st = encrypted ? bg_fail(err, BG_ERR_ENCRYPTED, "the PDF needs a password")
			       : bg_fail(err, BG_ERR_DAMAGED, NULL);
		pdf.clear_error(&error);
		pdf.bytes_unref(bytes);
		free(in->bytes);
		return st;
	}
	pages = (uint32_t)pdf.document_get_n_pages(doc);
	first.doc = doc;
	first.to = pages >= PAIR_MIN_PAGES && !in->text_max ? pages / 2 : pages;
	first.text_max = in->text_max;
	second.from = first.to;
	second.to = pages;
	if (in->text_max) {
		/* The start only, page by page: the running headers are
		 * those of the pages read. */
		if (first.to > START_PAGES)
			first.to = START_PAGES;
		read_pages(&first);
		pages = first.read;
	} else if (second.from < second.to && pair_safe(in->bytes, in->size))
		job_pair(read_pages, &first, read_pages, &second);
	else if (second.from < second.to) {
		second.doc = doc;
		read_pages(&first);
		read_pages(&second);
	} else
		read_pages(&first);
	pdf.object_unref(doc);
	pdf.bytes_unref(bytes);
	free(in->bytes);
	st = first.status != BG_OK ? first.status : second.status;
	if (st == BG_OK && !pdf_text_join(&first.t, &second.t))
		st = BG_ERR_NOMEM;
	if (st == BG_OK && (!mark_furniture(&first.t, pages) || !mark_repeated_rows(&first.t)))
		st = BG_ERR_NOMEM;
	if (st == BG_OK && (!mark_table_cells(&first.t) || !make_table_rows(&first.t)))
		st = BG_ERR_NOMEM;
	if (st == BG_OK)
		st = write_text(&first.t, out);
	pdf_text_free(&first.t);
	pdf_text_free(&second.t);
	if (st == BG_OK && !clean_text(out->buffer, out->length))
		st = BG_ERR_DAMAGED;
	if (st != BG_OK) {
		free(out->buffer);
		reader_free_hints(out->hints, out->hint_count);
		*out = (struct reader_text){ 0 };
		if (st == BG_ERR_BLANK)
			return bg_fail(err, st, "no text in its %u pages (scanned images?)",
				       (unsigned)pages);
		return bg_fail(err, st, NULL);
	}
	return BG_OK;
}

#endif

const struct reader reader_pdf = { "pdf", detect, read_pdf, true };
