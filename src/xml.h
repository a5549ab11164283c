/* SPDX-License-Identifier: GPL-3.0-or-later */
/* xml.h - libxml2, which parses web pages and the XML of office
 * documents, loaded the first time a reader needs it (dynlib.h): it
 * brings ICU (some 30 MB of data and libstdc++), whose loading every
 * run, a plain text report's too, would pay for.  The readers call its
 * functions through the table libxml, once xml_load said it is there. */
#ifndef BAOGAO_XML_H
#define BAOGAO_XML_H

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>

#include "dynlib.h"
#include "status.h"

/* The functions of libxml2 baogao calls, named without their "xml":
 * rows X(member, function) (dynlib.h). */
#define XML_FUNCTIONS(X) \
	X(init_parser, xmlInitParser) \
	X(get_last_error, xmlGetLastError) \
	X(html_read_memory, htmlReadMemory) \
	X(read_memory, xmlReadMemory) \
	X(reader_for_io, xmlReaderForIO) \
	X(text_reader_read, xmlTextReaderRead) \
	X(text_reader_next, xmlTextReaderNext) \
	X(text_reader_depth, xmlTextReaderDepth) \
	X(text_reader_node_type, xmlTextReaderNodeType) \
	X(text_reader_const_local_name, xmlTextReaderConstLocalName) \
	X(text_reader_expand, xmlTextReaderExpand) \
	X(free_text_reader, xmlFreeTextReader) \
	X(doc_get_root_element, xmlDocGetRootElement) \
	X(free_doc, xmlFreeDoc) \
	X(node_get_content, xmlNodeGetContent) \
	X(has_prop, xmlHasProp) \
	X(get_prop, xmlGetProp)

struct xml_functions {
	XML_FUNCTIONS(DYNLIB_POINTER)
	/* xmlFree is a variable (or, in a build of libxml2 with memory
	 * functions per thread, a macro for one): this is its address. */
	xmlFreeFunc *free;
};

/* libxml2's functions, there once xml_load returned BG_OK. */
extern struct xml_functions libxml;

/* Loads libxml2 the first time it is called (from any thread) and
 * initialises its parser.  Returns BG_OK, or BG_ERR_NO_SUPPORT with ERR's
 * detail when the library cannot be loaded. */
enum bg_status xml_load(struct bg_error *err);

/* Frees P, which libxml2 allocated (xmlFree); NULL is fine. */
void xml_free(void *p);

#endif
