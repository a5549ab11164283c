/* SPDX-License-Identifier: GPL-3.0-or-later */
/* clean.c - reading and applying noise rules.
 *
 * A rules file holds one rule a line; '#' starts a comment line:
 *
 *     marker  ##paidbegin##             a token cut out wherever it stands
 *     tail    【[^】]{0,20}素材库】       a paragraph after the sign-off
 *     head    ^(来源|时间)[：:]           a paragraph before the report starts
 *     edge    ^(下载|打印|收藏)+$          either
 *     line    ^-[[:space:]]*[0-9]+[[:space:]]*-$   a short line anywhere (page numbers)
 *
 * The pattern of a paragraph rule is a POSIX extended regular expression
 * searched in the paragraph's text, through pattern.h and its limits: a
 * rule that would cost too much to compile or to match is an error that
 * names it, never a hang. */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "array.h"
#include "clean.h"
#include "pattern.h"
#include "utf8.h"

struct paragraph_rule {
	enum noise_zone zone;
	struct pattern *pattern;
	const char *file;       /* the rules file it came from (rules->files), or NULL */
	unsigned line;
	/* For a pattern that starts with ^ and a literal character or a
	 * bracket of literal characters: those characters, each followed by a
	 * NUL, so that most lines are ruled out without regexec.  NULL when
	 * any first character may match. */
	char *firsts;
	size_t firsts_length;
	/* The first bytes of those characters, one bit each: most lines are
	 * ruled out by their first byte alone. */
	unsigned char first_bytes[256 / 8];
};

struct noise_rules {
	char **markers;
	size_t *marker_lengths;
	size_t marker_count;
	struct paragraph_rule *paragraph_rules;
	size_t paragraph_rule_count;
	char **files;           /* the names of the files read */
	size_t file_count, file_capacity;
};

void
noise_rules_free(struct noise_rules *rules)
{
	if (!rules)
		return;
	for (size_t i = 0; i < rules->marker_count; i++)
		free(rules->markers[i]);
	free(rules->markers);
	free(rules->marker_lengths);
	for (size_t i = 0; i < rules->paragraph_rule_count; i++) {
		pattern_free(rules->paragraph_rules[i].pattern);
		free(rules->paragraph_rules[i].firsts);
	}
	free(rules->paragraph_rules);
	for (size_t i = 0; i < rules->file_count; i++)
		free(rules->files[i]);
	free(rules->files);
	free(rules);
}

static enum bg_status
add_marker(struct noise_rules *rules, const char *token, size_t length)
{
	char **markers = realloc(rules->markers, (rules->marker_count + 1) * sizeof *markers);
	size_t *lengths;

	if (!markers)
		return BG_ERR_NOMEM;
	rules->markers = markers;
	lengths = realloc(rules->marker_lengths, (rules->marker_count + 1) * sizeof *lengths);
	if (!lengths)
		return BG_ERR_NOMEM;
	rules->marker_lengths = lengths;
	markers[rules->marker_count] = strndup(token, length);
	if (!markers[rules->marker_count])
		return BG_ERR_NOMEM;
	lengths[rules->marker_count++] = length;
	return BG_OK;
}

/* Length of the UTF-8 character at S (at least 1). */
static size_t
char_length(const char *s)
{
	unsigned char c = (unsigned char)s[0];
	size_t k = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;

	for (size_t i = 1; i < k; i++)
		if (s[i] == '\0')
			return i;
	return k;
}

/* The characters a match of PATTERN must start with (see struct
 * paragraph_rule), or NULL: "^[-—]…" gives "-" and "—", "^第…" gives 第. */
static char *
first_characters(const char *pattern, size_t *length)
{
	static const char special[] = ".[]()*+?{}|\\^$";
	const char *p = pattern + 1, *end;
	char *set;
	size_t n = 0;

	*length = 0;
	if (pattern[0] != '^')
		return NULL;
	if (*p == '[') {
		p++;
		end = strchr(p + 1, ']');
		if (!end || *p == '^' || *p == ']')
			return NULL;
		for (const char *q = p; q < end; q++)
			if (*q == '[' || *q == '\\' || (*q == '-' && q != p && q + 1 != end))
				return NULL;   /* classes, escapes, ranges: any */
	} else {
		if (*p == '\0' || strchr(special, *p))
			return NULL;
		end = p + char_length(p);
	}
	/* An optional first item (?, *, {0) says nothing about the start. */
	{
		const char *after = *end == ']' ? end + 1 : end;
		if (*after == '?' || *after == '*' || (*after == '{' && after[1] == '0'))
			return NULL;
	}
	set = malloc(2 * (size_t)(end - p) + 1);
	if (!set)
		return NULL;
	while (p < end) {
		size_t k = char_length(p);
		memcpy(set + n, p, k);
		n += k;
		set[n++] = '\0';
		p += k;
	}
	*length = n;
	return set;
}

