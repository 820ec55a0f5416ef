/* source.c - the source stage: a thread from the user's notmuch
 * database, or one RFC 822 message from a file or a pipe. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <notmuch.h>

#include "core/lexicon.h"
#include "core/render.h"
#include "core/source.h"
#include "core/status.h"
#include "core/text.h"

#define DEFAULT_MAX_BODY_BYTES (1024 * 1024)

static void
init_once (void)
{
    static gsize done;

    if (g_once_init_enter (&done)) {
	g_mime_init ();
	g_once_init_leave (&done, 1);
    }
}

/* ---- the agent's identity ---- */

static void
identity_clear (tact_identity_t *identity)
{
    g_free (identity->name);
    g_free (identity->primary);
    if (identity->others)
	g_ptr_array_unref (identity->others);
    memset (identity, 0, sizeof *identity);
}

static void
identity_load (tact_identity_t *identity, notmuch_database_t *db,
	       const tact_source_options_t *options)
{
    identity->others = g_ptr_array_new_with_free_func (g_free);
    if (db) {
	const char *value;
	notmuch_config_values_t *others;

	value = notmuch_config_get (db, NOTMUCH_CONFIG_USER_NAME);
	identity->name = value ? g_strdup (value) : NULL;
	value = notmuch_config_get (db, NOTMUCH_CONFIG_PRIMARY_EMAIL);
	identity->primary = value && *value ? g_strdup (value) : NULL;
	for (others = notmuch_config_get_values (db, NOTMUCH_CONFIG_OTHER_EMAIL);
	     others && notmuch_config_values_valid (others);
	     notmuch_config_values_move_to_next (others))
	    g_ptr_array_add (identity->others, g_strdup (notmuch_config_values_get (others)));
	if (others)
	    notmuch_config_values_destroy (others);
    }
    if (options && options->agent_addresses)
	for (const char *const *a = options->agent_addresses; *a; a++)
	    g_ptr_array_add (identity->others, g_strdup (*a));
}

static gboolean
identity_owns (const tact_identity_t *identity, const char *address)
{
    if (! address || ! *address)
	return FALSE;
    if (identity->primary && ! g_ascii_strcasecmp (identity->primary, address))
	return TRUE;
    for (unsigned int i = 0; i < identity->others->len; i++)
	if (! g_ascii_strcasecmp (identity->others->pdata[i], address))
	    return TRUE;
    return FALSE;
}

/* ---- messages ---- */

static void
message_free (gpointer data)
{
    tact_message_t *message = data;

    g_free (message->id);
    g_free (message->from_name);
    g_free (message->from_address);
    g_free (message->subject);
    g_free (message->date_iso8601);
    g_free (message->body);
    g_free (message->new_text);
    g_free (message->signature);
    if (message->headers)
	g_hash_table_unref (message->headers);
    g_free (message);
}

static InternetAddressMailbox *
first_mailbox (InternetAddressList *list)
{
    for (int i = 0; list && i < internet_address_list_length (list); i++) {
	InternetAddress *address = internet_address_list_get_address (list, i);

	if (INTERNET_ADDRESS_IS_MAILBOX (address))
	    return INTERNET_ADDRESS_MAILBOX (address);
	if (INTERNET_ADDRESS_IS_GROUP (address)) {
	    InternetAddressMailbox *inside = first_mailbox (
		internet_address_group_get_members (INTERNET_ADDRESS_GROUP (address)));
	    if (inside)
		return inside;
	}
    }
    return NULL;
}

/* Valid UTF-8 with no control characters but tab, for header values. */
static char *
clean_header (const char *value)
{
    char *text = g_utf8_make_valid (value ? value : "", -1);

    for (char *p = text; *p; p++)
	if ((unsigned char) *p < 32)
	    *p = ' ';
    return g_strstrip (text);
}

