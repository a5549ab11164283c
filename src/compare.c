/* SPDX-License-Identifier: GPL-3.0-or-later */
/* compare.c - two reports side by side: heading alignment, figure
 * pairing, sentence differences (compare.h). */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "compare.h"
#include "utf8.h"

/* Headings less alike than this are not paired: 一、2016年工作回顾 and
 * 一、过去五年工作回顾 are 0.65 (label 0.25 + 0.75 × 0.53). */
#define COMPARE_THRESHOLD 0.3

const char *
compare_state_name(enum compare_state state)
{
	static const char *const names[] = {
#define COMPARE_STATE_WORD(name, word) word,
		COMPARE_STATE_LIST(COMPARE_STATE_WORD)
#undef COMPARE_STATE_WORD
	};
	return names[state];
}

char
compare_state_mark(enum compare_state state)
{
	switch (state) {
	case COMPARE_ADDED: return '+';
	case COMPARE_REMOVED: return '-';
	case COMPARE_CHANGED: return '~';
	default: return ' ';
	}
}

/* Whether C is left out of a similarity: white space and punctuation. */
static bool
ignored(uint32_t c)
{
	if (c < 0x80)
		return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
	return (c >= 0x2000 && c <= 0x206f) ||  /* “ ” — … · and spaces */
	       (c >= 0x3000 && c <= 0x303f) ||  /* 、。〔〕 and U+3000 */
	       (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) ||
	       (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65) || c == 0xa0 ||
	       c == 0xb7;
}

/* Whether C is a digit, ASCII or full-width. */
static bool
digit(uint32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 0xff10 && c <= 0xff19);
}

/* The characters of S (N bytes) as a similarity reads them, in *OUT
 * (malloc'd; NULL when out of memory), their number in *COUNT. */
static uint32_t *
characters(const char *s, size_t n, size_t *count)
{
	uint32_t *out = malloc((n + 1) * sizeof *out);
	size_t k = 0;

	if (!out)
		return NULL;
	for (size_t i = 0; i < n;) {
		uint32_t c;
		i += utf8_decode(s + i, n - i, &c);
		if (ignored(c))
			continue;
		if (digit(c)) {
			if (k > 0 && out[k - 1] == '#')
				continue;
			c = '#';
		}
		out[k++] = c;
	}
	*count = k;
	return out;
}

