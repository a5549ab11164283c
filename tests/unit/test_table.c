/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_table.c - the cells of a document's tables and their headers:
 * documents built by hand (rows as struct doc_hint), and a web page
 * through the loader. */
#include "unit.h"

#include <stdio.h>
#include <unistd.h>

#include "table.h"

/* A document of the paragraphs LINES, each its own source line, with no
 * hints yet. */
static struct doc *
doc_of(const char *const *lines, size_t count)
{
	struct doc *doc = calloc(1, sizeof *doc);
	size_t length = 0;

	assert_non_null(doc);
	for (size_t i = 0; i < count; i++)
		length += strlen(lines[i]) + 1;
	doc->text = malloc(length + 1);
	doc->paragraphs = calloc(count, sizeof *doc->paragraphs);
	assert_non_null(doc->text);
	assert_non_null(doc->paragraphs);
	for (size_t i = 0; i < count; i++) {
		size_t n = strlen(lines[i]);
		doc->paragraphs[i] = (struct paragraph){ .offset = doc->text_length, .length = n,
							 .line = (uint32_t)i + 1,
							 .column = 1 };
		memcpy(doc->text + doc->text_length, lines[i], n);
		doc->text_length += n;
		doc->text[doc->text_length++] = '\n';
	}
	doc->text[doc->text_length] = '\0';
	doc->paragraph_count = count;
	doc->hints = calloc(count, sizeof *doc->hints);
	assert_non_null(doc->hints);
	doc->title_paragraph = SIZE_MAX;
	doc->sign_off_paragraph = SIZE_MAX;
	return doc;
}

/* Makes paragraph I of DOC row ROW of table TABLE (header: the paragraph
 * of its first row), its cells starting where the two-space gaps end. */
static void
add_row(struct doc *doc, size_t i, uint32_t table, uint32_t row, size_t header)
{
	const struct paragraph *p = &doc->paragraphs[i];
	struct doc_hint *h = &doc->hints[doc->hint_count++];
	const char *s = doc->text + p->offset;

	*h = (struct doc_hint){ .paragraph = i, .table = table, .row = row, .header = header };
	h->cells = malloc((p->length + 1) * sizeof *h->cells);
	assert_non_null(h->cells);
	h->cells[h->cell_count++] = p->offset;
	for (size_t k = 0; k + 2 < p->length; k++)
		if (s[k] == ' ' && s[k + 1] == ' ') {
			while (k < p->length && s[k] == ' ')
				k++;
			h->cells[h->cell_count++] = p->offset + k;
		}
}

/* The offset of the first NEEDLE in DOC's text. */
static size_t
at(const struct doc *doc, const char *needle)
{
	const char *found = strstr(doc->text, needle);

	assert_non_null(found);
	return (size_t)(found - doc->text);
}

static void
assert_text(const struct doc *doc, size_t offset, size_t length, const char *expected)
{
	if (length != strlen(expected) || memcmp(doc->text + offset, expected, length) != 0)
		fail_msg("\"%.*s\" is not \"%s\"", (int)length, doc->text + offset, expected);
}

static void
headers_of_a_cell(void **state)
{
	static const char *const lines[] = {
		"全年经济运行总体平稳。",
		"指标  2024年  2025年",
		"地区生产总值  5.0万亿元  5.2万亿元 ",
		"常住人口  1200万人  1210万人",
		"全年新增就业32万人。",
	};
	struct doc *doc = doc_of(lines, 5);
	struct table_cell cell;
	(void)state;

	add_row(doc, 1, 0, 0, 1);
	add_row(doc, 2, 0, 1, 1);
	add_row(doc, 3, 0, 2, 1);

	assert_true(table_cell_at(doc, at(doc, "5.2万亿元"), &cell));
	assert_int_equal(cell.table, 0);
	assert_int_equal(cell.row, 1);
	assert_int_equal(cell.column, 2);
	assert_text(doc, cell.offset, cell.length, "5.2万亿元");
	assert_text(doc, cell.row_header_offset, cell.row_header_length, "地区生产总值");
	assert_text(doc, cell.column_header_offset, cell.column_header_length, "2025年");

	/* Inside a cell, not at its start. */
	assert_true(table_cell_at(doc, at(doc, "10万人"), &cell));
	assert_int_equal(cell.column, 2);
	assert_text(doc, cell.row_header_offset, cell.row_header_length, "常住人口");
	assert_text(doc, cell.column_header_offset, cell.column_header_length, "2025年");

	/* The first column has no row header, the first row no column
	 * header. */
	assert_true(table_cell_at(doc, at(doc, "常住人口"), &cell));
	assert_int_equal(cell.row_header_length, 0);
	assert_text(doc, cell.column_header_offset, cell.column_header_length, "指标");
	assert_true(table_cell_at(doc, at(doc, "2025年"), &cell));
	assert_int_equal(cell.row, 0);
	assert_int_equal(cell.column_header_length, 0);
	assert_text(doc, cell.row_header_offset, cell.row_header_length, "指标");

	/* Outside the table. */
	assert_false(table_cell_at(doc, at(doc, "32万人"), &cell));
	assert_false(table_cell_at(doc, 0, &cell));
	doc_free(doc);
}

