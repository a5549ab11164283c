/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_utf8.c - the shared helpers every module uses: the UTF-8 decoder
 * and counter against libunistring, white space, the growable array, the
 * binary search, and work in two threads. */
#include "unit.h"

#include <stdatomic.h>

#include <unistr.h>

#include "array.h"
#include "job.h"
#include "message.h"
#include "sorted.h"
#include "utf8.h"

static unsigned long seed = 2026;

static unsigned
next_random(void)
{
	seed = seed * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)(seed >> 33);
}

/* Every code point, encoded, decodes to itself with its length. */
static void
decode_every_code_point(void **state)
{
	(void)state;
	for (ucs4_t c = 0; c <= 0x10ffff; c++) {
		uint8_t buf[4];
		uint32_t got;
		int k;

		if (c >= 0xd800 && c < 0xe000)
			continue;
		k = u8_uctomb(buf, c, sizeof buf);
		assert_true(k > 0);
		assert_int_equal(utf8_decode((const char *)buf, (size_t)k, &got), (size_t)k);
		assert_int_equal(got, c);
		assert_int_equal(utf8_length((const char *)buf, (size_t)k), (size_t)k);
	}
}

/* On any bytes, utf8_decode agrees with u8_mbtouc: code point and length,
 * including invalid and truncated sequences, overlong forms and
 * surrogates. */
static void
decode_agrees_with_libunistring(void **state)
{
	static const char *const pieces[] = {
		"a", "\xc3\xa9", "中", "。", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xf0\x9f\x98\x80",
		"\x80", "\xc0\x80", "\xc3", "\xe0\x9f\xbf", "\xed\xa0\x80", "\xe4\xb8",
		"\xe4\xb8\x41", "\xf0\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80", "\xff",
	};
	(void)state;
	for (int round = 0; round < 50000; round++) {
		char text[64];
		size_t n = 0, i = 0;

		while (n < 40) {
			const char *p = pieces[next_random() % (sizeof pieces / sizeof pieces[0])];
			memcpy(text + n, p, strlen(p));
			n += strlen(p);
		}
		n = next_random() % n + 1;
		while (i < n) {
			ucs4_t want;
			uint32_t got;
			int k = u8_mbtouc(&want, (const uint8_t *)text + i, n - i);
			size_t length = utf8_decode(text + i, n - i, &got);

			assert_int_equal(length, (size_t)k);
			assert_int_equal(got, want);
			i += length;
		}
	}
}

/* utf8_count agrees with u8_mbsnlen on valid text of every length, and
 * utf8_previous finds each character's start. */
static void
count_and_previous_agree(void **state)
{
	static const char *const pieces[] = { "a", "\xc3\xa9", "中", "。", "\xf0\x9f\x98\x80", " " };
	(void)state;
	for (int round = 0; round < 5000; round++) {
		char text[512];
		size_t n = 0, starts[512], count = 0;

		while (n < 400) {
			const char *p = pieces[next_random() % (sizeof pieces / sizeof pieces[0])];
			starts[count++] = n;
			memcpy(text + n, p, strlen(p));
			n += strlen(p);
		}
		for (size_t k = 0; k <= n; k += 1 + next_random() % 37) {
			size_t whole = k;
			/* Only whole characters. */
			while (whole > 0 && ((unsigned char)text[whole] & 0xc0) == 0x80 && whole < n)
				whole--;
			assert_int_equal(utf8_count(text, whole),
					 u8_mbsnlen((const uint8_t *)text, whole));
		}
		for (size_t c = 1; c < count; c++)
			assert_int_equal(utf8_previous(text, 0, starts[c]), starts[c - 1]);
	}
}

