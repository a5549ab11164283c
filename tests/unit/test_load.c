/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_load.c - the loader: encodings, line ends, indentation, reflow,
 * front matter, Markdown, places in the source, bad input. */
#include "unit.h"

#include <stdio.h>
#include <unistd.h>

#include <unistr.h>

#include "lines.h"
#include "utf8.h"

static void
expect_paragraph(const struct doc *doc, size_t i, const char *text, uint32_t line)
{
	char *p = unit_paragraph(doc, i);
	assert_string_equal(p, text);
	assert_int_equal(doc->paragraphs[i].line, line);
	free(p);
}

static enum bg_status
load_status(const char *bytes, size_t n, const char *encoding)
{
	struct load_options options = { encoding, NULL, true, 0 };
	struct bg_error err = { BG_OK, "" };
	struct doc *doc = NULL;
	enum bg_status st = load_bytes(bytes, n, "x", &options, &doc, &err);

	if (st == BG_OK)
		doc_free(doc);
	else
		assert_null(doc);
	return st;
}

static void
utf8_with_bom(void **state)
{
	(void)state;
	struct doc *doc = unit_load("\xef\xbb\xbf" "标题\n正文。\n", NULL);
	assert_string_equal(doc->encoding, "UTF-8");
	expect_paragraph(doc, 0, "标题", 1);
	expect_paragraph(doc, 1, "正文。", 2);
	doc_free(doc);
}

static void
gb18030_detected(void **state)
{
	(void)state;
	/* "一、中文\n" in GBK. */
	static const char gbk[] = "\xd2\xbb\xa1\xa2\xd6\xd0\xce\xc4\n";
	struct load_options options = { NULL, NULL, true, 0 };
	struct doc *doc = NULL;

	assert_int_equal(load_bytes(gbk, sizeof gbk - 1, "gbk", &options, &doc, NULL), BG_OK);
	assert_string_equal(doc->encoding, "GB18030");
	expect_paragraph(doc, 0, "一、中文", 1);
	doc_free(doc);
}

static void
forced_encoding(void **state)
{
	(void)state;
	static const char gbk[] = "\xd6\xd0\xce\xc4\n";
	/* Valid GBK bytes that are not UTF-8, read as UTF-8 on request: an error. */
	assert_int_equal(load_status(gbk, sizeof gbk - 1, "UTF-8"), BG_ERR_ENCODING);
	assert_int_equal(load_status(gbk, sizeof gbk - 1, "GBK"), BG_OK);
	assert_int_equal(load_status("abc\n", 4, "NO-SUCH-ENCODING"), BG_ERR_BAD_ENCODING_NAME);
}

static void
bad_input(void **state)
{
	(void)state;
	assert_int_equal(load_status("", 0, NULL), BG_ERR_EMPTY);
	assert_int_equal(load_status(" \n\t\n\xe3\x80\x80\n", 8, NULL), BG_ERR_BLANK);
	assert_int_equal(load_status("ab\0cd\n", 6, NULL), BG_ERR_BINARY);
	assert_int_equal(load_status("\xff\xfe" "a\0b\0", 6, NULL), BG_ERR_UTF16);
	assert_int_equal(load_status("a\0b\0c\0\n\0", 8, NULL), BG_ERR_UTF16);
	/* UTF-32 by its mark and without; UTF-16 of Chinese text, whose 一
	 * (U+4E00) and U+3000 have NULs at the other parity. */
	assert_int_equal(load_status("\xff\xfe\0\0a\0\0\0", 8, NULL), BG_ERR_UTF32);
	assert_int_equal(load_status("\x07\x68\0\0\x98\x98\0\0\n\0\0\0\0\x4e\0\0", 16, NULL),
			 BG_ERR_UTF32);
	assert_int_equal(load_status("\x07\x68\x98\x98\n\0\n\0\0\x4e\x01\x30\x32\x75 \0a\0b\0c\0\n\0",
				     24, NULL), BG_ERR_UTF16);
	/* 0x80 alone is neither UTF-8 nor GB18030. */
	assert_int_equal(load_status("abc\x80\n", 5, NULL), BG_ERR_ENCODING);
}

/* A few bytes that are not UTF-8 in a UTF-8 file are shown as U+FFFD,
 * with one warning naming the first; a file mostly not UTF-8 (nor
 * GB18030) is refused, and the message names the place. */
static void
damaged_text_is_shown(void **state)
{
	(void)state;
	struct load_options options = { NULL, NULL, true, 0 };
	struct doc *doc = NULL;
	struct bg_error err = { BG_OK, "" };
	char text[4096] = "标题\n\n一、部分\n共有3860人\377。\n";

	while (strlen(text) < 3000)
		strcat(text, "这是一行正文，用于说明一个坏字节不会让整个文件无法打开。\n");
	assert_int_equal(load_bytes(text, strlen(text), "t", &options, &doc, &err), BG_OK);
	assert_non_null(strstr(doc->text, "3860人\xef\xbf\xbd。"));
	assert_int_equal(doc->warning_count, 1);
	assert_non_null(strstr(doc->warnings[0], "1 byte not UTF-8"));
	assert_non_null(strstr(doc->warnings[0], "at byte 35"));
	doc_free(doc);
	doc = NULL;
	assert_int_equal(load_bytes("abc\x80\x80\n", 6, "t", &options, &doc, &err), BG_ERR_ENCODING);
	assert_non_null(strstr(err.detail, "the first at byte 4"));
	/* a named encoding that does not fit says which */
	options.encoding = "ASCII";
	assert_int_equal(load_bytes("标题\n", 7, "t", &options, &doc, &err), BG_ERR_ENCODING);
	assert_string_equal(err.detail, "not ASCII: invalid byte 0xE6 at byte 1");
}

/* Two byte-order marks (a copy of a copy) are not text either. */
static void
two_byte_order_marks(void **state)
{
	(void)state;
	struct load_options options = { NULL, NULL, true, 0 };
	struct doc *doc = NULL;
	static const char text[] = "\xef\xbb\xbf\xef\xbb\xbf工作报告\n\n一、甲\n正文。\n";

	assert_int_equal(load_bytes(text, sizeof text - 1, "t", &options, &doc, NULL), BG_OK);
	assert_non_null(doc->title);
	assert_string_equal(doc->title, "工作报告");
	doc_free(doc);
}

static void
truncated_utf8_at_end(void **state)
{
	(void)state;
	struct load_options options = { NULL, NULL, true, 0 };
	struct doc *doc = NULL;
	static const char text[] = "完整的句子。\xe4\xb8";

	/* Readable: shown, with a warning, not decoded as GB18030. */
	assert_int_equal(load_bytes(text, sizeof text - 1, "t", &options, &doc, NULL), BG_OK);
	assert_string_equal(doc->encoding, "UTF-8");
	expect_paragraph(doc, 0, "完整的句子。", 1);
	assert_int_equal(doc->warning_count, 1);
	doc_free(doc);
}

static void
line_ends(void **state)
{
	(void)state;
	/* \r\n and \r\r\n end one line each; blank lines separate paragraphs. */
	struct doc *doc = unit_load("一\r\n\r\r\n二\r\r\n三", NULL);
	assert_int_equal(doc->paragraph_count, 3);
	expect_paragraph(doc, 0, "一", 1);
	expect_paragraph(doc, 1, "二", 3);
	expect_paragraph(doc, 2, "三", 4);
	assert_int_equal(doc->line_count, 4);
	doc_free(doc);

	/* No LF at all: lone CRs number the lines. */
	doc = unit_load("甲\r乙\r\r丙", NULL);
	expect_paragraph(doc, 0, "甲", 1);
	expect_paragraph(doc, 1, "乙", 2);
	expect_paragraph(doc, 2, "丙", 4);
	doc_free(doc);

	/* A lone CR inside a LF file splits the line but not its number. */
	doc = unit_load("前\n左\r右\n后\n", NULL);
	assert_int_equal(doc->paragraph_count, 4);
	expect_paragraph(doc, 2, "右", 2);
	{
		uint32_t line, column;
		doc_locate(doc, doc->paragraphs[2].offset, &line, &column);
		assert_int_equal(line, 2);
		assert_int_equal(column, 3);
	}
	doc_free(doc);
}

static void
indentation_trimmed(void **state)
{
	(void)state;
	struct doc *doc = unit_load("\xe3\x80\x80\xe3\x80\x80正文开始。  \n", NULL);
	uint32_t line, column;

	expect_paragraph(doc, 0, "正文开始。", 1);
	doc_locate(doc, doc->paragraphs[0].offset, &line, &column);
	assert_int_equal(column, 3);
	doc_free(doc);
}

static void
form_feed_is_white_space(void **state)
{
	(void)state;
	/* pdftotext glues a page's form feed to its first line: the line
	 * reads without it, and the heading on it is found. */
	struct doc *doc = unit_load("条例\n第一章　总则\n第一条　为了加强管理，制定本条例。\n"
				    "\f第二章　附则\n第二条　本条例自公布之日起施行。\n", NULL);
	struct outline *o = NULL;

	expect_paragraph(doc, 3, "第二章　附则", 4);
	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->count, 4);
	assert_string_equal(o->nodes[2]->label, "第二章");
	outline_free(o);
	doc_free(doc);
}

static void
columns_count_characters(void **state)
{
	(void)state;
	struct doc *doc = unit_load("第一行\nＡＢ中文abc\n", NULL);
	const char *c = strstr(doc->text, "abc");
	uint32_t line, column;

	doc_locate(doc, (size_t)(c - doc->text), &line, &column);
	assert_int_equal(line, 2);
	assert_int_equal(column, 5);
	doc_free(doc);
}

/* A text wrapped at 20 columns (10 CJK characters) as PDF extraction does. */
static const char wrapped[] =
	"一、总体要求\n"
	"全面贯彻落实各项工作部\n"
	"署，坚持稳中求进工作总\n"
	"基调，推动高质量发展。\n"
	"二、主要任务\n"
	"加强组织领导，明确责任\n"
	"分工，确保各项任务落实\n"
	"到位。\n"
	"短行\n"
	"另一段落。\n";

static void
reflow_joins_hard_wraps(void **state)
{
	(void)state;
	struct doc *doc = unit_load(wrapped, NULL);
	uint32_t line, column;
	const char *c;

	expect_paragraph(doc, 0, "一、总体要求", 1);
	expect_paragraph(doc, 1, "全面贯彻落实各项工作部署，坚持稳中求进工作总基调，推动高质量发展。", 2);
	/* A heading line is never joined to what stands before it. */
	expect_paragraph(doc, 2, "二、主要任务", 5);
	expect_paragraph(doc, 3, "加强组织领导，明确责任分工，确保各项任务落实到位。", 6);
	/* A short line ends its paragraph even without punctuation. */
	expect_paragraph(doc, 4, "短行", 9);
	/* Places inside a joined paragraph still point at their own line. */
	c = strstr(doc->text, "基调");
	doc_locate(doc, (size_t)(c - doc->text), &line, &column);
	assert_int_equal(line, 4);
	assert_int_equal(column, 1);
	doc_free(doc);
}

