/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_pinyin.c - the pinyin table against its source and the matcher:
 * every Han character of the sample has a reading; the table gives each
 * character of an excerpt of the Unicode Han Database the readings that
 * data/make-pinyin.py's rule takes from it, read here by other code; terms
 * are read and matched as pinyin.h says. */
#include "unit.h"

#include <stdio.h>

#include <uninorm.h>
#include <unistr.h>

#include "pinyin.h"
#include "unihan.h"
#include "utf8.h"

/* A Han ideograph: the unified blocks and their extensions. */
static bool
is_ideograph(ucs4_t uc)
{
	return (uc >= 0x3400 && uc <= 0x4dbf) || (uc >= 0x4e00 && uc <= 0x9fff) ||
	       (uc >= 0x20000 && uc <= 0x3134f);
}

/* Counts the Han characters of file NAME and those without a reading. */
static void
count_unread(const char *name, size_t *han, size_t *unread)
{
	size_t n, k;
	char *text = unit_read_source_file(name, &n);

	*han = *unread = 0;
	for (size_t i = 0; i < n; i += k) {
		ucs4_t uc;
		k = utf8_decode(text + i, n - i, &uc);
		if (is_ideograph(uc)) {
			++*han;
			if (*pinyin_readings(uc) == 0) {
				++*unread;
				print_error("%s: U+%04X has no reading\n", name, (unsigned)uc);
			}
		}
	}
	free(text);
}

static void
sample_characters_have_readings(void **state)
{
	size_t han, unread;

	(void)state;
	count_unread("data/sample.txt", &han, &unread);
	assert_true(han > 3000);
	assert_int_equal(unread, 0);
	count_unread("tests/fixtures/sample-traditional.txt", &han, &unread);
	assert_true(han > 3000);
	assert_int_equal(unread, 0);
}

/* ------------------------------------------------------------------ */
/* The excerpt of the Unicode Han Database                             */

enum { READINGS_MAX = 32, READING_BYTES = 12 };

/* The readings of one character, as text: "xing2". */
struct reading_set {
	char items[READINGS_MAX][READING_BYTES];
	size_t count;
};

static void
set_add(struct reading_set *set, const char *reading)
{
	for (size_t i = 0; i < set->count; i++)
		if (strcmp(set->items[i], reading) == 0)
			return;
	assert_true(set->count < READINGS_MAX);
	snprintf(set->items[set->count++], READING_BYTES, "%s", reading);
}

static bool
set_equal(const struct reading_set *a, const struct reading_set *b)
{
	if (a->count != b->count)
		return false;
	for (size_t i = 0; i < a->count; i++) {
		bool found = false;
		for (size_t j = 0; j < b->count && !found; j++)
			found = strcmp(a->items[i], b->items[j]) == 0;
		if (!found)
			return false;
	}
	return true;
}

/* Reads the tone-marked syllable WORD (N bytes: "xíng", "lǜ", "ḿ") into
 * "xing2", "lv4", "m2": decomposed (NFD), a macron, acute, caron or grave
 * gives the tone, none the neutral 5, a diaeresis makes the u before it
 * v, other marks (ê) go. */
static void
word_reading(const char *word, size_t n, char *out)
{
	size_t length, k, used = 0;
	uint8_t *nfd = u8_normalize(UNINORM_NFD, (const uint8_t *)word, n, NULL, &length);
	int tone = 5;

	assert_non_null(nfd);
	for (size_t i = 0; i < length; i += k) {
		ucs4_t uc;
		k = utf8_decode((const char *)nfd + i, length - i, &uc);
		switch (uc) {
		case 0x304: tone = 1; break;
		case 0x301: tone = 2; break;
		case 0x30c: tone = 3; break;
		case 0x300: tone = 4; break;
		case 0x308:
			assert_true(used > 0 && out[used - 1] == 'u');
			out[used - 1] = 'v';
			break;
		default:
			if (uc >= 'A' && uc <= 'Z')
				uc += 'a' - 'A';
			if (uc >= 'a' && uc <= 'z') {
				assert_true(used + 2 < READING_BYTES);
				out[used++] = (char)uc;
			}
		}
	}
	out[used++] = (char)('0' + tone);
	out[used] = '\0';
	free(nfd);
}

/* Adds the readings of one line's VALUE (of key KEY) to SET: kMandarin's
 * are words separated by spaces; the others' entries are "places:words"
 * with words separated by commas. */
