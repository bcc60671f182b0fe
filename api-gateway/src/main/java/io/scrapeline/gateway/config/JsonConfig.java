package io.scrapeline.gateway.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.scrapeline.model.json.WireJson;
import jakarta.inject.Singleton;

/** The API speaks the same JSON as the wire: snake_case, RFC 3339 timestamps. */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    WireJson.configure(mapper);
  }
}
