/* compose.c - `tact compose FILE`, the editor mutt and neomutt run on a
 * reply: it drafts the reply into the file the client wrote, then runs
 * the agent's own editor on it; and `tact compose --aerc`, the filter
 * aerc's reply template runs, from the original message on standard
 * input to the drafted reply on standard output.
 *
 * Nothing the client wrote is ever lost:
 *
 * - All drafting (settings, templates, notmuch, libtact) runs in a
 *   child process.  The parent only reads the file, inserts the text
 *   the child returns and runs the editor, so a failure, a hang or a
 *   crash in drafting leaves the file as the client wrote it; the
 *   editor still opens, with one line at the top that says why.  That
 *   line starts with "# tact: " and is taken out again when the editor
 *   returns, so the client never reads it (mutt would take a line that
 *   is not a header for the start of the body).
 * - The file is replaced atomically (a temporary file in the same
 *   folder, then rename), with its permissions.
 * - A draft is only ever put into a reply with no text of the agent's
 *   in it: a postponed message, a second edit or a second run finds
 *   the agent's text (what libtact calls the message's new text: not
 *   the attribution, the quote or the signature) and leaves the file
 *   alone.  No header is added: mutt and neomutt would send it.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "plugin/cli.h"

/* The start of the line that says why there is no draft. */
#define NOTICE_PREFIX "# tact: "
/* How long drafting may take before the editor opens without it. */
#define DRAFT_TIMEOUT_SECONDS 30
/* The child's exit code when there is nothing to draft. */
#define EXIT_NOTHING_TO_DRAFT 10
/* Set for the editor: the file tact compose is editing. */
#define GUARD_VARIABLE "TACT_COMPOSE_FILE"

typedef struct compose {
    /* options */
    char *config;
    char **folders;
    time_t now;
    gboolean no_lint;
    /* the input: the reply file, or aerc's standard input */
    char *path;
    char *text;
    gsize length;
    struct stat stat;
    gboolean has_headers;
    gboolean headers_only;	/* headers with no blank line after them */
    gsize body_offset;		/* where the body starts in text */
} compose_t;

/* What drafting in the child gave. */
typedef enum {
    DRAFT_DONE,
    DRAFT_NOTHING,
    DRAFT_FAILED,
} draft_outcome_t;

typedef struct draft_result {
    draft_outcome_t outcome;
    char *text;			/* DRAFT_DONE: what the child printed */
    char *reason;		/* otherwise: one line, why */
} draft_result_t;

static void
draft_result_clear (draft_result_t *result)
{
    g_free (result->text);
    g_free (result->reason);
    memset (result, 0, sizeof *result);
}

/* ---- the reply file ---- */

static gboolean
is_header_line (const char *line, const char *end)
{
    const char *p = line;

    while (p < end && *p > ' ' && *p < 127 && *p != ':')
	p++;
    return p > line && p < end && *p == ':';
}

/* With edit_headers, mutt and neomutt write the header block, a blank
 * line and the body; without, and in aerc 0.14, the file is the body.
 * A header block is lines of "Name: value" (and continuation lines)
 * with at least one of From, To or Subject, ending in a blank line. */
static void
find_body (compose_t *compose)
{
    const char *text = compose->text, *end = text + compose->length;
    const char *line = text;
    gboolean addressed = FALSE;

    compose->has_headers = compose->headers_only = FALSE;
    compose->body_offset = 0;
    while (line < end) {
	const char *eol = memchr (line, '\n', (size_t) (end - line));
	const char *stop = eol ? eol : end;

	if (stop == line || (stop == line + 1 && *line == '\r')) {
	    if (addressed) {
		compose->has_headers = TRUE;
		compose->body_offset = (gsize) (stop - text) + (eol ? 1 : 0);
	    }
	    return;
	}
	if ((*line == ' ' || *line == '\t') && line != text) {
	    /* a continuation line */
	} else if (is_header_line (line, stop)) {
	    addressed = addressed || ! g_ascii_strncasecmp (line, "From:", 5)
		|| ! g_ascii_strncasecmp (line, "To:", 3)
		|| ! g_ascii_strncasecmp (line, "Subject:", 8);
	} else {
	    return;
	}
	if (! eol)
	    break;
	line = eol + 1;
    }
    /* headers and no body at all */
    if (addressed) {
	compose->has_headers = compose->headers_only = TRUE;
	compose->body_offset = compose->length;
    }
}

/* Write text to path through a temporary file in the same folder and
 * a rename, with the mode and owner of st; with keep_times, also st's
 * access and modification times. */
static gboolean
replace_file (const char *path, const struct stat *st, gboolean keep_times,
	      const char *text, gsize length, char **error)
{
    g_autofree char *real = realpath (path, NULL);
    g_autofree char *folder = NULL, *name = NULL, *temporary = NULL;
    gsize done = 0;
    int fd;

    if (! real) {
	*error = g_strdup_printf ("%s: %s", path, g_strerror (errno));
	return FALSE;
    }
    folder = g_path_get_dirname (real);
    name = g_path_get_basename (real);
    temporary = g_strdup_printf ("%s/.%s.tact-XXXXXX", folder, name);
    fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, st->st_mode & 07777);
    if (fd < 0) {
	*error = g_strdup_printf ("cannot write in %s: %s", folder, g_strerror (errno));
	return FALSE;
    }
    if (fchmod (fd, st->st_mode & 07777) != 0)
	goto failed;
    if ((st->st_uid != geteuid () || st->st_gid != getegid ())
	&& fchown (fd, st->st_uid, st->st_gid) != 0)
	goto failed;
    while (done < length) {
	ssize_t n = write (fd, text + done, length - done);

	if (n < 0 && errno == EINTR)
	    continue;
	if (n <= 0)
	    goto failed;
	done += (gsize) n;
    }
    if (keep_times) {
	struct timespec times[2] = { st->st_atim, st->st_mtim };

	if (futimens (fd, times) != 0)
	    goto failed;
    }
    if (fsync (fd) != 0)
	goto failed;
    if (close (fd) != 0) {
	fd = -1;
	goto failed;
    }
    fd = -1;
    if (rename (temporary, real) != 0)
	goto failed;
    return TRUE;

  failed:
    *error = g_strdup_printf ("cannot write %s: %s", real, g_strerror (errno));
    if (fd >= 0)
	close (fd);
    unlink (temporary);
    return FALSE;
}

