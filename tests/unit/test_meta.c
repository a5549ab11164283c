/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_meta.c - the report's metadata: which line is the title, who issued
 * the report and when, on short made-up documents. */
#include "unit.h"
#include "meta.h"

#include <stdio.h>

/* Loads TEXT and checks its title, issuer and date (NULL: none found). */
static void
expect_meta(const char *text, const char *title, const char *issuer, const char *date)
{
	struct doc *doc = unit_load(text, NULL);

	if (title)
		assert_non_null(doc->title), assert_string_equal(doc->title, title);
	else
		assert_null(doc->title);
	if (issuer)
		assert_non_null(doc->issuer), assert_string_equal(doc->issuer, issuer);
	else
		assert_null(doc->issuer);
	if (date)
		assert_non_null(doc->date), assert_string_equal(doc->date, date);
	else
		assert_null(doc->date);
	doc_free(doc);
}

/* A page saved with its <title> line first and a long frame of menus:
 * the body's name under the headline said again far down is the issuer,
 * not the site's name under the <title> line. */
static void
issuer_under_the_headline_said_again(void **state)
{
	char text[8192] = "关于某市2030年财政决算的报告\n\n某市财政局\n\n";

	(void)state;
	for (int i = 0; i < 90; i++)
		strcat(text, "栏目名称\n\n");
	strcat(text, "关于某市2030年财政决算的报告\n\n日期： 2031-07-15 浏览量：18 来源：某市财政局\n\n"
		     "某市人民政府\n\n主任、各位副主任：\n\n我受市人民政府委托，提出报告，请予审议。\n\n"
		     "一、决算情况\n\n正文。\n");
	expect_meta(text, "关于某市2030年财政决算的报告", "某市人民政府", "2031-07-15");
}

/* A page's toolbar lines (字体【 大 中 小 】, 分享到：) between the
 * headline's timestamp and the report's dash subtitle: furniture, so the
 * subtitle below still dates the report, and the speaker is read. */
static void
toolbar_lines_under_the_headline(void **state)
{
	(void)state;
	expect_meta("关于某市2030年预算调整方案的报告\n\n发布时间：2030-08-19 09:24:13\n\n来源：某市财政局\n\n"
		    "字体【 大  中  小 】\n\n分享到：\n\n——2030年7月30日在某市第九届人民代表大会\n\n"
		    "常务委员会第三次会议上\n\n某市财政局局长  王某某\n\n主任、各位副主任、各位委员：\n\n"
		    "　　现将有关情况报告如下，请予审议。\n\n一、基本情况\n\n正文。\n",
		    "关于某市2030年预算调整方案的报告", "某市财政局局长  王某某", "2030-07-30");
}

/* Checks that LINE gives VALUE (NULL: none) under one of KEYS. */
static void
expect_key_value(const char *line, const char *const keys[], size_t count, bool markdown, const char *value)
{
	size_t n = 99;
	const char *v = meta_key_value(line, strlen(line), keys, count, markdown, &n);

	if (!value) {
		assert_null(v);
		return;
	}
	assert_non_null(v);
	assert_int_equal(n, strlen(value));
	assert_memory_equal(v, value, n);
}

/* A key-value line: the key, a colon of either width, the value trimmed;
 * the key alone with its colon gives an empty value; a key with no colon
 * right after it, or another word before the key, gives none; the
 * Markdown strong key only when asked for. */
static void
key_then_colon_then_value(void **state)
{
	static const char *const keys[] = { "汇报人", "报告人" };
	static const char *const issuers[] = { "发布机构" };

	(void)state;
	expect_key_value("汇报人：张三", keys, 2, false, "张三");
	expect_key_value("报告人:  张三　", keys, 2, false, "张三");
	expect_key_value("汇报人：", keys, 2, false, "");
	expect_key_value("汇报人：某局局长  张三", keys, 2, false, "某局局长  张三");
	expect_key_value("汇报人 ：张三", keys, 2, false, NULL);
	expect_key_value("汇报人张三", keys, 2, false, NULL);
	expect_key_value("本次汇报人：张三", keys, 2, false, NULL);
	expect_key_value("述职人：张三", keys, 2, false, NULL);
	expect_key_value("汇报", keys, 2, false, NULL);
	expect_key_value("**发布机构**：某某委员会", issuers, 1, false, NULL);
	expect_key_value("**发布机构**：某某委员会", issuers, 1, true, "某某委员会");
	expect_key_value(" 发布机构: 某某委员会", issuers, 1, true, "某某委员会");
	expect_key_value("发布机构：某某委员会", issuers, 1, true, "某某委员会");
}

/* A report one person makes names them under a key, above its text or in
 * its sign-off (述职人：张三, 汇报人：…): the issuer, when nothing ranks
 * higher; a form's blank (报告人：______) names no one. */
static void
reporter_under_its_key(void **state)
{
	(void)state;
	expect_meta("2030年度个人述职报告\n\n一、工作回顾\n今年以来，我认真履行职责。\n二、存在不足\n"
		    "学习不够深入。\n\n述职人：张某某\n2030年12月20日\n",
		    "2030年度个人述职报告", "张某某", "2030-12-20");
	expect_meta("2030年度述职述廉报告\n\n汇报人：某某区财政局局长  王某某\n\n一、工作回顾\n"
		    "今年以来，我认真履行职责。\n",
		    "2030年度述职述廉报告", "某某区财政局局长  王某某", NULL);
	expect_meta("安全事故报告表\n\n报告人：______\n\n一、事故经过\n某日发生事故。\n",
		    "安全事故报告表", NULL, NULL);
}

/* The mark a people's congress prints atop each document of its session
 * (某市十五届人大 / 七次会议文件（19）, 四次会议文件十八) is no title:
 * the title under it, over three lines, is. */
static void
session_file_mark_above_title(void **state)
{
	(void)state;
	expect_meta("某市十五届人大\n\n七次会议文件（19）\n\n关于某市2030年市本级预算和\n\n"
		    "市总预算执行情况与2031年市本级预算和\n\n市总预算草案的报告（书面）\n\n"
		    "——2031年2月6日在某市第十五届\n\n人民代表大会第七次会议上\n\n某市财政局局长  王某某\n\n"
		    "各位代表：\n\n受市人民政府委托，现将报告如下。\n\n一、2030年预算执行情况\n\n正文。\n",
		    "关于某市2030年市本级预算和市总预算执行情况与2031年市本级预算和市总预算草案的报告（书面）",
		    "某市财政局局长  王某某", "2031-02-06");
	expect_meta("某市十四届人大\n\n四次会议文件十八\n\n关于某市2030年预算执行情况和\n\n"
		    "2031年预算草案的报告\n\n——2031年2月7日在某市第十四届人民代表大会第四次会议上\n\n"
		    "某市财政局局长  陈某\n\n各位代表：\n\n受市人民政府委托，现将报告如下。\n\n一、2030年预算执行情况\n\n正文。\n",
		    "关于某市2030年预算执行情况和2031年预算草案的报告", "某市财政局局长  陈某", "2031-02-07");
}

/* A speaker line as a page's conversion may leave it: after the end of
 * an HTML comment (start-->), its name set apart with an en space
 * (U+2002): the issuer without the comment's end, with a plain space. */
static void
speaker_line_tidied(void **state)
{
	(void)state;
	expect_meta("关于某市2030年预算执行情况的报告\n\nstart-->——2031年1月22日在某市第九届人民代表大会第五次会议上\n"
		    "end-->\n\nstart-->市财政局局长 赵 某\nend-->\n\n一、预算执行情况\n\n正文。\n",
		    "关于某市2030年预算执行情况的报告", "市财政局局长 赵 某", "2031-01-22");
	expect_meta("关于某市2030年预算执行情况的报告\n\n——2031年1月22日在某市第九届人民代表大会第五次会议上\n\n"
		    "市财政局局长\xe2\x80\x82刘某某\n\n一、预算执行情况\n\n正文。\n",
		    "关于某市2030年预算执行情况的报告", "市财政局局长 刘某某", "2031-01-22");
}

/* A speech whose title stands over a dash subtitle naming the occasion
 * and a date alone: the subtitle is no signer, so no issuer is read. */
static void
dash_subtitle_over_a_date(void **state)
{
	(void)state;
	expect_meta("齐心协力  共谋发展\n\n——在某校新生家长会上的讲话稿\n\n2030年7月18日\n\n"
		    "各位家长，大家好！\n\n今天我讲两点。\n\n1.关于学习。正文。\n\n2.关于生活。正文。\n",
		    "齐心协力  共谋发展", NULL, "2030-07-18");
}

/* A page whose scripts, styles and menus fill its top, with no line that
 * reads as a title there: the headline under its breadcrumb is. */
static void
headline_under_a_breadcrumb(void **state)
{
	char text[8192] = "var a = 1;\n\n";

	(void)state;
	for (int i = 0; i < 50; i++)
		strcat(text, "window.x = 1;\n\n");
	strcat(text, "当前位置： 首页  > 政务动态\n\n某市财政局2030年工作总结与2031年工作安排\n\n"
		     "信息来源：本网  发布日期：2031-02-27\n\n　　2030年是很不平凡的一年。全年收入增长。\n");
	expect_meta(text, "某市财政局2030年工作总结与2031年工作安排", "某市财政局", "2031-02-27");
}

/* A title that opens with a body's whole name right before the year it
 * is of (某市财政局2030年工作总结) names its issuer; a place before the
 * year (某某市2030年…) is no body. */
static void
body_before_the_year_of_a_title(void **state)
{
	(void)state;
	expect_meta("某市财政局2030年工作总结与2031年工作安排\n\n一、主要成效\n\n全年收入增长。\n",
		    "某市财政局2030年工作总结与2031年工作安排", "某市财政局", NULL);
	expect_meta("某某自治州2030年工作总结\n\n一、主要成效\n\n全年收入增长。\n",
		    "某某自治州2030年工作总结", NULL, NULL);
}

static void
title_reads_as_a_title(void **state)
{
	(void)state;
	/* A page's toolbar, one word a line, before the title. */
	expect_meta("下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n】\n"
		    "2030年某省政府工作报告\n"
		    "——2030年1月20日在某省第九届人民代表大会第二次会议上\n"
		    "来源：某省日报\n时间：2030-02-01\n某省人民政府省长 张三\n"
		    "各位代表：\n现在，我代表省人民政府向大会报告工作。\n一、过去一年的工作\n正文。\n",
		    "2030年某省政府工作报告", "某省人民政府省长 张三", "2030-01-20");
	/* Markup left by a web page is no title either. */
	expect_meta("<!--\n-->\n\n当前位置： 首页>> 概况\n\n某县2029年工作总结\n\n一、成效\n正文。\n",
		    "某县2029年工作总结", NULL, NULL);
	/* A sentence that names a report is no title; nor is a dateline. */
	expect_meta("3月5日，大会开幕。总理作政府工作报告。\n新华社北京3月6日电\n政府工作报告\n"
		    "各位代表：\n", "政府工作报告", NULL, NULL);
	/* Without a genre word the first short line still is; a genre word
	 * far down in the text does not make a title. */
	expect_meta("某市的河流与湖泊\n\n一、概况\n正文。\n", "某市的河流与湖泊", NULL, NULL);
	/* A title cited in book-title marks is the name inside them; marks
	 * around a part of it stay; the stage of the draft on the line
	 * under it ends it. */
	expect_meta("《某市教育事业十四五发展规划》\n（征求意见稿）\n一、概况\n正文。\n",
		    "某市教育事业十四五发展规划（征求意见稿）", NULL, NULL);
	expect_meta("关于印发《某市城市体检实施方案》的通知\n一、概况\n正文。\n",
		    "关于印发《某市城市体检实施方案》的通知", NULL, NULL);
	/* A title over two lines with the document number right under it
	 * (no blank line): the first line opens with 关于 and has no genre
	 * word, so the two are one title. */
	expect_meta("国务院关于印发国家职业教育改革\n实施方案的通知\n国发〔2019〕4号\n各省人民政府：\n现印发给你们。\n",
		    "国务院关于印发国家职业教育改革实施方案的通知", "国务院", NULL);
	/* A cover title broken over two lines, every line a paragraph: the
	 * first fills the line without a genre word, the second is the
	 * shorter rest; or a running header prints the two as one. */
	expect_meta("某某集团客服业务红黄线及负面清单记\n分管理规定\n主责部门：客户服务部\n第一章 总则\n"
		    "第一条 为了管理，制定本规定。\n",
		    "某某集团客服业务红黄线及负面清单记分管理规定", NULL, NULL);
	expect_meta("某某公司燃气\n安全检查办法\n主责部门：安全部\n某某公司管理文件 某某公司燃气安全检查办法\n"
		    "第一条 为了检查，制定本办法。\n",
		    "某某公司燃气安全检查办法", NULL, NULL);
	/* Not under an issuer's banner, nor under a short line the text
	 * never repeats with it. */
	expect_meta("某某集团有限公司管理文件\n某某安全规定\n第一条 为了安全，制定本规定。\n",
		    "某某安全规定", NULL, NULL);
	expect_meta("信息公开目录\n某某办法\n第一条 为了管理，制定本办法。\n", "某某办法", NULL, NULL);
	expect_meta("新华社北京2030年3月6日电\n政府工作报告\n各位代表：\n", "政府工作报告", NULL, NULL);
	/* A place's name on the line above the rest of the title, with the
	 * issuer right under it: one title. */
	expect_meta("某某自治州\n2016年国民经济和社会发展统计公报\n某某州统计局\n2017年3月16日\n2016年，全州经济平稳增长。\n",
		    "某某自治州2016年国民经济和社会发展统计公报", "某某州统计局", "2017-03-16");
	expect_meta("论几种关系\n\n甲乙丙丁，讲一。\n\n甲乙丙丁，讲二。\n\n甲乙丙丁，讲三。\n\n"
		    "甲乙丙丁，讲四。\n\n甲乙丙丁，讲五。\n\n甲乙丙丁，讲六。\n\n甲乙丙丁，讲七。\n\n"
		    "甲乙丙丁，讲八。\n\n甲乙丙丁，讲九。\n\n甲乙丙丁，讲十。\n\n第二个五年计划\n\n讲完了。\n",
		    "论几种关系", NULL, NULL);
}

