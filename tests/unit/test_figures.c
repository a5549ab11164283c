/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_figures.c - each kind of figure, the normalised values, and what is
 * not a figure (heading labels, book titles, ordinals, bare years, lone 一,
 * slogans, names such as PM2.5, noise). */
#include "unit.h"

#include <stdio.h>

#include "datafile.h"
#include "figures.h"
#include "numeral.h"
#include "print.h"

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

static void
append(char **out, size_t *length, const char *s)
{
	size_t n = strlen(s);
	char *grown = realloc(*out, *length + n + 1);

	assert_non_null(grown);
	memcpy(grown + *length, s, n + 1);
	*out = grown;
	*length += n;
}

/* The figures of DOC as one line: "kind text value unit | ..." with "-" for
 * no value or no unit, so a failure shows everything found. */
static char *
describe(const struct doc *doc, const struct figure_list *list)
{
	char *out = NULL, buf[256];
	size_t length = 0;

	append(&out, &length, "");
	for (size_t i = 0; i < list->count; i++) {
		const struct figure *f = &list->items[i];
		char value[64];
		if (f->has_value)
			snprintf(value, sizeof value, "%.10g", f->value);
		else
			snprintf(value, sizeof value, "-");
		snprintf(buf, sizeof buf, "%s%s %.*s %s %s", i ? " | " : "", figure_kind_name(f->kind),
			 (int)f->length, doc->text + f->offset, value, f->unit && *f->unit ? f->unit : "-");
		append(&out, &length, buf);
	}
	return out;
}

/* Loads TEXT (with noise RULES, may be NULL), builds its outline and
 * extracts the figures of KINDS. */
static void
extract(const char *text, const struct noise_rules *rules, unsigned kinds, struct doc **doc,
	struct outline **outline, struct figure_list *list)
{
	*doc = unit_load(text, rules);
	assert_int_equal(outline_build(*doc, outline), BG_OK);
	assert_int_equal(figures_extract(*doc, *outline, units, kinds, 0, list), BG_OK);
}

static void
expect_kinds(const char *text, unsigned kinds, const char *want)
{
	struct doc *doc;
	struct outline *outline;
	struct figure_list list;
	char *got;

	extract(text, NULL, kinds, &doc, &outline, &list);
	got = describe(doc, &list);
	if (strcmp(got, want) != 0)
		print_error("text: %s\n got: %s\nwant: %s\n", text, got, want);
	assert_string_equal(got, want);
	free(got);
	figures_free(&list);
	outline_free(outline);
	doc_free(doc);
}

#define EXPECT(text, want) expect_kinds(text, FIGURE_KINDS_DEFAULT, want)

static void
quantities(void **state)
{
	(void)state;
	EXPECT("开展培训80个班3860人，检查8家单位，下达通知书10份，涉及童工4名。\n",
	       "quantity 80个 80 个 | quantity 3860人 3860 人 | quantity 8家 8 家 | "
	       "quantity 10份 10 份 | quantity 4名 4 名");
	EXPECT("服务360人次，新建住房35.6万平方米，安置1.2万人，压减钢铁产能3000万吨。\n",
	       "quantity 360人次 360 人次 | quantity 35.6万平方米 356000 平方米 | "
	       "quantity 1.2万人 12000 人 | quantity 3000万吨 30000000 吨");
	/* 门 counts subjects and courses; 一门心思 is a lone 一, 厦门 no number. */
	EXPECT("建成2门特色学科，开设十二门选修课，一门心思抓质量。\n",
	       "quantity 2门 2 门 | quantity 十二门 12 门");
	/* 学分 counts course credits, as 学时 counts hours of them. */
	EXPECT("修满13.5小时为1学分，完成一个课题为2学分。\n",
	       "duration 13.5小时 13.5 小时 | quantity 1学分 1 学分 | quantity 2学分 2 学分");
	/* The longest unit wins: 千瓦 is a unit, not 千 times 瓦. */
	EXPECT("关停30万千瓦以下机组。\n", "quantity 30万千瓦 300000 千瓦");
	/* "more than": 1000多篇, 110多万人 */
	EXPECT("发表1000多篇，安置110多万人，新设3000余家。\n",
	       "quantity 1000多篇 1000 篇 | quantity 110多万人 1100000 人 | quantity 3000余家 3000 家");
	/* A number with a multiplier and no unit is still a quantity. */
	EXPECT("近6000万低保人员。\n", "quantity 6000万 60000000 -");
	/* A range gives its upper end. */
	EXPECT("再延长3—5年。\n", "duration 3—5年 5 年");
	/* A measured value alone in a table cell, or on a line of its own
	 * where a table was flattened one cell a line, is a quantity whose
	 * unit stands elsewhere; a serial number or a decimal inside a
	 * sentence is not. */
	EXPECT("指标  单位  目标值\n修缮面积  万平方米  11.4\n", "quantity 11.4 11.4 -");
	EXPECT("面积（平方公里）\n\n1\n\n25.20\n", "quantity 25.20 25.2 -");
	EXPECT("约为3.5的水平。\n", "");
	/* 具 counts things (消火栓, 尸体); 具有 and 具备 are verbs. */
	EXPECT("补建市政消火栓169具，其中5具备条件的先行建设。\n", "quantity 169具 169 具");
	/* 款 counts products (5款产品) as well as a law's clauses; 第二款
	 * stays an ordinal. */
	EXPECT("推动5款以上产品获批上市。\n", "quantity 5款 5 款");
	expect_kinds("依照本条第二款规定。\n", 1u << FIGURE_ORDINAL, "ordinal 第二款 2 款");
}

static void
money(void **state)
{
	(void)state;
	EXPECT("处罚金额2万元，投资3.5亿元，奖励1,200元，利用外资500万美元。\n",
	       "money 2万元 20000 元 | money 3.5亿元 350000000 元 | money 1,200元 1200 元 | "
	       "money 500万美元 5000000 美元");
	EXPECT("国内生产总值达到82.7万亿元，减税3万多亿元，实际使用外资1363亿美元。\n",
	       "money 82.7万亿元 8.27e+13 元 | money 3万多亿元 3e+12 元 | "
	       "money 1363亿美元 1.363e+11 美元");
	EXPECT("补助标准为¥120，另有300万港币。\n", "money ¥120 120 元 | money 300万港币 3000000 港元");
}

static void
percents(void **state)
{
	(void)state;
	EXPECT("增长12.5%，占比12.5％，赤字率低0.4个百分点，提高2.3个百分点。\n",
	       "percent 12.5% 12.5 % | percent 12.5％ 12.5 % | percent 0.4个百分点 0.4 个百分点 | "
	       "percent 2.3个百分点 2.3 个百分点");
	EXPECT("占百分之十，下降百分之三点五，控制在千分之五以内。\n",
	       "percent 百分之十 10 % | percent 百分之三点五 3.5 % | percent 千分之五 5 ‰");
	/* 一半 is a plain word more often than a figure. */
	EXPECT("减少三分之二，压缩三分之一，缩短一半以上。\n",
	       "percent 三分之二 66.66666667 % | percent 三分之一 33.33333333 %");
	EXPECT("物价下降-1.5%。\n", "percent -1.5% -1.5 %");
}

