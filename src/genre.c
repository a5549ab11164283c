/* SPDX-License-Identifier: GPL-3.0-or-later */
/* genre.c - the genre word at the end of a title.
 *
 * Official titles end with what the document is:
 *
 *   上海市崇明区人民政府办公室关于印发2021年本区城市体检工作方案的通知   通知
 *   七宝镇限额以下小型建设工程管理的实施意见                           意见
 *   政府工作报告——2018年3月5日在第十三届全国人民代表大会第一次会议上    报告
 *   中华人民共和国民事诉讼法（2021年修正）                             法
 *   在中国共产党全国代表会议上的讲话                                   讲话
 *
 * So: cut a subtitle after ——, then brackets and punctuation at the end,
 * and take the longest genre word the rest ends with. */
#include <config.h>

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "genre.h"
#include "utf8.h"

/* The genre words.  The longest that ends a title wins, so 办法 beats 法
 * and 实施细则 is 细则.  法 alone comes last, and only as a law's title
 * has it (…法, not …方法 or …做法: see genre_of_title). */
static const char *const genres[] = {
	"报告", "总结", "通知", "规划", "意见", "条例", "办法", "决定", "规定", "方案",
	"纲要", "决议", "公告", "通告", "通报", "批复", "请示", "讲话", "细则", "解释",
	"建议", "计划", "要点", "指南", "命令", "公报", "白皮书", "纪要", "章程", "规则",
	"准则", "守则", "函", "判决书", "裁定书", "说明", "答复", "提案", "议案", "指引",
	"清单", "目录", "标准", "宣言", "声明", "倡议书", "致辞", "发言", "报道", "实施意见",
	"预案", "措施",
	"法",
};

/* Closing brackets whose bracketed part at the end of a title is no part
 * of its genre: （草案） (试行) 【…】 〔…〕. */
static const char *const closers[][2] = {
	{ "）", "（" }, { ")", "(" }, { "】", "【" }, { "〕", "〔" },
};

/* Characters a title may end with that are not words. */
static const char *const trailing[] = { " ", "\u3000", "。", "\t", "”", "\"", "》", "」" };

const char *
genre_of_title(const char *title)
{
	const char *dash;
	size_t n;
	bool cut = true;

	if (!title)
		return NULL;
	n = strlen(title);
	/* A subtitle: 政府工作报告——在…上 */
	dash = strstr(title, "——");
	if (dash && dash > title)
		n = (size_t)(dash - title);
	while (cut && n > 0) {
		cut = false;
		for (size_t i = 0; i < sizeof closers / sizeof closers[0]; i++) {
			if (!utf8_ends_with(title, n, closers[i][0]))
				continue;
			/* back to the matching opener */
			size_t open = strlen(closers[i][1]), k = n - strlen(closers[i][0]);
			while (k >= open && memcmp(title + k - open, closers[i][1], open) != 0)
				k--;
			if (k >= open && k - open > 0) {
				n = k - open;
				cut = true;
			}
		}
		for (size_t i = 0; i < sizeof trailing / sizeof trailing[0]; i++)
			if (utf8_ends_with(title, n, trailing[i])) {
				n -= strlen(trailing[i]);
				cut = true;
			}
	}
	const char *best = NULL;
	size_t best_n = 0;
	for (size_t i = 0; i < sizeof genres / sizeof genres[0]; i++) {
		size_t k = strlen(genres[i]);
		if (k > best_n && utf8_ends_with(title, n, genres[i])) {
			best = genres[i];
			best_n = k;
		}
	}
	/* 法 alone: a law (…法), not a way of doing (方法, 做法, 办法 is
	 * its own genre), and not a title that is only the word. */
	if (best && strcmp(best, "法") == 0 &&
	    (n == best_n || utf8_ends_with(title, n, "方法") || utf8_ends_with(title, n, "做法") ||
	     utf8_ends_with(title, n, "说法") || utf8_ends_with(title, n, "看法") ||
	     utf8_ends_with(title, n, "想法")))
		return NULL;
	/* 实施意见 is an 意见 */
	if (best && strcmp(best, "实施意见") == 0)
		return "意见";
	/* 函 alone is a title's end only after 的 (关于…的函); else a word
	 * such as 公函 is rare enough, but 信函 in a title is a subject. */
	if (best && strcmp(best, "函") == 0 && !utf8_ends_with(title, n, "的函") &&
	    !utf8_ends_with(title, n, "复函"))
		return NULL;
	return best;
}

