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

/* The tree as the cue detector walks it: its rules numbered as the
 * detector's entries, and each node written out with what the walk
 * reads there next to each other, so that a step costs a load or two
 * of memory that is mostly in the processor's cache rather than one for
 * the node, one for its rules and several for a binary search over its
 * edges.  The nodes below a word of the root are written out the first
 * time the walk meets that word, so that a detector that reads a few
 * messages pays for the few words they hold, not for the whole tree.
 *
 * The nodes of each depth are together in values[depth], those of the
 * first depth, read at a third of a text's tokens, in little memory.
 * A child is a reference: a node's place in the next depth's values,
 * or, for a node with one entry and nothing below it (most nodes at the
 * depth), that entry with TACT_PATH_LEAF set; 0 is no child.  The
 * reference of a node that has entries also has TACT_PATH_ENTRIES set,
 * which tells a walk without reading the node that most nodes have
 * none (their place is the reference's TACT_PATH_PLACE bits).  A node
 * above the depth is its "any" child, a filter of the words of its
 * edges (the number of its 32-bit values minus one, a power of two,
 * then them: a bit for each word, see tact_path_walk_bit, some 8 bits
 * for each edge), its number of entries, the entries in increasing
 * order, its number of edges, their words in increasing order and their
 * children in the same order; a node at the depth is its number of
 * entries and the entries only.  What a step reads first, the any child
 * and the filter, is at the node's start, where it is found without
 * waiting for another load.  Edges and nodes that lead to no entry are
 * left out. */
typedef struct tact_path_walk {
    const tact_path_tree_t *tree;
    guint32 *entry_of_rule;	/* see tact_path_walk_new */
    guint32 n_rules;
    guint32 *root;		/* by word number: the root's child, or 0,
				 * or TACT_PATH_UNMADE; and 0 for n_words */
    guint64 *next;		/* by word number, the same way, 256 bits
				 * each: those of the words its child goes
				 * on with (see tact_path_walk_next), or
				 * all when it may give entries whatever
				 * follows, or is not made yet; none for
				 * no child */
    guint32 n_words;
    guint32 *values[TACT_PATH_DEPTH + 1];
    guint32 length[TACT_PATH_DEPTH + 1], size[TACT_PATH_DEPTH + 1];
    size_t room;		/* values that may still be written */
} tact_path_walk_t;

#define TACT_PATH_LEAF 0x80000000u
#define TACT_PATH_ENTRIES 0x40000000u
#define TACT_PATH_PLACE (TACT_PATH_ENTRIES - 1)
#define TACT_PATH_UNMADE G_MAXUINT32

/* The walk of tree, whose rule r is entry entry_of_rule[r] - 1 (none
 * when 0, or r is not below n_rules); it keeps tree, which must outlive
 * it. */
tact_path_walk_t *
tact_path_walk_new (const tact_path_tree_t *tree, const guint32 *entry_of_rule, guint32 n_rules);

void
tact_path_walk_free (tact_path_walk_t *walk);

/* Write out the nodes below word of the root; returns its child. */
guint32
tact_path_walk_make (tact_path_walk_t *walk, guint32 word);

/* The bit of a word in a node's filter: bit b % 32 of its value
 * b / 32, wrapped around to its size. */
static inline guint32
tact_path_walk_bit (guint32 word)
{
    return (word * 0x9e3779b1u) >> 16;
}

/* The root's child for word, or 0; without a branch on whether word is
 * one of the lexicon's (NO_WORD, or any number past them, reads the 0
 * at n_words), which the tokens of a text do not let the processor
 * foresee. */
static inline guint32
tact_path_walk_root (tact_path_walk_t *walk, guint32 word)
{
    guint32 ref = walk->root[MIN (word, walk->n_words)];

    return G_LIKELY (ref != TACT_PATH_UNMADE) ? ref : tact_path_walk_make (walk, word);
}

