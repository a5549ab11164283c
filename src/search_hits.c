/* SPDX-License-Identifier: GPL-3.0-or-later */
/* search_hits.c - finding each term's matches.  One character of the
 * term is its anchor: the scanner (scan.c) finds every place where the
 * anchor, or a character whose folding holds it, stands in the original
 * bytes, and only the characters around each such hit are folded to check
 * it -- or just compared, when the term stands there as it is in
 * characters that fold to themselves, as most matches in Chinese text do.
 * The anchor is the character that costs least on this text: fewest
 * needles, fewest hits in a sample (普 rather than 法 in 普法).
 *
 * A match never crosses the end of a paragraph (the loader has already
 * joined hard-wrapped lines into paragraphs) and always covers whole
 * original characters: m found in ㎡ reports and highlights ㎡.  Matches of
 * one term do not overlap; the leftmost wins.
 *
 * A regular expression is matched against each paragraph as it stands;
 * empty matches are not reported. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unistr.h>

#include "array.h"
#include "escapes.h"
#include "fold.h"
#include "gb18030.h"
#include "job.h"
#include "scan.h"
#include "search_impl.h"
#include "sorted.h"
#include "utf8.h"

/* Characters of a term tried as its anchor. */
enum { ANCHOR_CANDIDATES = 16 };

/* A character whose folding is not known cheaply. */
#define UNKNOWN ((ucs4_t)-2)

bool
search_hit_add(struct search_hit_list *list, size_t offset, size_t length)
{
	if (!ARRAY_RESERVE(list->items, list->capacity, list->count + 1))
		return false;
	list->items[list->count++] = (struct search_hit){ offset, length, 0, 0, 0 };
	return true;
}

/* ------------------------------------------------------------------ */
/* Anchors                                                             */

/* One character of a folded term, and the needles that find it. */
struct anchor {
	size_t offset;          /* bytes of the term before its first occurrence */
	size_t before;          /* characters of the term before it */
	uint8_t bytes[6];       /* its UTF-8 */
	size_t length;
	ucs4_t uc;
	ucs4_t previous, next;  /* the term's characters around it, or FOLD_NONE */
	struct scan_needle *needles;
	size_t needle_count;
};

/* A term's candidates for its anchor: its distinct characters.  They are
 * found for each run, so that compiling a query needs no variant table. */
struct anchor_set {
	struct anchor items[ANCHOR_CANDIDATES];
	size_t count;
};

static void
anchors_free(struct anchor_set *set)
{
	for (size_t i = 0; i < set->count; i++)
		free(set->items[i].needles);
	set->count = 0;
}

/* Takes up to ANCHOR_CANDIDATES distinct characters of TERM as its
 * possible anchors; combining marks only when it holds nothing else.
 * The variant table must be built.  Returns false when out of memory. */
static bool
term_anchors(const struct search_term *term, unsigned fold_flags, struct anchor_set *set)
{
	const char *folded = (const char *)term->folded;

	set->count = 0;
	for (int pass = 0; pass < 2 && set->count == 0; pass++) {
		size_t before = 0;
		for (size_t i = 0; i < term->length && set->count < ANCHOR_CANDIDATES; before++) {
			ucs4_t uc;
			size_t k = utf8_decode(folded + i, term->length - i, &uc);
			bool seen = pass == 0 && uc_combining_class(uc) != 0;
			struct anchor *a;

			for (size_t j = 0; j < set->count && !seen; j++)
				seen = set->items[j].uc == uc;
			if (!seen) {
				size_t previous = i > 0 ? utf8_previous(folded, 0, i) : 0;
				a = &set->items[set->count];
				a->offset = i;
				a->before = before;
				memcpy(a->bytes, term->folded + i, k);
				a->length = k;
				a->uc = uc;
				a->previous = a->next = FOLD_NONE;
				if (i > 0)
					utf8_decode(folded + previous, i - previous, &a->previous);
				if (i + k < term->length)
					utf8_decode(folded + i + k, term->length - i - k, &a->next);
				if (!scan_needles(uc, fold_flags, &a->needles, &a->needle_count)) {
					anchors_free(set);
					return false;
				}
				set->count++;
			}
			i += k;
		}
	}
	return true;
}

/* ------------------------------------------------------------------ */
/* Checking a hit                                                      */

/* A character of the stretch folded around a hit: its original bytes
 * [start, end) and its folding [fold_start, fold_end) in the buffer. */
struct window_char {
	size_t start, end;
	size_t fold_start, fold_end;
};

/* What plain_fold has found out about a code point. */
enum char_kind { KIND_UNKNOWN, KIND_PLAIN, KIND_OTHER, KIND_MARK };

