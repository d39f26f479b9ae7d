package org.passerelle.report;

import org.passerelle.audit.AuditEvent;
import org.passerelle.footprint.Estimate;
import org.passerelle.footprint.EstimateRequest;
import org.passerelle.footprint.Footprint;
import org.passerelle.footprint.Profile;
import org.passerelle.footprint.Range;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The footprint of answered requests, from the audit trail, grouped by any of user, team,
 * project, model and month: requests, output tokens, energy and emissions (sum of the means, with
 * the sums of the minima and maxima as the range), and what the same answers would have emitted
 * on the source document's large external models. Totals are the sums of the audited events.
 */
public final class FootprintReport {

    public enum Dimension {
        USER, TEAM, PROJECT, MODEL, MONTH;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Dimension parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new org.passerelle.PasserelleException(org.passerelle.PasserelleException.Kind.INVALID_INPUT,
                        "invalid-dimension", "unknown grouping '" + text.strip() + "' (user, team, project, model or month)");
            }
        }
    }

    /** Who an event's user is: their name and team, for grouping. */
    public record Person(String name, String team) {
    }

    /**
     * One group: its keys (in the order of {@code by}) and what its requests consumed: the sums of
     * the events' mean estimates, and of their minima and maxima as the range.
     */
    public record Line(List<String> keys, long requests, long outputTokens, double energyWh, Range energyRange,
                       double gwpGrams, Range gwpRange, Map<String, Double> equivalentGrams) {
    }

    public record Report(List<Dimension> by, List<Line> lines, Line total) {
    }

    private FootprintReport() {
    }

    /** Groups the answered requests among {@code events}. */
    public static Report build(List<AuditEvent> events, List<Dimension> by, Map<String, Person> people, Footprint footprint) {
        Map<List<String>, Accumulator> groups = new TreeMap<>(FootprintReport::compareKeys);
        Accumulator total = new Accumulator();
        Map<Long, double[]> equivalents = new HashMap<>();
        for (AuditEvent event : events) {
            if (!FootprintSum.answered(event)) {
                continue;
            }
            List<String> keys = new ArrayList<>(by.size());
            for (Dimension dimension : by) {
                keys.add(key(dimension, event, people));
            }
            double[] equivalent = equivalents.computeIfAbsent(event.outputTokens(), tokens -> equivalent(footprint, tokens));
            groups.computeIfAbsent(keys, k -> new Accumulator()).add(event, equivalent);
            total.add(event, equivalent);
        }
        List<Line> lines = new ArrayList<>();
        groups.forEach((keys, accumulator) -> lines.add(accumulator.line(keys)));
        return new Report(List.copyOf(by), lines, total.line(List.of()));
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int order = a.get(i).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static String key(Dimension dimension, AuditEvent event, Map<String, Person> people) {
        Person person = people.getOrDefault(event.userId(), new Person("(unknown)", null));
        return switch (dimension) {
            case USER -> person.name();
            case TEAM -> person.team() == null ? "(no team)" : person.team();
            case PROJECT -> event.context().project() == null ? "(no project)" : event.context().project();
            case MODEL -> event.servedModel();
            case MONTH -> event.occurredAt().atOffset(ZoneOffset.UTC).toLocalDate().toString().substring(0, 7);
        };
    }

    /** gCO2eq of an answer of this many tokens on each of the source document's models. */
    private static double[] equivalent(Footprint footprint, long tokens) {
        double[] grams = new double[Footprint.SOURCE_DOCUMENT_MODELS.size()];
        for (int i = 0; i < grams.length; i++) {
            String[] parts = Footprint.SOURCE_DOCUMENT_MODELS.get(i).split("/", 2);
            if (footprint.estimate(new EstimateRequest(parts[0], parts[1], tokens, Double.POSITIVE_INFINITY, null,
                    Profile.V0_10, null)) instanceof Estimate.Computed computed) {
                grams[i] = computed.impacts().gwp().mean() * 1000;
            }
        }
        return grams;
    }

    private static final class Accumulator {
        long requests;
        long tokens;
        final FootprintSum sum = new FootprintSum();
        final double[] equivalent = new double[Footprint.SOURCE_DOCUMENT_MODELS.size()];

        void add(AuditEvent event, double[] equivalentGrams) {
            requests++;
            tokens += event.outputTokens();
            sum.add(event);
            for (int i = 0; i < equivalent.length; i++) {
                equivalent[i] += equivalentGrams[i];
            }
        }

        Line line(List<String> keys) {
            Map<String, Double> equivalents = new LinkedHashMap<>();
            for (int i = 0; i < equivalent.length; i++) {
                equivalents.put(Footprint.SOURCE_DOCUMENT_MODELS.get(i), equivalent[i]);
            }
            return new Line(List.copyOf(keys), requests, tokens, sum.energyWh,
                    new Range(Math.min(sum.energyWhMin, sum.energyWh), Math.max(sum.energyWhMax, sum.energyWh)), sum.gwpGrams,
                    new Range(Math.min(sum.gwpGramsMin, sum.gwpGrams), Math.max(sum.gwpGramsMax, sum.gwpGrams)), equivalents);
        }
    }

    /** The report as CSV: the grouping columns, then the figures; the last line is the total. */
    public static String csv(Report report) {
        StringBuilder csv = new StringBuilder();
        for (Dimension dimension : report.by()) {
            csv.append(dimension.id()).append(',');
        }
        csv.append("requests,output_tokens,energy_wh,energy_wh_min,energy_wh_max,gco2eq,gco2eq_min,gco2eq_max");
        for (String model : Footprint.SOURCE_DOCUMENT_MODELS) {
            csv.append(",equivalent_gco2eq_").append(model.replace('/', '_'));
        }
        csv.append('\n');
        for (Line line : report.lines()) {
            row(csv, line.keys(), line);
        }
        List<String> totalKeys = new ArrayList<>();
        for (int i = 0; i < report.by().size(); i++) {
            totalKeys.add(i == 0 ? "TOTAL" : "");
        }
        row(csv, totalKeys, report.total());
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> keys, Line line) {
        for (String key : keys) {
            csv.append(cell(key)).append(',');
        }
        csv.append(line.requests()).append(',').append(line.outputTokens()).append(',').append(line.energyWh()).append(',')
                .append(line.energyRange().min()).append(',').append(line.energyRange().max()).append(',')
                .append(line.gwpGrams()).append(',').append(line.gwpRange().min()).append(',').append(line.gwpRange().max());
        line.equivalentGrams().values().forEach(grams -> csv.append(',').append(grams));
        csv.append('\n');
    }

    /** A CSV cell, quoted when it holds a separator, a quote or a line break; a leading formula sign is neutralised. */
    static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
