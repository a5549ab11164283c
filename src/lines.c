/* SPDX-License-Identifier: GPL-3.0-or-later */
/* lines.c - decoded text into lines, and which lines a hard wrap joins.
 *
 * Line numbers count LF line ends, as grep -n and sed -n Np do; "\r\n" and
 * "\r\r\n" end one line.  Only a file with no LF at all is numbered by its
 * lone CR line ends.  A lone CR inside a line of a LF file ends a paragraph
 * piece but not the line. */
#include <config.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "escapes.h"
#include "label.h"
#include "layout.h"
#include "lines.h"
#include "numeral.h"
#include "utf8.h"

static bool
push_line(struct line_list *list, const char *text, size_t start, size_t end, uint32_t number,
	  uint32_t column)
{
	struct line *l;
	size_t lead = 0, k;
	uint32_t skipped = 0;
	bool indented = false;

	if (!ARRAY_RESERVE(list->items, list->capacity, list->count + 1))
		return false;
	/* A form feed (pdftotext's page break, glued to the first line of
	 * the next page) is white space, but no indent. */
	for (;;) {
		if (start + lead < end && text[start + lead] == '\f')
			k = 1;
		else if ((k = utf8_space_at(text + start + lead, end - start - lead)) > 0)
			indented = true;
		else
			break;
		lead += k;
		skipped++;
	}
	/* A CR before the line end goes as white space. */
	while (end > start + lead &&
	       (k = text[end - 1] == '\r' ? 1 : utf8_space_before(text + start + lead, text + end)) > 0)
		end -= k;
	l = &list->items[list->count++];
	l->start = start + lead;
	l->length = end - l->start;
	l->number = number;
	l->column = column + skipped;
	l->indented = indented;
	l->width = 0;
	l->chars = 0;
	l->continues = false;
	l->spaced = false;
	l->bridged = false;
	l->full = false;
	l->written_columns = 0;
	l->written_chars = 0;
	/* Matched now, while the line is in the cache. */
	l->noise = l->length > 0 && list->rules &&
		   noise_line_matches(list->rules, text + l->start, l->length, &list->cost);
	return true;
}

bool
lines_split(const char *text, size_t length, struct line_list *lines, bool lone_crs)
{
	bool has_lf = memchr(text, '\n', length) != NULL;
	bool has_cr = lone_crs && memchr(text, '\r', length) != NULL;
	char end_char = has_lf ? '\n' : '\r';
	size_t pos = 0;
	uint32_t number = 1;

	/* The array sized once, from a count of the line ends (lone CRs
	 * inside lines may add a few more). */
	if (!ARRAY_RESERVE(lines->items, lines->capacity,
			   lines->count + utf8_count_byte(text, length, end_char) + 1))
		return false;

	while (pos < length) {
		const char *nl = memchr(text + pos, end_char, length - pos);
		size_t end = nl ? (size_t)(nl - text) : length;
		size_t piece = pos;
		uint32_t column = 1;

		if (has_lf && has_cr) {
			size_t e = end;
			while (e > pos && text[e - 1] == '\r')
				e--;
			/* Lone CRs inside the line split it into pieces. */
			for (;;) {
				const char *cr = memchr(text + piece, '\r', e - piece);
				if (!cr)
					break;
				size_t at = (size_t)(cr - text);
				if (!push_line(lines, text, piece, at, number, column))
					return false;
				column += (uint32_t)utf8_count(text + piece, at - piece) + 1;
				piece = at + 1;
			}
			end = e;
		}
		if (!push_line(lines, text, piece, end, number, column))
			return false;
		if (!nl)
			break;
		pos = (size_t)(nl - text) + 1;
		if (!has_lf && pos < length && text[pos] == '\n')
			pos++;
		number++;
	}
	return true;
}

/* ---- reflow -------------------------------------------------------------- */

enum { WRAP_MAX = 400 };

static uint32_t
measure(const struct line *l, bool in_chars)
{
	return in_chars ? l->chars : l->width;
}

/* The marks in S (N bytes) that a terminal sets in one column and a
 * Chinese page in a full em (“ ” ‘ ’ … —): each adds a column to the
 * line's width on the page, so a line of quotations reaches the wrap as
 * the lines around it do. */
static size_t
page_wide_marks(const char *s, size_t n)
{
	size_t count = 0;

	for (size_t i = 0; i + 2 < n; i++)
		if ((unsigned char)s[i] == 0xe2 && (unsigned char)s[i + 1] == 0x80) {
			unsigned char c = (unsigned char)s[i + 2];
			count += c == 0x94 || c == 0x98 || c == 0x99 || c == 0x9c || c == 0x9d || c == 0xa6;
			i += 2;
		}
	return count;
}

/* Measures L, once: a line with characters has a width.  Past WRAP_MAX
 * columns and characters a line is just wider than any wrap, so it is
 * measured that far, a piece at a time, not to its end: a text that lost
 * its line breaks is one line as long as the report.  Its width is
 * measured only until it is past WRAP_MAX (then WRAP_MAX + 1), a line of
 * Chinese being twice as many columns as characters. */
static void
measure_line(const char *text, struct line *l)
{
	enum { PIECE = 4 * (WRAP_MAX + 1) };
	const char *s = text + l->start;
	size_t done = 0;

	if (l->chars > 0)
		return;
	while (done < l->length && (l->width <= WRAP_MAX || l->chars <= WRAP_MAX)) {
		size_t piece = l->length - done > PIECE ? PIECE : l->length - done, cut = piece;
		/* Widths add up character by character: cut between two. */
		while (done + cut < l->length && cut > 0 && (s[done + cut] & 0xc0) == 0x80)
			cut--;
		if (cut == 0)
			cut = piece;
		if (l->width <= WRAP_MAX) {
			int used;
			size_t fit = layout_fit(s + done, cut, (int)(WRAP_MAX + 1 - l->width), &used);
			l->width = fit < cut ? WRAP_MAX + 1 : l->width + (uint32_t)used;
			if (fit == cut)
				l->width += (uint32_t)page_wide_marks(s + done, cut);
		}
		l->chars += (uint32_t)utf8_count(s + done, cut);
		done += cut;
	}
	l->width += l->written_columns;
	l->chars += l->written_chars;
}

void
lines_add_written(struct line *lines, size_t count, const struct escapes_written *written, size_t n)
{
	size_t i = 0;

	for (size_t k = 0; k < n; k++) {
		while (i < count && lines[i].number < written[k].line)
			i++;
		if (i == count)
			break;
		/* (the first piece of a line a lone CR parts holds it) */
		if (lines[i].number == written[k].line) {
			lines[i].written_columns = written[k].columns > UINT16_MAX ? UINT16_MAX : (uint16_t)written[k].columns;
			lines[i].written_chars = written[k].chars > UINT16_MAX ? UINT16_MAX : (uint16_t)written[k].chars;
		}
	}
}

