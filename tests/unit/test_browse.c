/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_browse.c - the browser's state without a terminal: jumps and their
 * history ('' and Ctrl-o), Tab and Shift-Tab folding, n and N wrapping
 * around, the sparse tree of the sections that match, and the text
 * wrapped to the pane. */
#include "unit.h"

#include <stdio.h>

#include "browse.h"
#include "history.h"

/* 一、 holds （一） (with 1. and 2. under it) and （二）; 二、 holds
 * （一）; 三、 has none.  普法 is in 1. and in 二、（一）. */
static const char report_text[] =
	"报告标题\n\n"
	"一、第一部分\n"
	"（一）甲项工作\n"
	"1.子项一\n"
	"正文甲，开展普法宣传。\n"
	"2.子项二\n"
	"正文子项二。\n"
	"（二）乙项工作\n"
	"正文乙。\n"
	"二、第二部分\n"
	"（一）丙项工作\n"
	"正文丙，加强普法。\n"
	"三、第三部分\n"
	"正文三，没有那个词。\n";

struct fixture {
	struct doc *doc;
	struct outline *outline;
	struct figure_list figures;
	struct browse *browse;
	size_t screen;          /* bytes of text "on screen" from the anchor */
};

/* What the text pane would show: SCREEN bytes from the reading position. */
static bool
shows(void *context, size_t offset)
{
	struct fixture *f = context;

	return offset >= f->browse->anchor && offset < f->browse->anchor + f->screen;
}

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);

	f->doc = unit_load(report_text, NULL);
	assert_int_equal(outline_build(f->doc, &f->outline), BG_OK);
	assert_int_equal(f->outline->count, 8);
	f->browse = browse_new(f->doc, f->outline, &f->figures);
	assert_non_null(f->browse);
	f->browse->shows = shows;
	f->browse->context = f;
	f->screen = 12;
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	browse_free(f->browse);
	outline_free(f->outline);
	doc_free(f->doc);
	free(f);
	return 0;
}

/* The offset of top-level section N (from 1). */
static size_t
top_level(const struct fixture *f, size_t n)
{
	return f->outline->root.children[n - 1]->offset;
}

/* The titles of the outline rows, joined with '|'. */
static char *
rows(struct browse *b)
{
	static char text[1024];

	browse_update_rows(b);
	text[0] = '\0';
	for (size_t i = 1; i < b->row_count; i++) {
		strcat(text, b->rows[i]->label);
		if (i + 1 < b->row_count)
			strcat(text, "|");
	}
	return text;
}

static void
jumps_and_jump_back(void **state)
{
	struct fixture *f = *state;
	struct browse *b = f->browse;

	assert_int_equal(b->anchor, 0);
	browse_section(b, 2);
	assert_int_equal(b->anchor, top_level(f, 2));
	assert_ptr_equal(b->section, f->outline->root.children[1]);
	/* '' goes back, and '' again returns */
	browse_jump_back(b);
	assert_int_equal(b->anchor, 0);
	browse_jump_back(b);
	assert_int_equal(b->anchor, top_level(f, 2));
	/* a move that is not a jump is not remembered */
	browse_goto(b, top_level(f, 3), false);
	browse_jump_back(b);
	assert_int_equal(b->anchor, 0);
}

/* 14g: the count's digits, then the line; '' goes back to where the
 * count began even when its first digit went to a section. */
static void
count_goes_to_a_line(void **state)
{
	struct fixture *f = *state;
	struct browse *b = f->browse;

	assert_int_equal(browse_take_count(b, 7), 7);
	browse_count_digit(b, 1);
	browse_section(b, 1);           /* what the key 1 does alone */
	browse_count_digit(b, 4);
	assert_int_equal(browse_take_count(b, 1), 14);
	assert_false(b->count_given);
	browse_goto_line(b, 14);
	assert_int_equal(b->anchor, top_level(f, 3));
	browse_jump_back(b);
	assert_int_equal(b->anchor, 0);
	/* a count alone is a jump too */
	browse_count_digit(b, 3);
	browse_goto_line(b, browse_take_count(b, 1));
	assert_int_equal(b->anchor, top_level(f, 1));
	browse_jump_back(b);
	assert_int_equal(b->anchor, 0);
	/* past the last line: the last one kept, with a word why */
	browse_goto_line(b, 1000);
	assert_string_equal(b->message, "the report has 15 lines: at the last");
	assert_true(b->anchor > top_level(f, 3));
	browse_goto_line(b, 0);
	assert_int_equal(b->anchor, 0);
	/* the count stops growing */
	for (int i = 0; i < 30; i++)
		browse_count_digit(b, 9);
	assert_int_equal(browse_take_count(b, 0), BROWSE_COUNT_MAX);
}

