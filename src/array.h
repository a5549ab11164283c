/* SPDX-License-Identifier: GPL-3.0-or-later */
/* array.h - the one growable array: an items pointer and a capacity that
 * grow by doubling, with the size arithmetic checked. */
#ifndef BAOGAO_ARRAY_H
#define BAOGAO_ARRAY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>

/* Asks for huge pages for the block P of N bytes when it is large (16 MiB
 * or more): a 100 MB report's text and the arrays of its lines and
 * paragraphs are otherwise faulted in 4 KiB at a time, a tenth of its
 * load time.  Only advice: the parts of the block that no 2 MiB page
 * holds whole keep small pages. */
static inline void
array_advise_huge(void *p, size_t n)
{
#ifdef MADV_HUGEPAGE
	const uintptr_t huge = (uintptr_t)2 << 20;
	uintptr_t start = ((uintptr_t)p + huge - 1) & ~(huge - 1), end = ((uintptr_t)p + n) & ~(huge - 1);

	if (n >= 8 * huge && end > start)
		madvise((void *)start, end - start, MADV_HUGEPAGE);
#else
	(void)p;
	(void)n;
#endif
}

/* Makes *ITEMS (of *CAPACITY elements of SIZE bytes) hold at least NEED
 * elements, doubling the capacity (at least 16).  Returns false, leaving
 * *ITEMS and *CAPACITY as they were, when memory or size_t runs out.  The
 * caller owns *ITEMS and frees it with free(). */
static inline bool
array_reserve(void **items, size_t *capacity, size_t need, size_t size)
{
	size_t grown;
	void *p;

	if (need <= *capacity)
		return true;
	grown = *capacity < 8 ? 16 : *capacity;
	while (grown < need) {
		if (grown > SIZE_MAX / 2)
			return false;
		grown *= 2;
	}
	if (grown > SIZE_MAX / size)
		return false;
	p = realloc(*items, grown * size);
	if (!p)
		return false;
	array_advise_huge(p, grown * size);
	*items = p;
	*capacity = grown;
	return true;
}

/* array_reserve for a typed pointer ITEMS: ARRAY_RESERVE(list->items,
 * list->capacity, list->count + 1). */
#define ARRAY_RESERVE(items, capacity, need) \
	array_reserve((void **)&(items), &(capacity), (need), sizeof *(items))

#endif
