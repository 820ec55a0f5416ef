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

/* The paths of many rules merged into one tree, which the detector
 * walks from each token of a text with that token and the next ones:
 * the rules of the nodes it reaches are those worth trying there.
 * Node 0 is the root, whose children are found by word number in root;
 * any other node's are its edges, sorted by word, and "any" for any
 * token.  Rules are numbers the caller gave.  Built by the build for
 * the built-in lexicons (see lexicon.h), or by tact_path_tree_build. */
typedef struct tact_path_node {
    guint32 edges, n_edges;	/* in the tree's edges */
    guint32 any;		/* the node any token leads to, or 0 */
    guint32 rules, n_rules;	/* in the tree's rules, sorted */
} tact_path_node_t;

typedef struct tact_path_edge {
    guint32 word, node;
} tact_path_edge_t;

typedef struct tact_path_tree {
    const guint32 *root;	/* by word number: its node, or 0 */
    guint32 n_words;
    const tact_path_node_t *nodes;
    guint32 n_nodes;
    const tact_path_edge_t *edges;
    guint32 n_edges;
    const guint32 *rules;
    guint32 n_rules;
    gboolean built;		/* its arrays its own, or borrowed */
} tact_path_tree_t;

/* The tree of the paths of rules 0 to n_rules - 1: paths_of gives a
 * rule's paths as numbers (see tact_rule_t in lexicon.h: the number of
 * values, then each path as its length and its words, where any is a
 * word for any token), or NULL to leave the rule out.  Words are below
 * n_words. */
tact_path_tree_t *
tact_path_tree_build (guint32 n_words, guint32 n_rules, guint32 any,
		      const guint32 *(*paths_of) (guint32 rule, gpointer data), gpointer data);

/* The tree as one block of numbers, for the build to keep; and back,
 * borrowing them (NULL when they do not hold a tree of n_words).  A
 * borrowed tree's numbers are not checked here, which would cost every
 * run the whole tree: whoever walks it checks each number it uses
 * (tact_path_tree_child and the like). */
guint32 *
tact_path_tree_serialize (const tact_path_tree_t *tree, size_t *length);

tact_path_tree_t *
tact_path_tree_borrow (const guint32 *values, size_t length, guint32 n_words);

void
tact_path_tree_free (tact_path_tree_t *tree);

/* The node word leads to from node n, or 0: by the root's array, or by
 * binary search in the node's edges; out-of-range numbers lead
 * nowhere. */
static inline guint32
tact_path_tree_child (const tact_path_tree_t *tree, guint32 n, guint32 word)
{
    const tact_path_node_t *node;
    const tact_path_edge_t *edges;
    guint32 low = 0, high, child;

    if (n == 0) {
	child = word < tree->n_words ? tree->root[word] : 0;
	return child < tree->n_nodes ? child : 0;
    }
    node = &tree->nodes[n];
    if (node->edges > tree->n_edges || node->n_edges > tree->n_edges - node->edges)
	return 0;
    edges = tree->edges + node->edges;
    high = node->n_edges;
    while (low < high) {
	guint32 middle = low + (high - low) / 2;

	if (edges[middle].word < word)
	    low = middle + 1;
	else
	    high = middle;
    }
    if (low == node->n_edges || edges[low].word != word)
	return 0;
    return edges[low].node < tree->n_nodes ? edges[low].node : 0;
}

/* The paths of pattern (lexicon syntax, see tact-lexicon(5)) as a set
 * of strings, or NULL when a match need not begin with a whole plain
 * word, or the pattern is beyond this reading. */
GHashTable *
tact_pattern_paths (const char *pattern);

/* What any match of a pattern needs past its start, found by the same
 * reading (see word-paths.c): one of a few words that stands whole in
 * the text (a token, or its part before or after an apostrophe), or
 * one of a few bytes, starting at most reach characters from the
 * match start, and before the first of the stop bytes there (when
 * the reach is not bounded, those include a full stop or a line
 * break).  Only ever a necessary condition: what the reading does not
 * understand needs nothing. */
#define TACT_NEED_BYTES 10

typedef struct tact_need {
    guint reach;		/* or G_MAXUINT: no bound */
    guint8 stop[32];		/* bytes, as 256 bits, that no part before
				 * it holds: it comes before the first */
    GPtrArray *words;		/* lower case, apostrophes dropped */
    guint8 bytes[TACT_NEED_BYTES];
    guint n_bytes;
} tact_need_t;

void
tact_need_free (tact_need_t *need);

/* The needs of a match of pattern that starts at a token, nearest
 * first (none past the first character); NULL when the pattern is
 * beyond this reading. */
GPtrArray *
tact_pattern_needs (const char *pattern);

/* The words the token before a match of pattern must be, when the
 * match starts at a token, as a look-behind after its first words says
 * ("open\\b(?<=\\bfor open)": "for"); NULL when it says nothing of
 * the kind. */
GPtrArray *
tact_pattern_words_before (const char *pattern);

/* How many characters a match of pattern starts with that are capital
 * ASCII letters, as a case-sensitive pattern of a choice of words in
 * capitals says ("(?-i)\\b(NOT|NO)\\b" starts with two); 0 when it
 * says nothing of the kind. */
guint
tact_pattern_capitals (const char *pattern);

#endif
