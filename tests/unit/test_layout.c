/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_layout.c - display width, visible controls, line breaking. */
#include "unit.h"

#include <stdlib.h>
#include <string.h>

#include <unistr.h>
#include <uniwidth.h>

#include "layout.h"

static int
width(const char *s)
{
	return layout_width(s, strlen(s));
}

static void
test_width_cjk(void **state)
{
	(void)state;
	assert_int_equal(width("“我为群众办实事”"), 16);
	assert_int_equal(width("我为群众办实事"), 14);
	assert_int_equal(width("——"), 2);
	assert_int_equal(width("……"), 2);
	assert_int_equal(width("张三·李四"), 9);
	assert_int_equal(width("（一）"), 6);
	assert_int_equal(width("3860人"), 6);
	assert_int_equal(width("ＧＤＰ"), 6);
	assert_int_equal(width("é"), 1);
	assert_int_equal(width("e\xcc\x81"), 1);      /* e + combining acute */
	assert_int_equal(width(""), 0);
}

/* The ranges layout_char_width answers without libunistring: as
 * uc_width says, code point by code point. */
static void
test_width_fast_ranges(void **state)
{
	static const uint32_t ranges[][2] = { { 0x4e00, 0x9fff }, { 0x3000, 0x3029 },
					      { 0xff01, 0xff60 } };

	(void)state;
	for (uint32_t uc = 0x20; uc < 0x7f; uc++)
		assert_int_equal(layout_char_width(uc), uc_width(uc, "UTF-8"));
	for (size_t r = 0; r < sizeof ranges / sizeof ranges[0]; r++)
		for (uint32_t uc = ranges[r][0]; uc <= ranges[r][1]; uc++)
			if (layout_char_width(uc) != uc_width(uc, "UTF-8"))
				fail_msg("U+%04X: %d, uc_width %d", (unsigned)uc,
					 layout_char_width(uc), uc_width(uc, "UTF-8"));
}

/* layout_width decodes most characters itself: on every sequence of a
 * lead byte E0..EF and two more bytes (valid or not), then a letter, it
 * gives the width u8_mbtouc's decoding does (an invalid byte is shown as
 * \xNN, four columns). */
static void
test_width_decoding(void **state)
{
	(void)state;
	static const uint8_t seconds[] = { 0x00, 0x41, 0x7f, 0xc0, 0xff };
	for (unsigned lead = 0xe0; lead <= 0xef; lead++) {
		for (unsigned b1 = 0; b1 < 0x100; b1++) {
			for (unsigned b2 = 0x80; b2 < 0xc0 + sizeof seconds; b2++) {
				uint8_t s[4] = { (uint8_t)lead, (uint8_t)b1,
						 b2 < 0xc0 ? (uint8_t)b2 : seconds[b2 - 0xc0], 'a' };
				int expected = 0;
				for (size_t i = 0; i < sizeof s;) {
					ucs4_t uc;
					int k = u8_mbtouc(&uc, s + i, sizeof s - i);
					bool invalid = uc == 0xfffd &&
						       !(k == 3 && s[i] == 0xef && s[i + 1] == 0xbf &&
							 s[i + 2] == 0xbd);
					expected += invalid ? 4 : layout_char_width(uc);
					i += invalid ? 1 : (size_t)k;
				}
				if (layout_width((const char *)s, sizeof s) != expected)
					fail_msg("%02X %02X %02X: %d, not %d", lead, b1, s[2],
						 layout_width((const char *)s, sizeof s), expected);
			}
		}
	}
}

static void
test_width_ambiguous_narrow(void **state)
{
	(void)state;
	/* East Asian Ambiguous: one column, as wcwidth() and tmux count. */
	assert_int_equal(width("“"), 1);
	assert_int_equal(width("”"), 1);
	assert_int_equal(width("—"), 1);
	assert_int_equal(width("…"), 1);
	assert_int_equal(width("·"), 1);
	assert_int_equal(width("│"), 1);
	assert_int_equal(width("▸▾"), 2);
}

