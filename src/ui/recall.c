/* SPDX-License-Identifier: GPL-3.0-or-later */
/* recall.c - the searches typed before (searches.h): read when the
 * browser opens, recalled in the search prompt by Up and Down (Ctrl-p,
 * Ctrl-n) as in less, and kept -- at once, so that a signal loses none --
 * each time Enter keeps a search. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "history.h"
#include "searches.h"
#include "ui/pane.h"

struct recall {
	struct searches searches;       /* the oldest first */
	char *file;                     /* the state file; NULL: none is kept */
};

void
recall_open(struct ui *ui)
{
	struct bg_error err = { BG_OK, "" };
	struct recall *r = calloc(1, sizeof *r);
	enum bg_status status;

	ui->recall = r;
	if (!r || !ui->options->history)
		return;
	r->file = history_state_file("searches");
	if (!r->file)
		return;
	status = searches_read(r->file, &r->searches, &err);
	if (status != BG_OK) {
		searches_free(&r->searches);
		browse_message(ui->browse, true, "%s ignored: %s%s%s", r->file, bg_status_message(status),
			       err.detail[0] ? ": " : "", err.detail);
		/* one that cannot be read, or that a newer baogao wrote, is
		 * left alone; a corrupt one is replaced */
		if (status != BG_ERR_STATE) {
			free(r->file);
			r->file = NULL;
		}
	}
}

void
recall_close(struct ui *ui)
{
	struct recall *r = ui->recall;

	ui->recall = NULL;
	if (!r)
		return;
	searches_free(&r->searches);
	free(r->file);
	free(r);
}

void
recall_keep(struct ui *ui, const char *search)
{
	struct recall *r = ui->recall;
	struct searches file = { NULL, 0 };
	struct bg_error err = { BG_OK, "" };
	enum bg_status status;

	if (!r)
		return;
	searches_add(&r->searches, search);
	if (!r->file)
		return;
	/* read again: another baogao may have kept its searches meanwhile */
	status = searches_read(r->file, &file, &err);
	if (status == BG_ERR_STATE) {
		searches_free(&file);
		status = BG_OK;
	}
	if (status == BG_OK)
		status = searches_add(&file, search);
	if (status == BG_OK)
		status = searches_write(r->file, &file, &err);
	if (status != BG_OK) {
		browse_message(ui->browse, true, "cannot keep the search in %s: %s%s%s", r->file,
			       bg_status_message(status), err.detail[0] ? ": " : "", err.detail);
		/* said once: the searches are kept for this run only */
		free(r->file);
		r->file = NULL;
	}
	searches_free(&file);
}

/* Whether S begins with PREFIX. */
static bool
starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

void
recall_begin(struct ui *ui)
{
	ui->prompt.recalled = ui->recall ? ui->recall->searches.count : 0;
}

bool
recall_step(struct ui *ui, bool older)
{
	struct recall *r = ui->recall;
	struct prompt *p = &ui->prompt;
	size_t count = r ? r->searches.count : 0, i = p->recalled;

	if (count == 0)
		return false;
	if (i >= count) {
		if (!older)
			return false;
		/* leaving what was typed: it comes back after the newest, and
		 * only the searches that begin with it are recalled, as in
		 * less */
		snprintf(p->draft, sizeof p->draft, "%.*s", (int)p->length, p->text);
		i = count;
	}
	for (;;) {
		if (older && i == 0)
			return false;
		i = older ? i - 1 : i + 1;
		if (i >= count)
			break;
		if (starts_with(r->searches.items[i], p->draft) &&
		    strcmp(r->searches.items[i], p->text) != 0)
			break;
	}
	p->recalled = i;
	snprintf(p->text, sizeof p->text, "%s", i < count ? r->searches.items[i] : p->draft);
	p->length = strlen(p->text);
	return true;
}
