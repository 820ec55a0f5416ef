# The tact command.
bin_PROGRAMS += tact
tact_SOURCES = plugin/tact.c
tact_LDADD = libtact.la $(JSON_LIBS) $(GMIME_LIBS) $(GLIB_LIBS)
