/* SPDX-License-Identifier: GPL-3.0-or-later */
/* job.h - the one way to run work beside the caller: a job in a second
 * thread, and a piece of work split in two halves for two cores. */
#ifndef BAOGAO_JOB_H
#define BAOGAO_JOB_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

/* A job runs WORK(ARG) in a second thread, with every signal blocked
 * there (signals are for the thread that started it).  WORK only reads
 * what the caller leaves unchanged until the job is finished, and writes
 * only its own results. */
struct job {
	void (*work)(void *arg);
	void *arg;
	pthread_t thread;
	bool running;        /* started and not yet taken over */
	bool threaded;       /* in a thread of its own, to be joined */
	atomic_bool done;
	pthread_mutex_t lock;   /* with ENDED, for job_wait (when threaded) */
	pthread_cond_t ended;
};

/* Starts WORK(ARG) as JOB.  When no thread can be had, runs it here and
 * now, so the job is always done in the end. */
void job_start(struct job *job, void (*work)(void *), void *arg);

/* Runs WORK(ARG) as JOB here and now, as job_start does when no thread
 * can be had: for work that has nothing to run beside it, where a thread
 * would only cost its start. */
void job_run_here(struct job *job, void (*work)(void *), void *arg);

/* True, once, when JOB has finished (with WAIT: waits for it first); the
 * caller then takes its results over.  False when JOB was not running or
 * is still running. */
bool job_finished(struct job *job, bool wait);

/* Waits at most MS milliseconds for JOB (started) to be done, waking as
 * soon as it is, not at the next tick of a poll; true when it is done
 * (job_finished then takes it over at once). */
bool job_wait(struct job *job, long ms);

/* Whether JOB was started and not yet taken over by job_finished. */
static inline bool
job_running(const struct job *job)
{
	return job->running;
}

/* Runs FIRST(A) in this thread and SECOND(B) in another at the same time,
 * and returns when both are done (both here, one after the other, when no
 * thread can be had). */
void job_pair(void (*first)(void *), void *a, void (*second)(void *), void *b);

/* Where to split TEXT (N bytes) in two for job_pair: just after the first
 * SEPARATOR at or after the middle, so no piece of work crosses it.
 * Returns N (no split) when N < MIN or there is no SEPARATOR there.
 * Callers take MIN from their options, where 0 means their default, so
 * tests and fuzzers can force the two-thread path on small inputs. */
size_t job_split_point(const char *text, size_t n, size_t min, char separator);

#endif