static void
test_width_controls_visible(void **state)
{
	(void)state;
	assert_int_equal(width("\x1b"), 2);             /* ^[ */
	assert_int_equal(width("\x7f"), 2);             /* ^? */
	assert_int_equal(width("\t"), 1);
	assert_int_equal(width("\xe2\x80\xae"), 8);     /* <U+202E> */
	assert_int_equal(width("\xc2\x9b"), 8);         /* <U+009B> */
	assert_int_equal(width("\xef\xbb\xbf"), 8);     /* <U+FEFF> */
	assert_int_equal(width("\xff"), 4);             /* \xFF */
	assert_int_equal(width("a\x1b]0;x\x07"), 9);
	assert_true(layout_is_unsafe(0x1b));
	assert_true(layout_is_unsafe(0x202e));
	assert_true(layout_is_unsafe(0x2066));
	assert_false(layout_is_unsafe(0x4e2d));
	assert_false(layout_is_unsafe(0x201c));
}

static void
test_visible(void **state)
{
	size_t n;
	char *v;

	(void)state;
	v = layout_visible("a\x1b[31mb\xe2\x80\xae\xff", 11, &n);
	assert_non_null(v);
	assert_string_equal(v, "a^[[31mb<U+202E>\\xFF");
	assert_int_equal(n, strlen(v));
	/* what is drawn is what is measured */
	assert_int_equal(layout_width(v, n), width("a\x1b[31mb\xe2\x80\xae\xff"));
	free(v);
}

static void
test_fit_and_truncate(void **state)
{
	const char *s = "我为群众办实事";
	int used;
	bool cut;
	size_t n;

	(void)state;
	n = layout_fit(s, strlen(s), 5, &used);
	assert_int_equal(n, 6);         /* two characters: a third would straddle */
	assert_int_equal(used, 4);
	n = layout_fit("e\xcc\x81x", 4, 1, &used);
	assert_int_equal(n, 3);         /* the mark stays with its base */
	assert_int_equal(used, 1);

	n = layout_truncate(s, strlen(s), 7, 1, &used, &cut);
	assert_true(cut);
	assert_int_equal(n, 9);
	assert_int_equal(used, 6);
	n = layout_truncate(s, strlen(s), 14, 1, &used, &cut);
	assert_false(cut);
	assert_int_equal(n, strlen(s));
	assert_int_equal(used, 14);
	n = layout_truncate(s, strlen(s), 0, 1, &used, &cut);
	assert_true(cut);
	assert_int_equal(n, 0);
}

/* Wraps S at WIDTH and checks what must hold for every line. */
static struct layout_line *
wrap(const char *s, int w, int indent, size_t *count)
{
	struct layout_line *lines = NULL;
	size_t n = strlen(s), at = 0;

	assert_true(layout_wrap(s, n, w, indent, &lines, count));
	assert_true(*count >= 1);
	for (size_t i = 0; i < *count; i++) {
		const struct layout_line *l = &lines[i];

		assert_true(l->offset >= at);
		assert_true(l->offset + l->length <= n);
		assert_int_equal(l->width, layout_width(s + l->offset, l->length));
		/* Nothing is lost but the spaces a line was broken at. */
		for (size_t k = at; k < l->offset; k++)
			assert_int_equal(s[k], ' ');
		at = l->offset + l->length;
	}
	for (size_t k = at; k < n; k++)
		assert_int_equal(s[k], ' ');
	return lines;
}

static bool
line_is(const char *s, const struct layout_line *l, const char *want)
{
	return l->length == strlen(want) && memcmp(s + l->offset, want, l->length) == 0;
}

static void
test_wrap_cjk(void **state)
{
	const char *s = "一二三四五六七八九十一二三四五六七八九十";
	size_t count;
	struct layout_line *lines;

	(void)state;
	lines = wrap(s, 10, 0, &count);
	assert_int_equal(count, 4);
	for (size_t i = 0; i < count; i++)
		assert_int_equal(lines[i].width, 10);
	free(lines);

	/* an odd width: a wide character never straddles the edge */
	lines = wrap(s, 9, 0, &count);
	assert_int_equal(count, 5);
	assert_int_equal(lines[0].width, 8);
	free(lines);

	/* the first line starts after an indent */
	lines = wrap(s, 10, 4, &count);
	assert_int_equal(lines[0].width, 6);
	assert_int_equal(lines[1].width, 10);
	free(lines);
}

