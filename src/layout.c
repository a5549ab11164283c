/* SPDX-License-Identifier: GPL-3.0-or-later */
/* layout.c - display width, visible control characters, line breaking. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unigbrk.h>
#include <unilbrk.h>
#include <unistr.h>
#include <uniwidth.h>

#include "layout.h"

#include "ambiguous_table.h"

/* Set once, before any thread measures: see layout_set_ambiguous_wide. */
static bool ambiguous_wide;

void
layout_set_ambiguous_wide(bool wide)
{
	ambiguous_wide = wide;
}

bool
layout_ambiguous_wide(void)
{
	return ambiguous_wide;
}

bool
layout_is_ambiguous(uint32_t uc)
{
	size_t low = 0, high = sizeof ambiguous_ranges / sizeof ambiguous_ranges[0];

	if (uc < ambiguous_ranges[0].first)
		return false;
	while (low < high) {
		size_t mid = low + (high - low) / 2;

		if (uc < ambiguous_ranges[mid].first)
			high = mid;
		else if (uc > ambiguous_ranges[mid].last)
			low = mid + 1;
		else
			return true;
	}
	return false;
}

bool
layout_is_unsafe(uint32_t uc)
{
	if (uc < 0x20 || uc == 0x7f || (uc >= 0x80 && uc < 0xa0))
		return true;
	switch (uc) {
	case 0x061c:                    /* Arabic letter mark */
	case 0x200b: case 0x200c: case 0x200d: /* zero-width space, non-joiner, joiner */
	case 0x200e: case 0x200f:       /* LRM, RLM */
	case 0x2060:                    /* word joiner */
	case 0xfeff:                    /* BOM / zero-width no-break space */
		return true;
	}
	return (uc >= 0x202a && uc <= 0x202e) || (uc >= 0x2066 && uc <= 0x2069);
}

size_t
layout_visible_char(uint32_t uc, char *buf)
{
	if (uc == '\t') {
		buf[0] = ' ';
		buf[1] = '\0';
		return 1;
	}
	if (uc < 0x20 || uc == 0x7f) {
		buf[0] = '^';
		buf[1] = (char)(uc == 0x7f ? '?' : uc + 0x40);
		buf[2] = '\0';
		return 2;
	}
	return (size_t)snprintf(buf, 12, "<U+%04X>", (unsigned)uc);
}

char *
layout_visible(const char *s, size_t n, size_t *out_length)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	size_t cap = n + 16, len = 0;
	char *out = malloc(cap);

	if (!out)
		return NULL;
	while (p < end) {
		ucs4_t uc;
		int k = u8_mbtouc(&uc, p, (size_t)(end - p));
		char buf[16];
		size_t add;
		const char *src;

		if (uc == 0xfffd && !(k == 3 && p[0] == 0xef && p[1] == 0xbf && p[2] == 0xbd)) {
			k = 1;
			add = (size_t)snprintf(buf, sizeof buf, "\\x%02X", p[0]);
			src = buf;
		} else if (layout_is_unsafe(uc)) {
			add = layout_visible_char(uc, buf);
			src = buf;
		} else {
			add = (size_t)k;
			src = (const char *)p;
		}
		if (len + add + 1 > cap) {
			char *bigger;
			cap = cap * 2 + add;
			bigger = realloc(out, cap);
			if (!bigger) {
				free(out);
				return NULL;
			}
			out = bigger;
		}
		memcpy(out + len, src, add);
		len += add;
		p += k;
	}
	out[len] = '\0';
	if (out_length)
		*out_length = len;
	return out;
}

/* The width of UC when it is one of most of a report's characters:
 * printable ASCII, the unified ideographs and the punctuation around them
 * (、。〈〉《》「」【】, ，：；（）！？), one and two columns without a call to
 * libunistring (test_layout holds these ranges to uc_width); else 0. */
static inline int
common_width(uint32_t uc)
{
	if (uc >= 0x20 && uc < 0x7f)
		return 1;
	if ((uc >= 0x4e00 && uc <= 0x9fff) || (uc >= 0x3000 && uc <= 0x3029) ||
	    (uc >= 0xff01 && uc <= 0xff60))
		return 2;
	return 0;
}

int
layout_char_width(uint32_t uc)
{
	int w = common_width(uc);

	if (w > 0)
		return w;
	if (layout_is_unsafe(uc)) {
		char buf[16];
		return (int)layout_visible_char(uc, buf);
	}
	/* "UTF-8", never a CJK legacy name: that would make ambiguous-width
	 * punctuation (“ ” — …) two columns, unlike wcwidth() and tmux. */
	w = uc_width(uc, "UTF-8");
	if (w < 0)
		return 1;
	/* the terminal's own choice, which no locale tells (--ambiguous) */
	if (w == 1 && ambiguous_wide && layout_is_ambiguous(uc))
		return 2;
	return w;
}

/* Decodes the character at P and sets *WIDTH to its width as drawn: an
 * invalid byte is one byte shown as "\xNN" (as layout_visible does). */
