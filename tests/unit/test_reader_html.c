/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_reader_html.c - the web page reader: which charset it reads a page
 * in, which part of the page it takes for the report, and the heading
 * hints it gives. */
#include "unit.h"

#include <stdio.h>

#include "html_charset.h"
#include "reader.h"
#include "reader_html.h"

/* What the reader gave for a page. */
struct read {
	enum bg_status status;
	char *text;                /* NUL-terminated copy */
	struct reader_text out;
};

static struct read
read_page(const char *page, size_t n)
{
	struct read r = { BG_OK, NULL, { 0 } };
	struct bg_error err = { BG_OK, "" };
	struct reader_input in = { malloc(n + 2), n, NULL, 0, NULL, NULL, 0 };

	assert_non_null(in.bytes);
	memcpy(in.bytes, page, n);
	r.status = reader_html.read(&in, &r.out, &err);
	if (r.status == BG_OK) {
		r.text = strndup(r.out.buffer + r.out.start, r.out.length);
		assert_non_null(r.text);
	}
	return r;
}

static void
read_free(struct read *r)
{
	free(r->text);
	free(r->out.buffer);
	reader_text_free_extras(&r->out);
}

/* The heading level the reader gave line LINE, 0 for none. */
static int
level_of(const struct read *r, uint32_t line)
{
	for (size_t i = 0; i < r->out.hint_count; i++)
		if (r->out.hints[i].line == line)
			return r->out.hints[i].heading_level;
	return 0;
}

#define READ(page) read_page((page), sizeof(page) - 1)

static void
charset_from_meta_bom_or_bytes(void **state)
{
	static const char utf8_bom[] = "\xef\xbb\xbf<html><meta charset=gb2312>";
	static const char gbk_bytes[] = "<p>\xd6\xd0\xce\xc4</p>";   /* 中文 in GBK */
	(void)state;

	assert_string_equal(html_charset("<meta charset=\"gb2312\">", 23), "GB18030");
	assert_string_equal(html_charset("<META CHARSET='GBK' />", 22), "GB18030");
	{
		const char *s = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=x-gbk\">";
		assert_string_equal(html_charset(s, strlen(s)), "GB18030");
	}
	{
		const char *s = "<meta name=\"keywords\" content=\"charset\"><meta charset=utf-8>";
		assert_string_equal(html_charset(s, strlen(s)), "UTF-8");
	}
	{
		const char *s = "<meta charset=\"gb18030\"><meta charset=\"utf-8\">";
		assert_string_equal(html_charset(s, strlen(s)), "GB18030");
	}
	{
		const char *s = "<meta charset=\"no-such-charset\"><p>中文</p>";
		assert_string_equal(html_charset(s, strlen(s)), "UTF-8");
	}
	assert_string_equal(html_charset("<meta charset=big5>", 19), "BIG5-HKSCS");
	/* The mark comes before the label. */
	assert_string_equal(html_charset(utf8_bom, sizeof utf8_bom - 1), "UTF-8");
	/* No label: the bytes say. */
	assert_string_equal(html_charset("<p>中文</p>", strlen("<p>中文</p>")), "UTF-8");
	assert_string_equal(html_charset(gbk_bytes, sizeof gbk_bytes - 1), "GB18030");
}

/* 镕 is in GBK, not in GB2312: pages labelled gb2312 hold it all the same. */
static void
gb2312_label_reads_gbk(void **state)
{
	static const char page[] = "<html><head><meta http-equiv=\"Content-Type\" "
				   "content=\"text/html; charset=gb2312\"></head>"
				   "<body><p>\xd6\xec\xe9\x46\xbb\xf9</p></body></html>";
	struct read r = READ(page);
	(void)state;

	assert_int_equal(r.status, BG_OK);
	assert_string_equal(r.text, "朱镕基\n");
	assert_string_equal(r.out.encoding, "GB18030");
	read_free(&r);
}

