/* status.h - error reporting shared by the stages of libtact */
#ifndef TACT_STATUS_H
#define TACT_STATUS_H

#include <glib.h>

#include "tact.h"

/* Store a formatted sentence in *error_message (when error_message is
 * not NULL; the caller frees it with free()) and return status. */
tact_status_t
tact_fail (char **error_message, tact_status_t status, const char *format, ...)
    G_GNUC_PRINTF (3, 4);

#endif
