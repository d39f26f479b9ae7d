package org.passerelle.api;

import org.passerelle.audit.AuditEvent;
import org.passerelle.auth.Caller;
import org.passerelle.detect.Analysis;
import org.passerelle.footprint.Estimate;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a request's audit event will say, filled in as the request goes through the pipeline and
 * turned into an {@link AuditEvent} at the end, whatever the outcome. Holds no content. One per
 * request; not thread-safe.
 */
final class RequestRecord {

    private final String endpoint;
    /** The audit event's id, also sent to the client (X-Passerelle-Request-Id) so that it can label what it got. */
    final String id = UUID.randomUUID().toString();
    String project;
    String task;
    Double temperature;
    private final long startedNanos = System.nanoTime();
    Caller caller;
    String requestedModel;
    Provenance provenance;
    Analysis analysis;
    long outputTokens;
    long promptTokens;
    boolean requestCounted;
    Estimate estimate;
    String decision = "error";
    String reason;
    int status = 200;

    RequestRecord(String endpoint) {
        this.endpoint = endpoint;
    }

    void failed(Throwable failure) {
        Json.Failure described = Json.describe(failure);
        status = described.status();
        reason = described.code();
        if (status == 403 && "policy_error".equals(described.type())) {
            decision = "refuse";
        }
    }

    /** What this request consumed, for its user's and team's usage counters; null when unauthenticated. */
    org.passerelle.usage.UsageLedger.Charge charge(java.time.LocalDate day) {
        if (caller == null) {
            return null;
        }
        double energy = 0;
        double gwp = 0;
        if (estimate instanceof Estimate.Computed computed) {
            energy = computed.impacts().energy().mean() * 1000;
            gwp = computed.impacts().gwp().mean() * 1000;
        }
        boolean served = provenance != null && estimate != null;
        if (!served && !requestCounted) {
            return null; // refused or failed before any model answered: nothing consumed
        }
        return new org.passerelle.usage.UsageLedger.Charge(caller.userId(), caller.teamId(), day,
                served ? promptTokens + outputTokens : 0, energy, gwp, requestCounted);
    }

    AuditEvent toEvent(Clock clock) {
        Map<String, Integer> labels = new TreeMap<>();
        if (analysis != null) {
            analysis.counts().forEach((label, count) -> labels.put(label.name(), count));
        }
        Double energy = null;
        Double gwp = null;
        AuditEvent.Context context = new AuditEvent.Context(project, task, temperature, null, null, null, null);
        if (estimate instanceof Estimate.Computed computed) {
            energy = computed.impacts().energy().mean() * 1000;
            gwp = computed.impacts().gwp().mean() * 1000;
            context = new AuditEvent.Context(project, task, temperature, computed.impacts().energy().min() * 1000,
                    computed.impacts().energy().max() * 1000, computed.impacts().gwp().min() * 1000,
                    computed.impacts().gwp().max() * 1000);
        }
        return new AuditEvent(id, clock.instant(), caller == null ? null : caller.userId(),
                caller == null ? null : caller.keyId(), endpoint, requestedModel,
                provenance == null ? null : provenance.model().id(), provenance == null ? null : provenance.provider().id(),
                provenance == null ? null : provenance.provider().hosting().id(), decision, reason,
                analysis != null && analysis.classification().sensitive(), labels, outputTokens,
                (System.nanoTime() - startedNanos) / 1_000_000, energy, gwp, status, context);
    }
}
