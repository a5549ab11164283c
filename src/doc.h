/* SPDX-License-Identifier: GPL-3.0-or-later */
/* doc.h - the document: cleaned UTF-8 paragraphs that remember where they
 * stand in the source file, and the report's metadata. */
#ifndef BAOGAO_DOC_H
#define BAOGAO_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A run of cleaned text that stands unchanged in the source: the character
 * at doc->text[offset] is at source LINE, COLUMN (both 1-based, the column
 * counted in characters).  A reflowed paragraph or one with a marker cut out
 * of it has several spans; most paragraphs have one, which starts where
 * they do and is kept in the paragraph (doc_span_of). */
struct doc_span {
	size_t offset;
	uint32_t line;
	uint32_t column;
};

struct paragraph {
	size_t offset;         /* into doc->text */
	size_t length;         /* bytes, without the '\n' that follows it */
	uint32_t line;         /* source line of its first character */
	union {
		uint32_t span_first;   /* its spans: doc->spans[span_first ...] */
		uint32_t column;       /* when SPAN_COUNT is 0: its one span is
		                          at OFFSET, LINE and this column, and not
		                          in doc->spans */
	};
	uint32_t span_count;   /* 0: one span, kept in the paragraph */
	uint8_t md_level;      /* 1..6 for a Markdown '#' heading (text is
	                          without the '#'s), else 0 */
	bool blank_before;     /* a blank line stood before it in the source */
	bool full;             /* its last line reaches the wrap width of a
	                          hard-wrapped text: cut there, not ended */
};

/* What the file's format said about a paragraph (from a reader's hint,
 * see reader.h); plain text gives none. */
struct doc_hint {
	size_t paragraph;        /* index in doc->paragraphs */
	uint8_t heading_level;   /* 1..9, 0 when not known as a heading */
	uint32_t page;           /* 0 when not known */
	char *number;            /* list or automatic number as text, or NULL */
	/* A row of a table (the paragraph is the row, its cells two spaces
	 * apart): CELLS[k] is where its cell k starts in doc->text (owned,
	 * CELL_COUNT of them, ascending); cell_count 0: not a table row.
	 * TABLE and ROW as the reader said them (reader.h); HEADER is the
	 * paragraph of the table's first row, or SIZE_MAX when the document
	 * lacks it.  table.h reads them. */
	size_t *cells;
	uint32_t cell_count;
	uint32_t table;
	uint32_t row;
	size_t header;
};

/* A link of the text (a web page's, a Word document's, Markdown's): its
 * text is doc->text[offset, offset + length), its address HREF. */
struct doc_link {
	size_t offset;
	size_t length;
	char *href;
};

/* A page of a format with pages (PDF): it begins at source LINE, COLUMN. */
struct doc_page {
	uint32_t line;
	uint32_t column;
	uint32_t page;
};

struct doc {
	/* All paragraphs' text, each followed by '\n', then a NUL; valid
	 * UTF-8. */
	char *text;
	size_t text_length;
	struct paragraph *paragraphs;
	size_t paragraph_count;
	struct doc_span *spans;    /* of the paragraphs of several spans */
	size_t span_count;

	const char *encoding;  /* "UTF-8" or "GB18030" (static) */
	char *name;            /* the file name as given, or "-" */
	uint32_t line_count;   /* source lines */
	bool partial;          /* only the start of the file was read */
	bool front_matter;     /* the file opened with front matter (--- … ---) */
	size_t source_size;    /* the bytes read, as they came (a docx's
	                          zip, a GB18030 text) */

	/* Metadata; any may be NULL. date is ISO YYYY-MM-DD. */
	char *title;
	char *issuer;
	char *date;
	char *docno;
	size_t title_paragraph;   /* index of the title paragraph, or SIZE_MAX */
	size_t sign_off_paragraph; /* first paragraph of the sign-off (issuer,
	                              date) at the end, or SIZE_MAX */
	size_t speaker_paragraph; /* the speaker line or the issuing body's
	                             name under the title, or SIZE_MAX */
	char stamp_date[11];      /* the date of a web page's timestamp line
	                             (发布时间：…) that noise removal took out,
	                             ISO, or "" */

	/* Structure hints, sorted by paragraph, at most one each (owned). */
	struct doc_hint *hints;
	size_t hint_count;

