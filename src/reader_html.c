/* SPDX-License-Identifier: GPL-3.0-or-later */
/* reader_html.c - the reader of web pages.  A page saved from a government
 * site holds the report inside a frame of navigation bars, breadcrumbs
 * (当前位置：首页 > 政务公开 > …), a toolbar (【字号：大 中 小】【打印】
 * 【关闭】), related links and a footer (京ICP备05008520号); the reader
 * gives the report's text only, one paragraph a line.
 *
 * The bytes are decoded first (the page's own charset, read as a browser
 * reads it) and parsed by libxml2's forgiving HTML parser.  Each element
 * is then measured once: how much text it holds, how much of that is in
 * links, in bold runs.  The article is the block that paragraphs of plain
 * text gather in (a paragraph counts for its block, and half for the
 * block above); its title is the heading shortly before it when it holds
 * none.  Inside, blocks made mostly of links and the site's furniture are
 * left out; a table's data rows say their cells.  (Over 900 lines: the
 * measuring, the furniture rules, the writer and the title all work on the
 * page's boxes, which stay private to this file.) */
#include <config.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "array.h"
#include "html_charset.h"
#include "label.h"
#include "reader_html.h"
#include "utf8.h"
#include "xml.h"

/* ---- measuring the elements ---------------------------------------------- */

/* What the reader does with an element, by its name. */
enum {
	DROP = 1 << 0,     /* furniture or not text: left out whole */
	BLOCK = 1 << 1,    /* ends the line before and after it */
	LINK = 1 << 2,     /* a link or a control: its text is link text */
	BOLD = 1 << 3,
	BREAK = 1 << 4,    /* <br> */
	ROW = 1 << 5,
	CELL = 1 << 6,
	ORDERED = 1 << 7,  /* <ol> */
	ITEM = 1 << 8,     /* <li> */
	ARTICLE = 1 << 9,  /* <article>, <main>: their <header> is the article's */
	HEADER = 1 << 10,  /* dropped outside an article */
	PRE = 1 << 11,     /* its line breaks are the text's */
	HEADING_FACE = 1 << 12,  /* sets its text in a heading's face (黑体) */
	OTHER_FACE = 1 << 13,    /* in another face (仿宋, Calibri) */
};

static const struct {
	const char *name;
	unsigned flags;
	uint8_t heading;
} tags[] = {
	{ "script", DROP, 0 }, { "style", DROP, 0 }, { "noscript", DROP, 0 }, { "nav", DROP, 0 },
	{ "footer", DROP, 0 }, { "aside", DROP, 0 }, { "iframe", DROP, 0 }, { "select", DROP, 0 },
	{ "textarea", DROP, 0 }, { "template", DROP, 0 }, { "svg", DROP, 0 }, { "object", DROP, 0 },
	{ "head", DROP, 0 }, { "menu", DROP, 0 }, { "input", DROP, 0 }, { "img", DROP, 0 },
	{ "header", BLOCK | HEADER, 0 }, { "title", DROP, 0 },
	{ "a", LINK, 0 }, { "button", LINK, 0 }, { "b", BOLD, 0 }, { "strong", BOLD, 0 },
	{ "br", BREAK, 0 }, { "tr", BLOCK | ROW, 0 }, { "td", BLOCK | CELL, 0 },
	{ "th", BLOCK | CELL, 0 }, { "ol", BLOCK | ORDERED, 0 }, { "li", BLOCK | ITEM, 0 },
	{ "article", BLOCK | ARTICLE, 0 }, { "main", BLOCK | ARTICLE, 0 },
	{ "h1", BLOCK, 1 }, { "h2", BLOCK, 2 }, { "h3", BLOCK, 3 }, { "h4", BLOCK, 4 },
	{ "h5", BLOCK, 5 }, { "h6", BLOCK, 6 },
	{ "p", BLOCK, 0 }, { "div", BLOCK, 0 }, { "ul", BLOCK, 0 }, { "dl", BLOCK, 0 },
	{ "dt", BLOCK, 0 }, { "dd", BLOCK, 0 }, { "table", BLOCK, 0 }, { "tbody", BLOCK, 0 },
	{ "thead", BLOCK, 0 }, { "tfoot", BLOCK, 0 }, { "caption", BLOCK, 0 },
	{ "blockquote", BLOCK, 0 }, { "pre", BLOCK | PRE, 0 }, { "section", BLOCK, 0 },
	{ "center", BLOCK, 0 }, { "address", BLOCK, 0 }, { "figure", BLOCK, 0 },
	{ "figcaption", BLOCK, 0 }, { "hr", BLOCK, 0 }, { "body", BLOCK, 0 },
	{ "html", BLOCK, 0 }, { "form", BLOCK, 0 }, { "fieldset", BLOCK, 0 },
};

/* What the reader knows of one element (its box). */
struct box {
	xmlNode *node;
	unsigned flags;
	uint8_t heading;     /* 1..6 for h1-h6 */
	size_t block;        /* the box of the nearest block around it, or 0 */
	uint32_t text;       /* characters (not white space) in it */
	uint32_t link;       /* of which in links or controls */
	uint32_t bold;       /* of which in bold runs */
	uint32_t face;       /* of which in a heading's face */
	uint32_t links;      /* links in it */
	uint32_t own;        /* plain text whose nearest block it is */
	bool has_block;      /* holds block elements with text (Word's <o:p></o:p>
			      * is read as an empty <p> inside a paragraph) */
	bool has_h1;
	double score;
};

struct page {
	xmlDoc *doc;
	struct box *boxes;   /* [0] is no box */
	size_t box_count, box_capacity;
	bool failed;         /* out of memory */
	bool faces_mark_headings;  /* the heading's face is not the article's */
};

static struct box *
box_of(struct page *pg, const xmlNode *n)
{
	size_t i = (size_t)(uintptr_t)n->_private;
	return i ? &pg->boxes[i] : NULL;
}

/* Characters of UTF-8 text S that are not white space. */
static uint32_t
visible_count(const char *s, size_t n)
{
	uint32_t count = 0, c;
	size_t len;

	for (size_t i = 0; (len = utf8_next_nonspace(s, n, &i, &c)) > 0; i += len)
		if (c != '\n' && c != '\r')
			count++;
	return count;
}

static bool
has_attribute(xmlNode *n, const char *name)
{
	return libxml.has_prop(n, (const xmlChar *)name) != NULL;
}

/* The faces GB/T 9704 sets headings in: 黑体 for the first level (方正
 * 黑体, CESI黑体-GB2312, SimHei), 小标宋 for the title (方正小标宋简体). */
