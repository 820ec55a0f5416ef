/* render.c - the render stage: the headers of a reply.
 *
 * The reply headers must equal what `notmuch reply` prints for the same
 * message, so this follows notmuch-reply.c step by step, with the same
 * GMime calls: recipients from Reply-To (unless a list munged it),
 * From, To, Cc and Bcc less the user's addresses; From the user's
 * address the message reached (To/Cc, then Envelope-To, X-Original-To,
 * Delivered-To, then Received headers, then the primary address).
 */
#include "config.h"

#include <string.h>

#include "core/render.h"
#include "core/text.h"

typedef enum {
    USER_ADDRESS_IN_STRING,
    STRING_IN_USER_ADDRESS,
    STRING_IS_USER_ADDRESS,
} address_match_t;

static gboolean
match_address (const char *str, const char *address, address_match_t mode)
{
    if (! address)
	return FALSE;
    switch (mode) {
    case USER_ADDRESS_IN_STRING:
	return strcasestr (str, address) != NULL;
    case STRING_IN_USER_ADDRESS:
	return strcasestr (address, str) != NULL;
    case STRING_IS_USER_ADDRESS:
	return g_ascii_strcasecmp (address, str) == 0;
    }
    return FALSE;
}

static const char *
address_match (const tact_identity_t *identity, const char *str, address_match_t mode)
{
    if (! str || *str == '\0')
	return NULL;
    if (match_address (str, identity->primary, mode))
	return identity->primary;
    for (unsigned int i = 0; i < identity->others->len; i++) {
	const char *address = identity->others->pdata[i];

	if (match_address (str, address, mode))
	    return address;
    }
    return NULL;
}

/* Add the addresses of list that are not the user's to reply; note the
 * first that is. */
static unsigned int
scan_address_list (InternetAddressList *list, const tact_identity_t *identity,
		   GMimeMessage *reply, GMimeAddressType type,
		   const char **user_from)
{
    unsigned int n = 0;

    if (! list)
	return 0;
    for (int i = 0; i < internet_address_list_length (list); i++) {
	InternetAddress *address = internet_address_list_get_address (list, i);

	if (INTERNET_ADDRESS_IS_GROUP (address)) {
	    InternetAddressGroup *group = INTERNET_ADDRESS_GROUP (address);

	    n += scan_address_list (internet_address_group_get_members (group),
				    identity, reply, type, user_from);
	} else {
	    const char *name = internet_address_get_name (address);
	    const char *addr = internet_address_mailbox_get_addr (INTERNET_ADDRESS_MAILBOX (address));

	    if (address_match (identity, addr, STRING_IS_USER_ADDRESS)) {
		if (user_from && ! *user_from)
		    *user_from = addr;
	    } else if (reply) {
		g_mime_message_add_mailbox (reply, type, name, addr);
		n++;
	    }
	}
    }
    return n;
}

/* A Reply-To naming an address already among the recipients was put
 * there by a mailing list: reply to From instead. */
static gboolean
reply_to_is_redundant (GMimeMessage *message, InternetAddressList *reply_to)
{
    InternetAddress *address;
    InternetAddressList *recipients;
    const char *wanted;
    gboolean redundant = FALSE;

    if (! reply_to || internet_address_list_length (reply_to) != 1)
	return FALSE;
    address = internet_address_list_get_address (reply_to, 0);
    if (INTERNET_ADDRESS_IS_GROUP (address))
	return FALSE;
    wanted = internet_address_mailbox_get_addr (INTERNET_ADDRESS_MAILBOX (address));
    recipients = g_mime_message_get_all_recipients (message);
    for (int i = 0; i < internet_address_list_length (recipients); i++) {
	address = internet_address_list_get_address (recipients, i);
	if (INTERNET_ADDRESS_IS_GROUP (address))
	    continue;
	if (! strcmp (internet_address_mailbox_get_addr (INTERNET_ADDRESS_MAILBOX (address)), wanted)) {
	    redundant = TRUE;
	    break;
	}
    }
    g_object_unref (recipients);
    return redundant;
}

