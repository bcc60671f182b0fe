package io.scrapeline.scrapeworker.extract;

import io.scrapeline.model.ItemErrorCode;

/** A page that cannot be extracted as asked, e.g. because a tag selector is not valid CSS. */
public final class ExtractionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ItemErrorCode code;

  public ExtractionException(ItemErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public ItemErrorCode code() {
    return code;
  }
}
