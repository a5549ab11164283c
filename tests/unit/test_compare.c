/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_compare.c - the model of --compare: the bigram similarity of two
 * headings, the order-preserving alignment of two heading lists (with a
 * section added and one removed), sentences, and figures paired by
 * subject across two small reports. */
#include "unit.h"

#include <math.h>
#include <stdio.h>

#include "compare.h"

static struct unit_table *units;

static int
load_units(void **state)
{
	(void)state;
	return unit_load_units(&units);
}

static int
free_units(void **state)
{
	(void)state;
	figures_free_units(units);
	return 0;
}

static double
similarity(const char *a, const char *b)
{
	return compare_similarity(a, strlen(a), b, strlen(b));
}

/* Dice over character bigrams: 2 × shared / all. */
static void
bigram_similarity(void **state)
{
	(void)state;
	assert_true(fabs(similarity("工作回顾", "工作回顾") - 1) < 1e-9);
	/* 2016年工作回顾: #年 年工 工作 作回 回顾 (5); 过去五年工作回顾: 7; shared 4 */
	assert_true(fabs(similarity("2016年工作回顾", "过去五年工作回顾") - 8.0 / 12) < 1e-9);
	/* a run of digits is one character: the years differ, the titles not */
	assert_true(fabs(similarity("2018年经济社会发展", "2019年经济社会发展") - 1) < 1e-9);
	/* punctuation and white space are left out */
	assert_true(fabs(similarity("加强组织领导，推进法治", "加强组织领导 推进法治") - 1) < 1e-9);
	assert_true(similarity("存在的问题", "明年的主要任务") < 0.2);
	assert_true(fabs(similarity("税", "税") - 1) < 1e-9);
	assert_true(similarity("税", "费") == 0);
	assert_true(similarity("", "工作") == 0);
	assert_true(fabs(similarity("", "") - 1) < 1e-9);
	/* bigrams count as a multiset: 好好好 has 好好 twice */
	assert_true(fabs(similarity("好好好", "好好") - 2.0 * 1 / 3) < 1e-9);
}

/* Aligns the heading lists OLD and NEW (titles) and writes the steps as
 * "o=n" for a pair, "-o" for an old heading alone, "+n" for a new one. */
static void
expect_alignment(const char *const *old, size_t no, const char *const *new, size_t nn,
		 const char *want)
{
	double *matrix = malloc((no * nn + 1) * sizeof *matrix);
	struct compare_step *steps;
	size_t count;
	char got[512] = "";

	for (size_t i = 0; i < no; i++)
		for (size_t j = 0; j < nn; j++)
			matrix[i * nn + j] = similarity(old[i], new[j]);
	assert_int_equal(compare_align(matrix, no, nn, 0.3, &steps, &count), BG_OK);
	for (size_t k = 0; k < count; k++) {
		size_t n = strlen(got);
		if (steps[k].old != SIZE_MAX && steps[k].new != SIZE_MAX)
			snprintf(got + n, sizeof got - n, "%s%zu=%zu", k ? " " : "", steps[k].old,
				 steps[k].new);
		else if (steps[k].old != SIZE_MAX)
			snprintf(got + n, sizeof got - n, "%s-%zu", k ? " " : "", steps[k].old);
		else
			snprintf(got + n, sizeof got - n, "%s+%zu", k ? " " : "", steps[k].new);
	}
	if (strcmp(got, want) != 0)
		print_error(" got: %s\nwant: %s\n", got, want);
	assert_string_equal(got, want);
	free(steps);
	free(matrix);
}

