/* fluency.c - part of the cues stage: does a customer seem to write in
 * a second language?  The nonfluent patterns of the cue lexicon ("I
 * have a doubt", "since 3 days") and the rate of words hunspell does
 * not know, over the words it can fairly judge.  Both are looked for
 * only in a message long enough to judge: the patterns by a detector of
 * their own, which the cue detector's reading of every text does not
 * pay for, and hunspell, which takes a while to load its dictionary, on
 * first use. */
#include "config.h"

#include <string.h>
#include <gio/gio.h>
#include <hunspell/hunspell.h>

#include "core/cues.h"

G_GNUC_INTERNAL GResource *tact_resources_get_resource (void);

/* tact's own word list: product and technical words that the hunspell
 * dictionaries lack ("webhook", "wifi"), built in from
 * templates/words.txt. */
#define WORDS_RESOURCE "/org/tact/words.txt"

/* Fewer words than this are never judged. */
#define MIN_WORDS 25
/* Fewer checkable words than this give no misspelling rate. */
#define MIN_CHECKED 20
/* Above this rate the text is most likely not English at all. */
#define OTHER_LANGUAGE_RATE 0.30
/* Grammar evidence from which misspellings may confirm non-fluency. */
#define CONFIRM_FROM 0.3
/* Misspelled words reported as evidence. */
#define MAX_EVIDENCE 5

/* One hunspell dictionary of a speller's. */
typedef struct dictionary {
    char *path;			/* without ".aff"/".dic" */
    Hunhandle *handle;
    gboolean available;		/* its files are there */
    gboolean tried;		/* hunspell was asked to load it */
} dictionary_t;

struct tact_speller {
    dictionary_t *dictionaries;
    guint n_dictionaries;
    gboolean checked;		/* whether their files were looked for */
    gboolean available;		/* and one found */
    GPtrArray *added;		/* words accepted, for those loaded later */
    GPtrArray *lists;		/* files of word lists not yet read, and
				 * NULL for tact's own */
};

tact_speller_t *
tact_speller_new (const char *path)
{
    tact_speller_t *speller = g_new0 (tact_speller_t, 1);
    g_auto (GStrv) paths = g_strsplit (path ? path : "", ";", -1);

    speller->dictionaries = g_new0 (dictionary_t, g_strv_length (paths) + 1);
    for (guint i = 0; paths[i]; i++)
	if (*g_strstrip (paths[i]))
	    speller->dictionaries[speller->n_dictionaries++].path = g_strdup (paths[i]);
    speller->added = g_ptr_array_new_with_free_func (g_free);
    speller->lists = g_ptr_array_new_with_free_func (g_free);
    return speller;
}

void
tact_speller_free (tact_speller_t *speller)
{
    if (! speller)
	return;
    for (guint i = 0; i < speller->n_dictionaries; i++) {
	if (speller->dictionaries[i].handle)
	    Hunspell_destroy (speller->dictionaries[i].handle);
	g_free (speller->dictionaries[i].path);
    }
    g_free (speller->dictionaries);
    g_ptr_array_free (speller->added, TRUE);
    g_ptr_array_free (speller->lists, TRUE);
    g_free (speller);
}

/* Whether the files of one of the dictionaries are there: looked for
 * once, without loading them. */
static gboolean
speller_available (tact_speller_t *speller)
{
    for (guint i = 0; ! speller->checked && i < speller->n_dictionaries; i++) {
	dictionary_t *d = &speller->dictionaries[i];
	g_autofree char *aff = g_strconcat (d->path, ".aff", NULL);
	g_autofree char *dic = g_strconcat (d->path, ".dic", NULL);

	d->available = g_file_test (aff, G_FILE_TEST_IS_REGULAR) &&
	    g_file_test (dic, G_FILE_TEST_IS_REGULAR);
	speller->available = speller->available || d->available;
    }
    speller->checked = TRUE;
    return speller->available;
}

/* The words of the word lists given so far, one per line, blank and
 * '#' lines skipped, moved to speller->added; a file that cannot be read
 * adds none. */
