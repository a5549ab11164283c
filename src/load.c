/* load.c - bytes to a struct doc: encodings, BOM, line ends, indentation,
 * hard-wrapped lines, Markdown front matter and headings, noise.
 *
 * Line numbers count LF line ends, as grep -n and sed -n Np do; "\r\n" and
 * "\r\r\n" end one line.  Only a file with no LF at all is numbered by its
 * lone CR line ends.  A lone CR inside a line of a LF file ends a paragraph
 * piece but not the line. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <uniconv.h>
#include <unistr.h>

#include "load.h"
#include "numeral.h"
#include "label.h"
#include "utf8.h"

/* One physical line of the decoded text, indentation and line end cut off. */
struct line {
	size_t start;        /* byte offset of the first kept character */
	size_t length;
	uint32_t number;     /* 1-based source line */
	uint32_t column;     /* 1-based character column of start */
	uint32_t width;      /* approximate display width */
	bool indented;       /* had leading white space */
	bool continues;      /* joined to the line before (hard wrap) */
	bool noise;          /* matched by a line rule */
};

/* ---- encodings ---------------------------------------------------------- */

static bool
looks_utf16(const unsigned char *p, size_t n)
{
	size_t zeros_even = 0, zeros_odd = 0, look = n < 4096 ? n : 4096;

	if (n >= 2 && ((p[0] == 0xff && p[1] == 0xfe) || (p[0] == 0xfe && p[1] == 0xff)))
		return true;
	for (size_t i = 0; i < look; i++) {
		if (p[i] != 0)
			continue;
		if (i % 2)
			zeros_odd++;
		else
			zeros_even++;
	}
	/* UTF-16 text has its NULs (ASCII characters, line ends) at one parity
	 * of byte positions only; a binary file has them anywhere. */
	return look >= 4 && zeros_even + zeros_odd >= 2 && (zeros_even == 0 || zeros_odd == 0) &&
	       (zeros_even + zeros_odd) * 128 >= look;
}

/* Length of the GB18030 character at P (at most N bytes), or 0 when it is
 * cut short by the end. */
static size_t
gb18030_char_length(const unsigned char *p, size_t n)
{
	if (p[0] < 0x80)
		return 1;
	if (n < 2)
		return 0;
	if (p[1] >= 0x30 && p[1] <= 0x39)
		return n < 4 ? 0 : 4;
	return 2;
}

/* True when the only flaw of UTF-8 text P (N bytes) is a multi-byte
 * sequence cut short at the very end; *GOOD gets the length before it. */
static bool
utf8_truncated_at_end(const unsigned char *p, size_t n, size_t *good)
{
	size_t at = utf8_valid_length((const char *)p, n);

	if (at == n || n - at >= 4)
		return false;
	/* The rest must be a valid prefix of one sequence. */
	{
		int need = p[at] >= 0xf0 ? 4 : p[at] >= 0xe0 ? 3 : p[at] >= 0xc2 ? 2 : 0;
		if (need == 0 || (int)(n - at) >= need)
			return false;
		for (size_t i = at + 1; i < n; i++)
			if ((p[i] & 0xc0) != 0x80)
				return false;
	}
	*good = at;
	return true;
}

static bool
is_utf8_name(const char *name)
{
	return strcasecmp(name, "UTF-8") == 0 || strcasecmp(name, "UTF8") == 0;
}

enum bg_status
load_decode(const char *bytes, size_t size, const char *forced, char **out, size_t *out_length,
	    const char **encoding, struct bg_error *err)
{
	const unsigned char *p = (const unsigned char *)bytes;
	size_t good;
	const char *name = forced;

	*out = NULL;
	*out_length = 0;
	if (!name || is_utf8_name(name)) {
		size_t valid = utf8_valid_length(bytes, size);
		const uint8_t *bad = valid == size ? NULL : p + valid;
		if (!bad || utf8_truncated_at_end(p, size, &good)) {
			size_t n = bad ? good : size;
			*out = malloc(n + 1);
			if (!*out)
				return bg_fail(err, BG_ERR_NOMEM, NULL);
			memcpy(*out, bytes, n);
			(*out)[n] = '\0';
			*out_length = n;
			*encoding = "UTF-8";
			if (bad)
				return bg_fail(err, BG_OK, "truncated multi-byte sequence at the end");
			return BG_OK;
		}
		if (name) {
			size_t at = (size_t)(bad - p);
			return bg_fail(err, BG_ERR_ENCODING, "invalid UTF-8 at byte %zu", at + 1);
		}
		name = "GB18030";
	}
	if (strcasecmp(name, "GB18030") == 0 || strcasecmp(name, "GBK") == 0 ||
	    strcasecmp(name, "GB2312") == 0 || strcasecmp(name, "CP936") == 0) {
		/* iconv drops a character cut short at the end without a word:
		 * find it first. */
		size_t i = 0;
		while (i < size) {
			size_t k = gb18030_char_length(p + i, size - i);
			if (k == 0)
				break;
			i += k;
		}
		good = i < size ? i : size;
		name = "GB18030";
	} else {
		good = size;
	}
	{
		size_t length = 0;
		uint8_t *result = u8_conv_from_encoding(name, iconveh_error, bytes, good, NULL, NULL,
							&length);
		char *text;

		if (!result) {
			if (errno == EINVAL && forced)
				return bg_fail(err, BG_ERR_BAD_ENCODING_NAME, "%s", forced);
			if (errno == ENOMEM)
				return bg_fail(err, BG_ERR_NOMEM, NULL);
			if (forced)
				return bg_fail(err, BG_ERR_ENCODING, "not valid %s", forced);
			return bg_fail(err, BG_ERR_ENCODING, NULL);
		}
		text = realloc(result, length + 1);
		if (!text) {
			free(result);
			return bg_fail(err, BG_ERR_NOMEM, NULL);
		}
		text[length] = '\0';
		*out = text;
		*out_length = length;
		*encoding = strcasecmp(name, "GB18030") == 0 ? "GB18030" : (forced ? forced : name);
		if (good < size)
			return bg_fail(err, BG_OK, "truncated multi-byte sequence at the end");
	}
	return BG_OK;
}

