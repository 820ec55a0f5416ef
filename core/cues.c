/* cues.c - the cues stage: one pass over a message's text, driven by
 * the cue lexicon (templates/lexicon/cues.lex), yields cues with their
 * evidence; then flags per message and the facts of the thread.
 *
 * Speed: every rule whose pattern starts with a word (or a choice of
 * words) is tried only at a token of the text where that token and the
 * next ones begin a match as the pattern's paths say (the tree of paths
 * of word-paths.h, which the build makes for the built-in lexicon),
 * anchored there, and only when the text holds the other words the
 * pattern needs (see lexicon.h); the few rules that start with
 * punctuation are searched over the whole text.  The words
 * of the lexicon are numbered, so that reading a text costs one hash
 * lookup per token (most tokens read 64 bytes at a time, see
 * read_tokens) and no allocation per token.  The rules that cancel a
 * cue (negation, hypotheticals) are likewise tried only where the
 * region before the cue has a word they start with (see guard_t).
 */
#include "config.h"

#include <math.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/cues.h"
#include "core/word-paths.h"
#include "core/source.h"
#include "core/status.h"

#define MAX_TOKEN 64
#define CLAUSE_LOOKBACK 80

/* Where a cue kind takes its rules from, whether negation ("not
 * confusing") and hypotheticals ("if it fails I'll write") cancel it,
 * and whether it is looked for only when fluency is judged: the
 * patterns of second-language English say nothing of a message too
 * short to judge or of the agent's own, and are left to a detector of
 * their own (see tact_detector_find_nonfluent). */
static const struct {
    const char *section;
    tact_flag_t kind;
    gboolean checked;
    gboolean fluency;
} kinds[] = {
    { "struggle", TACT_FLAG_STRUGGLE, TRUE, FALSE },
    { "frustration", TACT_FLAG_FRUSTRATION, TRUE, FALSE },
    { "intensity", TACT_FLAG_FRUSTRATION, TRUE, FALSE },	/* see calm_delight */
    { "casual", TACT_FLAG_CASUAL, FALSE, FALSE },
    { "formal", TACT_FLAG_FORMAL, FALSE, FALSE },
    { "urgency", TACT_FLAG_URGENCY, TRUE, FALSE },
    { "nonfluent", TACT_FLAG_NONFLUENT, FALSE, TRUE },
    { "gratitude", TACT_FLAG_GRATITUDE, TRUE, FALSE },
    { "question", TACT_FLAG_QUESTION, FALSE, FALSE },
    { "feature_request", TACT_FLAG_FEATURE_REQUEST, FALSE, FALSE },
    { "complaint", TACT_FLAG_NEEDS_APOLOGY, TRUE, FALSE },
    { "repeat_contact", TACT_FLAG_REPEAT_CONTACT, TRUE, FALSE },
};

typedef struct entry {
    const tact_rule_t *rule;
    const char *name;		/* "section/name", interned once needed */
    tact_flag_t kind;
    gboolean checked;
    gboolean caps;		/* a "caps..." rule, whose acronyms are no cue */
    guint index;		/* in the detector's entries */
    guint32 n_required;		/* the rule's, see has_required */
    /* The bytes a match can start with (PCRE2's own analysis), so that
     * "(?-i)NOW" is not tried at "now"; all when PCRE2 does not say. */
    guint8 first_bytes[32];
    gboolean first_bytes_known;	/* found when the entry is first tried */
    /* What a match needs near its start (the rule's nearby list, see
     * lexicon.h), found when the entry is first tried: the capitals it
     * starts with, its needs, and the words the token before can be
     * (a count, then them; NULL for any). */
    gboolean needs_known;
    guint32 capitals;
    guint32 n_needs;
    struct need *needs;
    const guint32 *before;
    /* How often the needs were looked at, and told that a try would
     * fail; a rule whose tries they seldom spare is tried without. */
    guint32 near_looks, near_spared;
    gboolean near_off;
} entry_t;

/* A need of an entry's rule, what need_holds reads of it in one place
 * (a check reads little else): its reach, words and bytes as in the
 * nearby list, a few of its stop bytes, and a filter of its words
 * (see need_bit). */
#define NEED_FILTER 512

typedef struct need {
    guint32 reach;
    guint32 n_words, n_bytes;
    const guint32 *words, *bytes;
    guint8 stops[4];
    guint8 n_stops;
    gboolean digits;		/* its bytes are the digits */
    guint64 filter[NEED_FILTER / 64];
} need_t;

/* An entry filed under one of its first words, with the words the next
 * token can then be (the rule's list), or NULL when it can be any. */
typedef struct filing {
    const entry_t *entry;
    const guint32 *next;
    /* bit n % 64 for each word n of next, found when first needed
     * (a detector may read a message or two: most filings are never
     * looked at); 0 until then */
    guint64 next_bits;
} filing_t;

/* A key of the detector's table of the lexicon's words: a word's first
 * eight bytes (zero past its end; for a longer word, its first seven
 * and 1, which no token's eight bytes are, see word_prefix), plus
 * KEY_MORE when a word whose lookup starts at this slot lies further
 * on (see index_words); 0 for an empty slot.  The bytes of a word are
 * ASCII, below 0x80, which leaves the top bit free. */
#define KEY_MORE (G_GUINT64_CONSTANT (1) << 63)

/* The rules of a section that cancel a cue (negation, hypotheticals),
 * tried over a region of the text before or around it, and what tells
 * cheaply which of them can match there: most start with one of a few
 * words, and a region without a token of those words cannot match
 * them (see guard_rules). */
typedef struct guard {
    const GPtrArray *rules;
    guint32 *starts;		/* for each word of the lexicon, a bit for
				 * each of the first 32 rules whose match
				 * can start with it, whatever follows */
    guint32 *paired;		/* ... and those whose match starting with
				 * it goes on with one of a few words
				 * (the rule's next words; see pairs_hold) */
    guint32 always;		/* those of the first 32 that may start
				 * otherwise; the rules after them always */
    guint number;		/* its place among the detector's guards */
} guard_t;

#define N_GUARDS 3

/* The byte of a detector's pair_guards for a word followed by next:
 * a hash of the two. */
static inline guint
pair_slot (guint word, guint next)
{
    return (word * 0x9e3779b1u + next * 0x85ebca77u) >> 20;
}

/* A short text is_acronym has answered for: its length (0 for none),
 * the answer and the text.  The detector keeps a slot for each hash of
 * a text, the last answer there, rather than a GHashTable, which would
 * grow with each new shouted text and take a copy of each as a key. */
#define ACRONYM_TEXT 22
#define ACRONYM_SLOTS 512

typedef struct acronym_slot {
    guint8 length, acronym;
    char text[ACRONYM_TEXT];
} acronym_slot_t;

/* What the detector found once of a rule searched for (see
 * find_starts), which each text would ask again: the few bytes one of
 * which a text must hold for it to match (see holds_one_of), the one
 * byte of its start's anchor, its number among the placed rules, and
 * how many of its first characters tell where it may start (see
 * tact_pattern_start_depth). */
typedef struct searched {
    guint n_held;		/* more than held has: any text may match */
    guchar held[4];
    gint anchor;		/* -1: none, or more than one */
    gint placed;		/* -1: not placed */
    guint depth;
} searched_t;

/* What a pair of bytes that starts a placed rule's match tells (see
 * find_places). */
typedef struct pair_class {
    guint64 rules;
    guint8 third[32];
} pair_class_t;

#define MAX_PAIR_CLASSES 255

struct tact_detector {
    tact_lexicon_t *lexicon;	/* its own, or its main detector's */
    gboolean for_fluency;	/* the kinds looked for when fluency is
				 * judged, not the others (see kinds) */
    /* (the main detector's) the one for fluency, made when first
     * needed, or NULL */
    struct tact_detector *fluency;
    entry_t *entries;		/* one per rule of the kinds' sections */
    guint n_entries;
    /* The lexicon's words, to look up the words of texts in: when they
     * are sorted, by binary search until the detector has read enough
     * text to pay for a hash table, then by hash. */
    const char *const *words;	/* the lexicon's words, by number */
    guint32 n_words;
    guint64 *keys;		/* the hash table, or NULL before it pays:
				 * the key of each slot (see KEY_MORE) */
    guint32 *numbers;		/* ... and the number of its word, NO_WORD
				 * for none */
    guint32 slot_shift;		/* 64 - log2 of the number of slots */
    guint32 slot_mask;		/* the number of slots - 1 */
    /* The entries filed under word number n are filings[at[n]] up to
     * filings[at[n + 1]], in the order of entries. */
    filing_t *filings;
    guint32 *at;
    GPtrArray *scanned;		/* entry_t* without a first word */
    guard_t negation, condition, consequence;
    guint8 *guarded_words;	/* by word number (and 0 for n_words): 1
				 * for a word a rule of a guard can start
				 * with */
    /* ... and for each word, which guards (a bit each, by number) have
     * a rule that starts with it whatever follows, and which have one
     * that starts with it and goes on with one of a few next words;
     * for each pair_slot, which guards have such a rule whose first
     * word and one of its next words fall there.  A token then tells
     * in a few looks which guards' rules it may start (see
     * find_hot). */
    guint8 *starting_guards, *pairing_guards;
    guint8 pair_guards[4096];
    size_t bytes_read;		/* text read so far, to choose compiled code */
    /* The tree of the rules' paths (see word-paths.h): at a token of
     * the text, the detector walks it with that token and the next
     * ones, and tries the entries of the nodes it reaches, and only
     * those.  The build makes the tree for the built-in lexicon, which
     * the detector walks where it lies until it has read PATHS_AFTER;
     * for one with layers, it is made then, and until then rules are
     * tried by their filings.  Past PATHS_AFTER, the detector walks a
     * copy of its own (walk), written out below each word as it meets
     * it, which one message never pays for. */
    const tact_path_tree_t *paths;
    guint32 *entry_of_rule;	/* by place in the lexicon: entry + 1, or 0 */
    guint32 n_rules;
    tact_path_walk_t *walk;	/* the tree as walked, its rules as entries */
    guint8 *walk_bits;		/* for each word (and n_words), its
				 * tact_path_walk_next_bit, found once */
    /* ... but for the entries whose matches start with two capitals
     * (see has_nearby), which have a walk of their own, walked only
     * from the tokens that do: their words are the commonest ("THE",
     * "AND"), and the walk would start at most tokens of a text for
     * them; or NULL when there are none */
    tact_path_walk_t *caps_walk;
    gboolean paths_tried;
    /* For each rule, by place in the lexicon, where its matches can
     * start, when it is searched for (it starts with no word, or it is
     * a mask) and best tried only there (see tact_rule_starts), or
     * NULL; and whether some other rule searched for has a prefilter.
     * Found once the detector has read PREFILTER_AFTER: NULL until
     * then. */
    tact_rule_starts_t **starts_of_rule;
    searched_t *searched_of_rule;
    gboolean prefiltered;
    /* For the others whose matches start with a run of bytes before
     * an anchor (see tact_pattern_start_t), where, or NULL. */
    tact_rule_starts_t **led_of_rule;
    /* Those that do not start at lines, the first 64 (see find_places):
     * by their number, and for each byte, as a bit each, those whose
     * matches can start with it, can follow it when they start with a
     * byte of \w or another, and can have it second. */
    const tact_rule_starts_t *placed[64];
    searched_t placed_searched[64];	/* (their searched_of_rule) */
    guint n_placed;
    guint64 starting[256];
    guint64 after[2][256];	/* [0]: after a first byte of \w */
    /* For each pair of bytes, at the pair's pair_at, 0 when none of
     * them can start with it (any second byte may follow a first
     * outside ASCII), else its class: those that can, and the bytes
     * that can then come third for one of them (all, but after two of
     * ASCII).  65536 bytes, one look each. */
    guint8 *pairs;
    pair_class_t *pair_classes;	/* by class - 1 */
    guint n_pair_classes;
    /* The [mask-line] rules that start at lines, the first 64, by their
     * place in the section (a bit each, the others 0): those a line's
     * first byte lets start there, and those its first byte past white
     * space does. */
    guint64 line_first[256], line_past[256];
    guint64 line_any;		/* those whose first byte past white space
				 * may be any, or none */
    acronym_slot_t *acronyms;	/* see is_acronym; made when first needed */
    /* Room for what reading a text finds, kept for the next text (see
     * room_t), or NULL until the first. */
    struct room *room;
};

/* Past this much text, a detector's patterns are worth compiling to
 * machine code: one message never pays for it, a batch soon gains. */
#define FAST_AFTER (256 * 1024)

/* Past this much text, a hash table of the lexicon's words has paid for
 * itself over binary search. */
#define HASH_AFTER (32 * 1024)

/* Past this much text, the tree of the rules' paths, and writing out
 * its walk, have paid for themselves. */
#define PATHS_AFTER (64 * 1024)

/* Past this much text, finding where the rules searched for can start
 * (find_starts: it reads their patterns, some millions of instructions)
 * and loading the lexicon's prefilter (see lexicon.h) have paid for
 * themselves; until then those rules are searched for over the whole
 * text. */
#define PREFILTER_AFTER (64 * 1024)

/* ---- eight bytes at a time ----
 *
 * The tokenizer and the search for sentence ends look at eight bytes of
 * text at once, as a number whose byte k is the text's byte k; a byte
 * of interest is marked by its bit 0x80 in the answer. */

#define ONES G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS (ONES * 0x80)

/* The bytes from s up to eight, and no further than stop, as a number;
 * zero bytes past stop. */
static inline guint64
load_bytes (const guchar *s, const guchar *stop)
{
    guint64 x = 0;

    if (G_LIKELY (stop - s >= 8))
	memcpy (&x, s, 8);
    else
	memcpy (&x, s, (size_t) (stop - s));
    return GUINT64_FROM_LE (x);
}

/* The bytes of x above lo and below hi (both below 128), exactly. */
static inline guint64
bytes_between (guint64 x, guchar lo, guchar hi)
{
    guint64 low = x & (ONES * 0x7f);

    return (ONES * (127 + (guint64) hi) - low) & ~x & (low + ONES * (127 - (guint64) lo)) & HIGHS;
}

/* The ASCII letters and digits of x. */
static inline guint64
alnum_bytes (guint64 x)
{
    return bytes_between (x, '0' - 1, '9' + 1) | bytes_between (x | (ONES * 0x20), 'a' - 1, 'z' + 1);
}

/* Whether the eight bytes of x hold one of the value b (may say so
 * wrongly for the bytes after one that is b, never for none). */
static inline guint64
holds_byte (guint64 x, guchar b)
{
    guint64 y = x ^ (ONES * b);

    return (y - ONES) & ~y & HIGHS;
}

/* Whether the 256 bits of set hold byte b. */
#define HAS_BYTE(set, b) (((set)[(guchar) (b) / 8] >> ((guchar) (b) % 8)) & 1)

/* The lowest bit set in bits, which has one. */
static inline guint
lowest_bit (guint64 bits)
{
#if defined(__GNUC__)
    return (guint) __builtin_ctzll (bits);
#else
    guint k = 0;

    for (; ! (bits & 1); bits >>= 1)
	k++;
    return k;
#endif
}

/* A function made part of its callers whatever the compiler would
 * weigh (GLib's G_ALWAYS_INLINE came after the GLib tact needs). */
#if defined(__GNUC__)
#define ALWAYS_INLINE static inline __attribute__ ((__always_inline__))
#else
#define ALWAYS_INLINE static inline
#endif

/* The highest bit set in bits, which has one. */
static inline guint
highest_bit (guint64 bits)
{
#if defined(__GNUC__)
    return 63 - (guint) __builtin_clzll (bits);
#else
    guint k = 63;

    for (; ! (bits >> 63); bits <<= 1)
	k--;
    return k;
#endif
}

/* The marks of the eight bytes as eight bits, bit k for byte k. */
static inline guint64
gather_marks (guint64 marks)
{
    return ((marks >> 7) * G_GUINT64_CONSTANT (0x0102040810204080)) >> 56;
}

/* The first length bytes of x (all eight from eight on; length is at
 * least one): by a mask, not a branch on whether there are eight, which
 * the lengths of a text's tokens do not let the processor foresee. */
static inline guint64
first_bytes (guint64 x, size_t length)
{
    return x & (G_MAXUINT64 >> (8 * (8 - MIN (length, 8))));
}

/* ---- the detector ---- */

/* A word's hash (lower case, without apostrophes, which may be read
 * eight bytes at a time, up to length + 7): its first eight bytes
 * (zero past its end) times an odd constant, each further block of
 * eight mixed in likewise.  A word of the text holds no zero byte, so
 * the first eight bytes tell a word of eight bytes at most from any
 * other, and most of a text's words are hashed by one multiplication
 * (see block_hash).  Its top bits, the most mixed, tell where its
 * lookup starts (word_slot). */
#define HASH_FACTOR G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)

static inline guint64
block_hash (guint64 block)
{
    return block * HASH_FACTOR;
}

static inline guint64
word_hash (const char *word, size_t length)
{
    guint64 block, hash;

    memcpy (&block, word, 8);
    hash = block_hash (first_bytes (GUINT64_FROM_LE (block), length));
    for (size_t i = 8; i < length; i += 8) {
	memcpy (&block, word + i, 8);
	hash = ((hash ^ (hash >> 29)) + first_bytes (GUINT64_FROM_LE (block), length - i)) * HASH_FACTOR;
    }
    return hash;
}

/* The slot where looking up a word of hash starts. */
static inline guint32
word_slot (const tact_detector_t *detector, guint64 hash)
{
    return (guint32) (hash >> detector->slot_shift);
}

/* What a slot holds of a word whose first eight bytes (zero past its
 * end) are block: those, or for a word of more than eight bytes its
 * first seven and a byte 1, which no word of a text has, so that the
 * slot of a longer word never holds a word of eight bytes. */
static inline guint64
word_prefix (guint64 block, size_t length)
{
    return length > 8 ? (block & (G_MAXUINT64 >> 8)) | (G_GUINT64_CONSTANT (1) << 56) : block;
}

/* The lexicon's words in a hash table of the detector's own: open
 * addressing, at most half full, each slot's key telling a word (see
 * KEY_MORE) and, apart, its number.  Looking up a token's word is the
 * most frequent step of reading a text, and a GHashTable made it two
 * indirect calls and a strcmp per token: in a profile of
 * bench/cue-throughput, g_hash_table_lookup, the key's equal function
 * and strcmp took some 8% of the detector's time.  Here one key, read
 * without a branch on what it holds, tells most tokens (see
 * lookup_block): its word's first eight bytes, which are all of most
 * words, and whether any other word whose lookup starts there lies
 * further on (KEY_MORE, which fewer than one slot in ten has).  The
 * keys are eight bytes a slot, and the numbers apart, as the lookup
 * mostly waits on the load of its key: the fewer bytes the table
 * holds, the more of it stays in the processor's nearest cache. */
static void
index_words (tact_detector_t *detector)
{
    guint32 size = 16, bits = 4, longest = 0;
    g_autofree guint32 *lengths = NULL;

    if (detector->n_words >= G_MAXUINT32 - 2)
	return;
    while (size < 2 * detector->n_words + 2) {
	size *= 2;
	bits++;
    }
    detector->slot_shift = 64 - bits;
    detector->slot_mask = size - 1;
    detector->keys = g_new0 (guint64, size);
    detector->numbers = g_new (guint32, size);
    /* (NO_WORD, which is defined further on) */
    memset (detector->numbers, 0xff, size * sizeof (guint32));
    lengths = g_new (guint32, detector->n_words);
    for (guint32 n = 0; n < detector->n_words; n++) {
	lengths[n] = (guint32) strlen (detector->words[n]);
	longest = MAX (longest, lengths[n]);
    }
    /* the shorter words first, as the more frequent in texts: a word
     * put in earlier sits nearer where its lookup starts, most in that
     * very slot */
    for (guint32 length = 1; length <= longest; length++)
	for (guint32 n = 0; n < detector->n_words; n++) {
	    g_autofree char *word = NULL;
	    guint64 hash, key;
	    guint32 home, k;

	    if (lengths[n] != length)
		continue;
	    word = g_malloc0 (length + 8);
	    memcpy (word, detector->words[n], length);
	    hash = word_hash (word, length);
	    home = word_slot (detector, hash);
	    for (k = home; detector->keys[k]; k = (k + 1) & detector->slot_mask)
		;
	    if (k != home)
		detector->keys[home] |= KEY_MORE;
	    memcpy (&key, word, 8);
	    detector->keys[k] = word_prefix (GUINT64_FROM_LE (key), length);
	    detector->numbers[k] = n;
	}
}

/* The bytes a match of rule can start with, from PCRE2 (all when it
 * does not say). */
static void
find_first_bytes (const tact_rule_t *rule, guint8 bytes[32])
{
    const pcre2_code *code = tact_rule_code (rule);
    const uint8_t *bitmap = NULL;
    uint32_t type = 0, unit = 0;

    memset (bytes, 0xff, 32);
    if (! code || pcre2_pattern_info (code, PCRE2_INFO_FIRSTCODETYPE, &type))
	return;
    if (type == 1) {
	/* one code unit; in either case, as the info does not say */
	if (pcre2_pattern_info (code, PCRE2_INFO_FIRSTCODEUNIT, &unit) || unit > 0x7f)
	    return;
	memset (bytes, 0, 32);
	bytes[g_ascii_tolower ((char) unit) / 8] |= 1 << (g_ascii_tolower ((char) unit) % 8);
	bytes[g_ascii_toupper ((char) unit) / 8] |= 1 << (g_ascii_toupper ((char) unit) % 8);
    } else if (! pcre2_pattern_info (code, PCRE2_INFO_FIRSTBITMAP, &bitmap) && bitmap) {
	memcpy (bytes, bitmap, 32);
    }
}

/* Whether a match of entry's rule may start with byte: what PCRE2
 * says of its compiled pattern, which is read when first needed. */
static gboolean
may_start_with (const entry_t *entry, guchar byte)
{
    entry_t *mutable = (entry_t *) entry;

    if (! entry->first_bytes_known) {
	find_first_bytes (entry->rule, mutable->first_bytes);
	mutable->first_bytes_known = TRUE;
    }
    return (entry->first_bytes[byte / 8] & (1 << (byte % 8))) != 0;
}

