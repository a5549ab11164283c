/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_figure_rows.c - the rows of the figures panel: sorted by position,
 * by value (ties in document order, figures without a value last) and by
 * kind; kept to a kind (t); kept to a text that the figure, its subject or
 * its section holds, folded (/ in the panel); counted by kind; and a row
 * as y copies it. */
#include "unit.h"

#include <stdio.h>

#include "figure_rows.h"
#include "figures.h"

static struct unit_table *units;

static const char report_text[] =
	"关于年度经费的报告\n"
	"一、收入情况\n"
	"全年收入20万元，比上年增长5.2%。在职职工300人。\n"
	"二、支出情况\n"
	"（一）人员经费\n"
	"人员经费支出12万元，占总支出的60%。\n"
	"（二）培训经费\n"
	"2023年3月1日起，全年共培训干部300人，培训经费支出3万元。\n";

struct fixture {
	struct doc *doc;
	struct outline *outline;
	struct figure_list figures;
	struct figure_rows rows;
};

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);

	if (!f || unit_load_units(&units) != 0)
		return -1;
	f->doc = unit_load(report_text, NULL);
	assert_int_equal(outline_build(f->doc, &f->outline), BG_OK);
	assert_int_equal(figures_extract(f->doc, f->outline, units, FIGURE_KINDS_DEFAULT, 0,
					 &f->figures), BG_OK);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	if (!f)
		return 0;
	figure_rows_free(&f->rows);
	figures_free(&f->figures);
	outline_free(f->outline);
	doc_free(f->doc);
	figures_free_units(units);
	free(f);
	return 0;
}

/* The rows as "figure figure ...", the way a failure is best read. */
static const char *
listed(const struct fixture *f)
{
	static char out[1024];
	size_t used = 0;

	out[0] = '\0';
	for (size_t i = 0; i < f->rows.count && used < sizeof out; i++) {
		const struct figure *g = &f->figures.items[f->rows.items[i]];
		used += (size_t)snprintf(out + used, sizeof out - used, "%s%.*s", i ? " " : "",
					 (int)g->length, f->doc->text + g->offset);
	}
	return out;
}

static void
make(struct fixture *f, enum figure_order order, int kind, const char *text)
{
	struct figure_filter filter = { order, kind, text };

	assert_int_equal(figure_rows_make(f->doc, &f->figures, 0, f->figures.count, &filter,
					  &f->rows), BG_OK);
}

static void
the_report_has_its_figures(void **state)
{
	struct fixture *f = *state;

	make(f, FIGURE_BY_POSITION, FIGURE_ANY_KIND, NULL);
	assert_string_equal(listed(f), "20万元 5.2% 300人 12万元 60% 2023年3月1日 300人 3万元");
	assert_int_equal(f->rows.total, 8);
	assert_int_equal(f->rows.kind_counts[FIGURE_MONEY], 3);
	assert_int_equal(f->rows.kind_counts[FIGURE_PERCENT], 2);
	assert_int_equal(f->rows.kind_counts[FIGURE_QUANTITY], 2);
	assert_int_equal(f->rows.kind_counts[FIGURE_DATE], 1);
}

/* By value the largest first; the two 300人 in document order; the date,
 * which has no value, last. */
static void
sort_by_value(void **state)
{
	struct fixture *f = *state;

	make(f, FIGURE_BY_VALUE, FIGURE_ANY_KIND, NULL);
	assert_string_equal(listed(f), "20万元 12万元 3万元 300人 300人 60% 5.2% 2023年3月1日");
	assert_true(f->rows.items[3] < f->rows.items[4]);
}

static void
sort_by_kind(void **state)
{
	struct fixture *f = *state;

	make(f, FIGURE_BY_KIND, FIGURE_ANY_KIND, NULL);
	assert_string_equal(listed(f), "20万元 12万元 3万元 5.2% 60% 300人 300人 2023年3月1日");
}

/* A kind keeps its rows; the counts are still those of every kind. */
static void
kind_filter(void **state)
{
	struct fixture *f = *state;

	make(f, FIGURE_BY_POSITION, FIGURE_PERCENT, NULL);
	assert_string_equal(listed(f), "5.2% 60%");
	assert_int_equal(f->rows.total, 8);
	assert_int_equal(f->rows.kind_counts[FIGURE_MONEY], 3);
	make(f, FIGURE_BY_VALUE, FIGURE_MONEY, NULL);
	assert_string_equal(listed(f), "20万元 12万元 3万元");
	make(f, FIGURE_BY_POSITION, FIGURE_DOCNO, NULL);
	assert_int_equal(f->rows.count, 0);
	assert_null(f->rows.items);
}

/* t goes every kind, money, percent, quantity, date, document number and
 * back. */
static void
kind_cycle(void **state)
{
	int kind = FIGURE_ANY_KIND;
	static const int want[] = { FIGURE_MONEY, FIGURE_PERCENT, FIGURE_QUANTITY, FIGURE_DATE,
				    FIGURE_DOCNO, FIGURE_ANY_KIND };

	(void)state;
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		kind = figure_kind_next(kind);
		assert_int_equal(kind, want[i]);
	}
	assert_int_equal(figure_kind_next(FIGURE_DURATION), FIGURE_ANY_KIND);
	assert_string_equal(figure_order_name(FIGURE_BY_VALUE), "value");
}

