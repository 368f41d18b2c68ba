package io.github.zouliucheng.walk.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of this SDK: every value type is a public abstract class with a
 * package-private generated implementation, built with a strict builder (each attribute set once)
 * and read through {@code x()} accessors.
 *
 * <p>It is public only so that the SDK's other modules can use the same style; it has no run-time
 * effect and users never need it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    strictBuilder = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = false,
    // no annotations from the class path on generated code: users compiling against the jar
    // must not need Immutables, Error Prone or java.compiler to avoid lint warnings
    allowedClasspathAnnotations = {Override.class})
public @interface WalkStyle {}