static void
add_value(struct reading_set *set, const char *key, const char *value)
{
	const char *p = value;

	while (*p) {
		const char *end = p + strcspn(p, " \n"), *word = p;
		if (strcmp(key, "kMandarin") != 0) {
			const char *colon = memchr(p, ':', (size_t)(end - p));
			assert_non_null(colon);
			word = colon + 1;
		}
		while (word < end) {
			const char *stop = word + strcspn(word, ", \n");
			char reading[READING_BYTES];
			if (stop > end)
				stop = end;
			word_reading(word, (size_t)(stop - word), reading);
			set_add(set, reading);
			word = stop < end ? stop + 1 : end;
		}
		p = *end ? end + 1 : end;
	}
}

/* The readings the table gives UC. */
static void
table_readings(ucs4_t uc, struct reading_set *set)
{
	set->count = 0;
	for (const uint16_t *r = pinyin_readings(uc); *r; r++) {
		char reading[READING_BYTES];
		snprintf(reading, sizeof reading, "%s%d", pinyin_syllable(*r >> 3), *r & 7);
		set_add(set, reading);
	}
}

/* What the excerpt says of one character: its modern readings (kMandarin,
 * kXHC1983, kTGHZ2013) and its kHanyuPinyin ones. */
struct excerpt_char {
	ucs4_t uc;
	struct reading_set modern, classical;
};

static void
table_agrees_with_unihan(void **state)
{
	size_t n, compared = 0, disagree = 0, unlisted = 0;
	char *text = unit_read_source_file("tests/fixtures/unihan-readings.txt", &n);
	struct excerpt_char *chars = calloc(UNIHAN_PINYIN_LAST - UNIHAN_PINYIN_FIRST + 1, sizeof *chars);
	char *line, *save = NULL;

	(void)state;
	assert_non_null(chars);
	for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char *key, *value;
		unsigned long uc;
		struct excerpt_char *c;

		if (line[0] == '#')
			continue;
		key = strchr(line, '\t');
		assert_non_null(key);
		*key++ = '\0';
		value = strchr(key, '\t');
		assert_non_null(value);
		*value++ = '\0';
		assert_true(strncmp(line, "U+", 2) == 0);
		uc = strtoul(line + 2, NULL, 16);
		assert_true(uc >= UNIHAN_PINYIN_FIRST && uc <= UNIHAN_PINYIN_LAST);
		c = &chars[uc - UNIHAN_PINYIN_FIRST];
		c->uc = (ucs4_t)uc;
		add_value(strcmp(key, "kHanyuPinyin") == 0 ? &c->classical : &c->modern, key, value);
	}
	for (ucs4_t uc = UNIHAN_PINYIN_FIRST; uc <= UNIHAN_PINYIN_LAST; uc++) {
		const struct excerpt_char *c = &chars[uc - UNIHAN_PINYIN_FIRST];
		struct reading_set got;

		table_readings(uc, &got);
		if (c->uc == 0) {
			/* Every 12th code point is in the excerpt, with its
			 * lines if it has any: none, no reading. */
			if ((uc - UNIHAN_PINYIN_FIRST) % 12 == 0 && got.count > 0)
				unlisted++;
			continue;
		}
		compared++;
		if (!set_equal(c->modern.count ? &c->modern : &c->classical, &got)) {
			disagree++;
			if (disagree < 10)
				print_error("U+%04X: the table has %zu readings, %s...\n", (unsigned)uc,
					    got.count, got.count ? got.items[0] : "");
		}
	}
	assert_true(compared > 2000);
	assert_int_equal(disagree, 0);
	assert_int_equal(unlisted, 0);
	free(chars);
	free(text);
}

/* Whether UC reads READING. */
static bool
reads(ucs4_t uc, const char *reading)
{
	struct reading_set got;

	table_readings(uc, &got);
	for (size_t i = 0; i < got.count; i++)
		if (strcmp(got.items[i], reading) == 0)
			return true;
	return false;
}

/* A few readings, as a reader knows them. */
static void
known_readings(void **state)
{
	(void)state;
	assert_true(reads(0x884c, "xing2"));    /* 行 */
	assert_true(reads(0x884c, "hang2"));
	assert_false(reads(0x5e72, "an4"));     /* 干: only in the Hanyu Da Zidian */
	assert_true(reads(0x7eff, "lv4"));      /* 绿 */
	assert_true(reads(0x666e, "pu3"));      /* 普 */
	assert_true(reads(0x7684, "de5"));      /* 的 */
	assert_true(reads(0x767c, "fa1"));      /* 發 */
	assert_int_equal(*pinyin_readings('a'), 0);
	assert_int_equal(*pinyin_readings(0x20000), 0);
}

/* ------------------------------------------------------------------ */
/* Terms and matches                                                   */

