# lib.sh - sourced by the shell tests: TAP output, a temporary folder of
# the test's own, and a notmuch database built from the support corpus.
set -u

test_count=0
failures=0
TEST_DIR=$(mktemp -d "${TMPDIR:-/tmp}/tact-test.XXXXXX")
trap 'rm -rf "$TEST_DIR"' EXIT
CORPUS="$top_srcdir/tests/corpora/support"
EXPECTED="$top_srcdir/tests/expected"

plan () { echo "1..$1"; }

ok () {
    test_count=$((test_count + 1))
    echo "ok $test_count - $1"
}

not_ok () {
    test_count=$((test_count + 1))
    failures=$((failures + 1))
    echo "not ok $test_count - $1"
    shift
    for detail in "$@"; do printf '%s\n' "$detail" | sed 's/^/# /'; done
}

# check NAME COMMAND...: one test point passing when COMMAND succeeds.
check () {
    local name=$1
    shift
    if "$@" >"$TEST_DIR/check.out" 2>&1; then
	ok "$name"
    else
	not_ok "$name" "$(head -c 4000 "$TEST_DIR/check.out")"
    fi
}

# same NAME EXPECTED_FILE ACTUAL_FILE: whole-output comparison.
same () {
    if diff -u "$2" "$3" >"$TEST_DIR/diff.out" 2>&1; then
	ok "$1"
    else
	not_ok "$1" "$(head -c 6000 "$TEST_DIR/diff.out")"
    fi
}

# expect_error NAME CODE PATTERN COMMAND...: COMMAND exits with CODE,
# prints nothing on stdout and one line on stderr matching PATTERN.
expect_error () {
    local name=$1 code=$2 pattern=$3
    shift 3
    "$@" >"$TEST_DIR/out" 2>"$TEST_DIR/err"
    local got=$?
    if [ "$got" -eq "$code" ] && [ ! -s "$TEST_DIR/out" ] && [ "$(wc -l <"$TEST_DIR/err")" -eq 1 ] \
	&& grep -q -- "$pattern" "$TEST_DIR/err"; then
	ok "$name"
    else
	not_ok "$name" "exit $got (wanted $code)" "$(cat "$TEST_DIR/err" "$TEST_DIR/out")"
    fi
}

skip_all () {
    echo "1..0 # SKIP $1"
    exit 0
}

done_testing () {
    echo "1..$test_count"
    exit 0
}

need () {
    for tool in "$@"; do
	command -v "$tool" >/dev/null 2>&1 || skip_all "$tool is not installed"
    done
}

# A notmuch database of the support corpus, with the agent's addresses.
make_database () {
    need notmuch
    mkdir -p "$TEST_DIR/mail"
    cp -R "$CORPUS/cur" "$TEST_DIR/mail/"
    mkdir -p "$TEST_DIR/mail/new" "$TEST_DIR/mail/tmp"
    cat >"$TEST_DIR/notmuch-config" <<CONFIG
[database]
path=$TEST_DIR/mail
[user]
name=Dana Reyes
primary_email=support@ledgerly.example
other_email=help@pixelforge.example;dana.reyes@ledgerly.example;dana@tidewater-hosting.example
[new]
tags=unread;inbox;
ignore=
[search]
exclude_tags=
[maildir]
synchronize_flags=false
CONFIG
    NOTMUCH_CONFIG="$TEST_DIR/notmuch-config"
    export NOTMUCH_CONFIG
    notmuch new --quiet >/dev/null 2>&1 || { echo "Bail out! notmuch new failed"; exit 1; }
}

# The Message-IDs of every corpus message, one per line.
corpus_ids () {
    notmuch search --output=messages --sort=oldest-first '*' | sed 's/^id://'
}

# The settings the draft tests use: the agent of the corpus, business
# hours in Berlin.
draft_config () {
    cat <<CONFIG
[agent]
name=Dana Reyes
signature=Customer Support
[hours]
zone=Europe/Berlin
days=Mon-Fri
opens=09:00
closes=17:00
CONFIG
}
