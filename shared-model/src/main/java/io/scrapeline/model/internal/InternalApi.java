package io.scrapeline.model.internal;

/** Names shared by both sides of the result store's internal REST API. */
public final class InternalApi {

  /** Header that carries the shared internal token on every internal call. */
  public static final String TOKEN_HEADER = "X-Internal-Token";

  private InternalApi() {}
}
