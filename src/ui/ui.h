/* ui.h - the full-screen ncursesw browser.  The only part of baogao that
 * includes curses. */
#ifndef BAOGAO_UI_H
#define BAOGAO_UI_H

#include <stdatomic.h>
#include <stdbool.h>

#include "doc.h"
#include "figures.h"
#include "outline.h"

struct ui_options {
	bool ascii;              /* borders and markers without Unicode */
	const char *search;      /* initial search terms, or NULL */
	bool regex;
	/* Reloads the document from its file (key R); NULL when it cannot be
	 * reloaded (standard input).  Returns false, with a message in MSG
	 * (MSG_SIZE bytes), when the reload failed and the old one stays. */
	bool (*reload)(void *context, struct doc **doc, struct outline **outline,
		       struct figure_list *figures, char *msg, unsigned msg_size);
	void *reload_context;
	/* When not NULL, FIGURES is empty at the start and this fills it; it is
	 * called once the first screen is drawn, so that a large report shows
	 * at once.  Returns false when out of memory.  Gets reload_context. */
	bool (*extract_figures)(void *context, const struct doc *doc, const struct outline *outline,
				struct figure_list *figures);
	/* When not NULL, the document is only the start of a large report
	 * (doc->partial): this loads the whole of it, in a second thread once
	 * the first screen is drawn, and the browser then takes it over
	 * through reload.  It sets *STEP to 1 when the text is loaded and the
	 * outline is being built.  Returns false, with a message in MSG, when
	 * the report cannot be loaded after all: the browser then ends, and
	 * ui_run prints the message and returns 2.  Gets reload_context. */
	bool (*load_whole)(void *context, atomic_int *step, char *msg, unsigned msg_size);
};

/* Runs the browser on DOC until the user quits.  The terminal is restored
 * on every way out.  Returns 0, or 2 when the terminal could not be used
 * or the whole report could not be loaded (with a message on stderr). */
int ui_run(struct doc *doc, struct outline *outline, struct figure_list *figures,
	   const struct ui_options *options);

#endif
