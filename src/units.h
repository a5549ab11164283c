/* SPDX-License-Identifier: GPL-3.0-or-later */
/* units.h - the unit table (data/units): the words that make a number a
 * figure and the marks that frame figures, by role, for the figures
 * scanner and its number grammar.  Loading and freeing it are the figures_
 * functions of figures.h, which callers know it by. */
#ifndef BAOGAO_UNITS_H
#define BAOGAO_UNITS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "date.h"
#include "figures.h"
#include "utf8.h"

/* X-macro list of the roles a word can have in data/units: name, keyword,
 * what its argument is (ARG_NONE, ARG_NAME: an optional name reported
 * instead of the word, ARG_VALUE: a number, ARG_PAIR: the closing mark). */
#define ROLE_LIST(X) \
	X(ROLE_UNIT, "unit", ARG_NONE) \
	X(ROLE_UNIT_ONE, "unit-one", ARG_NONE) \
	X(ROLE_MEASURE, "measure", ARG_NONE) \
	X(ROLE_AFTER_DIGITS, "after-digits", ARG_NONE) \
	X(ROLE_NOT_AFTER_SPACE, "not-after-space", ARG_NONE) \
	X(ROLE_DURATION, "duration", ARG_NONE) \
	X(ROLE_TIME_LIMIT, "time-limit", ARG_NONE) \
	X(ROLE_TERM, "term", ARG_NONE) \
	X(ROLE_NOT_UNIT, "not-unit", ARG_NONE) \
	X(ROLE_CURRENCY, "currency", ARG_NAME) \
	X(ROLE_SIGN, "sign", ARG_NAME) \
	X(ROLE_MULTIPLIER, "multiplier", ARG_VALUE) \
	X(ROLE_APPROX, "approx", ARG_NONE) \
	X(ROLE_DECIMAL, "decimal", ARG_NONE) \
	X(ROLE_PERCENT, "percent", ARG_NAME) \
	X(ROLE_PERCENT_OF, "percent-of", ARG_NAME) \
	X(ROLE_FRACTION, "fraction", ARG_NONE) \
	X(ROLE_FRACTION_MARK, "fraction-mark", ARG_NONE) \
	X(ROLE_SHARE, "share", ARG_VALUE) \
	X(ROLE_RANGE, "range", ARG_NONE) \
	X(ROLE_YEAR, "year", ARG_NONE) \
	X(ROLE_MONTH, "month", ARG_NONE) \
	X(ROLE_DAY, "day", ARG_NONE) \
	X(ROLE_DATE_MARK, "date-mark", ARG_NONE) \
	X(ROLE_DATE_NAME, "date-name", ARG_NONE) \
	X(ROLE_DATE_SEP, "date-sep", ARG_NONE) \
	X(ROLE_QUOTE, "quote", ARG_PAIR) \
	X(ROLE_TITLE, "title", ARG_PAIR) \
	X(ROLE_TITLE_COUNT, "title-count", ARG_NONE) \
	X(ROLE_DOCNO, "docno", ARG_PAIR) \
	X(ROLE_DOCNO_NUMBER, "docno-number", ARG_NONE) \
	X(ROLE_DOCNO_ORDER, "docno-order", ARG_NONE) \
	X(ROLE_DOCNO_STOP, "docno-stop", ARG_NONE) \
	X(ROLE_DOCNO_ISSUER, "docno-issuer", ARG_NONE) \
	X(ROLE_ORDINAL, "ordinal", ARG_NONE) \
	X(ROLE_ORDINAL_UNIT, "ordinal-unit", ARG_NONE)

enum role {
#define ROLE_ENUM(name, keyword, arg) name,
	ROLE_LIST(ROLE_ENUM)
#undef ROLE_ENUM
	ROLE_TITLE_END,     /* the closing mark of a title pair */
	ROLE_DOCNO_END,     /* the closing bracket of a docno pair */
	ROLE_QUOTE_END,     /* the closing mark of a quotation */
	ROLE_COUNT
};