/* Every header by lower-case name, the first of several, decoded. */
static GHashTable *
headers_of (GMimeMessage *mime)
{
    GHashTable *headers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    GMimeHeaderList *list = g_mime_object_get_header_list (GMIME_OBJECT (mime));

    for (int i = 0; list && i < g_mime_header_list_get_count (list); i++) {
	GMimeHeader *header = g_mime_header_list_get_header_at (list, i);
	const char *value = g_mime_header_get_value (header);
	char *name = g_ascii_strdown (g_mime_header_get_name (header), -1);

	if (g_hash_table_contains (headers, name) || ! value) {
	    g_free (name);
	    continue;
	}
	{
	    g_autofree char *decoded = g_mime_utils_header_decode_text (NULL, value);

	    g_hash_table_insert (headers, name, clean_header (decoded));
	}
    }
    return headers;
}

typedef struct reading {
    const tact_identity_t *identity;
    const tact_lexicon_t *quoting;
    size_t max_body_bytes;
} reading_t;

static tact_message_t *
message_from_mime (const reading_t *reading, GMimeMessage *mime, const char *id)
{
    tact_message_t *message = g_new0 (tact_message_t, 1);
    InternetAddressMailbox *from = first_mailbox (g_mime_message_get_from (mime));
    GDateTime *date = g_mime_message_get_date (mime);

    message->id = clean_header (id);
    message->from_name = clean_header (from ? internet_address_get_name (INTERNET_ADDRESS (from)) : NULL);
    message->from_address = clean_header (from ? internet_address_mailbox_get_addr (from) : NULL);
    message->subject = clean_header (g_mime_message_get_subject (mime));
    if (date) {
	message->date = (time_t) g_date_time_to_unix (date);
	message->date_iso8601 = g_date_time_format (date, "%Y-%m-%dT%H:%M:%S%:z");
    }
    if (! message->date_iso8601)
	message->date_iso8601 = g_strdup ("");
    message->is_agent = identity_owns (reading->identity, message->from_address);
    message->body = tact_text_from_mime (g_mime_message_get_mime_part (mime),
					 reading->max_body_bytes);
    message->quoting = reading->quoting;
    message->headers = headers_of (mime);
    return message;
}

/* The message's split, made now if it was not (see struct
 * tact_message): a message is not to be read from two threads at
 * once. */
static const tact_message_t *
split (const tact_message_t *message)
{
    tact_message_t *mutable = (tact_message_t *) message;
    tact_split_t parts;

    if (message->split)
	return message;
    tact_text_split (&parts, message->quoting, message->body, message->from_name);
    mutable->new_text = parts.new_text;
    mutable->signature = parts.signature;
    mutable->quoted_bytes = parts.quoted_bytes;
    mutable->signature_bytes = parts.signature_bytes;
    mutable->split = TRUE;
    return message;
}

/* Parse a message from a seekable stream; mbox files (a "From " line
 * first) are read as notmuch reads them. */
static GMimeMessage *
parse_stream (GMimeStream *stream)
{
    g_autoptr (GMimeParser) parser = NULL;
    char start[5] = { 0 };

    if (g_mime_stream_read (stream, start, sizeof start) < 0)
	return NULL;
    g_mime_stream_reset (stream);
    parser = g_mime_parser_new_with_stream (stream);
    if (! memcmp (start, "From ", 5))
	g_mime_parser_set_format (parser, GMIME_FORMAT_MBOX);
    return g_mime_parser_construct_message (parser, NULL);
}

static GMimeMessage *
parse_file (const char *path)
{
    g_autoptr (GMimeStream) stream = NULL;
    int fd = open (path, O_RDONLY | O_CLOEXEC);

    if (fd < 0)
	return NULL;
    stream = g_mime_stream_fs_new (fd);
    return parse_stream (stream);
}

static tact_thread_t *
thread_new (void)
{
    tact_thread_t *thread = g_new0 (tact_thread_t, 1);

    thread->messages = g_ptr_array_new_with_free_func (message_free);
    return thread;
}

static tact_status_t
reading_begin (reading_t *reading, tact_lexicon_t **quoting,
	       const tact_source_options_t *options, char **error_message)
{
    tact_status_t status = tact_lexicon_load_builtin (quoting, "quoting.lex", error_message);

    if (status)
	return status;
    reading->quoting = *quoting;
    reading->max_body_bytes = options && options->max_body_bytes
	? options->max_body_bytes : DEFAULT_MAX_BODY_BYTES;
    return TACT_STATUS_SUCCESS;
}

/* ---- from notmuch ---- */

