/* SPDX-License-Identifier: GPL-3.0-or-later */
/* label.c - heading labels and the titles that follow them.
 *
 * What a heading line looks like, without the context that decides whether
 * it is one (that is outline.c's): the loader asks it too, so as not to
 * join a heading to the line before it. */
#include <config.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "label.h"
#include "numeral.h"
#include "utf8.h"

static long long
any_number(const char *s, size_t n, size_t *used)
{
	long long v = numeral_digits(s, n, used);
	return v >= 0 ? v : numeral_chinese(s, n, used);
}

/* True when the character at S may follow an Arabic heading number: not a
 * digit (1.5), not a unit or a percent sign (1.2万, 2.3%). */
static bool
may_follow_number(const char *s, size_t n)
{
	static const char *const refuse[] = { "%", "％", "‰", "万", "亿", "千", "百", "元", "年", "月",
					      "日", "个", "人", "倍", "岁", "米", "吨", "时", "分", "秒",
					      "名", "项", "次", "家", "件", "份", "条", "台", "座", "户",
					      "所", "辆", "套", "批", "场", "期", "届", "号", "天", "周",
					      "公", "平", "亩", "度", "位", "种", "类" };
	size_t used;

	if (n == 0)
		return false;
	if (numeral_digits(s, n, &used) >= 0)
		return false;
	return utf8_prefix_in(s, n, refuse, sizeof refuse / sizeof refuse[0]) == 0;
}

/* True when S begins with a year of four ASCII digits, 1900 to 2099, and
 * its 年 (2026年): what a heading's number may be glued to. */
static bool
year_follows(const char *s, size_t n)
{
	size_t used;
	long long v = numeral_digits(s, n, &used);

	return v >= 1900 && v <= 2099 && used == 4 && utf8_starts_with(s + used, n - used, "年");
}

/* Sets *L to the decimal label of the COUNT numbers PARTS (5.1.3), LENGTH
 * bytes long, its title at byte TITLE. */
static void
decimal_label(struct label *l, const long long *parts, int count, size_t length, size_t title)
{
	l->style = STYLE_DECIMAL;
	l->level = count;
	l->number = parts[count - 1];
	for (int c = 0; c < count - 1; c++)
		l->parent_numbers[c] = parts[c];
	l->length = length;
	l->title = title;
}

/* True when S, after a space that follows a decimal number, begins a noun
 * whose first character could be a unit but is none here: 4.1 人员安排 is a
 * clause (人员, not 4.1 persons), as are 个人防护, 次数统计, 元件管理, 分选要求,
 * 公众曝露 (公众, the public: 公 is a unit only as 公里, 公斤, 公顷 …).  A
 * quantity is written with its unit glued on (4.1人) or with a unit word
 * of its own after the space (2.3 万元, 1.2 个百分点). */
static bool
unit_initial_noun(const char *s, size_t n)
{
	static const char *const nouns[] = { "人员", "人力", "人事", "人才", "人身", "人口", "人民",
					     "人居", "人文", "个人", "个体",
					     "次数", "元件", "元器件", "年度", "月度", "时间", "时限",
					     "名称", "名单", "项目", "条件", "条款", "台账", "场所",
					     "场地", "期间", "期限", "周期", "公司", "公共", "公告",
					     "公示", "公开", "公众", "公路", "公园", "公安", "公务",
					     "公民", "公益", "公用", "平台", "位置", "种类", "类别", "分析",
					     "分类", "分工", "分配", "分选", "分拣", "分级", "分区",
					     "分布", "分离", "分解", "分层", "分项", "家庭", "户籍",
					     "批准", "日常", "日期", "号码", "度量", "所属", "件数" };

	return utf8_prefix_in(s, n, nouns, sizeof nouns / sizeof nouns[0]) > 0;
}

/* A numeral with padding inside it, as typeset pages print (十 八) or
 * (三 十) or (二 ): its value, with *USED the bytes it and its padding take and
 * *CHINESE whether it is written in Chinese; -1 when there is none. */
static long long
padded_numeral(const char *s, size_t n, size_t *used, bool *chinese)
{
	char packed[32];
	size_t k = 0, i = 0, got, len;
	uint32_t c;
	long long v;

	while (k + 4 < sizeof packed && (len = utf8_next_nonspace(s, n, &i, &c)) > 0) {
		if (numeral_digits(s + i, len, &got) < 0 && numeral_chinese(s + i, len, &got) < 0)
			break;
		memcpy(packed + k, s + i, len);
		k += len;
		i += len;
	}
	v = numeral_digits(packed, k, &got);
	*chinese = v < 0;
	if (*chinese)
		v = numeral_chinese(packed, k, &got);
	if (v < 0 || got != k)
		return -1;
	*used = i;   /* with the padding before the bracket: (二 ) */
	return v;
}

static const struct {
	const char *word;
	enum heading_style style;
	bool needs_space;   /* 第三条规定… in running text is not a heading */
} di_words[] = {
	{ "部分", STYLE_PART, false },
	{ "编", STYLE_BIAN, false },
	{ "章", STYLE_CHAPTER, false },
	{ "节", STYLE_SECTION, false },
	{ "条", STYLE_ARTICLE, true },
};

