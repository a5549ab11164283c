/* SPDX-License-Identifier: GPL-3.0-or-later */
/* subject.c - what a figure measures, read from the clause it stands in.
 *
 * A Chinese report states a figure as subject, predicate, figure:
 *
 *   全市  地区生产总值  ——         5.2万亿元     scope, subject, figure
 *         一般公共预算收入  增长    4.8%         a change
 *         城镇调查失业率    ——      4.1%         a level
 *         人均预期寿命      达到    76.7岁       a level
 *         国内生产总值  从 54万亿元 增加到 82.7万亿元   a level, then the level reached
 *         居民消费价格      涨幅    3%左右       a change
 *
 * So the clause is read back from the figure to the clause mark before it
 * (，；。、：！？ or a line end; brackets are passed over whole).  The words
 * right before the figure are its predicate, read backwards while they are
 * verbs, adverbs and comparisons of the tables below (年均增长, 比上年提高,
 * 分别为, 控制在); what stands before the predicate is the subject, once
 * its leading scope words (全市, 全年, 其中, 实现, 2025年) are taken off.
 * A predicate word must touch the figure or another predicate word: 增长 in
 * 经济增长贡献率超过30% is part of the noun, not the verb.
 *
 * A clause that has a predicate and no noun (年均增长7.1%) or is only a
 * figure listed after another (5.2万亿元、7.1%) shares the subject of the
 * figure before it: that is for the caller (figures.c), with
 * subject_next_clause; so is handing out a list of subjects after 分别
 * (subject_items).  A 、 between nouns (能耗、水耗均下降20%) joins them
 * into one subject; a 、 after a figure ends its clause.
 *
 * Some verbs count what they act on: 查处违法使用童工案件1件 counts cases
 * (the object is the subject), 打造14个特色产业园区 counts parks (the noun
 * after the figure is).  When nothing else names what a clause with only a
 * verb measures, the topic that opens its sentence does (粮食总产量在上年…
 * 的基础上，又增产1454万吨).
 *
 * (Some 1000 lines, a third of them the word tables: each rule reads the
 * same clause backwards from its figure, and splitting them would only
 * pass the clause's cursor between files.) */
#include <config.h>

#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "subject.h"
#include "utf8.h"

enum role {
	ROLE_VERB,     /* a level verb or an adverb: 达到, 为, 约, 分别, 年均 */
	ROLE_CHANGE,   /* 增长, 下降, 提高, 涨幅, 增速 */
	ROLE_COMPARE,  /* 比上年, 同比: the figure is a difference */
	ROLE_RESULT,   /* 到, 至 after a change verb: the level reached */
	ROLE_FROM,     /* 从, 由 just before a figure: the level before */
	ROLE_RATE,     /* 增速, 涨幅: a change said as a noun; part of the
	                  subject when a change verb follows it (增速提高) */
	ROLE_TIME,     /* 2020年的: when the level was, between a verb and
	                  its figure (从2020年的3.68万亿元) */
};

/* A word of a table, with its length in bytes. */
struct lexeme {
	const char *text;
	size_t length;
};

#define W(literal) { literal, sizeof literal - 1 }

struct word {
	struct lexeme word;
	enum role role;
};

/* The predicate: words that stand between a subject and its figure.
 * Longer words first where one ends another (比上年 before 上年). */
static const struct word predicate_words[] = {
	/* comparisons */
	{ W("比上年同期"), ROLE_COMPARE }, { W("比去年同期"), ROLE_COMPARE },
	{ W("较上年同期"), ROLE_COMPARE }, { W("较去年同期"), ROLE_COMPARE },
	{ W("比上年末"), ROLE_COMPARE }, { W("较上年末"), ROLE_COMPARE },
	{ W("比上年底"), ROLE_COMPARE }, { W("比上年"), ROLE_COMPARE },
	{ W("比去年"), ROLE_COMPARE }, { W("较上年"), ROLE_COMPARE },
	{ W("较去年"), ROLE_COMPARE }, { W("比年初"), ROLE_COMPARE },
	{ W("较年初"), ROLE_COMPARE }, { W("比上月"), ROLE_COMPARE },
	{ W("比同期"), ROLE_COMPARE }, { W("同比"), ROLE_COMPARE }, { W("环比"), ROLE_COMPARE },
	/* changes, as verbs and as nouns of rate */
	{ W("增长率"), ROLE_RATE }, { W("年均增长"), ROLE_CHANGE },
	{ W("增长"), ROLE_CHANGE }, { W("增加"), ROLE_CHANGE }, { W("增产"), ROLE_CHANGE },
	{ W("增收"), ROLE_CHANGE }, { W("新增"), ROLE_CHANGE }, { W("下降"), ROLE_CHANGE },
	{ W("降低"), ROLE_CHANGE }, { W("减少"), ROLE_CHANGE }, { W("减产"), ROLE_CHANGE },
	{ W("提高"), ROLE_CHANGE }, { W("提升"), ROLE_CHANGE }, { W("上涨"), ROLE_CHANGE },
	{ W("上升"), ROLE_CHANGE }, { W("回落"), ROLE_CHANGE }, { W("回升"), ROLE_CHANGE },
	{ W("扩大"), ROLE_CHANGE }, { W("缩小"), ROLE_CHANGE }, { W("缩减"), ROLE_CHANGE },
	{ W("压减"), ROLE_CHANGE }, { W("下调"), ROLE_CHANGE }, { W("上调"), ROLE_CHANGE },
	{ W("增量"), ROLE_CHANGE }, { W("涨幅"), ROLE_RATE }, { W("增幅"), ROLE_RATE },
	{ W("降幅"), ROLE_RATE }, { W("增速"), ROLE_RATE }, { W("增"), ROLE_CHANGE },
	{ W("减"), ROLE_CHANGE }, { W("降"), ROLE_CHANGE }, { W("涨"), ROLE_CHANGE },
	{ W("升"), ROLE_CHANGE },
	/* the level reached, the level before */
	{ W("到"), ROLE_RESULT }, { W("至"), ROLE_RESULT }, { W("从"), ROLE_FROM },
	{ W("由"), ROLE_FROM },
	/* level verbs and adverbs */
	{ W("达到"), ROLE_VERB }, { W("超过"), ROLE_VERB }, { W("突破"), ROLE_VERB },
	{ W("保持在"), ROLE_VERB }, { W("控制在"), ROLE_VERB }, { W("稳定在"), ROLE_VERB },
	{ W("维持在"), ROLE_VERB }, { W("保持"), ROLE_VERB }, { W("实现"), ROLE_VERB },
	{ W("完成"), ROLE_VERB }, { W("覆盖"), ROLE_VERB }, { W("累计"), ROLE_VERB },
	{ W("合计"), ROLE_VERB }, { W("总计"), ROLE_VERB }, { W("共计"), ROLE_VERB },
	{ W("分别"), ROLE_VERB }, { W("年均"), ROLE_VERB }, { W("平均"), ROLE_VERB },
	{ W("每人每年"), ROLE_VERB }, { W("每人每月"), ROLE_VERB }, { W("每年"), ROLE_VERB },
	{ W("每人"), ROLE_VERB }, { W("拟按"), ROLE_VERB }, { W("已经"), ROLE_VERB },
	{ W("接近"), ROLE_VERB }, { W("将近"), ROLE_VERB }, { W("有所"), ROLE_VERB },
	{ W("达"), ROLE_VERB }, { W("超"), ROLE_VERB }, { W("逾"), ROLE_VERB },
	{ W("近"), ROLE_VERB }, { W("约"), ROLE_VERB }, { W("为"), ROLE_VERB },
	{ W("是"), ROLE_VERB }, { W("占"), ROLE_VERB }, { W("有"), ROLE_VERB },
	{ W("在"), ROLE_VERB }, { W("共"), ROLE_VERB }, { W("计"), ROLE_VERB },
	{ W("均"), ROLE_VERB }, { W("各"), ROLE_VERB }, { W("了"), ROLE_VERB },
	{ W("已"), ROLE_VERB }, { W("仅"), ROLE_VERB }, { W("再"), ROLE_VERB },
	{ W("又"), ROLE_VERB }, { W("按"), ROLE_VERB }, { W("拟"), ROLE_VERB },
	{ W("将"), ROLE_VERB }, { W("一直"), ROLE_VERB }, { W("始终"), ROLE_VERB },
	{ W("持续"), ROLE_VERB }, { W("继续"), ROLE_VERB }, { W("进一步"), ROLE_VERB },
	{ W("总体"), ROLE_VERB }, { W("止跌"), ROLE_VERB }, { W("止降"), ROLE_VERB }, { W("整体提升"), ROLE_CHANGE },
	{ W("稳步"), ROLE_VERB }, { W("有序"), ROLE_VERB }, { W("大幅"), ROLE_VERB },
	{ W("企稳"), ROLE_VERB }, { W("不少于"), ROLE_VERB }, { W("不低于"), ROLE_VERB },
	{ W("不超过"), ROLE_VERB }, { W("不高于"), ROLE_VERB }, { W("大于"), ROLE_VERB },
	{ W("小于"), ROLE_VERB }, { W("高于"), ROLE_VERB }, { W("低于"), ROLE_VERB },
	{ W("多于"), ROLE_VERB }, { W("基本"), ROLE_VERB }, { W("实际"), ROLE_VERB },
	{ W("名义"), ROLE_VERB }, { W("平均每天"), ROLE_VERB }, { W("每天"), ROLE_VERB },
	{ W("日均"), ROLE_VERB }, { W("折合"), ROLE_VERB }, { W("相当于"), ROLE_VERB },
	{ W("力争"), ROLE_VERB }, { W("预计"), ROLE_VERB }, { W("预期"), ROLE_VERB },
	/* a cap or a floor: 支持金额最高可至3000万元 */
	{ W("最高可"), ROLE_VERB }, { W("最多可"), ROLE_VERB }, { W("最低可"), ROLE_VERB },
	{ W("最高"), ROLE_VERB }, { W("最多"), ROLE_VERB }, { W("最低"), ROLE_VERB },
};

