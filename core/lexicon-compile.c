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

/* lexicon.c reads built-in lexicons from libtact's resources, which
 * this program builds: it has none yet. */
G_GNUC_INTERNAL GResource *tact_resources_get_resource (void);

GResource *
tact_resources_get_resource (void)
{
    return NULL;
}

int
main (int argc, char **argv)
{
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
    if (tact_lexicon_parse (&lexicon, name, text, length, &message) ||
	tact_lexicon_encode (lexicon, text, length, (const char *const *) argv + 3,
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
