/* SPDX-License-Identifier: GPL-3.0-or-later */
/* print.c - what every batch printer shares: safe text, JSON strings,
 * section paths and contexts. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "layout.h"
#include "print.h"
#include "utf8.h"

/* Length of the character at P when it is certainly safe to print and
 * needs no JSON escape, or 0 when it must be looked at: most of a report
 * is CJK text and passes here without being decoded.  Unsafe characters
 * are all below 0x20, 0x7f, or led by C2 (C1 controls), D8 (U+061C), E2
 * (U+200B..U+206F) or EF (U+FEFF); a lead byte of a valid sequence is
 * followed by its continuation bytes (the text is checked UTF-8). */
static inline size_t
plain_length(const uint8_t *p, const uint8_t *end)
{
	uint8_t c = p[0];

	if (c < 0x80)
		return c >= 0x20 && c != 0x7f && c != '"' && c != '\\' ? 1 : 0;
	if (c == 0xc2 || c == 0xd8 || c == 0xe2 || c == 0xef || c < 0xc2 || c > 0xf4)
		return 0;
	{
		size_t k = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
		if ((size_t)(end - p) < k)
			return 0;
		for (size_t i = 1; i < k; i++)
			if ((p[i] & 0xc0) != 0x80)
				return 0;
		return k;
	}
}

void
sink_number(struct sink *k, const char *key, unsigned long n)
{
	char buf[24];
	size_t i = sizeof buf;

	do {
		buf[--i] = (char)('0' + n % 10);
		n /= 10;
	} while (n);
	sink_put(k, key, strlen(key));
	sink_put(k, buf + i, sizeof buf - i);
}

void
sink_json_string(struct sink *k, const char *s, size_t n)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	const uint8_t *run = p;

	SINK_LITERAL(k, "\"");
	while (p < end) {
		ucs4_t uc;
		size_t plain = plain_length(p, end);
		if (plain) {
			p += plain;
			continue;
		}
		int m = u8_mbtouc(&uc, p, (size_t)(end - p));
		bool invalid = uc == 0xfffd && !(m == 3 && p[0] == 0xef && p[1] == 0xbf && p[2] == 0xbd);

		if (uc == '"' || uc == '\\' || layout_is_unsafe(uc) || invalid) {
			char escape[16];
			sink_put(k, (const char *)run, (size_t)(p - run));
			if (uc == '"' || uc == '\\') {
				escape[0] = '\\';
				escape[1] = (char)uc;
				sink_put(k, escape, 2);
			} else if (uc == '\n') {
				SINK_LITERAL(k, "\\n");
			} else if (uc == '\t') {
				SINK_LITERAL(k, "\\t");
			} else {
				snprintf(escape, sizeof escape, "\\u%04x", invalid ? 0xfffd : (unsigned)uc);
				sink_put(k, escape, strlen(escape));
			}
			p += m;
			run = p;
			continue;
		}
		p += m;
	}
	sink_put(k, (const char *)run, (size_t)(p - run));
	SINK_LITERAL(k, "\"");
}

void
print_json_string(FILE *out, const char *s, size_t n)
{
	char buf[256];
	struct sink k;

	sink_init(&k, out, buf, sizeof buf);
	sink_json_string(&k, s, n);
	sink_flush(&k);
}

void
sink_text(struct sink *k, const char *s, size_t n, bool tsv)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	const uint8_t *run = p;

	while (p < end) {
		ucs4_t uc;
		size_t plain = plain_length(p, end);
		if (plain && p[0] != '"') {
			p += plain;
			continue;
		}
		int m = u8_mbtouc(&uc, p, (size_t)(end - p));
		bool invalid = uc == 0xfffd && !(m == 3 && p[0] == 0xef && p[1] == 0xbf && p[2] == 0xbd);

		if (layout_is_unsafe(uc) || invalid || (tsv && uc == '\\')) {
			char buf[16];
			sink_put(k, (const char *)run, (size_t)(p - run));
			if (tsv && (uc == '\t' || uc == '\n' || uc == '\r' || uc == '\\')) {
				buf[0] = '\\';
				buf[1] = uc == '\t' ? 't' : uc == '\n' ? 'n' : uc == '\r' ? 'r' : '\\';
				sink_put(k, buf, 2);
			} else if (invalid) {
				snprintf(buf, sizeof buf, "\\x%02X", p[0]);
				sink_put(k, buf, strlen(buf));
			} else {
				sink_put(k, buf, layout_visible_char(uc, buf));
			}
			p += m;
			run = p;
			continue;
		}
		p += m;
	}
	sink_put(k, (const char *)run, (size_t)(p - run));
}