/* Appends to TEXT (of SIZE bytes) three paragraphs hard-wrapped at eleven
 * characters, each a line short of the wrap last, that show the wrap. */
static void
wrapped_paragraphs(char *text, size_t size)
{
	static const char *const places[] = { "甲", "乙", "丙" };

	for (size_t i = 0; i < sizeof places / sizeof places[0]; i++) {
		size_t at = strlen(text);
		snprintf(text + at, size - at, "全面贯彻落实%s地各项工\n作部署，坚持%s地稳中求\n进。\n",
			 places[i], places[i]);
	}
}

/* A text hard-wrapped as written, escapes and all (<U+00A0> eight
 * columns): the line that holds one reached the wrap as written, though
 * the no-break space it decodes to is one column, and its paragraph goes
 * on in the next line. */
static void
reflow_measures_escapes_as_written(void **state)
{
	(void)state;
	char text[2048] = "某某工作报告\n";
	struct doc *doc;

	wrapped_paragraphs(text, sizeof text);
	strcat(text, "国务院总理<U+00A0>李\n克强作报告。\n短行\n");
	doc = unit_load(text, NULL);
	expect_paragraph(doc, 4, "国务院总理\u00a0李克强作报告。", 11);
	expect_paragraph(doc, 5, "短行", 13);
	doc_free(doc);
}

/* Where the items 一是, 二是 of a run open paragraphs, the next one opens
 * its own though the sentence before it ended right at the wrap; where
 * they run on inside a paragraph, such a line is the paragraph's rest. */
static void
reflow_item_opens_paragraph(void **state)
{
	(void)state;
	char text[2048] = "一、总体要求\n";
	struct doc *doc;

	wrapped_paragraphs(text, sizeof text);
	strcat(text, "一是全面贯彻落实各项工\n作部署，坚持稳中求进。\n"
		     "二是加强组织领导，明确\n责任分工。\n"
		     "二、主要任务\n"
		     "我们一是加强组织领导，\n明确责任，抓落实到位。\n"
		     "二是完善工作机制，健全\n制度。\n");
	doc = unit_load(text, NULL);
	expect_paragraph(doc, 4, "一是全面贯彻落实各项工作部署，坚持稳中求进。", 11);
	expect_paragraph(doc, 5, "二是加强组织领导，明确责任分工。", 13);
	expect_paragraph(doc, 6, "二、主要任务", 15);
	expect_paragraph(doc, 7, "我们一是加强组织领导，明确责任，抓落实到位。二是完善工作机制，健全制度。", 16);
	doc_free(doc);
}

/* Where indentation marks the paragraphs, a justified page may set a
 * paragraph's line a character short of the wrap: with its sentence open
 * and the next line at the margin, the paragraph goes on; a short line
 * that ends a sentence still ends it. */
static void
reflow_one_character_short(void **state)
{
	(void)state;
	static const char *const places[] = { "甲", "乙", "丙", "丁", "戊", "己" };
	char text[4096] = "某某条例\n";
	struct doc *doc;

	for (size_t i = 0; i < sizeof places / sizeof places[0]; i++) {
		size_t at = strlen(text);
		snprintf(text + at, sizeof text - at,
			 "   %s地全面贯彻落实各项工作部署，坚持稳中求进\n"
			 "工作总基调，推动%s地高质量发展，统筹发展和安\n"
			 "全，确保各项任务落实到位。\n", places[i], places[i]);
	}
	strcat(text, "   市某行政主管部门应当推进燃气安全监管信\n"
		     "息化建设，建立燃气智慧监管服务平台，推进燃\n"
		     "气运营管理数字化。\n"
		     "   某某部门做好相关工作。\n"
		     "其他部门在各自职责范围内做好相关工作。\n");
	doc = unit_load(text, NULL);
	expect_paragraph(doc, 7, "市某行政主管部门应当推进燃气安全监管信息化建设，建立燃气智慧监管服务平台，"
				 "推进燃气运营管理数字化。", 20);
	expect_paragraph(doc, 8, "某某部门做好相关工作。", 23);
	doc_free(doc);
}

/* A PDF's page indents each paragraph's first line two characters; an
 * extraction that drops the indent leaves that line two characters
 * short of the wrap.  With its sentence open and a full line under it,
 * the paragraph goes on -- a heading's line too when it runs in (its
 * title closed by a full stop), but not a title standing alone. */
static void
reflow_first_line_short_by_indent(void **state)
{
	(void)state;
	static const char *const numbers[] = { "一", "二", "三", "四" };
	char text[8192] = "某某单位工作总结\n";
	struct doc *doc;

	for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++) {
		size_t at = strlen(text);
		snprintf(text + at, sizeof text - at,
			 "（%s）加强组织领导，压实工作责任。各部门结合职能细化\n"
			 "细化任务分工全年召开专题会议研究解决重点难点问题推动各项\n"
			 "年召开专题会议研究解决重点 %zu 难点问题推动各项工作任务落到\n"
			 "研究解决重点难点问题推动各 %zu 项工作任务落到实处完成投资\n"
			 "取得明显成效。\n", numbers[i], 11 + i, 1074 + 37 * i);
	}
	strcat(text, "（五）强化资金保障和项目监管提高资金使用效益的水平事\n"
		     "细化任务分工全年召开专题会议研究解决重点难点问题推动各项\n"
		     "取得明显成效。\n"
		     "各部门严格执行年度预算全年压减一般性支出统筹资金用于\n"
		     "年召开专题会议研究解决重点 19 难点问题推动各项工作任务落到\n"
		     "取得明显成效。\n");
	doc = unit_load(text, NULL);
	expect_paragraph(doc, 1, "（一）加强组织领导，压实工作责任。各部门结合职能细化细化任务分工全年召开专题会议"
				 "研究解决重点难点问题推动各项年召开专题会议研究解决重点 11 难点问题推动各项工作任务落到"
				 "研究解决重点难点问题推动各 1074 项工作任务落到实处完成投资取得明显成效。", 2);
	expect_paragraph(doc, 5, "（五）强化资金保障和项目监管提高资金使用效益的水平事", 22);
	expect_paragraph(doc, 7, "各部门严格执行年度预算全年压减一般性支出统筹资金用于年召开专题会议研究解决重点 19 "
				 "难点问题推动各项工作任务落到取得明显成效。", 25);
	doc_free(doc);
}

/* Lines of the made-up communiqué the reflow tests below wrap at 35
 * characters: a full line, a paragraph's first line short by its indent
 * (its figures spaced off), the line under it, and a paragraph's end. */
#define WRAP_FULL "全市上下坚持稳中求进工作总基调推动经济加快恢复和高质量发展步伐坚实有力"
#define WRAP_FIRST "初步核算，全年全市地区生产总值同比增长 4.8%。分产业看，第一产业增"
#define WRAP_SECOND "加值增长 2.0%，第二产业增加值增长 6.0%，第三产业增加值增长 4.8%。全年人"
#define WRAP_END "均地区生产总值增长 5.9%。"

/* Loads TITLE and four times PARAGRAPH, the Ith of them after INDENT[I %
 * 2] (INDENT NULL: none). */
static struct doc *
load_four(const char *title, const char *const *indent, const char *paragraph)
{
	char text[4096];

	snprintf(text, sizeof text, "%s", title);
	for (int i = 0; i < 4; i++) {
		if (indent)
			strcat(text, indent[i % 2]);
		strcat(text, paragraph);
	}
	return unit_load(text, NULL);
}

/* The first line of a paragraph short by the page's indent (dropped or
 * kept) still joins the line under it when its half-width figures make
 * the count in columns uncertain: an extraction spaces them off (增长
 * 4.8%), and the slack that lets such a line reach the wrap lets it be
 * short by the indent.  A kept indent is as many spaces as the page's
 * font and its grid give (two or five). */
static void
reflow_short_by_indent_with_figures(void **state)
{
	(void)state;
	static const char *const kept[] = { "  ", "     " };
	static const char paragraph[] = WRAP_FIRST "\n" WRAP_SECOND "\n" WRAP_FULL "\n" WRAP_FULL "\n" WRAP_END "\n";
	struct doc *doc = load_four("某市国民经济和社会发展统计公报\n", NULL, paragraph);

	expect_paragraph(doc, 1, WRAP_FIRST WRAP_SECOND WRAP_FULL WRAP_FULL WRAP_END, 2);
	doc_free(doc);
	doc = load_four("某市国民经济和社会发展统计公报\n", kept, paragraph);
	assert_int_equal(doc->paragraph_count, 5);
	doc_free(doc);
}

/* pdftotext -raw ends a line after a note mark set as a superscript
 * ([2]): the mark's line and the rest of the page's line after it are one
 * line of the page, joined to each other and, as that line, to the lines
 * around them. */
static void
reflow_note_mark_cut(void **state)
{
	(void)state;
	struct doc *doc = load_four("某市国民经济和社会发展统计公报\n", NULL,
				    WRAP_FULL "\n全年全市地区生产总值[2]\n比上年增长 4.8%，第一产业增加值增长 2.0%，第二\n"
				    WRAP_FULL "\n全年人" WRAP_END "\n");

	assert_int_equal(doc->paragraph_count, 5);
	expect_paragraph(doc, 1, WRAP_FULL "全年全市地区生产总值[2]比上年增长 4.8%，第一产业增加值增长 2.0%，第二"
				 WRAP_FULL "全年人" WRAP_END, 2);
	doc_free(doc);
}

/* A double-spaced extraction (a blank line after most lines, the pages'
 * wide leading) is hard-wrapped all the same: the blank lines between a
 * paragraph's lines end no paragraph, while a text whose blank lines
 * stand after paragraphs (their lines at the wrap close up) keeps them as
 * paragraph breaks. */
static void
reflow_double_spaced(void **state)
{
	(void)state;
	struct doc *doc = load_four("某市国民经济和社会发展统计公报\n\n", NULL,
				    WRAP_FULL "\n\n" WRAP_FULL "\n\n全年人" WRAP_END "\n\n");

	assert_int_equal(doc->paragraph_count, 5);
	expect_paragraph(doc, 2, WRAP_FULL WRAP_FULL "全年人" WRAP_END, 9);
	doc_free(doc);
	/* the same lines, a blank line only where each paragraph ends */
	doc = load_four("某市国民经济和社会发展统计公报\n\n", NULL,
			WRAP_FULL "\n" WRAP_FULL "\n\n全年人" WRAP_END "\n\n");
	assert_int_equal(doc->paragraph_count, 9);
	doc_free(doc);
}

/* A list item's marker (- , * , + ) opens an item of its own: in a
 * hard-wrapped text the line before it, however wide, does not go on in
 * it; a line that goes on without a marker still joins its item. */
static void
reflow_keeps_list_items_apart(void **state)
{
	(void)state;
	struct doc *doc = unit_load("全面贯彻落实各项工作部\n署，坚持稳中求进工作总\n基调，推动高质量发展，\n"
				    "加强组织领导明确责任分\n工，确保各项任务落实到\n位，统筹发展和安全。\n"
				    "- 标题：某某工作总结报\n- 报告人：某某局局长张三\n- 说明：全面贯彻落实各项\n工作部署。\n",
				    NULL);

	expect_paragraph(doc, 1, "- 标题：某某工作总结报", 7);
	expect_paragraph(doc, 2, "- 报告人：某某局局长张三", 8);
	expect_paragraph(doc, 3, "- 说明：全面贯彻落实各项工作部署。", 9);
	doc_free(doc);
}

