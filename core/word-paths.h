/* word-paths.h - the tokens a pattern's matches begin with
 *
 * The cue detector reads a text as tokens (letters, digits and
 * apostrophes; lower case, apostrophes dropped) and tries a rule at a
 * token only where that token and the next ones can begin a match of
 * the rule's pattern.  tact_pattern_paths lists those beginnings: each
 * path is up to TACT_PATH_DEPTH words, separated by one space, where
 * "*" stands for any token; a match of the pattern that starts at a
 * token start reads, as tokens, as one of the paths followed by
 * anything.  What the reading does not understand ends a path early,
 * so the paths are only ever a necessary condition.
 */
#ifndef TACT_WORD_PATHS_H
#define TACT_WORD_PATHS_H

#include <glib.h>

#define TACT_PATH_DEPTH 3
#define TACT_PATH_ANY "*"

/* The paths of pattern (lexicon syntax, see tact-lexicon(5)) as a set
 * of strings, or NULL when a match need not begin with a whole plain
 * word, or the pattern is beyond this reading. */
GHashTable *
tact_pattern_paths (const char *pattern);

#endif
