/* ui.h - the full-screen ncursesw browser.  The only part of baogao that
 * includes curses. */
#ifndef BAOGAO_UI_H
#define BAOGAO_UI_H

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
};

/* Runs the browser on DOC until the user quits.  The terminal is restored
 * on every way out.  Returns 0, or 2 when the terminal could not be used
 * (with a message on stderr). */
int ui_run(struct doc *doc, struct outline *outline, struct figure_list *figures,
	   const struct ui_options *options);

#endif
