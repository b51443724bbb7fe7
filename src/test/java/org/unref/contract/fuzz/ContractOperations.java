package org.unref.contract.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.unref.testing.Contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/** The operations of the committed contract, read with the parser the contract validator already uses. */
public final class ContractOperations {

    /** One parameter: where it goes, its schema (references resolved) and the contract's example. */
    public record Param(String name, String in, Schema<?> schema, Object example) {
    }

    /**
     * One operation. {@code bodies} maps each media type the request body may have to its schema; {@code keyNeeded}
     * says the contract asks for an API key without an anonymous alternative.
     */
    public record Op(String id, String method, String template, List<Param> params, Map<String, Schema<?>> bodies,
            boolean keyNeeded) {

        public List<Param> in(String where) {
            return params.stream().filter(p -> p.in().equals(where)).toList();
        }

        public boolean writes() {
            return !method.equals("GET");
        }
    }

    private ContractOperations() {
    }

    public static List<Op> read() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().read(Contract.LOCATION, null, options);
        List<Op> ops = new ArrayList<>();
        api.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) -> {
            List<Param> params = new ArrayList<>();
            for (Parameter p : operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
                params.add(new Param(p.getName(), p.getIn(), p.getSchema(), p.getExample()));
            }
            Map<String, Schema<?>> bodies = new LinkedHashMap<>();
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().forEach((media, content) -> bodies.put(media, content.getSchema()));
            }
            boolean keyNeeded = operation.getSecurity() != null && !operation.getSecurity().isEmpty()
                    && operation.getSecurity().stream().noneMatch(Map::isEmpty);
            ops.add(new Op(operation.getOperationId(), method(method), template, List.copyOf(params), bodies, keyNeeded));
        }));
        return List.copyOf(ops);
    }

    private static String method(PathItem.HttpMethod method) {
        return method.name();
    }
}
