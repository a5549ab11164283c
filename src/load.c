/* SPDX-License-Identifier: GPL-3.0-or-later */
/* load.c - bytes to a struct doc.  A reader makes UTF-8 text of a file's
 * bytes (reader.h; plain text: reader_text.c), escapes.c decodes the
 * escapes a scrape left in it and markdown.c renders Markdown, lines.c
 * splits it into lines and finds the hard wraps, denoise.c takes out the
 * noise, paragraphs.c builds the paragraphs and meta.c finds the
 * metadata.  The document's text is written over the bytes read, which
 * are not copied. */
#include <config.h>

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "denoise.h"
#include "escapes.h"
#include "spacing.h"
#include "lines.h"
#include "load.h"
#include "markdown.h"
#include "meta.h"
#include "paragraphs.h"
#include "read.h"

/* The noise markers of the text: found beside the line splitting when the
 * reader checks its text in a second thread, else here. */
struct markers {
	const struct noise_rules *rules;
	struct noise_cut *cuts;
	size_t count;
	enum bg_status found;
	bool done;
	/* The text is to be rewritten (escapes decoded, Markdown rendered)
	 * before its markers are of use: the check beside leaves them
	 * unfound if it has not begun on them, as they are found again in
	 * the new text. */
	atomic_bool unwanted;
};

static void
find_markers(void *arg, const char *text, size_t length)
{
	struct markers *m = arg;

	if (atomic_load(&m->unwanted))
		return;
	m->found = noise_find_markers(m->rules, text, length, &m->cuts, &m->count);
	m->done = true;
}

/* A reader's text on its way to a document. */
struct loading {
	struct reader_text text;
	enum bg_status checked;   /* the verdict of the reader's check beside */
	struct markers markers;
	/* What the escapes decoded took as written, line by line (NULL for
	 * a text with none, or rendered as Markdown: its lines are new). */
	struct escapes_written *written;
	size_t written_count;
};

/* Waits for the reader's check of L's text, if there is one; returns its
 * verdict. */
static enum bg_status
check_finished(struct loading *l)
{
	if (l->text.finish)
		l->checked = l->text.finish(&l->text);
	l->text.finish = NULL;
	return l->checked;
}

/* Rewrites the text of L, of the file NAME, before anything reads it:
 * escapes decoded, Markdown rendered.  The text must not be shared with
 * the reader's check beside any more, and noise markers found there are
 * found again in the new text.  Returns BG_OK, the check's verdict (the
 * text unchanged), or BG_ERR_NOMEM. */
static enum bg_status
clean_text(struct loading *l, const char *name)
{
	char *text = l->text.buffer + l->text.start, *rendered;
	bool escapes = escapes_present(text, l->text.length);
	bool markdown = markdown_detect(name, text, l->text.length);
	bool spaced = spacing_detect(text, l->text.length);
	bool digits = !spaced && spacing_digits_detect(text, l->text.length);
	size_t length;
	enum bg_status st;

	if (!escapes && !markdown && !spaced && !digits)
		return BG_OK;
	atomic_store(&l->markers.unwanted, true);
	if ((st = check_finished(l)) != BG_OK)
		return st;
	free(l->markers.cuts);
	l->markers = (struct markers){ .rules = l->markers.rules };
	if (escapes)
		l->text.length = escapes_decode_noting(text, l->text.length, &l->written, &l->written_count);
	if (spaced)
		l->text.length = spacing_close_up(text, l->text.length);
	if (digits)
		l->text.length = spacing_close_digits(text, l->text.length);
	/* Lines that end in CRs alone (no LF anywhere) are lines to the
	 * Markdown reader too, as they are to the loader: each CR one end. */
	if (markdown && !memchr(text, '\n', l->text.length))
		for (char *cr = text; (cr = memchr(cr, '\r', l->text.length - (size_t)(cr - text))) != NULL;)
			*cr++ = '\n';
	if (markdown) {
		struct reader_link *links;
		struct reader_hint *hints;
		size_t link_count, hint_count;
		if ((st = markdown_render_over(text, l->text.length, &rendered, &length, &links,
					       &link_count, &hints, &hint_count)) != BG_OK)
			return st;
		free(l->written);
		l->written = NULL;
		l->written_count = 0;
		reader_free_links(l->text.links, l->text.link_count);
		l->text.links = links;
		l->text.link_count = link_count;
		/* a text's reader gives no hints: the tables' rows are its */
		if (l->text.hint_count == 0) {
			free(l->text.hints);
			l->text.hints = hints;
			l->text.hint_count = hint_count;
		} else {
			reader_free_hints(hints, hint_count);
		}
		if (rendered) {
			free(l->text.buffer);
			l->text.buffer = rendered;
			l->text.start = 0;
		}
		l->text.length = length;
	}
	return BG_OK;
}

