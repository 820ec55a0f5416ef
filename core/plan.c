/* plan.c - the plan stage: rules that turn a thread's analysis into the
 * moves of a reply (greeting, acknowledge, apologize, solve, follow-up,
 * sign-off), each with the template chosen and the reason, plus the
 * values the templates fill in: the customer's struggle mirrored in the
 * agent's voice, a follow-up time counted in business hours, a stated
 * deadline, how long the customer waited.
 *
 * The rules follow the product's: acknowledge before solving, apologize
 * without blame when the customer struggled, was frustrated, complained,
 * waited past the promise or wrote again; a solve slot always (one that
 * asks about the need underneath a feature demanded urgently); a dated
 * follow-up when the issue may not be solved in this reply. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/plan.h"
#include "core/source.h"
#include "core/status.h"

/* Longest mirrored clause, in words: longer ones are cut at a clause
 * boundary or not mirrored. */
#define MIRROR_MAX_WORDS 18
#define MIRROR_MIN_WORDS 3

/* ---- the mirror ---- */

/* First person to second, for the words that change; "you" and "your"
 * in a customer's sentence mean the company and change the other way. */
static const struct {
    const char *from, *to;
} person[] = {
    { "i", "you" }, { "me", "you" }, { "my", "your" }, { "mine", "yours" },
    { "myself", "yourself" }, { "we", "you" }, { "us", "you" }, { "our", "your" },
    { "ours", "yours" }, { "ourselves", "yourselves" },
    { "i'm", "you're" }, { "i've", "you've" }, { "i'd", "you'd" }, { "i'll", "you'll" },
    { "we're", "you're" }, { "we've", "you've" }, { "we'd", "you'd" }, { "we'll", "you'll" },
    { "im", "you're" }, { "ive", "you've" },
    { "your", "our" }, { "yours", "ours" },
};

/* After "I", the verb agrees with "you". */
static const struct {
    const char *from, *to;
} agreement[] = {
    { "am", "are" }, { "was", "were" }, { "wasn't", "weren't" }, { "wasnt", "weren't" },
};

/* For the plain register: contractions spelled out. */
static const struct {
    const char *from, *to;
} spelled_out[] = {
    { "can't", "cannot" }, { "cant", "cannot" }, { "don't", "do not" }, { "dont", "do not" },
    { "doesn't", "does not" }, { "doesnt", "does not" }, { "didn't", "did not" },
    { "didnt", "did not" }, { "won't", "will not" }, { "wont", "will not" },
    { "isn't", "is not" }, { "aren't", "are not" }, { "wasn't", "was not" },
    { "weren't", "were not" }, { "couldn't", "could not" }, { "couldnt", "could not" },
    { "haven't", "have not" }, { "hasn't", "has not" }, { "hadn't", "had not" },
    { "shouldn't", "should not" }, { "wouldn't", "would not" }, { "it's", "it is" },
    { "you're", "you are" }, { "you've", "you have" }, { "you'd", "you would" },
    { "you'll", "you will" }, { "that's", "that is" }, { "there's", "there is" },
    { "i'm", "I am" }, { "i've", "I have" }, { "i'll", "I will" }, { "i'd", "I would" },
    { "we're", "we are" }, { "we've", "we have" }, { "we'll", "we will" }, { "we'd", "we would" },
    { "they're", "they are" }, { "they've", "they have" }, { "they'll", "they will" },
    { "let's", "let us" }, { "here's", "here is" }, { "what's", "what is" },
    { "who's", "who is" }, { "he's", "he is" }, { "she's", "she is" }, { "mustn't", "must not" },
    { "needn't", "need not" },
};

/* Words a clause must not end on: the cut came mid-phrase. */
static const char *const dangling[] = {
    "and", "but", "or", "so", "to", "the", "a", "an", "of", "with", "for",
    "at", "from", "by", "my", "your", "that", "which", "because", "when", "if", "as",
    "it's", "is", "are", "was", "were", "be", "just", "really", "very", NULL,
};

/* First-person subjects a clause can start with. */
static const char *const subjects[] = {
    "i", "we", "i'm", "i've", "i'd", "i'll", "we've", "we're", "we'd", "we'll", "im", "ive", NULL,
};

/* Words that may stand between a subject and its verb. */
static const char *const adverbs[] = {
    "really", "also", "still", "just", "already", "never", "always", "even", "actually",
    "honestly", "now", "then", "certainly", "definitely", "simply", "only", NULL,
};

/* Words that start the clause but not the mirror: greetings and
 * discourse markers before the subject. */
static const char *const lead_in[] = {
    "so", "well", "also", "basically", "anyway", "now", "and", "but", "hi", "hello",
    "hey", "ok", "okay", "yes", "no", "unfortunately", "honestly", "again", NULL,
};

typedef struct word {
    size_t start, end;		/* in the sentence */
} word_t;

/* The words of a sentence: runs of letters, digits and apostrophes,
 * plus the other characters between them kept as they are. */
static GArray *
words_of (const char *text, size_t length)
{
    GArray *words = g_array_new (FALSE, FALSE, sizeof (word_t));
    size_t i = 0;

    while (i < length) {
	word_t word;

	while (i < length && ! g_ascii_isalnum (text[i]) && ! (text[i] & 0x80))
	    i++;
	if (i >= length)
	    break;
	word.start = i;
	while (i < length && (g_ascii_isalnum (text[i]) || (text[i] & 0x80) || text[i] == '\''
			      || text[i] == '-'))
	    i++;
	/* a trailing apostrophe is a quote mark */
	while (i > word.start + 1 && text[i - 1] == '\'')
	    i--;
	word.end = i;
	g_array_append_val (words, word);
	if (i < length && text[i] == '\'')
	    i++;
    }
    return words;
}

static char *
lower_word (const char *text, const word_t *word)
{
    return g_ascii_strdown (text + word->start, (gssize) (word->end - word->start));
}

static gboolean
in_list (const char *const *list, const char *word)
{
    return g_strv_contains (list, word);
}

