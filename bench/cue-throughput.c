/* cue-throughput - how fast the cue detector reads text, on one core.
 *
 *   cue-throughput FILE [MEGABYTES]
 *
 * Reads FILE (any support text, e.g. tests/eval/support.txt), repeats it
 * in paragraphs up to MEGABYTES (default 20), and times the detector
 * over it in message-sized pieces, without the fluency check.  Prints
 * the median of five runs in MB/s of text; then the same with the
 * nonfluent patterns, which are looked for only when fluency is judged
 * (a customer's message long enough), still without hunspell; then a
 * reference measured in the same run: Hyperscan over the same pieces,
 * with the same rules (see reference_rate). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <hs.h>

#include "core/cues.h"
#include "core/lexicon.h"

#define PIECE 2048
#define RUNS 5

/* The length of the message-sized piece of text at offset: PIECE bytes
 * or fewer, ended at a line break, as messages end. */
static size_t
piece_at (const GString *text, size_t offset)
{
    size_t length = MIN (PIECE, text->len - offset);

    while (offset + length < text->len && length > 1 && text->str[offset + length - 1] != '\n')
	length--;
    return length;
}

static int
by_value (const void *a, const void *b)
{
    double x = *(const double *) a, y = *(const double *) b;

    return (x > y) - (x < y);
}

/* A reader of one piece of text: what it found there. */
typedef size_t (*read_piece_t) (const char *text, size_t length, void *data);

/* The rate, in MB/s, of read_piece over text in message-sized pieces,
 * and what it found. */
static double
rate_of (const GString *text, read_piece_t read_piece, void *data, size_t *found)
{
    gint64 start = g_get_monotonic_time ();
    size_t offset = 0;

    *found = 0;
    while (offset < text->len) {
	size_t length = piece_at (text, offset);

	*found += read_piece (text->str + offset, length, data);
	offset += length;
    }
    return (double) text->len / (1024.0 * 1024.0) /
	((double) MAX (g_get_monotonic_time () - start, 1) / 1e6);
}

static double
median (double values[RUNS])
{
    qsort (values, RUNS, sizeof values[0], by_value);
    return values[RUNS / 2];
}

/* How the detector reads a piece: as tact_analyze_thread reads an
 * agent's message or a short one, without the nonfluent patterns; or
 * with them, as a customer's message long enough to judge. */
typedef struct {
    tact_detector_t *detector;
    gboolean nonfluent;
} reading_t;

static size_t
read_cues (const char *text, size_t length, void *data)
{
    const reading_t *reading = data;
    GArray *cues = g_array_new (FALSE, TRUE, sizeof (struct tact_cue));
    size_t found;

    g_array_set_clear_func (cues, (GDestroyNotify) tact_cue_clear);
    tact_detector_find (reading->detector, text, length, FALSE, cues);
    if (reading->nonfluent)
	tact_detector_find_nonfluent (reading->detector, text, length, cues);
    found = cues->len;
    g_array_free (cues, TRUE);
    return found;
}

/* ---- the reference ----
 *
 * Hyperscan, the fastest engine for many regular expressions at once
 * that Debian packages, given the rules of the same reading (the
 * built-in cues.lex but for [nonfluent]) that it takes exactly as they
 * are: most; not those with look-arounds, nor those too large for it.
 * It reports each match's rule and end, and does nothing of what else
 * the detector does (where a match starts, tokens, negation,
 * hypotheticals, masks, overlaps, evidence): less work on fewer rules,
 * a bound that an engine for the full rules has to beat. */

typedef struct {
    hs_database_t *database;
    hs_scratch_t *scratch;
} reference_t;

static int
count_match (unsigned int id, unsigned long long from, unsigned long long to,
	     unsigned int flags, void *data)
{
    (*(size_t *) data)++;
    return 0;
}

static size_t
read_reference (const char *text, size_t length, void *data)
{
    reference_t *reference = data;
    size_t matches = 0;

    hs_scan (reference->database, text, (unsigned int) length, 0, reference->scratch,
	     count_match, &matches);
    return matches;
}

/* Compile the reference: FALSE, with a message on stderr, when it
 * cannot be made; the rules it took and those it was given otherwise. */
