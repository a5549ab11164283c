/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_pdf.c - the PDF reader's hints: heading levels from font sizes
 * where headings have no numbers, and the page of every place, also in a
 * paragraph that goes on to the next page (tests/fixtures/headings.pdf,
 * made by make-pdf.py --headings); lines whose pieces poppler gives out
 * of order, and a page of two columns (gaps.pdf, --gaps); a table read a
 * column at a time, one of its cells set in bold (table.pdf, --table); the left
 * margin of short articles (margin.pdf, --margin); contents entries in
 * leader dots (contents.pdf, --contents); a sign-off in bold (signoff.pdf,
 * --signoff); a national standard with a cover, its clauses' faults of
 * real files (standard.pdf, --standard); a term's number alone under a
 * full line (terms.pdf, --terms); a watermark laid aslant across the
 * text, and terms in bold under their numbers (watermark.pdf,
 * --watermark); a standard's appendix, its mark, kind and title centred
 * on lines of their own (appendix.pdf, --appendix); a statistical
 * report's numbered parts over footnotes 1 注：… (bulletin.pdf,
 * --bulletin); footnotes' calls alone atop pages, in the running
 * headers' band (notecalls.pdf, --notecalls); clauses' numbers poppler
 * joins to the row below as a table's cells (joined.pdf, --joined);
 * clauses' numbers a tab's wide gap before their titles, which poppler
 * gives as one run (tabbed.pdf, --tabbed); a clause's line whose rest
 * poppler gives before its start, a full-width comma drawn over the
 * closing bracket before it (overlap.pdf, --overlap); a list of
 * referenced standards whose lines' ends poppler gives as a block of
 * their own (references.pdf, --references).
 * Built without poppler,
 * the reader fails with
 * BG_ERR_NO_SUPPORT. */
#include "unit.h"

#include <stdio.h>

static enum bg_status
load_fixture_status(const char *name, struct doc **doc)
{
	const char *top = getenv("top_srcdir");
	char path[4096];
	struct bg_error err = { BG_OK, "" };
	struct load_options options = { NULL, NULL, true, 0 };
	enum bg_status st;

	snprintf(path, sizeof path, "%s/tests/fixtures/%s", top ? top : ".", name);
	st = load_file(path, &options, doc, &err);
	if (st != BG_OK)
		print_message("%s: %s: %s\n", path, bg_status_message(st), err.detail);
	return st;
}

#ifdef HAVE_POPPLER
static struct doc *
load_fixture(const char *name)
{
	struct doc *doc = NULL;

	assert_int_equal(load_fixture_status(name, &doc), BG_OK);
	return doc;
}

/* The paragraph of DOC that begins with TEXT. */
static size_t
paragraph_starting(const struct doc *doc, const char *text)
{
	for (size_t i = 0; i < doc->paragraph_count; i++)
		if (strncmp(doc->text + doc->paragraphs[i].offset, text, strlen(text)) == 0)
			return i;
	fail_msg("no paragraph begins with %s", text);
	return 0;
}

static uint8_t
level_of(const struct doc *doc, const char *text)
{
	const struct doc_hint *hint = doc_hint_of(doc, paragraph_starting(doc, text));
	return hint ? hint->heading_level : 0;
}

static void
headings_by_size(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("headings.pdf");

	/* The title (20 points, above the first body line) is the title,
	 * not a heading; 18 points is the first level, 16 the second. */
	assert_string_equal(doc->title, "某单位年度工作报告");
	assert_int_equal(level_of(doc, "某单位年度工作报告"), 0);
	assert_int_equal(level_of(doc, "总体情况"), 1);
	assert_int_equal(level_of(doc, "主要做法"), 2);
	assert_int_equal(level_of(doc, "下一步打算"), 1);
	assert_int_equal(level_of(doc, "这一段是正文"), 0);
	doc_free(doc);
}

static void
pages_of_places(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("headings.pdf");
	size_t last = paragraph_starting(doc, "下一步打算");
	const struct paragraph *before = &doc->paragraphs[last - 1];

	assert_int_equal(doc->page_count, 2);
	assert_int_equal(doc_page_at(doc, 0), 1);
	assert_int_equal(doc_page_at(doc, doc->paragraphs[last].offset), 2);
	/* The paragraph before the heading goes on from page 1 to page 2. */
	assert_int_equal(doc_page_at(doc, before->offset), 1);
	assert_int_equal(doc_page_at(doc, before->offset + before->length - 1), 2);
	assert_int_equal(doc_hint_of(doc, last - 1)->page, 1);
	/* No page number is left in the text. */
	assert_null(strstr(doc->text, "- 1 -"));
	assert_null(strstr(doc->text, "- 2 -"));
	doc_free(doc);
}
/* A title set larger than the body that wraps over lines, its last one
 * centred, is one line; a centred line of the body's size under a full
 * one (a sign-off) is not joined to it.  A part's number 二 alone atop a
 * page whose foot has its page number (— 2 —) is the part's number, not
 * a page number (wrapped.pdf, made by make-pdf.py --wrapped). */
