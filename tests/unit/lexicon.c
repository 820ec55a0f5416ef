/* Unit tests of what a lexicon reads from its patterns for the cue
 * detector's index: the words a rule starts with and the words the next
 * token can then be, numbered; the paths of tokens its matches begin
 * with; and the Hyperscan prefilter the build
 * compiles for the rules searched over whole texts.  Prints TAP (GLib's
 * test framework). */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "core/lexicon.h"
#include "core/word-paths.h"
#include "tests/unit/hard-texts.h"

static tact_lexicon_t *
parse (const char *text)
{
    tact_lexicon_t *lexicon = NULL;
    g_autofree char *error = NULL;

    g_assert_cmpint (tact_lexicon_parse (&lexicon, "test.lex", text, strlen (text), &error),
		     ==, TACT_STATUS_SUCCESS);
    g_assert_null (error);
    return lexicon;
}

/* A lexicon of one section whose rules r0, r1... are patterns. */
static tact_lexicon_t *
parse_patterns (const char *section, const char *const *patterns, gsize n)
{
    g_autoptr (GString) lex = g_string_new (NULL);

    g_string_append_printf (lex, "[%s]\n", section);
    for (gsize i = 0; i < n; i++)
	g_string_append_printf (lex, "r%zu = %s\n", i, patterns[i]);
    return parse (lex->str);
}

