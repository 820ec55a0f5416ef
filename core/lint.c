/* lint.c - the pipeline run backwards: read the reply an agent edited
 * and say what an empathetic reply lacks or should not contain.  Only
 * the agent's own text counts: from the end of the headers (when there
 * are any) to the first quoted line, attribution or signature.  The
 * phrases are data (templates/lexicon/lint.lex, layered like the cue
 * lexicon); the customer-dependent rules read the thread's analysis;
 * slang and shouting come from the cue detector itself, so that what
 * counts as casual in a customer's mail counts in the agent's too. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/cues.h"
#include "core/lexicon.h"
#include "core/plan.h"
#include "core/status.h"
#include "core/templates.h"

/* The rules; the order of the table is the order of tact_lint_rule_ids. */
enum {
    RULE_BLAME,
    RULE_MINIMIZING,
    RULE_SELF_BLAME,
    RULE_UNFILLED,
    RULE_NO_ACKNOWLEDGEMENT,
    RULE_NO_APOLOGY,
    RULE_HOLLOW_APOLOGY,
    RULE_NONFLUENT_SLANG,
    RULE_NONFLUENT_IDIOM,
    RULE_NONFLUENT_CONTRACTION,
    RULE_FORMAL_SLANG,
    RULE_FOLLOWUP_NO_TIME,
    RULE_FOLLOWUP_LATE,
    RULE_SPELLING,
    RULE_SHOUTING,
    RULE_EXCLAMATIONS,
    RULE_COUNT
};

static const char *const rule_ids[] = {
    "blame", "minimizing", "self-blame", "unfilled", "no-acknowledgement", "no-apology",
    "hollow-apology", "nonfluent-slang", "nonfluent-idiom", "nonfluent-contraction",
    "formal-slang", "followup-no-time", "followup-late", "spelling", "shouting",
    "exclamations", NULL,
};

static const tact_severity_t severity_of[RULE_COUNT] = {
    [RULE_BLAME] = TACT_SEVERITY_ERROR,
    [RULE_MINIMIZING] = TACT_SEVERITY_WARNING,
    [RULE_SELF_BLAME] = TACT_SEVERITY_WARNING,
    [RULE_UNFILLED] = TACT_SEVERITY_ERROR,
    [RULE_NO_ACKNOWLEDGEMENT] = TACT_SEVERITY_WARNING,
    [RULE_NO_APOLOGY] = TACT_SEVERITY_WARNING,
    [RULE_HOLLOW_APOLOGY] = TACT_SEVERITY_WARNING,
    [RULE_NONFLUENT_SLANG] = TACT_SEVERITY_WARNING,
    [RULE_NONFLUENT_IDIOM] = TACT_SEVERITY_WARNING,
    [RULE_NONFLUENT_CONTRACTION] = TACT_SEVERITY_WARNING,
    [RULE_FORMAL_SLANG] = TACT_SEVERITY_WARNING,
    [RULE_FOLLOWUP_NO_TIME] = TACT_SEVERITY_WARNING,
    [RULE_FOLLOWUP_LATE] = TACT_SEVERITY_WARNING,
    [RULE_SPELLING] = TACT_SEVERITY_WARNING,
    [RULE_SHOUTING] = TACT_SEVERITY_WARNING,
    [RULE_EXCLAMATIONS] = TACT_SEVERITY_WARNING,
};

const char *const *
tact_lint_rule_ids (void)
{
    return rule_ids;
}

const char *
tact_severity_name (tact_severity_t severity)
{
    switch (severity) {
    case TACT_SEVERITY_ERROR:
	return "error";
    case TACT_SEVERITY_WARNING:
	return "warning";
    default:
	return NULL;
    }
}

typedef struct finding {
    size_t offset;		/* in the text as given */
    unsigned line, column;
    int rule;
    char *message;
    char *suggestion;
    char *text;
} finding_t;

struct tact_lint {
    GArray *findings;		/* finding_t, by offset */
};

/* What one run of the lint works with. */
typedef struct lint_run {
    const char *text;		/* the whole text */
    char *flat;			/* the same with line breaks as spaces, so
				 * that a phrase wrapped over two lines is
				 * found (offsets are the text's) */
    size_t from, to;		/* the agent's own part */
    gboolean off[RULE_COUNT];
    GArray *findings;
    const tact_lexicon_t *lexicon;
    GArray *quoted;		/* size_t pairs: spans in quotation marks */
    GArray *slang;		/* size_t pairs: casual words ("lol", "thx")
				 * that the register rules judge, not the
				 * dictionary */
} lint_run_t;

