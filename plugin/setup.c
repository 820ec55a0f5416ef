/* setup.c - `tact setup mutt | neomutt | aerc`: the lines to add to a
 * mail client's configuration so that one key replies with a draft.
 * The snippets themselves are installed in $(pkgdatadir)/plugin/. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "plugin/cli.h"

#define PLUGIN_DIR TACT_DATADIR "/plugin"

static void
setup_mutt (const char *rc)
{
    printf ("# Add to %s (E in the index or the pager replies with a draft):\n"
	    "source %s/mutt/tact.muttrc\n", rc, PLUGIN_DIR);
}

static void
setup_aerc (void)
{
    printf ("# Add to ~/.config/aerc/aerc.conf, under [templates] (after your own\n"
	    "# folders, with ':', if you have a template-dirs line):\n"
	    "template-dirs=%s/aerc\n"
	    "# Add to ~/.config/aerc/binds.conf, under [messages] and again under [view]:\n"
	    "E = :reply -a -q -T tact<Enter>\n", PLUGIN_DIR);
}

int
command_setup (int argc, char **argv)
{
    if (argc == 2 && ! strcmp (argv[1], "mutt"))
	setup_mutt ("~/.muttrc");
    else if (argc == 2 && ! strcmp (argv[1], "neomutt"))
	setup_mutt ("~/.config/neomutt/neomuttrc (or ~/.neomuttrc)");
    else if (argc == 2 && ! strcmp (argv[1], "aerc"))
	setup_aerc ();
    else
	return cli_fail (EXIT_USAGE, "which mail client? tact setup mutt|neomutt|aerc");
    return EXIT_OK;
}