/* What a search run works with. */
struct runner {
	const uint8_t *text;
	size_t n;
	struct scan_sample *sample;     /* taken on first use */
	struct fold_cache cache;
	struct fold_buffer folded;
	unsigned fold_flags;            /* the query's enum fold_flags */
	struct window_char *chars;
	size_t char_count, char_capacity;
	uint8_t kinds[0x10000];         /* enum char_kind of the code points below it */
};

/* The start of the code point before position P (P > 0). */
static size_t
previous_code_point(const uint8_t *text, size_t p)
{
	return utf8_previous((const char *)text, 0, p);
}

/* The start of the character (code point and marks) that holds P. */
static size_t
char_start(const uint8_t *text, size_t p)
{
	while (p > 0 && (text[p] & 0xc0) == 0x80)
		p--;
	while (p > 0 && text[p] >= 0x80) {
		ucs4_t uc;
		utf8_decode((const char *)text + p, SCAN_NEEDLE_MAX, &uc);
		if (uc_combining_class(uc) == 0)
			break;
		p = previous_code_point(text, p);
	}
	return p;
}

static bool
window_add(struct runner *r, size_t start, size_t end, size_t fold_start)
{
	if (!ARRAY_RESERVE(r->chars, r->char_capacity, r->char_count + 1))
		return false;
	r->chars[r->char_count++] = (struct window_char){ start, end, fold_start, r->folded.length };
	return true;
}

/* The window character whose folding holds folded byte AT (the first
 * one's folding starts at 0). */
static const struct window_char *
window_char_at(const struct runner *r, size_t at)
{
	return &r->chars[SORTED_UPPER(r->chars, r->char_count, fold_start, at) - 1];
}

/* The code point at P (of N bytes of TEXT); *LENGTH gets its bytes. */
static inline ucs4_t
decode(const uint8_t *text, size_t p, size_t n, size_t *length)
{
	ucs4_t uc;

	*length = utf8_decode((const char *)text + p, n - p, &uc);
	return uc;
}

/* Whether UC is a combining mark, or else folds to itself; the answers
 * for the code points of the Basic Multilingual Plane are kept. */
static enum char_kind
char_kind(struct runner *r, ucs4_t uc)
{
	enum char_kind kind;

	if (uc < 0x10000 && r->kinds[uc] != KIND_UNKNOWN)
		return (enum char_kind)r->kinds[uc];
	kind = uc_combining_class(uc) != 0 ? KIND_MARK
	       : fold_is_plain(uc) && ((r->fold_flags & FOLD_HAN_VARIANTS) == 0 || fold_han(uc) == uc)
		       ? KIND_PLAIN
		       : KIND_OTHER;
	if (uc < 0x10000)
		r->kinds[uc] = (uint8_t)kind;
	return kind;
}

/* The folding of the character at P in R's text when it is one code
 * point that folds to one (ASCII, and most of Chinese text); UNKNOWN
 * otherwise, for an ignorable one, and for a combining mark.  Sets *LENGTH
 * to its bytes. */
static ucs4_t
plain_fold(struct runner *r, size_t p, size_t *length)
{
	ucs4_t uc = decode(r->text, p, r->n, length), mark;
	size_t k;

	if (p + *length < r->n && r->text[p + *length] >= 0x80) {
		mark = decode(r->text, p + *length, r->n, &k);
		if (char_kind(r, mark) == KIND_MARK)
			return UNKNOWN;
	}
	if (uc < 0x80)
		return fold_is_ignorable(uc) ? UNKNOWN : uc >= 'A' && uc <= 'Z' ? uc + 0x20 : uc;
	/* A combining mark belongs to the character before it. */
	return char_kind(r, uc) == KIND_PLAIN ? uc : UNKNOWN;
}

/* True when the hit at H (a character start) cannot be a match: its
 * character folds plainly to another than A's (a needle that is a prefix
 * flags those), or to A's alone but a neighbour that folds plainly is not
 * the term's character next to A.  Most hits of a common anchor end here,
 * cheaply. */
static bool
quick_reject(struct runner *r, const struct anchor *a, size_t h)
{
	const uint8_t *text = r->text;
	size_t length, ignored;
	ucs4_t uc = plain_fold(r, h, &length), neighbour;

	if (uc != a->uc)
		return uc != UNKNOWN;
	if (a->next != FOLD_NONE) {
		if (h + length >= r->n || text[h + length] == '\n')
			return true;
		neighbour = plain_fold(r, h + length, &ignored);
		if (neighbour != UNKNOWN && neighbour != a->next)
			return true;
	}
	if (a->previous != FOLD_NONE) {
		if (h == 0 || text[h - 1] == '\n')
			return true;
		neighbour = plain_fold(r, previous_code_point(text, h), &ignored);
		if (neighbour != UNKNOWN && neighbour != a->previous)
			return true;
	}
	return false;
}

