# The whole JSON of `tact analyze` for reviewed corpus threads equals
# tests/expected/analyze/ (waiting measured against a fixed --now).
. "$top_srcdir/tests/cli/lib.sh"
need jq
[ -f /usr/share/hunspell/en_US.dic ] || skip_all "the en_US hunspell dictionary is not installed"
make_database
for expected in "$EXPECTED"/analyze/*.json; do
    name=$(basename "$expected" .json)
    id=$(sed -n 's/^[Mm][Ee][Ss][Ss][Aa][Gg][Ee]-[Ii][Dd]:[[:space:]]*<\(.*\)>.*/\1/p' "$CORPUS/cur/$name" | head -n 1)
    TACT_DICTIONARY=/usr/share/hunspell/en_US "$TACT" analyze --format=json \
	--now 2026-11-23T10:00:00+01:00 "id:$id" >"$TEST_DIR/actual.json" 2>&1
    same "$name: tact analyze --format=json" "$expected" "$TEST_DIR/actual.json"
done
check "there are expected files" test "$test_count" -ge 10
done_testing
