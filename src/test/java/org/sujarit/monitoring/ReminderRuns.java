package org.sujarit.monitoring;

import org.springframework.context.ApplicationContext;

/** Runs a node's daily reminder job as its scheduler would, for tests outside this package. */
public final class ReminderRuns {
  private ReminderRuns() {}

  public static void daily(ApplicationContext node) {
    node.getBean(Reminders.class).daily();
  }
}
