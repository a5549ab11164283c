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
#include "label.h"
#include "lines.h"
#include "utf8.h"

/* Approximate display width: ASCII 1, 2-byte sequences 1, longer 2.  Used
 * only as evidence of a fixed wrap width, so exactness does not matter. */
static uint32_t
approximate_width(const unsigned char *p, size_t n)
{
	uint32_t w = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = p[i];
		if (c < 0x80 || (c >= 0xc0 && c < 0xe0))
			w++;
		else if (c >= 0xe0)
			w += 2;
	}
	return w;
}


static bool
push_line(struct line_list *list, const char *text, size_t start, size_t end, uint32_t number,
	  uint32_t column)
{
	struct line *l;
	size_t lead = 0, k;
	uint32_t skipped = 0;

	if (!ARRAY_RESERVE(list->items, list->capacity, list->count + 1))
		return false;
	while ((k = utf8_space_at(text + start + lead, end - start - lead)) > 0) {
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
	l->indented = lead > 0;
	l->width = 0;
	l->continues = false;
	/* Matched now, while the line is in the cache. */
	l->noise = l->length > 0 && list->rules &&
		   noise_line_matches(list->rules, text + l->start, l->length);
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

/* The wrap width of a hard-wrapped text, or 0 when the lines show none:
 * many lines end at (nearly) the same width and hardly any is wider. */
static uint32_t
wrap_width(const char *text, struct line *lines, size_t count, bool *indent_marks_paragraphs)
{
	enum { MAX_WIDTH = 400 };
	uint32_t histogram[MAX_WIDTH + 1] = { 0 };
	size_t look = count < 5000 ? count : 5000, long_lines = 0, indented = 0, nonblank = 0;
	uint32_t best = 0, best_count = 0;

	for (size_t i = 0; i < look; i++) {
		struct line *l = &lines[i];
		l->width = approximate_width((const unsigned char *)text + l->start, l->length);
		if (l->length == 0)
			continue;
		nonblank++;
		indented += l->indented;
		if (l->width >= 20) {
			long_lines++;
			histogram[l->width > MAX_WIDTH ? MAX_WIDTH : l->width]++;
		}
	}
	*indent_marks_paragraphs = nonblank > 0 && indented * 20 >= nonblank && indented * 2 < nonblank;
	if (long_lines < 4)
		return 0;
	for (uint32_t w = 20; w < MAX_WIDTH; w++) {
		uint32_t around = histogram[w] + histogram[w - 1] + histogram[w - 2];
		if (around > best_count || (around == best_count && w > best)) {
			best_count = around;
			best = w;
		}
	}
	{
		size_t wider = 0;
		for (uint32_t w = best + 3; w <= MAX_WIDTH; w++)
			wider += histogram[w];
		if (best_count < 3 || best_count * 4 < long_lines || wider * 20 > long_lines)
			return 0;
	}
	/* Hard-wrapped: the rest of the lines need their widths too. */
	for (size_t i = look; i < count; i++)
		lines[i].width = approximate_width((const unsigned char *)text + lines[i].start,
						   lines[i].length);
	return best;
}

bool
lines_end_sentence(const char *s, size_t n)
{
	static const char *const marks[] = { "。", "！", "？", "；", "：", "…", "”", "’", "」", "』",
					     "）", ")", ".", "!", "?", ";", ":" };
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
		size_t k = strlen(marks[i]);
		if (n >= k && memcmp(s + n - k, marks[i], k) == 0)
			return true;
	}
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
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i < n ? i : 0;
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

void
lines_mark_continuations(const char *text, struct line *lines, size_t count)
{
	bool indent_marks = false;
	uint32_t wrap = wrap_width(text, lines, count, &indent_marks);

	if (wrap == 0)
		return;
	for (size_t i = 0; i + 1 < count; i++) {
		const struct line *l = &lines[i];
		struct line *next = &lines[i + 1];
		const char *s = text + l->start;
		uint8_t level;

		if (l->length == 0 || next->length == 0 || next->number == l->number ||
		    l->width + 4 < wrap || lines_markdown_heading(s, l->length, &level) ||
		    begins_heading(text + next->start, next->length))
			continue;
		if (indent_marks ? !next->indented : !lines_end_sentence(s, l->length))
			next->continues = true;
	}
}