/* A line set far further in than the one above it (a title centred
 * under a page's source line, which fills the wrap and ends with a
 * colon) is a line of its own, not the rest of the wrapped one. */
static void
centred_line_not_joined(void **state)
{
	(void)state;
	char text[2048] = "来源：某某政府办浏览：\n          某某市工作方案\n";
	struct doc *doc;

	for (int i = 0; i < 8; i++)
		strcat(text, "全面贯彻落实各项工作部\n署，坚持稳中求进工作总\n基调，推动高质量发展！\n");
	doc = unit_load(text, NULL);
	expect_paragraph(doc, 0, "来源：某某政府办浏览：", 1);
	expect_paragraph(doc, 1, "某某市工作方案", 2);
	doc_free(doc);
}

/* Quotation marks take a full em on a Chinese page but one column on a
 * terminal: a wrapped line that ends in ” after quoting (推出“双盲”改革
 * “一件事”) still reaches the wrap, and its paragraph goes on. */
static void
reflow_counts_quotes_full_width(void **state)
{
	(void)state;
	struct doc *doc = unit_load("总体要求\n"
				    "全面贯彻落实各项工作部署，坚持稳中求\n"
				    "进工作总基调，全年增长5.2%，统筹发展\n"
				    "和安全，新增就业1200万人，城镇调查失\n"
				    "业率5.1%，推出“双盲”改革“一件事”\n"
				    "事项，进一步降低全社会物流成本，加快\n"
				    "发展。\n"
				    "短行\n", NULL);

	expect_paragraph(doc, 1, "全面贯彻落实各项工作部署，坚持稳中求进工作总基调，全年增长5.2%，统筹发展和安全，"
			 "新增就业1200万人，城镇调查失业率5.1%，推出“双盲”改革“一件事”事项，进一步降低全社会物流成本，"
			 "加快发展。", 2);
	doc_free(doc);
}

/* A budget report of a few pages of prose wrapped at 14 characters, then
 * its tables a PDF gave a cell a line, many more lines of all widths
 * than the prose: the prose lines alone show the wrap, and a sentence
 * broken at it goes on. */
static void
prose_wrap_over_tables(void **state)
{
	(void)state;
	static const char cell[] = "国有资本经营预算企业产权转让收入及其他收入";
	char *text = malloc(256 * 1024), *p;
	size_t at = 0;
	struct doc *doc;

	at += (size_t)sprintf(text + at, "关于某市预算执行情况的报告\n各位代表：\n");
	for (int i = 0; i < 40; i++)
		at += (size_t)sprintf(text + at, "全市财政运行总体平稳，各项收\n入完成预算。\n");
	for (int i = 0; i < 600; i++)
		at += (size_t)sprintf(text + at, "%.*s\n%d  %d  %d\n", 3 * (10 + i % 12), cell, 1000 + i, 2000 + i,
				      3000 + i);
	doc = unit_load(text, NULL);
	p = unit_paragraph(doc, 2);
	assert_string_equal(p, "全市财政运行总体平稳，各项收入完成预算。");
	free(p);
	doc_free(doc);
	free(text);
}

/* A bulletin wrapped at 10 characters whose notes, in small print, wrap
 * at 20 of their own: the wider lines do not hide the wrap of the text. */
static void
reflow_beside_small_print(void **state)
{
	(void)state;
	struct doc *doc = unit_load("统计公报\n"
				    "全年经济运行稳中有进，\n"
				    "社会大局和谐稳定，质量\n"
				    "发展扎实推进。\n"
				    "一、综合\n"
				    "全年生产总值较快增长，\n"
				    "结构持续优化，效益稳步\n"
				    "提升。\n"
				    "二、农业\n"
				    "粮食生产再获丰收，畜牧\n"
				    "业稳定发展，农民增收。\n"
				    "注释：\n"
				    "本公报数据为初步统计数，部分数据因四舍五入的原\n"
				    "因存在总计与分项合计不等的情况，特此说明，谢谢。\n"
				    "规模以上工业统计范围为年主营业务收入较高的工业\n"
				    "企业。\n", NULL);

	expect_paragraph(doc, 1, "全年经济运行稳中有进，社会大局和谐稳定，质量发展扎实推进。", 2);
	expect_paragraph(doc, 2, "一、综合", 5);
	doc_free(doc);
}

/* A report wrapped at 11 characters over its tables, whose rows a PDF's
 * text set each on one line, wider than the wrap: figures in a row, or
 * cells apart by spaces between Chinese words.  They hide no wrap. */
static void
reflow_above_table_rows(void **state)
{
	(void)state;
	struct doc *doc = unit_load("某市预算报告\n"
				    "全年经济运行稳中有进，\n"
				    "社会大局和谐稳定，质量\n"
				    "发展扎实推进。\n"
				    "一、预算执行\n"
				    "全年财政收入较快增长，\n"
				    "结构持续优化，效益稳步\n"
				    "提升，支出保障有力。\n"
				    "二、预算草案\n"
				    "全年支出安排突出重点，\n"
				    "民生保障持续加强，债务\n"
				    "风险总体可控。\n"
				    "表一\n"
				    "一般公共预算收入 一般公共预算支出\n"
				    "项目 预算数 完成数 项目 变动预算数 执行数 增减\n"
				    "一、收入 1,059,657 677,715 29,608 113,354 123,524 56,497\n"
				    "二、支出 1,042,533 677,715 21,026\n"
				    "三、本年收支结余 17,124 8,582 1,153 7,373 16 12 1 0\n"
				    "政府性基金预算收入 政府性基金预算支出 国有资本经营\n"
				    "国有资本 经营预算 收入 支出\n"
				    "四、年末滚存结余 207,743 92,908 6,448\n", NULL);

	expect_paragraph(doc, 1, "全年经济运行稳中有进，社会大局和谐稳定，质量发展扎实推进。", 2);
	expect_paragraph(doc, 2, "一、预算执行", 5);
	doc_free(doc);
}

static void
no_reflow_without_wrap_evidence(void **state)
{
	(void)state;
	/* Lines of all lengths: no wrap width, so no line is joined, even one
	 * that does not end a sentence (an issuer above its date). */
	struct doc *doc = unit_load("报告标题\n"
				    "这是一个很长的段落，它的长度和其他段落完全不同，说明这不是硬换行的文本。\n"
				    "短段落。\n"
				    "XX市XX区人力资源和社会保障局\n"
				    "2023年11月23日\n", NULL);
	assert_int_equal(doc->paragraph_count, 5);
	expect_paragraph(doc, 3, "XX市XX区人力资源和社会保障局", 4);
	doc_free(doc);
}

/* A text set one paragraph a line, held twice over (a copy pasted
 * again): its longest paragraphs, about as long as each other, come four
 * times to one width, yet they end their sentences there, as lines a
 * wrap cut seldom do: no wrap, and no paragraph runs into the next. */
static void
no_reflow_of_a_text_held_twice(void **state)
{
	(void)state;
	static const char once[] =
		"某市人民政府关于加强安全生产工作的通知\n"
		"一、总体要求\n"
		"各区县要坚持人民至上、生命至上，统筹发展和安全，全面落实安全生产责任制，切实防范化解重大安全风险。\n"
		"二、重点任务\n"
		"各部门要组织开展拉网式排查，建立问题清单和整改台账，确保隐患按期整改到位，坚决遏制重特大事故发生。\n"
		"对违法违规行为依法从严查处，及时向社会公开执法结果。\n"
		"三、保障措施\n"
		"各单位要加强组织领导，明确责任分工，确保各项工作落到实处。\n";
	char twice[2 * sizeof once];
	struct doc *doc;

	snprintf(twice, sizeof twice, "%s%s", once, once);
	doc = unit_load(twice, NULL);
	assert_int_equal(doc->paragraph_count, 16);
	expect_paragraph(doc, 5, "对违法违规行为依法从严查处，及时向社会公开执法结果。", 6);
	expect_paragraph(doc, 13, "对违法违规行为依法从严查处，及时向社会公开执法结果。", 14);
	doc_free(doc);
}

/* Wrapped at 12 characters by a script that counts characters: with
 * half-width digits a full line is narrower than one of Chinese, yet it
 * goes on in the next line, and no number is cut. */
static void
reflow_counts_characters(void **state)
{
	(void)state;
	struct doc *doc = unit_load("一、脱贫攻坚\n"
				    "全年完成易地扶贫搬迁任务\n"
				    "其中173户349人，投资92\n"
				    "0万元，贫困发生率由10.\n"
				    "2%下降到3.1%，东人社〔\n"
				    "2023〕36号文件全面落实。\n"
				    "二、民生保障\n"
				    "城镇新增就业人数稳定增长\n"
				    "社会保障体系更加完善。\n", NULL);

	expect_paragraph(doc, 1, "全年完成易地扶贫搬迁任务其中173户349人，投资920万元，贫困发生率由"
			 "10.2%下降到3.1%，东人社〔2023〕36号文件全面落实。", 2);
	expect_paragraph(doc, 2, "二、民生保障", 7);
	doc_free(doc);
}

/* Wrapped at 24 columns as a page is: a line with digits holds more
 * characters in the same width; the short sign-off lines stay apart. */
static void
reflow_measures_columns(void **state)
{
	(void)state;
	struct doc *doc = unit_load("全年完成易地扶贫搬迁任务\n"
				    "其中173户349人，完成投资\n"
				    "920万元，发生率由10.2%\n"
				    "下降到3.1%，各项目标任务\n"
				    "全面完成，群众满意度提高\n"
				    "。\n"
				    "XX区人民政府办公室\n"
				    "2023年12月1日\n", NULL);

	expect_paragraph(doc, 0, "全年完成易地扶贫搬迁任务其中173户349人，完成投资920万元，发生率由"
			 "10.2%下降到3.1%，各项目标任务全面完成，群众满意度提高。", 1);
	expect_paragraph(doc, 1, "XX区人民政府办公室", 7);
	expect_paragraph(doc, 2, "2023年12月1日", 8);
	doc_free(doc);
}

/* LINES lines of COLUMNS columns each (different characters, line by
 * line; line I starts with 2 * I digits, and so holds I characters more
 * than line 0), then a short one ending a sentence: a malloc'd text. */
static char *
long_lines(size_t lines, size_t columns)
{
	static const char pool[] = "经济社会发展取得新成效人民生活水平稳步提高改革开放持续深化";
	size_t pool_chars = (sizeof pool - 1) / 3;
	char *text = malloc(lines * (columns * 3 + 1) + 64), *o = text;

	assert_non_null(text);
	for (size_t i = 0; i < lines; i++) {
		for (size_t d = 0; d < 2 * i; d++)
			*o++ = (char)('0' + d % 10);
		for (size_t c = 0; c < columns / 2 - i; c++) {
			memcpy(o, pool + (c * 7 + i * 3) % pool_chars * 3, 3);
			o += 3;
		}
		*o++ = '\n';
	}
	strcpy(o, "全面完成。\n");
	return text;
}