/* File every entry under its first words, keeping the entries' order. */
static void
index_entries (tact_detector_t *detector)
{
    guint32 count = tact_lexicon_count_words (detector->lexicon);

    if (detector->paths) {
	/* the tree files them: only the bytes they start with, and the
	 * entries searched for */
	for (guint e = 0; e < detector->n_entries; e++) {
	    entry_t *entry = &detector->entries[e];

	    if (! entry->rule->first)
		g_ptr_array_add (detector->scanned, entry);
	}
	return;
    }
    detector->at = g_new0 (guint32, count + 2);
    for (guint e = 0; e < detector->n_entries; e++) {
	const guint32 *first = detector->entries[e].rule->first;

	for (guint32 w = 0; first && w < first[0]; w++)
	    detector->at[first[w + 1] + 2]++;
    }
    for (guint32 n = 0; n < count; n++)
	detector->at[n + 2] += detector->at[n + 1];
    /* at[n + 1] is now where word n's filings start: fill them, moving
     * it on, so that it ends where they end, which is where those of
     * word n + 1 start */
    detector->filings = g_new (filing_t, detector->at[count + 1] + 1);
    for (guint e = 0; e < detector->n_entries; e++) {
	entry_t *entry = &detector->entries[e];
	const tact_rule_t *rule = entry->rule;

	if (! rule->first) {
	    g_ptr_array_add (detector->scanned, entry);
	    continue;
	}
	for (guint32 w = 0; w < rule->first[0]; w++) {
	    filing_t *filing = &detector->filings[detector->at[rule->first[w + 1] + 1]++];

	    filing->entry = entry;
	    filing->next = rule->next[w];
	    filing->next_bits = 0;
	}
    }
}

/* ---- the tree of paths ---- */

/* Take the lexicon's tree of paths (made now, for a lexicon with
 * layers), its rules numbered as entries. */
static void
use_tree (tact_detector_t *detector)
{
    const GPtrArray *rules = tact_lexicon_rules (detector->lexicon);

    detector->paths = tact_lexicon_path_tree (detector->lexicon);
    detector->n_rules = rules->len;
    detector->entry_of_rule = g_new0 (guint32, rules->len + 1);
    for (guint e = 0; e < detector->n_entries; e++)
	if (detector->entries[e].rule->place < rules->len)
	    detector->entry_of_rule[detector->entries[e].rule->place] = e + 1;
}

/* Walk the tree as a copy of the detector's own (see tact_path_walk_t)
 * from now on: the entries whose matches start with two capitals in a
 * walk apart (see caps_walk). */
static void
use_paths (tact_detector_t *detector)
{
    g_autofree guint32 *walked = NULL, *caps = NULL;
    gboolean any_caps = FALSE;

    detector->paths_tried = TRUE;
    if (! detector->paths)
	use_tree (detector);
    if (! detector->paths)
	return;
    walked = g_memdup2 (detector->entry_of_rule, detector->n_rules * sizeof (guint32));
    caps = g_new0 (guint32, detector->n_rules);
    for (guint32 r = 0; r < detector->n_rules; r++) {
	const guint32 *nearby;

	if (! walked[r])
	    continue;
	nearby = tact_lexicon_rule_nearby (detector->lexicon,
					   detector->entries[walked[r] - 1].rule);
	if (nearby && nearby[1] >= 2) {
	    caps[r] = walked[r];
	    walked[r] = 0;
	    any_caps = TRUE;
	}
    }
    detector->walk = tact_path_walk_new (detector->paths, walked, detector->n_rules);
    if (any_caps)
	detector->caps_walk = tact_path_walk_new (detector->paths, caps, detector->n_rules);
    detector->walk_bits = g_new (guint8, detector->n_words + 1);
    /* (n_words, as any number past the lexicon's words, has the last) */
    for (guint32 w = 0; w <= detector->n_words; w++)
	detector->walk_bits[w] = (guint8) tact_path_walk_next_bit (detector->walk, w);
}

/* ---- what cancels a cue: the words its rules start with ---- */

/* Past the rest of a choice of a group, to its '|' or ')'; NULL when
 * the pattern ends first. */
static const char *
past_choice (const char *t)
{
    while (t && *t != '|' && *t != ')') {
	if (*t == '\0')
	    return NULL;
	if (*t == '[')
	    t = tact_pattern_past_class (t);
	else if (*t == '(')
	    t = tact_pattern_past_group (t);
	else
	    t += *t == '\\' && t[1] ? 2 : 1;
    }
    return t;
}

/* Whether pattern has a "|" outside any group. */
static gboolean
has_top_level_choice (const char *s)
{
    while (s && *s) {
	if (*s == '|')
	    return TRUE;
	if (*s == '\\' && s[1])
	    s += 2;
	else if (*s == '[')
	    s = tact_pattern_past_class (s);
	else if (*s == '(')
	    s = tact_pattern_past_group (s);
	else
	    s++;
    }
    return s == NULL;		/* unbalanced: say so, to be safe */
}

/* Whether what follows a word in a pattern, at s, can match neither a
 * letter or digit nor an apostrophe, and cannot match nothing: then the
 * word ends where a token of the text or a part of one ends. */
static gboolean
ends_word (const char *s)
{
    const char *next;

    if (*s == '\0' || *s == '$')
	return TRUE;
    if (s[0] == '\\' && (s[1] == 'b' || s[1] == 's' || s[1] == 'W' ||
			 (s[1] && ! g_ascii_isalnum (s[1]) && s[1] != '\'')))
	next = s + 2;
    else if (*s && strchr (" ,!:;/\"&@#-", *s))
	next = s + 1;
    else
	return FALSE;
    return *next != '?' && *next != '*' && *next != '{';
}

/* Past the letters, digits and apostrophes of a pattern's word at s;
 * s itself when they hold no letter or digit. */
static const char *
past_word (const char *s)
{
    const char *t = s;
    gboolean alnum = FALSE;

    for (; g_ascii_isalnum (*t) || *t == '\''; t++)
	alnum = alnum || *t != '\'';
    return alnum ? t : s;
}

/* Whether every match of rule starts where a token of the text, or a
 * part of one after an apostrophe, starts, with one of the words the
 * lexicon says it starts with (rule->first), as the whole token or
 * part: the pattern is "\b" then a word, or a group of choices that
 * each start with a word, each word followed by what ends a word
 * (ends_word), as is the group, may be after "(?-i)" and a look-behind,
 * and has no other choice.  A word that starts with an apostrophe
 * ("'ll") is the part of a token after one ("I'll"), which is the
 * token's tail.  Other rules are always tried. */
static gboolean
starts_with_word (const tact_rule_t *rule, guint32 n_words)
{
    const char *s = rule->pattern;

    if (! rule->first || has_top_level_choice (s))
	return FALSE;
    for (guint32 w = 0; w < rule->first[0]; w++)
	if (rule->first[w + 1] >= n_words)
	    return FALSE;
    for (;;) {
	if (g_str_has_prefix (s, "(?-i)"))
	    s += 5;
	else if (g_str_has_prefix (s, "(?<=") || g_str_has_prefix (s, "(?<!"))
	    s = tact_pattern_past_group (s);
	else
	    break;
	if (! s)
	    return FALSE;
    }
    if (! g_str_has_prefix (s, "\\b"))
	return FALSE;
    s += 2;
    if (*s != '(')
	return past_word (s) > s && ends_word (past_word (s));
    s += g_str_has_prefix (s, "(?:") ? 3 : 1;
    for (;;) {
	const char *t;

	if (g_str_has_prefix (s, "\\b"))
	    s += 2;
	t = past_word (s);
	if (t == s || ! (*t == '|' || *t == ')' || ends_word (t)))
	    return FALSE;
	/* the rest of the choice, whatever it is */
	if (! (t = past_choice (t)))
	    return FALSE;
	s = t + 1;
	if (*t == ')')
	    return ends_word (s);
    }
}

/* Whether a next word at s is a whole token of the text (or its part
 * before an apostrophe): a word, or a group of words, each followed by
 * what ends a word; at the end of a choice, what follows the first
 * word's group (follow) must end it.  So it is too when s cannot start
 * a word ("$"), where the lexicon reads no next word. */
static gboolean
next_is_word (const char *s, const char *follow)
{
    const char *t;

    while (g_str_has_prefix (s, "\\b"))
	s += 2;
    if (! g_ascii_isalnum (*s) && *s != '\'' && *s != '(' && *s != '\\')
	return TRUE;
    if (*s != '(') {
	t = past_word (s);
	return t > s && g_ascii_isalnum (*s) &&
	    (*t == '|' || *t == ')' ? ends_word (follow) : ends_word (t));
    }
    /* "(a|b|c)": words only */
    s += g_str_has_prefix (s, "(?:") ? 3 : 1;
    for (;;) {
	t = past_word (s);
	if (t == s || ! g_ascii_isalnum (*s))
	    return FALSE;
	if (*t == ')')
	    break;
	if (*t != '|')
	    return FALSE;
	s = t + 1;
    }
    t++;
    return *t == '|' || *t == ')' ? ends_word (follow) : ends_word (t);
}

/* Whether the next words the lexicon gives for the rule's first words
 * (rule->next) are whole tokens of the text after the first: each
 * choice of words the pattern starts with (see starts_with_word) goes
 * on with white space and such a word (next_is_word), or with no
 * white space at all, when the lexicon gives no next words for it. */
static gboolean
pairs_hold (const tact_rule_t *rule)
{
    const char *s = rule->pattern, *follow, *t;

    if (! rule->next)
	return FALSE;
    while (*s == '(' && s[1] == '?')	/* "(?-i)" and look-behinds */
	s = g_str_has_prefix (s, "(?-i)") ? s + 5 : tact_pattern_past_group (s);
    s += 2;			/* "\\b" */
    if (*s != '(') {
	t = tact_pattern_past_space (past_word (s));
	return ! t || next_is_word (t, "");
    }
    follow = tact_pattern_past_group (s);
    s += g_str_has_prefix (s, "(?:") ? 3 : 1;
    for (;;) {
	if (g_str_has_prefix (s, "\\b"))
	    s += 2;
	t = past_word (s);
	while (g_str_has_prefix (t, "\\b"))
	    t += 2;
	if (*t == '|' || *t == ')') {
	    /* the choice is one word: the group's follower goes on */
	    const char *next = tact_pattern_past_space (follow);

	    if (next && ! next_is_word (next, ""))
		return FALSE;
	} else {
	    const char *next = tact_pattern_past_space (t);

	    if (next && ! next_is_word (next, follow))
		return FALSE;
	}
	/* the rest of the choice */
	t = past_choice (t);
	if (! t || *t == ')')
	    return t != NULL;
	s = t + 1;
    }
}

/* The guard of a section's rules. */
static void
make_guard (tact_detector_t *detector, guard_t *guard, const char *section, guint number)
{
    guard->number = number;
    guard->rules = tact_lexicon_section (detector->lexicon, section);
    guard->starts = g_new0 (guint32, detector->n_words + 1);
    guard->paired = g_new0 (guint32, detector->n_words + 1);
    guard->always = 0;
    for (guint i = 0; i < guard->rules->len && i < 32; i++) {
	const tact_rule_t *rule = guard->rules->pdata[i];
	gboolean paired;

	if (! starts_with_word (rule, detector->n_words)) {
	    guard->always |= 1u << i;
	    continue;
	}
	paired = pairs_hold (rule);
	for (guint32 w = 0; w < rule->first[0]; w++) {
	    if (paired && rule->next[w]) {
		guard->paired[rule->first[w + 1]] |= 1u << i;
		for (guint32 n = 0; n < rule->next[w][0]; n++)
		    detector->pair_guards[pair_slot (rule->first[w + 1], rule->next[w][n + 1])] |=
			1u << number;
	    } else {
		guard->starts[rule->first[w + 1]] |= 1u << i;
	    }
	}
    }
}

/* How many bytes set (256 bits) has, and when at most max, which, in
 * order. */
static guint
set_bytes (const guint8 set[32], guchar *bytes, guint max)
{
    guint64 words[4];
    guint n = 0;

    /* (bit b of the set as bit b % 64 of words[b / 64]) */
    memcpy (words, set, 32);
    for (guint k = 0; k < 4; k++)
	words[k] = GUINT64_FROM_LE (words[k]);
    n = (guint) (__builtin_popcountll (words[0]) + __builtin_popcountll (words[1]) +
		 __builtin_popcountll (words[2]) + __builtin_popcountll (words[3]));
    if (n <= max)
	for (guint k = 0, i = 0; k < 4; k++)
	    for (guint64 bits = words[k]; bits; bits &= bits - 1)
		bytes[i++] = (guchar) (k * 64 + lowest_bit (bits));
    return n;
}

/* Add a rule tried only where it can start to those whose places
 * find_places finds. */
static void
add_placed (tact_detector_t *detector, const tact_rule_starts_t *starts, searched_t *searched)
{
    guint64 bit = G_GUINT64_CONSTANT (1) << detector->n_placed;

    searched->placed = (gint) detector->n_placed;
    detector->placed_searched[detector->n_placed] = *searched;
    detector->placed[detector->n_placed++] = starts;
    for (guint b = 0; b < 256; b++) {
	if ((starts->first[b / 8] >> (b % 8)) & 1)
	    detector->starting[b] |= bit;
	if ((starts->start.before[b / 8] >> (b % 8)) & 1)
	    detector->after[0][b] |= bit;
	if ((starts->start.before_other[b / 8] >> (b % 8)) & 1)
	    detector->after[1][b] |= bit;
    }
}

/* Class the pairs of bytes the placed rules can start with: the rules
 * each lets start, and the bytes that can come third for them.  Pairs
 * of the same rules and third bytes are one class; past
 * MAX_PAIR_CLASSES, the last stands for any (all rules, any third
 * byte), which find_places then tells apart with add_places alone. */
static void
index_pairs (tact_detector_t *detector)
{
    detector->pairs = g_malloc0 (65536);
    detector->pair_classes = g_new0 (pair_class_t, MAX_PAIR_CLASSES);
    for (guint b = 0; b < 256; b++) {
	if (! detector->starting[b])
	    continue;
	for (guint c = 0; c < 256; c++) {
	    pair_class_t pair = { 0 };
	    guint n;

	    for (guint r = 0; r < detector->n_placed; r++) {
		const tact_pattern_start_t *start = &detector->placed[r]->start;

		if (! HAS_BYTE (detector->placed[r]->first, b) ||
		    (b < 0x80 && ! HAS_BYTE (start->second[b], c)))
		    continue;
		pair.rules |= G_GUINT64_CONSTANT (1) << r;
		for (guint k = 0; k < 32; k++)
		    pair.third[k] |= b < 0x80 && c < 0x80 ? start->third[c][k] : 0xff;
	    }
	    if (! pair.rules)
		continue;
	    for (n = 0; n < detector->n_pair_classes; n++)
		if (! memcmp (&detector->pair_classes[n], &pair, sizeof pair))
		    break;
	    if (n == detector->n_pair_classes && n < MAX_PAIR_CLASSES)
		detector->pair_classes[detector->n_pair_classes++] = pair;
	    if (n == MAX_PAIR_CLASSES) {
		n = MAX_PAIR_CLASSES - 1;
		detector->pair_classes[n].rules = ~G_GUINT64_CONSTANT (0);
		memset (detector->pair_classes[n].third, 0xff, 32);
	    }
	    detector->pairs[c << 8 | b] = (guint8) (n + 1);
	}
    }
}

/* Where the matches of the rules searched for (those that start with
 * no word, and the masks) can start, for those best tried only there;
 * whether the others have a prefilter. */
static void
find_starts (tact_detector_t *detector)
{
    static const char *const masks[] = { "mask-line", "mask-span" };
    const GPtrArray *rules = tact_lexicon_rules (detector->lexicon);
    const GPtrArray *lines = tact_lexicon_section (detector->lexicon, "mask-line");
    g_autoptr (GPtrArray) searched = g_ptr_array_new ();

    detector->starts_of_rule = g_new0 (tact_rule_starts_t *, rules->len + 1);
    detector->searched_of_rule = g_new0 (searched_t, rules->len + 1);
    detector->led_of_rule = g_new0 (tact_rule_starts_t *, rules->len + 1);
    for (guint i = 0; i < detector->scanned->len; i++)
	g_ptr_array_add (searched, (gpointer) ((const entry_t *) detector->scanned->pdata[i])->rule);
    for (gsize k = 0; k < G_N_ELEMENTS (masks); k++) {
	const GPtrArray *section = tact_lexicon_section (detector->lexicon, masks[k]);

	for (guint i = 0; i < section->len; i++)
	    g_ptr_array_add (searched, section->pdata[i]);
    }
    for (guint i = 0; i < searched->len; i++) {
	const tact_rule_t *rule = searched->pdata[i];
	tact_rule_starts_t starts;
	searched_t *of_rule = &detector->searched_of_rule[rule->place];
	gboolean placed = tact_rule_starts (rule, &starts);
	guchar anchor;
	gint line = -1;

	/* its place among the [mask-line] rules */
	for (guint k = 0; k < MIN (lines->len, 64); k++)
	    if (lines->pdata[k] == rule)
		line = (gint) k;
	of_rule->n_held = set_bytes (starts.holds, of_rule->held, G_N_ELEMENTS (of_rule->held));
	of_rule->anchor = set_bytes (starts.start.anchor, &anchor, 1) == 1 ? anchor : -1;
	of_rule->placed = -1;
	of_rule->depth = tact_pattern_start_depth (&starts.start);
	if (placed && (starts.at_lines || detector->n_placed < 64)) {
	    detector->starts_of_rule[rule->place] = g_memdup2 (&starts, sizeof starts);
	    if (! starts.at_lines && ! starts.by_anchor)
		add_placed (detector, detector->starts_of_rule[rule->place], of_rule);
	    else if (line >= 0)
		for (guint b = 0; b < 256; b++) {
		    if (HAS_BYTE (starts.first, b))
			detector->line_first[b] |= G_GUINT64_CONSTANT (1) << line;
		    if (! starts.past_space || HAS_BYTE (starts.after_space, b))
			detector->line_past[b] |= G_GUINT64_CONSTANT (1) << line;
		    if (! starts.past_space)
			detector->line_any |= G_GUINT64_CONSTANT (1) << line;
		}
	} else {
	    if (starts.start.led && ! starts.at_lines)
		detector->led_of_rule[rule->place] = g_memdup2 (&starts, sizeof starts);
	    if (rule->prefilter_id >= 0)
		detector->prefiltered = TRUE;
	}
    }
    index_pairs (detector);
}

/* A detector of the kinds for fluency, or of the others, on lexicon
 * (which it owns unless it is for fluency: that one borrows its main
 * detector's). */
static tact_detector_t *
detector_for (tact_lexicon_t *lexicon, gboolean for_fluency)
{
    tact_detector_t *detector = g_new0 (tact_detector_t, 1);

    detector->lexicon = lexicon;
    detector->for_fluency = for_fluency;
    detector->words = tact_lexicon_words (detector->lexicon);
    detector->n_words = tact_lexicon_count_words (detector->lexicon);
    if (! tact_lexicon_words_sorted (detector->lexicon))
	index_words (detector);
    for (size_t k = 0; k < G_N_ELEMENTS (kinds); k++)
	if (kinds[k].fluency == for_fluency)
	    detector->n_entries += tact_lexicon_section (detector->lexicon, kinds[k].section)->len;
    detector->entries = g_new0 (entry_t, detector->n_entries + 1);
    detector->scanned = g_ptr_array_new ();
    for (size_t k = 0, e = 0; k < G_N_ELEMENTS (kinds); k++) {
	const GPtrArray *rules = tact_lexicon_section (detector->lexicon, kinds[k].section);

	if (kinds[k].fluency != for_fluency)
	    continue;
	for (unsigned int i = 0; i < rules->len; i++, e++) {
	    entry_t *entry = &detector->entries[e];

	    entry->rule = rules->pdata[i];
	    entry->kind = kinds[k].kind;
	    entry->checked = kinds[k].checked;
	    entry->caps = g_str_has_prefix (entry->rule->name, "caps");
	    entry->index = e;
	    entry->n_required = entry->rule->n_required;
	}
    }
    if (tact_lexicon_path_tree_ready (detector->lexicon))
	use_tree (detector);
    index_entries (detector);
    make_guard (detector, &detector->negation, "negation", 0);
    make_guard (detector, &detector->condition, "hypothetical-condition", 1);
    make_guard (detector, &detector->consequence, "hypothetical-consequence", 2);
    detector->guarded_words = g_new0 (guint8, detector->n_words + 1);
    detector->starting_guards = g_new0 (guint8, detector->n_words + 1);
    detector->pairing_guards = g_new0 (guint8, detector->n_words + 1);
    for (guint32 w = 0; w < detector->n_words; w++) {
	detector->starting_guards[w] = (detector->negation.starts[w] != 0) |
	    (detector->condition.starts[w] != 0) << 1 | (detector->consequence.starts[w] != 0) << 2;
	detector->pairing_guards[w] = (detector->negation.paired[w] != 0) |
	    (detector->condition.paired[w] != 0) << 1 | (detector->consequence.paired[w] != 0) << 2;
	detector->guarded_words[w] =
	    (detector->starting_guards[w] | detector->pairing_guards[w]) != 0;
    }
    return detector;
}

tact_status_t
tact_detector_new (tact_detector_t **out, const char *const *lexicon_dirs,
		   char **error_message)
{
    tact_lexicon_t *lexicon = NULL;
    tact_status_t status;

    status = tact_lexicon_load_layers (&lexicon, "cues.lex", lexicon_dirs, error_message);
    if (status)
	return status;
    *out = detector_for (lexicon, FALSE);
    return TACT_STATUS_SUCCESS;
}

static void room_free (struct room *room, guint n_placed);

