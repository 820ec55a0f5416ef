/* render.h - the render stage: reply headers (and, later, the draft). */
#ifndef TACT_RENDER_H
#define TACT_RENDER_H

#include <gmime/gmime.h>

#include "core/source.h"

/* Fill reply[] with the headers of a reply to all of message, the way
 * `notmuch reply` computes them; message_id is the id being answered
 * (without brackets).  Missing headers are left NULL. */
void
tact_render_reply_headers (char *reply[TACT_REPLY_LAST_HEADER],
			   GMimeMessage *message, const char *message_id,
			   const tact_identity_t *identity);

#endif
