/* SPDX-License-Identifier: GPL-3.0-or-later */
/* compare_view.c - baogao --compare OLD NEW on a terminal: the outline of
 * the comparison at the top, each section marked the same, ~ changed,
 * + added or - removed, and under it two text panes side by side, OLD on
 * the left and NEW on the right.  Both panes are cut into the same blocks,
 * one per row of the comparison (a section and its partner, padded to the
 * taller of the two), so one scroll position keeps them on aligned
 * sections.  The sentences one side has and the other has not are
 * underlined.  Its keys are keys.def's (keys_compare_action). */
#include <config.h>

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "array.h"
#include "compare.h"
#include "layout.h"
#include "message.h"
#include "ui/frame.h"
#include "ui/pane.h"
#include "ui/ui.h"

static volatile sig_atomic_t compare_signal;

/* The handler of SIGINT, SIGTERM and SIGHUP: the loop ends and restores
 * the terminal, then the signal is raised again. */
static void
on_signal(int sig)
{
	compare_signal = sig;
}


/* One screen line of a text pane: a heading, a piece of wrapped text
 * (doc->text [offset, offset + length)), a note that the section is not
 * on this side, or blank. */
enum line_kind { LINE_BLANK, LINE_HEADING, LINE_TEXT, LINE_ABSENT };

struct view_line {
	enum line_kind kind;
	size_t offset, length;
};

/* One side's lines: as many as the other side's. */
struct side_lines {
	struct view_line *items;
	size_t count, capacity;
};

struct view {
	const struct compare_side *sides[2];
	const struct comparison *comparison;
	const char *files[2];
	struct side_lines lines[2];
	size_t *row_start;       /* the first line of each row's block */
	size_t top;              /* the first line shown */
	size_t outline_top;      /* the first outline row shown */
	int text_width;          /* of each text pane, the lines were made for it */
	int width_max;           /* --width: the text's columns at most; 0: the pane's */
	struct theme theme;
	struct glyphs glyphs;
	const char *message;     /* on the status line until the next key */
	bool help;               /* the keys are shown over the panes */
	bool failed;             /* out of memory */
};

/* Appends a line to SIDE; false when out of memory. */
static bool
push(struct side_lines *side, enum line_kind kind, size_t offset, size_t length)
{
	if (!ARRAY_RESERVE(side->items, side->capacity, side->count + 1))
		return false;
	side->items[side->count++] = (struct view_line){ kind, offset, length };
	return true;
}

/* Adds the lines of NODE of SIDE (NULL: absent) wrapped at WIDTH. */
static bool
add_section(struct side_lines *lines, const struct compare_side *side,
	    const struct outline_node *node, int width)
{
	const char *text = side->doc->text;
	size_t at, end;

	if (!node)
		return push(lines, LINE_ABSENT, 0, 0);
	if (!push(lines, LINE_HEADING, node->index, 0))
		return false;
	at = node->body;
	end = compare_own_end(node);
	while (at < end) {
		const char *nl = memchr(text + at, '\n', end - at);
		size_t stop = nl ? (size_t)(nl - text) : end;
		struct layout_line *wrapped;
		size_t count;
		while (at < stop && (text[at] == ' ' || text[at] == '\t'))
			at++;
		if (stop > at) {
			if (!layout_wrap(text + at, stop - at, width, 0, &wrapped, &count))
				return false;
			for (size_t i = 0; i < count; i++)
				if (!push(lines, LINE_TEXT, at + wrapped[i].offset, wrapped[i].length)) {
					free(wrapped);
					return false;
				}
			free(wrapped);
		}
		at = stop + 1;
	}
	return true;
}

