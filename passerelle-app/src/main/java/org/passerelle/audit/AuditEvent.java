package org.passerelle.audit;

import java.time.Instant;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * One request as the audit trail remembers it: metadata only. There is no field for content,
 * and {@code labels} holds kinds of sensitive data with counts ({@code LAST_NAME:2,NIR:1}).
 *
 * @param id             event id
 * @param occurredAt     when the request was answered
 * @param userId         who (null when unauthenticated)
 * @param keyId          with which key
 * @param endpoint       e.g. {@code /v1/chat/completions}
 * @param requestedModel the model asked for
 * @param servedModel    the model that answered (null when none did)
 * @param provider       provider of the served model
 * @param hosting        its hosting class
 * @param decision       allow, reroute, refuse or error
 * @param reason         a stable code: {@code sensitive_data}, {@code upstream_unreachable}...
 * @param sensitive      whether the request was classified sensitive
 * @param labels         sensitive-data labels and counts
 * @param outputTokens   tokens generated
 * @param latencyMillis  total time to answer
 * @param energyWh       mean energy estimate, or null
 * @param gwpGrams       mean GWP estimate in gCO2eq, or null
 * @param status         HTTP status answered
 * @param context        what transparency reports need: project, task, temperature, footprint range
 */
public record AuditEvent(String id, Instant occurredAt, String userId, String keyId, String endpoint,
                         String requestedModel, String servedModel, String provider, String hosting, String decision,
                         String reason, boolean sensitive, Map<String, Integer> labels, long outputTokens,
                         long latencyMillis, Double energyWh, Double gwpGrams, int status, Context context) {

    /**
     * The facts added for transparency (issue 7); all may be null.
     *
     * @param project     the project the request was tagged with (header, key or user default)
     * @param task        the task recognised or named (summary, code...)
     * @param temperature the sampling temperature the request asked for
     * @param energyWhMin lower bound of the energy estimate, Wh
     * @param energyWhMax upper bound
     * @param gwpGramsMin lower bound of the emissions estimate, gCO2eq
     * @param gwpGramsMax upper bound
     */
    public record Context(String project, String task, Double temperature, Double energyWhMin, Double energyWhMax,
                          Double gwpGramsMin, Double gwpGramsMax) {
        public static final Context NONE = new Context(null, null, null, null, null, null, null);
    }

    public AuditEvent {
        labels = Map.copyOf(labels);
        context = context == null ? Context.NONE : context;
        // The database keeps milliseconds: hash what will be read back.
        occurredAt = occurredAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** Labels as {@link #labelsText()} writes them ({@code LAST_NAME:2,NIR:1}), read back. */
    static Map<String, Integer> parseLabels(String text) {
        Map<String, Integer> labels = new java.util.LinkedHashMap<>();
        if (text != null && !text.isEmpty()) {
            for (String pair : text.split(",")) {
                int colon = pair.indexOf(':');
                labels.put(pair.substring(0, colon), Integer.parseInt(pair.substring(colon + 1)));
            }
        }
        return labels;
    }

    /** Labels as stored: sorted {@code LABEL:count} pairs. */
    public String labelsText() {
        StringJoiner joiner = new StringJoiner(",");
        new TreeMap<>(labels).forEach((label, count) -> joiner.add(label + ":" + count));
        return joiner.toString();
    }

    /** The text the hash covers: every field, in a fixed order, separated by a character no field holds. */
    String canonical(long seq) {
        String base = String.join("\u001f", Long.toString(seq), id, occurredAt.toString(), String.valueOf(userId),
                String.valueOf(keyId), endpoint, String.valueOf(requestedModel), String.valueOf(servedModel),
                String.valueOf(provider), String.valueOf(hosting), decision, String.valueOf(reason),
                Boolean.toString(sensitive), labelsText(), Long.toString(outputTokens), Long.toString(latencyMillis),
                String.valueOf(energyWh), String.valueOf(gwpGrams), Integer.toString(status));
        if (context.equals(Context.NONE)) {
            return base; // events written before these facts existed keep their hashes
        }
        return String.join("\u001f", base, String.valueOf(context.project()), String.valueOf(context.task()),
                String.valueOf(context.temperature()), String.valueOf(context.energyWhMin()),
                String.valueOf(context.energyWhMax()), String.valueOf(context.gwpGramsMin()),
                String.valueOf(context.gwpGramsMax()));
    }
}