/* True when TERM stands at S in the text as it is, each of its characters
 * one that folds to itself (the usual match in Chinese text): then folding
 * the characters around a hit there finds this match and no other, so it
 * need not be done. */
static bool
plain_match(struct runner *r, const struct search_term *term, size_t s)
{
	size_t end = s + term->length;

	if (end > r->n || memcmp(r->text + s, term->folded, term->length) != 0)
		return false;
	for (size_t p = s, k; p < end; p += k)
		if (plain_fold(r, p, &k) == UNKNOWN)
			return false;
	return true;
}

/* Checks the hit at H of anchor A of TERM: folds the characters around it
 * and adds to HITS each match whose anchor character is the character at
 * H.  *LAST_END is where the term's previous match ended; a match that
 * starts before it overlaps and is dropped.  Returns false when out of
 * memory. */
static bool
check_hit(struct runner *r, const struct search_term *term, const struct anchor *a, size_t h,
	  size_t *last_end, struct search_hit_list *hits)
{
	const uint8_t *text = r->text;
	size_t start, p, anchor_char = SIZE_MAX, back = a->before;
	const struct window_char *u0;

	h = char_start(text, h);
	if (h < *last_end || text[h] == '\n' || quick_reject(r, a, h))
		return true;
	if (h >= a->offset && h - a->offset >= *last_end && plain_match(r, term, h - a->offset)) {
		*last_end = h - a->offset + term->length;
		return search_hit_add(hits, h - a->offset, term->length);
	}

	/* Back over A->BEFORE visible characters (each folds to at least
	 * one), within the paragraph and after the previous match. */
	start = h;
	while (back > 0 && start > *last_end && text[start - 1] != '\n') {
		size_t previous = char_start(text, previous_code_point(text, start)), k;
		size_t length;

		if (text[previous] == '\n' || previous < *last_end)
			break;
		length = fold_char(text + previous, start - previous, &k, &r->folded, &r->cache,
				   r->fold_flags);
		if (length == SIZE_MAX)
			return false;
		r->folded.length = 0;
		if (length > 0)
			back--;
		start = previous;
	}

	/* Fold forward until the term could end past the anchor character. */
	r->folded.length = 0;
	r->char_count = 0;
	for (p = start; p < r->n && text[p] != '\n';) {
		size_t k, fold_start = r->folded.length;
		size_t length = fold_char(text + p, r->n - p, &k, &r->folded, &r->cache,
				       r->fold_flags);

		if (length == SIZE_MAX)
			return false;
		if (length > 0 && !window_add(r, p, p + k, fold_start))
			return false;
		if (p == h) {
			if (length == 0)
				return true;    /* an ignorable character */
			anchor_char = r->char_count - 1;
		}
		p += k;
		if (anchor_char != SIZE_MAX &&
		    r->folded.length >= r->chars[anchor_char].fold_end + term->length)
			break;
	}
	if (anchor_char == SIZE_MAX)
		return true;
	u0 = &r->chars[anchor_char];

	/* Each place in the folding of the character at H where A's
	 * character stands can be the term's first one. */
	for (size_t k = u0->fold_start; k + a->length <= u0->fold_end; k++) {
		const struct window_char *first, *last;
		size_t at;

		if (k < a->offset || memcmp(r->folded.data + k, a->bytes, a->length) != 0)
			continue;
		at = k - a->offset;
		if (at + term->length > r->folded.length ||
		    memcmp(r->folded.data + at, term->folded, term->length) != 0)
			continue;
		first = window_char_at(r, at);
		last = window_char_at(r, at + term->length - 1);
		if (first->start < *last_end)
			continue;
		if (!search_hit_add(hits, first->start, last->end - first->start))
			return false;
		*last_end = last->end;
	}
	return true;
}

/* ------------------------------------------------------------------ */
/* Finding a term                                                      */

/* Whether the loader may add UC to a text file's characters: white space
 * joining lines (paragraphs.c) and the dashes of a Markdown table's rule
 * (markdown.c). */
static bool
loader_adds(ucs4_t uc)
{
	return uc == ' ' || uc == '\n' || uc == '-';
}

/* Sets *BEST to the scanner of the anchor of ANCHORS that costs least on
 * the text, and *ANCHOR to that anchor; with PRESENCE, of those the loader
 * does not add (*BEST stays NULL when there is none).  Returns false when
 * out of memory. */
