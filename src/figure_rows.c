/* SPDX-License-Identifier: GPL-3.0-or-later */
/* figure_rows.c - the rows of the figures panel: filtered, sorted and
 * counted, without a terminal (figure_rows.h). */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "figure_rows.h"
#include "fold.h"

/* The kinds in the order of the header's counts, of t and of the sort
 * by kind: money and percents first, what a reader of a report looks
 * for; the ordinal (not found by default) last. */
static const enum figure_kind kind_order[FIGURE_KIND_COUNT] = {
	FIGURE_MONEY, FIGURE_PERCENT, FIGURE_QUANTITY, FIGURE_DURATION,
	FIGURE_DATE, FIGURE_DOCNO, FIGURE_ORDINAL,
};

/* The kinds t goes through after every kind; a duration is seen under
 * every kind and in the sort by kind. */
static const enum figure_kind kind_cycle[] = {
	FIGURE_MONEY, FIGURE_PERCENT, FIGURE_QUANTITY, FIGURE_DATE, FIGURE_DOCNO,
};

const char *
figure_order_name(enum figure_order order)
{
	static const char *const names[FIGURE_ORDER_COUNT] = { "position", "value", "kind" };

	return (unsigned)order < FIGURE_ORDER_COUNT ? names[order] : "?";
}

int
figure_kind_next(int kind)
{
	size_t n = sizeof kind_cycle / sizeof kind_cycle[0];

	if (kind == FIGURE_ANY_KIND)
		return (int)kind_cycle[0];
	for (size_t i = 0; i < n; i++)
		if ((int)kind_cycle[i] == kind)
			return i + 1 < n ? (int)kind_cycle[i + 1] : FIGURE_ANY_KIND;
	return FIGURE_ANY_KIND;
}

int
figure_kind_rank(enum figure_kind kind)
{
	for (int i = 0; i < FIGURE_KIND_COUNT; i++)
		if (kind_order[i] == kind)
			return i;
	return FIGURE_KIND_COUNT;
}

/* ---- the text filter ---- */

/* Folding of the texts compared, one buffer reused. */
struct folder {
	struct fold_buffer buffer;
	struct fold_cache *cache;
	bool failed;            /* memory ran out */
};

/* Appends the folding of S (N bytes) to F's buffer. */
static void
fold_append(struct folder *f, const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && !f->failed) {
		size_t k;
		if (fold_char((const uint8_t *)s + i, n - i, &k, &f->buffer, f->cache, 0) == SIZE_MAX)
			f->failed = true;
		i += k ? k : 1;
	}
}

/* True when the folding of S (N bytes) holds NEEDLE (folded already). */
static bool
folded_holds(struct folder *f, const char *s, size_t n, const struct fold_buffer *needle)
{
	f->buffer.length = 0;
	fold_append(f, s, n);
	if (f->failed || f->buffer.length < needle->length)
		return false;
	return memmem(f->buffer.data, f->buffer.length, needle->data, needle->length) != NULL;
}

const char *
figure_section_text(const struct outline_node *node, char *buf, size_t size)
{
	const struct outline_node *path[64];
	size_t n = node ? outline_path(node, path, 64) : 0, used = 0;

	if (size == 0)
		return buf;
	buf[0] = '\0';
	for (size_t i = 0; i <= n && n > 0; i++) {
		/* the labels of the path, then the section's own title, after
		 * a space as the outline shows it (第一章 总则) */
		const char *s = i < n ? path[i]->label : path[n - 1]->title;
		size_t length = s ? strlen(s) : 0;
		if (i == n && outline_label_spaced(path[n - 1]) && used + 1 < size) {
			buf[used++] = ' ';
			buf[used] = '\0';
		}
		if (used + length >= size) {
			length = size - 1 - used;
			while (length > 0 && ((unsigned char)s[length] & 0xc0) == 0x80)
				length--;
		}
		memcpy(buf + used, s, length);
		used += length;
		buf[used] = '\0';
	}
	return buf;
}

/* True when figure F, its subject or its section holds NEEDLE; SECTION
 * is the folding of F's section, made once for the figures it holds. */
static bool
figure_holds(const struct doc *doc, const struct figure *f, struct folder *folder,
	     const struct fold_buffer *needle, const struct fold_buffer *section)
{
	if (folded_holds(folder, doc->text + f->offset, f->length, needle))
		return true;
	if (f->subject_length > 0 &&
	    folded_holds(folder, doc->text + f->subject, f->subject_length, needle))
		return true;
	return section->length >= needle->length &&
	       memmem(section->data, section->length, needle->data, needle->length) != NULL;
}

/* ---- sorting ---- */

/* What a row is sorted by: qsort has no context, so each row carries
 * its keys. */
struct sort_key {
	size_t index;           /* in the figure list: document order */
	int rank;               /* of the kind */
	bool has_value;
	double value;
};

static int
by_index(const struct sort_key *a, const struct sort_key *b)
{
	return a->index < b->index ? -1 : a->index > b->index;
}

static int
compare_position(const void *pa, const void *pb)
{
	return by_index(pa, pb);
}

static int
compare_value(const void *pa, const void *pb)
{
	const struct sort_key *a = pa, *b = pb;

	if (a->has_value != b->has_value)
		return a->has_value ? -1 : 1;
	if (a->has_value && a->value != b->value)
		return a->value > b->value ? -1 : 1;
	return by_index(a, b);
}

static int
compare_kind(const void *pa, const void *pb)
{
	const struct sort_key *a = pa, *b = pb;

	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	return by_index(a, b);
}

