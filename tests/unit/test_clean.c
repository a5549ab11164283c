/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_clean.c - noise rules: markers, advertising after the sign-off,
 * web furniture before the report, the guard against dropping real text. */
#include <stdio.h>

#include "unit.h"

static struct noise_rules *
rules_from(const char *text)
{
	struct noise_rules *rules = NULL;
	struct bg_error err = { BG_OK, "" };

	assert_int_equal(noise_rules_parse(&rules, text, &err), BG_OK);
	return rules;
}

static const char default_rules[] =
	"# comment\n"
	"marker ##paidbegin##\n"
	"marker ##paidend##\n"
	"tail 【[^】]{0,24}(素材库|代笔)】\n"
	"tail (添加|联系)?客服[：:]\n"
	"edge ^[[:space:]]*((下载|打印|收藏)[[:space:]]*)+$\n"
	"head ^(来源|时间)[：:].{0,60}$\n";

static void
marker_cut_text_joined(void **state)
{
	(void)state;
	struct noise_rules *rules = rules_from(default_rules);
	struct doc *doc = unit_load("结合“我为群众办实事”##paidbegin##“大调研”等活动。\n##paidend##\n", rules);
	char *p = unit_paragraph(doc, 0);
	const char *at = strstr(doc->text, "“大调研”");
	uint32_t line, column;

	assert_string_equal(p, "结合“我为群众办实事”“大调研”等活动。");
	assert_int_equal(doc->paragraph_count, 1);
	/* The text after the marker keeps its place in the source line. */
	doc_locate(doc, (size_t)(at - doc->text), &line, &column);
	assert_int_equal(line, 1);
	assert_int_equal(column, 12 + 13);
	free(p);
	doc_free(doc);
	noise_rules_free(rules);
}

static const char report_with_ads[] =
	"工作总结\n"
	"一、主要成效\n"
	"今年以来，我局认真贯彻落实各项决策部署，各项工作取得明显成效，全年共培训3860人，"
	"开展检查20次，办理案件8件，为下一步工作打下了坚实基础。我们将继续努力。\n"
	"二、存在问题\n"
	"一些干部的法治意识还有待进一步提高，相关制度还需要进一步完善，工作方法有待改进。\n"
	"三、下步打算\n"
	"继续加强学习，完善制度，推动各项工作再上新台阶，为经济社会发展提供坚强保障。\n"
	"某某区人力资源和社会保障局\n"
	"2023年11月23日\n"
	"【哒哒素材库】——每天更新材料\n"
	"添加客服：cwk\n";

static void
advertising_after_sign_off(void **state)
{
	(void)state;
	struct noise_rules *rules = rules_from(default_rules);
	struct doc *doc = unit_load(report_with_ads, rules);
	char *last = unit_paragraph(doc, doc->paragraph_count - 1);

	assert_string_equal(last, "2023年11月23日");
	assert_null(strstr(doc->text, "素材库"));
	assert_int_equal(doc->warning_count, 0);
	assert_string_equal(doc->issuer, "某某区人力资源和社会保障局");
	free(last);
	doc_free(doc);
	noise_rules_free(rules);
}

static void
ads_kept_without_rules(void **state)
{
	(void)state;
	struct doc *doc = unit_load(report_with_ads, NULL);
	assert_non_null(strstr(doc->text, "素材库"));
	doc_free(doc);
}

static void
furniture_before_title(void **state)
{
	(void)state;
	struct noise_rules *rules = rules_from(default_rules);
	struct doc *doc = unit_load("下载 打印 收藏\n"
				    "关于做好工作的通知\n"
				    "来源：区政府办公室\n"
				    "各单位：为做好相关工作，现将有关事项通知如下。\n"
				    "一、总体要求\n"
				    "来源：这一段是正文，不在页首，不删。\n", rules);

	assert_string_equal(doc->title, "关于做好工作的通知");
	assert_null(strstr(doc->text, "打印"));
	assert_null(strstr(doc->text, "区政府办公室"));
	assert_non_null(strstr(doc->text, "这一段是正文"));
	doc_free(doc);
	noise_rules_free(rules);
}

