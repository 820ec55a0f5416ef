/* word-paths.c - the tokens a pattern's matches begin with (see
 * word-paths.h).
 *
 * The pattern is read into a small tree, the tree made into a machine
 * of states (Thompson's construction, built back to front), and the
 * machine walked as the detector reads text: letters and digits make a
 * token, an apostrophe is dropped, anything else between two tokens
 * separates them.  PCRE2 keeps its parse of a pattern to itself, so this
 * reads the plain parts of the syntax by hand; whatever else a pattern
 * holds (a class that may be a letter or a space, "." and the like)
 * ends the walk there, which only makes a path shorter, never wrong.
 * Look-arounds and anchors match no text and are passed over, which
 * also only widens the paths.
 */
#include "config.h"

#include <string.h>

#include "core/word-paths.h"

/* ---- the tree ---- */

typedef enum {
    NODE_CHAR,			/* a letter or digit (lower case) */
    NODE_TOKEN_CHAR,		/* any letter or digit */
    NODE_SEPARATOR,		/* a space or punctuation */
    NODE_ANY,			/* anything: the reading stops here */
    NODE_EMPTY,			/* no text: an anchor, a look-around, an apostrophe */
    NODE_BOUNDARY,		/* "\\b": after a letter, the token ends */
    NODE_SEQUENCE,
    NODE_CHOICE,
    NODE_REPEAT,
} node_kind_t;

#define UNBOUNDED G_MAXUINT

typedef struct node {
    node_kind_t kind;
    char c;
    guint min, max;
    GPtrArray *children;
} node_t;

static void
node_free (gpointer data)
{
    node_t *node = data;

    if (node->children)
	g_ptr_array_unref (node->children);
    g_free (node);
}

static node_t *
node_new (node_kind_t kind)
{
    node_t *node = g_new0 (node_t, 1);

    node->kind = kind;
    if (kind == NODE_SEQUENCE || kind == NODE_CHOICE || kind == NODE_REPEAT)
	node->children = g_ptr_array_new_with_free_func (node_free);
    return node;
}

static node_t *
char_node (char c)
{
    node_t *node = node_new (NODE_CHAR);

    node->c = g_ascii_tolower (c);
    return node;
}

typedef struct reader {
    const char *p;
    gboolean failed;
} reader_t;

static node_t *read_choice (reader_t *r);

/* A character of the pattern outside a class, by what it can be in a
 * token. */
static node_t *
literal (gunichar c)
{
    if (c < 0x80 && g_ascii_isalnum ((char) c))
	return char_node ((char) c);
    if (c == '\'' || c == 0x2019)
	return node_new (NODE_EMPTY);
    if (c < 0x80 || ! g_unichar_isalnum (c))
	return node_new (NODE_SEPARATOR);
    return node_new (NODE_ANY);	/* a letter the detector does not number */
}

/* An escape after the backslash: "\b", "\w", "\." and so on. */
static node_t *
read_escape (reader_t *r)
{
    char c = *r->p;

    if (! c) {
	r->failed = TRUE;
	return node_new (NODE_EMPTY);
    }
    r->p++;
    switch (c) {
    case 'b':
	return node_new (NODE_BOUNDARY);
    case 'B': case 'A': case 'z': case 'Z': case 'G':
	return node_new (NODE_EMPTY);
    case 'w': case 'd':
	return node_new (NODE_TOKEN_CHAR);
    case 's': case 'W': case 'h': case 'v': case 'R': case 'n': case 't': case 'r': case 'f':
	return node_new (NODE_SEPARATOR);
    case 'x':
	if (*r->p == '{') {
	    char *end = NULL;
	    gunichar u = (gunichar) g_ascii_strtoull (r->p + 1, &end, 16);

	    if (end && *end == '}') {
		r->p = end + 1;
		return literal (u);
	    }
	}
	return node_new (NODE_ANY);
    case 'p': case 'P':
	if (*r->p == '{') {
	    const char *end = strchr (r->p, '}');

	    r->p = end ? end + 1 : r->p + strlen (r->p);
	} else if (*r->p) {
	    r->p++;
	}
	return node_new (NODE_ANY);
    case 'Q': {
	node_t *sequence = node_new (NODE_SEQUENCE);

	while (*r->p && ! (r->p[0] == '\\' && r->p[1] == 'E')) {
	    g_ptr_array_add (sequence->children, literal ((guchar) *r->p));
	    r->p++;
	}
	if (*r->p)
	    r->p += 2;
	return sequence;
    }
    default:
	if (g_ascii_isdigit (c) || g_ascii_isalpha (c)) {
	    /* a back-reference, \K, \X and the like: beyond this reading */
	    r->failed = TRUE;
	    return node_new (NODE_ANY);
	}
	return literal ((guchar) c);
    }
}

