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
    NODE_EMPTY,			/* no text: an anchor, a look-around */
    NODE_APOSTROPHE,		/* an apostrophe, which tokens drop (in a pattern
				 * outside a class, also none) */
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
    /* For one character: the most characters it matches (1, or 2 for
     * "\\R"); and the bytes it can start with, as 256 bits, when the
     * reading knows them (a literal, a class of punctuation), or NULL. */
    guint width;
    guint8 *bytes;
    /* Every byte a match of it may hold, as 256 bits, when narrower
     * than any (see may_hold), or NULL. */
    guint8 *may;
    struct node *behind;	/* for a look-behind (NODE_EMPTY): what it
				 * looks for */
    /* For a look-ahead (NODE_EMPTY), what it looks for; for a negative
     * look-behind, what it must not find. */
    struct node *ahead, *not_behind;
    /* For a class (NODE_ANY or NODE_CHOICE): one character, as a whole;
     * and the bytes it may hold when the pattern is case-sensitive, or
     * NULL (see char_bytes).  For a letter, the letter as written. */
    gboolean one_char;
    guint8 *exact;
    char raw;
    gboolean line_start;	/* NODE_EMPTY for "^" */
} node_t;

static void
node_free (gpointer data)
{
    node_t *node = data;

    if (node->children)
	g_ptr_array_unref (node->children);
    g_free (node->bytes);
    g_free (node->may);
    if (node->behind)
	node_free (node->behind);
    if (node->ahead)
	node_free (node->ahead);
    if (node->not_behind)
	node_free (node->not_behind);
    g_free (node->exact);
    g_free (node);
}

static node_t *
node_new (node_kind_t kind)
{
    node_t *node = g_new0 (node_t, 1);

    node->kind = kind;
    node->width = kind == NODE_EMPTY || kind == NODE_BOUNDARY ? 0 : 1;
    if (kind == NODE_SEQUENCE || kind == NODE_CHOICE || kind == NODE_REPEAT)
	node->children = g_ptr_array_new_with_free_func (node_free);
    return node;
}

static node_t *
char_node (char c)
{
    node_t *node = node_new (NODE_CHAR);

    node->c = g_ascii_tolower (c);
    node->raw = c;
    return node;
}

typedef struct reader {
    const char *p;
    gboolean failed;
    gboolean wide;		/* "\\S" and "\\D" read as any character
				 * but those of "\\s" and "\\d" */
} reader_t;

static node_t *read_choice (reader_t *r);

static void
mark (guint8 *bits, guchar b)
{
    bits[b / 8] |= (guint8) (1 << (b % 8));
}

static void
mark_range (guint8 *bits, guint from, guint to)
{
    for (guint b = from; b <= to; b++)
	mark (bits, (guchar) b);
}

/* Mark in bits every byte of character c, in any case; FALSE when
 * they are not known (a character outside ASCII that has other
 * cases).  A caseless "k" or "s" also matches a Kelvin sign or a long
 * s, outside ASCII. */
static gboolean
mark_char (guint8 *bits, gunichar c)
{
    char utf8[8];
    int length;

    if (c < 0x80) {
	mark (bits, (guchar) c);
	if (g_ascii_isalpha ((char) c)) {
	    mark (bits, (guchar) g_ascii_tolower ((char) c));
	    mark (bits, (guchar) g_ascii_toupper ((char) c));
	    if (g_ascii_tolower ((char) c) == 'k' || g_ascii_tolower ((char) c) == 's')
		mark_range (bits, 0x80, 0xff);
	}
	return TRUE;
    }
    if (g_unichar_tolower (c) != c || g_unichar_toupper (c) != c || g_unichar_totitle (c) != c)
	return FALSE;
    length = g_unichar_to_utf8 (c, utf8);
    for (int k = 0; k < length; k++)
	mark (bits, (guchar) utf8[k]);
    return TRUE;
}

/* The bytes of what an escape of a class of characters matches ("\\s",
 * "\\w" and the like), in bits; FALSE when not one of those. */
static gboolean
mark_escape (guint8 *bits, char e)
{
    switch (e) {
    case 's':
	mark_range (bits, '\t', '\r');
	mark (bits, ' ');
	return TRUE;
    case 'h':			/* and spaces outside ASCII */
	mark (bits, '\t');
	mark (bits, ' ');
	mark_range (bits, 0x80, 0xff);
	return TRUE;
    case 'v': case 'R':
	mark_range (bits, '\n', '\r');
	mark_range (bits, 0x80, 0xff);
	return TRUE;
    case 'n': mark (bits, '\n'); return TRUE;
    case 't': mark (bits, '\t'); return TRUE;
    case 'r': mark (bits, '\r'); return TRUE;
    case 'f': mark (bits, '\f'); return TRUE;
    case 'd':
	mark_range (bits, '0', '9');
	return TRUE;
    case 'w':
	mark_range (bits, '0', '9');
	mark_range (bits, 'A', 'Z');
	mark_range (bits, 'a', 'z');
	mark (bits, '_');
	return TRUE;
    case 'W':
	for (guint b = 0; b < 256; b++)
	    if (b >= 0x80 || ! (g_ascii_isalnum ((char) b) || b == '_'))
		mark (bits, (guchar) b);
	return TRUE;
    default:
	return FALSE;
    }
}

/* Mark the bytes character c can start with (in either case) in bits;
 * FALSE when they are not known (a character outside ASCII that has
 * other cases, which a caseless match takes too). */
static gboolean
mark_bytes (guint8 *bits, gunichar c)
{
    char utf8[8];
    guchar first;

    if (c >= 0x80 && (g_unichar_tolower (c) != c || g_unichar_toupper (c) != c ||
		      g_unichar_totitle (c) != c))
	return FALSE;
    if (c < 0x80 && g_ascii_isalpha ((char) c)) {
	first = (guchar) g_ascii_tolower ((char) c);
	bits[first / 8] |= (guint8) (1 << (first % 8));
	first = (guchar) g_ascii_toupper ((char) c);
    } else {
	g_unichar_to_utf8 (c, utf8);
	first = (guchar) utf8[0];
    }
    bits[first / 8] |= (guint8) (1 << (first % 8));
    return TRUE;
}

/* A character of the pattern outside a class, by what it can be in a
 * token. */