static void
dates(void **state)
{
	(void)state;
	EXPECT("于2023年11月23日印发，11月23日起施行。\n",
	       "date 2023年11月23日 - - | date 11月23日 - -");
	EXPECT("二〇二三年十一月二十三日\n", "date 二〇二三年十一月二十三日 - -");
	EXPECT("2021—2023年规划，1—9月完成，3月5日至10日召开，2023年1月至6月检查。\n",
	       "date 2021—2023年 - - | date 1—9月 - - | date 3月5日至10日 - - | "
	       "date 2023年1月至6月 - -");
	EXPECT("2023年1-11月增长，1至5月份完成。\n", "date 2023年1-11月 - - | date 1至5月份 - -");
	EXPECT("截至2023-11-23，建立工作机制（2021年8月）。\n",
	       "date 2023-11-23 - - | date 2021年8月 - -");
	/* A day's name: “4.15”国家安全日, 3·15 without quotes but with its name */
	EXPECT("开展“4.15国家安全日”、“6.26”禁毒日和3·15消费者权益日，\n",
	       "date 4.15 - - | date 6.26 - - | date 3·15 - -");
	/* A plain decimal is not a day. */
	EXPECT("指数为4.15，增长4.15%。\n", "percent 4.15% 4.15 %");
}

static void
bare_years(void **state)
{
	(void)state;
	EXPECT("2023年以来，围绕2023年度目标，对2018年政府工作提出建议。\n", "");
	EXPECT("结束了66年的营业税历史，延长30年。\n", "duration 66年 66 年 | duration 30年 30 年");
	/* A year written digit by digit in Chinese numerals names the year
	 * of an event; so does its month without a day. */
	EXPECT("重演一九二七年的形势，从一九四六年七月开始。\n",
	       "date 一九二七年 - - | date 一九四六年七月 - -");
}

static void
document_numbers(void **state)
{
	(void)state;
	EXPECT("印发《工作方案》（东人社〔2023〕36号）。\n", "docno 东人社〔2023〕36号 - -");
	EXPECT("根据国发[2024]7号和京政办发（2023）12号文件。\n",
	       "docno 国发[2024]7号 - - | docno 京政办发（2023）12号 - -");
	/* The issuer's abbreviation stops at a word such as 依据. */
	EXPECT("依据沪建综规〔2021〕445号文件，参照〔2022〕第3号。\n",
	       "docno 沪建综规〔2021〕445号 - - | docno 〔2022〕第3号 - -");
	EXPECT("按照中华人民共和国国务院令第709号执行。\n", "docno 中华人民共和国国务院令第709号 - -");
	/* The body that numbers its orders is named in full, past eight
	 * characters. */
	EXPECT("2031年3月13日 某某省食品药品监督管理局令第27号公布\n",
	       "date 2031年3月13日 - - | docno 某某省食品药品监督管理局令第27号 - -");
	EXPECT("见国发〔2023〕1号和国发〔2023〕2号。\n", "docno 国发〔2023〕1号 - - | docno 国发〔2023〕2号 - -");
	/* Chinese numerals in the issuer are part of it, not quantities. */
	EXPECT("转发三部委发〔2023〕5号。\n", "docno 三部委发〔2023〕5号 - -");
	/* PDF text sets one space before 号. */
	EXPECT("原规定（环发〔2001〕37 号）同时废止。\n", "docno 环发〔2001〕37 号 - -");
}

static void
full_width_digits(void **state)
{
	(void)state;
	EXPECT("培训１２３人，增长１２．５％，２０２３年１１月２３日。\n",
	       "quantity １２３人 123 人 | percent １２．５％ 12.5 % | date ２０２３年１１月２３日 - -");
}

static void
thousands_separators(void **state)
{
	(void)state;
	EXPECT("服务12,345,678人次，投入1,200元。\n",
	       "quantity 12,345,678人次 12345678 人次 | money 1,200元 1200 元");
	/* Not a separator: a comma without three digits after it. */
	EXPECT("数列1,2,3，共12,34。\n", "");
}

static void
chinese_numerals(void **state)
{
	(void)state;
	EXPECT("培训三万人，确定十项重点，表彰二十三名，受理一百七十三件，用时两个月，增加五倍。\n",
	       "quantity 三万人 30000 人 | quantity 十项 10 项 | quantity 二十三名 23 名 | "
	       "quantity 一百七十三件 173 件 | duration 两个月 2 个月 | quantity 五倍 5 倍");
	/* Arabic and Chinese multipliers mixed. */
	EXPECT("由8300万增加到1亿3千多万，从9000多公里增加到2万5千公里，由5千多户增加到1万6千多户。\n",
	       "quantity 8300万 83000000 - | quantity 1亿3千多万 130000000 - | "
	       "quantity 9000多公里 9000 公里 | quantity 2万5千公里 25000 公里 | "
	       "quantity 5千多户 5000 户 | quantity 1万6千多户 16000 户");
	EXPECT("一千零五人，一万亿元。\n",
	       "quantity 一千零五人 1005 人 | money 一万亿元 1e+12 元");
}

static char *printed(const struct doc *doc, const struct outline *outline,
		     const struct figure_list *list, enum output_format format);

/* The one figure of TEXT (of KINDS), checked: its text, whether it is
 * exact, and its value written out (EXACT: the double's, else the
 * decimal kept; NULL: no decimal). */
static void
expect_one(const char *text, unsigned kinds, const char *figure, bool exact, const char *value)
{
	struct doc *doc;
	struct outline *outline;
	struct figure_list list;
	const struct figure *f;

	extract(text, NULL, kinds, &doc, &outline, &list);
	if (list.count != 1) {
		char *got = describe(doc, &list);
		print_error("text: %s\n got: %s\n", text, got);
		free(got);
	}
	assert_int_equal(list.count, 1);
	f = &list.items[0];
	assert_true(f->has_value);
	assert_int_equal(f->length, strlen(figure));
	assert_memory_equal(doc->text + f->offset, figure, f->length);
	if (f->exact != exact)
		print_error("text: %s: exact %d, decimal %s\n", text, f->exact,
			    f->decimal ? f->decimal : "(none)");
	assert_int_equal(f->exact, exact);
	if (exact) {
		/* The double nearest the number written, as strtod reads it. */
		assert_null(f->decimal);
		assert_true(f->value == strtod(value, NULL));
	} else if (value) {
		assert_non_null(f->decimal);
		assert_string_equal(f->decimal, value);
	} else {
		assert_null(f->decimal);
	}
	figures_free(&list);
	outline_free(outline);
	doc_free(doc);
}

#define EXPECT_ONE(text, figure, exact, value) \
	expect_one(text, FIGURE_KINDS_DEFAULT, figure, exact, value)