/* A government page: the report between its frame's furniture. */
static void
article_without_furniture(void **state)
{
	static const char page[] =
		"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>标题_网站</title>"
		"<script>var x = \"脚本\";</script><style>p { color: red }</style></head><body>"
		"<div class=\"top\"><a href=\"/\">首页</a> | <a href=\"/a\">新闻中心</a> | "
		"<a href=\"/b\">政务公开</a></div>"
		"<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; "
		"<a href=\"/b\">政务公开</a></div>"
		"<div class=\"main\"><h1>关于做好某项工作的通知</h1>"
		"<div class=\"info\">发布时间：2024-05-06</div>"
		"<div class=\"tool\">【字号：<a href=\"#\">大</a> <a href=\"#\">中</a> "
		"<a href=\"#\">小</a>】【<a href=\"javascript:print()\">打印</a>】"
		"【<span onclick=\"window.close()\">关闭</span>】</div>"
		"<div class=\"text\">"
		"<p>&#12288;&#12288;各有关单位：为做好某项工作，现将有关事项\n通知如下。</p>"
		"<p><strong>一、总体要求</strong></p>"
		"<p>&nbsp;&nbsp;坚持稳中求进，<a href=\"/x\">详见附件</a>办理。</p>"
		"<p><b>二、工作安排</b></p>"
		"<p>各单位于 6 月底前\n报送 report 材料。</p>"
		"</div></div>"
		"<div class=\"related\"><div>相关链接</div><ul><li><a href=\"/1\">通知一</a></li>"
		"<li><a href=\"/2\">通知二</a></li></ul></div>"
		"<div class=\"footer\">主办：某某市人民政府办公室 京ICP备12345678号</div>"
		"</body></html>";
	struct read r = READ(page);
	(void)state;

	assert_int_equal(r.status, BG_OK);
	assert_string_equal(r.text, "关于做好某项工作的通知\n"
				    "发布时间：2024-05-06\n"
				    "各有关单位：为做好某项工作，现将有关事项通知如下。\n"
				    "一、总体要求\n"
				    "坚持稳中求进，详见附件办理。\n"
				    "二、工作安排\n"
				    "各单位于 6 月底前报送 report 材料。\n");
	assert_int_equal(level_of(&r, 1), 1);
	assert_int_equal(level_of(&r, 2), 0);
	assert_int_equal(level_of(&r, 3), 0);
	assert_int_equal(level_of(&r, 4), 2);
	assert_int_equal(level_of(&r, 6), 2);
	assert_int_equal(r.out.hint_count, 3);
	read_free(&r);
}

/* A short bold run that is a sentence (it holds a 。) and opens with no
 * number is emphasis, not a heading; a numbered one ending in 。 still
 * heads its part. */
static void
bold_sentence_no_heading(void **state)
{
	static const char page[] =
		"<html><head><meta charset=\"utf-8\"></head><body><div>"
		"<h1>关于做好某项工作的通知</h1>"
		"<p><strong>（一）加强组织领导。</strong></p>"
		"<p>各部门要加强协作，形成合力。</p>"
		"<p><strong>各单位要高度重视，确保落到实处。</strong></p>"
		"<p>要建立健全工作机制，明确责任分工。</p>"
		"<p><strong>工作要求</strong></p>"
		"<p>按时报送有关材料。</p>"
		"</div></body></html>";
	struct read r = READ(page);
	(void)state;

	assert_int_equal(r.status, BG_OK);
	assert_int_equal(level_of(&r, 1), 1);
	assert_int_equal(level_of(&r, 2), 2);
	assert_int_equal(level_of(&r, 4), 0);
	assert_int_equal(level_of(&r, 6), 2);
	read_free(&r);
}

/* The small print in a page's heading (<small>(发布日期：… 文号：…)</small>
 * inside the h2 of the title) is a plain line of its own under it, not
 * the heading's words. */
static void
small_print_in_a_heading(void **state)
{
	static const char page[] =
		"<html><head><meta charset=\"utf-8\"><title>关于印发某某办法的通知_能源</title></head>"
		"<body><div class=\"Article\"><h2 class=\"Article-title\"><span>关于印发某某办法的通知</span>"
		"<small><span>(发布日期：2019年05月31日</span> <span>文号：某发〔2019〕7号)</span></small></h2>"
		"<div class=\"Article_content\"><p>各有关单位：</p>"
		"<p>现将《某某办法》印发给你们，请按照执行。</p><p>某某委员会</p></div></div></body></html>";
	struct read r = READ(page);
	(void)state;

	assert_int_equal(r.status, BG_OK);
	assert_non_null(strstr(r.text, "关于印发某某办法的通知\n(发布日期：2019年05月31日"));
	assert_int_equal(level_of(&r, 1), 2);
	assert_int_equal(level_of(&r, 2), 0);
	read_free(&r);
}

/* A heading's permalink (a link to the page's own anchor showing only #
 * or ¶, or hidden from screen readers) is left out: the heading reads
 * 第一章 总则, not "# 第一章 总则".  An in-page link with words stays. */
