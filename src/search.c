/* search.c - find every mention of a word in a report.
 *
 * Folded search.  Text and query are compared after folding, one
 * character at a time:
 *   - NFKC and case (u8_casefold with UNINORM_NFKC): ＸＸ区 = XX区,
 *     Ｘ２０２３ = x2023, ＧＤＰ = gdp, ① = 1, ㎡ = m2, ⼈ = 人;
 *   - white space and invisible characters (Unicode White_Space and
 *     Default_Ignorable_Code_Point: spaces, U+3000, tabs, soft hyphens,
 *     zero-width spaces, variation selectors) are ignored on both sides, so
 *     总理李克强 finds "总理 李克强", and a Latin word that a hard wrap cut
 *     (the loader joins such lines with a space) is still found.
 * A "character" here is a code point with the combining marks after it.
 * A match never crosses the end of a paragraph (the loader has already
 * joined hard-wrapped lines into paragraphs) and always covers whole
 * original characters: m found in ㎡ reports and highlights ㎡.  Matches of
 * one term do not overlap; the leftmost wins.
 *
 * How it stays fast on a 100 MB report without folding the document: each
 * term is folded once, and one of its characters is chosen as its anchor.
 * Every place where the term can match holds, in the original bytes, that
 * character or one of its variants (the characters whose folding holds it:
 * G, Ｇ, ｇ, ⓖ ... for g; ⼈ for 人), so one vectorised pass over the bytes
 * looks for those few byte strings (the needles), and only the characters
 * around each hit are folded to check it -- or just compared, when the
 * term stands there as it is in characters that fold to themselves, as
 * most matches in Chinese text do.  The anchor is the character that
 * costs least on this document: fewest needles, fewest hits in a sample of
 * the text (普 rather than 法 in 普法).  Finding needs the document only,
 * so it can run while the outline is built (search_find); the sections
 * come after (search_assign).
 *
 * Several terms are ANDed within a section: a match is kept when the
 * section that holds it -- the deepest one, as outline_section_at() gives
 * it: its heading and its text up to the next heading of any level, an
 * org-mode "entry" -- holds matches of every term.  Text before the first
 * heading counts as one more section.
 *
 * --regex: one POSIX extended regular expression (regcomp, REG_EXTENDED)
 * matched against each paragraph of the text as it stands, not folded.
 * Empty matches are not reported. */
#include <config.h>

#include <limits.h>
#include <pthread.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "search.h"

/* The longest needle, and how many terms one query may AND (a bit each in
 * a section's mask). */
enum { NEEDLE_MAX = 4, TERM_MAX = 64 };

/* Characters of a term tried as its anchor; bytes of the document sampled
 * to choose anchors and probes. */
enum { ANCHOR_CANDIDATES = 16, SAMPLE_WINDOWS = 32, SAMPLE_WINDOW = 4096 };

/* No character; a character whose folding is not known cheaply. */
#define NONE ((ucs4_t)-1)
#define UNKNOWN ((ucs4_t)-2)

/* A byte string that starts every character whose folding may hold an
 * anchor: the UTF-8 of one character, or a first byte or two shared by
 * several (F0 for 𝐠 𝑔 𝒈 🄖 ... where the text has few of them). */
struct needle {
	uint8_t bytes[NEEDLE_MAX];
	uint8_t length;
	uint8_t probe;          /* enum probe: the two bytes the fast pass compares */
};

/* One character of a folded term, and the needles that find it. */
struct anchor {
	size_t offset;          /* bytes of the term before its first occurrence */
	size_t before;          /* characters of the term before it */
	uint8_t bytes[6];       /* its UTF-8 */
	size_t length;
	ucs4_t uc;
	ucs4_t previous, next;  /* the term's characters around it, or NONE */
	struct needle *needles;
	size_t needle_count;
};

struct term {
	uint8_t *folded;        /* folded, ignorable characters left out */
	size_t length;
};

/* A term's candidates for its anchor: its distinct characters.  They are
 * found for each run, so that compiling a query needs no variant table. */
struct anchor_set {
	struct anchor items[ANCHOR_CANDIDATES];
	size_t count;
};

struct search_query {
	bool is_regex;
	regex_t regex;
	struct term *terms;
	size_t term_count;
};

/* ------------------------------------------------------------------ */
/* Folding one character                                               */

static bool
is_ignorable(ucs4_t uc)
{
	return uc_is_property_white_space(uc) || uc_is_property_default_ignorable_code_point(uc);
}

/* True when folding leaves UC as it is and it is not ignorable: CJK
 * ideographs, 。、“” and most other characters of Chinese text. */
static bool
folds_to_itself(ucs4_t uc)
{
	int tag;
	ucs4_t decomposition[UC_DECOMPOSITION_MAX_LENGTH];

	if (uc < 0x80)
		return !(uc >= 'A' && uc <= 'Z') && !is_ignorable(uc);
	return uc_decomposition(uc, &tag, decomposition) < 0 &&
	       !uc_is_property_changes_when_casefolded(uc) && !is_ignorable(uc);
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
		int k = u8_mbtouc(&uc, folded + i, length - i);
		if (!is_ignorable(uc)) {
			if (kept + (size_t)k <= size)
				memcpy(out + kept, folded + i, (size_t)k);
			kept += (size_t)k;
		}
		i += (size_t)k;
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
	size_t i;

	if (s[0] < 0x80) {
		*first = s[0];
		i = 1;
	} else {
		i = (size_t)u8_mbtouc(first, s, n);
	}
	while (i < n && s[i] >= 0x80) {
		ucs4_t uc;
		int k = u8_mbtouc(&uc, s + i, n - i);
		if (uc_combining_class(uc) == 0)
			break;
		i += (size_t)k;
	}
	return i;
}

/* A growable byte buffer. */
struct bytes {
	uint8_t *data;
	size_t length, capacity;
};

