# quoting.lex - how tact tells what a sender newly wrote from what they
# quoted and from their signature.  Format: see lexicon.h / tact-lexicon(5):
# [section] headers, then "name = pattern" lines; a pattern is a
# Perl-compatible regular expression matched case-insensitively against
# one line of the body (leading and trailing spaces of a pattern are not
# kept: write \s).

# A line that starts quoted history which runs to the end of the body
# (top-posting over a full quote, forwarded mail).
[quote-start]
outlook-original = ^\s*-{2,}\s*(Original Message|Urspr(ü|u)ngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale|Oorspronkelijk bericht)\s*-{2,}\s*$
forwarded = ^\s*-{2,}\s*(Forwarded message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado|Messaggio inoltrato)\s*-{0,}\s*$
apple-forward = ^\s*Begin forwarded message:\s*$

# A header line that may open a quoted header block (Outlook, Apple Mail)
# when a [header-block-field] line follows within a few lines.
[header-block-start]
from = ^\s*\*?(From|Von|De|Da|Van)\s*:\*?\s+\S

[header-block-field]
sent = ^\s*\*?(Sent|Date|Gesendet|Datum|Envoyé|Enviado|Fecha|Inviato|Data|Verzonden)\s*:\*?\s
to = ^\s*\*?(To|An|À|A|Para|Aan)\s*:\*?\s
subject = ^\s*\*?(Subject|Betreff|Objet|Asunto|Oggetto|Onderwerp|Assunto)\s*:\*?\s

# A separator line just above a header block belongs to the quote.
[header-block-separator]
underscores = ^\s*_{8,}\s*$
dashes = ^\s*-{8,}\s*$

# An attribution line above a quote ("On ... wrote:"); also tried on two
# lines joined with a space, for attributions a client wrapped.
[attribution]
english = ^\s*On\s.{4,}\bwrote\s*:\s*$
english-short = ^\s*.{2,80}\swrote\s*:\s*$
german = ^\s*Am\s.{4,}\bschrieb\b.*:\s*$
french = ^\s*Le\s.{4,}\ba\s+écrit\s*:\s*$
spanish = ^\s*El\s.{4,}\bescribió\s*:\s*$
italian = ^\s*Il\s.{4,}\bha\s+scritto\s*:\s*$
dutch = ^\s*Op\s.{4,}\bschreef\b.*:\s*$
portuguese = ^\s*Em\s.{4,}\bescreveu\s*:\s*$
# Gmail in many languages: "date, Name <address>:" with no verb
address-colon = ^.{4,100}<[^<>\s@]+@[^<>\s]+>\s*:\s*$

# The signature delimiter: everything after it is signature.
[signature-delimiter]
dash-dash-space = ^--\s?$
underscores = ^_{2,}$

# A line a device or client appends: it and what follows are signature.
[device-signature]
sent-from = ^\s*Sent from my\s.{2,40}$
sent-from-outlook = ^\s*(Get|Download) Outlook for\s.{2,30}$
sent-with = ^\s*Sent (with|via|using)\s.{2,40}$
german = ^\s*(Von meinem|Gesendet von meinem)\s.{2,40}(gesendet)?\s*$
french = ^\s*Envoyé de mon\s.{2,40}$
spanish = ^\s*Enviado desde mi\s.{2,40}$
italian = ^\s*Inviato da\s.{2,40}$

# A line that is nothing but a sign-off; near the end of the new text it
# starts the signature block (with the name and title lines after it).
[sign-off]
english = ^\s*((many |warm(est)? |kind(est)? |best |with |all (my|the) )?(thanks|thank you|regards|wishes)( again| so much| a lot| in advance| and regards| & regards)?|warmly|cheers|best|all the best|sincerely( yours)?|yours( truly| sincerely| faithfully)?|respectfully|cordially|take care|talk soon|speak soon|have a (nice|great|good) (day|weekend)|love|hugs|rgds|br|kr|thx|ty)\s*[,.!]*\s*$
german = ^\s*(danke|vielen dank|viele grüße|beste grüße|liebe grüße|mit freundlichen grüßen|freundliche grüße|grüße|gruß|mfg|lg)\s*[,.!]*\s*$
french = ^\s*(merci|merci beaucoup|cordialement|bien cordialement|bien à vous|salutations|amitiés|bonne journée)\s*[,.!]*\s*$
spanish = ^\s*(gracias|muchas gracias|saludos|un saludo|atentamente|cordialmente|un abrazo)\s*[,.!]*\s*$
italian = ^\s*(grazie( mille)?|cordiali saluti|distinti saluti|saluti|un saluto|a presto)\s*[,.!]*\s*$
portuguese = ^\s*(obrigad[oa]|muito obrigad[oa]|atenciosamente|cumprimentos|abraços|um abraço|att)\s*[,.!]*\s*$
dutch = ^\s*(bedankt|dank je( wel)?|met vriendelijke groet(en)?|vriendelijke groet(en)?|groeten|groetjes)\s*[,.!]*\s*$
russian = ^\s*(с уважением|спасибо|заранее спасибо|всего доброго|с наилучшими пожеланиями)\s*[,.!]*\s*$
polish = ^\s*(pozdrawiam|z poważaniem|dziękuję)\s*[,.!]*\s*$