static const char *const heading_faces[] = { "黑体", "simhei", "heiti", "fzhei", "小标宋",
					     "xiaobiaosong" };

/* HEADING_FACE when the font family list S (N bytes) starts with a
 * heading's face, OTHER_FACE when it names another, 0 when empty. */
static unsigned
face_flags(const char *s, size_t n)
{
	char family[128];
	size_t k = 0;

	while (n > 0 && (*s == '"' || *s == '\'' || *s == ' '))
		s++, n--;
	for (size_t i = 0; i < n && s[i] != ',' && s[i] != ';' && k + 1 < sizeof family; i++)
		if (s[i] != '"' && s[i] != '\'')
			family[k++] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i]);
	family[k] = '\0';
	if (k == 0)
		return 0;
	for (size_t f = 0; f < sizeof heading_faces / sizeof heading_faces[0]; f++)
		if (strstr(family, heading_faces[f]))
			return HEADING_FACE;
	return OTHER_FACE;
}

/* The face flags of the style STYLE (white space squeezed out): of the
 * face it sets for Chinese text, which Word's export names apart
 * (mso-fareast-font-family), else of its font-family. */
static unsigned
style_face_flags(const char *style)
{
	static const char *const properties[] = { "mso-fareast-font-family:", "font-family:" };

	for (size_t p = 0; p < sizeof properties / sizeof properties[0]; p++) {
		size_t k = strlen(properties[p]);
		for (const char *at = strcasestr(style, properties[p]); at;
		     at = strcasestr(at + 1, properties[p]))
			if (at == style || at[-1] == ';')
				return face_flags(at + k, strcspn(at + k, ";"));
	}
	return 0;
}

/* What the style attribute of N says: DROP when it hides N, BOLD when
 * it sets its text in bold (gov.cn pages bold a title with
 * <span style="font-weight: bold">, not <b>), HEADING_FACE or OTHER_FACE
 * for the face it sets (or <font face=…>). */
static unsigned
style_flags(xmlNode *n)
{
	static const char *const bold[] = { "font-weight:bold", "font-weight:bolder",
					    "font-weight:600", "font-weight:700",
					    "font-weight:800", "font-weight:900" };
	xmlChar *style;
	unsigned flags = 0, face;

	if (has_attribute(n, "hidden"))
		return DROP;
	if (strcasecmp((const char *)n->name, "font") == 0) {
		xmlChar *face_name = libxml.get_prop(n, (const xmlChar *)"face");
		if (face_name)
			flags |= face_flags((const char *)face_name, strlen((const char *)face_name));
		xml_free(face_name);
	}
	style = libxml.get_prop(n, (const xmlChar *)"style");
	if (style) {
		char squeezed[512];
		size_t k = 0;
		for (const xmlChar *c = style; *c && k + 1 < sizeof squeezed; c++)
			if (*c != ' ' && *c != '\t' && *c != '\n' && *c != '\r')
				squeezed[k++] = (char)*c;
		squeezed[k] = '\0';
		if (strcasestr(squeezed, "display:none"))
			flags |= DROP;
		for (size_t b = 0; b < sizeof bold / sizeof bold[0]; b++)
			if (strcasestr(squeezed, bold[b]))
				flags |= BOLD;
		face = style_face_flags(squeezed);
		if (face)
			flags = (flags & ~(HEADING_FACE | OTHER_FACE)) | face;
		xml_free(style);
	}
	return flags;
}

/* The entry of element N in tags[], or -1. */
static int
tag_index(const xmlNode *n)
{
	for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
		if (strcasecmp(tags[i].name, (const char *)n->name) == 0)
			return (int)i;
	return -1;
}

static unsigned
tag_flags(const xmlNode *n)
{
	int t = tag_index(n);
	return t >= 0 ? tags[t].flags : 0;
}

/* True when element N holds a block element within DEPTH levels. */
static bool
holds_block(const xmlNode *n, unsigned depth)
{
	for (const xmlNode *c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE &&
		    ((tag_flags(c) & BLOCK) || (depth > 1 && holds_block(c, depth - 1))))
			return true;
	return false;
}

/* True when element N is a heading's permalink: a link to an anchor of
 * the page (href="#…") that shows only a mark (# ¶ § 🔗) or is hidden
 * from screen readers (aria-hidden="true").  Static-site generators
 * (VuePress, Hugo, Sphinx) put one in every heading (<h2><a
 * class="header-anchor" href="#第一章-总则">#</a> 第一章 总则</h2>);
 * read, it would open the heading with a stray "# ". */
static bool
permalink_anchor(xmlNode *n)
{
	static const char *const marks[] = { "#", "¶", "§", "🔗" };
	xmlChar *href, *hidden, *text;
	bool anchor, yes = false;

	if (strcasecmp((const char *)n->name, "a") != 0)
		return false;
	href = libxml.get_prop(n, (const xmlChar *)"href");
	anchor = href && href[0] == '#';
	xml_free(href);
	if (!anchor)
		return false;
	hidden = libxml.get_prop(n, (const xmlChar *)"aria-hidden");
	yes = hidden && strcasecmp((const char *)hidden, "true") == 0;
	xml_free(hidden);
	if (yes)
		return true;
	text = libxml.node_get_content(n);
	if (text) {
		const char *s = (const char *)text, *e = s + strlen(s);
		while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
			s++;
		while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r'))
			e--;
		for (size_t m = 0; m < sizeof marks / sizeof marks[0] && !yes; m++)
			yes = (size_t)(e - s) == strlen(marks[m]) && memcmp(s, marks[m], (size_t)(e - s)) == 0;
		xml_free(text);
	}
	return yes;
}

static unsigned
classify(xmlNode *n, bool in_article, uint8_t *heading)
{
	int t = tag_index(n);
	unsigned flags = t >= 0 ? tags[t].flags : 0;

	*heading = t >= 0 ? tags[t].heading : 0;
	if ((flags & HEADER) && !in_article)
		flags |= DROP;
	if (has_attribute(n, "onclick"))
		flags |= LINK;
	if ((flags & LINK) && permalink_anchor(n))
		flags |= DROP;
	/* A link around paragraphs is broken markup (a contents line's
	 * <a> left open over the report): its text is no link text. */
	if ((flags & LINK) && holds_block(n, 8))
		flags &= ~LINK;
	if (!(flags & DROP))
		flags |= style_flags(n);
	return flags;
}

enum { IN_LINK = 1, IN_BOLD = 2, IN_ARTICLE = 4, IN_HEADING_FACE = 8 };

