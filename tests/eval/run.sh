#!/bin/bash
# run.sh - evaluation report for tact's cue detector (`make eval`).
#
# Usage: run.sh EVAL_CUES SRCDIR [SHARED_EVAL_DIR]
#   EVAL_CUES        the built tests/eval/eval-cues program
#   SRCDIR           top of the source tree (holds tests/eval/support.txt,
#                    tests/eval/dev2.txt and tests/eval/heldout.txt)
#   SHARED_EVAL_DIR  folder with github-incivility-dev.csv and
#                    vader-tweets-groundtruth.tsv
#                    (default: SRCDIR/../shared/eval)
#
# Prints, on standard output:
#   1. precision/recall/F1 of every cue flag on tests/eval/support.txt;
#   2. the same on tests/eval/dev2.txt, a second development set written
#      apart from the first, then (2b) on tests/eval/dev3.txt, a third,
#      and (2c) on tests/eval/dev4.txt, a fourth;
#   3. the same on tests/eval/heldout.txt, a set kept apart from tuning,
#      on tests/eval/heldout2.txt, a fresh one written after it, and
#      (3c) on tests/eval/heldout3.txt, written after both had been read;
#   4. the frustration row on the GitHub incivility CSV, if it is there;
#   4b. on the VADER tweets, the share of clearly positive (and of
#      clearly negative) tweets flagged frustration, if they are there;
#   5. the VADER baseline (npm package vader-sentiment, pinned below)
#      beside tact's frustration rows, if node and npm are there;
#   6. the spec's goals and whether each is met.
# It is a report: it exits 0 whether or not the goals are met, and
# non-zero only when the harness itself cannot run (EVAL_CUES missing,
# crashing or printing output that does not match the data).
#
# Environment:
#   EVAL_CACHE        where vader-sentiment is installed (default
#                     ./eval-cache in the current folder); reused by later runs
#   EVAL_KEEP         folder to keep the intermediate TSV/JSONL files in
#   EVAL_MISSES       N: list up to N false-positive/false-negative ids per
#                     flag (tact, support and dev2 sets) on standard error
#   EVAL_NO_HELDOUT   set to 1 to leave the held-out set out (while tuning)
#   EVAL_NPM_TIMEOUT  seconds allowed for `npm install` (default 300)
#   EVAL_NO_VADER     set to 1 to skip the VADER part
#   AWK               awk to run score.awk with (default: awk)

# Started by a POSIX sh (e.g. `sh run.sh`)? Go on in bash.
if [ -z "${BASH_VERSION:-}" ]; then
	command -v bash >/dev/null 2>&1 || { echo "run.sh: error: bash is required" >&2; exit 1; }
	exec bash "$0" "$@"
fi

set -u
export LC_ALL=C

VADER_VERSION=1.1.3	# vader-sentiment on npm; bump deliberately
VADER_THRESHOLD=-0.05	# frustration when compound < this

die() {
	echo "run.sh: error: $*" >&2
	exit 1
}

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
	echo "usage: run.sh EVAL_CUES SRCDIR [SHARED_EVAL_DIR]" >&2
	exit 1
fi