/* Lines are measured as far as a wrap can reach (400 columns): wrapped
 * at 398 columns (with digits, so that their characters do not tell it),
 * the lines are one paragraph; at 840 columns (420 characters and
 * more), wider than any wrap, each is one of its own. */
static void
reflow_up_to_the_widest_wrap(void **state)
{
	(void)state;
	char *text = long_lines(8, 398);
	struct doc *doc = unit_load(text, NULL);

	assert_int_equal(doc->paragraph_count, 1);
	doc_free(doc);
	free(text);
	text = long_lines(8, 840);
	doc = unit_load(text, NULL);
	assert_int_equal(doc->paragraph_count, 9);
	doc_free(doc);
	free(text);
}

/* A PDF extraction's page break: a page number and a running head that
 * recurs on every page stand inside a sentence; both go and the sentence
 * is joined across them.  A short line that recurs at the end of
 * paragraphs is text and stays. */
static void
running_heads_go(void **state)
{
	(void)state;
	struct noise_rules *rules = NULL;
	struct doc *doc;
	char *p;

	assert_int_equal(noise_rules_parse(&rules, "line ^- [0-9]+ -$\n", NULL), BG_OK);
	/* Page breaks are a small part of the text, as in a report. */
	doc = unit_load("全面贯彻落实各项工作部署，坚持稳\n"
			"中求进工作总基调，推动高质量发展\n"
			"，统筹发展和安全，着力扩大内需，\n"
			"优化经济结构，提振社会信心，防范\n"
			"化解重大风险，保持社会大局稳定，\n"
			"切实保障和改善民生，扎实推进各项\n"
			"，加强组织领导，明确责任分工，确\n"
			"保各项任务落实到位，坚持问题导向\n"
			"- 1 -\n"
			"年度工作报告\n"
			"，持续改进工作作风，提高工作效率\n"
			"，深化改革创新，激发发展活力，促\n"
			"进经济社会持续健康发展，不断增强\n"
			"人民群众获得感幸福感安全感，努力\n"
			"- 2 -\n"
			"年度工作报告\n"
			"完成全年目标任务，推动各项事业取\n"
			"得新进展新成效，为全面建设社会主\n"
			"义现代化国家作出新的更大贡献，坚\n"
			"定信心，真抓实干，奋勇前进，全力\n"
			"- 3 -\n"
			"年度工作报告\n"
			"以赴抓好落实，取得明显成效。\n"
			"以上意见，请认真贯彻执行。\n"
			"以上意见，请认真贯彻执行。\n"
			"以上意见，请认真贯彻执行。\n", rules);
	p = unit_paragraph(doc, 0);
	assert_non_null(strstr(p, "坚持问题导向，持续改进"));
	assert_non_null(strstr(p, "努力完成全年"));
	assert_non_null(strstr(p, "全力以赴"));
	assert_null(strstr(p, "年度工作报告"));
	free(p);
	assert_int_equal(doc->paragraph_count, 4);
	doc_free(doc);
	noise_rules_free(rules);
}

static void
latin_hard_wrap_gets_a_space(void **state)
{
	(void)state;
	struct doc *doc = unit_load("The quick brown fox jumps over\n"
				    "the lazy dog and keeps on run\n"
				    "ning across the wide open fie\n"
				    "lds until the end of the day.\n", NULL);
	char *p = unit_paragraph(doc, 0);
	assert_int_equal(doc->paragraph_count, 1);
	assert_non_null(strstr(p, "over the lazy"));
	free(p);
	doc_free(doc);
}

static void
chinese_hard_wrap_inside_latin_word(void **state)
{
	(void)state;
	/* "GD" + "P" in Chinese text: no space is put in the word. */
	struct doc *doc = unit_load("国内生产总值增长（GD\n"
				    "P）就业形势总体稳定和\n"
				    "城乡居民收入稳步增长\n"
				    "各项事业全面协调发展\n"
				    "人民生活水平持续提高\n"
				    "得到明显改善。\n", NULL);
	char *p = unit_paragraph(doc, 0);
	assert_non_null(strstr(p, "（GDP）"));
	free(p);
	doc_free(doc);
}

/* A web copy that set a subscript or superscript on a line of its own
 * (PM<sub>2.5</sub>) broke its sentence into three lines: they are one
 * paragraph again.  A number alone after a line that ends in Chinese is a
 * line of its own. */
static void
script_alone_on_a_line(void **state)
{
	(void)state;
	struct doc *doc = unit_load("深入打好蓝天保卫战。持续改善空气质量，以PM\n2.5\n浓度持续下降为主线，协同减排。\n"
				    "加快形成绿色生产生活方式。\n", NULL);
	assert_int_equal(doc->paragraph_count, 2);
	expect_paragraph(doc, 0, "深入打好蓝天保卫战。持续改善空气质量，以PM2.5浓度持续下降为主线，协同减排。", 1);
	expect_paragraph(doc, 1, "加快形成绿色生产生活方式。", 4);
	doc_free(doc);

	/* or in brackets, and after a Latin letter alone (M2) */
	doc = unit_load("细颗粒物（PM\n2.5\n）浓度继续下降。广义货币M\n2\n和社会融资规模增速要合理。\n", NULL);
	assert_int_equal(doc->paragraph_count, 1);
	expect_paragraph(doc, 0, "细颗粒物（PM2.5）浓度继续下降。广义货币M2和社会融资规模增速要合理。", 1);
	doc_free(doc);

	doc = unit_load("全年新建厂房\n10\n万平方米。\n", NULL);
	assert_int_equal(doc->paragraph_count, 3);
	doc_free(doc);
}

/* A PDF extraction that set a clause's number on a line of its own, its
 * title on the next (a blank line perhaps between): one heading again,
 * "2.1 电磁环境".  A table's row number over its cells, a page's number
 * before a page break, a number over a sentence's rest are no such
 * clause. */
static void
clause_number_over_its_title(void **state)
{
	(void)state;
	struct doc *doc = unit_load("1\n\n适用范围\n\n本标准规定了某某设施周围环境中的限值和评价方法以及豁免范围。\n"
				    "2\n术语和定义\n下列术语和定义适用于本标准。\n\n2.1\n\n电磁环境 electromagnetic environment\n"
				    "存在于给定场所的所有电磁现象的总和。\n", NULL);
	expect_paragraph(doc, 0, "1 适用范围", 1);
	expect_paragraph(doc, 2, "2 术语和定义", 6);
	expect_paragraph(doc, 4, "2.1 电磁环境 electromagnetic environment", 10);
	assert_int_equal(doc->paragraph_count, 6);
	doc_free(doc);

	/* a row number over its cells; a number over a cell, then a number
	 * that cannot come next (1 / 基层司法业务 / 3) */
	doc = unit_load("序号\n\n1\n\n外滩历史文化风貌区\n\n外滩·中央（179街坊）\n\n2\n\n老市府大楼\n", NULL);
	assert_int_equal(doc->paragraph_count, 6);
	doc_free(doc);
	doc = unit_load("司法\n1\n基层司法业务\n3\n普法宣传\n43\n", NULL);
	assert_int_equal(doc->paragraph_count, 6);
	doc_free(doc);

	/* a page's number before a page break, a number before a sentence */
	doc = unit_load("杆上下两层横担\n\n2\n\n\f备作业资格不全\n全年新建厂房\n10\n万平方米。\n", NULL);
	for (size_t i = 0; i < doc->paragraph_count; i++) {
		char *p = unit_paragraph(doc, i);
		assert_null(strstr(p, "2 备"));
		assert_null(strstr(p, "10 万"));
		free(p);
	}
	doc_free(doc);
}

/* A two-character heading (前言, 目次, 附录) printed with spacing so wide
 * that a PDF's text sets each character on a line of its own, a blank
 * line perhaps between, is one word again: 前 / 言, 目 / 次, and 前 / 言
 * ……… II, a contents entry.  Two characters that make no such word
 * (一 / 二, 前 / 进) stay apart, and so do those a page break parts. */
static void
word_spaced_over_lines(void **state)
{
	(void)state;
	struct doc *doc = unit_load("某某控制限值\n\n目\n\n次\n\n前\n\n言 ........ II\n\n前\n\n言\n\n"
				    "为加强管理，制定本标准。\n", NULL);

	expect_paragraph(doc, 1, "目次", 3);
	expect_paragraph(doc, 2, "前言 ........ II", 7);
	expect_paragraph(doc, 3, "前言", 11);
	expect_paragraph(doc, 4, "为加强管理，制定本标准。", 15);
	doc_free(doc);
	doc = unit_load("标题\n\n一\n\n二\n\n前\n进\n\n前\n\f言\n", NULL);
	assert_int_equal(doc->paragraph_count, 7);
	doc_free(doc);
}

/* A cited title's note (its code, its version) opens the next line where
 * a PDF's text changed the font for its letters: 本标准是对《某某规定》 /
 * （GB 1234-88）和…  is one sentence.  A label after a title's line
 * (（一）) opens a heading, a bracket that does not close soon is no such
 * note, and a title opening its line keeps its own note apart (《某某规划》
 * / （征求意见稿）, a document's title the metadata reads) unless the line
 * above left its sentence open (自本标准实施之日起， / 《某某规定》 / （GB
 * 1234-88）废止。). */
static void
cited_title_note_joined(void **state)
{
	(void)state;
	struct doc *doc = unit_load("前言\n\n本标准是对《某某防护规定》\n（GB 1234-88）和《某某卫生标准》\n"
				    "（GB 5678-88）的整合修订。\n\n《某某规划》\n（一）总体要求\n\n《某某办法》\n"
				    "（本办法所称单位包括机关、团体、企业、事业单位和其他组织以及个体经营者）\n", NULL);

	expect_paragraph(doc, 1, "本标准是对《某某防护规定》（GB 1234-88）和《某某卫生标准》（GB 5678-88）的整合修订。", 3);
	expect_paragraph(doc, 2, "《某某规划》", 7);
	expect_paragraph(doc, 3, "（一）总体要求", 8);
	expect_paragraph(doc, 4, "《某某办法》", 10);
	doc_free(doc);
	doc = unit_load("《某市发展规划》\n（征求意见稿）\n", NULL);
	expect_paragraph(doc, 0, "《某市发展规划》", 1);
	doc_free(doc);
	doc = unit_load("前言\n\n自本标准实施之日起，\n《某某防护规定》\n（GB 1234-88）废止。\n", NULL);
	expect_paragraph(doc, 2, "《某某防护规定》（GB 1234-88）废止。", 4);
	doc_free(doc);
}

/* A mark no sentence opens with (、，。） …) at the start of a line goes on
 * with the line above, where an extraction set it apart; a 、 alone takes
 * the line below it along.  So does a citation's item cut from its 第
 * (第一百零九条第 / （一）项). */