static bool
choose_scanner(struct runner *r, const struct anchor_set *anchors, bool presence,
	       struct scanner **best, const struct anchor **anchor)
{
	double best_cost = -1;

	*best = NULL;
	if (!r->sample) {
		r->sample = scan_sample(r->text, r->n);
		if (!r->sample)
			return false;
	}
	for (size_t i = 0; i < anchors->count; i++) {
		const struct anchor *a = &anchors->items[i];
		struct scanner *s;
		double cost;

		if (presence && loader_adds(a->uc))
			continue;
		s = scan_build(a->needles, a->needle_count, r->sample);
		if (!s) {
			scan_free(*best);
			*best = NULL;
			return false;
		}
		cost = anchors->count > 1 ? scan_cost(s, r->text, r->n) : 0;
		if (best_cost < 0 || cost < best_cost) {
			scan_free(*best);
			*best = s;
			*anchor = a;
			best_cost = cost;
		} else {
			scan_free(s);
		}
	}
	return true;
}

/* Bytes the scanner looks at, at most, between two looks at the cancel
 * flag. */
enum { SCAN_STRETCH = 1 << 20 };

/* Finds the matches of TERM, in order; each batch of places the scanner
 * gives, and each SCAN_STRETCH of text, is a point where QUERY's search
 * can be cancelled. */
static enum bg_status
find_term(struct runner *r, const struct search_query *query, const struct search_term *term,
	  struct search_hit_list *hits)
{
	struct scanner *s;
	struct anchor_set anchors;
	const struct anchor *a = NULL;
	size_t starts[SCAN_STARTS_MAX], from = 0, last_end = 0;
	bool ok = true;
	enum bg_status st = BG_OK;

	if (!term_anchors(term, query->fold_flags, &anchors))
		return BG_ERR_NOMEM;
	if (!choose_scanner(r, &anchors, false, &s, &a)) {
		anchors_free(&anchors);
		return BG_ERR_NOMEM;
	}
	while (ok && from < r->n) {
		/* a stretch at a time: a rare term's places are far apart */
		size_t limit = r->n - from > SCAN_STRETCH ? from + SCAN_STRETCH : r->n;
		size_t seen = r->n - limit > SCAN_NEEDLE_MAX ? limit + SCAN_NEEDLE_MAX : r->n;
		size_t count, next;

		if (search_cancelled(query)) {
			st = BG_ERR_CANCELLED;
			break;
		}
		count = scan_find(s, r->text, seen, from, starts, SCAN_STARTS_MAX, &next);
		if (limit < r->n) {
			/* the places past the stretch are the next one's */
			while (count > 0 && starts[count - 1] >= limit)
				count--;
			if (next > limit)
				next = limit;
		}
		from = next;
		for (size_t i = 0; ok && i < count; i++)
			ok = check_hit(r, term, a, starts[i], &last_end, hits);
	}
	scan_free(s);
	anchors_free(&anchors);
	return ok ? st : BG_ERR_NOMEM;
}

/* Bytes of text pinyin_find looks at between two looks at the cancel
 * flag. */
enum { PINYIN_STRETCH = 1 << 20 };

/* Adds the matches of TERM read as pinyin to HITS, which holds its literal
 * matches: the two lists merged in order, a match that overlaps an
 * earlier one dropped (literal matches are of Latin letters, pinyin ones
 * of Han characters, so that is rare). */
static enum bg_status
find_pinyin(struct runner *r, const struct search_query *query, const struct search_term *term,
	    struct search_hit_list *hits)
{
	struct search_hit_list found = { NULL, 0, 0 }, merged = { NULL, 0, 0 };
	size_t from = 0, start, end, last_end = 0;
	enum bg_status st = BG_OK;

	while (from < r->n) {
		size_t until = r->n - from > PINYIN_STRETCH ? from + PINYIN_STRETCH : r->n;
		if (search_cancelled(query)) {
			st = BG_ERR_CANCELLED;
			break;
		}
		while (pinyin_find(&term->pinyin, r->text, r->n, from, until, &start, &end)) {
			if (!search_hit_add(&found, start, end - start)) {
				free(found.items);
				return BG_ERR_NOMEM;
			}
			from = end;
		}
		from = from > until ? from : until;
	}
	for (size_t i = 0, j = 0; st == BG_OK && (i < hits->count || j < found.count);) {
		const struct search_hit *h = j == found.count ||
						     (i < hits->count &&
						      hits->items[i].offset <= found.items[j].offset)
						     ? &hits->items[i++]
						     : &found.items[j++];
		if (h->offset < last_end)
			continue;
		if (!search_hit_add(&merged, h->offset, h->length))
			st = BG_ERR_NOMEM;
		last_end = h->offset + h->length;
	}
	free(found.items);
	if (st != BG_OK) {
		free(merged.items);
		return st;
	}
	free(hits->items);
	*hits = merged;
	return BG_OK;
}

