/* Unit tests of the draft stages: the mirror (the customer's words in
 * the agent's voice), the follow-up time counted in business hours,
 * wrapping at 72 columns, template parsing with its error positions,
 * layers, and the template lint.  Prints TAP (GLib's test framework).
 *
 * Every expected string is written out in full, as a reader of the
 * draft would want it.  Cases marked "Fixed:" are bugs found and fixed,
 * kept so that they stay fixed. */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "core/plan.h"
#include "core/render.h"
#include "core/templates.h"

#define DICTIONARY "/usr/share/hunspell/en_US"

/* ---- 1. the mirror ---- */

typedef struct mirror_case {
    const char *text;
    const char *cue;		/* the cue's words: its span is found with strstr */
    gboolean plain;
    const char *expected;	/* NULL: no mirror is safe */
} mirror_case_t;

static void
check_mirror (gconstpointer data)
{
    const mirror_case_t *c = data;
    const char *at = strstr (c->text, c->cue);
    g_autofree char *mirror = NULL;
    size_t start, end;

    g_assert_nonnull (at);
    if (! at)
	return;
    start = (size_t) (at - c->text);
    end = start + strlen (c->cue);
    mirror = tact_plan_mirror (c->text, start, end, c->plain);
    g_test_message ("text \"%s\", cue [%zu,%zu) \"%s\"%s: got %s%s%s, expected %s%s%s",
		    c->text, start, end, c->cue, c->plain ? " (plain)" : "",
		    mirror ? "\"" : "", mirror ? mirror : "NULL", mirror ? "\"" : "",
		    c->expected ? "\"" : "", c->expected ? c->expected : "NULL",
		    c->expected ? "\"" : "");
    g_assert_cmpstr (mirror, ==, c->expected);
}

static const mirror_case_t mirror_cases[] = {
    /* first person turned into second */
    { "I tried to export my invoices to CSV and the button kept spinning.", "I tried to", FALSE,
      "you tried to export your invoices to CSV and the button kept spinning" },
    { "I tried to reset my password three times but I can't seem to get the email. Could you help?",
      "I tried to", FALSE,
      "you tried to reset your password three times but you can't seem to get the email" },
    /* the subject is the last "I" before the cue */
    { "I tried to reset my password three times but I can't seem to get the email. Could you help?",
      "can't seem to", FALSE, "you can't seem to get the email" },
    { "I tried to fix it myself but nothing changed.", "I tried to", FALSE,
      "you tried to fix it yourself but nothing changed" },
    { "I asked my colleague to help me but she couldn't.", "I asked", FALSE,
      "you asked your colleague to help you but she couldn't" },
    { "We tried to connect our bank but it won't let us in.", "We tried to", FALSE,
      "you tried to connect your bank but it won't let you in" },
    { "I've been trying to connect the bank feed for days.", "trying to", FALSE,
      "you've been trying to connect the bank feed for days" },
    /* "your" in a customer's sentence is the company's */
    { "I tried your app but it crashes.", "I tried", FALSE, "you tried our app but it crashes" },
    /* agreement after "I" */
    { "I am stuck on the import page and nothing loads.", "stuck", FALSE,
      "you are stuck on the import page and nothing loads" },
    { "I'm stuck on the import page and nothing loads.", "stuck", FALSE,
      "you're stuck on the import page and nothing loads" },
    { "I was trying to add a user to my team and it failed.", "trying to", FALSE,
      "you were trying to add a user to your team and it failed" },
    { "I wasn't able to open the report.", "wasn't able to", FALSE,
      "you weren't able to open the report" },
    /* curly apostrophes matched, and straightened */
    { "I\u2019m stuck on the import page and nothing loads.", "stuck", FALSE,
      "you're stuck on the import page and nothing loads" },
    { "I can\u2019t log in since Monday.", "can\u2019t", FALSE, "you can't log in since Monday" },
    /* a lower-case "i" */
    { "i tried to log in with my new password but it didn't work.", "i tried to", FALSE,
      "you tried to log in with your new password but it didn't work" },
    /* no subject: the verb first, after lead-in words only */
    { "Can't figure out how to add a user", "Can't figure out", FALSE,
      "you can't figure out how to add a user" },
    { "Hi, can't figure out how to add a user.", "can't figure out", FALSE,
      "you can't figure out how to add a user" },
    /* the cue inside the clause, after "but" */
    { "The server restarted last night but I cannot SSH in.", "I cannot", FALSE,
      "you cannot SSH in" },
    { "Not sure why but I cannot SSH in anymore.", "cannot", FALSE, "you cannot SSH in anymore" },
    /* cut at the first comma after the cue */
    { "I tried to sync my calendar, the page just reloads.", "I tried to", FALSE,
      "you tried to sync your calendar" },
    /* clause breaks */
    { "I tried to pay; the card was declined.", "I tried to", FALSE, "you tried to pay" },
    { "I tried to export my invoices: the button kept spinning.", "I tried to", FALSE,
      "you tried to export your invoices" },
    { "I tried to import the file (the big one) but it failed.", "I tried to", FALSE,
      "you tried to import the file" },
    { "\"I tried to export my invoices\" is what I wrote last week.", "I tried to", FALSE,
      "you tried to export your invoices" },
    /* the sentence around the cue only, lines joined */
    { "Could you help? I tried to export my invoices twice.", "I tried to", FALSE,
      "you tried to export your invoices twice" },
    { "I tried to export\nmy invoices twice.", "I tried to", FALSE,
      "you tried to export your invoices twice" },
    /* never ending on a word that needs more */
    { "I tried to log in and", "I tried to", FALSE, "you tried to log in" },
    /* plain: contractions spelled out */
    { "I can't log in to my account.", "can't", TRUE, "you cannot log in to your account" },
    { "I'm trying to reset my password.", "trying to", TRUE,
      "you are trying to reset your password" },
    { "I've tried everything twice.", "tried everything", TRUE, "you have tried everything twice" },
    { "I didn\u2019t get the email and it won\u2019t arrive.", "didn\u2019t get", TRUE,
      "you did not get the email and it will not arrive" },
    { "Can't figure out how to add a user", "Can't figure out", TRUE,
      "you cannot figure out how to add a user" },
    /* NULL: third person, no subject to turn */
    { "The export keeps failing every time.", "keeps failing", FALSE, NULL },
    { "The page can't figure out my address.", "can't figure out", FALSE, NULL },
    /* NULL: "you" for the company cannot be turned safely */
    { "I tried to reach you yesterday but nobody answered.", "I tried to", FALSE, NULL },
    /* NULL: too short to be worth saying back */
    { "I tried.", "I tried", FALSE, NULL },
    /* NULL: an unbalanced quote */
    { "I tried the \"Export button and it hangs.", "I tried", FALSE, NULL },
    /* NULL: too long, with no comma to cut at */
    { "I tried to export the quarterly invoices for every one of our twelve client accounts "
      "from the old dashboard and the new dashboard and the mobile app.", "I tried to", FALSE,
      NULL },
};

