/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_search.c - folded search: NFKC, case and white space folding, the
 * map back to original places, AND within a section, phrases, regular
 * expressions, hard-wrapped text, and a check against a plain reference
 * search on random text. */
#include "unit.h"

#include <iconv.h>
#include <stdatomic.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "fold.h"
#include "gb18030.h"
#include "job.h"
#include "print.h"
#include "report.h"
#include "scan.h"
#include "search.h"
#include "unihan.h"

/* A document, its outline and the matches of one query. */
struct found {
	struct doc *doc;
	struct outline *outline;
	struct match_list matches;
	size_t terms;
};

static void
found_free(struct found *f)
{
	search_free(&f->matches);
	outline_free(f->outline);
	doc_free(f->doc);
}

static void
search_doc(struct found *f, const char *terms, bool regex)
{
	struct search_query *query = NULL;
	struct bg_error err = { BG_OK, "" };

	if (search_compile(terms, regex, &query, &err) != BG_OK)
		print_error("search_compile(%s): %s\n", terms, err.detail);
	assert_non_null(query);
	f->terms = search_term_count(query);
	assert_int_equal(search_run(query, f->doc, f->outline, &f->matches), BG_OK);
	search_query_free(query);
}

/* Loads TEXT (with noise RULES, may be NULL) and searches it for TERMS. */
static struct found
find_rules(const char *text, const char *terms, bool regex, const struct noise_rules *rules)
{
	struct found f = { NULL, NULL, { NULL, 0 }, 0 };

	f.doc = unit_load(text, rules);
	assert_int_equal(outline_build(f.doc, &f.outline), BG_OK);
	search_doc(&f, terms, regex);
	return f;
}

static struct found
find(const char *text, const char *terms)
{
	return find_rules(text, terms, false, NULL);
}

/* The original text of match I. */
static char *
match_text(const struct found *f, size_t i)
{
	const struct match *m = &f->matches.items[i];
	return strndup(f->doc->text + m->offset, m->length);
}

static void
expect_match(const struct found *f, size_t i, uint32_t line, uint32_t column, const char *text)
{
	char *s;

	assert_true(i < f->matches.count);
	s = match_text(f, i);
	assert_string_equal(s, text);
	assert_int_equal(f->matches.items[i].line, line);
	assert_int_equal(f->matches.items[i].column, column);
	free(s);
}

/* ---- folding ---- */

static void
fullwidth_letters_fold(void **state)
{
	(void)state;
	const char *text = "ＸＸ区和XX区，ｘｘ区。\n";
	const char *queries[] = { "XX区", "ＸＸ区", "xx区" };

	for (size_t q = 0; q < 3; q++) {
		struct found f = find(text, queries[q]);
		assert_int_equal(f.matches.count, 3);
		expect_match(&f, 0, 1, 1, "ＸＸ区");
		expect_match(&f, 1, 1, 5, "XX区");
		expect_match(&f, 2, 1, 9, "ｘｘ区");
		found_free(&f);
	}
}

static void
fullwidth_digits_fold(void **state)
{
	(void)state;
	const char *text = "编号Ｘ２０２３与X2023相同，X2024不同。\n";
	struct found f = find(text, "X2023");

	assert_int_equal(f.matches.count, 2);
	expect_match(&f, 0, 1, 3, "Ｘ２０２３");
	expect_match(&f, 1, 1, 9, "X2023");
	found_free(&f);

	f = find(text, "Ｘ２０２３");
	assert_int_equal(f.matches.count, 2);
	expect_match(&f, 0, 1, 3, "Ｘ２０２３");
	expect_match(&f, 1, 1, 9, "X2023");
	found_free(&f);
}

static void
latin_case_folds(void **state)
{
	(void)state;
	const char *text = "GDP增长5.2%，ｇｄｐ增长５．２％，Gdp。\n";
	struct found f = find(text, "gdp");

	assert_int_equal(f.matches.count, 3);
	expect_match(&f, 0, 1, 1, "GDP");
	expect_match(&f, 1, 1, 11, "ｇｄｐ");
	expect_match(&f, 2, 1, 21, "Gdp");
	found_free(&f);

	f = find(text, "ＧＤＰ增长5.2%");
	assert_int_equal(f.matches.count, 2);
	expect_match(&f, 0, 1, 1, "GDP增长5.2%");
	expect_match(&f, 1, 1, 11, "ｇｄｐ增长５．２％");
	found_free(&f);
}

/* Characters whose folding is longer than one character are matched and
 * reported whole. */
static void
whole_characters(void **state)
{
	(void)state;
	const char *text = "面积1000㎡，人口①万，⼈民群众。\n";
	struct found f = find(text, "m2");

	assert_int_equal(f.matches.count, 1);
	expect_match(&f, 0, 1, 7, "㎡");
	found_free(&f);

	f = find(text, "m");
	assert_int_equal(f.matches.count, 1);
	expect_match(&f, 0, 1, 7, "㎡");
	found_free(&f);

	f = find(text, "口1万");
	assert_int_equal(f.matches.count, 1);
	expect_match(&f, 0, 1, 10, "口①万");
	found_free(&f);

	/* A Kangxi radical (as PDF extraction leaves them) is its ideograph. */
	f = find(text, "人民");
	assert_int_equal(f.matches.count, 1);
	expect_match(&f, 0, 1, 14, "⼈民");
	found_free(&f);
}

static void
combining_marks(void **state)
{
	(void)state;
	const char *text = "Café, Cafe\xcc\x81 and CAFÉ; cafe.\n";
	struct found f = find(text, "café");

	assert_int_equal(f.matches.count, 3);
	expect_match(&f, 0, 1, 1, "Café");
	expect_match(&f, 1, 1, 7, "Cafe\xcc\x81");
	expect_match(&f, 2, 1, 17, "CAFÉ");
	found_free(&f);

	/* A mark after the term's last letter makes it another letter, even
	 * where the term's bytes stand as they are. */
	f = find("cafe\xcc\x81 cafe\xcc\x81s cafe.\n", "cafe");
	assert_int_equal(f.matches.count, 1);
	expect_match(&f, 0, 1, 14, "cafe");
	found_free(&f);
}

/* ---- places ---- */

static void
column_after_fullwidth_text(void **state)
{
	(void)state;
	const char *text = "一、总则\n（一）ＡＢＣ，全角文字１２３之后是普法宣传。\n";
	struct found f = find(text, "普法");
	uint32_t line, column;

	assert_int_equal(f.matches.count, 1);
	/* （一）ＡＢＣ，全角文字１２３之后是 is 17 characters. */
	expect_match(&f, 0, 2, 18, "普法");
	doc_locate(f.doc, f.matches.items[0].offset, &line, &column);
	assert_int_equal(line, 2);
	assert_int_equal(column, 18);
	found_free(&f);
}

static void
column_after_removed_marker(void **state)
{
	(void)state;
	struct noise_rules *rules = NULL;
	const char *text = "一、宣传\n结合“我为群众办实事”##paidbegin##“大调研、解难题”等活动。\n";
	struct found f;

	assert_int_equal(noise_rules_parse(&rules, "marker ##paidbegin##\n", NULL), BG_OK);
	f = find_rules(text, "大调研", false, rules);
	assert_int_equal(f.matches.count, 1);
	/* 结合“我为群众办实事” (11) + ##paidbegin## (13) + “ (1): column 26. */
	expect_match(&f, 0, 2, 26, "大调研");
	found_free(&f);

	/* A match across the place where the marker was cut out. */
	f = find_rules(text, "办实事”“大", false, rules);
	assert_int_equal(f.matches.count, 1);
	expect_match(&f, 0, 2, 8, "办实事”“大");
	found_free(&f);
	noise_rules_free(rules);
}

/* ---- white space and hard wraps ---- */

static void
white_space_is_ignored(void **state)
{
	(void)state;
	const char *text = "总理 李克强，总理\u3000李克强，总理\t李克强，总理李克强。\n";
	struct found f = find(text, "总理李克强");

	assert_int_equal(f.matches.count, 4);
	expect_match(&f, 0, 1, 1, "总理 李克强");
	expect_match(&f, 1, 1, 8, "总理\u3000李克强");
	expect_match(&f, 2, 1, 15, "总理\t李克强");
	expect_match(&f, 3, 1, 22, "总理李克强");
	found_free(&f);

	/* Invisible characters inside a word are ignored too. */
	f = find("普\u200b法与普\u00ad法\n", "普法");
	assert_int_equal(f.matches.count, 2);
	found_free(&f);
}

