package org.passerelle.api;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRouting;
import org.passerelle.audit.AuditLog;
import org.passerelle.auth.ApiKeys;
import org.passerelle.auth.Authenticator;
import org.passerelle.config.GatewayConfig;
import org.passerelle.detect.Detector;
import org.passerelle.footprint.DataCenter;
import org.passerelle.footprint.Footprint;
import org.passerelle.footprint.ModelSpec;
import org.passerelle.footprint.Range;
import org.passerelle.metrics.GatewayMetrics;
import org.passerelle.policy.Policy;
import org.passerelle.dataset.DatasetRegister;
import org.passerelle.registry.Registry;
import org.passerelle.usage.UsageHistory;
import org.passerelle.usage.UsageLedger;
import org.passerelle.store.Database;
import org.passerelle.upstream.Upstream;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The composition root of the server: builds every component from the configuration with
 * {@code new}, wires the routes, starts Helidon. Tests use the same wiring.
 */
public final class Gateway implements AutoCloseable {

    private final Database database;
    private final ApiKeys keys;
    private final AuditLog audit;
    private final WebServer server;
    private final InFlight inFlight;

    private final org.passerelle.upstream.embedded.EmbeddedProviders embedded;

    private Gateway(Database database, ApiKeys keys, AuditLog audit, WebServer server, InFlight inFlight,
                    org.passerelle.upstream.embedded.EmbeddedProviders embedded) {
        this.database = database;
        this.keys = keys;
        this.audit = audit;
        this.server = server;
        this.inFlight = inFlight;
        this.embedded = embedded;
    }

    /** The models this gateway runs in its own process (provider type embedded). */
    public List<org.passerelle.upstream.embedded.EmbeddedModel> embeddedModels() {
        return embedded.models();
    }

    /** How long shutdown waits for the requests in flight (streams included) to finish. */
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

    /** Opens the database, builds the components and starts listening ({@code port} 0: any free port). */
    public static Gateway start(GatewayConfig config, int port, Clock clock, String version) {
        return start(config, port, clock, version, Detector.withDefaults());
    }