/* Where the sentence holding [start, end) begins and ends in text. */
static void
sentence_bounds (const char *text, size_t start, size_t end, size_t *from, size_t *to)
{
    size_t length = strlen (text), i = start;

    while (i > 0) {
	char c = text[i - 1];

	if ((c == '.' || c == '!' || c == '?') && (i == length || g_ascii_isspace (text[i])))
	    break;
	if (c == '\n' && i >= 2 && text[i - 2] == '\n')
	    break;
	if (c == '\n' && (text[i] == '-' || text[i] == '*' || g_ascii_isdigit (text[i])))
	    break;	/* a list item */
	i--;
    }
    *from = i;
    i = end;
    while (i < length) {
	char c = text[i];

	if ((c == '.' || c == '!' || c == '?')
	    && (i + 1 == length || g_ascii_isspace (text[i + 1]) || text[i + 1] == '!'
		|| text[i + 1] == '?'))
	    break;
	if (c == '\n' && i + 1 < length && (text[i + 1] == '\n' || text[i + 1] == '-'
					    || text[i + 1] == '*'))
	    break;
	i++;
    }
    *to = i;
}

/* Characters that end a clause inside a sentence. */
static gboolean
clause_break (char c)
{
    return c == ';' || c == ':' || c == '(' || c == ')' || c == '?';
}

char *
tact_plan_mirror (const char *text, size_t start, size_t end, gboolean plain)
{
    size_t from, to;
    g_autofree char *sentence = NULL;
    g_autoptr (GArray) words = NULL;
    g_autoptr (GString) out = g_string_new (NULL);
    guint first = G_MAXUINT, last, cue_word = 0, cue_last;
    gboolean after_subject = FALSE;

    if (! text || end <= start || end > strlen (text))
	return NULL;
    sentence_bounds (text, start, end, &from, &to);
    /* Curly apostrophes straight, lines joined; the cue's offsets
     * follow the bytes taken out. */
    {
	GString *s = g_string_new (NULL);
	size_t cue_start = start, cue_end = end;

	for (size_t i = from; i < to; i++) {
	    guchar c = (guchar) text[i];

	    if (i == cue_start)
		start = s->len;
	    if (i == cue_end)
		end = s->len;
	    if (c == 0xe2 && i + 2 < to && (guchar) text[i + 1] == 0x80
		&& (guchar) text[i + 2] == 0x99) {
		g_string_append_c (s, '\'');
		i += 2;
	    } else if (c == '\n' || c == '\t' || c == '\r') {
		g_string_append_c (s, ' ');
	    } else {
		g_string_append_c (s, c == '`' ? '\'' : (char) c);
	    }
	}
	if (cue_end >= to)
	    end = s->len;
	sentence = g_string_free (s, FALSE);
    }
    if (! g_utf8_validate (sentence, -1, NULL))
	return NULL;
    words = words_of (sentence, strlen (sentence));
    if (! words->len)
	return NULL;

    /* The words the cue starts and ends in. */
    for (guint w = 0; w < words->len; w++)
	if (g_array_index (words, word_t, w).end > start) {
	    cue_word = w;
	    break;
	}
    cue_last = cue_word;
    for (guint w = cue_word; w < words->len; w++)
	if (g_array_index (words, word_t, w).start < end)
	    cue_last = w;

    /* The subject: the last "I"/"we" at or before the cue, with no
     * clause break between it and the cue. */
    for (guint w = cue_last + 1; w-- > 0;) {
	word_t *word = &g_array_index (words, word_t, w);
	g_autofree char *lower = lower_word (sentence, word);
	gboolean stop = FALSE;

	if (in_list (subjects, lower)) {
	    first = w;
	    break;
	}
	for (size_t c = word->start; c > 0 && w > 0
		 && c > g_array_index (words, word_t, w - 1).end; c--)
	    if (clause_break (sentence[c - 1]) || sentence[c - 1] == ',')
		stop = TRUE;
	if (stop)
	    break;
    }
    if (first == G_MAXUINT) {
	/* No subject: "Can't figure out how to ..." starts with the verb,
	 * after lead-in words only. */
	guint w = 0;

	for (; w < cue_word; w++) {
	    g_autofree char *lower = lower_word (sentence, &g_array_index (words, word_t, w));

	    if (! in_list (lead_in, lower))
		return NULL;
	}
	first = cue_word;
	g_string_append (out, "you ");
	after_subject = TRUE;
    }

    /* The end: the sentence's end or a clause break, within the word
     * limit; past the limit, the last ", and"/", but"/"," before it. */
    last = words->len - 1;
    {
	/* A clause that opens with a quotation mark is quoted speech: its
	 * closing mark ends it. */
	size_t c = g_array_index (words, word_t, first).start;
	gboolean quoted;

	while (c > 0 && sentence[c - 1] == ' ')
	    c--;
	quoted = c > 0 && sentence[c - 1] == '"';
	for (guint w = first + 1; w < words->len; w++) {
	    word_t *prev = &g_array_index (words, word_t, w - 1);
	    word_t *word = &g_array_index (words, word_t, w);
	    gboolean broken = FALSE;

	    for (size_t b = prev->end; b < word->start; b++)
		if (clause_break (sentence[b]) || (quoted && sentence[b] == '"'))
		    broken = TRUE;
	    if (broken) {
		last = w - 1;
		break;
	    }
	}
    }
    if (last < cue_word)
	return NULL;
    /* What follows the first comma after the cue is another thought
     * ("I can't log in, the page reloads"): leave it out. */
    for (guint w = cue_last + 1; w <= last; w++) {
	word_t *prev = &g_array_index (words, word_t, w - 1);

	if (memchr (sentence + prev->end, ',', g_array_index (words, word_t, w).start - prev->end)) {
	    last = w - 1;
	    break;
	}
    }
    if (last - first + 1 > MIRROR_MAX_WORDS) {
	guint cut = G_MAXUINT;

	for (guint w = first + 1; w <= first + MIRROR_MAX_WORDS - 1 && w <= last; w++) {
	    word_t *prev = &g_array_index (words, word_t, w - 1);

	    if (w > cue_word + 1 && memchr (sentence + prev->end, ',',
					     g_array_index (words, word_t, w).start - prev->end))
		cut = w - 1;
	}
	if (cut == G_MAXUINT)
	    return NULL;
	last = cut;
    }
    /* Do not end on a word that needs more. */
    for (;;) {
	g_autofree char *lower = lower_word (sentence, &g_array_index (words, word_t, last));

	if (! in_list (dangling, lower) || last <= cue_word)
	    break;
	last--;
    }
    {
	g_autofree char *lower = lower_word (sentence, &g_array_index (words, word_t, last));

	if (in_list (dangling, lower))
	    return NULL;
    }
    if (last - first + 1 < MIRROR_MIN_WORDS)
	return NULL;

    for (guint w = first; w <= last; w++) {
	word_t *word = &g_array_index (words, word_t, w);
	g_autofree char *lower = lower_word (sentence, word);
	const char *replace = NULL;

	if (w > first) {
	    /* what stood between the words, quotes and all */
	    g_string_append_len (out, sentence + g_array_index (words, word_t, w - 1).end,
				 (gssize) (word->start - g_array_index (words, word_t, w - 1).end));
	}
	if (! strcmp (lower, "you") || ! strcmp (lower, "u") || ! strcmp (lower, "you're")
	    || ! strcmp (lower, "you've") || ! strcmp (lower, "you'll"))
	    return NULL;	/* "you" for the company: no safe turn */
	for (size_t p = 0; ! replace && p < G_N_ELEMENTS (person); p++)
	    if (! strcmp (lower, person[p].from))
		replace = person[p].to;
	if (! replace && after_subject)
	    for (size_t a = 0; ! replace && a < G_N_ELEMENTS (agreement); a++)
		if (! strcmp (lower, agreement[a].from))
		    replace = agreement[a].to;
	/* "I really am": the verb still agrees with the subject */
	after_subject = ! strcmp (lower, "i") || ! strcmp (lower, "we")
	    || (after_subject && in_list (adverbs, lower));
	if (plain) {
	    const char *word_now = replace ? replace : lower;

	    for (size_t s = 0; s < G_N_ELEMENTS (spelled_out); s++)
		if (! strcmp (word_now, spelled_out[s].from)) {
		    replace = spelled_out[s].to;
		    break;
		}
	    if (replace && ! strcmp (replace, "you're"))
		replace = "you are";
	    else if (replace && ! strcmp (replace, "you've"))
		replace = "you have";
	    else if (replace && ! strcmp (replace, "you'd"))
		replace = "you would";
	    else if (replace && ! strcmp (replace, "you'll"))
		replace = "you will";
	}
	if (replace)
	    g_string_append (out, replace);
	else {
	    gsize at = out->len;

	    g_string_append_len (out, sentence + word->start, (gssize) (word->end - word->start));
	    /* The clause starts mid-sentence: no capital, unless the word
	     * is an acronym ("CSV"). */
	    if (w == first && ! (word->end - word->start > 1
				 && g_ascii_isupper (sentence[word->start + 1])))
		out->str[at] = g_ascii_tolower (out->str[at]);
	}
    }
    /* Shouted words are not for repeating back ("EVERY SINGLE ONE of
     * my presets is GONE"): a word of four capitals or more (or two
     * shouted words in a row) leaves the mirror out. */
    {
	int run = 0;

	for (guint w = first; w <= last; w++) {
	    word_t *word = &g_array_index (words, word_t, w);
	    size_t letters = 0, capitals = 0;

	    for (size_t c = word->start; c < word->end; c++) {
		letters += g_ascii_isalpha (sentence[c]) != 0;
		capitals += g_ascii_isupper (sentence[c]) != 0;
	    }
	    if (letters >= 2 && capitals == letters) {
		if (letters >= 4 || ++run >= 2)
		    return NULL;
	    } else {
		run = 0;
	    }
	}
    }
    /* Unbalanced quotes or brackets read as broken. */
    {
	int quotes = 0;

	for (gsize i = 0; i < out->len; i++)
	    quotes += out->str[i] == '"';
	if (quotes % 2)
	    return NULL;
    }
    return g_string_free (g_steal_pointer (&out), FALSE);
}

