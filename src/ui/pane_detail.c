/* pane_detail.c - the detail pane: the whole report as one continuous
 * text, wrapped to the pane, with the breadcrumb of the current section
 * on its first row.
 *
 * Work is proportional to the screen: a paragraph is wrapped only when a
 * line of it is about to be shown, and kept in a cache by width.  A
 * position is (paragraph, piece, line); a paragraph longer than PIECE
 * bytes (a whole book on one line) is wrapped a piece at a time. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "ui/pane.h"

#define PIECE ((size_t)1 << 16)
#define CACHE_SLOTS 1024
#define INDENT 4

/* A paragraph (or a piece of a long one) wrapped at WIDTH. */
struct block {
	bool valid;
	size_t paragraph;
	size_t piece;
	int width;
	struct layout_line *lines;      /* offsets into doc->text */
	size_t count;
	size_t first_text;              /* 1 when a blank line stands before the text */
	int indent;                     /* columns before the first text line */
};

struct position {
	size_t paragraph;
	size_t piece;
	size_t line;
};

/* What a row of the pane shows, kept from the last draw. */
struct row {
	size_t start, end;              /* doc->text offsets; start == end for a blank row */
	bool text;
};

struct detail {
	struct pane pane;
	struct block cache[CACHE_SLOTS];
	struct layout_line empty_line;
	struct block empty;             /* stands in when memory runs out */
	int wrap_width;
	struct position top;
	struct row *rows;
	int row_count;
};

static struct detail *
detail_of(struct pane *pane)
{
	return (struct detail *)pane;
}

static int
text_rows(const struct detail *d)
{
	return d->pane.height > 1 ? d->pane.height - 1 : 0;
}

static size_t
piece_start(const struct doc *doc, size_t paragraph, size_t piece)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	size_t end = p->offset + p->length, at;

	if (piece == 0)
		return p->offset;
	if (piece > p->length / PIECE)
		return end;
	at = p->offset + piece * PIECE;
	while (at < end && ((unsigned char)doc->text[at] & 0xc0) == 0x80)
		at++;
	return at;
}

static size_t
piece_count(const struct doc *doc, size_t paragraph)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	size_t count = p->length <= PIECE ? 1 : (p->length + PIECE - 1) / PIECE;

	while (count > 1 && piece_start(doc, paragraph, count - 1) >= p->offset + p->length)
		count--;
	return count;
}

static size_t
piece_at(const struct doc *doc, size_t paragraph, size_t offset)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	size_t count = piece_count(doc, paragraph), piece;

	if (offset <= p->offset)
		return 0;
	piece = (offset - p->offset) / PIECE;
	if (piece >= count)
		piece = count - 1;
	while (piece > 0 && piece_start(doc, paragraph, piece) > offset)
		piece--;
	return piece;
}

/* The heading that starts exactly at OFFSET, or NULL. */
static const struct outline_node *
heading_at(const struct outline *outline, size_t offset)
{
	size_t i = outline_count_before(outline, offset);

	return i < outline->count && outline->nodes[i]->offset == offset ? outline->nodes[i] : NULL;
}

/* Official documents indent every paragraph by two characters; the title
 * and headings that stand alone on their line are not indented, and a
 * blank line sets off top-level headings and what the source set off. */
static void
paragraph_style(const struct ui *ui, size_t paragraph, bool *blank, int *indent)
{
	const struct doc *doc = ui->doc;
	const struct paragraph *p = &doc->paragraphs[paragraph];
	const struct outline_node *h = heading_at(ui->outline, p->offset);
	bool alone = h && h->body >= p->offset + p->length;

	*blank = paragraph > 0 && (p->blank_before || (h && h->depth == 1) ||
				   paragraph == doc->title_paragraph + 1);
	*indent = alone || paragraph == doc->title_paragraph || p->md_level ? 0 : INDENT;
}