static bool
read_term(const char *s, struct pinyin_term *term)
{
	return pinyin_term_read((const uint8_t *)s, strlen(s), term);
}

static void
terms_read_as_pinyin(void **state)
{
	struct pinyin_term term;

	(void)state;
	assert_true(read_term("pufa", &term));
	assert_true(read_term("pf", &term));
	assert_true(read_term("pu3fa3", &term));
	assert_true(read_term("xi'an", &term));
	assert_true(read_term("pu3'fa", &term));
	assert_true(read_term("l\xc3\xbc", &term));     /* lü */
	assert_string_equal(term.text, "lv");
	assert_true(read_term("de0", &term));
	assert_string_equal(term.text, "de5");
	assert_false(read_term("p", &term));           /* one letter */
	assert_false(read_term("2023", &term));
	assert_false(read_term("a22", &term));         /* a digit after a digit */
	assert_false(read_term("'pu", &term));
	assert_false(read_term("pu6", &term));
	assert_false(read_term("普法", &term));
	assert_false(read_term("pu-fa", &term));
	assert_false(read_term("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", &term));
}

/* The first match of TERMS in TEXT as "start-end" in bytes, or "none". */
static const char *
first_match(const char *terms, const char *text)
{
	static char result[64];
	struct pinyin_term term;
	size_t start, end, n = strlen(text);

	assert_true(read_term(terms, &term));
	if (!pinyin_find(&term, (const uint8_t *)text, n, 0, n, &start, &end))
		return "none";
	snprintf(result, sizeof result, "%zu-%zu", start, end);
	return result;
}

static void
matches(void **state)
{
	(void)state;
	/* 3 bytes a character. */
	assert_string_equal(first_match("pufa", "加强普法宣传"), "6-12");
	assert_string_equal(first_match("pf", "加强普法宣传"), "6-12");
	assert_string_equal(first_match("pu3fa3", "加强普法宣传"), "6-12");
	assert_string_equal(first_match("pu3fa4", "加强普法宣传"), "none");
	assert_string_equal(first_match("pufxc", "加强普法宣传"), "6-18");
	assert_string_equal(first_match("zfgzbg", "在政府工作报告中"), "3-21");
	assert_string_equal(first_match("zhfgzbg", "在政府工作报告中"), "3-21");
	assert_string_equal(first_match("zhengfugongzuobaogao", "在政府工作报告中"), "3-21");
	/* Polyphones, by any reading. */
	assert_string_equal(first_match("yinhang", "商业银行贷款"), "6-12");
	assert_string_equal(first_match("xingdong", "专项行动方案"), "6-12");
	/* White space between characters passes; a line's end does not. */
	assert_string_equal(first_match("pufa", "普 法"), "0-7");
	assert_string_equal(first_match("pufa", "普\xe3\x80\x80法"), "0-9");
	assert_string_equal(first_match("pufa", "普\n法"), "none");
	/* Latin text is the literal search's; other characters stop a match. */
	assert_string_equal(first_match("pufa", "pufa"), "none");
	assert_string_equal(first_match("pufa", "普，法"), "none");
	/* xian: 西安 by two syllables, 先 by one; the shortest. */
	assert_string_equal(first_match("xian", "西安"), "0-6");
	assert_string_equal(first_match("xian", "先生"), "0-3");
	assert_string_equal(first_match("xi'an", "先生"), "none");
	/* ü as v. */
	assert_string_equal(first_match("lvse", "绿色发展"), "0-6");
}

/* Found from FROM, before UNTIL, across a long text; never past N. */
static void
find_in_stretches(void **state)
{
	const char *text = "普法。普法。";
	struct pinyin_term term;
	size_t start, end, n = strlen(text);

	(void)state;
	assert_true(read_term("pf", &term));
	assert_true(pinyin_find(&term, (const uint8_t *)text, n, 1, n, &start, &end));
	assert_int_equal(start, 9);
	assert_int_equal(end, 15);
	assert_false(pinyin_find(&term, (const uint8_t *)text, n, 1, 9, &start, &end));
	assert_true(pinyin_find(&term, (const uint8_t *)text, n, 0, 1, &start, &end));
	assert_int_equal(end, 6);
	/* A text cut inside a character. */
	assert_false(pinyin_find(&term, (const uint8_t *)text, 4, 0, 4, &start, &end));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(sample_characters_have_readings),
		cmocka_unit_test(table_agrees_with_unihan),
		cmocka_unit_test(known_readings),
		cmocka_unit_test(terms_read_as_pinyin),
		cmocka_unit_test(matches),
		cmocka_unit_test(find_in_stretches),
	};

	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
