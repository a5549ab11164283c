/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_pattern.c - regular expressions with limits. */
#include "unit.h"

#include <time.h>

#include "pattern.h"

static struct pattern *
compiled(const char *source, unsigned flags)
{
	struct pattern *p = NULL;
	struct bg_error err = { BG_OK, "" };
	enum bg_status st = pattern_compile(source, strlen(source), flags, &p, &err);

	if (st != BG_OK)
		print_error("%s: %s\n", source, err.detail);
	assert_int_equal(st, BG_OK);
	return p;
}

static enum bg_status
refused(const char *source, size_t n, char *detail)
{
	struct pattern *p = NULL;
	struct bg_error err = { BG_OK, "" };
	enum bg_status st = pattern_compile(source, n, 0, &p, &err);

	assert_null(p);
	if (detail)
		strcpy(detail, err.detail);
	return st;
}

static void
finds_and_places(void **state)
{
	const char *text = "全年投资920万元，其中财政资金35亿元。";
	struct pattern *p = compiled("[0-9]+亿元", 0);
	struct pattern_matcher *m = pattern_matcher_new(p);
	size_t start, end;
	(void)state;

	assert_non_null(m);
	assert_int_equal(pattern_find(p, m, text, strlen(text), 0, &start, &end), PATTERN_FOUND);
	assert_int_equal(end - start, strlen("35亿元"));
	assert_memory_equal(text + start, "35亿元", end - start);
	assert_int_equal(pattern_find(p, m, text, strlen(text), end, &start, &end), PATTERN_NONE);
	assert_int_equal(pattern_matches(p, m, "没有", strlen("没有")), PATTERN_NONE);
	pattern_matcher_free(m);
	pattern_free(p);

	/* ^ and $ at line ends, as POSIX's REG_NEWLINE; . not across them. */
	p = compiled("^二、", 0);
	m = pattern_matcher_new(p);
	text = "一、甲\n二、乙";
	assert_int_equal(pattern_find(p, m, text, strlen(text), 0, &start, &end), PATTERN_FOUND);
	assert_int_equal(start, strlen("一、甲\n"));
	pattern_matcher_free(m);
	pattern_free(p);
	p = compiled("甲.乙", 0);
	m = pattern_matcher_new(p);
	assert_int_equal(pattern_matches(p, m, "甲\n乙", strlen("甲\n乙")), PATTERN_NONE);
	assert_int_equal(pattern_matches(p, m, "甲丙乙", strlen("甲丙乙")), PATTERN_FOUND);
	pattern_matcher_free(m);
	pattern_free(p);

	/* POSIX classes and counted repeats. */
	p = compiled("[[:digit:]]{4}年", 0);
	m = pattern_matcher_new(p);
	assert_int_equal(pattern_matches(p, m, "于2023年", strlen("于2023年")), PATTERN_FOUND);
	assert_int_equal(pattern_matches(p, m, "于23年", strlen("于23年")), PATTERN_NONE);
	pattern_matcher_free(m);
	pattern_free(p);

	p = compiled("gdp", PATTERN_CASELESS);
	m = pattern_matcher_new(p);
	assert_int_equal(pattern_matches(p, m, "GDP增长", strlen("GDP增长")), PATTERN_FOUND);
	pattern_matcher_free(m);
	pattern_free(p);
}

/* The literal every match holds. */
static void
literals(void **state)
{
	static const struct {
		const char *pattern, *literal;
	} cases[] = {
		{ "[0-9]+亿元", "亿元" },
		{ "亿元[0-9]+", "亿元" },
		{ "普法", "普法" },
		{ "a|b", "" },
		{ "(甲|乙)方案", "方案" },
		{ "工作x?报告", "工作" },
		{ "x{0,3}报告", "报告" },
		{ "x{2}报告", "报告" },
		{ "\\.5%", ".5%" },
		{ "\\d+万人", "万人" },
		{ "[万亿]元", "元" },
		{ "第.条", "第" },
		{ "\\Qa|b\\E", "" },
		{ "a*", "" },
		{ "(x)", "" },
		{ "[]x]报告", "报告" },
		{ "[[:digit:]]年", "年" },
		{ "亿元+", "亿元" },
		{ "亿元*", "亿" },
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct pattern *p = compiled(cases[i].pattern, 0);
		size_t length;
		const char *literal = pattern_literal(p, &length);

		if (length != strlen(cases[i].literal) ||
		    (length && memcmp(literal, cases[i].literal, length) != 0))
			fail_msg("%s: literal \"%.*s\", expected \"%s\"", cases[i].pattern,
				 (int)length, literal ? literal : "", cases[i].literal);
		pattern_free(p);
	}
	/* Caseless: no literal, for it would miss the other case. */
	{
		struct pattern *p = compiled("gdp", PATTERN_CASELESS);
		size_t length;
		assert_null(pattern_literal(p, &length));
		assert_int_equal(length, 0);
		pattern_free(p);
	}
}

