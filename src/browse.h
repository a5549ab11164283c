/* SPDX-License-Identifier: GPL-3.0-or-later */
/* browse.h - what the browser shows, without a terminal: the reading
 * position and the jumps, the search's matches and the current one, the
 * figures listed and the one selected, the outline's folds and the rows
 * they leave (browse.c), and the report's text wrapped to the text pane
 * (browse_text.c).
 *
 * The panes draw this state and turn keys into its operations; the unit
 * tests drive the same operations.  The fields are for reading (but for
 * the text pane's hook, shows and context): every change goes through a
 * function here. */
#ifndef BAOGAO_BROWSE_H
#define BAOGAO_BROWSE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "figure_rows.h"
#include "figures.h"
#include "layout.h"
#include "outline.h"
#include "search.h"

#define BROWSE_JUMPS 100

/* A line of the wrapped text: (paragraph, piece, line).  A paragraph
 * longer than a piece (a whole book on one line) is wrapped a piece at a
 * time. */
struct browse_pos {
	size_t paragraph;
	size_t piece;
	size_t line;
};

/* What a line of the wrapped text shows. */
struct browse_line {
	size_t offset, length;          /* doc->text bytes */
	bool text;                      /* false: the blank line before a paragraph */
	int indent;                     /* columns before the text */
};

/* A row of a table laid out with its cells in aligned columns: cell K is
 * doc->text [OFFSET[K], OFFSET[K] + LENGTH[K]), drawn from COLUMN[K] in a
 * column WIDTHS[K] wide, wrapped there when it is wider. */
enum { BROWSE_CELLS_MAX = 32 };

struct browse_cells {
	size_t count;
	size_t offset[BROWSE_CELLS_MAX];
	size_t length[BROWSE_CELLS_MAX];
	int column[BROWSE_CELLS_MAX];
	int widths[BROWSE_CELLS_MAX];
	int width;                      /* of the whole row */
	size_t lines;                   /* the lines the row takes */
};

/* A paragraph (or a piece of a long one) wrapped at a width. */
struct browse_block {
	bool valid;
	size_t paragraph;
	size_t piece;
	int width;
	struct layout_line *lines;      /* offsets into doc->text */
	size_t count;
	size_t first_text;              /* 1 when a blank line stands before the text */
	int indent;                     /* columns before the first text line */
};

#define BROWSE_CACHE_SLOTS 1024

/* A mark: a place in the source, set or not.  a-z and A-Z. */
#define BROWSE_MARKS 52
struct browse_mark {
	bool set;
	uint32_t line, column;
};

/* A search kept inside one section (\ in the browser): the doc->text
 * range [START, END) of the section LABEL names ("三、", or the start of
 * its title when it has no label).  Offsets, not a node: they are
 * dropped when the report is reloaded. */
struct browse_scope {
	bool on;                        /* false: the whole report */
	size_t start, end;
	char label[64];
};

/* The search, as the prompt saves it to go back to on Esc. */
struct browse_search {
	char terms[256];
	unsigned flags;                 /* enum search_flags */
	bool searched;
	struct match_list matches;
	size_t current_match;
	struct browse_scope scope;      /* the text searched */
};

/* The outline's views, as Shift-Tab cycles them. */
enum browse_view { BROWSE_OVERVIEW, BROWSE_CONTENTS, BROWSE_ALL };

struct browse {
	const struct doc *doc;
	const struct outline *outline;
	const struct figure_list *figures;

	/* The reading position: a doc->text offset on the top line of the
	 * text.  The current section is the deepest one holding it. */
	size_t anchor;
	const struct outline_node *section;

	size_t jumps[BROWSE_JUMPS];
	size_t jump_count, jump_index;

	/* The search: the terms, the matches and the current one (SIZE_MAX:
	 * none). */
	struct browse_search search;
	bool counting;          /* the matches are those near where the search
	                           started; the whole report's are being found */
	unsigned search_generation;   /* counts changes of the matches */
	bool sparse;            /* the outline shows the sections that match */