const char *
tact_plan_spelled_out (const char *word)
{
    g_autoptr (GString) lower = g_string_new (NULL);

    /* lower case, curly apostrophes straight */
    for (const char *p = word; *p; p++) {
	if ((guchar) p[0] == 0xe2 && (guchar) p[1] == 0x80 && (guchar) p[2] == 0x99) {
	    g_string_append_c (lower, '\'');
	    p += 2;
	} else {
	    g_string_append_c (lower, g_ascii_tolower (*p));
	}
    }
    for (size_t s = 0; s < G_N_ELEMENTS (spelled_out); s++)
	if (! strcmp (lower->str, spelled_out[s].from))
	    return spelled_out[s].to;
    return NULL;
}

/* ---- the follow-up time ---- */

static gboolean
business_day (const tact_draft_options_t *options, GDateTime *t)
{
    int day = g_date_time_get_day_of_week (t) - 1;	/* Monday 0 */

    return ! options->business_days || (options->business_days & (1u << day));
}

static int
minute_of_day (GDateTime *t)
{
    return g_date_time_get_hour (t) * 60 + g_date_time_get_minute (t);
}

/* t moved to midnight of the next day. */
static GDateTime *
next_midnight (GDateTime *t, GTimeZone *zone)
{
    GDateTime *day = g_date_time_new (zone, g_date_time_get_year (t), g_date_time_get_month (t),
				      g_date_time_get_day_of_month (t), 0, 0, 0);
    GDateTime *next = g_date_time_add_days (day, 1);

    g_date_time_unref (day);
    return next;
}

static GDateTime *
at_minute (GDateTime *t, GTimeZone *zone, int minute)
{
    if (minute >= 24 * 60) {
	GDateTime *midnight = next_midnight (t, zone);

	return midnight;
    }
    return g_date_time_new (zone, g_date_time_get_year (t), g_date_time_get_month (t),
			    g_date_time_get_day_of_month (t), minute / 60, minute % 60, 0);
}

