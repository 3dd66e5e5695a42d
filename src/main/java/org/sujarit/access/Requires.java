package org.sujarit.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission an endpoint needs, checked from the user's roles before the request body is read
 * or validated (a body from a role without the right is refused, not judged). The service still makes
 * the check against the organization the data belong to.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Requires {
  Permission value();
}