void
tact_detector_free (tact_detector_t *detector)
{
    if (! detector)
	return;
    g_free (detector->keys);
    g_free (detector->numbers);
    g_free (detector->guarded_words);
    g_free (detector->acronyms);
    g_free (detector->starting_guards);
    g_free (detector->pairing_guards);
    g_free (detector->negation.starts);
    g_free (detector->condition.starts);
    g_free (detector->consequence.starts);
    g_free (detector->negation.paired);
    g_free (detector->condition.paired);
    g_free (detector->consequence.paired);
    g_free (detector->filings);
    g_free (detector->at);
    tact_path_walk_free (detector->walk);
    g_free (detector->walk_bits);
    tact_path_walk_free (detector->caps_walk);
    g_free (detector->entry_of_rule);
    g_ptr_array_unref (detector->scanned);
    for (guint e = 0; e < detector->n_entries; e++)
	g_free (detector->entries[e].needs);
    g_free (detector->entries);
    if (detector->starts_of_rule)
	for (guint i = 0; i < tact_lexicon_rules (detector->lexicon)->len; i++) {
	    g_free (detector->starts_of_rule[i]);
	    g_free (detector->led_of_rule[i]);
	}
    g_free (detector->starts_of_rule);
    g_free (detector->searched_of_rule);
    g_free (detector->led_of_rule);
    g_free (detector->pairs);
    g_free (detector->pair_classes);
    room_free (detector->room, detector->n_placed);
    tact_detector_free (detector->fluency);
    if (! detector->for_fluency)
	tact_lexicon_free (detector->lexicon);
    g_free (detector);
}

/* The block of the texts of the cues one tact_detector_find kept (see
 * struct tact_cue): how many of them still hold it, then the texts.
 * (GLib's reference-counted boxes take a call for each reference:
 * here the count is set once for all the cues.) */
typedef struct cue_texts {
    gint holders;
    char texts[];
} cue_texts_t;

void
tact_cue_clear (struct tact_cue *cue)
{
    cue_texts_t *block = cue->texts;

    if (! block)
	g_free (cue->text);
    else if (g_atomic_int_dec_and_test (&block->holders))
	g_free (block);
    cue->text = NULL;
    cue->texts = NULL;
    cue->rule = NULL;
}

/* ---- a text's tokens ---- */

/* A token of the text: where it starts and ends, and the numbers of
 * its word, of its part before an apostrophe ("i" of "I'm") and of its
 * part after it ("m"), or NO_WORD.  A pattern's word can match any of
 * these three, as \b holds at an apostrophe; a token with more parts
 * ("rock'n'roll") has ANY_WORD for its tail, which stands for them all
 * (see guard_rules). */
typedef struct token {
    size_t start, end;
    guint word, head, tail;
    gboolean plain;		/* ASCII letters, digits and apostrophes only */
} token_t;

#define NO_WORD G_MAXUINT
#define ANY_WORD (G_MAXUINT - 1)

/* Places in a text, in order, where rules may match; grown by doubling. */
typedef struct places {
    size_t *at;
    guint len, size;
} places_t;

static inline void
places_add (places_t *places, size_t at)
{
    if (G_UNLIKELY (places->len == places->size)) {
	places->size = places->size ? places->size * 2 : 16;
	places->at = g_renew (size_t, places->at, places->size);
    }
    places->at[places->len++] = at;
}

/* What reading a text needs room for, kept by the detector from one
 * text to the next, so that a batch of texts is read without
 * allocating it again and again (most texts find a few places for
 * each of a few dozen rules): a detector reads one text at a time
 * (see cues.h).  What a long text made grow past ROOM_KEPT is given
 * back after it. */
typedef struct room {
    places_t *places;		/* of the detector's placed rules */
    places_t lines;		/* where lines start */
    places_t more;		/* of a rule found by anchor or at lines */
    char *mask;
    size_t mask_size;
    guint8 *hits;		/* room for what the prefilter says */
    /* for find_by_words: the tokens (see finding_t) and the room their
     * array has, the guarded tokens, the tokens the tree of paths is
     * walked from, the words the text has (see finding_t), each
     * entry's has_required, and given_at and given (all of a size the
     * detector sets, made with the room) */
    GArray *tokens;
    guint tokens_size;
    guint32 *guarded, *starts;
    guint guarded_size, starts_size;
    guint8 *has_word, *has_required;
    guint8 text_mark;		/* of the last text read, see finding_t */
    guint32 *given_at;
    /* the cues found, sentence ends and hot tokens (see finding_t) */
    struct tact_cue *found;
    guint found_size;
    size_t *sentence_ends;
    guint sentence_ends_size;
    guint64 *hot;
    guint hot_size;
} room_t;

#define ROOM_KEPT (256 * 1024)

/* Make the room's buffer of size elements hold at least needed: when
 * smaller, a new one of needed or twice its size (its contents are not
 * kept). */
#define ROOM_FOR(buffer, size, needed)					\
    do {								\
	if ((size) < (needed)) {					\
	    g_free (buffer);						\
	    (size) = MAX ((needed), 2 * (size));			\
	    (buffer) = g_malloc ((gsize) (size) * sizeof *(buffer));	\
	}								\
    } while (0)

typedef struct finding {
    const tact_detector_t *detector;
    gboolean fast;
    const char *text;
    size_t length;
    const char *mask;
    gboolean in_signature;
    /* The cues found, without their text until they are kept (see
     * keep_cues); those from searched on were found by find_by_search. */
    struct tact_cue *found;
    guint n_found, found_size, searched;
    const guint8 *hits;		/* what the prefilter said, or NULL */
    /* The bytes looked for in the text, and those it holds, as 256
     * bits each (see holds_one_of); whether the room's lines are where
     * its lines start, once needed. */
    guint8 looked[32], holds[32];
    gboolean lines_found;
    places_t *places;		/* of the detector's placed rules, or NULL
				 * until found (the room's) */
    /* What the text holds: its tokens, which words of the detector's
     * it has (a byte each, the text's mark for yes: reading a token
     * sets it with one store, and the bytes need no clearing for the
     * next 254 texts, which have other marks), and for each entry
     * whether the text holds the words it needs (0 not yet known, 1
     * yes, 2 no). */
    GArray *tokens;
    guint8 *has_word, mark;
    /* The tokens a guard's rule may start with (see guard_rules), in
     * order: those of a word some guard rule starts with, and those
     * read by next_token, which may have a head or tail. */
    guint32 *guarded;
    guint n_guarded;
    guint8 *has_required;
    /* The entries the tree of paths gave at a token: the token each was
     * last given at (+ 1), and those given at this one. */
    guint32 *given_at;
    guint32 *given;		/* room for every entry */
    guint n_given;
    /* The last cue start checked for negation, and the answer; where
     * sentences end, once needed; the last sentence start and cue
     * start checked for a condition, the last sentence checked for a
     * consequence, and the answers. */
    size_t negation_start;
    gboolean negation_known, negation;
    size_t *sentence_ends;
    guint n_sentence_ends, sentence_ends_size;
    gboolean sentence_ends_found;
    size_t condition_from, condition_start, consequence_from, consequence_to;
    gboolean condition_known, condition, consequence_known, consequence;
    guint token;		/* the token the words are tried at */
    /* Where the last cue checked stood: how many of the tokens in
     * guarded come before token guarded_token.  Cues are mostly checked
     * in the order of the text, and the next is looked for from there. */
    guint guarded_token, guarded_before;
    /* For each guard, by its number, a bit for each token that may
     * start one of its rules (see find_hot), once needed. */
    guint64 *hot[N_GUARDS];
    /* The last token asked about that may start a condition, + 1 (0
     * for none), and the first sentence end after it, or how far the
     * text after it is known to hold none. */
    guint condition_token;
    size_t condition_end;
    gboolean condition_end_found;
} finding_t;

static gboolean
is_token_char (gunichar c)
{
    return g_unichar_isalnum (c) || c == '\'' || c == 0x2019;
}

/* What each byte is to the tokenizer: an ASCII letter or digit (A), the
 * straight apostrophe (Q), a byte of a character outside ASCII (W),
 * decoded and judged by is_token_char, or what ends a token (0).  An
 * ASCII letter or digit is lower-cased by setting bit 0x20, which the
 * digits already have. */
#define A 1
#define Q 2
#define W 4
static const guint8 byte_class[256] = {
    /* 00 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    /* 10 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    /* 20 */ 0, 0, 0, 0, 0, 0, 0, Q, 0, 0, 0, 0, 0, 0, 0, 0,
    /* 30 */ A, A, A, A, A, A, A, A, A, A, 0, 0, 0, 0, 0, 0,
    /* 40 */ 0, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A,
    /* 50 */ A, A, A, A, A, A, A, A, A, A, A, 0, 0, 0, 0, 0,
    /* 60 */ 0, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A,
    /* 70 */ A, A, A, A, A, A, A, A, A, A, A, 0, 0, 0, 0, 0,
    /* 80 */ W, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
    /* 90 */ W, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
    /* a0 */ W, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
    /* b0 */ W, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
    /* c0 */ W, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
    /* d0 */ W, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
    /* e0 */ W, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
    /* f0 */ W, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
};
#undef A
#undef Q
#undef W
#define BYTE_ALNUM 1
#define BYTE_APOSTROPHE 2
#define BYTE_WIDE 4

/* The character outside ASCII at s (before stop), or (gunichar) -1
 * when the bytes there are not one whole character. */
static gunichar
wide_char (const guchar *s, const guchar *stop)
{
    gunichar c = g_utf8_get_char_validated ((const char *) s, (gssize) (stop - s));

    return c == (gunichar) -2 ? (gunichar) -1 : c;
}

static int
by_number (const void *a, const void *b)
{
    guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

    return (x > y) - (x < y);
}

static int
by_text (const void *key, const void *member)
{
    return strcmp (key, *(const char *const *) member);
}

/* The number of the word of length bytes (at most eight), lower case,
 * given as block, or NO_WORD when the lexicon has no such word; once
 * the detector has its table of words. */
static inline guint
lookup_block (const tact_detector_t *detector, guint64 block)
{
    /* the key where its lookup starts, read and not branched on, as
     * whether a token is a word of the lexicon cannot be foreseen: its
     * word, an empty slot, or one that no other word whose lookup
     * starts there lies past, is most of them; for the others the
     * lookup goes on */
    guint32 k = word_slot (detector, block_hash (block));
    guint64 key = detector->keys[k];
    guint32 same = (key & ~KEY_MORE) == block;

    /* (one branch, on a sum of bits: as two, the compiler's way with
     * the | of two conditions, the second would go wrong often) */
    if (G_LIKELY (same + (guint32) ((key ^ KEY_MORE) >> 63)))
	return same ? detector->numbers[k] : NO_WORD;
    for (k = (k + 1) & detector->slot_mask;; k = (k + 1) & detector->slot_mask) {
	key = detector->keys[k];
	same = (key & ~KEY_MORE) == block;
	if (G_LIKELY (same | ! key))
	    return same ? detector->numbers[k] : NO_WORD;
    }
}

/* The number of the length bytes of word (fewer than MAX_TOKEN, lower
 * case, readable eight bytes at a time), whose hash is hash (see
 * word_hash), or NO_WORD when the lexicon has no such word. */
static inline guint
lookup_word (const tact_detector_t *detector, const char *word, size_t length, guint64 hash)
{
    const guint64 *keys = detector->keys;
    const char *const *found;
    guint64 prefix;

    if (G_UNLIKELY (! keys)) {
	/* before the table pays, a binary search for the string */
	char key[MAX_TOKEN];

	memcpy (key, word, length);
	key[length] = '\0';
	found = bsearch (key, detector->words, detector->n_words, sizeof (char *), by_text);
	return found ? (guint) (found - detector->words) : NO_WORD;
    }
    memcpy (&prefix, word, 8);
    prefix = first_bytes (GUINT64_FROM_LE (prefix), length);
    if (length <= 8)
	return lookup_block (detector, prefix);
    prefix = word_prefix (prefix, length);
    for (guint32 k = word_slot (detector, hash);; k = (k + 1) & detector->slot_mask) {
	guint64 key = keys[k];

	/* a long word: the rest of it too (strncmp stops at the end of
	 * a shorter word of the lexicon, which the token's bytes, none
	 * of them zero, differ from there) */
	if ((key & ~KEY_MORE) == prefix) {
	    const char *known = detector->words[detector->numbers[k]];

	    if (! strncmp (known + 7, word + 7, length - 7) && ! known[length])
		return detector->numbers[k];
	}
	if (! key)
	    return NO_WORD;
    }
}

/* The next token of text from *p (up to end): its start and end, and
 * the numbers of its normalized form (lower case, apostrophes dropped),
 * of its part before an apostrophe ("i" of "I'm") when that differs
 * and of its part after it, each NO_WORD when the lexicon does not
 * have it (or the token has letters outside ASCII, or is too long).
 * Returns FALSE at the end.
 * ASCII is read a byte at a time by byte_class; other characters are
 * decoded and checked with GLib.  This reads any token; read_tokens
 * reads most of a text's faster. */
static inline gboolean
next_token (const tact_detector_t *detector, const char **p, const char *end, token_t *token,
	    const char *text)
{
    const guchar *s = (const guchar *) *p, *stop = (const guchar *) end;
    char word[MAX_TOKEN + 8];
    size_t n = 0, head = 0, tail = 0;
    gboolean usable = TRUE, apostrophe = FALSE, parts = FALSE;
    gunichar c;

    for (;; s++) {
	if (s >= stop) {
	    *p = end;
	    return FALSE;
	}
	if (byte_class[*s] & (BYTE_ALNUM | BYTE_APOSTROPHE))
	    break;
	if (byte_class[*s] & BYTE_WIDE) {
	    c = wide_char (s, stop);
	    if (c != (gunichar) -1 && is_token_char (c))
		break;
	    if (c != (gunichar) -1)
		s += g_utf8_skip[*s] - 1;
	}
    }
    token->start = (size_t) ((const char *) s - text);
    while (s < stop) {
	guint8 kind = byte_class[*s];

	if (kind & BYTE_ALNUM) {
	    if (G_UNLIKELY (n + 1 >= MAX_TOKEN)) {
		usable = FALSE;
		break;
	    }
	    if (G_UNLIKELY (apostrophe)) {
		/* a part after an apostrophe: the tail, if it is the only one */
		apostrophe = FALSE;
		parts = tail > 0;
		tail = n;
	    }
	    word[n++] = (char) (*s++ | 0x20);
	    continue;
	}
	if (kind & BYTE_APOSTROPHE) {
	    s++;
	} else if (kind & BYTE_WIDE) {
	    c = wide_char (s, stop);
	    if (c == (gunichar) -1 || ! is_token_char (c))
		break;
	    s += g_utf8_skip[*s];
	    if (c != 0x2019) {
		usable = FALSE;
		break;
	    }
	} else {
	    break;
	}
	/* an apostrophe: the head ends at the first */
	if (! head && n > 0)
	    head = n;
	apostrophe = n > 0;
    }
    /* a token that is of no use as a word: only its end matters */
    while (! usable && s < stop) {
	if (byte_class[*s] & (BYTE_ALNUM | BYTE_APOSTROPHE)) {
	    s++;
	    continue;
	}
	if (! (byte_class[*s] & BYTE_WIDE))
	    break;
	c = wide_char (s, stop);
	if (c == (gunichar) -1 || ! is_token_char (c))
	    break;
	s += g_utf8_skip[*s];
    }
    *p = (const char *) s;
    token->end = (size_t) ((const char *) s - text);
    token->plain = usable;
    if (! usable || ! n) {
	token->word = token->head = token->tail = NO_WORD;
	return TRUE;
    }
    token->word = lookup_word (detector, word, n, word_hash (word, n));
    token->head = head && head < n
	? lookup_word (detector, word, head, word_hash (word, head)) : NO_WORD;
    token->tail = NO_WORD;
    if (G_UNLIKELY (parts))
	token->tail = ANY_WORD;
    else if (G_UNLIKELY (tail))
	token->tail = lookup_word (detector, word + tail, n - tail, word_hash (word + tail, n - tail));
    return TRUE;
}

/* For the 64 bytes at s, bit k of *word set where byte k may be part
 * of a token (an ASCII letter or digit, an apostrophe, a byte outside
 * ASCII), and of *alnum where it is an ASCII letter or digit.  With
 * SSE2 (every x86-64), sixteen bytes at a time, in a few instructions;
 * else eight, as numbers. */
static inline void
classify_bytes (const guchar *s, guint64 *word, guint64 *alnum)
{
    guint64 w = 0, a = 0;
#if defined(__SSE2__)
    for (guint k = 0; k < 64; k += 16) {
	__m128i x = _mm_loadu_si128 ((const __m128i *) (const void *) (s + k));
	/* a letter, lower-cased, less 'a', and a digit less '0', are the
	 * bytes not above 25 and 9 */
	__m128i letter = _mm_sub_epi8 (_mm_or_si128 (x, _mm_set1_epi8 (0x20)), _mm_set1_epi8 ('a'));
	__m128i digit = _mm_sub_epi8 (x, _mm_set1_epi8 ('0'));
	__m128i letters = _mm_or_si128 (
	    _mm_cmpeq_epi8 (_mm_min_epu8 (letter, _mm_set1_epi8 (25)), letter),
	    _mm_cmpeq_epi8 (_mm_min_epu8 (digit, _mm_set1_epi8 (9)), digit));
	__m128i apostrophes = _mm_cmpeq_epi8 (x, _mm_set1_epi8 ('\''));

	a |= (guint64) (guint) _mm_movemask_epi8 (letters) << k;
	/* the top bit of a byte outside ASCII is set already */
	w |= (guint64) (guint) _mm_movemask_epi8 (_mm_or_si128 (_mm_or_si128 (letters, apostrophes),
								 x)) << k;
    }
#else
    for (size_t k = 0; k < 64; k += 8) {
	guint64 x, letters;

	memcpy (&x, s + k, 8);
	x = GUINT64_FROM_LE (x);
	letters = alnum_bytes (x);
	a |= gather_marks (letters) << k;
	w |= gather_marks (letters | (x & HIGHS) | bytes_between (x, '\'' - 1, '\'' + 1)) << k;
    }
#endif
    *word = w;
    *alnum = a;
}

/* The first n bytes of eight, as a mask, for n up to eight: one load
 * rather than the few steps of first_bytes. */
static const guint64 first_masks[9] = {
    0, 0xff, 0xffff, 0xffffff, 0xffffffff, G_GUINT64_CONSTANT (0xffffffffff),
    G_GUINT64_CONSTANT (0xffffffffffff), G_GUINT64_CONSTANT (0xffffffffffffff), G_MAXUINT64
};

/* Eight bytes at s, as a number whose byte k is the byte at s + k. */
static inline guint64
eight_bytes (const guchar *s)
{
    guint64 x;

    memcpy (&x, s, 8);
    return GUINT64_FROM_LE (x);
}

/* Read the text's tokens into f->tokens, and mark the words it holds
 * in f->has_word.  The text is taken 64 bytes at a time, as two masks
 * of bits, one for the bytes that may be part of a token and one for
 * ASCII letters and digits; where runs of the first start and end are
 * two more, whose lowest bits give each token in turn.  A run that is
 * all in the second is a token of letters and digits only, most of a
 * text's, which is lower-cased and hashed eight bytes at a time; one
 * of at most nine bytes with a straight apostrophe inside ("don't"),
 * likewise, in its parts.  So no branch is taken for each byte, which
 * at the end of a word the processor cannot foresee.  Another run (a
 * character outside ASCII, a very long token) is read by next_token.
 * The tokens are written into the array's storage, which grows by
 * doubling, rather than appended one call at a time.  (A function of
 * its own, not inlined: within tact_detector_find, its loop's values
 * did not all stay in registers.) */
