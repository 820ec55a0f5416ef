/* source.h - the source stage: a thread from notmuch or from one
 * RFC 822 message, and the agent's identity. */
#ifndef TACT_SOURCE_H
#define TACT_SOURCE_H

#include <glib.h>
#include <gmime/gmime.h>

#include "tact.h"

struct tact_message {
    char *id;
    char *from_name;
    char *from_address;
    char *subject;
    char *date_iso8601;
    time_t date;
    gboolean is_agent;
    char *body;
    /* The split of the body into new text, quote and signature, made
     * when first asked for (a draft never asks for the agent's own
     * messages), with the thread's quoting lexicon. */
    gboolean split;
    const struct tact_lexicon *quoting;
    char *new_text;
    char *signature;
    GHashTable *headers;	/* lower-case name -> first value, decoded */
    size_t quoted_bytes;
    size_t signature_bytes;
};

struct tact_thread {
    GPtrArray *messages;	/* tact_message_t *, in date order */
    struct tact_lexicon *quoting;	/* for the messages' splits */
    size_t answered;
    char *reply[TACT_REPLY_LAST_HEADER];
    char *reply_head;		/* the reply's headers as notmuch prints them */
    char *quote;		/* attribution and quoted answered message */
};

/* Who the agent is, as notmuch reply sees the user. */
typedef struct tact_identity {
    char *name;			/* user.name */
    char *primary;		/* user.primary_email */
    GPtrArray *others;		/* user.other_email, then the caller's */
} tact_identity_t;

#endif
