/* SPDX-License-Identifier: GPL-3.0-or-later */
/* arena.c - blocks that small objects are carved from, freed together. */
#include <config.h>

#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"

struct arena_block {
	struct arena_block *next;
	size_t used, size;
	max_align_t data[];
};

void
arena_init(struct arena *arena, size_t expected)
{
	arena->blocks = NULL;
	arena->first_size = expected < ARENA_BLOCK_MIN   ? ARENA_BLOCK_MIN
			    : expected > ARENA_BLOCK_MAX ? ARENA_BLOCK_MAX
							 : expected;
}

/* The size of the block after LAST (NULL: the first) for N bytes. */
static size_t
next_size(const struct arena *arena, const struct arena_block *last, size_t n)
{
	size_t size = !last                             ? arena->first_size
		      : last->size < ARENA_BLOCK_MAX / 2 ? last->size * 2
							 : ARENA_BLOCK_MAX;

	if (size < ARENA_BLOCK_MIN)
		size = ARENA_BLOCK_MIN;
	return size < n ? n : size;
}

void *
arena_alloc(struct arena *arena, size_t n, size_t align)
{
	struct arena_block *block = arena->blocks;
	size_t at = block ? (block->used + align - 1) & ~(align - 1) : 0;

	if (!block || at > block->size || block->size - at < n) {
		size_t size = next_size(arena, block, n);
		if (size > SIZE_MAX - sizeof *block)
			return NULL;
		block = malloc(sizeof *block + size);
		if (!block)
			return NULL;
		array_advise_huge(block, sizeof *block + size);
		block->next = arena->blocks;
		block->used = 0;
		block->size = size;
		arena->blocks = block;
		at = 0;
	}
	block->used = at + n;
	return (char *)block->data + at;
}

char *
arena_strndup(struct arena *arena, const char *s, size_t n)
{
	char *out = n < SIZE_MAX ? arena_alloc(arena, n + 1, 1) : NULL;

	if (out) {
		memcpy(out, s, n);
		out[n] = '\0';
	}
	return out;
}

void
arena_free(struct arena *arena)
{
	while (arena->blocks) {
		struct arena_block *next = arena->blocks->next;
		free(arena->blocks);
		arena->blocks = next;
	}
}