static void
missing_and_empty_headers(void **state)
{
	static const char *const lines[] = {
		"甲  乙",
		"一  二  5.0万亿元",
		"二  三",
	};
	struct doc *doc = doc_of(lines, 3);
	struct table_cell cell;
	(void)state;

	/* A second table whose first row the document lacks, and a row
	 * longer than its header row. */
	add_row(doc, 0, 0, 0, 0);
	add_row(doc, 1, 0, 1, 0);
	add_row(doc, 2, 1, 3, SIZE_MAX);
	assert_true(table_cell_at(doc, at(doc, "5.0万亿元"), &cell));
	assert_int_equal(cell.column, 2);
	assert_text(doc, cell.row_header_offset, cell.row_header_length, "一");
	assert_int_equal(cell.column_header_length, 0);
	assert_true(table_cell_at(doc, at(doc, "三"), &cell));
	assert_int_equal(cell.table, 1);
	assert_text(doc, cell.row_header_offset, cell.row_header_length, "二");
	assert_int_equal(cell.column_header_length, 0);
	doc_free(doc);
}

static void
empty_first_cell(void **state)
{
	static const char *const lines[] = { "  2024年", "产值  5亿元" };
	struct doc *doc = doc_of(lines, 2);
	struct table_cell cell;
	(void)state;

	add_row(doc, 0, 0, 0, 0);
	add_row(doc, 1, 0, 1, 0);
	/* The header row's first cell is empty: the gap after it stands
	 * at the line's start. */
	assert_true(table_cell_at(doc, at(doc, "5亿元"), &cell));
	assert_text(doc, cell.row_header_offset, cell.row_header_length, "产值");
	assert_text(doc, cell.column_header_offset, cell.column_header_length, "2024年");
	doc_free(doc);
}

/* Through the loader: a web page's table, its headers in th cells. */
static void
web_page_table(void **state)
{
	static const char page[] =
		"<!DOCTYPE html><html><body><article><h1>统计</h1><p>主要指标如下。</p>"
		"<table><thead><tr><th>指标</th><th>2024年</th><th>2025年</th></tr></thead>"
		"<tbody><tr><th>地区生产总值</th><td> 5.0万亿元 </td><td>5.2万亿元</td></tr>"
		"<tr><td>常住人口</td><td>1200万人</td><td>1210万人</td></tr></tbody></table>"
		"<p>全年新增就业32万人。</p><table><tr><td>项目</td><td>投资</td></tr>"
		"<tr><td>基础设施</td><td>800亿元</td></tr></table></article></body></html>";
	struct load_options options = { NULL, NULL, true, 0 };
	struct doc *doc = NULL;
	struct table_cell cell;
	(void)state;

	assert_int_equal(load_bytes(page, sizeof page - 1, "test", &options, &doc, NULL), BG_OK);
	assert_true(table_cell_at(doc, at(doc, "5.0万亿元"), &cell));
	assert_text(doc, cell.offset, cell.length, "5.0万亿元");
	assert_text(doc, cell.row_header_offset, cell.row_header_length, "地区生产总值");
	assert_text(doc, cell.column_header_offset, cell.column_header_length, "2024年");
	assert_true(table_cell_at(doc, at(doc, "1210万人"), &cell));
	assert_int_equal(cell.row, 2);
	assert_text(doc, cell.row_header_offset, cell.row_header_length, "常住人口");
	assert_text(doc, cell.column_header_offset, cell.column_header_length, "2025年");
	assert_true(table_cell_at(doc, at(doc, "800亿元"), &cell));
	assert_int_equal(cell.table, 1);
	assert_text(doc, cell.row_header_offset, cell.row_header_length, "基础设施");
	assert_text(doc, cell.column_header_offset, cell.column_header_length, "投资");
	assert_false(table_cell_at(doc, at(doc, "32万人"), &cell));
	doc_free(doc);
}