/* Fixed: the verb agrees with "you" only right after "I": with an adverb
 * between them the result is "you really am stuck", "you also was
 * unable" (core/plan.c, after_subject is reset by any word). */
/* Fixed: a double quote is taken as a clause break, so a quoted button
 * label ends the mirror mid-phrase: 'I tried clicking "Export" and it
 * hangs' gives "you tried clicking"; and an unbalanced quote gives the
 * same cut instead of NULL (the unbalanced-quote check in
 * tact_plan_mirror can never fire). */
/* Fixed: "Im" and "Ive" (no apostrophe, common in casual mail) are in the
 * person table but not taken as a subject, so the mirror is NULL. */
static const mirror_case_t mirror_fixed_cases[] = {
    { "I really am stuck on the import page.", "stuck", FALSE,
      "you really are stuck on the import page" },
    { "I also was unable to log in.", "unable to", FALSE, "you also were unable to log in" },
    { "I tried clicking \"Export\" and it hangs.", "I tried", FALSE,
      "you tried clicking \"Export\" and it hangs" },
    { "I tried clicking \"Export and it hangs.", "I tried", FALSE, NULL },
    { "Im stuck on the import page.", "stuck", FALSE, "you're stuck on the import page" },
};

static void
test_mirror_bad_arguments (void)
{
    const char *text = "I tried to export my invoices twice.";

    g_assert_null (tact_plan_mirror (NULL, 0, 1, FALSE));
    g_assert_null (tact_plan_mirror (text, 5, 5, FALSE));
    g_assert_null (tact_plan_mirror (text, 0, strlen (text) + 1, FALSE));
}

/* Contractions spelled out, whatever the case and apostrophe. */
static void
test_spelled_out (void)
{
    g_assert_cmpstr (tact_plan_spelled_out ("can't"), ==, "cannot");
    g_assert_cmpstr (tact_plan_spelled_out ("Can\u2019t"), ==, "cannot");
    g_assert_cmpstr (tact_plan_spelled_out ("DOESN'T"), ==, "does not");
    g_assert_cmpstr (tact_plan_spelled_out ("won't"), ==, "will not");
    g_assert_cmpstr (tact_plan_spelled_out ("I'm"), ==, "I am");
    g_assert_cmpstr (tact_plan_spelled_out ("you're"), ==, "you are");
    g_assert_null (tact_plan_spelled_out ("cannot"));
    g_assert_null (tact_plan_spelled_out ("invoice"));
    g_assert_null (tact_plan_spelled_out (""));
}

/* ---- 2. the follow-up time ---- */

typedef struct followup_case {
    const char *zone;		/* the options' zone; the time is given in Europe/Berlin */
    int year, month, day, hour, minute;
    double hours;
    int opens, closes;		/* -1: the defaults, 9:00-17:00 */
    int days;			/* -1: the default, Mon-Fri */
    const char *expected;
} followup_case_t;

static char *
followup_of (const followup_case_t *c)
{
    tact_draft_options_t options = TACT_DRAFT_OPTIONS_INIT;
    GTimeZone *berlin = g_time_zone_new_identifier ("Europe/Berlin");
    GDateTime *when;
    time_t now;

    g_assert_nonnull (berlin);
    when = g_date_time_new (berlin, c->year, c->month, c->day, c->hour, c->minute, 0);
    now = (time_t) g_date_time_to_unix (when);
    options.time_zone = c->zone;
    if (c->opens >= 0) {
	options.opens = c->opens;
	options.closes = c->closes;
    }
    if (c->days >= 0)
	options.business_days = (unsigned) c->days;
    g_date_time_unref (when);
    g_time_zone_unref (berlin);
    return tact_plan_followup_time (now, c->hours, &options);
}

static void
check_followup (gconstpointer data)
{
    const followup_case_t *c = data;
    g_autofree char *got = followup_of (c);

    g_test_message ("%04d-%02d-%02d %02d:%02d Europe/Berlin + %g hours in %s: got \"%s\"",
		    c->year, c->month, c->day, c->hour, c->minute, c->hours, c->zone, got);
    g_assert_cmpstr (got, ==, c->expected);
}

#define BERLIN "Europe/Berlin"
#define ALL_DAYS 0x7f

/* 2026-11-23 is a Monday; 2026-11-27 a Friday.  In 2026 Europe/Berlin
 * leaves summer time on Sunday 25 October, 3:00 -> 2:00. */
