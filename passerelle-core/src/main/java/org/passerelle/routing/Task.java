package org.passerelle.routing;

import java.util.Locale;
import java.util.Optional;

/** What a request asks a model to do; frugal routing picks the smallest model good enough for it (R2). */
public enum Task {
    SUMMARY, TRANSLATION, CORRECTION, CODE, EXTRACTION, CLASSIFICATION, QUESTION_ANSWERING, CREATIVE_WRITING;

    /** The name used in configuration, {@code auto:<task>} and headers: {@code question-answering}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Task> parse(String id) {
        for (Task task : values()) {
            if (task.id().equals(id)) {
                return Optional.of(task);
            }
        }
        return Optional.empty();
    }
}
