/* crash-draft.c - preloaded by tests/cli/compose.sh in place of
 * libtact's tact_draft_new: drafting crashes, so that the test can show
 * that a crash loses nothing of the reply a mail client wrote. */
#include <stdlib.h>

#include "tact.h"

tact_status_t
tact_draft_new (tact_draft_t **out, const tact_thread_t *thread,
		const tact_analysis_t *analysis, const tact_templates_t *templates,
		const tact_draft_options_t *options, char **error_message)
{
    (void) out, (void) thread, (void) analysis, (void) templates, (void) options;
    (void) error_message;
    abort ();
}