static void
alignment(void **state)
{
	static const char *const old[] = { "2016年工作回顾", "存在的问题", "2017年主要任务",
					   "加强政府自身建设" };
	static const char *const new[] = { "过去五年工作回顾", "2018年主要任务", "打好三大攻坚战",
					   "加强政府自身建设" };
	static const char *const crossed_old[] = { "深化财税体制改革", "推进国资国企改革" };
	static const char *const crossed_new[] = { "推进国资国企改革", "深化财税体制改革" };

	(void)state;
	/* 存在的问题 removed, 打好三大攻坚战 added, the rest in order (2017年 and
	 * 2018年 alike) */
	expect_alignment(old, 4, new, 4, "0=0 -1 2=1 +2 3=3");
	expect_alignment(old, 4, NULL, 0, "-0 -1 -2 -3");
	expect_alignment(NULL, 0, new, 2, "+0 +1");
	expect_alignment(NULL, 0, NULL, 0, "");
	/* order is kept: of two headings that swapped places one pairs, the
	 * one nearer the end (the alignment is traced back from there) */
	expect_alignment(crossed_old, 2, crossed_new, 2, "-0 1=0 +1");
}

static void
expect_sentences(const char *text, const char *want)
{
	struct doc *doc = unit_load(text, NULL);
	struct compare_text *list;
	size_t count;
	char got[512] = "";

	assert_int_equal(compare_sentences(doc, 0, doc->text_length, &list, &count), BG_OK);
	for (size_t i = 0; i < count; i++) {
		size_t n = strlen(got);
		snprintf(got + n, sizeof got - n, "%s%.*s", i ? "|" : "", (int)list[i].length,
			 doc->text + list[i].offset);
	}
	assert_string_equal(got, want);
	free(list);
	doc_free(doc);
}

static void
sentences(void **state)
{
	(void)state;
	expect_sentences("成立领导小组。每月开会！是否有效？\n", "成立领导小组。|每月开会！|是否有效？");
	expect_sentences("一是加强学习；二是完善制度\n第二段。\n", "一是加强学习；|二是完善制度|第二段。");
	expect_sentences("  。\n", "。");
}

/* The rows of comparing OLD with NEW (reports as text): a section as
 * "<state> <old label>/<new label>", a figure as "<subject> <old> > <new>
 * <state>" ("-" for none), joined by " | ". */
static char *
describe(const char *old_text, const char *new_text)
{
	struct doc *docs[2] = { unit_load(old_text, NULL), unit_load(new_text, NULL) };
	struct outline *outlines[2];
	struct figure_list figures[2];
	struct compare_side sides[2];
	struct comparison comparison;
	char *out = calloc(1, 4096);
	size_t n = 0;

	for (int k = 0; k < 2; k++) {
		assert_int_equal(outline_build(docs[k], &outlines[k]), BG_OK);
		assert_int_equal(figures_extract(docs[k], outlines[k], units, FIGURE_KINDS_DEFAULT, 0,
						 &figures[k]), BG_OK);
		sides[k] = (struct compare_side){ docs[k], outlines[k], &figures[k] };
	}
	assert_int_equal(compare_reports(&sides[0], &sides[1], &comparison), BG_OK);
	for (size_t i = 0; i < comparison.count; i++) {
		const struct compare_section *row = &comparison.sections[i];
		n += (size_t)snprintf(out + n, 4096 - n, "%s%s %s/%s", n ? " | " : "",
				      compare_state_name(row->state), row->old ? row->old->label : "-",
				      row->new ? row->new->label : "-");
		for (size_t j = 0; j < row->figure_count; j++) {
			const struct compare_figure *c = &row->figures[j];
			const struct doc *sd = c->subject_new ? docs[1] : docs[0];
			n += (size_t)snprintf(out + n, 4096 - n, " | %.*s %.*s > %.*s %s",
					      (int)c->subject.length, sd->text + c->subject.offset,
					      c->old ? (int)c->old_text.length : 1,
					      c->old ? docs[0]->text + c->old_text.offset : "-",
					      c->new ? (int)c->new_text.length : 1,
					      c->new ? docs[1]->text + c->new_text.offset : "-",
					      compare_state_name(c->state));
		}
	}
	compare_free(&comparison);
	for (int k = 0; k < 2; k++) {
		figures_free(&figures[k]);
		outline_free(outlines[k]);
		doc_free(docs[k]);
	}
	return out;
}

static void
expect(const char *old_text, const char *new_text, const char *want)
{
	char *got = describe(old_text, new_text);

	if (strcmp(got, want) != 0)
		print_error(" got: %s\nwant: %s\n", got, want);
	assert_string_equal(got, want);
	free(got);
}

