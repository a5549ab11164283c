/* SPDX-License-Identifier: GPL-3.0-or-later */
/* outline.c - heading recognition and the section tree.
 *
 * Headings are recognised by their labels, as GB/T 9704-2012 numbers the
 * levels of an official document and as common reports do:
 *
 *     一、推进法治建设的主要举措和成效            Chinese numeral + 、
 *     （一）加强组织领导，进一步构筑…。一是…      run-in: the title is the first sentence
 *     1. / 1．/ 1、   （1）   ①   1.1 / 1.1.1
 *     第一章 总则   第一节   第一条 为保障…   第一部分   第一编
 *     ## 第一章 总则                               Markdown, with or without a label
 *     …。一是认真开展…，…。二是结合…             inline enumeration inside the text
 *     一 重工业和轻工业的关系   第一，稳定…        a numeral and a space; run-in 第一，
 *
 * Some headings have no number: the part a numbered sequence stands in
 * (某区工作方案 above its 一、), a glossary (名词解释), and the run-in
 * leads that open the paragraphs of a work report's sections.
 *
 * Depth is not taken from a fixed table: a style first seen under another
 * is deeper than it, and a heading closes the open headings of its own
 * style and of the styles seen deeper than it.  A number must continue its
 * sequence (二、 after 一、) or start one (一、) to count, so a stray 一、 in
 * the text does not break the tree.
 *
 * (Some 1000 lines: every kind of heading is decided against the one
 * builder's stack of open sequences, which stays private to this file;
 * labels, titles and contents pages are in label.c and contents.c.) */
#include <config.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unistr.h>

#include "arena.h"
#include "array.h"
#include "contents.h"
#include "date.h"
#include "genre.h"
#include "label.h"
#include "lines.h"
#include "meta.h"
#include "numeral.h"
#include "outline.h"
#include "spacing.h"
#include "utf8.h"

/* ---- the tree ------------------------------------------------------------ */

/* A style key: the style with its level (Markdown '#' count, decimal
 * components), so that ## and ### are different styles. */
enum { LEVELS = 9, KEYS = (STYLE_INLINE + 1) * LEVELS };

struct open_heading {
	struct outline_node *node;
	int key;
	int rank;               /* a law's division: law_rank; 0 for any other */
	long long number;
	long long numbers[8];   /* for 1.1.1: all its numbers */
	int family;             /* the key of its label's own style (a Markdown
				 * heading's: of the label in its text), or -1 */
	bool markdown;          /* a Markdown heading, or a line that goes on
				 * numbering a sequence of them */
};

enum { HELD_LEADS = 16, UNCALLED_SLOTS = 32 };

/* A note mark (① ② …, up to 4 bytes; length 0: none) that the
 * NOTE_REACH paragraphs before BEFORE do not call (note_called). */
struct uncalled {
	char mark[4];
	size_t length, before;
};

/* label_text's table: its slots, and the longest label it shares. */
enum { LABEL_SLOTS = 8192, LABEL_SHARED_MAX = 32 };

/* What the lead rules read of a whole paragraph (its label's length and
 * its first sentence), kept for the paragraphs about the one outline_build
 * reads: those rules read a paragraph and the few before and after it,
 * each several times over.  Slot PARAGRAPH % NEAR_SLOTS holds the
 * paragraph PARAGRAPH when its PARAGRAPH says so. */
enum { NEAR_SLOTS = 8 };

struct near_paragraph {
	size_t paragraph;   /* SIZE_MAX: the slot is empty */
	bool titled, sentenced;   /* whether LABEL_TITLE, SENTENCE are read */
	size_t label_title; /* label_prefix_length */
	struct label_sentence sentence;   /* label_first_sentence */
};

/* What the lead rules read of one paragraph, each UNREAD until read:
 * read_lead_sentence's answer (the lead's length times two, plus one when
 * it is the whole paragraph), read_series_sentence's (the sentence's
 * length and its first clause's) and label_prefix_length's. */
struct lead_answer {
	uint16_t lead, series, clause, label_title;
};
#define UNREAD UINT16_MAX

/* The document the lead rules read and their answers so far, kept from
 * lead_memo_begin to lead_memo_end while outline_build reads it: the rules
 * ask for the lead of a paragraph and of those around it, each several
 * times over, and gather_leads_under has asked for all of them before.
 * ANSWERS holds an answer per paragraph (NULL when there was no memory
 * for them: each is read again). */
struct lead_memo {
	const struct doc *doc;
	struct lead_answer *answers;
	struct near_paragraph near[NEAR_SLOTS];
};

struct builder {
	const struct doc *doc;
	const struct contents *contents; /* the document's own contents */
	struct outline *outline;
	size_t node_cap;
	struct open_heading stack[KEYS + 1];
	int depth;                       /* entries in stack */
	bool deeper[KEYS][KEYS];         /* deeper[a][b]: a was seen under b */
	bool under[KEYS][KEYS];          /* under[a][b]: a label of style a was
					  * seen under one of style b (families) */
	long long last_number[KEYS];     /* the last number of each style, anywhere */
	/* Inline enumeration under the innermost open heading. */
	long long inline_next;           /* the number expected next */
	size_t pending_offset;           /* 一是 waiting for its 二是, or SIZE_MAX */
	size_t pending_label;            /* the length of its label (一是, 十一要) */
	char inline_verb[4];             /* 是 or 要: a run keeps the one it opened with */
	bool inline_first_made;          /* its 一是 made before its 二是 came (it had a run of its own) */
	size_t pending_paragraph;        /* the paragraph that holds it */
	int list_key;                    /* style of the list in progress, or -1 */
	bool inline_paragraphs;          /* paragraphs of this section open with 一是 */
	size_t first_part;               /* the paragraph of first_of_parts, or SIZE_MAX */
	/* in_attached_table's reading so far: the paragraphs before
	 * attach_upto are read, attach_mark is the last attachment's mark
	 * among them (SIZE_MAX: none) and attach_table_at the paragraph from
	 * which that attachment reads as a table (SIZE_MAX: it does not). */
	size_t attach_upto, attach_mark, attach_table_at;
	/* in_unit_table's reading so far: the paragraphs before unit_upto
	 * are read, unit_at is the last unit line (单位：万元) among them with
	 * no sentence after it (SIZE_MAX: none). */
	size_t unit_upto, unit_at;
	/* Leads under a 一是 that opens a paragraph and still waits for its
	 * 二是: set under it when the 二是 comes. */
	struct { size_t paragraph, length; } held[HELD_LEADS];
	size_t held_count;
	bool nested;                     /* a run was nested in its own style (nest_restart) */
	bool plain_parts;                /* a plain_part_line was made a part */
	size_t plain_title;              /* the plan's title over them */
	int placing_rank;                /* law_rank of the heading being placed */
	bool placing_goes_on;            /* it numbers on a run of its style (（十） after （九）) */
	size_t paragraph;                /* the paragraph being read */
	bool in_notes;                   /* after 注释: numbered notes, not headings */
	int notes_key;                   /* the style the notes are numbered in, or -1 */
	long long attachment_next;       /* after 附件：, the number of the next
					    attachment listed; 0 when none */
	int attachment_key;              /* the style they are numbered in, or -1 */
	int quote_key;                   /* the style of the items an amendment
					  * quotes (修改为： / （一）…), or -1 */
	long long quote_next;            /* the number of the next such item */
	int field_parts;                 /* the text is divided by field labels
					  * (享受对象：…): 1, 0 not, -1 not asked yet */
	int bullet_parts;                /* the text is divided by lines that open
					  * with a bullet (·2016年10月): 1, 0 not, -1 */
	bool leads_under[KEYS];          /* runs of leads stand under headings of this style
					  * (gather_leads_under) */
	struct lead_memo lead_memo;      /* what the lead rules read of the paragraphs */
	/* front_matter_above's last look: from paragraph front_from down to
	 * front_floor it found front_found (front_from SIZE_MAX: none yet) */
	size_t front_from, front_floor, front_found;
	/* note_called's last no for each mark, a slot by its last byte */
	struct uncalled uncalled[UNCALLED_SLOTS];
	struct doc_cursor cursor;        /* where the last node was located */
	/* The labels made so far, shared by the nodes that have the same
	 * (label_text): a large report tells a few thousand labels over
	 * and over (一、 （一） 一是). */
	char *labels[LABEL_SLOTS];
	size_t label_count;
};

static int
key_of(enum heading_style style, int level)
{
	return (int)style * LEVELS + (level < LEVELS ? level : LEVELS - 1);
}

/* The label S (N bytes) as a string of B's outline: the one made for an
 * earlier node when it had the same, else a new one (a label is never
 * written to after).  NULL when memory runs out. */
static char *
label_text(struct builder *b, const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t k;

	if (n > LABEL_SHARED_MAX)
		return arena_strndup(&b->outline->arena, s, n);
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	for (k = h & (LABEL_SLOTS - 1); b->labels[k]; k = (k + 1) & (LABEL_SLOTS - 1))
		if (strncmp(b->labels[k], s, n) == 0 && b->labels[k][n] == '\0')
			return b->labels[k];
	/* (Half full, the table takes no more: those it has are still
	 * shared.) */
	if (b->label_count >= LABEL_SLOTS / 2)
		return arena_strndup(&b->outline->arena, s, n);
	b->labels[k] = arena_strndup(&b->outline->arena, s, n);
	if (b->labels[k])
		b->label_count++;
	return b->labels[k];
}

enum { SPACED_LABEL_MAX = 64 };   /* bytes of a label closed_up_label reads */

/* The label S (N bytes) with its white space closed up into OUT (N
 * bytes at least), and its new length; 0 when it holds none.  A
 * standard's appendix mark is printed letter-spaced (附 录 A, 附  录  B),
 * a heading set with wide spacing; new_node closes up that mark alone:
 * GB/T 1.1 names it 附录A, as the text cites it (本标准附录 A).  Other
 * labels stay as written (第 二 条, 3 、, （  六  ）). */
static size_t
closed_up_label(const char *s, size_t n, char *out)
{
	size_t k = 0;

	for (size_t i = 0; i < n;) {
		size_t sp = utf8_space_at(s + i, n - i), len;
		if (sp > 0) {
			i += sp;
			continue;
		}
		len = utf8_length(s + i, n - i);
		memcpy(out + k, s + i, len);
		k += len;
		i += len;
	}
	return k < n ? k : 0;
}

/* Creates a node at OFFSET, in PARAGRAPH, under PARENT. */
static struct outline_node *
new_node(struct builder *b, struct outline_node *parent, enum heading_style style, int level,
	 size_t paragraph, size_t offset, size_t label_length, size_t title_offset,
	 size_t title_length, size_t body)
{
	struct outline *o = b->outline;
	struct outline_node *node;
	const char *text = b->doc->text;

	if (o->count == b->node_cap) {
		struct outline_node **grown;
		b->node_cap = b->node_cap * 2 + 64;
		grown = realloc(o->nodes, b->node_cap * sizeof *grown);
		if (!grown)
			return NULL;
		o->nodes = grown;
	}
	/* "一、主要做法：" is titled 主要做法. */
	while (title_length >= 3 && memcmp(text + title_offset + title_length - 3, "：", 3) == 0)
		title_length -= 3;
	while (title_length >= 1 && (text[title_offset + title_length - 1] == ':' ||
				     text[title_offset + title_length - 1] == ' '))
		title_length--;
	/* 第一条（目的和依据） alone on its line is titled 目的和依据: the
	 * theme the brackets hold; and so is 第一条（目的和依据）为了…, the
	 * article run in after its theme. */
	if (style == STYLE_ARTICLE && title_length > 2) {
		const char *t = text + title_offset;
		size_t open = utf8_starts_with(t, title_length, "（") ? 3 : t[0] == '(' ? 1 : 0;
		size_t close = utf8_ends_with(t, title_length, "）") ? 3 : t[title_length - 1] == ')' ? 1 : 0;
		size_t theme = open ? label_article_theme(t, title_length) : 0;
		if (theme > open) {
			close = t[theme - 1] == ')' ? 1 : 3;
			title_offset += open;
			title_length = theme - open - close;
		} else if (open && close && title_length > open + close) {
			title_offset += open;
			title_length -= open + close;
		}
	}
	/* (一是  以财政改革强动力: the spaces a copy left after the label) */
	while (title_length > 0 && text[title_offset] == ' ') {
		title_offset++;
		title_length--;
	}
	node = arena_alloc(&o->arena, sizeof *node, _Alignof(struct outline_node));
	if (!node)
		return NULL;
	memset(node, 0, sizeof *node);
	{
		char closed[SPACED_LABEL_MAX];
		size_t k = style == STYLE_APPENDIX && level == 1 && label_length <= sizeof closed ?
			   closed_up_label(text + offset, label_length, closed) : 0;
		node->label = k > 0 ? label_text(b, closed, k) : label_text(b, text + offset, label_length);
	}
	node->title = arena_strndup(&o->arena, text + title_offset, title_length);
	if (!node->label || !node->title)
		return NULL;
	if (memchr(node->title, ' ', title_length))
		node->title[spacing_close_gaps(node->title, title_length)] = '\0';
	node->style = style;
	node->level = level;
	node->depth = parent->depth + 1;
	node->offset = offset;
	{
		/* (the label's bytes in the text: 附 录 A, labelled 附录A) */
		size_t at = offset + label_length;
		node->spaced_after_label = node->label[0] && at < b->doc->text_length &&
				     utf8_space_at(text + at, b->doc->text_length - at) > 0;
	}
	node->body = body;
	node->paragraph = paragraph;
	node->parent = parent;
	node->index = o->count;
	parent->child_count++;
	doc_locate_next(b->doc, &b->cursor, offset, &node->line, &node->column);
	o->nodes[o->count++] = node;
	return node;
}

static struct outline_node *
innermost(struct builder *b)
{
	return b->depth > 0 ? b->stack[b->depth - 1].node : &b->outline->root;
}

/* The rank of a law's divisions, as the drafting of laws fixes them: 编
 * holds 章, 章 holds 节, 节 holds 条; 0 for any other style. */
static int
law_rank(enum heading_style style)
{
	switch (style) {
	case STYLE_BIAN: return 1;
	case STYLE_CHAPTER: return 2;
	case STYLE_SECTION: return 3;
	case STYLE_ARTICLE: return 4;
	default: return 0;
	}
}

/* The law_rank of NODE, of its label when it is a Markdown heading. */
static int
node_rank(const struct outline_node *node)
{
	struct label l;

	if (node->style != STYLE_MARKDOWN)
		return law_rank(node->style);
	return node->label[0] && label_parse(node->label, strlen(node->label), &l) ? law_rank(l.style) : 0;
}

/* True when STYLE numbers the points of a document's text (一、 （一）
 * 1. （1） 1） ① 一 ), which stand below its parts (第一部分). */
static bool
point_style(enum heading_style style)
{
	switch (style) {
	case STYLE_CN_COMMA: case STYLE_CN_PAREN: case STYLE_ARABIC_DOT: case STYLE_ARABIC_PAREN:
	case STYLE_ARABIC_HALF: case STYLE_CIRCLED: case STYLE_CN_SPACE:
		return true;
	default:
		return false;
	}
}

/* True when a heading of style KEY is open in the first AT entries of
 * the stack: one of KEY at AT would be a run nested in its own style. */
static bool
nested_at(const struct builder *b, int key, int at)
{
	for (int j = 0; j < at; j++)
		if (b->stack[j].key == key)
			return true;
	return false;
}

/* True when a heading of style KEY is open between the nested entry AT
 * of style NESTED and the outer one of that style below it. */
static bool
open_between(const struct builder *b, int nested, int key, int at)
{
	for (int j = at - 1; j >= 0 && b->stack[j].key != nested; j--)
		if (b->stack[j].key == key)
			return true;
	return false;
}

/* The rank GB/T 9704 gives a point's label among the others: 一、 above
 * （一） above 1. above （1） above ①; 0 for a style that is no point. */
static int
point_order(enum heading_style style)
{
	switch (style) {
	case STYLE_CN_COMMA: case STYLE_CN_SPACE: return 1;
	case STYLE_CN_PAREN: return 2;
	case STYLE_ARABIC_DOT: return 3;
	case STYLE_ARABIC_PAREN: case STYLE_ARABIC_HALF: return 4;
	case STYLE_CIRCLED: return 5;
	default: return 0;
	}
}

/* Where a heading of KEY goes: sets *SIBLING to the stack index of an open
 * heading of the same style (or -1) and returns the number of entries that
 * stay open under it.  A law's 章 closes the 条 open before it even when
 * no 章 came first (a regulation whose 第一章 总则 heading is missing). */
static int
place(const struct builder *b, int key, int *sibling)
{
	int i = b->depth;

	*sibling = -1;
	/* A standard's appendix (附录A) stands at the top, beside the
	 * clauses before it, not under the last of them. */
	if (key == key_of(STYLE_APPENDIX, 1)) {
		for (int j = 0; j < b->depth; j++)
			if (b->stack[j].key == key) {
				*sibling = j;
				return j;
			}
		return 0;
	}
	while (i > 0) {
		int top = b->stack[i - 1].key;
		/* A nested run (nest_restart) closes under a heading of a
		 * style open between it and its outer run. */
		if (b->nested && top != key && nested_at(b, top, i - 1) && open_between(b, top, key, i - 1)) {
			i--;
			continue;
		}
		/* A law's 章 holds its 节 even when a copy marks both at one
		 * Markdown level (## 第二章 then ## 第一节). */
		if (top == key && b->placing_rank > 0 && b->stack[i - 1].rank > 0 &&
		    b->stack[i - 1].rank < b->placing_rank)
			break;
		if (top == key) {
			*sibling = i - 1;
			return i - 1;
		}
		/* A 第一部分 is above the points a document numbers 一、 （一）
		 * 1. （1）: the points open before it (a 办法 that sets out
		 * 一、指导思想 … 四、考核方式, then 第一部分 and 第二部分, each
		 * with its own 一、) close, it is their sibling. */
		if (key / LEVELS == STYLE_PART && point_style(b->stack[i - 1].node->style)) {
			i--;
			continue;
		}
		/* A point that numbers on a run of its style (（十） after
		 * （九）) is not put under a point of a lower order (1.) it
		 * was never seen under: a list 1.…10. that came after （九）
		 * had closed ends where the run of （一） goes on. */
		if (b->placing_goes_on && !b->deeper[key][top] && point_order(key / LEVELS) > 0 &&
		    point_order(b->stack[i - 1].node->style) > point_order(key / LEVELS)) {
			i--;
			continue;
		}
		/* A run-in lead is the smallest heading of a work report: a
		 * numbered heading after it closes it (a section's closing
		 * lead does not hold the （一） that follows). */
		if (!b->deeper[top][key] &&
		    !(b->placing_rank > 0 && b->stack[i - 1].rank > b->placing_rank) &&
		    !(top == key_of(STYLE_NONE, 1) && key != key_of(STYLE_NONE, 1) &&
		      key != key_of(STYLE_NONE, 0)))
			break;
		i--;
	}
	return i;
}

/* The labelled paragraphs after one, as the look-ahead rules read them:
 * no further than LOOK_AHEAD paragraphs on. */
enum { LOOK_AHEAD = 400 };

struct ahead {
	size_t at, end;
	struct label label;     /* of the paragraph found */
	int key;
};

static struct ahead
ahead_from(const struct builder *b, size_t paragraph)
{
	size_t end = paragraph + LOOK_AHEAD;

	return (struct ahead){ paragraph, end < b->doc->paragraph_count ? end : b->doc->paragraph_count,
			       { 0 }, -1 };
}

/* Moves A to the next paragraph that starts with a heading label (not a
 * Markdown one); false when there is none within reach. */
static bool
ahead_next(const struct builder *b, struct ahead *a)
{
	const struct doc *doc = b->doc;

	while (++a->at < a->end) {
		const struct paragraph *p = &doc->paragraphs[a->at];
		if (label_parse(doc->text + p->offset, p->length, &a->label) &&
		    a->label.style != STYLE_NONE && a->label.style != STYLE_MARKDOWN) {
			a->key = key_of(a->label.style, a->label.level);
			return true;
		}
	}
	return false;
}

/* The stack position of the open heading of style KEY, or -1. */
static int
open_at(const struct builder *b, int key)
{
	for (int j = 0; j < b->depth; j++)
		if (b->stack[j].key == key)
			return j;
	return -1;
}

/* One numbering style at two levels.  A page that sets several reports
 * one after another numbers them 1. 2. 3. and each report numbers its
 * own points 一、 （一） inside; a 1. that comes under such a point is
 * the first of that point's items, as the order of points has it (一、
 * （一） 1.), not the reports' run starting again:
 *
 *     2.王某（副校长）            a report
 *       二、工作作风方面
 *         1.以身作则…           its items: under 二、
 *         2.努力学习…
 *     3.李某（副校长）            the reports' run goes on
 *
 * Sets *KEEP to the stack entries a first item L of style KEY keeps open
 * under it and *SIBLING to -1 when SIBLING, the open heading of its style,
 * has a point above its style in the order open on it: the deepest such
 * point holds the new run.  Nests once (no third level of one style). */
static void
nest_restart(struct builder *b, const struct label *l, int key, int *keep, int *sibling)
{
	int order = point_order(l->style);

	if (l->number != 1 || *sibling < 0 || order == 0 || b->depth >= KEYS)
		return;
	if (nested_at(b, key, *sibling))
		return;
	for (int j = b->depth - 1; j > *sibling; j--) {
		int above = point_order(b->stack[j].node->style);
		if (above > 0 && above < order && b->stack[j].key != key) {
			*keep = j + 1;
			*sibling = -1;
			b->nested = true;
			return;
		}
	}
}

/* True when the next label after PARAGRAPH is a first one (一、) of a
 * style open between the nested entry AT of style KEY and its outer run:
 * the heading in PARAGRAPH opens what the outer run's items hold. */
static bool
opens_outer_item(const struct builder *b, size_t paragraph, int key, int at)
{
	struct ahead a = ahead_from(b, paragraph);

	return ahead_next(b, &a) && a.label.number == 1 && open_between(b, key, a.key, at);
}

/* After such a nested run (1. … 6. under 二、), the next item of the
 * outer run (3. after 2.) goes on from the outer: sets *KEEP and
 * *SIBLING to that outer heading when L, in PARAGRAPH, numbers on from
 * it and not from SIBLING, the inner run's open item -- or from both
 * (3. after the items' 2.) and a first point of the kind the outer run's
 * items hold comes next (3.李某 then 一、). */
static void
resume_outer(const struct builder *b, const struct label *l, size_t paragraph, int key, int *keep,
	     int *sibling)
{
	if (*sibling <= 0 || !b->nested)
		return;
	for (int j = *sibling - 1; j >= 0; j--)
		if (b->stack[j].key == key) {
			if (l->number == b->stack[j].number + 1 &&
			    (l->number != b->stack[*sibling].number + 1 ||
			     opens_outer_item(b, paragraph, key, *sibling)))
				*keep = *sibling = j;
			return;
		}
}

/* True when the sequence of style KEY starts again at 1 after PARAGRAPH
 * before a heading of a style open above it comes: （二）… （一）… under
 * 二、 is a new run whose first item came late, not a run going on. */
static bool
restarts_after(const struct builder *b, size_t paragraph, int key)
{
	struct ahead a = ahead_from(b, paragraph);

	while (ahead_next(b, &a)) {
		if (a.key == key)
			return a.label.number == 1;
		if (open_at(b, a.key) >= 0)
			return false;
	}
	return false;
}

/* True when the labels of style KEY after PARAGRAPH, whose label is
 * numbered FROM, number on from it up to LAST (3, 4 … after a 2), before
 * a heading of a style open above it comes. */
static bool
goes_on_to(const struct builder *b, size_t paragraph, int key, long long from, long long last)
{
	struct ahead a = ahead_from(b, paragraph);
	long long want = from + 1;

	while (want <= last && ahead_next(b, &a)) {
		if (a.key == key) {
			if (a.label.number != want)
				return false;
			want++;
		} else if (open_at(b, a.key) >= 0) {
			return false;
		}
	}
	return want > last;
}

/* True when the next COUNT labels of style KEY after PARAGRAPH number on
 * from NUMBER (N+1, N+2 …), whatever other labels stand between: the
 * articles of a law go on across its chapters and their items. */
static bool
resumes_from(const struct builder *b, size_t paragraph, int key, long long number, int count)
{
	struct ahead a = ahead_from(b, paragraph);
	long long want = number + 1;

	while (want <= number + count && ahead_next(b, &a))
		if (a.key == key) {
			if (a.label.number != want)
				return false;
			want++;
		}
	return want > number + count;
}

/* True when the next two lines numbered as label_padded reads them after
 * PARAGRAPH are 02 and 03: a run of parts 01综合, 02农业, 03工业…, not a
 * line of text that starts with two digits. */
static bool
padded_run(const struct builder *b, size_t paragraph)
{
	struct ahead a = ahead_from(b, paragraph);
	const struct doc *doc = b->doc;
	long long want = 2;

	while (want <= 3 && ++a.at < a.end) {
		const struct paragraph *p = &doc->paragraphs[a.at];
		if (!label_padded(doc->text + p->offset, p->length, &a.label))
			continue;
		if (a.label.number != want)
			return false;
		want++;
	}
	return want > 3;
}

/* True when no paragraph after PARAGRAPH, as far as the look-ahead
 * reaches, starts with a label of style KEY. */
static bool
last_of_style(const struct builder *b, size_t paragraph, int key)
{
	struct ahead a = ahead_from(b, paragraph);

	while (ahead_next(b, &a))
		if (a.key == key)
			return false;
	return true;
}

/* True when the open headings below stack position BASE are all part
 * headings (or there are none): a sequence starting at BASE starts a part. */
static bool
parts_only_below(const struct builder *b, int base)
{
	for (int i = 0; i < base; i++)
		if (b->stack[i].key != key_of(STYLE_NONE, 0))
			return false;
	return true;
}

/* True when the heading L in the builder's paragraph, of style KEY, skips
 * one number of a top-level sequence because the line of the one between
 * was lost (五、 then 七、 where a PDF's extraction dropped 六、's line): it
 * is a heading's line alone (a short title, no sentence mark) and the
 * next label of its style numbers on from it (八、), or no label of its
 * style comes after it (the last part, 五、其他需要报告的事项, after 三、).
 * A cross-reference at a line's start (七、八项规定…) is a sentence. */
enum { LOST_TITLE_MAX_CHARS = 30 };

/* True when the builder's paragraph, labelled L, is a short title alone
 * after its label: no more than LOST_TITLE_MAX_CHARS characters and no
 * mark of a sentence or a clause (第二章 附则, not 第二章规定的…。). */
static bool
short_title_line(const struct builder *b, const struct label *l)
{
	const struct paragraph *p = &b->doc->paragraphs[b->paragraph];
	const char *s = b->doc->text + p->offset;
	size_t n = p->length;

	if (p->md_level > 0)
		return false;
	while (n > 0 && utf8_space_before(s, s + n))
		n -= utf8_space_before(s, s + n);
	return n > l->title && utf8_count(s + l->title, n - l->title) <= LOST_TITLE_MAX_CHARS &&
	       !label_ends_punctuated(s, n) && !utf8_find3(s, n, "。") && !utf8_find3(s, n, "，") &&
	       !utf8_find3(s, n, "；") && !utf8_find3(s, n, "：");
}

static bool
lost_sibling(const struct builder *b, int key, const struct label *l)
{
	if (l->style == STYLE_ARTICLE || l->style == STYLE_DECIMAL || !short_title_line(b, l))
		return false;
	return resumes_from(b, b->paragraph, key, l->number, 1) || last_of_style(b, b->paragraph, key);
}

/* True when the chapter heading L in the builder's paragraph is misnumbered
 * among the chapters open (第二章 twice, 第一章 after 第四章, 第八章 after
 * 第三章): a short title alone on its line, and the next labelled paragraph
 * is the article that numbers on from the last one read.  The articles of
 * a law run on across its chapters, so they say that this is the next
 * chapter, whatever number it shows: a Word file whose chapters are partly
 * typed and partly numbered by a list of Word's own (each list counts from
 * 第一章), or a number mistyped.  A chapter cited at a line's start
 * (第三章规定的…) is no short title alone. */
static bool
renumbered_chapter(const struct builder *b, const struct label *l)
{
	struct ahead a = ahead_from(b, b->paragraph);

	if (l->style != STYLE_CHAPTER || !short_title_line(b, l) || !ahead_next(b, &a))
		return false;
	return a.label.style == STYLE_ARTICLE && a.label.inserted == 0 && b->last_number[a.key] > 0 &&
	       a.label.number == b->last_number[a.key] + 1;
}

/* True when the heading L in the builder's paragraph, of style KEY, skips
 * a few numbers after LAST because a damaged copy lost the paragraphs
 * between or ran them into others (（二） then （六）, 5. then 7.): its
 * paragraph opens with a short run-in title, its full stop and the text
 * after it (（六）加强耕地保护。严格…), as its siblings do, and the next
 * label of its style numbers on above it, a few numbers further, starts
 * a run of its own at 1 (the run this one closes has ended: 3. then 5.
 * under one heading, 1. under the next), or none comes.  A number cited
 * at a line's start (五、六项工作…) makes no such
 * title; a line alone skipping more than one number (lost_sibling) stays
 * text. */
enum { GAP_MAX_NUMBERS = 10, COLON_TERM_MAX_CHARS = 10 };

/* The characters of the term S (N bytes) opens with when a colon follows
 * it within COLON_TERM_MAX_CHARS and no sentence mark comes before the
 * colon (建设单位：某某公司。…: 4), else 0. */
static size_t
colon_term(const char *s, size_t n)
{
	size_t i = 0, chars = 0;

	while (i < n && chars <= COLON_TERM_MAX_CHARS) {
		uint32_t c;
		size_t len = utf8_decode(s + i, n - i, &c);

		if (len == 0)
			return 0;
		if (c == 0xff1a)                 /* ： */
			return chars;
		if (c == 0x3002 || c == 0xff0c || c == 0xff1b || c == 0x3001)   /* 。，；、 */
			return 0;
		i += len;
		chars++;
	}
	return 0;
}

/* True when the heading SIBLING's paragraph, after its label, opens with
 * a term and a colon as the text T (N bytes) does: a list of units or
 * persons each named after a term (（一）建设单位：… （二）施工单位：…). */
static bool
colon_terms_alike(const struct builder *b, const struct open_heading *sibling, const char *t, size_t n)
{
	const struct doc *doc = b->doc;
	const struct paragraph *pp;
	struct label sl;
	const char *s, *nl;
	size_t m;

	if (!sibling || !sibling->node || sibling->node->paragraph >= doc->paragraph_count || colon_term(t, n) == 0)
		return false;
	pp = &doc->paragraphs[sibling->node->paragraph];
	if (sibling->node->offset < pp->offset || sibling->node->offset >= pp->offset + pp->length)
		return false;
	s = doc->text + sibling->node->offset;
	m = pp->offset + pp->length - sibling->node->offset;
	nl = memchr(s, '\n', m);
	if (nl)
		m = (size_t)(nl - s);
	if (!label_parse(s, m, &sl) || sl.title >= m)
		return false;
	return colon_term(s + sl.title, m - sl.title) > 0;
}

static bool
gapped_run(const struct builder *b, int key, const struct label *l, long long last,
	   const struct open_heading *sibling)
{
	const struct paragraph *p = &b->doc->paragraphs[b->paragraph];
	const char *s = b->doc->text + p->offset;
	size_t n = p->length, title, body = 0;
	struct ahead a;

	if (l->style == STYLE_ARTICLE || l->style == STYLE_DECIMAL || l->style == STYLE_DI_COMMA ||
	    l->style == STYLE_PADDED || p->md_level > 0 || last <= 0 || l->number <= last + 1 ||
	    l->number > last + GAP_MAX_NUMBERS)
		return false;
	while (n > 0 && utf8_space_before(s, s + n))
		n -= utf8_space_before(s, s + n);
	if (n <= l->title)
		return false;
	title = label_title_length(s + l->title, n - l->title, &body);
	if (body == 0 || title == 0 || !utf8_starts_with(s + l->title + title, n - l->title - title, "。") ||
	    utf8_count(s + l->title, title) > LOST_TITLE_MAX_CHARS ||
	    utf8_find3(s + l->title, title, "，") || utf8_find3(s + l->title, title, "；") ||
	    (utf8_find3(s + l->title, title, "：") && !colon_terms_alike(b, sibling, s + l->title, title)))
		return false;
	a = ahead_from(b, b->paragraph);
	while (ahead_next(b, &a))
		if (a.key == key)
			return a.label.number == 1 ||
			       (a.label.number > l->number && a.label.number <= l->number + GAP_MAX_NUMBERS);
	return true;
}

/* True when the article L in the builder's paragraph, a few numbers past
 * LAST, is the last article of a law whose number the writer mistyped
 * (第二十七条 本办法由…负责解释。 after 第二十三条, the closing article):
 * white space parts its label from its text, as the articles are written,
 * and no article comes after it.  A citation at a line's start
 * (第三十条规定的…) has no space after its label; one in the middle of a
 * law is followed by articles (resumes_from decides those). */
static bool
mistyped_last_article(const struct builder *b, int key, const struct label *l, long long last)
{
	const struct paragraph *p = &b->doc->paragraphs[b->paragraph];

	if (l->style != STYLE_ARTICLE || l->inserted > 0 || last <= 0 || l->number <= last + 1 ||
	    l->number > last + GAP_MAX_NUMBERS || l->title <= l->length || l->title >= p->length)
		return false;
	return last_of_style(b, b->paragraph, key);
}

/* True when the heading L in the builder's paragraph, of style KEY, shows
 * the number of its sibling SIBLING again (二、事故有关单位情况 … 二、事故
 * 发生经过, then 三、), the writer's slip: a short title alone on its line,
 * not SIBLING's paragraph said twice, opening a part of its own (the
 * next label is its first item, （一）, or its next sibling), and the
 * next label of its style numbers on from it.  A cell of a table cut into
 * lines (三、本法提供 / 5.要求…) opens no part.  Articles and decimal clauses have rules of their
 * own (resumes_from, repeated_decimal). */
static bool
repeated_heading(const struct builder *b, int key, const struct label *l, const struct open_heading *sibling)
{
	const struct doc *doc = b->doc;
	const struct paragraph *p = &doc->paragraphs[b->paragraph];
	struct ahead a;

	if (l->style == STYLE_ARTICLE || l->style == STYLE_DECIMAL || l->style == STYLE_APPENDIX ||
	    l->inserted > 0 || l->number != sibling->number || !short_title_line(b, l))
		return false;
	if (sibling->node && sibling->node->paragraph < doc->paragraph_count) {
		const struct paragraph *q = &doc->paragraphs[sibling->node->paragraph];
		if (q->length == p->length &&
		    memcmp(doc->text + q->offset, doc->text + p->offset, p->length) == 0)
			return false;
	}
	a = ahead_from(b, b->paragraph);
	if (!ahead_next(b, &a) || (a.key == key ? a.label.number != l->number + 1 : a.label.number != 1))
		return false;
	return resumes_from(b, b->paragraph, key, l->number, 1);
}

/* True when the next label of style KEY after the current paragraph, as
 * far as the look-ahead reaches, stands under another parent than the
 * decimal label L, or numbers STEP on from L under the same one, or when
 * none comes. */
static bool
next_decimal_steps(const struct builder *b, int key, const struct label *l, long long step)
{
	struct ahead a = ahead_from(b, b->paragraph);

	while (ahead_next(b, &a)) {
		bool same_parent = true;
		if (a.key != key)
			continue;
		for (int c = 0; c < l->level - 1; c++)
			same_parent &= a.label.parent_numbers[c] == l->parent_numbers[c];
		return !same_parent || a.label.number == l->number + step;
	}
	return true;
}

/* True when the decimal clause L of style KEY in the builder's paragraph,
 * one number past the next of its siblings (2.1.4 after 2.1.2, 5.5 after
 * 5.3), is a clause whose writer skipped a number: the next label of its
 * style, as far as the look-ahead reaches, numbers on from it under the
 * same parent or stands under another (the run has ended), or none comes
 * -- the number skipped never does. */
static bool
skipped_decimal(const struct builder *b, int key, const struct label *l)
{
	return next_decimal_steps(b, key, l, 1);
}

/* 5.1 again where 5.2 was due (5.1、评审流程 … 5.1 评审时机 … 5.3
 * 评审步骤): a decimal clause L numbered as the clause SIBLING before it under
 * the same parent, the writer's slip, is a clause when the next label of
 * its style under that parent numbers two on (it stood for the one
 * between) or none comes under that parent (3.3、… 3.3、… then 4、), and
 * its paragraph does not say what SIBLING's said (a paragraph pasted
 * twice). */
