/* render.c - the render stage: the draft's text from the plan and the
 * templates (values inserted as they are, never read as template
 * syntax), wrapped at 72 columns; the headers of the reply; the quote.
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

#include "core/plan.h"
#include "core/render.h"
#include "core/status.h"
#include "core/templates.h"
#include "core/text.h"

/* The most of one text part a quote holds. */
#define QUOTE_MAX_BYTES (4 * 1024 * 1024)

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
tact_render_reply_headers (char *out[TACT_REPLY_LAST_HEADER], char **head,
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
    /* As notmuch prints them: RFC 2047-encoded and folded by GMime,
     * then the blank line. */
    if (head)
	*head = g_mime_object_to_string (GMIME_OBJECT (reply), NULL);
}

/* ---- the quote ---- */

static void
quote_text (GString *out, const char *text)
{
    const char *line = text;

    while (*line) {
	const char *end = strchr (line, '\n');
	size_t length = end ? (size_t) (end - line) : strlen (line);

	g_string_append (out, "> ");
	g_string_append_len (out, line, (gssize) length);
	g_string_append_c (out, '\n');
	line += length + (end ? 1 : 0);
    }
}

static char *
mime_type_of (GMimeObject *part)
{
    return g_mime_content_type_get_mime_type (g_mime_object_get_content_type (part));
}

/* notmuch-reply.c's format_part_reply, part by part. */
static void
quote_part (GString *out, GMimeObject *part, gboolean top)
{
    if (GMIME_IS_MESSAGE (part)) {
	GMimeMessage *message = GMIME_MESSAGE (part);
	GMimeObject *body = g_mime_message_get_mime_part (message);

	if (! top) {
	    g_autofree char *from = internet_address_list_to_string (
		g_mime_message_get_from (message), NULL, FALSE);
	    g_autofree char *to = internet_address_list_to_string (
		g_mime_message_get_addresses (message, GMIME_ADDRESS_TYPE_TO), NULL, FALSE);
	    g_autofree char *cc = internet_address_list_to_string (
		g_mime_message_get_addresses (message, GMIME_ADDRESS_TYPE_CC), NULL, FALSE);
	    GDateTime *date = g_mime_message_get_date (message);
	    g_autofree char *date_text = date ? g_mime_utils_header_format_date (date)
		: g_strdup ("Thu, 01 Jan 1970 00:00:00 +0000");
	    const char *subject = g_mime_message_get_subject (message);

	    g_string_append_printf (out, "> From: %s\n", from ? from : "");
	    if (to && *to)
		g_string_append_printf (out, "> To: %s\n", to);
	    if (cc && *cc)
		g_string_append_printf (out, "> Cc: %s\n", cc);
	    g_string_append_printf (out, "> Subject: %s\n", subject ? subject : "");
	    g_string_append_printf (out, "> Date: %s\n", date_text);
	    g_string_append (out, ">\n");
	}
	if (body)
	    quote_part (out, body, FALSE);
    } else if (GMIME_IS_MESSAGE_PART (part)) {
	GMimeMessage *message = g_mime_message_part_get_message (GMIME_MESSAGE_PART (part));

	if (message)
	    quote_part (out, GMIME_OBJECT (message), FALSE);
    } else if (GMIME_IS_MULTIPART (part)) {
	GMimeMultipart *multipart = GMIME_MULTIPART (part);

	for (int i = 0; i < g_mime_multipart_get_count (multipart); i++)
	    quote_part (out, g_mime_multipart_get_part (multipart, i), FALSE);
    } else if (GMIME_IS_PART (part)) {
	GMimeContentType *type = g_mime_object_get_content_type (part);
	GMimeContentDisposition *disposition = g_mime_object_get_content_disposition (part);
	g_autofree char *mime_type = mime_type_of (part);

	if (g_mime_content_type_is_type (type, "application", "pgp-encrypted")
	    || g_mime_content_type_is_type (type, "application", "pgp-signature")
	    || g_mime_content_type_is_type (type, "application", "pkcs7-mime")) {
	    /* PGP/MIME cruft */
	} else if (g_mime_content_type_is_type (type, "text", "*")
		   && ! g_mime_content_type_is_type (type, "text", "html")) {
	    g_autofree char *text = tact_text_from_part_as_sent (GMIME_PART (part), QUOTE_MAX_BYTES);

	    quote_text (out, text);
	} else if (disposition && g_mime_content_disposition_get_disposition (disposition)
		   && ! g_ascii_strcasecmp (g_mime_content_disposition_get_disposition (disposition),
					    GMIME_DISPOSITION_ATTACHMENT)) {
	    const char *filename = g_mime_part_get_filename (GMIME_PART (part));

	    g_string_append_printf (out, "Attachment: %s (%s)\n", filename ? filename : "(null)",
				    mime_type);
	} else {
	    g_string_append_printf (out, "Non-text part: %s\n", mime_type);
	}
    }
}