static const char *const closers[] = { "，", "。", "、", "；", "：", "？", "！", "）", "》", "”", "〕", "…" };
static const char *const openers[] = { "（", "《", "“", "〔" };

static bool
starts_with(const char *s, size_t n, const char *p)
{
	return n >= strlen(p) && memcmp(s, p, strlen(p)) == 0;
}

static bool
ends_with(const char *s, size_t n, const char *p)
{
	return n >= strlen(p) && memcmp(s + n - strlen(p), p, strlen(p)) == 0;
}

static void
test_wrap_punctuation_at_every_width(void **state)
{
	/* from the sample report, with its quotation marks and brackets */
	const char *s = "一是加强重要时间节点的宣传力度，通过开展“4.15国家安全日”、“6.26国际禁毒日”"
		"等主题法治宣传活动，结合“我为群众办实事”“大调研、解难题、抓落实”等活动，制定《XX区人社局"
		"深入开展2023年领导干部“大接访”专项工作实施方案》（东人社〔2023〕36号），发放宣传资料3860份，"
		"受众3860人，涉及金额12.5万元，增长12.5%。他说：“好。”然后……走了。";

	(void)state;
	/* from 16 columns up every rule can be kept: 〔2023〕36号），is the
	 * longest run that may not be broken */
	for (int w = 16; w <= 90; w++) {
		size_t count;
		struct layout_line *lines = wrap(s, w, 4, &count);

		for (size_t i = 0; i < count; i++) {
			const char *t = s + lines[i].offset;
			size_t n = lines[i].length;

			assert_true(lines[i].width <= (i == 0 ? w - 4 : w));
			for (size_t k = 0; i > 0 && k < sizeof closers / sizeof *closers; k++)
				if (starts_with(t, n, closers[k]))
					fail_msg("width %d: line %zu starts with %s", w, i, closers[k]);
			for (size_t k = 0; i + 1 < count && k < sizeof openers / sizeof *openers; k++)
				if (ends_with(t, n, openers[k]))
					fail_msg("width %d: line %zu ends with %s", w, i, openers[k]);
			if (i > 0) {
				const char *u = s + lines[i - 1].offset;
				size_t m = lines[i - 1].length;
				bool digit_before = m > 0 && u[m - 1] >= '0' && u[m - 1] <= '9';

				if ((digit_before && (starts_with(t, n, "人") || starts_with(t, n, "份") ||
						      starts_with(t, n, "号") || starts_with(t, n, "万") ||
						      starts_with(t, n, "%") || starts_with(t, n, "年"))) ||
				    (ends_with(u, m, "〕") && starts_with(t, n, "36")) ||
				    (ends_with(u, m, "万") && starts_with(t, n, "元")))
					fail_msg("width %d: line %zu splits a number from its unit", w, i);
			}
		}
		free(lines);
	}
}

static void
test_wrap_quotes(void **state)
{
	/* Unicode 14 glues “ and ” to both sides: 说：“好。”然 would be one run
	 * twelve columns wide.  Set as brackets, it breaks before “ and after ”. */
	const char *s = "他说：“好。”然后";
	size_t count;
	struct layout_line *lines;

	(void)state;
	lines = wrap(s, 10, 0, &count);
	assert_int_equal(count, 2);
	assert_true(line_is(s, &lines[0], "他说："));
	assert_true(line_is(s, &lines[1], "“好。”然后"));
	free(lines);

	/* a closing mark never starts a line, an opening one never ends it */
	s = "结合“我为群众办实事”“大调研”等活动";
	for (int w = 4; w <= 30; w++) {
		lines = wrap(s, w, 0, &count);
		for (size_t i = 0; i < count; i++) {
			assert_false(i > 0 && starts_with(s + lines[i].offset, lines[i].length, "”"));
			assert_false(i + 1 < count && ends_with(s + lines[i].offset, lines[i].length, "“"));
			assert_true(lines[i].width <= w);
		}
		free(lines);
	}

	/* Latin text keeps its quotation marks on the word */
	s = "he said “hello” twice";
	lines = wrap(s, 12, 0, &count);
	assert_true(line_is(s, &lines[0], "he said"));
	assert_true(line_is(s, &lines[1], "“hello”"));
	assert_true(line_is(s, &lines[2], "twice"));
	free(lines);
}

