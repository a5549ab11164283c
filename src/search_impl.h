/* SPDX-License-Identifier: GPL-3.0-or-later */
/* search_impl.h - what the files of the search module share, and no one
 * else: a compiled query (search_query.c), and the matches of each of its
 * terms (search_hits.c) before search.c gives them their sections. */
#ifndef BAOGAO_SEARCH_IMPL_H
#define BAOGAO_SEARCH_IMPL_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "pattern.h"
#include "pinyin.h"
#include "search.h"

/* How many terms one query may AND: a bit each in a section's mask. */
enum { SEARCH_TERM_MAX = 64 };

struct search_term {
	uint8_t *folded;        /* folded, ignorable characters left out */
	size_t length;
	bool is_pinyin;         /* also matched as pinyin, read into: */
	struct pinyin_term pinyin;
};

struct search_query {
	bool is_regex;
	bool pinyin;                    /* SEARCH_PINYIN */
	unsigned fold_flags;            /* enum fold_flags of the terms' folding */
	struct pattern *pattern;        /* the regular expression, when is_regex */
	struct search_term *terms;
	size_t term_count, term_capacity;
	size_t split_min;       /* search_set_split_min's, 0 for the default */
	const atomic_bool *cancel;      /* search_set_cancel's, or NULL */
};

/* Whether QUERY's search is to stop now (search_set_cancel). */
static inline bool
search_cancelled(const struct search_query *query)
{
	return query->cancel && atomic_load_explicit(query->cancel, memory_order_relaxed);
}

/* A match of one term, before its place is known. */
struct search_hit {
	size_t offset, length;
	uint32_t line, column;  /* once located */
	size_t section;         /* once known: its index, outline->count for the root */
};

struct search_hit_list {
	struct search_hit *items;
	size_t count, capacity;
};

/* Appends a hit at OFFSET of LENGTH bytes to LIST (whose items the owner
 * frees); returns false when out of memory. */
bool search_hit_add(struct search_hit_list *list, size_t offset, size_t length);

/* Appends the matches of each of QUERY's terms (not a regular expression)
 * in TEXT (N bytes, whole paragraphs) to HITS[term], in order, with
 * offsets into TEXT.  Needs fold_prepare(); returns BG_OK, BG_ERR_CANCELLED
 * or BG_ERR_NOMEM. */
enum bg_status search_find_terms(const struct search_query *query, const uint8_t *text, size_t n,
		       struct search_hit_list *hits);

/* Appends the matches of QUERY's regular expression in the paragraphs of
 * DOC that start in [START, END) to HITS, in order.  Returns BG_OK,
 * BG_ERR_COSTLY when the pattern hit a limit (HITS then holds the matches
 * found before), BG_ERR_CANCELLED or BG_ERR_NOMEM. */
enum bg_status search_find_regex(const struct search_query *query, const struct doc *doc, size_t start,
		       size_t end, struct search_hit_list *hits);

#endif
