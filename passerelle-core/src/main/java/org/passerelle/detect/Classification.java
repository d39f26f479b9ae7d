package org.passerelle.detect;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The document-level decision: sensitive or not, and why.
 *
 * @param sensitive whether the text may only go to local or internal models
 * @param reasons   why; empty when not sensitive; iterated in the order of {@link Reason}, so that
 *                  reports and JSON list them the same way in every run
 */
public record Classification(boolean sensitive, Set<Reason> reasons) {

    public Classification {
        reasons = reasons.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(reasons));
        if (sensitive == reasons.isEmpty()) {
            throw new IllegalArgumentException("a sensitive text needs a reason, and only a sensitive one");
        }
    }

    public static Classification notSensitive() {
        return new Classification(false, Set.of());
    }
}
