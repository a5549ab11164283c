/* SPDX-License-Identifier: GPL-3.0-or-later */
/* search.c - running a search: each term's matches (search_hits.c) found
 * in one pass over the text, in two threads on a large text, then given
 * their sections and places.
 *
 * Several terms are ANDed within a section: a match is kept when the
 * section that holds it -- the deepest one, as outline_section_at() gives
 * it: its heading and its text up to the next heading of any level, an
 * org-mode "entry" -- holds matches of every term.  Text before the first
 * heading counts as one more section.  Finding needs the document only,
 * so it can run while the outline is built (search_find); the sections
 * come after (search_assign). */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "job.h"
#include "search_impl.h"
#include "sorted.h"

/* A large text is searched in two threads, each taking a half split
 * between paragraphs (a match never crosses a paragraph's end); below
 * this, a thread costs more than it saves. */
enum { SPLIT_MIN = 4 << 20 };

/* The matches of each term, before they have sections. */
struct search_found {
	struct search_hit_list *hits;  /* one list per term */
	size_t term_count;
	bool located;                  /* their places are known */
};

bool
search_found_offsets(const struct search_query *query, const struct search_found *found,
		     size_t **out, size_t *count)
{
	const struct search_hit_list *hits = found->hits;

	*out = NULL;
	*count = 0;
	if (search_term_count(query) != 1 || found->term_count != 1)
		return false;
	if (hits[0].count > 0) {
		*out = malloc(hits[0].count * sizeof **out);
		if (!*out)
			return false;
		for (size_t i = 0; i < hits[0].count; i++)
			(*out)[i] = hits[0].items[i].offset;
	}
	*count = hits[0].count;
	return true;
}

void
search_found_free(struct search_found *found)
{
	if (!found)
		return;
	if (found->hits)
		for (size_t t = 0; t < found->term_count; t++)
			free(found->hits[t].items);
	free(found->hits);
	free(found);
}

/* ------------------------------------------------------------------ */
/* Finding                                                             */

struct half_search {
	const struct search_query *query;
	const uint8_t *text;
	size_t n;
	struct search_hit_list *hits;
	enum bg_status status;
};

static void
search_half(void *arg)
{
	struct half_search *h = arg;

	h->status = search_find_terms(h->query, h->text, h->n, h->hits);
}

/* search_find_terms over all of TEXT, in two threads when it is large. */
static enum bg_status
find_terms_split(const struct search_query *query, const uint8_t *text, size_t n,
		 struct search_hit_list *hits)
{
	size_t mid = job_split_point((const char *)text, n,
				     query->split_min ? query->split_min : SPLIT_MIN, '\n');
	struct half_search first = { query, text, mid, hits, BG_OK };
	struct half_search second = { query, text + mid, n - mid, NULL, BG_OK };
	enum bg_status st;

	if (mid >= n)
		return search_find_terms(query, text, n, hits);
	second.hits = calloc(query->term_count, sizeof *second.hits);
	if (!second.hits)
		return BG_ERR_NOMEM;
	job_pair(search_half, &first, search_half, &second);
	st = first.status != BG_OK ? first.status : second.status;
	/* The second half's matches after the first's, at their places. */
	for (size_t t = 0; st == BG_OK && t < query->term_count; t++) {
		for (size_t i = 0; st == BG_OK && i < second.hits[t].count; i++)
			if (!search_hit_add(&hits[t], mid + second.hits[t].items[i].offset,
					    second.hits[t].items[i].length))
				st = BG_ERR_NOMEM;
	}
	for (size_t t = 0; t < query->term_count; t++)
		free(second.hits[t].items);
	free(second.hits);
	return st;
}

/* Gives HITS their lines and columns; BG_ERR_CANCELLED when QUERY's
 * search is given up meanwhile (many hits take a while). */
static enum bg_status
locate_hits(const struct search_query *query, const struct doc *doc,
	    struct search_hit_list *hits)
{
	struct doc_cursor cursor = { 0 };

	for (size_t i = 0; i < hits->count; i++) {
		if ((i & 4095) == 4095 && search_cancelled(query))
			return BG_ERR_CANCELLED;
		doc_locate_next(doc, &cursor, hits->items[i].offset, &hits->items[i].line,
				&hits->items[i].column);
	}
	return BG_OK;
}

/* Finds QUERY's matches in [START, END) of DOC's text (both at the start
 * of a paragraph, or END at the text's end), and their places when
 * LOCATE_ALL or when the query has one term. */
