/* SPDX-License-Identifier: GPL-3.0-or-later */
/* scan.c - finding the places a search checks.  Every place where a term
 * can match holds, in the original bytes, one character of the term (its
 * anchor) or one of that character's variants: the characters whose
 * folding holds it (G, Ｇ, ｇ, ⓖ ... for g; ⼈ for 人).  So one vectorised
 * pass over the bytes looks for those few byte strings, the needles, and
 * only the characters around each place found are folded to check it.  To
 * keep that pass cheap, each needle is found by the two of its bytes that
 * are rarest in a sample of the text, and needles with a rare prefix
 * share it. */
#include <config.h>

#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "array.h"
#include "fold.h"
#include "scan.h"

/* Bytes of the text sampled to choose probes (and, by scan_cost,
 * anchors). */
enum { SAMPLE_WINDOWS = 32, SAMPLE_WINDOWS_MIN = 4, SAMPLE_WINDOW = 4096 };

/* ------------------------------------------------------------------ */
/* Needles                                                             */

static int
needle_compare(const void *a, const void *b)
{
	const struct scan_needle *x = a, *y = b;
	int c = memcmp(x->bytes, y->bytes, SCAN_NEEDLE_MAX);

	return c ? c : (int)x->length - (int)y->length;
}

struct needle_list {
	struct scan_needle *items;
	size_t count, capacity;
};

static bool
needle_add(struct needle_list *list, ucs4_t uc)
{
	struct scan_needle *needle;

	if (!ARRAY_RESERVE(list->items, list->capacity, list->count + 1))
		return false;
	needle = &list->items[list->count++];
	memset(needle, 0, sizeof *needle);
	needle->length = (uint8_t)u8_uctomb(needle->bytes, uc, SCAN_NEEDLE_MAX);
	return true;
}

/* Adds the UTF-8 of UC, and of every character whose folding holds UC, to
 * LIST; with COMPOSED, also of every letter composed on any of those (é, è,
 * ê ... on e). */
static bool
add_with_variants(struct needle_list *list, ucs4_t uc, bool composed)
{
	size_t count;
	const struct fold_variant *variants = fold_variants(uc, &count);

	for (size_t i = 0; i <= count; i++) {
		ucs4_t source = i == count ? uc : variants[i].source;
		const struct fold_variant *letters;
		size_t letter_count;

		if (!needle_add(list, source))
			return false;
		if (!composed)
			continue;
		letters = fold_composed(source, &letter_count);
		for (size_t j = 0; j < letter_count; j++)
			if (!needle_add(list, letters[j].source))
				return false;
	}
	return true;
}

bool
scan_needles(ucs4_t uc, unsigned flags, struct scan_needle **needles, size_t *count)
{
	struct needle_list list = { NULL, 0, 0 };
	size_t out = 0, han_count = 0;
	ucs4_t base = fold_base(uc);
	const struct fold_variant *han = NULL;

	/* The traditional and simplified forms that UC represents, and the
	 * characters whose NFKC folding holds one of them. */
	if (flags & FOLD_HAN_VARIANTS)
		han = fold_han_variants(uc, &han_count);
	for (size_t i = 0; i < han_count; i++)
		if (!add_with_variants(&list, han[i].source, false)) {
			free(list.items);
			return false;
		}
	if (!add_with_variants(&list, uc, false) ||
	    (base != uc && !add_with_variants(&list, base, true))) {
		free(list.items);
		return false;
	}
	qsort(list.items, list.count, sizeof *list.items, needle_compare);
	for (size_t i = 0; i < list.count; i++)
		if (out == 0 || needle_compare(&list.items[out - 1], &list.items[i]) != 0)
			list.items[out++] = list.items[i];
	*needles = list.items;
	*count = out;
	return true;
}

/* ------------------------------------------------------------------ */
/* The byte scan                                                       */