/* Fills RULE's first_bytes from its firsts. */
static void
set_first_bytes(struct paragraph_rule *rule)
{
	memset(rule->first_bytes, 0, sizeof rule->first_bytes);
	for (size_t i = 0; rule->firsts && i < rule->firsts_length; i += strlen(rule->firsts + i) + 1) {
		unsigned char c = (unsigned char)rule->firsts[i];
		rule->first_bytes[c / 8] |= (unsigned char)(1u << (c % 8));
	}
}

/* Whether TEXT can start a match of RULE, by its first character. */
static bool
may_start(const struct paragraph_rule *rule, const char *text, size_t length)
{
	size_t k;

	if (!rule->firsts)
		return true;
	if (length == 0 ||
	    !(rule->first_bytes[(unsigned char)text[0] / 8] & 1u << ((unsigned char)text[0] % 8)))
		return false;
	k = char_length(text);
	if (k > length)
		return false;
	for (size_t i = 0; i < rule->firsts_length; i += strlen(rule->firsts + i) + 1)
		if (strlen(rule->firsts + i) == k && memcmp(rule->firsts + i, text, k) == 0)
			return true;
	return false;
}

static const struct {
	const char *word;
	enum noise_zone zone;
} zone_words[] = {
	{ "head", NOISE_HEAD },
	{ "tail", NOISE_TAIL },
	{ "edge", NOISE_EDGE },
	{ "line", NOISE_LINE },
};

/* Parses one non-comment line: KIND, white space, PATTERN. */
static enum bg_status
parse_rule(struct noise_rules *rules, const char *line, size_t length, unsigned lineno,
	   struct bg_error *err)
{
	size_t kind_length = 0, i;
	const char *pattern;
	size_t pattern_length;

	while (kind_length < length && line[kind_length] != ' ' && line[kind_length] != '\t')
		kind_length++;
	i = kind_length;
	while (i < length && (line[i] == ' ' || line[i] == '\t'))
		i++;
	pattern = line + i;
	pattern_length = length - i;
	while (pattern_length > 0 && (pattern[pattern_length - 1] == ' ' ||
				      pattern[pattern_length - 1] == '\t' ||
				      pattern[pattern_length - 1] == '\r'))
		pattern_length--;
	if (pattern_length == 0)
		return bg_fail(err, BG_ERR_RULES, "line %u: a rule needs a kind and a pattern", lineno);

	if (kind_length == 6 && memcmp(line, "marker", 6) == 0) {
		/* Cut out of UTF-8 text, a token that is not UTF-8 could leave
		 * a piece of a character behind. */
		if (utf8_valid_length(pattern, pattern_length) != pattern_length)
			return bg_fail(err, BG_ERR_RULES, "line %u: a marker must be UTF-8", lineno);
		if (add_marker(rules, pattern, pattern_length) != BG_OK)
			return bg_fail(err, BG_ERR_NOMEM, NULL);
		return BG_OK;
	}
	for (size_t z = 0; z < sizeof zone_words / sizeof zone_words[0]; z++) {
		struct paragraph_rule *grown;
		struct paragraph_rule *rule;
		char *source;
		enum bg_status st;

		if (strlen(zone_words[z].word) != kind_length ||
		    memcmp(zone_words[z].word, line, kind_length) != 0)
			continue;
		grown = realloc(rules->paragraph_rules,
				(rules->paragraph_rule_count + 1) * sizeof *grown);
		if (!grown)
			return bg_fail(err, BG_ERR_NOMEM, NULL);
		rules->paragraph_rules = grown;
		source = strndup(pattern, pattern_length);
		if (!source)
			return bg_fail(err, BG_ERR_NOMEM, NULL);
		rule = &grown[rules->paragraph_rule_count];
		st = pattern_compile(source, pattern_length, PATTERN_WHOLE_TEXT, &rule->pattern, err);
		if (st != BG_OK) {
			free(source);
			if (st == BG_ERR_NOMEM)
				return st;
			char why[sizeof err->detail];
			snprintf(why, sizeof why, "%s", err ? err->detail : "");
			return bg_fail(err, BG_ERR_RULES, "line %u: %s", lineno, why);
		}
		rule->firsts = first_characters(source, &rule->firsts_length);
		set_first_bytes(rule);
		free(source);
		rule->zone = zone_words[z].zone;
		rule->file = rules->file_count ? rules->files[rules->file_count - 1] : NULL;
		rule->line = lineno;
		rules->paragraph_rule_count++;
		return BG_OK;
	}
	return bg_fail(err, BG_ERR_RULES, "line %u: unknown rule kind '%.*s' (marker, head, tail, edge, line)",
		       lineno, (int)(kind_length > 40 ? 40 : kind_length), line);
}

