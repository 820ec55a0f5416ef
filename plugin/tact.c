/* tact.c - the tact command: reads the arguments, owns the output and
 * process-wide set-up, and maps libtact's statuses to exit codes. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>
#include <json-glib/json-glib.h>

#include "tact.h"

/* Exit codes, as documented in tact(1). */
enum {
    EXIT_OK = 0,
    EXIT_USAGE = 1,
    EXIT_INPUT = 2,
    EXIT_ENVIRONMENT = 3,
    EXIT_INTERNAL = 4,
};

static const char usage_text[] =
    "usage: tact COMMAND [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  thread (id:MSGID | QUERY | --file FILE | -) [--format=text|json]\n"
    "        print a support thread: each message's new text, and the\n"
    "        headers of a reply to the message being answered\n"
    "  help  this text\n"
    "\n"
    "A thread comes from your notmuch database (NOTMUCH_CONFIG and\n"
    "notmuch profiles apply) or, with --file or -, from one message.\n"
    "\n"
    "Exit status: 0 success, 1 usage, 2 bad input or no message found,\n"
    "3 environment (database, config), 4 internal error.\n"
    "See tact(1).\n";

static int
fail (int code, const char *format, ...) G_GNUC_PRINTF (2, 3);

static int
fail (int code, const char *format, ...)
{
    va_list ap;

    fputs ("tact: ", stderr);
    va_start (ap, format);
    vfprintf (stderr, format, ap);
    va_end (ap);
    fputc ('\n', stderr);
    return code;
}

static int
exit_code_of (tact_status_t status)
{
    switch (status) {
    case TACT_STATUS_SUCCESS:
	return EXIT_OK;
    case TACT_STATUS_NOT_FOUND:
    case TACT_STATUS_BAD_INPUT:
	return EXIT_INPUT;
    case TACT_STATUS_NO_DATABASE:
	return EXIT_ENVIRONMENT;
    case TACT_STATUS_OUT_OF_MEMORY:
    case TACT_STATUS_INTERNAL_ERROR:
    case TACT_STATUS_LAST_STATUS:
	break;
    }
    return EXIT_INTERNAL;
}

/* What to do next, after libtact's sentence of what happened. */
static const char *
advice_for (tact_status_t status)
{
    switch (status) {
    case TACT_STATUS_NOT_FOUND:
	return "check the id or query with 'notmuch search'";
    case TACT_STATUS_NO_DATABASE:
	return "set NOTMUCH_CONFIG to your notmuch config file (or run "
	    "'notmuch setup'), or read one message with --file FILE";
    case TACT_STATUS_BAD_INPUT:
	return "give a mail message (RFC 822) or a notmuch query";
    default:
	return "please report this with the message that caused it";
    }
}

/* Where the thread comes from, as the user named it. */
typedef struct source_args {
    char *file;			/* --file F, or "-" */
    char *query;		/* the words left, joined */
} source_args_t;

static int
open_thread (tact_thread_t **out, const source_args_t *source)
{
    tact_source_options_t options = TACT_SOURCE_OPTIONS_INIT;
    tact_status_t status;
    char *error = NULL;

    if (source->file) {
	int fd = strcmp (source->file, "-") ? open (source->file, O_RDONLY | O_CLOEXEC) : 0;

	if (fd < 0)
	    return fail (EXIT_INPUT, "cannot open %s: %s: check the file name",
			 source->file, g_strerror (errno));
	status = tact_thread_open_fd (out, &options, fd, &error);
	if (fd != 0)
	    close (fd);
    } else {
	status = tact_thread_open_query (out, &options, source->query, &error);
    }
    if (status) {
	int code = fail (exit_code_of (status), "%s: %s",
			 error ? error : tact_status_to_string (status), advice_for (status));
	free (error);
	return code;
    }
    return EXIT_OK;
}

/* Parse the options of a command that reads a thread; the words left
 * form the query, "-" alone means standard input. */
