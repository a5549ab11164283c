/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_subject.c - what figures measure, on sentences of real reports:
 * the subject read from the clause, shared by the figures after it, handed
 * out by 分别, found after the figure, and whether a figure is a change. */
#include "unit.h"

#include <stdio.h>

#include "datafile.h"
#include "figures.h"
#include "subject.h"

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

/* The figures of TEXT as "figure=subject" rows joined by " | ", with a +
 * after a change and "-" for no subject. */
static char *
describe(const char *text)
{
	struct doc *doc = unit_load(text, NULL);
	struct outline *outline;
	struct figure_list list;
	char *out = calloc(1, 1);
	size_t length = 0;

	assert_int_equal(outline_build(doc, &outline), BG_OK);
	assert_int_equal(figures_extract(doc, outline, units, FIGURE_KINDS_DEFAULT, 0, &list), BG_OK);
	for (size_t i = 0; i < list.count; i++) {
		const struct figure *f = &list.items[i];
		char row[512];
		int n = snprintf(row, sizeof row, "%s%.*s=%.*s%s", i ? " | " : "", (int)f->length,
				 doc->text + f->offset, f->subject_length ? (int)f->subject_length : 1,
				 f->subject_length ? doc->text + f->subject : "-", f->change ? "+" : "");
		char *grown = realloc(out, length + (size_t)n + 1);
		assert_non_null(grown);
		out = grown;
		memcpy(out + length, row, (size_t)n + 1);
		length += (size_t)n;
	}
	figures_free(&list);
	outline_free(outline);
	doc_free(doc);
	return out;
}

static void
expect(const char *text, const char *want)
{
	char *got = describe(text);

	if (strcmp(got, want) != 0)
		print_error("text: %s\n got: %s\nwant: %s\n", text, got, want);
	assert_string_equal(got, want);
	free(got);
}

/* The examples of the rules: a level, a change, a shared subject. */
static void
levels_and_changes(void **state)
{
	(void)state;
	expect("全市地区生产总值5.2万亿元、增长5.4%。\n", "5.2万亿元=地区生产总值 | 5.4%=地区生产总值+");
	expect("一般公共预算收入增长4.8%。\n", "4.8%=一般公共预算收入+");
	expect("城镇调查失业率4.1%。\n", "4.1%=城镇调查失业率");
	expect("城镇新增就业1100万人以上。\n", "1100万人=城镇新增就业");
	expect("居民消费价格涨幅3%左右。\n", "3%=居民消费价格+");
	expect("CPI涨幅2%左右。\n", "2%=CPI+");
	expect("国内生产总值比上年增长7.4%。\n", "7.4%=国内生产总值+");
	/* 同比 or 环比 with the year compared: the 同 or 环 is no subject's */
	expect("岸电使用量同比2022年增长30%。\n", "30%=岸电使用量+");
	expect("货运量环比2023年下降2%。\n", "2%=货运量+");
	/* a rate that changes is the subject; a difference from a standard
	 * is a change */
	expect("高技术制造业增速提高10.6个百分点。\n", "10.6个百分点=高技术制造业增速+");
	expect("高中阶段毛入学率达到96.9%，高于全国平均水平4.9个百分点。\n",
	       "96.9%=高中阶段毛入学率 | 4.9个百分点=高中阶段毛入学率+");
	expect("国考断面好于Ⅲ类水体比例优于国家考核目标14.6个百分点。\n",
	       "14.6个百分点=国考断面好于Ⅲ类水体比例+");
	expect("社会消费品零售总额同比增长3.1%。\n", "3.1%=社会消费品零售总额+");
	expect("全国居民人均可支配收入实际增长7.4%，快于经济增速。\n", "7.4%=居民人均可支配收入+");
	expect("人均预期寿命达到76.7岁。\n", "76.7岁=人均预期寿命");
	expect("PM2.5年均浓度为26.3微克/立方米、下降7.4%。\n",
	       "26.3微克=PM2.5年均浓度 | 7.4%=PM2.5年均浓度+");
	/* a cap or a floor before the figure is no part of the subject */
	expect("支持金额最高可至500万元。\n", "500万元=支持金额");
	expect("补贴标准最低1000元。\n", "1000元=补贴标准");
}

