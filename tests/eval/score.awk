# score.awk - precision, recall and F1 per cue flag.
#
# Input: lines "ID<TAB>GOLD<TAB>PRED", where GOLD and PRED are
# comma-separated flags or "-" (as printed by eval-cues and vader.mjs).
#
# Usage: awk -f score.awk [-v VAR=VALUE ...] [FILE ...]
#   -v flags=a,b,c  flags to score, one row each, in that order
#                   (default: the eleven cue flags)
#   -v title=TEXT   print a heading line "TEXT (N records)" first
#   -v label=NAME   add a first column "system" holding NAME (to put
#                   rows of several systems under one another)
#   -v header=0     leave out the column header line
#   -v format=tsv   machine-readable output instead of the table: one
#                   line per flag, "flag support tp fp fn precision
#                   recall f1" separated by tabs, numbers to 6 decimals,
#                   "-" where undefined; no heading, no header
#   -v misses=N     print up to N false-positive and N false-negative
#                   ids per flag to standard error
#
# precision = TP/(TP+FP), recall = TP/(TP+FN), F1 = 2TP/(2TP+FP+FN);
# each is "-" when its denominator is 0.  So a flag that is never
# predicted but has gold positives gets precision "-" and F1 0.000.
#
# Warnings (standard error): malformed lines, repeated ids, flags that
# are not cue flags.  Exit status 2 when any line was malformed.
#
# POSIX awk only: runs with mawk, gawk and busybox awk.

BEGIN {
	FS = "\t"
	known = "struggle,frustration,casual,formal,urgency,nonfluent,gratitude,question,feature_request,needs_apology,repeat_contact"
	nknown = split(known, karr, ",")
	for (i = 1; i <= nknown; i++)
		isknown[karr[i]] = 1
	if (flags == "")
		flags = known
	nflags = split(flags, farr, ",")
	for (i = 1; i <= nflags; i++) {
		f = farr[i]
		if (!(f in isknown))
			printf("score.awk: warning: -v flags: %s is not a cue flag\n", f) > "/dev/stderr"
		support[f] = tp[f] = fp[f] = fn[f] = 0
		nfp[f] = nfn[f] = 0
		fplist[f] = fnlist[f] = ""
	}
	misses += 0
	nrec = 0
	bad = 0
	warned_unknown = 0
}

# Split a flag list into set[]; "-" and "" are the empty set.
function toset(s, set,    n, a, i) {
	split("", set)
	gsub(/[ \r]/, "", s)
	if (s == "-" || s == "")
		return 0
	n = split(s, a, ",")
	for (i = 1; i <= n; i++) {
		if (a[i] == "" || a[i] == "-")
			continue
		if (!(a[i] in isknown) && !(a[i] in unknown_seen)) {
			unknown_seen[a[i]] = 1
			printf("score.awk: warning: line %d: unknown flag \"%s\"\n", NR, a[i]) > "/dev/stderr"
		}
		set[a[i]] = 1
	}
	return n
}

function addid(list, count, id) {
	if (count < misses)
		return list (list == "" ? "" : " ") id
	return list
}

/^[ \t\r]*$/ { next }

{
	if (NF < 3) {
		printf("score.awk: line %d: expected ID<TAB>GOLD<TAB>PRED, got: %s\n", NR, substr($0, 1, 80)) > "/dev/stderr"
		bad++
		next
	}
	id = $1
	if (id in seen)
		printf("score.awk: warning: line %d: id %s seen before\n", NR, id) > "/dev/stderr"
	seen[id] = 1
	nrec++
	toset($2, gold)
	toset($3, pred)
	for (i = 1; i <= nflags; i++) {
		f = farr[i]
		g = (f in gold)
		p = (f in pred)
		if (g)
			support[f]++
		if (g && p)
			tp[f]++
		else if (p) {
			fplist[f] = addid(fplist[f], nfp[f], id)
			fp[f]++; nfp[f]++
		} else if (g) {
			fnlist[f] = addid(fnlist[f], nfn[f], id)
			fn[f]++; nfn[f]++
		}
	}
}

# ratio(a, b, decimals): a/b formatted, or "-" when b is 0.
function ratio(a, b, d) {
	if (b == 0)
		return "-"
	return sprintf("%." d "f", a / b)
}

END {
	if (format == "tsv") {
		for (i = 1; i <= nflags; i++) {
			f = farr[i]
			printf("%s\t%d\t%d\t%d\t%d\t%s\t%s\t%s\n", f, support[f], tp[f], fp[f], fn[f],
			    ratio(tp[f], tp[f] + fp[f], 6), ratio(tp[f], tp[f] + fn[f], 6),
			    ratio(2 * tp[f], 2 * tp[f] + fp[f] + fn[f], 6))
		}
	} else {
		if (title != "")
			printf("%s (%d records)\n", title, nrec)
		if (header != "0") {
			if (label != "")
				printf("%-8s ", "system")
			printf("%-16s %7s %5s %5s %5s %9s %6s %6s\n", "flag", "support", "TP", "FP", "FN", "precision", "recall", "F1")
		}
		for (i = 1; i <= nflags; i++) {
			f = farr[i]
			if (label != "")
				printf("%-8s ", label)
			printf("%-16s %7d %5d %5d %5d %9s %6s %6s\n", f, support[f], tp[f], fp[f], fn[f],
			    ratio(tp[f], tp[f] + fp[f], 3), ratio(tp[f], tp[f] + fn[f], 3),
			    ratio(2 * tp[f], 2 * tp[f] + fp[f] + fn[f], 3))
		}
	}
	if (misses > 0) {
		for (i = 1; i <= nflags; i++) {
			f = farr[i]
			if (fp[f] > 0)
				printf("%s%s FP (%d): %s%s\n", (label != "" ? label " " : ""), f, fp[f], fplist[f], (fp[f] > misses ? " ..." : "")) > "/dev/stderr"
			if (fn[f] > 0)
				printf("%s%s FN (%d): %s%s\n", (label != "" ? label " " : ""), f, fn[f], fnlist[f], (fn[f] > misses ? " ..." : "")) > "/dev/stderr"
		}
	}
	if (nrec == 0)
		printf("score.awk: warning: no records read\n") > "/dev/stderr"
	if (bad > 0)
		exit 2
}