static node_t *
literal (gunichar c)
{
    node_t *node;

    if (c < 0x80 && g_ascii_isalnum ((char) c))
	return char_node ((char) c);
    if (c == '\'' || c == 0x2019) {
	node = node_new (NODE_APOSTROPHE);	/* or none */
	node->may = g_new0 (guint8, 32);
	mark_char (node->may, '\'');
	mark_char (node->may, 0x2019);
	return node;
    }
    if (c >= 0x80 && g_unichar_isalnum (c))
	return node_new (NODE_ANY);	/* a letter the detector does not number */
    node = node_new (NODE_SEPARATOR);
    node->bytes = g_new0 (guint8, 32);
    if (! mark_bytes (node->bytes, c))
	g_clear_pointer (&node->bytes, g_free);
    node->may = g_new0 (guint8, 32);
    if (! mark_char (node->may, c))
	g_clear_pointer (&node->may, g_free);
    return node;
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
    if (r->wide && (c == 'S' || c == 'D')) {
	node_t *node = node_new (NODE_ANY);
	guint8 except[32] = { 0 };

	mark_escape (except, g_ascii_tolower (c));
	node->may = g_new (guint8, 32);
	for (int k = 0; k < 32; k++)
	    node->may[k] = (guint8) ~except[k];
	return node;
    }
    {
	guint8 may[32] = { 0 };

	if (mark_escape (may, c)) {
	    node_t *node = node_new (c == 'w' || c == 'd' ? NODE_TOKEN_CHAR : NODE_SEPARATOR);

	    if (c == 'R')
		node->width = 2;	/* "\\r\\n" */
	    node->may = g_memdup2 (may, 32);
	    if (c == 'd')
		node->bytes = g_memdup2 (may, 32);	/* a digit */
	    return node;
	}
    }
    switch (c) {
    case 'b':
	return node_new (NODE_BOUNDARY);
    case 'B': case 'A': case 'z': case 'Z': case 'G':
	return node_new (NODE_EMPTY);
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
    guint8 bytes[32] = { 0 };	/* of its punctuation and apostrophes */
    gboolean bytes_known = TRUE;
    /* the bytes it may hold; for a negated one, those it cannot (of
     * ASCII, but letters, which a case-sensitive class may take in
     * the other case) */
    guint8 may[32] = { 0 }, except[32] = { 0 };
    gboolean may_known = TRUE;
    guint8 exact[32] = { 0 };	/* as may, in the case written */
    node_t *node;

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
	    may_known = bytes_known = FALSE;
	    r->p = end ? end + 2 : r->p + strlen (r->p);
	    continue;
	}
	if (c == '\\') {
	    char e = r->p[1];
	    guint8 escaped[32] = { 0 };

	    if (mark_escape (escaped, e)) {
		for (int k = 0; k < 32; k++) {
		    may[k] |= escaped[k];
		    exact[k] |= escaped[k];
		    if (k < 16)
			except[k] |= escaped[k];
		}
	    } else if (g_ascii_isalnum (e) || ! e) {
		may_known = FALSE;
	    } else {
		mark_char (may, (guchar) e);
		mark (exact, (guchar) e);
		mark (except, (guchar) e);
	    }
	    r->p += e ? 2 : 1;
	    if (e == 'd')
		mark_range (bytes, '0', '9');
	    else if (g_ascii_isalnum (e) || ! e)
		bytes_known = FALSE;
	    if (e == 'w' || e == 'd')
		any = TRUE;	/* with the rest, read as anything */
	    else if (e == 's' || e == 'W' || e == 'n' || e == 't' || e == 'r' || e == 'h' || e == 'v')
		separator = TRUE, bytes_known = FALSE;
	    else if (g_ascii_isalnum (e))
		any = TRUE;
	    else if (e == '\'')
		apostrophe = TRUE, mark_bytes (bytes, '\'');
	    else
		separator = TRUE, bytes_known &= mark_bytes (bytes, (guchar) e);
	    continue;
	}
	r->p = g_utf8_next_char (r->p);
	if (*r->p == '-' && r->p[1] && r->p[1] != ']') {
	    /* a range: letters or digits from c to its end */
	    gunichar to = g_utf8_get_char_validated (r->p + 1, -1);

	    r->p = g_utf8_next_char (r->p + 1);
	    if (c < 0x80 && to < 0x80 && c <= to) {
		for (gunichar k = c; k <= to; k++) {
		    mark_char (may, k);
		    mark (exact, (guchar) k);
		    if (! g_ascii_isalpha ((char) k))
			mark (except, (guchar) k);
		    if (g_ascii_isdigit ((char) k))
			mark (bytes, (guchar) k);
		    else
			bytes_known = FALSE;
		}
	    } else {
		may_known = bytes_known = FALSE;
	    }
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
	if (c >= 0x80 && g_unichar_isalnum (c))
	    may_known = FALSE;
	else
	    may_known &= mark_char (may, c);
	if (c < 0x80)
	    mark (exact, (guchar) c);
	else
	    mark_char (exact, c);
	if (c < 0x80 && ! g_ascii_isalpha ((char) c))
	    mark (except, (guchar) c);
	if (c < 0x80 && g_ascii_isalnum ((char) c)) {
	    if (! letters[(guchar) g_ascii_tolower ((char) c)]++)
		n_letters++;
	    if (g_ascii_isdigit ((char) c))
		mark (bytes, (guchar) c);
	    else
		bytes_known = FALSE;
	} else if (c == '\'' || c == 0x2019) {
	    apostrophe = TRUE;
	    mark_bytes (bytes, c);
	} else if (c < 0x80 || ! g_unichar_isalnum (c)) {
	    separator = TRUE;
	    bytes_known &= mark_bytes (bytes, c);
	} else {
	    any = TRUE;
	    bytes_known = FALSE;
	}
    }
    if (*r->p != ']') {
	r->failed = TRUE;
	return node_new (NODE_ANY);
    }
    r->p++;
    if (negated) {
	node = node_new (NODE_ANY);
	node->may = g_new (guint8, 32);
	for (int k = 0; k < 32; k++)
	    node->may[k] = (guint8) ~except[k];
	node->one_char = TRUE;
	return node;
    }
    if (any || (n_letters && separator)) {
	node = node_new (NODE_ANY);
	node->may = may_known ? g_memdup2 (may, 32) : NULL;
	node->exact = may_known ? g_memdup2 (exact, 32) : NULL;
	node->bytes = bytes_known ? g_memdup2 (bytes, 32) : NULL;
	node->one_char = TRUE;
	return node;
    }
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
	g_ptr_array_add (choice->children, node_new (NODE_APOSTROPHE));
    /* one character but a letter: the bytes it starts with */
    if (bytes_known)
	choice->bytes = g_memdup2 (bytes, 32);
    choice->may = may_known ? g_memdup2 (may, 32) : NULL;
    choice->exact = may_known ? g_memdup2 (exact, 32) : NULL;
    choice->one_char = TRUE;
    return choice;
}

/* A group after its "(": a choice, or a look-around or an option
 * setting, which match no text. */
