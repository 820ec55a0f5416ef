# Tests: C unit tests printing TAP, shell tests running the real tact
# on a notmuch database built from the corpus.  `make check` runs them
# in parallel, one log each.