	/* The figures listed, [figure_first, figure_last) of FIGURES: those of
	 * figure_section, or all of them. */
	bool figures_all;
	const struct outline_node *figure_section;
	bool figures_listed_all;
	size_t figure_first, figure_last;
	/* The panel's rows: the figures listed that the kind (t) and the text
	 * (/ in the panel) let through, in the order of o; the selected row. */
	struct figure_rows figure_rows;
	size_t figure_row;
	/* The rows are made when something reads them (browse_figure_rows),
	 * not at each move of the reading position: until then
	 * figure_rows_due says what is due and figure_keep is the figure
	 * to select. */
	enum { FIGURE_ROWS_READY, FIGURE_ROWS_SELECT, FIGURE_ROWS_MAKE } figure_rows_due;
	size_t figure_keep;
	enum figure_order figure_order;
	int figure_kind;                /* enum figure_kind, or FIGURE_ANY_KIND */
	char figure_filter[256];        /* "": none */
	bool following;         /* the move is the figures': keep the list */
	unsigned figures_listed;        /* counts the times the rows were made */

	/* The outline's folds: open[i] when node i's children are shown; the
	 * rows they leave (rows[0] is the root, the title). */
	bool *open;
	const struct outline_node **rows;
	size_t row_count;
	enum browse_view view;
	bool rows_dirty, rows_sparse;
	unsigned rows_generation;

	/* The text wrapped to WRAP_WIDTH columns, shown from TOP. */
	int wrap_width;
	struct browse_pos top;
	struct browse_block cache[BROWSE_CACHE_SLOTS];
	struct layout_line empty_line;
	struct browse_block empty;      /* stands in when memory runs out */
	/* The column widths of the last table laid out, the paragraph of its
	 * first row being TABLE_HEADER in TABLE_DOC's (NULL: none). */
	const struct doc *table_doc;
	size_t table_header;
	size_t table_columns;
	int table_widths[BROWSE_CELLS_MAX];
	/* Those widths made to fit FITTED_WRAP columns of text (0: not yet):
	 * the widest columns narrowed, their cells wrapped. */
	int table_fitted_wrap;
	int table_fitted[BROWSE_CELLS_MAX];

	/* What the text pane showed when it was last drawn (NULL in the
	 * tests: nothing is shown). */
	bool (*shows)(void *context, size_t offset);
	void *context;

	char message[256];      /* for the status line */
	bool message_is_error;

	/* A count typed before a key (12g, 50%): COUNT_GIVEN while digits
	 * come; COUNT_ANCHOR is the reading position the first one found. */
	size_t count;
	bool count_given;
	size_t count_anchor;

	bool line_numbers;      /* source line numbers beside the text */

	/* The marks (m + a letter), as source lines and columns, so that
	 * they outlive a reload and a reopening (see browse_mark_index). */
	struct browse_mark marks[BROWSE_MARKS];
};

/* A new browser state on DOC, OUTLINE and FIGURES (not owned; they stay
 * until browse_reset or browse_free), at the start of the report.  NULL
 * when out of memory. */
struct browse *browse_new(const struct doc *doc, const struct outline *outline,
			  const struct figure_list *figures);
void browse_free(struct browse *b);

/* The report was reloaded: everything derived from the old one goes, the
 * matches (not the terms) and the jumps too; the reading position is
 * ANCHOR.  False when out of memory. */
bool browse_reset(struct browse *b, const struct doc *doc, const struct outline *outline,
		  const struct figure_list *figures, size_t anchor);

/* Clears the status line's message. */
void browse_clear_message(struct browse *b);

/* A message for the status line (printf-style); "" clears it. */
void browse_message(struct browse *b, bool error, const char *format, ...)
	__attribute__((format(printf, 3, 4)));

/* ---- the reading position and the jumps ---- */

/* Moves the reading position to OFFSET, as a jump (remembered for '' and
 * Ctrl-o) when JUMP; its line comes to the top of the text. */
void browse_goto(struct browse *b, size_t offset, bool jump);

