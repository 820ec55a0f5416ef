/* thread.c - `tact thread`: the thread as tact reads it. */
#include "config.h"

#include <stdio.h>

#include "plugin/cli.h"

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
	cli_add_string (builder, "message_id", tact_message_get_id (message));
	cli_add_string (builder, "from_name", tact_message_get_from_name (message));
	cli_add_string (builder, "from_address", tact_message_get_from_address (message));
	cli_add_string (builder, "date", tact_message_get_date_iso8601 (message));
	cli_add_string (builder, "subject", tact_message_get_subject (message));
	json_builder_set_member_name (builder, "is_agent");
	json_builder_add_boolean_value (builder, tact_message_is_agent (message));
	cli_add_string (builder, "new_text", tact_message_get_new_text (message));
	json_builder_set_member_name (builder, "quoted_bytes");
	json_builder_add_int_value (builder, (gint64) tact_message_get_quoted_bytes (message));
	json_builder_set_member_name (builder, "signature_bytes");
	json_builder_add_int_value (builder, (gint64) tact_message_get_signature_bytes (message));
	json_builder_end_object (builder);
    }
    json_builder_end_array (builder);
    cli_add_string (builder, "answered",
		    tact_message_get_id (tact_thread_get_message (thread, answered)));
    json_builder_set_member_name (builder, "reply");
    json_builder_begin_object (builder);
    for (int h = 0; h < TACT_REPLY_LAST_HEADER; h++) {
	const char *value = tact_thread_get_reply_header (thread, (tact_reply_header_t) h);

	if (value)
	    cli_add_string (builder, tact_reply_header_name ((tact_reply_header_t) h), value);
    }
    json_builder_end_object (builder);
    json_builder_end_object (builder);
    return json_builder_get_root (builder);
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
	cli_print_indented (tact_message_get_new_text (message), "    | ");
	printf ("\n");
    }
    printf ("Reply to [%zu]:\n", answered + 1);
    for (int h = 0; h < TACT_REPLY_LAST_HEADER; h++) {
	const char *value = tact_thread_get_reply_header (thread, (tact_reply_header_t) h);

	if (value)
	    printf ("    %s: %s\n", tact_reply_header_name ((tact_reply_header_t) h), value);
    }
}

int
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
    int code = cli_parse_source (&argc, &argv, entries,
				 "Print a support thread as tact reads it.", &source);

    if (code == EXIT_OK)
	json = cli_format_is_json (format, &code);
    if (code == EXIT_OK)
	code = cli_open_thread (&thread, &source);
    if (code == EXIT_OK) {
	if (json) {
	    JsonNode *root = thread_to_json (thread);

	    cli_print_json (root);
	    json_node_unref (root);
	} else {
	    print_thread_text (thread);
	}
    }
    tact_thread_free (thread);
    cli_source_clear (&source);
    return code;
}
