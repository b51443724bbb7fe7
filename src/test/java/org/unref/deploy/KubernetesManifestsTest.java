package org.unref.deploy;

import static org.unref.deploy.Kustomize.documents;
import static org.unref.deploy.Kustomize.find;
import static org.unref.deploy.Kustomize.name;
import static org.unref.deploy.Kustomize.strings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Kubernetes manifests under k8s/ agree with the application they deploy: health paths and ports with
 * application.properties, environment variables with the ones the application reads, the image tag with
 * pom.xml, and every overlay with what its database needs. Plain unit test: it reads files, starts nothing.
 */
class KubernetesManifestsTest {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path K8S = PROJECT.resolve("k8s");
    static final Path SECRET_TEMPLATE = K8S.resolve("base/secret.example.yaml");
    static final String IMAGE = "ghcr.io/unref/unref";
    static final String APP = "unref";

    final ApplicationFacts app = ApplicationFacts.read(PROJECT);

    @Test
    void everyManifestFileParsesAndSaysWhatItIs() throws IOException {
        Problems problems = new Problems("manifests under k8s/");
        List<Path> files = yamlFiles();
        problems.check(!files.isEmpty(), "no YAML files found under " + K8S);
        for (Path file : files) {
            for (ObjectNode document : documents(file)) {
                problems.check(document.hasNonNull("apiVersion"), relative(file) + " has a document without apiVersion");
                problems.check(document.hasNonNull("kind"), relative(file) + " has a document without kind");
                if (!"Kustomization".equals(document.path("kind").asText())) {
                    problems.check(!name(document).isEmpty(), relative(file) + " has a "
                            + document.path("kind").asText() + " without metadata.name");
                }
            }
        }
        problems.assertNone();
    }

    @Test
    void kustomizationsListExistingFilesAndEveryManifestIsUsed() throws IOException {
        Problems problems = new Problems("kustomization files");
        Set<Path> used = new HashSet<>();
        List<Path> kustomizations = yamlFiles().stream().filter(f -> f.endsWith("kustomization.yaml")).toList();
        for (Path file : kustomizations) {
            Path dir = file.getParent();
            used.add(file);
            ObjectNode kustomization = Kustomize.kustomization(dir);
            List<String> listed = new ArrayList<>(strings(kustomization.path("resources")));
            kustomization.path("patches").forEach(p -> listed.add(p.path("path").asText()));
            for (String entry : listed) {
                Path target = dir.resolve(entry).normalize();
                if (Files.isDirectory(target)) {
                    problems.check(Files.exists(target.resolve("kustomization.yaml")), relative(file) + " lists "
                            + entry + ", a directory without kustomization.yaml");
                } else if (Files.isRegularFile(target)) {
                    used.add(target);
                } else {
                    problems.add(relative(file) + " lists " + entry + ", which does not exist");
                }
            }
        }
        for (Path file : yamlFiles()) {
            if (file.equals(SECRET_TEMPLATE)) {
                problems.check(!used.contains(file), relative(file) + " is a template with placeholder values and"
                        + " must not be listed in a kustomization (it would deploy the placeholders)");
            } else {
                problems.check(used.contains(file), relative(file) + " is listed in no kustomization.yaml:"
                        + " it would never be deployed");
            }
        }
        problems.assertNone();
    }

    @ParameterizedTest
    @ValueSource(strings = { "embedded", "production" })
    void probesCallTheHealthEndpointsOnTheApplicationPort(String overlay) {
        Problems problems = new Problems("overlay " + overlay);
        JsonNode container = appContainer(overlay, problems);
        JsonNode port = httpPort(container);
        problems.check(port.path("containerPort").asInt() == app.httpPort(), "container port "
                + port.path("containerPort").asText("(none)") + " is not quarkus.http.port " + app.httpPort());
        Map<String, String> expected = Map.of("startupProbe", "/q/health/started", "readinessProbe",
                "/q/health/ready", "livenessProbe", "/q/health/live");
        expected.forEach((probe, path) -> {
            JsonNode get = container.path(probe).path("httpGet");
            String actual = get.path("path").asText("(none)");
            problems.check(ApplicationFacts.HEALTH_PATHS.contains(actual), probe + " calls " + actual
                    + ", which is not a health endpoint of the application " + ApplicationFacts.HEALTH_PATHS);
            problems.check(path.equals(actual), probe + " should call " + path + " but calls " + actual);
            problems.check(samePort(get.path("port"), port), probe + " uses port " + get.path("port").asText("(none)")
                    + ", not the container port " + app.httpPort() + " (named http)");
        });
        problems.assertNone();
    }

