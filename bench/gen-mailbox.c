/* gen-mailbox.c - write a synthetic support mailbox for the tact benchmark
 *
 * usage: gen-mailbox DIR [COUNT [SEED]]
 *
 * Writes COUNT (default 50000) RFC 822 messages into the maildir DIR/cur
 * (creating DIR/cur, DIR/new and DIR/tmp) and the bare Message-IDs of 200
 * evenly sampled customer messages into DIR/ids.txt.  The output depends
 * only on COUNT and SEED (default 1): the program uses its own PRNG.
 *
 * The messages form support threads of 1 to 6 messages, alternating
 * between a customer and the agent, Dana Reyes <support@ledgerly.example>.
 * Bodies are assembled from sentence fragments; replies quote the previous
 * message.  About 10% are multipart/alternative with an HTML part, 5% carry
 * a small base64 attachment, 3% are quoted-printable and about 2% are
 * ISO-8859-1.
 *
 * Only libc and GLib are used.  Build:
 *   gcc -std=c99 -Wall -Wextra -O2 gen-mailbox.c \
 *       $(pkg-config --cflags --libs glib-2.0) -o gen-mailbox
 */
#include <glib.h>
#include <glib/gstdio.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_COUNT 50000u
#define DEFAULT_SEED 1u
#define N_CUSTOMERS 3000u
#define N_SAMPLES 200u
#define PROGRESS_EVERY 5000u
#define MAX_THREAD 6
#define WRAP_COLUMN 72

#define AGENT_NAME "Dana Reyes"
#define AGENT_ADDR "support@ledgerly.example"

/* 2026-01-01T00:00:00Z */
#define YEAR_START 1767225600LL

/* ------------------------------------------------------------------ */
/* PRNG: xorshift64* seeded through splitmix64.                        */

static uint64_t rng_state;

static void
rng_seed (uint64_t seed)
{
    uint64_t z = seed + 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    rng_state = z ? z : 0x2545F4914F6CDD1DULL;
}

static uint64_t
rng_next (void)
{
    uint64_t x = rng_state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    rng_state = x;
    return x * 0x2545F4914F6CDD1DULL;
}

/* Uniform-enough integer in [0, n). */
static uint32_t
rnd (uint32_t n)
{
    return (uint32_t) (((rng_next () >> 32) * (uint64_t) n) >> 32);
}

/* True with probability pct/100. */
static int
chance (uint32_t pct)
{
    return rnd (100) < pct;
}

#define PICK(array) ((array)[rnd ((uint32_t) G_N_ELEMENTS (array))])

/* Sentences already used in the body being written, so that one message
 * does not say the same thing twice. */
static const char *used[64];
static size_t n_used;

static void
reset_used (void)
{
    n_used = 0;
}

static const char *
pick_unused (const char *const *array, size_t n)
{
    const char *s = array[rnd ((uint32_t) n)];
    int tries;
    size_t i;

    for (tries = 0; tries < 8; tries++) {
        for (i = 0; i < n_used && used[i] != s; i++)
            ;
        if (i == n_used)
            break;
        s = array[rnd ((uint32_t) n)];
    }
    if (n_used < G_N_ELEMENTS (used))
        used[n_used++] = s;
    return s;
}

#define PICKU(array) pick_unused ((array), G_N_ELEMENTS (array))

/* ------------------------------------------------------------------ */
/* Word lists.                                                         */

typedef struct {
    const char *disp;   /* UTF-8 display form */
    const char *ascii;  /* lower-case ASCII form for addresses */
} name_t;

static const name_t FIRST_NAMES[] = {
    {"Emma", "emma"}, {"Liam", "liam"}, {"Olivia", "olivia"},
    {"Noah", "noah"}, {"Ava", "ava"}, {"Mateo", "mateo"},
    {"Sofia", "sofia"}, {"Lucas", "lucas"}, {"Mia", "mia"},
    {"Ethan", "ethan"}, {"Chloé", "chloe"}, {"José", "jose"},
    {"Zoë", "zoe"}, {"Søren", "soren"}, {"Renée", "renee"},
    {"François", "francois"}, {"Priya", "priya"}, {"Arjun", "arjun"},
    {"Mei", "mei"}, {"Hiroshi", "hiroshi"}, {"Fatima", "fatima"},
    {"Omar", "omar"}, {"Grace", "grace"}, {"Henry", "henry"},
    {"Isabel", "isabel"}, {"Jack", "jack"}, {"Kate", "kate"},
    {"Leo", "leo"}, {"Nina", "nina"}, {"Oscar", "oscar"},
    {"Paula", "paula"}, {"Quinn", "quinn"}, {"Rosa", "rosa"},
    {"Sam", "sam"}, {"Tom", "tom"}, {"Uma", "uma"},
    {"Victor", "victor"}, {"Wendy", "wendy"}, {"Xavier", "xavier"},
    {"Yara", "yara"}, {"Zack", "zack"}, {"Ben", "ben"},
    {"Clara", "clara"}, {"Daniel", "daniel"}, {"Elena", "elena"},
    {"Felix", "felix"}, {"Hannah", "hannah"}, {"Inès", "ines"},
    {"Jonas", "jonas"}, {"Lena", "lena"}, {"Marcus", "marcus"},
    {"Nadia", "nadia"}, {"Tobias", "tobias"}, {"Ana", "ana"},
    {"Björn", "bjorn"}, {"Carmen", "carmen"}, {"Derek", "derek"},
    {"Aisha", "aisha"}, {"Kenji", "kenji"}, {"Molly", "molly"},
};