static struct doc *
load_fixture(const char *name)
{
	const char *top = getenv("top_srcdir");
	char path[4096];
	struct load_options options = { NULL, NULL, true, 0 };
	struct bg_error err = { BG_OK, "" };
	struct doc *doc = NULL;

	snprintf(path, sizeof path, "%s/%s", top ? top : ".", name);
	if (load_file(path, &options, &doc, &err) != BG_OK)
		print_error("%s: %s\n", path, err.detail);
	assert_non_null(doc);
	return doc;
}

static void
hard_wrapped_terms(void **state)
{
	(void)state;
	struct found f = { load_fixture("tests/fixtures/search-wrapped.txt"), NULL, { NULL, 0 }, 0 };

	assert_int_equal(outline_build(f.doc, &f.outline), BG_OK);

	/* 营商 ends line 5, 环境 starts line 6. */
	search_doc(&f, "营商环境", false);
	assert_int_equal(f.matches.count, 4);
	expect_match(&f, 2, 5, 19, "营商环境");
	assert_string_equal(f.matches.items[2].section->label, "（一）");
	search_free(&f.matches);

	/* 普 ends line 9, 法 starts line 10. */
	search_doc(&f, "普法", false);
	assert_int_equal(f.matches.count, 1);
	expect_match(&f, 0, 9, 20, "普法");
	assert_string_equal(f.matches.items[0].section->label, "（二）");
	search_free(&f.matches);

	/* GD ends line 6, P starts line 7: Latin lines join with a space. */
	search_doc(&f, "gdp", false);
	assert_int_equal(f.matches.count, 1);
	assert_int_equal(f.matches.items[0].line, 6);
	assert_int_equal(f.matches.items[0].column, 19);
	search_free(&f.matches);
	found_free(&f);
}

/* ---- terms ---- */

static const char sections[] =
	"报告\n"
	"一、普法与欠薪\n"
	"加强普法宣传，治理欠薪问题。\n"
	"二、普法\n"
	"开展普法宣传。\n"
	"三、欠薪\n"
	"（一）治理欠薪\n"
	"清理欠薪。\n"
	"（二）普法\n"
	"普法进工地。\n";

static void
and_within_a_section(void **state)
{
	(void)state;
	struct found f = find(sections, "普法 欠薪");

	assert_int_equal(f.terms, 2);
	/* Only 一、 holds both in its own text; 三、 holds them in two
	 * different subsections, which does not count. */
	assert_int_equal(f.matches.count, 4);
	for (size_t i = 0; i < f.matches.count; i++)
		assert_string_equal(f.matches.items[i].section->label, "一、");
	expect_match(&f, 0, 2, 3, "普法");
	assert_int_equal(f.matches.items[0].term, 0);
	expect_match(&f, 1, 2, 6, "欠薪");
	assert_int_equal(f.matches.items[1].term, 1);
	expect_match(&f, 2, 3, 3, "普法");
	expect_match(&f, 3, 3, 10, "欠薪");
	found_free(&f);

	/* One term: every match. */
	f = find(sections, "欠薪");
	assert_int_equal(f.matches.count, 5);
	found_free(&f);

	f = find(sections, "普法 不存在");
	assert_int_equal(f.matches.count, 0);
	found_free(&f);
}

static void
quoted_phrases(void **state)
{
	(void)state;
	const char *text = "依法 行政，依法行政；行政依法。\n";
	struct found f = find(text, "\"依法 行政\"");

	assert_int_equal(f.terms, 1);
	assert_int_equal(f.matches.count, 2);
	expect_match(&f, 0, 1, 1, "依法 行政");
	expect_match(&f, 1, 1, 7, "依法行政");
	found_free(&f);

	/* Unquoted: two words, each found. */
	f = find(text, "依法 行政");
	assert_int_equal(f.terms, 2);
	assert_int_equal(f.matches.count, 6);
	found_free(&f);

	/* A full-width quote quotes too; an unclosed one runs to the end. */
	f = find(text, "＂依法 行政");
	assert_int_equal(f.terms, 1);
	assert_int_equal(f.matches.count, 2);
	found_free(&f);
}

static void
regular_expressions(void **state)
{
	(void)state;
	const char *text = "一、总则\n第一条 为了规范。第十二条 适用。\n共有120人、35人参加。\n";
	struct found f = find_rules(text, "第[一二三四五六七八九十]+条", true, NULL);

	assert_int_equal(f.matches.count, 2);
	expect_match(&f, 0, 2, 1, "第一条");
	expect_match(&f, 1, 2, 10, "第十二条");
	found_free(&f);

	f = find_rules(text, "[0-9]+人", true, NULL);
	assert_int_equal(f.matches.count, 2);
	expect_match(&f, 0, 3, 3, "120人");
	expect_match(&f, 1, 3, 8, "35人");
	found_free(&f);

	/* ^ anchors at the start of a paragraph only; empty matches are not
	 * reported; no folding. */
	f = find_rules(text, "^第", true, NULL);
	assert_int_equal(f.matches.count, 1);
	found_free(&f);
	f = find_rules(text, "x*", true, NULL);
	assert_int_equal(f.matches.count, 0);
	found_free(&f);
	f = find_rules(text, "１２０", true, NULL);
	assert_int_equal(f.matches.count, 0);
	found_free(&f);
}

static void
bad_queries(void **state)
{
	(void)state;
	struct search_query *query = NULL;
	struct bg_error err = { BG_OK, "" };

	assert_int_equal(search_compile("", false, &query, &err), BG_ERR_QUERY);
	assert_null(query);
	assert_int_equal(search_compile(" \u3000 ", false, &query, &err), BG_ERR_QUERY);
	assert_int_equal(search_compile("\"\"", false, &query, &err), BG_ERR_QUERY);
	assert_int_equal(search_compile("\xff", false, &query, &err), BG_ERR_QUERY);
	assert_int_equal(search_compile("第[一", true, &query, &err), BG_ERR_REGEX);
	assert_true(err.detail[0] != '\0');
	assert_null(query);
}

/* The variant tables made when baogao was built are those the Unicode
 * data of the libunistring it runs with gives. */
static void
made_tables_are_built_ones(void **state)
{
	(void)state;
	struct fold_tables built;

	assert_true(fold_tables_build(&built));
	assert_int_equal(built.variant_count, fold_made_variant_count);
	assert_int_equal(built.base_count, fold_made_base_count);
	assert_int_equal(built.han_count, fold_made_han_count);
	assert_true(built.variant_count > 5000 && built.han_count > 5000);
	assert_memory_equal(built.variants, fold_made_variants,
			    built.variant_count * sizeof *built.variants);
	assert_memory_equal(built.bases, fold_made_bases, built.base_count * sizeof *built.bases);
	assert_memory_equal(built.han, fold_made_han, built.han_count * sizeof *built.han);
	fold_tables_free(&built);
}

/* search_may_match says no only where loading the text finds no match,
 * and says no where a term's character stands nowhere: not for a term
 * cut by a hard wrap, a folded or traditional form, a character an escape
 * writes, pinyin, or a dash a Markdown table's rule may add. */