/* A class "[...]": a choice of the letters it holds when there are a
 * few, any letter when there are more, and a separator or an empty
 * choice for its punctuation and apostrophes; a negated class, or one
 * that may be anything, is NODE_ANY. */
static node_t *
read_class (reader_t *r)
{
    gboolean negated = FALSE, apostrophe = FALSE, separator = FALSE, any = FALSE;
    gboolean letters[128] = { FALSE };
    guint n_letters = 0;
    node_t *choice;

    if (*r->p == '^') {
	negated = TRUE;
	r->p++;
    }
    for (gboolean first = TRUE; *r->p && (first || *r->p != ']'); first = FALSE) {
	gunichar c = g_utf8_get_char_validated (r->p, -1);

	if (c == (gunichar) -1 || c == (gunichar) -2) {
	    r->failed = TRUE;
	    return node_new (NODE_ANY);
	}
	if (! strncmp (r->p, "[:", 2)) {
	    /* a POSIX class: letters and more */
	    const char *end = strstr (r->p, ":]");

	    any = TRUE;
	    r->p = end ? end + 2 : r->p + strlen (r->p);
	    continue;
	}
	if (c == '\\') {
	    char e = r->p[1];

	    r->p += e ? 2 : 1;
	    if (e == 'w' || e == 'd')
		any = TRUE;	/* with the rest, read as anything */
	    else if (e == 's' || e == 'W' || e == 'n' || e == 't' || e == 'r' || e == 'h' || e == 'v')
		separator = TRUE;
	    else if (g_ascii_isalnum (e))
		any = TRUE;
	    else if (e == '\'')
		apostrophe = TRUE;
	    else
		separator = TRUE;
	    continue;
	}
	r->p = g_utf8_next_char (r->p);
	if (*r->p == '-' && r->p[1] && r->p[1] != ']') {
	    /* a range: letters or digits from c to its end */
	    gunichar to = g_utf8_get_char_validated (r->p + 1, -1);

	    r->p = g_utf8_next_char (r->p + 1);
	    if (c < 0x80 && to < 0x80 && c <= to && g_ascii_isalnum ((char) c) &&
		g_ascii_isalnum ((char) to) && to - c < 8) {
		for (gunichar k = c; k <= to; k++)
		    if (g_ascii_isalnum ((char) k) && ! letters[(guchar) g_ascii_tolower ((char) k)]++)
			n_letters++;
	    } else {
		any = TRUE;
	    }
	    continue;
	}
	if (c < 0x80 && g_ascii_isalnum ((char) c)) {
	    if (! letters[(guchar) g_ascii_tolower ((char) c)]++)
		n_letters++;
	} else if (c == '\'' || c == 0x2019) {
	    apostrophe = TRUE;
	} else if (c < 0x80 || ! g_unichar_isalnum (c)) {
	    separator = TRUE;
	} else {
	    any = TRUE;
	}
    }
    if (*r->p != ']') {
	r->failed = TRUE;
	return node_new (NODE_ANY);
    }
    r->p++;
    if (negated || any || (n_letters && separator))
	return node_new (NODE_ANY);
    choice = node_new (NODE_CHOICE);
    if (n_letters > 6)
	g_ptr_array_add (choice->children, node_new (NODE_TOKEN_CHAR));
    else
	for (int k = 0; k < 128; k++)
	    if (letters[k])
		g_ptr_array_add (choice->children, char_node ((char) k));
    if (separator)
	g_ptr_array_add (choice->children, node_new (NODE_SEPARATOR));
    if (apostrophe)
	g_ptr_array_add (choice->children, node_new (NODE_EMPTY));
    return choice;
}

/* A group after its "(": a choice, or a look-around or an option
 * setting, which match no text. */
static node_t *
read_group (reader_t *r)
{
    gboolean empty = FALSE;
    node_t *inner;

    if (*r->p == '?') {
	r->p++;
	if (*r->p == ':' || *r->p == '>' || *r->p == '|') {
	    r->p++;
	} else if (*r->p == '=' || *r->p == '!') {
	    r->p++;
	    empty = TRUE;
	} else if (*r->p == '<' && (r->p[1] == '=' || r->p[1] == '!')) {
	    r->p += 2;
	    empty = TRUE;
	} else if (*r->p == '<' || *r->p == '\'' || (*r->p == 'P' && r->p[1] == '<')) {
	    /* a named group */
	    const char *end = strpbrk (r->p + 1, ">'");

	    if (! end) {
		r->failed = TRUE;
		return node_new (NODE_ANY);
	    }
	    r->p = end + 1;
	} else if (*r->p == '#') {
	    const char *end = strchr (r->p, ')');

	    r->p = end ? end + 1 : r->p + strlen (r->p);
	    return node_new (NODE_EMPTY);
	} else {
	    /* options: "(?-i)", "(?i:...)"; extended syntax is beyond
	     * this reading */
	    while (*r->p && strchr ("imsnUJ-^", *r->p))
		r->p++;
	    if (*r->p == ')') {
		r->p++;
		return node_new (NODE_EMPTY);
	    }
	    if (*r->p != ':') {
		r->failed = TRUE;
		return node_new (NODE_ANY);
	    }
	    r->p++;
	}
    }
    inner = read_choice (r);
    if (*r->p != ')') {
	r->failed = TRUE;
	return inner;
    }
    r->p++;
    if (empty) {
	node_free (inner);
	return node_new (NODE_EMPTY);
    }
    return inner;
}

