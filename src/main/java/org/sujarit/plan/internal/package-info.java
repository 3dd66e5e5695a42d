/**
 * What the plan module's own packages share and other modules do not see: starting a plan in the
 * browser ({@link org.sujarit.plan.internal.PlanAuthoring}), adding and changing Part 2 items
 * ({@link org.sujarit.plan.internal.PlanItems} with {@link org.sujarit.plan.internal.ItemDraft}, on the
 * aggregate's own item rules) and the difference of two versions.
 */
package org.sujarit.plan.internal;