static void
letter_spaced_and_wrapped_titles(void **state)
{
	(void)state;
	/* A page's heading above the document's own title: the date in
	 * parentheses under the title is the document's. */
	expect_meta("某某书记在开学典礼上的讲话\n在2032年秋季学期开学典礼上的讲话提纲\n（2032年9月3日）\n某某\n"
		    "同志们：\n今天我们在这里举行开学典礼。\n",
		    "某某书记在开学典礼上的讲话", NULL, "2032-09-03");
	/* No title: a sentence broken over lines (…所作的 / 政府工作报告 /
	 * 。会议…) gives none, nor does a line after the text has begun. */
	expect_meta("某届全国人民代表大会第三次会议听取和审议了国务院总理某某所作的\n政府工作报告\n"
		    "。会议充分肯定国务院过去一年的工作，同意报告提出的经济社会发展总体要求、主要目标、政策取向和今年工作"
		    "任务，决定批准这个报告。\n"
		    "会议号召，全国各族人民更加紧密地团结起来，为实现目标任务而努力奋斗，努力完成全年目标任务。\n"
		    "本文来自某某网站的决定\n", NULL, NULL, NULL);
	/* A page's note quoting the document, then the document's own
	 * title, the speaker's name and the date in parentheses: the
	 * headline named the speech after its speaker, the title is the
	 * speech's own, the name under it the issuer. */
	expect_meta("某某局长《在全市教育系统年度工作会议上的讲话》\n"
		    "现摘录某某局长《在全市教育系统年度工作会议上的讲话》，希全体教职工认真学习，结合实际抓好落实。\n"
		    "在全市教育系统年度工作会议上的讲话\n某某某\n（2032年2月22日）\n同志们：\n今天召开会议。\n",
		    "在全市教育系统年度工作会议上的讲话", "某某某", "2032-02-22");
	/* A notice's title that cites the document it issues stays the
	 * notice's when that document's title stands below. */
	expect_meta("关于印发《某市城市体检实施方案》的通知\n各区人民政府：\n"
		    "某市城市体检实施方案\n一、总体要求\n正文。\n",
		    "关于印发《某市城市体检实施方案》的通知", NULL, NULL);
	/* A subtitle under the title is no second line of it. */
	expect_meta("2032年某省政府工作报告\n2032年1月14日在某省第十四届人民代表大会第三次会议上\n\n"
		    "各位代表：\n现在，我代表省人民政府向大会报告工作。\n",
		    "2032年某省政府工作报告", NULL, "2032-01-14");
	/* Key words (主题词) are no title; a letter-spaced second line is
	 * closed up on its own; a footnote's mark ends no title. */
	expect_meta("农业　粮食　应急预案△　函\n主 题 词：\n国务院办公厅关于印发\n国 家 粮 食 应 急 预 案 的 函\n"
		    "国办函〔2032〕57号\n各省人民政府：\n现印发给你们。\n",
		    "国务院办公厅关于印发国家粮食应急预案的函", "国务院办公厅", NULL);
	/* Two bodies signing together, above the date: the first, the lead
	 * body, as when they share a line. */
	expect_meta("2032年某市国民经济和社会发展统计公报①\n\n某市统计局\n\n国家统计局某市调查队\n\n2033年4月30日\n\n"
		    "2032年，全市经济运行稳中向好，主要指标好于预期，高质量发展扎实推进，各项工作取得了新的成效。\n",
		    "2032年某市国民经济和社会发展统计公报", "某市统计局", "2033-04-30");
	/* Four departments of a joint notice, one a line above the date:
	 * the first leads. */
	expect_meta("关于印发《某某实施意见》的通知\n\n各有关单位：\n\n现将《某某实施意见》印发给你们，请认真贯彻执行。\n\n"
		    "　　某市科学技术委员会\n\n某市卫生健康委员会\n\n某市药品监督管理局\n\n某市教育委员会\n\n"
		    "2032年7月16日\n\n一、总体要求\n\n正文。\n",
		    "关于印发《某某实施意见》的通知", "某市科学技术委员会", "2032-07-16");
	/* A compilation numbers its items 第一, 第二: the ordinal and the spaces
	 * after it are no part of the title; 第一次… goes on without a space. */
	expect_meta("第二  某县关于加快脱贫的要求\n\n一、总体要求\n\n正文。\n\n二、重点任务\n\n正文。\n",
		    "某县关于加快脱贫的要求", NULL, NULL);
	expect_meta("第一次全国某某普查公报\n\n某市统计局\n\n2033年4月30日\n\n一、基本情况\n\n正文。\n",
		    "第一次全国某某普查公报", "某市统计局", "2033-04-30");
	/* A subtitle written as a sentence, the speaker before 作…报告. */
	expect_meta("2032年某省政府工作报告\n2032年1月19日在某省第十四届人民代表大会第三次会议上省长某某某作政府工作报告。\n"
		    "各位代表：\n现在，我代表省人民政府向大会报告工作。\n",
		    "2032年某省政府工作报告", "省长某某某", "2032-01-19");
	/* The speaker line broken after the post: 国务院总理 / 李克强. */
	expect_meta("政府工作报告\n\n——2032年3月5日在某届全国人民代表大会第五次会议上\n\n国务院总理　\n某某某\n\n"
		    "各位代表：\n现在，我代表国务院，向大会报告政府工作。\n",
		    "政府工作报告", "国务院总理 某某某", "2032-03-05");
	expect_meta("政 府 工 作 报 告\n——2031年3月5日在某届全国人民代表大会第一次会议上 国务院总理　某某\n"
		    "\n各位代表：\n", "政府工作报告", "国务院总理　某某", "2031-03-05");
	/* A speaker line whose post opens with the body the title names:
	 * that body's head reporting, the issuer. */
	expect_meta("2032年国务院政府工作报告\n政府工作报告\n——2032年3月5日在某届全国人民代表大会第五次会议上\n"
		    "国务院总理 某某某\n各位代表：\n现在，我代表国务院，向大会报告政府工作。\n",
		    "2032年国务院政府工作报告", "国务院总理 某某某", "2032-03-05");
	/* A letter-spaced year is closed up with the title, and a page's
	 * letter-spaced heading over the document's own title is the title
	 * said twice, not its first line: the body it names is the issuer. */
	expect_meta("2 0 3 0 年 国 务 院 政 府 工 作 报 告\n\n各位代表：\n现在，我报告工作。\n",
		    "2030年国务院政府工作报告", "国务院", NULL);
	expect_meta("2 0 3 0 年 某 某 部 工 作 报 告\n2030年某某部工作报告\n——2030年3月5日在某某会议上\n"
		    "某某部部长　某某\n各位代表：\n现在，我报告工作。\n",
		    "2030年某某部工作报告", "某某部部长　某某", "2030-03-05");
	/* A web page's column said twice running (in the breadcrumb and as
	 * the column's heading) is no title: the page's title under it is. */
	expect_meta("首页\n>\n本省要闻\n本省要闻\n2030年政府工作报告\n来源：某某日报\n"
		    "——2030年1月26日在某省第十四届人民代表大会第四次会议上\n省长　某某\n各位代表：\n"
		    "现在，我代表省人民政府，向大会报告工作。\n",
		    "2030年政府工作报告", "省长　某某", "2030-01-26");
	/* A short note in brackets, (全文), under a line of the page begins
	 * no text: the speaker under it is still the header's. */
	expect_meta("2030年某省政府工作报告\n——2030年1月26日在某省人民代表大会上\n扫一扫在手机打开当前页\n（全文）\n"
		    "某省人民政府省长 张三\n各位代表：\n现在，我报告工作。\n",
		    "2030年某省政府工作报告", "某省人民政府省长 张三", "2030-01-26");
	/* A title wrapped over two lines before the blank line. */
	expect_meta("某某区人民政府办公室关于印发\n《某某区海绵城市建设实施方案》的通知\n\n"
		    "各街道办事处：\n现将方案印发给你们，请认真执行。\n",
		    "某某区人民政府办公室关于印发《某某区海绵城市建设实施方案》的通知",
		    "某某区人民政府办公室", NULL);
	expect_meta("某市人民政府关于印发《某市节水行动方案》\n的通知\n\n各区人民政府：\n现印发给你们。\n",
		    "某市人民政府关于印发《某市节水行动方案》的通知", "某市人民政府", NULL);
	/* A name line under the title is not its second line. */
	expect_meta("某某工作总结\n某某局\n\n今年以来，我们做了几件事。\n", "某某工作总结", NULL, NULL);
}

static void
body_named_in_an_annual_report_title(void **state)
{
	(void)state;
	/* A 政府信息公开工作年度报告 names its body after the year, as a
	 * work report does. */
	expect_meta("2031 年某某市科委政府信息公开工作年度报告\n\n一、总体情况\n本年工作有序推进。\n",
		    "2031 年某某市科委政府信息公开工作年度报告", "某某市科委", NULL);
}

/* A title that opens with the Party's central committee by its short
 * name (中共中央关于…的意见) names its issuer, as one that opens with a
 * body's name does; a name that is no body's is not taken. */
static void
party_centre_named_in_a_title(void **state)
{
	(void)state;
	expect_meta("中共中央关于加强某某建设的意见\n\n为加强某某建设，现提出如下意见。\n一、总体要求\n正文。\n",
		    "中共中央关于加强某某建设的意见", "中共中央", NULL);
	expect_meta("中共党员关于加强某某建设的意见\n\n为加强某某建设，现提出如下意见。\n一、总体要求\n正文。\n",
		    "中共党员关于加强某某建设的意见", NULL, NULL);
}

static void
dates_under_the_title(void **state)
{
	(void)state;
	expect_meta("在某某会议上的讲话\n（一九五六年四月二十五日）\n\n同志们，今天讲几个问题。\n",
		    "在某某会议上的讲话", NULL, "1956-04-25");
	expect_meta("某某工作总结\n\n今年以来，我们做了几件事。\n\n某某局\n二○三二年一月二十七日\n",
		    "某某工作总结", "某某局", "2032-01-27");
	/* A subtitle after a run of ASCII hyphens or a single dash. */
	expect_meta("政府工作报告\n----2031年2月28日在某某区第十四届人民代表大会第二次会议上\n\n各位代表：\n",
		    "政府工作报告", NULL, "2031-02-28");
	expect_meta("政府工作报告\n--2031年2月5日在某某区人民代表大会上\n各位代表：\n",
		    "政府工作报告", NULL, "2031-02-05");
	expect_meta("政府工作报告\n—2031年3月7日在某某区人民代表大会上\n各位代表：\n",
		    "政府工作报告", NULL, "2031-03-07");
	/* A subtitle without its dash. */
	expect_meta("政府工作报告\n2031年3月5日在某届全国人民代表大会第一次会议上\n\n各位代表：\n",
		    "政府工作报告", NULL, "2031-03-05");
	/* A subtitle wrapped over two lines, in parentheses or after a
	 * dash, with the speaker under it; the wrapped tail is no part
	 * heading. */
	expect_meta("政府工作报告\n（2031年3月5日在某某区第十九届人民代表大会\n第五次会议上）\n\n"
		    "一、回顾\n正文。\n二、安排\n正文。\n", "政府工作报告", NULL, "2031-03-05");
	expect_meta("政府工作报告\n——2031年3月5日在某某区第十九届人民代表大会第五次\n会议上\n区长  张三\n\n"
		    "各位代表：\n现在，我代表区人民政府向大会报告工作。\n一、回顾\n正文。\n",
		    "政府工作报告", "区长  张三", "2031-03-05");
	/* The dates of the speech's parts are not the date of the speech. */
	expect_meta("在某某会议上的讲话\n(一九五五年三月)\n\n开幕词\n\n(一九五五年三月二十一日)\n\n"
		    "同志们：\n今天开会。\n", "在某某会议上的讲话", NULL, NULL);
}

