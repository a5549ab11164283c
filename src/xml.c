/* SPDX-License-Identifier: GPL-3.0-or-later */
/* xml.c - libxml2, loaded when first needed. */
#include <config.h>

#include <pthread.h>
#include <stddef.h>

#include "dynlib.h"
#include "xml.h"

struct xml_functions libxml;

static const struct dynlib_symbol xml_symbols[] = {
	DYNLIB_SYMBOL(libxml, init_parser, xmlInitParser),
	DYNLIB_SYMBOL(libxml, get_last_error, xmlGetLastError),
	DYNLIB_SYMBOL(libxml, html_read_memory, htmlReadMemory),
	DYNLIB_SYMBOL(libxml, read_memory, xmlReadMemory),
	DYNLIB_SYMBOL(libxml, reader_for_io, xmlReaderForIO),
	DYNLIB_SYMBOL(libxml, text_reader_read, xmlTextReaderRead),
	DYNLIB_SYMBOL(libxml, text_reader_next, xmlTextReaderNext),
	DYNLIB_SYMBOL(libxml, text_reader_depth, xmlTextReaderDepth),
	DYNLIB_SYMBOL(libxml, text_reader_node_type, xmlTextReaderNodeType),
	DYNLIB_SYMBOL(libxml, text_reader_const_local_name, xmlTextReaderConstLocalName),
	DYNLIB_SYMBOL(libxml, text_reader_expand, xmlTextReaderExpand),
	DYNLIB_SYMBOL(libxml, free_text_reader, xmlFreeTextReader),
	DYNLIB_SYMBOL(libxml, doc_get_root_element, xmlDocGetRootElement),
	DYNLIB_SYMBOL(libxml, free_doc, xmlFreeDoc),
	DYNLIB_SYMBOL(libxml, node_get_content, xmlNodeGetContent),
	DYNLIB_SYMBOL(libxml, has_prop, xmlHasProp),
	DYNLIB_SYMBOL(libxml, get_prop, xmlGetProp),
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
