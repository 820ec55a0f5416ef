# The tact command.
bin_PROGRAMS += tact
tact_SOURCES = plugin/tact.c plugin/cli.h plugin/thread.c plugin/analyze.c plugin/config.c \
	plugin/draft.c plugin/templates.c plugin/lint.c
tact_LDADD = libtact.la $(JSON_LIBS) $(GMIME_LIBS) $(GLIB_LIBS)

# The mail clients: tact compose and tact setup, and the snippets they
# go with, installed in $(pkgdatadir)/plugin.
tact_SOURCES += plugin/compose.c plugin/setup.c
muttplugindir = $(pkgdatadir)/plugin/mutt
dist_muttplugin_DATA = plugin/mutt/tact.muttrc
aercplugindir = $(pkgdatadir)/plugin/aerc
dist_aercplugin_DATA = plugin/aerc/tact plugin/aerc/binds.conf
