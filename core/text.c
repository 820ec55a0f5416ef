/* text.c - the text stage: a message's body as UTF-8 text, split into
 * what the sender newly wrote, quoted history and signature. */
#include "config.h"

#include <string.h>
#include <gmodule.h>
#include <libxml/HTMLparser.h>

#include "core/text.h"

#define MAX_DEPTH 32

/* ---- charsets: the one place that turns a text part into UTF-8 ---- */

/* The real charset of content labelled iso-8859-*: mail clients often
 * label windows-1252 text (curly quotes, the euro sign) as latin-1.
 * Same recipe as notmuch's show_text_part_content. */
static char *
real_charset (GMimeDataWrapper *wrapper, const char *charset)
{
    g_autoptr (GMimeStream) null = g_mime_stream_null_new ();
    g_autoptr (GMimeStream) filtered = g_mime_stream_filter_new (null);
    g_autoptr (GMimeFilter) windows = g_mime_filter_windows_new (charset);

    g_mime_stream_filter_add (GMIME_STREAM_FILTER (filtered), windows);
    g_mime_data_wrapper_write_to_stream (wrapper, filtered);
    return g_strdup (g_mime_filter_windows_real_charset (GMIME_FILTER_WINDOWS (windows)));
}

/* Valid UTF-8 from bytes that should be UTF-8 but may be windows-1252
 * (text sent with no charset) or broken; control characters other than
 * tab and line feed dropped (they mean nothing to a reader, and some
 * JSON writers pass them through unescaped). */
static char *
valid_utf8 (GByteArray *bytes, gboolean converted, gboolean keep_controls)
{
    const char *data = (const char *) bytes->data;
    size_t length = bytes->len;
    g_autofree char *clean = NULL;
    char *text;
    size_t j = 0;

    clean = g_malloc (length + 1);
    for (size_t i = 0; i < length; i++) {
	unsigned char c = (unsigned char) data[i];

	if ((c >= 0x20 && c != 0x7f) || c == '\t' || c == '\n' || c >= 0x80 || keep_controls)
	    clean[j++] = data[i];
    }
    clean[j] = '\0';
    if (g_utf8_validate (clean, (gssize) j, NULL))
	return g_steal_pointer (&clean);
    if (! converted) {
	text = g_convert_with_fallback (clean, (gssize) j, "UTF-8", "WINDOWS-1252",
					"?", NULL, NULL, NULL);
	if (text && g_utf8_validate (text, -1, NULL))
	    return text;
	g_free (text);
    }
    return g_utf8_make_valid (clean, (gssize) j);
}