/* The text scrolled: its top line now starts at OFFSET. */
void browse_scrolled(struct browse *b, size_t offset);

/* Remembers OFFSET as the place a jump left. */
void browse_remember(struct browse *b, size_t offset);

/* '': back to where the last jump left (again: return). */
void browse_jump_back(struct browse *b);

/* Ctrl-o (BACK) and Ctrl-]: through the jump history. */
void browse_history(struct browse *b, bool back);

/* To top-level section N (from 1), the next or previous sibling of the
 * current section, the next or previous heading, the parent. */
void browse_section(struct browse *b, size_t n);
void browse_sibling(struct browse *b, bool next);
void browse_heading(struct browse *b, bool next);
void browse_parent(struct browse *b);

/* ---- the search ---- */

/* Searches the whole report for TERMS (search.flags say how), here and
 * now.  False, with a message, when they do not compile or memory runs
 * out. */
bool browse_search(struct browse *b, const char *terms);

/* A search beside the keys, in three steps.  The text searched first for
 * a search typed at OFFSET: whole sections, from the one at OFFSET to a
 * megabyte on, so that a keystroke costs the same on any size of report. */
void browse_near_range(const struct browse *b, size_t offset, size_t *start, size_t *end);

/* Before that, the screen's neighbourhood: whole sections, from the one
 * at OFFSET to 64 KiB on (a part of the near range that starts with it),
 * searched in the thread that reads the keys for a plain search, so that
 * its first match is drawn without waiting for another thread. */
void browse_screen_range(const struct browse *b, size_t offset, size_t *start, size_t *end);

/* A search for TERMS begins: no match is known yet, b->counting says the
 * matches are on their way. */
void browse_search_begin(struct browse *b, const char *terms);

/* The matches (taken over) of the text searched first; WHOLE when that
 * was the whole report, else b->counting says the whole is still to be
 * searched (browse_counted then takes its matches). */
void browse_found(struct browse *b, struct match_list *matches, bool whole);

/* The search could not be made: ERR's message, no matches. */
void browse_search_failed(struct browse *b, const struct bg_error *err);

/* Puts MATCHES (taken over) in place of the matches; none is current. */
void browse_set_matches(struct browse *b, struct match_list *matches);

/* No search: no matches, no terms searched. */
void browse_clear_search(struct browse *b);

/* How the terms are matched (enum search_flags: Ctrl-r in the prompt
 * switches between regular expressions and words); terms typed but not
 * yet searched for (Enter will). */
void browse_set_search_flags(struct browse *b, unsigned flags);
void browse_set_unsearched(struct browse *b);

/* Whether the whole report's matches are still to be counted. */
void browse_set_counting(struct browse *b, bool counting);

/* The scope of SECTION into *SCOPE: the section's text, or off (the whole
 * report) for NULL or the root. */
void browse_scope_of(const struct browse *b, const struct outline_node *section,
		     struct browse_scope *scope);

/* The search is kept inside SCOPE from now on (its matches are those
 * found after). */
void browse_set_scope(struct browse *b, const struct browse_scope *scope);

/* The text the search looks in: the scope's, else the whole report. */
void browse_search_range(const struct browse *b, size_t *start, size_t *end);

/* The first match at or after OFFSET, wrapping to the first one. */
size_t browse_match_from(const struct browse *b, size_t offset);

/* Takes the matches of the whole report, counted beside the keys, over:
 * the current one stays current; without one, NEAR (SIZE_MAX: none) or
 * the first at or after the reading position is shown. */
void browse_counted(struct browse *b, struct match_list *matches, size_t near);

/* Makes match I current and shows it (a jump when JUMP), unless it is on
 * screen already. */
void browse_show_match(struct browse *b, size_t i, bool jump);

/* Shows the first match at or after ORIGIN, when it is known yet. */
void browse_show_near(struct browse *b, size_t origin);

/* n (FORWARD) and N: to the next or previous match, wrapping around. */
void browse_next_match(struct browse *b, bool forward);

