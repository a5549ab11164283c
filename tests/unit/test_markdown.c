/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_markdown.c - Markdown rendered as the text it stands for: links,
 * quotes, emphasis, URL tails, pipe tables; headings still headings. */
#include "markdown.h"
#include "outline.h"
#include "reader.h"
#include "unit.h"

/* Renders TEXT over a copy of it (room for two bytes more): the text
 * rendered in *OUT, a malloc'd block, and its length in *N; links and
 * hints as markdown_render gives them.  Whether it came out in a block of
 * its own in *APART. */
static void
render_over(const char *text, char **out, size_t *n, struct reader_link **links, size_t *count,
	    struct reader_hint **hints, size_t *hint_count, bool *apart)
{
	size_t length = strlen(text);
	char *copy = malloc(length + 2), *own;

	assert_non_null(copy);
	memcpy(copy, text, length);
	assert_int_equal(markdown_render_over(copy, length, &own, n, links, count, hints,
					      hint_count),
			 BG_OK);
	*apart = own != NULL;
	if (own) {
		free(copy);
		copy = own;
	}
	*out = copy;
}

/* Renders TEXT, into a block of its own and over itself, and compares
 * both with WANT. */
static void
check(const char *text, const char *want)
{
	char *out;
	size_t n;
	bool apart;

	struct reader_link *links;
	struct reader_hint *hints;
	size_t count, hint_count;

	assert_int_equal(markdown_render(text, strlen(text), &out, &n, &links, &count, &hints,
					 &hint_count), BG_OK);
	assert_int_equal(n, strlen(want));
	assert_memory_equal(out, want, n);
	free(out);
	reader_free_links(links, count);
	reader_free_hints(hints, hint_count);
	render_over(text, &out, &n, &links, &count, &hints, &hint_count, &apart);
	assert_int_equal(n, strlen(want));
	assert_memory_equal(out, want, n);
	free(out);
	reader_free_links(links, count);
	reader_free_hints(hints, hint_count);
}

/* Renders TEXT and checks its one link: LINE, COLUMN, LENGTH (characters)
 * and HREF. */
static void
check_link(const char *text, uint32_t line, uint32_t column, uint32_t length, const char *href)
{
	char *out;
	size_t n;
	struct reader_link *links;
	struct reader_hint *hints;
	size_t count, hint_count;

	bool apart;

	assert_int_equal(markdown_render(text, strlen(text), &out, &n, &links, &count, &hints,
					 &hint_count), BG_OK);
	assert_int_equal(hint_count, 0);
	assert_int_equal(count, 1);
	assert_int_equal(links[0].line, line);
	assert_int_equal(links[0].column, column);
	assert_int_equal(links[0].length, length);
	assert_string_equal(links[0].href, href);
	free(out);
	reader_free_links(links, count);
	reader_free_hints(hints, hint_count);
	render_over(text, &out, &n, &links, &count, &hints, &hint_count, &apart);
	assert_int_equal(hint_count, 0);
	assert_int_equal(count, 1);
	assert_int_equal(links[0].line, line);
	assert_int_equal(links[0].column, column);
	assert_int_equal(links[0].length, length);
	assert_string_equal(links[0].href, href);
	free(out);
	reader_free_links(links, count);
	reader_free_hints(hints, hint_count);
}

static void
links_on_one_line(void **state)
{
	/* Several links on a line, and on the lines after it: each is placed
	 * from the line's start, counted once along the line. */
	static const char text[] = "甲乙丙丁戊己\n子丑寅卯辰巳午未";
	struct reader_link links[3] = {
		{ .start = 3, .end = 9 }, { .start = 12, .end = 15 }, { .start = 19 + 6, .end = 19 + 12 },
	};

	(void)state;
	reader_links_place(text, strlen(text), links, 3);
	assert_int_equal(links[0].line, 1);
	assert_int_equal(links[0].column, 2);
	assert_int_equal(links[0].length, 2);
	assert_int_equal(links[1].line, 1);
	assert_int_equal(links[1].column, 5);
	assert_int_equal(links[1].length, 1);
	assert_int_equal(links[2].line, 2);
	assert_int_equal(links[2].column, 3);
	assert_int_equal(links[2].length, 2);
}