static const name_t LAST_NAMES[] = {
    {"Smith", "smith"}, {"Johnson", "johnson"}, {"Williams", "williams"},
    {"Brown", "brown"}, {"Garcia", "garcia"}, {"Miller", "miller"},
    {"Davis", "davis"}, {"Martínez", "martinez"}, {"Lopez", "lopez"},
    {"Wilson", "wilson"}, {"Anderson", "anderson"}, {"Thomas", "thomas"},
    {"Taylor", "taylor"}, {"Moore", "moore"}, {"Jackson", "jackson"},
    {"Martin", "martin"}, {"Lee", "lee"}, {"Pérez", "perez"},
    {"Thompson", "thompson"}, {"White", "white"}, {"Harris", "harris"},
    {"Clark", "clark"}, {"Lewis", "lewis"}, {"Robinson", "robinson"},
    {"Walker", "walker"}, {"Young", "young"}, {"Allen", "allen"},
    {"King", "king"}, {"Wright", "wright"}, {"Scott", "scott"},
    {"Müller", "mueller"}, {"Schmidt", "schmidt"}, {"Dubois", "dubois"},
    {"Lefèvre", "lefevre"}, {"Rossi", "rossi"}, {"Bianchi", "bianchi"},
    {"Nakamura", "nakamura"}, {"Tanaka", "tanaka"}, {"Kim", "kim"},
    {"Park", "park"}, {"Singh", "singh"}, {"Patel", "patel"},
    {"Nguyen", "nguyen"}, {"Chen", "chen"}, {"Wang", "wang"},
    {"Okafor", "okafor"}, {"Mensah", "mensah"}, {"Novak", "novak"},
    {"Kowalski", "kowalski"}, {"Jensen", "jensen"}, {"Larsen", "larsen"},
    {"Ångström", "angstrom"}, {"O'Brien", "obrien"}, {"Murphy", "murphy"},
    {"Fischer", "fischer"}, {"Weber", "weber"}, {"Silva", "silva"},
    {"Santos", "santos"}, {"Costa", "costa"}, {"Núñez", "nunez"},
};

typedef struct {
    const char *name;
    const char *domain;
} company_t;

static const company_t COMPANIES[] = {
    {"Bright Side Bakery", "brightsidebakery.example"},
    {"Northwind Plumbing", "northwindplumbing.example"},
    {"Kestrel Design Studio", "kestreldesign.example"},
    {"Harbor Lane Dental", "harborlanedental.example"},
    {"Pine & Porter Coffee", "pineporter.example"},
    {"Atlas Freight Ltd", "atlasfreight.example"},
    {"Blue Heron Yoga", "blueheronyoga.example"},
    {"Copperleaf Consulting", "copperleaf.example"},
    {"Driftwood Rentals", "driftwoodrentals.example"},
    {"Evergreen Landscaping", "evergreenland.example"},
    {"Fox & Finch Books", "foxfinch.example"},
    {"Granite Peak Builders", "granitepeak.example"},
    {"Hollow Oak Vineyard", "hollowoak.example"},
    {"Iris Photography", "irisphoto.example"},
    {"Juniper Tax Services", "junipertax.example"},
    {"Lumen Electric", "lumenelectric.example"},
    {"Maple Street Vets", "maplestreetvets.example"},
    {"Nimbus Web Agency", "nimbusweb.example"},
    {"Orchard Hill Farm", "orchardhill.example"},
    {"Quarry Row Architects", "quarryrow.example"},
    {"Redwood Physio", "redwoodphysio.example"},
    {"Saltmarsh Catering", "saltmarsh.example"},
    {"Tidewater Marine", "tidewatermarine.example"},
    {"Umber & Ash Interiors", "umberash.example"},
    {"Velvet Moon Events", "velvetmoon.example"},
    {"Westfield Auto Repair", "westfieldauto.example"},
};

static const char *const PERSONAL_DOMAINS[] = {
    "mail.example", "inbox.example", "post.example", "fastmail.example",
    "webmail.example", "online.example", "home.example", "me.example",
};

static const int CUSTOMER_TZ[] = {
    -480, -420, -360, -300, -300, -300, -240, 0, 0, 60, 60, 60, 120, 330,
    540, 600,
};

typedef struct {
    const char *subject;
    const char *lines[4];
} topic_t;

static const topic_t TOPICS[] = {
    {"Invoice export stuck",
     {"I tried to export my invoices but the button kept spinning.",
      "The CSV export never finishes, it just sits at 0% forever.",
      "I need the export for my accountant by Friday.",
      "It worked fine last month, so something must have changed."}},
    {"Can't connect my bank account",
     {"The bank sync has been failing since Tuesday.",
      "Every time I try to reconnect my bank it says \"authorization expired\".",
      "None of my transactions from this week are showing up.",
      "I already removed the connection and added it again, no luck."}},
    {"Charged twice this month",
     {"I was charged twice for my subscription this month.",
      "My card statement shows two identical payments on the same day.",
      "Can you please refund the duplicate charge?",
      "We only have one account as far as I know."}},
    {"How do I add a second user?",
     {"My bookkeeper needs access to our account.",
      "I can't find where to invite another user.",
      "Is adding a second user included in our plan or does it cost extra?",
      "Ideally she would only see invoices and not the bank feed."}},
    {"VAT number missing on PDF invoices",
     {"Our VAT number doesn't appear on the PDF invoices anymore.",
      "A client just rejected an invoice because the VAT number was missing.",
      "The number is definitely filled in under company settings.",
      "The preview shows it, but the downloaded PDF does not."}},
    {"Password reset email never arrives",
     {"I requested a password reset three times and got nothing.",
      "I checked my spam folder and there's nothing there either.",
      "I'm completely locked out of my account right now.",
      "Could you send the reset link to my other address instead?"}},
    {"Recurring invoice sent to the wrong client",
     {"A recurring invoice went out to the wrong client this morning.",
      "The template is set up for one client but the email went to another.",
      "This is quite embarrassing, the amounts are confidential.",
      "I need to know how this happened so it doesn't happen again."}},
    {"Question about annual plan pricing",
     {"We're thinking about switching to the annual plan.",
      "Is the discount applied to the whole year up front?",
      "What happens to the remaining days of our current monthly plan?",
      "Do you offer any discount for non-profits?"}},
    {"Reports show wrong totals",
     {"The profit and loss report shows a different total than the dashboard.",
      "The numbers for March are off by a few hundred.",
      "I've gone through every transaction and can't find the difference.",
      "Maybe the report is counting draft invoices?"}},
    {"Mobile app crashes on startup",
     {"The app crashes as soon as I open it.",
      "I reinstalled it twice and it still closes right after the splash screen.",
      "I'm on the latest version of the app and of iOS.",
      "I really need it to scan receipts while I'm on the road."}},
    {"Importing expenses from a spreadsheet",
     {"I'm trying to import last year's expenses from a spreadsheet.",
      "The import says \"column mapping failed\" and stops.",
      "The file is a normal CSV with a date, amount and description.",
      "Is there a template I should be using?"}},
    {"Cancel my subscription",
     {"I'd like to cancel my subscription at the end of this billing period.",
      "We're closing the business, so we won't need the account anymore.",
      "I can't find a cancel button anywhere in the settings.",
      "Please make sure I can still download my data afterwards."}},
    {"Receipt upload fails",
     {"Uploading receipts fails with \"file too large\".",
      "The photos are only about 3 MB each.",
      "It happens both on the website and in the app.",
      "I have about forty receipts waiting to be uploaded."}},
    {"Currency conversion looks off",
     {"Invoices in euros are converted with the wrong exchange rate.",
      "The rate used seems to be from weeks ago.",
      "Where does the exchange rate come from?",
      "Can I set the rate manually for a single invoice?"}},
    {"Payment reminders not sending",
     {"Automatic payment reminders stopped going out.",
      "Three clients are overdue and none of them got a reminder.",
      "The reminder schedule is still switched on in the settings.",
      "Did something change in the last update?"}},
    {"Locked out by two-factor authentication",
     {"I got a new phone and now I can't pass the two-factor check.",
      "My old phone is gone, so I can't get the codes from it.",
      "I don't think I ever saved the backup codes.",
      "What do you need from me to verify it's really me?"}},
};

