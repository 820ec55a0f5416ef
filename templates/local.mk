# Data: cue and quoting lexicons (and, later, the default templates).
lexicon_files = templates/lexicon/quoting.lex templates/lexicon/cues.lex \
	templates/lexicon/lint.lex
lexicondir = $(pkgdatadir)/lexicon
dist_lexicon_DATA = $(lexicon_files)

# The built-in templates: compiled into the library (core/local.mk),
# and installed for people to read, copy and override.
include templates/en/files.mk
templatesdir = $(pkgdatadir)/templates/en
dist_templates_DATA = $(template_en_files) templates/en/README
dist_pkgdata_DATA += templates/words.txt
EXTRA_DIST += templates/update-list
