package org.sujarit.publication;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public page of an organization ({@code /o/{code}/…}) that its own website may show in a frame: with
 * {@code ?embed=1} it is drawn without the site's header and footer, its links open in a new window,
 * and only the organization's configured website may frame it. Pages with forms are not embeddable
 * (a framed form would lose its session in browsers that block third-party cookies).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Embeddable {}
