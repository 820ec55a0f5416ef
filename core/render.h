/* render.h - the render stage: reply headers (and, later, the draft). */
#ifndef TACT_RENDER_H
#define TACT_RENDER_H

#include <gmime/gmime.h>

#include "core/source.h"

/* Fill reply[] with the headers of a reply to all of message, the way
 * `notmuch reply` computes them; message_id is the id being answered
 * (without brackets).  Missing headers are left NULL.  *head, when
 * head is not NULL, gets them as notmuch reply prints them: encoded,
 * folded, ending in a blank line. */
void
tact_render_reply_headers (char *reply[TACT_REPLY_LAST_HEADER], char **head,
			   GMimeMessage *message, const char *message_id,
			   const tact_identity_t *identity);

/* The attribution line and the quoted message, as notmuch reply writes
 * them: "On DATE, FROM wrote:", text parts quoted with "> ", other
 * parts named. */
char *
tact_render_quote (GMimeMessage *message, const char *date, const char *from);

/* text with each line longer than width (in terminal columns) wrapped
 * at spaces; quoted lines and words longer than a line are left whole. */
char *
tact_render_wrap (const char *text, size_t width);

#endif