/* ---- lines --------------------------------------------------------------- */

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

/* Length of the white space character at P (ASCII space or tab, U+3000
 * ideographic space, U+00A0), 0 if none. */
static size_t
space_at(const char *p, const char *end)
{
	if (p < end && (*p == ' ' || *p == '\t'))
		return 1;
	if (end - p >= 3 && (unsigned char)p[0] == 0xe3 && (unsigned char)p[1] == 0x80 &&
	    (unsigned char)p[2] == 0x80)
		return 3;
	if (end - p >= 2 && (unsigned char)p[0] == 0xc2 && (unsigned char)p[1] == 0xa0)
		return 2;
	return 0;
}

/* Length of the white space character that ends at END, 0 if none. */
static size_t
space_before(const char *start, const char *end)
{
	if (end > start && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
		return 1;
	if (end - start >= 3 && (unsigned char)end[-3] == 0xe3 && (unsigned char)end[-2] == 0x80 &&
	    (unsigned char)end[-1] == 0x80)
		return 3;
	if (end - start >= 2 && (unsigned char)end[-2] == 0xc2 && (unsigned char)end[-1] == 0xa0)
		return 2;
	return 0;
}

struct line_list {
	struct line *items;
	size_t count, cap;
	const struct noise_rules *rules;   /* line rules to match, or NULL */
};

static bool
push_line(struct line_list *list, const char *text, size_t start, size_t end, uint32_t number,
	  uint32_t column)
{
	struct line *l;
	size_t lead = 0, k;
	uint32_t skipped = 0;

	if (list->count == list->cap) {
		struct line *grown;
		list->cap = list->cap * 2 + 1024;
		grown = realloc(list->items, list->cap * sizeof *grown);
		if (!grown)
			return false;
		list->items = grown;
	}
	while ((k = space_at(text + start + lead, text + end)) > 0) {
		lead += k;
		skipped++;
	}
	while (end > start + lead && (k = space_before(text + start + lead, text + end)) > 0)
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

/* Splits TEXT into lines (see the comment at the top of this file).
 * Without LONE_CRS the lines of a LF file are not searched for CRs inside
 * them, where another thread has looked for them (a CR before the line
 * end is cut off either way, as white space). */
static bool
split_lines(const char *text, size_t length, struct line_list *lines, bool lone_crs)
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

/* The last character of a line that ends a sentence (or a list item). */
static bool
ends_sentence(const char *s, size_t n)
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

static bool
is_ascii_word_char(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	       c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')';
}

/* True when most characters of S are ASCII: a line of Latin text. */
static bool
mostly_ascii(const char *s, size_t n)
{
	size_t ascii = 0, chars = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c & 0xc0) == 0x80)
			continue;
		chars++;
		ascii += c < 0x80;
	}
	return ascii * 2 > chars;
}

/* Asks for huge pages for a large buffer: a 100 MB report otherwise
 * spends a tenth of its load time faulting in 4 KiB pages.  Only advice. */
static void
advise_huge(void *p, size_t n)
{
#ifdef MADV_HUGEPAGE
	const uintptr_t huge = (uintptr_t)2 << 20;
	uintptr_t start = ((uintptr_t)p + huge - 1) & ~(huge - 1), end = ((uintptr_t)p + n) & ~(huge - 1);

	if (n >= 8 * huge && end > start)
		madvise((void *)start, end - start, MADV_HUGEPAGE);
#else
	(void)p;
	(void)n;
#endif
}

/* ---- building the document ---------------------------------------------- */

struct builder {
	struct doc *doc;
	size_t para_cap;
	size_t span_cap;
	bool open;            /* a paragraph is being built */
	bool blank_before;
};

static bool
add_span(struct builder *b, uint32_t line, uint32_t column)
{
	struct doc *doc = b->doc;

	if (doc->span_count == b->span_cap) {
		struct doc_span *grown;
		b->span_cap = b->span_cap * 2 + 1024;
		grown = realloc(doc->spans, b->span_cap * sizeof *grown);
		if (!grown)
			return false;
		doc->spans = grown;
	}
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

	if (doc->paragraph_count == b->para_cap) {
		struct paragraph *grown;
		b->para_cap = b->para_cap * 2 + 256;
		grown = realloc(doc->paragraphs, b->para_cap * sizeof *grown);
		if (!grown)
			return false;
		doc->paragraphs = grown;
	}
	p = &doc->paragraphs[doc->paragraph_count++];
	p->offset = doc->text_length;
	p->length = 0;
	p->line = line;
	p->span_first = (uint32_t)doc->span_count;
	p->span_count = 0;
	p->md_level = md_level;
	p->blank_before = b->blank_before;
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
	} else {
		doc->text[doc->text_length++] = '\n';
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

/* Length of a Markdown ATX heading's "## " prefix at the start of S, and
 * its level in *LEVEL; 0 if S is not one. */
static size_t
markdown_heading(const char *s, size_t n, uint8_t *level)
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

static bool
is_html_comment(const char *s, size_t n)
{
	return n >= 7 && memcmp(s, "<!--", 4) == 0 && memcmp(s + n - 3, "-->", 3) == 0;
}

/* A line that begins a heading must never be joined to the line before. */
static bool
begins_heading(const char *s, size_t n)
{
	uint8_t level;

	if (markdown_heading(s, n, &level))
		return true;
	return label_prefix_length(s, n) > 0;
}

/* Marks the lines that continue a hard-wrapped paragraph: a line that
 * reaches the wrap width and does not end a sentence goes on in the next
 * line, unless that begins a heading.  Where paragraphs start indented, the
 * indentation decides instead of the punctuation. */
static void
mark_continuations(const char *text, struct line *lines, size_t count)
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
		    l->width + 4 < wrap || markdown_heading(s, l->length, &level) ||
		    begins_heading(text + next->start, next->length))
			continue;
		if (indent_marks ? !next->indented : !ends_sentence(s, l->length))
			next->continues = true;
	}
}