static void
read_lists (tact_speller_t *speller)
{
    for (guint l = 0; l < speller->lists->len; l++) {
	const char *path = speller->lists->pdata[l];
	g_autoptr (GBytes) list = path ? NULL
	    : g_resource_lookup_data (tact_resources_get_resource (), WORDS_RESOURCE,
				      G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
	g_autofree char *copy = NULL;
	g_auto (GStrv) lines = NULL;

	if (list)
	    copy = g_strndup (g_bytes_get_data (list, NULL), g_bytes_get_size (list));
	else if (! path || ! g_file_get_contents (path, &copy, NULL, NULL))
	    continue;
	lines = g_strsplit (copy, "\n", -1);
	for (guint i = 0; lines[i]; i++) {
	    char *word = g_strstrip (lines[i]);

	    if (*word && *word != '#')
		tact_speller_add_word (speller, word);
	}
    }
    g_ptr_array_set_size (speller->lists, 0);
}

/* Dictionary i, loaded now if it was not, or NULL. */
static Hunhandle *
speller_handle (tact_speller_t *speller, guint i)
{
    dictionary_t *d = &speller->dictionaries[i];

    if (! d->tried && speller_available (speller) && d->available) {
	g_autofree char *aff = g_strconcat (d->path, ".aff", NULL);
	g_autofree char *dic = g_strconcat (d->path, ".dic", NULL);

	read_lists (speller);
	d->handle = Hunspell_create (aff, dic);
	for (guint k = 0; d->handle && k < speller->added->len; k++)
	    Hunspell_add (d->handle, speller->added->pdata[k]);
    }
    d->tried = TRUE;
    return d->handle;
}

/* Whether one of the dictionaries knows word: the later ones are
 * loaded only for a word the earlier do not know ("colour" after
 * en_US). */
static gboolean
speller_knows (tact_speller_t *speller, const char *word)
{
    for (guint i = 0; i < speller->n_dictionaries; i++) {
	Hunhandle *handle = speller_handle (speller, i);

	if (handle && Hunspell_spell (handle, word))
	    return TRUE;
    }
    return FALSE;
}

/* Whether the dictionaries already loaded know a word that starts a
 * sentence, in lower case (word) or as written ("Maria"), each asked in
 * both forms.  No other is loaded for it: such a word that the loaded
 * ones do not know is mostly a name, and taken for one, which is no
 * reason to load another dictionary (en_GB takes longer to load than a
 * whole analysis). */
static gboolean
knows_sentence_start (tact_speller_t *speller, const char *word, const char *as_written)
{
    for (guint i = 0; i < speller->n_dictionaries; i++) {
	Hunhandle *handle = speller->dictionaries[i].handle;

	if (handle && (Hunspell_spell (handle, word) || Hunspell_spell (handle, as_written)))
	    return TRUE;
    }
    return FALSE;
}

guint
tact_speller_count_loaded (const tact_speller_t *speller)
{
    guint n = 0;

    for (guint i = 0; speller && i < speller->n_dictionaries; i++)
	n += speller->dictionaries[i].handle != NULL;
    return n;
}

/* The first of the dictionaries that can be loaded, loaded now if it
 * was not, or NULL when none can. */
static Hunhandle *
first_handle (tact_speller_t *speller)
{
    for (guint i = 0; i < speller->n_dictionaries; i++) {
	Hunhandle *handle = speller_handle (speller, i);

	if (handle)
	    return handle;
    }
    return NULL;
}

static gboolean
at_sentence_start (const char *text, size_t start)
{
    size_t i = start;

    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '"'))
	i--;
    return i == 0 || strchr (".!?\n:", text[i - 1]) != NULL;
}

/* A word hunspell can fairly judge: letters only, three or more, not
 * shouted, not a name (capitalized inside a sentence), not part of an
 * address, a path or a URL. */
gboolean
tact_fluency_checkable (const char *text, size_t length, size_t start, size_t end,
			gboolean *lower_first)
{
    gboolean upper_first = g_ascii_isupper (text[start]);

    if (end - start < 3 || end - start > 24)
	return FALSE;
    for (size_t i = start; i < end; i++)
	if (! g_ascii_isalpha (text[i]))
	    return FALSE;
    for (size_t i = start + 1; i < end; i++)
	if (g_ascii_isupper (text[i]))
	    return FALSE;	/* "iPhone", "ACME" */
    if (start > 0 && strchr ("@./\\_-#:", text[start - 1]))
	return FALSE;
    if (end < length && strchr ("@/\\_-#", text[end]))
	return FALSE;
    if (end + 1 < length && text[end] == '.' && g_ascii_isalpha (text[end + 1]))
	return FALSE;	/* "example.com" */
    if (upper_first && ! at_sentence_start (text, start))
	return FALSE;
    *lower_first = upper_first;
    return TRUE;
}

