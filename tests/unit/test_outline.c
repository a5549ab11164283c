/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_outline.c - heading styles, sequences, depth from nesting, run-in
 * titles, inline enumerations, and what must not become a heading. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unit.h"
#include "label.h"
#include "numeral.h"

struct expect {
	int depth;
	const char *label;
	const char *title;
	uint32_t line;
};

static void
expect_outline(const char *text, const struct expect *e, size_t count)
{
	struct doc *doc = unit_load(text, NULL);
	struct outline *o = NULL;

	assert_int_equal(outline_build(doc, &o), BG_OK);
	for (size_t i = 0; i < o->count && i < count; i++) {
		const struct outline_node *n = o->nodes[i];
		if (n->depth != e[i].depth || strcmp(n->label, e[i].label) != 0 ||
		    strcmp(n->title, e[i].title) != 0 || n->line != e[i].line)
			print_error("node %zu: got %d %s|%s line %u, want %d %s|%s line %u\n", i, n->depth,
				    n->label, n->title, n->line, e[i].depth, e[i].label, e[i].title, e[i].line);
		assert_int_equal(n->depth, e[i].depth);
		assert_string_equal(n->label, e[i].label);
		assert_string_equal(n->title, e[i].title);
		assert_int_equal(n->line, e[i].line);
	}
	if (o->count != count) {
		for (size_t i = 0; i < o->count; i++)
			print_error("got %d %s|%s\n", o->nodes[i]->depth, o->nodes[i]->label, o->nodes[i]->title);
	}
	assert_int_equal(o->count, count);
	outline_free(o);
	doc_free(doc);
}

#define EXPECT(text, ...) do { \
	static const struct expect e[] = { __VA_ARGS__ }; \
	expect_outline(text, e, sizeof e / sizeof e[0]); \
} while (0)

/* A standard's 前言 (spaced apart, 前     言) with a page or more of its
 * own text above clause 1 -- sentences, list lines, a page's number (ii)
 * and the standard's code atop the next page (GB 1234—2014) between -- is
 * a part beside the clauses, however far above them it stands.  A short
 * line that is neither (a date, a name) hides it. */
static void
front_matter_far_above_first_clause(void **state)
{
	(void)state;
	EXPECT("某某环境控制限值\n\n    前     言\n\n"
	       "  为贯彻《中华人民共和国环境保护法》，加强电磁环境管理，制定本标准。\n"
	       "  本标准规定了电磁环境中控制公众曝露的限值。\n  本标准首次发布于1988年。\n"
	       "  本次修订的主要内容：\n  ——增加了某某频段的限值；\n  ——删除了职业曝露限值；\n"
	       "  ——调整了监测要求；\n  本标准由环境保护部科技标准司组织制订。\n"
	       "  本标准由环境保护部解释。\n\n  ii\n\n  GB 1234—2014\n\n  某某环境控制限值\n\n"
	       "1   适用范围\n\n  本标准规定了限值。\n\n2   规范性引用文件\n\n  本标准引用下列文件。\n",
	       { 1, "", "前言", 3 }, { 1, "1", "适用范围", 21 }, { 1, "2", "规范性引用文件", 25 });
	EXPECT("某某环境控制限值\n\n    前     言\n\n"
	       "  为贯彻《中华人民共和国环境保护法》，加强电磁环境管理，制定本标准。\n"
	       "  本标准规定了电磁环境中控制公众曝露的限值。\n  本标准首次发布于1988年。\n"
	       "  本次修订的主要内容：\n  ——增加了某某频段的限值；\n  ——删除了职业曝露限值；\n"
	       "  ——调整了监测要求；\n  本标准由环境保护部科技标准司组织制订。\n"
	       "  2014年9月8日\n\n1   适用范围\n\n  本标准规定了限值。\n\n2   规范性引用文件\n\n  本标准引用下列文件。\n",
	       { 1, "1", "适用范围", 15 }, { 1, "2", "规范性引用文件", 19 });
}

/* A standard's 前言 spaced so wide that a PDF's text sets 前 and 言 on
 * lines of their own, a blank line between: the loader makes it one
 * word, the part above clause 1. */
static void
front_matter_spaced_over_lines(void **state)
{
	(void)state;
	EXPECT("某某环境控制限值\n\n前\n\n言\n\n  为加强电磁环境管理，制定本标准。\n  本标准首次发布于1988年。\n\n"
	       "1   适用范围\n\n  本标准规定了限值。\n\n2   规范性引用文件\n\n  本标准引用下列文件。\n",
	       { 1, "", "前言", 3 }, { 1, "1", "适用范围", 10 }, { 1, "2", "规范性引用文件", 14 });
}

/* Every first heading (一、 said again and again, as in a compilation of
 * many short parts) asks for a front matter above it; the look goes no
 * further back than where the last one started, so the outline of 2 MB
 * of them takes well under a second, not minutes (the alarm fails the
 * test long before a look back to the start for each would end), and
 * what it finds is the same: a 前言 above the first 一、 is a part, the
 * 一、 said again under text is none. */
static void
front_matter_look_is_linear(void **state)
{
	static const char block[] = "一、第一部分\n某某区加强宣传。\n某某区推进依法行政，\n到户。\n";
	size_t size = 2u << 20, length = 0;
	char *text = malloc(size + sizeof block + 64);
	struct doc *doc;
	struct outline *o = NULL;

	(void)state;
	assert_non_null(text);
	length = (size_t)sprintf(text, "某某手册\n\n前言\n\n本手册说明工作的要求。\n\n");
	while (length < size) {
		memcpy(text + length, block, sizeof block - 1);
		length += sizeof block - 1;
	}
	text[length] = '\0';
	alarm(120);
	doc = unit_load(text, NULL);
	assert_int_equal(outline_build(doc, &o), BG_OK);
	alarm(0);
	assert_true(o->count >= 2);
	assert_string_equal(o->nodes[0]->title, "前言");
	assert_string_equal(o->nodes[1]->label, "一、");
	outline_free(o);
	doc_free(doc);
	free(text);
}

/* A compilation's 目录 whose entries the body does not say again (the
 * 决议 and the report stand under their own titles, without the numbers):
 * three entries or more numbered in order under 目录, and the body
 * numbering from 一、 again below, are a contents list, no parts -- nor
 * is the presenter's name under the report's title (安平市财政局).  An
 * entry wrapped onto a second line may be read as one paragraph. */
static void
contents_entries_not_said_again(void **state)
{
	(void)state;
	EXPECT("— 1 —\n安平市 2031 年政府预算信息公开\n— 2 —\n目 录\n"
	       "一、安平市第三届人民代表大会第二次会议关于 2030 年全\n市预算执行情况和 2031 年全市预算的决议\n"
	       "二、关于 2030 年全市预算执行情况和 2031 年全市\n预算草案的报告\n三、附表\n"
	       "表一 2031 年全市一般公共预算收入表\n表二 2031 年全市一般公共预算支出表\n"
	       "表三 2031 年全市政府性基金预算收入表\n四、其他相关说明\n— 3 —\n"
	       "安平市第三届人民代表大会第二次会议\n关于 2030 年全市预算执行情况和\n2031 年全市预算的决议\n"
	       "（2031 年 1 月 20 日安平市第三届人民代表大会第二次会议通过）\n"
	       "会议审查了市人民政府提出的报告，同意审查结果。会议决定，批准\n2031 年市本级预算。\n— 4 —\n"
	       "2030 年全市预算执行情况和 2031 年全市预算草案的报告\n在安平市第三届人民代表大会第二次会议上\n"
	       "安平市财政局\n各位代表：\n受市人民政府委托，现将预算执行情况和预算草案提请会议审议。\n"
	       "一、2030 年预算执行情况\n2030 年，全市财政运行平稳，较好地完成了年度预算收支任务。\n"
	       "（一）一般公共预算收支情况\n全市一般公共预算收入完成 31.99 亿元，增长 6%。\n"
	       "（二）政府性基金预算收支情况\n全市政府性基金预算收入完成 12.5 亿元，增长 3%。\n"
	       "（三）社会保险基金预算收支情况\n全市社会保险基金预算收入完成 10.0 亿元，增长 2%。\n"
	       "（四）国有资本经营预算收支情况\n全市国有资本经营预算收入完成 10.1 亿元，增长 3%。\n"
	       "（五）政府债务情况\n全市政府债务余额 10.2 亿元，风险总体可控。\n"
	       "二、2031 年预算草案\n全市一般公共预算收入预计增长 5%。\n三、2031 年财政重点工作\n全力抓好收入组织。\n",
	       { 1, "一、", "2030 年预算执行情况", 27 }, { 2, "（一）", "一般公共预算收支情况", 29 },
	       { 2, "（二）", "政府性基金预算收支情况", 31 }, { 2, "（三）", "社会保险基金预算收支情况", 33 },
	       { 2, "（四）", "国有资本经营预算收支情况", 35 }, { 2, "（五）", "政府债务情况", 37 },
	       { 1, "二、", "2031 年预算草案", 39 }, { 1, "三、", "2031 年财政重点工作", 41 });
}

/* A page whose paragraphs run together on one line, each after the
 * spaces a page kept past the last sentence's mark and an indent of two
 * ideographic spaces, or of two with an ASCII space between (。  　　 一是…,
 * 。  　 　二是…): every 一是 opens a paragraph of its own. */
static void
indents_after_spaces(void **state)
{
	(void)state;
	EXPECT("某局2030年工作总结\n\n"
	       "　　一、主要成效  　　（一）稳步推进改革。  　　 一是完成体制改革。 正文。  "
	       "　 　二是深化预算改革。 正文。  　　（二）争取上级资金。  　　 一是资金增长。 正文。"
	       "\u00a0  　 　二是支持显著。 正文。\n",
	       { 1, "一、", "主要成效", 3 }, { 2, "（一）", "稳步推进改革", 3 },
	       { 3, "一是", "完成体制改革", 3 }, { 3, "二是", "深化预算改革", 3 },
	       { 2, "（二）", "争取上级资金", 3 }, { 3, "一是", "资金增长", 3 },
	       { 3, "二是", "支持显著", 3 });
}

/* A web page saved with its <title> line first and a long frame of menus
 * above the article: the headline said again there is the document's own
 * title, and the government's name alone under it (with the page's
 * information line between) is who reports, no part over the 一、. */
static void
issuer_under_a_headline_far_down(void **state)
{
	char text[8192] = "关于某市2030年财政决算的报告\n\n某市财政局\n\n";

	(void)state;
	for (int i = 0; i < 90; i++)
		strcat(text, "栏目名称\n\n");
	strcat(text, "当前位置： 首页 ＞ 政务公开\n\n关于某市2030年财政决算的报告\n\n"
		     "日期： 2031-07-15 浏览量：18 来源：某市财政局\n\n某市人民政府\n\n"
		     "主任、各位副主任、秘书长、各位委员：\n\n我受市人民政府委托，提出决算报告，请予审议。\n\n"
		     "一、2030年财政决算情况\n\n全市收入增长。\n\n二、存在问题\n\n问题较多。\n");
	EXPECT(text, { 1, "一、", "2030年财政决算情况", 197 }, { 1, "二、", "存在问题", 201 });
}

/* A bulletin reposted without its first part's heading (一、综合 lost,
 * its paragraph straight under the title): 二、 三、 四、 五、 still number
 * the parts.  A lone 二、 with no run after it starts none. */
static void
parts_from_two(void **state)
{
	(void)state;
	EXPECT("某市2025年国民经济和社会发展统计公报\n全年地区生产总值5736.78亿元，增长5.4%。\n"
	       "二、农林牧渔业\n粮食增产。\n三、工业和建筑业\n工业增长。\n四、固定资产投资\n投资下降。\n"
	       "五、国内贸易\n消费增长。\n",
	       { 1, "二、", "农林牧渔业", 3 }, { 1, "三、", "工业和建筑业", 5 },
	       { 1, "四、", "固定资产投资", 7 }, { 1, "五、", "国内贸易", 9 });
	expect_outline("通知\n正文一段。\n二、其他事项\n正文。\n三、附则\n正文。\n", NULL, 0);
}

/* A paragraph that sums up a report's part after its numbered sections
 * (回顾过去的一年，… / 以上成绩的取得，是…的结果) closes them: the runs
 * 一是… after it, in paragraphs of their own or inside it, are the
 * part's, beside its sections. */
static void
runs_after_a_part_summed_up(void **state)
{
	(void)state;
	EXPECT("关于某市2030年预算执行情况的报告\n一、2030年预算执行情况\n（一）全市预算执行情况\n"
	       "1.一般公共预算。收入完成。\n2.政府性基金预算。收入完成。\n回顾过去的一年，全市各级认真执行预算决议。\n"
	       "一是财政收支稳中有增。收入增长。\n二是民生福祉不断增进。支出增长。\n"
	       "以上成绩的取得，是各方共同努力的结果。同时也面临一些困难，主要是：一是财政收入增长放缓。收入下降。"
	       "二是刚性支出大幅增加。支出增加。\n二、2031年预算草案\n正文。\n",
	       { 1, "一、", "2030年预算执行情况", 2 }, { 2, "（一）", "全市预算执行情况", 3 },
	       { 3, "1.", "一般公共预算", 4 }, { 3, "2.", "政府性基金预算", 5 },
	       { 2, "一是", "财政收支稳中有增", 7 }, { 2, "二是", "民生福祉不断增进", 8 },
	       { 2, "一是", "财政收入增长放缓", 9 }, { 2, "二是", "刚性支出大幅增加", 9 },
	       { 1, "二、", "2031年预算草案", 10 });
}

/* A standard's list of the second level (GB/T 1.1): the items 1） 2）
 * under a lettered item a） are items of the clause, no headings. */
static void
items_under_a_lettered_item(void **state)
{
	(void)state;
	EXPECT("某某技术导则\n4 总体要求\n4.1 分类管理\n4.1.1 按以下原则分为三类：\na） 重点监管单位\n"
	       "具备下列条件之一的单位，纳入重点监管单位：\n1） 同一场所年产生量 100 t 及以上的单位。\n"
	       "2） 具有自行利用处置设施的单位。\n3） 持有经营许可证的单位。\nb） 简化管理单位\n"
	       "年产生量 10 t 以下的单位。\n4.1.2 其他规定。\n",
	       { 1, "4.1", "分类管理", 3 }, { 2, "4.1.1", "按以下原则分为三类", 4 },
	       { 2, "4.1.2", "其他规定", 12 });
}

/* A standard's 前言 stands beside its clauses, not over clause 1. */
static void
preface_beside_first_clause(void **state)
{
	(void)state;
	EXPECT("某某技术导则\n前言\n为加强管理，制定本标准。\n本标准自2031年起实施。\n1 适用范围\n"
	       "本标准适用于某某。\n2 规范性引用文件\n本标准引用了下列文件。\n",
	       { 1, "", "前言", 2 }, { 1, "1", "适用范围", 5 }, { 1, "2", "规范性引用文件", 7 });
}

/* A statistical table set one cell a line under a bulletin's part: the
 * '#' of # 税收收入 over its number marks an item of the row above (其中),
 * no Markdown heading; the parts stay the headings. */
static void
tally_mark_in_table(void **state)
{
	(void)state;
	EXPECT("某市统计公报\n一、财政\n全年收入增长。\n表1 一般公共预算收入\n指标\n绝对值\n"
	       "一般公共预算收入\n339.03\n# 税收收入\n238.83\n# 增值税\n106.91\n二、金融\n存款增长。\n",
	       { 1, "一、", "财政", 2 }, { 1, "二、", "金融", 13 });
	/* A row set on one line, its cells apart by tabs or spaces: the
	 * '#' is the same mark; a heading with words after a space stays
	 * a heading. */
	EXPECT("某州统计公报\n一、综合\n总体增长。\n二、农业\n全年粮食增产。\n表2 主要农作物\n"
	       "农作物总播种面积\t667.16\t6.2\n# 小麦\t162.75\t-6.8\n# 油料 6.51 -6.0 0.97\n三、工业\n工业增长。\n",
	       { 1, "一、", "综合", 2 }, { 1, "二、", "农业", 4 }, { 1, "三、", "工业", 10 });
}

/* A work report's review that groups its leads under dash lines standing
 * alone (——扎实抓好三项基本任务，底盘持续夯实。): each line heads the leads
 * under it; a dash line that runs on into its text is no heading. */
static void
dash_lines_over_leads(void **state)
{
	(void)state;
	EXPECT("政府工作报告\n一、过去一年工作回顾\n过去一年，全省经济稳中有进。\n"
	       "——经济实力实现整体跃升。顶住多重冲击，地区生产总值迈上新台阶，各项指标好于预期。\n"
	       "——扎实抓好稳增长、防风险、保民生三项基本任务，发展底盘持续夯实。\n"
	       "经济运行稳中有进。坚持把稳增长摆在突出位置，推动经济持续回升向好。\n"
	       "基本民生保障水平进一步提高。坚持在发展中保障和改善民生，办好民生实事。\n"
	       "——着力深化改革、扩大开放，发展动力更加强劲。\n"
	       "深化改革系列举措释放新动能。投资体制改革深入实施，改革红利持续释放。\n"
	       "扩大高水平对外开放取得新成效。开放通道加快重构，外贸结构持续优化。\n"
	       "二、今年工作安排\n",
	       { 1, "一、", "过去一年工作回顾", 2 },
	       { 2, "", "——扎实抓好稳增长、防风险、保民生三项基本任务，发展底盘持续夯实", 5 },
	       { 3, "", "经济运行稳中有进", 6 }, { 3, "", "基本民生保障水平进一步提高", 7 },
	       { 2, "", "——着力深化改革、扩大开放，发展动力更加强劲", 8 },
	       { 3, "", "深化改革系列举措释放新动能", 9 }, { 3, "", "扩大高水平对外开放取得新成效", 10 },
	       { 1, "二、", "今年工作安排", 11 });
}

static void
gbt9704_levels(void **state)
{
	(void)state;
	EXPECT("标题\n一、总体要求\n（一）指导思想\n1.坚持党的领导\n（1）加强学习\n（2）改进作风\n2．完善制度\n"
	       "（二）基本原则\n二、主要任务\n",
	       { 1, "一、", "总体要求", 2 }, { 2, "（一）", "指导思想", 3 }, { 3, "1.", "坚持党的领导", 4 },
	       { 4, "（1）", "加强学习", 5 }, { 4, "（2）", "改进作风", 6 }, { 3, "2．", "完善制度", 7 },
	       { 2, "（二）", "基本原则", 8 }, { 1, "二、", "主要任务", 9 });
}

/* A standard's table whose first column numbers its rows (序号 污染物项目
 * 方法标准名称 标准编号, the cells one space apart as a PDF's text sets
 * them) does not start its clauses again at 1, and its row 6 (cells
 * apart by spaces) is no clause 6 after clause 5: the clauses go on
 * after it (5.2, 6 实施与监督). */
static void
numbered_table_rows(void **state)
{
	(void)state;
	EXPECT("某某锅炉排放标准\n1 适用范围\n本标准规定了锅炉的排放限值。\n"
	       "2 规范性引用文件\n下列文件适用于本标准。\n3 术语和定义\n"
	       "下列术语适用于本标准。\n4 排放控制要求\n"
	       "4.1 在用锅炉执行表1规定的排放限值。\n"
	       "4.2 新建锅炉执行表2规定的排放限值。\n5 监测要求\n5.1 采样要求\n"
	       "5.1.1 企业应建立监测制度。\n5.1.2 测定采用表 5 所列的方法标准。\n"
	       "表 5 测定方法标准\n序号 污染物项目 方法标准名称 标准编号\n"
	       "1 颗粒物\n锅炉烟尘测试方法GB 5468\n"
	       "固定污染源排气中颗粒物测定方法GB/T 16157\n"
	       "序号 污染物项目 方法标准名称 标准编号\n2 二氧化硫\n3 氮氧化物\n"
	       "4 一氧化碳\n5 汞及其化合物\n固定污染源废气 汞的测定HJ 543\n"
	       "6 烟气黑度 林格曼烟气黑度图法 HJ/T 398\n"
	       "5.2 基准氧含量排放浓度折算方法\n实测的排放浓度按公式折算。\n"
	       "6 实施与监督\n6.1 本标准由生态环境部门负责监督实施。\n",
	       { 1, "1", "适用范围", 2 }, { 1, "2", "规范性引用文件", 4 }, { 1, "3", "术语和定义", 6 },
	       { 1, "4", "排放控制要求", 8 }, { 2, "4.1", "在用锅炉执行表1规定的排放限值", 9 },
	       { 2, "4.2", "新建锅炉执行表2规定的排放限值", 10 }, { 1, "5", "监测要求", 11 },
	       { 2, "5.1", "采样要求", 12 }, { 3, "5.1.1", "企业应建立监测制度", 13 },
	       { 3, "5.1.2", "测定采用表 5 所列的方法标准", 14 }, { 2, "5.2", "基准氧含量排放浓度折算方法", 27 },
	       { 1, "6", "实施与监督", 29 }, { 2, "6.1", "本标准由生态环境部门负责监督实施", 30 });
}

/* A clause whose sentence opens with a quantity (5.1.4 10t/h 及以上…)
 * is a clause when its number is the one the clauses expect next; a
 * date and an hour that open a line (2031.1.5 10时…), or a clause's
 * number over figures only, stay text. */
static void
clause_opening_with_quantity(void **state)
{
	(void)state;
	EXPECT("某某排放标准\n1 适用范围\n本标准规定了排放限值。\n2 监测要求\n2.1 采样要求\n"
	       "2.1.1 企业应建立监测制度。\n2.1.2 对废气的采样应在监控位置进行。\n"
	       "2.1.3 10t/h 及以上蒸汽锅炉应安装自动监控设备。\n2.1.4 测定采用表 5 所列的方法。\n"
	       "2.1.5 10 20 30\n2031.1.5 10时召开会议。\n",
	       { 1, "1", "适用范围", 2 }, { 1, "2", "监测要求", 4 }, { 2, "2.1", "采样要求", 5 },
	       { 3, "2.1.1", "企业应建立监测制度", 6 }, { 3, "2.1.2", "对废气的采样应在监控位置进行", 7 },
	       { 3, "2.1.3", "10t/h 及以上蒸汽锅炉应安装自动监控设备", 8 },
	       { 3, "2.1.4", "测定采用表 5 所列的方法", 9 });
}

/* A heading that announces its parts with a colon and no text of its
 * own has them under it when they stand on lines of their own, each a short
 * title over its paragraph; a line under a heading with text of its own,
 * a single short line, or a caption over a table stays text. */
static void
parts_announced_by_a_colon(void **state)
{
	(void)state;
	EXPECT("某县救助政策\n\n1.资助参保。困难群众参保由县级财政资助。\n\n2.“三重保障”救助：\n\n"
	       "一重保障—基本医保\n\n门诊不设起付线，报销比例提高5个百分点。\n\n"
	       "二重保障—大病保险\n\n大病保险报销比例提高10%，取消起付线。\n\n"
	       "三重保障—医疗救助\n\n剩余费用由医疗救助基金全额支付。\n\n3.其他事项。按有关规定执行。\n",
	       { 1, "1.", "资助参保", 3 }, { 1, "2.", "“三重保障”救助", 5 }, { 2, "", "一重保障—基本医保", 7 },
	       { 2, "", "二重保障—大病保险", 11 }, { 2, "", "三重保障—医疗救助", 15 },
	       { 1, "3.", "其他事项", 19 });
	/* The heading has text of its own: the short lines stay text. */
	EXPECT("某县救助政策\n\n1.资助参保。困难群众参保由县级财政资助：\n\n基本医保部分\n\n"
	       "门诊不设起付线，报销比例提高5个百分点。\n\n大病保险部分\n\n大病保险报销比例提高10%。\n\n"
	       "2.其他事项。按有关规定执行。\n",
	       { 1, "1.", "资助参保", 3 }, { 1, "2.", "其他事项", 13 });
	/* One short line only: a caption, not a part. */
	EXPECT("某县救助政策\n\n1.补助标准：\n\n补助标准表\n\n每人每年补助1000元，由县级财政承担。\n\n"
	       "2.其他事项。按有关规定执行。\n",
	       { 1, "1.", "补助标准", 3 }, { 1, "2.", "其他事项", 9 });
}

/* Nodes with the same label share one string, a label that differs is
 * its own, and more kinds of label than the table shares are each
 * copied: every node still has its label as written. */
static void
labels_shared(void **state)
{
	char *text = NULL;
	size_t n = 0;
	struct doc *doc;
	struct outline *o = NULL;

	(void)state;
	EXPECT("标题\n一、总体要求\n（一）指导思想\n（二）基本原则\n二、主要任务\n（一）加强学习\n"
	       "（二）改进作风\n",
	       { 1, "一、", "总体要求", 2 }, { 2, "（一）", "指导思想", 3 }, { 2, "（二）", "基本原则", 4 },
	       { 1, "二、", "主要任务", 5 }, { 2, "（一）", "加强学习", 6 }, { 2, "（二）", "改进作风", 7 });
	doc = unit_load("标题\n一、总体要求\n（一）指导思想\n二、主要任务\n（一）加强学习\n", NULL);
	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->count, 4);
	assert_ptr_equal(o->nodes[1]->label, o->nodes[3]->label);
	assert_ptr_not_equal(o->nodes[0]->label, o->nodes[2]->label);
	outline_free(o);
	doc_free(doc);
	/* 9,000 parts numbered 第N部分: more labels than are shared. */
	for (int k = 1; k <= 9000; k++) {
		char line[64];
		int len = snprintf(line, sizeof line, "\n第%d部分 材料之%d\n\n一、情况\n", k, k);
		text = realloc(text, n + (size_t)len + 1);
		assert_non_null(text);
		memcpy(text + n, line, (size_t)len + 1);
		n += (size_t)len;
	}
	doc = unit_load(text, NULL);
	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->count, 18000);
	for (size_t i = 0; i < o->count; i += 2) {
		char want[32];
		snprintf(want, sizeof want, "第%zu部分", i / 2 + 1);
		assert_string_equal(o->nodes[i]->label, want);
		assert_string_equal(o->nodes[i + 1]->label, "一、");
		assert_ptr_equal(o->nodes[i + 1]->label, o->nodes[1]->label);
	}
	outline_free(o);
	doc_free(doc);
	free(text);
}

static void
em_space_indent(void **state)
{
	(void)state;
	/* Lines indented with EM SPACE (a page's &emsp;) as with 　. */
	EXPECT("标题\n\u2003\u2003一、总体要求\n\u2003\u2003坚持稳中求进。\n"
	       "\u2002\u2002二、主要任务\n\u00a0\u00a0推进改革。\n",
	       { 1, "一、", "总体要求", 2 }, { 1, "二、", "主要任务", 4 });
}

static void
other_label_forms(void **state)
{
	(void)state;
	/* 一． for 一、, 1） and 1) below them; a colon closing a heading is not
	 * part of its title. */
	EXPECT("标题\n一．主要做法：\n1）建立机制\n2)完善制度\n二．下步打算\n",
	       { 1, "一．", "主要做法", 2 }, { 2, "1）", "建立机制", 3 }, { 2, "2)", "完善制度", 4 },
	       { 1, "二．", "下步打算", 5 });
}

static void
words_that_are_also_units(void **state)
{
	(void)state;
	/* A title may start with a character that is also a unit (分, 时,
	 * 平, 公): after 1. or 2） it is a word; 1.5万 and 2.3% stay figures. */
	EXPECT("某某方案\n一、组织实施\n1.分区计量\n正文。\n2.时间安排\n正文。\n1）平台建设\n2）公开透明\n"
	       "8.5万元用于培训。\n",
	       { 1, "一、", "组织实施", 2 }, { 2, "1.", "分区计量", 3 }, { 2, "2.", "时间安排", 5 },
	       { 3, "1）", "平台建设", 7 }, { 3, "2）", "公开透明", 8 });
}

static void
headings_after_a_colon(void **state)
{
	(void)state;
	/* A lead-in ending in a colon, then headings that are one sentence
	 * closed by 。: headings, not a list (a list's first item ends in ；). */
	EXPECT("标题\n一、甲\n主要做了以下工作：\n（一）乙。\n（二）丙。\n二、丁\n",
	       { 1, "一、", "甲", 2 }, { 2, "（一）", "乙", 4 }, { 2, "（二）", "丙", 5 }, { 1, "二、", "丁", 6 });
}

/* A guide to a service divided by field labels: each label a part at the
 * top, its numbered items under it, whether its text runs in after the
 * colon or the label stands alone; a letter's furniture (联系人：, 附件：)
 * and labels inside a report numbered 一、 divide nothing. */
static void
field_labels_divide_a_guide(void **state)
{
	(void)state;
	EXPECT("某项补助办理指南\n\n适用对象：具有本县户籍并在县内学校就读的农村低收入家庭学生。\n\n"
	       "补助项目：在国家资助之外增加以下项目:\n\n1.生活补助\n\n（1）一次发放；\n\n（2）按学期发放。\n\n"
	       "2.交通补助\n\n办理流程：\n\n1.学校申报：学生向学校提出申请。\n\n2.县级审核：县教育局审核后发放。\n",
	       { 1, "", "适用对象", 3 }, { 1, "", "补助项目", 5 }, { 2, "1.", "生活补助", 7 },
	       { 3, "（1）", "一次发放", 9 }, { 3, "（2）", "按学期发放", 11 }, { 2, "2.", "交通补助", 13 },
	       { 1, "", "办理流程", 15 }, { 2, "1.", "学校申报", 17 }, { 2, "2.", "县级审核", 19 });
	EXPECT("某项补助办理指南\n1.种粮补助\n2.农机补助\n联系人：张某\n联系电话：1234567\n",
	       { 1, "1.", "种粮补助", 2 }, { 1, "2.", "农机补助", 3 });
	EXPECT("某县工作方案\n一、目标\n适用对象：农户。\n补助标准：如下：\n1.种粮补助\n2.农机补助\n",
	       { 1, "一、", "目标", 2 }, { 2, "1.", "种粮补助", 5 }, { 2, "2.", "农机补助", 6 });
}

/* A standard whose criteria sit under a label alone on its line (在“两率”上：
 * over 1. 2.) is divided by it, though no other label follows. */
static void
field_label_alone_over_the_first_items(void **state)
{
	(void)state;
	EXPECT("在“收入”上，要把收入账算清楚，确保稳定增收。\n\n在“两率”上：\n\n"
	       "1.错评率不大于1%，不该纳入的一户不纳入。\n\n2.错退率不大于2%，凡出现下列情况的，视为错退。\n",
	       { 1, "", "在“两率”上", 3 }, { 2, "1.", "错评率不大于1%，不该纳入的一户不纳入", 5 },
	       { 2, "2.", "错退率不大于2%，凡出现下列情况的，视为错退", 7 });
}

/* Lines closed by a colon that divide nothing: the fields of a meeting
 * notice (a short value each), its addressees, a sentence announcing a
 * list (主要做法如下：), a label after items that stood before it, and a
 * law's articles written 第二条：. */
static void
colon_lines_that_are_no_fields(void **state)
{
	(void)state;
	EXPECT("关于召开某某工作会议的通知\n\n各乡镇、县直各部门：\n\n经研究，决定召开某某工作会议。现将有关事项通知如下：\n\n"
	       "会议时间：2023年5月10日上午9时。\n\n会议地点：县政府三楼会议室。\n\n参会人员：\n\n"
	       "1.各乡镇分管负责同志；\n\n2.县直有关部门负责同志。\n\n会议要求：\n\n1.请准时参会，不得迟到。\n\n"
	       "2.参会人员不得请假。\n",
	       { 1, "1.", "请准时参会，不得迟到", 19 }, { 1, "2.", "参会人员不得请假", 21 });
	EXPECT("关于做好某某工作的通知\n\n县教育局：\n\n1.做好摸底工作。\n\n2.按时上报结果。\n",
	       { 1, "1.", "做好摸底工作", 5 }, { 1, "2.", "按时上报结果", 7 });
	EXPECT("关于举办培训班的通知\n\n各有关单位：\n\n1.培训内容\n\n2.培训时间\n\n报名方式：电话报名。\n",
	       { 1, "1.", "培训内容", 5 }, { 1, "2.", "培训时间", 7 });
	EXPECT("某县某某工作总结\n\n今年以来，我县扎实推进某某工作，取得明显成效。\n\n主要做法如下：\n\n"
	       "1.强化组织领导。\n\n2.加大资金投入。\n\n下一步工作：\n\n1.抓好落实。\n\n2.加强督查。\n",
	       { 1, "1.", "强化组织领导", 7 }, { 1, "2.", "加大资金投入", 9 }, { 1, "1.", "抓好落实", 13 },
	       { 1, "2.", "加强督查", 15 });
	EXPECT("某县某某管理办法\n\n第一条：为了规范某某管理，制定本办法。\n\n第二条：申请条件：\n\n1.具有本县户籍；\n\n"
	       "2.年满十八周岁。\n\n第三条：办理流程：\n\n1.个人申请。\n\n2.村级审核。\n",
	       { 1, "1.", "个人申请", 13 }, { 1, "2.", "村级审核", 15 });
	/* Items numbered 1. before the labels and the bullets: they are the
	 * text's top level, the labels and bullets inside it. */
	EXPECT("某县工作方案\n\n1.工作目标\n\n适用对象：具有本县户籍并在县内学校就读的农村低收入家庭学生。\n\n"
	       "补助项目：\n\n（1）生活补助\n\n（2）交通补助\n\n2.工作要求\n\n·2030年3月\n\n成立指挥部。\n\n"
	       "·2030年6月\n\n通过方案。\n",
	       { 1, "1.", "工作目标", 3 }, { 2, "（1）", "生活补助", 9 }, { 2, "（2）", "交通补助", 11 },
	       { 1, "2.", "工作要求", 13 });
}

/* Checks that TEXT has no heading at all. */
static void
expect_no_headings(const char *text)
{
	struct doc *doc = unit_load(text, NULL);
	struct outline *o = NULL;

	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->count, 0);
	outline_free(o);
	doc_free(doc);
}

/* A web page's copy divided by lines that open with a bullet (a dated
 * timeline): each a part at the top, titled by the words after the
 * bullet, its numbered items under it; bullets that mark a list's items,
 * the wrapped lines of a list, and bullets inside a text numbered 一、
 * divide nothing. */
static void
bullet_lines_divide_a_page(void **state)
{
	(void)state;
	EXPECT("某县脱贫攻坚大事记\n\n·2030年3月（成立指挥部）\n\n某县成立工作指挥部，印发工作职责。\n\n"
	       "·2030年6月（方案通过）\n\n1.《某县实施方案》\n\n2.《某县考核办法》\n\n·2030年9月（全面推进）\n\n"
	       "·2030年12月（总结验收）\n\n各乡镇全面推进各项工作。\n",
	       { 1, "", "2030年3月（成立指挥部）", 3 }, { 1, "", "2030年6月（方案通过）", 7 },
	       { 2, "1.", "《某县实施方案》", 9 }, { 2, "2.", "《某县考核办法》", 11 },
	       { 1, "", "2030年9月（全面推进）", 13 }, { 1, "", "2030年12月（总结验收）", 15 });
	expect_no_headings("某县工作简报\n\n今年以来，我县重点抓了以下工作：\n\n●加强组织领导。\n\n●落实工作责任。\n\n"
			   "●强化督促检查。\n\n下一步，我县将继续抓好落实。\n");
	expect_no_headings("某县工作简报\n\n• 坚持以人民为中心的发展思想，\n\n推进各项工作。\n\n"
			   "• 坚持稳中求进工作总基调，\n\n推动高质量发展。\n");
	EXPECT("某县工作方案\n\n一、工作目标\n\n·2030年3月\n\n成立指挥部。\n\n·2030年6月\n\n通过方案。\n",
	       { 1, "一、", "工作目标", 3 });
}

/* A table set one cell a line (a web copy's or a reader's text): its
 * 序号 column is numbers each alone on a line, counting on with the row's
 * cells between, and the 1. 2. that open a cell's lines are that cell's
 * own list, no headings.  1. lists that restart under each （一）, a
 * law's （一） items, 1. and （1） under 一、, and a list whose markers stand
 * alone (1, 2) with a 2. heading after it stay as they were. */
static void
cells_of_a_flattened_table(void **state)
{
	(void)state;
	EXPECT("某市工作方案\n\n一、工作目标\n\n全面完成整改。\n\n二、工作要求\n\n加强宣传。\n\n"
	       "某市考核评分表\n\n项目\n\n序号\n\n评分内容\n\n评分标准\n\n组织领导10分\n\n1\n\n"
	       "建立工作机制（4分）。\n\n1.未建立机制的扣2分\n2.未落实责任的扣2分\n\n2\n\n"
	       "召开例会（2分）。\n\n1.未召开例会的扣1分\n2.没有会议记录的扣1分\n\n3\n\n"
	       "制定计划（2分）。\n\n未制定计划的扣2分。\n\n4\n\n开展培训（2分）。\n\n"
	       "1.未开展培训的扣1分\n2.内容不全的扣1分\n3.没有记录的扣1分\n\n5\n\n"
	       "组织演练（2分）。\n\n未组织演练的扣2分。\n",
	       { 1, "一、", "工作目标", 3 }, { 1, "二、", "工作要求", 7 });
	EXPECT("某县实施方案\n一、工作任务\n（一）排查隐患\n1.全面摸底。逐一排查。\n2.建立台账。逐项登记。\n"
	       "（二）加强宣传\n1.广泛宣传。利用媒体宣传。\n2.典型引路。选树示范单位。\n（三）强化督查\n"
	       "1.定期检查。每季度检查一次。\n2.通报问题。按月通报。\n",
	       { 1, "一、", "工作任务", 2 }, { 2, "（一）", "排查隐患", 3 }, { 3, "1.", "全面摸底", 4 },
	       { 3, "2.", "建立台账", 5 }, { 2, "（二）", "加强宣传", 6 }, { 3, "1.", "广泛宣传", 7 },
	       { 3, "2.", "典型引路", 8 }, { 2, "（三）", "强化督查", 9 }, { 3, "1.", "定期检查", 10 },
	       { 3, "2.", "通报问题", 11 });
	EXPECT("某市管理条例\n第一章 总则\n第一条 为了加强管理，制定本条例。\n"
	       "第二条 本条例所称设施包括：\n（一）道路；\n（二）桥梁；\n（三）隧道。\n"
	       "第二章 附则\n第三条 本条例自公布之日起施行。\n",
	       { 1, "第一章", "总则", 2 }, { 2, "第一条", "为了加强管理，制定本条例", 3 },
	       { 2, "第二条", "本条例所称设施包括", 4 },
	       { 1, "第二章", "附则", 8 }, { 2, "第三条", "本条例自公布之日起施行", 9 });
	EXPECT("某区行动计划\n一、主要任务\n1.推进改造\n（1）老旧小区\n（2）背街小巷\n2.完善设施\n"
	       "（1）停车设施\n（2）养老设施\n二、保障措施\n",
	       { 1, "一、", "主要任务", 2 }, { 2, "1.", "推进改造", 3 }, { 3, "（1）", "老旧小区", 4 },
	       { 3, "（2）", "背街小巷", 5 }, { 2, "2.", "完善设施", 6 }, { 3, "（1）", "停车设施", 7 },
	       { 3, "（2）", "养老设施", 8 }, { 1, "二、", "保障措施", 9 });
	EXPECT("某公司案例汇编\n一、案例一\n1.发现线索\n经验点：\n1\n\n巡检时注意异常数据。\n\n2\n\n"
	       "及时上报。\n\n2.调查取证\n经验点：\n1\n\n固定证据。\n\n2\n\n联合执法。\n\n3.处理结果\n",
	       { 1, "一、", "案例一", 2 }, { 2, "1.", "发现线索", 3 }, { 2, "2.", "调查取证", 13 },
	       { 2, "3.", "处理结果", 23 });
}

/* The last row of a table set one cell a line has no next row number
 * under it: its cell's 1. 2. are still the cell's own list when the rows
 * count 1 to N under a 序号 header cell and the list began again in the
 * row.  Headings 1. 2. 3. that go on after a list whose markers stand
 * alone (经验点：/ 1 / … / 2 / …) stay headings. */
static void
last_row_of_a_flattened_table(void **state)
{
	(void)state;
	EXPECT("某市工作方案\n\n一、工作目标\n\n全面完成整改。\n\n二、工作要求\n\n加强宣传。\n\n"
	       "某市任务分解表\n\n序号\n\n任务\n\n具体措施\n\n1\n\n完善机制\n\n1.建立台账\n\n2.定期调度\n\n"
	       "2\n\n加强宣传\n\n1.开展培训\n\n2.发放手册\n\n3\n\n强化督查\n\n1.每季度检查一次\n\n"
	       "2.按月通报问题\n",
	       { 1, "一、", "工作目标", 3 }, { 1, "二、", "工作要求", 7 });
	EXPECT("某公司案例汇编\n一、案例一\n1.发现线索\n经验点：\n1\n\n巡检时注意异常数据。\n\n2\n\n"
	       "及时上报。\n\n2.调查取证\n经验点：\n1\n\n固定证据。\n\n2\n\n联合执法。\n\n3.处理结果\n",
	       { 1, "一、", "案例一", 2 }, { 2, "1.", "发现线索", 3 }, { 2, "2.", "调查取证", 13 },
	       { 2, "3.", "处理结果", 23 });
}

/* A table set one cell a line whose header row has wider cells among its
 * short ones (2036年工作计划 between 2035年工作任务 and 备注): the title
 * over the cells heads the table's groups, not a cell that names a plan.
 * Under an attachment's mark the line over the cells is still the title. */
static void
wide_cells_of_a_flattened_header_row(void **state)
{
	(void)state;
	EXPECT("某市交通建设工作方案\n\n一、完善交通规划\n\n加快编制规划。\n\n二、推进设施建设\n\n"
	       "加快建设停车设施。\n\n交通建设任务分解表\n\n序号\n\n内容\n\n牵头部门\n\n2035年工作任务\n\n"
	       "2036年工作计划\n\n备注\n\n一、完善交通规划\n\n1\n\n编制综合交通规划\n\n规划处\n\n"
	       "完成规划初稿。\n\n报批规划。\n\n二、推进设施建设\n\n2\n\n建设停车设施\n\n建设处\n\n"
	       "新建车位。\n\n续建车位。\n",
	       { 1, "一、", "完善交通规划", 3 }, { 1, "二、", "推进设施建设", 7 },
	       { 1, "", "交通建设任务分解表", 11 }, { 2, "一、", "完善交通规划", 25 },
	       { 2, "二、", "推进设施建设", 37 });
	EXPECT("某市交通建设工作方案\n\n一、完善交通规划\n\n加快编制规划。\n\n附件2\n\n2036年工作计划\n\n"
	       "序号\n\n内容\n\n牵头部门\n\n一、完善交通规划\n\n1\n\n编制综合交通规划\n\n规划处\n\n"
	       "二、推进设施建设\n\n2\n\n建设停车设施\n\n建设处\n",
	       { 1, "一、", "完善交通规划", 3 }, { 1, "", "2036年工作计划", 9 },
	       { 2, "一、", "完善交通规划", 17 }, { 2, "二、", "推进设施建设", 25 });
}

/* A budget's table under its unit line (单位：万元) numbers its rows'
 * labels as the text numbers its headings; a row with empty cells, or
 * with its figures on the line below, is a labelled line alone among
 * rows of figures: no heading.  After the table's note (a sentence) a
 * heading with its text under it is one again. */
static void
rows_of_a_table_under_its_unit_line(void **state)
{
	(void)state;
	EXPECT("某市预算报告\n\n一、预算执行情况\n\n全年收入增长5%。\n\n二、预算草案\n\n收入预计增长3%。\n\n"
	       "表1\n\n某市收入预算表\n\n单位：万元\n\n项目\n\n预算数\n\n一、税收收入\n\n"
	       "增值税\n\n企业所得税  200  180  111.10\n\n三、债务收入\n\n447987  251260  251260\n\n"
	       "四、转移性收入\n\n669102  669102  669102\n\n注：本表为初步数。\n\n"
	       "三、工作措施\n\n我们将加强管理。\n",
	       { 1, "一、", "预算执行情况", 3 }, { 1, "二、", "预算草案", 7 }, { 1, "三、", "工作措施", 37 });
}

/* An attachment that is a table set one cell a line with no 序号 column:
 * under its mark and title, a run of short header cells (任务分类 / 主要方向
 * / … / 配合部门); the 1、 and （1） that open its cells number its groups
 * and rows, no headings.  Without the attachment's mark the same lines
 * stay as they were. */
static void
cells_of_an_attached_table(void **state)
{
	(void)state;
	EXPECT("某市工作方案\n\n一、提升设施品质\n\n（一）改善道路环境。加快整治。\n\n附件：\n\n"
	       "某市工作任务清单\n\n任务分类\n\n主要方向\n\n重点任务\n\n2031年计划\n\n牵头部门\n\n配合部门\n\n"
	       "（一）\n\n提升设施品质\n\n1、改善道路环境\n\n（1）建设精品道路30条。\n\n建设10条。\n\n设施处\n\n"
	       "各区\n\n（2）整治人行道。\n\n整治5处。\n\n设施处\n\n各区\n",
	       { 1, "一、", "提升设施品质", 3 }, { 2, "（一）", "改善道路环境", 5 });
	EXPECT("某市工作方案\n\n一、提升设施品质\n\n（一）改善道路环境。加快整治。\n\n说明：\n\n"
	       "某市工作任务清单\n\n任务分类\n\n主要方向\n\n重点任务\n\n2031年计划\n\n牵头部门\n\n配合部门\n\n"
	       "（一）\n\n提升设施品质\n\n1、改善道路环境\n\n（1）建设精品道路30条。\n\n建设10条。\n\n设施处\n\n"
	       "各区\n\n（2）整治人行道。\n\n整治5处。\n\n设施处\n\n各区\n",
	       { 1, "一、", "提升设施品质", 3 }, { 2, "（一）", "改善道路环境", 5 },
	       { 3, "1、", "改善道路环境", 27 }, { 4, "（1）", "建设精品道路30条", 29 },
	       { 4, "（2）", "整治人行道", 37 });
}

static void
numbers_restart_under_a_new_parent(void **state)
{
	(void)state;
	/* （二） under 二、 does not continue 一、's （一）: it is not a heading
	 * until a （一） starts the sequence there. */
	EXPECT("标题\n一、甲\n（一）乙\n二、丁\n（二）己。内容很多。\n（一）戊。内容。\n（二）庚。内容。\n",
	       { 1, "一、", "甲", 2 }, { 2, "（一）", "乙", 3 }, { 1, "二、", "丁", 4 },
	       { 2, "（一）", "戊", 6 }, { 2, "（二）", "庚", 7 });
}

static void
decimal_parts(void **state)
{
	(void)state;
	EXPECT("标题\n1.1 背景\n1.2 目标\n2.1 方法\n2.2 步骤\n",
	       { 1, "1.1", "背景", 2 }, { 1, "1.2", "目标", 3 }, { 1, "2.1", "方法", 4 }, { 1, "2.2", "步骤", 5 });
	EXPECT("标题\n1 概况\n1.1 背景\n1.2 目标\n2 问题\n2.1 方法\n3 名代表参加。\n",
	       { 1, "1", "概况", 2 }, { 2, "1.1", "背景", 3 }, { 2, "1.2", "目标", 4 },
	       { 1, "2", "问题", 5 }, { 2, "2.1", "方法", 6 });
}

static void
depth_from_nesting_order(void **state)
{
	(void)state;
	/* Here （一） stands above 一、: the order in this document decides. */
	EXPECT("标题\n（一）第一部分内容\n一、细项\n二、细项\n（二）第二部分内容\n一、细项\n",
	       { 1, "（一）", "第一部分内容", 2 }, { 2, "一、", "细项", 3 }, { 2, "二、", "细项", 4 },
	       { 1, "（二）", "第二部分内容", 5 }, { 2, "一、", "细项", 6 });
}

static void
sequence_must_continue(void **state)
{
	(void)state;
	/* A stray 一、 inside section 二 does not restart the top level; a
	 * skipped number (四、 after 二、) is not a heading either. */
	EXPECT("标题\n一、甲\n正文。\n二、乙\n一、这是引文里的列表\n四、跳号\n三、丙\n",
	       { 1, "一、", "甲", 2 }, { 1, "二、", "乙", 4 }, { 1, "三、", "丙", 7 });
	/* One number skipped where a part's heading line was lost (三、
	 * after 一、) when the next label goes on (四、) and the line is a
	 * heading's alone; a sentence that starts with the label, or a
	 * gap of two, is not. */
	EXPECT("统计公报\n一、综合\n正文。\n三、工业\n正文。\n四、投资\n正文。\n",
	       { 1, "一、", "综合", 2 }, { 1, "三、", "工业", 4 }, { 1, "四、", "投资", 6 });
	EXPECT("统计公报\n一、综合\n正文。\n三、工业增长较快，效益提升。\n四、投资\n正文。\n",
	       { 1, "一、", "综合", 2 });
	EXPECT("统计公报\n一、综合\n正文。\n四、工业\n正文。\n五、投资\n正文。\n",
	       { 1, "一、", "综合", 2 });
	/* The last part, when no label of its style comes after it. */
	EXPECT("年度报告\n一、总体情况\n正文。\n二、工作情况\n正文。\n三、复议情况\n（一）主要问题\n正文。\n"
	       "（二）改进情况\n正文。\n五、其他事项\n正文。\n",
	       { 1, "一、", "总体情况", 2 }, { 1, "二、", "工作情况", 4 }, { 1, "三、", "复议情况", 6 },
	       { 2, "（一）", "主要问题", 7 }, { 2, "（二）", "改进情况", 9 }, { 1, "五、", "其他事项", 11 });
	/* A damaged copy that lost items or ran them into others: a run-in
	 * title with its full stop (（五）加强保护。…) goes on from （二）
	 * when the next item numbers on above it; a cited number (（四）项
	 * 规定…) or a run that goes back (（五） then （三）) does not. */
	EXPECT("某某意见\n一、总体要求\n（一）明确目标。到2025年完成任务。\n（二）突出重点。抓好关键环节。\n"
	       "二、主要任务\n（五）加强耕地保护。严格管理。\n（六）建设高标准农田。完成年度任务。\n"
	       "（九）推进科技创新。构建体系。\n",
	       { 1, "一、", "总体要求", 2 }, { 2, "（一）", "明确目标", 3 }, { 2, "（二）", "突出重点", 4 },
	       { 1, "二、", "主要任务", 5 }, { 2, "（五）", "加强耕地保护", 6 }, { 2, "（六）", "建设高标准农田", 7 },
	       { 2, "（九）", "推进科技创新", 8 });
	/* The last of its run, one number skipped, when the next label of
	 * its style starts a run of its own at 1 under the next heading
	 * (3. then 5. under （二）, 1. under （三）). */
	EXPECT("某某事故调查报告\n一、基本情况\n（一）单位情况\n某某公司承包该工程。\n（二）工程项目情况\n"
	       "1.概况。该工程于2014年核准。\n2.招投标情况。2015年完成招标。\n3.项目承包情况。2015年签订合同。\n"
	       "5.工程进展情况。事故发生时主体已完工。\n（三）施工方案\n1.原方案。采用整体吊装。\n"
	       "2.变更方案。改为分段吊装。\n",
	       { 1, "一、", "基本情况", 2 }, { 2, "（一）", "单位情况", 3 }, { 2, "（二）", "工程项目情况", 5 },
	       { 3, "1.", "概况", 6 }, { 3, "2.", "招投标情况", 7 }, { 3, "3.", "项目承包情况", 8 },
	       { 3, "5.", "工程进展情况", 9 }, { 2, "（三）", "施工方案", 10 }, { 3, "1.", "原方案", 11 },
	       { 3, "2.", "变更方案", 12 });
	EXPECT("某某意见\n一、总体要求\n（一）明确目标。到2025年完成任务。\n（二）突出重点。抓好关键环节。\n"
	       "二、主要任务\n（四）项规定的情形，按照有关规定执行。\n（五）加强保护。严格管理。\n（三）其他事项。另行规定。\n",
	       { 1, "一、", "总体要求", 2 }, { 2, "（一）", "明确目标", 3 }, { 2, "（二）", "突出重点", 4 },
	       { 1, "二、", "主要任务", 5 }, { 2, "（三）", "其他事项", 8 });
	/* A list of units each named after a term and a colon (（一）建设单位：
	 * 某公司。…): one that skips a number is a unit of the list when the
	 * item before it opens the same way; after an item that does not, a
	 * colon in its first sentence keeps it text. */
	EXPECT("某某事故调查报告\n一、事故相关单位情况\n（一）建设单位：甲公司。该公司成立于2000年。\n"
	       "（二）施工单位：乙公司。该公司具有资质。\n（四）分包单位：丙公司。该公司成立于2010年。\n"
	       "二、事故经过\n（一）事故发生经过。当日上午开始作业。\n",
	       { 1, "一、", "事故相关单位情况", 2 }, { 2, "（一）", "建设单位", 3 },
	       { 2, "（二）", "施工单位", 4 }, { 2, "（四）", "分包单位", 5 },
	       { 1, "二、", "事故经过", 6 }, { 2, "（一）", "事故发生经过", 7 });
	EXPECT("某某事故调查报告\n一、事故相关单位情况\n（一）建设单位情况。甲公司成立于2000年。\n"
	       "（二）施工单位情况。乙公司具有资质。\n（四）分包单位：丙公司。该公司成立于2010年。\n"
	       "二、事故经过\n（一）事故发生经过。当日上午开始作业。\n",
	       { 1, "一、", "事故相关单位情况", 2 }, { 2, "（一）", "建设单位情况", 3 },
	       { 2, "（二）", "施工单位情况", 4 }, { 1, "二、", "事故经过", 6 }, { 2, "（一）", "事故发生经过", 7 });
}

static void
chapters_sections_articles(void **state)
{
	(void)state;
	/* Articles number through the whole law, across chapters and sections. */
	EXPECT("标题\n第一章 总则\n第一条 为了规范工作，制定本法。\n第二章 分则\n第一节 范围\n"
	       "第二条 本法适用于全国。\n第二节 程序\n第三条 申请应当书面提出。\n第三章 附则\n第四条 本法自公布之日起施行。\n",
	       { 1, "第一章", "总则", 2 }, { 2, "第一条", "为了规范工作，制定本法", 3 },
	       { 1, "第二章", "分则", 4 }, { 2, "第一节", "范围", 5 }, { 3, "第二条", "本法适用于全国", 6 },
	       { 2, "第二节", "程序", 7 }, { 3, "第三条", "申请应当书面提出", 8 },
	       { 1, "第三章", "附则", 9 }, { 2, "第四条", "本法自公布之日起施行", 10 });
	/* A copy that marks chapters and sections at one Markdown level, or
	 * a section above its chapter (### 第二章, ## 第一节): the 节 is
	 * still under its 章. */
	EXPECT("# 某市某某条例\n## 第一章 总则\n第一条 为了某事，制定本条例。\n### 第二章 管理\n"
	       "第二条 某某应当做某事。\n## 第一节 一般规定\n第三条 某某应当做某事。\n## 第二节 其他规定\n"
	       "第四条 某某应当做某事。\n### 第三章 附则\n第五条 本条例自公布之日起施行。\n",
	       { 1, "第一章", "总则", 2 }, { 2, "第一条", "为了某事，制定本条例", 3 },
	       { 1, "第二章", "管理", 4 }, { 2, "第二条", "某某应当做某事", 5 },
	       { 2, "第一节", "一般规定", 6 }, { 3, "第三条", "某某应当做某事", 7 },
	       { 2, "第二节", "其他规定", 8 }, { 3, "第四条", "某某应当做某事", 9 },
	       { 1, "第三章", "附则", 10 }, { 2, "第五条", "本条例自公布之日起施行", 11 });
}

static void
article_in_running_text(void **state)
{
	(void)state;
	/* "第三条规定" at the start of a paragraph is a citation, not an article. */
	EXPECT("标题\n第一条 总则内容。\n第二条规定的情形除外。\n",
	       { 1, "第一条", "总则内容", 2 });
	/* White space between an article's label and a colon (a tab a copy
	 * put after the label) reads as the colon right after it: 第一条：…
	 * is no article's heading either way. */
	EXPECT("某某规定\n第一条 为了规范管理，制定本规定。\n第二条\t：本规定适用于本市。\n"
	       "第三条 ：本规定另有说明的除外。\n",
	       { 1, "第一条", "为了规范管理，制定本规定", 2 });
	/* An article glued to its text is one when it is the next number:
	 * 第三条 after 第二条, not 第五条 after it. */
	/* A page's form feed before a chapter (text from a PDF) is white
	 * space. */
	EXPECT("某某条例\n第一章 总则\n第一条 为了测试。\n\f   第二章 附则\n第二条 本条例自公布之日起施行。\n",
	       { 1, "第一章", "总则", 2 }, { 2, "第一条", "为了测试", 3 }, { 1, "第二章", "附则", 4 },
	       { 2, "第二条", "本条例自公布之日起施行", 5 });
	EXPECT("某某条例\n第一条 为了测试一。\n第二条 为了测试二。\n第三条农村参照执行。\n第五条另有规定。\n",
	       { 1, "第一条", "为了测试一", 2 }, { 1, "第二条", "为了测试二", 3 },
	       { 1, "第三条", "农村参照执行", 4 });
	/* The state's name opens a glued article's text (第三条中华人民共和国
	 * 公民…); 第四条中规定的… cites the article. */
	EXPECT("某某法\n第一条 为了测试。\n第二条中华人民共和国公民有言论的自由。\n第三条中国境内的外国人应当守法。\n"
	       "第四条中规定的情形除外。\n",
	       { 1, "第一条", "为了测试", 2 }, { 1, "第二条", "中华人民共和国公民有言论的自由", 3 },
	       { 1, "第三条", "中国境内的外国人应当守法", 4 });
	/* So do 项目 and 所有 (a rule's own words: its projects, all of
	 * something); 第四条所规定的… still cites the article. */
	EXPECT("某某办法\n第一条 为了测试。\n第二条项目审计验收。项目到期后验收。\n第三条所有单位应当遵守。\n"
	       "第四条所规定的情形除外。\n",
	       { 1, "第一条", "为了测试", 2 }, { 1, "第二条", "项目审计验收", 3 },
	       { 1, "第三条", "所有单位应当遵守", 4 });
}

/* A draft law names what each article is about in lenticular brackets
 * right after its number (第一条【立法目的】 为了…): the article is a
 * heading; a citation of one in running text still is not. */
static void
articles_with_bracketed_themes(void **state)
{
	(void)state;
	EXPECT("某某市物业管理条例\n第一章 总则\n第一条【立法目的】 为了规范物业管理，制定本条例。\n"
	       "第二条【适用范围】 本条例适用于本市。\n依照第一条规定执行。\n",
	       { 1, "第一章", "总则", 2 }, { 2, "第一条", "【立法目的】 为了规范物业管理，制定本条例", 3 },
	       { 2, "第二条", "【适用范围】 本条例适用于本市", 4 });
}

/* A regulation names what each article is about in round brackets right
 * after its number, alone on its line (第一条（目的和依据）, 第二条(适用范围)):
 * the article is a heading titled with the theme the brackets hold; an
 * item cited in brackets (第五条（一）项) at a line's start is still
 * running text. */
static void
articles_with_themes_in_round_brackets(void **state)
{
	(void)state;
	EXPECT("某某区管理办法\n第一章　总则\n第一条（目的和依据）\n为了加强管理，制定本办法。\n"
	       "第二条(适用范围)\n本办法适用于本区。\n第二章　附则\n第三条（居（村）民委员会任务）\n居民委员会协助管理。\n",
	       { 1, "第一章", "总则", 2 }, { 2, "第一条", "目的和依据", 3 }, { 2, "第二条", "适用范围", 5 },
	       { 1, "第二章", "附则", 7 }, { 2, "第三条", "居（村）民委员会任务", 8 });
	{
		struct label l;
		const char *s = "第五条（一）项规定的情形除外。";
		assert_false(label_parse(s, strlen(s), &l));
		s = "第五条（十二）";
		assert_false(label_parse(s, strlen(s), &l));
	}
}

/* An article may run on after its theme in round brackets on the same line
 * (第一条（目的）为了…): it is titled with the theme alone, as the article
 * whose theme stands alone on its line is; a theme that ends the line with
 * a later bracket still gives the theme only. */
static void
articles_run_in_after_themes_in_round_brackets(void **state)
{
	(void)state;
	EXPECT("某某市管理办法（试行）\n第一条（目的意义）为规范管理，制定本办法。\n"
	       "第二条（管理职责）市主管部门负责综合管理。\n第三条(适用期限)本办法自发布之日起施行（试行）\n",
	       { 1, "第一条", "目的意义", 2 }, { 1, "第二条", "管理职责", 3 }, { 1, "第三条", "适用期限", 4 });
}

/* A 办法 may set out its 一、指导思想 … first and then its parts, 第一部分
 * and 第二部分, each with its own 一、: a part is above the points open
 * before it, their sibling, not a heading under the last of them. */
static void
parts_after_points(void **state)
{
	(void)state;
	EXPECT("某镇物业考核办法\n一、指导思想\n深入践行理念。\n二、考核方式\n每季度考核一次。\n第一部分 考核奖励办法\n"
	       "一、项目奖励\n给予奖励。\n二、评优奖励\n一次性奖励。\n第二部分 补贴办法\n一、补贴对象\n物业服务企业。\n",
	       { 1, "一、", "指导思想", 2 }, { 1, "二、", "考核方式", 4 }, { 1, "第一部分", "考核奖励办法", 6 },
	       { 2, "一、", "项目奖励", 7 }, { 2, "二、", "评优奖励", 9 }, { 1, "第二部分", "补贴办法", 11 },
	       { 2, "一、", "补贴对象", 12 });
}

static void
inserted_articles(void **state)
{
	(void)state;
	/* An amended law keeps its numbers and puts new articles after the
	 * one they follow: 第二条之一, 第二条之二, then 第三条.  第二条之规定
	 * in running text is still a citation. */
	EXPECT("某某法\n第一章 总则\n第一条 为了测试。\n第二条 甲。\n第二条之一 乙。\n"
	       "第二条之二 丙。\n第三条 丁。\n第三条之规定不适用。\n第四条 戊。\n",
	       { 1, "第一章", "总则", 2 }, { 2, "第一条", "为了测试", 3 }, { 2, "第二条", "甲", 4 },
	       { 2, "第二条之一", "乙", 5 }, { 2, "第二条之二", "丙", 6 }, { 2, "第三条", "丁", 7 },
	       { 2, "第四条", "戊", 9 });
	{
		struct label l;
		const char *s = "第一百二十条之六 明知是宣扬恐怖主义的物品。";
		assert_true(label_parse(s, strlen(s), &l));
		assert_int_equal(l.style, STYLE_ARTICLE);
		assert_int_equal(l.number, 120);
		assert_int_equal(l.inserted, 6);
		assert_int_equal(l.length, strlen("第一百二十条之六"));
	}
}

static void
notes_and_cut_lines_above_the_chapters(void **state)
{
	(void)state;
	/* A regulation's note of its history, a note's mark after it, and
	 * the note itself under it: neither is a part above the chapters. */
	EXPECT("某某条例\n（2031年1月1日通过，2032年5月1日修正）①\n①修正的施行日期另行确定。\n"
	       "第一章　总则\n第一条　为了测试。\n第二条　施行。\n",
	       { 1, "第一章", "总则", 4 }, { 2, "第一条", "为了测试", 5 }, { 2, "第二条", "施行", 6 });
	/* A PDF's text can cut the note's last words apart (…《某某决定 /
	 * （十 / ① / 一）》修正）): a line that leaves a bracket open or closes
	 * one it did not open is no part, nor a superscript mark alone. */
	EXPECT("某某条例\n（2031年1月1日通过　根据2032年5月1日《某某决定\n（十\n①\n一）》修正）\n"
	       "第一章　总则\n第一条　为了测试。\n第二条　施行。\n①修正的施行日期另行确定。\n",
	       { 1, "第一章", "总则", 6 }, { 2, "第一条", "为了测试", 7 }, { 2, "第二条", "施行", 8 });
	/* Items ①② run into a sentence call no note: the items on their
	 * own lines after it are still items. */
	EXPECT("方案\n一、任务\n主要包括①宣传，②培训。\n①宣传工作\n正文。\n②培训工作\n正文。\n",
	       { 1, "一、", "任务", 2 }, { 2, "①", "宣传工作", 4 }, { 2, "②", "培训工作", 6 });
	/* A ① item that nothing calls, then a call of ① and its note: the
	 * look for the note's call reads the lines after the item again. */
	EXPECT("方案\n一、任务\n①宣传工作\n正文。\n二、依据\n依照某某条例（2032年5月1日修正）①。\n"
	       "①修正的施行日期另行确定。\n三、要求\n",
	       { 1, "一、", "任务", 2 }, { 2, "①", "宣传工作", 3 }, { 1, "二、", "依据", 5 },
	       { 1, "三、", "要求", 8 });
}

static void
letter_spaced_article_labels(void **state)
{
	(void)state;
	/* A page set with letter spacing pads the label: 第十 七 条 is
	 * 第十七条, 第 二 章 is 第二章; 第一 条规定 is still a citation. */
	EXPECT("标题\n第一章 总则\n第一条 甲。\n第 二 条 乙。\n第 二 章 附则\n第三 条 丙。\n",
	       { 1, "第一章", "总则", 2 }, { 2, "第一条", "甲", 3 }, { 2, "第 二 条", "乙", 4 },
	       { 1, "第 二 章", "附则", 5 }, { 2, "第三 条", "丙", 6 });
	{
		struct label l;
		const char *s = "第十 七 条 从事经营。";
		assert_true(label_parse(s, strlen(s), &l));
		assert_int_equal(l.style, STYLE_ARTICLE);
		assert_int_equal(l.number, 17);
		s = "第三十九 条 鼓励创新。";
		assert_true(label_parse(s, strlen(s), &l));
		assert_int_equal(l.style, STYLE_ARTICLE);
		assert_int_equal(l.number, 39);
		assert_int_equal(l.length, strlen("第三十九 条"));
		s = "第一 条规定的情形除外。";
		assert_false(label_parse(s, strlen(s), &l));
		s = "第一 稳定。";
		assert_false(label_parse(s, strlen(s), &l));
		/* A line that opens with a year is no label, and nothing of
		 * one is left in *L (it was read as far as 2036). */
		s = "2036年政府工作回顾";
		assert_false(label_parse(s, strlen(s), &l));
		assert_int_equal(l.style, STYLE_NONE);
		assert_int_equal(l.number, 0);
	}
}

/* A chapter that shows the wrong number (第二章 twice; 第一章 after 第四章,
 * as a second Word list counts again from 1; 第八章 after 第三章) is the
 * next chapter when it is a short title alone and the article after it
 * numbers on from the last: the articles run on across the chapters.  A
 * line citing a chapter, or a wrong number before no such article, stays
 * text. */
static void
misnumbered_chapters(void **state)
{
	(void)state;
	EXPECT("某某办法\n第一章 总则\n第一条 为了规范管理，制定本办法。\n第二章 申报\n第二条 企业申报。\n"
	       "第二章 审核\n第三条 部门审核。\n第一章 监督\n第四条 部门监督。\n第八章 附则\n第五条 本办法自发布之日起施行。\n",
	       { 1, "第一章", "总则", 2 }, { 2, "第一条", "为了规范管理，制定本办法", 3 },
	       { 1, "第二章", "申报", 4 }, { 2, "第二条", "企业申报", 5 },
	       { 1, "第二章", "审核", 6 }, { 2, "第三条", "部门审核", 7 },
	       { 1, "第一章", "监督", 8 }, { 2, "第四条", "部门监督", 9 },
	       { 1, "第八章", "附则", 10 }, { 2, "第五条", "本办法自发布之日起施行", 11 });
	EXPECT("某某办法\n第一章 总则\n第一条 为了规范管理，制定本办法。\n第二章 申报\n第二条 企业申报。\n"
	       "第一章规定的事项，由部门办理。\n第五章 附则\n第九条 本办法自发布之日起施行。\n",
	       { 1, "第一章", "总则", 2 }, { 2, "第一条", "为了规范管理，制定本办法", 3 },
	       { 1, "第二章", "申报", 4 }, { 2, "第二条", "企业申报", 5 },
	       /* the chapter stays text; the last article, mistyped, is one */
	       { 2, "第九条", "本办法自发布之日起施行", 8 });
}

static void
articles_take_up_their_sequence(void **state)
{
	(void)state;
	/* 笫三条 (a misread 第) is no label: 第四条 after 第二条 is taken up
	 * because 第五条 and 第六条 follow it, across the next chapter. */
	EXPECT("某某条例\n第一章 总则\n第一条 为了规范管理，制定本条例。\n第二条 本条例适用于本市。\n"
	       "笫三条 县级以上人民政府负责。\n第四条 有关部门应当配合。\n第二章 附则\n第五条 本条例自公布之日起施行。\n"
	       "第六条 其他。\n",
	       { 1, "第一章", "总则", 2 }, { 2, "第一条", "为了规范管理，制定本条例", 3 },
	       { 2, "第二条", "本条例适用于本市", 4 }, { 2, "第四条", "有关部门应当配合", 6 },
	       { 1, "第二章", "附则", 7 }, { 2, "第五条", "本条例自公布之日起施行", 8 }, { 2, "第六条", "其他", 9 });
	/* A reference at a line's start is followed by no such run. */
	EXPECT("某某条例\n第一条 为了规范管理，制定本条例。\n第二条 本条例适用于本市。\n第五条 所称单位，包括个人。\n"
	       "第三条 县级以上人民政府负责。\n第四条 有关部门应当配合。\n第五条 本条例自公布之日起施行。\n",
	       { 1, "第一条", "为了规范管理，制定本条例", 2 }, { 1, "第二条", "本条例适用于本市", 3 },
	       { 1, "第三条", "县级以上人民政府负责", 5 }, { 1, "第四条", "有关部门应当配合", 6 },
	       { 1, "第五条", "本条例自公布之日起施行", 7 });
}

static void
mistyped_last_article(void **state)
{
	(void)state;
	/* 第七条 after 第三条, the last article: the writer's slip. */
	EXPECT("某某办法\n第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于本市。\n"
	       "第二章 附则\n第三条 本办法自发布之日起施行。\n第七条 本办法由市发展改革委负责解释。\n",
	       { 1, "第一章", "总则", 2 }, { 2, "第一条", "为了规范管理，制定本办法", 3 },
	       { 2, "第二条", "本办法适用于本市", 4 }, { 1, "第二章", "附则", 5 },
	       { 2, "第三条", "本办法自发布之日起施行", 6 }, { 2, "第七条", "本办法由市发展改革委负责解释", 7 });
	/* A citation at the line's start has no space after its label. */
	EXPECT("某某办法\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于本市。\n"
	       "第五条规定的事项，由市发展改革委负责解释。\n",
	       { 1, "第一条", "为了规范管理，制定本办法", 2 }, { 1, "第二条", "本办法适用于本市", 3 });
}

static void
part_number_said_twice(void **state)
{
	(void)state;
	/* 二、 twice, then 三、: the second 二、 is the next part. */
	EXPECT("某某事故调查报告\n一、基本情况\n概况。\n二、有关单位情况\n（一）施工单位\n（二）监理单位\n"
	       "二、事故发生经过\n（一）事故经过\n三、事故原因\n原因。\n",
	       { 1, "一、", "基本情况", 2 }, { 1, "二、", "有关单位情况", 4 }, { 2, "（一）", "施工单位", 5 },
	       { 2, "（二）", "监理单位", 6 }, { 1, "二、", "事故发生经过", 7 }, { 2, "（一）", "事故经过", 8 },
	       { 1, "三、", "事故原因", 9 });
	/* Without 三、 after it, a repeated number stays text. */
	EXPECT("某某报告\n一、基本情况\n概况。\n二、有关单位情况\n（一）施工单位\n二、事故发生经过\n",
	       { 1, "一、", "基本情况", 2 }, { 1, "二、", "有关单位情况", 4 }, { 2, "（一）", "施工单位", 5 });
}

static void
markdown_and_decimal(void **state)
{
	(void)state;
	EXPECT("# 文档标题\n## 第一章 概述\n### 背景\n## 第二章 方法\n",
	       { 1, "第一章", "概述", 2 }, { 2, "", "背景", 3 }, { 1, "第二章", "方法", 4 });
	EXPECT("标题\n1 名代表参加会议。\n1.1 背景\n1.2 目标\n1.2.1 近期目标\n1.5 跳号\n1.3 方法\n",
	       { 1, "1.1", "背景", 3 }, { 1, "1.2", "目标", 4 }, { 2, "1.2.1", "近期目标", 5 },
	       { 1, "1.3", "方法", 7 });
	/* A copy that lost the numbers of a standard's ## clauses: the
	 * clauses 3.1, 3.2 in the text of the third are its own; 2.1 under
	 * the third is not. */
	EXPECT("# 某某标准\n\n## 范围\n\n本标准适用于测试。\n\n## 术语\n\n### 2.1　某某\n\n## 附则\n\n"
	       "3.1　未列入本标准的损伤，比照相关条款鉴定。\n\n3.2　本标准所称的数字均含本数。\n",
	       { 1, "", "范围", 3 }, { 1, "", "术语", 7 }, { 2, "2.1", "某某", 9 }, { 1, "", "附则", 11 },
	       { 2, "3.1", "未列入本标准的损伤，比照相关条款鉴定", 13 },
	       { 2, "3.2", "本标准所称的数字均含本数", 15 });
	EXPECT("# 某某标准\n\n## 总则\n\n本标准适用于测试。\n\n## 附则\n\n"
	       "6.1　未列入本标准的损伤，比照相关条款鉴定。\n",
	       { 1, "", "总则", 3 }, { 1, "", "附则", 7 });
}

static void
markdown_part_beside_plain_items(void **state)
{
	(void)state;
	/* The plain 一、二、 of a notes box, then the document's own ## 一、
	 * parts: siblings, not parts inside the second note. */
	EXPECT("# 某某清单\n\n一、本清单所称首次违法按有关规定执行。\n\n二、本清单自某日起施行。\n\n"
	       "## 一、建设项目管理类\n\n### 1、未依法备案登记表\n\n内容。\n\n## 二、水污染防治类\n\n"
	       "### 2、超标排放水污染物\n\n内容。\n\n## 台账管理类\n\n### 3、未按规定记录台账\n",
	       { 1, "一、", "本清单所称首次违法按有关规定执行", 3 }, { 1, "二、", "本清单自某日起施行", 5 },
	       { 1, "一、", "建设项目管理类", 7 }, { 2, "1、", "未依法备案登记表", 9 },
	       { 1, "二、", "水污染防治类", 13 }, { 2, "2、", "超标排放水污染物", 15 },
	       { 1, "", "台账管理类", 19 }, { 2, "3、", "未按规定记录台账", 21 });
}

static void
markdown_one_level_for_all(void **state)
{
	(void)state;
	/* Every labelled heading marked ### whatever its depth: the labels
	 * place them, and the plan's unmarked title holds them. */
	EXPECT("# 关于印发某某方案的通知\n\n现印发给你们。\n\n某某方案\n\n### 一、总体要求\n\n"
	       "### （一）指导思想\n\n内容。\n\n### （二）基本原则\n\n内容。\n\n### 二、主要任务\n\n内容。\n",
	       { 1, "", "某某方案", 5 }, { 2, "一、", "总体要求", 7 }, { 3, "（一）", "指导思想", 9 },
	       { 3, "（二）", "基本原则", 13 }, { 2, "二、", "主要任务", 17 });
}

/* A copier's one heading over the whole copied text (## 全文 under the
 * page's # title), the text's own parts written as plain 一、 lines: not
 * a section, the parts stay at the top; a document with headings of its
 * own in Markdown keeps them all. */
static void
copier_heading_over_the_whole_text(void **state)
{
	(void)state;
	EXPECT("# 关于做好某某工作的意见\n\n**发布日期**: 2021年2月1日\n\n---\n\n## 文件全文\n\n"
	       "某某部门\n\n关于做好某某工作的意见\n\n正文。\n\n一、总体要求\n\n（一）指导思想。内容。\n\n"
	       "二、主要任务\n\n（二）做好某某。内容。\n\n三、保障措施\n\n内容。\n",
	       { 1, "一、", "总体要求", 15 }, { 2, "（一）", "指导思想", 17 }, { 1, "二、", "主要任务", 19 },
	       { 2, "（二）", "做好某某", 21 }, { 1, "三、", "保障措施", 23 });
	EXPECT("# 某某规划\n\n## 概况\n\n一、基础\n\n内容。\n\n二、形势\n\n内容。\n\n三、问题\n\n内容。\n",
	       { 1, "", "概况", 3 }, { 2, "一、", "基础", 5 }, { 2, "二、", "形势", 9 }, { 2, "三、", "问题", 13 });
}

/* A page heading that names only the plan a notice issues (# 某某规划
 * over 国务院关于印发某某规划的通知): the plan's title said again below
 * the notice's text is the plan's part over its 一、, not the title. */
static void
page_title_again_below_a_notice(void **state)
{
	(void)state;
	EXPECT("# 某某发展规划\n\n**发布日期**: 2022年1月\n\n---\n\n各有关单位：\n\n"
	       "现将《某某发展规划》印发给你们，请认真贯彻执行。\n\n某某部门\n\n2021年12月12日\n\n"
	       "某某发展规划\n\n一、发展现状\n\n内容。\n\n二、总体要求\n\n内容。\n",
	       { 1, "", "某某发展规划", 15 }, { 2, "一、", "发展现状", 17 }, { 2, "二、", "总体要求", 21 });
	/* A law's own title over the order that promulgates it: the title
	 * said again above its chapters is no part. */
	EXPECT("某某条例\n\n第706号\n\n《某某条例》已经某会议通过，现予公布。\n\n总理　　某某\n\n"
	       "2018年11月6日\n\n某某条例\n\n第一章 总则\n\n第一条 为了规范某某行为，制定本条例。\n\n"
	       "第二章 附则\n\n第二条 本条例自公布之日起施行。\n",
	       { 1, "第一章", "总则", 13 }, { 2, "第一条", "为了规范某某行为，制定本条例", 15 }, { 1, "第二章", "附则", 17 },
	       { 2, "第二条", "本条例自公布之日起施行", 19 });
	/* The notice's title found below the copier's block: the page
	 * heading above it is no section either. */
	EXPECT("# 某某发展规划\n\n**发布日期**: 2032年1月\n\n---\n\n## 文件全文\n\n某某部门关于印发\n\n"
	       "某某发展规划的通知\n\n各有关单位：\n\n现将《某某发展规划》印发给你们，请认真贯彻执行。\n\n"
	       "某某部门\n\n2021年12月12日\n\n某某发展规划\n\n一、发展现状\n\n内容。\n\n二、总体要求\n\n内容。\n"
	       "\n三、保障措施\n\n内容。\n",
	       { 1, "", "某某发展规划", 21 }, { 2, "一、", "发展现状", 23 }, { 2, "二、", "总体要求", 27 },
	       { 2, "三、", "保障措施", 31 });
}

/* A part announced by a bare numeral whose title asks a question (二
 * 能否变成好事？, ASCII ? too) is a part like the others. */
static void
bare_numeral_part_asks_a_question(void **state)
{
	(void)state;
	EXPECT("关于某某问题的讲话\n\n　　这是一个总题目，分为三个小题目。\n\n　　一 第一个问题\n\n　　正文。\n\n"
	       "　　二 坏事能否变成好事?  \n\n　　正文。\n\n　　三 第三个问题\n\n　　正文。\n",
	       { 1, "一", "第一个问题", 5 }, { 1, "二", "坏事能否变成好事", 9 }, { 1, "三", "第三个问题", 13 });
	EXPECT("关于某某问题的讲话\n\n　　这是一个总题目，分为三个小题目。\n\n　　一 第一个问题\n\n　　正文。\n\n"
	       "　　二 能否变成好事？\n\n　　正文。\n\n　　三 第三个问题\n\n　　正文。\n",
	       { 1, "一", "第一个问题", 5 }, { 1, "二", "能否变成好事", 9 }, { 1, "三", "第三个问题", 13 });
}

/* The paragraphs of a part announced by a bare numeral and its title (一
 * 两类不同性质的矛盾), a speech's, open with statements, not run-in
 * leads. */
static void
bare_numeral_part_holds_no_leads(void **state)
{
	(void)state;
	EXPECT("关于某某问题的讲话\n\n　　这是一个总题目。\n\n　　一 合作化问题\n\n"
	       "　　合作社正在经历一个逐步巩固的过程。它还存在着一些需要解决的矛盾，例如国家和合作社之间的矛盾。\n\n"
	       "　　我们必须经常注意处理上述矛盾。在生产问题上，一方面要增产，一方面要节约。\n\n"
	       "　　许多人说农民苦。这种意见对不对呢？就一方面说来是对的。\n\n　　二 工商业者问题\n\n　　正文。\n",
	       { 1, "一", "合作化问题", 5 }, { 1, "二", "工商业者问题", 13 });
}

static void
counted_things_under_their_count(void **state)
{
	(void)state;
	/* ## 三件大事 counts the things that follow at its own '#' level,
	 * ## 第一件　…: they are its parts; a heading that counts nothing
	 * (## 几点体会) leaves its neighbours beside it. */
	EXPECT("# 考察报告\n\n## 概况\n\n正文。\n\n## 三件大事\n\n正文。\n\n## 第一件　修道路\n\n正文。\n\n"
	       "## 第二件　办学校\n\n正文。\n\n## 第三件　建合作社\n\n正文。\n",
	       { 1, "", "概况", 3 }, { 1, "", "三件大事", 7 }, { 2, "第一件", "修道路", 11 },
	       { 2, "第二件", "办学校", 15 }, { 2, "第三件", "建合作社", 19 });
	EXPECT("# 讲话\n\n## 几点体会\n\n正文。\n\n## 第一点　关于形势\n\n正文。\n\n## 第二点　关于任务\n\n正文。\n",
	       { 1, "", "几点体会", 3 }, { 1, "第一点", "关于形势", 7 }, { 1, "第二点", "关于任务", 11 });
	/* The same counted things on lines of their own, no Markdown. */
	EXPECT("讲话\n第一点　关于形势\n形势很好。\n第二点　关于任务\n任务很重。\n",
	       { 1, "第一点", "关于形势", 2 }, { 1, "第二点", "关于任务", 4 });
}

static void
note_calls_on_one_row(void **state)
{
	(void)state;
	/* Two notes called on one row of superscripts (①　　②, a line of
	 * its own in a PDF's text): the notes at the page's foot are no
	 * items under the part. */
	EXPECT("某事故调查报告\n一、基本情况\n正文甲，建议给予罚款\n①　　②\n处罚。\n"
	       "①《某条例》第五十七条：“违反本条例的规定，责令改正。”\n②《某法》第九条：“处以罚款。”\n"
	       "二、事故原因\n正文丙。\n",
	       { 1, "一、", "基本情况", 2 }, { 1, "二、", "事故原因", 8 });
}

static void
numbered_paragraph_glued(void **state)
{
	(void)state;
	/* A lost line break ran （一） onto the paragraph before and （三）
	 * onto （二）: each full stop before the next label in its sequence
	 * opens its paragraph again. */
	EXPECT("关于加强某某工作的通知\n一、总体要求\n总的要求如下。（一）加强领导。内容。\n"
	       "（二）完善机制。内容。（三）强化保障。内容。\n二、主要任务\n",
	       { 1, "一、", "总体要求", 2 }, { 2, "（一）", "加强领导", 3 }, { 2, "（二）", "完善机制", 4 },
	       { 2, "（三）", "强化保障", 4 }, { 1, "二、", "主要任务", 5 });
	/* A web page that lost the break before （一） left a row of
	 * spaces (&nbsp; and blanks) after the full stop in its place. */
	EXPECT("关于加强某某工作的报告\n一、工作历程\n回顾历程，大体分为两个阶段。\xc2\xa0 \xc2\xa0 \xc2\xa0 （一）第一阶段：起步\n"
	       "内容甲。\n（二）第二阶段：推进\n内容乙。\n",
	       { 1, "一、", "工作历程", 2 }, { 2, "（一）", "第一阶段", 3 }, { 2, "（二）", "第二阶段", 5 });
	/* A list run into a paragraph after its colon (：1.…。2.…) is the
	 * paragraph's text: its 2. is no paragraph a lost break ran on,
	 * though 1. opened a paragraph further up. */
	EXPECT("述职报告\n1.张三\n一、认真学习\n内容甲。\n二、存在不足\n努力的方向：1.要提升能力；要理解政策。"
	       "2.要联系群众。还有距离。3.要加强调研。\n2.李四\n一、做好工作\n内容乙。\n",
	       { 1, "1.", "张三", 2 }, { 2, "一、", "认真学习", 3 }, { 2, "二、", "存在不足", 5 },
	       { 1, "2.", "李四", 7 }, { 2, "一、", "做好工作", 8 });
	/* A sentence that lists numerals (一、二、三产业) after a full stop
	 * names them: its 一、 is no part a lost break ran on. */
	EXPECT("某某工作报告\n一、工作回顾\n经济增长5%。一、二、三产业增加值分别增长4%、5%、6%。\n"
	       "二、今年安排\n内容。\n",
	       { 1, "一、", "工作回顾", 2 }, { 1, "二、", "今年安排", 4 });
	/* Parts run onto the opening paragraph and onto each other. */
	EXPECT("关于某某安排的通知\n经批准，现将有关安排通知如下。一、元旦：1月1日放假。二、春节：2月4日至10日放假。\n"
	       "三、清明节：4月5日放假。\n",
	       { 1, "一、", "元旦", 2 }, { 1, "二、", "春节", 2 }, { 1, "三、", "清明节", 3 });
	/* So are parts where the places a label may begin after a full
	 * stop are too many to list (more than one in 64 bytes): the line
	 * is looked through for them. */
	EXPECT("关于某某安排的通知\n现将安排通知如下。一、元旦：放假。二、春节：放假。三、清明：放假。四、端午：放假。\n",
	       { 1, "一、", "元旦", 2 }, { 1, "二、", "春节", 2 }, { 1, "三、", "清明", 2 },
	       { 1, "四、", "端午", 2 });
	/* Items a sentence quotes (第三十八条：“…（一）…。（二）…。”) are the
	 * quotation's text, not paragraphs run onto it; after the quotation
	 * closes, a glued label opens its paragraph again. */
	EXPECT("某某事故调查报告\n一、处理意见\n（一）追究刑事责任人员。\n"
	       "依据《某某条例》第三十八条：“责任人员的区分：（一）直接责任者，是指甲。（二）主要领导责任者，是指乙。”"
	       "据此处理。（二）给予处分人员。内容。\n",
	       { 1, "一、", "处理意见", 2 }, { 2, "（一）", "追究刑事责任人员", 3 },
	       { 2, "（二）", "给予处分人员", 4 });
	/* An article run onto the one before; a later article named after a
	 * full stop is no article of its own. */
	EXPECT("某某条例\n第一条 为了保护文物，制定本条例。第二条 本条例适用于本市。\n"
	       "第三条 依照本条例处理。第五条规定的除外。\n第四条 本条例自公布之日起施行。\n",
	       { 1, "第一条", "为了保护文物，制定本条例", 2 }, { 1, "第二条", "本条例适用于本市", 2 },
	       { 1, "第三条", "依照本条例处理", 3 }, { 1, "第四条", "本条例自公布之日起施行", 4 });
}

static void
line_cut_in_a_book_title(void **state)
{
	(void)state;
	/* A wrapped line that stops inside 《…》 goes on in the next: it is
	 * no heading above the parts. */
	EXPECT("关于某某工作的年度报告\n根据《某某条例》和《某某市政府\n信息公开规定》的要求，本机关编制了年度报告。\n"
	       "一、总体情况\n本年度工作有序推进。\n二、存在问题\n问题仍然存在。\n",
	       { 1, "一、", "总体情况", 4 }, { 1, "二、", "存在问题", 6 });
}

/* A notice's closing paragraph, right above its attachment note and
 * sign-off, opens with a short sentence too (某某工作意义重大。): it sums
 * up the notice and is no lead, and the paragraph above it, alone, is
 * none either.  Leads in the middle of a document still pair. */
static void
closing_paragraph_is_no_lead(void **state)
{
	(void)state;
	EXPECT("某某办公厅关于某某事项的通知\n各有关单位：\n现将有关事项通知如下：\n一、核发范围\n"
	       "核发范围包括各类车辆。\n二、政策保障\n对专用车辆免征车辆购置税和停车费。此后按有关规定执行。\n"
	       "某某车辆悬挂专用号牌工作意义重大。各地区要认真组织实施。\n附件：专用号牌式样\n某某办公厅\n"
	       "2018年12月4日\n",
	       { 1, "一、", "核发范围", 4 }, { 1, "二、", "政策保障", 6 });
	EXPECT("某某办公厅关于某某事项的通知\n一、政策保障\n对专用车辆免征车辆购置税和停车费。此后按有关规定执行。\n"
	       "对专用车辆免收车辆通行费和过路费。此后按有关规定执行。\n二、组织实施\n各地区要认真组织实施。\n"
	       "某某办公厅\n2018年12月4日\n",
	       { 1, "一、", "政策保障", 2 }, { 2, "", "对专用车辆免征车辆购置税和停车费", 3 },
	       { 2, "", "对专用车辆免收车辆通行费和过路费", 4 }, { 1, "二、", "组织实施", 5 });
}

static void
leads_under_the_first_item(void **state)
{
	(void)state;
	/* 一是 is an item only once 二是 comes; the leads between are its. */
	EXPECT("一、总结\n一是做好甲工作，取得新进展。推进各项改革。\n内需拉动明显增强。组织开展投资行动。\n"
	       "产业升级步伐加快。启动实施产业行动。\n二是做好乙工作，取得新进展。推进各项改革。\n"
	       "特色产业提质增效。坚守耕地红线。\n有效衔接全面发力。出台系列政策。\n",
	       { 1, "一、", "总结", 1 }, { 2, "一是", "做好甲工作，取得新进展", 2 }, { 3, "", "内需拉动明显增强", 3 },
	       { 3, "", "产业升级步伐加快", 4 }, { 2, "二是", "做好乙工作，取得新进展", 5 },
	       { 3, "", "特色产业提质增效", 6 }, { 3, "", "有效衔接全面发力", 7 });
}

static void
speech_points_and_the_last(void **state)
{
	(void)state;
	/* A speech's 第X点 hold statements, not leads; 最后一点， is its last
	 * point, told with no number. */
	EXPECT("第一点，我们讲形势。形势很好。\n\n我看中国就是靠精耕细作吃饭。将来要多打粮食。\n\n"
	       "请同志们摸一下底。要提倡节约。\n\n第二点，讲整风。要大胆地放。\n\n"
	       "最后一点，我们要振作精神，下苦功学习。\n",
	       { 1, "第一点", "我们讲形势", 1 }, { 1, "第二点", "讲整风", 7 },
	       { 1, "", "最后一点，我们要振作精神，下苦功学习", 9 });
}

static void
counted_things_hold_no_leads(void **state)
{
	(void)state;
	/* The paragraphs of a thing counted 第一件 open with statements, as a
	 * speech's 第二点 do: no run-in leads; under a plain heading the same
	 * paragraphs are a run of leads. */
	EXPECT("# 考察报告\n\n## 两件大事\n\n正文。\n\n## 第一件　打击地主\n\n戴高帽子游乡。这种事各地做得很多。\n\n"
	       "关进县监狱。这是比戴高帽子更重的罪。\n\n## 第二件　办学校\n\n正文。\n",
	       { 1, "", "两件大事", 3 }, { 2, "第一件", "打击地主", 7 }, { 2, "第二件", "办学校", 13 });
	EXPECT("# 考察报告\n\n## 概况\n\n正文。\n\n## 打击地主\n\n戴高帽子游乡。这种事各地做得很多。\n\n"
	       "关进县监狱。这是比戴高帽子更重的罪。\n\n## 办学校\n\n正文。\n",
	       { 1, "", "概况", 3 }, { 1, "", "打击地主", 7 }, { 2, "", "戴高帽子游乡", 9 },
	       { 2, "", "关进县监狱", 11 }, { 1, "", "办学校", 13 });
}

static void
points_counted_first_in_words(void **state)
{
	(void)state;
	/* 首先，… 其次，… then 第三，… 第四，… 第五，…: the first two points
	 * counted in words, the rest in numbers -- all five points of one
	 * run. */
	EXPECT("讲话\n\n一、形势\n\n正文。\n\n二、争论的总结\n\n首先，是发展快慢的问题。正文。\n\n其次，是山区的问题。正文。\n\n"
	       "第三，资金的问题。正文。\n\n第四，机器的问题。正文。\n\n第五，解散的问题。正文。\n\n三、规划\n",
	       { 1, "一、", "形势", 3 }, { 1, "二、", "争论的总结", 7 }, { 2, "首先", "是发展快慢的问题", 9 },
	       { 2, "其次", "是山区的问题", 11 }, { 2, "第三", "资金的问题", 13 }, { 2, "第四", "机器的问题", 15 },
	       { 2, "第五", "解散的问题", 17 }, { 1, "三、", "规划", 19 });
	/* 首先，… 第二，… 第三，…; 第一，… 其次，… 第三，… */
	EXPECT("讲话\n\n一、形势\n\n首先，农业关系到吃饭问题。正文。\n\n第二，农业是原料的来源。正文。\n\n"
	       "第三，农村是重工业的市场。正文。\n\n二、规划\n\n第一，要有规划。正文。\n\n其次，要有资金。正文。\n\n"
	       "第三，要有人才。正文。\n",
	       { 1, "一、", "形势", 3 }, { 2, "首先", "农业关系到吃饭问题", 5 }, { 2, "第二", "农业是原料的来源", 7 },
	       { 2, "第三", "农村是重工业的市场", 9 }, { 1, "二、", "规划", 11 }, { 2, "第一", "要有规划", 13 },
	       { 2, "其次", "要有资金", 15 }, { 2, "第三", "要有人才", 17 });
	/* Without 首先 and 其次 before it a 第三， is no start, nor is a 其次
	 * with no first point before it; and points counted in words alone
	 * (首先 其次 最后) are the steps of an argument. */
	EXPECT("讲话\n\n一、形势\n\n正文。\n\n二、争论的总结\n\n其次，是山区的问题。正文。\n\n"
	       "第三，资金的问题。正文。\n\n第四，机器的问题。正文。\n\n第五，解散的问题。正文。\n\n三、规划\n\n"
	       "首先，要认清形势。正文。\n\n其次，要统一思想。正文。\n\n最后，要抓好落实。正文。\n",
	       { 1, "一、", "形势", 3 }, { 1, "二、", "争论的总结", 7 }, { 1, "三、", "规划", 17 });
}

static void
title_over_a_list_set_off_by_commas(void **state)
{
	(void)state;
	/* Short items that ， sets off as 、 would are a list, not clauses:
	 * a title too long to keep whole ends with the clause after them;
	 * one short clause before a long one is a title of its own. */
	EXPECT("决议要点\n一 统一战线\n1、知识分子，工商业界，宗教界，民主党派，必须在反帝反封建的基础上将他们团结起来，"
	       "并加以教育，这是一项长期的工作任务。\n2、在各少数民族中，认真进行工作，推行区域自治和训练少数民族自己的干部，"
	       "这是两项中心工作。\n",
	       { 1, "一", "统一战线", 2 },
	       { 2, "1、", "知识分子，工商业界，宗教界，民主党派，必须在反帝反封建的基础上将他们团结起来", 3 },
	       { 2, "2、", "在各少数民族中", 4 });
}

static void
two_headings_said_again(void **state)
{
	(void)state;
	/* Two headings that recur together are a part's plan said again in
	 * the next part, no table of contents; under 目录 they are one. */
	EXPECT("案例汇编\n一、排查阶段\n1.日常巡检发现异常\n巡检发现异常。\n二、处理阶段\n处理完毕。\n"
	       "一、排查阶段\n1.日常巡检发现异常\n巡检再次发现异常。\n二、处理阶段\n处理完毕。\n",
	       { 1, "一、", "排查阶段", 2 }, { 2, "1.", "日常巡检发现异常", 3 }, { 1, "二、", "处理阶段", 5 },
	       { 1, "一、", "排查阶段", 7 }, { 2, "1.", "日常巡检发现异常", 8 }, { 1, "二、", "处理阶段", 10 });
}

static void
wrapped_line_is_no_part(void **state)
{
	(void)state;
	/* A line after one that stops in the middle of its sentence goes on
	 * with it: no part heading above the 一、 that follow. */
	EXPECT("案例汇编\n某年，某酒店用户完成报装，但尚未开户通气。酒店通过非\n"
	       "法操作盗用天然气，公司巡检时发现异常，用户支付巨额\n赔偿款解决纠纷。\n"
	       "一、排查阶段\n巡检发现异常。\n二、处理阶段\n处理完毕。\n",
	       { 1, "一、", "排查阶段", 5 }, { 1, "二、", "处理阶段", 7 });
}

static void
cases_of_a_compilation(void **state)
{
	(void)state;
	/* 案例一：… is 【案例一】 without its brackets; 案例1中… is text. */
	EXPECT("案例汇编\n\n案例一：甲地用户案例\n\n某年某用户违规用气。\n\n一、排查阶段\n\n1.日常巡检\n\n"
	       "巡检发现异常。\n\n案例二：乙地用户案例\n\n案例1中的做法值得推广。\n\n一、排查阶段\n\n"
	       "1.智能监控\n\n监控发现异常。\n",
	       { 1, "案例一", "甲地用户案例", 3 }, { 2, "一、", "排查阶段", 7 }, { 3, "1.", "日常巡检", 9 },
	       { 1, "案例二", "乙地用户案例", 13 }, { 2, "一、", "排查阶段", 17 }, { 3, "1.", "智能监控", 19 });
}

static void
numbers_that_are_not_labels(void **state)
{
	(void)state;
	/* 1. in a date, a decimal number, a percentage, 一、 inside a sentence. */
	EXPECT("标题\n2023.11.23召开会议。\n1.5万元用于培训。\n2.3%的增长。\n会议提出一、二、三项要求。\n"
	       "一、真正的标题\n",
	       { 1, "一、", "真正的标题", 6 });
}

static void
padded_numbers_in_a_run(void **state)
{
	struct label l;
	(void)state;

	/* 01综合 02农业 03工业: two digits, no mark, a short title; a run. */
	EXPECT("某省统计公报\n01综合\n全年生产总值增长5.2%。\n02农业\n粮食增产。\n03工业\n工业增长。\n"
	       "10科学技术\n不在序列里。\n04服务业\n服务业增长。\n",
	       { 1, "01", "综合", 2 }, { 1, "02", "农业", 4 }, { 1, "03", "工业", 6 },
	       { 1, "04", "服务业", 10 });
	/* No run: 01 and 02 alone, data lines (01月, 02个), a sentence. */
	EXPECT("某省统计公报\n01综合\n正文。\n02农业\n正文。\n一、真正的标题\n",
	       { 1, "一、", "真正的标题", 6 });
	expect_outline("某省统计表\n01月份\n02月份\n03月份\n", NULL, 0);
	expect_outline("某省统计表\n01农林牧渔业  1234.5\n02采矿业  56.7\n03制造业  89.0\n", NULL, 0);
	assert_true(label_padded("12资源、环境和应急管理", strlen("12资源、环境和应急管理"), &l));
	assert_int_equal(l.number, 12);
	assert_int_equal(l.title, 2);
	assert_false(label_padded("1综合", strlen("1综合"), &l));
	assert_false(label_padded("001综合", strlen("001综合"), &l));
	assert_false(label_padded("00综合", strlen("00综合"), &l));
	assert_false(label_padded("01 综合", strlen("01 综合"), &l));
	assert_false(label_padded("12个县区完成任务", strlen("12个县区完成任务"), &l));
	assert_false(label_padded("20多家企业参与，效果良好", strlen("20多家企业参与，效果良好"), &l));
}

static void
run_in_titles(void **state)
{
	(void)state;
	EXPECT("标题\n一、举措\n（一）加强组织领导，进一步构筑法治思维的形成。一是认真开展学习，坚持齐抓共管。"
	       "二是出台《普法工作要点》（东人社〔2023〕36号）等文件。\n",
	       { 1, "一、", "举措", 2 }, { 2, "（一）", "加强组织领导，进一步构筑法治思维的形成", 3 },
	       { 3, "一是", "认真开展学习，坚持齐抓共管", 3 },
	       { 3, "二是", "出台《普法工作要点》（东人社〔2023〕36号）等文件", 3 });
}

static void
title_length_rules(void **state)
{
	(void)state;
	size_t body;
	const char *long_sentence =
		"为保障公民、法人和其他组织享有依法取得国家赔偿的权利，促进国家机关依法行使职权，根据宪法，制定本法。";
	const char *brackets = "严格落实《行政执法公示制度。记录制度》“三项”制度。后文";
	size_t n;

	/* Longer than 40 characters: the first clause, not cut at 、. */
	n = label_title_length(long_sentence, strlen(long_sentence), &body);
	assert_int_equal(n, strlen("为保障公民、法人和其他组织享有依法取得国家赔偿的权利"));
	/* Never split inside paired marks. */
	n = label_title_length(brackets, strlen(brackets), &body);
	assert_int_equal(n, strlen("严格落实《行政执法公示制度。记录制度》“三项”制度"));
	assert_string_equal(brackets + body, "后文");
}

static void
inline_needs_a_sequence(void **state)
{
	(void)state;
	/* 一是 alone is not a list; 一是 not at a sentence start is not an item;
	 * a sequence may run over several paragraphs. */
	EXPECT("标题\n一、甲\n统一是前提。一是一，没有二。\n二、乙\n一是加强领导。\n二是完善制度。\n三是狠抓落实。\n",
	       { 1, "一、", "甲", 2 }, { 1, "二、", "乙", 4 }, { 2, "一是", "加强领导", 5 },
	       { 2, "二是", "完善制度", 6 }, { 2, "三是", "狠抓落实", 7 });
}

static void
list_after_colon(void **state)
{
	(void)state;
	/* Items introduced by a colon, each one sentence closed by ；or 。: a list. */
	EXPECT("标题\n一、报告内容\n报告主要内容包括：\n1.总体情况；\n2.调查情况，与目标对比评估；\n3.制定计划。\n"
	       "二、组织保障\n",
	       { 1, "一、", "报告内容", 2 }, { 1, "二、", "组织保障", 7 });
}

static void
sections_and_paths(void **state)
{
	(void)state;
	struct doc *doc = unit_load("标题\n前言。\n一、甲\n（一）子。一是一项。二是二项。\n二、乙\n正文。\n", NULL);
	struct outline *o = NULL;
	const struct outline_node *path[8];
	const char *two = strstr(doc->text, "二项");
	const char *body = strstr(doc->text, "正文");
	const char *pre = strstr(doc->text, "前言");
	const struct outline_node *s;

	assert_int_equal(outline_build(doc, &o), BG_OK);
	s = outline_section_at(o, (size_t)(two - doc->text));
	assert_string_equal(s->label, "二是");
	assert_int_equal(outline_path(s, path, 8), 3);
	assert_string_equal(path[0]->label, "一、");
	assert_string_equal(path[1]->label, "（一）");
	s = outline_section_at(o, (size_t)(body - doc->text));
	assert_string_equal(s->label, "二、");
	assert_ptr_equal(outline_section_at(o, (size_t)(pre - doc->text)), &o->root);
	assert_int_equal(o->root.child_count, 2);
	outline_free(o);
	doc_free(doc);
}

static void
sign_off_outside_sections(void **state)
{
	(void)state;
	struct doc *doc = unit_load("标题\n一、甲\n正文。\n二、乙\n正文。\n某某局\n2023年11月23日\n", NULL);
	struct outline *o = NULL;
	const char *issuer = strstr(doc->text, "某某局");
	const char *body = strstr(doc->text, "正文。\n某某局");

	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_ptr_equal(outline_section_at(o, (size_t)(issuer - doc->text)), &o->root);
	assert_string_equal(outline_section_at(o, (size_t)(body - doc->text))->label, "二、");
	outline_free(o);
	doc_free(doc);
}

static void
chinese_numerals(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		long long value;
	} cases[] = {
		{ "一", 1 }, { "十", 10 }, { "十一", 11 }, { "二十三", 23 }, { "一百七十三", 173 },
		{ "三千零五", 3005 }, { "二〇二三", 2023 }, { "三万", 30000 }, { "一亿三千万", 130000000 },
		{ "一亿零五十万", 100500000 }, { "一万亿", 1000000000000LL }, { "两", 2 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t used;
		long long v = numeral_chinese(cases[i].text, strlen(cases[i].text), &used);
		if (v != cases[i].value)
			print_error("%s: %lld\n", cases[i].text, v);
		assert_int_equal(v, cases[i].value);
		assert_int_equal(used, strlen(cases[i].text));
	}
	{
		size_t used;
		/* 二三十 is read as the digits 二三 only: no multiplier after a run. */
		assert_int_equal(numeral_chinese("二三十", 9, &used), 23);
		assert_int_equal(used, 6);
		assert_int_equal(numeral_chinese("十二三", 9, &used), 12);
		assert_int_equal(numeral_chinese("甲", 3, &used), -1);
		assert_int_equal(numeral_digits("１２３号", 13, &used), 123);
		assert_int_equal(used, 9);
	}
}

static void
unnumbered_parts(void **state)
{
	(void)state;
	/* A notice prints the plan it issues, by its title, above the plan's
	 * 一、: the title is a level of its own.  The sign-off above it (issuer,
	 * date) is not. */
	EXPECT("关于印发工作方案的通知\n现将方案印发给你们。\n某区人民政府\n2024年1月5日\n某区工作方案\n"
	       "为做好工作，制定本方案。\n一、工作目标\n（一）总体目标\n二、保障措施\n",
	       { 1, "", "某区工作方案", 5 }, { 2, "一、", "工作目标", 7 }, { 3, "（一）", "总体目标", 8 },
	       { 2, "二、", "保障措施", 9 });
	/* Parts of a work report, each with its own run of 一、; a note in
	 * parentheses may stand between a part and its first heading. */
	EXPECT("政府工作报告\n各位代表：\n五年工作回顾\n（二〇二五年）\n过去五年很不平凡。\n一、经济发展\n"
	       "二、改革开放\n明年工作安排\n明年要做好以下工作。\n一、扩大内需\n（一）提振消费\n",
	       { 1, "", "五年工作回顾", 3 }, { 2, "一、", "经济发展", 6 }, { 2, "二、", "改革开放", 7 },
	       { 1, "", "明年工作安排", 8 }, { 2, "一、", "扩大内需", 10 }, { 3, "（一）", "提振消费", 11 });
	/* A speaker line, a subtitle, a salutation and text are no parts. */
	EXPECT("政府工作报告\n——在人民代表大会上\n省长 张三\n各位代表：\n现在，我报告工作。\n一、回顾\n二、安排\n",
	       { 1, "一、", "回顾", 6 }, { 1, "二、", "安排", 7 });
	/* Nor the speaker's name alone, nor a post close up to a name. */
	EXPECT("某省政府工作报告\n——2036年2月3日在某省人民代表大会上\n时间：2036-02-24\n张三丰\n各位代表：\n"
	       "现在，我报告工作。\n一、回顾\n二、安排\n",
	       { 1, "一、", "回顾", 7 }, { 1, "二、", "安排", 8 });
	EXPECT("政府工作报告\n——2036年3月5日在某届全国人民代表大会上\n某国总理李四\n各位代表：\n"
	       "现在，我报告工作。\n一、回顾\n二、安排\n",
	       { 1, "一、", "回顾", 6 }, { 1, "二、", "安排", 7 });
	/* Nor the speaker line again where a page prints the report twice. */
	EXPECT("政府工作报告\n——2036年3月5日在某届全国人民代表大会上\n某国总理李四\n各位代表：\n"
	       "现在，我报告工作。\n一、回顾\n正文。\n政府工作报告\n某国总理李四\n各位代表！\n一、回顾\n",
	       { 1, "一、", "回顾", 6 });
	/* Nor the issuing body's name right under the title, plain or set
	 * as a heading of a page. */
	EXPECT("2030年度某某事业发展统计公报\n中华人民共和国某某部\n2030年，各项工作取得积极进展。\n"
	       "一、就业\n正文。\n二、保险\n正文。\n",
	       { 1, "一、", "就业", 4 }, { 1, "二、", "保险", 6 });
	EXPECT("<html><head><meta charset=\"utf-8\"></head><body><h1>2030年度某某事业发展统计公报</h1>"
	       "<h2>中华人民共和国某某部</h2><p>2030年，各项工作取得积极进展，事业发展稳中有进。</p>"
	       "<p>一、就业</p><p>年末就业人员7万人。</p><p>二、保险</p><p>年末参保人数1万人。</p></body></html>",
	       { 1, "一、", "就业", 4 }, { 1, "二、", "保险", 6 });
	/* Nor a subtitle without its dash, whole or wrapped. */
	EXPECT("政府工作报告\n\n2031年3月5日在某某区人民代表大会第五次会议上\n\n一、回顾\n正文。\n二、安排\n",
	       { 1, "一、", "回顾", 5 }, { 1, "二、", "安排", 7 });
	EXPECT("政府工作报告\n\n2031年3月5日在某某区人民代表大会\n第五次会议上\n\n一、回顾\n正文。\n二、安排\n",
	       { 1, "一、", "回顾", 6 }, { 1, "二、", "安排", 8 });
	/* Nor the middle line of a title set over three lines under a
	 * page's information table that names it. */
	EXPECT("<html><head><meta charset=\"utf-8\"></head><body><table><tr><td><b>索 引 号：</b></td>"
	       "<td>000001/2031-00005</td><td><b>发文机关：</b></td><td>某某市人民政府</td></tr><tr>"
	       "<td><b>标　　题：</b></td><td>某某市人民政府关于全面推行社区服务事项清单制度和办事全过程"
	       "记录制度的实施意见</td></tr><tr><td><b>发文字号：</b></td><td>某政发〔2031〕5号</td></tr>"
	       "</table><p style=\"text-align: center;\"><b>某某市人民政府关于全面推行</b></p>"
	       "<p style=\"text-align: center;\"><b>社区服务事项清单制度和办事全过程记录制度</b></p>"
	       "<p style=\"text-align: center;\"><b>的实施意见</b></p><p style=\"text-align: center;\">"
	       "某政发〔2031〕5号</p><p>各区人民政府：</p><p>为做好社区服务工作，提出如下意见。</p>"
	       "<p>一、总体要求</p><p>正文。</p><p>二、主要任务</p><p>正文。</p></body></html>",
	       { 1, "一、", "总体要求", 10 }, { 1, "二、", "主要任务", 12 });
	/* Nor the title said again with a note's reference after it. */
	EXPECT("某省2030年国民经济和社会发展统计公报\n某省2030年国民经济和社会发展统计公报[1]\n"
	       "一、综合\n正文。\n二、农业\n",
	       { 1, "一、", "综合", 3 }, { 1, "二、", "农业", 5 });
	EXPECT("某省2030年国民经济和社会发展统计公报\n某省2030年国民经济和社会发展统计公报［12］\n"
	       "一、综合\n正文。\n二、农业\n",
	       { 1, "一、", "综合", 3 }, { 1, "二、", "农业", 5 });
}

static void
stray_line_over_the_one_run(void **state)
{
	(void)state;
	/* A caption's first line (or any stray short line) above the body and
	 * over the report's one run 一、…二、 is no part over the whole
	 * report: the run is the top level. */
	EXPECT("政府工作报告\n\n图为会议现场记者李明摄影\n\n各位代表：\n一、过去一年工作回顾\n"
	       "过去一年，我们做了很多工作。\n二、今年工作安排\n今年要做好工作。\n",
	       { 1, "一、", "过去一年工作回顾", 6 }, { 1, "二、", "今年工作安排", 8 });
	/* So is a caption saying who gives the report: it names the genre
	 * yet is no title (省长某某作政府工作报告). */
	EXPECT("某市2030年政府工作报告\n——2030年1月5日在某市第一届人民代表大会第一次会议上\n"
	       "市长王某某作政府工作报告\n各位代表：\n一、过去一年工作回顾\n"
	       "过去一年，我们做了很多工作。\n二、今年工作安排\n今年要做好工作。\n",
	       { 1, "一、", "过去一年工作回顾", 5 }, { 1, "二、", "今年工作安排", 7 });
	/* A plan's title (a genre word) over its run is a part ... */
	EXPECT("关于印发某区节能工作方案的通知\n各单位：\n某区节能工作方案\n一、总体要求\n坚持节约优先。\n"
	       "二、主要任务\n推进改造。\n",
	       { 1, "", "某区节能工作方案", 3 }, { 2, "一、", "总体要求", 4 }, { 2, "二、", "主要任务", 6 });
	/* A stray line between the plan's title and its 一、 does not take
	 * the title's place. */
	EXPECT("关于印发某区节能工作方案的通知\n各单位：\n某区节能工作方案\n为做好节能工作，制定本方案。\n图片\n"
	       "一、总体要求\n坚持节约优先。\n二、主要任务\n推进改造。\n",
	       { 1, "", "某区节能工作方案", 3 }, { 2, "一、", "总体要求", 6 }, { 2, "二、", "主要任务", 8 });
	/* A few sentences above the stray line are no body of their own
	 * beside the run's. */
	EXPECT("某镇工程管理的实施意见\n为规范管理，制定本意见。\n请遵照执行。\n图片\n"
	       "一、适用范围\n本镇范围内限额以下的小型建设工程，包括新建、改建、扩建和修缮工程，适用本意见。\n"
	       "二、组织机构\n镇政府成立小型建设工程管理领导小组，由分管领导任组长，相关部门负责人为成员。\n"
	       "三、工作流程\n建设单位提出申请，镇规建办受理审核，符合条件的予以备案并实施全过程监管。\n",
	       { 1, "一、", "适用范围", 5 }, { 1, "二、", "组织机构", 7 }, { 1, "三、", "工作流程", 9 });
	/* An attachment's title right under its mark (附件) is that
	 * attachment's part however long its list runs, its labels' digits
	 * full-width or not. */
	EXPECT("某市人民政府办公厅关于表扬典型做法的通报\n\n各区人民政府：\n\n特此通报。\n\n"
	       "某市人民政府办公厅\n2030年11月19日\n\n附件\n\n典型经验做法\n\n"
	       "１．某区推进许可制度改革，优化营商环境。\n\n２．某区推进医联体建设，方便群众就医。\n\n"
	       "３．某区放宽服务业准入，助推区域开放。\n",
	       { 1, "", "典型经验做法", 12 }, { 2, "１．", "某区推进许可制度改革，优化营商环境", 14 },
	       { 2, "２．", "某区推进医联体建设，方便群众就医", 16 },
	       { 2, "３．", "某区放宽服务业准入，助推区域开放", 18 });
	/* A mark atop the text, over no sentence, marks the whole document
	 * (a copy of the attachment alone): the line under it is still
	 * stray over the one run. */
	EXPECT("附件1\n打击盗气行为，保障安全用气\n一、排查阶段\n巡检发现异常。\n二、处理阶段\n用户支付赔偿款。\n",
	       { 1, "一、", "排查阶段", 3 }, { 1, "二、", "处理阶段", 5 });
	/* So is a plan's title over its 一、 … 二、 when only those lines
	 * are marked as Markdown headings (### 一、总体要求), as a page that
	 * sets its numbered headings in <h3> is copied. */
	EXPECT("某市人民政府办公厅关于印发某某试点工作方案的通知\n\n各区人民政府：\n\n"
	       "《某某试点工作方案》已经市政府同意，现印发给你们，请认真贯彻执行。\n\n"
	       "某市人民政府办公厅\n2030年12月29日\n\n某某试点工作方案\n\n为推进试点工作，制定本方案。\n\n"
	       "### 一、总体要求\n\n（一）指导思想。坚持绿色发展。\n\n### 二、主要任务\n\n"
	       "（一）强化顶层设计。完善制度。\n",
	       { 1, "", "某某试点工作方案", 10 }, { 2, "一、", "总体要求", 14 },
	       { 3, "（一）", "指导思想", 16 }, { 2, "二、", "主要任务", 18 },
	       { 3, "（一）", "强化顶层设计", 20 });
	/* A stray line over a run of Markdown headings (### 一、综合, a
	 * copy that marks only those) is no part either. */
	EXPECT("2030年某市国民经济和社会发展统计公报\n\n某市统计局\n\n国家统计局某市调查队\n\n（2031年3月20日）\n\n"
	       "2030年，全市经济稳中有进。\n\n### 一、综合\n\n全年生产总值增长。\n\n### 二、农业\n\n粮食增产。\n",
	       { 1, "一、", "综合", 11 }, { 1, "二、", "农业", 15 });
	/* The title said again alone atop the pages of a PDF's copy, in
	 * the contents and above the first heading, hides no plan's title
	 * above them. */
	EXPECT("国务院办公厅关于印发某某应急预案的函\n\n各省人民政府：\n\n《某某应急预案》已经国务院同意，现印发给你们。\n\n"
	       "国务院办公厅\n二〇三〇年六月十一日\n\n某某应急预案\n\n目　　录\n\n1　总则\n\n2　组织机构\n"
	       "                国务院办公厅关于印发某某应急预案的函\n3　预警监测\n\n1　总则\n\n为做好应急工作，制定本预案。\n\n"
	       "2　组织机构\n\n成立指挥部。\n                国务院办公厅关于印发某某应急预案的函\n3　预警监测\n\n加强监测。\n",
	       { 1, "", "某某应急预案", 10 }, { 2, "1", "总则", 20 }, { 2, "2", "组织机构", 24 },
	       { 2, "3", "预警监测", 28 });
	/* Nor one between the last two entries of the contents: they are
	 * still the contents, not headings of their own. */
	EXPECT("国务院办公厅关于印发某某应急预案的函\n\n各省人民政府：\n\n《某某应急预案》已经国务院同意，现印发给你们。\n\n"
	       "国务院办公厅\n二〇三〇年六月十一日\n\n某某应急预案\n\n目　　录\n\n1　总则\n\n　　1.1　编制目的\n\n"
	       "　　1.2　适用范围\n\n2　组织机构\n\n　　2.1　指挥部\n\n3　预警监测\n\n　　3.1　市场监测\n"
	       "                国务院办公厅关于印发某某应急预案的函\n4　附则\n\n1　总则\n\n正文。\n\n1.1　编制目的\n\n"
	       "正文。\n\n1.2　适用范围\n\n正文。\n\n2　组织机构\n\n正文。\n\n2.1　指挥部\n\n正文。\n\n"
	       "3　预警监测\n\n正文。\n\n3.1　市场监测\n\n正文。\n\n4　附则\n\n正文。\n",
	       { 1, "", "某某应急预案", 10 }, { 2, "1", "总则", 30 }, { 3, "1.1", "编制目的", 34 },
	       { 3, "1.2", "适用范围", 38 }, { 2, "2", "组织机构", 42 }, { 3, "2.1", "指挥部", 46 },
	       { 2, "3", "预警监测", 50 }, { 3, "3.1", "市场监测", 54 }, { 2, "4", "附则", 58 });
	/* ... and so is a line after the body has begun (a speech's 结论 after
	 * its opening). */
	EXPECT("讲话\n开头的话。\n第二句话。\n第三句话。\n结论\n一、关于会议\n会议开得好。\n二、关于计划\n"
	       "计划很好。\n",
	       { 1, "", "结论", 5 }, { 2, "一、", "关于会议", 6 }, { 2, "二、", "关于计划", 8 });
}

static void
markdown_title_broken(void **state)
{
	(void)state;
	/* The second line of a Markdown title broken over two level-1
	 * headings is no section over the document's headings. */
	EXPECT("# 某镇小型建设工程管理的\n\n# 实施意见\n\n## 一、适用范围\n\n正文。\n\n## 二、组织机构\n\n正文。\n",
	       { 1, "一、", "适用范围", 5 }, { 1, "二、", "组织机构", 9 });
}

static void
numbered_through_the_document(void **state)
{
	(void)state;
	/* An opinion numbers its points through the whole document: （三）
	 * is the first under 二、.  A number that goes on from nothing
	 * before it still does not count. */
	EXPECT("关于某事的意见\n一、总体要求\n（一）指导思想。正文。\n（二）基本原则。正文。\n二、主要任务\n"
	       "（三）加强培养。正文。\n（四）完善评价。正文。\n",
	       { 1, "一、", "总体要求", 2 }, { 2, "（一）", "指导思想", 3 }, { 2, "（二）", "基本原则", 4 },
	       { 1, "二、", "主要任务", 5 }, { 2, "（三）", "加强培养", 6 }, { 2, "（四）", "完善评价", 7 });
	EXPECT("标题\n一、甲\n（三）乙。正文。\n", { 1, "一、", "甲", 2 });
	/* The end of the title said again above the salutation is no part. */
	EXPECT("2030年某省政府工作报告\n\n政府工作报告\n——2030年1月20日在某省人民代表大会上\n\n各位代表：\n"
	       "现在，我报告工作。\n\n一、过去一年的工作\n正文。\n二、今年的安排\n正文。\n",
	       { 1, "一、", "过去一年的工作", 9 }, { 1, "二、", "今年的安排", 11 });
}

/* A standard's title said again over clause 1 in the two lines its
 * cover sets it in (某某废物鉴别标准 / 通则, as a PDF's text copy has
 * it) is no part: the clauses stay at the first level. */
static void
title_again_in_lines(void **state)
{
	(void)state;
	EXPECT("中华人民共和国国家标准\nGB 99999—2031\n某某废物鉴别标准 通则\n2031-01-01 发布\n"
	       "本标准由某部批准。\n某某废物鉴别标准\n通则\n1 适用范围\n本标准适用于某某。\n"
	       "2 规范性引用文件\n下列文件适用于本标准。\n",
	       { 1, "1", "适用范围", 8 }, { 1, "2", "规范性引用文件", 10 });
}

static void
notes_are_no_headings(void **state)
{
	(void)state;
	/* After 注释, the numbered notes are text; a heading of a style
	 * open above them goes on with the document. */
	EXPECT("讲话\n\n一、形势\n\n（一）国内。正文。\n\n注释\n\n（1）见某书。\n\n（2）见另一书。\n\n二、任务\n\n（一）甲。正文。\n",
	       { 1, "一、", "形势", 3 }, { 2, "（一）", "国内", 5 }, { 1, "二、", "任务", 13 },
	       { 2, "（一）", "甲", 15 });
	/* Notes numbered 1. 2. as the list open above them: they start again
	 * at 1, so they do not go on with it.  说明： near the end opens them
	 * too, with either colon. */
	EXPECT("统计公报\n一、服务\n1.婚姻登记\n正文。\n2.殡葬服务\n正文。\n注释:\n1.本资料数据为当年数。\n"
	       "2.部分数据因四舍五入产生误差。\n3.数据未包括港澳台地区。\n",
	       { 1, "一、", "服务", 2 }, { 2, "1.", "婚姻登记", 3 }, { 2, "2.", "殡葬服务", 5 });
	/* Notes marked 〔1〕, whose first sentence is short (见某书第八章。),
	 * are no leads under the last point. */
	EXPECT("某某讲话\n（二〇三一年三月十三日）\n\n一、要学会抓重点。正文正文正文。\n二、要互通情报。正文正文正文。\n"
	       "三、要力戒骄傲。正文正文正文。\n我们觉得，要有以上这些方法，才能把工作搞好。正文。\n\n注释\n"
	       "〔1〕 见《某书》第八章。原文是：“某某某某，某某某某某某。”\n〔2〕见《某书·某篇》。原文是：“某某某某某某。”\n"
	       "〔3〕某地是一九三七年一月至一九四七年三月的所在地。\n",
	       { 1, "一、", "要学会抓重点", 4 }, { 1, "二、", "要互通情报", 5 }, { 1, "三、", "要力戒骄傲", 6 });
	/* 注　　释 letter-spaced opens them too. */
	EXPECT("讲话\n\n一、形势\n\n（一）国内。正文。\n\n注　　释\n\n（1）见某书。\n\n（2）见另一书。\n",
	       { 1, "一、", "形势", 3 }, { 2, "（一）", "国内", 5 });
	EXPECT("统计公报\n一、服务\n1.婚姻登记\n正文。\n2.殡葬服务\n正文。\n说明：\n1.本资料数据为当年数。\n"
	       "2.部分数据因四舍五入产生误差。\n",
	       { 1, "一、", "服务", 2 }, { 2, "1.", "婚姻登记", 3 }, { 2, "2.", "殡葬服务", 5 });
}

static void
attachments_listed(void **state)
{
	(void)state;
	/* The attachments a notice lists after 附件： are no sections, in a
	 * notice with headings or without; the attachment itself, after
	 * them, has its own. */
	EXPECT("关于印发某某方案的通知\n各单位：\n现将方案印发给你们，请遵照执行。\n附件：\n1.《某某工作方案》\n"
	       "2.《某某考核办法》\n某某公司\n2026年4月24日\n附件1\n某某工作方案\n一、总体要求\n正文。\n"
	       "二、主要任务\n正文。\n",
	       { 1, "", "某某工作方案", 10 }, { 2, "一、", "总体要求", 11 }, { 2, "二、", "主要任务", 13 });
	EXPECT("关于印发某某方案的通知\n一、总体要求\n正文。\n二、工作安排\n正文。\n附件：1.《某某工作方案》\n"
	       "2.《某某考核办法》\n3.《某某评分表》\n",
	       { 1, "一、", "总体要求", 2 }, { 1, "二、", "工作安排", 4 });
	/* 附件： above an attachment's title marks it: its 一、 二、 are
	 * its sections, not attachments listed. */
	EXPECT("附件：\n\n检查记录表（范本）\n\n一、基础信息\n\n1.时间：____\n\n二、情况\n\n正文。\n",
	       { 1, "一、", "基础信息", 5 }, { 2, "1.", "时间", 7 }, { 1, "二、", "情况", 9 });
}

/* The second attachment of a letter, its title right under its mark
 * (附件2), wrapped over two lines or not, is a part beside the first
 * though no numbered heading follows it; a line under a mark with no
 * attachment made a part before it stays text. */
static void
attachment_titles_side_by_side(void **state)
{
	(void)state;
	EXPECT("关于某县某某问题的复函\n\n某县人民政府：\n\n现将有关意见转复你县。\n\n某省人民政府办公厅\n\n"
	       "2037年11月4日\n\n附件1\n\n关于某县某某镇某某村\n某某问题调研情况的报告\n\n省人民政府：\n\n"
	       "现将有关情况报告如下：\n\n一、基本情况\n\n正文。\n\n二、建议\n\n正文。\n\n"
	       "附件2\n\n某某县某某镇某某村\n某某问题调查意见\n\n专家组认为，应当加强监测。\n\n某某专家组\n",
	       { 1, "", "关于某县某某镇某某村", 13 }, { 2, "一、", "基本情况", 20 }, { 2, "二、", "建议", 24 },
	       { 1, "", "某某县某某镇某某村", 30 });
	expect_outline("关于某县某某问题的复函\n\n现将有关意见转复你县。\n\n附件2\n\n某某问题调查意见\n\n正文。\n", NULL, 0);
}

static void
part_title_over_two_lines(void **state)
{
	(void)state;
	/* A title broken over two lines heads its part from the first: one
	 * that opens with 关于, or ends with a word that leaves it unfinished
	 * (和, 的 …); the genre is on the second. */
	EXPECT("某省人民政府办公厅转发省某局关于某某报告的通知\n\n各市人民政府：\n\n现转发给你们，请遵照执行。\n\n"
	       "某省人民政府办公厅\n\n2037年2月4日\n\n关于2037年某某趋势和\n\n加强某某工作意见的报告\n\n"
	       "省人民政府：\n\n现将有关情况报告如下。\n\n一、某某情况\n\n正文。\n\n二、某某意见\n\n正文。\n",
	       { 1, "", "关于2037年某某趋势和", 11 }, { 2, "一、", "某某情况", 19 }, { 2, "二、", "某某意见", 23 });
	EXPECT("某市人民政府办公室转发市某委关于某某问题请示的通知\n\n各区人民政府：\n\n现转发给你们。\n\n"
	       "某市人民政府办公室\n\n2037年7月17日\n\n关于某某班（校）\n\n扩大规模有关问题的请示\n\n"
	       "市人民政府：\n\n一、逐年扩招\n\n正文。\n\n二、加强领导\n\n正文。\n",
	       { 1, "", "关于某某班（校）", 11 }, { 2, "一、", "逐年扩招", 17 }, { 2, "二、", "加强领导", 21 });
	/* Its first line cites the law it is about (关于贯彻《…条例》): the
	 * genre word in the marks is the law's, the title goes on below. */
	EXPECT("某区人民政府办公室关于印发某某实施方案的通知\n\n各街道：\n\n现印发给你们。\n\n"
	       "某区人民政府办公室\n\n2037年5月5日\n\n关于贯彻《某某市物业管理条例》\n\n推进小区治理的实施方案\n\n"
	       "为贯彻条例，制定本方案。\n\n一、指导思想\n\n正文。\n\n二、工作目标\n\n正文。\n",
	       { 1, "", "关于贯彻《某某市物业管理条例》", 11 }, { 2, "一、", "指导思想", 17 },
	       { 2, "二、", "工作目标", 21 });
	/* A caption's word or two (图片) above a plan's title is no part
	 * of it. */
	EXPECT("某某通知\n\n现印发给你们。\n\n某某办公室\n\n2037年1月1日\n\n图片\n\n某某工作方案\n\n"
	       "一、总体要求\n\n正文。\n\n二、主要任务\n\n正文。\n",
	       { 1, "", "某某工作方案", 11 }, { 2, "一、", "总体要求", 13 }, { 2, "二、", "主要任务", 17 });
	/* A rule's title broken over two lines heads its part from its
	 * first line; a body's name above a plan's title is no part of it. */
	EXPECT("某市人民政府办公厅关于印发两个规定的通知\n各区人民政府：\n现将两个规定印发给你们。\n"
	       "某某事业单位\n转制为企业的规定\n一、关于改革\n（一）要依法登记。\n二、关于管理\n（二）要加强监管。\n",
	       { 1, "", "某某事业单位", 4 }, { 2, "一、", "关于改革", 6 }, { 3, "（一）", "要依法登记", 7 },
	       { 2, "二、", "关于管理", 8 }, { 3, "（二）", "要加强监管", 9 });
	EXPECT("某市人民政府办公厅关于印发某某方案的通知\n各区人民政府：\n现将方案印发给你们。\n"
	       "某市发展和改革委员会\n某某工作方案\n一、总体要求\n坚持稳中求进。\n二、主要任务\n推进改革。\n",
	       { 1, "", "某某工作方案", 5 }, { 2, "一、", "总体要求", 6 }, { 2, "二、", "主要任务", 8 });
	/* The first line may open with the year the plan is for (2037年某区
	 * 某某行业 / “某某行动”工作方案); a date above a title is no part of
	 * it. */
	EXPECT("关于印发某某工作方案的通知\n\n各街镇：\n\n现印发给你们。\n\n某区某某局\n\n2037年5月7日\n\n"
	       "2037年某区建筑垃圾运输行业\n\n“某某行动”工作方案\n\n一、工作目标\n\n正文。\n\n二、工作内容\n\n正文。\n",
	       { 1, "", "2037年某区建筑垃圾运输行业", 11 }, { 2, "一、", "工作目标", 15 },
	       { 2, "二、", "工作内容", 19 });
	EXPECT("关于印发某某工作方案的通知\n\n各街镇：\n\n现印发给你们。\n\n某区某某局\n\n2037年5月7日\n\n"
	       "某区建筑垃圾运输行业“某某行动”工作方案\n\n一、工作目标\n\n正文。\n\n二、工作内容\n\n正文。\n",
	       { 1, "", "某区建筑垃圾运输行业“某某行动”工作方案", 11 }, { 2, "一、", "工作目标", 13 },
	       { 2, "二、", "工作内容", 17 });
}

static void
article_in_its_chapters_line(void **state)
{
	(void)state;
	/* A chapter's line that runs on into its first article (a page that
	 * lost its line breaks) holds that article: the article's items are
	 * its text, and the next article is the chapter's. */
	EXPECT("某市管理办法\n第一章 总则\n第一条 为了加强管理，制定本办法。\n第二条 本办法适用于本市。\n"
	       "第二章 附则 第三条 本办法中下列用语的含义：\n（一）设施，是指道路和桥梁。\n"
	       "（二）单位，是指管理单位。\n第四条 本办法自公布之日起施行。\n",
	       { 1, "第一章", "总则", 2 }, { 2, "第一条", "为了加强管理，制定本办法", 3 },
	       { 2, "第二条", "本办法适用于本市", 4 }, { 1, "第二章", "附则 第三条 本办法中下列用语的含义", 5 },
	       { 2, "第四条", "本办法自公布之日起施行", 8 });
	/* A chapter's title alone on its line keeps the items below it
	 * headings of their own. */
	EXPECT("某市管理办法\n第一章 总则\n第一条 为了加强管理，制定本办法。\n第二章 管理\n"
	       "（一）设施管理\n正文。\n（二）单位管理\n正文。\n",
	       { 1, "第一章", "总则", 2 }, { 2, "第一条", "为了加强管理，制定本办法", 3 },
	       { 1, "第二章", "管理", 4 }, { 2, "（一）", "设施管理", 5 }, { 2, "（二）", "单位管理", 7 });
}

static void
line_ending_with_a_list_comma(void **state)
{
	(void)state;
	/* A numbered line that ends with 、 is a piece of a table's cell
	 * or of a wrapped line, whose list goes on: no heading. */
	EXPECT("某某年度报告\n一、总体情况\n正文。\n二、处理情况\n1.申请人无正当理由逾期不补正、\n开申请\n"
	       "三、复议情况\n正文。\n",
	       { 1, "一、", "总体情况", 2 }, { 1, "二、", "处理情况", 4 }, { 1, "三、", "复议情况", 7 });
}

static void
run_in_lead_cut_after_a_list_comma(void **state)
{
	(void)state;
	/* A run-in lead closed by its full stop, its line a paragraph of
	 * its own that a hard wrap cut after a 、 of the text that
	 * follows: still the heading. */
	EXPECT("某市预算报告\n\n一、主要措施\n\n（一）实施积极政策。深入贯彻宏观政策。\n\n"
	       "（二）深化体制改革。将预算改革贯穿编制、\n\n执行全过程，实现资源高效配置。\n\n"
	       "（三）落实过紧日子要求。严格执行规定。\n",
	       { 1, "一、", "主要措施", 3 }, { 2, "（一）", "实施积极政策", 5 },
	       { 2, "（二）", "深化体制改革", 7 }, { 2, "（三）", "落实过紧日子要求", 11 });
}

static void
first_part_without_numbered_headings(void **state)
{
	(void)state;
	/* A work report's first part runs as paragraphs and leads with no
	 * 一、; its line is found beside the second part, over whose 一、 it
	 * stands. */
	EXPECT("2031年某某自治区政府工作报告\n各位代表：\n现在，我代表自治区人民政府向大会报告工作，请予审议。\n"
	       "“十五五”时期发展成就和2030年工作回顾\n“十五五”时期是极不平凡的五年，我们推动经济社会发展取得新成就。\n"
	       "——这五年经济实力大幅提升。经济总量达到3万亿元。\n——这五年民生福祉不断增进。城镇新增就业累计100万人。\n"
	       "刚刚过去的2030年，我们统筹做好各项工作，经济运行稳中向好。\n"
	       "“十六五”时期主要目标和2031年重点工作\n今年是“十六五”开局之年，总体要求是推动高质量发展。\n"
	       "一、坚持创新驱动\n（一）加强科技创新。建设创新平台。\n（二）培育新兴产业。发展新兴产业。\n"
	       "二、扩大内需\n（一）提振消费。开展促消费活动。\n",
	       { 1, "", "“十五五”时期发展成就和2030年工作回顾", 4 }, { 1, "", "“十六五”时期主要目标和2031年重点工作", 9 },
	       { 2, "一、", "坚持创新驱动", 11 }, { 3, "（一）", "加强科技创新", 12 }, { 3, "（二）", "培育新兴产业", 13 },
	       { 2, "二、", "扩大内需", 14 }, { 3, "（一）", "提振消费", 15 });
	/* A lone line among the text, with no part beside it, is none. */
	EXPECT("某某工作报告\n各位代表：\n现在，我代表政府报告工作，请予审议。\n过去一年的主要工作\n"
	       "过去一年，经济运行稳中向好。\n第二段。\n第三段。\n第四段。\n第五段。\n第六段。\n第七段。\n"
	       "一、坚持创新驱动\n二、扩大内需\n",
	       { 1, "一、", "坚持创新驱动", 12 }, { 1, "二、", "扩大内需", 13 });
	/* The first subhead right under the speaker line that ends the
	 * header, with text below it, is the first part when the next
	 * subhead has a run from 第一， under it. */
	EXPECT("某市政府工作报告\n——2037年1月30日在某市第九届人民代表大会第四次会议上\n某市人民政府市长 张三\n"
	       "2036年政府工作回顾\n1月30日，市长张三作报告时说，过去一年成绩显著。\n"
	       "一是经济运行稳中有进。全市生产总值增长。\n二是协同发展纵深推进。项目落地。\n阔步迈上新征程\n"
	       "日报讯 张三说，前景广阔。\n第一，打造重点场景。内容。\n第二，打造标志场景。内容。\n",
	       { 1, "", "2036年政府工作回顾", 4 }, { 2, "一是", "经济运行稳中有进", 6 },
	       { 2, "二是", "协同发展纵深推进", 7 }, { 1, "", "阔步迈上新征程", 8 }, { 2, "第一", "打造重点场景", 10 },
	       { 2, "第二", "打造标志场景", 11 });
	/* A digest's subheads among the text make the top level: the
	 * first item of another style under the next one (（一） under
	 * 2037年主要工作) starts that part, not an item in 第二's. */
	EXPECT("某市政府工作报告\n各位代表：\n一是经济运行稳中有进。全市生产总值增长。\n二是协同发展纵深推进。项目落地。\n"
	       "阔步迈上新征程\n日报讯 张三说，前景广阔。\n第一，打造重点场景。内容。\n第二，打造标志场景。内容。\n"
	       "2037年主要工作\n日报讯 张三说，今年很关键。\n（一）加力推进协同发展。内容。\n（二）加力推进产业发展。内容。\n",
	       { 1, "一是", "经济运行稳中有进", 3 }, { 1, "二是", "协同发展纵深推进", 4 }, { 1, "", "阔步迈上新征程", 5 },
	       { 2, "第一", "打造重点场景", 7 }, { 2, "第二", "打造标志场景", 8 }, { 1, "", "2037年主要工作", 9 },
	       { 2, "（一）", "加力推进协同发展", 11 }, { 2, "（二）", "加力推进产业发展", 12 });
}

static void
table_header_above_the_first_item(void **state)
{
	(void)state;
	/* An indicator table flattened one cell a line: its header row's
	 * short cells (一级指标 / 二级指标 / 指标说明) are no title; the
	 * attachment's title above them heads the part. */
	EXPECT("某某意见\n\n一、总体要求\n\n正文。\n\n二、组织实施\n\n正文。\n\n附件\n\n某某医院绩效考核指标\n\n"
	       "一级指标\n\n二级指标\n\n指标说明\n\n一、医疗质量\n\n（一）功能定位\n\n1.门诊人次数\n\n定量\n",
	       { 1, "一、", "总体要求", 3 }, { 1, "二、", "组织实施", 7 }, { 1, "", "某某医院绩效考核指标", 13 },
	       { 2, "一、", "医疗质量", 21 }, { 3, "（一）", "功能定位", 23 }, { 4, "1.", "门诊人次数", 25 });
	/* Two short lines are no header row: the nearest heading stays. */
	EXPECT("某某通知\n\n现印发给你们。\n\n某某办公室\n\n2037年1月1日\n\n附件\n\n某某考核评分细则表\n\n"
	       "某某方案\n\n一、总体要求\n\n正文。\n\n二、任务\n\n正文。\n",
	       { 1, "", "某某方案", 13 }, { 2, "一、", "总体要求", 15 }, { 2, "二、", "任务", 19 });
}

static void
chapters_after_articles(void **state)
{
	(void)state;
	/* A regulation whose 第一章 heading is missing: its first articles
	 * stand at the top, and 第二章 holds the articles after it, never an
	 * article the chapter. */
	EXPECT("某市古树名木保护条例\n第一条 为了保护古树名木，制定本条例。\n第二条 本条例适用于本市。\n"
	       "## 第二章 保护\n第三条 保护古树。\n## 第三章 附则\n第四条 本条例自公布之日起施行。\n",
	       { 1, "第一条", "为了保护古树名木，制定本条例", 2 }, { 1, "第二条", "本条例适用于本市", 3 },
	       { 1, "第二章", "保护", 4 }, { 2, "第三条", "保护古树", 5 }, { 1, "第三章", "附则", 6 },
	       { 2, "第四条", "本条例自公布之日起施行", 7 });
}

/* An attachment after a law's articles, its title right under its
 * mark (附件, 附件1) though it names no genre, is a part beside the
 * chapters, or beside the articles of a law without chapters; its
 * numbered lines are its headings, not items of the last article. */
static void
law_attachment_titles(void **state)
{
	(void)state;
	EXPECT("某某法实施细则\n## 第一章 总则\n第一条 为了实施某某法，制定本细则。\n## 第二章 附则\n"
	       "第二条 本细则自发布之日起施行。\n附件：某某分类细目\n附件\n某某分类细目\n(一)甲类\n甲、乙、丙。\n"
	       "(二)乙类\n丁、戊。\n",
	       { 1, "第一章", "总则", 2 }, { 2, "第一条", "为了实施某某法，制定本细则", 3 }, { 1, "第二章", "附则", 4 },
	       { 2, "第二条", "本细则自发布之日起施行", 5 }, { 1, "", "某某分类细目", 8 }, { 2, "(一)", "甲类", 9 },
	       { 2, "(二)", "乙类", 11 });
	EXPECT("某某管理条例\n第一条 为了管理某某，制定本条例。\n第二条 本条例自公布之日起施行。\n附件1\n禁止排放的物质\n"
	       "一、甲类废物。\n二、乙类废物。\n附件2\n需要许可才能排放的物质\n一、丙类废物。\n",
	       { 1, "第一条", "为了管理某某，制定本条例", 2 }, { 1, "第二条", "本条例自公布之日起施行", 3 },
	       { 1, "", "禁止排放的物质", 5 }, { 2, "一、", "甲类废物", 6 }, { 2, "二、", "乙类废物", 7 },
	       { 1, "", "需要许可才能排放的物质", 9 }, { 2, "一、", "丙类废物", 10 });
}

/* A decision that amends a law quotes the new wording under each
 * instruction (将第七条第一项修改为：): a numbered line there, and the
 * items numbered on after it, are that instruction's text, not headings;
 * the next instruction and the next part are. */
static void
amendment_quotes_new_wording(void **state)
{
	(void)state;
	EXPECT("某市人大常委会关于修改某某条例的决定\n一、对《某某条例》的修改\n1.将第七条第一项修改为：\n"
	       "（一）违约金超过法定数额。\n第三项修改为：\n（三）其他加重责任的内容。\n2.增加一条，作为第十条：\n"
	       "（一）甲事项应当公示。\n（二）乙事项应当备案。\n3.删去第十二条。\n二、对《某某规定》的修改\n"
	       "1.将第五条修改为：\n本规定自公布之日起施行。\n",
	       { 1, "一、", "对《某某条例》的修改", 2 }, { 2, "1.", "将第七条第一项修改为", 3 },
	       { 2, "2.", "增加一条，作为第十条", 7 }, { 2, "3.", "删去第十二条", 10 },
	       { 1, "二、", "对《某某规定》的修改", 11 }, { 2, "1.", "将第五条修改为", 12 });
}

static void
table_of_contents(void **state)
{
	(void)state;
	/* The contents lines recur later as the chapters: they are left out,
	 * with or without dot leaders and page numbers. */
	EXPECT("某某条例\n目    录\n第一章  总则……1\n第二章  附则……3\n第一章  总则\n第一条 为了保护文物，制定本条例。\n"
	       "第二章  附则\n第二条 本条例自公布之日起施行。\n",
	       { 1, "第一章", "总则", 5 }, { 2, "第一条", "为了保护文物，制定本条例", 6 }, { 1, "第二章", "附则", 7 },
	       { 2, "第二条", "本条例自公布之日起施行", 8 });
	/* Headings that recur with text between them are no contents: both
	 * copies of a text pasted twice stay. */
	EXPECT("报告\n一、回顾\n过去一年很好。\n二、安排\n今年要更好。\n一、回顾\n过去一年很好。\n二、安排\n",
	       { 1, "一、", "回顾", 2 }, { 1, "二、", "安排", 4 }, { 1, "一、", "回顾", 6 },
	       { 1, "二、", "安排", 8 });
}

/* An excerpt (a white paper's first part only) prints its whole
 * contents under 目录: the body starts again with the first entry, so
 * every entry is contents, said again below or not. */
static void
contents_of_an_excerpt(void **state)
{
	(void)state;
	EXPECT("某某的中国行动\n目录\n一、艰辛历程\n（一）第一阶段\n（二）第二阶段\n二、协同作战\n"
	       "（一）指挥体系\n三、共同体\n结束语\n一、艰辛历程\n回顾历程。\n（一）第一阶段\n内容甲。\n"
	       "（二）第二阶段\n内容乙。\n",
	       { 1, "一、", "艰辛历程", 10 }, { 2, "（一）", "第一阶段", 12 }, { 2, "（二）", "第二阶段", 14 });
}

/* A white paper's 前言, with text of its own, stands beside its parts
 * 一、…, not over them. */
static void
preface_beside_parts(void **state)
{
	(void)state;
	EXPECT("某某的中国行动\n前言\n这是一场战争。\n为记录历程，特发布此白皮书。\n一、艰辛历程\n回顾历程。\n"
	       "（一）第一阶段\n内容甲。\n二、协同作战\n内容乙。\n",
	       { 1, "", "前言", 2 }, { 1, "一、", "艰辛历程", 5 }, { 2, "（一）", "第一阶段", 7 },
	       { 1, "二、", "协同作战", 9 });
}

/* A web page's column name (党政办) stands above its headline (the title
 * said again) over a notice whose 一、 have no part above them: it is the
 * page's, no part of the document. */
static void
column_name_above_the_headline(void **state)
{
	(void)state;
	EXPECT("某某厅关于深化某某改革的通知--党政办-某某学校\n\n当前位置：首页 > 新闻中心> 学校公告> 党政办\n\n"
	       "党政办\n\n某某厅关于深化某某改革的通知\n\n文章来源：本站原创 作者：佚名 发布时间：2012年07月07日\n\n"
	       "各市教育局：\n《某某改革方案》已经同意，现印发给你们。\n一、提高认识\n内容甲。\n二、制定方案\n内容乙。\n"
	       "附件：某某改革方案\n某某厅\n二○一二年六月十二日\n某某改革方案\n为贯彻落实纲要，制定本方案。\n"
	       "一、重要意义\n（一）适应形势\n内容丙。\n（二）转变模式\n内容丁。\n",
	       { 1, "一、", "提高认识", 13 }, { 1, "二、", "制定方案", 15 }, { 1, "", "某某改革方案", 20 },
	       { 2, "一、", "重要意义", 22 }, { 3, "（一）", "适应形势", 23 }, { 3, "（二）", "转变模式", 25 });
}

/* A title line whose year a Word or PDF copy sets apart from its 年
 * (2024 年某区某某工作方案) is still a title over the 一、 under it: the
 * space is no gap between words, as in a name (国务院总理 李某). */
static void
title_with_a_spaced_year(void **state)
{
	(void)state;
	EXPECT("某区关于印发某某工作方案的通知\n\n各街道：\n\n现将《2024 年某区某某工作方案》印发给你们，请认真贯彻执行。\n\n"
	       "某区人民政府\n\n2024年3月1日\n\n2024 年某区某某工作方案\n\n为做好工作，制定本方案。\n\n"
	       "一、工作目标\n\n目标明确。\n\n二、主要任务\n\n任务清楚。\n",
	       { 1, "", "2024 年某区某某工作方案", 11 }, { 2, "一、", "工作目标", 15 }, { 2, "二、", "主要任务", 19 });
}

/* Two years' 统计公报 in one file, each a title over the issuer's name:
 * the second title, over its issuer said again, is the part its 一、 …
 * stand in; the first report's parts stay at the top. */
static void
second_report_under_its_title(void **state)
{
	(void)state;
#define BODY "各项工作取得新进展，就业形势总体稳定，社会保障体系更加健全，人才队伍建设不断加强，劳动关系保持和谐稳定。"
	EXPECT("2023年度某某事业发展统计公报\n\n中华人民共和国某某部\n\n2023年，" BODY "\n\n一、劳动就业\n\n" BODY
	       "\n\n二、社会保险\n\n" BODY "\n\n2022年度某某事业发展统计公报\n\n中华人民共和国某某部\n\n2022年，" BODY
	       "\n\n一、劳动就业\n\n" BODY "\n\n二、社会保险\n\n" BODY "\n",
	       { 1, "一、", "劳动就业", 7 }, { 1, "二、", "社会保险", 11 }, { 1, "", "2022年度某某事业发展统计公报", 15 },
	       { 2, "一、", "劳动就业", 21 }, { 2, "二、", "社会保险", 25 });
#undef BODY
}

/* A paragraph a conversion cut in two in the middle of a sentence (…取得
 * 新进展。配合国务院办公 / 厅、司法部做好…工作。…): the second piece goes
 * on with the sentence, its first sentence is no lead. */
static void
no_lead_after_a_cut_sentence(void **state)
{
	(void)state;
#define BODY "全年组织开展各类专项活动，工作机制不断健全，服务质量和效率持续提升，群众满意度明显提高。"
	EXPECT("某某事业发展统计公报\n\n一、劳动就业\n\n年末全国就业人员稳定增长。" BODY "\n\n二、行风建设\n\n"
	       "行风建设满意度逐年提升。" BODY "\n\n法治工作取得新进展。配合国务院办公\n\n"
	       "厅、司法部做好某某条例草案提请审议有关工作。" BODY "\n\n数字人社建设全面推进。" BODY "\n",
	       { 1, "一、", "劳动就业", 3 }, { 2, "", "年末全国就业人员稳定增长", 5 }, { 1, "二、", "行风建设", 7 },
	       { 2, "", "行风建设满意度逐年提升", 9 },
	       { 2, "", "法治工作取得新进展", 11 }, { 2, "", "数字人社建设全面推进", 15 });
#undef BODY
}

/* A numbered line over a dash subtitle that names a document in book-
 * title marks (一、职初教师启梦工程 / ——《某某实施方案》) is the title of
 * a document set after the main one: a part at the top, its label kept,
 * the document's own 一、 … under it. */
static void
document_titled_over_its_subtitle(void **state)
{
	(void)state;
	EXPECT("某校教师发展行动方案\n\n为建设教师队伍，制定本方案。\n\n一、培养目标\n\n引导教师秉持师德。\n\n"
	       "二、培养方案\n\n分层培养教师。\n\n一、职初教师启梦工程\n\n——《职初教师成长工作坊实施方案》\n\n"
	       "一、指导思想\n\n职初教师是学校的未来。\n\n二、培养目标\n\n力争一年熟悉规范。\n\n"
	       "二、骨干教师筑梦工程\n\n——《骨干教师提升计划实施方案》\n\n一、指导思想\n\n骨干教师是学校的中坚。\n",
	       { 1, "一、", "培养目标", 5 }, { 1, "二、", "培养方案", 9 }, { 1, "一、", "职初教师启梦工程", 13 },
	       { 2, "一、", "指导思想", 17 }, { 2, "二、", "培养目标", 21 }, { 1, "二、", "骨干教师筑梦工程", 25 },
	       { 2, "一、", "指导思想", 29 });
}

/* A work report sums up the year it reviews after its （一） items (过去一
 * 年，我们…积累了宝贵经验，主要是：): the lessons that follow are the
 * part's, beside the items, not the last item's. */
static void
period_summed_up_after_the_items(void **state)
{
	(void)state;
	EXPECT("某某政府工作报告\n\n一、过去一年的工作\n\n（一）加强宏观调控，促进经济发展\n\n经济平稳发展，各项指标向好。\n\n"
	       "（二）加强民主法制建设，维护社会稳定\n\n民主法制建设稳步推进。\n\n"
	       "过去一年，我们在丰富实践中积累了宝贵经验，主要是：\n\n第一，必须坚持解放思想。解放思想是法宝。\n\n"
	       "第二，必须坚持改革开放。改革开放是动力。\n\n二、今年的工作\n\n做好今年工作。\n",
	       { 1, "一、", "过去一年的工作", 3 }, { 2, "（一）", "加强宏观调控，促进经济发展", 5 },
	       { 2, "（二）", "加强民主法制建设，维护社会稳定", 9 }, { 2, "第一", "必须坚持解放思想", 15 },
	       { 2, "第二", "必须坚持改革开放", 17 }, { 1, "二、", "今年的工作", 19 });
}

/* A division's word of two characters set apart (前 言, as a standard's
 * PDF centres it) titles a part as 前言 does: its articles stand under it,
 * the chapters beside it.  A name set so (王 琛) is no part. */
static void
spaced_front_matter_word(void **state)
{
	(void)state;
	EXPECT("某某管理制度\n\n前 言\n\n第一条 根据公司规章制度，结合本部门实际，制定本制度。\n\n第二条 制定依据\n\n"
	       "国家法规。\n\n第一章 定义\n\n第一条 事故隐患\n\n定义内容。\n",
	       { 1, "", "前 言", 3 }, { 2, "第一条", "根据公司规章制度，结合本部门实际，制定本制度", 5 },
	       { 2, "第二条", "制定依据", 7 }, { 1, "第一章", "定义", 11 }, { 2, "第一条", "事故隐患", 13 });
}

/* A plan whose parts lost their 一、 … on the page sets their names alone
 * among its text (总体要求 / 工作安排 / 工作要求): they are its parts under
 * its title, the (一) points under them.  A plan that numbers its parts
 * keeps a short line among its text (a place's name) as text. */
static void
plain_part_names_among_text(void **state)
{
	(void)state;
#define BODY "认真贯彻落实有关要求，全面排查整治安全隐患，切实保障老年人生命财产安全。"
	EXPECT("某区民政局关于印发《某区养老机构燃气安全整治工作方案》的通知\n\n各养老机构：\n\n"
	       "现将《某区养老机构燃气安全整治工作方案》印发给你们，请认真贯彻执行。\n\n某区民政局\n\n2023年9月4日\n\n"
	       "某区养老机构燃气安全整治工作方案\n\n为做好燃气安全工作，特制定本方案。\n\n总体要求\n\n" BODY "\n\n"
	       "工作安排\n\n" BODY "\n\n(一)集中攻坚阶段。" BODY "\n\n(二)巩固提升阶段。" BODY "\n\n工作要求\n\n"
	       "(一)提高政治站位。" BODY "\n\n(二)压实工作责任。" BODY "\n",
	       { 1, "", "某区养老机构燃气安全整治工作方案", 11 }, { 2, "", "总体要求", 15 }, { 2, "", "工作安排", 19 },
	       { 3, "(一)", "集中攻坚阶段", 23 }, { 3, "(二)", "巩固提升阶段", 25 }, { 2, "", "工作要求", 27 },
	       { 3, "(一)", "提高政治站位", 29 }, { 3, "(二)", "压实工作责任", 31 });
	EXPECT("某区养老机构燃气安全整治工作方案\n\n为做好燃气安全工作，特制定本方案。\n\n一、总体要求\n\n" BODY "\n\n"
	       "北虹桥商务区\n\n" BODY "\n\n二、工作安排\n\n" BODY "\n",
	       { 1, "一、", "总体要求", 5 }, { 1, "二、", "工作安排", 13 });
#undef BODY
}

/* A table copied as text, its cells apart by tabs: a row numbered 1 is no
 * heading, the 一是 run in a cell no items. */
static void
tab_separated_rows_are_no_headings(void **state)
{
	(void)state;
	EXPECT("某校2021年重点工作计划\n\n一、主要任务\n\n全面推进各项工作。\n\n附件：某校2021年重点工作计划清单\n\n"
	       "序号\t项目名称\t内容和要求\t完成时间\n\n1\t深化管理改革\t制定实施办法。一是完善制度；二是规范流程。\t3月底前\n\n"
	       "2\t优化教学工作\t一是组织调研；二是优化课程。\t12月底前\n",
	       { 1, "一、", "主要任务", 3 });
}

/* A closing part (## 结论) with the run numbered from 1 after it at the
 * same '#' level: the run is its own, as a plain 结论 line over 一、 holds
 * it.  A 结语 after the run (## 前言, ## 一、…, ## 结语) stays beside it. */
static void
closing_part_holds_the_run_after_it(void **state)
{
	(void)state;
	EXPECT("# 讲话\n\n## 引　言\n\n开头的话。\n\n## 结　论\n\n同志们！会开得好。\n\n## 一\n\n第一个问题。\n\n"
	       "## 二\n\n第二个问题。\n",
	       { 1, "", "引　言", 3 }, { 1, "", "结　论", 7 }, { 2, "一", "", 11 }, { 2, "二", "", 15 });
	EXPECT("# 白皮书\n\n## 前言\n\n正文。\n\n## 一、历程\n\n正文。\n\n## 二、行动\n\n正文。\n\n## 结语\n\n正文。\n",
	       { 1, "", "前言", 3 }, { 1, "一、", "历程", 7 }, { 1, "二、", "行动", 11 }, { 1, "", "结语", 15 });
}

/* A Markdown heading that is a bracketed number and nothing else
 * (## （一）, as a resolution numbers its parts) is that number with an
 * empty title, as ## 一 is; the same number with words after it, or a
 * bracket left open, is no number alone. */
static void
markdown_bracketed_number_alone(void **state)
{
	struct label l;

	(void)state;
	EXPECT("# 关于某些问题的决议\n\n## （一）\n\n党在这一时期的工作是有成绩的。\n\n## （二）\n\n这一时期也犯过一些错误。\n",
	       { 1, "（一）", "", 3 }, { 1, "（二）", "", 7 });
	assert_true(label_paren_alone("（三）  ", strlen("（三）  "), &l));
	assert_int_equal(l.number, 3);
	assert_int_equal(l.length, strlen("（三）"));
	assert_true(label_paren_alone("(2)", 3, &l));
	assert_false(label_paren_alone("（三）正文", strlen("（三）正文"), &l));
	assert_false(label_paren_alone("（三", strlen("（三"), &l));
	assert_false(label_paren_alone("三）", strlen("三）"), &l));
}

/* A date marked as a Markdown heading under a part (## 结论, then
 * ## （一九四二年五月二十三日）, the day it was given) heads nothing: the
 * numbered run after it is still the part's. */
static void
markdown_date_heading_is_no_part(void **state)
{
	(void)state;
	EXPECT("# 讲话\n\n## 引言\n\n## （一九四二年五月二日）\n\n开头的话。\n\n## 结论\n\n"
	       "## （一九四二年五月二十三日）\n\n同志们！会开得好。\n\n## 一\n\n第一个问题。\n\n## 二\n\n第二个问题。\n",
	       { 1, "", "引言", 3 }, { 1, "", "结论", 9 }, { 2, "一", "", 15 }, { 2, "二", "", 19 });
	/* A chronicle's years set bare, not bracketed, head their parts. */
	EXPECT("# 大事记\n\n## 2022年\n\n1月，某事。\n\n## 2023年\n\n2月，某事。\n",
	       { 1, "", "2022年", 3 }, { 1, "", "2023年", 7 });
}

/* A sentence a copy cut in two and marked as a heading (## …，证明了这些
 * 原则的正 over 确性。…) is no section: the numbered paragraphs after it
 * stay under their part, and the next ## （三） beside the parts.  A
 * heading with a clause in it over a paragraph of whole sentences stays. */
static void
cut_sentence_marked_as_heading(void **state)
{
	(void)state;
	EXPECT("# 关于某些问题的决议\n\n## （一）\n\n党在这一时期的工作是有成绩的。\n\n## （二）\n\n现分述如下。\n\n"
	       "（一）在政治上：这是很长的一段正文，说明政治问题。\n\n## 这一运动的成功，证明了这些原则的正\n\n"
	       "确性。和这种正确的指导相反，错误路线失败了。\n\n（二）在军事上：这是很长的一段正文，说明军事问题。\n\n"
	       "## （三）\n\n这一时期也犯过一些错误。\n",
	       { 1, "（一）", "", 3 }, { 1, "（二）", "", 7 }, { 2, "（一）", "在政治上", 11 },
	       { 2, "（二）", "在军事上", 17 }, { 1, "（三）", "", 19 });
	EXPECT("# 某某规划\n\n## 坚持稳中求进，推动高质量发展\n\n全年经济运行平稳。各项工作有序推进。\n",
	       { 1, "", "坚持稳中求进，推动高质量发展", 3 });
}

/* A Markdown heading that opens with a closing mark (## ”⑴, a quotation's
 * end and its note that a copy cut off its sentence) is no section: the
 * part above it goes on, and so does its run. */
static void
heading_opening_with_closing_mark(void **state)
{
	(void)state;
	EXPECT("# 讲话\n\n## 一\n\n列宁早已指出，我们的文艺应当“为千千万万劳动人民服务\n\n## ”⑴\n\n"
	       "这个问题似乎已经解决了。\n\n## 二\n\n接着的问题就是如何去服务。\n",
	       { 1, "一", "", 3 }, { 1, "二", "", 11 });
}

/* Reports set one after another, numbered 1. 2. 3., each with its own
 * 一、 and 1. items under them: the 1. under a 一、 or a （一） is that
 * point's first item, and the reports' run goes on after it (3. after the
 * items' 2.). */
static void
one_style_at_two_levels(void **state)
{
	(void)state;
	EXPECT("某校领导述职报告\n1.张某（校长）\n一、学习\n内容甲。\n二、工作\n内容乙。\n"
	       "2.王某（副校长）\n一、思想\n内容丙。\n二、作风\n内容丁。\n1.以身作则\n内容戊。\n2.努力学习\n内容己。\n"
	       "3.李某（副校长）\n一、站位\n内容庚。\n二、分管工作\n（一）后勤\n内容辛。\n1.完善制度\n内容壬。\n"
	       "2.推进项目\n内容癸。\n（二）财务\n内容子。\n三、不足\n内容丑。\n",
	       { 1, "1.", "张某（校长）", 2 }, { 2, "一、", "学习", 3 }, { 2, "二、", "工作", 5 },
	       { 1, "2.", "王某（副校长）", 7 }, { 2, "一、", "思想", 8 }, { 2, "二、", "作风", 10 },
	       { 3, "1.", "以身作则", 12 }, { 3, "2.", "努力学习", 14 },
	       { 1, "3.", "李某（副校长）", 16 }, { 2, "一、", "站位", 17 }, { 2, "二、", "分管工作", 19 },
	       { 3, "（一）", "后勤", 20 }, { 4, "1.", "完善制度", 22 }, { 4, "2.", "推进项目", 24 },
	       { 3, "（二）", "财务", 26 }, { 2, "三、", "不足", 28 });
}

/* 一. typed with a Latin full stop is 一、 as 一． is; a Chinese numeral
 * before a decimal point (一.5) is no label. */
static void
chinese_numeral_latin_dot(void **state)
{
	(void)state;
	EXPECT("述职报告\n一.思想政治方面\n认真学习。\n二.工作作风方面\n1.以身作则\n内容甲。\n2.努力学习\n内容乙。\n",
	       { 1, "一.", "思想政治方面", 2 }, { 1, "二.", "工作作风方面", 4 }, { 2, "1.", "以身作则", 5 },
	       { 2, "2.", "努力学习", 7 });
	{
		struct label l;
		assert_false(label_parse("一.5倍", strlen("一.5倍"), &l));
	}
}

static void
contents_page_first(void **state)
{
	(void)state;
	/* After 目 录, lines that open with a page (1⇥综述, 2⇥（一）水环境):
	 * the numbers go 1, 2, 2, 6, so they are pages and the lines are
	 * contents, though 综述 is not said again. */
	EXPECT("生态环境公报\n目 录\n1\t综述\n2\t质量状况\n2\t（一）水环境\n6\t（二）大气环境\n8\t措施与行动\n"
	       "一、质量状况\n（一）水环境\n水质稳定。\n（二）大气环境\n空气良好。\n二、措施与行动\n加强治理。\n",
	       { 1, "一、", "质量状况", 8 }, { 2, "（一）", "水环境", 9 }, { 2, "（二）", "大气环境", 11 },
	       { 1, "二、", "措施与行动", 13 });
}

/* A 预案's contents may set each section number against its heading
 * (1总则, 1.1编制目的) where the body puts a space (1 总则): they are
 * contents still, and the plan's title above 目录 heads the part. */
static void
contents_with_joined_numbers(void **state)
{
	(void)state;
	EXPECT("某某管委会关于印发某某预案的通知\n各有关单位：\n现将预案印发给你们。\n某某管委会\n2025年10月12日\n"
	       "某某事件应急预案\n目  录\n1总则\n1.1编制目的\n1.2分级响应\n2组织体系\n2.1领导机构\n"
	       "1 总则\n1.1 编制目的\n正文。\n1.2分级响应\n正文。\n2 组织体系\n2.1 领导机构\n正文。\n",
	       { 1, "", "某某事件应急预案", 6 }, { 2, "1", "总则", 13 }, { 3, "1.1", "编制目的", 14 },
	       { 3, "1.2", "分级响应", 16 }, { 2, "2", "组织体系", 18 }, { 3, "2.1", "领导机构", 19 });
	/* Outside a contents a line that opens with a number joined to a
	 * word is no entry: 2024年 / 2025年 rows recur in a table. */
	EXPECT("某某方案\n一、目标\n2024年目标\n2025年目标\n2026年目标\n二、任务\n2024年目标\n2025年目标\n"
	       "2026年目标\n",
	       { 1, "一、", "目标", 2 }, { 1, "二、", "任务", 6 });
}

/* A decimal heading whose first word reads as a unit (5.3分级响应, 5.5人员
 * 防护) is a heading when it is the number the sequence expects; a
 * sentence that opens with a quantity is not, nor a number out of the
 * sequence. */
static void
decimal_heading_with_a_unit_word(void **state)
{
	(void)state;
	EXPECT("某某预案\n1 总则\n1.1 目的\n正文。\n1.2分级响应\n正文。\n1.3人员防护\n1.4万人参加培训。\n"
	       "1.6分类处置\n2 组织\n正文。\n",
	       { 1, "1", "总则", 2 }, { 2, "1.1", "目的", 3 }, { 2, "1.2", "分级响应", 5 },
	       { 2, "1.3", "人员防护", 7 }, { 1, "2", "组织", 10 });
}

static void
headings_the_contents_list(void **state)
{
	(void)state;
	/* A scrambled conversion prints 三、 before 二、: the contents list
	 * both, so both are headings; without contents, 二、 after 三、 is
	 * out of sequence. */
	EXPECT("方案\n目录\n一、总体要求……1\n二、主要任务……3\n三、保障措施……5\n一、总体要求\n正文。\n三、保障措施\n正文。\n"
	       "二、主要任务\n正文。\n",
	       { 1, "一、", "总体要求", 6 }, { 1, "三、", "保障措施", 8 }, { 1, "二、", "主要任务", 10 });
	EXPECT("方案\n一、总体要求\n正文。\n三、保障措施\n正文。\n二、主要任务\n正文。\n",
	       { 1, "一、", "总体要求", 2 }, { 1, "二、", "主要任务", 6 });
}

static void
part_title_above_its_contents(void **state)
{
	(void)state;
	/* A letter issues a plan whose title stands above the plan's own
	 * contents: the title heads the part, the contents passed over. */
	EXPECT("某市人民政府办公室关于印发某某应急预案的函\n各区人民政府：\n现将预案印发给你们。\n"
	       "某市人民政府办公室\n2020年5月6日\n某某应急预案\n目　　录\n1　总则\n　　1.1　编制目的\n"
	       "2　组织机构\n1　总则\n1.1　编制目的\n为了做好应急工作，制定本预案。\n2　组织机构\n"
	       "市政府设立应急指挥部。\n",
	       { 1, "", "某某应急预案", 6 }, { 2, "1", "总则", 11 }, { 3, "1.1", "编制目的", 12 },
	       { 2, "2", "组织机构", 14 });
	/* Above a law's contents its note, wrapped: the note's last line
	 * (…第二次修正）) is no part title, and the chapters stay on top. */
	EXPECT("某某法\n（2000年1月1日通过　根据2010年1月1日《关于修改\n部分法律的决定》第二次修正）\n"
	       "目　　录\n第一章　总则\n第二章　附则\n第一章　总则\n第一条　为了规范管理，制定本法。\n"
	       "第二章　附则\n第二条　本法自公布之日起施行。\n",
	       { 1, "第一章", "总则", 7 }, { 2, "第一条", "为了规范管理，制定本法", 8 }, { 1, "第二章", "附则", 9 },
	       { 2, "第二条", "本法自公布之日起施行", 10 });
}

static void
spaced_title_above_a_wrapped_note(void **state)
{
	(void)state;
	/* A notice issues rules whose title is spaced a character apart,
	 * with the note of their adoption wrapped over two lines: the
	 * title heads the part, neither line of the note does. */
	EXPECT("某市人民政府关于印发《某市人民政府工作规则》的通知\n各区人民政府：\n现将规则印发给你们。\n"
	       "某 市 人 民 政 府 工 作 规 则\n（二○三○年五月六日市人民政府\n第5次常务会议通过）\n"
	       "第一章　总则\n一、本规则适用于市人民政府。\n第二章　附则\n二、本规则自印发之日起施行。\n",
	       { 1, "", "某 市 人 民 政 府 工 作 规 则", 4 }, { 2, "第一章", "总则", 7 },
	       { 3, "一、", "本规则适用于市人民政府", 8 }, { 2, "第二章", "附则", 9 },
	       { 3, "二、", "本规则自印发之日起施行", 10 });
}

static void
decimal_number_closed_by_its_dot(void **state)
{
	struct label l;
	const char *s;
	(void)state;
	/* Word numbers a Heading 2 4.1. (%1.%2.) and writes no space after
	 * it: 2.1.人力资源管理 is a label however its word begins (人 is no
	 * unit after the dot), as 1.分区 is; the space after 2.3. is no part
	 * of the title. */
	EXPECT("某某公司管理程序\n1.目的\n为了测试。\n2.规定\n2.1.人力资源管理\n需逐步制定。\n"
	       "2.2.财务管理\n需制定。\n2.3. 质量管理\n需建立。\n",
	       { 1, "1.", "目的", 2 }, { 1, "2.", "规定", 4 }, { 2, "2.1.", "人力资源管理", 5 },
	       { 2, "2.2.", "财务管理", 7 }, { 2, "2.3.", "质量管理", 9 });
	s = "4.1.人力资源管理";
	assert_true(label_parse(s, strlen(s), &l));
	assert_int_equal(l.style, STYLE_DECIMAL);
	assert_int_equal(l.level, 2);
	assert_int_equal(l.length, strlen("4.1."));
	assert_int_equal(l.title, strlen("4.1."));
	s = "4.1. 人力资源管理";
	assert_true(label_parse(s, strlen(s), &l));
	assert_int_equal(l.title, strlen("4.1. "));
	/* Without the dot a unit still makes it a quantity (2.1人), and a
	 * digit or a percent sign after the dot is no title. */
	s = "2.1人参加";
	assert_false(label_parse(s, strlen(s), &l));
	s = "2.1.%的增长";
	assert_false(label_parse(s, strlen(s), &l));
}

static void
attachment_title_above_a_table_header(void **state)
{
	(void)state;
	/* An attachment's title, the header row of its table (序号  改革举措
	 * 主要内容), then the table's groups 一、 二、: the header row hides
	 * no title, the groups go under it. */
	EXPECT("某某市人民政府办公室关于推广改革举措的通知\n\n各区人民政府，市政府各部门："
	       "\n\n现将有关事项通知如下。\n\n一、推广的改革举措\n\n（一）知识产权保"
	       "护方面2项：案件审判；专利保险。\n\n（二）科技金融方面2项：科技创新专板；容"
	       "错机制。\n\n二、高度重视推广工作\n\n各区、各部门要高度重视。\n\n三、"
	       "认真抓好组织实施\n\n各区要切实加强组织领导。\n\n附件：改革举措推广清单"
	       "\n\n某某市人民政府办公室\n\n2018年12月23日\n\n附件\n\n改"
	       "革举措推广清单\n\n序号  改革举措  主要内容\n\n一、知识产权保护方面（"
	       "共2项）\n\n案件审判，整合审判资源。\n\n专利保险，降低维权成本。\n\n"
	       "二、科技金融方面（共2项）\n\n科技创新专板，提供挂牌展示。\n\n容错机制，"
	       "设置容错率。\n",
	       { 1, "一、", "推广的改革举措", 7 }, { 2, "（一）", "知识产权保护方面2项", 9 },
	       { 2, "（二）", "科技金融方面2项", 11 }, { 1, "二、", "高度重视推广工作", 13 },
	       { 1, "三、", "认真抓好组织实施", 17 }, { 1, "", "改革举措推广清单", 29 },
	       { 2, "一、", "知识产权保护方面（共2项）", 33 }, { 2, "二、", "科技金融方面（共2项）", 39 });
	/* A plan's title spaced out a character at a time over its 一、 is
	 * no header row: it still heads the plan's parts. */
	EXPECT("关于印发方案的通知\n各单位：\n现将方案印发给你们，请认真贯彻执行。\n某某市人民政府\n"
	       "2024年1月1日\n\n某  某  市  工  作  方  案\n\n一、总体要求\n正文内容。\n二、主要任务\n正文内容。\n",
	       { 1, "", "某某市工作方案", 7 }, { 2, "一、", "总体要求", 9 },
	       { 2, "二、", "主要任务", 11 });
}

/* A date alone that a page sets as a heading (<h6>2032年2月</h6> under a
 * report's title and its author) heads nothing. */
static void
date_set_as_a_heading(void **state)
{
	(void)state;
	EXPECT("<html><head><meta charset=\"utf-8\"></head><body><h1>学校班子成员年度述职报告展示</h1>"
	       "<p>全体教职工：</p><p>现将述职报告展示如下。</p><p style=\"text-align:center\"><span style="
	       "\"font-family:方正小标宋简体\">2031年度述职报告</span></p><p style=\"text-align:center\">"
	       "<span style=\"font-family:楷体\">某某学校副校长张三</span></p><h6 style=\"text-align:center\">"
	       "<span style=\"font-family:楷体\">2032年2月</span></h6><p><span style=\"font-family:仿宋_GB2312\">"
	       "一年来，我认真履行岗位职责，较好地完成了各项工作任务。</span></p><p><b>一、履职情况</b></p>"
	       "<p>正文写明工作情况和取得的成绩。</p><p><b>二、存在不足</b></p><p>正文写明存在的问题。</p>"
	       "</body></html>",
	       { 1, "一、", "履职情况", 8 }, { 1, "二、", "存在不足", 10 });
}

static void
attachment_mark_set_in_bold(void **state)
{
	(void)state;
	/* A web page sets the mark 附件 in bold above the attachment's
	 * title: the mark is no heading, as in plain text, nor is the
	 * title over a table or nothing (no part of the notice's last
	 * part); the title over the attachment's own parts heads them. */
	EXPECT("<html><head><meta charset=\"utf-8\"></head><body><p style=\"text-align:center;\"><b>"
	       "某某市人民政府办公室关于推广改革举措的通知</b></p><p>各区人民政府：</p><p>现将有关事项"
	       "通知如下。</p><p>一、推广的改革举措</p><p>各区要推广改革举措。</p><p>二、认真抓好组织"
	       "实施</p><p>各区要加强组织领导。</p><p>附件：改革举措推广清单</p><p>某某市人民政府办公室"
	       "</p><p>2030年12月23日</p><p><span style=\"font-weight: bold;\">附件</span></p>"
	       "<p style=\"text-align:center;\"><span style=\"font-weight: bold;\">改革举措推广清单"
	       "</span></p></body></html>",
	       { 1, "一、", "推广的改革举措", 4 }, { 1, "二、", "认真抓好组织实施", 6 });
	EXPECT("<html><head><meta charset=\"utf-8\"></head><body><p style=\"text-align:center;\"><b>"
	       "某某市人民政府办公室关于印发某某实施细则的通知</b></p><p>各区人民政府：</p><p>现将《某某实施"
	       "细则》印发给你们，请认真贯彻执行。</p><p>附件：某某实施细则</p><p>某某市人民政府办公室</p>"
	       "<p>2030年12月23日</p><p><span style=\"font-weight: bold;\">附件</span></p>"
	       "<p style=\"text-align:center;\"><span style=\"font-weight: bold;\">某某实施细则</span></p>"
	       "<p>一、总体要求</p><p>各区要推广改革举措。</p><p>二、主要任务</p><p>各区要加强组织领导。</p>"
	       "</body></html>",
	       { 1, "", "某某实施细则", 8 }, { 2, "一、", "总体要求", 9 }, { 2, "二、", "主要任务", 11 });
}

static void
three_part_number_before_a_unit_word(void **state)
{
	(void)state;
	/* 1.1.2 is no quantity: a word that can be a unit after it (所有,
	 * 件) does not make it one, as it does 1.2 (1.2万). */
	EXPECT("某某预案\n1 保障\n1.1 储备\n1.1.1 各地要做好储备。\n1.1.2 所有企业都要保持库存。\n"
	       "1.1.3 件件落实。\n1.2 系统\n建立网络。\n",
	       { 1, "1", "保障", 2 }, { 2, "1.1", "储备", 3 }, { 3, "1.1.1", "各地要做好储备", 4 },
	       { 3, "1.1.2", "所有企业都要保持库存", 5 }, { 3, "1.1.3", "件件落实", 6 }, { 2, "1.2", "系统", 7 });
}

/* A standard's appendix mark printed letter-spaced (附 录 A) is shown
 * closed up, as GB/T 1.1 names it and the text cites it: 附录A; one
 * spaced wider (附  录  B) too.  Other labels stay as written. */
static void
letter_spaced_label_closed_up(void **state)
{
	(void)state;
	EXPECT("某某标准\n1 范围\n说明。\n附 录 A\n（规范性附录）\n某某检测方法\nA.1 适用范围\n本附录适用于检测。\n"
	       "附  录  B\n（资料性附录）\n某某记录表\nB.1 格式\n见下表。\n",
	       { 1, "1", "范围", 2 }, { 1, "附录A", "某某检测方法", 4 }, { 2, "A.1", "适用范围", 7 },
	       { 1, "附录B", "某某记录表", 9 }, { 2, "B.1", "格式", 12 });
}

/* A standard's appendix (GB/T 1.1): its mark 附录A, or letter-spaced
 * 附 录 A, stands at the top beside the clauses, titled by the line under
 * its kind (（规范性附录）); its clauses A.1, A.2.1 go under it.  A
 * sentence that names an appendix (附录 A 为规范性附录。) is no heading,
 * nor is an A.1 with no appendix open. */
static void
standard_appendix(void **state)
{
	(void)state;
	EXPECT("某某标准\n附录 A 为规范性附录。\n1 范围\n说明。\nA.1 不是附录的条。\n2 要求\n2.1 一般要求\n"
	       "正文。\n2.2 其他要求\n正文。\n附 录 A\n（规范性附录）\n某某检测方法\nA.1 适用范围\n"
	       "本附录适用于检测。\nA.2 检测设备\nA.2.1 压力表。\nA.2.2 真空泵。\n附录B\n（资料性附录）\n"
	       "配置表\n表B.1 配置表\n",
	       { 1, "1", "范围", 3 }, { 1, "2", "要求", 6 }, { 2, "2.1", "一般要求", 7 },
	       { 2, "2.2", "其他要求", 9 }, { 1, "附录A", "某某检测方法", 11 }, { 2, "A.1", "适用范围", 14 },
	       { 2, "A.2", "检测设备", 16 }, { 3, "A.2.1", "压力表", 17 }, { 3, "A.2.2", "真空泵", 18 },
	       { 1, "附录B", "配置表", 19 });
}

static void
decimal_number_before_a_unit_initial_noun(void **state)
{
	struct label l;
	const char *s;
	(void)state;
	/* After a space, a noun that begins with a unit character (人员,
	 * 个人, 次数, 元件) leaves 2.1 a label, and the items below the
	 * clause one level under it. */
	EXPECT("某某程序\n1 总则\n说明。\n2 要求\n2.1 人员配备\n1) 人员应有能力。\n2) 定期考核。\n"
	       "2.2 个人防护\n正文。\n2.3 次数统计\n正文。\n2.4 元件管理\n正文。\n",
	       { 1, "1", "总则", 2 }, { 1, "2", "要求", 4 }, { 2, "2.1", "人员配备", 5 },
	       { 3, "1)", "人员应有能力", 6 }, { 3, "2)", "定期考核", 7 }, { 2, "2.2", "个人防护", 8 },
	       { 2, "2.3", "次数统计", 10 }, { 2, "2.4", "元件管理", 12 });
	/* A standard's processes: 分选 (sorting), 分级, 分拣 are nouns too. */
	EXPECT("某某规范\n1 总则\n说明。\n2 预处理要求\n2.1 一般性要求\n2.1.1 应控制二次污染。\n"
	       "2.2 分选要求\n2.2.1 应采用预分选工艺。\n2.3 分级要求\n2.3.1 应按粒度分级。\n2.4 分拣要求\n正文。\n",
	       { 1, "1", "总则", 2 }, { 1, "2", "预处理要求", 4 }, { 2, "2.1", "一般性要求", 5 },
	       { 3, "2.1.1", "应控制二次污染", 6 }, { 2, "2.2", "分选要求", 7 }, { 3, "2.2.1", "应采用预分选工艺", 8 },
	       { 2, "2.3", "分级要求", 9 }, { 3, "2.3.1", "应按粒度分级", 10 }, { 2, "2.4", "分拣要求", 11 });
	/* 公众 (the public) is a noun, not 公 of 公里 or 公斤: a standard's
	 * terms and limits. */
	EXPECT("某某限值\n1 范围\n本标准规定了限值。\n2 术语和定义\n2.1 电场 electric field\n正文。\n"
	       "2.2 公众曝露 public exposure\n正文。\n3 限值\n3.1 公众曝露控制限值\n正文。\n3.2 评价方法\n正文。\n",
	       { 1, "1", "范围", 2 }, { 1, "2", "术语和定义", 4 }, { 2, "2.1", "电场 electric field", 5 },
	       { 2, "2.2", "公众曝露 public exposure", 7 }, { 1, "3", "限值", 9 },
	       { 2, "3.1", "公众曝露控制限值", 10 }, { 2, "3.2", "评价方法", 12 });
	s = "3.2 公里";
	assert_false(label_parse(s, strlen(s), &l));
	/* A quantity keeps its unit word after the space, or its unit glued
	 * on. */
	s = "2.3 万元用于培训";
	assert_false(label_parse(s, strlen(s), &l));
	s = "1.2 个百分点";
	assert_false(label_parse(s, strlen(s), &l));
	s = "4.1人员";
	assert_false(label_parse(s, strlen(s), &l));
}

static void
scientific_notation_is_no_label(void **state)
{
	struct label l;
	const char *s = "1.E+05 1.E+04 电场强度,V/m";
	(void)state;
	/* A chart's scale in scientific notation (1.E+05, 1.e-03) is no
	 * item 1., and no heading under the clauses. */
	assert_false(label_parse(s, strlen(s), &l));
	s = "1.e-03";
	assert_false(label_parse(s, strlen(s), &l));
	s = "1.Email 地址";
	assert_true(label_parse(s, strlen(s), &l));
	/* A table's row that opens with a quantity and its Latin unit
	 * glued on (0.1MHz~3MHz) is no clause 0.1; 5.1 and a space before
	 * Latin letters is one. */
	s = "0.1MHz~3MHz  40  0.1";
	assert_false(label_parse(s, strlen(s), &l));
	s = "2.5m以上";
	assert_false(label_parse(s, strlen(s), &l));
	s = "5.1 pH值的测定";
	assert_true(label_parse(s, strlen(s), &l));
	EXPECT("某某限值\n1 范围\n本标准规定了限值。\n2 限值\n正文。\n1.E+05 1.E+04 电场强度,V/m\n"
	       "1.E+03 1.E+02\n图1 电场强度控制限值\n",
	       { 1, "1", "范围", 2 }, { 1, "2", "限值", 4 });
}

static void
footnotes_after_their_number(void **state)
{
	(void)state;
	/* 1 注：… at a page's foot is a footnote (its number the marker in
	 * the text), not a clause 1 titled 注: the clauses go on past it. */
	EXPECT("某市统计报告\n1 概况\n2021年，某市常住人口1761万人。\n1 注：此数据不包含某区常住人口。\n"
	       "2 注：性别比是男性人数与女性人数之比。\n2 就业\n2021年，某市就业人员513万人。\n",
	       { 1, "1", "概况", 2 }, { 1, "2", "就业", 6 });
}

static void
numbered_part_titled_with_a_unit_initial_noun(void **state)
{
	struct label l;
	const char *s = "1 人口特征";
	(void)state;
	/* 1 人口特征: a number, a space and a noun that begins with a unit's
	 * character (人口, not 1 person) is a part's number and title. */
	assert_true(label_parse(s, strlen(s), &l));
	assert_int_equal(l.number, 1);
	EXPECT("某市统计报告\n1 人口特征\n2021年，某市常住人口1761万人。\n2 婚姻及家庭状况\n"
	       "2021年，某市办理结婚登记7.64万对。\n",
	       { 1, "1", "人口特征", 2 }, { 1, "2", "婚姻及家庭状况", 4 });
	s = "1 人";
	assert_false(label_parse(s, strlen(s), &l));
	/* A year before 年度 is no part's number. */
	s = "2023 年度人力资源和社会保障事业发展统计公报";
	assert_false(label_parse(s, strlen(s), &l));
}

static void
cover_month_is_no_part(void **state)
{
	(void)state;
	/* 二〇二二年十二月 above the first 一、 is the report's date (a month,
	 * no day), not the title of a part over 一、 and 二、. */
	EXPECT("某市社会性别统计报告\n为反映全市男女两性发展状况，现将有关数据报告如下。\n二〇二二年十二月\n"
	       "一、人口特征\n2021年，某市常住人口1761.48万人。\n二、婚姻及家庭状况\n"
	       "2021年，某市共办理结婚登记7.64万对。\n",
	       { 1, "一、", "人口特征", 4 }, { 1, "二、", "婚姻及家庭状况", 6 });
}

static void
items_of_a_note_under_a_table(void **state)
{
	(void)state;
	/* 注：暂采用下列方法… announces its items 1） 2）: the note's, not
	 * clauses under 2.1. */
	EXPECT("某某排放标准\n1 范围\n本标准规定了排放限值。\n2 监测要求\n2.1 监测方法\n监测分析方法按表1执行。\n"
	       "注：暂采用下列方法，待国家方法标准发布后，执行国家标准。\n1）《水和废水监测分析方法》\n"
	       "2）《农用污泥监测分析方法》\n",
	       { 1, "1", "范围", 2 }, { 1, "2", "监测要求", 4 }, { 2, "2.1", "监测方法", 5 });
}

static void
clause_number_glued_to_its_title(void **state)
{
	(void)state;
	/* 5记录 between clause 4 and 5.1 is clause 5, as 4.2.2设备保养 is a
	 * clause; the same words with no 5.1 after them, or no 4 before,
	 * are text. */
	EXPECT("设备管理程序\n1 目的\n正文。\n2 范围\n正文。\n3 工作程序\n3.1 设备采购\n正文。\n"
	       "3.2 设备使用\n3.2.1 使用人员应经培训合格后上岗。\n3.2.2设备保养\n正文。\n4记录\n"
	       "4.1 设备台账\n4.2 维修记录\n",
	       { 1, "1", "目的", 2 }, { 1, "2", "范围", 4 }, { 1, "3", "工作程序", 6 },
	       { 2, "3.1", "设备采购", 7 }, { 2, "3.2", "设备使用", 9 },
	       { 3, "3.2.1", "使用人员应经培训合格后上岗", 10 }, { 3, "3.2.2", "设备保养", 11 },
	       { 1, "4", "记录", 13 }, { 2, "4.1", "设备台账", 14 }, { 2, "4.2", "维修记录", 15 });
	EXPECT("设备管理程序\n1 目的\n正文。\n2 范围\n正文。\n3 工作程序\n3.1 设备采购\n正文。\n"
	       "4记录\n正文。\n",
	       { 1, "1", "目的", 2 }, { 1, "2", "范围", 4 }, { 1, "3", "工作程序", 6 },
	       { 2, "3.1", "设备采购", 7 });
	EXPECT("设备管理程序\n1 目的\n正文。\n2 范围\n正文。\n5记录\n5.1 设备台账\n",
	       { 1, "1", "目的", 2 }, { 1, "2", "范围", 4 });
	/* so is a heading by its markup (a PDF's bold line, a page's <h2>)
	 * whose number runs into its title: 3选址和布置 */
	EXPECT("<html><head><meta charset=\"utf-8\"></head><body><h1>某某技术规范</h1>"
	       "<h2>1 适用范围</h2><p>本标准规定了治理要求。</p><h2>2 术语和定义</h2><p>下列术语适用于本标准。</p>"
	       "<h2>3选址和布置</h2><h3>3.1 选址</h3><p>选址应符合城镇规划。</p><h3>3.2 布置</h3>"
	       "<p>出入口应分开设置。</p><h2>4 总体要求</h2><p>应设置油烟净化设施。</p></body></html>",
	       { 1, "1", "适用范围", 2 }, { 1, "2", "术语和定义", 4 }, { 1, "3", "选址和布置", 6 },
	       { 2, "3.1", "选址", 7 }, { 2, "3.2", "布置", 9 }, { 1, "4", "总体要求", 11 });
}

static void
forms_under_their_clause(void **state)
{
	(void)state;
	/* 7.1、… 7.4、 names with nothing under them, right under 7、表单:
	 * the clause's sub-clauses (the forms a procedure lists), not a
	 * table's rows; the same names after a line of text stay rows. */
	EXPECT("设备点检控制程序\n1、目的\n确保设备完好。\n2、相关文件\n无\n3、表单\n"
	       "3.1、设备点检计划表\n3.2、设备点检记录表\n3.3、设备故障报告单\n3.4、设备维修记录表\n",
	       { 1, "1、", "目的", 2 }, { 1, "2、", "相关文件", 4 }, { 1, "3、", "表单", 6 },
	       { 2, "3.1、", "设备点检计划表", 7 }, { 2, "3.2、", "设备点检记录表", 8 },
	       { 2, "3.3、", "设备故障报告单", 9 }, { 2, "3.4、", "设备维修记录表", 10 });
	EXPECT("设备点检控制程序\n1、目的\n确保设备完好。\n2、表单\n本程序使用下列表单：\n"
	       "2.1、设备点检计划表\n2.2、设备点检记录表\n2.3、设备故障报告单\n",
	       { 1, "1、", "目的", 2 }, { 1, "2、", "表单", 4 });
}

static void
contents_entries_under_their_clause(void **state)
{
	(void)state;
	/* A contents lists 6　后期处置 with 6.1 … 6.4 under it, some entries
	 * worded a little unlike their headings (half-width brackets): the
	 * entries are said again below, so they are no clause's own
	 * sub-clauses; the plan's title stays the part over the clauses. */
	struct doc *doc = unit_load(
		"国务院办公厅关于印发国家某某应急预案的通知\n各省人民政府：\n现将预案印发给你们，请认真贯彻执行。\n国务院办公厅\n"
		"二〇〇五年六月十一日\n国家某某应急预案\n目　　录\n1　总则\n　　1.1　编制目的\n　　1.2　等级划分\n　　1.3　适用范围\n"
		"　　1.4　工作原则\n2　组织机构和职责\n　　2.1　指挥部\n　　2.2　地方机构\n3　预警监测\n　　3.1　市场监测\n"
		"　　3.2　应急报告\n4　应急响应\n　　4.1　响应程序\n　　4.2　国家级(Ⅰ级)响应\n　　4.3　省级(Ⅱ级)响应\n"
		"　　4.4　应急终止\n5　应急保障\n　　5.1　物资储备\n　　5.2　保障系统\n　　5.3　设施建设\n　　5.4　通信保障\n"
		"　　5.5　培训演练\n6　后期处置\n　　6.1　评估和改进\n　　6.2　应急经费\n　　6.3　能力恢复\n　　6.4　奖励和处罚\n"
		"7　附则\n1　总则\n1.1　编制目的\n做好有关工作，落实各项措施。\n1.2　等级划分\n做好有关工作，落实各项措施。\n"
		"1.3　适用范围\n做好有关工作，落实各项措施。\n1.4　工作原则\n做好有关工作，落实各项措施。\n2　组织机构和职责\n"
		"2.1　指挥部\n做好有关工作，落实各项措施。\n2.2　地方机构\n做好有关工作，落实各项措施。\n3　预警监测\n3.1　市场监测\n"
		"做好有关工作，落实各项措施。\n3.2　应急报告\n做好有关工作，落实各项措施。\n4　应急响应\n4.1　响应程序\n"
		"做好有关工作，落实各项措施。\n4.2　国家级（Ⅰ级）响应\n做好有关工作，落实各项措施。\n4.3　省级（Ⅱ级）响应\n"
		"做好有关工作，落实各项措施。\n4.4　应急终止\n做好有关工作，落实各项措施。\n5　应急保障\n5.1　物资储备\n"
		"做好有关工作，落实各项措施。\n5.2　保障系统\n做好有关工作，落实各项措施。\n5.3　设施建设\n做好有关工作，落实各项措施。\n"
		"5.4　通信保障\n做好有关工作，落实各项措施。\n5.5　培训演练\n做好有关工作，落实各项措施。\n6　后期处置\n"
		"6.1　评估和改进\n做好有关工作，落实各项措施。\n6.2　应急经费\n做好有关工作，落实各项措施。\n6.3　能力恢复\n"
		"做好有关工作，落实各项措施。\n6.4　奖励和处罚\n做好有关工作，落实各项措施。\n7　附则\n本章规定有关事项。\n", NULL);
	struct outline *o = NULL;

	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_true(o->count > 2);
	assert_int_equal(o->nodes[0]->depth, 1);
	assert_string_equal(o->nodes[0]->title, "国家某某应急预案");
	assert_int_equal(o->nodes[1]->depth, 2);
	assert_string_equal(o->nodes[1]->title, "总则");
	outline_free(o);
	doc_free(doc);
}

static void
slipped_parent_number(void **state)
{
	(void)state;
	/* 2.2.1 under 3.2 with 3.2.2 next is the writer's slip for 3.2.1;
	 * with no 3.2.2 after it, it is no clause of 3.2. */
	EXPECT("内部审核控制程序\n1、目的\n确保体系有效。\n2、范围\n适用于内部审核。\n3、程序\n"
	       "3.1、审核计划\n3.1.1、办公室编制年度审核计划。\n3.1.2、计划经批准后实施。\n3.2、追加审核\n"
	       "2.2.1、遇到特殊情况，应追加审核。\n3.2.2、追加审核应编制审核计划。\n",
	       { 1, "1、", "目的", 2 }, { 1, "2、", "范围", 4 }, { 1, "3、", "程序", 6 },
	       { 2, "3.1、", "审核计划", 7 }, { 3, "3.1.1、", "办公室编制年度审核计划", 8 },
	       { 3, "3.1.2、", "计划经批准后实施", 9 }, { 2, "3.2、", "追加审核", 10 },
	       { 3, "2.2.1、", "遇到特殊情况，应追加审核", 11 }, { 3, "3.2.2、", "追加审核应编制审核计划", 12 });
	EXPECT("内部审核控制程序\n1、目的\n确保体系有效。\n2、范围\n适用于内部审核。\n3、程序\n"
	       "3.1、审核计划\n3.1.1、办公室编制年度审核计划。\n3.1.2、计划经批准后实施。\n3.2、追加审核\n"
	       "2.2.1、遇到特殊情况，应追加审核。\n",
	       { 1, "1、", "目的", 2 }, { 1, "2、", "范围", 4 }, { 1, "3、", "程序", 6 },
	       { 2, "3.1、", "审核计划", 7 }, { 3, "3.1.1、", "办公室编制年度审核计划", 8 },
	       { 3, "3.1.2、", "计划经批准后实施", 9 }, { 2, "3.2、", "追加审核", 10 });
}

static void
top_clauses_numbered_point_zero(void **state)
{
	(void)state;
	/* 1.0 目的 … 3.0 职责 with 3.1 under it: N.0 is a clause of the top
	 * level when N.1 or (N + 1).0 follows, or (N - 1).0 is open; not a
	 * quantity such as 1.0 followed by a sentence. */
	EXPECT("某某规定\n1.0 目的\n为了规范管理，制定本规定。\n2.0 适用范围\n本规定适用于全厂。\n"
	       "3.0 职责\n3.1 厂长\n审核并批准本规定。\n3.2 生产计划处\n归口管理。\n4.0 附录\n附件。\n",
	       { 1, "1.0", "目的", 2 }, { 1, "2.0", "适用范围", 4 }, { 1, "3.0", "职责", 6 },
	       { 2, "3.1", "厂长", 7 }, { 2, "3.2", "生产计划处", 9 }, { 1, "4.0", "附录", 11 });
	EXPECT("某某说明\n1 概况\n正文。\n1.0 版本已于去年发布，2.0 版本正在编写。\n2 计划\n正文。\n",
	       { 1, "1", "概况", 2 }, { 1, "2", "计划", 5 });
}

static void
bold_caption_and_note_over_a_table(void **state)
{
	(void)state;
	/* A caption spaced a character apart over a table (修 改 记 录 over
	 * a document's revisions) and a note over a check list (注：1- …),
	 * both set in bold, are no headings. */
	EXPECT("<html><head><meta charset=\"utf-8\"></head><body><p style=\"text-align:center;\"><b>某某公司设备"
	       "巡视规定</b></p><p style=\"text-align:center;\"><b>修 改 记 录</b></p><table><tr><td>版本</td><td>编写"
	       "</td><td>修改内容</td></tr><tr><td>1</td><td>张某</td><td>首次发布</td></tr></table><p><b>一、目的</b></"
	       "p><p>为了规范巡视，制定本规定。</p><p><b>二、巡视要求</b></p><p style=\"text-align:center;\"><b>注：1- 需要改进；2 –"
	       " 可接受；3 – 不适用</b></p><table><tr><td>序号</td><td>检查项</td><td>结果</td></tr><tr><td>1</td><td>着装"
	       "</td><td>2</td></tr></table><p><b>三、附则</b></p><p>本规定自发布之日起施行。</p></body></html>",
	       { 1, "一、", "目的", 5 }, { 1, "二、", "巡视要求", 7 }, { 1, "三、", "附则", 11 });
}

static void
contents_joined_or_missed(void **state)
{
	(void)state;
	/* Contents lines a reader joined into one paragraph are contents
	 * still, and 目录 is no heading even when its entries are not found. */
	EXPECT("某某方案\n目录\n一、总体目标 ........ 3二、主要任务 ........ 5三、保障措施 ........ 8\n"
	       "一、总体目标\n正文。\n二、主要任务\n正文。\n三、保障措施\n正文。\n",
	       { 1, "一、", "总体目标", 4 }, { 1, "二、", "主要任务", 6 }, { 1, "三、", "保障措施", 8 });
	EXPECT("某某方案\n目录\n一、总体目标\n正文。\n二、主要任务\n正文。\n",
	       { 1, "一、", "总体目标", 3 }, { 1, "二、", "主要任务", 5 });
	/* Every kind of leader, far enough into the line to be looked for
	 * sixteen bytes at a time, after commas and quotation marks that
	 * share a leader's first byte. */
	EXPECT("某某方案\n目录\n一、总体目标，“稳中求进”．．．．．．3二、主要任务，“提质增效”．．．．．．5\n"
	       "一、总体目标，“稳中求进”\n正文。\n二、主要任务，“提质增效”\n正文。\n",
	       { 1, "一、", "总体目标，“稳中求进”", 4 }, { 1, "二、", "主要任务，“提质增效”", 6 });
	EXPECT("某某方案\n目录\n一、总体目标和工作原则······3二、主要任务和重点工程······5\n"
	       "一、总体目标和工作原则\n正文。\n二、主要任务和重点工程\n正文。\n",
	       { 1, "一、", "总体目标和工作原则", 4 }, { 1, "二、", "主要任务和重点工程", 6 });
	EXPECT("某某方案\n目录\n一、总体目标和工作原则‥‥‥‥‥‥3二、主要任务和重点工程……………5\n"
	       "一、总体目标和工作原则\n正文。\n二、主要任务和重点工程\n正文。\n",
	       { 1, "一、", "总体目标和工作原则", 4 }, { 1, "二、", "主要任务和重点工程", 6 });
	/* Five leaders are too few: a paragraph of its own, its label a
	 * heading. */
	EXPECT("某某方案\n一、总体目标和工作原则．．．．．3二、主要任务\n正文。\n",
	       { 1, "一、", "总体目标和工作原则．．．．．3二、主要任务", 2 });
}

static void
rows_that_read_as_headings(void **state)
{
	(void)state;
	/* A table read one cell a line: its rows 一、食品 … 四、交通, with
	 * nothing but cells between them, are no parts, and the parts go on
	 * after them (二、农业). */
	EXPECT("统计公报\n一、综合\n全年增长5%。\n表1 价格指数\n类别\n指数\n一、食品\n99.2\n粮 食\n101.3\n"
	       "二、衣着\n三、居住\n四、交通\n100.1\n二、农业\n全年粮食增产。\n三、工业\n工业增长。\n",
	       { 1, "一、", "综合", 2 }, { 1, "二、", "农业", 15 }, { 1, "三、", "工业", 17 });
	/* Two parts without a body are still parts; a sentence is a body. */
	EXPECT("方案\n一、总体要求\n二、主要任务\n抓好落实。\n三、保障措施\n加强领导。\n四、附则\n",
	       { 1, "一、", "总体要求", 2 }, { 1, "二、", "主要任务", 3 }, { 1, "三、", "保障措施", 5 },
	       { 1, "四、", "附则", 7 });
	/* The fields of a form, each with its blank after a colon, hold
	 * their text: items, not rows of a table. */
	EXPECT("记录表\n一、基础\n正文。\n二、报警\n1.报警时间：____时____分\n2.出警单位：____派出所\n"
	       "3.到达时间：____时____分\n三、告知\n正文。\n",
	       { 1, "一、", "基础", 2 }, { 1, "二、", "报警", 4 }, { 2, "1.", "报警时间", 5 },
	       { 2, "2.", "出警单位", 6 }, { 2, "3.", "到达时间", 7 }, { 1, "三、", "告知", 8 });
}

static void
point_after_a_lead_in(void **state)
{
	(void)state;
	/* 最后一点，第三点：… -- the speaker says the point is the last
	 * before numbering it: the point is 第三点. */
	EXPECT("讲话\n第一点：关于形势。正文。\n第二点：关于任务。正文。\n最后一点，第三点：关于作风。正文。\n",
	       { 1, "第一点", "关于形势", 2 }, { 1, "第二点", "关于任务", 3 }, { 1, "第三点", "关于作风", 4 });
	EXPECT("讲话\n一、形势\n第一，要稳定。正文。\n第二，要发展。正文。\n最后，第三，要团结。正文。\n",
	       { 1, "一、", "形势", 2 }, { 2, "第一", "要稳定", 3 }, { 2, "第二", "要发展", 4 },
	       { 2, "第三", "要团结", 5 });
	/* Out of the points' sequence, or no label after the lead-in: text. */
	EXPECT("讲话\n第一点：关于形势。正文。\n第二点：关于任务。正文。\n最后一点，第五点：关于作风。\n"
	       "最后，我们要团结。\n",
	       { 1, "第一点", "关于形势", 2 }, { 1, "第二点", "关于任务", 3 });
}

/* A run that opens paragraphs (一是…) after several paragraphs of text
 * that follow the last run-in item sums up the part: it is the part's,
 * as after a salutation.  Right under a run-in item (one paragraph of
 * text between) it is still that item's. */
static void
text_after_run_ins_closes_them(void **state)
{
	(void)state;
	EXPECT("某市政府工作报告\n一、过去一年工作回顾\n（一）经济平稳增长。全年生产总值增长5%。\n"
	       "（二）民生持续改善。新增就业1万人。\n文化、体育事业取得新进展。\n"
	       "总结一年的工作，我们深刻体会到，必须坚持发展。\n这些成绩的取得，是全市人民共同奋斗的结果。\n"
	       "我们也清醒地看到，发展中还存在一些问题。\n一是经济结构不够合理。产业层次偏低。\n"
	       "二是民生短板仍然突出。教育医疗资源不足。\n二、今年工作安排\n（一）稳定增长。扩大有效投资。\n"
	       "（二）改善民生。办好实事。\n加大投入力度。\n一是扩大就业。开发岗位。\n二是完善社保。提高标准。\n",
	       { 1, "一、", "过去一年工作回顾", 2 }, { 2, "（一）", "经济平稳增长", 3 },
	       { 2, "（二）", "民生持续改善", 4 }, { 2, "一是", "经济结构不够合理", 9 },
	       { 2, "二是", "民生短板仍然突出", 10 }, { 1, "二、", "今年工作安排", 11 },
	       { 2, "（一）", "稳定增长", 12 }, { 2, "（二）", "改善民生", 13 },
	       { 3, "一是", "扩大就业", 15 }, { 3, "二是", "完善社保", 16 });
}

static void
salutation_closes_run_ins(void **state)
{
	(void)state;
	/* After 同学们、老师们！ a speech's new run (一是…) is not under the
	 * last point before it (第三，); a salutation closes no numbered
	 * part. */
	EXPECT("讲话\n\n第一，坚持方向。正文。\n\n第二，建设队伍。正文。\n\n第三，培养人才。正文。\n\n同学们、老师们！\n\n"
	       "青年是新时代的一代。\n\n一是要爱国。正文。\n\n二是要励志。正文。\n",
	       { 1, "第一", "坚持方向", 3 }, { 1, "第二", "建设队伍", 5 }, { 1, "第三", "培养人才", 7 },
	       { 1, "一是", "要爱国", 13 }, { 1, "二是", "要励志", 15 });
	EXPECT("报告\n\n一、回顾\n\n（一）甲\n\n正文。\n\n各位代表！\n\n（二）乙\n\n正文。\n\n二、安排\n",
	       { 1, "一、", "回顾", 3 }, { 2, "（一）", "甲", 5 }, { 2, "（二）", "乙", 11 },
	       { 1, "二、", "安排", 15 });
	/* A salutation that opens a paragraph after run-in items, each a
	 * paragraph that opens with its label and title, closes them: the
	 * 一是 run after it is the part's, not the last item's. */
	EXPECT("报告\n\n一、回顾\n\n（一）甲。正文。\n\n（二）乙。正文。\n\n"
	       "各位代表！五年来成绩来之不易：一是经济增长。正文。二是民生改善。正文。\n\n二、安排\n",
	       { 1, "一、", "回顾", 3 }, { 2, "（一）", "甲", 5 }, { 2, "（二）", "乙", 7 },
	       { 2, "一是", "经济增长", 9 }, { 2, "二是", "民生改善", 9 }, { 1, "二、", "安排", 11 });
	/* So does one alone on its line, before a run of paragraphs. */
	EXPECT("报告\n\n一、回顾\n\n（一）甲。正文。\n\n（二）乙。正文。\n\n同志们！\n\n"
	       "一是经济增长。正文。\n\n二是民生改善。正文。\n\n二、安排\n",
	       { 1, "一、", "回顾", 3 }, { 2, "（一）", "甲", 5 }, { 2, "（二）", "乙", 7 },
	       { 2, "一是", "经济增长", 11 }, { 2, "二是", "民生改善", 13 }, { 1, "二、", "安排", 15 });
	/* Without one, a 一是 run in the paragraphs of a run-in item is
	 * its own. */
	EXPECT("报告\n\n一、回顾\n\n（一）甲。正文。\n\n（二）乙。正文。\n\n"
	       "五年来成绩来之不易：一是经济增长。正文。二是民生改善。正文。\n\n二、安排\n",
	       { 1, "一、", "回顾", 3 }, { 2, "（一）", "甲", 5 }, { 2, "（二）", "乙", 7 },
	       { 3, "一是", "经济增长", 9 }, { 3, "二是", "民生改善", 9 }, { 1, "二、", "安排", 11 });
	/* An item alone on its line whose sections are leads is done too:
	 * the problems owned up to after the salutation are the part's. */
	EXPECT("报告\n\n一、回顾\n\n（一）工业企稳\n\n抓一产。正文。\n\n提二产。正文。\n\n各位代表！成绩来之不易。\n\n"
	       "我们也看到问题：一是压力较大。正文。二是后劲不足。正文。\n\n二、安排\n",
	       { 1, "一、", "回顾", 3 }, { 2, "（一）", "工业企稳", 5 }, { 3, "", "抓一产", 7 }, { 3, "", "提二产", 9 },
	       { 2, "一是", "压力较大", 13 }, { 2, "二是", "后劲不足", 13 }, { 1, "二、", "安排", 15 });
	/* An item whose title stands on its own line over plain text stays
	 * open. */
	EXPECT("报告\n\n一、回顾\n\n（一）甲\n\n正文。\n\n"
	       "各位代表！五年来成绩来之不易：一是经济增长。正文。二是民生改善。正文。\n\n二、安排\n",
	       { 1, "一、", "回顾", 3 }, { 2, "（一）", "甲", 5 },
	       { 3, "一是", "经济增长", 9 }, { 3, "二是", "民生改善", 9 }, { 1, "二、", "安排", 11 });
	/* A salutation before anything is open, or before a speech's first
	 * part, closes nothing; nor does it close the outermost heading. */
	EXPECT("讲话\n\n同志们！今天我们开会。\n\n一、形势\n\n（一）甲。正文。\n\n二、任务\n",
	       { 1, "一、", "形势", 5 }, { 2, "（一）", "甲", 7 }, { 1, "二、", "任务", 9 });
	EXPECT("讲话\n\n一、形势。正文。\n\n同志们！形势很好：一是经济增长。正文。二是民生改善。正文。\n\n"
	       "二、任务\n",
	       { 1, "一、", "形势", 3 }, { 2, "一是", "经济增长", 5 }, { 2, "二是", "民生改善", 5 },
	       { 1, "二、", "任务", 7 });
}

static void
padded_numerals(void **state)
{
	(void)state;
	/* Typeset pages pad a numeral inside its brackets: (十 八), (二 ). */
	EXPECT("纲要\n(一)甲\n正文。\n(二 )乙\n正文。\n(三)丙\n正文。\n（四　）丁\n正文。\n(五)戊\n",
	       { 1, "(一)", "甲", 2 }, { 1, "(二 )", "乙", 4 }, { 1, "(三)", "丙", 6 },
	       { 1, "（四　）", "丁", 8 }, { 1, "(五)", "戊", 10 });
	{
		struct label l;
		const char *s = "(十 八)乙";
		assert_true(label_parse(s, strlen(s), &l));
		assert_int_equal(l.style, STYLE_CN_PAREN);
		assert_int_equal(l.number, 18);
		assert_int_equal(l.length, strlen("(十 八)"));
		/* A numeral and a word in brackets is no label. */
		s = "(三 年)乙";
		assert_false(label_parse(s, strlen(s), &l));
		/* A web copy pastes spaces on both sides of the numeral. */
		s = "（  六  ）坚持党建引领";
		assert_true(label_parse(s, strlen(s), &l));
		assert_int_equal(l.style, STYLE_CN_PAREN);
		assert_int_equal(l.number, 6);
		assert_int_equal(l.length, strlen("（  六  ）"));
		s = "( 3 )乙";
		assert_true(label_parse(s, strlen(s), &l));
		assert_int_equal(l.style, STYLE_ARABIC_PAREN);
		assert_int_equal(l.number, 3);
		s = "（  注  ）乙";
		assert_false(label_parse(s, strlen(s), &l));
	}
	EXPECT("工作回顾\n（一）坚持守正创新\n正文。\n（  二  ）坚持党建引领\n正文。\n",
	       { 1, "（一）", "坚持守正创新", 2 }, { 1, "（  二  ）", "坚持党建引领", 4 });
}

/* The gaps a copy pasted into a heading (two spaces or more next to a
 * Chinese character, after the label too) are no part of its title; one
 * space letter-spacing a short title (总 则) is. */
static void
pasted_gaps_in_titles(void **state)
{
	(void)state;
	EXPECT("报告\n一、  2025  年预算执行情况总体平稳\n正文。\n二、市级  一般公共预算执行情况\n正文。\n"
	       "三、坚持守正创新  、精益求精\n正文。\n四、总 则\n正文。\n五、PM2.5  浓度\n正文。\n",
	       { 1, "一、", "2025年预算执行情况总体平稳", 2 }, { 1, "二、", "市级一般公共预算执行情况", 4 },
	       { 1, "三、", "坚持守正创新、精益求精", 6 }, { 1, "四、", "总 则", 8 }, { 1, "五、", "PM2.5浓度", 10 });
	EXPECT("一、回顾\n（一）改革。一是  以财政改革强动力。正文。二是  在  加强政治建设  上下实功。正文。\n",
	       { 1, "一、", "回顾", 1 }, { 2, "（一）", "改革", 2 }, { 3, "一是", "以财政改革强动力", 2 },
	       { 3, "二是", "在加强政治建设上下实功", 2 });
}

/* A budget's tables a PDF gave a cell or a row a line: rows with their
 * figures after two spaces (二、非税收入  2988723  2956813, 三、转移性收入
 * 1646661), and first cells alone between lines of figures (一、税收收入 /
 * 697963 … / 1.增值税 / 352262 …), are no headings.  A page number after a
 * heading is no figure cell. */
static void
budget_table_rows(void **state)
{
	(void)state;
	EXPECT("关于某市预算执行情况的报告\n一、2025年预算执行情况\n正文。\n二、2026年预算草案\n正文。\n"
	       "表1\n单位：万元\n项目  金额\n1852894  1895833  1994432  105.20  7.64\n一、税收收入\n"
	       "697963  690825  805955  116.67  15.47\n1.增值税\n352262  386171  374347  96.94  6.27\n2.企业所得税\n"
	       "109454  126255  142977  113.24  30.63\n二、非税收入  2988723  2956813\n三、转移性收入  1646661\n"
	       "（一）机关事业单位基本养老保险基金  1104  4.21\n",
	       { 1, "一、", "2025年预算执行情况", 2 }, { 1, "二、", "2026年预算草案", 4 });
	EXPECT("某某规划\n一、总体要求  3\n正文。\n二、主要任务  12\n正文。\n",
	       { 1, "一、", "总体要求  3", 2 }, { 1, "二、", "主要任务  12", 4 });
}

/* The opening line of a speech under its salutation, cut where a PDF
 * broke its sentence (a clause's ， in it), is no part's title over the
 * first 一、; a title there (五年工作回顾, unnumbered_parts) is. */
static void
opening_line_under_a_salutation(void **state)
{
	(void)state;
	EXPECT("关于某市预算执行情况的报告\n某市财政局\n各位代表：\n受市人民政府委托，向大会提交某市2025年预算执行情\n"
	       "况与2026年预算草案，请予审议。\n一、2025年预算执行情况\n正文。\n二、2026年预算草案\n正文。\n",
	       { 1, "一、", "2025年预算执行情况", 6 }, { 1, "二、", "2026年预算草案", 8 });
}

/* A heading line run together with the paragraph under it, no mark at
 * its end, the paragraph opening with 一是: the indent between them
 * breaks the line (稳步向好    　　一是千方百计…). */
static void
run_in_label_after_an_indent(void **state)
{
	(void)state;
	EXPECT("一、总体\n正文。\n二、回顾\n正文。\n（一）坚持知难而进，全力开源增收，财政收入形势稳步向好    "
	       "　　一是千方百计抓好财政收入。正文。二是主动对接协调。正文。　　（二）坚持担责于身，集中财力保障重大"
	       "战略部署　　一是支持发展新质生产力。正文。二是支持推进乡村振兴。正文。\n",
	       { 1, "一、", "总体", 1 }, { 1, "二、", "回顾", 3 },
	       { 2, "（一）", "坚持知难而进，全力开源增收，财政收入形势稳步向好", 5 },
	       { 3, "一是", "千方百计抓好财政收入", 5 }, { 3, "二是", "主动对接协调", 5 },
	       { 2, "（二）", "坚持担责于身，集中财力保障重大战略部署", 5 }, { 3, "一是", "支持发展新质生产力", 5 },
	       { 3, "二是", "支持推进乡村振兴", 5 });
	{
		struct label l;
		const char *s = "十一是，加强领导";
		assert_true(label_run_in(s, strlen(s), &l));
		assert_int_equal(l.number, 11);
		assert_int_equal(l.length, strlen("十一是"));
		assert_int_equal(l.title, strlen("十一是，"));
		s = "是一是";
		assert_false(label_run_in(s, strlen(s), &l));
	}
}

static void
paragraphs_run_together(void **state)
{
	(void)state;
	/* A page copied with its paragraphs run into one line keeps their
	 * indents: two ideographic spaces after 。 or ： start a paragraph,
	 * on the same line; two inside a sentence do not.  (The text is long
	 * enough for its indents to be listed before the paragraphs are
	 * built.) */
	EXPECT("同志们：　　今天开会。　　一、形势　　正文说明　　情况。　　二、任务　　第一，抓落实。正文。　　第二，抓作风。正文。\n"
	       "正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。"
	       "正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。正文。\n",
	       { 1, "一、", "形势", 1 }, { 1, "二、", "任务", 1 }, { 2, "第一", "抓落实", 1 },
	       { 2, "第二", "抓作风", 1 });
	/* The same where the text has too many to list before the
	 * paragraphs are built (a line of ideographic spaces after it): they
	 * are looked for in each line then. */
	EXPECT("同志们：　　今天开会。　　一、形势　　正文说明　　情况。　　二、任务　　第一，抓落实。正文。　　第二，抓作风。正文。\n"
	       "　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　\n",
	       { 1, "一、", "形势", 1 }, { 1, "二、", "任务", 1 }, { 2, "第一", "抓落实", 1 },
	       { 2, "第二", "抓作风", 1 });
	/* Far into a paragraph (past a heading line's reach), an indent
	 * inside a sentence (甲　　乙) is still no break, and numbered
	 * paragraphs run on after a full stop split off before the next
	 * break (the walk to it is kept, not walked again). */
	EXPECT("同志们：　　今天开会。　　一、形势　　"
	       "正文说明，正文说明，正文说明，正文说明，正文说明，正文说明，正文说明，正文说明，正文说明，正文说明，"
	       "正文说明，正文说明，正文说明，正文说明，正文说明，正文说明，正文说明，正文说明，正文说明，正文说明，"
	       "甲　　乙，丙。1.落实责任。要抓紧。2.加强督查。要严格。　　二、任务　　第一，抓落实。正文。　　"
	       "第二，抓作风。正文。\n"
	       "　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　\n",
	       { 1, "一、", "形势", 1 }, { 2, "1.", "落实责任", 1 }, { 2, "2.", "加强督查", 1 },
	       { 1, "二、", "任务", 1 }, { 2, "第一", "抓落实", 1 }, { 2, "第二", "抓作风", 1 });
}

static void
letter_spaced_chapter_titles(void **state)
{
	(void)state;
	/* Two ideographic spaces inside a letter-spaced chapter title
	 * (总　　则) are no paragraph break, so the contents before the body
	 * list the same chapters as the body and are no outline. */
	EXPECT("某某条例\n目　　录\n第一章　总　　则\n第二章　附　　则\n第一章　总　　则\n第一条　为了保护，制定本条例。\n"
	       "第二章　附　　则\n第二条　本条例自公布之日起施行。\n",
	       { 1, "第一章", "总　　则", 5 }, { 2, "第一条", "为了保护，制定本条例", 6 }, { 1, "第二章", "附　　则", 7 },
	       { 2, "第二条", "本条例自公布之日起施行", 8 });
}

static void
contents_with_leaders(void **state)
{
	(void)state;
	/* Lines running on in dot leaders to a page number are contents even
	 * where the body words the heading differently or runs it into a
	 * paragraph; an ellipsis ending a sentence is no leader. */
	EXPECT("某某规划\n目  录\n一、总体要求……………1\n1.坚持党的领导…………2\n【专栏1】重大项目……3\n"
	       "一、总体要求\n1.坚持党的领导。要加强领导……\n【专栏1】重大项目。建设十个。\n",
	       { 1, "一、", "总体要求", 6 }, { 2, "1.", "坚持党的领导", 7 }, { 3, "【专栏1】", "重大项目", 8 });
}

static void
bracketed_labels(void **state)
{
	(void)state;
	/* 【重点任务1】: a word and a number in black lenticular brackets
	 * number a plan's tasks and boxes, heading-only or run in. */
	EXPECT("某某规划\n一、基础教育\n【重点任务1】推进均衡发展\n正文。\n"
	       "【重点任务2】提升特殊教育能力。解决编制紧缺问题。\n二、职业教育\n【重点任务3】深化产教融合。正文。\n",
	       { 1, "一、", "基础教育", 2 }, { 2, "【重点任务1】", "推进均衡发展", 3 },
	       { 2, "【重点任务2】", "提升特殊教育能力", 5 }, { 1, "二、", "职业教育", 6 },
	       { 2, "【重点任务3】", "深化产教融合", 7 });
	/* Brackets without a number, or with a date in them, are text. */
	EXPECT("报告\n一、甲\n【字号：大 中 小】\n【新华社北京3月5日电】正文。\n二、乙\n",
	       { 1, "一、", "甲", 2 }, { 1, "二、", "乙", 5 });
}

static void
title_said_again_with_quotes(void **state)
{
	(void)state;
	/* The speaker's name on a line of its own and the document number
	 * under the title are no parts. */
	EXPECT("政府工作报告\n\n——2032年3月5日在某届全国人民代表大会第五次会议上\n\n国务院总理　\n某某某\n\n"
	       "各位代表：\n现在，我代表国务院向大会报告。\n\n一、过去一年工作回顾\n\n正文。\n",
	       { 1, "一、", "过去一年工作回顾", 11 });
	EXPECT("国务院关于印发某某改革\n实施方案的通知\n\n国发〔2032〕4号\n\n各省人民政府：\n现印发给你们。\n\n"
	       "一、总体要求\n\n正文。\n",
	       { 1, "一、", "总体要求", 9 });
	/* The title said again at the body's start, in other quotation
	 * marks, is the title, not a part above 一、. */
	EXPECT("《某市教育事业十四五发展规划》\n（征求意见稿）\n某市教育事业“十四五”发展规划\n"
	       "为推动教育发展，制订本规划。\n一、现实基础\n正文。\n二、总体要求\n正文。\n",
	       { 1, "一、", "现实基础", 5 }, { 1, "二、", "总体要求", 7 });
	/* A law database's title ends with its version in half-width
	 * brackets (某某法(2032修正)); the law's name said again over its
	 * history note is the title, not a part above the chapters. */
	EXPECT("某某保护法(2032修正)\n\n发布部门 : 某某委员会\n\n某某保护法\n"
	       "（2020年8月1日某某会议通过　2032年1月1日某某会议修正）\n\n第一章　总　　则\n\n"
	       "第一条　为了保护环境，制定本法。\n\n第二章　监督管理\n\n第二条　国家建立制度。\n",
	       { 1, "第一章", "总　　则", 8 }, { 2, "第一条", "为了保护环境，制定本法", 10 },
	       { 1, "第二章", "监督管理", 12 }, { 2, "第二条", "国家建立制度", 14 });
}

static void
more_numbering_forms(void **state)
{
	(void)state;
	/* A numeral and a space (or U+3000) before a heading line; in
	 * Markdown, the numeral alone. */
	EXPECT("论十大关系\n一 重工业和轻工业、农业的关系\n正文。\n二　沿海工业和内地工业的关系\n",
	       { 1, "一", "重工业和轻工业、农业的关系", 2 }, { 1, "二", "沿海工业和内地工业的关系", 4 });
	EXPECT("# 讲话\n## 一\n正文。\n## 二\n正文。\n", { 1, "一", "", 2 }, { 1, "二", "", 4 });
	/* A numeral, a space and a sentence is text. */
	EXPECT("标题\n一 年来我们做了很多工作，成绩显著。\n二、安排\n一、回顾\n", { 1, "一、", "回顾", 4 });
	/* Half-width (一), circled ①, and run-in 第一，/ 第一点， whose label
	 * is printed without the comma. */
	EXPECT("标题\n(一)指导思想\n①坚持党的领导\n②坚持人民至上\n(二)基本原则\n",
	       { 1, "(一)", "指导思想", 2 }, { 2, "①", "坚持党的领导", 3 }, { 2, "②", "坚持人民至上", 4 },
	       { 1, "(二)", "基本原则", 5 });
	EXPECT("标题\n一、总体部署\n第一，稳定宏观政策。继续实施。\n第二，保持平衡。我们要做。\n"
	       "二、专题\n第一点，有人问。回答。\n第二点，戒骄戒躁。\n",
	       { 1, "一、", "总体部署", 2 }, { 2, "第一", "稳定宏观政策", 3 }, { 2, "第二", "保持平衡", 4 },
	       { 1, "二、", "专题", 5 }, { 2, "第一点", "有人问", 6 }, { 2, "第二点", "戒骄戒躁", 7 });
	/* A speech whose first point has no label: 第二点 starts the run when
	 * 第三点 and 第四点 follow; a lone 第二， does not. */
	EXPECT("讲话\n我们正处在大变动的时期。这是我要讲的第一点。\n第二点：关于知识分子。正文。\n"
	       "第三点：关于改造。正文。\n第四点：关于整风。正文。\n",
	       { 1, "第二点", "关于知识分子", 3 }, { 1, "第三点", "关于改造", 4 }, { 1, "第四点", "关于整风", 5 });
	EXPECT("标题\n一、甲\n第二，这是一句话。\n", { 1, "一、", "甲", 2 });
	/* 第一、 as 一、 is written, its 、 in the label; the closing words
	 * (结束语) head a part of the top level. */
	EXPECT("政府工作报告\n（一）关于经济形势\n正文。\n（二）关于改革\n第一、必须坚持实事求是。正文。\n"
	       "第二、既要搞活经济，又要加强管理。正文。\n结束语\n各位代表，我们要努力奋斗。\n",
	       { 1, "（一）", "关于经济形势", 2 }, { 1, "（二）", "关于改革", 4 },
	       { 2, "第一、", "必须坚持实事求是", 5 }, { 2, "第二、", "既要搞活经济，又要加强管理", 6 },
	       { 1, "", "结束语", 7 });
	/* Under 第七点 the reasons 首先，第二，第三，第四， are a run of their
	 * own, 首先 its first: 第X点 and 第X， are two numberings. */
	EXPECT("讲话\n第一点，形势。正文。\n第二点，农业问题。正文。\n首先，农业关系到吃饭问题。\n"
	       "第二，农业是轻工业原料的来源。正文。\n第三，农村是重工业的市场。正文。\n第四，农业是积累的来源。正文。\n",
	       { 1, "第一点", "形势", 2 }, { 1, "第二点", "农业问题", 3 }, { 2, "首先", "农业关系到吃饭问题", 4 },
	       { 2, "第二", "农业是轻工业原料的来源", 5 },
	       { 2, "第三", "农村是重工业的市场", 6 }, { 2, "第四", "农业是积累的来源", 7 });
	/* 第二点：关于… with a colon after 点 */
	EXPECT("讲话\n同志们，今天讲几点。\n第一点：关于形势。形势很好。\n第二点：关于任务。任务很重。\n",
	       { 1, "第一点", "关于形势", 3 }, { 1, "第二点", "关于任务", 4 });
}

static void
inline_run_starts_again(void **state)
{
	(void)state;
	/* A second 一是 run in the section, here after a comma, is a run of
	 * its own: its 四是 does not go on from the first run's 三是. */
	EXPECT("标题\n一、甲\n一是抓好甲。二是抓好乙。三是抓好丙。\n另外，一是做好丁。二是做好戊。四是做好己。\n",
	       { 1, "一、", "甲", 2 }, { 2, "一是", "抓好甲", 3 }, { 2, "二是", "抓好乙", 3 },
	       { 2, "三是", "抓好丙", 3 }, { 2, "一是", "做好丁", 4 }, { 2, "二是", "做好戊", 4 });
	/* Items in the clauses of one sentence are no run. */
	EXPECT("标题\n一、甲\n争议焦点包括，一是行为是否违法，二是适用法律是否适当。\n", { 1, "一、", "甲", 2 });
}

static void
sequence_started_again(void **state)
{
	(void)state;
	/* A page pasted twice: the second 一、 starts again, as its （一）
	 * bears out. */
	EXPECT("标题\n一、回顾\n正文。\n（一）甲\n正文。\n（二）乙\n正文。\n一、回顾\n正文。\n（一）甲\n正文。\n"
	       "（二）乙\n",
	       { 1, "一、", "回顾", 2 }, { 2, "（一）", "甲", 4 }, { 2, "（二）", "乙", 6 },
	       { 1, "一、", "回顾", 8 }, { 2, "（一）", "甲", 10 }, { 2, "（二）", "乙", 12 });
	/* A stray 一、 with nothing after it that continues it is text. */
	EXPECT("标题\n一、回顾\n（一）甲\n（二）乙\n一、引自原文。\n（三）丙\n二、打算\n",
	       { 1, "一、", "回顾", 2 }, { 2, "（一）", "甲", 3 }, { 2, "（二）", "乙", 4 },
	       { 2, "（三）", "丙", 6 }, { 1, "二、", "打算", 7 });
}

static void
steps_of_a_procedure(void **state)
{
	(void)state;
	/* 第一步： 第二步 are a numbering of their own, between the part
	 * above them and the 1. below; 第一步要… in the text is none. */
	EXPECT("某某办法\n一、检查步骤\n第一步：外观检查\n1.核对编号\n2.查看封印\n第二步 通气测试\n"
	       "1.观察读数\n二、处置\n第一步要保持现场原状，及时报告。\n",
	       { 1, "一、", "检查步骤", 2 }, { 2, "第一步：", "外观检查", 3 }, { 3, "1.", "核对编号", 4 },
	       { 3, "2.", "查看封印", 5 }, { 2, "第二步", "通气测试", 6 }, { 3, "1.", "观察读数", 7 },
	       { 1, "二、", "处置", 8 });
}

static void
glossary_and_expected_items(void **state)
{
	(void)state;
	/* The glossary after the last chapter is a top-level heading; its
	 * item 6.15分钟… is item 6, not the decimal 6.15.  Each item is
	 * titled with the term before its colon. */
	EXPECT("某区规划\n第一章 发展基础\n正文。\n第二章 保障措施\n正文。\n名词解释：\n1.甲：说明。\n2.乙：说明。\n"
	       "3.丙：说明。\n4.丁：说明。\n5.戊：说明。\n6.15分钟社区生活圈：说明。\n",
	       { 1, "第一章", "发展基础", 2 }, { 1, "第二章", "保障措施", 4 }, { 1, "", "名词解释", 6 },
	       { 2, "1.", "甲", 7 }, { 2, "2.", "乙", 8 }, { 2, "3.", "丙", 9 },
	       { 2, "4.", "丁", 10 }, { 2, "5.", "戊", 11 }, { 2, "6.", "15分钟社区生活圈", 12 });
	/* Letter-spaced, its colon spaced off: the words are found before
	 * the colon and the spaces after them. */
	EXPECT("某区规划\n第一章 发展基础\n正文。\n第二章 保障措施\n正文。\n名 词 解 释 ：\n1.甲：说明。\n",
	       { 1, "第一章", "发展基础", 2 }, { 1, "第二章", "保障措施", 4 },
	       { 1, "", "名 词 解 释", 6 }, { 2, "1.", "甲", 7 });
	/* Without an item 5 before it, 6.15 is no item; nor is a table cell
	 * 4.42 after item 3. */
	EXPECT("标题\n一、概况\n6.15亿元投资完成。\n", { 1, "一、", "概况", 2 });
	EXPECT("标题\n1.甲。\n2.乙。\n3.丙。\n4.42\n", { 1, "1.", "甲", 2 }, { 1, "2.", "乙", 3 },
	       { 1, "3.", "丙", 4 });
	/* Items whose titles are dates (1.9月30日前…): no month is a
	 * fraction, so the first is item 1 too; a decimal before 个月 or a
	 * month past 12 is a number. */
	EXPECT("某某方案\n一、工作安排\n1.9月30日前，完成摸底排查工作。\n2.11月30日前，完成整改工作。\n"
	       "二、工作要求\n1.5个月内完成。\n3.13月份的数据。\n",
	       { 1, "一、", "工作安排", 2 }, { 2, "1.", "9月30日前，完成摸底排查工作", 3 },
	       { 2, "2.", "11月30日前，完成整改工作", 4 }, { 1, "二、", "工作要求", 5 });
}

static void
lists_of_things(void **state)
{
	(void)state;
	/* A run of long （1） items, one phrase each and no text under any,
	 * lists the materials to hand in: the text of 1., not its sections. */
	EXPECT("标题\n一、办理流程\n1.提交材料\n（1）《小型建设工程项目申报流转表》（提交一份）；\n"
	       "（2）建设单位营业执照副本及有关证明复印件（提交一份）；\n（3）预算书（提交一份）。\n"
	       "2.办理时限\n五个工作日内办结。\n",
	       { 1, "一、", "办理流程", 2 }, { 2, "1.", "提交材料", 3 }, { 2, "2.", "办理时限", 7 });
	/* Short titles are headings even with nothing under them, and so are
	 * items with their text run in after the title. */
	EXPECT("标题\n1.措施\n（1）加强学习\n（2）改进作风\n",
	       { 1, "1.", "措施", 2 }, { 2, "（1）", "加强学习", 3 }, { 2, "（2）", "改进作风", 4 });
	EXPECT("标题\n1.措施\n（1）加强政治理论学习。组织干部职工每月集中学习两次以上，全年不少于二十次。\n"
	       "（2）持续改进工作作风。深入基层调查研究，切实解决群众反映强烈的突出问题。\n",
	       { 1, "1.", "措施", 2 }, { 2, "（1）", "加强政治理论学习", 3 }, { 2, "（2）", "持续改进工作作风", 4 });
	/* A short title closed by a colon (either form) runs in as one
	 * closed by 。 does; a colon after a long clause gives no title. */
	EXPECT("某单位工作方案\n一、职责分工\n（1）统筹协调：负责召集联席会议，通报各单位工作进展情况。\n"
	       "（2）技术支持:负责提供检测设备，组织开展业务培训和现场指导。\n"
	       "（3）监督考核：按季度考核各单位工作开展情况，结果纳入年度考评。\n",
	       { 1, "一、", "职责分工", 2 }, { 2, "（1）", "统筹协调", 3 }, { 2, "（2）", "技术支持", 4 },
	       { 2, "（3）", "监督考核", 5 });
	/* Items that are each a sentence closed by 。 are the points of a
	 * procedure, not a list of things. */
	EXPECT("某某办法\n一、信息核对\n（1）核对现场计量表具的型号是否与档案一致。\n"
	       "（2）进行表数、抄表记录、购气记录的三方数据核对。\n（3）核对表具的检定合格证是否在有效期内。\n"
	       "二、外观检查\n",
	       { 1, "一、", "信息核对", 2 }, { 2, "（1）", "核对现场计量表具的型号是否与档案一致", 3 },
	       { 2, "（2）", "进行表数、抄表记录、购气记录的三方数据核对", 4 },
	       { 2, "（3）", "核对表具的检定合格证是否在有效期内", 5 }, { 1, "二、", "外观检查", 6 });
	EXPECT("某单位工作方案\n一、形势\n（1）有人问：形势究竟怎么样？\n（2）也有人说：形势很好。\n",
	       { 1, "一、", "形势", 2 }, { 2, "（1）", "有人问：形势究竟怎么样", 3 },
	       { 2, "（2）", "也有人说：形势很好", 4 });
	EXPECT("某单位工作方案\n一、提交材料\n（1）申请单位的营业执照副本复印件以及法定代表人身份证明：一份；\n"
	       "（2）项目建设单位出具的工程预算书和资金来源证明材料：一份。\n",
	       { 1, "一、", "提交材料", 2 });
}

static void
items_of_an_article(void **state)
{
	(void)state;
	/* The items of an article are its text, however they end. */
	EXPECT("某某条例\n第一章 附则\n第一条 本条例下列用语的含义：\n（一）中心城是指本市的中心。\n"
	       "（二）郊区是指中心城以外的区域。\n第二条 本条例自公布之日起施行。\n",
	       { 1, "第一章", "附则", 2 }, { 2, "第一条", "本条例下列用语的含义", 3 },
	       { 2, "第二条", "本条例自公布之日起施行", 6 });
}

/* The same read from Markdown: "### 第一条 …" is an article too, a
 * contents line may name a '#' heading, and text right under a '#'
 * heading runs on from it (no lead). */
static void
markdown_as_the_text(void **state)
{
	(void)state;
	EXPECT("# 某某条例\n\n目录\n第一章 总则\n第二章 附则\n\n# 第一章 总则\n\n## 第一条 本条例下列用语的含义\n\n"
	       "（一）中心城是指本市的中心。\n\n（二）郊区是指中心城以外的区域。\n\n# 第二章 附则\n\n"
	       "## 第二条 本条例自公布之日起施行\n",
	       { 1, "第一章", "总则", 7 }, { 2, "第一条", "本条例下列用语的含义", 9 },
	       { 1, "第二章", "附则", 15 }, { 2, "第二条", "本条例自公布之日起施行", 17 });
	EXPECT("# 报告\n\n# 一、回顾\n\n## （一）深化体制改革\n农村综合改革试点继续推进。国有银行改革取得重要进展。\n\n"
	       "我们积极应对新情况新问题。调整出口退税政策。\n",
	       { 1, "一、", "回顾", 3 }, { 2, "（一）", "深化体制改革", 5 });
	/* With a blank line between, the same two paragraphs are a run of
	 * leads. */
	EXPECT("# 报告\n\n# 一、回顾\n\n## （一）深化体制改革\n\n农村综合改革试点继续推进。国有银行改革取得重要进展。\n\n"
	       "我们积极应对新情况新问题。调整出口退税政策。\n",
	       { 1, "一、", "回顾", 3 }, { 2, "（一）", "深化体制改革", 5 },
	       { 3, "", "农村综合改革试点继续推进", 7 }, { 3, "", "我们积极应对新情况新问题", 9 });
}

/* A converter's '#' marks do not follow the numbering: the label in a
 * Markdown heading's text is read (一是 too), and a heading whose label
 * goes on a sequence open elsewhere (### 三是 after 一是 and 二是 in the
 * text, #### （四） after ### （三）), or opens one of a style seen only
 * under its sibling's (### 一是 beside ### （三）), takes that sequence's
 * depth, not its '#' count.  Without such a sequence the '#' count holds. */
static void
markdown_labels_over_hashes(void **state)
{
	(void)state;
	EXPECT("# 总结\n\n## 一、做法\n\n### （一）宣传。\n\n一是办好专栏。正文。\n\n二是用好媒体。正文。\n\n"
	       "### 三是开展培训。\n正文。\n\n### （二）办理。\n\n#### 一是压实责任。\n正文。\n\n### （三）监督。\n\n"
	       "### 一是日常检查。\n正文。\n\n### 二是年终考核。\n正文。\n\n#### （四）培训。\n\n## 二、打算\n",
	       { 1, "一、", "做法", 3 }, { 2, "（一）", "宣传。", 5 }, { 3, "一是", "办好专栏", 7 },
	       { 3, "二是", "用好媒体", 9 }, { 3, "三是", "开展培训", 11 }, { 2, "（二）", "办理。", 14 },
	       { 3, "一是", "压实责任。", 16 }, { 2, "（三）", "监督。", 19 }, { 3, "一是", "日常检查。", 21 },
	       { 3, "二是", "年终考核。", 24 }, { 2, "（四）", "培训。", 27 }, { 1, "二、", "打算", 29 });
	EXPECT("# 总结\n\n## 一、甲\n\n### （一）乙\n\n### 一是丙\n\n## 二、丁\n",
	       { 1, "一、", "甲", 3 }, { 2, "（一）", "乙", 5 }, { 2, "一是", "丙", 7 }, { 1, "二、", "丁", 9 });
}

/* A line with no '#' whose label is the next of a sequence of Markdown
 * headings open above it is their sibling: 二是 after #### 一是, the
 * run-in （三） after ### （二）, 三、 after ## 二、.  A label that is not
 * the next (五、) is text. */
static void
plain_lines_go_on_markdown_sequences(void **state)
{
	(void)state;
	EXPECT("# 报告\n\n## 一、甲\n\n### （一）乙\n\n正文。\n\n### （二）丙\n\n#### 一是压实责任。\n正文。\n\n"
	       "二是加强沟通。与群众沟通。\n\n（三）丁。正文内容。\n\n## 二、戊\n\n三、其他事项\n\n正文。\n\n五、不是标题\n",
	       { 1, "一、", "甲", 3 }, { 2, "（一）", "乙", 5 }, { 2, "（二）", "丙", 9 },
	       { 3, "一是", "压实责任。", 11 }, { 3, "二是", "加强沟通", 14 }, { 2, "（三）", "丁", 16 },
	       { 1, "二、", "戊", 18 }, { 1, "三、", "其他事项", 20 });
}

/* --section's SPEC: a number, or a path of labels, folded. */
static void
sections_by_spec(void **state)
{
	struct doc *doc = unit_load("标题\n一、总体要求\n（一）指导思想\n正文。\n（二）基本原则\n正文。\n"
				    "二、主要任务\n（一）推进改革\n正文。\n", NULL);
	struct outline *o = NULL;
	const struct outline_node *n;
	size_t count;

	(void)state;
	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->count, 5);
	n = outline_find(o, "3", &count);
	assert_non_null(n);
	assert_string_equal(n->title, "基本原则");
	assert_ptr_equal(outline_find(o, "§3", &count), n);
	assert_ptr_equal(outline_find(o, "一、/（二）", &count), n);
	assert_int_equal(count, 1);
	assert_ptr_equal(outline_find(o, "一/(二)", &count), n);
	assert_ptr_equal(outline_find(o, "（二）", &count), n);
	assert_ptr_equal(outline_find(o, "基本原则", &count), n);
	n = outline_find(o, "（一）", &count);
	assert_int_equal(count, 2);
	assert_string_equal(n->title, "指导思想");
	n = outline_find(o, "二、/（一）", &count);
	assert_int_equal(count, 1);
	assert_string_equal(n->title, "推进改革");
	assert_null(outline_find(o, "6", &count));
	assert_int_equal(count, 0);
	assert_null(outline_find(o, "三、", &count));
	assert_null(outline_find(o, "（二）/一、", &count));
	assert_true(outline_spec_valid("三、"));
	assert_true(outline_spec_valid("§12"));
	assert_true(outline_spec_valid("一、/（二）/1."));
	assert_false(outline_spec_valid(""));
	assert_false(outline_spec_valid("0"));
	assert_false(outline_spec_valid("一、//（二）"));
	assert_false(outline_spec_valid("/三、"));
	assert_false(outline_spec_valid("三、/"));
	outline_free(o);
	doc_free(doc);
}

/* Builds the outline of TEXT (LINES lines, ending in a newline) and of
 * TEXT written twice over, as a web page may repeat a report: the second
 * copy gets the rows the first gets, and both the rows TEXT gets alone. */
static void
expect_copies_alike(const char *text, uint32_t lines)
{
	size_t n = strlen(text);
	char *twice = malloc(2 * n + 1);
	struct doc *one, *two;
	struct outline *o1 = NULL, *o2 = NULL;

	assert_non_null(twice);
	memcpy(twice, text, n);
	memcpy(twice + n, text, n + 1);
	one = unit_load(text, NULL);
	two = unit_load(twice, NULL);
	assert_int_equal(outline_build(one, &o1), BG_OK);
	assert_int_equal(outline_build(two, &o2), BG_OK);
	/* (the second copy's title may be a row of the first copy's) */
	assert_true(o2->count >= 2 * o1->count);
	for (size_t i = 0; i < o1->count; i++) {
		const struct outline_node *a = o1->nodes[i], *first = o2->nodes[i],
					  *second = o2->nodes[o2->count - o1->count + i];
		if (strcmp(a->title, first->title) != 0 || strcmp(a->title, second->title) != 0)
			print_error("row %zu: %s alone, %s in the first copy, %s in the second\n", i, a->title,
				    first->title, second->title);
		assert_string_equal(a->title, first->title);
		assert_string_equal(a->title, second->title);
		assert_int_equal(a->line, first->line);
		assert_int_equal(a->line + lines, second->line);
		assert_string_equal(a->label, second->label);
	}
	outline_free(o1);
	outline_free(o2);
	doc_free(one);
	doc_free(two);
	free(twice);
}

/* A lone lead is judged by the whole report: one under a （n） before
 * the report's first run of leads under a （n） is a lead as one after
 * it is, and a report that holds the same text twice gets the same rows
 * in both copies. */
static void
lone_lead_anywhere(void **state)
{
	/* (paragraphs a blank line apart, as a page sets them: lines of
	 * like widths one after the other read as hard-wrapped) */
	static const char report[] =
		"政府工作报告\n\n一、过去五年\n\n（一）推进科技创新\n\n发展科技，是实现现代化的根本。正文。\n\n"
		"较大幅度地增加科技投入。正文。\n\n全面深化科技体制改革，积极推进科技与经济结合。正文。\n\n"
		"（二）转变政府职能\n\n建立市场经济体制，必须实行政企分开。正文。\n\n本届政府十分重视作风建设。正文。\n\n"
		"二、今年工作\n\n（一）扩大国内需求\n\n努力扩大消费需求。正文。\n\n保持投资较快增长。正文。\n\n"
		"（二）促进农业发展\n\n正文。\n\n";

	(void)state;
	EXPECT(report, { 1, "一、", "过去五年", 3 }, { 2, "（一）", "推进科技创新", 5 },
	       { 3, "", "较大幅度地增加科技投入", 9 }, { 2, "（二）", "转变政府职能", 13 },
	       { 1, "二、", "今年工作", 19 }, { 2, "（一）", "扩大国内需求", 21 },
	       { 3, "", "努力扩大消费需求", 23 }, { 3, "", "保持投资较快增长", 25 },
	       { 2, "（二）", "促进农业发展", 27 });
	expect_copies_alike(report, 30);
	/* Runs of leads under the report's 一、 say nothing of its （n）. */
	EXPECT("政府工作报告\n一、今年工作\n促进消费升级。正文。\n扩大有效投资。正文。\n二、深化改革\n"
	       "（一）要素市场\n积极发展要素市场。正文。\n",
	       { 1, "一、", "今年工作", 2 }, { 2, "", "促进消费升级", 3 }, { 2, "", "扩大有效投资", 4 },
	       { 1, "二、", "深化改革", 5 }, { 2, "（一）", "要素市场", 6 });
	/* Nor do runs of leads after an item 一是 that opens a paragraph:
	 * they are the item's, under it. */
	EXPECT("政府工作报告\n一、今年工作\n（一）扩大内需\n一是促进消费。正文。\n促进消费升级。正文。\n"
	       "扩大有效投资。正文。\n二是扩大投资。正文。\n（二）深化改革\n积极发展要素市场。正文。\n",
	       { 1, "一、", "今年工作", 2 }, { 2, "（一）", "扩大内需", 3 }, { 3, "一是", "促进消费", 4 },
	       { 4, "", "促进消费升级", 5 }, { 4, "", "扩大有效投资", 6 },
	       { 3, "二是", "扩大投资", 7 }, { 2, "（二）", "深化改革", 8 });
}

/* A lone lead names a task: a sentence that names who acts (本届政府,
 * 我们, 这些) or says how much something is so (十分, 非常, 很) tells of
 * it; 十分之一 is a fraction, no degree. */
static void
lone_lead_names_a_task(void **state)
{
	(void)state;
	EXPECT("政府工作报告\n一、今年工作\n（一）扩大内需\n促进消费升级。正文。\n扩大有效投资。正文。\n"
	       "（二）转变职能\n本届政府十分重视作风建设。正文。\n（三）改进作风\n我们狠抓作风建设。正文。\n"
	       "（四）节约能源\n各地非常重视节能。正文。\n（五）降低能耗\n单位能耗降低十分之一。正文。\n",
	       { 1, "一、", "今年工作", 2 }, { 2, "（一）", "扩大内需", 3 }, { 3, "", "促进消费升级", 4 },
	       { 3, "", "扩大有效投资", 5 }, { 2, "（二）", "转变职能", 6 }, { 2, "（三）", "改进作风", 8 },
	       { 2, "（四）", "节约能源", 10 }, { 2, "（五）", "降低能耗", 12 },
	       { 3, "", "单位能耗降低十分之一", 13 });
}

/* A lone lead in a report's review may name what was achieved, a subject
 * and 取得…进展 (城区供水管网改造工程取得突破性进展。): longer than a task's
 * few words, it is a lead all the same; a statement as long without the
 * 取得 of an achievement (…全面进入收尾阶段。) is a topic sentence, and so
 * is one with 的 or a comma. */
static void
lone_lead_names_an_achievement(void **state)
{
	(void)state;
	/* (paragraphs a blank line apart, as a page sets them) */
	EXPECT("政府工作报告\n\n一、去年工作回顾\n\n（一）经济发展取得新成就\n\n商贸流通不断扩大。正文。\n\n"
	       "工业经济稳步增长。正文。\n\n（二）城市建设取得新进展\n\n城区供水管网改造工程取得突破性进展。正文。\n\n"
	       "（三）生态建设取得新成效\n\n城区供水管网改造工程全面进入收尾阶段。正文。\n\n"
	       "（四）民生事业取得新进步\n\n全区上下共同努力取得的民生成绩来之不易。正文。\n\n"
	       "（五）社会事业取得新发展\n\n面对困难，城区教育卫生事业取得新进展。正文。\n",
	       { 1, "一、", "去年工作回顾", 3 }, { 2, "（一）", "经济发展取得新成就", 5 },
	       { 3, "", "商贸流通不断扩大", 7 }, { 3, "", "工业经济稳步增长", 9 },
	       { 2, "（二）", "城市建设取得新进展", 11 }, { 3, "", "城区供水管网改造工程取得突破性进展", 13 },
	       { 2, "（三）", "生态建设取得新成效", 15 }, { 2, "（四）", "民生事业取得新进步", 19 },
	       { 2, "（五）", "社会事业取得新发展", 23 });
}

static void
run_in_leads(void **state)
{
	(void)state;
	/* A run of paragraphs that open with a short lead sentence are
	 * headings one level below their heading (under a 一是 that opens a
	 * paragraph too, the first of its run as the later ones); a lone
	 * topic sentence and a —— bullet are not. */
	EXPECT("政府工作报告\n一、今年工作\n改革是发展的动力。必须坚定不移推进，不断取得成效。\n"
	       "（一）扩大国内需求，推动经济增长。\n促进消费扩容升级。开展以旧换新，激发活力。\n"
	       "持续扩大有效投资。加强项目建设，优化结构。\n——坚持人民至上。我们要做到，不断改进。\n"
	       "——坚持系统观念。我们要做到，不断改进。\n二、去年回顾\n一是稳住增长。我们采取了措施。\n"
	       "加强财政政策。财政赤字率合理，支出增长。\n扩大金融支持。信贷增长，利率下降。\n二是推进改革。我们做了。\n",
	       { 1, "一、", "今年工作", 2 }, { 2, "（一）", "扩大国内需求，推动经济增长", 4 }, { 3, "", "促进消费扩容升级", 5 },
	       { 3, "", "持续扩大有效投资", 6 }, { 1, "二、", "去年回顾", 9 }, { 2, "一是", "稳住增长", 10 },
	       { 3, "", "加强财政政策", 11 }, { 3, "", "扩大金融支持", 12 }, { 2, "二是", "推进改革", 13 });
	/* The paragraphs of a law's article are its clauses (款): their
	 * first sentences are rules, no leads. */
	EXPECT("某某条例\n第一条 城乡规划工作实行统一领导。\n市人民政府领导全市规划工作。区人民政府负责本区规划。\n"
	       "市规划部门负责管理工作。区规划部门按照权限负责。\n第二条 市人民政府设立规划委员会。\n",
	       { 1, "第一条", "城乡规划工作实行统一领导", 2 }, { 1, "第二条", "市人民政府设立规划委员会", 5 });
	/* Sentences that report a count (全州拥有卫生机构3845个。) state
	 * facts, as a statistical bulletin's paragraphs open: no leads. */
	EXPECT("统计公报\n一、卫生\n年末全州拥有卫生机构3845个。其中医院120个。\n"
	       "全年出生人口12.5万人。出生率下降。\n二、教育\n",
	       { 1, "一、", "卫生", 2 }, { 1, "二、", "教育", 5 });
	/* nor do a decimal or a percentage of one digit (下降0.1%。) */
	EXPECT("统计公报\n一、价格\n全年居民消费价格下降0.1%。其中食品价格上涨。\n"
	       "全年工业生产者价格上涨2%。其中原材料价格上涨。\n二、教育\n",
	       { 1, "一、", "价格", 2 }, { 1, "二、", "教育", 5 });
	/* A lead may count the tasks it names (继续办好10件惠民实事。: a
	 * verb of doing, the count, its measure word, what is counted): a
	 * task, no figure reported, beside leads without numbers. */
	EXPECT("政府工作报告\n一、今年工作\n完善社会治理体系。加强基层治理，化解矛盾。\n"
	       "继续办好10件惠民实事。做好参事工作，办好实事。\n二、其他\n",
	       { 1, "一、", "今年工作", 2 }, { 2, "", "完善社会治理体系", 3 }, { 2, "", "继续办好10件惠民实事", 4 },
	       { 1, "二、", "其他", 5 });
	/* The same count after what it measures is a figure reported
	 * (全市共有示范区15个。): no lead. */
	EXPECT("政府工作报告\n一、今年工作\n完善社会治理体系。加强基层治理，化解矛盾。\n"
	       "全市共有示范区15个。其中国家级3个。\n二、其他\n",
	       { 1, "一、", "今年工作", 2 }, { 1, "二、", "其他", 5 });
	/* nor a comparison with the year before worded without a number
	 * (与上年同期持平。), beside a short first sentence */
	EXPECT("统计公报\n一、价格\n全年居民消费价格与上年同期持平。其中食品价格下降。\n"
	       "新产业加快发展。高技术制造业增长较快。\n二、教育\n",
	       { 1, "一、", "价格", 2 }, { 1, "二、", "教育", 5 });
	/* The first paragraph under a heading alone on its line that opens
	 * with a judgement (改革是今年的首要任务。) introduces the section:
	 * no lead; the leads after it are. */
	EXPECT("政府工作报告\n一、今年工作\n（一）推动改革取得新突破\n改革是今年政府工作的首要任务。要深化改革。\n"
	       "深入推进行政体制改革。正文。\n加强事中事后监管。正文。\n",
	       { 1, "一、", "今年工作", 2 }, { 2, "（一）", "推动改革取得新突破", 3 },
	       { 3, "", "深入推进行政体制改革", 5 }, { 3, "", "加强事中事后监管", 6 });
	/* Two-clause leads of two balanced clauses (坚持依法行政，规范权力
	 * 运行。) opening with the same two characters are leads; clauses of
	 * unequal length opening so are not. */
	EXPECT("政府工作报告\n一、加强政府自身建设\n坚持依法行政，规范权力运行。正文。\n"
	       "坚持效率优先，打造数字政务。正文。\n二、其他\n我们认为，这件事情很重要。正文。\n"
	       "我们知道，困难还有不少需要克服。正文。\n",
	       { 1, "一、", "加强政府自身建设", 2 }, { 2, "", "坚持依法行政，规范权力运行", 3 },
	       { 2, "", "坚持效率优先，打造数字政务", 4 }, { 1, "二、", "其他", 5 });
	/* A sentence that says what the period's task is (今后五年的中心
	 * 任务是…。) introduces the targets after it: no lead beside the
	 * short lead that follows. */
	EXPECT("政府工作报告\n一、今后五年的目标\n今后五年的中心任务是加快发展、富民强省。我们要实现以下目标：\n"
	       "经济实力再上一个台阶。结构调整取得进展。\n",
	       { 1, "一、", "今后五年的目标", 2 });
	/* Three two-clause leads one after another (推进某某改革，完善某某
	 * 结构。) are leads by the run they make, whatever verbs they open
	 * with; two such paragraphs opening apart are not. */
	EXPECT("政府工作报告\n一、今年工作\n（一）深化经济体制改革\n推进企业改革，完善所有制结构。正文。\n"
	       "深化财税改革，加快公共财政建设。正文。\n加快金融改革，加强金融监管。正文。\n"
	       "二、其他\n我们认为，这件事情很重要。正文。\n大家知道，困难还有不少。正文。\n",
	       { 1, "一、", "今年工作", 2 }, { 2, "（一）", "深化经济体制改革", 3 },
	       { 3, "", "推进企业改革，完善所有制结构", 4 }, { 3, "", "深化财税改革，加快公共财政建设", 5 },
	       { 3, "", "加快金融改革，加强金融监管", 6 }, { 1, "二、", "其他", 7 });
	/* Leads of three characters side by side (抓一产。 提二产。 促三产。)
	 * are a run; a lone short sentence (要实干。) is no lead. */
	EXPECT("政府工作报告\n一、去年工作\n（一）产业结构不断优化\n\n抓一产。农业园区建成。\n\n"
	       "提二产。企业技术改造。\n\n（二）作风持续转变\n\n要实干。干部转变作风。\n",
	       { 1, "一、", "去年工作", 2 }, { 2, "（一）", "产业结构不断优化", 3 }, { 3, "", "抓一产", 5 },
	       { 3, "", "提二产", 7 }, { 2, "（二）", "作风持续转变", 9 });
	/* Digits inside quotation marks name a program (以新一轮“3个100万”
	 * 为抓手…。): no count, the lead is one. */
	EXPECT("政府工作报告\n一、今年工作\n（一）推进城乡融合\n以新一轮“3个100万”为抓手推进新型城镇化。正文。\n"
	       "加快发展壮大县域经济。正文。\n",
	       { 1, "一、", "今年工作", 2 }, { 2, "（一）", "推进城乡融合", 3 },
	       { 3, "", "以新一轮“3个100万”为抓手推进新型城镇化", 4 }, { 3, "", "加快发展壮大县域经济", 5 });
	/* Once 二是 has made the 一是 paragraphs a run, a run of leads after
	 * one of them is under it. */
	EXPECT("政府工作报告\n一、去年回顾\n一是稳住增长。我们采取了措施。\n二是推进改革。我们做了很多。\n"
	       "深化财税改革。预算制度改革，税制改革。\n扩大对外开放。新设试验区，外资增长。\n三是改善民生。我们做了。\n",
	       { 1, "一、", "去年回顾", 2 }, { 2, "一是", "稳住增长", 3 }, { 2, "二是", "推进改革", 4 },
	       { 3, "", "深化财税改革", 5 }, { 3, "", "扩大对外开放", 6 }, { 2, "三是", "改善民生", 7 });
	/* A numbered heading after a run of leads closes them: the （一）
	 * after the section's second opening sentence is under 一、.  The
	 * sentences that judge the period reviewed (过去的五年极不寻常。
	 * 刚刚过去的一年很不平凡。) open the section and are no leads. */
	EXPECT("政府工作报告\n\n一、工作回顾\n\n过去的五年极不寻常。我们经受住了考验。\n\n"
	       "综合实力稳步提升。生产总值增长，收入增加。\n\n"
	       "产业转型提质增效。新兴产业壮大，结构优化。\n\n刚刚过去的一年很不平凡。我们做了很多。\n\n"
	       "（一）稳就业稳企业。面对困难，我们采取措施。\n\n（二）强治理防风险。突出党建引领。\n",
	       { 1, "一、", "工作回顾", 3 }, { 2, "", "综合实力稳步提升", 7 }, { 2, "", "产业转型提质增效", 9 },
	       { 2, "（一）", "稳就业稳企业", 13 }, { 2, "（二）", "强治理防风险", 15 });
	/* A lead may run to thirty characters (加快促进重点产业、重点产品、
	 * 重点集群、重点企业跨越式发展。); a longer first sentence is text. */
	EXPECT("政府工作报告\n一、今年工作\n（一）推动产业发展\n加快促进重点产业、重点产品、重点集群、重点企业跨越式发展。正文。\n"
	       "加快培育壮大新型专门经济形态。正文。\n"
	       "我们要在新的起点上坚定不移地推动全省经济社会高质量发展迈上新台阶取得更大成效。正文。\n",
	       { 1, "一、", "今年工作", 2 }, { 2, "（一）", "推动产业发展", 3 },
	       { 3, "", "加快促进重点产业、重点产品、重点集群、重点企业跨越式发展", 4 },
	       { 3, "", "加快培育壮大新型专门经济形态", 5 });
	/* A second clause that singles out a part of the task (特别是…)
	 * keeps a lead one; a sentence that tells what happened (了, 多少)
	 * is none. */
	EXPECT("政府工作报告\n一、今年工作\n（一）改善民生\n继续增加居民收入，特别是低收入者收入。正文。\n"
	       "加快社会保障建设。正文。\n大家挨了多少批评。正文。\n",
	       { 1, "一、", "今年工作", 2 }, { 2, "（一）", "改善民生", 3 },
	       { 3, "", "继续增加居民收入，特别是低收入者收入", 4 }, { 3, "", "加快社会保障建设", 5 });
	/* Two-clause leads that open the same way (立足于X，做Y。) are leads;
	 * paragraphs that open in parallel on a time (这一年，…) are not. */
	EXPECT("政府工作报告\n一、今年工作\n（一）壮大实体经济\n立足于生态优势，发展旅游产业。正文。\n"
	       "立足于区位优势，发展现代服务业。正文。\n（二）回顾\n这一年，重大工程顺利开工。正文。\n"
	       "这一年，灾后重建取得胜利。正文。\n",
	       { 1, "一、", "今年工作", 2 }, { 2, "（一）", "壮大实体经济", 3 },
	       { 3, "", "立足于生态优势，发展旅游产业", 4 }, { 3, "", "立足于区位优势，发展现代服务业", 5 },
	       { 2, "（二）", "回顾", 6 });
	/* Where the report sets runs of leads under its （n）, the one lead
	 * of another （n） is one too; a topic sentence with 是, an
	 * exhortation (一定要) and a lone lead in a report with no runs are
	 * not. */
	EXPECT("政府工作报告\n一、今年工作\n（一）扩大内需\n促进消费升级。正文。\n扩大有效投资。正文。\n"
	       "（二）深化改革\n积极发展要素市场。正文。\n今年，我们要做好工作。\n"
	       "（三）改善民生\n民生是最大的政治。正文。\n（四）重视农业\n全党一定要重视农业。正文。\n",
	       { 1, "一、", "今年工作", 2 }, { 2, "（一）", "扩大内需", 3 }, { 3, "", "促进消费升级", 4 },
	       { 3, "", "扩大有效投资", 5 }, { 2, "（二）", "深化改革", 6 }, { 3, "", "积极发展要素市场", 7 },
	       { 2, "（三）", "改善民生", 9 }, { 2, "（四）", "重视农业", 11 });
	EXPECT("政府工作报告\n一、今年工作\n（一）深化改革\n积极发展要素市场。正文。\n今年，我们要做好工作。\n",
	       { 1, "一、", "今年工作", 2 }, { 2, "（一）", "深化改革", 3 });
	/* A run of leads goes on past a paragraph that opens otherwise (a
	 * long sentence with a comma) to a short task right after it. */
	EXPECT("政府工作报告\n一、今年工作\n（一）扩大国内需求\n保持经济发展的良好势头，是做好各项工作的基础。正文。\n"
	       "努力扩大消费需求。正文。\n保持投资较快增长。正文。\n"
	       "在继续防范和化解金融风险的同时，加大金融对经济发展的支持力度。正文。\n"
	       "认真做好财税工作。正文。\n（二）促进农业发展\n正文。\n",
	       { 1, "一、", "今年工作", 2 }, { 2, "（一）", "扩大国内需求", 3 }, { 3, "", "努力扩大消费需求", 5 },
	       { 3, "", "保持投资较快增长", 6 }, { 3, "", "认真做好财税工作", 8 }, { 2, "（二）", "促进农业发展", 9 });
	/* Under a part announced by a bare numeral, a speech's statements. */
	EXPECT("讲话\n一\n要抓报纸。报纸要办好，要有人管。\n要讲团结。团结才有力量，才能胜利。\n",
	       { 1, "一", "", 2 });
}

static void
own_line_leads(void **state)
{
	(void)state;
	/* Leads set on lines of their own, each followed by a longer
	 * paragraph, are headings when a sibling of the same form stands one
	 * paragraph away; a lone short sentence is not. */
	EXPECT("政府工作报告\n一、去年回顾\n过去一年成绩来之不易，我们做了很多工作。\n产业加快转型。\n"
	       "坚持有所为、有所不为，新兴产业不断壮大，结构持续优化。\n民生持续改善。\n"
	       "坚持把改善民生作为出发点和落脚点，办好民生实事，群众得到实惠。\n二、今年工作\n"
	       "形势依然复杂。\n我们要坚定信心，迎难而上，推动经济持续向好，确保完成全年目标。\n",
	       { 1, "一、", "去年回顾", 2 }, { 2, "", "产业加快转型", 4 }, { 2, "", "民生持续改善", 6 },
	       { 1, "二、", "今年工作", 8 });
	/* Two clauses on their own lines, in parallel on the same verb two
	 * paragraphs apart, longer than a run-in pair may be: leads too. */
	EXPECT("政府工作报告\n一、主要任务\n实现目标，必须做到三个聚焦：\n"
	       "聚焦对外开放，高标准建设开放型经济新体制。\n"
	       "稳步扩大规则、规制、管理、标准等制度型开放，打造国际一流营商环境，提升贸易投资便利化水平，"
	       "推动货物贸易优化升级，创新发展服务贸易。\n"
	       "聚焦高质量发展，打造具有本地特色和比较优势的现代化产业体系。\n"
	       "坚持智能化、绿色化、融合化方向，发挥比较优势，做强做优做大主导产业，培育壮大新兴产业，"
	       "前瞻布局未来产业，加快建设现代化产业体系。\n"
	       "聚焦民生福祉，增强人民群众获得感。\n"
	       "坚持以人民为中心的发展思想，把更多资金资源投资于人、服务于民生，办好民生实事，"
	       "解决好群众急难愁盼问题，不断增强人民群众获得感。\n",
	       { 1, "一、", "主要任务", 2 }, { 2, "", "聚焦对外开放，高标准建设开放型经济新体制", 4 },
	       { 2, "", "聚焦高质量发展，打造具有本地特色和比较优势的现代化产业体系", 6 },
	       { 2, "", "聚焦民生福祉，增强人民群众获得感", 8 });
	/* A series of lines alone over their paragraphs that open with the
	 * same clause word for word, three clauses or not: leads. */
	EXPECT("政府工作报告\n一、工作回顾\n过去一年，我们做了大量工作。\n"
	       "这一年，我们埋头苦干、攻坚克难，重大改革落地见效。\n"
	       "重点领域改革全面推进，营商环境持续优化，经营主体活力不断增强，一批制度创新成果复制推广，"
	       "改革红利持续释放。\n"
	       "这一年，我们精心呵护、系统治理，生态优势持续巩固。\n"
	       "空气质量优良天数比例保持高位，地表水和近岸海域水质持续改善，生态保护修复工程扎实推进，"
	       "绿色发展底色更加鲜明。\n",
	       { 1, "一、", "工作回顾", 2 }, { 2, "", "这一年，我们埋头苦干、攻坚克难，重大改革落地见效", 4 },
	       { 2, "", "这一年，我们精心呵护、系统治理，生态优势持续巩固", 6 });
	/* Sentences that open the same way, each over leads on their own
	 * lines, group them: a level above the leads.  The same sentences
	 * over paragraphs of text alone head nothing. */
	EXPECT("政府工作报告\n一、工作回顾\n"
	       "五年来，我们坚定不移深化改革开放，在推进高水平开放中塑造新优势。\n"
	       "重点领域改革全面推进，营商环境持续优化，经营主体活力不断增强。\n"
	       "开放水平大幅提升。\n"
	       "货物贸易和服务贸易较快增长，外资企业加快集聚，经济外向度显著提升，开放平台能级不断提高，"
	       "一批开放型经济新体制试点经验在全国复制推广。\n"
	       "风险防控扎实有效。\n"
	       "健全风险防控体系，守住了不发生系统性风险的底线。\n"
	       "五年来，我们坚定不移推进科技创新，在打造新质生产力中迈出新步伐。\n"
	       "新增一批高校和科研平台，研发经费投入持续较快增长，人才队伍不断壮大，科技成果转化更加活跃，"
	       "创新生态持续优化。\n"
	       "创新能级显著提升。\n"
	       "一批重大科技基础设施建成运行，关键核心技术攻关取得突破。\n"
	       "创新主体加快壮大。\n"
	       "高新技术企业数量稳步增加，科技型中小企业蓬勃发展，企业研发投入占比持续提高。\n",
	       { 1, "一、", "工作回顾", 2 },
	       { 2, "", "五年来，我们坚定不移深化改革开放，在推进高水平开放中塑造新优势", 3 },
	       { 3, "", "开放水平大幅提升", 5 }, { 3, "", "风险防控扎实有效", 7 },
	       { 2, "", "五年来，我们坚定不移推进科技创新，在打造新质生产力中迈出新步伐", 9 },
	       { 3, "", "创新能级显著提升", 11 }, { 3, "", "创新主体加快壮大", 13 });
	EXPECT("政府工作报告\n一、工作回顾\n"
	       "五年来，我们坚定不移深化改革开放，在推进高水平开放中塑造新优势。\n"
	       "重点领域改革全面推进，营商环境持续优化，经营主体活力不断增强。\n"
	       "五年来，我们坚定不移推进科技创新，在打造新质生产力中迈出新步伐。\n"
	       "新增一批高校和科研平台，研发经费投入持续较快增长，人才队伍不断壮大，科技成果转化更加活跃，"
	       "创新生态持续优化。\n",
	       { 1, "一、", "工作回顾", 2 });
	/* one such line alone is a statement */
	EXPECT("政府工作报告\n一、主要任务\n聚焦对外开放，高标准建设开放型经济新体制。\n"
	       "稳步扩大规则、规制、管理、标准等制度型开放，打造国际一流营商环境，提升贸易投资便利化水平，"
	       "推动货物贸易优化升级，创新发展服务贸易。\n"
	       "坚持智能化、绿色化、融合化方向，发挥比较优势，做强做优做大主导产业，培育壮大新兴产业，"
	       "前瞻布局未来产业，加快建设现代化产业体系。\n",
	       { 1, "一、", "主要任务", 2 });
}

static void
wrap_wide_line_is_no_part(void **state)
{
	(void)state;
	/* In text hard-wrapped at 15 characters, a line without a label that
	 * reaches the wrap was cut there (its end lost): no part heading. */
	EXPECT("统计公报\n全年经济运行稳中有进，社会大局\n和谐稳定，发展扎实推进，质量提\n一、综合\n"
	       "全年生产总值较快增长，结构持续\n优化，效益稳步提升，社会大局稳\n定。\n二、农业\n"
	       "粮食生产再获丰收，畜牧业稳定发\n展，农民收入增长，乡村振兴推进\n有力。\n",
	       { 1, "一、", "综合", 4 }, { 1, "二、", "农业", 8 });
}

/* 前言 is beside the chapters that follow it, not their parent, and
 * keeps its own articles; a line of circled numbers (a figure's panels)
 * is no heading; an attachment's mark above the title is none either. */
static void
front_matter_and_label_lines(void **state)
{
	(void)state;
	EXPECT("某某公司管理制度\n\n前言\n\n本制度由某部起草。\n\n第一章 总则\n\n"
	       "第一条 为加强管理，制定本制度。\n\n第二章 职责\n\n第二条 各部门负责。\n",
	       { 1, "", "前言", 3 }, { 1, "第一章", "总则", 7 }, { 2, "第一条", "为加强管理，制定本制度", 9 },
	       { 1, "第二章", "职责", 11 }, { 2, "第二条", "各部门负责", 13 });
	EXPECT("某某考试大纲\n一、考试内容\n例题：\n①  ②  ③  ④\n（1）下列说法正确的是\n二、作答要求\n",
	       { 1, "一、", "考试内容", 2 }, { 2, "（1）", "下列说法正确的是", 5 }, { 1, "二、", "作答要求", 6 });
	/* set apart by EM SPACEs, as white space is everywhere */
	EXPECT("某某考试大纲\n一、考试内容\n例题：\n①\u2003②\u2003③\n（1）下列说法正确的是\n二、作答要求\n",
	       { 1, "一、", "考试内容", 2 }, { 2, "（1）", "下列说法正确的是", 5 }, { 1, "二、", "作答要求", 6 });
	EXPECT("大纲1\n\n某某市2031年考试安排\n\n一、考试性质\n\n正文。\n\n二、考试内容\n\n正文。\n",
	       { 1, "一、", "考试性质", 5 }, { 1, "二、", "考试内容", 9 });
}

/* A table's row whose first cell wrapped in it (一、国有土地使用权 / 出让收入
 * 15,000 18,233 …), beside a row of figures numbered next: no heading.  A
 * heading over a table, with a heading numbered next, stays one. */
static void
table_row_wrapped_in_its_cell(void **state)
{
	(void)state;
	EXPECT("某某报告\n\n一、基金收支\n\n正文。\n\n项目 预算数 完成数\n\n一、国有土地使用权\n\n"
	       "出让收入 15,000 18,233 40,000 166.7\n\n二、污水处理费收入 8,000 5,400 2,000 -75.0\n\n"
	       "二、下一步工作\n\n正文。\n",
	       { 1, "一、", "基金收支", 3 }, { 1, "二、", "下一步工作", 15 });
	EXPECT("某某公报\n\n一、主要指标\n\n地区生产总值 1,234 1,345 8.9\n\n二、农业\n\n正文。\n",
	       { 1, "一、", "主要指标", 3 }, { 1, "二、", "农业", 7 });
}

/* A table's rows whose cells a PDF's text set on one line after the
 * first (一、收入 1,059,657 677,715 29,608) are no headings; numbers
 * that words part (2031 年 1 月 20 日) are a heading's own. */
static void
table_rows_of_figures(void **state)
{
	(void)state;
	EXPECT("某某报告\n\n一、2031 年 1 月 20 日以来的执行情况\n\n正文。\n\n二、预算收支表\n\n"
	       "项目 合计 基本养老 医疗\n\n一、收入 1,059,657 677,715 29,608\n\n1.利润收入 586 396 67.7 490 -19.1\n\n"
	       "二、支出 1,042,533 677,715 21,026\n\n三、下一步工作\n\n正文。\n",
	       { 1, "一、", "2031 年 1 月 20 日以来的执行情况", 3 }, { 1, "二、", "预算收支表", 7 },
	       { 1, "三、", "下一步工作", 17 });
}

static void
no_headings(void **state)
{
	(void)state;
	struct doc *doc = unit_load("只有正文的文件。\n没有任何标题。\n", NULL);
	struct outline *o = NULL;

	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->count, 0);
	assert_ptr_equal(outline_section_at(o, 5), &o->root);
	outline_free(o);
	doc_free(doc);
}

static void
inline_comma_after_label(void **state)
{
	(void)state;
	/* 一是，… : the comma after the label is no part of the title. */
	EXPECT("标题\n一、甲\n成绩有三：一是，稳定了局面；二是，改革有成效。\n",
	       { 1, "一、", "甲", 2 }, { 2, "一是", "稳定了局面", 3 }, { 2, "二是", "改革有成效", 3 });
	EXPECT("标题\n一、甲\n原因有二。一是,投资过热。二是、需求不足。\n",
	       { 1, "一、", "甲", 2 }, { 2, "一是", "投资过热", 3 }, { 2, "二是", "需求不足", 3 });
}

static void
inline_yao_run(void **state)
{
	(void)state;
	/* 一要, 二要 open paragraphs as 一是 does, in one run of their own. */
	EXPECT("标题\n一、甲\n一要改进作风。正文。\n二要依法办事。正文。\n三要廉洁从政。正文。\n",
	       { 1, "一、", "甲", 2 }, { 2, "一要", "改进作风", 3 }, { 2, "二要", "依法办事", 4 },
	       { 2, "三要", "廉洁从政", 5 });
	/* 一要 is not followed by 二是; inside a paragraph 一要, 二要 are
	 * requirements stated, not points. */
	EXPECT("标题\n一、甲\n一要改进作风。二是依法办事。\n", { 1, "一、", "甲", 2 });
	EXPECT("标题\n一、甲\n为此，一要改进作风。二要依法办事。\n", { 1, "一、", "甲", 2 });
}

static void
inline_count_verb_runs(void **state)
{
	(void)state;
	/* 一抓, 二抓 (一靠, 一看 …) open paragraphs as 一要 does: a count and
	 * the verb each point begins with. */
	EXPECT("标题\n同志们：\n一抓组织领导，压实责任。正文。\n二抓基层基础，建强支部。正文。\n"
	       "三抓服务保障，办好实事。正文。\n",
	       { 1, "一抓", "组织领导，压实责任", 3 }, { 1, "二抓", "基层基础，建强支部", 4 },
	       { 1, "三抓", "服务保障，办好实事", 5 });
	/* A run keeps its verb: 一抓 is not followed by 二靠; inside a
	 * paragraph they are no points. */
	EXPECT("标题\n一、甲\n一抓组织领导。正文。\n二靠制度保障。正文。\n", { 1, "一、", "甲", 2 });
	EXPECT("标题\n一、甲\n为此，一抓组织领导。二抓基层基础。\n", { 1, "一、", "甲", 2 });
}

static void
inline_run_inside_an_item(void **state)
{
	(void)state;
	/* A run that starts again inside a paragraph opened by an item is
	 * that item's own, and the paragraphs' run goes on after it. */
	EXPECT("标题\n一、甲\n一是成绩突出。有两项指标第一：一是上线率高；二是录取人数多。\n"
	       "二是技能竞赛领先。正文。\n三是学科竞赛领先。正文。\n",
	       { 1, "一、", "甲", 2 }, { 2, "一是", "成绩突出", 3 }, { 3, "一是", "上线率高", 3 },
	       { 3, "二是", "录取人数多", 3 }, { 2, "二是", "技能竞赛领先", 4 }, { 2, "三是", "学科竞赛领先", 5 });
	EXPECT("标题\n一、甲\n一要深化理论武装。正文。\n二要深化敢管善治。一是推进治理现代化；二是抓好常规工作。\n"
	       "三要深化规矩意识。正文。\n",
	       { 1, "一、", "甲", 2 }, { 2, "一要", "深化理论武装", 3 }, { 2, "二要", "深化敢管善治", 4 },
	       { 3, "一是", "推进治理现代化", 4 }, { 3, "二是", "抓好常规工作", 4 }, { 2, "三要", "深化规矩意识", 5 });
}

static void
speaker_name_under_a_report_title(void **state)
{
	(void)state;
	/* Several reports on one page, each a title over the speaker's name
	 * (spaced apart or not) and its text: the name hides not the title,
	 * which is the part the report's 一、 stand under. */
	EXPECT("2021年度某校领导干部述职述廉述德述法报告\n\n2021年度班子及个人述职述廉述德述法报告\n\n王  琛\n\n"
	       "各位教职员工，大家好！\n\n下面我就一年来的工作向大家作一报告。\n\n一、严格政治要求\n\n"
	       "一年来，班子始终深入学习。\n\n二、直面问题短板\n\n一年来，班子直面问题。\n\n"
	       "2021年度述职述廉述德述法报告\n\n孙洪亮\n\n\u00a0\n\n一、履行岗位职责情况\n\n一年来，我牢记责任。\n\n"
	       "二、自身建设情况\n\n一年来，我加强学习。\n\n2021年度述职述廉述德述法报告\n\n蒋  明\n\n\u00a0\n\n"
	       "忙碌的一年又将结束，总体来说勤勤恳恳。\n\n一、工作收获和业绩\n\n一年来，我提高站位。\n\n"
	       "二、后续努力方向\n\n一年来，我加强学习。\n",
	       { 1, "", "2021年度班子及个人述职述廉述德述法报告", 3 }, { 2, "一、", "严格政治要求", 11 },
	       { 2, "二、", "直面问题短板", 15 }, { 1, "", "2021年度述职述廉述德述法报告", 19 },
	       { 2, "一、", "履行岗位职责情况", 25 }, { 2, "二、", "自身建设情况", 29 },
	       { 1, "", "2021年度述职述廉述德述法报告", 33 }, { 2, "一、", "工作收获和业绩", 41 },
	       { 2, "二、", "后续努力方向", 45 });
}

static void
enclosure_named_by_title(void **state)
{
	(void)state;
	/* 关于公示《某某报告》 over its opening text and the report it names:
	 * the report's title is a part over the report's headings. */
	EXPECT("关于公示《某校领导班子总结报告》\n各位教工：\n现将学校领导班子总结报告公示如下：\n某校领导班子总结报告\n"
	       "一、抓好顶层设计\n三年来，学校明确了办学目标。\n二、加强队伍建设\n三年来，学校加强了队伍建设。\n",
	       { 1, "", "某校领导班子总结报告", 4 }, { 2, "一、", "抓好顶层设计", 5 }, { 2, "二、", "加强队伍建设", 7 });
	/* A page's headline that is the name alone in its marks, over a
	 * one-sentence issuing note without a title of its own, a sign-off,
	 * and the text it names: that text's title is a part too. */
	EXPECT("# 《某区公共租赁住房管理办法》\n\n《某区公共租赁住房管理办法》已经区政府常务会议审议通过，现予印发。\n\n"
	       "某区房屋管理局\n\n2021年9月29日\n\n某区公共租赁住房管理办法\n\n第一章　总则\n\n第一条（目的）\n\n"
	       "为了加强管理，制定本办法。\n\n第二章　附则\n\n第二条（实施日期）\n\n本办法自公布之日起施行。\n",
	       { 1, "", "某区公共租赁住房管理办法", 9 }, { 2, "第一章", "总则", 11 }, { 3, "第一条", "目的", 13 },
	       { 2, "第二章", "附则", 17 }, { 3, "第二条", "实施日期", 19 });
	/* A copier that writes its keys as front matter above the page's
	 * headline: the headline said again under the notice's opening text
	 * and sign-off is the title of the text the notice issues, a part;
	 * the same page without the front matter is no copier's. */
	EXPECT("---\n标题: 某镇物业考核办法\n---\n\n# 某镇物业考核办法\n\n各居委：\n\n现将办法印发给你们，请认真执行。\n\n"
	       "某镇人民政府\n\n2023年7月7日\n\n某镇物业考核办法\n\n为加强管理，制定本办法。\n\n一、指导思想\n\n深入践行理念。\n\n"
	       "二、考核方式\n\n每季度考核一次。\n",
	       { 1, "", "某镇物业考核办法", 15 }, { 2, "一、", "指导思想", 19 }, { 2, "二、", "考核方式", 23 });
	EXPECT("# 某镇物业考核办法\n\n各居委：\n\n现将办法印发给你们，请认真执行。\n\n"
	       "某镇人民政府\n\n2023年7月7日\n\n某镇物业考核办法\n\n为加强管理，制定本办法。\n\n一、指导思想\n\n深入践行理念。\n\n"
	       "二、考核方式\n\n每季度考核一次。\n",
	       { 1, "一、", "指导思想", 15 }, { 1, "二、", "考核方式", 19 });
}

/* A procedure writes its clauses 1、目的 and 3.1、设备部…, the 、 after a
 * decimal number as after a whole one, and sometimes a space before it
 * (3 、职责, 3.2 、…): the 、 is the label's, never the title's. */
static void
dunhao_after_decimal_label(void **state)
{
	struct label l;
	const char *s;

	(void)state;
	EXPECT("设备点检管理程序\n1、目的\n规范点检工作。\n3 、职责\n3.1、设备部负责制定计划。\n"
	       "3.2 、各车间负责实施。\n4 、表单\n4.1 、点检记录表\n",
	       { 1, "1、", "目的", 2 }, { 1, "3 、", "职责", 4 }, { 2, "3.1、", "设备部负责制定计划", 5 },
	       { 2, "3.2 、", "各车间负责实施", 6 }, { 1, "4 、", "表单", 7 }, { 2, "4.1 、", "点检记录表", 8 });
	s = "5.2.1、风险评估";
	assert_true(label_parse(s, strlen(s), &l));
	assert_int_equal(l.style, STYLE_DECIMAL);
	assert_int_equal(l.level, 3);
	assert_int_equal(l.length, strlen("5.2.1、"));
	s = "7 、表单";
	assert_true(label_parse(s, strlen(s), &l));
	assert_int_equal(l.style, STYLE_ARABIC_DOT);
	assert_int_equal(l.title, strlen("7 、"));
	/* A figure after the 、 is a list of numbers, not a title. */
	s = "3.1、2.5、4.0";
	assert_false(label_parse(s, strlen(s), &l));
}

/* A clause of a standard lists its items a) b） (c): an item says one
 * thing of its clause, however short it is between longer ones, and is
 * never a heading of its own. */
static void
letter_items_are_no_leads(void **state)
{
	static const char *const forms[][2] = { { "a)", "b)" }, { "a）", "b）" }, { "(a)", "(b)" },
						 { "（a）", "（b）" }, { "a.", "b." } };
	struct label l;
	const char *s;

	(void)state;
	for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
		char text[1024];
		snprintf(text, sizeof text,
			 "岗位职责规定\n\n1 范围\n\n本规定适用于公司各岗位。\n\n2 职责\n\n2.1 质量管理员\n\n"
			 "%s坚持贯彻质量方针，结合质量目标负责编制年度质量工作计划并组织实施与检查。\n\n"
			 "%s参与工艺纪律检查。\n\n"
			 "%s负责建立和定期修订合格供方名录，做好对供方质保能力评定的资料和档案的收集。\n\n"
			 "%s负责质量信息汇总。\n\n"
			 "%s负责为管理评审和质量会议搜集、整理相关资料，起草会议决议，检查决议执行情况。\n",
			 forms[i][0], forms[i][1], forms[i][0], forms[i][1], forms[i][0]);
		EXPECT(text, { 1, "1", "范围", 3 }, { 1, "2", "职责", 7 }, { 2, "2.1", "质量管理员", 9 });
	}
	s = "b）参与检查。";
	assert_int_equal(label_letter_item(s, strlen(s)), strlen("b）"));
	s = "a.m. 开始";
	assert_int_equal(label_letter_item(s, strlen(s)), 0);
	assert_false(label_parse(s, strlen(s), &l));
}

/* A figure's or a table's caption (图1　编码规则, 表 2 限值), centred in
 * bold under the picture or over the table, names what it stands by and
 * is no section; a sentence that cites a figure is no caption. */
static void
captions_are_no_headings(void **state)
{
	const char *s;

	(void)state;
	EXPECT("<html><head><meta charset=\"utf-8\"></head><body>"
	       "<p style=\"text-align: center;\">某某市交通局关于公交站牌式样的通知</p>"
	       "<p>一、站牌编码规则</p><p>（一）主站牌。字符共6位，依次为区名简称和序号。</p>"
	       "<p style=\"text-align: center;\"><span style=\"font-weight: bold;\">图1　主站牌编码规则</span></p>"
	       "<p>（二）副站牌。字符共4位，依次为线路号和序号。</p>"
	       "<p style=\"text-align: center;\"><span style=\"font-weight: bold;\">表 2 副站牌尺寸</span></p>"
	       "<p>二、站牌规格尺寸</p><p>主站牌规格为480毫米×140毫米。</p></body></html>",
	       { 1, "一、", "站牌编码规则", 2 }, { 2, "（一）", "主站牌", 3 }, { 2, "（二）", "副站牌", 5 },
	       { 1, "二、", "站牌规格尺寸", 7 });
	s = "图3-1 工艺流程";
	assert_true(label_caption(s, strlen(s)));
	s = "表A.1　检测项目";
	assert_true(label_caption(s, strlen(s)));
	s = "图1所示流程适用于各车间";
	assert_false(label_caption(s, strlen(s)));
	s = "表彰先进集体";
	assert_false(label_caption(s, strlen(s)));
	/* a caption whose words open on a year, a space after the number */
	s = "表1 2025年年末全市常住人口数及其构成";
	assert_true(label_caption(s, strlen(s)));
	s = "图3 2021-2025年城镇新增就业人数（万人）";
	assert_true(label_caption(s, strlen(s)));
	s = "表1 2025";
	assert_false(label_caption(s, strlen(s)));
	s = "图2 25个";
	assert_false(label_caption(s, strlen(s)));
}

/* A standard or a procedure closes with a bold block that says who
 * proposed and who drafted it (本标准起草人：张三): no heading, however
 * it is set. */
static void
credits_are_no_headings(void **state)
{
	(void)state;
	EXPECT("<html><head><meta charset=\"utf-8\"></head><body>"
	       "<p style=\"text-align: center;\"><b>设备点检控制程序</b></p>"
	       "<p><b>1、目的</b></p><p>规范设备点检工作，保证设备处于良好状态。</p>"
	       "<p><b>2、记录</b></p><p>设备点检记录表。</p>"
	       "<p><b>附加说明：</b></p>"
	       "<p><b>本标准主要起草单位：设备部</b></p><p><b>本标准起草人：张三</b></p></body></html>",
	       { 1, "1、", "目的", 2 }, { 1, "2、", "记录", 4 });
}

/* A clause that ends in a colon keeps its sub-clauses numbered under it
 * (2.1 发现不合格品： then 2.1.1 …； 2.1.2 …；): a decimal sub-clause is a
 * clause even when the clauses read as one enumerated sentence, where
 * 1.…； items after a colon are a list. */
static void
subclauses_after_a_colon(void **state)
{
	(void)state;
	EXPECT("不合格品控制程序\n1 目的\n防止非预期的交付。\n2 工作流程\n2.1 发现不合格品：\n2.1.1 生产过程发现不合格品时，应停止加工；\n"
	       "2.1.2 交付后发现不合格品时，应停止交付；\n2.1.3 可疑产品由检验人员确认。\n2.2 让步接收\n"
	       "让步接收需经总经理批准。\n",
	       { 1, "1", "目的", 2 }, { 1, "2", "工作流程", 4 }, { 2, "2.1", "发现不合格品", 5 },
	       { 3, "2.1.1", "生产过程发现不合格品时，应停止加工", 6 },
	       { 3, "2.1.2", "交付后发现不合格品时，应停止交付", 7 }, { 3, "2.1.3", "可疑产品由检验人员确认", 8 },
	       { 2, "2.2", "让步接收", 9 });
	EXPECT("标题\n一、内容\n体检报告主要内容包括：\n1.本区城市体检总体情况；\n2.存在的问题；\n"
	       "3.下一步工作。\n二、要求\n",
	       { 1, "一、", "内容", 2 }, { 1, "二、", "要求", 7 });
	/* An item of two clauses a ；joins goes on the list, and so do the
	 * items after it: they do not go on the run 1.–4. above. */
	EXPECT("标题\n一、工作流程\n1.个人总结。每位教工完成总结。\n2.分组推荐。各小组开展推荐。\n"
	       "3.条件审核。各处室审核名单。\n4.审议确定。党委会议审议决定。\n二、有关事项\n"
	       "（一）符合下列条件的可优先推荐：\n1.班级考核排名在年级前三名的班主任；\n2.教学业绩突出的教师；\n"
	       "3.承担超工作量的教师；\n4.积极承担课题研究；或成果获市级一等奖的教师；\n5.学科竞赛辅导教师；\n"
	       "6.其他有突出贡献的老师。\n（二）考核结果与绩效挂钩。\n",
	       { 1, "一、", "工作流程", 2 }, { 2, "1.", "个人总结", 3 }, { 2, "2.", "分组推荐", 4 },
	       { 2, "3.", "条件审核", 5 }, { 2, "4.", "审议确定", 6 }, { 1, "二、", "有关事项", 7 },
	       { 2, "（一）", "符合下列条件的可优先推荐", 8 }, { 2, "（二）", "考核结果与绩效挂钩", 15 });
}

/* A standard sets a term's number on a line of its own and the term on
 * the next (2.1 / 道路施工 road construction / its definition): the number
 * and the term are one heading.  A number alone over a sentence, or over
 * another number as a flattened table has them, is none. */
static void
term_number_alone(void **state)
{
	struct label l;
	const char *s;

	(void)state;
	EXPECT("道路施工扬尘排放标准\n1 适用范围\n本标准规定了排放限值。\n2 术语和定义\n下列术语适用于本标准。\n"
	       "2.1\n道路施工 road construction\n指道路工程建设实施阶段的生产活动。\n2.2\n施工扬尘\n"
	       "施工过程中产生的颗粒物。\n2.3\n等效连续 A 声级 equivalent continuous A-weighted sound pressure level\n"
	       "简称为等效声级。\n3 测量方法\n测点设在施工场界外。\n",
	       { 1, "1", "适用范围", 2 }, { 1, "2", "术语和定义", 4 }, { 2, "2.1", "道路施工 road construction", 6 },
	       { 2, "2.2", "施工扬尘", 9 },
	       { 2, "2.3", "等效连续 A 声级 equivalent continuous A-weighted sound pressure level", 12 },
	       { 1, "3", "测量方法", 15 });
	/* A one-character term joined to a Latin letter (A区 region A). */
	EXPECT("某某排放标准\n1 适用范围\n本标准规定了排放限值。\n2 术语和定义\n下列术语适用于本标准。\n"
	       "2.1\nA区 region A\n省内珠江三角洲的行政区域。\n2.2\nB区 region B\n省内 A 区以外的行政区域。\n"
	       "3 排放限值\n按表1执行。\n",
	       { 1, "1", "适用范围", 2 }, { 1, "2", "术语和定义", 4 }, { 2, "2.1", "A区 region A", 6 },
	       { 2, "2.2", "B区 region B", 9 }, { 1, "3", "排放限值", 12 });
	EXPECT("某某标准\n1 适用范围\n本标准规定了排放限值。\n2 指标\n下列指标适用于本标准。\n1.5\n"
	       "指道路工程建设实施阶段的生产活动。\n2.3\n4.5\n",
	       { 1, "1", "适用范围", 2 }, { 1, "2", "指标", 4 });
	s = "5.3.3.1 ";
	assert_true(label_number_alone(s, strlen(s), &l));
	assert_int_equal(l.level, 4);
	assert_int_equal(l.length, strlen("5.3.3.1"));
	s = "2.";
	assert_false(label_number_alone(s, strlen(s), &l));
	s = "12";
	assert_false(label_number_alone(s, strlen(s), &l));
}

/* Two paragraphs side by side that each open with a sentence of more
 * than a few words (a notice's provision and its closing call) are no run
 * of leads; two where one lead is a few words are. */
static void
two_long_first_sentences(void **state)
{
	(void)state;
	EXPECT("某某市人民政府办公厅关于停车收费管理有关事项的通知\n一、适用范围\n"
	       "本通知适用于全市各类公共停车场的收费管理，具体范围由市交通局另行公布。\n二、保障措施\n"
	       "对符合条件的新能源车辆免收停车费和道路通行费。市交通局负责制定具体办法，各区负责组织实施。\n"
	       "停车收费管理工作意义重大、涉及面广。各区要按照本通知要求，认真组织实施，确保工作顺利推进。\n",
	       { 1, "一、", "适用范围", 2 }, { 1, "二、", "保障措施", 4 });
	EXPECT("政府工作报告\n一、今年工作\n（一）扩大内需\n对符合条件的新能源车辆免收停车费和道路通行费。正文。\n"
	       "促进消费扩容升级。开展以旧换新。\n",
	       { 1, "一、", "今年工作", 2 }, { 2, "（一）", "扩大内需", 3 },
	       { 3, "", "对符合条件的新能源车辆免收停车费和道路通行费", 4 }, { 3, "", "促进消费扩容升级", 5 });
}

/* An investigation report presents each unit in a paragraph that opens
 * with its name and goes on about it (某某公司。该公司成立于…): the
 * name is the paragraph's subject, no run-in lead, even two side by
 * side; leads of tasks beside each other stay leads. */
static void
unit_names_are_no_leads(void **state)
{
	(void)state;
	EXPECT("某某事故调查报告\n一、事故基本情况\n（一）施工单位基本情况\n"
	       "某某设计研究院有限公司。该公司成立于1994年，位于某市，经营范围为工程设计。\n"
	       "某某电力工程有限公司。该公司成立于2007年，持有承装电力设施许可证。\n"
	       "（二）监管机构基本情况\n某某乡人民政府。该乡副乡长分管安全生产工作。\n"
	       "二、防范措施\n（一）落实主体责任\n加强安全培训。各单位要开展三级教育。\n"
	       "严格现场管理。施工单位要配齐安全员。\n",
	       { 1, "一、", "事故基本情况", 2 }, { 2, "（一）", "施工单位基本情况", 3 },
	       { 2, "（二）", "监管机构基本情况", 6 }, { 1, "二、", "防范措施", 8 },
	       { 2, "（一）", "落实主体责任", 9 }, { 3, "", "加强安全培训", 10 }, { 3, "", "严格现场管理", 11 });
}

/* A procedure's writer may skip a clause's number (2.1.4 after 2.1.2, 2.4
 * after 2.2): the clause is one when the clauses after it number on from
 * it or go on under another parent, never when the number skipped comes
 * after it (a line that cites a later clause is text). */
static void
skipped_clause_number(void **state)
{
	(void)state;
	EXPECT("风险控制程序\n1、目的\n规范风险的识别。\n2、工作流程\n2.1风险评估\n对风险进行评价。\n"
	       "2.1.1严重程度评价准则\n评价损害程度。\n2.1.2发生频率评价准则\n评价出现频率。\n"
	       "2.1.4分析现有的控制措施\n检查控制措施。\n2.2风险应对\n各部门进行评估。\n"
	       "2.4风险和机遇的评审\n组织各部门评审。\n3、相关文件\n无\n",
	       { 1, "1、", "目的", 2 }, { 1, "2、", "工作流程", 4 }, { 2, "2.1", "风险评估", 5 },
	       { 3, "2.1.1", "严重程度评价准则", 7 }, { 3, "2.1.2", "发生频率评价准则", 9 },
	       { 3, "2.1.4", "分析现有的控制措施", 11 }, { 2, "2.2", "风险应对", 13 },
	       { 2, "2.4", "风险和机遇的评审", 15 }, { 1, "3、", "相关文件", 17 });
	EXPECT("风险控制程序\n1、目的\n规范风险的识别。\n2、工作流程\n2.1风险评估\n对风险进行评价。\n"
	       "2.1.1严重程度评价准则\n评价损害程度。\n2.1.3所列措施按下条执行。\n2.1.2发生频率评价准则\n"
	       "评价出现频率。\n",
	       { 1, "1、", "目的", 2 }, { 1, "2、", "工作流程", 4 }, { 2, "2.1", "风险评估", 5 },
	       { 3, "2.1.1", "严重程度评价准则", 7 }, { 3, "2.1.2", "发生频率评价准则", 10 });
}

/* A procedure's writer may number a clause as the one before it (5.1
 * twice where 5.2 was due): it is a clause when the next clause under
 * the same parent numbers two on (5.3) or none comes under that parent
 * (3.3 twice, then 4、), never when its paragraph repeats the clause
 * before it word for word (a paragraph pasted twice). */
static void
repeated_clause_number(void **state)
{
	(void)state;
	EXPECT("评审控制程序\n1、目的\n确保体系有效。\n2、工作流程\n2.1、评审流程\n策划，准备，会议。\n"
	       "2.1评审时机\n每年一次。\n2.3评审步骤\n逐项进行。\n3、权责\n3.1、总经理主持评审。\n"
	       "3.2、管理者代表组织评审。\n3.2、质量部保存记录。\n4、表单\n无\n",
	       { 1, "1、", "目的", 2 }, { 1, "2、", "工作流程", 4 }, { 2, "2.1、", "评审流程", 5 },
	       { 2, "2.1", "评审时机", 7 }, { 2, "2.3", "评审步骤", 9 }, { 1, "3、", "权责", 11 },
	       { 2, "3.1、", "总经理主持评审", 12 }, { 2, "3.2、", "管理者代表组织评审", 13 },
	       { 2, "3.2、", "质量部保存记录", 14 }, { 1, "4、", "表单", 15 });
	EXPECT("评审控制程序\n1、目的\n确保体系有效。\n2、工作流程\n2.1、评审流程\n策划。\n"
	       "2.1、评审流程\n策划。\n2.3评审步骤\n逐项进行。\n",
	       { 1, "1、", "目的", 2 }, { 1, "2、", "工作流程", 4 }, { 2, "2.1、", "评审流程", 5 },
	       { 2, "2.3", "评审步骤", 9 });
}

static void
point_goes_on_after_list(void **state)
{
	(void)state;
	/* A list 1.…3. after a salutation that closed （二） and its leads
	 * stands under the part; （三） goes on the run of （一）, beside
	 * （二）, not under the list's last item. */
	EXPECT("某省政府工作报告\n一、今年重点工作\n今年要做好以下工作。\n（一）着力扩大内需\n"
	       "提振消费。实施消费提振行动，扩大服务消费，培育新型消费。\n扩大投资。实施投资提升行动，加快重大项目建设进度。\n"
	       "（二）着力保障民生\n防范化解重点领域风险。健全风险监测预警机制，稳妥处置风险。\n"
	       "加强和创新社会治理。坚持和发展新时代“枫桥经验”，化解矛盾纠纷。\n"
	       "狠抓平安建设。打好安全生产治本攻坚战，严防重特大事故发生。\n各位代表！今年我们继续办好三方面民生实事。\n"
	       "1.医疗卫生方面。为群众提供免费筛查。\n2.养老帮困方面。提高养老服务补贴。\n3.教育助学方面。资助困难学生。\n"
	       "（三）着力加强政府自身建设\n全面加强政治建设。深刻领悟“两个确立”的决定性意义，提高政治站位。\n"
	       "切实提升行政效能。加快数字政府建设，提高办事效率。\n",
	       { 1, "一、", "今年重点工作", 2 }, { 2, "（一）", "着力扩大内需", 4 }, { 3, "", "提振消费", 5 },
	       { 3, "", "扩大投资", 6 }, { 2, "（二）", "着力保障民生", 7 }, { 3, "", "防范化解重点领域风险", 8 },
	       { 3, "", "加强和创新社会治理", 9 }, { 3, "", "狠抓平安建设", 10 }, { 2, "1.", "医疗卫生方面", 12 },
	       { 2, "2.", "养老帮困方面", 13 }, { 2, "3.", "教育助学方面", 14 },
	       { 2, "（三）", "着力加强政府自身建设", 15 }, { 3, "", "全面加强政治建设", 16 },
	       { 3, "", "切实提升行政效能", 17 });
}

static void
run_after_leads_is_the_sections(void **state)
{
	(void)state;
	/* A run inside a paragraph of text after a section's leads
	 * (悠悠万事，民生为大。…一是…二是…) is the section's: beside the
	 * leads, not under the last of them, whose piece is its own
	 * paragraph. */
	EXPECT("某省政府工作报告\n一、今年重点工作\n今年要做好以下工作。\n（一）着力保障民生\n"
	       "促进居民就业增收。稳定高校毕业生就业，扩大就业岗位。\n构建优质教育体系。推进基础教育扩优提质，办好职业教育。\n"
	       "加大社会保障力度。推进社保扩面，提高保障水平。\n"
	       "悠悠万事，民生为大。今年再办好三件民生实事。一是为孕妇提供免费产前筛查。二是为老旧住宅加装电梯。三是免费送戏下乡。\n"
	       "（二）着力守牢安全底线\n强化公共安全治理。严格落实安全责任，排查整治隐患。\n防范化解风险隐患。稳妥处置风险，守住底线。\n",
	       { 1, "一、", "今年重点工作", 2 }, { 2, "（一）", "着力保障民生", 4 }, { 3, "", "促进居民就业增收", 5 },
	       { 3, "", "构建优质教育体系", 6 }, { 3, "", "加大社会保障力度", 7 }, { 3, "一是", "为孕妇提供免费产前筛查", 8 },
	       { 3, "二是", "为老旧住宅加装电梯", 8 }, { 3, "三是", "免费送戏下乡", 8 },
	       { 2, "（二）", "着力守牢安全底线", 9 }, { 3, "", "强化公共安全治理", 10 },
	       { 3, "", "防范化解风险隐患", 11 });
}

static void
two_clause_first_lead(void **state)
{
	(void)state;
	/* A section alone on its line over leads opens with its first
	 * lead, of two clauses (the way, then the task) though the leads
	 * after it are of one. */
	EXPECT("某省政府工作报告\n一、今年重点工作\n今年要做好以下工作。\n（一）全方位扩大对内对外开放\n"
	       "以深入推进区域一体化发展为牵引，全面服务和融入国家发展战略。实施一批合作项目，内容内容内容。\n"
	       "促进外贸提质增效。实施千企百展计划，拓展新兴市场，内容内容。\n"
	       "拓展双向投资合作空间。发挥合作平台作用，引进外资项目，内容内容。\n"
	       "加快开放大通道建设。深入实施通道建设行动，内容内容内容。\n（二）推动城乡融合发展\n"
	       "建设现代化粮仓。扛牢粮食保供责任，内容内容。\n扎实推进乡村全面振兴。深入实施示范工程，内容内容。\n",
	       { 1, "一、", "今年重点工作", 2 }, { 2, "（一）", "全方位扩大对内对外开放", 4 },
	       { 3, "", "以深入推进区域一体化发展为牵引，全面服务和融入国家发展战略", 5 },
	       { 3, "", "促进外贸提质增效", 6 }, { 3, "", "拓展双向投资合作空间", 7 }, { 3, "", "加快开放大通道建设", 8 },
	       { 2, "（二）", "推动城乡融合发展", 9 }, { 3, "", "建设现代化粮仓", 10 }, { 3, "", "扎实推进乡村全面振兴", 11 });
	/* Not when no run of leads follows it (a sentence broken over two
	 * lines, then the next item). */
	EXPECT("某市实施意见\n一、主要任务\n（一）补齐短板弱项\n"
	       "大力推进设施菜田宜机化建设，改善农机通过性和作业效率。重点围绕主要绿叶菜品种，筛选一批\n"
	       "个适宜机械化生产的品种。着力攻克机械化生产瓶颈，优化完善技术路线。\n（二）突出绿色高效\n内容。\n",
	       { 1, "一、", "主要任务", 2 }, { 2, "（一）", "补齐短板弱项", 3 }, { 2, "（二）", "突出绿色高效", 6 });
}

/* A budget report's item number glued to the year that opens its title
 * (1.2026年一般公共预算草案, 2．2026年…) is a label, not a decimal 1.2026;
 * a quantity stays one (1.2026万元, 1.5年). */
static void
item_number_glued_to_year(void **state)
{
	struct label l;
	const char *s;

	(void)state;
	EXPECT("某市预算报告\n一、2026年预算草案\n（一）预算安排\n1.2026年一般公共预算草案\n收入增长。\n"
	       "2.2026年政府性基金预算草案\n收入下降。\n3.市级重点支出安排情况\n安排支出。\n",
	       { 1, "一、", "2026年预算草案", 2 }, { 2, "（一）", "预算安排", 3 },
	       { 3, "1.", "2026年一般公共预算草案", 4 }, { 3, "2.", "2026年政府性基金预算草案", 6 },
	       { 3, "3.", "市级重点支出安排情况", 8 });
	s = "2．2026年政府性基金预算草案";
	assert_true(label_parse(s, strlen(s), &l));
	assert_int_equal(l.number, 2);
	s = "1.2026万元";
	assert_false(label_parse(s, strlen(s), &l));
	s = "1.5年";
	assert_false(label_parse(s, strlen(s), &l));
	s = "1.20265年";
	assert_false(label_parse(s, strlen(s), &l));
}

/* A glossary that names what it explains (预算报告名词解释), or whose
 * words are letter-spaced (名 词 解 释), is the top-level heading after the
 * last part, as 名词解释 is; a sentence ending in the words is no heading. */
static void
glossary_named_or_spaced(void **state)
{
	(void)state;
	EXPECT("某市预算报告\n一、执行情况\n（一）收入\n1.紧扣重点领域，持续增强财政实力。加强分析。\n"
	       "2.紧扣创新驱动，有效激发增长动能。加大投入。\n以上报告，请予审议。\n预算报告名词解释\n"
	       "再融资债券：分为两种类型。\n",
	       { 1, "一、", "执行情况", 2 }, { 2, "（一）", "收入", 3 },
	       { 3, "1.", "紧扣重点领域，持续增强财政实力", 4 }, { 3, "2.", "紧扣创新驱动，有效激发增长动能", 5 },
	       { 1, "", "预算报告名词解释", 7 });
	EXPECT("某市预算报告\n一、执行情况\n收入增长。\n二、预算草案\n支出下降。\n名 词 解 释\n三保：保基本民生。\n",
	       { 1, "一、", "执行情况", 2 }, { 1, "二、", "预算草案", 4 }, { 1, "", "名 词 解 释", 6 });
	EXPECT("某市预算报告\n一、执行情况\n收入增长。\n二、预算草案\n本报告附有名词解释。\n",
	       { 1, "一、", "执行情况", 2 }, { 1, "二、", "预算草案", 4 });
}

/* A glossary called 名词释义, with 和说明 after it (报告中有关名词释义和
 * 说明), is the top-level heading after the last part, and its own 一、
 * terms are under it; a sentence naming such notes is no heading. */
static void
glossary_of_terms_and_notes(void **state)
{
	(void)state;
	EXPECT("某市预算报告\n一、执行情况\n收入增长。\n二、预算草案\n支出下降。\n报告中有关名词释义和说明\n"
	       "一、积极财政政策\n积极财政政策是一种财政政策。\n二、三保\n三保是指保基本民生。\n",
	       { 1, "一、", "执行情况", 2 }, { 1, "二、", "预算草案", 4 }, { 1, "", "报告中有关名词释义和说明", 6 },
	       { 2, "一、", "积极财政政策", 7 }, { 2, "二、", "三保", 9 });
	EXPECT("某市预算报告\n一、执行情况\n收入增长。\n二、预算草案\n支出下降。\n名词释义\n"
	       "1.三保：保基本民生。\n",
	       { 1, "一、", "执行情况", 2 }, { 1, "二、", "预算草案", 4 }, { 1, "", "名词释义", 6 },
	       { 2, "1.", "三保", 7 });
	EXPECT("某市预算报告\n一、执行情况\n收入增长。\n二、预算草案\n后附有关名词释义和说明。\n",
	       { 1, "一、", "执行情况", 2 }, { 1, "二、", "预算草案", 4 });
}

/* A heading in two halves joined by a colon (（一）“促发展”：优化商务商业资源,
 * a theme and its subject, nothing closing it) is titled by the whole line
 * (or, after a quoted theme, by its first sentence); a colon after a short
 * title with running text after it still cuts the title there. */
static void
colon_joins_two_halves_of_a_title(void **state)
{
	(void)state;
	EXPECT("某区城市更新规划\n一、主要任务\n（一）“促发展”：优化商务商业资源\n"
	       "推进商办楼宇资源建设。依据功能布局，通过商办楼宇建设支撑功能提升和发展转型。\n"
	       "（二）“惠民生”：改善居住生活条件\n"
	       "持续开展老旧小区改造。结合老旧小区改造同步更新老旧管线等基础设施。\n",
	       { 1, "一、", "主要任务", 2 }, { 2, "（一）", "“促发展”：优化商务商业资源", 3 },
	       { 2, "（二）", "“惠民生”：改善居住生活条件", 5 });
	EXPECT("某区工作方案\n一、主要目标\n（一）近期目标：到2025年，全面完成老旧小区改造任务。\n"
	       "（二）远期目标：到2035年，基本建成宜居城区。\n",
	       { 1, "一、", "主要目标", 2 }, { 2, "（一）", "近期目标", 3 }, { 2, "（二）", "远期目标", 4 });
	/* After a quoted theme the subject may be the first sentence of a
	 * run-in heading; after a plain short title it is the item's text. */
	EXPECT("某区城市更新规划\n一、主要任务\n（一）“促发展”：优化商务商业资源。推进商办楼宇资源建设，加快功能提升。\n"
	       "（二）“惠民生”：改善居住生活条件。加快推进不成套职工住宅改造。\n"
	       "二、保障措施\n（一）组织保障：加强组织领导。各部门要密切配合。\n（二）资金保障：加大资金投入。\n",
	       { 1, "一、", "主要任务", 2 }, { 2, "（一）", "“促发展”：优化商务商业资源", 3 },
	       { 2, "（二）", "“惠民生”：改善居住生活条件", 4 }, { 1, "二、", "保障措施", 5 },
	       { 2, "（一）", "组织保障", 6 }, { 2, "（二）", "资金保障", 7 });
}

/* A plan's boxes written plain, as a 规划纲要 prints them
 * (专栏1 “十五五”时期主要指标, 专栏2：重大工程), are headings one level
 * below the section they stand in, numbered through the whole plan as
 * 【专栏1】 is, their items under them; a sentence that names a box
 * (专栏1中的…) is none. */
static void
plan_boxes_written_plain(void **state)
{
	(void)state;
	EXPECT("某区规划纲要\n第一章 发展基础\n第一节 主要成就\n全区经济实力明显增强。\n"
	       "专栏1 “十五五”时期主要指标\n类别\n2030年\n6.5\n第二章 总体要求\n第一节 指导思想\n"
	       "专栏1中的指标均为预期性指标。\n专栏2：重大工程\n1.城市更新工程：推进老旧小区改造。\n"
	       "2.生态修复工程：推进河道治理。\n第二节 主要目标\n到2030年，经济总量迈上新台阶。\n",
	       { 1, "第一章", "发展基础", 2 }, { 2, "第一节", "主要成就", 3 },
	       { 3, "专栏1", "“十五五”时期主要指标", 5 }, { 1, "第二章", "总体要求", 9 },
	       { 2, "第一节", "指导思想", 10 }, { 3, "专栏2", "重大工程", 12 },
	       { 4, "1.", "城市更新工程", 13 }, { 4, "2.", "生态修复工程", 14 }, { 2, "第二节", "主要目标", 15 });
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(repeated_clause_number),
		cmocka_unit_test(dunhao_after_decimal_label),
		cmocka_unit_test(letter_items_are_no_leads),
		cmocka_unit_test(captions_are_no_headings),
		cmocka_unit_test(credits_are_no_headings),
		cmocka_unit_test(subclauses_after_a_colon),
		cmocka_unit_test(term_number_alone),
		cmocka_unit_test(two_long_first_sentences),
		cmocka_unit_test(unit_names_are_no_leads),
		cmocka_unit_test(skipped_clause_number),
		cmocka_unit_test(gbt9704_levels),
		cmocka_unit_test(parts_announced_by_a_colon),
		cmocka_unit_test(em_space_indent),
		cmocka_unit_test(other_label_forms),
		cmocka_unit_test(headings_after_a_colon),
		cmocka_unit_test(cells_of_a_flattened_table),
		cmocka_unit_test(cells_of_an_attached_table),
		cmocka_unit_test(rows_of_a_table_under_its_unit_line),
		cmocka_unit_test(last_row_of_a_flattened_table),
		cmocka_unit_test(wide_cells_of_a_flattened_header_row),
		cmocka_unit_test(numbers_restart_under_a_new_parent),
		cmocka_unit_test(decimal_parts),
		cmocka_unit_test(depth_from_nesting_order),
		cmocka_unit_test(sequence_must_continue),
		cmocka_unit_test(chapters_sections_articles),
		cmocka_unit_test(article_in_running_text),
		cmocka_unit_test(letter_spaced_article_labels),
		cmocka_unit_test(articles_with_bracketed_themes),
		cmocka_unit_test(articles_with_themes_in_round_brackets),
		cmocka_unit_test(articles_run_in_after_themes_in_round_brackets),
		cmocka_unit_test(parts_after_points),
		cmocka_unit_test(inserted_articles),
		cmocka_unit_test(notes_and_cut_lines_above_the_chapters),
		cmocka_unit_test(misnumbered_chapters),
		cmocka_unit_test(articles_take_up_their_sequence),
		cmocka_unit_test(mistyped_last_article),
		cmocka_unit_test(part_number_said_twice),
		cmocka_unit_test(markdown_and_decimal),
		cmocka_unit_test(markdown_part_beside_plain_items),
		cmocka_unit_test(line_cut_in_a_book_title),
		cmocka_unit_test(leads_under_the_first_item),
		cmocka_unit_test(closing_paragraph_is_no_lead),
		cmocka_unit_test(speech_points_and_the_last),
		cmocka_unit_test(two_headings_said_again),
		cmocka_unit_test(wrapped_line_is_no_part),
		cmocka_unit_test(cases_of_a_compilation),
		cmocka_unit_test(numbers_that_are_not_labels),
		cmocka_unit_test(padded_numbers_in_a_run),
		cmocka_unit_test(run_in_titles),
		cmocka_unit_test(title_length_rules),
		cmocka_unit_test(inline_needs_a_sequence),
		cmocka_unit_test(list_after_colon),
		cmocka_unit_test(sections_and_paths),
		cmocka_unit_test(sign_off_outside_sections),
		cmocka_unit_test(chinese_numerals),
		cmocka_unit_test(unnumbered_parts),
		cmocka_unit_test(table_of_contents),
		cmocka_unit_test(contents_page_first),
		cmocka_unit_test(headings_the_contents_list),
		cmocka_unit_test(contents_with_joined_numbers),
		cmocka_unit_test(decimal_heading_with_a_unit_word),
		cmocka_unit_test(rows_that_read_as_headings),
		cmocka_unit_test(point_after_a_lead_in),
		cmocka_unit_test(salutation_closes_run_ins),
		cmocka_unit_test(text_after_run_ins_closes_them),
		cmocka_unit_test(padded_numerals),
		cmocka_unit_test(pasted_gaps_in_titles),
		cmocka_unit_test(run_in_label_after_an_indent),
		cmocka_unit_test(budget_table_rows),
		cmocka_unit_test(opening_line_under_a_salutation),
		cmocka_unit_test(paragraphs_run_together),
		cmocka_unit_test(letter_spaced_chapter_titles),
		cmocka_unit_test(contents_with_leaders),
		cmocka_unit_test(bracketed_labels),
		cmocka_unit_test(title_said_again_with_quotes),
		cmocka_unit_test(more_numbering_forms),
		cmocka_unit_test(inline_run_starts_again),
		cmocka_unit_test(inline_comma_after_label),
		cmocka_unit_test(inline_yao_run),
		cmocka_unit_test(inline_count_verb_runs),
		cmocka_unit_test(enclosure_named_by_title),
		cmocka_unit_test(inline_run_inside_an_item),
		cmocka_unit_test(speaker_name_under_a_report_title),
		cmocka_unit_test(sequence_started_again),
		cmocka_unit_test(chapters_after_articles),
		cmocka_unit_test(law_attachment_titles),
		cmocka_unit_test(amendment_quotes_new_wording),
		cmocka_unit_test(title_again_in_lines),
		cmocka_unit_test(notes_are_no_headings),
		cmocka_unit_test(numbered_through_the_document),
		cmocka_unit_test(steps_of_a_procedure),
		cmocka_unit_test(words_that_are_also_units),
		cmocka_unit_test(attachments_listed),
		cmocka_unit_test(attachment_titles_side_by_side),
		cmocka_unit_test(part_title_over_two_lines),
		cmocka_unit_test(article_in_its_chapters_line),
		cmocka_unit_test(line_ending_with_a_list_comma),
		cmocka_unit_test(run_in_lead_cut_after_a_list_comma),
		cmocka_unit_test(first_part_without_numbered_headings),
		cmocka_unit_test(table_header_above_the_first_item),
		cmocka_unit_test(contents_joined_or_missed),
		cmocka_unit_test(part_title_above_its_contents),
		cmocka_unit_test(spaced_title_above_a_wrapped_note),
		cmocka_unit_test(three_part_number_before_a_unit_word),
		cmocka_unit_test(standard_appendix),
		cmocka_unit_test(decimal_number_before_a_unit_initial_noun),
		cmocka_unit_test(scientific_notation_is_no_label),
		cmocka_unit_test(footnotes_after_their_number),
		cmocka_unit_test(numbered_part_titled_with_a_unit_initial_noun),
		cmocka_unit_test(cover_month_is_no_part),
		cmocka_unit_test(items_of_a_note_under_a_table),
		cmocka_unit_test(clause_number_glued_to_its_title),
		cmocka_unit_test(forms_under_their_clause),
		cmocka_unit_test(contents_entries_under_their_clause),
		cmocka_unit_test(slipped_parent_number),
		cmocka_unit_test(top_clauses_numbered_point_zero),
		cmocka_unit_test(bold_caption_and_note_over_a_table),
		cmocka_unit_test(glossary_and_expected_items),
		cmocka_unit_test(items_of_an_article),
		cmocka_unit_test(lists_of_things),
		cmocka_unit_test(markdown_as_the_text),
		cmocka_unit_test(markdown_labels_over_hashes),
		cmocka_unit_test(plain_lines_go_on_markdown_sequences),
		cmocka_unit_test(sections_by_spec),
		cmocka_unit_test(run_in_leads),
		cmocka_unit_test(lone_lead_anywhere),
		cmocka_unit_test(lone_lead_names_a_task),
		cmocka_unit_test(lone_lead_names_an_achievement),
		cmocka_unit_test(own_line_leads),
		cmocka_unit_test(wrap_wide_line_is_no_part),
		cmocka_unit_test(no_headings),
		cmocka_unit_test(stray_line_over_the_one_run),
		cmocka_unit_test(markdown_title_broken),
		cmocka_unit_test(markdown_one_level_for_all),
		cmocka_unit_test(counted_things_under_their_count),
		cmocka_unit_test(counted_things_hold_no_leads),
		cmocka_unit_test(points_counted_first_in_words),
		cmocka_unit_test(title_over_a_list_set_off_by_commas),
		cmocka_unit_test(numbered_paragraph_glued),
		cmocka_unit_test(contents_of_an_excerpt),
		cmocka_unit_test(preface_beside_parts),
		cmocka_unit_test(column_name_above_the_headline),
		cmocka_unit_test(one_style_at_two_levels),
		cmocka_unit_test(closing_part_holds_the_run_after_it),
		cmocka_unit_test(markdown_bracketed_number_alone),
		cmocka_unit_test(markdown_date_heading_is_no_part),
		cmocka_unit_test(cut_sentence_marked_as_heading),
		cmocka_unit_test(heading_opening_with_closing_mark),
		cmocka_unit_test(title_with_a_spaced_year),
		cmocka_unit_test(second_report_under_its_title),
		cmocka_unit_test(no_lead_after_a_cut_sentence),
		cmocka_unit_test(document_titled_over_its_subtitle),
		cmocka_unit_test(period_summed_up_after_the_items),
		cmocka_unit_test(spaced_front_matter_word),
		cmocka_unit_test(plain_part_names_among_text),
		cmocka_unit_test(tab_separated_rows_are_no_headings),
		cmocka_unit_test(chinese_numeral_latin_dot),
		cmocka_unit_test(note_calls_on_one_row),
		cmocka_unit_test(front_matter_and_label_lines),
		cmocka_unit_test(table_rows_of_figures),
		cmocka_unit_test(table_row_wrapped_in_its_cell),
		cmocka_unit_test(labels_shared),
		cmocka_unit_test(decimal_number_closed_by_its_dot),
		cmocka_unit_test(attachment_title_above_a_table_header),
		cmocka_unit_test(attachment_mark_set_in_bold),
		cmocka_unit_test(date_set_as_a_heading),
		cmocka_unit_test(field_labels_divide_a_guide),
		cmocka_unit_test(field_label_alone_over_the_first_items),
		cmocka_unit_test(colon_lines_that_are_no_fields),
		cmocka_unit_test(bullet_lines_divide_a_page),
		cmocka_unit_test(copier_heading_over_the_whole_text),
		cmocka_unit_test(page_title_again_below_a_notice),
		cmocka_unit_test(bare_numeral_part_asks_a_question),
		cmocka_unit_test(bare_numeral_part_holds_no_leads),
		cmocka_unit_test(numbered_table_rows),
		cmocka_unit_test(parts_from_two),
		cmocka_unit_test(items_under_a_lettered_item),
		cmocka_unit_test(runs_after_a_part_summed_up),
		cmocka_unit_test(preface_beside_first_clause),
		cmocka_unit_test(tally_mark_in_table),
		cmocka_unit_test(indents_after_spaces),
		cmocka_unit_test(contents_entries_not_said_again),
		cmocka_unit_test(issuer_under_a_headline_far_down),
		cmocka_unit_test(dash_lines_over_leads),
		cmocka_unit_test(clause_opening_with_quantity),
		cmocka_unit_test(point_goes_on_after_list),
		cmocka_unit_test(run_after_leads_is_the_sections),
		cmocka_unit_test(two_clause_first_lead),
		cmocka_unit_test(item_number_glued_to_year),
		cmocka_unit_test(glossary_named_or_spaced),
		cmocka_unit_test(glossary_of_terms_and_notes),
		cmocka_unit_test(colon_joins_two_halves_of_a_title),
		cmocka_unit_test(plan_boxes_written_plain),
		cmocka_unit_test(front_matter_far_above_first_clause),
		cmocka_unit_test(front_matter_spaced_over_lines),
		cmocka_unit_test(letter_spaced_label_closed_up),
		cmocka_unit_test(front_matter_look_is_linear),
	};
	return UNIT_RUN(tests);
}
