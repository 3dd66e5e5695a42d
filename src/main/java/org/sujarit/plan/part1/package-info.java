/** Plan's port for Part 1's risk table, implemented by the risk module (so plan never depends on it). */
@org.springframework.modulith.NamedInterface("part1")
package org.sujarit.plan.part1;