enum bg_status
search_find_terms(const struct search_query *query, const uint8_t *text, size_t n,
		  struct search_hit_list *hits)
{
	struct runner *r = calloc(1, sizeof *r);
	enum bg_status st = BG_OK;

	if (!r)
		return BG_ERR_NOMEM;
	r->text = text;
	r->n = n;
	r->fold_flags = query->fold_flags;
	fold_cache_init(&r->cache);
	for (size_t t = 0; st == BG_OK && t < query->term_count; t++) {
		st = find_term(r, query, &query->terms[t], &hits[t]);
		if (st == BG_OK && query->terms[t].is_pinyin)
			st = find_pinyin(r, query, &query->terms[t], &hits[t]);
	}
	scan_sample_free(r->sample);
	free(r->folded.data);
	free(r->chars);
	free(r);
	return st;
}

/* ------------------------------------------------------------------ */
/* Whether a text can hold a match                                     */

/* A text is looked at in two halves at once from LOOK_SPLIT_MIN bytes on,
 * with a scanner (its sample costs a millisecond) from LOOK_SAMPLE_MIN. */
enum { LOOK_SPLIT_MIN = 4 << 20, LOOK_STRETCH = 1 << 20, LOOK_SAMPLE_MIN = 1 << 20 };

/* A look for the first place of a scanner's needles in [START, END) of
 * TEXT, given up once another look has found one (*FOUND, shared). */
struct needle_look {
	struct scanner *scanner;
	const uint8_t *text;
	size_t start, end;
	atomic_bool *found;
};

static void
look_for_needle(void *arg)
{
	struct needle_look *l = arg;
	size_t starts[SCAN_STARTS_MAX], from = l->start, next;

	while (from < l->end && !atomic_load_explicit(l->found, memory_order_relaxed)) {
		size_t until = l->end - from > LOOK_STRETCH ? from + LOOK_STRETCH : l->end;
		if (scan_find(l->scanner, l->text, until, from, starts, SCAN_STARTS_MAX, &next) > 0) {
			atomic_store_explicit(l->found, true, memory_order_relaxed);
			return;
		}
		/* A needle cut by the stretch's end stands whole in the next. */
		from = next < until || until == l->end ? next : until - (SCAN_NEEDLE_MAX - 1);
	}
}

/* A look for an escape that writes what WANTED wants, in N bytes of
 * TEXT. */
struct escape_look {
	const char *text;
	size_t n;
	bool (*wanted)(uint32_t c, void *arg);
	void *arg;
	bool may;
};

static void
look_for_escape(void *arg)
{
	struct escape_look *l = arg;

	l->may = escapes_may_write(l->text, l->n, l->wanted, l->arg);
}

/* escapes_may_write over TEXT (N bytes), in two halves at once from
 * SPLIT_MIN bytes (0: LOOK_SPLIT_MIN), split at a line end, which no
 * escape holds. */
static bool
escape_may_write(const char *text, size_t n, size_t split_min, bool (*wanted)(uint32_t c, void *arg),
		 void *arg)
{
	size_t split = job_split_point(text, n, split_min ? split_min : LOOK_SPLIT_MIN, '\n');
	struct escape_look first = { text, split, wanted, arg, false };
	struct escape_look second = { text + split, n - split, wanted, arg, false };

	if (split == n)
		look_for_escape(&first);
	else
		job_pair(look_for_escape, &first, look_for_escape, &second);
	return first.may || second.may;
}

/* Whether C (written by an escape) starts with a needle of the anchor
 * ARG. */
static bool
needle_of(uint32_t c, void *arg)
{
	const struct anchor *a = arg;
	uint8_t bytes[6];
	int n = u8_uctomb(bytes, c, sizeof bytes);

	for (size_t i = 0; n > 0 && i < a->needle_count; i++)
		if (a->needles[i].length <= n &&
		    memcmp(a->needles[i].bytes, bytes, a->needles[i].length) == 0)
			return true;
	return false;
}

/* Whether C is the character ARG points to. */
static bool
same_char(uint32_t c, void *arg)
{
	return c == *(const ucs4_t *)arg;
}

/* Whether one of A's needles stands in TEXT (N bytes), each looked for
 * in turn: on a short text, cheaper than sampling it for a scanner. */
