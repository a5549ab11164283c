/* SPDX-License-Identifier: GPL-3.0-or-later */
/* search.h - find every mention: folded (NFKC, case, white space) substring
 * search or POSIX regular expressions, reported by section.
 *
 * Folding: full-width and compatibility forms, case, ignorable characters
 * (white space, U+3000, zero-width ones) and, unless turned off,
 * traditional and simplified forms do not matter, on either side: ＸＸ区
 * finds XX区, gdp finds ＧＤＰ, 总理李克强 finds 总理 李克强, 勞動 finds
 * 劳动.  Matches stay within a paragraph and cover whole original
 * characters.  Several terms are ANDed within a section: the deepest
 * section holding a match, from its heading to the next heading of any
 * level (text before the first heading is one more section). */
#ifndef BAOGAO_SEARCH_H
#define BAOGAO_SEARCH_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "outline.h"
#include "status.h"

struct search_query;

/* Compiles TERMS (UTF-8): words separated by white space are ANDed within
 * a section; "…" (or ＂…＂) quotes a phrase, whose spaces are ignored like
 * all white space; an unclosed quote runs to the end, so a query being
 * typed compiles.  With REGEX, TERMS is one POSIX extended regular
 * expression, matched unfolded.  Traditional and simplified forms are
 * folded (search_compile_with to choose).  Returns BG_ERR_QUERY when TERMS holds no
 * term or is not UTF-8, BG_ERR_REGEX (with regerror's words in ERR's
 * detail) for a bad expression.  *OUT is the caller's (search_query_free). */
enum bg_status search_compile(const char *terms, bool regex, struct search_query **out,
			      struct bg_error *err);

/* How a query matches, for search_compile_with. */
enum search_flags {
	SEARCH_REGEX = 1 << 0,          /* TERMS is a regular expression */
	SEARCH_NO_VARIANT_FOLD = 1 << 1, /* 勞動 and 劳动 differ */
	SEARCH_PINYIN = 1 << 2,         /* a term in Latin letters also matches
					 * Han text whose readings spell it */
};

/* search_compile with FLAGS (enum search_flags) rather than REGEX alone;
 * without SEARCH_NO_VARIANT_FOLD, the traditional and simplified forms of
 * a Han character are folded like case (勞動 finds 劳动, 发 finds 發 and
 * 髮).  With SEARCH_PINYIN, a term of Latin letters (at least two; tone
 * digits and apostrophes allowed: pu3'fa3) also matches the Han
 * characters whose Mandarin readings spell it, each character by its
 * whole syllable or its initial: pufa, pu3fa3 and pf find 普法, zfgzbg finds
 * 政府工作报告, yinhang 银行 and xingdong 行动 (pinyin.h); its literal
 * matches are found too (gdp finds GDP).  Ignored with SEARCH_REGEX. */
enum bg_status search_compile_with(const char *terms, unsigned flags, struct search_query **out,
				   struct bg_error *err);

/* Makes ready the tables that the first folded search of a process needs
 * (made when baogao was built: little is left to do), so that a search
 * typed later does not wait for them.  Safe in any thread; returns false
 * when out of memory. */
bool search_prepare(void);

/* Whether a document the loader makes of TEXT (N bytes of UTF-8, a text
 * file's) may hold a match of QUERY.  False only when it cannot: a term
 * has a character that stands nowhere in TEXT, in any form that folds to
 * it (for a regular expression: a character of the literal every match
 * holds), and no escape could write it (escapes.h), since the loader adds
 * to a text file's characters only white space and a Markdown table's
 * dashes.  A hard wrap, noise or a term cut by either do not matter: a
 * character is looked for, not the term.  One pass over TEXT when it
 * cannot match (in two threads on a large text, as search_set_split_min
 * says), less when it may: much cheaper than loading a report that
 * holds no match.  Pinyin terms are taken to match.  True when out of
 * memory. */
bool search_may_match(const struct search_query *query, const char *text, size_t n);

struct gb18030_seen;

/* search_may_match for the text that the text reader decodes N BYTES of
 * GB18030 into, told from the bytes as they stand, without decoding them
 * (gb18030.h): false only when search_may_match would say false on that
 * text.  Each character of the query's terms (in every form that folds to
 * it) is looked for among the characters the bytes hold, found by
 * walking them from the start, so that a raw match that starts inside a
 * two-byte character is not taken for one.  *SEEN gets what the walk saw;
 * when SEEN->decodes is false the bytes are no GB18030 the reader
 * decodes, and true is returned. */
