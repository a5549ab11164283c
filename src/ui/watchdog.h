/* SPDX-License-Identifier: GPL-3.0-or-later */
/* watchdog.h - the terminal restored on SIGINT, SIGTERM and SIGHUP
 * whatever the browser is doing.  The signal handler only sets a flag for
 * the key loop; when the loop has not taken it up within WATCHDOG_MS (it
 * may be waiting for the whole report, or in a costly search), a thread
 * of its own writes the sequences that leave the full-screen mode, puts
 * the terminal's modes back as they were, and lets the signal kill the
 * process. */
#ifndef BAOGAO_UI_WATCHDOG_H
#define BAOGAO_UI_WATCHDOG_H

#include <signal.h>
#include <stdbool.h>

enum { WATCHDOG_MS = 300 };

/* Saves the modes of the terminal on FD and starts the thread; before
 * curses sets the terminal up.  False when it cannot (then signals are
 * only handled by the loop). */
bool watchdog_start(int fd);

/* Takes the sequences that restore the screen from the terminal curses
 * set up (after newterm). */
void watchdog_arm(void);

/* From the signal handler: SIG came in; *PENDING is the flag the loop
 * clears (or keeps) when it takes the signal up. */
void watchdog_signal(int sig, volatile sig_atomic_t *pending);

/* The loop restores the terminal itself now: the thread keeps out unless
 * that takes more than a second. */
void watchdog_restoring(void);

/* Stops the thread (the terminal is restored). */
void watchdog_stop(void);

#endif