void
print_text(FILE *out, const char *s, size_t n, bool tsv)
{
	char buf[256];
	struct sink k;

	sink_init(&k, out, buf, sizeof buf);
	sink_text(&k, s, n, tsv);
	sink_flush(&k);
}

void
print_section_labels(FILE *out, const struct outline_node *node, bool json)
{
	const struct outline_node *path[64];
	size_t n = outline_path(node, path, 64);

	if (json)
		putc_unlocked('[', out);
	for (size_t i = 0; i < n; i++) {
		if (json) {
			if (i)
				putc_unlocked(',', out);
			print_json_string(out, path[i]->label, strlen(path[i]->label));
		} else {
			print_text(out, path[i]->label, strlen(path[i]->label), false);
		}
	}
	if (json)
		putc_unlocked(']', out);
}

void
print_context_range(const struct doc *doc, size_t offset, size_t length, size_t radius,
		    size_t *start, size_t *end)
{
	const struct paragraph *p = &doc->paragraphs[doc_paragraph_at(doc, offset)];
	const uint8_t *text = (const uint8_t *)doc->text;
	size_t lo = offset, hi = offset + length, limit = p->offset + p->length;

	for (size_t i = 0; i < radius && lo > p->offset; i++) {
		do
			lo--;
		while (lo > p->offset && (text[lo] & 0xc0) == 0x80);
	}
	if (hi > limit)
		hi = limit;
	for (size_t i = 0; i < radius && hi < limit; i++) {
		int k = u8_mblen(text + hi, limit - hi);
		hi += k > 0 ? (size_t)k : 1;
	}
	*start = lo;
	*end = hi;
}

void
print_json_string_or_null(FILE *out, const char *s)
{
	if (s)
		print_json_string(out, s, strlen(s));
	else
		fputs_unlocked("null", out);
}

void
print_json_number(FILE *out, const char *key, unsigned long n)
{
	/* The key and the digits gathered and written at once: a large
	 * outline prints three numbers a heading. */
	char buf[64];
	struct sink k;

	sink_init(&k, out, buf, sizeof buf);
	sink_number(&k, key, n);
	sink_flush(&k);
}

void
print_outline_node_fields(FILE *out, const struct doc *doc, const struct outline_node *node)
{
	print_json_number(out, "{\"depth\":", (unsigned long)node->depth);
	fputs_unlocked(",\"label\":", out);
	print_json_string(out, node->label, strlen(node->label));
	fputs_unlocked(",\"title\":", out);
	print_json_string(out, node->title, strlen(node->title));
	print_json_number(out, ",\"line\":", node->line);
	print_json_number(out, ",\"column\":", node->column);
	if (doc->page_count > 0)
		print_json_number(out, ",\"page\":", doc_page_of(doc, node->line, node->column));
}

void
print_outline_node_json(FILE *out, const struct doc *doc, const struct outline_node *node)
{
	print_outline_node_fields(out, doc, node);
	fputs_unlocked(",\"children\":[", out);
	for (size_t i = 0; i < node->child_count; i++) {
		if (i)
			putc_unlocked(',', out);
		print_outline_node_json(out, doc, node->children[i]);
	}
	fputs_unlocked("]}", out);
}

void
print_csv_field(FILE *out, const char *s, size_t n)
{
	bool quoted = false;

	for (size_t i = 0; i < n && !quoted; i++)
		quoted = s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n';
	if (!quoted) {
		print_text(out, s, n, false);
		return;
	}
	putc_unlocked('"', out);
	for (const char *p = s, *end = s + n; p < end;) {
		const char *quote = memchr(p, '"', (size_t)(end - p));
		size_t k = quote ? (size_t)(quote - p) : (size_t)(end - p);
		print_text(out, p, k, false);
		if (quote)
			fputs_unlocked("\"\"", out);
		p += k + (quote != NULL);
	}
	putc_unlocked('"', out);
}

void
print_csv_section(FILE *out, const struct outline_node *node)
{
	const struct outline_node *path[64];
	size_t n = outline_path(node, path, 64), length = 0;
	char *labels;

	for (size_t i = 0; i < n; i++)
		length += strlen(path[i]->label);
	labels = malloc(length + 1);
	if (!labels) {
		/* quoted and without its quotes, rather than nothing */
		putc_unlocked('"', out);
		for (size_t i = 0; i < n; i++)
			for (const char *c = path[i]->label; *c; c++)
				if (*c != '"')
					putc_unlocked(*c, out);
		putc_unlocked('"', out);
		return;
	}
	length = 0;
	for (size_t i = 0; i < n; i++) {
		size_t k = strlen(path[i]->label);
		memcpy(labels + length, path[i]->label, k);
		length += k;
	}
	print_csv_field(out, labels, length);
	free(labels);
}