/* The bit of word next among a root child's 256 (see
 * tact_path_walk_t): one of the first 255 for a word of the lexicon,
 * the last, which only a child that goes on with anything has, for any
 * other number (NO_WORD). */
static inline guint32
tact_path_walk_next_bit (const tact_path_walk_t *walk, guint32 next)
{
    /* (computed, not branched on, as whether a text's word is one of
     * the lexicon's cannot be foreseen) */
    return ((tact_path_walk_bit (next) * 255) >> 16) | (255 & -(guint32) (next >= walk->n_words));
}

/* The 256 bits of the root's child for word (see tact_path_walk_t), as
 * tact_path_walk_next reads them: with tact_path_walk_row_has, what
 * tact_path_walk_next tells, when the row or the bit of next is found
 * once for many questions. */
static inline const guint64 *
tact_path_walk_row (const tact_path_walk_t *walk, guint32 word)
{
    return &walk->next[4 * MIN (word, walk->n_words)];
}

static inline gboolean
tact_path_walk_row_has (const guint64 *row, guint32 bit)
{
    return (row[bit / 64] >> (bit % 64)) & 1;
}

/* Whether the root's child for word may give entries when word is
 * followed by a token of word next (either may be NO_WORD): a load and
 * a few operations, and no branch, which tell most tokens of a text
 * that their walk would give nothing.  A token that may hold any word
 * (see the cue detector's walk) must be let through by whoever asks. */
static inline gboolean
tact_path_walk_next (const tact_path_walk_t *walk, guint32 word, guint32 next)
{
    return tact_path_walk_row_has (tact_path_walk_row (walk, word),
				   tact_path_walk_next_bit (walk, next));
}

/* The entries of the node ref (no leaf) at depth: their number, then
 * them. */
static inline const guint32 *
tact_path_walk_entries (const tact_path_walk_t *walk, guint depth, guint32 ref)
{
    const guint32 *node = walk->values[depth] + (ref & TACT_PATH_PLACE);

    return depth < TACT_PATH_DEPTH ? node + 3 + node[1] : node;
}

/* The "any" child of node ref (no leaf) above the depth, or 0. */
static inline guint32
tact_path_walk_any (const tact_path_walk_t *walk, guint depth, guint32 ref)
{
    return walk->values[depth][ref & TACT_PATH_PLACE];
}

/* The edges of node ref (no leaf) above the depth: their number, then
 * their words, then their children. */
static inline const guint32 *
tact_path_walk_edges (const tact_path_walk_t *walk, guint depth, guint32 ref)
{
    const guint32 *entries = tact_path_walk_entries (walk, depth, ref);

    return entries + 1 + entries[0];
}

/* The child of node ref (no leaf) above the depth for word, or 0 (as
 * for a number that is no word): most words are not one of the node's,
 * which its filter tells at once; others by a binary search without
 * branches on the words compared. */
