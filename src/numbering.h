/* SPDX-License-Identifier: GPL-3.0-or-later */
/* numbering.h - a word processor's automatic numbering, rendered as it
 * shows it: the counters of a numbered list's levels, each written in its
 * format (一, 1, ①, a, iv …) into its level's text ("%1、", "（%2）").
 * Word's numbering.xml is its model; it knows no XML. */
#ifndef BAOGAO_NUMBERING_H
#define BAOGAO_NUMBERING_H

#include <stdbool.h>
#include <stddef.h>

enum { NUMBERING_LEVELS = 9 };

enum numbering_format {
	NUMBERING_DECIMAL,              /* 1 2 3 */
	NUMBERING_DECIMAL_ZERO,         /* 01 02 … 10 */
	NUMBERING_DECIMAL_FULL_WIDTH,   /* １ ２ ３ */
	NUMBERING_CHINESE_COUNTING,     /* 一 二 … 十 十一 二十 一百零一 */
	NUMBERING_CHINESE_LEGAL,        /* 壹 贰 叁 … 拾 */
	NUMBERING_IDEOGRAPH_ZODIAC,     /* 甲 乙 丙 … (then decimal) */
	NUMBERING_ENCLOSED_CIRCLE,      /* ① … ⑳ (then decimal) */
	NUMBERING_ENCLOSED_PAREN,       /* ⑴ … ⒇ (then decimal) */
	NUMBERING_ENCLOSED_FULLSTOP,    /* ⒈ … ⒛ (then decimal) */
	NUMBERING_LOWER_LETTER,         /* a … z aa … */
	NUMBERING_UPPER_LETTER,
	NUMBERING_LOWER_ROMAN,          /* i ii iii iv */
	NUMBERING_UPPER_ROMAN,
	NUMBERING_BULLET,               /* nothing: a bullet's character is often a
	                                   symbol font's private code */
	NUMBERING_NONE,                 /* nothing */
};

/* The format Word's w:numFmt value NAME stands for ("chineseCounting");
 * decimal for a name it does not know. */
enum numbering_format numbering_format_named(const char *name);

/* Writes VALUE in FORMAT into OUT (SIZE bytes, NUL-terminated, cut short
 * when too small); returns the length it needs. */
size_t numbering_value(enum numbering_format format, long value, char *out, size_t size);

/* One level of a numbered list (Word's w:lvl). */
struct numbering_level {
	enum numbering_format format;
	char *text;          /* "%1、", "（%2）"; malloc'd, or NULL: none */
	long start;          /* the first value (w:start, default 1) */
	bool legal;          /* w:isLgl: the levels it shows are written in decimal */
};

/* A list's definition (Word's w:abstractNum). */
struct numbering_list {
	long id;
	struct numbering_level levels[NUMBERING_LEVELS];
};

/* A numbering a paragraph names (Word's w:num): a list, and a new start
 * for some of its levels (w:lvlOverride/w:startOverride; -1: none). */
struct numbering_instance {
	long id;
	long list;
	long start_override[NUMBERING_LEVELS];
	bool overridden;     /* its overrides were applied: it has been used */
};

/* The numbering of one document: its lists, the numberings that name
 * them, and the counters, which lists share between the numberings that
 * name them (as Word counts). */
struct numbering {
	struct numbering_list *lists;
	size_t list_count, list_capacity;
	struct numbering_instance *instances;
	size_t instance_count, instance_capacity;
	/* Per list: the counter of each level, 0 when the level has not
	 * started (since a higher level last counted). */
	long (*counters)[NUMBERING_LEVELS];
	size_t counter_capacity;
};

/* Adds a new list of id ID (its levels decimal from 1, with no text) to N; returns
 * it, or NULL when out of memory.  N owns it. */
struct numbering_list *numbering_add_list(struct numbering *n, long id);

/* Adds a numbering of id ID naming list LIST (no overrides); returns it,
 * or NULL when out of memory. */
struct numbering_instance *numbering_add_instance(struct numbering *n, long id, long list);

/* Counts one paragraph numbered ID at LEVEL (0-based) and writes its
 * number as the level's text shows it into OUT (SIZE bytes).  Returns
 * false, writing "", when ID or its list is not known (Word shows
 * nothing then). */
bool numbering_next(struct numbering *n, long id, int level, char *out, size_t size);

/* Frees what N holds (not N). */
void numbering_free(struct numbering *n);

#endif