/* Verbs of change that take the measured thing as their object, the
 * figure saying by how much: 降低利息负担1.2万亿元, 减轻市场主体负担3万多亿元.
 * At the start of a subject they make the figure a change, and the object
 * is the subject. */
static const struct lexeme change_verbs[] = {
	W("降低"), W("减轻"), W("减少"), W("增加"), W("提高"), W("压减"), W("缩减"), W("压缩"),
	W("削减"), W("节约"), W("节省"), W("扩大"), W("减免"), W("下调"), W("上调"),
};

/* Words that open a clause before its subject: where, when, and verbs of
 * achieving that say nothing of what is measured (全市, 全年, 其中, 实现). */
static const struct lexeme scope_words[] = {
	W("全市"), W("全省"), W("全区"), W("全县"), W("全国"), W("全州"), W("全镇"), W("全盟"),
	W("全年"), W("全面"), W("我国"), W("我市"), W("我省"), W("我区"), W("我县"), W("本市"),
	W("本省"), W("本区"), W("其中"), W("此外"), W("另外"), W("同时"), W("并且"), W("以及"),
	W("而且"), W("并"), W("而"), W("还"), W("也"), W("和"), W("实现"), W("完成"), W("达到"),
	W("推动"), W("促进"), W("带动"), W("确保"), W("力争"), W("预计"), W("使"), W("让"), W("是"),
	W("但是"), W("但"), W("尽管"), W("虽然"), W("因此"), W("从而"), W("去年末"),
	W("去年底"), W("上年末"), W("年内"), W("当年"), W("今年"), W("去年"), W("明年"),
	W("上年"), W("同期"), W("年初"), W("年末"), W("年底"), W("上半年"), W("下半年"),
	W("当前"), W("目前"), W("截至"), W("截止"), W("以来"), W("期间"), W("过去"), W("累计"),
	W("共"), W("均"), W("各类"), W("各项"), W("各级"),
	/* the words after the figure before: 10亿元以上重大产业项目47个 */
	W("以上"), W("以下"), W("以内"), W("左右"), W("多"),
};

/* Verbs that take the counted thing as their object (查处违法使用童工案件
 * 1件: the cases) or after the figure (打造14个特色产业园区: the parks),
 * and the prepositions that do the same (对8家用人单位). */
static const struct lexeme object_verbs[] = {
	W("新建成"),
	W("开展"), W("组织"), W("举办"), W("实施"), W("完成"), W("提出"), W("下达"), W("查处"),
	W("办理"), W("受理"), W("涉及"), W("建成"), W("新建"), W("改建"), W("打造"), W("推出"),
	W("发布"), W("出台"), W("制定"), W("修订"), W("引进"), W("培育"), W("安排"), W("发放"),
	W("帮助"), W("解决"), W("惠及"), W("审结"), W("淘汰"), W("退出"), W("安置"), W("认定"),
	W("创建"), W("设立"), W("召开"), W("开设"), W("吸引"), W("开工"), W("组建"), W("筹集"),
	W("争取"), W("取消"), W("下放"), W("清理"), W("整治"), W("启动"), W("构建"), W("形成"),
	W("建立"), W("盘活"), W("进行"), W("救助"), W("发行"),
	W("跨越"), W("治理"), W("提供"), W("布局"), W("办好"), W("改扩建"), W("扩建"), W("安装"),
};

/* Prepositions that take the counted thing after the figure, when they
 * end the clause before it: 对8家用人单位.  Inside a noun they do not
 * (消费对经济增长的贡献率). */
static const struct lexeme prepositions[] = { W("对"), W("向"), W("给") };

/* Verbs of comparison with a standard between them and the figure:
 * 高于全国平均水平18.3个百分点 is a difference (a change). */
