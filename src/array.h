/* SPDX-License-Identifier: GPL-3.0-or-later */
/* array.h - the one growable array: an items pointer and a capacity that
 * grow by doubling, with the size arithmetic checked. */
#ifndef BAOGAO_ARRAY_H
#define BAOGAO_ARRAY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

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
	*items = p;
	*capacity = grown;
	return true;
}

/* array_reserve for a typed pointer ITEMS: ARRAY_RESERVE(list->items,
 * list->capacity, list->count + 1). */
#define ARRAY_RESERVE(items, capacity, need) \
	array_reserve((void **)&(items), &(capacity), (need), sizeof *(items))

#endif