static void
wrapped_title_and_numerals(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("wrapped.pdf");
	const char *title = "某某市人民政府办公厅关于印发《某某市推进城市更新行动实施方案（2031—2033年）》的通知";
	const struct paragraph *p = &doc->paragraphs[paragraph_starting(doc, "某某市人民政府办公厅关于")];
	struct outline *o = NULL;
	const char *labels[] = { "一", "二", "三" };

	assert_int_equal(p->length, strlen(title));
	assert_string_equal(doc->title, title);
	(void)paragraph_starting(doc, "某某市人民政府办公厅\n");
	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->root.child_count, 3);
	for (size_t i = 0; i < 3; i++)
		assert_string_equal(o->root.children[i]->label, labels[i]);
	outline_free(o);
	doc_free(doc);
}

static void
letter_spaced_headings(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("spaced.pdf");
	struct outline *o = NULL;

	/* 一、综 and 合 stand on one row, set far apart: one line, and the
	 * third heading's 业 comes in the text layer after the paragraph
	 * under it. */
	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->count, 3);
	assert_string_equal(o->nodes[0]->title, "综 合");
	assert_string_equal(o->nodes[1]->title, "农 业");
	assert_string_equal(o->nodes[2]->title, "工 业");
	assert_non_null(strstr(doc->text, "三、工 业\n全年规模以上工业增加值"));
	/* The date under the title, its parts set apart by spaces. */
	assert_string_equal(doc->date, "2024-04-29");
	outline_free(o);
	doc_free(doc);
}

/* Whether DOC has a paragraph that is TEXT and nothing more. */
static bool
has_paragraph(const struct doc *doc, const char *text)
{
	for (size_t i = 0; i < doc->paragraph_count; i++)
		if (doc->paragraphs[i].length == strlen(text) &&
		    memcmp(doc->text + doc->paragraphs[i].offset, text, strlen(text)) == 0)
			return true;
	return false;
}

static void
pieces_on_rows(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("gaps.pdf");
	struct outline *o = NULL;

	/* 第二章 and 规划与建设 stand on one row with a wide gap between;
	 * poppler gives 第二条 between them.  The piece read late is the
	 * rest of its row, whatever its length: the chapter has its title
	 * and the article its text. */
	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_true(o->count >= 6);
	assert_string_equal(o->nodes[2]->label, "第二章");
	assert_string_equal(o->nodes[2]->title, "规划与建设");
	assert_string_equal(o->nodes[3]->label, "第二条");
	assert_non_null(strstr(o->nodes[3]->title, "市人民政府燃气管理部门"));
	assert_string_equal(o->nodes[4]->title, "附 则");
	assert_false(has_paragraph(doc, "规划与建设"));
	/* 录 comes after the contents' first line, 则 after 第一条. */
	assert_true(has_paragraph(doc, "目 录"));
	assert_non_null(strstr(doc->text, "第一章 总 则\n第一条 为了加强燃气管理"));
	/* On the page of two columns, each line of the right column stands
	 * on the row of one of the left: the page is read a column at a
	 * time, and no line of one column is the rest of one of the other. */
	{
		const char *left = strstr(doc->text, "用户应当安全使用燃气，不得擅自改装");
		const char *right = strstr(doc->text, "发现燃气泄漏时，应当立即关闭阀门");
		assert_non_null(left);
		assert_non_null(right);
		assert_true(left < right);
		assert_non_null(strstr(doc->text, "用不合格的燃气燃烧器具。"));
	}
	outline_free(o);
	doc_free(doc);
}

static void
table_cells_no_headings(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("table.pdf");

	/* 全市, short and set in a bold face, stands on the row of its
	 * figure 100.2 in a table of figures: a cell, no heading. */
	assert_int_equal(level_of(doc, "全市"), 0);
	assert_int_equal(level_of(doc, "农村"), 0);
	/* The same face outside the table still makes a heading. */
	assert_int_equal(level_of(doc, "主要数据"), 1);
	doc_free(doc);
}

static void
table_rows_from_columns(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("table.pdf");
	struct outline *o = NULL;
	size_t row = paragraph_starting(doc, "一、食品烟酒");
	const struct doc_hint *hint = doc_hint_of(doc, row);
	const struct paragraph *p = &doc->paragraphs[row];

	/* poppler gives the row labels, then the figures: each label and
	 * the figure on its row are one table row, in the order of the
	 * page, where the table was first read. */
	assert_non_null(strstr(doc->text, "表1 居民消费价格指数\n居民消费价格指数  100.3\n"
					  "全市  100.2\n农村  100.4\n一、食品烟酒  99.2\n"));
	assert_non_null(strstr(doc->text, "三、居住  99.9\n主要数据\n"));
	assert_int_equal(p->length, strlen("一、食品烟酒  99.2"));
	assert_non_null(hint);
	assert_int_equal(hint->cell_count, 2);
	assert_int_equal(hint->row, 3);
	assert_int_equal(hint->cells[0], p->offset);
	assert_int_equal(hint->cells[1], p->offset + strlen("一、食品烟酒  "));
	/* Beside prose, on a page of two columns: the prose is no cell. */
	assert_non_null(strstr(doc->text, "\n粮食  902.6\n油料  56.4\n蔬菜  1187.0\n瓜果  356.9"));
	assert_null(strstr(strstr(doc->text, "902.6") + 1, "902.6"));
	assert_null(strstr(doc->text, "农村居 "));
	/* A table's rows are no parts: 一、 to 三、 are its cells. */
	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->count, 1);
	assert_string_equal(o->nodes[0]->title, "主要数据");
	outline_free(o);
	doc_free(doc);
}