/* Drops the lines from FIRST on that line rules matched when they were
 * split (page numbers left by a PDF extraction), so that the lines around
 * them can be joined -- unless they would take too much of the text. */
static enum bg_status
drop_noise_lines(struct doc *doc, struct line_list *lines, size_t first)
{
	size_t kept = first, dropped = 0, nonblank = 0;

	for (size_t i = first; i < lines->count; i++) {
		const struct line *l = &lines->items[i];
		nonblank += l->length > 0;
		dropped += l->noise;
	}
	if (dropped == 0)
		return BG_OK;
	if ((double)dropped > NOISE_MAX_SHARE * (double)nonblank) {
		return doc_warn(doc, "line rules would remove %zu of %zu lines; kept everything", dropped,
				nonblank) ? BG_OK : BG_ERR_NOMEM;
	}
	for (size_t i = first; i < lines->count; i++) {
		const struct line *l = &lines->items[i];
		if (l->noise) {
			/* A page break often stands between blank lines: they go
			 * with it, so that the text around it can be joined. */
			while (kept > first && lines->items[kept - 1].length == 0)
				kept--;
			while (i + 1 < lines->count && lines->items[i + 1].length == 0)
				i++;
			continue;
		}
		lines->items[kept++] = *l;
	}
	lines->count = kept;
	return BG_OK;
}

/* True when line L of TEXT ends in a Latin word and is mostly Latin text:
 * a hard wrap after it stands for a space. */
static bool
ends_latin_word(const char *text, const struct line *l)
{
	return is_ascii_word_char((unsigned char)text[l->start + l->length - 1]) &&
	       mostly_ascii(text + l->start, l->length);
}

/* Builds the paragraphs from LINES of TEXT, cutting out marker tokens.
 * The paragraphs are written over the source, from BUFFER (<= TEXT) on: a
 * line never moves up, as every line before it gave up at least its line
 * end for the one '\n' or ' ' it may get, so nothing is overwritten before
 * it is read.  BUFFER holds two more bytes than the source, for the '\n'
 * after a last line without a line end and the NUL.  Writing in place
 * spares a second buffer as large as the file, whose fresh pages cost more
 * than the copying. */
static enum bg_status
build_paragraphs(struct doc *doc, char *buffer, const char *text, const struct line *lines,
		 size_t count, const struct noise_cut *cuts, size_t cut_count)
{
	struct builder b = { doc, 0, 0, false, false };
	size_t cut = 0;
	bool latin_end = false;   /* the line before ends in a Latin word */

	doc->text = buffer;
	for (size_t i = 0; i < count; i++) {
		const struct line *l = &lines[i];
		const char *s = text + l->start;
		uint8_t level = 0;
		size_t skip;
		uint32_t column;

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
		skip = markdown_heading(s, l->length, &level);
		if (!l->continues || level > 0) {
			end_paragraph(&b);
		} else if (b.open) {
			/* A hard wrap between Latin words stands for a space --
			 * in Latin text; in Chinese text a wrap inside "GDP" is
			 * not a word break. */
			if (doc->text_length > doc->paragraphs[doc->paragraph_count - 1].offset &&
			    latin_end && is_ascii_word_char((unsigned char)s[0]))
				doc->text[doc->text_length++] = ' ';
		}
		/* Asked of the source line before it is overwritten. */
		latin_end = i + 1 < count && lines[i + 1].continues && ends_latin_word(text, l);
		if (!b.open && !begin_paragraph(&b, l->number, level))
			return BG_ERR_NOMEM;
		column = l->column + (uint32_t)utf8_count(s, skip);
		if (!append_line(&b, text, l, l->start + skip, l->length - skip, column, cuts, cut_count,
				 &cut))
			return BG_ERR_NOMEM;
		if (level > 0)
			end_paragraph(&b);
	}
	end_paragraph(&b);
	doc->text[doc->text_length] = '\0';
	return BG_OK;
}

/* ---- metadata ------------------------------------------------------------ */

static size_t
skip_spaces(const char *s, size_t n, size_t i)
{
	size_t k;
	while (i < n && (k = space_at(s + i, s + n)) > 0)
		i += k;
	return i;
}

/* A number at S[*I]: Arabic (also full-width) or Chinese numerals. */
static long long
date_number(const char *s, size_t n, size_t *i)
{
	size_t used;
	long long v = numeral_digits(s + *i, n - *i, &used);

	if (v < 0)
		v = numeral_chinese(s + *i, n - *i, &used);
	if (v >= 0)
		*i += used;
	return v;
}

/* True when S (N bytes) is a date and nothing else: 2023年11月23日,
 * 二〇二三年十一月二十三日, 2023-11-23, 2023.11.23, 2023/11/23.  Writes the
 * ISO form to ISO (11 bytes). */
static bool
parse_date(const char *s, size_t n, char iso[11])
{
	size_t i = skip_spaces(s, n, 0);
	long long year, month, day;
	bool chinese;

	year = date_number(s, n, &i);
	if (year < 1000 || year > 2999 || i >= n)
		return false;
	chinese = n - i >= 3 && memcmp(s + i, "年", 3) == 0;
	if (chinese)
		i += 3;
	else if (s[i] == '-' || s[i] == '.' || s[i] == '/')
		i++;
	else
		return false;
	month = date_number(s, n, &i);
	if (month < 1 || month > 12 || i >= n)
		return false;
	if (chinese && n - i >= 3 && memcmp(s + i, "月", 3) == 0)
		i += 3;
	else if (!chinese && (s[i] == '-' || s[i] == '.' || s[i] == '/'))
		i++;
	else
		return false;
	day = date_number(s, n, &i);
	if (day < 1 || day > 31)
		return false;
	if (chinese) {
		if (n - i >= 3 && (memcmp(s + i, "日", 3) == 0 || memcmp(s + i, "号", 3) == 0))
			i += 3;
		else
			return false;
	}
	if (skip_spaces(s, n, i) != n)
		return false;
	snprintf(iso, 11, "%04lld-%02lld-%02lld", year, month, day);
	return true;
}