/* &: the sparse outline of the sections that match, or back. */
void browse_toggle_sparse(struct browse *b);

/* Moves the search to SAVED (the matches taken over; the terms stay), and
 * back. */
void browse_save_search(struct browse *b, struct browse_search *saved);
void browse_restore_search(struct browse *b, struct browse_search *saved);

/* The index of the first match that ends after OFFSET; the matches in
 * [START, END) and in the subtree of NODE. */
size_t browse_first_match(const struct browse *b, size_t offset);
size_t browse_match_count(const struct browse *b, size_t start, size_t end);
size_t browse_section_matches(const struct browse *b, const struct outline_node *node);

/* ---- the figures ---- */

/* The index of the first figure that ends after OFFSET. */
size_t browse_first_figure(const struct browse *b, size_t offset);

/* Lists the figures of the current section (or all, with figures_all),
 * unless they are listed already. */
void browse_list_figures(struct browse *b);

/* Lists the figures again: the list they come from has changed (the
 * figures found beside the keys have arrived). */
void browse_figures_changed(struct browse *b);

/* a: all the figures, or those of the current section. */
void browse_toggle_all_figures(struct browse *b);

/* Moves the selected row BY (clamped to the rows) and shows its figure. */
void browse_move_figure(struct browse *b, long by);

/* Selects row I of the panel (nothing when I is past the rows) and shows
 * its figure in the text. */
void browse_select_figure(struct browse *b, size_t i);

/* The selected figure (an index into FIGURES), or SIZE_MAX when no row is
 * listed. */
size_t browse_selected_figure(struct browse *b);

/* The panel's rows, made or selected now if the figures listed or the
 * reading position have changed since: moving through a report does not
 * make them for a panel that is not shown. */
const struct figure_rows *browse_figure_rows(struct browse *b);

/* The selected row of browse_figure_rows (its count when there is none). */
size_t browse_figure_row(struct browse *b);

/* o: the rows in the next order (position, value, kind); the selected
 * figure stays selected. */
void browse_cycle_figure_order(struct browse *b);

/* t: the rows of the next kind (every kind, money, percent, quantity,
 * date, document number). */
void browse_cycle_figure_kind(struct browse *b);

/* / in the panel: only the rows whose figure, subject or section holds
 * TEXT, folded as search folds (NULL or "": every row).  A text longer
 * than the field is cut at a character. */
void browse_filter_figures(struct browse *b, const char *text);

/* ---- the outline's folds ---- */

/* The outline rows as the folds (or the sparse tree) leave them. */
void browse_update_rows(struct browse *b);

/* The row of NODE, or SIZE_MAX when it is hidden. */
size_t browse_row_of(struct browse *b, const struct outline_node *node);

/* The row to highlight: the current section, or the nearest heading above
 * it that is shown. */
size_t browse_current_row(struct browse *b);

/* Moves the reading position to the heading of ROW (a jump when JUMP). */
void browse_goto_row(struct browse *b, size_t row, bool jump);

/* Whether NODE's children are shown. */
bool browse_is_open(const struct browse *b, const struct outline_node *node);

/* Shows (OPEN) or hides NODE's children; false when that changes nothing
 * (a leaf, the root, already so, or the sparse tree). */
bool browse_fold(struct browse *b, const struct outline_node *node, bool open);

/* Tab on NODE: folded, children, subtree. */
void browse_cycle(struct browse *b, const struct outline_node *node);

/* Shift-Tab: overview, contents, all headings; AGAIN when the key before
 * was Shift-Tab too (else it starts at the overview). */
void browse_cycle_all(struct browse *b, bool again);

/* z1 ... z9: the headings down to level LEVELS. */
void browse_levels(struct browse *b, int levels);

/* ---- the wrapped text (browse_text.c) ---- */

/* The text is wrapped to WIDTH columns; the line holding the reading
 * position comes to the top. */
void browse_set_width(struct browse *b, int width);

/* The line holding the reading position to the top. */
void browse_text_follow(struct browse *b);

