/* matches.c - the search's matches: searching near the reading position
 * and in the whole report, the current match, n and N. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "ui/pane.h"

void
ui_set_matches(struct ui *ui, struct match_list *matches)
{
	search_free(&ui->matches);
	ui->matches = *matches;
	ui->current_match = SIZE_MAX;
	ui->search_generation++;
}


/* While a search is typed, the text near the reading position is searched
 * at once -- whole sections, from the one at OFFSET to a megabyte on -- and
 * the whole report beside the keys (ui->counting), so that a keystroke
 * costs the same on any size of report. */
enum { NEAR_TEXT = 1 << 20 };

/* The offset of the last heading at or before OFFSET (FROM_END: the
 * first at or after it) that starts a paragraph: a section boundary the
 * search can start or stop at.  NONE when there is none. */
static size_t
paragraph_heading(const struct ui *ui, size_t offset, bool from_end, size_t none)
{
	const struct outline *o = ui->outline;
	const struct doc *doc = ui->doc;
	size_t i = outline_count_before(o, from_end ? offset : offset + 1);

	for (;;) {
		const struct outline_node *node;
		if (from_end ? i >= o->count : i == 0)
			return none;
		node = o->nodes[from_end ? i++ : --i];
		if (doc->paragraphs[doc_paragraph_at(doc, node->offset)].offset == node->offset)
			return node->offset;
	}
}

/* Searches for TERMS in the sections between START and END, section
 * boundaries that start paragraphs (0 and the text's end are too); when
 * that is not the whole report, ui->counting has the key loop search it
 * all beside the keys.  False (with a message) when TERMS do not compile. */
static bool
search_between(struct ui *ui, const char *terms, size_t start, size_t end)
{
	struct search_query *query = NULL;
	struct search_found *found = NULL;
	struct bg_error err = { BG_OK, "" };
	struct match_list matches = { NULL, 0 };

	ui->counting = false;
	if (search_compile(terms, ui->regex, &query, &err) != BG_OK) {
		ui_message(ui, true, "%s%s%s", bg_status_message(err.status), err.detail[0] ? ": " : "",
			   err.detail);
		ui_set_matches(ui, &matches);
		return false;
	}
	if (search_find_range(query, ui->doc, start, end, &found) != BG_OK ||
	    search_assign(query, found, ui->doc, ui->outline, &matches) != BG_OK) {
		search_found_free(found);
		search_query_free(query);
		ui_message(ui, true, "out of memory");
		ui_set_matches(ui, &(struct match_list){ NULL, 0 });
		return false;
	}
	search_found_free(found);
	search_query_free(query);
	ui_set_matches(ui, &matches);
	if (terms != ui->terms)
		snprintf(ui->terms, sizeof ui->terms, "%s", terms);
	ui->searched = true;
	ui->counting = start > 0 || end < ui->doc->text_length;
	return true;
}

/* Searches the whole report for TERMS. */
bool
ui_run_search(struct ui *ui, const char *terms)
{
	return search_between(ui, terms, 0, ui->doc->text_length);
}

/* Searches for TERMS near OFFSET now, and in the whole report beside the
 * keys. */
bool
ui_search_near(struct ui *ui, const char *terms, size_t offset)
{
	size_t end = ui->doc->text_length;

	if (offset + NEAR_TEXT < end)
		end = paragraph_heading(ui, offset + NEAR_TEXT, true, end);
	return search_between(ui, terms, paragraph_heading(ui, offset, false, 0), end);
}

void
ui_show_match(struct ui *ui, size_t i, bool jump)
{
	ui->current_match = i;
	if (!detail_pane_shows(ui->panes[PANE_DETAIL], ui->matches.items[i].offset))
		ui_goto(ui, ui->matches.items[i].offset, jump);
}

/* The first match at or after OFFSET, wrapping to the first one. */
size_t
ui_match_from(const struct ui *ui, size_t offset)
{
	size_t i = ui_first_match(ui, offset + 1);

	while (i < ui->matches.count && ui->matches.items[i].offset < offset)
		i++;
	return i < ui->matches.count ? i : 0;
}

void
ui_next_match(struct ui *ui, bool forward)
{
	size_t count, i;
	bool wrapped = false;

	jobs_count_settle(ui);
	count = ui->matches.count;
	if (!ui->searched) {
		ui_message(ui, true, "no search yet: press / to search");
		return;
	}
	if (count == 0) {
		ui_message(ui, true, "not found: %s", ui->terms);
		return;
	}
	if (ui->current_match < count &&
	    detail_pane_shows(ui->panes[PANE_DETAIL], ui->matches.items[ui->current_match].offset)) {
		i = ui->current_match;
		if (forward) {
			wrapped = i + 1 == count;
			i = wrapped ? 0 : i + 1;
		} else {
			wrapped = i == 0;
			i = wrapped ? count - 1 : i - 1;
		}
	} else if (forward) {
		i = ui_match_from(ui, ui->anchor);
		wrapped = i == 0 && ui->matches.items[0].offset < ui->anchor;
	} else {
		i = ui_first_match(ui, ui->anchor);
		while (i > 0 && ui->matches.items[i - 1].offset >= ui->anchor)
			i--;
		wrapped = i == 0;
		i = i == 0 ? count - 1 : i - 1;
	}
	if (wrapped)
		ui_message(ui, false, forward ? "search hit the end, continuing at the top"
					      : "search hit the top, continuing at the end");
	ui_show_match(ui, i, true);
}

/* Shows the first match at or after where the search started, if it is
 * known yet: near it, or (once counted) anywhere, wrapping to the top. */
void
ui_show_near_match(struct ui *ui)
{
	size_t i;

	if (ui->matches.count == 0)
		return;
	i = ui_match_from(ui, ui->prompt.origin);
	/* no wrapping to the top before the count: the next match may lie
	 * past the text searched so far */
	if (!ui->counting || ui->matches.items[i].offset >= ui->prompt.origin)
		ui_show_match(ui, i, false);
}

void
ui_start_search(struct ui *ui, const char *terms)
{
	if (!terms || !*terms)
		return;
	if (ui_run_search(ui, terms) && ui->matches.count > 0)
		ui_show_match(ui, 0, false);
	else if (ui->matches.count == 0 && !ui->message[0])
		ui_message(ui, true, "not found: %s", terms);
}
