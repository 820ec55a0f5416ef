/* draft.c - `tact draft`: the reply to a customer's message, drafted:
 * notmuch reply's headers, the draft, the quoted original; or the draft
 * alone, or JSON; --explain says why each move is there. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "plugin/cli.h"

static JsonNode *
draft_to_json (const tact_thread_t *thread, const tact_draft_t *draft)
{
    g_autoptr (JsonBuilder) builder = json_builder_new ();

    json_builder_begin_object (builder);
    json_builder_set_member_name (builder, "headers");
    json_builder_begin_object (builder);
    for (int h = 0; h < TACT_REPLY_LAST_HEADER; h++) {
	const char *value = tact_thread_get_reply_header (thread, (tact_reply_header_t) h);

	if (value) {
	    /* A header value is one line, whatever a customer's Subject
	     * held: programs that build headers from it stay safe. */
	    g_autofree char *line = g_strdup (value);

	    for (char *p = line; *p; p++)
		if ((unsigned char) *p < 0x20 && *p != '\t')
		    *p = ' ';
	    cli_add_string (builder, tact_reply_header_name ((tact_reply_header_t) h), line);
	}
    }
    json_builder_end_object (builder);
    cli_add_string (builder, "body", tact_draft_get_body (draft));
    cli_add_string (builder, "register", tact_register_name (tact_draft_get_register (draft)));
    cli_add_string (builder, "followup", tact_draft_get_followup (draft));
    cli_add_string (builder, "mirror", tact_draft_get_mirror (draft));
    json_builder_set_member_name (builder, "moves");
    json_builder_begin_array (builder);
    for (size_t i = 0; i < tact_draft_count_moves (draft); i++) {
	json_builder_begin_object (builder);
	cli_add_string (builder, "move", tact_move_name (tact_draft_get_move (draft, i)));
	cli_add_string (builder, "template", tact_draft_get_move_template (draft, i));
	cli_add_string (builder, "reason", tact_draft_get_move_reason (draft, i));
	cli_add_string (builder, "evidence", tact_draft_get_move_evidence (draft, i));
	json_builder_end_object (builder);
    }
    json_builder_end_array (builder);
    json_builder_end_object (builder);
    return json_builder_get_root (builder);
}

/* The explanation, set apart after the draft. */
static void
print_explanation (const tact_draft_t *draft)
{
    printf ("\n----- why this draft (tact draft --explain) -----\n");
    printf ("register: %s\n", tact_register_name (tact_draft_get_register (draft)));
    for (size_t i = 0; i < tact_draft_count_moves (draft); i++) {
	const char *evidence = tact_draft_get_move_evidence (draft, i);

	printf ("%-11s %s\n", tact_move_name (tact_draft_get_move (draft, i)),
		tact_draft_get_move_template (draft, i));
	printf ("            because %s\n", tact_draft_get_move_reason (draft, i));
	if (evidence && *evidence)
	    printf ("            the customer wrote: \"%s\"\n", evidence);
    }
    printf ("----- end -----\n");
}

int
command_draft (int argc, char **argv)
{
    g_autofree char *format = NULL;
    g_autofree char *now_text = NULL;
    g_autofree char *config = NULL;
    g_auto (GStrv) folders = NULL;
    gboolean body_only = FALSE, explain = FALSE;
    source_args_t source = { NULL, NULL };
    GOptionEntry entries[] = {
	{ "body-only", 0, 0, G_OPTION_ARG_NONE, &body_only, "print the draft alone", NULL },
	{ "format", 0, 0, G_OPTION_ARG_STRING, &format, "text (the default) or json", "FORMAT" },
	{ "explain", 0, 0, G_OPTION_ARG_NONE, &explain,
	  "after the draft, list each move with its template and the evidence", NULL },
	{ "now", 0, 0, G_OPTION_ARG_STRING, &now_text,
	  "draft as if it were TIME (ISO 8601) instead of now", "TIME" },
	{ "config", 0, 0, G_OPTION_ARG_FILENAME, &config,
	  "read settings from FILE (default: ~/.config/tact/config)", "FILE" },
	{ "templates", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &folders,
	  "a template folder over the others (repeatable)", "DIR" },
	{ NULL }
    };
    settings_t settings = { 0 };
    tact_draft_options_t draft_options;
    tact_thread_t *thread = NULL;
    tact_analysis_t *analysis = NULL;
    tact_templates_t *templates = NULL;
    tact_draft_t *draft = NULL;
    gboolean json = FALSE;
    time_t now = 0;
    char *error = NULL;
    tact_status_t status;
    int code = cli_parse_source (&argc, &argv, entries,
				 "Draft the reply to a customer's message.", &source);

    if (code == EXIT_OK)
	json = cli_format_is_json (format, &code);
    if (code == EXIT_OK)
	code = cli_parse_now (now_text, &now);
    if (code == EXIT_OK)
	code = settings_load (&settings, config);
    if (code == EXIT_OK)
	code = cli_add_folders (settings.template_dirs, "--templates", folders);
    if (code == EXIT_OK)
	code = cli_open_templates (&templates, &settings);
    if (code == EXIT_OK)
	code = cli_open_thread (&thread, &source);
    if (code == EXIT_OK)
	code = cli_analyze (&analysis, thread, &settings, now, TRUE);
    if (code == EXIT_OK) {
	settings_draft_options (&settings, now, &draft_options);
	status = tact_draft_new (&draft, thread, analysis, templates, &draft_options, &error);
	if (status)
	    code = cli_fail (status == TACT_STATUS_BAD_INPUT ? EXIT_ENVIRONMENT
			     : cli_exit_code (status), "%s",
			     error ? error : tact_status_to_string (status));
    }
    if (code == EXIT_OK) {
	if (json) {
	    JsonNode *root = draft_to_json (thread, draft);

	    cli_print_json (root);
	    json_node_unref (root);
	} else {
	    fputs (body_only ? tact_draft_get_body (draft) : tact_draft_get_reply (draft), stdout);
	    if (explain)
		print_explanation (draft);
	}
    }
    free (error);
    tact_draft_free (draft);
    tact_analysis_free (analysis);
    tact_templates_free (templates);
    tact_thread_free (thread);
    settings_clear (&settings);
    cli_source_clear (&source);
    return code;
}
