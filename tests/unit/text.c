/* Unit tests of the text stage: charsets, transfer encodings, HTML and
 * the walk over the MIME tree.  Prints TAP (GLib's test framework). */
#include "config.h"

#include <string.h>
#include <gmime/gmime.h>

#include "core/text.h"

/* The body text of a message given as raw RFC 822 bytes. */
static char *
body_of (const char *raw, size_t length)
{
    g_autoptr (GMimeStream) stream = g_mime_stream_mem_new_with_buffer (raw, length);
    g_autoptr (GMimeParser) parser = g_mime_parser_new_with_stream (stream);
    g_autoptr (GMimeMessage) message = g_mime_parser_construct_message (parser, NULL);

    g_assert_nonnull (message);
    return tact_text_from_mime (g_mime_message_get_mime_part (message), 1 << 20);
}

#define BODY(literal) body_of (literal, sizeof literal - 1)

static const char headers[] = "From: a@example.com\nSubject: s\n";

static char *
single_part (const char *part_headers, const char *content)
{
    g_autofree char *raw = g_strdup_printf ("%sMIME-Version: 1.0\n%s\n%s",
					    headers, part_headers, content);
    return body_of (raw, strlen (raw));
}

static void
test_utf8_declared (void)
{
    g_autofree char *text = single_part ("Content-Type: text/plain; charset=utf-8\n",
					 "Caf\xc3\xa9 \xe2\x82\xac\n");
    g_assert_cmpstr (text, ==, "Caf\xc3\xa9 \xe2\x82\xac\n");
}

static void
test_latin1_declared (void)
{
    g_autofree char *text = single_part ("Content-Type: text/plain; charset=iso-8859-1\n",
					 "Gr\xfc\xdf" "e\n");
    g_assert_cmpstr (text, ==, "Gr\xc3\xbc\xc3\x9f" "e\n");
}

static void
test_windows_1252_labelled_latin1 (void)
{
    /* 0x93/0x94 are curly quotes and 0x80 the euro sign in windows-1252,
     * control characters in real latin-1. */
    g_autofree char *text = single_part ("Content-Type: text/plain; charset=ISO-8859-1\n",
					 "\x93quoted\x94 costs 5\x80\n");
    g_assert_cmpstr (text, ==, "\xe2\x80\x9cquoted\xe2\x80\x9d costs 5\xe2\x82\xac\n");
}

static void
test_undeclared_utf8 (void)
{
    g_autofree char *text = single_part ("Content-Type: text/plain\n",
					 "na\xc3\xafve r\xc3\xa9sum\xc3\xa9\n");
    g_assert_cmpstr (text, ==, "na\xc3\xafve r\xc3\xa9sum\xc3\xa9\n");
}

static void
test_undeclared_latin1 (void)
{
    g_autofree char *text = single_part ("", "se\xf1or \x93hi\x94\n");
    g_assert_cmpstr (text, ==, "se\xc3\xb1or \xe2\x80\x9chi\xe2\x80\x9d\n");
}

static void
test_unknown_charset (void)
{
    g_autofree char *text = single_part ("Content-Type: text/plain; charset=unknown-8bit\n",
					 "plain words \xff\n");
    g_assert_true (g_utf8_validate (text, -1, NULL));
    g_assert_true (g_str_has_prefix (text, "plain words "));
}

static void
test_koi8r (void)
{
    g_autofree char *text = single_part ("Content-Type: text/plain; charset=koi8-r\n",
					 "\xf0\xd2\xc9\xd7\xc5\xd4\n");
    g_assert_cmpstr (text, ==, "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82\n");
}

static void
test_quoted_printable (void)
{
    g_autofree char *text = single_part (
	"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n",
	"I can=E2=80=99t log in and this line is so long that it was wrapped=\n here.\n");
    g_assert_cmpstr (text, ==, "I can\xe2\x80\x99t log in and this line is so long that it was wrapped here.\n");
}

static void
test_base64 (void)
{
    g_autofree char *text = single_part (
	"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n",
	"SGVsbG8sIHdvcmxkIQpTZWNvbmQgbGluZS4K\n");
    g_assert_cmpstr (text, ==, "Hello, world!\nSecond line.\n");
}

static void
test_crlf (void)
{
    g_autofree char *text = single_part ("Content-Type: text/plain\r\n",
					 "one\r\ntwo\r\n");
    g_assert_cmpstr (text, ==, "one\ntwo\n");
}

static void
test_nul_bytes_dropped (void)
{
    static const char raw[] = "From: a@example.com\nSubject: s\n\nbefore\0after\n";
    g_autofree char *text = body_of (raw, sizeof raw - 1);
    g_assert_cmpstr (text, ==, "beforeafter\n");
}

static void
test_control_characters_dropped (void)
{
    static const char raw[] = "From: a@example.com\nSubject: s\n\n"
	"a\001b\013c\014d\037e\177f\tg\n";
    g_autofree char *text = body_of (raw, sizeof raw - 1);
    g_assert_cmpstr (text, ==, "abcdef\tg\n");
}

