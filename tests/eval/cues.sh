# The evidence itself: every cue (span and rule) the detector finds in
# the labelled sets of tests/eval/, and in ../shared/eval's GitHub
# comments when they are there, equals tests/expected/cues/.  A change
# that only makes the detector faster must leave these files alone; a
# change to the lexicon changes them on purpose: TACT_REGENERATE=1
# writes them anew (review the diff, and `make eval`).
. "$top_srcdir/tests/cli/lib.sh"
[ -f /usr/share/hunspell/en_US.dic ] || skip_all "the en_US hunspell dictionary is not installed"
EVAL_CUES="$top_builddir/tests/eval/eval-cues"
SHARED="$top_srcdir/../shared/eval/github-incivility-dev.csv"

compare () {
    local name=$1
    shift
    "$EVAL_CUES" --cues "$@" >"$TEST_DIR/$name.tsv" 2>&1
    if [ -n "${TACT_REGENERATE:-}" ]; then
	cp "$TEST_DIR/$name.tsv" "$EXPECTED/cues/$name.tsv"
    fi
    same "the cues found in $name" "$EXPECTED/cues/$name.tsv" "$TEST_DIR/$name.tsv"
}

for set in support dev2 dev3 dev4 heldout heldout2 heldout3; do
    compare "$set" --records "$top_srcdir/tests/eval/$set.txt"
done
if [ -f "$SHARED" ]; then
    compare github-incivility --incivility "$SHARED"
else
    ok "# SKIP the GitHub comments of ../shared/eval are not there"
fi
check "the sets hold thousands of cues" \
    test "$(cat "$EXPECTED"/cues/*.tsv | wc -l)" -gt 2000
done_testing