/* Elements nested deeper than this are left out: no page's text is, and
 * the walks over the tree recurse. */
enum { MAX_DEPTH = 200 };

/* Measures the children of N (box I, nearest block BLOCK, DEPTH elements
 * deep) into the boxes. */
static void
measure(struct page *pg, xmlNode *n, size_t i, size_t block, unsigned context, unsigned depth)
{
	for (xmlNode *c = n->children; c && !pg->failed; c = c->next) {
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
			const char *s = (const char *)c->content;
			uint32_t count = s ? visible_count(s, strlen(s)) : 0;
			pg->boxes[i].text += count;
			if (context & IN_LINK)
				pg->boxes[i].link += count;
			else
				pg->boxes[block].own += count;
			if (context & IN_BOLD)
				pg->boxes[i].bold += count;
			if (context & IN_HEADING_FACE)
				pg->boxes[i].face += count;
		} else if (c->type == XML_ELEMENT_NODE) {
			uint8_t heading;
			unsigned flags = classify(c, context & IN_ARTICLE, &heading), inner = context;
			size_t k;
			struct box *b, *parent;

			if ((flags & DROP) || depth >= MAX_DEPTH)
				continue;
			if (!ARRAY_RESERVE(pg->boxes, pg->box_capacity, pg->box_count + 1)) {
				pg->failed = true;
				return;
			}
			k = pg->box_count++;
			pg->boxes[k] = (struct box){ .node = c, .flags = flags, .heading = heading,
						     .block = block };
			c->_private = (void *)(uintptr_t)k;
			if (flags & LINK)
				inner |= IN_LINK;
			if (flags & BOLD)
				inner |= IN_BOLD;
			if (flags & ARTICLE)
				inner |= IN_ARTICLE;
			if (flags & HEADING_FACE)
				inner |= IN_HEADING_FACE;
			else if (flags & OTHER_FACE)
				inner &= ~IN_HEADING_FACE;
			measure(pg, c, k, flags & BLOCK ? k : block, inner, depth + 1);
			b = &pg->boxes[k];
			parent = &pg->boxes[i];
			if (flags & LINK) {
				b->link = b->text;
				b->links++;
			}
			if (flags & BOLD)
				b->bold = b->text;
			parent->text += b->text;
			parent->link += b->link;
			parent->bold += b->bold;
			parent->face += b->face;
			parent->links += b->links;
			parent->has_block |= b->has_block || ((flags & BLOCK) && b->text > 0);
			parent->has_h1 |= b->has_h1 || heading == 1;
		}
	}
}

/* The article: the block with the most plain text in paragraphs of its
 * own, counting half of its grandchildren's, less its share of links.
 * The first (outermost) of equals wins.  A paragraph is never the
 * article: a <p> cannot hold paragraphs, and the parser nests them in one
 * only where the markup is broken (a table of contents' <a> left open
 * around the rest of the report), so the block around it is taken. */
static size_t
article(struct page *pg)
{
	size_t best = 0;
	double best_score = 0;

	for (size_t i = 1; i < pg->box_count; i++) {
		struct box *b = &pg->boxes[i];
		size_t parent = b->block, grandparent = parent ? pg->boxes[parent].block : 0;
		if (!(b->flags & BLOCK) || b->own == 0)
			continue;
		b->score += b->own;
		pg->boxes[parent].score += b->own;
		pg->boxes[grandparent].score += b->own / 2.0;
	}
	for (size_t i = 1; i < pg->box_count; i++) {
		struct box *b = &pg->boxes[i];
		double score = b->text ? b->score * (1.0 - (double)b->link / b->text) : 0;
		if ((b->flags & BLOCK) && score > best_score) {
			best = i;
			best_score = score;
		}
	}
	while (best && pg->boxes[best].block && pg->boxes[best].block != best &&
	       strcasecmp((const char *)pg->boxes[best].node->name, "p") == 0)
		best = pg->boxes[best].block;
	return best;
}

/* ---- furniture --------------------------------------------------------- */

/* Words of a page's toolbar: a short block made of these alone, with
 * brackets and punctuation, is the toolbar (【字号：大 中 小】【打印】). */
static const char *const toolbar_words[] = {
	"关闭窗口", "关闭本页", "打印本页", "我要打印", "返回顶部", "分享到", "扫一扫", "QQ空间",
	"字号", "字体", "打印", "关闭", "收藏", "分享", "下载", "全屏", "加大", "减小", "还原",
	"默认", "纠错", "顶部", "返回", "微信", "微博", "大", "中", "小",
	"【", "】", "[", "]", "：", ":", "|", "｜", "/", "丨", "·", "(", ")", "（", "）",
};

/* Phrases of a site's frame: the breadcrumb, the footer. */
static const char *const frame_phrases[] = {
	"ICP备", "ICP证", "公网安备", "版权所有", "当前位置", "您现在的位置", "您的位置",
	"网站标识码", "Copyright", "copyright", "COPYRIGHT", "©",
};

/* Captions of link lists, left out with the list (a short block only). */
static const char *const list_captions[] = {
	"相关链接", "相关文章", "相关阅读", "相关新闻", "相关文件", "相关稿件", "延伸阅读",
};

struct text_buffer {
	char s[800];
	size_t n;
};

static void
gather(const xmlNode *n, struct text_buffer *t)
{
	for (const xmlNode *c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE && c->content) {
			size_t k = strlen((const char *)c->content);
			if (k > sizeof t->s - 1 - t->n)
				k = sizeof t->s - 1 - t->n;
			memcpy(t->s + t->n, c->content, k);
			t->n += k;
		} else if (c->type == XML_ELEMENT_NODE && c->_private) {
			gather(c, t);
		}
	}
	t->s[t->n] = '\0';
}

static bool
only_toolbar_words(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		size_t k = utf8_space_at(s + i, n - i), w;
		if (k || s[i] == '\n' || s[i] == '\r') {
			i += k ? k : 1;
			continue;
		}
		for (w = 0; w < sizeof toolbar_words / sizeof toolbar_words[0]; w++) {
			k = strlen(toolbar_words[w]);
			if (k <= n - i && memcmp(s + i, toolbar_words[w], k) == 0)
				break;
		}
		if (w == sizeof toolbar_words / sizeof toolbar_words[0])
			return false;
		i += k;
	}
	return true;
}

static bool
contains_any(const char *s, const char *const *words, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (strstr(s, words[i]))
			return true;
	return false;
}

/* True when block B is mostly links: a navigation bar, a breadcrumb, a
 * list of related links.  (A paragraph that is one long link stays.) */