static bool
repeated_decimal(const struct builder *b, int key, const struct label *l,
		 const struct open_heading *sibling)
{
	const struct doc *doc = b->doc;
	const struct paragraph *p = &doc->paragraphs[b->paragraph];

	if (sibling->node && sibling->node->paragraph < doc->paragraph_count) {
		const struct paragraph *q = &doc->paragraphs[sibling->node->paragraph];
		if (q->length == p->length &&
		    memcmp(doc->text + q->offset, doc->text + p->offset, p->length) == 0)
			return false;
	}
	return next_decimal_steps(b, key, l, 2);
}

/* 4.9.1 under an open 5.9 with 5.9.2 next: a first decimal sub-clause
 * (number 1) whose parent's numbers differ from those of the clause open
 * above it (KEEP deep, of one level up) in one place only, when the next
 * label of its style is that clause's N.2 -- the writer's slip.  Sets
 * L's parent numbers to the open clause's, so that it and the clauses
 * after it number on under that clause. */
static void
slipped_parent(const struct builder *b, size_t paragraph, struct label *l, int key, int keep)
{
	const struct open_heading *parent = keep > 0 ? &b->stack[keep - 1] : NULL;
	struct ahead a = ahead_from(b, paragraph);
	int differ = 0;

	if (l->style != STYLE_DECIMAL || l->level < 2 || l->level > 8 || l->number != 1 || !parent ||
	    parent->key != key_of(STYLE_DECIMAL, l->level - 1))
		return;
	for (int c = 0; c < l->level - 1; c++)
		differ += parent->numbers[c] != l->parent_numbers[c];
	if (differ != 1)
		return;
	while (ahead_next(b, &a)) {
		if (a.key != key)
			continue;
		if (a.label.number != 2)
			return;
		for (int c = 0; c < l->level - 1; c++)
			if (a.label.parent_numbers[c] != parent->numbers[c])
				return;
		for (int c = 0; c < l->level - 1; c++)
			l->parent_numbers[c] = parent->numbers[c];
		return;
	}
}

/* Does the number of L continue or start its sequence at this place? */
/* The paragraph before I that holds more than white space, or SIZE_MAX. */
static size_t
previous_filled(const struct doc *doc, size_t i)
{
	while (i-- > 0) {
		const struct paragraph *p = &doc->paragraphs[i];
		if (utf8_spaces(doc->text + p->offset, p->length) < p->length)
			return i;
	}
	return SIZE_MAX;
}

/* True when paragraph I (its text S, N bytes, white space skipped) opens
 * with WORD and a comma: 其次，是晚解放区… */
static bool
opens_with(const struct doc *doc, size_t i, const char *word)
{
	const struct paragraph *p = &doc->paragraphs[i];
	const char *s = doc->text + p->offset;
	size_t n = p->length, sp = utf8_spaces(s, n), w = strlen(word);

	return utf8_starts_with(s + sp, n - sp, word) &&
	       (utf8_starts_with(s + sp + w, n - sp - w, "，") || utf8_starts_with(s + sp + w, n - sp - w, "、"));
}

/* True when PARENT is a Markdown heading whose number a copy lost (## 附则
 * for a standard's ## 6 附则): it has no label and is the Nth heading
 * under its own parent, and the decimal clause L numbers from N (6.1
 * under the sixth). */
static bool
numbered_by_place(const struct open_heading *parent, const struct label *l)
{
	const struct outline_node *h = parent->node;

	return h->style == STYLE_MARKDOWN && h->label[0] == '\0' && h->parent && l->style == STYLE_DECIMAL &&
	       l->level == 2 && (long long)h->parent->child_count == l->parent_numbers[0];
}

static bool
in_sequence(const struct builder *b, const struct label *l, int key, int sibling, int keep)
{
	if (l->style == STYLE_MARKDOWN)
		return true;
	/* 第十七条之一 (and 之二 after it) goes on from 第十七条, the
	 * article an amendment put it after; 第十八条 then follows. */
	if (l->inserted > 0) {
		long long last = sibling >= 0 ? b->stack[sibling].number : b->last_number[key];
		return last == l->number;
	}
	/* 第十八条 where 第十七条 was due: the label of 第十七条 was
	 * unreadable (笫十七条, a broken line), and the articles number on
	 * from this one -- the sequence takes it up again, so one lost
	 * label costs one article, not all those after it.  A reference at
	 * a line's start (第三十条 规定的…) is followed by no such run. */
	if (l->style == STYLE_ARTICLE) {
		long long last = sibling >= 0 ? b->stack[sibling].number : b->last_number[key];
		if (last > 0 && l->number > last + 1 && resumes_from(b, b->paragraph, key, l->number, 2))
			return true;
		if (mistyped_last_article(b, key, l, last))
			return true;
	}
	if (sibling >= 0) {
		const struct open_heading *s = &b->stack[sibling];
		if ((l->style == STYLE_DECIMAL || l->style == STYLE_APPENDIX) && l->level > 1) {
			int last = l->level - 2;
			bool same_parent = true;
			for (int c = 0; c < l->level - 1; c++)
				same_parent &= s->numbers[c] == l->parent_numbers[c];
			if (same_parent)
				return l->number == s->number + 1 ||
				       (l->number == s->number + 2 && skipped_decimal(b, key, l)) ||
				       (l->number == s->number && repeated_decimal(b, key, l, s));
			/* 2.1 after 1.2 where no "2" heading stands: the next
			 * part's first item. */
			for (int c = 0; c < last; c++)
				if (s->numbers[c] != l->parent_numbers[c])
					return false;
			return l->number == 1 && l->parent_numbers[last] == s->numbers[last] + 1;
		}
		return l->number == s->number + 1 ||
		       (l->number == s->number + 2 && parts_only_below(b, sibling) && lost_sibling(b, key, l)) ||
		       gapped_run(b, key, l, s->number, s) || renumbered_chapter(b, l) ||
		       repeated_heading(b, key, l, s);
	}
	if ((l->style == STYLE_DECIMAL || l->style == STYLE_APPENDIX) && l->level > 1) {
		/* 2.1 belongs under an open 2. or 2 (1.1 style or 1. style);
		 * A.1 under its 附录A, A.2.1 under A.2; 6.1 under a sixth
		 * heading that lost its number (numbered_by_place). */
		const struct open_heading *parent = keep > 0 ? &b->stack[keep - 1] : NULL;
		if (!parent)
			return l->style == STYLE_DECIMAL && l->number == 1;
		if (parent->key == key_of(l->style, l->level - 1)) {
			for (int c = 0; c < l->level - 1; c++)
				if (parent->numbers[c] != l->parent_numbers[c])
					return false;
		} else if (parent->key == key_of(STYLE_ARABIC_DOT, 0) && l->level == 2 &&
			   l->style == STYLE_DECIMAL) {
			if (parent->number != l->parent_numbers[0])
				return false;
		} else if (!numbered_by_place(parent, l)) {
			return false;
		}
		return l->number == 1;
	}
	/* 01综合 opens a run of parts only when 02 and 03 come. */
	if (l->style == STYLE_PADDED && l->number == 1)
		return padded_run(b, b->paragraph);
	/* A style that is not open here starts at 1 -- or goes on numbering
	 * from where it stopped under the heading before: the parts,
	 * chapters and articles of a law always, and the points of an
	 * opinion that numbers its （一） through the whole document (（三）
	 * the first under 二、 after （一）（二） under 一、). */
	if (l->number == 1)
		return true;
	/* 第二点：… 第三点：… 第四点：… after a first point told with no
	 * label (这是我要讲的第一点。): a run that starts at two. */
	if (l->style == STYLE_DI_COMMA && l->number == 2 && b->last_number[key] == 0)
		return goes_on_to(b, b->paragraph, key, 2, 4);
	/* 二、农林牧渔业 … 三、… 四、… 五、… at the top of a copy that
	 * lost its first part's heading (a repost that runs 一、综合 into
	 * the lines above or drops it): the parts still number on, a run
	 * that starts at two. */
	if (l->style == STYLE_CN_COMMA && l->level == 0 && l->number == 2 && keep == 0 &&
	    b->last_number[key] == 0)
		return goes_on_to(b, b->paragraph, key, 2, 5);
	if (gapped_run(b, key, l, b->last_number[key], NULL))
		return !restarts_after(b, b->paragraph, key);
	if (b->last_number[key] <= 0 || l->number != b->last_number[key] + 1)
		return false;
	switch (l->style) {
	case STYLE_BIAN: case STYLE_PART: case STYLE_CHAPTER: case STYLE_ARTICLE:
		return true;
	default:
		return !restarts_after(b, b->paragraph, key);
	}
}

static void
reset_inline(struct builder *b)
{
	b->inline_next = 1;
	b->pending_offset = SIZE_MAX;
	b->inline_first_made = false;
	b->held_count = 0;
}

/* Notes that a label of style FAMILY (a key, or -1) stands under the
 * first KEEP open headings. */
static void
note_under(struct builder *b, int family, int keep)
{
	if (family < 0)
		return;
	for (int j = 0; j < keep; j++)
		if (b->stack[j].family >= 0)
			b->under[family][b->stack[j].family] = true;
}

/* Pushes NODE of KEY at stack position KEEP, closing what is above.
 * FAMILY is the key of its label's own style (-1: none); MARKDOWN says
 * that it is a Markdown heading or goes on numbering their sequence. */
static void
push(struct builder *b, struct outline_node *node, int key, const struct label *l, int keep,
     int family, bool markdown)
{
	struct open_heading *h;

	b->depth = keep;
	/* A run nested under its own style (nest_restart) tells nothing of
	 * the order of the styles: the points it stands under are below
	 * the outer run, as they were. */
	if (markdown || !nested_at(b, key, keep)) {
		for (int j = 0; j < keep; j++)
			b->deeper[key][b->stack[j].key] = true;
		note_under(b, family, keep);
	}
	h = &b->stack[b->depth++];
	h->node = node;
	h->key = key;
	h->family = family;
	h->markdown = markdown;
	h->rank = node_rank(node);
	h->number = l->number;
	memset(h->numbers, 0, sizeof h->numbers);
	for (int c = 0; c < l->level - 1 && c < 8; c++)
		h->numbers[c] = l->parent_numbers[c];
	if (l->level >= 1 && l->level <= 8)
		h->numbers[l->level - 1] = l->number;
	b->last_number[key] = l->number;
	reset_inline(b);
	if (key != key_of(STYLE_NONE, 1))
		b->inline_paragraphs = false;
}

/* True when S (N bytes), whose first sentence is SENTENCE, is that one
 * sentence closed by ；or 。 (a list item such as "1.本区城市体检总体情况；"). */
static bool
single_sentence(const char *s, size_t n, const struct label_sentence *sentence)
{
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return sentence->mark > 0 && sentence->end + sentence->mark == n;
}

/* True when S (N bytes) is one sentence of clauses: it ends with ；or 。
 * and no 。！？ closes a sentence before its end. */
static bool
one_sentence_of_clauses(const char *s, size_t n)
{
	static const char *const stops[] = { "。", "！", "？" };

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n < 3 || !(memcmp(s + n - 3, "；", 3) == 0 || memcmp(s + n - 3, "。", 3) == 0))
		return false;
	for (size_t k = 0; k < sizeof stops / sizeof stops[0]; k++)
		if (memmem(s, n - 3, stops[k], 3))
			return false;
	return true;
}

/* A run of numbered items introduced by a paragraph that ends with a colon
 * ("体检报告主要内容包括：") and made of single sentences, the first closed
 * by ；("1.本区城市体检总体情况；"), is a list, not headings.  Headings after
 * a colon ("重点抓好以下工作：" then "（一）着力扩大有效需求。…") are not
 * closed by a semicolon, and decimal sub-clauses (2.1.1 …；) are clauses. */
static bool
is_list_item(struct builder *b, size_t paragraph, const struct label *l, int key,
	     const struct label_sentence *sentence)
{
	const struct doc *doc = b->doc;
	const struct paragraph *p = &doc->paragraphs[paragraph];
	const char *s = doc->text + p->offset + l->title;
	size_t n = p->length - l->title;

	/* Once the run is a list, an item of clauses a ；joins (…课程开发；
	 * 或…的教师；) is one of its items too. */
	if (!single_sentence(s, n, sentence) && !(b->list_key == key && one_sentence_of_clauses(s, n)))
		return false;
	/* 2.1 发现不合格品： then 2.1.1 …； 2.1.2 …；: a sub-clause numbered
	 * under its clause is a clause, however its sentences run on. */
	if (l->style == STYLE_DECIMAL && l->level >= 2)
		return false;
	if (b->list_key == key)
		return true;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (!((n >= 3 && memcmp(s + n - 3, "；", 3) == 0) || (n >= 1 && s[n - 1] == ';')))
		return false;
	if (paragraph > 0) {
		const struct paragraph *prev = &doc->paragraphs[paragraph - 1];
		const char *e = doc->text + prev->offset + prev->length;
		if ((prev->length >= 3 && memcmp(e - 3, "：", 3) == 0) ||
		    (prev->length >= 1 && e[-1] == ':'))
			return true;
	}
	return false;
}

/* One phrase or one sentence: no sentence closes before the end of S (N
 * bytes). */
static bool
one_phrase(const char *s, size_t n)
{
	struct label_sentence sentence;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	label_first_sentence(s, n, &sentence);
	return sentence.mark == 0 || sentence.end + sentence.mark >= n;
}

/* The deepest enumerations of a document ((1) 1) ①) that are bare items
 * -- each on its own line, the next item right after it, most of them
 * one phrase (headings with text run in after them are not) -- and
 * long, as descriptions are (a heading's title is a few words: 加强
 * 学习), list things (the materials to hand in, the projects that
 * qualify), not sections: a section has text under it.  Asked at item 1 (the run is then taken as a list) and
 * for the items after it while the run goes on. */
enum { LIST_ITEM_MEAN_CHARS = 14 };
/* How far above a list's first item its letter item may stand. */
enum { LETTER_ITEM_LOOK = 3 };

/* True when PARAGRAPH of DOC, a list's first item 1）, stands under an
 * item lettered a） b）, no more than LETTER_ITEM_LOOK paragraphs above it
 * with no other numbered line between: the second level of a standard's
 * list (GB/T 1.1: a） 危险废物环境重点监管单位 / 具备下列条件之一的单位，
 * 纳入…： / 1） 同一生产经营场所…), items of the clause, no headings. */
static bool
under_letter_item(const struct doc *doc, size_t paragraph)
{
	for (size_t k = paragraph; k > 0 && paragraph - k < LETTER_ITEM_LOOK;) {
		const struct paragraph *p = &doc->paragraphs[--k];
		const char *s = doc->text + p->offset;
		struct label other;

		if (label_letter_item(s, p->length) > 0)
			return true;
		if (label_parse(s, p->length, &other))
			return false;
	}
	return false;
}


static bool
is_bare_list(struct builder *b, size_t paragraph, const struct label *l, int key)
{
	const struct doc *doc = b->doc;
	size_t j = paragraph, chars = 0, colon_body;
	long long expected = 1, phrases = 0, stops = 0;

	if (l->style != STYLE_ARABIC_PAREN && l->style != STYLE_ARABIC_HALF &&
	    l->style != STYLE_CIRCLED)
		return false;
	if (b->list_key == key)
		return true;
	if (l->number != 1)
		return false;
	if (l->style == STYLE_ARABIC_HALF && under_letter_item(doc, paragraph))
		return true;
	for (;;) {
		const struct paragraph *p = &doc->paragraphs[j];
		const char *s = doc->text + p->offset;
		struct label item;

		if (!label_parse(s, p->length, &item) || item.style != l->style ||
		    item.number != expected)
			return false;
		/* 统筹督导：负责… is a titled item with its text run in. */
		phrases += one_phrase(s + item.title, p->length - item.title) &&
			   !label_colon_title(s + item.title, p->length - item.title, &colon_body);
		chars += utf8_count(s + item.title, p->length - item.title);
		{
			size_t m = p->length;
			while (m > 0 && utf8_space_before(s, s + m))
				m -= utf8_space_before(s, s + m);
			stops += m >= 3 && memcmp(s + m - 3, "。", 3) == 0;
		}
		if (++j == doc->paragraph_count)
			break;
		p = &doc->paragraphs[j];
		s = doc->text + p->offset;
		if (label_parse(s, p->length, &item) && item.style == l->style &&
		    item.number == expected + 1) {
			expected++;
			continue;
		}
		break;
	}
	/* two items at least, none but the last with text of its own, not
	 * all of them sentences closed by 。 (核对表具的检定合格证是否在有效
	 * 期内。 is a step of a procedure: the points of a section) */
	return expected >= 2 && phrases * 3 >= expected * 2 && stops < expected &&
	       chars >= (size_t)expected * LIST_ITEM_MEAN_CHARS;
}

/* ---- unnumbered part headings ------------------------------------------- */

/* A notice prints the title of the plan it issues above the plan's 一、; a
 * work report has parts such as “十四五”时期工作回顾 above each run of 一、.
 * Such a line is a heading of its own level, found by looking back from
 * the first heading of a sequence. */

enum {
	PART_MAX_CHARS = 40, PART_LOOK_BACK = 6, TABLE_CELL_CHARS = 6, TABLE_WIDE_CELL_CHARS = 12,
	TABLE_HEADER_CELLS = 3
};

static bool
same_text(const char *s, size_t n, const char *other)
{
	return other && strlen(other) == n && memcmp(s, other, n) == 0;
}


/* The length of S (N bytes) without the reference to a note that ends it:
 * 江西省2022年国民经济和社会发展统计公报[1] (also ［1］). */
static size_t
without_note_mark(const char *s, size_t n)
{
	size_t end = n, digits = 0;

	while (end > 0 && utf8_space_before(s, s + end))
		end -= utf8_space_before(s, s + end);
	if (end >= 1 && s[end - 1] == ']')
		end -= 1;
	else if (end >= 3 && memcmp(s + end - 3, "］", 3) == 0)
		end -= 3;
	else
		return n;
	while (end > 0 && s[end - 1] >= '0' && s[end - 1] <= '9' && digits < 3) {
		end--;
		digits++;
	}
	if (digits > 0 && end >= 1 && s[end - 1] == '[')
		return end - 1;
	if (digits > 0 && end >= 3 && memcmp(s + end - 3, "［", 3) == 0)
		return end - 3;
	return n;
}

/* The length of S (N bytes) without the short note in brackets that ends
 * it (某某条例（征求意见稿）, a database's 某某法(2017修正) in half-width
 * brackets, or the two mixed), or N when it ends with none. */
static size_t
without_bracket_note(const char *s, size_t n)
{
	const char *open = NULL;
	size_t close;

	if (n >= 9 && memcmp(s + n - 3, "）", 3) == 0)
		close = 3;
	else if (n >= 7 && s[n - 1] == ')')
		close = 1;
	else
		return n;
	for (const char *p = s; p < s + n - close; p++)
		if (*p == '(' || (p + 3 <= s + n - close && memcmp(p, "（", 3) == 0))
			open = p;
	if (!open || open == s || (size_t)(s + n - open) > 3 * 12)
		return n;
	return (size_t)(open - s);
}

/* True when S (N bytes) is the document's title said again, in full or
 * its end (政府工作报告 under 2025年湖南省政府工作报告), with or without
 * its quotation marks (绍兴市教育事业“十四五”发展规划 under
 * 《绍兴市教育事业十四五发展规划》) or a note's reference after it: the
 * title, not a part. */
static bool
title_repeated(const struct doc *doc, const char *s, size_t n)
{
	enum { CAP = 400 };
	char title[CAP], line[CAP];
	size_t t, k;

	if (!doc->title)
		return false;
	k = utf8_words(s, without_note_mark(s, n), line, 0, CAP);
	if (k > CAP || k == 0)
		return false;
	/* the title with the stage of its draft after it or without:
	 * 某某规划（征求意见稿） said again as 某某规划 */
	for (size_t len = strlen(doc->title), pass = 0; pass < 2; pass++, len = without_bracket_note(doc->title, len)) {
		t = utf8_words(doc->title, len, title, 0, CAP);
		if (t <= CAP && k <= t && (k == t || k >= 12) && memcmp(title + t - k, line, k) == 0)
			return true;
	}
	return false;
}

/* True when the title of DOC is a copier's page heading: a Markdown
 * heading with the copier's block under it, key lines and a rule (---)
 * within COPIER_BLOCK paragraphs.  (A law's title over the order that
 * promulgates it, or a standard's over its 前言, is the document's own.) */
enum { COPIER_BLOCK = 10 };

static bool
copied_page(const struct doc *doc)
{
	size_t t = doc->title_paragraph;

	if (t == SIZE_MAX || doc->paragraphs[t].md_level == 0)
		return false;
	/* a copier that writes its keys as front matter above the heading */
	if (doc->front_matter)
		return true;
	for (size_t i = t + 1; i < doc->paragraph_count && i <= t + COPIER_BLOCK; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		size_t k = 0;

		while (k < p->length && doc->text[p->offset + k] == '-')
			k++;
		if (k >= 2 && k == p->length && p->md_level == 0)
			return true;
	}
	return false;
}

/* True when PARAGRAPH of DOC stands below the text of a letter or a
 * notice that opens the document (各有关单位： … 现印发给你们 … 。 /
 * 某某委员会 / date): a sentence closed by 。 above it, under the title.
 * The title said again there, when the title is a copier's page
 * heading, is that of the text the notice issues, which the heading
 * names alone (# 某某规划 over 某某委关于印发某某规划的通知 … 某某规划):
 * a part of the document, not its title. */
static bool
below_opening_text(const struct doc *doc, size_t paragraph)
{
	size_t from = doc->title_paragraph != SIZE_MAX ? doc->title_paragraph + 1 : 0;

	if (!copied_page(doc))
		return false;

	for (size_t i = from; i < paragraph && i < doc->paragraph_count; i++) {
		const struct paragraph *q = &doc->paragraphs[i];
		if (q->md_level == 0 && utf8_find3(doc->text + q->offset, q->length, "。"))
			return true;
	}
	return false;
}

static const char *trimmed(const char *s, size_t *n);

/* True when T (M bytes) names S (N bytes) in book-title marks: 《S》. */
static bool
names_in_marks(const char *t, size_t m, const char *s, size_t n)
{
	for (size_t i = 0; i + 6 + n <= m; i++)
		if (memcmp(t + i, "《", 3) == 0 && memcmp(t + i + 3, s, n) == 0 && memcmp(t + i + 3 + n, "》", 3) == 0)
			return true;
	return false;
}

/* True when PARAGRAPH (S, N bytes) of DOC is the document that the title
 * names in book-title marks (关于公示《某某总结报告》, 关于印发《某某
 * 方案》的通知), set below the notice's opening text (各位教工：… 公示
 * 如下： or …。): the enclosure's own title, a part of the document.  A
 * headline that is the name alone in its marks (# 《某某管理办法》 over
 * 《某某管理办法》已经…通过，现予印发。) names it too, though the title
 * read from it has lost the marks. */
static bool
enclosure_named(const struct doc *doc, size_t paragraph, const char *s, size_t n)
{
	size_t from = doc->title_paragraph != SIZE_MAX ? doc->title_paragraph + 1 : 0;

	if (!doc->title || n == 0)
		return false;
	s = trimmed(s, &n);
	if (!names_in_marks(doc->title, strlen(doc->title), s, n) &&
	    !(doc->title_paragraph != SIZE_MAX &&
	      names_in_marks(doc->text + doc->paragraphs[doc->title_paragraph].offset,
			     doc->paragraphs[doc->title_paragraph].length, s, n)))
		return false;
	for (size_t i = from; i < paragraph && i < doc->paragraph_count; i++) {
		const struct paragraph *q = &doc->paragraphs[i];
		const char *t = doc->text + q->offset;
		if (utf8_find3(t, q->length, "。") || utf8_ends_with(t, q->length, "："))
			return true;
	}
	return false;
}

/* True when PARAGRAPH is a middle line of a title set over three lines or
 * more (国务院办公厅关于全面推行 / 行政执法公示制度执法全过程记录制度 /
 * 重大执法决定法制审核制度的指导意见): the lines from the title's first
 * down to it, put together, begin the title, and some of the title is
 * left for the lines after it.  The last line is the title's end, which
 * title_repeated tells. */
static bool
title_middle(const struct doc *doc, size_t paragraph)
{
	enum { CAP = 400 };
	char title[CAP], lines[CAP];
	size_t t, k = 0, first = doc->title_paragraph;

	if (!doc->title || first == SIZE_MAX || paragraph <= first || paragraph - first > 4)
		return false;
	t = utf8_words(doc->title, strlen(doc->title), title, 0, CAP);
	if (t > CAP)
		return false;
	for (size_t i = first; i <= paragraph; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		size_t m = utf8_words(doc->text + p->offset, p->length, lines, k, CAP);
		if (m == k || m > CAP)
			return false;
		k = m;
	}
	return k < t && memcmp(title, lines, k) == 0;
}

/* True when PARAGRAPH is a line of the title said again over two lines
 * or more (固体废物鉴别标准 / 通则 above a standard's clause 1, its
 * cover's title set in two lines there too): lines next to each other,
 * it among them, up to four in all, which put together are the whole
 * title, the title's own paragraph not among them. */
static bool
title_again_in_lines(const struct doc *doc, size_t paragraph)
{
	enum { CAP = 400, LINES = 4 };
	char title[CAP], lines[CAP];
	size_t t;

	if (!doc->title)
		return false;
	t = utf8_words(doc->title, strlen(doc->title), title, 0, CAP);
	if (t > CAP)
		return false;
	/* (it must be some of the title: most lines are not) */
	{
		const struct paragraph *p = &doc->paragraphs[paragraph];
		size_t m = utf8_words(doc->text + p->offset, p->length, lines, 0, CAP);
		if (m == 0 || m >= t || !memmem(title, t, lines, m))
			return false;
	}
	for (size_t from = paragraph >= LINES - 1 ? paragraph - (LINES - 1) : 0; from <= paragraph; from++) {
		size_t k = 0;

		for (size_t i = from; i < doc->paragraph_count && i < from + LINES; i++) {
			const struct paragraph *p = &doc->paragraphs[i];
			size_t m;

			if (i == doc->title_paragraph)
				break;
			m = utf8_words(doc->text + p->offset, p->length, lines, k, CAP);
			if (m == k || m > t || memcmp(title, lines, m) != 0)
				break;
			k = m;
			if (k == t) {
				if (i > from && i >= paragraph)
					return true;
				break;
			}
		}
	}
	return false;
}

/* True when S (N bytes) is the end of the issuer, after a space: the
 * speaker's name on a line of its own under 国务院总理. */
static bool
issuer_end(const struct doc *doc, const char *s, size_t n)
{
	size_t k = doc->issuer ? strlen(doc->issuer) : 0;

	return n >= 6 && k > n && memcmp(doc->issuer + k - n, s, n) == 0 &&
	       doc->issuer[k - n - 1] == ' ';
}

/* S (N bytes) without the white space around it. */
static const char *
trimmed(const char *s, size_t *n)
{
	size_t sp;

	while (*n > 0 && (sp = utf8_space_at(s, *n)) > 0) {
		s += sp;
		*n -= sp;
	}
	while (*n > 0 && (sp = utf8_space_before(s, s + *n)) > 0)
		*n -= sp;
	return s;
}

/* True when PARAGRAPH is the speaker line under the title, or the same
 * line again where a page prints the report a second time. */
static bool
speaker_again(const struct doc *doc, size_t paragraph)
{
	const struct paragraph *p = &doc->paragraphs[paragraph], *q;
	size_t n = p->length, m;
	const char *s = trimmed(doc->text + p->offset, &n), *t;

	if (doc->speaker_paragraph == SIZE_MAX)
		return false;
	if (paragraph == doc->speaker_paragraph)
		return true;
	q = &doc->paragraphs[doc->speaker_paragraph];
	m = q->length;
	t = trimmed(doc->text + q->offset, &m);
	return n == m && n > 0 && memcmp(s, t, n) == 0;
}

/* True when PARAGRAPH follows, with no blank line between, a line of text
 * that stops in the middle of its sentence (…酒店通过非 / 法操作盗用天然气，
 * …): it is that sentence going on, whatever the wrap width, not a line of
 * its own.  The line above holds a sentence mark (，or 。) to be text, and
 * ends with none, nor with a closing bracket or quotation mark. */
static bool
goes_on_from_above(const struct doc *doc, size_t paragraph)
{
	const struct paragraph *p = &doc->paragraphs[paragraph], *q;
	const char *t;
	size_t m;

	if (paragraph == 0 || p->blank_before || paragraph - 1 == doc->title_paragraph)
		return false;
	q = &doc->paragraphs[paragraph - 1];
	t = doc->text + q->offset;
	m = q->length;
	while (m > 0 && utf8_space_before(t, t + m))
		m -= utf8_space_before(t, t + m);
	if (m < 3 || q->md_level > 0 || label_ends_punctuated(t, m) || lines_end_sentence(t, m))
		return false;
	return utf8_find3(t, m, "，") || utf8_find3(t, m, "。");
}

/* True when S (N bytes) leaves the bracket OPEN open, or closes one
 * (CLOSE) it did not open. */
static bool
unbalanced(const char *s, size_t n, const char *open, const char *close)
{
	size_t k = strlen(open), m = strlen(close);
	long depth = 0;

	for (size_t i = 0; i < n; i++) {
		if (n - i >= k && memcmp(s + i, open, k) == 0)
			depth++;
		else if (n - i >= m && memcmp(s + i, close, m) == 0 && --depth < 0)
			return true;
	}
	return depth > 0;
}

/* True when S (N bytes) is spaced a character apart (国 务 院 工 作 规
 * 则): four Han characters or more, each alone between spaces. */
static bool
letter_spaced(const char *s, size_t n)
{
	size_t han = 0, run = 0;

	for (size_t i = 0; i < n;) {
		size_t sp = utf8_space_at(s + i, n - i);
		uint32_t c;
		if (sp) {
			run = 0;
			i += sp;
			continue;
		}
		i += utf8_decode(s + i, n - i, &c);
		if (!utf8_is_han(c) || ++run > 1)
			return false;
		han++;
	}
	return han >= 4;
}

/* True when S (N bytes), past the white space that ends it, ends with the
 * enumeration comma 、 (…逾期不补正、): its list goes on past the line. */
static bool
ends_with_list_comma(const char *s, size_t n)
{
	s = trimmed(s, &n);
	return n >= 3 && memcmp(s + n - 3, "、", 3) == 0;
}

/* True when S (N bytes), white space around it aside, is a date and
 * nothing more: 2024年10月10日, 二〇二二年十二月 (a cover's month), 2022年. */
static bool
date_line(const char *s, size_t n)
{
	struct date d;

	s = trimmed(s, &n);
	return n > 0 && date_at(&date_grammar_plain, s, n, 0, &d) == DATE_FOUND && d.length == n;
}

/* True when S (N bytes) is a date alone in brackets: the day a speech's
 * part was given (（一九四二年五月二日） under ## 引言), which dates the
 * part and heads nothing.  A bare year or date (## 2023年 of a chronicle)
 * may head its part, and is not one. */
static bool
dateline_alone(const char *s, size_t n)
{
	s = trimmed(s, &n);
	if (n > 6 && memcmp(s, "（", 3) == 0 && memcmp(s + n - 3, "）", 3) == 0)
		return date_line(s + 3, n - 6);
	if (n > 2 && s[0] == '(' && s[n - 1] == ')')
		return date_line(s + 1, n - 2);
	return false;
}

/* True when S (N bytes), past its white space, opens with a mark that
 * closes a pair (” ’ ） 》 」 』 】 〕): the tail of a sentence, as a copy
 * cut one and marked it as a heading (## ”⑴, a quotation's end and its
 * note), never a title's start. */
static bool
opens_with_closing_mark(const char *s, size_t n)
{
	static const char *const marks[] = { "”", "’", "）", "》", "」", "』", "】", "〕" };

	s = trimmed(s, &n);
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (utf8_starts_with(s, n, marks[i]))
			return true;
	return n > 0 && s[0] == ')';
}

enum { CUT_TAIL_MAX_CHARS = 4 };

/* True when the Markdown heading PARAGRAPH of DOC is a sentence a copy cut
 * in two and marked as a heading (## 一二九运动的成功，证明了…原则的正
 * over 确性。和这种…): a clause inside it (，), no label, no mark closing
 * it, and the paragraph under it, no heading, opening with the sentence's
 * tail: at most CUT_TAIL_MAX_CHARS characters up to its 。. */
static bool
cut_sentence_heading(const struct doc *doc, size_t paragraph)
{
	const struct paragraph *p = &doc->paragraphs[paragraph], *next;
	const char *s = doc->text + p->offset, *t, *stop;
	size_t n = p->length, chars = 0;
	struct label l;

	if (paragraph + 1 >= doc->paragraph_count)
		return false;
	next = &doc->paragraphs[paragraph + 1];
	s = trimmed(s, &n);
	if (n == 0 || next->md_level > 0 || !utf8_find3(s, n, "，") || label_ends_punctuated(s, n) ||
	    label_parse(s, n, &l) || label_run_in(s, n, &l))
		return false;
	t = doc->text + next->offset;
	stop = utf8_find3(t, next->length, "。");
	if (!stop || stop == t)
		return false;
	for (const char *c = t; c < stop; c += utf8_length(c, (size_t)(stop - c)), chars++) {
		uint32_t u;
		utf8_decode(c, (size_t)(stop - c), &u);
		if (chars >= CUT_TAIL_MAX_CHARS || u < 0x4e00 || u > 0x9fff)
			return false;
	}
	return true;
}

/* True when S (N bytes), its white space closed up, is one of the COUNT
 * WORDS. */
static bool
closed_up_word(const char *s, size_t n, const char *const *words, size_t count)
{
	char closed[16];
	size_t k = utf8_close_up(s, n, closed, sizeof closed - 1);

	if (k == SIZE_MAX)
		return false;
	closed[k] = '\0';
	for (size_t i = 0; i < count; i++)
		if (strcmp(closed, words[i]) == 0)
			return true;
	return false;
}

/* True when S (N bytes) is a word of two characters set apart that
 * names a division of a text (前 言, 总 则, 附 则, 结 论), as a standard
 * or a PDF's centred heading spaces it: no name (王 琛). */
static bool
spaced_division_word(const char *s, size_t n)
{
	static const char *const words[] = { "前言", "序言", "引言", "导言", "总则", "附则", "结论", "结语" };

	return closed_up_word(s, n, words, sizeof words / sizeof words[0]);
}

/* True when S (N bytes) is the heading of a text's front matter alone,
 * maybe spaced apart: 前言, 序言, 引言, 导言. */
static bool
front_matter_word(const char *s, size_t n)
{
	static const char *const words[] = { "前言", "序言", "引言", "导言" };

	return closed_up_word(s, n, words, sizeof words / sizeof words[0]);
}

/* True when the white space at I in S (N bytes) parts a year's digits
 * from its 年, as a Word or PDF copy sets them (2022 年度…统计公报): no
 * gap between words. */
static bool
year_spaced(const char *s, size_t n, size_t i)
{
	size_t k = i;

	if (i == 0 || !(s[i - 1] >= '0' && s[i - 1] <= '9'))
		return false;
	while (k < n && s[k] == ' ')
		k++;
	return k > i && utf8_starts_with(s + k, n - k, "年");
}

/* True when PARAGRAPH of DOC, below the title block, is the document's
 * issuer said again alone on its line. */
static bool
issuer_again(const struct doc *doc, size_t paragraph)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	size_t n = p->length;
	const char *s = trimmed(doc->text + p->offset, &n);

	return doc->title_paragraph != SIZE_MAX && paragraph > doc->title_paragraph + 1 &&
	       same_text(s, n, doc->issuer);
}

/* True when S (N bytes, trimmed) is a standard's code alone (GB 8702—2014,
 * GB/T 9704-2012, HJ 554—2010, DB44/ 2367—2022), as a standard heads each
 * of its pages with it: capitals, maybe /T or /Z, a number, a dash and the
 * year. */
static bool
standard_code_alone(const char *s, size_t n)
{
	size_t i = 0, caps = 0, digits = 0, year = 0;

	while (i < n && s[i] >= 'A' && s[i] <= 'Z')
		i++, caps++;
	if (caps == 0 || caps > 4)
		return false;
	while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '/' || s[i] == ' ' || s[i] == 'T' ||
			 s[i] == 'Z' || s[i] == '.'))
		digits += s[i] >= '0' && s[i] <= '9', i++;
	if (digits == 0)
		return false;
	if (i + 3 <= n && (memcmp(s + i, "—", 3) == 0 || memcmp(s + i, "―", 3) == 0 || memcmp(s + i, "－", 3) == 0))
		i += 3;
	else if (i < n && s[i] == '-')
		i++;
	else
		return false;
	if (i + 3 <= n && memcmp(s + i, "—", 3) == 0)
		i += 3;   /* a dash set twice (——) */
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++, year++;
	return i == n && (year == 4 || year == 2);
}