static void
white_space(void **state)
{
	const char *s = " \t\u3000\u00a0x";
	(void)state;
	assert_int_equal(utf8_space_at(s, strlen(s)), 1);
	assert_int_equal(utf8_space_at(s + 2, strlen(s + 2)), 3);
	assert_int_equal(utf8_space_at(s + 5, strlen(s + 5)), 2);
	assert_int_equal(utf8_space_at("x", 1), 0);
	assert_int_equal(utf8_space_at("\u3000", 2), 0);  /* cut short */
	assert_int_equal(utf8_space_at("\u3001", 3), 0);  /* 、 is not space */
	assert_int_equal(utf8_spaces(s, strlen(s)), 7);
	assert_int_equal(utf8_space_before(s, s + 7), 2);
	assert_int_equal(utf8_space_before(s, s + 5), 3);
	assert_int_equal(utf8_space_before(s, s + 1), 1);
	assert_int_equal(utf8_space_before(s, s), 0);
	assert_int_equal(utf8_space_before(s + 8, s + 8), 0);
	/* the form feed before a page's first line in text from a PDF */
	assert_int_equal(utf8_spaces("\f   x", 5), 4);
	assert_int_equal(utf8_space_before("x\f", "x\f" + 2), 1);
	/* the other space separators: &ensp; &emsp; &thinsp;, U+202F, U+205F */
	{
		const char *u = "\u2002\u2003\u2009\u200a\u202f\u205fx";
		assert_int_equal(utf8_spaces(u, strlen(u)), 18);
		assert_int_equal(utf8_space_before(u, u + 18), 3);
		assert_int_equal(utf8_space_at("\u200b", 3), 0);  /* zero width: no space */
		assert_int_equal(utf8_space_at("\u2010", 3), 0);  /* hyphen */
		assert_int_equal(utf8_space_before("\u200b", "\u200b" + 3), 0);
		assert_true(utf8_is_space(0x2003) && utf8_is_space(0x3000) && utf8_is_space(0xa0));
		assert_false(utf8_is_space(0x200b) || utf8_is_space(0x3001));
	}
}

/* A closing colon dropped, full-width or ASCII; none, nothing dropped. */
static void
closing_colon_dropped(void **state)
{
	size_t n;
	(void)state;

	n = strlen("附件：");
	assert_true(utf8_drop_colon("附件：", &n));
	assert_int_equal(n, 6);
	n = strlen("附件:");
	assert_true(utf8_drop_colon("附件:", &n));
	assert_int_equal(n, 6);
	n = strlen("附件");
	assert_false(utf8_drop_colon("附件", &n));
	assert_int_equal(n, 6);
	n = 0;
	assert_false(utf8_drop_colon("", &n));
	n = strlen("：：");
	assert_true(utf8_drop_colon("：：", &n));
	assert_int_equal(n, 3);   /* one only */
}

/* A text closed up: its white space left out (a cover's 国 家 标 准, a
 * full-width space inside 前　言); too long for the room given, none. */
static void
text_closed_up(void **state)
{
	const char *s = "国 家\u3000标  准";
	char out[16];
	(void)state;

	assert_int_equal(utf8_close_up(s, strlen(s), out, sizeof out), 12);
	assert_memory_equal(out, "国家标准", 12);
	assert_int_equal(utf8_close_up(s, strlen(s), out, 12), 12);
	assert_int_equal(utf8_close_up(s, strlen(s), out, 11), SIZE_MAX);
	assert_int_equal(utf8_close_up(" \t", 2, out, sizeof out), 0);
}

/* The characters of a text that are not white space, one at a time: a
 * name spaced out (王　琛) reads as its two characters, a line end is a
 * character, white space at the end leaves none. */
static void
next_character_past_space(void **state)
{
	const char *s = " 王\u3000\u00a0琛\n\t";
	size_t n = strlen(s), i = 0;
	uint32_t c = 0;
	(void)state;

	assert_int_equal(utf8_next_nonspace(s, n, &i, &c), 3);
	assert_int_equal(i, 1);
	assert_int_equal(c, 0x738b);   /* 王 */
	i += 3;
	assert_int_equal(utf8_next_nonspace(s, n, &i, &c), 3);
	assert_int_equal(i, 9);        /* past 　 and the no-break space */
	assert_int_equal(c, 0x741b);   /* 琛 */
	i += 3;
	assert_int_equal(utf8_next_nonspace(s, n, &i, &c), 1);
	assert_int_equal(i, 12);
	assert_int_equal(c, '\n');
	i += 1;
	c = 'x';
	assert_int_equal(utf8_next_nonspace(s, n, &i, &c), 0);
	assert_int_equal(i, n);
	assert_int_equal(c, 'x');      /* untouched */
	assert_int_equal(utf8_next_nonspace(s, n, &i, &c), 0);   /* at the end already */
	assert_int_equal(i, n);
	/* an invalid byte is a character (U+FFFD) of one byte */
	i = 0;
	assert_int_equal(utf8_next_nonspace(" \xff", 2, &i, &c), 1);
	assert_int_equal(i, 1);
	assert_int_equal(c, 0xfffd);
	/* the loop of the contract counts the characters of ① ② */
	{
		const char *marks = "\u2460 \u2461  ";
		size_t count = 0, len;
		for (size_t k = 0; (len = utf8_next_nonspace(marks, strlen(marks), &k, &c)) > 0; k += len)
			count++;
		assert_int_equal(count, 2);
	}
}