static const char *const CUSTOMER_OPENERS[] = {
    "Hi,", "Hello,", "Hi Dana,", "Hey there,", "Good morning,",
    "Dear Ledgerly Support,", "Dear Sir or Madam,", "Hi support team,",
    "Hello Ledgerly team,", "Hi there,", "Good afternoon,",
};

static const char *const FOLLOWUP_OPENERS[] = {
    "Hi Dana,", "Hi again,", "Hello Dana,", "Thanks Dana,", "Hi,",
    "Dear Dana,", "Hey Dana,",
};

static const char *const FRUSTRATION[] = {
    "This is really frustrating.",
    "Honestly I'm starting to lose patience here.",
    "This is the third time I'm writing about this.",
    "I've wasted a whole afternoon on this already.",
    "We pay for the premium plan, so I'd expect this to just work.",
    "I really don't have time for this right now.",
    "Please sort this out as soon as possible.",
    "If this isn't fixed soon we'll have to look at other options.",
    "I'm at my wits' end with this.",
};

static const char *const CASUAL[] = {
    "I'm on a Mac, using Chrome if that matters.",
    "Tried it in Firefox too, same thing.",
    "I cleared the cache and logged out and back in.",
    "Not sure if I'm doing something wrong.",
    "lol I'm probably missing something obvious",
    "Happy to jump on a call if that's easier.",
    "I've attached a screenshot of what I see.",
    "No rush, but it would be nice to have it working this week.",
    "I'm not very technical so please keep it simple.",
    "My colleague says it works for her, which is weird.",
    "It started right after I changed my password, not sure if related.",
    "Anyway, hope you're having a good week!",
};

static const char *const FORMAL[] = {
    "I would be grateful if you could look into this at your earliest convenience.",
    "Please find the relevant details below.",
    "Kindly advise on how to proceed.",
    "I look forward to your reply.",
    "Please let me know if you require any further information.",
    "Our account is registered under the company name.",
    "I would appreciate a written confirmation once this has been resolved.",
};

static const char *const THANKS_GOOD[] = {
    "Thanks, that worked!",
    "Thank you so much for the quick reply.",
    "Perfect, that fixed it.",
    "Great, thanks Dana, all sorted now.",
    "Appreciate the help, everything looks right now.",
    "That did the trick, thank you!",
    "Wonderful, thank you for your patience with me.",
};

static const char *const THANKS_BAD[] = {
    "Unfortunately that didn't help, the problem is still there.",
    "I tried what you suggested but nothing changed.",
    "Thanks for the reply, but I'm still seeing the same error.",
    "I did exactly that and it's still broken.",
    "Sorry, I'm not sure where to find that setting.",
    "It worked for a day and now it's back to the same problem.",
};

static const char *const CUSTOMER_CLOSINGS[] = {
    "Thanks,", "Best regards,", "Cheers,", "Kind regards,",
    "Thanks in advance,", "Regards,", "Many thanks,", "Best,", "Thank you,",
};

static const char *const LATIN1_LINES[] = {
    "Merci beaucoup et bonne journée.",
    "Viele Grüße aus Köln.",
    "Gracias de antemano, saludos desde Málaga.",
    "Tusen takk, hilsen fra Tromsø.",
    "Obrigado pela ajuda, até logo.",
};

static const char *const AGENT_OPENERS[] = {
    "Thanks for reaching out.",
    "Thanks for getting in touch with us.",
    "Sorry to hear about the trouble with this.",
    "Thanks for the details, that helps a lot.",
    "I'm sorry for the inconvenience.",
    "Thanks for your patience while I looked into this.",
};

static const char *const AGENT_BODY[] = {
    "I've looked into your account and can see what's going on.",
    "Could you try clearing your browser cache and trying again?",
    "Our engineering team has deployed a fix for this earlier today.",
    "I've issued a refund for the duplicate charge; it should appear within 5–7 business days.",
    "You can find this under Settings → Team → Invite user.",
    "Could you send me a screenshot of the error message?",
    "This was caused by a known issue that affected a small number of accounts.",
    "I've reset the connection on our side, so please try once more.",
    "The export runs in the background, and you'll get an email with a download link.",
    "I've escalated this to our engineering team and will update you as soon as I hear back.",
    "Could you tell me which browser and version you're using?",
    "I've sent a fresh link to the address on file.",
    "The template you're using still points to the old client, which is why this happened.",
    "Please note that changes to company settings only apply to new invoices.",
    "You can re-generate the PDF from the invoice page using the ⋯ menu.",
};

static const char *const AGENT_CLOSINGS[] = {
    "Let me know if there is anything else I can help with.",
    "Please let me know if that works for you.",
    "Just reply to this email if the problem comes back.",
    "Have a great rest of your day!",
    "I'll keep this ticket open until I hear back from you.",
};

static const char *const AGENT_SIGNOFFS[] = {
    "Best,", "Kind regards,", "Cheers,", "All the best,", "Best regards,",
};

static const char *const MOBILE_SIGS[] = {
    "Sent from my iPhone", "Sent from my Android phone",
    "Sent from my iPad", "Get Outlook for iOS",
    "Sent from Mail for Windows",
};

static const char *const MONTHS[] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun",
    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

static const char *const WEEKDAYS[] = {
    "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
};

/* ------------------------------------------------------------------ */
/* Customers.                                                          */

