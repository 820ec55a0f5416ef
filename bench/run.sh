#!/usr/bin/env bash
# bench/run.sh - time tact against `notmuch reply` on a synthetic mailbox
#
# usage: bench/run.sh TACT GEN WORKDIR [COUNT]
#
#   TACT     the tact binary to measure (e.g. .libs/tact)
#   GEN      the compiled bench/gen-mailbox
#   WORKDIR  scratch folder, reused between runs (e.g. bench/work)
#   COUNT    number of messages in the mailbox (default 50000)
#
# environment:
#   BENCH_SAMPLES   number of sampled messages (default 100)
#   BENCH_COMMANDS  tact subcommands to time (default "thread"),
#                   e.g. "thread analyze draft"
#
# For every sample, `notmuch reply id:X` and `TACT CMD id:X` are run once
# each, in an order that alternates between samples.  The table on stdout
# gives, per command, the median wall time of tact and of notmuch reply on
# the same messages and their ratio.  Progress and failures go to stderr.
# Exits 1 when a tact command failed on any sample, 0 otherwise.
# When started by sh (e.g. `$(SHELL) bench/run.sh` from make), go on in bash.
if [ -z "${BASH_VERSION:-}" ]; then exec bash "$0" "$@"; fi
set -euo pipefail

GOAL=1.50

usage () {
    echo "usage: $0 TACT GEN WORKDIR [COUNT]" >&2
    exit 2
}

die () {
    echo "bench: $*" >&2
    exit 1
}

