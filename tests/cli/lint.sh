# tact lint: every problem planted in the test replies (tests/lint/) is
# found at its place, and nothing in the good ones; the text format; the
# [lint] off= setting; errors are one line with the documented code.
. "$top_srcdir/tests/cli/lib.sh"
need jq
DICTIONARY=/usr/share/hunspell/en_US
[ -f "$DICTIONARY.dic" ] && [ -f "$DICTIONARY.aff" ] \
    || skip_all "no hunspell dictionary at $DICTIONARY (Debian: hunspell-en-us)"
make_database
LINT_DIR="$top_srcdir/tests/lint"
TACT_DICTIONARY=$DICTIONARY
TZ=Europe/Berlin
export TACT_DICTIONARY TZ
NOW=2026-11-23T10:00:00+01:00
printf '[hours]\nzone=Europe/Berlin\n' >"$TEST_DIR/config"
lint () { "$TACT" lint --config "$TEST_DIR/config" --now "$NOW" "$@"; }

# The extra arguments of one reply, from tests/lint/args.
args_of () {
    awk -v name="$1" '$1 == name { $1 = ""; print }' "$LINT_DIR/args"
}

# 1. Each reply: the findings (line:column rule) are exactly the expected
#    ones, and the exit status says whether there were any.
good=0 bad=0
for reply in "$LINT_DIR"/replies/*.txt; do
    name=$(basename "$reply" .txt)
    expected="$LINT_DIR/expected/$name.txt"
    # shellcheck disable=SC2046 # the arguments are words
    lint --format=json $(args_of "$name") "$reply" >"$TEST_DIR/out.json" 2>"$TEST_DIR/err"
    code=$?
    if ! jq -r '.findings[] | "\(.line):\(.column) \(.rule)"' "$TEST_DIR/out.json" \
	    >"$TEST_DIR/found" 2>>"$TEST_DIR/err"; then
	not_ok "$name: tact lint prints JSON" "exit $code" "$(cat "$TEST_DIR/err")"
	continue
    fi
    same "$name: the findings" "$expected" "$TEST_DIR/found"
    if [ -s "$expected" ]; then want=5 bad=$((bad + 1)); else want=0 good=$((good + 1)); fi
    if [ "$code" -eq "$want" ] && [ ! -s "$TEST_DIR/err" ]; then
	ok "$name: exit $want, nothing on stderr"
    else
	not_ok "$name: exit $want, nothing on stderr" "exit $code" "$(cat "$TEST_DIR/err")"
    fi
done
check "at least 15 good replies and 30 bad ones" test "$good" -ge 15 -a "$bad" -ge 30

# 2. The text format, whole: FILE:LINE:COL: severity: message [rule],
#    then the suggestion indented.
(cd "$LINT_DIR/replies" && lint 18-gary-as-i-said.txt) >"$TEST_DIR/text" 2>&1
same "the text format" "$LINT_DIR/text/18-gary-as-i-said.txt" "$TEST_DIR/text"

# 3. - reads the reply from standard input.
lint --format=json - <"$LINT_DIR/replies/22-gary-self-blame.txt" >"$TEST_DIR/stdin.json"
lint --format=json "$LINT_DIR/replies/22-gary-self-blame.txt" >"$TEST_DIR/file.json"
same "- reads the reply from standard input" "$TEST_DIR/file.json" "$TEST_DIR/stdin.json"
lint - <"$LINT_DIR/replies/22-gary-self-blame.txt" >"$TEST_DIR/stdin.txt"
check "standard input is named so in the text format" \
    grep -q '^(standard input):11:9: warning: ' "$TEST_DIR/stdin.txt"

# 4. [lint] off= switches rules off; an unknown rule id is a config
#    error that names its line.
printf '[hours]\nzone=Europe/Berlin\n\n[lint]\noff=blame; no-apology\n' >"$TEST_DIR/off.conf"
"$TACT" lint --config "$TEST_DIR/off.conf" --now "$NOW" --format=json \
    "$LINT_DIR/replies/18-gary-as-i-said.txt" | jq -r '.findings[].rule' >"$TEST_DIR/off.rules"
echo no-acknowledgement >"$TEST_DIR/off.expected"
same "[lint] off= switches blame and no-apology off" "$TEST_DIR/off.expected" "$TEST_DIR/off.rules"

printf '[hours]\nzone=Europe/Berlin\n[lint]\noff=blame;shouty\n' >"$TEST_DIR/unknown.conf"
expect_error "an unknown rule id in [lint] off= names its line" 3 \
    "unknown.conf:4: \[lint\] off: no lint rule is called 'shouty'" \
    "$TACT" lint --config "$TEST_DIR/unknown.conf" "$LINT_DIR/replies/01-maria-acknowledged.txt"

# 5. Input errors: one line, exit 2.
printf 'Hi Maria,\n\nSorry for the wait.\nThe r\351sum\351 is attached.\n' >"$TEST_DIR/latin1.txt"
expect_error "a reply that is not UTF-8" 2 "line 4 is not UTF-8 text" lint "$TEST_DIR/latin1.txt"
expect_error "--thread names a message that is not there" 2 "no message matches" \
    lint --thread id:nobody@nowhere.example "$LINT_DIR/replies/14-noor-thread-option.txt"
expect_error "a reply file that is not there" 2 "check the file name" \
    lint "$TEST_DIR/missing.txt"
expect_error "no file at all is a usage error" 1 "which reply" lint
expect_error "an unknown --format is a usage error" 1 "unknown format" \
    lint --format=xml "$LINT_DIR/replies/01-maria-acknowledged.txt"

# 6. A reply whose In-Reply-To is not in the database is still checked,
#    without the rules that depend on the customer, and says so.
sed 's/^In-Reply-To: .*/In-Reply-To: <gone@nowhere.example>/' \
    "$LINT_DIR/replies/18-gary-as-i-said.txt" >"$TEST_DIR/orphan.txt"
lint --format=json "$TEST_DIR/orphan.txt" >"$TEST_DIR/orphan.json" 2>"$TEST_DIR/orphan.err"
code=$?
jq -r '.findings[] | "\(.line):\(.column) \(.rule)"' "$TEST_DIR/orphan.json" >"$TEST_DIR/orphan.found"
echo "8:1 blame" >"$TEST_DIR/orphan.expected"
same "without its thread, only the rules for every reply" "$TEST_DIR/orphan.expected" "$TEST_DIR/orphan.found"
check "without its thread: exit 5 and one line about the skipped rules" \
    sh -c "[ $code -eq 5 ] && [ \$(wc -l <'$TEST_DIR/orphan.err') -eq 1 ] && grep -q 'rules that depend on the customer were skipped' '$TEST_DIR/orphan.err'"
done_testing
