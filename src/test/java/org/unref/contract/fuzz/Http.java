package org.unref.contract.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Sends {@link FuzzRequest}s with the JDK's client over HTTP/1.1, as a browser or script would. */
public final class Http {

    private final HttpClient client;
    private final String base;

    /** @param base the service's address without a trailing slash, e.g. http://localhost:8081 */
    public Http(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public FuzzResponse send(FuzzRequest request) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.target()))
                .timeout(Duration.ofSeconds(30)).method(request.method(), body);
        request.headers().forEach(builder::header);
        HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new FuzzResponse(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                new String(response.body(), StandardCharsets.UTF_8));
    }
}