/* What a paragraph above the first heading of a sequence is. */
enum part_line { PART_TEXT, PART_NOTE, PART_HEADING, PART_OTHER };

static enum part_line
part_line(const struct builder *b, size_t paragraph)
{
	const struct doc *doc = b->doc;
	const struct paragraph *p = &doc->paragraphs[paragraph];
	const char *s = doc->text + p->offset;
	size_t n = p->length, chars;
	struct label l;

	while (n > 0 && utf8_space_before(s, s + n))
		n -= utf8_space_before(s, s + n);
	if (n == 0)
		return PART_NOTE;
	/* a page's number, or a standard's code atop its page, between two
	 * pages' text hides nothing above it */
	if (lines_page_number(s, n) || standard_code_alone(s, n))
		return PART_NOTE;
	/* (一九五五年三月三十一日) and （此件公开发布） under a heading, a
	 * note's mark maybe after it (（…修正）①). */
	{
		size_t m = n;
		uint32_t c;
		while (m >= 3 && u8_mbtouc(&c, (const uint8_t *)s + m - 3, 3) == 3 && c >= 0x2460 &&
		       c <= 0x2473)
			m -= 3;
		if ((utf8_starts_with(s, m, "（") || s[0] == '(') &&
		    ((m >= 3 && memcmp(s + m - 3, "）", 3) == 0) || s[m - 1] == ')'))
			return PART_NOTE;
	}
	/* In hard-wrapped text a line as long as the wrap was cut there:
	 * its sentence went on in a line lost or taken for a heading. */
	if (label_ends_punctuated(s, n) || utf8_find3(s, n, "。") || utf8_find3(s, n, "：") ||
	    utf8_find3(s, n, "；") || p->full || goes_on_from_above(doc, paragraph))
		return PART_TEXT;
	/* …修正案 / （十 / 一）》修正）: a line that leaves a bracket open,
	 * or closes one it did not open, was cut from its sentence; a
	 * heading closes what it opens. */
	if (unbalanced(s, n, "（", "）") || unbalanced(s, n, "(", ")") || unbalanced(s, n, "《", "》"))
		return PART_TEXT;
	/* The first line of a report is its title, read as one or not; the
	 * speaker line under it (国务院总理李某, a name alone) is no part. */
	if (p->md_level > 0 || label_prefix_length(s, n) > 0 || label_padded(s, n, &l) ||
	    paragraph == doc->title_paragraph || paragraph == doc_title_second(doc) ||
	    paragraph == 0 || speaker_again(doc, paragraph) || contents_heading(doc, paragraph) ||
	    same_text(s, n, doc->issuer) ||
	    ((same_text(s, n, doc->title) || title_repeated(doc, s, n) ||
	      title_again_in_lines(doc, paragraph)) &&
	     !below_opening_text(doc, paragraph) && !enclosure_named(doc, paragraph, s, n)) ||
	    title_middle(doc, paragraph) || issuer_end(doc, s, n) || same_text(s, n, doc->docno))
		return PART_OTHER;
	chars = utf8_count(s, n);
	if (chars < 2 || chars > PART_MAX_CHARS)
		return PART_OTHER;
	/* 国务院总理 李克强, 表1 主要指标: a name or a caption, not a part
	 * (a title spaced a character apart, 国 务 院 工 作 规 则, is one);
	 * ——2015年3月5日在…: a subtitle; 2024年10月10日: a date. */
	if (!letter_spaced(s, n) && !spaced_division_word(s, n))
		for (size_t i = 0; i < n; i++)
			if (utf8_space_at(s + i, n - i) && !year_spaced(s, n, i))
				return PART_OTHER;
	if (utf8_starts_with(s, n, "—") || utf8_starts_with(s, n, "-") ||
	    (n >= 3 && memcmp(s + n - 3, "日", 3) == 0 && utf8_find3(s, n, "年")))
		return PART_OTHER;
	/* 二〇二二年十二月, 2022年12月: a cover's date, with no day. */
	if (date_line(s, n))
		return PART_OTHER;
	/* 2025年3月21日在…第五次会议上: a subtitle without its dash. */
	if (utf8_find3(s, n, "年") && memmem(s, n, "日在", 6) && utf8_find3(s, n, "会议上"))
		return PART_OTHER;
	return PART_HEADING;
}

/* True when PARAGRAPH of DOC is a person's name alone, two to four Han
 * characters, maybe spaced apart (王  琛, 孙洪亮). */
static bool
name_alone(const struct doc *doc, size_t paragraph)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	const char *s = doc->text + p->offset;
	size_t han = 0, len;
	uint32_t c;

	for (size_t i = 0; (len = utf8_next_nonspace(s, p->length, &i, &c)) > 0; i += len)
		if (!utf8_is_han(c) || ++han > 4)
			return false;
	return han >= 2;
}

/* True when S (N bytes) reads as the title of a document: it ends with a
 * genre word (方案, 规划, 办法…), read closed up when the title is spaced
 * a character apart (国 务 院 工 作 规 则). */
static bool
text_names_genre(const char *s, size_t n)
{
	char words[4 * PART_MAX_CHARS + 1];
	size_t k = 0;
	bool spaced = letter_spaced(s, n);

	for (size_t i = 0; i < n;) {
		size_t sp = spaced ? utf8_space_at(s + i, n - i) : 0;
		if (sp) {
			i += sp;
			continue;
		}
		if (k + 1 >= sizeof words)
			return false;
		words[k++] = s[i++];
	}
	words[k] = '\0';
	return genre_of_title(words) != NULL;
}

/* True when PARAGRAPH of DOC reads as the title of a document. */
static bool
names_genre(const struct doc *doc, size_t paragraph)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	size_t n = p->length;
	const char *s = trimmed(doc->text + p->offset, &n);

	return text_names_genre(s, n);
}

enum { TITLE_LINE_MIN_CHARS = 5, ATTACHMENT_MARK_CHARS = 6 };

/* True when the N bytes at S name an attachment (附件1, 附表二, 附录). */
static bool
names_attachment(const char *s, size_t n)
{
	/* (each 附 looked at once, not the text searched three times) */
	for (const char *at = s; (at = utf8_find3(at, n - (size_t)(at - s), "附")) != NULL; at += 3) {
		size_t rest = n - (size_t)(at - s) - 3;
		if (utf8_starts_with(at + 3, rest, "件") || utf8_starts_with(at + 3, rest, "表") ||
		    utf8_starts_with(at + 3, rest, "录"))
			return true;
	}
	return false;
}

/* True when the N bytes at S are an attachment's mark alone: 附件, 附件1,
 * 附件二, 附表3 (a colon after it or not), at most ATTACHMENT_MARK_CHARS
 * characters. */
static bool
attachment_mark(const char *s, size_t n)
{
	size_t lead = utf8_spaces(s, n);

	/* (A mark opens with its word: a paragraph that does not is passed
	 * over from its first bytes, its end and length unread.) */
	if (n - lead < 6 || !names_attachment(s + lead, 6))
		return false;
	s = trimmed(s, &n);
	utf8_drop_colon(s, &n);
	return n >= 6 && names_attachment(s, 6) && utf8_count(s, n) <= ATTACHMENT_MARK_CHARS &&
	       !utf8_find3(s, n, "。") && !utf8_find3(s, n, "，");
}

/* The nearest paragraph above PARAGRAPH of DOC that holds words, or
 * SIZE_MAX when none. */
static size_t
line_above(const struct doc *doc, size_t paragraph)
{
	while (paragraph-- > 0)
		if (doc->paragraphs[paragraph].length > 0)
			return paragraph;
	return SIZE_MAX;
}

enum { ATTACHMENT_TITLE_CHARS = 40 };

/* True when PARAGRAPH of B's document titles an attachment beside one
 * already made a part: it stands right under an attachment's mark
 * (附件2), names a genre, alone or with the line right under it (某县某村 /
 * 地质险情调查意见), holds no sentence, and the open top-level part is an
 * unnumbered one right under a mark of its own (附件1 / 关于…的报告).
 * Each attachment is a document: its title a part beside the others,
 * numbered headings under it or not. */
static bool
next_attachment_title(const struct builder *b, size_t paragraph)
{
	const struct doc *doc = b->doc;
	const struct paragraph *p = &doc->paragraphs[paragraph];
	size_t above = line_above(doc, paragraph), n = p->length, first;
	const char *s = trimmed(doc->text + p->offset, &n);
	const struct outline_node *top;

	if (b->depth == 0 || above == SIZE_MAX ||
	    !attachment_mark(doc->text + doc->paragraphs[above].offset, doc->paragraphs[above].length) ||
	    n == 0 || utf8_count(s, n) > ATTACHMENT_TITLE_CHARS || utf8_find3(s, n, "。") ||
	    utf8_find3(s, n, "，") || utf8_find3(s, n, "："))
		return false;
	if (!names_genre(doc, paragraph)) {
		const struct paragraph *q;
		size_t m;
		const char *t;
		if (paragraph + 1 >= doc->paragraph_count || doc->paragraphs[paragraph + 1].blank_before)
			return false;
		q = &doc->paragraphs[paragraph + 1];
		m = q->length;
		t = trimmed(doc->text + q->offset, &m);
		if (!names_genre(doc, paragraph + 1) || utf8_count(s, n) + utf8_count(t, m) > ATTACHMENT_TITLE_CHARS ||
		    utf8_find3(t, m, "。") || utf8_find3(t, m, "，"))
			return false;
	}
	top = b->stack[0].node;
	if (top->style != STYLE_NONE || (first = line_above(doc, top->paragraph)) == SIZE_MAX)
		return false;
	return attachment_mark(doc->text + doc->paragraphs[first].offset, doc->paragraphs[first].length);
}

/* True when PARAGRAPH of DOC opens with 关于 and ends with the name of the
 * document it is about, in book-title marks (关于贯彻《某某市物业管理条例》
 * over 推进小区治理的实施方案): the genre word is the cited law's, and the
 * title's own comes on the line below. */
static bool
cites_what_it_is_about(const struct doc *doc, size_t paragraph)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	size_t n = p->length;
	const char *s = trimmed(doc->text + p->offset, &n);

	return utf8_starts_with(s, n, "关于") && n >= 3 && memcmp(s + n - 3, "》", 3) == 0 &&
	       utf8_find3(s, n, "《") != NULL;
}

/* The length of the year that opens S of N bytes and names the period a
 * title is for (2037年某区某某行业 / 某某工作方案): four digits and 年,
 * then neither a digit nor 月 (2037年5月7日 is a date) -- else 0. */
static size_t
leading_year_length(const char *s, size_t n)
{
	static const char year[] = "年", month[] = "月";
	size_t y = sizeof year - 1;

	if (n < 4 + y)
		return 0;
	for (size_t k = 0; k < 4; k++)
		if (s[k] < '0' || s[k] > '9')
			return 0;
	if (memcmp(s + 4, year, y) != 0)
		return 0;
	if (n == 4 + y || (s[4 + y] >= '0' && s[4 + y] <= '9') ||
	    (n - 4 - y >= sizeof month - 1 && memcmp(s + 4 + y, month, sizeof month - 1) == 0))
		return 0;
	return 4 + y;
}

/* The first line of the part title whose line PARAGRAPH was found: the
 * line right above it when the title is broken over the two -- the lower
 * ends with a genre word, the upper reads as a heading too and has none,
 * and it is left unfinished (it opens with 关于: 关于某某班（校） / 扩大规模
 * 有关问题的请示; or ends with a word such as 和, 的: …趋势和 / 加强…的报告)
 * or else is long enough to have been broken, holds no number but the
 * year it opens with (2037年某区某某行业 / “某某行动”工作方案) and is
 * not the line right under an attachment's mark (附件, 附件1), which is that
 * attachment's whole title (某某事业单位 / 转制为企业的规定; but 图片
 * above 某某方案 is a caption, 附件 / 某某评分表 / 某某方案 two titles); an
 * upper line that names a body (某某市人民政府办公室 above 某某方案 is its
 * issuer) or marks an attachment (附件1) is never one -- else PARAGRAPH.
 * FLOOR: the first paragraph after the last heading; B may be NULL (the
 * part's title already found, then only the words count). */
static size_t
part_title_start(const struct builder *b, const struct doc *doc, size_t paragraph, size_t floor)
{
	static const char *const open_ends[] = { "和", "及", "与", "暨", "的", "、", "之" };
	const struct paragraph *p;
	size_t n;
	const char *s;

	if (paragraph == 0 || paragraph - 1 < floor || (b && part_line(b, paragraph - 1) != PART_HEADING) ||
	    !names_genre(doc, paragraph) ||
	    (names_genre(doc, paragraph - 1) && !cites_what_it_is_about(doc, paragraph - 1)))
		return paragraph;
	p = &doc->paragraphs[paragraph - 1];
	n = p->length;
	s = trimmed(doc->text + p->offset, &n);
	if (meta_names_body(s, n))
		return paragraph;
	/* 附件1, 附件二 above the title mark an attachment: no words of it */
	if (names_attachment(s, n))
		return paragraph;
	if (utf8_starts_with(s, n, "关于"))
		return paragraph - 1;
	for (size_t k = 0; k < sizeof open_ends / sizeof open_ends[0]; k++) {
		size_t m = strlen(open_ends[k]);
		if (n > m && memcmp(s + n - m, open_ends[k], m) == 0)
			return paragraph - 1;
	}
	if (utf8_count(s, n) < TITLE_LINE_MIN_CHARS)
		return paragraph;
	for (size_t k = leading_year_length(s, n); k < n; k++)
		if (s[k] >= '0' && s[k] <= '9')
			return paragraph;
	for (size_t k = paragraph - 1; k > 0; k--) {
		size_t m = doc->paragraphs[k - 1].length;
		const char *t = trimmed(doc->text + doc->paragraphs[k - 1].offset, &m);

		if (m > 0)
			return names_attachment(t, m) && utf8_count(t, m) <= ATTACHMENT_MARK_CHARS ?
			       paragraph : paragraph - 1;
	}
	return paragraph - 1;
}

enum { TABLE_ROW_CELL_CHARS = 8 };

/* True when paragraph I of DOC reads as the header row of a table: three
 * cells or more (序号  改革举措  主要内容), each short, one at least of
 * two characters or more, with no sentence mark; cells stand two spaces
 * apart or more, as the readers write a table's row and plain text sets
 * one.  A title spaced out a character at a time (某  某  市  工  作  方
 * 案) has cells of one character only, and is no header row. */
static bool
header_row(const struct doc *doc, size_t i)
{
	const struct paragraph *p = &doc->paragraphs[i];
	const char *s = doc->text + p->offset;
	size_t n = p->length, cells = 0, chars = 0;
	bool word = false;  /* a cell of two characters or more */

	if (n == 0 || utf8_find3(s, n, "。") || utf8_find3(s, n, "，") || utf8_find3(s, n, "：") ||
	    utf8_find3(s, n, "；"))
		return false;
	for (size_t k = 0; k <= n;) {
		size_t spaces = 0, sp;
		uint32_t c;
		while (k < n && (sp = utf8_space_at(s + k, n - k)) > 0) {
			k += sp;
			spaces++;
		}
		/* two spaces or more end a cell (one is inside it: 主 要 内 容) */
		if (k >= n || spaces >= 2) {
			if (chars > TABLE_ROW_CELL_CHARS)
				return false;
			cells += chars > 0;
			word = word || chars >= 2;
			chars = 0;
			if (k >= n)
				break;
		}
		k += utf8_decode(s + k, n - k, &c);
		chars++;
	}
	return cells >= TABLE_HEADER_CELLS && word;
}

/* True when the nearest line above PARAGRAPH (down to FLOOR, past blank
 * lines and notes) reads as a cell of a table's header row: a heading's
 * line of at most TABLE_WIDE_CELL_CHARS characters, no attachment's mark
 * (附件2 stands over a table's title, not beside its cells). */
static bool
cell_above(const struct builder *b, size_t paragraph, size_t floor)
{
	for (size_t k = paragraph; k > floor;) {
		const struct paragraph *p = &b->doc->paragraphs[--k];
		enum part_line kind = part_line(b, k);
		const char *s;
		size_t n;

		if (p->length == 0 || kind == PART_NOTE)
			continue;
		n = p->length;
		s = trimmed(b->doc->text + p->offset, &n);
		return kind == PART_HEADING && utf8_count(s, n) <= TABLE_WIDE_CELL_CHARS &&
		       !attachment_mark(s, n) && !(b->contents && b->contents->lines[k] != CONTENTS_NONE);
	}
	return false;
}

/* Whether a paragraph after FROM and before TO holds a sentence (a 。). */
static bool
text_between(const struct doc *doc, size_t from, size_t to)
{
	for (size_t i = from + 1; i < to; i++)
		if (utf8_find3(doc->text + doc->paragraphs[i].offset, doc->paragraphs[i].length, "。"))
			return true;
	return false;
}

static bool salutation_line(const char *s, size_t n);

/* The first paragraph of DOC after I that is not blank (the paragraph
 * count when none). */
static size_t
next_line(const struct doc *doc, size_t i)
{
	while (++i < doc->paragraph_count && doc->paragraphs[i].length == 0)
		;
	return i;
}

/* The paragraph that heads the part whose first numbered heading is in
 * PARAGRAPH: the nearest line above it that reads as a heading, with only
 * text and notes between, after the last heading -- or, further up, one
 * that names a genre past those that do not, or above the short cells of
 * a table's header row; SIZE_MAX when none.
 * The part's own table of contents (目录 and its entries: a 预案's
 * title, 目录, 1 总则 … 7 附则, then 1 总则) belongs to the part it
 * lists: the line right above 目录 is the part's title, or there is none.
 * Nor does a part start above a web page's headline, the title said again
 * with no sentence since the title: what stands above it (the column's
 * name, a breadcrumb) is the page's, not the document's. */
static size_t
part_above(const struct builder *b, size_t paragraph)
{
	const struct outline *o = b->outline;
	size_t floor = o->count > 0 ? o->nodes[o->count - 1]->paragraph + 1 : 0, found = SIZE_MAX;
	size_t cells = 0, k = paragraph;

	/* The short lines right above it, one after another: three or more
	 * are the cells of a table's header row (一级指标 / 二级指标 / 指标说明),
	 * not a title; the title is the heading above them.  A wider cell
	 * stands among them when another cell stands right above it (序号 /
	 * 内容 / 2024年工作任务 / 2025年工作计划 / 备注): a title stands over
	 * the cells, not between them. */
	while (k > floor) {
		const struct paragraph *p = &b->doc->paragraphs[--k];
		enum part_line kind = part_line(b, k);
		size_t chars;

		if (p->length == 0 || kind == PART_NOTE)
			continue;
		/* the entries of a contents are no cells */
		if (kind != PART_HEADING || (b->contents && b->contents->lines[k] != CONTENTS_NONE))
			break;
		chars = utf8_count(b->doc->text + p->offset, p->length);
		if (chars > TABLE_CELL_CHARS && !(chars <= TABLE_WIDE_CELL_CHARS && cell_above(b, k, floor))) {
			if (cells >= TABLE_HEADER_CELLS)
				return k;
			break;
		}
		cells++;
	}
	for (size_t i = paragraph, seen = 0; i > floor && seen < PART_LOOK_BACK; seen++) {
		if (b->contents && (b->contents->lines[i - 1] != CONTENTS_NONE || contents_heading(b->doc, i - 1))) {
			/* Its entries (those the body words otherwise are rows
			 * of it), 目录, and right above that the part's title. */
			while (i > floor && (b->contents->lines[i - 1] != CONTENTS_NONE ||
					     doc_title_again(b->doc, i - 1)))
				i--;
			if (i <= floor || !contents_heading(b->doc, i - 1))
				return found;
			i--;
			return i > floor && part_line(b, i - 1) == PART_HEADING ?
			       part_title_start(b, b->doc, i - 1, floor) : found;
		}
		/* The header row of a table under the title (附件 / 某某清单 /
		 * 序号  改革举措  主要内容 / 一、…) hides no title above it. */
		if (header_row(b->doc, i - 1)) {
			i--;
			continue;
		}
		if (doc_title_again(b->doc, i - 1) && !text_between(b->doc, b->doc->title_paragraph, i - 1))
			return found;
		switch (part_line(b, --i)) {
		case PART_HEADING:
			/* A line that names no genre (图片, a caption's words)
			 * between a plan's title and its 一、 does not hide the
			 * title above it. */
			if (names_genre(b->doc, i))
				return part_title_start(b, b->doc, i, floor);
			if (found == SIZE_MAX)
				found = i;
			break;
		case PART_TEXT:
			/* 各位代表： right above it, and a clause's ， in it: the
			 * line opens the speech's text, cut where a PDF broke its
			 * sentence (受市人民政府委托，向大会提交…预算执行情 /
			 * 况与…); a title there (五年工作回顾) heads a part. */
			if (found != SIZE_MAX && next_line(b->doc, i) == found &&
			    salutation_line(b->doc->text + b->doc->paragraphs[i].offset, b->doc->paragraphs[i].length) &&
			    utf8_find3(b->doc->text + b->doc->paragraphs[found].offset, b->doc->paragraphs[found].length,
				       "，"))
				found = SIZE_MAX;
			break;
		case PART_NOTE:
			break;
		case PART_OTHER:
			if (doc_title_again(b->doc, i))
				break;
			/* a name right under a report's title: the one who
			 * gives that report; or the document's issuer said
			 * again under the title of a second document the copy
			 * sets after the first (two years' 统计公报 in one
			 * file, each title over the issuer's name) */
			if ((name_alone(b->doc, i) && !speaker_again(b->doc, i)) ||
			    issuer_again(b->doc, i)) {
				size_t j = i;
				while (j > floor && b->doc->paragraphs[j - 1].length == 0)
					j--;
				if (j > floor && part_line(b, j - 1) == PART_HEADING && names_genre(b->doc, j - 1))
					return part_title_start(b, b->doc, j - 1, floor);
			}
			return found;
		}
	}
	return found;
}

/* front_matter_above's look from PARAGRAPH down to FLOOR. */
static size_t
front_matter_look(const struct builder *b, size_t paragraph, size_t floor)
{
	for (size_t i = paragraph; i > floor;) {
		const struct paragraph *p;
		size_t n;
		const char *s;

		/* text alone since the last look, which went on from there */
		if (i == b->front_from && floor == b->front_floor)
			return b->front_found;
		p = &b->doc->paragraphs[--i];
		n = p->length;
		s = trimmed(b->doc->text + p->offset, &n);
		if (b->contents && b->contents->lines[i] != CONTENTS_NONE)
			return SIZE_MAX;
		switch (part_line(b, i)) {
		case PART_HEADING:
			return front_matter_word(s, n) ? i : SIZE_MAX;
		case PART_OTHER:
			/* a sentence's clause (…之日起，《某某》废止。), a
			 * line of a list (电场、磁场、…), a line too long for
			 * any heading: text cut from its sentence */
			if (!doc_title_again(b->doc, i) && !utf8_find3(s, n, "，") && !utf8_find3(s, n, "、") &&
			    utf8_count(s, n) <= PART_MAX_CHARS)
				return SIZE_MAX;
			break;
		case PART_TEXT:
		case PART_NOTE:
			break;
		}
	}
	return SIZE_MAX;
}

/* The paragraph of a front matter's heading (前言 and the like, alone on
 * its line) above PARAGRAPH, however much of its text stands between:
 * text, notes, page numbers and the title said again, nothing else; or
 * SIZE_MAX.  A standard's or a white paper's 前言 runs on for a page or
 * more above its first clause or part.  The look stops where the last
 * one started, under the same node, and takes its answer: each paragraph
 * is read once however many first headings (一、 said again and again)
 * ask. */
static size_t
front_matter_above(struct builder *b, size_t paragraph)
{
	const struct outline *o = b->outline;
	size_t floor = o->count > 0 ? o->nodes[o->count - 1]->paragraph + 1 : 0;
	size_t found = front_matter_look(b, paragraph, floor);

	b->front_from = paragraph;
	b->front_floor = floor;
	b->front_found = found;
	return found;
}

/* True when PARAGRAPH is a line of its own that reads as a heading and
 * stands between sentences of the body: text with 。 right above and right
 * below it. */
static bool
heading_among_text(const struct builder *b, size_t paragraph)
{
	const struct doc *doc = b->doc;
	size_t above = paragraph, below = paragraph + 1;

	while (above > 0 && doc->paragraphs[above - 1].length == 0)
		above--;
	while (below < doc->paragraph_count && doc->paragraphs[below].length == 0)
		below++;
	if (above == 0 || below >= doc->paragraph_count || part_line(b, paragraph) != PART_HEADING ||
	    names_genre(doc, paragraph))
		return false;
	return part_line(b, above - 1) == PART_TEXT && part_line(b, below) == PART_TEXT &&
	       utf8_find3(doc->text + doc->paragraphs[above - 1].offset, doc->paragraphs[above - 1].length,
			  "。") &&
	       utf8_find3(doc->text + doc->paragraphs[below].offset, doc->paragraphs[below].length, "。");
}

/* A plan whose parts lost their labels on the way to the page sets their
 * names alone among its text (总体要求 / 重点整治内容 / 工作安排 / 工作要求,
 * each between paragraphs of sentences): under the plan's title they are
 * its parts, the numbered points under them theirs.  A line is one when
 * it is a few Han characters alone among text, under a part that titles
 * a document (某某工作方案), and another such line comes within
 * PLAIN_PART_REACH paragraphs, or one came before: a lone line among text
 * may be a caption or a stray word. */
enum { PLAIN_PART_MIN_CHARS = 2, PLAIN_PART_MAX_CHARS = 10, PLAIN_PART_REACH = 40 };

/* True when PARAGRAPH of DOC is a few Han characters alone. */
static bool
plain_part_words(const struct doc *doc, size_t paragraph)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	size_t n = p->length, chars = 0;
	const char *s = trimmed(doc->text + p->offset, &n);

	if (p->md_level > 0)
		return false;
	for (size_t i = 0; i < n;) {
		uint32_t c;
		i += utf8_decode(s + i, n - i, &c);
		if (!utf8_is_han(c) || ++chars > PLAIN_PART_MAX_CHARS)
			return false;
	}
	return chars >= PLAIN_PART_MIN_CHARS;
}

static bool
plain_part_line(const struct builder *b, size_t paragraph, size_t *title)
{
	const struct doc *doc = b->doc;

	*title = SIZE_MAX;
	if (paragraph == doc->title_paragraph || (!b->plain_parts && b->outline->count > 0) ||
	    !plain_part_words(doc, paragraph))
		return false;
	/* The next such line, under the plan's title the first made a part. */
	if (b->plain_parts)
		return b->depth >= 1 && b->stack[0].node->paragraph == b->plain_title &&
		       heading_among_text(b, paragraph);
	/* The first stands before any heading, the plan's title above it
	 * still to be made a part (as the part rule makes it over a first
	 * 一、): a plan that numbers its parts has no such line first. */
	if (b->outline->count > 0 || !heading_among_text(b, paragraph) ||
	    (*title = part_above(b, paragraph)) == SIZE_MAX || !names_genre(doc, *title))
		return false;
	for (size_t i = paragraph + 1; i < doc->paragraph_count && i <= paragraph + PLAIN_PART_REACH; i++)
		if (plain_part_words(doc, i) && heading_among_text(b, i))
			return true;
	return false;
}

/* True when PARAGRAPH is the first of a report's unnumbered parts, the one
 * whose text runs on without a numbered heading (“十四五”时期发展成就和
 * 2025年工作回顾 over paragraphs and leads, then “十五五”时期主要目标和
 * 2026年重点工作 over 一、…): a heading among the text before any heading,
 * and the next line that reads so is the part that the first 一、 (within
 * PART_LOOK_BACK paragraphs below it) stands under.  Its sibling found,
 * it is one of them; a lone line among the text is not. */
/* True when PARAGRAPH is a line of its own that reads as a heading right
 * under the speaker line that ends a report's header (保定市人民政府市长
 * 某某 / 2022年政府工作回顾), with text and its 。 below it. */
static bool
heading_under_speaker(const struct builder *b, size_t paragraph)
{
	const struct doc *doc = b->doc;
	size_t above = paragraph, below = paragraph + 1;

	if (doc->speaker_paragraph == SIZE_MAX)
		return false;
	while (above > 0 && doc->paragraphs[above - 1].length == 0)
		above--;
	while (below < doc->paragraph_count && doc->paragraphs[below].length == 0)
		below++;
	if (above == 0 || above - 1 != doc->speaker_paragraph || below >= doc->paragraph_count ||
	    part_line(b, paragraph) != PART_HEADING || names_genre(doc, paragraph))
		return false;
	return part_line(b, below) == PART_TEXT &&
	       utf8_find3(doc->text + doc->paragraphs[below].offset, doc->paragraphs[below].length, "。");
}

static bool
first_of_parts(const struct builder *b, size_t paragraph)
{
	const struct doc *doc = b->doc;

	if ((paragraph <= doc->title_paragraph && doc->title_paragraph != SIZE_MAX) ||
	    !(heading_among_text(b, paragraph) || heading_under_speaker(b, paragraph)))
		return false;
	for (size_t i = paragraph + 1; i < doc->paragraph_count; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		struct label l;

		if (p->length == 0 || part_line(b, i) != PART_HEADING)
			continue;
		if (!heading_among_text(b, i))
			return false;
		for (size_t k = i + 1, seen = 0; k < doc->paragraph_count && seen < PART_LOOK_BACK; k++) {
			const struct paragraph *q = &doc->paragraphs[k];
			if (q->length == 0)
				continue;
			seen++;
			if (label_parse(doc->text + q->offset, q->length, &l))
				return (l.style == STYLE_CN_COMMA || l.style == STYLE_DI_COMMA) && l.number == 1;
		}
		return false;
	}
	return false;
}

/* Makes PARAGRAPH a part heading at stack position BASE. */
static bool
add_part(struct builder *b, size_t paragraph, int base)
{
	const struct paragraph *p = &b->doc->paragraphs[paragraph];
	struct outline_node *node;
	struct label none;
	size_t n = p->length;

	while (n > 0 && utf8_space_before(b->doc->text + p->offset, b->doc->text + p->offset + n))
		n -= utf8_space_before(b->doc->text + p->offset, b->doc->text + p->offset + n);
	memset(&none, 0, sizeof none);
	node = new_node(b, base > 0 ? b->stack[base - 1].node : &b->outline->root, STYLE_NONE, 0,
			paragraph, p->offset, 0, p->offset, n, p->offset + p->length);
	if (!node)
		return false;
	push(b, node, key_of(STYLE_NONE, 0), &none, base, key_of(STYLE_NONE, 0), false);
	return true;
}

/* Makes PARAGRAPH, labelled L, a part heading at the top: the title of a
 * document that keeps its label (一、职初教师启梦工程) and holds its own
 * run of points, which its style, the part's, leaves open. */
static bool
add_labelled_part(struct builder *b, size_t paragraph, const struct label *l)
{
	const struct paragraph *p = &b->doc->paragraphs[paragraph];
	struct outline_node *node;
	struct label none;
	size_t n = p->length;

	while (n > l->title && utf8_space_before(b->doc->text + p->offset, b->doc->text + p->offset + n))
		n -= utf8_space_before(b->doc->text + p->offset, b->doc->text + p->offset + n);
	memset(&none, 0, sizeof none);
	node = new_node(b, &b->outline->root, l->style, l->level, paragraph, p->offset, l->length,
			p->offset + l->title, n - l->title, p->offset + p->length);
	if (!node)
		return false;
	push(b, node, key_of(STYLE_NONE, 0), &none, 0, key_of(STYLE_NONE, 0), false);
	return true;
}

static size_t next_filled(const struct doc *doc, size_t i);

/* True when the line after PARAGRAPH of DOC, a short heading line, is a
 * dash subtitle that names a document in book-title marks (——《某某
 * 实施方案》): the heading titles that document. */
static bool
document_subtitle_below(const struct doc *doc, size_t paragraph)
{
	const struct paragraph *p = &doc->paragraphs[paragraph], *q;
	size_t next = next_filled(doc, paragraph), n = p->length, m;
	const char *t;
	char name[4 * PART_MAX_CHARS + 1];

	if (n > 3 * PART_MAX_CHARS + 16 || utf8_find3(doc->text + p->offset, n, "。"))
		return false;
	if (next >= doc->paragraph_count)
		return false;
	q = &doc->paragraphs[next];
	m = q->length;
	t = trimmed(doc->text + q->offset, &m);
	if (!utf8_starts_with(t, m, "——《") || !utf8_ends_with(t, m, "》"))
		return false;
	t += strlen("——《");
	m -= strlen("——《") + strlen("》");
	if (m == 0 || m >= sizeof name || memchr(t, '\n', m))
		return false;
	memcpy(name, t, m);
	name[m] = '\0';
	return genre_of_title(name) != NULL;
}

enum { FIELD_MIN_CHARS = 2, FIELD_MAX_CHARS = 8, FIELD_SENTENCE_CHARS = 20 };

/* The length in bytes of the field label that opens S (N bytes): two to
 * eight characters, Han or quotation marks (享受对象, 在“两率一度”上),
 * closed by a full-width colon, the colon included.  0 when there is
 * none, or when the words are not a label that divides a text:
 * - the furniture of a letter (附件：, 联系人：, 电话：…);
 * - its addressees (各有关单位：, 县教育局：, 尊敬的…：), a body's name;
 * - a sentence that announces a list (主要做法如下：, 突出表现在：,
 *   包括：), which ends in 如下, 以下 or a verb that wants its object. */
static size_t
field_label(const char *s, size_t n)
{
	static const char *const furniture[] = {
		"附件", "附", "联系人", "联系电话", "电话", "传真", "地址", "邮编", "邮箱", "电子邮箱",
		"主送", "抄送", "抄报", "来源", "发布时间", "时间", "日期", "主题词", "关键词", "签发人",
		"注", "注释", "备注", "说明", "发文机关", "发文字号", "成文日期",
	};
	static const char *const addressee_ends[] = {
		"单位", "部门", "政府", "同志", "们", "局", "委", "办", "厅", "院", "处", "公司",
		"中心", "学校", "会",
	};
	static const char *const lead_words[] = { "如下", "以下", "下列", "如次", "包括", "各" };
	static const char *const lead_ends[] = { "是", "有", "在", "为", "即", "如", "于", "的" };
	size_t i = 0, chars = 0, han = 0;

	if (utf8_starts_with(s, n, "尊敬"))
		return 0;
	while (i < n && chars <= FIELD_MAX_CHARS) {
		uint32_t c;
		size_t k = utf8_decode(s + i, n - i, &c);
		if (c == 0xff1a) {   /* ： */
			if (han < FIELD_MIN_CHARS)
				return 0;
			for (size_t w = 0; w < sizeof furniture / sizeof furniture[0]; w++)
				if (same_text(s, i, furniture[w]))
					return 0;
			for (size_t w = 0; w < sizeof addressee_ends / sizeof addressee_ends[0]; w++)
				if (utf8_ends_with(s, i, addressee_ends[w]))
					return 0;
			for (size_t w = 0; w < sizeof lead_ends / sizeof lead_ends[0]; w++)
				if (utf8_ends_with(s, i, lead_ends[w]))
					return 0;
			for (size_t w = 0; w < sizeof lead_words / sizeof lead_words[0]; w++)
				if (memmem(s, i, lead_words[w], strlen(lead_words[w])))
					return 0;
			return i + k;
		}
		if (utf8_is_han(c))
			han++;
		else if (c != 0x201c && c != 0x201d && c != 0x2018 && c != 0x2019 && c != 0x300a &&
			 c != 0x300b)   /* “” ‘’ 《》 */
			return 0;
		i += k;
		chars++;
	}
	return 0;
}

/* Whether S (N bytes) opens with the first of a run of numbered items
 * (1. 1） （1）), into *L. */
static bool
first_item(const char *s, size_t n, struct label *l)
{
	while (n > 0 && utf8_space_at(s, n)) {
		size_t k = utf8_space_at(s, n);
		s += k;
		n -= k;
	}
	return label_parse(s, n, l) && l->number == 1 &&
	       (l->style == STYLE_ARABIC_DOT || l->style == STYLE_ARABIC_PAREN ||
		l->style == STYLE_ARABIC_HALF);
}

/* The next paragraph after I that holds more than white space, or
 * DOC->paragraph_count. */
static size_t
next_filled(const struct doc *doc, size_t i)
{
	while (++i < doc->paragraph_count) {
		const struct paragraph *p = &doc->paragraphs[i];
		size_t n = p->length;
		while (n > 0 && utf8_space_before(doc->text + p->offset, doc->text + p->offset + n))
			n -= utf8_space_before(doc->text + p->offset, doc->text + p->offset + n);
		if (n > 0)
			break;
	}
	return i;
}