static G_GNUC_NO_INLINE void
read_tokens (finding_t *f)
{
    const tact_detector_t *detector = f->detector;
    room_t *room = detector->room;
    const guchar *s = (const guchar *) f->text, *stop = s + f->length;
    /* (a block of 64 bytes has at most 32 tokens; next_token reads one) */
    guint size = (guint) MIN (f->length / 4 + 64, G_MAXUINT / 4), n = 0, n_guarded = 0;
    guint n_words = detector->n_words;
    gboolean hashed = detector->keys != NULL;
    const guint8 *guarded_words = detector->guarded_words;
    guint8 *has_word, text_mark;
    guint32 *guarded;
    token_t *tokens;

    /* the room's, grown to size when smaller: setting an array's
     * length within what it has allocated costs nothing */
    if (! room->tokens)
	room->tokens = g_array_new (FALSE, FALSE, sizeof (token_t));
    f->tokens = room->tokens;
    size = MAX (size, room->tokens_size);
    g_array_set_size (f->tokens, size);
    tokens = (token_t *) (void *) f->tokens->data;
    if (++room->text_mark == 0) {
	memset (room->has_word, 0, n_words + 1);
	room->text_mark = 1;
    }
    has_word = f->has_word = room->has_word;
    text_mark = f->mark = room->text_mark;
    ROOM_FOR (room->guarded, room->guarded_size, size);
    guarded = room->guarded;
    while (s < stop) {
	size_t offset = (size_t) ((const char *) s - f->text), next = MIN ((size_t) (stop - s), 64);
	/* where the block's bytes, and sixteen past any, are read: the
	 * text, or near its end a copy with zeros past it, which no
	 * token has */
	const guchar *base = s;
	guchar tail[80];
	guint64 word, alnum, odd, starts, ends;

	if (stop - s < 80) {
	    memset (tail, 0, sizeof tail);
	    memcpy (tail, s, (size_t) (stop - s));
	    base = tail;
	}
	classify_bytes (base, &word, &alnum);
	odd = word & ~alnum;
	starts = word & ~(word << 1);
	ends = word & ~(word >> 1);
	if ((word >> 63) && stop - s > 64) {
	    /* the last token may go on past these bytes: read it with
	     * the next, unless it fills them */
	    guint last = highest_bit (starts);

	    if (last > 0) {
		starts ^= G_GUINT64_CONSTANT (1) << last;
		ends ^= G_GUINT64_CONSTANT (1) << 63;
		next = last;
	    }
	}
	if (G_UNLIKELY (size - n < 64)) {
	    size *= 2;
	    g_array_set_size (f->tokens, size);
	    tokens = (token_t *) (void *) f->tokens->data;
	    guarded = room->guarded = g_renew (guint32, guarded, size);
	    room->guarded_size = size;
	}
	for (; starts; starts &= starts - 1, ends &= ends - 1) {
	    guint start = lowest_bit (starts), run = lowest_bit (ends) + 1 - start, mark, listed = 0;
	    /* the bytes of the token that are no ASCII letter or digit
	     * (in most blocks, none): the bits from its first to its
	     * last byte */
	    guint64 others = odd ? odd & (((ends & -ends) << 1) - (starts & -starts)) : 0;
	    token_t *token = &tokens[n];

	    token->start = offset + start;
	    token->end = offset + start + run;
	    token->plain = TRUE;
	    token->head = token->tail = NO_WORD;
	    if (G_LIKELY (! others && run <= 8 && hashed)) {
		/* most tokens: letters and digits, eight bytes at most,
		 * hashed and looked up in one step (lower case: bit 0x20,
		 * which digits have) */
		guint64 block = eight_bytes (base + start) | (ONES * 0x20);

		token->word = lookup_block (detector, block & first_masks[run]);
	    } else if (! others && run <= 16 && hashed) {
		/* a longer one, of sixteen bytes at most: its two blocks
		 * of eight, hashed as word_hash does */
		guint64 head = eight_bytes (base + start) | (ONES * 0x20);
		guint64 rest = (eight_bytes (base + start + 8) | (ONES * 0x20)) & first_masks[run - 8];
		guint64 hash = block_hash (head);
		char text[16];

		hash = ((hash ^ (hash >> 29)) + rest) * HASH_FACTOR;
		head = GUINT64_TO_LE (head);
		rest = GUINT64_TO_LE (rest);
		memcpy (text, &head, 8);
		memcpy (text + 8, &rest, 8);
		token->word = lookup_word (detector, text, run, hash);
	    } else if (! others && run < MAX_TOKEN) {
		const guchar *at = s + start;
		char text[MAX_TOKEN + 8];

		for (size_t i = 0; i < run; i += 8) {
		    guint64 block = GUINT64_TO_LE (load_bytes (at + i, stop) | (ONES * 0x20));

		    memcpy (text + i, &block, 8);
		}
		token->word = lookup_word (detector, text, run, word_hash (text, run));
	    } else if (run <= 9 && hashed && ! (others & (others - 1)) && ! (others & (starts | ends)) &&
		       base[lowest_bit (others)] == '\'') {
		/* letters and digits on both sides of an apostrophe: the
		 * word is the two parts, the head and the tail each one */
		guint split = lowest_bit (others) - start;
		guint64 head = first_bytes (eight_bytes (base + start) | (ONES * 0x20), split);
		guint64 rest = first_bytes (eight_bytes (base + start + split + 1) | (ONES * 0x20),
					    run - split - 1);

		token->word = lookup_block (detector, head | rest << (8 * split));
		token->head = lookup_block (detector, head);
		token->tail = lookup_block (detector, rest);
		listed = 1;
		mark = MIN (token->head, n_words);
		has_word[mark] = text_mark;
	    } else {
		const char *p = (const char *) s + start;

		if (! next_token (detector, &p, f->text + f->length, token, f->text))
		    goto done;
		/* the tokens after it are read from its end */
		next = (size_t) ((const guchar *) p - s);
		starts = 1;
		listed = 1;
		/* only such a token has a head */
		mark = MIN (token->head, n_words);
		has_word[mark] = text_mark;
	    }
	    /* no branch on whether there is a word: NO_WORD marks the byte
	     * past the lexicon's words */
	    mark = MIN (token->word, n_words);
	    has_word[mark] = text_mark;
	    guarded[n_guarded] = n++;
	    n_guarded += listed | guarded_words[mark];
	}
	s += next;
    }
done:
    f->guarded = guarded;
    f->n_guarded = n_guarded;
    room->tokens_size = size;
    g_array_set_size (f->tokens, n);
}

/* ---- negation and hypotheticals ---- */

static gboolean
is_clause_end (char c)
{
    return c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n' || c == ',';
}

/* Token i of the text as the region from from to to has it: itself,
 * or, when the region's edge cuts it, that part read again into
 * *piece; NULL when the region does not have it. */
static inline const token_t *
region_token (const finding_t *f, guint i, size_t from, size_t to, token_t *piece)
{
    const token_t *token = &((const token_t *) (void *) f->tokens->data)[i];
    const char *p;

    if (i >= f->tokens->len || token->start >= to || token->end <= from)
	return NULL;
    if (G_LIKELY (token->start >= from && token->end <= to))
	return token;
    p = f->text + MAX (token->start, from);
    return next_token (f->detector, &p, f->text + MIN (token->end, to), piece, f->text)
	? piece : NULL;
}

/* Which of the rules (bits) that start with word, and then go on with
 * one of their next words, may do so before token next (NULL when the
 * region ends first). */
static guint32
paired_rules (const guard_t *guard, guint32 rules, guint word, const token_t *next)
{
    guint32 fits = 0;

    if (! next)
	return 0;
    if (! next->plain || next->tail == ANY_WORD)
	return rules;
    for (guint i = 0; i < 32 && (rules >> i); i++) {
	const tact_rule_t *rule = guard->rules->pdata[i];
	const guint32 *first = rule->first, *found;

	if (! (rules & (1u << i)))
	    continue;
	found = bsearch (&word, first + 1, first[0], sizeof (guint32), by_number);
	if (found && ((next->word != NO_WORD && tact_words_contain (rule->next[found - first - 1],
								     next->word)) ||
		      (next->head != NO_WORD && tact_words_contain (rule->next[found - first - 1],
								     next->head))))
	    fits |= 1u << i;
    }
    return fits;
}

/* Which of guard's rules token i of the text, as the region from from
 * to to has it, may start (a bit each; see guard_t): those that start
 * with its word, or its head or tail, and for those whose next words
 * are known, that go on with one in the region's next token; all when
 * it has letters outside ASCII, or more than one apostrophe between
 * letters, as it may then hold any word.  A token the region's edge
 * cuts is read again as the region has it. */
static guint32
token_rules (const finding_t *f, const guard_t *guard, guint i, size_t from, size_t to)
{
    const guint32 *starts = guard->starts, *paired = guard->paired;
    guint32 n_words = f->detector->n_words, rules = 0, pairs;
    token_t piece, next_piece;
    const token_t *token = region_token (f, i, from, to, &piece);

    if (! token)
	return 0;
    if (G_UNLIKELY (! token->plain || token->tail == ANY_WORD))
	return G_MAXUINT32;
    if (token->word < n_words)
	rules |= starts[token->word];
    if (token->head < n_words)
	rules |= starts[token->head];
    if (token->tail < n_words)
	rules |= starts[token->tail];
    /* a first word with white space after it is the whole token, or
     * its tail, never its head */
    if (token->word < n_words && (pairs = paired[token->word] & ~rules))
	rules |= paired_rules (guard, pairs, token->word,
			       region_token (f, i + 1, from, to, &next_piece));
    if (token->tail < n_words && (pairs = paired[token->tail] & ~rules))
	rules |= paired_rules (guard, pairs, token->tail,
			       region_token (f, i + 1, from, to, &next_piece));
    return rules;
}

/* For each guard, a bit for each token in f->guarded that may start
 * one of its rules whole and followed by its next token whole, as
 * token_rules would tell: one that starts one whatever follows (or may
 * hold any word), or starts one that goes on with next words and is
 * followed by a token whose word or head may be one of them, as the
 * detector's pair_guards tell (a few of the others pass too).  A token
 * outside guarded starts none.  Found once for a text, in a few looks
 * at each token, where each cue checked would look at each token of
 * its region. */
static void
find_hot (finding_t *f)
{
    const tact_detector_t *detector = f->detector;
    const token_t *tokens = (const token_t *) (void *) f->tokens->data;
    const guint8 *starting = detector->starting_guards, *pairing = detector->pairing_guards;
    const guint8 *pair_guards = detector->pair_guards;
    guint32 n_words = detector->n_words, n_tokens = f->tokens->len;
    guint size = n_tokens / 64 + 1;
    room_t *room = detector->room;
    guint64 *bits;

    ROOM_FOR (room->hot, room->hot_size, N_GUARDS * size);
    bits = memset (room->hot, 0, N_GUARDS * size * sizeof (guint64));

    for (guint g = 0; g < N_GUARDS; g++)
	f->hot[g] = bits + g * size;
    for (guint k = 0; k < f->n_guarded; k++) {
	guint t = f->guarded[k];
	const token_t *token = &tokens[t];
	guint hot = (1u << N_GUARDS) - 1, pairs;

	if (token->plain && token->tail != ANY_WORD) {
	    guint word = MIN (token->word, n_words), tail = MIN (token->tail, n_words);

	    hot = starting[word] | starting[MIN (token->head, n_words)] | starting[tail];
	    pairs = (pairing[word] | pairing[tail]) & ~hot;
	    if (pairs && t + 1 < n_tokens) {
		const token_t *next = &tokens[t + 1];

		if (! next->plain || next->tail == ANY_WORD)
		    hot |= pairs;
		else
		    hot |= pairs & (pair_guards[pair_slot (word, next->word)] |
				    pair_guards[pair_slot (word, next->head)] |
				    pair_guards[pair_slot (tail, next->word)] |
				    pair_guards[pair_slot (tail, next->head)]);
	    }
	}
	/* (the token's bit and where, once; then for each guard it is
	 * hot for, most tokens one or none) */
	hot &= (1u << N_GUARDS) - 1;
	for (guint64 *at = bits + t / 64, bit = G_GUINT64_CONSTANT (1) << (t % 64); hot;
	     hot >>= 1, at += size)
	    if (hot & 1)
		*at |= bit;
    }
}

/* The first token at or after byte at: token f->token, the one the
 * words of the text are tried at, where most cues start, else found by
 * binary search. */
static inline guint
token_at (const finding_t *f, size_t at)
{
    const token_t *tokens = (const token_t *) (void *) f->tokens->data;
    guint i = f->token, low = 0, high = f->tokens->len;

    if (i < high && tokens[i].start == at)
	return i;
    while (low < high) {
	guint middle = (low + high) / 2;

	if (tokens[middle].start < at)
	    low = middle + 1;
	else
	    high = middle;
    }
    return low;
}

/* How many of the tokens in f->guarded come before token i: found from
 * the last answer in a few steps when i is at or a little after the
 * last token asked for, as it mostly is, else by binary search. */
static inline guint
guarded_before (finding_t *f, guint i)
{
    const guint32 *guarded = f->guarded;
    guint low = 0, high = f->n_guarded, k;

    if (i >= f->guarded_token) {
	low = f->guarded_before;
	for (k = 0; k < 4 && low < high && guarded[low] < i; k++)
	    low++;
	if (low == high || guarded[low] >= i)
	    high = low;
    } else {
	high = f->guarded_before;
    }
    while (low < high) {
	guint middle = (low + high) / 2;

	if (guarded[middle] < i)
	    low = middle + 1;
	else
	    high = middle;
    }
    f->guarded_token = i;
    f->guarded_before = low;
    return low;
}

/* Where in a region the rules of a guard may start (see guard_rules):
 * a few tokens it holds whole, of ASCII letters, digits and
 * apostrophes, with the rules each may start, where a match of those
 * can only start (see starts_with_word); and the rules that may start
 * elsewhere, searched for over the whole region. */
typedef struct starters {
    guint tokens[8];
    guint32 rules[8];
    guint n;
    guint32 searched;
} starters_t;

/* Which of guard's rules may match the text from from to to, as a
 * string of its own (a bit each; see guard_t): those that the region's
 * tokens may start (see token_rules), and where, into *at.  Of the
 * tokens the region holds whole, only those in f->guarded may start
 * any: the others are passed over, which spares a look at each token
 * of a sentence for each cue in it.  The tokens the region's edges cut
 * are read again. */
static guint32
guard_rules (finding_t *f, const guard_t *guard, size_t from, size_t to, starters_t *at)
{
    const token_t *tokens = (const token_t *) (void *) f->tokens->data;
    const guint32 *guarded = f->guarded;
    guint32 rules = guard->always, more;
    guint i = token_at (f, to), low, high, k;
    gboolean cut = FALSE;

    at->n = 0;
    at->searched = rules;
    if (i == 0 || tokens[i - 1].end <= from)
	return rules;		/* no token in the region */
    /* the tokens the edges cut: the last, and the first */
    if (tokens[i - 1].end > to) {
	rules |= token_rules (f, guard, i - 1, from, to);
	cut = TRUE;
    }
    /* A token the region's start cuts holds the byte before it, which
     * is then one a token may hold (see byte_class): most regions
     * start past a clause's or a sentence's end, and cut none.  (The
     * region is short: its first token is found from its last, going
     * back by steps that double, then by binary search.) */
    if (from > 0 && byte_class[(guchar) f->text[from - 1]]) {
	for (k = 1, high = i - 1; high >= k && tokens[high - k].end > from; k *= 2)
	    high -= k;
	for (low = high >= k ? high - k + 1 : 0; low < high;) {
	    guint middle = (low + high) / 2;

	    if (tokens[middle].end <= from)
		low = middle + 1;
	    else
		high = middle;
	}
	if (tokens[low].start < from)
	    rules |= token_rules (f, guard, low, from, to);
    }
    at->searched = rules;
    /* The tokens it holds whole that may start a rule (see find_hot),
     * from the last: any other starts none, unless it comes before a
     * token the region's end cuts, which the region has as another. */
    if (! cut) {
	const guint64 *hot;
	guint w = (i - 1) / 64;
	guint64 bits;

	if (! f->hot[0])
	    find_hot (f);
	hot = f->hot[guard->number];
	bits = hot[w] & ((G_GUINT64_CONSTANT (2) << ((i - 1) % 64)) - 1);
	for (;;) {
	    for (; bits; bits &= ~(G_GUINT64_CONSTANT (1) << (63 - __builtin_clzll (bits)))) {
		guint t = w * 64 + 63 - (guint) __builtin_clzll (bits);

		if (tokens[t].end <= from || at->searched == G_MAXUINT32)
		    return rules;	/* (all searched for: the rest adds none) */
		if (tokens[t].start < from || ! (more = token_rules (f, guard, t, from, to)))
		    continue;
		rules |= more;
		if (tokens[t].plain && tokens[t].tail != ANY_WORD && at->n < G_N_ELEMENTS (at->tokens)) {
		    at->tokens[at->n] = t;
		    at->rules[at->n++] = more;
		} else {
		    at->searched |= more;
		}
	    }
	    if (w == 0 || tokens[w * 64 - 1].end <= from)
		return rules;
	    bits = hot[--w];
	}
    }
    /* the region's tokens a rule may start with, from the last; one
     * it holds whole starts the rules of its words (as token_rules
     * finds), and those whose next words are known are left to
     * token_rules */
    for (k = guarded_before (f, i); k-- > 0 && rules != G_MAXUINT32;) {
	const token_t *token = &tokens[guarded[k]];
	guint32 n_words = f->detector->n_words;

	if (token->end <= from)
	    break;
	if (token->start < from || token->end > to || ! token->plain || token->tail == ANY_WORD ||
	    ((guard->paired[MIN (token->word, n_words)] | guard->paired[MIN (token->tail, n_words)]) &
	     ~rules))
	    rules |= token_rules (f, guard, guarded[k], from, to);
	else
	    rules |= guard->starts[MIN (token->word, n_words)] |
		guard->starts[MIN (token->head, n_words)] |
		guard->starts[MIN (token->tail, n_words)];
    }
    at->searched = rules;
    return rules;
}

/* Whether rule matches the text from from to to, as a string of its
 * own, starting in token t, which the region holds whole and which has
 * ASCII letters, digits and apostrophes only: at its start, at an
 * apostrophe or past one, the places in it where a match of a rule
 * that starts with a word can start (see starts_with_word), as a
 * search for the rule over the region would try there. */
static gboolean
matches_in_token (const finding_t *f, const tact_rule_t *rule, size_t from, size_t to, guint t)
{
    const token_t *token = &((const token_t *) (void *) f->tokens->data)[t];
    const guchar *text = (const guchar *) f->text;
    size_t start, end;

    if (tact_rule_find (rule, f->text + from, to - from, token->start - from, TRUE, f->fast,
			&start, &end))
	return TRUE;
    for (size_t q = token->start; q < token->end; q++) {
	/* its bytes past ASCII are those of U+2019, the curly apostrophe */
	size_t past = text[q] == '\'' ? q + 1 : text[q] >= 0x80 ? q + 3 : q;

	if (past == q)
	    continue;
	if (tact_rule_find (rule, f->text + from, to - from, q - from, TRUE, f->fast, &start, &end) ||
	    tact_rule_find (rule, f->text + from, to - from, past - from, TRUE, f->fast,
			    &start, &end))
	    return TRUE;
	q = past - 1;
    }
    return FALSE;
}

/* Whether a rule of guard matches the text from from to to, as a
 * string of its own; the same as tact_lexicon_match_length on the
 * guard's section, trying only the rules that may match. */
static gboolean
guard_matches (finding_t *f, const guard_t *guard, size_t from, size_t to)
{
    starters_t at;
    guint32 rules = guard_rules (f, guard, from, to, &at);
    guint n_rules = guard->rules->len;
    size_t start, end;

    /* the first 32 rules by their bits, tried only in the tokens that
     * may start them, or searched for; the others always */
    if (n_rules < 32)
	rules &= (1u << n_rules) - 1;
    for (; rules; rules &= rules - 1) {
	guint r = lowest_bit (rules);
	const tact_rule_t *rule = guard->rules->pdata[r];

	if ((at.searched >> r) & 1) {
	    if (tact_rule_find (rule, f->text + from, to - from, 0, FALSE, f->fast, &start, &end))
		return TRUE;
	    continue;
	}
	for (guint k = 0; k < at.n; k++)
	    if (((at.rules[k] >> r) & 1) && matches_in_token (f, rule, from, to, at.tokens[k]))
		return TRUE;
    }
    for (guint i = 32; i < n_rules; i++)
	if (tact_rule_find (guard->rules->pdata[i], f->text + from, to - from, 0, FALSE, f->fast,
			    &start, &end))
	    return TRUE;
    return FALSE;
}

/* A rule of negation matches the text just before start, in its clause. */
static gboolean
negated (finding_t *f, size_t start)
{
    const char *text = f->text;
    size_t from = start > CLAUSE_LOOKBACK ? start - CLAUSE_LOOKBACK : 0, i = start;

#if defined(__SSE2__)
    /* the clause's start, sixteen bytes at a time going back */
    for (; i >= from + 16; i -= 16) {
	__m128i x = _mm_loadu_si128 ((const __m128i *) (const void *) (text + i - 16));
	guint found = (guint) _mm_movemask_epi8 (
	    _mm_or_si128 (
		_mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (x, _mm_set1_epi8 ('.')),
					    _mm_cmpeq_epi8 (x, _mm_set1_epi8 ('!'))),
			      _mm_or_si128 (_mm_cmpeq_epi8 (x, _mm_set1_epi8 ('?')),
					    _mm_cmpeq_epi8 (x, _mm_set1_epi8 (';')))),
		_mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (x, _mm_set1_epi8 (':')),
					    _mm_cmpeq_epi8 (x, _mm_set1_epi8 ('\n'))),
			      _mm_cmpeq_epi8 (x, _mm_set1_epi8 (',')))));

	if (found) {
	    /* after the last of them */
	    i = i - 16 + (guint) (31 - __builtin_clz (found)) + 1;
	    from = i;
	    break;
	}
    }
#endif
    for (; i > from; i--) {
	if (is_clause_end (text[i - 1])) {
	    from = i;
	    break;
	}
    }
    while (from < start && (text[from] & 0xc0) == 0x80)
	from++;			/* not in the middle of a character */
    return guard_matches (f, &f->detector->negation, from, start);
}

static gboolean
is_sentence_end (const char *text, size_t i, size_t length)
{
    if (text[i] == '\n' && i + 1 < length && text[i + 1] == '\n')
	return TRUE;
    return (text[i] == '.' || text[i] == '!' || text[i] == '?') &&
	(i + 1 >= length || g_ascii_isspace (text[i + 1]));
}

static gboolean
is_negated (finding_t *f, size_t start)
{
    if (! f->negation_known || f->negation_start != start) {
	f->negation = negated (f, start);
	f->negation_start = start;
	f->negation_known = TRUE;
    }
    return f->negation;
}

static inline void
add_sentence_end (finding_t *f, size_t end)
{
    if (G_UNLIKELY (f->n_sentence_ends == f->sentence_ends_size)) {
	f->sentence_ends_size *= 2;
	f->sentence_ends = g_renew (size_t, f->sentence_ends, f->sentence_ends_size);
    }
    f->sentence_ends[f->n_sentence_ends++] = end;
}

#if defined(__SSE2__)
/* A bit for each of the sixteen bytes at p that may end a sentence
 * ('.', '!', '?' or a line break; see is_sentence_end). */
static inline guint
sentence_marks (const char *p)
{
    __m128i x = _mm_loadu_si128 ((const __m128i *) (const void *) p);

    return (guint) _mm_movemask_epi8 (
	_mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (x, _mm_set1_epi8 ('.')),
				    _mm_cmpeq_epi8 (x, _mm_set1_epi8 ('!'))),
		      _mm_or_si128 (_mm_cmpeq_epi8 (x, _mm_set1_epi8 ('?')),
				    _mm_cmpeq_epi8 (x, _mm_set1_epi8 ('\n')))));
}
#endif

/* The first sentence end (see is_sentence_end) from from on and
 * before to, or to when there is none; sixteen bytes at a time with
 * SSE2: this may run over the whole text. */
static size_t
next_sentence_end (const finding_t *f, size_t from, size_t to)
{
    const char *text = f->text;
    size_t i = from;

#if defined(__SSE2__)
    for (; i + 16 <= to; i += 16) {
	guint found = sentence_marks (text + i);

	for (; found; found &= found - 1)
	    if (is_sentence_end (text, i + lowest_bit (found), f->length))
		return i + lowest_bit (found);
    }
#endif
    for (; i < to; i++)
	if (is_sentence_end (text, i, f->length))
	    return i;
    return to;
}

/* Where sentences end in the text (see is_sentence_end), found once,
 * into f->sentence_ends. */
static void
find_sentence_ends (finding_t *f)
{
    size_t end;

    if (f->sentence_ends_found)
	return;
    f->sentence_ends_found = TRUE;
    /* the room's (see tact_detector_find) */
    if (! f->sentence_ends_size) {
	f->sentence_ends_size = 64;
	f->sentence_ends = g_new (size_t, f->sentence_ends_size);
    }
    f->n_sentence_ends = 0;
    for (size_t i = 0; (end = next_sentence_end (f, i, f->length)) < f->length; i = end + 1)
	add_sentence_end (f, end);
}