static bool
needle_stands(const struct anchor *a, const char *text, size_t n)
{
	for (size_t i = 0; i < a->needle_count; i++) {
		const struct scan_needle *needle = &a->needles[i];
		const char *bytes = (const char *)needle->bytes;
		if (needle->length == 3 ? utf8_find3(text, n, bytes) != NULL
		    : needle->length == 1 ? memchr(text, bytes[0], n) != NULL
					  : memmem(text, n, bytes, needle->length) != NULL)
			return true;
	}
	return false;
}

/* term_may_stand on a short text: whether each of TERM's characters (its
 * candidate anchors) stands in it or could be written by an escape. */
static bool
term_may_stand_short(struct runner *r, const struct anchor_set *anchors)
{
	for (size_t i = 0; i < anchors->count; i++) {
		const struct anchor *a = &anchors->items[i];
		if (loader_adds(a->uc) || needle_stands(a, (const char *)r->text, r->n))
			continue;
		if (!escapes_may_write((const char *)r->text, r->n, needle_of, (void *)a))
			return false;
	}
	return true;
}

/* Whether TERM's characters may all stand in R's text (a text file's, as
 * search_may_match says), looking for its cheapest anchor, in two halves
 * at once when the text is large: false when none of that anchor's
 * needles stands in the text and no escape could write one.  True when
 * out of memory. */
static bool
term_may_stand(struct runner *r, const struct search_query *query, const struct search_term *term)
{
	struct anchor_set anchors;
	struct scanner *s, *other = NULL;
	const struct anchor *a = NULL;
	size_t split;
	atomic_bool found = false;
	bool may;

	if (term->is_pinyin)
		return true;    /* its Han readings are not needles */
	if (!term_anchors(term, query->fold_flags, &anchors))
		return true;
	/* (A test's split_min asks for the scanner too.) */
	if (r->n < LOOK_SAMPLE_MIN && query->split_min == 0) {
		may = term_may_stand_short(r, &anchors);
		anchors_free(&anchors);
		return may;
	}
	if (!choose_scanner(r, &anchors, true, &s, &a) || !s) {
		anchors_free(&anchors);
		return true;
	}
	split = job_split_point((const char *)r->text, r->n,
				query->split_min ? query->split_min : LOOK_SPLIT_MIN, '\n');
	/* A scanner counts what it flags: one for each half. */
	if (split < r->n)
		other = scan_build(a->needles, a->needle_count, r->sample);
	struct needle_look first = { s, r->text, 0, other ? split : r->n, &found };
	struct needle_look second = { other, r->text, split, r->n, &found };
	if (other)
		job_pair(look_for_needle, &first, look_for_needle, &second);
	else
		look_for_needle(&first);
	may = atomic_load(&found) || escape_may_write((const char *)r->text, r->n, query->split_min,
						      needle_of, (void *)a);
	scan_free(other);
	scan_free(s);
	anchors_free(&anchors);
	return may;
}

/* The same for a regular expression: whether each character of the
 * literal every match holds (pattern_literal) stands in TEXT (N bytes),
 * or could be written by an escape. */
static bool
literal_may_stand(const struct search_query *query, const char *text, size_t n)
{
	size_t length;
	const char *literal = pattern_literal(query->pattern, &length);

	for (size_t i = 0, k; literal && i < length; i += k) {
		ucs4_t uc;
		const char *at;

		k = utf8_decode(literal + i, length - i, &uc);
		if (loader_adds(uc) || uc == '\t')
			continue;
		at = k == 3 ? utf8_find3(text, n, literal + i)
		     : k == 1 ? memchr(text, literal[i], n)
			      : memmem(text, n, literal + i, k);
		if (!at)
			return escape_may_write(text, n, query->split_min, same_char, &uc);
	}
	return true;
}

bool
search_may_match(const struct search_query *query, const char *text, size_t n)
{
	struct runner *r;
	bool may = true;

	if (query->is_regex)
		return literal_may_stand(query, text, n);
	if (!fold_prepare() || !(r = calloc(1, sizeof *r)))
		return true;
	r->text = (const uint8_t *)text;
	r->n = n;
	r->fold_flags = query->fold_flags;
	/* Every term must match (in one section): one that cannot is
	 * enough. */
	for (size_t t = 0; may && t < query->term_count; t++)
		may = term_may_stand(r, query, &query->terms[t]);
	scan_sample_free(r->sample);
	free(r);
	return may;
}

/* ------------------------------------------------------------------ */
/* The same told from GB18030 bytes                                    */