enum bg_status
noise_rules_parse(struct noise_rules **rules, const char *text, struct bg_error *err)
{
	unsigned lineno = 0;

	if (!*rules) {
		*rules = calloc(1, sizeof **rules);
		if (!*rules)
			return bg_fail(err, BG_ERR_NOMEM, NULL);
	}
	size_t count = 0;

	while (*text) {
		size_t length = strcspn(text, "\n");
		const char *line = text;
		size_t lead = 0;

		lineno++;
		text += length + (text[length] == '\n');
		while (lead < length && (line[lead] == ' ' || line[lead] == '\t' || line[lead] == '\r'))
			lead++;
		if (lead == length || line[lead] == '#')
			continue;
		if (++count > NOISE_RULES_MAX)
			return bg_fail(err, BG_ERR_RULES, "line %u: more than %d rules in a file", lineno,
				       NOISE_RULES_MAX);
		enum bg_status st = parse_rule(*rules, line + lead, length - lead, lineno, err);
		if (st != BG_OK)
			return st;
	}
	return BG_OK;
}

enum bg_status
noise_rules_load(struct noise_rules **rules, const char *path, struct bg_error *err)
{
	FILE *f = fopen(path, "r");
	char *text = NULL;
	size_t length = 0, cap = 0;
	enum bg_status st;

	if (!f)
		return bg_fail(err, BG_ERR_OPEN, "%s", strerror(errno));
	for (;;) {
		if (length > NOISE_RULES_MAX_BYTES) {
			fclose(f);
			free(text);
			return bg_fail(err, BG_ERR_TOO_BIG, "a rules file is at most %d KiB",
				       NOISE_RULES_MAX_BYTES / 1024);
		}
		if (cap - length < 4096) {
			char *grown;
			cap = cap * 2 + 4096;
			grown = realloc(text, cap);
			if (!grown) {
				fclose(f);
				free(text);
				return bg_fail(err, BG_ERR_NOMEM, NULL);
			}
			text = grown;
		}
		size_t got = fread(text + length, 1, cap - length - 1, f);
		length += got;
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		fclose(f);
		free(text);
		return bg_fail(err, BG_ERR_READ, "%s", strerror(errno));
	}
	fclose(f);
	text[length] = '\0';
	if (strlen(text) != length) {
		free(text);
		return bg_fail(err, BG_ERR_RULES, "NUL byte in a rules file");
	}
	if (!*rules && !(*rules = calloc(1, sizeof **rules))) {
		free(text);
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	}
	if (!ARRAY_RESERVE((*rules)->files, (*rules)->file_capacity, (*rules)->file_count + 1) ||
	    !((*rules)->files[(*rules)->file_count] = strdup(path))) {
		free(text);
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	}
	(*rules)->file_count++;
	st = noise_rules_parse(rules, text, err);
	free(text);
	return st;
}

static int
compare_cuts(const void *a, const void *b)
{
	const struct noise_cut *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->length > y->length ? -1 : x->length < y->length;
}

enum bg_status
noise_find_markers(const struct noise_rules *rules, const char *text, size_t length,
		   struct noise_cut **cuts, size_t *count)
{
	struct noise_cut *list = NULL;
	size_t n = 0, cap = 0;
	bool done[256] = { false };