bool search_may_match_gb18030(const struct search_query *query, const char *bytes, size_t n,
			      struct gb18030_seen *seen);

/* Frees QUERY; NULL is fine. */
void search_query_free(struct search_query *query);

/* Makes searches with QUERY split a text of at least MIN bytes in two
 * halves, searched at the same time in two threads; MIN 0 (what
 * search_compile sets) means 4 MiB, below which a thread costs more than
 * it saves.  Tests set a small MIN to take the two-thread path. */
void search_set_split_min(struct search_query *query, size_t min);

/* Makes searches with QUERY stop, with BG_ERR_CANCELLED, soon after
 * *CANCEL turns true (it is looked at between paragraphs, and every few
 * thousand places a term may stand), so that another thread can stop a
 * costly search; NULL: they run to the end.  *CANCEL must outlive the
 * searches. */
void search_set_cancel(struct search_query *query, const atomic_bool *cancel);

struct match {
	size_t offset;          /* doc->text offset of the match's first byte */
	size_t length;          /* bytes of original text covered */
	uint32_t line, column;  /* 1-based source place, column in characters */
	size_t term;            /* which term matched (0 for a regex) */
	const struct outline_node *section;  /* deepest section holding it */
};

struct match_list {
	struct match *items;
	size_t count;
};

/* Finds the matches of QUERY in DOC (whose outline is OUTLINE), in
 * document order; *OUT's items are the caller's (search_free).  Only
 * sections where every term matches keep their matches; the matches of
 * one term do not overlap.  One pass over the text, without folding it:
 * about 20 ms for a 100 MB report, so it can run at every keystroke.
 * Returns BG_OK (also when nothing matched), BG_ERR_COSTLY (a regular
 * expression hit a limit), BG_ERR_CANCELLED (search_set_cancel) or
 * BG_ERR_NOMEM. */
enum bg_status search_run(const struct search_query *query, const struct doc *doc,
			  const struct outline *outline, struct match_list *out);

/* search_run in two steps, the first of which needs no outline, so that it
 * can run in another thread while the outline is built. */
struct search_found;

/* Finds the matches of QUERY in DOC (only read) and their places, before
 * their sections are known.  *OUT is the caller's (search_found_free).
 * Returns what search_run does. */
enum bg_status search_find(const struct search_query *query, const struct doc *doc,
			   struct search_found **out);

/* search_find in [START, END) of doc->text only, where both are the start
 * of a paragraph (or END the end of the text).  With START and END at
 * headings, search_assign then gives the matches of the sections in
 * between exactly as over the whole report: for a search near the reading
 * position, at a cost that does not grow with the report. */
enum bg_status search_find_range(const struct search_query *query, const struct doc *doc,
				 size_t start, size_t end, struct search_found **out);

/* Gives FOUND (search_find's for QUERY and DOC) the sections of OUTLINE and
 * fills *OUT as search_run does.  Returns BG_OK, BG_ERR_NOMEM or
 * BG_ERR_CANCELLED (search_set_cancel), *OUT then empty. */
enum bg_status search_assign(const struct search_query *query, struct search_found *found,
			     const struct doc *doc, const struct outline *outline,
			     struct match_list *out);

/* The doc->text offsets of the matches FOUND (search_find's for QUERY)
 * holds, ascending, in *OUT (*COUNT of them; the caller frees it), for
 * a count of them by section without a list of them.  Only for a QUERY of
 * one term, whose every match is kept: false when it has several, or when
 * memory runs out. */
bool search_found_offsets(const struct search_query *query, const struct search_found *found,
			  size_t **out, size_t *count);

/* Frees FOUND; NULL is fine. */
void search_found_free(struct search_found *found);

/* Frees LIST's matches and empties it; the list itself is the caller's. */
void search_free(struct match_list *list);

/* Returns how many terms QUERY ANDs (1 for a regular expression);
 * match->term is below it. */
size_t search_term_count(const struct search_query *query);

/* Counts MATCHES per section of OUTLINE (the one they were found with).
 * OWN[i] gets the matches whose deepest section is outline->nodes[i],
 * TOTAL[i] those anywhere in its subtree; index outline->count stands for
 * the root: OWN there counts text before the first heading, TOTAL all
 * matches.  Each array holds outline->count + 1 entries; either may be
 * NULL. */
void search_count_sections(const struct match_list *matches, const struct outline *outline,
			   size_t *own, size_t *total);

/* Returns the index of the first match of MATCHES that starts at or after
 * OFFSET in doc->text, or matches->count when none does (for "next match"). */
size_t search_match_after(const struct match_list *matches, size_t offset);

#endif