/* True when the COUNT HINTS place lines on pages: a reader laid the text
 * out from a file's pages (a PDF's). */
static bool
pages_given(const struct reader_hint *hints, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (hints[i].page > 0)
			return true;
	return false;
}

/* A table's row the reader gave (a Markdown table's) is a paragraph of
 * its own, whatever reflow made of LINES (COUNT of them): neither it nor
 * the line after it is joined to the line before. */
static void
rows_stand_apart(struct line *lines, size_t count, const struct reader_hint *hints,
		 size_t hint_count)
{
	size_t h = 0;

	for (size_t i = 0; i < count && h < hint_count; i++) {
		while (h < hint_count && (hints[h].line < lines[i].number || hints[h].cell_count == 0))
			h++;
		if (h < hint_count && hints[h].line == lines[i].number) {
			lines[i].continues = false;
			if (i + 1 < count)
				lines[i + 1].continues = false;
		}
	}
}

/* What the file says of itself stands in for the metadata its text does
 * not give. */
static void
properties_fallback(struct doc *doc, struct reader_text *text)
{
	char **fields[][2] = { { &doc->title, &text->title }, { &doc->issuer, &text->author },
			       { &doc->date, &text->date } };

	if (text->author && !meta_author_issues(text->author)) {
		free(text->author);
		text->author = NULL;
	}
	if (text->date && !doc->date && !meta_file_date_fits(doc, text->date)) {
		free(text->date);
		text->date = NULL;
	}
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		if (*fields[i][0] || !*fields[i][1])
			continue;
		*fields[i][0] = *fields[i][1];
		*fields[i][1] = NULL;
	}
}

/* Builds the document from L's text, over its buffer.  On success the
 * document's text is that buffer; else the buffer stays the caller's,
 * unchanged when the reader's check fails.  PARTIAL: the text is only the
 * start of the report.  Without METADATA, the title, issuer and date are
 * left unfound. */
