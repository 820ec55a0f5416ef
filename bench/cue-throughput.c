/* cue-throughput - how fast the cue detector reads text, on one core.
 *
 *   cue-throughput FILE [MEGABYTES]
 *
 * Reads FILE (any support text, e.g. tests/eval/support.txt), repeats it
 * in paragraphs up to MEGABYTES (default 20), and times the detector
 * over it in message-sized pieces, without the fluency check.  Prints
 * the median of five runs in MB/s of text; then the same with the
 * nonfluent patterns, which are looked for only when fluency is judged
 * (a customer's message long enough), still without hunspell. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/cues.h"

#define PIECE 2048
#define RUNS 5

static int
by_value (const void *a, const void *b)
{
    double x = *(const double *) a, y = *(const double *) b;

    return (x > y) - (x < y);
}

/* The median rate, in MB/s, of five runs of the detector over text in
 * message-sized pieces, and the cues found in a run; with the nonfluent
 * patterns too, as for a customer's message long enough to judge. */
static double
median_rate (const tact_detector_t *detector, const GString *text, gboolean nonfluent,
	     size_t *cues_found)
{
    double rates[RUNS];

    for (int run = 0; run < RUNS; run++) {
	gint64 start = g_get_monotonic_time ();
	size_t offset = 0;

	*cues_found = 0;
	while (offset < text->len) {
	    size_t length = MIN (PIECE, text->len - offset);
	    GArray *cues = g_array_new (FALSE, TRUE, sizeof (struct tact_cue));

	    /* end a piece at a line break, as messages end */
	    while (offset + length < text->len && length > 1 && text->str[offset + length - 1] != '\n')
		length--;
	    g_array_set_clear_func (cues, (GDestroyNotify) tact_cue_clear);
	    tact_detector_find (detector, text->str + offset, length, FALSE, cues);
	    if (nonfluent)
		tact_detector_find_nonfluent (detector, text->str + offset, length, cues);
	    *cues_found += cues->len;
	    g_array_free (cues, TRUE);
	    offset += length;
	}
	rates[run] = (double) text->len / (1024.0 * 1024.0) /
	    ((double) (g_get_monotonic_time () - start) / 1e6);
    }
    qsort (rates, RUNS, sizeof rates[0], by_value);
    return rates[RUNS / 2];
}

int
main (int argc, char **argv)
{
    g_autofree char *seed = NULL;
    gsize seed_length = 0;
    size_t megabytes = argc > 2 ? (size_t) atoi (argv[2]) : 20;
    GString *text = g_string_new (NULL);
    tact_detector_t *detector = NULL;
    char *error = NULL;
    size_t cues_found = 0, with_nonfluent = 0;
    double rate, nonfluent_rate;

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
    rate = median_rate (detector, text, FALSE, &cues_found);
    nonfluent_rate = median_rate (detector, text, TRUE, &with_nonfluent);
    printf ("cue detection: %.1f MB/s on one core (median of %d runs over %.1f MB, "
	    "%zu cues per run; goal >= 100 MB/s)\n", rate, RUNS,
	    (double) text->len / (1024.0 * 1024.0), cues_found);
    printf ("  with the nonfluent patterns, as in a customer's message long enough to judge: "
	    "%.1f MB/s (%zu cues per run)\n", nonfluent_rate, with_nonfluent);
    tact_detector_free (detector);
    g_string_free (text, TRUE);
    return 0;
}
