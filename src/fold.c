/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fold.c - folding for search.  Text and query are compared after
 * folding, one character at a time:
 *   - NFKC and case (u8_casefold with UNINORM_NFKC): ＸＸ区 = XX区,
 *     Ｘ２０２３ = x2023, ＧＤＰ = gdp, ① = 1, ㎡ = m2, ⼈ = 人;
 *   - white space and invisible characters are left out on both sides, so
 *     总理李克强 finds "总理 李克强", and a Latin word that a hard wrap cut
 *     (the loader joins such lines with a space) is still found;
 *   - with FOLD_HAN_VARIANTS, traditional and simplified forms: 勞動 = 劳动,
 *     發 = 髮 = 发, from a table made from the Unicode Han Database
 *     (unihan_variants.c).
 * A "character" here is a code point with the combining marks after it. */
#include <config.h>

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "array.h"
#include "fold.h"
#include "unihan.h"
#include "utf8.h"

bool
fold_is_ignorable(ucs4_t uc)
{
	return uc_is_property_white_space(uc) || uc_is_property_default_ignorable_code_point(uc);
}

bool
fold_is_plain(ucs4_t uc)
{
	int tag;
	ucs4_t decomposition[UC_DECOMPOSITION_MAX_LENGTH];

	if (uc < 0x80)
		return !(uc >= 'A' && uc <= 'Z') && !fold_is_ignorable(uc);
	return uc_decomposition(uc, &tag, decomposition) < 0 &&
	       !uc_is_property_changes_when_casefolded(uc) && !fold_is_ignorable(uc);
}

/* Folds the N bytes at S into OUT (SIZE bytes), ignorable code points left
 * out.  Returns the folded length, which may exceed SIZE (then OUT holds
 * nothing useful), or SIZE_MAX when out of memory. */
static size_t
fold_bytes(const uint8_t *s, size_t n, uint8_t *out, size_t size)
{
	uint8_t buffer[64];
	size_t length = sizeof buffer, kept = 0;
	uint8_t *folded = u8_casefold(s, n, NULL, UNINORM_NFKC, buffer, &length);

	if (!folded)
		return SIZE_MAX;
	for (size_t i = 0; i < length;) {
		ucs4_t uc;
		size_t k = utf8_decode((const char *)folded + i, length - i, &uc);
		if (!fold_is_ignorable(uc)) {
			if (kept + k <= size)
				memcpy(out + kept, folded + i, k);
			kept += k;
		}
		i += k;
	}
	if (folded != buffer)
		free(folded);
	return kept;
}

/* The bytes of the character (code point and combining marks) at S, within
 * N bytes; sets *FIRST to its code point. */
static size_t
char_length(const uint8_t *s, size_t n, ucs4_t *first)
{
	size_t i = utf8_decode((const char *)s, n, first);

	while (i < n && s[i] >= 0x80) {
		ucs4_t uc;
		size_t k = utf8_decode((const char *)s + i, n - i, &uc);
		if (uc_combining_class(uc) == 0)
			break;
		i += k;
	}
	return i;
}

static bool
buffer_append(struct fold_buffer *b, const uint8_t *s, size_t n)
{
	if (!ARRAY_RESERVE(b->data, b->capacity, b->length + n))
		return false;
	memcpy(b->data + b->length, s, n);
	b->length += n;
	return true;
}

void
fold_cache_init(struct fold_cache *cache)
{
	for (size_t i = 0; i < FOLD_CACHE_SIZE; i++)
		cache->entries[i].uc = FOLD_NONE;
}

/* Replaces each Han character of the LENGTH bytes at the end of OUT by
 * the one representing its class of traditional and simplified forms.
 * Returns the new length, or SIZE_MAX when out of memory. */
