package org.passerelle.extract;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.passerelle.PasserelleException;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Extracts the text of a document (PDF, DOCX, ODT, XLSX, CSV, HTML, plain text...) with Apache
 * Tika, in memory: nothing is written to disk and nothing is kept. Inputs over the byte limit, or
 * whose text exceeds the character limit, are refused rather than truncated, because a scan of
 * half a document would say nothing about the other half. Thread-safe.
 */
public final class TextExtractor {

    /** Default limits: 50 MB of input, 20 million characters of text. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    public static final int DEFAULT_MAX_CHARS = 20_000_000;

    private final long maxBytes;
    private final int maxChars;
    private final AutoDetectParser parser = new AutoDetectParser();

    public TextExtractor(long maxBytes, int maxChars) {
        this.maxBytes = maxBytes;
        this.maxChars = maxChars;
    }

    public static TextExtractor withDefaults() {
        return new TextExtractor(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS);
    }

    /**
     * @param name the document's name, a hint for type detection (never logged)
     * @throws UnreadableDocumentException when the document is too large, encrypted or corrupt
     */
    public ExtractedText extract(String name, InputStream input) {
        byte[] bytes;
        try {
            bytes = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UnreadableDocumentException("unreadable-document", "the document could not be read ("
                    + e.getClass().getSimpleName() + ")", PasserelleException.Kind.UNAVAILABLE);
        }
        if (bytes.length > maxBytes) {
            throw new UnreadableDocumentException("document-too-large", "the document is larger than the limit of "
                    + maxBytes + " bytes", PasserelleException.Kind.INVALID_INPUT);
        }
        return extract(name, bytes);
    }

    public ExtractedText extract(String name, byte[] bytes) {
        Metadata metadata = new Metadata();
        if (name != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
            if (plainTextName(name)) {
                // the user's word for it: a note that starts "From: ..." is read whole as text, not as
                // an e-mail whose malformed headers would swallow the body
                metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, "text/plain");
            }
        }
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        try (InputStream stream = new ByteArrayInputStream(bytes)) {
            parser.parse(stream, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException("encrypted-document",
                    "the document is encrypted or password-protected; decrypt it first", PasserelleException.Kind.INVALID_INPUT);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new UnreadableDocumentException("document-too-large", "the document's text is longer than the limit of "
                        + maxChars + " characters", PasserelleException.Kind.INVALID_INPUT);
            }
            throw corrupt(e);
        } catch (TikaException | IOException | RuntimeException e) {
            throw corrupt(e);
        }
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (unread(metadata, type)) {
            // fail closed: an SPSS file or a photo read as no text would otherwise scan as "not sensitive"
            throw new UnreadableDocumentException("unsupported-document", "documents of type "
                    + (type == null ? "unknown" : type) + " hold no text Passerelle can read; export the data as CSV, "
                    + "a spreadsheet or text and scan that", PasserelleException.Kind.INVALID_INPUT);
        }
        String text = type != null && type.startsWith("message/") ? headers(metadata) + handler : handler.toString();
        return new ExtractedText(text, type == null ? "application/octet-stream" : type, bytes.length);
    }

    /**
     * Whether no parser read the document's content: a type Tika has no parser for (a statistics
     * package's data file, an unknown binary), or a picture, a sound or a video, whose words (a
     * photographed prescription) need a recognition this service does not do.
     */
    private static boolean unread(Metadata metadata, String type) {
        for (String parser : metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY)) {
            if (parser.equals(EmptyParser.class.getName())) {
                return true;
            }
        }
        return type != null && (type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/"));
    }

    private static final List<String> PLAIN_TEXT_EXTENSIONS = List.of(".txt", ".text", ".md", ".log");

    private static boolean plainTextName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return PLAIN_TEXT_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /** An e-mail's header fields, as a mail client shows them above the body (Tika keeps them out of the text). */
    private static final String[][] MAIL_HEADERS = {{"From", "Message-From"}, {"To", "Message-To"}, {"Cc", "Message-Cc"},
        {"Bcc", "Message-Bcc"}, {"Subject", TikaCoreProperties.SUBJECT.getName()}};

    /**
     * The sender, recipients and subject of an e-mail as lines before its body: they name people
     * and patients as often as the body does, so they are shown and scanned with it.
     */
    private static String headers(Metadata metadata) {
        StringBuilder lines = new StringBuilder();
        for (String[] header : MAIL_HEADERS) {
            String[] values = metadata.getValues(header[1]);
            if (values.length > 0) {
                lines.append(header[0]).append(": ").append(String.join(", ", values)).append('\n');
            }
        }
        return lines.isEmpty() ? "" : lines.append('\n').toString();
    }

    private static UnreadableDocumentException corrupt(Exception e) {
        Throwable cause = e.getCause() instanceof EncryptedDocumentException ? e.getCause() : e;
        if (cause instanceof EncryptedDocumentException) {
            return new UnreadableDocumentException("encrypted-document",
                    "the document is encrypted or password-protected; decrypt it first", PasserelleException.Kind.INVALID_INPUT);
        }
        return new UnreadableDocumentException("unreadable-document", "the document could not be parsed ("
                + e.getClass().getSimpleName() + "); is it damaged or of an unsupported type?",
                PasserelleException.Kind.INVALID_INPUT);
    }
}