static void
permalink_anchors_left_out(void **state)
{
	static const char page[] =
		"<html><head><meta charset=\"utf-8\"><title>某某管理条例 | 法规汇编</title></head>"
		"<body><main><h1>某某管理条例</h1><div class=\"content\">"
		"<h2 id=\"c1\"><a class=\"header-anchor\" href=\"#c1\" aria-hidden=\"true\">#</a>"
		" 第一章 总则</h2>"
		"<p><b>第一条</b> 为了加强某某管理，制定本条例。</p>"
		"<p><b>第二条</b> 本条例适用于某某活动，<a href=\"#t1\">第一条</a>另有规定的除外。</p>"
		"<h2 id=\"c2\">第二章 附则<a class=\"headerlink\" href=\"#c2\">¶</a></h2>"
		"<p><b>第三条</b> 本条例自公布之日起施行。</p>"
		"</div></main></body></html>";
	struct read r = READ(page);
	(void)state;

	assert_int_equal(r.status, BG_OK);
	assert_string_equal(r.text, "某某管理条例\n"
				    "第一章 总则\n"
				    "第一条 为了加强某某管理，制定本条例。\n"
				    "第二条 本条例适用于某某活动，第一条另有规定的除外。\n"
				    "第二章 附则\n"
				    "第三条 本条例自公布之日起施行。\n");
	assert_int_equal(level_of(&r, 2), 2);
	assert_int_equal(level_of(&r, 5), 2);
	read_free(&r);
}

/* A caption of a few characters ending in a colon, with only links (a
 * date beside them) or nothing after it in its box, is the site's, with
 * its links, whatever its words; a heading with a colon and text under it
 * stays. */
static void
caption_of_links_left_out(void **state)
{
	static const char page[] =
		"<html><body><div class=\"article\"><h1>某县2023年国民经济和社会发展统计公报</h1>"
		"<div class=\"rel\"><h3><span>关联稿件：</span></h3><ul><li>"
		"<a href=\"/a.html\">图文解读：《某县2023年国民经济和社会发展统计公报》</a>"
		"<span class=\"time\">2024-03-12</span></li></ul></div>"
		"<div class=\"rel\"><p><strong>推荐阅读:</strong></p><ul></ul></div>"
		"<div class=\"content\"><p>2023年，全县经济运行稳中向好，主要指标好于预期。</p>"
		"<p>一、综合</p><p>全年实现生产总值262.6亿元，同比增长5.3％。</p>"
		"<h3>说明：</h3><p>本公报部分数据为初步统计数。</p></div></div></body></html>";
	struct read r = READ(page);
	(void)state;

	assert_int_equal(r.status, BG_OK);
	assert_string_equal(r.text, "某县2023年国民经济和社会发展统计公报\n"
				    "2023年，全县经济运行稳中向好，主要指标好于预期。\n"
				    "一、综合\n"
				    "全年实现生产总值262.6亿元，同比增长5.3％。\n"
				    "说明：\n"
				    "本公报部分数据为初步统计数。\n");
	assert_int_equal(r.out.link_count, 0);
	read_free(&r);
}

/* A contents line's link left open (<p><span><a href="…#_Toc2"><p>…)
 * makes the parser nest the rest of the report in that link and that
 * paragraph: the article is still the block around all of it, title and
 * contents included, and the report is no link text. */
static void
article_around_a_nested_paragraph(void **state)
{
	static const char page[] =
		"<html><body><div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/a\">新闻</a></div>"
		"<div class=\"text\"><p>某市教育事业发展规划</p><p>目录</p>"
		"<p><a href=\"x#_Toc1\">一、现实基础……1</a></p>"
		"<p><span><a href=\"x#_Toc2\"><p>二、总体要求……2</p>"
		"<p>一、现实基础</p><p>过去五年，全市教育事业取得显著成绩，各项主要目标任务全面完成。</p>"
		"<p>二、总体要求</p><p>坚持教育优先发展，推动教育高质量发展，办好人民满意的教育。</p>"
		"</div></body></html>";
	struct read r = READ(page);
	(void)state;

	assert_int_equal(r.status, BG_OK);
	assert_string_equal(r.text, "某市教育事业发展规划\n目录\n一、现实基础……1\n二、总体要求……2\n"
				    "一、现实基础\n过去五年，全市教育事业取得显著成绩，各项主要目标任务全面完成。\n"
				    "二、总体要求\n坚持教育优先发展，推动教育高质量发展，办好人民满意的教育。\n");
	/* The first contents line is a link; the one left open is none. */
	assert_int_equal(r.out.link_count, 1);
	read_free(&r);
}

/* Links left open before others (a fuzzer's page, where the parser nests
 * an <a> around later ones: tests/fixtures/fuzz-nested-links.html): the
 * links inside keep their addresses, the open one none, so the links
 * stand in the order of the text, each inside it. */
