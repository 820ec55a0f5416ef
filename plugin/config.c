/* config.c - tact's settings: the config file (GKeyFile), read by the
 * command, never by the library.
 *
 *   [response]
 *   email_hours=6
 *   social_hours=1
 *
 *   [social]                      # what puts a thread on the social channel
 *   from=@twitter.example;dm@x.example
 *   list_id=social-inbox
 *   header=X-Channel: twitter
 *
 *   [lexicon]
 *   folders=/srv/team/tact/lexicon
 *
 *   [fluency]
 *   dictionary=/usr/share/hunspell/en_US;/usr/share/hunspell/en_GB
 *
 *   [agent]                       # for drafts
 *   name=Dana Reyes
 *   signature=Ledgerly Support\nhttps://help.ledgerly.example
 *
 *   [company]
 *   name=Ledgerly
 *
 *   [hours]                       # business hours, for follow-up times
 *   days=Mon-Fri
 *   opens=09:00
 *   closes=17:00
 *   zone=Europe/Berlin
 *
 *   [templates]
 *   folders=/srv/team/tact/templates
 *   language=en
 *
 *   [lint]                        # rules of tact lint switched off
 *   off=spelling;exclamations
 *
 * A bad value is one error naming the file and the line.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "plugin/cli.h"

/* American spelling, and British where American does not know a word
 * ("colour", "cancelled"): both are fluent English. */
#define DEFAULT_DICTIONARY "/usr/share/hunspell/en_US;/usr/share/hunspell/en_GB"

static const char *
keep (settings_t *settings, char *string)
{
    g_ptr_array_add (settings->strings, string);
    return string;
}

static void
add_rule (settings_t *settings, tact_channel_t channel, const char *field,
	  const char *header, const char *value)
{
    tact_channel_rule_t rule = { channel, field, header, value };

    g_array_append_val (settings->channel_rules, rule);
}

/* The line of key in group (of the group's own "[group]" line when key
 * is NULL), for error messages; 0 when not found: GKeyFile does not
 * keep line numbers. */
static unsigned
line_of (const char *path, const char *group, const char *key)
{
    g_autofree char *text = NULL;
    g_autofree char *header = g_strdup_printf ("[%s]", group);
    g_auto (GStrv) lines = NULL;
    gboolean in_group = FALSE;

    if (! g_file_get_contents (path, &text, NULL, NULL))
	return 0;
    lines = g_strsplit (text, "\n", -1);
    for (unsigned i = 0; lines[i]; i++) {
	char *line = g_strstrip (lines[i]);

	if (line[0] == '[') {
	    in_group = ! strcmp (line, header);
	    if (in_group && ! key)
		return i + 1;
	} else if (in_group && key && g_str_has_prefix (line, key)) {
	    const char *rest = line + strlen (key);

	    while (*rest == ' ' || *rest == '\t')
		rest++;
	    if (*rest == '=')
		return i + 1;
	}
    }
    return 0;
}

static int G_GNUC_PRINTF (4, 5)
bad_value (const settings_t *settings, const char *group, const char *key,
	   const char *format, ...)
{
    va_list args;
    g_autofree char *message = NULL;
    unsigned line = line_of (settings->path, group, key);

    va_start (args, format);
    message = g_strdup_vprintf (format, args);
    va_end (args);
    if (line)
	return cli_fail (EXIT_ENVIRONMENT, "%s:%u: [%s] %s: %s", settings->path, line, group, key,
			 message);
    return cli_fail (EXIT_ENVIRONMENT, "%s: [%s] %s: %s", settings->path, group, key, message);
}

