package org.passerelle.api;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The web page: {@code /} and {@code /assets/...}, read once from the jar. Only the files listed
 * here are served (no path is ever resolved from the request), the page's own and the libraries'
 * (WebJars: marked, DOMPurify, highlight.js, Chart.js), so that nothing comes from a CDN.
 */
final class WebAssets {

    private record Asset(byte[] bytes, String contentType) {
    }

    private static final String WEB = "/org/passerelle/web/";
    private static final String WEBJARS = "/META-INF/resources/webjars/";

    private final Map<String, Asset> assets = new HashMap<>();

    WebAssets() {
        add("/", WEB + "index.html");
        add("/assets/app.js", WEB + "app.js");
        add("/assets/app.css", WEB + "app.css");
        add("/assets/vendor/marked.min.js", WEBJARS + "marked/15.0.7/marked.min.js");
        add("/assets/vendor/purify.min.js", WEBJARS + "dompurify/3.2.4/dist/purify.min.js");
        add("/assets/vendor/highlight.min.js", WEBJARS + "highlightjs/11.10.0/highlight.min.js");
        add("/assets/vendor/highlight-github.min.css", WEBJARS + "highlightjs/11.10.0/styles/github.min.css");
        add("/assets/vendor/chart.umd.js", WEBJARS + "chart.js/4.4.7/dist/chart.umd.js");
    }

    private void add(String path, String resource) {
        try (InputStream in = WebAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the web page's file " + resource + " is missing from the jar");
            }
            assets.put(path, new Asset(in.readAllBytes(), contentType(resource)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contentType(String resource) {
        if (resource.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (resource.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        return "text/css; charset=utf-8";
    }

    /** Serves a listed file, or 404. */
    void serve(ServerRequest request, ServerResponse response) {
        Asset asset = assets.get(request.path().path());
        if (asset == null) {
            throw new ApiError(404, "invalid_request_error", "not_found", "No such page.", null);
        }
        response.header(HeaderNames.CONTENT_TYPE, asset.contentType());
        response.header(HeaderNames.CACHE_CONTROL, request.path().path().equals("/") ? "no-cache" : "max-age=3600");
        response.send(asset.bytes());
    }

    /**
     * Security headers on every answer: no script but the page's own files (no inline script), no
     * framing, no type sniffing, no referrer.
     */
    static void securityHeaders(ServerResponse response) {
        response.header(HeaderNames.create("Content-Security-Policy"), "default-src 'self'; script-src 'self'; "
                + "style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
                + "form-action 'self'; frame-ancestors 'none'");
        response.header(HeaderNames.create("X-Content-Type-Options"), "nosniff");
        response.header(HeaderNames.create("X-Frame-Options"), "DENY");
        response.header(HeaderNames.create("Referrer-Policy"), "no-referrer");
    }
}