static char *
clock_time (GDateTime *t)
{
    int hour = g_date_time_get_hour (t), minute = g_date_time_get_minute (t);
    int twelve = hour % 12 ? hour % 12 : 12;

    if (hour == 12 && minute == 0)
	return g_strdup ("noon");
    if (hour == 0 && minute == 0)
	return g_strdup ("midnight");
    if (minute)
	return g_strdup_printf ("%d:%02d %s", twelve, minute, hour < 12 ? "am" : "pm");
    return g_strdup_printf ("%d %s", twelve, hour < 12 ? "am" : "pm");
}

GTimeZone *
tact_plan_zone (const tact_draft_options_t *options)
{
    GTimeZone *zone = options->time_zone ? g_time_zone_new_identifier (options->time_zone) : NULL;

    return zone ? zone : g_time_zone_new_local ();
}

GDateTime *
tact_plan_followup_deadline (time_t now, double hours, const tact_draft_options_t *options)
{
    GTimeZone *zone = tact_plan_zone (options);
    GDateTime *t;
    double remaining = ceil (hours * 60);
    int opens = options->opens, closes = options->closes, step;

    if (opens < 0 || closes > 24 * 60 || opens >= closes) {
	opens = 0;
	closes = 24 * 60;
    }
    {
	GDateTime *utc = g_date_time_new_from_unix_utc (now);

	t = g_date_time_to_timezone (utc, zone);
	g_date_time_unref (utc);
    }
    /* Walk the business hours, a day at a time (at most a year). */
    for (int guard = 0; guard < 366 && remaining > 0; guard++) {
	int minute = minute_of_day (t);

	if (business_day (options, t) && minute < closes) {
	    GDateTime *from = minute < opens ? at_minute (t, zone, opens) : g_date_time_ref (t);
	    double available = closes - minute_of_day (from);

	    if (remaining <= available) {
		GDateTime *done = g_date_time_add_minutes (from, (int) remaining);

		g_date_time_unref (from);
		g_date_time_unref (t);
		t = done;
		remaining = 0;
		break;
	    }
	    remaining -= available;
	    g_date_time_unref (from);
	}
	{
	    GDateTime *next = next_midnight (t, zone);

	    g_date_time_unref (t);
	    t = next;
	}
    }
    /* Round up the way people promise: to the quarter hour for a short
     * promise, else to the hour. */
    step = hours < 2 ? 15 : 60;
    {
	int minute = g_date_time_get_minute (t), second = g_date_time_get_second (t);
	int up = (minute % step || second) ? step - minute % step : 0;
	GDateTime *rounded = g_date_time_add_full (t, 0, 0, 0, 0, up, -second);

	g_date_time_unref (t);
	t = rounded;
    }
    g_time_zone_unref (zone);
    return t;
}

int
tact_plan_days_between (time_t now, GDateTime *t, const tact_draft_options_t *options)
{
    GTimeZone *zone = tact_plan_zone (options);
    GDateTime *utc = g_date_time_new_from_unix_utc (now);
    GDateTime *start = g_date_time_to_timezone (utc, zone);
    GDateTime *today = g_date_time_new (zone, g_date_time_get_year (start),
					g_date_time_get_month (start),
					g_date_time_get_day_of_month (start), 0, 0, 0);
    GDateTime *that_day = g_date_time_new (zone, g_date_time_get_year (t), g_date_time_get_month (t),
					   g_date_time_get_day_of_month (t), 0, 0, 0);
    GTimeSpan span = g_date_time_difference (that_day, today);
    /* whole days, however long the days between were (DST) */
    int days = (int) ((span + (span >= 0 ? 1 : -1) * G_TIME_SPAN_HOUR * 12) / G_TIME_SPAN_DAY);

    g_date_time_unref (utc);
    g_date_time_unref (start);
    g_date_time_unref (today);
    g_date_time_unref (that_day);
    g_time_zone_unref (zone);
    return days;
}

char *
tact_plan_followup_time (time_t now, double hours, const tact_draft_options_t *options)
{
    GDateTime *t = tact_plan_followup_deadline (now, hours, options);
    char *words = tact_plan_due_words (now, t, options);

    g_date_time_unref (t);
    return words;
}

char *
tact_plan_due_words (time_t now, GDateTime *t, const tact_draft_options_t *options)
{
    g_autofree char *clock = clock_time (t);
    int days = tact_plan_days_between (now, t, options);
    char *result;

    if (g_date_time_get_hour (t) == 0 && g_date_time_get_minute (t) == 0) {
	/* Midnight belongs to the day it ends: "by midnight tonight". */
	GDateTime *before = g_date_time_add_minutes (t, -1);
	int day = tact_plan_days_between (now, before, options);

	if (day <= 0)
	    result = g_strdup ("by midnight tonight");
	else if (day == 1)
	    result = g_strdup ("by midnight tomorrow night");
	else {
	    g_autofree char *weekday = g_date_time_format (before, day < 7 ? "%A" : "%A %-d %B");

	    result = g_strdup_printf ("by midnight on %s", weekday);
	}
	g_date_time_unref (before);
	return result;
    }
    if (days <= 0)
	result = g_strdup_printf ("by %s today", clock);
    else if (days == 1)
	result = g_strdup_printf ("by %s tomorrow", clock);
    else if (days < 7) {
	g_autofree char *weekday = g_date_time_format (t, "%A");

	result = g_strdup_printf ("by %s at %s", weekday, clock);
    } else {
	g_autofree char *date = g_date_time_format (t, "%A %-d %B");

	result = g_strdup_printf ("by %s at %s", date, clock);
    }
    return result;
}

/* ---- values ---- */

static const char *const number_words[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
};

static const char *const ordinals[] = {
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth",
};

