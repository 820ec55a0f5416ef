/* cli.h - what the commands of the tact program share */
#ifndef TACT_CLI_H
#define TACT_CLI_H

#include <stdio.h>
#include <glib.h>
#include <json-glib/json-glib.h>

#include "tact.h"

/* Exit codes, as documented in tact(1). */
enum {
    EXIT_OK = 0,
    EXIT_USAGE = 1,
    EXIT_INPUT = 2,
    EXIT_ENVIRONMENT = 3,
    EXIT_INTERNAL = 4,
    EXIT_FINDINGS = 5,		/* a lint found problems */
};

/* Print "tact: ..." and a newline on stderr; return code. */
int
cli_fail (int code, const char *format, ...) G_GNUC_PRINTF (2, 3);

/* The exit code for a libtact status, and what to do about it. */
int
cli_exit_code (tact_status_t status);

const char *
cli_advice (tact_status_t status);

/* Where the thread comes from, as the user named it. */
typedef struct source_args {
    char *file;			/* --file F, or "-" */
    char *query;		/* the words left, joined */
} source_args_t;

/* Parse a command's options (entries, plus --file); the words left form
 * the query, "-" alone means standard input. */
int
cli_parse_source (int *argc, char ***argv, GOptionEntry *entries,
		  const char *summary, source_args_t *source);

int
cli_open_thread (tact_thread_t **out, const source_args_t *source);

void
cli_source_clear (source_args_t *source);

/* --format: FALSE for text, TRUE for json; on a bad value *code is set. */
gboolean
cli_format_is_json (const char *format, int *code);

void
cli_print_json (JsonNode *root);

void
cli_add_string (JsonBuilder *builder, const char *key, const char *value);

/* Append the folders named with option (NULL-terminated, may be NULL)
 * to dirs; one that is not a folder is a usage error. */
int
cli_add_folders (GPtrArray *dirs, const char *option, char **folders);

/* Print text with prefix before each line. */
void
cli_print_indented (const char *text, const char *prefix);

/* ---- settings (config.c) ---- */

typedef struct settings {
    char *path;			/* the config file read, or NULL */
    double promise_hours[TACT_CHANNEL_LAST_CHANNEL];
    GArray *channel_rules;	/* tact_channel_rule_t, strings in strings */
    GPtrArray *strings;
    GPtrArray *lexicon_dirs;	/* NULL-terminated */
    char *dictionary;
    /* for drafts */
    char *agent_name;
    char *agent_signature;
    char *company_name;
    char *time_zone;
    int opens, closes;		/* minutes after midnight */
    unsigned business_days;	/* bit 0 Monday */
    char *language;
    GPtrArray *template_dirs;	/* NULL-terminated: team folders, then personal */
    GPtrArray *lint_off;	/* NULL-terminated rule ids */
} settings_t;

/* Read the config file (--config, else $TACT_CONFIG, else
 * $XDG_CONFIG_HOME/tact/config when it exists).  A bad line is one
 * error naming the file. */
int
settings_load (settings_t *settings, const char *path);

void
settings_clear (settings_t *settings);

/* The analysis options the settings give; now from --now when given. */
void
settings_analyze_options (const settings_t *settings, time_t now,
			  tact_analyze_options_t *options);

/* Open the template folders of the settings; a broken template is one
 * error line. */
int
cli_open_templates (tact_templates_t **templates, const settings_t *settings);

/* Analyze a thread with the settings' options; customers_only as a
 * draft or a lint needs it.  A broken lexicon is one error line. */
int
cli_analyze (tact_analysis_t **analysis, const tact_thread_t *thread,
	     const settings_t *settings, time_t now, gboolean customers_only);

/* The draft options the settings give. */
void
settings_draft_options (const settings_t *settings, time_t now,
			tact_draft_options_t *options);

/* Parse --now (ISO 8601) into *now; 0 when not given. */
int
cli_parse_now (const char *text, time_t *now);

/* ---- lint (lint.c), shared with compose ---- */

/* Lint a reply: the thread from thread_query, else from the reply's
 * In-Reply-To (a thread not found is then only a note on stderr, unless
 * thread_required). */
int
cli_lint_text (tact_lint_t **out, const char *text, size_t length, const char *thread_query,
	       gboolean thread_required, const settings_t *settings, time_t now);

/* Findings as "NAME:LINE:COL: severity: message [rule]" lines. */
void
cli_print_findings (const char *name, const tact_lint_t *lint, FILE *out);

/* ---- commands ---- */

int
command_thread (int argc, char **argv);

int
command_analyze (int argc, char **argv);

int
command_draft (int argc, char **argv);

int
command_templates (int argc, char **argv);

int
command_lint (int argc, char **argv);

int
command_compose (int argc, char **argv);

int
command_setup (int argc, char **argv);

#endif