static bool
link_dense(const struct box *b)
{
	return b->text > 0 && b->link * 2 >= b->text && (b->links >= 2 || b->text < 6);
}

/* True when block B is part of the site's frame rather than of the
 * report. */
static bool
furniture(const struct box *b)
{
	struct text_buffer t = { .n = 0 };

	if (b->text == 0 || link_dense(b))
		return true;
	if (b->text > 200)
		return false;
	gather(b->node, &t);
	if (contains_any(t.s, frame_phrases, sizeof frame_phrases / sizeof frame_phrases[0]))
		return true;
	if (b->text <= 12 &&
	    contains_any(t.s, list_captions, sizeof list_captions / sizeof list_captions[0]))
		return true;
	return b->text <= 60 && only_toolbar_words(t.s, t.n);
}

/* True when block B is one short bold run: a heading, on pages that
 * mark none (<p><strong>一、总体要求</strong></p>). */
static bool
bold_heading(const struct box *b)
{
	return !b->has_block && b->text > 0 && b->bold == b->text && b->text <= 40 &&
	       !(b->flags & ITEM);
}

/* True when block B is set whole in a heading's face, on a page whose
 * article is not: a short line with no 。, as a document exported from
 * Word sets its parts in 黑体 among paragraphs in 仿宋
 * (<p><span style="font-family: 黑体">01综合</span></p>). */
static bool
face_heading(const struct page *pg, const struct box *b)
{
	struct text_buffer t = { .n = 0 };

	if (!pg->faces_mark_headings || b->has_block || b->text == 0 || b->face != b->text ||
	    b->text > 40 || (b->flags & ITEM))
		return false;
	gather(b->node, &t);
	return !strstr(t.s, "。");
}

/* True when block B, one short bold run, is a sentence set in bold for
 * its weight, not a heading: it holds a 。 and opens with no number
 * (<p><strong>各单位要高度重视，确保落到实处。</strong></p>).  A numbered
 * one (<strong>（一）加强组织领导。</strong>) is still a heading. */
static bool
bold_sentence(const struct box *b)
{
	struct text_buffer t = { .n = 0 };
	struct label l;
	size_t start = 0;

	gather(b->node, &t);
	while (start < t.n && utf8_space_at(t.s + start, t.n - start))
		start += utf8_space_at(t.s + start, t.n - start);
	return strstr(t.s, "。") && !label_parse(t.s + start, t.n - start, &l);
}

/* True when block B is set apart as a heading by its bold or its face. */
static bool
styled_heading(const struct page *pg, const struct box *b)
{
	return bold_heading(b) || face_heading(pg, b);
}

/* True when S (N bytes) ends in a colon, white space after it aside. */
static bool
ends_in_colon(const char *s, size_t n)
{
	while (n > 0 && utf8_space_before(s, s + n))
		n -= utf8_space_before(s, s + n);
	while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r'))
		n--;
	return utf8_drop_colon(s, &n);
}

/* True when block B is the caption of a box of links, whatever its words:
 * a heading of a few characters ending in a colon, with nothing after it
 * in its block but links (a date beside each) or nothing at all:
 *
 *     <div><h3>关联稿件：</h3><ul><li><a href="…">图文解读：…</a>
 *     <span>2023-07-12</span></li></ul></div>
 *
 * A report's heading does not end in a colon with only links under it. */
static bool
links_caption(struct page *pg, const struct box *b)
{
	enum { CAPTION_MAX_CHARS = 8 };
	struct text_buffer t = { .n = 0 };

	if (b->text == 0 || b->text > CAPTION_MAX_CHARS || b->links > 0 ||
	    !(b->heading || styled_heading(pg, b)))
		return false;
	gather(b->node, &t);
	if (!ends_in_colon(t.s, t.n))
		return false;
	for (const xmlNode *c = b->node->next; c; c = c->next) {
		const struct box *after = c->type == XML_ELEMENT_NODE ? box_of(pg, c) : NULL;
		if (c->type == XML_TEXT_NODE && c->content &&
		    visible_count((const char *)c->content, strlen((const char *)c->content)) > 0)
			return false;
		if (after && after->text > 0 && (after->links == 0 || after->link * 2 < after->text))
			return false;
	}
	return true;
}

/* True when block B ends in a colon: a bold 注释： or 资料来源： introduces
 * the lines after it, it heads no section. */
static bool
lead_in(const struct box *b)
{
	struct text_buffer t = { .n = 0 };

	gather(b->node, &t);
	return ends_in_colon(t.s, t.n);
}

/* ---- the text -------------------------------------------------------------- */

struct writer {
	struct page *page;
	char *out;
	size_t length, capacity;
	size_t line_start;       /* where the line being written starts */
	uint32_t line;           /* its number */
	uint8_t level;           /* its heading level, or 0 */
	bool space;              /* white space is pending */
	bool space_has_newline;
	uint32_t last;           /* the last character written on the line */
	int in_row;              /* inside a table row of data: cells, not lines */
	int in_pre;              /* inside <pre>: a line break ends a line */
	const xmlNode *title;    /* the report's title outside its article, or NULL */
	struct reader_hint *hints;
	size_t hint_count, hint_capacity;
	/* The data row being written: where its cells start (1-based
	 * character columns), its table, and the row of it the next line is. */
	uint32_t *cells;
	uint32_t cell_count;
	size_t cell_capacity;
	const xmlNode *table_node;
	uint32_t tables, table, row;
	/* For each column of the table, the rows a cell above still spans
	 * (rowspan) below the row being written. */
	uint32_t *spans;
	size_t span_count, span_capacity;
	struct reader_link *links;   /* the <a href> of the text, by offset */
	size_t link_count, link_capacity;
	size_t counted;          /* the line's characters before here ... */
	size_t counted_columns;  /* ... are these many (for the next cell) */
	bool failed;
};

static void
put(struct writer *w, const char *s, size_t n)
{
	/* Two bytes more: the loader's contract (reader.h). */
	if (!array_reserve((void **)&w->out, &w->capacity, w->length + n + 2, 1)) {
		w->failed = true;
		return;
	}
	memcpy(w->out + w->length, s, n);
	w->length += n;
}

static bool
wide(uint32_t c)
{
	return c >= 0x2e80;
}