/* What *L is cleared to: a copy of it is a few moves, where memset of a
 * struct this size is a string instruction slow to start, and most of
 * the text label_parse is asked about holds no label. */
static const struct label no_label;

/* Parses the bracketed number at the start of S (N bytes), （一） (一)
 * （1） (1), into *L (its title after the white space that follows,
 * maybe N: nothing follows); false when S does not open with one. */
static bool
paren_label(const char *s, size_t n, struct label *l)
{
	size_t open = s[0] == '(' ? 1 : 3, used, i;
	bool chinese;
	long long v = numeral_digits(s + open, n - open, &used);

	chinese = v < 0;
	if (chinese)
		v = numeral_chinese(s + open, n - open, &used);
	/* (十 八), (二 ), and （  六  ）: spaces a copy pasted
	 * inside the bracket, before the numeral too */
	if ((v >= 0 && used < n - open && utf8_spaces(s + open + used, n - open - used) > 0) ||
	    (v < 0 && utf8_spaces(s + open, n - open) > 0))
		v = padded_numeral(s + open, n - open, &used, &chinese);
	if (v < 1 || v > 999)
		return false;
	i = open + used;
	if (utf8_starts_with(s + i, n - i, "）"))
		i += 3;
	else if (i < n && s[i] == ')')
		i++;
	else
		return false;
	l->style = chinese ? STYLE_CN_PAREN : STYLE_ARABIC_PAREN;
	l->number = v;
	l->length = i;
	l->title = i + utf8_spaces(s + i, n - i);
	return true;
}

static bool parse_label(const char *s, size_t n, struct label *l);

bool
label_parse(const char *s, size_t n, struct label *l)
{
	/* what a failed parse set on its way (2036年… read as far as 2036)
	 * is no label */
	if (parse_label(s, n, l))
		return true;
	*l = no_label;
	return false;
}

/* A standard's appendix (GB/T 1.1) at the start of S (N bytes), into *L
 * as STYLE_APPENDIX: its mark 附录A (附 录 B, letter-spaced), level 1
 * and the letter's place in the alphabet as its number, then white
 * space, a bracket (（规范性附录）) or the line's end; or one of its
 * clauses, A.1, B.2.3 (the letter, then a decimal number of one to seven
 * parts), level 1 + its parts, the letter's place its first parent
 * number, then white space or a Han character.  A sentence that names
 * an appendix (附录 A 为规范性附录。) is none. */
static bool
appendix_label(const char *s, size_t n, struct label *l)
{
	long long parts[7];
	int count = 0;
	size_t i, used;

	if (utf8_starts_with(s, n, "附")) {
		i = 3 + utf8_spaces(s + 3, n - 3);
		if (!utf8_starts_with(s + i, n - i, "录"))
			return false;
		i += 3;
		i += utf8_spaces(s + i, n - i);
		if (i >= n || s[i] < 'A' || s[i] > 'Z')
			return false;
		l->number = s[i] - 'A' + 1;
		i++;
		if ((i < n && !utf8_space_at(s + i, n - i) && !utf8_starts_with(s + i, n - i, "（") &&
		     s[i] != '(') || utf8_find3(s + i, n - i, "。"))
			return false;
		l->style = STYLE_APPENDIX;
		l->level = 1;
		l->length = i;
		l->title = i + utf8_spaces(s + i, n - i);
		return true;
	}
	if (n < 3 || s[0] < 'A' || s[0] > 'Z' || s[1] != '.')
		return false;
	i = 1;
	while (count < 7 && i + 1 < n && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9') {
		long long v = numeral_digits(s + i + 1, n - i - 1, &used);
		if (v < 0 || used == 0)
			return false;
		parts[count++] = v;
		i += 1 + used;
	}
	if (count == 0 || (i < n && (s[i] == '.' || (s[i] >= '0' && s[i] <= '9'))))
		return false;
	if (i < n && !utf8_space_at(s + i, n - i)) {
		uint32_t c;
		utf8_decode(s + i, n - i, &c);
		if (!utf8_is_han(c))
			return false;
	}
	l->style = STYLE_APPENDIX;
	l->level = count + 1;
	l->parent_numbers[0] = s[0] - 'A' + 1;
	for (int c = 0; c + 1 < count; c++)
		l->parent_numbers[c + 1] = parts[c];
	l->number = parts[count - 1];
	l->length = i;
	l->title = i + utf8_spaces(s + i, n - i);
	return true;
}

/* True when S (N bytes) opens with an article's theme in round brackets,
 * as the articles of a regulation name what each is about right after the
 * number (第一条（目的和依据）, 第十八条(过渡期申请)): two to sixteen Han
 * characters (and 、 between them, a bracket inside, 居（村）民委员会) up to
 * the closing bracket.  A number
 * in brackets (第六条（一）项, 第五条（十二）) cites an item, not a theme.
 * Returns the length of the theme with its brackets, 0 when S opens with
 * none. */
