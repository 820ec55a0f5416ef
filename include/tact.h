/* tact.h - the public interface of libtact
 *
 * libtact reads a customer's support thread (from a notmuch database or
 * from one RFC 822 message), extracts what each sender newly wrote, and
 * computes the headers of a reply the way `notmuch reply` does.
 *
 * Conventions, followed by every function below:
 *
 * - Functions that can fail return a tact_status_t.  TACT_STATUS_SUCCESS
 *   is 0.  When error_message is not NULL and the call fails, a readable
 *   sentence is stored there; the caller frees it with free().
 * - Output parameters come first and are named out.  What comes back
 *   through **out belongs to the caller and has exactly one free function.
 * - What comes back as a return value (strings, messages) is borrowed
 *   from the object it was read from and lives as long as that object.
 * - Option structs carry a version field; initialise them with their
 *   _INIT macro.
 * - libtact never prints, never reads tact's own config file and never
 *   touches the network.
 */
#ifndef TACT_H
#define TACT_H

#include <stddef.h>
#include <time.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) && defined(TACT_BUILDING_LIBRARY)
#define TACT_PUBLIC __attribute__ ((visibility ("default")))
#else
#define TACT_PUBLIC
#endif

#define TACT_VERSION_MAJOR 0
#define TACT_VERSION_MINOR 1

/* Status codes returned by libtact. */
typedef enum tact_status {
    /* No error. */
    TACT_STATUS_SUCCESS = 0,
    /* Memory could not be allocated. */
    TACT_STATUS_OUT_OF_MEMORY,
    /* A query or message id matched no message. */
    TACT_STATUS_NOT_FOUND,
    /* The input is not something tact can read: not a mail message, an
     * unreadable file, a malformed query. */
    TACT_STATUS_BAD_INPUT,
    /* The environment is missing something: no notmuch database or
     * configuration, an unreadable data folder. */
    TACT_STATUS_NO_DATABASE,
    /* A bug in libtact. */
    TACT_STATUS_INTERNAL_ERROR,
    /* Not a status: the number of statuses above. */
    TACT_STATUS_LAST_STATUS
} tact_status_t;

/* A short English description of status, never NULL.  The string is
 * static. */
TACT_PUBLIC const char *
tact_status_to_string (tact_status_t status);

/* The version of the library as "MAJOR.MINOR.PATCH".  Static string. */
TACT_PUBLIC const char *
tact_version (void);

/* A support thread: the messages of one conversation in date order, and
 * which of them is being answered.  Owns its messages. */
typedef struct tact_thread tact_thread_t;

/* One message of a thread.  Borrowed from its thread. */
typedef struct tact_message tact_message_t;

/* Where a thread comes from and whose addresses are the agent's. */
typedef struct tact_source_options {
    unsigned int version;
    /* The notmuch configuration file; NULL lets notmuch find it
     * ($NOTMUCH_CONFIG, then its usual places). */
    const char *notmuch_config;
    /* The notmuch profile; NULL lets notmuch use $NOTMUCH_PROFILE. */
    const char *notmuch_profile;
    /* Further addresses the agent writes from, NULL-terminated; may be
     * NULL.  The addresses in the notmuch configuration (primary_email,
     * other_email) are always the agent's. */
    const char *const *agent_addresses;
    /* The largest number of bytes of body text kept per message; 0
     * means the default (1 MiB).  Longer bodies are cut, so that a huge
     * message is read in bounded memory. */
    size_t max_body_bytes;
} tact_source_options_t;

#define TACT_SOURCE_OPTIONS_VERSION 1
#define TACT_SOURCE_OPTIONS_INIT { TACT_SOURCE_OPTIONS_VERSION, NULL, NULL, NULL, 0 }

/* Open the thread of a message in the user's notmuch database.
 *
 * query is either "id:MSGID" or any notmuch query; the message being
 * answered is the newest message matching it, and the thread is that
 * message's thread.  The database is opened read-only through
 * notmuch_database_open_with_config, so NOTMUCH_CONFIG and notmuch
 * profiles apply.  options may be NULL for the defaults.
 *
 * Returns:
 *   TACT_STATUS_SUCCESS: *out holds the thread; free it with
 *     tact_thread_free.
 *   TACT_STATUS_NOT_FOUND: no message matches query.
 *   TACT_STATUS_BAD_INPUT: query is empty or notmuch rejects it.
 *   TACT_STATUS_NO_DATABASE: the database or its configuration cannot
 *     be opened.
 *   TACT_STATUS_OUT_OF_MEMORY
 */