static void
margin_of_short_articles(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("margin.pdf");
	struct outline *o = NULL;
	size_t first = paragraph_starting(doc, "第一条");
	const struct paragraph *p = &doc->paragraphs[first];
	static const char end[] = "有关部门。";

	/* Nine first lines indented, six lines at the margin: the margin is
	 * still the leftmost edge, and the article after a full line is no
	 * part of it. */
	assert_true(p->length > strlen(end));
	assert_memory_equal(doc->text + p->offset + p->length - strlen(end), end, strlen(end));
	assert_true(has_paragraph(doc, "第二条 本办法自发布之日起施行。"));
	assert_true(has_paragraph(doc, "第五条 各部门应当遵守本办法。"));
	assert_true(has_paragraph(doc, "第八条 本办法未尽事宜，按国家有关规定执行。"));
	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->count, 9);
	assert_string_equal(o->nodes[4]->label, "第五条");
	outline_free(o);
	doc_free(doc);
}

static void
contents_leader_lines(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("contents.pdf");
	struct outline *o = NULL;

	/* Each entry's leader dots reach the right margin, and the next
	 * entry starts at the margin: still a line of its own. */
	assert_true(has_paragraph(doc, "目录"));
	assert_non_null(strstr(doc->text, "…… 1\n二、主要任务 ....."));
	assert_non_null(strstr(doc->text, "..... 2\n三、保障措施 "));
	assert_non_null(strstr(doc->text, " 4\n一、总体要求\n"));
	/* The contents are no part: the parts are at the first level. */
	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->count, 3);
	assert_int_equal(o->nodes[0]->depth, 1);
	assert_string_equal(o->nodes[0]->title, "总体要求");
	outline_free(o);
	doc_free(doc);
}

static void
sign_off_no_heading(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("signoff.pdf");

	/* The issuer and date, bold and right of the centre, are the
	 * sign-off; a bold line at the margin is still a heading. */
	assert_int_equal(level_of(doc, "某市燃气有限公司"), 0);
	assert_int_equal(level_of(doc, "2026 年 4 月 24 日"), 0);
	assert_int_equal(level_of(doc, "工作要求"), 1);
	assert_string_equal(doc->issuer, "某市燃气有限公司");
	assert_string_equal(doc->date, "2026-04-24");
	doc_free(doc);
}

/* The paragraph of DOC that holds TEXT. */
static size_t
paragraph_holding(const struct doc *doc, const char *text)
{
	const char *at = strstr(doc->text, text);

	assert_non_null(at);
	for (size_t i = 0; i < doc->paragraph_count; i++)
		if (doc->paragraphs[i].offset <= (size_t)(at - doc->text) &&
		    (size_t)(at - doc->text) < doc->paragraphs[i].offset + doc->paragraphs[i].length)
			return i;
	fail_msg("no paragraph holds %s", text);
	return 0;
}

static void
two_columns_read_in_turn(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("columns.pdf");
	struct outline *o = NULL;
	static const char *const labels[] = { "第一章", "第一条", "第二条", "第三条", "第二章",
					      "第四条", "第五条", "第三章", "第六条" };

	/* A gazette's page: the lines of its two columns stand on the same
	 * rows.  The left column is read, then the right; the title and the
	 * note over both columns (six lines, a third of the page's lines)
	 * stay above them, the note whole although a gap between two of its
	 * characters stands on the gutter. */
	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->count, sizeof labels / sizeof labels[0]);
	for (size_t i = 0; i < o->count; i++)
		assert_string_equal(o->nodes[i]->label, labels[i]);
	assert_string_equal(o->nodes[0]->title, "总 则");
	assert_string_equal(o->nodes[1]->title, "为了加强燃气管理");
	/* A chapter heading broken over two centred lines of its column is
	 * one heading. */
	assert_string_equal(o->nodes[4]->title, "燃气经营与服务管理");
	assert_false(has_paragraph(doc, "服务管理"));
	/* A caption under a heading (a colon in it) is no rest of it. */
	assert_string_equal(o->nodes[7]->title, "附 则");
	assert_true(has_paragraph(doc, "表1：许可条件"));
	assert_string_equal(doc->title, "某省燃气管理条例");
	assert_int_equal(paragraph_holding(doc, "（2026年1月1日"), paragraph_holding(doc, "第二次修正）"));
	assert_true(paragraph_holding(doc, "第二次修正）") < paragraph_starting(doc, "第一章"));
	/* Lines go on within their column, and from the foot of the left
	 * column to the head of the right one: 第三条 (110 characters) is
	 * one paragraph, and the chapter after it begins the next. */
	assert_int_equal(paragraph_holding(doc, "保障公共安全"),
			 paragraph_holding(doc, "为了加强燃气管理"));
	{
		size_t third = paragraph_starting(doc, "第三条");
		assert_true(doc->paragraphs[third].length >= 100 * 3);
		assert_int_equal(paragraph_starting(doc, "第二章"), third + 1);
	}
	outline_free(o);
	doc_free(doc);
}