[[ $# -ge 3 && $# -le 4 ]] || usage
TACT=$1
GEN=$2
WORKDIR=$3
COUNT=${4:-50000}
SAMPLES=${BENCH_SAMPLES:-100}
read -r -a COMMANDS <<<"${BENCH_COMMANDS:-thread}"

[[ $COUNT =~ ^[1-9][0-9]*$ ]] || die "COUNT must be a positive integer, not '$COUNT'"
[[ $SAMPLES =~ ^[1-9][0-9]*$ ]] || die "BENCH_SAMPLES must be a positive integer, not '$SAMPLES'"
[[ ${#COMMANDS[@]} -gt 0 ]] || die "BENCH_COMMANDS is empty"
command -v notmuch >/dev/null || die "notmuch is not on PATH"
[[ -n ${EPOCHREALTIME:-} ]] || die "this bash has no EPOCHREALTIME (bash 5 needed)"

# Absolute paths, so that nothing depends on the current folder.
abspath () {
    local dir
    dir=$(cd "$(dirname -- "$1")" && pwd) || return 1
    printf '%s/%s\n' "$dir" "$(basename -- "$1")"
}
[[ -f $TACT && -x $TACT ]] || die "$TACT is not an executable file"
TACT=$(abspath "$TACT")
mkdir -p -- "$WORKDIR"
WORKDIR=$(cd "$WORKDIR" && pwd)
MAIL=$WORKDIR/mail

# Only our configuration counts.
unset NOTMUCH_DATABASE NOTMUCH_PROFILE
export NOTMUCH_CONFIG=$WORKDIR/notmuch-config
cat >"$NOTMUCH_CONFIG" <<EOF
[database]
path=$MAIL

[user]
name=Dana Reyes
primary_email=support@ledgerly.example

[new]
tags=unread;inbox;
ignore=ids.txt
EOF

# ---------------------------------------------------------------- mailbox

mailbox_ready () {
    local files indexed
    [[ -d $MAIL/cur && -d $MAIL/.notmuch && -s $MAIL/ids.txt ]] || return 1
    files=$(find "$MAIL/cur" -type f | wc -l)
    [[ $files -eq $COUNT ]] || return 1
    indexed=$(notmuch count '*' 2>/dev/null) || return 1
    [[ $indexed -eq $COUNT ]]
}

if mailbox_ready; then
    echo "bench: reusing $MAIL ($COUNT messages, already indexed)" >&2
else
    [[ -f $GEN && -x $GEN ]] || die "$GEN is not an executable file"
    echo "bench: generating $COUNT messages in $MAIL" >&2
    rm -rf -- "$MAIL"
    "$GEN" "$MAIL" "$COUNT"
    echo "bench: indexing with notmuch new" >&2
    # notmuch shows its progress only when its output is a terminal.
    notmuch new >&2
    mailbox_ready || die "the mailbox in $MAIL is not what was expected"
fi
MESSAGES=$(notmuch count '*')

mapfile -t IDS < <(grep -v '^[[:space:]]*$' "$MAIL/ids.txt")
[[ ${#IDS[@]} -gt 0 ]] || die "no message ids in $MAIL/ids.txt"
if [[ $SAMPLES -gt ${#IDS[@]} ]]; then
    echo "bench: note: $SAMPLES samples but only ${#IDS[@]} ids; some repeat" >&2
fi

# ---------------------------------------------------------------- timing

ERRFILE=$(mktemp "${TMPDIR:-/tmp}/tact-bench.XXXXXX")
trap 'rm -f -- "$ERRFILE"' EXIT

# run_timed CMD... : runs CMD with stdout to /dev/null, stderr to $ERRFILE;
# sets ELAPSED_NS (wall time) and RC (exit status).
ELAPSED_NS=0
RC=0
run_timed () {
    local t0 t1
    t0=$EPOCHREALTIME
    if "$@" >/dev/null 2>"$ERRFILE"; then RC=0; else RC=$?; fi
    t1=$EPOCHREALTIME
    # EPOCHREALTIME is seconds and microseconds; the separator follows the
    # locale.
    ELAPSED_NS=$(( (10#${t1//[.,]/} - 10#${t0//[.,]/}) * 1000 ))
}

REPLY_KEY=@notmuch-reply      # cannot be a tact subcommand
run_one () {                  # run_one KEY ID
    if [[ $1 == "$REPLY_KEY" ]]; then
        run_timed notmuch reply "id:$2"
    else
        run_timed "$TACT" "$1" "id:$2"
    fi
}

report_failure () {           # report_failure WHAT ID
    echo "bench: FAILED: $1 id:$2 exited with status $RC" >&2
    if [[ -s $ERRFILE ]]; then
        head -n 5 -- "$ERRFILE" | sed 's/^/bench:   /' >&2
    fi
}

declare -A TIME_NS=()   # [key,sample] -> ns, only for runs that succeeded
declare -A FAILS=()     # [key] -> number of failed samples
for key in "$REPLY_KEY" "${COMMANDS[@]}"; do
    FAILS[$key]=0
done

# Warm up caches once (not counted).
for key in "$REPLY_KEY" "${COMMANDS[@]}"; do
    run_one "$key" "${IDS[0]}"
done

echo "bench: timing ${#COMMANDS[@]} tact command(s) (${COMMANDS[*]}) and notmuch reply on $SAMPLES samples" >&2
for (( i = 0; i < SAMPLES; i++ )); do
    id=${IDS[$(( i * ${#IDS[@]} / SAMPLES ))]}
    order=("$REPLY_KEY" "${COMMANDS[@]}")
    if (( i % 2 == 1 )); then
        # Reverse the order on odd samples.
        rev=()
        for (( k = ${#order[@]} - 1; k >= 0; k-- )); do
            rev+=("${order[k]}")
        done
        order=("${rev[@]}")
    fi
    for key in "${order[@]}"; do
        run_one "$key" "$id"
        if [[ $RC -eq 0 ]]; then
            TIME_NS[$key,$i]=$ELAPSED_NS
        else
            FAILS[$key]=$(( ${FAILS[$key]} + 1 ))
            if [[ $key == "$REPLY_KEY" ]]; then
                report_failure "notmuch reply" "$id"
            else
                report_failure "$TACT $key" "$id"
            fi
        fi
    done
    if (( (i + 1) % 20 == 0 || i + 1 == SAMPLES )); then
        echo "bench: $(( i + 1 ))/$SAMPLES samples" >&2
    fi
done

# ---------------------------------------------------------------- report

# median: the median of the numbers on stdin.
median () {
    sort -n | awk '{ v[NR] = $1 }
        END {
            if (NR % 2) m = v[(NR + 1) / 2]
            else m = (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "%.0f\n", m
        }'
}

status=0
echo "tact benchmark: $MESSAGES messages, $SAMPLES samples, nproc $(nproc)"
echo "$(notmuch --version), tact: $TACT"
echo
printf '%-10s %10s %18s %7s  %s\n' command "tact ms" "notmuch reply ms" ratio goal
for cmd in "${COMMANDS[@]}"; do
    tact_ns=()
    reply_ns=()
    for (( i = 0; i < SAMPLES; i++ )); do
        if [[ -n ${TIME_NS[$cmd,$i]:-} && -n ${TIME_NS[$REPLY_KEY,$i]:-} ]]; then
            tact_ns+=("${TIME_NS[$cmd,$i]}")
            reply_ns+=("${TIME_NS[$REPLY_KEY,$i]}")
        fi
    done
    if [[ ${#tact_ns[@]} -gt 0 ]]; then
        tact_med=$(printf '%s\n' "${tact_ns[@]}" | median)
        reply_med=$(printf '%s\n' "${reply_ns[@]}" | median)
        read -r tact_ms reply_ms ratio < <(awk -v a="$tact_med" -v b="$reply_med" \
            'BEGIN { printf "%.2f %.2f ", a / 1e6, b / 1e6
                     if (b > 0) printf "%.2f\n", a / b; else print "-" }')
    else
        tact_ms=- reply_ms=- ratio=-
    fi
    if [[ ${FAILS[$cmd]} -gt 0 ]]; then
        verdict="FAILED on ${FAILS[$cmd]} of $SAMPLES samples (times are of the ${#tact_ns[@]} others)"
        status=1
    elif [[ $ratio == - ]]; then
        verdict="no data"
        status=1
    elif awk -v r="$ratio" -v g="$GOAL" 'BEGIN { exit !(r <= g) }'; then
        verdict=ok
    else
        verdict=over
    fi
    printf '%-10s %10s %18s %7s  (goal <= %s) %s\n' \
        "$cmd" "$tact_ms" "$reply_ms" "$ratio" "$GOAL" "$verdict"
done
if [[ ${FAILS[$REPLY_KEY]} -gt 0 ]]; then
    echo "note: notmuch reply failed on ${FAILS[$REPLY_KEY]} of $SAMPLES samples; those samples are left out"
fi
exit "$status"
