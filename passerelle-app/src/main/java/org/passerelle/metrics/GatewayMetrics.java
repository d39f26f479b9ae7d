package org.passerelle.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.passerelle.audit.AuditEvent;

import java.time.Duration;

/**
 * Prometheus metrics of the gateway: requests, latency, tokens and energy by endpoint, served
 * model, provider, decision and status. Labels take values from the configuration and the
 * pipeline only (an unknown model name is reported as {@code unknown}); never request content.
 * Fed from the same record as the audit event. Thread-safe.
 */
public final class GatewayMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public void record(AuditEvent event) {
        String model = event.servedModel() == null ? "unknown" : event.servedModel();
        String provider = event.provider() == null ? "none" : event.provider();
        String[] tags = {"endpoint", event.endpoint(), "model", model, "provider", provider, "decision", event.decision(),
                "status", Integer.toString(event.status())};
        Counter.builder("passerelle_requests").description("Model calls handled").tags(tags).register(registry).increment();
        Timer.builder("passerelle_request_duration").description("Time to answer a model call")
                .tags("endpoint", event.endpoint(), "model", model).publishPercentileHistogram()
                .register(registry).record(Duration.ofMillis(event.latencyMillis()));
        DistributionSummary.builder("passerelle_output_tokens").description("Tokens generated")
                .tags("model", model, "provider", provider).register(registry).record(event.outputTokens());
        if (event.energyWh() != null) {
            Counter.builder("passerelle_energy_wh").description("Estimated energy (EcoLogits, mean), Wh")
                    .tags("model", model, "provider", provider).register(registry).increment(event.energyWh());
            Counter.builder("passerelle_gwp_gco2eq").description("Estimated greenhouse-gas emissions (EcoLogits, mean), gCO2eq")
                    .tags("model", model, "provider", provider).register(registry).increment(event.gwpGrams());
        }
        if (event.sensitive()) {
            Counter.builder("passerelle_sensitive_requests").description("Requests classified sensitive")
                    .tags("decision", event.decision()).register(registry).increment();
        }
    }

    /** The Prometheus text exposition. */
    public String scrape() {
        return registry.scrape();
    }
}
