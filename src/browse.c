/* SPDX-License-Identifier: GPL-3.0-or-later */
/* browse.c - the browser's state without a terminal: the reading
 * position and the jumps, the matches and n/N, the figures listed and the
 * one selected, the outline's folds and rows (the wrapped text is in
 * browse_text.c). */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "browse.h"

void
browse_message(struct browse *b, bool error, const char *format, ...)
{
	va_list ap;

	va_start(ap, format);
	vsnprintf(b->message, sizeof b->message, format, ap);
	va_end(ap);
	b->message_is_error = error;
}

void
browse_clear_message(struct browse *b)
{
	b->message[0] = '\0';
}

/* Whether the text on screen holds OFFSET. */
static bool
shows(const struct browse *b, size_t offset)
{
	return b->shows && b->shows(b->context, offset);
}


void
browse_remember(struct browse *b, size_t offset)
{
	if (b->jump_index < b->jump_count)
		b->jump_count = b->jump_index;
	if (b->jump_count > 0 && b->jumps[b->jump_count - 1] == offset)
		return;
	if (b->jump_count == BROWSE_JUMPS) {
		memmove(b->jumps, b->jumps + 1, (BROWSE_JUMPS - 1) * sizeof b->jumps[0]);
		b->jump_count--;
	}
	b->jumps[b->jump_count++] = offset;
	b->jump_index = b->jump_count;
}

static void
set_anchor(struct browse *b, size_t offset)
{
	if (offset > b->doc->text_length)
		offset = b->doc->text_length;
	b->anchor = offset;
	b->section = outline_section_at(b->outline, offset);
}

void
browse_goto(struct browse *b, size_t offset, bool jump)
{
	if (jump)
		browse_remember(b, b->anchor);
	set_anchor(b, offset);
	browse_text_follow(b);
	browse_list_figures(b);
}

void
browse_scrolled(struct browse *b, size_t offset)
{
	set_anchor(b, offset);
	browse_list_figures(b);
}

