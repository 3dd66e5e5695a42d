/**
 * What the plan module's own packages share and other modules do not see: starting a plan in the
 * browser ({@link org.sujarit.plan.internal.PlanAuthoring}) and the difference of two versions.
 */
package org.sujarit.plan.internal;
