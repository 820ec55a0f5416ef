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
 *   dictionary=/usr/share/hunspell/en_US
 */
#include "config.h"

#include <string.h>

#include "plugin/cli.h"

#define DEFAULT_DICTIONARY "/usr/share/hunspell/en_US"

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
		    return cli_fail (EXIT_ENVIRONMENT,
				     "%s: [%s] header=%s: write it as 'Header-Name: value'",
				     settings->path, group, value);
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
	return cli_fail (EXIT_ENVIRONMENT, "%s: [response] %s: give a number of hours above 0",
			 settings->path, key);
    *out = hours;
    return EXIT_OK;
}

int
settings_load (settings_t *settings, const char *path)
{
    g_autoptr (GKeyFile) file = g_key_file_new ();
    g_autoptr (GError) error = NULL;
    g_autofree char *personal = g_build_filename (g_get_user_config_dir (), "tact", NULL);
    g_autofree char *personal_lexicon = g_build_filename (personal, "lexicon", NULL);
    int code;

    memset (settings, 0, sizeof *settings);
    settings->channel_rules = g_array_new (FALSE, TRUE, sizeof (tact_channel_rule_t));
    settings->strings = g_ptr_array_new_with_free_func (g_free);
    settings->lexicon_dirs = g_ptr_array_new_null_terminated (4, g_free, TRUE);
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

	if (! g_key_file_load_from_file (file, settings->path, G_KEY_FILE_NONE, &error))
	    return cli_fail (EXIT_ENVIRONMENT, "%s: %s: fix the file or point --config elsewhere",
			     settings->path, error->message);
	if ((code = read_hours (settings, file, "email_hours",
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
