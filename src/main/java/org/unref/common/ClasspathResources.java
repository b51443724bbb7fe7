package org.unref.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Files the build puts on the classpath (seed files, the contract, its examples), read whole. */
public final class ClasspathResources {

    private ClasspathResources() {
    }

    /** The bytes of {@code resource}, or empty when the build did not put it there. */
    public static Optional<byte[]> bytes(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : ClasspathResources.class.getClassLoader()).getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable classpath resource " + resource, e);
        }
    }
}