size_t
browse_first_match(const struct browse *b, size_t offset)
{
	size_t lo = 0, hi = b->search.matches.count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct match *m = &b->search.matches.items[mid];
		if (m->offset + m->length <= offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t
browse_match_count(const struct browse *b, size_t start, size_t end)
{
	return search_match_after(&b->search.matches, end) - search_match_after(&b->search.matches, start);
}

size_t
browse_first_figure(const struct browse *b, size_t offset)
{
	size_t lo = 0, hi = b->figures->count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct figure *f = &b->figures->items[mid];
		if (f->offset + f->length <= offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void
browse_history(struct browse *b, bool back)
{
	if (back) {
		if (b->jump_index == 0) {
			browse_message(b, false, _("no older position"));
			return;
		}
		if (b->jump_index == b->jump_count) {
			browse_remember(b, b->anchor);
			b->jump_index = b->jump_count - 1;
			if (b->jump_index == 0) {
				browse_message(b, false, _("no older position"));
				return;
			}
		}
		b->jump_index--;
	} else {
		if (b->jump_index + 1 >= b->jump_count) {
			browse_message(b, false, _("no newer position"));
			return;
		}
		b->jump_index++;
	}
	browse_goto(b, b->jumps[b->jump_index], false);
}

void
browse_jump_back(struct browse *b)
{
	size_t target;

	if (b->jump_count == 0) {
		browse_message(b, false, _("no jump yet"));
		return;
	}
	target = b->jumps[b->jump_count - 1];
	b->jumps[b->jump_count - 1] = b->anchor;
	b->jump_index = b->jump_count;
	browse_goto(b, target, false);
}

static const struct outline_node *
heading_after(const struct browse *b, size_t offset)
{
	size_t i = outline_count_before(b->outline, offset + 1);
	return i < b->outline->count ? b->outline->nodes[i] : NULL;
}

static const struct outline_node *
heading_before(const struct browse *b, size_t offset)
{
	size_t i = outline_count_before(b->outline, offset);
	return i > 0 ? b->outline->nodes[i - 1] : NULL;
}

static void
goto_heading(struct browse *b, const struct outline_node *node, const char *none)
{
	if (!node) {
		browse_message(b, false, "%s", none);
		return;
	}
	browse_goto(b, node->depth == 0 ? 0 : node->offset, true);
}

void
browse_sibling(struct browse *b, bool next)
{
	const struct outline_node *s = b->section, *parent = s->parent;

	if (s->depth == 0) {
		goto_heading(b, next && s->child_count ? s->children[0] : NULL,
			     next ? _("no sections") : _("at the start of the report"));
		return;
	}
	if (!next && b->anchor > s->offset) {
		goto_heading(b, s, "");
		return;
	}
	for (size_t i = 0; parent && i < parent->child_count; i++) {
		if (parent->children[i] != s)
			continue;
		if (next)
			goto_heading(b, i + 1 < parent->child_count ? parent->children[i + 1] : NULL,
				     _("no next section at this level"));
		else
			goto_heading(b, i > 0 ? parent->children[i - 1] : NULL,
				     _("no previous section at this level"));
		return;
	}
}

void
browse_set_matches(struct browse *b, struct match_list *matches)
{
	search_free(&b->search.matches);
	b->search.matches = *matches;
	b->search.current_match = SIZE_MAX;
	b->search_generation++;
}


/* While a search is typed, the text near the reading position is searched
 * at once -- whole sections, from the one at OFFSET to a megabyte on -- and
 * the whole report beside the keys (b->counting), so that a keystroke
 * costs the same on any size of report. */
enum { NEAR_TEXT = 1 << 20 };

/* What the screen shows and a good deal more: the search typed looks
 * here first, in the thread that reads the keys, so that a match near the
 * reading position is drawn without waiting for another thread. */
enum { NEAR_SCREEN = 1 << 16 };

/* The offset of the last heading at or before OFFSET (FROM_END: the
 * first at or after it) that starts a paragraph: a section boundary the
 * search can start or stop at.  NONE when there is none. */
static size_t
paragraph_heading(const struct browse *b, size_t offset, bool from_end, size_t none)
{
	const struct outline *o = b->outline;
	const struct doc *doc = b->doc;
	size_t i = outline_count_before(o, from_end ? offset : offset + 1);

	for (;;) {
		const struct outline_node *node;
		if (from_end ? i >= o->count : i == 0)
			return none;
		node = o->nodes[from_end ? i++ : --i];
		if (doc->paragraphs[doc_paragraph_at(doc, node->offset)].offset == node->offset)
			return node->offset;
	}
}

/* The sections from the one at OFFSET to those BYTES on. */
static void
near_range(const struct browse *b, size_t offset, size_t bytes, size_t *start, size_t *end)
{
	*end = b->doc->text_length;
	if (offset + bytes < *end)
		*end = paragraph_heading(b, offset + bytes, true, *end);
	*start = paragraph_heading(b, offset, false, 0);
}

void
browse_near_range(const struct browse *b, size_t offset, size_t *start, size_t *end)
{
	near_range(b, offset, NEAR_TEXT, start, end);
}

void
browse_screen_range(const struct browse *b, size_t offset, size_t *start, size_t *end)
{
	near_range(b, offset, NEAR_SCREEN, start, end);
}

void
browse_search_failed(struct browse *b, const struct bg_error *err)
{
	b->counting = false;
	browse_message(b, true, "%s%s%s", bg_status_message(err->status), err->detail[0] ? ": " : "",
		       err->detail);
	browse_set_matches(b, &(struct match_list){ NULL, 0 });
}

void
browse_search_begin(struct browse *b, const char *terms)
{
	browse_set_matches(b, &(struct match_list){ NULL, 0 });
	if (terms != b->search.terms)
		snprintf(b->search.terms, sizeof b->search.terms, "%s", terms);
	b->search.searched = true;
	b->counting = true;
}

void
browse_found(struct browse *b, struct match_list *matches, bool whole)
{
	browse_set_matches(b, matches);
	*matches = (struct match_list){ NULL, 0 };
	b->counting = !whole;
}

bool
browse_search(struct browse *b, const char *terms)
{
	struct search_query *query = NULL;
	struct search_found *found = NULL;
	struct bg_error err = { BG_OK, "" };
	struct match_list matches = { NULL, 0 };

	if (search_compile_with(terms, b->search.flags, &query, &err) != BG_OK) {
		browse_search_failed(b, &err);
		return false;
	}
	err.status = search_find(query, b->doc, &found);
	if (err.status == BG_OK)
		err.status = search_assign(query, found, b->doc, b->outline, &matches);
	search_found_free(found);
	search_query_free(query);
	if (err.status != BG_OK) {
		browse_search_failed(b, &err);
		return false;
	}
	browse_search_begin(b, terms);
	browse_found(b, &matches, true);
	return true;
}

void
browse_show_match(struct browse *b, size_t i, bool jump)
{
	size_t offset = b->search.matches.items[i].offset;

	b->search.current_match = i;
	if (!shows(b, offset)) {
		browse_goto(b, offset, jump);
	} else {
		/* On the screen already: the text stays, and the section
		 * named is the match's. */
		b->section = outline_section_at(b->outline, offset);
		browse_list_figures(b);
	}
}

/* The first match at or after OFFSET, wrapping to the first one. */
size_t
browse_match_from(const struct browse *b, size_t offset)
{
	size_t i = browse_first_match(b, offset + 1);

	while (i < b->search.matches.count && b->search.matches.items[i].offset < offset)
		i++;
	return i < b->search.matches.count ? i : 0;
}

void
browse_next_match(struct browse *b, bool forward)
{
	size_t count, i;
	bool wrapped = false;

	count = b->search.matches.count;
	if (!b->search.searched) {
		browse_message(b, true, _("no search yet: press / to search"));
		return;
	}
	if (count == 0) {
		browse_message(b, true, _("not found: %s"), b->search.terms);
		return;
	}
	if (b->search.current_match < count &&
	    shows(b, b->search.matches.items[b->search.current_match].offset)) {
		i = b->search.current_match;
		if (forward) {
			wrapped = i + 1 == count;
			i = wrapped ? 0 : i + 1;
		} else {
			wrapped = i == 0;
			i = wrapped ? count - 1 : i - 1;
		}
	} else if (forward) {
		i = browse_match_from(b, b->anchor);
		wrapped = i == 0 && b->search.matches.items[0].offset < b->anchor;
	} else {
		i = browse_first_match(b, b->anchor);
		while (i > 0 && b->search.matches.items[i - 1].offset >= b->anchor)
			i--;
		wrapped = i == 0;
		i = i == 0 ? count - 1 : i - 1;
	}
	if (wrapped)
		browse_message(b, false, "%s", forward ? _("search hit the end, continuing at the top")
						    : _("search hit the top, continuing at the end"));
	browse_show_match(b, i, true);
}

/* Shows the first match at or after where the search started, if it is
 * known yet: near it, or (once counted) anywhere, wrapping to the top. */
void
browse_show_near(struct browse *b, size_t origin)
{
	size_t i;

	if (b->search.matches.count == 0)
		return;
	i = browse_match_from(b, origin);
	/* no wrapping to the top before the count: the next match may lie
	 * past the text searched so far */
	if (!b->counting || b->search.matches.items[i].offset >= origin)
		browse_show_match(b, i, false);
}

void
browse_section(struct browse *b, size_t n)
{
	const struct outline_node *root = &b->outline->root;

	if (n >= 1 && n <= root->child_count)
		goto_heading(b, root->children[n - 1], "");
	else
		browse_message(b, false, _("there is no top-level section %zu"), n);
}

void
browse_heading(struct browse *b, bool next)
{
	if (next)
		goto_heading(b, heading_after(b, b->anchor), _("no heading below"));
	else
		goto_heading(b, heading_before(b, b->anchor), _("no heading above"));
}

void
browse_parent(struct browse *b)
{
	if (b->section->depth == 0)
		browse_message(b, false, _("at the top level"));
	else
		goto_heading(b, b->section->parent, "");
}

void
browse_clear_search(struct browse *b)
{
	browse_set_matches(b, &(struct match_list){ NULL, 0 });
	b->search.searched = false;
	b->counting = false;
}

void
browse_set_search_flags(struct browse *b, unsigned flags)
{
	b->search.flags = flags;
}

void
browse_set_unsearched(struct browse *b)
{
	b->search.searched = false;
}

void
browse_set_counting(struct browse *b, bool counting)
{
	b->counting = counting;
}

void
browse_counted(struct browse *b, struct match_list *matches, size_t near)
{
	size_t at = SIZE_MAX;

	b->counting = false;
	if (b->search.current_match < b->search.matches.count)
		at = b->search.matches.items[b->search.current_match].offset;
	browse_set_matches(b, matches);
	*matches = (struct match_list){ NULL, 0 };
	if (at != SIZE_MAX)
		b->search.current_match = search_match_after(&b->search.matches, at);
	else if (near != SIZE_MAX)
		browse_show_near(b, near);
	else if (b->search.matches.count > 0)
		browse_show_match(b, browse_match_from(b, b->anchor), false);
}

void
browse_toggle_sparse(struct browse *b)
{
	if (!b->search.searched || b->search.matches.count == 0) {
		browse_message(b, false, _("no matches to show: search with / first"));
		b->sparse = false;
	} else {
		b->sparse = !b->sparse;
		browse_message(b, false, "%s", b->sparse ? _("only the sections that match") : _("the whole outline"));
	}
}

void
browse_save_search(struct browse *b, struct browse_search *saved)
{
	*saved = b->search;
	b->search.matches = (struct match_list){ NULL, 0 };
	b->search.current_match = SIZE_MAX;
	b->search_generation++;
}

void
browse_restore_search(struct browse *b, struct browse_search *saved)
{
	b->counting = false;
	browse_set_matches(b, &saved->matches);
	saved->matches = (struct match_list){ NULL, 0 };
	snprintf(b->search.terms, sizeof b->search.terms, "%s", saved->terms);
	b->search.flags = saved->flags;
	b->search.searched = saved->searched;
	b->search.current_match = saved->current_match;
	b->search.scope = saved->scope;
}

void
browse_scope_of(const struct browse *b, const struct outline_node *section, struct browse_scope *scope)
{
	const char *name;
	size_t n;

	memset(scope, 0, sizeof *scope);
	if (!section || section->depth == 0)
		return;
	scope->on = true;
	scope->start = section->offset;
	scope->end = section->end < b->doc->text_length ? section->end : b->doc->text_length;
	if (scope->end < scope->start)
		scope->end = scope->start;
	/* 三、, or a heading without a label by its title's first
	 * characters, whole (cut at a character) */
	name = section->label && section->label[0] ? section->label : section->title ? section->title : "";
	n = strlen(name);
	if (n >= sizeof scope->label) {
		n = sizeof scope->label - 1;
		while (n > 0 && ((unsigned char)name[n] & 0xc0) == 0x80)
			n--;
	}
	memcpy(scope->label, name, n);
	scope->label[n] = '\0';
}

void
browse_set_scope(struct browse *b, const struct browse_scope *scope)
{
	b->search.scope = *scope;
}

void
browse_search_range(const struct browse *b, size_t *start, size_t *end)
{
	*start = b->search.scope.on ? b->search.scope.start : 0;
	*end = b->search.scope.on ? b->search.scope.end : b->doc->text_length;
}

size_t
browse_section_matches(const struct browse *b, const struct outline_node *node)
{
	if (node->depth == 0)
		return b->search.matches.count;
	return browse_match_count(b, node->offset, node->end);
}

/* ---- the figures ---- */

/* Selects the row of figure KEEP; without it, in document order, the
 * first row after it; else the first row. */
static void
select_row(struct browse *b, size_t keep)
{
	const struct figure_rows *rows = &b->figure_rows;

	b->figure_row = 0;
	for (size_t i = 0; i < rows->count; i++)
		if (rows->items[i] == keep) {
			b->figure_row = i;
			return;
		}
	if (b->figure_order == FIGURE_BY_POSITION)
		for (size_t i = 0; i < rows->count; i++)
			if (rows->items[i] >= keep) {
				b->figure_row = i;
				return;
			}
}

/* Makes the panel's rows of the figures listed, selecting the row of
 * figure KEEP (see select_row). */
static void
make_rows(struct browse *b, size_t keep)
{
	struct figure_filter filter = { b->figure_order, b->figure_kind, b->figure_filter };

	b->figures_listed++;
	b->figure_rows_due = FIGURE_ROWS_READY;
	if (figure_rows_make(b->doc, b->figures, b->figure_first, b->figure_last, &filter,
			     &b->figure_rows) != BG_OK) {
		figure_rows_free(&b->figure_rows);
		browse_message(b, true, "%s", bg_status_message(BG_ERR_NOMEM));
	}
	select_row(b, keep);
}

/* Lists the figures of the current section, or all of them; the rows are
 * to be made again when they are others, or when REMAKE (the figures have
 * changed), else the figure at the reading position is to be selected:
 * the whole report's rows, sorted, are not sorted again at each section.
 * Either is done when the rows are read (browse_figure_rows). */
static void
list_figures(struct browse *b, bool remake)
{
	const struct outline_node *s = b->section;
	size_t first, last;

	b->figure_section = s;
	b->figures_listed_all = b->figures_all || !s || s->depth == 0;
	if (b->figures_listed_all) {
		first = 0;
		last = b->figures->count;
	} else {
		first = browse_first_figure(b, s->offset);
		last = browse_first_figure(b, s->end);
	}
	remake = remake || first != b->figure_first || last != b->figure_last;
	b->figure_first = first;
	b->figure_last = last;
	b->figure_keep = browse_first_figure(b, b->anchor);
	if (remake)
		b->figure_rows_due = FIGURE_ROWS_MAKE;
	else if (b->figure_rows_due == FIGURE_ROWS_READY)
		b->figure_rows_due = FIGURE_ROWS_SELECT;
}

const struct figure_rows *
browse_figure_rows(struct browse *b)
{
	if (b->figure_rows_due == FIGURE_ROWS_MAKE)
		make_rows(b, b->figure_keep);
	else if (b->figure_rows_due == FIGURE_ROWS_SELECT)
		select_row(b, b->figure_keep);
	b->figure_rows_due = FIGURE_ROWS_READY;
	return &b->figure_rows;
}

size_t
browse_figure_row(struct browse *b)
{
	const struct figure_rows *rows = browse_figure_rows(b);

	return b->figure_row < rows->count ? b->figure_row : rows->count;
}

void
browse_list_figures(struct browse *b)
{
	bool all = b->figures_all || !b->section || b->section->depth == 0;

	if (b->following) {
		b->following = false;
		return;
	}
	if (b->figure_section != b->section || b->figures_listed_all != all)
		list_figures(b, false);
}

void
browse_figures_changed(struct browse *b)
{
	list_figures(b, true);
	browse_text_rewrap(b);
}

void
browse_toggle_all_figures(struct browse *b)
{
	b->figures_all = !b->figures_all;
}

static void
show_figure(struct browse *b)
{
	size_t figure = browse_selected_figure(b);

	if (figure == SIZE_MAX)
		return;
	b->following = true;
	browse_goto(b, b->figures->items[figure].offset, true);
	b->following = false;
}

void
browse_move_figure(struct browse *b, long by)
{
	long at;

	if (browse_figure_rows(b)->count == 0)
		return;
	at = (long)b->figure_row + by;
	if (at < 0)
		at = 0;
	if (at >= (long)b->figure_rows.count)
		at = (long)b->figure_rows.count - 1;
	b->figure_row = (size_t)at;
	show_figure(b);
}

void
browse_select_figure(struct browse *b, size_t i)
{
	if (i >= browse_figure_rows(b)->count)
		return;
	b->figure_row = i;
	show_figure(b);
}

size_t
browse_selected_figure(struct browse *b)
{
	const struct figure_rows *rows = browse_figure_rows(b);

	return b->figure_row < rows->count ? rows->items[b->figure_row] : SIZE_MAX;
}

void
browse_cycle_figure_order(struct browse *b)
{
	b->figure_order = (b->figure_order + 1) % FIGURE_ORDER_COUNT;
	make_rows(b, browse_selected_figure(b));
}

void
browse_cycle_figure_kind(struct browse *b)
{
	b->figure_kind = figure_kind_next(b->figure_kind);
	make_rows(b, browse_selected_figure(b));
}

void
browse_filter_figures(struct browse *b, const char *text)
{
	size_t length;

	text = text ? text : "";
	length = strlen(text);
	if (length >= sizeof b->figure_filter) {
		length = sizeof b->figure_filter - 1;
		while (length > 0 && ((unsigned char)text[length] & 0xc0) == 0x80)
			length--;
	}
	if (length == strlen(b->figure_filter) && memcmp(b->figure_filter, text, length) == 0)
		return;
	memcpy(b->figure_filter, text, length);
	b->figure_filter[length] = '\0';
	make_rows(b, browse_selected_figure(b));
}

/* ---- the outline's folds ---- */

/* Descendants of a node follow it in document order, deeper than it. */
static size_t
subtree_end(const struct outline *o, const struct outline_node *node)
{
	size_t i = node->index + 1;

	while (i < o->count && o->nodes[i]->depth > node->depth)
		i++;
	return i;
}

static void
set_levels(struct browse *b, int levels)
{
	for (size_t i = 0; i < b->outline->count; i++)
		b->open[i] = b->outline->nodes[i]->depth < levels;
	b->rows_dirty = true;
}

static void
build_rows(struct browse *b)
{
	const struct outline *o = b->outline;
	size_t n = 0, i = 0;

	b->rows[n++] = &o->root;
	b->rows_sparse = b->sparse;
	while (i < o->count) {
		const struct outline_node *node = o->nodes[i];

		if (b->rows_sparse) {
			if (browse_section_matches(b, node) > 0)
				b->rows[n++] = node;
			i++;
			continue;
		}
		b->rows[n++] = node;
		i = b->open[i] ? i + 1 : subtree_end(o, node);
	}
	b->row_count = n;
	b->rows_dirty = false;
	b->rows_generation = b->search_generation;
}

void
browse_update_rows(struct browse *b)
{
	if (b->rows_dirty || b->rows_sparse != b->sparse ||
	    (b->sparse && b->rows_generation != b->search_generation))
		build_rows(b);
}

size_t
browse_row_of(struct browse *b, const struct outline_node *node)
{
	size_t lo = 1, hi;

	browse_update_rows(b);
	hi = b->row_count;
	if (node->depth == 0)
		return 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (b->rows[mid]->index < node->index)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < b->row_count && b->rows[lo] == node ? lo : SIZE_MAX;
}

size_t
browse_current_row(struct browse *b)
{
	for (const struct outline_node *node = b->section; node; node = node->parent) {
		size_t row = browse_row_of(b, node);
		if (row != SIZE_MAX)
			return row;
	}
	return 0;
}

void
browse_goto_row(struct browse *b, size_t row, bool jump)
{
	const struct outline_node *node;

	if (row >= b->row_count)
		row = b->row_count - 1;
	node = b->rows[row];
	browse_goto(b, node->depth == 0 ? 0 : node->offset, jump);
}

bool
browse_is_open(const struct browse *b, const struct outline_node *node)
{
	return node->depth > 0 && b->open[node->index];
}

bool
browse_fold(struct browse *b, const struct outline_node *node, bool open)
{
	if (node->depth == 0 || node->child_count == 0 || b->sparse || b->open[node->index] == open)
		return false;
	b->open[node->index] = open;
	b->rows_dirty = true;
	return true;
}

static bool
has_closed_below(const struct browse *b, const struct outline_node *node)
{
	for (size_t i = node->index + 1; i < subtree_end(b->outline, node); i++)
		if (b->outline->nodes[i]->child_count > 0 && !b->open[i])
			return true;
	return false;
}

void
browse_cycle(struct browse *b, const struct outline_node *node)
{
	size_t end = subtree_end(b->outline, node);

	if (node->child_count == 0) {
		browse_message(b, false, _("no subheadings"));
		return;
	}
	if (!b->open[node->index]) {
		b->open[node->index] = true;
		for (size_t i = node->index + 1; i < end; i++)
			b->open[i] = false;
		browse_message(b, false, _("children"));
	} else if (has_closed_below(b, node)) {
		for (size_t i = node->index + 1; i < end; i++)
			b->open[i] = true;
		browse_message(b, false, _("subtree"));
	} else {
		b->open[node->index] = false;
		browse_message(b, false, _("folded"));
	}
	b->rows_dirty = true;
}

void
browse_cycle_all(struct browse *b, bool again)
{
	static const char *const names[] = { N_("overview"), N_("contents"), N_("all headings") };

	/* as in org-mode, the first Shift-Tab shows the overview; the next
	 * ones go on to the contents and everything */
	b->view = again ? (b->view + 1) % 3 : BROWSE_OVERVIEW;
	set_levels(b, b->view == BROWSE_OVERVIEW ? 1 : b->view == BROWSE_CONTENTS ? 2 : 1000);
	browse_message(b, false, "%s", _(names[b->view]));
}

void
browse_levels(struct browse *b, int levels)
{
	set_levels(b, levels);
	b->view = levels <= 1 ? BROWSE_OVERVIEW : levels == 2 ? BROWSE_CONTENTS : BROWSE_ALL;
	browse_message(b, false, _("headings down to level %d"), levels);
}

/* ---- the state as a whole ---- */

/* Folds and rows for B's outline, in the contents view. */
static bool
allocate_folds(struct browse *b)
{
	free(b->open);
	free(b->rows);
	b->open = calloc(b->outline->count + 1, sizeof *b->open);
	b->rows = calloc(b->outline->count + 1, sizeof *b->rows);
	b->row_count = 0;
	b->view = BROWSE_CONTENTS;
	if (!b->open || !b->rows)
		return false;
	set_levels(b, 2);
	build_rows(b);
	return true;
}

struct browse *
browse_new(const struct doc *doc, const struct outline *outline, const struct figure_list *figures)
{
	struct browse *b = calloc(1, sizeof *b);

	if (!b)
		return NULL;
	b->doc = doc;
	b->outline = outline;
	b->figures = figures;
	b->search.current_match = SIZE_MAX;
	b->figure_kind = FIGURE_ANY_KIND;
	b->wrap_width = 1;
	set_anchor(b, 0);
	if (!allocate_folds(b)) {
		browse_free(b);
		return NULL;
	}
	list_figures(b, true);
	return b;
}

void
browse_free(struct browse *b)
{
	if (!b)
		return;
	search_free(&b->search.matches);
	browse_text_reset(b);
	figure_rows_free(&b->figure_rows);
	free(b->open);
	free(b->rows);
	free(b);
}

bool
browse_reset(struct browse *b, const struct doc *doc, const struct outline *outline,
	     const struct figure_list *figures, size_t anchor)
{
	b->doc = doc;
	b->outline = outline;
	b->figures = figures;
	browse_set_matches(b, &(struct match_list){ NULL, 0 });
	/* the scope's offsets were the old text's */
	b->search.scope.on = false;
	b->jump_count = b->jump_index = 0;
	b->sparse = false;
	set_anchor(b, anchor);
	browse_text_reset(b);
	if (!allocate_folds(b))
		return false;
	list_figures(b, true);
	return true;
}