static char *
part_text (GMimePart *part, size_t max_bytes, gboolean keep_controls)
{
    GMimeDataWrapper *wrapper = g_mime_part_get_content (part);
    const char *declared;
    g_autofree char *charset = NULL;
    g_autoptr (GByteArray) bytes = NULL;
    g_autoptr (GMimeStream) memory = NULL;
    g_autoptr (GMimeStream) filtered = NULL;
    GMimeStream *raw;
    GMimeContentEncoding encoding;
    gboolean converted = FALSE;
    char buffer[65536];
    ssize_t n;

    if (! wrapper || ! (raw = g_mime_data_wrapper_get_stream (wrapper)))
	return g_strdup ("");
    declared = g_mime_object_get_content_type_parameter (GMIME_OBJECT (part), "charset");
    if (declared) {
	charset = g_strdup (g_mime_charset_canon_name (declared));
	if (! g_ascii_strncasecmp (charset, "iso-8859-", 9)) {
	    char *real = real_charset (wrapper, charset);

	    g_free (charset);
	    charset = real;
	}
    }

    bytes = g_byte_array_new ();
    memory = g_mime_stream_mem_new_with_byte_array (bytes);
    g_mime_stream_mem_set_owner (GMIME_STREAM_MEM (memory), FALSE);
    filtered = g_mime_stream_filter_new (memory);
    encoding = g_mime_data_wrapper_get_encoding (wrapper);
    if (encoding == GMIME_CONTENT_ENCODING_BASE64 ||
	encoding == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE ||
	encoding == GMIME_CONTENT_ENCODING_UUENCODE) {
	g_autoptr (GMimeFilter) decode = g_mime_filter_basic_new (encoding, FALSE);
	g_mime_stream_filter_add (GMIME_STREAM_FILTER (filtered), decode);
    }
    {
	g_autoptr (GMimeFilter) dos2unix = g_mime_filter_dos2unix_new (FALSE);
	g_mime_stream_filter_add (GMIME_STREAM_FILTER (filtered), dos2unix);
    }
    if (charset && g_ascii_strcasecmp (charset, "utf-8") != 0) {
	/* NULL for charsets iconv does not know ("unknown-8bit"): then
	 * the bytes are taken as UTF-8 or windows-1252 below. */
	GMimeFilter *convert = g_mime_filter_charset_new (charset, "UTF-8");

	if (convert) {
	    g_mime_stream_filter_add (GMIME_STREAM_FILTER (filtered), convert);
	    g_object_unref (convert);
	    converted = TRUE;
	}
    }

    /* Decode in chunks and stop past max_bytes, so that a huge part is
     * read in bounded memory. */
    g_mime_stream_reset (raw);
    while ((n = g_mime_stream_read (raw, buffer, sizeof buffer)) > 0) {
	if (g_mime_stream_write (filtered, buffer, (size_t) n) < 0)
	    break;
	if (bytes->len >= max_bytes)
	    break;
    }
    g_mime_stream_flush (filtered);
    g_mime_stream_reset (raw);
    if (bytes->len > max_bytes)
	g_byte_array_set_size (bytes, (guint) max_bytes);
    return valid_utf8 (bytes, converted, keep_controls);
}

char *
tact_text_from_part (GMimePart *part, size_t max_bytes)
{
    return part_text (part, max_bytes, FALSE);
}

char *
tact_text_from_part_as_sent (GMimePart *part, size_t max_bytes)
{
    return part_text (part, max_bytes, TRUE);
}

/* ---- HTML ---- */

typedef struct html_out {
    GString *text;
    gboolean pre;
    int list_number;		/* 0 in <ul>, the next number in <ol> */
} html_out_t;

/* Make text end with at least count line breaks (none at its start). */
static void
ensure_breaks (GString *text, int count)
{
    int have = 0;

    if (text->len == 0)
	return;
    for (size_t i = text->len; i > 0 && text->str[i - 1] == '\n' && have < count; i--)
	have++;
    while (have++ < count)
	g_string_append_c (text, '\n');
}

static gboolean
at_line_start (const GString *text)
{
    return text->len == 0 || text->str[text->len - 1] == '\n';
}

static void
append_html_text (html_out_t *out, const char *content)
{
    if (out->pre) {
	g_string_append (out->text, content);
	return;
    }
    for (const char *p = content; *p; p = g_utf8_next_char (p)) {
	gunichar c = g_utf8_get_char (p);

	if (g_unichar_isspace (c) || c == 0xA0) {
	    if (! at_line_start (out->text) && out->text->str[out->text->len - 1] != ' ')
		g_string_append_c (out->text, ' ');
	} else {
	    g_string_append_unichar (out->text, c);
	}
    }
}

static void render_html (html_out_t *out, xmlNode *node, int depth);

static gboolean
is_tag (const xmlNode *node, const char *const *names)
{
    for (; *names; names++)
	if (! g_ascii_strcasecmp ((const char *) node->name, *names))
	    return TRUE;
    return FALSE;
}

/* Remove spaces before line ends, runs of more than one blank line and
 * blank lines at both ends. */
static char *
tidy_lines (const char *text)
{
    g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
    GString *out = g_string_new (NULL);
    int blank = 0;

    for (int i = 0; lines[i]; i++) {
	g_strchomp (lines[i]);
	if (lines[i][0] == '\0') {
	    blank++;
	    continue;
	}
	if (out->len > 0)
	    g_string_append (out, blank ? "\n\n" : "\n");
	blank = 0;
	g_string_append (out, lines[i]);
    }
    return g_string_free (out, FALSE);
}

