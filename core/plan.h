/* plan.h - the plan stage: from the analysis of a thread to the moves
 * of a reply (each with its template and the reason it is there), the
 * register, and the values the templates fill in. */
#ifndef TACT_PLAN_H
#define TACT_PLAN_H

#include <glib.h>

#include "tact.h"
#include "core/templates.h"

typedef struct tact_planned_move {
    tact_move_t move;
    const tact_template_t *template_;
    char *reason;
    char *evidence;
} tact_planned_move_t;

typedef struct tact_plan {
    tact_register_t register_;
    GArray *moves;		/* tact_planned_move_t, in reply order */
    GHashTable *values;		/* variable name -> text, never NULL values */
    GHashTable *conditions;	/* condition word -> GINT_TO_POINTER (1) when it holds */
    char *followup;		/* "by 3 pm today" */
} tact_plan_t;

/* Make the plan for the reply to the thread's answered message. */
tact_status_t
tact_plan_make (tact_plan_t *plan, const tact_thread_t *thread,
		const tact_analysis_t *analysis, const tact_templates_t *templates,
		const tact_draft_options_t *options, char **error_message);

void
tact_plan_clear (tact_plan_t *plan);

/* The customer's words in the agent's voice: sentence holds the words
 * of a struggle cue at [start, end); the clause around it, first person
 * turned into second ("I tried to export my invoices" -> "you tried to
 * export your invoices"), cut at a clause boundary.  Contractions are
 * spelled out when plain is set.  NULL when the change is not safe. */
char *
tact_plan_mirror (const char *text, size_t start, size_t end, gboolean plain);

/* When a follow-up is due, written the way people write it ("by 3 pm
 * today", "by Monday at 10 am"): now plus hours, counted in business
 * hours in the options' time zone. */
char *
tact_plan_followup_time (time_t now, double hours, const tact_draft_options_t *options);

/* The due time t written relative to now ("by 3 pm today"). */
char *
tact_plan_due_words (time_t now, GDateTime *t, const tact_draft_options_t *options);

/* The options' time zone, or the local one; unref it when done. */
GTimeZone *
tact_plan_zone (const tact_draft_options_t *options);

/* The follow-up's due time itself, in the options' zone, rounded up. */
GDateTime *
tact_plan_followup_deadline (time_t now, double hours, const tact_draft_options_t *options);

/* Calendar days from now's day to t's day in the options' zone. */
int
tact_plan_days_between (time_t now, GDateTime *t, const tact_draft_options_t *options);

/* A contraction spelled out ("can't" -> "cannot"), or NULL. */
const char *
tact_plan_spelled_out (const char *word);

#endif
