/* SPDX-License-Identifier: GPL-3.0-or-later */
/* i18n.c - the message catalogues' place and character set. */
#include <config.h>

#include <stdlib.h>

#include "i18n.h"

void
i18n_init(void)
{
#if ENABLE_NLS
	const char *dir = getenv("BAOGAO_LOCALEDIR");

	bindtextdomain(PACKAGE, dir && *dir ? dir : LOCALEDIR);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
#endif
}