static void
add_finding (lint_run_t *run, int rule, size_t offset, size_t end, char *message,
	     char *suggestion)
{
    finding_t finding = { 0 };

    if (run->off[rule]) {
	g_free (message);
	g_free (suggestion);
	return;
    }
    /* One finding per place and rule: two patterns of a section that
     * match the same words ("you must have" and "you must have entered")
     * are one problem. */
    for (guint f = 0; f < run->findings->len; f++) {
	const finding_t *other = &g_array_index (run->findings, finding_t, f);
	size_t other_end = other->offset + strlen (other->text);

	if (other->rule == rule && (other->offset == offset
				    || (offset < other_end && other->offset < end))) {
	    g_free (message);
	    g_free (suggestion);
	    return;
	}
    }
    finding.offset = offset;
    finding.rule = rule;
    finding.message = message;
    finding.suggestion = suggestion ? suggestion : g_strdup ("");
    finding.text = g_strndup (run->text + offset, end - offset);
    g_array_append_val (run->findings, finding);
}

/* ---- where the agent's text is ---- */

static gboolean
is_header_line (const char *line, size_t length)
{
    size_t i = 0;

    while (i < length && line[i] > 32 && line[i] < 127 && line[i] != ':')
	i++;
    return i > 0 && i < length && line[i] == ':';
}

/* The end of the header block, when text starts with one: the offset
 * after its blank line; else 0. */
static size_t
body_start (const char *text, size_t length)
{
    size_t at = 0;
    gboolean any = FALSE;

    while (at < length) {
	const char *newline = memchr (text + at, '\n', length - at);
	size_t end = newline ? (size_t) (newline - text) : length;

	if (end == at)
	    return any ? at + 1 : 0;
	if (is_header_line (text + at, end - at))
	    any = TRUE;
	else if (! (any && (text[at] == ' ' || text[at] == '\t')))
	    return 0;
	at = end + 1;
    }
    return 0;
}

/* Where the agent's text ends: the first quoted line, attribution,
 * forwarded or Outlook header block, or signature delimiter. */
static size_t
agent_end (const char *text, size_t from, size_t length, const tact_lexicon_t *quoting)
{
    static const char *const sections[] = {
	"quote-start", "attribution", "header-block-start", "signature-delimiter", NULL,
    };
    size_t at = from;

    while (at < length) {
	const char *newline = memchr (text + at, '\n', length - at);
	size_t end = newline ? (size_t) (newline - text) : length;
	g_autofree char *line = g_strndup (text + at, end - at);

	if (line[0] == '>')
	    return at;
	for (int s = 0; quoting && sections[s]; s++)
	    if (tact_lexicon_match (quoting, sections[s], line, FALSE))
		return at;
	at = end + 1;
    }
    return length;
}

/* Whether byte c may be part of a word (non-ASCII letters included). */
static gboolean
word_byte (char c)
{
    return g_ascii_isalnum (c) || (c & 0x80);
}

/* Spans in quotation marks within a paragraph (a quote may wrap): the
 * customer's own words, which the agent may quote ("you said 'you
 * should have told me'").  Double marks (" and the curly ones) always
 * quote; a single mark (' and the curly ones) opens a quote when a word
 * or a sign follows it and none comes before, closes one after a word
 * or a sign, and between two letters it is an apostrophe ("don't"). */
static GArray *
quoted_spans (const char *text, size_t from, size_t to)
{
    GArray *spans = g_array_new (FALSE, FALSE, sizeof (size_t));
    size_t open = 0, open_single = 0;
    gboolean inside = FALSE, inside_single = FALSE;

    for (size_t i = from; i < to; i++) {
	gboolean mark = text[i] == '"', single = text[i] == '\'';
	size_t width = 1;

	if ((guchar) text[i] == 0xe2 && i + 2 < to && (guchar) text[i + 1] == 0x80
	    && ((guchar) text[i + 2] == 0x9c || (guchar) text[i + 2] == 0x9d)) {
	    mark = TRUE;
	    width = 3;
	}
	if ((guchar) text[i] == 0xe2 && i + 2 < to && (guchar) text[i + 1] == 0x80
	    && ((guchar) text[i + 2] == 0x98 || (guchar) text[i + 2] == 0x99)) {
	    single = TRUE;
	    width = 3;
	}
	if (text[i] == '\n' && i + 1 < to && text[i + 1] == '\n')
	    inside = inside_single = FALSE;
	if (mark) {
	    if (inside) {
		size_t end = i + width;

		g_array_append_val (spans, open);
		g_array_append_val (spans, end);
	    } else {
		open = i;
	    }
	    inside = ! inside;
	} else if (single) {
	    gboolean after_word = i > from && word_byte (text[i - 1]);
	    gboolean after_space = i == from || g_ascii_isspace (text[i - 1]);
	    gboolean before_word = i + width < to && word_byte (text[i + width]);
	    gboolean before_space = i + width >= to || g_ascii_isspace (text[i + width]);

	    if (inside_single && ! after_space && ! before_word) {
		size_t end = i + width;

		g_array_append_val (spans, open_single);
		g_array_append_val (spans, end);
		inside_single = FALSE;
	    } else if (! inside_single && ! after_word && ! before_space) {
		open_single = i;
		inside_single = TRUE;
	    }
	}
	i += width - 1;
    }
    return spans;
}