/* The first id in angle brackets of a References or In-Reply-To
 * value, or the last with last set; NULL when there is none. */
static char *
message_id_in (const char *value, gboolean last)
{
    char *found = NULL;

    while (value && (value = strchr (value, '<'))) {
	const char *close = strchr (value, '>');

	if (! close)
	    break;
	if (close > value + 1) {
	    g_free (found);
	    found = g_strndup (value + 1, (gsize) (close - value - 1));
	    g_strstrip (found);
	    if (! last)
		break;
	}
	value = close + 1;
    }
    return found;
}

/* "id:..." for notmuch, quoted. */
static char *
id_query (const char *id)
{
    g_autoptr (GString) query = g_string_new ("id:\"");

    for (const char *p = id; *p; p++) {
	if (*p == '"')
	    g_string_append_c (query, '"');
	g_string_append_c (query, *p);
    }
    g_string_append_c (query, '"');
    return g_string_free (g_steal_pointer (&query), FALSE);
}

/* One header value: no line breaks, so that it cannot end the header
 * block or start another header. */
static char *
one_line (const char *value)
{
    char *line = g_strdup (value ? value : "");

    g_strdelimit (line, "\r\n", ' ');
    return g_strstrip (line);
}

/* A message of one text part, for libtact to read. */
static char *
message_text (const char *from, const char *date, const char *subject, const char *body)
{
    g_autofree char *from_line = one_line (from);
    g_autofree char *date_line = one_line (date);
    g_autofree char *subject_line = one_line (subject);
    GString *text = g_string_new (NULL);

    if (*from_line)
	g_string_append_printf (text, "From: %s\n", from_line);
    if (*date_line)
	g_string_append_printf (text, "Date: %s\n", date_line);
    g_string_append_printf (text, "Subject: %s\n", subject_line);
    g_string_append (text, "MIME-Version: 1.0\n"
		     "Content-Type: text/plain; charset=utf-8\n"
		     "Content-Transfer-Encoding: 8bit\n\n");
    g_string_append (text, body);
    return g_string_free (text, FALSE);
}

/* A thread of the one message in text. */
static tact_status_t
open_message_text (tact_thread_t **out, const char *text, gsize length, char **error)
{
    tact_source_options_t options = TACT_SOURCE_OPTIONS_INIT;
    g_autoptr (GError) gerror = NULL;
    g_autofree char *name = NULL;
    tact_status_t status;
    int fd = g_file_open_tmp ("tact-compose-XXXXXX", &name, &gerror);
    gsize done = 0;

    if (fd < 0) {
	*error = strdup (gerror->message);
	return TACT_STATUS_BAD_INPUT;
    }
    unlink (name);
    while (done < length) {
	ssize_t n = write (fd, text + done, length - done);

	if (n < 0 && errno == EINTR)
	    continue;
	if (n <= 0) {
	    *error = strdup (g_strerror (errno));
	    close (fd);
	    return TACT_STATUS_BAD_INPUT;
	}
	done += (gsize) n;
    }
    lseek (fd, 0, SEEK_SET);
    status = tact_thread_open_fd (out, &options, fd, error);
    close (fd);
    return status;
}

/* The thread of the newest message matching query in the notmuch
 * database, or NULL when there is no database or no such message. */
static tact_thread_t *
find_in_notmuch (const char *query)
{
    tact_source_options_t options = TACT_SOURCE_OPTIONS_INIT;
    tact_thread_t *thread = NULL;
    char *error = NULL;

    if (tact_thread_open_query (&thread, &options, query, &error) != TACT_STATUS_SUCCESS)
	thread = NULL;
    free (error);
    return thread;
}

/* The quoted lines of body without their "> ", and the attribution
 * line before them ("" when there is none). */
static char *
unquote (const char *body, char **attribution)
{
    g_auto (GStrv) lines = g_strsplit (body, "\n", -1);
    GString *text = g_string_new (NULL);
    int first = -1;

    *attribution = g_strdup ("");
    for (int i = 0; lines[i]; i++) {
	const char *line = lines[i];

	if (line[0] != '>') {
	    if (first >= 0)
		break;
	    continue;
	}
	if (first < 0)
	    first = i;
	line++;
	if (*line == ' ')
	    line++;
	g_string_append (text, line);
	g_string_append_c (text, '\n');
    }
    for (int i = first - 1; i >= 0; i--) {
	char *line = g_strstrip (lines[i]);

	if (! *line)
	    continue;
	if (g_str_has_suffix (line, ":")) {
	    g_free (*attribution);
	    *attribution = g_strdup (line);
	}
	break;
    }
    return g_string_free (text, FALSE);
}

/* The sender an attribution names: "On DATE, Maria Okafor wrote:" and
 * "On DATE, Maria Okafor <maria@x.example> wrote:" give what follows
 * the last ", "; "" when it names none. */
static char *
attributed_sender (const char *attribution)
{
    g_autofree char *line = g_strdup (attribution);
    char *wrote = g_strrstr (line, " wrote:");
    char *comma;

    if (! wrote)
	return g_strdup ("");
    *wrote = '\0';
    comma = g_strrstr (line, ", ");
    if (! comma)
	return g_strdup ("");
    return g_strdup (g_strstrip (comma + 2));
}

