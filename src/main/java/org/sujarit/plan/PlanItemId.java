package org.sujarit.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record PlanItemId(@JsonValue UUID value) {
  @JsonCreator
  public PlanItemId {
    if (value == null) throw new IllegalArgumentException("PlanItemId");
  }

  public static PlanItemId random() {
    return new PlanItemId(UUID.randomUUID());
  }

  public static PlanItemId of(String text) {
    return new PlanItemId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