/* The pairs of a needle's bytes that the fast pass can compare. */
enum probe { PROBE_0, PROBE_01, PROBE_02, PROBE_03, PROBE_12, PROBE_13, PROBE_23, PROBE_COUNT };
static const uint8_t probe_places[PROBE_COUNT][2] = {
	{ 0, 0 }, { 0, 1 }, { 0, 2 }, { 0, 3 }, { 1, 2 }, { 1, 3 }, { 2, 3 }
};

/* How often byte pairs stand 1, 2 and 3 bytes apart in a sample of the
 * text: the fast pass compares the two bytes of each needle whose pair
 * is rarest.  That is the last two bytes of an ideograph (its lead byte,
 * E4..E9, is in most of the text), the first two of ㋂ (E3 8B; its last
 * byte pairs with E3 in 。), the first and last of ３ (EF BC 93; EF BC is
 * in ，（）：). */
struct scan_sample {
	uint16_t apart[3][65536];
	uint32_t bytes[256];    /* how often each byte stands in the sample */
	size_t sampled;         /* bytes sampled */
};

/* The windows of TEXT (N bytes) that samples look at: a sixteenth of the
 * text in windows spread evenly, SAMPLE_WINDOW_MIN of them at least and
 * SAMPLE_WINDOWS at most, or all of a text shorter than that: a search
 * over many small reports samples each, and a whole one of 100 KB cost
 * more than its search.  Returns how many; *SIZE is the bytes of each. */
static size_t
sample_windows(size_t n, size_t *size)
{
	size_t windows = n / 16 / SAMPLE_WINDOW;

	if (windows < SAMPLE_WINDOWS_MIN)
		windows = SAMPLE_WINDOWS_MIN;
	if (windows > SAMPLE_WINDOWS)
		windows = SAMPLE_WINDOWS;
	if (n <= windows * SAMPLE_WINDOW) {
		*size = n;
		return 1;
	}
	*size = SAMPLE_WINDOW;
	return windows;
}

static size_t
sample_start(size_t n, size_t window, size_t windows)
{
	return windows == 1 ? 0 : (n - SAMPLE_WINDOW) / (windows - 1) * window;
}

/* Each thread keeps the last sample it freed, emptied, for the next
 * one: a sample is 400 KB, and a search over many small reports takes
 * two for each (search_may_match's, search_find's), which fresh memory
 * would fault in a page at a time and unmap again. */
static pthread_key_t spare_key;
static pthread_once_t spare_once = PTHREAD_ONCE_INIT;
static bool spare_ready;

static void
spare_make(void)
{
	spare_ready = pthread_key_create(&spare_key, free) == 0;
}

struct scan_sample *
scan_sample(const uint8_t *text, size_t n)
{
	struct scan_sample *sample = NULL;
	size_t size, windows = sample_windows(n, &size);

	pthread_once(&spare_once, spare_make);
	if (spare_ready && (sample = pthread_getspecific(spare_key)) != NULL)
		pthread_setspecific(spare_key, NULL);
	else
		sample = calloc(1, sizeof *sample);

	if (!sample)
		return NULL;
	/* (A count that cannot reach UINT16_MAX needs no check that it
	 * stops there.) */
	bool few = windows * size < UINT16_MAX;
	for (size_t w = 0; w < windows; w++) {
		const uint8_t *s = text + sample_start(n, w, windows);
		for (size_t i = 0; few && i + 3 < size; i++) {
			unsigned first = (unsigned)s[i] << 8;
			sample->bytes[s[i]]++;
			sample->apart[0][first | s[i + 1]]++;
			sample->apart[1][first | s[i + 2]]++;
			sample->apart[2][first | s[i + 3]]++;
		}
		for (size_t i = 0; !few && i + 3 < size; i++) {
			sample->bytes[s[i]]++;
			for (size_t d = 0; d < 3; d++) {
				uint16_t *c = &sample->apart[d][s[i] << 8 | s[i + d + 1]];
				if (*c < UINT16_MAX)
					(*c)++;
			}
		}
		sample->sampled += size;
	}
	return sample;
}

