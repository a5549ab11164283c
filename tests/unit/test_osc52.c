/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_osc52.c - base64 against RFC 4648's test vectors, and the
 * clipboard sequence, alone and with tmux's passthrough. */
#include "unit.h"

#include "osc52.h"

static void
base64_vectors(void **state)
{
	static const char *const vectors[][2] = {
		{ "", "" }, { "f", "Zg==" }, { "fo", "Zm8=" }, { "foo", "Zm9v" },
		{ "foob", "Zm9vYg==" }, { "fooba", "Zm9vYmE=" }, { "foobar", "Zm9vYmFy" },
		{ "三、存在问题", "5LiJ44CB5a2Y5Zyo6Zeu6aKY" },
		{ "\xff\xfe\n", "//4K" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof vectors / sizeof vectors[0]; i++) {
		size_t length;
		char *b64 = osc52_base64(vectors[i][0], strlen(vectors[i][0]), &length);
		assert_string_equal(b64, vectors[i][1]);
		assert_int_equal(length, strlen(vectors[i][1]));
		free(b64);
	}
}

static void
sequences(void **state)
{
	size_t length;
	char *s;

	(void)state;
	s = osc52_sequence("foo", 3, false, &length);
	assert_string_equal(s, "\033]52;c;Zm9v\a");
	assert_int_equal(length, strlen(s));
	free(s);
	/* in tmux, the same then the passthrough: each ESC inside doubled */
	s = osc52_sequence("foo", 3, true, &length);
	assert_string_equal(s, "\033]52;c;Zm9v\a\033Ptmux;\033\033]52;c;Zm9v\a\033\\");
	assert_int_equal(length, strlen(s));
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(base64_vectors),
		cmocka_unit_test(sequences),
	};

	return UNIT_RUN(tests);
}