static const struct lexeme compare_verbs[] = {
	W("高于"), W("低于"), W("优于"), W("好于"), W("快于"), W("慢于"), W("多于"), W("少于"),
};

/* Comparative adjectives after a comparison with 比 or 较: 比去年预算低
 * 0.4个百分点. */
static const struct lexeme comparatives[] = {
	W("低"), W("高"), W("多"), W("少"), W("快"), W("慢"),
};

/* Parts of a time said before a subject: 2025年, 1—11月, 前三季度,
 * 过去五年, 五年来. */
static const struct lexeme time_units[] = {
	W("季度"), W("年"), W("月"), W("日"), W("周"), W("天"),
};
static const struct lexeme time_suffixes[] = {
	W("以来"), W("来"), W("末"), W("底"), W("内"), W("间"), W("中"), W("初"), W("份"), W("里"),
};

/* True when S (N bytes) starts with W; its length in *LENGTH.  Every
 * word is Chinese: its third byte rules most places out before memcmp. */
static bool
starts(const char *s, size_t n, const struct lexeme *w, size_t *length)
{
	if (w->length > n || s[2] != w->text[2] || memcmp(s, w->text, w->length) != 0)
		return false;
	*length = w->length;
	return true;
}

/* True when TEXT[FROM, Q) ends with W. */
static bool
ends(const char *text, size_t from, size_t q, const struct lexeme *w)
{
	return w->length <= q - from && text[q - 1] == w->text[w->length - 1] &&
	       memcmp(text + q - w->length, w->text, w->length) == 0;
}

/* The length of the first word of WORDS (COUNT of them) that TEXT[FROM,
 * Q) ends with, or 0. */
static size_t
ends_with_any(const char *text, size_t from, size_t q, const struct lexeme *words, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (ends(text, from, q, &words[i]))
			return words[i].length;
	return 0;
}

/* A set of characters by the low 12 bits of their code points, the last
 * two bytes of a three-byte character: the first (or last) characters of
 * a table's words.  A place whose character is not in the set starts (or
 * ends) none of them, which one look tells, where comparing it with each
 * word of the table took most of the time of reading subjects. */
struct char_set {
	uint64_t bits[4096 / 64];
};

/* The sets of the tables searched at most places, made once
 * (char_sets_make). */
static struct char_set predicate_first, object_first, object_last, compare_last, head_last,
	scope_first;
static pthread_once_t char_sets_once = PTHREAD_ONCE_INIT;

/* The key of the three-byte character at C. */
static unsigned
char_key(const char *c)
{
	return ((unsigned char)c[1] & 0x3fu) << 6 | ((unsigned char)c[2] & 0x3fu);
}

static void
char_set_add(struct char_set *set, const char *c)
{
	unsigned key = char_key(c);

	set->bits[key / 64] |= UINT64_C(1) << (key % 64);
}

/* False when the character at C (three bytes) is not in SET. */
static bool
char_set_may_hold(const struct char_set *set, const char *c)
{
	unsigned key = char_key(c);

	return set->bits[key / 64] >> (key % 64) & 1;
}

/* False when no word whose last character is in SET ends TEXT[FROM, Q). */
static bool
may_end(const struct char_set *set, const char *text, size_t from, size_t q)
{
	return q - from >= 3 && char_set_may_hold(set, text + q - 3);
}

/* False when no word whose first character is in SET starts S (N bytes). */
static bool
may_start(const struct char_set *set, const char *s, size_t n)
{
	return n >= 3 && char_set_may_hold(set, s);
}

/* starts() with a word written in place. */
#define STARTS(s, n, literal, length) starts((s), (n), &(struct lexeme)W(literal), (length))

/* A digit of either script, or a Chinese numeral, or a range mark in a
 * time (1—11月). */
/* The length of the reference to a note that ends TEXT at Q, after
 * FROM: [3] or ［3］, one to three digits.  0 when there is none. */
static size_t
note_reference_before(const char *text, size_t from, size_t q)
{
	size_t p = q, digits = 0, close;

	if (p > from && text[p - 1] == ']')
		close = 1;
	else if (p >= from + 3 && memcmp(text + p - 3, "］", 3) == 0)
		close = 3;
	else
		return 0;
	p -= close;
	while (p > from && text[p - 1] >= '0' && text[p - 1] <= '9' && digits < 3) {
		p--;
		digits++;
	}
	if (digits == 0)
		return 0;
	if (p > from && text[p - 1] == '[')
		return q - (p - 1);
	if (p >= from + 3 && memcmp(text + p - 3, "［", 3) == 0)
		return q - (p - 3);
	return 0;
}

static bool
is_numeral(uint32_t c)
{
	/* 〇一二三四五六七八九十两百千 */
	static const uint32_t chinese[] = { 0x3007, 0x4e00, 0x4e8c, 0x4e09, 0x56db, 0x4e94, 0x516d,
					    0x4e03, 0x516b, 0x4e5d, 0x5341, 0x4e24, 0x767e, 0x5343 };

	if ((c >= '0' && c <= '9') || (c >= 0xff10 && c <= 0xff19) || c == 0x2014 || c == '-' ||
	    c == 0x2013 || c == 0xff5e)
		return true;
	for (size_t i = 0; i < sizeof chinese / sizeof *chinese; i++)
		if (c == chinese[i])
			return true;
	return false;
}

/* Marks that end a clause.  Two spaces in a row end one too: the cells of
 * a table row. */
static bool
is_clause_mark(uint32_t c)
{
	switch (c) {
	case 0xff0c: case ',': case 0xff1b: case ';': case 0x3002: case 0xff1a: case ':':
	case 0xff01: case '!': case 0xff1f: case '?': case 0x3001: case '\n': case '\t':
	case 0x2014: /* ——, a dash of apposition */
		return true;
	default:
		return false;
	}
}

/* Brackets, quotes and book-title marks: what they hold is passed over
 * whole (“订单、定向式”培训, 地区生产总值（GDP）). */
static bool
is_close(uint32_t c)
{
	return c == 0xff09 || c == ')' || c == 0x3011 || c == ']' || c == 0x201d || c == 0x300b ||
	       c == 0x300d;
}

static bool
is_open(uint32_t c)
{
	return c == 0xff08 || c == '(' || c == 0x3010 || c == '[' || c == 0x201c || c == 0x300a ||
	       c == 0x300c;
}

/* True when the three bytes before P, not before FLOOR, are a character
 * led by E4 to E9 (U+4000 to U+9FFF: CJK ideographs, most of a clause),
 * which is no mark, bracket nor space: a walk back passes it without
 * decoding it. */
static inline bool
plain_han_before(const char *text, size_t floor, size_t p)
{
	const unsigned char *u = (const unsigned char *)text + p;

	return p >= floor + 3 && u[-3] >= 0xe4 && u[-3] <= 0xe9 && (u[-2] & 0xc0) == 0x80 &&
	       (u[-1] & 0xc0) == 0x80;
}