static char *
count_of (long n, const char *unit)
{
    if (n >= 0 && n <= 10)
	return g_strdup_printf ("%s %s%s", number_words[n], unit, n == 1 ? "" : "s");
    return g_strdup_printf ("%ld %ss", n, unit);
}

static char *
duration_text (double hours)
{
    if (hours < 1)
	return g_strdup ("");
    if (hours < 48)
	return count_of ((long) floor (hours), "hour");
    return count_of ((long) floor (hours / 24), "day");
}

static char *
promise_text (double hours)
{
    if (hours * 60 < 120 && fabs (hours * 60 - round (hours * 60)) < 1e-6)
	return g_strdup_printf ("%ld minutes", (long) round (hours * 60));
    if (fabs (hours - round (hours)) < 1e-6)
	return g_strdup_printf ("%ld hour%s", (long) round (hours), round (hours) == 1 ? "" : "s");
    return g_strdup_printf ("%.1f hours", hours);
}

/* Text from a customer, safe on one line: control characters, line
 * breaks among them, become spaces; runs of spaces one. */
static char *
one_line (const char *text)
{
    GString *out = g_string_new (NULL);

    for (const char *p = text ? text : ""; *p; p = g_utf8_next_char (p)) {
	gunichar c = g_utf8_get_char (p);

	if (g_unichar_iscntrl (c) || g_unichar_isspace (c)) {
	    if (out->len && out->str[out->len - 1] != ' ')
		g_string_append_c (out, ' ');
	} else {
	    g_string_append_unichar (out, c);
	}
    }
    return g_strstrip (g_string_free (out, FALSE));
}

/* A display name as people address each other: "Okafor, Maria" is
 * Maria Okafor; quotes and addresses are not names. */
static char *
clean_name (const char *display)
{
    g_autofree char *name = one_line (display);
    char *comma;

    g_strdelimit (name, "\"", ' ');
    g_strstrip (name);
    if (! *name || strchr (name, '@'))
	return g_strdup ("");
    comma = strchr (name, ',');
    if (comma && ! strchr (comma + 1, ',')) {
	g_autofree char *last = g_strndup (name, comma - name);
	g_autofree char *firsts = g_strdup (comma + 1);

	return g_strdup_printf ("%s %s", g_strstrip (firsts), g_strstrip (last));
    }
    return g_strdup (name);
}

/* The first name, when the name looks like one: starts with a letter,
 * holds no digits or dots; a shouted name is given a normal case. */
static char *
first_name_of (const char *name)
{
    g_auto (GStrv) parts = g_strsplit (name, " ", 2);
    const char *first = parts[0] ? parts[0] : "";
    gboolean all_upper = TRUE, letters = FALSE;

    if (! *first || ! g_unichar_isalpha (g_utf8_get_char (first)))
	return g_strdup ("");
    for (const char *p = first; *p; p = g_utf8_next_char (p)) {
	gunichar c = g_utf8_get_char (p);

	if (g_unichar_isdigit (c) || c == '.' || c == '_')
	    return g_strdup ("");
	if (g_unichar_islower (c))
	    all_upper = FALSE;
	letters = letters || g_unichar_isalpha (c);
    }
    if (! letters)
	return g_strdup ("");
    if (all_upper && g_utf8_strlen (first, -1) > 1) {
	g_autofree char *lower = g_utf8_strdown (first, -1);
	gunichar c = g_unichar_toupper (g_utf8_get_char (lower));
	char head[8] = { 0 };

	g_unichar_to_utf8 (c, head);
	return g_strconcat (head, g_utf8_next_char (lower), NULL);
    }
    if (g_unichar_islower (g_utf8_get_char (first))) {
	gunichar c = g_unichar_toupper (g_utf8_get_char (first));
	char head[8] = { 0 };

	g_unichar_to_utf8 (c, head);
	return g_strconcat (head, g_utf8_next_char (first), NULL);
    }
    return g_strdup (first);
}

static void
set_value (tact_plan_t *plan, const char *name, char *value)
{
    g_hash_table_insert (plan->values, g_strdup (name), value ? value : g_strdup (""));
}

/* The display name in "Name <address>", or "". */
static char *
name_in_address (const char *address)
{
    InternetAddressList *list;
    char *name = NULL;

    if (! address)
	return g_strdup ("");
    list = internet_address_list_parse (NULL, address);
    if (list && internet_address_list_length (list) > 0) {
	const char *n = internet_address_get_name (internet_address_list_get_address (list, 0));

	name = g_strdup (n ? n : "");
    }
    if (list)
	g_object_unref (list);
    return name ? name : g_strdup ("");
}

/* ---- the moves ---- */

typedef struct facts {
    const tact_thread_t *thread;
    const tact_analysis_t *analysis;
    GArray *customer;		/* size_t: the messages the reply answers */
} facts_t;

/* The first cue of kind (or, kind < 0, of a rule starting with
 * rule_prefix) in the messages the reply answers. */
static const tact_cue_t *
first_cue (const facts_t *facts, int kind, const char *rule_prefix, size_t *message)
{
    /* The answered message first: it is what the agent is looking at. */
    for (guint pass = 0; pass < 2; pass++)
	for (guint m = facts->customer->len; m-- > 0;) {
	    size_t index = g_array_index (facts->customer, size_t, m);
	    gboolean answered = index == tact_thread_get_answered_index (facts->thread);

	    if ((pass == 0) != answered)
		continue;
	    for (size_t c = 0; c < tact_analysis_count_cues (facts->analysis, index); c++) {
		const tact_cue_t *cue = tact_analysis_get_cue (facts->analysis, index, c);

		if (tact_cue_in_signature (cue))
		    continue;
		if (kind >= 0 ? tact_cue_get_kind (cue) == (tact_flag_t) kind
		    : g_str_has_prefix (tact_cue_get_rule (cue), rule_prefix)) {
		    if (message)
			*message = index;
		    return cue;
		}
	    }
	}
    return NULL;
}

static gboolean
holds (const tact_plan_t *plan, const char *word)
{
    return g_hash_table_contains (plan->conditions, word);
}