static inline guint32
tact_path_walk_child (const tact_path_walk_t *walk, guint depth, guint32 ref, guint32 word)
{
    const guint32 *node = walk->values[depth] + (ref & TACT_PATH_PLACE);
    guint32 bit = tact_path_walk_bit (word), n_edges, n;
    const guint32 *base;

    if (! (node[2 + ((bit >> 5) & node[1])] & (1u << (bit & 31))))
	return 0;
    base = tact_path_walk_edges (walk, depth, ref);
    n_edges = *base++;
    for (n = n_edges; n > 1;) {
	guint32 half = n / 2;

	base = base[half] <= word ? base + half : base;
	n -= half;
    }
    return *base == word ? base[n_edges] : 0;
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

/* Past the character class that opens at s ("[...]") of a pattern, or
 * past its group that opens at s ("(...)"); NULL when the pattern ends
 * first. */
const char *
tact_pattern_past_class (const char *s);

const char *
tact_pattern_past_group (const char *s);

/* How many characters a match of pattern starts with that are capital
 * ASCII letters, as a case-sensitive pattern of a choice of words in
 * capitals says ("(?-i)\\b(NOT|NO)\\b" starts with two); 0 when it
 * says nothing of the kind. */
guint
tact_pattern_capitals (const char *pattern);

/* Where a match of pattern can start, byte by byte, as bits of 256:
 * the bytes it can start with; for each of those of ASCII, the bytes
 * that can come second, and for each second byte of ASCII (after a
 * first of ASCII), those that can come third (past the match, as far as a look-ahead at its
 * end tells); and the bytes that can come before it, as a boundary or
 * a look-behind before its first character tells (at the start of a
 * text, any may), when it starts with a byte of \w (ASCII letters,
 * digits, '_'), and when it starts with another.  Never less than where PCRE2 can match (the letters
 * in either case but in a pattern that starts with "(?-i)", 'ſ' and
 * the Kelvin sign for 's' and 'k').  FALSE, all bits set, when the
 * pattern is beyond this reading or may match no text.  A match that
 * holds at least min_chars characters (as PCRE2 tells), when 2 or more,
 * holds a second character that follows its first.  And for each of
 * its first TACT_START_DEPTH characters, whatever came before, the
 * bytes it can start with: byte k of a match is its character k while
 * the bytes before are of ASCII; and for each byte of ASCII that can
 * come right before it, those its look-behinds let come before that
 * one. */
#define TACT_START_DEPTH 8

typedef struct tact_pattern_start {
    guint8 before[32], before_other[32];
    guint8 first[32];
    guint8 second[128][32];
    guint8 third[128][32];
    guint8 depth[TACT_START_DEPTH][32];
    guint8 before2[128][32];
    /* When a match starts with a run of bytes of run (a class
     * repeated, "[a-z0-9]+"), then one of anchor, which is not of run
     * (led): it starts in a run that ends before a byte of anchor; and
     * when no byte that can come before it is of run (anchored), where
     * such a run does, which a look back from the anchor finds. */
    gboolean led, anchored;
    guint8 run[32], anchor[32];
} tact_pattern_start_t;

gboolean
tact_pattern_start (const char *pattern, guint min_chars, tact_pattern_start_t *start);

/* Whether the bytes of s from k on can be those of a match's first
 * characters (its first depth, at most TACT_START_DEPTH), and the two
 * before k those its look-behinds let come, as start says: a look at
 * each of a few bytes, which spares most tries that would fail.
 * Inline: the cue detector asks at many places of a text. */
static inline gboolean
tact_pattern_may_start_to (const tact_pattern_start_t *start, guint depth, const guchar *s,
			   size_t k, size_t length)
{
#define TACT_START_HAS(set, b) ((((set)[(guchar) (b) / 8]) >> ((guchar) (b) % 8)) & 1)
    if (k >= 2 && s[k - 1] < 0x80 && ! TACT_START_HAS (start->before2[s[k - 1]], s[k - 2]))
	return FALSE;
    for (guint i = 0; i < depth && k + i < length; i++) {
	if (! TACT_START_HAS (start->depth[i], s[k + i]))
	    return FALSE;
	if (s[k + i] >= 0x80)
	    break;		/* (byte i is character i no further) */
    }
    return TRUE;
#undef TACT_START_HAS
}

static inline gboolean
tact_pattern_may_start (const tact_pattern_start_t *start, const guchar *s, size_t k,
			size_t length)
{
    return tact_pattern_may_start_to (start, TACT_START_DEPTH, s, k, length);
}

/* How many of start's first characters tact_pattern_may_start need
 * look at: those up to the last whose bytes are not all bytes (past
 * it, every byte may come). */
static inline guint
tact_pattern_start_depth (const tact_pattern_start_t *start)
{
    guint depth = TACT_START_DEPTH;

    while (depth > 0) {
	guint k = 0;

	while (k < 32 && start->depth[depth - 1][k] == 0xff)
	    k++;
	if (k < 32)
	    break;
	depth--;
    }
    return depth;
}

#endif
