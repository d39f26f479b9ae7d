package org.passerelle.detect;

/**
 * Why a span was reported: which recognizer, which of its rules, and what raised or lowered the
 * score. Built only from the detector's own vocabulary, never from the text analysed, so that it
 * can be logged, stored and shown anywhere.
 *
 * @param recognizer the recognizer's id, e.g. {@code nir}
 * @param rule       the rule that matched, e.g. {@code valid-key} or {@code context-keyword}
 */
public record Explanation(String recognizer, String rule) {

    @Override
    public String toString() {
        return recognizer + "/" + rule;
    }
}
