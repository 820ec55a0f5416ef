/* lexicon-compile - compile a lexicon's patterns at build time
 *
 *   lexicon-compile FILE.lex OUT.bin [SECTION...]
 *
 * Every pattern of FILE.lex is compiled and the compiled patterns are
 * written, serialized, to OUT.bin, which the build puts into libtact
 * beside the lexicon; libtact then uses them instead of compiling each
 * pattern in every run.  The rules of each SECTION that are searched
 * over whole texts (those that do not start with a word) also get a
 * Hyperscan prefilter (see core/prefilter.h).  A bad pattern stops the
 * build with its file and line. */
#include "config.h"

#include <stdio.h>
#include <gio/gio.h>

#include "core/lexicon.h"
#include "core/prefilter.h"

/* lexicon.c reads built-in lexicons from libtact's resources, which
 * this program builds: it has none yet. */
G_GNUC_INTERNAL GResource *tact_resources_get_resource (void);

GResource *
tact_resources_get_resource (void)
{
    return NULL;
}

/* The prefilter of the rules of sections that start with no word, which
 * the detector searches over whole texts, but for those it tries only
 * where they can start (see tact_rule_starts); each gets its
 * prefilter_id.
 * None (and no error: tact then searches them all) when Hyperscan cannot
 * compile them. */
static void
compile_prefilter (const tact_lexicon_t *lexicon, const char *const *sections,
		   guint8 **out, size_t *out_length, guint32 *size)
{
    const GPtrArray *rules = tact_lexicon_rules (lexicon);
    g_autoptr (GPtrArray) patterns = g_ptr_array_new_with_free_func (g_free);
    g_autoptr (GPtrArray) searched = g_ptr_array_new ();
    g_autofree gboolean *included = NULL;
    g_autofree char *error = NULL;

    *out = NULL;
    *out_length = 0;
    *size = 0;
    for (guint i = 0; i < rules->len; i++) {
	tact_rule_t *rule = rules->pdata[i];
	tact_rule_starts_t starts;

	rule->prefilter_id = -1;
	if (! rule->first && g_strv_contains (sections, rule->section) &&
	    ! tact_rule_starts (rule, &starts)) {
	    g_ptr_array_add (patterns, tact_rule_expanded_pattern (rule));
	    g_ptr_array_add (searched, rule);
	}
    }
    included = g_new0 (gboolean, patterns->len + 1);
    if (! patterns->len)
	return;
    if (! tact_prefilter_compile ((const char *const *) patterns->pdata, patterns->len,
				  included, out, out_length, &error)) {
	fprintf (stderr, "lexicon-compile: warning: no prefilter: %s\n", error);
	return;
    }
    for (guint i = 0; i < searched->len; i++)
	if (included[i])
	    ((tact_rule_t *) searched->pdata[i])->prefilter_id = (int) i;
    *size = searched->len;
}

int
main (int argc, char **argv)
{
    g_autofree guint8 *prefilter = NULL;
    size_t prefilter_length = 0;
    guint32 prefilter_size = 0;
    g_autofree char *text = NULL;
    g_autofree guint8 *encoded = NULL;
    g_autofree char *name = NULL;
    g_autoptr (GError) error = NULL;
    tact_lexicon_t *lexicon = NULL;
    char *message = NULL;
    gsize length = 0;
    size_t size = 0;

    if (argc < 3) {
	fprintf (stderr, "usage: lexicon-compile FILE.lex OUT.bin [SECTION...]\n");
	return 1;
    }
    if (! g_file_get_contents (argv[1], &text, &length, &error)) {
	fprintf (stderr, "lexicon-compile: %s\n", error->message);
	return 1;
    }
    /* rules are named "cues.lex:LINE", as libtact names the built-in
     * rules it reads itself, whatever folder the build ran in */
    name = g_path_get_basename (argv[1]);
    if (tact_lexicon_parse (&lexicon, name, text, length, &message)) {
	fprintf (stderr, "lexicon-compile: %s\n", message);
	return 1;
    }
    /* sorted words need no table to be looked up in (see cues.c) */
    tact_lexicon_sort_words (lexicon);
    compile_prefilter (lexicon, (const char *const *) argv + 3, &prefilter, &prefilter_length,
		       &prefilter_size);
    if (tact_lexicon_encode (lexicon, text, length, prefilter, prefilter_length, prefilter_size,
			     &encoded, &size, &message)) {
	fprintf (stderr, "lexicon-compile: %s\n", message);
	return 1;
    }
    if (! g_file_set_contents (argv[2], (const char *) encoded, (gssize) size, &error)) {
	fprintf (stderr, "lexicon-compile: %s\n", error->message);
	return 1;
    }
    tact_lexicon_free (lexicon);
    return 0;
}