    /** The same, with the detector given (tests inject a failing one to prove that detection fails closed). */
    static Gateway start(GatewayConfig configured, int port, Clock clock, String version, Detector detector) {
        org.passerelle.upstream.embedded.EmbeddedProviders embedded = org.passerelle.upstream.embedded.EmbeddedProviders.start(configured);
        GatewayConfig config = embedded.config();
        Database database;
        try {
            database = Database.open(config.storageUrl());
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
        try {
            ApiKeys keys = new ApiKeys(database.jdbi(), clock, new SecureRandom(), config.policy().training().required());
            Authenticator authenticator = new Authenticator(keys, clock, config.maxInvalidKeysPerMinute());
            org.passerelle.auth.Oidc oidc = config.oidc() == null ? null : new org.passerelle.auth.Oidc(config.oidc());
            org.passerelle.auth.OidcUsers oidcUsers = oidc == null ? null
                    : new org.passerelle.auth.OidcUsers(database.jdbi(), keys, oidc, clock);
            if (oidcUsers != null) {
                authenticator.acceptOidc(oidcUsers);
            }
            LoginEndpoints login = new LoginEndpoints(oidc, oidcUsers, database.jdbi(), clock);
            Footprint footprint = footprint(config);
            Policy policy = new Policy(config, footprint, clock);
            Upstream upstream = new Upstream(Duration.ofSeconds(5), config.upstreamTimeout());
            UsageLedger ledger = new UsageLedger(database.jdbi(), database.postgres(), clock);
            AuditLog audit = new AuditLog(database.jdbi(), 10_000, ledger,
                    config.dataDirectory() == null ? null : config.dataDirectory().resolve("spool"));
            GatewayMetrics metrics = new GatewayMetrics();
            ModelCalls calls = new ModelCalls(authenticator, detector, policy, upstream, footprint,
                    config.maxBodyBytes(), audit, metrics, clock, config.streamHeartbeat(), config.streamIdleTimeout(), ledger,
                    config.maxOutputTokens(), config.maxStreamsPerKey());
            Registry registry = new Registry(database.jdbi(), clock);
            Endpoints endpoints = new Endpoints(config, authenticator, detector, footprint, version, database, metrics, policy,
                    registry);
            UsageHistory history = new UsageHistory(database.jdbi());
            AccountEndpoints account = new AccountEndpoints(authenticator, keys, registry, ledger, config.policy(), history,
                    footprint, clock);
            AdminEndpoints admin = new AdminEndpoints(authenticator, keys, registry, ledger, config);
            DatasetEndpoints datasets = new DatasetEndpoints(authenticator,
                    new DatasetRegister(database.jdbi(), registry, clock), config.datasetRules(), clock);
            WebAssets web = new WebAssets();
            InFlight inFlight = new InFlight();
            ReportEndpoints reportEndpoints = new ReportEndpoints(authenticator, registry,
                    new org.passerelle.report.Reports(database.jdbi(), config, footprint, version));
            WebServer server = WebServer.builder()
                    .port(port)
                    .connectionOptions(options -> options.tcpNoDelay(true))
                    .routing(routing -> routes(routing, inFlight, calls, endpoints, account, admin, web, reportEndpoints,
                            datasets, login))
                    .build()
                    .start();
            return new Gateway(database, keys, audit, server, inFlight, embedded);
        } catch (RuntimeException e) {
            database.close();
            embedded.close();
            throw e;
        }
    }

    static void routes(HttpRouting.Builder routing, InFlight inFlight, ModelCalls calls, Endpoints endpoints,
                       AccountEndpoints account, AdminEndpoints admin, WebAssets web, ReportEndpoints reports,
                       DatasetEndpoints datasets, LoginEndpoints login) {
        routing.addFilter((chain, request, response) -> {
                    WebAssets.securityHeaders(response);
                    if (!inFlight.enter()) {
                        Json.sendError(response, new ApiError(503, "server_error", "shutting_down",
                                "The gateway is shutting down; try again in a moment.", null));
                        return;
                    }
                    try {
                        chain.proceed();
                    } finally {
                        inFlight.exit();
                    }
                })
                .get("/", guarded(web::serve))
                .get("/assets/*", guarded(web::serve))
                .post("/api/extract", guarded(endpoints::extract))
                .get("/api/statement", guarded(reports::statement))
                .get("/api/admin/report/footprint", guarded(reports::footprint))
                .get("/api/admin/audit/export", guarded(reports::export))
                .post("/api/admin/models/{id}/notes", guarded(reports::notes))
                .get("/api/usage/history", guarded(account::history))
                .get("/api/admin/providers", guarded(admin::providers))
                .get("/health", guarded(endpoints::health))
                .get("/training", guarded(account::trainingPage))
                .get("/api/training", guarded(account::trainingCatalogue))
                .get("/api/me", guarded(account::me))
                .get("/api/usage", guarded(account::usage))
                .get("/api/me/attestations", guarded(account::attestations))
                .post("/api/me/attestations", guarded(account::attest))
                .get("/api/admin/users", guarded(admin::users))
                .post("/api/admin/users", guarded(admin::createUser))
                .post("/api/admin/users/{name}", guarded(admin::updateUser))
                .get("/api/admin/teams", guarded(admin::teams))
                .post("/api/admin/teams", guarded(admin::createTeam))
                .get("/api/admin/keys", guarded(admin::keys))
                .post("/api/admin/keys", guarded(admin::createKey))
                .post("/api/admin/keys/{id}/revoke", guarded(admin::revokeKey))
                .post("/api/admin/keys/{id}/processing", guarded(admin::bindKey))
                .get("/api/admin/processings", guarded(admin::processings))
                .post("/api/admin/processings", guarded(admin::createProcessing))
                .get("/api/admin/attestations", guarded(admin::attestations))
                .post("/api/admin/attestations", guarded(admin::createAttestation))
                .get("/api/admin/quotas", guarded(admin::quotas))
                .post("/api/admin/quotas", guarded(admin::setQuota))
                .delete("/api/admin/quotas/{id}", guarded(admin::deleteQuota))
                .get("/api/admin/usage", guarded(admin::usage))
                .get("/api/auth", guarded(login::status))
                .get("/auth/login", guarded(login::login))
                .get("/auth/callback", guarded(login::callback))
                .get("/api/datasets", guarded(datasets::list))
                .post("/api/datasets", guarded(datasets::create))
                .get("/api/datasets/{name}", guarded(datasets::get))
                .post("/api/datasets/{name}", guarded(datasets::update))
                .get("/api/datasets/{name}/check", guarded(datasets::check))
                .get("/api/datasets/{name}/history", guarded(datasets::history))
                .post("/api/datasets/{name}/provenance", guarded(datasets::attach))
                .get("/v1/models", guarded(endpoints::models))
                .post("/v1/chat/completions", guarded(calls::chat))
                .post("/v1/completions", guarded(calls::completion))
                .post("/v1/embeddings", guarded(calls::embedding))
                .post("/api/scan", guarded(endpoints::scan))
                .post("/api/footprint", guarded(endpoints::footprint))
                .get("/api/admin/audit", guarded(endpoints::audit))
                .get("/metrics", guarded(endpoints::metrics));
    }

    /** Every failure of a handler becomes an OpenAI-style error, in one place ({@link Json#sendError}). */
    private static Handler guarded(Handler handler) {
        return (request, response) -> {
            try {
                handler.handle(request, response);
            } catch (Exception | StackOverflowError e) {
                Json.sendError(response, e);
            }
        };
    }

    /** The EcoLogits engine plus the configured models, on their providers' data centres. */
    public static Footprint footprint(GatewayConfig config) {
        Map<String, DataCenter> centers = new HashMap<>();
        for (GatewayConfig.Provider provider : config.providers()) {
            // Local and internal providers default to France (the loader fills it in); an external one
            // whose zone is not configured is estimated on the world mix rather than guessed.
            String zone = provider.zone() != null ? provider.zone() : "WOR";
            centers.put(provider.id(), DataCenter.onPremises(zone, provider.pue(), provider.wue()));
        }
        List<ModelSpec> models = config.models().stream()
                .map(model -> new ModelSpec(model.provider(), model.id(), Range.of(model.activeParameters()),
                        Range.of(model.parameters()), null, null, List.of()))
                .toList();
        return Footprint.ecologits().withDeclared(models, centers);
    }

    public int port() {
        return server.port();
    }

    public ApiKeys keys() {
        return keys;
    }

    /** Waits until this gateway has written the audit events (and usage) of {@code requests} model requests in all. */
    public void awaitAudited(long requests) throws InterruptedException {
        audit.awaitWritten(requests);
    }

    /** Waits until {@code events} audit events have been spooled to disk (the database being unavailable). */
    public void awaitSpooled(long events) throws InterruptedException {
        audit.awaitSpooled(events);
    }

    public Database database() {
        return database;
    }

    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Refuses new requests, lets those in flight finish (streams included, {@link #SHUTDOWN_GRACE}
     * at most), stops the server, writes the audit events still queued, closes the database.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return; // closing twice (a shutdown hook after an explicit close) is harmless
        }
        inFlight.drain(SHUTDOWN_GRACE);
        server.stop();
        embedded.close();
        audit.close();
        database.close();
    }
}