gboolean
tact_fluency_next_word (const char *text, size_t length, size_t *at, size_t *start,
			size_t *end, gboolean *lower_first)
{
    size_t i = *at;

    while (i < length) {
	size_t from;

	while (i < length && ! g_ascii_isalnum (text[i]) && ! (text[i] & 0x80))
	    i++;
	from = i;
	while (i < length && (g_ascii_isalnum (text[i]) || (text[i] & 0x80)))
	    i++;
	*lower_first = FALSE;
	if (i == from || ! tact_fluency_checkable (text, length, from, i, lower_first))
	    continue;
	/* "didn" of "didn't", "customer" of "customer's" (a curly
	 * apostrophe, bytes over 0x80, is in the word, which then is not
	 * checkable) */
	if (i + 1 < length && text[i] == '\'' && g_ascii_isalpha (text[i + 1]))
	    continue;
	*at = i;
	*start = from;
	*end = i;
	return TRUE;
    }
    *at = i;
    return FALSE;
}

/* Whether word (lower case, NUL-terminated) is a contraction written
 * without its apostrophe ("didnt", "youre", "ive"): fluent writers drop
 * it in a hurry, so it tells of the writer's haste, not their English.
 * "'s" is left out: "informations" would pass as "information's". */
static gboolean
is_contraction_unmarked (tact_speller_t *speller, const char *word)
{
    /* the contracted endings, with where the apostrophe goes back */
    static const struct {
	const char *ending;
	size_t apostrophe;	/* bytes before the ending's end */
    } endings[] = { { "nt", 1 }, { "re", 2 }, { "ve", 2 }, { "ll", 2 }, { "d", 1 }, { "m", 1 } };
    size_t length = strlen (word);

    for (guint e = 0; e < G_N_ELEMENTS (endings); e++) {
	char form[40];
	size_t at = length - endings[e].apostrophe;

	if (! g_str_has_suffix (word, endings[e].ending) || at < 1 || length + 2 > sizeof form)
	    continue;
	memcpy (form, word, at);
	form[at] = '\'';
	memcpy (form + at + 1, word + at, length - at + 1);
	if (speller_knows (speller, form))
	    return TRUE;
	form[0] = g_ascii_toupper (form[0]);	/* "I've" */
	if (speller_knows (speller, form))
	    return TRUE;
    }
    return FALSE;
}

/* Whether [start, end) is inside a casual cue ("lol", "thx"): chat
 * words are the writer's register, not their spelling. */
static gboolean
in_casual_cue (const GArray *cues, size_t start, size_t end)
{
    for (guint c = 0; c < cues->len; c++) {
	const struct tact_cue *cue = &g_array_index (cues, struct tact_cue, c);

	if (cue->kind == TACT_FLAG_CASUAL && ! cue->in_signature &&
	    cue->start <= start && end <= cue->end)
	    return TRUE;
    }
    return FALSE;
}