/* The lines of HISTOGRAM wider than FROM (WIDER of them) that a second,
 * wider wrap holds: a statistical bulletin's notes, set in small print,
 * wrap at a width of their own below text wrapped narrower.  At least
 * half of the wider lines and three or more end within SMALL_PRINT_BAND
 * of one width short of WRAP_MAX (a line longer than any wrap is no
 * evidence); 0 when they do not. */
static size_t
small_print(const uint32_t *histogram, uint32_t from, size_t wider)
{
	enum { SMALL_PRINT_BAND = 4 };
	size_t best = 0;

	for (uint32_t w = from + SMALL_PRINT_BAND; w + SMALL_PRINT_BAND < WRAP_MAX; w++) {
		size_t around = 0;
		for (uint32_t k = w - SMALL_PRINT_BAND; k <= w + SMALL_PRINT_BAND; k++)
			around += histogram[k];
		if (around > best)
			best = around;
	}
	return best >= 3 && 2 * best >= wider ? best : 0;
}

/* The best wrap width in HISTOGRAM (lines by measure, from MIN on): the
 * width with most lines at it or just below (SLACK less), in *COUNT; 0
 * when too few lines end there or too many are wider. */
static uint32_t
best_width(const uint32_t *histogram, uint32_t min, uint32_t slack, size_t long_lines,
	   uint32_t *count)
{
	uint32_t best = 0, best_count = 0;
	size_t wider = 0;

	for (uint32_t w = min; w < WRAP_MAX; w++) {
		uint32_t around = 0;
		for (uint32_t k = 0; k <= slack; k++)
			around += histogram[w - k];
		if (around > best_count || (around == best_count && w > best)) {
			best_count = around;
			best = w;
		}
	}
	for (uint32_t w = best + slack + 1; w <= WRAP_MAX; w++)
		wider += histogram[w];
	wider -= small_print(histogram, best + slack + 1, wider);
	*count = best_count;
	if (best_count < 3 || best_count * 4 < long_lines || wider * 20 > long_lines)
		return 0;
	return best;
}

/* True when S (N bytes) sets white space between two Chinese
 * characters (一般公共预算收入 一般公共预算支出): cells of a table's row,
 * as Chinese prose puts space only beside Latin letters and digits. */
static bool
cells_apart(const char *s, size_t n)
{
	return utf8_spaced_han(s, n);
}

/* True when S (N bytes) holds a mark that parts a sentence's clauses or
 * ends it (，。；！？ or , ; ! ?): a line of prose, as no cell of a
 * table's first column (其他国有资本经营预算企业产权转让收入, 一、税收收入,
 * 1.增值税, 其中：一般债务) is. */
static bool
prose_line(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;

	/* One pass for all the marks: ，；！？ are EF BC 8C, 9B, 81, 9F;
	 * 。 is E3 80 82. */
	for (size_t i = 0; i < n; i++) {
		if (p[i] == ',' || p[i] == ';' || p[i] == '!' || p[i] == '?')
			return true;
		if (i + 2 < n && p[i] == 0xef && p[i + 1] == 0xbc &&
		    (p[i + 2] == 0x8c || p[i + 2] == 0x9b || p[i + 2] == 0x81 || p[i + 2] == 0x9f))
			return true;
		if (i + 2 < n && p[i] == 0xe3 && p[i + 1] == 0x80 && p[i + 2] == 0x82)
			return true;
	}
	return false;
}

/* True when S (N bytes) ends a sentence with a full stop, a semicolon or
 * a colon (not a bracket or a quote, which a table's cell may close). */
static bool
ends_full_sentence(const char *s, size_t n)
{
	return n >= 3 && (memcmp(s + n - 3, "。", 3) == 0 || memcmp(s + n - 3, "；", 3) == 0 ||
			  memcmp(s + n - 3, "：", 3) == 0);
}

/* True when the lines of the first LOOK of LINES that end at WRAP (a
 * width in characters when IN_CHARS, else in columns; SLACK less at
 * most), table rows (ROWS) and, when PROSE, lines of no prose aside,
 * end a sentence (ends_full_sentence)
 * more often than not: paragraphs set one a line, whose longest ones
 * happen to be about as long (a text held twice over has each of its
 * lengths twice), not a wrap, where a line ends where the width ran
 * out, mostly inside a sentence. */
static bool
sentences_end_at(const char *text, const struct line *lines, size_t look, const bool *rows,
		 bool prose, uint32_t wrap, bool in_chars, uint32_t slack)
{
	size_t at = 0, ended = 0;

	for (size_t i = 0; i < look; i++) {
		const struct line *l = &lines[i];
		uint32_t w = measure(l, in_chars);
		if (l->length == 0 || rows[i] || w > wrap || w + slack < wrap ||
		    (prose && !prose_line(text + l->start, l->length)))
			continue;
		at++;
		ended += ends_full_sentence(text + l->start, l->length);
	}
	return 2 * ended > at;
}

/* The wrap the first LOOK of LINES show, as lines_find_wrap tells it (width 0
 * when none), counting only prose lines (prose_line) when PROSE: then
 * only where the other lines outnumber them and PROSE_MIN end at it.
 * ROWS[i] says whether line i is a table's row: found when not PROSE,
 * read when PROSE (the same lines looked at again). */