static void
link_inside_a_link(void **state)
{
	size_t size;
	char *page = unit_read_source_file("tests/fixtures/fuzz-nested-links.html", &size);
	struct read r;
	(void)state;

	r = read_page(page, size);
	assert_int_equal(r.status, BG_OK);
	assert_true(r.out.link_count >= 2);
	for (size_t i = 0; i < r.out.link_count; i++) {
		assert_true(r.out.links[i].end <= r.out.length);
		assert_true(i == 0 || r.out.links[i].start >= r.out.links[i - 1].start);
	}
	read_free(&r);
	free(page);
}

/* A title set in bold by its style and broken with <br> is one heading
 * line; a <br> in a paragraph still ends a line. */
static void
bold_title_broken_by_a_break(void **state)
{
	static const char page[] =
		"<html><body><div><p style=\"text-align: center\"><span style=\"font-weight: bold;\">"
		"<span>国务院关于在市场监管领域全面推行</span><br> <span>部门联合监管的意见</span></span></p>"
		"<p>各省、自治区、直辖市人民政府：</p><p>在市场监管领域全面推行联合监管，是重大决策部署。<br>"
		"现提出如下意见。</p></div></body></html>";
	struct read r = READ(page);
	(void)state;

	assert_int_equal(r.status, BG_OK);
	assert_string_equal(r.text, "国务院关于在市场监管领域全面推行部门联合监管的意见\n"
				    "各省、自治区、直辖市人民政府：\n"
				    "在市场监管领域全面推行联合监管，是重大决策部署。\n现提出如下意见。\n");
	assert_int_equal(level_of(&r, 1), 2);
	assert_int_equal(level_of(&r, 2), 0);
	read_free(&r);
}

/* A page exported from Word closes each paragraph with <o:p></o:p>, which
 * the parser reads as an empty paragraph inside it: a bold line is still
 * a heading.  A bold line ending in a colon introduces the lines after it
 * and heads nothing. */
static void
bold_heading_in_word_markup(void **state)
{
	static const char page[] =
		"<html><body><div class=\"text\"><h1>某市2023年工作总结</h1>"
		"<p class=\"MsoNormal\"><b>工作概况</b><b><o:p></o:p></b></p>"
		"<p class=\"MsoNormal\">全年各项工作稳步推进，主要目标任务顺利完成。<o:p></o:p></p>"
		"<p class=\"MsoNormal\"><b>注释：</b><b><o:p></o:p></b></p>"
		"<p class=\"MsoNormal\">1.本总结中数据均为初步统计数。<o:p></o:p></p>"
		"</div></body></html>";
	struct read r = READ(page);
	(void)state;

	assert_int_equal(r.status, BG_OK);
	assert_string_equal(r.text, "某市2023年工作总结\n工作概况\n"
				    "全年各项工作稳步推进，主要目标任务顺利完成。\n注释：\n"
				    "1.本总结中数据均为初步统计数。\n");
	assert_int_equal(level_of(&r, 1), 1);
	assert_int_equal(level_of(&r, 2), 2);
	assert_int_equal(level_of(&r, 4), 0);
	assert_int_equal(r.out.hint_count, 2);
	read_free(&r);
}

/* A page exported from Word marks its parts only by their face: a short
 * line set whole in 黑体 (or 小标宋) among paragraphs in 仿宋 is a heading
 * as a bold one is; a sentence, a line partly in 黑体, or a page set all in
 * 黑体 has none. */