/* 50%: half the text, at the start of a character; 100% the last line. */
static void
percent_goes_to_a_share_of_the_text(void **state)
{
	struct fixture *f = *state;
	struct browse *b = f->browse;

	browse_goto_percent(b, 50);
	assert_true(b->anchor <= f->doc->text_length / 2);
	assert_true(b->anchor + 4 > f->doc->text_length / 2);
	assert_int_not_equal((unsigned char)f->doc->text[b->anchor] & 0xc0, 0x80);
	browse_goto_percent(b, 0);
	assert_int_equal(b->anchor, 0);
	browse_goto_percent(b, 250);
	assert_true(b->anchor < f->doc->text_length);
	assert_ptr_equal(b->section, f->outline->root.children[2]);
}

/* -N: the margin fits the last line's number and a space; each offset
 * has the source line the batch modes give it. */
static void
line_numbers_in_the_margin(void **state)
{
	struct fixture *f = *state;
	struct browse *b = f->browse;

	assert_int_equal(browse_number_width(b), 0);
	browse_toggle_line_numbers(b);
	assert_int_equal(browse_number_width(b), 3);    /* 15 lines: "15 " */
	assert_int_equal(browse_line_number(b, 0), 1);
	assert_int_equal(browse_line_number(b, top_level(f, 2)), 11);
	assert_int_equal(browse_line_number(b, top_level(f, 3) + 3), 14);
	browse_toggle_line_numbers(b);
	assert_int_equal(browse_number_width(b), 0);
}

/* ma, 'a: marks hold a source place, so they come back after a reload;
 * '' still goes back across a mark's jump. */
static void
marks_set_and_return(void **state)
{
	struct fixture *f = *state;
	struct browse *b = f->browse;

	assert_int_equal(browse_mark_index('a'), 0);
	assert_int_equal(browse_mark_index('Z'), 51);
	assert_int_equal(browse_mark_index('1'), -1);
	assert_int_equal(browse_mark_index('\''), -1);
	browse_section(b, 2);
	assert_true(browse_set_mark(b, 'a'));
	assert_int_equal(b->marks[0].line, 11);
	assert_false(browse_set_mark(b, '%'));
	browse_section(b, 3);
	browse_goto_mark(b, 'a');
	assert_int_equal(b->anchor, top_level(f, 2));
	browse_jump_back(b);
	assert_int_equal(b->anchor, top_level(f, 3));
	browse_goto_mark(b, 'b');
	assert_string_equal(b->message, "mark b is not set: mb sets it");
	assert_int_equal(b->anchor, top_level(f, 3));
	/* a reload keeps them */
	assert_true(browse_reset(b, f->doc, f->outline, &f->figures, 0));
	browse_goto_mark(b, 'a');
	assert_int_equal(b->anchor, top_level(f, 2));
}

/* y: the current section's range, the whole report at its start. */
static void
section_range_to_copy(void **state)
{
	struct fixture *f = *state;
	struct browse *b = f->browse;
	size_t start, end;

	browse_section_range(b, &start, &end);
	assert_int_equal(start, 0);
	assert_int_equal(end, f->doc->text_length - 1);
	browse_section(b, 3);
	browse_section_range(b, &start, &end);
	assert_int_equal(end - start, strlen("三、第三部分\n正文三，没有那个词。"));
	assert_memory_equal(f->doc->text + start, "三、第三部分\n正文三，没有那个词。", end - start);
}