static enum bg_status
find_matches(const struct search_query *query, const struct doc *doc, size_t start, size_t end,
	     bool locate_all, struct search_found **out)
{
	struct search_found *found = calloc(1, sizeof *found);
	enum bg_status st = BG_ERR_NOMEM;

	*out = NULL;
	if (!found)
		return BG_ERR_NOMEM;
	found->term_count = query->term_count;
	found->hits = calloc(query->term_count, sizeof *found->hits);
	if (!found->hits)
		goto done;
	if (query->is_regex) {
		st = search_find_regex(query, doc, start, end, &found->hits[0]);
		if (st != BG_OK)
			goto done;
	} else {
		if (!fold_prepare())
			goto done;
		st = find_terms_split(query, (const uint8_t *)doc->text + start, end - start, found->hits);
		if (st != BG_OK)
			goto done;
		for (size_t t = 0; start > 0 && t < query->term_count; t++)
			for (size_t i = 0; i < found->hits[t].count; i++)
				found->hits[t].items[i].offset += start;
	}
	/* One term's matches are all kept, so they are located here, while
	 * the outline may be being built.  Several terms' lose those outside
	 * sections with every term: locating them all costs more, unless
	 * this runs in a second thread. */
	if (locate_all || query->term_count == 1) {
		for (size_t t = 0; t < query->term_count; t++) {
			st = locate_hits(query, doc, &found->hits[t]);
			if (st != BG_OK)
				goto done;
		}
		found->located = true;
	}
	st = BG_OK;
done:
	if (st != BG_OK)
		search_found_free(found);
	else
		*out = found;
	return st;
}

enum bg_status
search_find(const struct search_query *query, const struct doc *doc, struct search_found **out)
{
	return find_matches(query, doc, 0, doc->text_length, true, out);
}

enum bg_status
search_find_range(const struct search_query *query, const struct doc *doc, size_t start,
		  size_t end, struct search_found **out)
{
	if (end > doc->text_length)
		end = doc->text_length;
	if (start > end)
		start = end;
	return find_matches(query, doc, start, end, true, out);
}

/* ------------------------------------------------------------------ */
/* Sections                                                            */

/* The index of NODE in per-section arrays: outline->count for the root. */
static size_t
section_index(const struct outline *outline, const struct outline_node *node)
{
	return node == &outline->root || node->index == OUTLINE_ROOT_INDEX ? outline->count : node->index;
}

/* outline_section_at() for offsets that mostly grow, as an index in
 * per-section arrays: the previous answer while it holds, else a search
 * that gallops on from the previous heading, so that few headings (each a
 * cache miss in a large outline) are looked at when the next offset is
 * near.  Not sorted_upper: outline->nodes holds pointers, the offsets are
 * behind them. */
struct section_cursor {
	const struct outline *outline;
	size_t heading;         /* the last heading at or before the previous offset */
	bool started;
	size_t section;         /* the previous answer, */
	size_t from, until;     /* right for offsets in [from, until) */
};

static size_t
section_at(struct section_cursor *c, size_t offset)
{
	const struct outline *outline = c->outline;
	const struct outline_node *node;
	size_t lo = 0, hi = outline->count;

	if (outline->count == 0 || outline->nodes[0]->offset > offset)
		return outline->count;
	if (c->started && offset >= c->from && offset < c->until)
		return c->section;
	/* Heading LO starts at or before OFFSET, heading HI (if any) after. */
	if (c->started && outline->nodes[c->heading]->offset <= offset) {
		size_t step = 1;
		lo = c->heading;
		while (lo + step < outline->count && outline->nodes[lo + step]->offset <= offset) {
			lo += step;
			step *= 2;
		}
		if (lo + step < outline->count)
			hi = lo + step;
	}
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (outline->nodes[mid]->offset <= offset)
			lo = mid;
		else
			hi = mid;
	}
	c->heading = lo;
	c->started = true;
	node = outline->nodes[lo];
	while (node->parent && offset >= node->end)
		node = node->parent;
	/* The sections NODE holds ended before OFFSET: NODE is the answer up
	 * to its end or the next heading. */
	c->section = section_index(outline, node);
	c->from = offset;
	c->until = lo + 1 < outline->count ? outline->nodes[lo + 1]->offset : SIZE_MAX;
	if (node->parent && node->end < c->until)
		c->until = node->end;
	return c->section;
}