static bool
has_sentence_mark(const char *s, size_t n)
{
	static const char *const marks[] = { "。", "，", "；", "！", "？", "：" };
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (memmem(s, n, marks[i], strlen(marks[i])))
			return true;
	return false;
}

static char *
copy_trimmed(const char *s, size_t n)
{
	size_t i = skip_spaces(s, n, 0), k;
	char *out;

	while (n > i && (k = space_before(s + i, s + n)) > 0)
		n -= k;
	out = malloc(n - i + 1);
	if (out) {
		memcpy(out, s + i, n - i);
		out[n - i] = '\0';
	}
	return out;
}

/* Reads the YAML front matter between LINES[0] and the closing "---":
 * 标题/title, 文号/docno, 发布单位/issuer, 发布日期/date.  Returns the index
 * of the first line after it, 0 when there is none. */
static size_t
front_matter(struct doc *doc, const char *text, const struct line *lines, size_t count)
{
	static const struct {
		const char *key;
		int field;   /* 0 title, 1 docno, 2 issuer, 3 date */
	} keys[] = {
		{ "标题", 0 }, { "title", 0 }, { "文号", 1 }, { "发文字号", 1 }, { "docno", 1 },
		{ "发布单位", 2 }, { "发文机关", 2 }, { "发文单位", 2 }, { "issuer", 2 },
		{ "author", 2 }, { "发布日期", 3 }, { "成文日期", 3 }, { "日期", 3 }, { "date", 3 },
	};
	size_t end = 0;

	if (count < 2 || lines[0].length != 3 || memcmp(text + lines[0].start, "---", 3) != 0 ||
	    lines[0].indented)
		return 0;
	for (size_t i = 1; i < count && i < 200; i++)
		if (lines[i].length == 3 && memcmp(text + lines[i].start, "---", 3) == 0) {
			end = i;
			break;
		}
	if (end == 0)
		return 0;
	for (size_t i = 1; i < end; i++) {
		const char *s = text + lines[i].start;
		size_t n = lines[i].length, colon = 0, sep = 0;
		const char *c1 = memchr(s, ':', n), *c2 = memmem(s, n, "：", 3);

		if (c1 && (!c2 || c1 < c2)) {
			colon = (size_t)(c1 - s);
			sep = 1;
		} else if (c2) {
			colon = (size_t)(c2 - s);
			sep = 3;
		} else {
			continue;
		}
		for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
			char **field[] = { &doc->title, &doc->docno, &doc->issuer, &doc->date };
			char *value, iso[11];
			size_t vlen;

			if (strlen(keys[k].key) != colon || strncasecmp(s, keys[k].key, colon) != 0)
				continue;
			value = copy_trimmed(s + colon + sep, n - colon - sep);
			if (!value)
				break;
			vlen = strlen(value);
			if (vlen >= 2 && (value[0] == '"' || value[0] == '\'') && value[vlen - 1] == value[0]) {
				memmove(value, value + 1, vlen - 2);
				value[vlen - 2] = '\0';
			}
			if (keys[k].field == 3 && parse_date(value, strlen(value), iso))
				strcpy(value, iso);
			if (*field[keys[k].field] == NULL && value[0])
				*field[keys[k].field] = value;
			else
				free(value);
			break;
		}
	}
	return end + 1;
}

/* The sign-off: the last paragraph near the end that is a date alone; the
 * issuer is the short line before it.  Returns its index, or SIZE_MAX. */
static size_t
find_sign_off(const struct doc *doc, char iso[11])
{
	size_t stop = doc->paragraph_count > 25 ? doc->paragraph_count - 25 : 0;

	if (doc->partial)
		return SIZE_MAX;   /* the end of the report is not there yet */
	for (size_t i = doc->paragraph_count; i-- > stop;) {
		const struct paragraph *p = &doc->paragraphs[i];
		if (p->length <= 60 && parse_date(doc->text + p->offset, p->length, iso))
			return i;
	}
	return SIZE_MAX;
}

static bool
paragraph_begins_heading(const struct doc *doc, size_t i)
{
	const struct paragraph *p = &doc->paragraphs[i];
	return p->md_level > 0 || label_prefix_length(doc->text + p->offset, p->length) > 0;
}

/* A date found inside S: the first 2023年11月23日 (Arabic or Chinese
 * numerals) anywhere in it. */
static bool
date_inside(const char *s, size_t n, char iso[11])
{
	for (size_t i = 0; i + 6 < n; i++) {
		const char *nian = memmem(s + i, n - i, "年", 3);
		size_t start, k, end;
		if (!nian)
			return false;
		/* Back up over the year's four digits (1 or 3 bytes each). */
		start = (size_t)(nian - s);
		for (int d = 0; d < 4 && start > 0; d++) {
			size_t step = start >= 3 && ((unsigned char)s[start - 3] & 0xf0) == 0xe0 ? 3 : 1;
			start -= step;
		}
		end = (size_t)(nian - s) + 3;
		/* Forward to 日. */
		const char *ri = memmem(s + end, n - end, "日", 3);
		if (ri && (size_t)(ri - s) - end <= 5 * 3) {
			k = (size_t)(ri - s) + 3;
			if (parse_date(s + start, k - start, iso))
				return true;
		}
		i = (size_t)(nian - s) + 2;
	}
	return false;
}

/* Reports published on the web put the issuer and date under the title
 * instead of at the end ("国家统计局 / 2024年2月29日"), or the date in a
 * subtitle ("——2024年3月5日在第十四届全国人民代表大会…").  */