static void
margins_of_portrait_pages(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("landscape.pdf");
	size_t first = paragraph_starting(doc, "第一条");

	/* Most of the text is a landscape table in 9 points; the rules
	 * before it, in 12 on a portrait page, wrap at that page's margins
	 * and are joined there: 第一条 (111 characters) is one paragraph. */
	assert_true(doc->paragraphs[first].length >= 100 * 3);
	assert_int_equal(paragraph_starting(doc, "第二条"), first + 1);
	doc_free(doc);
}

static void
repeated_table_header_row(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("repeated.pdf");
	const char *first = strstr(doc->text, "序号");

	/* The bold row atop the table's three pages, below the band of
	 * running headers: read once, as no heading; its repeats left out. */
	assert_non_null(first);
	assert_null(strstr(first + 1, "序号"));
	assert_int_equal(level_of(doc, "序号"), 0);
	assert_non_null(strstr(doc->text, "石油开采"));
	doc_free(doc);
}

/* A table's header of three lines atop each of its pages (the corner
 * cell's words above and below the row of column names): read once, as
 * no heading; its repeats left out, on the last page too, where poppler
 * reads the row with a row's serial number beside it (stacked.pdf). */
static void
stacked_table_header(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("stacked.pdf");
	static const char *const words[] = { "区分", "重点管理", "其他管理", "名称" };

	for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
		const char *first = strstr(doc->text, words[k]);
		assert_non_null(first);
		assert_null(strstr(first + 1, words[k]));
	}
	for (size_t i = 0; i < doc->paragraph_count; i++) {
		const struct doc_hint *hint = doc_hint_of(doc, i);
		if (hint && hint->heading_level > 0)
			assert_int_equal(strncmp(doc->text + doc->paragraphs[i].offset, "第", strlen("第")), 0);
	}
	assert_non_null(strstr(doc->text, "牲畜饲养"));
	assert_non_null(strstr(doc->text, "化学纤维"));
	doc_free(doc);
}

/* A page of text printed three times over, its lines at the same heights
 * on each page, in the body's face: no table's header, whose lines below
 * the first would be read apart -- its sentence stays one paragraph; nor
 * is a line on a later page at that height that says some of its first
 * line a piece of one (stacked.pdf). */
static void
repeated_text_page_not_a_header(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("stacked.pdf");
	const char *at = strstr(doc->text, "说明");
	const char *end = "分工做。";

	assert_non_null(at);
	for (size_t i = 0; i < doc->paragraph_count; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		if (doc->text + p->offset <= at && at < doc->text + p->offset + p->length) {
			assert_true(p->length >= strlen(end));
			assert_memory_equal(doc->text + p->offset + p->length - strlen(end), end, strlen(end));
		}
	}
	assert_non_null(strstr(strstr(doc->text, "本名录所列行业") + 1, "本名录所列行业"));
	doc_free(doc);
}

/* A clause's number that poppler gives after its title (drawn after it,
 * in another font, a point lower) is put back before it; a colon drawn
 * over the blank half of the bracket before it stays on its line, with
 * no space (standard.pdf). */
static void
standard_rows_in_order(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("standard.pdf");
	size_t i = paragraph_starting(doc, "2.3 下列物质");
	const struct paragraph *p = &doc->paragraphs[i];
	const char *end = "的除外）：";

	(void)paragraph_starting(doc, "3.1 测量仪器");
	assert_true(p->length >= strlen(end));
	assert_memory_equal(doc->text + p->offset + p->length - strlen(end), end, strlen(end));
	doc_free(doc);
}

/* A page number in small Roman numerals at a page's foot (a standard's
 * 前言 on page ii) is furniture, as an Arabic one is (roman.pdf). */
static void
roman_page_number(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("roman.pdf");

	for (size_t i = 0; i < doc->paragraph_count; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		assert_false(p->length == 2 && memcmp(doc->text + p->offset, "ii", 2) == 0);
	}
	doc_free(doc);
}

/* Clauses whose numbers poppler gives as a column of their own (2.1 /
 * 2.2 / 2.3 / 2.4 in another font, the sentences as another column)
 * are each one line, the number before its sentence (roman.pdf). */
