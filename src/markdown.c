/* SPDX-License-Identifier: GPL-3.0-or-later */
/* markdown.c - Markdown to plain text, line for line (see markdown.h).
 *
 * Only what reports copied into Markdown use is read: inline links and
 * images, ** __ * emphasis, backslash escapes, > quotes, pipe tables,
 * front matter and fenced code (both kept as written).  A link's URL may
 * be wrapped onto the next line; so may the tail of an URL an extraction
 * cut off ("…为准。&siteId=0085"): both go.  The line breaks stay where
 * they were, so that line numbers still name the source lines. */
#include <config.h>

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "array.h"
#include "layout.h"
#include "lines.h"
#include "markdown.h"
#include "reader.h"
#include "utf8.h"

struct out {
	char *s;
	size_t n, cap;
	bool failed;
	struct reader_link *links;   /* the links rendered, by offset in S */
	size_t link_count, link_capacity;
	/* The rows of the tables rendered, as a structured format gives them
	 * (reader.h), and the count of tables. */
	struct reader_hint *hints;
	size_t hint_count, hint_capacity;
	uint32_t tables;
	/* S is the text being rendered, written over from its start.  What
	 * comes out of the text before the place read is never longer than
	 * it (marks and addresses go, nothing is added but a table's
	 * padding, which is written apart first), so S[n...] is still the
	 * text as it was. */
	bool over_text;
};

/* Keeps the link to the address T[from, to) (and T[from2, to2), where it
 * goes on in the next line; a title after a space left out) whose text
 * was written to O from START on. */
static void
keep_link(struct out *o, size_t start, const char *t, size_t from, size_t to, size_t from2,
	  size_t to2)
{
	char href[2048];
	size_t k = 0;
	/* [text](<url with spaces>) */
	bool angled = from < to && t[from] == '<';
	char stop = angled ? '>' : ' ';

	if (angled)
		from++;
	for (size_t i = from; i < to && k + 1 < sizeof href && t[i] != stop; i++)
		href[k++] = t[i];
	for (size_t i = from2; i < to2 && k + 1 < sizeof href && t[i] != stop; i++)
		href[k++] = t[i];
	href[k] = '\0';
	if (!o->failed &&
	    !reader_link_add(&o->links, &o->link_count, &o->link_capacity, o->s, start, o->n, href))
		o->failed = true;
}

/* Writes S (N bytes) to O.  Over the text, S may be the text itself,
 * further on. */
static void
put(struct out *o, const char *s, size_t n)
{
	if (o->failed)
		return;
	if (!o->over_text && !ARRAY_RESERVE(o->s, o->cap, o->n + n + 2)) {
		o->failed = true;
		return;
	}
	memmove(o->s + o->n, s, n);
	o->n += n;
}

/* Room for the text of LENGTH bytes as it is: most of it is copied. */
static size_t
room_for(size_t length)
{
	return length + length / 16 + 64;
}

/* Writes S (N bytes, rendered apart) to O, where the text of LENGTH
 * bytes has been read up to READ.  Over the text, when S would reach
 * what is still to be read, O goes on in a block of its own with what it
 * has written so far. */
static void
put_apart(struct out *o, const char *s, size_t n, size_t read, size_t length)
{
	if (o->over_text && !o->failed && o->n + n > read) {
		char *own = NULL;
		size_t cap = 0;
		if (!ARRAY_RESERVE(own, cap, room_for(length) + n)) {
			o->failed = true;
			return;
		}
		memcpy(own, o->s, o->n);
		o->s = own;
		o->cap = cap;
		o->over_text = false;
	}
	put(o, s, n);
}

static void
put_spaces(struct out *o, size_t n)
{
	while (n-- > 0)
		put(o, " ", 1);
}

static bool
is_space(char c)
{
	return c == ' ' || c == '\t';
}