static void
render_blockquote (html_out_t *out, xmlNode *node, int depth)
{
    html_out_t inner = { g_string_new (NULL), out->pre, 0 };
    g_autofree char *quoted = NULL;
    g_auto (GStrv) lines = NULL;

    for (xmlNode *child = node->children; child; child = child->next)
	render_html (&inner, child, depth + 1);
    quoted = tidy_lines (inner.text->str);
    g_string_free (inner.text, TRUE);
    if (! *quoted)
	return;
    ensure_breaks (out->text, 1);
    lines = g_strsplit (quoted, "\n", -1);
    for (int i = 0; lines[i]; i++)
	g_string_append_printf (out->text, lines[i][0] ? "> %s\n" : ">\n", lines[i]);
}

static void
render_html (html_out_t *out, xmlNode *node, int depth)
{
    static const char *const skipped[] = {
	"head", "style", "script", "title", "template", "noscript", "meta", NULL
    };
    static const char *const paragraphs[] = {
	"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "hr",
	"pre", "dl", NULL
    };
    static const char *const lines[] = {
	"div", "tr", "li", "section", "article", "header", "footer", "address",
	"center", "form", "fieldset", "dt", "dd", "caption", NULL
    };
    static const char *const cells[] = { "td", "th", NULL };
    gboolean paragraph, line, was_pre = out->pre;
    int was_number = out->list_number;

    if (depth > MAX_DEPTH * 4)
	return;
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
	if (node->content)
	    append_html_text (out, (const char *) node->content);
	return;
    }
    if (node->type != XML_ELEMENT_NODE)
	return;
    if (is_tag (node, skipped))
	return;
    if (! g_ascii_strcasecmp ((const char *) node->name, "br")) {
	g_string_append_c (out->text, '\n');
	return;
    }
    if (! g_ascii_strcasecmp ((const char *) node->name, "blockquote")) {
	render_blockquote (out, node, depth);
	return;
    }
    paragraph = is_tag (node, paragraphs);
    line = is_tag (node, lines);
    if (paragraph)
	ensure_breaks (out->text, 2);
    else if (line)
	ensure_breaks (out->text, 1);
    else if (is_tag (node, cells) && ! at_line_start (out->text))
	g_string_append_c (out->text, ' ');

    if (! g_ascii_strcasecmp ((const char *) node->name, "pre"))
	out->pre = TRUE;
    else if (! g_ascii_strcasecmp ((const char *) node->name, "ul"))
	out->list_number = 0;
    else if (! g_ascii_strcasecmp ((const char *) node->name, "ol"))
	out->list_number = 1;
    else if (! g_ascii_strcasecmp ((const char *) node->name, "li")) {
	if (was_number > 0)
	    g_string_append_printf (out->text, "%d. ", out->list_number++);
	else
	    g_string_append (out->text, "- ");
    }

    for (xmlNode *child = node->children; child; child = child->next)
	render_html (out, child, depth + 1);

    out->pre = was_pre;
    if (g_ascii_strcasecmp ((const char *) node->name, "li"))
	out->list_number = was_number;
    if (paragraph)
	ensure_breaks (out->text, 2);
    else if (line)
	ensure_breaks (out->text, 1);
}

/* libxml2 is loaded when the first HTML part needs it: it brings ICU,
 * whose loading would cost every run of tact about a millisecond that
 * mail with a plain-text part never needs. */
typedef struct html_parser {
    htmlDocPtr (*read_memory) (const char *, int, const char *, const char *, int);
    xmlNodePtr (*root_element) (const xmlDoc *);
    void (*free_doc) (xmlDocPtr);
} html_parser_t;