/* A count and a times sign before a figure (2×25MW机组): the size of each
 * unit the noun after it names; the count is no word of the subject. */
static void
unit_sizes(void **state)
{
	(void)state;
	expect("其中包括：2×3MW煤气发电机组、1×6MW煤矸石发电机组以及2×25MW燃煤发电机组。\n",
	       "3MW=煤气发电机组 | 6MW=煤矸石发电机组 | 25MW=燃煤发电机组");
	expect("建设2×66万千瓦燃煤机组。\n", "66万千瓦=燃煤机组");
	/* more than a unit's name after it is a clause going on: none */
	expect("该2×25MW机组目前尚未竣工验收。\n", "25MW=-");
}

/* 提高到, 降至: the level reached; 从, 由: the level before. */
static void
levels_reached(void **state)
{
	(void)state;
	expect("城镇化率从52.6%提高到58.5%，\n", "52.6%=城镇化率 | 58.5%=城镇化率");
	expect("贫困发生率由10.2%下降到3.1%。\n", "10.2%=贫困发生率 | 3.1%=贫困发生率");
	expect("国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%。\n",
	       "54万亿元=国内生产总值 | 82.7万亿元=国内生产总值 | 7.1%=国内生产总值+");
	expect("全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元。\n",
	       "3.68万亿元=生产总值 | 4.93万亿元=生产总值");
	/* the same with the years in full-width digits, as older reports set them */
	expect("粮食产量从２０１０年的５．１亿吨增加到２０１５年的６．２亿吨。\n",
	       "５．１亿吨=粮食产量 | ６．２亿吨=粮食产量");
	expect("出口额比２０１０年增长１２％。\n", "１２％=出口额+");
	expect("省属一级企业由66户整合至12户。\n", "66户=省属一级企业 | 12户=省属一级企业");
	expect("黑土地耕层厚度止跌提升3.5%、达到20.6厘米。\n",
	       "3.5%=黑土地耕层厚度+ | 20.6厘米=黑土地耕层厚度");
	expect("消费对经济增长的贡献率上升3个百分点，达到51.2%。\n",
	       "3个百分点=消费对经济增长的贡献率+ | 51.2%=消费对经济增长的贡献率");
	expect("工业战略性新兴产业总产值增长6.5%、占规模以上工业总产值比重提高到45%。\n",
	       "6.5%=工业战略性新兴产业总产值+ | 45%=占规模以上工业总产值比重");
}

/* Scope and time words before the subject come off. */
static void
scope_words(void **state)
{
	(void)state;
	expect("2025年全市生产总值达到5.67万亿元。\n", "5.67万亿元=生产总值");
	/* the year a target is for: 到2030年, 至2030年 */
	expect("主要目标是：到2030年全县生产总值达到170亿元。\n", "170亿元=生产总值");
	expect("至2030年全市森林覆盖率达到45%。\n", "45%=森林覆盖率");
	/* A note's reference between the noun and its figure is neither. */
	expect("初步核算，全年全州地区生产总值[3]1191.52亿元，比上年增长4.5%。\n",
	       "1191.52亿元=地区生产总值 | 4.5%=地区生产总值+");
	expect("其中中央财政赤字1.55万亿元，地方财政赤字8300亿元。\n",
	       "1.55万亿元=中央财政赤字 | 8300亿元=地方财政赤字");
	expect("今年全国财政支出21万亿元。\n", "21万亿元=财政支出");
	expect("去年末居民储蓄存款余额增长8.5%，新增4万多亿元。\n",
	       "8.5%=居民储蓄存款余额+ | 4万多亿元=居民储蓄存款余额+");
	expect("尽管财政收入增速放缓，但财政用于民生的比例达到70%以上。\n",
	       "70%=财政用于民生的比例");
	expect("全社会研发投入年均增长11%。\n", "11%=全社会研发投入+");
	/* a duration inside the noun does not cut it */
	expect("各类公园二十四小时开放比例力争达到90%。\n", "二十四小时=- | 90%=公园二十四小时开放比例");
	expect("全区应急避难人均避难面积大于1.7平方米。\n", "1.7平方米=应急避难人均避难面积");
}

/* A verb inside a noun is no predicate; a noun of quantity heads the
 * phrase whatever verbs it holds. */