static void
find_header_block(struct doc *doc)
{
	char iso[11];
	size_t first = doc->title_paragraph + 1;
	const struct paragraph *title = &doc->paragraphs[doc->title_paragraph];
	const char *dash = memmem(doc->text + title->offset, title->length, "——", 6);

	/* 政府工作报告——2018年3月5日在…: the subtitle on the title line. */
	if (dash && date_inside(dash, title->length - (size_t)(dash - doc->text - title->offset), iso)) {
		doc->date = strdup(iso);
		return;
	}
	for (size_t i = first; i < doc->paragraph_count && i < first + 3; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		const char *s = doc->text + p->offset;
		if (paragraph_begins_heading(doc, i) || p->length > 60 * 3)
			return;
		if (parse_date(s, p->length, iso)) {
			doc->date = strdup(iso);
			if (!doc->issuer && i > first) {
				const struct paragraph *q = &doc->paragraphs[i - 1];
				const char *t = doc->text + q->offset;
				if (u8_mbsnlen((const uint8_t *)t, q->length) <= 40 && !has_sentence_mark(t, q->length))
					doc->issuer = copy_trimmed(t, q->length);
			}
			return;
		}
		if (p->length > 6 && memcmp(s, "——", 6) == 0 && date_inside(s, p->length, iso)) {
			doc->date = strdup(iso);
			return;
		}
		if (has_sentence_mark(s, p->length))
			return;
	}
}

/* A document number standing alone near the top: 东人社〔2023〕36号,
 * 国发[2024]7号, 京政办发（2023）12号. */
static void
find_docno(struct doc *doc)
{
	static const char *const opens[] = { "〔", "[", "（", "(", "【" };

	for (size_t i = 0; i < doc->paragraph_count && i < 6; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		const char *s = doc->text + p->offset;
		size_t n = p->length;

		if (n > 40 * 3 || n < 6 || memcmp(s + n - 3, "号", 3) != 0 || has_sentence_mark(s, n))
			continue;
		for (size_t k = 0; k < sizeof opens / sizeof opens[0]; k++) {
			const char *o = memmem(s, n, opens[k], strlen(opens[k]));
			size_t used;
			if (o && numeral_digits(o + strlen(opens[k]), n - (size_t)(o - s) - strlen(opens[k]),
						&used) >= 1000 && used == 4) {
				doc->docno = copy_trimmed(s, n);
				return;
			}
		}
	}
}

static void
find_metadata(struct doc *doc)
{
	char iso[11];
	size_t sign_off = find_sign_off(doc, iso);
	size_t look = doc->paragraph_count < 8 ? doc->paragraph_count : 8;

	doc->title_paragraph = SIZE_MAX;
	doc->sign_off_paragraph = SIZE_MAX;
	/* A Markdown title: the first heading, of level 1. */
	for (size_t i = 0; i < doc->paragraph_count; i++) {
		if (doc->paragraphs[i].md_level == 0)
			continue;
		if (doc->paragraphs[i].md_level == 1)
			doc->title_paragraph = i;
		break;
	}
	/* Else the leading short line that is not a sentence nor a heading. */
	for (size_t i = 0; doc->title_paragraph == SIZE_MAX && i < look; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		const char *s = doc->text + p->offset;
		if (paragraph_begins_heading(doc, i))
			break;
		if (u8_mbsnlen((const uint8_t *)s, p->length) <= 60 && !ends_sentence(s, p->length) &&
		    !memmem(s, p->length, "，", 3) && !parse_date(s, p->length, iso))
			doc->title_paragraph = i;
	}
	if (doc->title_paragraph != SIZE_MAX && !doc->title) {
		const struct paragraph *p = &doc->paragraphs[doc->title_paragraph];
		const char *s = doc->text + p->offset;
		const char *dash = memmem(s, p->length, "——", 6);
		size_t n = dash && dash - s >= 6 ? (size_t)(dash - s) : p->length;
		doc->title = copy_trimmed(s, n);
	}
	if (sign_off != SIZE_MAX) {
		doc->sign_off_paragraph = sign_off;
		if (!doc->date)
			doc->date = strdup(iso);
		if (!doc->issuer && sign_off > 0 && sign_off - 1 != doc->title_paragraph) {
			const struct paragraph *p = &doc->paragraphs[sign_off - 1];
			const char *s = doc->text + p->offset;
			if (u8_mbsnlen((const uint8_t *)s, p->length) <= 40 &&
			    !has_sentence_mark(s, p->length) && !paragraph_begins_heading(doc, sign_off - 1)) {
				doc->issuer = copy_trimmed(s, p->length);
				doc->sign_off_paragraph = sign_off - 1;
			}
		}
	}
	if (!doc->date && doc->title_paragraph != SIZE_MAX)
		find_header_block(doc);
	if (!doc->docno)
		find_docno(doc);
}

/* ---- paragraph noise ----------------------------------------------------- */

/* Removes the paragraphs marked in DROP, moving the text and spans down. */
static void
compact(struct doc *doc, const bool *drop)
{
	size_t out_text, out_para = 0, out_span;

	/* Nothing before the first dropped paragraph moves: with drops in the
	 * tail only, that is nearly all the text. */
	while (out_para < doc->paragraph_count && !drop[out_para])
		out_para++;
	if (out_para == doc->paragraph_count)
		return;
	out_text = doc->paragraphs[out_para].offset;
	out_span = doc->paragraphs[out_para].span_first;
	for (size_t i = out_para; i < doc->paragraph_count; i++) {
		struct paragraph p = doc->paragraphs[i];
		size_t shift;

		if (drop[i])
			continue;
		shift = p.offset - out_text;
		memmove(doc->text + out_text, doc->text + p.offset, p.length + 1);
		for (uint32_t s = 0; s < p.span_count; s++) {
			doc->spans[out_span + s] = doc->spans[p.span_first + s];
			doc->spans[out_span + s].offset -= shift;
		}
		p.offset = out_text;
		p.span_first = (uint32_t)out_span;
		doc->paragraphs[out_para++] = p;
		out_text += p.length + 1;
		out_span += p.span_count;
	}
	doc->text_length = out_text;
	doc->text[out_text] = '\0';
	doc->paragraph_count = out_para;
	doc->span_count = out_span;
}

/* Drops the paragraphs that paragraph rules match in the head and tail of
 * the document -- unless they would take too much of it. */