static void
test_wrap_numbers_with_units(void **state)
{
	const char *s = "参加培训人员共计3860人次";
	size_t count;
	struct layout_line *lines;

	(void)state;
	/* 3860 ends at column 20; 人 would be cut off from it at width 21 */
	lines = wrap(s, 21, 0, &count);
	assert_int_equal(count, 2);
	assert_true(line_is(s, &lines[0], "参加培训人员共计"));
	assert_true(line_is(s, &lines[1], "3860人次"));
	free(lines);

	s = "东人社〔2023〕36号";
	lines = wrap(s, 15, 0, &count);
	assert_int_equal(count, 2);
	assert_true(line_is(s, &lines[0], "东人社"));
	assert_true(line_is(s, &lines[1], "〔2023〕36号"));
	free(lines);

	s = "涉及金额共计2万元";
	lines = wrap(s, 15, 0, &count);
	assert_true(line_is(s, &lines[count - 1], "2万元"));
	free(lines);

	s = "同比增长了12.5%";
	lines = wrap(s, 12, 0, &count);
	assert_true(line_is(s, &lines[count - 1], "12.5%"));
	free(lines);

	/* where a number and its unit cannot fit on one line, they are split */
	s = "1234567890人";
	lines = wrap(s, 6, 0, &count);
	for (size_t i = 0; i < count; i++)
		assert_true(lines[i].width <= 6);
	free(lines);
}

static void
test_wrap_last_resort(void **state)
{
	const char *s = "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwx";
	size_t count;
	struct layout_line *lines;

	(void)state;
	lines = wrap(s, 10, 0, &count);
	assert_int_equal(count, 5);
	for (size_t i = 0; i < count; i++)
		assert_int_equal(lines[i].width, 10);
	free(lines);

	/* twelve e + U+0301: never a line that starts with the mark */
	s = "e\xcc\x81" "e\xcc\x81" "e\xcc\x81" "e\xcc\x81" "e\xcc\x81" "e\xcc\x81"
	    "e\xcc\x81" "e\xcc\x81" "e\xcc\x81" "e\xcc\x81" "e\xcc\x81" "e\xcc\x81";
	lines = wrap(s, 5, 0, &count);
	assert_int_equal(count, 3);
	for (size_t i = 0; i < count; i++) {
		assert_true(lines[i].width <= 5);
		assert_int_equal(s[lines[i].offset], 'e');
	}
	free(lines);

	/* a wide character in one column: one per line, no endless loop */
	s = "中文字";
	lines = wrap(s, 1, 0, &count);
	assert_int_equal(count, 3);
	free(lines);
}

static void
test_wrap_controls_and_spaces(void **state)
{
	const char *s = "ab\x1b" "cd";
	size_t count;
	struct layout_line *lines;

	(void)state;
	lines = wrap(s, 10, 0, &count);
	assert_int_equal(count, 1);
	assert_int_equal(lines[0].width, 6);    /* ab^[cd */
	free(lines);

	/* a run of escape sequences is measured as drawn: ^[ is two columns */
	s = "\x1b]0;title\x07\x1b]0;title\x07\x1b]0;title\x07";
	lines = wrap(s, 10, 0, &count);
	for (size_t i = 0; i < count; i++)
		assert_true(lines[i].width <= 10);
	free(lines);

	s = "hello world foo";
	lines = wrap(s, 11, 0, &count);
	assert_int_equal(count, 2);
	assert_true(line_is(s, &lines[0], "hello world"));
	assert_true(line_is(s, &lines[1], "foo"));
	free(lines);

	s = "";
	lines = wrap(s, 10, 0, &count);
	assert_int_equal(count, 1);
	assert_int_equal(lines[0].length, 0);
	free(lines);
}