static gboolean
in_spans (const GArray *spans, size_t start, size_t end)
{
    for (guint i = 0; i + 1 < spans->len; i += 2)
	if (start >= g_array_index (spans, size_t, i)
	    && end <= g_array_index (spans, size_t, i + 1))
	    return TRUE;
    return FALSE;
}

static gboolean
in_quotes (const lint_run_t *run, size_t start, size_t end)
{
    return in_spans (run->quoted, start, end);
}

/* ---- matching a section ---- */

typedef void (*on_match_t) (lint_run_t *run, const tact_rule_t *rule, size_t start, size_t end,
			    gpointer data);

/* Every match of a section's rules in the agent's text, outside
 * quotation marks, each passed to on_match; returns their number. */
static size_t
each_match (lint_run_t *run, const char *section, on_match_t on_match, gpointer data)
{
    const GPtrArray *rules = tact_lexicon_section (run->lexicon, section);
    const char *part = run->flat + run->from;
    size_t length = run->to - run->from, count = 0;

    for (guint r = 0; r < rules->len; r++) {
	const tact_rule_t *rule = rules->pdata[r];
	size_t offset = 0, start, end;

	while (offset <= length
	       && tact_rule_find (rule, part, length, offset, FALSE, FALSE, &start, &end)) {
	    if (! in_quotes (run, run->from + start, run->from + end)) {
		if (on_match)
		    on_match (run, rule, run->from + start, run->from + end, data);
		count++;
	    }
	    offset = end > start ? end : start + 1;
	}
    }
    return count;
}

/* A matched phrase as written, for messages: on one line, however the
 * reply wraps it. */
static char *
words_at (const lint_run_t *run, size_t start, size_t end)
{
    GString *words = g_string_sized_new (end - start);

    for (size_t i = start; i < end; i++) {
	if (g_ascii_isspace (run->text[i])) {
	    if (words->len && words->str[words->len - 1] != ' ')
		g_string_append_c (words, ' ');
	} else {
	    g_string_append_c (words, run->text[i]);
	}
    }
    return g_string_free (words, FALSE);
}

static void
on_blame (lint_run_t *run, const tact_rule_t *rule, size_t start, size_t end, gpointer data)
{
    g_autofree char *words = words_at (run, start, end);
    const char *suggestion;

    (void) data;
    if (! strcmp (rule->name, "as-i-said") || ! strcmp (rule->name, "per-my")
	|| ! strcmp (rule->name, "as-mentioned"))
	suggestion = "say it again kindly: \"To recap, ...\"";
    else if (! strcmp (rule->name, "calm-down"))
	suggestion = "name the feeling instead: \"I understand how frustrating this is.\"";
    else if (! strcmp (rule->name, "obviously"))
	suggestion = "leave it out";
    else
	suggestion = "describe what to do next, not what they did: \"Next time, you can ...\"";
    add_finding (run, RULE_BLAME, start, end,
		 g_strdup_printf ("\"%s\" puts the blame on the customer", words),
		 g_strdup (suggestion));
}

static void
on_minimizing (lint_run_t *run, const tact_rule_t *rule, size_t start, size_t end,
	       gpointer data)
{
    g_autofree char *words = words_at (run, start, end);
    const char *space = strchr (words, ' ');
    char *suggestion;

    (void) data;
    if (g_str_has_prefix (rule->name, "just") || g_str_has_prefix (rule->name, "simply"))
	suggestion = g_strdup_printf ("\"%s\"", space ? space + 1 : words);
    else
	suggestion = g_strdup ("leave it out: what is easy for us may not be for them");
    add_finding (run, RULE_MINIMIZING, start, end,
		 g_strdup_printf ("\"%s\" makes the customer's trouble sound trivial", words),
		 suggestion);
}

static void
on_self_blame (lint_run_t *run, const tact_rule_t *rule, size_t start, size_t end,
	       gpointer data)
{
    g_autofree char *words = words_at (run, start, end);

    (void) rule;
    (void) data;
    add_finding (run, RULE_SELF_BLAME, start, end,
		 g_strdup_printf ("\"%s\" takes the blame: apologize without it", words),
		 g_strdup ("\"I'm sorry this happened, and here is what I've done about it.\""));
}

static void
on_unfilled (lint_run_t *run, const tact_rule_t *rule, size_t start, size_t end, gpointer data)
{
    g_autofree char *words = words_at (run, start, end);

    (void) data;
    add_finding (run, RULE_UNFILLED, start, end,
		 g_strdup_printf (! strcmp (rule->name, "slot") ? "the slot %s is not filled in"
				  : "the placeholder %s is still there", words),
		 g_strdup (! strcmp (rule->name, "slot") ? "write the fix in its place"
			   : "replace it with what the customer should read"));
}

static void
on_hollow (lint_run_t *run, const tact_rule_t *rule, size_t start, size_t end, gpointer data)
{
    g_autofree char *words = words_at (run, start, end);

    (void) rule;
    (*(size_t *) data)++;
    add_finding (run, RULE_HOLLOW_APOLOGY, start, end,
		 g_strdup_printf ("\"%s\" is a hollow apology", words),
		 g_strdup ("say what you are sorry for: \"I'm sorry the export kept failing.\""));
}

