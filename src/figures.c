/* figures.c - the hard numbers of a report.
 *
 * One pass over doc->text.  Most characters cost a table look-up: only an
 * Arabic or full-width digit, a Chinese digit (一 … 九, 两, 〇), 十, the
 * first character of 百分之 or 第, and the book-title marks 《》 start any
 * work.  From such a start the grammar of Chinese numbers is read in code
 * (3860, 1,200, 12.5, １２３, 三万, 二十三, 1亿3千多万, 三点五) and the
 * words that make a number a figure come from the unit table (data/units):
 *
 *   80个  3860人  1.2万人  35.6万平方米         quantity
 *   2万元  3.5亿元  1,200元  500万美元  ¥120     money (value in units)
 *   12.5%  12.5％  百分之十  2.3个百分点  三分之二 percent
 *   2023年11月23日  11月23日  2021—2023年  “4.15”  date
 *   东人社〔2023〕36号  国发[2024]7号  国务院令第709号   docno
 *   第3期  第十三届                               ordinal
 *
 * and what is not a figure: heading labels (一、 （一） 1. 一是, taken from
 * the outline), numbers inside 《book titles》, a year alone (2023年以来),
 * a lone 一 before a measure word (一批, 一个: an article, not a count), a
 * Chinese numeral just after an opening quote (“三项”制度: a slogan), and
 * numbers that are part of a name (PM2.5, M2, 5G). */
#include <config.h>

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "figures.h"
#include "numeral.h"

/* ---- the unit table ------------------------------------------------------ */

/* X-macro list of the roles a word can have in data/units: name, keyword,
 * what its argument is (ARG_NONE, ARG_NAME: an optional name reported
 * instead of the word, ARG_VALUE: a number, ARG_PAIR: the closing mark). */
#define ROLE_LIST(X) \
	X(ROLE_UNIT, "unit", ARG_NONE) \
	X(ROLE_UNIT_ONE, "unit-one", ARG_NONE) \
	X(ROLE_NOT_UNIT, "not-unit", ARG_NONE) \
	X(ROLE_CURRENCY, "currency", ARG_NAME) \
	X(ROLE_SIGN, "sign", ARG_NAME) \
	X(ROLE_MULTIPLIER, "multiplier", ARG_VALUE) \
	X(ROLE_APPROX, "approx", ARG_NONE) \
	X(ROLE_DECIMAL, "decimal", ARG_NONE) \
	X(ROLE_PERCENT, "percent", ARG_NAME) \
	X(ROLE_PERCENT_OF, "percent-of", ARG_NAME) \
	X(ROLE_FRACTION, "fraction", ARG_NONE) \
	X(ROLE_SHARE, "share", ARG_VALUE) \
	X(ROLE_RANGE, "range", ARG_NONE) \
	X(ROLE_YEAR, "year", ARG_NONE) \
	X(ROLE_MONTH, "month", ARG_NONE) \
	X(ROLE_DAY, "day", ARG_NONE) \
	X(ROLE_DATE_MARK, "date-mark", ARG_NONE) \
	X(ROLE_DATE_NAME, "date-name", ARG_NONE) \
	X(ROLE_DATE_SEP, "date-sep", ARG_NONE) \
	X(ROLE_QUOTE, "quote", ARG_PAIR) \
	X(ROLE_TITLE, "title", ARG_PAIR) \
	X(ROLE_DOCNO, "docno", ARG_PAIR) \
	X(ROLE_DOCNO_NUMBER, "docno-number", ARG_NONE) \
	X(ROLE_DOCNO_ORDER, "docno-order", ARG_NONE) \
	X(ROLE_DOCNO_STOP, "docno-stop", ARG_NONE) \
	X(ROLE_DOCNO_ISSUER, "docno-issuer", ARG_NONE) \
	X(ROLE_ORDINAL, "ordinal", ARG_NONE) \
	X(ROLE_ORDINAL_UNIT, "ordinal-unit", ARG_NONE)

enum arg_kind { ARG_NONE, ARG_NAME, ARG_VALUE, ARG_PAIR };

enum role {
#define ROLE_ENUM(name, keyword, arg) name,
	ROLE_LIST(ROLE_ENUM)
#undef ROLE_ENUM
	ROLE_TITLE_END,     /* the closing mark of a title pair */
	ROLE_DOCNO_END,     /* the closing bracket of a docno pair */
	ROLE_QUOTE_END,     /* the closing mark of a quotation */
	ROLE_COUNT
};

#define BIT(role) (1u << (role))

static const struct {
	const char *keyword;
	enum arg_kind arg;
} role_info[] = {
#define ROLE_INFO(name, keyword, arg) { keyword, arg },
	ROLE_LIST(ROLE_INFO)
#undef ROLE_INFO
};

struct unit_word {
	char *text;            /* NUL-terminated */
	size_t length;
	uint32_t first;        /* its first character */
	uint32_t roles;        /* BIT(role) for each role it has */
	char *name;            /* the name reported (currency, percent); NULL: text */
	double value;          /* multiplier */
	char *pair;            /* the other mark of a title or docno pair */
};

#define BUCKETS 512

struct unit_table {
	struct unit_word *words;
	size_t count;
	/* Words hashed by their first character, each bucket longest first:
	 * words[order[bucket_start[h]] .. order[bucket_start[h + 1] - 1]]. */
	size_t *order;
	size_t bucket_start[BUCKETS + 1];
	/* Characters that may start a figure or must be tracked (BMP only). */
	uint8_t start[65536 / 8];
	uint8_t digit[65536 / 8];    /* Chinese digits 〇一…九两 */
	/* Words of the roles read backwards, by role. */
	size_t *by_role[ROLE_COUNT];
	size_t by_role_count[ROLE_COUNT];
	long year_first, year_last;
};

static unsigned
bucket_of(uint32_t c)
{
	return (c * 2654435761u) >> 23 & (BUCKETS - 1);
}

static void
bit_set(uint8_t *bits, uint32_t c)
{
	if (c < 65536)
		bits[c >> 3] |= (uint8_t)(1u << (c & 7));
}

static int
bit_get(const uint8_t *bits, uint32_t c)
{
	return c < 65536 && (bits[c >> 3] >> (c & 7) & 1);
}

/* Decodes the character at S (N > 0 bytes); returns its length (1 for an
 * invalid byte, decoded as U+FFFD). */