static struct block *
block_get(struct detail *d, struct ui *ui, size_t paragraph, size_t piece)
{
	size_t slot = (paragraph * 31 + piece) % CACHE_SLOTS;
	struct block *b = &d->cache[slot];
	const struct doc *doc = ui->doc;
	size_t start, end, count;
	struct layout_line *lines;
	bool blank = false;
	int indent = 0;

	if (b->valid && b->paragraph == paragraph && b->piece == piece && b->width == d->wrap_width)
		return b;
	start = piece_start(doc, paragraph, piece);
	end = piece + 1 < piece_count(doc, paragraph) ? piece_start(doc, paragraph, piece + 1)
		: doc->paragraphs[paragraph].offset + doc->paragraphs[paragraph].length;
	if (piece == 0)
		paragraph_style(ui, paragraph, &blank, &indent);
	if (indent >= d->wrap_width / 2)
		indent = 0;
	free(b->lines);
	b->lines = NULL;
	b->valid = false;
	if (!layout_wrap(doc->text + start, end - start, d->wrap_width, indent, &lines, &count)) {
		browse_message(ui->browse, true, "out of memory");
		d->empty_line = (struct layout_line){ start, 0, 0 };
		d->empty = (struct block){ true, paragraph, piece, d->wrap_width, &d->empty_line, 1, 0, 0 };
		return &d->empty;
	}
	if (blank) {
		struct layout_line *more = realloc(lines, (count + 1) * sizeof *more);
		if (more) {
			memmove(more + 1, more, count * sizeof *more);
			more[0] = (struct layout_line){ 0, 0, 0 };
			lines = more;
			count++;
		} else {
			blank = false;
		}
	}
	for (size_t i = 0; i < count; i++)
		lines[i].offset += start;
	if (blank)
		lines[0].offset = start;
	*b = (struct block){ true, paragraph, piece, d->wrap_width, lines, count, blank ? 1 : 0, indent };
	return b;
}

static void
cache_clear(struct detail *d)
{
	for (size_t i = 0; i < CACHE_SLOTS; i++) {
		free(d->cache[i].lines);
		d->cache[i].lines = NULL;
		d->cache[i].valid = false;
	}
}

static bool
next_line(struct detail *d, struct ui *ui, struct position *pos)
{
	struct block *b;

	if (ui->doc->paragraph_count == 0)
		return false;
	b = block_get(d, ui, pos->paragraph, pos->piece);
	if (pos->line + 1 < b->count) {
		pos->line++;
		return true;
	}
	if (pos->piece + 1 < piece_count(ui->doc, pos->paragraph)) {
		pos->piece++;
		pos->line = 0;
		return true;
	}
	if (pos->paragraph + 1 < ui->doc->paragraph_count) {
		pos->paragraph++;
		pos->piece = 0;
		pos->line = 0;
		return true;
	}
	return false;
}

static bool
prev_line(struct detail *d, struct ui *ui, struct position *pos)
{
	if (pos->line > 0) {
		pos->line--;
		return true;
	}
	if (pos->piece > 0)
		pos->piece--;
	else if (pos->paragraph > 0) {
		pos->paragraph--;
		pos->piece = piece_count(ui->doc, pos->paragraph) - 1;
	} else
		return false;
	pos->line = block_get(d, ui, pos->paragraph, pos->piece)->count - 1;
	return true;
}

/* The position of the text line holding OFFSET. */
static struct position
position_at(struct detail *d, struct ui *ui, size_t offset)
{
	struct position pos = { 0, 0, 0 };
	struct block *b;
	size_t lo, hi;

	if (ui->doc->paragraph_count == 0)
		return pos;
	pos.paragraph = doc_paragraph_at(ui->doc, offset);
	pos.piece = piece_at(ui->doc, pos.paragraph, offset);
	b = block_get(d, ui, pos.paragraph, pos.piece);
	lo = b->first_text;
	hi = b->count;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (b->lines[mid].offset <= offset)
			lo = mid;
		else
			hi = mid;
	}
	pos.line = lo < b->count ? lo : 0;
	return pos;
}

static const struct layout_line *
line_of(struct detail *d, struct ui *ui, const struct position *pos)
{
	return &block_get(d, ui, pos->paragraph, pos->piece)->lines[pos->line];
}

static void
report_top(struct detail *d, struct ui *ui)
{
	if (ui->doc->paragraph_count == 0)
		return;
	browse_scrolled(ui->browse, line_of(d, ui, &d->top)->offset);
}

/* Scrolls down by N lines, but not so far that the end of the text
 * leaves the bottom row, unless it is there already. */
static void
scroll_down(struct detail *d, struct ui *ui, int n)
{
	struct position pos = d->top;
	int rows = text_rows(d), after = 0;

	while (after < n + rows - 1 && next_line(d, ui, &pos))
		after++;
	/* AFTER lines follow the top line (up to what we need to know) */
	if (after >= n + rows - 1)
		after = n;
	else
		after = after - (rows - 1) > 0 ? after - (rows - 1) : 0;
	for (int i = 0; i < after; i++)
		next_line(d, ui, &d->top);
	report_top(d, ui);
}

static void
scroll_up(struct detail *d, struct ui *ui, int n)
{
	for (int i = 0; i < n && prev_line(d, ui, &d->top); i++)
		;
	report_top(d, ui);
}