static void
regulation_adopted_by(void **state)
{
	(void)state;
	/* The note in parentheses, wrapped over two lines. */
	expect_meta("某市文物保护条例\n\n（2030年6月19日某市第十四届人民代表大会\n"
		    "常务委员会第十三次会议通过）\n\n第一章  总则\n第一条  为了保护文物，制定本条例。\n",
		    "某市文物保护条例", "某市人民代表大会常务委员会", "2030-06-19");
	/* Wrapped inside its date. */
	expect_meta("某市档案条例\n\n（2031年6\n月19日某市第十四届人民代表大会常务委员会第十三次会议通过）\n\n"
		    "第一章  总则\n", "某市档案条例", "某市人民代表大会常务委员会", "2031-06-19");
	/* Amended since: the date of the version in force. */
	expect_meta("某市规划条例\n\n（2010年11月11日某市第十三届人民代表大会常务委员会第二十二次会议通过"
		    "  根据2018年12月20日某市第十五届人民代表大会常务委员会第八次会议"
		    "《关于修改某某条例的决定》第一次修正）\n\n第一章  总则\n",
		    "某市规划条例", "某市人民代表大会常务委员会", "2018-12-20");
	/* Approved by a higher body: the date is still that of its adoption. */
	expect_meta("# 某市某某保护条例\n\n2030年4月28日 某市第十九届人民代表大会常务委员会第二十七次会议通过\n\n"
		    "2030年6月12日 某省第十三届人民代表大会常务委员会第二十次会议批准\n\n## 第一章  总则\n",
		    "某市某某保护条例", "某市人民代表大会常务委员会", "2030-04-28");
	/* Amended by the city's decision that the province approved, all in
	 * one line: the city's meeting dates the change and made it. */
	expect_meta("# 某市某某管理办法\n\n2030年10月27日 某市第十二届人民代表大会常务委员会第十三次会议通过\n\n"
		    "2030年11月25日 某省第十届人民代表大会常务委员会第十一次会议批准\n\n"
		    "2036年8月27日 某市第十五届人民代表大会常务委员会第三十六次会议通过并经2036年9月25日"
		    "某省第十三届人民代表大会常务委员会第二十三次会议批准的《某市人民代表大会常务委员会关于修改"
		    "〈某市某某条例〉等九件地方性法规的决定》修正\n\n第一条 为了某事，制定本办法。\n",
		    "某市某某管理办法", "某市人民代表大会常务委员会", "2036-08-27");
	/* A ministry's rule: 经 (by way of) before the body is no word of
	 * its name; a body named 经济… keeps its first word. */
	expect_meta("# 某某假期实施办法\n\n2030年7月17日 经某某和社会保障部第6次部务会议通过\n\n"
		    "第一条 为了某事，制定本办法。\n", "某某假期实施办法", "某某和社会保障部", "2030-07-17");
	expect_meta("# 某市某某管理办法\n\n2030年7月17日 经济和信息化委员会第6次主任办公会议通过\n\n"
		    "第一条 为了某事，制定本办法。\n", "某市某某管理办法", "经济和信息化委员会", "2030-07-17");
	/* 经 before a city whose name opens with 济 is still 经 (by way of). */
	expect_meta("# 济某市某某条例\n\n2030年7月17日 经济某市第十届人民代表大会常务委员会第五次会议通过\n\n"
		    "第一条 为了某事，制定本条例。\n", "济某市某某条例", "济某市人民代表大会常务委员会", "2030-07-17");
	/* The adopting body, printed in full, beats the body the title names. */
	expect_meta("# 某某法院关于修改某某解释的决定\n\n2030年12月23日 某某法院审判委员会第1823次会议通过\n\n"
		    "2031年1月1日 施行\n\n一、修改某条。\n", "某某法院关于修改某某解释的决定",
		    "某某法院审判委员会", "2030-12-23");
	/* A Markdown title broken over two level-1 headings is one, and the
	 * lines under its second give the date and the body; an occasion
	 * (在某某委员会) on the first line is no issuer. */
	expect_meta("# 某某法院关于修改《某某法院关于某某问题的\n\n# 批复》等三件解释的决定\n\n"
		    "2030年12月23日 某某法院审判委员会第1823次会议通过\n\n一、修改某条。\n",
		    "某某法院关于修改《某某法院关于某某问题的批复》等三件解释的决定", "某某法院审判委员会",
		    "2030-12-23");
	expect_meta("# 中华人民共和国\n\n# 某某赔偿法\n\n## 第一章 总则\n\n第一条 为了某事，制定本法。\n",
		    "中华人民共和国某某赔偿法", NULL, NULL);
	/* So in plain text, the state's name on a line over a law's name
	 * (as a cover breaks it), the note of adoption right under them. */
	expect_meta("中华人民共和国\n某某设备安全法\n（2030年6月29日第十二届全国人民代表大会常务委员会第三次会议通过）\n\n"
		    "第一章 总则\n第一条 为了加强安全工作，制定本法。\n第二条 本法适用于全国。\n",
		    "中华人民共和国某某设备安全法", "全国人民代表大会常务委员会", "2030-06-29");
	expect_meta("中华人民共和国\n刑法修正案（十三）\n（2030年12月29日第十四届全国人民代表大会常务委员会第七次会议通过）\n\n"
		    "一、在刑法第一百六十五条中增加一款。\n\n二、本修正案自公布之日起施行。\n",
		    "中华人民共和国刑法修正案（十三）", "全国人民代表大会常务委员会", "2030-12-29");
	/* A law's name of two characters (宪法) too. */
	expect_meta("中华人民共和国\n宪法\n（2030年12月4日第五届全国人民代表大会第五次会议通过）\n\n"
		    "第一章 总纲\n第一条 某某国家是人民的国家。\n第二条 一切权力属于人民。\n",
		    "中华人民共和国宪法", "全国人民代表大会", "2030-12-04");
	expect_meta("# 在某某党第八届中央委员会\n\n# 第二次全体会议上的讲话\n\n（2036年11月15日）\n\n"
		    "同志们：\n\n我讲几个问题。\n", "在某某党第八届中央委员会第二次全体会议上的讲话", NULL,
		    "2036-11-15");
	/* Without a genre word, the second is the title's when it is the
	 * last level-1 heading; not when more follow (sections set as #). */
	expect_meta("# “十五五”\n\n# 规划建议发布\n\n## 摘要\n\n正文。\n\n## 背景\n\n正文。\n",
		    "“十五五”规划建议发布", NULL, NULL);
	expect_meta("# 某某纪要\n\n# 会议情况\n\n正文。\n\n# 会议要求\n\n正文。\n", "某某纪要", NULL, NULL);
	/* Two headings that are two titles, or a heading over a section, are
	 * not joined. */
	expect_meta("# 某某工作报告\n\n# 某某工作方案\n\n正文。\n", "某某工作报告", NULL, NULL);
	/* A date without its year (7月10日) dates no act: no 0000-07-10. */
	expect_meta("某某座谈会纪要\n\n（7月10日某某会议通过）\n\n一、会议指出，要依法惩治犯罪。\n\n"
		    "二、会议要求，加强协作。\n", "某某座谈会纪要", NULL, NULL);
	/* Published by an order. */
	expect_meta("某某管理条例\n\n（2031年5月12日国务院令第159号公布  根据2032年1月8日《国务院关于废止和修改"
		    "部分行政法规的决定》修订）\n\n第一章  总则\n", "某某管理条例", "国务院", "2032-01-08");
	/* The state's name at the head of the order is not the body's. */
	expect_meta("某某管理条例\n\n（2031年5月12日中华人民共和国国务院令第159号公布）\n\n第一章  总则\n",
		    "某某管理条例", "国务院", "2031-05-12");
	/* The acts one a line, each starting with its date. */
	expect_meta("# 某某法\n\n1994年5月12日 第八届全国人民代表大会常务委员会第七次会议通过\n\n"
		    "2012年10月26日 第十一届全国人民代表大会常务委员会第二十九次会议《关于修改的决定》修正\n\n"
		    "## 第一章 总则\n\n第一条 为了某事，制定本法。\n",
		    "某某法", "全国人民代表大会常务委员会", "2012-10-26");
	/* Adopted jointly by two meetings, each with its date, one act
	 * closing them: both bodies issue it, the later meeting dates it. */
	expect_meta("# 某某法院、某某检察院关于某某案件的解释\n\n2030年1月8日 某某法院审判委员会第1911次会议、"
		    "2030年2月22日某某检察院第十四届检察委员会第二十五次会议通过\n\n2030年3月20日 施行\n\n"
		    "第一条 某某行为，应当认定为犯罪。\n",
		    "某某法院、某某检察院关于某某案件的解释", "某某法院审判委员会、某某检察院检察委员会",
		    "2030-02-22");
	/* Published after its adoption: the adoption dates it.  A rule that
	 * was only published, then changed (修改): the change. */
	expect_meta("# 某某法院关于某某的若干规定\n\n2030年9月14日 某某法院审判委员会第1130次会议通过\n\n"
		    "2030年9月22日 某某法院公告公布\n\n2030年9月28日 施行\n\n为提高效率，制定本规定。\n",
		    "某某法院关于某某的若干规定", "某某法院审判委员会", "2030-09-14");
	/* Adopted at a government's executive meeting, then enacted by its
	 * order: the order dates it. */
	expect_meta("# 某某资源管理条例\n\n2031年3月20日 国务院第41次常务会议通过\n\n"
		    "2031年5月28日 国务院令第717号公布\n\n## 第一章 总则\n\n第一条 为了保护资源，制定本条例。\n",
		    "某某资源管理条例", "国务院", "2031-05-28");
	expect_meta("# 某某处理暂行办法\n\n2029年11月30日 某某总局令第20号公布\n\n"
		    "2032年3月24日 《某某总局关于修改和废止有关规章的决定》修改\n\n第一条 为规范工作，制定本办法。\n",
		    "某某处理暂行办法", "某某总局", "2032-03-24");
	/* Promulgated by a body named alone after the date, with no
	 * meeting nor order number (1985年3月6日 国务院发布), then changed
	 * by a decision: that body issues it, the change dates it. */
	expect_meta("# 某某倾废管理条例\n\n2029年3月6日 某某院发布\n\n"
		    "2031年1月8日 《某某院关于废止和修改部分行政法规的决定》修订\n\n第一条 为了保护海洋，制定本条例。\n",
		    "某某倾废管理条例", "某某院", "2031-01-08");
	/* A report that opens with the date of its events is no note: its
	 * 通过 (by way of) stands in a later sentence, not in the first. */
	expect_meta("某公司“4·01”物体打击事故调查报告\n\n2030年4月1日18时许，某公司工地发生事故，造成2人死亡。"
		    "某市人民政府成立调查组，调查组通过现场勘验查明了原因。\n\n一、基本情况\n\n正文。\n",
		    "某公司“4·01”物体打击事故调查报告", NULL, NULL);
	/* Words that are no body's name before the act are none. */
	expect_meta("# 某某办法\n\n2029年3月6日 正式发布\n\n第一条 为了规范工作，制定本办法。\n",
		    "某某办法", NULL, "2029-03-06");
}

static void
web_timestamp_is_the_last_resort(void **state)
{
	(void)state;
	expect_meta("发布时间：2033-12-30\n\n某县2033年工作总结\n\n今年以来，我们做了很多工作。\n",
		    "某县2033年工作总结", NULL, "2033-12-30");
	expect_meta("某县2033年工作总结\n发布时间：2033-12-30\n\n今年以来，我们做了很多工作。\n",
		    "某县2033年工作总结", NULL, "2033-12-30");
	expect_meta("某县2033年工作总结\n发布时间：2033-12-30\n\n今年以来，我们做了很多工作。\n\n"
		    "某县人民政府\n2033年12月20日\n", "某县2033年工作总结", "某县人民政府", "2033-12-20");
	/* A site line with its publication date, then the subtitle. */
	expect_meta("1975年国务院政府工作报告\n\n某某网　www.example.cn　　 2006年02月23日　　 来源：某报\n\n"
		    "【字体：大 中 小】\n\n1975年国务院政府工作报告\n\n"
		    "——1975年1月13日在第四届全国人民代表大会第一次会议上\n\n各位代表！\n",
		    "1975年国务院政府工作报告", "国务院", "1975-01-13");
}

/* A file's author stands in for its issuer only when it names a body:
 * not an office program's placeholder, a user's account in Latin letters
 * or a person named in Chinese. */
static void
author_that_may_issue(void **state)
{
	(void)state;
	assert_false(meta_author_issues("Administrator"));
	assert_false(meta_author_issues("微软用户"));
	assert_false(meta_author_issues("Sj"));
	assert_false(meta_author_issues(""));
	assert_true(meta_author_issues("Acme Trading Co., Ltd."));
	assert_true(meta_author_issues("Statistics Bureau"));
	assert_false(meta_author_issues("小微"));
	assert_false(meta_author_issues("张三"));
	assert_true(meta_author_issues("某某市统计局"));
	assert_true(meta_author_issues("某某有限公司"));
}

static void
issuer_as_printed(void **state)
{
	(void)state;
	/* The body the title names gives way to a speaker line whose post
	 * opens with it, that body's head; it beats any other speaker. */
	expect_meta("2034年国务院政府工作报告\n\n——2034年3月5日在某届全国人民代表大会第二次会议上\n"
		    "国务院总理　某某\n\n各位代表：\n", "2034年国务院政府工作报告", "国务院总理　某某", "2034-03-05");
	expect_meta("2034年国务院政府工作报告\n\n——2034年3月5日在某届全国人民代表大会第二次会议上\n"
		    "某某总理　某某\n\n各位代表：\n", "2034年国务院政府工作报告", "国务院", "2034-03-05");
	/* A copy that left the title's 年 out (2034国务院政府工作报告): the
	 * year is still no part of the body's name. */
	expect_meta("2034国务院政府工作报告\n\n——2034年3月5日在某届全国人民代表大会第二次会议上\n"
		    "某某总理　某某\n\n各位代表：\n", "2034国务院政府工作报告", "国务院", "2034-03-05");
	/* A copy converted from another code, with ? for the space after
	 * the post; a ? in a sentence is no speaker line. */
	expect_meta("2034年国务院政府工作报告\n\n——2034年3月5日在某届全国人民代表大会第二次会议上\n"
		    "国务院总理?某某\n\n各位代表：\n", "2034年国务院政府工作报告", "国务院总理?某某", "2034-03-05");
	expect_meta("2034年某市政府工作报告\n\n——2034年3月5日在某市第二次会议上\n"
		    "怎样当好市长?\n\n各位代表：\n", "2034年某市政府工作报告", NULL, "2034-03-05");
	/* No speaker line, no body in the title: the body the speaker
	 * reports for in the opening sentence; not in a speech's. */
	expect_meta("2034年政府工作报告\n——2034年3月5日在某届全国人民代表大会第二次会议上\n\n各位代表：\n"
		    "　　本届政府履职已经一年。现在，我代表国务院，向大会作政府工作报告，请予审议。\n",
		    "2034年政府工作报告", "国务院", "2034-03-05");
	expect_meta("在某某大会上的讲话\n\n同志们：\n现在，我代表中央委员会，向大会作报告。\n",
		    "在某某大会上的讲话", NULL, NULL);
	/* A name of parts with a middle dot between them (某某·某某某), as
	 * names of the peoples of Xinjiang are written; a dotted word in a
	 * sentence is no speaker line. */
	expect_meta("2035年某自治区政府工作报告\n——2035年1月27日在某自治区第十四届人民代表大会第四次会议上\n"
		    "自治区主席 某某某·某某某某\n各位代表：\n现在，我代表自治区人民政府，向大会报告工作。\n",
		    "2035年某自治区政府工作报告", "自治区主席 某某某·某某某某", "2035-01-27");
	expect_meta("2035年某自治区政府工作报告\n——2035年1月27日在某自治区第十四届人民代表大会第四次会议上\n"
		    "自治区主席 某某·某某，某某\n各位代表：\n现在，我代表自治区人民政府，向大会报告工作。\n",
		    "2035年某自治区政府工作报告", "自治区人民政府", "2035-01-27");
	/* A speaker's name letter-spaced. */
	expect_meta("2035年某市政府工作报告\n——2035年2月3日在某市第十六届人民代表大会第四次会议上\n"
		    "某市市长 张 三\n各位代表：\n", "2035年某市政府工作报告", "某市市长 张 三", "2035-02-03");
	/* The speaker's name alone under a page's timestamp, or the post
	 * written close up to the name: the issuer when nothing better is
	 * printed. */
	expect_meta("2036年某省政府工作报告\n——2036年2月3日在某省第十四届人民代表大会第四次会议上\n"
		    "时间：2036-02-24\n张三丰\n各位代表：\n现在，我报告工作。\n",
		    "2036年某省政府工作报告", "张三丰", "2036-02-03");
	expect_meta("政府工作报告\n——2036年3月5日在某届全国人民代表大会第三次会议上\n某国总理李四\n"
		    "各位代表：\n", "政府工作报告", "某国总理李四", "2036-03-05");
	/* A page's source key with its value on the next line: where the
	 * copy came from, as on one line, never the issuer. */
	expect_meta("2036年某省政府工作报告\n2036年1月27日在某省第十四届人民代表大会第四次会议上 某省省长 张三\n"
		    "来源：\n某省人民政府\n各位代表：\n现在，我报告工作。\n",
		    "2036年某省政府工作报告", "某省省长 张三", "2036-01-27");
	/* Growth (增长) close up to a word is no post. */
	expect_meta("政府工作报告\n——2036年3月5日在某届全国人民代表大会第三次会议上\n经济增长动能\n"
		    "各位代表：\n", "政府工作报告", NULL, "2036-03-05");
	/* Joint issuers shortened with 等: the first body as printed. */
	expect_meta("---\nauthor: 某省高级人民法院等\n---\n关于某类案件的座谈会纪要\n\n一、会议指出\n正文。\n",
		    "关于某类案件的座谈会纪要", "某省高级人民法院", NULL);
	expect_meta("---\nauthor: 某市教育局、某市财政局等部门\n---\n关于某事的意见\n\n一、总体要求\n正文。\n",
		    "关于某事的意见", "某市教育局", NULL);
	/* Joint issuers listed on one line, apart by a space or 、: the
	 * first; a speaker's post and name are no list. */
	expect_meta("# 某市2033年国民经济和社会发展统计公报\n\n某市统计局　国家统计局某市调查队\n\n"
		    "2034年3月20日\n\n## 一、综合\n\n正文。\n",
		    "某市2033年国民经济和社会发展统计公报", "某市统计局", "2034-03-20");
	expect_meta("关于某事的通知\n\n各单位：\n请做好工作。\n\n某市教育局、某市财政局\n\n2035年10月10日\n",
		    "关于某事的通知", "某市教育局", "2035-10-10");
	expect_meta("---\nauthor: 某市促进男女平等协会\n---\n关于某事的意见\n\n一、总体要求\n正文。\n",
		    "关于某事的意见", "某市促进男女平等协会", NULL);
	/* A sign-off beats what the front matter says. */
	expect_meta("---\n发布单位: 区政府办公室\n---\n关于做好某事的通知\n\n各街道：\n请做好工作。\n\n"
		    "某市某区人民政府办公室\n\n2035年10月10日\n",
		    "关于做好某事的通知", "某市某区人民政府办公室", "2035-10-10");
}

