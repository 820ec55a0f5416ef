/* eval-cues - run tact's cue detector over labelled text, for `make eval`.
 *
 *   eval-cues [--jsonl|--scores|--cues] --records FILE     "=== ID FLAGS" records
 *   eval-cues [--jsonl|--scores|--cues] --incivility FILE  the GitHub incivility CSV
 *
 * Prints "ID<TAB>GOLD<TAB>PRED" per text (flags comma-separated, or
 * "-"), or with --jsonl {"id", "gold", "text"} objects for other tools;
 * --scores adds each flag's weight and the rules that fired, for tuning;
 * --cues prints every cue instead, "ID<TAB>START<TAB>END<TAB>RULE" in
 * new text or "ID<TAB>sig:START..." in a signature, so that a change
 * meant only to make the detector faster can be shown to find the very
 * same evidence (tests/eval/cues.sh).
 * Each text goes through the same steps as a message: the split into
 * new text and signature, then the cues, then the flags. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <json-glib/json-glib.h>

#include "core/cues.h"
#include "core/lexicon.h"
#include "core/text.h"

/* as tact reads by default (plugin/config.c) */
#define DICTIONARY "/usr/share/hunspell/en_US;/usr/share/hunspell/en_GB"

typedef struct evaluation {
    tact_lexicon_t *quoting;
    tact_detector_t *detector;
    tact_speller_t *speller;
    gboolean jsonl;
    gboolean scores;
    gboolean cues;
} evaluation_t;

static void
evaluate (evaluation_t *e, const char *id, const char *gold, const char *text)
{
    if (e->jsonl) {
	g_autoptr (JsonBuilder) builder = json_builder_new ();
	g_autoptr (JsonGenerator) generator = json_generator_new ();
	g_autoptr (JsonNode) root = NULL;
	g_autofree char *line = NULL;

	json_builder_begin_object (builder);
	json_builder_set_member_name (builder, "id");
	json_builder_add_string_value (builder, id);
	json_builder_set_member_name (builder, "gold");
	json_builder_add_string_value (builder, gold);
	json_builder_set_member_name (builder, "text");
	json_builder_add_string_value (builder, text);
	json_builder_end_object (builder);
	root = json_builder_get_root (builder);
	json_generator_set_root (generator, root);
	line = json_generator_to_data (generator, NULL);
	printf ("%s\n", line);
	return;
    }
    {
	tact_split_t split;
	GArray *cues = g_array_new (FALSE, TRUE, sizeof (struct tact_cue));
	double score[TACT_FLAG_LAST_FLAG];
	int flags[TACT_FLAG_LAST_FLAG];
	GString *predicted = g_string_new (NULL);

	g_array_set_clear_func (cues, (GDestroyNotify) tact_cue_clear);
	tact_text_split (&split, e->quoting, text, NULL);
	tact_cues_of_message (e->detector, e->speller, split.new_text, split.signature,
			      FALSE, cues, score, flags);
	for (int k = 0; k < TACT_FLAG_LAST_FLAG; k++) {
	    if (flags[k] != 1)
		continue;
	    if (predicted->len)
		g_string_append_c (predicted, ',');
	    g_string_append (predicted, tact_flag_name ((tact_flag_t) k));
	}
	if (e->cues) {
	    for (guint c = 0; c < cues->len; c++) {
		const struct tact_cue *cue = &g_array_index (cues, struct tact_cue, c);

		printf ("%s\t%s%zu\t%zu\t%s\n", id, cue->in_signature ? "sig:" : "",
			cue->start, cue->end, cue->rule);
	    }
	    goto done;
	}
	printf ("%s\t%s\t%s", id, *gold ? gold : "-", predicted->len ? predicted->str : "-");
	if (e->scores) {
	    /* the weight each flag gathered, and the rules behind it */
	    for (int k = 0; k < TACT_FLAG_LAST_FLAG; k++)
		if (score[k] > 0)
		    printf ("\t%s=%.2f", tact_flag_name ((tact_flag_t) k), score[k]);
	    for (guint c = 0; c < cues->len; c++)
		printf ("\t%s", g_array_index (cues, struct tact_cue, c).rule);
	}
	printf ("\n");
      done:
	g_string_free (predicted, TRUE);
	g_array_free (cues, TRUE);
	g_free (split.new_text);
	g_free (split.signature);
    }
}