typedef struct {
    char *display;      /* UTF-8 display name */
    char *first;        /* UTF-8 first name */
    char *addr;
    const char *company;    /* NULL for private customers */
    const char *domain;
    int tz;             /* minutes east of UTC */
    int mobile;         /* writes from a phone: no wrapping, phone signature */
    int style;          /* 0 casual, 1 neutral, 2 formal */
    int last_first;     /* display name written as "Last, First" */
    int has_sig;
} customer_t;

static customer_t *customers;

static void
make_customers (void)
{
    size_t nf = G_N_ELEMENTS (FIRST_NAMES), nl = G_N_ELEMENTS (LAST_NAMES);
    GHashTable *seen = g_hash_table_new (g_str_hash, g_str_equal);
    uint32_t i;

    customers = g_new0 (customer_t, N_CUSTOMERS);
    for (i = 0; i < N_CUSTOMERS; i++) {
        customer_t *c = &customers[i];
        size_t p = ((size_t) i * 7919u) % (nf * nl);
        const name_t *f = &FIRST_NAMES[p % nf];
        const name_t *l = &LAST_NAMES[p / nf];
        char *local = NULL;
        char *addr;
        unsigned n = 2;

        if (chance (40)) {
            const company_t *co = &COMPANIES[rnd ((uint32_t) G_N_ELEMENTS (COMPANIES))];
            c->company = co->name;
            c->domain = co->domain;
        } else {
            c->company = NULL;
            c->domain = PICK (PERSONAL_DOMAINS);
        }
        switch (rnd (5)) {
        case 0:
            local = g_strdup_printf ("%s.%s", f->ascii, l->ascii);
            break;
        case 1:
            local = g_strdup_printf ("%c%s", f->ascii[0], l->ascii);
            break;
        case 2:
            local = g_strdup_printf ("%s%u", f->ascii, 10 + rnd (90));
            break;
        case 3:
            local = g_strdup_printf ("%s_%s", f->ascii, l->ascii);
            break;
        default:
            local = g_strdup (f->ascii);
            break;
        }
        addr = g_strdup_printf ("%s@%s", local, c->domain);
        while (g_hash_table_contains (seen, addr)) {
            g_free (addr);
            addr = g_strdup_printf ("%s%u@%s", local, n++, c->domain);
        }
        g_free (local);
        g_hash_table_add (seen, addr);

        c->addr = addr;
        c->first = g_strdup (f->disp);
        c->display = g_strdup_printf ("%s %s", f->disp, l->disp);
        c->last_first = chance (5);
        c->tz = PICK (CUSTOMER_TZ);
        c->mobile = chance (25);
        c->style = (int) rnd (3);
        c->has_sig = chance (40);
    }
    /* The addresses live as long as the program. */
    g_hash_table_destroy (seen);
}

/* ------------------------------------------------------------------ */
/* Small formatting helpers.                                           */

static void
civil_from_days (long long z, int *y, int *m, int *d)
{
    long long era, doe, yoe, doy, mp;

    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = (int) (doy - (153 * mp + 2) / 5 + 1);
    *m = (int) (mp < 10 ? mp + 3 : mp - 9);
    *y = (int) (yoe + era * 400 + (*m <= 2));
}

typedef struct {
    int year, mon, day, hour, min, sec, wday, tz;
} stamp_t;

static stamp_t
local_stamp (long long t, int tz)
{
    stamp_t s;
    long long lt = t + (long long) tz * 60;
    long long days = lt >= 0 ? lt / 86400 : (lt - 86399) / 86400;
    long long secs = lt - days * 86400;

    civil_from_days (days, &s.year, &s.mon, &s.day);
    s.hour = (int) (secs / 3600);
    s.min = (int) (secs / 60 % 60);
    s.sec = (int) (secs % 60);
    s.wday = (int) (((days % 7) + 11) % 7);     /* 1970-01-01 was a Thursday */
    s.tz = tz;
    return s;
}

/* "Tue, 3 Mar 2026 14:22:05 -0500" */
static void
append_rfc_date (GString *out, const stamp_t *s)
{
    int tz = s->tz < 0 ? -s->tz : s->tz;

    g_string_append_printf (out, "%s, %d %s %d %02d:%02d:%02d %c%02d%02d",
                            WEEKDAYS[s->wday], s->day, MONTHS[s->mon - 1],
                            s->year, s->hour, s->min, s->sec,
                            s->tz < 0 ? '-' : '+', tz / 60, tz % 60);
}

static int
agent_tz (long long t)
{
    /* Pacific time, roughly: daylight saving from March 8 to November 1. */
    long long day = (t - YEAR_START) / 86400;
    return (day >= 66 && day < 304) ? -420 : -480;
}

static int
is_ascii (const char *s)
{
    for (; *s; s++)
        if ((unsigned char) *s >= 0x80)
            return 0;
    return 1;
}

/* A display name as it goes into a header: RFC 2047 when not ASCII,
 * quoted when it has a comma. */
static void
append_header_name (GString *out, const char *name)
{
    const unsigned char *p;

    if (is_ascii (name)) {
        if (strchr (name, ',') || strchr (name, '\''))
            g_string_append_printf (out, "\"%s\"", name);
        else
            g_string_append (out, name);
        return;
    }
    g_string_append (out, "=?UTF-8?Q?");
    for (p = (const unsigned char *) name; *p; p++) {
        if (*p == ' ')
            g_string_append_c (out, '_');
        else if (*p >= 0x80 || *p == '=' || *p == '?' || *p == '_'
                 || *p == '"' || *p == ',')
            g_string_append_printf (out, "=%02X", *p);
        else
            g_string_append_c (out, (char) *p);
    }
    g_string_append (out, "?=");
}

static char *
customer_header_name (const customer_t *c)
{
    if (c->last_first) {
        const char *sp = strchr (c->display, ' ');
        if (sp)
            return g_strdup_printf ("%s, %.*s", sp + 1,
                                    (int) (sp - c->display), c->display);
    }
    return g_strdup (c->display);
}

static void
append_mailbox (GString *out, const char *name, const char *addr)
{
    append_header_name (out, name);
    g_string_append_printf (out, " <%s>", addr);
}

static int
count_lines (const GString *s)
{
    int n = 0;
    gsize i;

    for (i = 0; i < s->len; i++)
        if (s->str[i] == '\n')
            n++;
    return n;
}

/* Append text wrapped at WRAP_COLUMN (no wrapping when wrap is 0),
 * ending with a newline. */
