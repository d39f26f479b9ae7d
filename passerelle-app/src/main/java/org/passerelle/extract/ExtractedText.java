package org.passerelle.extract;

/**
 * The text of a document and what Tika recognised it as.
 *
 * @param text        the plain text
 * @param contentType detected media type, e.g. {@code application/pdf}
 * @param bytes       size of the original document
 */
public record ExtractedText(String text, String contentType, long bytes) {
}