TACT_PUBLIC tact_status_t
tact_thread_open_query (tact_thread_t **out,
			const tact_source_options_t *options,
			const char *query,
			char **error_message);

/* Read one RFC 822 message from an open file descriptor (a file, or a
 * pipe such as standard input) and make a thread of it alone.  No
 * notmuch database is needed; when a notmuch configuration can be
 * loaded, its addresses still say which messages are the agent's and
 * how the reply is addressed.  The descriptor is read to its end and
 * not closed.  A pipe is copied to an unlinked temporary file first,
 * so that a large message is parsed in bounded memory.
 *
 * Returns:
 *   TACT_STATUS_SUCCESS: *out holds the thread.
 *   TACT_STATUS_BAD_INPUT: the input cannot be read or holds no
 *     message header at all.
 *   TACT_STATUS_OUT_OF_MEMORY
 */
TACT_PUBLIC tact_status_t
tact_thread_open_fd (tact_thread_t **out,
		     const tact_source_options_t *options,
		     int fd,
		     char **error_message);

/* Free a thread and everything borrowed from it.  NULL is allowed. */
TACT_PUBLIC void
tact_thread_free (tact_thread_t *thread);

/* The number of messages in thread (at least 1). */
TACT_PUBLIC size_t
tact_thread_count_messages (const tact_thread_t *thread);

/* The message at index (0 is the oldest), or NULL past the end. */
TACT_PUBLIC const tact_message_t *
tact_thread_get_message (const tact_thread_t *thread, size_t index);

/* The index of the message being answered. */
TACT_PUBLIC size_t
tact_thread_get_answered_index (const tact_thread_t *thread);

/* The headers of a reply, as tact_thread_get_reply_header names them. */
typedef enum tact_reply_header {
    TACT_REPLY_FROM,
    TACT_REPLY_TO,
    TACT_REPLY_CC,
    TACT_REPLY_BCC,
    TACT_REPLY_SUBJECT,
    TACT_REPLY_IN_REPLY_TO,
    TACT_REPLY_REFERENCES,
    TACT_REPLY_LAST_HEADER
} tact_reply_header_t;

/* The header name of which, such as "In-Reply-To"; NULL when which is
 * out of range.  Static string. */
TACT_PUBLIC const char *
tact_reply_header_name (tact_reply_header_t which);

/* The value of one header of a reply to the answered message, computed
 * as `notmuch reply` (reply to all) computes it: recipients from
 * Reply-To (unless a mailing list munged it), From, To, Cc and Bcc less
 * the agent's own addresses; From the agent's address the message was
 * sent to; "Re: " once before the subject.  NULL when the reply has no
 * such header (no Cc, no Bcc, a message without subject). */
TACT_PUBLIC const char *
tact_thread_get_reply_header (const tact_thread_t *thread,
			      tact_reply_header_t which);

/* The Message-ID, without angle brackets. */
TACT_PUBLIC const char *
tact_message_get_id (const tact_message_t *message);

/* The sender's display name, decoded to UTF-8; "" when there is none. */
TACT_PUBLIC const char *
tact_message_get_from_name (const tact_message_t *message);

/* The sender's address; "" when there is none. */
TACT_PUBLIC const char *
tact_message_get_from_address (const tact_message_t *message);

/* The date the message was sent, in seconds since the epoch; 0 when
 * its Date header is missing or unreadable. */
TACT_PUBLIC time_t
tact_message_get_date (const tact_message_t *message);

/* The date as ISO 8601 in the sender's own time zone, such as
 * "2026-11-20T09:14:00+01:00"; "" when unknown. */
TACT_PUBLIC const char *
tact_message_get_date_iso8601 (const tact_message_t *message);

/* The subject, decoded to UTF-8; "" when there is none. */
TACT_PUBLIC const char *
tact_message_get_subject (const tact_message_t *message);

/* Nonzero when the agent wrote the message (its sender is one of the
 * agent's addresses). */
TACT_PUBLIC int
tact_message_is_agent (const tact_message_t *message);

/* The whole body as text: valid UTF-8 with LF line ends, HTML turned
 * into text, attachments left out. */
TACT_PUBLIC const char *
tact_message_get_body (const tact_message_t *message);

