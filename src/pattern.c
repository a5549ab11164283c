/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pattern.c - regular expressions on PCRE2, with limits. */
#include <config.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pattern.h"
#include "utf8.h"

struct pattern {
	pcre2_code *code;
	pcre2_match_context *context;
	bool jit;
	char *literal;          /* see pattern_literal; NULL when none */
	size_t literal_length;
};

struct pattern_matcher {
	pcre2_match_data *data;
	pcre2_match_context *context;
	pcre2_jit_stack *stack;
	struct timespec started;
	size_t bytes;           /* given to match so far */
};

/* Nanoseconds since START. */
static long long
nanoseconds_since(const struct timespec *start)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (long long)(now.tv_sec - start->tv_sec) * 1000000000LL +
	       (now.tv_nsec - start->tv_nsec);
}

/* ---- the literal every match contains ---- */

/* Whether [P, END) opens a counted repeat {n}, {n,}, {n,m} or {,m};
 * sets *LENGTH and *LEAST (its lower bound). */
static bool
counted_repeat(const char *p, const char *end, size_t *length, unsigned long *least)
{
	const char *q = p + 1;
	bool digits = false;

	*least = 0;
	while (q < end && *q >= '0' && *q <= '9') {
		if (*least < 100000)
			*least = *least * 10 + (unsigned long)(*q - '0');
		q++;
		digits = true;
	}
	if (q < end && *q == ',') {
		q++;
		while (q < end && *q >= '0' && *q <= '9') {
			q++;
			digits = true;
		}
	}
	if (!digits || q >= end || *q != '}')
		return false;
	*length = (size_t)(q + 1 - p);
	return true;
}

/* The end of the bracket expression that opens at P ("[...]"), or END. */
static const char *
bracket_end(const char *p, const char *end)
{
	const char *q = p + 1;

	if (q < end && *q == '^')
		q++;
	if (q < end && *q == ']')
		q++;
	while (q < end && *q != ']') {
		if (*q == '[' && q + 1 < end && (q[1] == ':' || q[1] == '.' || q[1] == '=')) {
			const char *close = q + 2;
			while (close + 1 < end && !(close[0] == q[1] && close[1] == ']'))
				close++;
			q = close + 1 < end ? close + 2 : end;
			continue;
		}
		if (*q == '\\' && q + 1 < end)
			q++;
		q++;
	}
	return q < end ? q + 1 : end;
}

/* The end of the group that opens at P ("(...)"), or END. */
static const char *
group_end(const char *p, const char *end)
{
	int depth = 0;

	while (p < end) {
		if (*p == '\\' && p + 1 < end) {
			p += 2;
			continue;
		}
		if (*p == '[') {
			p = bracket_end(p, end);
			continue;
		}
		if (*p == '(')
			depth++;
		else if (*p == ')' && --depth == 0)
			return p + 1;
		p++;
	}
	return end;
}

/* Finds the longest run of literal characters at the top level of the
 * pattern S (N bytes) that every match must contain, into P.  Anything
 * it does not understand ends a run, so what it finds is always safe; a
 * top-level alternation, or \Q...\E, gives none. */