static void
clause_numbers_in_a_column(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("roman.pdf");
	size_t second = paragraph_starting(doc, "2.2 监测的频次");

	assert_int_equal(paragraph_starting(doc, "2.3 企业须"), second + 1);
	assert_int_equal(paragraph_starting(doc, "2.4 测定方法"), second + 2);
	assert_true(second + 3 < doc->paragraph_count);
	assert_memory_equal(doc->text + doc->paragraphs[second + 3].offset, "3 实施与监督",
			    strlen("3 实施与监督"));
	doc_free(doc);
}

/* Clauses' numbers that poppler gives as a column after their sentences
 * (4.1 / 4.2 / 4.3, the last over a list) go each before its sentence,
 * in order (roman.pdf). */
static void
clause_numbers_after_their_sentences(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("roman.pdf");
	size_t second = paragraph_starting(doc, "4.2 餐馆燃料");

	assert_int_equal(paragraph_starting(doc, "4.3 餐馆应设有"), second + 1);
	assert_true(paragraph_starting(doc, "4.4 饮食中心") > second + 1);
	doc_free(doc);
}

/* A bold title beside its clause's number 5, which poppler gives in the
 * column of the numbers 5.1 / 5.2 / 5.3, goes on that number's line; the
 * number is not left at the end of the line above (roman.pdf). */
static void
clause_title_beside_its_number(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("roman.pdf");
	const struct paragraph *p = &doc->paragraphs[paragraph_starting(doc, "4.5 餐馆排放")];
	const char *end = "排放标准。";

	(void)paragraph_starting(doc, "5 文書管理");
	assert_true(p->length >= strlen(end));
	assert_memory_equal(doc->text + p->offset + p->length - strlen(end), end, strlen(end));
	doc_free(doc);
}

/* What stands before a contents -- a cover, a publisher's page, the
 * notice that approves the standard (公 告 set large) -- is front
 * matter: no heading, whatever text its pages hold (roman.pdf). */
static void
notice_before_the_contents(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("roman.pdf");

	assert_int_equal(level_of(doc, "公 告"), 0);
	assert_int_equal(level_of(doc, "2031 年 第 5 号"), 0);
	doc_free(doc);
}

/* A standard's cover that parts its title's two lines by its number
 * (某某废物管理计划和管理台账 / HJ 9999—2031 / 制定技术导则) gives the
 * title said whole over clause 1, and that line is no heading; the 前言
 * set large atop the page after the contents is one (parted.pdf). */
static void
parted_cover_title(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("parted.pdf");

	assert_string_equal(doc->title, "某某废物管理计划和管理台账制定技术导则");
	assert_int_equal(level_of(doc, "某某废物管理计划和管理台账制定技术导则"), 0);
	for (size_t i = 0; i < doc->paragraph_count; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		const struct doc_hint *hint = doc_hint_of(doc, i);
		/* 前　言 alone, not its contents entry */
		if (strncmp(doc->text + p->offset, "前", strlen("前")) == 0 && p->length < 16)
			assert_true(hint && hint->heading_level > 0);
	}
	doc_free(doc);
}

/* A line that reaches the right margin mid-sentence goes on in the next
 * one set in a bold face, the words the paragraph stresses: one
 * paragraph, no heading (parted.pdf). */
static void
emphasis_goes_on(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("parted.pdf");
	size_t at = paragraph_starting(doc, "本标准的编制原则是");
	const struct paragraph *p = &doc->paragraphs[at];

	assert_non_null(memmem(doc->text + p->offset, p->length, "全面推行安全管理。", strlen("全面推行安全管理。")));
	assert_int_equal(level_of(doc, "本标准的编制原则是"), 0);
	p = &doc->paragraphs[at + 1];
	assert_int_equal(strncmp(doc->text + p->offset, "2 规范性引用文件", strlen("2 规范性引用文件")), 0);
	doc_free(doc);
}

/* A clause that ends its sentence at the right margin does not go on in
 * the next line when that one opens with a clause's number: where each
 * clause is a line, no right margin is common to many lines
 * (standard.pdf). */
static void
standard_clause_after_full_line(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("standard.pdf");
	size_t first = paragraph_starting(doc, "2.1 施工过程中");

	assert_int_equal(paragraph_starting(doc, "2.2 夜间施工"), first + 1);
	doc_free(doc);
}

/* A standard's cover (中华人民共和国国家标准, its number, title, dates and
 * issuer, all set larger than the body), 前言 above the first paragraph
 * and the title said again above clause 1 are no headings: the body
 * begins on the first page with lines of it (standard.pdf). */
static void
standard_cover_no_headings(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("standard.pdf");
	size_t clause = paragraph_starting(doc, "1 适用范围");

	assert_true(clause > 8);
	for (size_t i = 0; i < clause; i++) {
		const struct doc_hint *hint = doc_hint_of(doc, i);
		assert_int_equal(hint ? hint->heading_level : 0, 0);
	}
	assert_int_equal(doc_hint_of(doc, clause - 1)->page, 3);
	doc_free(doc);
}

/* A sentence with one letter set larger than the rest (用 A 计权…) is set
 * in the body's size: no heading (standard.pdf). */
