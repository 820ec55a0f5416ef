# Errors: one line on stderr, "tact: what happened: what to do", and the
# exit codes of tact(1); bad input never crashes.
. "$top_srcdir/tests/cli/lib.sh"
need jq

# expect_exit NAME CODE ARGS...: tact exits CODE with one line on stderr.
expect_exit () {
    local name=$1 code=$2 got
    shift 2
    "$TACT" "$@" >"$TEST_DIR/out" 2>"$TEST_DIR/err" </dev/null
    got=$?
    if [ "$got" -eq "$code" ]; then ok "$name: exit $code"; else
	not_ok "$name: exit $code" "got $got" "$(cat "$TEST_DIR/err")"; fi
    if [ "$code" -ne 0 ]; then
	if [ "$(wc -l <"$TEST_DIR/err")" -eq 1 ] && grep -q '^tact: .*: ' "$TEST_DIR/err"; then
	    ok "$name: one line 'tact: what: what to do'"
	else
	    not_ok "$name: one line 'tact: what: what to do'" "$(cat "$TEST_DIR/err")"
	fi
    fi
}

expect_exit "no arguments" 1
expect_exit "unknown command" 1 frobnicate
expect_exit "thread without a message" 1 thread
expect_exit "unknown format" 1 thread --format=xml --file "$CORPUS/cur/t01-1"
expect_exit "query and --file together" 1 thread --file "$CORPUS/cur/t01-1" id:x
expect_exit "missing file" 2 thread --file "$TEST_DIR/no-such-file"
printf 'just some words\nno headers here\n' >"$TEST_DIR/not-mail"
expect_exit "a file that is not mail" 2 thread --file "$TEST_DIR/not-mail"
expect_exit "an empty file" 2 thread --file /dev/null
expect_exit "help" 0 help

NOTMUCH_CONFIG="$TEST_DIR/no-such-config" expect_exit "no notmuch database" 3 thread id:x@example.com
check "no database: the message says how to fix it" \
    grep -q -- "NOTMUCH_CONFIG.*--file" "$TEST_DIR/err"

make_database
expect_exit "no message matches" 2 thread id:nope@example.com
check "no match: the message names the query" \
    grep -q "^tact: no message matches 'id:nope@example.com': " "$TEST_DIR/err"
expect_exit "a query matching nothing" 2 thread from:nobody-at-all

# Standard input, and the same message through --file.
"$TACT" thread --format=json - <"$CORPUS/cur/t01-1" >"$TEST_DIR/stdin.json" 2>"$TEST_DIR/err"
"$TACT" thread --format=json --file "$CORPUS/cur/t01-1" >"$TEST_DIR/file.json" 2>>"$TEST_DIR/err"
same "stdin and --file read the same message" "$TEST_DIR/file.json" "$TEST_DIR/stdin.json"

# Broken MIME: best-effort text, valid JSON, never a crash.
for f in "$CORPUS"/cur/*; do
    "$TACT" thread --format=json --file "$f" >"$TEST_DIR/one.json" 2>"$TEST_DIR/err"
    code=$?
    if [ $code -eq 0 ] && jq -e '.messages[0].new_text | type == "string"' "$TEST_DIR/one.json" >/dev/null; then
	ok "$(basename "$f"): --file gives valid JSON"
    else
	not_ok "$(basename "$f"): --file gives valid JSON" "exit $code" "$(cat "$TEST_DIR/err")"
    fi
done

# Control characters never reach the JSON raw (json-glib writes U+001F
# unescaped), in the body or in a header the reply repeats.
printf 'From: a@b.example\nSubject: x \037 y\nMessage-ID: <c@d>\n\nhello \001 \013 \037 \177 end\n' |
    "$TACT" thread --format=json - >"$TEST_DIR/controls.json"
check "control characters do not reach the JSON raw" \
    sh -c "! tr -d '\\n' <'$TEST_DIR/controls.json' | LC_ALL=C grep -q '[[:cntrl:]]'"
check "and the text around them survives" jq -e '.messages[0].new_text == "hello     end\n"' "$TEST_DIR/controls.json"

# Cut every corpus message short at several places: still no crash.
crashes=0
for f in "$CORPUS"/cur/*; do
    size=$(wc -c <"$f")
    for cut in 1 17 $((size / 3)) $((size / 2)) $((size - 7)); do
	[ "$cut" -gt 0 ] || continue
	head -c "$cut" "$f" >"$TEST_DIR/cut"
	"$TACT" thread --format=json --file "$TEST_DIR/cut" >/dev/null 2>&1
	code=$?
	case $code in 0|2) ;; *) crashes=$((crashes + 1)); echo "# $f cut at $cut: exit $code";; esac
    done
done
check "truncated messages exit 0 or 2, never crash" test "$crashes" -eq 0
done_testing