static int
next_char(const uint8_t *p, const uint8_t *end, ucs4_t *uc, int *width)
{
	int k, w;

	/* ASCII and the three-byte characters of Chinese text decoded here,
	 * as u8_mbtouc would (not overlong, not a surrogate); the rest by
	 * it.  test_layout compares the two on every three-byte sequence. */
	if (p[0] < 0x80) {
		*uc = p[0];
		*width = (w = common_width(*uc)) > 0 ? w : layout_char_width(*uc);
		return 1;
	}
	if (end - p >= 3 && (p[0] & 0xf0) == 0xe0 && (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80) {
		ucs4_t c = (ucs4_t)(p[0] & 0x0f) << 12 | (ucs4_t)(p[1] & 0x3f) << 6 | (ucs4_t)(p[2] & 0x3f);
		if (c >= 0x800 && (c < 0xd800 || c > 0xdfff)) {
			*uc = c;
			*width = (w = common_width(c)) > 0 ? w : layout_char_width(c);
			return 3;
		}
	}
	k = u8_mbtouc(uc, p, (size_t)(end - p));

	if (*uc == 0xfffd && !(k == 3 && p[0] == 0xef && p[1] == 0xbf && p[2] == 0xbd)) {
		*width = 4;
		return 1;
	}
	*width = layout_char_width(*uc);
	return k;
}

int
layout_width(const char *s, size_t n)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	int width = 0;

	while (p < end) {
		ucs4_t uc;
		int w;

		p += next_char(p, end, &uc, &w);
		width += w;
	}
	return width;
}

size_t
layout_fit(const char *s, size_t n, int width, int *used)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	int col = 0;

	while (p < end) {
		ucs4_t uc;
		int w, k = next_char(p, end, &uc, &w);

		if (col + w > width)
			break;
		col += w;
		p += k;
	}
	if (used)
		*used = col;
	return (size_t)(p - (const uint8_t *)s);
}

size_t
layout_truncate(const char *s, size_t n, int width, int ellipsis_width, int *used, bool *cut)
{
	size_t fit = layout_fit(s, n, width, used);

	*cut = fit < n;
	if (*cut)
		fit = layout_fit(s, n, width > ellipsis_width ? width - ellipsis_width : 0, used);
	return fit;
}

static bool
is_digit(ucs4_t uc)
{
	return (uc >= '0' && uc <= '9') || (uc >= 0xff10 && uc <= 0xff19);
}

/* Characters that multiply the number before them: 2万元, 1.5亿元. */
static bool
is_magnitude(ucs4_t uc)
{
	return uc == 0x4e07 || uc == 0x4ebf || uc == 0x5343 || uc == 0x767e;   /* 万 亿 千 百 */
}

/* A character set in full width, as ideographs and CJK punctuation are. */
static bool
is_wide(ucs4_t uc)
{
	return (uc >= 0x4e00 && uc <= 0x9fff) || uc_width(uc, "UTF-8") == 2;
}

/* Fills BREAKS[0..N-1] with the break opportunities of S: BREAKS[i] ==
 * UC_BREAK_POSSIBLE when a line may start at S[i].
 *
 * libunistring follows Unicode 14, whose rule LB19 glues “ and ” to both
 * neighbours, so that 他说：“好。”然后 is one unbreakable run.  In Chinese
 * text the quotation marks are set like the fullwidth brackets （ ）: a
 * line may break before “ and after ”, never after “ nor before ”.  So
 * the marks next to a fullwidth character are measured as those brackets
 * (same byte length, so offsets stay put).  Then a number keeps its unit:
 * 3860人, 2万元, 〔2023〕36号, 第3. */
static bool
line_breaks(const char *s, size_t n, char *breaks)
{
	const uint8_t *text = (const uint8_t *)s, *end = text + n, *p;
	uint8_t *copy = NULL;
	ucs4_t prev = 0, before_prev = 0, uc;

	for (p = text; p < end; ) {
		int k = u8_mbtouc(&uc, p, (size_t)(end - p));
		ucs4_t next = 0;

		if ((uc == 0x201c || uc == 0x201d) && p + k < end)
			u8_mbtouc(&next, p + k, (size_t)(end - p - k));
		if ((uc == 0x201c || uc == 0x201d) && (is_wide(prev) || is_wide(next))) {
			if (!copy) {
				copy = malloc(n);
				if (!copy)
					return false;
				memcpy(copy, text, n);
			}
			/* U+FF08 （ and U+FF09 ）: EF BC 88 / EF BC 89 */
			copy[p - text] = 0xef;
			copy[p - text + 1] = 0xbc;
			copy[p - text + 2] = uc == 0x201c ? 0x88 : 0x89;
		}
		prev = uc;
		p += k;
	}
	u8_possible_linebreaks(copy ? copy : text, n, "UTF-8", breaks);
	free(copy);

	prev = 0;
	for (p = text; p < end; ) {
		int k = u8_mbtouc(&uc, p, (size_t)(end - p));
		bool keep = false;

		if (is_digit(prev))
			keep = uc_is_property_ideographic(uc) || uc == '%' || uc == 0xff05 ||
			       uc == 0x2030 || uc == 0x2103;       /* ％ ‰ ℃ */
		else if (is_magnitude(prev) && is_digit(before_prev))
			keep = uc_is_property_ideographic(uc);
		else if (prev == 0x3015 || prev == 0x7b2c)      /* 〕36号, 第3 */
			keep = is_digit(uc);
		if (keep)
			breaks[p - text] = UC_BREAK_PROHIBITED;
		else if (breaks[p - text] == UC_BREAK_MANDATORY)
			breaks[p - text] = UC_BREAK_PROHIBITED;
		before_prev = prev;
		prev = uc;
		p += k;
	}
	return true;
}