static const struct {
	const char *text, *terms;
	unsigned flags;
	bool may;
} may_cases[] = {
	{ "开展普\n法宣传活动。\n", "普法", 0, true },
	{ "开展普法宣传活动。\n", "量子", 0, false },
	{ "一是营商\n环境持续优化。\n", "营商环境", 0, true },
	{ "开展&#x91CF;&#23376;研究。\n", "量子", 0, true },
	{ "开展\\u91cf\\u5b50研究。\n", "量子", 0, true },
	{ "开展<U+91CF><U+5B50>研究。\n", "量子", 0, true },
	{ "开展&amp;研究。\n", "量子", 0, false },
	{ "生产总值（ＧＤＰ）增长。\n", "gdp", 0, true },
	{ "生产总值（&#xFF27;&#xFF24;&#xFF30;）增长。\n", "gdp", 0, true },
	{ "生产总值增长。\n", "gdp", 0, false },
	{ "XX区人民政府\n", "ｘｘ区", 0, true },
	{ "劳动者权益\n", "勞動", 0, true },
	{ "劳动者权益\n", "勞動", SEARCH_NO_VARIANT_FOLD, false },
	{ "普法宣传\n", "pufa", SEARCH_PINYIN, true },
	{ "普法宣传\n", "普法 量子", 0, false },
	{ "普法宣传\n", "普法 宣传", 0, true },
	{ "三乘四记作3&times;4。\n", "×", 0, true },
	{ "三乘四记作3x4。\n", "×", 0, false },
	{ "| 甲 | 乙 |\n|:--|--:|\n| 1 | 2 |\n", "-", 0, true },
	{ "收入增长5亿\n元。\n", "[0-9]+亿元", SEARCH_REGEX, true },
	{ "收入增长5万元。\n", "[0-9]+亿元", SEARCH_REGEX, false },
	{ "收入增长5&#20159;元。\n", "[0-9]+亿元", SEARCH_REGEX, true },
};

static void
may_match_only_where_loading_finds_none(void **state)
{
	(void)state;

	for (size_t i = 0; i < sizeof may_cases / sizeof may_cases[0]; i++) {
		struct search_query *query = NULL;
		struct bg_error err = { BG_OK, "" };
		struct found f = { NULL, NULL, { NULL, 0 }, 0 };
		bool may;

		assert_int_equal(search_compile_with(may_cases[i].terms, may_cases[i].flags, &query, &err), BG_OK);
		may = search_may_match(query, may_cases[i].text, strlen(may_cases[i].text));
		if (may != may_cases[i].may)
			print_error("search_may_match(%s, %s) is %d\n", may_cases[i].text, may_cases[i].terms, may);
		assert_int_equal(may, may_cases[i].may);
		/* The same with a scanner, in two halves at once, as on a
		 * large text. */
		search_set_split_min(query, 1);
		assert_int_equal(search_may_match(query, may_cases[i].text, strlen(may_cases[i].text)), may);
		f.doc = unit_load(may_cases[i].text, NULL);
		assert_int_equal(outline_build(f.doc, &f.outline), BG_OK);
		assert_int_equal(search_run(query, f.doc, f.outline, &f.matches), BG_OK);
		if (!may)
			assert_int_equal(f.matches.count, 0);
		found_free(&f);
		search_query_free(query);
	}
}

/* TEXT (UTF-8) in GB18030, in a malloc'd block (*N bytes). */
static char *
to_gb18030(const char *text, size_t *n)
{
	iconv_t cd = iconv_open("GB18030", "UTF-8");
	size_t left = strlen(text), room = left * 4 + 4;
	char *out = malloc(room), *in = (char *)text, *o = out;

	assert_true(cd != (iconv_t)-1);
	assert_non_null(out);
	assert_true(iconv(cd, &in, &left, &o, &room) != (size_t)-1);
	iconv_close(cd);
	*n = (size_t)(o - out);
	return out;
}

/* search_may_match_gb18030(TERMS with FLAGS, the N BYTES); *SEEN gets
 * what the walk saw. */
static bool
may_gb18030(const char *terms, unsigned flags, const char *bytes, size_t n,
	    struct gb18030_seen *seen)
{
	struct search_query *query = NULL;
	struct bg_error err = { BG_OK, "" };
	bool may;

	assert_int_equal(search_compile_with(terms, flags, &query, &err), BG_OK);
	may = search_may_match_gb18030(query, bytes, n, seen);
	search_query_free(query);
	return may;
}

/* Told from the GB18030 bytes of a text, whether it may match is what
 * search_may_match says of the text itself (every case above: folded,
 * full-width and traditional forms, escapes, hard wraps, pinyin, regular
 * expressions); with the sampling of a large text, never "cannot" where
 * it says "may".  No candidate is taken from bytes that only look like a
 * character from inside another (扒发 is B0 C7 B7 A2, 欠 is C7 B7), and a
 * four-byte character (㐀) or a traditional form in the text (勞動 for
 * 劳动) is found. */
static void
gb18030_bytes_tell_what_their_text_does(void **state)
{
	(void)state;
	static const struct {
		const char *text, *terms;
		bool may;
	} more[] = {
		{ "扒发展。\n", "欠", false },
		{ "扒发展欠薪。\n", "欠薪", true },
		{ "古文㐀字。\n", "㐀", true },
		{ "古文字。\n", "㐀", false },
		{ "勞動者權益\n", "劳动", true },
		{ "勞者權益\n", "劳动", false },
		{ "国内生产总值（ｇｄｐ）\n", "GDP", true },
		{ "欠\n薪\n", "欠薪", true },
	};

	for (size_t i = 0; i < sizeof may_cases / sizeof may_cases[0]; i++) {
		struct search_query *query = NULL;
		struct bg_error err = { BG_OK, "" };
		struct gb18030_seen seen;
		size_t n;
		char *gb = to_gb18030(may_cases[i].text, &n);
		bool may;

		assert_int_equal(search_compile_with(may_cases[i].terms, may_cases[i].flags, &query, &err),
				 BG_OK);
		may = search_may_match_gb18030(query, gb, n, &seen);
		if (may != may_cases[i].may)
			print_error("search_may_match_gb18030(%s, %s) is %d\n", may_cases[i].text,
				    may_cases[i].terms, may);
		assert_true(seen.decodes);
		assert_int_equal(may, may_cases[i].may);
		search_set_split_min(query, 1);
		if (!search_may_match_gb18030(query, gb, n, &seen))
			assert_false(search_may_match(query, may_cases[i].text, strlen(may_cases[i].text)));
		search_query_free(query);
		free(gb);
	}
	for (size_t i = 0; i < sizeof more / sizeof more[0]; i++) {
		struct gb18030_seen seen;
		size_t n;
		char *gb = to_gb18030(more[i].text, &n);
		bool may = may_gb18030(more[i].terms, 0, gb, n, &seen);

		if (may != more[i].may)
			print_error("search_may_match_gb18030(%s, %s) is %d\n", more[i].text,
				    more[i].terms, may);
		assert_true(seen.decodes && seen.substance);
		assert_int_equal(may, more[i].may);
		free(gb);
	}
}

/* What the walk over GB18030 bytes says of them: bytes iconv refuses, a
 * character cut short at the end or a NUL are no text it may pass over;
 * white space alone (U+3000 is A1 A1) is no substance; byte-order marks
 * (84 31 95 33) are left out of where the text starts. */
static void
gb18030_walk_sees_what_iconv_decodes(void **state)
{
	(void)state;
	static const struct {
		const char *bytes;
		size_t n;
		bool decodes, substance;
		size_t start;
	} cases[] = {
		{ "abc\xb0\xa1\n", 6, true, true, 0 },
		{ "\xa1\xa1 \n", 4, true, false, 0 },
		{ "\x84\x31\x95\x33\x84\x31\x95\x33---\n", 12, true, true, 8 },
		{ "\x80" "abc", 4, false, false, 0 },
		{ "abc\xff", 4, false, false, 0 },
		{ "abc\xb0", 4, false, false, 0 },
		{ "abc\xb0\x20", 5, false, false, 0 },
		{ "abc\xb0\x7f", 5, false, false, 0 },
		{ "abc\x81\x30\x81", 6, false, false, 0 },
		{ "abc\x81\x30\x20\x30", 7, false, false, 0 },
		{ "ab\0c", 4, false, false, 0 },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct gb18030_seen seen;

		/* (A query no text holds: the answer is the walk's.) */
		bool may = may_gb18030("量子", 0, cases[i].bytes, cases[i].n, &seen);
		if (seen.decodes != cases[i].decodes)
			print_error("case %zu: decodes is %d\n", i, seen.decodes);
		assert_int_equal(seen.decodes, cases[i].decodes);
		assert_int_equal(may, !cases[i].decodes);
		if (!seen.decodes)
			continue;
		assert_int_equal(seen.substance, cases[i].substance);
		assert_int_equal(seen.start, cases[i].start);
	}
}

/* A report opened for its matches only, from a GB18030 file: one that
 * cannot match opens without a document and no match; one whose
 * full-width and traditional forms match the query counts them as its
 * UTF-8 copy does. */