static const followup_case_t followup_cases[] = {
    /* the same day */
    { BERLIN, 2026, 11, 23, 10, 0, 6, -1, -1, -1, "by 4 pm today" },
    /* past closing time: the rest tomorrow */
    { BERLIN, 2026, 11, 23, 18, 0, 6, -1, -1, -1, "by 3 pm tomorrow" },
    { BERLIN, 2026, 11, 23, 14, 0, 6, -1, -1, -1, "by noon tomorrow" },
    /* Friday afternoon: Monday */
    { BERLIN, 2026, 11, 27, 12, 0, 6, -1, -1, -1, "by Monday at 10 am" },
    /* Saturday and Sunday are not business days */
    { BERLIN, 2026, 11, 28, 11, 0, 6, -1, -1, -1, "by Monday at 3 pm" },
    { BERLIN, 2026, 11, 29, 10, 0, 6, -1, -1, -1, "by 3 pm tomorrow" },
    /* before opening: counted from 9:00 */
    { BERLIN, 2026, 11, 23, 7, 30, 6, -1, -1, -1, "by 3 pm today" },
    /* a social promise of an hour, up to the quarter hour */
    { BERLIN, 2026, 11, 23, 10, 7, 1, -1, -1, -1, "by 11:15 am today" },
    { BERLIN, 2026, 11, 23, 16, 30, 1, -1, -1, -1, "by 9:30 am tomorrow" },
    { BERLIN, 2026, 11, 23, 16, 30, 0.5, -1, -1, -1, "by 5 pm today" },
    /* noon is "noon" */
    { BERLIN, 2026, 11, 23, 10, 50, 1, -1, -1, -1, "by noon today" },
    /* a longer promise, up to the hour */
    { BERLIN, 2026, 11, 23, 10, 20, 6, -1, -1, -1, "by 5 pm today" },
    /* another zone: 10:00 in Berlin is 4:00 in New York, before opening */
    { "America/New_York", 2026, 11, 23, 10, 0, 6, -1, -1, -1, "by 3 pm today" },
    /* every day, all day */
    { BERLIN, 2026, 11, 23, 22, 0, 6, 0, 24 * 60, 0, "by 4 am tomorrow" },
    /* more than six days ahead: the date too */
    { BERLIN, 2026, 11, 23, 10, 0, 80, -1, -1, -1, "by Monday 7 December at 10 am" },
    { BERLIN, 2026, 11, 23, 10, 0, 48, -1, -1, -1, "by Tuesday 1 December at 10 am" },
    /* the week summer time ends: Friday to Monday across the change */
    { BERLIN, 2026, 10, 23, 16, 0, 6, -1, -1, -1, "by Monday at 2 pm" },
    /* every day 9-17: Saturday evening to Sunday the 25th */
    { BERLIN, 2026, 10, 24, 20, 0, 6, -1, -1, ALL_DAYS, "by 3 pm tomorrow" },
    /* all day every day across the change: six real hours from 23:30
     * summer time are 4:30 winter time, rounded up to 5 */
    { BERLIN, 2026, 10, 24, 23, 30, 6, 0, 24 * 60, 0, "by 5 am tomorrow" },
};

/* Fixed: a promise that ends exactly at the midnight that ends today is
 * written "by midnight tomorrow", which readers take for the end of
 * tomorrow, a day later than meant (core/plan.c counts the day of
 * 00:00 as the next day).  It should say tonight (or today). */
static void
test_followup_midnight (void)
{
    const followup_case_t c = { BERLIN, 2026, 11, 23, 18, 0, 6, 0, 24 * 60, 0, NULL };
    g_autofree char *got = followup_of (&c);

    g_test_message ("Monday 18:00 + 6 hours, all day every day: got \"%s\"", got);
    g_assert_true (! g_strcmp0 (got, "by midnight tonight") || ! g_strcmp0 (got, "by midnight today"));
}

/* The due time itself, and the calendar days to it, across the end of
 * summer time (Saturday 24 to Monday 26 October 2026 is 49 hours). */
static void
test_followup_deadline (void)
{
    tact_draft_options_t options = TACT_DRAFT_OPTIONS_INIT;
    GTimeZone *berlin = g_time_zone_new_identifier ("Europe/Berlin");
    GDateTime *saturday = g_date_time_new (berlin, 2026, 10, 24, 12, 0, 0);
    time_t now = (time_t) g_date_time_to_unix (saturday);
    GDateTime *due;

    options.time_zone = "Europe/Berlin";
    due = tact_plan_followup_deadline (now, 6, &options);
    g_assert_nonnull (due);
    if (due) {
	g_autofree char *text = g_date_time_format (due, "%Y-%m-%d %H:%M %Z");

	g_assert_cmpstr (text, ==, "2026-10-26 15:00 CET");
	g_assert_cmpint (tact_plan_days_between (now, due, &options), ==, 2);
	g_date_time_unref (due);
    }
    /* a day back is -1, not 0 */
    due = g_date_time_new (berlin, 2026, 10, 23, 23, 0, 0);
    g_assert_cmpint (tact_plan_days_between (now, due, &options), ==, -1);
    g_date_time_unref (due);
    due = g_date_time_new (berlin, 2026, 10, 24, 23, 59, 0);
    g_assert_cmpint (tact_plan_days_between (now, due, &options), ==, 0);
    g_date_time_unref (due);
    g_date_time_unref (saturday);
    g_time_zone_unref (berlin);
}

/* ---- 3. wrapping ---- */

typedef struct wrap_case {
    const char *name;
    const char *text;
    const char *expected;
} wrap_case_t;

static void
check_wrap (gconstpointer data)
{
    const wrap_case_t *c = data;
    g_autofree char *got = tact_render_wrap (c->text, 72);

    g_test_message ("%s:\n%s", c->name, got);
    g_assert_cmpstr (got, ==, c->expected);
}

static const wrap_case_t wrap_cases[] = {
    { "short lines stay, each ending in a newline",
      "Hi Maria,\n\nThanks for writing.",
      "Hi Maria,\n\nThanks for writing.\n" },
    { "a paragraph filled to 72 columns",
      "From what you describe, you tried to reset your password three times but you can't "
      "seem to get the email, and I can imagine how much time that has cost you.\n",
      "From what you describe, you tried to reset your password three times but\n"
      "you can't seem to get the email, and I can imagine how much time that\n"
      "has cost you.\n" },
    { "a long word (a URL) kept whole on a line of its own",
      "Please see https://help.ledgerly.example/articles/exporting-invoices-to-csv-and-"
      "other-formats-step-by-step for the steps.\n",
      "Please see\n"
      "https://help.ledgerly.example/articles/exporting-invoices-to-csv-and-"
      "other-formats-step-by-step\n"
      "for the steps.\n" },
    { "a quoted line is left as it is",
      "> I tried to reset my password three times but I can't seem to get the email. Could "
      "you help?\nOK.\n",
      "> I tried to reset my password three times but I can't seem to get the email. Could "
      "you help?\nOK.\n" },
    { "existing line breaks and blank lines kept",
      "Best regards,\nDana Reyes\n\n\nLedgerly Support\n",
      "Best regards,\nDana Reyes\n\n\nLedgerly Support\n" },
    { "36 wide characters are 72 columns: they fit",
      "\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587"
      "\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587"
      "\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587\n",
      "\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587"
      "\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587"
      "\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587\u4e2d\u6587\n" },
    { "a wide character counts two: 70 letters, a space and one is 73 columns",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa \u4e2d\n",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n\u4e2d\n" },
    { "the same with a narrow accented letter: 72 columns, it fits",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa \u00e9\n",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa \u00e9\n" },
    { "an empty text stays empty", "", "" },
};

