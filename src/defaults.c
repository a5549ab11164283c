/* SPDX-License-Identifier: GPL-3.0-or-later */
/* defaults.c - the options of the config file and of BAOGAO, as words
 * for the option parser (see defaults.h). */
#include <config.h>

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "defaults.h"
#include "history.h"

void
defaults_free(struct defaults *d)
{
	for (size_t i = 0; i < d->count; i++)
		free(d->words[i].word);
	free(d->words);
	free(d->config);
	d->words = NULL;
	d->count = 0;
	d->config = NULL;
}

/* Adds PREFIX and the N bytes of S as a word from SOURCE, LINE. */
static enum bg_status
add_word(struct defaults *d, const char *prefix, const char *s, size_t n, const char *source,
	 unsigned line)
{
	struct default_word *bigger = realloc(d->words, (d->count + 1) * sizeof *bigger);
	char *word;

	if (!bigger)
		return BG_ERR_NOMEM;
	d->words = bigger;
	word = malloc(strlen(prefix) + n + 1);
	if (!word)
		return BG_ERR_NOMEM;
	sprintf(word, "%s%.*s", prefix, (int)n, s);
	d->words[d->count++] = (struct default_word){ word, source, line };
	return BG_OK;
}

/* Whether CH is a space around an option in a config line. */
static bool
blank(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\r';
}

enum bg_status
defaults_add_config(struct defaults *d, const char *text, size_t length, const char *source)
{
	const char *at = text, *end = text + length;
	unsigned lineno = 0;

	while (at < end) {
		const char *nl = memchr(at, '\n', (size_t)(end - at));
		const char *line_end = nl ? nl : end, *first = at, *last = line_end, *equals;
		char option[512];
		size_t n;

		lineno++;
		at = nl ? nl + 1 : end;
		while (first < last && blank(*first))
			first++;
		while (last > first && blank(last[-1]))
			last--;
		if (first == last || *first == '#')
			continue;
		/* "width = 60": the name and the value without the spaces
		 * around the '=' */
		equals = memchr(first, '=', (size_t)(last - first));
		if (equals) {
			const char *name_end = equals, *value = equals + 1;
			while (name_end > first && blank(name_end[-1]))
				name_end--;
			while (value < last && blank(*value))
				value++;
			n = (size_t)snprintf(option, sizeof option, "%.*s=%.*s", (int)(name_end - first), first,
					     (int)(last - value), value);
			if (n >= sizeof option)
				n = sizeof option - 1;
		} else {
			n = (size_t)(last - first) < sizeof option ? (size_t)(last - first) : sizeof option - 1;
			memcpy(option, first, n);
		}
		option[n] = '\0';
		if (add_word(d, option[0] == '-' ? "" : "--", option, n, source, lineno) != BG_OK)
			return BG_ERR_NOMEM;
	}
	return BG_OK;
}

enum bg_status
defaults_add_variable(struct defaults *d, const char *value)
{
	const char *at = value;

	for (;;) {
		size_t n;
		while (*at == ' ' || *at == '\t' || *at == '\n')
			at++;
		if (!*at)
			return BG_OK;
		n = strcspn(at, " \t\n");
		if (add_word(d, "", at, n, "BAOGAO", 0) != BG_OK)
			return BG_ERR_NOMEM;
		at += n;
	}
}

char *
defaults_config_file(void)
{
	const char *config = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	const char *middle = "";
	char *path;

	/* the XDG spec: a relative path in the variable is to be ignored */
	if (!config || config[0] != '/') {
		if (!home || home[0] != '/')
			return NULL;
		config = home;
		middle = "/.config";
	}
	path = malloc(strlen(config) + strlen(middle) + sizeof "/baogao/config");
	if (path)
		sprintf(path, "%s%s/baogao/config", config, middle);
	return path;
}

enum bg_status
defaults_read(struct defaults *d, struct bg_error *err)
{
	const char *variable = getenv("BAOGAO");
	enum bg_status status = BG_OK;
	char *text = NULL;
	size_t length = 0;

	d->config = defaults_config_file();
	if (d->config) {
		status = history_read_text(d->config, DEFAULTS_FILE_MAX, &text, &length, err);
		if (status != BG_OK) {
			if (err)
				err->status = BG_ERR_READ;
			return BG_ERR_READ;
		}
		if (text)
			status = defaults_add_config(d, text, length, d->config);
		free(text);
	}
	if (status == BG_OK && variable)
		status = defaults_add_variable(d, variable);
	if (status != BG_OK)
		return bg_fail(err, status, NULL);
	return BG_OK;
}