static void
gb18030_report_counts_as_utf8(void **state)
{
	(void)state;
	static const struct {
		const char *text, *terms;
	} cases[] = {
		{ "一、总则\n\n依法保障劳动者权益，治理欠薪。\n", "量子" },
		{ "一、总则\n\n生产总值（ＧＤＰ）增长，勞動者權益，劳动报酬。\n", "gdp 劳动" },
		{ "一、总则\n\n根治欠\n薪问题，欠薪清零。\n", "欠薪" },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t counts[2];
		bool opened[2];

		for (int gb = 0; gb < 2; gb++) {
			char path[] = "/tmp/baogao-gb18030-XXXXXX";
			int fd = mkstemp(path);
			size_t n = strlen(cases[i].text);
			char *bytes = gb ? to_gb18030(cases[i].text, &n) : strdup(cases[i].text);
			struct search_query *query = NULL;
			struct bg_error err = { BG_OK, "" };
			struct report_options o = { .path = path, .reflow = true };
			struct report *r = NULL;
			struct match_list matches;

			assert_true(fd >= 0);
			assert_int_equal(write(fd, bytes, n), (ssize_t)n);
			close(fd);
			free(bytes);
			assert_int_equal(search_compile(cases[i].terms, false, &query, &err), BG_OK);
			o.query = query;
			o.matches_only = true;
			assert_int_equal(report_open(&o, &r, &err), BG_OK);
			opened[gb] = report_doc(r) != NULL;
			assert_int_equal(report_matches(r, &matches), BG_OK);
			counts[gb] = matches.count;
			search_free(&matches);
			report_free(r);
			search_query_free(query);
			unlink(path);
		}
		assert_int_equal(counts[0], counts[1]);
		assert_int_equal(opened[0], opened[1]);
		assert_int_equal(opened[1], i > 0);
		assert_int_equal(counts[1] > 0, i > 0);
	}
}

/* Whether iconv decodes the K bytes at IN (GB18030) to one character:
 * its UTF-8 in OUT (room for 8), *N bytes. */
static bool
iconv_one(const char *in, size_t k, char *out, size_t *n)
{
	iconv_t cd = iconv_open("UTF-8", "GB18030");
	char *i = (char *)in, *o = out;
	size_t left = k, room = 8;
	bool ok = iconv(cd, &i, &left, &o, &room) != (size_t)-1 && left == 0;

	iconv_close(cd);
	*n = (size_t)(o - out);
	return ok;
}

/* gb18030_decode gives what iconv does, byte for byte: on every two-byte
 * character (each after an ASCII one), on thousands of four-byte ones
 * (those iconv takes, from U+0080 on and past U+FFFF) and on a byte-order
 * mark; and nothing where iconv refuses a byte, a character cut short at
 * the end or a four-byte one it does not know. */
static void
gb18030_decode_is_iconv(void **state)
{
	(void)state;
	size_t cap = 200000, n = 0, want_n = 0, got_n;
	char *in = malloc(cap), *want = malloc(cap * 2), *got, one[8];
	size_t k;
	uint32_t refused = 0;

	assert_non_null(in);
	assert_non_null(want);
	memcpy(in, "\x84\x31\x95\x33", 4);
	n = 4;
	assert_true(iconv_one(in, 4, want, &want_n));
	for (unsigned lead = 0x81; lead <= 0xfe; lead++)
		for (unsigned second = 0x40; second <= 0xfe; second++) {
			char c[2] = { (char)lead, (char)second };
			if (second == 0x7f || !iconv_one(c, 2, one, &k))
				continue;
			in[n++] = 'a';
			want[want_n++] = 'a';
			memcpy(in + n, c, 2);
			n += 2;
			memcpy(want + want_n, one, k);
			want_n += k;
		}
	for (uint32_t start = 0; start < 2; start++) {
		/* linear four-byte codes from 81 30 81 30, then 90 30 81 30 */
		uint32_t base = start ? (0x90 - 0x81) * 12600 : 0;
		for (uint32_t l = base; l < base + 3000; l++) {
			char c[4] = { (char)(0x81 + l / 12600), (char)(0x30 + l / 1260 % 10),
				      (char)(0x81 + l / 10 % 126), (char)(0x30 + l % 10) };
			if (!iconv_one(c, 4, one, &k))
				continue;
			memcpy(in + n, c, 4);
			n += 4;
			memcpy(want + want_n, one, k);
			want_n += k;
		}
	}
	assert_true(n < cap);
	assert_true(gb18030_decode(in, n, &got, &got_n));
	assert_int_equal(got_n, want_n);
	assert_memory_equal(got, want, want_n);
	assert_int_equal(got[got_n], '\0');
	free(got);
	/* A four-byte code iconv refuses, past the last of the BMP. */
	for (uint32_t l = 39419; l < 12600 * 4 && !refused; l++) {
		char c[4] = { (char)(0x81 + l / 12600), (char)(0x30 + l / 1260 % 10),
			      (char)(0x81 + l / 10 % 126), (char)(0x30 + l % 10) };
		if (!iconv_one(c, 4, one, &k)) {
			memcpy(in, "ab", 2);
			memcpy(in + 2, c, 4);
			refused = l;
		}
	}
	assert_true(refused > 0);
	assert_false(gb18030_decode(in, 6, &got, &got_n));
	assert_null(got);
	static const char *const bad[] = { "\x80", "ab\xb0", "ab\xb0\x20", "ab\x81\x30\x81",
					   "ab\xff\xa1", "ab\xb0\x7f" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		assert_false(gb18030_decode(bad[i], strlen(bad[i]), &got, &got_n));
		assert_null(got);
	}
	free(in);
	free(want);
}

static void
no_match(void **state)
{
	(void)state;
	struct found f = find(sections, "不存在的词");

	assert_int_equal(f.matches.count, 0);
	assert_null(f.matches.items);
	found_free(&f);
}

static void
matches_do_not_overlap(void **state)
{
	(void)state;
	struct found f = find("aaaaa，啊啊啊。\n", "aa");

	assert_int_equal(f.matches.count, 2);
	expect_match(&f, 0, 1, 1, "aa");
	expect_match(&f, 1, 1, 3, "aa");
	found_free(&f);

	/* A match never crosses the end of a paragraph. */
	f = find("一、标题\n正文结尾是普\n法律条文。\n", "普法");
	assert_int_equal(f.matches.count, 0);
	found_free(&f);
}

/* ---- what the browser uses ---- */

static void
counts_per_section(void **state)
{
	(void)state;
	struct found f = find(sections, "普法");
	size_t own[16], total[16];

	assert_int_equal(f.outline->count, 5);
	search_count_sections(&f.matches, f.outline, own, total);
	/* 一、 二、 三、 （一） （二）, then the root. */
	assert_int_equal(own[0], 2);
	assert_int_equal(own[1], 2);
	assert_int_equal(own[2], 0);
	assert_int_equal(total[2], 2);
	assert_int_equal(own[3], 0);
	assert_int_equal(total[3], 0);
	assert_int_equal(own[4], 2);
	assert_int_equal(total[4], 2);
	assert_int_equal(own[5], 0);
	assert_int_equal(total[5], 6);
	assert_int_equal(f.matches.count, 6);

	assert_int_equal(search_match_after(&f.matches, 0), 0);
	assert_int_equal(search_match_after(&f.matches, f.matches.items[3].offset), 3);
	assert_int_equal(search_match_after(&f.matches, f.matches.items[3].offset + 1), 4);
	assert_int_equal(search_match_after(&f.matches, f.doc->text_length), f.matches.count);
	found_free(&f);

	/* Three levels and text before the first heading; either array
	 * alone. */
	f = find("前言提到普法。\n"
		 "一、总体\n"
		 "（一）普法\n"
		 "1. 普法宣传\n"
		 "开展普法。\n"
		 "2. 其他\n"
		 "没有。\n"
		 "（二）其他\n"
		 "二、普法\n", "普法");
	assert_int_equal(f.outline->count, 6);
	assert_int_equal(f.matches.count, 5);
	search_count_sections(&f.matches, f.outline, own, NULL);
	{
		const size_t own_expected[] = { 0, 1, 2, 0, 0, 1, 1 };
		for (size_t i = 0; i < 7; i++)
			assert_int_equal(own[i], own_expected[i]);
	}
	search_count_sections(&f.matches, f.outline, NULL, total);
	{
		const size_t total_expected[] = { 3, 3, 2, 0, 0, 1, 5 };
		for (size_t i = 0; i < 7; i++)
			assert_int_equal(total[i], total_expected[i]);
	}
	found_free(&f);
}