/* Fixed: a line is wrapped before a word that ends exactly at column 72
 * when a space follows it: the space at column 73 stops the scan before
 * it can be taken as the cut (core/render.c, tact_render_wrap), so the
 * line is cut one word early. */
static void
test_wrap_exactly_72 (void)
{
    /* 7 * "abcdefgh " + "abcdefghi" = 72 columns */
    const char *text = "abcdefgh abcdefgh abcdefgh abcdefgh abcdefgh abcdefgh abcdefgh abcdefghi "
	"more words\n";
    g_autofree char *got = tact_render_wrap (text, 72);

    g_test_message ("got:\n%s", got);
    g_assert_cmpstr (got, ==, "abcdefgh abcdefgh abcdefgh abcdefgh abcdefgh abcdefgh abcdefgh "
		     "abcdefghi\nmore words\n");
}

/* No line of a wrapped text is wider than 72 unless it is one word. */
static void
test_wrap_width (void)
{
    g_autoptr (GString) text = g_string_new (NULL);
    g_autofree char *got = NULL;
    g_auto (GStrv) lines = NULL;

    for (int i = 0; i < 60; i++)
	g_string_append_printf (text, "word%d %s ", i, i % 7 ? "and" : "ünïcödé");
    got = tact_render_wrap (text->str, 72);
    lines = g_strsplit (got, "\n", -1);
    for (int i = 0; lines[i]; i++)
	g_assert_cmpint (g_utf8_strlen (lines[i], -1), <=, 72);
    g_assert_cmpuint (g_strv_length (lines), >, 3);
}

/* ---- 4. template parsing ---- */

static char *
make_folder (void)
{
    g_autoptr (GError) error = NULL;
    char *dir = g_dir_make_tmp ("tact-draft-XXXXXX", &error);

    g_assert_no_error (error);
    return dir;
}

static void
write_file (const char *dir, const char *name, const char *text, gssize length)
{
    g_autofree char *path = g_build_filename (dir, name, NULL);
    g_autoptr (GError) error = NULL;

    g_file_set_contents (path, text, length, &error);
    g_assert_no_error (error);
}

static void
remove_folder (const char *dir)
{
    GDir *d = g_dir_open (dir, 0, NULL);
    const char *entry;

    while (d && (entry = g_dir_read_name (d))) {
	g_autofree char *path = g_build_filename (dir, entry, NULL);

	g_remove (path);
    }
    if (d)
	g_dir_close (d);
    g_rmdir (dir);
}

typedef struct broken_case {
    const char *file;
    const char *text;
    gssize length;		/* -1: strlen */
    const char *position;	/* "line:column", or "" for a file-wide problem */
    const char *message;
} broken_case_t;

static void
check_broken (gconstpointer data)
{
    const broken_case_t *c = data;
    g_autofree char *dir = make_folder ();
    g_autofree char *path = g_build_filename (dir, c->file, NULL);
    g_autofree char *expected = *c->position
	? g_strdup_printf ("%s:%s: %s", path, c->position, c->message)
	: g_strdup_printf ("%s: %s", path, c->message);
    const char *folders[] = { dir, NULL };
    tact_templates_t *templates = NULL;
    char *error = NULL;
    tact_status_t status;

    write_file (dir, c->file, c->text, c->length);
    status = tact_templates_open (&templates, folders, &error);
    g_test_message ("error: %s", error ? error : "(none)");
    g_assert_cmpint (status, ==, TACT_STATUS_BAD_INPUT);
    g_assert_null (templates);
    g_assert_cmpstr (error, ==, expected);
    free (error);
    tact_templates_free (templates);
    remove_folder (dir);
}

static const broken_case_t broken_cases[] = {
    { "greeting-x.tmpl", "move: greeting\n---\nHello {{customer.first_name\n", -1,
      "3:7", "'{{' is not closed by '}}' on the same line" },
    { "greeting-x.tmpl", "move: greeting\n---\nHello {{customer.first_name\n}},\n", -1,
      "3:7", "'{{' is not closed by '}}' on the same line" },
    { "greeting-x.tmpl", "move: greeting\n---\nHello {{customer.nickname}},\n", -1,
      "3:7", "unknown variable 'customer.nickname'" },
    { "greeting-x.tmpl", "move: greeting\n---\nHello {{Customer Name}},\n", -1,
      "3:7", "'{{Customer Name}}' is not a variable name" },
    { "greeting-x.tmpl", "# comment\nmove: greeting\n---\n{{#if sunny}}\nHi\n{{/if}}\n", -1,
      "4:1", "unknown condition 'sunny'" },
    { "greeting-x.tmpl", "move: greeting\n---\nHi{{#unless on_fire}} there{{/unless}}\n", -1,
      "3:3", "unknown condition 'on_fire'" },
    { "greeting-x.tmpl", "move: greeting\n---\n{{#if casual}}\nHi\n{{/unless}}\n", -1,
      "5:1", "'{{/unless}}' closes the '{{#if casual}}' of line 3" },
    { "greeting-x.tmpl", "move: greeting\n---\nHi{{/if}}\n", -1,
      "3:3", "'{{/if}}' closes nothing" },
    { "greeting-x.tmpl", "move: greeting\n---\nHi\n  {{#if casual}}\nthere\n", -1,
      "4:3", "'{{#if casual}}' is never closed" },
    { "greeting-x.tmpl", "move: greeting\n---\nHi {{else}} there\n", -1,
      "3:4", "'{{else}}' outside '{{#if}}' or '{{#unless}}'" },
    { "greeting-x.tmpl", "move: greeting\n---\n{{#if casual}}a{{else}}b{{else}}c{{/if}}\n", -1,
      "3:25", "'{{else}}' outside '{{#if}}' or '{{#unless}}'" },
    { "greeting-x.tmpl", "move: greeting\n---\n{{#each casual}}a{{/each}}\n", -1,
      "3:1", "unknown tag '{{#each casual}}': use #if, #unless, else, /if or /unless" },
    { "greeting-x.tmpl", "move: greeting\nregister: casual\nregister: formal\n---\nHi\n", -1,
      "3:1", "'register:' given twice" },
    { "greeting-x.tmpl", "move: greeting\nregister casual\n---\nHi\n", -1,
      "2:1", "expected 'key: value' or the '---' line" },
    { "greeting-x.tmpl", "move: greeting\nregister: casual\n", -1,
      "3:1", "no '---' line ends the header" },
    { "greeting-x.tmpl", "register: casual\n---\nHi\n", -1,
      "1:1", "the header has no 'move:'" },
    { "greeting-x.tmpl", "move: greeting\n---\nHi {{customer.first_name|{{agent.name}}}},\n", -1,
      "3:4", "the fallback of 'customer.first_name' holds '{{': a fallback is plain text" },
    { "greeting-x.tmpl", "move: greeting\n---\nHi caf\xe9 there\n", -1,
      "3:7", "not UTF-8 text" },
    { "greeting-x.tmpl", "move: greeting\n---\nHi\0 there\n", 29,
      "3:3", "not UTF-8 text" },
    { "Greeting X.tmpl", "move: greeting\n---\nHi\n", -1,
      "", "a template's name is lower-case letters, digits, '-' and '_'" },
};

