/* lexicon.h - phrase and pattern lists read from data files
 *
 * A lexicon file holds sections; each section a list of named rules;
 * each rule a regular expression (PCRE, matched case-insensitively):
 *
 *     # a comment
 *     [attribution]
 *     english = ^On\b.*\bwrote:\s*$
 *
 * The built-in lexicons are compiled into libtact from templates/lexicon/.
 */
#ifndef TACT_LEXICON_H
#define TACT_LEXICON_H

#include <glib.h>

#include "tact.h"

typedef struct tact_rule {
    char *section;
    char *name;
    char *pattern;
    GRegex *regex;
    unsigned int line;		/* line in the file, for error messages */
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