static void
standard_sentence_with_larger_letter(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("standard.pdf");

	assert_int_equal(level_of(doc, "用 A 计权"), 0);
	doc_free(doc);
}

/* A formula set larger than the body is no heading, nor are the rows of
 * a fraction set over three, its numerator and its denominator a symbol
 * with its index (h2 / c = c0 × / h0 2) (standard.pdf). */
static void
standard_formula_no_heading(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("standard.pdf");

	assert_int_equal(level_of(doc, "C=M/V"), 0);
	assert_int_equal(level_of(doc, "h2"), 0);
	assert_int_equal(level_of(doc, "h0"), 0);
	doc_free(doc);
}

/* A term's definition that ends its sentence at the right margin does
 * not go on in the next line when that one is the next term's number
 * alone (…领域的产品。 / 2.3 / 熔炉 furnace): the number stays a line of
 * its own over its term (terms.pdf). */
static void
term_number_after_full_line(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("terms.pdf");
	size_t number = paragraph_starting(doc, "2.3");
	const struct paragraph *p = &doc->paragraphs[number];
	const char *end = "领域的产品。";
	const struct paragraph *q = &doc->paragraphs[paragraph_starting(doc, "CRT")];

	assert_int_equal(p->length, 3);
	assert_true(q->length >= strlen(end));
	assert_memory_equal(doc->text + q->offset + q->length - strlen(end), end, strlen(end));
	doc_free(doc);
}
/* True when the N bytes at S are Latin letters and spaces alone. */
static bool
letters_only(const char *s, size_t n)
{
	size_t letters = 0;

	for (size_t i = 0; i < n; i++) {
		if ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))
			letters++;
		else if (s[i] != ' ')
			return false;
	}
	return letters > 0;
}

/* A watermark laid aslant across a standard's page in large letters
 * (Ministry of Ecology and Environment, HJ) is no text: no paragraph is
 * made of its letters, none of them runs into a line of the text, and
 * the lines it crosses keep their order (watermark.pdf). */
static void
watermark_left_out(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("watermark.pdf");
	static const char *const order[] = { "1 适用范围", "2 术语和定义", "2.1", "物理再生", "2.2",
					     "化学再生", "3 总体要求", "3.1 一般性要求", "3.1.1",
					     "3.1.2", "3.2 贮存要求", "3.2.1", "3.2.2" };
	size_t last = 0;

	assert_string_equal(doc->title, "某某污染控制技术规范");
	for (size_t i = 0; i < doc->paragraph_count; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		assert_false(letters_only(doc->text + p->offset, p->length));
	}
	for (size_t k = 0; k < sizeof order / sizeof order[0]; k++) {
		size_t at = paragraph_starting(doc, order[k]);
		assert_true(k == 0 || at > last);
		last = at;
	}
	assert_int_equal(doc->paragraphs[paragraph_starting(doc, "2.2")].length, 3);
	doc_free(doc);
}

/* A standard's term set in bold under its number alone (2.1 / 物理再生
 * mechanical recycling) is that clause's title, not a heading of its own
 * under it (watermark.pdf). */
static void
bold_term_titles_its_number(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("watermark.pdf");
	struct outline *o = NULL;
	size_t terms = 0;

	assert_int_equal(outline_build(doc, &o), BG_OK);
	for (size_t i = 0; i < o->count; i++) {
		const struct outline_node *n = o->nodes[i];
		assert_true(n->label[0] != '\0');
		if (strcmp(n->label, "2.1") == 0 || strcmp(n->label, "2.2") == 0) {
			assert_int_equal(n->depth, 2);
			assert_true(strstr(n->title, "再生 ") != NULL);
			terms++;
		}
	}
	assert_int_equal(terms, 2);
	outline_free(o);
	doc_free(doc);
}
/* A standard's appendix whose mark, kind and title stand centred in
 * larger sizes on lines of their own (附  录  A / （规范性附录） / 某某
 * 系统密闭性检测方法) is one heading at the top, beside the clauses,
 * titled by its title, its mark closed up (附录A), its clauses A.1 A.2
 * under it (appendix.pdf). */
static void
appendix_at_the_top(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("appendix.pdf");
	struct outline *o = NULL;
	static const struct { int depth; const char *label, *title; } want[] = {
		{ 1, "1", "适用范围" }, { 1, "2", "标准的实施" }, { 2, "2.1", "企业是实施" },
		{ 2, "2.2", "本标准附录" }, { 1, "附录A", "某某系统密闭性检测方法" },
		{ 2, "A.1", "适用范围" }, { 2, "A.2", "检测条件" } };

	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->count, sizeof want / sizeof want[0]);
	for (size_t i = 0; i < o->count; i++) {
		assert_int_equal(o->nodes[i]->depth, want[i].depth);
		assert_string_equal(o->nodes[i]->label, want[i].label);
		assert_memory_equal(o->nodes[i]->title, want[i].title, strlen(want[i].title));
	}
	outline_free(o);
	doc_free(doc);
}

