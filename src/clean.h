/* SPDX-License-Identifier: GPL-3.0-or-later */
/* clean.h - noise rules: what scraped copies of reports carry that is not
 * the report (paywall markers, advertising, web-page furniture).  The rules
 * are data (data/noise.rules); this module reads and applies them. */
#ifndef BAOGAO_CLEAN_H
#define BAOGAO_CLEAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "status.h"

struct noise_rules;

/* Where a paragraph rule applies: before the title and the first heading
 * (head), after the sign-off or in the last paragraphs (tail), or both. */
enum noise_zone { NOISE_HEAD = 1, NOISE_TAIL = 2, NOISE_EDGE = 3, NOISE_LINE = 4 };

/* Parses the rules file at PATH and appends its rules to *RULES (creating
 * it when *RULES is NULL).  On a malformed rule, or one too costly to
 * compile, or too many rules, returns BG_ERR_RULES with "line N: why" in
 * ERR's detail; a file too large is BG_ERR_TOO_BIG; *RULES keeps the rules
 * read before. */
enum bg_status noise_rules_load(struct noise_rules **rules, const char *path, struct bg_error *err);

/* The same from TEXT (NUL-terminated). */
enum bg_status noise_rules_parse(struct noise_rules **rules, const char *text, struct bg_error *err);

/* Frees RULES; NULL is fine. */
void noise_rules_free(struct noise_rules *rules);

/* A byte range of the source to cut out. */
struct noise_cut {
	size_t start;
	size_t length;
};

/* Finds every marker token in TEXT (LENGTH bytes).  On success *CUTS is a
 * malloc'd array (caller frees) of *COUNT non-overlapping ranges sorted by
 * start; NULL with a count of 0 when there is none. */
enum bg_status noise_find_markers(const struct noise_rules *rules, const char *text, size_t length,
				  struct noise_cut **cuts, size_t *count);

/* What matching the rules has cost so far in one load, in one thread:
 * NOISE_COST_START before the first match.  Beside each rule's step limits,
 * the rules together may spend PATTERN_TIME_BASE_MS plus
 * PATTERN_TIME_NS_PER_BYTE for each byte they were given (pattern.h): a
 * backreference can take a quarter of a second on a line without reaching
 * the step limit. */
struct noise_cost {
	size_t costly;            /* SIZE_MAX, or the rule that hit a limit */
	long long nanoseconds;    /* spent matching */
	size_t bytes;             /* given to matching */
};
#define NOISE_COST_START { SIZE_MAX, 0, 0 }

/* True when the paragraph TEXT (LENGTH bytes, not NUL-terminated) matches
 * a paragraph rule that applies in ZONE.  Paragraphs longer than
 * NOISE_PARAGRAPH_MAX bytes never match.  COST adds up what matching
 * costs; when a rule hits a limit, COST->costly is set to it, false is
 * returned, and
 * every later call returns false at once (the caller turns it into an error
 * with noise_rule_too_costly). */
bool noise_paragraph_matches(const struct noise_rules *rules, const char *text, size_t length,
			     enum noise_zone zone, struct noise_cost *cost);

/* True when the line TEXT (LENGTH bytes, indentation already trimmed) is
 * at most NOISE_LINE_MAX bytes long and matches a line rule: a page number
 * or running header that a PDF extraction left between the lines of the
 * text.  Such lines are dropped before hard-wrapped lines are joined. */
bool noise_line_matches(const struct noise_rules *rules, const char *text, size_t length,
			struct noise_cost *cost);

/* Sets ERR to BG_ERR_COSTLY naming the file and line of RULE (as
 * noise_paragraph_matches set COST->costly) and returns BG_ERR_COSTLY. */
enum bg_status noise_rule_too_costly(const struct noise_rules *rules, size_t rule, struct bg_error *err);
#define NOISE_LINE_MAX 64
#define NOISE_PARAGRAPH_MAX 4096

/* A rules file holds at most NOISE_RULES_MAX rules and NOISE_RULES_MAX_BYTES
 * bytes: more is refused when it is read. */
#define NOISE_RULES_MAX 1000
#define NOISE_RULES_MAX_BYTES (256 * 1024)

/* The share of a document (0..1) that paragraph rules may remove before the
 * loader decides they are wrong, keeps the text and warns. */
#define NOISE_MAX_SHARE 0.25

#endif