static size_t
decode(const char *s, size_t n, uint32_t *c)
{
	const unsigned char *p = (const unsigned char *)s;

	if (p[0] < 0x80) {
		*c = p[0];
		return 1;
	}
	if (p[0] >= 0xe0 && p[0] < 0xf0 && n >= 3 && (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80) {
		*c = (uint32_t)(p[0] & 0x0f) << 12 | (uint32_t)(p[1] & 0x3f) << 6 | (p[2] & 0x3f);
		return 3;
	}
	{
		ucs4_t uc;
		int k = u8_mbtouc(&uc, p, n);
		*c = uc;
		return k > 0 ? (size_t)k : 1;
	}
}

/* The start of the character that ends just before AT (> FLOOR). */
static size_t
previous_start(const char *text, size_t floor, size_t at)
{
	size_t i = at - 1;
	while (i > floor && ((unsigned char)text[i] & 0xc0) == 0x80 && at - i < 4)
		i--;
	return i;
}

static struct unit_word *
find_word(struct unit_table *t, const char *text, size_t length)
{
	for (size_t i = 0; i < t->count; i++)
		if (t->words[i].length == length && memcmp(t->words[i].text, text, length) == 0)
			return &t->words[i];
	return NULL;
}

static struct unit_word *
add_word(struct unit_table *t, const char *text, size_t length, size_t *capacity)
{
	struct unit_word *w = find_word(t, text, length);

	if (w)
		return w;
	if (t->count == *capacity) {
		size_t grown_capacity = *capacity ? *capacity * 2 : 256;
		struct unit_word *grown = realloc(t->words, grown_capacity * sizeof *grown);
		if (!grown)
			return NULL;
		t->words = grown;
		*capacity = grown_capacity;
	}
	w = &t->words[t->count];
	memset(w, 0, sizeof *w);
	w->text = malloc(length + 1);
	if (!w->text)
		return NULL;
	memcpy(w->text, text, length);
	w->text[length] = '\0';
	w->length = length;
	decode(text, length, &w->first);
	t->count++;
	return w;
}

void
figures_free_units(struct unit_table *units)
{
	if (!units)
		return;
	for (size_t i = 0; i < units->count; i++) {
		free(units->words[i].text);
		free(units->words[i].name);
		free(units->words[i].pair);
	}
	free(units->words);
	free(units->order);
	for (int r = 0; r < ROLE_COUNT; r++)
		free(units->by_role[r]);
	free(units);
}

/* A word's place in the hash order: by bucket, then longest first. */
struct order_key {
	unsigned bucket;
	size_t length;
	size_t index;
};

static int
compare_order(const void *a, const void *b)
{
	const struct order_key *x = a, *y = b;

	if (x->bucket != y->bucket)
		return x->bucket < y->bucket ? -1 : 1;
	if (x->length != y->length)
		return x->length > y->length ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

/* Builds the hash order, the role lists and the start characters. */
static enum bg_status
index_table(struct unit_table *t)
{
	char buf[8];
	struct order_key *keys = malloc((t->count ? t->count : 1) * sizeof *keys);

	t->order = malloc((t->count ? t->count : 1) * sizeof *t->order);
	if (!t->order || !keys) {
		free(keys);
		return BG_ERR_NOMEM;
	}
	for (size_t i = 0; i < t->count; i++) {
		keys[i].bucket = bucket_of(t->words[i].first);
		keys[i].length = t->words[i].length;
		keys[i].index = i;
	}
	qsort(keys, t->count, sizeof *keys, compare_order);
	for (size_t i = 0; i < t->count; i++)
		t->order[i] = keys[i].index;
	free(keys);
	memset(t->bucket_start, 0, sizeof t->bucket_start);
	for (size_t i = 0; i < t->count; i++)
		t->bucket_start[bucket_of(t->words[i].first) + 1]++;
	for (unsigned h = 0; h < BUCKETS; h++)
		t->bucket_start[h + 1] += t->bucket_start[h];

	for (int r = 0; r < ROLE_COUNT; r++) {
		size_t n = 0;
		for (size_t i = 0; i < t->count; i++)
			if (t->words[i].roles & BIT(r))
				n++;
		t->by_role[r] = malloc((n ? n : 1) * sizeof *t->by_role[r]);
		if (!t->by_role[r])
			return BG_ERR_NOMEM;
		n = 0;
		for (size_t i = 0; i < t->count; i++)
			if (t->words[i].roles & BIT(r))
				t->by_role[r][n++] = i;
		t->by_role_count[r] = n;
	}

	/* The Chinese digits are the ones numeral.c reads. */
	for (uint32_t c = 0x2000; c < 0xa000; c++) {
		int k = u8_uctomb((uint8_t *)buf, c, sizeof buf);
		size_t used;
		if (k > 0 && numeral_chinese_digit(buf, (size_t)k, &used) >= 0 && used == (size_t)k) {
			bit_set(t->digit, c);
			bit_set(t->start, c);
		}
	}
	for (uint32_t c = 0xff10; c <= 0xff19; c++)    /* full-width digits */
		bit_set(t->start, c);
	for (size_t i = 0; i < t->count; i++) {
		const struct unit_word *w = &t->words[i];
		if (w->roles & (BIT(ROLE_PERCENT_OF) | BIT(ROLE_SHARE) | BIT(ROLE_ORDINAL) |
				BIT(ROLE_TITLE) | BIT(ROLE_TITLE_END) | BIT(ROLE_QUOTE) |
				BIT(ROLE_QUOTE_END)))
			bit_set(t->start, w->first);
		/* 十 starts a number by itself (十项); 百 千 万 亿 do not (百姓, 万一). */
		if ((w->roles & BIT(ROLE_MULTIPLIER)) && w->value == 10)
			bit_set(t->start, w->first);
	}
	return BG_OK;
}

/* Splits S at blanks; returns the next word and its length, or NULL. */
static const char *
next_token(const char **s, size_t *length)
{
	const char *p = *s, *q;

	while (*p == ' ' || *p == '\t' || *p == '\r')
		p++;
	if (*p == '\0' || *p == '\n')
		return NULL;
	q = p;
	while (*q && *q != ' ' && *q != '\t' && *q != '\r' && *q != '\n')
		q++;
	*length = (size_t)(q - p);
	*s = q;
	return p;
}

static enum bg_status
parse_line(struct unit_table *t, const char *line, unsigned number, size_t *capacity,
	   struct bg_error *err)
{
	const char *p = line, *token;
	size_t length;
	int role = -1;

	token = next_token(&p, &length);
	if (!token || *token == '#')
		return BG_OK;
	if (length == 10 && memcmp(token, "year-range", 10) == 0) {
		const char *a = next_token(&p, &length), *b;
		size_t blen = 0;
		char *end;
		if (a)
			b = next_token(&p, &blen);
		if (!a || !b)
			return bg_fail(err, BG_ERR_RULES, "line %u: year-range needs two years", number);
		t->year_first = strtol(a, &end, 10);
		t->year_last = strtol(b, &end, 10);
		if (t->year_first <= 0 || t->year_last < t->year_first || t->year_last > 9999)
			return bg_fail(err, BG_ERR_RULES, "line %u: bad year-range", number);
		return BG_OK;
	}
	for (int r = 0; r < (int)(sizeof role_info / sizeof role_info[0]); r++)
		if (strlen(role_info[r].keyword) == length &&
		    memcmp(role_info[r].keyword, token, length) == 0)
			role = r;
	if (role < 0)
		return bg_fail(err, BG_ERR_RULES, "line %u: unknown role '%.*s'", number,
			       (int)(length > 40 ? 40 : length), token);
	while ((token = next_token(&p, &length))) {
		const char *eq = memchr(token, '=', length);
		size_t word_length = eq && eq > token ? (size_t)(eq - token) : length;
		const char *arg = word_length < length ? token + word_length + 1 : NULL;
		size_t arg_length = arg ? length - word_length - 1 : 0;
		struct unit_word *w;

		if (u8_check((const uint8_t *)token, length))
			return bg_fail(err, BG_ERR_RULES, "line %u: not UTF-8", number);
		if (role_info[role].arg == ARG_NONE && arg)
			return bg_fail(err, BG_ERR_RULES, "line %u: %s takes no '=' argument",
				       number, role_info[role].keyword);
		if ((role_info[role].arg == ARG_VALUE || role_info[role].arg == ARG_PAIR ||
		     role == ROLE_SIGN) && (!arg || arg_length == 0))
			return bg_fail(err, BG_ERR_RULES, "line %u: %s needs WORD=%s", number,
				       role_info[role].keyword,
				       role_info[role].arg == ARG_VALUE ? "VALUE" :
				       role_info[role].arg == ARG_PAIR ? "CLOSE" : "NAME");
		w = add_word(t, token, word_length, capacity);
		if (!w)
			return bg_fail(err, BG_ERR_NOMEM, NULL);
		w->roles |= BIT(role);
		if (role_info[role].arg == ARG_NAME && arg) {
			free(w->name);
			w->name = strndup(arg, arg_length);
			if (!w->name)
				return bg_fail(err, BG_ERR_NOMEM, NULL);
		} else if (role_info[role].arg == ARG_VALUE) {
			char number_text[32], *end;
			if (arg_length >= sizeof number_text)
				return bg_fail(err, BG_ERR_RULES, "line %u: bad value", number);
			memcpy(number_text, arg, arg_length);
			number_text[arg_length] = '\0';
			errno = 0;
			w->value = strtod(number_text, &end);
			if (errno || *end || w->value <= 0)
				return bg_fail(err, BG_ERR_RULES, "line %u: bad value '%s'", number,
					       number_text);
		} else if (role_info[role].arg == ARG_PAIR) {
			struct unit_word *close;
			char *open_text = strdup(w->text);
			free(w->pair);
			w->pair = strndup(arg, arg_length);
			close = w->pair && open_text ? add_word(t, arg, arg_length, capacity) : NULL;
			/* add_word may move the words: W is stale from here. */
			if (!close) {
				free(open_text);
				return bg_fail(err, BG_ERR_NOMEM, NULL);
			}
			close->roles |= BIT(role == ROLE_TITLE ? ROLE_TITLE_END :
					    role == ROLE_QUOTE ? ROLE_QUOTE_END : ROLE_DOCNO_END);
			free(close->pair);
			close->pair = open_text;
		}
	}
	return BG_OK;
}

/* Parses the unit table from TEXT (NUL-terminated). */
enum bg_status
figures_parse_units(const char *text, struct unit_table **out, struct bg_error *err)
{
	struct unit_table *t = calloc(1, sizeof *t);
	size_t capacity = 0;
	unsigned number = 0;
	enum bg_status st = BG_OK;

	*out = NULL;
	if (!t)
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	t->year_first = 1800;
	t->year_last = 2199;
	for (const char *line = text; *line && st == BG_OK;) {
		const char *nl = strchr(line, '\n');
		number++;
		st = parse_line(t, line, number, &capacity, err);
		line = nl ? nl + 1 : line + strlen(line);
	}
	if (st == BG_OK && (st = index_table(t)) != BG_OK)
		bg_fail(err, st, NULL);
	if (st != BG_OK) {
		figures_free_units(t);
		return st;
	}
	*out = t;
	return BG_OK;
}

enum bg_status
figures_load_units(const char *path, struct unit_table **out, struct bg_error *err)
{
	FILE *f = fopen(path, "rb");
	char *text = NULL;
	size_t length = 0, capacity = 0;
	enum bg_status st;

	*out = NULL;
	if (!f)
		return bg_fail(err, BG_ERR_OPEN, "%s", strerror(errno));
	for (;;) {
		size_t got;
		if (capacity - length < 4096) {
			char *grown = realloc(text, capacity + 65536);
			if (!grown) {
				free(text);
				fclose(f);
				return bg_fail(err, BG_ERR_NOMEM, NULL);
			}
			text = grown;
			capacity += 65536;
		}
		got = fread(text + length, 1, capacity - length - 1, f);
		length += got;
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		free(text);
		fclose(f);
		return bg_fail(err, BG_ERR_READ, "%s", strerror(errno));
	}
	fclose(f);
	text[length] = '\0';
	if (memchr(text, '\0', length)) {
		free(text);
		return bg_fail(err, BG_ERR_RULES, "NUL byte in the unit table");
	}
	st = figures_parse_units(text, out, err);
	free(text);
	return st;
}

/* The longest word at S (N bytes) having one of the roles in MASK. */
static const struct unit_word *
lookup(const struct unit_table *t, const char *s, size_t n, uint32_t mask)
{
	uint32_t c;
	unsigned h;

	if (n == 0)
		return NULL;
	decode(s, n, &c);
	h = bucket_of(c);
	for (size_t k = t->bucket_start[h]; k < t->bucket_start[h + 1]; k++) {
		const struct unit_word *w = &t->words[t->order[k]];
		if (w->first == c && (w->roles & mask) && w->length <= n &&
		    memcmp(w->text, s, w->length) == 0)
			return w;
	}
	return NULL;
}

/* The longest word of ROLE that ends at AT (not before FLOOR). */
static const struct unit_word *
lookup_before(const struct unit_table *t, const char *text, size_t floor, size_t at, int role)
{
	const struct unit_word *best = NULL;

	for (size_t k = 0; k < t->by_role_count[role]; k++) {
		const struct unit_word *w = &t->words[t->by_role[role][k]];
		if (w->length <= at - floor && text[at - 1] == w->text[w->length - 1] &&
		    memcmp(text + at - w->length, w->text, w->length) == 0 &&
		    (!best || w->length > best->length))
			best = w;
	}
	return best;
}

static const char *
word_name(const struct unit_word *w)
{
	return w->name ? w->name : w->text;
}

/* ---- the scanner ---------------------------------------------------------- */

/* An integer for a date part: Arabic digits, or a Chinese numeral. */
struct integer {
	long long value;
	size_t end;
	int digits;          /* Arabic digits, or Chinese digits read one by one */
	bool chinese;
};

/* The outline's headings, to skip their labels: the next one ahead. */
struct labels {
	const struct outline *outline;
	size_t next;
};

struct scanner {
	const struct unit_table *units;
	const char *text;
	size_t length;
	size_t paragraph_start;   /* figures never reach back before it */
	size_t quote_open;        /* after the opening mark of the quotation we
	                             are in, or SIZE_MAX */
	int title_depth;          /* inside 《book titles》 */
	struct labels labels;
	/* The last integer read, and where: a number is tried as each kind
	 * of date in turn, each reading it again. */
	size_t integer_at;        /* SIZE_MAX: none */
	bool integer_found;
	struct integer integer;
	unsigned kinds;
	struct figure *items;
	size_t count, capacity;
	bool failed;
};

static bool
is_ascii_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_ascii_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The value of the Arabic digit (ASCII or full-width) at S, or -1; *LEN. */
static int
arabic_digit(const char *s, size_t n, size_t *len)
{
	const unsigned char *p = (const unsigned char *)s;

	if (n >= 1 && p[0] >= '0' && p[0] <= '9') {
		*len = 1;
		return p[0] - '0';
	}
	if (n >= 3 && p[0] == 0xef && p[1] == 0xbc && p[2] >= 0x90 && p[2] <= 0x99) {
		*len = 3;
		return p[2] - 0x90;
	}
	return -1;
}

static bool
is_han(uint32_t c)
{
	return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) ||
	       (c >= 0x20000 && c <= 0x3134f) || (c >= 0xf900 && c <= 0xfaff);
}

/* The value of the Chinese digit at P, or -1; *LEN. */
static int
chinese_digit(const struct scanner *s, size_t p, size_t *len)
{
	uint32_t c;
	size_t k;

	if (p >= s->length || (unsigned char)s->text[p] < 0x80)
		return -1;
	k = decode(s->text + p, s->length - p, &c);
	if (!bit_get(s->units->digit, c))
		return -1;
	return numeral_chinese_digit(s->text + p, k, len);
}

static void
emit(struct scanner *s, enum figure_kind kind, size_t start, size_t end, bool has_value,
     double value, const char *unit)
{
	struct figure *f;

	if (!(s->kinds & (1u << kind)) || s->failed)
		return;
	if (s->count == s->capacity) {
		size_t capacity = s->capacity ? s->capacity * 2 : 256;
		struct figure *grown = realloc(s->items, capacity * sizeof *grown);
		if (!grown) {
			s->failed = true;
			return;
		}
		s->items = grown;
		s->capacity = capacity;
	}
	f = &s->items[s->count++];
	memset(f, 0, sizeof *f);
	f->kind = kind;
	f->offset = start;
	f->length = end - start;
	f->has_value = has_value;
	f->value = has_value ? value : 0;
	f->unit = unit;
}

/* ---- numbers -------------------------------------------------------------- */

static bool
parse_integer(const struct scanner *s, size_t p, struct integer *out)
{
	size_t len, q = p;
	int d;

	out->value = 0;
	out->digits = 0;
	out->chinese = false;
	while ((d = arabic_digit(s->text + q, s->length - q, &len)) >= 0) {
		if (out->digits < 15)
			out->value = out->value * 10 + d;
		out->digits++;
		q += len;
	}
	if (out->digits > 0) {
		out->end = q;
		return true;
	}
	if (chinese_digit(s, p, &len) < 0) {
		const struct unit_word *m = lookup(s->units, s->text + p, s->length - p,
						   BIT(ROLE_MULTIPLIER));
		if (!m || m->value != 10)
			return false;
	}
	out->value = numeral_chinese(s->text + p, s->length - p, &len);
	if (out->value < 0)
		return false;
	out->chinese = true;
	out->end = p + len;
	/* Digit by digit (二〇二三) when every character is a digit. */
	for (q = p; q < out->end;) {
		size_t k;
		if (chinese_digit(s, q, &k) < 0) {
			out->digits = 0;
			break;
		}
		out->digits++;
		q += k;
	}
	return true;
}

static bool
read_integer(struct scanner *s, size_t p, struct integer *out)
{
	if (p != s->integer_at) {
		s->integer_found = parse_integer(s, p, &s->integer);
		s->integer_at = p;
	}
	*out = s->integer;
	return s->integer_found;
}

/* A number as Chinese documents write it, with its approximation mark:
 * 3860, 1,200, 12.5, １２３, 三万, 二十三, 1亿3千多万, 三点五, 1000多. */
struct number {
	double value;
	size_t end;
	bool chinese;          /* starts with a Chinese numeral */
	bool multiplied;       /* a multiplier was applied (万, 亿, 千 ...) */
	bool lone_one;         /* just 一 */
};

/* Reads Arabic digits with thousands separators and a decimal part at P.
 * Returns false when there are none; *END after them. */
static bool
read_arabic(const struct scanner *s, size_t p, double *value, size_t *end)
{
	const char *t = s->text;
	size_t n = s->length, q = p, len;
	double v = 0;
	int d, group = 0, digits = 0;

	while (q < n) {
		d = arabic_digit(t + q, n - q, &len);
		if (d >= 0) {
			v = v * 10 + d;
			q += len;
			digits++;
			group++;
			continue;
		}
		/* 1,200: a comma followed by exactly three digits. */
		if (t[q] == ',' && group >= 1 && group <= 3 && q + 3 < n + 1) {
			size_t r = q + 1, l2;
			int k = 0;
			while (k < 4 && r < n && arabic_digit(t + r, n - r, &l2) >= 0) {
				r += l2;
				k++;
			}
			if (k == 3) {
				q++;
				group = 0;
				continue;
			}
		}
		break;
	}
	/* More than 18 digits is an identifier (ID card numbers have 18), not
	 * an amount; and a double would lose it anyway. */
	if (digits == 0 || digits > 18)
		return false;
	/* The decimal part: 12.5, １２．５ */
	if (q < n) {
		size_t mark = 0;
		if (t[q] == '.')
			mark = 1;
		else if (n - q >= 3 && memcmp(t + q, "．", 3) == 0)
			mark = 3;
		if (mark && q + mark < n && arabic_digit(t + q + mark, n - q - mark, &len) >= 0) {
			/* 82.7 as 827 / 10: one rounding, not one per digit */
			double scale = 1;
			q += mark;
			while (q < n && (d = arabic_digit(t + q, n - q, &len)) >= 0) {
				if (scale < 1e15) {
					v = v * 10 + d;
					scale *= 10;
				}
				q += len;
			}
			v /= scale;
		}
	}
	*value = v;
	*end = q;
	return true;
}

/* The unit-like word (unit, currency, percent, not-unit, fraction) at P, if
 * it is longer than any multiplier or approximation there: 千瓦 is a unit,
 * 千 in 3千万 a multiplier. */
#define UNIT_ROLES (BIT(ROLE_UNIT) | BIT(ROLE_UNIT_ONE) | BIT(ROLE_NOT_UNIT) | \
		    BIT(ROLE_CURRENCY) | BIT(ROLE_PERCENT) | BIT(ROLE_FRACTION))