char *
tact_render_quote (GMimeMessage *message, const char *date, const char *from)
{
    GString *out = g_string_new (NULL);

    g_string_append_printf (out, "On %s, %s wrote:\n", date ? date : "", from ? from : "");
    quote_part (out, GMIME_OBJECT (message), TRUE);
    return g_string_free (out, FALSE);
}

/* ---- the draft ---- */

/* Replies are wrapped here, as mail is. */
#define WRAP_COLUMNS 72

struct tact_draft {
    tact_plan_t plan;
    char *body;
    char *reply;
    char *quote;
    char *mirror;
    GPtrArray *template_names;
};

static gboolean
condition_holds (const tact_plan_t *plan, const char *word)
{
    const char *value;

    if (g_hash_table_contains (plan->conditions, word))
	return TRUE;
    value = g_hash_table_lookup (plan->values, word);
    return value && *value;
}

/* Fill a template body.  Values are appended as they are: they are
 * never read as template syntax. */
static void
fill (GString *out, const GPtrArray *nodes, const tact_plan_t *plan)
{
    for (guint i = 0; i < nodes->len; i++) {
	const tact_node_t *node = nodes->pdata[i];

	switch (node->kind) {
	case TACT_NODE_TEXT:
	    g_string_append (out, node->text);
	    break;
	case TACT_NODE_VARIABLE:
	    {
		const char *value = g_hash_table_lookup (plan->values, node->text);

		g_string_append (out, value && *value ? value
				 : node->fallback ? node->fallback : "");
	    }
	    break;
	case TACT_NODE_IF:
	case TACT_NODE_UNLESS:
	    {
		gboolean yes = condition_holds (plan, node->text);

		if (node->kind == TACT_NODE_UNLESS)
		    yes = ! yes;
		fill (out, yes ? node->then : node->otherwise, plan);
	    }
	    break;
	}
    }
}

/* The width of text on a terminal. */
static size_t
columns_of (const char *text, size_t length)
{
    size_t width = 0;

    for (const char *p = text; p < text + length; p = g_utf8_next_char (p)) {
	gunichar c = g_utf8_get_char (p);

	if (g_unichar_iszerowidth (c))
	    continue;
	width += g_unichar_iswide (c) ? 2 : 1;
    }
    return width;
}

/* Wrap each line longer than width at spaces; lines keep their breaks,
 * quoted lines and the signature separator stay as they are, and a
 * word longer than a line (a URL) is not broken. */
char *
tact_render_wrap (const char *text, size_t width)
{
    GString *out = g_string_new (NULL);
    const char *line = text;

    while (*line) {
	const char *end = strchr (line, '\n');
	size_t length = end ? (size_t) (end - line) : strlen (line);

	if (line[0] == '>' || columns_of (line, length) <= width) {
	    g_string_append_len (out, line, (gssize) length);
	} else {
	    const char *p = line, *stop = line + length;

	    while (p < stop) {
		const char *cut = NULL, *q = p;
		size_t used = 0;

		while (q < stop) {
		    const char *next = g_utf8_next_char (q);

		    /* a space just past the width still ends a line that fits */
		    if (*q == ' ')
			cut = q;
		    used += columns_of (q, (size_t) (next - q));
		    if (used > width)
			break;
		    q = next;
		}
		if (q >= stop) {
		    g_string_append_len (out, p, stop - p);
		    break;
		}
		if (! cut || cut == p) {
		    /* one long word: up to the next space */
		    cut = memchr (q, ' ', (size_t) (stop - q));
		    if (! cut) {
			g_string_append_len (out, p, stop - p);
			break;
		    }
		}
		g_string_append_len (out, p, cut - p);
		g_string_append_c (out, '\n');
		p = cut;
		while (p < stop && *p == ' ')
		    p++;
	    }
	}
	g_string_append_c (out, '\n');
	line += length + (end ? 1 : 0);
    }
    return g_string_free (out, FALSE);
}

/* One move's text, trimmed of blank lines and trailing spaces. */
static char *
move_text (const tact_planned_move_t *planned, const tact_plan_t *plan)
{
    GString *out = g_string_new (NULL);

    fill (out, tact_template_body (planned->template_), plan);
    return g_strstrip (g_string_free (out, FALSE));
}