/* The attribute table a government page prints above a document, its
 * keys and values in cells: its title, number, body and date. */
static void
attribute_table_above(void **state)
{
	(void)state;
	expect_meta("索引号 | 0000-2035-001 | 主题分类 | 城乡建设\n\n"
		    "文件名称 | 某区2035年城市更新工作方案 | |\n\n"
		    "发布机构 | 某区人民政府办公室 | 文号 | 某府办〔2035〕3号\n\n"
		    "成文日期: | 2035年04月15日 | 公开日期: | 2035-04-16\n\n"
		    "为推进城市更新，制定本方案。\n\n一、总体要求\n\n正文。\n",
		    "某区2035年城市更新工作方案", "某区人民政府办公室", "2035-04-15");
	/* The same cells two spaces apart, as the readers write table rows. */
	expect_meta("索引号  0000-2035-002\n\n文件名称  某区2035年工作要点\n\n"
		    "为做好工作，制定本要点。\n\n一、总体要求\n\n正文。\n",
		    "某区2035年工作要点", NULL, NULL);
	/* A page's keys spaced out to one width (标　　题, 发 文 机 关) are
	 * the keys. */
	expect_meta("索 引 号：  0000/2035-1  发 文 机 关：  某省人民政府\n\n标　　题：  某某管理办法\n\n"
		    "成 文 日 期：  2035年01月02日\n\n为了规范管理，制定本办法。\n\n一、总则\n\n正文。\n",
		    "某某管理办法", "某省人民政府", "2035-01-02");
	/* One known key is no table: the title comes from the text. */
	expect_meta("某区2035年工作要点\n文件名称 | 另一个名称\n一、总体要求\n正文。\n二、工作安排\n正文。\n",
		    "某区2035年工作要点", NULL, NULL);
}

static void
covering_notice_signed(void **state)
{
	(void)state;
	char text[8192];
	int n = snprintf(text, sizeof text, "# 某区人民政府办公室关于印发某某规划的通知\n\n各街道：\n\n"
			 "现将规划印发给你们，请认真执行。\n\n某市某区人民政府办公室\n\n2036年7月20日\n\n"
			 "某某规划\n\n");

	/* The plan goes on long after the notice's sign-off. */
	for (int i = 0; i < 40 && n < (int)sizeof text - 100; i++)
		n += snprintf(text + n, sizeof text - (size_t)n, "第%d段正文，讲一件事。\n\n", i + 1);
	expect_meta(text, "某区人民政府办公室关于印发某某规划的通知", "某市某区人民政府办公室", "2036-07-20");
}

static void
key_value_header(void **state)
{
	(void)state;
	/* "key: value" lines at the top without the "---" around them; a
	 * page's address is no issuer. */
	expect_meta("版次: 头版\n日期: 2037-10-29\n来源: https://example.com/a?b=c\n\n# 某某建议发布\n\n"
		    "## 摘要\n正文。\n", "某某建议发布", NULL, "2037-10-29");
	/* A short date written out in full. */
	expect_meta("---\ndate: 2037-1-5\n---\n某某总结\n\n正文。\n", "某某总结", NULL, "2037-01-05");
	/* A scraper's header of Chinese keys, 正文： under it, then the
	 * report's subtitle and speaker line: they are read as under the
	 * title the header names, and the first subhead of the text, which
	 * says no part of that title, is not taken for it. */
	expect_meta("标题：2037年某市政府工作报告\n发文单位：某市人民政府\n发文时间：未知\n"
		    "来源URL：http://example.com/a.html\n\n正文：\n\n"
		    "――2037年1月30日在某市第九届人民代表大会第四次会议上\n某市人民政府市长 张三\n"
		    "2036年政府工作回顾\n1月30日，市长张三作报告时说，过去一年成绩显著。\n",
		    "2037年某市政府工作报告", "某市人民政府市长 张三", "2037-01-30");
}

static void
header_title_with_its_occasion(void **state)
{
	(void)state;
	/* A scraper's title field that carries the report's occasion after
	 * a doubled dash: the title is the part before it, whether the
	 * occasion is dated to the day or to the month. */
	expect_meta("标题：某市政府工作报告——2037年1月26日在某市第九届人民代表大会第三次会议上\n"
		    "发文单位：某市人民政府\n发文时间：2037-01-26\n报告人：某市人民政府市长 张三\n\n正文：\n\n"
		    "2037年1月26日在某市第九届人民代表大会第三次会议上\n\n某市人民政府市长 张三\n\n"
		    "各位代表：\n\n一、过去一年的工作\n\n正文。\n",
		    "某市政府工作报告", "某市人民政府市长 张三", "2037-01-26");
	expect_meta("标题：政府工作报告——2037年1月在某省第九届人民代表大会第一次会议上\n"
		    "发文单位：某省人民政府\n发文时间：2037-01-25\n\n正文：\n\n"
		    "某省省长 张三\n\n(2037年1月23日)\n\n各位代表:\n\n一、过去五年的工作\n\n正文。\n",
		    "政府工作报告", "某省省长 张三", "2037-01-23");
	/* A dash inside a title that is no occasion stays. */
	expect_meta("标题：某某规划（2037——2040年）\n发文单位：某市人民政府\n\n正文：\n\n一、总体要求\n\n正文。\n",
		    "某某规划（2037——2040年）", "某市人民政府", NULL);
}

static void
title_said_again_under_a_dateline(void **state)
{
	(void)state;
	/* A file's own title, a news agency's dateline, and the printed
	 * title that the first line already ends with: one title, said
	 * twice, not the two joined. */
	expect_meta("2037年某国政府工作报告\n新华社北京２０３７年３月１９日电\n政府工作报告\n\n"
		    "——2037年3月5日在第九届全国人民代表大会第一次会议上\n\n各位代表：\n"
		    "现在，我代表国务院，向大会报告工作。\n一、 过去五年工作回顾\n正文。\n",
		    "2037年某国政府工作报告", "国务院", "2037-03-05");
}

static void
front_matter_issuer(void **state)
{
	(void)state;
	/* Where the copy came from is no issuer; the issuing body's key
	 * is read wherever it stands, and beats an author's. */
	expect_meta("---\ntitle: \"某某促进法\"\nsource: \"某某法规数据库 (via 某站)\"\n"
		    "issuing_authority: \"某某人民代表大会\"\n---\n\n# 某某促进法\n\n第一条 为了促进，制定本法。\n",
		    "某某促进法", "某某人民代表大会", NULL);
	expect_meta("---\ntitle: \"某某方案\"\nsource: \"某某法规数据库\"\n---\n# 某某方案\n\n一、原则\n\n正文。\n",
		    "某某方案", NULL, NULL);
	expect_meta("---\n来源: 某某日报\n作者: 张三\n发文机关: 某县人民政府\n---\n某县2037年工作要点\n\n正文。\n",
		    "某县2037年工作要点", "某县人民政府", NULL);
	expect_meta("---\noffice: \"某市人民代表大会常务委员会\"\nurl: \"https://example.com/a\"\n---\n"
		    "某市河道条例\n\n第一条 为了管理河道，制定本条例。\n",
		    "某市河道条例", "某市人民代表大会常务委员会", NULL);
}

static void
sign_off_metadata(void **state)
{
	(void)state;
	struct doc *doc = unit_load("工作总结\n\n一、成效\n正文。\n某某局\n二〇二三年十一月二十三日\n", NULL);
	assert_string_equal(doc->title, "工作总结");
	assert_string_equal(doc->issuer, "某某局");
	assert_string_equal(doc->date, "2023-11-23");
	doc_free(doc);
}

static void
header_block_metadata(void **state)
{
	(void)state;
	struct doc *doc = unit_load("中华人民共和国2023年国民经济和社会发展统计公报\n国家统计局\n2024年2月29日\n"
				    "一、综合\n初步核算，全年国内生产总值1260582亿元。\n", NULL);
	assert_string_equal(doc->title, "中华人民共和国2023年国民经济和社会发展统计公报");
	assert_string_equal(doc->issuer, "国家统计局");
	assert_string_equal(doc->date, "2024-02-29");
	doc_free(doc);
	/* A document number under a title that page furniture pushed down. */
	doc = unit_load("下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n】\n某市人民政府关于做好工作的通知\n"
			"某政发〔2024〕9号\n各区人民政府：\n一、总体要求\n正文。\n", NULL);
	assert_string_equal(doc->docno, "某政发〔2024〕9号");
	assert_string_equal(doc->issuer, "某市人民政府");
	doc_free(doc);
	doc = unit_load("某市人民政府办公室关于做好工作的通知\nX政办发〔2024〕5号\n各区人民政府：\n一、总体要求\n正文。\n", NULL);
	assert_string_equal(doc->docno, "X政办发〔2024〕5号");
	doc_free(doc);
	doc = unit_load("政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n各位代表：\n"
			"现在，我代表国务院，向大会报告政府工作。\n", NULL);
	assert_string_equal(doc->title, "政府工作报告");
	assert_string_equal(doc->date, "2024-03-05");
	doc_free(doc);
}

/* A copier's block under a heading that labels the copy (# 源材料) may
 * name a field with a Latin abbreviation after its Han word (来源 URL):
 * still a key line of the block, so the document's own header below it
 * is read (统计公报 / 某某统计局 / its date).  When the block's 标题 names
 * the document in full and the text opens with a short form of that name
 * (its end, with a note mark: 统计公报[1]), the full name is the title; a
 * 标题 that does not end so leaves the title as printed. */
static void
copier_block_with_latin_key(void **state)
{
	(void)state;
	expect_meta("# 源材料（某某资料）\n\n- **标题**：某某2031年国民经济和社会发展统计公报\n- **来源 URL**：https://example.gov.cn/a.html\n"
		    "- **说明**：原样抓取；正文未改写。\n- **用途**：第一份资料。下游工件\n  必须能在本文件中找到依据。\n\n---\n\n"
		    "## 正文\n\n统计公报[1]\n\n某某统计局\n2032年2月28日\n\n一、综合\n\n全年地区生产总值1234亿元。\n",
		    "某某2031年国民经济和社会发展统计公报", "某某统计局", "2032-02-28");
	expect_meta("# 源材料（某某资料）\n\n- **标题**：某某资料汇编\n- **来源 URL**：https://example.gov.cn/a.html\n"
		    "- **说明**：原样抓取；正文未改写。\n\n---\n\n## 正文\n\n统计公报[1]\n\n某某统计局\n2032年2月28日\n\n"
		    "一、综合\n\n全年地区生产总值1234亿元。\n",
		    "统计公报", "某某统计局", "2032-02-28");
}

static void
title_before_dash(void **state)
{
	(void)state;
	struct doc *doc = unit_load("政府工作报告——2018年3月5日在大会上\n各位代表：\n", NULL);
	assert_string_equal(doc->title, "政府工作报告");
	doc_free(doc);
	/* The horizontal bar (――) or a box-drawing line (──) printed for
	 * the dash is a dash. */
	expect_meta("政府工作报告\n――2036年1月27日在某省第十四届人民代表大会第四次会议上\n省长 某某某\n"
		    "各位代表：\n现在，我代表省人民政府向大会报告工作。\n",
		    "政府工作报告", "省长 某某某", "2036-01-27");
	expect_meta("政府工作报告──2036年1月27日在某省第十四届人民代表大会第四次会议上\n各位代表：\n",
		    "政府工作报告", NULL, "2036-01-27");
	expect_meta("――2036年1月27日在某省第十四届人民代表大会第四次会议上\n各位代表：\n", NULL, NULL,
		    "2036-01-27");
}

static void
no_title_printed(void **state)
{
	(void)state;
	/* The report's title was lost: it opens with its dated subtitle and
	 * the speaker, which say when and who, not what. */
	expect_meta("—2031年2月11日在某区第九届人民代表大会第二次会议上\n\n某区人民政府区长 王五\n\n"
		    "各位代表：\n\n现在，我代表区人民政府向大会作工作报告，请予审议。\n\n一、过去一年的工作\n正文。\n",
		    NULL, "某区人民政府区长 王五", "2031-02-11");
	expect_meta("——2031年2月11日在某区第九届人民代表大会第二次会议上\n各位代表：\n"
		    "现在，我代表区人民政府向大会作工作报告，请予审议。\n",
		    NULL, NULL, "2031-02-11");
	/* A title above the subtitle is still the title. */
	expect_meta("某区政府工作报告\n—2031年2月11日在某区第九届人民代表大会第二次会议上\n各位代表：\n",
		    "某区政府工作报告", NULL, "2031-02-11");
	/* A bulletin whose title is not printed: a body over a date is
	 * who issued it. */
	expect_meta("某州统计局\n2032年5月7日\n2031年，全州经济稳中有进，经济社会高质量发展取得实效。\n"
		    "一、综合\n正文。\n", NULL, "某州统计局", "2032-05-07");
	/* The issuing body's name alone under the title, the text below
	 * it: the issuer. */
	expect_meta("2032年度某某事业发展统计公报\n中华人民共和国某某部\n"
		    "2032年，各项工作取得积极进展，事业发展稳中有进。\n一、就业\n正文。\n",
		    "2032年度某某事业发展统计公报", "中华人民共和国某某部", NULL);
	/* Not the bodies a notice is sent to. */
	expect_meta("关于做好某某工作的通知\n各区人民政府\n现将有关事项通知如下。\n一、要求\n正文。\n",
		    "关于做好某某工作的通知", NULL, NULL);
	/* A title that names a body is a title. */
	expect_meta("某某县人民政府\n一、概况\n正文。\n", "某某县人民政府", NULL, NULL);
	/* What is left of a lost title, a year and a note's mark, is no
	 * title: a title has words. */
	expect_meta("2032 [1]\n某州统计局\n2033年3月28日\n2032年，全州经济稳中有进，各项工作取得了新的成效。\n"
		    "一、综合\n正文。\n", NULL, "某州统计局", "2033-03-28");
}

/* A file's creation date stands in for the text's only near the moments
 * the text reports: not before the last of them (a file made from an
 * older one), not more than a year after it (a later copy). */
static void
file_date_near_reported_moments(void **state)
{
	struct doc *doc = unit_load("某工程“11.7”坍塌事故调查报告\n\n2030年11月7日11时左右，某工程发生坍塌，"
				    "2030年11月8日2时救出8人。\n\n一、基本情况\n\n正文。\n", NULL);

	(void)state;
	assert_false(meta_file_date_fits(doc, "2030-10-29"));
	assert_true(meta_file_date_fits(doc, "2030-11-08"));
	assert_true(meta_file_date_fits(doc, "2031-03-01"));
	assert_false(meta_file_date_fits(doc, "2034-07-15"));
	doc_free(doc);
	/* A date with no hour names no moment: a plan's target dates say
	 * nothing of when the file was made. */
	doc = unit_load("某某实施方案\n\n到2035年12月31日，基本建成。\n\n一、目标\n\n正文。\n", NULL);
	assert_true(meta_file_date_fits(doc, "2030-01-01"));
	doc_free(doc);
	/* A deadline or a start at an hour is a moment to come: a notice
	 * is made before it. */
	doc = unit_load("关于报送某某材料的通知\n\n各区：\n\n请于2030年5月10日17时前将材料报送市局，"
			"本办法自2030年6月1日0时起施行。\n\n某市某局\n", NULL);
	assert_true(meta_file_date_fits(doc, "2030-05-02"));
	doc_free(doc);
}