static const struct unit_word *
unit_at(const struct scanner *s, size_t p)
{
	const struct unit_word *w = lookup(s->units, s->text + p, s->length - p,
					   UNIT_ROLES | BIT(ROLE_MULTIPLIER) | BIT(ROLE_APPROX));
	return w && (w->roles & UNIT_ROLES) ? w : NULL;
}

/* Reads the number at P.  Multipliers combine as Chinese numbers do:
 * total (亿 and up), the 万 group, the section below 万, and the digit
 * waiting for its multiplier. */
static bool
read_number(const struct scanner *s, size_t p, struct number *out)
{
	const struct unit_table *u = s->units;
	double total = 0, wan = 0, section = 0, digit = 0;
	bool have_digit = false, approx = false, zero = false;
	double last_multiplier = 1e30, previous = 0;
	size_t q = p, len;
	int tokens = 0;

	memset(out, 0, sizeof *out);
	if (read_arabic(s, q, &digit, &q)) {
		have_digit = true;
		tokens++;
	} else {
		out->chinese = true;
	}
	while (q < s->length) {
		const struct unit_word *w;
		int d;

		if (unit_at(s, q))
			break;
		w = lookup(u, s->text + q, s->length - q, BIT(ROLE_MULTIPLIER) | BIT(ROLE_APPROX) |
			   BIT(ROLE_DECIMAL));
		if (w && (w->roles & BIT(ROLE_MULTIPLIER))) {
			double m = w->value;
			if (approx && m < 10000)
				break;       /* 3千多万 is fine, 3多千 is not */
			if (!have_digit && tokens > 0 && !zero && (m < 10000 || m <= previous))
				break;       /* 万万, 亿千; but 3千万, 82.7万亿 */
			if (!have_digit && tokens == 0) {
				if (m != 10)
					break;
				digit = 1;    /* 十二 */
			}
			if (m < 10000) {
				if (m >= last_multiplier)
					break;   /* 三百千 */
				section += digit * m;
				last_multiplier = m;
			} else if (m < 1e8) {
				wan = (wan + section + digit) * m;
				section = 0;
				last_multiplier = 1e30;   /* 2万5千 */
			} else {
				total = (total + wan + section + digit) * m;
				wan = section = 0;
				last_multiplier = 1e30;
			}
			digit = 0;
			have_digit = false;
			zero = false;
			previous = m;
			out->multiplied = true;
			tokens++;
			q += w->length;
			continue;
		}
		if (w && (w->roles & BIT(ROLE_APPROX))) {
			if (approx || tokens == 0)
				break;
			approx = true;
			q += w->length;
			continue;
		}
		if (w && (w->roles & BIT(ROLE_DECIMAL)) && out->chinese && have_digit &&
		    !out->multiplied && chinese_digit(s, q + w->length, &len) >= 0) {
			/* 三点五: digits after the point read one by one. */
			double scale = 0.1;
			size_t r = q + w->length;
			while ((d = chinese_digit(s, r, &len)) >= 0) {
				digit += d * scale;
				scale /= 10;
				r += len;
			}
			q = r;
			tokens++;
			continue;
		}
		if (approx)
			break;
		if (out->chinese && (d = chinese_digit(s, q, &len)) >= 0) {
			if (have_digit && !zero)
				return false;   /* 十三五, 二三: not one number */
			digit = d;
			have_digit = true;
			zero = d == 0;
			tokens++;
			q += len;
			continue;
		}
		if (!have_digit && out->multiplied) {
			/* 1亿3千多万: an Arabic part after a multiplier counts when a
			 * smaller multiplier follows it. */
			double v;
			size_t r;
			const struct unit_word *next;
			if (read_arabic(s, q, &v, &r) &&
			    (next = lookup(u, s->text + r, s->length - r, BIT(ROLE_MULTIPLIER))) &&
			    !unit_at(s, r) && next->value < (wan > 0 && section == 0 && total == 0 ?
							      10000 : 1e8)) {
				digit = v;
				have_digit = true;
				tokens++;
				q = r;
				continue;
			}
		}
		break;
	}
	if (tokens == 0)
		return false;
	out->value = total + wan + section + digit;
	out->end = q;
	if (out->chinese && tokens == 1 && !approx && have_digit && digit == 1 &&
	    q - p == strlen("一") && memcmp(s->text + p, "一", q - p) == 0)
		out->lone_one = true;
	return true;
}