/* What is kept of a browser, and put back in another. */
static void
record_and_restore(void **state)
{
	struct fixture *f = *state;
	struct browse *b = f->browse, *again;
	struct history_entry e;

	memset(&e, 0, sizeof e);
	browse_section(b, 2);
	browse_set_mark(b, 'a');
	browse_section(b, 3);
	browse_set_mark(b, 'Z');
	browse_section(b, 1);
	browse_record(b, &e);
	assert_int_equal(e.position.line, 3);
	assert_int_equal(e.position.column, 1);
	assert_int_equal(e.marks[0].line, 11);
	assert_int_equal(e.marks[51].line, 14);
	assert_int_equal(e.marks[1].line, 0);
	again = browse_new(f->doc, f->outline, &f->figures);
	browse_restore(again, &e);
	assert_int_equal(again->anchor, top_level(f, 1));
	assert_int_equal(again->jump_count, 0);
	browse_goto_mark(again, 'Z');
	assert_int_equal(again->anchor, top_level(f, 3));
	browse_goto_mark(again, 'b');
	assert_int_equal(again->anchor, top_level(f, 3));
	browse_free(again);
}

static void
history_back_and_forward(void **state)
{
	struct fixture *f = *state;
	struct browse *b = f->browse;

	browse_history(b, true);
	assert_string_equal(b->message, "no older position");
	browse_section(b, 1);
	browse_section(b, 3);
	browse_history(b, true);
	assert_int_equal(b->anchor, top_level(f, 1));
	browse_history(b, true);
	assert_int_equal(b->anchor, 0);
	browse_history(b, true);
	assert_string_equal(b->message, "no older position");
	assert_int_equal(b->anchor, 0);
	browse_history(b, false);
	assert_int_equal(b->anchor, top_level(f, 1));
	browse_history(b, false);
	assert_int_equal(b->anchor, top_level(f, 3));
	browse_history(b, false);
	assert_string_equal(b->message, "no newer position");
	/* a new jump drops what lies ahead */
	browse_history(b, true);
	browse_section(b, 2);
	browse_history(b, false);
	assert_string_equal(b->message, "no newer position");
	assert_int_equal(b->anchor, top_level(f, 2));
}

static void
tab_cycles_a_heading(void **state)
{
	struct fixture *f = *state;
	struct browse *b = f->browse;
	const struct outline_node *first = f->outline->root.children[0];

	/* the contents view at the start */
	assert_string_equal(rows(b), "一、|（一）|（二）|二、|（一）|三、");
	browse_cycle(b, first);
	assert_string_equal(b->message, "subtree");
	assert_string_equal(rows(b), "一、|（一）|1.|2.|（二）|二、|（一）|三、");
	browse_cycle(b, first);
	assert_string_equal(b->message, "folded");
	assert_string_equal(rows(b), "一、|二、|（一）|三、");
	browse_cycle(b, first);
	assert_string_equal(b->message, "children");
	assert_string_equal(rows(b), "一、|（一）|（二）|二、|（一）|三、");
	browse_cycle(b, f->outline->root.children[2]);
	assert_string_equal(b->message, "no subheadings");
	/* the current row follows the reading position into folds */
	browse_goto(b, f->outline->nodes[2]->offset, false);
	assert_ptr_equal(b->rows[browse_current_row(b)], f->outline->nodes[1]);
}

static void
shift_tab_cycles_the_outline(void **state)
{
	struct fixture *f = *state;
	struct browse *b = f->browse;

	browse_cycle_all(b, false);
	assert_string_equal(b->message, "overview");
	assert_string_equal(rows(b), "一、|二、|三、");
	browse_cycle_all(b, true);
	assert_string_equal(b->message, "contents");
	assert_string_equal(rows(b), "一、|（一）|（二）|二、|（一）|三、");
	browse_cycle_all(b, true);
	assert_string_equal(b->message, "all headings");
	assert_string_equal(rows(b), "一、|（一）|1.|2.|（二）|二、|（一）|三、");
	browse_cycle_all(b, true);
	assert_string_equal(rows(b), "一、|二、|三、");
	/* not right after another Shift-Tab: the overview again */
	browse_cycle_all(b, true);
	browse_cycle_all(b, false);
	assert_string_equal(b->message, "overview");
}