static bool
find_literal(struct pattern *pat, const char *s, size_t n)
{
	const char *p = s, *end = s + n;
	char *run = malloc(n + 1), *best = malloc(n + 1);
	size_t run_length = 0, best_length = 0, last = 0;   /* LAST: bytes of the run's last atom */
	bool usable = run && best;

	while (usable && p < end) {
		size_t atom = 0, k, q;
		unsigned long least;
		bool literal = false;

		if (*p == '|' || (*p == '\\' && p + 1 < end && (p[1] == 'Q' || p[1] == 'E'))) {
			usable = false;
			break;
		}
		if (*p == '\\' && p + 1 < end) {
			unsigned char c = (unsigned char)p[1];
			literal = c < 0x80 && !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z') &&
				  !(c >= 'A' && c <= 'Z');
			if (literal)
				run[run_length] = (char)c;
			atom = 2;
			k = 1;
		} else if (*p == '[') {
			atom = (size_t)(bracket_end(p, end) - p);
		} else if (*p == '(') {
			atom = (size_t)(group_end(p, end) - p);
		} else if (*p == '.' || *p == '^' || *p == '$' || *p == ')') {
			atom = 1;
		} else if (*p == '*' || *p == '+' || *p == '?' ||
			   (*p == '{' && counted_repeat(p, end, &q, &least))) {
			/* A quantifier with nothing before it: PCRE2 refuses it. */
			atom = 1;
		} else {
			k = utf8_length(p, (size_t)(end - p));
			memcpy(run + run_length, p, k);
			literal = true;
			atom = k;
		}
		p += atom;
		if (literal) {
			run_length += k;
			last = k;
		} else {
			run_length = 0;
			last = 0;
		}
		/* A quantifier after the atom. */
		if (p < end && (*p == '*' || *p == '?' || *p == '+' ||
				(*p == '{' && counted_repeat(p, end, &q, &least)))) {
			bool optional = *p == '*' || *p == '?' || (*p == '{' && least == 0);
			p += *p == '{' ? q : 1;
			if (p < end && (*p == '?' || *p == '+'))
				p++;    /* lazy or possessive */
			if (optional && literal)
				run_length -= last;
			if (run_length > best_length) {
				memcpy(best, run, run_length);
				best_length = run_length;
			}
			run_length = 0;
			last = 0;
			continue;
		}
		if (run_length > best_length) {
			memcpy(best, run, run_length);
			best_length = run_length;
		}
	}
	free(run);
	if (!usable || best_length == 0) {
		free(best);
		return best != NULL || !usable;
	}
	pat->literal = best;
	pat->literal_length = best_length;
	return true;
}

/* ---- compiling and matching ---- */

/* Parentheses nested deeper than the limit, counted by hand: PCRE2's own
 * nest limit counts other things too (and 10.42 takes it as a compile
 * context setting that we set as well). */
static bool
too_deep(const char *s, size_t n)
{
	int depth = 0;

	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\\') {
			i++;
		} else if (s[i] == '[') {
			i = (size_t)(bracket_end(s + i, s + n) - s) - 1;
		} else if (s[i] == '(') {
			if (++depth > PATTERN_MAX_NESTING)
				return true;
		} else if (s[i] == ')' && depth > 0) {
			depth--;
		}
	}
	return false;
}

enum bg_status
pattern_compile(const char *source, size_t n, unsigned flags, struct pattern **out,
		struct bg_error *err)
{
	pcre2_compile_context *cc;
	struct pattern *p;
	int code;
	PCRE2_SIZE offset;
	/* UCP: [[:space:]] takes U+3000 and [[:alpha:]] takes 中, as the
	 * classes of a UTF-8 locale do in POSIX regcomp. */
	uint32_t options = PCRE2_UTF | PCRE2_UCP | PCRE2_MULTILINE;

	*out = NULL;
	if (n > PATTERN_MAX_LENGTH)
		return bg_fail(err, BG_ERR_REGEX, "longer than %d bytes", PATTERN_MAX_LENGTH);
	if (utf8_valid_length(source, n) != n)
		return bg_fail(err, BG_ERR_REGEX, "not UTF-8 at byte %zu",
			       utf8_valid_length(source, n) + 1);
	if (too_deep(source, n))
		return bg_fail(err, BG_ERR_REGEX, "parentheses nested deeper than %d",
			       PATTERN_MAX_NESTING);
	if (flags & PATTERN_CASELESS)
		options |= PCRE2_CASELESS;
	if (flags & PATTERN_WHOLE_TEXT)
		options = (options & ~(uint32_t)PCRE2_MULTILINE) | PCRE2_DOTALL | PCRE2_DOLLAR_ENDONLY;
	p = calloc(1, sizeof *p);
	cc = pcre2_compile_context_create(NULL);
	if (!p || !cc) {
		free(p);
		pcre2_compile_context_free(cc);
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	}
	pcre2_set_max_pattern_length(cc, PATTERN_MAX_LENGTH);
	pcre2_set_parens_nest_limit(cc, PATTERN_MAX_NESTING * 2);
	p->code = pcre2_compile((PCRE2_SPTR)source, n, options, &code, &offset, cc);
	pcre2_compile_context_free(cc);
	if (!p->code) {
		PCRE2_UCHAR why[160];
		if (pcre2_get_error_message(code, why, sizeof why) < 0)
			strcpy((char *)why, "cannot compile");
		free(p);
		if (code == PCRE2_ERROR_NOMEMORY)
			return bg_fail(err, BG_ERR_NOMEM, NULL);
		return bg_fail(err, BG_ERR_REGEX, "%s (at byte %zu)", (const char *)why,
			       (size_t)offset + 1);
	}
	p->context = pcre2_match_context_create(NULL);
	if (!p->context || !find_literal(p, source, n)) {
		pattern_free(p);
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	}
	if (flags & PATTERN_CASELESS) {
		free(p->literal);
		p->literal = NULL;
		p->literal_length = 0;
	}
	pcre2_set_match_limit(p->context, PATTERN_MATCH_LIMIT);
	pcre2_set_depth_limit(p->context, PATTERN_DEPTH_LIMIT);
	pcre2_set_heap_limit(p->context, PATTERN_HEAP_LIMIT);
	/* BAOGAO_NO_JIT: the interpreter only, for a memory checker that
	 * cannot follow machine code made at run time (valgrind) */
	p->jit = !getenv("BAOGAO_NO_JIT") && pcre2_jit_compile(p->code, PCRE2_JIT_COMPLETE) == 0;
	*out = p;
	return BG_OK;
}