static size_t
fold_han_bytes(struct fold_buffer *out, size_t length)
{
	size_t start = out->length - length;
	uint8_t bytes[64];

	if (length > sizeof bytes)
		return length;  /* no single character folds to this much */
	memcpy(bytes, out->data + start, length);
	out->length = start;
	for (size_t i = 0; i < length;) {
		ucs4_t uc;
		uint8_t utf8[6];
		size_t k = utf8_decode((const char *)bytes + i, length - i, &uc);
		ucs4_t han = fold_han(uc);
		if (han == uc) {
			if (!buffer_append(out, bytes + i, k))
				return SIZE_MAX;
		} else if (!buffer_append(out, utf8, (size_t)u8_uctomb(utf8, han, sizeof utf8))) {
			return SIZE_MAX;
		}
		i += k;
	}
	return out->length - start;
}

size_t
fold_char(const uint8_t *s, size_t n, size_t *length, struct fold_buffer *out,
	  struct fold_cache *cache, unsigned flags)
{
	ucs4_t uc;
	size_t k = char_length(s, n, &uc), folded;
	struct fold_cache_entry *entry = NULL;

	*length = k;
	if (k == 1) {
		uint8_t c = s[0];
		if (c < 0x80 && fold_is_ignorable(c))
			return 0;
		/* ASCII folds by case; an invalid byte stands for itself. */
		if (c >= 'A' && c <= 'Z')
			c += 0x20;
		return buffer_append(out, &c, 1) ? 1 : SIZE_MAX;
	}
	if (k == (size_t)(uc < 0x800 ? 2 : uc < 0x10000 ? 3 : 4)) {
		/* A lone code point: most fold to themselves; the others are
		 * cached. */
		if (fold_is_plain(uc)) {
			ucs4_t han = flags & FOLD_HAN_VARIANTS ? fold_han(uc) : uc;
			uint8_t utf8[6];
			if (han == uc)
				return buffer_append(out, s, k) ? k : SIZE_MAX;
			folded = (size_t)u8_uctomb(utf8, han, sizeof utf8);
			return buffer_append(out, utf8, folded) ? folded : SIZE_MAX;
		}
		if (cache) {
			entry = &cache->entries[uc % FOLD_CACHE_SIZE];
			if (entry->uc == uc)
				return buffer_append(out, entry->bytes, entry->length) ? entry->length
										       : SIZE_MAX;
		}
	}
	if (!ARRAY_RESERVE(out->data, out->capacity, out->length + 32))
		return SIZE_MAX;
	folded = fold_bytes(s, k, out->data + out->length, out->capacity - out->length);
	if (folded == SIZE_MAX)
		return SIZE_MAX;
	if (folded > out->capacity - out->length) {
		if (!ARRAY_RESERVE(out->data, out->capacity, out->length + folded))
			return SIZE_MAX;
		fold_bytes(s, k, out->data + out->length, folded);
	}
	if (flags & FOLD_HAN_VARIANTS) {
		out->length += folded;
		folded = fold_han_bytes(out, folded);
		if (folded == SIZE_MAX)
			return SIZE_MAX;
		out->length -= folded;
	}
	if (entry && folded <= FOLD_CACHE_BYTES) {
		entry->uc = uc;
		entry->length = (uint8_t)folded;
		memcpy(entry->bytes, out->data + out->length, folded);
	}
	out->length += folded;
	return folded;
}

/* ------------------------------------------------------------------ */
/* Variants: the characters whose folding holds a given character      */

/* A list of pairs being built. */
struct variant_list {
	struct fold_variant *items;
	size_t count, capacity;
};

/* A table of pairs, sorted by target then source: every code point that
 * has a decomposition or changes when case folded, folded, and listed
 * under each character of its folding (about 9,000 pairs); BASES lists
 * each composed letter under the base letter it decomposes to (é under
 * e); HAN each member of a class of traditional and simplified forms
 * under the one representing it.  Made at build time (fold_tables.c);
 * HAN_LISTED, a bit for each code point of the Basic Multilingual Plane
 * that unihan_variants lists, is filled on first use. */