static void
line_opening_with_a_closing_mark(void **state)
{
	(void)state;
	struct doc *doc = unit_load("根据《中华人民共和国安全生产法》（以下简称“安全生产\n法”）\n、\n"
				    "《生产安全事故报告和调查处理条例》等有关法律法规的规定，成立调查组。\n", NULL);
	assert_int_equal(doc->paragraph_count, 1);
	expect_paragraph(doc, 0,
			 "根据《中华人民共和国安全生产法》（以下简称“安全生产法”）、"
			 "《生产安全事故报告和调查处理条例》等有关法律法规的规定，成立调查组。", 1);
	doc_free(doc);

	doc = unit_load("依据《安全生产法》第一百零九条第\n（一）项，建议给予行政处罚。\n（二）事故性质\n", NULL);
	assert_int_equal(doc->paragraph_count, 2);
	expect_paragraph(doc, 0, "依据《安全生产法》第一百零九条第（一）项，建议给予行政处罚。", 1);
	expect_paragraph(doc, 1, "（二）事故性质", 3);
	doc_free(doc);
}

/* A page's number alone at a page break (a form feed before or after it,
 * blank lines between), arabic or roman, is furniture: it goes (and a
 * hard wrap joins the sentence it cut).  A number inside a page stays. */
static void
page_number_at_page_break(void **state)
{
	(void)state;
	struct noise_rules *rules = NULL;
	struct doc *doc;

	assert_int_equal(noise_rules_parse(&rules, "line ^- [0-9]+ -$\n", NULL), BG_OK);
	doc = unit_load("本标准由环境保护部解释。\n\n  ii\n\f    某某控制限值\n"
			"项目施工单位为某某公司，施工地点为某镇至某村，主要施工内容为立电杆、新架导线等，\n"
			"\n                  1\n\f  2016 年 10 月下旬开始进场施工。\n"
			"表中数值\n\n12\n\n为年度合计。\n", rules);
	for (size_t i = 0; i < doc->paragraph_count; i++) {
		char *p = unit_paragraph(doc, i);
		assert_string_not_equal(p, "ii");
		assert_string_not_equal(p, "1");
		free(p);
	}
	{
		bool kept = false;
		for (size_t i = 0; i < doc->paragraph_count; i++) {
			char *p = unit_paragraph(doc, i);
			kept |= strcmp(p, "12") == 0;
			free(p);
		}
		assert_true(kept);
	}
	doc_free(doc);
	noise_rules_free(rules);
}

static void
front_matter_and_markdown(void **state)
{
	(void)state;
	struct doc *doc = unit_load("---\n"
				    "标题: 关于印发方案的通知\n"
				    "文号: 沪府办发〔2021〕20号\n"
				    "发布单位: 某区人民政府办公室\n"
				    "发布日期: 2021-09-09\n"
				    "---\n"
				    "\n"
				    "# 关于印发方案的通知\n"
				    "\n"
				    "<!-- comment -->\n"
				    "## 第一章 总则\n"
				    "正文。\n", NULL);
	assert_string_equal(doc->title, "关于印发方案的通知");
	assert_string_equal(doc->docno, "沪府办发〔2021〕20号");
	assert_string_equal(doc->issuer, "某区人民政府办公室");
	assert_string_equal(doc->date, "2021-09-09");
	assert_int_equal(doc->paragraph_count, 3);
	expect_paragraph(doc, 0, "关于印发方案的通知", 8);
	assert_int_equal(doc->paragraphs[0].md_level, 1);
	assert_int_equal(doc->title_paragraph, 0);
	expect_paragraph(doc, 1, "第一章 总则", 11);
	assert_int_equal(doc->paragraphs[1].md_level, 2);
	doc_free(doc);
}

static void
large_files_checked_beside_the_build(void **state)
{
	(void)state;
	/* Over 4 MiB the UTF-8 and NUL checks run in a second thread while
	 * the lines are split; a file that turns out not to be UTF-8 is read
	 * again as what it is. */
	static const char line[] = "正文内容。\n";          /* UTF-8 */
	static const char gbk_line[] = "\xd5\xfd\xce\xc4\xa1\xa3\n"; /* 正文。in GBK */
	static const char crlf_line[] = "正文内容。\r\n";
	size_t n = 5u << 20, k;
	char *big = malloc(n + 8), saved;
	struct load_options options = { NULL, NULL, true, 0 };
	struct doc *doc = NULL;

	assert_non_null(big);
	for (k = 0; k + sizeof line - 1 <= n; k += sizeof line - 1)
		memcpy(big + k, line, sizeof line - 1);
	assert_int_equal(load_bytes(big, k, "big", &options, &doc, NULL), BG_OK);
	assert_string_equal(doc->encoding, "UTF-8");
	assert_int_equal(doc->paragraph_count, k / (sizeof line - 1));
	doc_free(doc);
	/* A NUL, checked in the same thread. */
	saved = big[k / 2];
	big[k / 2] = '\0';
	assert_int_equal(load_bytes(big, k, "big", &options, &doc, NULL), BG_ERR_BINARY);
	assert_null(doc);
	big[k / 2] = saved;
	/* A byte that is not UTF-8 at the very end: read again, shown as
	 * U+FFFD with a warning. */
	big[k - 2] = '\xff';
	assert_int_equal(load_bytes(big, k, "big", &options, &doc, NULL), BG_OK);
	assert_int_equal(doc->warning_count, 1);
	assert_non_null(memmem(doc->text + doc->text_length - 16, 16, "\xef\xbf\xbd", 3));
	doc_free(doc);
	doc = NULL;
	/* CRLF line ends, then a lone CR that splits the last line, as in a
	 * small file. */
	for (k = 0; k + sizeof crlf_line - 1 <= n; k += sizeof crlf_line - 1)
		memcpy(big + k, crlf_line, sizeof crlf_line - 1);
	assert_int_equal(load_bytes(big, k, "big", &options, &doc, NULL), BG_OK);
	assert_int_equal(doc->paragraph_count, k / (sizeof crlf_line - 1));
	doc_free(doc);
	memcpy(big + k - (sizeof crlf_line - 1), "正文内容\r。\n", sizeof crlf_line - 1);
	assert_int_equal(load_bytes(big, k, "big", &options, &doc, NULL), BG_OK);
	assert_int_equal(doc->paragraph_count, k / (sizeof crlf_line - 1) + 1);
	expect_paragraph(doc, doc->paragraph_count - 1, "。", (uint32_t)(k / (sizeof crlf_line - 1)));
	doc_free(doc);
	for (k = 0; k + sizeof gbk_line - 1 <= n; k += sizeof gbk_line - 1)
		memcpy(big + k, gbk_line, sizeof gbk_line - 1);
	assert_int_equal(load_bytes(big, k, "big", &options, &doc, NULL), BG_OK);
	assert_string_equal(doc->encoding, "GB18030");
	assert_memory_equal(doc->text, "正文。\n", strlen("正文。\n"));
	doc_free(doc);
	free(big);
}

static void
first_part_of_a_file(void **state)
{
	(void)state;
	/* The start of a file, up to its last whole line: no sign-off is
	 * looked for, as the end of the report is not there. */
	static const char text[] = "工作总结\n\n一、成效\n正文。\n某某局\n二〇二三年十一月二十三日\n二、问题\n";
	char path[] = "/tmp/test_load.XXXXXX";
	int fd = mkstemp(path);
	struct load_options options = { NULL, NULL, true, 0 };
	struct doc *doc = NULL, *whole = NULL;
	size_t cut = strlen("工作总结\n\n一、成效\n正文。\n某某局\n二〇二三年十一月二十三日\n二、问");

	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, sizeof text - 1), (ssize_t)(sizeof text - 1));
	close(fd);
	assert_int_equal(load_file_head(path, &options, cut, &doc, NULL), BG_OK);
	assert_true(doc->partial);
	assert_int_equal(doc->paragraph_count, 5);
	expect_paragraph(doc, 4, "二〇二三年十一月二十三日", 6);
	assert_null(doc->date);
	assert_int_equal(doc->sign_off_paragraph, SIZE_MAX);
	/* The whole file, and places that map from one to the other. */
	assert_int_equal(load_file(path, &options, &whole, NULL), BG_OK);
	assert_false(whole->partial);
	assert_string_equal(whole->date, "2023-11-23");
	assert_int_equal(whole->paragraph_count, 6);
	for (size_t i = 0; i < doc->paragraph_count; i++) {
		uint32_t line, column;
		size_t at = doc->paragraphs[i].offset + 3;
		doc_locate(doc, at, &line, &column);
		assert_int_equal(doc_offset_at(whole, line, column), at);
	}
	/* Past the end of a line: the end of its text; before the text: 0. */
	assert_int_equal(doc_offset_at(whole, 4, 99), whole->paragraphs[2].offset + strlen("正文。"));
	assert_int_equal(doc_offset_at(whole, 0, 1), 0);
	/* Less than one line: the bytes read, as they are. */
	doc_free(doc);
	assert_int_equal(load_file_head(path, &options, 6, &doc, NULL), BG_OK);
	expect_paragraph(doc, 0, "工作", 1);
	doc_free(doc);
	doc_free(whole);
	assert_int_equal(load_file_head("/nonexistent/x", &options, 100, &doc, NULL), BG_ERR_OPEN);
	assert_null(doc);
	unlink(path);
}

/* The start of a Word document: the whole file is read, its reader stops
 * after the text asked for, at a paragraph's end, and the document is
 * marked partial; its paragraphs are the whole document's first ones. */
static void
first_part_of_a_document(void **state)
{
	const char *top = getenv("top_srcdir");
	char path[4096];
	struct load_options options = { NULL, NULL, true, 0 };
	struct doc *doc = NULL, *whole = NULL;

	(void)state;
	snprintf(path, sizeof path, "%s/tests/fixtures/summary-typed.docx", top ? top : ".");
	assert_int_equal(load_file(path, &options, &whole, NULL), BG_OK);
	assert_true(whole->text_length > 2000);
	assert_int_equal(load_file_head(path, &options, 1000, &doc, NULL), BG_OK);
	assert_true(doc->partial);
	assert_true(doc->text_length >= 1000 && doc->text_length < whole->text_length);
	assert_true(doc->paragraph_count < whole->paragraph_count);
	for (size_t i = 0; i < doc->paragraph_count; i++) {
		assert_int_equal(doc->paragraphs[i].length, whole->paragraphs[i].length);
		assert_memory_equal(doc->text + doc->paragraphs[i].offset,
				    whole->text + whole->paragraphs[i].offset, doc->paragraphs[i].length);
	}
	assert_string_equal(doc->title, whole->title);
	doc_free(doc);
	doc_free(whole);
}

/* A creator in Latin letters alone (Sj) is a user's account, not the
 * issuer; the creation date stands in for the date the text lacks. */