static struct lines_wrap
wrap_in(const char *text, struct line *lines, size_t look, bool prose, bool *rows)
{
	/* Lines of at least MIN_COLUMNS (MIN_CHARS) count as evidence;
	 * PROSE_MIN prose lines at the wrap at least. */
	enum { MIN_COLUMNS = 20, MIN_CHARS = 10, PROSE_MIN = 30 };
	uint32_t columns[WRAP_MAX + 1] = { 0 }, chars[WRAP_MAX + 1] = { 0 };
	size_t long_columns = 0, long_chars = 0, cells = 0;
	size_t indented = 0, nonblank = 0;
	uint32_t by_columns, by_chars, in_columns, in_chars;
	struct lines_wrap wrap = { 0, false, false };

	for (size_t i = 0; i < look; i++) {
		struct line *l = &lines[i];
		measure_line(text, l);
		if (l->length == 0)
			continue;
		nonblank++;
		indented += l->indented;
		/* A table's row, set on one line whatever the wrap, tells
		 * nothing of it: its figures in a row, or cells apart by
		 * white space between two Chinese words. */
		if (!prose)
			rows[i] = lines_figure_cells(text + l->start, l->length) ||
				  cells_apart(text + l->start, l->length);
		if (rows[i])
			continue;
		if (prose && !prose_line(text + l->start, l->length)) {
			cells += l->width >= MIN_COLUMNS;
			continue;
		}
		if (l->width >= MIN_COLUMNS) {
			long_columns++;
			columns[l->width > WRAP_MAX ? WRAP_MAX : l->width]++;
		}
		if (l->chars >= MIN_CHARS) {
			long_chars++;
			chars[l->chars > WRAP_MAX ? WRAP_MAX : l->chars]++;
		}
	}
	wrap.indent_marks_paragraphs = nonblank > 0 && indented * 20 >= nonblank &&
				       indented * 2 < nonblank;
	/* (prose lines alone tell the wrap where the table's lines
	 * outnumber them, and many end at it) */
	if (long_columns < (prose ? PROSE_MIN : 4) || (prose && cells <= long_columns))
		return wrap;
	by_columns = best_width(columns, MIN_COLUMNS, 2, long_columns, &in_columns);
	by_chars = best_width(chars, MIN_CHARS, 1, long_chars, &in_chars);
	/* Text wrapped by columns has most of its lines at one character
	 * count too when they are all Chinese; a digit in a line tells the
	 * two apart. */
	if (by_chars && (!by_columns || in_chars > in_columns)) {
		wrap.width = by_chars;
		wrap.in_chars = true;
	} else {
		wrap.width = by_columns;
	}
	if (prose && (wrap.in_chars ? in_chars : in_columns) < PROSE_MIN)
		wrap.width = 0;
	if (wrap.width > 0 &&
	    sentences_end_at(text, lines, look, rows, prose, wrap.width, wrap.in_chars, wrap.in_chars ? 1 : 2))
		wrap.width = 0;
	return wrap;
}

/* A hard wrap as the lines show it.  A typesetter (and a PDF extraction
 * after it) wraps at a width on the page, which display columns follow:
 * half-width digits and Latin take one column, Chinese two.  A script
 * that wraps at N characters gives lines of N characters, however wide.
 * Both are measured and the one whose lines end together wins: many
 * lines end at (nearly) the same width and hardly any is wider.  A report
 * whose pages of tables a PDF gave a cell a line (a budget's 表1 … 表60
 * after a few pages of text) shows it in its prose lines alone: they are
 * looked at when all the lines show none. */
struct lines_wrap
lines_find_wrap(const char *text, struct line *lines, size_t count)
{
	enum { LOOK_MAX = 5000 };
	size_t look = count < LOOK_MAX ? count : LOOK_MAX;
	bool rows[LOOK_MAX];
	struct lines_wrap wrap = wrap_in(text, lines, look, false, rows);

	if (wrap.width == 0) {
		struct lines_wrap prose = wrap_in(text, lines, look, true, rows);
		if (prose.width > 0) {
			prose.indent_marks_paragraphs = wrap.indent_marks_paragraphs;
			wrap = prose;
		}
	}
	if (wrap.width == 0)
		return wrap;
	/* Hard-wrapped: the rest of the lines need their widths too. */
	for (size_t i = look; i < count; i++)
		measure_line(text, &lines[i]);
	return wrap;
}

enum { FIGURE_CELLS = 3 };   /* bare numbers in a row that make a table's row */

bool
lines_figure_cells(const char *s, size_t n)
{
	size_t run = 0;

	for (size_t i = 0; i < n;) {
		size_t sp, end;
		bool digit = false, bare = true;

		while ((sp = utf8_space_at(s + i, n - i)) > 0)
			i += sp;
		if (i == n)
			break;
		/* (A bare number is ASCII: a Chinese word is passed over
		 * to the space after it unread.) */
		end = i + utf8_find_space(s + i, n - i);
		for (size_t k = i; k < end && bare; k++) {
			if (s[k] >= '0' && s[k] <= '9')
				digit = true;
			else if (!lines_number_byte(s[k]))
				bare = false;
		}
		i = end;
		run = digit && bare ? run + 1 : 0;
		if (run >= FIGURE_CELLS)
			return true;
	}
	return false;
}

bool
lines_number_cell(const char *s, size_t n)
{
	size_t i = 0, end;
	bool digit = false;

	while (i < n && utf8_space_at(s + i, n - i))
		i += utf8_space_at(s + i, n - i);
	while (n > i && utf8_space_before(s + i, s + n))
		n -= utf8_space_before(s + i, s + n);
	if (i == n)
		return false;
	end = i + utf8_find_space(s + i, n - i);
	if (end != n)
		return false;
	for (size_t k = i; k < n; k++) {
		if (s[k] >= '0' && s[k] <= '9')
			digit = true;
		else if (!lines_number_byte(s[k]))
			return false;
	}
	return digit;
}

enum { ROW_NUMBER_CELLS = 2 };   /* number cells after a name that make a '#' line a row */

/* True when S (N bytes) is a name and then ROW_NUMBER_CELLS bare
 * numbers or more, apart by white space, to its end (小麦 162.75 -6.8
 * 61.54): a table's row set on one line. */
static bool
name_then_number_cells(const char *s, size_t n)
{
	size_t i = utf8_find_space(s, n), cells = 0;

	while (i < n) {
		size_t sp, end;

		while (i < n && (sp = utf8_space_at(s + i, n - i)) > 0)
			i += sp;
		if (i == n)
			break;
		end = i + utf8_find_space(s + i, n - i);
		if (!lines_number_cell(s + i, end - i))
			return false;
		cells++;
		i = end;
	}
	return cells >= ROW_NUMBER_CELLS;
}

bool
lines_tally_mark(const char *s, size_t n, const char *next, size_t next_n)
{
	uint8_t level;
	size_t skip;

	while (n > 0 && (*s == ' ' || *s == '\t'))
		s++, n--;
	skip = lines_markdown_heading(s, n, &level);
	if (skip == 0 || level != 1)
		return false;
	return (next && lines_number_cell(next, next_n)) || name_then_number_cells(s + skip, n - skip);
}

bool
lines_end_sentence(const char *s, size_t n)
{
	static const char wide[][3] = { "。", "！", "？", "；", "：", "…", "”", "’", "」", "』", "）" };

	/* The last byte tells which of the marks may end S: an ASCII one, or
	 * one of three bytes, ending in a continuation byte. */
	if (n == 0)
		return false;
	if ((unsigned char)s[n - 1] < 0x80)
		return memchr(").!?;:", s[n - 1], 6) != NULL;
	for (size_t i = 0; n >= 3 && i < sizeof wide / sizeof wide[0]; i++)
		if (memcmp(s + n - 3, wide[i], 3) == 0)
			return true;
	return false;
}