    @ParameterizedTest
    @ValueSource(strings = { "embedded", "production" })
    void serviceSendsTrafficToTheContainerPort(String overlay) {
        Problems problems = new Problems("overlay " + overlay);
        List<ObjectNode> manifests = Kustomize.render(overlayDir(overlay));
        JsonNode deployment = find(manifests, "Deployment", APP);
        JsonNode port = httpPort(appContainer(overlay, problems));
        ObjectNode service = find(manifests, "Service", APP);
        if (service == null) {
            problems.add("no Service named " + APP);
        } else {
            JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
            problems.check(selects(service.path("spec").path("selector"), podLabels), "Service " + APP
                    + " selector " + service.path("spec").path("selector") + " does not select the pods " + podLabels);
            for (JsonNode servicePort : service.path("spec").path("ports")) {
                problems.check(samePort(servicePort.path("targetPort"), port), "Service " + APP + " targets port "
                        + servicePort.path("targetPort").asText() + ", not the container port " + app.httpPort());
            }
        }
        problems.assertNone();
    }

    @ParameterizedTest
    @ValueSource(strings = { "embedded", "production" })
    void containerRunsAsNonRootOnAReadOnlyFilesystemWithLimits(String overlay) {
        Problems problems = new Problems("overlay " + overlay);
        JsonNode podSpec = podSpec(overlay);
        JsonNode container = appContainer(overlay, problems);
        JsonNode pod = podSpec.path("securityContext");
        JsonNode own = container.path("securityContext");
        problems.check(own.path("runAsNonRoot").asBoolean(pod.path("runAsNonRoot").asBoolean()), "runAsNonRoot is not true");
        problems.check(own.path("runAsUser").asInt(pod.path("runAsUser").asInt()) == 185,
                "runAsUser is not 185 (the image's user)");
        problems.check(own.path("readOnlyRootFilesystem").asBoolean(), "readOnlyRootFilesystem is not true");
        problems.check(own.has("allowPrivilegeEscalation") && !own.path("allowPrivilegeEscalation").asBoolean(),
                "allowPrivilegeEscalation is not false");
        problems.check(strings(own.path("capabilities").path("drop")).contains("ALL"), "capabilities do not drop ALL");
        String seccomp = own.path("seccompProfile").path("type").asText(pod.path("seccompProfile").path("type").asText());
        problems.check("RuntimeDefault".equals(seccomp), "seccompProfile is not RuntimeDefault");
        problems.check(mountsEmptyDir(podSpec, container, "/tmp"), "no emptyDir volume at /tmp: with a read-only"
                + " root filesystem the JVM and Vert.x have nowhere to write temporary files");
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                problems.check(container.path("resources").path(kind).hasNonNull(resource), "no resources." + kind
                        + "." + resource);
            }
        }
        problems.check(!podSpec.path("automountServiceAccountToken").asBoolean(true),
                "the pod mounts a service account token it does not need");
        problems.assertNone();
    }

    @ParameterizedTest
    @ValueSource(strings = { "embedded", "production" })
    void everyEnvironmentVariableIsOneTheApplicationReads(String overlay) {
        Problems problems = new Problems("overlay " + overlay);
        Map<String, String> environment = environment(overlay, problems);
        environment.forEach((variable, source) -> {
            if (ApplicationFacts.BUILD_TIME_VARIABLE.equals(variable)) {
                problems.add(variable + " is set in " + source + ", but it is read when the image is built, not when"
                        + " it runs: build the right image flavour instead (src/main/docker/Dockerfile.jvm)");
            } else {
                problems.check(app.reads(variable), variable + " (from " + source + ") is read nowhere in"
                        + " application.properties; the application reads " + app.environmentVariables()
                        + " and UNREF_API_KEYS");
            }
            if (variable.contains("PASSWORD") || variable.equals("UNREF_API_KEYS")) {
                problems.check(source.startsWith("Secret"), variable + " comes from " + source
                        + "; secrets belong in the Secret");
            }
        });
        problems.check("Secret unref-secrets".equals(environment.get("UNREF_DB_PASSWORD")),
                "UNREF_DB_PASSWORD does not come from the Secret unref-secrets");
        problems.check(environment.containsKey("UNREF_DB_URL"), "UNREF_DB_URL is not set: the application would use"
                + " ./data under its read-only working directory");
        problems.check(environment.containsKey("UNREF_DB_USER"), "UNREF_DB_USER is not set");
        problems.assertNone();
    }

    @Test
    void embeddedRunsOneReplicaWithItsH2FileOnAVolume() {
        Problems problems = new Problems("overlay embedded");
        List<ObjectNode> manifests = Kustomize.render(overlayDir("embedded"));
        JsonNode deployment = find(manifests, "Deployment", APP);
        problems.check(deployment.path("spec").path("replicas").asInt() == 1,
                "replicas is " + deployment.path("spec").path("replicas") + "; H2 in file mode allows one process");
        problems.check("Recreate".equals(deployment.path("spec").path("strategy").path("type").asText()),
                "strategy is not Recreate: a rolling update would start a second process on the same H2 file");
        problems.check(find(manifests, "HorizontalPodAutoscaler", APP) == null, "an autoscaler would add H2 replicas");
        String url = configValue(manifests, "UNREF_DB_URL");
        problems.check(url.startsWith("jdbc:h2:file:/"), "UNREF_DB_URL " + url + " is not an absolute H2 file URL");
        String file = url.replaceFirst("^jdbc:h2:file:", "").replaceFirst(";.*$", "");
        JsonNode podSpec = deployment.path("spec").path("template").path("spec");
        JsonNode container = podSpec.path("containers").get(0);
        boolean onClaim = false;
        for (JsonNode mount : container.path("volumeMounts")) {
            if (file.startsWith(mount.path("mountPath").asText() + "/")) {
                JsonNode volume = volume(podSpec, mount.path("name").asText());
                String claim = volume.path("persistentVolumeClaim").path("claimName").asText();
                onClaim = find(manifests, "PersistentVolumeClaim", claim) != null;
            }
        }
        problems.check(onClaim, "the H2 file " + file + " is not on a mounted PersistentVolumeClaim of the overlay");
        problems.check(image(overlayDir("embedded")).equals(IMAGE + ":" + app.version()),
                "image is " + image(overlayDir("embedded")) + ", expected the H2 build " + IMAGE + ":" + app.version());
        problems.assertNone();
    }

    @Test
    void productionRunsThreeOrMoreReplicasOnPostgresql() {
        Problems problems = new Problems("overlay production");
        List<ObjectNode> manifests = Kustomize.render(overlayDir("production"));
        JsonNode deployment = find(manifests, "Deployment", APP);
        int replicas = deployment.path("spec").path("replicas").asInt();
        problems.check(replicas >= 3, "replicas is " + replicas + ", expected at least 3");
        problems.check(image(overlayDir("production")).equals(IMAGE + ":" + app.version() + "-postgresql"), "image is "
                + image(overlayDir("production")) + ", expected the PostgreSQL build " + IMAGE + ":" + app.version()
                + "-postgresql (UNREF_DB_KIND is fixed at build time)");
        String url = configValue(manifests, "UNREF_DB_URL");
        problems.check(url.startsWith("jdbc:postgresql://"), "UNREF_DB_URL " + url + " is not a PostgreSQL URL");
        String host = url.replaceFirst("^jdbc:postgresql://", "").replaceFirst("[:/].*$", "");
        ObjectNode dbService = find(manifests, "Service", host);
        problems.check(dbService != null, "UNREF_DB_URL names host " + host + ", which is no Service of the overlay");
        ObjectNode postgres = find(manifests, "StatefulSet", host);
        if (postgres == null) {
            problems.add("no PostgreSQL StatefulSet named " + host);
        } else {
            JsonNode db = postgres.path("spec").path("template").path("spec").path("containers").get(0);
            problems.check(db.path("image").asText().startsWith("postgres:"), "the database image is "
                    + db.path("image").asText());
            problems.check(postgres.path("spec").path("volumeClaimTemplates").size() > 0,
                    "the PostgreSQL StatefulSet keeps its data on no PersistentVolumeClaim");
            JsonNode password = envVar(db, "POSTGRES_PASSWORD").path("valueFrom").path("secretKeyRef");
            problems.check("unref-secrets".equals(password.path("name").asText())
                    && "UNREF_DB_PASSWORD".equals(password.path("key").asText()),
                    "POSTGRES_PASSWORD is not the Secret's UNREF_DB_PASSWORD, so the app could not log in");
        }
        JsonNode hpa = find(manifests, "HorizontalPodAutoscaler", APP);
        if (hpa == null) {
            problems.add("no HorizontalPodAutoscaler named " + APP);
        } else {
            problems.check("autoscaling/v2".equals(hpa.path("apiVersion").asText()), "the autoscaler is not autoscaling/v2");
            problems.check(APP.equals(hpa.path("spec").path("scaleTargetRef").path("name").asText()),
                    "the autoscaler scales something other than Deployment " + APP);
            problems.check(hpa.path("spec").path("minReplicas").asInt() >= 3, "the autoscaler may go below 3 replicas");
            problems.check(hpa.path("spec").path("metrics").toString().contains("\"cpu\""), "the autoscaler ignores CPU");
        }
        JsonNode pdb = find(manifests, "PodDisruptionBudget", APP);
        JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
        if (pdb == null) {
            problems.add("no PodDisruptionBudget named " + APP);
        } else {
            problems.check(pdb.path("spec").path("minAvailable").asInt() == 2, "the disruption budget's minAvailable is "
                    + pdb.path("spec").path("minAvailable") + ", expected 2");
            problems.check(selects(pdb.path("spec").path("selector").path("matchLabels"), podLabels),
                    "the disruption budget does not select the unref pods");
        }
        ingress(manifests, problems);
        problems.assertNone();
    }

    @Test
    void secretTemplateHoldsOnlyPlaceholders() {
        Problems problems = new Problems(relative(SECRET_TEMPLATE));
        ObjectNode secret = documents(SECRET_TEMPLATE).get(0);
        problems.check("Secret".equals(secret.path("kind").asText()), "is not a Secret");
        problems.check("unref-secrets".equals(name(secret)), "is named " + name(secret)
                + ", but the Deployment reads unref-secrets");
        problems.check(!secret.has("data"), "has base64 data; use stringData with placeholders");
        secret.path("stringData").fields().forEachRemaining(entry -> problems.check(
                entry.getValue().asText().startsWith("CHANGE-ME"), entry.getKey()
                        + " holds a value that is not a CHANGE-ME placeholder: never commit a real secret"));
        problems.check(secret.path("stringData").has("UNREF_DB_PASSWORD"), "has no UNREF_DB_PASSWORD");
        problems.assertNone();
    }

    @Test
    void dockerfileBuildsTheImageTheManifestsName() throws IOException {
        Problems problems = new Problems("src/main/docker/Dockerfile.jvm");
        String dockerfile = Files.readString(PROJECT.resolve("src/main/docker/Dockerfile.jvm"));
        for (String tag : List.of(IMAGE + ":" + app.version() + " ", IMAGE + ":" + app.version() + "-postgresql ")) {
            problems.check(dockerfile.contains("-t " + tag), "does not say how to build " + tag.trim());
        }
        problems.check(dockerfile.contains("UNREF_DB_KIND=postgresql ./mvnw"),
                "does not say that the PostgreSQL flavour is built with UNREF_DB_KIND=postgresql");
        problems.check(dockerfile.contains("\nEXPOSE " + app.httpPort() + "\n"), "does not expose port " + app.httpPort());
        problems.check(dockerfile.contains("\nUSER 185\n"), "does not run as user 185");
        problems.assertNone();
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    static Path overlayDir(String overlay) {
        return K8S.resolve("overlays").resolve(overlay);
    }

    static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(K8S)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted()
                    .toList();
        }
    }

    static String relative(Path file) {
        return PROJECT.relativize(file).toString();
    }

    static JsonNode podSpec(String overlay) {
        ObjectNode deployment = find(Kustomize.render(overlayDir(overlay)), "Deployment", APP);
        if (deployment == null) {
            throw new AssertionError("overlay " + overlay + " renders no Deployment named " + APP);
        }
        return deployment.path("spec").path("template").path("spec");
    }

    static JsonNode appContainer(String overlay, Problems problems) {
        for (JsonNode container : podSpec(overlay).path("containers")) {
            if (APP.equals(container.path("name").asText())) {
                return container;
            }
        }
        throw new AssertionError("overlay " + overlay + ": Deployment " + APP + " has no container named " + APP);
    }

    static String image(Path overlay) {
        JsonNode containers = find(Kustomize.render(overlay), "Deployment", APP).path("spec").path("template")
                .path("spec").path("containers");
        return containers.get(0).path("image").asText();
    }

    static JsonNode httpPort(JsonNode container) {
        for (JsonNode port : container.path("ports")) {
            if ("http".equals(port.path("name").asText())) {
                return port;
            }
        }
        throw new AssertionError("container " + container.path("name").asText() + " has no port named http");
    }

    /** A port reference (number or name) that means the given container port. */
    static boolean samePort(JsonNode reference, JsonNode containerPort) {
        return reference.isInt() ? reference.asInt() == containerPort.path("containerPort").asInt()
                : reference.asText().equals(containerPort.path("name").asText());
    }

    static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector.isMissingNode() || selector.size() == 0) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = selector.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> label = it.next();
            if (!label.getValue().equals(labels.path(label.getKey()))) {
                return false;
            }
        }
        return true;
    }

    static JsonNode volume(JsonNode podSpec, String name) {
        for (JsonNode volume : podSpec.path("volumes")) {
            if (name.equals(volume.path("name").asText())) {
                return volume;
            }
        }
        return podSpec.path("volumes").path(name);
    }

    static boolean mountsEmptyDir(JsonNode podSpec, JsonNode container, String path) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (path.equals(mount.path("mountPath").asText())
                    && volume(podSpec, mount.path("name").asText()).has("emptyDir")) {
                return true;
            }
        }
        return false;
    }

    static JsonNode envVar(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (name.equals(variable.path("name").asText())) {
                return variable;
            }
        }
        return container.path("env").path(name);
    }

    static String configValue(List<ObjectNode> manifests, String key) {
        ObjectNode config = find(manifests, "ConfigMap", "unref-config");
        return config == null ? "(no ConfigMap unref-config)" : config.path("data").path(key).asText("(unset)");
    }

    /** Every variable the unref container gets, and where from ("ConfigMap x", "Secret y", "env"). */
    Map<String, String> environment(String overlay, Problems problems) {
        List<ObjectNode> manifests = Kustomize.render(overlayDir(overlay));
        JsonNode container = appContainer(overlay, problems);
        ObjectNode secretTemplate = documents(SECRET_TEMPLATE).get(0);
        Map<String, String> environment = new LinkedHashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            if (source.has("configMapRef")) {
                String name = source.path("configMapRef").path("name").asText();
                ObjectNode configMap = find(manifests, "ConfigMap", name);
                if (configMap == null) {
                    problems.add("envFrom names ConfigMap " + name + ", which the overlay does not define");
                } else {
                    configMap.path("data").fieldNames().forEachRemaining(k -> environment.put(k, "ConfigMap " + name));
                }
            } else if (source.has("secretRef")) {
                String name = source.path("secretRef").path("name").asText();
                if (!name.equals(name(secretTemplate))) {
                    problems.add("envFrom names Secret " + name + ", which " + relative(SECRET_TEMPLATE)
                            + " does not describe");
                }
                secretTemplate.path("stringData").fieldNames().forEachRemaining(k -> environment.put(k, "Secret " + name));
            }
        }
        for (JsonNode variable : container.path("env")) {
            JsonNode secretRef = variable.path("valueFrom").path("secretKeyRef");
            environment.put(variable.path("name").asText(),
                    secretRef.isMissingNode() ? "env" : "Secret " + secretRef.path("name").asText());
        }
        return environment;
    }

    /** Only public paths go out through the Ingress, and every backend exists. */
    static void ingress(List<ObjectNode> manifests, Problems problems) {
        JsonNode ingress = find(manifests, "Ingress", APP);
        if (ingress == null) {
            problems.add("no Ingress named " + APP);
            return;
        }
        for (JsonNode rule : ingress.path("spec").path("rules")) {
            for (JsonNode path : rule.path("http").path("paths")) {
                String value = path.path("path").asText();
                boolean prefix = "Prefix".equals(path.path("pathType").asText());
                problems.check(!(prefix && ("/".equals(value) || "/q".equals(value) || value.startsWith("/q/health")
                        || value.startsWith("/q/metrics"))), "the Ingress exposes " + value + " (" + path.path(
                                "pathType").asText() + "), which includes /q/health or /q/metrics");
                String service = path.path("backend").path("service").path("name").asText();
                problems.check(find(manifests, "Service", service) != null, "the Ingress path " + value
                        + " goes to Service " + service + ", which the overlay does not define");
            }
        }
    }
}
