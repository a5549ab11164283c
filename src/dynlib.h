/* SPDX-License-Identifier: GPL-3.0-or-later */
/* dynlib.h - a shared library loaded (dlopen) the first time a reader
 * needs it, not when baogao starts: poppler-glib for PDF, libxml2 for web
 * pages and office documents, libzip for the latter's container.  Linked,
 * they and what they bring (ICU, libstdc++, OpenSSL's libcrypto, some
 * forty libraries for poppler) would be loaded and relocated on every
 * run, a plain text report's too, before its first screen.
 *
 * A reader lists the functions it calls once, as rows X(member,
 * function); the list gives a struct of pointers and the table of
 * dynlib_symbol that fills it, and the reader calls dynlib_load before
 * it uses them:
 *
 *	#define ZIP_FUNCTIONS(X) X(fopen, zip_fopen) X(fread, zip_fread)
 *	static struct { ZIP_FUNCTIONS(DYNLIB_POINTER) } libzip;
 *	#define ZIP_SYMBOL(member, function) DYNLIB_SYMBOL(libzip, member, function),
 *	static const struct dynlib_symbol zip_symbols[] = { ZIP_FUNCTIONS(ZIP_SYMBOL) };
 *	static struct dynlib zip_library = DYNLIB("libzip.so.4", zip_symbols, libzip);
 *	...
 *	if (dynlib_load(&zip_library, "Word and OpenDocument support", err) != BG_OK)
 *		return err->status;
 *	libzip.fopen(...);
 */
#ifndef BAOGAO_DYNLIB_H
#define BAOGAO_DYNLIB_H

#include <stdbool.h>
#include <stddef.h>

#include "status.h"

/* A symbol of a library and where its address goes in the struct of
 * pointers that holds them. */
struct dynlib_symbol {
	const char *name;
	size_t offset;
};

/* The symbol NAME into the member FIELD of the struct TABLE. */
#define DYNLIB_SYMBOL(table, field, name) { #name, offsetof(__typeof__(table), field) }

/* A row X(member, function) of a library's list as a member of its
 * struct of pointers: MEMBER, a pointer to FUNCTION. */
#define DYNLIB_POINTER(member, function) __typeof__(function) *member;

/* A library to load: its file (a soname, found as the dynamic linker
 * finds it), its symbols and the struct they fill.  dynlib_load keeps
 * the rest. */
struct dynlib {
	const char *soname;
	const struct dynlib_symbol *symbols;
	size_t count;
	void *table;
	bool tried;              /* dynlib_load has run */
	char missing[160];       /* why it could not be loaded, or "" */
};

/* A struct dynlib for SONAME whose array SYMBOLS fills the struct TABLE. */
#define DYNLIB(soname, symbols, table) \
	{ (soname), (symbols), sizeof (symbols) / sizeof (symbols)[0], &(table), false, "" }

/* Loads LIB and fills its table the first time it is called for LIB,
 * from any thread (another caller waits for the first to finish); the
 * library stays loaded until the process ends.  Returns BG_OK once all
 * its symbols are there; else BG_ERR_NO_SUPPORT, every time, with ERR's
 * detail "WHAT is missing: " and why ("libzip.so.4: cannot open shared
 * object file ...", "libzip.so.4: no zip_fopen"). */
enum bg_status dynlib_load(struct dynlib *lib, const char *what, struct bg_error *err);

#endif
