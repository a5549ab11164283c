/* SPDX-License-Identifier: GPL-3.0-or-later */
/* remember.c - where the report was left: found again when the browser
 * opens it, kept when the browser quits (history.h has the state file,
 * browse_record and browse_restore the places). */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "history.h"
#include "ui/pane.h"

struct remember {
	char *file;                     /* the state file */
	struct history_entry key;       /* the report, as it was opened */
	bool writable;                  /* false: the state file is left as it is */
	/* A report opened in parts, left beyond its first part: where it was
	 * left, gone to once the whole is there if the reader is still at
	 * WAITING (the end of the first part), where it stopped meanwhile. */
	struct history_place pending, waiting;
};

static void
remember_free(struct remember *r)
{
	if (!r)
		return;
	free(r->file);
	history_entry_free(&r->key);
	free(r);
}

void
remember_open(struct ui *ui)
{
	struct history history = { NULL, 0 };
	struct bg_error err = { BG_OK, "" };
	struct remember *r;
	enum bg_status status;

	if (!ui->options->history || !report_can_reload(ui->report))
		return;
	r = calloc(1, sizeof *r);
	if (!r)
		return;
	r->file = history_file();
	if (!r->file || history_key(report_path(ui->report), &r->key, NULL) != BG_OK) {
		remember_free(r);
		return;
	}
	status = history_read(r->file, &history, &err);
	if (status == BG_OK) {
		const struct history_entry *e = history_find(&history, &r->key);
		if (e) {
			struct history_place at;
			browse_restore(ui->browse, e);
			browse_place(ui->browse, &at.line, &at.column);
			if (ui->doc->partial && at.line < e->position.line) {
				r->pending = e->position;
				r->waiting = at;
			}
		}
	} else {
		browse_message(ui->browse, true, _("%s ignored: %s%s%s"), r->file, bg_status_message(status),
			       err.detail[0] ? ": " : "", err.detail);
	}
	/* a corrupt file is replaced; one that cannot be read, or that a
	 * newer baogao wrote, is left alone */
	r->writable = status == BG_OK || status == BG_ERR_STATE;
	history_free(&history);
	ui->remember = r;
}

void
remember_whole(struct ui *ui)
{
	struct remember *r = ui->remember;
	struct history_place at;

	if (!r || r->pending.line == 0)
		return;
	browse_place(ui->browse, &at.line, &at.column);
	if (at.line == r->waiting.line && at.column == r->waiting.column)
		browse_goto(ui->browse, doc_offset_at(ui->doc, r->pending.line, r->pending.column), false);
	r->pending.line = 0;
}

void
remember_close(struct ui *ui, char *warning, size_t size)
{
	struct remember *r = ui->remember;
	struct history history = { NULL, 0 };
	struct bg_error err = { BG_OK, "" };
	struct history_entry key;
	enum bg_status status;

	warning[0] = '\0';
	ui->remember = NULL;
	if (!r || !r->writable) {
		remember_free(r);
		return;
	}
	/* the report as it is now: reloaded (R) after a change, it is the
	 * new one that was read */
	if (history_key(report_path(ui->report), &key, NULL) == BG_OK) {
		history_entry_free(&r->key);
		r->key = key;
	}
	/* read again: another baogao may have saved its place meanwhile */
	status = history_read(r->file, &history, &err);
	if (status == BG_ERR_STATE) {
		history_free(&history);
		status = BG_OK;
	}
	if (status == BG_OK) {
		browse_record(ui->browse, &r->key);
		status = history_put(&history, &r->key);
		if (status == BG_OK)
			status = history_write(r->file, &history, &err);
		else
			bg_fail(&err, status, NULL);
	}
	if (status != BG_OK)
		snprintf(warning, size, _("cannot keep the reading position in %s: %s%s%s"), r->file,
			 bg_status_message(status), err.detail[0] ? ": " : "", err.detail);
	history_free(&history);
	remember_free(r);
}