/* Where the clause that ends at AT starts, not before FLOOR nor more than
 * SUBJECT_CLAUSE_CHARS back; the clause mark it stopped at in *MARK (0 at
 * FLOOR or at the limit).  A bracketed aside is passed over whole. */
static size_t
clause_start(const char *text, size_t floor, size_t at, uint32_t *mark)
{
	size_t p = at;
	int chars = 0, depth = 0;

	*mark = 0;
	while (p > floor && chars < SUBJECT_CLAUSE_CHARS) {
		size_t q;
		uint32_t c;
		if (plain_han_before(text, floor, p)) {
			p -= 3;
			chars++;
			continue;
		}
		q = utf8_previous(text, floor, p);
		utf8_decode(text + q, p - q, &c);
		if (is_close(c)) {
			depth++;
		} else if (is_open(c)) {
			if (depth == 0) {
				*mark = c;
				return p;
			}
			depth--;
		} else if (depth == 0 && (is_clause_mark(c) ||
					  (c == ' ' && q > floor && text[q - 1] == ' '))) {
			*mark = c;
			return p;
		}
		p = q;
		chars++;
	}
	return p;
}

/* True when the stretch before the 、 at MARK_AT holds a figure: back to
 * the next clause mark it reaches FLOOR, the end of a figure (FLOOR > 0).
 * Then the 、 lists figures (5.2万亿元、7.1%); else it lists nouns. */
static bool
figure_before(const char *text, size_t floor, size_t mark_at)
{
	uint32_t mark;
	size_t start = clause_start(text, floor, mark_at, &mark);

	return start == floor && floor > 0 && mark == 0;
}

/* The number of digits that end TEXT at *P, not before FROM, moving *P
 * back to the first of them: ASCII digits or full-width ones (０ to ９,
 * three bytes each), which older reports set their years in
 * (从１９９７年的７．４万亿元增加到２００２年的…). */
static size_t
digits_before(const char *text, size_t from, size_t *p)
{
	size_t digits = 0;

	for (;;) {
		const unsigned char *u = (const unsigned char *)text + *p;
		if (*p > from && u[-1] >= '0' && u[-1] <= '9') {
			*p -= 1;
		} else if (*p >= from + 3 && u[-3] == 0xef && u[-2] == 0xbc && u[-1] >= 0x90 && u[-1] <= 0x99) {
			*p -= 3;
		} else {
			return digits;
		}
		digits++;
	}
}

/* The predicate words by the key of their last character (char_key),
 * each key's in table order: predicate_words[predicate_order[k]] for k
 * from predicate_key_start[key] to predicate_key_start[key + 1] - 1.  The
 * character before a figure is often the last of some predicate word (长,
 * 为, 到): only the words that may end there are compared. */
static uint8_t predicate_order[sizeof predicate_words / sizeof *predicate_words];
static uint8_t predicate_key_start[4096 + 1];
_Static_assert(sizeof predicate_words / sizeof *predicate_words < 256, "an index fits a byte");

/* The predicate word that ends at Q, not before FROM, or NULL.  比 or 较
 * with a year (比2020年, 较2012年末) is a comparison too; its length then
 * comes back in *LENGTH. */
static const struct word *
predicate_before(const char *text, size_t from, size_t q, size_t *length)
{
	static const struct word year_compare = { W("比"), ROLE_COMPARE };
	const struct word *best = NULL;

	*length = 0;
	if (q - from >= 3) {
		unsigned key = char_key(text + q - 3);
		for (size_t j = predicate_key_start[key]; j < predicate_key_start[key + 1]; j++) {
			const struct word *w = &predicate_words[predicate_order[j]];
			if (ends(text, from, q, &w->word) && (!best || w->word.length > *length)) {
				best = w;
				*length = w->word.length;
			}
		}
	}
	/* 比2020年, 较2012年末, 比2020年同期 */
	{
		size_t p = q;
		static const struct lexeme tails[] = { W("年同期"), W("年末"), W("年底"), W("年") };
		for (size_t i = 0; i < sizeof tails / sizeof *tails; i++) {
			if (ends(text, from, p, &tails[i])) {
				p -= tails[i].length;
				break;
			}
		}
		if (p < q) {
			size_t digits = digits_before(text, from, &p);
			if (digits == 4 && p - from >= 3 &&
			    (memcmp(text + p - 3, "比", 3) == 0 || memcmp(text + p - 3, "较", 3) == 0) &&
			    (!best || q - (p - 3) > *length)) {
				*length = q - (p - 3);
				best = &year_compare;
				/* 同比2022年, 环比2022年: the 同 or 环 goes with 比 */
				if (p - 3 - from >= 3 && memcmp(text + p - 3, "比", 3) == 0 &&
				    (memcmp(text + p - 6, "同", 3) == 0 || memcmp(text + p - 6, "环", 3) == 0))
					*length += 3;
			}
		}
	}
	/* 从2020年的3.68万亿元, 增长到2025年的: a year (and 末, 底) and 的 */
	if (!best && q - from >= 3 && memcmp(text + q - 3, "的", 3) == 0) {
		static const struct word time = { W("年的"), ROLE_TIME };
		size_t p = q - 3, digits = 0;
		if (p - from >= 3 && (memcmp(text + p - 3, "末", 3) == 0 ||
				      memcmp(text + p - 3, "底", 3) == 0))
			p -= 3;
		if (p - from >= 3 && memcmp(text + p - 3, "年", 3) == 0) {
			p -= 3;
			digits = digits_before(text, from, &p);
			if (digits == 4) {
				*length = q - p;
				best = &time;
			}
		}
	}
	/* 比去年预算低: back to the 比 (not 比重, 比例, 比率) within a few
	 * characters */
	if (!best) {
		for (size_t i = 0; i < sizeof comparatives / sizeof *comparatives; i++) {
			size_t k = comparatives[i].length, p;
			int chars = 0;
			if (!ends(text, from, q, &comparatives[i]))
				continue;
			for (p = q - k; p > from && chars < 8; chars++) {
				p = utf8_previous(text, from, p);
				if ((memcmp(text + p, "比", 3) == 0 || memcmp(text + p, "较", 3) == 0) &&
				    memcmp(text + p + 3, "重", 3) != 0 && memcmp(text + p + 3, "例", 3) != 0 &&
				    memcmp(text + p + 3, "率", 3) != 0) {
					*length = q - p;
					best = &year_compare;
					break;
				}
			}
			break;
		}
	}
	return best;
}

/* Past the scope words and the time said at the start of the subject
 * TEXT[P, END). */
