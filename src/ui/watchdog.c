/* SPDX-License-Identifier: GPL-3.0-or-later */
/* watchdog.c - the terminal restored whatever runs (watchdog.h). */
#include <config.h>

#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "ui/pane.h"

#include <term.h>   /* after pane.h, which it would garble */

#include "ui/watchdog.h"

static struct {
	bool running;
	int fd;
	struct termios modes;
	bool have_modes;
	char restore[256];      /* the sequences that leave the full screen */
	size_t restore_length;
	sem_t wake;
	pthread_t thread;
	atomic_int sig;
	volatile sig_atomic_t *pending;
	atomic_bool restoring, stopping;
} dog;

static void
sleep_ms(int ms)
{
	struct timespec t = { ms / 1000, (long)(ms % 1000) * 1000000L };

	while (nanosleep(&t, &t) != 0)
		continue;
}

/* Whether the loop took the signal up within MS milliseconds. */
static bool
taken_up(int ms)
{
	for (int waited = 0; waited < ms; waited += 10) {
		if (atomic_load(&dog.stopping) || !*dog.pending)
			return true;
		sleep_ms(10);
	}
	return atomic_load(&dog.stopping) || !*dog.pending;
}

static void *
watch(void *arg)
{
	(void)arg;
	for (;;) {
		int sig;
		struct sigaction sa;

		while (sem_wait(&dog.wake) != 0)
			continue;
		if (atomic_load(&dog.stopping))
			return NULL;
		if (taken_up(WATCHDOG_MS))
			continue;
		/* The loop is restoring the terminal: give it a second. */
		if (atomic_load(&dog.restoring) && taken_up(1000))
			continue;
		if (atomic_load(&dog.stopping))
			return NULL;
		sig = atomic_load(&dog.sig);
		if (dog.restore_length > 0 && write(dog.fd, dog.restore, dog.restore_length) < 0)
			continue;
		if (dog.have_modes)
			tcsetattr(dog.fd, TCSADRAIN, &dog.modes);
		memset(&sa, 0, sizeof sa);
		sigemptyset(&sa.sa_mask);
		sa.sa_handler = SIG_DFL;
		sigaction(sig, &sa, NULL);
		raise(sig);
		_exit(128 + sig);
	}
}

bool
watchdog_start(int fd)
{
	memset(&dog.restore, 0, sizeof dog.restore);
	dog.fd = fd;
	dog.restore_length = 0;
	dog.have_modes = isatty(fd) && tcgetattr(fd, &dog.modes) == 0;
	atomic_store(&dog.restoring, false);
	atomic_store(&dog.stopping, false);
	if (sem_init(&dog.wake, 0, 0) != 0)
		return false;
	if (pthread_create(&dog.thread, NULL, watch, NULL) != 0) {
		sem_destroy(&dog.wake);
		return false;
	}
	dog.running = true;
	return true;
}

/* Appends the terminal's capability NAME to the restore sequences. */
static void
add(const char *name)
{
	const char *s = tigetstr(name);
	size_t n;

	if (!s || s == (const char *)-1)
		return;
	n = strlen(s);
	if (dog.restore_length + n < sizeof dog.restore) {
		memcpy(dog.restore + dog.restore_length, s, n);
		dog.restore_length += n;
	}
}

void
watchdog_arm(void)
{
	dog.restore_length = 0;
	add("sgr0");
	add("cnorm");
	add("rmkx");
	add("rmcup");
	/* mouse reports off: the X10 and button-event modes ncurses asks
	 * for, and the SGR form the browser asks for */
	static const char mouse_off[] = "\033[?1006l\033[?1002l\033[?1000l";
	if (dog.restore_length + sizeof mouse_off - 1 < sizeof dog.restore) {
		memcpy(dog.restore + dog.restore_length, mouse_off, sizeof mouse_off - 1);
		dog.restore_length += sizeof mouse_off - 1;
	}
}

void
watchdog_signal(int sig, volatile sig_atomic_t *pending)
{
	if (!dog.running)
		return;
	atomic_store(&dog.sig, sig);
	dog.pending = pending;
	sem_post(&dog.wake);
}

void
watchdog_restoring(void)
{
	atomic_store(&dog.restoring, true);
}

void
watchdog_stop(void)
{
	if (!dog.running)
		return;
	atomic_store(&dog.stopping, true);
	sem_post(&dog.wake);
	pthread_join(dog.thread, NULL);
	sem_destroy(&dog.wake);
	dog.running = false;
}
