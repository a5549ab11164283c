/* SPDX-License-Identifier: GPL-3.0-or-later */
/* status.c - messages for status values. */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>

#include "i18n.h"
#include "status.h"

const char *
bg_status_message(enum bg_status status)
{
	switch (status) {
#define BG_STATUS_CASE(name, message) case name: return _(message);
	BG_STATUS_LIST(BG_STATUS_CASE)
#undef BG_STATUS_CASE
	}
	return _("unknown error");
}

enum bg_status
bg_fail(struct bg_error *err, enum bg_status status, const char *format, ...)
{
	if (err) {
		err->status = status;
		err->detail[0] = '\0';
		if (format) {
			va_list ap;
			va_start(ap, format);
			vsnprintf(err->detail, sizeof err->detail, format, ap);
			va_end(ap);
		}
	}
	return status;
}