enum bg_status
search_assign(const struct search_query *query, struct search_found *found,
	      const struct doc *doc, const struct outline *outline, struct match_list *out)
{
	struct search_hit_list *hits = found->hits;
	uint64_t *masks = NULL, all;
	size_t *heads, total = 0;
	struct doc_cursor places = { 0 };
	enum bg_status st = BG_ERR_NOMEM;

	out->items = NULL;
	out->count = 0;
	heads = calloc(query->term_count, sizeof *heads);
	if (!heads)
		goto done;
	for (size_t t = 0; t < query->term_count; t++) {
		struct section_cursor cursor = { outline, 0, false, 0, 0, 0 };
		for (size_t i = 0; i < hits[t].count; i++)
			hits[t].items[i].section = section_at(&cursor, hits[t].items[i].offset);
		total += hits[t].count;
	}

	/* AND: keep the matches in sections that hold every term. */
	all = query->term_count == SEARCH_TERM_MAX ? UINT64_MAX
						   : ((uint64_t)1 << query->term_count) - 1;
	if (query->term_count > 1) {
		masks = calloc(outline->count + 1, sizeof *masks);
		if (!masks)
			goto done;
		for (size_t t = 0; t < query->term_count; t++)
			for (size_t i = 0; i < hits[t].count; i++)
				masks[hits[t].items[i].section] |= (uint64_t)1 << t;
	}
	if (total > 0) {
		out->items = malloc(total * sizeof *out->items);
		if (!out->items)
			goto done;
	}

	/* Merge the terms' matches into document order. */
	for (;;) {
		size_t best = SIZE_MAX;
		const struct search_hit *hit;
		struct match *m;

		for (size_t t = 0; t < query->term_count; t++)
			if (heads[t] < hits[t].count &&
			    (best == SIZE_MAX ||
			     hits[t].items[heads[t]].offset < hits[best].items[heads[best]].offset))
				best = t;
		if (best == SIZE_MAX)
			break;
		/* placing many matches takes a while: a search given up
		 * while they are placed ends here */
		if ((out->count & 4095) == 4095 && search_cancelled(query)) {
			st = BG_ERR_CANCELLED;
			goto done;
		}
		hit = &hits[best].items[heads[best]++];
		if (masks && masks[hit->section] != all)
			continue;
		m = &out->items[out->count++];
		m->offset = hit->offset;
		m->length = hit->length;
		m->term = best;
		m->section = hit->section == outline->count ? &outline->root
							    : outline->nodes[hit->section];
		if (found->located) {
			m->line = hit->line;
			m->column = hit->column;
		} else {
			doc_locate_next(doc, &places, hit->offset, &m->line, &m->column);
		}
	}
	if (out->count == 0) {
		free(out->items);
		out->items = NULL;
	}
	st = BG_OK;
done:
	if (st != BG_OK)
		search_free(out);
	free(heads);
	free(masks);
	return st;
}

enum bg_status
search_run(const struct search_query *query, const struct doc *doc,
	   const struct outline *outline, struct match_list *out)
{
	struct search_found *found;
	enum bg_status st = find_matches(query, doc, 0, doc->text_length, false, &found);

	if (st != BG_OK) {
		out->items = NULL;
		out->count = 0;
		return st;
	}
	st = search_assign(query, found, doc, outline, out);
	search_found_free(found);
	return st;
}

void
search_free(struct match_list *list)
{
	free(list->items);
	list->items = NULL;
	list->count = 0;
}

void
search_count_sections(const struct match_list *matches, const struct outline *outline,
		      size_t *own, size_t *total)
{
	size_t *counts = own ? own : total;

	if (!counts)
		return;
	memset(counts, 0, (outline->count + 1) * sizeof *counts);
	for (size_t i = 0; i < matches->count; i++)
		counts[section_index(outline, matches->items[i].section)]++;
	if (!total)
		return;
	if (total != counts)
		memcpy(total, counts, (outline->count + 1) * sizeof *total);
	/* Subsections come after their section: from the last one back, each
	 * adds its total to its parent's, once complete.  Only sections with
	 * matches are looked at. */
	for (size_t i = outline->count; i-- > 0;)
		if (total[i] > 0)
			total[section_index(outline, outline->nodes[i]->parent)] += total[i];
}

size_t
search_match_after(const struct match_list *matches, size_t offset)
{
	/* The matches before OFFSET are those at or before OFFSET - 1. */
	return offset == 0 ? 0 : SORTED_UPPER(matches->items, matches->count, offset, offset - 1);
}