static void
links_keep_their_address(void **state)
{
	(void)state;
	check_link("第一行\n以[官方链接](https://example.org/a?b=1 \"标题\")发布。", 2, 2, 4,
		   "https://example.org/a?b=1");
	/* Wrapped onto the next line: the address is whole. */
	check_link("以[官方链接](https://example.org/d?id=3be9\n&siteId=0085)发布版本为准。", 1, 2, 4,
		   "https://example.org/d?id=3be9&siteId=0085");
	check_link("图![示意图](img/a.png)如下，见[附件](<a b.pdf>)。", 1, 9, 2, "a b.pdf");
}

static void
links_as_their_text(void **state)
{
	(void)state;
	check("以[官方链接](https://example.org/a?b=1)发布版本为准。", "以官方链接发布版本为准。");
	check("图![示意图](img/a.png)如下", "图示意图如下");
	check("见[附件](https://x.org/f(1).pdf)。", "见附件。");
	check("[只是方括号]和(圆括号)", "[只是方括号]和(圆括号)");
	/* The URL wrapped onto the next line: the line break stays. */
	check("以[官方链接](https://example.org/d?id=3be9\n&siteId=0085)发布版本为准。\n下一段",
	      "以官方链接\n发布版本为准。\n下一段");
}

static void
url_tails_dropped(void **state)
{
	(void)state;
	check("以[链接](https://x.org/d?id=1)发布版本为准。&siteId=0085\n正文",
	      "以链接发布版本为准。\n正文");
	check("为准。\n&siteId=0085&x=1\n正文", "为准。\n\n正文");
	check("R&D投入&研发=3", "R&D投入&研发=3");
	check("a&b=c", "a&b=c");
}

static void
quotes_and_emphasis(void **state)
{
	(void)state;
	check("> 本文由公开页面提取。\n>\n> > 引文", "本文由公开页面提取。\n\n引文");
	check(">2\n约束性", ">2\n约束性");
	check("*   **高质量发展：** 是*首要*任务，__必须__坚持", "*   高质量发展： 是首要任务，必须坚持");
	check("2 * 3 * 4，snake__case__name，** 不是 **", "2 * 3 * 4，snake__case__name，** 不是 **");
	check("\\*注\\*：", "*注*：");
	check("**某市行动方案（2026—2030年****）**", "某市行动方案（2026—2030年）");
	check("**一、****总则**", "一、总则");
}

static void
headings_front_matter_code_kept(void **state)
{
	(void)state;
	check("---\n链接: [a](b)\n---\n# 一、**总则**\n", "---\n链接: [a](b)\n---\n# 一、总则\n");
	check("```\n**x** [a](b)\n```\n**y**", "```\n**x** [a](b)\n```\ny");
}

/* Inline HTML tags of a page saved as Markdown are left out as ** is:
 * emphasis, spans, paragraph and line breaks; the line breaks stay where
 * they were.  Other tags and a lone < stay. */
static void
inline_html_tags(void **state)
{
	(void)state;
	check("<strong>（一）总体要求</strong>\n<p id=\"c1\">　　<b>第一条</b>　为了。</p>\n",
	      "（一）总体要求\n　　第一条　为了。\n");
	check("<P>一、<EM>概况</EM><br/>\n<span style=\"x\"><i>二</i></span>、<br>任务<br />\n",
	      "一、概况\n二、任务\n");
	check("增长<5%，<sup>2</sup> <div>a</div> <bold>x</b\n", "增长<5%，<sup>2</sup> <div>a</div> <bold>x</b\n");
}

/* A heading's attribute list (Pandoc, kramdown) is left out; braces that
 * are words stay. */
static void
heading_attributes_dropped(void **state)
{
	(void)state;
	check("## 第一章　总则{align=\"center\"}\n### 二、任务 {#s2 .c}  \n",
	      "## 第一章　总则\n### 二、任务 \n");
	check("## 关于{某事}\n## x {}\n正文{#a}\n", "## 关于{某事}\n## x {}\n正文{#a}\n");
}

