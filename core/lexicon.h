/* lexicon.h - phrase and pattern lists read from data files
 *
 * A lexicon file holds sections; each section a list of named rules;
 * each rule a regular expression (PCRE2, matched case-insensitively, "^"
 * and "$" at line starts and ends), with an optional weight after its
 * name (1 when absent):
 *
 *     # a comment
 *     [attribution]
 *     english = ^On\b.*\bwrote:\s*$
 *     [frustration]
 *     double-bang 0.5 = !!
 *
 * An apostrophe in a pattern matches a straight or curly apostrophe, or
 * none ("can't" matches "cant" and "can’t").  Lexicons come in layers: a
 * file of the same name in a later folder adds rules, and replaces the
 * rules of the same section and name; an empty pattern removes a rule.
 * The built-in lexicons are compiled into libtact from templates/lexicon/,
 * their patterns compiled at build time.  See tact-lexicon(5).
 *
 * A lexicon is not to be used from two threads at once: its rules keep
 * their compiled patterns, made on first use.
 */
#ifndef TACT_LEXICON_H
#define TACT_LEXICON_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <glib.h>
#include <pcre2.h>

#include "tact.h"
#include "core/word-paths.h"

/* At most this many needs of a rule are kept (see nearby below); and
 * where a need's count of words is, past its reach and stop bytes. */
#define TACT_MAX_NEEDS 8
#define TACT_NEED_WORDS (1 + 8)

typedef struct tact_rule {
    char *section;
    char *name;
    char *pattern;
    double weight;
    char *origin;		/* "file:line", for error messages */
    pcre2_code *code;		/* read or compiled on first use (tact_rule_code) */
    const guint8 *encoded;	/* what the build compiled, serialized */
    size_t encoded_length;
    pcre2_code *anchored;	/* "\G(?:pattern)", for fast anchored tries */
    pcre2_code *searched;	/* for fast searches, when not code (see
				 * tact_rule_find) */
    gboolean compiled_to_machine_code;	/* anchored, tried */
    gboolean code_tried;		/* code compiled to machine code, tried */
    gboolean code_jit, anchored_jit;	/* which did compile to it */
    gboolean precompiled;	/* came compiled from the build */
    gboolean borrowed;		/* its strings and word lists belong to the
				 * compiled bytes */
    gboolean in_block;		/* one of the lexicon's block of rules */
    /* The words of the pattern (lower case, apostrophes dropped), as
     * numbers of the lexicon's words (tact_lexicon_word), each list a
     * count followed by that many numbers, sorted: first, the words it
     * can start with, or NULL when it can start with something else;
     * next, for each of those in turn, the words the next token can
     * then be, or NULL when any (see next_words in lexicon.c); and the
     * n_required sets of words of which a matching text must hold one
     * each. */
    const guint32 *first;
    const guint32 **next;
    const guint32 **required;
    guint32 n_required;
    /* The ways a match can begin, as tokens (see word-paths.h): the
     * number of values that follow, then each path as its length and
     * the numbers of its words, TACT_WORD_ANY for any token; NULL when
     * the pattern cannot be read that way.  Read with
     * tact_lexicon_rule_paths: a rule the build compiled finds them
     * there when first asked. */
    const guint32 *paths;
    guint32 paths_at;		/* where in what the build compiled */
    /* What a match that starts at a token needs near it (see
     * tact_pattern_needs and tact_pattern_capitals in word-paths.h):
     * the number of values that follow; how many capital letters it
     * starts with; how many needs; then each need as its reach in
     * characters (G_MAXUINT32 for none), its stop bytes as 256 bits in
     * eight numbers, its count of words and their numbers, and its
     * count of bytes and the bytes (the words sorted; the needs nearest
     * first, at most TACT_MAX_NEEDS); then the count of the words the
     * token before it may be (tact_pattern_words_before; none: any)
     * and their numbers, sorted.  NULL when it needs nothing of the
     * kind. */
    const guint32 *nearby;
    /* A rule the build compiled: where its nearby list is in the
     * compiled bytes (its count first), or NULL; read, checked and
     * copied to nearby (owned by the rule) when first asked for, see
     * tact_lexicon_rule_nearby. */
    const guint8 *nearby_bytes;
    guint32 number;		/* its place in what the build compiled */
    guint32 place;		/* its place in tact_lexicon_rules */
    gboolean failed;		/* does not compile: never matches */
    int prefilter_id;		/* its number in the lexicon's prefilter, or -1 */
} tact_rule_t;

