# The tact command.
bin_PROGRAMS += tact
tact_SOURCES = plugin/tact.c plugin/cli.h plugin/thread.c plugin/analyze.c plugin/config.c \
	plugin/draft.c plugin/templates.c plugin/lint.c
tact_LDADD = libtact.la $(JSON_LIBS) $(GMIME_LIBS) $(GLIB_LIBS)

# The mail clients: tact compose and tact setup.
tact_SOURCES += plugin/compose.c plugin/setup.c