static enum bg_status
build_doc(struct loading *l, const char *name, const struct load_options *options, bool partial,
	  bool metadata, struct doc **out, struct bg_error *err)
{
	const struct noise_rules *rules = options ? options->rules : NULL;
	const char *source, *warning = l->text.warning;
	size_t length, first;
	struct line_list lines = { NULL, 0, 0, rules, NOISE_COST_START };
	struct paragraph_places indents = { NULL, 0, 0, false }, stops = { NULL, 0, 0, false };
	struct lines_wrap wrap = { 0, false, false };
	bool wrap_found = false;
	struct doc *doc;
	enum bg_status st;

	*out = NULL;
	if ((st = clean_text(l, name)) != BG_OK)
		return bg_fail(err, st, NULL);
	source = l->text.buffer + l->text.start;
	length = l->text.length;
	doc = calloc(1, sizeof *doc);
	if (!doc || !(doc->name = strdup(name ? name : "-"))) {
		st = BG_ERR_NOMEM;
		goto fail;
	}
	doc->encoding = l->text.encoding;
	doc->partial = partial;
	doc->title_paragraph = SIZE_MAX;
	doc->sign_off_paragraph = SIZE_MAX;
	doc->speaker_paragraph = SIZE_MAX;
	if (warning[0] && !doc_warn(doc, "%s", warning)) {
		st = BG_ERR_NOMEM;
		goto fail;
	}
	if (length == 0) {
		/* Nothing but a byte-order mark or a cut-short character. */
		doc_free(doc);
		return bg_fail(err, warning[0] ? BG_ERR_ENCODING : BG_ERR_BLANK, "%s", warning);
	}
	if (!lines_split(source, length, &lines, !l->text.crs_checked)) {
		st = BG_ERR_NOMEM;
		goto fail;
	}
	lines_add_written(lines.items, lines.count, l->written, l->written_count);
	free(l->written);
	l->written = NULL;
	l->written_count = 0;
	if (lines.cost.costly != SIZE_MAX) {
		st = BG_ERR_COSTLY;
		goto fail;
	}
	doc->line_count = lines.count ? lines.items[lines.count - 1].number : 0;
	first = meta_front_matter(doc, source, lines.items, lines.count);
	doc->front_matter = first > 0;
	if (rules) {
		size_t count = lines.count;
		wrap = lines_find_wrap(source, lines.items + first, lines.count - first);
		if (!lines_mark_running_heads(source, lines.items + first, lines.count - first, &wrap)) {
			st = BG_ERR_NOMEM;
			goto fail;
		}
		if ((st = denoise_lines(doc, &lines, first)) != BG_OK)
			goto fail;
		/* the same lines have the same wrap */
		wrap_found = lines.count == count;
	}
	if ((!options || options->reflow) && !l->text.lines_are_paragraphs) {
		if (!wrap_found)
			wrap = lines_find_wrap(source, lines.items + first, lines.count - first);
		size_t left = lines_drop_spacing(source, lines.items + first, lines.count - first, &wrap);
		if (left < lines.count - first) {
			lines.count = first + left;
			wrap = lines_find_wrap(source, lines.items + first, left);
		}
		lines_mark_continuations(source, lines.items + first, lines.count - first, &wrap,
					 pages_given(l->text.hints, l->text.hint_count));
		rows_stand_apart(lines.items + first, lines.count - first, l->text.hints,
				 l->text.hint_count);
	}
	/* Before the text is written over the bytes. */
	if ((st = check_finished(l)) != BG_OK)
		goto fail;
	if (!l->markers.done)
		find_markers(&l->markers, source, length);
	if ((st = l->markers.found) != BG_OK)
		goto fail;
	/* Room before the source for the paragraphs split off the lines:
	 * the buffer grown in place (a large one is remapped, not copied,
	 * so the text is never held twice) and the source moved up. */
	{
		size_t room = paragraphs_room(source, length, &indents, &stops);
		char *grown;
		if (room > l->text.start) {
			if (!(grown = realloc(l->text.buffer, room + length + 2))) {
				st = BG_ERR_NOMEM;
				goto fail;
			}
			memmove(grown + room, grown + l->text.start, length);
			l->text.buffer = grown;
			l->text.start = room;
			source = grown + room;
		}
	}
	st = paragraphs_build(doc, l->text.buffer, source, lines.items + first, lines.count - first,
			      l->markers.cuts, l->markers.count, &indents, &stops);
	free(indents.at);
	indents.at = NULL;
	free(stops.at);
	stops.at = NULL;
	if (st != BG_OK)
		goto fail;
	if (rules && (st = denoise_paragraphs(doc, rules, &lines.cost)) != BG_OK)
		goto fail;
	free(lines.items);
	lines.items = NULL;
	if (doc->paragraph_count == 0) {
		doc->text = NULL;
		doc_free(doc);
		return bg_fail(err, BG_ERR_BLANK, NULL);
	}
	if (!paragraphs_add_hints(doc, l->text.hints, l->text.hint_count) ||
	    !paragraphs_add_links(doc, l->text.links, l->text.link_count)) {
		st = BG_ERR_NOMEM;
		goto fail;
	}
	if (metadata) {
		meta_find(doc);
		properties_fallback(doc, &l->text);
		if (!doc->title)
			doc->title = meta_title_from_name(name);
	}
	*out = doc;
	return BG_OK;
fail:
	if (doc)
		doc->text = NULL;
	doc_free(doc);
	free(lines.items);
	free(indents.at);
	free(stops.at);
	if (st == BG_ERR_COSTLY)
		return noise_rule_too_costly(rules, lines.cost.costly, err);
	return bg_fail(err, st, NULL);
}

/* Gives back the end of the file's block that DOC's text, written over
 * it, leaves unused (indentation, line ends and markup taken out).  The
 * document holds offsets into its text, not pointers. */
static void
fit_text(struct doc *doc)
{
	char *fitted = realloc(doc->text, doc->text_length + 1);

	if (fitted)
		doc->text = fitted;
}

/* load_bytes for BUFFER, SIZE bytes of a file in a malloc'd block with room
 * for two bytes more, which the document's text is written over: BUFFER is
 * the document's or freed.  PARTIAL: they are only the start of the file,
 * or TEXT_MAX (not 0) bytes of its text are enough (a document's reader
 * may stop there). */
static enum bg_status
load_in_place(char *buffer, size_t size, const char *name, const struct load_options *options,
	      const struct load_tuning *tuning, bool partial, size_t text_max, struct doc **out,
	      struct bg_error *err)
{
	const struct reader *reader = tuning && tuning->reader ? tuning->reader
				      : reader_for(buffer, size < READER_HEAD ? size : READER_HEAD);
	const struct noise_rules *rules = options ? options->rules : NULL;
	struct loading l = { .markers = { .rules = rules } };
	struct reader_input in = { buffer, size, options ? options->encoding : NULL,
				   tuning ? tuning->check_beside_min : 0, find_markers, &l.markers,
				   text_max };