static node_t *
read_atom (reader_t *r)
{
    gunichar c = g_utf8_get_char_validated (r->p, -1);

    if (c == (gunichar) -1 || c == (gunichar) -2) {
	r->failed = TRUE;
	r->p++;
	return node_new (NODE_ANY);
    }
    r->p = g_utf8_next_char (r->p);
    switch (c) {
    case '(':
	return read_group (r);
    case '[':
	return read_class (r);
    case '\\':
	return read_escape (r);
    case '.':
	return node_new (NODE_ANY);
    case '^': case '$':
	return node_new (NODE_EMPTY);
    default:
	return literal (c);
    }
}

/* "?", "*", "+" or "{n}", "{n,}", "{n,m}" after an atom, lazy or
 * possessive; FALSE when there is none. */
static gboolean
read_quantifier (reader_t *r, guint *min, guint *max)
{
    const char *p = r->p;

    switch (*p) {
    case '?': *min = 0; *max = 1; p++; break;
    case '*': *min = 0; *max = UNBOUNDED; p++; break;
    case '+': *min = 1; *max = UNBOUNDED; p++; break;
    case '{': {
	char *end;

	if (! g_ascii_isdigit (p[1]))
	    return FALSE;		/* a brace of its own */
	*min = (guint) g_ascii_strtoull (p + 1, &end, 10);
	*max = *min;
	if (*end == ',') {
	    if (g_ascii_isdigit (end[1]))
		*max = (guint) g_ascii_strtoull (end + 1, &end, 10);
	    else {
		*max = UNBOUNDED;
		end++;
	    }
	}
	if (*end != '}')
	    return FALSE;
	p = end + 1;
	break;
    }
    default:
	return FALSE;
    }
    if (*p == '?' || *p == '+')
	p++;
    r->p = p;
    return TRUE;
}

static node_t *
read_sequence (reader_t *r)
{
    node_t *sequence = node_new (NODE_SEQUENCE);

    while (*r->p && *r->p != '|' && *r->p != ')' && ! r->failed) {
	node_t *atom = read_atom (r);
	guint min, max;

	while (read_quantifier (r, &min, &max)) {
	    node_t *repeat = node_new (NODE_REPEAT);

	    repeat->min = min;
	    repeat->max = max;
	    g_ptr_array_add (repeat->children, atom);
	    atom = repeat;
	}
	g_ptr_array_add (sequence->children, atom);
    }
    return sequence;
}

static node_t *
read_choice (reader_t *r)
{
    node_t *choice = node_new (NODE_CHOICE);

    g_ptr_array_add (choice->children, read_sequence (r));
    while (*r->p == '|' && ! r->failed) {
	r->p++;
	g_ptr_array_add (choice->children, read_sequence (r));
    }
    return choice;
}

/* ---- the machine ---- */

typedef enum {
    STATE_CHAR, STATE_TOKEN_CHAR, STATE_SEPARATOR, STATE_ANY,
    STATE_SPLIT, STATE_EMPTY, STATE_MATCH, STATE_BOUNDARY,
} state_kind_t;

typedef struct state {
    state_kind_t kind;
    char c;
    guint out, other;		/* other: STATE_SPLIT's second way */
} state_t;

/* Repeats are written out up to this many times; past it, a bounded
 * repeat is read as an unbounded one, and a repeat of more than this
 * as one of this many or more: both only widen the paths. */
#define REPEATS_WRITTEN 4

static guint
add_state (GArray *states, state_kind_t kind, char c, guint out, guint other)
{
    state_t state = { kind, c, out, other };

    g_array_append_val (states, state);
    return states->len - 1;
}