/* True when paragraph P (its text S) is a heading that divides a text by
 * itself: a Markdown heading below the title's level, or one numbered
 * 一、, （一）, 第一章, 第一条, 第一部分, 第一节 or 第一编. */
static bool
numbered_heading(const struct paragraph *p, const char *s)
{
	struct label l;

	return p->md_level > 1 ||
	       (label_parse(s, p->length, &l) &&
		(l.style == STYLE_CN_COMMA || l.style == STYLE_CN_PAREN || l.style == STYLE_CHAPTER ||
		 l.style == STYLE_ARTICLE || l.style == STYLE_PART || l.style == STYLE_SECTION ||
		 l.style == STYLE_BIAN));
}

/* True when the text is divided by field labels, as a 政策 sheet, a guide
 * to a service or a standard is (享受对象：… 资助项目：… 办理流程：, or
 * 在“两率一度”上： over its criteria 1. 2. 3.), and no heading numbered
 * 一、, （一） or 第一章 stands anywhere (a report so divided has its field
 * labels inside its sections).  Either
 * - two or more paragraphs open with a field label, each part holds
 *   something (a paragraph under its label, or a sentence of its own run
 *   in after it), and numbered items (1. or （1）) come right after one of
 *   them: the fields of a meeting notice (会议时间：上午9时 会议地点：…)
 *   follow each other with a short value each and divide nothing; or
 * - one label stands alone on its line, the numbered items right after it
 *   (two or more) are the first of the text.
 * Numbered items before the first label are the text's own top level:
 * labels after them are inside it, and divide nothing. */
static bool
divided_by_fields(const struct doc *doc)
{
	size_t fields = 0, with_items = 0, under = 0;
	bool all_hold = true, run_in_sentence = false, lone_first = false, items_before = false;

	for (size_t i = next_filled(doc, SIZE_MAX); i < doc->paragraph_count; i = next_filled(doc, i)) {
		const struct paragraph *p = &doc->paragraphs[i];
		const char *s = doc->text + p->offset;
		struct label l;
		size_t f;

		if (numbered_heading(p, s))
			return false;
		f = i == doc->title_paragraph ? 0 : field_label(s, p->length);
		if (f == 0) {
			if (fields == 0 && first_item(s, p->length, &l))
				items_before = true;
			under++;
			continue;
		}
		if (fields > 0 && under == 0 && !run_in_sentence)
			all_hold = false;
		fields++;
		under = 0;
		{
			const char *rest = s + f;
			size_t m = p->length - f;
			size_t next = next_filled(doc, i);
			bool lone, leads;
			struct label item;

			while (m > 0 && utf8_space_before(rest, rest + m))
				m -= utf8_space_before(rest, rest + m);
			lone = m == 0;
			run_in_sentence = utf8_count(rest, m) >= FIELD_SENTENCE_CHARS && utf8_find3(rest, m, "。");
			leads = lone || utf8_ends_with(rest, m, "：") || utf8_ends_with(rest, m, ":");
			if (leads && next < doc->paragraph_count &&
			    first_item(doc->text + doc->paragraphs[next].offset, doc->paragraphs[next].length,
				       &item)) {
				with_items++;
				if (lone && fields == 1 && !items_before) {
					struct label second;
					size_t after = next_filled(doc, next);
					const struct paragraph *q = &doc->paragraphs[after];
					lone_first = after < doc->paragraph_count &&
						     label_parse(doc->text + q->offset, q->length, &second) &&
						     second.style == item.style && second.number == 2;
				}
			}
		}
	}
	if (fields > 0 && under == 0 && !run_in_sentence)
		all_hold = false;
	if (fields >= 2)
		return all_hold && with_items > 0 && !items_before;
	return fields == 1 && lone_first;
}

/* Opens a part at the top of the outline in PARAGRAPH, titled by the
 * TITLE_LENGTH bytes at TITLE (a field label without its colon, the words
 * after a bullet). */
static bool
add_top_part(struct builder *b, size_t paragraph, size_t title, size_t title_length)
{
	const struct paragraph *p = &b->doc->paragraphs[paragraph];
	struct outline_node *node;
	struct label none;

	memset(&none, 0, sizeof none);
	node = new_node(b, &b->outline->root, STYLE_NONE, 0, paragraph, p->offset, 0, title,
			title_length, p->offset + p->length);
	if (!node)
		return false;
	push(b, node, key_of(STYLE_NONE, 0), &none, 0, key_of(STYLE_NONE, 0), false);
	return true;
}

/* The bullet that opens a paragraph in a web page's copy, and whether a
 * paragraph opening with one is a short title or an item of a list. */
enum { BULLET_TITLE_MAX_CHARS = 30 };

/* The offset in S (N bytes) of the words after the bullet that opens it
 * (·  •  ●  ■  ◆  ▲  ★, spaces around it skipped), and in *CHARACTER the
 * bullet; 0 when none opens it. */
static size_t
bullet_at(const char *s, size_t n, uint32_t *character)
{
	static const uint32_t bullets[] = { 0xb7, 0x2022, 0x25cf, 0x25a0, 0x25c6, 0x25b2, 0x2605 };
	size_t i = 0, k;
	uint32_t c;

	if ((k = utf8_next_nonspace(s, n, &i, &c)) == 0)
		return 0;
	for (size_t w = 0; w < sizeof bullets / sizeof bullets[0]; w++)
		if (c == bullets[w]) {
			i += k;
			i += utf8_spaces(s + i, n - i);
			*character = c;
			return i < n ? i : 0;
		}
	return 0;
}

/* The length of the words after the bullet at OFFSET in paragraph I when
 * they are a short title (2016年10月（成立工作指挥部）, 工作动态): no more
 * than BULLET_TITLE_MAX_CHARS characters, no sentence in them (。 ； ！ ？)
 * and none closing them (， 、 ： …), white space at the end left out; 0
 * when they are not, as the items of a list are not. */
static size_t
bullet_title(const struct doc *doc, size_t i, size_t offset)
{
	const struct paragraph *p = &doc->paragraphs[i];
	const char *s = doc->text + p->offset + offset;
	size_t n = p->length - offset, chars;

	while (n > 0 && utf8_space_before(s, s + n))
		n -= utf8_space_before(s, s + n);
	chars = utf8_count(s, n);
	if (p->full || chars < 2 || chars > BULLET_TITLE_MAX_CHARS || label_ends_punctuated(s, n) ||
	    utf8_find3(s, n, "。") || utf8_find3(s, n, "；") || utf8_find3(s, n, "！") ||
	    utf8_find3(s, n, "？") || utf8_ends_with(s, n, "：") || utf8_ends_with(s, n, "，") ||
	    utf8_ends_with(s, n, "、"))
		return 0;
	return n;
}

/* True when a web page's copy is divided by lines that open with a bullet
 * (·2016年9月20日（…）, ■ 工作动态), each a short title over paragraphs
 * of its own, and no heading numbered 一、, （一） or 第一章 stands
 * anywhere: two or more lines open with the same bullet, every one of them
 * is a short title, and more than half of them, two at least, have a
 * paragraph under them before the next, and no numbered item (1.)
 * comes before the first.  Bullets that mark the items of a list
 * (●加强领导。 ●落实责任。, one after another) divide nothing. */
static bool
divided_by_bullets(const struct doc *doc)
{
	size_t bullets = 0, holding = 0;
	uint32_t first = 0;

	for (size_t i = next_filled(doc, SIZE_MAX); i < doc->paragraph_count; i = next_filled(doc, i)) {
		const struct paragraph *p = &doc->paragraphs[i];
		const char *s = doc->text + p->offset;
		struct label l;
		uint32_t c;
		size_t at, next;

		if (numbered_heading(p, s))
			return false;
		if ((at = bullet_at(s, p->length, &c)) == 0) {
			if (bullets == 0 && first_item(s, p->length, &l))
				return false;
			continue;
		}
		if ((bullets > 0 && c != first) || bullet_title(doc, i, at) == 0)
			return false;
		first = c;
		bullets++;
		next = next_filled(doc, i);
		if (next < doc->paragraph_count &&
		    bullet_at(doc->text + doc->paragraphs[next].offset, doc->paragraphs[next].length, &c) == 0)
			holding++;
	}
	return bullets >= 2 && holding >= 2 && holding * 2 > bullets;
}

/* The line that opens a text's notes: 注释, 注, 附注 or 脚注, alone, with or
 * without a colon (either form), letter-spaced or not (注　　释); with
 * AT_END (the second half of the text), 说明 too. */
static bool
notes_line(const char *s, size_t n, bool at_end)
{
	static const char *const words[] = { "注释", "注", "附注", "脚注" };
	size_t sp;

	while (n > 0 && (sp = utf8_space_before(s, s + n)) > 0)
		n -= sp;
	utf8_drop_colon(s, &n);
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (utf8_same_closed_up(s, n, words[i], strlen(words[i])))
			return true;
	return at_end && utf8_same_closed_up(s, n, "说明", strlen("说明"));
}

/* True when S (N bytes), the text after a number, is a note: 注, 注释,
 * 附注, 脚注 or 备注 and a colon (either form).  A report's footnotes
 * stand at a page's foot as 1 注：此数据不包含… (the number the marker
 * in the text above): notes, not numbered headings titled 注. */
static bool
note_after_number(const char *s, size_t n)
{
	static const char *const words[] = { "注释", "注", "附注", "脚注", "备注" };
	size_t sp;

	while (n > 0 && (sp = utf8_space_at(s, n)) > 0) {
		s += sp;
		n -= sp;
	}
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		size_t k = strlen(words[i]);
		if (n > k && memcmp(s, words[i], k) == 0 &&
		    (utf8_starts_with(s + k, n - k, "：") || s[k] == ':'))
			return true;
	}
	return false;
}

/* True when S (N bytes) is a note that announces the numbered lines
 * under it: 注：暂采用下列方法，… under a table, then 1）《…》 2）《…》,
 * its items, not headings.  The note opens with 注： (either colon) and
 * says 下列, 如下 or 以下, or ends with its colon. */
static bool
note_with_list(const char *s, size_t n)
{
	size_t k = utf8_starts_with(s, n, "注：") ? strlen("注：") : utf8_starts_with(s, n, "注:") ? 1 + strlen("注") : 0;
	size_t m = n;

	if (k == 0)
		return false;
	s = trimmed(s, &m);
	return memmem(s + k, m - k, "下列", strlen("下列")) || memmem(s + k, m - k, "如下", strlen("如下")) ||
	       memmem(s + k, m - k, "以下", strlen("以下")) || utf8_ends_with(s, m, "：") ||
	       utf8_ends_with(s, m, ":");
}

/* The number of the first attachment a notice lists after S (N bytes)
 * when S is its attachment note (附件说明): 附件： alone (1), or 附件：1.…
 * with the first of them (2); 0 when S is no such line.  附件 or 附件1
 * alone heads an attachment itself. */
static long long
attachments_line(const char *s, size_t n)
{
	size_t k = utf8_starts_with(s, n, "附件：") ? strlen("附件：") :
		   utf8_starts_with(s, n, "附件:") ? strlen("附件:") : 0;
	struct label l;

	if (k == 0)
		return 0;
	k += utf8_spaces(s + k, n - k);
	if (k == n)
		return 1;
	return label_parse(s + k, n - k, &l) && l.number == 1 ? 2 : 0;
}

/* True when the note mark MARK (N bytes: ① …) that opens paragraph
 * PARAGRAPH of DOC is called in the text above it: set after some words
 * at the end of a paragraph or before a mark of punctuation or a space
 * (…的决定①。, …修正）①), or on a line of marks alone (superscripts a
 * PDF's text sets apart: ① or ①　② ), not opening an item of a list run into a sentence
 * (①加强…②…).  Looks back over NOTE_REACH paragraphs, a page's
 * worth and more, but not again over those an earlier look for the same
 * mark found no call in: a report of ① lists asks at each list. */
enum { NOTE_REACH = 80 };

/* Where MARK (N bytes) first stands in S (M bytes), or NULL: by
 * utf8_find3 when it is one character of three bytes, as ① … ⑳ are
 * (memmem takes several times as long over Chinese text). */
static const char *
find_mark(const char *s, size_t m, const char *mark, size_t n)
{
	return n == 3 ? utf8_find3(s, m, mark) : memmem(s, m, mark, n);
}

static bool circled_numbers_only(const char *s, size_t n);

static bool
note_called(struct builder *b, size_t paragraph, const char *mark, size_t n)
{
	const struct doc *doc = b->doc;
	size_t from = paragraph > NOTE_REACH ? paragraph - NOTE_REACH : 0;
	struct uncalled *seen = n > 0 && n <= sizeof b->uncalled[0].mark ?
				&b->uncalled[(unsigned char)mark[n - 1] % UNCALLED_SLOTS] : NULL;

	if (seen && seen->length == n && memcmp(seen->mark, mark, n) == 0 && seen->before > from &&
	    seen->before <= paragraph)
		from = seen->before;

	for (size_t i = paragraph; i-- > from;) {
		const struct paragraph *p = &doc->paragraphs[i];
		const char *t = doc->text + p->offset;
		/* a superscript the PDF's text sets on a line of its own,
		 * alone or with the other calls of its row (①　　②) */
		if ((p->length == n && memcmp(t, mark, n) == 0) ||
		    (circled_numbers_only(t, p->length) && find_mark(t, p->length, mark, n)))
			return true;
		for (const char *at = t + 1; (at = find_mark(at, p->length - (size_t)(at - t), mark, n)) != NULL;
		     at += n) {
			size_t after = (size_t)(at + n - t);
			uint32_t c = 0;
			if (after < p->length)
				u8_mbtouc(&c, (const uint8_t *)t + after, p->length - after);
			if (after == p->length || c == ' ' || c == 0x3000 || c == 0xFF0C || c == 0x3002 ||
			    c == 0xFF1B || c == 0x3001 || c == 0xFF09 || c == 0x300B || c == 0x201D ||
			    c == ',' || c == '.' || c == ';')
				return true;
		}
	}
	if (seen) {
		memcpy(seen->mark, mark, n);
		seen->length = n;
		seen->before = paragraph;
	}
	return false;
}

/* A speech's salutation on a line of its own: 同志们！ 同学们、老师们！
 * 各位代表： -- a few address words, 、 between them, ！ or ： after. */
enum { SALUTATION_CHARS = 16 };

static bool
salutation_line(const char *s, size_t n)
{
	static const char *const ends[] = { "们", "代表", "同志", "朋友", "来宾", "同学", "委员" };
	static const char *const marks[] = { "！", "：", "!", ":" };
	size_t mark = 0;

	while (n > 0 && utf8_space_before(s, s + n))
		n -= utf8_space_before(s, s + n);
	for (size_t k = 0; k < sizeof marks / sizeof marks[0] && !mark; k++)
		if (n > strlen(marks[k]) && memcmp(s + n - strlen(marks[k]), marks[k], strlen(marks[k])) == 0)
			mark = strlen(marks[k]);
	if (!mark)
		return false;
	n -= mark;
	/* (more bytes than SALUTATION_CHARS characters of four bytes hold
	 * more characters: not counted) */
	if (n > SALUTATION_CHARS * 4 || utf8_count(s, n) > SALUTATION_CHARS || utf8_find3(s, n, "。") ||
	    utf8_find3(s, n, "；") ||
	    utf8_find3(s, n, "："))
		return false;
	for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++)
		if (n >= strlen(ends[k]) && memcmp(s + n - strlen(ends[k]), ends[k], strlen(ends[k])) == 0)
			return true;
	return false;
}

/* After a salutation a speech goes on to a new movement: the run-in
 * points open before it (第三，…, 一是…, leads) are closed, so that a new
 * run (一是 after 第三) is not taken to be under the last of them.  The
 * numbered headings around them stay open. */
static void
close_run_ins(struct builder *b)
{
	while (b->depth > 0) {
		int key = b->stack[b->depth - 1].key;
		if (key != key_of(STYLE_DI_COMMA, 0) && key != key_of(STYLE_INLINE, 0) &&
		    key != key_of(STYLE_NONE, 1))
			break;
		b->depth--;
	}
	reset_inline(b);
}

/* True when the paragraph S (N bytes) opens with a salutation, alone on
 * its line (各位代表！) or with the speech going on after it
 * (各位代表！2025年目标任务顺利完成…). */
static bool
salutation_opens(const char *s, size_t n)
{
	static const char *const marks[] = { "！", "：", "!", ":" };
	/* (A salutation's words, of four bytes a character at most, and
	 * its mark end within this: the rest of a long paragraph is not
	 * read.) */
	size_t reach = n < SALUTATION_CHARS * 4 + 3 ? n : SALUTATION_CHARS * 4 + 3;

	if (salutation_line(s, n))
		return true;
	for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++) {
		const char *at = strlen(marks[k]) == 1 ? memchr(s, marks[k][0], reach)
						       : utf8_find3(s, reach, marks[k]);
		size_t m;
		if (!at)
			continue;
		m = (size_t)(at - s) + strlen(marks[k]);
		if (m < n && salutation_line(s, m))
			return true;
	}
	return false;
}

/* True when the open heading NODE is a run-in one: its paragraph goes on
 * after its title (（六）防范化解风险，维护社会和谐稳定。稳妥化解…). */
static bool
run_in_heading(const struct doc *doc, const struct outline_node *node)
{
	const struct paragraph *p;
	size_t end;

	if (!node || node->paragraph >= doc->paragraph_count)
		return false;
	p = &doc->paragraphs[node->paragraph];
	end = p->offset + p->length;
	while (end > node->body && utf8_space_before(doc->text + node->body, doc->text + end))
		end -= utf8_space_before(doc->text + node->body, doc->text + end);
	return node->body >= p->offset && node->body < end;
}

/* True when NODE, a （一） item of the outline being built in B, holds
 * leads: paragraphs that open with a short sentence summing them up, its
 * sections (found among the nodes made after it). */
static bool
holds_leads(const struct builder *b, const struct outline_node *node)
{
	const struct outline *o = b->outline;

	if (node->style != STYLE_CN_PAREN)
		return false;
	for (size_t i = node->index + 1; i < o->count; i++)
		if (o->nodes[i]->parent == node && o->nodes[i]->style == STYLE_NONE && o->nodes[i]->level == 1)
			return true;
	return false;
}

/* A salutation (各位代表！, 同志们！) that opens a paragraph turns back
 * to the audience: the run-in items above it, each a paragraph that
 * opens with its label and title (（一）…（六）), are done, and what
 * follows (a 一是 run) belongs to the heading they stand under.  So are
 * the （一） items whose sections are leads (（五）民生事业不断进步。 /
 * 全心全意为百姓办实事。…): the problems the speaker owns up to after
 * 各位代表！ are the part's, not the last item's.  (An item alone on its
 * line over plain text stays open.)  Closes the run-in points and leads
 * (close_run_ins) and then those headings open above them, never the
 * outermost heading. */
static void
close_run_in_items(struct builder *b)
{
	close_run_ins(b);
	while (b->depth > 1 && (run_in_heading(b->doc, b->stack[b->depth - 1].node) ||
				holds_leads(b, b->stack[b->depth - 1].node)))
		b->depth--;
	reset_inline(b);
}

/* A work report reviews the year in its first part's items (（一）…
 * （六）) and then sums up the whole period in a paragraph that names it
 * (过去一年，我们…; 过去五年，我们…积累了宝贵经验，主要是：), which the
 * lessons (第一，… ——必须坚持…) or the problems (一是…) follow: the part's,
 * not the last item's.  True when S (N bytes) opens so. */
static bool
sums_up_period(const char *s, size_t n)
{
	static const char *const openings[] = { "过去一年，", "过去五年，", "过去的一年，", "过去的五年，",
						"总结一年来的工作", "总结五年来的工作" };
	size_t sp = utf8_spaces(s, n);

	/* (their first characters, asked first: most paragraphs open otherwise) */
	if (n - sp < 6 || (memcmp(s + sp, "过", 3) != 0 && memcmp(s + sp, "总", 3) != 0))
		return false;
	return utf8_prefix_in(s + sp, n - sp, openings, sizeof openings / sizeof openings[0]) > 0;
}

/* Closes the innermost （一） item open under a part and what stands
 * under it (sums_up_period). */
static void
close_review_items(struct builder *b)
{
	for (int j = b->depth - 1; j > 0; j--)
		if (b->stack[j].node->style == STYLE_CN_PAREN) {
			b->depth = j;
			reset_inline(b);
			return;
		}
}

/* Paragraphs of text after a run-in item (（七）继续加强民主法制建设。…)
 * from which a run that opens paragraphs (一是…) no longer belongs to it. */
enum { RUN_IN_TEXT_REACH = 3 };

/* True when PARAGRAPH (S, N bytes) opens a run of its own (一是 at its
 * start) at least RUN_IN_TEXT_REACH paragraphs of text after the run-in
 * item open last, with no heading between: a run-in item says its piece
 * in its paragraph and the few after it; text that goes on past them
 * sums up the part (总结…, 我们也清醒地看到…), and the run it introduces
 * is the part's, as after a salutation. */
static bool
run_after_text(const struct builder *b, size_t paragraph, const char *s, size_t n)
{
	const struct outline_node *node;
	size_t used;

	if (b->depth < 2 || numeral_chinese(s, n, &used) != 1 || !utf8_starts_with(s + used, n - used, "是"))
		return false;
	node = b->stack[b->depth - 1].node;
	return run_in_heading(b->doc, node) && node->paragraph + RUN_IN_TEXT_REACH < paragraph;
}

/* True when the N bytes at S end in 名词解释 or 名词释义, or in one of
 * them and 和说明 or 及说明 (报告中有关名词释义和说明). */
static bool
glossary_name_ends(const char *s, size_t n)
{
	static const char *const names[] = { "名词解释", "名词释义" };
	static const char *const tails[] = { "和说明", "及说明" };
	size_t tail = strlen(tails[0]);

	for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++)
		if (n > tail && memcmp(s + n - tail, tails[i], tail) == 0) {
			n -= tail;
			break;
		}
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		size_t w = strlen(names[i]);
		if (n >= w && memcmp(s + n - w, names[i], w) == 0)
			return true;
	}
	return false;
}

/* A glossary printed after the last chapter (名词解释), and a report's
 * closing words (结束语), are headings of the top level, whatever
 * numbers the report used: what follows is under them, not under the
 * last chapter.  The words may be letter-spaced (名 词 解 释), and the
 * glossary may name what it explains (预算报告名词解释, a short line with
 * no sentence mark), call itself 名词释义, and add 和说明 or 及说明
 * (报告中有关名词释义和说明). */
static bool
back_matter_line(const char *s, size_t n)
{
	static const char *const words[] = { "名词解释", "名词术语解释", "术语解释", "附：名词解释",
					     "附:名词解释", "结束语", "结语" };
	enum { GLOSSARY_NAMED_MAX_CHARS = 12 };
	char packed[96];
	size_t k = 0, end = n, space;

	/* Every word ends with 释, 义, 语 or 明 (before a colon): a line
	 * that ends otherwise, as nearly every paragraph does, is told at
	 * once. */
	while (end > 0 && (space = utf8_space_before(s, s + end)) > 0)
		end -= space;
	if (end >= 3 && memcmp(s + end - 3, "：", 3) == 0)
		for (end -= 3; end > 0 && (space = utf8_space_before(s, s + end)) > 0;)
			end -= space;
	if (end < 3 || (memcmp(s + end - 3, "释", 3) != 0 && memcmp(s + end - 3, "语", 3) != 0 &&
			memcmp(s + end - 3, "义", 3) != 0 && memcmp(s + end - 3, "明", 3) != 0))
		return false;
	for (size_t i = 0; i < n;) {
		size_t sp = utf8_space_at(s + i, n - i);
		if (sp > 0) {
			i += sp;
			continue;
		}
		if (k == sizeof packed)
			return false;
		packed[k++] = s[i++];
	}
	if (k >= 3 && memcmp(packed + k - 3, "：", 3) == 0)
		k -= 3;
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (same_text(packed, k, words[i]))
			return true;
	if (utf8_count(packed, k) > GLOSSARY_NAMED_MAX_CHARS || utf8_find3(packed, k, "。") ||
	    utf8_find3(packed, k, "，") || utf8_find3(packed, k, "：") || utf8_find3(packed, k, "；"))
		return false;
	return glossary_name_ends(packed, k);
}

/* True when the nearest line above PARAGRAPH of DOC is the header row of
 * a table whose first column numbers its rows: 序号 (or 编号) and two
 * cells or more after it, apart by white space, with no sentence mark
 * (序号 污染物项目 方法标准名称 标准编号; a PDF's text may set the
 * cells one space apart). */
static bool
numbered_table_header_above(const struct doc *doc, size_t paragraph)
{
	static const char *const headers[] = { "序号", "编号" };

	for (size_t k = paragraph; k > 0;) {
		const struct paragraph *p = &doc->paragraphs[--k];
		size_t n = p->length, cells = 0, h;
		const char *s = trimmed(doc->text + p->offset, &n);

		if (n == 0)
			continue;
		for (h = 0; h < sizeof headers / sizeof headers[0]; h++)
			if (utf8_starts_with(s, n, headers[h]))
				break;
		if (h == sizeof headers / sizeof headers[0] || utf8_find3(s, n, "。") ||
		    utf8_find3(s, n, "，") || utf8_find3(s, n, "：") || utf8_find3(s, n, "；"))
			return false;
		for (size_t i = strlen(headers[h]); i < n;) {
			size_t sp = utf8_space_at(s + i, n - i);
			if (sp == 0)
				return false;   /* 序号 runs into a word: no cell of its own */
			while (i < n && (sp = utf8_space_at(s + i, n - i)) > 0)
				i += sp;
			if (i < n)
				cells++;
			while (i < n && utf8_space_at(s + i, n - i) == 0) {
				uint32_t c;
				i += utf8_decode(s + i, n - i, &c);
			}
		}
		return cells >= 2;
	}
	return false;
}

enum { TABLE_ROWS_SPAN = 60 };   /* paragraphs a numbered table's rows may take */

/* True when PARAGRAPH of DOC, labelled L (a clause's number N of 2 or
 * more whose title holds cells apart by white space: 6 烟气黑度
 * 固定污染源… HJ/T 398), is a row of a table whose first column numbers
 * its rows: the rows
 * N-1 … 1 of its label's style stand above it, after the last heading
 * found (FLOOR) and at most TABLE_ROWS_SPAN paragraphs up, and right
 * above row 1 stands the table's header row (序号 …).  A clause's number
 * it may take next (6 after 5) does not make it a clause. */
static bool
numbered_table_row(const struct doc *doc, size_t paragraph, const struct label *l, size_t floor)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	size_t n = p->length - l->title;
	const char *t = trimmed(doc->text + p->offset + l->title, &n);
	long long want = l->number - 1;
	bool gap = false;

	if (l->style != STYLE_DECIMAL || l->number < 2 || l->level > 1)
		return false;
	for (size_t i = 0; i < n && !gap;) {
		size_t sp = utf8_space_at(t + i, n - i);
		uint32_t c;
		gap = sp > 0;
		i += sp ? sp : utf8_decode(t + i, n - i, &c);
	}
	if (!gap)
		return false;
	for (size_t k = paragraph, top = paragraph > TABLE_ROWS_SPAN ? paragraph - TABLE_ROWS_SPAN : 0;
	     k > floor && k > top && want > 0;) {
		const struct paragraph *q = &doc->paragraphs[--k];
		struct label r;
		if (!label_parse(doc->text + q->offset, q->length, &r) || r.style != l->style ||
		    r.level != l->level || r.number != want)
			continue;
		if (want-- == 1)
			return numbered_table_header_above(doc, k);
	}
	return false;
}

/* A sequence that starts again with no part heading above it -- a page
 * pasted twice, an annex numbered on its own -- counts when what follows
 * bears it out: its 二、 comes before another 一、, or a style seen under
 * it starts (（一）) before its next number.  A stray 一、 in the text is
 * followed by neither, or first by the next number of a sequence still
 * open (（三） after （二）).  PARAGRAPH holds the 一、 of style KEY. */
static bool
restart_confirmed(const struct builder *b, size_t paragraph, int key)
{
	struct ahead a = ahead_from(b, paragraph);

	while (ahead_next(b, &a)) {
		int j = open_at(b, a.key);
		if (a.key == key)
			return a.label.number == 2;
		if (j >= 0 && a.label.number == b->stack[j].number + 1)
			return false;
		if (a.label.number == 1 && b->deeper[a.key][key])
			return true;
	}
	return false;
}

/* "6.15分钟社区生活圈：…" reads as the decimal 6.15, but after item 5. of
 * a list it is item 6 whose title starts with a number.  Sets *L to that
 * item when S (N bytes) starts with the number the open 1. sequence
 * expects, a dot and a digit -- or with any number, a dot and a month
 * (1.9月30日前完成…: no month is a fraction), an item whose title is a
 * date. */
