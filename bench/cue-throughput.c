/* cue-throughput - how fast the cue detector reads text, on one core.
 *
 *   cue-throughput FILE [MEGABYTES]
 *
 * Reads FILE (any support text, e.g. tests/eval/support.txt), repeats it
 * in paragraphs up to MEGABYTES (default 20), and times the detector
 * over it in message-sized pieces, without the fluency check.  Prints
 * the median of five runs in MB/s of text. */
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

int
main (int argc, char **argv)
{
    g_autofree char *seed = NULL;
    gsize seed_length = 0;
    size_t megabytes = argc > 2 ? (size_t) atoi (argv[2]) : 20;
    GString *text = g_string_new (NULL);
    tact_detector_t *detector = NULL;
    char *error = NULL;
    double rates[RUNS];
    size_t cues_found = 0;

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
    for (int run = 0; run < RUNS; run++) {
	gint64 start = g_get_monotonic_time ();
	size_t offset = 0;

	cues_found = 0;
	while (offset < text->len) {
	    size_t length = MIN (PIECE, text->len - offset);
	    GArray *cues = g_array_new (FALSE, TRUE, sizeof (struct tact_cue));

	    /* end a piece at a line break, as messages end */
	    while (offset + length < text->len && length > 1 && text->str[offset + length - 1] != '\n')
		length--;
	    g_array_set_clear_func (cues, (GDestroyNotify) tact_cue_clear);
	    tact_detector_find (detector, text->str + offset, length, FALSE, cues);
	    cues_found += cues->len;
	    g_array_free (cues, TRUE);
	    offset += length;
	}
	rates[run] = (double) text->len / (1024.0 * 1024.0) /
	    ((double) (g_get_monotonic_time () - start) / 1e6);
    }
    qsort (rates, RUNS, sizeof rates[0], by_value);
    printf ("cue detection: %.1f MB/s on one core (median of %d runs over %.1f MB, "
	    "%zu cues per run; goal >= 100 MB/s)\n", rates[RUNS / 2], RUNS,
	    (double) text->len / (1024.0 * 1024.0), cues_found);
    tact_detector_free (detector);
    g_string_free (text, TRUE);
    return 0;
}
