package io.scrapeline.resultstore.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.scrapeline.model.json.WireJson;
import jakarta.inject.Singleton;

/** The REST layer writes and reads JSON exactly as the wire format does (snake_case, ISO time). */
@Singleton
public class WireJsonCustomizer implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    WireJson.configure(mapper);
  }
}