/* Makes the lines of both panes for text WIDTH columns wide. */
static bool
build_lines(struct view *v, int width)
{
	const struct comparison *c = v->comparison;

	if (v->width_max > 0 && width > v->width_max)
		width = v->width_max;
	if (width < 4)
		width = 4;      /* a tiny terminal: the lines are clipped */
	for (int k = 0; k < 2; k++)
		v->lines[k].count = 0;
	free(v->row_start);
	v->row_start = malloc((c->count + 1) * sizeof *v->row_start);
	if (!v->row_start)
		return false;
	v->text_width = width;
	for (size_t r = 0; r < c->count; r++) {
		const struct compare_section *row = &c->sections[r];
		size_t start = v->lines[0].count;
		v->row_start[r] = start;
		if (!add_section(&v->lines[0], v->sides[0], row->old, width) ||
		    !add_section(&v->lines[1], v->sides[1], row->new, width))
			return false;
		/* pad to the taller block, then a blank line between blocks */
		size_t height = v->lines[0].count > v->lines[1].count ? v->lines[0].count
								      : v->lines[1].count;
		for (int k = 0; k < 2; k++)
			while (v->lines[k].count < height + 1)
				if (!push(&v->lines[k], LINE_BLANK, 0, 0))
					return false;
	}
	v->row_start[c->count] = v->lines[0].count;
	return true;
}