	*cuts = NULL;
	*count = 0;
	if (!rules)
		return BG_OK;
	/* One memchr pass for each first byte the markers have (a byte as
	 * rare in Chinese text as '#'), then the markers compared there. */
	for (size_t m = 0; m < rules->marker_count; m++) {
		unsigned char first = (unsigned char)rules->markers[m][0];
		const char *p = text, *end = text + length;

		if (done[first])
			continue;
		done[first] = true;
		while (p < end && (p = memchr(p, first, (size_t)(end - p))) != NULL) {
			size_t hit = 0;
			for (size_t k = m; k < rules->marker_count; k++) {
				size_t mlen = rules->marker_lengths[k];
				if ((unsigned char)rules->markers[k][0] == first && (size_t)(end - p) >= mlen &&
				    memcmp(p, rules->markers[k], mlen) == 0 && mlen > hit)
					hit = mlen;
			}
			if (hit == 0) {
				p++;
				continue;
			}
			if (n == cap) {
				struct noise_cut *grown;
				cap = cap * 2 + 8;
				grown = realloc(list, cap * sizeof *grown);
				if (!grown) {
					free(list);
					return BG_ERR_NOMEM;
				}
				list = grown;
			}
			list[n].start = (size_t)(p - text);
			list[n].length = hit;
			n++;
			p += hit;
		}
	}
	if (n > 1) {
		size_t kept = 0;
		qsort(list, n, sizeof *list, compare_cuts);
		/* Overlapping markers: merge into one cut. */
		for (size_t i = 0; i < n; i++) {
			if (kept > 0 && list[i].start < list[kept - 1].start + list[kept - 1].length) {
				size_t stop = list[i].start + list[i].length;
				if (stop > list[kept - 1].start + list[kept - 1].length)
					list[kept - 1].length = stop - list[kept - 1].start;
				continue;
			}
			list[kept++] = list[i];
		}
		n = kept;
	}
	*cuts = list;
	*count = n;
	return BG_OK;
}

bool
noise_paragraph_matches(const struct noise_rules *rules, const char *text, size_t length,
			enum noise_zone zone, struct noise_cost *cost)
{
	struct timespec start = { 0, 0 }, stop;
	bool started = false;

	/* Noise is short: a paragraph of thousands of characters is text (and
	 * a regular expression over a 50 MB line would take seconds). */
	if (!rules || rules->paragraph_rule_count == 0 || length > NOISE_PARAGRAPH_MAX ||
	    cost->costly != SIZE_MAX)
		return false;
	for (size_t i = 0; i < rules->paragraph_rule_count; i++) {
		const struct paragraph_rule *rule = &rules->paragraph_rules[i];
		if (!(rule->zone & zone) || !may_start(rule, text, length))
			continue;
		/* Text that is not UTF-8 (a line split before the reader's
		 * check has finished) fails here and matches nothing. */
		enum pattern_result r;

		/* The clock is read before the first test and after each, one
		 * test's end the next one's start: a line is tested by three
		 * rules or so, and a large report has a hundred thousand
		 * lines. */
		if (!started)
			clock_gettime(CLOCK_MONOTONIC, &start);
		started = true;
		r = pattern_test(rule->pattern, text, length);
		clock_gettime(CLOCK_MONOTONIC, &stop);
		cost->nanoseconds += (long long)(stop.tv_sec - start.tv_sec) * 1000000000LL +
				     (stop.tv_nsec - start.tv_nsec);
		start = stop;
		cost->bytes += length;
		if (cost->nanoseconds > PATTERN_TIME_BASE_MS * 1000000LL +
					(long long)cost->bytes * PATTERN_TIME_NS_PER_BYTE)
			r = PATTERN_TOO_COSTLY;
		switch (r) {
		case PATTERN_FOUND:
			return true;
		case PATTERN_TOO_COSTLY:
			cost->costly = i;
			return false;
		case PATTERN_NONE:
		case PATTERN_FAILED:
			break;
		}
	}
	return false;
}

bool
noise_line_matches(const struct noise_rules *rules, const char *text, size_t length,
		   struct noise_cost *cost)
{
	if (length > NOISE_LINE_MAX || !rules)
		return false;
	return noise_paragraph_matches(rules, text, length, NOISE_LINE, cost);
}

enum bg_status
noise_rule_too_costly(const struct noise_rules *rules, size_t rule, struct bg_error *err)
{
	const struct paragraph_rule *r = &rules->paragraph_rules[rule];

	if (r->file)
		return bg_fail(err, BG_ERR_COSTLY, "noise rule at %s line %u", r->file, r->line);
	return bg_fail(err, BG_ERR_COSTLY, "noise rule at line %u", r->line);
}
