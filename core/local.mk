# libtact: the pipeline stages, built once as a convenience library so
# the unit tests can reach internal functions, then wrapped as the
# shared library that exports only tact_* symbols.
noinst_LTLIBRARIES += core/libtact-core.la
core_libtact_core_la_SOURCES = \
	core/status.c core/status.h \
	core/lexicon.c core/lexicon.h \
	core/source.c core/source.h \
	core/text.c core/text.h \
	core/cues.c core/cues.h core/fluency.c \
	core/render.c core/render.h
nodist_core_libtact_core_la_SOURCES = core/resources.c
core_libtact_core_la_CPPFLAGS = $(AM_CPPFLAGS) -DTACT_BUILDING_LIBRARY
core_libtact_core_la_CFLAGS = $(AM_CFLAGS) -fvisibility=hidden
core_libtact_core_la_LIBADD = $(GMIME_LIBS) $(GLIB_LIBS) $(XML_LIBS) $(HUNSPELL_LIBS) $(NOTMUCH_LIBS) -lm

lib_LTLIBRARIES += libtact.la
libtact_la_SOURCES =
libtact_la_LIBADD = core/libtact-core.la
libtact_la_LDFLAGS = $(AM_LDFLAGS) -version-info 0:0:0 -export-symbols-regex '^tact_'

# The lexicons are compiled into the library, so that tact works
# uninstalled; they are also installed for people to read and copy.
core/resources.c: core/tact.gresource.xml $(lexicon_files)
	$(AM_V_GEN)$(GLIB_COMPILE_RESOURCES) --internal --generate-source \
		--sourcedir=$(srcdir) --c-name tact_resources --target=$@ $<
BUILT_SOURCES += core/resources.c
CLEANFILES += core/resources.c
EXTRA_DIST += core/tact.gresource.xml