static void
figure_pairing(void **state)
{
	(void)state;
	/* by subject whatever the order; a range and a qualifier go with the
	 * figure; one that appears and one that disappears */
	expect("一、目标\n居民消费价格涨幅3%左右；国内生产总值增长6.5%左右；粮食产量1.3万亿斤。\n",
	       "一、目标\n国内生产总值增长6%－6.5%；居民消费价格涨幅3%左右；城镇新增就业1100万人以上。\n",
	       "changed 一、/一、 | 国内生产总值 6.5%左右 > 6%－6.5% changed"
	       " | 居民消费价格 3%左右 > 3%左右 same | 粮食产量 1.3万亿斤 > - removed"
	       " | 城镇新增就业 - > 1100万人以上 added");
	/* a change does not pair with a level of the same subject */
	expect("一、收入\n财政收入17.3万亿元。\n", "一、收入\n财政收入增长6.2%。\n",
	       "changed 一、/一、 | 财政收入 17.3万亿元 > - removed | 财政收入 - > 6.2% added");
	/* a subject that holds the other pairs when none is the same */
	expect("一、就业\n调查失业率5%左右。\n", "一、就业\n城镇调查失业率5.5%左右。\n",
	       "changed 一、/一、 | 城镇调查失业率 5%左右 > 5.5%左右 up");
	/* the same text: the same */
	expect("一、就业\n城镇新增就业1100万人以上。\n", "一、就业\n城镇新增就业1100万人以上。\n",
	       "same 一、/一、 | 城镇新增就业 1100万人以上 > 1100万人以上 same");
}

/* Past a million pairs of headings the alignment is greedy within a
 * window: 1200 articles, every seventh rewritten, still pair one to one
 * where they are the same. */
static void
large_lists(void **state)
{
	size_t size = 1200 * 64;
	char *old_text = malloc(size), *new_text = malloc(size);
	size_t no = 0, nn = 0, counts[6] = { 0 };
	struct doc *docs[2];
	struct outline *outlines[2];
	struct figure_list none = { NULL, 0 };
	struct compare_side sides[2];
	struct comparison comparison;

	(void)state;
	for (int i = 1; i <= 1200; i++) {
		no += (size_t)snprintf(old_text + no, size - no, "第%d条 规定第%d项事务的办理。\n", i, i);
		if (i % 7)
			nn += (size_t)snprintf(new_text + nn, size - nn, "第%d条 规定第%d项事务的办理。\n", i,
					       i);
		else
			nn += (size_t)snprintf(new_text + nn, size - nn, "第%d条 新增的内容%d。\n", i, i);
	}
	docs[0] = unit_load(old_text, NULL);
	docs[1] = unit_load(new_text, NULL);
	for (int k = 0; k < 2; k++) {
		assert_int_equal(outline_build(docs[k], &outlines[k]), BG_OK);
		assert_int_equal(outlines[k]->root.child_count, 1200);
		sides[k] = (struct compare_side){ docs[k], outlines[k], &none };
	}
	assert_int_equal(compare_reports(&sides[0], &sides[1], &comparison), BG_OK);
	for (size_t i = 0; i < comparison.count; i++)
		counts[comparison.sections[i].state]++;
	assert_int_equal(counts[COMPARE_SAME], 1200 - 171);
	assert_int_equal(counts[COMPARE_ADDED], 171);
	assert_int_equal(counts[COMPARE_REMOVED], 171);
	assert_int_equal(counts[COMPARE_CHANGED], 0);
	compare_free(&comparison);
	for (int k = 0; k < 2; k++) {
		outline_free(outlines[k]);
		doc_free(docs[k]);
	}
	free(old_text);
	free(new_text);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(bigram_similarity),
		cmocka_unit_test(alignment),
		cmocka_unit_test(sentences),
		cmocka_unit_test(figure_pairing),
		cmocka_unit_test(large_lists),
	};
	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, load_units, free_units);
}
