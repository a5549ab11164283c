/* SPDX-License-Identifier: GPL-3.0-or-later */
/* label.h - heading labels (一、 （一） 1. （1） 1.1 ① 第一章 …) and the
 * titles that follow them: what a heading line looks like. */
#ifndef BAOGAO_LABEL_H
#define BAOGAO_LABEL_H

#include <stdbool.h>
#include <stddef.h>

/* How a heading is numbered.  X-macro list: name, what it looks like.
 * STYLE_INLINE stays last: the outline sizes its tables by it. */
#define HEADING_STYLE_LIST(X) \
	X(STYLE_NONE, "") \
	X(STYLE_MARKDOWN, "# heading") \
	X(STYLE_BIAN, "第一编") \
	X(STYLE_PART, "第一部分") \
	X(STYLE_STEP, "第一步") \
	X(STYLE_CHAPTER, "第一章") \
	X(STYLE_SECTION, "第一节") \
	X(STYLE_ARTICLE, "第一条") \
	X(STYLE_CN_COMMA, "一、") \
	X(STYLE_CN_PAREN, "（一）") \
	X(STYLE_ARABIC_DOT, "1.") \
	X(STYLE_ARABIC_PAREN, "（1）") \
	X(STYLE_ARABIC_HALF, "1）") \
	X(STYLE_DECIMAL, "1.1") \
	X(STYLE_CIRCLED, "①") \
	X(STYLE_CN_SPACE, "一 ") \
	X(STYLE_DI_COMMA, "第一，") \
	X(STYLE_BRACKET, "【专栏1】") \
	X(STYLE_PADDED, "01") \
	X(STYLE_APPENDIX, "附录A A.1") \
	X(STYLE_INLINE, "一是")

enum heading_style {
#define HEADING_STYLE_ENUM(name, example) name,
	HEADING_STYLE_LIST(HEADING_STYLE_ENUM)
#undef HEADING_STYLE_ENUM
};

/* A label as written at the start of a line. */
struct label {
	enum heading_style style;
	int level;            /* decimal components; Markdown '#' count */
	long long number;     /* the last number of the label */
	int inserted;         /* 第十七条之一: 1, an article put in after 第十七条 */
	long long parent_numbers[8]; /* 1.2.3: {1, 2} */
	size_t length;        /* bytes of the label as written */
	size_t title;         /* bytes up to the title (label + white space) */
};

/* Parses the label at the start of S (N bytes) into *L; false (and *L
 * cleared) when S does not start with one.  No sequence checks: this only
 * says what a line looks like. */
bool label_parse(const char *s, size_t n, struct label *l);

/* The length of the article's theme in round brackets S (N bytes) opens
 * with, brackets included (（目的和依据）为了… gives the length of
 * （目的和依据）); 0 when S opens with none, or with a number in brackets
 * (（一）项) that cites an item. */
size_t label_article_theme(const char *s, size_t n);

/* Parses the run-in label at the start of S (N bytes) into *L: a Chinese
 * numeral of one or two characters and 是 (一是, 十一是), as a paragraph
 * or a Markdown heading may open, STYLE_INLINE, its title after the ，
 * or 、 that may follow.  False (and *L cleared) when S does not start
 * so.  Kept apart from label_parse: inside a paragraph such a label only
 * numbers the sentences of a run (outline.c). */
bool label_run_in(const char *s, size_t n, struct label *l);

/* Parses a heading line numbered with two digits and no mark, 01综合 …
 * 12资源、环境和应急管理 (S, N bytes), into *L as STYLE_PADDED: the
 * number zero-padded (01 to 99), a Han character right after it that is
 * no unit (01月, 12个 are data), and a short title with no punctuation
 * that ends a sentence or a clause.  False (and *L cleared) otherwise.
 * Kept apart from label_parse: such a line is a heading only in a run
 * 01, 02, 03 … (outline.c), and a line of text may start so. */
bool label_padded(const char *s, size_t n, struct label *l);

/* Length in bytes of the letter that numbers an item at the start of S
 * (N bytes), with its marks and the white space after it: a) b） c. (d)
 * （e）, as a standard lists the items of a clause (GB/T 1.1) and Word
 * numbers them (%1)); 0 when S does not start with one.  An item, never
 * a heading of its own. */
