/* prefilter.c - which of many patterns may match a text, in one pass */
#include "config.h"

#include <gmodule.h>
#include <hs.h>

#include "core/prefilter.h"

/* Hyperscan is loaded when the first prefilter is: it is a large
 * library, and most runs of tact (one thread) never scan with it. */
typedef struct hyperscan {
    hs_error_t (*valid_platform) (void);
    hs_error_t (*deserialize_database) (const char *, size_t, hs_database_t **);
    hs_error_t (*alloc_scratch) (const hs_database_t *, hs_scratch_t **);
    hs_error_t (*scan) (const hs_database_t *, const char *, unsigned int, unsigned int,
			hs_scratch_t *, match_event_handler, void *);
    hs_error_t (*free_scratch) (hs_scratch_t *);
    hs_error_t (*free_database) (hs_database_t *);
} hyperscan_t;

static const hyperscan_t *
hyperscan (void)
{
    static gsize loaded;
    static hyperscan_t hs;

    if (g_once_init_enter (&loaded)) {
	GModule *module = g_module_open (TACT_LIBHS, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);

	if (! module ||
	    ! g_module_symbol (module, "hs_valid_platform", (gpointer *) &hs.valid_platform) ||
	    ! g_module_symbol (module, "hs_deserialize_database",
			       (gpointer *) &hs.deserialize_database) ||
	    ! g_module_symbol (module, "hs_alloc_scratch", (gpointer *) &hs.alloc_scratch) ||
	    ! g_module_symbol (module, "hs_scan", (gpointer *) &hs.scan) ||
	    ! g_module_symbol (module, "hs_free_scratch", (gpointer *) &hs.free_scratch) ||
	    ! g_module_symbol (module, "hs_free_database", (gpointer *) &hs.free_database) ||
	    hs.valid_platform () != HS_SUCCESS)	/* the instructions it needs at least */
	    hs.scan = NULL;
	/* the module stays loaded for the process */
	g_once_init_leave (&loaded, 1);
    }
    return hs.scan ? &hs : NULL;
}

struct tact_prefilter {
    const hyperscan_t *hs;
    hs_database_t *database;
    hs_scratch_t *scratch;
};

tact_prefilter_t *
tact_prefilter_load (const guint8 *bytes, size_t length)
{
    const hyperscan_t *hs = hyperscan ();
    tact_prefilter_t *prefilter;
    hs_database_t *database = NULL;
    hs_scratch_t *scratch = NULL;

    if (! hs || hs->deserialize_database ((const char *) bytes, length, &database) != HS_SUCCESS)
	return NULL;
    if (hs->alloc_scratch (database, &scratch) != HS_SUCCESS) {
	hs->free_database (database);
	return NULL;
    }
    prefilter = g_new0 (tact_prefilter_t, 1);
    prefilter->hs = hs;
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
	prefilter->hs->scan (prefilter->database, text, (unsigned int) length, 0,
			     prefilter->scratch, on_match, hits) == HS_SUCCESS;
}

void
tact_prefilter_free (tact_prefilter_t *prefilter)
{
    if (! prefilter)
	return;
    prefilter->hs->free_scratch (prefilter->scratch);
    prefilter->hs->free_database (prefilter->database);
    g_free (prefilter);
}
