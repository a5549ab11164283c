/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pattern.h - regular expressions with limits: the one engine behind
 * --regex searches and the noise rules.
 *
 * PCRE2 in UTF mode (JIT where the platform has it), reading the POSIX
 * extended syntax users know (a|b, (…), [[:digit:]], x{2,3}, ^ $ at line
 * ends), with Unicode classes as a UTF-8 locale has them ([[:space:]]
 * takes U+3000, [[:alpha:]] takes 中, [[:digit:]] also takes ０-９).  Where the two differ, PCRE2's reading holds: an alternation
 * takes the first alternative that matches, not the longest (a|ab on "ab"
 * matches "a"), and \d \w \s and lazy or possessive quantifiers are
 * accepted too.  A pattern, or a match, that would cost more than the
 * limits below is an error the caller sees, never a hang or an
 * out-of-memory. */
#ifndef BAOGAO_PATTERN_H
#define BAOGAO_PATTERN_H

#include <stdbool.h>
#include <stddef.h>

#include "status.h"

/* The limits.  A pattern longer than PATTERN_MAX_LENGTH bytes or nesting
 * parentheses deeper than PATTERN_MAX_NESTING is refused when compiled.
 * One match that takes more than PATTERN_MATCH_LIMIT steps of the matcher
 * or more than PATTERN_HEAP_LIMIT KiB is "too costly"; so is a matcher
 * whose matches together take longer than PATTERN_TIME_BASE_MS plus
 * PATTERN_TIME_NS_PER_BYTE for each byte it was given (a backreference
 * can cost a quarter of a second on one 400-character line without
 * reaching the step limit, and a report has thousands of lines). */
enum {
	PATTERN_MAX_LENGTH = 4096,
	PATTERN_MAX_NESTING = 32,
	PATTERN_MATCH_LIMIT = 200000,
	PATTERN_DEPTH_LIMIT = 10000,
	PATTERN_HEAP_LIMIT = 65536,
	PATTERN_TIME_BASE_MS = 1000,
	PATTERN_TIME_NS_PER_BYTE = 50,
};

struct pattern;

/* Options of pattern_compile. */
enum pattern_flags {
	PATTERN_CASELESS = 1,   /* letters match either case */
	/* ^ and $ at the start and end of the whole text only, and . takes a
	 * line end too: as POSIX regexec reads a paragraph (the noise rules). */
	PATTERN_WHOLE_TEXT = 2,
};

/* Compiles SOURCE (N bytes of UTF-8) with FLAGS into *OUT, which the caller
 * frees with pattern_free.  Returns BG_OK, or BG_ERR_REGEX with the reason
 * and its place in ERR's detail (invalid UTF-8, bad syntax, too long, too
 * deep), or BG_ERR_NOMEM. */
enum bg_status pattern_compile(const char *source, size_t n, unsigned flags,
			       struct pattern **out, struct bg_error *err);

/* Frees P (NULL is fine). */
void pattern_free(struct pattern *p);

/* What one pattern_find says. */
enum pattern_result {
	PATTERN_FOUND,
	PATTERN_NONE,
	PATTERN_TOO_COSTLY,     /* a limit was hit: the search must stop */
	PATTERN_FAILED,         /* out of memory or an engine error */
};

/* Per-thread room for matching, and the time budget of one search: each
 * thread that matches makes its own with pattern_matcher_new (the budget
 * starts then) and frees it with pattern_matcher_free (NULL is fine).
 * NULL when memory runs out. */
struct pattern_matcher;
struct pattern_matcher *pattern_matcher_new(const struct pattern *p);
void pattern_matcher_free(struct pattern_matcher *m);

/* Finds the first match of P in S (N bytes of valid UTF-8) at or after
 * byte FROM (a character boundary); on PATTERN_FOUND sets [*START, *END).
 * The text before FROM is seen as context (for ^ and lookbehind).  M is
 * this thread's matcher for P. */
enum pattern_result pattern_find(const struct pattern *p, struct pattern_matcher *m,
				 const char *s, size_t n, size_t from, size_t *start, size_t *end);

/* Whether P matches anywhere in S (N bytes of valid UTF-8): pattern_find
 * from 0 without the places. */
enum pattern_result pattern_matches(const struct pattern *p, struct pattern_matcher *m,
				    const char *s, size_t n);

/* Whether P matches anywhere in S (N bytes, UTF-8 checked here), for a
 * caller with no matcher of its own (such as rules shared by threads):
 * the step limits hold, the time budget is the caller's. */
enum pattern_result pattern_test(const struct pattern *p, const char *s, size_t n);

/* The longest run of plain text that every match of P contains (for "[0-9]+亿元",
 * "亿元"), so that a caller can skip text without it before matching;
 * sets *LENGTH, 0 (and returns NULL) when there is no such run or P is
 * caseless.  The bytes belong to P. */
const char *pattern_literal(const struct pattern *p, size_t *length);

#endif