static void
joint_sign_off(void **state)
{
	(void)state;
	/* An investigation group named for its accident's day, its name
	 * broken before the quoted day: one name over both lines, the
	 * line above after a blank or not. */
	expect_meta("关于某公司“3.29”煤气中毒事故的调查报告\n\n2030年3月29日，某公司发生事故。\n\n一、基本情况\n\n"
		    "正文。\n\n某省政府某市某集团电业分公司\n“3.29”重大煤气中毒事故调查组\n二〇三〇年五月十九日\n",
		    "关于某公司“3.29”煤气中毒事故的调查报告", "某省政府某市某集团电业分公司“3.29”重大煤气中毒事故调查组",
		    "2030-05-19");
	expect_meta("某工程“4·21”物体打击事故调查报告\n\n2030年4月21日，某工程发生事故。\n\n一、基本情况\n\n"
		    "正文。\n\n某区\n\n“4·21”事故联合调查组\n\n2030年5月23日\n",
		    "某工程“4·21”物体打击事故调查报告", "某区“4·21”事故联合调查组", "2030-05-23");
	/* Two bodies sign side by side, the lead one first, by the short
	 * names; the title gives the lead one's full name. */
	expect_meta("某市交通委员会 某市公安局关于印发《某某实施方案》的通知\n各区人民政府：\n"
		    "现将《某某实施方案》印发给你们，请认真按照执行。\n\n市交通委        市公安局\n\n2031年4月1日\n",
		    "某市交通委员会 某市公安局关于印发《某某实施方案》的通知", "某市交通委员会", "2031-04-01");
	/* Without the full name in the title: the short one. */
	expect_meta("关于做好某某工作的通知\n各区人民政府：\n现将有关事项通知如下，请认真按照执行。\n\n"
		    "市交通委　　　市公安局\n\n2031年4月1日\n",
		    "关于做好某某工作的通知", "市交通委", "2031-04-01");
	/* One body, or a name spaced out, stays as printed. */
	expect_meta("关于做好某某工作的通知\n各区人民政府：\n现将有关事项通知如下，请认真按照执行。\n\n"
		    "某市 交通委员会\n\n2031年4月1日\n",
		    "关于做好某某工作的通知", "某市 交通委员会", "2031-04-01");
	/* One space between two whole names: the first; between a body
	 * and a word of its name, the line as printed. */
	expect_meta("某市统计局 国家统计局某市调查队\n2032年3月28日\n"
		    "2031年，全市经济稳中有进，各项工作取得了新的成效。\n一、综合\n正文。\n",
		    NULL, "某市统计局", "2032-03-28");
	expect_meta("关于做好某某工作的通知\n各区人民政府：\n现将有关事项通知如下，请认真按照执行。\n\n"
		    "中共某某市委 宣传部\n\n2031年4月1日\n",
		    "关于做好某某工作的通知", "中共某某市委 宣传部", "2031-04-01");
}

static void
promulgation_notice(void **state)
{
	(void)state;
	/* A standing committee's notice promulgates a regulation printed
	 * under it: the report is the regulation. */
	expect_meta("某省人大常委会\n公  告\n（第5号）\n"
		    "《某省河道管理条例》已由某省第九届人民代表大会常务委员会第三次会议于2031年3月28日通过，现予公布，自2031年5月1日起施行。\n"
		    "某省人民代表大会常务委员会\n2031年3月28日\n"
		    "某省河道管理条例\n（2031年3月28日某省第九届人民代表大会常务委员会第三次会议通过）\n"
		    "第一条 为了加强河道管理，制定本条例。\n",
		    "某省河道管理条例", "某省人民代表大会常务委员会", "2031-03-28");
	/* Without the regulation's text: the notice, named by its body. */
	expect_meta("某省人大常委会\n公 告\n（第5号）\n"
		    "《某省河道管理条例》已由某省第九届人民代表大会常务委员会第三次会议于2031年3月28日通过，现予公布。\n"
		    "某省人民代表大会常务委员会\n2031年3月28日\n",
		    "某省人大常委会公告", "某省人民代表大会常务委员会", "2031-03-28");
}

/* An order's masthead over the act it publishes (中华人民共和国主席令 /
 * 第15号, 某省人民政府令第88号) names the order: the act's title under it
 * is the title; an order whose promulgating sentence cites the act finds
 * the act's title line below; a line ending in 令 with no number under
 * it is a title as any other. */
static void
order_masthead_over_act(void **state)
{
	(void)state;
	expect_meta("中华人民共和国主席令\n第15号\n中华人民共和国某某法\n"
		    "（2031年3月1日第十五届全国人民代表大会第一次会议通过）\n"
		    "第一章 总 则\n第一条 为了测试，制定本法。\n",
		    "中华人民共和国某某法", "全国人民代表大会", "2031-03-01");
	expect_meta("某省人民政府令\n（第 88 号）\n某省某某办法\n第一条 为了测试，制定本办法。\n",
		    "某省某某办法", NULL, NULL);
	expect_meta("某省人民政府令第八十八号\n某省某某办法\n第一条 为了测试，制定本办法。\n",
		    "某省某某办法", NULL, NULL);
	expect_meta("中华人民共和国国务院令\n第717号\n"
		    "《某某管理条例》已经2031年3月1日国务院第100次常务会议通过，现予公布，自2031年5月1日起施行。\n"
		    "某某管理条例\n第一条 为了测试，制定本条例。\n",
		    "某某管理条例", NULL, NULL);
	expect_meta("某某县禁渔令\n第一条 为了测试，制定本令。\n", "某某县禁渔令", NULL, NULL);
}

/* The lines at the top around a title: an attachment's mark above it
 * (大纲1) is no title; a body's name above a title ending in its genre
 * word is the title's first line and its issuer; a title broken
 * mid-phrase, even with its lines apart, is joined; a body's line above
 * a whole title stays apart, its issuer when nothing better is. */
static void
title_lines_at_the_top(void **state)
{
	(void)state;
	expect_meta("大纲1\n\n某某市2031年考试安排\n\n一、考试性质\n\n正文。\n",
		    "某某市2031年考试安排", NULL, NULL);
	expect_meta("附表2：\n\n某某市2031年考试安排\n\n一、考试性质\n\n正文。\n",
		    "某某市2031年考试安排", NULL, NULL);
	/* The mark after the number of the letter it is attached to, as a
	 * PDF's first page carries it, is no title's part. */
	expect_meta("某建函〔2031〕67 号附件 1\n\n\n  某某市物业管理条例\n\n第一条 为了测试，制定本条例。\n",
		    "某某市物业管理条例", NULL, NULL);
	expect_meta("某某省人民政府外事办公室\n2031年招考公务员考试大纲\n\n一、考试性质\n\n正文。\n",
		    "某某省人民政府外事办公室2031年招考公务员考试大纲", "某某省人民政府外事办公室", NULL);
	expect_meta("某某集团对破坏管道行为或\n\n第三方损坏行为的应对指引\n\n一、总则\n\n正文。\n",
		    "某某集团对破坏管道行为或第三方损坏行为的应对指引", NULL, NULL);
	expect_meta("某某县人民政府办公室\n\n某某县2031年工作方案\n\n一、总体要求\n\n正文。\n",
		    "某某县2031年工作方案", "某某县人民政府办公室", NULL);
	/* A company's name on a cover above a title with no genre word: the
	 * name is whose the document is, the next line its title; the name
	 * alone is the title only when no line can be. */
	expect_meta("某某数字科技有限公司\n\n设备管理程序\n\n1.目的\n\n正文。\n\n2.范围\n\n正文。\n",
		    "设备管理程序", "某某数字科技有限公司", NULL);
	expect_meta("某某数字科技有限公司\n\n一、总则\n\n正文。\n\n二、附则\n\n正文。\n",
		    "某某数字科技有限公司", NULL, NULL);
}

/* A title may end with a note in brackets: （试行）, （草案）, （2031年版）,
 * （征求意见稿）, （范本）; a line that is all note (（此件公开发布）) is
 * no title. */
static void
title_with_a_note(void **state)
{
	(void)state;
	expect_meta("某某市物业管理办法（试行）\n\n一、总则\n\n正文。\n\n二、附则\n\n正文。\n",
		    "某某市物业管理办法（试行）", NULL, NULL);
	expect_meta("某某分类管理名录（2031年版）\n\n第一条 为了测试。\n\n第二条 施行。\n",
		    "某某分类管理名录（2031年版）", NULL, NULL);
	expect_meta("检查记录表（范本）\n\n一、基础信息\n\n正文。\n\n二、情况\n\n正文。\n",
		    "检查记录表（范本）", NULL, NULL);
	expect_meta("（此件公开发布）\n\n一、基础信息\n\n正文。\n\n二、情况\n\n正文。\n",
		    NULL, NULL, NULL);
	/* The stage of a draft on its own line right under the title is
	 * the title's end; a note of another kind there is not. */
	expect_meta("  某某市物业管理条例（修订草案）\n          （征求意见稿）\n\n第一章 总则\n\n"
		    "第一条 为了测试，制定本条例。\n",
		    "某某市物业管理条例（修订草案）（征求意见稿）", NULL, NULL);
	expect_meta("某某市物业管理办法\n（试行）\n\n一、总则\n\n正文。\n\n二、附则\n\n正文。\n",
		    "某某市物业管理办法（试行）", NULL, NULL);
}

static void
title_over_lines_apart(void **state)
{
	(void)state;
	/* A web page centres a long title over two or three lines, each
	 * its own paragraph: they are one title. */
	expect_meta("某市人民政府关于印发\n\n《某市人民政府工作规则》的通知\n\n某府发〔2030〕1号\n\n"
		    "各区人民政府：\n\n现将规则印发给你们。\n",
		    "某市人民政府关于印发《某市人民政府工作规则》的通知", "某市人民政府", NULL);
	expect_meta("某市人民政府办公厅关于印发某某改革中\n\n某某单位转制为企业和进一步\n\n"
		    "支持某某发展两个规定的通知\n\n各区人民政府：\n\n现将两个规定印发给你们。\n",
		    "某市人民政府办公厅关于印发某某改革中某某单位转制为企业和进一步支持某某发展两个规定的通知",
		    "某市人民政府办公厅", NULL);
	/* A middle line can end with a genre word (制度) that is not the
	 * title's last: the line under it holds the 的 before the genre
	 * word that is. */
	expect_meta("某某市人民政府关于全面推行\n社区服务事项清单制度和办事全过程记录制度\n的实施意见\n"
		    "某政发〔2031〕5号\n各区人民政府：\n为做好社区服务工作，提出如下意见。\n一、总体要求\n",
		    "某某市人民政府关于全面推行社区服务事项清单制度和办事全过程记录制度的实施意见",
		    "某某市人民政府", NULL);
	expect_meta("某某市人民政府关于全面推行\n社区服务公示制度办事全过程记录制度\n重大事项审核制度的指导意见\n"
		    "某政发〔2031〕6号\n各区人民政府：\n为做好社区服务工作，提出如下意见。\n一、总体要求\n",
		    "某某市人民政府关于全面推行社区服务公示制度办事全过程记录制度重大事项审核制度的指导意见",
		    "某某市人民政府", NULL);
	expect_meta("某某市人民政府关于印发某某\n\n社区服务事项清单制度\n\n的通知\n\n各区人民政府：\n\n"
		    "现将制度印发给你们。\n",
		    "某某市人民政府关于印发某某社区服务事项清单制度的通知", "某某市人民政府", NULL);
}

static void
genres_of_official_documents(void **state)
{
	(void)state;
	/* 通报, 请示, 纪要 and 议案 are genres of official documents as
	 * 通知 is: a title can end with them. */
	expect_meta("某市人民政府办公厅关于甲、乙县\n两起事故\n\n调查处理情况的通报\n\n各区人民政府：\n\n"
		    "现将有关情况通报如下。\n",
		    "某市人民政府办公厅关于甲、乙县两起事故调查处理情况的通报", "某市人民政府办公厅", NULL);
	expect_meta("某区人民政府关于某某工程资金的请示\n\n某市人民政府：\n\n现就有关事项请示如下。\n",
		    "某区人民政府关于某某工程资金的请示", "某区人民政府", NULL);
}

static void
link_under_the_title(void **state)
{
	(void)state;
	/* A page copied to Markdown prints its source's address under the
	 * title: a link alone is no text, the note of adoption under it is
	 * the law's still. */
	expect_meta("某某法\n------\n<http://www.example.gov.cn/npc/c30834/202101/49b50d96743946bda545ef0c333830b4.shtml>\n\n"
		    "（2030年5月6日某省人民代表大会常务委员会第七次会议通过）\n\n"
		    "第一条　为了规范管理，制定本法。\n",
		    "某某法", "某省人民代表大会常务委员会", "2030-05-06");
}

static void
body_of_the_last_change(void **state)
{
	(void)state;
	/* A law passed by one body and revised by another: the text in
	 * force is the revision's, and so is its body; a change by a
	 * decision that names no meeting leaves the first body. */
	expect_meta("某某法\n\n（2000年1月1日某省人民代表大会第四次会议通过　根据2010年1月1日某省人民代表大会"
		    "常务委员会第十次会议《关于修改部分法规的决定》第一次修正　2030年5月6日某省人民代表大会常务委员会"
		    "第二十五次会议修订）\n\n第一条　为了规范管理，制定本法。\n",
		    "某某法", "某省人民代表大会常务委员会", "2030-05-06");
	expect_meta("某某条例\n\n（2010年11月19日某省人民政府令第5号公布　根据2016年2月6日《某省人民政府关于"
		    "修改部分规章的决定》修订）\n\n第一条　为了规范管理，制定本条例。\n",
		    "某某条例", "某省人民政府", "2016-02-06");
}

/* A title that names another document in 《》 may run past 60
 * characters (关于修改《…》等二十九件…的决定); the passage note under it,
 * a date and 会议通过, is no title. */
static void
long_title_naming_a_document(void **state)
{
	(void)state;
	expect_meta("某某人民法院关于修改《某某人民法院关于某某破产企业国有划拨土地使用权应否列入破产财产等问题的批复》"
		    "等二十九件商事类司法解释的决定\n\n2031年12月23日 某某人民法院审判委员会第1823次会议通过\n\n"
		    "根据审判实践需要，作如下修改：\n\n一、修改某批复\n\n正文。\n\n二、修改另一批复\n\n正文。\n",
		    "某某人民法院关于修改《某某人民法院关于某某破产企业国有划拨土地使用权应否列入破产财产等问题的批复》"
		    "等二十九件商事类司法解释的决定", "某某人民法院审判委员会", "2031-12-23");
	/* Without a 《》, a line that long is no title. */
	expect_meta("某某人民法院关于修改某某人民法院关于某某破产企业国有划拨土地使用权应否列入破产财产等问题的批复"
		    "等二十九件商事类司法解释及其他若干事项的决定\n\n某某工作方案\n\n一、修改\n\n正文。\n",
		    "某某工作方案", NULL, NULL);
}