/* Fixed: errors in the header point one column before the value (at the
 * blank after the colon): g_strstrip moves the value's text left inside
 * the copy of the line, so value - copy is one short
 * (core/templates.c, parse_template).  "move: greet" is reported at
 * 1:6; the value starts at column 7.  An unknown key should point at
 * the key itself, column 1. */
static const broken_case_t broken_header_bug_cases[] = {
    { "greeting-x.tmpl", "move: greet\n---\nHi\n", -1,
      "1:7", "unknown move 'greet': use greeting, acknowledge, apologize, solve, followup or "
      "signoff" },
    { "greeting-x.tmpl", "move: greeting\nweight: heavy\n---\nHi\n", -1,
      "2:9", "weight 'heavy': give a whole number from 1 to 1000" },
    { "greeting-x.tmpl", "move: greeting\nwhen: casual sunny\n---\nHi\n", -1,
      "2:7", "unknown condition 'sunny'" },
    { "greeting-x.tmpl", "move: greeting\ncolour: blue\n---\nHi\n", -1,
      "2:1", "unknown key 'colour': use move, register, when, channel, language or weight" },
};

static size_t
builtin_count (void)
{
    tact_templates_t *templates = NULL;
    size_t count;

    g_assert_cmpint (tact_templates_open (&templates, NULL, NULL), ==, TACT_STATUS_SUCCESS);
    count = tact_templates_count (templates);
    tact_templates_free (templates);
    return count;
}

/* A template in a later folder replaces a built-in one of its name. */
static void
test_override (void)
{
    g_autofree char *dir = make_folder ();
    g_autofree char *path = g_build_filename (dir, "greeting-neutral-1.tmpl", NULL);
    const char *folders[] = { dir, NULL };
    tact_templates_t *templates = NULL;
    const tact_template_t *t;
    const char *source = "# ours\nmove: greeting\nregister: neutral formal\n---\n"
	"Good day {{customer.first_name|there}},\n";
    char *error = NULL;
    size_t before = builtin_count ();

    write_file (dir, "greeting-neutral-1.tmpl", source, -1);
    write_file (dir, "greeting-team-1.tmpl", "move: greeting\nwhen: casual\n---\nYo!\n", -1);
    write_file (dir, "notes.txt", "not a template {{\n", -1);
    g_assert_cmpint (tact_templates_open (&templates, folders, &error), ==, TACT_STATUS_SUCCESS);
    g_assert_null (error);
    free (error);
    if (! templates) {
	remove_folder (dir);
	return;
    }
    g_assert_cmpuint (tact_templates_count (templates), ==, before + 1);
    t = tact_templates_find (templates, "greeting-neutral-1");
    g_assert_nonnull (t);
    g_assert_cmpstr (tact_template_get_layer (t), ==, dir);
    g_assert_cmpstr (tact_template_get_overrides (t), ==, "built-in");
    g_assert_cmpstr (tact_template_get_path (t), ==, path);
    g_assert_cmpstr (tact_template_get_registers (t), ==, "neutral formal");
    g_assert_cmpstr (tact_template_get_source (t), ==, source);
    g_assert_cmpint (tact_template_get_move (t), ==, TACT_MOVE_GREETING);
    t = tact_templates_find (templates, "greeting-team-1");
    g_assert_nonnull (t);
    g_assert_null (tact_template_get_overrides (t));
    g_assert_cmpstr (tact_template_get_when (t), ==, "casual");
    t = tact_templates_find (templates, "greeting-neutral-2");
    g_assert_cmpstr (tact_template_get_layer (t), ==, "built-in");
    g_assert_null (tact_template_get_overrides (t));
    g_assert_true (g_str_has_prefix (tact_template_get_path (t), "resource:///"));
    tact_templates_free (templates);
    remove_folder (dir);
}

/* Two folders: the later one wins, and says which layer it replaced. */
static void
test_override_two_layers (void)
{
    g_autofree char *team = make_folder ();
    g_autofree char *mine = make_folder ();
    const char *folders[] = { team, mine, NULL };
    tact_templates_t *templates = NULL;
    const tact_template_t *t;

    write_file (team, "solve-neutral-1.tmpl", "move: solve\n---\nTeam [[ describe the fix here ]]\n", -1);
    write_file (mine, "solve-neutral-1.tmpl", "move: solve\n---\nMine [[ describe the fix here ]]\n", -1);
    g_assert_cmpint (tact_templates_open (&templates, folders, NULL), ==, TACT_STATUS_SUCCESS);
    t = templates ? tact_templates_find (templates, "solve-neutral-1") : NULL;
    g_assert_nonnull (t);
    if (t) {
	g_assert_cmpstr (tact_template_get_layer (t), ==, mine);
	g_assert_cmpstr (tact_template_get_overrides (t), ==, team);
	g_assert_true (g_str_has_prefix (tact_template_get_source (t), "move: solve\n---\nMine"));
    }
    tact_templates_free (templates);
    remove_folder (team);
    remove_folder (mine);
}

/* A folder that does not exist is skipped. */
static void
test_missing_folder (void)
{
    const char *folders[] = { "/nonexistent/tact-templates", NULL };
    tact_templates_t *templates = NULL;
    char *error = NULL;

    g_assert_cmpint (tact_templates_open (&templates, folders, &error), ==, TACT_STATUS_SUCCESS);
    g_assert_null (error);
    free (error);
    g_assert_nonnull (templates);
    if (templates)
	g_assert_cmpuint (tact_templates_count (templates), ==, builtin_count ());
    tact_templates_free (templates);
}

/* The body's tree: a block tag alone on its line takes the line with
 * it, "\{{" writes "{{", a fallback is kept apart. */
