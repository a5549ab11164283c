/* SPDX-License-Identifier: GPL-3.0-or-later */
/* keytime.c - a preload library for bench/run: how long the browser
 * takes over each key, inside the process, without the terminal's round
 * trip.  A key is a read of standard input that returns bytes; its time
 * runs from that read to the last write to standard output before the
 * program next waits for input (a poll with a timeout other than 0, or
 * the next read).  Its first frame is what it wrote before it first
 * waited for anything (that poll, a sleep, or a timed wait on a
 * condition: a search's count is waited for a moment after the match
 * near the reading position is drawn).
 * Each key with a frame is written to the file named by BENCH_KEYTIME as
 * "BYTE<TAB>MS<TAB>FIRST_MS<TAB>CPU_MS<TAB>PREEMPTED", BYTE the last byte
 * read, in decimal; CPU_MS the processor time the thread that read it
 * used over MS, and PREEMPTED how often it was taken off the processor
 * meanwhile: MS well above CPU_MS is time spent waiting for a processor
 * (other programs, the browser's own threads) or for another thread.
 *   cc -shared -fPIC -O2 -o keytime.so keytime.c -ldl
 *   BENCH_KEYTIME=keys.log LD_PRELOAD=./keytime.so baogao REPORT */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

static ssize_t (*real_read)(int, void *, size_t);
static ssize_t (*real_write)(int, const void *, size_t);
static int (*real_poll)(struct pollfd *, nfds_t, int);
static FILE *keylog;
static int pending;             /* a key has been read, its frame not yet logged */
static unsigned char key;
static double key_ms, frame_ms;  /* when it was read; the last write since */
static double first_ms;         /* the end of its first frame, or 0 */
static int (*real_nanosleep)(const struct timespec *, struct timespec *);
static double key_cpu, frame_cpu;       /* the thread's processor time then */
static long key_preempted, frame_preempted;
static int (*real_timedwait)(pthread_cond_t *, pthread_mutex_t *, const struct timespec *);

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* The calling thread's processor time (ms) and involuntary switches. */
static void
thread_usage(double *cpu, long *preempted)
{
	struct timespec ts;
	struct rusage usage;

	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	*cpu = ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
	*preempted = getrusage(RUSAGE_THREAD, &usage) == 0 ? usage.ru_nivcsw : 0;
}

static void
setup(void)
{
	const char *name;

	if (real_read)
		return;
	real_read = (ssize_t (*)(int, void *, size_t))dlsym(RTLD_NEXT, "read");
	real_write = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
	real_poll = (int (*)(struct pollfd *, nfds_t, int))dlsym(RTLD_NEXT, "poll");
	real_nanosleep = (int (*)(const struct timespec *, struct timespec *))dlsym(RTLD_NEXT,
										   "nanosleep");
	real_timedwait = (int (*)(pthread_cond_t *, pthread_mutex_t *,
				  const struct timespec *))dlsym(RTLD_NEXT, "pthread_cond_timedwait");
	name = getenv("BENCH_KEYTIME");
	if (name && *name)
		keylog = fopen(name, "a");
}

/* Logs the pending key if it drew something. */
static void
key_done(void)
{
	if (pending && frame_ms > 0 && keylog) {
		fprintf(keylog, "%u\t%.3f\t%.3f\t%.3f\t%ld\n", key, frame_ms - key_ms,
			(first_ms > 0 ? first_ms : frame_ms) - key_ms, frame_cpu - key_cpu,
			frame_preempted - key_preempted);
		fflush(keylog);
	}
	pending = 0;
}

/* The first wait after a write ends the key's first frame. */
static void
waiting(void)
{
	if (pending && frame_ms > 0 && first_ms == 0)
		first_ms = frame_ms;
}

ssize_t
read(int fd, void *buffer, size_t size)
{
	ssize_t n;

	setup();
	if (fd == 0)
		key_done();
	n = real_read(fd, buffer, size);
	if (fd == 0 && n > 0) {
		pending = 1;
		key = ((unsigned char *)buffer)[n - 1];
		key_ms = now_ms();
		thread_usage(&key_cpu, &key_preempted);
		frame_ms = first_ms = 0;
	}
	return n;
}

ssize_t
write(int fd, const void *buffer, size_t size)
{
	ssize_t n;

	setup();
	n = real_write(fd, buffer, size);
	if (fd == 1 && pending) {
		frame_ms = now_ms();
		thread_usage(&frame_cpu, &frame_preempted);
	}
	return n;
}

int
poll(struct pollfd *fds, nfds_t count, int timeout)
{
	setup();
	if (timeout != 0) {
		waiting();
		key_done();
	}
	return real_poll(fds, count, timeout);
}

int
nanosleep(const struct timespec *request, struct timespec *remain)
{
	setup();
	waiting();
	return real_nanosleep(request, remain);
}

/* The browser's only timed wait on a condition is its wait for a job
 * beside the keys, in the thread that reads the keys. */
int
pthread_cond_timedwait(pthread_cond_t *condition, pthread_mutex_t *mutex,
		       const struct timespec *until)
{
	setup();
	waiting();
	return real_timedwait(condition, mutex, until);
}