/* One definition of a Han ideograph for the title, toolbar, figure and
 * encoding rules. */
static void
han_ideographs(void **state)
{
	(void)state;
	assert_true(utf8_is_han(0x4e00) && utf8_is_han(0x9fff));   /* 一, the block's end */
	assert_true(utf8_is_han(0x3400) && utf8_is_han(0x4dbf));   /* Extension A */
	assert_true(utf8_is_han(0xf900) && utf8_is_han(0x20000));  /* compatibility, Extension B */
	assert_true(utf8_is_han(0x3134a));                          /* Extension G */
	assert_false(utf8_is_han(0x4dc0));                          /* a Yijing hexagram */
	assert_false(utf8_is_han(0x3007) || utf8_is_han(0x3001));   /* 〇 and 、 are marks */
	assert_false(utf8_is_han('A') || utf8_is_han(0xff10));      /* a letter, a wide digit */
}

/* The first byte of a set, in a vector block or in the tail after it. */
static void
byte_set_scan(void **state)
{
	const char *s = "国务院关于印发《方案》的通知，见[链接]和\\n";
	size_t n = strlen(s);
	(void)state;
	assert_int_equal(utf8_find_any(s, 0, n, "[<"), strstr(s, "[") - s);
	assert_int_equal(utf8_find_any(s, 0, n, "\\"), n - 2);  /* the backslash before n */
	assert_int_equal(utf8_find_any(s, 0, n, "&*"), n);         /* none */
	assert_int_equal(utf8_find_any(s, 0, 10, "["), 10);          /* not before END */
	assert_int_equal(utf8_find_any("ab[", 1, 3, "[a"), 2);       /* from FROM on */
	assert_int_equal(utf8_find_any("", 0, 0, "["), 0);
	/* blocks with bytes between the set's lowest and highest but none
	 * of the set (2023年 between ! and _) are looked into */
	s = "2023年以来，围绕2023年的目标开展2023年的工作与2023年的检查!";
	n = strlen(s);
	assert_int_equal(utf8_find_any(s, 0, n, "\\[!*_&<"), n - 1);
	assert_int_equal(utf8_find_any(s, 0, n, "_\\"), n);
	assert_int_equal(utf8_find_any(s, 1, n, "3"), 3);
}

/* The first white space character, in a vector block or in the tail
 * after it; quotation marks and commas that share the spaces' lead bytes
 * are none. */
static void
space_scan(void **state)
{
	const char *s = "“十四五”时期，全市地区生产总值年均增长6.5%，居民收入同步增长。";
	const char *spaces[] = { " ", "\t", "\f", "\u3000", "\u00a0", "\u2002", "\u200a", "\u202f", "\u205f" };
	char buf[256];
	size_t n = strlen(s);
	(void)state;
	assert_int_equal(utf8_find_space(s, n), n);
	assert_int_equal(utf8_find_space("", 0), 0);
	assert_int_equal(utf8_find_space("ab c", 4), 2);              /* in the tail */
	for (size_t k = 0; k < sizeof spaces / sizeof spaces[0]; k++) {
		/* in a block, and after the blocks */
		snprintf(buf, sizeof buf, "%.30s%s%s", s, spaces[k], s);
		assert_int_equal(utf8_find_space(buf, strlen(buf)), 30);
		snprintf(buf, sizeof buf, "%s%s", s, spaces[k]);
		assert_int_equal(utf8_find_space(buf, strlen(buf)), n);
	}
	/* an em quad's neighbours (U+200B, the zero-width space) are no space */
	snprintf(buf, sizeof buf, "%s\u200b%s", s, s);
	assert_int_equal(utf8_find_space(buf, strlen(buf)), strlen(buf));
}

/* utf8_spaced_han as it reads a line a character at a time: the Han
 * character before each run of white space, and the one after it. */
static bool
spaced_han_by_characters(const char *s, size_t n)
{
	bool han_before = false;

	for (size_t i = 0; i < n;) {
		uint32_t c;
		size_t sp = utf8_space_at(s + i, n - i);
		if (sp > 0) {
			while (i < n && (sp = utf8_space_at(s + i, n - i)) > 0)
				i += sp;
			if (han_before && i < n) {
				utf8_decode(s + i, n - i, &c);
				if (utf8_is_han(c))
					return true;
			}
			han_before = false;
			continue;
		}
		i += utf8_decode(s + i, n - i, &c);
		han_before = utf8_is_han(c);
	}
	return false;
}