/* The page's timestamp line goes with the furniture, but its date is the
 * report's when the report prints none. */
static void
timestamp_date_kept(void **state)
{
	(void)state;
	struct noise_rules *rules = rules_from(default_rules);
	struct doc *doc = unit_load("某县2033年统计公报\n某县统计局\n时间：2034年03月30日\n"
				    "全县经济运行稳中向好，各项事业取得新进展。\n一、综合\n正文。\n", rules);

	assert_null(strstr(doc->text, "时间："));
	assert_non_null(doc->date);
	assert_string_equal(doc->date, "2034-03-30");
	doc_free(doc);
	/* A date the report prints itself comes first. */
	doc = unit_load("某县2033年统计公报\n时间：2034年03月30日\n全县经济运行稳中向好。\n"
			"一、综合\n正文。\n某县统计局\n2034年3月20日\n", rules);
	assert_non_null(doc->date);
	assert_string_equal(doc->date, "2034-03-20");
	doc_free(doc);
	noise_rules_free(rules);
}

/* Text enough that the noise around it is less than a quarter. */
#define BODY "全年地区生产总值增长百分之五，城乡居民收入稳步增加，各项社会事业全面进步，" \
	"生态环境持续改善，改革开放不断深化，政府自身建设进一步加强，人民群众获得感不断增强。\n"

/* A toolbar laid out one button a line is known by its shape, whatever
 * its words: no rule names them. */
static void
toolbar_one_word_a_line(void **state)
{
	(void)state;
	struct noise_rules *rules = rules_from("");
	struct doc *doc = unit_load("分享\n评论\n点赞\n【字号：\n放大\n缩小\n】\n"
				    "某市年度工作总结\n"
				    "今年以来，全市上下认真贯彻落实各项部署。\n"
				    "一、主要工作\n" BODY, rules);

	assert_string_equal(doc->title, "某市年度工作总结");
	assert_null(strstr(doc->text, "点赞"));
	assert_null(strstr(doc->text, "【"));
	assert_int_equal(doc->paragraphs[0].line, 8);
	doc_free(doc);
	/* A title spaced out one letter a line is not a toolbar. */
	doc = unit_load("工\n作\n总\n结\n今年以来，全市上下认真贯彻落实各项部署。\n", rules);
	assert_non_null(strstr(doc->text, "工\n作"));
	doc_free(doc);
	noise_rules_free(rules);
}

/* Boxes of UI words before the title or after the text go; a box that
 * holds a sentence stays. */
static void
ui_word_boxes(void **state)
{
	(void)state;
	struct noise_rules *rules = rules_from("");
	struct doc *doc = unit_load("【返回首页】 【网站地图】\n某区年度工作总结\n" BODY BODY
				    "【注：本文数据均为初步统计，以正式公报为准。】\n"
				    "【E-mail推荐\n\n】\n【打印本页】【关闭窗口】\n", rules);

	assert_string_equal(doc->title, "某区年度工作总结");
	assert_null(strstr(doc->text, "网站地图"));
	assert_null(strstr(doc->text, "E-mail"));
	assert_null(strstr(doc->text, "关闭窗口"));
	assert_non_null(strstr(doc->text, "以正式公报为准"));
	doc_free(doc);
	noise_rules_free(rules);
}

/* A related-links list ends the page: it goes, with all after it. */
static void
related_links_tail(void **state)
{
	(void)state;
	struct noise_rules *rules = rules_from("");
	struct doc *doc = unit_load("某县工作报告\n一、工作回顾\n第一段正文。\n第二段正文。\n"
				    "二、工作安排\n第三段正文。\n第四段正文。\n第五段正文。\n"
				    BODY "延伸阅读：\n某县召开会议\n某县部署工作\n", rules);

	assert_non_null(strstr(doc->text, "第五段正文。"));
	assert_null(strstr(doc->text, "延伸阅读"));
	assert_null(strstr(doc->text, "召开会议"));
	doc_free(doc);
	noise_rules_free(rules);
}

