package io.scrapeline.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class OrderedJsonlWriterTest {

  private final ObjectMapper mapper = new ObjectMapper();
  private final StringWriter out = new StringWriter();
  private final OrderedJsonlWriter writer = new OrderedJsonlWriter(out, mapper, 0);

  @Test
  void holdsBackItemsUntilEveryEarlierOneArrived() throws Exception {
    assertThat(writer.offer(2, item(2))).isZero();
    assertThat(writer.offer(1, item(1))).isZero();
    assertThat(out.toString()).isEmpty();

    assertThat(writer.offer(0, item(0))).isEqualTo(3);

    assertThat(out.toString()).isEqualTo(line(0) + line(1) + line(2));
    assertThat(writer.next()).isEqualTo(3);
  }

  @Test
  void writesAContiguousPrefixAsSoonAsItIsComplete() throws Exception {
    writer.offer(0, item(0));
    writer.offer(3, item(3));
    writer.offer(1, item(1));

    assertThat(out.toString()).isEqualTo(line(0) + line(1));

    writer.offer(2, item(2));

    assertThat(out.toString()).isEqualTo(line(0) + line(1) + line(2) + line(3));
  }

  @Test
  void positionsIgnoreTheGapsInvalidUrlsLeaveInInputIndex() throws Exception {
    writer.offer(1, item(4));
    writer.offer(0, item(1));

    assertThat(out.toString()).isEqualTo(line(1) + line(4));
  }

  @Test
  void writesAnItemOfferedTwiceOnce() throws Exception {
    writer.offer(1, item(1));
    writer.offer(0, item(0));
    writer.offer(0, item(0));
    writer.offer(1, item(1));

    assertThat(out.toString()).isEqualTo(line(0) + line(1));
  }

  @Test
  void addsTheBatchOffsetToInputIndexAndKeepsTheRestAsItIs() throws Exception {
    OrderedJsonlWriter second = new OrderedJsonlWriter(out, mapper, 10_000);
    ObjectNode item = item(0);
    item.putObject("data").put("markdown", "# Ünïcode\n");
    item.putNull("error");

    second.offer(0, item);

    assertThat(out.toString())
        .isEqualTo(
            "{\"input_index\":10000,\"url\":\"https://example.com/0\",\"status\":\"completed\","
                + "\"data\":{\"markdown\":\"# Ünïcode\\n\"},\"error\":null}\n");
  }

  @Test
  void asksOnlyForThePositionsBeforeTheFirstWaitingItem() throws Exception {
    assertThat(writer.wanted(100)).isEqualTo(100);

    writer.offer(3, item(3));
    assertThat(writer.wanted(100)).isEqualTo(3);
    assertThat(writer.wanted(2)).isEqualTo(2);

    writer.offer(0, item(0));
    assertThat(writer.wanted(100)).isEqualTo(2);

    writer.offer(1, item(1));
    writer.offer(2, item(2));
    assertThat(writer.wanted(100)).isEqualTo(100);
  }

  private ObjectNode item(int inputIndex) {
    return mapper
        .createObjectNode()
        .put("input_index", inputIndex)
        .put("url", "https://example.com/" + inputIndex)
        .put("status", "completed");
  }

  private static String line(int inputIndex) {
    return "{\"input_index\":"
        + inputIndex
        + ",\"url\":\"https://example.com/"
        + inputIndex
        + "\",\"status\":\"completed\"}\n";
  }
}