static bool
expected_item(const struct builder *b, const char *s, size_t n, struct label *l)
{
	int key = key_of(STYLE_ARABIC_DOT, 0), sibling;
	size_t used, dot, i, month = 0;
	long long v = numeral_digits(s, n, &used);
	bool dated;

	if (v < 1 || used >= n)
		return false;
	dot = s[used] == '.' ? 1 : n - used >= 3 && memcmp(s + used, "．", 3) == 0 ? 3 : 0;
	if (dot == 0 || used + dot >= n || !(s[used + dot] >= '0' && s[used + dot] <= '9'))
		return false;
	/* A table cell such as 4.42 is a number and nothing more. */
	for (i = used + dot; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		month = month * 10 + (size_t)(s[i] - '0');
	dated = i - (used + dot) <= 2 && month >= 1 && month <= 12 &&
		utf8_starts_with(s + i, n - i, "月");
	if ((v < 2 && !dated) || utf8_count(s + i, n - i) < 4)
		return false;
	place(b, key, &sibling);
	if (!dated && (sibling < 0 || b->stack[sibling].number + 1 != v))
		return false;
	memset(l, 0, sizeof *l);
	l->style = STYLE_ARABIC_DOT;
	l->number = v;
	l->length = used + dot;
	l->title = used + dot;
	return true;
}

/* "5记录": a clause's number typed with no space before its title, which
 * label_parse leaves to running text (5个, 5项工作).  Between clauses 4 …
 * and 5.1 … of a document numbered so (4 工作程序, 4.2.2新员工培训) it is
 * clause 5: the open clause of the top level is numbered N - 1, the next
 * label is N.1, and the words after the number are a heading's, one
 * phrase with no mark of a sentence.  Sets *L to that clause when
 * PARAGRAPH, S (N bytes), is one. */
static bool
expected_clause(const struct builder *b, size_t paragraph, const char *s, size_t n, struct label *l)
{
	int key = key_of(STYLE_DECIMAL, 1), sibling;
	struct label_sentence sentence;
	struct ahead a;
	size_t used;
	long long v = numeral_digits(s, n, &used);
	uint32_t c;

	if (v < 2 || used >= n || b->last_number[key] <= 0)
		return false;
	u8_mbtouc(&c, (const uint8_t *)s + used, n - used);
	if (c < 0x4e00 || c > 0x9fff)
		return false;
	label_first_sentence(s + used, n - used, &sentence);
	if (sentence.mark > 0 || sentence.clause < sentence.end || sentence.chars > LOST_TITLE_MAX_CHARS)
		return false;
	place(b, key, &sibling);
	if (sibling < 0 || b->stack[sibling].number + 1 != v)
		return false;
	a = ahead_from(b, paragraph);
	if (!ahead_next(b, &a) || a.label.style != STYLE_DECIMAL || a.label.level != 2 ||
	    a.label.parent_numbers[0] != v || a.label.number != 1)
		return false;
	memset(l, 0, sizeof *l);
	l->style = STYLE_DECIMAL;
	l->level = 1;
	l->number = v;
	l->length = used;
	l->title = used;
	return true;
}

/* "1.0 目的": the top clauses of a procedure numbered N.0 (1.0 目的, 2.0
 * 适用范围, 3.0 职责 with 3.1 … under it), as ISO-style enterprise and
 * plant procedures are.  label_parse reads 1.0 as clause 0 of a clause 1;
 * it is clause 1 itself when a heading's words follow it (one phrase, no
 * mark of a sentence) and the next label is N.1 or (N + 1).0, or the top
 * clause open is (N - 1).0.  Changes *L, what label_parse made of
 * PARAGRAPH, S (N bytes), to a clause of the top level when it is one. */
static void
point_zero_clause(const struct builder *b, size_t paragraph, const char *s, size_t n, struct label *l)
{
	int key = key_of(STYLE_DECIMAL, 1), sibling;
	long long top = l->parent_numbers[0];
	struct label_sentence sentence;
	struct ahead a;
	bool clause;

	if (l->style != STYLE_DECIMAL || l->level != 2 || l->number != 0 || top < 1 || l->title >= n)
		return;
	label_first_sentence(s + l->title, n - l->title, &sentence);
	if (sentence.mark > 0 || sentence.clause < sentence.end || sentence.chars > LOST_TITLE_MAX_CHARS)
		return;
	a = ahead_from(b, paragraph);
	clause = ahead_next(b, &a) && a.label.style == STYLE_DECIMAL && a.label.level == 2 &&
		 ((a.label.parent_numbers[0] == top && a.label.number == 1) ||
		  (a.label.parent_numbers[0] == top + 1 && a.label.number == 0));
	if (!clause) {
		const char *label;
		place(b, key, &sibling);
		label = sibling >= 0 ? b->stack[sibling].node->label : "";
		clause = sibling >= 0 && b->stack[sibling].number + 1 == top && strlen(label) >= 2 &&
			 strcmp(label + strlen(label) - 2, ".0") == 0;
	}
	if (clause) {
		l->level = 1;
		l->number = top;
	}
}

enum { DECIMAL_TITLE_MAX_CHARS = 30 };

/* Reads the dotted number that opens S (N bytes; 5.3, 5.1.4: parts of
 * three digits at most, the later ones 999 at most, eight parts at most)
 * into *D, cleared first: its number, its parents' numbers, and into
 * *COUNT its parts.  Returns the bytes it takes, 0 when S opens with no
 * such number. */
static size_t
dotted_number(const char *s, size_t n, struct label *d, int *count)
{
	size_t i = 0;

	memset(d, 0, sizeof *d);
	*count = 0;
	while (*count < 8) {
		size_t used;
		long long v = numeral_digits(s + i, n - i, &used);
		if (v < 0 || used > 3 || (*count > 0 && v > 999))
			return 0;
		if (*count > 0)
			d->parent_numbers[*count - 1] = d->number;
		d->number = v;
		(*count)++;
		i += used;
		if (i + 1 >= n || s[i] != '.' || !(s[i + 1] >= '0' && s[i + 1] <= '9'))
			break;
		i++;
	}
	return i;
}

/* "5.3分级响应", "5.5人员防护": a decimal heading whose first word
 * label_parse reads as the unit of a quantity (5.3分, 5.5人).  It is a
 * heading when it is the number the open decimal headings expect next
 * (5.3 after 5.2, 2.1 under 2): a quantity does not fall in their
 * sequence.  A line of its own, DECIMAL_TITLE_MAX_CHARS at most after
 * the number, with no sentence in it.  Sets *L to that heading when S (N
 * bytes) is one. */
static bool
expected_decimal(const struct builder *b, const char *s, size_t n, struct label *l)
{
	struct label d;
	size_t i;
	int count = 0, key, sibling, keep;
	uint32_t c;

	/* (What label_parse reads is read so.) */
	if (n == 0 || s[0] < '0' || s[0] > '9' || label_parse(s, n, &d))
		return false;
	if ((i = dotted_number(s, n, &d, &count)) == 0)
		return false;
	/* A heading on a line of its own: a quantity opens a sentence
	 * (1.2万人参加培训。). */
	if (count < 2 || count > 8 || i >= n || u8_mbtouc(&c, (const uint8_t *)s + i, n - i) < 3 ||
	    c < 0x4e00 || c > 0x9fff || utf8_count(s + i, n - i) < 2 ||
	    utf8_count(s + i, n - i) > DECIMAL_TITLE_MAX_CHARS || utf8_find3(s, n, "。") ||
	    utf8_find3(s, n, "，") || utf8_find3(s, n, "；") || utf8_find3(s, n, "："))
		return false;
	d.style = STYLE_DECIMAL;
	d.level = count;
	d.length = i;
	d.title = i;
	key = key_of(STYLE_DECIMAL, count);
	keep = place(b, key, &sibling);
	if (!in_sequence(b, &d, key, sibling, keep))
		return false;
	*l = d;
	return true;
}

/* "5.1.4 10t/h 及以上蒸汽锅炉应安装…": a clause of a standard whose
 * sentence opens with a quantity, which label_parse leaves to running
 * text (a number of three parts then a number reads as a figure).  It is
 * a clause when its number, two parts or more then white space, is the
 * number the open decimal headings expect next (5.1.4 after 5.1.3): a
 * figure does not fall in their sequence.  Sets *L to that clause when S
 * (N bytes) is one. */
static bool
expected_clause_quantity(const struct builder *b, const char *s, size_t n, struct label *l)
{
	struct label d;
	size_t i, sp, used, han = 0;
	int count = 0, key, sibling, keep;

	if (n == 0 || s[0] < '0' || s[0] > '9' || label_parse(s, n, &d))
		return false;
	if ((i = dotted_number(s, n, &d, &count)) == 0)
		return false;
	sp = i < n ? utf8_spaces(s + i, n - i) : 0;
	if (count < 2 || count > 8 || sp == 0 || numeral_digits(s + i + sp, n - i - sp, &used) < 0)
		return false;
	/* words after the quantity: a sentence, not a row of figures */
	for (size_t k = i + sp; k < n && han < 4;) {
		uint32_t c;
		k += utf8_decode(s + k, n - k, &c);
		han += utf8_is_han(c);
	}
	if (han < 4)
		return false;
	d.style = STYLE_DECIMAL;
	d.level = count;
	d.length = i;
	d.title = i + sp;
	key = key_of(STYLE_DECIMAL, count);
	keep = place(b, key, &sibling);
	if (sibling < 0 || !in_sequence(b, &d, key, sibling, keep))
		return false;
	*l = d;
	return true;
}

/* "第五十四条农村的燃气…": an article whose number a page set with no
 * space after it, which label_parse leaves to running text (第三条规定…).
 * It is one when it is the next number of the articles so far and what
 * follows 条 does not go on citing it (规定, 的, 第二款, 、…).  Sets *L
 * to that article when S (N bytes) is one. */
static bool
expected_article(const struct builder *b, const char *s, size_t n, struct label *l)
{
	static const char *const citing[] = { "规定", "所", "的", "之", "第", "中", "款", "项", "、",
					      "和", "与", "及", "至", "或", "，", "。", "）" };
	/* 第二条中华人民共和国公民…, 第五条中国…, 第九条中央…: the name of
	 * the state, the country or the centre opens the article's text;
	 * 第三条中规定… cites it.  So do the words 项目 and 所有 (第十六条项目
	 * 审计验收…, 第三条所有单位…), where 第四条第二项 or 第三条所规定的
	 * cite it. */
	static const char *const names[] = { "中华", "中国", "中央", "中共", "项目", "所有" };
	long long last = b->last_number[key_of(STYLE_ARTICLE, 0)], v;
	size_t used, i;
	uint32_t c;

	if (last <= 0 || !utf8_starts_with(s, n, "第"))
		return false;
	v = numeral_chinese(s + 3, n - 3, &used);
	if (v != last + 1)
		return false;
	i = 3 + used;
	if (!utf8_starts_with(s + i, n - i, "条") || i + 3 >= n)
		return false;
	i += 3;
	u8_mbtouc(&c, (const uint8_t *)s + i, n - i);
	if (c < 0x4e00 || c > 0x9fff)
		return false;
	if (!utf8_prefix_in(s + i, n - i, names, sizeof names / sizeof names[0]) &&
	    utf8_prefix_in(s + i, n - i, citing, sizeof citing / sizeof citing[0]))
		return false;
	memset(l, 0, sizeof *l);
	l->style = STYLE_ARTICLE;
	l->number = v;
	l->length = i;
	l->title = i;
	return true;
}

/* The numbering of the items of an article of a law. */
static bool
article_item(enum heading_style style)
{
	switch (style) {
	case STYLE_CN_PAREN: case STYLE_ARABIC_DOT: case STYLE_ARABIC_PAREN: case STYLE_ARABIC_HALF:
	case STYLE_CIRCLED: case STYLE_CN_COMMA: case STYLE_DECIMAL:
		return true;
	default:
		return false;
	}
}

/* Whether NODE is an unnumbered heading titled one of the COUNT WORDS,
 * maybe letter-spaced (前 言, 结　　论). */
static bool
unnumbered_titled(const struct outline_node *node, const char *const *words, size_t count)
{
	char closed[32];
	size_t k = 0;

	if (!node->title || (node->label && node->label[0]))
		return false;
	for (const char *t = node->title; *t; t++) {
		if (*t == ' ' || *t == '\t')
			continue;
		if (strncmp(t, "\u3000", 3) == 0) {
			t += 2;
			continue;
		}
		if (k + 1 >= sizeof closed)
			return false;
		closed[k++] = *t;
	}
	closed[k] = '\0';
	for (size_t i = 0; i < count; i++)
		if (strcmp(closed, words[i]) == 0)
			return true;
	return false;
}

/* Whether NODE is an unnumbered heading of front matter: 前言, 序言,
 * 引言, 导言, 总说明 or 编制说明. */
static bool
front_matter_node(const struct outline_node *node)
{
	static const char *const words[] = { "前言", "序言", "引言", "导言", "总说明", "编制说明" };

	return unnumbered_titled(node, words, sizeof words / sizeof words[0]);
}

/* Whether NODE is an unnumbered heading of a text's closing part: 结论,
 * 结语 or 结束语.  A closing part ends a text; a run numbered from 1
 * after it is its own (a speech's 结论 that sets out 一 … 五). */
static bool
closing_part_node(const struct outline_node *node)
{
	static const char *const words[] = { "结论", "结语", "结束语" };

	return unnumbered_titled(node, words, sizeof words / sizeof words[0]);
}

/* True when S (N bytes) holds two circled numbers or more (① to ⑳) and
 * nothing else but white space. */
static bool
circled_numbers_only(const char *s, size_t n)
{
	size_t circled = 0;

	for (size_t i = 0; i < n;) {
		uint32_t c;
		size_t len = utf8_decode(s + i, n - i, &c);
		if (c >= 0x2460 && c <= 0x2473)
			circled++;
		else if (!utf8_is_space(c))
			return false;
		i += len;
	}
	return circled >= 2;
}

enum { ROW_SIBLING_LOOK = 4 };   /* paragraphs to the row's neighbour */

/* True when the title S (N bytes) of a labelled line ends with a table
 * row's figure cells set off from its words by white space: two bare
 * numbers or more (机关事业单位基本养老保险基金  1104  4.21), or one
 * that a page number cannot be, of four characters or more
 * (一般性转移支付  1646661).  A number is as lines_figure_cells reads
 * one. */
static bool
ends_with_figure_cells(const char *s, size_t n)
{
	size_t end = n, cells = 0, last = 0;

	/* (A title that ends in a character of no number and no white
	 * space, as most end in 。 or a word, ends in no cell: the scan back
	 * to its last space, over all its words, is not made.) */
	if (n > 0 && !lines_number_byte(s[n - 1]) && !utf8_space_before(s, s + n))
		return false;
	for (;;) {
		size_t start = end, sp;
		while (start > 0 && s[start - 1] != ' ' && s[start - 1] != '\t')
			start--;
		if (start == end || !lines_number_cell(s + start, end - start))
			break;
		if (cells == 0)
			last = end - start;
		cells++;
		/* the white space before it: a cell's border, two spaces or a tab */
		for (sp = start; sp > 0 && (s[sp - 1] == ' ' || s[sp - 1] == '\t'); sp--)
			;
		if (sp == 0 || (start - sp < 2 && s[start - 1] != '\t'))
			return false;
		end = sp;
	}
	return cells >= 2 || (cells == 1 && last >= 4);
}

/* True when paragraph K of DOC, labelled, is a row of a table's figures:
 * its figures on its line, or on the line under it with no label. */
static bool
row_of_figures(const struct doc *doc, size_t k, const struct label *r)
{
	const struct paragraph *o = &doc->paragraphs[k], *q;
	struct label u;

	if (lines_figure_cells(doc->text + o->offset + r->title, o->length - r->title) ||
	    ends_with_figure_cells(doc->text + o->offset + r->title, o->length - r->title))
		return true;
	if (k + 1 >= doc->paragraph_count)
		return false;
	q = &doc->paragraphs[k + 1];
	return !label_parse(doc->text + q->offset, q->length, &u) && lines_figure_cells(doc->text + q->offset, q->length);
}

/* True when PARAGRAPH of DOC, labelled L, is the first cell of a table's
 * row wrapped in its cell, as a PDF's text gives it (一、国有土地使用权 /
 * 出让收入 15,000 18,233 40,000 …): the paragraph under it, with no label,
 * holds the row's figures, and a labelled row a few paragraphs off is a
 * row of figures too: numbered one before or after it in its style
 * (二、污水处理费 收入 8,000 5,400 …), or of another style, its figures
 * on its line or under it (一、税收收入 / 697963 … / 1.增值税 / 352262 …,
 * a table a PDF gave a cell a line).  A heading over a table has headings
 * for neighbours. */
static bool
wrapped_table_cell(const struct doc *doc, size_t paragraph, const struct label *l)
{
	const struct paragraph *q;
	struct label r;

	if (paragraph + 1 >= doc->paragraph_count)
		return false;
	q = &doc->paragraphs[paragraph + 1];
	if (label_parse(doc->text + q->offset, q->length, &r) ||
	    !lines_figure_cells(doc->text + q->offset, q->length))
		return false;
	for (size_t k = paragraph > ROW_SIBLING_LOOK ? paragraph - ROW_SIBLING_LOOK : 0;
	     k <= paragraph + ROW_SIBLING_LOOK && k < doc->paragraph_count; k++) {
		const struct paragraph *o = &doc->paragraphs[k];
		bool sibling;
		if (k == paragraph || !label_parse(doc->text + o->offset, o->length, &r))
			continue;
		sibling = r.style == l->style && r.level == l->level &&
			  (r.number == l->number + 1 || r.number + 1 == l->number);
		if (sibling ? lines_figure_cells(doc->text + o->offset + r.title, o->length - r.title) :
			      row_of_figures(doc, k, &r))
			return true;
	}
	return false;
}

/* Whether NODE is an article of a law: 第一条 as text, or a Markdown
 * heading "### 第一条 …". */
static bool
is_article(const struct outline_node *node)
{
	struct label l;

	if (node->style == STYLE_ARTICLE)
		return true;
	return node->style == STYLE_MARKDOWN && node->label[0] &&
	       label_parse(node->label, strlen(node->label), &l) && l.style == STYLE_ARTICLE;
}

enum { CHAPTER_TITLE_MAX_CHARS = 12 };

/* Whether NODE is a chapter (章) whose line runs on into its first
 * article, as a page that lost its line breaks sets it (第六章 附则
 * 第三十七条 本办法中有关用语的含义：): a short title, white space, then
 * an article's label.  That article is open under the chapter. */
static bool
chapter_holds_article(const struct outline_node *node)
{
	const char *t = node->title;
	size_t n, k = 0, chars = 0;
	struct label l;

	if (node->style != STYLE_CHAPTER || !t)
		return false;
	n = strlen(t);
	while (k < n && chars <= CHAPTER_TITLE_MAX_CHARS) {
		size_t w = t[k] == ' ' ? 1 : n - k >= 3 && memcmp(t + k, "\u3000", 3) == 0 ? 3 : 0;

		if (w && k > 0) {
			while (k < n && (t[k] == ' ' || (n - k >= 3 && memcmp(t + k, "\u3000", 3) == 0)))
				k += t[k] == ' ' ? 1 : 3;
			return label_parse(t + k, n - k, &l) && l.style == STYLE_ARTICLE;
		}
		k += w ? w : utf8_length(t + k, n - k);
		chars++;
	}
	return false;
}

/* True when a heading of style KEY is open in B. */
static bool
key_open(const struct builder *b, int key)
{
	for (int j = 0; j < b->depth; j++)
		if (b->stack[j].key == key)
			return true;
	return false;
}

/* True when the line above PARAGRAPH of DOC is an amendment's
 * instruction that quotes the new wording under it: it ends with 修改为：
 * (将第七条第一项修改为：, 第三项修改为：) or adds a provision (增加一条，
 * 作为第十条：). */
static bool
under_amendment(const struct doc *doc, size_t paragraph)
{
	static const char changed[] = "修改为", added[] = "增加", placed[] = "作为第";
	size_t above = line_above(doc, paragraph), n;
	const char *s;

	if (above == SIZE_MAX)
		return false;
	n = doc->paragraphs[above].length;
	s = trimmed(doc->text + doc->paragraphs[above].offset, &n);
	if (!utf8_drop_colon(s, &n))
		return false;
	return (n >= strlen(changed) && memcmp(s + n - strlen(changed), changed, strlen(changed)) == 0) ||
	       (memmem(s, n, added, strlen(added)) && memmem(s, n, placed, strlen(placed)));
}

/* True when PARAGRAPH of B's document titles an attachment of a law: it
 * stands right under an attachment's mark (附件, 附件1) after the law's
 * articles, a short line with no sentence (矿产资源分类细目, 禁止倾倒的物
 * 质).  The attachment is no text of the last article: its title is a
 * part beside the chapters (or the articles of a law without chapters),
 * its numbered lines (（一）能源矿产) headings under it.  Asked only for
 * the few lines under such a mark. */
static bool
law_attachment_title(const struct builder *b, size_t paragraph)
{
	const struct doc *doc = b->doc;
	const struct paragraph *p = &doc->paragraphs[paragraph];
	size_t above = line_above(doc, paragraph), n = p->length, chars;
	const char *s = trimmed(doc->text + p->offset, &n);

	if (b->depth == 0 || above == SIZE_MAX ||
	    !attachment_mark(doc->text + doc->paragraphs[above].offset, doc->paragraphs[above].length))
		return false;
	chars = utf8_count(s, n);
	if (chars < 2 || chars > ATTACHMENT_TITLE_CHARS || utf8_find3(s, n, "。") || utf8_find3(s, n, "，") ||
	    utf8_find3(s, n, "：") || utf8_find3(s, n, "；"))
		return false;
	for (size_t i = b->outline->count; i > 0; i--)
		if (is_article(b->outline->nodes[i - 1]))
			return true;
	return false;
}

/* True when S (N bytes) says who wrote or approved the document, as a
 * standard or a procedure closes (本标准起草人：张三, 本标准主要起草单位：
 * 某某研究院, 编制：李四): a name after the role's colon.  Set in bold in a
 * block at the end, never a heading. */
static bool
credits_line(const char *s, size_t n)
{
	static const char *const roles[] = { "起草人", "起草单位", "起草部门", "编制人", "编写人", "审核人",
					     "批准人", "审批人", "编制", "审核", "批准", "会签" };
	const char *colon = memmem(s, n, "：", 3);
	size_t k;

	if (!colon)
		colon = memchr(s, ':', n);
	if (!colon)
		return false;
	k = (size_t)(colon - s);
	while (k > 0 && utf8_space_before(s, s + k))
		k -= utf8_space_before(s, s + k);
	if (utf8_count(s, k) > 16)
		return false;
	for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
		if (utf8_ends_with(s, k, roles[i]))
			return true;
	return false;
}

static size_t term_below(const struct doc *doc, size_t paragraph);

/* True when the N bytes at S (white space around them aside) say what
 * kind of appendix a standard's appendix is, in brackets under or after
 * its mark: （规范性附录） （资料性附录） （规范性） （资料性）. */
static bool
appendix_kind(const char *s, size_t n)
{
	s = trimmed(s, &n);
	return (utf8_starts_with(s, n, "（") || utf8_starts_with(s, n, "(")) &&
	       (utf8_ends_with(s, n, "）") || utf8_ends_with(s, n, ")")) && utf8_count(s, n) <= 8 &&
	       utf8_find3(s, n, "性");
}

/* The paragraph that titles the standard's appendix whose mark stands on
 * PARAGRAPH of DOC with no title after it but its kind (附 录 A /
 * （规范性附录） / 某某检测方法): the first line under the mark, or under
 * its kind, when it is a short line with no label and no 。; SIZE_MAX when
 * PARAGRAPH is no such mark or has its title. */
enum { APPENDIX_TITLE_MAX = 60 };

static size_t
appendix_title_below(const struct doc *doc, size_t paragraph)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	const char *s = doc->text + p->offset;
	struct label l;
	size_t next = paragraph + 1;

	if (!label_parse(s, p->length, &l) || l.style != STYLE_APPENDIX || l.level != 1 ||
	    (l.title < p->length && !appendix_kind(s + l.title, p->length - l.title)))
		return SIZE_MAX;
	if (l.title >= p->length && next < doc->paragraph_count &&
	    appendix_kind(doc->text + doc->paragraphs[next].offset, doc->paragraphs[next].length))
		next++;
	if (next >= doc->paragraph_count)
		return SIZE_MAX;
	p = &doc->paragraphs[next];
	s = doc->text + p->offset;
	if (p->length == 0 || label_parse(s, p->length, &l) || utf8_find3(s, p->length, "。") ||
	    utf8_count(s, p->length) > APPENDIX_TITLE_MAX)
		return SIZE_MAX;
	return next;
}


/* The level of heading a reader's hint makes paragraph I of DOC (a Word
 * or OpenDocument heading), when its text has no number of its own: it is
 * then taken as a Markdown heading of that level.  A typed or automatic
 * number goes through the text rules instead, hint or none.  0: not such
 * a heading. */
static uint8_t
outline_hint_level(const struct doc *doc, size_t i)
{
	const struct paragraph *p = &doc->paragraphs[i];
	const struct doc_hint *hint = doc->hint_count > 0 ? doc_hint_of(doc, i) : NULL;
	struct label l;

	if (!hint || hint->heading_level == 0 || label_parse(doc->text + p->offset, p->length, &l) ||
	    label_padded(doc->text + p->offset, p->length, &l))
		return 0;
	/* A page's own heading above the document it shows (每周一学 above
	 * 中共中央 国务院关于…的意见) is no section of the document. */
	if (doc->title_paragraph != SIZE_MAX && i < doc->title_paragraph)
		return 0;
	/* Nor the speaker or the issuing body under the title, however
	 * large it is set. */
	if (i == doc->speaker_paragraph)
		return 0;
	/* Nor a date alone (2032年2月 in an h6 under a report's title and
	 * its author): it dates the text, it heads nothing. */
	if (date_line(doc->text + p->offset, p->length))
		return 0;
	/* Nor the name of a body alone (the issuer under a second
	 * document's title, or signing off at the end), however it is set. */
	if (i == doc->sign_off_paragraph || meta_body_name(doc->text + p->offset, p->length))
		return 0;
	/* Nor is the title's second line (国务院关于印发国家职业教育改革 /
	 * 实施方案的通知), a middle line, or the title said again. */
	if (title_repeated(doc, doc->text + p->offset, p->length) || title_middle(doc, i) ||
	    title_again_in_lines(doc, i))
		return 0;
	/* Nor the line that opens the notes (注释), set as a heading or in
	 * bold: the text rules read the notes under it as notes. */
	if (notes_line(doc->text + p->offset, p->length, i * 2 >= doc->paragraph_count))
		return 0;
	/* Nor a note itself (注：1- 需要改进；2 – 可接受), set in bold above
	 * the table or the lines it explains. */
	if (utf8_starts_with(doc->text + p->offset, p->length, "注：") ||
	    utf8_starts_with(doc->text + p->offset, p->length, "注:"))
		return 0;
	/* Nor a table's caption, spaced a character apart over the table
	 * it names (修 改 记 录 over the rows of a document's revisions). */
	if (letter_spaced(doc->text + p->offset, p->length) && i + 1 < doc->paragraph_count) {
		const struct doc_hint *next = doc_hint_of(doc, i + 1);
		if (next && next->cell_count >= 2)
			return 0;
	}
	/* Nor an attachment's mark (附件, 附件2) set in bold above its title:
	 * the text rules read it, and the title under it, as they do a mark
	 * in plain text. */
	if (attachment_mark(doc->text + p->offset, p->length))
		return 0;
	/* Nor the title under such a mark: the text rules read it as they
	 * do in plain text (a heading over the attachment's own parts, none
	 * over a table), not as a heading nested under the notice's last
	 * part. */
	if (i > 0 && line_above(doc, i) != SIZE_MAX &&
	    attachment_mark(doc->text + doc->paragraphs[line_above(doc, i)].offset,
			    doc->paragraphs[line_above(doc, i)].length))
		return 0;
	/* Nor a figure's or a table's caption (图1　编码规则), centred in
	 * bold as it is, nor the unit a table's figures are in (单位：万元,
	 * 单位：m3/辆), set apart above it. */
	if (label_caption(doc->text + p->offset, p->length) ||
	    utf8_starts_with(doc->text + p->offset, p->length, "单位：") ||
	    utf8_starts_with(doc->text + p->offset, p->length, "单位:"))
		return 0;
	/* Nor who drafted it, in the bold block that closes a standard. */
	if (credits_line(doc->text + p->offset, p->length))
		return 0;
	/* Nor a standard's term set in bold under the number that stands
	 * alone above it (3.1 / 废塑料 plastic waste): it is that clause's
	 * title. */
	if (i > 0 && doc->paragraphs[i - 1].md_level == 0 &&
	    label_number_alone(doc->text + doc->paragraphs[i - 1].offset,
			       doc->paragraphs[i - 1].length, &l) &&
	    term_below(doc, i - 1) == i)
		return 0;
	/* Nor the kind and the title under a standard's appendix mark
	 * alone (附 录 A / （规范性附录） / 某某检测方法): they are its
	 * title. */
	if (i > 0 && (appendix_title_below(doc, i - 1) == i ||
		      (appendix_kind(doc->text + p->offset, p->length) &&
		       label_parse(doc->text + doc->paragraphs[i - 1].offset,
				   doc->paragraphs[i - 1].length, &l) &&
		       l.style == STYLE_APPENDIX && l.level == 1) ||
		      (i > 1 && appendix_title_below(doc, i - 2) == i)))
		return 0;
	return hint->heading_level;
}

/* A speech can say that a point is its last before it numbers it:
 * 最后一点，第八点：… 最后，第八，… -- a lead-in of a few words and a
 * comma, then the run-in label.  Sets *L to that label, its title taken
 * from the start of S (N bytes), and returns the length of the lead-in;
 * 0 when S opens with no such pair. */
static size_t
lead_in_label(const char *s, size_t n, struct label *l)
{
	static const char *const leads[] = { "最后一点", "最后", "还有一点", "另外一点", "再有一点" };

	for (size_t i = 0; i < sizeof leads / sizeof leads[0]; i++) {
		size_t k = strlen(leads[i]), comma;
		if (!utf8_starts_with(s, n, leads[i]))
			continue;
		comma = utf8_starts_with(s + k, n - k, "，") ? 3 : k < n && s[k] == ',' ? 1 : 0;
		if (comma == 0 || !label_parse(s + k + comma, n - k - comma, l) ||
		    l->style != STYLE_DI_COMMA)
			return 0;
		l->title += k + comma;
		return k + comma;
	}
	return 0;
}

/* True when paragraph I of DOC opens with the numbered point 第N， (or
 * 第N、) of a speech's run, N being NUMBER. */
static bool
opens_numbered_point(const struct doc *doc, size_t i, long long number)
{
	const struct paragraph *p = &doc->paragraphs[i];
	const char *s = doc->text + p->offset;
	size_t sp = utf8_spaces(s, p->length);
	struct label l;

	return i < doc->paragraph_count && label_parse(s + sp, p->length - sp, &l) && l.style == STYLE_DI_COMMA &&
	       l.level == 0 && l.number == number;
}

/* A speech may count its first points in words and go on in numbers:
 *
 *     首先，农业关系到五亿农村人口的吃饭问题。…
 *     第二，农业也关系到城市和工矿区人口的吃饭问题。…
 *
 * or 首先，… 其次，… 第三，….  When PARAGRAPH of DOC opens with such a
 * word, 首先 (the first point) or 其次 (the second, after a first), and
 * the numbered points go on from it in the paragraphs after it, sets *L
 * to it as the point of that run (its title after the comma) and returns
 * true.  Counted in words alone (首先，… 其次，… 最后，…) they are the
 * steps of an argument, no points of the outline. */
static bool
word_counted_point(const struct doc *doc, size_t paragraph, struct label *l)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	const char *s = doc->text + p->offset;
	size_t sp = utf8_spaces(s, p->length), next, before;
	long long number;

	/* (their first character, asked first: most paragraphs open otherwise) */
	if (p->length - sp < 6 || (memcmp(s + sp, "首", 3) != 0 && memcmp(s + sp, "其", 3) != 0))
		return false;
	next = next_filled(doc, paragraph);
	if (opens_with(doc, paragraph, "首先"))
		number = 1;
	else if (opens_with(doc, paragraph, "其次") && (before = previous_filled(doc, paragraph)) != SIZE_MAX &&
		 (opens_with(doc, before, "首先") || opens_numbered_point(doc, before, 1)))
		number = 2;
	else
		return false;
	if (next >= doc->paragraph_count ||
	    (!opens_numbered_point(doc, next, number + 1) &&
	     !(number == 1 && opens_with(doc, next, "其次") && opens_numbered_point(doc, next_filled(doc, next), 3))))
		return false;
	memset(l, 0, sizeof *l);
	l->style = STYLE_DI_COMMA;
	l->number = number;
	l->length = sp + strlen("首先");
	l->title = l->length + strlen("，");
	return true;
}

/* The bytes of the ，, , or 、 that may stand between a run-in label and
 * its title (一是，制止了…): punctuation, not the title's. */
static size_t
title_gap(const char *s, size_t n)
{
	if (n >= 3 && (memcmp(s, "，", 3) == 0 || memcmp(s, "、", 3) == 0))
		return 3;
	return n >= 1 && s[0] == ',' ? 1 : 0;
}

/* The stack position of the innermost open heading whose label is of
 * style FAMILY and numbered NUMBER - 1, so that a label numbered NUMBER
 * goes on its sequence; only headings that are Markdown ones (or go on
 * their sequence) when MARKDOWN.  -1: none. */
static int
open_sequence(const struct builder *b, int family, long long number, bool markdown)
{
	for (int j = b->depth - 1; j >= 0; j--)
		if (b->stack[j].family == family && b->stack[j].number == number - 1 &&
		    (!markdown || b->stack[j].markdown))
			return j;
	return -1;
}

/* True when NODE, a heading with no label, counts in its title the things
 * that LABEL (N bytes: 第一件, 第一点) numbers with its measure word:
 * 十四件大事 over 第一件, 三点意见 over 第一点. */
static bool
announces_count(const struct outline_node *node, const char *label, size_t n)
{
	static const char numerals[] = "一二两三四五六七八九十百";
	const char *t = node->title, *measure;
	size_t m;

	if (node->label[0] != '\0' || n < 6 || !utf8_starts_with(label, n, "第"))
		return false;
	measure = label + n - 3;   /* the measure word closes the label */
	if (!utf8_starts_with(measure, 3, "件") && !utf8_starts_with(measure, 3, "点"))
		return false;
	m = strlen(t);
	for (size_t i = 3; i + 3 <= m; i++)
		if (memcmp(t + i, measure, 3) == 0 &&
		    (strstr(numerals, (char[4]){ t[i - 3], t[i - 2], t[i - 1], 0 }) != NULL ||
		     (t[i - 1] >= '0' && t[i - 1] <= '9')))
			return true;
	return false;
}

/* A converter's '#' marks do not follow the document's numbering: a
 * Markdown heading whose label goes on a sequence open elsewhere than
 * where its '#' count puts it (### 三是 after #### 二是, ## （三） after
 * ### （二）) is the sibling of that sequence's last heading; one whose
 * label opens a sequence of a style seen only under the style of the
 * heading its '#' count makes it the sibling of (### 一是 beside ###
 * （三）, where 一是 items stood under （一）) is under that heading.
 * L is the heading's label (its number that of the label in its text),
 * FAMILY that label's style; *KEY, *KEEP and *SIBLING as place() gave
 * them, changed where the sequence says otherwise. */
static void
place_markdown(const struct builder *b, const struct label *l, int family, int *key, int *keep,
	       int *sibling, const char *s)
{
	int j, other;

	if (family < 0)
		return;
	/* ## 十四件大事 then ## 第一件　… ## 第十四件　… at the same level:
	 * the heading that counts the things holds them. */
	/* ## 结论 then ## 一 … ## 五 at the same level: a closing part
	 * holds the run that comes after it, as a plain 结论 line does. */
	if (l->number == 1 && *sibling >= 0 &&
	    (announces_count(b->stack[*sibling].node, s, l->length) ||
	     closing_part_node(b->stack[*sibling].node))) {
		*keep = *sibling + 1;
		*sibling = -1;
		return;
	}
	if (l->number >= 2) {
		if (*sibling >= 0 && b->stack[*sibling].family == family &&
		    b->stack[*sibling].number == l->number - 1)
			return;
		if ((j = open_sequence(b, family, l->number, false)) >= 0) {
			*key = b->stack[j].key;
			*keep = j;
			*sibling = j;
		}
		return;
	}
	/* ## 一、建设项目管理类 after the plain 一、…五、 of a notes box
	 * above it: a document does not number a part 一、 inside another
	 * 一、, so the heading starts its sequence beside them, not under. */
	if (l->number == 1) {
		for (j = b->depth - 1; j >= 0; j--)
			if (!b->stack[j].markdown && b->stack[j].family == family) {
				*keep = j;
				*sibling = j;
				return;
			}
	}
	if (l->number != 1 || *sibling < 0)
		return;
	other = b->stack[*sibling].family;
	if (other >= 0 && other != family && b->under[family][other] && !b->under[other][family]) {
		*key = family;
		*keep = *sibling + 1;
		*sibling = -1;
	}
}

/* True when the run-in label L at the start of a Markdown heading goes on
 * the run of 一是, 二是 open in the paragraphs under the innermost heading:
 * the heading is that run's next item, which inline_items() reads. */
static bool
continues_inline(const struct builder *b, const struct label *l)
{
	return l->style == STYLE_INLINE && l->number >= 2 && l->number == b->inline_next &&
	       memcmp(b->inline_verb, "是", 3) == 0 &&
	       (l->number > 2 || b->pending_offset != SIZE_MAX);
}

/* Sets *L to PARSED, what label_parse made of a paragraph, and returns
 * its answer, PARSED_OK: the paragraph is parsed once. */
static bool
parsed_label(const struct label *parsed, bool parsed_ok, struct label *l)
{
	*l = *parsed;
	return parsed_ok;
}

/* A line of no '#' that goes on numbering the sequence of Markdown
 * headings open above it (（三）精细化… after ### （二）, 六、 after ## 五、,
 * 二是 after #### 一是) is their sibling.  Sets *L to its label and
 * returns the stack position of the heading whose sequence it goes on,
 * or -1.  PARSED, PARSED_OK: label_parse's of S (N bytes). */
static int
continues_markdown(const struct builder *b, const char *s, size_t n, const struct label *parsed,
		   bool parsed_ok, struct label *l)
{
	if (!(parsed_label(parsed, parsed_ok, l) && l->style != STYLE_NONE && l->style != STYLE_DECIMAL) &&
	    !label_run_in(s, n, l))
		return -1;
	if (l->number < 2)
		return -1;
	return open_sequence(b, key_of(l->style, l->level), l->number, true);
}

/* True when PARAGRAPH opens with 最后一点， or 最后一点： while a speech's
 * points 第二点…第六点 are open: the last point, told with no number. */
static bool
last_point_line(const struct builder *b, size_t paragraph)
{
	const struct paragraph *p = &b->doc->paragraphs[paragraph];
	const char *s = b->doc->text + p->offset;
	size_t k = strlen("最后一点");

	return open_at(b, key_of(STYLE_DI_COMMA, 1)) >= 0 && utf8_starts_with(s, p->length, "最后一点") &&
	       (utf8_starts_with(s + k, p->length - k, "，") || utf8_starts_with(s + k, p->length - k, "："));
}

/* A table flattened one cell a line (web copies and readers set each
 * cell as a paragraph) shows its 序号 column as numbers each alone on a
 * line, counting up with the row's other cells between: 1, 建立…（2分）,
 * 1.未确定…扣2分, 2.…, 2, ….  SEQUENCE_CELL_DIGITS bounds such a number;
 * SEQUENCE_ROW_SPAN how many paragraphs a cell stands from the number of
 * its row and from the next row's; SEQUENCE_HEADER_SPAN how many a row
 * (all its cells) may take, as the column is read back to its header. */
enum { SEQUENCE_CELL_DIGITS = 3, SEQUENCE_ROW_SPAN = 8, SEQUENCE_HEADER_SPAN = 40 };

/* The number that paragraph I of DOC holds alone (ASCII digits, white
 * space around them), or -1 when it holds anything else. */
static long long
bare_number(const struct doc *doc, size_t i)
{
	const struct paragraph *p = &doc->paragraphs[i];
	size_t n = p->length;
	const char *s = trimmed(doc->text + p->offset, &n);
	long long v = 0;

	if (n == 0 || n > SEQUENCE_CELL_DIGITS)
		return -1;
	for (size_t k = 0; k < n; k++) {
		if (s[k] < '0' || s[k] > '9')
			return -1;
		v = v * 10 + (s[k] - '0');
	}
	return v;
}

/* True when the 序号 column that paragraph ROW of DOC (holding NUMBER
 * alone) ends counts down from it to 1 at most SEQUENCE_HEADER_SPAN
 * paragraphs apart, with its header cell 序号 alone at most
 * SEQUENCE_ROW_SPAN paragraphs over row 1. */
static bool
sequence_column(const struct doc *doc, size_t row, long long number)
{
	static const char *const headers[] = { "序号", "编号" };

	for (long long want = number - 1; want >= 1; want--) {
		size_t top = row > SEQUENCE_HEADER_SPAN ? row - SEQUENCE_HEADER_SPAN : 0;
		while (row > top && bare_number(doc, row - 1) != want)
			row--;
		if (row == top)
			return false;
		row--;
	}
	for (size_t k = row, top = row > SEQUENCE_ROW_SPAN ? row - SEQUENCE_ROW_SPAN : 0; k > top;) {
		const struct paragraph *p = &doc->paragraphs[--k];
		size_t n = p->length;
		const char *s = trimmed(doc->text + p->offset, &n);
		for (size_t h = 0; h < sizeof headers / sizeof headers[0]; h++)
			if (n == strlen(headers[h]) && memcmp(s, headers[h], n) == 0)
				return true;
	}
	return false;
}

/* True when PARAGRAPH of DOC, numbered 1. or so, is a line of a cell's
 * list in the last row of a table flattened one cell a line, whose row
 * number NUMBER stands alone in paragraph ROW above it with no next row
 * below: the rows counted 1 to NUMBER under a 序号 header cell
 * (sequence_column), and the list began again inside the row, at
 * PARAGRAPH or between ROW and it (a heading after a table goes on from
 * the headings before it, not from 1 again). */
static bool
last_row_list(const struct doc *doc, size_t row, long long number, size_t paragraph)
{
	bool restarted = false;

	if (number < 2)
		return false;
	for (size_t k = row + 1; k <= paragraph && !restarted; k++) {
		const struct paragraph *p = &doc->paragraphs[k];
		struct label l;
		restarted = label_parse(doc->text + p->offset, p->length, &l) && l.number == 1 &&
			    (l.style == STYLE_ARABIC_DOT || l.style == STYLE_ARABIC_PAREN ||
			     l.style == STYLE_ARABIC_HALF);
	}
	return restarted && sequence_column(doc, row, number);
}

/* True when PARAGRAPH of DOC is a cell of a table flattened one cell a
 * line: the nearest number alone above it and the nearest below, each at
 * most SEQUENCE_ROW_SPAN paragraphs away, count on by one (N, N+1), so
 * that they are a 序号 column and the paragraph is a cell of row N -- or
 * no number follows and the row is the table's last (last_row_list).  The
 * 1. 2. that open such a cell's lines are its own list, no headings.  A
 * list whose markers stand alone (1, 2 each over its item, as a PDF's
 * text sets them) restarts at 1 after the heading that follows it, and
 * so does not count on across it. */
static bool
in_flattened_table(const struct doc *doc, size_t paragraph)
{
	size_t top = paragraph > SEQUENCE_ROW_SPAN ? paragraph - SEQUENCE_ROW_SPAN : 0;
	size_t at = paragraph, end = paragraph + SEQUENCE_ROW_SPAN, row;
	long long above = -1, below = -1;

	while (at > top && above < 0)
		above = bare_number(doc, --at);
	if (above < 0)
		return false;
	row = at;
	for (at = paragraph + 1; at <= end && at < doc->paragraph_count && below < 0; at++)
		below = bare_number(doc, at);
	if (below >= 0)
		return below == above + 1;
	return last_row_list(doc, row, above, paragraph);
}

/* An attachment that is a table set one cell a line, with no 序号
 * column to count its rows by, shows its header row as a run of short
 * lines under its title (任务分类 / 主要方向 / 重点任务（2024-2026） /
 * 2024年工作项目 / 牵头部门 / 实施主体): ATTACHED_TABLE_CELLS lines or
 * more, each of at most ATTACHED_TABLE_CELL_CHARS characters, unlabelled,
 * with no sentence or clause mark; at most ATTACHED_TABLE_TITLE_LINES
 * lines (its title) stand between the attachment's mark and the run.
 * ATTACHED_TABLE_SPAN bounds how far above a line the attachment's mark
 * is looked for. */