	/* Where the pages begin, in the order of the text (owned); none for
	 * a format without pages. */
	struct doc_page *pages;
	size_t page_count;

	/* The links, in the order of the text, none overlapping (owned). */
	struct doc_link *links;
	size_t link_count;

	/* Warnings the loader wants the user to see (owned). */
	char **warnings;
	size_t warning_count;
};

/* The number of spans of paragraph P (at least 1). */
static inline uint32_t
doc_span_count(const struct paragraph *p)
{
	return p->span_count > 0 ? p->span_count : 1;
}

/* Span K (< doc_span_count) of paragraph P of DOC. */
static inline struct doc_span
doc_span_of(const struct doc *doc, const struct paragraph *p, uint32_t k)
{
	if (p->span_count == 0)
		return (struct doc_span){ p->offset, p->line, p->column };
	return doc->spans[p->span_first + k];
}

/* The link whose text holds OFFSET of doc->text, or NULL. */
const struct doc_link *doc_link_at(const struct doc *doc, size_t offset);

/* The first link whose text ends after OFFSET, or NULL. */
const struct doc_link *doc_link_after(const struct doc *doc, size_t offset);

/* Returns the source line and character column (1-based) of OFFSET in
 * doc->text.  OFFSET must be inside some paragraph (or at its end). */
void doc_locate(const struct doc *doc, size_t offset, uint32_t *line, uint32_t *column);

/* A place in the text remembered between calls of doc_locate_next, so
 * that walking forward through the text costs only the distance walked.
 * Start with { 0 }. */
struct doc_cursor {
	size_t paragraph;
	uint32_t span;       /* of the paragraph's, as doc_span_of counts */
	size_t offset;
	uint32_t column;
	bool valid;
};

/* Like doc_locate, continuing from CURSOR (updated): cheap when OFFSET is
 * at or after the previous call's, as for results in document order. */
void doc_locate_next(const struct doc *doc, struct doc_cursor *cursor, size_t offset,
		     uint32_t *line, uint32_t *column);

/* Returns the index of the paragraph that holds OFFSET (the last paragraph
 * whose offset <= OFFSET). */
size_t doc_paragraph_at(const struct doc *doc, size_t offset);

/* The reverse of doc_locate: the doc->text offset of source LINE, COLUMN,
 * or of the nearest text before it that the document kept (the start of
 * the text when there is none). */
size_t doc_offset_at(const struct doc *doc, uint32_t line, uint32_t column);

/* A place doc_offset_next found, so that finding places forward along a
 * line costs only the distance walked.  Start with { 0 }. */
struct doc_offset_cursor {
	size_t span_offset; /* the span the place is in */
	size_t offset;
	uint32_t line, column;
	bool valid;
};

/* Like doc_offset_at, continuing from NEAR (updated): cheap when LINE,
 * COLUMN is in the same span as the previous call's and not before it. */
size_t doc_offset_next(const struct doc *doc, struct doc_offset_cursor *near, uint32_t line,
		       uint32_t column);

/* The hint for paragraph I of DOC, or NULL when it has none. */
const struct doc_hint *doc_hint_of(const struct doc *doc, size_t i);

/* The page that holds source LINE, COLUMN, or 0 when DOC has no pages. */
uint32_t doc_page_of(const struct doc *doc, uint32_t line, uint32_t column);

/* The page that holds OFFSET in doc->text (as doc_locate takes it), or 0
 * when DOC has no pages. */
uint32_t doc_page_at(const struct doc *doc, size_t offset);

/* The paragraph that holds the second line of DOC's title, broken over two
 * (关于印发《某某方案》 / 的通知): the one under the title paragraph when
 * the title ends with its text; SIZE_MAX when none. */
size_t doc_title_second(const struct doc *doc);

/* True when paragraph I of DOC is the document's whole title said again
 * alone on a line down in its text (a PDF copy's running header atop a
 * page): past the line under the title, with the white space around it
 * left out, it is the title. */
bool doc_title_again(const struct doc *doc, size_t i);

/* Frees DOC and everything it owns; NULL is fine. */
void doc_free(struct doc *doc);

/* Appends a printf-style warning to DOC; returns false when out of memory. */
bool doc_warn(struct doc *doc, const char *format, ...) __attribute__((format(printf, 2, 3)));

#endif
