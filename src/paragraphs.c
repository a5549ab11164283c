/* SPDX-License-Identifier: GPL-3.0-or-later */
/* paragraphs.c - lines into the document's paragraphs and spans, and the
 * structure hints a reader gave for them. */
#include <config.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "label.h"
#include "numeral.h"
#include "paragraphs.h"
#include "sorted.h"
#include "utf8.h"

static bool
is_ascii_word_char(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	       c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')';
}

/* True when S has more Latin letters than characters beyond ASCII: a line
 * of Latin text.  Digits say nothing: "其中173户349人，投资92" is Chinese. */
static bool
mostly_ascii(const char *s, size_t n)
{
	size_t letters = 0, wide = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		letters += (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
		wide += c >= 0xc0;
	}
	return letters > wide;
}

struct builder {
	struct doc *doc;
	size_t paragraph_capacity;
	size_t span_capacity;
	bool open;            /* a paragraph is being built */
	bool blank_before;
	long long last[STYLE_INLINE + 1];  /* per style, the number of the label
					    * that last opened a paragraph */
	const struct paragraph_places *stops;  /* paragraphs_room's */
	size_t stop;          /* the first of them glued_label looked at last */
};

static bool
add_span(struct builder *b, uint32_t line, uint32_t column)
{
	struct doc *doc = b->doc;

	if (!ARRAY_RESERVE(doc->spans, b->span_capacity, doc->span_count + 1))
		return false;
	doc->spans[doc->span_count].offset = doc->text_length;
	doc->spans[doc->span_count].line = line;
	doc->spans[doc->span_count].column = column;
	doc->span_count++;
	return true;
}

static bool
begin_paragraph(struct builder *b, uint32_t line, uint8_t md_level)
{
	struct doc *doc = b->doc;
	struct paragraph *p;

	if (!ARRAY_RESERVE(doc->paragraphs, b->paragraph_capacity, doc->paragraph_count + 1))
		return false;
	p = &doc->paragraphs[doc->paragraph_count++];
	p->offset = doc->text_length;
	p->length = 0;
	p->line = line;
	p->span_first = (uint32_t)doc->span_count;
	p->span_count = 0;
	p->md_level = md_level;
	p->blank_before = b->blank_before;
	p->full = false;
	b->open = true;
	b->blank_before = false;
	return true;
}

static void
end_paragraph(struct builder *b)
{
	struct doc *doc = b->doc;

	if (!b->open)
		return;
	struct paragraph *p = &doc->paragraphs[doc->paragraph_count - 1];
	p->length = doc->text_length - p->offset;
	p->span_count = (uint32_t)(doc->span_count - p->span_first);
	if (p->length == 0) {
		/* Everything in it was cut out (a marker alone on its line). */
		doc->span_count = p->span_first;
		doc->paragraph_count--;
		b->open = false;
		return;
	}
	doc->text[doc->text_length++] = '\n';
	if (p->span_count == 1 && doc->spans[p->span_first].offset == p->offset &&
	    doc->spans[p->span_first].line == p->line) {
		/* One span where the paragraph starts: kept in it. */
		p->column = doc->spans[--doc->span_count].column;
		p->span_count = 0;
	}
	b->open = false;
}

/* Appends SRC[start, start+length) (one line) to the open paragraph, leaving
 * out the marker cuts; CUT is the index of the first cut not before START.
 * The text may be written over SRC (see build_paragraphs): what is moved is
 * read before. */