static int
parse_source (int *argc, char ***argv, GOptionEntry *entries, const char *what,
	      source_args_t *source)
{
    g_autoptr (GOptionContext) context = g_option_context_new (what);
    g_autoptr (GError) error = NULL;
    GOptionEntry common[] = {
	{ "file", 0, 0, G_OPTION_ARG_FILENAME, &source->file,
	  "read one RFC 822 message from FILE ('-' for standard input)", "FILE" },
	{ NULL }
    };

    g_option_context_add_main_entries (context, common, NULL);
    g_option_context_add_main_entries (context, entries, NULL);
    if (! g_option_context_parse (context, argc, argv, &error))
	return fail (EXIT_USAGE, "%s: see 'tact help'", error->message);
    if (*argc == 2 && ! strcmp ((*argv)[1], "-") && ! source->file) {
	source->file = g_strdup ("-");
    } else if (*argc > 1) {
	if (source->file)
	    return fail (EXIT_USAGE, "give either a query or --file, not both: see 'tact help'");
	source->query = g_strjoinv (" ", *argv + 1);
    } else if (! source->file) {
	return fail (EXIT_USAGE, "which message? give id:MSGID, a notmuch query, "
		     "--file FILE or -: see 'tact help'");
    }
    return EXIT_OK;
}

static gboolean
format_is_json (const char *format, int *code)
{
    if (! format || ! strcmp (format, "text"))
	return FALSE;
    if (! strcmp (format, "json"))
	return TRUE;
    *code = fail (EXIT_USAGE, "unknown format '%s': use --format=text or --format=json", format);
    return FALSE;
}

static void
print_json (JsonNode *root)
{
    g_autoptr (JsonGenerator) generator = json_generator_new ();
    g_autofree char *text = NULL;

    json_generator_set_pretty (generator, TRUE);
    json_generator_set_indent (generator, 2);
    json_generator_set_root (generator, root);
    text = json_generator_to_data (generator, NULL);
    fputs (text, stdout);
    fputc ('\n', stdout);
}

static void
add_string (JsonBuilder *builder, const char *key, const char *value)
{
    json_builder_set_member_name (builder, key);
    if (value)
	json_builder_add_string_value (builder, value);
    else
	json_builder_add_null_value (builder);
}

static JsonNode *
thread_to_json (const tact_thread_t *thread)
{
    g_autoptr (JsonBuilder) builder = json_builder_new ();
    size_t answered = tact_thread_get_answered_index (thread);

    json_builder_begin_object (builder);
    json_builder_set_member_name (builder, "messages");
    json_builder_begin_array (builder);
    for (size_t i = 0; i < tact_thread_count_messages (thread); i++) {
	const tact_message_t *message = tact_thread_get_message (thread, i);

	json_builder_begin_object (builder);
	add_string (builder, "message_id", tact_message_get_id (message));
	add_string (builder, "from_name", tact_message_get_from_name (message));
	add_string (builder, "from_address", tact_message_get_from_address (message));
	add_string (builder, "date", tact_message_get_date_iso8601 (message));
	add_string (builder, "subject", tact_message_get_subject (message));
	json_builder_set_member_name (builder, "is_agent");
	json_builder_add_boolean_value (builder, tact_message_is_agent (message));
	add_string (builder, "new_text", tact_message_get_new_text (message));
	json_builder_set_member_name (builder, "quoted_bytes");
	json_builder_add_int_value (builder, (gint64) tact_message_get_quoted_bytes (message));
	json_builder_set_member_name (builder, "signature_bytes");
	json_builder_add_int_value (builder, (gint64) tact_message_get_signature_bytes (message));
	json_builder_end_object (builder);
    }
    json_builder_end_array (builder);
    add_string (builder, "answered",
		tact_message_get_id (tact_thread_get_message (thread, answered)));
    json_builder_set_member_name (builder, "reply");
    json_builder_begin_object (builder);
    for (int h = 0; h < TACT_REPLY_LAST_HEADER; h++) {
	const char *value = tact_thread_get_reply_header (thread, (tact_reply_header_t) h);

	if (value)
	    add_string (builder, tact_reply_header_name ((tact_reply_header_t) h), value);
    }
    json_builder_end_object (builder);
    json_builder_end_object (builder);
    return json_builder_get_root (builder);
}