typedef struct tact_lexicon tact_lexicon_t;

/* Parse lexicon text; name is used in error messages ("file:line: …").
 * Every pattern is compiled, so that a bad one is reported now. */
tact_status_t
tact_lexicon_parse (tact_lexicon_t **out, const char *name,
		    const char *text, size_t length, char **error_message);

/* Load a lexicon compiled into libtact, by file name ("quoting.lex"). */
tact_status_t
tact_lexicon_load_builtin (tact_lexicon_t **out, const char *file,
			   char **error_message);

/* Load the built-in lexicon file, then the file of the same name in each
 * of dirs (NULL-terminated, may be NULL) where one exists, each layer
 * adding to and overriding the ones before. */
tact_status_t
tact_lexicon_load_layers (tact_lexicon_t **out, const char *file,
			  const char *const *dirs, char **error_message);

/* The rule's compiled pattern, read from what the build compiled or
 * compiled now on first use; NULL when it does not compile. */
const pcre2_code *
tact_rule_code (const tact_rule_t *rule);

/* Find rule's pattern in text from offset: with anchored, only a match
 * that starts at offset.  On a match, its byte span goes to *start and
 * *end.  With fast, the pattern is compiled to machine code first, which
 * costs more than one short search and pays off over many. */
gboolean
tact_rule_find (const tact_rule_t *rule, const char *text, size_t length,
		size_t offset, gboolean anchored, gboolean fast,
		size_t *start, size_t *end);

/* The same, anchored at offset, straight into the machine code once
 * the rule is in it: the way of the cue detector's many short tries.
 * Every search and try of a thread reads its span from one match data,
 * which stays in the processor's cache where each rule's own, one of
 * hundreds, seldom would. */
gboolean
tact_rule_try (const tact_rule_t *rule, const char *text, size_t length, size_t offset,
	       gboolean fast, size_t *start, size_t *end);

/* Compile every rule now; the first that does not compile is an error
 * naming its file and line. */
tact_status_t
tact_lexicon_check (const tact_lexicon_t *lexicon, char **error_message);

/* The compiled patterns of a lexicon's rules, in file order, serialized
 * for tact_lexicon_load_builtin (the build compiles the built-in
 * lexicons this way), with the prefilter of prefilter_length bytes
 * (see prefilter.h; none when 0) for the rules whose prefilter_id is
 * below prefilter_size.  Free *out with g_free. */
tact_status_t
tact_lexicon_encode (const tact_lexicon_t *lexicon, const char *text, size_t length,
		     const guint8 *prefilter, size_t prefilter_length, guint32 prefilter_size,
		     guint8 **out, size_t *out_length, char **error_message);

/* The rule's pattern as it is compiled (apostrophes expanded), for
 * other engines; free with g_free. */
char *
tact_rule_expanded_pattern (const tact_rule_t *rule);

/* Where any match of a rule can start, and what it holds, as PCRE2
 * tells of its compiled pattern (the bytes it starts with, a byte every
 * match holds, that it starts only where a line does), each a set of
 * bytes as 256 bits: never less than where PCRE2 can match, with case
 * (and 's' and 'k' for 'ſ' and the Kelvin sign) and UTF-8 counted. */
typedef struct tact_rule_starts {
    gboolean at_lines;		/* only where a line (or the text) starts */
    guint8 first[32];		/* the match's first byte; at_lines, the
				 * line's */
    gboolean past_space;	/* at_lines: the pattern starts with white
				 * space, and its first byte past that is
				 * one of after_space */
    guint8 after_space[32];
    guint8 holds[32];		/* every match holds one of these (the
				 * last byte PCRE2 says it needs, or one
				 * the reading of word-paths.c does) */
    /* What the reading of word-paths.c tells of where a match starts
     * (tact_pattern_start: the bytes before it, and the second and
     * third), its first bytes left to first above, which PCRE2's may
     * narrow; and when by_anchor (its places found so, few where the
     * others are many), the run before the anchor.  At_lines, only the
     * bytes of its first characters (depth) mean anything: those of
     * the pattern past the line start, or past the white space when
     * past_space. */
    tact_pattern_start_t start;
    gboolean by_anchor;
} tact_rule_starts_t;

/* Fill *starts for rule; TRUE when the places where its matches can
 * start are few in most texts (by a rough share of each byte in text),
 * so that the rule is best tried only there: the detector then does
 * so, and the build does not prefilter it. */