/* The row whose block holds line LINE. */
static size_t
row_at(const struct view *v, size_t line)
{
	size_t lo = 0, hi = v->comparison->count;

	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (v->row_start[mid] <= line)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* The screen's parts: outline rows, then the text panes. */
struct geometry {
	int outline_top, outline_height, text_top, text_height, left_width, right_col,
	    right_width;
};

/* Where the parts stand on the screen as it is now (LINES, COLS). */
static struct geometry
geometry(void)
{
	struct geometry g;
	int outline = (LINES - 3) / 3;

	if (outline < 2)
		outline = 2;
	g.outline_top = 1;
	g.outline_height = outline;
	g.text_top = 1 + outline + 1;
	g.text_height = LINES - g.text_top - 1;
	if (g.text_height < 1)
		g.text_height = 1;
	g.left_width = (COLS - 1) / 2;
	g.right_col = g.left_width + 1;
	g.right_width = COLS - g.right_col;
	return g;
}

/* The sentences of row R on side K that the other side has not. */
static void
row_sentences(const struct view *v, size_t r, int k, const struct compare_text **list, size_t *n)
{
	const struct compare_section *row = &v->comparison->sections[r];

	*list = k ? row->added : row->dropped;
	*n = k ? row->added_count : row->dropped_count;
}

struct style_context {
	const struct compare_text *list;
	size_t n;
	attr_t mark;
};

/* draw_styled's style: the mark on the sentences of the context. */
static attr_t
sentence_style(void *context, size_t offset)
{
	const struct style_context *s = context;

	for (size_t i = 0; i < s->n; i++)
		if (offset >= s->list[i].offset && offset < s->list[i].offset + s->list[i].length)
			return s->mark;
	return A_NORMAL;
}

/* Draws LINE of side K (0 old, 1 new) at ROW, COL in WIDTH columns. */
static void
draw_line(const struct view *v, int k, size_t line, int row, int col, int width)
{
	const struct side_lines *side = &v->lines[k];
	const struct compare_side *report = v->sides[k];
	const struct view_line *l;
	size_t r;

	draw_fill(stdscr, row, col, width, A_NORMAL);
	if (line >= side->count)
		return;
	l = &side->items[line];
	r = row_at(v, line);
	switch (l->kind) {
	case LINE_HEADING: {
		const struct outline_node *node = report->outline->nodes[l->offset];
		int depth = node->depth < 1 ? 1 : node->depth > 3 ? 3 : node->depth;
		draw_heading(stdscr, row, col, width, node, v->theme.heading[depth - 1], &v->glyphs);
		break;
	}
	case LINE_TEXT: {
		struct style_context s = { NULL, 0, A_UNDERLINE };
		row_sentences(v, r, k, &s.list, &s.n);
		draw_styled(stdscr, row, col, width, report->doc->text + l->offset, l->length,
			    l->offset, sentence_style, &s);
		break;
	}
	case LINE_ABSENT: {
		const char *note = k ? "(removed: not in NEW)" : "(added: not in OLD)";
		draw_text(stdscr, row, col, width, note, strlen(note), v->theme.message);
		break;
	}
	case LINE_BLANK:
		break;
	}
}

/* Whether the view does ACTION (its keys are shown by ?). */
static bool
view_action(enum action action)
{
	switch (action) {
	case ACTION_DOWN: case ACTION_UP: case ACTION_PAGE_DOWN: case ACTION_PAGE_UP:
	case ACTION_HALF_DOWN: case ACTION_HALF_UP: case ACTION_TOP: case ACTION_BOTTOM:
	case ACTION_NEXT_HEADING: case ACTION_PREV_HEADING: case ACTION_COMPARE_NEXT:
	case ACTION_COMPARE_PREV: case ACTION_HELP: case ACTION_REDRAW: case ACTION_QUIT:
		return true;
	default:
		return false;
	}
}

/* Draws the keys of the view (keys.def's words) over the text panes. */
static void
draw_help(const struct view *v)
{
	struct geometry g = geometry();
	int row = g.text_top;

	for (size_t i = 0; i < keys_help_count && row < g.text_top + g.text_height; i++) {
		const struct key_help *k = &keys_help[i];
		if (k->action == ACTION_NONE || !view_action(k->action))
			continue;
		draw_fill(stdscr, row, 0, COLS, A_NORMAL);
		draw_text(stdscr, row, 1, 24, k->keys, strlen(k->keys), v->theme.message);
		draw_truncated(stdscr, row, 26, COLS - 26, k->help, strlen(k->help), A_NORMAL,
			       &v->glyphs);
		row++;
	}
	for (; row < g.text_top + g.text_height; row++)
		draw_fill(stdscr, row, 0, COLS, A_NORMAL);
}

/* Draws the whole screen: title bar, outline, rule, panes, status line;
 * then the frame is said done (frame.h). */
static void
draw(struct view *v)
{
	struct geometry g = geometry();
	const struct comparison *c = v->comparison;
	size_t current = c->count ? row_at(v, v->top) : 0;
	char status[160];
	size_t changed = 0;

	erase();
	/* title bar */
	draw_fill(stdscr, 0, 0, COLS, v->theme.title);
	{
		int used = draw_text(stdscr, 0, 0, COLS, "compare  ", 9, v->theme.title);
		used += draw_truncated(stdscr, 0, used, COLS / 2 - used, v->files[0], strlen(v->files[0]),
				       v->theme.title, &v->glyphs);
		used += draw_text(stdscr, 0, used, COLS - used, "  ->  ", 6, v->theme.title);
		draw_truncated(stdscr, 0, used, COLS - used, v->files[1], strlen(v->files[1]),
			       v->theme.title, &v->glyphs);
	}
	/* the outline, the current row in view */
	if (current < v->outline_top)
		v->outline_top = current;
	if (current >= v->outline_top + (size_t)g.outline_height)
		v->outline_top = current - (size_t)g.outline_height + 1;
	for (int i = 0; i < g.outline_height; i++) {
		size_t r = v->outline_top + (size_t)i;
		int row = g.outline_top + i, used;
		attr_t attr = r == current ? v->theme.row_focused : A_NORMAL;
		char mark[2];
		if (r >= c->count)
			break;
		const struct compare_section *s = &c->sections[r];
		const struct outline_node *node = s->new ? s->new : s->old;
		draw_fill(stdscr, row, 0, COLS, attr);
		mark[0] = compare_state_mark(s->state);
		mark[1] = '\0';
		used = draw_text(stdscr, row, 0, COLS, mark, 1, attr);
		used += draw_text(stdscr, row, used, COLS - used, "                ",
				  (size_t)(2 * (s->depth - 1) + 1 > 16 ? 16 : 2 * (s->depth - 1) + 1),
				  attr);
		if (s->old && s->new && (strcmp(s->old->title, s->new->title) != 0 ||
					 strcmp(s->old->label, s->new->label) != 0)) {
			used += draw_heading(stdscr, row, used, (COLS - used) / 2, s->old, attr,
					     &v->glyphs);
			used += draw_text(stdscr, row, used, COLS - used, " -> ", 4, attr);
		}
		draw_heading(stdscr, row, used, COLS - used, node, attr, &v->glyphs);
	}
	/* the rule over the panes, naming them */
	for (int col = 0; col < COLS; col++)
		draw_text(stdscr, g.text_top - 1, col, 1, v->glyphs.hline, strlen(v->glyphs.hline),
			  v->theme.border);
	draw_text(stdscr, g.text_top - 1, 1, g.left_width - 1, " OLD ", 5, v->theme.border);
	draw_text(stdscr, g.text_top - 1, g.right_col + 1, g.right_width - 1, " NEW ", 5,
		  v->theme.border);
	/* the two panes, one scroll position */
	for (int i = 0; i < g.text_height; i++) {
		size_t line = v->top + (size_t)i;
		int row = g.text_top + i;
		draw_line(v, 0, line, row, 0, g.left_width);
		draw_text(stdscr, row, g.left_width, 1, v->glyphs.vline, strlen(v->glyphs.vline),
			  v->theme.border);
		draw_line(v, 1, line, row, g.right_col, g.right_width);
	}
	if (v->help)
		draw_help(v);
	/* status line */
	for (size_t r = 0; r < c->count; r++)
		changed += c->sections[r].state != COMPARE_SAME;
	if (v->message)
		snprintf(status, sizeof status, "%s", v->message);
	else
		snprintf(status, sizeof status, "§%zu/%zu %s  %zu of %zu sections differ  ] [ next, "
			 "previous change  ? keys  q quit", c->count ? current + 1 : 0, c->count,
			 c->count ? compare_state_name(c->sections[current].state) : "", changed,
			 c->count);
	draw_fill(stdscr, LINES - 1, 0, COLS, v->theme.status);
	draw_text(stdscr, LINES - 1, 0, COLS, status, strlen(status), v->theme.status);
	wnoutrefresh(stdscr);
	doupdate();
	frame_done();
}

/* The last line the top may be at: where the last page shows the end,
 * or the last row's block at the top when that is further (] can go to
 * any row, and scrolling from there must not jump back). */
static size_t
top_max(const struct view *v)
{
	struct geometry g = geometry();
	size_t count = v->lines[0].count, n = v->comparison->count;
	size_t end = count > (size_t)g.text_height ? count - (size_t)g.text_height : 0;

	return n && v->row_start[n - 1] > end ? v->row_start[n - 1] : end;
}

/* Scrolls both panes by LINES (negative: up), within 0 and top_max. */
static void
scroll_by(struct view *v, long lines)
{
	size_t max = top_max(v);

	if (lines < 0)
		v->top = (size_t)-lines > v->top ? 0 : v->top - (size_t)-lines;
	else
		v->top = v->top + (size_t)lines > max ? max : v->top + (size_t)lines;
}

/* To row R: its block at the top (as near as the end allows). */
static void
go_to_row(struct view *v, size_t r)
{
	v->top = v->row_start[r];
}

/* To the next (STEP 1) or previous (-1) row that is not the same. */
static void
go_to_change(struct view *v, int step)
{
	const struct comparison *c = v->comparison;
	size_t r = c->count ? row_at(v, v->top) : 0;

	/* a row scrolled past its start counts as left behind */
	if (step < 0 && c->count && v->top > v->row_start[r] &&
	    c->sections[r].state != COMPARE_SAME) {
		go_to_row(v, r);
		return;
	}
	while (c->count) {
		if (step > 0 ? r + 1 >= c->count : r == 0) {
			v->message = step > 0 ? "no change after this section" :
						"no change before this section";
			return;
		}
		r = step > 0 ? r + 1 : r - 1;
		if (c->sections[r].state != COMPARE_SAME) {
			go_to_row(v, r);
			return;
		}
	}
}

/* Handles KEY; false to quit. */
static bool
handle(struct view *v, int key)
{
	struct geometry g = geometry();
	long page = g.text_height > 1 ? g.text_height - 1 : 1;

	if (key == FKEY(KEY_RESIZE)) {
		if (!build_lines(v, g.left_width))
			v->failed = true;
		if (v->top > top_max(v))
			v->top = top_max(v);
		return !v->failed;
	}
	switch (keys_compare_action(key)) {
	case ACTION_QUIT: return false;
	case ACTION_DOWN: scroll_by(v, 1); break;
	case ACTION_UP: scroll_by(v, -1); break;
	case ACTION_PAGE_DOWN: scroll_by(v, page); break;
	case ACTION_PAGE_UP: scroll_by(v, -page); break;
	case ACTION_HALF_DOWN: scroll_by(v, page / 2 + 1); break;
	case ACTION_HALF_UP: scroll_by(v, -(page / 2 + 1)); break;
	case ACTION_TOP: v->top = 0; break;
	case ACTION_BOTTOM: v->top = top_max(v); break;
	case ACTION_COMPARE_NEXT: go_to_change(v, 1); break;
	case ACTION_COMPARE_PREV: go_to_change(v, -1); break;
	case ACTION_NEXT_HEADING:
		if (v->comparison->count && row_at(v, v->top) + 1 < v->comparison->count)
			go_to_row(v, row_at(v, v->top) + 1);
		break;
	case ACTION_PREV_HEADING:
		if (v->comparison->count) {
			size_t r = row_at(v, v->top);
			go_to_row(v, v->top > v->row_start[r] || r == 0 ? r : r - 1);
		}
		break;
	case ACTION_REDRAW: clearok(curscr, TRUE); break;
	case ACTION_HELP: v->help = !v->help; break;
	default: break;
	}
	return true;
}

/* A key as keys.def has it (FKEY for a function key); 0 when none came
 * within the timeout. */
static int
read_key(void)
{
	wint_t ch;
	int r = wget_wch(stdscr, &ch);

	if (r == ERR)
		return 0;
	if (r == KEY_CODE_YES)
		return FKEY((int)ch);
	return (int)ch;
}

int
ui_compare(const struct compare_side *old, const char *old_file, const struct compare_side *new,
	   const char *new_file, const struct comparison *comparison, const struct ui_options *options)
{
	struct view v;
	FILE *input = NULL;
	SCREEN *screen;
	int status = 0;

	memset(&v, 0, sizeof v);
	v.sides[0] = old;
	v.sides[1] = new;
	v.files[0] = old_file;
	v.files[1] = new_file;
	v.comparison = comparison;
	v.width_max = options->width;
	if (!terminal_usable(getenv("TERM")))
		return 2;
	if (!isatty(STDIN_FILENO)) {
		input = fopen("/dev/tty", "r");
		if (!input) {
			message_error("cannot open the terminal for keys: %s", strerror(errno));
			return 2;
		}
	}
	compare_signal = 0;
	terminal_catch_signals(on_signal);
	screen = newterm(NULL, stdout, input ? input : stdin);
	if (!screen) {
		terminal_catch_signals(NULL);
		if (input)
			fclose(input);
		message_error("cannot start the terminal '%s'", getenv("TERM"));
		return 2;
	}
	set_term(screen);
	terminal_whole_frames();
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	wtimeout(stdscr, 1000);
	curs_set(0);
	theme_init(&v.theme, has_colors() && !(getenv("NO_COLOR") && *getenv("NO_COLOR")) &&
				     start_color() == OK && use_default_colors() == OK);
	glyphs_init(&v.glyphs, options->ascii);
	if (!build_lines(&v, geometry().left_width))
		v.failed = true;
	while (!v.failed && !compare_signal) {
		int key;
		draw(&v);
		do
			key = read_key();
		while (key == 0 && !compare_signal);
		if (compare_signal)
			break;
		v.message = NULL;
		if (!handle(&v, key))
			break;
	}
	curs_set(1);
	endwin();
	delscreen(screen);
	if (input)
		fclose(input);
	terminal_catch_signals(NULL);
	for (int k = 0; k < 2; k++)
		free(v.lines[k].items);
	free(v.row_start);
	if (compare_signal) {
		raise(compare_signal);
		return 128 + compare_signal;
	}
	if (v.failed) {
		message_error("out of memory");
		status = 2;
	}
	return status;
}