/* A count printed from the matches' offsets alone gives each section the
 * matches from its heading to its end, the root those before the first
 * heading, as the list of matches does. */
static void
counts_from_offsets(void **state)
{
	(void)state;
	struct found f = find("前言提到普法。\n"
			      "一、总体\n"
			      "（一）普法\n"
			      "1. 普法宣传\n"
			      "开展普法。\n"
			      "2. 其他\n"
			      "没有。\n"
			      "（二）其他\n"
			      "二、普法\n", "普法");
	size_t offsets[8];
	char *listed = NULL, *counted = NULL;
	size_t listed_n = 0, counted_n = 0;
	FILE *out;

	assert_int_equal(f.matches.count, 5);
	for (size_t i = 0; i < f.matches.count; i++)
		offsets[i] = f.matches.items[i].offset;
	out = open_memstream(&counted, &counted_n);
	assert_non_null(out);
	assert_int_equal(print_search_counts(out, f.doc, f.outline, offsets, f.matches.count,
					     FORMAT_TEXT), 0);
	fclose(out);
	assert_string_equal(counted,
			    "     1       1  (before the first heading)\n"
			    "     3       2  一、总体\n"
			    "     3       3    （一）普法\n"
			    "     2       4      1. 普法宣传\n"
			    "     1       9  二、普法\n"
			    "     5  total\n");
	out = open_memstream(&listed, &listed_n);
	assert_non_null(out);
	assert_int_equal(print_search(out, f.doc, f.outline, &f.matches, FORMAT_TEXT, true), 0);
	fclose(out);
	assert_string_equal(listed, counted);
	free(listed);
	free(counted);
	found_free(&f);
}

/* On the sample report: places and sections are those doc_locate() and
 * outline_section_at() give, and the text at each place folds to the
 * term. */
static void
places_agree_with_the_model(void **state)
{
	(void)state;
	struct found f = { load_fixture("data/sample.txt"), NULL, { NULL, 0 }, 0 };
	const char *terms[] = { "法", "普法", "xx区", "2023" };

	assert_int_equal(outline_build(f.doc, &f.outline), BG_OK);
	for (size_t t = 0; t < 4; t++) {
		search_doc(&f, terms[t], false);
		assert_true(f.matches.count > 0);
		for (size_t i = 0; i < f.matches.count; i++) {
			const struct match *m = &f.matches.items[i];
			uint32_t line, column;
			doc_locate(f.doc, m->offset, &line, &column);
			assert_int_equal(m->line, line);
			assert_int_equal(m->column, column);
			assert_ptr_equal(m->section, outline_section_at(f.outline, m->offset));
			if (i > 0)
				assert_true(m->offset >= f.matches.items[i - 1].offset +
							 f.matches.items[i - 1].length);
		}
		search_free(&f.matches);
	}
	found_free(&f);
}

/* report_find (search_find in a thread of its own) while the outline is
 * built, then search_assign, gives what search_run gives: one term,
 * several (ANDed, located after the sections are known), a regular
 * expression. */
static void
found_while_the_outline_is_built(void **state)
{
	(void)state;
	static const struct {
		const char *terms;
		bool regex;
	} queries[] = {
		{ "普法", false }, { "ｘｘ区 普法", false }, { "法治 \"依法 行政\" 2023", false },
		{ "[0-9]+人", true }, { "不存在的词", false },
	};
	struct doc *doc = load_fixture("data/sample.txt");

	for (size_t q = 0; q < sizeof queries / sizeof queries[0]; q++) {
		struct search_query *query = NULL;
		struct report_find find;
		struct search_found *found = NULL;
		struct outline *outline = NULL;
		struct match_list split = { NULL, 0 }, whole = { NULL, 0 };

		assert_int_equal(search_compile(queries[q].terms, queries[q].regex, &query, NULL), BG_OK);
		report_find_start(&find, query, doc);
		assert_int_equal(outline_build(doc, &outline), BG_OK);
		assert_int_equal(report_find_finish(&find, &found), BG_OK);
		assert_int_equal(search_assign(query, found, doc, outline, &split), BG_OK);
		assert_int_equal(search_run(query, doc, outline, &whole), BG_OK);
		if (q + 1 < sizeof queries / sizeof queries[0])
			assert_true(whole.count > 0);
		assert_int_equal(split.count, whole.count);
		for (size_t i = 0; i < whole.count; i++) {
			const struct match *a = &split.items[i], *b = &whole.items[i];
			assert_int_equal(a->offset, b->offset);
			assert_int_equal(a->length, b->length);
			assert_int_equal(a->line, b->line);
			assert_int_equal(a->column, b->column);
			assert_int_equal(a->term, b->term);
			assert_ptr_equal(a->section, b->section);
		}
		search_free(&split);
		search_free(&whole);
		search_found_free(found);
		outline_free(outline);
		search_query_free(query);
	}
	doc_free(doc);
}

/* A report opened with a query has found the same matches as search_run
 * on its document. */
static void
report_opened_with_a_query(void **state)
{
	(void)state;
	const char *top = getenv("top_srcdir");
	char path[4096];
	struct search_query *query = NULL;
	struct report_options options = { path, NULL, NULL, true, 0, NULL, 0, false, false, NULL, NULL,
					  false, false };
	struct report *report = NULL;
	struct bg_error err = { BG_OK, "" };
	struct match_list opened = { NULL, 0 }, run = { NULL, 0 };

	snprintf(path, sizeof path, "%s/data/sample.txt", top ? top : ".");
	assert_int_equal(search_compile("法治 普法", false, &query, NULL), BG_OK);
	options.query = query;
	assert_int_equal(report_open(&options, &report, &err), BG_OK);
	assert_int_equal(report_matches(report, &opened), BG_OK);
	assert_int_equal(search_run(query, report_doc(report), report_outline(report), &run), BG_OK);
	assert_true(run.count > 0);
	assert_int_equal(opened.count, run.count);
	for (size_t i = 0; i < run.count; i++) {
		assert_int_equal(opened.items[i].offset, run.items[i].offset);
		assert_ptr_equal(opened.items[i].section, run.items[i].section);
	}
	search_free(&opened);
	search_free(&run);
	report_free(report);
	search_query_free(query);
}

/* ---- against a reference ---- */

/* Folds S (N bytes) as a whole, drops white space and invisible
 * characters and puts the representative of each Han character's
 * traditional and simplified forms in its place: the plain, slow way.
 * Returns a new string. */
static char *
reference_fold(const char *s, size_t n)
{
	size_t length;
	uint8_t *folded = u8_casefold((const uint8_t *)s, n, NULL, UNINORM_NFKC, NULL, &length);
	char *out = malloc(2 * length + 1);
	size_t kept = 0;

	assert_non_null(folded);
	assert_true(fold_prepare());
	for (size_t i = 0; i < length;) {
		ucs4_t uc;
		int k = u8_mbtouc(&uc, folded + i, length - i);
		if (!uc_is_property_white_space(uc) && !uc_is_property_default_ignorable_code_point(uc))
			kept += (size_t)u8_uctomb((uint8_t *)out + kept, fold_han(uc), 4);
		i += (size_t)k;
	}
	out[kept] = '\0';
	free(folded);
	return out;
}

/* Non-overlapping occurrences of TERM in each paragraph, folded whole. */
static size_t
reference_count(const struct doc *doc, const char *term)
{
	char *needle = reference_fold(term, strlen(term));
	size_t count = 0, n = strlen(needle);

	for (size_t i = 0; i < doc->paragraph_count; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		char *hay = reference_fold(doc->text + p->offset, p->length);
		for (const char *at = strstr(hay, needle); at; at = strstr(at + n, needle))
			count++;
		free(hay);
	}
	free(needle);
	return count;
}