static void
test_html_paragraphs (void)
{
    static const char html[] =
	"<html><head><title>T</title><style>p { color: red }</style></head>"
	"<body><p>First   paragraph\nwraps.</p><p>Second<br>line two</p>"
	"<div>a div</div><div><br></div><div>after a blank</div>"
	"<script>alert(1)</script></body></html>";
    g_autofree char *text = tact_text_from_html (html, sizeof html - 1);
    g_assert_cmpstr (text, ==,
		     "First paragraph wraps.\n\nSecond\nline two\n\na div\n\nafter a blank");
}

static void
test_html_entities_and_links (void)
{
    static const char html[] =
	"<p>Fish &amp; chips&nbsp;&eacute;t&eacute; &#8217; &lt;b&gt;</p>"
	"<p>See <a href=\"https://example.com/help\">the help page</a>.</p>";
    g_autofree char *text = tact_text_from_html (html, sizeof html - 1);
    g_assert_cmpstr (text, ==,
		     "Fish & chips \xc3\xa9t\xc3\xa9 \xe2\x80\x99 <b>\n\nSee the help page.");
}

static void
test_html_blockquote_is_quoted (void)
{
    static const char html[] =
	"<div>Thanks, that fixed it.</div>"
	"<div class=\"gmail_quote\"><div>On Mon, Nov 9, 2026 at 10:00 AM Dana &lt;d@x.example&gt; wrote:</div>"
	"<blockquote><div>Try again now.</div><div>Dana</div></blockquote></div>";
    g_autofree char *text = tact_text_from_html (html, sizeof html - 1);
    g_assert_cmpstr (text, ==,
		     "Thanks, that fixed it.\nOn Mon, Nov 9, 2026 at 10:00 AM Dana <d@x.example> wrote:\n"
		     "> Try again now.\n> Dana");
}

static void
test_html_lists (void)
{
    static const char html[] = "<p>Steps:</p><ol><li>Open</li><li>Click</li></ol><ul><li>x</li></ul>";
    g_autofree char *text = tact_text_from_html (html, sizeof html - 1);
    g_assert_cmpstr (text, ==, "Steps:\n\n1. Open\n2. Click\n\n- x");
}

static void
test_html_broken (void)
{
    static const char html[] = "<p>unclosed <b>bold <div>and <a href=x>link";
    g_autofree char *text = tact_text_from_html (html, sizeof html - 1);
    g_assert_cmpstr (text, ==, "unclosed bold\nand link");
}

static void
test_alternative_prefers_plain (void)
{
    g_autofree char *text = BODY (
	"From: a@example.com\nSubject: s\nMIME-Version: 1.0\n"
	"Content-Type: multipart/alternative; boundary=\"b\"\n\n"
	"--b\nContent-Type: text/plain; charset=utf-8\n\nplain version\n"
	"--b\nContent-Type: text/html; charset=utf-8\n\n<p>html version</p>\n--b--\n");
    g_assert_cmpstr (text, ==, "plain version\n");
}

static void
test_alternative_empty_plain_uses_html (void)
{
    g_autofree char *text = BODY (
	"From: a@example.com\nSubject: s\nMIME-Version: 1.0\n"
	"Content-Type: multipart/alternative; boundary=\"b\"\n\n"
	"--b\nContent-Type: text/plain; charset=utf-8\n\n  \n"
	"--b\nContent-Type: text/html; charset=utf-8\n\n<p>html version</p>\n--b--\n");
    g_assert_cmpstr (text, ==, "html version\n");
}

static void
test_html_only (void)
{
    g_autofree char *text = single_part ("Content-Type: text/html; charset=iso-8859-1\n",
					 "<p>Ol\xe9!</p><p>Two</p>");
    g_assert_cmpstr (text, ==, "Ol\xc3\xa9!\n\nTwo\n");
}

static void
test_mixed_skips_attachments (void)
{
    g_autofree char *text = BODY (
	"From: a@example.com\nSubject: s\nMIME-Version: 1.0\n"
	"Content-Type: multipart/mixed; boundary=\"b\"\n\n"
	"--b\nContent-Type: multipart/alternative; boundary=\"c\"\n\n"
	"--c\nContent-Type: text/plain\n\nthe words\n--c\nContent-Type: text/html\n\n<p>x</p>\n--c--\n"
	"--b\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=a.pdf\n"
	"Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n"
	"--b\nContent-Type: text/plain\nContent-Disposition: attachment; filename=log.txt\n\nlog line\n"
	"--b--\n");
    g_assert_cmpstr (text, ==, "the words\n");
}

