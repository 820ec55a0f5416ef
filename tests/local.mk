# Tests: C unit tests (GLib's test framework, printing TAP) and shell
# tests that run the real tact on a notmuch database built from the
# corpus in a temporary folder.  `make check` runs them in parallel, one
# log each; a test whose tool is missing skips (exit 77).
TEST_EXTENSIONS = .test .sh
TEST_LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
SH_LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
SH_LOG_COMPILER = bash
AM_TESTS_ENVIRONMENT = \
	TACT='$(abs_top_builddir)/tact'; \
	TACT_LIBRARY='$(abs_top_builddir)/.libs/libtact.so'; \
	top_srcdir='$(abs_top_srcdir)'; \
	top_builddir='$(abs_top_builddir)'; \
	export TACT TACT_LIBRARY top_srcdir top_builddir; \
	unset NOTMUCH_CONFIG NOTMUCH_PROFILE;

unit_tests = tests/unit/text.test tests/unit/split.test tests/unit/cues.test \
	tests/unit/draft.test tests/unit/lexicon.test
check_PROGRAMS += $(unit_tests)
TESTS += $(unit_tests)
unit_ldadd = core/libtact-core.la $(GMIME_LIBS) $(GLIB_LIBS) $(HUNSPELL_LIBS) $(NOTMUCH_LIBS)
tests_unit_text_test_SOURCES = tests/unit/text.c
tests_unit_text_test_LDADD = $(unit_ldadd)
tests_unit_split_test_SOURCES = tests/unit/split.c
tests_unit_split_test_LDADD = $(unit_ldadd)
tests_unit_cues_test_SOURCES = tests/unit/cues.c tests/unit/hard-texts.h
tests_unit_cues_test_LDADD = $(unit_ldadd)
tests_unit_draft_test_SOURCES = tests/unit/draft.c
tests_unit_draft_test_LDADD = $(unit_ldadd)
tests_unit_lexicon_test_SOURCES = tests/unit/lexicon.c tests/unit/hard-texts.h
tests_unit_lexicon_test_LDADD = $(unit_ldadd)

cli_tests = \
	tests/cli/symbols.sh \
	tests/cli/errors.sh \
	tests/cli/new-text.sh \
	tests/cli/reply-headers.sh \
	tests/cli/thread-output.sh \
	tests/cli/large-message.sh \
	tests/cli/analyze.sh \
	tests/cli/analyze-output.sh \
	tests/cli/draft.sh \
	tests/cli/draft-output.sh \
	tests/cli/templates.sh \
	tests/cli/lint.sh
TESTS += $(cli_tests)
EXTRA_DIST += $(cli_tests) tests/cli/lib.sh tests/corpora tests/expected tests/lint

# tact compose and tact setup; compose.sh preloads crash-draft in place
# of tact_draft_new, a crash in drafting (built without the sanitizers,
# so that it loads anywhere).
compose_tests = tests/cli/compose.sh
TESTS += $(compose_tests)
EXTRA_DIST += $(compose_tests)
check_LTLIBRARIES = tests/cli/crash-draft.la
tests_cli_crash_draft_la_SOURCES = tests/cli/crash-draft.c
tests_cli_crash_draft_la_CFLAGS = $(WARN_CFLAGS)
tests_cli_crash_draft_la_LDFLAGS = -module -avoid-version -shared -rpath $(abs_builddir)

# The mail clients themselves, driven in tmux: neomutt, mutt and aerc
# from Debian (bootstrap.sh check installs them); each test skips when
# its client or tmux is missing.
client_tests = tests/clients/neomutt.sh tests/clients/mutt.sh tests/clients/aerc.sh
TESTS += $(client_tests)
EXTRA_DIST += $(client_tests) tests/clients/lib.sh tests/clients/mutt-common.sh

# `make eval`: precision, recall and F1 per flag on the labelled set in
# tests/eval/ and on ../shared/eval/ when it is there, with VADER's
# scores beside ours (tests/eval/README.md).  A report, not a test.
check_PROGRAMS += tests/eval/eval-cues
tests_eval_eval_cues_SOURCES = tests/eval/eval-cues.c
tests_eval_eval_cues_LDADD = $(unit_ldadd) $(JSON_LIBS)
CLEANFILES += tests/eval/eval-cues
eval: tests/eval/eval-cues$(EXEEXT)
	AWK='$(AWK)' $(SHELL) $(srcdir)/tests/eval/run.sh \
		$(builddir)/tests/eval/eval-cues$(EXEEXT) $(abs_srcdir)
.PHONY: eval
EXTRA_DIST += tests/eval/README.md tests/eval/support.txt tests/eval/run.sh \
	tests/eval/score.awk tests/eval/vader.mjs tests/eval/heldout.txt \
	tests/eval/dev2.txt tests/eval/dev3.txt tests/eval/fit-weights.py tests/eval/heldout2.txt \
	tests/eval/dev4.txt tests/eval/heldout3.txt

# The evidence found in the labelled sets, cue by cue, against
# tests/expected/cues/: what keeps a faster detector honest.
eval_tests = tests/eval/cues.sh
TESTS += $(eval_tests)
EXTRA_DIST += $(eval_tests)