static tact_message_t *
message_from_notmuch (const reading_t *reading, notmuch_message_t *nm,
		      GMimeMessage **keep)
{
    const char *filename = notmuch_message_get_filename (nm);
    const char *id = notmuch_message_get_message_id (nm);
    GMimeMessage *mime = NULL;
    tact_message_t *message;

    if (filename)
	mime = parse_file (filename);
    if (! mime) {
	notmuch_filenames_t *names = notmuch_message_get_filenames (nm);

	for (; ! mime && notmuch_filenames_valid (names); notmuch_filenames_move_to_next (names))
	    mime = parse_file (notmuch_filenames_get (names));
	notmuch_filenames_destroy (names);
    }
    if (! mime) {
	/* The file went away since it was indexed: what notmuch knows. */
	mime = g_mime_message_new (TRUE);
	g_mime_object_set_header (GMIME_OBJECT (mime), "From",
				  notmuch_message_get_header (nm, "from"), NULL);
	g_mime_message_set_subject (mime, notmuch_message_get_header (nm, "subject"), NULL);
    }
    message = message_from_mime (reading, mime, id);
    if (notmuch_message_get_date (nm) && ! message->date)
	message->date = notmuch_message_get_date (nm);
    if (keep)
	*keep = mime;
    else
	g_object_unref (mime);
    return message;
}

static gint
by_date (gconstpointer a, gconstpointer b)
{
    const tact_message_t *x = *(tact_message_t *const *) a;
    const tact_message_t *y = *(tact_message_t *const *) b;

    return (x->date > y->date) - (x->date < y->date);
}

/* Sort in date order; g_ptr_array_sort is a stable merge sort, so
 * messages of equal date keep notmuch's thread order.  Returns the new
 * index of the message at answered. */
static size_t
sort_by_date (GPtrArray *messages, size_t answered)
{
    tact_message_t *target = messages->pdata[answered];

    g_ptr_array_sort (messages, by_date);
    for (size_t i = 0; i < messages->len; i++)
	if (messages->pdata[i] == target)
	    return i;
    return answered;
}

static tact_status_t
read_thread (tact_thread_t *thread, const reading_t *reading, notmuch_database_t *db,
	     const char *thread_id, const char *answered_id, char **error_message)
{
    g_autofree char *query_string = g_strdup_printf ("thread:%s", thread_id);
    notmuch_query_t *query = notmuch_query_create (db, query_string);
    notmuch_messages_t *messages;
    notmuch_status_t nm_status;
    GMimeMessage *answered_mime = NULL;
    gboolean found = FALSE;

    if (! query)
	return tact_fail (error_message, TACT_STATUS_OUT_OF_MEMORY, "out of memory");
    notmuch_query_set_sort (query, NOTMUCH_SORT_OLDEST_FIRST);
    nm_status = notmuch_query_search_messages (query, &messages);
    if (nm_status) {
	notmuch_query_destroy (query);
	return tact_fail (error_message, TACT_STATUS_BAD_INPUT,
			  "notmuch cannot read thread %s: %s", thread_id,
			  notmuch_status_to_string (nm_status));
    }
    for (; notmuch_messages_valid (messages); notmuch_messages_move_to_next (messages)) {
	notmuch_message_t *nm = notmuch_messages_get (messages);
	gboolean is_answered = ! strcmp (notmuch_message_get_message_id (nm), answered_id);
	tact_message_t *message = message_from_notmuch (reading, nm,
							is_answered ? &answered_mime : NULL);

	if (is_answered) {
	    thread->answered = thread->messages->len;
	    found = TRUE;
	    tact_render_reply_headers (thread->reply, &thread->reply_head, answered_mime,
				       answered_id, reading->identity);
	    thread->quote = tact_render_quote (answered_mime, notmuch_message_get_header (nm, "date"),
					       notmuch_message_get_header (nm, "from"));
	    g_object_unref (answered_mime);
	}
	g_ptr_array_add (thread->messages, message);
	notmuch_message_destroy (nm);
    }
    notmuch_query_destroy (query);
    if (! found)
	return tact_fail (error_message, TACT_STATUS_NOT_FOUND,
			  "message %s is not in its own thread", answered_id);
    thread->answered = sort_by_date (thread->messages, thread->answered);
    return TACT_STATUS_SUCCESS;
}