/* Whether no token before the cue at start, in its sentence, may start
 * a rule of a condition, as most cues have none: then no condition
 * holds, without finding where the sentence starts.  The token before
 * the cue that may start one (see find_hot) is found among the few
 * last ones (else FALSE, not known), and whether a sentence ends
 * between it and start, once for it. */
static gboolean
no_condition (finding_t *f, size_t start)
{
    const guard_t *condition = &f->detector->condition;
    const token_t *tokens = (const token_t *) (void *) f->tokens->data;
    const guint64 *hot;
    guint i, w, t, steps = 0;
    guint64 bits;

    if (condition->rules->len > 32 || condition->always)
	return FALSE;		/* rules that may start anywhere */
    i = token_at (f, start);
    if (i == 0)
	return TRUE;		/* no token before it */
    if (tokens[i - 1].end > start)
	return FALSE;		/* the sentence would cut a token */
    if (! f->hot[0])
	find_hot (f);
    hot = f->hot[condition->number];
    w = (i - 1) / 64;
    bits = hot[w] & ((G_GUINT64_CONSTANT (2) << ((i - 1) % 64)) - 1);
    while (! bits) {
	if (w == 0)
	    return TRUE;	/* none in the text before it */
	if (++steps == 8)
	    return FALSE;
	bits = hot[--w];
    }
    t = w * 64 + 63 - (guint) __builtin_clzll (bits);
    if (f->condition_token != t + 1) {
	f->condition_token = t + 1;
	f->condition_end = tokens[t].end;
	f->condition_end_found = FALSE;
    }
    if (! f->condition_end_found && f->condition_end < start) {
	size_t e = next_sentence_end (f, f->condition_end, start);

	f->condition_end = e;
	f->condition_end_found = e < start;
    }
    return f->condition_end_found && f->condition_end < start;
}

/* The last sentence end (see is_sentence_end) from from on and before
 * to, or G_MAXSIZE when there is none; as next_sentence_end, going
 * back. */
static size_t
last_sentence_end (const finding_t *f, size_t from, size_t to)
{
    const char *text = f->text;
    size_t i = to;

#if defined(__SSE2__)
    for (; i >= from + 16; i -= 16) {
	guint found = sentence_marks (text + i - 16);

	for (; found; found &= ~(1u << (31 - __builtin_clz (found))))
	    if (is_sentence_end (text, i - 16 + 31 - (guint) __builtin_clz (found), f->length))
		return i - 16 + 31 - (guint) __builtin_clz (found);
    }
#endif
    for (; i > from; i--)
	if (is_sentence_end (text, i - 1, f->length))
	    return i - 1;
    return G_MAXSIZE;
}

/* How far a sentence's start or end is looked for around a cue before
 * all the text's sentence ends are found (find_sentence_ends). */
#define SENTENCE_REACH 512

/* The index of the first of the whole text's sentence ends (found
 * once, see find_sentence_ends) at or after at: where a cue's sentence
 * is, when it reaches farther than a look around the cue. */
static guint
sentence_ends_from (finding_t *f, size_t at)
{
    guint low = 0, high;

    find_sentence_ends (f);
    for (high = f->n_sentence_ends; low < high;) {
	guint middle = (low + high) / 2;

	if (f->sentence_ends[middle] < at)
	    low = middle + 1;
	else
	    high = middle;
    }
    return low;
}

/* Where the sentence of a cue that starts at start starts: past the
 * last sentence end before it. */
static size_t
sentence_start (finding_t *f, size_t start)
{
    size_t from = start > SENTENCE_REACH ? start - SENTENCE_REACH : 0;
    size_t e = last_sentence_end (f, from, start);
    guint i;

    if (e != G_MAXSIZE)
	return e + 1;
    if (from == 0)
	return 0;
    i = sentence_ends_from (f, start);
    return i > 0 ? f->sentence_ends[i - 1] + 1 : 0;
}

/* Where the sentence of a cue that ends at end ends: past the first
 * sentence end at or after end, or at the text's end. */
static size_t
sentence_end (finding_t *f, size_t end)
{
    size_t to = MIN (f->length, end + SENTENCE_REACH), e = next_sentence_end (f, end, to);
    guint i;

    if (e < to)
	return e + 1;
    if (to == f->length)
	return to;
    i = sentence_ends_from (f, end);
    return i < f->n_sentence_ends ? f->sentence_ends[i] + 1 : f->length;
}

/* In a sentence that sets a condition before the cue ("if", "in case")
 * and speaks of a future or asks ("I'll write again", "... ?"). */
static gboolean
hypothetical (finding_t *f, size_t start, size_t end)
{
    size_t from, to;

    if (no_condition (f, start))
	return FALSE;
    from = sentence_start (f, start);
    /* several cues often share a sentence start, or a sentence */
    if (! f->condition_known || f->condition_from != from || f->condition_start != start) {
	f->condition = guard_matches (f, &f->detector->condition, from, start);
	f->condition_from = from;
	f->condition_start = start;
	f->condition_known = TRUE;
    }
    if (! f->condition)
	return FALSE;
    to = sentence_end (f, end);
    if (to > from && f->text[to - 1] == '?')
	return TRUE;
    if (! f->consequence_known || f->consequence_from != from || f->consequence_to != to) {
	f->consequence = guard_matches (f, &f->detector->consequence, from, to);
	f->consequence_from = from;
	f->consequence_to = to;
	f->consequence_known = TRUE;
    }
    return f->consequence;
}

/* ---- finding cues ---- */

/* 32 bytes of 0xff, then 32 of 0: the 32 bytes from 32 - n on keep the
 * first n of 32 others. */
static const guint8 first_ones[64] = {
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
};

/* Whether a byte of the mask (of a text of length bytes, and one more)
 * is set from start to end.  A cue of a few words is read as the 32
 * bytes from its start, kept to its own by first_ones, without a branch
 * that could go either way with its length; a longer one, or one near
 * the text's end, eight bytes at a time. */
static gboolean
is_masked (const char *mask, size_t length, size_t start, size_t end)
{
    size_t i = start, n = end - start;
    guint64 x = 0, y, ones;

    if (n <= 32 && start + 32 <= length + 1) {
	for (size_t k = 0; k < 32; k += 8) {
	    memcpy (&y, mask + start + k, 8);
	    memcpy (&ones, first_ones + 32 - n + k, 8);
	    x |= y & ones;
	}
	return x != 0;
    }
    for (; i + 8 <= end; i += 8) {
	memcpy (&y, mask + i, 8);
	x |= y;
    }
    for (; i < end; i++)
	x |= (guchar) mask[i];
    return x != 0;
}

/* A shouted word that is really an acronym ("CSV", "ASAP") is no cue.
 * The section is one long choice of words, which PCRE2's interpreter
 * tries one by one (thousands of cycles a cue): once the detector
 * compiles patterns, it is compiled too, and still tries them one by
 * one.  The same shouted words come back from message to message, so
 * the detector keeps its answers for short texts (see acronym_slot_t). */
static gboolean
is_acronym (const finding_t *f, const entry_t *entry, const char *words, size_t length)
{
    tact_detector_t *detector = (tact_detector_t *) f->detector;
    acronym_slot_t *slot = NULL;
    gboolean acronym;

    if (! entry->caps)
	return FALSE;
    if (length <= ACRONYM_TEXT) {
	guint32 hash = 2166136261u;	/* FNV-1a */

	for (size_t k = 0; k < length; k++)
	    hash = (hash ^ (guchar) words[k]) * 16777619u;
	if (! detector->acronyms)
	    detector->acronyms = g_new0 (acronym_slot_t, ACRONYM_SLOTS);
	slot = &detector->acronyms[hash % ACRONYM_SLOTS];
	if (slot->length == length && ! memcmp (slot->text, words, length))
	    return slot->acronym;
    }
    acronym = tact_lexicon_match_length (detector->lexicon, "acronym", words, length,
					 f->fast) != NULL;
    if (slot) {
	slot->length = (guint8) length;
	slot->acronym = (guint8) acronym;
	memcpy (slot->text, words, length);
    }
    return acronym;
}

static void
consider (finding_t *f, const entry_t *entry, size_t start, size_t end)
{
    struct tact_cue cue = { 0 };

    if (end <= start || is_masked (f->mask, f->length, start, end))
	return;
    if (is_acronym (f, entry, f->text + start, end - start))
	return;
    if (entry->checked &&
	(is_negated (f, start) || hypothetical (f, start, end)))
	return;
    cue.kind = entry->kind;
    cue.start = start;
    cue.end = end;
    cue.in_signature = f->in_signature;
    /* "section/name", made once for each rule that finds a cue rather
     * than for every rule at start-up, and interned: cues outlive the
     * detector (tact_analyze_thread), and a rule's name then costs no
     * allocation per cue */
    if (G_UNLIKELY (! entry->name)) {
	g_autofree char *name = g_strconcat (entry->rule->section, "/", entry->rule->name, NULL);

	((entry_t *) entry)->name = g_intern_string (name);
    }
    cue.rule = entry->name;
    cue.weight = entry->rule->weight;
    if (G_UNLIKELY (f->n_found == f->found_size)) {
	f->found_size = MAX (64, 2 * f->found_size);
	f->found = g_renew (struct tact_cue, f->found, f->found_size);
    }
    f->found[f->n_found++] = cue;
}

static gboolean
has_word (const finding_t *f, guint word)
{
    return word != NO_WORD && f->has_word[word] == f->mark;
}

/* Whether the text holds a word of each set the entry needs; known
 * once per text.  Most entries tried need none: their rule, elsewhere
 * in memory, is then not looked at. */
static inline gboolean
has_required (finding_t *f, const entry_t *entry)
{
    if (! entry->n_required)
	return TRUE;
    if (! f->has_required[entry->index]) {
	gboolean all = TRUE;

	for (guint32 i = 0; all && i < entry->rule->n_required; i++) {
	    const guint32 *set = entry->rule->required[i];
	    gboolean found = FALSE;

	    for (guint32 w = 0; w < set[0] && ! found; w++)
		found = has_word (f, set[w + 1]);
	    all = found;
	}
	f->has_required[entry->index] = all ? 1 : 2;
    }
    return f->has_required[entry->index] == 1;
}

/* ---- what a match needs near its start ---- */

/* The first byte from from up to to that is one of the n stops, or
 * to. */
static size_t
first_stop (const finding_t *f, size_t from, size_t to, const guint8 *stops, guint n)
{
    const guchar *s = (const guchar *) f->text;

    if (! n)
	return to;
    for (; from < to; from += 8) {
	guint64 x = load_bytes (s + from, s + to), marks = 0;

	for (guint k = 0; k < n; k++)
	    marks |= holds_byte (x, stops[k]);
	if (marks)
	    return MIN (from + lowest_bit (marks) / 8, to);
    }
    return to;
}

/* The first digit from from up to to, or to. */
static size_t
first_digit (const finding_t *f, size_t from, size_t to)
{
    const guchar *s = (const guchar *) f->text;

    for (; from < to; from += 8) {
	guint64 marks = bytes_between (load_bytes (s + from, s + to), '0' - 1, '9' + 1);

	if (marks)
	    return MIN (from + lowest_bit (marks) / 8, to);
    }
    return to;
}

/* A need's words are looked for in most tokens near where its rule is
 * tried, and most tokens are none of them: a filter of NEED_FILTER
 * bits, a bit for each word, tells most at once, and one of a few
 * hundred bits set seldom says yes wrongly, where the bits of word %
 * 64 would for a need of forty words one token in two. */
static inline guint32
need_bit (guint word)
{
    return (word * 0x9e3779b1u) >> 23;	/* (the top 9 bits: 512) */
}

/* Where each need of the entry's rule is, its words' filter, and the
 * stop bytes to look for: a few of its own, the commonest first (a
 * need with no bound has a full stop or a line break). */
static void
find_needs (const tact_lexicon_t *lexicon, entry_t *entry)
{
    const guint32 *nearby = tact_lexicon_rule_nearby (lexicon, entry->rule);
    guint32 at = 3;

    entry->needs_known = TRUE;
    entry->capitals = nearby ? nearby[1] : 0;
    if (nearby && nearby[2])
	entry->needs = g_new0 (need_t, MIN (nearby[2], TACT_MAX_NEEDS));
    for (guint32 n = 0; nearby && n < MIN (nearby[2], TACT_MAX_NEEDS); n++) {
	const guint8 *stop = (const guint8 *) (nearby + at + 1);
	const guint32 *words = nearby + at + TACT_NEED_WORDS + 1;
	need_t *need = &entry->needs[n];

	/* (the lexicon checked the list) */
	need->reach = nearby[at];
	need->n_words = words[-1];
	need->words = words;
	need->n_bytes = MIN (words[words[-1]], TACT_NEED_BYTES);
	need->bytes = words + words[-1] + 1;
	for (guint32 k = 0; k < words[-1]; k++)
	    need->filter[need_bit (words[k]) / 64] |= G_GUINT64_CONSTANT (1) << (need_bit (words[k]) % 64);
	need->n_stops = 0;
	for (const char *c = "\n.!?,;:)"; *c && need->n_stops < 4; c++)
	    if (stop[(guchar) *c / 8] & (1 << ((guchar) *c % 8)))
		need->stops[need->n_stops++] = (guint8) *c;
	for (guint k = need->n_stops; k < 4; k++)
	    need->stops[k] = need->stops[0];	/* the same again */
	need->digits = TRUE;
	for (guint32 k = 0; k < words[words[-1]]; k++)
	    need->digits &= words[words[-1] + 1 + k] == '0' + k;
	need->digits &= words[words[-1]] == 10;
	at += TACT_NEED_WORDS + 1 + words[-1];
	at += 1 + nearby[at];
	entry->n_needs = n + 1;
    }
    if (nearby && nearby[2] <= TACT_MAX_NEEDS && nearby[at])
	entry->before = nearby + at;
}

/* Whether the sorted list of n_words words holds word: a binary search
 * without branches on the words compared, which costs less than
 * bsearch's call of a comparison for each step. */
static inline gboolean
words_hold (const guint32 *words, guint32 n_words, guint word)
{
    const guint32 *base = words;

    if (! n_words)
	return FALSE;
    for (guint32 n = n_words; n > 1;) {
	guint32 half = n / 2;

	base = base[half] <= word ? base + half : base;
	n -= half;
    }
    return *base == word;
}

/* Whether word is one of a need's words, whose filter is filter. */
static inline gboolean
is_needed (const guint32 *words, guint32 n_words, const guint64 *filter, guint word)
{
    guint32 bit = need_bit (word);

    return word != NO_WORD && ((filter[bit / 64] >> (bit % 64)) & 1) &&
	words_hold (words, n_words, word);
}

/* How many characters the bytes from from up to to hold: those that
 * do not go on a character (10xxxxxx), eight bytes at a time. */
static size_t
chars_between (const finding_t *f, size_t from, size_t to)
{
    const guchar *s = (const guchar *) f->text;
    size_t goes_on = 0, length = to - from;

    for (; from + 8 <= to; from += 8) {
	guint64 x;

	memcpy (&x, s + from, 8);
	x = GUINT64_FROM_LE (x) & ~(GUINT64_FROM_LE (x) << 1) & HIGHS;
	/* the marks as ones, summed in the top byte by a product: no
	 * call of libgcc's popcount, which a build for any x86-64 makes */
	goes_on += (size_t) (((x >> 7) * ONES) >> 56);
    }
    for (; from < to; from++)
	goes_on += (s[from] & 0xc0) == 0x80;
    return length - goes_on;
}

/* Whether need n of the entry holds for a match that starts at token
 * i: one of its bytes, or one of its words standing whole in a token
 * (a token with letters the pattern does not see as letters may hold
 * any), within its reach and before its first stop byte.  Hits are
 * most tries: the text is read only as far as the first byte or token
 * that will do, and between tokens, where the stop bytes (punctuation)
 * can be. */
static gboolean
need_holds (const finding_t *f, const entry_t *entry, guint32 n, guint i)
{
    const need_t *need = &entry->needs[n];
    const token_t *tokens = (const token_t *) (void *) f->tokens->data;
    guint32 reach = need->reach, n_words = need->n_words;
    const guint32 *words = need->words, *bytes = need->bytes;
    const guint8 *stops = need->stops;
    guint n_stops = need->n_stops;
    const guint64 *filter = need->filter;
    size_t start = tokens[i].start, byte_reach, counted = start, chars = 0;
    guint n_tokens;

    if (need->n_bytes) {
	guint32 n_bytes = need->n_bytes;
	/* as far as reach characters can go, each of up to four bytes */
	size_t to = reach >= (f->length - start) / 4 ? f->length : start + (size_t) reach * 4 + 1;
	size_t found = to;

	/* the first of them within reach, when no stop byte comes before
	 * it (past the first, the others are not nearer) */
	if (need->digits) {
	    found = first_digit (f, start, to);
	} else {
	    for (guint32 b = 0; b < n_bytes; b++) {
		const char *hit = memchr (f->text + start, (int) bytes[b], found - start);

		if (hit)
		    found = (size_t) (hit - f->text);
	    }
	}
	if (found < to && (found - start <= reach || chars_between (f, start, found) <= reach) &&
	    first_stop (f, start, found, stops, n_stops) == found)
	    return TRUE;
    }
    if (! n_words)
	return FALSE;
    n_tokens = f->tokens->len;
    /* past reach bytes, the characters are counted, once for the
     * bytes up to each token, as far as it went before */
    byte_reach = reach != G_MAXUINT32 ? reach : G_MAXSIZE;
    for (guint j = i; j < n_tokens; j++) {
	const token_t *token = &tokens[j];

	if (j > i) {
	    size_t k = tokens[j - 1].end;

	    /* the stop bytes are never part of a token, nor a space, and
	     * most tokens are one space apart */
	    if (token->start != k + 1 || f->text[k] != ' ')
		for (; k < token->start; k++) {
		    char c = f->text[k];

		    if (c != ' ' && n_stops && ((c == stops[0]) | (c == stops[1]) | (c == stops[2]) |
					       (c == stops[3])))
			return FALSE;
		}
	    if (token->start - start > byte_reach) {
		chars += chars_between (f, counted, token->start);
		counted = token->start;
		if (chars > reach)
		    return FALSE;
	    }
	}
	if (! token->plain || token->tail == ANY_WORD ||
	    is_needed (words, n_words, filter, token->word) ||
	    (token->head != NO_WORD && is_needed (words, n_words, filter, token->head)) ||
	    (token->tail != NO_WORD && is_needed (words, n_words, filter, token->tail)))
	    return TRUE;
    }
    return FALSE;
}

/* After this many looks at a rule's needs, whether they are worth
 * looking at is told from how many tries they spared: a rule whose
 * tries mostly find a cue is then tried without (the needs are only
 * ever a necessary condition: no cue changes). */
#define NEAR_LOOKS 512

/* Whether each need of the entry holds at token i (see need_holds),
 * the nearest, quickest to tell, first; counted for near_off.  A need
 * that fails moves one place up, so that those that fail most often
 * come to be looked at first (their order tells nothing else: all
 * must hold). */
static gboolean
needs_hold (const finding_t *f, const entry_t *entry, guint i)
{
    if (G_UNLIKELY (++((entry_t *) entry)->near_looks == NEAR_LOOKS)) {
	/* a look costs about a third of a try that fails */
	((entry_t *) entry)->near_off = entry->near_spared < NEAR_LOOKS / 4;
	((entry_t *) entry)->near_looks = ((entry_t *) entry)->near_spared = 0;
    }
    for (guint32 n = 0; n < entry->n_needs; n++)
	if (! need_holds (f, entry, n, i)) {
	    ((entry_t *) entry)->near_spared++;
	    if (n > 0) {
		need_t failed = entry->needs[n];

		entry->needs[n] = entry->needs[n - 1];
		entry->needs[n - 1] = failed;
	    }
	    return FALSE;
	}
    return TRUE;
}

/* Whether the text at token i holds what a match of the entry's rule
 * starting there needs near it (see tact_rule_t): the capitals it
 * starts with, the word before it (whole, or the part of the token
 * before after an apostrophe), and its needs.  Made part of its
 * callers whatever the compiler would weigh, the needs apart: most
 * entries tried have none to look at, or have them off, and a call
 * costs more than the few loads and branches that tell. */
ALWAYS_INLINE gboolean
has_nearby (const finding_t *f, const entry_t *entry, guint i)
{
    const token_t *tokens = (const token_t *) (void *) f->tokens->data;
    size_t start = tokens[i].start;

    if (G_UNLIKELY (! entry->needs_known))
	find_needs (f->detector->lexicon, (entry_t *) entry);
    for (guint32 k = 0; k < entry->capitals; k++)
	if (start + k >= f->length || f->text[start + k] < 'A' || f->text[start + k] > 'Z')
	    return FALSE;
    if (G_UNLIKELY (entry->before)) {
	const guint32 *words = entry->before + 1;
	guint32 n_words = words[-1];
	const token_t *token = i ? &tokens[i - 1] : NULL;

	if (! token || ! (! token->plain || token->tail == ANY_WORD ||
			  (token->word != NO_WORD && words_hold (words, n_words, token->word)) ||
			  (token->tail != NO_WORD && words_hold (words, n_words, token->tail))))
	    return FALSE;
    }
    return entry->near_off || ! entry->n_needs || needs_hold (f, entry, i);
}

/* Whether word is a next word of filing: most are not, which the bits
 * tell at once. */
static gboolean
is_next (const filing_t *filing, guint word)
{
    return word != NO_WORD && (filing->next_bits & (G_GUINT64_CONSTANT (1) << (word % 64))) &&
	tact_words_contain (filing->next, word);
}

/* Whether the token after token i may be a next word of filing.  A
 * token with other letters ("useless¹") may hold the word whole for
 * the pattern, which sees only ASCII letters as letters: it may. */
static gboolean
next_fits (const finding_t *f, const filing_t *filing, guint i)
{
    const token_t *next;

    if (! filing->next)
	return TRUE;
    if (G_UNLIKELY (! filing->next_bits))
	for (guint32 k = 0; k < filing->next[0]; k++)
	    ((filing_t *) filing)->next_bits |= G_GUINT64_CONSTANT (1) << (filing->next[k + 1] % 64);
    if (i + 1 >= f->tokens->len)
	return FALSE;
    next = &g_array_index (f->tokens, token_t, i + 1);
    return ! next->plain || is_next (filing, next->word) || is_next (filing, next->head);
}

