/* text.h - the text stage: a message's body as UTF-8 text, split into
 * what the sender newly wrote, quoted history and signature. */
#ifndef TACT_TEXT_H
#define TACT_TEXT_H

#include <gmime/gmime.h>

#include "tact.h"
#include "core/lexicon.h"

/* GMime 3.2 declares no g_autoptr cleanups of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeStream, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeFilter, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeParser, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeMessage, g_object_unref)

/* The body of a MIME message as valid UTF-8 with LF line ends: text
 * parts in order, the plain alternative preferred to HTML, HTML-only
 * parts turned into text, attachments and signatures left out,
 * forwarded messages set under a "Forwarded message" line.  At most
 * about max_bytes bytes are decoded.  Never NULL. */
char *
tact_text_from_mime (GMimeObject *body, size_t max_bytes);

/* One text part's content as valid UTF-8 with LF line ends: the one
 * place that deals with charsets (declared, undeclared, windows-1252
 * labelled iso-8859-*).  At most about max_bytes bytes.  Never NULL. */
char *
tact_text_from_part (GMimePart *part, size_t max_bytes);

/* The same, control characters kept, as notmuch reply quotes them. */
char *
tact_text_from_part_as_sent (GMimePart *part, size_t max_bytes);

/* HTML (UTF-8) as readable text: paragraphs and line breaks kept, tags
 * gone, entities decoded, link text kept, blockquotes quoted with "> ".
 * Never NULL. */
char *
tact_text_from_html (const char *html, size_t length);

/* How a body splits. */
typedef struct tact_split {
    char *new_text;		/* what the sender newly wrote */
    char *signature;		/* the signature lines */
    size_t quoted_bytes;	/* bytes of quoted history */
    size_t signature_bytes;	/* bytes of signature */
} tact_split_t;

/* Split body into new text, quoted history and signature using the
 * rules of the quoting lexicon; sender_name, when not NULL, helps find
 * a name alone on the last line.  Free split->new_text and
 * split->signature with g_free. */
void
tact_text_split (tact_split_t *split, const tact_lexicon_t *quoting,
		 const char *body, const char *sender_name);

#endif