static enum bg_status
remove_noise_paragraphs(struct doc *doc, const struct noise_rules *rules)
{
	char iso[11];
	size_t count = doc->paragraph_count, head_end = 0, tail_start, removed = 0, removed_count = 0;
	size_t sign_off = find_sign_off(doc, iso);
	bool *drop;

	if (count == 0)
		return BG_OK;
	while (head_end < count && head_end < 12 && !paragraph_begins_heading(doc, head_end))
		head_end++;
	tail_start = sign_off != SIZE_MAX ? sign_off + 1
		     : doc->partial ? count : count > 5 ? count - 5 : 0;
	drop = calloc(count, sizeof *drop);
	if (!drop)
		return BG_ERR_NOMEM;
	for (size_t i = 0; i < count; i++) {
		enum noise_zone zone = (i < head_end ? NOISE_HEAD : 0) | (i >= tail_start ? NOISE_TAIL : 0);
		const struct paragraph *p = &doc->paragraphs[i];

		if (zone == 0) {
			if (i >= head_end)
				i = tail_start - 1;
			continue;
		}
		if (noise_paragraph_matches(rules, doc->text + p->offset, p->length, zone)) {
			drop[i] = true;
			removed += p->length;
			removed_count++;
		}
	}
	if (removed_count > 0) {
		if ((double)removed > NOISE_MAX_SHARE * (double)doc->text_length) {
			if (!doc_warn(doc, "noise rules would remove %zu of %zu paragraphs (%.0f%% of the text); "
				      "kept everything", removed_count, count,
				      100.0 * (double)removed / (double)doc->text_length)) {
				free(drop);
				return BG_ERR_NOMEM;
			}
		} else {
			compact(doc, drop);
		}
	}
	free(drop);
	return BG_OK;
}

/* ---- entry points -------------------------------------------------------- */

/* Length of the byte-order mark at the start of S (N bytes): it is not
 * text. */
static size_t
bom_length(const char *s, size_t n)
{
	return n >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
}

/* A large file's checks (NUL bytes, UTF-8, CRs inside lines) and its
 * marker search run in a second thread while the first splits its lines as
 * if it were UTF-8 without such CRs; the rare file that is not after all is
 * then built again without the second thread.  The checks must be over
 * before the text is written over the bytes. */
enum { SPECULATE_MIN = 1 << 22 };

struct side_pass {
	const char *bytes;
	size_t length;        /* bytes to check: the file less a cut-short end */
	const struct noise_rules *rules;
	/* What it finds: the valid UTF-8 prefix of LENGTH and, when that is
	 * all of it, whether it holds a NUL, a CR that does not end a line,
	 * and (without a NUL) its markers after a byte-order mark. */
	size_t valid;
	bool binary;
	bool lone_cr;
	enum bg_status found;
	struct noise_cut *cuts;
	size_t cut_count;
	pthread_t thread;
	bool running;
};

static void *
side_pass_run(void *arg)
{
	struct side_pass *v = arg;
	const char *p = v->bytes, *end = v->bytes + v->length;
	bool controls;
	size_t bom;

	v->valid = utf8_check_text(v->bytes, v->length, &controls);
	if (v->valid != v->length)
		return NULL;   /* the first thread checks again what it is */
	/* Where there are NULs or CRs, where they are: a CR followed by
	 * anything but CR or LF splits its line (see split_lines).  (The
	 * cut-short end holds neither.) */
	for (; controls && (p = utf8_find_either(p, (size_t)(end - p), '\0', '\r')) != NULL; p++) {
		if (*p == '\0') {
			v->binary = true;
			return NULL;
		}
		if (p + 1 < end && p[1] != '\r' && p[1] != '\n')
			v->lone_cr = true;
	}
	bom = bom_length(v->bytes, v->length);
	v->found = noise_find_markers(v->rules, v->bytes + bom, v->length - bom, &v->cuts,
				      &v->cut_count);
	return NULL;
}

/* Waits for the pass V (may be NULL) to end; true when it found UTF-8. */
static bool
side_pass_wait(struct side_pass *v)
{
	if (!v)
		return true;
	if (v->running) {
		pthread_join(v->thread, NULL);
		v->running = false;
	}
	return !v->binary && v->valid == v->length;
}

/* Builds the document from the LENGTH bytes of UTF-8 at SOURCE, inside
 * BUFFER (see build_paragraphs), that came from a file in ENCODING;
 * WARNING (may be empty) is said about the decoding.  On success the
 * document's text is BUFFER; else BUFFER stays the caller's, unchanged when
 * PENDING, a side pass still running on SOURCE, fails.  The caller frees
 * the cuts PENDING found.  PARTIAL: SOURCE is only the start of the report. */
static enum bg_status
build_doc(char *buffer, const char *source, size_t length, const char *encoding,
	  const char *warning, const char *name, const struct load_options *options,
	  bool partial, struct side_pass *pending, struct doc **out, struct bg_error *err)
{
	const struct noise_rules *rules = options ? options->rules : NULL;
	struct doc *doc;
	size_t first, cut_count = 0;
	struct line_list lines = { NULL, 0, 0, rules };
	struct noise_cut *cuts = NULL;
	enum bg_status st;

	*out = NULL;
	doc = calloc(1, sizeof *doc);
	if (!doc || !(doc->name = strdup(name ? name : "-"))) {
		st = BG_ERR_NOMEM;
		goto fail;
	}
	doc->encoding = encoding;
	doc->partial = partial;
	doc->title_paragraph = SIZE_MAX;
	doc->sign_off_paragraph = SIZE_MAX;
	if (warning[0] && !doc_warn(doc, "%s", warning)) {
		st = BG_ERR_NOMEM;
		goto fail;
	}
	{
		size_t bom = bom_length(source, length);
		source += bom;
		length -= bom;
	}
	if (length == 0) {
		/* Nothing but a byte-order mark or a cut-short character. */
		doc_free(doc);
		return bg_fail(err, warning[0] ? BG_ERR_ENCODING : BG_ERR_BLANK, "%s", warning);
	}
	if (!split_lines(source, length, &lines, !pending)) {
		st = BG_ERR_NOMEM;
		goto fail;
	}
	doc->line_count = lines.count ? lines.items[lines.count - 1].number : 0;
	first = front_matter(doc, source, lines.items, lines.count);
	if (rules && (st = drop_noise_lines(doc, &lines, first)) != BG_OK)
		goto fail;
	if (!options || options->reflow)
		mark_continuations(source, lines.items + first, lines.count - first);
	if (pending) {
		if (!side_pass_wait(pending) || pending->lone_cr) {
			st = BG_ERR_ENCODING;   /* the caller knows better */
			goto fail;
		}
		if ((st = pending->found) != BG_OK)
			goto fail;
		cuts = pending->cuts;
		cut_count = pending->cut_count;
	} else if (rules && noise_find_markers(rules, source, length, &cuts, &cut_count) != BG_OK) {
		st = BG_ERR_NOMEM;
		goto fail;
	}
	st = build_paragraphs(doc, buffer, source, lines.items + first, lines.count - first, cuts,
			      cut_count);
	if (st != BG_OK)
		goto fail;
	if (rules && (st = remove_noise_paragraphs(doc, rules)) != BG_OK)
		goto fail;
	free(lines.items);
	if (!pending)
		free(cuts);
	if (doc->paragraph_count == 0) {
		doc->text = NULL;
		doc_free(doc);
		return bg_fail(err, BG_ERR_BLANK, NULL);
	}
	find_metadata(doc);
	*out = doc;
	return BG_OK;
fail:
	if (doc)
		doc->text = NULL;
	doc_free(doc);
	free(lines.items);
	if (!pending)
		free(cuts);
	return bg_fail(err, st, NULL);
}

