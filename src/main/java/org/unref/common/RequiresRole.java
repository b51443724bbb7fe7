package org.unref.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * A write operation: it needs {@code Authorization: Bearer <key>} with a key of this role ({@code editor} or
 * {@code admin}; an admin key may do what an editor key may). Checked by {@link ApiKeyFilter}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface RequiresRole {

    String EDITOR = "editor";
    String ADMIN = "admin";

    String value() default "";
}
