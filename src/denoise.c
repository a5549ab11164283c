/* SPDX-License-Identifier: GPL-3.0-or-later */
/* denoise.c - the noise step: the lines and paragraphs that clean.c's
 * rules match go, unless they would take too much of the report.  Two
 * kinds of web-page furniture are known here by their shape rather than
 * by a pattern: a toolbar laid out one button a line above the title, and
 * a related-links list that ends the page. */
#include <config.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "denoise.h"
#include "label.h"
#include "meta.h"
#include "paragraphs.h"
#include "utf8.h"

/* How far into a document its head may reach: paragraphs before the
 * first heading, not counting the ones dropped as a toolbar. */
enum { HEAD_PARAGRAPHS = 12, TOOLBAR_SEARCH = 40, TOOLBAR_MIN_WORDS = 3, TOOLBAR_WORD_MAX = 4,
       BOX_WORD_MAX = 10 };

enum bg_status
denoise_lines(struct doc *doc, struct line_list *lines, size_t first)
{
	size_t kept = first, dropped = 0, nonblank = 0;

	for (size_t i = first; i < lines->count; i++) {
		const struct line *l = &lines->items[i];
		nonblank += l->length > 0;
		dropped += l->noise;
	}
	if (dropped == 0)
		return BG_OK;
	if ((double)dropped > NOISE_MAX_SHARE * (double)nonblank) {
		return doc_warn(doc, "line rules would remove %zu of %zu lines; kept everything", dropped,
				nonblank) ? BG_OK : BG_ERR_NOMEM;
	}
	for (size_t i = first; i < lines->count; i++) {
		const struct line *l = &lines->items[i];
		if (l->noise) {
			/* A page break often stands between blank lines: they go
			 * with it, so that the text around it can be joined. */
			while (kept > first && lines->items[kept - 1].length == 0)
				kept--;
			while (i + 1 < lines->count && lines->items[i + 1].length == 0)
				i++;
			continue;
		}
		lines->items[kept++] = *l;
	}
	lines->count = kept;
	return BG_OK;
}

/* Removes the paragraphs marked in DROP, moving the text and spans down. */
static void
compact(struct doc *doc, const bool *drop)
{
	size_t out_text, out_para = 0, out_span;

	/* Nothing before the first dropped paragraph moves: with drops in the
	 * tail only, that is nearly all the text. */
	while (out_para < doc->paragraph_count && !drop[out_para])
		out_para++;
	if (out_para == doc->paragraph_count)
		return;
	out_text = doc->paragraphs[out_para].offset;
	/* The spans in doc->spans before the first dropped paragraph's. */
	out_span = doc->span_count;
	for (size_t i = out_para; i < doc->paragraph_count; i++)
		if (doc->paragraphs[i].span_count > 0) {
			out_span = doc->paragraphs[i].span_first;
			break;
		}
	for (size_t i = out_para; i < doc->paragraph_count; i++) {
		struct paragraph p = doc->paragraphs[i];
		size_t shift;

		if (drop[i])
			continue;
		shift = p.offset - out_text;
		memmove(doc->text + out_text, doc->text + p.offset, p.length + 1);
		for (uint32_t s = 0; s < p.span_count; s++) {
			doc->spans[out_span + s] = doc->spans[p.span_first + s];
			doc->spans[out_span + s].offset -= shift;
		}
		p.offset = out_text;
		if (p.span_count > 0)
			p.span_first = (uint32_t)out_span;
		doc->paragraphs[out_para++] = p;
		out_text += p.length + 1;
		out_span += p.span_count;
	}
	doc->text_length = out_text;
	doc->text[out_text] = '\0';
	doc->paragraph_count = out_para;
	doc->span_count = out_span;
}

/* What paragraph S (N bytes) is as a toolbar button: 2 a word of two to
 * TOOLBAR_WORD_MAX letters (下载, 收藏, 加大), 1 a lone letter or mark (大,
 * 【, 】, 【字号：), 0 not a button (a digit, sentence punctuation, more
 * letters). */