size_t
lines_markdown_heading(const char *s, size_t n, uint8_t *level)
{
	size_t i = 0;

	while (i < n && i < 7 && s[i] == '#')
		i++;
	if (i == 0 || i > 6 || i >= n || (s[i] != ' ' && s[i] != '\t'))
		return 0;
	*level = (uint8_t)i;
	i += utf8_spaces(s + i, n - i);
	return i < n ? i : 0;
}

size_t
lines_list_mark(const char *s, size_t n)
{
	return n > 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ' && s[2] != ' ' &&
	       s[2] != s[0] ? 2 : 0;
}

/* A line that begins a heading must never be joined to the line before. */
static bool
begins_heading(const char *s, size_t n)
{
	uint8_t level;

	if (lines_markdown_heading(s, n, &level))
		return true;
	return label_prefix_length(s, n) > 0;
}

/* The columns L's half-width text may be off by when the wrap is counted
 * in columns: a quarter of its narrow characters, at most 4 (an
 * extraction spaces digits off from the characters around them, 增长 4.8%,
 * and a page sets them narrower than a column's half). */
static uint32_t
narrow_slack(const struct line *l, const struct lines_wrap *wrap)
{
	/* columns = 2 * wide + narrow, characters = wide + narrow */
	uint32_t narrow = 2 * l->chars > l->width ? 2 * l->chars - l->width : 0;

	if (wrap->in_chars)
		return 0;
	return narrow / 4 < 4 ? narrow / 4 : 4;
}

/* True when line L reaches the wrap: it ends within a character or two
 * of it, or a little more when it holds half-width text, whose width on
 * the page a column only approximates (narrow_slack). */
static bool
reaches_wrap(const struct line *l, const struct lines_wrap *wrap)
{
	uint32_t slack = (wrap->in_chars ? 2 : 4) + narrow_slack(l, wrap);

	return measure(l, wrap->in_chars) + slack >= wrap->width;
}

/* True when line L fills the wrap width to its last character (the width
 * counts a full stop hung past it): a sentence ending there more likely
 * goes on in the next line than ends its paragraph. */
static bool
reaches_wrap_exactly(const struct line *l, const struct lines_wrap *wrap)
{
	return measure(l, wrap->in_chars) + (wrap->in_chars ? 1 : 2) >= wrap->width;
}

/* True when the line S (N bytes) ends in a decimal point that the wrap
 * cut from its digits in NEXT: "由10." / "2%下降到". */
static bool
decimal_cut(const char *s, size_t n, const char *next)
{
	return n >= 2 && s[n - 1] == '.' && s[n - 2] >= '0' && s[n - 2] <= '9' && next[0] >= '0' &&
	       next[0] <= '9';
}

#if defined(__GNUC__)
typedef unsigned char bytes16 __attribute__((vector_size(16)));

/* Where, in S (N bytes), the first block of sixteen bytes begins that may
 * hold one of open_brackets' marks (( ) （ ） 《 》 “ ”), or where the
 * blocks end: one test of each block for all of them.  Their UTF-8 forms
 * differ only in the last bit of the last byte: EF BC 88/89, E3 80 8A/8B,
 * E2 80 9C/9D. */
static size_t
bracket_free_blocks(const unsigned char *s, size_t n)
{
	size_t i;

	for (i = 0; i + 18 <= n; i += 16) {
		bytes16 b0, b1, b2, pair, hit;
		uint64_t half[2];
		memcpy(&b0, s + i, sizeof b0);
		memcpy(&b1, s + i + 1, sizeof b1);
		memcpy(&b2, s + i + 2, sizeof b2);
		pair = b2 & 0xfe;
		hit = (bytes16)((b0 & 0xfe) == '(') |
		      ((bytes16)(b0 == 0xef) & (bytes16)(b1 == 0xbc) & (bytes16)(pair == 0x88)) |
		      ((bytes16)(b0 == 0xe3) & (bytes16)(b1 == 0x80) & (bytes16)(pair == 0x8a)) |
		      ((bytes16)(b0 == 0xe2) & (bytes16)(b1 == 0x80) & (bytes16)(pair == 0x9c));
		memcpy(half, &hit, sizeof half);
		if (half[0] | half[1])
			break;
	}
	return i;
}
#else
static size_t
bracket_free_blocks(const unsigned char *s, size_t n)
{
	(void)s;
	(void)n;
	return 0;
}
#endif

/* The brackets that S (N bytes) opens less those it closes: （ and (, and
 * the book-title and quotation marks 《 and “ that a line break cuts as
 * often (根据《某某条例》和《上海市政府 / 信息公开规定》的要求).  One
 * pass: the blocks with none of them are skipped, the others counted a
 * byte at a time. */
static int
open_brackets(const char *s, size_t n)
{
	static const char *const opens[] = { "（", "《", "“" }, *const closes[] = { "）", "》", "”" };
	int depth = 0;

	for (size_t i = 0; i < n;) {
		size_t stop;
		i += bracket_free_blocks((const unsigned char *)s + i, n - i);
		stop = n - i < 18 ? n : i + 16;
		for (; i < stop; i++) {
			if (s[i] == '(')
				depth++;
			else if (s[i] == ')')
				depth--;
			else if (i + 3 <= n && (unsigned char)s[i] >= 0xe2)
				for (size_t k = 0; k < sizeof opens / sizeof opens[0]; k++) {
					if (memcmp(s + i, opens[k], 3) == 0)
						depth++;
					else if (memcmp(s + i, closes[k], 3) == 0)
						depth--;
				}
		}
	}
	return depth;
}

/* True when S (N bytes) opens the subtitle of a speech or a work report
 * -- "——2025年3月21日在…", "2025年3月21日在…", "二〇二五年…在…" -- and
 * stops before its "…会议上". */
static bool
subtitle_begins(const char *s, size_t n)
{
	size_t i = 0;

	while (utf8_starts_with(s + i, n - i, "—"))
		i += 3;
	if (utf8_starts_with(s + i, n - i, "（"))
		i += 3;
	if (!(i + 5 <= n && s[i] >= '1' && s[i] <= '2' && s[i + 3] >= '0' && s[i + 3] <= '9' &&
	      utf8_starts_with(s + i + 4, n - i - 4, "年")) &&
	    !utf8_starts_with(s + i, n - i, "二〇") && !utf8_starts_with(s + i, n - i, "二○") &&
	    !utf8_starts_with(s + i, n - i, "一九"))
		return false;
	return memmem(s + i, n - i, "在", 3) != NULL && !utf8_ends_with(s, n, "上") &&
	       !lines_end_sentence(s, n);
}

