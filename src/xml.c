/* SPDX-License-Identifier: GPL-3.0-or-later */
/* xml.c - libxml2, loaded when first needed. */
#include <config.h>

#include <pthread.h>
#include <stddef.h>

#include "dynlib.h"
#include "xml.h"

struct xml_functions libxml;

#define XML_SYMBOL(member, function) DYNLIB_SYMBOL(libxml, member, function),
static const struct dynlib_symbol xml_symbols[] = {
	XML_FUNCTIONS(XML_SYMBOL)
	/* The variable by its name: xmlFree may be a macro here. */
	{ "xmlFree", offsetof(struct xml_functions, free) },
};

static struct dynlib xml_library = DYNLIB(LIBXML2_SONAME, xml_symbols, libxml);

/* The parser's global state is set up once, before the first parse:
 * readers parse in several threads at once. */
static void
init_parser(void)
{
	libxml.init_parser();
}

enum bg_status
xml_load(struct bg_error *err)
{
	static pthread_once_t parser_once = PTHREAD_ONCE_INIT;
	enum bg_status st = dynlib_load(&xml_library, "web page and office document support", err);

	if (st == BG_OK)
		pthread_once(&parser_once, init_parser);
	return st;
}

void
xml_free(void *p)
{
	if (p)
		(*libxml.free)(p);
}