static int
read_records (evaluation_t *e, const char *path)
{
    g_autofree char *contents = NULL;
    g_auto (GStrv) lines = NULL;
    g_autofree char *id = NULL;
    g_autofree char *gold = NULL;
    GString *text = g_string_new (NULL);

    if (! g_file_get_contents (path, &contents, NULL, NULL)) {
	fprintf (stderr, "eval-cues: cannot read %s\n", path);
	return 1;
    }
    lines = g_strsplit (contents, "\n", -1);
    for (int i = 0; lines[i]; i++) {
	if (g_str_has_prefix (lines[i], "=== ")) {
	    g_auto (GStrv) header = g_strsplit (lines[i] + 4, " ", 2);

	    if (id)
		evaluate (e, id, gold, text->str);
	    g_free (id);
	    g_free (gold);
	    id = g_strdup (header[0]);
	    gold = g_strdup (header[1] && strcmp (header[1], "-") ? header[1] : "");
	    g_string_truncate (text, 0);
	    continue;
	}
	g_string_append (text, lines[i]);
	g_string_append_c (text, '\n');
    }
    if (id)
	evaluate (e, id, gold, text->str);
    g_string_free (text, TRUE);
    return 0;
}

/* One record of an RFC 4180 CSV file: fields separated by commas,
 * quoted fields may hold commas, newlines and doubled quotes.  Written
 * here because none of tact's libraries reads CSV, and this reader
 * serves the evaluation only.  Returns the fields, or NULL at the end. */
static GPtrArray *
csv_record (const char **cursor)
{
    const char *p = *cursor;
    GPtrArray *fields;
    GString *field = g_string_new (NULL);
    gboolean quoted = FALSE;

    if (! *p) {
	g_string_free (field, TRUE);
	return NULL;
    }
    fields = g_ptr_array_new_with_free_func (g_free);
    for (; *p; p++) {
	if (quoted) {
	    if (*p == '"' && p[1] == '"') {
		g_string_append_c (field, '"');
		p++;
	    } else if (*p == '"') {
		quoted = FALSE;
	    } else {
		g_string_append_c (field, *p);
	    }
	} else if (*p == '"') {
	    quoted = TRUE;
	} else if (*p == ',') {
	    g_ptr_array_add (fields, g_string_free (field, FALSE));
	    field = g_string_new (NULL);
	} else if (*p == '\n' || (*p == '\r' && p[1] == '\n')) {
	    p += *p == '\r' ? 2 : 1;
	    break;
	} else {
	    g_string_append_c (field, *p);
	}
    }
    g_ptr_array_add (fields, g_string_free (field, FALSE));
    *cursor = p;
    return fields;
}

static int
read_incivility (evaluation_t *e, const char *path)
{
    g_autofree char *contents = NULL;
    const char *cursor;
    GPtrArray *fields;
    gboolean header = TRUE;

    if (! g_file_get_contents (path, &contents, NULL, NULL)) {
	fprintf (stderr, "eval-cues: cannot read %s\n", path);
	return 1;
    }
    cursor = contents;
    while ((fields = csv_record (&cursor)) != NULL) {
	if (header || fields->len < 5) {
	    header = FALSE;
	    g_ptr_array_unref (fields);
	    continue;
	}
	{
	    const char *label = fields->pdata[3];
	    const char *gold = NULL;

	    if (! strcmp (label, "None"))
		gold = "";
	    else if (! strcmp (label, "Bitter frustration") || ! strcmp (label, "Impatience"))
		gold = "frustration";
	    if (gold) {
		g_autofree char *text = g_utf8_make_valid (fields->pdata[4], -1);

		evaluate (e, fields->pdata[0], gold, text);
	    }
	}
	g_ptr_array_unref (fields);
    }
    return 0;
}

int
main (int argc, char **argv)
{
    evaluation_t e = { 0 };
    char *error = NULL;
    int status;

    while (argc > 1 && (! strcmp (argv[1], "--jsonl") || ! strcmp (argv[1], "--scores") ||
			! strcmp (argv[1], "--cues"))) {
	if (! strcmp (argv[1], "--jsonl"))
	    e.jsonl = TRUE;
	else if (! strcmp (argv[1], "--scores"))
	    e.scores = TRUE;
	else
	    e.cues = TRUE;
	argv++;
	argc--;
    }
    if (argc != 3 || (strcmp (argv[1], "--records") && strcmp (argv[1], "--incivility"))) {
	fprintf (stderr, "usage: eval-cues [--jsonl|--scores|--cues] (--records FILE | --incivility FILE)\n");
	return 1;
    }
    if (tact_lexicon_load_builtin (&e.quoting, "quoting.lex", &error) ||
	tact_detector_new (&e.detector, NULL, &error)) {
	fprintf (stderr, "eval-cues: %s\n", error);
	return 1;
    }
    e.speller = tact_speller_new (DICTIONARY);
    tact_speller_add_word_lists (e.speller, NULL);
    status = ! strcmp (argv[1], "--records") ? read_records (&e, argv[2])
	: read_incivility (&e, argv[2]);
    tact_speller_free (e.speller);
    tact_detector_free (e.detector);
    tact_lexicon_free (e.quoting);
    return status;
}