/* Random paragraphs of characters, their variants (each folds to one
 * character: 𝐠 is g), white space, combining marks (e, U+0323 and U+0301
 * fold to ẹ́), an emoji that shares its first byte with 𝐠, and traditional
 * and simplified forms (發 髮 发; 樂 and its compatibility form U+F914 fold
 * to 乐), long enough that the vectorised scan, its tail and the sampling
 * of large texts all run. */
static void
random_text_agrees(void **state)
{
	(void)state;
	static const char *alphabet[] = {
		"普", "法", "宣", "传", "g", "G", "ｇ", "Ｇ", "d", "Ｄ", "p", "ｐ", "1", "１", "①",
		"人", "⼈", "民", " ", "\u3000", "，", "。", "X", "ｘ", "区", "a", "\u200b",
		"e", "\xcc\x81", "é", "É", "E", "\xcc\xa3", "Ｅ", "\t", "\u00a0", "\U0001d420",
		"\U0001f600", "发", "發", "髮", "动", "動", "乐", "樂", "\uf914", "干", "乾", "幹",
	};
	/* A query and the same term for the reference. */
	static const char *terms[][2] = {
		{ "普法", "普法" }, { "gdp", "gdp" }, { "ＧＤＰ", "GDP" }, { "人民", "人民" },
		{ "xx区", "xx区" }, { "1", "1" }, { "g", "g" }, { "法宣", "法宣" },
		{ "\"a a\"", "aa" }, { "区1", "区1" }, { "，", "," }, { "pg1", "pg1" },
		{ "普g", "普g" }, { "é", "é" }, { "e", "e" }, { "ée", "ée" },
		{ "E\xcc\x81", "é" }, { "e\xcc\xa3", "e\xcc\xa3" }, { "发动", "发动" },
		{ "發動", "發動" }, { "乐", "乐" }, { "\uf914", "\uf914" }, { "干", "幹" },
		{ "普髮", "普发" },
	};
	size_t size = 300000, n = 0;
	char *text = malloc(size + 16);
	unsigned seed = 12345;
	struct found f = { NULL, NULL, { NULL, 0 }, 0 };

	strcpy(text, "一、随机\n");
	n = strlen(text);
	while (n < size) {
		const char *piece;
		seed = seed * 1103515245u + 12345u;
		if ((seed >> 16) % 97 == 0) {
			text[n++] = '\n';
			continue;
		}
		piece = alphabet[(seed >> 16) % (sizeof alphabet / sizeof alphabet[0])];
		memcpy(text + n, piece, strlen(piece));
		n += strlen(piece);
	}
	text[n++] = '\n';
	text[n] = '\0';
	{
		struct load_options options = { NULL, NULL, false, 0 };
		assert_int_equal(load_bytes(text, n, "random", &options, &f.doc, NULL), BG_OK);
	}
	assert_int_equal(outline_build(f.doc, &f.outline), BG_OK);
	for (size_t t = 0; t < sizeof terms / sizeof terms[0]; t++) {
		size_t expected = reference_count(f.doc, terms[t][1]);
		search_doc(&f, terms[t][0], false);
		if (f.matches.count != expected)
			print_error("term %s: %zu matches, reference %zu\n", terms[t][0],
				    f.matches.count, expected);
		assert_int_equal(f.matches.count, expected);
		if (expected == 0)
			print_error("term %s: never in the text\n", terms[t][0]);
		assert_true(expected > 0);
		search_free(&f.matches);
	}
	found_free(&f);
	free(text);
}

static void
range_between_headings(void **state)
{
	(void)state;
	/* Searched between two headings, the sections in between get the
	 * matches the whole search gives them, also for terms ANDed within a
	 * section; nothing outside comes back. */
	struct found f = find("一、甲\n普法和依法。\n二、乙\n普法。\n依法。\n三、丙\n普法依法。\n四、丁\n依法普法。\n",
			      "普法 依法");
	struct search_query *query = NULL;
	struct search_found *found = NULL;
	struct match_list part = { NULL, 0 };
	size_t start = f.outline->nodes[1]->offset, end = f.outline->nodes[3]->offset, k = 0;

	assert_int_equal(search_compile("普法 依法", false, &query, NULL), BG_OK);
	assert_int_equal(search_find_range(query, f.doc, start, end, &found), BG_OK);
	assert_int_equal(search_assign(query, found, f.doc, f.outline, &part), BG_OK);
	for (size_t i = 0; i < f.matches.count; i++) {
		const struct match *m = &f.matches.items[i];
		if (m->offset < start || m->offset >= end)
			continue;
		assert_true(k < part.count);
		assert_int_equal(part.items[k].offset, m->offset);
		assert_int_equal(part.items[k].line, m->line);
		assert_ptr_equal(part.items[k].section, m->section);
		k++;
	}
	assert_int_equal(k, part.count);
	assert_int_equal(part.count, 4);   /* 二、 twice, 三、 twice */
	search_free(&part);
	search_found_free(found);
	search_query_free(query);
	found_free(&f);
}

static void
large_text_searched_in_halves(void **state)
{
	(void)state;
	/* Over 4 MiB the text is searched in two halves, one a thread, split
	 * between paragraphs: every match is found once, in order, at its
	 * place, also those on the paragraphs around the split. */
	static const char *const lines[] = {
		"一、第一部分\n", "ＸＸ区加强普法宣传。\n", "XX区推进依法行政，普\n法到户。\n",
		"其他内容，ｘｘ区。\n",
	};
	size_t size = 5u << 20, length = 0, k = 0, expected = 0, expected_pufa = 0;
	char *text = malloc(size + 64);
	struct found f = { NULL, NULL, { NULL, 0 }, 0 };
	uint32_t line = 0;

	assert_non_null(text);
	while (length < size) {
		size_t n = strlen(lines[k % 4]);
		memcpy(text + length, lines[k % 4], n);
		length += n;
		k++;
	}
	text[length] = '\0';
	for (size_t i = 0; i < k; i++) {
		expected += i % 4 != 0;
		expected_pufa += i % 4 == 1 || i % 4 == 2;
	}
	f.doc = unit_load(text, NULL);
	assert_int_equal(outline_build(f.doc, &f.outline), BG_OK);
	search_doc(&f, "xx区", false);
	assert_int_equal(f.matches.count, expected);
	/* In order, each on its own line: lines 2, 3, 5 of every 5. */
	for (size_t i = 0; i < f.matches.count; i++) {
		const struct match *m = &f.matches.items[i];
		static const uint32_t step[] = { 2, 1, 2 };
		line += step[i % 3];
		assert_int_equal(m->line, line);
		assert_int_equal(m->column, i % 3 == 2 ? 6 : 1);
		assert_int_equal(m->length, i % 3 == 0 ? strlen("ＸＸ区") : i % 3 == 1 ? strlen("XX区")
										: strlen("ｘｘ区"));
		if (i > 0)
			assert_true(m->offset > f.matches.items[i - 1].offset);
	}
	search_free(&f.matches);
	/* A term cut by a hard wrap (普\n法 is one paragraph) in every copy. */
	search_doc(&f, "普法", false);
	assert_int_equal(f.matches.count, expected_pufa);
	found_free(&f);
	free(text);
}

/* With a small split threshold a short text takes the two-thread path:
 * the matches on both sides of the split, also on the paragraphs around
 * it and of terms ANDed within a section that it cuts, are those one
 * thread finds. */
static void
split_agrees_with_one_thread(void **state)
{
	(void)state;
	static const char *const queries[] = { "xx区", "普法", "普法 依法", "gdp" };
	const char *text = "一、第一部分\nＸＸ区加强普法宣传，GDP增长。\n依法行政，普\n法到户。\n"
			   "二、第二部分\nXX区推进依法行政，ｘｘ区普法。\nｇｄｐ和普法。\n"
			   "三、第三部分\n依法普法，xx区。\n";
	struct doc *doc = unit_load(text, NULL);
	struct outline *outline = NULL;
	size_t mid = job_split_point(doc->text, doc->text_length, 1, '\n');

	assert_true(mid < doc->text_length);
	assert_int_equal(outline_build(doc, &outline), BG_OK);
	for (size_t q = 0; q < sizeof queries / sizeof queries[0]; q++) {
		struct search_query *query = NULL;
		struct match_list whole = { NULL, 0 }, split = { NULL, 0 };
		size_t before = 0;

		assert_int_equal(search_compile(queries[q], false, &query, NULL), BG_OK);
		assert_int_equal(search_run(query, doc, outline, &whole), BG_OK);
		search_set_split_min(query, 1);
		assert_int_equal(search_run(query, doc, outline, &split), BG_OK);
		assert_int_equal(split.count, whole.count);
		for (size_t i = 0; i < whole.count; i++) {
			const struct match *a = &split.items[i], *b = &whole.items[i];
			assert_int_equal(a->offset, b->offset);
			assert_int_equal(a->length, b->length);
			assert_int_equal(a->line, b->line);
			assert_int_equal(a->column, b->column);
			assert_int_equal(a->term, b->term);
			assert_ptr_equal(a->section, b->section);
			before += a->offset < mid;
		}
		if (before == 0 || before == whole.count)
			print_error("%s: %zu of %zu matches before the split\n", queries[q], before,
				    whole.count);
		assert_true(before > 0 && before < whole.count);
		search_free(&whole);
		search_free(&split);
		search_query_free(query);
	}
	outline_free(outline);
	doc_free(doc);
}

