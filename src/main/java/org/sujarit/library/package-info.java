/**
 * The standard item library: a catalogue, kept as data and edited by the system administrator, of the
 * items that recur across real plans (No Gift Policy, the annual internal-audit plan, complaint
 * handling, …), each with its usual mission per framework and a draft detail sheet. Plans take
 * entries from it through {@link org.sujarit.plan.standarditems.StandardItems}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Standard item library",
    allowedDependencies = {"access", "audit", "common", "framework", "plan", "plan :: standard-items", "web"})
package org.sujarit.library;