size_t
label_article_theme(const char *s, size_t n)
{
	size_t i, used, han = 0, inner = 0;
	uint32_t c;

	if (utf8_starts_with(s, n, "（"))
		i = 3;
	else if (n > 0 && s[0] == '(')
		i = 1;
	else
		return 0;
	if (numeral_chinese(s + i, n - i, &used) >= 0 &&
	    (utf8_starts_with(s + i + used, n - i - used, "）") || (i + used < n && s[i + used] == ')')))
		return 0;
	while (i < n && han <= 16) {
		if (utf8_starts_with(s + i, n - i, "）") || s[i] == ')') {
			if (inner == 0)
				return han >= 2 ? i + (s[i] == ')' ? 1 : 3) : 0;
			inner--;
			i += s[i] == ')' ? 1 : 3;
			continue;
		}
		/* 第十四条（居（村）民委员会任务）: a bracket inside the theme */
		if ((utf8_starts_with(s + i, n - i, "（") || s[i] == '(') && inner == 0) {
			inner++;
			i += s[i] == '(' ? 1 : 3;
			continue;
		}
		if (utf8_starts_with(s + i, n - i, "、")) {
			i += 3;
			continue;
		}
		used = utf8_decode(s + i, n - i, &c);
		if (used == 0 || !utf8_is_han(c))
			return 0;
		han++;
		i += used;
	}
	return 0;
}

