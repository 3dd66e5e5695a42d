/**
 * The lifecycle events' delivery: Spring Modulith's event publication registry (table
 * {@code event_publication}) keeps each event until every listener has handled it; this module
 * publishes again what a failed listener or a stopped node left, once across all nodes, and deletes
 * completed publications after some days. The events themselves belong to the modules that own the facts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Event delivery",
    allowedDependencies = {"common", "database"})
package org.sujarit.events;