static void
verbs_inside_nouns(void **state)
{
	(void)state;
	expect("对世界经济增长贡献率超过30%。\n", "30%=对世界经济增长贡献率");
	expect("服务业增加值比重由46.9%提高到48.2%。\n", "46.9%=服务业增加值比重 | 48.2%=服务业增加值比重");
	expect("新建铁路投产里程8427公里。\n", "8427公里=新建铁路投产里程");
	expect("取消评比达标表彰项目29项、职业资格许可和认定事项149项。\n",
	       "29项=评比达标表彰项目 | 149项=职业资格许可和认定事项");
	expect("易地扶贫搬迁830万人。\n", "830万人=易地扶贫搬迁");
}

/* Verbs that count what they act on: the object is the subject, or the
 * noun after the figure is. */
static void
objects(void **state)
{
	(void)state;
	expect("依法查处违法使用童工案件1件，涉及童工4名。\n", "1件=违法使用童工案件 | 4名=童工");
	expect("国务院各部门全年取消和下放246项行政审批事项。\n", "246项=行政审批事项");
	expect("对20个工程建筑领域在建项目开展检查。\n", "20个=工程建筑领域在建项目");
	expect("降低利息负担1.2万亿元。\n", "1.2万亿元=利息负担+");
	expect("89.4%的公园实现24小时开放。\n", "89.4%=公园 | 24小时=-");
	expect("28个省（区、市）全部免征了农业税。\n", "28个=省（区、市）");
	expect("对32座一线水闸进行防洪能力达标建设。\n", "32座=一线水闸");
	expect("10万套“保交楼”“保交房”任务如期完成。\n", "10万套=“保交楼”“保交房”任务");
	/* 发行 issues what it counts: the bonds, before the figure or after */
	expect("今年拟发行1400亿元长期建设国债。\n", "1400亿元=长期建设国债");
	expect("全年发行地方政府专项债券3000亿元。\n", "3000亿元=地方政府专项债券");
	/* a clause that opens with such a verb counts its object */
	expect("治理中心城区交通堵乱点60处；新建改建农村公路1.2万公里。\n",
	       "60处=中心城区交通堵乱点 | 1.2万公里=农村公路");
	expect("新建提升13座城市公园和275个口袋公园。\n", "13座=城市公园 | 275个=口袋公园");
	/* bettering things counts them: a level */
	expect("整体提升100所学校、50家医院周边环境。\n", "100所=学校 | 50家=医院");
	/* adding things is a change */
	expect("全年新增40.8万青年留渝来渝。\n", "40.8万=青年留渝来渝+");
	expect("为不少于5万名经济困难的严重精神障碍患者免费提供药物。\n",
	       "5万名=经济困难的严重精神障碍患者");
	/* after the steps a doer crossed, the clause goes on about the doer */
	expect("地区生产总值跨越3个千亿元台阶，达到1.5万亿元、增长19.8%。\n",
	       "3个=千亿元台阶 | 1.5万亿元=地区生产总值 | 19.8%=地区生产总值+");
	/* the noun after ends with its head */
	expect("累计完成9个市级土地储备项目收储工作。\n", "9个=市级土地储备项目");
	expect("又解决6434万农村人口饮水安全问题。\n", "6434万=农村人口");
	expect("联合有关部门对8家用人单位工资支付制度开展专项检查。\n", "8家=用人单位");
	expect("构建三层立体慢行交通系统。\n", "三层=立体慢行交通系统");
	expect("全年新增40.8万青年留渝来渝、33万农民工就近就业。\n",
	       "40.8万=青年留渝来渝+ | 33万=农民工就近就业+");
}

/* Lists: nouns joined by 、, figures joined by 、, and 分别. */
static void
lists(void **state)
{
	(void)state;
	expect("单位国内生产总值能耗、水耗均下降20%以上。\n", "20%=单位国内生产总值能耗、水耗+");
	expect("基础设施投资、工业投资分别增长3.2%、8.5%。\n", "3.2%=基础设施投资+ | 8.5%=工业投资+");
	expect("全市招商引资签约项目数与合同额分别增长22.1%、15.1%。\n",
	       "22.1%=招商引资签约项目数+ | 15.1%=合同额+");
	expect("国家级制造业单项冠军、专精特新“小巨人”分别达到43家、322家。\n",
	       "43家=国家级制造业单项冠军 | 322家=专精特新“小巨人”");
	/* 分别 after clauses of their own, figures joined by 和 */
	expect("城镇居民人均可支配收入达到10493元，农村居民人均纯收入达到3255元，扣除价格因素，"
	       "分别增长9.6%和6.2%。\n",
	       "10493元=城镇居民人均可支配收入 | 3255元=农村居民人均纯收入 | "
	       "9.6%=城镇居民人均可支配收入+ | 6.2%=农村居民人均纯收入+");
	/* three names, two figures: no handing out */
	expect("甲产业、乙产业、丙产业分别增长3%、5%。\n", "3%=甲产业、乙产业、丙产业+ | 5%=甲产业、乙产业、丙产业+");
}