static void
transmitting_notice_signed(void **state)
{
	(void)state;
	/* A notice that transmits another body's report: the title names the
	 * body that transmits it before 转发, and the notice's own sign-off,
	 * not the report's at the end, gives the issuer and the date. */
	expect_meta("某省人民政府办公厅转发省某某局关于2037年某某工作意见报告的通知\n\n某政办发〔2037〕2号\n\n"
		    "各市人民政府：\n\n省某某局《关于2037年某某工作意见的报告》已经省人民政府同意，现转发给你们。\n\n"
		    "某省人民政府办公厅\n\n2037年2月4日\n\n关于2037年某某工作\n\n意见的报告\n\n省人民政府：\n\n"
		    "一、2036年工作情况\n\n正文。\n\n二、2037年工作意见\n\n正文。\n\n省某某局\n\n2037年1月20日\n",
		    "某省人民政府办公厅转发省某某局关于2037年某某工作意见报告的通知", "某省人民政府办公厅", "2037-02-04");
	/* A notice whose title names its body before 印发 (某区人民政府办公室
	 * 印发关于…的通知), signed with that name and no date: the body the
	 * title names, not the copier's front matter. */
	expect_meta("---\n发布单位: 某市某区人民政府办公室\n---\n\n"
		    "# 某区人民政府办公室印发关于建立某区某某机制实施意见的通知\n\n区政府各部门：\n\n"
		    "《关于建立某区某某机制的实施意见》已经区政府同意，现印发给你们，请按照执行。\n\n"
		    "某区人民政府办公室\n\n关于建立某区某某机制的实施意见\n\n一、总体要求\n\n正文。\n",
		    "某区人民政府办公室印发关于建立某区某某机制实施意见的通知", "某区人民政府办公室", NULL);
	/* A reply that sends other documents on as its attachments (附件1,
	 * 附件2): its own sign-off, before the first attachment's mark,
	 * not the last attachment's. */
	expect_meta("某省人民政府办公厅关于某县某某问题的复函\n\n某政办函〔2037〕8号\n\n某县人民政府：\n\n"
		    "你县的请示收悉。现将某某厅的报告和专家组意见转复你县。\n\n附件：1.某某厅的报告\n\n"
		    "某省人民政府办公厅\n\n2037年11月4日\n\n附件1\n\n关于某县某某问题的报告\n\n"
		    "省人民政府：\n\n一、基本情况\n\n正文。\n\n某某厅\n\n2037年10月10日\n\n附件2\n\n"
		    "某县某某问题调查意见\n\n正文。\n\n某某专家组\n\n2037年9月23日\n",
		    "某省人民政府办公厅关于某县某某问题的复函", "某省人民政府办公厅", "2037-11-04");
	/* 公布 too: a notice that publishes the school's own plan, signed
	 * above it; the plan's own sign-off at the end is the draft's. */
	expect_meta("关于公布某某学校某某三年行动计划的通知\n\n各处室：\n\n现公布某某三年行动计划，请提出意见。\n\n"
		    "某某学校\n\n2037年10月10日\n\n某某学校某某三年行动计划\n\n一、指导思想\n\n正文。\n\n"
		    "二、行动目标\n\n正文。\n\n某某学校\n\n2037年9月22日\n",
		    "关于公布某某学校某某三年行动计划的通知", "某某学校", "2037-10-10");
	/* 批转 as well: the title names the body that transmits. */
	expect_meta("某市人民政府批转市某某委关于某某问题请示的通知\n\n各区人民政府：\n\n现将请示批转给你们。\n\n"
		    "关于某某问题的请示\n\n市人民政府：\n\n一、某某\n\n正文。\n",
		    "某市人民政府批转市某某委关于某某问题请示的通知", "某市人民政府", NULL);
}

/* A notice whose sign-off stands above the plan it carries, on a page
 * that ends with no sign-off at all (the plan, an attachment's table,
 * then the 抄送 and 印发 lines): its date is the sign-off's, not the page's
 * timestamp; with no attachment after it the timestamp stays. */
static void
covering_notice_signed_page_without_end_sign_off(void **state)
{
	(void)state;
	char text[8192], plain[8192];
	const char *head = "某省某某厅关于深化某某改革的通知\n\n发布时间：2037年07月07日\n\n各市某某局：\n\n"
			   "现就有关工作提出如下要求。\n\n一、提高认识\n\n正文。\n\n二、加强保障\n\n正文。\n\n";
	const char *signed_off = "某省某某厅\n\n二○三七年六月十二日\n\n某省某某改革方案\n\n";
	const char *tail = "某某结构表\n\n科目\n\n学分\n\n抄送：某某部。\n\n某省某某厅办公室    2037年6月13日印发\n";
	int n = snprintf(text, sizeof text, "%s附件：某省某某改革方案\n\n%s", head, signed_off);
	int m = snprintf(plain, sizeof plain, "%s%s", head, signed_off);

	/* The plan goes on long after the notice's sign-off. */
	for (int i = 0; i < 40 && n < (int)sizeof text - 300; i++) {
		n += snprintf(text + n, sizeof text - (size_t)n, "第%d段正文，讲一件事。\n\n", i + 1);
		m += snprintf(plain + m, sizeof plain - (size_t)m, "第%d段正文，讲一件事。\n\n", i + 1);
	}
	snprintf(text + n, sizeof text - (size_t)n, "附件1\n\n%s", tail);
	snprintf(plain + m, sizeof plain - (size_t)m, "%s", tail);
	expect_meta(text, "某省某某厅关于深化某某改革的通知", "某省某某厅", "2037-06-12");
	expect_meta(plain, "某省某某厅关于深化某某改革的通知", "某省某某厅", "2037-07-07");

	/* A page's information table outranks such a pair: here the notice's
	 * own sign-off is spoilt by a stray entity, and the pair found is the
	 * transmitted request's. */
	n = snprintf(text, sizeof text, "发文机关：\t某省人民政府办公厅\t成文日期：\t2037年07月17日\n\n"
		     "某省人民政府办公厅转发省某某厅关于某某问题请示的通知\n\n各市人民政府：\n\n"
		     "省某某厅《关于某某问题的请示》已经省人民政府同意，现转发给你们。\n\n"
		     "某省人民政府办公厅 &sp;\n\n二○三七年七月十七日\n\n关于某某问题的请示\n\n省人民政府：\n\n"
		     "一、逐年实施\n\n正文。\n\n二、保证投入\n\n正文。\n\n省某某厅\n\n二○三七年五月十三日\n\n"
		     "附件1\n\n某某计划表\n\n");
	for (int i = 0; i < 40 && n < (int)sizeof text - 100; i++)
		n += snprintf(text + n, sizeof text - (size_t)n, "第%d行，某地，某数。\n\n", i + 1);
	expect_meta(text, "某省人民政府办公厅转发省某某厅关于某某问题请示的通知", "某省人民政府办公厅", "2037-07-17");
}

/* A notice that sends a document as its attachment, signed and dated over
 * it, the attachment's mark (附件1) right under the date, on a page that
 * ends with the document and no sign-off: its date is the sign-off's, not
 * the copier's front matter (the day the page was posted). */
static void
covering_notice_signed_over_attachment_mark(void **state)
{
	(void)state;
	char text[8192];
	int n = snprintf(text, sizeof text, "---\n标题: 关于印发《某区某某管理办法》的通知\n发布日期: 2037-03-11\n---\n\n"
			 "# 关于印发《某区某某管理办法》的通知\n\n各有关单位：\n\n现将办法印发给你们，请遵照执行。\n\n"
			 "附件：1．某区某某管理办法\n\n2．某区某某流程图\n\n某区建设和管理委员会\n\n2037年3月9日\n\n附件1\n\n"
			 "某区某某管理办法\n\n");
	for (int i = 0; i < 30 && n < (int)sizeof text - 100; i++)
		n += snprintf(text + n, sizeof text - (size_t)n, "%d、第%d项规定，讲一件事。\n\n", i + 1, i + 1);
	expect_meta(text, "关于印发《某区某某管理办法》的通知", "某区建设和管理委员会", "2037-03-09");
}

/* A page's timestamp key with its value on the next line (时间：/
 * 2036-03-05 10:30) dates the page as on one line; a key with no date
 * under it dates nothing. */
static void
timestamp_value_below(void **state)
{
	(void)state;
	expect_meta("关于做好某项工作的通知\n日期：\n2036-03-05 10:30\n各区人民政府：\n现将有关事项通知如下。\n",
		    "关于做好某项工作的通知", NULL, "2036-03-05");
	expect_meta("关于做好某项工作的通知\n发布时间:\n2036年03月05日 10:30:00\n各区人民政府：\n"
		    "现将有关事项通知如下。\n", "关于做好某项工作的通知", NULL, "2036-03-05");
	expect_meta("关于做好某项工作的通知\n日期：\n各区人民政府：\n现将有关事项通知如下。\n",
		    "关于做好某项工作的通知", NULL, NULL);
}

/* A standard's cover says which standard it replaces (代替 and a code)
 * between its own code and its name: that line is no title either, and
 * the name said again above clause 1 is still no heading. */
static void
standard_replaces_line(void **state)
{
	struct doc *doc;
	struct outline *o = NULL;

	(void)state;
	expect_meta("某某省地方标准\nDB 99/999-2019\n代替DB 99/999-2010\n锅灶烟气排放标准\n"
		    "前  言\n为防治烟气污染，制定本标准。\n锅灶烟气排放标准\n1 适用范围\n"
		    "本标准规定了排放限值。\n", "锅灶烟气排放标准", NULL, NULL);
	expect_meta("中华人民共和国国家标准\nGB 99999—2020\n部分代替 GB 99998—2008, GB 99997—2009\n"
		    "道路施工场界扬尘排放标准\n1 适用范围\n本标准规定了排放限值。\n",
		    "道路施工场界扬尘排放标准", NULL, NULL);
	doc = unit_load("某某省地方标准\nDB 99/999-2019\n代替DB 99/999-2010\n锅灶烟气排放标准\n"
			"锅灶烟气排放标准\n1 适用范围\n本标准规定了排放限值。\n2 术语和定义\n"
			"下列术语适用于本标准。\n", NULL);
	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->count, 2);
	assert_int_equal(o->nodes[0]->depth, 1);
	assert_string_equal(o->nodes[0]->title, "适用范围");
	outline_free(o);
	doc_free(doc);
	/* A title that only speaks of replacing is one. */
	expect_meta("关于代替2019年通知的说明\n现说明如下。\n", "关于代替2019年通知的说明", NULL, NULL);
}

/* A standard's cover or page head names the kind of standard and whose
 * it is, maybe with its code, above its own name: that line is no title,
 * letter-spaced or not, nor is the 前言 of a standard without a cover;
 * the name said again above clause 1 is no heading. */
static void
standard_kind_above_the_title(void **state)
{
	struct doc *doc;
	struct outline *o = NULL;

	(void)state;
	expect_meta("某某机械有限公司企业标准    Q/ABC.100.012-2020\n设备点检控制程序\n1、目的\n规范点检。\n",
		    "设备点检控制程序", NULL, NULL);
	expect_meta("某某机械有限公司企业标准 Q/ABC.100.012-2020\n设备点检管理规定\n1、目的\n规范点检。\n",
		    "设备点检管理规定", NULL, NULL);
	expect_meta("ICS 13.140\n中 华 人 民 共 和 国 国 家 标 准\nGB 99999—2020\n道路施工场界扬尘排放标准\n"
		    "前  言\n为防治扬尘污染，制定本标准。\n道路施工场界扬尘排放标准\n1 适用范围\n"
		    "本标准规定了排放限值。\n2 术语和定义\n下列术语适用于本标准。\n",
		    "道路施工场界扬尘排放标准", NULL, NULL);
	expect_meta("前  言\n为防治扬尘污染，制定本标准。\n道路施工场界扬尘排放标准\n1 适用范围\n"
		    "本标准规定了排放限值。\n", "道路施工场界扬尘排放标准", NULL, NULL);
	doc = unit_load("中华人民共和国国家标准\nGB 99999—2020\n道路施工场界扬尘排放标准\n"
			"道路施工场界扬尘排放标准\n1 适用范围\n本标准规定了排放限值。\n2 术语和定义\n"
			"下列术语适用于本标准。\n", NULL);
	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->count, 2);
	assert_int_equal(o->nodes[0]->depth, 1);
	assert_string_equal(o->nodes[0]->title, "适用范围");
	outline_free(o);
	doc_free(doc);
	/* A title that names a standard in a longer phrase still is one. */
	assert_false(meta_standard_kind("关于实施企业标准自我声明的通知", strlen("关于实施企业标准自我声明的通知")));
	assert_true(meta_standard_kind("某某省地方标准 DB11/T 123－2020", strlen("某某省地方标准 DB11/T 123－2020")));
	assert_true(meta_standard_kind("中华人民共和国国家环境保护标准", strlen("中华人民共和国国家环境保护标准")));
	assert_true(meta_standard_kind("中 华 人 民 共 和 国 国 家 职 业 卫 生 标 准",
				       strlen("中 华 人 民 共 和 国 国 家 职 业 卫 生 标 准")));
	assert_false(meta_standard_kind("中华人民共和国标准化法", strlen("中华人民共和国标准化法")));
	expect_meta("中华人民共和国国家环境保护标准\nHJ 999—2020\n餐馆油烟治理技术规范\n前  言\n"
		    "为防治油烟污染，制定本标准。\n餐馆油烟治理技术规范\n1 适用范围\n本标准规定了治理要求。\n",
		    "餐馆油烟治理技术规范", NULL, NULL);
}

/* A copier's key line for the issuer (**发布机构**: …) gives the issuer
 * when the document names none: a body, a name cut short that a line
 * of the document gives in full, the first of a joint issuers' line;
 * a slip of the copier that names no body gives none. */
static void
copier_issuer_key(void **state)
{
	(void)state;
	expect_meta("# 某某工作问答\n\n**发布日期**: 2031-10-13\n**发布机构**: 某市科学技术委员会\n\n---\n\n"
		    "记者：请介绍有关情况。\n\n答：我们做了三方面工作。\n",
		    "某某工作问答", "某市科学技术委员会", "2031-10-13");
	expect_meta("# 某某工作意见\n\n**发布日期**: 2031-05-26\n**发布机构**: 某市\n\n---\n\n"
		    "各区、各有关单位：\n\n现将有关意见印发给你们。\n\n某市农业农村委员会\n\n某某工作意见\n\n"
		    "一、总体要求\n\n正文。\n",
		    "某某工作意见", "某市农业农村委员会", "2031-05-26");
	expect_meta("# 关于某某工作的意见\n\n**发布日期**: 2031年2月21日\n**发布机构**: 某某中央\n\n---\n\n"
		    "某某中央 某某院\n关于某某工作的意见\n\n正文。\n\n一、总体要求\n\n正文。\n",
		    "某某中央 某某院关于某某工作的意见", "某某中央", "2031-02-21");
	expect_meta("# 某某发展规划\n\n**发布日期**: 2032年1月\n**发布机构**: 加快布局\n\n---\n\n"
		    "某某发展规划\n\n一、发展现状\n\n正文。\n",
		    "某某发展规划", NULL, NULL);
}