static bool
is_word(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

/* The end of the line at POS: its '\n' or N. */
static size_t
line_end(const char *t, size_t n, size_t pos)
{
	const char *nl = memchr(t + pos, '\n', n - pos);
	return nl ? (size_t)(nl - t) : n;
}

/* The end of the line's content: before a '\r' that ends it. */
static size_t
content_end(const char *t, size_t start, size_t end)
{
	return end > start && t[end - 1] == '\r' ? end - 1 : end;
}

/* Whether T[pos, end) is all an URL's query tail: &name=value, or more of
 * them.  A report's text never has one; an extraction that cut a link's
 * URL at its first '&' leaves it. */
static bool
url_tail(const char *t, size_t pos, size_t end)
{
	size_t i = pos;

	if (i >= end || (t[i] != '&' && t[i] != '?'))
		return false;
	while (i < end) {
		size_t name;
		if (t[i] != '&' && t[i] != '?')
			return false;
		i++;
		for (name = i; i < end && is_word(t[i]); i++)
			;
		if (i == name || i >= end || t[i] != '=')
			return false;
		while (i < end && !is_space(t[i]) && t[i] != '&')
			i++;
	}
	return true;
}

/* Where the emphasis opened by the DELIM_LENGTH characters at POS closes
 * on the line [pos, end): the start of the closing delimiter, or 0 when
 * it does not. */
static size_t
emphasis_close(const char *t, size_t line_start, size_t pos, size_t end, size_t delim_length)
{
	char d = t[pos];
	size_t i = pos + delim_length;

	if (i >= end || is_space(t[i]) || t[i] == d)
		return 0;
	/* Underscores inside a word (snake_case) are not emphasis. */
	if (d == '_' && pos > line_start && is_word(t[pos - 1]))
		return 0;
	for (i++; i + delim_length <= end; i++) {
		if (t[i] != d)
			continue;
		/* Two bold spans set side by side (**某某（2026—2030年****）**,
		 * as a page's adjacent <strong> tags are copied) meet in a run
		 * of four: the first closes there, the second opens. */
		if (delim_length == 2 ? t[i + 1] == d && (i + 2 >= end || t[i + 2] != d ||
							  (i + 4 <= end && t[i + 3] == d &&
							   (i + 4 == end || t[i + 4] != d) && t[i - 1] != d))
				      : (i + 1 >= end || t[i + 1] != d) && t[i - 1] != d) {
			if (!is_space(t[i - 1]) &&
			    !(d == '_' && i + delim_length < end && is_word(t[i + delim_length])))
				return i;
		}
		if (delim_length == 2 && t[i + 1] == d)
			i++;
	}
	return 0;
}

static size_t render_inline(struct out *o, const char *t, size_t n, size_t pos, size_t end,
			    unsigned depth);

/* An inline link or image "[text](url)" at POS ('['), its URL possibly
 * wrapped onto the next line.  Renders its text and returns the position
 * after it, setting *END to the end of the line it ends on; 0 when there
 * is no link at POS. */
static size_t
link(struct out *o, const char *t, size_t n, size_t pos, size_t *end, unsigned depth)
{
	size_t close, i, parens = 0, next_end, nl;
	/* (Asked before the text is rendered, which may write over it.) */
	bool image = pos > 0 && t[pos - 1] == '!';   /* an image's source is no link */

	for (close = pos + 1; close < *end && t[close] != ']' && t[close] != '['; close++)
		;
	if (close + 1 >= *end || t[close] != ']' || t[close + 1] != '(')
		return 0;
	for (i = close + 2; i < *end; i++) {
		if (t[i] == '(')
			parens++;
		else if (t[i] == ')' && parens-- == 0)
			break;
	}
	if (i < *end) {
		size_t start = o->n;
		render_inline(o, t, n, pos + 1, close, depth + 1);
		if (!image)
			keep_link(o, start, t, close + 2, i, 0, 0);
		return i + 1;
	}
	/* The URL goes on in the next line, up to its ')', without a space
	 * (only in the text of a line: not in a table's cell). */
	nl = line_end(t, n, *end);
	if (depth > 0 || nl >= n)
		return 0;
	next_end = content_end(t, nl + 1, line_end(t, n, nl + 1));
	for (i = nl + 1; i < next_end && t[i] != ')' && !is_space(t[i]); i++)
		;
	if (i >= next_end || t[i] != ')')
		return 0;
	{
		size_t start = o->n;
		render_inline(o, t, n, pos + 1, close, depth + 1);
		if (!image)
			keep_link(o, start, t, close + 2, *end, nl + 1, i);
	}
	put(o, t + *end, nl + 1 - *end);   /* the line break */
	*end = next_end;
	return i + 1;
}

/* The first place in T[from, end) whose byte may start something
 * render_inline reads, or END:
 * most of a report's bytes are Chinese characters', which mean nothing
 * here. */
static size_t
plain_end(const char *t, size_t from, size_t end)
{
	return utf8_find_any(t, from, end, "\\[!*_&<");
}

/* The HTML tags a page saved as Markdown wraps text in that carry no
 * words: emphasis (<b>第一条</b>, <strong>（一）…</strong>), spans and
 * fonts, and the paragraph and line breaks (<p id="c1">, </p>, <br/>) that
 * stand where its lines already break. */
static const char *const inline_tags[] = { "b", "strong", "em", "i", "u", "span", "font", "p", "br" };

/* Length of the inline HTML tag (one of inline_tags, opening or closing,
 * with attributes or self-closed) at T[pos, end), where T[pos] is '<';
 * 0 when there is none. */
static size_t
inline_tag(const char *t, size_t pos, size_t end)
{
	size_t i = pos + 1;

	if (i < end && t[i] == '/')
		i++;
	for (size_t k = 0; k < sizeof inline_tags / sizeof inline_tags[0]; k++) {
		size_t len = strlen(inline_tags[k]), j = i + len;
		if (end - i <= len || strncasecmp(t + i, inline_tags[k], len) != 0)
			continue;
		if (t[j] != '>' && t[j] != ' ' && t[j] != '/')
			continue;
		/* attributes: up to the '>', no other tag inside */
		while (j < end && t[j] != '>' && t[j] != '<')
			j++;
		return j < end && t[j] == '>' ? j + 1 - pos : 0;
	}
	return 0;
}

/* CommonMark: a backslash escapes any ASCII punctuation character. */
static const char escapable[] = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

/* Renders T[pos, end) (a line, or part of one), and possibly the next
 * line where a link's URL is wrapped onto it; returns where it stopped
 * (the end of the content of the line it ended on). */
static size_t
render_inline(struct out *o, const char *t, size_t n, size_t pos, size_t end, unsigned depth)
{
	size_t line_start = pos, strong = 0, under = 0, em = 0, after;

	while (pos < end) {
		char c = t[pos];

		if (c == '\\' && pos + 1 < end && strchr(escapable, t[pos + 1])) {
			put(o, t + pos + 1, 1);
			pos += 2;
			continue;
		}
		if ((strong && pos == strong) || (under && pos == under)) {
			if (pos == strong)
				strong = 0;
			else
				under = 0;
			pos += 2;
			continue;
		}
		if (em && pos == em) {
			em = 0;
			pos++;
			continue;
		}
		if (depth < 3 && (c == '[' || (c == '!' && pos + 1 < end && t[pos + 1] == '['))) {
			size_t at = c == '!' ? pos + 1 : pos;
			if ((after = link(o, t, n, at, &end, depth)) != 0) {
				pos = after;
				line_start = pos;
				continue;
			}
		}
		if (c == '*' && pos + 1 < end && t[pos + 1] == '*' && !strong &&
		    (strong = emphasis_close(t, line_start, pos, end, 2)) != 0) {
			pos += 2;
			continue;
		}
		if (c == '_' && pos + 1 < end && t[pos + 1] == '_' && !under &&
		    (under = emphasis_close(t, line_start, pos, end, 2)) != 0) {
			pos += 2;
			continue;
		}
		if (c == '*' && !em && (pos + 1 >= end || t[pos + 1] != '*') &&
		    (em = emphasis_close(t, line_start, pos, end, 1)) != 0) {
			pos++;
			continue;
		}
		if (c == '<' && (after = inline_tag(t, pos, end)) != 0) {
			pos += after;
			continue;
		}
		/* An URL's tail after the text, not inside a word or an URL. */
		if (c == '&' && (pos == line_start || (unsigned char)t[pos - 1] >= 0x80) &&
		    url_tail(t, pos, end)) {
			pos = end;
			continue;
		}
		/* Plain text up to the next character that may mean something,
		 * or where an emphasis ahead closes. */
		{
			size_t stop = end;
			if (strong > pos && strong < stop)
				stop = strong;
			if (under > pos && under < stop)
				stop = under;
			if (em > pos && em < stop)
				stop = em;
			after = plain_end(t, pos + 1, stop);
		}
		put(o, t + pos, after - pos);
		pos = after;
	}
	return end;
}

/* ---- tables ------------------------------------------------------------ */

enum { TABLE_MAX_COLUMNS = 64 };

/* Whether T[start, end) is a table's delimiter row: | --- | :--: | ---: |. */
static bool
delimiter_row(const char *t, size_t start, size_t end)
{
	size_t dashes = 0, bars = 0;

	for (size_t i = start; i < end; i++) {
		if (t[i] == '-')
			dashes++;
		else if (t[i] == '|')
			bars++;
		else if (t[i] != ':' && !is_space(t[i]))
			return false;
	}
	return dashes > 0 && bars > 0;
}

/* The cells of the row T[start, end): their bounds, at most
 * TABLE_MAX_COLUMNS of them (the rest go into the last); their count. */
static size_t
split_row(const char *t, size_t start, size_t end, size_t *from, size_t *to)
{
	size_t count = 0, i;

	while (start < end && is_space(t[start]))
		start++;
	while (end > start && is_space(t[end - 1]))
		end--;
	if (start < end && t[start] == '|')
		start++;
	if (end > start && t[end - 1] == '|' && (end - 1 == start || t[end - 2] != '\\'))
		end--;
	for (i = start;; i++) {
		if (i == end || (t[i] == '|' && t[i - 1] != '\\' && count + 1 < TABLE_MAX_COLUMNS)) {
			size_t a = start, b = i;
			while (a < b && is_space(t[a]))
				a++;
			while (b > a && is_space(t[b - 1]))
				b--;
			from[count] = a;
			to[count++] = b;
			start = i + 1;
			if (i == end)
				break;
		}
	}
	return count;
}

/* Where a column's text stands in its width. */
enum align { ALIGN_LEFT, ALIGN_CENTER, ALIGN_RIGHT };

/* Notes the row of O's table being written, on output line LINE, whose
 * cells start at the byte offsets CELLS (COUNT of them) of WRITTEN (O's
 * text, or where the table is written apart: WRITTEN_N bytes so far),
 * from ROW_START on: a row the outline, figures and the text pane know as
 * one.  An empty cell at the row's end starts past what is written, after
 * the spaces that would pad it, a column each. */
static void
note_row(struct out *o, const char *written, size_t written_n, uint32_t line, uint32_t row,
	 size_t row_start, const size_t *cells, size_t count)
{
	struct reader_hint *h;
	size_t column = 1, at = row_start;

	if (o->failed || count == 0)
		return;
	if (!ARRAY_RESERVE(o->hints, o->hint_capacity, o->hint_count + 1)) {
		o->failed = true;
		return;
	}
	h = &o->hints[o->hint_count];
	*h = (struct reader_hint){ .line = line, .table = o->tables, .row = row };
	h->cells = malloc(count * sizeof *h->cells);
	if (!h->cells) {
		o->failed = true;
		return;
	}
	for (size_t c = 0; c < count; c++) {
		/* a character column: the UTF-8 lead bytes before the cell */
		for (; at < cells[c]; at++)
			column += at >= written_n || ((unsigned char)written[at] & 0xc0) != 0x80;
		h->cells[c] = (uint32_t)column;
	}
	h->cell_count = (uint32_t)count;
	o->hint_count++;
}

/* Renders the table whose header row starts at START, on line *LINE (its
 * delimiter row next); returns the position after its last row, and sets
 * *LINE to the line there. */
static size_t
table(struct out *o, const char *t, size_t n, size_t start, uint32_t *line)
{
	size_t widths[TABLE_MAX_COLUMNS] = { 0 }, from[TABLE_MAX_COLUMNS], to[TABLE_MAX_COLUMNS];
	enum align align[TABLE_MAX_COLUMNS] = { ALIGN_LEFT };
	size_t columns = 0, pos, delimiter = line_end(t, n, start) + 1, stop = start;
	/* A cell is written apart first: the links in it are not kept. */
	struct out cell = { NULL, 0, 0, false, NULL, 0, 0, NULL, 0, 0, 0, false };
	/* Over the text, the table is written apart (its rows are read
	 * twice, and its padding may make it longer than they are). */
	struct out apart = { NULL, 0, 0, false, NULL, 0, 0, NULL, 0, 0, 0, false };
	struct out *to_o = o->over_text ? &apart : o;
	uint32_t next_line = *line;

	/* The delimiter row says how many columns there are, and how each
	 * is aligned. */
	{
		size_t e = content_end(t, delimiter, line_end(t, n, delimiter));
		columns = split_row(t, delimiter, e, from, to);
		for (size_t c = 0; c < columns; c++) {
			bool left = to[c] > from[c] && t[from[c]] == ':';
			bool right = to[c] > from[c] && t[to[c] - 1] == ':';
			align[c] = left && right ? ALIGN_CENTER : right ? ALIGN_RIGHT : ALIGN_LEFT;
		}
	}
	/* Two passes over the rows: the widths, then the text. */
	for (int pass = 0; pass < 2; pass++) {
		uint32_t row_line = *line, row = 0;
		for (pos = start; pos < n; row_line++) {
			size_t le = line_end(t, n, pos), e = content_end(t, pos, le);
			size_t count, pending = 0, row_start = to_o->n, cells[TABLE_MAX_COLUMNS];

			if (pos != start && pos != delimiter && (e == pos || !memchr(t + pos, '|', e - pos)))
				break;
			if (pos == delimiter) {
				for (size_t c = 0; pass == 1 && c < columns; c++) {
					put_spaces(to_o, pending);
					for (size_t k = 0; k < widths[c]; k++)
						put(to_o, "-", 1);
					pending = 2;
				}
			} else {
				count = split_row(t, pos, e, from, to);
				if (count > columns)
					columns = count;   /* no cell is lost */
				for (size_t c = 0; c < count; c++) {
					size_t w, pad;
					cell.n = 0;
					render_inline(&cell, t, n, from[c], to[c], 1);
					w = (size_t)layout_width(cell.s ? cell.s : "", cell.n);
					if (pass == 0) {
						if (w > widths[c])
							widths[c] = w;
						continue;
					}
					pad = widths[c] - w;
					if (align[c] == ALIGN_RIGHT || align[c] == ALIGN_CENTER) {
						size_t before = align[c] == ALIGN_RIGHT ? pad : pad / 2;
						pending += before;
						pad -= before;
					}
					cells[c] = to_o->n + pending;
					if (cell.n > 0) {
						put_spaces(to_o, pending);
						put(to_o, cell.s, cell.n);
						pending = 0;
					}
					pending += pad + 2;
				}
				if (pass == 1)
					note_row(o, to_o->s, to_o->n, row_line, row++, row_start, cells, count);
			}
			if (pass == 1) {
				put(to_o, t + e, le - e);   /* a '\r' before the '\n' */
				if (le < n)
					put(to_o, "\n", 1);
			} else if (le < n) {
				next_line++;
			}
			pos = le < n ? le + 1 : n;
			stop = pos;
		}
	}
	free(cell.s);
	reader_free_links(cell.links, cell.link_count);
	if (cell.failed || apart.failed)
		o->failed = true;
	if (o->over_text && apart.n > 0)
		put_apart(o, apart.s, apart.n, stop, n);
	free(apart.s);
	*line = next_line;
	return stop;
}

/* ---- lines ------------------------------------------------------------- */

/* A fence line of fenced code: ``` or ~~~. */
static bool
fence(const char *t, size_t start, size_t end)
{
	while (start < end && t[start] == ' ')
		start++;
	return end - start >= 3 && (memcmp(t + start, "```", 3) == 0 || memcmp(t + start, "~~~", 3) == 0);
}

/* The end of front matter at the start of T: after its closing --- line;
 * 0 when there is none. */
static size_t
front_matter_end(const char *t, size_t n)
{
	size_t pos;

	if (n < 4 || memcmp(t, "---", 3) != 0 || (t[3] != '\n' && t[3] != '\r'))
		return 0;
	for (pos = line_end(t, n, 0) + 1; pos < n;) {
		size_t le = line_end(t, n, pos), e = content_end(t, pos, le);
		if (e - pos == 3 && (memcmp(t + pos, "---", 3) == 0 || memcmp(t + pos, "...", 3) == 0))
			return le < n ? le + 1 : n;
		pos = le + 1;
	}
	return 0;
}

/* How many lines wholly in strong emphasis make a text Markdown. */
enum { BOLD_LINES_MIN = 2 };

bool
markdown_detect(const char *name, const char *text, size_t length)
{
	const char *dot = name ? strrchr(name, '.') : NULL;

	size_t bold_lines = 0;

	if (dot && (strcasecmp(dot, ".md") == 0 || strcasecmp(dot, ".markdown") == 0))
		return true;
	for (size_t pos = 0; pos < length;) {
		size_t le = line_end(text, length, pos), e = content_end(text, pos, le), s = pos;
		uint8_t level;

		while (s < e && is_space(text[s]))
			s++;
		if (delimiter_row(text, s, e))
			return true;
		if (lines_markdown_heading(text + s, e - s, &level) > 0) {
			size_t next = le < length ? le + 1 : length;
			size_t next_e = content_end(text, next, line_end(text, length, next));
			if (!lines_tally_mark(text + s, e - s, text + next, next_e - next))
				return true;
		}
		/* headings set in bold: **一、总体要求** alone on a line, maybe
		 * indented as the text around it is (two ideographic spaces) */
		s += utf8_spaces(text + s, e - s);
		while (e > s && utf8_space_before(text + s, text + e))
			e -= utf8_space_before(text + s, text + e);
		if (e - s > 4 && memcmp(text + s, "**", 2) == 0 && memcmp(text + e - 2, "**", 2) == 0 &&
		    !is_space(text[s + 2]) && !is_space(text[e - 3]) && text[s + 2] != '*' &&
		    ++bold_lines >= BOLD_LINES_MIN)
			return true;
		for (const char *p = text + s; (p = memchr(p, ']', (size_t)(text + e - p))) != NULL; p++)
			if (p + 1 < text + e && p[1] == '(')
				return true;
		pos = le + 1;
	}
	return false;
}

/* Where the attribute list that ends the ATX heading T[start, end) begins
 * (Pandoc's and kramdown's {#id .class align="center"}, ASCII only, with
 * an id, a class or a key=value), or END when it has none. */
static size_t
heading_attributes(const char *t, size_t start, size_t end)
{
	size_t e = end, open;

	if (start == end || t[start] != '#')
		return end;
	while (e > start && is_space(t[e - 1]))
		e--;
	if (e == start || t[e - 1] != '}')
		return end;
	for (open = e - 1; open > start && t[open - 1] != '{'; open--)
		if ((unsigned char)t[open - 1] >= 0x80 || t[open - 1] == '}')
			return end;
	if (open == start || open == e - 1)
		return end;
	open--;   /* the '{' */
	if (t[open + 1] == '#' || t[open + 1] == '.' || memchr(t + open, '=', e - open))
		return open;
	return end;
}

/* Whether T[start, end) is a table-of-contents placeholder alone on its
 * line ([[toc]] of markdown-it and VuePress, [TOC] of Typora, [[_TOC_]]
 * of GitLab, ${toc}): where a viewer puts the list of headings, no words
 * of the report. */
static bool
toc_placeholder(const char *t, size_t start, size_t end)
{
	static const char *const forms[] = { "[[toc]]", "[toc]", "[[_toc_]]", "${toc}" };

	while (start < end && is_space(t[start]))
		start++;
	while (end > start && is_space(t[end - 1]))
		end--;
	for (size_t k = 0; k < sizeof forms / sizeof forms[0]; k++)
		if (end - start == strlen(forms[k]) && strncasecmp(t + start, forms[k], end - start) == 0)
			return true;
	return false;
}

/* Renders TEXT (LENGTH bytes) into O, which holds nothing yet. */
static void
render(struct out *o, const char *text, size_t length)
{
	size_t pos = front_matter_end(text, length);
	bool in_code = false;
	uint32_t line = 1;      /* the line at POS */

	for (const char *p = text; (p = memchr(p, '\n', (size_t)(text + pos - p))) != NULL; p++)
		line++;
	put(o, text, pos);
	while (pos < length && !o->failed) {
		size_t le = line_end(text, length, pos), e = content_end(text, pos, le), s = pos;

		if (fence(text, pos, e) || in_code) {
			in_code ^= fence(text, pos, e);
			put(o, text + pos, le - pos);
		} else if (memchr(text + pos, '|', e - pos) && le < length &&
			   delimiter_row(text, le + 1, content_end(text, le + 1, line_end(text, length, le + 1)))) {
			pos = table(o, text, length, pos, &line);
			o->tables++;
			continue;
		} else {
			/* Quote markers: "> ", ">" alone, "> > "; ">2" is text. */
			while (s < e && s - pos < 3 && text[s] == ' ')
				s++;
			if (s < e && text[s] == '>' && (s + 1 == e || text[s + 1] == ' ' || text[s + 1] == '>')) {
				while (s < e && (text[s] == '>' || text[s] == ' '))
					s++;
			} else {
				s = pos;
			}
			if (toc_placeholder(text, s, e)) {
				e = content_end(text, pos, le);
			} else if (!url_tail(text, s, e)) {
				size_t attributes = heading_attributes(text, s, e);
				size_t stop = render_inline(o, text, length, s, attributes, 0);
				/* the attributes are left out; a link may end further on */
				e = stop == attributes ? e : stop;
				le = line_end(text, length, e);
			}
			put(o, text + e, le - e);
		}
		if (le < length)
			put(o, "\n", 1);
		pos = le + 1;
		line++;
	}
}

/* Gives what O rendered: its links placed, its hints. */
static void
give(struct out *o, struct reader_link **links, size_t *link_count, struct reader_hint **hints,
     size_t *hint_count)
{
	reader_links_place(o->s, o->n, o->links, o->link_count);
	*links = o->links;
	*link_count = o->link_count;
	*hints = o->hints;
	*hint_count = o->hint_count;
}

enum bg_status
markdown_render(const char *text, size_t length, char **out, size_t *out_length,
		struct reader_link **links, size_t *link_count, struct reader_hint **hints,
		size_t *hint_count)
{
	struct out o = { NULL, 0, 0, false, NULL, 0, 0, NULL, 0, 0, 0, false };

	*out = NULL;
	*out_length = 0;
	*hints = NULL;
	*hint_count = 0;
	if (!ARRAY_RESERVE(o.s, o.cap, room_for(length)))
		return BG_ERR_NOMEM;
	render(&o, text, length);
	if (o.failed || !ARRAY_RESERVE(o.s, o.cap, o.n + 2)) {
		free(o.s);
		reader_free_links(o.links, o.link_count);
		reader_free_hints(o.hints, o.hint_count);
		return BG_ERR_NOMEM;
	}
	*out = o.s;
	*out_length = o.n;
	give(&o, links, link_count, hints, hint_count);
	return BG_OK;
}

enum bg_status
markdown_render_over(char *text, size_t length, char **out, size_t *out_length,
		     struct reader_link **links, size_t *link_count, struct reader_hint **hints,
		     size_t *hint_count)
{
	struct out o = { text, 0, length + 2, false, NULL, 0, 0, NULL, 0, 0, 0, true };

	*out = NULL;
	*out_length = 0;
	*hints = NULL;
	*hint_count = 0;
	render(&o, text, length);
	if (o.failed || (!o.over_text && !ARRAY_RESERVE(o.s, o.cap, o.n + 2))) {
		if (!o.over_text)
			free(o.s);
		reader_free_links(o.links, o.link_count);
		reader_free_hints(o.hints, o.hint_count);
		return BG_ERR_NOMEM;
	}
	if (!o.over_text)
		*out = o.s;
	*out_length = o.n;
	give(&o, links, link_count, hints, hint_count);
	return BG_OK;
}