/* What the sender newly wrote in this message: the body less quoted
 * history and signature, trimmed of blank lines at both ends. */
TACT_PUBLIC const char *
tact_message_get_new_text (const tact_message_t *message);

/* The number of bytes of the body that are quoted history (quote
 * lines, attributions, forwarded and "Original Message" blocks). */
TACT_PUBLIC size_t
tact_message_get_quoted_bytes (const tact_message_t *message);

/* The number of bytes of the body that are signature (after a "-- "
 * line, "Sent from my ..." lines, a trailing sign-off block). */
TACT_PUBLIC size_t
tact_message_get_signature_bytes (const tact_message_t *message);

/* ---- cues: what a good agent notices ---- */

/* The flags tact sets on a message. */
typedef enum tact_flag {
    TACT_FLAG_STRUGGLE,		/* tried and failed, stuck, confused */
    TACT_FLAG_FRUSTRATION,	/* annoyed, angry, impatient */
    TACT_FLAG_CASUAL,		/* emoticons, slang, friendly "!" */
    TACT_FLAG_FORMAL,		/* "Dear ...", "I would be grateful" */
    TACT_FLAG_URGENCY,		/* ASAP, deadlines, business impact */
    TACT_FLAG_NONFLUENT,	/* seems to write in a second language */
    TACT_FLAG_GRATITUDE,
    TACT_FLAG_QUESTION,
    TACT_FLAG_FEATURE_REQUEST,
    TACT_FLAG_NEEDS_APOLOGY,	/* struggle, frustration, a complaint,
				 * a long wait or repeat contact */
    TACT_FLAG_REPEAT_CONTACT,	/* has written about this before */
    TACT_FLAG_LAST_FLAG
} tact_flag_t;

/* The name of flag as in the JSON output ("feature_request"); NULL out
 * of range.  Static string. */
TACT_PUBLIC const char *
tact_flag_name (tact_flag_t flag);

/* The register a reply should take. */
typedef enum tact_register {
    TACT_REGISTER_NEUTRAL,
    TACT_REGISTER_CASUAL,
    TACT_REGISTER_FORMAL,
    TACT_REGISTER_PLAIN,	/* short plain sentences for a non-fluent writer */
    TACT_REGISTER_LAST_REGISTER
} tact_register_t;

/* "neutral", "casual", "formal" or "plain"; NULL out of range. */
TACT_PUBLIC const char *
tact_register_name (tact_register_t which);

/* The channel a thread came through. */
typedef enum tact_channel {
    TACT_CHANNEL_EMAIL,
    TACT_CHANNEL_SOCIAL,
    TACT_CHANNEL_LAST_CHANNEL
} tact_channel_t;

/* "email" or "social"; NULL out of range. */
TACT_PUBLIC const char *
tact_channel_name (tact_channel_t channel);

/* A rule that puts a thread on a channel, matched on the message being
 * answered: its sender's address or domain ("@x.example"), its List-Id,
 * or any header ("X-Source: twitter"). */
typedef struct tact_channel_rule {
    tact_channel_t channel;
    /* "from" (address, or domain when it starts with "@"), "list-id" or
     * "header" */
    const char *field;
    /* for "header": the header name; unused otherwise */
    const char *header;
    /* the value, compared without regard to case; for "list-id" and
     * "header" a substring of the header value */
    const char *value;
} tact_channel_rule_t;

/* How to analyse a thread. */
typedef struct tact_analyze_options {
    unsigned int version;
    /* The time to measure waiting against; 0 means now. */
    time_t now;
    /* Folders with lexicon files that add to or override the built-in
     * ones, later folders winning; NULL-terminated, may be NULL.  The
     * words of a words.txt in them are spelled right. */
    const char *const *lexicon_dirs;
    /* The hunspell dictionary, as the path without ".aff"/".dic" (such
     * as "/usr/share/hunspell/en_US"), or several separated by ";": a
     * word one of them knows is spelled right.  NULL leaves fluency
     * unknown.  A dictionary is loaded only when a message is long
     * enough to judge, and only for a word those before it do not
     * know. */
    const char *dictionary;
    /* Hours promised for an answer per channel; 0 means the default
     * (email 6, social 1). */
    double promise_hours[TACT_CHANNEL_LAST_CHANNEL];
    /* Channel rules, rule_count of them; may be NULL. */
    const tact_channel_rule_t *channel_rules;
    size_t channel_rule_count;
    /* Version 2: nonzero to look for cues in the customer's messages
     * only (the agent's get none), as a draft needs. */
    int customers_only;
} tact_analyze_options_t;

