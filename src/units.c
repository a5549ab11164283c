/* SPDX-License-Identifier: GPL-3.0-or-later */
/* units.c - the unit table: reading data/units, and looking its words up
 * at a place in the text (hashed by first character, longest first) or
 * just before it. */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "array.h"
#include "numeral.h"
#include "units.h"
#include "utf8.h"

enum arg_kind { ARG_NONE, ARG_NAME, ARG_VALUE, ARG_PAIR };

static const struct {
	const char *keyword;
	enum arg_kind arg;
} role_info[] = {
#define ROLE_INFO(name, keyword, arg) { keyword, arg },
	ROLE_LIST(ROLE_INFO)
#undef ROLE_INFO
};

static void
bit_set(uint8_t *bits, uint32_t c)
{
	if (c < 65536)
		bits[c >> 3] |= (uint8_t)(1u << (c & 7));
}

/* K when VALUE is 10^K (0 <= K <= 22, the powers a double holds
 * exactly), else -1. */
static int
power_of_ten(double value)
{
	double p = 1;

	for (int k = 0; k <= 22; k++, p *= 10)
		if (p == value)
			return k;
	return -1;
}

/* A table being read: its words chained by the bucket of their first
 * character, so that a word named again is found without looking at all
 * the others. */
struct reading {
	struct unit_table *table;
	size_t head[UNITS_BUCKETS];   /* the last word added to a bucket, or SIZE_MAX */
	size_t *next;                 /* the word added before word i to its bucket */
	size_t next_capacity;
};

static struct unit_word *
find_word(const struct reading *r, const char *text, size_t length, unsigned bucket)
{
	for (size_t i = r->head[bucket]; i != SIZE_MAX; i = r->next[i]) {
		struct unit_word *w = &r->table->words[i];
		if (w->length == length && memcmp(w->text, text, length) == 0)
			return w;
	}
	return NULL;
}

static struct unit_word *
add_word(struct reading *r, const char *text, size_t length)
{
	struct unit_table *t = r->table;
	struct unit_word *w;
	uint32_t first;
	unsigned bucket;

	utf8_decode(text, length, &first);
	bucket = units_bucket(first);
	if ((w = find_word(r, text, length, bucket)))
		return w;
	if (!ARRAY_RESERVE(t->words, t->capacity, t->count + 1) ||
	    !ARRAY_RESERVE(r->next, r->next_capacity, t->count + 1))
		return NULL;
	w = &t->words[t->count];
	memset(w, 0, sizeof *w);
	w->text = malloc(length + 1);
	if (!w->text)
		return NULL;
	memcpy(w->text, text, length);
	w->text[length] = '\0';
	w->length = length;
	w->first = first;
	r->next[t->count] = r->head[bucket];
	r->head[bucket] = t->count;
	t->count++;
	return w;
}

void
figures_free_units(struct unit_table *units)
{
	if (!units)
		return;
	for (size_t i = 0; i < units->count; i++) {
		free(units->words[i].text);
		free(units->words[i].name);
		free(units->words[i].pair);
	}
	free(units->words);
	free(units->keys);
	for (int r = 0; r < ROLE_COUNT; r++)
		free(units->by_role[r]);
	free(units);
}

/* A word's place in the hash order: by bucket, then longest first. */
struct order_key {
	unsigned bucket;
	size_t length;
	size_t index;
};