static void
test_body_tree (void)
{
    g_autofree char *dir = make_folder ();
    const char *folders[] = { dir, NULL };
    tact_templates_t *templates = NULL;
    const tact_template_t *t;
    const tact_node_t *node;

    write_file (dir, "greeting-tree-1.tmpl",
		"move: greeting\nregister: casual plain\n---\n"
		"{{#if casual}}\nHey {{ customer.first_name | there }}!\n{{else}}\nHello,\n{{/if}}\n"
		"Use \\{{ and }} freely.\n", -1);
    g_assert_cmpint (tact_templates_open (&templates, folders, NULL), ==, TACT_STATUS_SUCCESS);
    t = templates ? tact_templates_find (templates, "greeting-tree-1") : NULL;
    g_assert_nonnull (t);
    if (! t) {
	tact_templates_free (templates);
	remove_folder (dir);
	return;
    }
    g_assert_cmpuint (t->registers, ==, (1u << TACT_REGISTER_CASUAL) | (1u << TACT_REGISTER_PLAIN));
    g_assert_cmpuint (t->body->len, ==, 2);
    node = t->body->pdata[0];
    g_assert_cmpint (node->kind, ==, TACT_NODE_IF);
    g_assert_cmpstr (node->text, ==, "casual");
    g_assert_cmpuint (node->line, ==, 4);
    g_assert_cmpuint (node->column, ==, 1);
    g_assert_cmpuint (node->then->len, ==, 3);
    g_assert_cmpstr (((tact_node_t *) node->then->pdata[0])->text, ==, "Hey ");
    g_assert_cmpint (((tact_node_t *) node->then->pdata[1])->kind, ==, TACT_NODE_VARIABLE);
    g_assert_cmpstr (((tact_node_t *) node->then->pdata[1])->text, ==, "customer.first_name");
    g_assert_cmpstr (((tact_node_t *) node->then->pdata[1])->fallback, ==, " there");
    g_assert_cmpstr (((tact_node_t *) node->then->pdata[2])->text, ==, "!\n");
    g_assert_cmpuint (node->otherwise->len, ==, 1);
    g_assert_cmpstr (((tact_node_t *) node->otherwise->pdata[0])->text, ==, "Hello,\n");
    node = t->body->pdata[1];
    g_assert_cmpint (node->kind, ==, TACT_NODE_TEXT);
    g_assert_cmpstr (node->text, ==, "Use {{ and }} freely.\n");
    g_assert_cmpuint (node->line, ==, 9);
    tact_templates_free (templates);
    remove_folder (dir);
}

/* Two body trees are the same: nodes, texts and positions. */
static void
assert_same_nodes (const GPtrArray *a, const GPtrArray *b)
{
    g_assert_cmpuint (a->len, ==, b->len);
    for (guint i = 0; i < a->len; i++) {
	const tact_node_t *x = a->pdata[i], *y = b->pdata[i];

	g_assert_cmpint (x->kind, ==, y->kind);
	g_assert_cmpstr (x->text, ==, y->text);
	g_assert_cmpstr (x->fallback, ==, y->fallback);
	g_assert_cmpuint (x->line, ==, y->line);
	g_assert_cmpuint (x->column, ==, y->column);
	g_assert_true ((x->then == NULL) == (y->then == NULL));
	if (x->then) {
	    assert_same_nodes (x->then, y->then);
	    assert_same_nodes (x->otherwise, y->otherwise);
	}
    }
}

/* The built-in templates, read from the index the build wrote, are the
 * files of templates/en as parsed from a folder: the same templates,
 * headers, texts and bodies (whose positions count from the header). */
static void
test_builtin_index (void)
{
    const char *srcdir = g_getenv ("top_srcdir");
    g_autofree char *folder = srcdir ? g_build_filename (srcdir, "templates", "en", NULL) : NULL;
    const char *folders[] = { folder, NULL };
    tact_templates_t *indexed = NULL, *parsed = NULL;

    if (! folder) {
	g_test_skip ("top_srcdir is not set");
	return;
    }
    g_assert_cmpint (tact_templates_open (&indexed, NULL, NULL), ==, TACT_STATUS_SUCCESS);
    g_assert_cmpint (tact_templates_open (&parsed, folders, NULL), ==, TACT_STATUS_SUCCESS);
    g_assert_cmpuint (tact_templates_count (indexed), >, 0);
    g_assert_cmpuint (tact_templates_count (indexed), ==, tact_templates_count (parsed));
    for (size_t i = 0; i < tact_templates_count (indexed); i++) {
	const tact_template_t *b = tact_templates_get (indexed, i);
	const tact_template_t *f = tact_templates_find (parsed, b->name);
	g_autofree char *path = g_strconcat ("resource:///org/tact/templates/en/", b->name,
					     ".tmpl", NULL);

	g_assert_nonnull (f);
	g_assert_cmpstr (f->layer, ==, folder);
	g_assert_cmpstr (f->overrides, ==, "built-in");
	g_assert_cmpstr (b->layer, ==, "built-in");
	g_assert_null (b->overrides);
	g_assert_cmpstr (b->path, ==, path);
	g_assert_cmpstr (b->source, ==, f->source);
	g_assert_cmpint (b->move, ==, f->move);
	g_assert_cmpuint (b->registers, ==, f->registers);
	g_assert_cmpstr (b->registers_text, ==, f->registers_text);
	g_assert_true (g_strv_equal ((const char *const *) b->when,
				     (const char *const *) f->when));
	g_assert_cmpstr (b->when_text, ==, f->when_text);
	g_assert_cmpint (b->channel, ==, f->channel);
	g_assert_cmpstr (b->language, ==, f->language);
	g_assert_cmpuint (b->weight, ==, f->weight);
	assert_same_nodes (tact_template_body (b), tact_template_body (f));
    }
    tact_templates_free (indexed);
    tact_templates_free (parsed);
}

/* ---- 5. the lint ---- */

static void
collect (void *data, const char *file, unsigned line, unsigned column, const char *message)
{
    GPtrArray *problems = data;

    if (line)
	g_ptr_array_add (problems, g_strdup_printf ("%s:%u:%u: %s", file, line, column, message));
    else
	g_ptr_array_add (problems, g_strdup_printf ("%s: %s", file, message));
}