/* Numbers a double cannot hold are kept, marked, and written out in full. */
static void
long_numbers(void **state)
{
	(void)state;
	/* 2^53 is the last of the whole numbers a double holds all of. */
	EXPECT_ONE("投资9007199254740992元。\n", "9007199254740992元", true, "9007199254740992");
	EXPECT_ONE("投资9007199254740993元。\n", "9007199254740993元", false, "9007199254740993");
	EXPECT_ONE("投资11111111111111111元。\n", "11111111111111111元", false, "11111111111111111");
	EXPECT_ONE("培训1234567890123456人。\n", "1234567890123456人", true, "1234567890123456");
	/* 20 digits and more were refused as identifiers. */
	EXPECT_ONE("合计12345678901234567890元。\n", "12345678901234567890元", false,
		   "12345678901234567890");
	EXPECT_ONE("合计123456789012345678901234567890元。\n", "123456789012345678901234567890元",
		   false, "123456789012345678901234567890");
	EXPECT_ONE("合计12,345,678,901,234,567.5元。\n", "12,345,678,901,234,567.5元", false,
		   "12345678901234567.5");
	EXPECT_ONE("合计１２３４５６７８９０１２３４５６７８９元。\n", "１２３４５６７８９０１２３４５６７８９元",
		   false, "1234567890123456789");
	EXPECT_ONE("亏损-12345678901234567890元。\n", "-12345678901234567890元", false,
		   "-12345678901234567890");
	/* Fifteen significant digits come back through a double, sixteen not. */
	EXPECT_ONE("增长12.3456789012345%。\n", "12.3456789012345%", true, "12.3456789012345");
	EXPECT_ONE("增长0.1234567890123456789%。\n", "0.1234567890123456789%", false,
		   "0.1234567890123456789");
	EXPECT_ONE("增长12.5%。\n", "12.5%", true, "12.5");
	/* A multiplier scales the decimal kept. */
	EXPECT_ONE("合计12345678901234567890万元。\n", "12345678901234567890万元", false,
		   "123456789012345678900000");
	EXPECT_ONE("合计1234567890123.456万元。\n", "1234567890123.456万元", false,
		   "12345678901234560");
	EXPECT_ONE("合计123456789012.3456万元。\n", "123456789012.3456万元", true,
		   "1234567890123456");
	/* Chinese digits after 点, as many as written. */
	EXPECT_ONE("约三点一四一五九二六五三五八九七九三二三八四六%。\n",
		   "三点一四一五九二六五三五八九七九三二三八四六%", false,
		   "3.14159265358979323846");
	EXPECT_ONE("约三点一四%。\n", "三点一四%", true, "3.14");
	/* Parts too long to add up (a number of several runs) are not
	 * written out. */
	EXPECT_ONE("合计12345678901234567890亿3千万元。\n", "12345678901234567890亿3千万元", false,
		   NULL);
	/* A quotient of numbers too long has no value to write. */
	EXPECT_ONE("占12345678901234567890分之1。\n", "12345678901234567890分之1", false, NULL);
	/* Ordinals past 15 digits (numeral_read keeps 15). */
	expect_one("第1234567890123456789期\n", 1u << FIGURE_ORDINAL, "第1234567890123456789期",
		   false, "1234567890123456789");
}

/* Multipliers stack as Chinese writes them: 万亿 10^12, 亿亿 10^16. */
static void
stacked_multipliers(void **state)
{
	(void)state;
	EXPECT_ONE("预算一千亿亿元。\n", "一千亿亿元", false, "10000000000000000000");
	EXPECT_ONE("规模3万亿亿元。\n", "3万亿亿元", false, "300000000000000000000");
	EXPECT_ONE("规模1.5万亿亿元。\n", "1.5万亿亿元", false, "150000000000000000000");
	EXPECT_ONE("规模5亿亿元。\n", "5亿亿元", false, "50000000000000000");
	EXPECT_ONE("规模2万亿元。\n", "2万亿元", true, "2000000000000");
	EXPECT_ONE("人口六万万人。\n", "六万万人", true, "600000000");
	/* 亿万 is still no number: 万 after 亿 does not scale it. */
	EXPECT("亿万人民。\n", "");
	EXPECT("总量8亿亿吨，近3万亿亿。\n",
	       "quantity 8亿亿吨 8e+16 吨 | quantity 3万亿亿 3e+20 -");
}

/* A date off the calendar is no date, and none of its numbers a figure. */
static void
calendar_dates(void **state)
{
	(void)state;
	EXPECT("会议于2023年2月30日召开，2023年13月45日结束。\n", "");
	EXPECT("2023年2月29日，4月31日，3月32日，2023-02-30，十三月四十五日。\n", "");
	EXPECT("2024年2月29日，2000年2月29日，1900年2月29日。\n",
	       "date 2024年2月29日 - - | date 2000年2月29日 - -");
	EXPECT("2月29日起施行，12月31日前完成，4月30日。\n",
	       "date 2月29日 - - | date 12月31日 - - | date 4月30日 - -");
	/* The day's name “2.30” is no day either. */
	EXPECT("开展“2.30”活动和“4.15”国家安全日。\n", "date 4.15 - -");
}

/* In JSON a value a double cannot hold is a string, with "exact":false;
 * in TSV and in the table it is the decimal in full. */
static void
printing_long_numbers(void **state)
{
	struct doc *doc;
	struct outline *outline;
	struct figure_list list;
	char *json, *tsv, *table;

	(void)state;
	extract("合计11111111111111111元，3万亿亿元，12.5%，占12345678901234567890分之1。\n", NULL,
		FIGURE_KINDS_DEFAULT, &doc, &outline, &list);
	assert_int_equal(list.count, 4);
	json = printed(doc, outline, &list, FORMAT_JSON);
	tsv = printed(doc, outline, &list, FORMAT_TSV);
	table = printed(doc, outline, &list, FORMAT_TEXT);
	assert_non_null(strstr(json, "\"text\":\"11111111111111111元\",\"value\":\"11111111111111111\","
				     "\"exact\":false,\"unit\":\"元\""));
	assert_non_null(strstr(json, "\"value\":\"300000000000000000000\",\"exact\":false,"));
	/* "exact" is written only when false */
	assert_non_null(strstr(json, "\"text\":\"12.5%\",\"value\":12.5,\"unit\":\"%\""));
	assert_non_null(strstr(json, "\"value\":null,\"exact\":false,\"unit\":\"%\""));
	assert_non_null(strstr(tsv, "money\t11111111111111111元\t11111111111111111\t元\t"));
	assert_non_null(strstr(tsv, "money\t3万亿亿元\t300000000000000000000\t元\t"));
	assert_non_null(strstr(tsv, "percent\t12345678901234567890分之1\t\t%\t"));
	assert_non_null(strstr(table, " 11111111111111111 元 "));
	assert_non_null(strstr(table, " 300000000000000000000 元 "));
	assert_null(strstr(table, "11111111111111112"));
	assert_null(strstr(json, "11111111111111112"));
	free(json);
	free(tsv);
	free(table);
	figures_free(&list);
	outline_free(outline);
	doc_free(doc);
}

/* The number of a session or a plan is part of its name. */
static void
names_of_sessions_and_plans(void **state)
{
	(void)state;
	EXPECT("十六届人大四次会议和党的十九届四次全会审议了第三个五年计划和十年规划。\n", "");
	/* 六届八次全体（扩大）会议, 十四届二次全委会: a session's number too. */
	EXPECT("贯彻市委六届八次全体（扩大）会议和十四届二次全委会精神。\n", "");
	/* ... but an ordinal keeps its unit. */
	expect_kinds("第十六届人民代表大会第四次会议\n", 1u << FIGURE_ORDINAL,
		     "ordinal 第十六届 16 届 | ordinal 第四次会议 4 次会议");
	/* 第一步 is an ordinal, off by default. */
	EXPECT("第一步，先试点。\n", "");
}

/* Counting quoted names is no figure; counting things is. */
static void
counts_of_names(void **state)
{
	(void)state;
	EXPECT("实施三个“十条”，实现两个“一百年”目标，会议有三个议事日程。\n",
	       "quantity 三个 3 个");
	/* 档 is a grade, not a unit worth showing. */
	EXPECT("个人所得税分两档征收。\n", "");
}

/* An address's percent-escapes are not percents. */
static void
percent_escapes(void **state)
{
	(void)state;
	EXPECT("详见https://www.gov.cn/%E2%80%9C%E5%8F%91%E5%B1%95%E2%80%9D，增长80%。\n",
	       "percent 80% 80 %");
}

/* A span of time is a kind of its own; after a lone 一 it counts only
 * as a time limit (一年内), not as an article (新的一年). */
static void
durations(void **state)
{
	(void)state;
	EXPECT("五年来，用两个月时间，自公布之日起一年内、十五日内完成，年满18周岁。"
	       "新的一年，一年比一年好。\n",
	       "duration 五年 5 年 | duration 两个月 2 个月 | duration 一年 1 年 | "
	       "duration 十五日 15 日 | quantity 18周岁 18 周岁");
}