/* label_parse's work; *L may be left half set when it returns false. */
static bool
parse_label(const char *s, size_t n, struct label *l)
{
	size_t used, i;
	long long v;

	*l = no_label;
	if (appendix_label(s, n, l))
		return true;
	*l = no_label;
	/* 第一章 第二节 第三条 第一部分 第一步 */
	if (utf8_starts_with(s, n, "第")) {
		bool padded = false;
		v = any_number(s + 3, n - 3, &used);
		/* 第十 七 条, 第三十九 条, 第 二 章: a page set with letter
		 * spacing pads the numeral and the word after it. */
		if (v < 1 || utf8_spaces(s + 3 + used, n - 3 - used) > 0) {
			bool chinese;
			long long w = padded_numeral(s + 3, n - 3, &used, &chinese);
			padded = w >= 1;
			if (padded)
				v = w;
		}
		if (v < 1)
			return false;
		i = 3 + used;
		/* 第一，稳定… 第六点，戒… 第二点：关于… : run-in, the label
		 * without its comma or colon (a colon only after 点); 第一、必须…
		 * with its 、, as 一、 is written. */
		{
			size_t dian = utf8_starts_with(s + i, n - i, "点") ? 3 : 0, k = dian, mark = 0;
			bool pause = utf8_starts_with(s + i + k, n - i - k, "、");
			if (pause)
				k += 3;   /* in the label, as in 一、 */
			else if (utf8_starts_with(s + i + k, n - i - k, "，"))
				mark = 3;
			else if (dian && utf8_starts_with(s + i + k, n - i - k, "："))
				mark = 3;
			else if (dian && i + k < n && s[i + k] == ':')
				mark = 1;
			if ((mark || pause) && i + k + mark < n && v <= 99 && !padded) {
				l->style = STYLE_DI_COMMA;
				/* 第二点 and 第二， are two numberings: the
				 * points of a speech, the reasons under one. */
				l->level = dian ? 1 : 0;
				l->number = v;
				l->length = i + k;
				l->title = i + k + mark;
				return true;
			}
		}
		/* 第一件　将农民组织在农会里, 第二点　关于作风: a thing or a
		 * point counted with its measure word and set off from its
		 * title by white space, as a heading line writes it. */
		if ((utf8_starts_with(s + i, n - i, "件") || utf8_starts_with(s + i, n - i, "点")) && v <= 99 &&
		    !padded) {
			size_t sp = utf8_spaces(s + i + 3, n - i - 3);
			if (sp > 0 && i + 3 + sp < n) {
				l->style = STYLE_DI_COMMA;
				l->level = 1;
				l->number = v;
				l->length = i + 3;
				l->title = i + 3 + sp;
				return true;
			}
		}
		/* 第一步：静态检查, 第二步 动态检查: the steps of a procedure,
		 * with the colon in the label as 、 is in 一、.  第一步要… or
		 * 第一步，… in running text is no step heading. */
		if (utf8_starts_with(s + i, n - i, "步")) {
			size_t k = i + 3, sp = utf8_spaces(s + k, n - k);
			if (utf8_starts_with(s + k, n - k, "：") || utf8_starts_with(s + k, n - k, "、"))
				k += 3;
			else if (k < n && s[k] == ':')
				k++;
			else if (sp == 0 && k < n)
				return false;
			l->style = STYLE_STEP;
			l->number = v;
			l->length = k;
			l->title = k + utf8_spaces(s + k, n - k);
			return true;
		}
		for (size_t w = 0; w < sizeof di_words / sizeof di_words[0]; w++) {
			size_t k = strlen(di_words[w].word);
			size_t sp;
			if (!utf8_starts_with(s + i, n - i, di_words[w].word))
				continue;
			/* 第十七条之一, 第一百二十条之六: an article an
			 * amendment put in after 第十七条, numbered on from it. */
			if (di_words[w].style == STYLE_ARTICLE && utf8_starts_with(s + i + k, n - i - k, "之")) {
				size_t got;
				long long sub = numeral_chinese(s + i + k + 3, n - i - k - 3, &got);
				if (sub >= 1 && sub <= 99) {
					l->inserted = (int)sub;
					k += 3 + got;
				}
			}
			sp = utf8_spaces(s + i + k, n - i - k);
			/* 第一条【立法目的】 为了…: a draft law names what each
			 * article is about in lenticular brackets right after
			 * its number; the bracket opens no running text. */
			if (di_words[w].style == STYLE_ARTICLE && sp == 0 &&
			    (utf8_starts_with(s + i + k, n - i - k, "【") || label_article_theme(s + i + k, n - i - k) > 0)) {
				l->style = STYLE_ARTICLE;
				l->number = v;
				l->length = i + k;
				l->title = i + k;
				return true;
			}
			/* (第一条 ：… or 第一条<tab>：…, white space before the
			 * colon, is 第一条：… as a copy spaced it out) */
			if (di_words[w].needs_space && i + k < n &&
			    (sp == 0 || utf8_starts_with(s + i + k + sp, n - i - k - sp, "：") ||
			     (i + k + sp < n && s[i + k + sp] == ':')))
				return false;
			l->style = di_words[w].style;
			l->number = v;
			l->length = i + k;
			l->title = i + k + sp;
			return true;
		}
		return false;
	}
	/* （一） (一) （1） (1) */
	if (utf8_starts_with(s, n, "（") || utf8_starts_with(s, n, "("))
		return paren_label(s, n, l) && l->title < n;
	/* 案例一：… 案例2 …: the cases of a compilation of cases, 【案例二】
	 * below without its brackets; so are a plan's boxes written plain
	 * (专栏1 “十四五”时期主要指标, 专栏2：重大工程).  The colon or space
	 * after the number is no part of the label, as after 第二点. */
	if (utf8_starts_with(s, n, "案例") || utf8_starts_with(s, n, "专栏")) {
		size_t mark;
		v = any_number(s + 6, n - 6, &used);
		i = 6 + used;
		mark = utf8_starts_with(s + i, n - i, "：") ? 3 : i < n && s[i] == ':' ? 1 : utf8_spaces(s + i, n - i);
		if (v < 1 || v > 999 || mark == 0 || i + mark >= n)
			return false;
		l->style = STYLE_BRACKET;
		l->number = v;
		l->length = i;
		l->title = i + mark;
		return true;
	}
	/* 【专栏1】 【重点任务3】 【案例二】: a word of a few Han characters and
	 * a number in black lenticular brackets, as plans number their boxes
	 * and tasks. */
	if (utf8_starts_with(s, n, "【")) {
		size_t han = 0;
		uint32_t c;
		i = 3;
		while (i < n && han <= 8) {
			size_t k = utf8_decode(s + i, n - i, &c);
			if (c < 0x4e00 || c > 0x9fff || numeral_chinese(s + i, n - i, &used) >= 0)
				break;
			han++;
			i += k;
		}
		v = han >= 1 && han <= 8 ? any_number(s + i, n - i, &used) : -1;
		if (v < 1 || v > 999 || !utf8_starts_with(s + i + used, n - i - used, "】"))
			return false;
		l->style = STYLE_BRACKET;
		l->number = v;
		l->length = i + used + 3;
		l->title = l->length + utf8_spaces(s + l->length, n - l->length);
		return l->title < n;
	}
	/* ① … ⑳ */
	if (n >= 3 && (unsigned char)s[0] == 0xe2 && (unsigned char)s[1] == 0x91 &&
	    (unsigned char)s[2] >= 0xa0 && (unsigned char)s[2] <= 0xb3) {
		l->style = STYLE_CIRCLED;
		l->number = (unsigned char)s[2] - 0xa0 + 1;
		l->length = 3;
		l->title = 3 + utf8_spaces(s + 3, n - 3);
		return l->title < n;
	}
	/* 一、 (also written 一． or, typed on a Latin keyboard, 一.) */
	v = numeral_chinese(s, n, &used);
	if (v >= 1 && v <= 999) {
		bool dot = used < n && s[used] == '.' && !(used + 1 < n && s[used + 1] >= '0' && s[used + 1] <= '9');
		if (utf8_starts_with(s + used, n - used, "、") || utf8_starts_with(s + used, n - used, "．") || dot) {
			l->style = STYLE_CN_COMMA;
			l->number = v;
			l->length = used + (dot ? 1 : 3);
			l->title = l->length + utf8_spaces(s + l->length, n - l->length);
			return l->title < n;
		}
		/* 一 重工业和轻工业的关系, or 一 alone on its line (## 一) */
		if (used == n || utf8_spaces(s + used, n - used) > 0) {
			l->style = STYLE_CN_SPACE;
			l->number = v;
			l->length = used;
			l->title = used + utf8_spaces(s + used, n - used);
			return true;
		}
		return false;
	}
	/* 1. 1．1、 and 1.1 1.1.1 */
	v = numeral_digits(s, n, &used);
	if (v < 0 || v > 99999)
		return false;
	i = used;
	{
		long long parts[9];
		int count = 1;
		parts[0] = v;
		while (count < 9 && i < n && s[i] == '.') {
			size_t k;
			long long w = numeral_digits(s + i + 1, n - i - 1, &k);
			if (w < 0 || w > 999 || k > 3)
				break;
			parts[count++] = w;
			i += 1 + k;
		}
		if (count > 1) {
			size_t sp;
			bool closed = i < n && s[i] == '.';
			/* 1.1 needs a space or a character that is no unit after it
			 * (or, after a space, a noun that begins with one: 4.1 人员);
			 * 5.1.3, no number, may be followed by one (5.1.3 所有企业),
			 * and so may 4.1. closed by its dot (Word's %1.%2. numbering:
			 * 4.1.人力资源管理), as 1. is (1.分区计量法). */
			if (closed)
				i++;
			sp = utf8_spaces(s + i, n - i);
			/* 3.1、设备部负责… 5.2.4 、… : the 、 after a decimal
			 * number is its label's, as in 1、 and 一、, a space the
			 * typist left before it or not. */
			if (utf8_starts_with(s + i + sp, n - i - sp, "、")) {
				i += sp + 3;
				sp = utf8_spaces(s + i, n - i);
				if (i + sp >= n)
					return false;
				closed = true;
			}
			/* 0.1MHz, 2.5m: a Latin unit glued on makes 1.1 a
			 * quantity too. */
			if ((count < 3 && !closed && !may_follow_number(s + i + sp, n - i - sp) &&
			     !(sp > 0 && unit_initial_noun(s + i + sp, n - i - sp))) ||
			    (count < 3 && !closed && sp == 0 && i < n &&
			     ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')) ||
			    count > 8 ||
			    ((count >= 3 || closed) && numeral_digits(s + i + sp, n - i - sp, &used) >= 0) ||
			    (closed && (utf8_starts_with(s + i, n - i, "%") || utf8_starts_with(s + i, n - i, "％"))))
				return false;
			decimal_label(l, parts, count, i, i + sp);
			return true;
		}
	}
	l->style = STYLE_ARABIC_DOT;
	/* 3 、职责: 3、 with a space the typist left before its 、. */
	{
		size_t sp = utf8_spaces(s + i, n - i);
		if (sp > 0 && sp <= 3 && utf8_starts_with(s + i + sp, n - i - sp, "、"))
			i += sp;
	}
	if (utf8_spaces(s + i, n - i) > 0 && i + utf8_spaces(s + i, n - i) < n &&
	    (unsigned char)s[i + utf8_spaces(s + i, n - i)] >= 0x80 &&
	    (may_follow_number(s + i + utf8_spaces(s + i, n - i), n - i - utf8_spaces(s + i, n - i)) ||
	     (v < 100 &&
	      unit_initial_noun(s + i + utf8_spaces(s + i, n - i), n - i - utf8_spaces(s + i, n - i))))) {
		/* "1 概况": the top of 1.1 numbering, a number and a space
		 * before Chinese text (or, for a part's number, not a year's,
		 * a noun that begins with a unit's character: 1 人口特征, not 1
		 * person; 2023 年度… is a year). */
		l->style = STYLE_DECIMAL;
		l->level = 1;
		l->number = v;
		l->length = i;
		l->title = i + utf8_spaces(s + i, n - i);
		return true;
	}
	if (i < n && s[i] == '.')
		i++;
	else if (utf8_starts_with(s + i, n - i, "．") || utf8_starts_with(s + i, n - i, "、"))
		i += 3;
	else if (utf8_starts_with(s + i, n - i, "）") || (i < n && s[i] == ')')) {
		/* 1） 1) */
		l->style = STYLE_ARABIC_HALF;
		i += s[i] == ')' ? 1 : 3;
	} else
		return false;
	/* After its mark a number is a label whatever word follows (1.分区
	 * 计量法, 2.时间安排, 3.平台建设): a quantity has no mark before its
	 * unit.  Only a digit or a percent sign makes it a figure, or an
	 * exponent (1.E+05, a chart's scale in scientific notation); a year
	 * and its 年 do not (1.2026年一般公共预算草案: no quantity has four
	 * decimals before 年). */
	if (i >= n || (numeral_digits(s + i, n - i, &used) >= 0 && !year_follows(s + i, n - i)) ||
	    utf8_starts_with(s + i, n - i, "%") ||
	    utf8_starts_with(s + i, n - i, "％") || utf8_starts_with(s + i, n - i, "‰") ||
	    (i + 2 < n && (s[i] == 'E' || s[i] == 'e') && (s[i + 1] == '+' || s[i + 1] == '-') &&
	     s[i + 2] >= '0' && s[i + 2] <= '9'))
		return false;
	l->number = v;
	l->length = i;
	l->title = i + utf8_spaces(s + i, n - i);
	return l->title < n;
}

enum { PADDED_TITLE_MAX_CHARS = 30 };

bool
label_padded(const char *s, size_t n, struct label *l)
{
	static const char *const marks[] = { "。", "，", "；", "：", "！", "？", ".", ",", ";", ":",
					     "!", "?" };
	size_t used, chars = 0;
	long long v;
	uint32_t c;

	*l = no_label;
	while (n > 0 && utf8_space_before(s, s + n))
		n -= utf8_space_before(s, s + n);
	/* two ASCII digits, 01 … 99 */
	v = numeral_digits(s, n, &used);
	if (v < 1 || used != 2 || used >= n || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
		return false;
	utf8_decode(s + used, n - used, &c);
	if (c < 0x4e00 || c > 0x9fff || !may_follow_number(s + used, n - used))
		return false;
	/* A title has no figures: 01农林牧渔业  1234.5 is a row of a table. */
	for (size_t i = used; i < n; i += utf8_length(s + i, n - i), chars++) {
		size_t digits;
		if (numeral_digits(s + i, n - i, &digits) >= 0)
			return false;
		if (utf8_prefix_in(s + i, n - i, marks, sizeof marks / sizeof marks[0]))
			return false;
	}
	if (chars > PADDED_TITLE_MAX_CHARS)
		return false;
	l->style = STYLE_PADDED;
	l->number = v;
	l->length = used;
	l->title = used;
	return true;
}

bool
label_number_alone(const char *s, size_t n, struct label *l)
{
	size_t i = utf8_spaces(s, n), used, end = n;
	long long parts[8];
	int count = 0;

	*l = no_label;
	while (end > i && utf8_space_before(s + i, s + end))
		end -= utf8_space_before(s + i, s + end);
	while (count < 8) {
		long long v = numeral_digits(s + i, end - i, &used);
		if (v < 0 || used > 3 || (count == 0 && v < 1))
			return false;
		parts[count++] = v;
		i += used;
		if (i == end)
			break;
		if (s[i] != '.' || i + 1 == end)
			return false;
		i++;
	}
	if (i != end || count < 2)
		return false;
	decimal_label(l, parts, count, end, n);
	return true;
}

bool
label_paren_alone(const char *s, size_t n, struct label *l)
{
	*l = no_label;
	while (n > 0 && utf8_space_before(s, s + n))
		n -= utf8_space_before(s, s + n);
	if (n == 0 || (!utf8_starts_with(s, n, "（") && s[0] != '(') || !paren_label(s, n, l) || l->length != n) {
		*l = no_label;
		return false;
	}
	return true;
}

bool
label_caption(const char *s, size_t n)
{
	size_t i, used, digits = 0;

	if (!utf8_starts_with(s, n, "图") && !utf8_starts_with(s, n, "表"))
		return false;
	i = 3 + utf8_spaces(s + 3, n - 3);
	/* 表A.1: an annex's table */
	if (i + 1 < n && s[i] >= 'A' && s[i] <= 'Z' && s[i + 1] == '.')
		i += 2;
	/* 1, 3-1, 2.4, 5－2 */
	while (numeral_digits(s + i, n - i, &used) >= 0) {
		digits++;
		i += used;
		if (i + 1 < n && (s[i] == '-' || s[i] == '.') && s[i + 1] >= '0' && s[i + 1] <= '9')
			i++;
		else if (utf8_starts_with(s + i, n - i, "－") || utf8_starts_with(s + i, n - i, "—"))
			i += 3;
		else
			break;
	}
	if (digits == 0 || i >= n)
		return false;
	/* the caption's words: a Han character, maybe past white space, and
	 * no unit right after the number (图1所示 is a sentence's, 表3中 a
	 * place in it) */
	{
		size_t word = i;
		uint32_t c;
		if (utf8_next_nonspace(s, n, &word, &c) == 0)
			return false;
		/* 表1 2025年年末人口, 图3 2021-2025年就业人数: words that
		 * open on a year or a span of years, a space after the number */
		if (!utf8_is_han(c)) {
			size_t y = word;
			if (word == i || !(c >= '0' && c <= '9'))
				return false;
			while (y < n && ((s[y] >= '0' && s[y] <= '9') || s[y] == '-'))
				y++;
			if (y - word < 4 || !utf8_starts_with(s + y, n - y, "年"))
				return false;
		}
		if (word == i && (utf8_starts_with(s + i, n - i, "所") || utf8_starts_with(s + i, n - i, "中") ||
				utf8_starts_with(s + i, n - i, "为") || utf8_starts_with(s + i, n - i, "是") ||
				utf8_starts_with(s + i, n - i, "的") || utf8_starts_with(s + i, n - i, "和") ||
				utf8_starts_with(s + i, n - i, "显示") || utf8_starts_with(s + i, n - i, "列")))
			return false;
	}
	return true;
}

size_t
label_letter_item(const char *s, size_t n)
{
	size_t i = 0;

	if (utf8_starts_with(s, n, "（"))
		i = 3;
	else if (n > 0 && s[0] == '(')
		i = 1;
	if (i >= n || s[i] < 'a' || s[i] > 'z')
		return 0;
	i++;
	/* a) b） (c) （d）, and e. without a bracket before it */
	if (utf8_starts_with(s + i, n - i, "）"))
		i += 3;
	else if (i < n && (s[i] == ')' || (s[i] == '.' && i == 1)))
		i++;
	else
		return 0;
	/* Chinese text after it, maybe past white space: a.m. and f(x)
	 * are no items. */
	i += utf8_spaces(s + i, n - i);
	if (i >= n || (unsigned char)s[i] < 0x80)
		return 0;
	return i;
}

bool
label_run_in(const char *s, size_t n, struct label *l)
{
	memset(l, 0, sizeof *l);
	for (size_t k = 3; k <= 6 && k + 3 <= n; k += 3) {
		size_t used, gap = 0;
		long long v = numeral_chinese(s, k, &used);
		if (v <= 0 || used != k || memcmp(s + k, "是", 3) != 0)
			continue;
		if (utf8_starts_with(s + k + 3, n - k - 3, "，") || utf8_starts_with(s + k + 3, n - k - 3, "、"))
			gap = 3;
		else if (k + 3 < n && s[k + 3] == ',')
			gap = 1;
		l->style = STYLE_INLINE;
		l->number = v;
		l->length = k + 3;
		l->title = k + 3 + gap;
		return true;
	}
	return false;
}

size_t
label_prefix_length(const char *s, size_t n)
{
	struct label l;
	return label_parse(s, n, &l) ? l.title : 0;
}

bool
label_ends_punctuated(const char *s, size_t n)
{
	static const char *const marks[] = { "。", "！", "？", "；", "：", "，", "、", "…", "—" };
	unsigned char c = (unsigned char)s[n - 1];

	if (c < 0x80)
		return strchr(".!?;:,", c) != NULL;
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (n >= 3 && memcmp(s + n - 3, marks[i], 3) == 0)
			return true;
	return false;
}

/* ---- titles -------------------------------------------------------------- */

/* What a character means to a title: it opens or closes a pair of marks
 * (《》（）“”〔〕【】‘’「」『』), ends a sentence (。！？；) or a clause (，：). */
enum mark { MARK_NONE, MARK_OPEN, MARK_CLOSE, MARK_SENTENCE, MARK_CLAUSE };

/* Classifies the character at S (N > 0 bytes) and sets *LEN to its
 * length.  Runs once per character of every heading, so it looks at the
 * bytes directly. */
static enum mark
classify(const char *s, size_t n, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned c = u[0];

	if (c < 0x80) {
		*len = 1;
		switch (c) {
		case '(': return MARK_OPEN;
		case ')': return MARK_CLOSE;
		case '!': case '?': case ';': return MARK_SENTENCE;
		case ',': case ':': return n > 1 && s[1] == ' ' ? MARK_CLAUSE : MARK_NONE;
		default: return MARK_NONE;
		}
	}
	*len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
	if (*len > n)
		*len = n;
	/* The marks below start with E2, E3 or EF; Chinese characters
	 * (E4..E9) are most of the text. */
	if (*len != 3 || (c != 0xe2 && c != 0xe3 && c != 0xef))
		return MARK_NONE;
	switch ((c << 16) | ((unsigned)u[1] << 8) | u[2]) {
	case 0xe2809c: case 0xe28098: case 0xe3808a: case 0xe38094: case 0xe38090:
	case 0xe3808c: case 0xe3808e: case 0xefbc88:
		return MARK_OPEN;
	case 0xe2809d: case 0xe28099: case 0xe3808b: case 0xe38095: case 0xe38091:
	case 0xe3808d: case 0xe3808f: case 0xefbc89:
		return MARK_CLOSE;
	case 0xe38082: case 0xefbc81: case 0xefbc9f: case 0xefbc9b:
		return MARK_SENTENCE;
	case 0xefbc8c: case 0xefbc9a:
		return MARK_CLAUSE;
	default:
		return MARK_NONE;
	}
}

enum { TITLE_MAX_CHARS = 40 };

/* A list written with ， for 、: three items or more of a few characters
 * each (知识分子，工商业界，宗教界，). */
enum { LIST_MIN_ITEMS = 3, LIST_ITEM_MAX_CHARS = 5 };

/* label_first_sentence, or with FOR_TITLE what a title needs of it: the
 * scan ends at a line end, and as soon as the sentence is too long for a
 * title and its first clause is known (the title is that clause then), so
 * that the title of each 一是 item in a long line costs no more than its
 * first clause. */
static void
first_sentence(const char *s, size_t n, bool for_title, struct label_sentence *out)
{
	int depth = 0, items = 0;
	size_t item_start = 0;   /* characters before the clause being read */

	out->clause = SIZE_MAX;
	out->title_clause = SIZE_MAX;
	out->chars = 0;
	for (size_t i = 0; i < n; out->chars++) {
		size_t k;
		enum mark m;

		if (for_title && out->chars > TITLE_MAX_CHARS && out->clause != SIZE_MAX &&
		    out->title_clause != SIZE_MAX)
			break;
		if (for_title && s[i] == '\n') {
			n = i;
			break;
		}

		/* Chinese characters (E4..E9 ..) are no marks: past them at once. */
		while (n - i > 3 && (unsigned char)s[i] >= 0xe4 && (unsigned char)s[i] <= 0xe9) {
			i += 3;
			out->chars++;
		}
		m = classify(s + i, n - i, &k);
		if (m == MARK_OPEN) {
			depth++;
		} else if (m == MARK_CLOSE && depth > 0) {
			depth--;
		} else if (depth == 0 && m == MARK_SENTENCE) {
			out->end = i;
			out->mark = k;
			if (out->clause == SIZE_MAX)
				out->clause = i;
			if (out->title_clause == SIZE_MAX)
				out->title_clause = items >= LIST_MIN_ITEMS ? i : out->clause;
			return;
		} else if (depth == 0 && m == MARK_CLAUSE) {
			size_t item = out->chars - item_start;
			if (out->clause == SIZE_MAX)
				out->clause = i;
			if (out->title_clause != SIZE_MAX) {
				/* known */
			} else if (k == 3 && memcmp(s + i, "，", 3) == 0 && item >= 1 && item <= LIST_ITEM_MAX_CHARS) {
				items++;
				item_start = out->chars + 1;
			} else {
				out->title_clause = items >= LIST_MIN_ITEMS ? i : out->clause;
			}
		}
		i += k;
	}
	out->end = n;
	out->mark = 0;
	if (out->clause == SIZE_MAX)
		out->clause = n;
	if (out->title_clause == SIZE_MAX)
		out->title_clause = items >= LIST_MIN_ITEMS ? n : out->clause;
}

void
label_first_sentence(const char *s, size_t n, struct label_sentence *out)
{
	first_sentence(s, n, false, out);
}

size_t
label_sentence_title(const struct label_sentence *s, size_t *body)
{
	if (s->chars <= TITLE_MAX_CHARS) {
		if (body)
			*body = s->end + s->mark;
		return s->end;
	}
	/* Too long for a title: its first clause, up to ，or ：outside paired
	 * marks.  (、 separates items of a list, not clauses: 行使侦查、检察、
	 * 审判职权的机关… keeps going; so do short items that ， sets off.) */
	if (body)
		*body = 0;
	return s->title_clause;
}

size_t
label_title_length(const char *text, size_t length, size_t *body)
{
	struct label_sentence s;

	first_sentence(text, length, true, &s);
	return label_sentence_title(&s, body);
}

enum { COLON_TITLE_MAX_CHARS = 15 };

/* True when S (N bytes) ends in a verb of saying: 有人问： 他说： 会议指出：
 * open a quotation, not a section. */
static bool
says(const char *s, size_t n)
{
	static const char *const verbs[] = { "说", "问", "道", "指出", "认为", "强调", "表示", "提出",
					     "写道", "答" };

	for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++) {
		size_t k = strlen(verbs[i]);
		if (n >= k && memcmp(s + n - k, verbs[i], k) == 0)
			return true;
	}
	return false;
}

size_t
label_colon_title(const char *s, size_t n, size_t *body)
{
	size_t chars = 0;
	int depth = 0;

	for (size_t i = 0; i < n && chars <= COLON_TITLE_MAX_CHARS; chars++) {
		size_t k, colon = 0;
		enum mark m = classify(s + i, n - i, &k);

		if (s[i] == '\n')
			return 0;
		if (m == MARK_OPEN)
			depth++;
		else if (m == MARK_CLOSE && depth > 0)
			depth--;
		else if (depth == 0 && s[i] == ':')
			colon = 1;
		else if (depth == 0 && k == 3 && memcmp(s + i, "：", 3) == 0)
			colon = 3;
		else if (depth == 0 && (m == MARK_SENTENCE || m == MARK_CLAUSE || s[i] == ','))
			return 0;
		if (colon) {
			size_t after = i + colon;
			after += utf8_spaces(s + after, n - after);
			if (chars == 0 || after >= n || s[after] == '\n' || says(s, i))
				return 0;
			*body = after;
			return i;
		}
		i += k;
	}
	return 0;
}

enum { COLON_HALF_MIN_CHARS = 4, COLON_HALF_MAX_CHARS = 20 };

/* True when S (N bytes) is one quotation and nothing else: “促发展”. */
static bool
quoted_whole(const char *s, size_t n)
{
	return n > 6 && utf8_starts_with(s, n, "“") && utf8_ends_with(s, n, "”") &&
	       !memmem(s + 3, n - 6, "“", 3) && !memmem(s + 3, n - 6, "”", 3);
}

bool
label_colon_joins(const char *s, size_t n, size_t colon, size_t body)
{
	const char *t = s + body;
	size_t m = n - body, chars = 0;

	/* After a quoted theme the subject may be a run-in heading's first
	 * sentence: （一）“促发展”：优化商务商业资源。推进…. */
	if (quoted_whole(s, colon)) {
		struct label_sentence first;
		first_sentence(t, m, false, &first);
		m = first.end;
	}
	while (m > 0 && utf8_space_before(t, t + m))
		m -= utf8_space_before(t, t + m);
	if (m == 0 || label_ends_punctuated(t, m))
		return false;
	for (size_t i = 0; i < m; chars++) {
		size_t k;
		uint32_t c;
		enum mark mk = classify(t + i, m - i, &k);

		/* Han characters and paired marks only: a field's value
		 * (时间：2024年5月, 报警时间：____时) is no half of a title. */
		if (chars >= COLON_HALF_MAX_CHARS || (mk != MARK_OPEN && mk != MARK_CLOSE &&
		    (utf8_decode(t + i, m - i, &c) == 0 || !utf8_is_han(c))))
			return false;
		i += k;
	}
	return chars >= COLON_HALF_MIN_CHARS;
}