enum {
	ATTACHED_TABLE_CELLS = 6, ATTACHED_TABLE_CELL_CHARS = 16, ATTACHED_TABLE_TITLE_LINES = 3,
	ATTACHED_TABLE_SPAN = 2000
};

/* True when paragraph I of DOC reads as a cell of a table's header row
 * set one cell a line: words, at most ATTACHED_TABLE_CELL_CHARS
 * characters, no label, no attachment's mark, no sentence or clause
 * mark. */
static bool
header_cell_line(const struct doc *doc, size_t i)
{
	const struct paragraph *p = &doc->paragraphs[i];
	size_t n = p->length;
	const char *s = trimmed(doc->text + p->offset, &n);
	struct label l;

	return n > 0 && utf8_count(s, n) <= ATTACHED_TABLE_CELL_CHARS && !label_parse(s, n, &l) &&
	       !attachment_mark(s, n) && !utf8_find3(s, n, "。") && !utf8_find3(s, n, "，") &&
	       !utf8_find3(s, n, "；") && !utf8_find3(s, n, "：") && !utf8_find3(s, n, "！") &&
	       !utf8_find3(s, n, "？");
}

/* The paragraph from which the attachment whose mark is paragraph MARK
 * of DOC reads as a table set one cell a line: after its title's lines,
 * the last of the header row's ATTACHED_TABLE_CELLS cells; SIZE_MAX when
 * it is no such table. */
static size_t
attached_table_at(const struct doc *doc, size_t mark)
{
	size_t lines = 0, run = 0;

	for (size_t k = mark + 1; k < doc->paragraph_count; k++) {
		if (doc->paragraphs[k].length == 0)
			continue;
		if (header_cell_line(doc, k)) {
			if (++run >= ATTACHED_TABLE_CELLS)
				return k + 1;
			continue;
		}
		if (run > 0 || ++lines > ATTACHED_TABLE_TITLE_LINES)
			return SIZE_MAX;
	}
	return SIZE_MAX;
}

/* True when PARAGRAPH of B's document stands in an attachment that is a
 * table set one cell a line: the nearest attachment's mark above it
 * (附件, 附件2, 附件：), within ATTACHED_TABLE_SPAN paragraphs, has the
 * table's title and then its header row of cells under it (see
 * ATTACHED_TABLE_CELLS), all above PARAGRAPH.  The labels that open such
 * a table's cells (1、改善道路环境, （1）建设精品道路300条。) number its
 * groups and rows, no headings.  The marks are read once, in the order
 * the builder goes (B's attach_* fields): PARAGRAPH is past every
 * paragraph asked of before, as heading_paragraph, the one caller, is
 * asked of each paragraph in turn. */
static bool
in_attached_table(struct builder *b, size_t paragraph)
{
	const struct doc *doc = b->doc;
	size_t floor = paragraph > ATTACHED_TABLE_SPAN ? paragraph - ATTACHED_TABLE_SPAN : 0;

	for (size_t k = b->attach_upto; k < paragraph; k++) {
		const struct paragraph *p = &doc->paragraphs[k];
		if (p->length > 0 && attachment_mark(doc->text + p->offset, p->length)) {
			b->attach_mark = k;
			b->attach_table_at = attached_table_at(doc, k);
		}
	}
	b->attach_upto = paragraph;
	return b->attach_mark != SIZE_MAX && b->attach_mark >= floor && b->attach_table_at <= paragraph;
}

/* A table's unit line (单位：万元, 金额单位：亿元, （单位：万元）) stands
 * alone above its header row: at most UNIT_LINE_CHARS characters, and at
 * most UNIT_PREFIX_CHARS of them (金额, 计量) before 单位.  UNIT_ROWS_LOOK
 * bounds how many paragraphs under a labelled row a row of figures is
 * looked for (a table's rows with empty cells run on, 一、利润收入 /
 * 石油石化企业利润收入 / … before the first with figures). */
enum { UNIT_LINE_CHARS = 16, UNIT_PREFIX_CHARS = 3, UNIT_ROWS_LOOK = 40 };

/* True when the N bytes at S are a table's unit line, as above. */
static bool
unit_line(const char *s, size_t n)
{
	size_t k = 0;

	s = trimmed(s, &n);
	/* (a line of more bytes than any such line's characters can take is
	 * none, told before they are counted: a paragraph is long) */
	if (n == 0 || n > 4 * UNIT_LINE_CHARS || utf8_count(s, n) > UNIT_LINE_CHARS || utf8_find3(s, n, "。"))
		return false;
	for (size_t chars = 0; chars <= UNIT_PREFIX_CHARS && k < n; chars++) {
		if (utf8_starts_with(s + k, n - k, "单位：") || utf8_starts_with(s + k, n - k, "单位:"))
			return true;
		k += utf8_length(s + k, n - k);
	}
	return false;
}

/* True when paragraph K of DOC is a row of a table's figures, labelled or
 * not: three bare numbers or more (7022215  5592513  7840343), or its
 * words then figure cells (其他国有企业资本金注入  2000  1500). */
static bool
figures_row(const struct doc *doc, size_t k)
{
	const struct paragraph *p = &doc->paragraphs[k];

	return lines_figure_cells(doc->text + p->offset, p->length) ||
	       ends_with_figure_cells(doc->text + p->offset, p->length);
}

/* True when PARAGRAPH of B's document, labelled and with no sentence, is
 * a row of a table under its unit line: a unit line stands above it with
 * no sentence (a 。) between, and a row of figures below it, at most
 * UNIT_ROWS_LOOK paragraphs down, before any sentence or another unit
 * line.  A budget's tables number their rows' labels as the text numbers
 * its headings (一、税收收入, 1.增值税, 四、转移性收入), and a PDF's
 * text gives a row with empty cells, or with its figures on the line
 * above or below, as a labelled line alone; a heading after a table has
 * its text, sentences, under it, and one over the next table that
 * table's unit line.  The unit lines are read once, in the order the
 * builder goes (B's unit_* fields), as in_attached_table reads the
 * attachments' marks. */
static bool
in_unit_table(struct builder *b, size_t paragraph)
{
	const struct doc *doc = b->doc;
	const struct paragraph *p = &doc->paragraphs[paragraph];

	for (size_t k = b->unit_upto; k < paragraph; k++) {
		const struct paragraph *q = &doc->paragraphs[k];
		if (unit_line(doc->text + q->offset, q->length))
			b->unit_at = k;
		else if (b->unit_at != SIZE_MAX && utf8_find3(doc->text + q->offset, q->length, "。"))
			b->unit_at = SIZE_MAX;
	}
	if (paragraph > b->unit_upto)
		b->unit_upto = paragraph;
	if (b->unit_at == SIZE_MAX || utf8_find3(doc->text + p->offset, p->length, "。"))
		return false;
	for (size_t k = paragraph + 1; k <= paragraph + UNIT_ROWS_LOOK && k < doc->paragraph_count; k++) {
		const struct paragraph *q = &doc->paragraphs[k];
		if (utf8_find3(doc->text + q->offset, q->length, "。") ||
		    unit_line(doc->text + q->offset, q->length))
			return false;
		if (figures_row(doc, k))
			return true;
	}
	return false;
}

/* Makes PARAGRAPH, a last_point_line, the sibling of the open 第X点. */
static bool
add_last_point(struct builder *b, size_t paragraph)
{
	const struct paragraph *p = &b->doc->paragraphs[paragraph];
	int key = key_of(STYLE_DI_COMMA, 1), keep = open_at(b, key);
	struct outline_node *node;
	struct label none;
	size_t title, body;

	title = label_title_length(b->doc->text + p->offset, p->length, &body);
	memset(&none, 0, sizeof none);
	node = new_node(b, keep > 0 ? b->stack[keep - 1].node : &b->outline->root, STYLE_NONE, 0, paragraph,
			p->offset, 0, p->offset, title, p->offset + body);
	if (!node)
		return false;
	push(b, node, key, &none, keep, key, false);
	return true;
}

enum { TERM_MAX_HAN = 24, TERM_MAX_CHARS = 100 };

/* The term a number alone on PARAGRAPH's line numbers, set on the next
 * line as a standard sets its terms (2.1 / 道路施工 road construction /
 * its definition): that line when it is a short name, maybe with its
 * English name after it -- no label, two to TERM_MAX_HAN Han characters
 * (or a Latin letter and one: A区),
 * no digit first, no mark that closes a sentence or a clause; SIZE_MAX
 * when there is none. */
static size_t
term_below(const struct doc *doc, size_t paragraph)
{
	static const char *const marks[] = { "。", "，", "；", "：", "！", "？", ";", ":" };
	const struct paragraph *q;
	struct label l;
	size_t n, han = 0;
	const char *s;

	if (paragraph + 1 >= doc->paragraph_count)
		return SIZE_MAX;
	q = &doc->paragraphs[paragraph + 1];
	n = q->length;
	s = trimmed(doc->text + q->offset, &n);
	if (q->md_level > 0 || n == 0 || (s[0] >= '0' && s[0] <= '9') || label_parse(s, n, &l) ||
	    label_letter_item(s, n) > 0 || utf8_count(s, n) > TERM_MAX_CHARS)
		return SIZE_MAX;
	for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
		if (memmem(s, n, marks[k], strlen(marks[k])))
			return SIZE_MAX;
	for (size_t i = 0; i < n;) {
		uint32_t c;
		i += utf8_decode(s + i, n - i, &c);
		han += utf8_is_han(c);
	}
	/* A Latin letter joined to a one-character Han name counts with it
	 * (A区 region A, X光 X-ray). */
	if (han == 1 && n >= 4 && ((s[0] | 0x20) >= 'a' && (s[0] | 0x20) <= 'z')) {
		uint32_t c;
		utf8_decode(s + 1, n - 1, &c);
		han += utf8_is_han(c);
	}
	return han >= 2 && han <= TERM_MAX_HAN ? paragraph + 1 : SIZE_MAX;
}

/* True when PARAGRAPH of DOC is a Markdown heading a copier set above the
 * whole document it copied (## 政策全文 under the page's # title), not a
 * section of it: the document's one Markdown heading below the title,
 * every other one above it and shallower, with no number of its own,
 * and the document's own headings under it written as plain numbered
 * lines (一、 …, 第一章 …), of which there are WRAPPED_NUMBERED at least,
 * the first below the opening the document has of its own (its title
 * block, a notice's or a preamble's sentences closed by 。).  Those
 * headings keep the levels they have without it. */
enum { WRAPPED_NUMBERED = 3 };

static bool
wrapping_heading(const struct doc *doc, size_t paragraph)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	struct label l;
	size_t numbered = 0;
	bool opening = false;

	if (p->md_level == 0 || paragraph == doc->title_paragraph ||
	    label_parse(doc->text + p->offset, p->length, &l) ||
	    label_padded(doc->text + p->offset, p->length, &l))
		return false;
	for (size_t i = 0; i < doc->paragraph_count; i++) {
		const struct paragraph *q = &doc->paragraphs[i];

		if (i == paragraph)
			continue;
		if (q->md_level > 0) {
			if (i > paragraph || q->md_level >= p->md_level)
				return false;
		} else if (i > paragraph && label_parse(doc->text + q->offset, q->length, &l) &&
			   (l.style == STYLE_CN_COMMA || l.style == STYLE_PART || l.style == STYLE_CHAPTER ||
			    l.style == STYLE_BIAN)) {
			if (numbered++ == 0 && !opening)
				return false;
		} else if (i > paragraph && utf8_find3(doc->text + q->offset, q->length, "。")) {
			opening = true;
		}
	}
	return numbered >= WRAPPED_NUMBERED;
}

/* True when the first sentence of S (N bytes), SENTENCE, is a question
 * that closes the line (坏事能否变成好事？): the title of a part that
 * asks it, not text. */
static bool
question_title(const char *s, size_t n, const struct label_sentence *sentence)
{
	size_t end = sentence->end + sentence->mark;

	while (end < n && utf8_space_at(s + end, n - end))
		end += utf8_space_at(s + end, n - end);
	return end == n && sentence->clause == sentence->end &&
	       (utf8_starts_with(s + sentence->end, n - sentence->end, "？") ||
		utf8_starts_with(s + sentence->end, n - sentence->end, "?"));
}

static bool
heading_paragraph(struct builder *b, size_t paragraph)
{
	const struct doc *doc = b->doc;
	const struct paragraph *p = &doc->paragraphs[paragraph];
	const char *s = doc->text + p->offset;
	struct label l;
	int key, sibling, keep;
	size_t title, body = 0;
	struct outline_node *node;
	struct label_sentence sentence;
	struct label padded, parsed;
	bool parsed_ok;   /* label_parse's answer for a line of no '#', PARSED */
	uint8_t md_level = p->md_level > 0 ? p->md_level : outline_hint_level(doc, paragraph);

	int rank = 0;
	size_t lead = 0;   /* the lead-in before the label: 最后一点， */
	int family = -1;   /* the key of the label's own style */
	int goes_on = -1;  /* the Markdown heading whose sequence a plain line goes on */
	int inner_level = 0;   /* the level of the label in a Markdown heading's text */
	size_t term = SIZE_MAX;   /* the line of the term a number alone numbers */
	size_t title_at;

	/* 4选址和总平面布置: a heading by the reader's hint (its size, its
	 * style) whose clause number runs into its title is read as the
	 * plain line is (expected_clause), in the sequence of its clauses. */
	if (md_level > 0 && p->md_level == 0 && !label_parse(s, p->length, &parsed) &&
	    expected_clause(b, paragraph, s, p->length, &parsed))
		md_level = 0;
	if (p->md_level > 0 && wrapping_heading(doc, paragraph))
		return true;
	/* ## （一九四二年五月二日）: a date marked as a heading dates the part
	 * above it; the part's run goes on past it. */
	if (p->md_level > 0 && dateline_alone(s, p->length))
		return true;
	if (p->md_level > 0 && (cut_sentence_heading(doc, paragraph) || opens_with_closing_mark(s, p->length)))
		return true;
	/* A page's own Markdown heading above the document's title found in
	 * the text below it (# 某某规划 over 国务院关于印发某某规划的通知)
	 * is no section of the document. */
	if (p->md_level > 0 && doc->title_paragraph != SIZE_MAX && paragraph < doc->title_paragraph)
		return true;
	/* A row of a table's data (序号 1, 越城区, 曲屯1号地块小学, 24600)
	 * is no heading, whatever its first cell holds. */
	if (md_level == 0 && doc->hint_count > 0) {
		const struct doc_hint *hint = doc_hint_of(doc, paragraph);
		if (hint && hint->cell_count >= 2)
			return true;
	}
	/* ①  ②  ③  ④ under a figure: the labels of its panels or of a
	 * question's choices, no heading. */
	if (md_level == 0 && circled_numbers_only(s, p->length))
		return true;
	parsed_ok = md_level == 0 && label_parse(s, p->length, &parsed);
	if (parsed_ok)
		point_zero_clause(b, paragraph, s, p->length, &parsed);
	/* 一、收入 1,059,657 677,715 29,608: a table's row whose cells a
	 * PDF's text set on one line after its first, no heading. */
	if (parsed_ok && (lines_figure_cells(s + parsed.title, p->length - parsed.title) ||
			  ends_with_figure_cells(s + parsed.title, p->length - parsed.title) ||
			  wrapped_table_cell(doc, paragraph, &parsed)))
		return true;
	/* 1. 2. inside a cell of a table flattened one cell a line. */
	if (parsed_ok && (parsed.style == STYLE_ARABIC_DOT || parsed.style == STYLE_ARABIC_PAREN ||
			  parsed.style == STYLE_ARABIC_HALF) &&
	    in_flattened_table(doc, paragraph)) {
		b->list_key = -1;
		return true;
	}
	/* 1、 （1） opening the cells of an attachment that is a table. */
	if (parsed_ok && in_attached_table(b, paragraph)) {
		b->list_key = -1;
		return true;
	}
	/* 四、转移性收入 among the rows of a table under its unit line. */
	if (parsed_ok && in_unit_table(b, paragraph)) {
		b->list_key = -1;
		return true;
	}
	/* 名 词 解 释 set large and centred by a PDF or a page after the
	 * last chapter: the glossary's heading is of the top level, as the
	 * plain line is, not one below the last heading the reader sized. */
	if (md_level > 0 && p->md_level == 0 && back_matter_line(s, p->length))
		return add_part(b, paragraph, 0);
	if (md_level > 0) {
		struct label inner;
		memset(&l, 0, sizeof l);
		l.style = STYLE_MARKDOWN;
		l.level = md_level;
		/* ## （一） alone: a part numbered without a title, as ## 一 is */
		if (label_parse(s, p->length, &inner) || label_padded(s, p->length, &inner) ||
		    label_run_in(s, p->length, &inner) || label_paren_alone(s, p->length, &inner)) {
			l.length = inner.length;
			l.title = inner.title;
			l.number = inner.number;
			family = key_of(inner.style, inner.level);
			inner_level = inner.level;
			rank = law_rank(inner.style);   /* ## 第二章 保护 */
			if (continues_inline(b, &inner)) {
				b->list_key = -1;
				return true;
			}
		}
	} else if ((goes_on = continues_markdown(b, s, p->length, &parsed, parsed_ok, &l)) >= 0) {
		/* l is set */
	} else if (label_padded(s, p->length, &padded)) {
		l = padded;
	} else if (!parsed_ok && md_level == 0 && label_number_alone(s, p->length, &l) &&
		   (term = term_below(doc, paragraph)) != SIZE_MAX) {
		/* l is set; its title is the term under it */
	} else if ((!parsed_label(&parsed, parsed_ok, &l) || l.style == STYLE_DECIMAL) &&
		   !expected_decimal(b, s, p->length, &l) && !expected_clause_quantity(b, s, p->length, &l) &&
		   !expected_item(b, s, p->length, &l) &&
		   !expected_article(b, s, p->length, &l) && !expected_clause(b, paragraph, s, p->length, &l) &&
		   l.style == STYLE_NONE &&
		   (lead = lead_in_label(s, p->length, &l)) == 0 && !word_counted_point(doc, paragraph, &l)) {
		if (last_point_line(b, paragraph))
			return add_last_point(b, paragraph);
		b->list_key = -1;
		/* 附件： above the title marks the document as an attachment;
		 * it lists none. */
		b->attachment_next = doc->title_paragraph != SIZE_MAX && paragraph < doc->title_paragraph
					     ? 0
					     : attachments_line(s, p->length);
		b->attachment_key = -1;
		if (back_matter_line(s, p->length) || next_attachment_title(b, paragraph) ||
		    law_attachment_title(b, paragraph))
			return add_part(b, paragraph, 0);
		{
			size_t plan_title;
			if (plain_part_line(b, paragraph, &plan_title)) {
				if (!b->plain_parts && !add_part(b, plan_title, 0))
					return false;
				b->plain_parts = true;
				b->plain_title = b->stack[0].node->paragraph;
				return add_part(b, paragraph, 1);
			}
		}
		if (b->outline->count == 0 && first_of_parts(b, paragraph)) {
			b->first_part = paragraph;
			return add_part(b, paragraph, 0);
		}
		if (field_label(s, p->length) > 0 && paragraph != doc->title_paragraph &&
		    !b->in_notes) {
			if (b->field_parts < 0)
				b->field_parts = divided_by_fields(doc);
			if (b->field_parts)
				return add_top_part(b, paragraph, p->offset,
						    field_label(s, p->length) - strlen("："));
		}
		{
			uint32_t c;
			size_t at = bullet_at(s, p->length, &c);
			if (at > 0 && paragraph != doc->title_paragraph && !b->in_notes) {
				if (b->bullet_parts < 0)
					b->bullet_parts = divided_by_bullets(doc);
				if (b->bullet_parts)
					return add_top_part(b, paragraph, p->offset + at,
							    bullet_title(doc, paragraph, at));
			}
		}
		if (notes_line(s, p->length, paragraph * 2 >= doc->paragraph_count) ||
		    note_with_list(s, p->length)) {
			b->in_notes = true;
			b->notes_key = -1;
		}
		if (salutation_opens(s, p->length) || run_after_text(b, paragraph, s, p->length))
			close_run_in_items(b);
		else if (b->depth > 1 && sums_up_period(s, p->length))
			close_review_items(b);
		return true;
	}
	/* 1 注：此数据不包含… at a page's foot: a footnote, no heading. */
	if (note_after_number(s + l.title, p->length - l.title))
		return true;
	key = key_of(l.style, l.level);
	if (l.style != STYLE_MARKDOWN)
		family = key;
	/* The attachments a notice lists after 附件： (1.《某某方案》 2.…) are
	 * the note's text, not its sections. */
	if (b->attachment_next > 0 && l.style != STYLE_MARKDOWN && l.number == b->attachment_next &&
	    (b->attachment_key < 0 || b->attachment_key == key)) {
		b->attachment_key = key;
		b->attachment_next++;
		return true;
	}
	b->attachment_next = 0;
	/* The notes after 注释 are numbered （1） （2）, or 1. 2. as a list
	 * open above them was: text, until a heading of a style open above
	 * them goes on with the document. */
	if (b->in_notes) {
		bool open = l.style == STYLE_MARKDOWN;
		if (!open && (key == b->notes_key || (b->notes_key < 0 && l.number == 1))) {
			b->notes_key = key;
			return true;
		}
		for (int j = 0; j < b->depth && !open; j++)
			open = b->stack[j].key == key;
		if (!open)
			return true;
		b->in_notes = false;
	}
	/* ①刑法、…施行日期确定。 is the note a ① after some words above
	 * calls (…修正）① ), not the first of a list. */
	if (l.style == STYLE_CIRCLED &&
	    (l.title >= p->length || note_called(b, paragraph, s, l.length))) {
		b->list_key = -1;
		return true;
	}
	if (l.style != STYLE_MARKDOWN)
		rank = law_rank(l.style);
	if (l.style != STYLE_MARKDOWN) {
		label_first_sentence(s + l.title, p->length - l.title, &sentence);
		/* 一 重工业和轻工业的关系 is a heading line; 一 followed by a
		 * sentence is text that happens to start with a numeral. */
		if (l.style == STYLE_CN_SPACE && (sentence.chars > PART_MAX_CHARS ||
						  (sentence.mark > 0 && !question_title(s + l.title, p->length - l.title,
											 &sentence)))) {
			b->list_key = -1;
			return true;
		}
		/* 1.申请人无正当理由逾期不补正、 ends with the comma of a list
		 * that goes on: a piece cut from a table's cell or a wrapped
		 * line, not a heading, which never ends so.  A run-in lead
		 * closed by its full stop (（二）深化改革。将零基预算贯穿编制、)
		 * is a heading whose text a hard wrap cut there. */
		if (ends_with_list_comma(s + l.title, p->length - l.title) &&
		    !utf8_find3(s + l.title, p->length - l.title, "。")) {
			b->list_key = -1;
			return true;
		}
		if (is_list_item(b, paragraph, &l, key, &sentence) ||
		    is_bare_list(b, paragraph, &l, key)) {
			b->list_key = key;
			return true;
		}
	}
	b->list_key = -1;
	/* The new wording an amendment quotes under its instruction (2.将第
	 * 七条第一项修改为： over （一）违约金…。) is that instruction's
	 * text, and so are the items numbered on after it in a style no open
	 * heading has: no headings of the decision. */
	if (l.style != STYLE_MARKDOWN &&
	    ((key == b->quote_key && l.number == b->quote_next && !key_open(b, key)) ||
	     under_amendment(doc, paragraph))) {
		b->quote_key = key;
		b->quote_next = l.number + 1;
		return true;
	}
	b->quote_key = -1;
	/* 一、职初教师启梦工程 over ——《职初教师“成长工作坊”实施方案》:
	 * the title of a document set after the main one, its own 一、 …
	 * under it. */
	if (l.style != STYLE_MARKDOWN && goes_on < 0 && point_style(l.style) && l.level <= 1 &&
	    document_subtitle_below(doc, paragraph))
		return add_labelled_part(b, paragraph, &l);
	/* The article (条) is the smallest heading of a law: its items (项
	 * （一）, 目 1.) are its text, also when the article runs on in its
	 * chapter's line. */
	if (b->depth > 0 && article_item(l.style) &&
	    (is_article(b->stack[b->depth - 1].node) || chapter_holds_article(b->stack[b->depth - 1].node)))
		return true;
	/* placed by its rank too while it is placed, and pushed with it */
	b->placing_rank = rank;
	b->placing_goes_on = l.number >= 2 && b->last_number[key] == l.number - 1;
	keep = place(b, key, &sibling);
	b->placing_goes_on = false;
	if (goes_on >= 0) {
		key = b->stack[goes_on].key;
		keep = sibling = goes_on;
	} else if (l.style == STYLE_MARKDOWN) {
		place_markdown(b, &l, family, &key, &keep, &sibling, s);
	} else {
		nest_restart(b, &l, key, &keep, &sibling);
		resume_outer(b, &l, paragraph, key, &keep, &sibling);
	}
	/* A first 一、 has its part above it, a plain line that titles a
	 * plan, whether or not the copy marks it a Markdown heading (### 一、
	 * as a page's <h3> comes). */
	if ((l.style != STYLE_MARKDOWN ? l.level <= 1 : family >= 0 && inner_level <= 1) && goes_on < 0 &&
	    l.number == 1 && parts_only_below(b, sibling >= 0 ? sibling : keep)) {
		size_t part = part_above(b, paragraph);
		if (part == SIZE_MAX && (l.style == STYLE_CN_COMMA || (l.style == STYLE_DECIMAL && l.level == 1)))
			part = front_matter_above(b, paragraph);
		if (part != SIZE_MAX) {
			/* A run that starts again starts a part beside the
			 * one the previous run was in; a first run, a part
			 * inside the open one. */
			int base = sibling > 0 ? sibling - 1 : sibling == 0 ? 0 : keep;
			/* the first of the report's parts is its sibling */
			if (b->depth > 0 && b->stack[0].node->paragraph == b->first_part)
				base = 0;
			if (!add_part(b, part, base)) {
				b->placing_rank = 0;
				return false;
			}
			keep = place(b, key, &sibling);
		}
	} else if (l.style != STYLE_MARKDOWN && goes_on < 0 && l.number == 1 && sibling < 0 && keep > 1 &&
		   b->stack[0].key == key_of(STYLE_NONE, 0) && b->stack[0].node->style == STYLE_NONE) {
		/* Where the report's top level is unnumbered parts set
		 * among its text (a digest's subheads, 阔步迈上新征程 over
		 * 第一，…), a first item of another style with such a line
		 * above it (2026年主要工作 over （一）) starts the next part:
		 * beside the open one, not inside its last item.  (A plan's
		 * title over its parts, a table's cell, are no such lines.) */
		size_t part = part_above(b, paragraph);
		if (part != SIZE_MAX && heading_among_text(b, part) &&
		    heading_among_text(b, b->stack[0].node->paragraph)) {
			if (!add_part(b, part, 0)) {
				b->placing_rank = 0;
				return false;
			}
			keep = place(b, key, &sibling);
		}
	}
	b->placing_rank = 0;
	/* 前言 above 第一章: the front matter is beside the chapters (编, 章,
	 * 节) that follow it, not their parent; its own articles stay in
	 * it. */
	if (rank > 0 && rank < law_rank(STYLE_ARTICLE) && goes_on < 0 && l.number == 1 &&
	    sibling < 0 && keep > 0 && front_matter_node(b->stack[keep - 1].node))
		keep--;
	/* So is 前言 with its own text above a report's first part 一、 (a
	 * white paper: 前言, 一、…, 结束语), or above a standard's first
	 * clause (前言, 1 适用范围, …, 附录 A). */
	else if ((l.style == STYLE_CN_COMMA || (l.style == STYLE_DECIMAL && l.level == 1)) &&
		 goes_on < 0 && l.number == 1 && sibling < 0 && keep == 1 &&
		 front_matter_node(b->stack[0].node) && text_between(doc, b->stack[0].node->paragraph, paragraph))
		keep--;
	b->paragraph = paragraph;
	if (goes_on < 0)
		slipped_parent(b, paragraph, &l, key, keep);
	/* 6 烟气黑度 … HJ/T 398 under a table's rows 1 … 5: a row of it. */
	if (goes_on < 0 && l.style != STYLE_MARKDOWN &&
	    numbered_table_row(doc, paragraph, &l,
			       b->outline->count > 0 ? b->outline->nodes[b->outline->count - 1]->paragraph : 0))
		return true;
	/* A heading out of its place (（七） before （六）, as a scrambled
	 * conversion prints them) is still one when the document's contents
	 * list it. */
	if (l.style == STYLE_APPENDIX && l.level == 1 && term == SIZE_MAX)
		term = appendix_title_below(doc, paragraph);
	if (goes_on < 0 && !in_sequence(b, &l, key, sibling, keep) &&
	    !(l.number == 1 && sibling >= 0 &&
	      !(l.style == STYLE_DECIMAL && l.level == 1 && numbered_table_header_above(doc, paragraph)) &&
	      restart_confirmed(b, paragraph, key)) &&
	    !(l.style != STYLE_MARKDOWN && contents_lists(b->contents, doc, paragraph)))
		return true;
	title_at = p->offset + l.title;
	if (term != SIZE_MAX) {
		const struct paragraph *q = &doc->paragraphs[term];
		size_t m = q->length;
		title_at = (size_t)(trimmed(doc->text + q->offset, &m) - doc->text);
		title = m;
		body = q->offset + q->length - p->offset;
	} else if (l.style == STYLE_MARKDOWN) {
		title = p->length - l.title;
		body = p->length;
	} else {
		size_t colon = label_colon_title(s + l.title, p->length - l.title, &body);
		/* 统筹督导：负责… is titled 统筹督导, as 统筹督导。负责… is;
		 * “促发展”：优化商务商业资源 is one title in two halves. */
		if (colon && !label_colon_joins(s + l.title, p->length - l.title, colon, body))
			title = colon;
		else
			title = label_sentence_title(&sentence, &body);
		body = body ? l.title + body : l.title;
	}
	node = new_node(b, keep > 0 ? b->stack[keep - 1].node : &b->outline->root, l.style, l.level,
			paragraph, p->offset + lead, l.length, title_at, title, p->offset + body);
	if (!node)
		return false;
	push(b, node, key, &l, keep, family, l.style == STYLE_MARKDOWN || goes_on >= 0);
	return true;
}

/* ---- run-in leads ---------------------------------------------------------- */

/* A work report writes the sections of a （一） as paragraphs that open
 * with a short lead sentence summing them up:
 *
 *     推动雄安新区高标准高质量建设。加快…，…。
 *     推动京津冀协同发展取得新进展。深化…。
 *
 * A run of two or more such paragraphs under a heading are headings one
 * level below it.  A lone one is a topic sentence, not a lead. */

enum { LEAD_MIN_CHARS = 4, LEAD_MAX_CHARS = 30 };

/* True when the digits at S[START..END) (of N bytes) count the tasks a
 * lead names: a verb of doing right before them, a measure word of tasks
 * or things made after them, then what is counted (继续办好10件惠民实事,
 * 实施12项重大工程, 建设15个示范区).  The count belongs to the task; a
 * figure reported stands after what it measures (拥有卫生机构3845个) or
 * follows a verb of result (增长10.5%, 达到3845个). */
static bool
counts_tasks(const char *s, size_t n, size_t start, size_t end)
{
	static const char *const verbs[] = { "办好", "办实", "做好", "抓好", "实施", "推进",
					     "落实", "建设", "打造", "开展", "推动" };
	static const char *const measures[] = { "件", "项", "个", "批" };
	bool verb = false, measure = false;
	uint32_t c;

	for (size_t k = 0; k < sizeof verbs / sizeof verbs[0] && !verb; k++)
		verb = start >= 6 && memcmp(s + start - 6, verbs[k], 6) == 0;
	for (size_t k = 0; k < sizeof measures / sizeof measures[0] && !measure; k++)
		measure = n - end >= 3 && memcmp(s + end, measures[k], 3) == 0;
	return verb && measure && utf8_decode(s + end + 3, n - end - 3, &c) > 0 && utf8_is_han(c);
}

/* True when the N bytes at S report a figure: a number of two digits or
 * more (全州拥有卫生机构3845个, 增长10.5%), a decimal or a percentage of
 * one digit (下降0.1%, 增长5%).  A sentence that gives a count is a
 * statement of fact; a lead names a task, and the tasks it counts are no
 * figure (counts_tasks).  Digits inside
 * quotation marks are part of a name (以新一轮“3个100万”为抓手推进
 * 新型城镇化。: the program's), no count. */
static bool
states_figure(const char *s, size_t n)
{
	bool quoted = false;

	for (size_t i = 0; i < n; i++) {
		size_t end = i;

		if (n - i >= 3 && (memcmp(s + i, "“", 3) == 0 || memcmp(s + i, "”", 3) == 0)) {
			quoted = memcmp(s + i, "“", 3) == 0;
			i += 2;
			continue;
		}
		if (quoted || s[i] < '0' || s[i] > '9')
			continue;
		while (end < n && s[end] >= '0' && s[end] <= '9')
			end++;
		if (end - i >= 2) {
			if (!counts_tasks(s, n, i, end))
				return true;
			i = end - 1;
			continue;
		}
		if (end < n && (s[end] == '%' || (s[end] == '.' && end + 1 < n && s[end + 1] >= '0' && s[end + 1] <= '9') ||
				(n - end >= 3 && memcmp(s + end, "％", 3) == 0)))
			return true;
	}
	return false;
}

/* True when the N bytes at S compare a figure with the year before or
 * the same period of it (居民消费价格与上年同期持平, 比上年有所增长,
 * 同比下降): a statistical statement of fact, worded without a number,
 * not a lead that names a task. */
static bool
compares_with_last_year(const char *s, size_t n)
{
	static const char *const words[] = { "比上年", "与上年", "比去年", "同比" };

	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (memmem(s, n, words[i], strlen(words[i])))
			return true;
	return false;
}

/* Whether the two characters of W (6 bytes) stand in S (N bytes):
 * memmem's answer, from utf8_find3's search for the first, which is
 * faster. */
static bool
has_pair(const char *s, size_t n, const char *w)
{
	const char *end = s + n;

	for (const char *p = s; (p = utf8_find3(p, (size_t)(end - p), w)) != NULL; p += 3)
		if (end - p >= 6 && memcmp(p + 3, w + 3, 3) == 0)
			return true;
	return false;
}

/* True when the N bytes at S tell what happened rather than name a task:
 * an aspect 了 (共产党不晓得挨了多少骂。) or a question word.  A lead is a
 * verb and its object, or a topic.  One pass for the first characters of
 * them all. */
static bool
narrates(const char *s, size_t n)
{
	static const char *const asks[] = { "多少", "什么", "怎么", "怎样", "为何", "哪里" };
	static const char *const firsts[] = { "多", "什", "怎", "为", "哪", "了" };
	const char *end = s + n;

	for (const char *p = s; (p = utf8_find3_any(p, (size_t)(end - p), firsts, 6)) != NULL; p += 3) {
		if (memcmp(p, "了", 3) == 0) {
			/* 为了 and 除了 are prepositions, 了解 and 了结 verbs. */
			bool word = (p - s >= 3 && (memcmp(p - 3, "为", 3) == 0 || memcmp(p - 3, "除", 3) == 0)) ||
				    (p + 6 <= end && (memcmp(p + 3, "解", 3) == 0 || memcmp(p + 3, "结", 3) == 0));
			if (!word)
				return true;
			continue;
		}
		for (size_t i = 0; i < sizeof asks / sizeof asks[0]; i++)
			if (end - p >= 6 && memcmp(p, asks[i], 6) == 0)
				return true;
	}
	return false;
}

/* True when the one clause after CLAUSE (a ，) up to END in S singles out
 * a part of what the first names (继续增加城乡居民收入，特别是中低收入者
 * 收入。): the sentence still names one task. */
static bool
stresses_part(const char *s, size_t clause, size_t end)
{
	static const char *const words[] = { "特别是", "尤其是", "重点是" };
	const char *rest = s + clause + 3;
	size_t n;

	if (clause + 3 > end || memcmp(s + clause, "，", 3) != 0)
		return false;
	n = end - clause - 3;
	if (utf8_find3(rest, n, "，") || utf8_find3(rest, n, "："))
		return false;
	return utf8_prefix_in(rest, n, words, sizeof words / sizeof words[0]) > 0;
}

enum { PARALLEL_MAX_CHARS = 24, PARALLEL_OPENING = 3 };

/* True when S (N bytes) and T (M bytes) open with the same CHARS
 * Chinese characters. */