/* The characters gb18030_look is to find, each with its class: a
 * character of the query that a text must hold (a term's candidate
 * anchor, a literal's character).  Only the first 64 get one; a character
 * with none is taken to stand. */
struct wanted {
	struct gb18030_want *items;
	size_t count, capacity;
	size_t classes;
};

/* Gives the next class to the characters UCS (COUNT); returns it, or -1
 * when there is none left (or memory ran out: *FAILED). */
static int
want_class(struct wanted *w, const ucs4_t *ucs, size_t count, bool *failed)
{
	if (w->classes >= 64)
		return -1;
	if (!ARRAY_RESERVE(w->items, w->capacity, w->count + count)) {
		*failed = true;
		return -1;
	}
	for (size_t i = 0; i < count; i++)
		w->items[w->count++] = (struct gb18030_want){ ucs[i], (uint64_t)1 << w->classes };
	return (int)w->classes++;
}

/* Whether the character of class K (-1: none) stands, as SEEN says. */
static bool
class_stands(const struct gb18030_seen *seen, int k)
{
	return k < 0 || (seen->classes & ((uint64_t)1 << k));
}

/* literal_may_stand on the text of GB18030 BYTES (N): whether the first
 * character of the literal (in order) that stands nowhere could be
 * written by an escape.  The escapes are looked for in the bytes as they
 * stand: an escape is ASCII, which GB18030 writes as it is, so every
 * escape of the text stands there too (and a few more, made of second
 * bytes, which only make the answer "may"). */
static bool
literal_may_stand_gb18030(const struct search_query *query, const char *bytes, size_t n,
			  struct gb18030_seen *seen)
{
	size_t length;
	const char *literal = pattern_literal(query->pattern, &length);
	struct wanted w = { NULL, 0, 0, 0 };
	int classes[64];
	ucs4_t ucs[64];
	size_t chars = 0;
	bool failed = false, may = true;

	for (size_t i = 0, k; literal && i < length && chars < 64; i += k) {
		ucs4_t uc;
		k = utf8_decode(literal + i, length - i, &uc);
		if (loader_adds(uc) || uc == '\t')
			continue;
		ucs[chars] = uc;
		classes[chars++] = want_class(&w, &uc, 1, &failed);
	}
	if (failed) {
		free(w.items);
		*seen = (struct gb18030_seen){ false, false, 0, 0 };
		return true;
	}
	gb18030_look(bytes, n, w.items, w.count, seen);
	free(w.items);
	for (size_t c = 0; seen->decodes && c < chars; c++)
		if (!class_stands(seen, classes[c])) {
			may = escape_may_write(bytes, n, query->split_min, same_char, &ucs[c]);
			break;
		}
	return may;
}

/* The code points of A's needles into UCS (room for A->needle_count). */
static void
needle_chars(const struct anchor *a, ucs4_t *ucs)
{
	for (size_t i = 0; i < a->needle_count; i++)
		utf8_decode((const char *)a->needles[i].bytes, a->needles[i].length, &ucs[i]);
}

bool
search_may_match_gb18030(const struct search_query *query, const char *bytes, size_t n,
			 struct gb18030_seen *seen)
{
	struct anchor_set *sets;
	int (*classes)[ANCHOR_CANDIDATES];
	struct wanted w = { NULL, 0, 0, 0 };
	bool failed = false, may = true, sampled;
	ucs4_t *ucs = NULL;
	size_t made = 0;

