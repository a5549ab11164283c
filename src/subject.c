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
 * subject_next_clause.  A 、 between nouns (能耗、水耗均下降20%) joins
 * them into one subject; a 、 after a figure ends its clause. */
#include <config.h>

#include <string.h>

#include "subject.h"
#include "utf8.h"

enum role {
	ROLE_VERB,     /* a level verb or an adverb: 达到, 为, 约, 分别, 年均 */
	ROLE_CHANGE,   /* 增长, 下降, 提高, 涨幅, 增速 */
	ROLE_COMPARE,  /* 比上年, 同比: the figure is a difference */
	ROLE_RESULT,   /* 到, 至 after a change verb: the level reached */
	ROLE_FROM,     /* 从, 由 just before a figure: the level before */
};

struct word {
	const char *text;
	enum role role;
};

/* The predicate: words that stand between a subject and its figure.
 * Longer words first where one ends another (比上年 before 上年). */
static const struct word predicate_words[] = {
	/* comparisons */
	{ "比上年同期", ROLE_COMPARE }, { "比去年同期", ROLE_COMPARE },
	{ "较上年同期", ROLE_COMPARE }, { "较去年同期", ROLE_COMPARE },
	{ "比上年末", ROLE_COMPARE }, { "较上年末", ROLE_COMPARE },
	{ "比上年底", ROLE_COMPARE }, { "比上年", ROLE_COMPARE }, { "比去年", ROLE_COMPARE },
	{ "较上年", ROLE_COMPARE }, { "较去年", ROLE_COMPARE }, { "比年初", ROLE_COMPARE },
	{ "较年初", ROLE_COMPARE }, { "比上月", ROLE_COMPARE }, { "比同期", ROLE_COMPARE },
	{ "同比", ROLE_COMPARE }, { "环比", ROLE_COMPARE },
	/* changes, as verbs and as nouns of rate */
	{ "增长率", ROLE_CHANGE }, { "年均增长", ROLE_CHANGE }, { "增长", ROLE_CHANGE },
	{ "增加", ROLE_CHANGE }, { "增产", ROLE_CHANGE }, { "增收", ROLE_CHANGE },
	{ "新增", ROLE_CHANGE }, { "下降", ROLE_CHANGE }, { "降低", ROLE_CHANGE },
	{ "减少", ROLE_CHANGE }, { "减产", ROLE_CHANGE }, { "提高", ROLE_CHANGE },
	{ "提升", ROLE_CHANGE }, { "上涨", ROLE_CHANGE }, { "上升", ROLE_CHANGE },
	{ "回落", ROLE_CHANGE }, { "回升", ROLE_CHANGE }, { "扩大", ROLE_CHANGE },
	{ "缩小", ROLE_CHANGE }, { "缩减", ROLE_CHANGE }, { "压减", ROLE_CHANGE },
	{ "下调", ROLE_CHANGE }, { "上调", ROLE_CHANGE }, { "增量", ROLE_CHANGE },
	{ "涨幅", ROLE_CHANGE }, { "增幅", ROLE_CHANGE }, { "降幅", ROLE_CHANGE },
	{ "增速", ROLE_CHANGE }, { "增", ROLE_CHANGE }, { "减", ROLE_CHANGE },
	{ "降", ROLE_CHANGE }, { "涨", ROLE_CHANGE }, { "升", ROLE_CHANGE },
	/* the level reached, the level before */
	{ "到", ROLE_RESULT }, { "至", ROLE_RESULT },
	{ "从", ROLE_FROM }, { "由", ROLE_FROM },
	/* level verbs and adverbs */
	{ "达到", ROLE_VERB }, { "超过", ROLE_VERB }, { "突破", ROLE_VERB },
	{ "保持在", ROLE_VERB }, { "控制在", ROLE_VERB }, { "稳定在", ROLE_VERB },
	{ "维持在", ROLE_VERB }, { "保持", ROLE_VERB }, { "实现", ROLE_VERB },
	{ "完成", ROLE_VERB }, { "覆盖", ROLE_VERB }, { "累计", ROLE_VERB },
	{ "合计", ROLE_VERB }, { "总计", ROLE_VERB }, { "共计", ROLE_VERB },
	{ "分别", ROLE_VERB }, { "年均", ROLE_VERB }, { "平均", ROLE_VERB },
	{ "每人每年", ROLE_VERB }, { "每人每月", ROLE_VERB }, { "每年", ROLE_VERB },
	{ "每人", ROLE_VERB }, { "拟按", ROLE_VERB }, { "已经", ROLE_VERB },
	{ "接近", ROLE_VERB }, { "将近", ROLE_VERB }, { "有所", ROLE_VERB },
	{ "达", ROLE_VERB }, { "超", ROLE_VERB }, { "逾", ROLE_VERB }, { "近", ROLE_VERB },
	{ "约", ROLE_VERB }, { "为", ROLE_VERB }, { "是", ROLE_VERB }, { "占", ROLE_VERB },
	{ "有", ROLE_VERB }, { "在", ROLE_VERB }, { "共", ROLE_VERB }, { "计", ROLE_VERB },
	{ "均", ROLE_VERB }, { "各", ROLE_VERB }, { "了", ROLE_VERB }, { "已", ROLE_VERB },
	{ "仅", ROLE_VERB }, { "再", ROLE_VERB }, { "又", ROLE_VERB }, { "按", ROLE_VERB },
	{ "拟", ROLE_VERB }, { "将", ROLE_VERB }, { "一直", ROLE_VERB }, { "始终", ROLE_VERB },
	{ "持续", ROLE_VERB }, { "继续", ROLE_VERB }, { "进一步", ROLE_VERB }, { "总体", ROLE_VERB },
	{ "基本", ROLE_VERB }, { "实际", ROLE_VERB }, { "名义", ROLE_VERB },
	{ "平均每天", ROLE_VERB }, { "每天", ROLE_VERB }, { "日均", ROLE_VERB }, { "折合", ROLE_VERB }, { "相当于", ROLE_VERB }, { "力争", ROLE_VERB }, { "预计", ROLE_VERB }, { "预期", ROLE_VERB },
};