static bool
same_opening(const char *s, size_t n, const char *t, size_t m, size_t chars)
{
	size_t k = chars * 3;

	if (n < k || m < k || memcmp(s, t, k) != 0)
		return false;
	for (size_t i = 0; i < k; i += 3)
		if (((unsigned char)s[i] & 0xf0) != 0xe0)
			return false;
	return true;
}

/* True when SENTENCE, the first of S, is two clauses that may make a
 * lead: one ，, 。 at its end, no more than PARALLEL_MAX_CHARS characters,
 * a first clause that tells no time and a second long enough to be a
 * lead alone. */
static bool
two_clause_lead(const char *s, const struct label_sentence *sentence)
{
	size_t rest = sentence->clause + 3;

	/* 这一年，…。 五年来，…。 这五年，…。: paragraphs of a review
	 * open in parallel on the time they tell of, which is no task. */
	if (utf8_starts_with(s, sentence->clause, "这") || utf8_starts_with(s, sentence->clause, "那") ||
	    utf8_starts_with(s, sentence->clause, "此") || utf8_find3(s, sentence->clause, "年") ||
	    utf8_count(s, sentence->clause) < LEAD_MIN_CHARS)
		return false;
	return sentence->mark == 3 && memcmp(s + sentence->end, "。", 3) == 0 &&
	       sentence->chars <= PARALLEL_MAX_CHARS && sentence->clause < sentence->end &&
	       memcmp(s + sentence->clause, "，", 3) == 0 && rest <= sentence->end &&
	       !utf8_find3(s + rest, sentence->end - rest, "，") &&
	       utf8_count(s + rest, sentence->end - rest) >= LEAD_MIN_CHARS &&
	       !states_figure(s, sentence->end) && !narrates(s, sentence->end);
}

/* The characters of each clause of SENTENCE, the first of S, when its
 * two clauses are as long as each other (坚持依法行政，规范权力运行); 0
 * when they are not. */
static size_t
balanced_half(const char *s, const struct label_sentence *sentence)
{
	size_t rest = sentence->clause + 3, first = utf8_count(s, sentence->clause);

	return rest <= sentence->end && utf8_count(s + rest, sentence->end - rest) == first ? first : 0;
}

enum { PARALLEL_RUN = 3 };

/* (lead_memo's, below) */
static size_t paragraph_label_title(struct lead_memo *memo, size_t paragraph);
static void paragraph_first_sentence(struct lead_memo *memo, size_t paragraph, struct label_sentence *out);

/* The number of paragraphs in the run of consecutive paragraphs around
 * PARAGRAPH (itself counted) whose first sentence is a two_clause_lead
 * and that are no Markdown headings. */
static size_t
clause_lead_run(struct lead_memo *memo, size_t paragraph)
{
	const struct doc *doc = memo->doc;
	size_t run = 1;

	for (int step = -1; step <= 1; step += 2)
		for (size_t other = paragraph + (size_t)step;
		     (step > 0 || other < paragraph) && other < doc->paragraph_count; other += (size_t)step) {
			const struct paragraph *q = &doc->paragraphs[other];
			struct label_sentence next;
			if (q->md_level > 0)
				break;
			paragraph_first_sentence(memo, other, &next);
			if (!two_clause_lead(doc->text + q->offset, &next))
				break;
			run++;
		}
	return run;
}

/* A lead of two clauses, the way it is taken and the task (立足于中心城区
 * 的基础优势，推动现代服务业提档升级。), marked as a lead by a sibling
 * that opens the same way: true when SENTENCE, the first of PARAGRAPH, is
 * two_clause_lead and the paragraph before or after it opens with the
 * same words in a sentence of that shape.  Two clauses of one length
 * each, the sibling's of that length too (坚持政治引领，践行人民至上。 /
 * 坚持依法行政，规范权力运行。), need only open with the same two
 * characters: the parallel is in the shape.  So is a run of
 * PARALLEL_RUN such paragraphs or more one after another (推进某某改革，
 * 完善某某结构。 / 深化某某改革，加快某某建设。 / 加快某某改革，加强某某
 * 监管。): tasks set out in one shape, whatever verbs they open with. */
static bool
parallel_clause_lead(struct lead_memo *memo, size_t paragraph, const struct label_sentence *sentence)
{
	const struct doc *doc = memo->doc;
	const struct paragraph *p = &doc->paragraphs[paragraph];
	const char *s = doc->text + p->offset;
	size_t half;

	if (!two_clause_lead(s, sentence))
		return false;
	if (clause_lead_run(memo, paragraph) >= PARALLEL_RUN)
		return true;
	for (int step = -1; step <= 1; step += 2) {
		size_t other = paragraph + (size_t)step;
		const struct paragraph *q;
		struct label_sentence next;
		if ((step < 0 && paragraph == 0) || other >= doc->paragraph_count)
			continue;
		q = &doc->paragraphs[other];
		if (q->md_level > 0 ||
		    !same_opening(s, p->length, doc->text + q->offset, q->length, PARALLEL_OPENING - 1))
			continue;
		paragraph_first_sentence(memo, other, &next);
		if (!two_clause_lead(doc->text + q->offset, &next))
			continue;
		if (same_opening(s, p->length, doc->text + q->offset, q->length, PARALLEL_OPENING))
			return true;
		half = balanced_half(s, sentence);
		if (half > 0 && balanced_half(doc->text + q->offset, &next) == half)
			return true;
	}
	return false;
}

/* True when S (N bytes) and T (M bytes) open with the same two Chinese
 * characters, the verb a series of leads is written on (聚焦…, 聚焦…). */
static bool
same_verb(const char *s, size_t n, const char *t, size_t m)
{
	return n >= 6 && m >= 6 && memcmp(s, t, 6) == 0 && ((unsigned char)s[0] & 0xf0) == 0xe0 &&
	       ((unsigned char)s[3] & 0xf0) == 0xe0;
}

/* two_clause_lead of SENTENCE, the first of S, with the length of the
 * sentence let up to LEAD_MAX_CHARS characters (a lead alone on its line
 * may be as long as any lead), not held to PARALLEL_MAX_CHARS. */
static bool
long_two_clause_lead(const char *s, const struct label_sentence *sentence)
{
	struct label_sentence judged = *sentence;

	if (judged.chars > LEAD_MAX_CHARS)
		return false;
	if (judged.chars > PARALLEL_MAX_CHARS)
		judged.chars = PARALLEL_MAX_CHARS;
	return two_clause_lead(s, &judged);
}

/* True when PARAGRAPH, whose first sentence is SENTENCE, is that sentence
 * alone on its line over a paragraph of body text at least twice as long:
 * the shape of a lead a copy sets on a line of its own. */
static bool
alone_over_body(const struct doc *doc, size_t paragraph, const struct label_sentence *sentence)
{
	const struct paragraph *p = &doc->paragraphs[paragraph], *next;

	if (sentence->end + sentence->mark < p->length || paragraph + 1 >= doc->paragraph_count)
		return false;
	next = &doc->paragraphs[paragraph + 1];
	return next->md_level == 0 && next->length >= 2 * p->length &&
	       label_prefix_length(doc->text + next->offset, next->length) == 0;
}

/* Leads a copy sets on lines of their own, each over its paragraph, in
 * parallel on the same verb:
 *
 *     聚焦对外开放，高标准建设自由贸易港。
 *     全面落实总体方案，……
 *     聚焦高质量发展，打造具有本地特色和优势的现代化产业体系。
 *     以新发展理念为引领，……
 *
 * True when SENTENCE, the first of PARAGRAPH, is alone_over_body and the
 * paragraph two before or after it (past the one body paragraph between)
 * is a sentence of up to LEAD_MAX_CHARS characters alone over its body
 * too, of the same_verb, and both are long_two_clause_lead or open with
 * the same clause word for word (a series on the time it reviews:
 * 这一年，我们…，…。). */
static bool
own_line_clause_lead(const struct doc *doc, size_t paragraph, const struct label_sentence *sentence)
{
	const char *s = doc->text + doc->paragraphs[paragraph].offset;
	bool two = long_two_clause_lead(s, sentence);

	if (!alone_over_body(doc, paragraph, sentence) || sentence->clause >= sentence->end ||
	    memcmp(s + sentence->clause, "，", 3) != 0)
		return false;
	for (int step = -2; step <= 2; step += 4) {
		size_t other = paragraph + (size_t)step;
		const struct paragraph *q;
		struct label_sentence next;
		const char *t;
		if ((step < 0 && paragraph < 2) || other >= doc->paragraph_count)
			continue;
		q = &doc->paragraphs[other];
		t = doc->text + q->offset;
		if (q->md_level > 0 || !same_verb(s, doc->paragraphs[paragraph].length, t, q->length))
			continue;
		label_first_sentence(t, q->length, &next);
		if (!alone_over_body(doc, other, &next) || next.chars > LEAD_MAX_CHARS ||
		    memcmp(t + next.end, "。", 3) != 0 || states_figure(t, next.end) || narrates(t, next.end))
			continue;
		/* two clauses each, or the same first clause word for word
		 * (这一年，我们…，…。 / 这一年，我们…，…。): the lines of one
		 * series */
		if ((two && long_two_clause_lead(t, &next)) ||
		    (next.clause == sentence->clause && memcmp(s, t, sentence->clause) == 0))
			return true;
	}
	return false;
}

/* (lead_memo's, below) */
static size_t lead_length(struct lead_memo *memo, size_t paragraph);

/* A section set out as a heading alone on its line (（五）全方位扩大对内
 * 对外开放) over lead paragraphs opens with its first lead, which may be
 * of two clauses, the way and the task (以深入推进长三角一体化发展为
 * 牵引，全面服务和融入国家发展战略。) though the leads after it are of
 * one: true when SENTENCE, the first of PARAGRAPH, is a
 * long_two_clause_lead, the paragraph before it a （一） item alone on
 * its line (no 。) and the two paragraphs after it open with run-in
 * leads. */
static bool
first_lead_under_item(struct lead_memo *memo, size_t paragraph, const struct label_sentence *sentence)
{
	const struct doc *doc = memo->doc;
	const struct paragraph *q;
	struct label l;

	if (paragraph == 0 || paragraph + 1 >= doc->paragraph_count ||
	    !long_two_clause_lead(doc->text + doc->paragraphs[paragraph].offset, sentence))
		return false;
	q = &doc->paragraphs[paragraph - 1];
	if (q->md_level > 0 || !label_parse(doc->text + q->offset, q->length, &l) || l.style != STYLE_CN_PAREN ||
	    utf8_find3(doc->text + q->offset, q->length, "。") || utf8_count(doc->text + q->offset, q->length) > 40)
		return false;
	return paragraph + 2 < doc->paragraph_count && lead_length(memo, paragraph + 1) > 0 &&
	       lead_length(memo, paragraph + 2) > 0;
}

/* True when PARAGRAPH closes a document: its sign-off follows it (the
 * issuing body's name alone on a line and the date alone on the next, or
 * the date alone), with only the attachment note (附件：某某样图, 附件：
 * 1.…) between.  A notice's last paragraph (某某工作意义重大、使命光荣。
 * …要认真组织实施。) sums up the whole and asks for its carrying out; it
 * heads no section of its own. */
static bool
closes_document(const struct doc *doc, size_t paragraph)
{
	size_t j = paragraph + 1;
	struct date d;

	while (j < doc->paragraph_count &&
	       (doc->paragraphs[j].length == 0 ||
		utf8_starts_with(doc->text + doc->paragraphs[j].offset, doc->paragraphs[j].length, "附件")))
		j++;
	if (j < doc->paragraph_count &&
	    meta_body_name(doc->text + doc->paragraphs[j].offset, doc->paragraphs[j].length))
		j++;
	return j < doc->paragraph_count &&
	       date_alone(doc->text + doc->paragraphs[j].offset, doc->paragraphs[j].length, &d);
}

/* True when S (N bytes) opens with a sentence of exactly CHARS Chinese
 * characters closed by 。, no comma in it, and goes on after it. */
static bool
opens_with_short_sentence(const char *s, size_t n, size_t chars)
{
	struct label_sentence sentence;

	if (label_prefix_length(s, n) > 0)
		return false;
	label_first_sentence(s, n, &sentence);
	if (sentence.mark != 3 || memcmp(s + sentence.end, "。", 3) != 0 || sentence.chars != chars ||
	    sentence.clause != sentence.end || sentence.end + sentence.mark >= n)
		return false;
	for (size_t i = 0; i < sentence.end; i += 3)
		if (((unsigned char)s[i] & 0xf0) != 0xe0)
			return false;
	return true;
}

/* True when PARAGRAPH opens with a lead one character shorter than a
 * lead's least (抓一产。), and the paragraph before or after it (past
 * blank lines) opens the same way: parallel leads of three characters
 * (抓一产。 / 提二产。 / 促三产。), not a stray short sentence. */
static bool
short_leads_beside(const struct doc *doc, size_t paragraph)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	size_t chars = LEAD_MIN_CHARS - 1;

	if (!opens_with_short_sentence(doc->text + p->offset, p->length, chars))
		return false;
	for (int step = -1; step <= 1; step += 2) {
		size_t i = paragraph;
		for (;;) {
			if ((step < 0 && i == 0) || (step > 0 && i + 1 >= doc->paragraph_count))
				break;
			i += (size_t)step;
			if (doc->paragraphs[i].length > 0)
				break;
		}
		if (i == paragraph || doc->paragraphs[i].length == 0)
			continue;
		if (opens_with_short_sentence(doc->text + doc->paragraphs[i].offset, doc->paragraphs[i].length,
					      chars))
			return true;
	}
	return false;
}

/* True when the sentence S (N bytes) defines: a subject of two
 * characters or more that holds 的, then 是 (今后五年的中心任务是…,
 * 今年工作的总体要求是…); 是否 and a numbered 一是 are not. */
static bool
defines(const char *s, size_t n)
{
	const char *shi = utf8_find3(s, n, "是"), *de;
	size_t used;

	if (!shi || utf8_count(s, (size_t)(shi - s)) < 2 ||
	    utf8_starts_with(shi, n - (size_t)(shi - s), "是否"))
		return false;
	de = utf8_find3(s, (size_t)(shi - s), "的");
	if (!de || de == s)
		return false;
	/* (…的一是: an item's numeral before 是) */
	if (shi - s >= 3 && numeral_chinese(shi - 3, 3, &used) > 0 && used == 3)
		return false;
	return true;
}

static bool count_verb(const char *s, size_t n);

/* True when the paragraph before PARAGRAPH of DOC is text cut in the
 * middle of a sentence: it holds a sentence's end and ends on a Han
 * character, no mark closing it.  A conversion that made one paragraph
 * two (…法治工作取得新进展。配合国务院办公 / 厅、司法部做好…有关工作。…)
 * leaves PARAGRAPH going on with that sentence: it opens with no lead. */
static bool
cut_from_above(const struct doc *doc, size_t paragraph)
{
	size_t above = previous_filled(doc, paragraph), n, at;
	const struct paragraph *q;
	const char *t;
	uint32_t c;

	if (above == SIZE_MAX)
		return false;
	q = &doc->paragraphs[above];
	t = doc->text + q->offset;
	n = q->length;
	while (n > 0 && utf8_space_before(t, t + n))
		n -= utf8_space_before(t, t + n);
	if (q->md_level > 0 || n == 0 || !utf8_find3(t, n, "。"))
		return false;
	at = utf8_previous(t, 0, n);
	utf8_decode(t + at, n - at, &c);
	return utf8_is_han(c);
}

/* The length in bytes of the lead-shaped first sentence of PARAGRAPH
 * (without its 。), 0 when it has none; *WHOLE is set when that sentence
 * is the whole paragraph. */
static size_t
read_lead_sentence(struct lead_memo *memo, size_t paragraph, bool *whole)
{
	const struct doc *doc = memo->doc;
	const struct paragraph *p;
	struct label_sentence sentence;
	const char *s;
	size_t used;

	*whole = false;
	if (paragraph >= doc->paragraph_count || paragraph == doc->title_paragraph)
		return 0;
	p = &doc->paragraphs[paragraph];
	s = doc->text + p->offset;
	/* (an item a) b） (c) says one thing of its clause: no lead) */
	if (p->md_level > 0 || paragraph_label_title(memo, paragraph) > 0 || label_letter_item(s, p->length) > 0)
		return 0;
	/* "## （三）深化体制改革\n农村综合改革试点继续推进。…": text right under
	 * a Markdown heading, with no blank line between, runs on from it as
	 * a report's text runs on after its heading's sentence. */
	if (paragraph > 0 && doc->paragraphs[paragraph - 1].md_level > 0 && !p->blank_before)
		return 0;
	/* ——坚持…。 is a bullet; 一是…。 an inline item. */
	if (utf8_starts_with(s, p->length, "—") ||
	    (numeral_chinese(s, p->length, &used) > 0 && count_verb(s + used, p->length - used)))
		return 0;
	/* 过去的五年极不寻常。 刚刚过去的2025年很不平凡。: a section of a
	 * work report opens by judging the period it reviews; that sentence
	 * introduces the section, it sums up no topic. */
	if (utf8_starts_with(s, p->length, "过去") || utf8_starts_with(s, p->length, "刚刚过去") ||
	    utf8_starts_with(s, p->length, "回顾过去"))
		return 0;
	paragraph_first_sentence(memo, paragraph, &sentence);
	if (sentence.mark != 3 || memcmp(s + sentence.end, "。", 3) != 0 ||
	    (sentence.chars < LEAD_MIN_CHARS && !short_leads_beside(doc, paragraph)) ||
	    sentence.chars > LEAD_MAX_CHARS || states_figure(s, sentence.end) || narrates(s, sentence.end))
		return 0;
	/* (a line the sign-off follows, asked only of a lead-shaped
	 * sentence: it reads the lines below) */
	if (closes_document(doc, paragraph) || cut_from_above(doc, paragraph))
		return 0;
	/* 今后五年的中心任务是科学发展、富民强省。: a sentence that says
	 * what something of the period is (X的Y是Z) introduces what follows;
	 * it names no task of its own. */
	if (defines(s, sentence.end))
		return 0;
	/* 某某设计研究院有限公司。该公司成立于…: a unit's name, then what
	 * the paragraph tells of it, the next sentence pointing back at it
	 * (该公司, 该乡): the paragraph's subject, no task. */
	if (utf8_starts_with(s + sentence.end + sentence.mark, p->length - sentence.end - sentence.mark, "该"))
		return 0;
	if (sentence.clause != sentence.end &&
	    !stresses_part(s, sentence.clause, sentence.end) &&
	    !parallel_clause_lead(memo, paragraph, &sentence) && !own_line_clause_lead(doc, paragraph, &sentence) &&
	    !first_lead_under_item(memo, paragraph, &sentence))
		return 0;
	/* (asked last, of a sentence that is a lead in all else) */
	if (compares_with_last_year(s, sentence.end))
		return 0;
	*whole = sentence.end + sentence.mark >= p->length;
	return sentence.end;
}

/* The slot of paragraph PARAGRAPH in MEMO, emptied for it when it held
 * another. */
static struct near_paragraph *
near_paragraph(struct lead_memo *memo, size_t paragraph)
{
	struct near_paragraph *near = &memo->near[paragraph % NEAR_SLOTS];

	if (near->paragraph != paragraph) {
		near->paragraph = paragraph;
		near->titled = near->sentenced = false;
	}
	return near;
}

/* Parses the label that opens paragraph PARAGRAPH of MEMO's document into
 * *L (label_parse), which paragraph_label_title then need not read again;
 * false when it opens with none. */
static bool
paragraph_label(struct lead_memo *memo, size_t paragraph, struct label *l)
{
	const struct paragraph *p = &memo->doc->paragraphs[paragraph];
	uint16_t *answer = memo->answers ? &memo->answers[paragraph].label_title : NULL;
	bool parsed;

	/* (most paragraphs open with no label, and may have been read so) */
	if (answer && *answer == 0) {
		memset(l, 0, sizeof *l);
		return false;
	}
	parsed = label_parse(memo->doc->text + p->offset, p->length, l);
	if (answer && (!parsed || l->title < UNREAD))
		*answer = parsed ? (uint16_t)l->title : 0;
	return parsed;
}

/* label_prefix_length of paragraph PARAGRAPH of MEMO's document. */
static size_t
paragraph_label_title(struct lead_memo *memo, size_t paragraph)
{
	struct near_paragraph *near;
	const struct paragraph *p = &memo->doc->paragraphs[paragraph];
	uint16_t *answer = memo->answers ? &memo->answers[paragraph].label_title : NULL;

	if (answer && *answer != UNREAD)
		return *answer;
	near = near_paragraph(memo, paragraph);
	if (!near->titled) {
		near->label_title = label_prefix_length(memo->doc->text + p->offset, p->length);
		near->titled = true;
	}
	if (answer && near->label_title < UNREAD)
		*answer = (uint16_t)near->label_title;
	return near->label_title;
}

/* label_first_sentence of paragraph PARAGRAPH of MEMO's document, into
 * *OUT. */
static void
paragraph_first_sentence(struct lead_memo *memo, size_t paragraph, struct label_sentence *out)
{
	struct near_paragraph *near = near_paragraph(memo, paragraph);
	const struct paragraph *p = &memo->doc->paragraphs[paragraph];

	if (!near->sentenced) {
		label_first_sentence(memo->doc->text + p->offset, p->length, &near->sentence);
		near->sentenced = true;
	}
	*out = near->sentence;
}

/* Sets up MEMO, all of it unread, for the lead rules' reading of DOC;
 * lead_memo_end frees what it holds. */
static void
lead_memo_begin(struct lead_memo *memo, const struct doc *doc)
{
	memo->doc = doc;
	for (size_t i = 0; i < NEAR_SLOTS; i++)
		memo->near[i].paragraph = SIZE_MAX;
	memo->answers = malloc((doc->paragraph_count + 1) * sizeof *memo->answers);
	if (memo->answers)
		memset(memo->answers, 0xff, (doc->paragraph_count + 1) * sizeof *memo->answers);
}

static void
lead_memo_end(struct lead_memo *memo)
{
	free(memo->answers);
	memo->answers = NULL;
}

/* read_lead_sentence of PARAGRAPH of MEMO's document, each paragraph's
 * read once. */
static size_t
lead_sentence(struct lead_memo *memo, size_t paragraph, bool *whole)
{
	uint16_t *answer;
	size_t length;

	if (!memo->answers || paragraph >= memo->doc->paragraph_count)
		return read_lead_sentence(memo, paragraph, whole);
	answer = &memo->answers[paragraph].lead;
	if (*answer != UNREAD) {
		*whole = *answer & 1;
		return *answer >> 1;
	}
	length = read_lead_sentence(memo, paragraph, whole);
	if (length < UNREAD / 2)
		*answer = (uint16_t)(length << 1 | *whole);
	return length;
}

/* The length in bytes of the run-in lead sentence of PARAGRAPH (without
 * its 。), 0 when it has none. */
static size_t
lead_length(struct lead_memo *memo, size_t paragraph)
{
	bool whole;
	size_t length = lead_sentence(memo, paragraph, &whole);

	return whole ? 0 : length;
}

/* own_line_lead of PARAGRAPH, whose lead_sentence is LENGTH bytes long
 * and WHOLE (or not). */
static size_t
own_line(struct lead_memo *memo, size_t paragraph, size_t length, bool whole)
{
	const struct doc *doc = memo->doc;
	const struct paragraph *next;

	if (length == 0 || !whole || paragraph + 1 >= doc->paragraph_count)
		return 0;
	next = &doc->paragraphs[paragraph + 1];
	if (next->md_level > 0 || next->length < 2 * (length + 3) ||
	    paragraph_label_title(memo, paragraph + 1) > 0 ||
	    label_letter_item(doc->text + next->offset, next->length) > 0)
		return 0;
	return length;
}

/* A newspaper's copy sets each lead on a line of its own:
 *
 *     生态底色更加亮丽。
 *     始终坚持生态优先、绿色发展，……
 *     经济运行持续向好。
 *     精准落实更加积极有为的宏观政策，……
 *
 * The length in bytes of PARAGRAPH's lead (without its 。) when it is such
 * a line: a lead sentence alone, followed by a longer paragraph of body
 * text; 0 otherwise. */
static size_t
own_line_lead(struct lead_memo *memo, size_t paragraph)
{
	bool whole;
	size_t length = lead_sentence(memo, paragraph, &whole);

	return own_line(memo, paragraph, length, whole);
}

enum { LONE_LEAD_MAX_CHARS = 16, LONE_LEAD_REACH = 3 };

/* True when the lead of PARAGRAPH (its lead_length) is a few words, as
 * short as a lone lead may be. */
static bool
short_lead(struct lead_memo *memo, size_t paragraph)
{
	const struct doc *doc = memo->doc;
	size_t length = lead_length(memo, paragraph);

	return length > 0 && utf8_count(doc->text + doc->paragraphs[paragraph].offset, length) <= LONE_LEAD_MAX_CHARS;
}

/* True when the paragraph before or after PARAGRAPH opens with a lead
 * too: a lone lead is a topic sentence.  Two alone make a run when one
 * of them is a few words (促进消费扩容升级。): two long first sentences side
 * by side (对符合条件的车辆免收停车费和通行费。 停车收费管理工作意义重大、
 * 涉及面广。) are the statements of a notice's paragraphs.  A lead on its
 * own line needs a sibling of the same form one body paragraph before or
 * after it. */
static bool
in_lead_run(struct lead_memo *memo, size_t paragraph)
{
	bool before, after;
	size_t other;

	if (own_line_lead(memo, paragraph) > 0)
		return (paragraph > 1 && own_line_lead(memo, paragraph - 2) > 0) ||
		       own_line_lead(memo, paragraph + 2) > 0;
	before = paragraph > 0 && lead_length(memo, paragraph - 1) > 0;
	after = lead_length(memo, paragraph + 1) > 0;
	if (before && after)
		return true;
	if (!before && !after)
		return false;
	other = before ? paragraph - 1 : paragraph + 1;
	if ((before && other > 0 && lead_length(memo, other - 1) > 0) || (after && lead_length(memo, other + 1) > 0))
		return true;
	return short_lead(memo, paragraph) || short_lead(memo, other);
}

/* The 一是 that opens the paragraph the last heading stands under, when
 * the last heading is one (or a lead under one); NULL otherwise. */
static struct outline_node *
paragraph_item(const struct builder *b)
{
	const struct outline *o = b->outline;
	struct outline_node *n = o->count > 0 ? o->nodes[o->count - 1] : NULL;

	if (n && n->style == STYLE_NONE && n->level == 1 && n->parent)
		n = n->parent;
	if (!n || n->style != STYLE_INLINE ||
	    n->offset != b->doc->paragraphs[n->paragraph].offset)
		return NULL;
	return n;
}

/* True when the N bytes at S tell of someone or something rather than
 * name a task: they open with who acts or what is meant (本届政府…,
 * 我们…, 这些…, 该…), or they say how much something is so (十分, 非常,
 * 很, 极为): 本届政府十分重视队伍和作风建设。  A task opens with what is to
 * be done, or how (较大幅度地增加科技、教育投入。). */
static bool
tells_of(const char *s, size_t n)
{
	static const char *const actors[] = { "本届", "本次", "我", "这", "此", "该" };
	static const char *const degrees[] = { "非常", "极为", "极其", "格外" };

	if (utf8_prefix_in(s, n, actors, sizeof actors / sizeof actors[0]) > 0 || utf8_find3(s, n, "很"))
		return true;
	/* (十分之一 is a fraction) */
	if (has_pair(s, n, "十分") && !memmem(s, n, "十分之", 9))
		return true;
	for (size_t i = 0; i < sizeof degrees / sizeof degrees[0]; i++)
		if (has_pair(s, n, degrees[i]))
			return true;
	return false;
}

/* True when the LENGTH bytes at S are the words of a lone lead, Chinese
 * words only, a word first (积极发展各类要素市场): no 是 or 的 that would
 * make it a topic sentence, no ，, no 一定, 必须 or 应当 that would make it an
 * exhortation (改革开放是发展的动力。 全党一定要重视农业。), nothing that
 * tells_of someone. */
static bool
lone_lead_words(const char *s, size_t length)
{
	if (length == 0 || (unsigned char)s[0] < 0xe4 || (unsigned char)s[0] > 0xe9)
		return false;
	for (size_t i = 0; i < length; i++)
		if ((unsigned char)s[i] < 0x80)
			return false;
	return !utf8_find3(s, length, "是") && !utf8_find3(s, length, "的") && !utf8_find3(s, length, "，") &&
	       !has_pair(s, length, "一定") && !has_pair(s, length, "必须") && !has_pair(s, length, "应当") &&
	       !tells_of(s, length);
}

/* True when the LENGTH bytes at S are a short task in lone_lead_words: no
 * more than LONE_LEAD_MAX_CHARS characters. */
static bool
short_task(const char *s, size_t length)
{
	return utf8_count(s, length) <= LONE_LEAD_MAX_CHARS && lone_lead_words(s, length);
}

/* True when the LENGTH bytes at S name what a year achieved the way a
 * work report's review does: a subject, then 取得 and what was won, a few
 * words (城市建设取得新进展, 东山组团基础设施建设取得突破性进展).  The subject
 * is a project's or a field's whole name, so such a lead runs longer than
 * a short_task, up to LEAD_MAX_CHARS characters, in lone_lead_words. */
static bool
achievement_lead(const char *s, size_t length)
{
	static const char *const gains[] = { "进展", "成效", "成果", "成绩", "成就", "突破", "实效" };
	enum { WON_MAX_CHARS = 6 };
	const char *won = NULL;

	if (utf8_count(s, length) > LEAD_MAX_CHARS || !lone_lead_words(s, length))
		return false;
	/* the last 取得, with a subject of two characters or more before it */
	for (const char *p = s; (p = utf8_find3(p, length - (size_t)(p - s), "取")) != NULL; p += 3)
		if (length - (size_t)(p - s) >= 6 && memcmp(p + 3, "得", 3) == 0)
			won = p;
	if (!won || won - s < 6 || utf8_count(won + 6, length - (size_t)(won + 6 - s)) > WON_MAX_CHARS)
		return false;
	for (size_t i = 0; i < sizeof gains / sizeof gains[0]; i++)
		if (utf8_ends_with(s, length, gains[i]))
			return true;
	return false;
}

/* True when the run-in lead of LENGTH bytes that opens PARAGRAPH, with no
 * lead beside it, goes on the run of leads open at stack position SIBLING
 * under the same heading, a paragraph or two of other text between
 * (保持投资较快增长。… / 在…的同时，加大…。 / 认真做好财税工作。…): the
 * last of that run a run-in lead no more than LONE_LEAD_REACH paragraphs
 * above it, and it a short_task or an achievement_lead. */
static bool
lead_run_goes_on(struct builder *b, size_t paragraph, size_t length, int sibling)
{
	const struct outline_node *last;

	if (sibling < 0 || own_line_lead(&b->lead_memo, paragraph) > 0)
		return false;
	last = b->stack[sibling].node;
	/* (the paragraph under a lead on its own line is that lead's text) */
	return last->style == STYLE_NONE && last->level == 1 && last->paragraph < paragraph &&
	       paragraph <= last->paragraph + LONE_LEAD_REACH && own_line_lead(&b->lead_memo, last->paragraph) == 0 &&
	       (short_task(b->doc->text + b->doc->paragraphs[paragraph].offset, length) ||
		achievement_lead(b->doc->text + b->doc->paragraphs[paragraph].offset, length));
}

/* True when the run-in lead of LENGTH bytes that opens PARAGRAPH, with no
 * lead beside it, is one all the same: the report sets runs of leads
 * under headings of the style of the one it would stand under, before or
 * after this one (gather_leads_under; stack position
 * KEEP), the innermost (no series_head, whose leads stand on lines of
 * their own), no more than LONE_LEAD_REACH paragraphs above it, and it
 * is a short_task or an achievement_lead. */
static bool
lone_lead(struct builder *b, size_t paragraph, size_t length, int keep)
{
	const char *s = b->doc->text + b->doc->paragraphs[paragraph].offset;

	if (keep != b->depth || keep == 0 || own_line_lead(&b->lead_memo, paragraph) > 0 ||
	    !b->leads_under[b->stack[keep - 1].key] ||
	    b->stack[keep - 1].key == key_of(STYLE_NONE, 1) || b->stack[keep - 1].key == key_of(STYLE_NONE, 3) ||
	    paragraph > b->stack[keep - 1].node->paragraph + LONE_LEAD_REACH)
		return false;
	return short_task(s, length) || achievement_lead(s, length);
}

/* True when PARAGRAPH, the first under the innermost heading (a heading
 * alone on its line), opens with a judgement, X是Y, in a sentence of
 * LENGTH bytes (改革是今年政府工作的首要任务。 under （一）推动重要领域
 * 改革取得新突破): it introduces the heading's section, whose tasks the
 * leads after it name; it is no lead of its own. */
static bool
opens_section_with_judgement(const struct builder *b, size_t paragraph, size_t length)
{
	const struct doc *doc = b->doc;
	const struct outline_node *node = b->stack[b->depth - 1].node;
	const char *s = doc->text + doc->paragraphs[paragraph].offset, *shi;
	size_t above = paragraph;

	if (node->style == STYLE_NONE || run_in_heading(doc, node))
		return false;
	while (above > 0 && doc->paragraphs[above - 1].length == 0)
		above--;
	if (above == 0 || above - 1 != node->paragraph)
		return false;
	shi = utf8_find3(s, length, "是");
	return shi && utf8_count(s, (size_t)(shi - s)) >= 2 && !utf8_find3(s, length, "，") &&
	       !utf8_starts_with(shi, length - (size_t)(shi - s), "是否");
}

/* The length in bytes of the lead that opens PARAGRAPH (without its 。):
 * its run-in lead_length, or its own_line_lead when the sentence is the
 * whole paragraph; 0 when it opens with none. */
static size_t
opening_lead(struct lead_memo *memo, size_t paragraph)
{
	bool whole;
	size_t length = lead_sentence(memo, paragraph, &whole);

	return whole ? own_line(memo, paragraph, length, whole) : length;
}

/* Makes PARAGRAPH a lead under the innermost heading when it is one of a
 * run of leads, or a lone_lead. */
static bool
lead_paragraph(struct builder *b, size_t paragraph)
{
	const struct paragraph *p = &b->doc->paragraphs[paragraph];
	struct outline_node *node;
	struct label none;
	size_t length;
	int key = key_of(STYLE_NONE, 1), keep, sibling;

	/* (the notes after 注释, 〔1〕 见《老子》第八十章。…, are notes
	 * whatever their first sentence) */
	if (b->depth == 0 || b->in_notes)
		return true;
	length = opening_lead(&b->lead_memo, paragraph);
	if (length == 0)
		return true;
	/* Where 一是, 二是 open the paragraphs, they are the section's
	 * headings: a run of leads after one is under it. */
	if (b->inline_paragraphs) {
		struct outline_node *item = paragraph_item(b);
		if (!in_lead_run(&b->lead_memo, paragraph))
			return true;
		/* Under a 一是 that opens a paragraph before this one and is
		 * no heading until its 二是 comes: held for it. */
		if (!item && b->pending_offset != SIZE_MAX && b->pending_paragraph < paragraph &&
		    b->pending_offset == b->doc->paragraphs[b->pending_paragraph].offset &&
		    b->held_count < HELD_LEADS) {
			b->held[b->held_count].paragraph = paragraph;
			b->held[b->held_count++].length = length;
		}
		if (!item)
			return true;
		return new_node(b, item, STYLE_NONE, 1, paragraph, p->offset, 0, p->offset, length,
				p->offset + length + 3) != NULL;
	}
	/* A part announced by a bare numeral (一 alone on its line, or
	 * with its title after a space: 一 两类不同性质的矛盾) or a
	 * point numbered 第二点 (第二件, ## 第二点　…) is a speech's or a
	 * narrative's: its paragraphs open with statements, not leads.  The
	 * paragraphs of a law's article are its clauses (款), whose first
	 * sentences are rules, not leads. */
	if (!b->stack[b->depth - 1].node->title[0] || is_article(b->stack[b->depth - 1].node) ||
	    b->stack[b->depth - 1].node->style == STYLE_CN_SPACE ||
	    b->stack[b->depth - 1].key == key_of(STYLE_DI_COMMA, 1) ||
	    b->stack[b->depth - 1].family == key_of(STYLE_DI_COMMA, 1))
		return true;
	if (opens_section_with_judgement(b, paragraph, length))
		return true;
	keep = place(b, key, &sibling);
	if (sibling < 0 && keep < b->depth)
		keep = b->depth;
	if (!in_lead_run(&b->lead_memo, paragraph) && !lone_lead(b, paragraph, length, keep) &&
	    !lead_run_goes_on(b, paragraph, length, sibling))
		return true;
	memset(&none, 0, sizeof none);
	node = new_node(b, keep > 0 ? b->stack[keep - 1].node : &b->outline->root, STYLE_NONE, 1,
			paragraph, p->offset, 0, p->offset, length, p->offset + length + 3);
	if (!node)
		return false;
	push(b, node, key, &none, keep, key, false);
	return true;
}

