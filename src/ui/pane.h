/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pane.h - the browser's panes and the state they share.
 *
 * The screen is a title bar, the outline pane (left), the detail pane
 * (right), the figures panel (a strip at the bottom, when shown) and the
 * status line.  Each pane is a struct pane with a table of operations;
 * screen.c owns the one event loop, hands each key to the focused pane
 * and then to the global keymap, and redraws everything in one place. */
#ifndef BAOGAO_UI_PANE_H
#define BAOGAO_UI_PANE_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include <curses.h>

#include "doc.h"
#include "figures.h"
#include "browse.h"
#include "job.h"
#include "library.h"
#include "outline.h"
#include "search.h"
#include "ui/ui.h"

/* The actions of keys.def: ACTION_DOWN, ACTION_UP, ... */
enum action {
#define KEY_GROUP(title)
#define KEY_ACTION(name, keys, help, ...) ACTION_##name,
#include "ui/keys.def"
#undef KEY_GROUP
#undef KEY_ACTION
	ACTION_COUNT,
	ACTION_NONE = ACTION_COUNT
};

/* A key as the event loop reads it: a character, or a curses function
 * key moved above the Unicode range so that the two never collide. */
#define FKEY(k) (0x110000 + (k))
#define CONTROL(c) ((c) & 0x1f)

/* keys.c: the action bound to KEY, or ACTION_NONE. */
enum action keys_action(int key);

/* keys.c: the same in the compare view, where its own group of keys.def
 * comes first (] is the next changed section there). */
enum action keys_compare_action(int key);

/* keys.c: the entries of keys.def, for the help screen. */
struct key_help {
	const char *group;      /* non-NULL for a group title (then keys and help are NULL) */
	const char *keys;
	const char *help;
	enum action action;     /* ACTION_NONE for a group title */
};
extern const struct key_help keys_help[];
extern const size_t keys_help_count;

struct ui;
struct pane;

struct pane_ops {
	const char *name;       /* shown in the status line: "outline" */
	/* Draws the whole pane into pane->win, every row clipped and padded. */
	void (*draw)(struct pane *pane, struct ui *ui);
	/* Handles ACTION (KEY is the key pressed); false leaves it to the
	 * global keymap. */
	bool (*key)(struct pane *pane, struct ui *ui, enum action action, int key);
	/* pane->win has a new size (or is new). */
	void (*resize)(struct pane *pane, struct ui *ui);
	/* A mouse event at ROW, COL of the pane. */
	void (*mouse)(struct pane *pane, struct ui *ui, int row, int col, mmask_t buttons);
	/* The document was reloaded: drop everything derived from the old one. */
	void (*reset)(struct pane *pane, struct ui *ui);
	void (*destroy)(struct pane *pane);
};

struct pane {
	const struct pane_ops *ops;
	WINDOW *win;            /* NULL while the pane is not on screen */
	int top, left, height, width;
};

enum pane_id { PANE_OUTLINE, PANE_DETAIL, PANE_FIGURES, PANE_COUNT };

/* Attributes of everything drawn, set once from the terminal's colours. */
struct theme {
	attr_t title, status, message, error, border, marker, count;
	attr_t heading[3];      /* by depth: 1, 2, 3 and deeper */
	attr_t figure[FIGURE_KIND_COUNT];
	attr_t match, current_match, selected_figure;
	attr_t row_focused, row_unfocused, breadcrumb, root;
};

/* The glyphs of borders and markers: Unicode, or ASCII for --ascii. */
struct glyphs {
	const char *vline, *hline, *folded, *unfolded, *leaf, *ellipsis, *separator;
	int ellipsis_width;
};


/* A search beside the keys: first the sections near where it was typed,
 * then (the count) the whole report.  Esc sets CANCEL, which the search
 * looks at between paragraphs. */
struct search_job {
	struct job job;
	atomic_bool cancel;
	struct search_query *query;
	const struct doc *doc;
	const struct outline *outline;
	size_t start, end;       /* the text searched */
	size_t whole_start, whole_end;  /* all the search is to look in: the report, or
	                                   the section it is kept in */
	size_t origin;           /* its first match is shown from there (SIZE_MAX: the
	                            reading position) */
	bool show;               /* false: none is shown (the report was reloaded) */
	bool announce;           /* "not found" said on the status line */
	char terms[256];
	unsigned flags;          /* enum search_flags */
	struct match_list result;
	enum bg_status status;   /* of the search, once done */
	struct timespec started;
};