/* ---- document numbers ----------------------------------------------------- */

/* Where the issuer's abbreviation before AT starts: up to 8 Chinese
 * characters, back to a stop word or anything that is not Chinese. */
static size_t
issuer_start(const struct scanner *s, size_t at)
{
	size_t p = at;
	int count = 0;

	while (p > s->paragraph_start && count < 8) {
		size_t q = previous_start(s->text, s->paragraph_start, p);
		const struct unit_word *w = lookup_before(s->units, s->text, s->paragraph_start, p,
							  ROLE_DOCNO_ISSUER);
		uint32_t c;
		if (w) {
			p -= w->length;
			count += 2;
			continue;
		}
		decode(s->text + q, p - q, &c);
		if (!is_han(c))
			break;
		if (lookup_before(s->units, s->text, s->paragraph_start, p, ROLE_DOCNO_STOP))
			break;
		p = q;
		count++;
	}
	return p;
}

/* Drops figures already found from START on (an issuer prefix holding a
 * numeral: they are part of the document number). */
static void
drop_from(struct scanner *s, size_t start)
{
	while (s->count > 0 && s->items[s->count - 1].offset >= start)
		s->count--;
}

/* 东人社〔2023〕36号 with the year at P just after an opening bracket.
 * Returns the end, or 0. */