static void
on_idiom (lint_run_t *run, const tact_rule_t *rule, size_t start, size_t end, gpointer data)
{
    g_autofree char *words = words_at (run, start, end);

    (void) rule;
    (void) data;
    add_finding (run, RULE_NONFLUENT_IDIOM, start, end,
		 g_strdup_printf ("\"%s\" is an idiom a second-language reader may not know",
				  words),
		 g_strdup ("say it in plain words"));
}

static void
on_contraction (lint_run_t *run, const tact_rule_t *rule, size_t start, size_t end,
		gpointer data)
{
    g_autofree char *words = words_at (run, start, end);
    const char *spelled = tact_plan_spelled_out (words);

    (void) rule;
    (void) data;
    add_finding (run, RULE_NONFLUENT_CONTRACTION, start, end,
		 g_strdup_printf ("\"%s\": a second-language reader reads it more easily "
				  "spelled out", words),
		 spelled ? g_strdup_printf ("\"%s\"", spelled) : NULL);
}

static void
on_exclamation (lint_run_t *run, const tact_rule_t *rule, size_t start, size_t end,
		gpointer data)
{
    (void) rule;
    (void) data;
    add_finding (run, RULE_EXCLAMATIONS, start, end,
		 g_strdup ("a pile of exclamation points reads as shouting"),
		 g_strdup ("one is enough"));
}

static void
on_span (lint_run_t *run, const tact_rule_t *rule, size_t start, size_t end, gpointer data)
{
    GArray *spans = data;

    (void) run;
    (void) rule;
    g_array_append_val (spans, start);
    g_array_append_val (spans, end);
}

/* ---- follow-up promises ---- */