struct line_list {
	struct layout_line *items;
	size_t count, capacity;
};

/* Adds the line [START, END) of S, WIDTH columns wide, without the spaces
 * it was broken after. */
static bool
add_line(struct line_list *list, const char *s, size_t start, size_t end, int width)
{
	while (end > start && s[end - 1] == ' ') {
		end--;
		width--;
	}
	if (list->count == list->capacity) {
		size_t capacity = list->capacity ? list->capacity * 2 : 8;
		struct layout_line *bigger = realloc(list->items, capacity * sizeof *bigger);

		if (!bigger)
			return false;
		list->items = bigger;
		list->capacity = capacity;
	}
	list->items[list->count++] = (struct layout_line){ start, end - start, width };
	return true;
}

bool
layout_wrap(const char *s, size_t n, int width, int start_column, struct layout_line **lines,
	    size_t *count)
{
	return layout_wrap_keeping(s, n, width, start_column, NULL, 0, lines, count);
}

bool
layout_wrap_keeping(const char *s, size_t n, int width, int start_column,
		    const struct layout_keep *keep, size_t keep_count,
		    struct layout_line **lines, size_t *count)
{
	const uint8_t *text = (const uint8_t *)s, *end = text + n;
	struct line_list list = { NULL, 0, 0 };
	char *breaks, *graphemes = NULL;
	size_t i = 0, line_start = 0, last_break = 0;
	int col, line_col, col_at_break = 0;
	bool ok = true;

	if (width < 1)
		width = 1;
	if (start_column < 0 || start_column >= width)
		start_column = 0;
	col = line_col = start_column;
	breaks = malloc(n ? n : 1);
	if (!breaks || !line_breaks(s, n, breaks)) {
		free(breaks);
		return false;
	}
	for (size_t k = 0; k < keep_count; k++) {
		size_t a = keep[k].start, b = keep[k].end < n ? keep[k].end : n;

		/* one that would not fit on a line breaks as it must */
		if (a >= b || layout_width(s + a, b - a) > width)
			continue;
		for (size_t j = a + 1; j < b; j++)
			breaks[j] = UC_BREAK_PROHIBITED;
	}
	/* Greedy first fit, as u8_width_linebreaks does, but measuring each
	 * character with layout_char_width: unsafe characters are drawn as
	 * their visible forms (^[, <U+202E>), which uc_width counts as 0. */
	while (ok && i < n) {
		ucs4_t uc;
		int w, k = next_char(text + i, end, &uc, &w);

		if (i > line_start && breaks[i] == UC_BREAK_POSSIBLE) {
			last_break = i;
			col_at_break = col;
		}
		if (col + w > width && uc != ' ' && i > line_start) {
			if (last_break > line_start) {
				ok = add_line(&list, s, line_start, last_break, col_at_break - line_col);
				col -= col_at_break;
				line_start = last_break;
				line_col = 0;
				continue;
			}
			/* No break opportunity on the line: split it between
			 * graphemes, so a base keeps its combining marks. */
			if (!graphemes) {
				graphemes = malloc(n);
				if (!graphemes) {
					ok = false;
					break;
				}
				u8_grapheme_breaks(text, n, graphemes);
			}
			size_t cut = i;
			while (cut > line_start && !graphemes[cut])
				cut--;
			if (cut == line_start)
				cut = i;
			ok = add_line(&list, s, line_start, cut, layout_width(s + line_start, cut - line_start));
			col = layout_width(s + cut, i - cut);
			line_start = last_break = cut;
			line_col = 0;
			continue;
		}
		col += w;
		i += (size_t)k;
	}
	if (ok)
		ok = add_line(&list, s, line_start, n, col - line_col);
	free(graphemes);
	free(breaks);
	if (!ok) {
		free(list.items);
		return false;
	}
	*lines = list.items;
	*count = list.count;
	return true;
}

bool
layout_fit_columns(int *widths, const int *natural, const int *floor, int count, int gap,
		   int room)
{
	int need = 0;

	for (int i = 0; i < count; i++) {
		widths[i] = natural[i];
		need += widths[i] >= 0 ? widths[i] + (need > 0 ? gap : 0) : 0;
	}
	while (need > room) {
		int widest = -1;
		for (int i = 0; i < count; i++)
			if (widths[i] > floor[i] && (widest < 0 || widths[i] > widths[widest]))
				widest = i;
		if (widest < 0)
			return false;
		widths[widest]--;
		need--;
	}
	return true;
}
