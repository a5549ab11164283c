/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_job.c - work beside the caller: job_wait wakes as soon as a job
 * is done and gives up when it is not done in time. */
#include "unit.h"

#include <stdatomic.h>
#include <time.h>

#include "job.h"

static double
now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* Work that runs until it is let go. */
static atomic_bool let_go;

static void
until_let_go(void *arg)
{
	int *ran = arg;
	struct timespec tick = { 0, 100000L };

	while (!atomic_load(&let_go))
		nanosleep(&tick, NULL);
	*ran = 1;
}

static void
quick(void *arg)
{
	*(int *)arg = 1;
}

/* A job still running: job_wait gives up after its time, and
 * job_finished without waiting leaves it be. */
static void
wait_gives_up(void **state)
{
	struct job job;
	int ran = 0;
	double start;

	(void)state;
	atomic_store(&let_go, false);
	job_start(&job, until_let_go, &ran);
	start = now_ms();
	assert_false(job_wait(&job, 20));
	assert_true(now_ms() - start >= 19);
	assert_false(job_finished(&job, false));
	atomic_store(&let_go, true);
	assert_true(job_wait(&job, 10000));
	assert_true(job_finished(&job, false));
	assert_int_equal(ran, 1);
}

/* A job that ends while it is waited for: job_wait returns then, long
 * before its time is up. */
static void
wait_wakes_when_done(void **state)
{
	struct job job;
	int ran = 0;
	double start;

	(void)state;
	start = now_ms();
	job_start(&job, quick, &ran);
	assert_true(job_wait(&job, 60000));
	assert_true(now_ms() - start < 30000);
	assert_true(job_finished(&job, false));
	assert_int_equal(ran, 1);
	/* a job run here is done at once */
	ran = 0;
	job_run_here(&job, quick, &ran);
	assert_true(job_wait(&job, 0));
	assert_true(job_finished(&job, false));
	assert_int_equal(ran, 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(wait_gives_up),
		cmocka_unit_test(wait_wakes_when_done),
	};
	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