static void
try_rules (finding_t *f, guint word, guint i)
{
    const token_t *token = &g_array_index (f->tokens, token_t, i);
    const tact_detector_t *detector = f->detector;
    guchar first = (guchar) f->text[token->start];

    if (word == NO_WORD)
	return;
    for (guint32 k = detector->at[word]; k < detector->at[word + 1]; k++) {
	const filing_t *filing = &detector->filings[k];
	const entry_t *entry = filing->entry;
	size_t start, stop;

	if (! next_fits (f, filing, i) || ! has_required (f, entry) ||
	    ! may_start_with (entry, first) || ! has_nearby (f, entry, i))
	    continue;
	if (tact_rule_try (entry->rule, f->text, f->length, token->start,
			   f->fast, &start, &stop))
	    consider (f, entry, start, stop);
    }
}

/* ---- trying rules by the tree of paths ---- */

/* Give the entries of the node or leaf ref at depth of walk, each once
 * for the token start. */
static inline void
give (finding_t *f, const tact_path_walk_t *walk, guint depth, guint32 ref, guint start)
{
    const guint32 *entries;

    if (ref & TACT_PATH_LEAF) {
	guint32 e = ref & ~TACT_PATH_LEAF;

	if (f->given_at[e] != start + 1) {
	    f->given_at[e] = start + 1;
	    f->given[f->n_given++] = e;
	}
	return;
    }
    if (! (ref & TACT_PATH_ENTRIES))
	return;			/* most nodes, told without reading them */
    entries = tact_path_walk_entries (walk, depth, ref);
    for (guint32 k = 1; k <= entries[0]; k++) {
	guint32 e = entries[k];

	if (f->given_at[e] != start + 1) {
	    f->given_at[e] = start + 1;
	    f->given[f->n_given++] = e;
	}
    }
}

/* Every entry of the node ref at depth and of the nodes below it, to
 * the depth of the tree. */
static void
give_all (finding_t *f, const tact_path_walk_t *walk, guint depth, guint32 ref, guint start)
{
    const guint32 *edges;

    give (f, walk, depth, ref, start);
    if (depth == TACT_PATH_DEPTH || (ref & TACT_PATH_LEAF))
	return;
    edges = tact_path_walk_edges (walk, depth, ref);
    for (guint32 k = 0; k < edges[0]; k++)
	give_all (f, walk, depth + 1, edges[1 + edges[0] + k], start);
    if (tact_path_walk_any (walk, depth, ref))
	give_all (f, walk, depth + 1, tact_path_walk_any (walk, depth, ref), start);
}

/* The walk is written out for the tree's depth. */
G_STATIC_ASSERT (TACT_PATH_DEPTH == 3);

/* Its steps are made part of give_paths (ALWAYS_INLINE), as their
 * calls (three places for walk_last, two for walk_paths) cost more
 * than their few loads and branches. */

/* Walk on from node ref, at the depth below the root that is one less
 * than the tree's: give its entries, and those of its children that
 * the token after it leads to, which are at the depth. */
ALWAYS_INLINE void
walk_last (finding_t *f, const tact_path_walk_t *walk, guint32 ref, guint start)
{
    const guint depth = TACT_PATH_DEPTH - 1;
    guint i = start + depth;
    const token_t *token;
    guint32 child;

    give (f, walk, depth, ref, start);
    if ((ref & TACT_PATH_LEAF) || i >= f->tokens->len)
	return;
    token = &g_array_index (f->tokens, token_t, i);
    if (! token->plain) {
	/* (see walk_paths) */
	give_all (f, walk, depth, ref, start);
	return;
    }
    if ((child = tact_path_walk_child (walk, depth, ref, token->word)))
	give (f, walk, depth + 1, child, start);
    if (token->head != NO_WORD && (child = tact_path_walk_child (walk, depth, ref, token->head)))
	give (f, walk, depth + 1, child, start);
    if ((child = tact_path_walk_any (walk, depth, ref)))
	give (f, walk, depth + 1, child, start);
}

/* Give the entries of the nodes the tokens after token start lead to
 * from the root's child ref: a walk down the tree written out step by
 * step for its three depths, rather than with a stack or a call for
 * each node, as most walks are a step or two, each a few loads and
 * branches.  The order in which the nodes are reached does not matter:
 * the entries are sorted after. */
ALWAYS_INLINE void
walk_paths (finding_t *f, const tact_path_walk_t *walk, guint start, guint32 ref)
{
    guint i = start + 1;
    const token_t *token;
    guint32 child;

    give (f, walk, 1, ref, start);
    if ((ref & TACT_PATH_LEAF) || i >= f->tokens->len)
	return;
    token = &g_array_index (f->tokens, token_t, i);
    if (! token->plain) {
	/* it may hold any word for the pattern, which sees only ASCII
	 * letters as letters */
	give_all (f, walk, 1, ref, start);
	return;
    }
    /* (a token of no word of the lexicon is looked up like the others,
     * and leads nowhere, rather than branched on) */
    if ((child = tact_path_walk_child (walk, 1, ref, token->word)))
	walk_last (f, walk, child, start);
    if (token->head != NO_WORD && (child = tact_path_walk_child (walk, 1, ref, token->head)))
	walk_last (f, walk, child, start);
    if ((child = tact_path_walk_any (walk, 1, ref)))
	walk_last (f, walk, child, start);
}

/* ---- the same, over the tree where it lies (a short run) ---- */

static inline void
tree_give (finding_t *f, guint32 n, guint start)
{
    const tact_detector_t *detector = f->detector;
    const tact_path_tree_t *tree = detector->paths;
    const tact_path_node_t *node = &tree->nodes[n];

    if (node->rules > tree->n_rules || node->n_rules > tree->n_rules - node->rules)
	return;
    for (guint32 k = 0; k < node->n_rules; k++) {
	guint32 rule = tree->rules[node->rules + k];
	guint32 e = rule < detector->n_rules ? detector->entry_of_rule[rule] : 0;

	if (e-- && f->given_at[e] != start + 1) {
	    f->given_at[e] = start + 1;
	    f->given[f->n_given++] = e;
	}
    }
}

/* The node any token leads to from node n, or 0. */
static inline guint32
tree_any (const tact_path_tree_t *tree, guint32 n)
{
    return tree->nodes[n].any < tree->n_nodes ? tree->nodes[n].any : 0;
}

/* Every entry of node n and of the nodes below it, to the depth. */
static void
tree_give_all (finding_t *f, guint32 n, guint depth, guint start)
{
    const tact_path_tree_t *tree = f->detector->paths;
    const tact_path_node_t *node = &tree->nodes[n];

    tree_give (f, n, start);
    if (depth == TACT_PATH_DEPTH)
	return;
    for (guint32 k = 0; k < node->n_edges && node->edges + k < tree->n_edges; k++)
	if (tree->edges[node->edges + k].node < tree->n_nodes)
	    tree_give_all (f, tree->edges[node->edges + k].node, depth + 1, start);
    if (tree_any (tree, n))
	tree_give_all (f, tree_any (tree, n), depth + 1, start);
}

/* Walk on from node n with the token i, at depth tokens from start. */
static void
tree_walk (finding_t *f, guint32 n, guint i, guint depth, guint start)
{
    const tact_path_tree_t *tree = f->detector->paths;
    const tact_path_node_t *node = &tree->nodes[n];
    const token_t *token;
    guint32 child;

    tree_give (f, n, start);
    if (depth == TACT_PATH_DEPTH || i >= f->tokens->len || (! node->n_edges && ! node->any))
	return;
    token = &g_array_index (f->tokens, token_t, i);
    if (! token->plain) {
	/* (see walk_paths) */
	tree_give_all (f, n, depth, start);
	return;
    }
    if (token->word != NO_WORD && (child = tact_path_tree_child (tree, n, token->word)))
	tree_walk (f, child, i + 1, depth + 1, start);
    if (token->head != NO_WORD && (child = tact_path_tree_child (tree, n, token->head)))
	tree_walk (f, child, i + 1, depth + 1, start);
    if ((child = tree_any (tree, n)))
	tree_walk (f, child, i + 1, depth + 1, start);
}

/* Give the entries whose paths the tokens from i follow in walk, or in
 * the tree where it lies when NULL, in f->given after those given
 * there already. */
ALWAYS_INLINE void
give_paths (finding_t *f, const tact_path_walk_t *walk, guint i)
{
    const tact_detector_t *detector = f->detector;
    const token_t *token = &g_array_index (f->tokens, token_t, i);
    guint32 by_word, by_head;

    if (walk) {
	by_word = tact_path_walk_root ((tact_path_walk_t *) walk, token->word);
	by_head = tact_path_walk_root ((tact_path_walk_t *) walk, token->head);
	if (by_word)
	    walk_paths (f, walk, i, by_word);
	if (by_head)
	    walk_paths (f, walk, i, by_head);
    } else {
	by_word = token->word != NO_WORD ? tact_path_tree_child (detector->paths, 0, token->word) : 0;
	by_head = token->head != NO_WORD ? tact_path_tree_child (detector->paths, 0, token->head) : 0;
	if (by_word)
	    tree_walk (f, by_word, i + 1, 1, i);
	if (by_head)
	    tree_walk (f, by_head, i + 1, 1, i);
    }
}

/* Try the entries whose paths the tokens from i follow, in the order of
 * the entries: those of the detector's walk when walked, and those of
 * its caps_walk when caps (see find_by_words); those of its tree when
 * it has no walk yet. */
static void
try_paths (finding_t *f, guint i, gboolean walked, gboolean caps)
{
    const tact_detector_t *detector = f->detector;
    const token_t *token = &g_array_index (f->tokens, token_t, i);
    guchar first = (guchar) f->text[token->start];

    f->n_given = 0;
    if (! detector->walk) {
	give_paths (f, NULL, i);
    } else {
	if (walked)
	    give_paths (f, detector->walk, i);
	if (caps)
	    give_paths (f, detector->caps_walk, i);
    }
    /* in the order of the entries: insertion sort, as there are few */
    for (guint k = 1; k < f->n_given; k++)
	for (guint j = k; j > 0 && f->given[j - 1] > f->given[j]; j--) {
	    guint32 e = f->given[j];

	    f->given[j] = f->given[j - 1];
	    f->given[j - 1] = e;
	}
    for (guint k = 0; k < f->n_given; k++) {
	const entry_t *entry = &detector->entries[f->given[k]];
	size_t start, stop;

	if (! has_required (f, entry) || ! may_start_with (entry, first) ||
	    ! has_nearby (f, entry, i))
	    continue;
	if (tact_rule_try (entry->rule, f->text, f->length, token->start,
			   f->fast, &start, &stop))
	    consider (f, entry, start, stop);
    }
}

/* The bytes of the 64 from s that are capitals (ASCII), a bit each;
 * none past stop. */
static inline guint64
capitals_of (const guchar *s, const guchar *stop)
{
    guchar tail[64];
    guint64 bits = 0;

    if (stop - s < 64) {
	memset (tail, 0, sizeof tail);
	memcpy (tail, s, (size_t) (stop - s));
	s = tail;
    }
#if defined(__SSE2__)
    for (guint k = 0; k < 64; k += 16) {
	__m128i x = _mm_loadu_si128 ((const __m128i *) (const void *) (s + k));
	/* 'A' to 'Z' moved to the 26 lowest signed bytes */
	__m128i capitals = _mm_cmplt_epi8 (_mm_add_epi8 (x, _mm_set1_epi8 ((char) (0x80 - 'A'))),
					   _mm_set1_epi8 ((char) (-128 + 26)));

	bits |= (guint64) (guint) _mm_movemask_epi8 (capitals) << k;
    }
#else
    for (guint k = 0; k < 64; k += 8)
	bits |= gather_marks (bytes_between (load_bytes (s + k, s + 64), 'A' - 1, 'Z' + 1)) << k;
#endif
    return bits;
}

/* The tokens of the text that start with two capitals, in order, into
 * caps; returns their number.  Few texts have many: the text is read
 * 64 bytes at a time for a capital that follows none and that another
 * follows, and the token that starts there is looked for from the
 * last found. */
static guint
caps_starts (const finding_t *f, guint32 *caps)
{
    const token_t *tokens = (const token_t *) (void *) f->tokens->data;
    const guchar *s = (const guchar *) f->text, *stop = s + f->length;
    guint n = 0, t = 0, n_tokens = f->tokens->len;
    guint64 here, next, before = 0;

    if (! f->length)
	return 0;
    here = capitals_of (s, stop);
    for (size_t k = 0; k < f->length; k += 64) {
	guint64 first;

	next = f->length - k > 64 ? capitals_of (s + k + 64, stop) : 0;
	first = here & ((here >> 1) | (next << 63)) & ~((here << 1) | before);
	for (; first; first &= first - 1) {
	    size_t at = k + lowest_bit (first);
	    guint high = n_tokens;

	    /* the first token from t that does not start before at */
	    while (t < high) {
		guint middle = t + (high - t) / 2;

		if (tokens[middle].start < at)
		    t = middle + 1;
		else
		    high = middle;
	    }
	    if (t < n_tokens && tokens[t].start == at)
		caps[n++] = t;
	}
	before = here >> 63;
	here = next;
    }
    return n;
}

/* The tokens of the text where the walk of the tree of paths may give
 * entries, in order, into starts; returns their number.  Most tokens
 * give none: a word that starts no path, or one whose paths the next
 * word does not go on with (see tact_path_walk_next).  Telling them
 * here, for every token the same few loads and no branch, spares the
 * walk's branches, which the processor cannot foresee, at all of
 * them. */
static guint
walk_starts (finding_t *f, guint32 *starts)
{
    const tact_path_walk_t *walk = f->detector->walk;
    const token_t *tokens = (const token_t *) (void *) f->tokens->data;
    const guint8 *bits = f->detector->walk_bits;
    guint n = 0, last = f->tokens->len - 1, n_words = f->detector->n_words;
    /* tact_path_walk_next, with the bits of each token's word found
     * once, when it is the next, and its bit by one load */
    const guint64 *row = tact_path_walk_row (walk, tokens[0].word);

    for (guint i = 0; i < last; i++) {
	const token_t *token = &tokens[i], *next = token + 1;
	/* before a token that may hold any word, anything may follow */
	gboolean may = (! next->plain) | tact_path_walk_row_has (row, bits[MIN (next->word, n_words)]);

	/* a head is rare: a token with an apostrophe */
	if (G_UNLIKELY ((token->head & next->head) != NO_WORD))
	    may |= tact_path_walk_next (walk, token->head, next->word) |
		tact_path_walk_next (walk, token->word, next->head) |
		tact_path_walk_next (walk, token->head, next->head);
	starts[n] = i;
	n += may;
	row = tact_path_walk_row (walk, next->word);
    }
    /* the last, which only a root's child with entries may give at */
    starts[n] = last;
    n += tact_path_walk_next (walk, tokens[last].word, NO_WORD) |
	tact_path_walk_next (walk, tokens[last].head, NO_WORD);
    return n;
}

static void
find_by_words (finding_t *f)
{
    /* The words of the text, so that a rule is tried only where the
     * text holds every word it needs. */
    room_t *room = f->detector->room;

    read_tokens (f);
    f->has_required = memset (room->has_required, 0, f->detector->n_entries);
    if (f->detector->paths) {
	/* (given needs no zeroes) */
	f->given_at = memset (room->given_at, 0, f->detector->n_entries * sizeof (guint32));
	f->given = f->given_at + f->detector->n_entries;
	if (f->detector->walk && f->tokens->len) {
	    guint32 *starts, *caps;
	    guint n, n_caps = 0;

	    /* the tokens the walk starts at, and those that start with
	     * two capitals (see caps_walk), each list ended by
	     * G_MAXUINT32, tried in order */
	    ROOM_FOR (room->starts, room->starts_size, 2 * (f->tokens->len + 1));
	    starts = room->starts;
	    caps = starts + f->tokens->len + 1;
	    n = walk_starts (f, starts);
	    starts[n] = G_MAXUINT32;
	    if (f->detector->caps_walk)
		n_caps = caps_starts (f, caps);
	    caps[n_caps] = G_MAXUINT32;
	    for (guint k = 0, c = 0;; c++) {
		guint32 cap = caps[c];
		gboolean walked;

		/* the walk's up to the next of the caps, most of them */
		for (; starts[k] < cap; k++) {
		    f->token = starts[k];
		    try_paths (f, starts[k], TRUE, FALSE);
		}
		if (cap == G_MAXUINT32)
		    break;
		walked = starts[k] == cap;
		k += walked;
		f->token = cap;
		try_paths (f, cap, walked, TRUE);
	    }
	} else {
	    for (guint i = 0; i < f->tokens->len; i++) {
		f->token = i;
		try_paths (f, i, TRUE, FALSE);
	    }
	}
    } else {
	for (guint i = 0; i < f->tokens->len; i++) {
	    f->token = i;
	    try_rules (f, g_array_index (f->tokens, token_t, i).word, i);
	    try_rules (f, g_array_index (f->tokens, token_t, i).head, i);
	}
    }
    f->searched = f->n_found;
}

/* ---- the rules searched for: those that start with no word, and
 * the masks ----
 *
 * They are searched for over the whole text, or, when they can only
 * start at bytes that are rare in text, or at some lines, tried only
 * there (see tact_rule_starts). */

typedef void (*found_t) (void *data, size_t start, size_t end);

/* Call found for each match of rule in text, left to right. */
static void
each_match (const tact_rule_t *rule, const char *text, size_t length, gboolean fast,
	    found_t found, void *data)
{
    size_t offset = 0, start, end;

    while (offset <= length &&
	   tact_rule_find (rule, text, length, offset, FALSE, fast, &start, &end)) {
	found (data, start, end);
	offset = end > start ? end : end + 1;
	while (offset < length && (text[offset] & 0xc0) == 0x80)
	    offset++;		/* never inside a character */
    }
}