/* A table of contents placeholder alone on its line is left out: the
 * line stays, empty. */
static void
toc_placeholders_dropped(void **state)
{
	(void)state;
	check("::: details 目录\n[[toc]]\n:::\n[TOC]\n 　\n见[[toc]]\n",
	      "::: details 目录\n\n:::\n\n 　\n见[[toc]]\n");
}

/* A backslash escapes any ASCII punctuation (CommonMark), as baogao's own
 * Markdown export writes them; before anything else it stays. */
static void
backslash_escapes(void **state)
{
	(void)state;
	check("\\=== 等号\nR\\&D 与 \\&amp; 与 a\\|b", "=== 等号\nR&D 与 &amp; 与 a|b");
	check("\\- 不是列表\n3\\. 不是编号\n\\\\反斜杠", "- 不是列表\n3. 不是编号\n\\反斜杠");
	check("\\一 与 \\a", "\\一 与 \\a");
}

static void
tables_aligned(void **state)
{
	(void)state;
	check("| 指标 | 2025年 | 属性 |\n|:---|---:|:-:|\n| 人口 | 12 | 约束性 |\n| GDP增速 | 5% | 预期性 |\n后文",
	      "指标     2025年   属性\n"
	      "-------  ------  ------\n"
	      "人口         12  约束性\n"
	      "GDP增速      5%  预期性\n"
	      "后文");
	check("a | b\n--|--\n[x](u) | **y**\n", "a  b\n-  -\nx  y\n");
	/* A row with more cells than the delimiter row loses none. */
	check("x|y\n|-|\n|1|2|3|\n", "x  y\n-  -  -\n1  2  3\n");
}

/* A pipe table's rows are given as a Word table's are: by line, with the
 * character column of each cell (the delimiter row is none of them). */
static void
table_rows_given(void **state)
{
	static const char text[] = "前文\n\n| 序号 | 事项 |\n|---|---|\n| 1. | 收到申请 |\n| 2. | 办结 |\n后文\n"
				   "\n|甲|乙|\n|-|-|\n|丙|丁|\n";
	char *out;
	size_t n, count, hint_count;
	struct reader_link *links;
	struct reader_hint *hints;

	(void)state;
	assert_int_equal(markdown_render(text, strlen(text), &out, &n, &links, &count, &hints,
					 &hint_count), BG_OK);
	assert_int_equal(hint_count, 5);
	assert_int_equal(hints[0].line, 3);
	assert_int_equal(hints[0].row, 0);
	assert_int_equal(hints[0].table, 0);
	assert_int_equal(hints[0].cell_count, 2);
	assert_int_equal(hints[0].cells[0], 1);
	assert_int_equal(hints[0].cells[1], 5);     /* 序号 (two characters) and two spaces */
	assert_int_equal(hints[1].line, 5);
	assert_int_equal(hints[1].row, 1);
	assert_int_equal(hints[1].cells[1], 7);     /* "1." padded to 4 columns, 2 spaces */
	assert_int_equal(hints[2].line, 6);
	assert_int_equal(hints[2].row, 2);
	assert_int_equal(hints[3].line, 9);
	assert_int_equal(hints[3].table, 1);
	assert_int_equal(hints[3].row, 0);
	assert_int_equal(hints[4].line, 11);
	assert_int_equal(hints[4].row, 1);
	free(out);
	reader_free_links(links, count);
	reader_free_hints(hints, hint_count);
}

/* Through the loader: a table's rows are paragraphs of their own, known
 * as rows; one that starts with a number (1. 收到申请) is no heading, the
 * headings around the table are. */
