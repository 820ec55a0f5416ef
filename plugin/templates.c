/* templates.c - `tact templates list | show NAME | lint [DIR...]`: the
 * template folders as tact sees them, layer over layer. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "plugin/cli.h"

static int
list_templates (const settings_t *settings)
{
    tact_templates_t *templates = NULL;
    int code = cli_open_templates (&templates, settings);

    if (code)
	return code;
    printf ("%-36s %-11s %-22s %-30s %s\n", "NAME", "MOVE", "REGISTER", "WHEN", "LAYER");
    for (size_t i = 0; i < tact_templates_count (templates); i++) {
	const tact_template_t *t = tact_templates_get (templates, i);
	const char *overrides = tact_template_get_overrides (t);
	const char *when = tact_template_get_when (t);

	printf ("%-36s %-11s %-22s %-30s %s", tact_template_get_name (t),
		tact_move_name (tact_template_get_move (t)), tact_template_get_registers (t),
		*when ? when : "-", tact_template_get_layer (t));
	if (overrides)
	    printf (" (overrides %s)", overrides);
	putchar ('\n');
    }
    tact_templates_free (templates);
    return EXIT_OK;
}

static int
show_template (const settings_t *settings, const char *name)
{
    tact_templates_t *templates = NULL;
    const tact_template_t *t;
    int code = cli_open_templates (&templates, settings);

    if (code)
	return code;
    t = tact_templates_find (templates, name);
    if (! t) {
	code = cli_fail (EXIT_INPUT, "no template named '%s': see 'tact templates list'", name);
    } else {
	fputs (tact_template_get_source (t), stdout);
	if (! g_str_has_suffix (tact_template_get_source (t), "\n"))
	    putchar ('\n');
    }
    tact_templates_free (templates);
    return code;
}

static void
report (void *data, const char *file, unsigned line, unsigned column, const char *message)
{
    (void) data;
    if (line)
	printf ("%s:%u:%u: %s\n", file, line, column, message);
    else
	printf ("%s: %s\n", file, message);
}

static int
lint_templates (const settings_t *settings, char **folders)
{
    size_t problems = 0;
    char *error = NULL;
    /* No folder named: every layer, the built-in one included. */
    const char *const *which = folders && folders[0] ? (const char *const *) folders
	: (const char *const *) settings->template_dirs->pdata;
    tact_status_t status = tact_templates_lint (&problems, which, ! (folders && folders[0]),
						settings->dictionary, report, NULL, &error);

    if (status) {
	int code = cli_fail (EXIT_INPUT, "%s", error ? error : tact_status_to_string (status));

	free (error);
	return code;
    }
    if (problems) {
	fprintf (stderr, "tact: %zu problem%s in the templates\n", problems,
		 problems == 1 ? "" : "s");
	return EXIT_FINDINGS;
    }
    return EXIT_OK;
}

int
command_templates (int argc, char **argv)
{
    g_autoptr (GOptionContext) context = g_option_context_new ("list | show NAME | lint [DIR...]");
    g_autoptr (GError) error = NULL;
    g_autofree char *config = NULL;
    g_auto (GStrv) folders = NULL;
    GOptionEntry entries[] = {
	{ "config", 0, 0, G_OPTION_ARG_FILENAME, &config,
	  "read settings from FILE (default: ~/.config/tact/config)", "FILE" },
	{ "templates", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &folders,
	  "a template folder over the others (repeatable)", "DIR" },
	{ NULL }
    };
    settings_t settings = { 0 };
    int code;

    g_option_context_set_summary (context, "The template folders: what is in effect, one "
				  "template's text, and the lint.");
    g_option_context_add_main_entries (context, entries, NULL);
    if (! g_option_context_parse (context, &argc, &argv, &error))
	return cli_fail (EXIT_USAGE, "%s: see 'tact help'", error->message);
    if (argc < 2)
	return cli_fail (EXIT_USAGE, "templates what? use list, show NAME or lint [DIR...]");
    code = settings_load (&settings, config);
    if (code == EXIT_OK)
	code = cli_add_folders (settings.template_dirs, "--templates", folders);
    if (code == EXIT_OK) {
	if (! strcmp (argv[1], "list") && argc == 2)
	    code = list_templates (&settings);
	else if (! strcmp (argv[1], "show") && argc == 3)
	    code = show_template (&settings, argv[2]);
	else if (! strcmp (argv[1], "lint"))
	    code = lint_templates (&settings, argv + 2);
	else
	    code = cli_fail (EXIT_USAGE, "use 'tact templates list', 'tact templates show NAME' "
			     "or 'tact templates lint [DIR...]'");
    }
    settings_clear (&settings);
    return code;
}