/* Ends the line being written, if it holds text. */
static void
end_line(struct writer *w)
{
	w->space = false;
	if (w->length == w->line_start)
		return;
	put(w, "\n", 1);
	if ((w->level || w->cell_count) && !w->failed) {
		if (!ARRAY_RESERVE(w->hints, w->hint_capacity, w->hint_count + 1)) {
			w->failed = true;
			return;
		}
		w->hints[w->hint_count++] = (struct reader_hint){
			.line = w->line, .heading_level = w->level, .cells = w->cells,
			.cell_count = w->cell_count, .table = w->table,
			.row = w->cell_count ? w->row++ : 0 };
		if (w->cell_count) {
			w->cells = NULL;
			w->cell_count = 0;
			w->cell_capacity = 0;
		}
	}
	w->line++;
	w->line_start = w->length;
	w->last = 0;
}

/* Writes text S with HTML's white space collapsed, none at a line's start
 * and none where a source line break falls between two Chinese
 * characters (a browser shows none there either). */
static void
write_text(struct writer *w, const char *s, size_t n)
{
	for (size_t i = 0; i < n && !w->failed;) {
		uint32_t c;
		size_t k;

		if (s[i] == '\n' && w->in_pre && !w->in_row) {
			end_line(w);
			i++;
			continue;
		}
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f') {
			w->space = true;
			w->space_has_newline |= s[i] == '\n' || s[i] == '\r';
			i++;
			continue;
		}
		k = utf8_decode(s + i, n - i, &c);
		if (w->length == w->line_start && utf8_space_at(s + i, n - i)) {
			i += k;   /* an indent: 　　 or &nbsp; */
			continue;
		}
		if (w->space && w->length > w->line_start &&
		    !(w->space_has_newline && (wide(c) || wide(w->last))))
			put(w, " ", 1);
		w->space = false;
		w->space_has_newline = false;
		put(w, s + i, k);
		w->last = c;
		i += k;
	}
}

static void
write_node(struct writer *w, xmlNode *n);

/* Writes the children of N, leaving out furniture blocks, the caption
 * of a link list left out, and a caption of links with its links. */
static void
write_children(struct writer *w, xmlNode *n)
{
	for (xmlNode *c = n->children; c && !w->failed; c = c->next) {
		struct box *b;

		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
			if (c->content)
				write_text(w, (const char *)c->content, strlen((const char *)c->content));
			continue;
		}
		if (c->type != XML_ELEMENT_NODE || !(b = box_of(w->page, c)))
			continue;
		if ((b->flags & BLOCK) && !w->in_row) {
			const xmlNode *next = c->next;
			const struct box *nb;
			if (furniture(b))
				continue;
			if (links_caption(w->page, b))
				break;   /* and the links after it */
			while (next && next->type != XML_ELEMENT_NODE)
				next = next->next;
			nb = next ? box_of(w->page, next) : NULL;
			if (b->text <= 12 && b->links == 0 && nb && (nb->flags & BLOCK) && link_dense(nb))
				continue;
		}
		write_node(w, c);
	}
}

/* The number of list item ITEM in its ordered list, as a browser shows
 * it by default ("3."). */
static void
write_item_number(struct writer *w, xmlNode *item)
{
	long number = 1;
	xmlChar *start = libxml.get_prop(item->parent, (const xmlChar *)"start");
	char text[32];

	if (start) {
		number = strtol((const char *)start, NULL, 10);
		xml_free(start);
	}
	for (xmlNode *c = item->parent->children; c && c != item; c = c->next)
		if (c->type == XML_ELEMENT_NODE && strcasecmp((const char *)c->name, "li") == 0)
			number++;
	snprintf(text, sizeof text, "%ld. ", number);
	write_text(w, text, strlen(text));
}

/* True when the cells of row B hold words and numbers, not the page's
 * layout (a table cell around the whole report, a row of one cell). */
static bool
data_row(struct page *pg, const struct box *b)
{
	size_t cells = 0;

	for (xmlNode *c = b->node->children; c; c = c->next) {
		const struct box *cell = c->type == XML_ELEMENT_NODE ? box_of(pg, c) : NULL;
		if (cell && (cell->flags & CELL) && cell->text > 200)
			return false;
		cells += cell && (cell->flags & CELL);
	}
	if (cells < 2)
		return false;
	for (xmlNode *c = b->node->children; c; c = c->next)
		for (xmlNode *d = c->children; d; d = d->next)
			if (d->type == XML_ELEMENT_NODE && strcasecmp((const char *)d->name, "table") == 0)
				return false;
	return true;
}

/* Data row ROW begins: of the table its rows last came from, or of a new
 * one. */
static void
start_row(struct writer *w, const xmlNode *row)
{
	const xmlNode *table = row->parent;

	while (table && !(table->type == XML_ELEMENT_NODE &&
			  strcasecmp((const char *)table->name, "table") == 0))
		table = table->parent;
	if (!table || table != w->table_node) {
		w->table_node = table;
		w->table = w->tables++;
		w->row = 0;
		w->span_count = 0;
	}
	w->cell_count = 0;
}

/* A cell of the data row starts where the line stands now. */
static void
start_cell(struct writer *w)
{
	size_t column;

	if (w->counted < w->line_start) {
		w->counted = w->line_start;
		w->counted_columns = 0;
	}
	if (w->length > w->counted)
		w->counted_columns += utf8_count(w->out + w->counted, w->length - w->counted);
	w->counted = w->length;
	column = w->counted_columns + 1;
	if (w->failed || column > UINT32_MAX)
		return;
	if (!ARRAY_RESERVE(w->cells, w->cell_capacity, (size_t)w->cell_count + 1)) {
		w->failed = true;
		return;
	}
	w->cells[w->cell_count++] = (uint32_t)column;
}

/* An empty cell of the data row: a place a merged cell spans. */
static void
empty_cell(struct writer *w)
{
	if (w->length > w->line_start || w->cell_count > 0)
		put(w, "  ", 2);
	start_cell(w);
}

/* Writes the empty cells of the columns from the row's next one on that a
 * cell above spans down into this row. */
static void
spanned_from_above(struct writer *w)
{
	while (!w->failed && w->cell_count < w->span_count && w->spans[w->cell_count] > 0) {
		w->spans[w->cell_count]--;
		empty_cell(w);
	}
}

/* The number in attribute NAME of N (colspan, rowspan): 1 when it has
 * none, at most LIMIT. */
static uint32_t
span_of(xmlNode *n, const char *name, uint32_t limit)
{
	xmlChar *v = libxml.get_prop(n, (const xmlChar *)name);
	long k = v ? strtol((const char *)v, NULL, 10) : 1;

	xml_free(v);
	return k < 1 ? 1 : k > (long)limit ? limit : (uint32_t)k;
}

/* After cell N of the data row, written in column COLUMN: the columns it
 * spans across as empty cells, and the rows it spans down remembered. */
