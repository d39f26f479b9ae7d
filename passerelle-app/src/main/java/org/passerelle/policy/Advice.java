package org.passerelle.policy;

import org.passerelle.config.GatewayConfig;
import org.passerelle.routing.Task;

/**
 * What an answer says beside the model's text (never altering it): the task recognised, the
 * "expert review required" notice of code answers (R4), a more frugal model that would have done
 * (R2), the hint that classical machine learning suits tabular prediction or clustering (R2), and
 * how {@code auto} chose.
 *
 * @param task         the task recognised or named ({@code auto:<task>}); null for embeddings
 * @param expertReview the request asks for code: its answer must be reviewed by an expert
 * @param classicalMl  the request looks like tabular prediction or clustering
 * @param suggestion   a smaller allowed model good enough for the task, or null
 * @param route        how {@code auto} chose, or null when a model was named
 */
public record Advice(Task task, boolean expertReview, boolean classicalMl, GatewayConfig.Model suggestion,
                     String route) {

    public static final Advice NONE = new Advice(null, false, false, null, null);
}
