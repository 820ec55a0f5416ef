/* prefilter-compile.c - compile a prefilter (see prefilter.h) when tact
 * is built; only core/lexicon-compile links this, and Hyperscan. */
#include "config.h"

#include <stdlib.h>
#include <hs.h>

#include "core/prefilter.h"

/* As the lexicon's PCRE2 patterns are compiled (see lexicon.c); a
 * pattern is only wanted once, so it reports only its first match. */
#define PREFILTER_FLAGS (HS_FLAG_CASELESS | HS_FLAG_MULTILINE | HS_FLAG_UTF8 | \
			 HS_FLAG_PREFILTER | HS_FLAG_SINGLEMATCH)

/* The oldest x86-64 Hyperscan runs on, so that a database compiled on
 * the build machine loads on any other. */
static const hs_platform_info_t any_x86_64 = { HS_TUNE_FAMILY_GENERIC, 0, 0, 0 };

gboolean
tact_prefilter_compile (const char *const *patterns, guint count, gboolean *included,
			guint8 **out, size_t *out_length, char **error)
{
    g_autofree const char **kept = g_new0 (const char *, count + 1);
    g_autofree unsigned int *flags = g_new0 (unsigned int, count + 1);
    g_autofree unsigned int *ids = g_new0 (unsigned int, count + 1);
    hs_database_t *database = NULL;
    hs_compile_error_t *failure = NULL;
    char *bytes = NULL;
    size_t length = 0;
    guint n = 0;

    for (guint i = 0; i < count; i++) {
	hs_expr_info_t *info = NULL;

	/* what even a prefilter cannot take is searched without one */
	included[i] = hs_expression_info (patterns[i], PREFILTER_FLAGS, &info, &failure)
	    == HS_SUCCESS;
	if (! included[i]) {
	    hs_free_compile_error (failure);
	    failure = NULL;
	    continue;
	}
	free (info);
	kept[n] = patterns[i];
	flags[n] = PREFILTER_FLAGS;
	ids[n++] = i;
    }
    if (n == 0) {
	*error = g_strdup ("no pattern can be prefiltered");
	return FALSE;
    }
    if (hs_compile_multi (kept, flags, ids, n, HS_MODE_BLOCK, &any_x86_64, &database,
			  &failure) != HS_SUCCESS) {
	*error = g_strdup_printf ("Hyperscan cannot compile the patterns: %s", failure->message);
	hs_free_compile_error (failure);
	return FALSE;
    }
    if (hs_serialize_database (database, &bytes, &length) != HS_SUCCESS) {
	*error = g_strdup ("Hyperscan cannot serialize the patterns");
	hs_free_database (database);
	return FALSE;
    }
    *out = g_memdup2 (bytes, length);
    *out_length = length;
    free (bytes);
    hs_free_database (database);
    return TRUE;
}
