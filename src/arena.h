/* SPDX-License-Identifier: GPL-3.0-or-later */
/* arena.h - many small objects carved from a few large blocks and freed
 * together: a large report's tens of thousands of outline nodes would
 * otherwise spend their time in malloc and free, and their memory would be
 * faulted in 4 KiB at a time. */
#ifndef BAOGAO_ARENA_H
#define BAOGAO_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *blocks;   /* the newest first */
	size_t first_size;            /* of the first block, when there is none */
};

/* Sizes of the blocks: the first is the caller's estimate of all it will
 * carve, at least ARENA_BLOCK_MIN; each later one twice the one before,
 * up to ARENA_BLOCK_MAX (or what one object needs). */
enum { ARENA_BLOCK_MIN = 256 * 1024, ARENA_BLOCK_MAX = 64 * 1024 * 1024 };

/* An empty arena whose first block, taken when something is first carved,
 * holds EXPECTED bytes (rounded into [ARENA_BLOCK_MIN, ARENA_BLOCK_MAX]).
 * A block is only address space until it is written: an estimate on the
 * high side costs no memory, and a large block is given huge pages. */
void arena_init(struct arena *arena, size_t expected);

/* N bytes of ARENA, uninitialised, at a multiple of ALIGN (a power of two,
 * at most _Alignof(max_align_t)), valid until arena_free.  NULL when
 * memory runs out. */
void *arena_alloc(struct arena *arena, size_t n, size_t align);

/* A NUL-terminated copy of the N bytes at S in ARENA, or NULL. */
char *arena_strndup(struct arena *arena, const char *s, size_t n);

/* Frees every block of ARENA, which is empty after (as arena_init left
 * it). */
void arena_free(struct arena *arena);

#endif
