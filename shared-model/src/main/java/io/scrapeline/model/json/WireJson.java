package io.scrapeline.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/** The one Jackson setup of the wire format, so all services read and write the same bytes. */
public final class WireJson {

  /** Reasons longer than this are cut, so a hostile record cannot bloat DLQ headers or logs. */
  static final int MAX_REASON_LENGTH = 500;

  private static final ObjectMapper MAPPER = configure(new ObjectMapper());

  /** Stricter than the shared mapper: explicit nulls for primitives and trailing data fail. */
  private static final ObjectReader READER =
      MAPPER
          .reader()
          .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private WireJson() {}

  /** A new mapper with the wire settings; each call returns a copy the caller may change. */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /**
   * Applies the wire settings to {@code mapper} (e.g. from a Quarkus ObjectMapperCustomizer):
   * snake_case names, ISO-8601 instants, unknown properties ignored, nulls written.
   *
   * @return {@code mapper}
   */
  public static ObjectMapper configure(ObjectMapper mapper) {
    Objects.requireNonNull(mapper, "mapper");
    mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    mapper.registerModule(new JavaTimeModule());
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    mapper.disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.setDefaultPropertyInclusion(
        JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS));
    return mapper;
  }

  /**
   * Reads one record of {@code type}.
   *
   * @throws MalformedRecordException for empty input, unparseable JSON, missing required fields,
   *     invalid values or an unsupported schema version
   */
  public static <T> T read(byte[] bytes, Class<T> type) {
    Objects.requireNonNull(type, "type");
    String name = type.getSimpleName();
    if (bytes == null || bytes.length == 0) {
      throw new MalformedRecordException(name + ": empty record");
    }
    T value;
    try {
      value = READER.forType(type).readValue(bytes);
    } catch (IOException e) {
      throw new MalformedRecordException(shorten(name + ": " + ReadFailure.describe(e)), e);
    }
    if (value == null) {
      throw new MalformedRecordException(name + ": record is JSON null");
    }
    return value;
  }

  /** Writes {@code value} as UTF-8 JSON. */
  public static byte[] write(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }

  private static String shorten(String reason) {
    return reason.length() <= MAX_REASON_LENGTH
        ? reason
        : reason.substring(0, MAX_REASON_LENGTH - 3) + "...";
  }

  /** Turns Jackson's exceptions into one-line reasons that name the field at fault. */
  private static final class ReadFailure {

    static String describe(IOException e) {
      if (e instanceof StreamReadException parse) {
        return "unparseable JSON: " + parse.getOriginalMessage();
      }
      if (e instanceof ValueInstantiationException invalid && invalid.getCause() != null) {
        return "invalid value" + at(invalid) + ": " + invalid.getCause().getMessage();
      }
      if (e instanceof JsonMappingException mapping) {
        return "invalid record" + at(mapping) + ": " + mapping.getOriginalMessage();
      }
      return "unreadable record: " + e.getMessage();
    }

    private static String at(JsonMappingException e) {
      StringBuilder path = new StringBuilder();
      for (JsonMappingException.Reference ref : e.getPath()) {
        if (ref.getFieldName() != null) {
          path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          path.append('[').append(ref.getIndex()).append(']');
        }
      }
      return path.length() == 0 ? "" : " at " + path;
    }
  }
}