static bool
append_line(struct builder *b, const char *src, const struct line *l, size_t start, size_t length,
	    uint32_t column, const struct noise_cut *cuts, size_t cut_count, size_t *cut)
{
	struct doc *doc = b->doc;
	size_t pos = start, end = start + length;

	while (pos < end) {
		size_t stop = end, next = end;

		while (*cut < cut_count && cuts[*cut].start + cuts[*cut].length <= pos)
			(*cut)++;
		if (*cut < cut_count && cuts[*cut].start < end) {
			if (cuts[*cut].start <= pos) {
				size_t skip = cuts[*cut].start + cuts[*cut].length - pos;
				column += (uint32_t)utf8_count(src + pos, skip);
				pos += skip;
				continue;
			}
			stop = cuts[*cut].start;
			next = stop;
		}
		if (stop > pos) {
			if (!add_span(b, l->number, column))
				return false;
			if (stop < end)   /* a cut follows in this line */
				column += (uint32_t)utf8_count(src + pos, stop - pos);
			memmove(doc->text + doc->text_length, src + pos, stop - pos);
			doc->text_length += stop - pos;
		}
		pos = next;
	}
	return true;
}

static bool
is_html_comment(const char *s, size_t n)
{
	return n >= 7 && memcmp(s, "<!--", 4) == 0 && memcmp(s + n - 3, "-->", 3) == 0;
}

/* True when line L of TEXT ends in a Latin word and is mostly Latin text:
 * a hard wrap after it stands for a space. */
static bool
ends_latin_word(const char *text, const struct line *l)
{
	return is_ascii_word_char((unsigned char)text[l->start + l->length - 1]) &&
	       mostly_ascii(text + l->start, l->length);
}

/* The characters between FROM and AT in TEXT that are not white space. */
static size_t
heading_chars(const char *text, size_t from, size_t at)
{
	size_t n = 0, len;
	uint32_t c;

	for (; (len = utf8_next_nonspace(text, at, &from, &c)) > 0; from += len)
		n++;
	return n;
}

/* True when the N bytes at P, which open with an ideographic space, are
 * an indent: two ideographic spaces, or two with an ASCII space between
 * (　 　, as a page that mixes &#12288; and a space sets it). */
static bool
indent_at(const char *p, size_t n)
{
	return (n >= 6 && memcmp(p + 3, "　", 3) == 0) || (n >= 7 && p[3] == ' ' && memcmp(p + 4, "　", 3) == 0);
}

/* The first place in S (N bytes) of an indent (indent_at), or NULL:
 * memmem's answer, from the search for one ideographic space, which is
 * faster. */
static const char *
find_indent(const char *s, size_t n)
{
	const char *end = s + n;

	for (const char *p = s; (p = utf8_find3(p, (size_t)(end - p), "　")) != NULL; p++)
		if (indent_at(p, (size_t)(end - p)))
			return p;
	return NULL;
}

/* The last look for an indent in a line: from FROM to the line's END,
 * the first indent was at HIT (END: none).  A look from anywhere in
 * [FROM, HIT] has the same answer, so a line split many times is still
 * looked through once.  LISTED: the text's indents as paragraphs_room
 * listed them, if it could: then no line is looked through. */
struct indent_seen {
	size_t from, hit, end;
	const struct paragraph_places *listed;
	/* The last walk of free_break: from CHAIN_FROM in the line ending
	 * at CHAIN_END, the first break was at CHAIN_AT (the end: none). */
	size_t chain_from, chain_at, chain_end;
};

/* Where the first two ideographic spaces in TEXT[from, end) begin, or
 * END; SEEN keeps the answer for the next look in the same line. */
static size_t
next_indent(const char *text, size_t from, size_t end, struct indent_seen *seen)
{
	const char *hit;

	if (seen->listed && seen->listed->listed) {
		/* the first listed at or after FROM, if it ends by END */
		const size_t *at = seen->listed->at;
		size_t low = from > 0 ? sorted_upper(at, seen->listed->count, sizeof *at, 0, from - 1) : 0;
		return low < seen->listed->count && end >= 6 && at[low] <= end - 6 ? at[low] : end;
	}
	if (seen->end == end && seen->from <= from && from <= seen->hit)
		return seen->hit;
	hit = find_indent(text + from, end - from);
	seen->from = from;
	seen->hit = hit ? (size_t)(hit - text) : end;
	seen->end = end;
	return seen->hit;
}