/* Length of S without a multi-byte sequence cut short at its very end. */
static size_t
without_cut_short_end(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = n, need;

	while (i > 0 && n - i < 3 && (p[i - 1] & 0xc0) == 0x80)
		i--;
	if (i == 0 || p[i - 1] < 0xc2 || p[i - 1] > 0xf4)
		return n;
	need = p[i - 1] >= 0xf0 ? 4 : p[i - 1] >= 0xe0 ? 3 : 2;
	return n - (i - 1) < need ? i - 1 : n;
}

static const char truncated[] = "truncated multi-byte sequence at the end";

/* load_bytes for BUFFER, SIZE bytes of a file in a malloc'd block with room
 * for two bytes more, which the document's text is written over: BUFFER is
 * the document's or freed.  PARTIAL: they are only the start of the file. */
static enum bg_status
load_in_place(char *buffer, size_t size, const char *name, const struct load_options *options,
	      bool partial, struct doc **out, struct bg_error *err)
{
	char *text = NULL;
	const char *forced = options ? options->encoding : NULL;
	bool utf8 = !forced || is_utf8_name(forced);
	size_t length = size;
	const char *encoding = "UTF-8";
	struct bg_error decode_err = { BG_OK, "" };
	enum bg_status st;

	*out = NULL;
	if (size == 0) {
		free(buffer);
		return bg_fail(err, BG_ERR_EMPTY, NULL);
	}
	if (looks_utf16((const unsigned char *)buffer, size)) {
		free(buffer);
		return bg_fail(err, BG_ERR_UTF16, NULL);
	}
	if (utf8 && size >= SPECULATE_MIN) {
		struct side_pass v = { .bytes = buffer, .length = without_cut_short_end(buffer, size),
				       .rules = options ? options->rules : NULL };
		bool utf8_after_all;

		if (pthread_create(&v.thread, NULL, side_pass_run, &v) == 0) {
			v.running = true;
			st = build_doc(buffer, buffer, v.length, "UTF-8", v.length < size ? truncated : "",
				       name, options, partial, &v, out, err);
			utf8_after_all = side_pass_wait(&v);
			free(v.cuts);
			if (utf8_after_all && !v.lone_cr) {
				if (st != BG_OK)
					free(buffer);
				return st;
			}
			if (v.binary) {
				free(buffer);
				return bg_fail(err, BG_ERR_BINARY, NULL);
			}
			/* Not UTF-8 after all, or lines split by CRs: built below
			 * without the side pass. */
		}
	}
	if (memchr(buffer, '\0', size)) {
		free(buffer);
		return bg_fail(err, BG_ERR_BINARY, NULL);
	}
	if (utf8 && (utf8_valid_length(buffer, size) == size ||
		     utf8_truncated_at_end((const unsigned char *)buffer, size, &length))) {
		/* UTF-8 already: build it in place. */
		st = build_doc(buffer, buffer, length, "UTF-8", length < size ? truncated : "", name,
			       options, partial, NULL, out, err);
		if (st != BG_OK)
			free(buffer);
		return st;
	}
	st = load_decode(buffer, size, forced, &text, &length, &encoding, &decode_err);
	free(buffer);
	if (st != BG_OK) {
		if (err)
			*err = decode_err;
		return st;
	}
	buffer = realloc(text, length + 2);
	if (!buffer) {
		free(text);
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	}
	st = build_doc(buffer, buffer, length, encoding, decode_err.detail, name, options, partial,
		       NULL, out, err);
	if (st != BG_OK)
		free(buffer);
	return st;
}

enum bg_status
load_bytes(const char *bytes, size_t size, const char *name, const struct load_options *options,
	   struct doc **out, struct bg_error *err)
{
	char *buffer = malloc(size + 2);

	*out = NULL;
	if (!buffer)
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	memcpy(buffer, bytes, size);
	return load_in_place(buffer, size, name, options, false, out, err);
}

/* A part of a regular file to read into BUF[from, to), from the file's
 * offset BASE + FROM on. */
struct file_part {
	int fd;
	char *buf;
	off_t base;
	size_t from, to;
	size_t got;           /* bytes read: less than asked at the end of the file */
	int error;            /* an errno, or 0 */
};

static void *
read_part(void *arg)
{
	struct file_part *part = arg;

	while (part->from + part->got < part->to) {
		size_t at = part->from + part->got;
		ssize_t k = pread(part->fd, part->buf + at, part->to - at, part->base + (off_t)at);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0) {
			part->error = errno;
			break;
		}
		if (k == 0)
			break;
		part->got += (size_t)k;
	}
	return NULL;
}

