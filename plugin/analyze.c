/* analyze.c - `tact analyze`: the cues of each message with their
 * evidence, and the facts of the thread. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "plugin/cli.h"

static void
add_flag (JsonBuilder *builder, const char *name, int value)
{
    json_builder_set_member_name (builder, name);
    if (value < 0)
	json_builder_add_null_value (builder);
    else
	json_builder_add_boolean_value (builder, value);
}

static JsonNode *
analysis_to_json (const tact_thread_t *thread, const tact_analysis_t *analysis)
{
    g_autoptr (JsonBuilder) builder = json_builder_new ();
    const tact_message_t *answered = tact_thread_get_message (thread,
							      tact_thread_get_answered_index (thread));

    json_builder_begin_object (builder);
    json_builder_set_member_name (builder, "thread");
    json_builder_begin_object (builder);
    cli_add_string (builder, "answered", tact_message_get_id (answered));
    json_builder_set_member_name (builder, "customer_messages_since_agent");
    json_builder_add_int_value (builder, (gint64) tact_analysis_get_unanswered_count (analysis));
    json_builder_set_member_name (builder, "hours_waiting");
    /* to the quarter hour, which a double holds exactly */
    json_builder_add_double_value (builder,
				   (double) (gint64) (tact_analysis_get_hours_waiting (analysis) * 4 + 0.5) / 4);
    cli_add_string (builder, "channel", tact_channel_name (tact_analysis_get_channel (analysis)));
    json_builder_set_member_name (builder, "promised_hours");
    json_builder_add_double_value (builder, tact_analysis_get_promise_hours (analysis));
    add_flag (builder, "waited_past_promise", tact_analysis_waited_past_promise (analysis));
    cli_add_string (builder, "register", tact_register_name (tact_analysis_get_register (analysis)));
    add_flag (builder, "needs_apology",
	      tact_analysis_get_thread_flag (analysis, TACT_FLAG_NEEDS_APOLOGY));
    add_flag (builder, "repeat_contact",
	      tact_analysis_get_thread_flag (analysis, TACT_FLAG_REPEAT_CONTACT));
    json_builder_set_member_name (builder, "flags");
    json_builder_begin_object (builder);
    for (int k = 0; k < TACT_FLAG_LAST_FLAG; k++)
	add_flag (builder, tact_flag_name ((tact_flag_t) k),
		  tact_analysis_get_thread_flag (analysis, (tact_flag_t) k));
    json_builder_end_object (builder);
    json_builder_end_object (builder);

    json_builder_set_member_name (builder, "messages");
    json_builder_begin_array (builder);
    for (size_t i = 0; i < tact_thread_count_messages (thread); i++) {
	const tact_message_t *message = tact_thread_get_message (thread, i);

	json_builder_begin_object (builder);
	cli_add_string (builder, "message_id", tact_message_get_id (message));
	cli_add_string (builder, "from_address", tact_message_get_from_address (message));
	json_builder_set_member_name (builder, "is_agent");
	json_builder_add_boolean_value (builder, tact_message_is_agent (message));
	json_builder_set_member_name (builder, "flags");
	json_builder_begin_object (builder);
	for (int k = 0; k < TACT_FLAG_LAST_FLAG; k++)
	    add_flag (builder, tact_flag_name ((tact_flag_t) k),
		      tact_analysis_get_flag (analysis, i, (tact_flag_t) k));
	json_builder_end_object (builder);
	json_builder_set_member_name (builder, "cues");
	json_builder_begin_array (builder);
	for (size_t c = 0; c < tact_analysis_count_cues (analysis, i); c++) {
	    const tact_cue_t *cue = tact_analysis_get_cue (analysis, i, c);

	    json_builder_begin_object (builder);
	    cli_add_string (builder, "kind", tact_flag_name (tact_cue_get_kind (cue)));
	    json_builder_set_member_name (builder, "start");
	    json_builder_add_int_value (builder, (gint64) tact_cue_get_start (cue));
	    json_builder_set_member_name (builder, "end");
	    json_builder_add_int_value (builder, (gint64) tact_cue_get_end (cue));
	    cli_add_string (builder, "text", tact_cue_get_text (cue));
	    cli_add_string (builder, "rule", tact_cue_get_rule (cue));
	    if (tact_cue_in_signature (cue))
		cli_add_string (builder, "in", "signature");
	    json_builder_end_object (builder);
	}
	json_builder_end_array (builder);
	json_builder_end_object (builder);
    }
    json_builder_end_array (builder);
    json_builder_end_object (builder);
    return json_builder_get_root (builder);
}

/* The line of text around a cue, the cue in [brackets]. */
static char *
in_context (const char *text, size_t start, size_t end)
{
    size_t from = start, to = end, length = strlen (text);

    while (from > 0 && text[from - 1] != '\n' && start - from < 50)
	from--;
    while (to < length && text[to] != '\n' && to - end < 50)
	to++;
    while (from < start && (text[from] & 0xc0) == 0x80)
	from++;
    while (to > end && to < length && (text[to] & 0xc0) == 0x80)
	to--;
    return g_strdup_printf ("%s%.*s[%.*s]%.*s%s", from > 0 && text[from - 1] != '\n' ? "..." : "",
			    (int) (start - from), text + from, (int) (end - start), text + start,
			    (int) (to - end), text + end,
			    to < length && text[to] != '\n' ? "..." : "");
}

