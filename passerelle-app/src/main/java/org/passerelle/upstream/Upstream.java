package org.passerelle.upstream;

import org.passerelle.config.GatewayConfig;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Calls an OpenAI-compatible upstream (vLLM, llama.cpp server, Ollama's /v1, Mistral, OpenAI...)
 * over the JDK HTTP client, pinned to HTTP/1.1 (it would otherwise send {@code Upgrade: h2c} to
 * plain-HTTP servers). The URL comes only from the configuration, never from a request. The
 * request timeout covers the response headers; a stream's body is read by the caller. Thread-safe.
 */
public final class Upstream {

    private final HttpClient client;
    private final Duration headersTimeout;

    public Upstream(Duration connectTimeout, Duration headersTimeout) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                // The client's own work (parsing headers, completing the call) runs where the bytes
                // arrive rather than being handed to a pool thread first: one thread wake-up less a call.
                .executor(Runnable::run).build();
        this.headersTimeout = headersTimeout;
    }

    /** The upstream's answer: status and body stream (to be closed by the caller). */
    public record Response(int status, String contentType, InputStream body) {
    }

    public Response post(GatewayConfig.Provider provider, String path, byte[] json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(provider.baseUrl() + path))
                .timeout(headersTimeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json));
        if (provider.apiKeyEnv() != null) {
            String key = System.getenv(provider.apiKeyEnv());
            if (key != null && !key.isBlank()) {
                request.header("Authorization", "Bearer " + key);
            }
        }
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new UpstreamException("upstream_unreachable", "The model server of provider '" + provider.id()
                    + "' cannot be reached; is it running?", 503);
        } catch (HttpTimeoutException e) {
            throw new UpstreamException("upstream_timeout", "The model server of provider '" + provider.id()
                    + "' did not answer in time.", 504);
        } catch (IOException e) {
            throw new UpstreamException("upstream_unreachable", "The model server of provider '" + provider.id()
                    + "' cannot be reached (" + e.getClass().getSimpleName() + ").", 503);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamException("upstream_interrupted", "The call to the model server was interrupted.", 503);
        }
    }
}