/* Whether the indent AT, reached from FROM (the line's start or just
 * after the indent before), breaks a line of paragraphs run together
 * whatever the line began with: after a mark that ends a sentence or a
 * salutation (。　　 ：　　, maybe with ASCII spaces between: 。  　　), or
 * before a heading's label (成就　　第一，…) or a run-in one that opens a
 * paragraph (稳步向好    　　一是千方百计…: under a heading line). */
static bool
indent_breaks(const char *text, size_t from, size_t at, size_t end)
{
	static const char *const marks[] = { "。", "！", "？", "：", "；", "”", "」", "）" };
	size_t after, before = at;

	/* (the spaces a page kept after the mark, before the indent:
	 * 。  　　二是…) */
	while (before > from && utf8_space_before(text + from, text + before))
		before -= utf8_space_before(text + from, text + before);
	for (size_t k = 0; before >= from + 3 && k < sizeof marks / sizeof marks[0]; k++)
		if (memcmp(text + before - 3, marks[k], 3) == 0)
			return true;
	for (after = at; after < end && utf8_space_at(text + after, end - after);)
		after += utf8_space_at(text + after, end - after);
	{
		struct label l;
		return at > from && (label_prefix_length(text + after, end - after) > 0 ||
				     label_run_in(text + after, end - after, &l));
	}
}

/* The first indent from FROM on (FROM just after an indent) that
 * indent_breaks, or END.  Which indent that is depends only on where
 * the indents stand, so SEEN keeps the answer for any FROM the same walk
 * passed: a line split many times is walked through once. */
static size_t
free_break(const char *text, size_t from, size_t end, struct indent_seen *seen)
{
	size_t first = from, at = end;

	if (seen->chain_end == end && seen->chain_from <= from && from <= seen->chain_at)
		return seen->chain_at;
	while (from + 9 <= end) {
		size_t next = next_indent(text, from, end, seen);
		if (next >= end)
			break;
		if (indent_breaks(text, from, next, end)) {
			at = next;
			break;
		}
		from = next + 3;
	}
	seen->chain_from = first;
	seen->chain_at = at;
	seen->chain_end = end;
	return at;
}

/* Where, in TEXT[from, end) (one line), the next paragraph break of a
 * page copied with its paragraphs run together begins: two or more
 * ideographic spaces (the indent of the next paragraph) where
 * indent_breaks, or after a heading line at the line's start.  END when
 * there is none.  SEEN: as for next_indent and free_break. */
static size_t
run_together_break(const char *text, size_t start, size_t end, struct indent_seen *seen)
{
	size_t from = start;

	while (from + 9 <= end) {
		size_t at = next_indent(text, from, end, seen);
		if (at >= end)
			break;
		/* Past a heading line's reach only the indents matter. */
		if (from > start && at - start > 40 * 4)
			return free_break(text, from, end, seen);
		if (indent_breaks(text, from, at, end))
			return at;
		/* or after a heading line, short, with no 。 or ，in it:
		 * 一、形势　　正文…; not inside a letter-spaced title, where
		 * one character stands before the spaces (第一章　总　　则) */
		if (at - start <= 40 * 4 && label_prefix_length(text + start, at - start) > 0 &&
		    heading_chars(text, start + label_prefix_length(text + start, at - start), at) >= 2 &&
		    utf8_count(text + start, at - start) <= 40 &&
		    !memmem(text + start, at - start, "。", 3) && !memmem(text + start, at - start, "，", 3))
			return at;
		from = at + 3;
	}
	return end;
}

/* Headings that a copy marked all at one Markdown level whatever their
 * labels (### 一、总体要求 and ### （一）加强领导 alike): the '#' count
 * says nothing of their depth, so they are made plain lines, which their
 * labels place.  That is when every Markdown heading with a label is of
 * one level and their labels are of two styles or more; headings with no
 * label keep their level. */