#define TACT_ANALYZE_OPTIONS_VERSION 2
#define TACT_ANALYZE_OPTIONS_INIT \
    { TACT_ANALYZE_OPTIONS_VERSION, 0, NULL, NULL, { 0, 0 }, NULL, 0, 0 }

/* The cues and flags of every message of a thread, and the thread's
 * facts.  Refers to the thread it was made from: free it first. */
typedef struct tact_analysis tact_analysis_t;

/* One cue: a kind (a flag), the words that triggered it and the rule. */
typedef struct tact_cue tact_cue_t;

/* Analyse every message of thread.  options may be NULL.
 *
 * Returns:
 *   TACT_STATUS_SUCCESS: *out holds the analysis; free it with
 *     tact_analysis_free.
 *   TACT_STATUS_BAD_INPUT: a lexicon in options->lexicon_dirs cannot be
 *     read; *error_message names the file and line.
 *   TACT_STATUS_OUT_OF_MEMORY
 */
TACT_PUBLIC tact_status_t
tact_analyze_thread (tact_analysis_t **out, const tact_thread_t *thread,
		     const tact_analyze_options_t *options,
		     char **error_message);

/* Free an analysis.  NULL is allowed. */
TACT_PUBLIC void
tact_analysis_free (tact_analysis_t *analysis);

/* A flag of the message at index: 1 set, 0 not set, -1 unknown (the
 * fluency of a customer's message long enough to judge, when the
 * dictionary is missing); a short message is never non-fluent (0). */
TACT_PUBLIC int
tact_analysis_get_flag (const tact_analysis_t *analysis, size_t index,
			tact_flag_t flag);

/* The number of cues found in the message at index. */
TACT_PUBLIC size_t
tact_analysis_count_cues (const tact_analysis_t *analysis, size_t index);

/* The cue at cue_index of the message at index, in text order; NULL
 * past the end. */
TACT_PUBLIC const tact_cue_t *
tact_analysis_get_cue (const tact_analysis_t *analysis, size_t index,
		       size_t cue_index);

/* The flag a cue is evidence for. */
TACT_PUBLIC tact_flag_t
tact_cue_get_kind (const tact_cue_t *cue);

/* The byte offsets of the cue in the message's new text, end exclusive.
 * A cue found in the signature (a formal sign-off) has in_signature set
 * and offsets into the signature instead. */
TACT_PUBLIC size_t
tact_cue_get_start (const tact_cue_t *cue);

TACT_PUBLIC size_t
tact_cue_get_end (const tact_cue_t *cue);

TACT_PUBLIC int
tact_cue_in_signature (const tact_cue_t *cue);

/* The words of the cue, as the customer wrote them. */
TACT_PUBLIC const char *
tact_cue_get_text (const tact_cue_t *cue);

/* The rule that matched, as "section/name" of its lexicon, or
 * "fluency/misspelled" for a word the dictionary does not know. */
TACT_PUBLIC const char *
tact_cue_get_rule (const tact_cue_t *cue);

/* Thread facts. */

/* The register the reply should take: plain when the customer seems
 * non-fluent, else casual or formal as they wrote, else neutral. */
TACT_PUBLIC tact_register_t
tact_analysis_get_register (const tact_analysis_t *analysis);

/* A flag of the thread: set when the customer's messages since the
 * agent's last reply set it (needs_apology also for a wait past the
 * channel's promise, repeat_contact also for several messages in a
 * row; nonfluent when any of the customer's messages in the thread
 * reads as second-language writing); -1 when unknown. */
TACT_PUBLIC int
tact_analysis_get_thread_flag (const tact_analysis_t *analysis, tact_flag_t flag);

/* The customer's messages since the agent's last reply. */
TACT_PUBLIC size_t
tact_analysis_get_unanswered_count (const tact_analysis_t *analysis);

/* Hours the oldest unanswered customer message has waited (0 when none
 * waits). */
TACT_PUBLIC double
tact_analysis_get_hours_waiting (const tact_analysis_t *analysis);

/* The thread's channel and the hours promised on it. */
TACT_PUBLIC tact_channel_t
tact_analysis_get_channel (const tact_analysis_t *analysis);