/* A From header for a sender named by an attribution. */
static char *
from_of_sender (const char *sender)
{
    g_autofree char *name = g_strdup (sender);

    if (strchr (sender, '<') && strchr (sender, '@'))
	return g_strdup (sender);
    g_strdelimit (name, "\"\\", ' ');
    g_strstrip (name);
    if (! *name)
	return g_strdup ("");
    /* an address that cannot be mistaken for anyone's */
    return g_strdup_printf ("\"%s\" <customer@invalid>", name);
}

/* A notmuch phrase from the longest quoted line: up to 8 of its words,
 * letters and digits only; NULL when no line has 5 words. */
static char *
quoted_phrase (const char *quote)
{
    g_autoptr (GRegex) words = g_regex_new ("[[:alnum:]]+", G_REGEX_OPTIMIZE, 0, NULL);
    g_auto (GStrv) lines = g_strsplit (quote, "\n", -1);
    g_autoptr (GString) best = g_string_new (NULL);
    unsigned best_count = 0;

    for (int i = 0; lines[i]; i++) {
	g_autoptr (GMatchInfo) match = NULL;
	g_autoptr (GString) phrase = g_string_new (NULL);
	unsigned count = 0;

	if (lines[i][0] == '>')
	    continue;		/* a quote inside the quote */
	for (g_regex_match (words, lines[i], 0, &match); g_match_info_matches (match);
	     g_match_info_next (match, NULL)) {
	    g_autofree char *word = g_match_info_fetch (match, 0);

	    if (count < 8)
		g_string_append_printf (phrase, "%s%s", count ? " " : "", word);
	    count++;
	}
	if (count > best_count) {
	    best_count = count;
	    g_string_assign (best, phrase->str);
	}
    }
    if (best_count < 5)
	return NULL;
    return g_strdup_printf ("\"%s\"", best->str);
}

/* ---- drafting (in the child) ---- */

static int
load_settings (const compose_t *compose, settings_t *settings, tact_templates_t **templates)
{
    int code = settings_load (settings, compose->config);

    if (code == EXIT_OK)
	code = cli_add_folders (settings->template_dirs, "--templates", compose->folders);
    if (code == EXIT_OK)
	code = cli_open_templates (templates, settings);
    return code;
}

static int
draft_thread (const compose_t *compose, const settings_t *settings,
	      const tact_templates_t *templates, const tact_thread_t *thread,
	      tact_draft_t **draft)
{
    tact_draft_options_t draft_options;
    tact_analysis_t *analysis = NULL;
    char *error = NULL;
    tact_status_t status;

    int code = cli_analyze (&analysis, thread, settings, compose->now, TRUE);

    if (code == EXIT_OK) {
	settings_draft_options (settings, compose->now, &draft_options);
	status = tact_draft_new (draft, thread, analysis, templates, &draft_options, &error);
	if (status)
	    code = cli_fail (status == TACT_STATUS_BAD_INPUT ? EXIT_ENVIRONMENT
			     : cli_exit_code (status), "%s",
			     error ? error : tact_status_to_string (status));
    }
    free (error);
    tact_analysis_free (analysis);
    return code;
}

/* The customer's message rebuilt from the quote of a reply, when the
 * reply names no message: found in notmuch by the sender the
 * attribution names and a phrase of the quote, else the quote alone. */
