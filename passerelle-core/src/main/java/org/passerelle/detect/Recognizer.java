package org.passerelle.detect;

import java.util.List;

/**
 * Finds spans of one or a few labels in a document. Implementations are stateless after
 * construction and thread-safe; they never throw on any input and report spans inside the text.
 */
public interface Recognizer {

    /** A short, stable id used in explanations, e.g. {@code nir}. */
    String id();

    /** The labels this recognizer can report. */
    List<Label> labels();

    /** Adds what it finds to {@code out}. Overlaps with other recognizers are resolved later. */
    void recognize(Document document, List<Finding> out);
}
