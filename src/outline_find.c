/* SPDX-License-Identifier: GPL-3.0-or-later */
/* outline_find.c - a section named on the command line (--section=SPEC):
 * by its number in document order (5, §5) or by the path of its labels
 * (三、, 一、/（二）). */
#include <config.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <uninorm.h>

#include "outline.h"
#include "utf8.h"

/* The sign the browser's status bar writes before a section's number. */
static const char SECTION_SIGN[] = "§";

/* The number SPEC names ("5", "§5"), 0 when it is no number. */
static size_t
spec_number(const char *spec)
{
	size_t n = 0;

	if (strncmp(spec, SECTION_SIGN, sizeof SECTION_SIGN - 1) == 0)
		spec += sizeof SECTION_SIGN - 1;
	if (!*spec)
		return 0;
	for (; *spec; spec++) {
		if (*spec < '0' || *spec > '9' || n > SIZE_MAX / 10 - 1)
			return 0;
		n = n * 10 + (size_t)(*spec - '0');
	}
	return n;
}

bool
outline_spec_valid(const char *spec)
{
	const char *part = spec;

	if (spec_number(spec) > 0)
		return true;
	if (!*spec || strcmp(spec, "0") == 0)
		return false;
	/* No empty part: "一、//（二）", "/三、", "三、/". */
	for (;;) {
		size_t n = strcspn(part, "/");
		if (n == 0)
			return false;
		if (!part[n])
			return true;
		part += n + 1;
	}
}

/* S (N bytes) as labels compare: NFKC (（二） → (二), full-width digits
 * and letters → ASCII), without white space, and without the mark that
 * closes a label (三、 → 三, 1. → 1, 第一， → 第一).  A malloc'd string
 * the caller frees, or NULL when out of memory. */
static char *
fold(const char *s, size_t n)
{
	static const char *const closing[] = { "、", "，", "：", ".", ",", ":" };
	size_t length = 0, k = 0;
	uint8_t *folded = u8_normalize(UNINORM_NFKC, (const uint8_t *)s, n, NULL, &length);
	char *out;

	if (!folded)
		return NULL;
	out = malloc(length + 1);
	if (!out) {
		free(folded);
		return NULL;
	}
	for (size_t i = 0; i < length;) {
		size_t space = utf8_space_at((const char *)folded + i, length - i);
		size_t step = space ? space : utf8_length((const char *)folded + i, length - i);
		if (!space) {
			memcpy(out + k, folded + i, step);
			k += step;
		}
		i += step;
	}
	free(folded);
	for (size_t c = 0; c < sizeof closing / sizeof closing[0]; c++) {
		size_t m = strlen(closing[c]);
		if (k > m && memcmp(out + k - m, closing[c], m) == 0) {
			k -= m;
			break;
		}
	}
	out[k] = '\0';
	return out;
}

/* Whether NODE answers to the folded path part PART: by its label, or,
 * for a part that is not its label, by its title. */
static bool
answers(const struct outline_node *node, const char *part)
{
	char *label = fold(node->label, strlen(node->label));
	bool yes = label && label[0] && strcmp(label, part) == 0;

	free(label);
	if (!yes) {
		char *title = fold(node->title, strlen(node->title));
		yes = title && title[0] && strcmp(title, part) == 0;
		free(title);
	}
	return yes;
}

const struct outline_node *
outline_find(const struct outline *outline, const char *spec, size_t *matches)
{
	size_t number = spec_number(spec), count = 0, parts = 1;
	const struct outline_node *first = NULL;
	char **folded;

	*matches = 0;
	if (number > 0) {
		if (number > outline->count)
			return NULL;
		*matches = 1;
		return outline->nodes[number - 1];
	}
	for (const char *p = spec; *p; p++)
		parts += *p == '/';
	folded = calloc(parts, sizeof *folded);
	if (!folded)
		return NULL;
	for (size_t i = 0, at = 0; i < parts; i++) {
		size_t n = strcspn(spec + at, "/");
		folded[i] = fold(spec + at, n);
		at += n + 1;
		if (!folded[i])
			goto done;
	}
	for (size_t i = 0; i < outline->count; i++) {
		const struct outline_node *node = outline->nodes[i];
		size_t k = parts;
		/* The last part names the heading, the parts before it its
		 * parents, one by one up. */
		while (k > 0 && node && node->depth > 0 && answers(node, folded[k - 1])) {
			k--;
			node = node->parent;
		}
		if (k == 0) {
			if (!first)
				first = outline->nodes[i];
			count++;
		}
	}
done:
	for (size_t i = 0; i < parts; i++)
		free(folded[i]);
	free(folded);
	*matches = count;
	return first;
}