/* True when S (N bytes) ends such a subtitle: "第五次会议上", "会议上的讲话）". */
static bool
subtitle_ends(const char *s, size_t n)
{
	static const char *const ends[] = { "上", "上）", "上的讲话", "上的讲话）", "上的报告",
					    "上的报告）", "上的发言", "上的发言）" };

	if (utf8_count(s, n) > 24)
		return false;
	for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++)
		if (utf8_ends_with(s, n, ends[i]))
			return true;
	return false;
}

/* True when S (N bytes) is a number of at most four characters and
 * nothing else: digits with one decimal point at most (2.5, 2, 10). */
static bool
short_number_alone(const char *s, size_t n)
{
	size_t digits = 0, points = 0;

	if (n == 0 || n > 4)
		return false;
	for (size_t i = 0; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			digits++;
		else if (s[i] == '.' && i > 0 && i + 1 < n)
			points++;
		else
			return false;
	}
	return digits > 0 && points <= 1;
}

/* True when lines I, I + 1 and I + 2 are a sentence a web copy broke
 * around the sub- or superscript of a Latin name or unit (…以PM / 2.5 /
 * 浓度持续下降为主线…, 细颗粒物（PM / 2.5 / ）浓度…, 广义货币M / 2 / 和…):
 * the first ends in a Latin letter, the second is a short_number_alone,
 * the third goes on with text or closes the bracket, and is no heading. */
static bool
cut_script(const char *text, const struct line *lines, size_t count, size_t i)
{
	const struct line *l = &lines[i], *script, *rest;
	unsigned char last, first;

	if (i + 2 >= count)
		return false;
	script = &lines[i + 1];
	rest = &lines[i + 2];
	last = (unsigned char)text[l->start + l->length - 1];
	first = (unsigned char)text[rest->start];
	return (last | 0x20) >= 'a' && (last | 0x20) <= 'z' &&
	       short_number_alone(text + script->start, script->length) && rest->length > 0 &&
	       rest->number != script->number &&
	       ((first >= 0xe4 && first <= 0xe9) || first == ')' ||
		utf8_starts_with(text + rest->start, rest->length, "）")) &&
	       !begins_heading(text + rest->start, rest->length);
}

/* A clause's number read: up to three groups (4.2.1), the first perhaps an
 * appendix's letter (A.1, the letter counting from 1). */
struct clause_number {
	int group[3];
	size_t count;
	bool letter;
};

/* True when S (N bytes) is a clause number and nothing else, read into C:
 * one to three groups of one to three digits joined by points (1, 3.1,
 * 4.2.1), the first perhaps an appendix letter (A.1). */
static bool
clause_number_alone(const char *s, size_t n, struct clause_number *c)
{
	size_t i = 0;

	c->count = 0;
	c->letter = false;
	if (n > 0 && s[0] >= 'A' && s[0] <= 'Z') {
		if (n < 3 || s[1] != '.')
			return false;
		c->group[c->count++] = s[0] - 'A' + 1;
		c->letter = true;
		i = 2;
	}
	for (;;) {
		size_t digits = 0;
		int value = 0;
		while (i < n && s[i] >= '0' && s[i] <= '9' && digits < 4)
			value = value * 10 + (s[i++] - '0'), digits++;
		if (digits == 0 || digits > 3 || (digits > 1 && s[i - digits] == '0') || c->count == 3)
			return false;
		c->group[c->count++] = value;
		if (i == n)
			return true;
		if (s[i] != '.' || ++i == n)
			return false;
	}
}

/* True when clause B may come right after clause A: its first child
 * (4 then 4.1), its next sibling (3.1 then 3.2) or the next of one of its
 * parents (3.10 then 4). */
static bool
clause_follows(const struct clause_number *a, const struct clause_number *b)
{
	if (a->letter != b->letter)
		return false;
	if (b->count == a->count + 1) {
		for (size_t k = 0; k < a->count; k++)
			if (b->group[k] != a->group[k])
				return false;
		return b->group[a->count] == 1;
	}
	if (b->count == 0 || b->count > a->count)
		return false;
	for (size_t k = 0; k + 1 < b->count; k++)
		if (b->group[k] != a->group[k])
			return false;
	return b->group[b->count - 1] == a->group[b->count - 1] + 1;
}

/* True when S (N bytes) may be a clause's title set on a line of its own:
 * a short phrase (a term and its English name at most, 电磁环境
 * electromagnetic environment) that begins with a Chinese character,
 * holds no sentence's punctuation and ends no sentence. */
enum { CLAUSE_TITLE_MAX = 60 };

static bool
clause_title_alone(const char *s, size_t n)
{
	static const char marks[][4] = { "，", "。", "；", "：", "、" };

	if (n < 3 || (unsigned char)s[0] < 0xe4 || (unsigned char)s[0] > 0xe9 ||
	    utf8_count(s, n) > CLAUSE_TITLE_MAX ||
	    lines_end_sentence(s, n) || begins_heading(s, n))
		return false;
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (memmem(s, n, marks[i], 3))
			return false;
	return true;
}

/* The index of the first line after I that is not blank, stepping over
 * one blank line at most; COUNT when there is none so near. */
static size_t
filled_after(const struct line *lines, size_t count, size_t i)
{
	if (i + 1 < count && lines[i + 1].length > 0)
		return i + 1;
	if (i + 2 < count && lines[i + 1].length == 0 && lines[i + 2].length > 0)
		return i + 2;
	return count;
}

/* True when a page break (pdftotext's form feed) stands between the end of
 * line A and the start of line B. */
static bool
page_break_between(const char *text, const struct line *a, const struct line *b)
{
	size_t from = a->start + a->length;

	return b->start > from && memchr(text + from, '\f', b->start - from) != NULL;
}

/* Where a PDF extraction set a clause's number on a line of its own and
 * its title on the next, a blank line perhaps between (1 / 适用范围,
 * 3.1 / 电磁环境), the index of the title's line; 0 when line I is no
 * such number.  A page number is not one: a page break follows it, or
 * the line after it goes on with a sentence; nor is a table's row number,
 * its cells one a line below it (1 / 韩德才 / 男, 1 / 既有居住建筑改造 /
 * 旧住房成套改造任务, 1 / 基层司法业务 / 3): the title is followed by a
 * sentence, a line as long as a paragraph's, or a clause's number that
 * may come next. */
enum { CLAUSE_TEXT_MIN = 20 };

