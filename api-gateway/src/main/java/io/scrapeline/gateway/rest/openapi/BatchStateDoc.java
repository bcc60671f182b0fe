package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What every batch's status document starts with (API.md): identity, status, counters and times.
 * Documentation only: the schemas of the subclasses are flat (each lists these fields itself), as
 * client generators like them.
 */
public abstract class BatchStateDoc {

  @JsonProperty("id")
  @Schema(required = true)
  public UUID id;

  @JsonProperty("status")
  @Schema(
      required = true,
      enumeration = {"queued", "running", "completed", "cancelled", "failed"})
  public String status;

  @JsonProperty("total")
  @Schema(required = true)
  public int total;

  @JsonProperty("completed")
  @Schema(required = true)
  public int completed;

  @JsonProperty("failed")
  @Schema(required = true)
  public int failed;

  @JsonProperty("cancelled")
  @Schema(required = true)
  public int cancelled;

  @JsonProperty("pending")
  @Schema(required = true, description = "total - completed - failed - cancelled")
  public int pending;

  @JsonProperty("invalid_urls")
  @Schema(required = true)
  public List<String> invalidUrls;

  @JsonProperty("created_at")
  @Schema(required = true)
  public Instant createdAt;

  @JsonProperty("finished_at")
  @Schema(nullable = true)
  public Instant finishedAt;

  @JsonProperty("expires_at")
  @Schema(required = true, description = ApiDocs.EXPIRES_AT)
  public Instant expiresAt;
}
