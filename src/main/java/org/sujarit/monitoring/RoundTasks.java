package org.sujarit.monitoring;

import java.util.List;
import org.sujarit.access.CurrentUser;
import org.sujarit.plan.Plan;

/**
 * Port: what else units report in a plan's round besides the plan's items (the risk module's
 * surveillance of corruption risks), implemented by that module so that monitoring never depends on it.
 * Shown on the round's board among the user's tasks; the caller has checked the user may read the plan.
 */
public interface RoundTasks {

  /** The user's tasks in the round: a unit officer's own, a reviewer's all. */
  List<Task> tasks(CurrentUser user, Plan plan, ReportingRound round);

  /**
   * One task: what to report on, the unit, where it stands ({@code stateKey}, a message key) and
   * whether the user still has to act on it, and the page where it is done.
   */
  record Task(String title, String detail, String unitName, String stateKey, boolean toDo, String href) {}
}