static void
flatten_one_level(struct doc *doc)
{
	uint8_t level = 0;
	bool mixed = false;
	struct label first = { 0 }, l;

	for (size_t i = 0; i < doc->paragraph_count; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		if (p->md_level == 0 || !label_parse(doc->text + p->offset, p->length, &l))
			continue;
		if (level == 0) {
			level = p->md_level;
			first = l;
		} else if (p->md_level != level) {
			return;
		} else if (l.style != first.style || l.level != first.level) {
			mixed = true;
		}
	}
	if (!mixed)
		return;
	for (size_t i = 0; i < doc->paragraph_count; i++) {
		struct paragraph *p = &doc->paragraphs[i];
		if (p->md_level > 0 && label_parse(doc->text + p->offset, p->length, &l))
			p->md_level = 0;
	}
}

/* Notes in B the label that opens the paragraph at S (N bytes). */
static void
note_label(struct builder *b, const char *s, size_t n)
{
	struct label l;

	if (label_parse(s, n, &l) && l.style <= STYLE_INLINE)
		b->last[l.style] = l.number;
}

/* Whether L is of a style whose paragraphs a lost line break may run
 * onto the one before and glued_label splits off again. */
static bool
glued_style(const struct label *l)
{
	return l->style == STYLE_CN_COMMA || l->style == STYLE_CN_PAREN || l->style == STYLE_ARABIC_PAREN ||
	       l->style == STYLE_ARABIC_DOT || l->style == STYLE_ARTICLE;
}

/* How many more “ than ” the N bytes at S hold. */
static long
quotes_open(const char *s, size_t n)
{
	long open = 0;

	for (const char *at = s; (at = utf8_find3(at, n - (size_t)(at - s), "“")) != NULL; at += 3)
		open++;
	for (const char *at = s; (at = utf8_find3(at, n - (size_t)(at - s), "”")) != NULL; at += 3)
		open--;
	return open;
}

/* Whether a quotation is open at TEXT + AT: in the paragraph B has open
 * (written so far) and TEXT[from, at) of the line that goes on in it. */
static bool
in_quotation(const struct builder *b, const char *text, size_t from, size_t at)
{
	const struct doc *doc = b->doc;
	long open = quotes_open(text + from, at - from);

	if (b->open && doc->paragraph_count > 0) {
		const struct paragraph *p = &doc->paragraphs[doc->paragraph_count - 1];
		open += quotes_open(doc->text + p->offset, doc->text_length - p->offset);
	}
	return open > 0;
}

/* The length of the run of blanks and no-break spaces at the start of S
 * (N bytes): what a web page's lost line break may leave between a full
 * stop and the next paragraph's label.  (Ideographic spaces there are an
 * indent, which run_together_break reads.) */