/* The search prompt, while it is open. */
struct prompt {
	bool open;
	char text[256];
	size_t length;
	struct browse_search old;       /* what Esc goes back to */
	bool old_counting;              /* its count was still to come */
	size_t origin;                  /* the reading position it opened at */
	struct browse_scope section;    /* the section it opened in (Ctrl-t) */
	/* Up and Down: the search recalled (the count of those kept: none,
	 * what was typed, DRAFT, is shown). */
	size_t recalled;
	char draft[256];
};

/* The line asked for on the status line after | (a shell command) or s
 * (a file name), while it is open. */
enum ask_kind { ASK_NONE, ASK_PIPE, ASK_SAVE };

struct ask {
	enum ask_kind kind;
	char text[256];
	size_t length;
};

/* The library view (several reports): the list of reports, or the rows
 * of a search across them, and its own search prompt. */
struct library_view {
	size_t entry;                   /* the list's cursor, on this entry */
	size_t scroll;                  /* the list's first row shown */
	bool results;                   /* the search's rows are shown */
	size_t hit, hit_scroll;         /* their cursor and first row shown */
	bool prompt_open;
	char prompt[256];
	size_t prompt_length;
	unsigned flags;                 /* of its search: enum search_flags */
	char message[320];
	bool message_is_error;
	struct remember **remember;     /* each report's (remember.c), once opened */
};

/* The figures panel's filter prompt (/ in the panel), while it is open:
 * the rows are kept to those holding TEXT as it is typed. */
struct filter_prompt {
	bool open;
	char text[256];
	size_t length;
};

struct ui {
	/* Several reports (NULL: one).  Then the report, its document and
	 * browse state below are those of the report open (entry; SIZE_MAX
	 * and NULL before one is), and library_shown puts the library view
	 * on the screen instead of the panes. */
	struct library *library;
	bool library_shown;
	size_t entry;
	struct library_view view;
	WINDOW *library_win;

	struct report *report;
	/* the report's, as they are since its last reload */
	const struct doc *doc;
	const struct outline *outline;
	const struct figure_list *figures;
	const struct ui_options *options;
	struct theme theme;
	struct glyphs glyphs;

	int rows, cols;
	bool too_small;
	int outline_share;      /* outline pane width, percent of the screen */
	bool figures_shown;
	/* The link whose address U showed last (an index in doc->links), or
	 * SIZE_MAX. */
	size_t link_shown;
	bool help_shown;
	bool sgr_mouse;         /* SGR mouse reports asked for (1006) */
	size_t help_scroll;
	SCREEN *screen;
	FILE *input;            /* the terminal, when the report came on standard input */
	WINDOW *title_win, *status_win;
	struct pane *panes[PANE_COUNT];
	enum pane_id focus;

	/* What is shown, without the terminal: the reading position, the
	 * search, the figures listed, the folds. */
	struct browse *browse;
	size_t percent;         /* of the text above the bottom of the detail pane */

	/* A large report loads in parts: what the outline pane says while the
	 * rest loads (NULL when it is all there), and why it could not. */
	const char *loading;
	const char *failure;
	char failure_text[512];
	/* The search beside the keys, in one of two slots: the other holds
	 * the search given up before it, whose thread is left to stop on its
	 * own so that the next search need not wait for it (jobs.c). */
	struct search_job searches[2];
	unsigned search_slot;   /* the current one's */
	int after_search;       /* n, N or &, pressed while the search runs: done once it ends */
	bool figures_pending;   /* the figures are to be found, beside the keys */

	struct prompt prompt;
	struct ask ask;
	struct filter_prompt filter;
	int pending;            /* the first key of a two-key command: 'z' or '\'' */
	enum action last_action;        /* the action of the key before */
	bool quit;

	struct remember *remember;      /* where the report was left (remember.c) */
	struct recall *recall;          /* the searches typed before (recall.c) */
};

/* screen.c: lays the panes out for the screen's size. */
void ui_layout(struct ui *ui);

/* screen.c: whether pane ID is on the screen. */
bool ui_pane_shown(const struct ui *ui, enum pane_id id);

/* prompt.c: the search of --search (TERMS may be NULL). */
void ui_start_search(struct ui *ui, const char *terms);

/* prompt.c: the search prompt opened (/; IN_SECTION: \, the search kept
 * inside the current section), a key typed into it, closed (KEEP: Enter;
 * else back to the search before). */
void ui_prompt_open(struct ui *ui, bool in_section);
void ui_prompt_key(struct ui *ui, int key);
void ui_prompt_close(struct ui *ui, bool keep);