static int
read_channel (settings_t *settings, GKeyFile *file, const char *group, tact_channel_t channel)
{
    static const char *const fields[] = { "from", "list_id", "header", NULL };
    g_auto (GStrv) keys = g_key_file_get_keys (file, group, NULL, NULL);

    for (int k = 0; keys && keys[k]; k++) {
	if (! g_strv_contains (fields, keys[k]))
	    return cli_fail (EXIT_ENVIRONMENT, "%s: [%s] has no key '%s': use from, list_id or header",
			     settings->path, group, keys[k]);
    }
    for (int f = 0; fields[f]; f++) {
	g_auto (GStrv) values = g_key_file_get_string_list (file, group, fields[f], NULL, NULL);

	for (int v = 0; values && values[v]; v++) {
	    char *value = g_strstrip (values[v]);

	    if (! *value)
		continue;
	    if (! strcmp (fields[f], "header")) {
		char *colon = strchr (value, ':');

		if (! colon || colon == value)
		    return bad_value (settings, group, "header",
				      "'%s': write it as 'Header-Name: value'", value);
		*colon = '\0';
		add_rule (settings, channel, "header", keep (settings, g_strstrip (g_strdup (value))),
			  keep (settings, g_strstrip (g_strdup (colon + 1))));
	    } else {
		add_rule (settings, channel, ! strcmp (fields[f], "from") ? "from" : "list-id", NULL,
			  keep (settings, g_strdup (value)));
	    }
	}
    }
    return EXIT_OK;
}

static int
read_hours (settings_t *settings, GKeyFile *file, const char *key, double *out)
{
    g_autoptr (GError) error = NULL;
    double hours;

    if (! g_key_file_has_key (file, "response", key, NULL))
	return EXIT_OK;
    hours = g_key_file_get_double (file, "response", key, &error);
    if (error || hours <= 0 || hours > 24 * 30)
	return bad_value (settings, "response", key, "give a number of hours above 0 "
			  "(at most 720)");
    *out = hours;
    return EXIT_OK;
}


/* A string setting, with escapes (\n) read; *out is left alone when
 * the key is not there. */
static void
read_string (GKeyFile *file, const char *group, const char *key, char **out)
{
    char *value;

    if (! g_key_file_has_key (file, group, key, NULL))
	return;
    value = g_key_file_get_string (file, group, key, NULL);
    if (value) {
	g_free (*out);
	*out = value;
    }
}

/* "09:00" -> 540; "24:00" is midnight at the end of the day. */
static gboolean
parse_clock (const char *text, int *minutes)
{
    unsigned hour, minute;
    char end;

    if (sscanf (text, "%2u:%2u%c", &hour, &minute, &end) != 2 || minute > 59 || hour > 24
	|| (hour == 24 && minute))
	return FALSE;
    *minutes = (int) (hour * 60 + minute);
    return TRUE;
}

