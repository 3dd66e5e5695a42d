package org.sujarit.common;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A business rule refused an input or a change. It carries a message-bundle key (the Thai text the
 * user sees) with its arguments, and the field it concerns when there is one.
 */
public class RuleViolation extends RuntimeException {
  private final String messageKey;
  private final List<Object> args;
  private final String field;

  public RuleViolation(String messageKey, Object... args) {
    this(args, null, messageKey);
  }

  /** A violation concerning one input field. */
  public static RuleViolation field(String field, String messageKey, Object... args) {
    return new RuleViolation(args, field, messageKey);
  }

  private RuleViolation(Object[] args, String field, String messageKey) {
    super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
    this.messageKey = messageKey;
    this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
    this.field = field;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.toArray();
  }

  /** An argument that is itself a message key, shown in the reader's words (a state's Thai name). */
  public record Term(String key) {
    @Override
    public String toString() {
      return key;
    }
  }

  /** The input field concerned, or null. */
  public String field() {
    return field;
  }

  /** The same violation, attached to a form field. */
  public RuleViolation onField(String fieldName) {
    return new RuleViolation(args.toArray(), fieldName, messageKey);
  }
}