/* The states of node, going on to next; returns the first. */
static guint
build (GArray *states, const node_t *node, guint next)
{
    switch (node->kind) {
    case NODE_CHAR:
	return add_state (states, STATE_CHAR, node->c, next, 0);
    case NODE_TOKEN_CHAR:
	return add_state (states, STATE_TOKEN_CHAR, 0, next, 0);
    case NODE_SEPARATOR:
	return add_state (states, STATE_SEPARATOR, 0, next, 0);
    case NODE_ANY:
	return add_state (states, STATE_ANY, 0, next, 0);
    case NODE_EMPTY:
	return next;
    case NODE_BOUNDARY:
	return add_state (states, STATE_BOUNDARY, 0, next, 0);
    case NODE_SEQUENCE:
	for (guint i = node->children->len; i > 0; i--)
	    next = build (states, node->children->pdata[i - 1], next);
	return next;
    case NODE_CHOICE: {
	guint first = build (states, node->children->pdata[node->children->len - 1], next);

	for (guint i = node->children->len - 1; i > 0; i--)
	    first = add_state (states, STATE_SPLIT, 0,
			       build (states, node->children->pdata[i - 1], next), first);
	return first;
    }
    case NODE_REPEAT: {
	const node_t *child = node->children->pdata[0];
	guint min = MIN (node->min, REPEATS_WRITTEN);
	guint current = next;

	if (node->max == UNBOUNDED || node->max > REPEATS_WRITTEN) {
	    guint loop = add_state (states, STATE_SPLIT, 0, 0, next);
	    guint body = build (states, child, loop);	/* may move the states */

	    g_array_index (states, state_t, loop).out = body;
	    current = loop;
	} else {
	    for (guint i = node->min; i < node->max; i++)
		current = add_state (states, STATE_SPLIT, 0, build (states, child, current), next);
	}
	for (guint i = 0; i < min; i++)
	    current = build (states, child, current);
	return current;
    }
    }
    g_assert_not_reached ();
}

/* ---- the walk ---- */

#define MAX_WORD 63
#define MAX_STEPS 200000

typedef struct walk {
    const state_t *states;
    GHashTable *paths;
    GHashTable *seen;		/* where the walk has been, as text */
    guint steps;
    gboolean failed;
    /* the token being read, and the tokens read */
    char word[MAX_WORD + 1];
    guint length;
    gboolean wild;		/* the token has a letter not known */
    char *tokens[TACT_PATH_DEPTH + 1];	/* NULL-terminated */
    guint n_tokens;
} walk_t;

static void
emit (walk_t *w)
{
    if (! w->n_tokens) {
	/* a match may end, or turn unknown, before its first token */
	w->failed = TRUE;
	return;
    }
    g_hash_table_add (w->paths, g_strjoinv (" ", w->tokens));
}

static void visit (walk_t *w, guint s);

/* The token read ends: it becomes a word of the path; at the depth,
 * the path ends. */
static void
end_token (walk_t *w, guint next)
{
    w->tokens[w->n_tokens++] = g_strdup (w->wild ? TACT_PATH_ANY : w->word);
    w->tokens[w->n_tokens] = NULL;
    {
	char saved[MAX_WORD + 1];
	guint length = w->length;
	gboolean wild = w->wild;

	memcpy (saved, w->word, length + 1);
	w->length = 0;
	w->word[0] = '\0';
	w->wild = FALSE;
	if (w->n_tokens == TACT_PATH_DEPTH)
	    emit (w);
	else
	    visit (w, next);
	memcpy (w->word, saved, length + 1);
	w->length = length;
	w->wild = wild;
    }
    g_free (w->tokens[--w->n_tokens]);
    w->tokens[w->n_tokens] = NULL;
}

static void
visit (walk_t *w, guint s)
{
    const state_t *state = &w->states[s];

    if (w->failed || ++w->steps > MAX_STEPS) {
	w->failed = TRUE;
	return;
    }
    /* Every cycle of the machine goes through a split: the walk
     * remembers where it has been there, and goes on only once. */
    if (state->kind == STATE_SPLIT) {
	GString *key = g_string_sized_new (64);

	g_string_append_printf (key, "%u %d %s", s, w->wild, w->word);
	for (guint i = 0; i < w->n_tokens; i++) {
	    g_string_append_c (key, ' ');
	    g_string_append (key, w->tokens[i]);
	}
	if (! g_hash_table_add (w->seen, g_string_free (key, FALSE)))
	    return;
    }
    switch (state->kind) {
    case STATE_MATCH:
	if (w->length || w->wild)
	    end_token (w, s);	/* the match state again, with no token */
	else
	    emit (w);
	return;
    case STATE_EMPTY:
	visit (w, state->out);
	return;
    case STATE_SPLIT:
	visit (w, state->out);
	visit (w, state->other);
	return;
    case STATE_ANY:
	emit (w);
	return;
    case STATE_BOUNDARY:
	/* A letter cannot follow: the token ends (in the text it may go
	 * on with an apostrophe or a letter PCRE2 does not count as
	 * one, which the detector reads as the token's head, or as a
	 * token it cannot number) */
	if (w->length || w->wild)
	    end_token (w, state->out);
	else
	    visit (w, state->out);
	return;
    case STATE_SEPARATOR:
	if (w->length || w->wild)
	    end_token (w, state->out);
	else if (w->n_tokens)
	    visit (w, state->out);
	else
	    w->failed = TRUE;	/* a match would start before a token */
	return;
    case STATE_TOKEN_CHAR:
    case STATE_CHAR:
	if (w->wild) {
	    visit (w, state->out);	/* any word already */
	} else if (state->kind == STATE_TOKEN_CHAR || w->length == MAX_WORD) {
	    if (! w->n_tokens) {
		w->failed = TRUE;	/* the first token must be a known word */
		return;
	    }
	    w->wild = TRUE;
	    visit (w, state->out);
	    w->wild = FALSE;
	} else {
	    w->word[w->length++] = state->c;
	    w->word[w->length] = '\0';
	    visit (w, state->out);
	    w->word[--w->length] = '\0';
	}
	return;
    }
}

