package org.unref.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks resources whose GET answers depend only on the request's path, query and {@code Accept} and on the stored
 * data: their answers are kept as bytes and served again without running the resource ({@link ResponseCache}).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface CachedReads {
}
