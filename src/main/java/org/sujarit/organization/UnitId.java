package org.sujarit.organization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record UnitId(@JsonValue UUID value) {
  @JsonCreator
  public UnitId {
    if (value == null) throw new IllegalArgumentException("unit id");
  }

  public static UnitId random() {
    return new UnitId(UUID.randomUUID());
  }

  public static UnitId of(String text) {
    return new UnitId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