static node_t *
read_group (reader_t *r)
{
    gboolean empty = FALSE, behind = FALSE, ahead = FALSE, not_behind = FALSE;
    node_t *inner;

    if (*r->p == '*') {
	/* a verb, "(*UTF)" and the like: beyond this reading */
	r->failed = TRUE;
	return node_new (NODE_ANY);
    }
    if (*r->p == '?') {
	r->p++;
	if (*r->p == ':' || *r->p == '>' || *r->p == '|') {
	    r->p++;
	} else if (*r->p == '=' || *r->p == '!') {
	    ahead = *r->p == '=';
	    r->p++;
	    empty = TRUE;
	} else if (*r->p == '<' && (r->p[1] == '=' || r->p[1] == '!')) {
	    behind = r->p[1] == '=';
	    not_behind = ! behind;
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
	node_t *node = node_new (NODE_EMPTY);

	if (behind)
	    node->behind = inner;
	else if (ahead)
	    node->ahead = inner;
	else if (not_behind)
	    node->not_behind = inner;
	else
	    node_free (inner);
	return node;
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
    case '^': {
	node_t *node = node_new (NODE_EMPTY);

	node->line_start = TRUE;
	return node;
    }
    case '$':
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
    case NODE_APOSTROPHE:
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
    reader_t r = { pattern, FALSE, FALSE };
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

/* ---- what a match needs near its start ----
 *
 * The same reading of a pattern tells what any match must hold past
 * its first token, and how far from the match start at most: a word
 * (one of a choice of words) that stands whole, or a byte of
 * punctuation.  Distances are in characters: each part of the pattern
 * matches at most so many, and a part that may match any number ends
 * the reckoning.  A look-ahead or look-behind asks for nothing; an
 * optional part neither; a choice asks for one of what its choices
 * ask.  Whatever the reading does not know asks for nothing, so what
 * it finds is only ever a necessary condition. */

/* Strings a part of a pattern begins with, at most this many. */
#define MAX_LEADS 256

/* The most characters a match of node holds, or UNBOUNDED. */
static guint
max_chars (const node_t *node)
{
    guint most = 0, one;

    switch (node->kind) {
    case NODE_SEQUENCE:
	for (guint i = 0; i < node->children->len; i++) {
	    one = max_chars (node->children->pdata[i]);
	    most = one == UNBOUNDED || most > UNBOUNDED - one - 1 ? UNBOUNDED : most + one;
	}
	return most;
    case NODE_CHOICE:
	for (guint i = 0; i < node->children->len; i++)
	    most = MAX (most, max_chars (node->children->pdata[i]));
	return most;
    case NODE_REPEAT:
	one = max_chars (node->children->pdata[0]);
	if (! one || ! node->max)
	    return 0;
	if (node->max == UNBOUNDED || one == UNBOUNDED || one > (UNBOUNDED - 1) / node->max)
	    return UNBOUNDED;
	return one * node->max;
    default:
	return node->width;
    }
}

/* Mark in bits every byte a match of node may hold. */
static void
may_hold (const node_t *node, guint8 *bits)
{
    if (node->may) {
	for (int k = 0; k < 32; k++)
	    bits[k] |= node->may[k];
	return;
    }
    switch (node->kind) {
    case NODE_EMPTY:
    case NODE_BOUNDARY:
	return;
    case NODE_CHAR:
	mark_char (bits, (guchar) node->c);
	return;
    case NODE_SEQUENCE:
    case NODE_CHOICE:
	for (guint i = 0; i < node->children->len; i++)
	    may_hold (node->children->pdata[i], bits);
	return;
    case NODE_REPEAT:
	if (node->max)
	    may_hold (node->children->pdata[0], bits);
	return;
    default:
	memset (bits, 0xff, 32);
	return;
    }
}

/* A string a match of a part begins with ends with a space when a
 * character other than a letter or digit follows it there: the word it
 * holds then stands whole on its right. */
static gboolean
is_closed (const char *lead)
{
    size_t length = strlen (lead);

    return length && lead[length - 1] == ' ';
}

static GPtrArray *lead_of (const node_t *node);

/* The strings of leads, each that is not closed followed by each
 * string node begins with; NULL when node's are not known or there
 * are too many.  Takes leads. */
static GPtrArray *
follow (GPtrArray *leads, const node_t *node)
{
    GPtrArray *next, *out;

    if (node->kind == NODE_BOUNDARY) {
	/* after a letter or digit, none follows */
	for (guint i = 0; i < leads->len; i++) {
	    char *lead = leads->pdata[i];
	    size_t length = strlen (lead);

	    if (length && g_ascii_isalnum (lead[length - 1])) {
		leads->pdata[i] = g_strconcat (lead, " ", NULL);
		g_free (lead);
	    }
	}
	return leads;
    }
    next = lead_of (node);
    if (! next) {
	g_ptr_array_unref (leads);
	return NULL;
    }
    out = g_ptr_array_new_with_free_func (g_free);
    for (guint i = 0; i < leads->len && out; i++) {
	const char *lead = leads->pdata[i];

	if (is_closed (lead))
	    g_ptr_array_add (out, g_strdup (lead));
	else
	    for (guint k = 0; k < next->len; k++)
		g_ptr_array_add (out, g_strconcat (lead, next->pdata[k], NULL));
	if (out->len > MAX_LEADS)
	    g_clear_pointer (&out, g_ptr_array_unref);
    }
    g_ptr_array_unref (leads);
    g_ptr_array_unref (next);
    return out;
}

static GPtrArray *
one_lead (const char *lead)
{
    GPtrArray *leads = g_ptr_array_new_with_free_func (g_free);

    g_ptr_array_add (leads, g_strdup (lead));
    return leads;
}

static gboolean
all_closed (const GPtrArray *leads)
{
    for (guint i = 0; i < leads->len; i++)
	if (! is_closed (leads->pdata[i]))
	    return FALSE;
    return TRUE;
}

/* What the parts children from first on begin with, read until every
 * string is closed; at their end, with closed_after, what is still
 * open is closed (a letter or digit cannot follow). */
static GPtrArray *
lead_of_parts (const GPtrArray *children, guint first, gboolean closed_after)
{
    GPtrArray *leads = one_lead ("");
    node_t boundary = { .kind = NODE_BOUNDARY };

    for (guint i = first; i < children->len && leads; i++) {
	if (all_closed (leads))
	    return leads;
	leads = follow (leads, children->pdata[i]);
    }
    if (leads && closed_after)
	leads = follow (leads, &boundary);
    return leads;
}

/* The strings of_choice gives for each choice of node, all together,
 * or NULL when it gives none for one, or more than most in all. */
static GPtrArray *
strings_of_choices (const node_t *node, GPtrArray *(*of_choice) (const node_t *), guint most)
{
    GPtrArray *all = g_ptr_array_new_with_free_func (g_free);

    for (guint i = 0; i < node->children->len; i++) {
	GPtrArray *strings = of_choice (node->children->pdata[i]);

	if (! strings || all->len + strings->len > most) {
	    if (strings)
		g_ptr_array_unref (strings);
	    g_ptr_array_unref (all);
	    return NULL;
	}
	for (guint k = 0; k < strings->len; k++)
	    g_ptr_array_add (all, g_strdup (strings->pdata[k]));
	g_ptr_array_unref (strings);
    }
    return all;
}

/* The strings a match of node begins with: its letters and digits in
 * lower case and apostrophes, up to a character of another kind, shown
 * as a space; or NULL when not known. */
static GPtrArray *
lead_of (const node_t *node)
{
    switch (node->kind) {
    case NODE_CHAR: {
	char c[2] = { node->c, '\0' };

	return one_lead (c);
    }
    case NODE_APOSTROPHE:
	return one_lead ("'");
    case NODE_SEPARATOR:
	return one_lead (" ");
    case NODE_EMPTY:
    case NODE_BOUNDARY:
	return one_lead ("");
    case NODE_SEQUENCE:
	return lead_of_parts (node->children, 0, FALSE);
    case NODE_CHOICE:
	return strings_of_choices (node, lead_of, MAX_LEADS);
    case NODE_REPEAT: {
	/* a few times: written out, each number of times */
	const node_t *child = node->children->pdata[0];
	GPtrArray *all, *leads;

	if (node->max > REPEATS_WRITTEN)
	    return NULL;
	all = g_ptr_array_new_with_free_func (g_free);
	leads = one_lead ("");
	for (guint n = 0; n <= node->max && leads; n++) {
	    if (n >= node->min) {
		for (guint k = 0; k < leads->len; k++)
		    g_ptr_array_add (all, g_strdup (leads->pdata[k]));
		if (all->len > MAX_LEADS)
		    break;
	    }
	    if (n < node->max)
		leads = follow (leads, child);
	}
	if (leads)
	    g_ptr_array_unref (leads);
	if (! leads || all->len > MAX_LEADS) {
	    g_ptr_array_unref (all);
	    return NULL;
	}
	return all;
    }
    default:
	return NULL;
    }
}

/* Whether, past node, a letter or digit would start a token or a part
 * of one (no letter or digit before it, or an apostrophe), given
 * whether that held before node. */
static gboolean
ends_apart (const node_t *node, gboolean before)
{
    switch (node->kind) {
    case NODE_SEPARATOR:
    case NODE_BOUNDARY:
	return TRUE;
    case NODE_EMPTY:
    case NODE_APOSTROPHE:	/* or none */
	return before;
    case NODE_SEQUENCE:
	for (guint i = 0; i < node->children->len; i++)
	    before = ends_apart (node->children->pdata[i], before);
	return before;
    case NODE_CHOICE:
	for (guint i = 0; i < node->children->len; i++)
	    if (! ends_apart (node->children->pdata[i], before))
		return FALSE;
	return node->children->len > 0;
    case NODE_REPEAT: {
	const node_t *child = node->children->pdata[0];
	gboolean apart = ends_apart (child, FALSE) || (ends_apart (child, TRUE) && before);

	return node->min ? apart : apart && before;
    }
    default:
	return FALSE;
    }
}

/* Whether the parts of children from first on start with a character
 * other than a letter or digit, or a boundary; at their end, after. */
static gboolean
starts_apart (const GPtrArray *children, guint first, gboolean after)
{
    for (guint i = first; i < children->len; i++) {
	const node_t *child = children->pdata[i];

	if (child->kind == NODE_SEPARATOR || child->kind == NODE_BOUNDARY)
	    return TRUE;
	if (child->kind != NODE_EMPTY && child->kind != NODE_APOSTROPHE)
	    return FALSE;
    }
    return after;
}

/* A need at reach, past the bytes marked in seen. */
static tact_need_t *
need_new (guint reach, const guint8 *seen)
{
    tact_need_t *need = g_new0 (tact_need_t, 1);

    need->reach = reach;
    for (int k = 0; seen && k < 32; k++)
	need->stop[k] = (guint8) ~seen[k];
    need->words = g_ptr_array_new_with_free_func (g_free);
    return need;
}

void
tact_need_free (tact_need_t *need)
{
    if (need) {
	g_ptr_array_unref (need->words);
	g_free (need);
    }
}

/* A need for one of the words of leads, if each is a word that stands
 * whole (the apostrophes dropped, as tokens drop them). */
static void
need_words (GPtrArray *needs, const GPtrArray *leads, guint reach, const guint8 *seen)
{
    tact_need_t *need;

    if (! leads->len || ! all_closed (leads))
	return;
    need = need_new (reach, seen);
    for (guint i = 0; i < leads->len; i++) {
	const char *lead = leads->pdata[i];
	GString *word = g_string_new (NULL);

	for (const char *c = lead; *c && *c != ' '; c++)
	    if (*c != '\'')
		g_string_append_c (word, *c);
	if (! word->len) {
	    g_string_free (word, TRUE);
	    tact_need_free (need);
	    return;
	}
	g_ptr_array_add (need->words, g_string_free (word, FALSE));
    }
    g_ptr_array_add (needs, need);
}

/* A need for a byte node starts with, when it is one character of
 * punctuation or a digit, of a few bytes, none of them white space. */
static void
need_bytes (GPtrArray *needs, const node_t *node, guint reach, const guint8 *seen)
{
    tact_need_t *need;
    guint count = 0;

    for (guint b = 0; b < 256; b++) {
	if (! (node->bytes[b / 8] & (1 << (b % 8))))
	    continue;
	if (b < 0x80 && (g_ascii_isalpha ((char) b) || g_ascii_isspace ((char) b)))
	    return;
	count++;
    }
    if (! count || count > TACT_NEED_BYTES)
	return;
    need = need_new (reach, seen);
    for (guint b = 0; b < 256; b++)
	if (node->bytes[b / 8] & (1 << (b % 8)))
	    need->bytes[need->n_bytes++] = (guchar) b;
    g_ptr_array_add (needs, need);
}

static tact_need_t *
need_copy (const tact_need_t *need)
{
    tact_need_t *copy = g_memdup2 (need, sizeof *need);

    copy->words = g_ptr_array_new_with_free_func (g_free);
    for (guint k = 0; k < need->words->len; k++)
	g_ptr_array_add (copy->words, g_strdup (need->words->pdata[k]));
    return copy;
}

/* One need for what any of the needs holds, at the farthest reach;
 * takes them. */
static tact_need_t *
need_any (GPtrArray *choices)
{
    tact_need_t *any = need_new (0, NULL);

    memset (any->stop, 0xff, 32);
    for (guint i = 0; i < choices->len; i++) {
	tact_need_t *need = choices->pdata[i];

	any->reach = MAX (any->reach, need->reach);
	for (int k = 0; k < 32; k++)
	    any->stop[k] &= need->stop[k];
	for (guint k = 0; k < need->words->len; k++)
	    g_ptr_array_add (any->words, g_strdup (need->words->pdata[k]));
	for (guint k = 0; k < need->n_bytes; k++)
	    if (! memchr (any->bytes, need->bytes[k], any->n_bytes)) {
		if (any->n_bytes == TACT_NEED_BYTES) {
		    tact_need_free (any);
		    return NULL;
		}
		any->bytes[any->n_bytes++] = need->bytes[k];
	    }
    }
    return any;
}

/* Whether a need at reach past the bytes seen can be looked for near
 * a token: within its reach, or before the end of the sentence or
 * line, when the parts before it cannot hold a full stop or cannot
 * hold a line break. */
static gboolean
within_reach (guint reach, const guint8 *seen)
{
    return reach != UNBOUNDED ||
	! ((seen['\n' / 8] & (1 << ('\n' % 8))) && (seen['.' / 8] & (1 << ('.' % 8))));
}

/* The needs of node, which starts at most reach characters from the
 * match start, past the bytes marked in seen; apart, whether a letter
 * or digit there would start a token or a part of one, and
 * apart_after, the same past node's end. */
static void
collect_needs (const node_t *node, guint reach, const guint8 *seen, gboolean apart,
	       gboolean apart_after, GPtrArray *needs)
{
    if (! within_reach (reach, seen))
	return;
    if (node->bytes && reach > 0)
	need_bytes (needs, node, reach, seen);
    switch (node->kind) {
    case NODE_SEQUENCE: {
	guint8 past[32];

	memcpy (past, seen, 32);
	for (guint i = 0; i < node->children->len && within_reach (reach, past); i++) {
	    const node_t *child = node->children->pdata[i];

	    if (apart && reach > 0 && child->kind != NODE_SEPARATOR &&
		child->kind != NODE_BOUNDARY && child->kind != NODE_EMPTY) {
		GPtrArray *leads = lead_of_parts (node->children, i, apart_after);

		if (leads) {
		    need_words (needs, leads, reach, past);
		    g_ptr_array_unref (leads);
		}
	    }
	    collect_needs (child, reach, past, apart,
			   starts_apart (node->children, i + 1, apart_after), needs);
	    apart = ends_apart (child, apart);
	    reach = MIN ((guint64) reach + max_chars (child), UNBOUNDED);
	    may_hold (child, past);
	}
	return;
    }
    case NODE_CHOICE: {
	g_autoptr (GPtrArray) firsts = NULL;
	g_autoptr (GPtrArray) lasts = NULL;

	if (node->children->len == 1) {
	    collect_needs (node->children->pdata[0], reach, seen, apart, apart_after, needs);
	    return;
	}
	/* what every choice needs: the first need of each, and the last
	 * (past the first words, which the paths often tell already) */
	firsts = g_ptr_array_new_with_free_func ((GDestroyNotify) tact_need_free);
	lasts = g_ptr_array_new_with_free_func ((GDestroyNotify) tact_need_free);
	for (guint i = 0; i < node->children->len; i++) {
	    g_autoptr (GPtrArray) own =
		g_ptr_array_new_with_free_func ((GDestroyNotify) tact_need_free);

	    collect_needs (node->children->pdata[i], reach, seen, apart, apart_after, own);
	    if (! own->len)
		return;
	    g_ptr_array_add (lasts, g_ptr_array_steal_index (own, own->len - 1));
	    g_ptr_array_add (firsts, own->len ? g_ptr_array_steal_index (own, 0)
			     : need_copy (lasts->pdata[lasts->len - 1]));
	}
	for (guint k = 0; k < 2; k++) {
	    tact_need_t *any = need_any (k ? lasts : firsts);

	    if (any)
		g_ptr_array_add (needs, any);
	}
	return;
    }
    case NODE_REPEAT:
	if (node->min)
	    collect_needs (node->children->pdata[0], reach, seen, apart, FALSE, needs);
	return;
    default:
	return;
    }
}

static gint
by_text (gconstpointer a, gconstpointer b)
{
    return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static gint
by_reach (gconstpointer a, gconstpointer b)
{
    const tact_need_t *x = *(const tact_need_t *const *) a, *y = *(const tact_need_t *const *) b;

    return (x->reach > y->reach) - (x->reach < y->reach);
}

GPtrArray *
tact_pattern_needs (const char *pattern)
{
    reader_t r = { pattern, FALSE, FALSE };
    node_t *tree = read_choice (&r);
    GPtrArray *needs;

    if (r.failed || *r.p) {
	node_free (tree);
	return NULL;
    }
    needs = g_ptr_array_new_with_free_func ((GDestroyNotify) tact_need_free);
    /* an anchored match starts at a token */
    collect_needs (tree, 0, (const guint8[32]) { 0 }, TRUE, FALSE, needs);
    node_free (tree);
    /* each once (a word may be read both as a part and in it) */
    {
	g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

	for (guint i = 0; i < needs->len;) {
	    tact_need_t *need = needs->pdata[i];
	    GString *key = g_string_new (NULL);

	    g_ptr_array_sort (need->words, by_text);
	    g_string_append_printf (key, "%u", need->reach);
	    for (int k = 0; k < 32; k++)
		g_string_append_printf (key, "%02x", need->stop[k]);
	    for (guint k = 0; k < need->words->len; k++)
		g_string_append_printf (key, " %s", (const char *) need->words->pdata[k]);
	    for (guint k = 0; k < need->n_bytes; k++)
		g_string_append_printf (key, " %u", need->bytes[k]);
	    if (g_hash_table_add (seen, g_string_free (key, FALSE)))
		i++;
	    else
		g_ptr_array_remove_index (needs, i);
	}
    }
    g_ptr_array_sort (needs, by_reach);
    return needs;
}

/* ---- the word before a match ----
 *
 * "open\b(?<=\bfor open)" matches "open" only after "for ": a match
 * that starts at a token then needs the token before to be "for".  The
 * reading finds that where a look-behind holds a fixed text that ends
 * with what the match has read so far, after a word, a boundary before
 * it, and one character of punctuation or space. */

#define MAX_FIXED 64

/* The texts a match of node can be when they are a few fixed ones: its
 * letters and digits in lower case, a space for one character of
 * punctuation or white space, "|" for a boundary; or NULL. */
static GPtrArray *
fixed_texts (const node_t *node)
{
    GPtrArray *texts, *next, *joined;

    switch (node->kind) {
    case NODE_CHAR: {
	char c[2] = { node->c, '\0' };

	return one_lead (c);
    }
    case NODE_SEPARATOR:
	return node->width == 1 ? one_lead (" ") : NULL;
    case NODE_BOUNDARY:
	return one_lead ("|");
    case NODE_EMPTY:
	return one_lead ("");
    case NODE_CHOICE:
	return strings_of_choices (node, fixed_texts, MAX_FIXED);
    case NODE_SEQUENCE:
	texts = one_lead ("");
	for (guint i = 0; i < node->children->len; i++) {
	    next = fixed_texts (node->children->pdata[i]);
	    if (! next || texts->len * next->len > MAX_FIXED) {
		if (next)
		    g_ptr_array_unref (next);
		g_ptr_array_unref (texts);
		return NULL;
	    }
	    joined = g_ptr_array_new_with_free_func (g_free);
	    for (guint a = 0; a < texts->len; a++)
		for (guint b = 0; b < next->len; b++)
		    g_ptr_array_add (joined, g_strconcat (texts->pdata[a], next->pdata[b], NULL));
	    g_ptr_array_unref (texts);
	    g_ptr_array_unref (next);
	    texts = joined;
	}
	return texts;
    default:
	return NULL;
    }
}

/* Add to words the word that the look-behind text behind (see
 * fixed_texts) puts before the match start, for each of the texts the
 * match has read so far that it ends with; FALSE when it does not put
 * one there for all of them. */
static gboolean
word_behind (const char *behind, const GPtrArray *so_far, GPtrArray *words)
{
    g_autoptr (GString) text = g_string_new (NULL);
    g_autofree gboolean *bounded = g_new0 (gboolean, strlen (behind) + 1);

    /* the text without boundaries; where one was, before which letter */
    for (const char *c = behind; *c; c++) {
	if (*c == '|')
	    bounded[text->len] = TRUE;
	else
	    g_string_append_c (text, *c);
    }
    for (guint i = 0; i < so_far->len; i++) {
	g_autoptr (GString) read = g_string_new (NULL);
	size_t end, begin;

	for (const char *c = so_far->pdata[i]; *c; c++)
	    if (*c != '|')
		g_string_append_c (read, *c);
	if (text->len <= read->len)
	    return FALSE;	/* it looks no further back than the start */
	if (strcmp (text->str + text->len - read->len, read->str))
	    continue;		/* they cannot both hold */
	end = text->len - read->len;
	if (text->str[end - 1] != ' ')
	    return FALSE;
	end--;
	for (begin = end; begin > 0 && g_ascii_isalnum (text->str[begin - 1]); begin--)
	    ;
	if (begin == end || ! (bounded[begin] || (begin > 0 && text->str[begin - 1] == ' ')))
	    return FALSE;
	g_ptr_array_add (words, g_strndup (text->str + begin, end - begin));
    }
    return TRUE;
}

/* The words the token before the match start may be, as the
 * look-behinds of node say, node starting after what the match has
 * read so far (see fixed_texts); NULL when they do not say. */
static GPtrArray *
words_behind (const node_t *node, const GPtrArray *so_far)
{
    GPtrArray *words = NULL;

    switch (node->kind) {
    case NODE_EMPTY: {
	g_autoptr (GPtrArray) texts = node->behind ? fixed_texts (node->behind) : NULL;

	if (! texts)
	    return NULL;
	words = g_ptr_array_new_with_free_func (g_free);
	for (guint i = 0; i < texts->len; i++)
	    if (! word_behind (texts->pdata[i], so_far, words)) {
		g_ptr_array_unref (words);
		return NULL;
	    }
	break;
    }
    case NODE_CHOICE:
	words = g_ptr_array_new_with_free_func (g_free);
	for (guint i = 0; i < node->children->len; i++) {
	    g_autoptr (GPtrArray) own = words_behind (node->children->pdata[i], so_far);

	    if (! own) {
		g_ptr_array_unref (words);
		return NULL;
	    }
	    for (guint k = 0; k < own->len; k++)
		g_ptr_array_add (words, g_strdup (own->pdata[k]));
	}
	break;
    case NODE_SEQUENCE: {
	GPtrArray *read = g_ptr_array_new_with_free_func (g_free);

	for (guint i = 0; i < so_far->len; i++)
	    g_ptr_array_add (read, g_strdup (so_far->pdata[i]));
	for (guint i = 0; i < node->children->len && read && ! words; i++) {
	    const node_t *child = node->children->pdata[i];
	    GPtrArray *next, *joined = NULL;

	    words = words_behind (child, read);
	    next = words ? NULL : fixed_texts (child);
	    if (next && read->len * next->len <= MAX_FIXED) {
		joined = g_ptr_array_new_with_free_func (g_free);
		for (guint a = 0; a < read->len; a++)
		    for (guint b = 0; b < next->len; b++)
			g_ptr_array_add (joined, g_strconcat (read->pdata[a], next->pdata[b], NULL));
	    }
	    if (next)
		g_ptr_array_unref (next);
	    g_ptr_array_unref (read);
	    read = joined;
	}
	if (read)
	    g_ptr_array_unref (read);
	return words;
    }
    default:
	return NULL;
    }
    if (! words->len) {
	/* it never holds, as read: too odd to trust */
	g_ptr_array_unref (words);
	return NULL;
    }
    return words;
}

GPtrArray *
tact_pattern_words_before (const char *pattern)
{
    reader_t r = { pattern, FALSE, FALSE };
    node_t *tree = read_choice (&r);
    g_autoptr (GPtrArray) start = one_lead ("");
    GPtrArray *words;

    if (r.failed || *r.p) {
	node_free (tree);
	return NULL;
    }
    words = words_behind (tree, start);
    node_free (tree);
    return words;
}

/* Past the character class that opens at s ("[...]"), or NULL. */
const char *
tact_pattern_past_class (const char *s)
{
    s++;
    if (*s == '^')
	s++;
    if (*s == ']')
	s++;			/* a ']' first is one of the class */
    for (; *s && *s != ']'; s++)
	if (*s == '\\' && s[1])
	    s++;
    return *s ? s + 1 : NULL;
}

/* Past the group that opens at s ("(...)"), or NULL. */
const char *
tact_pattern_past_group (const char *s)
{
    int depth = 0;

    while (s && *s) {
	if (*s == '\\' && s[1]) {
	    s += 2;
	} else if (*s == '[') {
	    s = tact_pattern_past_class (s);
	} else {
	    if (*s == '(')
		depth++;
	    else if (*s == ')' && --depth == 0)
		return s + 1;
	    s++;
	}
    }
    return NULL;
}

guint
tact_pattern_capitals (const char *pattern)
{
    const char *p = pattern, *end;
    guint least = G_MAXUINT, run = 0;

    if (! g_str_has_prefix (p, "(?-i)"))
	return 0;
    p += 5;
    if (g_str_has_prefix (p, "\\b"))
	p += 2;
    if (*p != '(' || ! (end = tact_pattern_past_group (p)))
	return 0;
    /* not optional, and no choice at the top after it */
    if (*end == '?' || *end == '*' || *end == '{')
	return 0;
    for (const char *q = end; *q; q++) {
	if (*q == '\\' && q[1])
	    q++;
	else if (*q == '|')
	    return 0;
	else if (*q == '[' || *q == '(') {
	    q = *q == '[' ? tact_pattern_past_class (q) : tact_pattern_past_group (q);
	    if (! q)
		return 0;
	    q--;
	}
    }
    p++;
    if (g_str_has_prefix (p, "?:"))
	p += 2;
    for (; p < end; p++) {
	if (*p >= 'A' && *p <= 'Z') {
	    run++;
	} else if (*p == '|' || (*p == ')' && p + 1 == end)) {
	    least = MIN (least, run);
	    run = 0;
	} else {
	    return 0;		/* only a choice of words in capitals */
	}
    }
    return least == G_MAXUINT ? 0 : least;
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
    if (depth < TACT_PATH_DEPTH) {
	*out++ = any;
	*out++ = size - 1;
	memset (out, 0, size * sizeof (guint32));
	for (guint32 k = 0; k < n_edges; k++) {
	    guint32 bit = tact_path_walk_bit (edges->values[2 * k]);

	    out[(bit >> 5) & (size - 1)] |= 1u << (bit & 31);
	}
	out += size;
    }
    *out++ = n_entries;
    if (n_entries)		/* (no values to copy from when none) */
	memcpy (out, entries->values, n_entries * sizeof (guint32));
    out += n_entries;
    if (depth < TACT_PATH_DEPTH) {
	*out++ = n_edges;
	for (guint32 k = 0; k < n_edges; k++) {
	    out[k] = edges->values[2 * k];
	    out[n_edges + k] = edges->values[2 * k + 1];
	}
    }
    return at | (n_entries ? TACT_PATH_ENTRIES : 0);
}

guint32
tact_path_walk_make (tact_path_walk_t *walk, guint32 word)
{
    walk_build_t b = { walk, { { NULL, 0, 0 } }, { { NULL, 0, 0 } } };
    guint32 ref;

    if (word >= walk->n_words)
	return 0;
    ref = walk->root[word] = walk_node (&b, walk->tree->root[word], 1);
    for (guint d = 1; d <= TACT_PATH_DEPTH; d++) {
	g_free (b.entries[d].values);
	g_free (b.edges[d].values);
    }
    /* the words it goes on with, unless it gives entries or has an any
     * child, when anything may follow */
    memset (walk->next + 4 * word, ref ? 0xff : 0, 4 * sizeof (guint64));
    if (ref && ! (ref & TACT_PATH_LEAF) && ! tact_path_walk_any (walk, 1, ref) &&
	! tact_path_walk_entries (walk, 1, ref)[0]) {
	const guint32 *edges = tact_path_walk_edges (walk, 1, ref);

	memset (walk->next + 4 * word, 0, 4 * sizeof (guint64));
	for (guint32 k = 0; k < edges[0]; k++) {
	    guint32 bit = tact_path_walk_next_bit (walk, edges[1 + k]);

	    walk->next[4 * word + bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
	}
    }
    return ref;
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
    walk->root[tree->n_words] = 0;	/* (see tact_path_walk_root) */
    walk->next = g_new0 (guint64, 4 * ((size_t) tree->n_words + 1));
    for (guint32 w = 0; w < tree->n_words; w++)
	if (tree->root[w])
	    memset (walk->next + 4 * w, 0xff, 4 * sizeof (guint64));
    walk->room = 4 + (size_t) tree->n_words + (size_t) tree->n_nodes * 5 +
	(size_t) tree->n_edges * 2 + tree->n_rules;
    walk->room = MIN (walk->room, TACT_PATH_PLACE - 1);
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
    g_free (walk->next);
    for (guint d = 1; d <= TACT_PATH_DEPTH; d++)
	g_free (walk->values[d]);
    g_free (walk);
}

/* ---- where a match starts, byte by byte ----
 *
 * The characters of the tree are numbered, as positions, and for each
 * the positions that can come next are found (Glushkov's construction):
 * the bytes a match can start with, for each the bytes that can come
 * second, and from the look-behinds and boundary before the first
 * character, the bytes that can come before it. */

#define MAX_POSITIONS 1024

typedef struct positions {
    GPtrArray *nodes;		/* by position */
    GHashTable *numbers;	/* node -> position + 1 */
    guint words;		/* guint64 in a set of positions */
    guint64 **follow;		/* by position */
    guint *least;		/* by position: for the character of a
				 * repeat, the least times it repeats
				 * (it follows itself at first till
				 * then); 0 for others */
    gboolean exact;		/* the pattern is case-sensitive */
} positions_t;

static gboolean
is_position (const node_t *node)
{
    switch (node->kind) {
    case NODE_CHAR: case NODE_TOKEN_CHAR: case NODE_SEPARATOR: case NODE_ANY:
    case NODE_APOSTROPHE:
	return TRUE;
    default:
	return node->one_char;
    }
}

static void
number_positions (positions_t *g, const node_t *node)
{
    if (is_position (node)) {
	g_ptr_array_add (g->nodes, (gpointer) node);
	g_hash_table_insert (g->numbers, (gpointer) node, GUINT_TO_POINTER (g->nodes->len));
	return;
    }
    if (node->children)
	for (guint i = 0; i < node->children->len; i++)
	    number_positions (g, node->children->pdata[i]);
    if (node->ahead)
	number_positions (g, node->ahead);
    if (node->behind)
	number_positions (g, node->behind);
    if (node->not_behind)
	number_positions (g, node->not_behind);
}

/* The bytes a character of the pattern may hold, as 256 bits. */
static void
char_bytes (const positions_t *g, const node_t *node, guint8 bits[32])
{
    memset (bits, 0, 32);
    if (g->exact && node->exact)
	memcpy (bits, node->exact, 32);
    else if (node->may)
	memcpy (bits, node->may, 32);
    else if (node->kind == NODE_CHAR && g->exact)
	mark (bits, (guchar) node->raw);
    else if (node->kind == NODE_CHAR)
	mark_char (bits, (guchar) node->c);
    else
	memset (bits, 0xff, 32);
}

static guint64 *
positions_new (const positions_t *g)
{
    return g_new0 (guint64, g->words);
}

static void
positions_add (const positions_t *g, guint64 *to, const guint64 *from)
{
    for (guint k = 0; k < g->words; k++)
	to[k] |= from[k];
}

/* Find the positions a match of node can start and end with (in
 * first and last, empty at the call) and note which can follow which;
 * whether it can match no character. */
static gboolean
first_last (positions_t *g, const node_t *node, guint64 *first, guint64 *last)
{
    if (is_position (node)) {
	guint p = GPOINTER_TO_UINT (g_hash_table_lookup (g->numbers, node)) - 1;

	first[p / 64] |= G_GUINT64_CONSTANT (1) << (p % 64);
	last[p / 64] |= G_GUINT64_CONSTANT (1) << (p % 64);
	if (node->width > 1)	/* "\\R", which may be two characters */
	    g->follow[p][p / 64] |= G_GUINT64_CONSTANT (1) << (p % 64);
	/* an apostrophe outside a class may be none */
	return node->kind == NODE_APOSTROPHE && ! node->one_char;
    }
    switch (node->kind) {
    case NODE_SEQUENCE: {
	gboolean empty = TRUE;

	for (guint i = 0; i < node->children->len; i++) {
	    g_autofree guint64 *f = positions_new (g);
	    g_autofree guint64 *l = positions_new (g);
	    gboolean child_empty = first_last (g, node->children->pdata[i], f, l);

	    for (guint p = 0; p < g->nodes->len; p++)
		if ((last[p / 64] >> (p % 64)) & 1)
		    positions_add (g, g->follow[p], f);
	    if (empty)
		positions_add (g, first, f);
	    if (! child_empty)
		memset (last, 0, g->words * sizeof (guint64));
	    positions_add (g, last, l);
	    empty = empty && child_empty;
	}
	return empty;
    }
    case NODE_CHOICE: {
	gboolean empty = FALSE;

	for (guint i = 0; i < node->children->len; i++) {
	    g_autofree guint64 *f = positions_new (g);
	    g_autofree guint64 *l = positions_new (g);

	    empty |= first_last (g, node->children->pdata[i], f, l);
	    positions_add (g, first, f);
	    positions_add (g, last, l);
	}
	return empty;
    }
    case NODE_REPEAT: {
	gboolean empty = first_last (g, node->children->pdata[0], first, last);

	if (node->max == 0) {
	    memset (first, 0, g->words * sizeof (guint64));
	    memset (last, 0, g->words * sizeof (guint64));
	    return TRUE;
	}
	if (node->max > 1)
	    for (guint p = 0; p < g->nodes->len; p++)
		if ((last[p / 64] >> (p % 64)) & 1)
		    positions_add (g, g->follow[p], first);
	if (is_position (node->children->pdata[0]))
	    g->least[GPOINTER_TO_UINT (g_hash_table_lookup (g->numbers,
							    node->children->pdata[0])) - 1] = node->min;
	return empty || node->min == 0;
    }
    default:			/* look-arounds, anchors, boundaries */
	return TRUE;
    }
}

/* The bytes of the positions of set. */
static void
bytes_of (const positions_t *g, const guint64 *set, guint8 bits[32])
{
    memset (bits, 0, 32);
    for (guint p = 0; p < g->nodes->len; p++)
	if ((set[p / 64] >> (p % 64)) & 1) {
	    guint8 more[32];

	    char_bytes (g, g->nodes->pdata[p], more);
	    for (int k = 0; k < 32; k++)
		bits[k] |= more[k];
	}
}

/* Whether a pattern is case-sensitive throughout: it starts with
 * "(?-i)" and sets no option after. */
static gboolean
is_exact (const char *pattern)
{
    if (! g_str_has_prefix (pattern, "(?-i)"))
	return FALSE;
    for (const char *p = strstr (pattern + 5, "(?"); p; p = strstr (p + 2, "(?"))
	if (p[-1] != '\\' && strchr ("imsnUJ-^", p[2]))
	    return FALSE;
    return TRUE;
}

/* The bytes of the one character node may match, or FALSE when it
 * may match more or fewer. */
static gboolean
one_char_bytes (const positions_t *g, const node_t *node, guint8 bits[32])
{
    while ((node->kind == NODE_CHOICE && ! node->one_char && node->children->len == 1) ||
	   (node->kind == NODE_SEQUENCE && node->children->len == 1))
	node = node->children->pdata[0];
    if (! is_position (node) || (node->kind == NODE_APOSTROPHE && ! node->one_char))
	return FALSE;
    char_bytes (g, node, bits);
    return TRUE;
}

static void
mark_word (guint8 bits[32])
{
    mark_range (bits, '0', '9');
    mark_range (bits, 'A', 'Z');
    mark_range (bits, 'a', 'z');
    mark (bits, '_');
}

/* What a boundary at the end of a match lets come after it, in after:
 * when every character the match can end with is of \w, a byte of none
 * (a byte outside ASCII is none: \w is of ASCII here), and when none
 * is, a byte of one; else any. */
static void
boundary_after (const positions_t *g, const guint64 *last, const guint8 word[32], guint8 after[32])
{
    guint8 bytes[32];
    gboolean words = FALSE, others = FALSE;

    bytes_of (g, last, bytes);
    for (int k = 0; k < 32; k++) {
	words |= (bytes[k] & word[k]) != 0;
	others |= (bytes[k] & (guint8) ~word[k]) != 0;
    }
    if (words != others)
	for (int k = 0; k < 32; k++)
	    after[k] = words ? (guint8) ~word[k] : word[k];
}

/* The bytes each of the first TACT_START_DEPTH characters of a match
 * can start with, whatever came before it: the positions that can come
 * k-th, walked from the first ones, a character of a repeat of n or
 * more followed by itself till it has come n times (its count, up to
 * the depth, a bit each).  Where a match may end (not before min_chars
 * characters), the byte after it is one a look-ahead at its end lets
 * come, and any byte may come later. */
static void
depth_bytes (const positions_t *g, const guint64 *first, const guint64 *last,
	     const guint8 after[32], guint min_chars, guint8 depth[TACT_START_DEPTH][32])
{
    guint n = g->nodes->len, top = TACT_START_DEPTH + 1;
    g_autofree guint32 *now = g_new0 (guint32, n);
    g_autofree guint32 *next = g_new0 (guint32, n);
    gboolean ended = FALSE, any = FALSE;

    for (guint p = 0; p < n; p++)
	if ((first[p / 64] >> (p % 64)) & 1)
	    now[p] = 1u << 1;
    for (guint k = 0; k < TACT_START_DEPTH; k++) {
	gboolean ends = FALSE, more = FALSE;

	if (any) {
	    memset (depth[k], 0xff, 32);
	    continue;
	}
	memset (depth[k], 0, 32);
	if (ended) {
	    /* a match may have ended right before: this byte may be one
	     * its look-ahead lets come, and any after it */
	    for (int b = 0; b < 32; b++)
		depth[k][b] |= after[b];
	    any = TRUE;
	}
	memset (next, 0, n * sizeof *next);
	for (guint p = 0; p < n; p++) {
	    guint least = MAX (g->least[p], 1);
	    guint8 bits[32];

	    if (! now[p])
		continue;
	    more = TRUE;
	    char_bytes (g, g->nodes->pdata[p], bits);
	    for (int b = 0; b < 32; b++)
		depth[k][b] |= bits[b];
	    for (guint c = 1; c <= top; c++) {
		if (! ((now[p] >> c) & 1))
		    continue;
		if (c < least) {
		    next[p] |= 1u << (c + 1);
		    continue;
		}
		if (((last[p / 64] >> (p % 64)) & 1) && k + 1 >= min_chars)
		    ends = TRUE;
		for (guint q = 0; q < n; q++)
		    if ((g->follow[p][q / 64] >> (q % 64)) & 1)
			next[q] |= 1u << (q == p ? MIN (c + 1, top) : 1);
	    }
	}
	if (! more && ! ended) {
	    /* (no character can come here, nor a match end before: past
	     * this reading) */
	    memset (depth[k], 0xff, 32);
	    any = TRUE;
	}
	ended = ends;
	memcpy (now, next, n * sizeof *now);
    }
}

/* What a look-behind (its first and last positions f and l) lets come
 * two bytes before where it looks: for each byte of ASCII its last
 * character can have, the bytes of the characters that can come before
 * that one in it, or any when that one can be its first, added to
 * pairs. */
static void
pairs_behind (const positions_t *g, const guint64 *f, const guint64 *l, guint8 pairs[128][32])
{
    for (guint p = 0; p < g->nodes->len; p++) {
	guint8 last[32], before[32] = { 0 };

	if (! ((l[p / 64] >> (p % 64)) & 1))
	    continue;
	char_bytes (g, g->nodes->pdata[p], last);
	if ((f[p / 64] >> (p % 64)) & 1)
	    memset (before, 0xff, 32);
	for (guint q = 0; q < g->nodes->len; q++)
	    if ((g->follow[q][p / 64] >> (p % 64)) & 1) {
		guint8 bits[32];

		char_bytes (g, g->nodes->pdata[q], bits);
		for (int k = 0; k < 32; k++)
		    before[k] |= bits[k];
	    }
	for (guint b = 0; b < 128; b++)
	    if ((last[b / 8] >> (b % 8)) & 1)
		for (int k = 0; k < 32; k++)
		    pairs[b][k] |= before[k];
    }
}

gboolean
tact_pattern_start (const char *pattern, guint min_chars, tact_pattern_start_t *start)
{
    reader_t r = { pattern, FALSE, TRUE };
    node_t *tree = read_choice (&r);
    positions_t g = { 0 };
    g_autofree guint64 *first = NULL;
    g_autofree guint64 *last = NULL;
    guint8 after[32], word[32] = { 0 };
    gboolean empty, known = FALSE, boundary = FALSE;
    const node_t *sequence;
    guint i = 0;

    memset (start, 0xff, sizeof *start);
    start->anchored = start->led = FALSE;
    if (r.failed || *r.p) {
	node_free (tree);
	return FALSE;
    }
    g.nodes = g_ptr_array_new ();
    g.numbers = g_hash_table_new (NULL, NULL);
    g.exact = is_exact (pattern);
    number_positions (&g, tree);
    if (g.nodes->len > MAX_POSITIONS)
	goto done;
    g.words = g.nodes->len / 64 + 1;
    g.follow = g_new0 (guint64 *, g.nodes->len + 1);
    g.least = g_new0 (guint, g.nodes->len + 1);
    for (guint p = 0; p < g.nodes->len; p++)
	g.follow[p] = positions_new (&g);
    first = positions_new (&g);
    last = positions_new (&g);
    empty = first_last (&g, tree, first, last);
    if (empty)
	goto done;
    known = TRUE;
    bytes_of (&g, first, start->first);
    /* the pattern one sequence: what its look-arounds say of the bytes
     * before and after it */
    sequence = tree->children->len == 1 ? tree->children->pdata[0] : NULL;
    memset (after, 0xff, 32);
    mark_word (word);
    if (sequence && sequence->children->len) {
	const node_t *end = sequence->children->pdata[sequence->children->len - 1];
	g_autofree guint64 *f = positions_new (&g);
	g_autofree guint64 *l = positions_new (&g);

	if (end->kind == NODE_EMPTY && end->ahead && ! first_last (&g, end->ahead, f, l))
	    bytes_of (&g, f, after);
	else if (end->kind == NODE_BOUNDARY)
	    boundary_after (&g, last, word, after);
    }
    for (; sequence && i < sequence->children->len; i++) {
	const node_t *node = sequence->children->pdata[i];
	guint8 bits[32];

	if (node->kind == NODE_CHOICE && ! node->one_char) {
	    /* a choice of look-behinds and line starts: what any of
	     * them lets come before */
	    guint8 any[32] = { 0 }, pairs[128][32] = { { 0 } };
	    gboolean looks = TRUE;

	    for (guint c = 0; c < node->children->len && looks; c++) {
		const node_t *choice = node->children->pdata[c];
		const node_t *one = choice->kind == NODE_SEQUENCE && choice->children->len == 1 ?
		    choice->children->pdata[0] : NULL;
		g_autofree guint64 *f = positions_new (&g);
		g_autofree guint64 *l = positions_new (&g);

		looks = one && one->kind == NODE_EMPTY && (one->line_start || one->behind);
		if (looks && one->line_start) {
		    mark (any, '\n');
		    memset (pairs['\n'], 0xff, 32);
		} else if (looks && ! first_last (&g, one->behind, f, l)) {
		    bytes_of (&g, l, bits);
		    for (int k = 0; k < 32; k++)
			any[k] |= bits[k];
		    pairs_behind (&g, f, l, pairs);
		} else {
		    memset (any, 0xff, 32);
		    memset (pairs, 0xff, sizeof pairs);
		}
	    }
	    if (! looks)
		break;
	    for (int k = 0; k < 32; k++)
		start->before[k] &= any[k];
	    for (guint b = 0; b < 128; b++)
		for (int k = 0; k < 32; k++)
		    start->before2[b][k] &= pairs[b][k];
	} else if (node->kind == NODE_BOUNDARY) {
	    boundary = TRUE;
	} else if (node->kind == NODE_EMPTY && node->behind) {
	    g_autofree guint64 *f = positions_new (&g);
	    g_autofree guint64 *l = positions_new (&g);

	    /* the byte before is the last of what it looks for */
	    if (! first_last (&g, node->behind, f, l)) {
		guint8 pairs[128][32] = { { 0 } };

		bytes_of (&g, l, bits);
		for (int k = 0; k < 32; k++)
		    start->before[k] &= bits[k];
		pairs_behind (&g, f, l, pairs);
		for (guint b = 0; b < 128; b++)
		    for (int k = 0; k < 32; k++)
			start->before2[b][k] &= pairs[b][k];
	    }
	} else if (node->kind == NODE_EMPTY && node->not_behind) {
	    /* a character of ASCII it must not be (any character
	     * outside ASCII may end with any of its bytes) */
	    if (one_char_bytes (&g, node->not_behind, bits))
		for (int k = 0; k < 16; k++)
		    start->before[k] &= (guint8) ~bits[k];
	} else if (node->kind != NODE_EMPTY) {
	    break;
	}
    }
    memcpy (start->before_other, start->before, 32);
    if (boundary)
	/* a boundary before a word character follows no word
	 * character, and before any other follows one (a byte outside
	 * ASCII is none: \w is of ASCII here) */
	for (int k = 0; k < 32; k++) {
	    start->before[k] &= (guint8) ~word[k];
	    start->before_other[k] &= word[k];
	}
    /* a run of characters of a class, then one of a few others that
     * are not of it: a match starts in a run that ends before one of
     * those, and where such a run does when nothing that comes before
     * a match is of the run */
    if (sequence && i + 1 < sequence->children->len) {
	const node_t *run = sequence->children->pdata[i];
	const node_t *next = sequence->children->pdata[i + 1];
	gboolean apart = TRUE;

	if (run->kind == NODE_REPEAT && run->min >= 1 && run->max == UNBOUNDED &&
	    one_char_bytes (&g, run->children->pdata[0], start->run) &&
	    one_char_bytes (&g, next, start->anchor)) {
	    start->led = TRUE;
	    for (int k = 0; k < 32; k++)
		start->led = start->led && ! (start->run[k] & start->anchor[k]);
	    for (int k = 0; k < 32; k++)
		apart = apart && ! (start->run[k] & (start->before[k] | start->before_other[k]));
	    start->anchored = start->led && apart;
	}
    }
    /* what can come second after each first byte of ASCII, and third
     * after each second one */
    memset (start->second, 0, sizeof start->second);
    memset (start->third, 0, sizeof start->third);
    for (guint p = 0; p < g.nodes->len; p++) {
	guint8 bits[32];

	if (! ((first[p / 64] >> (p % 64)) & 1))
	    continue;
	char_bytes (&g, g.nodes->pdata[p], bits);
	for (guint q = 0; q < g.nodes->len; q++) {
	    guint8 second[32], next[32];

	    /* (the first character of a repeat of two or more is
	     * followed by itself) */
	    if (! ((g.follow[p][q / 64] >> (q % 64)) & 1) || (g.least[p] > 1 && q != p))
		continue;
	    char_bytes (&g, g.nodes->pdata[q], second);
	    for (guint b = 0; b < 128; b++)
		if ((bits[b / 8] >> (b % 8)) & 1)
		    for (int k = 0; k < 32; k++)
			start->second[b][k] |= second[k];
	    /* the character after the second: itself again, in a repeat
	     * of more, entered at the first or at the second */
	    if ((q == p && g.least[q] > 2) || (q != p && g.least[q] > 1)) {
		memcpy (next, second, 32);
	    } else {
		bytes_of (&g, g.follow[q], next);
		if (min_chars < 3 && ((last[q / 64] >> (q % 64)) & 1))
		    for (int k = 0; k < 32; k++)
			next[k] |= after[k];
	    }
	    for (guint b = 0; b < 128; b++)
		if ((second[b / 8] >> (b % 8)) & 1)
		    for (int k = 0; k < 32; k++)
			start->third[b][k] |= next[k];
	}
	/* a match of one character: then what comes after it, and
	 * anything after that */
	if (min_chars < 2 && g.least[p] < 2 && ((last[p / 64] >> (p % 64)) & 1)) {
	    for (guint b = 0; b < 128; b++)
		if ((bits[b / 8] >> (b % 8)) & 1)
		    for (int k = 0; k < 32; k++)
			start->second[b][k] |= after[k];
	    for (guint b = 0; b < 128; b++)
		if ((after[b / 8] >> (b % 8)) & 1)
		    memset (start->third[b], 0xff, 32);
	}
    }
    depth_bytes (&g, first, last, after, min_chars, start->depth);
 done:
    if (g.follow)
	for (guint p = 0; p < g.nodes->len; p++)
	    g_free (g.follow[p]);
    g_free (g.follow);
    g_free (g.least);
    g_ptr_array_unref (g.nodes);
    g_hash_table_unref (g.numbers);
    node_free (tree);
    if (! known) {
	memset (start, 0xff, sizeof *start);
	start->anchored = start->led = FALSE;
    }
    return known;
}