struct variant_table {
	const struct fold_variant *items;
	size_t count;
};

static struct variant_table variants, bases, han;
static uint8_t han_listed[0x10000 / 8];
static atomic_bool han_ready;   /* HAN_LISTED is filled (fold_han needs no lock) */
static bool built;
static pthread_mutex_t variants_lock = PTHREAD_MUTEX_INITIALIZER;

static int
variant_compare(const void *a, const void *b)
{
	const struct fold_variant *x = a, *y = b;

	if (x->target != y->target)
		return x->target < y->target ? -1 : 1;
	return x->source < y->source ? -1 : x->source > y->source;
}

static bool
variant_add(struct variant_list *list, ucs4_t target, ucs4_t source)
{
	if (!ARRAY_RESERVE(list->items, list->capacity, list->count + 1))
		return false;
	list->items[list->count++] = (struct fold_variant){ target, source };
	return true;
}

ucs4_t
fold_base(ucs4_t uc)
{
	ucs4_t decomposition[UC_DECOMPOSITION_MAX_LENGTH];

	while (uc_canonical_decomposition(uc, decomposition) > 0)
		uc = decomposition[0];
	return uc;
}

/* Ranges of code points none of which decomposes or changes when case
 * folded (so none has a variant), sorted: the unified ideographs, the
 * private use areas, the planes past the ideographs but for the tags.
 * The table is built without looking at them (nine in ten code points).
 * A test checks each against the Unicode data libunistring has. */
static const ucs4_t plain_ranges[][2] = {
	{ 0x3400, 0x4dbf }, { 0x4e00, 0x9fff }, { 0xe000, 0xf8ff },
	{ 0x20000, 0x2f7ff }, { 0x2fa20, 0xdffff }, { 0xe0080, 0x10ffff },
};

const ucs4_t (*fold_plain_ranges(size_t *count))[2]
{
	*count = sizeof plain_ranges / sizeof plain_ranges[0];
	return plain_ranges;
}

/* The code point after UC that may have variants (past the surrogates
 * and the plain ranges), or 0x110000. */
static ucs4_t
next_code_point(ucs4_t uc)
{
	uc = uc == 0xd7ff ? 0xe000 : uc + 1;
	for (size_t r = 0; r < sizeof plain_ranges / sizeof plain_ranges[0]; r++)
		if (uc >= plain_ranges[r][0] && uc <= plain_ranges[r][1])
			uc = plain_ranges[r][1] + 1;
	return uc;
}

static bool
variants_fill(struct variant_list *list, struct variant_list *base_list)
{
	for (ucs4_t uc = 'A'; uc <= 'Z'; uc++)
		if (!variant_add(list, uc + 0x20, uc))
			return false;
	for (ucs4_t uc = 0x80; uc < 0x110000; uc = next_code_point(uc)) {
		ucs4_t decomposition[UC_DECOMPOSITION_MAX_LENGTH];
		uint8_t s[6], folded[128];
		int tag, n;
		size_t length;

		if (uc_decomposition(uc, &tag, decomposition) < 0 &&
		    !uc_is_property_changes_when_casefolded(uc))
			continue;
		if (fold_base(uc) != uc && !variant_add(base_list, fold_base(uc), uc))
			return false;
		n = u8_uctomb(s, uc, sizeof s);
		length = fold_bytes(s, (size_t)n, folded, sizeof folded);
		if (length == SIZE_MAX)
			return false;
		if (length > sizeof folded || (length == (size_t)n && memcmp(folded, s, length) == 0))
			continue;
		for (size_t i = 0; i < length;) {
			ucs4_t target;
			i += utf8_decode((const char *)folded + i, length - i, &target);
			if (!variant_add(list, target, uc))
				return false;
		}
	}
	qsort(list->items, list->count, sizeof *list->items, variant_compare);
	qsort(base_list->items, base_list->count, sizeof *base_list->items, variant_compare);
	return true;
}