static size_t
clause_title_below(const char *text, const struct line *lines, size_t count, size_t i)
{
	const struct line *l = &lines[i];
	struct clause_number number, next;
	size_t t, after;

	if (!clause_number_alone(text + l->start, l->length, &number) ||
	    (t = filled_after(lines, count, i)) == count ||
	    lines[t].number == l->number || page_break_between(text, l, &lines[t]) ||
	    !clause_title_alone(text + lines[t].start, lines[t].length))
		return 0;
	if ((after = filled_after(lines, count, t)) == count)
		return 0;
	if (clause_number_alone(text + lines[after].start, lines[after].length, &next))
		return clause_follows(&number, &next) ? t : 0;
	return utf8_count(text + lines[after].start, lines[after].length) >= CLAUSE_TEXT_MIN ||
	       ends_full_sentence(text + lines[after].start, lines[after].length) ? t : 0;
}

/* The length of the mark that S (N bytes) opens with when no sentence can
 * open with it (、，。；：！？ and the closing brackets and quotes): the
 * line goes on with the sentence above it, cut there by a PDF's
 * extraction that set the mark apart (…（以下简称“某某法”） / 、《某某条例》…);
 * 0 for any other opening. */
static size_t
continuing_mark(const char *s, size_t n)
{
	static const char marks[][4] = { "、", "，", "。", "；", "：", "！", "？", "）", "」", "』", "”", "》" };

	for (size_t i = 0; n >= 3 && i < sizeof marks / sizeof marks[0]; i++)
		if (memcmp(s, marks[i], 3) == 0)
			return 3;
	return 0;
}

/* True when the line S (N bytes) ends in a note mark ([2], [12]) after
 * words whose sentence it leaves open: pdftotext -raw ends a line after a
 * mark set as a superscript (全年全州生产总值[2] / 1329.65亿元，…), and
 * the sentence goes on in the next line, the rest of the page's line. */
static bool
note_mark_ends(const char *s, size_t n)
{
	size_t digits = 0;

	if (n < 3 || s[n - 1] != ']')
		return false;
	while (digits < 3 && digits + 2 < n && s[n - 2 - digits] >= '0' && s[n - 2 - digits] <= '9')
		digits++;
	if (digits == 0 || n < digits + 2 || s[n - 2 - digits] != '[')
		return false;
	n -= digits + 2;
	return n >= 3 && (unsigned char)s[n - 1] >= 0x80 && !lines_end_sentence(s, n);
}

/* The two-character words that head a division of a document (a
 * standard's 前言, 目次, 引言, 附录; a report's 目录, 总则, 附则, 后记), set
 * with such wide spacing that a PDF's text gives each character a line
 * of its own, a blank line perhaps between (前 / 言). */
static const char spaced_words[][7] = { "前言", "引言", "序言", "导言", "目次", "目录", "附录",
					"总则", "附则", "结语", "后记" };

/* Where line I holds the first character of a spaced_words word alone and
 * the next line (over one blank line at most, on the same page) opens
 * with its second, alone or before white space or a contents entry's
 * leader (言 ……… II, 录 A), the index of that line; 0 otherwise. */
static size_t
word_spaced_over_lines(const char *text, const struct line *lines, size_t count, size_t i)
{
	const struct line *l = &lines[i];
	const char *s = text + l->start, *t;
	size_t next, n;

	if (l->length != 3 || (next = filled_after(lines, count, i)) == count ||
	    lines[next].number == l->number || page_break_between(text, l, &lines[next]) ||
	    lines[next].length < 3)
		return 0;
	t = text + lines[next].start;
	n = lines[next].length;
	if (n > 3 && !utf8_space_at(t + 3, n - 3) && t[3] != '.' && !utf8_starts_with(t + 3, n - 3, "…") &&
	    !utf8_starts_with(t + 3, n - 3, "·"))
		return 0;
	for (size_t k = 0; k < sizeof spaced_words / sizeof spaced_words[0]; k++)
		if (memcmp(s, spaced_words[k], 3) == 0 && memcmp(t, spaced_words[k] + 3, 3) == 0)
			return next;
	return 0;
}

/* True when S (N bytes) ends a sentence's words with a cited title
 * (本标准是对《某某规定》) and NEXT (NEXT_N bytes) opens with the
 * bracketed note that goes with it, closed within CITED_NOTE_CHARS
 * characters: its code or its version (《某某规定》（GB 8702-88）), which a
 * PDF's text sets on the next line where its letters change the font.  A
 * line that opens with the title stands in a sentence only when the line
 * above left its sentence open (AFTER_OPEN: 自本标准实施之日起， /
 * 《某某规定》 / （GB 8702-88）…); else it is a document's title over its
 * own note (《某某规划》 / （征求意见稿）), which the metadata reads. */
enum { CITED_NOTE_CHARS = 24 };

static bool
cited_title_note(const char *s, size_t n, const char *next, size_t next_n, bool after_open)
{
	size_t open, chars = 0;

	if (!utf8_ends_with(s, n, "》") || (utf8_starts_with(s, n, "《") && !after_open))
		return false;
	open = utf8_starts_with(next, next_n, "（") ? 3 : next_n > 0 && next[0] == '(' ? 1 : 0;
	if (open == 0)
		return false;
	for (size_t i = open; i < next_n && chars < CITED_NOTE_CHARS; chars++) {
		if (utf8_starts_with(next + i, next_n - i, "）") || next[i] == ')')
			return chars > 0;
		i += utf8_length(next + i, next_n - i);
	}
	return false;
}

/* Joins what a line break cut whatever the wrap: a word spaced over two
 * lines (word_spaced_over_lines), a bracket it left open
 * ("（2025年3月21日在…人民代表大会" / "第五次会议上）"), a subtitle
 * ("——2025年3月21日在…" / "第五次会议上"), a cut_script, a line opening
 * with a continuing_mark, a citation's item cut from its 第, and unless
 * PAGED (lines_mark_continuations) a clause number over its title. */
