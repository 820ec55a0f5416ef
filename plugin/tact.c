/* tact.c - the tact command: reads the arguments, owns the output and
 * process-wide set-up, and maps libtact's statuses to exit codes. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "plugin/cli.h"

static const char usage_text[] =
    "usage: tact COMMAND [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  thread  (id:MSGID | QUERY | --file FILE | -) [--format=text|json]\n"
    "          print a support thread: each message's new text, and the\n"
    "          headers of a reply to the message being answered\n"
    "  analyze (id:MSGID | QUERY | --file FILE | -) [--format=text|json]\n"
    "          [--now TIME] [--config FILE] [--lexicon DIR]\n"
    "          the cues in each message, with the words that triggered\n"
    "          them, and the thread's facts: waiting, channel, register\n"
    "  draft   (id:MSGID | QUERY | --file FILE | -) [--body-only]\n"
    "          [--format=text|json] [--explain] [--now TIME] [--config FILE]\n"
    "          [--templates DIR]\n"
    "          the reply, drafted: headers as notmuch reply prints them,\n"
    "          the draft, then the quoted message\n"
    "  templates list | show NAME | lint [DIR...]\n"
    "          the template folders: what is in effect and from which\n"
    "          layer, one template's text, mistakes and misspellings\n"
    "  lint    FILE [--thread id:MSGID] [--format=text|json] [--now TIME]\n"
    "          check an edited reply before it leaves: blame, unfilled slots,\n"
    "          a missing acknowledgement or apology, slang to a second-language\n"
    "          writer, a follow-up without a time, spelling, shouting\n"
    "  compose FILE [--config FILE] [--templates DIR]\n"
    "          the editor for mutt and neomutt: drafts the reply into FILE,\n"
    "          then runs $TACT_EDITOR, $VISUAL, $EDITOR or vi on it\n"
    "  compose --aerc\n"
    "          for aerc's reply template: the original on standard input,\n"
    "          the drafted reply on standard output\n"
    "  setup   mutt | neomutt | aerc\n"
    "          the lines to add to the mail client's configuration\n"
    "  help    this text\n"
    "\n"
    "A thread comes from your notmuch database (NOTMUCH_CONFIG and\n"
    "notmuch profiles apply) or, with --file or -, from one message.\n"
    "\n"
    "Exit status: 0 success, 1 usage, 2 bad input or no message found,\n"
    "3 environment (database, config, lexicon, templates), 4 internal error;\n"
    "tact lint and tact templates lint exit 5 when they find problems.\n"
    "See tact(1).\n";

int
cli_fail (int code, const char *format, ...)
{
    va_list ap;

    fputs ("tact: ", stderr);
    va_start (ap, format);
    vfprintf (stderr, format, ap);
    va_end (ap);
    fputc ('\n', stderr);
    return code;
}

int
cli_exit_code (tact_status_t status)
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

const char *
cli_advice (tact_status_t status)
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

int
cli_open_thread (tact_thread_t **out, const source_args_t *source)
{
    tact_source_options_t options = TACT_SOURCE_OPTIONS_INIT;
    tact_status_t status;
    char *error = NULL;

    if (source->file) {
	int fd = strcmp (source->file, "-") ? open (source->file, O_RDONLY | O_CLOEXEC) : 0;

	if (fd < 0)
	    return cli_fail (EXIT_INPUT, "cannot open %s: %s: check the file name",
			     source->file, g_strerror (errno));
	status = tact_thread_open_fd (out, &options, fd, &error);
	if (fd != 0)
	    close (fd);
    } else {
	status = tact_thread_open_query (out, &options, source->query, &error);
    }
    if (status) {
	int code = cli_fail (cli_exit_code (status), "%s: %s",
			     error ? error : tact_status_to_string (status),
			     cli_advice (status));
	free (error);
	return code;
    }
    return EXIT_OK;
}

int
cli_parse_source (int *argc, char ***argv, GOptionEntry *entries, const char *summary,
		  source_args_t *source)
{
    g_autoptr (GOptionContext) context = g_option_context_new ("(id:MSGID | QUERY | --file FILE | -)");
    g_autoptr (GError) error = NULL;
    GOptionEntry common[] = {
	{ "file", 0, 0, G_OPTION_ARG_FILENAME, &source->file,
	  "read one RFC 822 message from FILE ('-' for standard input)", "FILE" },
	{ NULL }
    };

    g_option_context_set_summary (context, summary);
    g_option_context_add_main_entries (context, common, NULL);
    g_option_context_add_main_entries (context, entries, NULL);
    if (! g_option_context_parse (context, argc, argv, &error))
	return cli_fail (EXIT_USAGE, "%s: see 'tact help'", error->message);
    if (*argc == 2 && ! strcmp ((*argv)[1], "-") && ! source->file) {
	source->file = g_strdup ("-");
    } else if (*argc > 1) {
	if (source->file)
	    return cli_fail (EXIT_USAGE, "give either a query or --file, not both: see 'tact help'");
	source->query = g_strjoinv (" ", *argv + 1);
    } else if (! source->file) {
	return cli_fail (EXIT_USAGE, "which message? give id:MSGID, a notmuch query, "
			 "--file FILE or -: see 'tact help'");
    }
    return EXIT_OK;
}

void
cli_source_clear (source_args_t *source)
{
    g_free (source->file);
    g_free (source->query);
    source->file = source->query = NULL;
}

gboolean
cli_format_is_json (const char *format, int *code)
{
    if (! format || ! strcmp (format, "text"))
	return FALSE;
    if (! strcmp (format, "json"))
	return TRUE;
    *code = cli_fail (EXIT_USAGE, "unknown format '%s': use --format=text or --format=json", format);
    return FALSE;
}

void
cli_print_json (JsonNode *root)
{
    g_autoptr (JsonGenerator) generator = json_generator_new ();
    g_autofree char *text = NULL;

    json_generator_set_pretty (generator, TRUE);
    json_generator_set_indent (generator, 2);
    json_generator_set_root (generator, root);
    text = json_generator_to_data (generator, NULL);
    /* json-glib 1.6 escapes every control character but U+001F, which
     * it writes raw: invalid JSON.  That byte can only stand inside a
     * string (never in UTF-8 sequences or between tokens), so escape it
     * here; a header such as a subject may hold it. */
    for (const char *p = text; *p; p++) {
	if (*p == '\x1f')
	    fputs ("\\u001f", stdout);
	else
	    fputc (*p, stdout);
    }
    fputc ('\n', stdout);
}