TACT_PUBLIC double
tact_analysis_get_promise_hours (const tact_analysis_t *analysis);

/* Nonzero when the oldest unanswered message has waited longer than
 * the channel's promise. */
TACT_PUBLIC int
tact_analysis_waited_past_promise (const tact_analysis_t *analysis);

/* A header of a message, decoded, or NULL when it has none (the first
 * of several). */
TACT_PUBLIC const char *
tact_message_get_header (const tact_message_t *message, const char *name);

/* The signature the split set apart (possibly ""). */
TACT_PUBLIC const char *
tact_message_get_signature (const tact_message_t *message);

/* ---- templates ---- */

/* The moves of a reply, in the order they appear. */
typedef enum tact_move {
    TACT_MOVE_GREETING,
    TACT_MOVE_ACKNOWLEDGE,	/* what the customer went through */
    TACT_MOVE_APOLOGIZE,	/* regret, without blame */
    TACT_MOVE_SOLVE,		/* the slot for the solution */
    TACT_MOVE_FOLLOWUP,		/* a dated promise of an update */
    TACT_MOVE_SIGNOFF,
    TACT_MOVE_LAST_MOVE
} tact_move_t;

/* "greeting", "acknowledge", "apologize", "solve", "followup",
 * "signoff"; NULL for a value out of range. */
TACT_PUBLIC const char *
tact_move_name (tact_move_t move);

/* The template folders, layered: the built-in templates, then each
 * folder given, a template in a later layer overriding one of the same
 * name in an earlier layer. */
typedef struct tact_templates tact_templates_t;

/* One template: a file NAME.tmpl with a header (move, register, when,
 * channel, language, weight), a "---" line and a body.  See
 * tact-templates(5). */
typedef struct tact_template tact_template_t;

/* Read the built-in templates and then the *.tmpl files of each folder
 * in folders (NULL-terminated, may be NULL); a folder that does not
 * exist is skipped.
 *
 * Returns:
 *   TACT_STATUS_SUCCESS: *out holds them; free with tact_templates_free.
 *   TACT_STATUS_BAD_INPUT: a template is broken; *error_message is
 *     "file:line:column: what is wrong".
 *   TACT_STATUS_OUT_OF_MEMORY
 */
TACT_PUBLIC tact_status_t
tact_templates_open (tact_templates_t **out, const char *const *folders,
		     char **error_message);

/* Free templates.  NULL is allowed. */
TACT_PUBLIC void
tact_templates_free (tact_templates_t *templates);

/* The templates in effect (overridden ones left out), by name. */
TACT_PUBLIC size_t
tact_templates_count (const tact_templates_t *templates);

/* The template at index in name order; NULL past the end. */
TACT_PUBLIC const tact_template_t *
tact_templates_get (const tact_templates_t *templates, size_t index);

/* The template in effect named name, or NULL. */
TACT_PUBLIC const tact_template_t *
tact_templates_find (const tact_templates_t *templates, const char *name);

/* A template's name (its file name without ".tmpl"). */
TACT_PUBLIC const char *
tact_template_get_name (const tact_template_t *template_);

/* The file it was read from ("resource:///..." for a built-in one). */
TACT_PUBLIC const char *
tact_template_get_path (const tact_template_t *template_);

/* Its layer: "built-in" or the folder it was read from. */
TACT_PUBLIC const char *
tact_template_get_layer (const tact_template_t *template_);

/* The layer of the template of the same name it overrides, or NULL. */
TACT_PUBLIC const char *
tact_template_get_overrides (const tact_template_t *template_);

TACT_PUBLIC tact_move_t
tact_template_get_move (const tact_template_t *template_);

/* Its registers, as the header wrote them ("casual neutral", "any"). */
TACT_PUBLIC const char *
tact_template_get_registers (const tact_template_t *template_);

/* Its conditions, as the header wrote them ("" for always). */
TACT_PUBLIC const char *
tact_template_get_when (const tact_template_t *template_);

/* The whole file as read. */
TACT_PUBLIC const char *
tact_template_get_source (const tact_template_t *template_);

/* Called by tact_templates_lint for each problem found. */
typedef void (*tact_lint_report_t) (void *data, const char *file, unsigned line,
				    unsigned column, const char *message);

