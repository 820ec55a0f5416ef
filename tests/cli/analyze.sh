# tact analyze: exact spans for every cue of the corpus, thread facts
# against --now, channels from the config, lexicon overrides, and an
# unknown fluency without a dictionary.
. "$top_srcdir/tests/cli/lib.sh"
need jq
make_database
id_of () {
    sed -n 's/^[Mm][Ee][Ss][Ss][Aa][Gg][Ee]-[Ii][Dd]:[[:space:]]*<\(.*\)>.*/\1/p' "$CORPUS/cur/$1" | head -n 1
}

# Every cue's span, cut from the new text byte by byte, is its text.
bad_spans=0 cues=0
for f in "$CORPUS"/cur/*; do
    id=$(id_of "$(basename "$f")")
    "$TACT" analyze --format=json "id:$id" >"$TEST_DIR/a.json" 2>"$TEST_DIR/err" || {
	not_ok "analyze id:$id" "$(cat "$TEST_DIR/err")"; continue; }
    "$TACT" thread --format=json "id:$id" >"$TEST_DIR/t.json"
    n=$(jq '.messages | length' "$TEST_DIR/a.json")
    for ((m = 0; m < n; m++)); do
	jq -j ".messages[$m].new_text" "$TEST_DIR/t.json" >"$TEST_DIR/new"
	jq -r ".messages[$m].cues[] | select(.in == null) | \"\(.start) \(.end)\"" "$TEST_DIR/a.json" >"$TEST_DIR/spans"
	jq -r ".messages[$m].cues[] | select(.in == null) | .text | @base64" "$TEST_DIR/a.json" >"$TEST_DIR/texts"
	exec 3<"$TEST_DIR/texts"
	while read -r start end; do
	    read -r text64 <&3
	    cues=$((cues + 1))
	    cut=$(tail -c +$((start + 1)) "$TEST_DIR/new" | head -c $((end - start)) | base64 -w 0)
	    want=$(printf '%s' "$text64" | base64 -d | base64 -w 0)
	    if [ "$cut" != "$want" ]; then
		bad_spans=$((bad_spans + 1))
		echo "# $id message $m: span $start-$end is not its text"
	    fi
	done <"$TEST_DIR/spans"
	exec 3<&-
    done
    if jq -e '[.messages[].flags | select(.casual and .formal)] | length == 0' "$TEST_DIR/a.json" >/dev/null; then :; else
	not_ok "$id: casual and formal never both set"; fi
done
check "the corpus yields cues" test "$cues" -gt 50
check "every cue's span in new_text is exactly its text ($cues cues)" test "$bad_spans" -eq 0

# Thread facts for a customer who wrote twice and waited.
t04=$(id_of t04-2)
"$TACT" analyze --format=json --now 2026-11-12T13:32:09Z "id:$t04" >"$TEST_DIR/t04.json"
check "two customer messages since the agent's last reply" \
    jq -e '.thread.customer_messages_since_agent == 2' "$TEST_DIR/t04.json"
check "hours waiting counted from the oldest unanswered message" \
    jq -e '.thread.hours_waiting == 24' "$TEST_DIR/t04.json"
check "email promises 6 hours, and 24 is past it" \
    jq -e '.thread.channel == "email" and .thread.promised_hours == 6 and .thread.waited_past_promise' "$TEST_DIR/t04.json"
check "writing twice is repeat contact, and needs an apology" \
    jq -e '.thread.repeat_contact and .thread.needs_apology' "$TEST_DIR/t04.json"
check "the answered message is the one asked for" \
    jq -e --arg id "$t04" '.thread.answered == $id' "$TEST_DIR/t04.json"

# A configured rule puts the thread on the social channel.
cat >"$TEST_DIR/config" <<'CONFIG'
[response]
social_hours=0.5

[social]
from=@whitfield-plumbing.example
CONFIG
"$TACT" analyze --format=json --config "$TEST_DIR/config" --now 2026-11-11T15:00:00Z "id:$(id_of t04-1)" >"$TEST_DIR/social.json"
check "a from rule makes the channel social with its promise" \
    jq -e '.thread.channel == "social" and .thread.promised_hours == 0.5' "$TEST_DIR/social.json"
check "waiting past the social promise" jq -e '.thread.waited_past_promise' "$TEST_DIR/social.json"
printf '[response]\nemail_hours=soon\n' >"$TEST_DIR/bad-config"
"$TACT" analyze --config "$TEST_DIR/bad-config" "id:$t04" >/dev/null 2>"$TEST_DIR/err"
check "a bad config value exits 3" test $? -eq 3
check "the error names the file" grep -q "bad-config" "$TEST_DIR/err"

# A lexicon folder can remove and add rules.
mkdir -p "$TEST_DIR/lexicon"
printf '[gratitude]\nthanks-for =\n[urgency]\nbank 2 = (bank|banks)\\b\n' >"$TEST_DIR/lexicon/cues.lex"
t04_4=$(id_of t04-4)
"$TACT" analyze --format=json "id:$t04_4" >"$TEST_DIR/before.json"
"$TACT" analyze --format=json --lexicon "$TEST_DIR/lexicon" "id:$t04_4" >"$TEST_DIR/after.json"
check "without the override the thank-you is gratitude" jq -e '.messages[3].flags.gratitude' "$TEST_DIR/before.json"
check "an empty pattern removes a rule" jq -e '.messages[3].flags.gratitude | not' "$TEST_DIR/after.json"
check "an added rule fires with its weight" \
    jq -e '[.messages[1].cues[] | select(.rule == "urgency/bank")] | length == 1' "$TEST_DIR/after.json"
printf '[urgency]\nbroken = (unclosed\n' >"$TEST_DIR/lexicon/cues.lex"
"$TACT" analyze --lexicon "$TEST_DIR/lexicon" "id:$t04" >/dev/null 2>"$TEST_DIR/err"
check "a broken lexicon exits 3" test $? -eq 3
check "its error names file and line" grep -q "cues.lex:2: " "$TEST_DIR/err"
# One file that names a rule twice would lose the first without a word.
printf '[urgency]\nbank = banks?\\b\n[gratitude]\nbank = thanks\n[urgency]\nbank 2 = bank\\b\n' \
    >"$TEST_DIR/lexicon/cues.lex"
"$TACT" analyze --lexicon "$TEST_DIR/lexicon" "id:$t04" >/dev/null 2>"$TEST_DIR/err"
check "a rule named twice in one file exits 3" test $? -eq 3
same "the error names both lines" - "$TEST_DIR/err" <<EOF
tact: $TEST_DIR/lexicon/cues.lex:6: rule bank of [urgency] is already at line 2 of this file: fix the lexicon file or remove it from the lexicon folders
EOF
printf '[urgency]\nbank = banks?\\b\nbank =\nbank 2 = bank\\b\n' >"$TEST_DIR/lexicon/cues.lex"
"$TACT" analyze --format=json --lexicon "$TEST_DIR/lexicon" "id:$t04_4" >"$TEST_DIR/after.json"
check "a rule removed may be made again in the same file" \
    jq -e '[.messages[1].cues[] | select(.rule == "urgency/bank")] | length == 1' "$TEST_DIR/after.json"

# Fluency needs a dictionary; without one it is unknown, not an error.
t09=$(id_of t09-1)
TACT_DICTIONARY="$TEST_DIR/none" "$TACT" analyze --format=json "id:$t09" >"$TEST_DIR/nodict.json"
check "no dictionary: nonfluent is null for a long customer message" \
    jq -e '.messages[0].flags.nonfluent == null' "$TEST_DIR/nodict.json"
if [ -f /usr/share/hunspell/en_US.dic ]; then
    "$TACT" analyze --format=json "id:$t09" >"$TEST_DIR/dict.json"
    check "with a dictionary: the second-language writer is nonfluent" \
	jq -e '.messages[0].flags.nonfluent == true and .thread.register == "plain"' "$TEST_DIR/dict.json"
fi
if [ -f /usr/share/hunspell/en_US.dic ]; then
    # Product words are no misspellings: tact's word list, and the
    # words.txt of a lexicon folder for a team's own products.
    cat >"$TEST_DIR/webhook.eml" <<'EOF'
From: Ana <ana@example.com>
To: support@example.com
Subject: webhook
Message-ID: <webhook@example.com>
Date: Mon, 23 Nov 2026 09:00:00 +0000

Hi, two persons on our team set up the webhook but the json payload never reaches our backend, and the dropdown on the frobnicator page is empty since the zorbly update. We didnt change the config and the wifi is fine. Could you look at it today?
EOF
    "$TACT" analyze --format=json --file "$TEST_DIR/webhook.eml" >"$TEST_DIR/product.json"
    check "tact's word list: only the team's product names are misspelled" \
	jq -e '[.messages[0].cues[] | select(.rule == "fluency/misspelled") | .text] == ["frobnicator", "zorbly"]' \
	"$TEST_DIR/product.json"
    check "two unknown product names and a little grammar evidence: nonfluent" \
	jq -e '.messages[0].flags.nonfluent == true' "$TEST_DIR/product.json"
    mkdir -p "$TEST_DIR/products"
    printf '# our products\nfrobnicator\nzorbly\n' >"$TEST_DIR/products/words.txt"
    "$TACT" analyze --format=json --lexicon "$TEST_DIR/products" --file "$TEST_DIR/webhook.eml" \
	>"$TEST_DIR/product.json"
    check "a lexicon folder's words.txt: no misspelling, fluent" \
	jq -e '.messages[0].flags.nonfluent == false and
	       ([.messages[0].cues[] | select(.rule == "fluency/misspelled")] | length == 0)' \
	"$TEST_DIR/product.json"
fi
check "an agent's message is never judged non-fluent" \
    jq -e '[.messages[] | select(.is_agent) | .flags.nonfluent] | all(. == false)' "$TEST_DIR/nodict.json"

# Usage errors.
"$TACT" analyze --now yesterday "id:$t04" >/dev/null 2>"$TEST_DIR/err"
check "--now must be ISO 8601 (exit 1)" test $? -eq 1
"$TACT" analyze "id:$t04" >"$TEST_DIR/report.txt"
check "the text report shows evidence in context" grep -q '\[This is the third time\]' "$TEST_DIR/report.txt"
done_testing