static size_t
blank_run(const char *s, size_t n)
{
	size_t i = 0;

	for (;;) {
		if (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		else if (i + 1 < n && (unsigned char)s[i] == 0xc2 && (unsigned char)s[i + 1] == 0xa0)
			i += 2;
		else
			return i;
	}
}

/* Whether TEXT[from, at) holds, after a colon, a semicolon or a full
 * stop, a label of L's style numbered one less than L: a list run into
 * the paragraph (…方向：1.要提升…。2.要联系…), whose next items are its
 * text too, not paragraphs a lost break ran on -- unless a quotation
 * opens or closes between them (the items a sentence quotes, then the
 * next paragraph).  Looked for in the last RUN_IN_REACH bytes only. */
enum { RUN_IN_REACH = 4096 };

static bool
run_in_before(const char *text, size_t from, size_t at, const struct label *l)
{
	static const char *const marks[] = { "：", "；", "。" };
	const char *p, *end = text + at;
	struct label before;

	if (at > from + RUN_IN_REACH) {
		from = at - RUN_IN_REACH;
		while (from < at && ((unsigned char)text[from] & 0xc0) == 0x80)
			from++;
	}
	for (p = text + from; (p = utf8_find3_any(p, (size_t)(end - p), marks, 3)) != NULL;) {
		p += 3;
		p += blank_run(p, (size_t)(end - p));
		if (p < end && label_parse(p, (size_t)(end - p), &before) && before.style == l->style &&
		    before.number == l->number - 1 && quotes_open(p, (size_t)(end - p)) == 0)
			return true;
	}
	return false;
}

/* True when the label L at P (N bytes) is the first of a run of
 * numerals that a sentence lists (一、二、三产业, 一、二、三等奖): the
 * label numbered next, of the same style, follows it right away.  Such
 * a run is text, not a paragraph a lost line break ran on. */
static bool
numeral_run(const char *p, size_t n, const struct label *l)
{
	struct label next;

	return l->length < n && label_parse(p + l->length, n - l->length, &next) && next.style == l->style &&
	       next.level == l->level && next.number == l->number + 1;
}

/* Where, in TEXT[from, end) (one line), a numbered paragraph begins that
 * a copy ran onto the end of the paragraph before by a lost line break:
 * a label 一、 （一） 1. （1） right after a full stop (or after the row
 * of spaces a web page's lost break left there), numbered 1 or next
 * to the label of its style that last opened a paragraph (（一）加强领导。
 * ……。（二）完善机制。……), or an article 第二条 next to the one that
 * last opened a paragraph.  Not inside a quotation: the items a sentence
 * quotes (第三十八条：“…：（一）直接责任者，是指…。（二）主要领导责任者，
 * 是指…。”) are its text.  END when there is none. */
static size_t
glued_label(struct builder *b, const char *text, size_t from, size_t end)
{
	struct label l;
	const struct paragraph_places *stops = b->stops;

	if (stops && stops->listed) {
		/* The places after a 。 in [FROM, END) where a label may
		 * begin, from where the last look began (lines come in
		 * order). */
		size_t k = b->stop;
		while (k > 0 && stops->at[k - 1] >= from + 3)
			k--;
		while (k < stops->count && stops->at[k] < from + 3)
			k++;
		b->stop = k;
		for (; k < stops->count && stops->at[k] < end; k++) {
			const char *p = text + stops->at[k];
			if (label_parse(p, (size_t)(text + end - p), &l) && glued_style(&l) &&
			    (l.number == 1 || b->last[l.style] == l.number - 1) &&
			    !numeral_run(p, (size_t)(text + end - p), &l) &&
			    (l.style != STYLE_ARTICLE || l.number >= 2) &&
			    !in_quotation(b, text, from, stops->at[k]) &&
			    !(l.number > 1 && run_in_before(text, from, stops->at[k], &l)))
				return stops->at[k];
		}
		return end;
	}
	for (const char *p = text + from; (p = utf8_find3(p, (size_t)(text + end - p), "。")) != NULL;) {
		p += 3;
		p += blank_run(p, (size_t)(text + end - p));
		if (p >= text + end)
			break;
		if (!label_parse(p, (size_t)(text + end - p), &l))
			continue;
		if (glued_style(&l) && (l.number == 1 || b->last[l.style] == l.number - 1) &&
		    !numeral_run(p, (size_t)(text + end - p), &l) &&
		    (l.style != STYLE_ARTICLE || l.number >= 2) &&
		    !in_quotation(b, text, from, (size_t)(p - text)) &&
		    !(l.number > 1 && run_in_before(text, from, (size_t)(p - text), &l)))
			return (size_t)(p - text);
	}
	return end;
}

/* Whether the character at S (N bytes) may begin a label of a style
 * glued_label splits at: 第, an opening bracket, a digit or a Chinese
 * numeral (the first character of each such label, whatever follows). */
static bool
may_begin_glued(const char *s, size_t n)
{
	static const char *const marks[] = { "第", "（", "十", "百", "千", "万", "亿" };
	size_t used;

	if (n == 0)
		return false;
	if ((s[0] >= '0' && s[0] <= '9') || s[0] == '(' || numeral_digits(s, n, &used) >= 0 ||
	    numeral_chinese_digit(s, n, &used) >= 0)
		return true;
	for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
		if (n >= 3 && memcmp(s, marks[k], 3) == 0)
			return true;
	return false;
}

/* Adds AT to LIST unless it has more than MOST: then (or when out of
 * memory) LIST is emptied and no longer listed. */
static void
list_place(struct paragraph_places *list, size_t at, size_t most)
{
	if (!list->listed)
		return;
	if (list->count > most || !ARRAY_RESERVE(list->at, list->capacity, list->count + 1)) {
		free(list->at);
		*list = (struct paragraph_places){ NULL, 0, 0, false };
		return;
	}
	list->at[list->count++] = at;
}

size_t
paragraphs_room(const char *text, size_t length, struct paragraph_places *indents,
		struct paragraph_places *stops)
{
	size_t room = 0;
	struct label l;
	/* The end of the line of the last 。 found, looked for again only
	 * past it: one pass however long a line is. */
	const char *eol = text;

	/* (listed while they are few: a text of nothing else would double
	 * its size) */
	indents->listed = true;
	stops->listed = true;
	for (const char *p = text; (p = utf8_find3_either(p, (size_t)(text + length - p), "。", "　")) != NULL;) {
		if (memcmp(p, "　", 3) == 0) {
			if (indent_at(p, (size_t)(text + length - p)))
				list_place(indents, (size_t)(p - text), length / 64);
			p += 3;
			continue;
		}
		p += 3;
		/* (the label may stand after a row of spaces that a lost line
		 * break left: 。&nbsp; &nbsp; （一）) */
		p += blank_run(p, (size_t)(text + length - p));
		if (!may_begin_glued(p, (size_t)(text + length - p)))
			continue;
		list_place(stops, (size_t)(p - text), length / 64);
		if (eol < p) {
			eol = memchr(p, '\n', (size_t)(text + length - p));
			if (!eol)
				eol = text + length;
		}
		if (label_parse(p, (size_t)(eol - p), &l) && glued_style(&l))
			room++;
	}
	return room;
}

enum bg_status
paragraphs_build(struct doc *doc, char *buffer, const char *text, const struct line *lines,
		 size_t count, const struct noise_cut *cuts, size_t cut_count,
		 const struct paragraph_places *indents, const struct paragraph_places *stops)
{
	struct builder b = { doc, 0, 0, false, false, { 0 }, stops, 0 };
	struct indent_seen seen = { 0, 0, 0, indents, 0, 0, 0 };
	size_t cut = 0;
	bool latin_end = false;   /* the line before ends in a Latin word */

	doc->text = buffer;
	/* Sized once for a paragraph a line, which few texts pass (a label
	 * glued on after a 。 starts one more): the array is not copied as
	 * it grows, and a large one is given huge pages from the start. */
	if (!ARRAY_RESERVE(doc->paragraphs, b.paragraph_capacity, count + 1))
		return BG_ERR_NOMEM;
	for (size_t i = 0; i < count; i++) {
		const struct line *l = &lines[i];
		const char *s = text + l->start;
		uint8_t level = 0;
		size_t skip;
		uint32_t column;

		if (l->length == 0 && l->bridged)
			continue;
		if (l->length == 0) {
			end_paragraph(&b);
			b.blank_before = true;
			latin_end = false;
			continue;
		}
		if (is_html_comment(s, l->length)) {
			end_paragraph(&b);
			latin_end = false;
			continue;
		}
		skip = lines_markdown_heading(s, l->length, &level);
		/* # 税收收入 over 238.83: a table's row, no heading */
		if (skip > 0 && i + 1 < count &&
		    lines_tally_mark(s, l->length, text + lines[i + 1].start, lines[i + 1].length)) {
			skip = 0;
			level = 0;
		}
		if (!l->continues || level > 0) {
			end_paragraph(&b);
		} else if (b.open) {
			/* A hard wrap between Latin words stands for a space --
			 * in Latin text; in Chinese text a wrap inside "GDP" is
			 * not a word break. */
			if (doc->text_length > doc->paragraphs[doc->paragraph_count - 1].offset &&
			    ((latin_end && is_ascii_word_char((unsigned char)s[0])) || l->spaced))
				doc->text[doc->text_length++] = ' ';
		}
		/* Asked of the source line before it is overwritten. */
		latin_end = i + 1 < count && lines[i + 1].continues && ends_latin_word(text, l);
		if (!b.open) {
			if (!begin_paragraph(&b, l->number, level))
				return BG_ERR_NOMEM;
			note_label(&b, s + skip, l->length - skip);
		}
		column = l->column + (uint32_t)utf8_count(s, skip);
		for (size_t from = l->start + skip, end = l->start + l->length;;) {
			size_t at = level > 0 ? end : run_together_break(text, from, end, &seen),
			       after = at;
			/* (a glued paragraph is split where the text written
			 * so far lags its source by a byte or more, room for
			 * the break: the text is written over its source) */
			size_t glued = level > 0 || doc->text + doc->text_length >= text + from ? end
				       : glued_label(&b, text, from, at);
			uint32_t chars = 0;
			if (glued < at) {
				at = after = glued;
				/* (the spaces before the label end no paragraph) */
				while (at > from && utf8_space_before(text + from, text + at))
					at -= utf8_space_before(text + from, text + at);
			}
			while (after < end && utf8_space_at(text + after, end - after))
				after += utf8_space_at(text + after, end - after);
			/* Counted before the text is written over its source,
			 * where a paragraph follows in the line. */
			if (after < end)
				chars = (uint32_t)utf8_count(text + from, after - from);
			if (!append_line(&b, text, l, from, at - from, column, cuts, cut_count, &cut))
				return BG_ERR_NOMEM;
			if (after >= end)
				break;
			end_paragraph(&b);
			if (!begin_paragraph(&b, l->number, 0))
				return BG_ERR_NOMEM;
			note_label(&b, text + after, end - after);
			column += chars;
			from = after;
		}
		doc->paragraphs[doc->paragraph_count - 1].full = l->full && level == 0;
		if (level > 0)
			end_paragraph(&b);
	}
	end_paragraph(&b);
	doc->text[doc->text_length] = '\0';
	flatten_one_level(doc);
	return BG_OK;
}

bool
paragraphs_begins_heading(const struct doc *doc, size_t i)
{
	const struct paragraph *p = &doc->paragraphs[i];
	return p->md_level > 0 || label_prefix_length(doc->text + p->offset, p->length) > 0;
}

/* The source line of the last character of paragraph I. */
static uint32_t
last_line(const struct doc *doc, size_t i)
{
	const struct paragraph *p = &doc->paragraphs[i];
	return p->span_count > 0 ? doc->spans[p->span_first + p->span_count - 1].line : p->line;
}

/* Adds the page HINT begins, if it begins one, to DOC's pages. */
static bool
add_page(struct doc *doc, size_t *capacity, const struct reader_hint *hint)
{
	if (hint->page == 0 ||
	    (doc->page_count > 0 && doc->pages[doc->page_count - 1].page == hint->page))
		return true;
	if (!ARRAY_RESERVE(doc->pages, *capacity, doc->page_count + 1))
		return false;
	doc->pages[doc->page_count++] =
		(struct doc_page){ hint->line, hint->column ? hint->column : 1, hint->page };
	return true;
}

/* Gives TO, the hint of paragraph I, the table row HINT says, its cells
 * found in the document's text.  HEADER: the paragraph of the first row
 * of the table last seen (updated), TABLE that table. */
static bool
add_row(struct doc *doc, struct doc_hint *to, size_t i, const struct reader_hint *hint,
	size_t *header, uint32_t *table)
{
	const struct paragraph *p = &doc->paragraphs[i];
	struct doc_span first = doc_span_of(doc, p, 0);
	bool one_span = doc_span_count(p) == 1;
	size_t end = p->offset + p->length, walked = one_span ? first.offset : 0;
	uint32_t column = one_span ? first.column : 0;

	/* One span on the row's line (the usual row): its cells are found in
	 * one walk along it, not each from the span's start. */
	if (one_span && first.line != hint->line)
		one_span = false;
	if (hint->row == 0) {
		*header = i;
		*table = hint->table;
	}
	to->header = *header != SIZE_MAX && *table == hint->table ? *header : SIZE_MAX;
	to->table = hint->table;
	to->row = hint->row;
	to->cells = malloc(hint->cell_count * sizeof *to->cells);
	if (!to->cells)
		return false;
	for (uint32_t k = 0; k < hint->cell_count; k++) {
		size_t at;
		if (one_span) {
			while (column < hint->cells[k] && walked < end) {
				walked += utf8_length(doc->text + walked, end - walked);
				column++;
			}
			at = walked;
		} else {
			at = doc_offset_at(doc, hint->line, hint->cells[k]);
		}
		/* Text the cleaning took out: the cell starts within its
		 * paragraph all the same, after the cell before it. */
		if (at < p->offset)
			at = p->offset;
		if (at > p->offset + p->length)
			at = p->offset + p->length;
		if (k > 0 && at < to->cells[k - 1])
			at = to->cells[k - 1];
		to->cells[k] = at;
	}
	to->cell_count = hint->cell_count;
	return true;
}

bool
paragraphs_add_hints(struct doc *doc, struct reader_hint *hints, size_t count)
{
	size_t capacity = 0, page_capacity = 0, i = 0, header = SIZE_MAX;
	uint32_t table = 0;

	for (size_t h = 0; h < count; h++) {
		struct reader_hint *hint = &hints[h];
		struct doc_hint *to;

		if (!add_page(doc, &page_capacity, hint))
			return false;

		while (i < doc->paragraph_count && last_line(doc, i) < hint->line)
			i++;
		if (i == doc->paragraph_count)
			break;
		/* A line the document left out, or a second hint for the
		 * paragraph: the first stands. */
		if (doc->paragraphs[i].line > hint->line ||
		    (doc->hint_count > 0 && doc->hints[doc->hint_count - 1].paragraph == i))
			continue;
		if (!ARRAY_RESERVE(doc->hints, capacity, doc->hint_count + 1))
			return false;
		to = &doc->hints[doc->hint_count++];
		*to = (struct doc_hint){ .paragraph = i, .heading_level = hint->heading_level,
					 .page = hint->page, .number = hint->number,
					 .header = SIZE_MAX };
		hint->number = NULL;
		if (hint->cell_count > 0 && !add_row(doc, to, i, hint, &header, &table))
			return false;
	}
	return true;
}

bool
paragraphs_add_links(struct doc *doc, struct reader_link *links, size_t count)
{
	size_t capacity = 0;
	/* Links come in the order of the text: places are found and
	 * checked walking forward, many links on one line included. */
	struct doc_offset_cursor near = { 0, 0, 0, 0, false };
	struct doc_cursor back = { 0, 0, 0, 0, false };

	for (size_t i = 0; i < count; i++) {
		struct reader_link *k = &links[i];
		size_t start, end;
		uint32_t line, column;

		if (k->length == 0)
			continue;
		start = doc_offset_next(doc, &near, k->line, k->column);
		end = doc_offset_next(doc, &near, k->line, k->column + k->length);
		/* Text the document left out, or placed where a link is. */
		if (end <= start || (doc->link_count > 0 &&
				     start < doc->links[doc->link_count - 1].offset +
					     doc->links[doc->link_count - 1].length))
			continue;
		doc_locate_next(doc, &back, start, &line, &column);
		if (line != k->line || column != k->column)
			continue;
		if (!ARRAY_RESERVE(doc->links, capacity, doc->link_count + 1))
			return false;
		doc->links[doc->link_count++] = (struct doc_link){ start, end - start, k->href };
		k->href = NULL;
	}
	return true;
}