size_t label_letter_item(const char *s, size_t n);

/* True when S (N bytes) is a figure's or a table's caption: 图 or 表, its
 * number (图1, 表 2, 图3-1, 表A.1), then the caption's words after white
 * space or right after it (图1　主站牌编码规则, 表1 噪声排放限值).  A
 * caption names what stands under or over it, never a section. */
bool label_caption(const char *s, size_t n);

/* Parses S (N bytes) into *L when it is a decimal number of two to eight
 * parts and nothing else but white space (2.1, 5.3.3.1), as a standard
 * sets a term's number on a line of its own above the term; false (and
 * *L cleared) otherwise.  L->title is N: the title is on the next line. */
bool label_number_alone(const char *s, size_t n, struct label *l);

/* Parses S (N bytes) into *L when it is a bracketed number and nothing
 * else but white space (（一）, (2)), as a Markdown heading may be: a part
 * numbered without a title; false (and *L cleared) otherwise.  L->title
 * is L->length: the title is empty. */
bool label_paren_alone(const char *s, size_t n, struct label *l);

/* Length in bytes of the heading label at the start of S (N bytes), with
 * the white space after it; 0 when S does not start with one. */
size_t label_prefix_length(const char *s, size_t n);

/* True when the last character of S (N > 0 bytes) closes a sentence or a
 * clause (。！？；：，、…— and their ASCII forms): a line that ends so is
 * text, not a heading line. */
bool label_ends_punctuated(const char *s, size_t n);

/* The first sentence of a text: byte indexes, outside paired marks
 * (《》（）“”〔〕【】‘’「」『』), of its end and of its first clause end. */
struct label_sentence {
	size_t end;      /* the first 。！？； or the text's length */
	size_t mark;     /* the length of that mark, 0 at the text's end */
	size_t clause;   /* the first ，： before END, or END */
	size_t chars;    /* characters before END */
	size_t title_clause; /* the first clause as a title takes it: CLAUSE, or
			      * past a list of short items set off by ，
			      * (知识分子，工商业界，宗教界，…，必须团结) the end of
			      * the clause after them */
};

/* Finds the first sentence of S (N bytes) in one pass into *OUT. */
void label_first_sentence(const char *s, size_t n, struct label_sentence *out);

/* label_title_length for a text whose first sentence is S. */
size_t label_sentence_title(const struct label_sentence *s, size_t *body);

/* The title a heading gets from the text that follows its label (TEXT,
 * LENGTH bytes): the first sentence without its final mark, or its first
 * clause when that is longer than 40 characters; never split inside paired
 * marks.  Returns the length in bytes of the title within TEXT and sets
 * *BODY (may be NULL) to where the text after the title (and its mark)
 * starts, 0 when the title is a clause. */
size_t label_title_length(const char *text, size_t length, size_t *body);

/* The short title a run-in item gives itself with a colon: in
 * "统筹督导：负责…" (S, N bytes: the text after the label) the phrase
 * before the first ：or : outside paired marks, when it has at most 15
 * characters, no sentence or clause mark (。，；…) before the colon, no
 * verb of saying closing it (有人问：), and text after the colon on the
 * same line.  Returns the phrase's length in
 * bytes and sets *BODY to where the text after the colon (and white
 * space) starts; 0 when S opens with no such phrase. */
size_t label_colon_title(const char *s, size_t n, size_t *body);

/* True when the text after a colon title is the second half of one
 * heading rather than the item's text run in: in
 * （一）“促发展”：优化商务商业资源 the colon joins a theme and its subject.
 * S (N bytes) is the text after the label, COLON and BODY what
 * label_colon_title returned and set.  The text from BODY to the end --
 * or, after a theme that is one quotation, to its first sentence's end --
 * is 4 to 20 Han characters, paired marks (“”《》…) allowed: no mark of a
 * sentence or a clause, no digit, no blank to fill in. */
bool label_colon_joins(const char *s, size_t n, size_t colon, size_t body);

#endif