/* A document number below a copier's block (key lines, a rule, its
 * heading over the text): the block's lines do not push it out of the
 * top of the document. */
static void
docno_below_a_copier_block(void **state)
{
	(void)state;
	struct doc *doc = unit_load("# 某某规划\n\n**发布日期**: 2032年1月\n\n**发布机构**: 某某部\n\n**分类**: \n\n"
				    "**来源**: https://example.gov.cn/a.htm\n\n---\n\n## 文件全文\n\n某某部关于印发\n\n"
				    "某某规划的通知\n\n某发〔2031〕29号\n\n各有关单位：\n\n现印发给你们。\n", NULL);
	assert_non_null(doc->docno);
	assert_string_equal(doc->docno, "某发〔2031〕29号");
	doc_free(doc);
	doc = unit_load("# 某某意见\n\n**发布日期**: 2031-05-27\n**发布机构**: 某市某某委员会\n"
			"**原文链接**: [http://example.gov.cn](http://example.gov.cn)\n**检索时间**: 2032-02-03 13:11:03\n"
			"**检索关键词**: 测绘\n\n---\n\n某府办发〔2031〕11号\n\n各区人民政府：\n\n现提出如下意见。\n", NULL);
	assert_non_null(doc->docno);
	assert_string_equal(doc->docno, "某府办发〔2031〕11号");
	doc_free(doc);
}

/* A front matter field the page left empty, a dash in its place (文号: -),
 * is none: the number the text prints is the document's. */
static void
placeholder_in_front_matter(void **state)
{
	(void)state;
	struct doc *doc = unit_load("---\n标题: 关于印发某某办法的通知\n文号: -\n发布单位: 某市某某委员会\n---\n\n"
				    "# 关于印发某某办法的通知\n\n某建规〔2031〕3号\n\n各有关单位：\n\n现印发给你们。\n", NULL);
	assert_non_null(doc->docno);
	assert_string_equal(doc->docno, "某建规〔2031〕3号");
	doc_free(doc);
	doc = unit_load("---\n标题: 关于某事的通知\n文号: 无\n---\n\n# 关于某事的通知\n\n各有关单位：\n\n请做好工作。\n", NULL);
	assert_null(doc->docno);
	doc_free(doc);
}

/* A government page's fields one a line, each key alone over its value
 * (索取号 / 123456/2031-0001 / 载体类型 …), above the notice: the block's
 * lines do not push the number the notice prints out of the top. */
static void
docno_below_page_fields(void **state)
{
	(void)state;
	struct doc *doc = unit_load("# 关于印发某某办法的通知\n\n索取号\n123456/2031-0001\n载体类型\n\n发布机构\n某市某某委员会\n\n"
				    "文件编号\n\n记录形式\n\n公开类别\n主动公开\n\n关键词\n\n内容描述\n\n某建规范〔2031〕5号\n\n"
				    "各有关单位：\n\n现印发给你们。\n", NULL);
	assert_non_null(doc->docno);
	assert_string_equal(doc->docno, "某建规范〔2031〕5号");
	doc_free(doc);
}

/* The document's own title at the top of the text a copier set below a
 * page heading that named it short: the title, with the issuer and the
 * date that sign it; a heading that names the document in full stays. */
static void
own_title_below_a_copier_block(void **state)
{
	(void)state;
	expect_meta("# 某某规划\n\n**发布日期**: 2032年1月\n**发布机构**: 加快布局\n\n---\n\n## 文件全文\n\n"
		    "某某部关于印发\n\n某某规划的通知\n\n某发〔2031〕29号\n\n各有关单位：\n\n"
		    "现将《某某规划》印发给你们，请认真贯彻执行。\n\n某某部\n\n2031年12月12日\n\n某某规划\n\n"
		    "一、总体要求\n\n正文。\n",
		    "某某部关于印发某某规划的通知", "某某部", "2031-12-12");
	/* The heading names it in full: the date in brackets under the
	 * text's own title, of the lead of the issuers above it. */
	expect_meta("# 关于某某工作的意见\n\n**发布日期**: 2031年2月21日\n**发布机构**: 某某中央\n\n---\n\n"
		    "## 政策全文\n某某社北京2月21日电\n\n某某中央 某某院\n关于某某工作的意见\n（2031年1月4日）\n\n"
		    "前言正文。\n\n一、总体要求\n\n正文。\n",
		    "关于某某工作的意见", "某某中央", "2031-01-04");
	expect_meta("# 某某部关于印发某某规划的通知\n\n**发布日期**: 2032-01-10\n\n---\n\n"
		    "某发〔2031〕29号\n\n各有关单位：\n\n现将《某某规划》印发给你们。\n\n某某部\n\n2031年12月12日\n",
		    "某某部关于印发某某规划的通知", "某某部", "2031-12-12");
}

/* A heading with no genre word labels the copy (# 源材料), its key lines
 * set as a list with lines indented under an item: the title below,
 * wrapped as a PDF's text wraps it, is the document's, dated by the
 * ——line under it. */
static void
own_title_below_a_label_heading(void **state)
{
	(void)state;
	expect_meta("# 源材料（原样）\n\n- **标题**：某某报告\n- **渠道**：某某网；\n  全文取自镜像：\n"
		    "  https://example.gov.cn/a.pdf\n- **时间**：2032-09-11\n\n---\n\n## 正文\n\n"
		    "某某院关于 2031 年度某某工作和\n其他某某事项的审计工作报告\n"
		    "——2032 年 6 月 24 日在某某会议上\n委员长、各位委员：\n我受某某院委托，报告如下。\n",
		    "某某院关于 2031 年度某某工作和其他某某事项的审计工作报告", "某某院", "2032-06-24");
	/* A heading with a genre word names the document: it stays. */
	expect_meta("# 某某规划\n\n- **标题**：某某规划\n\n---\n\n某某部关于某某工作的报告\n\n正文。\n",
		    "某某规划", NULL, NULL);
}

/* A web page's heading, its navigation, then the document's own title
 * block further down (the title over two lines with a note's reference,
 * the issuer, the date), and a long text after it: the header under the
 * title said again is the document's. */
static void
header_under_the_title_said_again(void **state)
{
	(void)state;
	char text[8192];
	size_t n;

	n = (size_t)snprintf(text, sizeof text, "68020510\n\n某某自治州 2030年国民经济和社会发展统计公报\n\n20\n\n");
	for (int k = 1; k <= 20; k++)
		n += (size_t)snprintf(text + n, sizeof text - n, "- [栏目%d](../%d/)\n\n", k, k);
	n += (size_t)snprintf(text + n, sizeof text - n,
			      "您当前所在位置：首页 » 统计公报\n\n某某自治州\n\n2030年国民经济和社会发展统计公报[1]\n\n"
			      "某某州统计局\n\n2031年5月1日\n\n2030年，全州经济稳定增长，各项事业取得新的进展。\n\n"
			      "一、综合\n\n");
	for (int k = 1; k <= 30; k++)
		n += (size_t)snprintf(text + n, sizeof text - n, "全年全州第%d项指标比上年增长%d.5%%，总体平稳。\n\n", k, k);
	assert_true(n < sizeof text);
	expect_meta(text, "某某自治州 2030年国民经济和社会发展统计公报", "某某州统计局", "2031-05-01");
}

/* A column of bodies signing a joint notice, one a line right above its
 * date, after a blank line: the first leads. */
static void
column_of_signing_bodies_after_a_blank(void **state)
{
	(void)state;
	expect_meta("关于印发《某某规定》的通知\n某发〔2031〕1号\n\n各有关单位：\n\n"
		    "现将《某某规定》印发给你们，请遵照执行。\n\n某某信息办公室\n某某发展和改革委员会\n"
		    "某某市场监督管理总局\n2031年4月23日\n",
		    "关于印发《某某规定》的通知", "某某信息办公室", "2031-04-23");
}

/* A title over two lines whose second ends with a footnote's mark in
 * square brackets ([1], as a statistics bureau's page sets it): the
 * mark is no part of it, and the genre word before it joins the two. */
static void
title_with_bracketed_note_mark(void **state)
{
	(void)state;
	expect_meta("某市2031年国民经济\n\n和社会发展统计公报[1]\n\n一、综合\n\n全年地区生产总值增长4%。\n",
		    "某市2031年国民经济和社会发展统计公报", NULL, NULL);
}

/* A school's page reposting a speech: its <title> and its headline name
 * who spoke before a colon (张三：在…的讲话); the speech is the title, the
 * speaker its issuer, and the stamp under the headline, below a long run
 * of the site's menus, the page's date. */
static void
speaker_before_colon_in_headline(void **state)
{
	(void)state;
	char text[4096] = "张三：在庆祝某某成立40周年大会上的讲话--学习专栏-某某市第一中学\n\n今天是\n\n";

	for (int k = 0; k < 30; k++)
		strcat(text, "栏目名称\n\n");
	strcat(text, "张三：在庆祝某某成立40周年大会上的讲话\n\n"
		     "文章来源：本站原创 作者：佚名 发布时间：2031年12月19日 点击数： 次\n\n"
		     "同志们，朋友们：\n\n今天，我们在这里隆重集会。\n\n第一，必须坚持党的领导。\n\n"
		     "第二，必须坚持以人民为中心。\n");
	expect_meta(text, "在庆祝某某成立40周年大会上的讲话", "张三", "2031-12-19");
	/* a name before a colon and a sentence is no speaker */
	expect_meta("关于召开某某会议的通知\n\n张三：请于明日到会。\n", "关于召开某某会议的通知", NULL, NULL);
}

/* A reposting site's line of date and source (2031-05-27　出处：某市统计局):
 * its date is the page's, as a 来源： line's is. */
static void
date_beside_source_called_chuchu(void **state)
{
	(void)state;
	expect_meta("某某信息网-->>信息资料-->>内容\n\n某市2030年国民经济和社会发展统计公报\n"
		    "　2031-05-27　　出处：某市统计局　　\n\n初步核算，全年地区生产总值增长5.4%。\n"
		    "二、农业\n粮食增产。\n",
		    "某市2030年国民经济和社会发展统计公报", NULL, "2031-05-27");
}

/* A news page that reprints a document after 全文如下: its headline and
 * preface stand above the document, whose own title is the title. */
static void
title_after_full_text_follows(void **state)
{
	(void)state;
	expect_meta("某市常住人口增长 增长率约0.6%\n\n2031-05-22 19:37:19 来源：某某发布\n\n"
		    "5月21日，某市统计局发布了最新统计公报。全市常住人口874.4万，比上年增加了约5.7万人，"
		    "增长率约0.6%，城镇化率继续提高。\n\n全文如下↓\n\n某市2030年国民经济\n\n和社会发展统计公报[1]\n\n"
		    "一、综合\n\n全年地区生产总值增长4%。\n",
		    "某市2030年国民经济和社会发展统计公报", NULL, "2031-05-22");
}

/* A dash subtitle wrapped onto a second line, as a PDF's text sets it
 * (——date在市第十五届 / 人民代表大会第五次会议上): the body's name under
 * its rest is the issuer. */
static void
subtitle_wrapped_over_two_lines(void **state)
{
	(void)state;
	expect_meta("关于某市2031年预算执行情况的报告\n\n——2031年1月20日在市第十五届\n\n人民代表大会第五次会议上\n\n"
		    "某市财政局\n\n各位代表：\n\n受市人民政府委托，向大会报告，请予审议。\n\n一、预算执行情况\n\n"
		    "全市收入增长3%。\n",
		    "关于某市2031年预算执行情况的报告", "某市财政局", "2031-01-20");
}

/* A page's <title> saved as the first line (headline--column-site):
 * the title is the headline that stands again below it. */
static void
page_title_suffix_cut(void **state)
{
	(void)state;
	struct doc *doc = unit_load("某校年度工作报告--党政办-某某中学\n当前位置：首页 > 新闻中心\n某校年度工作报告\n"
				    "一、主要工作\n一年来，学校各项工作稳步推进，取得了新的成绩。\n", NULL);

	assert_non_null(doc->title);
	assert_string_equal(doc->title, "某校年度工作报告");
	doc_free(doc);
	/* Without the headline said again, the line is kept whole. */
	doc = unit_load("某校年度工作报告--党政办-某某中学\n一、主要工作\n一年来，学校各项工作稳步推进。\n", NULL);
	assert_non_null(doc->title);
	assert_string_equal(doc->title, "某校年度工作报告--党政办-某某中学");
	doc_free(doc);
	/* Separators with spaces around them, and the end of an HTML
	 * comment the page's conversion left after the <title>. */
	doc = unit_load("某市2031年预算执行情况的报告 _ 财政报告 _ 某市人民政府门户网站     -->\n\n"
			"首页\n\n某某APP\n\n-->\n\n某市2031年预算执行情况的报告\n\n各位代表：\n\n"
			"一、预算执行情况\n\n全市一般公共预算收入增长3%。\n", NULL);
	assert_non_null(doc->title);
	assert_string_equal(doc->title, "某市2031年预算执行情况的报告");
	doc_free(doc);
	/* The site's name first (某某局 - headline): the headline below is
	 * the title. */
	doc = unit_load("某省统计局 - 某市2025年国民经济和社会发展统计公报\n首页 > 统计公报\n"
			"某市2025年国民经济和社会发展统计公报\n一、综合\n全年地区生产总值比上年增长5%。\n", NULL);
	assert_non_null(doc->title);
	assert_string_equal(doc->title, "某市2025年国民经济和社会发展统计公报");
	doc_free(doc);
}

/* A speech copied from a web page: the page's <title> line, its menu,
 * the headline that cites the speech after its speaker (某某局长《…》),
 * then the speech's own title, the speaker's name and the date in
 * brackets.  The speech's title, speaker and date are the metadata. */
static void
speech_under_a_page_headline(void **state)
{
	(void)state;
	expect_meta("某某局长《在全县教育工作会议上的讲话》--党政办-某某中学\n首页\n学校概况\n新闻中心\n"
		    "教学科研\n德育天地\n校园文化\n招生就业\n党建工作\n工会之窗\n团学动态\n校友风采\n信息公开\n联系我们\n"
		    "当前位置：首页 > 新闻中心\n某某局长《在全县教育工作会议上的讲话》\n"
		    "文章来源：本站原创 发布时间：2031年03月10日\n"
		    "在全县教育工作会议上的讲话\n某某某\n（2031年2月22日）\n同志们：\n"
		    "今天，我们召开全县教育工作会议，总结去年工作，部署今年任务。\n",
		    "在全县教育工作会议上的讲话", "某某某", "2031-02-22");
	/* The occasion in brackets (time and place) between the title and
	 * the speaker's line leaves that line the issuer. */
	expect_meta("在某某学校总结大会上的讲话\n（1月13日下午，行政楼会议室）\n"
		    "某某中学党委书记、校长  某 某\n同志们：\n今天我们召开总结大会，回顾一年的工作。\n",
		    "在某某学校总结大会上的讲话", "某某中学党委书记、校长  某 某", NULL);
}