int
tact_fluency_judge (const tact_detector_t *detector, tact_speller_t *speller,
		    const char *text, size_t length, GArray *cues)
{
    double score = 0;
    size_t checked = 0, wrong = 0, i = 0, start, end;
    gboolean lower_first;
    GArray *evidence;

    if (tact_detector_count_words (text, length) < MIN_WORDS)
	return 0;
    if (detector)
	tact_detector_find_nonfluent (detector, text, length, cues);
    if (! speller || ! speller_available (speller))
	return -1;
    for (guint c = 0; c < cues->len; c++) {
	const struct tact_cue *cue = &g_array_index (cues, struct tact_cue, c);

	if (cue->kind == TACT_FLAG_NONFLUENT)
	    score += cue->weight;
    }
    /* Misspellings only confirm what the grammar already suggests:
     * fluent writers make typos too.  So the dictionary, slow to load,
     * is consulted only when the grammar alone is not conclusive. */
    if (score >= 1.0 - 1e-9)
	return 1;
    if (score < CONFIRM_FROM - 1e-9)
	return 0;
    if (! first_handle (speller))
	return -1;

    evidence = g_array_new (FALSE, TRUE, sizeof (struct tact_cue));
    while (tact_fluency_next_word (text, length, &i, &start, &end, &lower_first)) {
	char word[32], as_written[32];
	gboolean known;

	if (in_casual_cue (cues, start, end))
	    continue;
	memcpy (as_written, text + start, end - start);
	as_written[end - start] = '\0';
	memcpy (word, as_written, end - start + 1);
	if (lower_first)
	    word[0] = g_ascii_tolower (word[0]);
	known = lower_first ? knows_sentence_start (speller, word, as_written)
	    : speller_knows (speller, word);
	/* A sentence may start with a name: a capitalized word known in
	 * neither form is taken for one ("Olaleye" on a line of its own),
	 * and not judged. */
	if (! known && lower_first)
	    continue;
	if (! known && is_contraction_unmarked (speller, word))
	    continue;
	checked++;
	if (known)
	    continue;
	wrong++;
	if (evidence->len < MAX_EVIDENCE) {
	    struct tact_cue cue = { 0 };

	    cue.kind = TACT_FLAG_NONFLUENT;
	    cue.start = start;
	    cue.end = end;
	    cue.text = g_strndup (text + start, end - start);
	    cue.rule = g_intern_static_string ("fluency/misspelled");
	    cue.weight = 0;
	    g_array_append_val (evidence, cue);
	}
    }
    if (checked >= MIN_CHECKED) {
	double rate = (double) wrong / (double) checked;

	if (rate > OTHER_LANGUAGE_RATE) {
	    /* Another language altogether: not a second-language writer
	     * of English. */
	    for (guint c = 0; c < evidence->len; c++)
		tact_cue_clear (&g_array_index (evidence, struct tact_cue, c));
	    g_array_free (evidence, TRUE);
	    return 0;
	}
	if (wrong >= 2 && rate >= 0.06)
	    score += 1.0;
	else if (wrong >= 2 && rate >= 0.03)
	    score += 0.5;
    }
    if (score >= 1.0 - 1e-9)
	g_array_append_vals (cues, evidence->data, evidence->len);
    else
	for (guint c = 0; c < evidence->len; c++)
	    tact_cue_clear (&g_array_index (evidence, struct tact_cue, c));
    g_array_free (evidence, TRUE);
    return score >= 1.0 - 1e-9;
}

/* ---- single words, for the template lint ---- */

int
tact_speller_check (tact_speller_t *speller, const char *word)
{
    if (! speller || ! first_handle (speller))
	return -1;
    return speller_knows (speller, word);
}

void
tact_speller_add_word (tact_speller_t *speller, const char *word)
{
    if (! speller)
	return;
    g_ptr_array_add (speller->added, g_strdup (word));
    for (guint i = 0; i < speller->n_dictionaries; i++)
	if (speller->dictionaries[i].handle)
	    Hunspell_add (speller->dictionaries[i].handle, word);
}

void
tact_speller_add_word_lists (tact_speller_t *speller, const char *const *folders)
{
    if (! speller)
	return;
    g_ptr_array_add (speller->lists, NULL);
    for (guint i = 0; folders && folders[i]; i++)
	g_ptr_array_add (speller->lists, g_build_filename (folders[i], "words.txt", NULL));
    if (tact_speller_count_loaded (speller))
	read_lists (speller);	/* too late to wait for a load */
}

char *
tact_speller_suggest (tact_speller_t *speller, const char *word)
{
    /* the first dictionary's suggestions */
    Hunhandle *handle = speller ? first_handle (speller) : NULL;
    GString *out;
    char **list = NULL;
    int count;

    if (! handle)
	return NULL;
    count = Hunspell_suggest (handle, &list, word);
    if (count <= 0) {
	Hunspell_free_list (handle, &list, count);
	return NULL;
    }
    out = g_string_new (NULL);
    for (int i = 0; i < count && i < 3; i++)
	g_string_append_printf (out, "%s%s", i ? ", " : "", list[i]);
    Hunspell_free_list (handle, &list, count);
    return g_string_free (out, FALSE);
}