static size_t
try_docno(struct scanner *s, size_t p)
{
	const struct unit_word *open, *w;
	struct integer year, serial;
	size_t q, start;

	open = lookup_before(s->units, s->text, s->paragraph_start, p, ROLE_DOCNO);
	if (!open || !read_integer(s, p, &year) || year.chinese || year.digits != 4 ||
	    year.value < s->units->year_first || year.value > s->units->year_last)
		return 0;
	q = year.end;
	if (s->length - q < strlen(open->pair) || memcmp(s->text + q, open->pair, strlen(open->pair)))
		return 0;
	q += strlen(open->pair);
	if ((w = lookup(s->units, s->text + q, s->length - q, BIT(ROLE_ORDINAL))))
		q += w->length;       /* 〔2023〕第36号 */
	if (!read_integer(s, q, &serial) || serial.chinese || serial.digits > 6)
		return 0;
	q = serial.end;
	if (!(w = lookup(s->units, s->text + q, s->length - q, BIT(ROLE_DOCNO_NUMBER))))
		return 0;
	q += w->length;
	start = issuer_start(s, p - open->length);
	drop_from(s, start);
	emit(s, FIGURE_DOCNO, start, q, false, 0, NULL);
	return q;
}

/* ---- dates ---------------------------------------------------------------- */

static bool
is_year(const struct scanner *s, const struct integer *n)
{
	return n->digits == 4 && n->value >= s->units->year_first && n->value <= s->units->year_last;
}

/* M月[D日] at P; a Chinese month needs its day.  Sets *END and *HAS_DAY. */
static bool
month_day(struct scanner *s, size_t p, size_t *end, bool *has_day)
{
	struct integer m, d;
	const struct unit_word *w;
	size_t q;

	if (!read_integer(s, p, &m) || m.value < 1 || m.value > 12 ||
	    !(w = lookup(s->units, s->text + m.end, s->length - m.end, BIT(ROLE_MONTH))))
		return false;
	q = m.end + w->length;
	*has_day = false;
	if (read_integer(s, q, &d) && d.value >= 1 && d.value <= 31 && d.chinese == m.chinese &&
	    (w = lookup(s->units, s->text + d.end, s->length - d.end, BIT(ROLE_DAY)))) {
		q = d.end + w->length;
		*has_day = true;
	} else if (m.chinese) {
		return false;
	}
	*end = q;
	return true;
}

/* A range of months at P: 1—9月, 1至5月份.  Sets *END. */
static bool
month_range(struct scanner *s, size_t p, size_t *end)
{
	struct integer a, b;
	const struct unit_word *c, *w;

	if (!read_integer(s, p, &a) || a.chinese || a.value < 1 || a.value > 12 || a.digits > 2 ||
	    !(c = lookup(s->units, s->text + a.end, s->length - a.end, BIT(ROLE_RANGE))) ||
	    !read_integer(s, a.end + c->length, &b) || b.chinese || b.value <= a.value ||
	    b.value > 12 || b.digits > 2 ||
	    !(w = lookup(s->units, s->text + b.end, s->length - b.end, BIT(ROLE_MONTH))))
		return false;
	*end = b.end + w->length;
	return true;
}

/* Y年[M月[D日]] or Y年M—M月 at P.  *PARTS: 1 year only, 2 month, 3 day. */
static bool
year_date(struct scanner *s, size_t p, size_t *end, int *parts)
{
	struct integer y;
	const struct unit_word *w;
	bool has_day;
	size_t q;

	if (!read_integer(s, p, &y) || !is_year(s, &y) ||
	    !(w = lookup(s->units, s->text + y.end, s->length - y.end, BIT(ROLE_YEAR))))
		return false;
	q = y.end + w->length;
	*parts = 1;
	if (month_day(s, q, &q, &has_day))
		*parts = has_day ? 3 : 2;
	else if (month_range(s, q, &q))
		*parts = 2;
	*end = q;
	return true;
}

/* After a date ending at END, a range to another: 3月5日至10日,
 * 2023年1月至6月, 2021年—2023年.  Returns the new end. */
static size_t
date_range(struct scanner *s, size_t end, bool had_day)
{
	const struct unit_word *c = lookup(s->units, s->text + end, s->length - end, BIT(ROLE_RANGE));
	struct integer d;
	size_t q, e;
	int parts;
	bool has_day;

	if (!c)
		return end;
	q = end + c->length;
	if (year_date(s, q, &e, &parts) || month_day(s, q, &e, &has_day))
		return e;
	if (had_day && read_integer(s, q, &d) && d.value >= 1 && d.value <= 31 &&
	    lookup(s->units, s->text + d.end, s->length - d.end, BIT(ROLE_DAY)))
		return d.end + lookup(s->units, s->text + d.end, s->length - d.end,
				      BIT(ROLE_DAY))->length;
	return end;
}

enum date_result { DATE_NONE, DATE_FOUND, DATE_BARE_YEAR };

/* A date at P: 2023年11月23日, 二〇二三年十一月二十三日, 11月23日, 3月,
 * 2021—2023年, 1—9月, 2023-11-23.  A year alone is DATE_BARE_YEAR. */
static enum date_result
try_date(struct scanner *s, size_t p, size_t *end)
{
	struct integer a, b;
	const struct unit_word *w, *c;
	size_t q, e;
	int parts;
	bool has_day;

	if (!read_integer(s, p, &a))
		return DATE_NONE;
	if (year_date(s, p, &e, &parts)) {
		if (parts > 1) {
			*end = date_range(s, e, parts == 3);
			emit(s, FIGURE_DATE, p, *end, false, 0, NULL);
			return DATE_FOUND;
		}
		/* 2021年至2023年 */
		if ((c = lookup(s->units, s->text + e, s->length - e, BIT(ROLE_RANGE))) &&
		    year_date(s, e + c->length, &q, &parts)) {
			*end = q;
			emit(s, FIGURE_DATE, p, q, false, 0, NULL);
			return DATE_FOUND;
		}
		*end = e;
		return DATE_BARE_YEAR;
	}
	q = a.end;
	c = lookup(s->units, s->text + q, s->length - q, BIT(ROLE_RANGE));
	if (c && is_year(s, &a) && !a.chinese && year_date(s, q + c->length, &e, &parts) &&
	    read_integer(s, q + c->length, &b) && !b.chinese) {
		/* 2021—2023年, and what may follow the second year */
		*end = e;
		emit(s, FIGURE_DATE, p, e, false, 0, NULL);
		return DATE_FOUND;
	}
	if (month_range(s, p, end)) {
		emit(s, FIGURE_DATE, p, *end, false, 0, NULL);
		return DATE_FOUND;
	}
	if (is_year(s, &a) && !a.chinese &&
	    (w = lookup(s->units, s->text + q, s->length - q, BIT(ROLE_DATE_SEP)))) {
		/* 2023-11-23, 2023.11.23, 2023/11/23 */
		struct integer m, d;
		size_t r = q + w->length, len;
		if (read_integer(s, r, &m) && !m.chinese && m.digits <= 2 && m.value >= 1 &&
		    m.value <= 12 && s->length - m.end > w->length &&
		    memcmp(s->text + m.end, w->text, w->length) == 0 &&
		    read_integer(s, m.end + w->length, &d) && !d.chinese && d.digits <= 2 &&
		    d.value >= 1 && d.value <= 31 &&
		    arabic_digit(s->text + d.end, s->length - d.end, &len) < 0 &&
		    !lookup(s->units, s->text + d.end, s->length - d.end, BIT(ROLE_DATE_SEP))) {
			*end = d.end;
			emit(s, FIGURE_DATE, p, d.end, false, 0, NULL);
			return DATE_FOUND;
		}
	}
	if (month_day(s, p, &e, &has_day)) {
		*end = date_range(s, e, has_day);
		emit(s, FIGURE_DATE, p, *end, false, 0, NULL);
		return DATE_FOUND;
	}
	return DATE_NONE;
}

