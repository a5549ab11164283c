/* SPDX-License-Identifier: GPL-3.0-or-later */
/* outline.h - the section tree: headings recognised in a document. */
#ifndef BAOGAO_OUTLINE_H
#define BAOGAO_OUTLINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "doc.h"
#include "label.h"
#include "status.h"

struct outline_node {
	char *label;            /* the numbering as written: "一、", "（一）", "一是", "第一章", ""
	                           (nodes with the same label may share it) */
	char *title;            /* heading text without the label and final mark */
	uint32_t line;          /* source line where the label stands */
	uint32_t column;        /* source column (characters) of the label */
	/* (Narrow, beside the 32-bit fields: a report can have hundreds of
	 * thousands of nodes.) */
	int depth : 15;         /* 1 = the report's top level; 0 = the root */
	bool spaced_after_label : 1;  /* white space stood between the label and the
				   title in the text, as the outline prints it
				   ("一 重工业…", "第一章 总则"): read when the
				   node is made, while its text is in the cache */
	enum heading_style style : 8;
	int level : 8;          /* Markdown '#' count (1-6), or the components
	                           of 1.1.1 (at most 8) */
	uint32_t child_count;
	uint32_t paragraph;     /* index of the paragraph holding the label (a
	                           paragraph starts a line: as LINE, 32 bits) */
	uint32_t index;         /* position in outline->nodes (document order), as
	                           narrow as PARAGRAPH; root: OUTLINE_ROOT_INDEX */
	size_t offset;          /* doc->text offset of the label */
	size_t body;            /* doc->text offset where the text after the title starts */
	size_t end;             /* doc->text offset where the section ends */
	struct outline_node *parent;
	struct outline_node **children;
};

/* The root's index (after every node's: one more is 0). */
#define OUTLINE_ROOT_INDEX UINT32_MAX

struct outline {
	struct outline_node root;   /* depth 0, covers the whole text */
	struct outline_node **nodes; /* every heading in document order */
	size_t count;
	/* Storage: nodes and their strings come from one arena, freed
	 * together; every node's children are a slice of one array. */
	struct arena arena;
	struct outline_node **child_slots;
};

/* Builds the outline of DOC.  *OUT is owned by the caller (outline_free).
 * The outline points into nothing of DOC's: it may outlive it. */
enum bg_status outline_build(const struct doc *doc, struct outline **out);

/* An outline of DOC with no headings, every offset in its root, for a
 * caller that needs no sections.  *OUT as outline_build's. */
enum bg_status outline_empty(const struct doc *doc, struct outline **out);

void outline_free(struct outline *outline);

/* The number of headings whose label stands before OFFSET: the index in
 * outline->nodes of the first heading at or after it. */
size_t outline_count_before(const struct outline *outline, size_t offset);

/* The deepest section whose range [offset, end) holds OFFSET; the root
 * when OFFSET is before the first heading. */
const struct outline_node *outline_section_at(const struct outline *outline, size_t offset);

/* True when NODE's label is set off from its title by a space as it is
 * shown: a word label (第一章, 第三条, 1.2) is; one that ends in
 * punctuation (一、 （一） 1.) or an inline 一是 runs on into it. */
bool outline_label_spaced(const struct outline_node *node);

/* The bytes NODE's label takes in TEXT (the document's text, LENGTH
 * bytes) from the node's offset: the label's length, or more where the
 * text spaces the label out (附 录 A, labelled 附录A); 0 when the text
 * there is not the label. */
size_t outline_label_span(const struct outline_node *node, const char *text, size_t length);

/* Fills PATH with the nodes from the top level down to NODE (root left
 * out); returns how many (at most MAX). */
size_t outline_path(const struct outline_node *node, const struct outline_node **path, size_t max);

/* Whether SPEC is a section's name outline_find takes: a number (5, §5)
 * or a path of labels (三、, 一、/（二）) without an empty part. */
bool outline_spec_valid(const char *spec);

/* The section SPEC names: a number N (or §N) is the Nth heading in
 * document order, as the browser's §N counts (the Nth row of --outline);
 * a path of labels separated by '/' ("一、/（二）") names a heading whose
 * label is the last part, under a parent labelled with the part before
 * it, and so on up (the first part may stand at any depth).  Labels
 * compare with full-width forms folded and without white space and their
 * closing mark: "(二)" names （二）, "三" names 三、; a part that is no
 * label may be the heading's title (a lead's).  *MATCHES is set to how
 * many headings the path names; the first of them in document order is
 * returned, or NULL when none (or when memory ran out). */
const struct outline_node *outline_find(const struct outline *outline, const char *spec,
					size_t *matches);

#endif