void
pattern_free(struct pattern *p)
{
	if (!p)
		return;
	pcre2_code_free(p->code);
	pcre2_match_context_free(p->context);
	free(p->literal);
	free(p);
}

struct pattern_matcher *
pattern_matcher_new(const struct pattern *p)
{
	struct pattern_matcher *m = calloc(1, sizeof *m);

	if (!m)
		return NULL;
	m->data = pcre2_match_data_create_from_pattern(p->code, NULL);
	m->context = pcre2_match_context_copy(p->context);
	if (!m->data || !m->context) {
		pattern_matcher_free(m);
		return NULL;
	}
	if (p->jit) {
		/* The JIT's own stack bounds its depth; a larger one than its
		 * default 32 KiB lets ordinary patterns through. */
		m->stack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
		if (!m->stack) {
			pattern_matcher_free(m);
			return NULL;
		}
		pcre2_jit_stack_assign(m->context, NULL, m->stack);
	}
	clock_gettime(CLOCK_MONOTONIC, &m->started);
	return m;
}

void
pattern_matcher_free(struct pattern_matcher *m)
{
	if (!m)
		return;
	pcre2_match_data_free(m->data);
	pcre2_match_context_free(m->context);
	pcre2_jit_stack_free(m->stack);
	free(m);
}

enum pattern_result
pattern_find(const struct pattern *p, struct pattern_matcher *m, const char *s, size_t n,
	     size_t from, size_t *start, size_t *end)
{
	int rc = pcre2_match(p->code, (PCRE2_SPTR)s, n, from, PCRE2_NO_UTF_CHECK, m->data,
			     m->context);
	PCRE2_SIZE *v;

	m->bytes += n - from;
	if (nanoseconds_since(&m->started) >
	    PATTERN_TIME_BASE_MS * 1000000LL + (long long)m->bytes * PATTERN_TIME_NS_PER_BYTE)
		return PATTERN_TOO_COSTLY;
	if (rc == PCRE2_ERROR_NOMATCH)
		return PATTERN_NONE;
	if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
	    rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT)
		return PATTERN_TOO_COSTLY;
	if (rc < 0)
		return PATTERN_FAILED;
	v = pcre2_get_ovector_pointer(m->data);
	/* \K in a lookahead can end a match before its start. */
	if (v[1] < v[0])
		return PATTERN_FAILED;
	*start = v[0];
	*end = v[1];
	return PATTERN_FOUND;
}

enum pattern_result
pattern_matches(const struct pattern *p, struct pattern_matcher *m, const char *s, size_t n)
{
	size_t start, end;
	return pattern_find(p, m, s, n, 0, &start, &end);
}

enum pattern_result
pattern_test(const struct pattern *p, const char *s, size_t n)
{
	pcre2_match_data *data = pcre2_match_data_create(1, NULL);
	int rc;

	if (!data)
		return PATTERN_FAILED;
	rc = pcre2_match(p->code, (PCRE2_SPTR)s, n, 0, 0, data, p->context);
	pcre2_match_data_free(data);
	if (rc == PCRE2_ERROR_NOMATCH)
		return PATTERN_NONE;
	if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
	    rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT)
		return PATTERN_TOO_COSTLY;
	return rc < 0 ? PATTERN_FAILED : PATTERN_FOUND;
}

const char *
pattern_literal(const struct pattern *p, size_t *length)
{
	*length = p->literal_length;
	return p->literal;
}
