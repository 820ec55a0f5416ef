/* lint.c - `tact lint FILE`: check the reply an agent edited before it
 * leaves, with the customer's thread when it can be found. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "plugin/cli.h"

/* The Message-ID in the reply's In-Reply-To header, when the reply
 * starts with headers. */
static char *
answered_id (const char *text)
{
    g_autoptr (GRegex) re = g_regex_new ("\\A(?:[^\\n]+\\n)*?In-Reply-To:\\s*<([^>\\n]+)>",
					 G_REGEX_CASELESS, 0, NULL);
    g_autoptr (GMatchInfo) match = NULL;
    const char *blank = strstr (text, "\n\n");

    if (! g_regex_match (re, text, 0, &match))
	return NULL;
    {
	gint start = 0;

	g_match_info_fetch_pos (match, 1, &start, NULL);
	if (blank && text + start > blank)
	    return NULL;	/* not in the header block */
    }
    return g_match_info_fetch (match, 1);
}

static int
read_reply (const char *path, char **text, gsize *length)
{
    g_autoptr (GError) error = NULL;

    if (! strcmp (path, "-")) {
	GString *in = g_string_new (NULL);
	char buffer[65536];
	size_t n;

	while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
	    g_string_append_len (in, buffer, (gssize) n);
	if (ferror (stdin)) {
	    g_string_free (in, TRUE);
	    return cli_fail (EXIT_INPUT, "cannot read standard input");
	}
	*length = in->len;
	*text = g_string_free (in, FALSE);
	return EXIT_OK;
    }
    if (! g_file_get_contents (path, text, length, &error))
	return cli_fail (EXIT_INPUT, "%s: check the file name", error->message);
    return EXIT_OK;
}

static void
print_findings_json (const tact_lint_t *lint)
{
    g_autoptr (JsonBuilder) builder = json_builder_new ();
    JsonNode *root;

    json_builder_begin_object (builder);
    json_builder_set_member_name (builder, "findings");
    json_builder_begin_array (builder);
    for (size_t i = 0; i < tact_lint_count (lint); i++) {
	json_builder_begin_object (builder);
	json_builder_set_member_name (builder, "line");
	json_builder_add_int_value (builder, tact_lint_get_line (lint, i));
	json_builder_set_member_name (builder, "column");
	json_builder_add_int_value (builder, tact_lint_get_column (lint, i));
	cli_add_string (builder, "rule", tact_lint_get_rule (lint, i));
	cli_add_string (builder, "severity", tact_severity_name (tact_lint_get_severity (lint, i)));
	cli_add_string (builder, "message", tact_lint_get_message (lint, i));
	cli_add_string (builder, "suggestion", tact_lint_get_suggestion (lint, i));
	json_builder_end_object (builder);
    }
    json_builder_end_array (builder);
    json_builder_end_object (builder);
    root = json_builder_get_root (builder);
    cli_print_json (root);
    json_node_unref (root);
}

void
cli_print_findings (const char *name, const tact_lint_t *lint, FILE *out)
{
    for (size_t i = 0; i < tact_lint_count (lint); i++) {
	const char *suggestion = tact_lint_get_suggestion (lint, i);

	fprintf (out, "%s:%u:%u: %s: %s [%s]\n", name, tact_lint_get_line (lint, i),
		 tact_lint_get_column (lint, i),
		 tact_severity_name (tact_lint_get_severity (lint, i)),
		 tact_lint_get_message (lint, i), tact_lint_get_rule (lint, i));
	if (suggestion && *suggestion)
	    fprintf (out, "    suggestion: %s\n", suggestion);
    }
}