static void
set_condition (tact_plan_t *plan, const char *word, gboolean value)
{
    if (value)
	g_hash_table_add (plan->conditions, g_strdup (word));
}

static gboolean
template_fits (const tact_template_t *t, const tact_plan_t *plan, tact_move_t move,
	       tact_channel_t channel, const char *language)
{
    if (t->move != move || ! (t->registers & (1u << plan->register_)))
	return FALSE;
    if (t->channel >= 0 && t->channel != (int) channel)
	return FALSE;
    if (strcmp (t->language, language))
	return FALSE;
    for (int w = 0; t->when[w]; w++) {
	gboolean negated = t->when[w][0] == '!';

	if (holds (plan, t->when[w] + negated) == negated)
	    return FALSE;
    }
    return TRUE;
}

/* Which situation a template speaks to first, when several equally
 * specific templates fit: the order in which the plan addresses them
 * (a long wait before a repeat contact before a complaint ...). */
static const char *const priority[] = {
    "waiting", "repeat_contact", "complaint", "frustration", "struggle", "mirror",
    "deadline", "feature_request", "urgency", "question", "gratitude", "nonfluent",
    "needs_apology", "social", "casual", "formal", NULL,
};

static guint
rank_of (const tact_template_t *t)
{
    guint best = G_N_ELEMENTS (priority);

    for (int w = 0; t->when[w]; w++)
	for (guint p = 0; priority[p] && p < best; p++)
	    if (! strcmp (t->when[w], priority[p]))
		best = p;
    return best;
}

/* The template for a move: among those that fit, the most specific
 * (most conditions), then those that speak to the most pressing
 * situation, then one picked by a stable hash of the message id,
 * weighted. */
static const tact_template_t *
choose (const tact_templates_t *templates, const tact_plan_t *plan, tact_move_t move,
	tact_channel_t channel, const char *language, const char *message_id)
{
    g_autoptr (GPtrArray) best = g_ptr_array_new ();
    guint most = 0, top = 0, total = 0;
    guint32 hash;

    for (size_t i = 0; i < tact_templates_count (templates); i++) {
	const tact_template_t *t = tact_templates_get (templates, i);
	guint specific, rank;

	if (! template_fits (t, plan, move, channel, language))
	    continue;
	specific = g_strv_length (t->when);
	rank = rank_of (t);
	if (! best->len || specific > most || (specific == most && rank < top)) {
	    g_ptr_array_set_size (best, 0);
	    most = specific;
	    top = rank;
	}
	if (specific == most && rank == top)
	    g_ptr_array_add (best, (gpointer) t);
    }
    if (! best->len)
	return NULL;
    {
	/* FNV-1a: small, stable across versions and platforms. */
	g_autofree char *key = g_strconcat (message_id, "/", tact_move_name (move), NULL);

	hash = 2166136261u;
	for (const char *p = key; *p; p++)
	    hash = (hash ^ (guchar) *p) * 16777619u;
    }
    for (guint i = 0; i < best->len; i++)
	total += ((const tact_template_t *) best->pdata[i])->weight;
    hash %= total;
    for (guint i = 0; i < best->len; i++) {
	const tact_template_t *t = best->pdata[i];

	if (hash < t->weight)
	    return t;
	hash -= t->weight;
    }
    return best->pdata[best->len - 1];
}

static void
add_move (tact_plan_t *plan, tact_move_t move, char *reason, const tact_cue_t *cue)
{
    tact_planned_move_t planned = { move, NULL, reason, g_strdup (cue ? tact_cue_get_text (cue)
								   : "") };

    g_array_append_val (plan->moves, planned);
}

static char *
cue_reason (const char *what, const tact_cue_t *cue)
{
    if (! cue)
	return g_strdup (what);
    return g_strdup_printf ("%s (%s)", what, tact_cue_get_rule (cue));
}