/* A term said before a lone 一 (期限为一年, 延长一年) is a span of time
 * that counts; 成为一年一度的 is no term. */
static void
terms(void **state)
{
	(void)state;
	EXPECT("审理案件的期限为一年；经批准，可以延长一年，成为一年一度的惯例。\n",
	       "duration 一年 1 年 | duration 一年 1 年");
	/* the time a service or a plan takes (办理时间为, 有效期为) */
	EXPECT("办理时间为一个工作日，许可的有效期为一年。\n",
	       "duration 一个工作日 1 个工作日 | duration 一年 1 年");
	/* any period said with 期为: 保修期为, 试用期为, 任期为 */
	EXPECT("工程的保修期为一年，试用期为一个月，任期为一届。\n",
	       "duration 一年 1 年 | duration 一个月 1 个月");
}

/* A range of pages is one ordinal, not an ordinal and a negative count. */
static void
page_ranges(void **state)
{
	(void)state;
	EXPECT("见该书第267--288页和第3至5条。\n", "");
	expect_kinds("见该书第267--288页和第3至5条。\n", 1u << FIGURE_ORDINAL,
		     "ordinal 第267--288页 288 页 | ordinal 第3至5条 5 条");
}

/* Large Chinese numbers count without a unit, as Arabic ones do; 万万 is
 * an older 亿. */
static void
large_chinese_numbers(void **state)
{
	(void)state;
	EXPECT("一个六万万人口的国家，党内外五百万知识分子。\n",
	       "quantity 六万万人 600000000 人 | quantity 五百万 5000000 -");
}

static void
lone_one_and_slogans(void **state)
{
	(void)state;
	/* 一 before a measure word is an article (一番努力 too); 一倍 does
	 * count, and so does 两番. */
	EXPECT("建设一批项目，打造一个中心，提高一倍，付出一番努力，翻两番。\n",
	       "quantity 一倍 1 倍 | quantity 两番 2 番");
	/* Chinese numerals in short quotations name slogans. */
	EXPECT("落实“三项”制度，实现“两个一百年”奋斗目标，编制“十四五”规划。\n", "");
	/* A quotation's numeral that measures is no slogan (two numeral
	 * characters or more); 一度 stays an adverb. */
	EXPECT("将“25度”修改为“二十五度”，“一米线”，气温一度下降。\n",
	       "quantity 25度 25 度 | quantity 二十五度 25 度");
	/* A lone 一 before a unit of length, area or weight measures. */
	EXPECT("在距边缘一米宽度内行走，每户一平方米，运走一吨垃圾。\n",
	       "quantity 一米 1 米 | quantity 一平方米 1 平方米 | quantity 一吨 1 吨");
	/* but the last stretch and a step repeated are sayings */
	EXPECT("打通服务群众的最后一公里，一米一米地推进，一公里一公里地铺开。\n", "");
	/* Words that begin like a unit but are not one; 十三五 is no number. */
	EXPECT("依靠三次产业，统筹推进五位一体，十三五期间，三年级学生。\n", "");
}

/* Grades, sessions and the jiao count after Arabic digits only: after a
 * Chinese numeral they are other words (a grade, a project's phase). */
static void
after_digits_only(void **state)
{
	(void)state;
	EXPECT("发生6.8级地震，5级以上大风；1元等于10角；举办3期培训班。\n",
	       "quantity 6.8级 6.8 级 | quantity 5级 5 级 | money 1元 1 元 | money 10角 10 角 | quantity 3期 3 期");
	EXPECT("三级医院实行一级保护，三角地带的一角，二期工程和三期项目。\n", "");
	/* The fen is money written with 钱; 分 alone is a score or a
	 * minute. */
	EXPECT("每千瓦时加价2分钱，考试得了90分。\n", "money 2分钱 2 分");
}

/* PDF text sets one space between Arabic digits and their unit: a unit of
 * counting or measure that ends its word still counts (749 件，), not a
 * word that starts with a unit (3 条件, 1 项目), a year, a page footer
 * (第 3 页, 共 10 页) or a label at a line's start. */
static void
units_one_space_after_digits(void **state)
{
	(void)state;
	EXPECT("全年受理申请 749 件，其中自然人 741 件；道路总长 31.5 公里。\n",
	       "quantity 749 件 749 件 | quantity 741 件 741 件 | quantity 31.5 公里 31.5 公里");
	EXPECT("表 1 项目情况，符合 3 条件的人员，2025 年召开。\n第 3 页 共 10 页\n3 项 工作要点\n", "");
	/* Money one space after its digits, whatever follows the currency;
	 * a multiplier one space after them with its unit right after it;
	 * the 号 of a document number. */
	EXPECT("对单位处 5 万元以上罚款，对个人处 5000 元以下罚款，赔偿 120 万元，新增 3 万人。\n",
	       "money 5 万元 50000 元 | money 5000 元 5000 元 | money 120 万元 1200000 元 | "
	       "quantity 3 万人 30000 人");
	EXPECT("《解释》（法释〔2013〕8 号）\n", "docno 法释〔2013〕8 号 - -");
	EXPECT("第 5 万元\n5 万元以上\n", "");
	/* A number set off by spaces on both sides counts what follows its
	 * unit (领域 125 项任务, 近 1400 个文件), unless the unit opens a word
	 * (表 1 项目); a multiplier alone ends its figure (超 3170 万，), and
	 * one that 多 goes on from is read on to its unit, as 5万多户 is. */
	EXPECT("落实重点领域 125 项任务，近 1400 个文件联动，粉丝超 3170 万，表 2 项目情况。\n",
	       "quantity 125 项 125 项 | quantity 1400 个 1400 个 | quantity 3170 万 31700000 -");
	EXPECT("新增 5 万多户。\n", "quantity 5 万多户 50000 户");
}

/* A span of time one space after its digits, as PDF text sets it
 * (提前 30 日重新核准, 之日起 3 日内, 拆表前 6 个月的) is a duration; a day
 * or a year of a date (3 月 30 日, 2025 年) and a day counted with 第 are
 * not. */
static void
durations_one_space_after_digits(void **state)
{
	(void)state;
	EXPECT("应当提前 30 日重新核准，自受理之日起 3 日内答复，拆表前 6 个月的费用，工作 3 年以上。\n",
	       "duration 30 日 30 日 | duration 3 日 3 日 | duration 6 个月 6 个月 | duration 3 年 3 年");
	EXPECT("自 2025 年   月   日起施行，第 3 日报到。\n", "");
}

/* A boiler's output is counted in 蒸吨 (steam tons, per hour). */
static void
steam_tons(void **state)
{
	(void)state;
	EXPECT("淘汰10蒸吨/小时以下燃煤锅炉，单台出力小于 20 蒸吨/小时的锅炉。\n",
	       "quantity 10蒸吨 10 蒸吨 | quantity 20 蒸吨 20 蒸吨");
}

/* A ship is sized in gross, net or deadweight tons, light measured in lux
 * (full-width digits as rules print them). */
static void
ship_tons_and_lux(void **state)
{
	(void)state;
	EXPECT("600总吨以上的船舶，照度不低于３００勒克斯。\n",
	       "quantity 600总吨 600 总吨 | quantity ３００勒克斯 300 勒克斯");
}

/* A particle after a spaced unit does not go on its word: 吨的 and 吨以上
 * end the unit as a comma does, 条件 still does not. */
static void
units_one_space_before_a_particle(void **state)
{
	(void)state;
	EXPECT("年排放量大于 250 吨的，日处理能力 500 吨以上的设施。\n",
	       "quantity 250 吨 250 吨 | quantity 500 吨 500 吨");
	EXPECT("符合 3 条件的人员。\n", "");
}