static gint
by_text (gconstpointer a, gconstpointer b)
{
    return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The words of a list of word numbers, sorted, joined by spaces; "*"
 * for no list (any word). */
static char *
words_of (const tact_lexicon_t *lexicon, const guint32 *list)
{
    g_autoptr (GPtrArray) words = g_ptr_array_new ();

    if (! list)
	return g_strdup ("*");
    for (guint32 i = 0; i < list[0]; i++)
	g_ptr_array_add (words, (gpointer) tact_lexicon_word (lexicon, list[i + 1]));
    g_ptr_array_sort (words, by_text);
    g_ptr_array_add (words, NULL);
    return g_strjoinv (" ", (char **) words->pdata);
}

/* "first: next next; first: *" for a rule, its first words in the order
 * of their numbers (the order the lexicon met them in). */
static char *
index_of (const tact_lexicon_t *lexicon, const tact_rule_t *rule)
{
    GString *out = g_string_new (NULL);

    if (! rule->first)
	return g_string_free (out, FALSE);
    for (guint32 i = 0; i < rule->first[0]; i++) {
	g_autofree char *next = words_of (lexicon, rule->next[i]);

	g_string_append_printf (out, "%s%s: %s", i ? "; " : "",
				tact_lexicon_word (lexicon, rule->first[i + 1]), next);
    }
    return g_string_free (out, FALSE);
}

typedef struct next_case {
    const char *pattern;
    const char *index;		/* as index_of gives it, "" when not indexed */
} next_case_t;

static const next_case_t next_cases[] = {
    { "what (am i|are we) doing\\b", "what: am are" },
    { "(haven't|have not) managed\\b", "havent: managed; have: not" },
    { "(i|we) (tried|attempted)\\b", "i: attempted tried; we: attempted tried" },
    /* an optional group may hold the next word, or not */
    { "(i|we) (really )?tried\\b", "i: really tried; we: really tried" },
    /* one word with nothing after it: any next word */
    { "(urgent|asap)\\b", "urgent: *; asap: *" },
    /* a choice that goes on with punctuation or an apostrophe */
    { "(help!|please help)", "help: *; please: help" },
    { "(i|we)('ve| have) tried\\b", "i: *; we: *" },
    /* words read after \\s+, and a look-behind before the first word */
    { "(?<!not )very\\s+slow\\b", "very: slow" },
    /* a look-behind of several choices, and several look-behinds */
    { "(delayed|(?<!\\bmy |\\bour )\\blate)\\b", "delayed: *; late: *" },
    { "\\b(?<!\\bdo )(?<!\\bcan |\\bmay )(the|my) (app|phone) say\\b",
      "the: app phone; my: app phone" },
    /* a look-behind that stands before a word only in some choices */
    { "((?<!my )late|(?<=not )on time)\\b", "late: *; on: time" },
    /* an optional first group: its words may not be the first token */
    { "(please )?(add|allow) (an|a) option", "please: *; add: *; allow: *" },
    /* not a word at all */
    { "!!+", "" },
};

static void
check_next (gconstpointer data)
{
    const next_case_t *c = data;
    g_autofree char *text = g_strdup_printf ("[struggle]\nrule = %s\n", c->pattern);
    tact_lexicon_t *lexicon = parse (text);
    const GPtrArray *rules = tact_lexicon_rules (lexicon);
    g_autofree char *index = NULL;

    g_assert_cmpuint (rules->len, ==, 1);
    index = index_of (lexicon, rules->pdata[0]);
    g_test_message ("%s -> %s", c->pattern, index);
    g_assert_cmpstr (index, ==, c->index);
    tact_lexicon_free (lexicon);
}

/* Words keep their numbers when a later layer's rules add new ones. */
static void
test_numbers (void)
{
    tact_lexicon_t *lexicon = parse ("[struggle]\n"
				     "a = (stuck|lost) again\\b\n"
				     "b = lost (track|count)\\b\n");
    const GPtrArray *rules = tact_lexicon_rules (lexicon);
    const tact_rule_t *a = rules->pdata[0], *b = rules->pdata[1];
    g_autofree char *index_a = index_of (lexicon, a);
    g_autofree char *index_b = index_of (lexicon, b);

    g_assert_cmpstr (index_a, ==, "stuck: again; lost: again");
    g_assert_cmpstr (index_b, ==, "lost: count track");
    /* "lost" is one word of the lexicon, whichever rule it came from */
    g_assert_cmpuint (tact_words_contain (a->first, b->first[1]), ==, TRUE);
    g_assert_cmpuint (tact_lexicon_count_words (lexicon), ==, 5);
    g_assert_null (tact_lexicon_word (lexicon, 5));
    tact_lexicon_free (lexicon);
}

/* Sorting the words renumbers the rules' lists, and changes none. */
static void
test_sorted (void)
{
    tact_lexicon_t *lexicon = parse ("[struggle]\n"
				     "a = (stuck|lost) again\\b\n"
				     "b = what (am i|are we) doing\\b\n"
				     "c = (zero|any) (luck|joy)\\b[^.]*(again|still)\n");
    const GPtrArray *rules = tact_lexicon_rules (lexicon);
    g_autoptr (GPtrArray) before = g_ptr_array_new_with_free_func (g_free);
    const char *const *words;

    for (guint i = 0; i < rules->len; i++)
	g_ptr_array_add (before, index_of (lexicon, rules->pdata[i]));
    g_assert_false (tact_lexicon_words_sorted (lexicon));
    tact_lexicon_sort_words (lexicon);
    g_assert_true (tact_lexicon_words_sorted (lexicon));
    words = tact_lexicon_words (lexicon);
    for (guint32 n = 1; n < tact_lexicon_count_words (lexicon); n++)
	g_assert_cmpint (strcmp (words[n - 1], words[n]), <, 0);
    for (guint i = 0; i < rules->len; i++) {
	const tact_rule_t *rule = rules->pdata[i];
	g_autofree char *after = index_of (lexicon, rule);
	g_auto (GStrv) was = g_strsplit (before->pdata[i], "; ", -1);
	g_auto (GStrv) is = g_strsplit (after, "; ", -1);

	/* the same first words with the same next words, in a new order */
	g_assert_cmpuint (g_strv_length (was), ==, g_strv_length (is));
	for (guint k = 0; was[k]; k++)
	    g_assert_true (g_strv_contains ((const char *const *) is, was[k]));
    }
    /* and the words it needs, read up to "[^.]*": "luck" or "joy", by
     * their new numbers, which sort them */
    g_assert_cmpuint (((const tact_rule_t *) rules->pdata[2])->n_required, ==, 1);
    g_assert_cmpuint (((const tact_rule_t *) rules->pdata[2])->required[0][0], ==, 2);
    g_assert_cmpstr (words[((const tact_rule_t *) rules->pdata[2])->required[0][1]], ==, "joy");
    g_assert_cmpstr (words[((const tact_rule_t *) rules->pdata[2])->required[0][2]], ==, "luck");
    tact_lexicon_free (lexicon);
}

/* The built-in cue lexicon comes with a prefilter for exactly the rules
 * the detector searches over whole texts, and its words sorted. */
static void
test_builtin_prefilter (void)
{
    tact_lexicon_t *lexicon = NULL;
    g_autofree char *error = NULL;
    const GPtrArray *rules;
    guint covered = 0;

    g_assert_cmpint (tact_lexicon_load_builtin (&lexicon, "cues.lex", &error), ==, 0);
    rules = tact_lexicon_rules (lexicon);
    g_assert_cmpuint (tact_lexicon_prefilter_size (lexicon), >, 0);
    for (guint i = 0; i < rules->len; i++) {
	const tact_rule_t *rule = rules->pdata[i];
	tact_rule_starts_t starts;

	if (rule->prefilter_id < 0)
	    continue;
	covered++;
	g_assert_null (rule->first);
	/* the detector tries the others only where they can start */
	g_assert_false (tact_rule_starts (rule, &starts));
	g_assert_cmpuint ((guint) rule->prefilter_id, <, tact_lexicon_prefilter_size (lexicon));
	/* span sections are matched on pieces of text, not searched */
	g_assert_cmpstr (rule->section, !=, "negation");
	g_assert_cmpstr (rule->section, !=, "acronym");
    }
    g_assert_cmpuint (covered, >, 0);
    g_assert_true (tact_lexicon_words_sorted (lexicon));
    tact_lexicon_free (lexicon);
}

static const tact_rule_t *
rule_named (const tact_lexicon_t *lexicon, const char *section, const char *name)
{
    const GPtrArray *rules = tact_lexicon_section (lexicon, section);

    for (guint i = 0; i < rules->len; i++)
	if (! strcmp (((const tact_rule_t *) rules->pdata[i])->name, name))
	    return rules->pdata[i];
    return NULL;
}

/* What the prefilter reports: never less than PCRE2 matches. */
static void
test_prefilter_scan (void)
{
    static const char text[] = "Why is this STILL broken??? See https://example.com/x :( "
	"Mail jo@example.com. Now. Please.";
    tact_lexicon_t *lexicon = NULL;
    g_autofree char *error = NULL;
    g_autofree guint8 *hits = NULL;
    const GPtrArray *rules;

    g_assert_cmpint (tact_lexicon_load_builtin (&lexicon, "cues.lex", &error), ==, 0);
    hits = g_malloc0 (tact_lexicon_prefilter_size (lexicon) + 1);
    if (! tact_lexicon_prefilter (lexicon, text, strlen (text), hits)) {
	g_test_skip ("Hyperscan cannot be loaded on this machine");
	tact_lexicon_free (lexicon);
	return;
    }
    rules = tact_lexicon_rules (lexicon);
    for (guint i = 0; i < rules->len; i++) {
	const tact_rule_t *rule = rules->pdata[i];
	size_t start, end;

	if (rule->prefilter_id >= 0 &&
	    tact_rule_find (rule, text, strlen (text), 0, FALSE, FALSE, &start, &end)) {
	    g_test_message ("%s/%s matches", rule->section, rule->name);
	    g_assert_cmpuint (hits[rule->prefilter_id], ==, 1);
	}
    }
    g_assert_cmpuint (hits[rule_named (lexicon, "mask-span", "address")->prefilter_id], ==, 1);
    /* and it tells something: no exception */
    g_assert_cmpuint (hits[rule_named (lexicon, "mask-line", "exception")->prefilter_id], ==, 0);
    tact_lexicon_free (lexicon);
}

/* The tokens a pattern's matches begin with: a pattern and its paths,
 * sorted and joined by "; ", or NULL when it has none. */
typedef struct paths_case {
    const char *pattern;
    const char *paths;
} paths_case_t;

static const paths_case_t paths_cases[] = {
    /* words, choices, optional parts, apostrophes (dropped, joining) */
    { "no luck\\b", "no luck" },
    { "(i|we)('ve| have) tried\\b", "i have tried; ive tried; we have tried; weve tried" },
    { "log ?in\\b", "log in; login" },
    { "fail(ed|ing)?\\b", "fail; failed; failing" },
    { "recogni[sz]e\\b", "recognise; recognize" },
    /* any word, up to the depth */
    { "(the \\w+|it) says\\b", "it says; the * says" },
    { "can't ((\\w+ ){0,2}?)(find|get)\\b",
      "cant * *; cant * find; cant * get; cant find; cant get" },
    { "why (is|does) (it|this) keep\\b", "why does it; why does this; why is it; why is this" },
    /* what is not understood ends a path there (the word before it
     * may go on: "waiting" may be "waitingreply"), or matches nothing */
    { "still waiting[^.]{0,20}reply", "still; still waitingreply" },
    { "(even though|although)\\b.*\\bpaid", "although; although paid; even though; even though paid" },
    /* look-arounds and anchors match no text */
    { "stuck\\b(?<=\\bis stuck)", "stuck" },
    { "^thanks\\b(?! a lot)", "thanks" },
    /* punctuation separates tokens, as in the text */
    { "re-installed\\b", "re installed" },
    /* none: a match may start before a token, or with an unknown one */
    { "!!+", NULL },
    { "\\d+ days", NULL },
    { "(\\bASAP| urgent)", NULL },
    { "(a)\\1", NULL },
};

static void
check_paths (gconstpointer data)
{
    const paths_case_t *c = data;
    g_autoptr (GHashTable) paths = tact_pattern_paths (c->pattern);
    g_autofree gpointer *keys = NULL;
    g_autofree char *joined = NULL;
    guint count = 0;

    g_test_message ("%s -> %s", c->pattern, c->paths ? c->paths : "(none)");
    if (! c->paths) {
	g_assert_null (paths);
	return;
    }
    g_assert_nonnull (paths);
    keys = g_hash_table_get_keys_as_array (paths, &count);
    qsort (keys, count, sizeof *keys, by_text);
    joined = g_strjoinv ("; ", (char **) keys);
    g_assert_cmpstr (joined, ==, c->paths);
}

/* What a match that starts at a token needs near it: a pattern and its
 * needs, nearest first, each as its reach in characters ("*" for none),
 * "/" and which of a full stop and a line break ("n") end its look,
 * then its words and its bytes; joined by "; ", "" for none, NULL
 * when the pattern is beyond the reading. */
typedef struct needs_case {
    const char *pattern;
    const char *needs;
} needs_case_t;

static const needs_case_t needs_cases[] = {
    /* bounded gaps: words past them, at most so many characters on */
    { "(resolve|help)\\b[^.!?\\n]{0,40}\\bat the earliest\\b(?! (on|in))",
      "47/.n at; 50/.n the; 54/.n earliest" },
    /* punctuation, a quote mark outside ASCII by its first byte */
    { "(says|said)\\b[^\"\\n.!?]{0,40}[\"\xe2\x80\x9c]", "44/.n \"\\xe2" },
    { "(thanks|great)!+", "6/.n !" },
    { "(page|step) \\d+\\b", "5/.n 0123456789" },
    /* apostrophes: dropped, as tokens drop them; at most one character */
    { "(can't|cannot) (find|see) it\\b", "7/.n find,see; 12/.n it" },
    { "i (can't|won't) stop\\b", "2/.n cant,wont; 8/.n stop" },
    /* a part of no bounded length: up to the sentence's end, when
     * nothing before can be a full stop or a line break */
    { "(every|each) (\\w+ ){0,2}(i|we) can\\b", "*/.n i,we; */.n can" },
    { "(gone|lost)\\b(\\s+\\w+){0,3}? again\\b", "*/. again" },
    /* optional parts need nothing, or one of what follows */
    { "(help) (me )?now\\b", "5/.n me,now; 8/.n now" },
    /* a choice needs one of what its choices need */
    { "help me\\b|assist us\\b", "7/.n me,us" },
    { "(broke|failed) (twice|\\d+ times)\\b", "7/.n 0123456789,twice; */.n times,twice" },
    /* look-arounds need nothing */
    { "(help) me\\b(?! now)", "5/.n me" },
    { "(help) me\\b(?= now)", "5/.n me" },
    /* a letter outside ASCII is a character */
    { "(caf\xc3\xa9) au lait\\b", "5/ au; 8/ lait" },
    /* nothing: a word that may go on, or begin inside a token; a gap
     * that may hold anything; a first word only */
    { "(help)\\b[^.!?\\n]{0,40}(not|never)", "" },
    { "(help) me", "" },
    { "(help)\\b.*\\bat the earliest\\b", "" },
    { "(help)[\\s\\S]*now\\b", "" },
    { "urgent\\b", "" },
    /* beyond the reading */
    { "(a)\\1 b", NULL },
    { "(*UCP)help me\\b", NULL },
};

static void
check_needs (gconstpointer data)
{
    const needs_case_t *c = data;
    g_autoptr (GPtrArray) needs = tact_pattern_needs (c->pattern);
    g_autoptr (GString) out = g_string_new (NULL);

    g_test_message ("%s -> %s", c->pattern, c->needs ? c->needs : "(none)");
    if (! c->needs) {
	g_assert_null (needs);
	return;
    }
    g_assert_nonnull (needs);
    for (guint i = 0; i < needs->len; i++) {
	const tact_need_t *need = needs->pdata[i];
	g_autoptr (GPtrArray) words = g_ptr_array_new ();

	if (i)
	    g_string_append (out, "; ");
	if (need->reach == G_MAXUINT)
	    g_string_append (out, "*/");
	else
	    g_string_append_printf (out, "%u/", need->reach);
	if (need->stop['.' / 8] & (1 << ('.' % 8)))
	    g_string_append_c (out, '.');
	if (need->stop['\n' / 8] & (1 << ('\n' % 8)))
	    g_string_append_c (out, 'n');
	g_string_append_c (out, ' ');
	for (guint k = 0; k < need->words->len; k++)
	    g_ptr_array_add (words, need->words->pdata[k]);
	g_ptr_array_sort (words, by_text);
	for (guint k = 0; k < need->n_bytes; k++)
	    if (need->bytes[k] < 0x80)
		g_string_append_c (out, (char) need->bytes[k]);
	    else
		g_string_append_printf (out, "\\x%02x", need->bytes[k]);
	if (need->n_bytes && words->len)
	    g_string_append_c (out, ',');
	for (guint k = 0; k < words->len; k++)
	    g_string_append_printf (out, "%s%s", k ? "," : "", (const char *) words->pdata[k]);
    }
    g_assert_cmpstr (out->str, ==, c->needs);
}

/* The word the token before a match must be, as a look-behind says;
 * and the capitals a case-sensitive match starts with. */
typedef struct before_case {
    const char *pattern;
    const char *words;		/* sorted, once each; NULL: none */
    guint capitals;
} before_case_t;

static const before_case_t before_cases[] = {
    { "open\\b(?<=\\bfor open) (the|my)\\b", "for", 0 },
    { "stuck\\b(?<=\\bis stuck|\\bkeeps getting stuck)", "getting is", 0 },
    { "(last|next) (week\\b(?<=\\bin last week|\\bin next week))", "in", 0 },
    { "(bug\\b(?<=s a bug|s some kind of bug))\\s*\\?", "a of", 0 },
    /* nothing: the word may go on before, the look-behind may not
     * reach before the match, says what must not be, or only one
     * choice has one */
    { "open\\b(?<=for open)", NULL, 0 },
    { "open\\b(?<=\\bopen)", NULL, 0 },
    { "open\\b(?<!\\bfor open)", NULL, 0 },
    { "(open\\b(?<=\\bfor open)|close)\\b", NULL, 0 },
    /* capitals: a case-sensitive choice of words in capitals */
    { "(?-i)\\b(NOT|NO|NEVER)\\b", NULL, 2 },
    { "(?-i)(STOP)\\b", NULL, 4 },
    { "(?-i)\\b(Not|NO)\\b", NULL, 0 },
    { "(?-i)\\b(NO)?\\b", NULL, 0 },
    { "(?-i)\\b(NO)\\b|never", NULL, 0 },
    { "(NOT|NO)\\b", NULL, 0 },
    { "help (?-i)(NOW)", NULL, 0 },
};

static void
check_before (gconstpointer data)
{
    const before_case_t *c = data;
    g_autoptr (GPtrArray) words = tact_pattern_words_before (c->pattern);

    g_test_message ("%s -> %s, %u capitals", c->pattern, c->words ? c->words : "(none)",
		    c->capitals);
    g_assert_cmpuint (tact_pattern_capitals (c->pattern), ==, c->capitals);
    if (! c->words) {
	g_assert_null (words);
	return;
    }
    g_assert_nonnull (words);
    g_ptr_array_sort (words, by_text);
    for (guint k = words->len; k > 1; k--)
	if (! strcmp (words->pdata[k - 1], words->pdata[k - 2]))
	    g_ptr_array_remove_index (words, k - 1);
    g_ptr_array_add (words, NULL);
    {
	g_autofree char *joined = g_strjoinv (" ", (char **) words->pdata);

	g_assert_cmpstr (joined, ==, c->words);
    }
}

/* A rule's nearby list (see tact_rule_t) as text: the capitals, each
 * need's reach and words, and the words before. */
static char *
nearby_of (const tact_lexicon_t *lexicon, const tact_rule_t *rule)
{
    const guint32 *nearby = tact_lexicon_rule_nearby (lexicon, rule);
    GString *out = g_string_new (NULL);
    guint32 at = 3;

    if (! nearby)
	return g_string_free (out, FALSE);
    g_string_append_printf (out, "capitals %u;", nearby[1]);
    for (guint32 n = 0; n < nearby[2]; n++) {
	guint32 list[64] = { 0 };
	g_autofree char *words = NULL;

	g_string_append_printf (out, " %d:", (int) nearby[at]);
	list[0] = MIN (nearby[at + TACT_NEED_WORDS], G_N_ELEMENTS (list) - 1);
	memcpy (list + 1, nearby + at + TACT_NEED_WORDS + 1, list[0] * 4);
	words = words_of (lexicon, list);
	g_string_append_printf (out, " %s", words);
	at += TACT_NEED_WORDS + 1 + nearby[at + TACT_NEED_WORDS];
	for (guint32 k = 0; k < nearby[at]; k++)
	    g_string_append_printf (out, " %u", nearby[at + 1 + k]);
	at += 1 + nearby[at];
	g_string_append_c (out, ';');
    }
    g_string_append (out, " before:");
    for (guint32 k = 0; k < nearby[at]; k++)
	g_string_append_printf (out, " %s", tact_lexicon_word (lexicon, nearby[at + 1 + k]));
    return g_string_free (out, FALSE);
}

/* What a rule needs near its match comes the same from the build as
 * from a layer that reads the rule from text, and is the reading's. */
static void
test_builtin_nearby (void)
{
    tact_lexicon_t *builtin = NULL, *layer = NULL;
    g_autofree char *error = NULL;
    g_autofree char *earliest = NULL;
    const char *names[][2] = {
	{ "urgency", "at-the-earliest" }, { "nonfluent", "for-verb" },
	{ "intensity", "caps-short" }, { "struggle", "quoted-error" },
    };

    g_assert_cmpint (tact_lexicon_load_builtin (&builtin, "cues.lex", &error), ==,
		     TACT_STATUS_SUCCESS);
    g_assert_cmpuint (tact_lexicon_count_precompiled (builtin), >, 0);
    for (size_t i = 0; i < G_N_ELEMENTS (names); i++) {
	const tact_rule_t *rule = rule_named (builtin, names[i][0], names[i][1]);
	g_autofree char *text = NULL;
	g_autofree char *compiled = NULL;
	g_autofree char *read = NULL;

	g_assert_nonnull (rule);
	compiled = nearby_of (builtin, rule);
	text = g_strdup_printf ("[%s]\n%s = %s\n", names[i][0], names[i][1], rule->pattern);
	layer = parse (text);
	read = nearby_of (layer, tact_lexicon_rules (layer)->pdata[0]);
	g_test_message ("%s: %s", names[i][1], compiled);
	g_assert_cmpstr (compiled, !=, "");
	g_assert_cmpstr (compiled, ==, read);
	tact_lexicon_free (layer);
    }
    earliest = nearby_of (builtin, rule_named (builtin, "urgency", "at-the-earliest"));
    g_assert_nonnull (strstr (earliest, " earliest;"));
    tact_lexicon_free (builtin);
}

/* Every rule of the built-in cue lexicon that starts with a word has
 * paths, or its first words stand in for them; each path's first word
 * is a word it starts with, or joins one to what follows. */
static void
test_builtin_paths (void)
{
    tact_lexicon_t *lexicon = NULL;
    g_autofree char *error = NULL;
    const GPtrArray *rules;
    guint with_paths = 0, first_words = 0;

    g_assert_cmpint (tact_lexicon_load_builtin (&lexicon, "cues.lex", &error), ==, 0);
    rules = tact_lexicon_rules (lexicon);
    for (guint i = 0; i < rules->len; i++) {
	const tact_rule_t *rule = rules->pdata[i];
	const guint32 *paths = tact_lexicon_rule_paths (lexicon, rule);

	if (! rule->first)
	    continue;
	first_words++;
	if (! paths)
	    continue;
	with_paths++;
	for (guint32 at = 1; at <= paths[0]; at += paths[at] + 1) {
	    g_assert_cmpuint (paths[at], >=, 1);
	    g_assert_cmpuint (paths[at], <=, TACT_PATH_DEPTH);
	    g_assert_cmpuint (paths[at + 1], !=, TACT_WORD_ANY);
	    g_assert_nonnull (tact_lexicon_word (lexicon, paths[at + 1]));
	}
    }
    g_test_message ("%u of %u rules that start with a word have paths", with_paths,
		    first_words);
    g_assert_cmpuint (with_paths, >=, first_words * 9 / 10);
    tact_lexicon_free (lexicon);
}

/* The rules a walk of the tree from the root gives for a sequence of
 * words (those of the nodes passed, any token matching "*"), as rule
 * numbers joined by spaces. */
static char *
rules_along (const tact_lexicon_t *lexicon, const char *words)
{
    const tact_path_tree_t *tree = tact_lexicon_path_tree (lexicon);
    g_auto (GStrv) split = g_strsplit (words, " ", -1);
    GString *out = g_string_new (NULL);
    guint32 n = 0;

    for (guint d = 0; split[d] && d < TACT_PATH_DEPTH; d++) {
	const char *const *all = tact_lexicon_words (lexicon);
	guint32 word = G_MAXUINT32, child;

	for (guint32 w = 0; w < tact_lexicon_count_words (lexicon); w++)
	    if (! strcmp (all[w], split[d]))
		word = w;
	child = word != G_MAXUINT32 ? tact_path_tree_child (tree, n, word) : 0;
	if (! child && d > 0)
	    child = tree->nodes[n].any;
	if (! child)
	    break;
	n = child;
	for (guint32 k = 0; k < tree->nodes[n].n_rules; k++)
	    g_string_append_printf (out, "%s%u", out->len ? " " : "",
				    tree->rules[tree->nodes[n].rules + k]);
    }
    return g_string_free (out, FALSE);
}

/* The tree of paths: rules are found along their paths only. */
static void
test_path_tree (void)
{
    tact_lexicon_t *lexicon = parse ("[struggle]\n"
				     "a = (i|we)('ve| have) tried\\b\n"
				     "b = i (really )?need\\b\n"
				     "c = the \\w+ (says|said)\\b\n"
				     "d = !!+\n");
    g_autofree char *tried = rules_along (lexicon, "i have tried");
    g_autofree char *joined = rules_along (lexicon, "ive tried");
    g_autofree char *need = rules_along (lexicon, "i need");
    g_autofree char *really = rules_along (lexicon, "i really need");
    g_autofree char *says = rules_along (lexicon, "the app says");
    g_autofree char *none = rules_along (lexicon, "i said");

    g_assert_cmpstr (tried, ==, "0");
    g_assert_cmpstr (joined, ==, "0");
    g_assert_cmpstr (need, ==, "1");
    g_assert_cmpstr (really, ==, "1");
    g_assert_cmpstr (says, ==, "2");
    g_assert_cmpstr (none, ==, "");
    tact_lexicon_free (lexicon);
}

/* The build makes the built-in lexicon's tree; a layer that changes a
 * rule makes it wrong, and the lexicon makes its own when asked. */
static void
test_builtin_tree (void)
{
    tact_lexicon_t *lexicon = NULL;
    g_autofree char *error = NULL;
    g_autofree char *dir = g_dir_make_tmp ("tact-lexicon-XXXXXX", NULL);
    g_autofree char *file = g_build_filename (dir, "cues.lex", NULL);
    const char *dirs[] = { dir, NULL };

    g_assert_cmpint (tact_lexicon_load_builtin (&lexicon, "cues.lex", &error), ==, 0);
    g_assert_true (tact_lexicon_path_tree_ready (lexicon));
    tact_lexicon_free (lexicon);
    g_assert_true (g_file_set_contents (file, "[struggle]\nmine = fed up again\\b\n", -1, NULL));
    g_assert_cmpint (tact_lexicon_load_layers (&lexicon, "cues.lex", dirs, &error), ==, 0);
    g_assert_false (tact_lexicon_path_tree_ready (lexicon));
    {
	g_autofree char *mine = rules_along (lexicon, "fed up again");
	g_autofree char *number = g_strdup_printf ("%u", tact_lexicon_rules (lexicon)->len - 1);

	g_assert_nonnull (strstr (mine, number));
    }
    tact_lexicon_free (lexicon);
    g_unlink (file);
    g_rmdir (dir);
}

/* The entries of the walk's node or leaf ref and those of the tree's
 * node n, as rules (each rule its own entry, so entry e is rule e),
 * agree; and so do their children, by every word and by any. */
static void
check_walk (const tact_path_tree_t *tree, const tact_path_walk_t *walk, guint32 n, guint32 ref,
	    guint depth)
{
    GString *rules = g_string_new (NULL), *entries = g_string_new (NULL);
    const tact_path_node_t *node = &tree->nodes[n];

    for (guint32 k = 0; k < node->n_rules; k++)
	g_string_append_printf (rules, " %u", tree->rules[node->rules + k]);
    if (ref & TACT_PATH_LEAF) {
	g_string_append_printf (entries, " %u", ref & ~TACT_PATH_LEAF);
    } else {
	const guint32 *all = tact_path_walk_entries (walk, depth, ref);

	for (guint32 k = 1; k <= all[0]; k++)
	    g_string_append_printf (entries, " %u", all[k]);
    }
    g_assert_cmpstr (entries->str, ==, rules->str);
    g_string_free (rules, TRUE);
    g_string_free (entries, TRUE);
    if (depth == TACT_PATH_DEPTH)
	return;
    for (guint32 word = 0; word < tree->n_words; word++) {
	guint32 child = tact_path_tree_child (tree, n, word);
	guint32 walked = ref & TACT_PATH_LEAF ? 0 : tact_path_walk_child (walk, depth, ref, word);

	/* every node of a tree built from paths has rules below it */
	g_assert_cmpuint (! child, ==, ! walked);
	if (child)
	    check_walk (tree, walk, child, walked, depth + 1);
    }
    g_assert_cmpuint (! node->any, ==,
		      ref & TACT_PATH_LEAF || ! tact_path_walk_any (walk, depth, ref));
    if (node->any)
	check_walk (tree, walk, node->any, tact_path_walk_any (walk, depth, ref), depth + 1);
}

/* The root's child for word, node n of the tree (0 for none), may
 * give entries (see tact_path_walk_next) before every word it goes on
 * with, and before any token when it has rules or an any child; and
 * never when there is no child. */
static void
check_walk_next (const tact_path_tree_t *tree, const tact_path_walk_t *walk, guint32 n,
		 guint32 word)
{
    gboolean always = n && (tree->nodes[n].n_rules || tree->nodes[n].any);

    g_assert_cmpint (tact_path_walk_next (walk, word, G_MAXUINT32), ==, always);
    for (guint32 next = 0; next < tree->n_words; next++)
	if (always || (n && tact_path_tree_child (tree, n, next)))
	    g_assert_true (tact_path_walk_next (walk, word, next));
	else if (! n)
	    g_assert_false (tact_path_walk_next (walk, word, next));
}

/* The walk of lexicon's tree finds what the tree finds, from every
 * word, and tells where it may; frees lexicon. */
static void
check_lexicon_walk (tact_lexicon_t *lexicon)
{
    const tact_path_tree_t *tree = tact_lexicon_path_tree (lexicon);
    guint32 n_rules = tact_lexicon_rules (lexicon)->len;
    g_autofree guint32 *entry_of_rule = g_new0 (guint32, n_rules);
    tact_path_walk_t *walk;

    for (guint32 r = 0; r < n_rules; r++)
	entry_of_rule[r] = r + 1;
    walk = tact_path_walk_new (tree, entry_of_rule, n_rules);
    g_assert_nonnull (walk);
    for (guint32 word = 0; walk && word < tree->n_words; word++) {
	guint32 child = tact_path_tree_child (tree, 0, word);

	g_assert_cmpuint (! child, ==, ! tact_path_walk_root (walk, word));
	if (child)
	    check_walk (tree, walk, child, tact_path_walk_root (walk, word), 1);
	check_walk_next (tree, walk, child, word);
    }
    tact_path_walk_free (walk);
    tact_lexicon_free (lexicon);
}

static void
test_path_walk (void)
{
    check_lexicon_walk (parse ("[struggle]\n"
			       "a = (i|we)('ve| have) tried\\b\n"
			       "b = i (really )?need\\b\n"
			       "c = the \\w+ (says|said)\\b\n"
			       "d = (i|we) (really|truly) (need|want)\\b\n"
			       "e = i need\\b\n"
			       "f = !!+\n"));
}

/* The same for the built-in lexicon's tree. */
static void
test_builtin_walk (void)
{
    tact_lexicon_t *lexicon = NULL;
    g_autofree char *error = NULL;

    g_assert_cmpint (tact_lexicon_load_builtin (&lexicon, "cues.lex", &error), ==, 0);
    check_lexicon_walk (lexicon);
}

/* ---- where a rule's matches can start (tact_rule_starts) ---- */

#define HAS(set, b) ((((set)[(guchar) (b) / 8]) >> ((guchar) (b) % 8)) & 1)

/* Whether starts allows a match at byte k of text, as the detector
 * reads it (see find_places, lines_for and each_match_at in
 * core/cues.c). */
static gboolean
may_start_at (const tact_rule_starts_t *starts, const char *text, size_t k)
{
    const guchar *s = (const guchar *) text;
    size_t length = strlen (text);
    gboolean holds = FALSE;

    for (size_t i = 0; i < length; i++)
	holds |= HAS (starts->holds, s[i]);
    if (! holds || k >= length || ! HAS (starts->first, s[k]))
	return FALSE;
    if (starts->at_lines) {
	size_t at = k;

	if (k > 0 && s[k - 1] != '\n')
	    return FALSE;
	if (! starts->past_space)
	    return tact_pattern_may_start (&starts->start, s, k, length);
	while (at < length && (s[at] == ' ' || (s[at] >= '\t' && s[at] <= '\r')))
	    at++;
	return at < length && HAS (starts->after_space, s[at]) &&
	    tact_pattern_may_start (&starts->start, s, at, length);
    }
    if (! tact_pattern_may_start (&starts->start, s, k, length))
	return FALSE;
    if (k > 0 && ! HAS (g_ascii_isalnum (s[k]) || s[k] == '_' ? starts->start.before
			: starts->start.before_other, s[k - 1]))
	return FALSE;
    if (starts->by_anchor) {
	size_t j = k;

	/* where a run starts that ends before an anchor */
	while (j < length && HAS (starts->start.run, s[j]))
	    j++;
	return j > k && j < length && HAS (starts->start.anchor, s[j]) &&
	    (k == 0 || ! HAS (starts->start.run, s[k - 1]));
    }
    return s[k] >= 0x80 || k + 1 == length ||
	(HAS (starts->start.second[s[k]], s[k + 1]) &&
	 (s[k + 1] >= 0x80 || k + 2 == length || HAS (starts->start.third[s[k + 1]], s[k + 2])));
}

/* Patterns, a text, and whether the reading lets a match start at a
 * byte of it (marked by the byte before, '|' in the case's text, which
 * is not part of it). */
typedef struct start_case {
    const char *pattern;
    const char *text;
    gboolean allowed;
} start_case_t;

static const start_case_t start_cases[] = {
    /* two capitals that begin a word, in a case-sensitive pattern */
    { "(?-i)\\b[A-Z]{5,}\\b", " |ABCDE", TRUE },
    { "(?-i)\\b[A-Z]{5,}\\b", "x|ABCDE", FALSE },
    { "(?-i)\\b[A-Z]{5,}\\b", " |Abcde", FALSE },
    { "(?-i)\\b[A-Z]{5,}\\b", " |aBCDE", FALSE },
    { "(?-i)\\b[A-Z]{5,}\\b", "\xc3\xa9|ABCDE", TRUE },	/* é is no \w */
    /* without case, either */
    { "\\b[A-Z]{5,}\\b", " |Abcde", TRUE },
    /* a repeat of two or more: the first character again */
    { "!{3,}", "|!!!", TRUE },
    { "!{3,}", "|!?!", FALSE },
    { "\\.{4,}|…{2,}", "|....", TRUE },
    { "\\.{4,}|…{2,}", "|. ..", FALSE },
    { "\\.{4,}|…{2,}", "|……", TRUE },
    /* the third byte */
    { "delayed|overdue", "|del", TRUE },
    { "delayed|overdue", "|dex", FALSE },
    { "(?-i)\\b[A-Z]{2,}\\b", " |AB ", TRUE },
    { "(?-i)\\b[A-Z]{2,}\\b", " |ABc", FALSE },	/* the boundary at its end */
    { "(?-i)\\b[A-Z]{2,}\\b", " |AB_", FALSE },
    { "(?-i)\\b[A-Z]{2,}\\b", " |AB\xc3\xa9", TRUE },	/* é is no \w */
    { "(?-i)\\b[A-Z]{2,}!\\b", " |AB!c", TRUE },
    { "(?-i)\\b[A-Z]{2,}!\\b", " |AB! ", FALSE },
    { "\\b(delayed|late)\\b", " |later", FALSE },
    { "\\b(delayed|late)\\b", " |late.", TRUE },
    { "\\b(delayed|late|x!)\\b", " |later", TRUE },	/* (may end with a \w or not) */
    { "\\bso{4,}\\b", " |sox", FALSE },
    { "\\bso{4,}\\b", " |soo", TRUE },
    { "!{2}", "|!!x", TRUE },
    { "!{3,}", "|!!x", FALSE },
    { "ab?", "|ax ", TRUE },
    /* a run of a class before an anchor, after what may come before */
    { "(?:(?<=[.!?] )|^)[a-z0-9]+\\. [a-z0-9]+\\.", "Ok. |Now. x", TRUE },
    { "(?:(?<=[.!?] )|^)[a-z0-9]+\\. [a-z0-9]+\\.", "Ok. N|ow. x", FALSE },
    { "(?:(?<=[.!?] )|^)[a-z0-9]+\\. [a-z0-9]+\\.", "Ok. |Now x", FALSE },
    { "(?:(?<=[.!?] )|^)[a-z0-9]+\\. [a-z0-9]+\\.", "x\n|Now. x", TRUE },
    { "(?:(?<=[.!?] )|^)[a-z0-9]+\\. [a-z0-9]+\\.", "|Now. x", TRUE },
    /* the byte two before, as the look-behinds say */
    { "(?:(?<=[.!?] )|^)[a-z0-9]+\\. [a-z0-9]+\\.", "Ok, |Now. x", FALSE },
    { "(?:(?<=[.!?] )|(?<=[.!?]\\n)|^)[a-z0-9]+\\. [a-z0-9]+\\.", "x\n|Now. x", TRUE },
    { "(?:(?<=[.!?] )|(?<=[.!?]\\n)|^)[a-z0-9]+\\. [a-z0-9]+\\.", "x \n|Now. x", TRUE },
    { "(?<=ab|c)x", "ab|x", TRUE },
    { "(?<=ab|c)x", "bb|x", FALSE },
    { "(?<=ab|c)x", "bc|x", TRUE },
    /* the bytes of the first characters, whatever came before */
    { "(?-i)\\b[A-Z]{5,}\\b", " |ABCD ", FALSE },
    { "(?-i)\\b[A-Z]{5,}\\b", " |ABCDE", TRUE },
    { "(?-i)\\b[A-Z]{2,}(?: +[A-Z]{2,})+\\b", " |AB CD", TRUE },
    { "(?-i)\\b[A-Z]{2,}(?: +[A-Z]{2,})+\\b", " |AB Cd", FALSE },
    { "delayed|late|overdue", "|delivered", FALSE },
    { "delayed|late|overdue", "|delayed", TRUE },
    { "ple+a+s+e{3,}", "|please ", FALSE },
    { "ple+a+s+e{3,}", "|pleaseee", TRUE },
    { "\\.{4,}", "|...", TRUE },	/* (the end of the text) */
    { "\\.{4,}", "|... ", FALSE },
    { "\\.{4,}|…{2,}", "|... ", TRUE },	/* (a match of two … may end there) */
    { "(?-i)^\\s*\\[?(ERROR|INFO)\\]?[\\s:\\]]", "x\n|  INFO: x", TRUE },
    { "(?-i)^\\s*\\[?(ERROR|INFO)\\]?[\\s:\\]]", "x\n|  In x", FALSE },
    { "(?-i)^\\s*\\[?(ERROR|INFO)\\]?[\\s:\\]]", "x\n|  Inf x", FALSE },
    /* a look-behind that must not find a character */
    { "(?<![\\w'])i(?=\\s)", " |i ", TRUE },
    { "(?<![\\w'])i(?=\\s)", "'|i ", FALSE },
    { "(?<![\\w'])i(?=\\s)", "x|i ", FALSE },
    { "(?<![\\w'])i(?=\\s)", "\xe2\x80\x99|i ", TRUE },	/* ’ is not ' to the byte */
    /* a look-ahead at the end: what comes second */
    { "(?<![\\w'])i(?=\\s)", " |ix", FALSE },
    { "(?<![\\w'])i(?=\\s)", " |I ", TRUE },
    { "(?-i)(?<![\\w'])i(?=\\s)", " |I ", FALSE },
    /* a look-behind that must find one */
    { "(?<=[.!?] )[a-z]+", ". |so", TRUE },
    { "(?<=[.!?] )[a-z]+", "x|so", FALSE },
    /* a boundary before a word character, and before another */
    { "\\b(https?|ftp)://\\S+", " |http://x", TRUE },
    { "\\b(https?|ftp)://\\S+", "a|http://x", FALSE },
    { "\\b(https?|ftp)://\\S+", " |hxtp://x", FALSE },
    { "\\b[-+]\\d", "a|-1", TRUE },
    { "\\b[-+]\\d", " |-1", FALSE },
    /* 'ſ' and the Kelvin sign match 's' and 'k' without case (and
     * are no \w: a boundary before them follows a word character) */
    { "\\bso{4,}\\b", "x|\xc5\xbfoooo", TRUE },
    { "\\bso{4,}\\b", " |\xc5\xbfoooo", FALSE },
    { "\\bkm\\b", "x|\xe2\x84\xaam", TRUE },
    { "(?-i)\\bkm\\b", "x|\xe2\x84\xaam", FALSE },
    /* a rule that starts at lines: its first byte there, and past white
     * space */
    { "^\\s*>", "x\n|  > quoted", TRUE },
    { "^\\s*>", "x\n|  quoted", FALSE },
    { "^\\s*>", "x |> quoted", FALSE },
    { "^\\s*at [\\w.$<>]+\\(", "\n|\tat x(", TRUE },
    { "^\\s*at [\\w.$<>]+\\(", "\n|\tit x(", FALSE },
    /* a byte every match holds: none, none can */
    { "[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+", "|jo@example", FALSE },
};

static void
check_start (gconstpointer data)
{
    const start_case_t *c = data;
    g_autofree char *lex = g_strdup_printf ("[frustration]\nrule = %s\n", c->pattern);
    tact_lexicon_t *lexicon = parse (lex);
    const tact_rule_t *rule = tact_lexicon_section (lexicon, "frustration")->pdata[0];
    const char *bar = strchr (c->text, '|');
    g_autofree char *text = g_strconcat ("", NULL);
    tact_rule_starts_t *starts = g_new (tact_rule_starts_t, 1);

    g_free (text);
    text = g_strdup (c->text);
    memmove (text + (bar - c->text), text + (bar - c->text) + 1, strlen (bar));
    tact_rule_starts (rule, starts);
    g_test_message ("%s at %zu of \"%s\"", c->pattern, (size_t) (bar - c->text), text);
    g_assert_cmpint (may_start_at (starts, text, (size_t) (bar - c->text)), ==, c->allowed);
    g_free (starts);
    tact_lexicon_free (lexicon);
}

/* Where the reading gives up, or tells a rule is best searched for: a
 * pattern that may match no text, a back-reference, a verb; and one
 * whose matches can start at most bytes. */
static const char *const unplaced_patterns[] = {
    "(a|)", "(\\w)\\1", "(*UTF)x", "(?:!{3,})|(*FAIL)", "[\\w.+-]+@[\\w-]+",
    "(?:(?<=[.!?] )|^)[A-Za-z0-9]+ ", "(?-i)^\\s*[\\w.]+(Exception|Error)",
};

static void
test_unplaced (void)
{
    for (gsize i = 0; i < G_N_ELEMENTS (unplaced_patterns); i++) {
	g_autofree char *lex = g_strdup_printf ("[frustration]\nrule = %s\n",
						unplaced_patterns[i]);
	tact_lexicon_t *lexicon = parse (lex);
	const tact_rule_t *rule = tact_lexicon_section (lexicon, "frustration")->pdata[0];
	g_autofree tact_rule_starts_t *starts = g_new (tact_rule_starts_t, 1);
	g_autofree tact_pattern_start_t *start = g_new (tact_pattern_start_t, 1);

	g_test_message ("%s", unplaced_patterns[i]);
	g_assert_false (tact_rule_starts (rule, starts));
	if (i < 4)
	    g_assert_false (tact_pattern_start (unplaced_patterns[i], 0, start));
	tact_lexicon_free (lexicon);
    }
}

/* Every match PCRE2 finds, anchored at any byte of texts made to be
 * hard for it, of every built-in rule the detector searches for, and
 * of some written to be harder, starts where tact_rule_starts allows
 * (the texts: hard-texts.h). */
static const char *const hard_patterns[] = {
    "(?<=\\bmy )\\blate", "\\b(?:ok|\xe2\x84\xaa)\\b", "(?:x|y)?z{2,3}", "'m\\b", "\\R\\s*>",
    "(?<![\\w/])[oO]_[oO](?!\\w)", "\\bwww\\.\\S+", "(?:ab)+c", "[^a-z]{2}!",
    "(?:a@)?b\\.c", "x@y|z", "[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+", "(?<=@)\\w+",
    "(?:(?<=[,;] )|(?<=\\()|^)\\w+[.!]", "(?<=[.!?] )[A-Za-z0-9]+\\. ", "(?:^|(?<=\\n))[a-z]+:",
    "(?-i)[A-Z]{3,}(?:[ ']?[A-Z]{2})*", "(?:so){2,}o*", "a\\s?(?=h)|\\bhe+l+", "(?<=[a-z] |[a-z])[.!?]+",
    "(?<=(?:\\.|!) |x)\\w", "e{2,3}(?!x)", "\\b(?:ok|no!)\\b", "(?-i)[A-Z]+\\b", "[.!?]+\\b",
};

static void
check_hard (const tact_rule_t *rule, const char *text)
{
    g_autofree tact_rule_starts_t *starts = g_new (tact_rule_starts_t, 1);
    size_t length = strlen (text), start, end;

    tact_rule_starts (rule, starts);
    for (size_t k = 0; k <= length; k++) {
	if (k < length && (text[k] & 0xc0) == 0x80)
	    continue;
	if (tact_rule_find (rule, text, length, k, TRUE, FALSE, &start, &end) && end > start) {
	    if (! may_start_at (starts, text, k))
		g_test_message ("%s/%s at %zu of \"%s\"", rule->section, rule->name, k, text);
	    g_assert_true (may_start_at (starts, text, k));
	}
    }
}

static void
test_starts_hold (void)
{
    static const char *const searched[] = {
	"frustration", "casual", "question", "complaint", "mask-line", "mask-span", NULL
    };
    tact_lexicon_t *lexicon = NULL;
    g_autofree char *error = NULL;

    g_assert_cmpint (tact_lexicon_load_builtin (&lexicon, "cues.lex", &error), ==, 0);
    for (const char *const *section = searched; *section; section++) {
	const GPtrArray *rules = tact_lexicon_section (lexicon, *section);

	for (guint i = 0; i < rules->len; i++)
	    for (gsize t = 0; t < G_N_ELEMENTS (hard_texts); t++)
		check_hard (rules->pdata[i], hard_texts[t]);
    }
    tact_lexicon_free (lexicon);
    lexicon = parse_patterns ("frustration", hard_patterns, G_N_ELEMENTS (hard_patterns));
    for (guint i = 0; i < tact_lexicon_rules (lexicon)->len; i++)
	for (gsize t = 0; t < G_N_ELEMENTS (hard_texts); t++)
	    check_hard (tact_lexicon_rules (lexicon)->pdata[i], hard_texts[t]);
    tact_lexicon_free (lexicon);
}

/* A rule tried at a place or searched for in machine code is compiled
 * with the choices of its groups by their first character (see
 * lexicon.c): the same matches as the pattern as written, which the
 * interpreter tries. */
static const char *const grouped_patterns[] = {
    "(ab|Ac|a)\\b", "(k|K|s|S)x", "(a|'b|ab)c", "(x?y|xz|y)", "(i'm|i am|im|i)\\b",
    "(foo|f(oo)?bar|fo)", "(b(a|b)|ba|(?:bb|c)d)e?", "(?-i)(Ab|ab|AB)", "(a|)b", "((a|b)|ac)c",
    "(na|no|n\\w+|no+)t", "[(|]a|(b[)|]|ba)", "(?<=ab |ac )(c|cd)",
    "(re|ref|r[[:digit:]])[:#]?x", "(ref|re)[:#]? ?(#|x|xy)",
};

static const char *const grouped_texts[] = {
    "Ab abc a AC ac K\xe2\x84\xaax \xc5\xbfx sx Sx 'bc abc xz y",
    "i\xe2\x80\x99m im i am i, foobar fobar fo fooba",
    "babe bbd cde bae bb ba not noot nat nt ab ab c ab cd a c (a |a ba)",
    "ref:x re#x r1x rex refx ref: xy re #",
};

/* Whether the rule tried at k (anchored) or searched for from k finds
 * the same in machine code, grouped, as the interpreter on the pattern
 * as written. */
static void
check_grouped_at (const tact_rule_t *rule, const char *text, size_t length, size_t k,
		  gboolean anchored)
{
    size_t start = 0, end = 0, fast_start = 0, fast_end = 0;
    gboolean found = tact_rule_find (rule, text, length, k, anchored, FALSE, &start, &end);
    gboolean fast_found = tact_rule_find (rule, text, length, k, anchored, TRUE, &fast_start,
					  &fast_end);

    if (found != fast_found || start != fast_start || end != fast_end)
	g_test_message ("%s/%s %s %zu of \"%s\"", rule->section, rule->name,
			anchored ? "at" : "searched from", k, text);
    g_assert_cmpint (found, ==, fast_found);
    g_assert_cmpuint (start, ==, fast_start);
    g_assert_cmpuint (end, ==, fast_end);
}

static void
check_grouped (const tact_rule_t *rule, const char *text)
{
    size_t length = strlen (text);

    for (size_t k = 0; k <= length; k++) {
	if (k < length && (text[k] & 0xc0) == 0x80)
	    continue;
	check_grouped_at (rule, text, length, k, TRUE);
	/* and searched for from there, at some places */
	if (k % 7 == 0)
	    check_grouped_at (rule, text, length, k, FALSE);
    }
}

static void
test_grouped_same (void)
{
    tact_lexicon_t *lexicon = NULL;
    g_autofree char *error = NULL;
    const GPtrArray *rules;

    g_assert_cmpint (tact_lexicon_load_builtin (&lexicon, "cues.lex", &error), ==, 0);
    rules = tact_lexicon_rules (lexicon);
    for (guint i = 0; i < rules->len; i++) {
	for (gsize t = 0; t < G_N_ELEMENTS (hard_texts); t++)
	    check_grouped (rules->pdata[i], hard_texts[t]);
	for (gsize t = 0; t < G_N_ELEMENTS (grouped_texts); t++)
	    check_grouped (rules->pdata[i], grouped_texts[t]);
    }
    tact_lexicon_free (lexicon);
    lexicon = parse_patterns ("test", grouped_patterns, G_N_ELEMENTS (grouped_patterns));
    rules = tact_lexicon_rules (lexicon);
    for (guint i = 0; i < rules->len; i++)
	for (gsize t = 0; t < G_N_ELEMENTS (grouped_texts); t++)
	    check_grouped (rules->pdata[i], grouped_texts[t]);
    tact_lexicon_free (lexicon);
}

/* Every rule's search reads its span from one match data, with room
 * for a span and no groups: a pattern with many groups, one that refers
 * to a group, and one that backtracks deep each still gives its own
 * span, in the interpreter and in machine code, whichever ran before.
 * The deep one repeats a choice 2,000 times, past the machine code's
 * stack: the interpreter finds it then, searched for or tried at its
 * start. */
static void
test_one_match_data (void)
{
    static const char *const patterns[] = {
	"(s)(o)(r)(r)(y) (a)(b)(o)(u)(t) (t)(h)(a)(t)",
	"\\b(\\w+) \\1\\b",
	"(?:ab|a)+c",
	"waiting",
    };
    g_autoptr (GString) text = g_string_new ("I am waiting, sorry about that, the the form");
    tact_lexicon_t *lexicon = parse_patterns ("test", patterns, G_N_ELEMENTS (patterns));
    const GPtrArray *rules = tact_lexicon_rules (lexicon);
    size_t deep;

    g_string_append (text, " ");
    deep = text->len;
    for (int i = 0; i < 2000; i++)
	g_string_append (text, "ab");
    g_string_append (text, "c");
    for (int round = 0; round < 2; round++) {
	for (int fast = 0; fast < 2; fast++) {
	    const size_t spans[][2] = { { 14, 30 }, { 32, 39 }, { deep, text->len }, { 5, 12 } };
	    size_t start, end;

	    for (guint i = 0; i < rules->len; i++) {
		g_assert_true (tact_rule_find (rules->pdata[i], text->str, text->len, 0, FALSE,
					       fast, &start, &end));
		g_test_message ("r%u: %zu-%zu", i, start, end);
		g_assert_cmpuint (start, ==, spans[i][0]);
		g_assert_cmpuint (end, ==, spans[i][1]);
		/* and tried where it starts, as the cue detector tries */
		g_assert_true (tact_rule_try (rules->pdata[i], text->str, text->len, spans[i][0],
					      fast, &start, &end));
		g_assert_cmpuint (start, ==, spans[i][0]);
		g_assert_cmpuint (end, ==, spans[i][1]);
	    }
	}
    }
    tact_lexicon_free (lexicon);
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    g_test_set_nonfatal_assertions ();
    for (size_t i = 0; i < G_N_ELEMENTS (next_cases); i++) {
	g_autofree char *name = g_strdup_printf ("/words/next-%02zu", i);
	g_test_add_data_func (name, &next_cases[i], check_next);
    }
    for (size_t i = 0; i < G_N_ELEMENTS (paths_cases); i++) {
	g_autofree char *name = g_strdup_printf ("/words/paths-%02zu", i);
	g_test_add_data_func (name, &paths_cases[i], check_paths);
    }
    for (size_t i = 0; i < G_N_ELEMENTS (needs_cases); i++) {
	g_autofree char *name = g_strdup_printf ("/words/needs-%02zu", i);
	g_test_add_data_func (name, &needs_cases[i], check_needs);
    }
    for (size_t i = 0; i < G_N_ELEMENTS (before_cases); i++) {
	g_autofree char *name = g_strdup_printf ("/words/before-%02zu", i);
	g_test_add_data_func (name, &before_cases[i], check_before);
    }
    for (size_t i = 0; i < G_N_ELEMENTS (start_cases); i++) {
	g_autofree char *name = g_strdup_printf ("/starts/case-%02zu", i);
	g_test_add_data_func (name, &start_cases[i], check_start);
    }
    g_test_add_func ("/starts/unplaced", test_unplaced);
    g_test_add_func ("/starts/hold", test_starts_hold);
    g_test_add_func ("/tries/grouped-same", test_grouped_same);
    g_test_add_func ("/words/builtin-nearby", test_builtin_nearby);
    g_test_add_func ("/words/builtin-paths", test_builtin_paths);
    g_test_add_func ("/words/path-tree", test_path_tree);
    g_test_add_func ("/words/builtin-tree", test_builtin_tree);
    g_test_add_func ("/words/path-walk", test_path_walk);
    g_test_add_func ("/words/builtin-walk", test_builtin_walk);
    g_test_add_func ("/words/numbers", test_numbers);
    g_test_add_func ("/words/sorted", test_sorted);
    g_test_add_func ("/prefilter/builtin", test_builtin_prefilter);
    g_test_add_func ("/prefilter/scan", test_prefilter_scan);
    g_test_add_func ("/find/one-match-data", test_one_match_data);
    return g_test_run ();
}