/* A plain text's table row, no reader's (pdftotext -layout): a figure
 * opening a cell two spaces or more after the row's first cell has that
 * cell, a name, for its row header; 其中： and # (a part of the row above)
 * are not part of it, and a name set letter-spaced (林    业) is one
 * cell.  A line with a sentence's marks, single spaces between cells, or
 * a place inside a cell has none. */
static void
text_row_headers(void **state)
{
	static const char *const lines[] = {
		"全市常住人口 866.60 万人，比上年增加 1.2 万人。",
		"    其中：城镇                 392.66    45.31",
		"#粮   食                  101.9",
		"林    业                  86.95          4.2",
		"收入  170.3  亿元，完成预算的  101.9%",
		"居民消费价格指数 100.0",
	};
	struct doc *doc = doc_of(lines, 6);
	size_t header, length;
	(void)state;

	assert_false(table_text_row_header(doc, at(doc, "866.60"), NULL, &header, &length));
	assert_true(table_text_row_header(doc, at(doc, "392.66"), NULL, &header, &length));
	assert_text(doc, header, length, "城镇");
	assert_true(table_text_row_header(doc, at(doc, "45.31"), NULL, &header, &length));
	assert_text(doc, header, length, "城镇");
	assert_true(table_text_row_header(doc, at(doc, "101.9\n"), NULL, &header, &length));
	assert_text(doc, header, length, "粮   食");
	assert_true(table_text_row_header(doc, at(doc, "4.2"), NULL, &header, &length));
	assert_text(doc, header, length, "林    业");
	assert_false(table_text_row_header(doc, at(doc, "6.95"), NULL, &header, &length));
	assert_false(table_text_row_header(doc, at(doc, "170.3"), NULL, &header, &length));
	assert_false(table_text_row_header(doc, at(doc, "100.0"), NULL, &header, &length));
	doc_free(doc);
}

/* A row of many cells, read a figure at a time as the figures are placed
 * in turn: each figure's header is found without reading the whole row
 * again (nor a first cell too long to be a name, nor a long indent), so a
 * row of tens of thousands of cells takes no time (an alarm kills the
 * test when it takes seconds). */
static void
text_row_read_once(void **state)
{
	enum { CELLS = 60000, LONG = 200000 };
	char *rows[3];
	struct doc *doc;
	struct table_text_memo memo = TABLE_TEXT_MEMO_INIT;
	size_t header, length, found = 0, none = 0;
	(void)state;

	for (int r = 0; r < 3; r++) {
		size_t lead = r == 0 ? 0 : LONG, n = 0;
		rows[r] = malloc(lead + 8 + CELLS * 8 + 1);
		assert_non_null(rows[r]);
		if (r == 1)
			for (size_t k = 0; k < lead / 3; k++, n += 3)
				memcpy(rows[r] + n, "收", 3);
		else if (r == 2)
			n += (size_t)sprintf(rows[r], "%*s", (int)lead, "");
		n += (size_t)sprintf(rows[r] + n, "收入");
		for (size_t c = 0; c < CELLS; c++)
			n += (size_t)sprintf(rows[r] + n, "  %zu.5", c % 1000);
	}
	doc = doc_of((const char *const *)rows, 3);
	alarm(10);
	for (size_t i = 1; i < doc->text_length; i++) {
		if (doc->text[i - 1] != ' ' || doc->text[i] < '0' || doc->text[i] > '9' ||
		    (i > 1 && doc->text[i - 2] != ' '))
			continue;
		if (table_text_row_header(doc, i, &memo, &header, &length)) {
			assert_text(doc, header, length, "收入");
			found++;
		} else {
			none++;
		}
	}
	alarm(0);
	assert_int_equal(found, 2 * CELLS);
	assert_int_equal(none, CELLS);
	for (int r = 0; r < 3; r++)
		free(rows[r]);
	doc_free(doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(headers_of_a_cell),
		cmocka_unit_test(missing_and_empty_headers),
		cmocka_unit_test(empty_first_cell),
		cmocka_unit_test(web_page_table),
		cmocka_unit_test(text_row_headers),
		cmocka_unit_test(text_row_read_once),
	};
	return UNIT_RUN(tests);
}