static GPtrArray *
lint (const char *dir, gboolean with_builtin, const char *dictionary, size_t *count)
{
    const char *folders[] = { dir, NULL };
    GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);
    char *error = NULL;

    g_assert_cmpint (tact_templates_lint (count, dir ? folders : NULL, with_builtin, dictionary,
					  collect, problems, &error), ==, TACT_STATUS_SUCCESS);
    g_assert_null (error);
    free (error);
    for (guint i = 0; i < problems->len; i++)
	g_test_message ("problem: %s", (const char *) problems->pdata[i]);
    g_assert_cmpuint (*count, ==, problems->len);
    return problems;
}

static gboolean
have_dictionary (void)
{
    if (g_file_test (DICTIONARY ".dic", G_FILE_TEST_EXISTS))
	return TRUE;
    g_test_skip ("no hunspell dictionary at " DICTIONARY ".dic (install hunspell-en-us)");
    return FALSE;
}

/* A misspelled word, with its line, column and a suggestion. */
static void
test_lint_misspelled (void)
{
    g_autofree char *dir = NULL;
    g_autofree char *prefix = NULL;
    g_autoptr (GPtrArray) problems = NULL;
    size_t count = 0;

    if (! have_dictionary ())
	return;
    dir = make_folder ();
    write_file (dir, "solve-extra-1.tmpl",
		"# an extra\nmove: solve\nwhen: question\n---\n"
		"{{#if casual}}\nGood news!\n{{/if}}\nYou will recieve a new key today.\n\n"
		TACT_SOLVE_MARKER "\n", -1);
    problems = lint (dir, FALSE, DICTIONARY, &count);
    g_assert_cmpuint (count, ==, 1);
    prefix = g_strdup_printf ("%s/solve-extra-1.tmpl:8:10: 'recieve' is not in the dictionary "
			      "(did you mean receive", dir);
    if (problems->len)
	g_assert_true (g_str_has_prefix (problems->pdata[0], prefix));
    remove_folder (dir);
}

/* words.txt in the folder adds words; fallbacks are checked too. */
static void
test_lint_words_txt (void)
{
    g_autofree char *dir = NULL;
    g_autofree char *expected = NULL;
    g_autoptr (GPtrArray) problems = NULL;
    size_t count = 0;

    if (! have_dictionary ())
	return;
    dir = make_folder ();
    write_file (dir, "solve-extra-1.tmpl",
		"move: solve\nwhen: question\n---\nRestart the Frobnitzer, {{customer.first_name|"
		"Frobnitzer fan}}: write to frobnitzer@x.example or see https://frobnitzer.example/help.\n"
		TACT_SOLVE_MARKER "\n", -1);
    problems = lint (dir, FALSE, DICTIONARY, &count);
    g_assert_cmpuint (count, ==, 2);
    expected = g_strdup_printf ("%s/solve-extra-1.tmpl:4:13: 'Frobnitzer' is not in the "
				"dictionary", dir);
    if (problems->len)
	g_assert_true (g_str_has_prefix (problems->pdata[0], expected));
    g_free (expected);
    /* the fallback: after "{{customer.first_name|" */
    expected = g_strdup_printf ("%s/solve-extra-1.tmpl:4:47: 'Frobnitzer' is not in the "
				"dictionary", dir);
    if (problems->len > 1)
	g_assert_true (g_str_has_prefix (problems->pdata[1], expected));
    g_ptr_array_unref (g_steal_pointer (&problems));

    write_file (dir, "words.txt", "# our product\nFrobnitzer\n", -1);
    problems = lint (dir, FALSE, DICTIONARY, &count);
    g_assert_cmpuint (count, ==, 0);
    remove_folder (dir);
}

/* The coverage check looks at the layers together: a folder that only
 * adds a specific template leaves the built-in general ones in effect;
 * one that overrides every general casual greeting with a specific one
 * leaves casual without a greeting for most messages. */
static void
test_lint_coverage (void)
{
    g_autofree char *dir = make_folder ();
    g_autofree char *expected = g_strdup_printf (
	"%s: language en, register casual: no template for the move greeting that applies "
	"always (no 'when:', 'channel: any')", dir);
    g_autoptr (GPtrArray) problems = NULL;
    size_t count = 0;

    write_file (dir, "greeting-question-1.tmpl",
		"move: greeting\nregister: casual\nwhen: question\n---\nHi!\n", -1);
    /* no dictionary: one problem says words were not checked */
    problems = lint (dir, FALSE, "/nonexistent/dictionary", &count);
    g_assert_cmpuint (count, ==, 1);
    if (problems->len)
	g_assert_cmpstr (problems->pdata[0], ==, "/nonexistent/dictionary: no hunspell dictionary "
			 "here: words were not checked (install hunspell-en-us)");
    g_ptr_array_unref (g_steal_pointer (&problems));

    for (int i = 1; i <= 3; i++) {
	g_autofree char *name = g_strdup_printf ("greeting-casual-%d.tmpl", i);

	write_file (dir, name, "move: greeting\nregister: casual\nwhen: question\n---\nHi!\n", -1);
    }
    problems = lint (dir, FALSE, "/nonexistent/dictionary", &count);
    g_assert_cmpuint (count, ==, 2);
    if (problems->len == 2)
	g_assert_cmpstr (problems->pdata[1], ==, expected);
    g_ptr_array_unref (g_steal_pointer (&problems));

    /* a greeting for every channel but one does not apply always */
    write_file (dir, "greeting-any-1.tmpl",
		"move: greeting\nregister: any\nwhen: !social\n---\nHello!\n", -1);
    problems = lint (dir, FALSE, "/nonexistent/dictionary", &count);
    g_assert_cmpuint (count, ==, 2);
    if (problems->len == 2)
	g_assert_cmpstr (problems->pdata[1], ==, expected);
    g_ptr_array_unref (g_steal_pointer (&problems));
    write_file (dir, "greeting-any-1.tmpl",
		"move: greeting\nregister: casual\nchannel: email\n---\nHello!\n", -1);
    problems = lint (dir, FALSE, "/nonexistent/dictionary", &count);
    g_assert_cmpuint (count, ==, 2);
    g_ptr_array_unref (g_steal_pointer (&problems));

    /* one general casual greeting back, for any register, and it is whole */
    write_file (dir, "greeting-any-1.tmpl", "move: greeting\nregister: any\n---\nHello!\n", -1);
    problems = lint (dir, FALSE, "/nonexistent/dictionary", &count);
    g_assert_cmpuint (count, ==, 1);
    remove_folder (dir);
}

