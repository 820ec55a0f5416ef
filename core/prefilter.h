/* prefilter.h - which of many patterns may match a text, in one pass
 *
 * A prefilter is a Hyperscan database of patterns compiled as
 * prefilters (HS_FLAG_PREFILTER): Hyperscan accepts look-arounds and
 * the rest of PCRE by matching a superset, so a pattern it does not
 * report cannot match, and one it reports still has to be matched with
 * PCRE2.  The database is compiled when tact is built, for any x86-64
 * (no newer instruction set is assumed; prefilter-compile.c), and
 * loaded by libtact, which opens Hyperscan only then; a machine or a
 * Hyperscan that cannot load it leaves tact without a prefilter, never
 * without results.
 */
#ifndef TACT_PREFILTER_H
#define TACT_PREFILTER_H

#include <glib.h>

typedef struct tact_prefilter tact_prefilter_t;

/* At build time: compile patterns (PCRE2 syntax, matched without
 * regard to case, "^" and "$" at line starts and ends) into a
 * serialized database; pattern i reports as i.  A pattern Hyperscan cannot take, even as a prefilter,
 * is left out: included[i] tells.  Returns FALSE with a sentence in
 * *error when no database can be made.  Free *out with g_free. */
gboolean
tact_prefilter_compile (const char *const *patterns, guint count, gboolean *included,
			guint8 **out, size_t *out_length, char **error);

/* The database serialized by tact_prefilter_compile, ready to scan, or
 * NULL when this machine or this Hyperscan cannot use it. */
tact_prefilter_t *
tact_prefilter_load (const guint8 *bytes, size_t length);

/* Set hits[i] for each pattern i that may match text (the others are
 * left as they are).  Returns FALSE when the scan failed: then any
 * pattern may match. */
gboolean
tact_prefilter_scan (tact_prefilter_t *prefilter, const char *text, size_t length,
		     guint8 *hits);

void
tact_prefilter_free (tact_prefilter_t *prefilter);

#endif