static void
heading_face_marks_a_heading(void **state)
{
	static const char page[] =
		"<html><body><div class=\"text\"><h1>某市2023年工作总结</h1>"
		"<p style=\"font-family: Calibri\"><span style=\"font-family: CESI黑体-GB2312\">"
		"<font face=\"CESI黑体-GB2312\">工作</font>概况</span><o:p></o:p></p>"
		"<p style=\"font-family: Calibri\"><span style=\"font-family: 仿宋_GB2312\">"
		"全年各项工作稳步推进，主要目标任务顺利完成。</span></p>"
		"<p><span style=\"font-family:'Times New Roman';mso-fareast-font-family:黑体\">"
		"主要做法</span></p>"
		"<p><span style=\"font-family: 黑体\">强调的一句话。</span></p>"
		"<p><span style=\"font-family: 黑体\">部分</span><span style=\"font-family: 仿宋\">不是</span></p>"
		"<div style=\"font-family: SimHei\"><p><span style=\"font-family: 仿宋\">仿宋的一行</span></p>"
		"<p><font face=\"方正小标宋简体\">下步打算</font></p></div>"
		"<p style=\"font-family: 仿宋_GB2312\">坚持稳中求进工作总基调，推动各项工作再上新台阶。"
		"统筹发展和安全，持续改善民生。</p></div></body></html>";
	static const char all_in_heiti[] =
		"<html><body><div style=\"font-family: 黑体\"><h1>某市2023年工作总结</h1>"
		"<p>工作概况</p><p>全年各项工作稳步推进，主要目标任务顺利完成。</p>"
		"<p>主要做法</p><p>坚持稳中求进工作总基调，推动各项工作再上新台阶。</p>"
		"</div></body></html>";
	struct read r = READ(page);
	(void)state;

	assert_int_equal(r.status, BG_OK);
	assert_string_equal(r.text, "某市2023年工作总结\n工作概况\n"
				    "全年各项工作稳步推进，主要目标任务顺利完成。\n主要做法\n"
				    "强调的一句话。\n部分不是\n仿宋的一行\n下步打算\n"
				    "坚持稳中求进工作总基调，推动各项工作再上新台阶。统筹发展和安全，持续改善民生。\n");
	assert_int_equal(level_of(&r, 1), 1);
	assert_int_equal(level_of(&r, 2), 2);
	assert_int_equal(level_of(&r, 3), 0);
	assert_int_equal(level_of(&r, 4), 2);
	assert_int_equal(level_of(&r, 5), 0);
	assert_int_equal(level_of(&r, 6), 0);
	assert_int_equal(level_of(&r, 7), 0);
	assert_int_equal(level_of(&r, 8), 2);
	assert_int_equal(r.out.hint_count, 4);
	read_free(&r);
	r = READ(all_in_heiti);
	assert_int_equal(r.status, BG_OK);
	assert_int_equal(level_of(&r, 2), 0);
	assert_int_equal(level_of(&r, 4), 0);
	assert_int_equal(r.out.hint_count, 1);
	read_free(&r);
}

/* The article is where the text is, not the first or the biggest block. */
static void
article_is_where_the_text_is(void **state)
{
	static const char page[] =
		"<html><body><table><tr><td class=\"side\">"
		"<ul><li><a href=\"/1\">第一条新闻的标题文字</a></li><li><a href=\"/2\">第二条新闻的标题文字</a></li>"
		"<li><a href=\"/3\">第三条新闻的标题文字</a></li></ul></td>"
		"<td class=\"body\">各位代表：<br>现在，我代表市人民政府向大会报告工作。<br>"
		"过去一年，全市经济运行稳中向好，发展质量持续提升。</td></tr></table>"
		"<p>联系电话：12345</p></body></html>";
	struct read r = READ(page);
	(void)state;

	assert_int_equal(r.status, BG_OK);
	assert_string_equal(r.text, "各位代表：\n现在，我代表市人民政府向大会报告工作。\n"
				    "过去一年，全市经济运行稳中向好，发展质量持续提升。\n");
	read_free(&r);
}

static void
headings_lists_and_tables(void **state)
{
	static const char page[] =
		"<!doctype html><html><body><article><h1>年度报告</h1>"
		"<h2>一、概况</h2><p>全年完成各项目标任务，运行平稳有序。</p>"
		"<h3>（一）主要指标</h3>"
		"<table><tr><th>指标</th><th>数值</th></tr>"
		"<tr><td>地区生产总值</td><td><p>5.2万亿元</p></td></tr></table>"
		"<ol start=\"3\"><li>第三项工作</li><li>第四项工作</li></ol>"
		"<ul><li>不编号的一项</li></ul>"
		"<pre>  第一行\n第二行 两个  空格</pre>"
		"<p><strong>这是一段很长的加粗文字，它不是标题，而是正文里需要强调的一整段话，"
		"所以不应当被当作标题看待。</strong></p>"
		"</article></body></html>";
	struct read r = READ(page);
	(void)state;

	assert_int_equal(r.status, BG_OK);
	assert_string_equal(r.text, "年度报告\n一、概况\n全年完成各项目标任务，运行平稳有序。\n"
				    "（一）主要指标\n指标  数值\n地区生产总值  5.2万亿元\n"
				    "3. 第三项工作\n4. 第四项工作\n不编号的一项\n"
				    "第一行\n第二行 两个 空格\n"
				    "这是一段很长的加粗文字，它不是标题，而是正文里需要强调的一整段话，"
				    "所以不应当被当作标题看待。\n");
	assert_int_equal(level_of(&r, 1), 1);
	assert_int_equal(level_of(&r, 2), 2);
	assert_int_equal(level_of(&r, 4), 3);
	assert_int_equal(level_of(&r, 5), 0);
	assert_int_equal(level_of(&r, 7), 0);
	assert_int_equal(level_of(&r, 12), 0);
	/* Three headings and the table's two rows, with their cells. */
	assert_int_equal(r.out.hint_count, 5);
	assert_int_equal(r.out.hints[3].line, 5);
	assert_int_equal(r.out.hints[3].row, 0);
	assert_int_equal(r.out.hints[3].cell_count, 2);
	assert_int_equal(r.out.hints[3].cells[1], 5);
	assert_int_equal(r.out.hints[4].line, 6);
	assert_int_equal(r.out.hints[4].table, r.out.hints[3].table);
	assert_int_equal(r.out.hints[4].row, 1);
	assert_int_equal(r.out.hints[4].cell_count, 2);
	assert_int_equal(r.out.hints[4].cells[0], 1);
	assert_int_equal(r.out.hints[4].cells[1], 9);
	read_free(&r);
}

