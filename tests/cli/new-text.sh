# new_text equals, for every corpus message, the text its sender newly
# wrote, as written by hand in tests/corpora/support-expected/.
. "$top_srcdir/tests/cli/lib.sh"
need jq
make_database
for expected in "$top_srcdir"/tests/corpora/support-expected/*.new; do
    name=$(basename "$expected" .new)
    id=$(sed -n 's/^[Mm][Ee][Ss][Ss][Aa][Gg][Ee]-[Ii][Dd]:[[:space:]]*<\(.*\)>.*/\1/p' "$CORPUS/cur/$name" | head -n 1)
    if [ -z "$id" ]; then not_ok "$name: has a Message-ID"; continue; fi
    "$TACT" thread --format=json "id:$id" >"$TEST_DIR/thread.json" 2>"$TEST_DIR/err" ||
	{ not_ok "$name: tact thread" "$(cat "$TEST_DIR/err")"; continue; }
    jq -j --arg id "$id" '.messages[] | select(.message_id == $id) | .new_text' \
	"$TEST_DIR/thread.json" >"$TEST_DIR/actual"
    same "$name: new text" "$expected" "$TEST_DIR/actual"
done
done_testing