/* Verbs of change that take the measured thing as their object, the
 * figure saying by how much: 降低利息负担1.2万亿元, 减轻市场主体负担3万多亿元.
 * At the start of a subject they make the figure a change, and the object
 * is the subject. */
static const char *const change_verbs[] = {
	"降低", "减轻", "减少", "增加", "提高", "压减", "缩减", "压缩", "削减", "节约", "节省",
	"扩大", "减免", "下调", "上调",
};

/* Words that open a clause before its subject: where, when, and verbs of
 * achieving that say nothing of what is measured (全市, 全年, 其中, 实现). */
static const char *const scope_words[] = {
	"全市", "全省", "全区", "全县", "全国", "全州", "全镇", "全盟", "全年", "全面",
	"我国", "我市", "我省", "我区", "我县", "本市", "本省", "本区",
	"其中", "此外", "另外", "同时", "并且", "以及", "而且", "并", "而", "还", "也", "和",
	"实现", "完成", "达到", "推动", "促进", "带动", "确保", "力争", "预计", "使", "让",
	"但是", "但", "尽管", "虽然", "因此", "从而", "去年末", "去年底", "上年末", "年内", "当年", "今年", "去年", "明年", "上年", "同期", "年初", "年末",
	"年底", "上半年", "下半年", "当前", "目前", "截至", "截止", "以来", "期间",
	"过去", "累计", "共", "均", "各类", "各项", "各级",
	/* the words after the figure before: 10亿元以上重大产业项目47个 */
	"以上", "以下", "以内", "左右", "多",
};

/* Verbs that take the counted thing as their object (查处违法使用童工案件
 * 1件: the cases) or after the figure (打造14个特色产业园区: the parks),
 * and the prepositions that do the same (对8家用人单位). */
static const char *const object_verbs[] = {
	"开展", "组织", "举办", "实施", "完成", "提出", "下达", "查处", "办理", "受理", "涉及",
	"建成", "新建", "改建", "打造", "推出", "发布", "出台", "制定", "修订", "引进", "培育",
	"安排", "发放", "帮助", "解决", "惠及", "审结", "淘汰", "退出", "安置", "认定", "创建",
	"设立", "召开", "开设", "吸引", "开工", "组建", "筹集", "争取", "取消", "下放", "清理",
	"整治", "启动",
};