/* Drops the wrapped lines (the report was reloaded). */
void browse_text_reset(struct browse *b);

/* Wraps the text again, the reading position staying on the top line:
 * the figures, which a line break keeps whole, have changed. */
void browse_text_rewrap(struct browse *b);

/* True when PARAGRAPH is a row of a table laid out in aligned columns,
 * two spaces apart and indented as a paragraph: each column as wide as its
 * widest cell, or, when the table is wider than the wrap width, the widest
 * columns narrowed to fit it and their cells wrapped inside them (false,
 * the row flowing as text, only when the columns cannot be narrowed so
 * far).  *CELLS then says where each cell is drawn and how many lines the
 * row takes. */
bool browse_table_row(struct browse *b, size_t paragraph, struct browse_cells *cells);

/* Narrows the cells of the row CELLS (from browse_table_row) to what
 * each shows on the row's line LINE (from 0): a cell with fewer lines
 * shows nothing there (length 0). */
void browse_table_cells_line(const struct browse *b, struct browse_cells *cells, size_t line);

/* What the line at POS shows. */
struct browse_line browse_line_at(struct browse *b, const struct browse_pos *pos);

/* Moves POS to the next line; false at the end of the text. */
bool browse_next_line(struct browse *b, struct browse_pos *pos);

/* Scrolls the text BY lines (down when positive), but not so far down
 * that the end of the text leaves the bottom of ROWS lines shown, unless
 * it is there. */
void browse_scroll(struct browse *b, int by, int rows);

/* To the end of the report: its last line on the bottom of ROWS lines
 * shown, as a jump. */
void browse_bottom(struct browse *b, int rows);

/* ---- counts, source lines and percentages (browse_place.c) ---- */

/* A digit (0-9) typed: the count goes on (it stops growing past
 * BROWSE_COUNT_MAX). */
#define BROWSE_COUNT_MAX 999999999u
void browse_count_digit(struct browse *b, int digit);

/* The count typed (and the count is over); OTHERWISE when none was. */
size_t browse_take_count(struct browse *b, size_t otherwise);

/* 12g: source line LINE (the numbers --outline and the other batch modes
 * print) to the top of the text, as a jump; past the last line, the
 * last.  A jump made by the count's first digit (1 ... 9 go to a
 * section) is taken back: '' returns to where the count began. */
void browse_goto_line(struct browse *b, size_t line);

/* 50%: PERCENT (at most 100) of the text to the top, as a jump (as
 * browse_goto_line for a count's jump). */
void browse_goto_percent(struct browse *b, size_t percent);

/* -N: source line numbers beside the text, or not. */
void browse_toggle_line_numbers(struct browse *b);

/* The columns the line numbers take beside the text (the widest number
 * and a space), 0 when they are not shown. */
int browse_number_width(const struct browse *b);

/* The source line of the text at OFFSET, as the batch modes number it. */
size_t browse_line_number(const struct browse *b, size_t offset);

/* The mark a letter names (a-z: 0-25, A-Z: 26-51), or -1 for any other
 * key. */
int browse_mark_index(int letter);

/* ma: mark LETTER is the reading position; false (with a message) when
 * LETTER is not a letter. */
bool browse_set_mark(struct browse *b, int letter);

/* 'a: to mark LETTER, as a jump; a message when it is not set. */
void browse_goto_mark(struct browse *b, int letter);

/* The source line and column of the reading position. */
void browse_place(const struct browse *b, uint32_t *line, uint32_t *column);

/* y: the text of the current section (at the start of the report, the
 * whole report) as a doc->text range, without its last newline. */
void browse_section_range(const struct browse *b, size_t *start, size_t *end);

/* ---- where the report was left (history.h keeps it between runs) ---- */

struct history_entry;

/* The reading position and the marks into ENTRY (its key untouched). */
void browse_record(const struct browse *b, struct history_entry *entry);

/* Back to ENTRY's reading position (not a jump) and marks. */
void browse_restore(struct browse *b, const struct history_entry *entry);

#endif