/* Roles as bits of a word: more than 32 of them. */
#define ROLE_BIT(role) (UINT64_C(1) << (role))

struct unit_word {
	char *text;            /* NUL-terminated */
	size_t length;
	uint32_t first;        /* its first character */
	uint64_t roles;        /* ROLE_BIT(role) for each role it has */
	char *name;            /* the name reported (currency, percent); NULL: text */
	double value;          /* multiplier */
	int power;             /* the multiplier as a power of ten (万: 4), -1
	                          when it is none: then no value it scales is
	                          exact */
	char *pair;            /* the other mark of a title or docno pair */
};

#define UNITS_BUCKETS 512

/* What a lookup reads of a word, side by side with the other words of its
 * bucket: a lookup passes the words of the wrong role or length without
 * going to them. */
struct unit_key {
	uint32_t first;        /* the word's first character */
	uint32_t length;       /* its bytes */
	uint64_t roles;
	const char *text;
	const struct unit_word *word;
};

struct unit_table {
	struct unit_word *words;
	size_t count, capacity;
	/* Words hashed by their first character, each bucket longest first:
	 * keys[bucket_start[h]] .. keys[bucket_start[h + 1] - 1]. */
	struct unit_key *keys;
	size_t bucket_start[UNITS_BUCKETS + 1];
	/* Characters that may start a figure or must be tracked (BMP only). */
	uint8_t start[65536 / 8];
	uint8_t digit[65536 / 8];    /* Chinese digits 〇一…九两 */
	/* Words of the roles read backwards, by role. */
	size_t *by_role[ROLE_COUNT];
	size_t by_role_count[ROLE_COUNT];
	long year_first, year_last;
};

/* A text read with a unit table: what the scanner and the number grammar
 * share.  TEXT holds LENGTH bytes and a NUL after them. */
struct units_text {
	const struct unit_table *units;
	const char *text;
	size_t length;
};

/* Whether character C is in the set BITS (start or digit above). */
static inline int
units_bit(const uint8_t *bits, uint32_t c)
{
	return c < 65536 && (bits[c >> 3] >> (c & 7) & 1);
}

/* The bucket of words whose first character is C. */
static inline unsigned
units_bucket(uint32_t c)
{
	return (c * 2654435761u) >> 23 & (UNITS_BUCKETS - 1);
}

/* The longest word of T at S (N bytes) having one of the roles in MASK
 * (ROLE_BIT), or NULL.  The word belongs to T.  Inline: the scanner asks
 * at every character that may start a figure. */
static inline const struct unit_word *
units_lookup(const struct unit_table *t, const char *s, size_t n, uint64_t mask)
{
	uint32_t c;
	size_t first;
	const struct unit_key *key, *last;

	if (n == 0)
		return NULL;
	first = utf8_decode(s, n, &c);
	key = t->keys + t->bucket_start[units_bucket(c)];
	last = t->keys + t->bucket_start[units_bucket(c) + 1];
	for (; key < last; key++) {
		/* (The first character's bytes are equal when it is, unless
		 * bad bytes decoded as U+FFFD: the rest of a word is a few
		 * bytes, compared here.) */
		if (key->first == c && (key->roles & mask) && key->length <= n) {
			size_t i = c != 0xfffd ? first : 0;
			while (i < key->length && key->text[i] == s[i])
				i++;
			if (i >= key->length)
				return key->word;
		}
	}
	return NULL;
}

/* The longest word of ROLE in T that ends at TEXT[AT] and starts at or
 * after TEXT[FLOOR], or NULL. */
const struct unit_word *units_lookup_before(const struct unit_table *t, const char *text,
					    size_t floor, size_t at, int role);

/* The name W is reported by: its NAME= argument, else the word itself. */
const char *units_word_name(const struct unit_word *w);

/* Fills *G with the date words and year range of T (G->words is T). */
void units_date_grammar(const struct unit_table *t, struct date_grammar *g);

#endif