static void
cell_spans(struct writer *w, xmlNode *n, uint32_t column)
{
	enum { MAX_COLUMNS = 64, MAX_ROWS = 1000 };
	uint32_t across = span_of(n, "colspan", MAX_COLUMNS), down = span_of(n, "rowspan", MAX_ROWS);

	if (down > 1 && column + across <= MAX_COLUMNS) {
		if (!ARRAY_RESERVE(w->spans, w->span_capacity, (size_t)column + across)) {
			w->failed = true;
			return;
		}
		while (w->span_count < column + across)
			w->spans[w->span_count++] = 0;
		for (uint32_t k = column; k < column + across; k++)
			w->spans[k] = down - 1;
	}
	for (uint32_t k = 1; k < across && !w->failed; k++)
		empty_cell(w);
}

/* The address of link N (<a href>) worth keeping: none for a script or a
 * place on the same page. */
static xmlChar *
link_address(xmlNode *n)
{
	xmlChar *href;

	if (strcasecmp((const char *)n->name, "a") != 0)
		return NULL;
	href = libxml.get_prop(n, (const xmlChar *)"href");
	if (href && (href[0] == '#' || strncasecmp((const char *)href, "javascript:", 11) == 0)) {
		xml_free(href);
		href = NULL;
	}
	return href;
}

static void write_node_in(struct writer *w, xmlNode *n);

/* Writes N; a link keeps the address of the text it wrote, unless links
 * inside it (<a> in <a>, which broken markup makes) keep theirs. */
static void
write_node(struct writer *w, xmlNode *n)
{
	const struct box *b = n->type == XML_ELEMENT_NODE ? box_of(w->page, n) : NULL;
	xmlChar *href = b && (b->flags & LINK) ? link_address(n) : NULL;
	size_t start = w->length, links_before = w->link_count;

	write_node_in(w, n);
	if (href && !w->failed && w->link_count == links_before &&
	    !reader_link_add(&w->links, &w->link_count, &w->link_capacity, w->out, start, w->length,
			     (const char *)href))
		w->failed = true;
	xml_free(href);
}

static void
write_node_in(struct writer *w, xmlNode *n)
{
	struct box *b = box_of(w->page, n);

	if (!b)
		return;
	if (b->flags & BREAK) {
		/* In a cell a break is a space; in a heading (a title broken
		 * over two lines with <br>) too, and none between Chinese
		 * characters: the heading stays one line. */
		if (w->in_row || w->level) {
			w->space = true;
			w->space_has_newline |= w->level != 0;
		} else {
			end_line(w);
		}
		return;
	}
	if (w->in_row) {
		/* cells two spaces apart, an empty one too (as the Word reader
		 * writes them): each cell of a row starts in a column of its own */
		bool cell = (b->flags & CELL) && w->in_row == 1;
		uint32_t column = 0;
		if (cell)
			spanned_from_above(w);
		if ((b->flags & CELL) &&
		    (w->length > w->line_start || (w->in_row == 1 && w->cell_count > 0))) {
			put(w, "  ", 2);
			w->space = false;
		}
		if (cell) {
			column = w->cell_count;
			start_cell(w);
		}
		w->in_row += (b->flags & CELL) != 0;
		write_children(w, n);
		w->in_row -= (b->flags & CELL) != 0;
		if (cell)
			cell_spans(w, n, column);
		return;
	}
	/* <h2>某某通知<small>(发布日期：… 文号：…)</small></h2>: the small
	 * print in a heading is the page's note on it (a date, a number, a
	 * source), not the heading's words: a plain line of its own. */
	if (w->level && strcasecmp((const char *)n->name, "small") == 0) {
		uint8_t level = w->level;
		end_line(w);
		w->level = 0;
		write_children(w, n);
		end_line(w);
		w->level = level;
		return;
	}
	if (!(b->flags & BLOCK)) {
		write_children(w, n);
		return;
	}
	end_line(w);
	if ((b->flags & ROW) && data_row(w->page, b)) {
		start_row(w, n);
		w->in_row = 1;
		write_children(w, n);
		spanned_from_above(w);
		w->in_row = 0;
		end_line(w);
		w->cell_count = 0;
		return;
	}
	if (b->heading)
		w->level = b->heading;
	else if (n == w->title)
		w->level = 1;
	else if (styled_heading(w->page, b) && !lead_in(b) && !(bold_heading(b) && bold_sentence(b)))
		w->level = 2;   /* below the title */
	w->in_pre += (b->flags & PRE) != 0;
	if ((b->flags & ITEM) && n->parent && box_of(w->page, n->parent) &&
	    (box_of(w->page, n->parent)->flags & ORDERED))
		write_item_number(w, n);
	write_children(w, n);
	w->in_pre -= (b->flags & PRE) != 0;
	end_line(w);
	w->level = 0;
}

/* ---- the article and its title -------------------------------------------- */

/* True when node A is N or holds it. */
static bool
holds(const xmlNode *a, const xmlNode *n)
{
	for (; n; n = n->parent)
		if (n == a)
			return true;
	return false;
}

/* The heading just before box ARTICLE when it holds no h1 of its own (a
 * page puts the title above the block of text), or NULL: h1 before h2
 * before h3 before a bold block.  Only a little text may stand between
 * the two: a subtitle, a date, a source. */
static xmlNode *
title_heading(struct page *pg, size_t article_box)
{
	enum { GAP = 300 };
	xmlNode *best = NULL;
	uint8_t best_level = 7;
	uint32_t gap = 0;

	if (pg->boxes[article_box].has_h1)
		return NULL;
	/* Walk back over the boxes before the article (they are in document
	 * order), skipping its ancestors. */
	for (size_t i = article_box; i-- > 1 && gap <= GAP;) {
		struct box *b = &pg->boxes[i];
		uint8_t level = b->heading ? b->heading : (b->flags & BLOCK) && styled_heading(pg, b) ? 4 : 0;

		if (holds(b->node, pg->boxes[article_box].node))
			continue;
		/* A heading that is a link is the site's (its logo, a box of
		 * news), not the report's. */
		if (level && level <= 4 && level < best_level && b->text > 0 &&
		    b->link * 2 < b->text) {
			best = b->node;
			best_level = level;
			if (best_level == 1)
				break;
		}
		if ((b->flags & BLOCK) && !b->has_block && !furniture(b))
			gap += b->own;
	}
	return best;
}

/* Writes the nodes from FIRST on (and what follows them up the tree)
 * from TITLE (when not NULL) to the end of ARTICLE: the blocks between
 * the two stay unless they are furniture.  Returns true once the article
 * is written. */