GHashTable *
tact_pattern_paths (const char *pattern)
{
    reader_t r = { pattern, FALSE };
    node_t *tree = read_choice (&r);
    GArray *states;
    walk_t w = { 0 };
    guint start;

    if (r.failed || *r.p) {
	node_free (tree);
	return NULL;
    }
    states = g_array_new (FALSE, FALSE, sizeof (state_t));
    add_state (states, STATE_MATCH, 0, 0, 0);
    start = build (states, tree, 0);
    node_free (tree);
    w.states = (const state_t *) states->data;
    w.paths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    w.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    visit (&w, start);
    g_hash_table_unref (w.seen);
    g_array_free (states, TRUE);
    if (w.failed) {
	g_hash_table_unref (w.paths);
	return NULL;
    }
    return w.paths;
}

/* ---- the tree ---- */

/* A path of a rule, its words padded with NONE (sorting after every
 * word and after any). */
#define NONE G_MAXUINT32

typedef struct path_key {
    guint32 words[TACT_PATH_DEPTH];
    guint32 rule;
} path_key_t;

static int
by_path (const void *a, const void *b)
{
    const path_key_t *x = a, *y = b;

    for (int d = 0; d < TACT_PATH_DEPTH; d++)
	if (x->words[d] != y->words[d])
	    return x->words[d] < y->words[d] ? -1 : 1;
    return (x->rule > y->rule) - (x->rule < y->rule);
}

/* Whether the paths a and b share their first length words. */
static gboolean
same_prefix (const path_key_t *a, const path_key_t *b, int length)
{
    for (int d = 0; d < length; d++)
	if (a->words[d] != b->words[d])
	    return FALSE;
    return TRUE;
}

static guint32
key_length (const path_key_t *key)
{
    guint32 length = 0;

    while (length < TACT_PATH_DEPTH && key->words[length] != NONE)
	length++;
    return length;
}

/* The paths are sorted; then the nodes of each depth are the distinct
 * beginnings of that length, in order, and each node's children are
 * next to each other, in the order of their words: the tree is made in
 * one pass per depth, without a table. */