static void
account_is_no_issuer(void **state)
{
	const char *top = getenv("top_srcdir");
	char path[4096];
	struct doc *doc = NULL;

	(void)state;
	snprintf(path, sizeof path, "%s/tests/fixtures/account-author.docx", top ? top : ".");
	assert_int_equal(load_file(path, NULL, &doc, NULL), BG_OK);
	assert_string_equal(doc->title, "某某市2031年考试安排");
	assert_null(doc->issuer);
	assert_non_null(doc->date);
	assert_string_equal(doc->date, "2024-01-01");
	doc_free(doc);
	/* a person named in Chinese (小微) is no issuer; a body (某某市统计局) is */
	snprintf(path, sizeof path, "%s/tests/fixtures/person-author.docx", top ? top : ".");
	assert_int_equal(load_file(path, NULL, &doc, NULL), BG_OK);
	assert_null(doc->issuer);
	doc_free(doc);
	snprintf(path, sizeof path, "%s/tests/fixtures/body-author.docx", top ? top : ".");
	assert_int_equal(load_file(path, NULL, &doc, NULL), BG_OK);
	assert_non_null(doc->issuer);
	assert_string_equal(doc->issuer, "某某市统计局");
	doc_free(doc);
	/* an ODT's placeholder first creator gives way to the body named after it */
	snprintf(path, sizeof path, "%s/tests/fixtures/two-authors.odt", top ? top : ".");
	assert_int_equal(load_file(path, NULL, &doc, NULL), BG_OK);
	assert_non_null(doc->issuer);
	assert_string_equal(doc->issuer, "某某市统计局");
	doc_free(doc);
}

/* A Word document typed without heading styles whose sections are named
 * in bold paragraphs (裁判要点, 基本案情 …): they are its sections; bold
 * lines that are no heading are not: a table's caption (表1 …), a body's
 * name (某某市中级人民法院), a note's colon (注：), a name in Latin
 * letters (bold.docx, made by make-docx.py bold). */
static void
bold_paragraphs_are_sections(void **state)
{
	const char *top = getenv("top_srcdir");
	char path[4096];
	struct doc *doc = NULL;
	struct outline *o = NULL;
	const char *titles[] = { "裁判要点", "基本案情", "裁判结果", "裁判理由" };

	(void)state;
	snprintf(path, sizeof path, "%s/tests/fixtures/bold.docx", top ? top : ".");
	assert_int_equal(load_file(path, NULL, &doc, NULL), BG_OK);
	assert_string_equal(doc->title, "某某法院指导案例第99号");
	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->count, 4);
	for (size_t i = 0; i < 4; i++) {
		assert_int_equal(o->nodes[i]->depth, 1);
		assert_string_equal(o->nodes[i]->title, titles[i]);
	}
	outline_free(o);
	doc_free(doc);
}

/* A cover set in boxes, a table's rows of one cell each (cover.docx, made
 * by make-docx.py cover): a box's paragraphs are lines of their own, so the
 * title is the box's first line, not the box joined with its notes, and the
 * company's name above it is the issuer; a row of two cells stays a row. */
static void
cover_boxes_are_paragraphs(void **state)
{
	const char *top = getenv("top_srcdir");
	char path[4096];
	struct doc *doc = NULL;
	struct outline *o = NULL;

	(void)state;
	snprintf(path, sizeof path, "%s/tests/fixtures/cover.docx", top ? top : ".");
	assert_int_equal(load_file(path, NULL, &doc, NULL), BG_OK);
	assert_string_equal(doc->title, "设备管理程序");
	assert_non_null(doc->issuer);
	assert_string_equal(doc->issuer, "某某数字科技有限公司");
	assert_non_null(strstr(doc->text, "\n（版本状态：试用）\n"));
	assert_non_null(strstr(doc->text, "程序编码：AB-2031-001  正文页数：2\n"));
	assert_int_equal(outline_build(doc, &o), BG_OK);
	assert_int_equal(o->count, 2);
	assert_string_equal(o->nodes[0]->label, "1.");
	assert_string_equal(o->nodes[0]->title, "目的");
	assert_int_equal(o->nodes[1]->depth, 1);
	outline_free(o);
	doc_free(doc);
}

/* A table's rows are no title: the row of cells above a cover's title in
 * a row of one cell is not joined to it (grid.docx), and a page header set
 * as a table (程 序 文 件 | 版 本 | B) gives way to the bold line under it
 * that opens with the chapter a manual issues alone (header-table.docx,
 * both made by make-docx.py grid). */
static void
table_rows_are_no_title(void **state)
{
	const char *top = getenv("top_srcdir");
	char path[4096];
	struct doc *doc = NULL;

	(void)state;
	snprintf(path, sizeof path, "%s/tests/fixtures/grid.docx", top ? top : ".");
	assert_int_equal(load_file(path, NULL, &doc, NULL), BG_OK);
	assert_non_null(doc->title);
	assert_string_equal(doc->title, "设备巡视规定");
	doc_free(doc);
	doc = NULL;
	snprintf(path, sizeof path, "%s/tests/fixtures/header-table.docx", top ? top : ".");
	assert_int_equal(load_file(path, NULL, &doc, NULL), BG_OK);
	assert_non_null(doc->title);
	assert_string_equal(doc->title, "第三章 设备管理程序");
	doc_free(doc);
}

/* utf8_valid_length agrees with libunistring's u8_check wherever a flaw
 * stands: the check runs sixteen bytes at a time, and a flaw may fall at
 * any place in a block or across two. */
static void
utf8_check_agrees_with_libunistring(void **state)
{
	(void)state;
	static const char *const good[] = {
		"a", "\n", "\xc3\xa9", "中", "。", "\xef\xbc\x8c", "\xe0\xa0\x80", "\xed\x9f\xbf",
		"\xee\x80\x80", "\xf0\x90\x80\x80", "\xf0\x9f\x98\x80", "\xf4\x8f\xbf\xbf",
	};
	static const char *const bad[] = {
		"\x80", "\xbf", "\xc0\x80", "\xc1\xbf", "\xc3", "\xe0\x9f\xbf", "\xed\xa0\x80",
		"\xe4\xb8", "\xe4\xb8\x41", "\xf0\x8f\xbf\xbf", "\xf4\x90\x80\x80",
		"\xf5\x80\x80\x80", "\xf0\x9f\x98", "\xfe", "\xff", "\xe4\xc3\xa9",
	};
	char text[400];
	unsigned long seed = 12345;

	for (int round = 0; round < 20000; round++) {
		size_t n = 0, limit;

		seed = seed * 6364136223846793005UL + 1442695040888963407UL;
		limit = (seed >> 33) % 300;
		while (n < limit) {
			const char *piece;
			seed = seed * 6364136223846793005UL + 1442695040888963407UL;
			if ((seed >> 33) % 89 == 0) {
				/* A CR or a NUL: UTF-8, but looked for too. */
				text[n++] = (seed >> 40) % 2 ? '\r' : '\0';
				continue;
			}
			/* Mostly Chinese text, a flaw now and then. */
			if ((seed >> 33) % 97 == 0)
				piece = bad[(seed >> 40) % (sizeof bad / sizeof bad[0])];
			else if ((seed >> 33) % 3 == 0)
				piece = "中";
			else
				piece = good[(seed >> 40) % (sizeof good / sizeof good[0])];
			memcpy(text + n, piece, strlen(piece));
			n += strlen(piece);
		}
		/* Every length, so that the text also ends inside a character. */
		for (size_t k = n > 8 ? n - 8 : 0; k <= n; k++) {
			const uint8_t *flaw = u8_check((const uint8_t *)text, k);
			size_t want = flaw ? (size_t)(flaw - (const uint8_t *)text) : k;
			bool controls;
			assert_int_equal(utf8_valid_length(text, k), want);
			assert_int_equal(utf8_check_text(text, k, &controls), want);
			assert_int_equal(controls, memchr(text, '\0', want) || memchr(text, '\r', want));
		}
	}
}

static void
text_written_over_the_source(void **state)
{
	(void)state;
	/* The text is written over the bytes read, so here is every kind of
	 * byte it leaves out or adds: a byte-order mark, indentation, a marker,
	 * CRLF, blank lines, a hard wrap joined with a space, and a last line
	 * without a line end that gets its '\n'. */
	struct noise_rules *rules = NULL;
	struct doc *doc;
	uint32_t line, column;

	assert_int_equal(noise_rules_parse(&rules, "marker ##paid##\n", NULL), BG_OK);
	doc = unit_load("\xef\xbb\xbf\xe3\x80\x80第一段##paid##正文。\r\n\r\n"
			"  The quick brown fox jumps over\r\n"
			"the lazy dog and keeps on run\r\n"
			"ning across the wide open fie\r\n"
			"lds until the end of the day.\r\n"
			"\r\n"
			"末行", rules);
	assert_string_equal(doc->text, "第一段正文。\n"
			    "The quick brown fox jumps over the lazy dog and keeps on run ning across "
			    "the wide open fie lds until the end of the day.\n"
			    "末行\n");
	doc_locate(doc, (size_t)(strstr(doc->text, "正文") - doc->text), &line, &column);
	assert_int_equal(line, 1);
	assert_int_equal(column, 13);
	doc_locate(doc, (size_t)(strstr(doc->text, "keeps") - doc->text), &line, &column);
	assert_int_equal(line, 4);
	assert_int_equal(column, 18);
	expect_paragraph(doc, 2, "末行", 8);
	doc_free(doc);
	noise_rules_free(rules);
}

/* doc_locate_next, walking forward by steps of every size (it looks a
 * few spans ahead before searching), agrees with doc_locate. */
static void
locate_next_agrees_with_locate(void **state)
{
	(void)state;
	char *text = malloc(3000 * 16 + 1);
	size_t n = 0;
	struct doc *doc;

	assert_non_null(text);
	/* Short lines of different lengths, some with a lone CR in them:
	 * thousands of spans. */
	for (int i = 0; i < 3000; i++)
		n += (size_t)sprintf(text + n, i % 7 == 0 ? "第%d行\r中\n" : i % 3 ? "%d行。\n" : "x%d\n", i);
	doc = unit_load(text, NULL);
	size_t spans = 0;
	for (size_t i = 0; i < doc->paragraph_count; i++)
		spans += doc_span_count(&doc->paragraphs[i]);
	assert_true(spans > 3000);
	for (size_t step = 1; step < 5000; step = step * 3 + 1) {
		struct doc_cursor cursor = { 0 };
		for (size_t offset = 0; offset < doc->text_length; offset += step) {
			uint32_t line, column, want_line, want_column;
			if (doc->text[offset] == '\n' || ((unsigned char)doc->text[offset] & 0xc0) == 0x80)
				continue;
			doc_locate(doc, offset, &want_line, &want_column);
			doc_locate_next(doc, &cursor, offset, &line, &column);
			assert_int_equal(line, want_line);
			assert_int_equal(column, want_column);
		}
	}
	doc_free(doc);
	free(text);
}

/* doc_offset_next, walking forward along lines of many characters (and
 * back again, and over lines the text left out), finds the offsets
 * doc_offset_at finds. */