/* A solve template must keep the slot's marker, in any section. */
static void
test_lint_solve_marker (void)
{
    g_autofree char *dir = make_folder ();
    g_autofree char *expected = g_strdup_printf (
	"%s/solve-bare-1.tmpl: a solve template without the marker '[[ describe the fix here ]]': "
	"the agent could miss where the fix goes", dir);
    g_autoptr (GPtrArray) problems = NULL;
    size_t count = 0;

    write_file (dir, "solve-bare-1.tmpl", "move: solve\nwhen: question\n---\nHere is the fix.\n", -1);
    write_file (dir, "solve-nested-1.tmpl", "move: solve\nwhen: question\n---\n"
		"{{#if casual}}\nHey!\n{{else}}\n{{#unless formal}}\n[[ describe the fix here ]]\n"
		"{{/unless}}\n{{/if}}\n", -1);
    write_file (dir, "greeting-odd-1.tmpl", "move: greeting\nwhen: question\n---\nHi!\n", -1);
    problems = lint (dir, FALSE, "/nonexistent/dictionary", &count);
    /* the bare one and the missing dictionary */
    g_assert_cmpuint (count, ==, 2);
    if (problems->len == 2)
	g_assert_cmpstr (problems->pdata[1], ==, expected);
    remove_folder (dir);
}

/* The lint reports every problem of a folder, not only the first. */
static void
test_lint_all_problems (void)
{
    g_autofree char *dir = make_folder ();
    g_autoptr (GPtrArray) problems = NULL;
    g_autofree char *first = NULL, *second = NULL;
    size_t count = 0;

    write_file (dir, "a.tmpl", "move: greeting\n---\nHi {{customer.nickname}}\n", -1);
    write_file (dir, "b.tmpl", "move: greeting\n---\n{{#if casual}}Hi\n", -1);
    problems = lint (dir, FALSE, "/nonexistent/dictionary", &count);
    /* two broken files and the missing dictionary */
    g_assert_cmpuint (count, ==, 3);
    first = g_strdup_printf ("%s/a.tmpl:3:4: unknown variable 'customer.nickname'", dir);
    second = g_strdup_printf ("%s/b.tmpl:3:1: '{{#if casual}}' is never closed", dir);
    if (problems->len == 3) {
	g_assert_cmpstr (problems->pdata[0], ==, first);
	g_assert_cmpstr (problems->pdata[1], ==, second);
    }
    remove_folder (dir);
}

/* A name that is not a folder is an error, not a problem found. */
static void
test_lint_not_a_folder (void)
{
    const char *folders[] = { "/nonexistent/tact-templates", NULL };
    size_t count = 99;
    char *error = NULL;

    g_assert_cmpint (tact_templates_lint (&count, folders, FALSE, NULL, NULL, NULL, &error), ==,
		     TACT_STATUS_BAD_INPUT);
    g_assert_cmpstr (error, ==, "/nonexistent/tact-templates is not a folder");
    free (error);
}

/* The built-in templates lint clean. */
static void
test_lint_builtin (void)
{
    g_autoptr (GPtrArray) problems = NULL;
    size_t count = 99;

    if (! have_dictionary ())
	return;
    problems = lint (NULL, TRUE, DICTIONARY, &count);
    g_assert_cmpuint (count, ==, 0);
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    g_test_set_nonfatal_assertions ();

    for (size_t i = 0; i < G_N_ELEMENTS (mirror_cases); i++) {
	g_autofree char *name = g_strdup_printf ("/mirror/case-%02zu", i);
	g_test_add_data_func (name, &mirror_cases[i], check_mirror);
    }
    for (size_t i = 0; i < G_N_ELEMENTS (mirror_fixed_cases); i++) {
	g_autofree char *name = g_strdup_printf ("/mirror/fixed-%02zu", i);
	g_test_add_data_func (name, &mirror_fixed_cases[i], check_mirror);
    }
    g_test_add_func ("/mirror/bad-arguments", test_mirror_bad_arguments);
    g_test_add_func ("/mirror/spelled-out", test_spelled_out);

    for (size_t i = 0; i < G_N_ELEMENTS (followup_cases); i++) {
	g_autofree char *name = g_strdup_printf ("/followup/case-%02zu", i);
	g_test_add_data_func (name, &followup_cases[i], check_followup);
    }
    g_test_add_func ("/followup/deadline", test_followup_deadline);
    g_test_add_func ("/followup/fixed-midnight", test_followup_midnight);

    for (size_t i = 0; i < G_N_ELEMENTS (wrap_cases); i++) {
	g_autofree char *name = g_strdup_printf ("/wrap/case-%02zu", i);
	g_test_add_data_func (name, &wrap_cases[i], check_wrap);
    }
    g_test_add_func ("/wrap/width", test_wrap_width);
    g_test_add_func ("/wrap/fixed-exactly-72", test_wrap_exactly_72);

    for (size_t i = 0; i < G_N_ELEMENTS (broken_cases); i++) {
	g_autofree char *name = g_strdup_printf ("/templates/broken-%02zu", i);
	g_test_add_data_func (name, &broken_cases[i], check_broken);
    }
    for (size_t i = 0; i < G_N_ELEMENTS (broken_header_bug_cases); i++) {
	g_autofree char *name = g_strdup_printf ("/templates/fixed-header-column-%02zu", i);
	g_test_add_data_func (name, &broken_header_bug_cases[i], check_broken);
    }
    g_test_add_func ("/templates/override", test_override);
    g_test_add_func ("/templates/override-two-layers", test_override_two_layers);
    g_test_add_func ("/templates/missing-folder", test_missing_folder);
    g_test_add_func ("/templates/body-tree", test_body_tree);
    g_test_add_func ("/templates/builtin-index", test_builtin_index);

    g_test_add_func ("/lint/misspelled", test_lint_misspelled);
    g_test_add_func ("/lint/words-txt", test_lint_words_txt);
    g_test_add_func ("/lint/coverage", test_lint_coverage);
    g_test_add_func ("/lint/solve-marker", test_lint_solve_marker);
    g_test_add_func ("/lint/all-problems", test_lint_all_problems);
    g_test_add_func ("/lint/not-a-folder", test_lint_not_a_folder);
    g_test_add_func ("/lint/builtin", test_lint_builtin);

    return g_test_run ();
}
