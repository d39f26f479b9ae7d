package org.passerelle.detect;

/** Why a document is sensitive (docs/detection-labels.md), plus the fail-closed case. */
public enum Reason {
    /** Health information about an identifiable person. */
    NOMINATIVE_HEALTH,
    /** Health information about a person known by a code. */
    PSEUDONYMISED_HEALTH,
    /** Results, manuscripts or trial data before publication. */
    UNPUBLISHED,
    /** Under a confidentiality agreement, strategic. */
    CONFIDENTIAL,
    /** Patent-sensitive or proprietary material. */
    INTELLECTUAL_PROPERTY,
    /** The text could not be fully analysed; treated as sensitive (fail closed). */
    DETECTION_FAILED
}