eval_cues=$1
srcdir=$2
shared=${3:-$srcdir/../shared/eval}
# Show a tidy path: /work/shared/eval rather than /work/main/../shared/eval.
[ -d "$shared" ] && shared=$(cd "$shared" && pwd)
case $eval_cues in
*/*) ;;
*) [ -e "$eval_cues" ] && eval_cues=./$eval_cues ;;
esac
[ -e "$eval_cues" ] || die "$eval_cues not found (build it first: make tests/eval/eval-cues)"
if [ ! -f "$eval_cues" ] || [ ! -x "$eval_cues" ]; then
	die "$eval_cues is not an executable file"
fi

evaldir=$srcdir/tests/eval
support=$evaldir/support.txt
score_awk=$evaldir/score.awk
vader_mjs=$evaldir/vader.mjs
csv=$shared/github-incivility-dev.csv
for f in "$support" "$score_awk" "$vader_mjs"; do
	[ -f "$f" ] || die "$f not found (is $srcdir the source tree?)"
done

AWK=${AWK:-awk}
command -v "$AWK" >/dev/null 2>&1 || die "awk ($AWK) not found"

cache=${EVAL_CACHE:-eval-cache}
case $cache in
/*) ;;
*) cache=$PWD/$cache ;;
esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tact-eval.XXXXXX") || die "cannot make a temporary folder"
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

# Wall-clock timing of each step.
now() { date +%s.%N; }
since() { "$AWK" -v a="$1" -v b="$(now)" 'BEGIN { printf("%.1f s", b - a) }'; }

# score [awk -v assignments...] FILE: the table.
score() { "$AWK" -f "$score_awk" "$@"; }
# f1 FILE FLAG: the flag's F1 to 6 decimals, or "-".
f1() { "$AWK" -f "$score_awk" -v format=tsv -v flags="$2" "$1" | cut -f 8; }

# run_cues OUT ARGS...: run eval-cues, die when it fails or prints nothing.
run_cues() {
	local out=$1 rc
	shift
	"$eval_cues" "$@" >"$out" 2>"$tmp/stderr"
	rc=$?
	if [ -s "$tmp/stderr" ]; then
		sed 's/^/  eval-cues: /' "$tmp/stderr" | head -n 20 >&2
	fi
	if [ $rc -ne 0 ]; then
		if [ $rc -gt 128 ]; then
			die "'$eval_cues $*' was killed by signal $((rc - 128))"
		fi
		die "'$eval_cues $*' exited with status $rc"
	fi
	[ -s "$out" ] || die "'$eval_cues $*' printed nothing"
}

# check_gold EXPECTED GOT WHAT STRICT_IDS: compare the ids and gold flags in
# GOT (ID<TAB>GOLD<TAB>PRED) with EXPECTED (ID<TAB>GOLD), read from the data
# by this script.  Flag order does not matter.  With STRICT_IDS=0, different
# ids are only a warning when the counts of records and of gold positives
# agree.  Dies on a mismatch.
check_gold() {
	local msg
	msg=$("$AWK" -F '\t' -v strict="$4" '
		function norm(s,    a, n, i, j, t, r) {
			gsub(/[ \r]/, "", s)
			if (s == "" || s == "-")
				return "-"
			n = split(s, a, ",")
			for (i = 2; i <= n; i++)
				for (j = i; j > 1 && a[j - 1] > a[j]; j--) {
					t = a[j]; a[j] = a[j - 1]; a[j - 1] = t
				}
			r = a[1]
			for (i = 2; i <= n; i++)
				r = r "," a[i]
			return r
		}
		FNR == NR { want[$1] = norm($2); nexp++; if (want[$1] != "-") pexp++; next }
		/^[ \t\r]*$/ { next }
		NF < 3 { bad++; if (bad == 1) firstbad = FNR; next }
		{
			ngot++
			g = norm($2)
			if (g != "-")
				pgot++
			if ($1 in got)
				dup++
			got[$1] = 1
			if (!($1 in want)) {
				unk++
				if (unk == 1) firstunk = $1
			} else if (want[$1] != g) {
				mis++
				if (mis == 1) firstmis = $1 ": expected " want[$1] ", got " g
			}
		}
		END {
			for (k in want)
				if (!(k in got)) {
					miss++
					if (miss == 1) firstmiss = k
				}
			if (bad)
				printf("%d malformed lines (first: line %d); ", bad, firstbad)
			if (ngot != nexp)
				printf("%d records, expected %d; ", ngot, nexp)
			if (pgot + 0 != pexp + 0)
				printf("%d with gold flags, expected %d; ", pgot, pexp)
			if (dup)
				printf("%d repeated ids; ", dup)
			if (bad || ngot != nexp || pgot + 0 != pexp + 0 || dup || strict)
				idfatal = 1
			if (miss)
				printf("%s%d ids missing (first: %s); ", idfatal ? "" : "warning: ", miss, firstmiss)
			if (unk)
				printf("%s%d unknown ids (first: %s); ", idfatal ? "" : "warning: ", unk, firstunk)
			if (mis)
				printf("%s%d gold mismatches (first: %s); ", idfatal ? "" : "warning: ", mis, firstmis)
			if (idfatal && (bad || ngot != nexp || pgot + 0 != pexp + 0 || dup || miss || unk || mis))
				exit 1
		}' "$1" "$2")
	local rc=$?
	if [ $rc -ne 0 ]; then
		die "$3 does not match the data: ${msg%; }"
	elif [ -n "$msg" ]; then
		echo "run.sh: $3: ${msg%; }" >&2
	fi
}

keep() {
	[ -n "${EVAL_KEEP:-}" ] || return 0
	mkdir -p "$EVAL_KEEP" && cp "$@" "$EVAL_KEEP"/
}

# fmt3 X: X to 3 decimals, "-" stays "-".
fmt3() { "$AWK" -v x="$1" 'BEGIN { if (x == "-") print "-"; else printf("%.3f\n", x) }'; }

echo "tact cue evaluation"
echo "eval-cues: $eval_cues"
echo

# ---------------------------------------------------------------------------
# labelled_set NAME PART HEADING TITLE [MISSES]: the table of
# tests/eval/NAME.txt, with up to MISSES miss ids per flag on standard
# error.
labelled_set() {
	local name=$1 part=$2 heading=$3 title=$4 misses=${5:-0} file=$evaldir/$1.txt
	if [ -f "$file" ]; then
		"$AWK" '/^=== / { print $2 "\t" $3 }' "$file" >"$tmp/$name.gold"
		t0=$(now)
		run_cues "$tmp/$name.tsv" --records "$file"
		check_gold "$tmp/$name.gold" "$tmp/$name.tsv" "eval-cues --records $name.txt output" 1
		keep "$tmp/$name.tsv"
		echo "== $part. $heading: tests/eval/$name.txt ($(since "$t0")) =="
		score -v title="tact on the $title" -v misses="$misses" "$tmp/$name.tsv" ||
			die "score.awk failed on the eval-cues output"
	else
		echo "== $part. $heading =="
		echo "skipped: $file not found"
	fi
	echo
}

# 1. The labelled support set (its file was checked for above).
labelled_set support 1 "Support set" "support set" "${EVAL_MISSES:-0}"

# 2. The second development set: written apart from the first, in other
# styles, so that rules fitted to one set's phrasing show up on the other.
# Tuned on like the support set: its miss lists come with EVAL_MISSES.
labelled_set dev2 2 "Second development set" "second development set" "${EVAL_MISSES:-0}"

# 2b. The third development set: written later still, by a writer who saw
# neither the lexicons nor the other sets (tests/eval/README.md).
labelled_set dev3 2b "Third development set" "third development set" "${EVAL_MISSES:-0}"

# 2c. The fourth development set: written as a held-out set, blind to the
# lexicons, then read (tests/eval/README.md).
labelled_set dev4 2c "Fourth development set" "fourth development set" "${EVAL_MISSES:-0}"

# 3. The held-out sets: labelled like the support set, never tuned on;
# the fresh one was written when the first had been read for some flags,
# the blind one when both had (tests/eval/README.md).  No miss lists
# here: their errors are not for reading while tuning.
if [ "${EVAL_NO_HELDOUT:-0}" = 1 ]; then
	printf '== 3. Held-out sets ==\nskipped: EVAL_NO_HELDOUT=1\n\n'
else
	labelled_set heldout 3 "Held-out set" "held-out set"
	labelled_set heldout2 3b "Fresh held-out set" "fresh held-out set"
	labelled_set heldout3 3c "Blind held-out set" "blind held-out set"
fi

# ---------------------------------------------------------------------------
# 4. The GitHub incivility CSV (dev half): frustration only.
echo "== 4. GitHub incivility comments (frustration) =="
have_csv=0
if [ -f "$csv" ]; then
	have_csv=1
	# Expected ids and gold from the CSV: a record starts on a line reached
	# with an even number of double quotes so far (RFC 4180: quotes inside
	# fields are doubled); its id and tbdf, the 1st and 4th fields, are
	# never quoted in this file.
	"$AWK" '
		NR == 1 { next }
		{
			if (q % 2 == 0) {
				n = split($0, f, ",")
				tbdf = f[4]
				sub(/\r$/, "", tbdf)
				if (tbdf == "None")
					print f[1] "\t-"
				else if (tbdf == "Bitter frustration" || tbdf == "Impatience")
					print f[1] "\tfrustration"
			}
			q += gsub(/"/, "\"")
		}' "$csv" >"$tmp/incivility.gold"
	t0=$(now)
	run_cues "$tmp/incivility.tsv" --incivility "$csv"
	check_gold "$tmp/incivility.gold" "$tmp/incivility.tsv" "eval-cues --incivility output" 0
	keep "$tmp/incivility.tsv"
	echo "$csv ($(since "$t0"))"
	score -v title="tact on the incivility CSV (Bitter frustration, Impatience vs None)" \
		-v flags=frustration "$tmp/incivility.tsv" || die "score.awk failed on the eval-cues output"
else
	echo "skipped: $csv not found"
fi
echo

# ---------------------------------------------------------------------------
# 4b. The VADER tweets: no frustration labels, but a tweet that 20 people
# rated above +1 is no complaint, and capitals and "!!!" of joy abound in
# them.  The share of those flagged frustration is a false-alarm rate; of
# those rated below -1, for comparison.
tweets=$shared/vader-tweets-groundtruth.tsv
echo "== 4b. VADER tweets (frustration on clearly positive and negative tweets) =="
if [ -f "$tweets" ]; then
	"$AWK" -F '\t' 'NF >= 3 { printf("=== t%s -\n%s\n", $1, $3) }' "$tweets" >"$tmp/tweets.txt"
	t0=$(now)
	run_cues "$tmp/tweets.tsv" --records "$tmp/tweets.txt"
	echo "$tweets ($(since "$t0"))"
	"$AWK" -F '\t' '
		FNR == NR { if (NF >= 3) rating["t" $1] = $2 + 0; next }
		!($1 in rating) { next }
		{
			flagged = ("," $3 ",") ~ /,frustration,/
			if (rating[$1] > 1) { pos++; pos_flagged += flagged }
			else if (rating[$1] < -1) { neg++; neg_flagged += flagged }
		}
		END {
			if (!pos || !neg) { print "too few rated tweets"; exit 1 }
			printf("rated above +1: %d of %d flagged frustration (%.1f%%; lower is better)\n",
			       pos_flagged, pos, 100 * pos_flagged / pos)
			printf("rated below -1: %d of %d flagged frustration (%.1f%%)\n",
			       neg_flagged, neg, 100 * neg_flagged / neg)
		}' "$tweets" "$tmp/tweets.tsv" || die "the tweets could not be scored"
else
	echo "skipped: $tweets not found"
fi
echo

# ---------------------------------------------------------------------------
# 5. VADER baseline.
echo "== 5. VADER baseline (npm vader-sentiment $VADER_VERSION; frustration when compound < $VADER_THRESHOLD) =="
vader_skip=
prefix=$cache/vader-sentiment-$VADER_VERSION
installed_version() {
	node -e 'try { console.log(require(process.argv[1]).version) } catch (e) {}' \
		"$prefix/node_modules/vader-sentiment/package.json" 2>/dev/null
}
if [ "${EVAL_NO_VADER:-0}" = 1 ]; then
	vader_skip="EVAL_NO_VADER=1"
elif ! command -v node >/dev/null 2>&1; then
	vader_skip="node not found"
elif ! node -e 'process.exit(+process.versions.node.split(".")[0] >= 16 ? 0 : 1)' 2>/dev/null; then
	vader_skip="node $(node --version 2>/dev/null) is too old, 16 or newer needed"
elif [ "$(installed_version)" = "$VADER_VERSION" ]; then
	echo "vader-sentiment $VADER_VERSION already installed in $prefix"
elif ! command -v npm >/dev/null 2>&1; then
	vader_skip="npm not found"
elif ! mkdir -p "$prefix"; then
	vader_skip="cannot create $prefix"
else
	t0=$(now)
	npm_timeout=${EVAL_NPM_TIMEOUT:-300}
	to=
	command -v timeout >/dev/null 2>&1 && to="timeout $npm_timeout"
	# shellcheck disable=SC2086
	(cd "$prefix" && $to npm install --no-audit --no-fund --no-update-notifier --save-exact \
		--prefix "$prefix" "vader-sentiment@$VADER_VERSION") >"$prefix/npm-install.log" 2>&1
	rc=$?
	if [ $rc -eq 124 ]; then
		vader_skip="npm install timed out after ${npm_timeout} s (no network?); log: $prefix/npm-install.log"
	elif [ $rc -ne 0 ]; then
		err=$(grep -m 1 -i 'npm err\|npm error' "$prefix/npm-install.log" | cut -c 1-160)
		vader_skip="npm install vader-sentiment@$VADER_VERSION failed${err:+: $err}; log: $prefix/npm-install.log"
	elif [ "$(installed_version)" != "$VADER_VERSION" ]; then
		vader_skip="npm install did not leave vader-sentiment $VADER_VERSION in $prefix"
	else
		echo "installed vader-sentiment $VADER_VERSION in $prefix ($(since "$t0"))"
	fi
fi

# vader_set NAME JSONL_ARGS...: VADER rows beside tact's for one data set.
# Sets vader_f1_NAME and tact_f1_NAME.
vader_set() {
	local name=$1 tact_tsv=$tmp/$1.tsv gold=$tmp/$1.gold title=$2 rc t0
	shift 2
	t0=$(now)
	run_cues "$tmp/$name.jsonl" --jsonl "$@"
	node "$vader_mjs" --prefix "$prefix" --threshold "$VADER_THRESHOLD" \
		<"$tmp/$name.jsonl" >"$tmp/$name.vader.tsv" 2>"$tmp/vader.err"
	rc=$?
	if [ $rc -eq 2 ]; then
		vader_skip="vader.mjs cannot load the package: $(head -n 1 "$tmp/vader.err")"
		return 1
	elif [ $rc -ne 0 ]; then
		cat "$tmp/vader.err" >&2
		die "vader.mjs failed on the output of 'eval-cues --jsonl $*' (status $rc)"
	fi
	check_gold "$gold" "$tmp/$name.vader.tsv" "eval-cues --jsonl $1 output" "$([ "$name" = support ] && echo 1 || echo 0)"
	keep "$tmp/$name.jsonl" "$tmp/$name.vader.tsv"
	echo
	echo "$title: eval-cues --jsonl and vader.mjs took $(since "$t0")"
	score -v title="frustration, tact and VADER, on the $title" -v flags=frustration -v label=tact "$tmp/$name.tsv"
	score -v header=0 -v flags=frustration -v label=VADER "$tmp/$name.vader.tsv"
	local t v
	t=$(f1 "$tact_tsv" frustration)
	v=$(f1 "$tmp/$name.vader.tsv" frustration)
	eval "tact_f1_$name=\$t vader_f1_$name=\$v"
	"$AWK" -v t="$t" -v v="$v" 'BEGIN {
		if (t == "-" || v == "-")
			d = "n/a"
		else
			d = sprintf("%+.1f points", 100 * (t - v))
		printf("frustration F1: tact %s, VADER %s, difference %s\n",
		    t == "-" ? "-" : sprintf("%.3f", t), v == "-" ? "-" : sprintf("%.3f", v), d)
	}'
}

vader_f1_incivility=- tact_f1_incivility=-
if [ -z "$vader_skip" ]; then
	vader_set support "support set" --records "$support" &&
		if [ $have_csv = 1 ]; then
			vader_set incivility "incivility CSV" --incivility "$csv"
		else
			echo
			echo "incivility CSV: skipped: $csv not found"
		fi
fi
[ -z "$vader_skip" ] || echo "VADER: skipped ($vader_skip)"
echo

# ---------------------------------------------------------------------------
# 6. Goals from the spec.
echo "== 6. Goals =="
met=0 total=0
# goal TEXT VALUE THRESHOLD [UNKNOWN_REASON]: one line; VALUE >= THRESHOLD.
goal() {
	local res
	total=$((total + 1))
	if [ -n "${4:-}" ]; then
		printf '  %-9s %s: %s\n' "UNKNOWN" "$1" "$4"
		return
	fi
	res=$("$AWK" -v x="$2" -v t="$3" 'BEGIN { print (x != "-" && x + 0 >= t - 1e-9) ? "met" : "not met" }')
	[ "$res" = met ] && met=$((met + 1))
	printf '  %-9s %s: %s\n' "$(echo "$res" | tr '[:lower:]' '[:upper:]')" "$1" "$5"
}
for flag in struggle casual formal urgency; do
	x=$(f1 "$tmp/support.tsv" "$flag")
	if [ "$flag" = struggle ]; then th=0.90; else th=0.85; fi
	goal "$flag F1 >= $th on the support set" "$x" "$th" "" "F1 $(fmt3 "$x")"
done
text="frustration F1 on the incivility CSV at least 15 points above VADER's"
if [ $have_csv = 0 ]; then
	goal "$text" - 0 "skipped: $csv not found"
elif [ -n "$vader_skip" ]; then
	goal "$text" - 0 "VADER skipped ($vader_skip)"
else
	tact_f1_incivility=$(f1 "$tmp/incivility.tsv" frustration)
	d=$("$AWK" -v t="$tact_f1_incivility" -v v="$vader_f1_incivility" 'BEGIN {
		if (t == "-" || v == "-") print "-"; else printf("%.6f\n", 100 * (t - v)) }')
	goal "$text" "$d" 15 "" "tact $(fmt3 "$tact_f1_incivility"), VADER $(fmt3 "$vader_f1_incivility"), $("$AWK" -v d="$d" 'BEGIN { if (d == "-") print "n/a"; else printf("%+.1f points\n", d) }')"
fi
echo "$met of $total goals met"
# for_comparison NAME TEXT: the goals' F1 scores on another set.
for_comparison() {
	local line= flag
	[ -f "$tmp/$1.tsv" ] || return 0
	for flag in struggle casual formal urgency; do
		line="$line${line:+, }$flag $(fmt3 "$(f1 "$tmp/$1.tsv" "$flag")")"
	done
	echo "$2, for comparison (not a goal): F1 $line"
}
for_comparison dev2 "second development set"
for_comparison heldout "held-out set"
for_comparison heldout2 "fresh held-out set"
for_comparison dev4 "fourth development set"
for_comparison heldout3 "blind held-out set"
exit 0