	*seen = (struct gb18030_seen){ false, false, 0, 0 };
	if (query->is_regex)
		return literal_may_stand_gb18030(query, bytes, n, seen);
	if (!fold_prepare())
		return true;
	sets = calloc(query->term_count ? query->term_count : 1, sizeof *sets);
	classes = calloc(query->term_count ? query->term_count : 1, sizeof *classes);
	if (!sets || !classes) {
		free(sets);
		free(classes);
		return true;
	}
	for (; made < query->term_count && !failed; made++) {
		const struct search_term *term = &query->terms[made];
		if (term->is_pinyin) {
			sets[made].count = 0;
			continue;
		}
		if (!term_anchors(term, query->fold_flags, &sets[made])) {
			failed = true;
			break;
		}
		for (size_t i = 0; i < sets[made].count && !failed; i++) {
			const struct anchor *a = &sets[made].items[i];
			ucs4_t *grown;
			classes[made][i] = -1;
			if (loader_adds(a->uc))
				continue;
			grown = realloc(ucs, (a->needle_count ? a->needle_count : 1) * sizeof *ucs);
			if (!grown) {
				failed = true;
				break;
			}
			ucs = grown;
			needle_chars(a, ucs);
			classes[made][i] = want_class(&w, ucs, a->needle_count, &failed);
		}
	}
	if (!failed)
		gb18030_look(bytes, n, w.items, w.count, seen);
	/* The text is at most twice the bytes: below the size at which
	 * search_may_match samples it, every candidate anchor of a term must
	 * stand; above, the one it would choose, which is not known here:
	 * then only a term none of whose anchors stands cannot match. */
	sampled = n >= LOOK_SAMPLE_MIN / 2 || query->split_min != 0;
	for (size_t t = 0; !failed && seen->decodes && may && t < query->term_count; t++) {
		const struct anchor_set *set = &sets[t];
		size_t absent = 0, looked = 0;
		if (query->terms[t].is_pinyin)
			continue;
		for (size_t i = 0; i < set->count; i++) {
			const struct anchor *a = &set->items[i];
			bool stands;
			if (loader_adds(a->uc))
				continue;
			looked++;
			stands = class_stands(seen, classes[t][i]) ||
				 escape_may_write(bytes, n, query->split_min, needle_of, (void *)a);
			absent += !stands;
			if (!stands && !sampled)
				break;
		}
		may = sampled ? absent == 0 || absent < looked : absent == 0;
	}
	for (size_t t = 0; t < made; t++)
		anchors_free(&sets[t]);
	free(sets);
	free(classes);
	free(ucs);
	free(w.items);
	if (failed)
		*seen = (struct gb18030_seen){ false, false, 0, 0 };
	return may || !seen->decodes;
}

/* Appends the matches of P in paragraph PARA of DOC to HITS. */
static enum bg_status
regex_paragraph(const struct pattern *p, struct pattern_matcher *m, const struct doc *doc,
		const struct paragraph *para, struct search_hit_list *hits)
{
	const char *s = doc->text + para->offset;
	size_t from = 0, start, stop;

	while (from <= para->length) {
		switch (pattern_find(p, m, s, para->length, from, &start, &stop)) {
		case PATTERN_FOUND:
			break;
		case PATTERN_NONE:
			return BG_OK;
		case PATTERN_TOO_COSTLY:
			return BG_ERR_COSTLY;
		case PATTERN_FAILED:
		default:
			return BG_ERR_NOMEM;
		}
		if (stop > start) {
			if (!search_hit_add(hits, para->offset + start, stop - start))
				return BG_ERR_NOMEM;
			from = stop;
			continue;
		}
		/* An empty match: go on after the next character. */
		if (start >= para->length)
			break;
		from = start + utf8_length(s + start, para->length - start);
	}
	return BG_OK;
}

/* The first place of LITERAL (LENGTH bytes) in TEXT (N bytes), or NULL:
 * a literal that starts with a Chinese character by that character's
 * vectorised search (memmem goes byte by byte on a text of them). */
static const char *
find_literal(const char *text, size_t n, const char *literal, size_t length)
{
	const char *at = text, *end = text + n;

	if (length < 3 || ((unsigned char)literal[0] & 0xf0) != 0xe0)
		return memmem(text, n, literal, length);
	while ((size_t)(end - at) >= length &&
	       (at = utf8_find3(at, (size_t)(end - at) - (length - 3), literal)) != NULL) {
		if (memcmp(at + 3, literal + 3, length - 3) == 0)
			return at;
		at++;
	}
	return NULL;
}

enum bg_status
search_find_regex(const struct search_query *query, const struct doc *doc, size_t start,
		  size_t end, struct search_hit_list *hits)
{
	size_t literal_length;
	const char *literal = pattern_literal(query->pattern, &literal_length);
	struct pattern_matcher *m = pattern_matcher_new(query->pattern);
	size_t i = start > 0 ? doc_paragraph_at(doc, start) : 0;
	enum bg_status st = BG_OK;

	if (!m)
		return BG_ERR_NOMEM;
	while (st == BG_OK && i < doc->paragraph_count && doc->paragraphs[i].offset < end) {
		if (search_cancelled(query)) {
			st = BG_ERR_CANCELLED;
			break;
		}
		if (literal) {
			/* Every match holds the literal: on to the paragraph of
			 * its next occurrence, past those without it. */
			size_t from = doc->paragraphs[i].offset;
			const char *at = find_literal(doc->text + from, end - from, literal,
						      literal_length);
			size_t j;
			if (!at)
				break;
			j = doc_paragraph_at(doc, (size_t)(at - doc->text));
			if (j > i)
				i = j;
		}
		st = regex_paragraph(query->pattern, m, doc, &doc->paragraphs[i], hits);
		i++;
	}
	pattern_matcher_free(m);
	return st;
}