	*out = NULL;
	for (;;) {
		enum bg_status st = reader->read(&in, &l.text, err), checked;

		if (st != BG_OK)
			return st;
		l.checked = BG_OK;
		/* (A reader's warning is said: such a text is loaded.) */
		if (tuning && tuning->worth && !l.text.warning[0] && check_finished(&l) == BG_OK &&
		    !tuning->worth(tuning->worth_arg, l.text.buffer + l.text.start, l.text.length)) {
			free(l.markers.cuts);
			reader_text_free_extras(&l.text);
			free(l.text.buffer);
			return BG_OK;
		}
		st = build_doc(&l, name, options, partial, !(tuning && tuning->no_metadata), out, err);
		checked = check_finished(&l);
		free(l.written);
		l.written = NULL;
		l.written_count = 0;
		free(l.markers.cuts);
		l.markers = (struct markers){ .rules = rules };
		reader_text_free_extras(&l.text);
		if (checked != BG_ERR_ENCODING) {
			if (st != BG_OK)
				free(l.text.buffer);
			else if (*out) {
				(*out)->source_size = size;
				fit_text(*out);
			}
			return checked == BG_ERR_BINARY ? bg_fail(err, BG_ERR_BINARY, NULL) : st;
		}
		/* Not the text it was taken for, or lines split by CRs: read
		 * again, without the check beside. */
		in.bytes = l.text.buffer;
		in.check_beside_min = SIZE_MAX;
	}
}

enum bg_status
load_bytes(const char *bytes, size_t size, const char *name, const struct load_options *options,
	   struct doc **out, struct bg_error *err)
{
	return load_bytes_tuned(bytes, size, name, options, NULL, out, err);
}

enum bg_status
load_bytes_tuned(const char *bytes, size_t size, const char *name,
		 const struct load_options *options, const struct load_tuning *tuning,
		 struct doc **out, struct bg_error *err)
{
	char *buffer = malloc(size + 2);

	*out = NULL;
	if (!buffer)
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	memcpy(buffer, bytes, size);
	return load_in_place(buffer, size, name, options, tuning, false, 0, out, err);
}

enum bg_status
load_file(const char *path, const struct load_options *options, struct doc **out,
	  struct bg_error *err)
{
	return load_file_tuned(path, options, NULL, out, err);
}

/* The reader a file's first chunk asks for, and the encoding it was
 * named in: what read_file may refuse before reading on. */
struct screen {
	const struct reader *reader;
	const char *encoding;
};

static enum bg_status
screen_chunk(void *arg, const char *chunk, size_t n, bool first)
{
	struct screen *s = arg;

	if (!s->reader)
		s->reader = reader_for(chunk, n < READER_HEAD ? n : READER_HEAD);
	/* text in an encoding the user named may hold NULs (UTF-16) */
	if (s->reader != &reader_text || s->encoding)
		return BG_OK;
	return reader_text_screen(chunk, n, first);
}

enum bg_status
load_file_tuned(const char *path, const struct load_options *options,
		const struct load_tuning *tuning, struct doc **out, struct bg_error *err)
{
	char *bytes;
	size_t size;
	enum bg_status st;

	struct screen screen = { tuning ? tuning->reader : NULL, options ? options->encoding : NULL };
	struct read_guard guard = { options ? options->max_size : 0, screen_chunk, &screen };

	*out = NULL;
	st = read_file(path, SIZE_MAX, tuning ? tuning->read_halves_min : 0, &guard, &bytes, &size,
		       err);
	if (st != BG_OK)
		return st;
	return load_in_place(bytes, size, path, options, tuning, false, 0, out, err);
}

enum bg_status
load_file_head(const char *path, const struct load_options *options, size_t max,
	       struct doc **out, struct bg_error *err)
{
	char *bytes;
	size_t n;
	const char *last_newline;
	enum bg_status st;

	struct screen screen = { NULL, options ? options->encoding : NULL };
	struct read_guard guard = { options ? options->max_size : 0, screen_chunk, &screen };

	*out = NULL;
	st = read_file(path, max, 0, &guard, &bytes, &n, err);
	if (st != BG_OK)
		return st;
	if (screen.reader && screen.reader->gives_start) {
		/* A document (a zip) is read whole, and its reader gives the
		 * start of its text. */
		free(bytes);
		st = read_file(path, SIZE_MAX, 0, &guard, &bytes, &n, err);
		if (st != BG_OK)
			return st;
		return load_in_place(bytes, n, path, options, NULL, true, max, out, err);
	}
	/* Whole lines only: a line break never falls inside a character,
	 * in UTF-8 or in GB18030. */
	last_newline = n > 0 ? memrchr(bytes, '\n', n) : NULL;
	if (last_newline)
		n = (size_t)(last_newline - bytes) + 1;
	return load_in_place(bytes, n, path, options, NULL, true, 0, out, err);
}
