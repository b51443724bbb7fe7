package org.unref.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Renders a kustomize directory the simple way unref's manifests need, so the manifest test runs where no
 * kubectl is installed: resources (files and directories), strategic-merge patches from files (maps merged,
 * lists of named items merged by name, null deletes), ConfigMap generators that merge literals, and image
 * name/tag overrides ({@code labels} is accepted and not applied: no check looks at labels it adds). Anything
 * else in a kustomization.yaml is reported as unsupported rather than silently ignored.
 */
final class Kustomize {

    static final YAMLMapper YAML = new YAMLMapper();

    private static final List<String> SUPPORTED = List.of("apiVersion", "kind", "resources", "patches",
            "configMapGenerator", "images", "labels");

    private Kustomize() {
    }

    /** The manifests {@code kubectl kustomize dir} would print, in a simplified but faithful way. */
    static List<ObjectNode> render(Path dir) {
        ObjectNode kustomization = kustomization(dir);
        List<ObjectNode> rendered = new ArrayList<>();
        for (String resource : strings(kustomization.path("resources"))) {
            Path path = dir.resolve(resource).normalize();
            rendered.addAll(Files.isDirectory(path) ? render(path) : documents(path));
        }
        for (JsonNode patch : kustomization.path("patches")) {
            for (ObjectNode change : documents(dir.resolve(patch.path("path").asText()))) {
                ObjectNode target = find(rendered, change.path("kind").asText(), name(change));
                if (target == null) {
                    throw new IllegalStateException(dir + ": patch " + patch.path("path").asText() + " targets "
                            + change.path("kind").asText() + "/" + name(change) + ", which no resource defines");
                }
                merge(target, change);
            }
        }
        for (JsonNode generator : kustomization.path("configMapGenerator")) {
            generate(dir, rendered, generator);
        }
        for (JsonNode image : kustomization.path("images")) {
            rendered.forEach(manifest -> retag(manifest, image));
        }
        return rendered;
    }

    static ObjectNode kustomization(Path dir) {
        List<ObjectNode> documents = documents(dir.resolve("kustomization.yaml"));
        ObjectNode kustomization = documents.get(0);
        for (Iterator<String> it = kustomization.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!SUPPORTED.contains(field)) {
                throw new IllegalStateException(dir + "/kustomization.yaml uses '" + field
                        + "', which the test's renderer (org.unref.deploy.Kustomize) does not understand yet");
            }
        }
        return kustomization;
    }

    /** Every YAML document in a file, as mutable trees. */
    static List<ObjectNode> documents(Path file) {
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            List<ObjectNode> documents = new ArrayList<>();
            while (it.hasNext()) {
                JsonNode document = it.next();
                if (document instanceof ObjectNode object) {
                    documents.add(object);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file, e);
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    static String name(JsonNode manifest) {
        return manifest.path("metadata").path("name").asText();
    }

    static ObjectNode find(List<ObjectNode> manifests, String kind, String name) {
        return manifests.stream().filter(m -> kind.equals(m.path("kind").asText()) && name.equals(name(m)))
                .findFirst().orElse(null);
    }

    private static void generate(Path dir, List<ObjectNode> rendered, JsonNode generator) {
        String name = generator.path("name").asText();
        ObjectNode configMap = find(rendered, "ConfigMap", name);
        String behavior = generator.path("behavior").asText("create");
        if (configMap == null) {
            if (!"create".equals(behavior)) {
                throw new IllegalStateException(dir + ": configMapGenerator '" + name + "' merges into a ConfigMap"
                        + " that no resource defines");
            }
            configMap = YAML.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
            configMap.putObject("metadata").put("name", name);
            rendered.add(configMap);
        }
        ObjectNode data = configMap.has("data") ? (ObjectNode) configMap.get("data") : configMap.putObject("data");
        for (String literal : strings(generator.path("literals"))) {
            int equals = literal.indexOf('=');
            data.put(literal.substring(0, equals), literal.substring(equals + 1));
        }
    }

    private static void retag(ObjectNode manifest, JsonNode image) {
        JsonNode podSpec = manifest.path("spec").path("template").path("spec");
        for (String list : List.of("containers", "initContainers")) {
            for (JsonNode container : podSpec.path(list)) {
                String current = container.path("image").asText();
                int colon = current.lastIndexOf(':');
                String repository = colon > current.lastIndexOf('/') ? current.substring(0, colon) : current;
                String tag = colon > current.lastIndexOf('/') ? current.substring(colon + 1) : null;
                if (repository.equals(image.path("name").asText())) {
                    String newName = image.path("newName").asText(repository);
                    String newTag = image.path("newTag").asText(tag);
                    ((ObjectNode) container).put("image", newTag == null ? newName : newName + ":" + newTag);
                }
            }
        }
    }

    /** Strategic merge, simplified: maps merge, lists of items with a name merge by name, null removes. */
    static void merge(ObjectNode target, JsonNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode current = target.get(field.getKey());
            JsonNode change = field.getValue();
            if (change.isNull()) {
                target.remove(field.getKey());
            } else if (change.isObject()) {
                ObjectNode object = current instanceof ObjectNode existing ? existing : target.putObject(field.getKey());
                merge(object, change);
            } else if (current instanceof ArrayNode array && change.isArray() && named(array) && named(change)) {
                mergeByName(array, change);
            } else {
                target.set(field.getKey(), change.deepCopy());
            }
        }
    }

    private static boolean named(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isObject() || !item.has("name")) {
                return false;
            }
        }
        return true;
    }

    private static void mergeByName(ArrayNode target, JsonNode patch) {
        for (JsonNode item : patch) {
            ObjectNode existing = null;
            for (JsonNode candidate : target) {
                if (candidate.path("name").equals(item.path("name"))) {
                    existing = (ObjectNode) candidate;
                }
            }
            if (existing == null) {
                target.add(item.deepCopy());
            } else {
                merge(existing, item);
            }
        }
    }
}