void
scan_sample_free(struct scan_sample *sample)
{
	if (!sample)
		return;
	if (!spare_ready || pthread_getspecific(spare_key) != NULL) {
		free(sample);
		return;
	}
	/* Only the rows of pairs whose first byte was sampled were
	 * written: a few hundred KB fewer to clear than the whole. */
	for (unsigned first = 0; first < 256; first++)
		if (sample->bytes[first] > 0)
			for (size_t d = 0; d < 3; d++)
				memset(&sample->apart[d][first << 8], 0, sizeof sample->apart[d][0] << 8);
	memset(sample->bytes, 0, sizeof sample->bytes);
	sample->sampled = 0;
	if (pthread_setspecific(spare_key, sample) != 0)
		free(sample);
}

/* Merges needles that share their first two bytes, then their first byte,
 * into that prefix when the sample says it is rare enough that the places
 * it flags in vain cost less than the compares saved: each needle costs
 * about 4 operations per 16 bytes of text, each character found by a
 * prefix and rejected about 400.  In Chinese text the F0 of 𝐠 and 🄖
 * (variants of g) is rare, the E2 of “ and ” and the E3 of 。 are not.
 * NEEDLES (COUNT) are sorted by bytes; returns the new count. */
static size_t
merge_needles(struct scan_needle *needles, size_t count, const struct scan_sample *sample)
{
	for (size_t prefix = 2; prefix >= 1; prefix--) {
		size_t out = 0;
		for (size_t i = 0; i < count;) {
			size_t j = i + 1, seen;
			while (j < count && needles[i].length > prefix && needles[j].length > prefix &&
			       memcmp(needles[i].bytes, needles[j].bytes, prefix) == 0)
				j++;
			seen = prefix == 1 ? sample->bytes[needles[i].bytes[0]]
					   : sample->apart[0][needles[i].bytes[0] << 8 | needles[i].bytes[1]];
			needles[out] = needles[i];
			if (j - i >= 2 && seen * 1600 < (j - i - 1) * sample->sampled) {
				memset(needles[out].bytes + prefix, 0, SCAN_NEEDLE_MAX - prefix);
				needles[out].length = (uint8_t)prefix;
			} else {
				j = i + 1;
			}
			out++;
			i = j;
		}
		count = out;
	}
	return count;
}

static enum probe
choose_probe(const struct scan_needle *needle, const struct scan_sample *sample)
{
	enum probe best = PROBE_0;
	unsigned best_count = UINT_MAX;

	if (needle->length == 1)
		return PROBE_0;
	for (int p = PROBE_01; p < PROBE_COUNT; p++) {
		unsigned i = probe_places[p][0], j = probe_places[p][1], count;
		if (j >= needle->length)
			continue;
		count = sample->apart[j - i - 1][needle->bytes[i] << 8 | needle->bytes[j]];
		/* On a tie, the later bytes: they tell more in UTF-8. */
		if (count <= best_count) {
			best = (enum probe)p;
			best_count = count;
		}
	}
	return best;
}

/* The needles of one character, ready for the scan: sorted by probe, with
 * their probe bytes repeated sixteen times. */
struct scanner {
	struct scan_needle *needles;
	size_t count;
	size_t by_probe[PROBE_COUNT + 1];  /* where each probe's needles start */
	uint8_t (*splat)[2][16];
	size_t flagged;                     /* places the fast pass flagged */
};

static int
probe_compare(const void *a, const void *b)
{
	const struct scan_needle *x = a, *y = b;

	return (int)x->probe - (int)y->probe;
}

void
scan_free(struct scanner *s)
{
	if (!s)
		return;
	free(s->needles);
	free(s->splat);
	free(s);
}

