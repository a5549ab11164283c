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

#include "status.h"

/* The functions of libxml2 baogao calls, named without their "xml". */
struct xml_functions {
	__typeof__(xmlInitParser) *init_parser;
	__typeof__(xmlGetLastError) *get_last_error;
	__typeof__(htmlReadMemory) *html_read_memory;
	__typeof__(xmlReadMemory) *read_memory;
	__typeof__(xmlReaderForIO) *reader_for_io;
	__typeof__(xmlTextReaderRead) *text_reader_read;
	__typeof__(xmlTextReaderNext) *text_reader_next;
	__typeof__(xmlTextReaderDepth) *text_reader_depth;
	__typeof__(xmlTextReaderNodeType) *text_reader_node_type;
	__typeof__(xmlTextReaderConstLocalName) *text_reader_const_local_name;
	__typeof__(xmlTextReaderExpand) *text_reader_expand;
	__typeof__(xmlFreeTextReader) *free_text_reader;
	__typeof__(xmlDocGetRootElement) *doc_get_root_element;
	__typeof__(xmlFreeDoc) *free_doc;
	__typeof__(xmlNodeGetContent) *node_get_content;
	__typeof__(xmlHasProp) *has_prop;
	__typeof__(xmlGetProp) *get_prop;
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