static int
compare_order(const void *a, const void *b)
{
	const struct order_key *x = a, *y = b;

	if (x->bucket != y->bucket)
		return x->bucket < y->bucket ? -1 : 1;
	if (x->length != y->length)
		return x->length > y->length ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

/* Builds the hash order, the role lists and the start characters. */
static enum bg_status
index_table(struct unit_table *t)
{
	struct order_key *keys = malloc((t->count ? t->count : 1) * sizeof *keys);

	t->keys = malloc((t->count ? t->count : 1) * sizeof *t->keys);
	if (!t->keys || !keys) {
		free(keys);
		return BG_ERR_NOMEM;
	}
	for (size_t i = 0; i < t->count; i++) {
		keys[i].bucket = units_bucket(t->words[i].first);
		keys[i].length = t->words[i].length;
		keys[i].index = i;
	}
	qsort(keys, t->count, sizeof *keys, compare_order);
	for (size_t i = 0; i < t->count; i++) {
		const struct unit_word *w = &t->words[keys[i].index];
		t->keys[i] = (struct unit_key){ w->first, (uint32_t)w->length, w->roles, w->text, w };
	}
	free(keys);
	memset(t->bucket_start, 0, sizeof t->bucket_start);
	for (size_t i = 0; i < t->count; i++)
		t->bucket_start[units_bucket(t->words[i].first) + 1]++;
	for (unsigned h = 0; h < UNITS_BUCKETS; h++)
		t->bucket_start[h + 1] += t->bucket_start[h];

	for (int r = 0; r < ROLE_COUNT; r++) {
		size_t n = 0;
		for (size_t i = 0; i < t->count; i++)
			if (t->words[i].roles & ROLE_BIT(r))
				n++;
		t->by_role[r] = malloc((n ? n : 1) * sizeof *t->by_role[r]);
		if (!t->by_role[r])
			return BG_ERR_NOMEM;
		n = 0;
		for (size_t i = 0; i < t->count; i++)
			if (t->words[i].roles & ROLE_BIT(r))
				t->by_role[r][n++] = i;
		t->by_role_count[r] = n;
	}

	/* The Chinese digits are the ones numeral.c reads. */
	for (size_t i = 0; i < sizeof NUMERAL_CHINESE_DIGITS - 1;) {
		uint32_t c;
		i += utf8_decode(NUMERAL_CHINESE_DIGITS + i, sizeof NUMERAL_CHINESE_DIGITS - 1 - i, &c);
		bit_set(t->digit, c);
		bit_set(t->start, c);
	}
	for (uint32_t c = 0xff10; c <= 0xff19; c++)    /* full-width digits */
		bit_set(t->start, c);
	for (size_t i = 0; i < t->count; i++) {
		const struct unit_word *w = &t->words[i];
		if (w->roles & (ROLE_BIT(ROLE_PERCENT_OF) | ROLE_BIT(ROLE_SHARE) | ROLE_BIT(ROLE_ORDINAL) |
				ROLE_BIT(ROLE_TITLE) | ROLE_BIT(ROLE_TITLE_END) | ROLE_BIT(ROLE_QUOTE) |
				ROLE_BIT(ROLE_QUOTE_END)))
			bit_set(t->start, w->first);
		/* 十 starts a number by itself (十项); 百 千 万 亿 do not (百姓, 万一). */
		if ((w->roles & ROLE_BIT(ROLE_MULTIPLIER)) && w->value == 10)
			bit_set(t->start, w->first);
	}
	return BG_OK;
}

/* Splits S at blanks; returns the next word and its length, or NULL. */
static const char *
next_token(const char **s, size_t *length)
{
	const char *p = *s, *q;

	while (*p == ' ' || *p == '\t' || *p == '\r')
		p++;
	if (*p == '\0' || *p == '\n')
		return NULL;
	q = p;
	while (*q && *q != ' ' && *q != '\t' && *q != '\r' && *q != '\n')
		q++;
	*length = (size_t)(q - p);
	*s = q;
	return p;
}

static enum bg_status
parse_line(struct reading *reading, const char *line, unsigned number, struct bg_error *err)
{
	struct unit_table *t = reading->table;
	const char *p = line, *token;
	size_t length;
	int role = -1;

	token = next_token(&p, &length);
	if (!token || *token == '#')
		return BG_OK;
	if (length == 10 && memcmp(token, "year-range", 10) == 0) {
		const char *a = next_token(&p, &length), *b;
		size_t blen = 0;
		char *end;
		if (a)
			b = next_token(&p, &blen);
		if (!a || !b)
			return bg_fail(err, BG_ERR_RULES, "line %u: year-range needs two years", number);
		t->year_first = strtol(a, &end, 10);
		t->year_last = strtol(b, &end, 10);
		if (t->year_first <= 0 || t->year_last < t->year_first || t->year_last > 9999)
			return bg_fail(err, BG_ERR_RULES, "line %u: bad year-range", number);
		return BG_OK;
	}
	for (int r = 0; r < (int)(sizeof role_info / sizeof role_info[0]); r++)
		if (strlen(role_info[r].keyword) == length &&
		    memcmp(role_info[r].keyword, token, length) == 0)
			role = r;
	if (role < 0)
		return bg_fail(err, BG_ERR_RULES, "line %u: unknown role '%.*s'", number,
			       (int)(length > 40 ? 40 : length), token);
	while ((token = next_token(&p, &length))) {
		const char *eq = memchr(token, '=', length);
		size_t word_length = eq && eq > token ? (size_t)(eq - token) : length;
		const char *arg = word_length < length ? token + word_length + 1 : NULL;
		size_t arg_length = arg ? length - word_length - 1 : 0;
		struct unit_word *w;

		if (u8_check((const uint8_t *)token, length))
			return bg_fail(err, BG_ERR_RULES, "line %u: not UTF-8", number);
		if (role_info[role].arg == ARG_NONE && arg)
			return bg_fail(err, BG_ERR_RULES, "line %u: %s takes no '=' argument",
				       number, role_info[role].keyword);
		if ((role_info[role].arg == ARG_VALUE || role_info[role].arg == ARG_PAIR ||
		     role == ROLE_SIGN) && (!arg || arg_length == 0))
			return bg_fail(err, BG_ERR_RULES, "line %u: %s needs WORD=%s", number,
				       role_info[role].keyword,
				       role_info[role].arg == ARG_VALUE ? "VALUE" :
				       role_info[role].arg == ARG_PAIR ? "CLOSE" : "NAME");
		w = add_word(reading, token, word_length);
		if (!w)
			return bg_fail(err, BG_ERR_NOMEM, NULL);
		w->roles |= ROLE_BIT(role);
		if (role_info[role].arg == ARG_NAME && arg) {
			free(w->name);
			w->name = strndup(arg, arg_length);
			if (!w->name)
				return bg_fail(err, BG_ERR_NOMEM, NULL);
		} else if (role_info[role].arg == ARG_VALUE) {
			char number_text[32], *end;
			if (arg_length >= sizeof number_text)
				return bg_fail(err, BG_ERR_RULES, "line %u: bad value", number);
			memcpy(number_text, arg, arg_length);
			number_text[arg_length] = '\0';
			errno = 0;
			w->value = strtod(number_text, &end);
			if (errno || *end || w->value <= 0)
				return bg_fail(err, BG_ERR_RULES, "line %u: bad value '%s'", number,
					       number_text);
			w->power = power_of_ten(w->value);
		} else if (role_info[role].arg == ARG_PAIR) {
			struct unit_word *close;
			char *open_text = strdup(w->text);
			free(w->pair);
			w->pair = strndup(arg, arg_length);
			close = w->pair && open_text ? add_word(reading, arg, arg_length) : NULL;
			/* add_word may move the words: W is stale from here. */
			if (!close) {
				free(open_text);
				return bg_fail(err, BG_ERR_NOMEM, NULL);
			}
			close->roles |= ROLE_BIT(role == ROLE_TITLE ? ROLE_TITLE_END :
					    role == ROLE_QUOTE ? ROLE_QUOTE_END : ROLE_DOCNO_END);
			free(close->pair);
			close->pair = open_text;
		}
	}
	return BG_OK;
}

enum bg_status
figures_parse_units(const char *text, struct unit_table **out, struct bg_error *err)
{
	struct unit_table *t = calloc(1, sizeof *t);
	struct reading r = { .table = t };
	unsigned number = 0;
	enum bg_status st = BG_OK;

	*out = NULL;
	if (!t)
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	t->year_first = 1800;
	t->year_last = 2199;
	for (unsigned h = 0; h < UNITS_BUCKETS; h++)
		r.head[h] = SIZE_MAX;
	for (const char *line = text; *line && st == BG_OK;) {
		const char *nl = strchr(line, '\n');
		number++;
		st = parse_line(&r, line, number, err);
		line = nl ? nl + 1 : line + strlen(line);
	}
	free(r.next);
	if (st == BG_OK && (st = index_table(t)) != BG_OK)
		bg_fail(err, st, NULL);
	if (st != BG_OK) {
		figures_free_units(t);
		return st;
	}
	*out = t;
	return BG_OK;
}

enum bg_status
figures_load_units(const char *path, struct unit_table **out, struct bg_error *err)
{
	FILE *f = fopen(path, "rb");
	char *text = NULL;
	size_t length = 0, capacity = 0;
	enum bg_status st;

	*out = NULL;
	if (!f)
		return bg_fail(err, BG_ERR_OPEN, "%s", strerror(errno));
	for (;;) {
		size_t got;
		if (!ARRAY_RESERVE(text, capacity, length + 4096)) {
			free(text);
			fclose(f);
			return bg_fail(err, BG_ERR_NOMEM, NULL);
		}
		got = fread(text + length, 1, capacity - length - 1, f);
		length += got;
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		free(text);
		fclose(f);
		return bg_fail(err, BG_ERR_READ, "%s", strerror(errno));
	}
	fclose(f);
	text[length] = '\0';
	if (memchr(text, '\0', length)) {
		free(text);
		return bg_fail(err, BG_ERR_RULES, "NUL byte in the unit table");
	}
	st = figures_parse_units(text, out, err);
	free(text);
	return st;
}

const struct unit_word *
units_lookup_before(const struct unit_table *t, const char *text, size_t floor, size_t at, int role)
{
	const struct unit_word *best = NULL;

	for (size_t k = 0; k < t->by_role_count[role]; k++) {
		const struct unit_word *w = &t->words[t->by_role[role][k]];
		if (w->length <= at - floor && text[at - 1] == w->text[w->length - 1] &&
		    memcmp(text + at - w->length, w->text, w->length) == 0 &&
		    (!best || w->length > best->length))
			best = w;
	}
	return best;
}

const char *
units_word_name(const struct unit_word *w)
{
	return w->name ? w->name : w->text;
}

static size_t
date_word_at(const void *words, enum date_word word, const char *s, size_t n)
{
	static const uint64_t roles[DATE_WORD_COUNT] = {
		[DATE_YEAR] = ROLE_BIT(ROLE_YEAR),
		[DATE_MONTH] = ROLE_BIT(ROLE_MONTH),
		[DATE_DAY] = ROLE_BIT(ROLE_DAY),
		[DATE_RANGE] = ROLE_BIT(ROLE_RANGE),
		[DATE_SEP] = ROLE_BIT(ROLE_DATE_SEP),
		[DATE_MARK] = ROLE_BIT(ROLE_DATE_MARK),
	};
	const struct unit_word *w = units_lookup(words, s, n, roles[word]);

	return w ? w->length : 0;
}

void
units_date_grammar(const struct unit_table *t, struct date_grammar *g)
{
	g->word_at = date_word_at;
	g->words = t;
	g->year_first = t->year_first;
	g->year_last = t->year_last;
}
