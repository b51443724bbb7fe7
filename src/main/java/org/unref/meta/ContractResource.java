package org.unref.meta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;
import org.unref.common.CachedReads;
import org.unref.common.ClasspathResources;
import org.unref.common.ProblemException;
import org.unref.common.ReferenceData;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code GET /q/openapi}: the API's contract, openapi/openapi.yaml as committed (the build copies it into the jar),
 * as YAML, or as JSON with {@code format=json} or {@code Accept: application/json}. Swagger UI reads it from here.
 *
 * <p>
 * SmallRye OpenAPI's own endpoint parses its document and writes it out as JSON and as YAML at every start, which
 * took about a second of CPU of a start on 2 cores; here the YAML is read when first asked for and the JSON made from
 * it when first asked for. The service is built without scanning its annotations (application.properties); tests and
 * dev mode scan them and serve the result at {@code /q/openapi-generated}, and OpenApiContractTest holds the
 * committed contract to it, so what is served here is what the code declares.
 */
@Path("/q/openapi")
@Singleton // one instance keeps the bytes once read
@ReferenceData
@CachedReads // the ETag of 300 KB is then computed once per cache lifetime, not at every Swagger UI load
public class ContractResource {

    static final String RESOURCE = "contract/openapi.yaml";
    private static final MediaType YAML = new MediaType("application", "yaml", "UTF-8");
    private static final MediaType JSON = new MediaType("application", "json", "UTF-8");

    private byte[] yaml;
    private byte[] json;

    @GET
    @Operation(hidden = true)
    public Response contract(@RestQuery String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        if (format != null && !format.equalsIgnoreCase("json") && !format.equalsIgnoreCase("yaml")) {
            throw ProblemException.invalidParameter("format", "format must be json or yaml");
        }
        boolean asJson = format == null ? accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json")
                : format.equalsIgnoreCase("json");
        return Response.ok(asJson ? json() : yaml(), asJson ? JSON : YAML).build();
    }

    synchronized byte[] yaml() {
        if (yaml == null) {
            yaml = ClasspathResources.bytes(RESOURCE).orElseThrow(
                    () -> new IllegalStateException(RESOURCE + " is not in the build: the pom copies openapi/ there"));
        }
        return yaml;
    }

    synchronized byte[] json() {
        if (json == null) {
            try {
                json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(new YAMLMapper().readTree(yaml()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return json;
    }
}