/* Cells of a table's row are Chinese words apart (收入 支出); Chinese
 * prose puts space only beside Latin letters and digits (2025年 GDP).
 * Random lines of Han characters (of the BMP and beyond it), marks that
 * share the spaces' lead bytes (“ 、), Latin, digits and every kind of
 * space agree with a walk over their characters. */
static void
spaced_han(void **state)
{
	static const char *const pieces[] = { "收", "入", "\U00020000", "“", "”", "、", "。", "a",
					      "7", " ", "\t", "\f", "\u3000", "\u00a0", "\u2002",
					      "\u202f", "\u205f", "\u200b", "é", "\u3400", "\uf900" };
	char buf[512];
	(void)state;
	assert_true(utf8_spaced_han("一般公共预算收入 一般公共预算支出", strlen("一般公共预算收入 一般公共预算支出")));
	assert_true(utf8_spaced_han("收入\u3000\u3000支出", strlen("收入\u3000\u3000支出")));
	assert_false(utf8_spaced_han("2025年 GDP 增长", strlen("2025年 GDP 增长")));
	assert_false(utf8_spaced_han(" 收入", strlen(" 收入")));
	assert_false(utf8_spaced_han("收入 ", strlen("收入 ")));
	assert_false(utf8_spaced_han("收入“ ”支出", strlen("收入“ ”支出")));
	assert_false(utf8_spaced_han("", 0));
	for (int round = 0; round < 20000; round++) {
		size_t n = 0, count = next_random() % 40;
		for (size_t k = 0; k < count; k++) {
			const char *p = pieces[next_random() % (sizeof pieces / sizeof pieces[0])];
			size_t m = strlen(p);
			if (n + m >= sizeof buf)
				break;
			memcpy(buf + n, p, m);
			n += m;
		}
		assert_int_equal(utf8_spaced_han(buf, n), spaced_han_by_characters(buf, n));
	}
}

/* Two texts compared with their white space left out. */
static void
closed_up_comparison(void **state)
{
	(void)state;
	assert_true(utf8_same_closed_up("公 告", strlen("公 告"), "公告", strlen("公告")));
	assert_true(utf8_same_closed_up("注\u3000\u3000释 ", strlen("注\u3000\u3000释 "), "注释", 6));
	assert_true(utf8_same_closed_up(" ", 1, "", 0));
	assert_false(utf8_same_closed_up("注释说明", strlen("注释说明"), "注释", 6));
	assert_false(utf8_same_closed_up("注", 3, "注释", 6));
}

/* utf8_find3, utf8_find3_either and utf8_find3_any, which test sixteen
 * bytes at a time on a two-byte filter, find what a plain search byte by
 * byte finds: random Chinese text with the characters looked for (and
 * others that share two of their bytes) at every place, in texts of every
 * length around the block sizes. */
static void
find3_agrees_with_a_plain_search(void **state)
{
	/* 是 要 抓 靠 看 讲 。 　, and near misses: 昰 (E6 98 B0), 覀 (E8 A6 80) */
	static const char *const pool[] = { "是", "要", "抓", "靠", "看", "讲", "。", "　", "昰", "覀",
					    "的", "工", "作", "a", "1", "，" };
	static const char *const marks[] = { "是", "要", "抓", "靠", "看", "讲", "。", "　", "，" };
	char text[200];
	(void)state;

	for (int round = 0; round < 20000; round++) {
		size_t n = 0, limit = next_random() % 80;
		size_t count = 1 + next_random() % 9;
		while (n < limit) {
			const char *c = pool[next_random() % (next_random() % 4 ? 13 : 16)];
			if (next_random() % 3)
				c = pool[10 + next_random() % 3];
			memcpy(text + n, c, strlen(c));
			n += strlen(c);
		}
		for (size_t from = 0; from < 4 && from <= n; from++) {
			const char *s = text + from, *expect = NULL, *expect_either = NULL, *expect_one = NULL;
			size_t m = n - from;
			for (size_t i = 0; i + 3 <= m && !expect; i++)
				for (size_t k = 0; k < count && !expect; k++)
					if (memcmp(s + i, marks[k], 3) == 0)
						expect = s + i;
			for (size_t i = 0; i + 3 <= m && !expect_either; i++)
				if (memcmp(s + i, marks[0], 3) == 0 || memcmp(s + i, marks[count - 1], 3) == 0)
					expect_either = s + i;
			for (size_t i = 0; i + 3 <= m && !expect_one; i++)
				if (memcmp(s + i, marks[count - 1], 3) == 0)
					expect_one = s + i;
			assert_ptr_equal(utf8_find3_any(s, m, marks, count), expect);
			assert_ptr_equal(utf8_find3_either(s, m, marks[0], marks[count - 1]), expect_either);
			assert_ptr_equal(utf8_find3(s, m, marks[count - 1]), expect_one);
		}
	}
}