/* Check the templates of folders (NULL-terminated) and, when
 * with_builtin is nonzero, the built-in ones: syntax, unknown variables
 * and conditions, misspelled words (hunspell dictionaries at dictionary,
 * each without ".aff"/".dic", separated by ";", plus tact's word list and the words.txt of
 * each folder), and a register left with no template for a move in the
 * layers together.  Each problem is passed to report; *out_problems is
 * their number.
 *
 * Returns:
 *   TACT_STATUS_SUCCESS: checked (problems or not).
 *   TACT_STATUS_BAD_INPUT: a folder cannot be read (*error_message).
 */
TACT_PUBLIC tact_status_t
tact_templates_lint (size_t *out_problems, const char *const *folders, int with_builtin,
		     const char *dictionary, tact_lint_report_t report, void *data,
		     char **error_message);

/* ---- drafts ---- */

/* The slot the default templates leave for the solution, which a
 * template lint requires of solve templates and tact lint flags when it
 * is left in a reply. */
#define TACT_SOLVE_MARKER "[[ describe the fix here ]]"

typedef struct tact_draft tact_draft_t;

/* What a draft needs besides the thread and its analysis. */
typedef struct tact_draft_options {
    int version;		/* TACT_DRAFT_OPTIONS_VERSION */
    time_t now;			/* 0: the current time */
    const char *agent_name;	/* NULL: the notmuch user name */
    const char *agent_signature;
    const char *company_name;
    const char *time_zone;	/* IANA name; NULL: local time */
    int opens;			/* business hours, minutes after midnight */
    int closes;			/* 24 * 60 for midnight */
    unsigned business_days;	/* bit 0 Monday ... bit 6 Sunday; 0: every day */
    const char *language;	/* NULL: "en" */
} tact_draft_options_t;

#define TACT_DRAFT_OPTIONS_VERSION 1
#define TACT_DRAFT_OPTIONS_INIT \
    { TACT_DRAFT_OPTIONS_VERSION, 0, NULL, NULL, NULL, NULL, 9 * 60, 17 * 60, 0x1f, NULL }

/* Draft the reply to the thread's answered message: the plan (moves
 * chosen from the analysis, each with its template and reason) and the
 * text (wrapped at 72 columns), the full reply with notmuch reply's
 * headers and quote.
 *
 * Returns:
 *   TACT_STATUS_SUCCESS: *out holds the draft; free with
 *     tact_draft_free.
 *   TACT_STATUS_BAD_INPUT: no template fits a move the plan needs, or
 *     options are out of range (*error_message says which).
 *   TACT_STATUS_OUT_OF_MEMORY
 */
TACT_PUBLIC tact_status_t
tact_draft_new (tact_draft_t **out, const tact_thread_t *thread,
		const tact_analysis_t *analysis, const tact_templates_t *templates,
		const tact_draft_options_t *options, char **error_message);

/* Free a draft.  NULL is allowed. */
TACT_PUBLIC void
tact_draft_free (tact_draft_t *draft);

/* The draft's text alone, wrapped, ending in a newline. */
TACT_PUBLIC const char *
tact_draft_get_body (const tact_draft_t *draft);

/* The reply as `notmuch reply` prints it (RFC 2047-encoded headers, a
 * blank line, the attribution and the quoted original), with the draft
 * between the blank line and the attribution. */
TACT_PUBLIC const char *
tact_draft_get_reply (const tact_draft_t *draft);

/* The attribution line and the quoted original, as notmuch quotes it. */
TACT_PUBLIC const char *
tact_draft_get_quote (const tact_draft_t *draft);

TACT_PUBLIC tact_register_t
tact_draft_get_register (const tact_draft_t *draft);

/* The follow-up time promised, as written ("by 3 pm today"). */
TACT_PUBLIC const char *
tact_draft_get_followup (const tact_draft_t *draft);

/* The moves of the draft, in order. */
TACT_PUBLIC size_t
tact_draft_count_moves (const tact_draft_t *draft);

TACT_PUBLIC tact_move_t
tact_draft_get_move (const tact_draft_t *draft, size_t index);

/* The name of the template chosen for the move at index. */
TACT_PUBLIC const char *
tact_draft_get_move_template (const tact_draft_t *draft, size_t index);

/* Why the move is there, in a sentence. */
TACT_PUBLIC const char *
tact_draft_get_move_reason (const tact_draft_t *draft, size_t index);

/* The customer's words that led to it ("" when none). */
TACT_PUBLIC const char *
tact_draft_get_move_evidence (const tact_draft_t *draft, size_t index);