struct scanner *
scan_build(const struct scan_needle *needles, size_t count, const struct scan_sample *sample)
{
	struct scanner *s = calloc(1, sizeof *s);

	if (!s)
		return NULL;
	s->needles = malloc(count * sizeof *s->needles);
	s->splat = malloc(count * sizeof *s->splat);
	if (!s->needles || !s->splat) {
		scan_free(s);
		return NULL;
	}
	memcpy(s->needles, needles, count * sizeof *s->needles);
	s->count = merge_needles(s->needles, count, sample);
	for (size_t i = 0; i < s->count; i++)
		s->needles[i].probe = (uint8_t)choose_probe(&s->needles[i], sample);
	qsort(s->needles, s->count, sizeof *s->needles, probe_compare);
	for (size_t probe = 0, i = 0; probe <= PROBE_COUNT; probe++) {
		while (i < s->count && s->needles[i].probe < probe)
			i++;
		s->by_probe[probe] = i;
	}
	for (size_t i = 0; i < s->count; i++) {
		const struct scan_needle *needle = &s->needles[i];
		memset(s->splat[i][0], needle->bytes[probe_places[needle->probe][0]], 16);
		memset(s->splat[i][1], needle->bytes[probe_places[needle->probe][1]], 16);
	}
	return s;
}

/* True when NEEDLE stands at P (of N bytes of TEXT). */
static inline bool
needle_at(const struct scan_needle *needle, const uint8_t *text, size_t p, size_t n)
{
	if (p + needle->length > n)
		return false;
	for (size_t k = 0; k < needle->length; k++)
		if (text[p + k] != needle->bytes[k])
			return false;
	return true;
}

static bool
any_needle_at(const struct scanner *s, const uint8_t *text, size_t p, size_t n)
{
	for (size_t i = 0; i < s->count; i++)
		if (needle_at(&s->needles[i], text, p, n))
			return true;
	return false;
}

#if defined(__GNUC__)
typedef uint8_t block_t __attribute__((vector_size(16)));
typedef int8_t block_mask_t __attribute__((vector_size(16)));

static inline block_t
splat_load(const uint8_t *bytes)
{
	block_t v;

	memcpy(&v, bytes, 16);
	return v;
}

/* Flags the 16 places from P where some needle's probe bytes stand.
 * Needles are sorted by probe, so each group compares fixed loads. */
static inline block_mask_t
flags_at(const struct scanner *s, const uint8_t *p)
{
	block_t x0, x1, x2, x3;
	block_mask_t flags = { 0 };
	const size_t *at = s->by_probe;
	size_t i = 0;

	memcpy(&x0, p, 16);
	memcpy(&x1, p + 1, 16);
	memcpy(&x2, p + 2, 16);
	memcpy(&x3, p + 3, 16);
	for (; i < at[PROBE_0 + 1]; i++)
		flags |= (block_mask_t)(x0 == splat_load(s->splat[i][0]));
#define PROBE_GROUP(probe, a, b) \
	for (; i < at[(probe) + 1]; i++) \
		flags |= (block_mask_t)(a == splat_load(s->splat[i][0])) & \
			 (block_mask_t)(b == splat_load(s->splat[i][1]));
	PROBE_GROUP(PROBE_01, x0, x1)
	PROBE_GROUP(PROBE_02, x0, x2)
	PROBE_GROUP(PROBE_03, x0, x3)
	PROBE_GROUP(PROBE_12, x1, x2)
	PROBE_GROUP(PROBE_13, x1, x3)
	PROBE_GROUP(PROBE_23, x2, x3)
#undef PROBE_GROUP
	return flags;
}

static bool
any_flag(block_mask_t flags)
{
	uint64_t halves[2];

	memcpy(halves, &flags, 16);
	return (halves[0] | halves[1]) != 0;
}

/* Adds to STARTS the flagged places of the 16 from P where a needle
 * stands. */
static size_t
check_flags(struct scanner *s, block_mask_t flags, const uint8_t *text, size_t n, size_t p,
	    size_t *starts, size_t count)
{
	int8_t lanes[16];

	memcpy(lanes, &flags, 16);
	for (size_t k = 0; k < 16; k++)
		if (lanes[k]) {
			s->flagged++;
			if (any_needle_at(s, text, p + k, n))
				starts[count++] = p + k;
		}
	return count;
}

/* The usual cases, one needle (an ideograph with no variants) or two (one
 * with a Kangxi radical or compatibility form: 工 ⼯): the probe bytes stay
 * in registers. */
