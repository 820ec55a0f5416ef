# Data: cue and quoting lexicons (and, later, the default templates).
lexicon_files = templates/lexicon/quoting.lex templates/lexicon/cues.lex
lexicondir = $(pkgdatadir)/lexicon
dist_lexicon_DATA = $(lexicon_files)