/* The thread's customer-facing mirror of what the customer tried
 * ("you tried to export your invoices"), or "" when it could not be
 * made safely. */
TACT_PUBLIC const char *
tact_draft_get_mirror (const tact_draft_t *draft);

/* ---- lint: checking the agent's edited reply ---- */

typedef struct tact_lint tact_lint_t;

typedef enum tact_severity {
    TACT_SEVERITY_ERROR,	/* must not reach the customer */
    TACT_SEVERITY_WARNING,	/* worth a second look */
    TACT_SEVERITY_LAST_SEVERITY
} tact_severity_t;

/* "error" or "warning"; NULL out of range. */
TACT_PUBLIC const char *
tact_severity_name (tact_severity_t severity);

/* The ids of the lint rules, NULL-terminated: blame, minimizing,
 * self-blame, unfilled, no-acknowledgement, no-apology, hollow-apology,
 * nonfluent-slang, nonfluent-idiom, nonfluent-contraction, formal-slang,
 * followup-no-time, followup-late, spelling, shouting, exclamations. */
TACT_PUBLIC const char *const *
tact_lint_rule_ids (void);

typedef struct tact_lint_options {
    int version;			/* TACT_LINT_OPTIONS_VERSION */
    const char *const *lexicon_dirs;	/* team and personal lexicon folders
					 * (their words.txt: spelled right) */
    const char *dictionary;		/* hunspell, without .aff/.dic,
					 * several separated by ";";
					 * NULL: no spelling rule */
    const char *const *off;		/* rule ids switched off, NULL-terminated */
    const tact_draft_options_t *hours;	/* now, business hours and zone for
					 * follow-up times; NULL: defaults */
} tact_lint_options_t;

#define TACT_LINT_OPTIONS_VERSION 1
#define TACT_LINT_OPTIONS_INIT { TACT_LINT_OPTIONS_VERSION, NULL, NULL, NULL, NULL }

/* Check a reply the agent edited: text (length bytes; headers optional)
 * is judged from its body's start to the quoted history or the
 * signature.  With the thread's analysis (may be NULL), the rules that
 * depend on the customer apply too: an acknowledgement when they
 * struggled or are frustrated, an apology when one is due, no slang or
 * idioms for a second-language writer, no slang in a formal thread, a
 * follow-up within the channel's promise.
 *
 * Returns:
 *   TACT_STATUS_SUCCESS: *out holds the findings (maybe none); free
 *     with tact_lint_free.
 *   TACT_STATUS_BAD_INPUT: text is not UTF-8, an unknown rule id is in
 *     options->off, or a lint.lex in a lexicon folder is broken
 *     (*error_message says which).
 *   TACT_STATUS_OUT_OF_MEMORY
 */
TACT_PUBLIC tact_status_t
tact_lint_reply (tact_lint_t **out, const char *text, size_t length,
		 const tact_thread_t *thread, const tact_analysis_t *analysis,
		 const tact_lint_options_t *options, char **error_message);

TACT_PUBLIC void
tact_lint_free (tact_lint_t *lint);

/* The findings, in the order of their place in the text. */
TACT_PUBLIC size_t
tact_lint_count (const tact_lint_t *lint);

/* Where the finding at index is: line and column (in characters) from
 * 1, counted in the text as given. */
TACT_PUBLIC unsigned
tact_lint_get_line (const tact_lint_t *lint, size_t index);

TACT_PUBLIC unsigned
tact_lint_get_column (const tact_lint_t *lint, size_t index);

/* Its rule id (see tact_lint_rule_ids). */
TACT_PUBLIC const char *
tact_lint_get_rule (const tact_lint_t *lint, size_t index);

TACT_PUBLIC tact_severity_t
tact_lint_get_severity (const tact_lint_t *lint, size_t index);

/* What is wrong, in a sentence. */
TACT_PUBLIC const char *
tact_lint_get_message (const tact_lint_t *lint, size_t index);

/* A suggested rewording or what to do ("" when none). */
TACT_PUBLIC const char *
tact_lint_get_suggestion (const tact_lint_t *lint, size_t index);

/* The words the finding is about ("" when it is about what is missing). */
TACT_PUBLIC const char *
tact_lint_get_text (const tact_lint_t *lint, size_t index);

#ifdef __cplusplus
}
#endif

#endif /* TACT_H */