/* Reading a large regular file is copying it and faulting in fresh pages
 * for it: two threads read a half each, in about 60% of the time. */
enum { READ_SPLIT_MIN = 1 << 23 };

/* Reads the EXPECTED bytes of the regular file FD from its offset on into
 * BUF, in two halves at once; returns how many stand in BUF one after the
 * other (fewer when the file was cut short meanwhile) and leaves FD's
 * offset after them.  Returns 0 when FD cannot be read that way, an errno
 * in *ERROR when reading failed. */
static size_t
read_halves(int fd, char *buf, size_t expected, int *error)
{
	off_t base = lseek(fd, 0, SEEK_CUR);
	struct file_part first = { fd, buf, base, 0, expected / 2, 0, 0 };
	struct file_part second = { fd, buf, base, expected / 2, expected, 0, 0 };
	pthread_t thread;
	size_t n;

	*error = 0;
	if (base < 0 || pthread_create(&thread, NULL, read_part, &second) != 0)
		return 0;
	read_part(&first);
	pthread_join(thread, NULL);
	*error = first.error ? first.error : second.error;
	n = first.got < first.to ? first.got : first.to + second.got;
	if (!*error && lseek(fd, base + (off_t)n, SEEK_SET) < 0)
		*error = errno;
	return n;
}

/* Reads all of FD into a malloc'd buffer, of EXPECTED bytes to start
 * with, with room for two bytes more after them.  Files are read, not
 * mapped: a file cut short by another program while it is read then gives
 * less text, never a SIGBUS. */
static enum bg_status
read_all(int fd, size_t expected, char **out, size_t *size, struct bg_error *err)
{
	/* One byte more than expected to see the end, two for the text. */
	size_t cap = (expected + 1 > 65536 ? expected + 1 : 65536) + 2, n = 0;
	char *buf = malloc(cap);

	if (!buf)
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	advise_huge(buf, cap);
	if (expected >= READ_SPLIT_MIN) {
		int error;
		n = read_halves(fd, buf, expected, &error);
		if (error) {
			free(buf);
			return bg_fail(err, BG_ERR_READ, "%s", strerror(error));
		}
	}
	/* The rest, or all: up to the end of the file as it is now. */
	for (;;) {
		ssize_t got;
		if (cap - n == 2) {
			char *grown;
			if (cap >= ((size_t)1 << 34)) {
				free(buf);
				return bg_fail(err, BG_ERR_TOO_BIG, NULL);
			}
			cap *= 2;
			grown = realloc(buf, cap);
			if (!grown) {
				free(buf);
				return bg_fail(err, BG_ERR_NOMEM, NULL);
			}
			buf = grown;
		}
		got = read(fd, buf + n, cap - n - 2);
		if (got < 0) {
			if (errno == EINTR)
				continue;
			free(buf);
			return bg_fail(err, BG_ERR_READ, "%s", strerror(errno));
		}
		if (got == 0)
			break;
		n += (size_t)got;
	}
	if (cap - n > ((size_t)1 << 20)) {
		/* A pipe's buffer grew by doubling; the text keeps it. */
		char *shrunk = realloc(buf, n + 2);
		if (shrunk)
			buf = shrunk;
	}
	*out = buf;
	*size = n;
	return BG_OK;
}

enum bg_status
load_file(const char *path, const struct load_options *options, struct doc **out,
	  struct bg_error *err)
{
	bool is_stdin = strcmp(path, "-") == 0;
	int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	enum bg_status status;
	char *bytes = NULL;
	size_t size = 0;

	*out = NULL;
	if (fd < 0)
		return bg_fail(err, errno == EISDIR ? BG_ERR_ISDIR : BG_ERR_OPEN, "%s", strerror(errno));
	if (fstat(fd, &st) != 0) {
		status = bg_fail(err, is_stdin ? BG_ERR_READ : BG_ERR_OPEN, "%s%s",
				 is_stdin ? "standard input: " : "", strerror(errno));
		if (!is_stdin)
			close(fd);
		return status;
	}
	if (S_ISDIR(st.st_mode)) {
		if (!is_stdin)
			close(fd);
		return bg_fail(err, BG_ERR_ISDIR, NULL);
	}
	if (is_stdin && isatty(fd))
		return bg_fail(err, BG_ERR_TTY, NULL);
	if (S_ISREG(st.st_mode) || S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode) ||
	    S_ISSOCK(st.st_mode)) {
		status = read_all(fd, S_ISREG(st.st_mode) ? (size_t)st.st_size : 0, &bytes, &size, err);
		if (status != BG_OK) {
			if (!is_stdin)
				close(fd);
			return status;
		}
	} else {
		if (!is_stdin)
			close(fd);
		return bg_fail(err, BG_ERR_NOTFILE, NULL);
	}
	if (!is_stdin)
		close(fd);
	/* The document is written over the bytes read. */
	return load_in_place(bytes, size, path, options, false, out, err);
}

enum bg_status
load_file_head(const char *path, const struct load_options *options, size_t max,
	       struct doc **out, struct bg_error *err)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	char *bytes;
	size_t n = 0;
	const char *last_newline;
	enum bg_status status;

	*out = NULL;
	if (fd < 0)
		return bg_fail(err, errno == EISDIR ? BG_ERR_ISDIR : BG_ERR_OPEN, "%s", strerror(errno));
	bytes = malloc(max + 2);   /* the text is written over it, with two bytes more */
	if (!bytes) {
		close(fd);
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	}
	while (n < max) {
		ssize_t got = read(fd, bytes + n, max - n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			status = bg_fail(err, BG_ERR_READ, "%s", strerror(errno));
			close(fd);
			free(bytes);
			return status;
		}
		if (got == 0)
			break;
		n += (size_t)got;
	}
	close(fd);
	/* Whole lines only: a line break never falls inside a character,
	 * in UTF-8 or in GB18030. */
	last_newline = n > 0 ? memrchr(bytes, '\n', n) : NULL;
	if (last_newline)
		n = (size_t)(last_newline - bytes) + 1;
	return load_in_place(bytes, n, path, options, true, out, err);
}