tact_status_t
tact_draft_new (tact_draft_t **out, const tact_thread_t *thread,
		const tact_analysis_t *analysis, const tact_templates_t *templates,
		const tact_draft_options_t *options, char **error_message)
{
    tact_draft_options_t defaults = TACT_DRAFT_OPTIONS_INIT;
    tact_draft_t *draft;
    tact_status_t status;
    GString *body, *paragraph = g_string_new (NULL);
    g_autofree char *unwrapped = NULL;

    *out = NULL;
    if (! options)
	options = &defaults;
    if (options->version != TACT_DRAFT_OPTIONS_VERSION)
	return tact_fail (error_message, TACT_STATUS_BAD_INPUT,
			  "draft options of version %d: this libtact knows version %d",
			  options->version, TACT_DRAFT_OPTIONS_VERSION);
    if (options->time_zone) {
	GTimeZone *zone = g_time_zone_new_identifier (options->time_zone);

	if (! zone)
	    return tact_fail (error_message, TACT_STATUS_BAD_INPUT,
			      "'%s' is not a time zone (try Europe/Berlin or UTC)",
			      options->time_zone);
	g_time_zone_unref (zone);
    }
    draft = g_new0 (tact_draft_t, 1);
    status = tact_plan_make (&draft->plan, thread, analysis, templates, options, error_message);
    if (status) {
	g_string_free (paragraph, TRUE);
	tact_draft_free (draft);
	return status;
    }

    /* Greeting; acknowledge and apologize in one paragraph; solve;
     * follow-up; sign-off. */
    body = g_string_new (NULL);
    for (guint i = 0; i < draft->plan.moves->len; i++) {
	const tact_planned_move_t *planned = &g_array_index (draft->plan.moves,
							     tact_planned_move_t, i);
	g_autofree char *text = move_text (planned, &draft->plan);
	gboolean joins = planned->move == TACT_MOVE_APOLOGIZE && paragraph->len;

	if (! *text)
	    continue;
	if (joins) {
	    g_string_append_c (paragraph, ' ');
	    g_string_append (paragraph, text);
	    continue;
	}
	if (paragraph->len) {
	    g_string_append_printf (body, "%s%s\n", body->len ? "\n" : "", paragraph->str);
	    g_string_truncate (paragraph, 0);
	}
	g_string_append (paragraph, text);
	if (planned->move != TACT_MOVE_ACKNOWLEDGE) {
	    g_string_append_printf (body, "%s%s\n", body->len ? "\n" : "", paragraph->str);
	    g_string_truncate (paragraph, 0);
	}
    }
    if (paragraph->len)
	g_string_append_printf (body, "%s%s\n", body->len ? "\n" : "", paragraph->str);
    g_string_free (paragraph, TRUE);
    unwrapped = g_string_free (body, FALSE);
    draft->body = tact_render_wrap (unwrapped, WRAP_COLUMNS);
    draft->quote = g_strdup (thread->quote ? thread->quote : "");
    draft->reply = g_strconcat (thread->reply_head ? thread->reply_head : "\n", draft->body, "\n",
				draft->quote, NULL);
    draft->mirror = g_strdup (g_hash_table_lookup (draft->plan.values, "struggle.mirror"));
    *out = draft;
    return TACT_STATUS_SUCCESS;
}

void
tact_draft_free (tact_draft_t *draft)
{
    if (! draft)
	return;
    tact_plan_clear (&draft->plan);
    g_free (draft->body);
    g_free (draft->reply);
    g_free (draft->quote);
    g_free (draft->mirror);
    g_free (draft);
}

const char *
tact_draft_get_body (const tact_draft_t *draft)
{
    return draft->body;
}

const char *
tact_draft_get_reply (const tact_draft_t *draft)
{
    return draft->reply;
}

const char *
tact_draft_get_quote (const tact_draft_t *draft)
{
    return draft->quote;
}

tact_register_t
tact_draft_get_register (const tact_draft_t *draft)
{
    return draft->plan.register_;
}

const char *
tact_draft_get_followup (const tact_draft_t *draft)
{
    return draft->plan.followup;
}

const char *
tact_draft_get_mirror (const tact_draft_t *draft)
{
    return draft->mirror ? draft->mirror : "";
}

size_t
tact_draft_count_moves (const tact_draft_t *draft)
{
    return draft->plan.moves->len;
}

static const tact_planned_move_t *
planned_at (const tact_draft_t *draft, size_t index)
{
    return index < draft->plan.moves->len
	? &g_array_index (draft->plan.moves, tact_planned_move_t, index) : NULL;
}

tact_move_t
tact_draft_get_move (const tact_draft_t *draft, size_t index)
{
    const tact_planned_move_t *planned = planned_at (draft, index);

    return planned ? planned->move : TACT_MOVE_LAST_MOVE;
}

const char *
tact_draft_get_move_template (const tact_draft_t *draft, size_t index)
{
    const tact_planned_move_t *planned = planned_at (draft, index);

    return planned ? planned->template_->name : NULL;
}

const char *
tact_draft_get_move_reason (const tact_draft_t *draft, size_t index)
{
    const tact_planned_move_t *planned = planned_at (draft, index);

    return planned ? planned->reason : NULL;
}

const char *
tact_draft_get_move_evidence (const tact_draft_t *draft, size_t index)
{
    const tact_planned_move_t *planned = planned_at (draft, index);

    return planned ? planned->evidence : NULL;
}