/* Prepositions that take the counted thing after the figure, when they
 * end the clause before it: 对8家用人单位.  Inside a noun they do not
 * (消费对经济增长的贡献率). */
static const char *const prepositions[] = { "对", "向", "给" };

/* Comparative adjectives after a comparison with 比 or 较: 比去年预算低
 * 0.4个百分点. */
static const char *const comparatives[] = { "低", "高", "多", "少", "快", "慢" };

/* Parts of a time said before a subject: 2025年, 1—11月, 前三季度,
 * 过去五年, 五年来. */
static const char *const time_units[] = { "季度", "年", "月", "日", "周", "天" };
static const char *const time_suffixes[] = { "以来", "来", "末", "底", "内", "间", "中", "初",
					     "份", "里" };

static bool
starts(const char *s, size_t n, const char *word, size_t *length)
{
	size_t k = strlen(word);

	if (k > n || memcmp(s, word, k) != 0)
		return false;
	*length = k;
	return true;
}

static bool
is_han(uint32_t c)
{
	return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) ||
	       (c >= 0x20000 && c <= 0x3134f) || (c >= 0xf900 && c <= 0xfaff);
}

/* A digit of either script, or a Chinese numeral, or a range mark in a
 * time (1—11月). */
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
		size_t q = utf8_previous(text, floor, p);
		uint32_t c;
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

/* The predicate word that ends at Q, not before FROM, or NULL.  比 or 较
 * with a year (比2020年, 较2012年末) is a comparison too; its length then
 * comes back in *LENGTH. */
