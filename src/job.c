/* SPDX-License-Identifier: GPL-3.0-or-later */
/* job.c - work in a second thread. */
#include <config.h>

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <time.h>

#include "job.h"

static void *
job_main(void *arg)
{
	struct job *job = arg;
	sigset_t all;

	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, NULL);
	job->work(job->arg);
	pthread_mutex_lock(&job->lock);
	atomic_store(&job->done, true);
	pthread_cond_broadcast(&job->ended);
	pthread_mutex_unlock(&job->lock);
	return NULL;
}

/* The lock and condition job_wait waits on, its clock the monotonic one;
 * false when they cannot be had. */
static bool
wait_init(struct job *job)
{
	pthread_condattr_t attr;
	bool ok;

	if (pthread_condattr_init(&attr) != 0)
		return false;
	ok = pthread_condattr_setclock(&attr, CLOCK_MONOTONIC) == 0 &&
	     pthread_cond_init(&job->ended, &attr) == 0;
	pthread_condattr_destroy(&attr);
	if (ok && pthread_mutex_init(&job->lock, NULL) != 0) {
		pthread_cond_destroy(&job->ended);
		ok = false;
	}
	return ok;
}

void
job_start(struct job *job, void (*work)(void *), void *arg)
{
	job->work = work;
	job->arg = arg;
	atomic_store(&job->done, false);
	job->running = true;
	job->threaded = wait_init(job);
	if (job->threaded && pthread_create(&job->thread, NULL, job_main, job) != 0) {
		pthread_cond_destroy(&job->ended);
		pthread_mutex_destroy(&job->lock);
		job->threaded = false;
	}
	if (!job->threaded) {
		work(arg);
		atomic_store(&job->done, true);
	}
}

void
job_run_here(struct job *job, void (*work)(void *), void *arg)
{
	job->work = work;
	job->arg = arg;
	job->running = true;
	job->threaded = false;
	work(arg);
	atomic_store(&job->done, true);
}

bool
job_finished(struct job *job, bool wait)
{
	if (!job->running || (!wait && !atomic_load(&job->done)))
		return false;
	if (job->threaded) {
		pthread_join(job->thread, NULL);
		pthread_cond_destroy(&job->ended);
		pthread_mutex_destroy(&job->lock);
	}
	job->running = false;
	job->threaded = false;
	return true;
}

bool
job_wait(struct job *job, long ms)
{
	struct timespec until;

	if (!job->threaded || atomic_load(&job->done))
		return atomic_load(&job->done);
	clock_gettime(CLOCK_MONOTONIC, &until);
	until.tv_sec += ms / 1000;
	until.tv_nsec += ms % 1000 * 1000000L;
	if (until.tv_nsec >= 1000000000L) {
		until.tv_sec++;
		until.tv_nsec -= 1000000000L;
	}
	pthread_mutex_lock(&job->lock);
	while (!atomic_load(&job->done) &&
	       pthread_cond_timedwait(&job->ended, &job->lock, &until) != ETIMEDOUT)
		;
	pthread_mutex_unlock(&job->lock);
	return atomic_load(&job->done);
}

void
job_pair(void (*first)(void *), void *a, void (*second)(void *), void *b)
{
	struct job job;

	job_start(&job, second, b);
	first(a);
	job_finished(&job, true);
}

size_t
job_split_point(const char *text, size_t n, size_t min, char separator)
{
	const char *at;

	if (n < min || n < 2)
		return n;
	at = memchr(text + n / 2, separator, n - n / 2);
	return at ? (size_t)(at - text) + 1 : n;
}