/* An empty cell (the corner of a table) still has a column of its own:
 * the cells of a row start in columns that grow. */
static void
empty_cells_have_columns(void **state)
{
	static const char page[] =
		"<html><head><meta charset=\"utf-8\"></head><body><article><h1>表</h1>"
		"<p>全年经济运行总体平稳，主要指标如下表。</p>"
		"<table><tr><td></td><td></td><td>2025年</td></tr>"
		"<tr><td>产值</td><td>4万元</td><td>5万元</td></tr></table></article></body></html>";
	struct read r = READ(page);
	(void)state;

	assert_int_equal(r.status, BG_OK);
	assert_int_equal(r.out.hint_count, 3);
	assert_int_equal(r.out.hints[1].cell_count, 3);
	assert_int_equal(r.out.hints[1].cells[0], 1);
	assert_int_equal(r.out.hints[1].cells[1], 3);
	assert_int_equal(r.out.hints[1].cells[2], 5);
	read_free(&r);
}

/* Without a heading, the page's title (less the site's name) is the
 * report's. */
static void
title_from_the_title_tag(void **state)
{
	static const char page[] =
		"<html><head><title>某某区2023年工作总结_某某区人民政府</title></head>"
		"<body><div><p>2023年，全区上下团结一心，攻坚克难，各项工作取得新进展。</p>"
		"<p>一是经济平稳增长。二是民生持续改善。</p></div></body></html>";
	static const char titled[] =
		"<html><head><title>某某区2023年工作总结_某某区人民政府</title></head>"
		"<body><div><p>某某区2023年工作总结</p>"
		"<p>2023年，全区上下团结一心，攻坚克难，各项工作取得新进展。</p></div></body></html>";
	struct read r = READ(page);
	(void)state;

	assert_int_equal(r.status, BG_OK);
	assert_string_equal(r.text, "某某区2023年工作总结\n"
				    "2023年，全区上下团结一心，攻坚克难，各项工作取得新进展。\n"
				    "一是经济平稳增长。二是民生持续改善。\n");
	assert_int_equal(level_of(&r, 1), 1);
	read_free(&r);
	r = READ(titled);
	assert_int_equal(r.status, BG_OK);
	assert_string_equal(r.text, "某某区2023年工作总结\n"
				    "2023年，全区上下团结一心，攻坚克难，各项工作取得新进展。\n");
	read_free(&r);
	/* A site's name after a bare hyphen goes too; a span of years
	 * stays. */
	r = READ("<html><head><title>某某省河道保护法-某某大学纪检监察室</title></head>"
		 "<body><div><p>第一条 为了保护河道，制定本法。</p></div></body></html>");
	assert_int_equal(r.status, BG_OK);
	assert_string_equal(r.text, "某某省河道保护法\n第一条 为了保护河道，制定本法。\n");
	read_free(&r);
	r = READ("<html><head><title>某某区规划2031-2035</title></head>"
		 "<body><div><p>为了发展，制定本规划。</p></div></body></html>");
	assert_int_equal(r.status, BG_OK);
	assert_string_equal(r.text, "某某区规划2031-2035\n为了发展，制定本规划。\n");
	read_free(&r);
}

/* The site's logo is a heading too, but a link: not the report's title. */
static void
logo_is_not_the_title(void **state)
{
	static const char page[] =
		"<html><head><title>关于开展检查的通知 - 某某市人民政府</title></head><body>"
		"<h1 class=\"logo\"><a href=\"/\">某某市人民政府门户网站</a></h1>"
		"<div class=\"title\">关于开展检查的通知</div>"
		"<div class=\"text\"><p>各区县：根据工作安排，决定开展专项检查。</p>"
		"<p>请各单位认真组织自查，按时报送结果。</p></div></body></html>";
	struct read r = READ(page);
	(void)state;

	assert_int_equal(r.status, BG_OK);
	assert_string_equal(r.text, "关于开展检查的通知\n"
				    "各区县：根据工作安排，决定开展专项检查。\n"
				    "请各单位认真组织自查，按时报送结果。\n");
	assert_int_equal(level_of(&r, 1), 1);
	read_free(&r);
}