gboolean
tact_rule_starts (const tact_rule_t *rule, tact_rule_starts_t *starts);

/* Which of the rules the build prefiltered (those with a prefilter_id)
 * may match text: hits, of tact_lexicon_prefilter_size bytes, gets 1 at
 * the prefilter_id of each.  Returns FALSE, when the lexicon has no
 * prefilter or this machine cannot run it: then any rule may match.
 * The prefilter is loaded on the first call. */
gboolean
tact_lexicon_prefilter (const tact_lexicon_t *lexicon, const char *text, size_t length,
			guint8 *hits);

guint
tact_lexicon_prefilter_size (const tact_lexicon_t *lexicon);

/* The word of number in the lexicon's rules (see tact_rule_t), or NULL;
 * and how many words they have. */
const char *
tact_lexicon_word (const tact_lexicon_t *lexicon, guint32 number);

guint32
tact_lexicon_count_words (const tact_lexicon_t *lexicon);

/* All the words, by number; borrowed. */
const char *const *
tact_lexicon_words (const tact_lexicon_t *lexicon);

/* Whether the words are numbered in the order of their text (strcmp),
 * so that a word is found by binary search.  The build sorts the
 * built-in lexicons' words with tact_lexicon_sort_words; a word that a
 * later layer adds comes last, and then they are not. */
gboolean
tact_lexicon_words_sorted (const tact_lexicon_t *lexicon);

/* Number the words in the order of their text, renumbering the rules'
 * lists; for a lexicon read from text only. */
void
tact_lexicon_sort_words (tact_lexicon_t *lexicon);

#define TACT_WORD_ANY (G_MAXUINT32 - 2)

/* The tree of the paths of the lexicon's rules that start with a word
 * (see word-paths.h; a rule without paths goes in by its first words
 * and their next words), its rules numbered by their place in
 * tact_lexicon_rules: the one the build made, when the rules are still
 * those it compiled, else one made now, which costs more than reading
 * a message.  Borrowed. */
const struct tact_path_tree *
tact_lexicon_path_tree (const tact_lexicon_t *lexicon);

/* Whether tact_lexicon_path_tree costs nothing: the build made it. */
gboolean
tact_lexicon_path_tree_ready (const tact_lexicon_t *lexicon);

/* The rule's paths (see tact_rule_t), or NULL; borrowed. */
const guint32 *
tact_lexicon_rule_paths (const tact_lexicon_t *lexicon, const tact_rule_t *rule);

/* What a match of rule needs near its start (rule->nearby, see
 * tact_rule_t), its words checked to be the lexicon's when first asked
 * for: a list the build compiled that fails the check needs nothing. */
const guint32 *
tact_lexicon_rule_nearby (const tact_lexicon_t *lexicon, const tact_rule_t *rule);

/* Past the white space the lexicon reads between a pattern's first
 * word and its next one (" ", " +", "\\s", "\\s+", after any "\\b"), or
 * NULL when s is not that. */
const char *
tact_pattern_past_space (const char *s);

/* Whether a list of word numbers (see tact_rule_t) holds word. */
gboolean
tact_words_contain (const guint32 *list, guint32 word);

/* Whether the built-in lexicon file ("cues.lex") came compiled from its
 * very text (the compiled form records the text's SHA-1). */
gboolean
tact_lexicon_builtin_is_current (const char *file);

/* How many of the lexicon's rules came compiled from the build. */
size_t
tact_lexicon_count_precompiled (const tact_lexicon_t *lexicon);

/* Every rule, in file order (later layers after). */
const GPtrArray *
tact_lexicon_rules (const tact_lexicon_t *lexicon);

/* The rules of one section, in file order; never NULL (an empty array
 * when the section is missing).  Borrowed from the lexicon. */
const GPtrArray *
tact_lexicon_section (const tact_lexicon_t *lexicon, const char *section);

/* The first rule of section whose pattern matches text, or NULL; with
 * fast, as for tact_rule_find. */
const tact_rule_t *
tact_lexicon_match (const tact_lexicon_t *lexicon, const char *section,
		    const char *text, gboolean fast);

/* The same for the length bytes at text, which need not end there: the
 * patterns see those bytes only, as if they were a string of their own. */
const tact_rule_t *
tact_lexicon_match_length (const tact_lexicon_t *lexicon, const char *section,
			   const char *text, size_t length, gboolean fast);

void
tact_lexicon_free (tact_lexicon_t *lexicon);

#endif
