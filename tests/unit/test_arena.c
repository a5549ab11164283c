/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_arena.c - objects carved from an arena are aligned, apart and
 * kept until it is freed; an estimate given up front is one block. */
#include "unit.h"

#include "arena.h"

/* Objects of many sizes and alignments, each filled with its own byte,
 * all still hold it when the last is carved: none overlaps another. */
static void
objects_apart_and_aligned(void **state)
{
	enum { COUNT = 20000 };
	static unsigned char *objects[COUNT];
	static size_t sizes[COUNT];
	struct arena arena;

	(void)state;
	arena_init(&arena, 0);
	for (size_t i = 0; i < COUNT; i++) {
		size_t align = (size_t)1 << (i % 4);   /* 1, 2, 4, 8 */
		sizes[i] = 1 + i * 7919 % 97;
		objects[i] = arena_alloc(&arena, sizes[i], align);
		assert_non_null(objects[i]);
		assert_int_equal((uintptr_t)objects[i] % align, 0);
		memset(objects[i], (int)(i & 0xff), sizes[i]);
	}
	for (size_t i = 0; i < COUNT; i++)
		for (size_t k = 0; k < sizes[i]; k++)
			assert_int_equal(objects[i][k], i & 0xff);
	arena_free(&arena);
	assert_null(arena.blocks);
}

/* What the estimate said fits in one block: every object carved within
 * it lies in one run of that many bytes.  Past it, a new block. */
static void
estimate_is_one_block(void **state)
{
	const size_t expected = 4 * ARENA_BLOCK_MIN + 100, piece = 48;
	struct arena arena;
	char *low = NULL, *high = NULL, *next;

	(void)state;
	arena_init(&arena, expected);
	for (size_t used = 0; used + piece <= expected; used += piece) {
		char *p = arena_alloc(&arena, piece, 8);
		assert_non_null(p);
		if (!low || p < low)
			low = p;
		if (!high || p + piece > high)
			high = p + piece;
	}
	assert_true((size_t)(high - low) <= expected);
	next = arena_alloc(&arena, piece, 8);
	assert_non_null(next);
	assert_true(next + piece <= low || next >= high);
	arena_free(&arena);
}

/* An object larger than any block the arena would take next gets a
 * block of its own size; a small estimate still gives blocks of
 * ARENA_BLOCK_MIN. */
static void
large_object_fits(void **state)
{
	struct arena arena;
	unsigned char *small, *large;
	const size_t n = 3 * ARENA_BLOCK_MIN;

	(void)state;
	arena_init(&arena, 10);
	small = arena_alloc(&arena, 16, 8);
	large = arena_alloc(&arena, n, 8);
	assert_non_null(small);
	assert_non_null(large);
	memset(large, 0xab, n);
	memset(small, 0x11, 16);
	assert_int_equal(large[0], 0xab);
	assert_int_equal(large[n - 1], 0xab);
	assert_int_equal(small[15], 0x11);
	arena_free(&arena);
	/* freed, the arena carves again */
	assert_non_null(arena_alloc(&arena, 16, 8));
	arena_free(&arena);
}

static void
strndup_copies_and_ends(void **state)
{
	struct arena arena;
	const char text[] = "一、总体要求：";
	char *a, *b;

	(void)state;
	arena_init(&arena, 0);
	a = arena_strndup(&arena, text, 6);
	b = arena_strndup(&arena, text, 0);
	assert_string_equal(a, "一、");
	assert_string_equal(b, "");
	assert_ptr_not_equal(a, text);
	arena_free(&arena);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(objects_apart_and_aligned),
		cmocka_unit_test(estimate_is_one_block),
		cmocka_unit_test(large_object_fits),
		cmocka_unit_test(strndup_copies_and_ends),
	};
	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