static void
n_wraps_around(void **state)
{
	struct fixture *f = *state;
	struct browse *b = f->browse;
	const struct match *m;

	browse_next_match(b, true);
	assert_string_equal(b->message, "no search yet: press / to search");
	assert_true(browse_search(b, "普法"));
	assert_int_equal(b->search.matches.count, 2);
	m = b->search.matches.items;
	browse_next_match(b, true);
	assert_int_equal(b->search.current_match, 0);
	assert_int_equal(b->anchor, m[0].offset);
	browse_next_match(b, true);
	assert_int_equal(b->search.current_match, 1);
	assert_int_equal(b->anchor, m[1].offset);
	browse_clear_message(b);
	/* the last match is on screen: n wraps to the first, as a jump */
	browse_next_match(b, true);
	assert_string_equal(b->message, "search hit the end, continuing at the top");
	assert_int_equal(b->search.current_match, 0);
	assert_int_equal(b->anchor, m[0].offset);
	browse_jump_back(b);
	assert_int_equal(b->anchor, m[1].offset);
	/* and N at the first wraps to the last */
	browse_goto(b, m[0].offset, false);
	browse_next_match(b, false);
	assert_string_equal(b->message, "search hit the top, continuing at the end");
	assert_int_equal(b->search.current_match, 1);
	/* a current match off screen: n goes on from the reading position */
	browse_goto(b, 0, false);
	browse_clear_message(b);
	browse_next_match(b, true);
	assert_int_equal(b->search.current_match, 0);
	assert_string_equal(b->message, "");
}

static void
sparse_tree_of_matching_sections(void **state)
{
	struct fixture *f = *state;
	struct browse *b = f->browse;

	browse_toggle_sparse(b);
	assert_false(b->sparse);
	assert_string_equal(b->message, "no matches to show: search with / first");
	assert_true(browse_search(b, "普法"));
	browse_toggle_sparse(b);
	assert_true(b->sparse);
	assert_string_equal(b->message, "only the sections that match");
	/* every section holding a match, folded or not, and only those */
	assert_string_equal(rows(b), "一、|（一）|1.|二、|（一）");
	assert_int_equal(browse_section_matches(b, f->outline->root.children[0]), 1);
	/* folding is off in the sparse tree */
	assert_false(browse_fold(b, f->outline->root.children[0], false));
	/* a new search changes the tree */
	assert_true(browse_search(b, "正文乙"));
	assert_string_equal(rows(b), "一、|（二）");
	browse_toggle_sparse(b);
	assert_false(b->sparse);
	assert_string_equal(b->message, "the whole outline");
	assert_string_equal(rows(b), "一、|（一）|（二）|二、|（一）|三、");
}

/* The number of lines from POS to the end of the text, POS's included. */
static int
lines_from(struct browse *b, struct browse_pos pos)
{
	int n = 1;

	while (browse_next_line(b, &pos))
		n++;
	return n;
}