/* What an unspaced number reads after its digits, a PDF's text reads
 * after a space: stacked multipliers (增加 6 万亿元), 多 before a
 * multiplier or a unit or after a multiplier (6540 多亿元, 1710 多项,
 * 3 万多人); a count word after 多 still ends its word (多项目). */
static void
units_one_space_after_more_than(void **state)
{
	(void)state;
	EXPECT("增加 6 万亿元债务限额，整改金额 6540 多亿元，制定制度 1710 多项，问责 3 万多人。\n",
	       "money 6 万亿元 6e+12 元 | money 6540 多亿元 6.54e+11 元 | quantity 1710 多项 1710 项 | "
	       "quantity 3 万多人 30000 人");
	EXPECT("开工 100 多项目。\n", "");
}

static void
names_are_not_figures(void **state)
{
	(void)state;
	EXPECT("PM2.5浓度下降，M2增速回落，建设5G基站3万个，实施中国制造2025，版本1.2.3发布。\n",
	       "quantity 3万个 30000 个");
}

/* Metres and hours written as Latin symbols, as building standards write
 * them, are units; a Latin letter that is no unit (5G, 3D, 4K), a unit
 * running on into a word (10ms) and a number after a letter (M2, A320,
 * A4) are not; an area or a volume may write its square or cube as a
 * plain digit (cm2). */
static void
latin_units(void **state)
{
	(void)state;
	EXPECT("建筑高度大于27m，耐火极限不低于1.00h，间距不小于6 m，板厚100mm。\n",
	       "quantity 27m 27 m | duration 1.00h 1 h | quantity 6 m 6 m | quantity 100mm 100 mm");
	/* An area or a volume whose square or cube is a plain digit. */
	EXPECT("创面累计75.0cm2以上，出血量300cm3，面积约2.5km2。\n",
	       "quantity 75.0cm2 75 cm2 | quantity 300cm3 300 cm3 | quantity 2.5km2 2.5 km2");
	EXPECT("建设5G网络、3D打印和4K超高清，延时10ms，购置A320飞机，使用A4纸，M2增速回落。\n", "");
}

/* A slash between two whole numbers, the smaller first, is a fraction;
 * not in a date, a path, a season, a month's year, a share of days,
 * neighbouring places, a page of so many or a telephone number. */
static void
slash_fractions(void **state)
{
	(void)state;
	EXPECT("占屋面面积不大于1/4者，约１／５的人口。\n",
	       "percent 1/4 25 % | percent １／５ 20 %");
	EXPECT("见www.x.cn/1/4，第1/2/3项，2023/24赛季，12/2024期，24/7服务，"
	       "进贤路13/14等街坊，电话1234/5678，1/4a型，第 1/2 页，1/3页。\n", "");
	EXPECT("于2024/1/5发布。\n", "date 2024/1/5 - -");
}

static void
heading_labels(void **state)
{
	(void)state;
	EXPECT("工作总结\n一、2023年主要工作\n（一）加强领导。一是培训80人。二是新增3家。\n"
	       "1.完成5项\n2．整改2件\n",
	       "quantity 80人 80 人 | quantity 3家 3 家 | quantity 5项 5 项 | quantity 2件 2 件");
	/* A list label glued to a year is neither a quantity nor a year. */
	EXPECT("附件：1.2024年安全生产重点任务清单；2.检查1.5年。\n", "duration 1.5年 1.5 年");
}

static void
book_titles(void **state)
{
	(void)state;
	EXPECT("印发《2023年普法工作要点》、《工作简报（第3期）》和《关于修改<国家赔偿法>的3项决定》共10份。\n",
	       "quantity 10份 10 份");
	/* A number after 等 counts what the title lists, in digits or not. */
	EXPECT("根据《关于修改〈河道管理条例〉等7件地方性法规的决定》和《关于修改〈供水条例〉等十二件法规的决定》修正。\n",
	       "quantity 7件 7 件 | quantity 十二件 12 件");
}

static void
ordinals(void **state)
{
	(void)state;
	/* Off by default, and then not a quantity either. */
	EXPECT("第十三届全国人民代表大会第一次会议，简报第3期。\n", "");
	expect_kinds("第十三届全国人民代表大会第一次会议，简报第3期。\n", 1u << FIGURE_ORDINAL,
		     "ordinal 第十三届 13 届 | ordinal 第一次会议 1 次会议 | ordinal 第3期 3 期");
}

static void
kinds_filter(void **state)
{
	(void)state;
	expect_kinds("培训80人，金额2万元，增长5%，2023年11月23日，国发〔2024〕7号。\n",
		     1u << FIGURE_MONEY, "money 2万元 20000 元");
	expect_kinds("培训80人，金额2万元，增长5%，2023年11月23日，国发〔2024〕7号。\n",
		     (1u << FIGURE_DATE) | (1u << FIGURE_DOCNO),
		     "date 2023年11月23日 - - | docno 国发〔2024〕7号 - -");
}

static void
noise_is_not_figures(void **state)
{
	static const char text[] =
		"2023年工作总结\n一、主要工作\n全年培训80人。结合普法强基补短板专项行动，协调推进普法宣传教育、"
		"依法行政、优化营商环境等法治建设，为人社工作提供了坚实的法治保障。\n"
		"二、下步打算\n纵深推进法治建设，加大简政放权力度。依法全面履行职能，推进法规规章有效实施，"
		"坚持严格规范公正文明执法，强化对行政权力的制约和监督，加强信用体系建设。\n"
		"XX区人力资源和社会保障局\n2023年11月23日\n"
		"【哒哒素材库】——每天更新材料1000多篇内部高质量素材，有意加入请联系客服\n";
	char *path = datafile_path("noise.rules");
	struct noise_rules *rules = NULL;
	struct bg_error err = { BG_OK, "" };
	struct doc *doc;
	struct outline *outline;
	struct figure_list list;
	char *got;

	(void)state;
	assert_non_null(path);
	assert_int_equal(noise_rules_load(&rules, path, &err), BG_OK);
	free(path);
	extract(text, rules, FIGURE_KINDS_DEFAULT, &doc, &outline, &list);
	got = describe(doc, &list);
	assert_string_equal(got, "quantity 80人 80 人 | date 2023年11月23日 - -");
	free(got);
	figures_free(&list);
	outline_free(outline);
	doc_free(doc);
	/* Without the rules the advertisement's number is there. */
	extract(text, NULL, FIGURE_KINDS_DEFAULT, &doc, &outline, &list);
	got = describe(doc, &list);
	assert_non_null(strstr(got, "1000多篇"));
	free(got);
	figures_free(&list);
	outline_free(outline);
	doc_free(doc);
	noise_rules_free(rules);
}

static void
places_and_sections(void **state)
{
	struct doc *doc;
	struct outline *outline;
	struct figure_list list;
	const struct outline_node *path[8];

	(void)state;
	extract("工作总结\n一、主要举措\n（一）加强宣传。一是开展活动。二是培训291人，发放10份。\n",
		NULL, FIGURE_KINDS_DEFAULT, &doc, &outline, &list);
	assert_int_equal(list.count, 2);
	/* 15 characters stand before 二是 on line 3: （一）加强宣传。一是开展活动。 */
	assert_int_equal(list.items[0].line, 3);
	assert_int_equal(list.items[0].column, 20);
	assert_int_equal(list.items[1].column, 27);
	assert_non_null(list.items[0].section);
	assert_int_equal(outline_path(list.items[0].section, path, 8), 3);
	assert_string_equal(path[0]->label, "一、");
	assert_string_equal(path[1]->label, "（一）");
	assert_string_equal(path[2]->label, "二是");
	assert_ptr_equal(list.items[0].section, outline_section_at(outline, list.items[0].offset));
	figures_free(&list);
	outline_free(outline);
	doc_free(doc);
}

