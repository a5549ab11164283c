/* SPDX-License-Identifier: GPL-3.0-or-later */
/* search_query.c - compiling a search query: its terms (words, "…"
 * phrases), each folded once, or one POSIX extended regular expression,
 * which is matched against the text as it stands, not folded. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "fold.h"
#include "search_impl.h"
#include "utf8.h"

/* Adds the folded term in FOLDED (taken over, and emptied) to QUERY unless
 * it is empty or already there. */
static enum bg_status
add_term(struct search_query *query, struct fold_buffer *folded, struct bg_error *err)
{
	struct search_term *term;

	if (folded->length == 0)
		return BG_OK;
	for (size_t i = 0; i < query->term_count; i++)
		if (query->terms[i].length == folded->length &&
		    memcmp(query->terms[i].folded, folded->data, folded->length) == 0) {
			folded->length = 0;
			return BG_OK;
		}
	if (query->term_count == SEARCH_TERM_MAX)
		return bg_fail(err, BG_ERR_QUERY, "more than %d terms", SEARCH_TERM_MAX);
	if (!ARRAY_RESERVE(query->terms, query->term_capacity, query->term_count + 1))
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	term = &query->terms[query->term_count++];
	term->folded = folded->data;
	term->length = folded->length;
	term->is_pinyin = query->pinyin && pinyin_term_read(term->folded, term->length, &term->pinyin);
	*folded = (struct fold_buffer){ NULL, 0, 0 };
	return BG_OK;
}

/* Whether, in a pinyin search, the white space before S (N bytes) goes
 * on the word folded into FOLDED: both are pinyin, syllables typed with
 * spaces (pu fa, as pufa).  FOLDED holds letters, tone digits and
 * apostrophes only, and the next visible character is a Latin letter. */
static bool
pinyin_goes_on(const struct fold_buffer *folded, const uint8_t *s, size_t n)
{
	size_t i = 0;

	if (folded->length == 0)
		return false;
	for (size_t k = 0; k < folded->length; k++) {
		uint8_t c = folded->data[k];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '5') || c == '\''))
			return false;
	}
	while (i < n) {
		ucs4_t uc;
		size_t k = utf8_decode((const char *)s + i, n - i, &uc);
		if (!fold_is_ignorable(uc))
			return (uc >= 'a' && uc <= 'z') || (uc >= 'A' && uc <= 'Z');
		i += k;
	}
	return false;
}

/* Splits TERMS at ignorable characters (spaces, U+3000 ...) outside double
 * quotes (" or its full-width form ＂) and folds each piece into a term.
 * An unclosed quote runs to the end, as while the query is being typed.
 * In a pinyin search, words of pinyin next to each other are one term
 * (pu fa), unless quoted ("pufa" "yifa" ANDs two). */
static enum bg_status
compile_terms(struct search_query *query, const char *terms, struct bg_error *err)
{
	const uint8_t *s = (const uint8_t *)terms;
	size_t n = strlen(terms);
	struct fold_buffer folded = { NULL, 0, 0 };
	bool quoted = false;
	enum bg_status st = BG_OK;

	if (utf8_valid_length(terms, n) != n)
		return bg_fail(err, BG_ERR_QUERY, "not valid UTF-8");
	for (size_t i = 0; i < n && st == BG_OK;) {
		size_t k, before = folded.length;
		size_t length = fold_char(s + i, n - i, &k, &folded, NULL, query->fold_flags);

		i += k;
		if (length == SIZE_MAX) {
			st = bg_fail(err, BG_ERR_NOMEM, NULL);
		} else if (length == 1 && folded.data[before] == '"') {
			folded.length = before;
			quoted = !quoted;
			if (!quoted)
				st = add_term(query, &folded, err);
		} else if (length == 0 && !quoted &&
			   !(query->pinyin && pinyin_goes_on(&folded, s + i, n - i))) {
			st = add_term(query, &folded, err);
		}
	}
	if (st == BG_OK)
		st = add_term(query, &folded, err);
	free(folded.data);
	if (st == BG_OK && query->term_count == 0)
		st = bg_fail(err, BG_ERR_QUERY, "no search terms");
	return st;
}

enum bg_status
search_compile(const char *terms, bool regex, struct search_query **out, struct bg_error *err)
{
	return search_compile_with(terms, regex ? SEARCH_REGEX : 0, out, err);
}

enum bg_status
search_compile_with(const char *terms, unsigned flags, struct search_query **out,
		    struct bg_error *err)
{
	struct search_query *query;
	enum bg_status st;

	*out = NULL;
	query = calloc(1, sizeof *query);
	if (!query)
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	query->fold_flags = flags & SEARCH_NO_VARIANT_FOLD ? 0 : FOLD_HAN_VARIANTS;
	query->pinyin = (flags & SEARCH_PINYIN) != 0;
	if (flags & SEARCH_REGEX) {
		st = pattern_compile(terms, strlen(terms), 0, &query->pattern, err);
		if (st != BG_OK) {
			free(query);
			return st;
		}
		query->is_regex = true;
		query->term_count = 1;
		*out = query;
		return BG_OK;
	}
	st = compile_terms(query, terms, err);
	if (st != BG_OK) {
		search_query_free(query);
		return st;
	}
	*out = query;
	return BG_OK;
}

void
search_query_free(struct search_query *query)
{
	if (!query)
		return;
	if (query->is_regex)
		pattern_free(query->pattern);
	else
		for (size_t i = 0; i < query->term_count; i++)
			free(query->terms[i].folded);
	free(query->terms);
	free(query);
}

size_t
search_term_count(const struct search_query *query)
{
	return query->term_count;
}

void
search_set_split_min(struct search_query *query, size_t min)
{
	query->split_min = min;
}

void
search_set_cancel(struct search_query *query, const atomic_bool *cancel)
{
	query->cancel = cancel;
}

bool
search_prepare(void)
{
	return fold_prepare();
}