static void
regex_that_would_eat_memory(void **state)
{
	(void)state;
	struct search_query *query = NULL;
	struct bg_error err = { BG_OK, "" };
	char *alternation = malloc(20000 * 7), *p = alternation;
	char text[600] = "标题\n\n";
	struct doc *doc;
	struct search_found *found = NULL;

	/* Refused when compiled: stacked bounds, a bound of a bound of a
	 * bound, and a 20,000-way alternation (too long). */
	assert_int_equal(search_compile("x{0,255}{0,255}{0,255}", true, &query, &err), BG_ERR_REGEX);
	assert_int_equal(search_compile("((a{255}){255}){255}", true, &query, &err), BG_ERR_REGEX);
	for (int i = 0; i < 20000; i++)
		p += sprintf(p, "%sw%d", i ? "|" : "", i);
	assert_int_equal(search_compile(alternation, true, &query, &err), BG_ERR_REGEX);
	free(alternation);
	/* Ordinary ones, and operators inside brackets or escaped, are fine. */
	assert_int_equal(search_compile("[0-9]{2,3}人", true, &query, &err), BG_OK);
	search_query_free(query);
	assert_int_equal(search_compile("[+*?]+\\++号", true, &query, &err), BG_OK);
	search_query_free(query);
	/* Catastrophic backtracking on one 400-character paragraph hits the
	 * matcher's limit: an error, not a hang and not "no match". */
	memset(text + strlen(text), 'a', 400);
	strcat(text, "!");
	doc = unit_load(text, NULL);
	assert_int_equal(search_compile("(a+)+$", true, &query, &err), BG_OK);
	assert_int_equal(search_find(query, doc, &found), BG_ERR_COSTLY);
	assert_null(found);
	search_query_free(query);
	doc_free(doc);
}

/* A pattern's literal skips the paragraphs without it, and the matches
 * are those of a search of every paragraph. */
static void
regex_literal_skips_paragraphs(void **state)
{
	(void)state;
	struct search_query *query = NULL;
	struct bg_error err = { BG_OK, "" };
	struct doc *doc = unit_load("标题\n\n一、总体\n共有12亿元。\n没有。\n其中3亿元和45亿元，另有亿元。\n", NULL);
	struct search_found *found = NULL;
	struct outline *outline;
	struct match_list matches;

	assert_int_equal(outline_build(doc, &outline), BG_OK);
	assert_int_equal(search_compile("[0-9]+亿元", true, &query, &err), BG_OK);
	assert_int_equal(search_find(query, doc, &found), BG_OK);
	assert_int_equal(search_assign(query, found, doc, outline, &matches), BG_OK);
	assert_int_equal(matches.count, 3);
	assert_memory_equal(doc->text + matches.items[0].offset, "12亿元", matches.items[0].length);
	assert_memory_equal(doc->text + matches.items[2].offset, "45亿元", matches.items[2].length);
	search_free(&matches);
	search_found_free(found);
	search_query_free(query);
	outline_free(outline);
	doc_free(doc);
}

/* The variant tables pass over ranges of code points; none of them may
 * decompose or change when case folded, by libunistring's Unicode data. */
static void
plain_ranges_have_no_variants(void **state)
{
	size_t count, bad = 0;
	const ucs4_t (*ranges)[2] = fold_plain_ranges(&count);

	(void)state;
	assert_true(count > 0);
	for (size_t r = 0; r < count; r++) {
		assert_true(ranges[r][0] <= ranges[r][1] && ranges[r][1] < 0x110000);
		assert_true(r == 0 || ranges[r][0] > ranges[r - 1][1]);
		for (ucs4_t uc = ranges[r][0]; uc <= ranges[r][1]; uc++) {
			ucs4_t decomposition[UC_DECOMPOSITION_MAX_LENGTH];
			int tag;
			if (uc_decomposition(uc, &tag, decomposition) >= 0 ||
			    uc_is_property_changes_when_casefolded(uc))
				bad++;
		}
	}
	assert_int_equal(bad, 0);
	/* And they hold what the tables must not miss only outside them:
	 * a compatibility ideograph (U+F900) and a Hangul syllable. */
	for (size_t r = 0; r < count; r++) {
		assert_false(0xf900 >= ranges[r][0] && 0xf900 <= ranges[r][1]);
		assert_false(0xac00 >= ranges[r][0] && 0xac00 <= ranges[r][1]);
		assert_false(0x2f800 >= ranges[r][0] && 0x2f800 <= ranges[r][1]);
	}
}

/* The table of traditional and simplified forms: sorted, each class with
 * one representative that stands for itself; folding by it is idempotent;
 * the forms a representative stands for are listed under it. */
static void
han_variant_table(void **state)
{
	size_t count, seen = 0;
	const struct fold_variant *forms;

	(void)state;
	assert_true(fold_prepare());
	assert_true(unihan_variant_count > 1000);
	for (size_t i = 0; i < unihan_variant_count; i++) {
		ucs4_t uc = unihan_variants[i][0], rep = unihan_variants[i][1];
		assert_true(i == 0 || uc > unihan_variants[i - 1][0]);
		assert_int_not_equal(uc, rep);
		assert_int_equal(fold_han(uc), rep);
		assert_int_equal(fold_han(rep), rep);
		forms = fold_han_variants(rep, &count);
		for (size_t j = 0; j < count; j++)
			seen += forms[j].source == uc;
	}
	assert_int_equal(seen, unihan_variant_count);
	assert_int_equal(fold_han(0x767c), 0x53d1);     /* 發 发 */
	assert_int_equal(fold_han(0x9aee), 0x53d1);     /* 髮 发 */
	assert_int_equal(fold_han(0x5e79), 0x5e72);     /* 幹 干 */
	assert_int_equal(fold_han(0x4e7e), 0x5e72);     /* 乾 干 */
	assert_int_equal(fold_han(0x52de), 0x52b3);     /* 勞 劳 */
	assert_int_equal(fold_han(0x666e), 0x666e);     /* 普: none */
	assert_int_equal(fold_han('a'), 'a');
}

/* Traditional and simplified forms match each other unless the query
 * says not to; the match covers the text's own characters. */
static void
han_variants_match(void **state)
{
	const char *text = "标题\n\n頭髮與發展，劳动和勞動。\n";
	struct doc *doc = unit_load(text, NULL);
	struct outline *outline;
	struct search_query *query;
	struct match_list matches;

	(void)state;
	assert_int_equal(outline_build(doc, &outline), BG_OK);
	assert_int_equal(search_compile_with("发", 0, &query, NULL), BG_OK);
	assert_int_equal(search_run(query, doc, outline, &matches), BG_OK);
	assert_int_equal(matches.count, 2);
	assert_memory_equal(doc->text + matches.items[0].offset, "髮", strlen("髮"));
	assert_int_equal(matches.items[0].length, strlen("髮"));
	search_free(&matches);
	search_query_free(query);
	assert_int_equal(search_compile_with("勞动", 0, &query, NULL), BG_OK);
	assert_int_equal(search_run(query, doc, outline, &matches), BG_OK);
	assert_int_equal(matches.count, 2);
	search_free(&matches);
	search_query_free(query);
	assert_int_equal(search_compile_with("勞動", SEARCH_NO_VARIANT_FOLD, &query, NULL), BG_OK);
	assert_int_equal(search_run(query, doc, outline, &matches), BG_OK);
	assert_int_equal(matches.count, 1);
	search_free(&matches);
	search_query_free(query);
	outline_free(outline);
	doc_free(doc);
}