static const struct word *
predicate_before(const char *text, size_t from, size_t q, size_t *length)
{
	static const struct word year_compare = { "比", ROLE_COMPARE };
	const struct word *best = NULL;

	*length = 0;
	for (size_t i = 0; i < sizeof predicate_words / sizeof *predicate_words; i++) {
		size_t k = strlen(predicate_words[i].text);
		if (k <= q - from && memcmp(text + q - k, predicate_words[i].text, k) == 0 &&
		    (!best || k > *length)) {
			best = &predicate_words[i];
			*length = k;
		}
	}
	/* 比2020年, 较2012年末, 比2020年同期 */
	{
		size_t p = q, k;
		static const char *const tails[] = { "年同期", "年末", "年底", "年" };
		for (size_t i = 0; i < sizeof tails / sizeof *tails; i++) {
			k = strlen(tails[i]);
			if (k <= p - from && memcmp(text + p - k, tails[i], k) == 0) {
				p -= k;
				break;
			}
		}
		if (p < q) {
			size_t digits = 0;
			while (p > from && text[p - 1] >= '0' && text[p - 1] <= '9') {
				p--;
				digits++;
			}
			if (digits == 4 && p - from >= 3 &&
			    (memcmp(text + p - 3, "比", 3) == 0 || memcmp(text + p - 3, "较", 3) == 0) &&
			    (!best || q - (p - 3) > *length)) {
				*length = q - (p - 3);
				best = &year_compare;
			}
		}
	}
	/* 比去年预算低: back to the 比 (not 比重, 比例, 比率) within a few
	 * characters */
	if (!best) {
		for (size_t i = 0; i < sizeof comparatives / sizeof *comparatives; i++) {
			size_t k = strlen(comparatives[i]), p;
			int chars = 0;
			if (k > q - from || memcmp(text + q - k, comparatives[i], k) != 0)
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
		for (size_t i = 0; i < sizeof scope_words / sizeof *scope_words && !found; i++)
			if (starts(text + p, end - p, scope_words[i], &k))
				found = true;
		if (found) {
			p += k;
			continue;
		}
		/* A time: 2025年, 前三季度, 1—11月, 五年来; or a run-in
		 * enumeration: 一是, 二是. */
		q = p;
		if (starts(text + q, end - q, "前", &k) || starts(text + q, end - q, "近", &k) ||
		    starts(text + q, end - q, "上", &k) || starts(text + q, end - q, "每", &k))
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
			if (starts(text + q, end - q, "是", &k)) {
				p = q + k;
				continue;
			}
			if (starts(text + q, end - q, "个", &k))
				q += k;
			found = false;
			for (size_t i = 0; i < sizeof time_units / sizeof *time_units && !found; i++)
				if (starts(text + q, end - q, time_units[i], &k))
					found = true;
			if (!found)
				break;
			q += k;
			for (size_t i = 0; i < sizeof time_suffixes / sizeof *time_suffixes; i++)
				if (starts(text + q, end - q, time_suffixes[i], &k)) {
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
		if (is_han(c))
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
	for (size_t i = 0; i < sizeof object_verbs / sizeof *object_verbs; i++) {
		size_t k = strlen(object_verbs[i]);
		if (k <= q - from && memcmp(text + q - k, object_verbs[i], k) == 0)
			return k;
	}
	return 0;
}

/* True when TEXT[START, END) ends in a noun of ratio: 比重, 比例, 份额. */
static bool
ends_in_ratio(const char *text, size_t start, size_t end)
{
	static const char *const ratios[] = { "比重", "比例", "份额", "之比", "比率" };

	for (size_t i = 0; i < sizeof ratios / sizeof *ratios; i++) {
		size_t k = strlen(ratios[i]);
		if (end - start >= k && memcmp(text + end - k, ratios[i], k) == 0)
			return true;
	}
	return false;
}

/* True when TEXT[START, END) ends in a noun of quantity (里程, 面积,
 * 总额, 增加值 ...): the phrase names an amount, whatever verbs it holds. */
static bool
ends_in_quantity(const char *text, size_t start, size_t end)
{
	static const char *const heads[] = {
		"里程", "面积", "规模", "收入", "支出", "投资", "产值", "增加值", "能力", "长度",
		"人次", "额", "量", "率", "数", "比重", "比例",
	};

	for (size_t i = 0; i < sizeof heads / sizeof *heads; i++) {
		size_t k = strlen(heads[i]);
		if (end - start >= k && memcmp(text + end - k, heads[i], k) == 0)
			return true;
	}
	return false;
}

/* True when the word at P follows 和, 与, 及 or 、. */
static bool
coordinated(const char *text, size_t p)
{
	static const char *const joins[] = { "和", "与", "及", "、" };

	for (size_t i = 0; i < sizeof joins / sizeof *joins; i++)
		if (memcmp(text + p - 3, joins[i], 3) == 0)
			return true;
	return false;
}

/* The preposition (prepositions) that ends at Q, not before FROM: its
 * length, or 0. */
static size_t
preposition_before(const char *text, size_t from, size_t q)
{
	for (size_t i = 0; i < sizeof prepositions / sizeof *prepositions; i++) {
		size_t k = strlen(prepositions[i]);
		if (k <= q - from && memcmp(text + q - k, prepositions[i], k) == 0)
			return k;
	}
	return 0;
}

/* True when a word that ends a noun after a figure starts at P: a verb of
 * the predicate or an object verb of two characters or more (公园实现,
 * 工程建筑领域在建项目开展), or 成为. */
static bool
verb_at(const char *text, size_t length, size_t p)
{
	size_t k;

	for (size_t i = 0; i < sizeof object_verbs / sizeof *object_verbs; i++)
		if (starts(text + p, length - p, object_verbs[i], &k))
			return true;
	for (size_t i = 0; i < sizeof predicate_words / sizeof *predicate_words; i++)
		if (strlen(predicate_words[i].text) > 3 &&
		    starts(text + p, length - p, predicate_words[i].text, &k))
			return true;
	return starts(text + p, length - p, "成为", &k);
}

/* Longest noun after a figure, in characters. */
enum { NOUN_AFTER_CHARS = 12 };

/* The noun that follows a figure ending at AFTER (TEXT is LENGTH bytes):
 * 打造14个[市级特色产业园区]，对20个[工程建筑领域在建项目]开展: Chinese
 * characters up to a clause mark, a 的, or an object verb.  Its end in
 * *END; returns its start, or SIZE_MAX when there is none. */
static size_t
noun_after(const char *text, size_t length, size_t after, size_t *end)
{
	static const char *const skip[] = { "以上", "以下", "左右", "多", "余", "的" };
	size_t p = after, k;
	int chars = 0;

	/* 1100座以上的, 89.4%的公园 */
	for (size_t i = 0; i < sizeof skip / sizeof *skip; i++)
		if (starts(text + p, length - p, skip[i], &k))
			p += k;
	*end = p;
	while (*end < length) {
		uint32_t c;
		size_t n = utf8_decode(text + *end, length - *end, &c);
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
		if (!is_han(c) || c == 0x7684 /* 的 */ || chars == NOUN_AFTER_CHARS ||
		    (chars > 0 && verb_at(text, length, *end)))
			break;
		*end += n;
		chars++;
	}
	if (chars == NOUN_AFTER_CHARS || !is_name(text, p, *end))
		return SIZE_MAX;
	return p;
}

static bool object_verb_inside(const char *text, size_t start, size_t end);

/* Single characters that end a topic read from the left: 粮食总产量在上年
 * …的基础上, 国内生产总值比上年. */
static const char *const topic_ends[] = { "在", "比", "较", "从", "由" };

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
		size_t q = utf8_previous(text, floor, p);
		uint32_t c;
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
		for (size_t i = 0; i < sizeof predicate_words / sizeof *predicate_words && !stop; i++)
			stop = strlen(predicate_words[i].text) > 3 &&
			       starts(text + q, first_mark - q, predicate_words[i].text, &k);
		for (size_t i = 0; i < sizeof topic_ends / sizeof *topic_ends && !stop; i++)
			stop = starts(text + q, first_mark - q, topic_ends[i], &k);
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

void
subject_read(const char *text, size_t length, size_t floor, size_t at, size_t after,
	     struct subject *out)
{
	uint32_t mark;
	size_t start, q, end, k;
	const struct word *nearest = NULL, *w;

	memset(out, 0, sizeof *out);
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
		if (!(w = predicate_before(text, start, q, &k)))
			break;
		/* 从 and 由 only touch the figure: 由于, 自由 */
		if (w->role == ROLE_FROM && nearest)
			break;
		if (!nearest)
			nearest = w;
		if (w->role == ROLE_CHANGE || w->role == ROLE_COMPARE)
			out->change = true;
		if (strcmp(w->text, "分别") == 0)
			out->respectively = true;
		out->predicate = true;
		q -= k;
	}
	if (nearest && (nearest->role == ROLE_RESULT || nearest->role == ROLE_FROM))
		out->change = false;
	/* The subject: what is left, without its scope and time, without a
	 * trailing 的. */
	end = q;
	start = skip_scope(text, start, end);
	for (size_t i = 0; i < sizeof change_verbs / sizeof *change_verbs; i++) {
		/* the object: two characters at least */
		if (starts(text + start, end - start, change_verbs[i], &k) && end - start >= k + 6) {
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
	if (starts(text + start, end - start, "占", &k) && !ends_in_ratio(text, start, end)) {
		start = end;
		out->predicate = true;
	}
	out->listed = mark == 0x3001 && start == end && !out->predicate;
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
		bool ends_verb = false, ends_etc;
		if (preposition_before(text, start, end)) {
			ends_verb = true;
		} else for (size_t p = end; p > start; p = utf8_previous(text, start, p)) {
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
		noun = noun_after(text, length, after, &noun_end);
		if (noun != SIZE_MAX) {
			out->after = noun;
			out->after_length = noun_end - noun;
		}
		if ((ends_verb || ends_etc) && noun != SIZE_MAX) {
			start = noun;
			end = noun_end;
		} else if (ends_verb) {
			/* 城镇保障性安居工程住房基本建成772万套 */
			end -= object_verb_before(text, start, end);
			while (end > start && (predicate_before(text, start, end, &k)) &&
			       predicate_before(text, start, end, &k)->role == ROLE_VERB)
				end -= k;
		}
		(void)verb_end;
	}
	if (is_name(text, start, end)) {
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
