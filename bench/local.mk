# Benchmarks: `make bench` builds a large generated mailbox (once, in
# bench/work) and compares tact with `notmuch reply` on the same
# messages, in the same run.
EXTRA_PROGRAMS += bench/gen-mailbox bench/cue-throughput
bench_gen_mailbox_SOURCES = bench/gen-mailbox.c
bench_gen_mailbox_CFLAGS = $(AM_CFLAGS)
bench_gen_mailbox_LDADD = $(GLIB_LIBS)
CLEANFILES += bench/gen-mailbox bench/cue-throughput
bench_cue_throughput_SOURCES = bench/cue-throughput.c
bench_cue_throughput_CFLAGS = $(AM_CFLAGS) $(HYPERSCAN_CFLAGS)
bench_cue_throughput_LDADD = core/libtact-core.la $(GMIME_LIBS) $(GLIB_LIBS) $(HYPERSCAN_LIBS) \
	$(HUNSPELL_LIBS) $(NOTMUCH_LIBS)
EXTRA_DIST += bench/run.sh bench/README.md

BENCH_COUNT ?= 50000
# The real binary, not libtool's wrapper script, so that the shell
# wrapper's start-up is not counted against tact.
bench: tact bench/gen-mailbox bench/cue-throughput
	$(builddir)/bench/cue-throughput $(srcdir)/tests/eval/support.txt
	BENCH_COMMANDS="$${BENCH_COMMANDS:-thread analyze draft}" \
	LD_LIBRARY_PATH=$(abs_builddir)/.libs \
	$(SHELL) $(srcdir)/bench/run.sh $(abs_builddir)/.libs/tact \
		$(abs_builddir)/bench/gen-mailbox $(abs_builddir)/bench/work $(BENCH_COUNT)
.PHONY: bench
