package org.unref.common;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.MDC;

/**
 * Test-only resource: answers with the request id the logging MDC holds on the thread that runs a blocking
 * resource method, which is what a log line written there would carry. Hidden from the OpenAPI contract.
 */
@Path("/test-only/request-id")
public class RequestIdEchoResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String requestIdInTheLoggingContext() {
        Object id = MDC.get(RequestIdFilter.MDC_KEY);
        return id == null ? "(none)" : id.toString();
    }
}