static void
print_flags (const char *label, int (*get) (const void *, size_t, tact_flag_t),
	     const void *analysis, size_t index)
{
    GString *set = g_string_new (NULL);

    for (int k = 0; k < TACT_FLAG_LAST_FLAG; k++) {
	int value = get (analysis, index, (tact_flag_t) k);

	if (value == 0)
	    continue;
	g_string_append_printf (set, "%s%s%s", set->len ? ", " : "",
				tact_flag_name ((tact_flag_t) k), value < 0 ? " (unknown)" : "");
    }
    printf ("%s%s\n", label, set->len ? set->str : "none");
    g_string_free (set, TRUE);
}

static int
message_flag (const void *analysis, size_t index, tact_flag_t flag)
{
    return tact_analysis_get_flag (analysis, index, flag);
}

static int
thread_flag (const void *analysis, size_t index, tact_flag_t flag)
{
    return tact_analysis_get_thread_flag (analysis, flag);
}

static void
print_analysis_text (const tact_thread_t *thread, const tact_analysis_t *analysis)
{
    size_t answered = tact_thread_get_answered_index (thread);

    for (size_t i = 0; i < tact_thread_count_messages (thread); i++) {
	const tact_message_t *message = tact_thread_get_message (thread, i);

	printf ("%s[%zu] %s  %s  %s\n", i == answered ? "* " : "  ", i + 1,
		tact_message_get_from_address (message), tact_message_get_date_iso8601 (message),
		tact_message_is_agent (message) ? "agent" : "customer");
	print_flags ("    flags: ", message_flag, analysis, i);
	for (size_t c = 0; c < tact_analysis_count_cues (analysis, i); c++) {
	    const tact_cue_t *cue = tact_analysis_get_cue (analysis, i, c);
	    const char *text = tact_cue_in_signature (cue) ? tact_message_get_signature (message)
		: tact_message_get_new_text (message);
	    g_autofree char *context = in_context (text, tact_cue_get_start (cue),
						   tact_cue_get_end (cue));

	    printf ("    %-15s %s  (%s%s)\n", tact_flag_name (tact_cue_get_kind (cue)), context,
		    tact_cue_get_rule (cue), tact_cue_in_signature (cue) ? ", in the signature" : "");
	}
	printf ("\n");
    }
    printf ("Thread:\n");
    printf ("    answering [%zu]; %zu customer message%s since the agent's last reply\n",
	    answered + 1, tact_analysis_get_unanswered_count (analysis),
	    tact_analysis_get_unanswered_count (analysis) == 1 ? "" : "s");
    printf ("    waiting %.1f hours; channel %s, promised %.3g hour%s%s\n",
	    tact_analysis_get_hours_waiting (analysis),
	    tact_channel_name (tact_analysis_get_channel (analysis)),
	    tact_analysis_get_promise_hours (analysis),
	    tact_analysis_get_promise_hours (analysis) == 1 ? "" : "s",
	    tact_analysis_waited_past_promise (analysis) ? " (past the promise)" : "");
    printf ("    register: %s\n", tact_register_name (tact_analysis_get_register (analysis)));
    print_flags ("    flags: ", thread_flag, analysis, 0);
}

int
command_analyze (int argc, char **argv)
{
    g_autofree char *format = NULL;
    g_autofree char *now_text = NULL;
    g_autofree char *config = NULL;
    g_auto (GStrv) lexicons = NULL;
    source_args_t source = { NULL, NULL };
    GOptionEntry entries[] = {
	{ "format", 0, 0, G_OPTION_ARG_STRING, &format, "text (the default) or json", "FORMAT" },
	{ "now", 0, 0, G_OPTION_ARG_STRING, &now_text,
	  "measure waiting against TIME (ISO 8601) instead of now", "TIME" },
	{ "config", 0, 0, G_OPTION_ARG_FILENAME, &config,
	  "read settings from FILE (default: ~/.config/tact/config)", "FILE" },
	{ "lexicon", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &lexicons,
	  "a folder of lexicon files that add to or override the built-in ones (repeatable)", "DIR" },
	{ NULL }
    };
    settings_t settings = { 0 };
    tact_thread_t *thread = NULL;
    tact_analysis_t *analysis = NULL;
    gboolean json = FALSE;
    time_t now = 0;
    int code = cli_parse_source (&argc, &argv, entries,
				 "Show the cues tact finds in each message of a thread.", &source);

    if (code == EXIT_OK)
	json = cli_format_is_json (format, &code);
    if (code == EXIT_OK)
	code = cli_parse_now (now_text, &now);
    if (code == EXIT_OK)
	code = settings_load (&settings, config);
    if (code == EXIT_OK)
	code = cli_add_folders (settings.lexicon_dirs, "--lexicon", lexicons);
    if (code == EXIT_OK)
	code = cli_open_thread (&thread, &source);
    if (code == EXIT_OK)
	code = cli_analyze (&analysis, thread, &settings, now, FALSE);
    if (code == EXIT_OK) {
	if (json) {
	    JsonNode *root = analysis_to_json (thread, analysis);

	    cli_print_json (root);
	    json_node_unref (root);
	} else {
	    print_analysis_text (thread, analysis);
	}
    }
    tact_analysis_free (analysis);
    tact_thread_free (thread);
    settings_clear (&settings);
    cli_source_clear (&source);
    return code;
}
