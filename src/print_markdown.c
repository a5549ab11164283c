/* SPDX-License-Identifier: GPL-3.0-or-later */
/* print_markdown.c - the whole report, or one section, as Markdown: each
 * heading that opens a paragraph becomes a '#' line by its depth, the
 * paragraphs stand apart, and whatever Markdown would read as syntax is
 * escaped.  Read back by baogao, the Markdown gives the same outline:
 *
 *     ---
 *     title: "2023年法治建设工作总结"
 *     ---
 *
 *     # 2023年法治建设工作总结
 *
 *     # 一、推进法治建设的主要举措和成效
 *
 *     ## （一）加强组织领导，进一步构筑法治思维的形成
 *
 *     一是认真开展法治思想学习宣传工作，…。二是…
 *
 * The first '#' line is the title (the loader takes the first '#' heading
 * for it and leaves it out of the outline); a report without a title
 * writes its sections one '#' deeper, so that its first section is not
 * read back as the title. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "contents.h"
#include "print.h"

/* Markdown has six levels of heading; a deeper one is a bold paragraph. */
enum { MARKDOWN_MAX_LEVEL = 6 };

/* Writes S (N bytes) made safe, with a backslash before each character
 * Markdown reads inline (emphasis, code, links, tables, HTML, entities). */
static void
print_escaped(FILE *out, const char *s, size_t n)
{
	size_t run = 0;

	for (size_t i = 0; i < n; i++) {
		char c = s[i], next = i + 1 < n ? s[i + 1] : '\0';
		bool special = (c && strchr("\\`*_[]|", c)) ||
			       (c == '<' && ((next && strchr("/!?", next)) || (next >= 'a' && next <= 'z') ||
					     (next >= 'A' && next <= 'Z'))) ||
			       (c == '&' && (next == '#' || (next >= 'a' && next <= 'z') ||
					     (next >= 'A' && next <= 'Z')));
		if (!special)
			continue;
		print_text(out, s + run, i - run, false);
		putc_unlocked('\\', out);
		run = i;
	}
	print_text(out, s + run, n - run, false);
}

/* Writes S (N bytes) as a line of Markdown text: a start that Markdown
 * would read as a heading, quote, list item, rule, fence or indented code
 * ("# ", "> ", "- ", "1. ", "---", "    ") is escaped or left out. */
