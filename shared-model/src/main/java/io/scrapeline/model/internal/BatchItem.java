package io.scrapeline.model.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** One valid input URL of a new batch, at its position in the submitted list. */
public record BatchItem(@JsonProperty(required = true) int inputIndex, String url) {

  public BatchItem {
    if (inputIndex < 0) {
      throw new IllegalArgumentException("inputIndex must be >= 0: " + inputIndex);
    }
    Objects.requireNonNull(url, "url");
  }
}
