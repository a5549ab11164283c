/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_print.c - printer helpers: JSON strings, visible control
 * characters, section labels, contexts. */
#include <stdio.h>

#include "unit.h"
#include "print.h"

static char *
capture(void (*write)(FILE *, const char *, size_t, bool), const char *s, size_t n, bool flag)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&buf, &size);

	assert_non_null(f);
	write(f, s, n, flag);
	fclose(f);
	return buf;
}

static void
json_wrapper(FILE *f, const char *s, size_t n, bool unused)
{
	(void)unused;
	print_json_string(f, s, n);
}

static void
json_escapes(void **state)
{
	(void)state;
	static const char in[] = "“引号”\"\\\n\t\x1b]0;title\x07\xe2\x80\xae\xef\xbb\xbf中";
	char *out = capture(json_wrapper, in, sizeof in - 1, false);

	assert_string_equal(out, "\"“引号”\\\"\\\\\\n\\t\\u001b]0;title\\u0007\\u202e\\ufeff中\"");
	free(out);
}

/* A string longer than the buffer it is escaped in comes out whole, its
 * escapes and characters not cut where the buffer fills. */
static void
json_long_string(void **state)
{
	(void)state;
	char in[1200], want[2400];
	size_t n = 0, m = 0;

	want[m++] = '"';
	for (int i = 0; n + 8 < sizeof in; i++) {
		static const char *const pieces[] = { "中", "\"", "\x01", "a", "\n" };
		static const char *const escaped[] = { "中", "\\\"", "\\u0001", "a", "\\n" };
		const char *p = pieces[i % 5], *e = escaped[i % 5];
		memcpy(in + n, p, strlen(p));
		n += strlen(p);
		memcpy(want + m, e, strlen(e));
		m += strlen(e);
	}
	want[m++] = '"';
	want[m] = '\0';
	char *out = capture(json_wrapper, in, n, false);
	assert_string_equal(out, want);
	free(out);
}

/* Nothing added to a sink, from no buffer at all (an empty field's NULL
 * with no bytes: memcpy may not be given it), writes nothing. */
static void
sink_adds_nothing(void **state)
{
	char buf[64], *out = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&out, &size);
	struct sink k;
	(void)state;

	assert_non_null(f);
	sink_init(&k, f, buf, sizeof buf);
	sink_put(&k, NULL, 0);
	SINK_LITERAL(&k, "a");
	sink_put(&k, NULL, 0);
	sink_flush(&k);
	fclose(f);
	assert_string_equal(out, "a");
	free(out);
}

static void
csv_wrapper(FILE *f, const char *s, size_t n, bool unused)
{
	(void)unused;
	print_csv_field(f, s, n);
}

/* RFC 4180: a field with a comma, quote, CR or LF is quoted, quotes
 * doubled; other fields as they are; controls still made visible. */
static void
csv_fields(void **state)
{
	static const struct {
		const char *in, *want;
	} cases[] = {
		{ "3860人", "3860人" },
		{ "", "" },
		{ "1,234元", "\"1,234元\"" },
		{ "say \"hi\"", "\"say \"\"hi\"\"\"" },
		{ "\"", "\"\"\"\"" },
		{ "a\r\nb", "\"a^M^Jb\"" },
		{ "x\x1b[31m", "x^[[31m" },
		{ "，全角逗号", "，全角逗号" },
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *out = capture(csv_wrapper, cases[i].in, strlen(cases[i].in), false);
		assert_string_equal(out, cases[i].want);
		free(out);
	}
}

static void
text_made_visible(void **state)
{
	(void)state;
	static const char in[] = "a\x1b[31mb\x7f\xc2\x9b\xe2\x80\xae\xe2\x80\x8b" "c\xff";
	char *out = capture(print_text, in, sizeof in - 1, false);

	assert_string_equal(out, "a^[[31mb^?<U+009B><U+202E><U+200B>c\\xFF");
	assert_null(strchr(out, 0x1b));
	free(out);
	out = capture(print_text, "a\tb\\c", 5, true);
	assert_string_equal(out, "a\\tb\\\\c");
	free(out);
}

static void
labels_and_context(void **state)
{
	(void)state;
	struct doc *doc = unit_load("标题\n一、甲\n（一）子。一是培训3860人，效果好。二是其他。\n", NULL);
	struct outline *o = NULL;
	const char *at = strstr(doc->text, "3860人");
	char *buf = NULL;
	size_t size = 0, start, end;
	FILE *f;

	assert_int_equal(outline_build(doc, &o), BG_OK);
	f = open_memstream(&buf, &size);
	print_section_labels(f, outline_section_at(o, (size_t)(at - doc->text)), true);
	putc(' ', f);
	print_section_labels(f, outline_section_at(o, (size_t)(at - doc->text)), false);
	fclose(f);
	assert_string_equal(buf, "[\"一、\",\"（一）\",\"一是\"] 一、（一）一是");
	free(buf);
	print_context_range(doc, (size_t)(at - doc->text), strlen("3860人"), 2, &start, &end);
	assert_int_equal(end - start, strlen("培训3860人，效"));
	outline_free(o);
	doc_free(doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(json_escapes),
		cmocka_unit_test(json_long_string),
		cmocka_unit_test(sink_adds_nothing),
		cmocka_unit_test(csv_fields),
		cmocka_unit_test(text_made_visible),
		cmocka_unit_test(labels_and_context),
	};
	return UNIT_RUN(tests);
}