static void
to_bottom(struct detail *d, struct ui *ui)
{
	const struct doc *doc = ui->doc;
	struct position pos;

	if (doc->paragraph_count == 0)
		return;
	pos.paragraph = doc->paragraph_count - 1;
	pos.piece = piece_count(doc, pos.paragraph) - 1;
	pos.line = block_get(d, ui, pos.paragraph, pos.piece)->count - 1;
	for (int i = 1; i < text_rows(d) && prev_line(d, ui, &pos); i++)
		;
	browse_goto(ui->browse, line_of(d, ui, &pos)->offset, true);
	d->top = pos;   /* a blank line may stand first: keep it */
}

/* Styles: headings by depth, figures by kind, matches over all. */
struct style_context {
	struct ui *ui;
	size_t start, end;              /* the line */
	size_t heading_first, heading_last;   /* nodes overlapping the line: [first, last) */
	size_t figure_first, match_first;
	size_t selected_figure;
};

static attr_t
style_at(void *context, size_t offset)
{
	struct style_context *c = context;
	struct ui *ui = c->ui;
	const struct theme *t = &ui->theme;
	attr_t attr = A_NORMAL;

	for (size_t i = c->heading_first; i < c->heading_last; i++) {
		const struct outline_node *h = ui->outline->nodes[i];
		if (offset >= h->offset && offset < h->body) {
			attr = t->heading[h->depth >= 3 ? 2 : h->depth - 1 < 0 ? 0 : h->depth - 1];
			break;
		}
	}
	for (size_t i = c->figure_first; i < ui->figures->count; i++) {
		const struct figure *f = &ui->figures->items[i];
		if (f->offset >= c->end || f->offset > offset)
			break;
		if (offset < f->offset + f->length) {
			attr |= i == c->selected_figure ? t->selected_figure : t->figure[f->kind];
			break;
		}
	}
	for (size_t i = c->match_first; i < ui->browse->search.matches.count; i++) {
		const struct match *m = &ui->browse->search.matches.items[i];
		if (m->offset >= c->end || m->offset > offset)
			break;
		if (offset < m->offset + m->length) {
			attr = i == ui->browse->search.current_match ? t->current_match : (attr & A_BOLD) | t->match;
			break;
		}
	}
	return attr;
}

static void
style_line(struct style_context *c, struct ui *ui, size_t start, size_t end)
{
	const struct outline *o = ui->outline;
	/* headings are in text order and their [offset, body) ranges do not
	 * overlap: the ones on the line are just before the first one after it */
	size_t lo = outline_count_before(o, end);

	c->ui = ui;
	c->start = start;
	c->end = end;
	c->heading_last = lo;
	c->heading_first = lo;
	while (c->heading_first > 0 && lo - c->heading_first < 16 &&
	       o->nodes[c->heading_first - 1]->body > start)
		c->heading_first--;
	c->figure_first = browse_first_figure(ui->browse, start);
	c->match_first = browse_first_match(ui->browse, start);
	c->selected_figure = ui->figures_shown && ui->focus == PANE_FIGURES
		? browse_selected_figure(ui->browse) : SIZE_MAX;
}

static void
draw_breadcrumb(struct detail *d, struct ui *ui)
{
	WINDOW *win = d->pane.win;
	const struct outline_node *path[64];
	size_t depth = ui->browse->section ? outline_path(ui->browse->section, path, 64) : 0;
	const struct theme *t = &ui->theme;
	int width = d->pane.width - 1, col = 1;

	draw_fill(win, 0, 0, d->pane.width, t->breadcrumb);
	if (depth == 0) {
		const char *title = ui->doc->title ? ui->doc->title : ui->doc->name;
		if (title)
			draw_truncated(win, 0, col, width - col, title, strlen(title), t->breadcrumb,
				       &ui->glyphs);
		return;
	}
	for (size_t i = 0; i < depth && col < width; i++) {
		const struct outline_node *n = path[i];
		int room = width - col, share;
		int label = layout_width(n->label, strlen(n->label));
		int sep = layout_width(ui->glyphs.separator, strlen(ui->glyphs.separator));

		/* the section being read gets what is left; those above it
		 * are shortened to leave room for it, but keep their labels */
		share = i + 1 == depth ? room : room / 3 < 16 ? room / 3 : 16;
		if (share < label + 2)
			share = label + 2 < room ? label + 2 : room;
		col += draw_heading(win, 0, col, share, n, t->breadcrumb, &ui->glyphs);
		if (i + 1 < depth && col + sep < width)
			col += draw_text(win, 0, col, width - col, ui->glyphs.separator,
					 strlen(ui->glyphs.separator), t->breadcrumb);
	}
}

