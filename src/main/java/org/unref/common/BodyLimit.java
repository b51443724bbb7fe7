package org.unref.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * Refuses a body declared larger than {@code quarkus.http.limits.max-body-size} with problem+json. Quarkus checks
 * the same limit at router order -2 but answers 413 with an empty body; this runs just before it.
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        router.route().order(-10).handler(rc -> {
            String length = rc.request().getHeader("Content-Length");
            long declared = -1;
            try {
                declared = length == null ? -1 : Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                // left to Vert.x, which refuses a malformed Content-Length itself
            }
            if (declared <= limit) {
                rc.next();
                return;
            }
            String problem = new JsonObject()
                    .put("type", "/problems/content-too-large")
                    .put("title", "Content Too Large")
                    .put("status", 413)
                    .put("detail", "The body is larger than this service accepts (texts up to 1 MB of UTF-8); split it into parts.")
                    .put("instance", rc.request().path())
                    .encode();
            rc.response().setStatusCode(413)
                    .putHeader("Content-Type", ProblemDetail.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(problem);
        });
    }
}
