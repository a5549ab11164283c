/* SPDX-License-Identifier: GPL-3.0-or-later */
/* keys.c - key dispatch and help entries, both from keys.def. */
#include <config.h>

#include "ui/pane.h"

struct binding {
	enum action action;
	int keys[12];           /* 0-terminated */
};

static const struct binding bindings[] = {
#define KEY_GROUP(title)
#define KEY_ACTION(name, keys, help, ...) { ACTION_##name, { __VA_ARGS__, 0 } },
#include "ui/keys.def"
#undef KEY_GROUP
#undef KEY_ACTION
};

const struct key_help keys_help[] = {
#define KEY_GROUP(title) { title, NULL, NULL, ACTION_NONE },
#define KEY_ACTION(name, keys, help, ...) { NULL, keys, help, ACTION_##name },
#include "ui/keys.def"
#undef KEY_GROUP
#undef KEY_ACTION
};

const size_t keys_help_count = sizeof keys_help / sizeof keys_help[0];

/* Whether ACTION is one of the compare view's own (its group in
 * keys.def), whose keys mean something else in the browser. */
static bool
compare_only(enum action action)
{
	return action == ACTION_COMPARE_NEXT || action == ACTION_COMPARE_PREV;
}

/* The action bound to KEY among the compare view's own actions (COMPARE)
 * or the others. */
static enum action
lookup(int key, bool compare)
{
	if (key == 0)
		return ACTION_NONE;
	for (size_t i = 0; i < sizeof bindings / sizeof bindings[0]; i++)
		if (compare_only(bindings[i].action) == compare)
			for (const int *k = bindings[i].keys; *k; k++)
				if (*k == key)
					return bindings[i].action;
	return ACTION_NONE;
}

enum action
keys_action(int key)
{
	return lookup(key, false);
}

enum action
keys_compare_action(int key)
{
	enum action action = lookup(key, true);

	return action != ACTION_NONE ? action : lookup(key, false);
}
