/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sorted.h - the one binary search: over an array sorted by a size_t
 * key (an offset, a line), the question every caller asks is "the last
 * element at or before this key". */
#ifndef BAOGAO_SORTED_H
#define BAOGAO_SORTED_H

#include <stddef.h>
#include <string.h>

/* The number of elements in [0, COUNT) of the array BASE (elements of
 * SIZE bytes) whose size_t member at byte FIELD is <= KEY, the array being
 * sorted by that member: the index just past the last element at or
 * before KEY (0 when there is none).  With KEY_OF = offsetof(struct x,
 * offset): sorted_upper(a, n, sizeof *a, offsetof(struct x, offset), k). */
static inline size_t
sorted_upper(const void *base, size_t count, size_t size, size_t field, size_t key)
{
	const char *b = base;
	size_t lo = 0, hi = count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2, value;
		memcpy(&value, b + mid * size + field, sizeof value);
		if (value <= key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* SORTED_UPPER(items, count, member, key) for a typed array whose MEMBER
 * is a size_t (anything else fails to compile). */
#define SORTED_UPPER(items, count, member, key) \
	((void)sizeof(char[sizeof((items)->member) == sizeof(size_t) ? 1 : -1]), \
	 sorted_upper((items), (count), sizeof *(items), \
		      offsetof(__typeof__(*(items)), member), (key)))

#endif
