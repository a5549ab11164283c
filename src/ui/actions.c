/* actions.c - the global keymap: what a key does when the focused pane
 * leaves it, two-key commands, the mouse and reloading the report. */
#include <config.h>

#include <stdio.h>

#include "ui/pane.h"

static void
focus_next(struct ui *ui)
{
	enum pane_id id = ui->focus;

	do
		id = (id + 1) % PANE_COUNT;
	while (!ui_pane_shown(ui, id) && id != ui->focus);
	ui->focus = id;
}

/* Reads the report again (or takes over the whole of it, when it is
 * loaded), staying at the same place in the source. */
void
ui_reload(struct ui *ui)
{
	struct bg_error err = { BG_OK, "" };
	size_t anchor;
	uint32_t line, column;
	bool counting = ui->counting, whole;

	if (!report_can_reload(ui->report)) {
		ui_message(ui, true, "standard input cannot be read again");
		return;
	}
	/* the jobs read the document: done with it first */
	jobs_figures_finish(ui, true);
	ui->counting = false;
	jobs_count_finish(ui, true);
	doc_locate(ui->doc, ui->anchor, &line, &column);
	if (report_reload(ui->report, &whole, &err) != BG_OK) {
		ui_message(ui, true, "%s: %s%s%s", report_path(ui->report), bg_status_message(err.status),
			   err.detail[0] ? ": " : "", err.detail);
		ui->counting = counting;   /* the key loop counts again */
		return;
	}
	ui->doc = report_doc(ui->report);
	ui->outline = report_outline(ui->report);
	anchor = ui->anchor == 0 ? 0 : doc_offset_at(ui->doc, line, column);
	ui_set_matches(ui, &(struct match_list){ NULL, 0 });
	ui->jump_count = ui->jump_index = 0;
	ui->sparse = false;
	ui_set_anchor(ui, anchor);
	for (int i = 0; i < PANE_COUNT; i++)
		ui->panes[i]->ops->reset(ui->panes[i], ui);
	if (ui->searched)
		ui_run_search(ui, ui->terms);
	ui_layout(ui);
	ui_goto(ui, anchor, false);
	if (!whole)
		ui_message(ui, false, "reloaded %s", report_path(ui->report));
	ui->figures_pending = true;
}

static void
mouse(struct ui *ui)
{
	MEVENT event;

	if (getmouse(&event) != OK)
		return;
	for (int i = 0; i < PANE_COUNT; i++) {
		struct pane *pane = ui->panes[i];

		if (!ui_pane_shown(ui, (enum pane_id)i) || event.y < pane->top ||
		    event.y >= pane->top + pane->height || event.x < pane->left ||
		    event.x >= pane->left + pane->width)
			continue;
		if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED))
			ui->focus = (enum pane_id)i;
		pane->ops->mouse(pane, ui, event.y - pane->top, event.x - pane->left, event.bstate);
		return;
	}
}

