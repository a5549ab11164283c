/* position.c - the reading position and the jumps that move it: to a
 * heading, a sibling, back ('') and through the jump history. */
#include <config.h>

#include <string.h>

#include "ui/pane.h"

void
ui_remember(struct ui *ui, size_t offset)
{
	if (ui->jump_index < ui->jump_count)
		ui->jump_count = ui->jump_index;
	if (ui->jump_count > 0 && ui->jumps[ui->jump_count - 1] == offset)
		return;
	if (ui->jump_count == JUMP_HISTORY) {
		memmove(ui->jumps, ui->jumps + 1, (JUMP_HISTORY - 1) * sizeof ui->jumps[0]);
		ui->jump_count--;
	}
	ui->jumps[ui->jump_count++] = offset;
	ui->jump_index = ui->jump_count;
}

void
ui_set_anchor(struct ui *ui, size_t offset)
{
	if (offset > ui->doc->text_length)
		offset = ui->doc->text_length;
	ui->anchor = offset;
	ui->section = outline_section_at(ui->outline, offset);
}

void
ui_goto(struct ui *ui, size_t offset, bool jump)
{
	if (jump)
		ui_remember(ui, ui->anchor);
	ui_set_anchor(ui, offset);
	for (int i = 0; i < PANE_COUNT; i++)
		ui->panes[i]->ops->select(ui->panes[i], ui);
}

void
ui_scrolled(struct ui *ui, size_t offset)
{
	ui_set_anchor(ui, offset);
	for (int i = 0; i < PANE_COUNT; i++)
		if (i != PANE_DETAIL)
			ui->panes[i]->ops->select(ui->panes[i], ui);
}

size_t
ui_first_match(const struct ui *ui, size_t offset)
{
	size_t lo = 0, hi = ui->matches.count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct match *m = &ui->matches.items[mid];
		if (m->offset + m->length <= offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t
ui_match_count(const struct ui *ui, size_t start, size_t end)
{
	return search_match_after(&ui->matches, end) - search_match_after(&ui->matches, start);
}

size_t
ui_first_figure(const struct ui *ui, size_t offset)
{
	size_t lo = 0, hi = ui->figures->count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct figure *f = &ui->figures->items[mid];
		if (f->offset + f->length <= offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void
ui_history_move(struct ui *ui, bool back)
{
	if (back) {
		if (ui->jump_index == 0) {
			ui_message(ui, false, "no older position");
			return;
		}
		if (ui->jump_index == ui->jump_count) {
			ui_remember(ui, ui->anchor);
			ui->jump_index = ui->jump_count - 1;
			if (ui->jump_index == 0) {
				ui_message(ui, false, "no older position");
				return;
			}
		}
		ui->jump_index--;
	} else {
		if (ui->jump_index + 1 >= ui->jump_count) {
			ui_message(ui, false, "no newer position");
			return;
		}
		ui->jump_index++;
	}
	ui_goto(ui, ui->jumps[ui->jump_index], false);
}

void
ui_jump_back(struct ui *ui)
{
	size_t target;

	if (ui->jump_count == 0) {
		ui_message(ui, false, "no jump yet");
		return;
	}
	target = ui->jumps[ui->jump_count - 1];
	ui->jumps[ui->jump_count - 1] = ui->anchor;
	ui->jump_index = ui->jump_count;
	ui_goto(ui, target, false);
}

const struct outline_node *
ui_heading_after(const struct ui *ui, size_t offset)
{
	size_t i = outline_count_before(ui->outline, offset + 1);
	return i < ui->outline->count ? ui->outline->nodes[i] : NULL;
}

const struct outline_node *
ui_heading_before(const struct ui *ui, size_t offset)
{
	size_t i = outline_count_before(ui->outline, offset);
	return i > 0 ? ui->outline->nodes[i - 1] : NULL;
}

void
ui_goto_heading(struct ui *ui, const struct outline_node *node, const char *none)
{
	if (!node) {
		ui_message(ui, false, "%s", none);
		return;
	}
	ui_goto(ui, node->depth == 0 ? 0 : node->offset, true);
}

void
ui_sibling(struct ui *ui, bool next)
{
	const struct outline_node *s = ui->section, *parent = s->parent;

	if (s->depth == 0) {
		ui_goto_heading(ui, next && s->child_count ? s->children[0] : NULL,
			     next ? "no sections" : "at the start of the report");
		return;
	}
	if (!next && ui->anchor > s->offset) {
		ui_goto_heading(ui, s, "");
		return;
	}
	for (size_t i = 0; parent && i < parent->child_count; i++) {
		if (parent->children[i] != s)
			continue;
		if (next)
			ui_goto_heading(ui, i + 1 < parent->child_count ? parent->children[i + 1] : NULL,
				     "no next section at this level");
		else
			ui_goto_heading(ui, i > 0 ? parent->children[i - 1] : NULL,
				     "no previous section at this level");
		return;
	}
}
