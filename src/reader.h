/* SPDX-License-Identifier: GPL-3.0-or-later */
/* reader.h - the seam between a file format and the loader.  A reader
 * turns a file's bytes into UTF-8 text, and says what it knows of the
 * text's structure; the loader makes the document of that.  Readers stand
 * in one table (reader.c), from which the loader picks one by content. */
#ifndef BAOGAO_READER_H
#define BAOGAO_READER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "status.h"

/* What a format with structure (docx, odt, html, pdf) knows of one line of
 * the text it gives, for the paragraph that line goes into. */
struct reader_hint {
	uint32_t line;          /* the line of the text (1-based, as the loader counts lines) */
	uint8_t heading_level;  /* 1..9: a heading of that level; 0: not known as one */
	uint32_t page;          /* the page it stands on; 0: not known */
	char *number;           /* its list or automatic number as text ("（一）"), or NULL;
	                           malloc'd */
	/* Where on the line PAGE begins (a 1-based character column) when a
	 * paragraph goes on from one page to the next; 0: at its start.  A
	 * line can have several hints, one for each page it reaches. */
	uint32_t column;
	/* A row of a table, written as one line with its cells two spaces
	 * apart: CELLS[k] is the 1-based character column where its cell k
	 * starts on the line (malloc'd, CELL_COUNT of them); cell_count 0:
	 * not a table row.  TABLE counts the file's tables from 0, ROW the
	 * rows of that table from 0 (the first row, taken as the column
	 * headers). */
	uint32_t *cells;
	uint32_t cell_count;
	uint32_t table;
	uint32_t row;
};

/* A link of a format that has them (a web page's <a href>, a Word
 * hyperlink, a Markdown [text](url)).  A reader sets START and END, byte
 * offsets of its text in the text it gives (from the text's start), and
 * reader_links_place turns them into the LINE, character COLUMN (1-based)
 * and LENGTH in characters that the loader reads. */
struct reader_link {
	size_t start, end;
	uint32_t line, column, length;
	char *href;             /* malloc'd */
};

/* Adds the link to HREF over [START, END) of the text to *LINKS (COUNT of
 * them, CAPACITY room): white space at its ends left out, nothing added
 * for no text or no address.  False when out of memory. */
bool reader_link_add(struct reader_link **links, size_t *count, size_t *capacity, const char *text,
		     size_t start, size_t end, const char *href);

/* Sets the line, column and length of each of LINKS (COUNT, in the order
 * of the text) from its offsets in TEXT (LENGTH bytes); a link over a
 * line break is cut at it. */
void reader_links_place(const char *text, size_t length, struct reader_link *links, size_t count);

/* Frees LINKS (COUNT of them) and their addresses; NULL is fine. */
void reader_free_links(struct reader_link *links, size_t count);

/* What a reader is given. */
struct reader_input {
	char *bytes;            /* the file's bytes, malloc'd with room for two more */
	size_t size;
	const char *encoding;   /* an encoding the user named, or NULL */
	/* A reader may check text of this many bytes or more beside the
	 * loader's work (0: its default; SIZE_MAX: never). */
	size_t check_beside_min;
	/* Work on the text that the loader wants done in such a check, once
	 * the text is known to be valid (finding noise markers in it). */
	void (*beside)(void *arg, const char *text, size_t length);
	void *beside_arg;
	/* A reader of a document may stop once it has given this many bytes
	 * of text, at the end of a paragraph: the start of a large document
	 * is shown while the whole of it is read (0: all of it). */
	size_t text_max;
};