static void
offset_next_agrees_with_offset_at(void **state)
{
	(void)state;
	char *text = malloc(200 * 80 + 1);
	size_t n = 0;
	struct doc *doc;

	assert_non_null(text);
	/* Long lines of Han characters, digits and spaces, and blank lines:
	 * one span a line, columns far along each. */
	for (int i = 0; i < 200; i++)
		n += (size_t)sprintf(text + n, i % 9 == 0 ? "\n" : "第%d段正文内容，共有 %d 项工作。\n", i, i * 7);
	doc = unit_load(text, NULL);
	for (uint32_t step = 1; step < 40; step = step * 3 + 1) {
		struct doc_offset_cursor near = { 0, 0, 0, 0, false };
		for (uint32_t line = 1; line <= 201; line++)
			for (uint32_t column = 1; column <= 30; column += step) {
				assert_int_equal(doc_offset_next(doc, &near, line, column),
						 doc_offset_at(doc, line, column));
				/* a place behind the last one found */
				if (column > 3)
					assert_int_equal(doc_offset_next(doc, &near, line, column - 3),
							 doc_offset_at(doc, line, column - 3));
			}
	}
	doc_free(doc);
	free(text);
}

/* utf8_find3 agrees with memmem wherever the character stands: in a block
 * of sixteen bytes, across two, in the bytes left at the end, or almost
 * (是 is E6 98 AF; 昨 E6 98 A8 and 志 E5 BF 97 share bytes with it). */
static void
find3_agrees_with_memmem(void **state)
{
	(void)state;
	static const char *const pieces[] = { "是", "昨", "志", "a", "中", "\xaf" };
	char text[200];
	unsigned long seed = 99;

	for (int round = 0; round < 20000; round++) {
		size_t n = 0, limit;

		seed = seed * 6364136223846793005UL + 1442695040888963407UL;
		limit = (seed >> 33) % 150;
		while (n < limit) {
			const char *piece;
			seed = seed * 6364136223846793005UL + 1442695040888963407UL;
			piece = (seed >> 33) % 40 == 0 ? pieces[0] : pieces[1 + (seed >> 40) % 5];
			memcpy(text + n, piece, strlen(piece));
			n += strlen(piece);
		}
		for (size_t from = 0; from < 4 && from <= n; from++)
			assert_ptr_equal(utf8_find3(text + from, n - from, "是"),
					 memmem(text + from, n - from, "是", 3));
	}
}

/* Writes to TEXT (200 bytes at least) a random run of up to 149 bytes
 * made of PIECES: one of the first RARE at a time in forty, else one of
 * the COMMON after them.  SEED moves on.  Returns the length written. */
static size_t
random_pieces(char *text, unsigned long *seed, const char *const *pieces, unsigned rare,
	      unsigned common)
{
	size_t n = 0, limit;

	*seed = *seed * 6364136223846793005UL + 1442695040888963407UL;
	limit = (*seed >> 33) % 150;
	while (n < limit) {
		const char *piece;
		*seed = *seed * 6364136223846793005UL + 1442695040888963407UL;
		piece = (*seed >> 33) % 40 == 0 ? pieces[(*seed >> 45) % rare]
						: pieces[rare + (*seed >> 40) % common];
		memcpy(text + n, piece, strlen(piece));
		n += strlen(piece);
	}
	return n;
}

/* utf8_find3_either finds the first of two characters as two utf8_find3
 * do, wherever it stands (是 E6 98 AF, 要 E8 A6 81; 昨 志 and a lone byte
 * of each share bytes with them). */
static void
find3_either_agrees_with_find3(void **state)
{
	(void)state;
	static const char *const pieces[] = { "是", "要", "昨", "志", "a", "中", "\xaf", "\xa6" };
	char text[200];
	unsigned long seed = 7;

	for (int round = 0; round < 20000; round++) {
		size_t n = random_pieces(text, &seed, pieces, 2, 6);

		for (size_t from = 0; from < 4 && from <= n; from++) {
			const char *shi = utf8_find3(text + from, n - from, "是");
			const char *yao = utf8_find3(text + from, n - from, "要");
			const char *first = !shi ? yao : !yao ? shi : shi < yao ? shi : yao;
			assert_ptr_equal(utf8_find3_either(text + from, n - from, "是", "要"), first);
		}
	}
}

/* utf8_find3_any finds the first of several characters as the first of
 * utf8_find3's answers for each, in blocks and in the tail, wherever a
 * block ends. */
static void
find3_any_agrees_with_find3(void **state)
{
	(void)state;
	static const char *const pieces[] = { "了", "多", "少", "昨", "a", "中", "\xba", "\x86" };
	static const char *const marks[] = { "了", "多", "少" };
	char text[200];
	unsigned long seed = 11;

	for (int round = 0; round < 20000; round++) {
		size_t n = random_pieces(text, &seed, pieces, 3, 5);

		for (size_t from = 0; from < 4 && from <= n; from++) {
			for (size_t count = 1; count <= 3; count++) {
				const char *want = NULL;
				for (size_t k = 0; k < count; k++) {
					const char *at = utf8_find3(text + from, n - from, marks[k]);
					if (at && (!want || at < want))
						want = at;
				}
				assert_ptr_equal(utf8_find3_any(text + from, n - from, marks, count), want);
			}
		}
	}
}

/* utf8_count_byte counts a byte as a loop over every byte does, over
 * more blocks than one count of a lane holds. */
static void
count_byte_agrees_with_loop(void **state)
{
	(void)state;
	enum { SIZE = 16 * 300 + 37 };
	static char text[SIZE];
	unsigned long seed = 5;

	for (int round = 0; round < 40; round++) {
		size_t want = 0, n = (size_t)(round * 131) % SIZE;
		for (size_t i = 0; i < SIZE; i++) {
			seed = seed * 6364136223846793005UL + 1442695040888963407UL;
			text[i] = round % 3 == 0 ? '\n' : (seed >> 33) % 7 == 0 ? '\n' : '\xe4';
		}
		for (size_t i = 0; i < n; i++)
			want += text[i] == '\n';
		assert_int_equal(utf8_count_byte(text, n, '\n'), want);
	}
}

/* lines_figure_cells: three bare numbers in a row, apart by any white
 * space, make a table's row; a word between them, or a number with a
 * unit, breaks the run. */
static void
figure_cells(void **state)
{
	static const char *const rows[] = {
		"收入 1,059,657 677,715 29,608", "一般公共预算收入\u30001,059\u3000-5.2%\u3000+3",
		"合计  12\t8.5  100%", "项目 1 2 3 说明", "1 2 3",
	};
	static const char *const text[] = {
		"收入 1,059,657 万元 677,715 29,608", "2023年 2024年 2025年", "增长6.5% 7.1% 8.0%",
		"1 2", "一、总体要求", "", "   ",
	};
	(void)state;
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		assert_true(lines_figure_cells(rows[i], strlen(rows[i])));
	for (size_t i = 0; i < sizeof text / sizeof text[0]; i++)
		assert_false(lines_figure_cells(text[i], strlen(text[i])));
}

/* lines_end_sentence: the marks of three bytes and of one, at the end
 * only, and not a character cut short. */
/* A Markdown list item's mark ("- ", "* ", "+ " and text) is two bytes
 * long; a rule spaced out (* * *, - - -), a mark with a second space
 * after it, a mark alone and a dash of text (-5%) are none. */
static void
list_marks(void **state)
{
	static const char *const items[] = { "- 标题：某某", "* 发布日期：2031年", "+ 第一项", "- a" };
	static const char *const none[] = { "* * *", "- - -", "+ + 甲", "-  标题：某某", "- ", "-", "-5%",
					    "——某某", "** 标题", "" };
	(void)state;
	for (size_t i = 0; i < sizeof items / sizeof items[0]; i++)
		assert_int_equal(lines_list_mark(items[i], strlen(items[i])), 2);
	for (size_t i = 0; i < sizeof none / sizeof none[0]; i++)
		assert_int_equal(lines_list_mark(none[i], strlen(none[i])), 0);
}

static void
sentence_ends(void **state)
{
	static const char *const ends[] = { "完成。", "好！", "吗？", "一；", "如下：", "等等…", "说“好”",
					    "‘是’", "「是」", "『是』", "（注）", "(注)", "end.", "yes!",
					    "why?", "a;", "b:", "。" };
	static const char *const open[] = { "完成", "完成。了", "abc", "2025", "（注", "。 ", "" };
	(void)state;
	for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++)
		assert_true(lines_end_sentence(ends[i], strlen(ends[i])));
	for (size_t i = 0; i < sizeof open / sizeof open[0]; i++)
		assert_false(lines_end_sentence(open[i], strlen(open[i])));
	assert_false(lines_end_sentence("。", 2));   /* cut short */
}

/* utf8_find_either finds the first of two bytes wherever it stands. */
static void
find_either_agrees_with_memchr(void **state)
{
	(void)state;
	char text[300];

	for (size_t n = 0; n <= sizeof text; n += 7) {
		for (size_t at = 0; at < n; at += 5) {
			const char *cr, *nul;
			memset(text, 'x', n);
			text[at] = '\r';
			if (at + 9 < n)
				text[at + 9] = '\0';
			cr = memchr(text, '\r', n);
			nul = memchr(text, '\0', n);
			assert_ptr_equal(utf8_find_either(text, n, '\0', '\r'), nul && nul < cr ? nul : cr);
			assert_ptr_equal(utf8_find_either(text + at + 1, n - at - 1, '\0', 'y'),
					 at + 9 < n ? text + at + 9 : NULL);
		}
	}
}

/* A file of 8 MiB or more is read in two halves at once: the document is
 * the one its bytes give. */
static void
large_file_read_in_halves(void **state)
{
	(void)state;
	static const char line[] = "一、总体要求\n全面贯彻落实各项工作部署，坚持稳中求进。\n";
	size_t n = (9u << 20) + 7, k;
	char *bytes = malloc(n), path[] = "/tmp/baogao-test-XXXXXX";
	struct load_options options = { NULL, NULL, true, 0 };
	struct doc *from_file = NULL, *from_bytes = NULL;
	int fd;

	assert_non_null(bytes);
	for (k = 0; k < n; k++)
		bytes[k] = line[k % (sizeof line - 1)];
	fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, bytes, n), (ssize_t)n);
	close(fd);
	assert_int_equal(load_file(path, &options, &from_file, NULL), BG_OK);
	assert_int_equal(load_bytes(bytes, n, path, &options, &from_bytes, NULL), BG_OK);
	assert_int_equal(from_file->text_length, from_bytes->text_length);
	assert_memory_equal(from_file->text, from_bytes->text, from_file->text_length);
	assert_int_equal(from_file->paragraph_count, from_bytes->paragraph_count);
	doc_free(from_file);
	doc_free(from_bytes);
	unlink(path);
	free(bytes);
}

/* A reader of another format hands its structure hints to the loader:
 * they arrive in the document, on the paragraphs their lines went into. */
static unsigned
hinting_detect(const char *head, size_t n)
{
	return n >= 4 && memcmp(head, "HINT", 4) == 0 ? READER_SURE : 0;
}