static void
table_rows_no_headings(void **state)
{
	struct load_options options = { NULL, NULL, true, 0 };
	struct bg_error err = { BG_OK, "" };
	struct doc *doc = NULL;
	struct outline *outline = NULL;
	static const char text[] = "## 一、总体情况\n\n正文。\n\n| 序号 | 事项 | 件数 |\n|---|---|---|\n"
				   "| 1. | 收到申请 | 749 |\n| 2. | 办结 | 700 |\n| 3. | 其他 | 49 |\n\n"
				   "## 二、存在问题\n\n正文。\n";

	(void)state;
	assert_int_equal(load_bytes(text, strlen(text), "a.md", &options, &doc, &err), BG_OK);
	/* each row a paragraph of its own, under the header row */
	assert_int_equal(doc->hint_count, 4);
	for (size_t k = 0; k < 4; k++) {
		assert_int_equal(doc->hints[k].cell_count, 3);
		assert_int_equal(doc->hints[k].row, k);
		assert_int_equal(doc->hints[k].header, doc->hints[0].paragraph);
		if (k > 0)
			assert_true(doc->hints[k].paragraph > doc->hints[k - 1].paragraph);
	}
	assert_int_equal(outline_build(doc, &outline), BG_OK);
	assert_int_equal(outline->count, 2);
	assert_int_equal(outline->nodes[1]->depth, 1);
	outline_free(outline);
	doc_free(doc);
}

/* Over its text, a table padded longer than its rows goes on in a block
 * of its own, with the text before it and after it as they were; a table
 * that comes out shorter stays over the text. */
static void
tables_over_their_text(void **state)
{
	static const char longer[] = "前文\n甲|乙\n-|-\n一|二\n后文[x](y)\n";
	static const char shorter[] = "[前](u)文\n| 甲 | 乙 |\n| --- | --- |\n| 一 | 二 |\n后文\n";
	char *out;
	size_t n, count, hint_count;
	struct reader_link *links;
	struct reader_hint *hints;
	bool apart;

	(void)state;
	render_over(longer, &out, &n, &links, &count, &hints, &hint_count, &apart);
	assert_true(apart);
	assert_int_equal(n, strlen("前文\n甲  乙\n--  --\n一  二\n后文x\n"));
	assert_memory_equal(out, "前文\n甲  乙\n--  --\n一  二\n后文x\n", n);
	assert_int_equal(count, 1);
	assert_int_equal(links[0].line, 5);
	assert_string_equal(links[0].href, "y");
	assert_int_equal(hint_count, 2);
	assert_int_equal(hints[1].line, 4);
	assert_int_equal(hints[1].cells[1], 4);
	free(out);
	reader_free_links(links, count);
	reader_free_hints(hints, hint_count);
	render_over(shorter, &out, &n, &links, &count, &hints, &hint_count, &apart);
	assert_false(apart);
	assert_int_equal(n, strlen("前文\n甲  乙\n--  --\n一  二\n后文\n"));
	assert_memory_equal(out, "前文\n甲  乙\n--  --\n一  二\n后文\n", n);
	assert_int_equal(hint_count, 2);
	free(out);
	reader_free_links(links, count);
	reader_free_hints(hints, hint_count);
}

/* Over its text or into a block of its own, the same text, links and
 * table rows: made-up texts of the pieces Markdown is made of, from a
 * fixed seed. */