enum bg_status
figure_rows_make(const struct doc *doc, const struct figure_list *figures, size_t first,
		 size_t last, const struct figure_filter *filter, struct figure_rows *out)
{
	static int (*const compare[FIGURE_ORDER_COUNT])(const void *, const void *) = {
		compare_position, compare_value, compare_kind,
	};
	struct figure_rows rows = { NULL, 0, 0, { 0 } };
	struct sort_key *keys = NULL;
	struct folder folder = { { NULL, 0, 0 }, NULL, false };
	struct fold_buffer needle = { NULL, 0, 0 }, section = { NULL, 0, 0 };
	const struct outline_node *folded_section = NULL;
	bool filtered = filter->text && filter->text[0];
	enum bg_status status = BG_OK;
	char section_text[512];

	if (last > figures->count)
		last = figures->count;
	if (first > last)
		first = last;
	if (last > first) {
		keys = malloc((last - first) * sizeof *keys);
		if (!keys)
			return BG_ERR_NOMEM;
	}
	if (filtered) {
		folder.cache = malloc(sizeof *folder.cache);
		if (!folder.cache) {
			status = BG_ERR_NOMEM;
			goto done;
		}
		fold_cache_init(folder.cache);
		fold_append(&folder, filter->text, strlen(filter->text));
		needle = folder.buffer;
		folder.buffer = (struct fold_buffer){ NULL, 0, 0 };
	}
	for (size_t i = first; i < last && !folder.failed; i++) {
		const struct figure *f = &figures->items[i];
		if (filtered && needle.length > 0) {
			if (f->section != folded_section) {
				/* figures come in document order: a section's are together */
				folded_section = f->section;
				figure_section_text(f->section, section_text, sizeof section_text);
				folder.buffer.length = 0;
				fold_append(&folder, section_text, strlen(section_text));
				section.length = 0;
				if (!folder.failed &&
				    !ARRAY_RESERVE(section.data, section.capacity, folder.buffer.length + 1))
					folder.failed = true;
				if (folder.failed)
					break;
				if (folder.buffer.length > 0)
					memcpy(section.data, folder.buffer.data, folder.buffer.length);
				section.length = folder.buffer.length;
			}
			if (!figure_holds(doc, f, &folder, &needle, &section))
				continue;
		}
		rows.total++;
		if ((unsigned)f->kind < FIGURE_KIND_COUNT)
			rows.kind_counts[f->kind]++;
		if (filter->kind != FIGURE_ANY_KIND && (int)f->kind != filter->kind)
			continue;
		keys[rows.count++] = (struct sort_key){ i, figure_kind_rank(f->kind), f->has_value,
							f->value };
	}
	if (folder.failed) {
		status = BG_ERR_NOMEM;
		goto done;
	}
	if (rows.count > 0) {
		enum figure_order order = (unsigned)filter->order < FIGURE_ORDER_COUNT
			? filter->order : FIGURE_BY_POSITION;
		rows.items = malloc(rows.count * sizeof *rows.items);
		if (!rows.items) {
			status = BG_ERR_NOMEM;
			goto done;
		}
		if (order != FIGURE_BY_POSITION)
			qsort(keys, rows.count, sizeof *keys, compare[order]);
		for (size_t i = 0; i < rows.count; i++)
			rows.items[i] = keys[i].index;
	}
	figure_rows_free(out);
	*out = rows;
done:
	free(keys);
	free(folder.cache);
	free(folder.buffer.data);
	free(needle.data);
	free(section.data);
	return status;
}

void
figure_rows_free(struct figure_rows *rows)
{
	free(rows->items);
	*rows = (struct figure_rows){ NULL, 0, 0, { 0 } };
}

/* ---- the texts of a row ---- */

const char *
figure_value_text(const struct figure *f, char *buf, size_t size)
{
	int used;

	if (size == 0)
		return buf;
	buf[0] = '\0';
	if (!f->has_value)
		return buf;
	if (!f->exact)
		used = snprintf(buf, size, "%s", f->decimal ? f->decimal : "?");
	else if (f->value > -1e15 && f->value < 1e15 && f->value == (double)(long long)f->value)
		used = snprintf(buf, size, "%lld", (long long)f->value);
	else
		/* 66.6666666667: rounded for people, as --figures does */
		used = snprintf(buf, size, "%.12g", f->value);
	if (used > 0 && (size_t)used < size && f->unit && *f->unit)
		snprintf(buf + used, size - (size_t)used, " %s", f->unit);
	return buf;
}

/* Appends S (N bytes) to the string being built, tabs and line ends
 * made spaces: they would split the row. */
static bool
append_field(char **text, size_t *length, size_t *capacity, const char *s, size_t n, bool tab)
{
	if (!ARRAY_RESERVE(*text, *capacity, *length + n + 2))
		return false;
	if (tab)
		(*text)[(*length)++] = '\t';
	for (size_t i = 0; i < n; i++)
		(*text)[(*length)++] = s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i];
	(*text)[*length] = '\0';
	return true;
}

char *
figure_row_text(const struct doc *doc, const struct figure *f, size_t *length)
{
	char value[128], section[512];
	const char *kind = figure_kind_name(f->kind);
	char *text = NULL;
	size_t capacity = 0;

	*length = 0;
	figure_value_text(f, value, sizeof value);
	figure_section_text(f->section, section, sizeof section);
	if (!append_field(&text, length, &capacity, kind, strlen(kind), false) ||
	    !append_field(&text, length, &capacity, doc->text + f->offset, f->length, true) ||
	    !append_field(&text, length, &capacity, value, strlen(value), true) ||
	    !append_field(&text, length, &capacity, doc->text + f->subject, f->subject_length, true) ||
	    !append_field(&text, length, &capacity, section, strlen(section), true)) {
		free(text);
		*length = 0;
		return NULL;
	}
	return text;
}