static void
append_wrapped (GString *out, const char *text, int wrap)
{
    const char *p = text;
    size_t col = 0;

    if (!wrap) {
        g_string_append (out, text);
        g_string_append_c (out, '\n');
        return;
    }
    while (*p) {
        const char *sp = strchr (p, ' ');
        size_t wlen = sp ? (size_t) (sp - p) : strlen (p);

        if (col > 0 && col + 1 + wlen > WRAP_COLUMN) {
            g_string_append_c (out, '\n');
            col = 0;
        } else if (col > 0) {
            g_string_append_c (out, ' ');
            col++;
        }
        g_string_append_len (out, p, (gssize) wlen);
        col += wlen;
        p += wlen;
        while (*p == ' ')
            p++;
    }
    g_string_append_c (out, '\n');
}

/* A target length in lines for a body of its own text: 3 to 40, mostly
 * short. */
static int
target_lines (void)
{
    uint32_t a = rnd (38), b = rnd (38);
    return 3 + (int) (a * b / 37);
}

/* Add paragraphs built by make_para until the body is near target, never
 * beyond max_lines once tail_lines more are added. */
typedef void (*para_fn) (GString *para, const customer_t *c,
                         const topic_t *topic, int first);

static void
fill_paragraphs (GString *out, para_fn make_para, const customer_t *c,
                 const topic_t *topic, int wrap, int target, int tail_lines)
{
    GString *para = g_string_new (NULL);
    GString *wrapped = g_string_new (NULL);
    int first = 1;
    int guard = 0;

    while ((first || count_lines (out) + tail_lines < target) && guard++ < 20) {
        int n;

        g_string_truncate (para, 0);
        g_string_truncate (wrapped, 0);
        make_para (para, c, topic, first);
        append_wrapped (wrapped, para->str, wrap);
        n = count_lines (wrapped);
        if (!first && count_lines (out) + 1 + n + tail_lines > 40)
            break;
        if (!first)
            g_string_append_c (out, '\n');
        g_string_append_len (out, wrapped->str, (gssize) wrapped->len);
        first = 0;
    }
    g_string_free (para, TRUE);
    g_string_free (wrapped, TRUE);
}

static void
add_sentence (GString *para, const char *s)
{
    if (para->len)
        g_string_append_c (para, ' ');
    g_string_append (para, s);
}

static void
customer_para (GString *para, const customer_t *c, const topic_t *topic,
               int first)
{
    int n = 1 + (int) rnd (3), i;

    if (first)
        add_sentence (para, pick_unused (topic->lines, 4));
    for (i = 0; i < n; i++) {
        uint32_t r = rnd (10);
        if (r < 4)
            add_sentence (para, pick_unused (topic->lines, 4));
        else if (r < 6)
            add_sentence (para, PICKU (FRUSTRATION));
        else if (c->style == 2 && r < 9)
            add_sentence (para, PICKU (FORMAL));
        else
            add_sentence (para, PICKU (CASUAL));
    }
}

static void
followup_para (GString *para, const customer_t *c, const topic_t *topic,
               int first)
{
    (void) first;
    if (chance (50))
        add_sentence (para, pick_unused (topic->lines, 4));
    if (chance (40))
        add_sentence (para, c->style == 2 ? PICKU (FORMAL) : PICKU (CASUAL));
    if (chance (30))
        add_sentence (para, PICKU (FRUSTRATION));
    if (!para->len)
        add_sentence (para, PICKU (CASUAL));
}

static void
agent_para (GString *para, const customer_t *c, const topic_t *topic,
            int first)
{
    int n = 1 + (int) rnd (3), i;

    (void) c;
    (void) topic;
    if (first)
        add_sentence (para, PICKU (AGENT_OPENERS));
    for (i = 0; i < n; i++)
        add_sentence (para, PICKU (AGENT_BODY));
}

/* ------------------------------------------------------------------ */
/* Bodies.                                                             */

static void
customer_body (GString *out, const customer_t *c, const topic_t *topic,
               int followup, int latin1)
{
    int wrap = !c->mobile;
    int target = target_lines ();
    int tail = 2 + (c->mobile ? 2 : 0) + (c->has_sig ? 3 : 0);

    reset_used ();

    if (!followup || chance (70)) {
        g_string_append (out, followup ? PICK (FOLLOWUP_OPENERS)
                                       : PICK (CUSTOMER_OPENERS));
        g_string_append (out, "\n\n");
    }
    if (followup) {
        GString *para = g_string_new (chance (55) ? PICK (THANKS_GOOD)
                                                  : PICK (THANKS_BAD));
        append_wrapped (out, para->str, wrap);
        g_string_free (para, TRUE);
        if (count_lines (out) + tail < target) {
            g_string_append_c (out, '\n');
            fill_paragraphs (out, followup_para, c, topic, wrap, target, tail);
        }
    } else {
        fill_paragraphs (out, customer_para, c, topic, wrap, target, tail);
    }
    if (latin1) {
        g_string_append_c (out, '\n');
        append_wrapped (out, PICK (LATIN1_LINES), wrap);
    }
    g_string_append_c (out, '\n');
    g_string_append (out, PICK (CUSTOMER_CLOSINGS));
    g_string_append_c (out, '\n');
    g_string_append (out, c->style == 2 ? c->display : c->first);
    g_string_append_c (out, '\n');
    if (c->has_sig) {
        g_string_append (out, "\n-- \n");
        g_string_append (out, c->display);
        g_string_append_c (out, '\n');
        if (c->company)
            g_string_append_printf (out, "%s\n", c->company);
        g_string_append_printf (out, "+1 555 01%02u\n", rnd (100));
    }
    if (c->mobile) {
        g_string_append_c (out, '\n');
        g_string_append (out, PICK (MOBILE_SIGS));
        g_string_append_c (out, '\n');
    }
}

static void
agent_body (GString *out, const customer_t *c, const topic_t *topic)
{
    int target = target_lines ();

    reset_used ();
    g_string_append_printf (out, "%s %s,\n\n",
                            chance (50) ? "Hi" : "Hello", c->first);
    fill_paragraphs (out, agent_para, c, topic, 1, target, 10);
    g_string_append_c (out, '\n');
    append_wrapped (out, PICK (AGENT_CLOSINGS), 1);
    g_string_append_c (out, '\n');
    g_string_append (out, PICK (AGENT_SIGNOFFS));
    g_string_append (out, "\nDana\n\n-- \nDana Reyes\nCustomer Support, Ledgerly\n"
                     "https://ledgerly.example/help\n");
}