/* The genres a person delivers aloud: the objects of 作 in 作报告,
 * 作重要讲话, 作说明, 作发言, 作致辞. */
static const char *const spoken[] = { "报告", "讲话", "发言", "说明", "致辞" };

/* Posts a name stands next to (省长某某, 某某主任). */
static const char *const posts[] = { "长", "总理", "主席", "书记", "主任", "委员", "代表" };

/* Characters no two-to-four-character name holds: the words of a title
 * or sentence around it (关于, 的, 工作, 在…上). */
static const char *const not_name[] = { "的", "工", "作", "在", "于", "和", "与", "会", "议", "关", "上" };

/* Whether the UTF-8 character at S (3 bytes at least) is a Han
 * ideograph of the basic block. */
static bool
han3(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	return u[0] >= 0xE4 && u[0] <= 0xE9 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80;
}

/* Whether the K characters (3 bytes each) at S can be a person's name. */
static bool
name_at(const char *s, size_t k)
{
	for (size_t i = 0; i < k; i++) {
		if (!han3(s + 3 * i))
			return false;
		for (size_t j = 0; j < sizeof not_name / sizeof not_name[0]; j++)
			if (memcmp(s + 3 * i, not_name[j], 3) == 0)
				return false;
	}
	return true;
}

/* Whether S (N bytes) ends with a post and a name (省长某某, 国务院总理
 * 某某; 长 only after what it heads: 市长, 局长) or is a name and a post
 * (某某省长), the name two to four characters. */
static bool
ends_with_post_and_name(const char *s, size_t n)
{
	for (size_t k = 2; k <= 4 && 3 * k < n; k++)
		for (size_t i = 0; i < sizeof posts / sizeof posts[0]; i++) {
			size_t m = strlen(posts[i]), head = n - 3 * k;
			bool bare = strcmp(posts[i], "长") == 0;

			if (name_at(s + head, k) && utf8_ends_with(s, head, posts[i]) && (!bare || head > m))
				return true;
			if (n == m + 3 * k && utf8_ends_with(s, n, posts[i]) && name_at(s, k))
				return true;
		}
	return false;
}

/* The bytes of the longest object of 作 a caption holds (作政府工作报告). */
enum { OBJECT_MAX = 127 };

bool
genre_delivered(const char *line)
{
	static const char verb[] = "作";
	size_t n;

	if (!line)
		return false;
	n = strlen(line);
	while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\t'))
		n--;
	/* A title (关于…的报告), a sentence (，。), not a caption. */
	if (n >= 6 && memcmp(line, "关于", 6) == 0)
		return false;
	for (const char *mark = "，\0。\0；\0：\0"; *mark; mark += strlen(mark) + 1)
		if (memmem(line, n, mark, strlen(mark)))
			return false;
	for (const char *at = line; (at = memmem(at, n - (size_t)(at - line), verb, 3)) != NULL; at += 3) {
		size_t before = (size_t)(at - line), rest = n - before - 3;
		const char *object = at + 3, *g;
		char buf[OBJECT_MAX + 1];

		/* 工作, 作出, 作为, 作好, 作的: not the verb that gives a report */
		if (before >= 3 && memcmp(at - 3, "工", 3) == 0)
			continue;
		if (rest < 6 || rest >= sizeof buf)
			continue;
		if (memcmp(object, "出", 3) == 0 || memcmp(object, "为", 3) == 0 ||
		    memcmp(object, "好", 3) == 0 || memcmp(object, "的", 3) == 0 ||
		    memcmp(object, "了", 3) == 0)
			continue;
		memcpy(buf, object, rest);
		buf[rest] = '\0';
		g = genre_of_title(buf);
		if (!g)
			continue;
		bool speech = false;
		for (size_t i = 0; i < sizeof spoken / sizeof spoken[0]; i++)
			speech |= strcmp(g, spoken[i]) == 0;
		if (!speech)
			continue;
		/* 某某在大会上作报告: the place of the act between name and verb */
		if (before >= 6 && memcmp(at - 3, "上", 3) == 0)
			for (size_t k = before - 3; k-- > 0;)
				if (memcmp(line + k, "在", 3) == 0) {
					before = k;
					break;
				}
		while (before > 0 && line[before - 1] == ' ')
			before--;
		if (ends_with_post_and_name(line, before))
			return true;
	}
	return false;
}