static void
global_key(struct ui *ui, enum action action, int key)
{
	struct pane *detail = ui->panes[PANE_DETAIL], *outline = ui->panes[PANE_OUTLINE];

	switch (action) {
	case ACTION_DOWN: case ACTION_UP: case ACTION_PAGE_DOWN: case ACTION_PAGE_UP:
	case ACTION_HALF_DOWN: case ACTION_HALF_UP: case ACTION_BOTTOM:
		detail->ops->key(detail, ui, action, key);
		break;
	case ACTION_TOP:
		ui_goto(ui, 0, true);
		break;
	case ACTION_SECTION: {
		size_t n = (size_t)(key - '0');
		const struct outline_node *root = &ui->outline->root;
		if (n >= 1 && n <= root->child_count)
			ui_goto_heading(ui, root->children[n - 1], "");
		else
			ui_message(ui, false, "there is no top-level section %zu", n);
		break;
	}
	case ACTION_NEXT_SIBLING: ui_sibling(ui, true); break;
	case ACTION_PREV_SIBLING: ui_sibling(ui, false); break;
	case ACTION_NEXT_HEADING:
		ui_goto_heading(ui, ui_heading_after(ui, ui->anchor), "no heading below");
		break;
	case ACTION_PREV_HEADING:
		ui_goto_heading(ui, ui_heading_before(ui, ui->anchor), "no heading above");
		break;
	case ACTION_PARENT:
		if (ui->section->depth == 0)
			ui_message(ui, false, "at the top level");
		else
			ui_goto_heading(ui, ui->section->parent, "");
		break;
	case ACTION_JUMP_BACK:
	case ACTION_LEVELS:
		ui->pending = key;
		ui_message(ui, false, "%s", action == ACTION_LEVELS ? "z: show headings down to level 1-9"
									: "': ' goes back");
		break;
	case ACTION_HISTORY_BACK: ui_history_move(ui, true); break;
	case ACTION_HISTORY_FORWARD: ui_history_move(ui, false); break;
	case ACTION_EXPAND: case ACTION_COLLAPSE: case ACTION_CYCLE_ALL:
		outline->ops->key(outline, ui, action, key);
		break;
	case ACTION_CYCLE:
	case ACTION_FOCUS:
		focus_next(ui);
		break;
	case ACTION_SPARSE:
		jobs_count_settle(ui);
		if (!ui->searched || ui->matches.count == 0) {
			ui_message(ui, false, "no matches to show: search with / first");
			ui->sparse = false;
		} else {
			ui->sparse = !ui->sparse;
			ui_message(ui, false, ui->sparse ? "only the sections that match" : "the whole outline");
		}
		break;
	case ACTION_NARROWER:
	case ACTION_WIDER:
		ui->outline_share += action == ACTION_WIDER ? 4 : -4;
		ui->outline_share = ui->outline_share < 12 ? 12 : ui->outline_share > 70 ? 70 : ui->outline_share;
		ui_layout(ui);
		break;
	case ACTION_FIGURES:
		ui->figures_shown = !ui->figures_shown;
		ui_layout(ui);
		if (ui->figures_shown) {
			ui->panes[PANE_FIGURES]->ops->select(ui->panes[PANE_FIGURES], ui);
			ui->focus = PANE_FIGURES;
		} else if (ui->focus == PANE_FIGURES)
			ui->focus = PANE_DETAIL;
		break;
	case ACTION_FIGURES_ALL:
		ui->figures_all = !ui->figures_all;
		if (!ui->figures_shown) {
			ui->figures_shown = true;
			ui_layout(ui);
		}
		ui->panes[PANE_FIGURES]->ops->select(ui->panes[PANE_FIGURES], ui);
		break;
	case ACTION_SEARCH: ui_prompt_open(ui); break;
	case ACTION_NEXT_MATCH: ui_next_match(ui, true); break;
	case ACTION_PREV_MATCH: ui_next_match(ui, false); break;
	case ACTION_HELP: ui->help_shown = true; break;
	case ACTION_REDRAW: clearok(curscr, TRUE); break;
	case ACTION_RELOAD: ui_reload(ui); break;
	case ACTION_QUIT: ui->quit = true; break;
	case ACTION_MOUSE: mouse(ui); break;
	case ACTION_COUNT: break;
	}
}

void
ui_handle_key(struct ui *ui, int key)
{
	enum action action;
	struct pane *focused;

	if (ui->prompt.open) {
		ui_prompt_key(ui, key);
		return;
	}
	ui->message[0] = '\0';
	if (ui->pending) {
		int first = ui->pending;
		ui->pending = 0;
		if (first == 'z' && key >= '1' && key <= '9')
			outline_pane_levels(ui->panes[PANE_OUTLINE], ui, key - '0');
		else if (first == '\'' && (key == '\'' || key == '`'))
			ui_jump_back(ui);
		return;
	}
	action = keys_action(key);
	if (ui->help_shown) {
		help_key(ui, action, key);
		return;
	}
	if (action == ACTION_NONE) {
		if (key != 27)
			ui_message(ui, false, "no such key: press ? for help");
		return;
	}
	focused = ui->panes[ui->focus];
	if (action == ACTION_MOUSE || !ui_pane_shown(ui, ui->focus) ||
	    !focused->ops->key(focused, ui, action, key))
		global_key(ui, action, key);
	ui->last_action = action;
}
