# The whole output of `tact thread` (JSON and text) for each corpus
# thread equals the reviewed expected file in tests/expected/thread/.
. "$top_srcdir/tests/cli/lib.sh"
need jq
make_database
for expected in "$EXPECTED"/thread/*.json; do
    name=$(basename "$expected" .json)
    id=$(sed -n 's/^[Mm][Ee][Ss][Ss][Aa][Gg][Ee]-[Ii][Dd]:[[:space:]]*<\(.*\)>.*/\1/p' "$CORPUS/cur/$name" | head -n 1)
    "$TACT" thread --format=json "id:$id" >"$TEST_DIR/actual.json" 2>&1
    same "$name: tact thread --format=json" "$expected" "$TEST_DIR/actual.json"
    if [ -f "$EXPECTED/thread/$name.txt" ]; then
	"$TACT" thread "id:$id" >"$TEST_DIR/actual.txt" 2>&1
	same "$name: tact thread" "$EXPECTED/thread/$name.txt" "$TEST_DIR/actual.txt"
    fi
done
check "there are expected files" test "$test_count" -gt 10
# "id:X" is found without a search; the quoted form, and the same id in
# a query that is more than that, read the same thread
name=$(basename "$(ls "$EXPECTED"/thread/*.json | head -n 1)" .json)
id=$(sed -n 's/^[Mm][Ee][Ss][Ss][Aa][Gg][Ee]-[Ii][Dd]:[[:space:]]*<\(.*\)>.*/\1/p' "$CORPUS/cur/$name" | head -n 1)
"$TACT" thread --format=json "id:\"$id\"" >"$TEST_DIR/quoted.json" 2>&1
same "$name: tact thread 'id:\"X\"'" "$EXPECTED/thread/$name.json" "$TEST_DIR/quoted.json"
"$TACT" thread --format=json "(id:$id)" >"$TEST_DIR/query.json" 2>&1
same "$name: tact thread '(id:X)', a search" "$EXPECTED/thread/$name.json" "$TEST_DIR/query.json"
done_testing
