package org.unref.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** What the manifests must agree with, read from the project's own files rather than repeated in the test. */
record ApplicationFacts(String version, int httpPort, Set<String> environmentVariables) {

    /** The health endpoints SmallRye Health serves under Quarkus's non-application root. */
    static final Set<String> HEALTH_PATHS = Set.of("/q/health/live", "/q/health/ready", "/q/health/started");

    /** API keys come in one variable (unref.api-keys), a list of name:role:sha256 entries. */
    static final Pattern API_KEY_VARIABLE = Pattern.compile("UNREF_API_KEYS");

    /** Read when the application is built, not when it runs: setting it in a pod changes nothing. */
    static final String BUILD_TIME_VARIABLE = "UNREF_DB_KIND";

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");

    static ApplicationFacts read(Path projectDir) {
        Path propertiesFile = projectDir.resolve("src/main/resources/application.properties");
        try (Reader reader = Files.newBufferedReader(propertiesFile)) {
            Properties properties = new Properties();
            properties.load(reader);
            int port = Integer.parseInt(properties.getProperty("quarkus.http.port", "8080").trim());
            Set<String> variables = new TreeSet<>();
            Matcher matcher = REFERENCE.matcher(Files.readString(propertiesFile));
            while (matcher.find()) {
                variables.add(matcher.group(1));
            }
            return new ApplicationFacts(pomVersion(projectDir.resolve("pom.xml")), port, variables);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the application reads this environment variable at run time. */
    boolean reads(String variable) {
        return (environmentVariables.contains(variable) && !BUILD_TIME_VARIABLE.equals(variable))
                || API_KEY_VARIABLE.matcher(variable).matches();
    }

    private static String pomVersion(Path pom) {
        try {
            Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile())
                    .getDocumentElement();
            for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
                if ("version".equals(child.getNodeName())) {
                    return child.getTextContent().trim();
                }
            }
            throw new IllegalStateException("pom.xml has no project version");
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the version from " + pom, e);
        }
    }
}
