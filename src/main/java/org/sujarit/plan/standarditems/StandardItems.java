package org.sujarit.plan.standarditems;

import java.util.List;
import java.util.UUID;
import org.sujarit.common.FiscalPeriod;

/**
 * The standard item library as the plan module sees it. Implemented by the library module, which
 * keeps the catalogue; declared here so that plans need not depend on it.
 */
public interface StandardItems {
  /**
   * The active entries that have a mission in the framework, in catalogue order, their names and
   * descriptions worded for the organization (for choosing).
   */
  List<StandardItem> offeredFor(String frameworkCode, String organizationName);

  /**
   * The chosen entries, in catalogue order, worded for one plan: the organization's name and the
   * plan's years filled in. Ids that are unknown, inactive or without a mission in the framework are left out.
   */
  List<StandardItem> resolve(List<UUID> ids, String frameworkCode, String organizationName, FiscalPeriod period);
}