static inline gboolean
is_pattern_space (guchar c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* The same for a rule that can only match at the places given, in
 * their order (where its first characters may be, see starts): tried
 * at each, anchored, from the end of the last match on, it finds what
 * the search would. */
static void
each_match_at (const finding_t *f, const tact_rule_t *rule, const tact_rule_starts_t *starts,
	       const searched_t *searched, const places_t *places, found_t found, void *data)
{
    const guchar *s = (const guchar *) f->text;
    size_t offset = 0, start, end;

    for (guint i = 0; i < places->len; i++) {
	size_t at = places->at[i], from = at;

	/* (past white space for a rule at lines, see lines_for) */
	if (starts->past_space)
	    while (from < f->length && is_pattern_space (s[from]))
		from++;
	/* (no match starts inside a character, where PCRE2 must not
	 * look) */
	if (at >= offset && (s[at] & 0xc0) != 0x80 &&
	    tact_pattern_may_start_to (&starts->start, searched->depth, s, from, f->length) &&
	    tact_rule_try (rule, f->text, f->length, at, f->fast, &start, &end)) {
	    found (data, start, end);
	    offset = end > start ? end : end + 1;
	}
    }
}

/* Whether the text may hold one of the bytes a rule searched for needs
 * (one of them, see searched_t): when they are a few (the byte a rule's
 * every match holds, in either case), each is looked for once by
 * memchr, which looks at many bytes at once and stops at the first;
 * more are taken as held (the bytes a rule starts with are found with
 * its places anyway).  Cheaper than a pass over the text to learn all
 * the bytes it holds. */
static gboolean
holds_one_of (finding_t *f, const searched_t *searched)
{
    const guchar *bytes = searched->held;
    guint n = searched->n_held;

    if (n > G_N_ELEMENTS (searched->held))
	return TRUE;
    for (guint i = 0; i < n; i++) {
	if (! HAS_BYTE (f->looked, bytes[i])) {
	    f->looked[bytes[i] / 8] |= (guint8) (1 << (bytes[i] % 8));
	    if (memchr (f->text, bytes[i], f->length))
		f->holds[bytes[i] / 8] |= (guint8) (1 << (bytes[i] % 8));
	}
	if (HAS_BYTE (f->holds, bytes[i]))
	    return TRUE;
    }
    return FALSE;
}

/* Where lines start (where "^" holds, the patterns being multi-line). */
static const places_t *
line_starts (finding_t *f)
{
    const char *p = f->text, *end = f->text + f->length;
    places_t *lines = &f->detector->room->lines;

    if (f->lines_found)
	return lines;
    f->lines_found = TRUE;
    lines->len = 0;
    places_add (lines, 0);
    while (p < end && (p = memchr (p, '\n', (size_t) (end - p))) != NULL && ++p < end)
	places_add (lines, (size_t) (p - f->text));
    return lines;
}

/* Where lines start whose first byte, and first past white space, are
 * ones a match of the rule can start with. */
static void
lines_for (finding_t *f, const tact_rule_starts_t *starts, places_t *places)
{
    const places_t *lines = line_starts (f);
    const guchar *s = (const guchar *) f->text;
    size_t past = 0;

    for (guint i = 0; i < lines->len; i++) {
	size_t line = lines->at[i], at = MAX (line, past);

	if (! HAS_BYTE (starts->first, s[line]))
	    continue;
	if (starts->past_space) {
	    /* (white space may run on over lines) */
	    while (at < f->length && is_pattern_space (s[at]))
		at++;
	    past = at;
	    if (at == f->length || ! HAS_BYTE (starts->after_space, s[at]))
		continue;
	}
	places_add (places, line);
    }
}

/* Whether c is in \w as the patterns read it (ASCII only). */
static inline gboolean
is_pattern_word (guchar c)
{
    return g_ascii_isalnum (c) || c == '_';
}

/* Add place k to the places of the rules of m (bits, by number) that
 * the bytes at k allow: the second and third of ASCII. */
static void
add_places (finding_t *f, size_t k, guint64 m)
{
    const guchar *s = (const guchar *) f->text;

    for (; m; m &= m - 1) {
	guint r = lowest_bit (m);

	const tact_rule_starts_t *starts = f->detector->placed[r];

	if (s[k] < 0x80 && k + 1 < f->length &&
	    (! HAS_BYTE (starts->start.second[s[k]], s[k + 1]) ||
	     (s[k + 1] < 0x80 && k + 2 < f->length &&
	      ! HAS_BYTE (starts->start.third[s[k + 1]], s[k + 2]))))
	    continue;
	places_add (&f->places[r], k);
    }
}

/* The pair of bytes at s as a number, the first byte low, as one load
 * of two bytes reads it on most machines: each place of a text is
 * looked at with a load of its own, not with the last place's pair
 * shifted, on which the next look would wait. */
static inline guint
pair_at (const guchar *s)
{
    guint16 pair;

    memcpy (&pair, s, 2);
    return GUINT16_FROM_LE (pair);
}

/* Add place k, not one of the text's last two, whose pair of bytes is
 * of class c (see find_places), to the places of the rules of wanted
 * it lets start there. */
static inline void
pair_places (finding_t *f, size_t k, guint c, guint64 wanted)
{
    const tact_detector_t *d = f->detector;
    const guchar *s = (const guchar *) f->text;

    if (c && HAS_BYTE (d->pair_classes[c - 1].third, s[k + 2]))
	add_places (f, k, d->pair_classes[c - 1].rules & wanted &
		    d->after[! is_pattern_word (s[k])][s[k - 1]]);
}

/* Find where the detector's placed rules (those tried only where they
 * can start, not at lines) may match, in one pass over the text: at a
 * byte they can start with, after one they can follow, before one
 * that can come second. */
static void
find_places (finding_t *f)
{
    const tact_detector_t *d = f->detector;
    const guchar *s = (const guchar *) f->text;
    const guint8 *pairs = d->pairs;
    size_t length = f->length, k;
    guint64 wanted = 0;

    if (! d->room->places)
	d->room->places = g_new0 (places_t, d->n_placed + 1);
    f->places = d->room->places;
    for (guint r = 0; r < d->n_placed; r++)
	f->places[r].len = 0;
    for (guint r = 0; r < d->n_placed; r++)
	if (holds_one_of (f, &d->placed_searched[r]))
	    wanted |= G_GUINT64_CONSTANT (1) << r;
    if (! wanted || ! length)
	return;
    /* the first byte has none before it, the last none after it: any
     * may be */
    add_places (f, 0, d->starting[s[0]] & wanted);
    /* most pairs of bytes start no match: one look each, and one test
     * for four of them */
    for (k = 1; k + 5 < length; k += 4) {
	guint c0 = pairs[pair_at (s + k)], c1 = pairs[pair_at (s + k + 1)];
	guint c2 = pairs[pair_at (s + k + 2)], c3 = pairs[pair_at (s + k + 3)];

	if (G_UNLIKELY (c0 | c1 | c2 | c3)) {
	    pair_places (f, k, c0, wanted);
	    pair_places (f, k + 1, c1, wanted);
	    pair_places (f, k + 2, c2, wanted);
	    pair_places (f, k + 3, c3, wanted);
	}
    }
    for (; k + 2 < length; k++)
	pair_places (f, k, pairs[pair_at (s + k)], wanted);
    /* the last pair has no third byte */
    if (length > 2)
	add_places (f, length - 2, d->starting[s[length - 2]] & wanted &
		    d->after[! is_pattern_word (s[length - 2])][s[length - 3]]);
    if (length > 1)
	add_places (f, length - 1, d->starting[s[length - 1]] & wanted &
		    d->after[! is_pattern_word (s[length - 1])][s[length - 2]]);
}

/* The places of a placed rule. */
static const places_t *
places_of (finding_t *f, const searched_t *searched)
{
    if (! f->places)
	find_places (f);
    return &f->places[searched->placed];
}

/* The first byte of start's anchor from byte at of s on, or length
 * when there is none: by memchr, which looks at many bytes at once,
 * when the anchor is one byte (only, see searched_t), else one by
 * one. */
static size_t
next_anchor (const guchar *s, size_t at, size_t length, const tact_pattern_start_t *start,
	     gint only)
{
    if (only >= 0) {
	const guchar *p = at < length ? memchr (s + at, only, length - at) : NULL;

	return p ? (size_t) (p - s) : length;
    }
    while (at < length && ! HAS_BYTE (start->anchor, s[at]))
	at++;
    return at;
}

/* Where a rule found by anchor (see tact_rule_starts_t) may start:
 * where a run of bytes of its run starts, after a byte that may come
 * before it, when the run ends before a byte of its anchor (found by
 * memchr, a few bytes of them, or one by one), and where its first
 * depth characters and the bytes before may be its (see
 * tact_pattern_may_start_to). */
static void
anchored_places (finding_t *f, const tact_rule_starts_t *starts, gint only, guint depth,
		 places_t *places)
{
    const guchar *s = (const guchar *) f->text;
    size_t last = 0;

    for (size_t j = next_anchor (s, 1, f->length, &starts->start, only); j < f->length;
	 j = next_anchor (s, j + 1, f->length, &starts->start, only)) {
	size_t k = j;

	if (! HAS_BYTE (starts->start.run, s[j - 1]))
	    continue;
	while (k > last && HAS_BYTE (starts->start.run, s[k - 1]))
	    k--;
	last = j;
	/* (the look each_match_at takes at a place, taken here too,
	 * spares most places of a common anchor such as "." their
	 * adding) */
	if ((k == 0 || HAS_BYTE (is_pattern_word (s[k]) ? starts->start.before : starts->start.before_other,
				 s[k - 1])) &&
	    (starts->past_space || tact_pattern_may_start_to (&starts->start, depth, s, k, f->length)))
	    places_add (places, k);
    }
}

/* Call found for each match of rule in f's text, left to right, as
 * each_match does, for a rule whose matches start with a run of bytes
 * that ends before a byte of its anchor (start, see
 * tact_pattern_start_t): a match starts in the run, from where the last
 * match ended, that ends at the first anchor byte from there, or in
 * none before that anchor's; so the rule is tried anchored at the bytes
 * of that run only, anchor after anchor, which spares a search of the
 * whole text to the most texts, with a few anchor bytes or none
 * ("@" of an address). */
static void
each_match_led (const finding_t *f, const tact_rule_t *rule, const tact_pattern_start_t *start,
		gint only, found_t found, void *data)
{
    const guchar *s = (const guchar *) f->text;
    size_t offset = 0, from, to, begin = 0, end = 0;

    while (offset < f->length) {
	if ((to = next_anchor (s, offset, f->length, start, only)) == f->length)
	    return;
	for (from = to; from > offset && HAS_BYTE (start->run, s[from - 1]); from--)
	    ;
	/* (no match starts inside a character, where PCRE2 must not
	 * look) */
	for (; from < to; from++)
	    if ((s[from] & 0xc0) != 0x80 &&
		tact_rule_find (rule, f->text, f->length, from, TRUE, f->fast, &begin, &end))
		break;
	if (from == to) {
	    offset = to + 1;
	    continue;
	}
	found (data, begin, end);
	offset = end > begin ? end : end + 1;
	while (offset < f->length && (s[offset] & 0xc0) == 0x80)
	    offset++;		/* never inside a character */
    }
}

/* Whether rule may match the text whose prefilter hits are hits (NULL
 * when the text was not prefiltered). */
static gboolean
may_match (const guint8 *hits, const tact_rule_t *rule)
{
    return ! hits || rule->prefilter_id < 0 || hits[rule->prefilter_id];
}

/* Call found for each match of rule, a rule searched for, in f's text,
 * left to right, looking only where it can match. */
static void
each_match_of (finding_t *f, const tact_rule_t *rule, found_t found, void *data)
{
    const tact_detector_t *d = f->detector;
    const tact_rule_starts_t *starts = d->starts_of_rule ? d->starts_of_rule[rule->place] : NULL;
    const searched_t *searched = d->searched_of_rule ? &d->searched_of_rule[rule->place] : NULL;
    places_t *places = &d->room->more;

    if (! starts) {
	const tact_rule_starts_t *led = d->led_of_rule ? d->led_of_rule[rule->place] : NULL;

	if (! may_match (f->hits, rule) || (searched && ! holds_one_of (f, searched)))
	    return;
	if (led)
	    each_match_led (f, rule, &led->start, searched->anchor, found, data);
	else
	    each_match (rule, f->text, f->length, f->fast, found, data);
	return;
    }
    if (! holds_one_of (f, searched))
	return;
    if (searched->placed >= 0) {
	each_match_at (f, rule, starts, searched, places_of (f, searched), found, data);
	return;
    }
    places->len = 0;
    if (starts->by_anchor)
	anchored_places (f, starts, searched->anchor, searched->depth, places);
    else
	lines_for (f, starts, places);
    each_match_at (f, rule, starts, searched, places, found, data);
}

/* ---- what does not count: code, logs, quotes, URLs, addresses ---- */

/* Mark the bytes of text that do not count: whole lines matched by a
 * [mask-line] rule (log lines, stack traces, indented code; patterns
 * are multi-line, so "^" is a line start), fenced code blocks, and the
 * spans of [mask-span] rules (URLs, addresses, inline code). */

typedef struct masking {
    const char *text;
    size_t length;
    char *mask;
    gboolean whole_lines;
} masking_t;

static void
mask_span (void *data, size_t from, size_t to)
{
    masking_t *m = data;

    if (m->whole_lines) {
	while (from > 0 && m->text[from - 1] != '\n')
	    from--;
	while (to < m->length && m->text[to] != '\n')
	    to++;
    }
    memset (m->mask + from, 1, to - from);
}

static void
mask_matches (finding_t *f, const GPtrArray *rules, char *mask, gboolean whole_lines)
{
    masking_t m = { f->text, f->length, mask, whole_lines };

    for (unsigned int i = 0; i < rules->len; i++)
	each_match_of (f, rules->pdata[i], mask_span, &m);
}

/* Mask the lines of the [mask-line] rules: those that start at lines
 * (the first 64) in one pass over the lines, each tried at a line only
 * when the line's first byte, and first past white space, let it
 * start there; the others as they are. */
static void
mask_lines (finding_t *f, const GPtrArray *rules, char *mask)
{
    const tact_detector_t *d = f->detector;
    masking_t m = { f->text, f->length, mask, TRUE };
    const guchar *s = (const guchar *) f->text;
    const char *end = f->text + f->length, *p = f->text;
    size_t offsets[64] = { 0 }, past = 0;
    guint64 tried = 0;

    for (guint i = 0; i < rules->len; i++) {
	const tact_rule_t *rule = rules->pdata[i];
	const tact_rule_starts_t *starts = d->starts_of_rule ? d->starts_of_rule[rule->place]
	    : NULL;

	if (i < 64 && starts && starts->at_lines) {
	    if (holds_one_of (f, &d->searched_of_rule[rule->place]))
		tried |= G_GUINT64_CONSTANT (1) << i;
	} else {
	    each_match_of (f, rule, mask_span, &m);
	}
    }
    while (tried && p < end) {
	size_t line = (size_t) (p - f->text), at = MAX (line, past), start, stop;
	guint64 bits;

	/* (white space may run on over lines) */
	while (at < f->length && is_pattern_space (s[at]))
	    at++;
	past = at;
	bits = tried & d->line_first[s[line]] & (at < f->length ? d->line_past[s[at]] : d->line_any);
	for (; bits; bits &= bits - 1) {
	    guint r = lowest_bit (bits);
	    const tact_rule_t *rule = rules->pdata[r];
	    const tact_rule_starts_t *starts = d->starts_of_rule[rule->place];

	    if (line >= offsets[r] &&
		tact_pattern_may_start_to (&starts->start, d->searched_of_rule[rule->place].depth,
					   s, starts->past_space ? at : line, f->length) &&
		tact_rule_find (rule, f->text, f->length, line, TRUE, f->fast,
				&start, &stop)) {
		mask_span (&m, start, stop);
		offsets[r] = stop > start ? stop : stop + 1;
	    }
	}
	if ((p = memchr (p, '\n', (size_t) (end - p))) == NULL)
	    break;
	p++;
    }
}

/* The first "```" from p, before end, or NULL; by memchr, which looks at
 * many bytes at once (the text holds no NUL, see tact_detector_find). */
static const char *
find_fence (const char *p, const char *end)
{
    while (end - p >= 3 && (p = memchr (p, '`', (size_t) (end - p - 2))) != NULL) {
	if (p[1] == '`' && p[2] == '`')
	    return p;
	p++;
    }
    return NULL;
}

static const char *
make_mask (finding_t *f)
{
    const tact_lexicon_t *lexicon = f->detector->lexicon;
    const char *text = f->text, *fence = text, *end = text + f->length;
    room_t *room = f->detector->room;
    char *mask;

    ROOM_FOR (room->mask, room->mask_size, f->length + 1);
    mask = memset (room->mask, 0, f->length + 1);

    while ((fence = find_fence (fence, end)) != NULL) {
	const char *close = find_fence (fence + 3, end);
	const char *stop = close ? close + 3 : end;

	memset (mask + (fence - text), 1, (size_t) (stop - fence));
	fence = stop;
    }
    mask_lines (f, tact_lexicon_section (lexicon, "mask-line"), mask);
    mask_matches (f, tact_lexicon_section (lexicon, "mask-span"), mask, FALSE);
    return mask;
}

typedef struct searching {
    finding_t *f;
    const entry_t *entry;
} searching_t;

static void
consider_found (void *data, size_t start, size_t end)
{
    searching_t *s = data;

    consider (s->f, s->entry, start, end);
}

static void
find_by_search (finding_t *f)
{
    for (unsigned int i = 0; i < f->detector->scanned->len; i++) {
	searching_t s = { f, f->detector->scanned->pdata[i] };

	each_match_of (f, s.entry->rule, consider_found, &s);
    }
}

/* Whether a rule of delight matches the text outside what is left
 * out, not negated ("not amazing"). */
static gboolean
shows_delight (finding_t *f)
{
    const GPtrArray *rules = tact_lexicon_section (f->detector->lexicon, "delight");

    for (guint i = 0; i < rules->len; i++) {
	size_t offset = 0, start, end;

	while (offset < f->length &&
	       tact_rule_find (rules->pdata[i], f->text, f->length, offset, FALSE, f->fast,
			       &start, &end)) {
	    if (end > start && ! is_masked (f->mask, f->length, start, end) &&
		! is_negated (f, start))
		return TRUE;
	    offset = end > start ? end : start + 1;
	}
    }
    return FALSE;
}

/* Capitals and runs of "!" say how loudly, not what: in a message that
 * shows delight ("SO GOOD!!! THANK YOU"), with no struggle, complaint or
 * repeat contact and too little other frustration to set the flag, the
 * cues of the intensity section are joy and are dropped.  The delight
 * rules are searched only then, which few texts come to. */
static void
calm_delight (finding_t *f)
{
    double other = 0;
    gboolean loud = FALSE;
    guint kept = 0, by_words = 0;

    if (f->in_signature)
	return;
    for (guint k = 0; k < f->n_found; k++) {
	const struct tact_cue *cue = &f->found[k];

	if (cue->kind == TACT_FLAG_STRUGGLE || cue->kind == TACT_FLAG_NEEDS_APOLOGY ||
	    cue->kind == TACT_FLAG_REPEAT_CONTACT)
	    return;
	if (cue->kind != TACT_FLAG_FRUSTRATION)
	    continue;
	if (g_str_has_prefix (cue->rule, "intensity/"))
	    loud = TRUE;
	else
	    other += cue->weight;
    }
    if (! loud || other >= 1.0 - 1e-9 || ! shows_delight (f))
	return;
    /* (those found at tokens stay first: see sort_found) */
    for (guint k = 0; k < f->n_found; k++) {
	if (k == f->searched)
	    by_words = kept;
	if (f->found[k].kind != TACT_FLAG_FRUSTRATION ||
	    ! g_str_has_prefix (f->found[k].rule, "intensity/"))
	    f->found[kept++] = f->found[k];
    }
    f->searched = f->searched < f->n_found ? by_words : kept;
    f->n_found = kept;
}

static gint
by_position (gconstpointer a, gconstpointer b)
{
    const struct tact_cue *x = a, *y = b;

    if (x->start != y->start)
	return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
	return x->end > y->end ? -1 : 1;	/* longer first */
    return (int) x->kind - (int) y->kind;
}

/* Overlapping cues of one kind are one piece of evidence: keep the
 * heaviest (the longest on a tie).  The n cues are sorted by position;
 * those kept are moved to the front, in order, and their number
 * returned. */
static guint
merge_sorted (struct tact_cue *cues, guint n)
{
    guint kept = 0;

    /* The cues kept that end after the start of the cue at hand, in the
     * order kept: the others overlap neither it nor any later cue, which
     * starts no earlier, and are not looked at again.  (A kept cue starts
     * no later than the cue at hand, which ends after its start.)  Those
     * of most texts fit on the stack. */
    guint few[256];
    g_autofree guint *many = n < G_N_ELEMENTS (few) ? NULL : g_new (guint, n + 1);
    guint *active = many ? many : few, n_active = 0;

    for (guint i = 0; i < n; i++) {
	struct tact_cue *cue = &cues[i];
	gboolean merged = FALSE;
	guint still = 0;

	/* the first, in the order kept, of the same kind that overlaps
	 * it, as those that no longer may are dropped in one pass */
	for (guint a = 0; a < n_active; a++) {
	    struct tact_cue *other = &cues[active[a]];

	    if (other->end <= cue->start)
		continue;
	    active[still++] = active[a];
	    if (merged || other->kind != cue->kind || other->in_signature != cue->in_signature ||
		other->start >= cue->end)
		continue;
	    if (cue->weight > other->weight) {
		tact_cue_clear (other);
		*other = *cue;
	    } else {
		tact_cue_clear (cue);
	    }
	    merged = TRUE;
	}
	n_active = still;
	if (! merged) {
	    active[n_active++] = kept;
	    cues[kept++] = *cue;
	}
    }
    return kept;
}

static void
merge_overlaps (GArray *cues, guint first)
{
    guint kept;

    g_array_sort (cues, by_position);	/* cues before first are already sorted */
    kept = first + merge_sorted (&g_array_index (cues, struct tact_cue, first), cues->len - first);
    /* The slots past kept were moved or freed: empty them before the
     * array's clear function sees them. */
    if (kept < cues->len)
	memset (&g_array_index (cues, struct tact_cue, kept), 0,
		(cues->len - kept) * sizeof (struct tact_cue));
    g_array_set_size (cues, kept);
}

static gint
by_position_data (gconstpointer a, gconstpointer b, gpointer data G_GNUC_UNUSED)
{
    return by_position (a, b);
}

/* Sort n cues that are in order but for a few, by position, keeping
 * the order of those at one: an insertion sort. */
static void
sort_nearly_sorted (struct tact_cue *cues, guint n)
{
    for (guint k = 1; k < n; k++)
	if (by_position (&cues[k - 1], &cues[k]) > 0) {
	    struct tact_cue cue = cues[k];
	    guint j = k;

	    for (; j > 0 && by_position (&cues[j - 1], &cue) > 0; j--)
		cues[j] = cues[j - 1];
	    cues[j] = cue;
	}
}

/* Sort the cues found by position, keeping the order of those at one
 * (as g_array_sort does, whose sort is stable).  Those found at the
 * text's tokens are in order but for the few found at one token; they
 * are sorted in place, the few found by search apart, and the two
 * merged in place from the end, the few moved aside first. */
static void
sort_found (finding_t *f)
{
    struct tact_cue *cues = f->found, few[16], *searched;
    guint words = f->searched, n = f->n_found;
    g_autofree struct tact_cue *many = NULL;

    sort_nearly_sorted (cues, words);
    if (words == n)
	return;
    /* (a few: g_qsort_with_data, through a function for each pair, is
     * slower on so few) */
    if (n - words <= 32)
	sort_nearly_sorted (cues + words, n - words);
    else
	g_qsort_with_data (cues + words, (gint) (n - words), sizeof (struct tact_cue),
			   by_position_data, NULL);
    if (n - words > G_N_ELEMENTS (few))
	many = g_new (struct tact_cue, n - words);
    searched = many ? many : few;
    memcpy (searched, cues + words, (n - words) * sizeof (struct tact_cue));
    /* the last of those left goes last; of two at one position, the
     * one found by search */
    for (guint a = words, b = n - words, k = n; b > 0;)
	cues[--k] = a > 0 && by_position (&cues[a - 1], &searched[b - 1]) > 0
	    ? cues[--a] : searched[--b];
}

/* Add the cues found to cues, merged (see merge_sorted), each with its
 * text: only the cues kept have one made.  Their texts share one
 * block (see struct tact_cue), which costs one allocation for a text
 * rather than one for each cue, and as many frees. */
static void
keep_cues (finding_t *f, GArray *cues)
{
    guint first = cues->len, kept = f->n_found;
    size_t size = sizeof (cue_texts_t) + 32, at = 0;
    cue_texts_t *block = NULL;

    if (! first) {
	sort_found (f);
	kept = merge_sorted (f->found, f->n_found);
    }
    for (guint k = 0; k < kept; k++)
	size += f->found[k].end - f->found[k].start + 1;
    if (kept) {
	block = g_malloc (size);
	block->holders = (gint) kept;
    }
    /* (the text holds no NUL: g_strndup, which looks for one, would
     * copy the same.  A cue of a few words takes a copy of 32 bytes,
     * the same for each, rather than one whose length memcpy has to
     * tell apart: the next text is copied over what is past its end,
     * and the block has room for the last.) */
    for (guint k = 0; k < kept; k++) {
	size_t start = f->found[k].start, length = f->found[k].end - start;
	char *text = block->texts + at;

	if (length < 32 && start + 32 <= f->length)
	    memcpy (text, f->text + start, 32);
	else
	    memcpy (text, f->text + start, length);
	text[length] = '\0';
	at += length + 1;
	f->found[k].text = text;
	f->found[k].texts = block;
    }
    g_array_append_vals (cues, f->found, kept);
    if (first)
	merge_overlaps (cues, first);
}

/* Whether text is valid UTF-8 without a NUL (which GLib's UTF-8 is
 * not), as g_utf8_validate_len says, which reads a byte at a time:
 * eight bytes of ASCII without a NUL are passed over at once.  A
 * character outside ASCII is bytes from 0x80 up only, so a text is
 * valid when it has no NUL and each run of such bytes is valid on its
 * own, which GLib tells.  (With SSE2, 64 or sixteen bytes at once.) */
static gboolean
is_valid (const char *text, size_t length)
{
    size_t i = 0;

    while (i < length) {
	guint64 x;

#if defined(__SSE2__)
	if (i + 64 <= length) {
	    /* 64 bytes: none has its top bit when their or has none,
	     * and none is NUL when their least is not */
	    const __m128i *p = (const __m128i *) (const void *) (text + i);
	    __m128i a = _mm_loadu_si128 (p), b = _mm_loadu_si128 (p + 1);
	    __m128i c = _mm_loadu_si128 (p + 2), d = _mm_loadu_si128 (p + 3);
	    __m128i least = _mm_min_epu8 (_mm_min_epu8 (a, b), _mm_min_epu8 (c, d));

	    if (! (_mm_movemask_epi8 (_mm_or_si128 (_mm_or_si128 (a, b), _mm_or_si128 (c, d))) |
		   _mm_movemask_epi8 (_mm_cmpeq_epi8 (least, _mm_setzero_si128 ())))) {
		i += 64;
		continue;
	    }
	}
	if (i + 16 <= length) {
	    __m128i y = _mm_loadu_si128 ((const __m128i *) (const void *) (text + i));

	    if (! (_mm_movemask_epi8 (y) | _mm_movemask_epi8 (_mm_cmpeq_epi8 (y, _mm_setzero_si128 ())))) {
		i += 16;
		continue;
	    }
	}
#endif
	if (i + 8 <= length) {
	    memcpy (&x, text + i, 8);
	    if (! ((x & HIGHS) | holds_byte (x, 0))) {
		i += 8;
		continue;
	    }
	}
	if (! text[i])
	    return FALSE;
	if ((guchar) text[i] >= 0x80) {
	    size_t run = i + 1;

	    while (run < length && (guchar) text[run] >= 0x80)
		run++;
	    if (! g_utf8_validate_len (text + i, run - i, NULL))
		return FALSE;
	    i = run;
	} else {
	    i++;
	}
    }
    return TRUE;
}

/* Give back what a long text made the room grow past ROOM_KEPT. */
static void
room_give_back (places_t *places)
{
    if (places->size * sizeof (size_t) > ROOM_KEPT) {
	g_free (places->at);
	places->at = NULL;
	places->size = 0;
    }
}

static void
room_trim (room_t *room, guint n_placed)
{
    /* a buffer of size elements, given back when it grew past ROOM_KEPT */
#define GIVE_BACK(buffer, size)						\
    do {								\
	if ((gsize) (size) * sizeof *(buffer) > ROOM_KEPT) {		\
	    g_free (buffer);						\
	    (buffer) = NULL;						\
	    (size) = 0;							\
	}								\
    } while (0)

    GIVE_BACK (room->mask, room->mask_size);
    room_give_back (&room->lines);
    room_give_back (&room->more);
    if (room->tokens_size * sizeof (token_t) > ROOM_KEPT) {
	g_array_free (room->tokens, TRUE);
	room->tokens = NULL;
	room->tokens_size = 0;
	g_free (room->guarded);
	room->guarded = NULL;
	room->guarded_size = 0;
    }
    GIVE_BACK (room->starts, room->starts_size);
    GIVE_BACK (room->found, room->found_size);
    GIVE_BACK (room->sentence_ends, room->sentence_ends_size);
    GIVE_BACK (room->hot, room->hot_size);
#undef GIVE_BACK
    if (room->places)
	for (guint i = 0; i < n_placed; i++)
	    room_give_back (&room->places[i]);
}

static void
room_free (room_t *room, guint n_placed)
{
    if (! room)
	return;
    g_free (room->mask);
    g_free (room->hits);
    g_free (room->lines.at);
    g_free (room->more.at);
    if (room->tokens)
	g_array_free (room->tokens, TRUE);
    g_free (room->guarded);
    g_free (room->starts);
    g_free (room->has_word);
    g_free (room->has_required);
    g_free (room->given_at);
    g_free (room->found);
    g_free (room->sentence_ends);
    g_free (room->hot);
    if (room->places)
	for (guint i = 0; i < n_placed; i++)
	    g_free (room->places[i].at);
    g_free (room->places);
    g_free (room);
}

void
tact_detector_find (const tact_detector_t *detector, const char *text,
		    size_t length, gboolean in_signature, GArray *cues)
{
    finding_t f = { 0 };
    g_autofree char *valid = NULL;
    room_t *room;

    f.detector = detector;
    f.text = text;
    f.length = length;
    f.in_signature = in_signature;
    /* The patterns run on valid UTF-8 only: any invalid byte becomes
     * '?', which keeps every offset.  Most texts are valid, which is
     * told at once for their ASCII. */
    if (! is_valid (text, length)) {
	const char *p = text, *end = text + length;

	/* the text need not end with a NUL: copy its length only */
	valid = g_malloc (length + 1);
	memcpy (valid, text, length);
	valid[length] = '\0';
	while (p < end) {
	    const char *stop;

	    if (g_utf8_validate_len (p, (gsize) (end - p), &stop))
		break;
	    valid[stop - text] = '?';
	    p = stop + 1;
	}
	f.text = text = valid;
    }

    /* the only state a detector keeps: how much it has read, and what
     * it made to read faster once that was worth it */
    ((tact_detector_t *) detector)->bytes_read += length;
    f.fast = detector->bytes_read > FAST_AFTER;
    if (! detector->keys && detector->bytes_read > HASH_AFTER)
	index_words ((tact_detector_t *) detector);
    if (! detector->paths_tried && detector->bytes_read > PATHS_AFTER)
	use_paths ((tact_detector_t *) detector);
    /* the rules that start with no word, and the masks, only where
     * the text holds what they need, or the prefilter says they may
     * match */
    if (! detector->starts_of_rule && detector->bytes_read > PREFILTER_AFTER)
	find_starts ((tact_detector_t *) detector);
    if (! detector->room) {
	room = g_new0 (room_t, 1);
	room->has_word = g_malloc0 (detector->n_words + 1);
	room->has_required = g_malloc (detector->n_entries + 1);
	room->given_at = g_malloc ((detector->n_entries * 2 + 1) * sizeof (guint32));
	((tact_detector_t *) detector)->room = room;
    }
    room = detector->room;
    f.found = room->found;
    f.found_size = room->found_size;
    f.sentence_ends = room->sentence_ends;
    f.sentence_ends_size = room->sentence_ends_size;
    if (detector->prefiltered && detector->bytes_read > PREFILTER_AFTER) {
	guint size = tact_lexicon_prefilter_size (detector->lexicon) + 1;

	if (! room->hits)
	    room->hits = g_malloc (size);
	memset (room->hits, 0, size);
	if (tact_lexicon_prefilter (detector->lexicon, text, length, room->hits))
	    f.hits = room->hits;
    }
    f.mask = make_mask (&f);

    find_by_words (&f);
    find_by_search (&f);
    calm_delight (&f);
    keep_cues (&f, cues);
    /* what grew is the room's again */
    room->found = f.found;
    room->found_size = f.found_size;
    room->sentence_ends = f.sentence_ends;
    room->sentence_ends_size = f.sentence_ends_size;
    room_trim (room, detector->n_placed);
}

void
tact_detector_find_nonfluent (const tact_detector_t *detector, const char *text,
			      size_t length, GArray *cues)
{
    tact_detector_t *owner = (tact_detector_t *) detector;
    /* (no clear function: its cues are moved to cues) */
    g_autoptr (GArray) found = g_array_new (FALSE, TRUE, sizeof (struct tact_cue));
    guint at = 0;

    if (! owner->fluency)
	owner->fluency = detector_for (owner->lexicon, TRUE);
    tact_detector_find (owner->fluency, text, length, FALSE, found);
    /* each before the first of those there that goes after it, or that
     * is in the signature (those follow the text's), which leaves their
     * order as it was */
    for (guint i = 0; i < found->len; i++) {
	const struct tact_cue *cue = &g_array_index (found, struct tact_cue, i);

	while (at < cues->len && ! g_array_index (cues, struct tact_cue, at).in_signature &&
	       by_position (&g_array_index (cues, struct tact_cue, at), cue) <= 0)
	    at++;
	g_array_insert_val (cues, at, *cue);
	at++;
    }
}

size_t
tact_detector_count_words (const char *text, size_t length)
{
    size_t words = 0;
    gboolean in_word = FALSE;

    for (size_t i = 0; i < length; i++) {
	gboolean letter = g_ascii_isalpha (text[i]) || (text[i] & 0x80);

	if (letter && ! in_word)
	    words++;
	in_word = letter;
    }
    return words;
}

void
tact_cues_score (const GArray *cues, double score[TACT_FLAG_LAST_FLAG],
		 int flags[TACT_FLAG_LAST_FLAG])
{
    for (int k = 0; k < TACT_FLAG_LAST_FLAG; k++)
	score[k] = 0;
    for (guint i = 0; i < cues->len; i++) {
	const struct tact_cue *cue = &g_array_index (cues, struct tact_cue, i);

	score[cue->kind] += cue->weight;
    }
    for (int k = 0; k < TACT_FLAG_LAST_FLAG; k++)
	flags[k] = score[k] >= 1.0 - 1e-9;
    /* One register: the stronger evidence wins, formal on a tie. */
    if (flags[TACT_FLAG_CASUAL] && flags[TACT_FLAG_FORMAL]) {
	if (score[TACT_FLAG_CASUAL] > score[TACT_FLAG_FORMAL])
	    flags[TACT_FLAG_FORMAL] = 0;
	else
	    flags[TACT_FLAG_CASUAL] = 0;
    }
    /* Complaint cues count under needs_apology; so do the others. */
    flags[TACT_FLAG_NEEDS_APOLOGY] = flags[TACT_FLAG_NEEDS_APOLOGY] ||
	flags[TACT_FLAG_STRUGGLE] || flags[TACT_FLAG_FRUSTRATION] ||
	flags[TACT_FLAG_REPEAT_CONTACT];
}

/* ---- the analysis of a thread ---- */

typedef struct message_cues {
    GArray *cues;
    int flags[TACT_FLAG_LAST_FLAG];
    double score[TACT_FLAG_LAST_FLAG];
} message_cues_t;

struct tact_analysis {
    const tact_thread_t *thread;
    message_cues_t *messages;
    size_t count;
    int thread_flags[TACT_FLAG_LAST_FLAG];
    tact_register_t reg;
    size_t unanswered;
    double hours_waiting;
    tact_channel_t channel;
    double promise_hours;
    gboolean past_promise;
};

void
tact_cues_of_message (const tact_detector_t *detector, tact_speller_t *speller,
		      const char *text, const char *signature, gboolean is_agent,
		      GArray *cues, double score[TACT_FLAG_LAST_FLAG],
		      int flags[TACT_FLAG_LAST_FLAG])
{
    size_t length = strlen (text);
    int nonfluent = 0;

    tact_detector_find (detector, text, length, FALSE, cues);
    if (signature && *signature) {
	GArray *more = g_array_new (FALSE, TRUE, sizeof (struct tact_cue));

	/* Only the register shows in a signature ("Kind regards"). */
	tact_detector_find (detector, signature, strlen (signature), TRUE, more);
	for (guint i = 0; i < more->len; i++) {
	    struct tact_cue *cue = &g_array_index (more, struct tact_cue, i);

	    if (cue->kind == TACT_FLAG_FORMAL || cue->kind == TACT_FLAG_CASUAL)
		g_array_append_val (cues, *cue);
	    else
		tact_cue_clear (cue);
	}
	g_array_free (more, TRUE);
    }
    if (! is_agent)
	nonfluent = tact_fluency_judge (detector, speller, text, length, cues);
    tact_cues_score (cues, score, flags);
    flags[TACT_FLAG_NONFLUENT] = nonfluent;
}

static void
analyze_message (const tact_detector_t *detector, tact_speller_t *speller,
		 const tact_message_t *message, message_cues_t *out)
{
    out->cues = g_array_new (FALSE, TRUE, sizeof (struct tact_cue));
    g_array_set_clear_func (out->cues, (GDestroyNotify) tact_cue_clear);
    tact_cues_of_message (detector, speller, tact_message_get_new_text (message),
			  tact_message_get_signature (message),
			  tact_message_is_agent (message), out->cues, out->score, out->flags);
}

static gboolean
rule_matches (const tact_channel_rule_t *rule, const tact_message_t *message)
{
    const char *value = NULL;
    g_autofree char *folded_value = NULL;
    g_autofree char *folded_rule = NULL;

    if (! rule->field || ! rule->value)
	return FALSE;
    folded_rule = g_utf8_casefold (rule->value, -1);
    if (! g_ascii_strcasecmp (rule->field, "from")) {
	g_autofree char *address = g_utf8_casefold (tact_message_get_from_address (message), -1);

	if (folded_rule[0] == '@')
	    return g_str_has_suffix (address, folded_rule);
	return ! strcmp (address, folded_rule);
    }
    if (! g_ascii_strcasecmp (rule->field, "list-id"))
	value = tact_message_get_header (message, "List-Id");
    else if (! g_ascii_strcasecmp (rule->field, "header") && rule->header)
	value = tact_message_get_header (message, rule->header);
    if (! value)
	return FALSE;
    folded_value = g_utf8_casefold (value, -1);
    return strstr (folded_value, folded_rule) != NULL;
}

static void
thread_facts (tact_analysis_t *analysis, const tact_analyze_options_t *options)
{
    const tact_thread_t *thread = analysis->thread;
    size_t answered = tact_thread_get_answered_index (thread);
    const tact_message_t *target = tact_thread_get_message (thread, answered);
    static const double default_promise[TACT_CHANNEL_LAST_CHANNEL] = { 6.0, 1.0 };
    time_t now = options && options->now ? options->now : time (NULL);
    size_t first_unanswered = answered + 1;
    double casual = 0, formal = 0;
    int nonfluent = 0;

    /* The customer's messages after the agent's last reply, up to the
     * message being answered. */
    for (size_t i = answered + 1; i-- > 0;) {
	if (tact_message_is_agent (tact_thread_get_message (thread, i)))
	    break;
	first_unanswered = i;
    }
    analysis->unanswered = answered + 1 - first_unanswered;
    for (int k = 0; k < TACT_FLAG_LAST_FLAG; k++)
	analysis->thread_flags[k] = 0;
    for (size_t i = first_unanswered; i <= answered && analysis->unanswered; i++) {
	const message_cues_t *m = &analysis->messages[i];

	for (int k = 0; k < TACT_FLAG_LAST_FLAG; k++)
	    if (m->flags[k] == 1)
		analysis->thread_flags[k] = 1;
	casual += m->score[TACT_FLAG_CASUAL];
	formal += m->score[TACT_FLAG_FORMAL];
    }
    /* Fluency belongs to the writer, not to one message: any message of
     * the customer's in the thread that reads as second-language
     * writing makes the reply plain. */
    for (size_t i = 0; i <= answered; i++) {
	const tact_message_t *message = tact_thread_get_message (thread, i);
	int flag = analysis->messages[i].flags[TACT_FLAG_NONFLUENT];

	if (tact_message_is_agent (message) ||
	    g_ascii_strcasecmp (tact_message_get_from_address (message),
				tact_message_get_from_address (target)))
	    continue;
	if (flag == 1)
	    nonfluent = 1;
	else if (flag == -1 && nonfluent == 0)
	    nonfluent = -1;
    }
    analysis->thread_flags[TACT_FLAG_NONFLUENT] = nonfluent;
    if (analysis->unanswered > 1)
	analysis->thread_flags[TACT_FLAG_REPEAT_CONTACT] = 1;

    analysis->hours_waiting = 0;
    if (analysis->unanswered) {
	time_t since = tact_message_get_date (tact_thread_get_message (thread, first_unanswered));

	if (since && now > since)
	    analysis->hours_waiting = (double) (now - since) / 3600.0;
    }
    analysis->channel = TACT_CHANNEL_EMAIL;
    for (size_t r = 0; options && r < options->channel_rule_count; r++) {
	if (rule_matches (&options->channel_rules[r], target)) {
	    analysis->channel = options->channel_rules[r].channel;
	    break;
	}
    }
    analysis->promise_hours = options && options->promise_hours[analysis->channel] > 0
	? options->promise_hours[analysis->channel] : default_promise[analysis->channel];
    analysis->past_promise = analysis->hours_waiting > analysis->promise_hours;

    if (analysis->thread_flags[TACT_FLAG_STRUGGLE] || analysis->thread_flags[TACT_FLAG_FRUSTRATION] ||
	analysis->thread_flags[TACT_FLAG_REPEAT_CONTACT] || analysis->past_promise)
	analysis->thread_flags[TACT_FLAG_NEEDS_APOLOGY] = 1;

    if (nonfluent == 1)
	analysis->reg = TACT_REGISTER_PLAIN;
    else if (analysis->thread_flags[TACT_FLAG_CASUAL] && casual > formal)
	analysis->reg = TACT_REGISTER_CASUAL;
    else if (analysis->thread_flags[TACT_FLAG_FORMAL] && formal >= casual)
	analysis->reg = TACT_REGISTER_FORMAL;
    else if (analysis->thread_flags[TACT_FLAG_CASUAL])
	analysis->reg = TACT_REGISTER_CASUAL;
    else
	analysis->reg = TACT_REGISTER_NEUTRAL;
    if (analysis->reg == TACT_REGISTER_CASUAL)
	analysis->thread_flags[TACT_FLAG_FORMAL] = 0;
    else if (analysis->reg == TACT_REGISTER_FORMAL)
	analysis->thread_flags[TACT_FLAG_CASUAL] = 0;
}

tact_status_t
tact_analyze_thread (tact_analysis_t **out, const tact_thread_t *thread,
		     const tact_analyze_options_t *options, char **error_message)
{
    tact_detector_t *detector = NULL;
    tact_speller_t *speller;
    tact_analysis_t *analysis;
    tact_status_t status;

    *out = NULL;
    status = tact_detector_new (&detector, options ? options->lexicon_dirs : NULL, error_message);
    if (status)
	return status;
    speller = tact_speller_new (options ? options->dictionary : NULL);
    tact_speller_add_word_lists (speller, options ? options->lexicon_dirs : NULL);
    analysis = g_new0 (tact_analysis_t, 1);
    analysis->thread = thread;
    analysis->count = tact_thread_count_messages (thread);
    analysis->messages = g_new0 (message_cues_t, analysis->count);
    for (size_t i = 0; i < analysis->count; i++) {
	const tact_message_t *message = tact_thread_get_message (thread, i);

	if (options && options->version >= 2 && options->customers_only
	    && tact_message_is_agent (message)) {
	    analysis->messages[i].cues = g_array_new (FALSE, TRUE, sizeof (struct tact_cue));
	    continue;
	}
	analyze_message (detector, speller, message, &analysis->messages[i]);
    }
    thread_facts (analysis, options);
    tact_speller_free (speller);
    tact_detector_free (detector);
    *out = analysis;
    return TACT_STATUS_SUCCESS;
}

void
tact_analysis_free (tact_analysis_t *analysis)
{
    if (! analysis)
	return;
    for (size_t i = 0; i < analysis->count; i++)
	g_array_free (analysis->messages[i].cues, TRUE);
    g_free (analysis->messages);
    g_free (analysis);
}

int
tact_analysis_get_flag (const tact_analysis_t *analysis, size_t index, tact_flag_t flag)
{
    if (index >= analysis->count || (unsigned int) flag >= TACT_FLAG_LAST_FLAG)
	return 0;
    return analysis->messages[index].flags[flag];
}

size_t
tact_analysis_count_cues (const tact_analysis_t *analysis, size_t index)
{
    return index < analysis->count ? analysis->messages[index].cues->len : 0;
}

const tact_cue_t *
tact_analysis_get_cue (const tact_analysis_t *analysis, size_t index, size_t cue_index)
{
    if (index >= analysis->count || cue_index >= analysis->messages[index].cues->len)
	return NULL;
    return &g_array_index (analysis->messages[index].cues, struct tact_cue, cue_index);
}

tact_flag_t
tact_cue_get_kind (const tact_cue_t *cue)
{
    return cue->kind;
}

size_t
tact_cue_get_start (const tact_cue_t *cue)
{
    return cue->start;
}

size_t
tact_cue_get_end (const tact_cue_t *cue)
{
    return cue->end;
}

int
tact_cue_in_signature (const tact_cue_t *cue)
{
    return cue->in_signature ? 1 : 0;
}

const char *
tact_cue_get_text (const tact_cue_t *cue)
{
    return cue->text;
}

const char *
tact_cue_get_rule (const tact_cue_t *cue)
{
    return cue->rule;
}

tact_register_t
tact_analysis_get_register (const tact_analysis_t *analysis)
{
    return analysis->reg;
}

int
tact_analysis_get_thread_flag (const tact_analysis_t *analysis, tact_flag_t flag)
{
    return (unsigned int) flag < TACT_FLAG_LAST_FLAG ? analysis->thread_flags[flag] : 0;
}

size_t
tact_analysis_get_unanswered_count (const tact_analysis_t *analysis)
{
    return analysis->unanswered;
}

double
tact_analysis_get_hours_waiting (const tact_analysis_t *analysis)
{
    return analysis->hours_waiting;
}

tact_channel_t
tact_analysis_get_channel (const tact_analysis_t *analysis)
{
    return analysis->channel;
}

double
tact_analysis_get_promise_hours (const tact_analysis_t *analysis)
{
    return analysis->promise_hours;
}

int
tact_analysis_waited_past_promise (const tact_analysis_t *analysis)
{
    return analysis->past_promise ? 1 : 0;
}

const char *
tact_flag_name (tact_flag_t flag)
{
    static const char *const names[TACT_FLAG_LAST_FLAG] = {
	"struggle", "frustration", "casual", "formal", "urgency", "nonfluent",
	"gratitude", "question", "feature_request", "needs_apology", "repeat_contact"
    };

    return (unsigned int) flag < TACT_FLAG_LAST_FLAG ? names[flag] : NULL;
}

const char *
tact_register_name (tact_register_t which)
{
    static const char *const names[TACT_REGISTER_LAST_REGISTER] = {
	"neutral", "casual", "formal", "plain"
    };

    return (unsigned int) which < TACT_REGISTER_LAST_REGISTER ? names[which] : NULL;
}

const char *
tact_channel_name (tact_channel_t channel)
{
    static const char *const names[TACT_CHANNEL_LAST_CHANNEL] = { "email", "social" };

    return (unsigned int) channel < TACT_CHANNEL_LAST_CHANNEL ? names[channel] : NULL;
}