/* How much longer a sanitizer's build may take (BAOGAO_TEST_WAIT_SCALE).
 * The times are the process's CPU time, so a busy machine does not make
 * the bombs look slow. */
static double
wait_scale(void)
{
	const char *scale = getenv("BAOGAO_TEST_WAIT_SCALE");
	return scale && atof(scale) >= 1 ? atof(scale) : 1;
}

static double
seconds_since(const struct timespec *t0)
{
	struct timespec t1;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

/* Patterns that would run away are refused, or stopped as too costly,
 * within a fraction of a second. */
static void
bombs(void **state)
{
	char detail[200];
	char *big;
	struct timespec t0;
	(void)state;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
	/* Repeats of repeats: too large to compile. */
	assert_int_equal(refused("((a{255}){255}){255}", strlen("((a{255}){255}){255}"), detail),
			 BG_ERR_REGEX);
	/* A 20,000-way alternation: too long. */
	big = malloc(40001);
	assert_non_null(big);
	for (int i = 0; i < 20000; i++)
		memcpy(big + 2 * i, "a|", 2);
	big[39999] = 'a';
	big[40000] = '\0';
	assert_int_equal(refused(big, strlen(big), detail), BG_ERR_REGEX);
	assert_non_null(strstr(detail, "longer than"));
	/* Parentheses nested too deep. */
	memset(big, '(', 100);
	memset(big + 100, ')', 100);
	assert_int_equal(refused(big, 200, detail), BG_ERR_REGEX);
	assert_non_null(strstr(detail, "nested"));
	free(big);
	/* Not UTF-8. */
	assert_int_equal(refused("a\xff", 2, detail), BG_ERR_REGEX);
	assert_non_null(strstr(detail, "UTF-8"));
	/* Bad syntax says where. */
	assert_int_equal(refused("a(b", 3, detail), BG_ERR_REGEX);
	assert_non_null(strstr(detail, "at byte"));

	/* Backreferences over a long line: stopped by the match limit. */
	{
		/* [bc], not b: PCRE2 would rule out a line with no b at once. */
		struct pattern *p = compiled("(a*)(a*)\\2\\1[bc]", 0);
		struct pattern_matcher *m = pattern_matcher_new(p);
		char line[2001];
		enum pattern_result r = PATTERN_NONE;
		memset(line, 'a', 2000);
		line[2000] = '\0';
		/* One long line: the step limit. */
		assert_int_equal(pattern_matches(p, m, line, 2000), PATTERN_TOO_COSTLY);
		pattern_matcher_free(m);
		assert_true(seconds_since(&t0) < 2.0 * wait_scale());
		/* Many lines of 400 characters, each under the step limit but
		 * costly together: the time budget. */
		clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
		m = pattern_matcher_new(p);
		for (int i = 0; i < 1000 && r == PATTERN_NONE; i++)
			r = pattern_matches(p, m, line, 400);
		assert_int_equal(r, PATTERN_TOO_COSTLY);
		assert_true(seconds_since(&t0) < 2.0 * wait_scale());
		clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
		pattern_matcher_free(m);
		pattern_free(p);
	}
	/* Nested repeats over a long run: either refused or stopped. */
	{
		struct pattern *p = NULL;
		struct bg_error err;
		const char *source = "x{0,255}{0,255}{0,255}y";
		if (pattern_compile(source, strlen(source), 0, &p, &err) == BG_OK) {
			struct pattern_matcher *m = pattern_matcher_new(p);
			char line[2001];
			enum pattern_result r;
			memset(line, 'x', 2000);
			line[2000] = '\0';
			r = pattern_matches(p, m, line, 2000);
			assert_true(r == PATTERN_TOO_COSTLY || r == PATTERN_NONE);
			pattern_matcher_free(m);
			pattern_free(p);
		}
	}
	{
		struct pattern *p = compiled("(x+x+)+[yz]", 0);
		struct pattern_matcher *m = pattern_matcher_new(p);
		char line[5001];
		memset(line, 'x', 5000);
		line[5000] = '\0';
		assert_int_equal(pattern_matches(p, m, line, 5000), PATTERN_TOO_COSTLY);
		pattern_matcher_free(m);
		pattern_free(p);
	}
	assert_true(seconds_since(&t0) < 2.0 * wait_scale());
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(finds_and_places),
		cmocka_unit_test(literals),
		cmocka_unit_test(bombs),
	};
	return UNIT_RUN(tests);
}