static void
mark_cut_phrases(const char *text, struct line *lines, size_t count, bool paged)
{
	for (size_t i = 0; i + 1 < count; i++) {
		const struct line *l = &lines[i];
		struct line *next = &lines[i + 1];
		const char *s = text + l->start, *t = text + next->start;
		size_t title;

		if ((title = word_spaced_over_lines(text, lines, count, i)) > 0) {
			lines[title].continues = true;
			if (title > i + 1)
				next->bridged = true;
			i = title - 1;
			continue;
		}
		if (!paged && (title = clause_title_below(text, lines, count, i)) > 0) {
			lines[title].continues = true;
			lines[title].spaced = true;
			if (title > i + 1)
				next->bridged = true;
			i = title - 1;
			continue;
		}
		if (l->length > 0 && next->length > 0 && next->number != l->number && cut_script(text, lines, count, i)) {
			next->continues = true;
			lines[i + 2].continues = true;
			continue;
		}

		if (l->length > 0 && next->length > 0 && next->number != l->number &&
		    continuing_mark(t, next->length) > 0) {
			next->continues = true;
			/* a mark alone (、) that leaves its sentence open:
			 * the line below it goes on with it too */
			if (continuing_mark(t, next->length) == next->length &&
			    !lines_end_sentence(t, next->length) && i + 2 < count &&
			    lines[i + 2].length > 0 && lines[i + 2].number != next->number &&
			    !begins_heading(text + lines[i + 2].start, lines[i + 2].length))
				lines[i + 2].continues = true;
			continue;
		}
		/* …依据《某某法》第一百零九条第 / （一）项，…: a citation's
		 * item the wrap cut from its 第, no heading */
		if (l->length >= 3 && next->length > 0 && next->number != l->number &&
		    memcmp(s + l->length - 3, "第", 3) == 0 && begins_heading(t, next->length)) {
			next->continues = true;
			continue;
		}
		if (l->length == 0 || next->length == 0 || next->number == l->number ||
		    next->continues || begins_heading(t, next->length) ||
		    begins_heading(s, l->length))
			continue;
		if (note_mark_ends(s, l->length)) {
			/* the two are one line of the page: each measures
			 * as that line against the wrap */
			uint32_t width = lines[i].width + next->width, chars = lines[i].chars + next->chars;

			lines[i].width = next->width = width;
			lines[i].chars = next->chars = chars;
			next->continues = true;
			continue;
		}
		if ((open_brackets(s, l->length) > 0 && open_brackets(t, next->length) < 0 &&
		     utf8_count(t, next->length) <= 40) ||
		    (subtitle_begins(s, l->length) && subtitle_ends(t, next->length)) ||
		    cited_title_note(s, l->length, t, next->length,
				     i > 0 && lines[i - 1].length > 0 &&
				     !lines_end_sentence(text + lines[i - 1].start, lines[i - 1].length)))
			next->continues = true;
	}
}

/* How much further in than the line above a line starts when it is set
 * apart, centred (a title under a page's source line), not a wrapped
 * line's rest: more than any paragraph's first-line indent. */
enum { CENTRED_INDENT = 8 };

/* True when NEXT starts CENTRED_INDENT characters or more further in than
 * L, the line above it: a line of its own, whatever L's width. */
static bool
centred_below(const struct line *l, const struct line *next)
{
	return next->column >= l->column + CENTRED_INDENT;
}

/* True when L, where indentation marks the paragraphs, falls one
 * character short of the wrap with its sentence open and NEXT goes on at
 * the margin: a justified page sets a line a character fewer where its
 * spacing did not fit one more (推进燃气安全监管信 / 息化建设), a line
 * the paragraph goes on from all the same. */
static bool
short_by_one(const char *text, const struct line *l, const struct line *next, const struct lines_wrap *wrap)
{
	uint32_t slack = wrap->in_chars ? 3 : 6;

	return wrap->indent_marks_paragraphs && !next->indented &&
	       measure(l, wrap->in_chars) + slack >= wrap->width &&
	       !lines_end_sentence(text + l->start, l->length);
}

/* The number N of the item "N是" (一是, 二是, … 十二是) that S (N bytes)
 * opens with; 0 when it opens with none. */
static long long
item_opened(const char *s, size_t n)
{
	size_t used;
	long long value = numeral_chinese(s, n, &used);

	return value > 0 && value < 100 && utf8_starts_with(s + used, n - used, "是") ? value : 0;
}

enum { INDENT_KEPT_MAX = 8 };

/* True when L, in a text whose extraction dropped the indent a page sets
 * before each paragraph (two characters, GB/T 9704) or kept it (a few
 * spaces, pdftotext -layout's), is a paragraph's first line: that indent
 * short of the wrap, its sentence open, and NEXT a full line at the
 * margin.  A heading's line joins only when it runs in
 * (its title closed by a full stop, its text going on: （一）某某。审计
 * 发现 / …), never a title that stands alone. */
static bool
short_by_indent(const char *text, const struct line *l, const struct line *next, const struct lines_wrap *wrap)
{
	const char *s = text + l->start;
	/* (the slack for figures spaced off only in prose: a table's row of
	 * figures is no paragraph's first line) */
	uint32_t indent = wrap->in_chars ? 2 : 4,
		 slack = (wrap->in_chars ? 1 : 2) + (prose_line(s, l->length) ? narrow_slack(l, wrap) : 0);
	uint32_t w = measure(l, wrap->in_chars);

	/* (an extraction that kept the indent: the line stands a few
	 * spaces in, as many as its grid made of two characters, and is
	 * measured without them) */
	bool kept = l->indented && l->column <= 1 + INDENT_KEPT_MAX;

	return (kept || (!wrap->indent_marks_paragraphs && !l->indented)) && !next->indented &&
	       w + indent + slack >= wrap->width && w + indent <= wrap->width + slack &&
	       reaches_wrap(next, wrap) && !lines_end_sentence(s, l->length) &&
	       (!begins_heading(s, l->length) || memmem(s, l->length, "。", 3) != NULL);
}

size_t
lines_drop_spacing(const char *text, struct line *lines, size_t count, const struct lines_wrap *wrap)
{
	/* Lines at the wrap, their sentence open, a single blank line
	 * follows must outnumber the lines at the wrap another line follows
	 * at once SPACED_RATIO to one, and be SPACED_MIN: in a text whose
	 * blank lines end paragraphs, the line before one ends its sentence,
	 * and mostly short of the wrap. */
	enum { SPACED_RATIO = 2, SPACED_MIN = 8 };
	size_t spaced = 0, close = 0, kept = 0;

	if (wrap->width == 0)
		return count;
	for (size_t i = 0; i + 1 < count; i++) {
		if (lines[i].length == 0 || !reaches_wrap(&lines[i], wrap))
			continue;
		if (lines[i + 1].length > 0)
			close++;
		else if (i + 2 < count && lines[i + 2].length > 0 &&
			 !lines_end_sentence(text + lines[i].start, lines[i].length))
			spaced++;
	}
	if (spaced < SPACED_MIN || spaced < SPACED_RATIO * close)
		return count;
	for (size_t i = 0; i < count; i++)
		if (!(lines[i].length == 0 && i > 0 && i + 1 < count && lines[i - 1].length > 0 &&
		      lines[i + 1].length > 0))
			lines[kept++] = lines[i];
	return kept;
}