/* A statistical report with a cover (its month, 二〇二二年十二月, set
 * large) and parts numbered 1 人口特征 … 3 文化教育 over footnotes at a
 * page's foot (1 注：…): the parts in their sequence, the cover's month
 * and the footnotes no headings (bulletin.pdf). */
static void
report_parts_over_footnotes(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("bulletin.pdf");
	struct outline *o = NULL;
	const char *titles[] = { "人口特征", "婚姻及家庭状况", "文化教育" };

	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->count, 3);
	for (size_t i = 0; i < 3; i++) {
		assert_int_equal(o->nodes[i]->depth, 1);
		assert_string_equal(o->nodes[i]->title, titles[i]);
	}
	outline_free(o);
	doc_free(doc);
}
/* An accident report whose footnotes' calls (①, superscripts poppler
 * gives on a line of their own) stand atop three pages, in the band where
 * running headers are looked for: the calls stay in the text, so the
 * footnotes at the pages' feet (① 一种由…的专用设备。…) are notes, not
 * headings under the parts (notecalls.pdf). */
static void
note_calls_atop_pages(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("notecalls.pdf");
	struct outline *o = NULL;
	const char *titles[] = { "基本情况", "事故经过", "事故原因", "防范措施" };
	size_t calls = 0;

	for (size_t i = 0; i < doc->paragraph_count; i++)
		if (doc->paragraphs[i].length == strlen("①") &&
		    memcmp(doc->text + doc->paragraphs[i].offset, "①", strlen("①")) == 0)
			calls++;
	assert_int_equal(calls, 3);
	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->count, 4);
	for (size_t i = 0; i < 4; i++) {
		assert_int_equal(o->nodes[i]->depth, 1);
		assert_string_equal(o->nodes[i]->title, titles[i]);
	}
	outline_free(o);
	doc_free(doc);
}
/* Clauses' numbers drawn as a column a wide gap before their sentences,
 * under a number set apart from its title: poppler reads them as a
 * table's cells and gives the second number with the first sentence
 * (2.2.2除提升…); each sentence goes with its own number (joined.pdf). */
static void
clause_numbers_joined_to_the_row_below(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("joined.pdf");
	struct outline *o = NULL;

	paragraph_starting(doc, "2.2.1 除提升输送");
	paragraph_starting(doc, "2.2.2 以下生产设备");
	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->count, 7);
	assert_string_equal(o->nodes[4]->label, "2.2.1");
	assert_non_null(strstr(o->nodes[4]->title, "除提升输送"));
	assert_string_equal(o->nodes[5]->label, "2.2.2");
	assert_non_null(strstr(o->nodes[5]->title, "以下生产设备"));
	outline_free(o);
	doc_free(doc);
}
/* Clauses' numbers a wide gap before their titles, the gap opened by a
 * space in another font (a tab, as Word prints it), which poppler drops
 * and gives 3限值和评价方法 as one run: the number and the title are
 * parted by a space again, so the clauses and the one after them are
 * headings (tabbed.pdf). */
static void
number_and_title_given_as_one_run(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("tabbed.pdf");
	struct outline *o = NULL;

	paragraph_starting(doc, "3 限值和评价方法");
	paragraph_starting(doc, "3.1 公众曝露控制限值");
	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->count, 6);
	assert_string_equal(o->nodes[3]->label, "3");
	assert_string_equal(o->nodes[3]->title, "限值和评价方法");
	assert_string_equal(o->nodes[4]->label, "3.1");
	assert_string_equal(o->nodes[4]->title, "公众曝露控制限值");
	assert_string_equal(o->nodes[5]->label, "3.2");
	outline_free(o);
	doc_free(doc);
}
/* A clause's line drawn a run at a time, its full-width comma drawn over
 * the blank half of the closing bracket before it: poppler gives the
 * rest of the line (，但不排除…) before the clause's number and title,
 * which go back before it, so the clause is a heading (overlap.pdf). */
static void
line_start_given_after_its_rest(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("overlap.pdf");
	struct outline *o = NULL;

	paragraph_starting(doc, "2.2 未列入《某某名录》，但不排除");
	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->count, 5);
	assert_string_equal(o->nodes[3]->label, "2.2");
	assert_string_equal(o->nodes[3]->title, "未列入《某某名录》");
	assert_string_equal(o->nodes[4]->label, "2.3");
	outline_free(o);
	doc_free(doc);
}
/* A list of referenced standards whose methods stand a gap after their
 * lines' ragged ends: poppler gives some of them as a block after the
 * list, and each goes back to the end of the line on its row, none a
 * line of its own (第 1 部分 某某整车维修企业 no part) (references.pdf). */