static bool
write_span(struct writer *w, xmlNode *first, xmlNode *title, xmlNode *article_node,
	   bool *started)
{
	for (xmlNode *c = first; c && !w->failed; c = c->next) {
		struct box *b = c->type == XML_ELEMENT_NODE ? box_of(w->page, c) : NULL;

		if (c == article_node) {
			write_node(w, c);
			return true;
		}
		if (c == title) {
			*started = true;
			write_node(w, c);
			continue;
		}
		if (b && (holds(c, article_node) || (!*started && title && holds(c, title)))) {
			bool block = b->flags & BLOCK;
			if (block)
				end_line(w);
			if (write_span(w, c->children, title, article_node, started))
				return true;
			if (block)
				end_line(w);
			continue;
		}
		if (!*started)
			continue;
		if (b && (b->flags & BLOCK) && links_caption(w->page, b))
			break;   /* and the links after it */
		if (c->type == XML_TEXT_NODE && c->content)
			write_text(w, (const char *)c->content, strlen((const char *)c->content));
		else if (b && (!(b->flags & BLOCK) || !furniture(b)))
			write_node(w, c);
	}
	return false;
}

/* The words a government page's attribute table keys its cells with
 * (索 引 号： | 000014349/2019-00001 | 发文机关： | 国务院 …), white space
 * and the colon left out. */
static const char *const attribute_keys[] = {
	"索引号", "主题分类", "发文机关", "发布机构", "成文日期", "发布日期", "标题", "文件名称",
	"发文字号", "文号", "生效日期", "有效性",
};

/* True when the cell N's text, white space and a closing colon left
 * out, is one of attribute_keys. */
static bool
attribute_key(const xmlNode *n)
{
	struct text_buffer t = { .n = 0 };
	char key[64];
	size_t k = 0;

	gather(n, &t);
	for (size_t i = 0; i < t.n && k < sizeof key - 4;) {
		size_t sp = utf8_space_at(t.s + i, t.n - i), len = sp ? sp : utf8_length(t.s + i, t.n - i);
		if (!sp) {
			memcpy(key + k, t.s + i, len);
			k += len;
		}
		i += len;
	}
	if (k >= 3 && memcmp(key + k - 3, "：", 3) == 0)
		k -= 3;
	else if (k >= 1 && key[k - 1] == ':')
		k--;
	for (size_t i = 0; i < sizeof attribute_keys / sizeof attribute_keys[0]; i++)
		if (strlen(attribute_keys[i]) == k && memcmp(attribute_keys[i], key, k) == 0)
			return true;
	return false;
}

/* The attribute table a government page prints above the document
 * (索引号, 发文机关, 标题, 发文字号, 成文日期 …, each key in a cell before
 * its value's), outside the article and before it: the table of three
 * such keys or more nearest above; NULL when there is none.  The
 * metadata reads it as the first lines of the text. */
static xmlNode *
attribute_table_above(struct page *pg, size_t article_box)
{
	xmlNode *article_node = pg->boxes[article_box].node;

	for (size_t i = article_box; i-- > 1;) {
		struct box *b = &pg->boxes[i];
		size_t keys = 0;

		if (strcasecmp((const char *)b->node->name, "table") != 0 || holds(b->node, article_node))
			continue;
		for (size_t j = i + 1; j < pg->box_count && holds(b->node, pg->boxes[j].node); j++)
			keys += (pg->boxes[j].flags & CELL) && pg->boxes[j].text <= 12 &&
				attribute_key(pg->boxes[j].node);
		if (keys >= 3)
			return b->node;
	}
	return NULL;
}

/* The page's <title> less the site's name after it
 * ("2026年政府工作报告_河北省人民政府网"), malloc'd, or NULL. */
static char *
page_title(xmlNode *root)
{
	static const char *const separators[] = { "_", " - ", " | ", "|", "｜", " – ", "－" };
	xmlNode *head = root->children, *tag;
	char *s, *cut;

	while (head && (head->type != XML_ELEMENT_NODE ||
			strcasecmp((const char *)head->name, "head") != 0))
		head = head->next;
	for (tag = head ? head->children : NULL; tag; tag = tag->next)
		if (tag->type == XML_ELEMENT_NODE && strcasecmp((const char *)tag->name, "title") == 0)
			break;
	if (!tag)
		return NULL;
	s = (char *)libxml.node_get_content(tag);
	if (!s)
		return NULL;
	for (size_t i = 0; i < sizeof separators / sizeof separators[0]; i++) {
		cut = strstr(s, separators[i]);
		if (cut && cut != s)
			*cut = '\0';
	}
	/* 某某法-纪检监察室: a hyphen after a Han character, with no digit
	 * after it (a span of years, 2021-2025, is the title's own). */
	cut = strrchr(s, '-');
	if (cut && cut - s >= 6 && (unsigned char)cut[-1] >= 0x80 && !strpbrk(cut, "0123456789"))
		*cut = '\0';
	cut = strdup(s);
	xml_free(s);
	if (!cut)
		return NULL;
	/* Collapse white space as the writer does. */
	{
		struct writer w = { 0 };
		write_text(&w, cut, strlen(cut));
		free(cut);
		if (w.failed || w.length == 0) {
			free(w.out);
			return NULL;
		}
		w.out[w.length] = '\0';
		return w.out;
	}
}

/* Puts TITLE (the page's <title>) before the text of W when none of its
 * first lines begins with it, as the article's title: a page without
 * headings. */
static void
add_title(struct writer *w, const char *title)
{
	size_t k = strlen(title), look = w->length < 600 ? w->length : 600;
	char *out;

	for (size_t i = 0; i + k <= look; i++)
		if ((i == 0 || w->out[i - 1] == '\n') && memcmp(w->out + i, title, k) == 0)
			return;
	out = malloc(w->length + k + 3);
	if (!out) {
		w->failed = true;
		return;
	}
	memcpy(out, title, k);
	out[k] = '\n';
	memcpy(out + k + 1, w->out, w->length);
	free(w->out);
	w->out = out;
	w->length += k + 1;
	w->capacity = w->length + 2;
	for (size_t i = 0; i < w->hint_count; i++)
		w->hints[i].line++;
	for (size_t i = 0; i < w->link_count; i++) {
		w->links[i].start += k + 1;
		w->links[i].end += k + 1;
	}
	if (!ARRAY_RESERVE(w->hints, w->hint_capacity, w->hint_count + 1)) {
		w->failed = true;
		return;
	}
	memmove(w->hints + 1, w->hints, w->hint_count * sizeof *w->hints);
	w->hints[0] = (struct reader_hint){ .line = 1, .heading_level = 1 };
	w->hint_count++;
}