static void
wrapped_text_scrolls_and_ends(void **state)
{
	struct fixture *f = *state;
	struct browse *b = f->browse;
	struct browse_line first, line;
	struct browse_pos pos, next;

	browse_set_width(b, 10);
	pos = b->top;
	first = browse_line_at(b, &pos);
	assert_true(first.text);
	assert_int_equal(first.offset, 0);
	/* the first heading after the title: a blank line sets it off, then
	 * at most five ideographs a line, not indented */
	assert_true(browse_next_line(b, &pos));
	assert_false(browse_line_at(b, &pos).text);
	assert_true(browse_next_line(b, &pos));
	line = browse_line_at(b, &pos);
	assert_true(line.text);
	assert_int_equal(line.offset, top_level(f, 1));
	assert_int_equal(line.indent, 0);
	assert_true(line.length <= 5 * 3 && line.length > 0);
	/* one line down and back up */
	next = b->top;
	assert_true(browse_next_line(b, &next));
	browse_scroll(b, 1, 5);
	assert_memory_equal(&b->top, &next, sizeof next);
	assert_int_equal(b->anchor, browse_line_at(b, &next).offset);
	browse_scroll(b, -1, 5);
	assert_int_equal(b->anchor, 0);
	/* the end: its last line on the bottom row, and no further */
	browse_bottom(b, 5);
	assert_int_equal(lines_from(b, b->top), 5);
	browse_scroll(b, 3, 5);
	assert_int_equal(lines_from(b, b->top), 5);
	browse_jump_back(b);
	assert_int_equal(b->anchor, 0);
	/* a narrower pane: the line holding the reading position on top */
	browse_goto(b, top_level(f, 2), false);
	browse_set_width(b, 6);
	assert_int_equal(browse_line_at(b, &b->top).offset, top_level(f, 2));
}

/* Figures that arrive after the list was first made (they are found
 * beside the keys) are listed at once. */
static void
figures_arriving_late_are_listed(void **state)
{
	struct fixture *f = *state;
	struct browse *b = f->browse;

	browse_list_figures(b);
	assert_int_equal(b->figure_last, 0);
	f->figures.items = calloc(2, sizeof *f->figures.items);
	f->figures.items[0].offset = top_level(f, 1) + 3;
	f->figures.items[1].offset = top_level(f, 2) + 3;
	f->figures.count = 2;
	browse_list_figures(b);
	assert_int_equal(b->figure_last, 0);    /* the section has not changed */
	browse_figures_changed(b);
	assert_int_equal(b->figure_first, 0);
	assert_int_equal(b->figure_last, 2);
	/* in section 二、 only its own */
	browse_goto(b, top_level(f, 2), false);
	assert_int_equal(b->figure_last - b->figure_first, 1);
	/* the rows are made when read, not at each move */
	{
		unsigned listed = b->figures_listed;

		browse_goto(b, top_level(f, 1), false);
		browse_goto(b, top_level(f, 3), false);
		browse_goto(b, top_level(f, 1), false);
		assert_int_equal(b->figures_listed, listed);
		assert_int_equal(browse_figure_rows(b)->count, 1);
		assert_int_equal(browse_selected_figure(b), 0);
		assert_int_equal(b->figures_listed, listed + 1);
		assert_int_equal(browse_figure_rows(b)->count, 1);
		assert_int_equal(b->figures_listed, listed + 1);
	}
	figures_free(&f->figures);
}

/* \: a search kept inside a section looks in its text only, its label
 * said; the root is the whole report; a saved search keeps its scope;
 * a reload drops it. */
static void
search_kept_in_a_section(void **state)
{
	struct fixture *f = *state;
	struct browse *b = f->browse;
	const struct outline_node *second = f->outline->root.children[1];
	struct browse_scope scope, whole;
	struct browse_search saved;
	size_t start, end;

	browse_search_range(b, &start, &end);
	assert_int_equal(start, 0);
	assert_int_equal(end, f->doc->text_length);
	browse_scope_of(b, &f->outline->root, &whole);
	assert_false(whole.on);
	browse_scope_of(b, NULL, &whole);
	assert_false(whole.on);
	browse_scope_of(b, second, &scope);
	assert_true(scope.on);
	assert_string_equal(scope.label, "二、");
	browse_set_scope(b, &scope);
	browse_search_range(b, &start, &end);
	assert_int_equal(start, second->offset);
	assert_int_equal(end, f->outline->root.children[2]->offset);
	/* its text holds 丙项 and not 三、's */
	assert_non_null(memmem(f->doc->text + start, end - start, "丙项", strlen("丙项")));
	assert_null(memmem(f->doc->text + start, end - start, "第三部分", strlen("第三部分")));
	browse_save_search(b, &saved);
	browse_set_scope(b, &whole);
	browse_restore_search(b, &saved);
	assert_true(b->search.scope.on);
	assert_int_equal(b->search.scope.start, second->offset);
	assert_true(browse_reset(b, f->doc, f->outline, &f->figures, 0));
	assert_false(b->search.scope.on);
}