/* qsort's order of two bigrams (uint64_t). */
static int
compare_bigrams(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

/* The sorted bigrams of C (N > 1 characters), malloc'd, N - 1 of them. */
static uint64_t *
bigrams(const uint32_t *c, size_t n)
{
	uint64_t *out = malloc((n - 1) * sizeof *out);

	if (!out)
		return NULL;
	for (size_t i = 0; i + 1 < n; i++)
		out[i] = (uint64_t)c[i] << 32 | c[i + 1];
	qsort(out, n - 1, sizeof *out, compare_bigrams);
	return out;
}

double
compare_similarity(const char *a, size_t a_length, const char *b, size_t b_length)
{
	size_t na, nb, shared = 0;
	uint32_t *ca = characters(a, a_length, &na);
	uint32_t *cb = characters(b, b_length, &nb);
	uint64_t *ba = NULL, *bb = NULL;
	double result = 0;

	if (!ca || !cb)
		goto done;
	if (na < 2 || nb < 2) {
		result = na == nb && memcmp(ca, cb, na * sizeof *ca) == 0;
		goto done;
	}
	ba = bigrams(ca, na);
	bb = bigrams(cb, nb);
	if (!ba || !bb)
		goto done;
	/* the multiset intersection of two sorted lists */
	for (size_t i = 0, j = 0; i < na - 1 && j < nb - 1;) {
		if (ba[i] == bb[j]) {
			shared++;
			i++;
			j++;
		} else if (ba[i] < bb[j])
			i++;
		else
			j++;
	}
	result = 2.0 * (double)shared / (double)(na - 1 + nb - 1);
done:
	free(ca);
	free(cb);
	free(ba);
	free(bb);
	return result;
}

double
compare_heading_similarity(const struct outline_node *old, const struct outline_node *new)
{
	double titles = compare_similarity(old->title, strlen(old->title), new->title,
					   strlen(new->title));
	bool labels = strcmp(old->label, new->label) == 0;

	return 0.75 * titles + (labels ? 0.25 : 0);
}

enum bg_status
compare_align(const double *similarity, size_t old_count, size_t new_count, double threshold,
	      struct compare_step **steps, size_t *count)
{
	size_t rows = old_count + 1, columns = new_count + 1, k = 0;
	double *best;
	struct compare_step *out;

	*steps = NULL;
	*count = 0;
	if (columns != 0 && rows > SIZE_MAX / sizeof(double) / columns)
		return BG_ERR_NOMEM;
	best = malloc(rows * columns * sizeof *best);
	out = malloc((old_count + new_count + 1) * sizeof *out);
	if (!best || !out) {
		free(best);
		free(out);
		return BG_ERR_NOMEM;
	}
	/* best[i][j]: the largest total of the first i old and j new items */
#define BEST(i, j) best[(i) * columns + (j)]
#define PAIRED(i, j) (similarity[(i) * new_count + (j)] >= threshold)
	for (size_t i = 0; i < rows; i++) {
		for (size_t j = 0; j < columns; j++) {
			double b = 0;
			if (i > 0 && BEST(i - 1, j) > b)
				b = BEST(i - 1, j);
			if (j > 0 && BEST(i, j - 1) > b)
				b = BEST(i, j - 1);
			if (i > 0 && j > 0 && PAIRED(i - 1, j - 1) &&
			    BEST(i - 1, j - 1) + similarity[(i - 1) * new_count + j - 1] > b)
				b = BEST(i - 1, j - 1) + similarity[(i - 1) * new_count + j - 1];
			BEST(i, j) = b;
		}
	}
	/* Back from the end: a pair when it made the best, else the new item
	 * alone (it comes after the old one), else the old. */
	for (size_t i = old_count, j = new_count; i > 0 || j > 0;) {
		if (i > 0 && j > 0 && PAIRED(i - 1, j - 1) &&
		    BEST(i, j) == BEST(i - 1, j - 1) + similarity[(i - 1) * new_count + j - 1]) {
			out[k++] = (struct compare_step){ i - 1, j - 1 };
			i--;
			j--;
		} else if (j > 0 && (i == 0 || BEST(i, j) == BEST(i, j - 1))) {
			out[k++] = (struct compare_step){ SIZE_MAX, j - 1 };
			j--;
		} else {
			out[k++] = (struct compare_step){ i - 1, SIZE_MAX };
			i--;
		}
	}
#undef PAIRED
#undef BEST
	free(best);
	for (size_t i = 0; i < k / 2; i++) {
		struct compare_step t = out[i];
		out[i] = out[k - 1 - i];
		out[k - 1 - i] = t;
	}
	*steps = out;
	*count = k;
	return BG_OK;
}

/* Whether the character C ends a sentence. */
static bool
sentence_end(uint32_t c)
{
	return c == 0x3002 || c == 0xff01 || c == 0xff1f || c == 0xff1b || c == '\n' || c == '!' ||
	       c == '?' || c == ';';
}

enum bg_status
compare_sentences(const struct doc *doc, size_t offset, size_t end, struct compare_text **out,
		  size_t *count)
{
	struct compare_text *items = NULL;
	size_t n = 0, capacity = 0, start = offset;

	if (end > doc->text_length)
		end = doc->text_length;
	for (size_t i = offset; i < end || start < end;) {
		uint32_t c = '\n';
		size_t step = 0;
		if (i < end)
			step = utf8_decode(doc->text + i, end - i, &c);
		i += step;
		if (!sentence_end(c) && i < end)
			continue;
		/* [start, i) less white space at both ends, and the line end */
		size_t a = start, b = c == '\n' && step ? i - step : i;
		while (a < b && utf8_space_at(doc->text + a, b - a))
			a += utf8_space_at(doc->text + a, b - a);
		while (b > a && utf8_space_before(doc->text + a, doc->text + b))
			b -= utf8_space_before(doc->text + a, doc->text + b);
		start = i;
		if (b > a) {
			if (!ARRAY_RESERVE(items, capacity, n + 1)) {
				free(items);
				return BG_ERR_NOMEM;
			}
			items[n++] = (struct compare_text){ a, b - a };
		}
		if (i >= end)
			break;
	}
	*out = items;
	*count = n;
	return BG_OK;
}

size_t
compare_own_end(const struct outline_node *node)
{
	return node->child_count ? node->children[0]->offset : node->end;
}

/* The figure FIGURES->items[I] as shown, in *TEXT: with a range to the
 * figure right after it (6%－6.5%) and a qualifier (左右).  Returns the
 * index of the last figure it took in (I when none). */
static size_t
shown_text(const struct compare_side *side, size_t i, struct compare_text *text)
{
	static const char *const dashes[] = { "－", "—", "–", "-", "～", "~", "至", "到" };
	static const char *const qualifiers[] = { "左右", "以上", "以内", "以下", "上下" };
	const struct figure_list *list = side->figures;
	const struct figure *f = &list->items[i];
	const char *s = side->doc->text;
	size_t end = f->offset + f->length, last = i;

	if (i + 1 < list->count) {
		const struct figure *next = &list->items[i + 1];
		for (size_t d = 0; d < sizeof dashes / sizeof *dashes; d++) {
			size_t k = strlen(dashes[d]);
			if (next->offset == end + k && memcmp(s + end, dashes[d], k) == 0 &&
			    (next->subject_length == 0 || next->subject == f->subject)) {
				end = next->offset + next->length;
				last = i + 1;
				break;
			}
		}
	}
	for (size_t q = 0; q < sizeof qualifiers / sizeof *qualifiers; q++) {
		if (utf8_starts_with(s + end, side->doc->text_length - end, qualifiers[q])) {
			end += strlen(qualifiers[q]);
			break;
		}
	}
	*text = (struct compare_text){ f->offset, end - f->offset };
	return last;
}

/* The word between F's subject and F (增长 in 国内生产总值增长6.5%): at
 * most four characters of no punctuation, else none (length 0). */
static struct compare_text
verb_of(const struct compare_side *side, const struct figure *f)
{
	struct compare_text none = { 0, 0 };
	size_t from = f->subject + f->subject_length;
	const char *s = side->doc->text;

	if (f->subject_length == 0 || from > f->offset || f->offset - from > 12)
		return none;
	for (size_t i = from; i < f->offset;) {
		uint32_t c;
		i += utf8_decode(s + i, f->offset - i, &c);
		if (ignored(c) || digit(c))
			return none;
	}
	return (struct compare_text){ from, f->offset - from };
}

/* A figure of a section's own text: its index in side->figures, its
 * shown text, and whether it is paired yet. */
struct own_figure {
	size_t index;
	struct compare_text text;
	bool used;
};

/* The figures of SIDE that have a subject and stand in a section marked
 * in TAKE (by node index; NULL: none), with their shown text (a range's
 * second figure left out), in *OUT (malloc'd, *COUNT).  BG_ERR_NOMEM when
 * memory runs out. */
static enum bg_status
own_figures(const struct compare_side *side, const bool *take, struct own_figure **out,
	    size_t *count)
{
	struct own_figure *items = NULL;
	size_t n = 0, capacity = 0;

	*out = NULL;
	*count = 0;
	if (!take || !side->figures)
		return BG_OK;
	for (size_t i = 0; i < side->figures->count; i++) {
		const struct figure *f = &side->figures->items[i];
		struct compare_text text;
		size_t last;
		if (f->subject_length == 0 || !f->section || f->section->index == OUTLINE_ROOT_INDEX ||
		    !take[f->section->index])
			continue;
		last = shown_text(side, i, &text);
		if (!ARRAY_RESERVE(items, capacity, n + 1)) {
			free(items);
			return BG_ERR_NOMEM;
		}
		items[n++] = (struct own_figure){ i, text, false };
		i = last;
	}
	*out = items;
	*count = n;
	return BG_OK;
}

/* Whether A and B have the same unit (or none both). */
static bool
same_unit(const struct figure *a, const struct figure *b)
{
	if (!a->unit || !b->unit)
		return a->unit == b->unit;
	return strcmp(a->unit, b->unit) == 0;
}

/* Whether the subjects of A (in OLD) and B (in NEW) are the same (EXACT)
 * or one holds the other. */
static bool
same_subject(const struct compare_side *old, const struct figure *a, const struct compare_side *new,
	     const struct figure *b, bool exact)
{
	const char *sa = old->doc->text + a->subject, *sb = new->doc->text + b->subject;
	size_t na = a->subject_length, nb = b->subject_length;

	if (a->change != b->change || !same_unit(a, b))
		return false;
	if (na == nb && memcmp(sa, sb, na) == 0)
		return true;
	if (exact)
		return false;
	return na < nb ? memmem(sb, nb, sa, na) != NULL : memmem(sa, na, sb, nb) != NULL;
}

/* How the figure shown as OLD_TEXT became NEW_TEXT. */
static enum compare_state
figure_state(const struct compare_side *old, const struct compare_figure *pair,
	     const struct compare_side *new, const struct figure *old_last,
	     const struct figure *new_last)
{
	const struct compare_text *a = &pair->old_text, *b = &pair->new_text;

	if (a->length == b->length &&
	    memcmp(old->doc->text + a->offset, new->doc->text + b->offset, a->length) == 0)
		return COMPARE_SAME;
	/* a range counts by its upper end, as figures_extract counts 3—5年 */
	if (old_last->has_value && new_last->has_value && same_unit(old_last, new_last)) {
		if (new_last->value > old_last->value)
			return COMPARE_UP;
		if (new_last->value < old_last->value)
			return COMPARE_DOWN;
	}
	return COMPARE_CHANGED;
}

/* The last figure of the shown text TEXT that starts at figure INDEX. */
static const struct figure *
last_figure(const struct compare_side *side, size_t index, const struct compare_text *text)
{
	const struct figure_list *list = side->figures;
	size_t end = text->offset + text->length;

	while (index + 1 < list->count && list->items[index + 1].offset < end)
		index++;
	return &list->items[index];
}

/* compare_figures for the sections marked in TAKE_OLD and TAKE_NEW (by
 * node index; NULL: none on that side). */
static enum bg_status
pair_figures(const struct compare_side *old, const bool *take_old, const struct compare_side *new,
	     const bool *take_new, struct compare_figure **out, size_t *count)
{
	struct own_figure *a = NULL, *b = NULL;
	size_t na = 0, nb = 0, n = 0, next_old = 0;
	size_t *partner = NULL;  /* partner[j]: the old figure paired with b[j] */
	struct compare_figure *items = NULL;
	enum bg_status st;

	*out = NULL;
	*count = 0;
	st = own_figures(old, take_old, &a, &na);
	if (st == BG_OK)
		st = own_figures(new, take_new, &b, &nb);
	if (st != BG_OK)
		goto done;
	partner = malloc((nb + 1) * sizeof *partner);
	items = malloc((na + nb + 1) * sizeof *items);
	if (!partner || !items) {
		st = BG_ERR_NOMEM;
		goto done;
	}
	for (size_t j = 0; j < nb; j++)
		partner[j] = SIZE_MAX;
	for (int pass = 0; pass < 2; pass++) {
		for (size_t j = 0; j < nb; j++) {
			const struct figure *fb = &new->figures->items[b[j].index];
			for (size_t i = 0; partner[j] == SIZE_MAX && i < na; i++) {
				if (!a[i].used && same_subject(old, &old->figures->items[a[i].index], new,
							       fb, pass == 0)) {
					a[i].used = true;
					partner[j] = i;
				}
			}
		}
	}
	/* In the new order; an old figure left over goes before the new
	 * figures from the one after the last pair before it, as a diff
	 * puts what was removed before what was added. */
	for (size_t j = 0; j <= nb; j++) {
		size_t upto = na;
		for (size_t k = j; k < nb; k++)
			if (partner[k] != SIZE_MAX) {
				upto = partner[k];
				break;
			}
		for (; next_old < upto; next_old++) {
			if (a[next_old].used)
				continue;
			const struct figure *f = &old->figures->items[a[next_old].index];
			items[n++] = (struct compare_figure){
				f, NULL, a[next_old].text, { 0, 0 }, { f->subject, f->subject_length },
				verb_of(old, f), false, COMPARE_REMOVED };
		}
		if (j == nb)
			break;
		const struct figure *fb = &new->figures->items[b[j].index];
		struct compare_figure *c = &items[n++];
		*c = (struct compare_figure){ NULL, fb, { 0, 0 }, b[j].text,
					      { fb->subject, fb->subject_length }, verb_of(new, fb), true,
					      COMPARE_ADDED };
		if (partner[j] != SIZE_MAX) {
			size_t i = partner[j];
			c->old = &old->figures->items[a[i].index];
			c->old_text = a[i].text;
			c->state = figure_state(old, c, new, last_figure(old, a[i].index, &a[i].text),
						last_figure(new, b[j].index, &b[j].text));
			if (next_old <= i)
				next_old = i + 1;
		}
	}
	*out = items;
	*count = n;
	items = NULL;
done:
	free(a);
	free(b);
	free(partner);
	free(items);
	return st;
}

/* A mark per heading of OUTLINE (by node index), all off, malloc'd; NULL
 * when out of memory. */
static bool *
new_marks(const struct outline *outline)
{
	return calloc(outline->count + 1, sizeof(bool));
}

/* Marks NODE in TAKE and, with SUBTREE, every heading under it. */
static void
mark(bool *take, const struct outline_node *node, bool subtree)
{
	if (node->index != OUTLINE_ROOT_INDEX)
		take[node->index] = true;
	for (size_t i = 0; subtree && i < node->child_count; i++)
		mark(take, node->children[i], true);
}

enum bg_status
compare_figures(const struct compare_side *old, const struct outline_node *old_node,
		const struct compare_side *new, const struct outline_node *new_node,
		struct compare_figure **out, size_t *count)
{
	bool *take_old = old_node ? new_marks(old->outline) : NULL;
	bool *take_new = new_node ? new_marks(new->outline) : NULL;
	enum bg_status st = BG_ERR_NOMEM;

	*out = NULL;
	*count = 0;
	if ((!old_node || take_old) && (!new_node || take_new)) {
		if (old_node)
			mark(take_old, old_node, false);
		if (new_node)
			mark(take_new, new_node, false);
		st = pair_figures(old, take_old, new, take_new, out, count);
	}
	free(take_old);
	free(take_new);
	return st;
}

/* The comparison being built. */
struct builder {
	const struct compare_side *old, *new;
	struct compare_section *items;
	size_t count, capacity;
};

/* Whether sentence S of doc A is among B's LIST. */
static bool
has_sentence(const struct doc *a, const struct compare_text *s, const struct doc *b,
	     const struct compare_text *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (list[i].length == s->length &&
		    memcmp(a->text + s->offset, b->text + list[i].offset, s->length) == 0)
			return true;
	return false;
}

/* Fills ROW's sentences added and dropped (both sides there): its new
 * own text's sentences the old has not, and the other way round. */
static enum bg_status
sentence_changes(struct builder *b, struct compare_section *row)
{
	const struct doc *od = b->old->doc, *nd = b->new->doc;
	struct compare_text *os = NULL, *ns = NULL;
	size_t on = 0, nn = 0;
	enum bg_status st;

	st = compare_sentences(od, row->old->body, compare_own_end(row->old), &os, &on);
	if (st == BG_OK)
		st = compare_sentences(nd, row->new->body, compare_own_end(row->new), &ns, &nn);
	if (st == BG_OK) {
		row->added = malloc((nn + 1) * sizeof *row->added);
		row->dropped = malloc((on + 1) * sizeof *row->dropped);
		if (!row->added || !row->dropped)
			st = BG_ERR_NOMEM;
	}
	for (size_t i = 0; st == BG_OK && i < nn; i++)
		if (!has_sentence(nd, &ns[i], od, os, on))
			row->added[row->added_count++] = ns[i];
	for (size_t i = 0; st == BG_OK && i < on; i++)
		if (!has_sentence(od, &os[i], nd, ns, nn))
			row->dropped[row->dropped_count++] = os[i];
	free(os);
	free(ns);
	return st;
}

/* Past this many pairs of headings (a law of thousands of articles on
 * both sides) the full alignment would cost too much time and memory:
 * each old heading then looks for its partner among the next
 * COMPARE_WINDOW new ones. */
#define COMPARE_FULL_MAX ((size_t)1 << 20)
#define COMPARE_WINDOW 64

/* One step of aligning two lists of children, with the pair's similarity. */
struct child_step {
	size_t old, new;         /* SIZE_MAX: none on that side */
	double similarity;
};

/* Appends a step to *STEPS (*COUNT, *CAPACITY); false when out of memory. */
static bool
push_step(struct child_step **steps, size_t *count, size_t *capacity, size_t old, size_t new,
	  double similarity)
{
	if (!ARRAY_RESERVE(*steps, *capacity, *count + 1))
		return false;
	(*steps)[(*count)++] = (struct child_step){ old, new, similarity };
	return true;
}

/* align_children for long lists: greedy, in order, within a window. */
static enum bg_status
align_greedy(const struct outline_node *old_parent, const struct outline_node *new_parent,
	     struct child_step **steps, size_t *count)
{
	size_t no = old_parent->child_count, nn = new_parent->child_count, j = 0, capacity = 0;
	bool ok = true;

	for (size_t i = 0; ok && i < no; i++) {
		const struct outline_node *a = old_parent->children[i];
		size_t found = SIZE_MAX;
		double best = 0;
		for (size_t k = j; k < nn && k < j + COMPARE_WINDOW; k++) {
			double sim = compare_heading_similarity(a, new_parent->children[k]);
			if (sim >= COMPARE_THRESHOLD && sim > best) {
				best = sim;
				found = k;
				if (sim >= 1)
					break;
			}
		}
		/* not when the next old heading is more alike (第7条 before
		 * 第8条 ↔ 第8条): this one was removed */
		if (found != SIZE_MAX && i + 1 < no &&
		    compare_heading_similarity(old_parent->children[i + 1],
					       new_parent->children[found]) > best)
			found = SIZE_MAX;
		if (found == SIZE_MAX) {
			ok = push_step(steps, count, &capacity, i, SIZE_MAX, 0);
			continue;
		}
		for (; ok && j < found; j++)
			ok = push_step(steps, count, &capacity, SIZE_MAX, j, 0);
		ok = ok && push_step(steps, count, &capacity, i, found, best);
		j = found + 1;
	}
	for (; ok && j < nn; j++)
		ok = push_step(steps, count, &capacity, SIZE_MAX, j, 0);
	return ok ? BG_OK : BG_ERR_NOMEM;
}

/* The alignment of the children of OLD_PARENT and NEW_PARENT (either
 * NULL: all of the other's alone) in *STEPS (malloc'd, *COUNT). */
static enum bg_status
align_children(const struct outline_node *old_parent, const struct outline_node *new_parent,
	       struct child_step **steps, size_t *count)
{
	size_t no = old_parent ? old_parent->child_count : 0;
	size_t nn = new_parent ? new_parent->child_count : 0, capacity = 0, n;
	struct compare_step *aligned;
	double *similarity;
	enum bg_status st;

	*steps = NULL;
	*count = 0;
	if (no == 0 || nn == 0) {
		for (size_t i = 0; i < no; i++)
			if (!push_step(steps, count, &capacity, i, SIZE_MAX, 0))
				return BG_ERR_NOMEM;
		for (size_t j = 0; j < nn; j++)
			if (!push_step(steps, count, &capacity, SIZE_MAX, j, 0))
				return BG_ERR_NOMEM;
		return BG_OK;
	}
	if (no > COMPARE_FULL_MAX / nn)
		return align_greedy(old_parent, new_parent, steps, count);
	similarity = malloc((no * nn + 1) * sizeof *similarity);
	if (!similarity)
		return BG_ERR_NOMEM;
	for (size_t i = 0; i < no; i++)
		for (size_t j = 0; j < nn; j++)
			similarity[i * nn + j] = compare_heading_similarity(old_parent->children[i],
									    new_parent->children[j]);
	st = compare_align(similarity, no, nn, COMPARE_THRESHOLD, &aligned, &n);
	for (size_t k = 0; st == BG_OK && k < n; k++) {
		size_t i = aligned[k].old, j = aligned[k].new;
		if (!push_step(steps, count, &capacity, i, j,
			       i != SIZE_MAX && j != SIZE_MAX ? similarity[i * nn + j] : 0))
			st = BG_ERR_NOMEM;
	}
	free(aligned);
	free(similarity);
	return st;
}

/* The figures of row AT: of a pair, those of both sections' own texts and
 * of the sections under them that have no partner (a paragraph that
 * became a heading keeps its figures paired: 2018's 赤字率 in 二、's text,
 * 2019's under 二、's new 积极的财政政策要加力提效); of a section on one
 * side only, those of all under it. */
static enum bg_status
row_figures(struct builder *b, size_t at, const struct child_step *steps, size_t count)
{
	struct compare_section *row = &b->items[at];
	bool *take_old = row->old ? new_marks(b->old->outline) : NULL;
	bool *take_new = row->new ? new_marks(b->new->outline) : NULL;
	enum bg_status st = BG_ERR_NOMEM;

	if ((!row->old || take_old) && (!row->new || take_new)) {
		bool pair = row->old && row->new;
		if (row->old)
			mark(take_old, row->old, !pair);
		if (row->new)
			mark(take_new, row->new, !pair);
		for (size_t k = 0; pair && k < count; k++) {
			if (steps[k].new == SIZE_MAX)
				mark(take_old, row->old->children[steps[k].old], true);
			else if (steps[k].old == SIZE_MAX)
				mark(take_new, row->new->children[steps[k].new], true);
		}
		st = pair_figures(b->old, take_old, b->new, take_new, &row->figures,
				  &row->figure_count);
	}
	free(take_old);
	free(take_new);
	return st;
}

/* Adds the row of OLD_NODE and NEW_NODE (either NULL) at DEPTH, then the
 * rows of their children, aligned.  FIGURES: the row lists figures (not
 * when a pair above it has taken them). */
static enum bg_status
add_row(struct builder *b, const struct outline_node *old_node, const struct outline_node *new_node,
	double similarity, int depth, bool figures)
{
	struct compare_section *row;
	struct child_step *steps = NULL;
	size_t at = b->count, count = 0;
	bool pair = old_node && new_node;
	enum bg_status st;

	if (!ARRAY_RESERVE(b->items, b->capacity, b->count + 1))
		return BG_ERR_NOMEM;
	row = &b->items[b->count++];
	memset(row, 0, sizeof *row);
	row->old = old_node;
	row->new = new_node;
	row->similarity = similarity;
	row->depth = depth;
	row->state = !old_node ? COMPARE_ADDED : !new_node ? COMPARE_REMOVED : COMPARE_SAME;
	st = align_children(old_node, new_node, &steps, &count);
	if (st == BG_OK && figures)
		st = row_figures(b, at, steps, count);
	if (st == BG_OK && pair)
		st = sentence_changes(b, row);
	if (st == BG_OK && row->state == COMPARE_SAME) {
		bool changed = row->added_count || row->dropped_count ||
			       strcmp(old_node->title, new_node->title) != 0 ||
			       strcmp(old_node->label, new_node->label) != 0;
		for (size_t i = 0; i < row->figure_count; i++)
			changed = changed || row->figures[i].state != COMPARE_SAME;
		if (changed)
			row->state = COMPARE_CHANGED;
	}
	/* ROW is not used past here: B->items may move */
	for (size_t k = 0; st == BG_OK && k < count; k++) {
		size_t i = steps[k].old, j = steps[k].new;
		st = add_row(b, i != SIZE_MAX ? old_node->children[i] : NULL,
			     j != SIZE_MAX ? new_node->children[j] : NULL, steps[k].similarity,
			     depth + 1, pair && i != SIZE_MAX && j != SIZE_MAX);
	}
	free(steps);
	return st;
}

enum bg_status
compare_reports(const struct compare_side *old, const struct compare_side *new,
		struct comparison *out)
{
	struct builder b = { old, new, NULL, 0, 0 };
	const struct outline_node *old_root = &old->outline->root, *new_root = &new->outline->root;
	struct child_step *steps = NULL;
	size_t count = 0;
	enum bg_status st = align_children(old_root, new_root, &steps, &count);

	/* the top level: every row lists its figures */
	for (size_t k = 0; st == BG_OK && k < count; k++) {
		size_t i = steps[k].old, j = steps[k].new;
		st = add_row(&b, i != SIZE_MAX ? old_root->children[i] : NULL,
			     j != SIZE_MAX ? new_root->children[j] : NULL, steps[k].similarity, 1, true);
	}
	free(steps);
	out->sections = b.items;
	out->count = b.count;
	if (st != BG_OK) {
		compare_free(out);
		out->sections = NULL;
		out->count = 0;
	}
	return st;
}

void
compare_free(struct comparison *comparison)
{
	if (!comparison)
		return;
	for (size_t i = 0; i < comparison->count; i++) {
		free(comparison->sections[i].figures);
		free(comparison->sections[i].added);
		free(comparison->sections[i].dropped);
	}
	free(comparison->sections);
	comparison->sections = NULL;
	comparison->count = 0;
}