static int
toolbar_button(const char *s, size_t n)
{
	static const uint32_t marks[] = { 0x3010, 0x3011, '[', ']', '|', 0xff5c, ':', 0xff1a, 0xb7 };
	size_t letters = 0;

	for (size_t i = 0; i < n;) {
		uint32_t c;
		bool mark = false;

		i += utf8_decode(s + i, n - i, &c);
		for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
			mark |= c == marks[k];
		if (mark || utf8_is_space(c))
			continue;
		bool letter = utf8_is_han(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
		if (!letter || ++letters > TOOLBAR_WORD_MAX)
			return 0;
	}
	return letters >= 2 ? 2 : 1;
}

/* Marks in DROP the runs of toolbar buttons among DOC's paragraphs before
 * END: at least TOOLBAR_MIN_WORDS words, one a paragraph.  (A title
 * spaced out one letter a line is letters, not words.) */
static void
drop_toolbars(const struct doc *doc, size_t end, bool *drop)
{
	for (size_t i = 0; i < end;) {
		size_t j = i, words = 0;
		int b;

		while (j < end && (b = toolbar_button(doc->text + doc->paragraphs[j].offset,
						      doc->paragraphs[j].length)) > 0) {
			words += b == 2;
			j++;
		}
		if (words >= TOOLBAR_MIN_WORDS)
			while (i < j)
				drop[i++] = true;
		i = j > i ? j : i + 1;
	}
}

/* Whether paragraph S (N bytes) is nothing but boxes of UI words:
 * 【打印本页】【关闭窗口】, 【E-mail推荐 (its 】 on a later line), a lone 】.
 * A box holds at most BOX_WORD_MAX characters and no sentence. */
static bool
ui_boxes(const char *s, size_t n)
{
	size_t inside = 0, boxes = 0;
	bool open = false;

	for (size_t i = 0; i < n;) {
		uint32_t c;

		i += utf8_decode(s + i, n - i, &c);
		if (c == 0x3010) {            /* 【 */
			if (open)
				return false;
			open = true;
			inside = 0;
			boxes++;
		} else if (c == 0x3011) {     /* 】 */
			open = false;
			boxes += inside == 0;
		} else if (utf8_is_space(c)) {
			continue;
		} else if (!open || ++inside > BOX_WORD_MAX || c == 0x3002 || c == 0xff0c || c == 0xff1b) {
			return false;
		}
	}
	return boxes > 0;
}

/* Whether paragraph S (N bytes) heads a list of related links: 相关报道,
 * 延伸阅读, 更多新闻 and the like, alone on its line. */
static bool
related_links_heading(const char *s, size_t n)
{
	static const char *const first[] = { "相关", "延伸", "推荐", "更多" };
	static const char *const second[] = { "报道", "链接", "新闻", "阅读", "文章", "稿件", "专题" };
	bool found = false;

	utf8_drop_colon(s, &n);
	if (n != 12)
		return false;
	for (size_t i = 0; i < sizeof first / sizeof first[0]; i++)
		found |= memcmp(s, first[i], 6) == 0;
	for (size_t i = 0; found && i < sizeof second / sizeof second[0]; i++)
		if (memcmp(s + 6, second[i], 6) == 0)
			return true;
	return false;
}

/* Whether paragraph I of DOC can be the value of a key on the line above
 * it (来源： / 某某人民政府网): a short line, no sentence, no heading. */
enum { VALUE_MAX_CHARS = 40 };

static bool
value_line(const struct doc *doc, size_t i)
{
	const struct paragraph *p = &doc->paragraphs[i];
	const char *s = doc->text + p->offset;

	return p->length > 0 && utf8_count(s, p->length) <= VALUE_MAX_CHARS &&
	       !utf8_find3_either(s, p->length, "。", "，") && !utf8_find3(s, p->length, "；") &&
	       !paragraphs_begins_heading(doc, i);
}

/* Whether a paragraph of body text stands among DOC's paragraphs from
 * FIRST on: a sentence (it ends with 。) of at least BODY_MIN_CHARS
 * characters, which no list of links has. */
enum { BODY_MIN_CHARS = 60 };

static bool
body_follows(const struct doc *doc, size_t first)
{
	for (size_t i = first; i < doc->paragraph_count; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		const char *s = doc->text + p->offset;

		if (p->length >= 3 && memcmp(s + p->length - 3, "。", 3) == 0 &&
		    utf8_count(s, p->length) >= BODY_MIN_CHARS)
			return true;
	}
	return false;
}

enum bg_status
denoise_paragraphs(struct doc *doc, const struct noise_rules *rules, struct noise_cost *cost)
{
	char iso[11];
	size_t count = doc->paragraph_count, head_end = 0, tail_start, removed = 0, removed_count = 0;
	size_t sign_off = meta_sign_off(doc, iso), skip_to, title = SIZE_MAX;
	bool *drop;

	if (count == 0)
		return BG_OK;
	drop = calloc(count, sizeof *drop);
	if (!drop)
		return BG_ERR_NOMEM;
	/* The head runs to the first heading; a Markdown report's title (#
	 * 某某条例, unnumbered, at the top) is none: what stands under it
	 * before the first heading (a caption, a toolbar) is the head, as in
	 * a plain text, and the title itself is kept. */
	while (head_end < count && head_end < TOOLBAR_SEARCH) {
		const struct paragraph *p = &doc->paragraphs[head_end];
		if (paragraphs_begins_heading(doc, head_end)) {
			if (title != SIZE_MAX || p->md_level != 1 ||
			    label_prefix_length(doc->text + p->offset, p->length) > 0)
				break;
			title = head_end;
		}
		head_end++;
	}
	drop_toolbars(doc, head_end, drop);
	if (title != SIZE_MAX)
		drop[title] = false;
	for (size_t i = 0, kept = 0; i < head_end; i++)
		if (!drop[i] && ++kept > HEAD_PARAGRAPHS) {
			head_end = i;
			break;
		}
	tail_start = sign_off != SIZE_MAX ? sign_off + 1
		     : doc->partial ? count : count > 5 ? count - 5 : 0;
	skip_to = tail_start;
	/* A related-links list goes with all that follows it, in the second
	 * half of the page, unless the report's text comes after it (a side
	 * list laid out before a short article). */
	for (size_t i = doc->partial ? count : count / 2; i < count; i++) {
		const struct paragraph *p = &doc->paragraphs[i];
		if (related_links_heading(doc->text + p->offset, p->length) && !body_follows(doc, i + 1)) {
			skip_to = i < skip_to ? i : skip_to;
			while (i < count)
				drop[i++] = true;
		}
	}
	for (size_t i = 0; i < count; i++) {
		enum noise_zone zone = (i < head_end ? NOISE_HEAD : 0) | (i >= tail_start ? NOISE_TAIL : 0);
		const struct paragraph *p = &doc->paragraphs[i];

		if (i == title)
			continue;
		if (zone == 0 && !drop[i]) {
			if (i >= head_end)
				i = skip_to - 1;
			continue;
		}
		if (drop[i] || (ui_boxes(doc->text + p->offset, p->length) && !paragraphs_begins_heading(doc, i)) ||
		    noise_paragraph_matches(rules, doc->text + p->offset, p->length, zone, cost)) {
			drop[i] = true;
			/* The page's timestamp goes, its date stays for the
			 * metadata. */
			if (zone & NOISE_HEAD && !doc->stamp_date[0])
				meta_timestamp(doc->text + p->offset, p->length, doc->stamp_date);
			/* 来源： or 时间： / its value on the next line:
			 * furniture too, as 来源：某某网 on one line is, and
			 * the time's date stays. */
			if (i + 1 < count && i + 1 != title && value_line(doc, i + 1)) {
				const struct paragraph *q = &doc->paragraphs[i + 1];
				if (meta_stamp_value(doc->text + p->offset, p->length,
						     doc->text + q->offset, q->length, iso)) {
					if (zone & NOISE_HEAD && !doc->stamp_date[0])
						memcpy(doc->stamp_date, iso, sizeof iso);
					drop[i + 1] = true;
				} else if (meta_source_key_alone(doc->text + p->offset, p->length)) {
					drop[i + 1] = true;
				}
			}
			removed += p->length;
			removed_count++;
		}
	}
	if (cost->costly != SIZE_MAX) {
		free(drop);
		return BG_ERR_COSTLY;
	}
	if (removed_count > 0) {
		if ((double)removed > NOISE_MAX_SHARE * (double)doc->text_length) {
			if (!doc_warn(doc, "noise rules would remove %zu of %zu paragraphs (%.0f%% of the text); "
				      "kept everything", removed_count, count,
				      100.0 * (double)removed / (double)doc->text_length)) {
				free(drop);
				return BG_ERR_NOMEM;
			}
		} else {
			compact(doc, drop);
		}
	}
	free(drop);
	return BG_OK;
}