/* What a reader gives back. */
struct reader_text {
	/* The text is BUFFER[start, start + length), valid UTF-8 (not
	 * NUL-terminated), with room for two bytes more after it: the loader
	 * writes the document over it and owns it. */
	char *buffer;
	size_t start;
	size_t length;
	const char *encoding;   /* what the bytes were in (static) */
	char warning[200];      /* to tell the user about the reading, or "" */
	bool crs_checked;       /* known: no CR stands inside a line */
	struct reader_hint *hints;  /* sorted by line; malloc'd, or NULL */
	size_t hint_count;
	struct reader_link *links;  /* placed, in the order of the text; malloc'd, or NULL */
	size_t link_count;
	/* Each line is a paragraph of its own (the format said where
	 * paragraphs end): no hard wraps to join. */
	bool lines_are_paragraphs;
	/* What the file says of itself (a document's properties), for the
	 * metadata the text does not give; malloc'd, or NULL.  DATE is
	 * YYYY-MM-DD. */
	char *title;
	char *author;
	char *date;
	/* Not NULL while the text is still being checked beside the loader
	 * (a large file taken for UTF-8 before that is known).  The loader
	 * calls it once, before it writes over the buffer or lets it go.  It
	 * returns BG_OK when the text is what it was taken for (and BESIDE
	 * has run on it), BG_ERR_BINARY, or BG_ERR_ENCODING: read BUFFER,
	 * unchanged, again with check_beside_min SIZE_MAX. */
	enum bg_status (*finish)(struct reader_text *text);
	void *pending;
};

struct reader {
	const char *name;
	/* How sure the reader is that HEAD, the first N bytes of a file, is
	 * in its format: 0 not at all ... READER_SURE. */
	unsigned (*detect)(const char *head, size_t n);
	/* Turns IN's bytes into *OUT (which it clears first).  Takes the
	 * bytes over: on success they are OUT->buffer or freed, on failure
	 * freed.  Fails with a status and ERR's detail. */
	enum bg_status (*read)(const struct reader_input *in, struct reader_text *out,
			       struct bg_error *err);
	/* It stops at its input's text_max: the start of a large file in
	 * its format can be shown before the whole is read. */
	bool gives_start;
};

enum { READER_SURE = 100 };

/* The text reader: plain text in UTF-8 or GB18030 (or the encoding the
 * user named), with or without a byte-order mark.  It takes anything,
 * being the one that says what is not text (binary, UTF-16). */
extern const struct reader reader_text;

/* What the text reader would refuse at once in CHUNK (N bytes) of a file,
 * FIRST when it is the file's start: BG_ERR_UTF16 or BG_ERR_UTF32 (a start
 * that looks like one), BG_ERR_BINARY (a NUL byte), else BG_OK.  So that a device
 * or a huge file of zeros is refused before it is read to its end. */
enum bg_status reader_text_screen(const char *chunk, size_t n, bool first);

/* Whether the text reader, with no encoding named, takes the SIZE BYTES
 * of a whole file for GB18030: they hold no NUL and do not start like
 * UTF-16 or UTF-32, and they are neither UTF-8 (nor UTF-8 cut short at the
 * end) nor UTF-8 with the few bad bytes it would show as U+FFFD.  When
 * they are also GB18030 that iconv decodes, with no character cut short
 * at the end (gb18030_look's "decodes"), the reader gives their text
 * decoded, with no warning. */
bool reader_text_takes_gb18030(const char *bytes, size_t size);

/* Word .docx (any zip file goes to it, to be told what it is), and
 * OpenDocument text .odt. */
extern const struct reader reader_docx;
extern const struct reader reader_odt;

/* Word and WPS binary files (OLE2), to say how to convert them. */
extern const struct reader reader_binary_office;
/* The PDF reader (poppler-glib); built without poppler, it only says so. */
extern const struct reader reader_pdf;

/* The reader in the table that is surest of HEAD (the first N bytes of a
 * file); the first of the table (the text reader) when none is surer. */
const struct reader *reader_for(const char *head, size_t n);

/* The reader of the table called NAME ("text", "docx"), or NULL. */
const struct reader *reader_named(const char *name);

/* Frees what a reader's TEXT holds beside its buffer: hints and
 * properties. */
void reader_text_free_extras(struct reader_text *text);

/* The number of bytes of a file's start that reader_for looks at. */
enum { READER_HEAD = 4096 };

/* Frees HINTS (COUNT of them), their numbers and cells; NULL is fine. */
void reader_free_hints(struct reader_hint *hints, size_t count);

#endif