static InternetAddressList *
sender_of (GMimeMessage *message)
{
    InternetAddressList *reply_to = g_mime_message_get_reply_to (message);

    if (reply_to && internet_address_list_length (reply_to) > 0 &&
	! reply_to_is_redundant (message, reply_to))
	return reply_to;
    return g_mime_message_get_from (message);
}

static const char *
add_recipients (GMimeMessage *reply, const tact_identity_t *identity,
		GMimeMessage *message)
{
    const char *from_addr = NULL;
    unsigned int n = 0;

    n += scan_address_list (sender_of (message), identity, reply,
			    GMIME_ADDRESS_TYPE_TO, &from_addr);
    n += scan_address_list (g_mime_message_get_addresses (message, GMIME_ADDRESS_TYPE_TO),
			    identity, reply, GMIME_ADDRESS_TYPE_TO, &from_addr);
    n += scan_address_list (g_mime_message_get_addresses (message, GMIME_ADDRESS_TYPE_CC),
			    identity, reply, GMIME_ADDRESS_TYPE_CC, &from_addr);
    n += scan_address_list (g_mime_message_get_addresses (message, GMIME_ADDRESS_TYPE_BCC),
			    identity, reply, GMIME_ADDRESS_TYPE_BCC, &from_addr);
    /* A message from the user to the user: reply to the user. */
    if (n == 0 && from_addr)
	g_mime_message_add_mailbox (reply, GMIME_ADDRESS_TYPE_TO, NULL, from_addr);
    return from_addr;
}

/* A header as notmuch_message_get_header gives it: decoded, and for
 * Received and Delivered-To every instance joined by a space. */
static char *
decoded_header (GMimeMessage *message, const char *name)
{
    GMimeHeaderList *headers = g_mime_object_get_header_list (GMIME_OBJECT (message));
    const char *value;

    if (! g_ascii_strcasecmp (name, "received") || ! g_ascii_strcasecmp (name, "delivered-to")) {
	GString *combined = NULL;

	for (int i = 0; headers && i < g_mime_header_list_get_count (headers); i++) {
	    GMimeHeader *header = g_mime_header_list_get_header_at (headers, i);
	    g_autofree char *decoded = NULL;

	    if (g_ascii_strcasecmp (g_mime_header_get_name (header), name))
		continue;
	    decoded = g_mime_utils_header_decode_text (NULL, g_mime_header_get_value (header));
	    if (! combined)
		combined = g_string_new (decoded);
	    else
		g_string_append_printf (combined, " %s", decoded);
	}
	return combined ? g_string_free (combined, FALSE) : g_strdup ("");
    }
    value = g_mime_object_get_header (GMIME_OBJECT (message), name);
    return value ? g_mime_utils_header_decode_text (NULL, value) : g_strdup ("");
}

static const char *
from_in_to_headers (GMimeMessage *message, const tact_identity_t *identity)
{
    static const char *const names[] = { "Envelope-to", "X-Original-To", "Delivered-To", NULL };

    for (int i = 0; names[i]; i++) {
	g_autofree char *value = decoded_header (message, names[i]);
	const char *addr = address_match (identity, value, USER_ADDRESS_IN_STRING);

	if (addr)
	    return addr;
    }
    return NULL;
}

/* The domain of each " by MTA" in the Received headers, matched
 * against the user's addresses. */
static const char *
from_in_received_by (const char *received, const tact_identity_t *identity)
{
    const char *by = received;

    while ((by = strstr (by, " by ")) != NULL) {
	g_autofree char *mta = NULL;
	char *token, *part, *domain = NULL, *tld = NULL;
	const char *addr;

	by += 4;
	if (*by == '\0')
	    break;
	mta = g_strdup (by);
	token = strtok (mta, " \t");
	if (! token)
	    break;
	while ((part = strsep (&token, ". \t")) != NULL) {
	    if (*part == '\0')
		continue;
	    domain = tld;
	    tld = part;
	}
	if (domain) {
	    *(tld - 1) = '.';
	    addr = address_match (identity, domain, STRING_IN_USER_ADDRESS);
	    if (addr)
		return addr;
	}
    }
    return NULL;
}