static size_t
skip_scope(const char *text, size_t p, size_t end)
{
	for (;;) {
		size_t k = 0, q;
		bool found = false;

		p += utf8_spaces(text + p, end - p);
		for (size_t i = 0; may_start(&scope_first, text + p, end - p) &&
				   i < sizeof scope_words / sizeof *scope_words && !found; i++)
			if (starts(text + p, end - p, &scope_words[i], &k))
				found = true;
		if (found) {
			p += k;
			continue;
		}
		/* A time: 2025年, 前三季度, 1—11月, 五年来, 到2030年 (the year
		 * a target is for); or a run-in enumeration: 一是, 二是. */
		q = p;
		if (STARTS(text + q, end - q, "前", &k) || STARTS(text + q, end - q, "近", &k) ||
		    STARTS(text + q, end - q, "上", &k) || STARTS(text + q, end - q, "每", &k) ||
		    STARTS(text + q, end - q, "到", &k) || STARTS(text + q, end - q, "至", &k))
			q += k;
		{
			size_t digits = q;
			while (q < end) {
				uint32_t c;
				size_t n = utf8_decode(text + q, end - q, &c);
				if (!is_numeral(c))
					break;
				q += n;
			}
			if (q == digits)
				break;
			if (STARTS(text + q, end - q, "是", &k)) {
				p = q + k;
				continue;
			}
			if (STARTS(text + q, end - q, "个", &k))
				q += k;
			found = false;
			for (size_t i = 0; i < sizeof time_units / sizeof *time_units && !found; i++)
				if (starts(text + q, end - q, &time_units[i], &k))
					found = true;
			if (!found)
				break;
			q += k;
			for (size_t i = 0; i < sizeof time_suffixes / sizeof *time_suffixes; i++)
				if (starts(text + q, end - q, &time_suffixes[i], &k)) {
					q += k;
					break;
				}
			p = q;
		}
	}
	return p;
}

/* True when TEXT[START, END) names a thing: two Chinese characters at
 * least (出口, 水泥), or one with a letter or digit (PM2.5). */
static bool
is_name(const char *text, size_t start, size_t end)
{
	int han = 0, other = 0, letters = 0;

	for (size_t p = start; p < end;) {
		uint32_t c;
		p += utf8_decode(text + p, end - p, &c);
		if (utf8_is_han(c))
			han++;
		else
			other++;
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
			letters++;
	}
	return han >= 2 || (han == 1 && other > 0) || letters >= 2;   /* CPI */
}

/* The object verb (object_verbs) that ends at Q, not before FROM: its
 * length, or 0. */
static size_t
object_verb_before(const char *text, size_t from, size_t q)
{
	if (!may_end(&object_last, text, from, q))
		return 0;
	return ends_with_any(text, from, q, object_verbs, sizeof object_verbs / sizeof *object_verbs);
}

/* True when TEXT[START, END) ends in a noun of ratio: 比重, 比例, 份额. */
static bool
ends_in_ratio(const char *text, size_t start, size_t end)
{
	static const struct lexeme ratios[] = {
		W("比重"), W("比例"), W("份额"), W("之比"), W("比率"),
	};

	for (size_t i = 0; i < sizeof ratios / sizeof *ratios; i++)
		if (ends(text, start, end, &ratios[i]))
			return true;
	return false;
}

/* True when TEXT[START, END) ends in a noun of quantity (里程, 面积,
 * 总额, 增加值 ...): the phrase names an amount, whatever verbs it holds. */
static bool
ends_in_quantity(const char *text, size_t start, size_t end)
{
	static const struct lexeme heads[] = {
		W("里程"), W("面积"), W("规模"), W("收入"), W("支出"), W("投资"), W("产值"),
		W("增加值"), W("能力"), W("长度"),
		W("人次"), W("额"), W("量"), W("率"), W("数"), W("比重"), W("比例"),
	};

	for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
		if (ends(text, start, end, &heads[i]))
			return true;
	return false;
}

/* True when the word at P follows 和, 与, 及 or 、. */
static bool
coordinated(const char *text, size_t p)
{
	static const struct lexeme joins[] = { W("和"), W("与"), W("及"), W("、") };

	for (size_t i = 0; i < sizeof joins / sizeof *joins; i++)
		if (memcmp(text + p - 3, joins[i].text, 3) == 0)
			return true;
	return false;
}

/* The preposition (prepositions) that ends at Q, not before FROM: its
 * length, or 0. */
static size_t
preposition_before(const char *text, size_t from, size_t q)
{
	return ends_with_any(text, from, q, prepositions, sizeof prepositions / sizeof *prepositions);
}

/* True when a word that ends a noun after a figure starts at P: a verb of
 * the predicate or an object verb of two characters or more (公园实现,
 * 工程建筑领域在建项目开展), or 成为. */
static bool
verb_at(const char *text, size_t length, size_t p)
{
	size_t k;

	for (size_t i = 0; may_start(&object_first, text + p, length - p) &&
			   i < sizeof object_verbs / sizeof *object_verbs; i++)
		if (starts(text + p, length - p, &object_verbs[i], &k))
			return true;
	for (size_t i = 0; may_start(&predicate_first, text + p, length - p) &&
			   i < sizeof predicate_words / sizeof *predicate_words; i++)
		if (predicate_words[i].word.length > 3 &&
		    starts(text + p, length - p, &predicate_words[i].word, &k))
			return true;
	return STARTS(text + p, length - p, "成为", &k);
}

/* Longest subject read from a clause, in characters: a longer stretch is
 * a list of things done (做好民族宗教、新闻出版、广播电视…), not the name
 * of what a figure measures. */
enum { SUBJECT_NAME_CHARS = 24 };

/* Longest noun after a figure, in characters. */
enum { NOUN_AFTER_CHARS = 16 };

/* The longest name of a unit read after its size (2×25MW燃煤发电机组). */
enum { UNIT_NAME_CHARS = 8 };

/* Head nouns of the things reports count: a noun after a figure ends with
 * the last of them it holds. */
static const struct lexeme head_nouns[] = {
	W("项目"), W("地块"), W("管道"), W("人口"), W("企业"), W("工程"), W("设施"), W("线路"),
	W("楼宇"), W("街区"), W("厂区"), W("园区"), W("小区"), W("社区"), W("学校"), W("医院"),
	W("场馆"), W("平台"), W("基地"), W("中心"), W("机构"), W("单位"), W("系统"), W("方案"),
	W("工厂"), W("水闸"), W("轴线"), W("村庄"), W("农田"), W("公园"), W("绿地"), W("住房"),
	W("家庭"), W("群众"), W("职工"), W("人员"), W("人才"), W("学生"), W("案件"), W("政策"),
	W("措施"), W("事项"), W("任务"), W("河流"), W("妇女"),
	W("儿童"), W("老人"), W("患者"), W("建筑"), W("产品"), W("航线"), W("站点"), W("车辆"), W("道路"), W("桥梁"),
};

/* Where the last head noun in TEXT[START, END) ends, or 0. */
static size_t
last_head(const char *text, size_t start, size_t end)
{
	for (size_t q = end; q > start; q = utf8_previous(text, start, q))
		for (size_t i = 0; may_end(&head_last, text, start, q) &&
				   i < sizeof head_nouns / sizeof *head_nouns; i++)
			if (ends(text, start, q, &head_nouns[i]))
				return q;
	return 0;
}