/* The name of a day written M.D: “4.15”国家安全日, 3·15, 5.12汶川地震纪念日:
 * a month and a day joined by a date mark, after an opening quote or
 * followed by a name that ends in 日 or 节. */
static size_t
try_day_name(struct scanner *s, size_t p)
{
	struct integer m, d;
	const struct unit_word *w;
	size_t q, len;
	bool quoted;

	if (!read_integer(s, p, &m) || m.chinese || m.digits > 2 || m.value < 1 || m.value > 12)
		return 0;
	if (!(w = lookup(s->units, s->text + m.end, s->length - m.end, BIT(ROLE_DATE_MARK))))
		return 0;
	q = m.end + w->length;
	if (!read_integer(s, q, &d) || d.chinese || d.digits > 2 || d.value < 1 || d.value > 31)
		return 0;
	q = d.end;
	/* Not 1.2.3, not 4.15万 or 4.15% */
	if ((w = lookup(s->units, s->text + q, s->length - q, BIT(ROLE_DATE_MARK))) &&
	    arabic_digit(s->text + q + w->length, s->length - q - w->length, &len) >= 0)
		return 0;
	if (unit_at(s, q) || lookup(s->units, s->text + q, s->length - q,
				    BIT(ROLE_MULTIPLIER) | BIT(ROLE_APPROX)))
		return 0;
	quoted = p > s->paragraph_start &&
		 lookup_before(s->units, s->text, s->paragraph_start, p, ROLE_QUOTE);
	if (!quoted) {
		/* A run of up to 12 Chinese characters ending in a day's name. */
		size_t r = q;
		int count = 0;
		for (;;) {
			uint32_t c = 0;
			size_t k = r < s->length ? decode(s->text + r, s->length - r, &c) : 0;
			if (k == 0 || !is_han(c))
				break;
			if (++count > 12)
				return 0;
			r += k;
		}
		if (count == 0 || !lookup_before(s->units, s->text, q, r, ROLE_DATE_NAME))
			return 0;
	}
	emit(s, FIGURE_DATE, p, q, false, 0, NULL);
	return q;
}

/* ---- quantities, money, percents ------------------------------------------ */

static const char percent_unit[] = "%";

/* An amount at P: a number with its unit.  Emits it and returns its end,
 * or 0 when there is no figure. */
static size_t
try_amount(struct scanner *s, size_t p, bool negative, size_t sign_start,
	   const struct unit_word *sign)
{
	struct number n;
	const struct unit_word *w;
	size_t q, start = negative ? sign_start : p, len;
	enum figure_kind kind;
	const char *unit = NULL;
	double value;

	if (!read_number(s, p, &n))
		return 0;
	q = n.end;
	value = n.value;
	/* 1.2.3, 3.5.2: versions and addresses */
	if (!n.chinese && q < s->length && s->text[q] == '.' &&
	    arabic_digit(s->text + q + 1, s->length - q - 1, &len) >= 0)
		return 0;
	w = unit_at(s, q);
	if (!w && !n.multiplied) {
		/* A range: 3—5年, 20—30万元; the value is the upper end. */
		const struct unit_word *c = lookup(s->units, s->text + q, s->length - q,
						   BIT(ROLE_RANGE));
		struct number m;
		const struct unit_word *mw;
		if (c && read_number(s, q + c->length, &m) && m.chinese == n.chinese &&
		    (mw = unit_at(s, m.end)) && !(mw->roles & (BIT(ROLE_NOT_UNIT) |
							       BIT(ROLE_FRACTION)))) {
			q = m.end;
			n.value = value = m.value;
			n.multiplied = m.multiplied;
			w = mw;
		}
	}
	if (w && (w->roles & BIT(ROLE_NOT_UNIT)))
		return 0;
	if (w && (w->roles & BIT(ROLE_FRACTION))) {
		/* 三分之二 -> 66.67 % */
		struct number numerator;
		if (n.value == 0 || !read_number(s, q + w->length, &numerator) ||
		    numerator.chinese != n.chinese)
			return 0;
		emit(s, FIGURE_PERCENT, start, numerator.end, true,
		     (negative ? -1 : 1) * numerator.value / n.value * 100, percent_unit);
		return numerator.end;
	}
	if (sign) {
		if (w && !(w->roles & BIT(ROLE_CURRENCY)))
			return 0;
		if (w)
			q += w->length;
		emit(s, FIGURE_MONEY, sign_start, q, true, value, word_name(sign));
		return q;
	}
	if (w) {
		if (n.lone_one && !(w->roles & BIT(ROLE_UNIT_ONE)))
			return 0;
		/* "附件：1.2024年安全生产重点任务清单": a list label before a
		 * year, not 1.2024 years (no one writes years to four decimals). */
		if (!n.chinese && w->length == 3 && memcmp(w->text, "年", 3) == 0) {
			const char *dot = memchr(s->text + p, '.', n.end - p);
			if (dot && s->text + n.end - dot - 1 == 4)
				return 0;
		}
		q += w->length;
		/* A Latin unit must end its word: 5km, not 5kmh. */
		if (is_ascii_letter(w->text[w->length - 1]) && q < s->length &&
		    (is_ascii_letter(s->text[q]) || is_ascii_digit(s->text[q])))
			return 0;
		if (w->roles & BIT(ROLE_PERCENT))
			kind = FIGURE_PERCENT;
		else if (w->roles & BIT(ROLE_CURRENCY))
			kind = FIGURE_MONEY;
		else
			kind = FIGURE_QUANTITY;
		unit = word_name(w);
	} else if (n.multiplied && !n.chinese) {
		/* 6000万, 8000多万: a quantity without a unit */
		kind = FIGURE_QUANTITY;
		if (q < s->length && is_ascii_letter(s->text[q]))
			return 0;
	} else {
		return 0;
	}
	emit(s, kind, start, q, true, negative ? -value : value, unit);
	return q;
}

/* 第3期, 第十三届 (kind ordinal), and orders: 国务院令第709号 (docno). */
static size_t
try_ordinal(struct scanner *s, size_t p, const struct unit_word *mark)
{
	struct integer n;
	const struct unit_word *w, *order;
	size_t q = p + mark->length;

	if (!read_integer(s, q, &n) || n.value < 0)
		return 0;
	q = n.end;
	order = lookup_before(s->units, s->text, s->paragraph_start, p, ROLE_DOCNO_ORDER);
	w = lookup(s->units, s->text + q, s->length - q, BIT(ROLE_DOCNO_NUMBER));
	if (order && w && !n.chinese) {
		size_t start = issuer_start(s, p - order->length);
		drop_from(s, start);
		emit(s, FIGURE_DOCNO, start, q + w->length, false, 0, NULL);
		return q + w->length;
	}
	w = lookup(s->units, s->text + q, s->length - q,
		   BIT(ROLE_UNIT) | BIT(ROLE_UNIT_ONE) | BIT(ROLE_ORDINAL_UNIT) | BIT(ROLE_NOT_UNIT) |
		   BIT(ROLE_CURRENCY) | BIT(ROLE_DOCNO_NUMBER));
	if (w && (w->roles & BIT(ROLE_NOT_UNIT)))
		w = NULL;
	if (w)
		q += w->length;
	emit(s, FIGURE_ORDINAL, p, q, true, (double)n.value, w ? w->text : NULL);
	return q;
}

