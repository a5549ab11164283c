/* SPDX-License-Identifier: GPL-3.0-or-later */
/* job.c - work in a second thread. */
#include <config.h>

#include <signal.h>
#include <string.h>

#include "job.h"

static void *
job_main(void *arg)
{
	struct job *job = arg;
	sigset_t all;

	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, NULL);
	job->work(job->arg);
	atomic_store(&job->done, true);
	return NULL;
}

void
job_start(struct job *job, void (*work)(void *), void *arg)
{
	job->work = work;
	job->arg = arg;
	atomic_store(&job->done, false);
	job->running = true;
	job->threaded = pthread_create(&job->thread, NULL, job_main, job) == 0;
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
	if (job->threaded)
		pthread_join(job->thread, NULL);
	job->running = false;
	job->threaded = false;
	return true;
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