/* The Message-ID a query of the form "id:X" (or "id:\"X\"") names, or
 * NULL for any other query. */
static char *
message_id_of_query (const char *query)
{
    size_t length;

    if (! g_str_has_prefix (query, "id:"))
	return NULL;
    query += 3;
    length = strlen (query);
    if (length >= 2 && query[0] == '"' && query[length - 1] == '"') {
	/* quoted: a doubled quote inside stands for one */
	GString *id = g_string_new (NULL);

	for (size_t i = 1; i + 1 < length; i++) {
	    if (query[i] == '"' && query[i + 1] != '"')
		return (g_string_free (id, TRUE), NULL);
	    g_string_append_c (id, query[i]);
	    if (query[i] == '"')
		i++;
	}
	return g_string_free (id, FALSE);
    }
    /* unquoted: one term, nothing else in the query */
    if (! length || strpbrk (query, " \t\n()\""))
	return NULL;
    return g_strdup (query);
}

tact_status_t
tact_thread_open_query (tact_thread_t **out, const tact_source_options_t *options,
			const char *query_string, char **error_message)
{
    notmuch_database_t *db = NULL;
    notmuch_query_t *query = NULL;
    notmuch_messages_t *messages = NULL;
    notmuch_status_t nm_status;
    char *nm_error = NULL;
    g_autofree char *answered_id = NULL;
    g_autofree char *thread_id = NULL;
    tact_identity_t identity = { 0 };
    tact_lexicon_t *quoting = NULL;
    reading_t reading = { &identity, NULL, 0 };
    tact_thread_t *thread = NULL;
    tact_status_t status;

    init_once ();
    *out = NULL;
    if (! query_string || ! *query_string)
	return tact_fail (error_message, TACT_STATUS_BAD_INPUT, "the query is empty");
    nm_status = notmuch_database_open_with_config (
	NULL, NOTMUCH_DATABASE_MODE_READ_ONLY,
	options ? options->notmuch_config : NULL,
	options ? options->notmuch_profile : NULL, &db, &nm_error);
    if (nm_status) {
	status = tact_fail (error_message, TACT_STATUS_NO_DATABASE,
			    "cannot open the notmuch database (%s)",
			    nm_error ? g_strchomp (nm_error) : notmuch_status_to_string (nm_status));
	free (nm_error);
	if (db)
	    notmuch_database_destroy (db);
	return status;
    }
    free (nm_error);

    status = reading_begin (&reading, &quoting, options, error_message);
    if (status)
	goto DONE;
    identity_load (&identity, db, options);

    /* "id:X" names one message: notmuch finds it without a search
     * (which would cost as much again as reading the thread) */
    {
	g_autofree char *id = message_id_of_query (query_string);
	notmuch_message_t *named = NULL;

	if (id && notmuch_database_find_message (db, id, &named) == NOTMUCH_STATUS_SUCCESS &&
	    named) {
	    answered_id = g_strdup (notmuch_message_get_message_id (named));
	    thread_id = g_strdup (notmuch_message_get_thread_id (named));
	    notmuch_message_destroy (named);
	    goto READ;
	}
    }
    query = notmuch_query_create (db, query_string);
    if (! query) {
	status = tact_fail (error_message, TACT_STATUS_OUT_OF_MEMORY, "out of memory");
	goto DONE;
    }
    notmuch_query_set_sort (query, NOTMUCH_SORT_NEWEST_FIRST);
    nm_status = notmuch_query_search_messages (query, &messages);
    if (nm_status) {
	status = tact_fail (error_message, TACT_STATUS_BAD_INPUT,
			    "notmuch cannot run the query '%s': %s", query_string,
			    notmuch_status_to_string (nm_status));
	goto DONE;
    }
    if (! notmuch_messages_valid (messages)) {
	status = tact_fail (error_message, TACT_STATUS_NOT_FOUND,
			    "no message matches '%s'", query_string);
	goto DONE;
    }
    {
	notmuch_message_t *newest = notmuch_messages_get (messages);

	answered_id = g_strdup (notmuch_message_get_message_id (newest));
	thread_id = g_strdup (notmuch_message_get_thread_id (newest));
	notmuch_message_destroy (newest);
    }
    notmuch_query_destroy (query);
    query = NULL;

  READ:
    thread = thread_new ();
    thread->quoting = g_steal_pointer (&quoting);
    status = read_thread (thread, &reading, db, thread_id, answered_id, error_message);
    if (status) {
	tact_thread_free (thread);
	thread = NULL;
    }

  DONE:
    if (query)
	notmuch_query_destroy (query);
    notmuch_database_destroy (db);
    tact_lexicon_free (quoting);
    identity_clear (&identity);
    *out = thread;
    return status;
}

