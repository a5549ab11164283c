/* SPDX-License-Identifier: GPL-3.0-or-later */
/* i18n.h - messages in the user's language (GNU gettext): the error
 * messages, --help, the message line and the ? help screen.  English is
 * the language of the sources and of every locale without a translation
 * (po/LINGUAS).  What the batch modes print on standard output (text,
 * TSV, JSON, CSV, Markdown) is data, never translated. */
#ifndef BAOGAO_I18N_H
#define BAOGAO_I18N_H

#if ENABLE_NLS
#include <libintl.h>
/* The translation of MSGID in the current LC_MESSAGES, or MSGID. */
#define _(msgid) gettext(msgid)
#else
#define _(msgid) ((char *)(msgid))
#define gettext(msgid) ((char *)(msgid))
#endif
/* A string to translate where it is used, not where it stands (a table). */
#define N_(msgid) msgid

/* Binds the program's messages to their catalogues: in
 * $BAOGAO_LOCALEDIR when set (the tests', for a build not installed),
 * else in LOCALEDIR, as UTF-8 whatever the locale's character set (the
 * program writes UTF-8 only).  Call after setlocale. */
void i18n_init(void);

#endif