static const char *const weekdays[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

/* Whether the character at i ends a sentence: a full stop, question or
 * exclamation mark before a space or the end (the dots inside "p.m."
 * or "example.com" do not). */
static gboolean
ends_sentence (const lint_run_t *run, size_t i)
{
    return strchr (".!?", run->text[i])
	&& (i + 1 >= run->to || g_ascii_isspace (run->text[i + 1]));
}

/* The sentence around [start, end). */
static void
sentence_around (const lint_run_t *run, size_t start, size_t end, size_t *from, size_t *to)
{
    size_t i = start;

    while (i > run->from && ! ends_sentence (run, i - 1)
	   && ! (run->text[i - 1] == '\n' && i >= 2 && run->text[i - 2] == '\n'))
	i--;
    *from = i;
    i = end;
    while (i < run->to && ! ends_sentence (run, i)
	   && ! (run->text[i] == '\n' && i + 1 < run->to && run->text[i + 1] == '\n'))
	i++;
    /* with its full stop, which may be a time's ("by 5 p.m.") */
    *to = i < run->to && ends_sentence (run, i) ? i + 1 : i;
}

/* "3 pm", "10:30", "noon" -> minutes after midnight; -1 if none. */
static int
clock_in (const char *words)
{
    g_autoptr (GRegex) re = g_regex_new ("(\\d{1,2})(?::(\\d\\d))? ?(am|pm|a\\.m\\.|p\\.m\\.)?",
					 G_REGEX_CASELESS, 0, NULL);
    g_autoptr (GMatchInfo) match = NULL;

    if (strstr (words, "noon") || strstr (words, "midday"))
	return 12 * 60;
    if (strstr (words, "midnight"))
	return 24 * 60 - 1;
    if (g_regex_match (re, words, 0, &match)) {
	g_autofree char *h = g_match_info_fetch (match, 1);
	g_autofree char *m = g_match_info_fetch (match, 2);
	g_autofree char *ampm = g_match_info_fetch (match, 3);
	int hour = atoi (h), minute = m && *m ? atoi (m) : 0;

	if (ampm && (ampm[0] == 'p' || ampm[0] == 'P') && hour < 12)
	    hour += 12;
	if (ampm && (ampm[0] == 'a' || ampm[0] == 'A') && hour == 12)
	    hour = 0;
	if (hour <= 24 && minute < 60)
	    return hour * 60 + minute;
    }
    return -1;
}

/* How many hours a duration ("within 2 hours", "in a day") holds. */
static double
duration_hours (const char *words)
{
    static const char *const small[] = {
	"an", "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    };
    double n = -1;
    g_auto (GStrv) parts = g_strsplit_set (words, " ", -1);

    for (int i = 0; parts[i]; i++) {
	if (g_ascii_isdigit (parts[i][0]))
	    n = g_ascii_strtod (parts[i], NULL);
	for (size_t s = 0; n < 0 && s < G_N_ELEMENTS (small); s++)
	    if (! g_ascii_strcasecmp (parts[i], small[s]))
		n = s < 2 ? 1 : (double) (s - 1);
	if (! g_ascii_strcasecmp (parts[i], "twelve"))
	    n = 12;
	if (! g_ascii_strcasecmp (parts[i], "twenty-four"))
	    n = 24;
	if (! g_ascii_strcasecmp (parts[i], "half"))
	    n = 0.5;
	if (! g_ascii_strcasecmp (parts[i], "couple"))
	    n = 2;
	if (! g_ascii_strcasecmp (parts[i], "few"))
	    n = 3;
	if (n >= 0 && parts[i + 1]) {
	    const char *unit = parts[i + 1];

	    if (! g_ascii_strncasecmp (unit, "of", 2) && parts[i + 2])
		unit = parts[i + 2];
	    if (! g_ascii_strncasecmp (unit, "min", 3))
		return n / 60;
	    if (! g_ascii_strncasecmp (unit, "h", 1))
		return n;
	    if (! g_ascii_strncasecmp (unit, "business", 8) || ! g_ascii_strncasecmp (unit, "working", 7)
		|| ! g_ascii_strncasecmp (unit, "day", 3))
		return n * 24;
	    if (! g_ascii_strncasecmp (unit, "week", 4))
		return n * 24 * 7;
	}
    }
    return -1;
}

typedef struct followup_check {
    double promise_hours;
    const tact_draft_options_t *hours;
    time_t now;
} followup_check_t;

/* Whether the time stated in words (a [followup-time] match) comes after
 * the promised deadline. */
static gboolean
stated_is_late (const char *words, const followup_check_t *check, GDateTime *deadline)
{
    g_autofree char *lower = g_ascii_strdown (words, -1);
    double hours = duration_hours (lower);
    int days = -1, minute = clock_in (lower);
    GDateTime *now_local, *day, *stated;
    GTimeZone *zone;
    gboolean late;

    if (g_regex_match_simple ("^(within|in) ", lower, 0, 0))
	return hours > check->promise_hours + 1e-9;
    if (strstr (lower, "next week"))
	return check->promise_hours < 24 * 7;
    if (strstr (lower, "today") || strstr (lower, "tonight") || strstr (lower, "this ")
	|| strstr (lower, "end of the day") || strstr (lower, "end of day") || strstr (lower, "eod")
	|| strstr (lower, "close of business") || strstr (lower, "cob"))
	days = 0;
    if (strstr (lower, "tomorrow"))
	days = 1;
    zone = tact_plan_zone (check->hours);
    {
	GDateTime *utc = g_date_time_new_from_unix_utc (check->now);

	now_local = g_date_time_to_timezone (utc, zone);
	g_date_time_unref (utc);
    }
    for (int d = 0; days < 0 && d < 7; d++)
	if (strstr (lower, weekdays[d]))
	    days = (d - (g_date_time_get_day_of_week (now_local) - 1) + 7) % 7;
    if (days < 0)
	days = 0;	/* a bare clock time: today */
    if (minute < 0) {
	/* a day without a time: its end of business; this morning: noon */
	minute = strstr (lower, "morning") ? 12 * 60 : strstr (lower, "tonight")
	    ? 23 * 60 + 59 : check->hours->closes;
    }
    day = g_date_time_add_days (now_local, days);
    stated = g_date_time_new (zone, g_date_time_get_year (day), g_date_time_get_month (day),
			      g_date_time_get_day_of_month (day), minute / 60 % 24, minute % 60, 0);
    late = stated && g_date_time_compare (stated, deadline) > 0;
    if (stated)
	g_date_time_unref (stated);
    g_date_time_unref (day);
    g_date_time_unref (now_local);
    g_time_zone_unref (zone);
    return late;
}

static void
check_followups (lint_run_t *run, const followup_check_t *check)
{
    g_autoptr (GArray) promises = g_array_new (FALSE, FALSE, sizeof (size_t));
    g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (size_t));
    GDateTime *deadline = tact_plan_followup_deadline (check->now, check->promise_hours,
						       check->hours);
    g_autofree char *when = tact_plan_due_words (check->now, deadline, check->hours);

    each_match (run, "followup-promise", on_span, promises);
    each_match (run, "followup-time", on_span, times);
    for (guint p = 0; p + 1 < promises->len; p += 2) {
	size_t start = g_array_index (promises, size_t, p), end = g_array_index (promises, size_t,
										    p + 1);
	size_t from, to;
	gboolean timed = FALSE, late = FALSE;
	g_autofree char *words = words_at (run, start, end);

	sentence_around (run, start, end, &from, &to);
	{
	    /* The time may come in parts ("by 3 pm" ... "tomorrow"): read
	     * them together, from the first to the last; times after the
	     * promise first, since one before it is often the customer's
	     * deadline ("Since you need this by Friday, I'll ..."). */
	    size_t first = to, last = from;

	    for (int pass = 0; pass < 2 && ! timed; pass++)
		for (guint t = 0; t + 1 < times->len; t += 2) {
		    size_t ts = g_array_index (times, size_t, t);
		    size_t te = g_array_index (times, size_t, t + 1);

		    if (ts >= (pass == 0 ? start : from) && te <= to) {
			timed = TRUE;
			first = MIN (first, ts);
			last = MAX (last, te);
		    }
		}
	    if (timed) {
		g_autofree char *stated = words_at (run, first, last);

		late = stated_is_late (stated, check, deadline);
	    }
	}
	if (! timed)
	    add_finding (run, RULE_FOLLOWUP_NO_TIME, start, end,
			 g_strdup_printf ("\"%s\" promises a follow-up without saying when", words),
			 g_strdup_printf ("say when: \"%s %s\"", words, when));
	else if (late)
	    add_finding (run, RULE_FOLLOWUP_LATE, start, end,
			 g_strdup_printf ("the follow-up comes later than the %g hours promised",
					  check->promise_hours),
			 g_strdup_printf ("promise it %s", when));
    }
    g_date_time_unref (deadline);
}

/* ---- spelling ---- */

static void
check_spelling (lint_run_t *run, const tact_lint_options_t *options, const tact_thread_t *thread)
{
    tact_speller_t *speller = tact_speller_new (options->dictionary);
    const char *text = run->text;
    size_t i = run->from, start, end;
    gboolean lower_first;

    if (tact_speller_check (speller, "reply") < 0) {
	tact_speller_free (speller);
	return;
    }
    tact_speller_add_word_lists (speller, options->lexicon_dirs);
    /* Names in the thread are words too. */
    for (size_t m = 0; thread && m < tact_thread_count_messages (thread); m++) {
	const char *name = tact_message_get_from_name (tact_thread_get_message (thread, m));
	g_auto (GStrv) parts = g_strsplit_set (name ? name : "", " ,\"", -1);

	for (int p = 0; parts[p]; p++)
	    if (*parts[p])
		tact_speller_add_word (speller, parts[p]);
    }
    while (tact_fluency_next_word (text, run->to, &i, &start, &end, &lower_first)) {
	g_autofree char *word = NULL;
	g_autofree char *lower = NULL;

	if (in_quotes (run, start, end) || in_spans (run->slang, start, end))
	    continue;
	word = g_strndup (text + start, end - start);
	lower = g_ascii_strdown (word, -1);
	if (tact_speller_check (speller, word) != 1
	    && ! (lower_first && tact_speller_check (speller, lower) == 1)) {
	    g_autofree char *suggestions = tact_speller_suggest (speller, word);

	    add_finding (run, RULE_SPELLING, start, end,
			 g_strdup_printf ("\"%s\" is not in the dictionary", word),
			 suggestions ? g_strdup_printf ("did you mean %s?", suggestions) : NULL);
	}
    }
    tact_speller_free (speller);
}

/* ---- shouting ---- */

/* Whether a cue of the detector is shouting: capitals ("NOT", "DO NOT",
 * "PLEASE"), unless they are part of code such as %APPDATA% or $HOME. */
static gboolean
is_shouting (const lint_run_t *run, const struct tact_cue *cue, size_t start, size_t stop)
{
    size_t letters = 0;

    if (cue->kind != TACT_FLAG_FRUSTRATION)
	return FALSE;
    for (const char *c = cue->text; *c; c++) {
	if (g_ascii_islower (*c))
	    return FALSE;
	letters += g_ascii_isupper (*c) != 0;
    }
    if (letters < 2)
	return FALSE;
    if (start > 0 && strchr ("%$\\/_=<{", run->text[start - 1]))
	return FALSE;
    if (stop < run->to && run->text[stop] && strchr ("%\\/_=>}", run->text[stop]))
	return FALSE;
    return TRUE;
}

/* ---- the lint ---- */

static gint
by_offset (gconstpointer a, gconstpointer b)
{
    const finding_t *x = a, *y = b;

    if (x->offset != y->offset)
	return x->offset < y->offset ? -1 : 1;
    return x->rule - y->rule;
}

/* The first line of the agent's text that has words: where a missing
 * acknowledgement or apology is reported. */
static size_t
first_words (const lint_run_t *run)
{
    size_t at = run->from;

    while (at < run->to && g_ascii_isspace (run->text[at]))
	at++;
    return at < run->to ? at : run->from;
}

tact_status_t
tact_lint_reply (tact_lint_t **out, const char *text, size_t length,
		 const tact_thread_t *thread, const tact_analysis_t *analysis,
		 const tact_lint_options_t *options, char **error_message)
{
    tact_lint_options_t defaults = TACT_LINT_OPTIONS_INIT;
    tact_draft_options_t default_hours = TACT_DRAFT_OPTIONS_INIT;
    tact_lexicon_t *lexicon = NULL, *quoting = NULL;
    tact_detector_t *detector = NULL;
    lint_run_t run = { 0 };
    tact_status_t status;
    tact_lint_t *lint;
    const char *end;

    *out = NULL;
    if (! options)
	options = &defaults;
    if (options->version != TACT_LINT_OPTIONS_VERSION)
	return tact_fail (error_message, TACT_STATUS_BAD_INPUT,
			  "lint options of version %d: this libtact knows version %d",
			  options->version, TACT_LINT_OPTIONS_VERSION);
    if (! g_utf8_validate (text, (gssize) length, &end) || memchr (text, '\0', length)) {
	size_t at = memchr (text, '\0', length) ? (size_t) ((const char *) memchr (text, '\0',
									       length) - text)
	    : (size_t) (end - text);
	unsigned line = 1;

	for (size_t i = 0; i < at; i++)
	    line += text[i] == '\n';
	return tact_fail (error_message, TACT_STATUS_BAD_INPUT,
			  "line %u is not UTF-8 text: save the reply as UTF-8", line);
    }
    for (int i = 0; options->off && options->off[i]; i++) {
	if (! g_strv_contains (rule_ids, options->off[i]))
	    return tact_fail (error_message, TACT_STATUS_BAD_INPUT,
			      "no lint rule is called '%s' (the rules: see tact(1))",
			      options->off[i]);
	for (int r = 0; r < RULE_COUNT; r++)
	    if (! strcmp (rule_ids[r], options->off[i]))
		run.off[r] = TRUE;
    }
    status = tact_lexicon_load_layers (&lexicon, "lint.lex", options->lexicon_dirs, error_message);
    if (! status)
	status = tact_lexicon_load_builtin (&quoting, "quoting.lex", error_message);
    if (! status)
	status = tact_detector_new (&detector, options->lexicon_dirs, error_message);
    if (status) {
	tact_lexicon_free (lexicon);
	tact_lexicon_free (quoting);
	return status;
    }

    run.text = text;
    run.flat = g_strndup (text, length);
    g_strdelimit (run.flat, "\n", ' ');
    run.from = body_start (text, length);
    run.to = agent_end (text, run.from, length, quoting);
    run.lexicon = lexicon;
    run.findings = g_array_new (FALSE, TRUE, sizeof (finding_t));
    run.quoted = quoted_spans (text, run.from, run.to);
    run.slang = g_array_new (FALSE, FALSE, sizeof (size_t));

    /* Rules for every reply. */
    each_match (&run, "blame", on_blame, NULL);
    each_match (&run, "minimizing", on_minimizing, NULL);
    each_match (&run, "self-blame", on_self_blame, NULL);
    each_match (&run, "unfilled", on_unfilled, NULL);
    each_match (&run, "exclamation", on_exclamation, NULL);

    /* Shouting and slang, as the cue detector sees them. */
    {
	g_autoptr (GArray) cues = g_array_new (FALSE, TRUE, sizeof (struct tact_cue));
	tact_register_t register_ = analysis ? tact_analysis_get_register (analysis)
	    : TACT_REGISTER_NEUTRAL;

	tact_detector_find (detector, text + run.from, run.to - run.from, FALSE, cues);
	for (guint c = 0; c < cues->len; c++) {
	    struct tact_cue *cue = &g_array_index (cues, struct tact_cue, c);
	    size_t start = run.from + cue->start, stop = run.from + cue->end;

	    if (cue->kind == TACT_FLAG_CASUAL && register_ != TACT_REGISTER_NEUTRAL) {
		/* welcome to a casual customer, slang to a formal or a
		 * second-language one: either way not a misspelling */
		g_array_append_val (run.slang, start);
		g_array_append_val (run.slang, stop);
	    }
	    if (in_quotes (&run, start, stop)) {
		/* the customer's words */
	    } else if (is_shouting (&run, cue, start, stop)) {
		add_finding (&run, RULE_SHOUTING, start, stop,
			     g_strdup_printf ("\"%s\" in capitals reads as shouting", cue->text),
			     g_strdup ("write it in lower case; use a word like \"important\" "
				       "for emphasis"));
	    } else if (cue->kind == TACT_FLAG_CASUAL && register_ == TACT_REGISTER_PLAIN
		       && ! g_str_has_prefix (cue->rule, "casual/friendly-bang")) {
		/* (a "Thank you!" is plain English, not slang) */
		add_finding (&run, RULE_NONFLUENT_SLANG, start, stop,
			     g_strdup_printf ("\"%s\" is slang a second-language reader may "
					      "not know", cue->text),
			     g_strdup ("leave it out, or say it in plain words"));
	    } else if (cue->kind == TACT_FLAG_CASUAL && register_ == TACT_REGISTER_FORMAL
		       && ! g_str_has_prefix (cue->rule, "casual/friendly-bang")) {
		add_finding (&run, RULE_FORMAL_SLANG, start, stop,
			     g_strdup_printf ("\"%s\" is casual for a customer who wrote formally",
					      cue->text),
			     g_strdup ("leave it out"));
	    }
	    tact_cue_clear (cue);
	}
    }

    /* Rules that depend on the customer. */
    if (analysis) {
	gboolean struggled = tact_analysis_get_thread_flag (analysis, TACT_FLAG_STRUGGLE) == 1;
	gboolean frustrated = tact_analysis_get_thread_flag (analysis, TACT_FLAG_FRUSTRATION) == 1;
	gboolean apology_due = tact_analysis_get_thread_flag (analysis,
							      TACT_FLAG_NEEDS_APOLOGY) == 1;
	size_t hollow = 0, apologies;

	each_match (&run, "hollow-apology", on_hollow, &hollow);
	if ((struggled || frustrated) && ! each_match (&run, "acknowledgement", NULL, NULL)) {
	    size_t at = first_words (&run);

	    add_finding (&run, RULE_NO_ACKNOWLEDGEMENT, at, at,
			 g_strdup_printf ("the customer %s, and the reply does not acknowledge it",
					  struggled ? "struggled" : "is frustrated"),
			 g_strdup ("before the fix, say what they went through: \"I can see you "
				   "tried to ...\""));
	}
	apologies = each_match (&run, "apology", NULL, NULL);
	if (apology_due && apologies <= hollow) {
	    size_t at = first_words (&run);

	    add_finding (&run, RULE_NO_APOLOGY, at, at,
			 g_strdup (hollow ? "an apology is due, and the reply has only a hollow one"
				   : "an apology is due (a struggle, frustration, a complaint, "
				   "a long wait or a repeat contact), and the reply has none"),
			 g_strdup ("apologize for their experience, without blame: \"I'm sorry "
				   "this has been so frustrating.\""));
	}
	if (tact_analysis_get_register (analysis) == TACT_REGISTER_PLAIN) {
	    each_match (&run, "idiom", on_idiom, NULL);
	    each_match (&run, "contraction", on_contraction, NULL);
	}
    } else {
	size_t hollow = 0;

	each_match (&run, "hollow-apology", on_hollow, &hollow);
    }
    {
	const tact_draft_options_t *hours = options->hours ? options->hours : &default_hours;
	followup_check_t check = {
	    analysis ? tact_analysis_get_promise_hours (analysis) : 6.0, hours,
	    hours->now ? hours->now : time (NULL),
	};

	if (check.promise_hours <= 0)
	    check.promise_hours = 6.0;
	check_followups (&run, &check);
    }
    if (options->dictionary && ! run.off[RULE_SPELLING])
	check_spelling (&run, options, thread);

    /* Positions as people count them. */
    g_array_sort (run.findings, by_offset);
    {
	unsigned line = 1, column = 1;
	size_t at = 0;

	for (guint f = 0; f < run.findings->len; f++) {
	    finding_t *finding = &g_array_index (run.findings, finding_t, f);

	    for (; at < finding->offset; at++) {
		if (text[at] == '\n') {
		    line++;
		    column = 1;
		} else if (((guchar) text[at] & 0xc0) != 0x80) {
		    column++;
		}
	    }
	    finding->line = line;
	    finding->column = column;
	}
    }

    lint = g_new0 (tact_lint_t, 1);
    lint->findings = run.findings;
    g_array_free (run.quoted, TRUE);
    g_array_free (run.slang, TRUE);
    g_free (run.flat);
    tact_detector_free (detector);
    tact_lexicon_free (lexicon);
    tact_lexicon_free (quoting);
    *out = lint;
    return TACT_STATUS_SUCCESS;
}

void
tact_lint_free (tact_lint_t *lint)
{
    if (! lint)
	return;
    for (guint f = 0; f < lint->findings->len; f++) {
	finding_t *finding = &g_array_index (lint->findings, finding_t, f);

	g_free (finding->message);
	g_free (finding->suggestion);
	g_free (finding->text);
    }
    g_array_free (lint->findings, TRUE);
    g_free (lint);
}

size_t
tact_lint_count (const tact_lint_t *lint)
{
    return lint->findings->len;
}

static const finding_t *
finding_at (const tact_lint_t *lint, size_t index)
{
    return index < lint->findings->len ? &g_array_index (lint->findings, finding_t, index) : NULL;
}

unsigned
tact_lint_get_line (const tact_lint_t *lint, size_t index)
{
    const finding_t *f = finding_at (lint, index);

    return f ? f->line : 0;
}

unsigned
tact_lint_get_column (const tact_lint_t *lint, size_t index)
{
    const finding_t *f = finding_at (lint, index);

    return f ? f->column : 0;
}

const char *
tact_lint_get_rule (const tact_lint_t *lint, size_t index)
{
    const finding_t *f = finding_at (lint, index);

    return f ? rule_ids[f->rule] : NULL;
}

tact_severity_t
tact_lint_get_severity (const tact_lint_t *lint, size_t index)
{
    const finding_t *f = finding_at (lint, index);

    return f ? severity_of[f->rule] : TACT_SEVERITY_LAST_SEVERITY;
}

const char *
tact_lint_get_message (const tact_lint_t *lint, size_t index)
{
    const finding_t *f = finding_at (lint, index);

    return f ? f->message : NULL;
}

const char *
tact_lint_get_suggestion (const tact_lint_t *lint, size_t index)
{
    const finding_t *f = finding_at (lint, index);

    return f ? f->suggestion : NULL;
}

const char *
tact_lint_get_text (const tact_lint_t *lint, size_t index)
{
    const finding_t *f = finding_at (lint, index);

    return f ? f->text : NULL;
}
