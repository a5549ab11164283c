/* SPDX-License-Identifier: GPL-3.0-or-later */
/* osc52.h - text for the terminal's clipboard: the OSC 52 escape
 * sequence (ESC ] 52 ; c ; BASE64 BEL), which xterm, kitty, iTerm2,
 * WezTerm, foot, Windows Terminal and others take, over ssh too.
 *
 * Inside tmux an application's OSC 52 reaches tmux, which takes it into a
 * paste buffer and passes it on to the outer terminal only with
 * set-clipboard on (the default, external, drops it); with
 * allow-passthrough on, a DCS passthrough (ESC P tmux; ... ESC \, each
 * ESC inside doubled) goes to the outer terminal directly.  So inside
 * tmux both are sent.  Nothing here touches a terminal. */
#ifndef BAOGAO_OSC52_H
#define BAOGAO_OSC52_H

#include <stdbool.h>
#include <stddef.h>

/* The most text copied at once: terminals cap the sequence (xterm at
 * about 100 KB of base64 by default, others at 1 MB or so). */
#define OSC52_MAX (74 * 1024)

/* N bytes of S in base64 (RFC 4648, with padding), NUL-terminated, owned
 * by the caller; NULL when out of memory. */
char *osc52_base64(const char *s, size_t n, size_t *length);

/* The sequence that puts N bytes of TEXT on the clipboard, and when TMUX
 * the passthrough around a second copy of it (see above); owned by the
 * caller, *LENGTH bytes; NULL when out of memory. */
char *osc52_sequence(const char *text, size_t n, bool tmux, size_t *length);

#endif
