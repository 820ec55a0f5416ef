/* lexicon.c - phrase and pattern lists read from data files */
#include "config.h"

#include <string.h>
#include <gio/gio.h>

#include "core/lexicon.h"
#include "core/status.h"

struct tact_lexicon {
    GPtrArray *rules;		/* tact_rule_t*, file order */
    GHashTable *sections;	/* section name -> GPtrArray of borrowed rules */
};

static void
rule_free (gpointer data)
{
    tact_rule_t *rule = data;

    g_free (rule->section);
    g_free (rule->name);
    g_free (rule->pattern);
    if (rule->regex)
	g_regex_unref (rule->regex);
    g_free (rule);
}

static GPtrArray *
section_rules (tact_lexicon_t *lexicon, const char *section)
{
    GPtrArray *rules = g_hash_table_lookup (lexicon->sections, section);

    if (! rules) {
	rules = g_ptr_array_new ();
	g_hash_table_insert (lexicon->sections, g_strdup (section), rules);
    }
    return rules;
}

tact_status_t
tact_lexicon_parse (tact_lexicon_t **out, const char *name,
		    const char *text, size_t length, char **error_message)
{
    tact_lexicon_t *lexicon = g_new0 (tact_lexicon_t, 1);
    g_autofree char *section = NULL;
    g_auto (GStrv) lines = NULL;
    g_autofree char *copy = g_strndup (text, length);

    lexicon->rules = g_ptr_array_new_with_free_func (rule_free);
    lexicon->sections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
					       (GDestroyNotify) g_ptr_array_unref);
    lines = g_strsplit (copy, "\n", -1);
    for (unsigned int i = 0; lines[i]; i++) {
	char *line = g_strstrip (lines[i]);
	char *equals;
	tact_rule_t *rule;
	g_autoptr (GError) error = NULL;

	if (*line == '\0' || *line == '#')
	    continue;
	if (*line == '[') {
	    size_t n = strlen (line);

	    if (n < 3 || line[n - 1] != ']') {
		tact_lexicon_free (lexicon);
		return tact_fail (error_message, TACT_STATUS_BAD_INPUT,
				  "%s:%u: a section header is [name]", name, i + 1);
	    }
	    g_free (section);
	    section = g_strndup (line + 1, n - 2);
	    continue;
	}
	equals = strstr (line, " = ");
	if (! section || ! equals) {
	    tact_lexicon_free (lexicon);
	    return tact_fail (error_message, TACT_STATUS_BAD_INPUT,
			      "%s:%u: expected 'name = pattern' inside a [section]",
			      name, i + 1);
	}
	rule = g_new0 (tact_rule_t, 1);
	rule->section = g_strdup (section);
	rule->name = g_strndup (line, (size_t) (equals - line));
	g_strstrip (rule->name);
	rule->pattern = g_strdup (equals + 3);
	rule->line = i + 1;
	rule->regex = g_regex_new (rule->pattern,
				   G_REGEX_CASELESS | G_REGEX_OPTIMIZE,
				   0, &error);
	if (! rule->regex) {
	    rule_free (rule);
	    tact_lexicon_free (lexicon);
	    return tact_fail (error_message, TACT_STATUS_BAD_INPUT,
			      "%s:%u: bad pattern: %s", name, i + 1, error->message);
	}
	g_ptr_array_add (lexicon->rules, rule);
	g_ptr_array_add (section_rules (lexicon, section), rule);
    }
    *out = lexicon;
    return TACT_STATUS_SUCCESS;
}

tact_status_t
tact_lexicon_load_builtin (tact_lexicon_t **out, const char *file,
			   char **error_message)
{
    g_autofree char *path = g_strconcat ("/org/tact/lexicon/", file, NULL);
    g_autoptr (GBytes) bytes = NULL;
    gsize size = 0;
    const char *data;

    bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
    if (! bytes)
	return tact_fail (error_message, TACT_STATUS_INTERNAL_ERROR,
			  "the built-in lexicon %s is missing", file);
    data = g_bytes_get_data (bytes, &size);
    return tact_lexicon_parse (out, file, data, size, error_message);
}

const GPtrArray *
tact_lexicon_section (const tact_lexicon_t *lexicon, const char *section)
{
    static GPtrArray *empty;
    const GPtrArray *rules = g_hash_table_lookup (lexicon->sections, section);

    if (rules)
	return rules;
    if (g_once_init_enter (&empty))
	g_once_init_leave (&empty, g_ptr_array_new ());
    return empty;
}

const tact_rule_t *
tact_lexicon_match (const tact_lexicon_t *lexicon, const char *section,
		    const char *text)
{
    const GPtrArray *rules = tact_lexicon_section (lexicon, section);

    for (unsigned int i = 0; i < rules->len; i++) {
	const tact_rule_t *rule = rules->pdata[i];

	if (g_regex_match (rule->regex, text, 0, NULL))
	    return rule;
    }
    return NULL;
}

void
tact_lexicon_free (tact_lexicon_t *lexicon)
{
    if (! lexicon)
	return;
    g_hash_table_unref (lexicon->sections);
    g_ptr_array_unref (lexicon->rules);
    g_free (lexicon);
}
