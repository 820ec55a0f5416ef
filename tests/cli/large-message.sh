# A 50 MB message is read in bounded memory: tact keeps at most a
# bounded amount of body text and never loads the whole message.
. "$top_srcdir/tests/cli/lib.sh"
need jq
[ -x /usr/bin/time ] || skip_all "GNU time is not installed (Debian package time)"
big="$TEST_DIR/big.eml"
{
    printf 'From: Big Sender <big@example.com>\nTo: support@ledgerly.example\n'
    printf 'Subject: huge log\nDate: Mon, 16 Nov 2026 10:00:00 +0000\n'
    printf 'Message-ID: <big-1@example.com>\nMIME-Version: 1.0\n'
    printf 'Content-Type: multipart/mixed; boundary="b"\n\n--b\n'
    printf 'Content-Type: text/plain; charset=utf-8\n\n'
    printf 'Hi, I tried to upload the attached log but it keeps failing.\n'
    yes 'log line: request failed with status 500 after retrying the upload' | head -n 560000
    printf '\n--b\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename="dump.bin"\n'
    printf 'Content-Transfer-Encoding: base64\n\n'
    head -c 15000000 /dev/zero | base64 -w 76
    printf '\n--b--\n'
} >"$big"
size=$(wc -c <"$big")
check "the test message is over 50 MB" test "$size" -gt 50000000

/usr/bin/time -f '%M' -o "$TEST_DIR/rss" "$TACT" thread --format=json --file "$big" >"$TEST_DIR/out.json" 2>"$TEST_DIR/err"
code=$?
check "tact reads it (exit 0)" test "$code" -eq 0
check "the output is valid JSON" jq -e '.messages[0].new_text | startswith("Hi, I tried to upload")' "$TEST_DIR/out.json"
rss_kb=$(tail -n 1 "$TEST_DIR/rss")
# Bounded: far below the message's size.  AddressSanitizer keeps freed
# memory in quarantine, so peak memory means nothing in that build.
if nm -D "$TACT_LIBRARY" 2>/dev/null | grep -q __asan_; then
    done_testing
fi
limit_kb=$((size / 1024 / 2))
if [ "$rss_kb" -lt "$limit_kb" ]; then ok "peak memory ${rss_kb} kB < ${limit_kb} kB"; else
    not_ok "peak memory ${rss_kb} kB < ${limit_kb} kB"; fi

# The same through a pipe (copied to a temporary file, not to memory).
/usr/bin/time -f '%M' -o "$TEST_DIR/rss" "$TACT" thread --format=json - <"$big" >/dev/null 2>&1
rss_kb=$(tail -n 1 "$TEST_DIR/rss")
if [ "$rss_kb" -lt "$limit_kb" ]; then ok "through a pipe: peak memory ${rss_kb} kB < ${limit_kb} kB"; else
    not_ok "through a pipe: peak memory ${rss_kb} kB < ${limit_kb} kB"; fi
done_testing
