package org.sujarit.plan;

import java.math.BigDecimal;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON of the plan's value types: a fiscal year as its B.E. number (also as a map key), baht as a
 * plain decimal number. Used for storage, the audit trail and the API alike.
 */
public final class PlanJson {
  public static final SimpleModule MODULE = module();
  public static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(MODULE)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private PlanJson() {}

  public static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  public static <T> T read(String json, Class<T> type) {
    return MAPPER.readValue(json, type);
  }

  private static SimpleModule module() {
    SimpleModule m = new SimpleModule("sujarit-plan");
    m.addSerializer(FiscalYear.class, new ValueSerializer<>() {
      @Override
      public void serialize(FiscalYear value, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeNumber(value.value());
      }
    });
    m.addDeserializer(FiscalYear.class, new ValueDeserializer<>() {
      @Override
      public FiscalYear deserialize(JsonParser p, DeserializationContext ctxt) {
        return FiscalYear.of(p.getValueAsInt());
      }
    });
    m.addKeySerializer(FiscalYear.class, new ValueSerializer<>() {
      @Override
      public void serialize(FiscalYear value, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeName(Integer.toString(value.value()));
      }
    });
    m.addKeyDeserializer(FiscalYear.class, new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext ctxt) {
        return FiscalYear.of(Integer.parseInt(key.strip()));
      }
    });
    m.addSerializer(Baht.class, new ValueSerializer<>() {
      @Override
      public void serialize(Baht value, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeNumber(value.amount());
      }
    });
    m.addDeserializer(Baht.class, new ValueDeserializer<>() {
      @Override
      public Baht deserialize(JsonParser p, DeserializationContext ctxt) {
        BigDecimal d = p.getDecimalValue();
        return Baht.of(d.setScale(Math.max(2, d.scale())));
      }
    });
    return m;
  }
}