static void
detail_draw(struct pane *pane, struct ui *ui)
{
	struct detail *d = detail_of(pane);
	WINDOW *win = pane->win;
	struct position pos = d->top;
	bool more = ui->doc->paragraph_count > 0;
	size_t bottom = 0;
	int rows = text_rows(d);

	werase(win);
	draw_breadcrumb(d, ui);
	if (d->row_count < rows) {
		struct row *bigger = realloc(d->rows, (size_t)rows * sizeof *bigger);
		if (!bigger) {
			d->row_count = 0;
			return;
		}
		d->rows = bigger;
		d->row_count = rows;
	}
	for (int r = 0; r < rows; r++) {
		struct row *row = &d->rows[r];

		*row = (struct row){ SIZE_MAX, SIZE_MAX, false };
		if (!more)
			continue;
		struct block *b = block_get(d, ui, pos.paragraph, pos.piece);
		const struct layout_line *l = &b->lines[pos.line];
		int col = 1;

		if (pos.line >= b->first_text) {
			struct style_context c;

			if (pos.line == b->first_text && pos.piece == 0)
				col += b->indent;
			style_line(&c, ui, l->offset, l->offset + l->length);
			draw_styled(win, r + 1, col, d->wrap_width + 1 - col, ui->doc->text + l->offset,
				    l->length, l->offset, style_at, &c);
			*row = (struct row){ l->offset, l->offset + l->length, true };
		} else {
			*row = (struct row){ l->offset, l->offset, false };
		}
		bottom = l->offset + l->length;
		more = next_line(d, ui, &pos);
	}
	if (!more)
		bottom = ui->doc->text_length;
	ui->percent = ui->doc->text_length ? bottom * 100 / ui->doc->text_length : 100;
}

bool
detail_pane_shows(struct pane *pane, size_t offset)
{
	struct detail *d = detail_of(pane);

	for (int r = 0; r < text_rows(d) && r < d->row_count; r++)
		if (d->rows[r].text && offset >= d->rows[r].start && offset < d->rows[r].end)
			return true;
	return false;
}

static bool
detail_key(struct pane *pane, struct ui *ui, enum action action, int key)
{
	struct detail *d = detail_of(pane);
	int rows = text_rows(d);

	(void)key;
	if (ui->doc->paragraph_count == 0)
		return false;
	switch (action) {
	case ACTION_DOWN: scroll_down(d, ui, 1); return true;
	case ACTION_UP: scroll_up(d, ui, 1); return true;
	case ACTION_PAGE_DOWN: scroll_down(d, ui, rows > 2 ? rows - 1 : 1); return true;
	case ACTION_PAGE_UP: scroll_up(d, ui, rows > 2 ? rows - 1 : 1); return true;
	case ACTION_HALF_DOWN: scroll_down(d, ui, rows > 1 ? rows / 2 : 1); return true;
	case ACTION_HALF_UP: scroll_up(d, ui, rows > 1 ? rows / 2 : 1); return true;
	case ACTION_BOTTOM: to_bottom(d, ui); return true;
	default: return false;
	}
}

void
detail_pane_follow(struct pane *pane, struct ui *ui)
{
	struct detail *d = detail_of(pane);

	d->top = position_at(d, ui, ui->browse->anchor);
}

static void
detail_resize(struct pane *pane, struct ui *ui)
{
	struct detail *d = detail_of(pane);
	int width = pane->width - 2 > 1 ? pane->width - 2 : 1;

	if (width != d->wrap_width) {
		cache_clear(d);
		d->wrap_width = width;
	}
	/* the line holding the reading position comes back to the top */
	d->top = position_at(d, ui, ui->browse->anchor);
}

static void
detail_mouse(struct pane *pane, struct ui *ui, int row, int col, mmask_t buttons)
{
	struct detail *d = detail_of(pane);

	(void)row;
	(void)col;
	if (ui->doc->paragraph_count == 0)
		return;
	if (buttons & BUTTON4_PRESSED)
		scroll_up(d, ui, 3);
#ifdef BUTTON5_PRESSED
	else if (buttons & BUTTON5_PRESSED)
		scroll_down(d, ui, 3);
#endif
}

static void
detail_reset(struct pane *pane, struct ui *ui)
{
	struct detail *d = detail_of(pane);

	(void)ui;
	cache_clear(d);
	d->top = (struct position){ 0, 0, 0 };
}

static void
detail_destroy(struct pane *pane)
{
	struct detail *d = detail_of(pane);

	cache_clear(d);
	free(d->rows);
	free(d);
}

static const struct pane_ops detail_ops = {
	"text", detail_draw, detail_key, detail_resize, detail_mouse, detail_reset,
	detail_destroy
};

struct pane *
detail_pane_new(struct ui *ui)
{
	struct detail *d = calloc(1, sizeof *d);

	(void)ui;
	if (!d)
		return NULL;
	d->pane.ops = &detail_ops;
	d->wrap_width = 1;
	return &d->pane;
}