/* Past the run of number characters at P (digits, separators, Chinese
 * numerals and multipliers, and for Arabic digits the letters of a name
 * such as 5G): where scanning goes on after a number that is no figure. */
static size_t
skip_number(const struct scanner *s, size_t p)
{
	size_t q = p, len;

	while (q < s->length) {
		const struct unit_word *w;
		if (arabic_digit(s->text + q, s->length - q, &len) >= 0 || chinese_digit(s, q, &len) >= 0) {
			q += len;
			continue;
		}
		if (s->text[q] == '.' || s->text[q] == ',' || is_ascii_letter(s->text[q]) ||
		    s->text[q] == '_') {
			if (q == p)
				break;
			q++;
			continue;
		}
		w = lookup(s->units, s->text + q, s->length - q, BIT(ROLE_MULTIPLIER));
		if (w) {
			q += w->length;
			continue;
		}
		break;
	}
	if (q == p) {
		uint32_t c;
		q += decode(s->text + p, s->length - p, &c);
	}
	return q;
}

/* Longest quotation (in characters) whose Chinese numerals name a slogan. */
enum { SLOGAN_CHARS = 12 };

/* True when the Chinese numeral at P stands right after an opening quote,
 * or inside a short quotation: “三项”制度, “两个一百年”, “十四五”. */
static bool
in_slogan(const struct scanner *s, size_t p)
{
	size_t q, chars;

	if (p > s->paragraph_start && lookup_before(s->units, s->text, s->paragraph_start, p, ROLE_QUOTE))
		return true;
	if (s->quote_open == SIZE_MAX || p - s->quote_open > 4 * SLOGAN_CHARS)
		return false;
	chars = u8_mbsnlen((const uint8_t *)s->text + s->quote_open, p - s->quote_open);
	for (q = p; q < s->length && s->text[q] != '\n' && chars <= SLOGAN_CHARS; chars++) {
		uint32_t c;
		const struct unit_word *w = lookup(s->units, s->text + q, s->length - q,
						   BIT(ROLE_QUOTE_END));
		if (w)
			return true;
		q += decode(s->text + q, s->length - q, &c);
	}
	return false;
}

/* A number starts at P: find what figure it is. */
static size_t
at_number(struct scanner *s, size_t p, bool arabic)
{
	const char *t = s->text;
	size_t q, e, sign_start = p;
	const struct unit_word *sign = NULL;
	bool negative = false;

	if (arabic) {
		sign = p > s->paragraph_start ?
		       lookup_before(s->units, t, s->paragraph_start, p, ROLE_SIGN) : NULL;
		if (sign) {
			sign_start = p - sign->length;
		} else if (p > s->paragraph_start) {
			/* Part of a name: PM2.5, M2, COVID-19, www.12345.cn */
			char before = t[p - 1];
			if (is_ascii_letter(before) || before == '_' ||
			    ((before == '-' || before == '.' || before == '/') && p - 1 > s->paragraph_start &&
			     (is_ascii_letter(t[p - 2]) || is_ascii_digit(t[p - 2]))))
				return skip_number(s, p);
			if (before == '-' && (p - 1 == s->paragraph_start || !is_ascii_digit(t[p - 2]))) {
				negative = true;
				sign_start = p - 1;
			} else if (p - s->paragraph_start >= 3 && memcmp(t + p - 3, "−", 3) == 0) {
				negative = true;
				sign_start = p - 3;
			}
		}
		if (!sign && (e = try_docno(s, p)))
			return e;
	} else if (in_slogan(s, p)) {
		return skip_number(s, p);     /* “三项”制度, “两个一百年” */
	}
	if (!sign) {
		switch (try_date(s, p, &e)) {
		case DATE_FOUND:
		case DATE_BARE_YEAR:
			return e;
		case DATE_NONE:
			break;
		}
		if (arabic && (e = try_day_name(s, p)))
			return e;
	}
	if ((q = try_amount(s, p, negative, sign_start, sign)))
		return q;
	return skip_number(s, p);
}

static size_t
label_length(const struct scanner *s, const struct outline_node *node)
{
	size_t n = node->label ? strlen(node->label) : 0;
	if (n == 0 || node->offset + n > s->length || memcmp(s->text + node->offset, node->label, n))
		return 0;
	return n;
}

/* When P is inside a heading label, the offset after it; else P. */
static size_t
past_label(const struct scanner *s, struct labels *l, size_t p)
{
	if (!l->outline)
		return p;
	while (l->next < l->outline->count) {
		const struct outline_node *node = l->outline->nodes[l->next];
		size_t n = label_length(s, node);
		if (node->offset + n <= p) {
			l->next++;
			continue;
		}
		if (node->offset <= p)
			return node->offset + n;
		break;
	}
	return p;
}

/* Source places and sections of ITEMS, in one walk along them: counting
 * characters on from the previous figure, not from the start of its span,
 * and headings on from the previous figure's (outline_section_at, without
 * a search from the start for each figure). */
static void
place_figures(const struct doc *doc, const struct outline *outline, struct figure *items,
	      size_t count)
{
	struct doc_cursor cursor = { 0 };
	size_t heading = outline && count > 0 ? outline_count_before(outline, items[0].offset) : 0;

	for (size_t i = 0; i < count; i++) {
		struct figure *f = &items[i];
		const struct outline_node *node;
		doc_locate_next(doc, &cursor, f->offset, &f->line, &f->column);
		if (!outline) {
			f->section = NULL;
			continue;
		}
		/* HEADING: the headings whose label stands at or before it */
		while (heading < outline->count && outline->nodes[heading]->offset <= f->offset)
			heading++;
		node = heading > 0 ? outline->nodes[heading - 1] : &outline->root;
		while (node->parent && f->offset >= node->end)
			node = node->parent;
		f->section = node;
	}
}

/* Past the three-byte characters from I (before TO) that start nothing:
 * most of a report is Chinese text, read here two characters at a time
 * with nothing else to do (the text ends in a NUL, so a character cut
 * short stops at it). */
static size_t
skip_plain(const uint8_t *start, const unsigned char *t, size_t i, size_t to)
{
	while (i + 6 <= to) {
		unsigned c = t[i], c1 = t[i + 1], c2 = t[i + 2];
		unsigned d = t[i + 3], d1 = t[i + 4], d2 = t[i + 5], uc, ud;
		if (((c ^ 0xe0) | (d ^ 0xe0)) >= 0x10 ||
		    ((c1 ^ 0x80) | (c2 ^ 0x80) | (d1 ^ 0x80) | (d2 ^ 0x80)) >= 0x40)
			break;
		uc = (c & 0x0f) << 12 | (c1 & 0x3f) << 6 | (c2 & 0x3f);
		ud = (d & 0x0f) << 12 | (d1 & 0x3f) << 6 | (d2 & 0x3f);
		if ((start[uc >> 3] >> (uc & 7) | start[ud >> 3] >> (ud & 7)) & 1)
			break;
		i += 6;
	}
	while (i < to) {
		unsigned c = t[i], c1, c2, uc;
		if (c - 0xe0 >= 0x10)
			break;
		c1 = t[i + 1];
		c2 = t[i + 2];
		if (((c1 ^ 0x80) | (c2 ^ 0x80)) >= 0x40)
			break;       /* not two continuation bytes */
		uc = (c & 0x0f) << 12 | (c1 & 0x3f) << 6 | (c2 & 0x3f);
		if (start[uc >> 3] >> (uc & 7) & 1)
			break;
		i += 3;
	}
	return i;
}

/* Scans the text from I, the start of a paragraph, to TO; returns where it
 * stopped: TO, unless a figure reached past it. */