static enum bg_status
hinting_read(const struct reader_input *in, struct reader_text *out, struct bg_error *err)
{
	static const char text[] = "总体要求\n正文第一段。\n\n正文第二段。\n";
	(void)err;
	memset(out, 0, sizeof *out);
	free(in->bytes);
	out->buffer = malloc(sizeof text + 2);
	out->hints = calloc(4, sizeof *out->hints);
	assert_non_null(out->buffer);
	assert_non_null(out->hints);
	memcpy(out->buffer, text, sizeof text - 1);
	out->length = sizeof text - 1;
	out->encoding = "UTF-8";
	out->hints[0] = (struct reader_hint){ .line = 1, .heading_level = 1, .page = 2, .number = strdup("一、") };
	out->hints[1] = (struct reader_hint){ .line = 2, .page = 3 };
	out->hints[2] = (struct reader_hint){ .line = 3, .page = 3, .number = strdup("dropped: a blank line") };
	out->hints[3] = (struct reader_hint){ .line = 4, .page = 4, .number = strdup("2.") };
	out->hint_count = 4;
	return BG_OK;
}

static const struct reader hinting_reader = { "hinting", hinting_detect, hinting_read, false };

static void
reader_hints_reach_the_doc(void **state)
{
	(void)state;
	struct load_options options = { NULL, NULL, true, 0 };
	struct load_tuning tuning = { &hinting_reader, 0, 0, NULL, NULL, false };
	struct doc *doc = NULL;
	const struct doc_hint *h;

	assert_ptr_equal(reader_for("plain text", 10), &reader_text);
	assert_ptr_equal(reader_for("HINT", 4), &reader_text);   /* not in the table */
	assert_int_equal(hinting_detect("HINT", 4), READER_SURE);
	assert_int_equal(load_bytes_tuned("HINT", 4, "h", &options, &tuning, &doc, NULL), BG_OK);
	assert_int_equal(doc->paragraph_count, 3);
	assert_int_equal(doc->hint_count, 3);
	h = doc_hint_of(doc, 0);
	assert_non_null(h);
	assert_int_equal(h->heading_level, 1);
	assert_int_equal(h->page, 2);
	assert_string_equal(h->number, "一、");
	h = doc_hint_of(doc, 1);
	assert_non_null(h);
	assert_int_equal(h->page, 3);
	assert_null(h->number);
	h = doc_hint_of(doc, 2);
	assert_non_null(h);
	assert_int_equal(h->page, 4);
	assert_string_equal(h->number, "2.");
	assert_null(doc_hint_of(doc, 3));
	doc_free(doc);
	/* Plain text has none. */
	doc = unit_load("一、总体要求\n正文。\n", NULL);
	assert_int_equal(doc->hint_count, 0);
	assert_null(doc_hint_of(doc, 0));
	doc_free(doc);
}

/* With the thresholds at one byte, a small file goes the ways of a large
 * one: read in two halves at once, checked beside the line splitting (its
 * noise markers found there, or in the text rewritten when it has escapes
 * or Markdown), and read again when the check finds it is not what it was
 * taken for. */
static void
threaded_paths_on_small_files(void **state)
{
	(void)state;
	static const char *const texts[] = {
		"一、总体要求\n全面贯彻落实各项工作部署，\n坚持稳中求进。\n",
		"\xef\xbb\xbf标题\r\n正文。\r\n",
		"正文\r内容。\n第二行\n",                         /* a lone CR */
		"\xd5\xfd\xce\xc4\xa1\xa3\n\xd5\xfd\xce\xc4\xa1\xa3\n", /* GBK */
		"正文。\n\xe6\xad",                               /* cut short */
		"正文##paid##内容。\n",                          /* a marker */
		"# 标题\n\n正文##paid##&amp;内容。\n",          /* Markdown, an escape */
	};
	struct noise_rules *rules = NULL;
	struct load_options options = { NULL, NULL, true, 0 };
	struct load_tuning tuning = { NULL, 1, 1, NULL, NULL, false };

	assert_int_equal(noise_rules_parse(&rules, "marker ##paid##\n", NULL), BG_OK);
	options.rules = rules;

	for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
		char path[] = "/tmp/baogao-test-XXXXXX";
		size_t n = strlen(texts[t]);
		int fd = mkstemp(path);
		struct doc *threaded = NULL, *plain = NULL;

		assert_true(fd >= 0);
		assert_int_equal(write(fd, texts[t], n), (ssize_t)n);
		close(fd);
		assert_int_equal(load_file_tuned(path, &options, &tuning, &threaded, NULL), BG_OK);
		assert_int_equal(load_bytes(texts[t], n, path, &options, &plain, NULL), BG_OK);
		assert_string_equal(threaded->encoding, plain->encoding);
		assert_int_equal(threaded->text_length, plain->text_length);
		assert_memory_equal(threaded->text, plain->text, plain->text_length);
		assert_int_equal(threaded->paragraph_count, plain->paragraph_count);
		assert_int_equal(threaded->span_count, plain->span_count);
		assert_memory_equal(threaded->spans, plain->spans, plain->span_count * sizeof *plain->spans);
		assert_int_equal(threaded->warning_count, plain->warning_count);
		assert_null(strstr(threaded->text, "##paid##"));
		doc_free(threaded);
		doc_free(plain);
		unlink(path);
	}
	/* A NUL found beside. */
	{
		struct doc *doc = NULL;
		assert_int_equal(load_bytes_tuned("ab\0cd\n", 6, "x", &options, &tuning, &doc, NULL),
				 BG_ERR_BINARY);
		assert_null(doc);
	}
	noise_rules_free(rules);
}

/* A count of matches has its document without the metadata: the same
 * text, paragraphs, spans and warnings, no title, issuer or date. */
static void
metadata_left_unfound(void **state)
{
	static const char report[] =
		"关于开展普法宣传工作的通知\n\n"
		"各单位：\n\n"
		"　　现将有关事项通知如下。\n\n"
		"一、工作目标\n\n"
		"　　推进普法宣传教育，提高全民法治意识。\n\n"
		"某某市司法局\n"
		"2023年11月23日\n";
	struct noise_rules *rules = NULL;
	struct load_options options = { NULL, NULL, true, 0 };
	struct load_tuning tuning = { .no_metadata = true };
	struct doc *with = NULL, *without = NULL;
	size_t n = strlen(report);
	(void)state;

	assert_int_equal(noise_rules_parse(&rules, "marker ##paid##\n", NULL), BG_OK);
	options.rules = rules;
	assert_int_equal(load_bytes(report, n, "通知.txt", &options, &with, NULL), BG_OK);
	assert_int_equal(load_bytes_tuned(report, n, "通知.txt", &options, &tuning, &without, NULL),
			 BG_OK);
	assert_non_null(with->title);
	assert_non_null(with->date);
	assert_int_not_equal(with->title_paragraph, SIZE_MAX);
	assert_null(without->title);
	assert_null(without->issuer);
	assert_null(without->date);
	assert_int_equal(without->title_paragraph, SIZE_MAX);
	assert_int_equal(without->sign_off_paragraph, SIZE_MAX);
	assert_int_equal(without->text_length, with->text_length);
	assert_memory_equal(without->text, with->text, with->text_length);
	assert_int_equal(without->paragraph_count, with->paragraph_count);
	for (size_t i = 0; i < with->paragraph_count; i++) {
		assert_int_equal(without->paragraphs[i].offset, with->paragraphs[i].offset);
		assert_int_equal(without->paragraphs[i].length, with->paragraphs[i].length);
		assert_int_equal(without->paragraphs[i].line, with->paragraphs[i].line);
	}
	assert_int_equal(without->span_count, with->span_count);
	assert_int_equal(without->warning_count, with->warning_count);
	doc_free(with);
	doc_free(without);
	noise_rules_free(rules);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(utf8_with_bom),
		cmocka_unit_test(utf8_check_agrees_with_libunistring),
		cmocka_unit_test(find3_agrees_with_memmem),
		cmocka_unit_test(find3_either_agrees_with_find3),
		cmocka_unit_test(find3_any_agrees_with_find3),
		cmocka_unit_test(count_byte_agrees_with_loop),
		cmocka_unit_test(figure_cells),
		cmocka_unit_test(sentence_ends),
		cmocka_unit_test(list_marks),
		cmocka_unit_test(find_either_agrees_with_memchr),
		cmocka_unit_test(gb18030_detected),
		cmocka_unit_test(forced_encoding),
		cmocka_unit_test(bad_input),
		cmocka_unit_test(truncated_utf8_at_end),
		cmocka_unit_test(damaged_text_is_shown),
		cmocka_unit_test(two_byte_order_marks),
		cmocka_unit_test(line_ends),
		cmocka_unit_test(indentation_trimmed),
		cmocka_unit_test(form_feed_is_white_space),
		cmocka_unit_test(columns_count_characters),
		cmocka_unit_test(locate_next_agrees_with_locate),
		cmocka_unit_test(offset_next_agrees_with_offset_at),
		cmocka_unit_test(reflow_joins_hard_wraps),
		cmocka_unit_test(reflow_measures_escapes_as_written),
		cmocka_unit_test(reflow_item_opens_paragraph),
		cmocka_unit_test(reflow_above_table_rows),
		cmocka_unit_test(reflow_one_character_short),
		cmocka_unit_test(reflow_first_line_short_by_indent),
		cmocka_unit_test(reflow_short_by_indent_with_figures),
		cmocka_unit_test(reflow_double_spaced),
		cmocka_unit_test(reflow_note_mark_cut),
		cmocka_unit_test(reflow_keeps_list_items_apart),
		cmocka_unit_test(centred_line_not_joined),
		cmocka_unit_test(reflow_counts_quotes_full_width),
		cmocka_unit_test(reflow_beside_small_print),
		cmocka_unit_test(reflow_up_to_the_widest_wrap),
		cmocka_unit_test(no_reflow_without_wrap_evidence),
		cmocka_unit_test(no_reflow_of_a_text_held_twice),
		cmocka_unit_test(reflow_counts_characters),
		cmocka_unit_test(reflow_measures_columns),
		cmocka_unit_test(running_heads_go),
		cmocka_unit_test(latin_hard_wrap_gets_a_space),
		cmocka_unit_test(text_written_over_the_source),
		cmocka_unit_test(chinese_hard_wrap_inside_latin_word),
		cmocka_unit_test(script_alone_on_a_line),
		cmocka_unit_test(front_matter_and_markdown),
		cmocka_unit_test(large_files_checked_beside_the_build),
		cmocka_unit_test(first_part_of_a_file),
		cmocka_unit_test(first_part_of_a_document),
		cmocka_unit_test(account_is_no_issuer),
		cmocka_unit_test(bold_paragraphs_are_sections),
		cmocka_unit_test(cover_boxes_are_paragraphs),
		cmocka_unit_test(table_rows_are_no_title),
		cmocka_unit_test(large_file_read_in_halves),
		cmocka_unit_test(reader_hints_reach_the_doc),
		cmocka_unit_test(threaded_paths_on_small_files),
		cmocka_unit_test(prose_wrap_over_tables),
		cmocka_unit_test(metadata_left_unfound),
		cmocka_unit_test(clause_number_over_its_title),
		cmocka_unit_test(line_opening_with_a_closing_mark),
		cmocka_unit_test(word_spaced_over_lines),
		cmocka_unit_test(cited_title_note_joined),
		cmocka_unit_test(page_number_at_page_break),
	};
	return UNIT_RUN(tests);
}
