/* Unit tests of the split of a body into new text, quoted history and
 * signature.  Prints TAP (GLib's test framework). */
#include "config.h"

#include <string.h>

#include "core/lexicon.h"
#include "core/text.h"

static tact_lexicon_t *quoting;

typedef struct split_case {
    const char *body;
    const char *sender;
    const char *new_text;
    size_t quoted_bytes;
    size_t signature_bytes;
} split_case_t;

static void
check_split (gconstpointer data)
{
    const split_case_t *c = data;
    tact_split_t split;

    tact_text_split (&split, quoting, c->body, c->sender);
    g_assert_cmpstr (split.new_text, ==, c->new_text);
    g_assert_cmpuint (split.quoted_bytes, ==, c->quoted_bytes);
    g_assert_cmpuint (split.signature_bytes, ==, c->signature_bytes);
    g_free (split.new_text);
    g_free (split.signature);
}

static const split_case_t cases[] = {
    {   /* 0: nothing to split */
	"Hi,\n\nMy invoice is wrong.\n", NULL,
	"Hi,\n\nMy invoice is wrong.\n", 0, 0 },
    {   /* 1: bottom quote with attribution */
	"Still broken.\n\nOn Tue, Nov 10, 2026 at 9:14 AM Dana Reyes <d@x.example> wrote:\n> Try now.\n> Dana\n",
	NULL, "Still broken.\n", 64 + 11 + 7, 0 },
    {   /* 2: attribution wrapped over two lines */
	"Thanks!\nThat worked.\n\nOn Tue, Nov 10, 2026 at 9:14 AM Dana Reyes\n<d@x.example> wrote:\n> Try now.\n",
	NULL, "Thanks!\nThat worked.\n", 43 + 21 + 11, 0 },
    {   /* 3: Outlook original message over a full unquoted copy */
	"No change here.\n\n-----Original Message-----\nFrom: Dana\nSent: Tuesday\nHi Maria\n",
	NULL, "No change here.\n", 27 + 11 + 14 + 9, 0 },
    {   /* 4: From:/Sent: block under an underscore line */
	"See below.\n\n________________________________\nFrom: Dana Reyes <d@x.example>\nSent: 10 November 2026 09:00\nTo: Tom\nSubject: Re: x\n\nold text\n",
	NULL, "See below.\n", 33 + 31 + 29 + 8 + 15 + 1 + 9, 0 },
    {   /* 5: a From: line in prose is not a header block */
	"From: my phone I cannot log in.\nIt says wrong password.\n", NULL,
	"From: my phone I cannot log in.\nIt says wrong password.\n", 0, 0 },
    {   /* 6: interleaved answers between quotes */
	"Dana Reyes wrote:\n> Which browser?\nFirefox 120.\n> And the version?\nThe newest one.\n", NULL,
	"Firefox 120.\n\nThe newest one.\n", 18 + 17 + 19, 0 },
    {   /* 7: dash dash space signature */
	"It works now.\n\n-- \nTom Becker\nAcme Foods\n", NULL,
	"It works now.\n", 0, 4 + 11 + 11 },
    {   /* 8: device signature above a quote */
	"ok will try\n\nSent from my iPhone\n\n> Please restart the app.\n", NULL,
	"ok will try\n", 26, 20 + 1 },
    {   /* 9: sign-off block with name, title and phone */
	"The refund never arrived.\n\nBest regards,\nTom Becker\nOperations Lead, Acme Foods\n+49 30 1234567\n",
	NULL, "The refund never arrived.\n", 0, 14 + 11 + 28 + 15 },
    {   /* 10: "Thanks," then the name */
	"Can you check my account?\n\nThanks,\nMaria\n", NULL,
	"Can you check my account?\n", 0, 8 + 6 },
    {   /* 11: a thank-you sentence is new text, the name alone is signature */
	"That fixed it, thanks for your help!\nMaria\n", "Maria Lopez",
	"That fixed it, thanks for your help!\n", 0, 6 },
    {   /* 12: a message that is only a sign-off keeps it as new text */
	"Thanks!\n", NULL, "Thanks!\n", 0, 0 },
    {   /* 13: German attribution */
	"Danke, es geht jetzt.\n\nAm 12.11.2026 um 10:03 schrieb Dana Reyes <d@x.example>:\n> Bitte erneut versuchen.\n",
	NULL, "Danke, es geht jetzt.\n", 57 + 26, 0 },
    {   /* 14: French attribution */
	"Toujours pas.\n\nLe 12 nov. 2026 à 10:03, Dana Reyes <d@x.example> a écrit :\n> Essayez encore.\n",
	NULL, "Toujours pas.\n", 62 + 18, 0 },
    {   /* 15: nested quotes */
	"Any news?\n\nOn Mon, Nov 9, 2026, Dana wrote:\n> Checking.\n> > It fails.\n", NULL,
	"Any news?\n", 33 + 12 + 14, 0 },
    {   /* 16: inline forwarded block */
	"FYI the shop sent this:\n\n---------- Forwarded message ---------\nFrom: Shop <s@example.net>\nDate: Mon\n\nYour order shipped.\n",
	NULL, "FYI the shop sent this:\n", 39 + 27 + 10 + 1 + 20, 0 },
    {   /* 17: attribution followed by unquoted copy (top-posted client) */
	"Still no email.\n\nOn 10/11/2026 09:14, Dana Reyes wrote:\nHi Maria, try again.\n", NULL,
	"Still no email.\n", 39 + 21, 0 },
    {   /* 18: question after a sign-off-like word stays new text */
	"Regards\nCan you also tell me when it ships?\n", NULL,
	"Regards\nCan you also tell me when it ships?\n", 0, 0 },
    {   /* 19: no final newline */
	"Hello there\n\n-- \nsig", NULL, "Hello there\n", 0, 4 + 3 },
    {   /* 20: empty body */
	"", NULL, "", 0, 0 },
    {   /* 21: "Sent from my" mid-sentence is not a signature */
	"The invoice I sent from my laptop is gone.\n", NULL,
	"The invoice I sent from my laptop is gone.\n", 0, 0 },
};