/* A side list (推荐阅读) that a page lays out before a short article is
 * no end of the page: the article's text after it stays. */
static void
related_links_before_text(void **state)
{
	(void)state;
	struct noise_rules *rules = rules_from("");
	struct doc *doc = unit_load("某县工作报告\n一、工作回顾\n" BODY BODY BODY BODY "二、工作安排\n第三段正文。\n"
				    "推荐阅读\n某县召开会议[05-09]\n某县部署工作[06-03]\n"
				    "下一步，我们将继续深化改革，扩大开放，着力保障和改善民生，推动经济社会持续健康发展，"
				    "为全面建设社会主义现代化国家作出新的更大贡献。\n", rules);

	assert_non_null(strstr(doc->text, "作出新的更大贡献"));
	doc_free(doc);
	noise_rules_free(rules);
}

/* The noise rules baogao ships, data/noise.rules, loaded. */
static struct noise_rules *
shipped_rules(void)
{
	struct noise_rules *rules = NULL;
	struct bg_error err = { BG_OK, "" };
	char path[4096];
	const char *top = getenv("top_srcdir");

	snprintf(path, sizeof path, "%s/data/noise.rules", top ? top : ".");
	assert_int_equal(noise_rules_load(&rules, path, &err), BG_OK);
	return rules;
}

/* The shipped rules: breadcrumbs, a site-date-source line, a page's
 * 扫一扫, its accessibility switches and a photo caption before the report;
 * the speaker line stays. */
static void
shipped_rules_page_head(void **state)
{
	(void)state;
	struct noise_rules *rules = shipped_rules();
	struct doc *doc;

	doc = unit_load("您的位置： 首页 > 政务公开\n"
			"某省政府工作报告\n"
			"某省门户网站 2026年01月30日 来源：某日报\n"
			"扫一扫在手机打开当前页\n"
			"进入适老模式 无障碍阅读\n"
			"某省人民政府省长 张三\n"
			"张三作政府工作报告。本报记者 李四摄\n"
			"各位代表：\n"
			"一、工作回顾\n" BODY BODY BODY, rules);
	assert_string_equal(doc->title, "某省政府工作报告");
	assert_null(strstr(doc->text, "首页"));
	assert_null(strstr(doc->text, "来源"));
	assert_null(strstr(doc->text, "扫一扫"));
	assert_null(strstr(doc->text, "适老模式"));
	assert_null(strstr(doc->text, "李四摄"));
	assert_non_null(strstr(doc->text, "省长 张三"));
	doc_free(doc);
	noise_rules_free(rules);
}

/* A page's source key with its value on the next line goes with that
 * value, as 来源：某日报 on one line does; the speaker line stays. */
static void
shipped_rules_source_value_below(void **state)
{
	(void)state;
	struct noise_rules *rules = shipped_rules();
	struct doc *doc;

	doc = unit_load("某省政府工作报告\n"
			"2036年1月27日在某省第十四届人民代表大会第四次会议上 某省省长 张三\n"
			"来源：\n"
			"某省人民政府\n"
			"各位代表：\n"
			"一、工作回顾\n" BODY BODY BODY, rules);
	assert_null(strstr(doc->text, "来源"));
	assert_null(strstr(doc->text, "某省人民政府"));
	assert_non_null(strstr(doc->text, "省长 张三"));
	assert_string_equal(doc->issuer, "某省省长 张三");
	doc_free(doc);
	noise_rules_free(rules);
}

/* A page's timestamp key with its value on the next line goes with that
 * value, as 时间：2036-02-02 on one line does, and its date dates the
 * page when nothing better does. */