/* A page laid out by a table: a column of links beside the report, the
 * title a bold cell above it, paragraphs split by <br>. */
static void
article_in_a_layout_table(void **state)
{
	static const char page[] =
		"<html><head><meta charset=\"utf-8\"><title>通知</title></head><body>"
		"<table width=\"100%\"><tr><td class=\"left\"><div class=\"hd\">通知公告</div>"
		"<ul><li><a href=\"1\">关于某事的通知</a></li><li><a href=\"2\">关于另一事的通知</a></li>"
		"</ul></td><td class=\"right\">"
		"<div class=\"pos\">您现在的位置：<a href=\"/\">首页</a> &gt; <a href=\"/t\">通知公告</a></div>"
		"<table><tr><td align=\"center\"><font size=\"5\"><b>关于开展安全生产大检查的通知</b></font>"
		"</td></tr><tr><td>发布时间：2024-03-01</td></tr>"
		"<tr><td class=\"content\">各乡镇人民政府：<br>&#12288;&#12288;县政府决定在全县开展安全生产"
		"大检查。现将有关事项通知如下：<br>&#12288;&#12288;一、检查时间<br>&#12288;&#12288;"
		"2024年3月至5月。</td></tr></table>"
		"<div class=\"tools\">【<a href=\"javascript:window.print()\">打印</a>】"
		"【<a href=\"javascript:window.close()\">关闭</a>】</div></td></tr></table>"
		"<div class=\"foot\">主办单位：某县人民政府办公室<br>备案号：冀ICP备12345号-1</div>"
		"</body></html>";
	struct read r = READ(page);
	(void)state;

	assert_int_equal(r.status, BG_OK);
	assert_string_equal(r.text, "关于开展安全生产大检查的通知\n"
				    "发布时间：2024-03-01\n"
				    "各乡镇人民政府：\n"
				    "县政府决定在全县开展安全生产大检查。现将有关事项通知如下：\n"
				    "一、检查时间\n"
				    "2024年3月至5月。\n");
	assert_int_equal(level_of(&r, 1), 1);
	assert_int_equal(r.out.hint_count, 1);
	read_free(&r);
}

/* Rows of a table are as wide as each other, as hard-wrapped lines are:
 * the loader must not join them. */
/* A government page's attribute table above the article (索 引 号 …
 * 标　　题 … 发文字号), outside the block the article's paragraphs
 * gather in: its rows come first, a line each, cells two spaces apart,
 * for the metadata to read. */
static void
attribute_table_above_the_article(void **state)
{
	static const char page[] =
		"<html><head><meta charset=\"utf-8\"><title>某某条例</title></head><body>"
		"<div class=\"wrap\"><table class=\"bd1\"><tr><td><b>索 引 号：</b></td><td>0000/2035-1</td>"
		"<td><b>发文机关：</b></td><td>某省人民政府</td></tr>"
		"<tr><td><b>标　　题：</b></td><td colspan=\"3\">某某条例</td></tr>"
		"<tr><td><b>发文字号：</b></td><td>某政令第9号</td><td><b>成文日期：</b></td>"
		"<td>2035年01月02日</td></tr></table>"
		"<table><tr><td id=\"content\"><p>某省人民政府令</p><p>《某某条例》已经省政府常务会议通过，"
		"现予公布，自2035年3月1日起施行。</p><p>省长　某某</p><p>某某条例</p>"
		"<p>第一章　总　　则</p><p>第一条　为了规范某某工作，根据有关法律，制定本条例。</p>"
		"<p>第二条　本条例适用于本省行政区域内的某某工作。</p><p>第二章　附　　则</p>"
		"<p>第三条　本条例自2035年3月1日起施行。</p></td></tr></table></div></body></html>";
	struct read r = READ(page);
	(void)state;

	assert_int_equal(r.status, BG_OK);
	assert_non_null(strstr(r.text, "索 引 号：  0000/2035-1  发文机关：  某省人民政府\n"
					 "标　　题：  某某条例"));
	assert_non_null(strstr(r.text, "\n发文字号：  某政令第9号  成文日期：  2035年01月02日\n"
					 "某省人民政府令\n"));
	/* no key's bold cell taken for the title and its row said again */
	assert_null(strstr(r.text, "成文日期：\n"));
	assert_true(strstr(r.text, "索 引 号") < strstr(r.text, "第一章"));
	read_free(&r);
}

