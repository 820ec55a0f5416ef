/* prefilter.c - which of many patterns may match a text, in one pass */
#include "config.h"

#include <stdlib.h>
#include <hs.h>

#include "core/prefilter.h"

struct tact_prefilter {
    hs_database_t *database;
    hs_scratch_t *scratch;
};

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

tact_prefilter_t *
tact_prefilter_load (const guint8 *bytes, size_t length)
{
    tact_prefilter_t *prefilter;
    hs_database_t *database = NULL;
    hs_scratch_t *scratch = NULL;

    /* hs_valid_platform: the instructions Hyperscan needs at least */
    if (hs_valid_platform () != HS_SUCCESS ||
	hs_deserialize_database ((const char *) bytes, length, &database) != HS_SUCCESS)
	return NULL;
    if (hs_alloc_scratch (database, &scratch) != HS_SUCCESS) {
	hs_free_database (database);
	return NULL;
    }
    prefilter = g_new0 (tact_prefilter_t, 1);
    prefilter->database = database;
    prefilter->scratch = scratch;
    return prefilter;
}

static int
on_match (unsigned int id, unsigned long long from, unsigned long long to,
	  unsigned int flags, void *data)
{
    ((guint8 *) data)[id] = 1;
    return 0;
}

gboolean
tact_prefilter_scan (tact_prefilter_t *prefilter, const char *text, size_t length,
		     guint8 *hits)
{
    /* Hyperscan takes lengths as unsigned int */
    return length <= G_MAXUINT &&
	hs_scan (prefilter->database, text, (unsigned int) length, 0, prefilter->scratch,
		 on_match, hits) == HS_SUCCESS;
}

void
tact_prefilter_free (tact_prefilter_t *prefilter)
{
    if (! prefilter)
	return;
    hs_free_scratch (prefilter->scratch);
    hs_free_database (prefilter->database);
    g_free (prefilter);
}
