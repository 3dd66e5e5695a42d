package org.sujarit.document.model;

/** A plan that cannot be rendered; the message is Thai, for the person who supplied the plan. */
public class PlanRenderException extends IllegalArgumentException {
  public PlanRenderException(String message) {
    super(message);
  }
}