tact_path_tree_t *
tact_path_tree_build (guint32 n_words, guint32 n_rules, guint32 any,
		      const guint32 *(*paths_of) (guint32 rule, gpointer data), gpointer data)
{
    GArray *keys = g_array_new (FALSE, FALSE, sizeof (path_key_t));
    /* each key's node at each depth */
    guint32 *node_of = NULL;
    GArray *nodes = g_array_new (FALSE, TRUE, sizeof (tact_path_node_t));
    GArray *edges = g_array_new (FALSE, FALSE, sizeof (tact_path_edge_t));
    GArray *rules = g_array_new (FALSE, FALSE, sizeof (guint32));
    guint32 *root = g_new0 (guint32, n_words + 1);
    tact_path_tree_t *tree;

    for (guint32 r = 0; r < n_rules; r++) {
	const guint32 *paths = paths_of (r, data);

	for (guint32 at = 1; paths && at <= paths[0]; at += paths[at] + 1) {
	    path_key_t key = { .rule = r };

	    for (int d = 0; d < TACT_PATH_DEPTH; d++)
		key.words[d] = NONE;
	    if (! paths[at] || paths[at] > TACT_PATH_DEPTH || paths[at + 1] >= n_words)
		continue;
	    for (guint32 d = 0; d < paths[at]; d++)
		key.words[d] = paths[at + 1 + d] == any ? any : paths[at + 1 + d];
	    g_array_append_val (keys, key);
	}
    }
    if (keys->len > 1)
	qsort (keys->data, keys->len, sizeof (path_key_t), by_path);
    node_of = g_new0 (guint32, (gsize) keys->len * TACT_PATH_DEPTH + 1);
    g_array_set_size (nodes, 1);	/* the root */
    for (int d = 0; d < TACT_PATH_DEPTH; d++) {
	for (guint k = 0; k < keys->len; k++) {
	    const path_key_t *key = &g_array_index (keys, path_key_t, k);
	    guint32 parent = d ? node_of[k * TACT_PATH_DEPTH + d - 1] : 0;

	    if (key->words[d] == NONE)
		continue;
	    if (k > 0 && same_prefix (key - 1, key, d + 1)) {
		node_of[k * TACT_PATH_DEPTH + d] = node_of[(k - 1) * TACT_PATH_DEPTH + d];
		continue;
	    }
	    /* a new node, child of parent */
	    node_of[k * TACT_PATH_DEPTH + d] = nodes->len;
	    g_array_set_size (nodes, nodes->len + 1);
	    if (d == 0) {
		root[key->words[0]] = nodes->len - 1;
	    } else if (key->words[d] == any) {
		g_array_index (nodes, tact_path_node_t, parent).any = nodes->len - 1;
	    } else {
		tact_path_edge_t edge = { key->words[d], nodes->len - 1 };
		tact_path_node_t *from = &g_array_index (nodes, tact_path_node_t, parent);

		if (! from->n_edges)
		    from->edges = edges->len;
		from->n_edges++;
		g_array_append_val (edges, edge);
	    }
	}
    }
    /* the rules of each node: the keys that end there are together */
    for (guint k = 0; k < keys->len; k++) {
	const path_key_t *key = &g_array_index (keys, path_key_t, k);
	guint32 length = key_length (key);
	tact_path_node_t *node;

	if (! length)
	    continue;
	node = &g_array_index (nodes, tact_path_node_t, node_of[k * TACT_PATH_DEPTH + length - 1]);
	if (node->n_rules && g_array_index (rules, guint32, rules->len - 1) == key->rule)
	    continue;
	if (! node->n_rules)
	    node->rules = rules->len;
	node->n_rules++;
	g_array_append_val (rules, key->rule);
    }
    g_free (node_of);
    g_array_free (keys, TRUE);
    tree = g_new0 (tact_path_tree_t, 1);
    tree->n_words = n_words;
    tree->root = root;
    tree->n_nodes = nodes->len;
    tree->nodes = (const tact_path_node_t *) g_array_free (nodes, FALSE);
    tree->n_edges = edges->len;
    tree->edges = (const tact_path_edge_t *) g_array_free (edges, FALSE);
    tree->n_rules = rules->len;
    tree->rules = (const guint32 *) g_array_free (rules, FALSE);
    tree->built = TRUE;
    return tree;
}

/* Serialized: the counts of words, nodes, edges and rules, then the
 * root, the nodes, the edges and the rules, as 32-bit numbers. */
guint32 *
tact_path_tree_serialize (const tact_path_tree_t *tree, size_t *length)
{
    size_t values = 4 + tree->n_words + (size_t) tree->n_nodes * 5 + (size_t) tree->n_edges * 2 +
	tree->n_rules;
    guint32 *out = g_new (guint32, values), *at = out;

    *at++ = tree->n_words;
    *at++ = tree->n_nodes;
    *at++ = tree->n_edges;
    *at++ = tree->n_rules;
    /* (an empty array may have no memory at all) */
    if (tree->n_words)
	memcpy (at, tree->root, tree->n_words * 4);
    at += tree->n_words;
    if (tree->n_nodes)
	memcpy (at, tree->nodes, (size_t) tree->n_nodes * 20);
    at += (size_t) tree->n_nodes * 5;
    if (tree->n_edges)
	memcpy (at, tree->edges, (size_t) tree->n_edges * 8);
    at += (size_t) tree->n_edges * 2;
    if (tree->n_rules)
	memcpy (at, tree->rules, (size_t) tree->n_rules * 4);
    *length = values * 4;
    return out;
}

tact_path_tree_t *
tact_path_tree_borrow (const guint32 *values, size_t length, guint32 n_words)
{
    tact_path_tree_t tree = { 0 };
    size_t count = length / 4, need;

    G_STATIC_ASSERT (sizeof (tact_path_node_t) == 20 && sizeof (tact_path_edge_t) == 8);
    if (count < 4 || values[0] != n_words)
	return NULL;
    tree.n_words = values[0];
    tree.n_nodes = values[1];
    tree.n_edges = values[2];
    tree.n_rules = values[3];
    need = 4 + (size_t) tree.n_words + (size_t) tree.n_nodes * 5 + (size_t) tree.n_edges * 2 +
	tree.n_rules;
    if (need != count || ! tree.n_nodes)
	return NULL;
    tree.root = values + 4;
    tree.nodes = (const tact_path_node_t *) (tree.root + tree.n_words);
    tree.edges = (const tact_path_edge_t *) ((const guint32 *) tree.nodes +
					     (size_t) tree.n_nodes * 5);
    tree.rules = (const guint32 *) tree.edges + (size_t) tree.n_edges * 2;
    return g_memdup2 (&tree, sizeof tree);
}