static size_t
scan(struct scanner *s, size_t i, size_t to)
{
	const struct unit_table *units = s->units;
	const char *t = s->text;
	size_t n = s->length;

	while (i < to) {
		unsigned char c = (unsigned char)t[i];
		const struct unit_word *w;
		uint32_t uc;
		size_t k, p;

		if (c >= 0xe0 && c < 0xf0) {
			i = skip_plain(units->start, (const unsigned char *)t, i, to);
			if (i >= to)
				break;
			c = (unsigned char)t[i];
		}
		if (c >= '0' && c <= '9') {
			if (s->title_depth > 0) {
				i = skip_number(s, i);
				continue;
			}
			p = past_label(s, &s->labels, i);
			i = p != i ? p : at_number(s, i, true);
			continue;
		}
		if (c == '\n') {
			s->title_depth = 0;
			s->quote_open = SIZE_MAX;
			s->paragraph_start = ++i;
			continue;
		}
		k = decode(t + i, n - i, &uc);
		if (!bit_get(units->start, uc)) {
			i += k;
			continue;
		}
		w = lookup(units, t + i, n - i, BIT(ROLE_TITLE) | BIT(ROLE_TITLE_END) | BIT(ROLE_QUOTE) |
			   BIT(ROLE_QUOTE_END) | BIT(ROLE_ORDINAL) | BIT(ROLE_PERCENT_OF) | BIT(ROLE_SHARE));
		if (w && (w->roles & (BIT(ROLE_QUOTE) | BIT(ROLE_QUOTE_END)))) {
			/* “ opens, ” closes; " does either */
			if (s->quote_open != SIZE_MAX && (w->roles & BIT(ROLE_QUOTE_END)))
				s->quote_open = SIZE_MAX;
			else if (w->roles & BIT(ROLE_QUOTE))
				s->quote_open = i + w->length;
			i += w->length;
			continue;
		}
		if (w && (w->roles & BIT(ROLE_TITLE))) {
			s->title_depth++;
			i += w->length;
			continue;
		}
		if (w && (w->roles & BIT(ROLE_TITLE_END))) {
			if (s->title_depth > 0)
				s->title_depth--;
			i += w->length;
			continue;
		}
		if (s->title_depth > 0) {
			i += k;
			continue;
		}
		p = past_label(s, &s->labels, i);
		if (p != i) {
			i = p;
			continue;
		}
		if (w && (w->roles & BIT(ROLE_ORDINAL))) {
			i = (p = try_ordinal(s, i, w)) ? p : i + w->length;
			continue;
		}
		if (w && (w->roles & BIT(ROLE_SHARE)) && !in_slogan(s, i)) {
			/* 减少一半 -> 50 % */
			emit(s, FIGURE_PERCENT, i, i + w->length, true, w->value, percent_unit);
			i += w->length;
			continue;
		}
		if (w && (w->roles & BIT(ROLE_PERCENT_OF))) {
			/* 百分之十, 千分之三点五 */
			struct number num;
			if (read_number(s, i + w->length, &num)) {
				emit(s, FIGURE_PERCENT, i, num.end, true, num.value, word_name(w));
				i = num.end;
				continue;
			}
		}
		if (arabic_digit(t + i, n - i, &p) >= 0)
			i = at_number(s, i, true);
		else if (bit_get(units->digit, uc) ||
			 ((w = lookup(units, t + i, n - i, BIT(ROLE_MULTIPLIER))) && w->value == 10))
			i = at_number(s, i, false);
		else
			i += k;
	}
	return i;
}

/* Figures reserved at the start per byte of text: a dense report has one
 * every hundred bytes or so; pages never written cost nothing. */
enum { BYTES_PER_FIGURE = 128 };

/* Starts a scanner over DOC from FROM, a paragraph's start, with room for
 * the figures of LENGTH bytes. */
static void
scanner_init(struct scanner *s, const struct doc *doc, const struct outline *outline,
	     const struct unit_table *units, unsigned kinds, size_t from, size_t length)
{
	memset(s, 0, sizeof *s);
	s->units = units;
	s->text = doc->text;
	s->length = doc->text_length;
	s->kinds = kinds;
	s->quote_open = SIZE_MAX;
	s->integer_at = SIZE_MAX;
	s->paragraph_start = from;
	s->labels.outline = outline;
	/* Headings before FROM end before it (a label never holds a '\n'): a
	 * scan from the start would have passed them all by FROM. */
	s->labels.next = outline && from > 0 ? outline_count_before(outline, from) : 0;
	s->capacity = length / BYTES_PER_FIGURE + 256;
	s->items = malloc(s->capacity * sizeof *s->items);
	if (!s->items)
		s->failed = true;
}

/* The second half of a large text, scanned by its own thread. */
struct part {
	struct scanner s;
	const struct doc *doc;
	const struct outline *outline;
	size_t from;
};

static void *
scan_part(void *arg)
{
	struct part *part = arg;

	scan(&part->s, part->from, part->s.length);
	if (!part->s.failed)
		place_figures(part->doc, part->outline, part->s.items, part->s.count);
	return NULL;
}

size_t figures_thread_min = 1 << 20;

/* Where a second thread may take over: the start of the paragraph after
 * the middle of the text; 0 when the text is too short or has none. */
static size_t
split_point(const struct doc *doc)
{
	const char *nl;
	size_t half = doc->text_length / 2;

	if (doc->text_length < figures_thread_min || doc->text_length < 2)
		return 0;
	nl = memchr(doc->text + half, '\n', doc->text_length - half);
	return nl && (size_t)(nl - doc->text) + 1 < doc->text_length ?
	       (size_t)(nl - doc->text) + 1 : 0;
}

enum bg_status
figures_extract(const struct doc *doc, const struct outline *outline,
		const struct unit_table *units, unsigned kinds, struct figure_list *out)
{
	struct scanner s;
	struct part part;
	pthread_t thread;
	bool threaded = false;
	size_t split = split_point(doc), end;

	out->items = NULL;
	out->count = 0;
	/* Every paragraph starts afresh (quotes, titles, the paragraph's
	 * start), so a large text is scanned in two halves at once, split
	 * between paragraphs; the figures of the second follow the first's. */
	if (split > 0) {
		scanner_init(&part.s, doc, outline, units, kinds, split, doc->text_length - split);
		part.doc = doc;
		part.outline = outline;
		part.from = split;
		threaded = !part.s.failed && pthread_create(&thread, NULL, scan_part, &part) == 0;
		if (!threaded)
			free(part.s.items);
	}
	/* Room for both halves' figures: the second's are copied in after. */
	scanner_init(&s, doc, outline, units, kinds, 0, doc->text_length);
	end = scan(&s, 0, threaded ? split : doc->text_length);
	if (!s.failed)
		place_figures(doc, outline, s.items, s.count);
	if (threaded) {
		pthread_join(thread, NULL);
		if (end != split || s.paragraph_start != split || part.s.failed) {
			/* A figure ran on past the split: go on from there alone. */
			free(part.s.items);
			scan(&s, end, doc->text_length);
			if (!s.failed)
				place_figures(doc, outline, s.items, s.count);
			threaded = false;
		}
	}
	if (s.failed) {
		if (threaded)
			free(part.s.items);
		free(s.items);
		return BG_ERR_NOMEM;
	}
	if (threaded) {
		if (s.capacity - s.count < part.s.count) {
			struct figure *grown = realloc(s.items, (s.count + part.s.count) * sizeof *grown);
			if (!grown) {
				free(part.s.items);
				free(s.items);
				return BG_ERR_NOMEM;
			}
			s.items = grown;
		}
		memcpy(s.items + s.count, part.s.items, part.s.count * sizeof *s.items);
		s.count += part.s.count;
		free(part.s.items);
	}
	out->items = s.items;
	out->count = s.count;
	return BG_OK;
}

void
figures_free(struct figure_list *list)
{
	free(list->items);
	list->items = NULL;
	list->count = 0;
}

static const char *const kind_names[] = {
#define FIGURE_KIND_NAME(name, word) word,
	FIGURE_KIND_LIST(FIGURE_KIND_NAME)
#undef FIGURE_KIND_NAME
};

const char *
figure_kind_name(enum figure_kind kind)
{
	return (unsigned)kind < FIGURE_KIND_COUNT ? kind_names[kind] : "?";
}

int
figure_kind_from_name(const char *name, size_t length)
{
	for (int k = 0; k < FIGURE_KIND_COUNT; k++)
		if (strlen(kind_names[k]) == length && memcmp(kind_names[k], name, length) == 0)
			return k;
	return -1;
}
