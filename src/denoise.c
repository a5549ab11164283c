/* denoise.c - the noise step: the lines and paragraphs that clean.c's
 * rules match go, unless they would take too much of the report. */
#include <config.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "denoise.h"
#include "meta.h"
#include "paragraphs.h"

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
	out_span = doc->paragraphs[out_para].span_first;
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

enum bg_status
denoise_paragraphs(struct doc *doc, const struct noise_rules *rules)
{
	char iso[11];
	size_t count = doc->paragraph_count, head_end = 0, tail_start, removed = 0, removed_count = 0;
	size_t sign_off = meta_sign_off(doc, iso);
	bool *drop;

	if (count == 0)
		return BG_OK;
	while (head_end < count && head_end < 12 && !paragraphs_begins_heading(doc, head_end))
		head_end++;
	tail_start = sign_off != SIZE_MAX ? sign_off + 1
		     : doc->partial ? count : count > 5 ? count - 5 : 0;
	drop = calloc(count, sizeof *drop);
	if (!drop)
		return BG_ERR_NOMEM;
	for (size_t i = 0; i < count; i++) {
		enum noise_zone zone = (i < head_end ? NOISE_HEAD : 0) | (i >= tail_start ? NOISE_TAIL : 0);
		const struct paragraph *p = &doc->paragraphs[i];

		if (zone == 0) {
			if (i >= head_end)
				i = tail_start - 1;
			continue;
		}
		if (noise_paragraph_matches(rules, doc->text + p->offset, p->length, zone)) {
			drop[i] = true;
			removed += p->length;
			removed_count++;
		}
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
