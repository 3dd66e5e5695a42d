package org.sujarit.interchange;

import java.io.InputStream;
import java.io.OutputStream;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.core.StreamWriteFeature;

/** Reads and writes {@link PlanInterchange} as UTF-8 JSON; usable without Spring (command line). */
public final class InterchangeJson {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  private InterchangeJson() {}

  public static PlanInterchange read(InputStream in) {
    return MAPPER.readValue(in, PlanInterchange.class);
  }

  public static PlanInterchange read(String json) {
    return MAPPER.readValue(json, PlanInterchange.class);
  }

  public static void write(PlanInterchange plan, OutputStream out) {
    MAPPER.writeValue(out, plan);
  }

  public static String write(PlanInterchange plan) {
    return MAPPER.writeValueAsString(plan);
  }
}
