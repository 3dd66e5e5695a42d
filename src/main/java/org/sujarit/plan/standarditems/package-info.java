/** Plan's port for the standard items planners start from, implemented by the library module. */
@org.springframework.modulith.NamedInterface("standard-items")
package org.sujarit.plan.standarditems;
