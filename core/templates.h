/* templates.h - the template folders the render stage writes from:
 * files parsed into a small tree of text, variables and conditional
 * sections, in layers (built-in < team folders < personal folder). */
#ifndef TACT_TEMPLATES_H
#define TACT_TEMPLATES_H

#include <glib.h>

#include "tact.h"

typedef enum tact_node_kind {
    TACT_NODE_TEXT,		/* text: literal */
    TACT_NODE_VARIABLE,		/* text: the name; fallback may be NULL */
    TACT_NODE_IF,		/* text: the word; then, otherwise */
    TACT_NODE_UNLESS,
} tact_node_kind_t;

typedef struct tact_node {
    tact_node_kind_t kind;
    char *text;
    char *fallback;
    GPtrArray *then;		/* tact_node_t *, for IF and UNLESS */
    GPtrArray *otherwise;
    unsigned line, column;	/* where it starts in the file */
} tact_node_t;

/* Which registers a template is for: bit (1 << tact_register_t). */
#define TACT_ALL_REGISTERS ((1u << TACT_REGISTER_LAST_REGISTER) - 1)

struct tact_template {
    char *name;
    char *path;
    char *layer;
    char *overrides;
    char *source;
    tact_move_t move;
    unsigned registers;
    char *registers_text;
    char **when;		/* condition words, "!" in front for "not" */
    char *when_text;
    int channel;		/* -1 any, else tact_channel_t */
    char *language;
    unsigned weight;
    GPtrArray *body;		/* tact_node_t *; NULL until parsed */
    size_t body_at;		/* where the body starts in source */
    unsigned body_line, body_column;
};

/* Parse the built-in template files (paths, NULL-terminated) and write
 * their index (*out), which the build puts into libtact (see
 * core/templates-compile.c).  Problems go to report, with data; the
 * first is also the error message (TACT_STATUS_BAD_INPUT), and then
 * nothing is written. */
tact_status_t
tact_templates_write_index (const char *const *paths, tact_lint_report_t report, void *data,
			    GBytes **out, char **error_message);

/* A template's body, parsed on first use. */
const GPtrArray *
tact_template_body (const tact_template_t *template_);

/* Whether word names a condition (for "when:" and {{#if}}), and
 * whether name names a variable. */
gboolean
tact_template_is_condition (const char *word);

gboolean
tact_template_is_variable (const char *name);

#endif