/* The words of a title, without spaces and the marks it is cited in,
 * appended after what OUT holds; CAP + 1 when they do not fit. */
static void
words_without_marks(void **state)
{
	char out[64];
	const char *a = "关于印发 《某某规划》 的“通知”", *b = "「某某」 <办法>";
	size_t k;
	(void)state;

	k = utf8_words(a, strlen(a), out, 0, sizeof out);
	assert_int_equal(k, strlen("关于印发某某规划的通知"));
	assert_memory_equal(out, "关于印发某某规划的通知", k);
	k = utf8_words(b, strlen(b), out, k, sizeof out);
	assert_int_equal(k, strlen("关于印发某某规划的通知某某办法"));
	assert_memory_equal(out, "关于印发某某规划的通知某某办法", k);
	assert_int_equal(utf8_words(a, strlen(a), out, 0, 10), 11);
	assert_int_equal(utf8_words(" 《》", strlen(" 《》"), out, 0, sizeof out), 0);
}

/* Which of a list of words a text opens with: the length of the first
 * listed one it begins with, 0 for none. */
static void
prefix_from_a_list(void **state)
{
	static const char *const words[] = { "人员", "人", "——", "%" };
	(void)state;

	assert_int_equal(utf8_prefix_in("人员安排", strlen("人员安排"), words, 4), strlen("人员"));
	assert_int_equal(utf8_prefix_in("人口", strlen("人口"), words, 4), strlen("人"));
	assert_int_equal(utf8_prefix_in("——据统计", strlen("——据统计"), words, 4), strlen("——"));
	assert_int_equal(utf8_prefix_in("%", 1, words, 4), 1);
	assert_int_equal(utf8_prefix_in("岗位", strlen("岗位"), words, 4), 0);
	/* a word longer than the text is not in it */
	assert_int_equal(utf8_prefix_in("人员", 3, words, 1), 0);
	assert_int_equal(utf8_prefix_in("", 0, words, 4), 0);
}

static void
growable_array(void **state)
{
	int *items = NULL;
	size_t capacity = 0;
	(void)state;

	for (size_t i = 0; i < 1000; i++) {
		assert_true(ARRAY_RESERVE(items, capacity, i + 1));
		assert_true(capacity >= i + 1);
		items[i] = (int)i;
	}
	for (size_t i = 0; i < 1000; i++)
		assert_int_equal(items[i], (int)i);
	/* A size that cannot be had leaves the array as it was. */
	{
		int *before = items;
		size_t had = capacity;
		assert_false(ARRAY_RESERVE(items, capacity, SIZE_MAX / 2));
		assert_ptr_equal(items, before);
		assert_int_equal(capacity, had);
	}
	free(items);
}

struct place {
	int other;
	size_t offset;
};

static void
binary_search(void **state)
{
	struct place places[] = { { 0, 5 }, { 0, 5 }, { 0, 9 }, { 0, 20 } };
	(void)state;

	assert_int_equal(SORTED_UPPER(places, 4, offset, 0), 0);
	assert_int_equal(SORTED_UPPER(places, 4, offset, 5), 2);
	assert_int_equal(SORTED_UPPER(places, 4, offset, 8), 2);
	assert_int_equal(SORTED_UPPER(places, 4, offset, 9), 3);
	assert_int_equal(SORTED_UPPER(places, 4, offset, 1000), 4);
	assert_int_equal(SORTED_UPPER(places, 0, offset, 5), 0);
	/* Against a linear count, on every key. */
	for (size_t key = 0; key < 30; key++) {
		size_t want = 0;
		while (want < 4 && places[want].offset <= key)
			want++;
		assert_int_equal(SORTED_UPPER(places, 4, offset, key), want);
	}
}