enum { SERIES_MAX_CHARS = 60, SERIES_REACH = 12, SERIES_LEADS_REACH = 3 };

/* The length in bytes of PARAGRAPH's first sentence (without its 。) when
 * it may open a series of sections: no label, no Markdown heading, a first
 * clause set off by ，, up to SERIES_MAX_CHARS characters ending in 。; 0
 * otherwise.  *CLAUSE is set to the length of the first clause. */
static size_t
read_series_sentence(struct lead_memo *memo, size_t paragraph, size_t *clause)
{
	const struct doc *doc = memo->doc;
	const struct paragraph *p = &doc->paragraphs[paragraph];
	const char *s = doc->text + p->offset;
	struct label_sentence sentence;

	if (p->md_level > 0 || paragraph == doc->title_paragraph || paragraph_label_title(memo, paragraph) > 0)
		return 0;
	paragraph_first_sentence(memo, paragraph, &sentence);
	if (sentence.mark != 3 || memcmp(s + sentence.end, "。", 3) != 0 || sentence.chars > SERIES_MAX_CHARS ||
	    sentence.clause >= sentence.end || memcmp(s + sentence.clause, "，", 3) != 0 ||
	    utf8_count(s, sentence.clause) < 2)
		return 0;
	*clause = sentence.clause;
	return sentence.end;
}

/* read_series_sentence of PARAGRAPH of MEMO's document, each paragraph's
 * read once. */
static size_t
series_sentence(struct lead_memo *memo, size_t paragraph, size_t *clause)
{
	struct lead_answer *answer;
	size_t length;

	if (!memo->answers)
		return read_series_sentence(memo, paragraph, clause);
	answer = &memo->answers[paragraph];
	if (answer->series != UNREAD) {
		*clause = answer->clause;
		return answer->series;
	}
	*clause = 0;
	length = read_series_sentence(memo, paragraph, clause);
	if (length < UNREAD) {
		answer->series = (uint16_t)length;
		answer->clause = (uint16_t)*clause;
	}
	return length;
}

/* The style key of the heading line PARAGRAPH would be by its label (a
 * Markdown or a reader's heading: its level), -1 when it has none. */
static int
line_key(struct builder *b, size_t paragraph)
{
	const struct doc *doc = b->doc;
	const struct paragraph *p = &doc->paragraphs[paragraph];
	uint8_t md_level = p->md_level > 0 ? p->md_level : doc->hint_count > 0 ? outline_hint_level(doc, paragraph) : 0;
	struct label l;

	if (md_level > 0)
		return key_of(STYLE_MARKDOWN, md_level);
	return paragraph_label(&b->lead_memo, paragraph, &l) ? key_of(l.style, l.level) : -1;
}

/* Reads, before any row is decided, under headings of which styles the
 * report sets runs of leads (in_lead_run), into B's leads_under: the style
 * of the labelled line nearest above the run.  A lone_lead is then judged
 * by the whole report, the same wherever it stands -- before the first run
 * as after it.  The title (and its second line, TITLE_SECOND) and a
 * contents page are not read; a 目录 line or a table's row stands over no
 * run of leads. */
static void
gather_leads_under(struct builder *b, size_t title_second)
{
	int key = -1;
	size_t clause, since = 0;   /* paragraphs from SINCE on not asked for an item yet */
	struct label item;

	for (size_t i = 0; i < b->doc->paragraph_count; i++) {
		int line;
		if (i == b->doc->title_paragraph || i == title_second || b->contents->lines[i])
			continue;
		line = line_key(b, i);
		/* (read while its first sentence is at hand: series_head asks) */
		series_sentence(&b->lead_memo, i, &clause);
		if (line >= 0) {
			key = line;
			since = i + 1;
		} else if (key >= 0 && opening_lead(&b->lead_memo, i) > 0 && in_lead_run(&b->lead_memo, i)) {
			/* (the leads after an item 一是 that opens a paragraph
			 * stand under the item: asked of each paragraph once) */
			for (; key >= 0 && since < i; since++) {
				const struct paragraph *p = &b->doc->paragraphs[since];
				if (label_run_in(b->doc->text + p->offset, p->length, &item))
					key = -1;
			}
			if (key >= 0)
				b->leads_under[key] = true;
		}
	}
}

/* True when one of the SERIES_LEADS_REACH paragraphs after PARAGRAPH is a
 * lead on its own line (own_line_lead) that does not open with CLAUSE
 * bytes of S. */
static bool
own_line_leads_follow(struct lead_memo *memo, size_t paragraph, const char *s, size_t clause)
{
	const struct doc *doc = memo->doc;
	for (size_t k = paragraph + 1; k < doc->paragraph_count && k <= paragraph + SERIES_LEADS_REACH; k++) {
		const struct paragraph *q = &doc->paragraphs[k];
		if (paragraph_label_title(memo, k) > 0)
			return false;
		if (own_line_lead(memo, k) > 0)
			return q->length < clause || memcmp(doc->text + q->offset, s, clause) != 0;
	}
	return false;
}

/* Makes the first LENGTH bytes of PARAGRAPH an unnumbered heading over
 * the leads under it (level 3 of STYLE_NONE), placed where place() puts
 * that key: the head of a group of leads (series_head, dash_group_head).
 * Returns false only when memory runs out. */
static bool
add_group_head(struct builder *b, size_t paragraph, size_t length)
{
	const struct paragraph *p = &b->doc->paragraphs[paragraph];
	int key = key_of(STYLE_NONE, 3), sibling, keep = place(b, key, &sibling);
	struct outline_node *node;
	struct label none;

	memset(&none, 0, sizeof none);
	node = new_node(b, keep > 0 ? b->stack[keep - 1].node : &b->outline->root, STYLE_NONE, 3, paragraph,
			p->offset, 0, p->offset, length, p->offset + length + 3);
	if (!node)
		return false;
	push(b, node, key, &none, keep, key, false);
	return true;
}

/* A review that groups its leads under sentences opening the same way:
 *
 *     五年来，我们坚定不移推进改革开放，在…中塑造…新优势。
 *     （text）
 *     重点改革全面推进。            <- a lead on its own line
 *     （text）
 *     五年来，我们坚定不移推进科技创新，在…中迈出新步伐。
 *     …
 *
 * Makes PARAGRAPH a heading over the leads that follow it when its first
 * sentence is a series_sentence that is no lead itself, a paragraph within
 * SERIES_REACH before or after it opens with the same clause word for
 * word in a sentence of that shape, and own_line_leads_follow both. */
static bool
series_head(struct builder *b, size_t paragraph)
{
	const struct doc *doc = b->doc;
	const struct paragraph *p = &doc->paragraphs[paragraph];
	const char *s = doc->text + p->offset;
	size_t clause, length, from;
	bool whole, found = false;

	if (b->depth == 0 || b->in_notes || (length = series_sentence(&b->lead_memo, paragraph, &clause)) == 0 ||
	    lead_sentence(&b->lead_memo, paragraph, &whole) > 0 || !own_line_leads_follow(&b->lead_memo, paragraph, s, clause))
		return true;
	from = paragraph > SERIES_REACH ? paragraph - SERIES_REACH : 0;
	for (size_t k = from; k < doc->paragraph_count && k <= paragraph + SERIES_REACH && !found; k++) {
		const struct paragraph *q = &doc->paragraphs[k];
		size_t other;
		if (k == paragraph || q->length < clause || memcmp(doc->text + q->offset, s, clause) != 0 ||
		    series_sentence(&b->lead_memo, k, &other) == 0 || other != clause)
			continue;
		found = own_line_leads_follow(&b->lead_memo, k, s, clause);
	}
	return !found || add_group_head(b, paragraph, length);
}

/* The length in bytes of PARAGRAPH without its closing 。 when it is a
 * dash line alone: —— and one sentence that is the whole paragraph, up to
 * SERIES_MAX_CHARS characters (——扎实抓好三项基本任务，高质量发展的底盘
 * 持续夯实。); 0 otherwise. */
static size_t
dash_line_alone(struct lead_memo *memo, size_t paragraph)
{
	const struct doc *doc = memo->doc;
	const struct paragraph *p = &doc->paragraphs[paragraph];
	const char *s = doc->text + p->offset;
	struct label_sentence sentence;

	if (p->md_level > 0 || paragraph == doc->title_paragraph || !utf8_starts_with(s, p->length, "——"))
		return 0;
	paragraph_first_sentence(memo, paragraph, &sentence);
	if (sentence.mark != 3 || memcmp(s + sentence.end, "。", 3) != 0 || sentence.chars > SERIES_MAX_CHARS ||
	    sentence.end + sentence.mark < p->length)
		return 0;
	return sentence.end;
}

/* True when PARAGRAPH is a dash line alone and the two paragraphs after
 * it open with leads (经济运行稳中有进。… 就业总体稳定。…): a group of
 * them, where a dash line over one paragraph is a point it explains. */
static bool
dash_line_over_lead(struct lead_memo *memo, size_t paragraph)
{
	bool whole;

	return paragraph + 2 < memo->doc->paragraph_count && dash_line_alone(memo, paragraph) > 0 &&
	       lead_sentence(memo, paragraph + 1, &whole) > 0 && lead_sentence(memo, paragraph + 2, &whole) > 0;
}

/* A review that groups its leads under dash lines standing alone:
 *
 *     ——扎实抓好稳增长、防风险、保民生三项基本任务，…持续夯实。
 *     经济运行稳中有进。（text）
 *     就业和税收两大核心关切总体向好。（text）
 *     ——着力深化改革、扩大开放、促进创新，…更加强劲。
 *     深化改革系列举措释放新动能。（text）
 *     扩大高水平对外开放取得新成效。（text）
 *
 * Makes PARAGRAPH a heading over the leads that follow it when it is a
 * dash line alone over two leads and another such line stands within
 * SERIES_REACH paragraphs before or after it.  A dash line that runs on
 * into its text (——经济实力实现整体跃升。顶住…) is no such line. */
static bool
dash_group_head(struct builder *b, size_t paragraph)
{
	const struct doc *doc = b->doc;
	const struct paragraph *p = &doc->paragraphs[paragraph];
	size_t length, from;
	bool found = false;

	if (b->depth == 0 || b->in_notes || !utf8_starts_with(doc->text + p->offset, p->length, "——") ||
	    !dash_line_over_lead(&b->lead_memo, paragraph))
		return true;
	length = dash_line_alone(&b->lead_memo, paragraph);
	from = paragraph > SERIES_REACH ? paragraph - SERIES_REACH : 0;
	for (size_t k = from; k < doc->paragraph_count && k <= paragraph + SERIES_REACH && !found; k++)
		found = k != paragraph && dash_line_over_lead(&b->lead_memo, k);
	return !found || add_group_head(b, paragraph, length);
}

enum { ANNOUNCED_TITLE_MAX_CHARS = 20, ANNOUNCED_REACH = 6 };

/* True when PARAGRAPH is a short title on a line of its own over a body
 * paragraph: no label, no Markdown heading, 2 to ANNOUNCED_TITLE_MAX_CHARS
 * characters with no sentence or clause mark (一重保障—新农合基本医保),
 * and the next paragraph is unlabelled text, longer, that closes a
 * sentence with 。. */
static bool
title_over_body(const struct doc *doc, size_t paragraph)
{
	static const char *const marks[] = { "。", "，", "；", "：", "！", "？", ":", ";", ",", "、" };
	const struct paragraph *p, *next;
	size_t n, m, chars;
	const char *s, *t;

	if (paragraph + 1 >= doc->paragraph_count)
		return false;
	p = &doc->paragraphs[paragraph];
	next = &doc->paragraphs[paragraph + 1];
	n = p->length;
	s = trimmed(doc->text + p->offset, &n);
	/* (no character takes more than four bytes: a longer paragraph
	 * has too many for a title, and is not counted; the paragraph
	 * after is read only under a line that may be a title) */
	if (p->md_level > 0 || next->md_level > 0 || n == 0 || (unsigned char)s[0] < 0x80 ||
	    n > ANNOUNCED_TITLE_MAX_CHARS * 4 || label_prefix_length(s, n) > 0 || label_letter_item(s, n) > 0 ||
	    label_caption(s, n))
		return false;
	m = next->length;
	t = trimmed(doc->text + next->offset, &m);
	if (label_prefix_length(t, m) > 0 || label_letter_item(t, m) > 0)
		return false;
	chars = utf8_count(s, n);
	if (chars < 2 || chars > ANNOUNCED_TITLE_MAX_CHARS || utf8_count(t, m) <= chars ||
	    !memmem(t, m, "。", strlen("。")))
		return false;
	for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
		if (memmem(s, n, marks[k], strlen(marks[k])))
			return false;
	return true;
}

/* Makes PARAGRAPH a heading one level below the heading before it when
 * that heading announces parts with a colon and no text of its own
 * (3.“四重医疗保障”救助：) and PARAGRAPH is the first of them -- a
 * title_over_body with another within ANNOUNCED_REACH paragraphs and no
 * label between -- or when PARAGRAPH is a title_over_body after such a
 * part, its sibling. */
static bool
announced_part(struct builder *b, size_t paragraph)
{
	const struct doc *doc = b->doc;
	const struct paragraph *p = &doc->paragraphs[paragraph];
	struct outline_node *top, *node;
	struct label none;
	int key = key_of(STYLE_NONE, 2), keep, sibling;
	bool more = false;

	if (b->depth == 0 || !title_over_body(doc, paragraph))
		return true;
	top = b->stack[b->depth - 1].node;
	if (b->stack[b->depth - 1].key != key) {
		const struct paragraph *h = &doc->paragraphs[top->paragraph];
		size_t n = h->length;
		const char *s = trimmed(doc->text + h->offset, &n);

		if (top->paragraph + 1 != paragraph || top->style == STYLE_NONE || (n < 3 || memcmp(s + n - 3, "：", 3) != 0) ||
		    top->body < h->offset + h->length)
			return true;
		for (size_t i = paragraph + 2; i < doc->paragraph_count && i <= paragraph + ANNOUNCED_REACH && !more;
		     i++) {
			const struct paragraph *q = &doc->paragraphs[i];
			if (label_prefix_length(doc->text + q->offset, q->length) > 0)
				break;
			more = title_over_body(doc, i);
		}
		if (!more)
			return true;
	}
	keep = place(b, key, &sibling);
	memset(&none, 0, sizeof none);
	node = new_node(b, keep > 0 ? b->stack[keep - 1].node : &b->outline->root, STYLE_NONE, 2, paragraph,
			p->offset, 0, p->offset, p->length, p->offset + p->length);
	if (!node)
		return false;
	push(b, node, key, &none, keep, key, false);
	return true;
}

/* The verbs a count stands before in a run of points: 一是…二是…, and
 * in paragraphs that open with them 一要…二要…, 一抓…二抓…, 一靠…二靠….
 * COUNT_VERB_SHI is the one that runs inside a paragraph too. */
static const char *const count_verbs[] = { "是", "要", "抓", "靠", "看", "讲" };
enum { COUNT_VERB_SHI = 0 };

/* Whether S (N bytes) begins with a count verb. */
static bool
count_verb(const char *s, size_t n)
{
	for (size_t k = 0; k < sizeof count_verbs / sizeof count_verbs[0]; k++)
		if (utf8_starts_with(s, n, count_verbs[k]))
			return true;
	return false;
}

/* The first count verb in the paragraph S from FROM to END that may
 * number a point, or NULL: 是 anywhere, the other verbs only where a
 * numeral of one or two characters after the paragraph's opening spaces
 * and tabs sets them at its start (一要…), for inside a paragraph they
 * number no points.  (The rest of the paragraph is searched for 是 alone,
 * at a third of the cost.) */
static const char *
find_count_verb(const char *s, const char *from, const char *end)
{
	size_t n = (size_t)(end - s), at = (size_t)(from - s), opening = 0;

	while (opening < n && (s[opening] == ' ' || s[opening] == '\t'))
		opening++;
	opening = opening + 6 + 3 < n ? opening + 6 + 3 : n;
	if (at < opening) {
		const char *verb = utf8_find3_any(from, opening - at, count_verbs,
						  sizeof count_verbs / sizeof count_verbs[0]);
		if (verb)
			return verb;
	}
	return utf8_find3(from, (size_t)(end - from), count_verbs[COUNT_VERB_SHI]);
}

/* Makes the node of the pending 一是 under PARENT, with the leads held
 * under it, once its run is known to be real; NULL when out of memory. */
static struct outline_node *
confirm_pending(struct builder *b, struct outline_node *parent)
{
	const struct doc *doc = b->doc;
	const char *one = doc->text + b->pending_offset;
	size_t rest = doc->text_length - b->pending_offset - b->pending_label;
	size_t one_gap = title_gap(one + b->pending_label, rest);
	size_t at = b->pending_offset + b->pending_label + one_gap, body, title;
	struct outline_node *first;

	title = label_title_length(doc->text + at, rest - one_gap, &body);
	first = new_node(b, parent, STYLE_INLINE, 0, b->pending_paragraph, b->pending_offset, b->pending_label, at,
			 title, at + (body ? body : 0));
	if (!first)
		return NULL;
	for (size_t h = 0; h < b->held_count; h++) {
		size_t at_lead = doc->paragraphs[b->held[h].paragraph].offset;
		if (!new_node(b, first, STYLE_NONE, 1, b->held[h].paragraph, at_lead, 0, at_lead, b->held[h].length,
			      at_lead + b->held[h].length + 3))
			return NULL;
	}
	b->held_count = 0;
	b->pending_offset = SIZE_MAX;
	return first;
}

/* The heading a run inside PARAGRAPH (…。一是…。二是…) stands under: the
 * innermost open one -- but a run-in lead (提振消费。…) says its piece in
 * its own paragraph, so a run inside a later paragraph of text
 * (悠悠万事，民生为大。…一是…二是…, after the section's leads) is the
 * section's, beside the leads, not the last lead's. */
static struct outline_node *
inline_parent(struct builder *b, size_t paragraph)
{
	if (b->depth > 1 && b->stack[b->depth - 1].key == key_of(STYLE_NONE, 1) &&
	    b->stack[b->depth - 1].node->paragraph < paragraph)
		return b->stack[b->depth - 2].node;
	return innermost(b);
}

/* Whether paragraph I of DOC opens by summing up the part it closes, as
 * a report's review ends after its numbered sections: its first clause
 * looks back (回顾过去的一年，…) or names what brought the results
 * (以上成绩的取得，是…的结果; 财政工作成绩的取得，…). */
static bool
sums_up_part(const struct doc *doc, size_t i)
{
	const struct paragraph *p = &doc->paragraphs[i];
	const char *s = doc->text + p->offset;
	const char *comma = utf8_find3(s, p->length, "，");
	size_t n = comma ? (size_t)(comma - s) : 0;

	while (n > 0 && utf8_space_at(s, n)) {
		size_t k = utf8_space_at(s, n);
		s += k;
		n -= k;
	}
	return n > 0 && (utf8_starts_with(s, n, "回顾过去") || utf8_ends_with(s, n, "成绩的取得"));
}

/* How far above a run a paragraph that sums up its part may stand. */
enum { SUMMARY_LOOK = 8 };

/* The heading a run 一是… in PARAGRAPH stands under, FALLBACK as found
 * -- but after a paragraph that sums up the part (回顾过去的一年，… /
 * 以上成绩的取得，是…), at most SUMMARY_LOOK paragraphs above and below
 * the innermost open heading, or PARAGRAPH itself, the run is the
 * part's, beside its sections: the outermost open heading. */
static struct outline_node *
run_parent(struct builder *b, size_t paragraph, struct outline_node *fallback)
{
	size_t top = innermost(b)->paragraph;

	if (b->depth < 2)
		return fallback;
	for (size_t k = paragraph; k > top && paragraph - k <= SUMMARY_LOOK; k--)
		if (sums_up_part(b->doc, k))
			return b->stack[0].node;
	return fallback;
}

/* Inline enumeration: 一是…二是… (or 一要…二要…) each at the start of a
 * sentence, as a sequence that starts at 一是 and has at least 二是.  A
 * run that starts again inside a paragraph opened by an item of the
 * paragraphs' run (一是…：一是…；二是…, or 二要…。一是…；二是…) is that
 * item's own: its items stand under it, and the paragraphs' run goes on
 * after the paragraph (二是 in the next one). */
static bool
inline_items(struct builder *b, size_t paragraph)
{
	const struct doc *doc = b->doc;
	const struct paragraph *p = &doc->paragraphs[paragraph];
	const char *s = doc->text + p->offset, *end = s + p->length;
	const char *from = s;
	struct outline_node *opener = NULL;   /* the item that opens this paragraph */
	bool opens_pending = false, nested = false;
	long long outer_next = 0;
	char outer_verb[4] = "";

	if (b->depth > 0 && b->stack[b->depth - 1].node->paragraph == paragraph)
		from = doc->text + b->stack[b->depth - 1].node->body;
	while (from < end) {
		/* The next 是 or 要 (each looked for once: FROM goes past it). */
		const char *shi = find_count_verb(s, from, end);
		const char *label, *before;
		size_t used, k, gap, title, body;
		long long v;

		if (!shi)
			break;
		from = shi + 3;
		/* The numeral before 是: one or two characters (十一是). */
		label = NULL;
		for (size_t back = 3; back <= 6 && shi - s >= (ptrdiff_t)back; back += 3) {
			v = numeral_chinese(shi - back, back, &used);
			if (v > 0 && used == back)
				label = shi - back;
		}
		if (!label)
			continue;
		v = numeral_chinese(label, (size_t)(shi - label), &used);
		/* At the start of a sentence: paragraph start, or after 。！？；：
		 * -- and 一是 also after ，(…，一是… is how a run is often
		 * introduced), but 焦点包括，一是…，二是…。 is one sentence. */
		before = label;
		while (before > s && (before[-1] == ' ' || before[-1] == '\t'))
			before--;
		if (before != s && !(before - s >= 3 && (memcmp(before - 3, "。", 3) == 0 ||
							 memcmp(before - 3, "！", 3) == 0 ||
							 memcmp(before - 3, "？", 3) == 0 ||
							 memcmp(before - 3, "；", 3) == 0 ||
							 memcmp(before - 3, "：", 3) == 0 ||
							 (v == 1 && memcmp(before - 3, "，", 3) == 0))))
			continue;
		if (before == s && b->depth > 0 && b->stack[b->depth - 1].node->paragraph == paragraph)
			continue;
		/* 一要…。二要… inside a paragraph states requirements; only
		 * paragraphs that open with 一要, 二要 are points. */
		if (memcmp(shi, count_verbs[COUNT_VERB_SHI], 3) != 0 && before != s)
			continue;
		if (before == s)
			b->inline_paragraphs = true;
		k = (size_t)(shi - label) + 3;
		if (v == 1 && before != s && !nested && (opener || opens_pending)) {
			if (!opener && !(opener = confirm_pending(b, innermost(b))))
				return false;
			nested = true;
			outer_next = b->inline_next;
			memcpy(outer_verb, b->inline_verb, sizeof outer_verb);
		}
		if (v == 1) {
			b->inline_first_made = false;
			opens_pending = before == s;
			b->pending_offset = (size_t)(label - doc->text);
			b->pending_paragraph = paragraph;
			b->pending_label = k;
			memcpy(b->inline_verb, shi, 3);
			b->inline_next = 2;
			continue;
		}
		/* 一要 is followed by 二要, not by 二是. */
		if (v != b->inline_next || memcmp(shi, b->inline_verb, 3) != 0)
			continue;
		if (v == 2 && b->pending_offset == SIZE_MAX && !b->inline_first_made)
			continue;
		/* The sequence is real: 一是 first. */
		if (v == 2 && b->pending_offset != SIZE_MAX &&
		    !confirm_pending(b, nested ? opener :
					run_parent(b, paragraph, opens_pending ? innermost(b) : inline_parent(b, paragraph))))
			return false;
		gap = title_gap(label + k, (size_t)(end - label) - k);
		title = label_title_length(label + k + gap, (size_t)(end - label) - k - gap, &body);
		note_under(b, key_of(STYLE_INLINE, 0), b->depth);
		struct outline_node *item = new_node(b, nested ? opener :
						     run_parent(b, paragraph, before == s || opens_pending ? innermost(b) :
								inline_parent(b, paragraph)), STYLE_INLINE, 0, paragraph,
						     (size_t)(label - doc->text), k, (size_t)(label - doc->text) + k + gap,
						     title, (size_t)(label - doc->text) + k + gap + (body ? body : 0));
		if (!item)
			return false;
		if (before == s)
			opener = item;
		b->inline_next = v + 1;
	}
	/* The paragraphs' run goes on after an item's own run. */
	if (nested) {
		b->inline_next = outer_next;
		memcpy(b->inline_verb, outer_verb, sizeof outer_verb);
		b->pending_offset = SIZE_MAX;
		b->inline_first_made = outer_next == 2;
	}
	return true;
}

/* A table copied as text sets each row on a line, its cells apart by
 * tabs (1<TAB>深化某某改革<TAB>根据…一是…二是…<TAB>3月底前): a row is no
 * heading, the runs in its cells no items.  True when paragraph I of DOC
 * opens with a row's number (its 序号 cell, 1 or 1—2) and holds
 * TAB_ROW_CELLS cells or more so.  (Only such a paragraph is read for
 * tabs: a row with no number opens with no label.) */
enum { TAB_ROW_CELLS = 3 };

static bool
tab_row(const struct doc *doc, size_t i)
{
	const struct paragraph *p = &doc->paragraphs[i];
	const char *s = doc->text + p->offset, *end = s + p->length, *tab;
	size_t cells = 0;
	bool text = false;

	s += utf8_spaces(s, p->length);
	if (s == end || !(*s >= '0' && *s <= '9') || !memchr(s, '\t', (size_t)(end - s)))
		return false;
	for (; s < end; s = tab + 1) {
		tab = memchr(s, '\t', (size_t)(end - s));
		if (!tab)
			tab = end;
		text = utf8_spaces(s, (size_t)(tab - s)) < (size_t)(tab - s);
		cells += text;
		if (cells >= TAB_ROW_CELLS)
			return true;
	}
	return false;
}

/* A report's one family of top-level headings (一、 … 五、) under a single
 * unnumbered line that the part rule took for their part: a caption's
 * first line, a toolbar's word, a stray short line above the report's
 * first 一、.  A part that is the report's only top-level heading, above
 * which the body has not yet begun (its paragraphs with a 。 hold less
 * than 1/STRAY_BODY_SHARE of what the part does), and that holds nothing
 * but one run of one style from 1 is such a line unless it reads as the
 * title of a document (方案, 规划, 办法…: a notice's plan over its 一、)
 * -- a photo caption saying who gives the report (省长某某作政府工作报告,
 * genre_delivered) names a genre yet is no title --
 * so it is dropped and the run is the top level; nor is a part right under
 * an attachment's mark (附件) such a line.  (A speech's 结论 after
 * its opening's whole text stays.)  Runs before finish_tree, on the
 * nodes' parents and depths. */
enum { STRAY_BODY_SHARE = 6 };

static void
lift_stray_part(const struct doc *doc, struct outline *o)
{
	struct outline_node *part, *first = NULL;
	struct label l;
	size_t runs = 0;

	if (o->root.child_count != 1 || o->count < 3)
		return;
	part = o->nodes[0];
	if (part->style != STYLE_NONE || part->label[0] != '\0' || part->child_count < 2 ||
	    !part->title || (genre_of_title(part->title) && !genre_delivered(part->title)) ||
	    (letter_spaced(part->title, strlen(part->title)) &&
	     text_names_genre(part->title, strlen(part->title))))
		return;
	/* Right under an attachment's mark (附件, 附件2) that follows the
	 * body's sentences it is that attachment's title, however much its
	 * list holds; a mark atop the text (a copy of the attachment alone)
	 * marks the whole document. */
	for (size_t i = part->paragraph; i > 0; i--) {
		const struct paragraph *p = &doc->paragraphs[i - 1];
		size_t n = p->length;
		const char *s = trimmed(doc->text + p->offset, &n);

		if (n == 0)
			continue;
		if (attachment_mark(s, n))
			for (size_t k = 0; k + 1 < i; k++)
				if (utf8_find3(doc->text + doc->paragraphs[k].offset, doc->paragraphs[k].length,
					       "。"))
					return;
		break;
	}
	/* Its title is the first line of one broken over two (关于某某 /
	 * 某某问题的请示), whose genre is on the second. */
	if (part->paragraph + 1 < doc->paragraph_count &&
	    part_title_start(NULL, doc, part->paragraph + 1, 0) == part->paragraph)
		return;
	for (size_t i = 0, body = 0; i < part->paragraph; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		if (utf8_find3(doc->text + p->offset, p->length, "。") &&
		    (body += p->length) * STRAY_BODY_SHARE >= doc->text_length - part->offset)
			return;
	}
	for (size_t i = 1; i < o->count; i++) {
		struct outline_node *node = o->nodes[i];
		const struct paragraph *p = &doc->paragraphs[node->paragraph];

		if (node->parent != part)
			continue;
		/* (a Markdown heading by the label in its text: ### 一、综合) */
		if (node->style == STYLE_NONE || node->style == STYLE_INLINE || node->offset < p->offset ||
		    !label_parse(doc->text + node->offset, p->offset + p->length - node->offset, &l))
			return;
		if (!first)
			first = node;
		else if (node->style != first->style || node->level != first->level)
			return;
		if (l.number == 1)
			runs++;
		else if (node == first)
			return;
	}
	if (runs != 1)
		return;
	for (size_t i = 1; i < o->count; i++) {
		struct outline_node *node = o->nodes[i];
		if (node->parent == part)
			node->parent = &o->root;
		node->depth--;
		node->index = i - 1;
		o->nodes[i - 1] = node;
	}
	o->count--;
	o->root.child_count = part->child_count;
}

/* Gives every section its end, where the next heading of the same or a
 * shallower depth starts (or END), and its children, slices of one array
 * in document order: one walk over the nodes, which are many. */
static bool
finish_tree(struct outline *o, size_t end)
{
	/* The sections still open: of growing depth, which is at most one
	 * more than the builder's stack of open headings holds. */
	struct outline_node *open[KEYS + 3];
	size_t n = 0, next = o->root.child_count;

	o->child_slots = malloc((o->count + 1) * sizeof *o->child_slots);
	if (!o->child_slots)
		return false;
	o->root.children = o->child_slots;
	o->root.child_count = 0;
	for (size_t i = 0; i < o->count; i++) {
		struct outline_node *node = o->nodes[i], *parent = node->parent;

		while (n > 0 && open[n - 1]->depth >= node->depth)
			open[--n]->end = node->offset;
		if (n < sizeof open / sizeof open[0])
			open[n++] = node;
		/* A parent comes before its children: its slice is there. */
		node->children = o->child_slots + next;
		next += node->child_count;
		node->child_count = 0;
		parent->children[parent->child_count++] = node;
	}
	while (n > 0)
		open[--n]->end = end;
	return true;
}

enum bg_status
outline_build(const struct doc *doc, struct outline **out)
{
	struct builder *b = calloc(1, sizeof *b);
	struct outline *o = calloc(1, sizeof *o);
	struct contents contents;

	*out = NULL;
	if (!b || !o) {
		free(b);
		free(o);
		return BG_ERR_NOMEM;
	}
	b->doc = doc;
	b->outline = o;
	b->list_key = -1;
	b->quote_key = -1;
	b->field_parts = -1;
	b->bullet_parts = -1;
	b->first_part = SIZE_MAX;
	b->attach_mark = SIZE_MAX;
	b->front_from = SIZE_MAX;
	b->attach_table_at = SIZE_MAX;
	b->unit_at = SIZE_MAX;
	reset_inline(b);
	o->root.label = NULL;
	o->root.title = NULL;
	o->root.index = OUTLINE_ROOT_INDEX;
	/* Room for a node in one paragraph of two, with its title: a large
	 * report's nodes then fill one block, given huge pages, instead of
	 * a run of doubling blocks faulted in 4 KiB at a time (a 100 MB
	 * report: 185,000 nodes in 353,000 paragraphs, 24 MB), and their
	 * list is not copied as it grows.  Room not written to is only
	 * address space. */
	arena_init(&o->arena, doc->paragraph_count / 2 * (sizeof(struct outline_node) + 96));
	b->node_cap = doc->paragraph_count / 2 + 64;
	o->nodes = malloc(b->node_cap * sizeof *o->nodes);
	if (!o->nodes) {
		free(b);
		outline_free(o);
		return BG_ERR_NOMEM;
	}
	if (!contents_find(doc, &contents)) {
		free(b);
		outline_free(o);
		return BG_ERR_NOMEM;
	}
	b->contents = &contents;
	size_t title_second = doc_title_second(doc);
	lead_memo_begin(&b->lead_memo, doc);
	gather_leads_under(b, title_second);
	for (size_t i = 0; i < doc->paragraph_count; i++) {
		if (i == doc->title_paragraph || i == title_second || contents.lines[i] ||
		    contents_heading(doc, i) || tab_row(doc, i))
			continue;
		size_t before = o->count;
		if (!heading_paragraph(b, i) ||
		    (o->count == before && !series_head(b, i)) ||
		    (o->count == before && !dash_group_head(b, i)) ||
		    (o->count == before && !lead_paragraph(b, i)) ||
		    (o->count == before && !announced_part(b, i)) || !inline_items(b, i)) {
			lead_memo_end(&b->lead_memo);
			contents_free(&contents);
			free(b);
			outline_free(o);
			return BG_ERR_NOMEM;
		}
	}
	lead_memo_end(&b->lead_memo);
	contents_free(&contents);
	free(b);
	/* The sign-off (issuer and date) belongs to the report, not to its
	 * last section. */
	{
		size_t sign_off = doc->sign_off_paragraph < doc->paragraph_count ?
				  doc->paragraphs[doc->sign_off_paragraph].offset : doc->text_length;
		if (o->count > 0 && o->nodes[o->count - 1]->offset >= sign_off)
			sign_off = doc->text_length;   /* a dated letter before the report */
		lift_stray_part(doc, o);
		if (!finish_tree(o, sign_off)) {
			outline_free(o);
			return BG_ERR_NOMEM;
		}
	}
	o->root.end = doc->text_length;
	*out = o;
	return BG_OK;
}

enum bg_status
outline_empty(const struct doc *doc, struct outline **out)
{
	struct outline *o = calloc(1, sizeof *o);

	*out = o;
	if (!o)
		return BG_ERR_NOMEM;
	o->root.index = OUTLINE_ROOT_INDEX;
	o->root.end = doc->text_length;
	return BG_OK;
}

void
outline_free(struct outline *outline)
{
	if (!outline)
		return;
	arena_free(&outline->arena);
	free(outline->child_slots);
	free(outline->nodes);
	free(outline);
}

size_t
outline_count_before(const struct outline *outline, size_t offset)
{
	size_t lo = 0, hi = outline->count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (outline->nodes[mid]->offset < offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const struct outline_node *
outline_section_at(const struct outline *outline, size_t offset)
{
	size_t at = outline_count_before(outline, offset + 1);
	const struct outline_node *node;

	if (at == 0)
		return &outline->root;
	node = outline->nodes[at - 1];
	while (node->parent && offset >= node->end)
		node = node->parent;
	return node;
}

size_t
outline_path(const struct outline_node *node, const struct outline_node **path, size_t max)
{
	size_t depth = 0, n;
	const struct outline_node *p;

	for (p = node; p && p->parent; p = p->parent)
		depth++;
	n = depth < max ? depth : max;
	p = node;
	/* Skip the deepest ones that do not fit. */
	for (size_t skip = depth - n; skip > 0; skip--)
		p = p->parent;
	for (size_t i = n; i-- > 0; p = p->parent)
		path[i] = p;
	return n;
}

bool
outline_label_spaced(const struct outline_node *node)
{
	size_t n = strlen(node->label);
	const uint8_t *last;
	ucs4_t uc;

	if (n == 0 || node->style == STYLE_INLINE || !node->title[0])
		return false;
	last = u8_prev(&uc, (const uint8_t *)node->label + n, (const uint8_t *)node->label);
	return last && (uc_is_property_ideographic(uc) || uc_is_alnum(uc));
}

size_t
outline_label_span(const struct outline_node *node, const char *text, size_t length)
{
	size_t at = node->offset, sp, n = strlen(node->label);

	/* the label as the text writes it, as nearly every one is */
	if (at + n <= length && memcmp(text + at, node->label, n) == 0)
		return n;
	for (const char *c = node->label; *c;) {
		if (at < length && text[at] == *c) {
			at++;
			c++;
		} else if (at > node->offset && at < length && (sp = utf8_space_at(text + at, length - at)) > 0) {
			at += sp;
		} else {
			return 0;
		}
	}
	return at - node->offset;
}
