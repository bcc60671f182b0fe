package io.scrapeline.local.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes the finished items of one batch as JSON lines in the order of the batch's listing, which
 * is {@code input_index} order. An item offered before the ones listed ahead of it waits until they
 * are all there. Positions count listed items (0, 1, 2...), so the gaps invalid URLs leave in
 * {@code input_index} do not hold anything back.
 */
final class OrderedJsonlWriter {

  private final Writer out;
  private final ObjectMapper mapper;
  private final long indexOffset;
  private final SortedMap<Long, ObjectNode> waiting = new TreeMap<>();
  private long next;

  /**
   * @param indexOffset added to each item's {@code input_index}: where this batch's URLs start in
   *     the input when it was split into several batches
   */
  OrderedJsonlWriter(Writer out, ObjectMapper mapper, long indexOffset) {
    this.out = out;
    this.mapper = mapper;
    this.indexOffset = indexOffset;
  }

  /** The position of the first item not written yet. */
  long next() {
    return next;
  }

  /**
   * How many positions from {@link #next()} on are worth asking for: up to the first item already
   * waiting, at most {@code max}, at least 1.
   */
  int wanted(int max) {
    return waiting.isEmpty() ? max : (int) Math.max(1, Math.min(max, waiting.firstKey() - next));
  }

  /**
   * Accepts the finished item at {@code position} and writes every item that is now next in line.
   * An item offered twice is written once.
   *
   * @return how many lines were written
   */
  int offer(long position, ObjectNode item) throws IOException {
    if (position >= next) {
      waiting.putIfAbsent(position, item);
    }
    int written = 0;
    while (!waiting.isEmpty() && waiting.firstKey() == next) {
      write(waiting.remove(next));
      next++;
      written++;
    }
    return written;
  }

  private void write(ObjectNode item) throws IOException {
    if (indexOffset != 0 && item.hasNonNull("input_index")) {
      item.put("input_index", item.get("input_index").asLong() + indexOffset);
    }
    out.write(mapper.writeValueAsString(item) + "\n");
  }
}
