/* SPDX-License-Identifier: GPL-3.0-or-later */
/* dynlib.c - libraries loaded when first needed. */
#include <config.h>

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "dynlib.h"

/* One lock for all libraries: each is loaded once, and a caller after
 * that only reads two fields under it. */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

/* Loads LIB into its table, or says why not in LIB->missing. */
static void
open_library(struct dynlib *lib)
{
	void *handle = dlopen(lib->soname, RTLD_NOW | RTLD_LOCAL);

	if (!handle) {
		const char *why = dlerror();
		snprintf(lib->missing, sizeof lib->missing, "%s", why ? why : lib->soname);
		return;
	}
	for (size_t i = 0; i < lib->count; i++) {
		void *address = dlsym(handle, lib->symbols[i].name);
		if (!address) {
			snprintf(lib->missing, sizeof lib->missing, "%s: no %s", lib->soname,
				 lib->symbols[i].name);
			return;
		}
		/* POSIX: a function's address comes back as a void pointer. */
		memcpy((char *)lib->table + lib->symbols[i].offset, &address, sizeof address);
	}
}

enum bg_status
dynlib_load(struct dynlib *lib, const char *what, struct bg_error *err)
{
	bool loaded;

	pthread_mutex_lock(&lock);
	if (!lib->tried) {
		open_library(lib);
		lib->tried = true;
	}
	loaded = lib->missing[0] == '\0';
	pthread_mutex_unlock(&lock);
	if (loaded)
		return BG_OK;
	return bg_fail(err, BG_ERR_NO_SUPPORT, "%s is missing: %s", what, lib->missing);
}