/* ---- the reader -------------------------------------------------------------- */

/* Blanks (with spaces, so that every byte keeps its place) the end tags
 * </html> and </body> in the N bytes at S.  A page put together from
 * server-side pieces may close its header piece with its own </html>
 * before the article; browsers read on (HTML5 puts what follows into the
 * body), but libxml2, on a page with a doctype, puts it outside the
 * document's root, and the article is lost.  The parser closes both
 * elements at the end of the text anyway. */
static void
blank_document_ends(char *s, size_t n)
{
	static const char *const names[] = { "html", "body" };

	for (size_t i = 0; i + 2 < n; i++) {
		if (s[i] != '<' || s[i + 1] != '/')
			continue;
		for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
			size_t len = strlen(names[k]), j = i + 2 + len;
			if (j > n || strncasecmp(s + i + 2, names[k], len) != 0)
				continue;
			while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r'))
				j++;
			if (j < n && s[j] == '>') {
				memset(s + i, ' ', j + 1 - i);
				i = j;
			}
			break;
		}
	}
}

/* HTML by its markup near the start (after a byte-order mark and white
 * space): a doctype or a tag every page has, or two tags of a fragment
 * (a Markdown file may begin with one). */
static unsigned
html_detect(const char *head, size_t n)
{
	static const char *const page_tags[] = { "<!doctype html", "<html", "<head", "<body" };
	static const char *const fragment_tags[] = { "<meta", "<title", "<p>", "<p ", "<div",
						     "<table", "<br", "<span" };
	char start[1024 + 1];   /* near the start: the first kilobyte */
	size_t i = n >= 3 && memcmp(head, "\xef\xbb\xbf", 3) == 0 ? 3 : 0, k, fragments = 0;

	while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r'))
		i++;
	if (i == n || head[i] != '<')
		return 0;
	k = n - i < sizeof start - 1 ? n - i : sizeof start - 1;
	memcpy(start, head + i, k);
	start[k] = '\0';
	for (size_t m = 0; m < sizeof page_tags / sizeof page_tags[0]; m++)
		if (strcasestr(start, page_tags[m]))
			return 90;
	for (size_t m = 0; m < sizeof fragment_tags / sizeof fragment_tags[0]; m++)
		fragments += strcasestr(start, fragment_tags[m]) != NULL;
	return fragments >= 2 ? 40 : 0;
}

static enum bg_status
html_read(const struct reader_input *in, struct reader_text *out, struct bg_error *err)
{
	struct page pg = { 0 };
	struct writer w = { 0 };
	char *text = NULL, *title = NULL;
	size_t length = 0, article_box;
	const char *encoding = "UTF-8";
	xmlNode *root;
	enum bg_status st;

	memset(out, 0, sizeof *out);
	if (in->size == 0) {
		free(in->bytes);
		return bg_fail(err, BG_ERR_EMPTY, NULL);
	}
	st = html_charset_decode(in, &text, &length, &encoding, err);
	if (st != BG_OK) {
		free(in->bytes);
		return st;
	}
	if (length > INT32_MAX || (!text && in->size > INT32_MAX)) {
		free(text);
		free(in->bytes);
		return bg_fail(err, BG_ERR_TOO_BIG, NULL);
	}
	if ((st = xml_load(err)) != BG_OK) {
		free(text);
		free(in->bytes);
		return st;
	}
	blank_document_ends(text ? text : in->bytes, text ? length : in->size);
	pg.doc = libxml.html_read_memory(text ? text : in->bytes, (int)(text ? length : in->size), NULL,
				"UTF-8",
				HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
				HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC);
	free(text);
	free(in->bytes);
	root = pg.doc ? libxml.doc_get_root_element(pg.doc) : NULL;
	if (root && ARRAY_RESERVE(pg.boxes, pg.box_capacity, 2)) {
		uint8_t heading;
		pg.boxes[0] = (struct box){ 0 };
		pg.boxes[1] = (struct box){ .node = root, .flags = classify(root, false, &heading) | BLOCK };
		pg.box_count = 2;
		root->_private = (void *)(uintptr_t)1;
		measure(&pg, root, 1, 1, 0, 1);
	}
	w.page = &pg;
	w.line = 1;
	if (pg.failed) {
		w.failed = true;
	} else if (root && (article_box = article(&pg)) != 0) {
		xmlNode *article_node = pg.boxes[article_box].node, *heading;
		bool started = false;   /* at the heading, else at the article */
		/* A page set all in 黑体 marks no heading by it. */
		pg.faces_mark_headings = pg.boxes[article_box].face * 2 < pg.boxes[article_box].text;
		xmlNode *attributes;
		heading = title_heading(&pg, article_box);
		w.title = heading;
		attributes = attribute_table_above(&pg, article_box);
		/* A key's bold cell is no title of the document; a title
		 * above the table has the table written after it. */
		if (attributes && heading && holds(attributes, heading)) {
			heading = NULL;
			w.title = NULL;
		}
		if (attributes && (!heading || (uintptr_t)heading->_private > (uintptr_t)attributes->_private)) {
			write_node(&w, attributes);
			end_line(&w);
		}
		write_span(&w, root, heading, article_node, &started);
		end_line(&w);
		if (!heading && !pg.boxes[article_box].has_h1 && !w.failed && w.length > 0 &&
		    (title = page_title(root)) != NULL)
			add_title(&w, title);
	}
	free(title);
	free(pg.boxes);
	if (pg.doc)
		libxml.free_doc(pg.doc);
	free(w.cells);
	free(w.spans);
	if (w.failed) {
		free(w.out);
		reader_free_hints(w.hints, w.hint_count);
		reader_free_links(w.links, w.link_count);
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	}
	if (w.length == 0) {
		free(w.out);
		reader_free_hints(w.hints, w.hint_count);
		reader_free_links(w.links, w.link_count);
		return bg_fail(err, BG_ERR_NO_TEXT, NULL);
	}
	reader_links_place(w.out, w.length, w.links, w.link_count);
	out->links = w.links;
	out->link_count = w.link_count;
	out->buffer = w.out;
	out->start = 0;
	out->length = w.length;
	out->encoding = encoding;
	out->crs_checked = true;   /* the writer writes no CR */
	out->lines_are_paragraphs = true;
	out->hints = w.hints;
	out->hint_count = w.hint_count;
	return BG_OK;
}

const struct reader reader_html = { "html", html_detect, html_read, false };