static bool
bytes_reserve(struct bytes *b, size_t more)
{
	if (b->length + more > b->capacity) {
		size_t capacity = b->capacity ? b->capacity : 64;
		uint8_t *grown;
		while (capacity < b->length + more)
			capacity *= 2;
		grown = realloc(b->data, capacity);
		if (!grown)
			return false;
		b->data = grown;
		b->capacity = capacity;
	}
	return true;
}

static bool
bytes_append(struct bytes *b, const uint8_t *s, size_t n)
{
	if (!bytes_reserve(b, n))
		return false;
	memcpy(b->data + b->length, s, n);
	b->length += n;
	return true;
}

/* The foldings of single code points met in one search run: the
 * full-width punctuation of Chinese text (，（）：) folds to ASCII and
 * would otherwise go through u8_casefold at every hit. */
enum { CACHE_SIZE = 1024, CACHE_BYTES = 14 };

struct fold_cache_entry {
	ucs4_t uc;
	uint8_t length;
	uint8_t bytes[CACHE_BYTES];
};

struct fold_cache {
	struct fold_cache_entry entries[CACHE_SIZE];
};

static void
fold_cache_init(struct fold_cache *cache)
{
	for (size_t i = 0; i < CACHE_SIZE; i++)
		cache->entries[i].uc = NONE;
}

/* Appends the folding of the character at S (N bytes left in its
 * paragraph) to OUT and sets *LENGTH to the character's bytes.  Returns
 * the folded length (0 for an ignorable character), or SIZE_MAX when out
 * of memory.  CACHE may be NULL. */
static size_t
fold_char(const uint8_t *s, size_t n, size_t *length, struct bytes *out, struct fold_cache *cache)
{
	ucs4_t uc;
	size_t k = char_length(s, n, &uc), folded;
	struct fold_cache_entry *entry = NULL;

	*length = k;
	if (k == 1) {
		uint8_t c = s[0];
		if (c < 0x80 && is_ignorable(c))
			return 0;
		/* ASCII folds by case; an invalid byte stands for itself. */
		if (c >= 'A' && c <= 'Z')
			c += 0x20;
		return bytes_append(out, &c, 1) ? 1 : SIZE_MAX;
	}
	if (k == (size_t)(uc < 0x800 ? 2 : uc < 0x10000 ? 3 : 4)) {
		/* A lone code point: most fold to themselves; the others are
		 * cached. */
		if (folds_to_itself(uc))
			return bytes_append(out, s, k) ? k : SIZE_MAX;
		if (cache) {
			entry = &cache->entries[uc % CACHE_SIZE];
			if (entry->uc == uc)
				return bytes_append(out, entry->bytes, entry->length) ? entry->length
										      : SIZE_MAX;
		}
	}
	if (!bytes_reserve(out, 32))
		return SIZE_MAX;
	folded = fold_bytes(s, k, out->data + out->length, out->capacity - out->length);
	if (folded == SIZE_MAX)
		return SIZE_MAX;
	if (folded > out->capacity - out->length) {
		if (!bytes_reserve(out, folded))
			return SIZE_MAX;
		fold_bytes(s, k, out->data + out->length, folded);
	}
	if (entry && folded <= CACHE_BYTES) {
		entry->uc = uc;
		entry->length = (uint8_t)folded;
		memcpy(entry->bytes, out->data + out->length, folded);
	}
	out->length += folded;
	return folded;
}

/* ------------------------------------------------------------------ */
/* Variants: the characters whose folding holds a given character      */

struct variant {
	ucs4_t target;          /* a character of the folding */
	ucs4_t source;          /* a character whose folding holds it */
};

/* Built on first use from libunistring's tables, then never changed: every
 * code point that has a decomposition or changes when case folded, folded,
 * and listed under each character of its folding (about 9,000 pairs; a few
 * milliseconds, once per process).  BASES lists each composed letter under
 * the base letter it decomposes to (é under e). */
static struct variant *variants, *bases;
static size_t variant_count, base_count;

static int
variant_compare(const void *a, const void *b)
{
	const struct variant *x = a, *y = b;

	if (x->target != y->target)
		return x->target < y->target ? -1 : 1;
	return x->source < y->source ? -1 : x->source > y->source;
}

static bool
variant_add(struct variant **list, size_t *count, size_t *capacity, ucs4_t target, ucs4_t source)
{
	if (*count == *capacity) {
		struct variant *grown = realloc(*list, 2 * *capacity * sizeof **list);
		if (!grown)
			return false;
		*list = grown;
		*capacity *= 2;
	}
	(*list)[*count].target = target;
	(*list)[*count].source = source;
	(*count)++;
	return true;
}

/* The first code point of UC's canonical decomposition (UC itself when it
 * has none). */
static ucs4_t
base_of(ucs4_t uc)
{
	ucs4_t decomposition[UC_DECOMPOSITION_MAX_LENGTH];

	while (uc_canonical_decomposition(uc, decomposition) > 0)
		uc = decomposition[0];
	return uc;
}

static bool
variants_build_once(void)
{
	size_t capacity = 16384, count = 0, base_capacity = 4096;
	struct variant *list, *base_list;

	if (variants)
		return true;
	list = malloc(capacity * sizeof *list);
	base_list = malloc(base_capacity * sizeof *base_list);
	if (!list || !base_list)
		goto fail;
	for (ucs4_t uc = 'A'; uc <= 'Z'; uc++)
		if (!variant_add(&list, &count, &capacity, uc + 0x20, uc))
			goto fail;
	for (ucs4_t uc = 0x80; uc < 0x110000; uc = uc == 0xd7ff ? 0xe000 : uc + 1) {
		ucs4_t decomposition[UC_DECOMPOSITION_MAX_LENGTH];
		uint8_t s[6], folded[128];
		int tag, n;
		size_t length;

		if (uc_decomposition(uc, &tag, decomposition) < 0 &&
		    !uc_is_property_changes_when_casefolded(uc))
			continue;
		if (base_of(uc) != uc &&
		    !variant_add(&base_list, &base_count, &base_capacity, base_of(uc), uc))
			goto fail;
		n = u8_uctomb(s, uc, sizeof s);
		length = fold_bytes(s, (size_t)n, folded, sizeof folded);
		if (length == SIZE_MAX)
			goto fail;
		if (length > sizeof folded || (length == (size_t)n && memcmp(folded, s, length) == 0))
			continue;
		for (size_t i = 0; i < length;) {
			ucs4_t target;
			i += (size_t)u8_mbtouc(&target, folded + i, length - i);
			if (!variant_add(&list, &count, &capacity, target, uc))
				goto fail;
		}
	}
	qsort(list, count, sizeof *list, variant_compare);
	qsort(base_list, base_count, sizeof *base_list, variant_compare);
	variants = list;
	variant_count = count;
	bases = base_list;
	return true;
fail:
	free(list);
	free(base_list);
	base_count = 0;
	return false;
}