/* Sharing stops at the end of a sentence; a figure at the start of a
 * clause with no verb before it names nothing; dates and durations have
 * no subject. */
static void
limits(void **state)
{
	(void)state;
	expect("粮食产量6.6亿吨。增长0.5%。\n", "6.6亿吨=粮食产量 | 0.5%=-+");
	/* the topic of the sentence, when no figure stands before */
	expect("粮食总产量在上年大幅度增长的基础上，又增产1454万吨，达到48401万吨。\n",
	       "1454万吨=粮食总产量+ | 48401万吨=粮食总产量");
	expect("我们开展专项行动，新增3个。\n", "3个=-+");
	expect("城镇新增就业6600万人以上，13亿多人口的大国实现了比较充分就业。\n",
	       "6600万人=城镇新增就业 | 13亿多人=-");
	expect("今年赤字率拟按2.6%安排，比去年预算低0.4个百分点。\n", "2.6%=赤字率 | 0.4个百分点=赤字率+");
	expect("2023年11月23日，用了五年时间。\n", "2023年11月23日=- | 五年=-");
	expect("增长5%\n", "5%=-+");
	expect("5%\n", "5%=-");
	/* a copula opens no subject; a list of things done names none */
	expect("今年是改革开放40周年。\n", "40周年=改革开放");
	expect("做好民族宗教、新闻出版、广播电视、外事侨务、海防、气象地震、援藏援疆、妇女儿童等"
	       "工作3项。\n", "3项=-");
}

/* The subject's place is where it is written, shared or not. */
static void
places(void **state)
{
	struct doc *doc = unit_load("总结\n全市地区生产总值5.2万亿元、增长5.4%。\n", NULL);
	struct figure_list list;

	(void)state;
	assert_int_equal(figures_extract(doc, NULL, units, FIGURE_KINDS_DEFAULT, 0, &list), BG_OK);
	assert_int_equal(list.count, 2);
	for (size_t i = 0; i < 2; i++) {
		assert_int_equal(list.items[i].subject_line, 2);
		assert_int_equal(list.items[i].subject_column, 3);
	}
	figures_free(&list);
	doc_free(doc);
}

/* subject_read and subject_items on their own, at the edges of a text. */
static void
pieces(void **state)
{
	const char *text = "增长5%";
	struct subject s;
	struct subject_item items[3];
	const char *list = "甲方、“乙方、丙方”、丁方";

	(void)state;
	subject_read(text, strlen(text), 0, 6, strlen(text), &s);
	assert_int_equal(s.length, 0);
	assert_true(s.predicate);
	assert_true(s.change);
	subject_read(text, strlen(text), 0, 0, 6, &s);
	assert_int_equal(s.length, 0);
	assert_false(s.predicate);
	/* quotes keep their 、 */
	assert_true(subject_items(list, 0, strlen(list), items, 3));
	assert_int_equal(items[1].length, strlen("“乙方、丙方”"));
	assert_false(subject_items(list, 0, strlen(list), items, 2));
	assert_true(subject_next_clause("，", 0, 3));
	assert_false(subject_next_clause("。", 0, 3));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(levels_and_changes),
		cmocka_unit_test(unit_sizes),
		cmocka_unit_test(levels_reached),
		cmocka_unit_test(scope_words),
		cmocka_unit_test(verbs_inside_nouns),
		cmocka_unit_test(objects),
		cmocka_unit_test(lists),
		cmocka_unit_test(limits),
		cmocka_unit_test(places),
		cmocka_unit_test(pieces),
	};
	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, load_units, free_units);
}
