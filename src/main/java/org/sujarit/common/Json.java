package org.sujarit.common;

import java.math.BigDecimal;
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
 * The one JSON form of stored values and audit entries in every module: a fiscal year as its B.E.
 * number (also as a map key), baht as a plain decimal number. The API speaks it too ({@link #MODULE}).
 */
public final class Json {
  public static final SimpleModule MODULE = module();
  public static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(MODULE)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private Json() {}

  public static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  public static <T> T read(String json, Class<T> type) {
    return MAPPER.readValue(json, type);
  }

  private static SimpleModule module() {
    SimpleModule m = new SimpleModule("sujarit");
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