static const char *
from_in_received (GMimeMessage *message, const tact_identity_t *identity)
{
    g_autofree char *received = decoded_header (message, "received");
    const char *addr = NULL, *for_part;

    if (! *received)
	return NULL;
    for (char *p = received; *p; p++) {
	if (*p == '\t' || *p == '\n')
	    *p = ' ';
	else if ((unsigned char) *p < 32)
	    *p = '?';
    }
    for_part = strstr (received, " for ");
    if (for_part)
	addr = address_match (identity, for_part, USER_ADDRESS_IN_STRING);
    if (! addr)
	addr = from_in_received_by (received, identity);
    return addr;
}

void
tact_render_reply_headers (char *out[TACT_REPLY_LAST_HEADER],
			   GMimeMessage *message, const char *message_id,
			   const tact_identity_t *identity)
{
    g_autoptr (GMimeMessage) reply = g_mime_message_new (TRUE);
    g_autofree char *in_reply_to = g_strdup_printf ("<%s>", message_id);
    g_autofree char *references = NULL;
    g_autofree char *original_references = decoded_header (message, "references");
    g_autofree char *from = NULL;
    const char *from_addr, *subject, *value;

    g_mime_object_set_header (GMIME_OBJECT (reply), "In-Reply-To", in_reply_to, NULL);
    references = *original_references
	? g_strdup_printf ("%s %s", original_references, in_reply_to)
	: g_strdup (in_reply_to);
    g_mime_object_set_header (GMIME_OBJECT (reply), "References", references, NULL);

    from_addr = add_recipients (reply, identity, message);
    if (! from_addr)
	from_addr = from_in_to_headers (message, identity);
    if (! from_addr)
	from_addr = from_in_received (message, identity);
    if (! from_addr)
	from_addr = identity->primary;
    if (from_addr) {
	from = g_strdup_printf ("%s <%s>", identity->name ? identity->name : "", from_addr);
	g_mime_object_set_header (GMIME_OBJECT (reply), "From", from, NULL);
    }

    subject = g_mime_message_get_subject (message);
    if (subject) {
	g_autofree char *prefixed = g_ascii_strncasecmp (subject, "Re:", 3)
	    ? g_strdup_printf ("Re: %s", subject) : g_strdup (subject);

	g_mime_message_set_subject (reply, prefixed, NULL);
    }

    /* Read every value back from the reply, as notmuch does, so that
     * GMime's own formatting of addresses applies. */
    value = g_mime_message_get_subject (reply);
    out[TACT_REPLY_SUBJECT] = value ? g_strdup (value) : NULL;
    value = g_mime_object_get_header (GMIME_OBJECT (reply), "From");
    out[TACT_REPLY_FROM] = value ? g_strdup (value) : NULL;
    out[TACT_REPLY_TO] = internet_address_list_to_string (
	g_mime_message_get_addresses (reply, GMIME_ADDRESS_TYPE_TO), NULL, FALSE);
    out[TACT_REPLY_CC] = internet_address_list_to_string (
	g_mime_message_get_addresses (reply, GMIME_ADDRESS_TYPE_CC), NULL, FALSE);
    out[TACT_REPLY_BCC] = internet_address_list_to_string (
	g_mime_message_get_addresses (reply, GMIME_ADDRESS_TYPE_BCC), NULL, FALSE);
    value = g_mime_object_get_header (GMIME_OBJECT (reply), "In-reply-to");
    out[TACT_REPLY_IN_REPLY_TO] = value ? g_strdup (value) : NULL;
    value = g_mime_object_get_header (GMIME_OBJECT (reply), "References");
    out[TACT_REPLY_REFERENCES] = value ? g_strdup (value) : NULL;
    for (int i = 0; i < TACT_REPLY_LAST_HEADER; i++) {
	if (out[i] && ! *out[i]) {
	    g_free (out[i]);
	    out[i] = NULL;
	}
    }
}