/* The text is looked for in the figure, its subject and its section,
 * folded: full-width digits find half-width ones. */
static void
text_filter(void **state)
{
	struct fixture *f = *state;

	/* the figure itself, written in full-width digits */
	make(f, FIGURE_BY_POSITION, FIGURE_ANY_KIND, "３００");
	assert_string_equal(listed(f), "300人 300人");
	assert_int_equal(f->rows.total, 2);
	assert_int_equal(f->rows.kind_counts[FIGURE_QUANTITY], 2);
	assert_int_equal(f->rows.kind_counts[FIGURE_MONEY], 0);
	/* the section: 人员经费 is the title of （一） */
	make(f, FIGURE_BY_POSITION, FIGURE_ANY_KIND, "人员经费");
	assert_string_equal(listed(f), "12万元 60%");
	/* its label */
	make(f, FIGURE_BY_POSITION, FIGURE_ANY_KIND, "（二）");
	assert_string_equal(listed(f), "2023年3月1日 300人 3万元");
	/* with the kind and an order */
	make(f, FIGURE_BY_VALUE, FIGURE_MONEY, "支出");
	assert_string_equal(listed(f), "12万元 3万元");
	make(f, FIGURE_BY_POSITION, FIGURE_ANY_KIND, "没有这个词");
	assert_int_equal(f->rows.count, 0);
	assert_int_equal(f->rows.total, 0);
	make(f, FIGURE_BY_POSITION, FIGURE_ANY_KIND, "");
	assert_int_equal(f->rows.count, 8);
}

/* A range: the figures of one section. */
static void
range_of_a_section(void **state)
{
	struct fixture *f = *state;
	struct figure_filter filter = { FIGURE_BY_VALUE, FIGURE_ANY_KIND, NULL };

	assert_int_equal(figure_rows_make(f->doc, &f->figures, 3, 5, &filter, &f->rows), BG_OK);
	assert_string_equal(listed(f), "12万元 60%");
	assert_int_equal(f->rows.total, 2);
	/* past the end: nothing, no crash */
	assert_int_equal(figure_rows_make(f->doc, &f->figures, 9, 40, &filter, &f->rows), BG_OK);
	assert_int_equal(f->rows.count, 0);
}

/* The columns a row shows, and the row y copies. */
static void
row_texts(void **state)
{
	struct fixture *f = *state;
	const struct figure *money = &f->figures.items[0], *percent = &f->figures.items[4];
	const struct figure *date = &f->figures.items[5];
	char buf[128];
	size_t length;
	char *row;

	assert_string_equal(figure_value_text(money, buf, sizeof buf), "200000 元");
	assert_string_equal(figure_value_text(percent, buf, sizeof buf), "60 %");
	assert_string_equal(figure_value_text(date, buf, sizeof buf), "");
	assert_string_equal(figure_section_text(percent->section, buf, sizeof buf), "二、（一）人员经费");
	assert_string_equal(figure_section_text(&f->outline->root, buf, sizeof buf), "");
	/* cut at a character */
	assert_string_equal(figure_section_text(percent->section, buf, 8), "二、");
	row = figure_row_text(f->doc, money, &length);
	assert_non_null(row);
	assert_int_equal(length, strlen(row));
	assert_string_equal(row, "money\t20万元\t200000 元\t收入\t一、收入情况");
	free(row);
	row = figure_row_text(f->doc, date, &length);
	assert_non_null(row);
	assert_string_equal(row, "date\t2023年3月1日\t\t\t二、（二）培训经费");
	free(row);
}

/* A word label is set off from its title by a space, as the outline
 * shows it. */
static void
section_of_a_chapter(void **state)
{
	struct doc *doc = unit_load("某某条例\n第一章 总则\n本条例共有30条，自2024年1月1日起施行。\n"
				    "第二章 附则\n本条例由市政府负责解释。\n", NULL);
	struct outline *outline;
	struct figure_list figures = { NULL, 0 };
	char buf[128];

	(void)state;
	assert_int_equal(outline_build(doc, &outline), BG_OK);
	assert_int_equal(figures_extract(doc, outline, units, FIGURE_KINDS_DEFAULT, 0, &figures),
			 BG_OK);
	assert_true(figures.count > 0);
	assert_string_equal(figure_section_text(figures.items[0].section, buf, sizeof buf),
			    "第一章 总则");
	figures_free(&figures);
	outline_free(outline);
	doc_free(doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(the_report_has_its_figures),
		cmocka_unit_test(sort_by_value),
		cmocka_unit_test(sort_by_kind),
		cmocka_unit_test(kind_filter),
		cmocka_unit_test(kind_cycle),
		cmocka_unit_test(text_filter),
		cmocka_unit_test(range_of_a_section),
		cmocka_unit_test(row_texts),
		cmocka_unit_test(section_of_a_chapter),
	};

	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, setup, teardown);
}