/* The screen's neighbourhood, searched first for a search typed, and the
 * near range around it: whole sections from the one holding the reading
 * position, the first 64 KiB on and a megabyte on, each ending at a
 * heading (here, 400 parts of about 1 KiB each). */
static void
screen_range_within_the_near_range(void **state)
{
	struct fixture f = { 0 };
	struct browse *b;
	size_t length = 0, start, end, near_start, near_end, middle;
	char *text = malloc(600 * 1024);
	static const char line[] = "正文，开展普法宣传教育工作。";

	(void)state;
	assert_non_null(text);
	length += (size_t)sprintf(text, "汇编\n\n");
	for (int part = 1; part <= 400; part++) {
		length += (size_t)sprintf(text + length, "第%d部分 材料\n", part);
		for (int i = 0; i < 24; i++)
			length += (size_t)sprintf(text + length, "%s", line);
		length += (size_t)sprintf(text + length, "\n");
	}
	f.doc = unit_load(text, NULL);
	free(text);
	assert_int_equal(outline_build(f.doc, &f.outline), BG_OK);
	assert_int_equal(f.outline->count, 400);
	b = browse_new(f.doc, f.outline, &f.figures);
	assert_non_null(b);
	/* from the start: the parts up to the first heading 64 KiB on */
	browse_screen_range(b, 0, &start, &end);
	browse_near_range(b, 0, &near_start, &near_end);
	assert_int_equal(start, 0);
	assert_int_equal(near_start, 0);
	assert_true(end >= 65536 && end < 65536 + 2048);
	assert_int_equal(near_end, f.doc->text_length);
	assert_memory_equal(f.doc->text + end, "第", strlen("第"));
	/* from inside a part: its heading, and a heading 64 KiB on */
	middle = f.outline->nodes[200]->offset + 100;
	browse_screen_range(b, middle, &start, &end);
	assert_int_equal(start, f.outline->nodes[200]->offset);
	assert_true(end >= middle + 65536 && end < middle + 65536 + 2048);
	assert_memory_equal(f.doc->text + end, "第", strlen("第"));
	/* near the end: the end of the text */
	browse_screen_range(b, f.outline->nodes[399]->offset, &start, &end);
	assert_int_equal(start, f.outline->nodes[399]->offset);
	assert_int_equal(end, f.doc->text_length);
	browse_free(b);
	outline_free(f.outline);
	doc_free(f.doc);
}

/* The panel's rows: o, t and / in the panel remake them, the selected
 * figure staying selected while it is listed; the moves keep to the rows. */
