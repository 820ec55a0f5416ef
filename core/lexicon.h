/* lexicon.h - phrase and pattern lists read from data files
 *
 * A lexicon file holds sections; each section a list of named rules;
 * each rule a regular expression (PCRE, matched case-insensitively, "^"
 * and "$" at line starts and ends), with
 * an optional weight after its name (1 when absent):
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
 * The built-in lexicons are compiled into libtact from templates/lexicon/.
 * See tact-lexicon(5).
 */
#ifndef TACT_LEXICON_H
#define TACT_LEXICON_H

#include <glib.h>

#include "tact.h"

typedef struct tact_rule {
    char *section;
    char *name;
    char *pattern;
    GRegex *regex;		/* compiled on first use: see tact_rule_regex */
    GRegex *fast_regex;		/* the same compiled to machine code, for
				 * searching long texts */
    double weight;
    char *origin;		/* "file:line", for error messages */
} tact_rule_t;

typedef struct tact_lexicon tact_lexicon_t;

/* Parse lexicon text; name is used in error messages ("file:line: …"). */
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

/* The compiled pattern of rule, compiled on first use (built-in rules
 * are compiled lazily, so that a process pays only for the rules its
 * text reaches); NULL if it does not compile. */
const GRegex *
tact_rule_regex (const tact_rule_t *rule);

/* The same compiled to machine code when fast is set: that costs more
 * than a short text's whole search, and pays off over long texts. */
const GRegex *
tact_rule_regex_for (const tact_rule_t *rule, gboolean fast);

/* Compile every rule now; the first that does not compile is an error
 * naming its file and line. */
tact_status_t
tact_lexicon_check (const tact_lexicon_t *lexicon, char **error_message);

/* Every rule, in file order (later layers after). */
const GPtrArray *
tact_lexicon_rules (const tact_lexicon_t *lexicon);

/* The rules of one section, in file order; never NULL (an empty array
 * when the section is missing).  Borrowed from the lexicon. */
const GPtrArray *
tact_lexicon_section (const tact_lexicon_t *lexicon, const char *section);

/* The first rule of section whose regex matches text, or NULL. */
const tact_rule_t *
tact_lexicon_match (const tact_lexicon_t *lexicon, const char *section,
		    const char *text);

void
tact_lexicon_free (tact_lexicon_t *lexicon);

#endif