static void
print_line(FILE *out, const char *s, size_t n)
{
	size_t digits = 0;

	while (n > 0 && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	if (n == 0)
		return;
	while (digits < n && digits < 9 && s[digits] >= '0' && s[digits] <= '9')
		digits++;
	if ((s[0] && strchr("#>=~", s[0])) ||
	    ((s[0] == '-' || s[0] == '+') && (n == 1 || s[1] == ' ' || s[1] == '\t' || s[1] == s[0]))) {
		putc_unlocked('\\', out);
	} else if (digits > 0 && digits < n && (s[digits] == '.' || s[digits] == ')') &&
		   (digits + 1 == n || s[digits + 1] == ' ' || s[digits + 1] == '\t')) {
		fwrite_unlocked(s, 1, digits, out);
		putc_unlocked('\\', out);
		s += digits;
		n -= digits;
	}
	print_escaped(out, s, n);
}

/* Writes NODE as a heading of LEVEL: "## 一、标题", or "**一、标题**" past
 * the sixth level. */
static void
print_heading(FILE *out, const struct doc *doc, const struct outline_node *node, int level)
{
	bool bold = level > MARKDOWN_MAX_LEVEL;
	size_t label = strlen(node->label);

	if (bold)
		fputs_unlocked("**", out);
	else
		fprintf(out, "%.*s ", level, "######");
	if (label) {
		/* what stands between the label and the title as well:
		 * 第一，稳定… */
		size_t title = strlen(node->title);
		const char *at = title ? memmem(doc->text + node->offset + label,
						doc->text_length - node->offset - label, node->title, title) : NULL;
		size_t between = at ? (size_t)(at - doc->text) - node->offset : SIZE_MAX;
		if (between <= label + 16) {
			print_escaped(out, doc->text + node->offset, between);
		} else {
			print_escaped(out, node->label, label);
			if (node->spaced_after_label)
				putc_unlocked(' ', out);
		}
	}
	print_escaped(out, node->title, strlen(node->title));
	fputs_unlocked(bold ? "**\n" : "\n", out);
}

/* Where the text after NODE's title goes on, in [from, end): the title
 * itself and the mark that closed it (。，：) are the heading line's. */
static size_t
after_title(const struct doc *doc, const struct outline_node *node, size_t end)
{
	static const char *const marks[] = { "。", "，", "；", "：", "、", "！", "？", "\u3000" };
	const char *text = doc->text;
	size_t title = strlen(node->title), at = node->body;
	const char *found = title ? memmem(text + node->offset, end - node->offset, node->title, title) : NULL;

	if (found)
		at = (size_t)(found - text) + title;
	if (at > end)
		at = end;
	for (bool more = true; more && at < end;) {
		more = false;
		if (text[at] && strchr(".,;:!? \t", text[at])) {
			at++;
			more = true;
			continue;
		}
		for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
			if (end - at >= 3 && memcmp(text + at, marks[k], 3) == 0) {
				at += 3;
				more = true;
				break;
			}
	}
	return at;
}

/* Writes front matter with DOC's metadata (none when it has none);
 * returns whether it wrote any. */
static bool
print_front_matter(FILE *out, const struct doc *doc)
{
	const char *keys[] = { "title", "docno", "issuer", "date" };
	const char *values[] = { doc->title, doc->docno, doc->issuer, doc->date };
	bool any = false;

	for (size_t k = 0; k < 4; k++) {
		const char *v = values[k];
		char quote;
		if (!v)
			continue;
		if (!any)
			fputs_unlocked("---\n", out);
		any = true;
		/* The loader takes the quotes off; it knows no escapes. */
		quote = !strchr(v, '"') ? '"' : !strchr(v, '\'') ? '\'' : '\0';
		fprintf(out, "%s: ", keys[k]);
		if (quote)
			putc_unlocked(quote, out);
		print_text(out, v, strlen(v), true);
		if (quote)
			putc_unlocked(quote, out);
		putc_unlocked('\n', out);
	}
	if (any)
		fputs_unlocked("---\n", out);
	return any;
}

/* True when NODE stays in the text: an inline 一是, or a lead under one. */
static bool
in_text(const struct outline_node *node)
{
	if (node->style == STYLE_NONE && node->level == 1 && node->parent)
		node = node->parent;
	return node->style == STYLE_INLINE;
}

/* Writes the text [START, END) of DOC, paragraph by paragraph; a heading
 * of OUTLINE that opens a paragraph (or opens the text at START) becomes
 * a heading line of its depth less SHIFT.  SKIP and SKIP2 are paragraphs
 * left out (SIZE_MAX: none).  Blocks stand a blank line apart: *STARTED
 * says whether one was written before (and is set when one is). */
static void
print_range(FILE *out, const struct doc *doc, const struct outline *outline, size_t start,
	    size_t end, int shift, size_t skip, size_t skip2, bool *started)
{
	/* The lines of a table of contents stay together, one a line, as the
	 * loader knows them. */
	struct contents contents;
	const unsigned char *toc = contents_find(doc, &contents) ? contents.lines : NULL;
	size_t last = SIZE_MAX;   /* the paragraph written last */

	size_t next = outline_count_before(outline, start);

	for (size_t i = doc->paragraph_count ? doc_paragraph_at(doc, start) : 0;
	     i < doc->paragraph_count && doc->paragraphs[i].offset < end; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		size_t from = p->offset > start ? p->offset : start;
		size_t to = p->offset + p->length < end ? p->offset + p->length : end;
		bool run_on = false;

		while (next < outline->count && outline->nodes[next]->offset < from)
			next++;
		if (i == skip || i == skip2 || from >= to)
			continue;
		/* 一是, 二是 stay in the text, where the loader finds them
		 * again: as heading lines they would not read as a run; so do
		 * the leads under them. */
		if (next < outline->count && outline->nodes[next]->offset == from &&
		    (!in_text(outline->nodes[next]) || from == start)) {
			const struct outline_node *node = outline->nodes[next];
			if (*started)
				putc_unlocked('\n', out);
			print_heading(out, doc, node, node->depth - shift);
			*started = true;
			last = SIZE_MAX;
			from = after_title(doc, node, to);
			if (from >= to)
				continue;
			/* The text that ran on after the heading's sentence
			 * follows it without a blank line: the loader reads it
			 * as the heading's own text, not a lead of its own. */
			run_on = true;
		}
		if (*started && !run_on && !(toc && toc[i] == CONTENTS_ENTRY && last != SIZE_MAX && last + 1 == i &&
					       toc[last] == CONTENTS_ENTRY))
			putc_unlocked('\n', out);
		print_line(out, doc->text + from, to - from);
		putc_unlocked('\n', out);
		*started = true;
		last = i;
	}
	contents_free(&contents);
}

int
print_markdown(FILE *out, const struct doc *doc, const struct outline *outline,
	       const struct outline_node *section)
{
	bool started = false;

	if (section) {
		print_range(out, doc, outline, section->offset, section->end, section->depth - 1,
			    SIZE_MAX, SIZE_MAX, &started);
	} else {
		started = print_front_matter(out, doc);
		if (doc->title) {
			if (started)
				putc_unlocked('\n', out);
			fputs_unlocked("# ", out);
			print_escaped(out, doc->title, strlen(doc->title));
			putc_unlocked('\n', out);
			started = true;
		}
		print_range(out, doc, outline, 0, doc->text_length, doc->title ? 0 : -1,
			    doc->title_paragraph, doc_title_second(doc), &started);
	}
	return ferror(out) ? -1 : 0;
}