void
cli_add_string (JsonBuilder *builder, const char *key, const char *value)
{
    json_builder_set_member_name (builder, key);
    if (value)
	json_builder_add_string_value (builder, value);
    else
	json_builder_add_null_value (builder);
}

int
cli_add_folders (GPtrArray *dirs, const char *option, char **folders)
{
    for (int i = 0; folders && folders[i]; i++) {
	if (! g_file_test (folders[i], G_FILE_TEST_IS_DIR))
	    return cli_fail (EXIT_USAGE, "%s %s: no such folder", option, folders[i]);
	g_ptr_array_add (dirs, g_strdup (folders[i]));
    }
    return EXIT_OK;
}

void
cli_print_indented (const char *text, const char *prefix)
{
    g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
    int n = (int) g_strv_length (lines);

    if (n > 0 && lines[n - 1][0] == '\0')
	n--;
    for (int i = 0; i < n; i++)
	printf ("%s%s\n", prefix, lines[i]);
}

/* --now: ISO 8601 with a zone ("2026-11-23T10:00:00+01:00"). */
int
cli_parse_now (const char *text, time_t *out)
{
    g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();
    g_autoptr (GDateTime) when = NULL;

    *out = 0;
    if (! text)
	return EXIT_OK;
    when = g_date_time_new_from_iso8601 (text, utc);
    if (! when)
	return cli_fail (EXIT_USAGE, "--now %s: give an ISO 8601 time such as "
			 "2026-11-23T10:00:00+01:00", text);
    *out = (time_t) g_date_time_to_unix (when);
    return EXIT_OK;
}

int
main (int argc, char **argv)
{
    int code;

    /* The locale's character set only: tact writes English, so day and
     * month names ("by Monday at 3 pm", a Date header) stay those of
     * the C locale whatever the agent's language ("by Montag" in an
     * English reply, say). */
    setlocale (LC_CTYPE, "");
    if (argc < 2)
	return cli_fail (EXIT_USAGE, "no command given: see 'tact help'");
    if (! strcmp (argv[1], "help") || ! strcmp (argv[1], "--help") || ! strcmp (argv[1], "-h"))
	return fputs (usage_text, stdout), EXIT_OK;
    if (! strcmp (argv[1], "--version") || ! strcmp (argv[1], "version"))
	return printf ("tact %s\n", tact_version ()), EXIT_OK;
    if (! strcmp (argv[1], "thread"))
	code = command_thread (argc - 1, argv + 1);
    else if (! strcmp (argv[1], "analyze"))
	code = command_analyze (argc - 1, argv + 1);
    else if (! strcmp (argv[1], "draft"))
	code = command_draft (argc - 1, argv + 1);
    else if (! strcmp (argv[1], "templates"))
	code = command_templates (argc - 1, argv + 1);
    else if (! strcmp (argv[1], "lint"))
	code = command_lint (argc - 1, argv + 1);
    else if (! strcmp (argv[1], "compose"))
	code = command_compose (argc - 1, argv + 1);
    else if (! strcmp (argv[1], "setup"))
	code = command_setup (argc - 1, argv + 1);
    else
	return cli_fail (EXIT_USAGE, "unknown command '%s': see 'tact help'", argv[1]);
    if (code == EXIT_OK && (fflush (stdout) != 0 || ferror (stdout)))
	code = cli_fail (EXIT_ENVIRONMENT, "cannot write the output: %s", g_strerror (errno));
    return code;
}