tact_status_t
tact_plan_make (tact_plan_t *plan, const tact_thread_t *thread,
		const tact_analysis_t *analysis, const tact_templates_t *templates,
		const tact_draft_options_t *options, char **error_message)
{
    size_t answered = tact_thread_get_answered_index (thread);
    const tact_message_t *answered_message = tact_thread_get_message (thread, answered);
    const tact_message_t *customer_message = answered_message;
    const char *language = options->language ? options->language : "en";
    time_t now = options->now ? options->now : time (NULL);
    tact_channel_t channel = tact_analysis_get_channel (analysis);
    facts_t facts = { thread, analysis, g_array_new (FALSE, FALSE, sizeof (size_t)) };
    const tact_cue_t *struggle, *frustration, *complaint, *deadline, *gratitude, *feature;
    const tact_cue_t *urgency, *repeat, *question;
    int flag[TACT_FLAG_LAST_FLAG];
    gboolean only_thanks, may_stay_open;

    memset (plan, 0, sizeof *plan);
    plan->moves = g_array_new (FALSE, TRUE, sizeof (tact_planned_move_t));
    plan->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    plan->conditions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    plan->register_ = tact_analysis_get_register (analysis);

    /* The customer's messages the reply answers: those since the
     * agent's last message, up to the answered one. */
    for (size_t i = 0; i <= answered; i++) {
	const tact_message_t *m = tact_thread_get_message (thread, i);

	if (tact_message_is_agent (m))
	    g_array_set_size (facts.customer, 0);
	else
	    g_array_append_val (facts.customer, i);
    }
    if (! facts.customer->len)
	g_array_append_val (facts.customer, answered);
    customer_message = tact_thread_get_message (
	thread, g_array_index (facts.customer, size_t, facts.customer->len - 1));

    for (int f = 0; f < TACT_FLAG_LAST_FLAG; f++) {
	flag[f] = tact_analysis_get_thread_flag (analysis, (tact_flag_t) f) == 1;
	set_condition (plan, tact_flag_name ((tact_flag_t) f), flag[f]);
    }
    struggle = first_cue (&facts, TACT_FLAG_STRUGGLE, NULL, NULL);
    frustration = first_cue (&facts, TACT_FLAG_FRUSTRATION, NULL, NULL);
    complaint = first_cue (&facts, -1, "complaint/", NULL);
    urgency = first_cue (&facts, TACT_FLAG_URGENCY, NULL, NULL);
    deadline = first_cue (&facts, -1, "urgency/by-deadline", NULL);
    if (! deadline)
	deadline = first_cue (&facts, -1, "urgency/before-event", NULL);
    if (! deadline)
	deadline = first_cue (&facts, -1, "urgency/tomorrows", NULL);
    gratitude = first_cue (&facts, TACT_FLAG_GRATITUDE, NULL, NULL);
    feature = first_cue (&facts, TACT_FLAG_FEATURE_REQUEST, NULL, NULL);
    repeat = first_cue (&facts, TACT_FLAG_REPEAT_CONTACT, NULL, NULL);
    question = first_cue (&facts, TACT_FLAG_QUESTION, NULL, NULL);

    /* Values. */
    {
	g_autofree char *display = clean_name (tact_message_get_from_name (customer_message));
	const char *reply_from = tact_thread_get_reply_header (thread, TACT_REPLY_FROM);
	g_autofree char *agent_display = name_in_address (reply_from);
	g_autofree char *agent = clean_name (options->agent_name ? options->agent_name
					     : agent_display);
	g_autofree char *subject = one_line (tact_message_get_subject (customer_message));
	char *mirror = NULL;

	set_value (plan, "customer.first_name", first_name_of (display));
	set_value (plan, "customer.name", g_strdup (display));
	set_value (plan, "agent.first_name", first_name_of (agent));
	set_value (plan, "agent.name", g_strdup (agent));
	set_value (plan, "agent.signature", g_strdup (options->agent_signature
						      ? options->agent_signature : ""));
	set_value (plan, "company.name", one_line (options->company_name));
	/* The subject without its "Re:"s. */
	{
	    g_autoptr (GRegex) re = g_regex_new ("^((re|aw|sv|fwd?|wg)\\s*(\\[\\d+\\])?:\\s*)+",
						 G_REGEX_CASELESS, 0, NULL);

	    set_value (plan, "subject", g_regex_replace (re, subject, -1, 0, "", 0, NULL));
	}
	/* The mirror comes from a struggle the customer put in the first
	 * person (or with no subject): one whose own words hold the
	 * subject ("I tried", "but I cannot") first, else the first; the
	 * answered message first. */
	for (guint pass = 0; struggle && ! mirror && pass < 4; pass++)
	    for (guint m = facts.customer->len; ! mirror && m-- > 0;) {
		size_t index = g_array_index (facts.customer, size_t, m);
		const char *text = tact_message_get_new_text (tact_thread_get_message (thread,
										       index));

		if ((pass % 2 == 0) != (index == answered))
		    continue;
		for (size_t c = 0; ! mirror && c < tact_analysis_count_cues (analysis, index); c++) {
		    const tact_cue_t *cue = tact_analysis_get_cue (analysis, index, c);

		    if (tact_cue_get_kind (cue) != TACT_FLAG_STRUGGLE || tact_cue_in_signature (cue))
			continue;
		    if (pass < 2 && ! g_regex_match_simple ("\\b(i|we)\\b", tact_cue_get_text (cue),
							    G_REGEX_CASELESS, 0))
			continue;
		    mirror = tact_plan_mirror (text, tact_cue_get_start (cue), tact_cue_get_end (cue),
					       plan->register_ == TACT_REGISTER_PLAIN);
		    if (mirror) {
			char *safe = one_line (mirror);

			g_free (mirror);
			mirror = safe;
			struggle = cue;
		    }
		}
	    }
	set_value (plan, "struggle.mirror", mirror);
	if (deadline) {
	    g_autofree char *text = one_line (tact_cue_get_text (deadline));
	    char *said = tact_plan_mirror (text, 0, strlen (text), FALSE);

	    /* "before tomorrow's launch" as is; "my launch" turned. */
	    if (! said || ! *said) {
		g_free (said);
		said = g_strdup (text);
	    } else if (g_str_has_prefix (said, "you ")) {
		char *trimmed = g_strdup (said + 4);

		g_free (said);
		said = trimmed;
	    }
	    if (g_str_has_prefix (tact_cue_get_rule (deadline), "urgency/tomorrows")) {
		char *before = g_strconcat ("before ", said, NULL);

		g_free (said);
		said = before;
	    }
	    said[0] = g_ascii_tolower (said[0]);
	    set_value (plan, "urgency.deadline", said);
	} else {
	    set_value (plan, "urgency.deadline", NULL);
	}
	plan->followup = tact_plan_followup_time (now, tact_analysis_get_promise_hours (analysis),
						  options);
	set_value (plan, "followup.when", g_strdup (plan->followup));
	set_value (plan, "followup.within",
		   promise_text (tact_analysis_get_promise_hours (analysis)));
	set_value (plan, "waiting.time", duration_text (tact_analysis_get_hours_waiting (analysis)));
	{
	    size_t count = tact_analysis_get_unanswered_count (analysis);

	    set_value (plan, "repeat.ordinal",
		       g_strdup (count >= 2 && count < G_N_ELEMENTS (ordinals) ? ordinals[count]
				 : ""));
	}
    }

    set_condition (plan, "waiting", tact_analysis_waited_past_promise (analysis) == 1);
    set_condition (plan, "deadline", *(const char *) g_hash_table_lookup (plan->values,
									  "urgency.deadline"));
    set_condition (plan, "mirror", *(const char *) g_hash_table_lookup (plan->values,
									"struggle.mirror"));
    set_condition (plan, "complaint", complaint != NULL);
    set_condition (plan, "social", channel == TACT_CHANNEL_SOCIAL);

    /* The moves. */
    only_thanks = flag[TACT_FLAG_GRATITUDE] && ! flag[TACT_FLAG_STRUGGLE]
	&& ! flag[TACT_FLAG_FRUSTRATION] && ! flag[TACT_FLAG_QUESTION]
	&& ! flag[TACT_FLAG_FEATURE_REQUEST] && ! flag[TACT_FLAG_URGENCY]
	&& ! flag[TACT_FLAG_NEEDS_APOLOGY] && ! complaint;
    may_stay_open = flag[TACT_FLAG_STRUGGLE] || flag[TACT_FLAG_FRUSTRATION] || complaint
	|| flag[TACT_FLAG_URGENCY] || flag[TACT_FLAG_FEATURE_REQUEST]
	|| flag[TACT_FLAG_NEEDS_APOLOGY] || flag[TACT_FLAG_REPEAT_CONTACT];

    add_move (plan, TACT_MOVE_GREETING, g_strdup ("every reply opens by name"), NULL);
    /* A frustrated customer's feeling comes first, unless their own
     * words of what they tried can be mirrored. */
    if (flag[TACT_FLAG_FRUSTRATION] && ! holds (plan, "mirror"))
	add_move (plan, TACT_MOVE_ACKNOWLEDGE,
		  cue_reason ("the customer is frustrated", frustration), frustration);
    else if (flag[TACT_FLAG_STRUGGLE])
	add_move (plan, TACT_MOVE_ACKNOWLEDGE,
		  cue_reason (holds (plan, "mirror") ? "the customer struggled: mirror what they tried"
			      : "the customer struggled", struggle), struggle);
    else if (flag[TACT_FLAG_FRUSTRATION])
	add_move (plan, TACT_MOVE_ACKNOWLEDGE,
		  cue_reason ("the customer is frustrated", frustration), frustration);
    else if (holds (plan, "deadline"))
	add_move (plan, TACT_MOVE_ACKNOWLEDGE,
		  cue_reason ("the customer stated a deadline", deadline), deadline);
    else if (only_thanks)
	add_move (plan, TACT_MOVE_ACKNOWLEDGE,
		  cue_reason ("the customer wrote to thank", gratitude), gratitude);
    if (flag[TACT_FLAG_NEEDS_APOLOGY]) {
	if (holds (plan, "waiting")) {
	    g_autofree char *why = g_strdup_printf (
		"the customer has waited %.0f hours, past the %s promised on %s",
		floor (tact_analysis_get_hours_waiting (analysis)),
		(const char *) g_hash_table_lookup (plan->values, "followup.within"),
		tact_channel_name (channel));

	    add_move (plan, TACT_MOVE_APOLOGIZE, g_strdup (why), NULL);
	} else if (flag[TACT_FLAG_REPEAT_CONTACT])
	    add_move (plan, TACT_MOVE_APOLOGIZE,
		      cue_reason ("the customer has written about this before", repeat), repeat);
	else if (complaint)
	    add_move (plan, TACT_MOVE_APOLOGIZE,
		      cue_reason ("the customer has a complaint", complaint), complaint);
	else if (frustration)
	    add_move (plan, TACT_MOVE_APOLOGIZE,
		      cue_reason ("the customer is frustrated", frustration), frustration);
	else
	    add_move (plan, TACT_MOVE_APOLOGIZE,
		      cue_reason ("the customer struggled", struggle), struggle);
    }
    if (! only_thanks) {
	if (flag[TACT_FLAG_FEATURE_REQUEST] && flag[TACT_FLAG_URGENCY] && ! flag[TACT_FLAG_STRUGGLE])
	    add_move (plan, TACT_MOVE_SOLVE,
		      cue_reason ("a feature demanded urgently: ask about the need underneath",
				  feature), feature);
	else if (flag[TACT_FLAG_FEATURE_REQUEST] && ! flag[TACT_FLAG_STRUGGLE])
	    add_move (plan, TACT_MOVE_SOLVE, cue_reason ("a feature request", feature), feature);
	else if (flag[TACT_FLAG_QUESTION] && ! flag[TACT_FLAG_STRUGGLE])
	    add_move (plan, TACT_MOVE_SOLVE, cue_reason ("the customer asked", question), question);
	else
	    add_move (plan, TACT_MOVE_SOLVE,
		      cue_reason ("the customer needs the fix", struggle ? struggle : complaint),
		      struggle ? struggle : complaint);
	if (may_stay_open) {
	    g_autofree char *why = g_strdup_printf (
		"the issue may not be solved in this reply: an update within the %s promised "
		"on %s", (const char *) g_hash_table_lookup (plan->values, "followup.within"),
		tact_channel_name (channel));

	    add_move (plan, TACT_MOVE_FOLLOWUP, g_strdup (why), deadline ? deadline : urgency);
	}
    }
    add_move (plan, TACT_MOVE_SIGNOFF, g_strdup ("every reply closes with the agent's name"),
	      NULL);

    for (guint i = 0; i < plan->moves->len; i++) {
	tact_planned_move_t *planned = &g_array_index (plan->moves, tact_planned_move_t, i);

	planned->template_ = choose (templates, plan, planned->move, channel, language,
				     tact_message_get_id (answered_message));
	if (! planned->template_) {
	    tact_status_t status = tact_fail (
		error_message, TACT_STATUS_BAD_INPUT,
		"no template for the move %s fits register %s, channel %s and language %s: "
		"add one to a template folder (see tact-templates(5))",
		tact_move_name (planned->move), tact_register_name (plan->register_),
		tact_channel_name (channel), language);

	    g_array_free (facts.customer, TRUE);
	    return status;
	}
    }
    (void) flag;
    g_array_free (facts.customer, TRUE);
    return TACT_STATUS_SUCCESS;
}

void
tact_plan_clear (tact_plan_t *plan)
{
    if (plan->moves) {
	for (guint i = 0; i < plan->moves->len; i++) {
	    tact_planned_move_t *planned = &g_array_index (plan->moves, tact_planned_move_t, i);

	    g_free (planned->reason);
	    g_free (planned->evidence);
	}
	g_array_free (plan->moves, TRUE);
    }
    if (plan->values)
	g_hash_table_unref (plan->values);
    if (plan->conditions)
	g_hash_table_unref (plan->conditions);
    g_free (plan->followup);
    memset (plan, 0, sizeof *plan);
}
