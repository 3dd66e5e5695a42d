/**
 * NACC frameworks as versioned reference data: dimensions, missions and sub-missions, read from
 * JSON files at start (built-in {@code classpath:frameworks/*.json} plus an optional directory).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Frameworks",
    allowedDependencies = {})
package org.sujarit.framework;