/* The noun that follows a figure ending at AFTER (TEXT is LENGTH bytes):
 * 打造14个[市级特色产业园区]，对20个[工程建筑领域在建项目]开展: Chinese
 * characters up to a clause mark, a 的, or an object verb.  Its end in
 * *END; returns its start, or SIZE_MAX when there is none. */
static size_t
noun_after(const char *text, size_t length, size_t after, size_t *end)
{
	static const struct lexeme skip[] = {
		W("以上"), W("以下"), W("左右"), W("多"), W("余"), W("的"),
	};
	size_t p = after, k, first_of = SIZE_MAX;
	int chars = 0;

	/* 1100座以上的, 89.4%的公园 */
	for (size_t i = 0; i < sizeof skip / sizeof *skip; i++)
		if (starts(text + p, length - p, &skip[i], &k))
			p += k;
	*end = p;
	while (*end < length) {
		uint32_t c;
		size_t n = utf8_decode(text + *end, length - *end, &c);
		if (c == 0x201c || c == 0x201d) {
			/* 10万套“保交楼”“保交房”任务: quotes are part of it */
			*end += n;
			continue;
		}
		if (is_open(c) && chars > 0) {
			/* 28个省（区、市）: the aside that explains the noun
			 * ends it */
			size_t close = *end + n;
			int inside = 0;
			while (close < length && inside < NOUN_AFTER_CHARS) {
				uint32_t d;
				size_t m = utf8_decode(text + close, length - close, &d);
				close += m;
				inside++;
				if (is_close(d)) {
					*end = close;
					break;
				}
				if (d == '\n' || is_open(d))
					break;
			}
			break;
		}
		if (c == 0x7684 /* 的 */ && chars > 0 && first_of == SIZE_MAX)
			first_of = *end;   /* 经济困难的严重精神障碍患者 */
		else if (!utf8_is_han(c) || c == 0x7684 || chars == NOUN_AFTER_CHARS ||
		    (chars > 0 && verb_at(text, length, *end)))
			break;
		*end += n;
		chars++;
	}
	/* The noun ends with its head: 9个市级土地储备项目收储工作 counts
	 * projects, 三幅安置房地块出让工作 plots.  With no head known, a
	 * noun cut at the limit is no noun. */
	{
		size_t head_end = last_head(text, p, *end);
		if (head_end)
			*end = head_end;
		else if (first_of != SIZE_MAX)
			*end = first_of;   /* with no head, a 的 ends it */
		else if (chars == NOUN_AFTER_CHARS)
			return SIZE_MAX;
	}
	if (!is_name(text, p, *end))
		return SIZE_MAX;
	return p;
}

static bool object_verb_inside(const char *text, size_t start, size_t end);

/* The length of a count of units and its times sign that end at AT in
 * TEXT, not before FLOOR (2×, 4x: 2×25MW机组, 4×75T/H锅炉); 0 when
 * none does. */
static size_t
count_times_before(const char *text, size_t floor, size_t at)
{
	static const char *const signs[] = { "×", "x", "X", "＊", "*" };
	size_t q = at, digits = 0;
	unsigned char last = at > floor ? (unsigned char)text[at - 1] : 0;

	/* (The last bytes of the signs: most figures follow none.) */
	if (last != 0x97 && last != 'x' && last != 'X' && last != 0x8a && last != '*')
		return 0;
	for (size_t i = 0; i < sizeof signs / sizeof *signs && q == at; i++) {
		size_t m = strlen(signs[i]);
		if (at >= floor + m && memcmp(text + at - m, signs[i], m) == 0)
			q = at - m;
	}
	if (q == at)
		return 0;
	while (q > floor && digits < 3 && text[q - 1] >= '0' && text[q - 1] <= '9')
		q--, digits++;
	/* (a letter before: x in a name, not a times sign) */
	if (digits == 0 || digits == 3 || (q > floor && ((text[q - 1] >= 'A' && text[q - 1] <= 'Z') ||
							   (text[q - 1] >= 'a' && text[q - 1] <= 'z'))))
		return 0;
	return at - q;
}

/* Single characters that end a topic read from the left: 粮食总产量在上年
 * …的基础上, 国内生产总值比上年. */
static const struct lexeme topic_ends[] = { W("在"), W("比"), W("较"), W("从"), W("由") };

/* The topic of the sentence a clause starting at CLAUSE goes on: the
 * subject of its first clause when no figure stands between (粮食总产量在
 * 上年大幅度增长的基础上，又增产1454万吨): the words before the first
 * predicate word, without the scope.  Returns its start with its end in
 * *END, or SIZE_MAX. */
static size_t
topic(const char *text, size_t floor, size_t clause, size_t *end)
{
	size_t p = clause, first_mark = SIZE_MAX, start, k;
	int chars = 0;

	/* back to the start of the sentence */
	while (p > floor && chars < 4 * SUBJECT_CLAUSE_CHARS) {
		size_t q;
		uint32_t c;
		if (plain_han_before(text, floor, p)) {
			p -= 3;
			chars++;
			continue;
		}
		q = utf8_previous(text, floor, p);
		utf8_decode(text + q, p - q, &c);
		if (c == 0x3002 || c == 0xff1b || c == ';' || c == 0xff01 || c == 0xff1f ||
		    c == '\n' || c == 0xff1a)
			break;
		if (c == 0xff0c || c == ',' || c == 0x3001)
			first_mark = q;
		p = q;
		chars++;
	}
	if ((p == floor && floor > 0) || first_mark == SIZE_MAX || first_mark >= clause)
		return SIZE_MAX;
	start = skip_scope(text, p, first_mark);
	chars = 0;
	for (size_t q = start; q < first_mark && chars <= NOUN_AFTER_CHARS; chars++) {
		bool stop = false;
		for (size_t i = 0; may_start(&predicate_first, text + q, first_mark - q) &&
				   i < sizeof predicate_words / sizeof *predicate_words && !stop; i++)
			stop = predicate_words[i].word.length > 3 &&
			       starts(text + q, first_mark - q, &predicate_words[i].word, &k);
		for (size_t i = 0; i < sizeof topic_ends / sizeof *topic_ends && !stop; i++)
			stop = starts(text + q, first_mark - q, &topic_ends[i], &k);
		if (stop) {
			if (!is_name(text, start, q) || object_verb_inside(text, start, q))
				return SIZE_MAX;
			*end = q;
			return start;
		}
		q += utf8_length(text + q, first_mark - q);
	}
	return SIZE_MAX;
}

/* True when an object verb stands in TEXT[START, END): a topic with one
 * is a doing, not a thing. */
static bool
object_verb_inside(const char *text, size_t start, size_t end)
{
	for (size_t p = end; p > start; p = utf8_previous(text, start, p))
		if (object_verb_before(text, start, p))
			return true;
	return false;
}

/* Where the verb of comparison (compare_verbs) that stands before Q in
 * TEXT[FROM, Q), with at most a short standard between, starts; SIZE_MAX
 * when there is none: 高于[全国平均水平]18.3个百分点. */