/* Append the quoted form of a previous body, preceded by an attribution. */
static void
append_quote (GString *out, const char *prev_body, const char *prev_name,
              const char *prev_addr, const stamp_t *s, int style)
{
    const char *p = prev_body;

    switch (style) {
    case 0:
        g_string_append_printf (out, "On %s, %s %d, %d at %d:%02d %s, %s <%s> wrote:\n",
                                WEEKDAYS[s->wday], MONTHS[s->mon - 1], s->day,
                                s->year, (s->hour + 11) % 12 + 1, s->min,
                                s->hour < 12 ? "AM" : "PM", prev_name, prev_addr);
        break;
    case 1:
        g_string_append_printf (out, "On %s %d, %d, at %02d:%02d, %s <%s> wrote:\n",
                                MONTHS[s->mon - 1], s->day, s->year, s->hour,
                                s->min, prev_name, prev_addr);
        break;
    default:
        g_string_append_printf (out, "On %02d/%02d/%d %02d:%02d, %s wrote:\n",
                                s->day, s->mon, s->year, s->hour, s->min,
                                prev_name);
        break;
    }
    while (*p) {
        const char *nl = strchr (p, '\n');
        size_t len = nl ? (size_t) (nl - p) : strlen (p);

        if (len == 0)
            g_string_append (out, ">\n");
        else if (p[0] == '>')
            g_string_append_c (out, '>');
        else
            g_string_append (out, "> ");
        if (len)
            g_string_append_len (out, p, (gssize) len);
        if (len)
            g_string_append_c (out, '\n');
        if (!nl)
            break;
        p = nl + 1;
    }
}

/* ------------------------------------------------------------------ */
/* Encodings.                                                          */

static void
append_qp (GString *out, const char *text, size_t len)
{
    size_t i = 0;

    while (i < len) {
        size_t end = i, col = 0;

        while (end < len && text[end] != '\n')
            end++;
        for (; i < end; i++) {
            unsigned char ch = (unsigned char) text[i];
            int enc = ch == '=' || ch >= 0x7f || (ch < 0x20 && ch != '\t')
                      || ((ch == ' ' || ch == '\t') && i + 1 == end);
            size_t w = enc ? 3 : 1;

            if (col + w > 75) {
                g_string_append (out, "=\n");
                col = 0;
            }
            if (enc)
                g_string_append_printf (out, "=%02X", ch);
            else
                g_string_append_c (out, (char) ch);
            col += w;
        }
        if (i < len) {          /* the newline */
            g_string_append_c (out, '\n');
            i++;
        }
    }
    if (len && text[len - 1] != '\n')
        g_string_append_c (out, '\n');
}

static void
append_base64 (GString *out, const guchar *data, gsize len)
{
    gchar *b64 = g_base64_encode (data, len);
    size_t n = strlen (b64), i;

    for (i = 0; i < n; i += 76) {
        g_string_append_len (out, b64 + i, (gssize) (n - i < 76 ? n - i : 76));
        g_string_append_c (out, '\n');
    }
    g_free (b64);
}

static void
append_html_escaped (GString *out, const char *s, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++) {
        switch (s[i]) {
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '&': g_string_append (out, "&amp;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        default: g_string_append_c (out, s[i]); break;
        }
    }
}

/* A simple HTML rendering of a plain text body; one level of quoting
 * becomes a blockquote. */
static void
make_html (GString *out, const char *text)
{
    const char *p = text;
    int in_quote = 0;

    g_string_append (out, "<html><head><meta http-equiv=\"Content-Type\" "
                     "content=\"text/html; charset=utf-8\"></head><body>"
                     "<div dir=\"ltr\">\n");
    while (*p) {
        const char *nl = strchr (p, '\n');
        size_t len = nl ? (size_t) (nl - p) : strlen (p);
        int quoted = len > 0 && p[0] == '>';

        if (quoted && !in_quote) {
            g_string_append (out, "<blockquote class=\"gmail_quote\" "
                             "style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;"
                             "padding-left:1ex\">\n");
            in_quote = 1;
        } else if (!quoted && in_quote) {
            g_string_append (out, "</blockquote>\n");
            in_quote = 0;
        }
        if (quoted) {
            size_t skip = (len > 1 && p[1] == ' ') ? 2 : 1;
            append_html_escaped (out, p + skip, len - skip);
        } else {
            append_html_escaped (out, p, len);
        }
        g_string_append (out, "<br>\n");
        if (!nl)
            break;
        p = nl + 1;
    }
    if (in_quote)
        g_string_append (out, "</blockquote>\n");
    g_string_append (out, "</div></body></html>\n");
}

typedef enum {
    ENC_PLAIN,
    ENC_ALTERNATIVE,
    ENC_ATTACHMENT,
    ENC_QP,
    ENC_LATIN1,
} encoding_t;

static void
append_text_part_headers (GString *out, const char *charset, const char *cte)
{
    g_string_append_printf (out, "Content-Type: text/plain; charset=\"%s\"\n"
                            "Content-Transfer-Encoding: %s\n", charset, cte);
}