static int
open_quoted_message (tact_thread_t **thread, const char *quote, const char *attribution,
		     const char *subject)
{
    g_autofree char *sender = attributed_sender (attribution);
    g_autofree char *from = from_of_sender (sender);
    g_autofree char *phrase = quoted_phrase (quote);
    g_autofree char *text = NULL;
    g_autoptr (GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *date = g_date_time_format (now, "%a, %d %b %Y %H:%M:%S %z");
    char *error = NULL;
    tact_status_t status;

    if (phrase) {
	g_autofree char *name = g_strdup (sender);
	g_autofree char *query = NULL;
	char *angle = strchr (name, '<');

	if (angle)
	    *angle = '\0';
	g_strdelimit (name, "\"\\()", ' ');
	g_strstrip (name);
	query = *name ? g_strdup_printf ("from:\"%s\" and %s", name, phrase) : g_strdup (phrase);
	if ((*thread = find_in_notmuch (query)))
	    return EXIT_OK;
    }
    /* the quote alone; its date is unknown, so it is taken as now: the
     * draft claims no wait */
    text = message_text (from, date, subject, quote);
    status = open_message_text (thread, text, strlen (text), &error);
    if (status) {
	int code = cli_fail (cli_exit_code (status), "cannot read the quoted message: %s",
			     error ? error : tact_status_to_string (status));

	free (error);
	return code;
    }
    return EXIT_OK;
}

/* The draft for a reply file; prints the draft's text alone. */
static int
draft_reply_file (const compose_t *compose)
{
    g_autofree char *reply_text = NULL;
    g_autofree char *id = NULL;
    g_autofree char *quote = NULL, *attribution = NULL, *subject = NULL;
    tact_thread_t *reply = NULL, *thread = NULL;
    tact_templates_t *templates = NULL;
    tact_draft_t *draft = NULL;
    settings_t settings = { 0 };
    const tact_message_t *message;
    char *error = NULL;
    tact_status_t status;
    int code;

    /* The reply as a message, to find the agent's text in it the way
     * tact finds a customer's new text. */
    if (compose->has_headers)
	reply_text = g_strndup (compose->text, compose->length);
    else
	reply_text = g_strconcat ("Subject: reply\nMIME-Version: 1.0\n"
				  "Content-Type: text/plain; charset=utf-8\n\n",
				  compose->text, NULL);
    status = open_message_text (&reply, reply_text, strlen (reply_text), &error);
    if (status) {
	code = cli_fail (EXIT_INPUT, "cannot read the reply %s: %s", compose->path,
			 error ? error : tact_status_to_string (status));
	free (error);
	return code;
    }
    message = tact_thread_get_message (reply, 0);
    if (*tact_message_get_new_text (message) || strstr (compose->text, TACT_SOLVE_MARKER)) {
	tact_thread_free (reply);
	return cli_fail (EXIT_NOTHING_TO_DRAFT, "the reply already has text of yours: "
			 "no draft added");
    }
    id = message_id_in (tact_message_get_header (message, "In-Reply-To"), FALSE);
    if (! id)
	id = message_id_in (tact_message_get_header (message, "References"), TRUE);
    quote = unquote (compose->text + compose->body_offset, &attribution);
    if (compose->has_headers)
	subject = g_strdup (tact_message_get_header (message, "Subject"));
    tact_thread_free (reply);
    if (! id && ! *quote)
	return cli_fail (EXIT_NOTHING_TO_DRAFT, "not a reply: no In-Reply-To, References "
			 "or quote");

    code = load_settings (compose, &settings, &templates);
    if (code == EXIT_OK && id) {
	g_autofree char *query = id_query (id);
	tact_source_options_t options = TACT_SOURCE_OPTIONS_INIT;

	status = tact_thread_open_query (&thread, &options, query, &error);
	if (status == TACT_STATUS_NOT_FOUND)
	    code = cli_fail (EXIT_INPUT, "the message being answered is not in your notmuch "
			     "database (%s): run 'notmuch new'", query);
	else if (status == TACT_STATUS_NO_DATABASE)
	    code = cli_fail (EXIT_ENVIRONMENT, "%s: set NOTMUCH_CONFIG to your notmuch config "
			     "file, or run 'notmuch setup'",
			     error ? error : tact_status_to_string (status));
	else if (status)
	    code = cli_fail (cli_exit_code (status), "%s: %s",
			     error ? error : tact_status_to_string (status),
			     cli_advice (status));
	free (error);
    } else if (code == EXIT_OK) {
	if (subject && ! g_ascii_strncasecmp (subject, "Re: ", 4))
	    memmove (subject, subject + 4, strlen (subject + 4) + 1);
	code = open_quoted_message (&thread, quote, attribution, subject ? subject : "");
    }
    if (code == EXIT_OK)
	code = draft_thread (compose, &settings, templates, thread, &draft);
    if (code == EXIT_OK)
	fputs (tact_draft_get_body (draft), stdout);
    tact_draft_free (draft);
    tact_thread_free (thread);
    tact_templates_free (templates);
    settings_clear (&settings);
    return code;
}

/* aerc's standard input: From, Date and Subject lines, a blank line,
 * the original text. */
typedef struct aerc_input {
    char *from, *date, *subject;
    const char *text;
} aerc_input_t;

static void
aerc_input_parse (aerc_input_t *input, const char *data)
{
    const char *line = data;

    memset (input, 0, sizeof *input);
    while (*line) {
	const char *eol = strchr (line, '\n');
	g_autofree char *copy = g_strndup (line, eol ? (gsize) (eol - line) : strlen (line));
	char **field = NULL;
	const char *value = NULL;

	if (! *copy) {
	    line = eol + 1;	/* the blank line after the headers */
	    break;
	}
	if (! g_ascii_strncasecmp (copy, "From:", 5))
	    field = &input->from, value = copy + 5;
	else if (! g_ascii_strncasecmp (copy, "Date:", 5))
	    field = &input->date, value = copy + 5;
	else if (! g_ascii_strncasecmp (copy, "Subject:", 8))
	    field = &input->subject, value = copy + 8;
	else
	    break;		/* no header: the text starts here */
	if (! *field)
	    *field = one_line (value);
	line = eol ? eol + 1 : line + strlen (line);
    }
    input->text = line;
    if (! input->from)
	input->from = g_strdup ("");
    if (! input->date)
	input->date = g_strdup ("");
    if (! input->subject)
	input->subject = g_strdup ("");
}

static void
aerc_input_clear (aerc_input_t *input)
{
    g_free (input->from);
    g_free (input->date);
    g_free (input->subject);
}

/* An address safe to put in a notmuch query, or NULL. */
static gboolean
plain_address (const char *address)
{
    if (! address || ! strchr (address, '@'))
	return FALSE;
    for (const char *p = address; *p; p++)
	if (! g_ascii_isalnum (*p) && ! strchr (".@_%+-=", *p))
	    return FALSE;
    return TRUE;
}

/* The draft for aerc: the original message from standard input, its
 * thread from notmuch when the sender and date find it there; prints
 * the draft, a blank line and the quote. */
static int
draft_for_aerc (const compose_t *compose)
{
    aerc_input_t input;
    g_autofree char *text = NULL, *subject = NULL;
    tact_thread_t *thread = NULL;
    tact_templates_t *templates = NULL;
    tact_draft_t *draft = NULL;
    settings_t settings = { 0 };
    char *error = NULL;
    tact_status_t status;
    int code;

    aerc_input_parse (&input, compose->text);
    subject = g_strdup (input.subject);
    while (! g_ascii_strncasecmp (subject, "Re: ", 4))
	memmove (subject, subject + 4, strlen (subject + 4) + 1);
    if (! *input.text) {
	aerc_input_clear (&input);
	return cli_fail (EXIT_NOTHING_TO_DRAFT, "no original message on standard input");
    }
    code = load_settings (compose, &settings, &templates);
    if (code == EXIT_OK) {
	text = message_text (input.from, input.date, subject, input.text);
	status = open_message_text (&thread, text, strlen (text), &error);
	if (status)
	    code = cli_fail (EXIT_INPUT, "cannot read the original message: %s",
			     error ? error : tact_status_to_string (status));
	free (error);
    }
    if (code == EXIT_OK) {
	const tact_message_t *message = tact_thread_get_message (thread, 0);
	const char *address = tact_message_get_from_address (message);
	time_t date = tact_message_get_date (message);

	if (plain_address (address) && date > 0) {
	    g_autofree char *query = g_strdup_printf ("from:\"%s\" and date:@%lld..@%lld",
						      address, (long long) date, (long long) date);
	    tact_thread_t *found = find_in_notmuch (query);

	    if (found) {
		tact_thread_free (thread);
		thread = found;
	    }
	}
	code = draft_thread (compose, &settings, templates, thread, &draft);
    }
    if (code == EXIT_OK) {
	fputs (tact_draft_get_body (draft), stdout);
	fputc ('\n', stdout);
	fputs (tact_draft_get_quote (draft), stdout);
    }
    tact_draft_free (draft);
    tact_thread_free (thread);
    tact_templates_free (templates);
    settings_clear (&settings);
    aerc_input_clear (&input);
    return code;
}

/* The last line starting "tact: " in what the child printed on its
 * standard error, without that prefix; else its last line. */
static char *
reason_in (const char *errors)
{
    g_auto (GStrv) lines = g_strsplit (errors, "\n", -1);
    const char *reason = NULL, *last = NULL;

    for (int i = 0; lines[i]; i++) {
	if (g_str_has_prefix (lines[i], "tact: "))
	    reason = lines[i] + 6;
	if (*g_strstrip (lines[i]))
	    last = lines[i];
    }
    if (! reason)
	reason = last;
    return reason ? g_strdup (reason) : NULL;
}

/* Run work in a child process, its standard output and error caught;
 * never longer than DRAFT_TIMEOUT_SECONDS.  A crash or a hang in the
 * child is a failure like any other. */
static void
draft_in_child (draft_result_t *result, int (*work) (const compose_t *), const compose_t *compose)
{
    GString *out = g_string_new (NULL), *err = g_string_new (NULL);
    int out_pipe[2] = { -1, -1 }, err_pipe[2] = { -1, -1 };
    gint64 deadline = g_get_monotonic_time () + DRAFT_TIMEOUT_SECONDS * G_USEC_PER_SEC;
    gboolean timed_out = FALSE;
    int status = 0;
    pid_t pid;

    memset (result, 0, sizeof *result);
    fflush (stdout);
    fflush (stderr);
    if (pipe (out_pipe) != 0 || pipe (err_pipe) != 0 || (pid = fork ()) < 0) {
	result->outcome = DRAFT_FAILED;
	result->reason = g_strdup_printf ("cannot start drafting: %s", g_strerror (errno));
	goto done;
    }
    if (pid == 0) {
	int null = open ("/dev/null", O_RDONLY);
	int code;

	signal (SIGINT, SIG_DFL);
	signal (SIGQUIT, SIG_DFL);
	if (null >= 0)
	    dup2 (null, 0);
	dup2 (out_pipe[1], 1);
	dup2 (err_pipe[1], 2);
	close (out_pipe[0]);
	close (err_pipe[0]);
	code = work (compose);
	fflush (stdout);
	fflush (stderr);
	_exit (code);
    }
    close (out_pipe[1]);
    close (err_pipe[1]);
    out_pipe[1] = err_pipe[1] = -1;
    for (;;) {
	struct pollfd fds[2] = { { out_pipe[0], POLLIN, 0 }, { err_pipe[0], POLLIN, 0 } };
	gint64 left = (deadline - g_get_monotonic_time ()) / 1000;
	char buffer[8192];
	int ready;

	if (fds[0].fd < 0 && fds[1].fd < 0)
	    break;
	if (left <= 0) {
	    timed_out = TRUE;
	    kill (pid, SIGKILL);
	    break;
	}
	ready = poll (fds, 2, (int) MIN (left, 1000));
	if (ready < 0 && errno != EINTR) {
	    timed_out = TRUE;	/* cannot watch it: stop it */
	    kill (pid, SIGKILL);
	    break;
	}
	for (int i = 0; i < 2 && ready > 0; i++) {
	    int *fd = i == 0 ? &out_pipe[0] : &err_pipe[0];
	    ssize_t n;

	    if (! fds[i].revents)
		continue;
	    n = read (*fd, buffer, sizeof buffer);
	    if (n > 0) {
		g_string_append_len (i == 0 ? out : err, buffer, n);
	    } else if (n == 0 || errno != EINTR) {
		close (*fd);
		*fd = -1;
	    }
	}
    }
    while (waitpid (pid, &status, 0) < 0 && errno == EINTR)
	;
    if (timed_out) {
	result->outcome = DRAFT_FAILED;
	result->reason = g_strdup_printf ("drafting took longer than %d seconds",
					  DRAFT_TIMEOUT_SECONDS);
    } else if (WIFSIGNALED (status)) {
	result->outcome = DRAFT_FAILED;
	result->reason = g_strdup_printf ("drafting crashed (%s): please report this with "
					  "the message you answered",
					  g_strsignal (WTERMSIG (status)));
    } else if (WEXITSTATUS (status) == EXIT_OK) {
	result->outcome = DRAFT_DONE;
	result->text = g_strdup (out->str);
    } else {
	result->outcome = WEXITSTATUS (status) == EXIT_NOTHING_TO_DRAFT ? DRAFT_NOTHING
	    : DRAFT_FAILED;
	result->reason = reason_in (err->str);
	if (! result->reason)
	    result->reason = g_strdup_printf ("drafting failed (exit status %d)",
					      WEXITSTATUS (status));
    }

  done:
    for (int i = 0; i < 2; i++) {
	if (out_pipe[i] >= 0)
	    close (out_pipe[i]);
	if (err_pipe[i] >= 0)
	    close (err_pipe[i]);
    }
    g_string_free (out, TRUE);
    g_string_free (err, TRUE);
}

/* ---- the editor ---- */

/* Whether command runs tact itself. */
static gboolean
runs_tact (const char *command)
{
    g_auto (GStrv) words = NULL;
    g_autofree char *name = NULL;

    if (! g_shell_parse_argv (command, NULL, &words, NULL) || ! words[0])
	return FALSE;
    name = g_path_get_basename (words[0]);
    return ! strcmp (name, "tact") || ! strcmp (name, "lt-tact");
}

/* The agent's editor: $TACT_EDITOR, else $VISUAL, else $EDITOR, else
 * vi; never tact itself. */
static const char *
agent_editor (void)
{
    static const char *const variables[] = { "TACT_EDITOR", "VISUAL", "EDITOR" };

    for (size_t i = 0; i < G_N_ELEMENTS (variables); i++) {
	const char *value = g_getenv (variables[i]);
	g_autofree char *trimmed = value ? g_strstrip (g_strdup (value)) : NULL;

	if (trimmed && *trimmed && ! runs_tact (trimmed))
	    return value;
    }
    return "vi";
}

/* Run editor on path, the way mutt runs its editor (through sh, the
 * file name appended); its exit status, or 128 + the signal that
 * ended it. */
static int
run_editor (const char *editor, const char *path)
{
    g_autofree char *command = g_strdup_printf ("%s \"$1\"", editor);
    int status;
    pid_t pid;

    fflush (stdout);
    fflush (stderr);
    pid = fork ();
    if (pid < 0)
	return cli_fail (126, "cannot run the editor %s: %s", editor, g_strerror (errno));
    if (pid == 0) {
	signal (SIGINT, SIG_DFL);
	signal (SIGQUIT, SIG_DFL);
	g_setenv (GUARD_VARIABLE, path, TRUE);
	execl ("/bin/sh", "sh", "-c", command, "sh", path, (char *) NULL);
	_exit (127);
    }
    while (waitpid (pid, &status, 0) < 0) {
	if (errno != EINTR)
	    return cli_fail (126, "cannot wait for the editor: %s", g_strerror (errno));
    }
    if (WIFSIGNALED (status))
	return 128 + WTERMSIG (status);
    return WEXITSTATUS (status);
}

/* ---- after the editor ---- */

/* What runs on the file once the editor has returned, in order. */
typedef void (*after_editor_step_t) (const compose_t *compose, int editor_status);

/* The notice line stays in the editor only: mutt and neomutt would
 * read a line that is not a header as the start of the body.  When
 * what is left is the file as the client wrote it, its times are put
 * back too, so that the client sees an unmodified reply as such. */
static void
remove_notice (const compose_t *compose, int editor_status)
{
    g_autofree char *text = NULL;
    g_autofree char *error = NULL;
    struct stat st;
    gsize length;
    const char *eol;

    (void) editor_status;
    if (! g_file_get_contents (compose->path, &text, &length, NULL) || stat (compose->path, &st))
	return;
    if (! g_str_has_prefix (text, NOTICE_PREFIX))
	return;
    eol = memchr (text, '\n', length);
    eol = eol ? eol + 1 : text + length;
    length -= (gsize) (eol - text);
    if (length == compose->length && ! memcmp (eol, compose->text, length)) {
	st.st_atim = compose->stat.st_atim;
	st.st_mtim = compose->stat.st_mtim;
	if (! replace_file (compose->path, &st, TRUE, eol, length, &error))
	    cli_fail (EXIT_ENVIRONMENT, "%s", error);
    } else if (! replace_file (compose->path, &st, FALSE, eol, length, &error)) {
	cli_fail (EXIT_ENVIRONMENT, "%s", error);
    }
}

/* Wait until time () reaches second, when that is at most most
 * seconds away. */
static void
wait_for_second (time_t second, time_t most)
{
    time_t now = time (NULL);

    while (now < second && second - now <= most) {
	g_usleep (1000);
	now = time (NULL);
    }
}

/* A reply that is no longer what the client wrote must look modified to
 * it: mutt and neomutt compare the file's time of change in whole
 * seconds (a second taken off when they write the file in the second
 * they check it), so a draft and a quick edit made within the second
 * the client wrote the file would be taken for an untouched reply and
 * thrown away.  Such a reply gets a later second.
 *
 * Never one ahead of the clock, though: mutt notes the time when the
 * editor returns and, if the file is newer still, asks before sending
 * whether to "update encoding" of a modified attachment, a question
 * that stops a macro and surprises an agent.  The clock is time (), as
 * mutt reads it: on GNU/Linux the kernel's coarse clock, which may be
 * some milliseconds behind the times the kernel gives files written
 * just before a second begins.  So tact waits, when it must, for the
 * clock to reach the file's second (a few milliseconds), or for the
 * second after the client's (less than one, and only when draft and
 * edit took less). */
static void
show_change (const compose_t *compose, int editor_status)
{
    g_autofree char *text = NULL;
    time_t written = compose->stat.st_mtim.tv_sec;
    struct timespec times[2];
    struct stat st;
    gsize length;

    (void) editor_status;
    if (stat (compose->path, &st) != 0 ||
	! g_file_get_contents (compose->path, &text, &length, NULL))
	return;
    if (length == compose->length && ! memcmp (text, compose->text, length))
	return;			/* untouched: it keeps the client's times */
    if (st.st_mtim.tv_sec <= written) {
	/* (a client's time ahead of the clock, from another machine's
	 * file system: the second after it is the best there is) */
	wait_for_second (written + 1, 1);
	times[0] = st.st_atim;
	times[1].tv_sec = MAX (time (NULL), written + 1);
	times[1].tv_nsec = 0;
	if (utimensat (AT_FDCWD, compose->path, times, 0) != 0)
	    cli_fail (EXIT_ENVIRONMENT, "%s: %s", compose->path, g_strerror (errno));
    } else {
	wait_for_second (st.st_mtim.tv_sec, 1);
    }
}

/* With $edit_headers (tact's macro sets it), mutt writes the reply's
 * body to a new file when the editor returns, then stamps it with
 * time (); the kernel may give that write a time some milliseconds
 * ahead of time ()'s coarse clock (see show_change), and when the two
 * fall on either side of a second, mutt asks at sending whether to
 * "update encoding" of a modified attachment.  tact cannot touch that
 * write, but it can leave the editor well inside a second: in its
 * last tenth, it waits for the next second and a little more. */
static void
leave_inside_second (void)
{
    struct timespec now;

    if (clock_gettime (CLOCK_REALTIME, &now) == 0 && now.tv_nsec > 900000000L)
	g_usleep ((gulong) (1000000000L - now.tv_nsec) / 1000 + 20000);
}

static const after_editor_step_t after_editor_steps[] = {
    remove_notice,
    show_change,
};

/* ---- the lint, after the editor ---- */

/* In the child: lint the reply as the editor left it.  Prints a first
 * line "FINDINGS ERRORS", then the findings as tact lint prints them;
 * exits 0 whatever it finds (a failure only means no lint). */
static int
lint_reply_file (const compose_t *compose)
{
    settings_t settings = { 0 };
    g_autofree char *text = NULL;
    tact_lint_t *lint = NULL;
    gsize length;
    size_t errors = 0;
    int code = settings_load (&settings, compose->config);

    if (code == EXIT_OK && ! g_file_get_contents (compose->path, &text, &length, NULL))
	code = cli_fail (EXIT_INPUT, "cannot read %s", compose->path);
    if (code == EXIT_OK)
	code = cli_lint_text (&lint, text, length, NULL, FALSE, &settings, compose->now);
    if (code == EXIT_OK) {
	g_autofree char *name = g_path_get_basename (compose->path);

	for (size_t i = 0; i < tact_lint_count (lint); i++)
	    errors += tact_lint_get_severity (lint, i) == TACT_SEVERITY_ERROR;
	printf ("%zu %zu\n", tact_lint_count (lint), errors);
	cli_print_findings ("reply", lint, stdout);
    }
    tact_lint_free (lint);
    settings_clear (&settings);
    return code;
}

/* Ask on the terminal whether to edit again; default_yes when Enter
 * alone is a yes. */
static gboolean
ask_again (FILE *tty, gboolean default_yes)
{
    char answer[64] = "";

    fprintf (tty, "Edit the reply again? [%s] ", default_yes ? "Y/n" : "y/N");
    fflush (tty);
    if (! fgets (answer, sizeof answer, tty))
	return FALSE;
    g_strstrip (answer);
    if (! *answer)
	return default_yes;
    return answer[0] == 'y' || answer[0] == 'Y';
}

/* Lint the edited reply.  On a terminal, show the findings and offer
 * to edit again (yes by default when any finding is an error), as
 * often as the agent likes; elsewhere, print them and go on: the lint
 * never blocks sending and never changes the text.  Returns the last
 * editor status. */
static int
lint_after_editor (compose_t *compose, const char *editor, int code)
{
    for (int round = 0; round < 20 && code == 0; round++) {
	draft_result_t result = { 0 };
	size_t findings = 0, errors = 0;
	const char *list;
	FILE *tty;
	gboolean again;

	draft_in_child (&result, lint_reply_file, compose);
	if (result.outcome != DRAFT_DONE || sscanf (result.text, "%zu %zu", &findings,
						     &errors) != 2 || findings == 0) {
	    draft_result_clear (&result);
	    break;
	}
	list = strchr (result.text, '\n');
	list = list ? list + 1 : "";
	tty = isatty (STDIN_FILENO) && isatty (STDOUT_FILENO) ? fopen ("/dev/tty", "r+") : NULL;
	if (! tty) {
	    fprintf (stderr, "tact lint: %zu finding%s in the reply\n%s", findings,
		     findings == 1 ? "" : "s", list);
	    draft_result_clear (&result);
	    break;
	}
	fprintf (tty, "\ntact lint: %zu finding%s in the reply (%zu error%s)\n%s", findings,
		 findings == 1 ? "" : "s", errors, errors == 1 ? "" : "s", list);
	again = ask_again (tty, errors > 0);
	fclose (tty);
	draft_result_clear (&result);
	if (! again)
	    break;
	code = run_editor (editor, compose->path);
    }
    return code;
}

/* ---- the command ---- */

/* The file with the draft put between the headers and the body (the
 * attribution and the quote). */
static GString *
with_draft (const compose_t *compose, const char *draft)
{
    GString *text = g_string_new_len (compose->text, (gssize) compose->body_offset);
    const char *rest = compose->text + compose->body_offset;
    gsize rest_length = compose->length - compose->body_offset;

    if (compose->headers_only) {
	if (compose->text[compose->length - 1] != '\n')
	    g_string_append_c (text, '\n');
	g_string_append_c (text, '\n');
    }
    g_string_append (text, draft);
    if (rest_length > 0 && rest[0] != '\n')
	g_string_append_c (text, '\n');
    g_string_append_len (text, rest, (gssize) rest_length);
    return text;
}

static int
compose_file (compose_t *compose)
{
    g_autoptr (GError) gerror = NULL;
    g_autofree char *error = NULL;
    draft_result_t result = { 0 };
    const char *editor = agent_editor ();
    const char *guard = g_getenv (GUARD_VARIABLE);
    int code;

    if (guard && ! strcmp (guard, compose->path))
	return cli_fail (EXIT_USAGE, "%s runs tact compose again on %s: set TACT_EDITOR to "
			 "your editor", editor, compose->path);
    if (stat (compose->path, &compose->stat) != 0
	|| ! g_file_get_contents (compose->path, &compose->text, &compose->length, &gerror)) {
	cli_fail (EXIT_INPUT, "no draft: cannot read %s: %s", compose->path,
		  gerror ? gerror->message : g_strerror (errno));
    } else if (memchr (compose->text, '\0', compose->length)) {
	cli_fail (EXIT_INPUT, "no draft: %s is not text", compose->path);
    } else {
	find_body (compose);
	draft_in_child (&result, draft_reply_file, compose);
	if (result.outcome == DRAFT_DONE) {
	    g_autoptr (GString) text = with_draft (compose, result.text);

	    if (! replace_file (compose->path, &compose->stat, FALSE, text->str, text->len, &error))
		cli_fail (EXIT_ENVIRONMENT, "no draft: %s", error);
	} else if (result.outcome == DRAFT_FAILED) {
	    g_autofree char *notice = g_strdup_printf (NOTICE_PREFIX "no draft: %s [this line "
						       "goes when you leave the editor]\n",
						       result.reason);
	    g_autofree char *text = g_strconcat (notice, compose->text, NULL);

	    cli_fail (EXIT_OK, "no draft: %s", result.reason);
	    if (! replace_file (compose->path, &compose->stat, FALSE, text, strlen (text), &error))
		cli_fail (EXIT_ENVIRONMENT, "%s", error);
	}
	draft_result_clear (&result);
    }
    code = run_editor (editor, compose->path);
    if (compose->text)
	for (size_t i = 0; i < G_N_ELEMENTS (after_editor_steps); i++)
	    after_editor_steps[i] (compose, code);
    if (compose->text && ! compose->no_lint) {
	code = lint_after_editor (compose, editor, code);
	show_change (compose, code);	/* the editor may have run again */
    }
    leave_inside_second ();
    return code;
}

/* aerc mode: always exits 0 and prints a reply body, since aerc 0.14
 * puts exec's input in the reply when the command fails. */
static int
compose_aerc (compose_t *compose)
{
    g_autoptr (GError) gerror = NULL;
    g_autoptr (GIOChannel) in = g_io_channel_unix_new (0);
    draft_result_t result = { 0 };

    g_io_channel_set_encoding (in, NULL, NULL);
    if (g_io_channel_read_to_end (in, &compose->text, &compose->length, &gerror)
	!= G_IO_STATUS_NORMAL) {
	compose->text = g_strdup ("");
	compose->length = 0;
    }
    compose->length = strlen (compose->text);	/* up to a NUL, if any */
    draft_in_child (&result, draft_for_aerc, compose);
    if (result.outcome == DRAFT_DONE) {
	fputs (result.text, stdout);
    } else {
	aerc_input_t input;
	g_auto (GStrv) lines = NULL;
	int n;

	aerc_input_parse (&input, compose->text);
	if (result.outcome == DRAFT_FAILED) {
	    printf (NOTICE_PREFIX "no draft: %s [delete this line]\n\n", result.reason);
	    cli_fail (EXIT_OK, "no draft: %s", result.reason);
	}
	if (*input.date || *input.from)
	    printf ("On %s, %s wrote:\n", input.date, input.from);
	lines = g_strsplit (input.text, "\n", -1);
	n = (int) g_strv_length (lines);
	if (n > 0 && ! *lines[n - 1])
	    n--;
	for (int i = 0; i < n; i++)
	    printf ("> %s\n", lines[i]);
	aerc_input_clear (&input);
    }
    draft_result_clear (&result);
    return EXIT_OK;
}

int
command_compose (int argc, char **argv)
{
    g_autoptr (GOptionContext) context = g_option_context_new ("FILE | --aerc");
    g_autoptr (GError) error = NULL;
    g_autofree char *now_text = NULL;
    gboolean aerc = FALSE;
    compose_t compose = { 0 };
    GOptionEntry entries[] = {
	{ "aerc", 0, 0, G_OPTION_ARG_NONE, &aerc,
	  "read the original message from standard input (From, Date and Subject lines, "
	  "a blank line, the text) and print the reply's body", NULL },
	{ "now", 0, 0, G_OPTION_ARG_STRING, &now_text,
	  "draft as if it were TIME (ISO 8601) instead of now", "TIME" },
	{ "config", 0, 0, G_OPTION_ARG_FILENAME, &compose.config,
	  "read settings from FILE (default: ~/.config/tact/config)", "FILE" },
	{ "templates", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &compose.folders,
	  "a template folder over the others (repeatable)", "DIR" },
	{ "no-lint", 0, 0, G_OPTION_ARG_NONE, &compose.no_lint,
	  "do not check the reply when the editor returns", NULL },
	{ NULL }
    };
    int code;

    g_option_context_set_summary (context, "Draft a reply into the file a mail client wrote, "
				  "then open your editor on it.");
    g_option_context_add_main_entries (context, entries, NULL);
    if (! g_option_context_parse (context, &argc, &argv, &error)) {
	code = cli_fail (EXIT_USAGE, "%s: see 'tact help'", error->message);
    } else if (aerc ? argc != 1 : argc != 2) {
	code = cli_fail (EXIT_USAGE, aerc ? "--aerc reads standard input and takes no file: "
			 "see 'tact help'" : "give the file to edit: tact compose FILE");
    } else {
	code = cli_parse_now (now_text, &compose.now);
	if (code == EXIT_OK) {
	    /* Like system(3): ^C while drafting or editing is for the
	     * child, not for tact. */
	    signal (SIGINT, SIG_IGN);
	    signal (SIGQUIT, SIG_IGN);
	    if (aerc) {
		code = compose_aerc (&compose);
	    } else {
		compose.path = g_strdup (argv[1]);
		code = compose_file (&compose);
	    }
	}
    }
    g_free (compose.config);
    g_strfreev (compose.folders);
    g_free (compose.path);
    g_free (compose.text);
    return code;
}