/* A web page whose headline names a report by its subtitle: below it the
 * report's own main title, the ——subtitle that says the headline, and
 * the speaker's name.  The main title is the title, the name the issuer. */
static void
main_title_over_the_headline_as_subtitle(void **state)
{
	(void)state;
	expect_meta("某校教代会学校工作报告--党政办-某某中学\n当前位置：首页 > 新闻中心\n某校教代会学校工作报告\n"
		    "文章来源：本站原创 发布时间：2031年01月18日\n求真务实  再创佳绩\n——某校教代会学校工作报告\n"
		    "某某某\n各位代表：\n现在，我代表校长室向大会作工作报告，请予审议。\n一、主要工作\n正文。\n",
		    "求真务实  再创佳绩", "某某某", "2031-01-18");
	/* A dash line that says something else leaves the headline the title. */
	expect_meta("某校教代会学校工作报告--党政办-某某中学\n当前位置：首页 > 新闻中心\n某校教代会学校工作报告\n"
		    "文章来源：本站原创 发布时间：2031年01月18日\n求真务实  再创佳绩\n——在某校教代会上\n"
		    "各位代表：\n现在，我代表校长室向大会作工作报告，请予审议。\n一、主要工作\n正文。\n",
		    "某校教代会学校工作报告", NULL, "2031-01-18");
}

/* A page whose headline names an issue of its column (每周一学（…）), not
 * a document, carries a speech whose own title stands below the page's
 * stamp line with its date in brackets: that is the title and the date.
 * A month's date in brackets marks a title block as well (a white paper,
 * past a short news lead). */
static void
carried_document_below_a_column_headline(void **state)
{
	(void)state;
	char text[8192], menu[2048];
	int m = 0;

	/* (the page's menus: the title block stands far below the top) */
	for (int i = 0; i < 50; i++)
		m += snprintf(menu + m, sizeof menu - (size_t)m, "栏目%d\n", i + 1);
	snprintf(text, sizeof text, "每周一学（2031年5月9日——5月15日）--学习专栏-某某中学\n今天是\n%s"
		 "每周一学（2031年5月9日——5月15日）\n文章来源： 作者： 发布时间：2031年05月09日 点击数： 次\n"
		 "在庆祝某某成立100周年大会上的讲话\n（2031年5月10日）\n同志们：\n今天，我们在这里隆重集会。\n"
		 "第一，坚持正确方向。正文。\n", menu);
	expect_meta(text, "在庆祝某某成立100周年大会上的讲话", NULL, "2031-05-10");
	snprintf(text, sizeof text, "【2031年6月学习材料】--学习专栏-某某中学\n今天是\n%s【2031年6月学习材料】\n"
		 "文章来源： 作者： 发布时间：2031年06月09日 点击数： 次\n某某学习材料第六专题\n"
		 "某某新闻办公室6月7日发布白皮书。\n某某行动的中国方案\n（2031年6月）\n前言\n"
		 "这是一场战争。为记录历程，特发布此白皮书。\n", menu);
	expect_meta(text, "某某行动的中国方案", NULL, "2031-06-09");
}

/* A page whose <title> names the meeting and the site (某某会议_某某人大),
 * no document, over its menus and breadcrumb: the headline just above
 * the page's stamp line is the title, when it ends with a genre word; the
 * body it names before 关于 is the issuer. */
static void
headline_above_the_stamp(void **state)
{
	(void)state;
	char text[8192], menu[2048];
	int m = 0;

	for (int i = 0; i < 50; i++)
		m += snprintf(menu + m, sizeof menu - (size_t)m, "栏目%d\n", i + 1);
	snprintf(text, sizeof text, "某市第九届人民代表大会第八次会议_某市人大\n%s"
		 "文件公告    所在位置：\n首页  >   文件公告\n"
		 "某市人民代表大会财政经济委员会关于某市2031年预算执行情况的审查结果报告\n"
		 "创建时间： 2031-02-05 17:28     来源： 某市人大\n会议主席团：\n"
		 "会议审查了市人民政府提出的报告。\n一、预算执行情况总体平稳\n正文。\n", menu);
	expect_meta(text, "某市人民代表大会财政经济委员会关于某市2031年预算执行情况的审查结果报告",
		    "某市人民代表大会财政经济委员会", "2031-02-05");
	/* A headline that names no document either leaves the <title>. */
	snprintf(text, sizeof text, "某市第九届人民代表大会第八次会议_某市人大\n%s"
		 "大会花絮\n创建时间： 2031-02-05 17:28     来源： 某市人大\n"
		 "会议期间，代表们认真审议各项报告。\n", menu);
	expect_meta(text, "某市第九届人民代表大会第八次会议_某市人大", NULL, NULL);
}

/* A white paper is signed under its title and month by the state's name
 * over its body's, two lines (中华人民共和国 / 国务院新闻办公室): one
 * issuer.  The month in brackets sets no date; a day in brackets under a
 * part's name below it is the part's. */
static void
state_over_body_under_a_month(void **state)
{
	(void)state;
	expect_meta("某某事业的中国行动\n\n（2031年6月）\n\n中华人民共和国\n\n国务院新闻办公室\n\n前言\n\n"
		    "这是一场战争，中国人民取得了重大成果。\n\n一、艰辛历程\n\n回顾历程，取得了成就。\n",
		    "某某事业的中国行动", "中华人民共和国国务院新闻办公室", NULL);
	expect_meta("在某某会议上的讲话\n（一九五五年三月）\n\n开幕词\n\n（一九五五年三月二十一日）\n\n"
		    "各位代表同志们：\n\n我们这次会议有三个议事日程。\n",
		    "在某某会议上的讲话", NULL, NULL);
}

/* A page under a column headline (每周一学（…）, 【…学习材料】) reprints a
 * document whose title has no date under it: the title of its genre that
 * the lead just below (近日，…印发了《X》) or a recommending lead just
 * above (本月推荐的是《X》…) cites is the title; a line no lead cites is
 * not. */
static void
carried_document_cited_by_its_lead(void **state)
{
	(void)state;
	char text[8192], menu[2048];
	int m = 0;

	for (int i = 0; i < 50; i++)
		m += snprintf(menu + m, sizeof menu - (size_t)m, "栏目%d\n", i + 1);
	snprintf(text, sizeof text, "每周一学（2031年10月10日-10月16日）--学习专栏-某某中学\n今天是\n%s"
		 "每周一学（2031年10月10日-10月16日）\n文章来源： 作者： 发布时间：2031年10月10日 点击数： 次\n"
		 "关于加强某某人才队伍建设的意见\n近日，某某办公厅印发了《关于加强某某人才队伍建设的意见》，"
		 "并发出通知，要求各地区各部门结合实际认真贯彻落实。\n一、总体要求\n（一）指导思想。正文。\n", menu);
	expect_meta(text, "关于加强某某人才队伍建设的意见", NULL, "2031-10-10");
	snprintf(text, sizeof text, "【2031年4月学习材料】--学习专栏-某某中学\n今天是\n%s【2031年4月学习材料】\n"
		 "文章来源： 作者： 发布时间：2031年04月22日 点击数： 次\n"
		 "某某建设是根本性建设，决定建设的方向和效果。本月推荐给各位老师的是《某某委员会关于加强某某建设的意见》"
		 "及其负责人答记者问。\n某某委员会关于加强某某建设的意见\n来源：某某网\n"
		 "为深入贯彻落实有关精神，现提出如下意见。\n一、总体要求\n正文。\n", menu);
	expect_meta(text, "某某委员会关于加强某某建设的意见", "某某委员会", "2031-04-22");
	snprintf(text, sizeof text, "每周一学（2031年10月10日-10月16日）--学习专栏-某某中学\n今天是\n%s"
		 "每周一学（2031年10月10日-10月16日）\n文章来源： 作者： 发布时间：2031年10月10日 点击数： 次\n"
		 "关于加强某某人才队伍建设的意见\n近日，某某办公厅印发了《关于做好某某工作的通知》，"
		 "并发出通知，要求各地区各部门结合实际认真贯彻落实。\n一、总体要求\n（一）指导思想。正文。\n", menu);
	expect_meta(text, "每周一学（2031年10月10日-10月16日）", NULL, "2031-10-10");
}

/* A sign-off's date typed without 日 (2031年3月8) under the body's name
 * is the date; without a body's name above it, it is none. */
static void
sign_off_date_without_day_word(void **state)
{
	(void)state;
	expect_meta("某某学校工作总结\n一、主要工作\n一年来，学校各项工作稳步推进。\n"
		    "中共某某学校委员会\n   2031年3月8\n",
		    "某某学校工作总结", "中共某某学校委员会", "2031-03-08");
	expect_meta("某某学校工作总结\n一、主要工作\n一年来，学校各项工作稳步推进。\n2031年3月8\n",
		    "某某学校工作总结", NULL, NULL);
}

/* A report whose text names no title takes its file's name when that
 * reads as a Chinese official title; other names, and a title the text
 * gives, are left alone. */
static void
title_from_file_name(void **state)
{
	(void)state;
	const char *text = "第一条 为规范专项资金管理，制定本办法。\n\n第二条 本办法自发布之日起施行。\n";
	struct load_options options = { NULL, NULL, true, 0 };
	struct bg_error err = { BG_OK, "" };
	struct doc *doc = NULL;
	char *t;

	assert_int_equal(load_bytes(text, strlen(text), "/home/a/文件/某省专项资金管理办法.docx", &options, &doc, &err),
			 BG_OK);
	assert_non_null(doc->title);
	assert_string_equal(doc->title, "某省专项资金管理办法");
	doc_free(doc);
	doc = NULL;
	assert_int_equal(load_bytes(text, strlen(text), "notes.txt", &options, &doc, &err), BG_OK);
	assert_null(doc->title);
	doc_free(doc);

	t = meta_title_from_name("某市人民政府关于加快发展养老服务业的实施意见");
	assert_non_null(t);
	assert_string_equal(t, "某市人民政府关于加快发展养老服务业的实施意见");
	free(t);
	t = meta_title_from_name("dir.v2/某区2023年工作总结.final.txt");
	assert_null(t);   /* .final.txt leaves 总结.final: no genre word at the end */
	t = meta_title_from_name("某区2023年工作总结.md");
	assert_non_null(t);
	assert_string_equal(t, "某区2023年工作总结");
	free(t);
	assert_null(meta_title_from_name("会议记录草稿.txt"));   /* no genre word */
	assert_null(meta_title_from_name("报告.txt"));           /* too short to be a title */
	assert_null(meta_title_from_name("-"));
	assert_null(meta_title_from_name(NULL));
	assert_null(meta_title_from_name("某省\x1b[2J资金管理办法.txt"));   /* a control character */
	assert_null(meta_title_from_name("某省\xff\xfe资金管理办法.txt"));   /* not UTF-8 */
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(title_reads_as_a_title),
		cmocka_unit_test(long_title_naming_a_document),
		cmocka_unit_test(letter_spaced_and_wrapped_titles),
		cmocka_unit_test(dates_under_the_title),
		cmocka_unit_test(body_named_in_an_annual_report_title),
		cmocka_unit_test(party_centre_named_in_a_title),
		cmocka_unit_test(regulation_adopted_by),
		cmocka_unit_test(web_timestamp_is_the_last_resort),
		cmocka_unit_test(issuer_as_printed),
		cmocka_unit_test(attribute_table_above),
		cmocka_unit_test(covering_notice_signed),
		cmocka_unit_test(covering_notice_signed_page_without_end_sign_off),
		cmocka_unit_test(covering_notice_signed_over_attachment_mark),
		cmocka_unit_test(transmitting_notice_signed),
		cmocka_unit_test(key_value_header),
		cmocka_unit_test(header_title_with_its_occasion),
		cmocka_unit_test(title_said_again_under_a_dateline),
		cmocka_unit_test(front_matter_issuer),
		cmocka_unit_test(sign_off_metadata),
		cmocka_unit_test(file_date_near_reported_moments),
		cmocka_unit_test(header_block_metadata),
		cmocka_unit_test(copier_block_with_latin_key),
		cmocka_unit_test(title_before_dash),
		cmocka_unit_test(standard_kind_above_the_title),
		cmocka_unit_test(standard_replaces_line),
		cmocka_unit_test(no_title_printed),
		cmocka_unit_test(joint_sign_off),
		cmocka_unit_test(promulgation_notice),
		cmocka_unit_test(order_masthead_over_act),
		cmocka_unit_test(title_lines_at_the_top),
		cmocka_unit_test(title_with_a_note),
		cmocka_unit_test(title_over_lines_apart),
		cmocka_unit_test(genres_of_official_documents),
		cmocka_unit_test(link_under_the_title),
		cmocka_unit_test(body_of_the_last_change),
		cmocka_unit_test(timestamp_value_below),
		cmocka_unit_test(copier_issuer_key),
		cmocka_unit_test(docno_below_a_copier_block),
		cmocka_unit_test(placeholder_in_front_matter),
		cmocka_unit_test(docno_below_page_fields),
		cmocka_unit_test(own_title_below_a_copier_block),
		cmocka_unit_test(own_title_below_a_label_heading),
		cmocka_unit_test(header_under_the_title_said_again),
		cmocka_unit_test(column_of_signing_bodies_after_a_blank),
		cmocka_unit_test(page_title_suffix_cut),
		cmocka_unit_test(subtitle_wrapped_over_two_lines),
		cmocka_unit_test(title_with_bracketed_note_mark),
		cmocka_unit_test(title_after_full_text_follows),
		cmocka_unit_test(date_beside_source_called_chuchu),
		cmocka_unit_test(speaker_before_colon_in_headline),
		cmocka_unit_test(speech_under_a_page_headline),
		cmocka_unit_test(sign_off_date_without_day_word),
		cmocka_unit_test(main_title_over_the_headline_as_subtitle),
		cmocka_unit_test(title_from_file_name),
		cmocka_unit_test(carried_document_below_a_column_headline),
		cmocka_unit_test(headline_above_the_stamp),
		cmocka_unit_test(carried_document_cited_by_its_lead),
		cmocka_unit_test(author_that_may_issue),
		cmocka_unit_test(state_over_body_under_a_month),
		cmocka_unit_test(issuer_under_the_headline_said_again),
		cmocka_unit_test(headline_under_a_breadcrumb),
		cmocka_unit_test(body_before_the_year_of_a_title),
		cmocka_unit_test(toolbar_lines_under_the_headline),
		cmocka_unit_test(session_file_mark_above_title),
		cmocka_unit_test(speaker_line_tidied),
		cmocka_unit_test(key_then_colon_then_value),
		cmocka_unit_test(reporter_under_its_key),
		cmocka_unit_test(dash_subtitle_over_a_date),
	};
	return UNIT_RUN(tests);
}