/* ---- from one message ---- */

/* A seekable stream over fd: the file itself, or for a pipe a copy in
 * an unlinked temporary file, so the parser never holds the whole
 * message in memory. */
static GMimeStream *
seekable_stream (int fd, char **error_message)
{
    struct stat st;
    char *path = NULL;
    g_autoptr (GError) error = NULL;
    int copy;
    char buffer[65536];
    ssize_t n;

    if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode)) {
	int own = dup (fd);

	if (own < 0) {
	    tact_fail (error_message, TACT_STATUS_BAD_INPUT, "cannot read the message: %s",
		       g_strerror (errno));
	    return NULL;
	}
	return g_mime_stream_fs_new (own);
    }
    copy = g_file_open_tmp ("tact-message-XXXXXX", &path, &error);
    if (copy < 0) {
	tact_fail (error_message, TACT_STATUS_BAD_INPUT,
		   "cannot make a temporary copy of the message: %s", error->message);
	return NULL;
    }
    unlink (path);
    g_free (path);
    while ((n = read (fd, buffer, sizeof buffer)) != 0) {
	if (n < 0 && errno == EINTR)
	    continue;
	if (n < 0 || write (copy, buffer, (size_t) n) != n) {
	    tact_fail (error_message, TACT_STATUS_BAD_INPUT, "cannot read the message: %s",
		       g_strerror (errno));
	    close (copy);
	    return NULL;
	}
    }
    lseek (copy, 0, SEEK_SET);
    return g_mime_stream_fs_new (copy);
}

/* notmuch's id for a message without Message-ID: the SHA-1 of the file. */
static char *
sha1_id (GMimeStream *stream)
{
    g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA1);
    char buffer[65536];
    ssize_t n;

    g_mime_stream_reset (stream);
    while ((n = g_mime_stream_read (stream, buffer, sizeof buffer)) > 0)
	g_checksum_update (sum, (const guchar *) buffer, (gsize) n);
    return g_strconcat ("notmuch-sha1-", g_checksum_get_string (sum), NULL);
}

tact_status_t
tact_thread_open_fd (tact_thread_t **out, const tact_source_options_t *options,
		     int fd, char **error_message)
{
    g_autoptr (GMimeStream) stream = NULL;
    g_autoptr (GMimeMessage) mime = NULL;
    g_autofree char *id = NULL;
    notmuch_database_t *db = NULL;
    tact_identity_t identity = { 0 };
    tact_lexicon_t *quoting = NULL;
    reading_t reading = { &identity, NULL, 0 };
    tact_thread_t *thread;
    tact_status_t status;
    const char *header_id;

    init_once ();
    *out = NULL;
    stream = seekable_stream (fd, error_message);
    if (! stream)
	return TACT_STATUS_BAD_INPUT;
    mime = parse_stream (stream);
    if (! mime || (! g_mime_object_get_header (GMIME_OBJECT (mime), "From") &&
		   ! g_mime_object_get_header (GMIME_OBJECT (mime), "Subject") &&
		   ! g_mime_object_get_header (GMIME_OBJECT (mime), "To")))
	return tact_fail (error_message, TACT_STATUS_BAD_INPUT,
			  "not a mail message (no From, To or Subject header)");
    header_id = g_mime_message_get_message_id (mime);
    id = header_id && *header_id ? g_strdup (header_id) : sha1_id (stream);

    status = reading_begin (&reading, &quoting, options, error_message);
    if (status)
	return status;
    /* The user's addresses, when a notmuch configuration exists; a
     * missing database or configuration is not an error here. */
    {
	char *nm_error = NULL;
	notmuch_status_t nm_status = notmuch_database_load_config (
	    NULL, options ? options->notmuch_config : NULL,
	    options ? options->notmuch_profile : NULL, &db, &nm_error);

	free (nm_error);
	if (nm_status != NOTMUCH_STATUS_SUCCESS && nm_status != NOTMUCH_STATUS_NO_CONFIG &&
	    nm_status != NOTMUCH_STATUS_NO_DATABASE && db) {
	    notmuch_database_destroy (db);
	    db = NULL;
	}
    }
    identity_load (&identity, db, options);

    thread = thread_new ();
    thread->quoting = g_steal_pointer (&quoting);
    g_ptr_array_add (thread->messages, message_from_mime (&reading, mime, id));
    thread->answered = 0;
    tact_render_reply_headers (thread->reply, &thread->reply_head, mime, id, &identity);
    {
	const tact_message_t *only = thread->messages->pdata[0];

	thread->quote = tact_render_quote (mime, g_hash_table_lookup (only->headers, "date"),
					   g_hash_table_lookup (only->headers, "from"));
    }

    if (db)
	notmuch_database_destroy (db);
    tact_lexicon_free (quoting);
    identity_clear (&identity);
    *out = thread;
    return TACT_STATUS_SUCCESS;
}

