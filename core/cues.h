/* cues.h - the cues stage: what a good agent notices in a message, each
 * finding pointing at the words that triggered it, and the thread's
 * facts (waiting, repeat contact, channel, register). */
#ifndef TACT_CUES_H
#define TACT_CUES_H

#include <glib.h>

#include "tact.h"
#include "core/lexicon.h"

struct tact_cue {
    tact_flag_t kind;
    size_t start;		/* byte offsets in the text searched */
    size_t end;
    gboolean in_signature;
    char *text;
    const char *rule;		/* "section/name", interned (g_intern_string):
				 * the cue does not own it */
    double weight;
    /* The block text is in when it shares one with the other cues one
     * tact_detector_find kept (freed with the last of them), or NULL
     * when the text is its own: either way tact_cue_clear frees what
     * the cue holds. */
    gpointer texts;
};

/* The compiled cue lexicon: rules indexed by the words they start with. */
typedef struct tact_detector tact_detector_t;

/* A hunspell dictionary, loaded on first use (fluency.c). */
typedef struct tact_speller tact_speller_t;

tact_status_t
tact_detector_new (tact_detector_t **out, const char *const *lexicon_dirs,
		   char **error_message);

void
tact_detector_free (tact_detector_t *detector);

/* Append to cues (an array of struct tact_cue) the cues found in text,
 * with offsets into text.  Text in code blocks, log lines, quotes,
 * URLs and addresses does not count; negated and hypothetical phrases
 * ("not confusing at all", "if it doesn't work I'll write") do not
 * fire.  Free each cue's text with tact_cue_clear.  A detector reads
 * one text at a time: it keeps what it made to read faster, and room
 * for the next text, and is not to be shared between threads.
 * Nonfluent cues are not among them: they are looked for only when
 * fluency is judged (tact_detector_find_nonfluent). */
void
tact_detector_find (const tact_detector_t *detector, const char *text,
		    size_t length, gboolean in_signature, GArray *cues);

/* Append to cues the nonfluent cues found in text (the lexicon's
 * [nonfluent] patterns, "I have a doubt", "since 3 days"), in their
 * places among those already there: what tact_fluency_judge reads,
 * for a customer's message long enough to judge.  The detector for
 * them is made on first use. */
void
tact_detector_find_nonfluent (const tact_detector_t *detector, const char *text,
			      size_t length, GArray *cues);

void
tact_cue_clear (struct tact_cue *cue);

/* The score of each flag from cues, and the flags set.  Fluency is left
 * to tact_fluency_judge. */
void
tact_cues_score (const GArray *cues, double score[TACT_FLAG_LAST_FLAG],
		 int flags[TACT_FLAG_LAST_FLAG]);

/* The cues of one message (its new text, and the register cues of its
 * signature, which may be NULL) appended to cues, with the score and
 * flags they give; fluency is judged for customers only. */
void
tact_cues_of_message (const tact_detector_t *detector, tact_speller_t *speller,
		      const char *text, const char *signature, gboolean is_agent,
		      GArray *cues, double score[TACT_FLAG_LAST_FLAG],
		      int flags[TACT_FLAG_LAST_FLAG]);

/* The number of words in text that a fluency judgement can use. */
size_t
tact_detector_count_words (const char *text, size_t length);

/* ---- fluency (fluency.c) ---- */

/* A spell checker on the hunspell dictionaries at path (each without
 * ".aff"/".dic", several separated by ";"), each loaded on first use: a
 * word is known when one of them knows it, and a dictionary is loaded
 * only for a word those before it do not know.  NULL or "" path, or no
 * dictionary found: fluency unknown. */
tact_speller_t *
tact_speller_new (const char *path);

void
tact_speller_free (tact_speller_t *speller);

/* Judge whether text reads as written in a second language, from its
 * nonfluent patterns, which detector (unless NULL) adds to cues first
 * (see tact_detector_find_nonfluent), and the rate of misspelled words;
 * may add "fluency/misspelled" cues.  Returns 1, 0, or -1 when unknown
 * (no dictionary).  Short texts are never judged non-fluent, and no
 * pattern is looked for in them. */
int
tact_fluency_judge (const tact_detector_t *detector, tact_speller_t *speller,
		    const char *text, size_t length, GArray *cues);

/* Whether the word at [start, end) of text is one hunspell can fairly
 * judge: letters only, three to 24, not shouted, not a name
 * (capitalized inside a sentence), not part of an address, a path or a
 * URL.  *lower_first: it starts a sentence with a capital. */
gboolean
tact_fluency_checkable (const char *text, size_t length, size_t start, size_t end,
			gboolean *lower_first);

/* The next word from *at in text that hunspell can fairly judge
 * (tact_fluency_checkable), at [*start, *end), with *at moved past it;
 * FALSE when there is none.  The halves of a contraction or a
 * possessive ("didn" of "didn't") are not words. */
gboolean
tact_fluency_next_word (const char *text, size_t length, size_t *at, size_t *start,
			size_t *end, gboolean *lower_first);

/* One word: 1 when the dictionary knows it (or it was added), 0 when
 * not, -1 when there is no dictionary.  Loads the dictionary. */
int
tact_speller_check (tact_speller_t *speller, const char *word);

/* Accept word from now on (a project word list). */
void
tact_speller_add_word (tact_speller_t *speller, const char *word);

/* Accept the words of tact's word list and of the words.txt of each of
 * folders (NULL-terminated; a folder without one is passed over), read
 * when a dictionary is first loaded. */
void
tact_speller_add_word_lists (tact_speller_t *speller, const char *const *folders);

/* How many of the speller's dictionaries are loaded. */
guint
tact_speller_count_loaded (const tact_speller_t *speller);

/* Up to three suggestions for word, ", "-separated, or NULL. */
char *
tact_speller_suggest (tact_speller_t *speller, const char *word);

#endif