static size_t
compare_before(const char *text, size_t from, size_t q)
{
	size_t p = q;
	int chars = 0;

	while (p > from && chars < 10) {
		for (size_t i = 0; may_end(&compare_last, text, from, p) &&
				   i < sizeof compare_verbs / sizeof *compare_verbs; i++)
			if (p < q && ends(text, from, p, &compare_verbs[i]))
				return p - compare_verbs[i].length;
		p = utf8_previous(text, from, p);
		chars++;
	}
	return SIZE_MAX;
}

/* Fills the sets of the first and last characters of the tables, and
 * the index of the predicate words by their last. */
static void
char_sets_make(void)
{
	enum { PREDICATE_COUNT = sizeof predicate_words / sizeof *predicate_words };
	uint8_t next[4096];

	for (size_t i = 0; i < PREDICATE_COUNT; i++) {
		const struct lexeme *w = &predicate_words[i].word;
		char_set_add(&predicate_first, w->text);
		predicate_key_start[char_key(w->text + w->length - 3) + 1]++;
	}
	for (size_t key = 0; key < 4096; key++) {
		predicate_key_start[key + 1] += predicate_key_start[key];
		next[key] = predicate_key_start[key];
	}
	for (size_t i = 0; i < PREDICATE_COUNT; i++) {
		const struct lexeme *w = &predicate_words[i].word;
		predicate_order[next[char_key(w->text + w->length - 3)]++] = (uint8_t)i;
	}
	for (size_t i = 0; i < sizeof compare_verbs / sizeof *compare_verbs; i++)
		char_set_add(&compare_last, compare_verbs[i].text + compare_verbs[i].length - 3);
	for (size_t i = 0; i < sizeof object_verbs / sizeof *object_verbs; i++) {
		const struct lexeme *w = &object_verbs[i];
		char_set_add(&object_first, w->text);
		char_set_add(&object_last, w->text + w->length - 3);
	}
	for (size_t i = 0; i < sizeof head_nouns / sizeof *head_nouns; i++)
		char_set_add(&head_last, head_nouns[i].text + head_nouns[i].length - 3);
	for (size_t i = 0; i < sizeof scope_words / sizeof *scope_words; i++)
		char_set_add(&scope_first, scope_words[i].text);
}

void
subject_read(const char *text, size_t length, size_t floor, size_t at, size_t after,
	     struct subject *out)
{
	uint32_t mark;
	size_t start, q, end, k;
	static const struct word compared = { W("高于"), ROLE_COMPARE };
	static const struct lexeme better = W("提升");
	const struct word *nearest = NULL, *w;
	bool changed = false;   /* a verb of change, a result or a comparison
	                           was read */
	bool compared_once = false;  /* 好于Ⅲ类水体比例优于国家考核目标: the
	                                first one is in the noun */