/* ---- accessors ---- */

void
tact_thread_free (tact_thread_t *thread)
{
    if (! thread)
	return;
    g_ptr_array_unref (thread->messages);
    tact_lexicon_free (thread->quoting);
    for (int i = 0; i < TACT_REPLY_LAST_HEADER; i++)
	g_free (thread->reply[i]);
    g_free (thread->reply_head);
    g_free (thread->quote);
    g_free (thread);
}

size_t
tact_thread_count_messages (const tact_thread_t *thread)
{
    return thread->messages->len;
}

const tact_message_t *
tact_thread_get_message (const tact_thread_t *thread, size_t index)
{
    return index < thread->messages->len ? thread->messages->pdata[index] : NULL;
}

size_t
tact_thread_get_answered_index (const tact_thread_t *thread)
{
    return thread->answered;
}

const char *
tact_reply_header_name (tact_reply_header_t which)
{
    static const char *const names[TACT_REPLY_LAST_HEADER] = {
	"From", "To", "Cc", "Bcc", "Subject", "In-Reply-To", "References"
    };

    return (unsigned int) which < TACT_REPLY_LAST_HEADER ? names[which] : NULL;
}

const char *
tact_thread_get_reply_header (const tact_thread_t *thread, tact_reply_header_t which)
{
    return (unsigned int) which < TACT_REPLY_LAST_HEADER ? thread->reply[which] : NULL;
}

const char *
tact_message_get_id (const tact_message_t *message)
{
    return message->id;
}

const char *
tact_message_get_from_name (const tact_message_t *message)
{
    return message->from_name;
}

const char *
tact_message_get_from_address (const tact_message_t *message)
{
    return message->from_address;
}

time_t
tact_message_get_date (const tact_message_t *message)
{
    return message->date;
}

const char *
tact_message_get_date_iso8601 (const tact_message_t *message)
{
    return message->date_iso8601;
}

const char *
tact_message_get_subject (const tact_message_t *message)
{
    return message->subject;
}

int
tact_message_is_agent (const tact_message_t *message)
{
    return message->is_agent ? 1 : 0;
}

const char *
tact_message_get_body (const tact_message_t *message)
{
    return message->body;
}

const char *
tact_message_get_new_text (const tact_message_t *message)
{
    return split (message)->new_text;
}

size_t
tact_message_get_quoted_bytes (const tact_message_t *message)
{
    return split (message)->quoted_bytes;
}

size_t
tact_message_get_signature_bytes (const tact_message_t *message)
{
    return split (message)->signature_bytes;
}

const char *
tact_message_get_signature (const tact_message_t *message)
{
    return split (message)->signature;
}

const char *
tact_message_get_header (const tact_message_t *message, const char *name)
{
    g_autofree char *key = g_ascii_strdown (name, -1);

    return g_hash_table_lookup (message->headers, key);
}