static gboolean
reference_new (reference_t *reference, guint *taken, guint *given)
{
    /* as lexicon.c compiles the patterns for PCRE2 */
    const unsigned int flags = HS_FLAG_CASELESS | HS_FLAG_MULTILINE | HS_FLAG_UTF8;
    tact_lexicon_t *lexicon = NULL;
    g_autoptr (GPtrArray) patterns = g_ptr_array_new ();
    g_autoptr (GArray) all_flags = g_array_new (FALSE, FALSE, sizeof (unsigned int));
    g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (unsigned int));
    hs_compile_error_t *failure = NULL;
    char *error = NULL;

    if (tact_lexicon_load_builtin (&lexicon, "cues.lex", &error)) {
	fprintf (stderr, "cue-throughput: %s\n", error);
	free (error);
	return FALSE;
    }
    *given = 0;
    for (guint i = 0; i < tact_lexicon_rules (lexicon)->len; i++) {
	const tact_rule_t *rule = tact_lexicon_rules (lexicon)->pdata[i];
	hs_database_t *alone = NULL;

	if (! strcmp (rule->section, "nonfluent"))
	    continue;
	(*given)++;
	/* alone first: one pattern it refuses (a look-around, or too large,
	 * which only compiling tells) fails the whole set */
	if (hs_compile (rule->pattern, flags, HS_MODE_BLOCK, NULL, &alone, &failure) != HS_SUCCESS) {
	    hs_free_compile_error (failure);
	    continue;
	}
	hs_free_database (alone);
	g_ptr_array_add (patterns, rule->pattern);
	g_array_append_val (all_flags, flags);
	g_array_append_val (ids, i);
    }
    *taken = patterns->len;
    reference->scratch = NULL;
    if (hs_compile_multi ((const char *const *) patterns->pdata,
			  (unsigned int *) (void *) all_flags->data,
			  (unsigned int *) (void *) ids->data, patterns->len, HS_MODE_BLOCK, NULL,
			  &reference->database, &failure) != HS_SUCCESS) {
	fprintf (stderr, "cue-throughput: Hyperscan cannot compile the rules: %s\n",
		 failure->message);
	hs_free_compile_error (failure);
	tact_lexicon_free (lexicon);
	return FALSE;
    }
    tact_lexicon_free (lexicon);
    if (hs_alloc_scratch (reference->database, &reference->scratch) != HS_SUCCESS) {
	fprintf (stderr, "cue-throughput: Hyperscan cannot make its scratch space\n");
	hs_free_database (reference->database);
	return FALSE;
    }
    return TRUE;
}

int
main (int argc, char **argv)
{
    g_autofree char *seed = NULL;
    gsize seed_length = 0;
    size_t megabytes = argc > 2 ? (size_t) atoi (argv[2]) : 20;
    GString *text = g_string_new (NULL);
    tact_detector_t *detector = NULL;
    reference_t reference;
    gboolean with_reference;
    char *error = NULL;
    size_t cues_found = 0, with_nonfluent = 0, matches = 0;
    guint taken = 0, given = 0;
    double rates[RUNS], nonfluent_rates[RUNS], reference_rates[RUNS], ratios[RUNS];

    if (argc < 2 || ! g_file_get_contents (argv[1], &seed, &seed_length, NULL) || ! seed_length) {
	fprintf (stderr, "usage: cue-throughput FILE [MEGABYTES]\n");
	return 1;
    }
    while (text->len < megabytes * 1024 * 1024)
	g_string_append_len (text, seed, (gssize) seed_length);
    if (tact_detector_new (&detector, NULL, &error)) {
	fprintf (stderr, "cue-throughput: %s\n", error);
	return 1;
    }
    /* (a few seconds to compile) */
    with_reference = reference_new (&reference, &taken, &given);
    /* a run of each in turn, so that what else the machine does slows
     * them alike: their ratio is steadier than either rate */
    for (int run = 0; run < RUNS; run++) {
	rates[run] = rate_of (text, read_cues, &(reading_t) { detector, FALSE }, &cues_found);
	nonfluent_rates[run] = rate_of (text, read_cues, &(reading_t) { detector, TRUE },
					&with_nonfluent);
	if (with_reference) {
	    reference_rates[run] = rate_of (text, read_reference, &reference, &matches);
	    ratios[run] = rates[run] / reference_rates[run];
	}
    }
    printf ("cue detection: %.1f MB/s on one core (median of %d runs over %.1f MB, "
	    "%zu cues per run; goal >= 100 MB/s)\n", median (rates), RUNS,
	    (double) text->len / (1024.0 * 1024.0), cues_found);
    printf ("  with the nonfluent patterns, as in a customer's message long enough to judge: "
	    "%.1f MB/s (%zu cues per run)\n", median (nonfluent_rates), with_nonfluent);
    if (with_reference) {
	printf ("  reference, Hyperscan with the %u of the %u rules it takes as they are, "
		"reporting match ends only: %.1f MB/s (%zu matches per run); "
		"tact/Hyperscan %.2f (median of the runs' ratios)\n", taken, given,
		median (reference_rates), matches, median (ratios));
	hs_free_scratch (reference.scratch);
	hs_free_database (reference.database);
    }
    tact_detector_free (detector);
    g_string_free (text, TRUE);
    return 0;
}
