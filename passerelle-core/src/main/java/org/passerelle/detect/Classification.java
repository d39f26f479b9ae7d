package org.passerelle.detect;

import java.util.Set;

/**
 * The document-level decision: sensitive or not, and why.
 *
 * @param sensitive whether the text may only go to local or internal models
 * @param reasons   why; empty when not sensitive
 */
public record Classification(boolean sensitive, Set<Reason> reasons) {

    public Classification {
        reasons = Set.copyOf(reasons);
        if (sensitive == reasons.isEmpty()) {
            throw new IllegalArgumentException("a sensitive text needs a reason, and only a sensitive one");
        }
    }

    public static Classification notSensitive() {
        return new Classification(false, Set.of());
    }
}