int
cli_lint_text (tact_lint_t **out, const char *text, size_t length, const char *thread_query,
	       gboolean thread_required, const settings_t *settings, time_t now)
{
    tact_thread_t *thread = NULL;
    tact_analysis_t *analysis = NULL;
    g_autofree char *found_id = NULL;
    g_autofree char *query = NULL;
    char *error = NULL;
    tact_status_t status;
    int code = EXIT_OK;

    if (thread_query)
	query = g_strdup (thread_query);
    else if ((found_id = answered_id (text)))
	query = g_strdup_printf ("id:%s", found_id);
    if (query) {
	status = tact_thread_open_query (&thread, NULL, query, &error);
	if (status && thread_required) {
	    code = cli_fail (cli_exit_code (status), "%s: %s", error ? error
			     : tact_status_to_string (status), cli_advice (status));
	} else if (status) {
	    fprintf (stderr, "tact: no thread for this reply (%s): the rules that depend on "
		     "the customer were skipped\n", error ? error : tact_status_to_string (status));
	}
	free (error);
	error = NULL;
    }
    if (code == EXIT_OK && thread)
	code = cli_analyze (&analysis, thread, settings, now, TRUE);
    if (code == EXIT_OK) {
	tact_lint_options_t options = TACT_LINT_OPTIONS_INIT;
	tact_draft_options_t hours;

	settings_draft_options (settings, now, &hours);
	options.lexicon_dirs = (const char *const *) settings->lexicon_dirs->pdata;
	options.dictionary = settings->dictionary && *settings->dictionary
	    ? settings->dictionary : NULL;
	options.off = (const char *const *) settings->lint_off->pdata;
	options.hours = &hours;
	status = tact_lint_reply (out, text, length, thread, analysis, &options, &error);
	if (status)
	    code = cli_fail (status == TACT_STATUS_BAD_INPUT ? EXIT_INPUT : cli_exit_code (status),
			     "%s", error ? error : tact_status_to_string (status));
	free (error);
    }
    tact_analysis_free (analysis);
    tact_thread_free (thread);
    return code;
}

int
command_lint (int argc, char **argv)
{
    g_autoptr (GOptionContext) context = g_option_context_new ("FILE");
    g_autoptr (GError) error = NULL;
    g_autofree char *format = NULL;
    g_autofree char *thread_query = NULL;
    g_autofree char *now_text = NULL;
    g_autofree char *config = NULL;
    g_autofree char *text = NULL;
    GOptionEntry entries[] = {
	{ "thread", 0, 0, G_OPTION_ARG_STRING, &thread_query,
	  "the thread answered (default: the reply's In-Reply-To)", "id:MSGID" },
	{ "format", 0, 0, G_OPTION_ARG_STRING, &format, "text (the default) or json", "FORMAT" },
	{ "now", 0, 0, G_OPTION_ARG_STRING, &now_text,
	  "judge follow-up times as if it were TIME (ISO 8601)", "TIME" },
	{ "config", 0, 0, G_OPTION_ARG_FILENAME, &config,
	  "read settings from FILE (default: ~/.config/tact/config)", "FILE" },
	{ NULL }
    };
    settings_t settings = { 0 };
    tact_lint_t *lint = NULL;
    gboolean json = FALSE;
    time_t now = 0;
    gsize length = 0;
    int code;

    g_option_context_set_summary (context, "Check a reply before it leaves: blame, unfilled "
				  "slots, a missing acknowledgement or apology, slang to a "
				  "second-language writer, a follow-up without a time.");
    g_option_context_add_main_entries (context, entries, NULL);
    if (! g_option_context_parse (context, &argc, &argv, &error))
	return cli_fail (EXIT_USAGE, "%s: see 'tact help'", error->message);
    if (argc != 2)
	return cli_fail (EXIT_USAGE, "which reply? give one FILE (or - for standard input)");
    code = EXIT_OK;
    json = cli_format_is_json (format, &code);
    if (code == EXIT_OK)
	code = cli_parse_now (now_text, &now);
    if (code == EXIT_OK)
	code = settings_load (&settings, config);
    if (code == EXIT_OK)
	code = read_reply (argv[1], &text, &length);
    if (code == EXIT_OK)
	code = cli_lint_text (&lint, text, length, thread_query, thread_query != NULL, &settings,
			      now);
    if (code == EXIT_OK) {
	if (json)
	    print_findings_json (lint);
	else
	    cli_print_findings (strcmp (argv[1], "-") ? argv[1] : "(standard input)", lint, stdout);
	if (tact_lint_count (lint))
	    code = EXIT_FINDINGS;
    }
    tact_lint_free (lint);
    settings_clear (&settings);
    return code;
}
