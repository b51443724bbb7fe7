package org.unref.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The test's own renderer ({@link Kustomize}) gives what {@code kubectl kustomize} gives, so the manifest checks
 * judge what a cluster would receive. Runs where kubectl is on the PATH and is skipped elsewhere.
 */
class KustomizeTest {

    @ParameterizedTest
    @ValueSource(strings = { "embedded", "production" })
    void shouldRenderLikeKubectl(String overlay) throws Exception {
        Path kubectl = onPath("kubectl");
        assumeTrue(kubectl != null, "kubectl is not installed; the simple renderer is not cross-checked");
        Path dir = KubernetesManifestsTest.overlayDir(overlay);
        Process process = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(process.waitFor(60, TimeUnit.SECONDS), "kubectl did not finish in a minute");
        assertEquals(0, process.exitValue(), "kubectl kustomize " + dir + " failed");
        List<ObjectNode> fromKubectl = new ArrayList<>();
        try (MappingIterator<JsonNode> it = Kustomize.YAML.readerFor(JsonNode.class).readValues(output)) {
            it.forEachRemaining(document -> fromKubectl.add((ObjectNode) document));
        }
        Map<String, JsonNode> expected = normalized(fromKubectl);
        Map<String, JsonNode> actual = normalized(Kustomize.render(dir));
        assertEquals(expected.keySet(), actual.keySet(), "overlay " + overlay + ": kubectl and the test's renderer"
                + " produce different resources");
        expected.forEach((resource, manifest) -> assertEquals(manifest, actual.get(resource), "overlay " + overlay
                + ": kubectl and the test's renderer disagree on " + resource));
    }

    /** By kind and name; labels the label transformer adds and list order of named items set aside. */
    private static Map<String, JsonNode> normalized(List<ObjectNode> manifests) {
        Map<String, JsonNode> byName = new TreeMap<>();
        for (ObjectNode manifest : manifests) {
            ObjectNode copy = manifest.deepCopy();
            ((ObjectNode) copy.path("metadata")).remove("labels");
            byName.put(copy.path("kind").asText() + "/" + Kustomize.name(copy), sortNamed(copy));
        }
        return byName;
    }

    private static JsonNode sortNamed(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> object.set(field.getKey(), sortNamed(field.getValue())));
        } else if (node instanceof ArrayNode array) {
            List<JsonNode> items = new ArrayList<>();
            array.forEach(item -> items.add(sortNamed(item)));
            if (items.stream().allMatch(item -> item.has("name"))) {
                items.sort(Comparator.comparing(item -> item.path("name").asText()));
            }
            array.removeAll();
            items.forEach(array::add);
        }
        return node;
    }

    private static Path onPath(String program) throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