/* Every built-in pattern compiles, and arrives compiled from the build. */
static void
test_builtins_compile (void)
{
    static const char *const files[] = { "quoting.lex", "cues.lex" };

    for (size_t i = 0; i < G_N_ELEMENTS (files); i++) {
	tact_lexicon_t *lexicon = NULL;
	char *error = NULL;

	g_assert_cmpint (tact_lexicon_load_builtin (&lexicon, files[i], &error), ==, 0);
	g_assert_cmpint (tact_lexicon_check (lexicon, &error), ==, 0);
	g_assert_null (error);
	g_assert_cmpuint (tact_lexicon_rules (lexicon)->len, >, 10);
	/* the build compiled them, from this very text: no run of tact
	 * compiles them again */
	g_assert_cmpuint (tact_lexicon_count_precompiled (lexicon), ==,
			  tact_lexicon_rules (lexicon)->len);
	g_assert_true (tact_lexicon_builtin_is_current (files[i]));
	tact_lexicon_free (lexicon);
    }
}

int
main (int argc, char **argv)
{
    char *error = NULL;

    g_test_init (&argc, &argv, NULL);
    g_test_set_nonfatal_assertions ();
    if (tact_lexicon_load_builtin (&quoting, "quoting.lex", &error)) {
	g_printerr ("%s\n", error);
	return 1;
    }
    g_test_add_func ("/lexicon/builtins-compile", test_builtins_compile);
    for (size_t i = 0; i < G_N_ELEMENTS (cases); i++) {
	g_autofree char *name = g_strdup_printf ("/split/case-%02zu", i);
	g_test_add_data_func (name, &cases[i], check_split);
    }
    return g_test_run ();
}
