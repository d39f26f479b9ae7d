package org.passerelle.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.passerelle.audit.AuditEvent;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prometheus metrics of the gateway: requests, latency, tokens and energy by endpoint, served
 * model, provider, decision and status. Labels take values from the configuration and the
 * pipeline only (an unknown model name is reported as {@code unknown}); never request content.
 * Fed from the same record as the audit event. Thread-safe.
 */
public final class GatewayMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** The meters of each label combination, built on first use; requests only look them up. */
    private final ConcurrentHashMap<Key, Meters> meters = new ConcurrentHashMap<>();

    private record Key(String endpoint, String model, String provider, String decision, int status, boolean sensitive) {
    }

    private record Meters(Counter requests, Timer duration, DistributionSummary tokens, Counter energy, Counter gwp,
                          Counter sensitive) {
    }

    public void record(AuditEvent event) {
        Key key = new Key(event.endpoint(), event.servedModel() == null ? "unknown" : event.servedModel(),
                event.provider() == null ? "none" : event.provider(), event.decision(), event.status(), event.sensitive());
        Meters meter = meters.computeIfAbsent(key, this::register);
        meter.requests().increment();
        meter.duration().record(Duration.ofMillis(event.latencyMillis()));
        meter.tokens().record(event.outputTokens());
        if (event.energyWh() != null) {
            meter.energy().increment(event.energyWh());
            meter.gwp().increment(event.gwpGrams());
        }
        if (meter.sensitive() != null) {
            meter.sensitive().increment();
        }
    }

    private Meters register(Key key) {
        String status = Integer.toString(key.status());
        return new Meters(
                Counter.builder("passerelle_requests").description("Model calls handled")
                        .tags("endpoint", key.endpoint(), "model", key.model(), "provider", key.provider(),
                                "decision", key.decision(), "status", status).register(registry),
                Timer.builder("passerelle_request_duration").description("Time to answer a model call")
                        .tags("endpoint", key.endpoint(), "model", key.model()).publishPercentileHistogram()
                        .register(registry),
                DistributionSummary.builder("passerelle_output_tokens").description("Tokens generated")
                        .tags("model", key.model(), "provider", key.provider()).register(registry),
                Counter.builder("passerelle_energy_wh").description("Estimated energy (EcoLogits, mean), Wh")
                        .tags("model", key.model(), "provider", key.provider()).register(registry),
                Counter.builder("passerelle_gwp_gco2eq").description("Estimated greenhouse-gas emissions (EcoLogits, mean), gCO2eq")
                        .tags("model", key.model(), "provider", key.provider()).register(registry),
                key.sensitive() ? Counter.builder("passerelle_sensitive_requests").description("Requests classified sensitive")
                        .tags("decision", key.decision()).register(registry) : null);
    }

    /** The Prometheus text exposition. */
    public String scrape() {
        return registry.scrape();
    }
}