static inline __attribute__((always_inline)) size_t
scan_few(struct scanner *s, const uint8_t *text, size_t n, size_t p, size_t *starts,
	 size_t max, size_t *count, size_t needles)
{
	const struct scan_needle *one = &s->needles[0], *two = &s->needles[s->count - 1];
	size_t a1 = probe_places[one->probe][0], b1 = probe_places[one->probe][1];
	size_t a2 = probe_places[two->probe][0], b2 = probe_places[two->probe][1];
	block_t first1 = splat_load(s->splat[0][0]), second1 = splat_load(s->splat[0][1]);
	block_t first2 = splat_load(s->splat[s->count - 1][0]);
	block_t second2 = splat_load(s->splat[s->count - 1][1]);

	while (p + 64 + SCAN_NEEDLE_MAX <= n && *count + 64 <= max) {
		block_mask_t f[4];
		for (size_t j = 0; j < 4; j++) {
			const uint8_t *q = text + p + 16 * j;
			block_t x, y;
			memcpy(&x, q + a1, 16);
			memcpy(&y, q + b1, 16);
			f[j] = (block_mask_t)(x == first1) & (block_mask_t)(y == second1);
			if (needles == 2) {
				memcpy(&x, q + a2, 16);
				memcpy(&y, q + b2, 16);
				f[j] |= (block_mask_t)(x == first2) & (block_mask_t)(y == second2);
			}
		}
		if (any_flag(f[0] | f[1] | f[2] | f[3]))
			for (size_t j = 0; j < 4; j++)
				*count = check_flags(s, f[j], text, n, p + 16 * j, starts, *count);
		p += 64;
	}
	return p;
}

size_t
scan_find(struct scanner *s, const uint8_t *text, size_t n, size_t from, size_t *starts,
	  size_t max, size_t *next)
{
	size_t p = from, count = 0;

	if (s->count == 1) {
		p = scan_few(s, text, n, p, starts, max, &count, 1);
	} else if (s->count == 2) {
		p = scan_few(s, text, n, p, starts, max, &count, 2);
	} else {
		while (p + 64 + SCAN_NEEDLE_MAX <= n && count + 64 <= max) {
			block_mask_t f[4];
			for (size_t j = 0; j < 4; j++)
				f[j] = flags_at(s, text + p + 16 * j);
			if (any_flag(f[0] | f[1] | f[2] | f[3]))
				for (size_t j = 0; j < 4; j++)
					count = check_flags(s, f[j], text, n, p + 16 * j, starts, count);
			p += 64;
		}
	}
	if (p + 64 + SCAN_NEEDLE_MAX > n)
		for (; p < n && count < max; p++)
			if (any_needle_at(s, text, p, n))
				starts[count++] = p;
	*next = p;
	return count;
}
#else
size_t
scan_find(struct scanner *s, const uint8_t *text, size_t n, size_t from, size_t *starts,
	  size_t max, size_t *next)
{
	size_t p = from, count = 0;

	for (; p < n && count < max; p++)
		if (any_needle_at(s, text, p, n))
			starts[count++] = p;
	*next = p;
	return count;
}
#endif

/* About 4 operations per needle per 16 bytes, 50 per place flagged and 500
 * to check a hit. */
double
scan_cost(struct scanner *s, const uint8_t *text, size_t n)
{
	size_t size, windows = sample_windows(n, &size), hits = 0, starts[SCAN_STARTS_MAX];
	double scale;

	s->flagged = 0;
	for (size_t w = 0; w < windows; w++) {
		const uint8_t *window = text + sample_start(n, w, windows);
		for (size_t from = 0; from < size;)
			hits += scan_find(s, window, size, from, starts, SCAN_STARTS_MAX, &from);
	}
	scale = size ? (double)n / (double)(size * windows) : 0;
	return (double)s->count * 4 * (double)n / 16 + ((double)s->flagged * 50 + (double)hits * 500) * scale;
}