/* Lists the members of each class of traditional and simplified forms
 * under the one representing it. */
static bool
han_fill(struct variant_list *list)
{
	for (size_t i = 0; i < unihan_variant_count; i++)
		if (!variant_add(list, unihan_variants[i][1], unihan_variants[i][0]))
			return false;
	qsort(list->items, list->count, sizeof *list->items, variant_compare);
	return true;
}

bool
fold_tables_build(struct fold_tables *out)
{
	struct variant_list list = { NULL, 0, 0 }, base_list = { NULL, 0, 0 };
	struct variant_list han_list = { NULL, 0, 0 };

	if (!variants_fill(&list, &base_list) || !han_fill(&han_list)) {
		free(list.items);
		free(base_list.items);
		free(han_list.items);
		return false;
	}
	*out = (struct fold_tables){ list.items, base_list.items, han_list.items,
				     list.count, base_list.count, han_list.count };
	return true;
}

void
fold_tables_free(struct fold_tables *tables)
{
	free(tables->variants);
	free(tables->bases);
	free(tables->han);
}

/* Sets the tables fold_prepare serves: those made at build time, or, in
 * the program that makes them (which has none yet), built now. */
static bool
tables_set(void)
{
#ifdef FOLD_TABLES_MAKER
	struct fold_tables t;

	if (!fold_tables_build(&t))
		return false;
	variants = (struct variant_table){ t.variants, t.variant_count };
	bases = (struct variant_table){ t.bases, t.base_count };
	han = (struct variant_table){ t.han, t.han_count };
#else
	variants = (struct variant_table){ fold_made_variants, fold_made_variant_count };
	bases = (struct variant_table){ fold_made_bases, fold_made_base_count };
	han = (struct variant_table){ fold_made_han, fold_made_han_count };
#endif
	return true;
}

bool
fold_prepare(void)
{
	bool ok = true;

	/* Searches may run in several threads. */
	pthread_mutex_lock(&variants_lock);
	if (!built) {
		ok = tables_set();
		if (ok) {
			for (size_t i = 0; i < unihan_variant_count; i++)
				if (unihan_variants[i][0] < 0x10000)
					han_listed[unihan_variants[i][0] / 8] |=
						(uint8_t)(1u << (unihan_variants[i][0] % 8));
			built = true;
			atomic_store_explicit(&han_ready, true, memory_order_release);
		}
	}
	pthread_mutex_unlock(&variants_lock);
	return ok;
}

/* The pairs of LIST whose target is UC.  Not sorted_upper: the key is a
 * 32-bit code point, and the table's pairs are kept at 8 bytes. */
static const struct fold_variant *
pairs_of(const struct variant_table *list, ucs4_t uc, size_t *count)
{
	size_t lo = 0, hi = list->count, end;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (list->items[mid].target < uc)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (end = lo; end < list->count && list->items[end].target == uc; end++)
		continue;
	*count = end - lo;
	return list->items + lo;
}

const struct fold_variant *
fold_variants(ucs4_t uc, size_t *count)
{
	return pairs_of(&variants, uc, count);
}

const struct fold_variant *
fold_composed(ucs4_t uc, size_t *count)
{
	return pairs_of(&bases, uc, count);
}

ucs4_t
fold_han(ucs4_t uc)
{
	size_t lo = 0, hi = unihan_variant_count;

	if (uc < unihan_variants[0][0])
		return uc;
	if (uc < 0x10000 && atomic_load_explicit(&han_ready, memory_order_acquire) &&
	    !(han_listed[uc / 8] & (1u << (uc % 8))))
		return uc;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (unihan_variants[mid][0] < uc)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < unihan_variant_count && unihan_variants[lo][0] == uc ? unihan_variants[lo][1] : uc;
}

const struct fold_variant *
fold_han_variants(ucs4_t uc, size_t *count)
{
	return pairs_of(&han, uc, count);
}