static void
shipped_rules_time_value_below(void **state)
{
	(void)state;
	struct noise_rules *rules = shipped_rules();
	struct doc *doc;

	doc = unit_load("某省政府工作报告\n"
			"时间：\n"
			"2036-02-02 09:20\n"
			"各位代表：\n"
			"一、工作回顾\n" BODY BODY BODY, rules);
	assert_null(strstr(doc->text, "时间"));
	assert_null(strstr(doc->text, "09:20"));
	assert_non_null(doc->date);
	assert_string_equal(doc->date, "2036-02-02");
	doc_free(doc);
	noise_rules_free(rules);
}

/* A Markdown report's title opens the head as a text's does: a caption
 * under it, before the first heading, goes; the title stays. */
static void
shipped_rules_markdown_head(void **state)
{
	(void)state;
	struct noise_rules *rules = shipped_rules();
	struct doc *doc;

	doc = unit_load("# 某市某某保护条例\n\n"
			"图为会议现场。新华社记者 李四 摄\n\n"
			"2030年4月28日 某市第十九届人民代表大会常务委员会第二十七次会议通过\n\n"
			"## 第一章 总则\n\n" BODY BODY BODY, rules);
	assert_string_equal(doc->title, "某市某某保护条例");
	assert_null(strstr(doc->text, "李四 摄"));
	assert_string_equal(doc->date, "2030-04-28");
	doc_free(doc);
	noise_rules_free(rules);
}

/* A short photo caption or credit alone on a line in the middle of the
 * text goes; a sentence that opens with 图为 and goes on stays. */
static void
shipped_rules_captions_in_text(void **state)
{
	(void)state;
	struct noise_rules *rules = shipped_rules();
	struct doc *doc;

	doc = unit_load("某某工作报告\n一、工作回顾\n" BODY BODY "\n"
			"图为新建成的城市公园。\n"
			BODY "\n（新华社记者 张三 摄）\n" BODY "\n"
			"图为示意，各区按此执行，具体见附件。\n" BODY BODY BODY, rules);
	assert_null(strstr(doc->text, "城市公园"));
	assert_null(strstr(doc->text, "张三"));
	assert_non_null(strstr(doc->text, "图为示意，各区按此执行"));
	doc_free(doc);
	noise_rules_free(rules);
}

/* An image's leftover word alone on a line (图片, 【图片】), where a web
 * page's picture stood, goes: it heads nothing, not even the 一、 right
 * under it; a sentence that speaks of pictures stays. */
static void
shipped_rules_image_word(void **state)
{
	(void)state;
	struct noise_rules *rules = shipped_rules();
	struct outline *o;
	struct doc *doc;

	doc = unit_load("某市人民政府办公厅关于某某安排的通知\n\n"
			"各区人民政府：\n\n现将有关安排通知如下。\n\n"
			"图片\n一、元旦：1月1日放假，共1天。\n\n"
			"二、春节：2月4日至10日放假，共7天。\n\n"
			"【图片】\n\n图片和视频资料由各区报送。\n", rules);
	assert_null(strstr(doc->text, "图片\n"));
	assert_null(strstr(doc->text, "【图片】"));
	assert_non_null(strstr(doc->text, "图片和视频资料由各区报送。"));
	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->root.child_count, 2);
	assert_string_equal(o->root.children[0]->label, "一、");
	outline_free(o);
	doc_free(doc);
	noise_rules_free(rules);
}

static void
too_much_removed_is_kept(void **state)
{
	(void)state;
	/* A rule that would match most of a short document is taken to be
	 * wrong: everything is kept and a warning says so. */
	struct noise_rules *rules = rules_from("edge 。\n");
	struct doc *doc = unit_load("第一段。\n第二段。\n第三段。\n", rules);

	assert_int_equal(doc->paragraph_count, 3);
	assert_int_equal(doc->warning_count, 1);
	assert_non_null(strstr(doc->warnings[0], "kept everything"));
	doc_free(doc);
	noise_rules_free(rules);
}