struct sum {
	const char *text;
	size_t n;
	size_t lines;
	atomic_int thread_runs;
};

static void
count_lines(void *arg)
{
	struct sum *s = arg;
	for (size_t i = 0; i < s->n; i++)
		s->lines += s->text[i] == '\n';
}

static void
two_halves(void **state)
{
	const char *text = "一\n二\n三\n四\n五\n六\n";
	size_t n = strlen(text), mid;
	struct sum first = { text, 0, 0, 0 }, second = { NULL, 0, 0, 0 };
	(void)state;

	/* Below the threshold: no split. */
	assert_int_equal(job_split_point(text, n, n + 1, '\n'), n);
	/* At or above it: just after a line end at or past the middle. */
	mid = job_split_point(text, n, 1, '\n');
	assert_true(mid > n / 2 - 1 && mid < n);
	assert_int_equal(text[mid - 1], '\n');
	first.n = mid;
	second.text = text + mid;
	second.n = n - mid;
	job_pair(count_lines, &first, count_lines, &second);
	assert_int_equal(first.lines + second.lines, 6);
	/* No separator past the middle: no split. */
	assert_int_equal(job_split_point("ab\ncdefgh", 9, 1, '\n'), 9);
}

static void
job_runs_once(void **state)
{
	struct job job = { 0 };
	struct sum s = { "a\nb\n", 4, 0, 0 };
	(void)state;

	assert_false(job_finished(&job, false));
	job_start(&job, count_lines, &s);
	assert_true(job_running(&job));
	assert_true(job_finished(&job, true));
	assert_false(job_running(&job));
	assert_false(job_finished(&job, true));
	assert_int_equal(s.lines, 2);
}

/* Text for a terminal: controls visible, never sent. */
static void
safe_text_shows_controls(void **state)
{
	(void)state;
	char out[64];
	static const char osc52[] = "a\033]52;c;SGVsbG8=\007b";
	static const char c1[] = "x\302\233" "31m\342\200\256y\t\n";
	static const char bad[] = "\377中\344\270";

	message_safe(out, sizeof out, osc52, strlen(osc52), false);
	assert_string_equal(out, "a^[]52;c;SGVsbG8=^Gb");
	message_safe(out, sizeof out, c1, strlen(c1), false);
	assert_string_equal(out, "x<U+009B>31m<U+202E>y\t^J");
	message_safe(out, sizeof out, c1, strlen(c1), true);
	assert_string_equal(out, "x<U+009B>31m<U+202E>y\t\n");
	message_safe(out, sizeof out, bad, strlen(bad), false);
	assert_string_equal(out, "\\xFF中\\xE4\\xB8");
	/* cut at a character, with an ellipsis */
	message_safe(out, 12, "一二三四五六", 18, false);
	assert_string_equal(out, "一二…");
	/* a short form of a long argument */
	char longer[400] = "";
	for (int i = 0; i < 100; i++)
		strcat(longer, "字");
	message_short(out, sizeof out, longer);
	assert_int_equal(strlen(out), 20 * 3 + 3);      /* what fits in 64 bytes */
	assert_string_equal(out + strlen(out) - 3, "…");
	char big[300];
	message_short(big, sizeof big, longer);
	assert_int_equal(strlen(big), 60 * 3 + 3);      /* 60 characters */
	message_short(out, sizeof out, "短");
	assert_string_equal(out, "短");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(decode_every_code_point),
		cmocka_unit_test(safe_text_shows_controls),
		cmocka_unit_test(decode_agrees_with_libunistring),
		cmocka_unit_test(count_and_previous_agree),
		cmocka_unit_test(white_space),
		cmocka_unit_test(next_character_past_space),
		cmocka_unit_test(text_closed_up),
		cmocka_unit_test(closing_colon_dropped),
		cmocka_unit_test(han_ideographs),
		cmocka_unit_test(byte_set_scan),
		cmocka_unit_test(space_scan),
		cmocka_unit_test(spaced_han),
		cmocka_unit_test(closed_up_comparison),
		cmocka_unit_test(find3_agrees_with_a_plain_search),
		cmocka_unit_test(words_without_marks),
		cmocka_unit_test(prefix_from_a_list),
		cmocka_unit_test(growable_array),
		cmocka_unit_test(binary_search),
		cmocka_unit_test(two_halves),
		cmocka_unit_test(job_runs_once),
	};
	return UNIT_RUN(tests);
}