static void
test_signed_keeps_content (void)
{
    g_autofree char *text = BODY (
	"From: a@example.com\nSubject: s\nMIME-Version: 1.0\n"
	"Content-Type: multipart/signed; micalg=pgp-sha256; protocol=\"application/pgp-signature\"; boundary=\"b\"\n\n"
	"--b\nContent-Type: text/plain; charset=us-ascii\n\nsigned words\n"
	"--b\nContent-Type: application/pgp-signature\n\n-----BEGIN PGP SIGNATURE-----\nabc\n-----END PGP SIGNATURE-----\n"
	"--b--\n");
    g_assert_cmpstr (text, ==, "signed words\n");
}

static void
test_forwarded_message (void)
{
    g_autofree char *text = BODY (
	"From: a@example.com\nSubject: s\nMIME-Version: 1.0\n"
	"Content-Type: multipart/mixed; boundary=\"b\"\n\n"
	"--b\nContent-Type: text/plain\n\nSee the mail below.\n"
	"--b\nContent-Type: message/rfc822\n\n"
	"From: Shop <shop@example.net>\nSubject: Your order\nDate: Mon, 02 Nov 2026 10:00:00 +0000\n\nOrder 42 shipped.\n"
	"--b--\n");
    g_assert_cmpstr (text, ==,
		     "See the mail below.\n\n---------- Forwarded message ---------\n"
		     "From: Shop <shop@example.net>\nDate: Mon, 02 Nov 2026 10:00:00 +0000\n"
		     "Subject: Your order\n\nOrder 42 shipped.\n");
}

static void
test_truncated_multipart (void)
{
    g_autofree char *text = BODY (
	"From: a@example.com\nSubject: s\nMIME-Version: 1.0\n"
	"Content-Type: multipart/mixed; boundary=\"b\"\n\n"
	"--b\nContent-Type: text/plain\n\nwords before the cut\n"
	"--b\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\nSGVsbG8gd29y");
    g_assert_true (g_str_has_prefix (text, "words before the cut\n"));
    g_assert_true (g_utf8_validate (text, -1, NULL));
}

static void
test_body_is_capped (void)
{
    GString *raw = g_string_new ("From: a@example.com\nSubject: s\n\n");
    g_autofree char *text = NULL;

    for (int i = 0; i < 200000; i++)
	g_string_append (raw, "0123456789\n");
    {
	g_autoptr (GMimeStream) stream = g_mime_stream_mem_new_with_buffer (raw->str, raw->len);
	g_autoptr (GMimeParser) parser = g_mime_parser_new_with_stream (stream);
	g_autoptr (GMimeMessage) message = g_mime_parser_construct_message (parser, NULL);

	text = tact_text_from_mime (g_mime_message_get_mime_part (message), 100000);
    }
    g_assert_cmpuint (strlen (text), <=, 100000 + 65536);
    g_assert_cmpuint (strlen (text), >=, 100000);
    g_string_free (raw, TRUE);
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    g_test_set_nonfatal_assertions ();
    g_mime_init ();
    g_test_add_func ("/charset/utf8-declared", test_utf8_declared);
    g_test_add_func ("/charset/latin1-declared", test_latin1_declared);
    g_test_add_func ("/charset/windows-1252-labelled-latin1", test_windows_1252_labelled_latin1);
    g_test_add_func ("/charset/undeclared-utf8", test_undeclared_utf8);
    g_test_add_func ("/charset/undeclared-latin1", test_undeclared_latin1);
    g_test_add_func ("/charset/unknown-charset", test_unknown_charset);
    g_test_add_func ("/charset/koi8-r", test_koi8r);
    g_test_add_func ("/encoding/quoted-printable", test_quoted_printable);
    g_test_add_func ("/encoding/base64", test_base64);
    g_test_add_func ("/encoding/crlf", test_crlf);
    g_test_add_func ("/encoding/nul-bytes", test_nul_bytes_dropped);
    g_test_add_func ("/encoding/control-characters", test_control_characters_dropped);
    g_test_add_func ("/html/paragraphs", test_html_paragraphs);
    g_test_add_func ("/html/entities-and-links", test_html_entities_and_links);
    g_test_add_func ("/html/blockquote", test_html_blockquote_is_quoted);
    g_test_add_func ("/html/lists", test_html_lists);
    g_test_add_func ("/html/broken", test_html_broken);
    g_test_add_func ("/mime/alternative-prefers-plain", test_alternative_prefers_plain);
    g_test_add_func ("/mime/alternative-empty-plain", test_alternative_empty_plain_uses_html);
    g_test_add_func ("/mime/html-only", test_html_only);
    g_test_add_func ("/mime/mixed-skips-attachments", test_mixed_skips_attachments);
    g_test_add_func ("/mime/signed", test_signed_keeps_content);
    g_test_add_func ("/mime/forwarded", test_forwarded_message);
    g_test_add_func ("/mime/truncated", test_truncated_multipart);
    g_test_add_func ("/mime/capped", test_body_is_capped);
    return g_test_run ();
}