static void
line_ends_given_as_a_block(void **state)
{
	(void)state;
	struct doc *doc = load_fixture("references.pdf");
	struct outline *o = NULL;

	/* (the lines, which end in no sentence's mark, may be read as one
	 * paragraph) */
	assert_non_null(strstr(doc->text, "悬浮物的测定 重量法"));
	assert_non_null(strstr(doc->text, "某某维修业开业条件 第 1 部分 某某整车维修企业"));
	assert_non_null(strstr(doc->text, "庚物的测定 某某试剂分光光度法"));
	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->count, 3);
	assert_string_equal(o->nodes[2]->label, "3");
	outline_free(o);
	doc_free(doc);
}
/* The start of a PDF (load_file_head): its reader stops after the page
 * that brings the text to the size asked for, and the document is marked
 * partial; its paragraphs are the whole document's first ones but for
 * the last, which the next page may go on, and its pages the first
 * ones. */
static void
first_part_of_a_pdf(void **state)
{
	const char *top = getenv("top_srcdir");
	char path[4096];
	struct load_options options = { NULL, NULL, true, 0 };
	struct doc *doc = NULL, *whole = NULL;

	(void)state;
	snprintf(path, sizeof path, "%s/tests/fixtures/summary.pdf", top ? top : ".");
	assert_int_equal(load_file(path, &options, &whole, NULL), BG_OK);
	assert_int_equal(load_file_head(path, &options, 1000, &doc, NULL), BG_OK);
	assert_true(doc->partial);
	assert_true(doc->text_length >= 1000 && doc->text_length < whole->text_length / 2);
	assert_true(doc->paragraph_count > 1 && doc->paragraph_count < whole->paragraph_count);
	for (size_t i = 0; i + 1 < doc->paragraph_count; i++) {
		assert_int_equal(doc->paragraphs[i].length, whole->paragraphs[i].length);
		assert_memory_equal(doc->text + doc->paragraphs[i].offset,
				    whole->text + whole->paragraphs[i].offset, doc->paragraphs[i].length);
	}
	assert_true(doc->page_count >= 1 && doc->page_count < whole->page_count);
	assert_int_equal(doc->pages[0].page, whole->pages[0].page);
	assert_string_equal(doc->title, whole->title);
	doc_free(doc);
	doc_free(whole);
}

#else
static void
no_support(void **state)
{
	(void)state;
	struct doc *doc = NULL;

	assert_int_equal(load_fixture_status("headings.pdf", &doc), BG_ERR_NO_SUPPORT);
	assert_null(doc);
}
#endif

static void
text_has_no_pages(void **state)
{
	(void)state;
	struct doc *doc = unit_load("一、标题\n正文。\n", NULL);

	assert_int_equal(doc->page_count, 0);
	assert_int_equal(doc_page_at(doc, 0), 0);
	assert_int_equal(doc_page_of(doc, 2, 1), 0);
	doc_free(doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#ifdef HAVE_POPPLER
		cmocka_unit_test(headings_by_size),
		cmocka_unit_test(pages_of_places),
		cmocka_unit_test(letter_spaced_headings),
		cmocka_unit_test(pieces_on_rows),
		cmocka_unit_test(table_cells_no_headings),
		cmocka_unit_test(table_rows_from_columns),
		cmocka_unit_test(margin_of_short_articles),
		cmocka_unit_test(contents_leader_lines),
		cmocka_unit_test(sign_off_no_heading),
		cmocka_unit_test(repeated_table_header_row),
		cmocka_unit_test(stacked_table_header),
		cmocka_unit_test(repeated_text_page_not_a_header),
		cmocka_unit_test(two_columns_read_in_turn),
		cmocka_unit_test(margins_of_portrait_pages),
		cmocka_unit_test(wrapped_title_and_numerals),
		cmocka_unit_test(standard_rows_in_order),
		cmocka_unit_test(standard_clause_after_full_line),
		cmocka_unit_test(roman_page_number),
		cmocka_unit_test(parted_cover_title),
		cmocka_unit_test(emphasis_goes_on),
		cmocka_unit_test(clause_numbers_in_a_column),
		cmocka_unit_test(clause_numbers_after_their_sentences),
		cmocka_unit_test(notice_before_the_contents),
		cmocka_unit_test(clause_title_beside_its_number),
		cmocka_unit_test(standard_cover_no_headings),
		cmocka_unit_test(standard_sentence_with_larger_letter),
		cmocka_unit_test(standard_formula_no_heading),
		cmocka_unit_test(term_number_after_full_line),
		cmocka_unit_test(watermark_left_out),
		cmocka_unit_test(bold_term_titles_its_number),
		cmocka_unit_test(appendix_at_the_top),
		cmocka_unit_test(report_parts_over_footnotes),
		cmocka_unit_test(note_calls_atop_pages),
		cmocka_unit_test(clause_numbers_joined_to_the_row_below),
		cmocka_unit_test(number_and_title_given_as_one_run),
		cmocka_unit_test(line_start_given_after_its_rest),
		cmocka_unit_test(line_ends_given_as_a_block),
		cmocka_unit_test(first_part_of_a_pdf),
#else
		cmocka_unit_test(no_support),
#endif
		cmocka_unit_test(text_has_no_pages),
	};
	return UNIT_RUN(tests);
}
