/* templates-compile - index the built-in templates at build time
 *
 *   templates-compile OUT FILE.tmpl...
 *
 * Every template is parsed by libtact's own parser (core/templates.c)
 * and OUT gets their texts with their headers as parsed, which the build
 * puts into libtact: so no run of tact parses a built-in template's
 * header, and the headers cannot disagree with the texts beside them.
 * A broken template stops the build, with its file and line. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <gio/gio.h>

#include "core/templates.h"

/* templates.c reads the built-in templates from libtact's resources,
 * which this program builds: it has none yet. */
G_GNUC_INTERNAL GResource *tact_template_resources_get_resource (void);

GResource *
tact_template_resources_get_resource (void)
{
    return NULL;
}

static void
report (void *data, const char *file, unsigned line, unsigned column, const char *message)
{
    (void) data;
    if (line)
	fprintf (stderr, "%s:%u:%u: %s\n", file, line, column, message);
    else
	fprintf (stderr, "%s: %s\n", file, message);
}

int
main (int argc, char **argv)
{
    g_autoptr (GBytes) index = NULL;
    g_autoptr (GError) error = NULL;
    char *message = NULL;
    gsize size;
    const char *data;

    if (argc < 2) {
	fprintf (stderr, "usage: templates-compile OUT FILE.tmpl...\n");
	return 1;
    }
    if (tact_templates_write_index ((const char *const *) argv + 2, report, NULL, &index,
				    &message)) {
	fprintf (stderr, "templates-compile: the built-in templates have problems; "
		 "%s not written\n", argv[1]);
	free (message);
	return 1;
    }
    data = g_bytes_get_data (index, &size);
    if (! g_file_set_contents (argv[1], data, (gssize) size, &error)) {
	fprintf (stderr, "templates-compile: %s\n", error->message);
	return 1;
    }
    return 0;
}
