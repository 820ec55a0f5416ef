/* status.c - status codes and error messages shared by every stage */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tact.h"
#include "core/status.h"

const char *
tact_status_to_string (tact_status_t status)
{
    switch (status) {
    case TACT_STATUS_SUCCESS:
	return "no error";
    case TACT_STATUS_OUT_OF_MEMORY:
	return "out of memory";
    case TACT_STATUS_NOT_FOUND:
	return "no message matches";
    case TACT_STATUS_BAD_INPUT:
	return "input tact cannot read";
    case TACT_STATUS_NO_DATABASE:
	return "notmuch database or configuration unavailable";
    case TACT_STATUS_INTERNAL_ERROR:
	return "internal error";
    case TACT_STATUS_LAST_STATUS:
	break;
    }
    return "unknown status";
}

const char *
tact_version (void)
{
    return PACKAGE_VERSION;
}

tact_status_t
tact_fail (char **error_message, tact_status_t status, const char *format, ...)
{
    va_list ap;
    char *text = NULL;

    if (! error_message)
	return status;
    va_start (ap, format);
    if (vasprintf (&text, format, ap) < 0)
	text = NULL;
    va_end (ap);
    *error_message = text ? text : strdup (tact_status_to_string (status));
    return status;
}
