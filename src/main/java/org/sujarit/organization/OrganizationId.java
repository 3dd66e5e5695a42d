package org.sujarit.organization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record OrganizationId(@JsonValue UUID value) {
  @JsonCreator
  public OrganizationId {
    if (value == null) throw new IllegalArgumentException("organization id");
  }

  public static OrganizationId random() {
    return new OrganizationId(UUID.randomUUID());
  }

  public static OrganizationId of(String text) {
    return new OrganizationId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
