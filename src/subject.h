/* SPDX-License-Identifier: GPL-3.0-or-later */
/* subject.h - what a figure measures: the noun phrase of the clause it
 * stands in (地区生产总值 in 全市地区生产总值5.2万亿元), and whether the
 * figure is a level (5.2万亿元) or a change (增长5.4%). */
#ifndef BAOGAO_SUBJECT_H
#define BAOGAO_SUBJECT_H

#include <stdbool.h>
#include <stddef.h>

/* What the clause before a figure says of it. */
struct subject {
	size_t offset;   /* the noun phrase in the text */
	size_t length;   /* bytes; 0: the clause names none */
	bool predicate;  /* a verb or comparison stands before the figure
	                    (增长, 达到, 比上年, 从): a clause with a predicate
	                    and no noun takes its subject from the clause
	                    before (国内生产总值82.7万亿元，年均增长7.1%) */
	bool change;     /* the predicate makes the figure a change: 增长,
	                    下降, 提高, 涨幅, 比上年, 同比 ...; not when it ends
	                    in 到 or 至 (提高到58.5%: the level reached) */
	bool listed;     /* the clause is only the figure after 、 that
	                    follows another figure: 5.2万亿元、增长5.4% */
	size_t clause;   /* where the clause starts in the text */
	bool respectively; /* the predicate holds 分别: a list of subjects
	                      goes with a list of figures, in order */
	size_t after;    /* the noun after the figure (89.4%的公园,
	                    新增40.8万青年留渝来渝): the subject of a figure
	                    whose clause names none and shares none */
	size_t after_length;  /* 0: none */
	bool betters;    /* the verb before the figure betters things (提升,
	                    提高): with the noun after as its subject the
	                    figure counts them, a level (提升100所学校) */
	size_t topic;    /* for a clause with a predicate and no noun, the
	                    subject of the first clause of its sentence when
	                    no figure stands between (粮食总产量在上年…，又增
	                    产1454万吨): used when it shares no figure's */
	size_t topic_length;  /* 0: none */
	size_t actor;    /* when the subject is the noun after the figure
	                    (地区生产总值跨越3个千亿元台阶), the noun before its
	                    verb: what a later clause with only a verb goes on
	                    about (，达到1.5万亿元) */
	size_t actor_length;  /* 0: none */
};

/* Reads the clause of TEXT (LENGTH bytes) that ends at AT, where a figure
 * starts, and ends at AFTER: back
 * from AT to a clause mark (，；。、：！？, a line end, an unclosed
 * bracket), never before FLOOR (the end of the figure before, or the start
 * of the text) and at most SUBJECT_CLAUSE_CHARS characters.  Fills *OUT;
 * the subject is a range of TEXT (nothing is allocated).  A 、 between
 * nouns joins them into one subject (能耗、水耗均下降20%).  When the clause
 * ends in a verb that counts what follows (打造14个特色产业园区, 对8家用人
 * 单位), the subject is the noun after the figure. */
void subject_read(const char *text, size_t length, size_t floor, size_t at, size_t after,
		  struct subject *out);

/* Longest clause read back from a figure, in characters. */
#define SUBJECT_CLAUSE_CHARS 48

/* Most clause marks between a figure and a later clause that shares its
 * subject: 新增公园127座，提前建成千座公园城市，累计达到1100座. */
#define SUBJECT_CLAUSES_BACK 3

/* True when TEXT from FROM (a figure's end) to TO (the start of a later
 * clause) holds no end of a sentence (。；！？：) and at most
 * SUBJECT_CLAUSES_BACK of the marks ， and 、: the later clause goes on the
 * sentence of the figure at FROM and may share its subject. */
bool subject_next_clause(const char *text, size_t from, size_t to);

/* A part of a subject: a range of the text. */
struct subject_item {
	size_t offset, length;
};

/* Splits the subject TEXT[OFFSET, OFFSET + LENGTH) into COUNT items in
 * ITEMS, for a predicate with 分别 and COUNT figures: 基础设施投资、工业投资
 * 分别增长3.2%、8.5%.  It splits at 、, or else at 、 和 与 及 (项目数与合同
 * 额), never inside quotes or brackets.  False when the subject does not
 * hold exactly COUNT names so. */
bool subject_items(const char *text, size_t offset, size_t length, struct subject_item *items,
		   size_t count);

#endif