static void
unit_table_errors(void **state)
{
	struct unit_table *t = NULL;
	struct bg_error err = { BG_OK, "" };

	(void)state;
	assert_int_equal(figures_parse_units("unit 人\nbogus 个\n", &t, &err), BG_ERR_RULES);
	assert_null(t);
	assert_non_null(strstr(err.detail, "line 2"));
	assert_int_equal(figures_parse_units("multiplier 万\n", &t, &err), BG_ERR_RULES);
	assert_int_equal(figures_parse_units("multiplier 万=x\n", &t, &err), BG_ERR_RULES);
	assert_int_equal(figures_parse_units("unit 人=个\n", &t, &err), BG_ERR_RULES);
	assert_int_equal(figures_parse_units("year-range 2100 1900\n", &t, &err), BG_ERR_RULES);
	assert_int_equal(figures_load_units("/nonexistent/units", &t, &err), BG_ERR_OPEN);
	/* A table of its own: only its words count. */
	assert_int_equal(figures_parse_units("# comment\nunit 只\n\nmultiplier 万=10000\n", &t, &err),
			 BG_OK);
	{
		struct unit_table *saved = units;
		units = t;
		EXPECT("养殖3万只鸡，培训80人。\n", "quantity 3万只 30000 只");
		units = saved;
	}
	figures_free_units(t);
}

/* ---- two threads ---------------------------------------------------------- */

/* One part of a generated report: headings, every kind of figure, and what
 * a paragraph carries that must end with it (an open 《 or “). R varies the
 * numbers. */
static void
append_part(char **out, size_t *length, unsigned r)
{
	static const char *const percents[] = { "十", "二十五", "三点五" };
	char buf[2048];

	snprintf(buf, sizeof buf,
		 "\n第%u部分 汇编材料之%u\n\n"
		 "一、主要工作\n"
		 "（一）加强宣传。一是开展活动%u次，培训%u人，发放%u份。二是投入资金%u.%u万元，"
		 "同比增长%u.%u%%，占全市的三分之二。\n"
		 "（二）依法治理。东人社〔2023〕%u号、国务院令第%u号印发后，2023年%u月%u日至%u日"
		 "开展“%u.%u”活动，《关于%u项工作的通知》要求“三项”制度落实，第%u期培训班结业。\n"
		 "百分之%s的企业完成整改，问题减少一半，PM2.5浓度下降%u微克，建成5G基站%u个，"
		 "2021—2023年累计帮扶%u多万人。\n"
		 "《未完的书名%u人\n"
		 "“未完的引号三项%u人\n",
		 r, r, r % 97 + 1, r * 7 % 5000, r % 13 + 2, r % 50, r % 10, r % 30, r % 10, r % 900 + 1,
		 r % 800 + 1, r % 12 + 1, r % 14 + 1, r % 14 + 15, r % 12 + 1, r % 28 + 1, r % 9 + 2,
		 r % 60 + 1, percents[r % 3], r % 40 + 1, r % 300 + 1, r % 90 + 1, r % 70 + 1, r % 80 + 1);
	append(out, length, buf);
}

/* A generated report of at least LENGTH bytes. */
static char *
generated_report(size_t length)
{
	char *out = NULL;
	size_t n = 0;

	/* figures before the first heading too: their section path is empty */
	append(&out, &n, "工作汇编\n全年培训3860人，投入资金2万元。\n");
	for (unsigned r = 1; n < length; r++)
		append_part(&out, &n, r);
	return out;
}

static void
expect_same_figures(const struct doc *doc, const struct figure_list *want,
		    const struct figure_list *got)
{
	for (size_t i = 0; i < want->count && i < got->count; i++) {
		const struct figure *a = &want->items[i], *b = &got->items[i];
		if (a->kind != b->kind || a->offset != b->offset || a->length != b->length ||
		    a->has_value != b->has_value || a->value != b->value || a->unit != b->unit ||
		    a->line != b->line || a->column != b->column || a->section != b->section) {
			print_error("figure %zu: want %.*s at %u:%u, got %.*s at %u:%u\n", i,
				    (int)a->length, doc->text + a->offset, (unsigned)a->line,
				    (unsigned)a->column, (int)b->length, doc->text + b->offset,
				    (unsigned)b->line, (unsigned)b->column);
			fail();
		}
	}
	assert_int_equal(got->count, want->count);
}

/* Extracts the figures of DOC in one thread, then with THREAD_MIN as the
 * length from which two threads scan it (1: always), and compares.
 * Returns the count. */
static size_t
expect_threads_agree(const struct doc *doc, const struct outline *outline, size_t thread_min)
{
	size_t count;
	struct figure_list one, two;

	assert_int_equal(figures_extract(doc, outline, units, FIGURE_KINDS_DEFAULT, SIZE_MAX, &one),
			 BG_OK);
	assert_int_equal(figures_extract(doc, outline, units, FIGURE_KINDS_DEFAULT, thread_min, &two),
			 BG_OK);
	expect_same_figures(doc, &one, &two);
	/* Places and sections as doc_locate and outline_section_at give them
	 * one by one. */
	for (size_t i = 0; i < one.count; i++) {
		uint32_t line, column;
		doc_locate(doc, one.items[i].offset, &line, &column);
		assert_int_equal(one.items[i].line, line);
		assert_int_equal(one.items[i].column, column);
		assert_ptr_equal(one.items[i].section,
				 outline ? outline_section_at(outline, one.items[i].offset) : NULL);
	}
	count = one.count;
	figures_free(&one);
	figures_free(&two);
	return count;
}

/* A short report forced into two threads finds what one thread finds,
 * the split falling between two paragraphs of figures. */
static void
small_report_in_two_threads(void **state)
{
	static const char text[] =
		"关于2023年工作的报告\n"
		"一、总体情况\n"
		"2023年11月23日，全市培训80个班3860人，投入资金1.2万元，增长12.5%。\n"
		"依据东人社〔2023〕36号文件，3月5日至10日举办“4.15”国家安全日活动。\n"
		"二、下一步打算\n"
		"2024年1—9月，计划新增就业岗位3万个，占比达到三分之二。\n"
		"力争2025年底前完成1亿3千多万元投资，覆盖百分之六十的乡镇。\n";
	struct doc *doc = unit_load(text, NULL);
	struct outline *outline;

	(void)state;
	assert_true(doc->text_length < FIGURES_THREAD_MIN);
	assert_int_equal(outline_build(doc, &outline), BG_OK);
	assert_true(expect_threads_agree(doc, outline, 1) >= 12);
	expect_threads_agree(doc, NULL, 1);
	/* 0 is the default: this text is too short for two. */
	expect_threads_agree(doc, outline, 0);
	outline_free(outline);
	doc_free(doc);
}

static void
large_report_in_two_threads(void **state)
{
	char *text = generated_report(FIGURES_THREAD_MIN + FIGURES_THREAD_MIN / 4);
	struct doc *doc = unit_load(text, NULL);
	struct outline *outline;

	(void)state;
	assert_true(doc->text_length >= FIGURES_THREAD_MIN);
	assert_int_equal(outline_build(doc, &outline), BG_OK);
	assert_true(expect_threads_agree(doc, outline, 0) > 10000);
	/* Without an outline too. */
	expect_threads_agree(doc, NULL, 0);
	outline_free(outline);
	doc_free(doc);
	free(text);
}

