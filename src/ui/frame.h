/* SPDX-License-Identifier: GPL-3.0-or-later */
/* frame.h - tells a test driving the browser in a terminal when a frame
 * is complete, so that it never reads a half-drawn screen. */
#ifndef BAOGAO_UI_FRAME_H
#define BAOGAO_UI_FRAME_H

/* Call right after each doupdate() that puts a whole frame on the
 * terminal.  When the environment holds BAOGAO_FRAME_FD=N (N >= 3, an
 * open file descriptor), writes the frame's number (1, 2, ...) and a
 * newline to N; otherwise does nothing.  The environment is read once. */
void frame_done(void);

#endif
