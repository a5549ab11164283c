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
	"预案",
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
