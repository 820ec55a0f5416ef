# For every corpus message, the reply headers tact computes equal those
# of `notmuch reply --format=json`.
. "$top_srcdir/tests/cli/lib.sh"
need jq
make_database
normalize='with_entries(.key |= ascii_downcase) | with_entries(select(.value != null and .value != ""))'
for id in $(corpus_ids); do
    notmuch reply --format=json "id:$id" 2>/dev/null |
	jq -S ".\"reply-headers\" | $normalize" >"$TEST_DIR/notmuch.json"
    "$TACT" thread --format=json "id:$id" 2>"$TEST_DIR/err" |
	jq -S ".reply | $normalize" >"$TEST_DIR/tact.json"
    same "reply headers of $id" "$TEST_DIR/notmuch.json" "$TEST_DIR/tact.json"
done
check "the corpus has at least 40 messages" test "$test_count" -ge 40
done_testing
