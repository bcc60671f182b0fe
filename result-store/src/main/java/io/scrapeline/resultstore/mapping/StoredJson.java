package io.scrapeline.resultstore.mapping;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.scrapeline.model.json.WireJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * JSON for jsonb columns, in the wire format. PostgreSQL rejects the NUL character in jsonb and
 * text, and a page may contain one: written strings drop it, so that such a result can never fail
 * its transaction again and again.
 */
public final class StoredJson {

  private static final ObjectMapper MAPPER =
      WireJson.mapper().registerModule(new SimpleModule().addSerializer(new NulFreeStrings()));

  private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};

  private StoredJson() {}

  /** {@code value} as JSON text, or null for null. */
  public static String write(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + value.getClass().getName(), e);
    }
  }

  /** Reads a stored JSON array of strings. */
  public static List<String> readStrings(String json) {
    try {
      return MAPPER.readValue(json, STRING_LIST);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored JSON is not a list of strings", e);
    }
  }

  /** {@code text} without NUL characters, or null for null. */
  public static String withoutNul(String text) {
    return text == null || text.indexOf('\0') < 0 ? text : text.replace("\0", "");
  }

  private static final class NulFreeStrings extends StdSerializer<String> {

    private static final long serialVersionUID = 1L;

    NulFreeStrings() {
      super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeString(withoutNul(value));
    }
  }
}