static void
over_the_text_the_same(void **state)
{
	static const char *const pieces[] = {
		"[", "]", "(", ")", "![", "](", "*", "**", "_", "__", "\\", "\\*", "&a=b", "?x=1",
		"|", "-", ":", " ", "\n", "\r\n", "> ", ">", "```", "---\n", "#", "## ", "甲", "乙丙",
		"a", "u", "<x y>", "\n|-|-|\n", "| a | b |", "\n---|:-:\n", "长长的单元格内容",
		"[甲](u)", "![乙](v)", "[丙](w", "x)", "[**丁**](<a b>)", "| |"
	};
	enum { PIECE_COUNT = sizeof pieces / sizeof pieces[0] };
	uint32_t seed = 15;
	char text[400];

	(void)state;
	for (int round = 0; round < 3000; round++) {
		size_t length = 0, n, over_n, count, over_count, hint_count, over_hint_count;
		char *out, *over;
		struct reader_link *links, *over_links;
		struct reader_hint *hints, *over_hints;
		bool apart;

		seed = seed * 1103515245u + 12345u;
		for (int k = (int)(seed >> 16) % 40; k >= 0; k--) {
			const char *piece;
			seed = seed * 1103515245u + 12345u;
			piece = pieces[(seed >> 16) % PIECE_COUNT];
			if (length + strlen(piece) >= sizeof text)
				break;
			memcpy(text + length, piece, strlen(piece));
			length += strlen(piece);
		}
		text[length] = '\0';
		assert_int_equal(markdown_render(text, length, &out, &n, &links, &count, &hints,
						 &hint_count),
				 BG_OK);
		render_over(text, &over, &over_n, &over_links, &over_count, &over_hints,
			    &over_hint_count, &apart);
		assert_int_equal(over_n, n);
		assert_memory_equal(over, out, n);
		assert_int_equal(over_count, count);
		for (size_t i = 0; i < count; i++) {
			assert_int_equal(over_links[i].line, links[i].line);
			assert_int_equal(over_links[i].column, links[i].column);
			assert_int_equal(over_links[i].length, links[i].length);
			assert_string_equal(over_links[i].href, links[i].href);
		}
		assert_int_equal(over_hint_count, hint_count);
		for (size_t i = 0; i < hint_count; i++) {
			assert_int_equal(over_hints[i].line, hints[i].line);
			assert_int_equal(over_hints[i].table, hints[i].table);
			assert_int_equal(over_hints[i].row, hints[i].row);
			assert_int_equal(over_hints[i].cell_count, hints[i].cell_count);
			assert_memory_equal(over_hints[i].cells, hints[i].cells,
					    hints[i].cell_count * sizeof *hints[i].cells);
		}
		free(out);
		free(over);
		reader_free_links(links, count);
		reader_free_links(over_links, over_count);
		reader_free_hints(hints, hint_count);
		reader_free_hints(over_hints, over_hint_count);
	}
}

static void
detected(void **state)
{
	(void)state;
	static const char plain[] = "一、总则\n本办法所称 2 * 3 不是强调。\n";
	static const char heading[] = "前言\n## 一、总则\n";
	static const char linked[] = "见[附件](a.pdf)。\n";
	static const char bold[] = "**第一章  总则**\n第一条 内容。\n**第二章  附则**\n";
	static const char one_bold[] = "**注意**\n第一条 内容。\n";
	/* bold headings indented as the text is, by ideographic spaces */
	static const char indented_bold[] = "　　**一、综合**\n　　全年增长。\n　　**二、农业**　\n";
	static const char tally[] = "表4 一般公共预算收入\n一般公共预算收入（亿元）\n339.03\n# 税收收入\n238.83\n"
				    "3.0\n";
	static const char tally_row[] = "表2 主要农作物\n农作物总播种面积\t667.16\t6.2\n# 小麦\t162.75\t-6.8\n"
					"# 油料 6.51 -6.0 0.97\n";
	static const char heading_words[] = "# 二、农业 2025 年\n全年增长。\n";

	assert_true(markdown_detect("x.md", plain, strlen(plain)));
	assert_true(markdown_detect("x.MARKDOWN", plain, strlen(plain)));
	assert_false(markdown_detect("x.txt", plain, strlen(plain)));
	assert_true(markdown_detect("x.txt", heading, strlen(heading)));
	assert_true(markdown_detect(NULL, linked, strlen(linked)));
	assert_true(markdown_detect("x.txt", bold, strlen(bold)));
	assert_false(markdown_detect("x.txt", one_bold, strlen(one_bold)));
	assert_true(markdown_detect("x.txt", indented_bold, strlen(indented_bold)));
	/* a statistical table set one cell a line: # marks an item of the
	 * row above (其中), over its number */
	assert_false(markdown_detect("x.txt", tally, strlen(tally)));
	/* or a row set on one line, its numbers after the name */
	assert_false(markdown_detect("x.txt", tally_row, strlen(tally_row)));
	assert_true(markdown_detect("x.txt", heading_words, strlen(heading_words)));
}

/* Through the loader: a heading under a quote and a link is still a
 * heading, on its source line. */