static pthread_mutex_t variants_lock = PTHREAD_MUTEX_INITIALIZER;

/* Builds the tables unless they are: searches may run in several threads. */
static bool
variants_build(void)
{
	bool ok;

	pthread_mutex_lock(&variants_lock);
	ok = variants_build_once();
	pthread_mutex_unlock(&variants_lock);
	return ok;
}

bool
search_prepare(void)
{
	return variants_build();
}

/* The first of the COUNT pairs of LIST whose target is UC (COUNT when
 * none). */
static size_t
pairs_of(const struct variant *list, size_t count, ucs4_t uc)
{
	size_t lo = 0, hi = count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (list[mid].target < uc)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* ------------------------------------------------------------------ */
/* Needles                                                             */

static int
needle_compare(const void *a, const void *b)
{
	const struct needle *x = a, *y = b;
	int c = memcmp(x->bytes, y->bytes, NEEDLE_MAX);

	return c ? c : (int)x->length - (int)y->length;
}

static bool
needle_add(struct needle **list, size_t *count, size_t *capacity, ucs4_t uc)
{
	if (*count == *capacity) {
		size_t grown_capacity = *capacity ? 2 * *capacity : 16;
		struct needle *grown = realloc(*list, grown_capacity * sizeof *grown);
		if (!grown)
			return false;
		*list = grown;
		*capacity = grown_capacity;
	}
	memset(&(*list)[*count], 0, sizeof **list);
	(*list)[*count].length = (uint8_t)u8_uctomb((*list)[*count].bytes, uc, NEEDLE_MAX);
	(*count)++;
	return true;
}

/* Adds the UTF-8 of UC, and of every character whose folding holds UC, to
 * LIST; with COMPOSED, also of every letter composed on any of those (é, è,
 * ê ... on e). */
static bool
add_with_variants(struct needle **list, size_t *count, size_t *capacity, ucs4_t uc,
		  bool composed)
{
	size_t first = pairs_of(variants, variant_count, uc), end = first;

	while (end < variant_count && variants[end].target == uc)
		end++;
	for (size_t i = first; i <= end; i++) {
		ucs4_t source = i == end ? uc : variants[i].source;
		if (!needle_add(list, count, capacity, source))
			return false;
		if (!composed)
			continue;
		for (size_t j = pairs_of(bases, base_count, source);
		     j < base_count && bases[j].target == source; j++)
			if (!needle_add(list, count, capacity, bases[j].source))
				return false;
	}
	return true;
}

/* Fills A's needles: byte strings that start every character whose folding
 * may hold the character UC.  A composed letter (ẹ) also forms from its
 * base and marks: from e or E and U+0323, and from é and U+0323 (NFKC puts
 * U+0323 first), so when UC is one, every letter on its base is added. */
static bool
anchor_needles(struct anchor *a, ucs4_t uc)
{
	struct needle *list = NULL;
	size_t count = 0, capacity = 0, out = 0;
	ucs4_t base = base_of(uc);

	if (!add_with_variants(&list, &count, &capacity, uc, false))
		goto fail;
	if (base != uc && !add_with_variants(&list, &count, &capacity, base, true))
		goto fail;
	qsort(list, count, sizeof *list, needle_compare);
	for (size_t i = 0; i < count; i++)
		if (out == 0 || needle_compare(&list[out - 1], &list[i]) != 0)
			list[out++] = list[i];
	a->needles = list;
	a->needle_count = out;
	return true;
fail:
	free(list);
	return false;
}

/* ------------------------------------------------------------------ */
/* The byte scan                                                       */

/* The pairs of a needle's bytes that the fast pass can compare. */
enum probe { PROBE_0, PROBE_01, PROBE_02, PROBE_03, PROBE_12, PROBE_13, PROBE_23, PROBE_COUNT };
static const uint8_t probe_places[PROBE_COUNT][2] = {
	{ 0, 0 }, { 0, 1 }, { 0, 2 }, { 0, 3 }, { 1, 2 }, { 1, 3 }, { 2, 3 }
};

/* How often byte pairs stand 1, 2 and 3 bytes apart in a sample of the
 * document: the fast pass compares the two bytes of each needle whose pair
 * is rarest.  That is the last two bytes of an ideograph (its lead byte,
 * E4..E9, is in most of the text), the first two of ㋂ (E3 8B; its last
 * byte pairs with E3 in 。), the first and last of ３ (EF BC 93; EF BC is
 * in ，（）：). */
struct pair_counts {
	uint16_t apart[3][65536];
	uint32_t bytes[256];    /* how often each byte stands in the sample */
	size_t sampled;         /* bytes sampled */
};

/* The windows of TEXT (N bytes) that samples look at: all of a short text,
 * else SAMPLE_WINDOWS windows spread evenly.  Returns how many; *SIZE is
 * the bytes of each. */
static size_t
sample_windows(size_t n, size_t *size)
{
	if (n <= SAMPLE_WINDOWS * SAMPLE_WINDOW) {
		*size = n;
		return 1;
	}
	*size = SAMPLE_WINDOW;
	return SAMPLE_WINDOWS;
}

static size_t
sample_start(size_t n, size_t window, size_t windows)
{
	return windows == 1 ? 0 : (n - SAMPLE_WINDOW) / (windows - 1) * window;
}

static void
pair_counts_fill(struct pair_counts *pairs, const uint8_t *text, size_t n)
{
	size_t size, windows = sample_windows(n, &size);

	memset(pairs, 0, sizeof *pairs);
	for (size_t w = 0; w < windows; w++) {
		const uint8_t *s = text + sample_start(n, w, windows);
		for (size_t i = 0; i + 3 < size; i++) {
			pairs->bytes[s[i]]++;
			for (size_t d = 0; d < 3; d++) {
				uint16_t *c = &pairs->apart[d][s[i] << 8 | s[i + d + 1]];
				if (*c < UINT16_MAX)
					(*c)++;
			}
		}
		pairs->sampled += size;
	}
}

/* Merges needles that share their first two bytes, then their first byte,
 * into that prefix when the sample says it is rare enough that the places
 * it flags in vain cost less than the compares saved: each needle costs
 * about 4 operations per 16 bytes of text, each character found by a
 * prefix and rejected about 400.  In Chinese text the F0 of 𝐠 and 🄖
 * (variants of g) is rare, the E2 of “ and ” and the E3 of 。 are not.
 * NEEDLES (COUNT) are sorted by bytes; returns the new count. */
static size_t
merge_needles(struct needle *needles, size_t count, const struct pair_counts *pairs)
{
	for (size_t prefix = 2; prefix >= 1; prefix--) {
		size_t out = 0;
		for (size_t i = 0; i < count;) {
			size_t j = i + 1, seen;
			while (j < count && needles[i].length > prefix && needles[j].length > prefix &&
			       memcmp(needles[i].bytes, needles[j].bytes, prefix) == 0)
				j++;
			seen = prefix == 1 ? pairs->bytes[needles[i].bytes[0]]
					   : pairs->apart[0][needles[i].bytes[0] << 8 | needles[i].bytes[1]];
			needles[out] = needles[i];
			if (j - i >= 2 && seen * 1600 < (j - i - 1) * pairs->sampled) {
				memset(needles[out].bytes + prefix, 0, NEEDLE_MAX - prefix);
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
choose_probe(const struct needle *needle, const struct pair_counts *pairs)
{
	enum probe best = PROBE_0;
	unsigned best_count = UINT_MAX;

	if (needle->length == 1)
		return PROBE_0;
	for (int p = PROBE_01; p < PROBE_COUNT; p++) {
		unsigned i = probe_places[p][0], j = probe_places[p][1], count;
		if (j >= needle->length)
			continue;
		count = pairs->apart[j - i - 1][needle->bytes[i] << 8 | needle->bytes[j]];
		/* On a tie, the later bytes: they tell more in UTF-8. */
		if (count <= best_count) {
			best = (enum probe)p;
			best_count = count;
		}
	}
	return best;
}

/* The needles of one anchor, ready for the scan: sorted by probe, with
 * their probe bytes repeated sixteen times. */
struct scanner {
	struct needle *needles;
	size_t count;
	size_t by_probe[PROBE_COUNT + 1];  /* where each probe's needles start */
	uint8_t (*splat)[2][16];
	size_t flagged;                     /* places the fast pass flagged */
};

static int
probe_compare(const void *a, const void *b)
{
	const struct needle *x = a, *y = b;

	return (int)x->probe - (int)y->probe;
}

static void
scanner_free(struct scanner *s)
{
	free(s->needles);
	free(s->splat);
}

static bool
scanner_build(struct scanner *s, const struct anchor *a, const struct pair_counts *pairs)
{
	memset(s, 0, sizeof *s);
	s->needles = malloc(a->needle_count * sizeof *s->needles);
	s->splat = malloc(a->needle_count * sizeof *s->splat);
	if (!s->needles || !s->splat) {
		scanner_free(s);
		return false;
	}
	memcpy(s->needles, a->needles, a->needle_count * sizeof *s->needles);
	s->count = merge_needles(s->needles, a->needle_count, pairs);
	for (size_t i = 0; i < s->count; i++)
		s->needles[i].probe = (uint8_t)choose_probe(&s->needles[i], pairs);
	qsort(s->needles, s->count, sizeof *s->needles, probe_compare);
	for (size_t probe = 0, i = 0; probe <= PROBE_COUNT; probe++) {
		while (i < s->count && s->needles[i].probe < probe)
			i++;
		s->by_probe[probe] = i;
	}
	for (size_t i = 0; i < s->count; i++) {
		const struct needle *needle = &s->needles[i];
		memset(s->splat[i][0], needle->bytes[probe_places[needle->probe][0]], 16);
		memset(s->splat[i][1], needle->bytes[probe_places[needle->probe][1]], 16);
	}
	return true;
}

/* True when NEEDLE stands at P (of N bytes of TEXT). */
static inline bool
needle_at(const struct needle *needle, const uint8_t *text, size_t p, size_t n)
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

/* scan(S, TEXT, N, FROM, STARTS, MAX, NEXT) finds where needles of S start
 * in TEXT[FROM, N), in order: stores up to MAX (at least 64) places in
 * STARTS and returns how many; *NEXT is where to go on (N at the end). */
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
	const struct needle *one = &s->needles[0], *two = &s->needles[s->count - 1];
	size_t a1 = probe_places[one->probe][0], b1 = probe_places[one->probe][1];
	size_t a2 = probe_places[two->probe][0], b2 = probe_places[two->probe][1];
	block_t first1 = splat_load(s->splat[0][0]), second1 = splat_load(s->splat[0][1]);
	block_t first2 = splat_load(s->splat[s->count - 1][0]);
	block_t second2 = splat_load(s->splat[s->count - 1][1]);

	while (p + 64 + NEEDLE_MAX <= n && *count + 64 <= max) {
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

static size_t
scan(struct scanner *s, const uint8_t *text, size_t n, size_t from, size_t *starts, size_t max,
     size_t *next)
{
	size_t p = from, count = 0;

	if (s->count == 1) {
		p = scan_few(s, text, n, p, starts, max, &count, 1);
	} else if (s->count == 2) {
		p = scan_few(s, text, n, p, starts, max, &count, 2);
	} else {
		while (p + 64 + NEEDLE_MAX <= n && count + 64 <= max) {
			block_mask_t f[4];
			for (size_t j = 0; j < 4; j++)
				f[j] = flags_at(s, text + p + 16 * j);
			if (any_flag(f[0] | f[1] | f[2] | f[3]))
				for (size_t j = 0; j < 4; j++)
					count = check_flags(s, f[j], text, n, p + 16 * j, starts, count);
			p += 64;
		}
	}
	if (p + 64 + NEEDLE_MAX > n)
		for (; p < n && count < max; p++)
			if (any_needle_at(s, text, p, n))
				starts[count++] = p;
	*next = p;
	return count;
}
#else
static size_t
scan(struct scanner *s, const uint8_t *text, size_t n, size_t from, size_t *starts, size_t max,
     size_t *next)
{
	size_t p = from, count = 0;

	for (; p < n && count < max; p++)
		if (any_needle_at(s, text, p, n))
			starts[count++] = p;
	*next = p;
	return count;
}
#endif

enum { STARTS_MAX = 256 };

/* What one pass of S over TEXT (N bytes) would cost, guessed from the
 * sample: about 4 operations per needle per 16 bytes, 50 per place flagged
 * and 500 to check a hit. */
static double
scan_cost(struct scanner *s, const uint8_t *text, size_t n)
{
	size_t size, windows = sample_windows(n, &size), hits = 0, starts[STARTS_MAX];
	double scale;

	s->flagged = 0;
	for (size_t w = 0; w < windows; w++) {
		const uint8_t *window = text + sample_start(n, w, windows);
		for (size_t from = 0; from < size;)
			hits += scan(s, window, size, from, starts, STARTS_MAX, &from);
	}
	scale = size ? (double)n / (double)(size * windows) : 0;
	return (double)s->count * 4 * (double)n / 16 + ((double)s->flagged * 50 + (double)hits * 500) * scale;
}

/* ------------------------------------------------------------------ */
/* Compiling a query                                                   */

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
term_anchors(const struct term *term, struct anchor_set *set)
{
	set->count = 0;
	for (int pass = 0; pass < 2 && set->count == 0; pass++) {
		size_t before = 0;
		for (size_t i = 0; i < term->length && set->count < ANCHOR_CANDIDATES; before++) {
			ucs4_t uc;
			size_t k = (size_t)u8_mbtouc(&uc, term->folded + i, term->length - i);
			bool seen = pass == 0 && uc_combining_class(uc) != 0;
			struct anchor *a;

			for (size_t j = 0; j < set->count && !seen; j++)
				seen = set->items[j].uc == uc;
			if (!seen) {
				a = &set->items[set->count];
				a->offset = i;
				a->before = before;
				memcpy(a->bytes, term->folded + i, k);
				a->length = k;
				a->uc = uc;
				a->previous = a->next = NONE;
				if (i > 0)
					u8_prev(&a->previous, term->folded + i, term->folded);
				if (i + k < term->length)
					u8_mbtouc(&a->next, term->folded + i + k, term->length - i - k);
				if (!anchor_needles(a, uc)) {
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

/* Adds the folded term in FOLDED (taken over, and emptied) to QUERY unless
 * it is empty or already there. */
static enum bg_status
add_term(struct search_query *query, struct bytes *folded, struct bg_error *err)
{
	struct term *term, *grown;

	if (folded->length == 0)
		return BG_OK;
	for (size_t i = 0; i < query->term_count; i++)
		if (query->terms[i].length == folded->length &&
		    memcmp(query->terms[i].folded, folded->data, folded->length) == 0) {
			folded->length = 0;
			return BG_OK;
		}
	if (query->term_count == TERM_MAX)
		return bg_fail(err, BG_ERR_QUERY, "more than %d terms", TERM_MAX);
	grown = realloc(query->terms, (query->term_count + 1) * sizeof *grown);
	if (!grown)
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	query->terms = grown;
	term = &query->terms[query->term_count++];
	memset(term, 0, sizeof *term);
	term->folded = folded->data;
	term->length = folded->length;
	*folded = (struct bytes){ NULL, 0, 0 };
	return BG_OK;
}

/* Splits TERMS at ignorable characters (spaces, U+3000 ...) outside double
 * quotes (" or its full-width form ＂) and folds each piece into a term.
 * An unclosed quote runs to the end, as while the query is being typed. */
static enum bg_status
compile_terms(struct search_query *query, const char *terms, struct bg_error *err)
{
	const uint8_t *s = (const uint8_t *)terms;
	size_t n = strlen(terms);
	struct bytes folded = { NULL, 0, 0 };
	bool quoted = false;
	enum bg_status st = BG_OK;

	if (u8_check(s, n))
		return bg_fail(err, BG_ERR_QUERY, "not valid UTF-8");
	for (size_t i = 0; i < n && st == BG_OK;) {
		size_t k, before = folded.length;
		size_t length = fold_char(s + i, n - i, &k, &folded, NULL);

		i += k;
		if (length == SIZE_MAX) {
			st = bg_fail(err, BG_ERR_NOMEM, NULL);
		} else if (length == 1 && folded.data[before] == '"') {
			folded.length = before;
			quoted = !quoted;
			if (!quoted)
				st = add_term(query, &folded, err);
		} else if (length == 0 && !quoted) {
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

enum { REGEX_MAX_BOUND = 255 };

/* False for a pattern that would make glibc's regcomp take gigabytes:
 * repetition operators in a row ("[0-9]++++…", which POSIX leaves
 * undefined and glibc expands each time) and bounds such as {30000}.  A
 * search query has no use for either. */
static bool
regex_is_tame(const char *pattern)
{
	bool after_repeat = false, in_bracket = false;

	for (const char *p = pattern; *p; p++) {
		if (in_bracket) {
			if (*p == ']' && p[-1] != '[' && !(p[-1] == '^' && p[-2] == '['))
				in_bracket = false;
			continue;
		}
		switch (*p) {
		case '\\':
			if (p[1])
				p++;
			after_repeat = false;
			break;
		case '[':
			in_bracket = true;
			after_repeat = false;
			break;
		case '*': case '+': case '?':
			if (after_repeat)
				return false;
			after_repeat = true;
			break;
		case '{': {
			char *end;
			long low = strtol(p + 1, &end, 10), high = low;
			if (*end == ',')
				high = end[1] == '}' ? low : strtol(end + 1, &end, 10);
			if (end == p + 1 || low > REGEX_MAX_BOUND || high > REGEX_MAX_BOUND || after_repeat)
				return false;
			after_repeat = true;
			break;
		}
		default:
			after_repeat = false;
		}
	}
	return true;
}

enum bg_status
search_compile(const char *terms, bool regex, struct search_query **out, struct bg_error *err)
{
	struct search_query *query;
	enum bg_status st;

	*out = NULL;
	query = calloc(1, sizeof *query);
	if (!query)
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	if (regex) {
		int rc;
		if (!regex_is_tame(terms)) {
			free(query);
			return bg_fail(err, BG_ERR_REGEX, "repetition operators in a row or a bound over %d",
				       REGEX_MAX_BOUND);
		}
		rc = regcomp(&query->regex, terms, REG_EXTENDED | REG_NEWLINE);
		if (rc != 0) {
			char message[160];
			regerror(rc, &query->regex, message, sizeof message);
			free(query);
			return bg_fail(err, BG_ERR_REGEX, "%s", message);
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
		regfree(&query->regex);
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

/* ------------------------------------------------------------------ */
/* Finding a term                                                      */

/* A match of one term, before its place is known. */
struct hit {
	size_t offset, length;
	uint32_t line, column;  /* once located */
	size_t section;         /* once known: its index, outline->count for the root */
};

struct hit_list {
	struct hit *items;
	size_t count, capacity;
};

static bool
hit_add(struct hit_list *list, size_t offset, size_t length)
{
	if (list->count == list->capacity) {
		size_t capacity = list->capacity ? 2 * list->capacity : 64;
		struct hit *grown = realloc(list->items, capacity * sizeof *grown);
		if (!grown)
			return false;
		list->items = grown;
		list->capacity = capacity;
	}
	list->items[list->count++] = (struct hit){ offset, length, 0, 0, 0 };
	return true;
}

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
	struct pair_counts *pairs;      /* filled on first use */
	struct fold_cache cache;
	struct bytes folded;
	struct window_char *chars;
	size_t char_count, char_capacity;
	uint8_t kinds[0x10000];         /* enum char_kind of the code points below it */
};

/* The start of the code point before position P (P > 0). */
static size_t
previous_code_point(const uint8_t *text, size_t p)
{
	do
		p--;
	while (p > 0 && (text[p] & 0xc0) == 0x80);
	return p;
}

/* The start of the character (code point and marks) that holds P. */
static size_t
char_start(const uint8_t *text, size_t p)
{
	while (p > 0 && (text[p] & 0xc0) == 0x80)
		p--;
	while (p > 0 && text[p] >= 0x80) {
		ucs4_t uc;
		u8_mbtouc(&uc, text + p, NEEDLE_MAX);
		if (uc_combining_class(uc) == 0)
			break;
		p = previous_code_point(text, p);
	}
	return p;
}

static bool
window_add(struct runner *r, size_t start, size_t end, size_t fold_start)
{
	if (r->char_count == r->char_capacity) {
		size_t capacity = r->char_capacity ? 2 * r->char_capacity : 32;
		struct window_char *grown = realloc(r->chars, capacity * sizeof *grown);
		if (!grown)
			return false;
		r->chars = grown;
		r->char_capacity = capacity;
	}
	r->chars[r->char_count++] = (struct window_char){ start, end, fold_start, r->folded.length };
	return true;
}

/* The window character whose folding holds folded byte AT. */
static const struct window_char *
window_char_at(const struct runner *r, size_t at)
{
	size_t lo = 0, hi = r->char_count;

	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (r->chars[mid].fold_start <= at)
			lo = mid;
		else
			hi = mid;
	}
	return &r->chars[lo];
}

/* The code point at P (of N bytes of TEXT); *LENGTH gets its bytes.  The
 * three-byte sequences of Chinese text are decoded here, without a call. */
static inline ucs4_t
decode(const uint8_t *text, size_t p, size_t n, size_t *length)
{
	ucs4_t uc;

	if (text[p] < 0x80) {
		*length = 1;
		return text[p];
	}
	if ((text[p] & 0xf0) == 0xe0 && p + 3 <= n && (text[p + 1] & 0xc0) == 0x80 &&
	    (text[p + 2] & 0xc0) == 0x80) {
		uc = (ucs4_t)(text[p] & 0x0f) << 12 | (ucs4_t)(text[p + 1] & 0x3f) << 6 |
		     (ucs4_t)(text[p + 2] & 0x3f);
		if (uc >= 0x800 && (uc < 0xd800 || uc > 0xdfff)) {
			*length = 3;
			return uc;
		}
	}
	*length = (size_t)u8_mbtouc(&uc, text + p, n - p);
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
	kind = uc_combining_class(uc) != 0 ? KIND_MARK : folds_to_itself(uc) ? KIND_PLAIN : KIND_OTHER;
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
		return is_ignorable(uc) ? UNKNOWN : uc >= 'A' && uc <= 'Z' ? uc + 0x20 : uc;
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
	if (a->next != NONE) {
		if (h + length >= r->n || text[h + length] == '\n')
			return true;
		neighbour = plain_fold(r, h + length, &ignored);
		if (neighbour != UNKNOWN && neighbour != a->next)
			return true;
	}
	if (a->previous != NONE) {
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
plain_match(struct runner *r, const struct term *term, size_t s)
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
check_hit(struct runner *r, const struct term *term, const struct anchor *a, size_t h,
	  size_t *last_end, struct hit_list *hits)
{
	const uint8_t *text = r->text;
	size_t start, p, anchor_char = SIZE_MAX, back = a->before;
	const struct window_char *u0;

	h = char_start(text, h);
	if (h < *last_end || text[h] == '\n' || quick_reject(r, a, h))
		return true;
	if (h >= a->offset && h - a->offset >= *last_end && plain_match(r, term, h - a->offset)) {
		*last_end = h - a->offset + term->length;
		return hit_add(hits, h - a->offset, term->length);
	}

	/* Back over A->BEFORE visible characters (each folds to at least
	 * one), within the paragraph and after the previous match. */
	start = h;
	while (back > 0 && start > *last_end && text[start - 1] != '\n') {
		size_t previous = char_start(text, previous_code_point(text, start)), k;
		size_t length;

		if (text[previous] == '\n' || previous < *last_end)
			break;
		length = fold_char(text + previous, start - previous, &k, &r->folded, &r->cache);
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
		size_t length = fold_char(text + p, r->n - p, &k, &r->folded, &r->cache);

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
		if (!hit_add(hits, first->start, last->end - first->start))
			return false;
		*last_end = last->end;
	}
	return true;
}

/* Builds in *BEST the scanner of the anchor of TERM that costs least on
 * the text. */
static bool
choose_scanner(struct runner *r, const struct anchor_set *anchors, struct scanner *best,
	       const struct anchor **anchor)
{
	double best_cost = -1;

	if (!r->pairs) {
		r->pairs = malloc(sizeof *r->pairs);
		if (!r->pairs)
			return false;
		pair_counts_fill(r->pairs, r->text, r->n);
	}
	for (size_t i = 0; i < anchors->count; i++) {
		struct scanner s;
		double cost;

		if (!scanner_build(&s, &anchors->items[i], r->pairs)) {
			if (best_cost >= 0)
				scanner_free(best);
			return false;
		}
		cost = anchors->count > 1 ? scan_cost(&s, r->text, r->n) : 0;
		if (best_cost < 0 || cost < best_cost) {
			if (best_cost >= 0)
				scanner_free(best);
			*best = s;
			*anchor = &anchors->items[i];
			best_cost = cost;
		} else {
			scanner_free(&s);
		}
	}
	return true;
}

/* Finds the matches of TERM, in order. */
static bool
find_term(struct runner *r, const struct term *term, struct hit_list *hits)
{
	struct scanner s;
	struct anchor_set anchors;
	const struct anchor *a = NULL;
	size_t starts[STARTS_MAX], from = 0, last_end = 0;
	bool ok = true;

	memset(&s, 0, sizeof s);
	if (!term_anchors(term, &anchors))
		return false;
	if (!choose_scanner(r, &anchors, &s, &a)) {
		anchors_free(&anchors);
		return false;
	}
	while (ok && from < r->n) {
		size_t count = scan(&s, r->text, r->n, from, starts, STARTS_MAX, &from);
		for (size_t i = 0; ok && i < count; i++)
			ok = check_hit(r, term, a, starts[i], &last_end, hits);
	}
	scanner_free(&s);
	anchors_free(&anchors);
	return ok;
}

/* Finds the matches of the regular expression, paragraph by paragraph,
 * in the paragraphs that start in [START, END). */
static bool
find_regex(const struct search_query *query, const struct doc *doc, size_t start, size_t end,
	   struct hit_list *hits)
{
	for (size_t i = start > 0 ? doc_paragraph_at(doc, start) : 0;
	     i < doc->paragraph_count && doc->paragraphs[i].offset < end; i++) {
		const struct paragraph *para = &doc->paragraphs[i];
		const char *s = doc->text + para->offset;
		size_t from = 0;

		while (from <= para->length) {
			regmatch_t m[1];
			int k;

			m[0].rm_so = (regoff_t)from;
			m[0].rm_eo = (regoff_t)para->length;
			if (regexec(&query->regex, s, 1, m, REG_STARTEND) != 0)
				break;
			if (m[0].rm_eo > m[0].rm_so) {
				if (!hit_add(hits, para->offset + (size_t)m[0].rm_so,
					     (size_t)(m[0].rm_eo - m[0].rm_so)))
					return false;
				from = (size_t)m[0].rm_eo;
				continue;
			}
			/* An empty match: go on after the next character. */
			if ((size_t)m[0].rm_so >= para->length)
				break;
			k = u8_mblen((const uint8_t *)s + m[0].rm_so, para->length - (size_t)m[0].rm_so);
			from = (size_t)m[0].rm_so + (k > 0 ? (size_t)k : 1);
		}
	}
	return true;
}

/* ------------------------------------------------------------------ */
/* Places and sections                                                 */

/* The index of NODE in per-section arrays: outline->count for the root. */
static size_t
section_index(const struct outline *outline, const struct outline_node *node)
{
	return node == &outline->root || node->index == SIZE_MAX ? outline->count : node->index;
}

/* outline_section_at() for offsets that mostly grow, as an index in
 * per-section arrays: the previous answer
 * while it holds, else a search that gallops on from the previous heading,
 * so that few headings (each a cache miss in a large outline) are looked
 * at when the next offset is near. */
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

/* The characters in the N bytes of UTF-8 at S: its bytes that are not
 * continuation bytes (10xxxxxx), eight at a time. */
static size_t
count_chars(const uint8_t *s, size_t n)
{
	const uint64_t high = 0x8080808080808080u;
	size_t count = n, i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t w, continuation;
		memcpy(&w, s + i, 8);
		continuation = w & ~(w << 1) & high;
		/* A 1 in each byte that is one; the multiplication sums them
		 * into the top byte (a popcount is a library call without
		 * -mpopcnt). */
		count -= (size_t)(((continuation >> 7) * 0x0101010101010101u) >> 56);
	}
	for (; i < n; i++)
		count -= (s[i] & 0xc0) == 0x80;
	return count;
}

/* doc_locate() for offsets that grow: within a span, characters are
 * counted on from the previous place, not from the span's start (one pass
 * over a long paragraph, not one per match). */
struct locator {
	const struct doc *doc;
	size_t span;
	size_t offset;          /* the previous place, in that span */
	uint32_t column;
	bool started;
};

static void
locate(struct locator *l, size_t offset, uint32_t *line, uint32_t *column)
{
	const struct doc *doc = l->doc;
	size_t span = l->span;

	if (doc->span_count == 0) {
		*line = 1;
		*column = 1;
		return;
	}
	if (l->started && offset >= l->offset) {
		while (span + 1 < doc->span_count && doc->spans[span + 1].offset <= offset)
			span++;
	} else {
		size_t lo = 0, hi = doc->span_count;
		while (hi - lo > 1) {
			size_t mid = lo + (hi - lo) / 2;
			if (doc->spans[mid].offset <= offset)
				lo = mid;
			else
				hi = mid;
		}
		span = lo;
		l->started = false;
	}
	if (!l->started || span != l->span) {
		l->span = span;
		l->offset = doc->spans[span].offset;
		l->column = doc->spans[span].column;
		l->started = true;
	}
	if (offset > l->offset) {
		l->column += (uint32_t)count_chars((const uint8_t *)doc->text + l->offset,
						   offset - l->offset);
		l->offset = offset;
	}
	*line = doc->spans[span].line;
	*column = l->column;
}

/* ------------------------------------------------------------------ */
/* Running a query                                                     */

/* The matches of each term, before they have sections. */
struct search_found {
	struct hit_list *hits;  /* one list per term */
	size_t term_count;
	bool located;           /* their places are known */
};

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

static void
locate_hits(const struct doc *doc, struct hit_list *hits)
{
	struct locator locator = { doc, 0, 0, 0, false };

	for (size_t i = 0; i < hits->count; i++)
		locate(&locator, hits->items[i].offset, &hits->items[i].line, &hits->items[i].column);
}

/* Finds the matches of QUERY's terms (not a regular expression) in TEXT
 * (N bytes), one list per term, with offsets into TEXT. */
static bool
find_terms(const struct search_query *query, const uint8_t *text, size_t n, struct hit_list *hits)
{
	struct runner *r = calloc(1, sizeof *r);
	bool ok = r != NULL;

	if (!r)
		return false;
	r->text = text;
	r->n = n;
	fold_cache_init(&r->cache);
	for (size_t t = 0; ok && t < query->term_count; t++)
		ok = find_term(r, &query->terms[t], &hits[t]);
	free(r->pairs);
	free(r->folded.data);
	free(r->chars);
	free(r);
	return ok;
}

/* A large text is searched in two threads, each taking a half split
 * between paragraphs (a match never crosses a paragraph's end); below
 * this, a thread costs more than it saves. */
enum { SPLIT_MIN = 4 << 20 };

struct half_search {
	const struct search_query *query;
	const uint8_t *text;
	size_t n;
	struct hit_list *hits;
	bool ok;
};

static void *
search_half(void *arg)
{
	struct half_search *h = arg;

	h->ok = find_terms(h->query, h->text, h->n, h->hits);
	return NULL;
}

/* find_terms over all of TEXT, in two threads when it is large. */
static bool
find_terms_split(const struct search_query *query, const uint8_t *text, size_t n,
		 struct hit_list *hits)
{
	const uint8_t *newline = n >= SPLIT_MIN ? memchr(text + n / 2, '\n', n - n / 2) : NULL;
	size_t mid = newline ? (size_t)(newline - text) + 1 : n;
	struct half_search second = { query, text + mid, n - mid, NULL, false };
	pthread_t thread;
	bool ok;

	if (mid >= n)
		return find_terms(query, text, n, hits);
	second.hits = calloc(query->term_count, sizeof *second.hits);
	if (!second.hits)
		return false;
	if (pthread_create(&thread, NULL, search_half, &second) == 0) {
		ok = find_terms(query, text, mid, hits);
		pthread_join(thread, NULL);
	} else {
		ok = find_terms(query, text, mid, hits);
		search_half(&second);
	}
	ok = ok && second.ok;
	/* The second half's matches after the first's, at their places. */
	for (size_t t = 0; ok && t < query->term_count; t++) {
		for (size_t i = 0; ok && i < second.hits[t].count; i++)
			ok = hit_add(&hits[t], mid + second.hits[t].items[i].offset,
				     second.hits[t].items[i].length);
	}
	for (size_t t = 0; t < query->term_count; t++)
		free(second.hits[t].items);
	free(second.hits);
	return ok;
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
		if (!find_regex(query, doc, start, end, &found->hits[0]))
			goto done;
	} else {
		if (!variants_build() ||
		    !find_terms_split(query, (const uint8_t *)doc->text + start, end - start, found->hits))
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
		for (size_t t = 0; t < query->term_count; t++)
			locate_hits(doc, &found->hits[t]);
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

enum bg_status
search_assign(const struct search_query *query, struct search_found *found,
	      const struct doc *doc, const struct outline *outline, struct match_list *out)
{
	struct hit_list *hits = found->hits;
	uint64_t *masks = NULL, all;
	size_t *heads, total = 0;
	struct locator locator = { doc, 0, 0, 0, false };
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
	all = query->term_count == 64 ? UINT64_MAX : ((uint64_t)1 << query->term_count) - 1;
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
		const struct hit *hit;
		struct match *m;

		for (size_t t = 0; t < query->term_count; t++)
			if (heads[t] < hits[t].count &&
			    (best == SIZE_MAX ||
			     hits[t].items[heads[t]].offset < hits[best].items[heads[best]].offset))
				best = t;
		if (best == SIZE_MAX)
			break;
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
			locate(&locator, hit->offset, &m->line, &m->column);
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
	size_t lo = 0, hi = matches->count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (matches->items[mid].offset < offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}