void
tact_path_tree_free (tact_path_tree_t *tree)
{
    if (! tree)
	return;
    if (tree->built) {
	g_free ((gpointer) tree->root);
	g_free ((gpointer) tree->nodes);
	g_free ((gpointer) tree->edges);
	g_free ((gpointer) tree->rules);
    }
    g_free (tree);
}

/* ---- the tree as the detector walks it ---- */

/* A growing array of numbers: what walk_node gathers for the node at
 * hand (its entries, its edges). */
typedef struct numbers {
    guint32 *values;
    guint32 length, size;
} numbers_t;

/* Room for count more numbers at the end of the array values, of
 * *length numbers in room for *size; returns where. */
static guint32 *
grow (guint32 **values, guint32 *length, guint32 *size, guint32 count)
{
    if (*size - *length < count) {
	while (*size - *length < count)
	    *size = *size ? 2 * *size : 256;
	*values = g_renew (guint32, *values, *size);
    }
    *length += count;
    return *values + *length - count;
}

static guint32 *
add (numbers_t *a, guint32 count)
{
    return grow (&a->values, &a->length, &a->size, count);
}

typedef struct walk_build {
    tact_path_walk_t *walk;
    numbers_t entries[TACT_PATH_DEPTH + 1];	/* of the node at hand at each depth */
    numbers_t edges[TACT_PATH_DEPTH + 1];	/* its edges: word, then child */
} walk_build_t;

static int
by_value (const void *a, const void *b)
{
    guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

    return (x > y) - (x < y);
}

/* Edges as pairs of numbers, by their first, the word. */
static int
by_pair (const void *a, const void *b)
{
    return by_value (a, b);
}

/* Whether the n numbers at values, taken step at a time, increase. */
static gboolean
increasing (const guint32 *values, guint32 n, guint step)
{
    for (guint32 k = step; k < n * step; k += step)
	if (values[k - step] > values[k])
	    return FALSE;
    return TRUE;
}

/* The entry of rule, + 1, or 0. */
static inline guint32
entry_of (const tact_path_walk_t *walk, guint32 rule)
{
    guint32 e = rule < walk->n_rules ? walk->entry_of_rule[rule] : 0;

    return e < TACT_PATH_LEAF ? e : 0;	/* (entry | TACT_PATH_LEAF is no 0 nor unmade) */
}

/* The reference of node n at the depth when it has one rule, which is
 * most nodes there, read without more ado; else G_MAXUINT32. */
static inline guint32
walk_leaf (const tact_path_walk_t *walk, guint32 n)
{
    const tact_path_tree_t *tree = walk->tree;
    const tact_path_node_t *node;
    guint32 e;

    if (! n || n >= tree->n_nodes)
	return G_MAXUINT32;
    node = &tree->nodes[n];
    if (node->n_rules != 1 || node->rules >= tree->n_rules)
	return G_MAXUINT32;
    e = entry_of (walk, tree->rules[node->rules]);
    return e ? (e - 1) | TACT_PATH_LEAF : 0;
}

/* The reference of node n at depth (see tact_path_walk_t), its nodes
 * below written first; numbers out of range lead nowhere, as for
 * tact_path_tree_child.  A tree the build did not make may have a node
 * below two others: it is written twice, as the walk would go there
 * twice, up to the room left (a tree of paths is smaller walked than
 * kept, see tact_path_walk_new); past it, nothing more is written, and
 * the walk finds nothing there. */
