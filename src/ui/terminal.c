/* SPDX-License-Identifier: GPL-3.0-or-later */
/* terminal.c - can this terminal show the browser?  Kept apart: term.h
 * defines a macro for every terminfo capability name. */
#include <config.h>

#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "message.h"
#include "ui/pane.h"

#include <term.h>   /* after pane.h, which it would garble */

/* Checks that the terminal can show the browser; false with a message. */
bool
terminal_usable(const char *term)
{
	int err = 0;

	if (!term || !*term) {
		message_error(_("TERM is not set, so the browser cannot draw; set TERM "
			"(e.g. TERM=xterm-256color), or use --outline, --figures or --search"));
		return false;
	}
	if (setupterm(term, STDOUT_FILENO, &err) != OK) {
		message_error(_("unknown terminal type '%s'; set TERM to your terminal "
			"(e.g. xterm-256color), or use --outline, --figures or --search"), term);
		return false;
	}
	const char *cup = tigetstr("cup");
	bool usable = cup && cup != (char *)-1 && !tigetflag("hc");
	del_curterm(cur_term);
	if (!usable) {
		message_error(_("terminal '%s' cannot move the cursor, so the browser cannot "
			"draw; use --outline, --figures or --search"), term);
		return false;
	}
	return true;
}

void
terminal_whole_frames(void)
{
	def_prog_mode();
	endwin();
	doupdate();
}

void
terminal_catch_signals(void (*handler)(int))
{
	static const int signals[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = handler ? handler : SIG_DFL;
	for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++)
		sigaction(signals[i], &sa, NULL);
}