void
lines_mark_continuations(const char *text, struct line *lines, size_t count,
			 const struct lines_wrap *found, bool paged)
{
	const struct lines_wrap wrap = *found;
	/* The last item of a run 一是, 二是, … that opened a paragraph in
	 * this section (0 for none): its next item opens one too. */
	long long item = 0;

	mark_cut_phrases(text, lines, count, paged);
	if (wrap.width == 0)
		return;
	if (count > 0)
		item = item_opened(text + lines[0].start, lines[0].length);
	for (size_t i = 0; i + 1 < count; i++) {
		const struct line *l = &lines[i];
		struct line *next = &lines[i + 1];
		const char *s = text + l->start, *t = text + next->start;
		long long opened = next->number != l->number ? item_opened(t, next->length) : 0;
		uint8_t level;

		lines[i].full = l->length > 0 && reaches_wrap(l, &wrap);
		if (begins_heading(t, next->length))
			item = 0;
		if (l->length == 0 || next->length == 0 || next->number == l->number ||
		    (!paged && clause_title_below(text, lines, count, i + 1) > 0) ||
		    !(reaches_wrap(l, &wrap) || short_by_one(text, l, next, &wrap) ||
		      short_by_indent(text, l, next, &wrap)) || centred_below(l, next) ||
		    lines_markdown_heading(s, l->length, &level) || begins_heading(t, next->length) ||
		    lines_list_mark(t, next->length) > 0)
			;
		/* A sentence ended at the wrap and the next item of a run
		 * whose items open paragraphs: a paragraph of its own, as
		 * the items before it were. */
		else if (opened > 0 && opened == item + 1 && lines_end_sentence(s, l->length))
			;
		else if (wrap.indent_marks_paragraphs ? !next->indented
			 : !lines_end_sentence(s, l->length) || decimal_cut(s, l->length, t) ||
			   reaches_wrap_exactly(l, &wrap))
			next->continues = true;
		if (opened > 0 && !next->continues)
			item = opened;
	}
}

/* ---- running heads ------------------------------------------------------- */

bool
lines_page_number(const char *s, size_t n)
{
	size_t digits = 0, lower = 0, upper = 0;

	if (n == 0 || n > 6)
		return false;
	for (size_t i = 0; i < n; i++) {
		digits += s[i] >= '0' && s[i] <= '9';
		lower += s[i] != '\0' && strchr("ivxlc", s[i]) != NULL;
		upper += s[i] != '\0' && strchr("IVXLC", s[i]) != NULL;
	}
	return (digits == n && n <= 4) || lower == n || upper == n;
}

/* True when line I of LINES (COUNT) stands at a page break, blank lines
 * apart: a form feed (pdftotext's) before or after it. */
static bool
at_form_feed(const char *text, const struct line *lines, size_t count, size_t i)
{
	for (size_t k = i + 1; k < count; k++) {
		if (page_break_between(text, &lines[k - 1], &lines[k]))
			return true;
		if (lines[k].length > 0)
			break;
	}
	for (size_t k = i; k > 0; k--) {
		if (page_break_between(text, &lines[k - 1], &lines[k]))
			return true;
		if (lines[k - 1].length > 0)
			break;
	}
	return false;
}



/* A short line of a page's furniture that a PDF extraction repeats on every
 * page, in the middle of the text ("2018年政府工作报告" between "贫困人口减少
 * 6800多万，" and "易地扶贫搬迁830万人"): the same text, at least
 * RUNNING_MIN times, each beside a page number or inside a sentence. */
enum { RUNNING_MIN = 3, RUNNING_MAX_BYTES = 90 };

struct occurrence {
	const char *text;
	size_t length;
	size_t index;          /* in the lines */
};

static int
compare_occurrences(const void *a, const void *b)
{
	const struct occurrence *x = a, *y = b;
	size_t n = x->length < y->length ? x->length : y->length;
	int c = memcmp(x->text, y->text, n);

	if (c != 0)
		return c;
	if (x->length != y->length)
		return x->length < y->length ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

/* The nonblank line next to I in direction STEP (+1 or -1), or SIZE_MAX. */
static size_t
nonblank_beside(const struct line *lines, size_t count, size_t i, int step)
{
	for (size_t j = i; step < 0 ? j > 0 : j + 1 < count;) {
		j = step < 0 ? j - 1 : j + 1;
		if (lines[j].length > 0)
			return j;
	}
	return SIZE_MAX;
}

/* True when line I stands where a running head does: beside a page number
 * (a line a rule took as noise), or, in a hard-wrapped text, between the
 * pieces of a sentence. */
static bool
at_page_edge(const char *text, const struct line *lines, size_t count, size_t i,
	     const struct lines_wrap *wrap)
{
	size_t before = nonblank_beside(lines, count, i, -1);
	size_t after = nonblank_beside(lines, count, i, +1);

	if ((before != SIZE_MAX && lines[before].noise) || (after != SIZE_MAX && lines[after].noise))
		return true;
	return wrap->width > 0 && before != SIZE_MAX && after != SIZE_MAX &&
	       reaches_wrap(&lines[before], wrap) &&
	       !lines_end_sentence(text + lines[before].start, lines[before].length) &&
	       !begins_heading(text + lines[after].start, lines[after].length);
}

bool
lines_mark_running_heads(const char *text, struct line *lines, size_t count,
			 const struct lines_wrap *found)
{
	const struct lines_wrap wrap = *found;
	struct occurrence *all = NULL;
	size_t n = 0, capacity = 0;

	for (size_t i = 0; i < count; i++) {
		struct line *l = &lines[i];
		/* A page's number at the page break is furniture too: it
		 * goes, and the text it stood in is joined again. */
		if (l->length > 0 && !l->noise && lines_page_number(text + l->start, l->length) &&
		    at_form_feed(text, lines, count, i)) {
			l->noise = true;
			continue;
		}
		if (l->length == 0 || l->length > RUNNING_MAX_BYTES || l->noise ||
		    lines_end_sentence(text + l->start, l->length) ||
		    begins_heading(text + l->start, l->length) ||
		    !at_page_edge(text, lines, count, i, &wrap))
			continue;
		if (!ARRAY_RESERVE(all, capacity, n + 1)) {
			free(all);
			return false;
		}
		all[n++] = (struct occurrence){ text + l->start, l->length, i };
	}
	if (n >= RUNNING_MIN)
		qsort(all, n, sizeof *all, compare_occurrences);
	for (size_t i = 0, j; i < n; i = j) {
		for (j = i + 1; j < n && all[j].length == all[i].length &&
				memcmp(all[j].text, all[i].text, all[i].length) == 0;)
			j++;
		if (j - i < RUNNING_MIN)
			continue;
		for (size_t k = i; k < j; k++)
			lines[all[k].index].noise = true;
	}
	free(all);
	return true;
}