static void
page_numbers_between_wrapped_lines(void **state)
{
	(void)state;
	/* A PDF page break: the page number goes, and the sentence it cut in
	 * two is joined again. */
	/* The page number alone, and between blank lines. */
	static const char *const breaks[] = { "— 3 —\n", "\n— 3 —\n\n" };
	struct noise_rules *rules = rules_from("line ^[-—][[:space:]]*[0-9]{1,4}[[:space:]]*[-—]$\n");

	for (size_t i = 0; i < sizeof breaks / sizeof breaks[0]; i++) {
		char text[512];
		struct doc *doc;
		char *p;

		snprintf(text, sizeof text, "全面贯彻落实各项工作部\n署，坚持稳中求进工作总\n%s"
			 "基调，推动发展。\n加强组织领导，明确责任\n分工，确保各项任务落实\n"
			 "到位。\n表格中的数字\n3\n", breaks[i]);
		doc = unit_load(text, rules);
		p = unit_paragraph(doc, 0);
		assert_string_equal(p, "全面贯彻落实各项工作部署，坚持稳中求进工作总基调，推动发展。");
		/* A number alone on a line is data, not a page number. */
		assert_non_null(strstr(doc->text, "\n3\n"));
		free(p);
		doc_free(doc);
	}
	noise_rules_free(rules);
}

static void
bad_rules(void **state)
{
	(void)state;
	struct noise_rules *rules = NULL;
	struct bg_error err = { BG_OK, "" };

	assert_int_equal(noise_rules_parse(&rules, "marker ok\nnonsense rule\n", &err), BG_ERR_RULES);
	assert_string_equal(err.detail, "line 2: unknown rule kind 'nonsense' (marker, head, tail, edge, line)");
	assert_int_equal(noise_rules_parse(&rules, "tail [unclosed\n", &err), BG_ERR_RULES);
	assert_non_null(strstr(err.detail, "line 1: "));
	assert_int_equal(noise_rules_parse(&rules, "tail\n", &err), BG_ERR_RULES);
	/* A marker in GBK (##付费##) would cut pieces of characters out. */
	assert_int_equal(noise_rules_parse(&rules, "marker ##\xb8\xb6\xb7\xd1##\n", &err),
			 BG_ERR_RULES);
	assert_string_equal(err.detail, "line 1: a marker must be UTF-8");
	noise_rules_free(rules);
	rules = NULL;
	assert_int_equal(noise_rules_load(&rules, "/nonexistent/rules", &err), BG_ERR_OPEN);
	noise_rules_free(rules);
}

/* Rules are bounded: too many in a file, a pattern too costly to compile
 * and one too costly to match are errors, not hangs. */
static void
rules_within_limits(void **state)
{
	(void)state;
	struct noise_rules *rules = NULL;
	struct bg_error err = { BG_OK, "" };
	size_t size = (NOISE_RULES_MAX + 1) * 7 + 1;
	struct noise_cost cost = NOISE_COST_START;
	char *text = malloc(size), line[2001];

	assert_non_null(text);
	text[0] = '\0';
	for (int i = 0; i <= NOISE_RULES_MAX; i++)
		strcat(text + (size_t)i * 7, "edge x\n");
	assert_int_equal(noise_rules_parse(&rules, text, &err), BG_ERR_RULES);
	assert_string_equal(err.detail, "line 1001: more than 1000 rules in a file");
	free(text);
	noise_rules_free(rules);
	rules = NULL;
	assert_int_equal(noise_rules_parse(&rules, "# x\ntail ((a{255}){255}){255}\n", &err), BG_ERR_RULES);
	assert_non_null(strstr(err.detail, "line 2: "));
	noise_rules_free(rules);

	rules = rules_from("edge ^zzz$\nedge (a*)(a*)\\2\\1[bc]\n");
	memset(line, 'a', 2000);
	line[2000] = '\0';
	assert_false(noise_paragraph_matches(rules, line, 2000, NOISE_EDGE, &cost));
	assert_int_equal(cost.costly, 1);
	assert_int_equal(noise_rule_too_costly(rules, cost.costly, &err), BG_ERR_COSTLY);
	assert_string_equal(err.detail, "noise rule at line 2");
	/* After a limit is hit nothing matches any more. */
	assert_false(noise_paragraph_matches(rules, "zzz", 3, NOISE_EDGE, &cost));
	noise_rules_free(rules);

	/* Lines each under the step limit but costly together: the time
	 * budget of the load. */
	rules = rules_from("edge (a*)(a*)\\2\\1[bc]\n");
	cost = (struct noise_cost)NOISE_COST_START;
	for (int i = 0; i < 1000 && cost.costly == SIZE_MAX; i++)
		assert_false(noise_paragraph_matches(rules, line, 400, NOISE_EDGE, &cost));
	assert_int_equal(cost.costly, 0);
	noise_rules_free(rules);
}