/* A text of COUNT paragraphs of LENGTH a's each, where the regular
 * expression (a*c)? costs each place the rest of its paragraph. */
static struct doc *
paragraphs_of_a(size_t count, size_t length)
{
	char *text = malloc(count * (length + 2) + 16), *p = text;
	struct doc *doc;

	p += sprintf(p, "标题\n\n");
	for (size_t i = 0; i < count; i++) {
		memset(p, 'a', length);
		p += length;
		*p++ = '\n';
		*p++ = '\n';
	}
	*p = '\0';
	doc = unit_load(text, NULL);
	free(text);
	return doc;
}

struct canceller {
	atomic_bool *cancel;
	long delay_ms;
};

static void
cancel_later(void *arg)
{
	struct canceller *c = arg;
	struct timespec t = { 0, c->delay_ms * 1000000L };

	while (nanosleep(&t, &t) != 0)
		continue;
	atomic_store(c->cancel, true);
}

/* A flag set before the search, or from another thread while it runs,
 * stops a costly search between paragraphs: it says so and hands back
 * nothing.  A flag left clear changes nothing. */
static void
cancelled_search_stops(void **state)
{
	(void)state;
	static const struct { const char *terms; bool regex; } queries[] = {
		{ "(a*c)?", true }, { "aa", false }, { "a 标题", false },
	};
	struct doc *doc = paragraphs_of_a(200, 4000);
	struct outline *outline = NULL;
	atomic_bool cancel;

	assert_int_equal(outline_build(doc, &outline), BG_OK);
	for (size_t q = 0; q < sizeof queries / sizeof queries[0]; q++) {
		struct search_query *query = NULL;
		struct search_found *found = NULL;
		struct match_list matches = { NULL, 0 };

		assert_int_equal(search_compile(queries[q].terms, queries[q].regex, &query, NULL), BG_OK);
		search_set_split_min(query, 1);    /* the two-thread path too */
		atomic_init(&cancel, true);
		search_set_cancel(query, &cancel);
		assert_int_equal(search_find(query, doc, &found), BG_ERR_CANCELLED);
		assert_null(found);
		assert_int_equal(search_run(query, doc, outline, &matches), BG_ERR_CANCELLED);
		assert_int_equal(matches.count, 0);
		assert_null(matches.items);
		search_query_free(query);
	}

	/* (a*c)? takes about a second over these 800 kB: stopped at 20 ms. */
	{
		struct search_query *query = NULL;
		struct search_found *found = NULL;
		struct canceller canceller = { &cancel, 20 };
		struct job job;

		assert_int_equal(search_compile("(a*c)?", true, &query, NULL), BG_OK);
		atomic_init(&cancel, false);
		search_set_cancel(query, &cancel);
		job_start(&job, cancel_later, &canceller);
		assert_int_equal(search_find(query, doc, &found), BG_ERR_CANCELLED);
		assert_null(found);
		assert_true(job_finished(&job, true));
		search_query_free(query);
	}

	/* Left clear, the flag changes nothing. */
	{
		struct search_query *query = NULL;
		struct match_list with = { NULL, 0 }, without = { NULL, 0 };

		assert_int_equal(search_compile("aaa 标题", false, &query, NULL), BG_OK);
		assert_int_equal(search_run(query, doc, outline, &without), BG_OK);
		atomic_init(&cancel, false);
		search_set_cancel(query, &cancel);
		assert_int_equal(search_run(query, doc, outline, &with), BG_OK);
		assert_int_equal(with.count, without.count);
		assert_true(with.count > 0);
		assert_memory_equal(with.items, without.items, with.count * sizeof *with.items);
		search_free(&with);
		search_free(&without);
		search_query_free(query);
	}
	outline_free(outline);
	doc_free(doc);
}

/* Appends COUNT copies of the UTF-8 of UC to BUF (*N bytes so far). */
static void
repeat_char(char *buf, size_t *n, ucs4_t uc, size_t count)
{
	for (size_t i = 0; i < count; i++)
		*n += (size_t)u8_uctomb((uint8_t *)buf + *n, uc, 4);
}

/* A sample a thread keeps for its next one starts empty: a scanner built
 * on it chooses the bytes it compares as on a fresh one.  The text
 * sampled before is full of the byte pairs of 普 (E6 99 AE) that the
 * next text lacks (99 AE in 噮, E6 .. AE in 怮), so that counts left over
 * would make the scanner compare E6 99 instead, which 晋 fills. */
static void
reused_sample_starts_empty(void **state)
{
	static char before[40000], text[8000];
	size_t n_before = 0, n = 0, count;
	struct scan_needle *needles;
	struct scan_sample *fresh, *first, *reused;
	struct scanner *on_fresh, *on_reused;
	(void)state;

	assert_true(fold_prepare());
	repeat_char(before, &n_before, 0x566e, 3000);   /* 噮 */
	repeat_char(before, &n_before, 0x602e, 3000);   /* 怮 */
	repeat_char(text, &n, 0x664b, 1000);            /* 晋 */
	repeat_char(text, &n, 0x666e, 10);              /* 普 */
	assert_true(scan_needles(0x666e, 0, &needles, &count));
	first = scan_sample((const uint8_t *)before, n_before);
	fresh = scan_sample((const uint8_t *)text, n);
	assert_non_null(first);
	assert_non_null(fresh);
	scan_sample_free(first);        /* kept, emptied */
	reused = scan_sample((const uint8_t *)text, n);
	assert_ptr_equal(reused, first);
	on_fresh = scan_build(needles, count, fresh);
	on_reused = scan_build(needles, count, reused);
	assert_true(scan_cost(on_fresh, (const uint8_t *)text, n) ==
		    scan_cost(on_reused, (const uint8_t *)text, n));
	scan_free(on_fresh);
	scan_free(on_reused);
	scan_sample_free(fresh);
	scan_sample_free(reused);
	free(needles);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(plain_ranges_have_no_variants),
		cmocka_unit_test(han_variant_table),
		cmocka_unit_test(han_variants_match),
		cmocka_unit_test(fullwidth_letters_fold),
		cmocka_unit_test(fullwidth_digits_fold),
		cmocka_unit_test(latin_case_folds),
		cmocka_unit_test(whole_characters),
		cmocka_unit_test(combining_marks),
		cmocka_unit_test(column_after_fullwidth_text),
		cmocka_unit_test(column_after_removed_marker),
		cmocka_unit_test(white_space_is_ignored),
		cmocka_unit_test(hard_wrapped_terms),
		cmocka_unit_test(and_within_a_section),
		cmocka_unit_test(quoted_phrases),
		cmocka_unit_test(regular_expressions),
		cmocka_unit_test(bad_queries),
		cmocka_unit_test(no_match),
		cmocka_unit_test(may_match_only_where_loading_finds_none),
		cmocka_unit_test(gb18030_bytes_tell_what_their_text_does),
		cmocka_unit_test(gb18030_walk_sees_what_iconv_decodes),
		cmocka_unit_test(gb18030_report_counts_as_utf8),
		cmocka_unit_test(gb18030_decode_is_iconv),
		cmocka_unit_test(made_tables_are_built_ones),
		cmocka_unit_test(matches_do_not_overlap),
		cmocka_unit_test(counts_per_section),
		cmocka_unit_test(counts_from_offsets),
		cmocka_unit_test(places_agree_with_the_model),
		cmocka_unit_test(found_while_the_outline_is_built),
		cmocka_unit_test(report_opened_with_a_query),
		cmocka_unit_test(random_text_agrees),
		cmocka_unit_test(regex_that_would_eat_memory),
		cmocka_unit_test(regex_literal_skips_paragraphs),
		cmocka_unit_test(large_text_searched_in_halves),
		cmocka_unit_test(split_agrees_with_one_thread),
		cmocka_unit_test(range_between_headings),
		cmocka_unit_test(cancelled_search_stops),
		cmocka_unit_test(reused_sample_starts_empty),
	};

	return UNIT_RUN(tests);
}