static int
day_number (const char *name)
{
    static const char *const days[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

    for (int d = 0; d < 7; d++)
	if (! g_ascii_strncasecmp (name, days[d], 3) && strlen (name) >= 3)
	    return d;
    return -1;
}

/* "Mon-Fri", "Mon;Wed;Fri", "Sun-Thu", "all". */
static gboolean
parse_days (const char *text, unsigned *days)
{
    g_auto (GStrv) parts = g_strsplit_set (text, ";,", -1);

    *days = 0;
    for (int i = 0; parts[i]; i++) {
	char *part = g_strstrip (parts[i]);
	char *dash = strchr (part, '-');
	int from, to;

	if (! *part)
	    continue;
	if (! g_ascii_strcasecmp (part, "all")) {
	    *days = 0x7f;
	    continue;
	}
	if (dash) {
	    *dash = '\0';
	    from = day_number (g_strstrip (part));
	    to = day_number (g_strstrip (dash + 1));
	} else {
	    from = to = day_number (part);
	}
	if (from < 0 || to < 0)
	    return FALSE;
	for (int d = from;; d = (d + 1) % 7) {
	    *days |= 1u << d;
	    if (d == to)
		break;
	}
    }
    return *days != 0;
}

static int
read_draft_settings (settings_t *settings, GKeyFile *file)
{
    g_autofree char *opens = NULL, *closes = NULL, *days = NULL;

    read_string (file, "agent", "name", &settings->agent_name);
    read_string (file, "agent", "signature", &settings->agent_signature);
    read_string (file, "company", "name", &settings->company_name);
    read_string (file, "hours", "zone", &settings->time_zone);
    read_string (file, "hours", "opens", &opens);
    read_string (file, "hours", "closes", &closes);
    read_string (file, "hours", "days", &days);
    read_string (file, "templates", "language", &settings->language);
    if (settings->time_zone) {
	GTimeZone *zone = g_time_zone_new_identifier (settings->time_zone);

	if (! zone)
	    return bad_value (settings, "hours", "zone", "'%s' is not a time zone: write one "
			      "such as Europe/Berlin, America/New_York or UTC",
			      settings->time_zone);
	g_time_zone_unref (zone);
    }
    if (opens && ! parse_clock (g_strstrip (opens), &settings->opens))
	return bad_value (settings, "hours", "opens", "'%s': write a time such as 09:00", opens);
    if (closes && ! parse_clock (g_strstrip (closes), &settings->closes))
	return bad_value (settings, "hours", "closes", "'%s': write a time such as 17:30", closes);
    if (settings->opens >= settings->closes)
	return bad_value (settings, "hours", closes ? "closes" : "opens",
			  "the day closes before it opens");
    if (days && ! parse_days (days, &settings->business_days))
	return bad_value (settings, "hours", "days", "'%s': write days such as Mon-Fri or "
			  "Mon;Tue;Thu, or all", days);
    if (settings->language && ! g_regex_match_simple ("^[a-z]{2,3}(-[A-Za-z0-9]+)?$",
						      settings->language, 0, 0))
	return bad_value (settings, "templates", "language", "'%s' is not a language tag "
			  "such as en", settings->language);
    {
	g_auto (GStrv) off = g_key_file_get_string_list (file, "lint", "off", NULL, NULL);

	for (int i = 0; off && off[i]; i++) {
	    char *id = g_strstrip (off[i]);

	    if (! *id)
		continue;
	    if (! g_strv_contains (tact_lint_rule_ids (), id))
		return bad_value (settings, "lint", "off", "no lint rule is called '%s' "
				  "(see tact(1), LINT RULES)", id);
	    g_ptr_array_add (settings->lint_off, g_strdup (id));
	}
    }
    {
	g_auto (GStrv) folders = g_key_file_get_string_list (file, "templates", "folders",
							     NULL, NULL);

	for (int i = 0; folders && folders[i]; i++)
	    if (*g_strstrip (folders[i]))
		g_ptr_array_add (settings->template_dirs, g_strdup (folders[i]));
    }
    return EXIT_OK;
}

/* Every group and key tact knows: anything else is a mistake worth
 * saying, with its line. */
static int
check_known (settings_t *settings, GKeyFile *file)
{
    static const char *const known[] = {
	"response", "email_hours", "social_hours", NULL,
	"social", "from", "list_id", "header", NULL,
	"email", "from", "list_id", "header", NULL,
	"lexicon", "folders", NULL,
	"fluency", "dictionary", NULL,
	"agent", "name", "signature", NULL,
	"company", "name", NULL,
	"hours", "days", "opens", "closes", "zone", NULL,
	"templates", "folders", "language", NULL,
	"lint", "off", NULL,
	NULL,
    };
    g_auto (GStrv) groups = g_key_file_get_groups (file, NULL);

    for (int g = 0; groups[g]; g++) {
	const char *const *entry = known;
	g_auto (GStrv) keys = NULL;

	while (*entry && strcmp (*entry, groups[g])) {
	    while (*entry)
		entry++;
	    entry++;
	}
	if (! *entry)
	    return cli_fail (EXIT_ENVIRONMENT, "%s:%u: unknown group [%s]: see tact-config(5)",
			     settings->path, line_of (settings->path, groups[g], NULL), groups[g]);
	keys = g_key_file_get_keys (file, groups[g], NULL, NULL);
	for (int k = 0; keys && keys[k]; k++) {
	    gboolean found = FALSE;

	    for (const char *const *key = entry + 1; *key; key++)
		found = found || ! strcmp (*key, keys[k]);
	    if (! found)
		return bad_value (settings, groups[g], keys[k], "unknown key: see tact-config(5)");
	}
    }
    return EXIT_OK;
}

/* GKeyFile's syntax errors name the line's text, not its number: find
 * the first line that is not a group, a key, a comment or blank. */
static unsigned
first_bad_line (const char *path)
{
    g_autofree char *text = NULL;
    g_auto (GStrv) lines = NULL;

    if (! g_file_get_contents (path, &text, NULL, NULL))
	return 0;
    lines = g_strsplit (text, "\n", -1);
    for (unsigned i = 0; lines[i]; i++) {
	char *line = g_strchug (lines[i]);

	if (! *line || *line == '#' || (*line == '[' && strchr (line, ']')) || strchr (line, '='))
	    continue;
	return i + 1;
    }
    return 0;
}

int
settings_load (settings_t *settings, const char *path)
{
    g_autoptr (GKeyFile) file = g_key_file_new ();
    g_autoptr (GError) error = NULL;
    g_autofree char *personal = g_build_filename (g_get_user_config_dir (), "tact", NULL);
    g_autofree char *personal_lexicon = g_build_filename (personal, "lexicon", NULL);
    g_autofree char *personal_templates = g_build_filename (personal, "templates", NULL);
    int code;

    memset (settings, 0, sizeof *settings);
    settings->channel_rules = g_array_new (FALSE, TRUE, sizeof (tact_channel_rule_t));
    settings->strings = g_ptr_array_new_with_free_func (g_free);
    settings->lexicon_dirs = g_ptr_array_new_null_terminated (4, g_free, TRUE);
    settings->template_dirs = g_ptr_array_new_null_terminated (4, g_free, TRUE);
    settings->lint_off = g_ptr_array_new_null_terminated (4, g_free, TRUE);
    settings->opens = 9 * 60;
    settings->closes = 17 * 60;
    settings->business_days = 0x1f;
    settings->dictionary = g_strdup (g_getenv ("TACT_DICTIONARY") ? g_getenv ("TACT_DICTIONARY")
				     : DEFAULT_DICTIONARY);

    if (path)
	settings->path = g_strdup (path);
    else if (g_getenv ("TACT_CONFIG"))
	settings->path = g_strdup (g_getenv ("TACT_CONFIG"));
    else {
	char *candidate = g_build_filename (personal, "config", NULL);

	if (g_file_test (candidate, G_FILE_TEST_EXISTS))
	    settings->path = candidate;
	else
	    g_free (candidate);
    }

    if (settings->path) {
	g_auto (GStrv) folders = NULL;

	if (! g_key_file_load_from_file (file, settings->path, G_KEY_FILE_NONE, &error)) {
	    unsigned line = g_error_matches (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_PARSE)
		? first_bad_line (settings->path) : 0;

	    if (line)
		return cli_fail (EXIT_ENVIRONMENT, "%s:%u: %s: fix the line or point --config "
				 "elsewhere", settings->path, line, error->message);
	    return cli_fail (EXIT_ENVIRONMENT, "%s: %s: fix the file or point --config elsewhere",
			     settings->path, error->message);
	}
	if ((code = check_known (settings, file)) ||
	    (code = read_draft_settings (settings, file)) ||
	    (code = read_hours (settings, file, "email_hours",
				&settings->promise_hours[TACT_CHANNEL_EMAIL])) ||
	    (code = read_hours (settings, file, "social_hours",
				&settings->promise_hours[TACT_CHANNEL_SOCIAL])) ||
	    (code = read_channel (settings, file, "social", TACT_CHANNEL_SOCIAL)) ||
	    (code = read_channel (settings, file, "email", TACT_CHANNEL_EMAIL)))
	    return code;
	folders = g_key_file_get_string_list (file, "lexicon", "folders", NULL, NULL);
	for (int i = 0; folders && folders[i]; i++)
	    if (*g_strstrip (folders[i]))
		g_ptr_array_add (settings->lexicon_dirs, g_strdup (folders[i]));
	if (g_key_file_has_key (file, "fluency", "dictionary", NULL) && ! g_getenv ("TACT_DICTIONARY")) {
	    g_free (settings->dictionary);
	    settings->dictionary = g_key_file_get_string (file, "fluency", "dictionary", NULL);
	}
    }
    /* The personal folder comes last: it overrides the team's. */
    if (g_file_test (personal_lexicon, G_FILE_TEST_IS_DIR))
	g_ptr_array_add (settings->lexicon_dirs, g_strdup (personal_lexicon));
    if (g_file_test (personal_templates, G_FILE_TEST_IS_DIR))
	g_ptr_array_add (settings->template_dirs, g_strdup (personal_templates));
    return EXIT_OK;
}

void
settings_clear (settings_t *settings)
{
    g_free (settings->path);
    g_free (settings->dictionary);
    if (settings->channel_rules)
	g_array_free (settings->channel_rules, TRUE);
    if (settings->strings)
	g_ptr_array_unref (settings->strings);
    if (settings->lexicon_dirs)
	g_ptr_array_unref (settings->lexicon_dirs);
    if (settings->template_dirs)
	g_ptr_array_unref (settings->template_dirs);
    if (settings->lint_off)
	g_ptr_array_unref (settings->lint_off);
    g_free (settings->agent_name);
    g_free (settings->agent_signature);
    g_free (settings->company_name);
    g_free (settings->time_zone);
    g_free (settings->language);
    memset (settings, 0, sizeof *settings);
}

void
settings_analyze_options (const settings_t *settings, time_t now,
			  tact_analyze_options_t *options)
{
    tact_analyze_options_t defaults = TACT_ANALYZE_OPTIONS_INIT;

    *options = defaults;
    options->now = now;
    options->dictionary = settings->dictionary && *settings->dictionary ? settings->dictionary : NULL;
    for (int c = 0; c < TACT_CHANNEL_LAST_CHANNEL; c++)
	options->promise_hours[c] = settings->promise_hours[c];
    options->channel_rules = (const tact_channel_rule_t *) settings->channel_rules->data;
    options->channel_rule_count = settings->channel_rules->len;
    /* lexicon_dirs is NULL-terminated below */
    options->lexicon_dirs = (const char *const *) settings->lexicon_dirs->pdata;
}

int
cli_open_templates (tact_templates_t **templates, const settings_t *settings)
{
    char *error = NULL;
    tact_status_t status = tact_templates_open (
	templates, (const char *const *) settings->template_dirs->pdata, &error);
    int code = EXIT_OK;

    if (status)
	code = cli_fail (EXIT_ENVIRONMENT, "%s: fix the template (tact templates lint helps)",
			 error ? error : tact_status_to_string (status));
    free (error);
    return code;
}

int
cli_analyze (tact_analysis_t **analysis, const tact_thread_t *thread,
	     const settings_t *settings, time_t now, gboolean customers_only)
{
    tact_analyze_options_t options;
    char *error = NULL;
    tact_status_t status;
    int code = EXIT_OK;

    settings_analyze_options (settings, now, &options);
    options.customers_only = customers_only;
    status = tact_analyze_thread (analysis, thread, &options, &error);
    if (status)
	code = cli_fail (status == TACT_STATUS_BAD_INPUT ? EXIT_ENVIRONMENT : cli_exit_code (status),
			 "%s: fix the lexicon file or remove it from the lexicon folders",
			 error ? error : tact_status_to_string (status));
    free (error);
    return code;
}

void
settings_draft_options (const settings_t *settings, time_t now, tact_draft_options_t *options)
{
    tact_draft_options_t defaults = TACT_DRAFT_OPTIONS_INIT;

    *options = defaults;
    options->now = now;
    options->agent_name = settings->agent_name;
    options->agent_signature = settings->agent_signature;
    options->company_name = settings->company_name;
    options->time_zone = settings->time_zone;
    options->opens = settings->opens;
    options->closes = settings->closes;
    options->business_days = settings->business_days;
    options->language = settings->language;
}
