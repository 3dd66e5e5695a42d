package org.sujarit.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record PlanId(@JsonValue UUID value) {
  @JsonCreator
  public PlanId {
    if (value == null) throw new IllegalArgumentException("PlanId");
  }

  public static PlanId random() {
    return new PlanId(UUID.randomUUID());
  }

  public static PlanId of(String text) {
    return new PlanId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