	pthread_once(&char_sets_once, char_sets_make);
	memset(out, 0, sizeof *out);
	/* 以及2×25MW煤气发电机组: a count of units and a times sign before
	 * the figure; it is the size of each unit the noun after it names,
	 * and the count is no word of a subject before it. */
	if ((k = count_times_before(text, floor, at)) > 0) {
		static const struct lexeme joins[] = { W("以及"), W("及"), W("和"), W("与") };
		size_t noun = noun_after(text, length, after, &end);
		at -= k;
		/* (…机组以及2×25MW…: the word that joins the next unit off) */
		for (size_t i = 0; noun != SIZE_MAX && i < sizeof joins / sizeof *joins; i++)
			if (end >= noun + joins[i].length + 6 && ends(text, noun, end, &joins[i])) {
				end -= joins[i].length;
				break;
			}
		/* (a unit's name is short: 燃煤发电机组; more is a clause
		 * going on, 机组目前尚未竣工验收) */
		if (noun != SIZE_MAX && utf8_count(text + noun, end - noun) <= UNIT_NAME_CHARS) {
			out->clause = clause_start(text, floor, at, &mark);
			out->offset = noun;
			out->length = end - noun;
			return;
		}
	}
	start = clause_start(text, floor, at, &mark);
	/* 能耗、水耗均下降20%: a 、 between nouns does not end the clause. */
	while (mark == 0x3001 && start >= floor + 3 && !figure_before(text, floor, start - 3))
		start = clause_start(text, floor, start - 3, &mark);
	out->clause = start;
	/* The predicate, read back from the figure. */
	q = at;
	while (q > start) {
		size_t spaces = utf8_space_before(text + start, text + q);
		if (spaces) {
			q -= spaces;
			continue;
		}
		if ((spaces = note_reference_before(text, start, q)) > 0) {
			q -= spaces;   /* 地区生产总值[3]1191.52亿元: the note's number */
			continue;
		}
		if (!(w = predicate_before(text, start, q, &k))) {
			/* 高于全国平均水平18.3个百分点: back to the verb of
			 * comparison, the standard between */
			size_t v = compared_once ? SIZE_MAX : compare_before(text, start, q);
			if (v == SIZE_MAX)
				break;
			compared_once = true;
			out->change = out->predicate = true;
			changed = true;
			if (!nearest)
				nearest = &compared;
			q = v;
			continue;
		}
		/* 从 and 由 only touch the figure (or its time): 由于, 自由 */
		if (w->role == ROLE_FROM && nearest && nearest->role != ROLE_TIME)
			break;
		/* 增速提高10.6个百分点: the rate is what changed */
		if (w->role == ROLE_RATE && changed)
			break;
		if (!nearest || nearest->role == ROLE_TIME)
			nearest = w;
		if (w->role == ROLE_CHANGE || w->role == ROLE_COMPARE || w->role == ROLE_RATE)
			out->change = true;
		if (w->role == ROLE_CHANGE || w->role == ROLE_RESULT || w->role == ROLE_COMPARE)
			changed = true;
		if (strcmp(w->word.text, "分别") == 0)
			out->respectively = true;
		out->predicate = true;
		q -= k;
	}
	if (nearest && (nearest->role == ROLE_RESULT || nearest->role == ROLE_FROM))
		out->change = false;
	/* 提升100所学校: a verb that betters things, before a count of them */
	out->betters = nearest && (ends(nearest->word.text, 0, nearest->word.length, &better) ||
				   strcmp(nearest->word.text, "提高") == 0);
	/* 由66户整合至12户: the verb before 到 or 至 is a verb of change,
	 * whatever it is, when nothing else is left of the clause */
	if (nearest && nearest->role == ROLE_RESULT && q > start &&
	    utf8_count(text + start, q - start) <= 2)
		q = start;
	/* The subject: what is left, without its scope and time, without a
	 * trailing 的. */
	end = q;
	start = skip_scope(text, start, end);
	for (size_t i = 0; i < sizeof change_verbs / sizeof *change_verbs; i++) {
		/* the object: two characters at least */
		if (starts(text + start, end - start, &change_verbs[i], &k) && end - start >= k + 6) {
			start += k;
			out->change = true;
			out->predicate = true;
			break;
		}
	}
	while (end > start && (k = utf8_space_before(text + start, text + end)))
		end -= k;
	for (;;) {
		size_t p;
		uint32_t c;
		if (end <= start)
			break;
		p = utf8_previous(text, start, end);
		utf8_decode(text + p, end - p, &c);
		if (c != 0x7684 /* 的 */ && !is_clause_mark(c) && !utf8_space_at(text + p, end - p))
			break;
		end = p;
	}
	/* 占世界的60%以上: a share of what the clause before measured, unless
	 * the clause names the share itself (占规模以上工业总产值比重). */
	if (STARTS(text + start, end - start, "占", &k) && !ends_in_ratio(text, start, end)) {
		start = end;
		out->predicate = true;
	}
	out->listed = mark == 0x3001 && start == end && !out->predicate;
	/* 13座城市公园和275个口袋公园: the noun after the figure before,
	 * then 和, is that figure's; this one is listed after it */
	if (floor > 0 && out->clause == floor && end >= start + 3 && end == at &&
	    coordinated(text, at) && !out->predicate) {
		out->listed = true;
		start = end;
	}
	/* 分别增长9.6%和6.2%: 和, 与, 及 between two figures list them */
	if (floor > 0 && out->clause == floor && !out->predicate && at - floor == 3 &&
	    coordinated(text, at)) {
		out->listed = true;
		start = end;
	}
	/* An object verb: what it does is counted.  Its object is the subject
	 * (查处违法使用童工案件1件); with none, or after an enumeration that
	 * ends in 等, the noun after the figure is (打造14个特色产业园区,
	 * 对8家用人单位, “行政检查+普法”等十项普法重点). */
	{
		size_t verb_end = 0, noun_end, noun;
		bool ends_verb = false, ends_etc, opened = false;
		/* 治理中心城区交通堵乱点60处, 新建改建农村公路: a clause that
		 * opens with such verbs counts their object */
		for (;;) {
			size_t k2 = 0;
			for (size_t i = 0; may_start(&object_first, text + start, end - start) &&
					   i < sizeof object_verbs / sizeof *object_verbs && !k2; i++)
				starts(text + start, end - start, &object_verbs[i], &k2);
			/* 新建铁路投产里程: a noun of quantity heads it */
			if (!k2 || !is_name(text, start + k2, end) ||
			    ends_in_quantity(text, start, end))
				break;
			start = skip_scope(text, start + k2, end);
			opened = true;
		}
		if (preposition_before(text, start, end)) {
			ends_verb = true;
		} else for (size_t p = end; p > start && !opened; p = utf8_previous(text, start, p)) {
			size_t v = object_verb_before(text, start, p);
			/* 许可和认定事项: a verb joined to another word by 和
			 * is part of a noun */
			if (v && p != end && p - v >= start + 3 && coordinated(text, p - v))
				v = 0;
			/* 新建铁路投产里程: a noun of quantity heads the phrase */
			if (v && p != end && ends_in_quantity(text, start, end))
				break;
			if (v) {
				verb_end = p;
				ends_verb = p == end;
				if (!ends_verb && is_name(text, p, end))
					start = skip_scope(text, p, end);
				break;
			}
		}
		ends_etc = end - start >= 3 && memcmp(text + end - 3, "等", 3) == 0;
		/* the noun after is looked for only when it may serve */
		noun = ends_verb || ends_etc || start == end ?
		       noun_after(text, length, after, &noun_end) : SIZE_MAX;
		if (noun != SIZE_MAX) {
			out->after = noun;
			out->after_length = noun_end - noun;
		}
		if ((ends_verb || ends_etc) && noun != SIZE_MAX) {
			size_t actor_end = end - (ends_verb ? object_verb_before(text, start, end) : 0);
			if (ends_verb && is_name(text, start, actor_end)) {
				out->actor = start;
				out->actor_length = actor_end - start;
			}
			start = noun;
			end = noun_end;
			if (out->betters)
				out->change = false;
		} else if (ends_verb) {
			/* 城镇保障性安居工程住房基本建成772万套 */
			end -= object_verb_before(text, start, end);
			while (end > start && (predicate_before(text, start, end, &k)) &&
			       predicate_before(text, start, end, &k)->role == ROLE_VERB)
				end -= k;
		}
		(void)verb_end;
	}
	if (is_name(text, start, end) &&
	    utf8_count(text + start, end - start) <= SUBJECT_NAME_CHARS) {
		out->offset = start;
		out->length = end - start;
	} else {
		out->offset = start;
	}
	if (out->length == 0 && out->predicate && !out->listed) {
		size_t topic_end, t = topic(text, floor, out->clause, &topic_end);
		if (t != SIZE_MAX) {
			out->topic = t;
			out->topic_length = topic_end - t;
		}
	}
}

bool
subject_next_clause(const char *text, size_t from, size_t to)
{
	int marks = 0;

	if (to < from || to - from > 4 * SUBJECT_CLAUSE_CHARS)
		return false;
	for (size_t p = from; p < to;) {
		uint32_t c;
		p += utf8_decode(text + p, to - p, &c);
		if (c == 0xff0c || c == ',' || c == 0x3001)
			marks++;
		else if (is_clause_mark(c))
			return false;
	}
	return marks <= SUBJECT_CLAUSES_BACK;
}

/* Splits TEXT[OFFSET, OFFSET + LENGTH) at the marks in MARKS (outside
 * quotes and brackets) into ITEMS, at most MAX of them; returns how many
 * there are, MAX + 1 when there are more. */
static size_t
split_items(const char *text, size_t offset, size_t length, const uint32_t *marks,
	    size_t mark_count, struct subject_item *items, size_t max)
{
	size_t count = 0, item = offset, end = offset + length;
	int depth = 0;

	for (size_t p = offset; p <= end;) {
		uint32_t c = 0;
		size_t n = p < end ? utf8_decode(text + p, end - p, &c) : 0;
		bool split = p == end;
		if (is_open(c))
			depth++;
		else if (is_close(c) && depth > 0)
			depth--;
		for (size_t i = 0; i < mark_count && !split && depth == 0; i++)
			split = c == marks[i];
		if (split) {
			if (count == max)
				return max + 1;
			items[count].offset = item;
			items[count].length = p - item;
			count++;
			item = p + n;
		}
		if (p == end)
			break;
		p += n;
	}
	return count;
}

bool
subject_items(const char *text, size_t offset, size_t length, struct subject_item *items,
	      size_t count)
{
	/* 、, then 、 和 与 及 */
	static const uint32_t marks[] = { 0x3001, 0x548c, 0x4e0e, 0x53ca };

	if (count < 2)
		return false;
	if (split_items(text, offset, length, marks, 1, items, count) == count ||
	    split_items(text, offset, length, marks, 4, items, count) == count) {
		for (size_t i = 0; i < count; i++)
			if (!is_name(text, items[i].offset, items[i].offset + items[i].length))
				return false;
		return true;
	}
	return false;
}