static void
split_at_every_paragraph(void **state)
{
	static const char *const fixtures[] = {
		"tests/fixtures/gwr-2018.txt", "tests/fixtures/law.md", "tests/fixtures/notice.md",
		"data/sample.txt",
	};
	const char *top = getenv("top_srcdir");

	(void)state;
	/* The halves meet after the middle: a longer head moves the split
	 * through each paragraph of the part after it. */
	for (size_t head = 0; head < 1500; head += 30) {
		char *text = NULL;
		size_t n = 0;
		struct doc *doc;
		struct outline *outline;

		append(&text, &n, "工作汇编\n");
		while (n < head + 10)
			append(&text, &n, "按照要求，认真做好工作。\n");
		append_part(&text, &n, 1);
		append_part(&text, &n, 2);
		doc = unit_load(text, NULL);
		assert_int_equal(outline_build(doc, &outline), BG_OK);
		expect_threads_agree(doc, outline, 1);
		outline_free(outline);
		doc_free(doc);
		free(text);
	}
	for (size_t i = 0; i < sizeof fixtures / sizeof fixtures[0]; i++) {
		char path[4096];
		struct load_options options = { NULL, NULL, true, 0 };
		struct bg_error err = { BG_OK, "" };
		struct doc *doc = NULL;
		struct outline *outline;

		snprintf(path, sizeof path, "%s/%s", top ? top : ".", fixtures[i]);
		if (load_file(path, &options, &doc, &err) != BG_OK)
			print_error("%s: %s\n", path, err.detail);
		assert_non_null(doc);
		assert_int_equal(outline_build(doc, &outline), BG_OK);
		assert_true(expect_threads_agree(doc, outline, 1) > 0);
		outline_free(outline);
		doc_free(doc);
	}
}

/* The figures of the runs of figures_extract_each, copied in one list. */
struct collected {
	struct figure_list list;
	size_t capacity, runs;
	struct figure_table table;   /* the runs printed too, when OUT is set */
	FILE *out;
};

static bool
collect(void *arg, const struct figure_list *run)
{
	struct collected *c = arg;

	c->runs++;
	for (size_t i = 0; i < run->count; i++) {
		struct figure f = run->items[i];
		if (c->list.count == c->capacity) {
			c->capacity = c->capacity * 2 + 64;
			c->list.items = realloc(c->list.items, c->capacity * sizeof *c->list.items);
			assert_non_null(c->list.items);
		}
		if (f.decimal)
			f.decimal = strdup(f.decimal);
		c->list.items[c->list.count++] = f;
	}
	return c->out ? print_figures_rows(&c->table, run) : true;
}

/* The figures of DOC found a STRETCH at a time (each scanned in two
 * halves from THREAD_MIN bytes, 0: the default) are those found at once,
 * subjects and all, and the table printed a run at a time in FORMAT is
 * the table printed at once. */
static void
expect_runs_agree_split(const struct doc *doc, const struct outline *outline, size_t stretch,
			size_t thread_min, enum output_format format)
{
	struct figure_list whole;
	struct collected c = { { NULL, 0 }, 0, 0, { NULL, NULL, FORMAT_TEXT, 0 }, NULL };
	char *want = NULL, *got = NULL;
	size_t want_n = 0, got_n = 0;
	FILE *f;

	c.out = open_memstream(&got, &got_n);
	assert_non_null(c.out);
	print_figures_begin(&c.table, c.out, doc, format);
	assert_int_equal(figures_extract_each(doc, outline, units, FIGURE_KINDS_DEFAULT, stretch,
					      thread_min, collect, &c),
			 BG_OK);
	assert_int_equal(print_figures_end(&c.table), 0);
	assert_int_equal(fclose(c.out), 0);
	assert_true(c.runs >= 1);
	/* (Found after the runs: a run's array is never one the whole
	 * list's was, freed, with the same figures where they stand.) */
	assert_int_equal(figures_extract(doc, outline, units, FIGURE_KINDS_DEFAULT, 0, &whole),
			 BG_OK);
	expect_same_figures(doc, &whole, &c.list);
	for (size_t i = 0; i < whole.count; i++) {
		const struct figure *a = &whole.items[i], *b = &c.list.items[i];
		assert_int_equal(a->subject, b->subject);
		assert_int_equal(a->subject_length, b->subject_length);
		assert_int_equal(a->change, b->change);
		assert_int_equal(a->row_header, b->row_header);
		assert_int_equal(a->column_header, b->column_header);
	}
	f = open_memstream(&want, &want_n);
	assert_non_null(f);
	assert_int_equal(print_figures(f, doc, outline, &whole, format), 0);
	assert_int_equal(fclose(f), 0);
	assert_string_equal(got, want);
	figures_free(&whole);
	figures_free(&c.list);
	free(want);
	free(got);
}

static void
expect_runs_agree(const struct doc *doc, const struct outline *outline, size_t stretch,
		  enum output_format format)
{
	expect_runs_agree_split(doc, outline, stretch, 0, format);
}

/* The arrays a stretch's two halves were scanned into serve the next
 * stretch, grown where it is longer: short paragraphs, then one far
 * longer than a stretch (its run needs more room than any before), then
 * short ones again, each stretch scanned in two halves, are found as the
 * whole text is. */
static void
figures_runs_reuse_their_arrays(void **state)
{
	char *text = NULL, *long_one = NULL;
	size_t n = 0, long_n = 0;
	struct doc *doc;
	struct outline *outline;

	(void)state;
	append(&text, &n, "工作汇编\n");
	for (unsigned i = 1; i <= 60; i++) {
		char line[128];
		snprintf(line, sizeof line, "%u.全年培训%u人，投入资金%u.5万元，增长%u%%。\n", i,
			 100 + i, 2 * i, i % 9 + 1);
		append(&text, &n, line);
	}
	for (unsigned i = 1; i <= 400; i++) {
		char piece[96];
		snprintf(piece, sizeof piece, "第%u项支出%u万元，", i, 37 * i);
		append(&long_one, &long_n, piece);
	}
	append(&text, &n, long_one);
	append(&text, &n, "合计完成。\n");
	for (unsigned i = 1; i <= 60; i++) {
		char line[128];
		snprintf(line, sizeof line, "新增就业%u人，比上年提高%u.%u个百分点。\n", 1000 + i, i % 7,
			 i % 10);
		append(&text, &n, line);
	}
	doc = unit_load(text, NULL);
	assert_int_equal(outline_build(doc, &outline), BG_OK);
	expect_runs_agree_split(doc, outline, 1024, 256, FORMAT_JSON);
	expect_runs_agree_split(doc, outline, 1, 64, FORMAT_TSV);
	outline_free(outline);
	doc_free(doc);
	free(long_one);
	free(text);
}

/* Found and printed a stretch at a time, as they are at once: a stretch
 * of one byte (every paragraph alone), of a few KB (several paragraphs),
 * and of more than two threads scan at once; in every format, a report
 * with no figures too. */