static void
figure_rows_keep_the_selection(void **state)
{
	struct fixture *f = *state;
	struct browse *b = f->browse;
	static const double values[4] = { 5, 300, 20, 300 };
	static const enum figure_kind kinds[4] = { FIGURE_QUANTITY, FIGURE_MONEY, FIGURE_PERCENT,
						   FIGURE_MONEY };

	f->figures.items = calloc(4, sizeof *f->figures.items);
	for (size_t i = 0; i < 4; i++) {
		struct figure *g = &f->figures.items[i];
		g->offset = top_level(f, 1) + 3 * i;
		g->length = 3;          /* a character of 一、第一部分 */
		g->kind = kinds[i];
		g->has_value = g->exact = true;
		g->value = values[i];
		g->section = &f->outline->root;
	}
	f->figures.count = 4;
	browse_figures_changed(b);
	assert_int_equal(browse_figure_rows(b)->count, 4);
	browse_select_figure(b, 2);
	assert_int_equal(browse_selected_figure(b), 2);
	/* by value: 300 (1), 300 (3), 20 (2), 5 (0); figure 2 stays selected */
	browse_cycle_figure_order(b);
	assert_int_equal(b->figure_order, FIGURE_BY_VALUE);
	assert_int_equal(browse_figure_rows(b)->items[0], 1);
	assert_int_equal(browse_figure_rows(b)->items[1], 3);
	assert_int_equal(browse_figure_rows(b)->items[3], 0);
	assert_int_equal(browse_selected_figure(b), 2);
	assert_int_equal(browse_figure_row(b), 2);
	browse_move_figure(b, 10);
	assert_int_equal(browse_selected_figure(b), 0);
	browse_move_figure(b, -10);
	assert_int_equal(browse_selected_figure(b), 1);
	/* t: money only; the selected one (1) is money */
	browse_cycle_figure_kind(b);
	assert_int_equal(b->figure_kind, FIGURE_MONEY);
	assert_int_equal(browse_figure_rows(b)->count, 2);
	assert_int_equal(browse_figure_rows(b)->total, 4);
	assert_int_equal(browse_selected_figure(b), 1);
	/* percent: figure 1 is not listed, the first row is selected */
	browse_cycle_figure_kind(b);
	assert_int_equal(browse_figure_rows(b)->count, 1);
	assert_int_equal(browse_selected_figure(b), 2);
	for (int i = 0; i < 4; i++)
		browse_cycle_figure_kind(b);
	assert_int_equal(b->figure_kind, FIGURE_ANY_KIND);
	/* a text none holds: no row, nothing selected, moves do nothing */
	browse_filter_figures(b, "没有");
	assert_int_equal(browse_figure_rows(b)->count, 0);
	assert_int_equal(browse_selected_figure(b), SIZE_MAX);
	browse_move_figure(b, 1);
	browse_select_figure(b, 0);
	assert_int_equal(browse_selected_figure(b), SIZE_MAX);
	/* the figures are the characters 一 、 第 一 of 一、第一部分: by
	 * value, 、(300) 一(300, the second) 第(20) 一(5) */
	browse_filter_figures(b, "一");
	assert_string_equal(b->figure_filter, "一");
	assert_int_equal(browse_figure_rows(b)->count, 2);
	assert_int_equal(browse_figure_rows(b)->items[0], 3);
	assert_int_equal(browse_figure_rows(b)->items[1], 0);
	browse_filter_figures(b, NULL);
	assert_string_equal(b->figure_filter, "");
	/* the order and the filters outlive a new list (a reload) */
	assert_true(browse_reset(b, f->doc, f->outline, &f->figures, 0));
	assert_int_equal(b->figure_order, FIGURE_BY_VALUE);
	assert_int_equal(browse_figure_rows(b)->items[0], 1);
	figures_free(&f->figures);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(jumps_and_jump_back, setup, teardown),
		cmocka_unit_test_setup_teardown(count_goes_to_a_line, setup, teardown),
		cmocka_unit_test_setup_teardown(percent_goes_to_a_share_of_the_text, setup, teardown),
		cmocka_unit_test_setup_teardown(line_numbers_in_the_margin, setup, teardown),
		cmocka_unit_test_setup_teardown(marks_set_and_return, setup, teardown),
		cmocka_unit_test_setup_teardown(section_range_to_copy, setup, teardown),
		cmocka_unit_test_setup_teardown(record_and_restore, setup, teardown),
		cmocka_unit_test_setup_teardown(history_back_and_forward, setup, teardown),
		cmocka_unit_test_setup_teardown(tab_cycles_a_heading, setup, teardown),
		cmocka_unit_test_setup_teardown(shift_tab_cycles_the_outline, setup, teardown),
		cmocka_unit_test_setup_teardown(n_wraps_around, setup, teardown),
		cmocka_unit_test_setup_teardown(sparse_tree_of_matching_sections, setup, teardown),
		cmocka_unit_test_setup_teardown(wrapped_text_scrolls_and_ends, setup, teardown),
		cmocka_unit_test_setup_teardown(figures_arriving_late_are_listed, setup, teardown),
		cmocka_unit_test_setup_teardown(search_kept_in_a_section, setup, teardown),
		cmocka_unit_test_setup_teardown(figure_rows_keep_the_selection, setup, teardown),
		cmocka_unit_test(screen_range_within_the_near_range),
	};

	return UNIT_RUN(tests);
}