/* A pattern reads a paragraph as POSIX regexec does: ^ and $ at its ends,
 * . across a line end inside it. */
static void
rules_read_the_whole_paragraph(void **state)
{
	(void)state;
	struct noise_rules *rules = rules_from("edge ^x$\ntail a.b\n");
	struct noise_cost cost = NOISE_COST_START;

	assert_true(noise_paragraph_matches(rules, "x", 1, NOISE_EDGE, &cost));
	assert_false(noise_paragraph_matches(rules, "x\ny", 3, NOISE_EDGE, &cost));
	assert_false(noise_paragraph_matches(rules, "y\nx", 3, NOISE_EDGE, &cost));
	assert_false(noise_paragraph_matches(rules, "x\n", 2, NOISE_EDGE, &cost));
	assert_true(noise_paragraph_matches(rules, "a\nb", 3, NOISE_TAIL, &cost));
	assert_int_equal(cost.costly, SIZE_MAX);
	noise_rules_free(rules);
}

static void
overlapping_markers_merge(void **state)
{
	(void)state;
	struct noise_rules *rules = rules_from("marker ##ab##\nmarker b##cd\n");
	struct noise_cut *cuts;
	size_t count;
	static const char text[] = "x##ab##cdy##ab##z";

	assert_int_equal(noise_find_markers(rules, text, sizeof text - 1, &cuts, &count), BG_OK);
	assert_int_equal(count, 2);
	assert_int_equal(cuts[0].start, 1);
	assert_int_equal(cuts[0].length, 8);
	assert_int_equal(cuts[1].start, 10);
	free(cuts);
	noise_rules_free(rules);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(marker_cut_text_joined),
		cmocka_unit_test(advertising_after_sign_off),
		cmocka_unit_test(ads_kept_without_rules),
		cmocka_unit_test(furniture_before_title),
		cmocka_unit_test(toolbar_one_word_a_line),
		cmocka_unit_test(ui_word_boxes),
		cmocka_unit_test(related_links_tail),
		cmocka_unit_test(related_links_before_text),
		cmocka_unit_test(shipped_rules_page_head),
		cmocka_unit_test(shipped_rules_source_value_below),
		cmocka_unit_test(shipped_rules_time_value_below),
		cmocka_unit_test(shipped_rules_markdown_head),
		cmocka_unit_test(shipped_rules_captions_in_text),
		cmocka_unit_test(too_much_removed_is_kept),
		cmocka_unit_test(page_numbers_between_wrapped_lines),
		cmocka_unit_test(timestamp_date_kept),
		cmocka_unit_test(shipped_rules_image_word),
		cmocka_unit_test(bad_rules),
		cmocka_unit_test(overlapping_markers_merge),
		cmocka_unit_test(rules_within_limits),
		cmocka_unit_test(rules_read_the_whole_paragraph),
	};
	return UNIT_RUN(tests);
}