static void
figures_a_stretch_at_a_time(void **state)
{
	static const char *const fixtures[] = {
		"tests/fixtures/gwr-2018.txt", "tests/fixtures/law.md", "tests/fixtures/notice.md",
		"data/sample.txt",
	};
	static const enum output_format formats[] = { FORMAT_JSON, FORMAT_TSV, FORMAT_CSV,
						      FORMAT_TEXT };
	const char *top = getenv("top_srcdir");
	char *text = generated_report(FIGURES_THREAD_MIN * 3);
	struct doc *doc = unit_load(text, NULL);
	struct outline *outline;

	(void)state;
	assert_int_equal(outline_build(doc, &outline), BG_OK);
	expect_runs_agree(doc, outline, FIGURES_THREAD_MIN, FORMAT_JSON);
	expect_runs_agree(doc, outline, 100000, FORMAT_TSV);
	outline_free(outline);
	doc_free(doc);
	free(text);
	for (size_t i = 0; i < sizeof fixtures / sizeof fixtures[0]; i++) {
		char path[4096];
		struct load_options options = { NULL, NULL, true, 0 };
		struct bg_error err = { BG_OK, "" };

		snprintf(path, sizeof path, "%s/%s", top ? top : ".", fixtures[i]);
		doc = NULL;
		if (load_file(path, &options, &doc, &err) != BG_OK)
			print_error("%s: %s\n", path, err.detail);
		assert_non_null(doc);
		assert_int_equal(outline_build(doc, &outline), BG_OK);
		for (size_t k = 0; k < sizeof formats / sizeof formats[0]; k++) {
			expect_runs_agree(doc, outline, 1, formats[k]);
			expect_runs_agree(doc, outline, 4096, formats[k]);
		}
		outline_free(outline);
		doc_free(doc);
	}
	doc = unit_load("关于做好工作的通知\n认真做好各项工作。\n", NULL);
	assert_int_equal(outline_build(doc, &outline), BG_OK);
	for (size_t k = 0; k < sizeof formats / sizeof formats[0]; k++)
		expect_runs_agree(doc, outline, 1, formats[k]);
	outline_free(outline);
	doc_free(doc);
}

/* print_figures of LIST in FORMAT, as a string. */
static char *
printed(const struct doc *doc, const struct outline *outline, const struct figure_list *list,
	enum output_format format)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&buf, &size);

	assert_non_null(f);
	assert_int_equal(print_figures(f, doc, outline, list, format), 0);
	assert_int_equal(fclose(f), 0);
	return buf;
}

static void
printing_many_figures(void **state)
{
	char *text = generated_report(FIGURES_THREAD_MIN / 2);
	struct doc *doc = unit_load(text, NULL);
	struct outline *outline;
	struct figure_list list;
	static const enum output_format formats[] = { FORMAT_JSON, FORMAT_TSV, FORMAT_TEXT };

	(void)state;
	assert_int_equal(outline_build(doc, &outline), BG_OK);
	assert_int_equal(figures_extract(doc, outline, units, FIGURE_KINDS_DEFAULT, 0, &list), BG_OK);
	assert_true(list.count > 10000);
	/* The whole table is the rows printed one at a time, put together. */
	for (size_t k = 0; k < sizeof formats / sizeof formats[0]; k++) {
		char *all = printed(doc, outline, &list, formats[k]), *want = NULL;
		size_t n = 0;
		/* A stream: growing one buffer row by row is quadratic where
		 * realloc always copies (AddressSanitizer, valgrind). */
		FILE *w = open_memstream(&want, &n);

		assert_non_null(w);

		for (size_t i = 0; i < list.count; i++) {
			struct figure_list one = { list.items + i, 1 };
			char *row = printed(doc, outline, &one, formats[k]), *body = row;
			size_t length = strlen(row);
			if (formats[k] == FORMAT_JSON) {
				/* "[\n{...}\n]\n" */
				assert_true(length > 5);
				row[length - 3] = '\0';
				body = row + 2;
				if (i == 0)
					fputs("[\n", w);
				else
					fputs(",\n", w);
			} else {
				/* the heading line, then the row */
				body = strchr(row, '\n') + 1;
				if (i == 0) {
					body[-1] = '\0';
					fputs(row, w);
					fputs("\n", w);
				}
			}
			fputs(body, w);
			free(row);
		}
		if (formats[k] == FORMAT_JSON)
			fputs("\n]\n", w);
		assert_int_equal(fclose(w), 0);
		if (strcmp(all, want) != 0) {
			size_t at = 0;
			while (all[at] == want[at])
				at++;
			print_error("format %d differs at byte %zu: %.80s\n", (int)formats[k], at,
				    all + at);
		}
		assert_string_equal(all, want);
		free(all);
		free(want);
	}
	figures_free(&list);
	outline_free(outline);
	doc_free(doc);
	free(text);
}

static void
kind_names(void **state)
{
	(void)state;
	for (int k = 0; k < FIGURE_KIND_COUNT; k++) {
		const char *name = figure_kind_name((enum figure_kind)k);
		assert_int_equal(figure_kind_from_name(name, strlen(name)), k);
	}
	assert_string_equal(figure_kind_name(FIGURE_DOCNO), "docno");
	assert_int_equal(figure_kind_from_name("money", 5), FIGURE_MONEY);
	assert_int_equal(figure_kind_from_name("mone", 4), -1);
	assert_int_equal(figure_kind_from_name("dates", 5), -1);
}

/* The list of Chinese digits the unit table marks is what numeral.c
 * reads: every character it reads as a digit is on it, and no other. */
static void
chinese_digit_list_agrees(void **state)
{
	(void)state;
	for (uint32_t c = 0x800; c < 0x10000; c++) {
		char s[4] = { (char)(0xe0 | c >> 12), (char)(0x80 | (c >> 6 & 0x3f)),
			      (char)(0x80 | (c & 0x3f)), '\0' };
		size_t used;
		bool digit = numeral_chinese_digit(s, 3, &used) >= 0 && used == 3;
		if (c >= 0xd800 && c < 0xe000)
			continue;
		if (digit != (strstr(NUMERAL_CHINESE_DIGITS, s) != NULL))
			fail_msg("U+%04X: numeral.c %s it", (unsigned)c, digit ? "reads" : "does not read");
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(quantities),
		cmocka_unit_test(money),
		cmocka_unit_test(percents),
		cmocka_unit_test(dates),
		cmocka_unit_test(bare_years),
		cmocka_unit_test(document_numbers),
		cmocka_unit_test(full_width_digits),
		cmocka_unit_test(thousands_separators),
		cmocka_unit_test(chinese_numerals),
		cmocka_unit_test(lone_one_and_slogans),
		cmocka_unit_test(after_digits_only),
		cmocka_unit_test(units_one_space_after_digits),
		cmocka_unit_test(durations_one_space_after_digits),
		cmocka_unit_test(units_one_space_before_a_particle),
		cmocka_unit_test(units_one_space_after_more_than),
		cmocka_unit_test(steam_tons),
		cmocka_unit_test(ship_tons_and_lux),
		cmocka_unit_test(names_of_sessions_and_plans),
		cmocka_unit_test(counts_of_names),
		cmocka_unit_test(percent_escapes),
		cmocka_unit_test(durations),
		cmocka_unit_test(terms),
		cmocka_unit_test(page_ranges),
		cmocka_unit_test(large_chinese_numbers),
		cmocka_unit_test(long_numbers),
		cmocka_unit_test(stacked_multipliers),
		cmocka_unit_test(calendar_dates),
		cmocka_unit_test(printing_long_numbers),
		cmocka_unit_test(names_are_not_figures),
		cmocka_unit_test(latin_units),
		cmocka_unit_test(slash_fractions),
		cmocka_unit_test(heading_labels),
		cmocka_unit_test(book_titles),
		cmocka_unit_test(ordinals),
		cmocka_unit_test(kinds_filter),
		cmocka_unit_test(noise_is_not_figures),
		cmocka_unit_test(places_and_sections),
		cmocka_unit_test(unit_table_errors),
		cmocka_unit_test(kind_names),
		cmocka_unit_test(small_report_in_two_threads),
		cmocka_unit_test(large_report_in_two_threads),
		cmocka_unit_test(split_at_every_paragraph),
		cmocka_unit_test(printing_many_figures),
		cmocka_unit_test(figures_a_stretch_at_a_time),
		cmocka_unit_test(figures_runs_reuse_their_arrays),
		cmocka_unit_test(chinese_digit_list_agrees),
	};
	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, load_units, free_units);
}