static void
rows_are_not_joined(void **state)
{
	char page[8192];
	size_t n = (size_t)snprintf(page, sizeof page, "%s",
				    "<!DOCTYPE html><html><body><article><h1>统计表</h1><table>");
	struct load_options options = { NULL, NULL, true, 0 };
	struct doc *doc = NULL;
	(void)state;

	for (int i = 10; i < 40; i++)
		n += (size_t)snprintf(page + n, sizeof page - n,
				      "<tr><td>第%d个地区生产总值指标</td><td>%d.5万亿元</td></tr>", i, i);
	n += (size_t)snprintf(page + n, sizeof page - n, "</table></article></body></html>");
	assert_true(n < sizeof page);
	assert_int_equal(load_bytes(page, n, "test", &options, &doc, NULL), BG_OK);
	assert_int_equal(doc->paragraph_count, 31);
	doc_free(doc);
}

static void
page_without_text(void **state)
{
	static const char page[] = "<!DOCTYPE html><html><head><title>空</title>"
				   "<script>document.write('正在跳转')</script></head>"
				   "<body><div><img src=\"a.png\"></div></body></html>";
	struct read r = READ(page);
	(void)state;

	assert_int_equal(r.status, BG_ERR_NO_TEXT);
	read_free(&r);
}

static void
detected_by_markup(void **state)
{
	static const char doctype[] = "\xef\xbb\xbf\n  <!DOCTYPE html>\n<html>";
	static const char fragment[] = "<div><p>一段文字</p></div>";
	static const char one_tag[] = "<div align=\"center\">标题</div>\n\n正文\n";
	static const char text[] = "一、总体要求\n正文里提到 <p> 标签\n";
	static const char markdown[] = "# 标题\n\n<div>内嵌</div>\n";
	(void)state;

	assert_ptr_equal(reader_for(doctype, sizeof doctype - 1), &reader_html);
	assert_ptr_equal(reader_for(fragment, sizeof fragment - 1), &reader_html);
	assert_ptr_equal(reader_for(text, sizeof text - 1), &reader_text);
	assert_ptr_equal(reader_for(one_tag, sizeof one_tag - 1), &reader_text);
	assert_ptr_equal(reader_for(markdown, sizeof markdown - 1), &reader_text);
}

/* A page put together from server-side pieces: the header piece ends in
 * its own </html> and </body>, and the article comes after them (with a
 * doctype, libxml2 puts what follows outside the document's root). */
static void
article_after_an_early_end_tag(void **state)
{
	static const char page[] =
		"<!DOCTYPE html>\n<html><head><title>关于做好春季植树工作的通知_政府网</title></head>"
		"<body><div class=\"nav\"><a href=\"/\">首页</a></div></body>\n</html >\n"
		"<div class=\"content\"><p>各区县：</p>"
		"<p>现将春季植树工作有关事项通知如下，请认真落实，确保完成3000亩植树任务。</p>"
		"</div></BODY></html>";
	struct read r = READ(page);
	(void)state;

	assert_int_equal(r.status, BG_OK);
	assert_non_null(strstr(r.text, "确保完成3000亩植树任务。"));
	assert_non_null(strstr(r.text, "各区县："));
	read_free(&r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(charset_from_meta_bom_or_bytes),
		cmocka_unit_test(gb2312_label_reads_gbk),
		cmocka_unit_test(article_without_furniture),
		cmocka_unit_test(bold_sentence_no_heading),
		cmocka_unit_test(caption_of_links_left_out),
		cmocka_unit_test(link_inside_a_link),
		cmocka_unit_test(article_around_a_nested_paragraph),
		cmocka_unit_test(bold_title_broken_by_a_break),
		cmocka_unit_test(bold_heading_in_word_markup),
		cmocka_unit_test(heading_face_marks_a_heading),
		cmocka_unit_test(article_is_where_the_text_is),
		cmocka_unit_test(article_after_an_early_end_tag),
		cmocka_unit_test(headings_lists_and_tables),
		cmocka_unit_test(empty_cells_have_columns),
		cmocka_unit_test(title_from_the_title_tag),
		cmocka_unit_test(logo_is_not_the_title),
		cmocka_unit_test(article_in_a_layout_table),
		cmocka_unit_test(rows_are_not_joined),
		cmocka_unit_test(attribute_table_above_the_article),
		cmocka_unit_test(page_without_text),
		cmocka_unit_test(detected_by_markup),
		cmocka_unit_test(permalink_anchors_left_out),
		cmocka_unit_test(small_print_in_a_heading),
	};
	return UNIT_RUN(tests);
}