static guint32
walk_node (walk_build_t *b, guint32 n, guint depth)
{
    tact_path_walk_t *walk = b->walk;
    const tact_path_tree_t *tree = walk->tree;
    const tact_path_node_t *node;
    numbers_t *entries = &b->entries[depth], *edges = &b->edges[depth];
    guint32 any = 0, at, n_entries, n_edges, size = 1, length, *out;

    if (! n || n >= tree->n_nodes)
	return 0;
    node = &tree->nodes[n];
    entries->length = edges->length = 0;
    if (node->rules <= tree->n_rules && node->n_rules <= tree->n_rules - node->rules)
	for (guint32 k = 0; k < node->n_rules; k++) {
	    guint32 e = entry_of (walk, tree->rules[node->rules + k]);

	    if (e)
		*add (entries, 1) = e - 1;
	}
    n_entries = entries->length;
    if (! increasing (entries->values, n_entries, 1))
	qsort (entries->values, n_entries, sizeof (guint32), by_value);
    if (depth < TACT_PATH_DEPTH) {
	if (node->edges <= tree->n_edges && node->n_edges <= tree->n_edges - node->edges)
	    for (guint32 k = 0; k < node->n_edges; k++) {
		tact_path_edge_t edge = tree->edges[node->edges + k];
		guint32 child = depth + 1 == TACT_PATH_DEPTH ? walk_leaf (walk, edge.node)
		    : G_MAXUINT32;

		if (child == G_MAXUINT32)
		    child = walk_node (b, edge.node, depth + 1);
		if (child) {
		    guint32 *pair = add (edges, 2);

		    pair[0] = edge.word;
		    pair[1] = child;
		}
	    }
	any = walk_node (b, node->any, depth + 1);
    }
    n_edges = edges->length / 2;
    if (! increasing (edges->values, n_edges, 2))
	qsort (edges->values, n_edges, 2 * sizeof (guint32), by_pair);
    if (! n_entries && ! n_edges && ! any)
	return 0;
    if (n_entries == 1 && ! n_edges && ! any)
	return entries->values[0] | TACT_PATH_LEAF;
    /* some 8 bits of filter for each edge */
    while (size * 4 < n_edges && size < 1024)
	size *= 2;
    length = 1 + n_entries + (depth < TACT_PATH_DEPTH ? 3 + size + 2 * n_edges : 0);
    if (length > walk->room)
	return 0;
    walk->room -= length;
    at = walk->length[depth];
    out = grow (&walk->values[depth], &walk->length[depth], &walk->size[depth], length);
    *out++ = n_entries;
    memcpy (out, entries->values, n_entries * sizeof (guint32));
    out += n_entries;
    if (depth < TACT_PATH_DEPTH) {
	*out++ = any;
	*out++ = size - 1;
	memset (out, 0, size * sizeof (guint32));
	for (guint32 k = 0; k < n_edges; k++) {
	    guint32 bit = tact_path_walk_bit (edges->values[2 * k]);

	    out[(bit >> 5) & (size - 1)] |= 1u << (bit & 31);
	}
	out += size;
	*out++ = n_edges;
	for (guint32 k = 0; k < n_edges; k++) {
	    out[k] = edges->values[2 * k];
	    out[n_edges + k] = edges->values[2 * k + 1];
	}
    }
    return at;
}

guint32
tact_path_walk_make (tact_path_walk_t *walk, guint32 word)
{
    walk_build_t b = { walk, { { NULL, 0, 0 } }, { { NULL, 0, 0 } } };

    if (word >= walk->n_words)
	return 0;
    walk->root[word] = walk_node (&b, walk->tree->root[word], 1);
    for (guint d = 1; d <= TACT_PATH_DEPTH; d++) {
	g_free (b.entries[d].values);
	g_free (b.edges[d].values);
    }
    return walk->root[word];
}

/* The room is the tree's size as kept: a tree of paths walked is
 * smaller (at the depth, most nodes are only an entry in their
 * parent's edges), and only a tree with nodes below two others, which
 * the build does not make, may need more. */
tact_path_walk_t *
tact_path_walk_new (const tact_path_tree_t *tree, const guint32 *entry_of_rule, guint32 n_rules)
{
    tact_path_walk_t *walk = g_new0 (tact_path_walk_t, 1);

    walk->tree = tree;
    walk->entry_of_rule = g_memdup2 (entry_of_rule, (gsize) n_rules * sizeof (guint32));
    walk->n_rules = n_rules;
    walk->n_words = tree->n_words;
    walk->root = g_new (guint32, tree->n_words + 1);
    for (guint32 w = 0; w < tree->n_words; w++)
	walk->root[w] = tree->root[w] ? TACT_PATH_UNMADE : 0;
    walk->room = 4 + (size_t) tree->n_words + (size_t) tree->n_nodes * 5 +
	(size_t) tree->n_edges * 2 + tree->n_rules;
    walk->room = MIN (walk->room, TACT_PATH_LEAF / 2);
    /* each depth starts with a 0, so that no node is 0, which is none */
    for (guint d = 1; d <= TACT_PATH_DEPTH; d++)
	*grow (&walk->values[d], &walk->length[d], &walk->size[d], 1) = 0;
    return walk;
}

void
tact_path_walk_free (tact_path_walk_t *walk)
{
    if (! walk)
	return;
    g_free (walk->entry_of_rule);
    g_free (walk->root);
    for (guint d = 1; d <= TACT_PATH_DEPTH; d++)
	g_free (walk->values[d]);
    g_free (walk);
}