/* prompt.c: KEY edits the line TEXT (*LENGTH bytes of SIZE, kept
 * NUL-terminated) as the prompts do: Backspace takes a character back,
 * Ctrl-u all, Ctrl-w a word; a printable character is added.  False when
 * KEY is none of these or changes nothing. */
bool ui_line_edit(char *text, size_t size, size_t *length, int key);

/* actions.c: what KEY does, handed to the prompt, the focused pane or the
 * global keymap. */
void ui_handle_key(struct ui *ui, int key);

/* actions.c: N bytes of TEXT to the terminal's clipboard (OSC 52), at
 * most OSC52_MAX of them (cut at a character); the status line says that
 * WHAT ("the section") was copied. */
void ui_copy(struct ui *ui, const char *text, size_t n, const char *what);

/* actions.c: reads the report again, or takes the whole of it over. */
void ui_reload(struct ui *ui);

/* bar.c: the title bar and the status line. */
void bar_draw_title(struct ui *ui);
void bar_draw_status(struct ui *ui);

/* jobs.c: starts and takes over the work beside the keys once a screen
 * is drawn (*LOADING: the whole report is still to be loaded); true when
 * something was taken over and the screen is to be redrawn. */
bool jobs_step(struct ui *ui, bool *loading);

/* jobs.c: how long to wait for a key (ms), and whether a job finished (or
 * the whole load moved on from STEP) while waiting. */
int jobs_timeout(const struct ui *ui);
bool jobs_ready(const struct ui *ui, int step);

/* jobs.c: takes the figures or the whole report over when they are there
 * (WAIT: waits for them); true when it did. */
bool jobs_figures_finish(struct ui *ui, bool wait);
bool jobs_whole_finish(struct ui *ui, bool wait);

/* jobs.c: what the outline pane says while the whole report loads. */
const char *jobs_loading_step(const struct ui *ui);

/* jobs.c: a search for TERMS beside the keys, first in the sections near
 * ORIGIN (with NEAR) or at once in the whole report, of which the loop
 * then counts the matches (jobs_step); a quick one is over on return.
 * Its first match at or after ORIGIN is shown (SIZE_MAX: none is).
 * False, with a message, when TERMS do not compile. */
bool jobs_search_begin(struct ui *ui, const char *terms, bool near, size_t origin);

/* jobs.c: stops the search beside the keys, its matches unknown; true
 * when one was running.  It is not waited for: its thread ends on its
 * own, reading the document until then. */
bool jobs_search_cancel(struct ui *ui);

/* jobs.c: jobs_search_cancel, and waits for every search given up to end:
 * before the document they read goes. */
bool jobs_search_stop(struct ui *ui);

/* jobs.c: whether a search runs beside the keys, and for how long (ms). */
bool jobs_searching(const struct ui *ui);
long jobs_search_ms(const struct ui *ui);

/* jobs.c: waits for every job (at the end). */
void jobs_join(struct ui *ui);

/* jobs.c: whether KEY acts on the part of a report still loading. */
bool jobs_needs_whole(const struct ui *ui, int key);

/* draw.c: drawing that never lets curses wrap, never splits a character
 * and never sends a control character raw. */
void theme_init(struct theme *theme, bool color);
void glyphs_init(struct glyphs *glyphs, bool ascii);

/* Draws S (N bytes) at ROW, COL of WIN in at most WIDTH columns with
 * ATTR; returns the columns used.  Unsafe characters are drawn in their
 * visible forms; a character that does not fit whole is left out. */
int draw_text(WINDOW *win, int row, int col, int width, const char *s, size_t n, attr_t attr);

/* The same, with an ellipsis when S does not fit. */
int draw_truncated(WINDOW *win, int row, int col, int width, const char *s, size_t n, attr_t attr,
		   const struct glyphs *glyphs);

/* Attribute of the character at doc->text offset OFFSET, for draw_styled. */
typedef attr_t (*style_fn)(void *context, size_t offset);

/* Draws doc text S (N bytes) that starts at text offset OFFSET, each
 * character with STYLE's attribute. */
int draw_styled(WINDOW *win, int row, int col, int width, const char *s, size_t n, size_t offset,
		style_fn style, void *context);

/* Draws a heading's label and title (truncated with an ellipsis). */
int draw_heading(WINDOW *win, int row, int col, int width, const struct outline_node *node,
		 attr_t attr, const struct glyphs *glyphs);

/* Fills WIDTH columns at ROW, COL with spaces in ATTR. */
void draw_fill(WINDOW *win, int row, int col, int width, attr_t attr);

/* The panes. */
struct pane *outline_pane_new(struct ui *ui);
struct pane *detail_pane_new(struct ui *ui);
struct pane *figures_pane_new(struct ui *ui);