static void
append_attachment (GString *out, const char *boundary, uint32_t serial)
{
    gsize size = 300 + rnd (2700), i;
    guchar *data = g_malloc (size);
    const char *type, *fname_fmt;
    char *fname;

    switch (rnd (3)) {
    case 0: {
        GString *csv = g_string_new ("invoice,date,client,amount,status\n");
        while (csv->len < size)
            g_string_append_printf (csv, "INV-%04u,2026-%02u-%02u,Client %u,%u.%02u,%s\n",
                                    rnd (10000), 1 + rnd (12), 1 + rnd (28),
                                    rnd (500), rnd (5000), rnd (100),
                                    rnd (2) ? "paid" : "open");
        g_free (data);
        size = csv->len;
        data = (guchar *) g_string_free (csv, FALSE);
        type = "text/csv";
        fname_fmt = "invoices-export-%u.csv";
        break;
    }
    case 1: {
        static const guchar png[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        for (i = 0; i < size; i++)
            data[i] = (guchar) (rng_next () >> 56);
        memcpy (data, png, sizeof png);
        type = "image/png";
        fname_fmt = "screenshot-%u.png";
        break;
    }
    default: {
        static const char pdf[] = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
        for (i = 0; i < size; i++)
            data[i] = (guchar) (rng_next () >> 56);
        memcpy (data, pdf, sizeof pdf - 1);
        type = "application/pdf";
        fname_fmt = "invoice-%u.pdf";
        break;
    }
    }
    fname = g_strdup_printf (fname_fmt, serial % 10000);
    g_string_append_printf (out, "\n--%s\n"
                            "Content-Type: %s; name=\"%s\"\n"
                            "Content-Disposition: attachment; filename=\"%s\"\n"
                            "Content-Transfer-Encoding: base64\n\n",
                            boundary, type, fname, fname);
    append_base64 (out, data, size);
    g_free (fname);
    g_free (data);
}

/* Append the MIME headers (Content-Type...) and body of a message. */
static void
append_mime_body (GString *out, const char *text, encoding_t enc,
                  uint32_t serial)
{
    int ascii = is_ascii (text);
    char boundary[64];

    g_snprintf (boundary, sizeof boundary, "=_ledgerly_%08x_%u",
                (unsigned) (rng_next () >> 32), serial);
    switch (enc) {
    case ENC_PLAIN:
        if (ascii && chance (20)) {
            /* An old-fashioned message without MIME headers. */
            g_string_append (out, "\n");
        } else {
            g_string_append (out, "MIME-Version: 1.0\n");
            append_text_part_headers (out, ascii ? "us-ascii" : "utf-8",
                                      ascii ? "7bit" : "8bit");
            g_string_append (out, "\n");
        }
        g_string_append (out, text);
        break;
    case ENC_QP:
        g_string_append (out, "MIME-Version: 1.0\n");
        append_text_part_headers (out, "utf-8", "quoted-printable");
        g_string_append (out, "\n");
        append_qp (out, text, strlen (text));
        break;
    case ENC_LATIN1: {
        gsize written = 0;
        gchar *latin = g_convert_with_fallback (text, -1, "ISO-8859-1", "UTF-8",
                                                "?", NULL, &written, NULL);
        int qp = chance (50);

        g_string_append (out, "MIME-Version: 1.0\n");
        append_text_part_headers (out, "iso-8859-1", qp ? "quoted-printable" : "8bit");
        g_string_append (out, "\n");
        if (!latin) {
            g_string_append (out, text);
        } else if (qp) {
            append_qp (out, latin, written);
        } else {
            g_string_append_len (out, latin, (gssize) written);
        }
        g_free (latin);
        break;
    }
    case ENC_ALTERNATIVE: {
        GString *html = g_string_new (NULL);
        int plain_qp = chance (50);

        make_html (html, text);
        g_string_append_printf (out, "MIME-Version: 1.0\n"
                                "Content-Type: multipart/alternative; boundary=\"%s\"\n\n"
                                "--%s\n", boundary, boundary);
        append_text_part_headers (out, "utf-8", plain_qp ? "quoted-printable"
                                                         : ascii ? "7bit" : "8bit");
        g_string_append (out, "\n");
        if (plain_qp)
            append_qp (out, text, strlen (text));
        else
            g_string_append (out, text);
        g_string_append_printf (out, "\n--%s\n"
                                "Content-Type: text/html; charset=\"utf-8\"\n"
                                "Content-Transfer-Encoding: quoted-printable\n\n",
                                boundary);
        append_qp (out, html->str, html->len);
        g_string_append_printf (out, "\n--%s--\n", boundary);
        g_string_free (html, TRUE);
        break;
    }
    case ENC_ATTACHMENT:
        g_string_append_printf (out, "MIME-Version: 1.0\n"
                                "Content-Type: multipart/mixed; boundary=\"%s\"\n\n"
                                "This is a multi-part message in MIME format.\n\n"
                                "--%s\n", boundary, boundary);
        append_text_part_headers (out, ascii ? "us-ascii" : "utf-8",
                                  ascii ? "7bit" : "8bit");
        g_string_append (out, "\n");
        g_string_append (out, text);
        append_attachment (out, boundary, serial);
        g_string_append_printf (out, "\n--%s--\n", boundary);
        break;
    }
}

/* ------------------------------------------------------------------ */
/* Main loop.                                                          */

static int
write_file (const char *path, const GString *data)
{
    FILE *f = fopen (path, "wb");

    if (!f) {
        fprintf (stderr, "gen-mailbox: %s: %s\n", path, g_strerror (errno));
        return -1;
    }
    if (fwrite (data->str, 1, data->len, f) != data->len || fclose (f) != 0) {
        fprintf (stderr, "gen-mailbox: writing %s: %s\n", path, g_strerror (errno));
        return -1;
    }
    return 0;
}

static int
parse_uint (const char *s, unsigned long max, unsigned long *out)
{
    char *end = NULL;
    unsigned long v;

    errno = 0;
    v = strtoul (s, &end, 10);
    if (errno || !end || *end || end == s || s[0] == '-' || v > max)
        return -1;
    *out = v;
    return 0;
}

int
main (int argc, char **argv)
{
    const char *dir;
    unsigned long count = DEFAULT_COUNT, seed = DEFAULT_SEED;
    char *cur, *path;
    GString *msg, *body, *own, *refs;
    GPtrArray *customer_ids;
    uint32_t serial = 0, thread_no = 0;
    const char *sub[] = {"cur", "new", "tmp"};
    size_t i;
    int status = 0;

    if (argc < 2 || argc > 4
        || (argc >= 3 && parse_uint (argv[2], 100000000UL, &count) != 0)
        || (argc >= 4 && parse_uint (argv[3], 0xFFFFFFFFUL, &seed) != 0)
        || count == 0) {
        fprintf (stderr, "usage: gen-mailbox DIR [COUNT [SEED]]\n"
                 "  writes COUNT (default %u) messages into the maildir DIR\n"
                 "  and 200 sampled customer Message-IDs into DIR/ids.txt\n",
                 DEFAULT_COUNT);
        return 2;
    }
    dir = argv[1];
    for (i = 0; i < G_N_ELEMENTS (sub); i++) {
        char *d = g_build_filename (dir, sub[i], NULL);
        if (g_mkdir_with_parents (d, 0755) != 0) {
            fprintf (stderr, "gen-mailbox: cannot create %s: %s\n", d, g_strerror (errno));
            return 1;
        }
        g_free (d);
    }
    cur = g_build_filename (dir, "cur", NULL);

    rng_seed (seed);
    make_customers ();

    msg = g_string_sized_new (16384);
    body = g_string_sized_new (8192);
    own = g_string_sized_new (4096);
    refs = g_string_sized_new (1024);
    customer_ids = g_ptr_array_new_with_free_func (g_free);

    while (serial < count && status == 0) {
        /* One thread. */
        const customer_t *c = &customers[chance (15) ? rnd (60) : rnd (N_CUSTOMERS)];
        const topic_t *topic = &TOPICS[rnd ((uint32_t) G_N_ELEMENTS (TOPICS))];
        uint32_t len = 1 + rnd (MAX_THREAD), j;
        long long t = YEAR_START + (long long) rnd (350u * 86400u);
        char *prev_body = NULL, *prev_id = NULL, *prev_name = NULL;
        const char *prev_addr = NULL;
        long long prev_t = t;
        char *cust_hdr_name = customer_header_name (c);
        char *cc = NULL;
        int latin1_customer = chance (12);

        thread_no++;
        if (chance (8)) {
            const char *who[] = {"accounts", "office", "billing", "finance", "admin"};
            cc = g_strdup_printf ("%s@%s", PICK (who), c->domain);
        }
        g_string_truncate (refs, 0);
        if (len > count - serial)
            len = (uint32_t) (count - serial);

        for (j = 0; j < len && status == 0; j++) {
            int agent = j % 2 == 1;
            int tz = agent ? agent_tz (t) : c->tz;
            stamp_t s = local_stamp (t, tz);
            stamp_t prev_stamp = local_stamp (prev_t, tz);
            char *id;
            encoding_t enc;
            uint32_t r = rnd (100);
            int quote_style = agent ? 1 : (c->mobile ? 1 : (int) (rnd (3)));

            if (r < 10)
                enc = ENC_ALTERNATIVE;
            else if (r < 15)
                enc = ENC_ATTACHMENT;
            else if (r < 18)
                enc = ENC_QP;
            else if (!agent && latin1_customer && r < 35)
                enc = ENC_LATIN1;
            else
                enc = ENC_PLAIN;

            id = g_strdup_printf ("%lld.%08x.%u@%s", t,
                                  (unsigned) (rng_next () >> 32), serial,
                                  agent ? "mail.ledgerly.example" : c->domain);

            /* Own text, then the quote of the previous message. */
            g_string_truncate (own, 0);
            if (agent)
                agent_body (own, c, topic);
            else
                customer_body (own, c, topic, j > 0, enc == ENC_LATIN1);
            g_string_truncate (body, 0);
            if (prev_body && chance (85)) {
                int bottom = !agent && chance (20);
                if (bottom) {
                    append_quote (body, prev_body, prev_name, prev_addr,
                                  &prev_stamp, quote_style);
                    g_string_append_c (body, '\n');
                    g_string_append_len (body, own->str, (gssize) own->len);
                } else {
                    g_string_append_len (body, own->str, (gssize) own->len);
                    g_string_append_c (body, '\n');
                    append_quote (body, prev_body, prev_name, prev_addr,
                                  &prev_stamp, quote_style);
                }
            } else {
                g_string_append_len (body, own->str, (gssize) own->len);
            }

            /* Headers. */
            g_string_truncate (msg, 0);
            g_string_append (msg, "From: ");
            if (agent)
                append_mailbox (msg, AGENT_NAME, AGENT_ADDR);
            else
                append_mailbox (msg, cust_hdr_name, c->addr);
            g_string_append (msg, "\nTo: ");
            if (agent)
                append_mailbox (msg, cust_hdr_name, c->addr);
            else if (j == 0)
                g_string_append (msg, chance (50) ? "Ledgerly Support <" AGENT_ADDR ">"
                                                  : AGENT_ADDR);
            else
                append_mailbox (msg, AGENT_NAME, AGENT_ADDR);
            g_string_append_c (msg, '\n');
            if (cc)
                g_string_append_printf (msg, "Cc: %s\n", cc);
            g_string_append_printf (msg, "Subject: %s%s\nDate: ",
                                    j ? "Re: " : "", topic->subject);
            append_rfc_date (msg, &s);
            g_string_append_printf (msg, "\nMessage-ID: <%s>\n", id);
            if (prev_id) {
                g_string_append_printf (msg, "In-Reply-To: <%s>\n", prev_id);
                g_string_append_printf (msg, "References:%s\n", refs->str);
            }
            if (agent)
                g_string_append (msg, "X-Mailer: Ledgerly Helpdesk 4.2\n");
            else if (c->mobile)
                g_string_append (msg, "X-Mailer: iPhone Mail (22D63)\n");
            append_mime_body (msg, body->str, enc, serial);

            path = g_strdup_printf ("%s/%lld.M%uP%u.ledgerly-bench", cur, t,
                                    serial, thread_no);
            if (write_file (path, msg) != 0)
                status = 1;
            g_free (path);

            if (!agent)
                g_ptr_array_add (customer_ids, g_strdup (id));
            g_string_append_printf (refs, "%s<%s>", refs->len ? "\n " : " ", id);

            g_free (prev_body);
            g_free (prev_id);
            g_free (prev_name);
            /* Replies quote the whole previous body, quotes included. */
            prev_body = g_strndup (body->str, body->len);
            prev_id = id;
            prev_name = g_strdup (agent ? AGENT_NAME : c->display);
            prev_addr = agent ? AGENT_ADDR : c->addr;
            prev_t = t;

            serial++;
            if (serial % PROGRESS_EVERY == 0 || serial == count)
                fprintf (stderr, "gen-mailbox: %u/%lu\n", serial, count);

            /* The next message: the agent answers a customer within
             * hours, a customer answers the agent within days. */
            t += agent ? 600 + rnd (4 * 86400) : 900 + rnd (30 * 3600);
        }
        g_free (prev_body);
        g_free (prev_id);
        g_free (prev_name);
        g_free (cust_hdr_name);
        g_free (cc);
    }

    if (status == 0) {
        GString *ids = g_string_new (NULL);
        guint n = customer_ids->len, k, want = n < N_SAMPLES ? n : N_SAMPLES;

        for (k = 0; k < want; k++) {
            guint idx = (guint) (((2u * k + 1u) * (uint64_t) n) / (2u * want));
            g_string_append_printf (ids, "%s\n", (const char *) customer_ids->pdata[idx]);
        }
        path = g_build_filename (dir, "ids.txt", NULL);
        if (write_file (path, ids) != 0)
            status = 1;
        g_free (path);
        g_string_free (ids, TRUE);
    }

    g_ptr_array_free (customer_ids, TRUE);
    g_string_free (msg, TRUE);
    g_string_free (body, TRUE);
    g_string_free (own, TRUE);
    g_string_free (refs, TRUE);
    g_free (cur);
    return status;
}
