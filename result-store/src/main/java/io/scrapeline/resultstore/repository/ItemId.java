package io.scrapeline.resultstore.repository;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The primary key of {@link ItemEntity}: the batch and the item's input index. */
public class ItemId implements Serializable {

  private static final long serialVersionUID = 1L;

  public UUID batchId;
  public int inputIndex;

  public ItemId() {}

  public ItemId(UUID batchId, int inputIndex) {
    this.batchId = batchId;
    this.inputIndex = inputIndex;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ItemId that
        && inputIndex == that.inputIndex
        && Objects.equals(batchId, that.batchId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(batchId, inputIndex);
  }
}