static const html_parser_t *
html_parser (void)
{
    static html_parser_t parser;
    static gsize loaded;

    if (g_once_init_enter (&loaded)) {
	GModule *module = g_module_open (TACT_LIBXML2, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
	void (*init_parser) (void) = NULL;

	if (! module ||
	    ! g_module_symbol (module, "htmlReadMemory", (gpointer *) &parser.read_memory) ||
	    ! g_module_symbol (module, "xmlDocGetRootElement", (gpointer *) &parser.root_element) ||
	    ! g_module_symbol (module, "xmlFreeDoc", (gpointer *) &parser.free_doc) ||
	    ! g_module_symbol (module, "xmlInitParser", (gpointer *) &init_parser))
	    parser.read_memory = NULL;
	else
	    init_parser ();	/* the module stays loaded for the process */
	g_once_init_leave (&loaded, 1);
    }
    return parser.read_memory ? &parser : NULL;
}

/* Without libxml2 (a broken installation): the text between the tags,
 * so that the words still reach the agent. */
static char *
text_between_tags (const char *html)
{
    GString *out = g_string_new (NULL);
    gboolean in_tag = FALSE;

    for (const char *p = html; *p; p++) {
	if (*p == '<')
	    in_tag = TRUE;
	else if (*p == '>' && in_tag)
	    in_tag = FALSE;
	else if (! in_tag)
	    g_string_append_c (out, *p);
    }
    return g_string_free (out, FALSE);
}

char *
tact_text_from_html (const char *html, size_t length)
{
    const html_parser_t *parser = html_parser ();
    htmlDocPtr doc;
    html_out_t out = { NULL, FALSE, 0 };
    char *text;

    if (length == 0 || length > G_MAXINT)
	return g_strdup ("");
    if (! parser) {
	g_autofree char *copy = g_strndup (html, length);
	g_autofree char *bare = text_between_tags (copy);

	return tidy_lines (bare);
    }
    doc = parser->read_memory (html, (int) length, NULL, "UTF-8",
			       HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
			       HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    if (! doc)
	return g_strdup ("");
    out.text = g_string_new (NULL);
    for (xmlNode *node = parser->root_element (doc); node; node = node->next)
	render_html (&out, node, 0);
    parser->free_doc (doc);
    text = tidy_lines (out.text->str);
    g_string_free (out.text, TRUE);
    return text;
}

/* ---- walking the MIME tree ---- */

typedef struct body_out {
    GString *text;
    size_t max_bytes;
} body_out_t;

static void
append_part_text (body_out_t *out, const char *text)
{
    if (! *text)
	return;
    if (out->text->len > 0) {
	ensure_breaks (out->text, 1);
	g_string_append_c (out->text, '\n');
    }
    g_string_append (out->text, text);
    ensure_breaks (out->text, 1);
}

static gboolean
is_attachment (GMimeObject *object)
{
    GMimeContentDisposition *disposition = g_mime_object_get_content_disposition (object);

    return disposition && g_mime_content_disposition_is_attachment (disposition);
}

static char *
leaf_text (GMimePart *part, size_t max_bytes)
{
    GMimeContentType *type = g_mime_object_get_content_type (GMIME_OBJECT (part));
    g_autofree char *text = NULL;

    if (! g_mime_content_type_is_type (type, "text", "*"))
	return NULL;
    text = tact_text_from_part (part, max_bytes);
    if (g_mime_content_type_is_type (type, "text", "html"))
	return tact_text_from_html (text, strlen (text));
    return g_steal_pointer (&text);
}

static void collect_text (body_out_t *out, GMimeObject *object, int depth);

/* multipart/alternative: the plain text unless it is empty, else the
 * HTML, else whatever nested multipart holds text. */
static void
collect_alternative (body_out_t *out, GMimeMultipart *multipart, int depth)
{
    int count = g_mime_multipart_get_count (multipart);
    const char *preferred[] = { "plain", "html", NULL };

    for (int p = 0; preferred[p]; p++) {
	for (int i = 0; i < count; i++) {
	    GMimeObject *child = g_mime_multipart_get_part (multipart, i);
	    GMimeContentType *type = g_mime_object_get_content_type (child);
	    g_autofree char *text = NULL;
	    g_autofree char *trimmed = NULL;

	    if (! GMIME_IS_PART (child) || ! g_mime_content_type_is_type (type, "text", preferred[p]))
		continue;
	    text = leaf_text (GMIME_PART (child), out->max_bytes);
	    trimmed = g_strstrip (g_strdup (text ? text : ""));
	    if (*trimmed) {
		append_part_text (out, text);
		return;
	    }
	}
    }
    for (int i = 0; i < count; i++) {
	GMimeObject *child = g_mime_multipart_get_part (multipart, i);

	if (GMIME_IS_MULTIPART (child)) {
	    collect_text (out, child, depth + 1);
	    return;
	}
    }
}

static void
collect_forward (body_out_t *out, GMimeMessage *message, int depth)
{
    GString *header = g_string_new ("---------- Forwarded message ---------\n");
    const char *subject = g_mime_message_get_subject (message);
    InternetAddressList *from = g_mime_message_get_from (message);
    GDateTime *date = g_mime_message_get_date (message);
    g_autofree char *from_text = from ? internet_address_list_to_string (from, NULL, FALSE) : NULL;

    if (from_text)
	g_string_append_printf (header, "From: %s\n", from_text);
    if (date) {
	g_autofree char *date_text = g_mime_utils_header_format_date (date);
	g_string_append_printf (header, "Date: %s\n", date_text);
    }
    if (subject)
	g_string_append_printf (header, "Subject: %s\n", subject);
    append_part_text (out, header->str);
    g_string_free (header, TRUE);
    if (g_mime_message_get_mime_part (message))
	collect_text (out, g_mime_message_get_mime_part (message), depth + 1);
}

static void
collect_text (body_out_t *out, GMimeObject *object, int depth)
{
    GMimeContentType *type;

    if (depth > MAX_DEPTH || out->text->len >= out->max_bytes)
	return;
    type = g_mime_object_get_content_type (object);
    if (GMIME_IS_MULTIPART (object)) {
	GMimeMultipart *multipart = GMIME_MULTIPART (object);

	if (g_mime_content_type_is_type (type, "multipart", "alternative")) {
	    collect_alternative (out, multipart, depth);
	} else if (GMIME_IS_MULTIPART_SIGNED (object)) {
	    if (g_mime_multipart_get_count (multipart) > 0)
		collect_text (out, g_mime_multipart_get_part (multipart, 0), depth + 1);
	} else if (! GMIME_IS_MULTIPART_ENCRYPTED (object)) {
	    for (int i = 0; i < g_mime_multipart_get_count (multipart); i++)
		collect_text (out, g_mime_multipart_get_part (multipart, i), depth + 1);
	}
    } else if (GMIME_IS_MESSAGE_PART (object)) {
	GMimeMessage *message = g_mime_message_part_get_message (GMIME_MESSAGE_PART (object));

	if (message)
	    collect_forward (out, message, depth);
    } else if (GMIME_IS_PART (object) && ! is_attachment (object)) {
	g_autofree char *text = leaf_text (GMIME_PART (object), out->max_bytes);

	if (text)
	    append_part_text (out, text);
    }
}

char *
tact_text_from_mime (GMimeObject *body, size_t max_bytes)
{
    body_out_t out = { g_string_new (NULL), max_bytes };

    if (body)
	collect_text (&out, body, 0);
    return g_string_free (out.text, FALSE);
}

/* ---- new text, quoted history, signature ---- */

typedef enum { LINE_NEW, LINE_QUOTED, LINE_SIGNATURE } line_kind_t;

typedef struct lines {
    char **text;		/* each line without its '\n' */
    size_t *bytes;		/* each line's bytes in the body, '\n' included */
    line_kind_t *kind;
    size_t count;
} lines_t;

static gboolean
is_blank (const char *line)
{
    for (; *line; line++)
	if (! g_ascii_isspace (*line))
	    return FALSE;
    return TRUE;
}

static gboolean
is_quote_line (const char *line)
{
    while (*line == ' ')
	line++;
    return *line == '>';
}

/* The index where quoted history running to the end of the body begins:
 * a [quote-start] line, or a header block (From: followed by Sent: or
 * Subject: lines), with the separator line above it. */
static size_t
find_full_quote (const lines_t *lines, const tact_lexicon_t *quoting)
{
    for (size_t i = 0; i < lines->count; i++) {
	const char *line = lines->text[i];

	if (is_quote_line (line) || is_blank (line))
	    continue;
	if (tact_lexicon_match (quoting, "quote-start", line, FALSE))
	    return i;
	if (tact_lexicon_match (quoting, "header-block-start", line, FALSE)) {
	    for (size_t j = i + 1; j < lines->count && j <= i + 6; j++) {
		if (tact_lexicon_match (quoting, "header-block-field", lines->text[j], FALSE)) {
		    size_t start = i;

		    if (start > 0 && tact_lexicon_match (quoting, "header-block-separator",
							 lines->text[start - 1], FALSE))
			start--;
		    return start;
		}
	    }
	}
    }
    return lines->count;
}

static gboolean
attribution_at (const lines_t *lines, const tact_lexicon_t *quoting, size_t i,
		size_t end, size_t *after)
{
    g_autofree char *joined = NULL;

    if (tact_lexicon_match (quoting, "attribution", lines->text[i], FALSE)) {
	*after = i + 1;
	return TRUE;
    }
    if (i + 1 >= end || is_blank (lines->text[i + 1]) || is_quote_line (lines->text[i + 1]))
	return FALSE;
    joined = g_strconcat (lines->text[i], " ", lines->text[i + 1], NULL);
    if (tact_lexicon_match (quoting, "attribution", joined, FALSE)) {
	*after = i + 2;
	return TRUE;
    }
    return FALSE;
}

static void
mark (lines_t *lines, size_t from, size_t to, line_kind_t kind)
{
    for (size_t i = from; i < to && i < lines->count; i++)
	lines->kind[i] = kind;
}

/* Attribution lines above a quote belong to it; an attribution followed
 * by unquoted text (some clients quote without ">") starts a full
 * quote.  Returns the new end of the text. */
static size_t
mark_attributions (lines_t *lines, const tact_lexicon_t *quoting, size_t end)
{
    for (size_t i = 0; i < end; i++) {
	size_t after, k;

	if (lines->kind[i] != LINE_NEW || is_blank (lines->text[i]) ||
	    ! attribution_at (lines, quoting, i, end, &after))
	    continue;
	for (k = after; k < end && lines->kind[k] == LINE_NEW && is_blank (lines->text[k]); k++)
	    ;
	if (k >= end || lines->kind[k] == LINE_QUOTED) {
	    mark (lines, i, k, LINE_QUOTED);
	} else if (strpbrk (lines->text[i], "@0123456789")) {
	    mark (lines, i, lines->count, LINE_QUOTED);
	    return i;
	}
    }
    return end;
}

/* The signature delimiter or a device line starts a signature that
 * runs to the next quoted line. */
static void
mark_signature_lines (lines_t *lines, const tact_lexicon_t *quoting, size_t end)
{
    for (size_t i = 0; i < end; i++) {
	size_t j;

	if (lines->kind[i] != LINE_NEW)
	    continue;
	if (! tact_lexicon_match (quoting, "signature-delimiter", lines->text[i], FALSE) &&
	    ! tact_lexicon_match (quoting, "device-signature", lines->text[i], FALSE))
	    continue;
	for (j = i; j < end && lines->kind[j] == LINE_NEW; j++)
	    lines->kind[j] = LINE_SIGNATURE;
	i = j;
    }
}

static gboolean
is_sender_name (const char *line, const char *sender_name)
{
    g_autofree char *name = NULL;
    g_autofree char *first = NULL;
    g_autofree char *candidate = g_strstrip (g_strdup (line));
    char *space;

    if (! sender_name || ! *sender_name || strlen (candidate) > 40)
	return FALSE;
    while (*candidate == '-' || *candidate == '~')
	memmove (candidate, candidate + 1, strlen (candidate));
    g_strstrip (candidate);
    name = g_utf8_casefold (sender_name, -1);
    first = g_strdup (name);
    if ((space = strchr (first, ' ')))
	*space = '\0';
    {
	g_autofree char *folded = g_utf8_casefold (candidate, -1);
	size_t n = strlen (first);

	return ! strcmp (folded, name) ||
	    (n > 1 && ! strncmp (folded, first, n) &&
	     (folded[n] == '\0' || folded[n] == ' ') && strlen (folded) <= n + 4);
    }
}

/* A sign-off line ("Thanks,", "Best regards,") near the end of the new
 * text, with at most a few short lines (name, title, phone) after it,
 * starts the signature; so does the sender's name alone on the last
 * line. */
static void
mark_sign_off (lines_t *lines, const tact_lexicon_t *quoting, const char *sender_name)
{
    size_t last = lines->count, first_new = lines->count, seen = 0;

    for (size_t i = 0; i < lines->count; i++) {
	if (lines->kind[i] != LINE_NEW || is_blank (lines->text[i]))
	    continue;
	if (first_new == lines->count)
	    first_new = i;
	last = i;
    }
    if (last == lines->count)
	return;
    for (size_t i = last + 1; i-- > 0 && seen < 6;) {
	const char *line = lines->text[i];

	if (lines->kind[i] != LINE_NEW)
	    break;
	if (is_blank (line))
	    continue;
	seen++;
	if (i > first_new && tact_lexicon_match (quoting, "sign-off", line, FALSE)) {
	    mark (lines, i, last + 1, LINE_SIGNATURE);
	    return;
	}
	if (g_utf8_strlen (line, -1) > 70 || g_str_has_suffix (line, "?"))
	    break;
    }
    if (last > first_new && is_sender_name (lines->text[last], sender_name))
	lines->kind[last] = LINE_SIGNATURE;
}

/* The runs of lines of one kind, each trimmed of blank lines, joined
 * by one blank line. */
static char *
join_lines (const lines_t *lines, line_kind_t kind)
{
    GString *out = g_string_new (NULL);
    size_t i = 0;

    while (i < lines->count) {
	size_t start, end;

	while (i < lines->count && (lines->kind[i] != kind || is_blank (lines->text[i])))
	    i++;
	if (i >= lines->count)
	    break;
	start = i;
	while (i < lines->count && lines->kind[i] == kind)
	    i++;
	end = i;
	while (end > start && is_blank (lines->text[end - 1]))
	    end--;
	if (out->len > 0)
	    g_string_append (out, "\n\n");
	for (size_t k = start; k < end; k++) {
	    g_string_append (out, lines->text[k]);
	    if (k + 1 < end)
		g_string_append_c (out, '\n');
	}
    }
    if (out->len > 0)
	g_string_append_c (out, '\n');
    return g_string_free (out, FALSE);
}

void
tact_text_split (tact_split_t *split, const tact_lexicon_t *quoting,
		 const char *body, const char *sender_name)
{
    lines_t lines = { 0 };
    size_t end, length = strlen (body);

    lines.text = g_strsplit (body, "\n", -1);
    lines.count = g_strv_length (lines.text);
    if (lines.count > 0 && length > 0 && body[length - 1] == '\n')
	lines.count--;		/* the empty string after the last '\n' */
    lines.bytes = g_new0 (size_t, lines.count + 1);
    lines.kind = g_new0 (line_kind_t, lines.count + 1);
    for (size_t i = 0; i < lines.count; i++) {
	size_t n = strlen (lines.text[i]);

	lines.bytes[i] = n + (i + 1 < lines.count || body[length - 1] == '\n' ? 1 : 0);
    }

    end = find_full_quote (&lines, quoting);
    mark (&lines, end, lines.count, LINE_QUOTED);
    for (size_t i = 0; i < end; i++)
	if (is_quote_line (lines.text[i]))
	    lines.kind[i] = LINE_QUOTED;
    end = mark_attributions (&lines, quoting, end);
    mark_signature_lines (&lines, quoting, end);
    mark_sign_off (&lines, quoting, sender_name);

    split->quoted_bytes = 0;
    split->signature_bytes = 0;
    for (size_t i = 0; i < lines.count; i++) {
	if (lines.kind[i] == LINE_QUOTED)
	    split->quoted_bytes += lines.bytes[i];
	else if (lines.kind[i] == LINE_SIGNATURE)
	    split->signature_bytes += lines.bytes[i];
    }
    split->new_text = join_lines (&lines, LINE_NEW);
    split->signature = join_lines (&lines, LINE_SIGNATURE);

    g_strfreev (lines.text);
    g_free (lines.bytes);
    g_free (lines.kind);
}
