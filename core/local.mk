# libtact: the pipeline stages, built once as a convenience library so
# the unit tests can reach internal functions, then wrapped as the
# shared library that exports only tact_* symbols.  The stages without
# the built-in templates are a library of their own, core/libtact-base,
# for core/templates-compile to index those templates with.
noinst_LTLIBRARIES += core/libtact-base.la core/libtact-core.la
core_libtact_base_la_SOURCES = \
	core/status.c core/status.h \
	core/lexicon.c core/lexicon.h \
	core/prefilter.c core/prefilter.h \
	core/source.c core/source.h \
	core/text.c core/text.h \
	core/cues.c core/cues.h core/fluency.c \
	core/word-paths.c core/word-paths.h \
	core/templates.c core/templates.h \
	core/lint.c \
	core/plan.c core/plan.h \
	core/render.c core/render.h
nodist_core_libtact_base_la_SOURCES = core/resources.c
core_libtact_base_la_CPPFLAGS = $(AM_CPPFLAGS) -DTACT_BUILDING_LIBRARY
core_libtact_base_la_CFLAGS = $(AM_CFLAGS) -fvisibility=hidden
core_libtact_base_la_LIBADD = $(GMIME_LIBS) $(GLIB_LIBS) $(HUNSPELL_LIBS) \
	$(PCRE2_LIBS) $(NOTMUCH_LIBS) -lm
core_libtact_core_la_SOURCES =
nodist_core_libtact_core_la_SOURCES = core/template-resources.c
core_libtact_core_la_CPPFLAGS = $(core_libtact_base_la_CPPFLAGS)
core_libtact_core_la_CFLAGS = $(core_libtact_base_la_CFLAGS)
core_libtact_core_la_LIBADD = core/libtact-base.la

lib_LTLIBRARIES += libtact.la
libtact_la_SOURCES =
libtact_la_LIBADD = core/libtact-core.la
libtact_la_LDFLAGS = $(AM_LDFLAGS) -version-info 0:0:0 -export-symbols-regex '^tact_'

# The lexicons are compiled into the library, so that tact works
# uninstalled, with their patterns compiled by core/lexicon-compile so
# that no run of tact pays for compiling them; they are also installed
# for people to read and copy.
noinst_PROGRAMS += core/lexicon-compile
core_lexicon_compile_SOURCES = core/lexicon-compile.c core/lexicon.c core/lexicon.h \
	core/word-paths.c core/word-paths.h \
	core/prefilter.c core/prefilter-compile.c core/prefilter.h \
	core/status.c core/status.h
core_lexicon_compile_LDADD = $(GLIB_LIBS) $(PCRE2_LIBS) $(HYPERSCAN_LIBS)
lexicon_compiled = core/quoting.lex.bin core/cues.lex.bin core/lint.lex.bin
# The sections whose rules the cue detector searches over whole texts
# (core/cues.c): their rules that start with no word get a prefilter.
cue_searched_sections = struggle frustration intensity casual formal urgency nonfluent gratitude \
	question feature_request complaint repeat_contact mask-line mask-span
core/quoting.lex.bin: templates/lexicon/quoting.lex core/lexicon-compile$(EXEEXT)
	$(AM_V_GEN)$(builddir)/core/lexicon-compile $(srcdir)/templates/lexicon/quoting.lex $@
core/cues.lex.bin: templates/lexicon/cues.lex core/lexicon-compile$(EXEEXT)
	$(AM_V_GEN)$(builddir)/core/lexicon-compile $(srcdir)/templates/lexicon/cues.lex $@ \
		$(cue_searched_sections)
core/lint.lex.bin: templates/lexicon/lint.lex core/lexicon-compile$(EXEEXT)
	$(AM_V_GEN)$(builddir)/core/lexicon-compile $(srcdir)/templates/lexicon/lint.lex $@
core/resources.c: core/tact.gresource.xml $(lexicon_files) $(lexicon_compiled) templates/words.txt
	$(AM_V_GEN)$(GLIB_COMPILE_RESOURCES) --internal --generate-source \
		--sourcedir=$(builddir) --sourcedir=$(srcdir) --c-name tact_resources --target=$@ $<
BUILT_SOURCES += core/resources.c
CLEANFILES += core/resources.c $(lexicon_compiled)
EXTRA_DIST += core/tact.gresource.xml

# The built-in templates and their word list, as a second resource
# bundle: the templates in one file, with their headers as
# core/templates-compile parsed them (see core/templates.c), so that a
# run looks up one resource rather than one per template, and parses no
# header of theirs.  A broken template stops the build.
noinst_PROGRAMS += core/templates-compile
core_templates_compile_SOURCES = core/templates-compile.c
core_templates_compile_LDADD = core/libtact-base.la
core/templates-en.bundle: $(template_en_files) core/templates-compile$(EXEEXT)
	$(AM_V_GEN)files=; for f in $(template_en_files); do files="$$files $(srcdir)/$$f"; done; \
	$(builddir)/core/templates-compile $@ $$files
core/templates.gresource.xml: templates/en/files.mk $(srcdir)/core/local.mk
	$(AM_V_GEN){ echo '<?xml version="1.0" encoding="UTF-8"?>'; \
	  echo '<gresources><gresource prefix="/org/tact">'; \
	  echo '<file alias="templates/en.bundle">core/templates-en.bundle</file>'; \
	  echo '</gresource></gresources>'; } > $@
core/template-resources.c: core/templates.gresource.xml core/templates-en.bundle
	$(AM_V_GEN)$(GLIB_COMPILE_RESOURCES) --internal --generate-source \
		--sourcedir=$(builddir) --sourcedir=$(srcdir) --c-name tact_template_resources \
		--target=$@ $<
BUILT_SOURCES += core/template-resources.c
CLEANFILES += core/template-resources.c core/templates.gresource.xml core/templates-en.bundle
