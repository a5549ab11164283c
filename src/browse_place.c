/* SPDX-License-Identifier: GPL-3.0-or-later */
/* browse_place.c - places a reader names: a count typed before a key
 * (12g to source line 12, 50% to the middle of the report), and the
 * source line numbers shown beside the text, the marks (ma, 'a), and the
 * place a report was left, as history.c keeps it. */
#include <config.h>

#include <stdint.h>

#include "i18n.h"
#include "browse.h"
#include "history.h"

void
browse_count_digit(struct browse *b, int digit)
{
	if (digit < 0 || digit > 9)
		return;
	if (!b->count_given) {
		b->count_given = true;
		b->count = 0;
		b->count_anchor = b->anchor;
	}
	if (b->count <= (BROWSE_COUNT_MAX - (size_t)digit) / 10)
		b->count = b->count * 10 + (size_t)digit;
	else
		b->count = BROWSE_COUNT_MAX;
}

size_t
browse_take_count(struct browse *b, size_t otherwise)
{
	size_t count = b->count_given ? b->count : otherwise;

	b->count_given = false;
	b->count = 0;
	return count;
}

/* A jump to OFFSET at the end of a count.  When the count's first digit
 * already jumped (to a section), that jump remembered where the count
 * began: this one is not remembered again, so '' goes back there. */
static void
count_jump(struct browse *b, size_t offset)
{
	bool jumped = b->anchor != b->count_anchor && b->jump_count > 0 &&
		b->jumps[b->jump_count - 1] == b->count_anchor;

	browse_goto(b, offset, !jumped);
	b->count_anchor = b->anchor;
}

void
browse_goto_line(struct browse *b, size_t line)
{
	uint32_t last = b->doc->line_count;

	if (line == 0)
		line = 1;
	if (last > 0 && line > last) {
		browse_message(b, false, _("the report has %u lines: at the last"), (unsigned)last);
		line = last;
	}
	count_jump(b, doc_offset_at(b->doc, (uint32_t)line, 1));
}

void
browse_goto_percent(struct browse *b, size_t percent)
{
	size_t length = b->doc->text_length, offset;

	if (percent > 100)
		percent = 100;
	offset = length / 100 * percent + length % 100 * percent / 100;
	/* the start of a character, on a line that holds text */
	while (offset > 0 && ((unsigned char)b->doc->text[offset] & 0xc0) == 0x80)
		offset--;
	if (offset >= length && length > 0)
		offset = length - 1;
	count_jump(b, offset);
}

void
browse_toggle_line_numbers(struct browse *b)
{
	b->line_numbers = !b->line_numbers;
	browse_message(b, false, "%s", b->line_numbers ? _("source line numbers shown")
			: _("source line numbers hidden"));
}

int
browse_number_width(const struct browse *b)
{
	int digits = 1;

	if (!b->line_numbers)
		return 0;
	for (uint32_t n = b->doc->line_count; n >= 10; n /= 10)
		digits++;
	return digits + 1;
}

size_t
browse_line_number(const struct browse *b, size_t offset)
{
	uint32_t line, column;

	if (b->doc->paragraph_count == 0)
		return 0;
	doc_locate(b->doc, offset, &line, &column);
	return line;
}

int
browse_mark_index(int letter)
{
	if (letter >= 'a' && letter <= 'z')
		return letter - 'a';
	if (letter >= 'A' && letter <= 'Z')
		return 26 + letter - 'A';
	return -1;
}

void
browse_place(const struct browse *b, uint32_t *line, uint32_t *column)
{
	*line = 1;
	*column = 1;
	if (b->doc->paragraph_count > 0)
		doc_locate(b->doc, b->anchor, line, column);
}

bool
browse_set_mark(struct browse *b, int letter)
{
	int i = browse_mark_index(letter);

	if (i < 0) {
		browse_message(b, true, _("a mark is a letter: ma sets mark a"));
		return false;
	}
	b->marks[i].set = true;
	browse_place(b, &b->marks[i].line, &b->marks[i].column);
	browse_message(b, false, _("mark %c set: '%c comes back here"), letter, letter);
	return true;
}

void
browse_goto_mark(struct browse *b, int letter)
{
	int i = browse_mark_index(letter);

	if (i < 0) {
		browse_message(b, true, _("a mark is a letter: 'a goes to mark a"));
		return;
	}
	if (!b->marks[i].set) {
		browse_message(b, true, _("mark %c is not set: m%c sets it"), letter, letter);
		return;
	}
	browse_goto(b, doc_offset_at(b->doc, b->marks[i].line, b->marks[i].column), true);
}

void
browse_record(const struct browse *b, struct history_entry *entry)
{
	_Static_assert(HISTORY_MARKS == BROWSE_MARKS, "the same marks");
	browse_place(b, &entry->position.line, &entry->position.column);
	for (int i = 0; i < BROWSE_MARKS; i++)
		entry->marks[i] = b->marks[i].set
			? (struct history_place){ b->marks[i].line, b->marks[i].column }
			: (struct history_place){ 0, 0 };
}

void
browse_restore(struct browse *b, const struct history_entry *entry)
{
	for (int i = 0; i < BROWSE_MARKS; i++)
		b->marks[i] = (struct browse_mark){ entry->marks[i].line > 0, entry->marks[i].line,
						    entry->marks[i].column };
	if (entry->position.line > 0 && b->doc->paragraph_count > 0)
		browse_goto(b, doc_offset_at(b->doc, entry->position.line, entry->position.column),
			    false);
}

void
browse_section_range(const struct browse *b, size_t *start, size_t *end)
{
	const struct outline_node *s = b->section;

	*start = s && s->depth > 0 ? s->offset : 0;
	*end = s && s->depth > 0 ? s->end : b->doc->text_length;
	if (*end > b->doc->text_length)
		*end = b->doc->text_length;
	while (*end > *start && b->doc->text[*end - 1] == '\n')
		(*end)--;
}