/* A figure given as a run to keep moves to the next line whole when the
 * break would fall inside it, and breaks as it must when it cannot fit
 * on a line. */
static void
test_wrap_keeping_figures(void **state)
{
	/* 16 columns: 国内生产总值从5 is 15, the next line starts 4万亿元 */
	static const char s[] = "国内生产总值从54万亿元增加到82.7万亿元";
	size_t n = strlen(s), count = 0;
	const char *fig = strstr(s, "54万亿元");
	struct layout_keep keep = { (size_t)(fig - s), (size_t)(fig - s) + strlen("54万亿元") };
	struct layout_line *lines = NULL;

	(void)state;
	/* without the run the line breaks between 亿 and 元 */
	assert_true(layout_wrap(s, n, 20, 0, &lines, &count));
	assert_true(count >= 2);
	assert_int_equal(lines[1].offset, (size_t)(strstr(s, "元增加") - s));
	free(lines);
	assert_true(layout_wrap_keeping(s, n, 20, 0, &keep, 1, &lines, &count));
	assert_true(count >= 2);
	assert_int_equal(lines[0].offset, 0);
	assert_int_equal(lines[1].offset, keep.start);
	free(lines);
	/* wider than a line: broken where it must be, nothing lost */
	keep = (struct layout_keep){ 0, n };
	assert_true(layout_wrap_keeping(s, n, 20, 0, &keep, 1, &lines, &count));
	assert_true(count >= 2);
	size_t total = 0;
	for (size_t i = 0; i < count; i++)
		total += lines[i].length;
	assert_int_equal(total, n);
	free(lines);
}

/* Columns side by side: all at their natural widths when they fit, else
 * the widest give way first, never below their floors. */
static void
test_fit_columns(void **state)
{
	const int natural[4] = { 8, 20, 10, 30 }, floor[4] = { 8, 8, 8, 6 };
	const int gone[3] = { 5, -1, 5 }, none[3] = { 0, 0, 0 };
	int widths[4];

	(void)state;
	assert_true(layout_fit_columns(widths, natural, floor, 4, 2, 80));
	assert_int_equal(widths[0], 8);
	assert_int_equal(widths[3], 30);
	/* 74 columns: 68 of text, 6 of gaps; 8 columns fewer, all from the widest */
	assert_true(layout_fit_columns(widths, natural, floor, 4, 2, 66));
	assert_int_equal(widths[1], 20);
	assert_int_equal(widths[3], 22);
	/* then the two widest in turn */
	assert_true(layout_fit_columns(widths, natural, floor, 4, 2, 50));
	assert_int_equal(widths[0] + widths[1] + widths[2] + widths[3], 44);
	assert_int_equal(widths[0], 8);
	assert_true(widths[1] - widths[3] <= 1 && widths[3] - widths[1] <= 1);
	/* the floors do not fit */
	assert_false(layout_fit_columns(widths, natural, floor, 4, 2, 20));
	/* a column left out takes no gap */
	assert_true(layout_fit_columns(widths, gone, none, 3, 2, 12));
	assert_int_equal(widths[1], -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_width_cjk),
		cmocka_unit_test(test_width_fast_ranges),
		cmocka_unit_test(test_width_decoding),
		cmocka_unit_test(test_width_ambiguous_narrow),
		cmocka_unit_test(test_width_controls_visible),
		cmocka_unit_test(test_visible),
		cmocka_unit_test(test_fit_and_truncate),
		cmocka_unit_test(test_wrap_keeping_figures),
		cmocka_unit_test(test_wrap_cjk),
		cmocka_unit_test(test_wrap_punctuation_at_every_width),
		cmocka_unit_test(test_wrap_quotes),
		cmocka_unit_test(test_wrap_numbers_with_units),
		cmocka_unit_test(test_wrap_last_resort),
		cmocka_unit_test(test_wrap_controls_and_spaces),
		cmocka_unit_test(test_fit_columns),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