static void
print_indented (const char *text, const char *prefix)
{
    g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
    int n = (int) g_strv_length (lines);

    if (n > 0 && lines[n - 1][0] == '\0')
	n--;
    for (int i = 0; i < n; i++)
	printf ("%s%s\n", prefix, lines[i]);
}

static void
print_thread_text (const tact_thread_t *thread)
{
    size_t answered = tact_thread_get_answered_index (thread);

    for (size_t i = 0; i < tact_thread_count_messages (thread); i++) {
	const tact_message_t *message = tact_thread_get_message (thread, i);
	const char *name = tact_message_get_from_name (message);

	printf ("%s[%zu] %s%s<%s>  %s  %s\n", i == answered ? "* " : "  ", i + 1,
		name, *name ? " " : "", tact_message_get_from_address (message),
		tact_message_get_date_iso8601 (message),
		tact_message_is_agent (message) ? "agent" : "customer");
	printf ("    Subject: %s\n", tact_message_get_subject (message));
	printf ("    Message-ID: %s\n", tact_message_get_id (message));
	printf ("    (%zu bytes quoted, %zu bytes of signature)\n",
		tact_message_get_quoted_bytes (message),
		tact_message_get_signature_bytes (message));
	print_indented (tact_message_get_new_text (message), "    | ");
	printf ("\n");
    }
    printf ("Reply to [%zu]:\n", answered + 1);
    for (int h = 0; h < TACT_REPLY_LAST_HEADER; h++) {
	const char *value = tact_thread_get_reply_header (thread, (tact_reply_header_t) h);

	if (value)
	    printf ("    %s: %s\n", tact_reply_header_name ((tact_reply_header_t) h), value);
    }
}

static int
command_thread (int argc, char **argv)
{
    g_autofree char *format = NULL;
    source_args_t source = { NULL, NULL };
    GOptionEntry entries[] = {
	{ "format", 0, 0, G_OPTION_ARG_STRING, &format, "text (the default) or json", "FORMAT" },
	{ NULL }
    };
    tact_thread_t *thread = NULL;
    gboolean json = FALSE;
    int code = parse_source (&argc, &argv, entries, "(id:MSGID | QUERY | --file FILE | -)", &source);

    if (code == EXIT_OK)
	json = format_is_json (format, &code);
    if (code == EXIT_OK)
	code = open_thread (&thread, &source);
    if (code == EXIT_OK) {
	if (json) {
	    JsonNode *root = thread_to_json (thread);

	    print_json (root);
	    json_node_unref (root);
	} else {
	    print_thread_text (thread);
	}
	if (fflush (stdout) != 0 || ferror (stdout))
	    code = fail (EXIT_ENVIRONMENT, "cannot write the output: %s", g_strerror (errno));
    }
    tact_thread_free (thread);
    g_free (source.file);
    g_free (source.query);
    return code;
}

int
main (int argc, char **argv)
{
    setlocale (LC_ALL, "");
    if (argc < 2)
	return fail (EXIT_USAGE, "no command given: see 'tact help'");
    if (! strcmp (argv[1], "help") || ! strcmp (argv[1], "--help") || ! strcmp (argv[1], "-h"))
	return fputs (usage_text, stdout), EXIT_OK;
    if (! strcmp (argv[1], "--version") || ! strcmp (argv[1], "version"))
	return printf ("tact %s\n", tact_version ()), EXIT_OK;
    if (! strcmp (argv[1], "thread"))
	return command_thread (argc - 1, argv + 1);
    return fail (EXIT_USAGE, "unknown command '%s': see 'tact help'", argv[1]);
}
