/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_escapes.c - the escapes of scraped text decoded before the text is
 * read: HTML references, <U+XXXX>, \uXXXX, zero-width characters. */
#include "escapes.h"
#include "unit.h"

/* Decodes TEXT and compares with WANT. */
static void
check(const char *text, const char *want)
{
	char *s = strdup(text);
	size_t n = escapes_decode(s, strlen(s));

	assert_true(escapes_present(text, strlen(text)) || strcmp(text, want) == 0);
	assert_int_equal(n, strlen(want));
	assert_memory_equal(s, want, n);
	free(s);
}

static void
html_references(void **state)
{
	(void)state;
	check("甲&nbsp;乙&#12288;丙&#x3000;丁", "甲\u00a0乙\u3000丙\u3000丁");
	check("A&amp;B &lt;p&gt; &quot;x&quot; &hellip;", "A&B <p> \"x\" \u2026");
	check("&amp;lt;", "&lt;");           /* decoded once, not twice */
	check("&nbsp&nbsp一、总则", "\u00a0\u00a0一、总则");   /* without ';', as browsers take it */
	check("R&D部门 &foo; &#; &#x;", "R&D部门 &foo; &#; &#x;");
	check("行1&#10;行2&#0;", "行1&#10;行2&#0;");   /* no line break or NUL made */
}

static void
unicode_notations(void **state)
{
	(void)state;
	check("<U+00A0><U+00A0>一、总则", "\u00a0\u00a0一、总则");
	check("<u+3000>第一条", "\u3000第一条");
	check("<U+12>和<U+>和<p>", "<U+12>和<U+>和<p>");
	check("\\u4e00\\u3001总则", "一、总则");
	check("\\ud83d\\ude00", "\U0001F600");
	check("\\ud83d孤", "\\ud83d孤");       /* a lone surrogate stays as written */
	check("C:\\users\\u", "C:\\users\\u");
}

static void
zero_width_dropped(void **state)
{
	(void)state;
	check("改<U+200D>革&zwj;开\u200b放&#8203;", "改革开放");
	check("\ufeff全文", "全文");
	check("无转义的文本。\n第二行", "无转义的文本。\n第二行");
	assert_false(escapes_present("无转义的文本。“引号”", strlen("无转义的文本。“引号”")));
}

/* escapes_present finds what may start an escape or a zero-width
 * character at any place of a text, sixteen bytes at a time or in the
 * tail, and nothing in their neighbours (U+200A, U+2061, “ and the
 * other characters on their first bytes) or in one cut short at the end. */
static void
present_anywhere(void **state)
{
	(void)state;
	static const char *const found[] = { "&", "<", "\\", "\u200b", "\u200c", "\u200d",
					     "\u2060", "\ufeff" };
	static const char *const not_found[] = { "\u200a", "\u200e", "\u2061", "\u201c", "\ufeaf",
						 "\uffbf", "\u300a" };
	char text[128];

	for (size_t at = 0; at < 40; at++) {
		memset(text, 'x', at);
		for (size_t i = 0; i < sizeof found / sizeof found[0]; i++) {
			size_t k = strlen(found[i]);
			memcpy(text + at, found[i], k);
			memcpy(text + at + k, "改革开放", strlen("改革开放") + 1);
			assert_true(escapes_present(text, strlen(text)));
			assert_true(escapes_present(text, at + k));
			/* cut short: not the character */
			if (k == 3)
				assert_false(escapes_present(text, at + 2));
		}
		for (size_t i = 0; i < sizeof not_found / sizeof not_found[0]; i++) {
			memcpy(text + at, not_found[i], 3);
			memcpy(text + at + 3, "改革开放“引号”", strlen("改革开放“引号”") + 1);
			assert_false(escapes_present(text, strlen(text)));
		}
	}
}

static void
comments_across_lines(void **state)
{
	(void)state;
	check("<!--\n  var x;\n-->\n标题", "\n\n\n标题");
	check("<!-- 一行 -->\n正文", "<!-- 一行 -->\n正文");   /* the paragraph builder's */
	check("<!--\n未闭合\n", "<!--\n未闭合\n");
}

/* The loader decodes before it splits lines and finds headings. */
static void
loaded_text_decoded(void **state)
{
	(void)state;
	struct doc *doc = unit_load("<U+00A0><U+00A0>一、总则\n&#12288;&#12288;本办法所称&ldquo;文物&rdquo;。\n", NULL);
	char *p = unit_paragraph(doc, 0);
	char *q = unit_paragraph(doc, 1);
	uint32_t line, column;

	assert_string_equal(p, "一、总则");
	assert_string_equal(q, "本办法所称“文物”。");
	assert_int_equal(doc->paragraphs[1].line, 2);
	doc_locate(doc, doc->paragraphs[1].offset, &line, &column);
	assert_int_equal(line, 2);
	free(p);
	free(q);
	doc_free(doc);
}

/* What escapes take as written beyond what they decode to, noted line
 * by line: a hard wrap made on the text as written measured it so. */
static void
written_widths_noted(void **state)
{
	(void)state;
	char s[] = "甲\n乙&nbsp;丙<U+00A0>\n丁\n戊<U+200D>己";
	struct escapes_written *w;
	size_t count;
	size_t n = escapes_decode_noting(s, strlen(s), &w, &count);

	assert_int_equal(n, strlen("甲\n乙\u00a0丙\u00a0\n丁\n戊己"));
	assert_memory_equal(s, "甲\n乙\u00a0丙\u00a0\n丁\n戊己", n);
	assert_int_equal(count, 2);
	/* &nbsp; six columns for one, <U+00A0> eight for one */
	assert_int_equal(w[0].line, 2);
	assert_int_equal(w[0].columns, 5 + 7);
	assert_int_equal(w[0].chars, 5 + 7);
	/* a zero-width character's escape, eight columns for none */
	assert_int_equal(w[1].line, 4);
	assert_int_equal(w[1].columns, 8);
	assert_int_equal(w[1].chars, 8);
	free(w);

	/* lines numbered by lone CRs where there is no LF */
	char t[] = "甲\r乙&amp;";
	n = escapes_decode_noting(t, strlen(t), &w, &count);
	assert_memory_equal(t, "甲\r乙&", n);
	assert_int_equal(count, 1);
	assert_int_equal(w[0].line, 2);
	assert_int_equal(w[0].columns, 4);
	free(w);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(html_references),
		cmocka_unit_test(unicode_notations),
		cmocka_unit_test(zero_width_dropped),
		cmocka_unit_test(present_anywhere),
		cmocka_unit_test(comments_across_lines),
		cmocka_unit_test(loaded_text_decoded),
		cmocka_unit_test(written_widths_noted),
	};
	return UNIT_RUN(tests);
}
