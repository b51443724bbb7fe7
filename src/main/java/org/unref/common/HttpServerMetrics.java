package org.unref.common;

import java.time.Duration;
import java.util.Set;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/** Shapes the http_server_requests metrics so they can be aggregated across replicas and stay bounded. */
@Singleton
public class HttpServerMetrics {

    static final String HTTP_SERVER_REQUESTS = "http.server.requests";

    /** The uri tag of requests refused before any resource method was chosen. */
    static final String UNMATCHED = "UNMATCHED";

    /** Answers given before a resource method (and so a uri template) is chosen. */
    private static final Set<String> REFUSED_BEFORE_MATCHING = Set.of("405", "406", "413", "415");

    /**
     * Latency as a Prometheus histogram (http_server_requests_seconds_bucket per method, uri template and status),
     * so percentiles can be computed across all replicas; Micrometer's default summary cannot be aggregated.
     * Buckets span 1 ms to 10 s, the range an API answer can plausibly take.
     */
    @Produces
    @Singleton
    public MeterFilter latencyHistogram() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().startsWith(HTTP_SERVER_REQUESTS)) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .percentilesHistogram(true)
                        .minimumExpectedValue((double) Duration.ofMillis(1).toNanos())
                        .maximumExpectedValue((double) Duration.ofSeconds(10).toNanos())
                        .build().merge(config);
            }
        };
    }

    /**
     * A request refused before matching (405, 406, 413, 415) has no uri template, and Micrometer would tag it
     * with its raw path: one series per id a client makes up, until quarkus.micrometer.binder.http-server.max-uri-tags
     * is reached and real endpoints get no new series. Such requests share the uri {@value #UNMATCHED}.
     */
    @Produces
    @Singleton
    public MeterFilter unmatchedUris() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String uri = id.getTag("uri");
                if (!id.getName().startsWith(HTTP_SERVER_REQUESTS) || uri == null || uri.contains("{")
                        || !REFUSED_BEFORE_MATCHING.contains(id.getTag("status"))) {
                    return id;
                }
                return id.replaceTags(id.getTags().stream()
                        .map(tag -> "uri".equals(tag.getKey()) ? Tag.of("uri", UNMATCHED) : tag).toList());
            }
        };
    }
}