static void
loaded_markdown(void **state)
{
	(void)state;
	struct load_options options = { NULL, NULL, true, 0 };
	struct bg_error err = { BG_OK, "" };
	struct doc *doc = NULL;
	static const char text[] = "> 以[官方链接](https://x.org)为准。\n\n## 一、**总则**\n\n正文。\n";
	char *p;

	assert_int_equal(load_bytes(text, strlen(text), "a.md", &options, &doc, &err), BG_OK);
	p = unit_paragraph(doc, 0);
	assert_string_equal(p, "以官方链接为准。");
	free(p);
	p = unit_paragraph(doc, 1);
	assert_string_equal(p, "一、总则");
	assert_int_equal(doc->paragraphs[1].md_level, 2);
	assert_int_equal(doc->paragraphs[1].line, 3);
	free(p);
	doc_free(doc);
}

/* A Markdown file whose lines end in CRs alone is read line by line as
 * one with LFs: its contents placeholder goes, its headings stay on
 * their lines. */
static void
loaded_markdown_lone_crs(void **state)
{
	(void)state;
	struct load_options options = { NULL, NULL, true, 0 };
	struct bg_error err = { BG_OK, "" };
	struct doc *doc = NULL;
	static const char text[] = "---\rtitle: 某某清单\r---\r\r[[toc]]\r\r## 一、建设项目管理类\r\r正文。\r";
	char *p;

	assert_int_equal(load_bytes(text, strlen(text), "a.md", &options, &doc, &err), BG_OK);
	assert_null(strstr(doc->text, "[[toc]]"));
	p = unit_paragraph(doc, 0);
	assert_string_equal(p, "一、建设项目管理类");
	assert_int_equal(doc->paragraphs[0].md_level, 2);
	assert_int_equal(doc->paragraphs[0].line, 7);
	free(p);
	doc_free(doc);
}

/* Labels in <b> behind &emsp; indentation, chapters with attributes and
 * an EM SPACE before the title: found as in plain text. */
static void
loaded_html_in_markdown(void **state)
{
	(void)state;
	struct load_options options = { NULL, NULL, true, 0 };
	struct bg_error err = { BG_OK, "" };
	struct doc *doc = NULL;
	struct outline *o = NULL;
	static const char text[] = "# 某市条例\n\n## 第一章&emsp;总则{align=\"center\"}\n\n"
				   "<p>&emsp;&emsp;<b>第一条</b>&emsp;为了管理。</p>\n\n"
				   "<p>&emsp;&emsp;<strong>第二条</strong>&emsp;适用本市。<br>\n";

	assert_int_equal(load_bytes(text, strlen(text), "a.md", &options, &doc, &err), BG_OK);
	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->count, 3);
	assert_string_equal(o->nodes[0]->label, "第一章");
	assert_string_equal(o->nodes[0]->title, "总则");
	assert_string_equal(o->nodes[1]->label, "第一条");
	assert_int_equal(o->nodes[1]->line, 5);
	assert_string_equal(o->nodes[2]->label, "第二条");
	assert_int_equal(o->nodes[2]->line, 7);
	outline_free(o);
	doc_free(doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(links_as_their_text),
		cmocka_unit_test(links_keep_their_address),
		cmocka_unit_test(links_on_one_line),
		cmocka_unit_test(url_tails_dropped),
		cmocka_unit_test(quotes_and_emphasis),
		cmocka_unit_test(headings_front_matter_code_kept),
		cmocka_unit_test(inline_html_tags),
		cmocka_unit_test(heading_attributes_dropped),
		cmocka_unit_test(toc_placeholders_dropped),
		cmocka_unit_test(backslash_escapes),
		cmocka_unit_test(tables_aligned),
		cmocka_unit_test(table_rows_given),
		cmocka_unit_test(table_rows_no_headings),
		cmocka_unit_test(tables_over_their_text),
		cmocka_unit_test(over_the_text_the_same),
		cmocka_unit_test(detected),
		cmocka_unit_test(loaded_markdown),
		cmocka_unit_test(loaded_markdown_lone_crs),
		cmocka_unit_test(loaded_html_in_markdown),
	};
	return UNIT_RUN(tests);
}
