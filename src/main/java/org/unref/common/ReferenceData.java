package org.unref.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks resources that serve reference data: their answers carry an {@code ETag} and {@code Cache-Control},
 * and a matching {@code If-None-Match} gets 304 (see {@link ConditionalGetFilter}).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface ReferenceData {
}