/* pane_figures.c: the filter prompt opened (/ in the panel), and a key
 * typed into it: Enter keeps the filter, Esc (or an empty filter) shows
 * every row again. */
void figures_prompt_open(struct ui *ui);
void figures_prompt_key(struct ui *ui, int key);

/* pane_figures.c: the height the figures panel wants for its rows, at
 * least FIGURES_MIN_HEIGHT (the header and two rows), at most MOST: a
 * section with two figures gives the rest of the screen to the text. */
#define FIGURES_MIN_HEIGHT 3
int figures_pane_height(const struct ui *ui, int most);

/* pane_detail.c: the text rows on screen, for the search: true when
 * OFFSET is on screen. */
bool detail_pane_shows(struct pane *pane, size_t offset);

/* terminal.c: true when the terminal TERM can show the browser; else
 * false, with a message on stderr. */
bool terminal_usable(const char *term);

/* Makes ncurses write each frame at once, just after newterm: until the
 * screen has been left and taken up again, ncurses 6 writes to the
 * terminal at every cursor motion (dozens of writes a frame, each waking
 * the terminal, which then competes with the browser for the processor
 * while the frame is still being written). */
void terminal_whole_frames(void);

/* Gives SIGINT, SIGTERM and SIGHUP (the signals that end the browser) to
 * HANDLER, or back to their default with NULL. */
void terminal_catch_signals(void (*handler)(int));

/* remember.c: back to where the report was left, if the history is on
 * and knows it (a message on the status line when the state file is
 * unusable). */
void remember_open(struct ui *ui);

/* remember.c: the whole of a report opened in parts is there: to where
 * it was left, if that lay beyond the first part and the reader has not
 * moved. */
void remember_whole(struct ui *ui);

/* remember.c: keeps where the report is left; a message for standard
 * error in WARNING (SIZE bytes; "" when none). */
void remember_close(struct ui *ui, char *warning, size_t size);

/* library_view.c: the library view drawn into ui->library_win, its
 * title bar and status line. */
void library_view_draw(struct ui *ui);
void library_view_title(struct ui *ui);
void library_view_status(struct ui *ui);

/* library_view.c: what KEY does in the library view. */
void library_view_key(struct ui *ui, int key);

/* library_view.c: L in a report: back to the library view, on that
 * report's row. */
void library_view_show(struct ui *ui);

/* library_view.c: opens ENTRY's report in the panes where it was left
 * (the first time at its start), leaving the one open as it is; then
 * shows match MATCH of the search across the reports (SIZE_MAX: none).
 * False, with a message, when the report is not loaded. */
bool library_view_open(struct ui *ui, size_t entry, size_t match);

/* library_view.c: :n and :p: the next or previous report in the
 * library's order. */
void library_view_neighbour(struct ui *ui, bool next);

/* library_view.c: n or N at the last (first) match of a search across
 * the reports: true when it went on into the next (previous) report
 * with matches. */
bool library_view_next_match(struct ui *ui, bool forward);

/* recall.c: the searches typed before, read from the state file when
 * the history is on (a message on the status line when it is unusable),
 * and freed. */
void recall_open(struct ui *ui);
void recall_close(struct ui *ui);

/* recall.c: SEARCH was kept (Enter): the newest of those recalled, and
 * in the state file at once when the history is on. */
void recall_keep(struct ui *ui, const char *search);

/* recall.c: the prompt opens: nothing is recalled yet. */
void recall_begin(struct ui *ui);

/* recall.c: Up (OLDER) or Down in the prompt: the search before or after
 * the one shown that begins with what was typed, into the prompt's text;
 * past the newest, what was typed.  False when there is none. */
bool recall_step(struct ui *ui, bool older);

/* handoff.c: | and s ask for a command or a file name (KIND) on the
 * status line; a key typed there (Enter runs it, Esc gives up). */
void ui_ask_open(struct ui *ui, enum ask_kind kind);
void ui_ask_key(struct ui *ui, int key);

/* handoff.c: the key after "FILE exists: overwrite it?": y saves over
 * it, any other keeps it. */
void ui_ask_overwrite(struct ui *ui, int key);

/* handoff.c: v: the editor ($VISUAL, $EDITOR, vi) on the report's file
 * at the source line read (+LINE FILE), the terminal left and taken
 * back; a message when the report is no text file or came on standard
 * input, or the editor failed. */
void ui_edit(struct ui *ui);

/* help.c: the ? overlay. */
void help_draw(struct ui *ui);
void help_key(struct ui *ui, enum action action, int key);

#endif
