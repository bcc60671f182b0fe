package io.scrapeline.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;

/**
 * A stand-in for the api-gateway's batch-scrape endpoints on 127.0.0.1, for testing the client: it
 * checks the key, rejects invalid URLs and more than {@link ScrapeCommand#MAX_BATCH} URLs, lists
 * items in {@code input_index} order with {@code from}/{@code page_size} paging, and finishes a few
 * items on each status request, out of order. URLs containing {@code fail} end failed.
 */
final class FakeGateway implements AutoCloseable {

  static final String KEY = "sl_test";

  static {
    // Headers and body go out in two writes; without this, Nagle plus delayed ACKs add ~40 ms to
    // every answer (the real gateway, on Vert.x, sets TCP_NODELAY too).
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final ObjectMapper mapper = new ObjectMapper();
  private final HttpServer server;
  private final Map<String, Batch> batches = new HashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<JsonNode> submissions = new CopyOnWriteArrayList<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition polled = lock.newCondition();
  private int statusRequests;
  private volatile int finishedPerPoll = 2;
  private volatile int cancelAtPoll = -1;
  private volatile int unavailableStatusRequests;

  FakeGateway() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/batch/scrape", this::handle);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Items finished by each status request after the first; 0 keeps batches running forever. */
  FakeGateway finishingPerPoll(int items) {
    finishedPerPoll = items;
    return this;
  }

  /** Cancels the batch, as another client would, when it is asked for its status the n-th time. */
  FakeGateway cancellingAtPoll(int poll) {
    cancelAtPoll = poll;
    return this;
  }

  /** Answers the next {@code count} status requests 503, as when the result store is away. */
  FakeGateway unavailableFor(int count) {
    unavailableStatusRequests = count;
    return this;
  }

  /** {@code METHOD path?query} of every request, in arrival order. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  List<JsonNode> submissions() {
    return List.copyOf(submissions);
  }

  /** Blocks until the status of some batch was asked for {@code count} times. */
  void awaitStatusRequests(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (statusRequests < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("only " + statusRequests + " status requests");
        }
        polled.await(left, TimeUnit.NANOSECONDS);
      }
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    String method = exchange.getRequestMethod();
    requests.add(method + " " + uri);
    lock.lock();
    try {
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      if (!("Bearer " + KEY).equals(auth)) {
        respond(exchange, 401, error("unauthorized", "missing or unknown API key"));
        return;
      }
      String id = uri.getPath().replaceFirst("^/v1/batch/scrape/?", "");
      if (method.equals("POST") && id.isEmpty()) {
        submit(exchange);
      } else if (method.equals("GET") && unavailableStatusRequests > 0) {
        unavailableStatusRequests--;
        respond(exchange, 503, error("unavailable", "the result store cannot be reached"));
      } else if (method.equals("GET") && batches.containsKey(id)) {
        status(exchange, batches.get(id), query(uri));
      } else if (method.equals("DELETE") && batches.containsKey(id)) {
        cancel(exchange, batches.get(id));
      } else {
        respond(exchange, 404, error("not_found", "no batch " + id));
      }
    } finally {
      lock.unlock();
      exchange.close();
    }
  }

  private void submit(HttpExchange exchange) throws IOException {
    JsonNode body = mapper.readTree(exchange.getRequestBody());
    submissions.add(body);
    JsonNode urls = body.path("urls");
    if (urls.size() > ScrapeCommand.MAX_BATCH) {
      respond(exchange, 413, error("too_many_urls", "a batch may hold at most 10000 URLs"));
      return;
    }
    Batch batch = new Batch(UUID.randomUUID().toString());
    for (int index = 0; index < urls.size(); index++) {
      String url = urls.get(index).asText();
      if (url.startsWith("http://") || url.startsWith("https://")) {
        batch.items.add(new Item(index, url));
      } else {
        batch.invalid.add(url);
      }
    }
    if (batch.items.isEmpty()) {
      respond(exchange, 400, error("no_valid_urls", "none of the URLs is valid"));
      return;
    }
    batches.put(batch.id, batch);
    ObjectNode answer = mapper.createObjectNode();
    answer.put("id", batch.id).put("status", batch.status).put("total", batch.items.size());
    batch.invalid.forEach(answer.putArray("invalid_urls")::add);
    answer.put("status_url", "/v1/batch/scrape/" + batch.id);
    respond(exchange, 202, answer);
  }

  private void status(HttpExchange exchange, Batch batch, Map<String, String> query)
      throws IOException {
    int pageSize = Integer.parseInt(query.getOrDefault("page_size", "10"));
    if (pageSize < 1 || pageSize > 100) {
      respond(exchange, 400, error("invalid_request", "page_size must be 1..100"));
      return;
    }
    int from =
        query.containsKey("from")
            ? Integer.parseInt(query.get("from"))
            : (Integer.parseInt(query.getOrDefault("page", "1")) - 1) * pageSize;
    batch.polls++;
    if (batch.polls == cancelAtPoll) {
      batch.cancel();
    } else if (batch.polls > 1 && !batch.status.equals("cancelled")) {
      batch.advance(finishedPerPoll);
    }
    ObjectNode answer = summary(batch);
    answer.put("page_size", pageSize);
    int end = Math.min(batch.items.size(), from + pageSize);
    answer.put(
        "next",
        end < batch.items.size()
            ? "/v1/batch/scrape/" + batch.id + "?from=" + end + "&page_size=" + pageSize
            : null);
    ArrayNode results = answer.putArray("results");
    for (int position = from; position < end; position++) {
      results.add(batch.items.get(position).json());
    }
    respond(exchange, 200, answer);
    statusRequests++;
    polled.signalAll();
  }

  private void cancel(HttpExchange exchange, Batch batch) throws IOException {
    if (batch.status.equals("completed")) {
      respond(exchange, 409, error("batch_finished", "the batch already finished"));
      return;
    }
    batch.cancel();
    respond(exchange, 200, summary(batch));
  }

  private ObjectNode summary(Batch batch) {
    ObjectNode answer = mapper.createObjectNode();
    answer.put("id", batch.id).put("status", batch.status).put("total", batch.items.size());
    for (String status : List.of("completed", "failed", "cancelled", "pending")) {
      answer.put(status, batch.items.stream().filter(item -> item.status.equals(status)).count());
    }
    batch.invalid.forEach(answer.putArray("invalid_urls")::add);
    return answer;
  }

  private ObjectNode error(String code, String message) {
    return mapper.createObjectNode().put("code", code).put("message", message);
  }

  private void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = mapper.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> query = new HashMap<>();
    if (uri.getQuery() != null) {
      for (String pair : uri.getQuery().split("&")) {
        String[] parts = pair.split("=", 2);
        query.put(parts[0], parts.length > 1 ? parts[1] : "");
      }
    }
    return query;
  }

  private final class Batch {
    final String id;
    final List<Item> items = new ArrayList<>();
    final List<String> invalid = new ArrayList<>();
    String status = "queued";
    int polls;

    Batch(String id) {
      this.id = id;
    }

    /** Finishes the next pending items in the order 0, 3, 6..., 1, 4, 7..., 2, 5, 8... */
    void advance(int count) {
      IntStream.range(0, items.size())
          .boxed()
          .sorted(Comparator.comparingInt((Integer position) -> position % 3))
          .map(items::get)
          .filter(item -> item.status.equals("pending"))
          .limit(count)
          .forEach(Item::finish);
      boolean pending = items.stream().anyMatch(item -> item.status.equals("pending"));
      status = pending ? (count > 0 ? "running" : status) : "completed";
    }

    void cancel() {
      items.stream()
          .filter(item -> item.status.equals("pending"))
          .forEach(item -> item.status = "cancelled");
      status = "cancelled";
    }
  }

  private final class Item {
    final int inputIndex;
    final String url;
    String status = "pending";

    Item(int inputIndex, String url) {
      this.inputIndex = inputIndex;
      this.url = url;
    }

    void finish() {
      status = url.contains("fail") ? "failed" : "completed";
    }

    ObjectNode json() {
      ObjectNode item = mapper.createObjectNode();
      item.put("input_index", inputIndex).put("url", url).put("status", status);
      boolean completed = status.equals("completed");
      if (completed) {
        item.putObject("data").put("markdown", "# " + url).putNull("html");
      } else {
        item.putNull("data");
      }
      if (status.equals("pending") || status.equals("cancelled")) {
        item.putNull("metadata");
      } else {
        item.putObject("metadata")
            .put("status_code", completed ? 200 : 500)
            .put("final_url", url)
            .put("duration_ms", 12);
      }
      if (status.equals("failed")) {
        item.putObject("error").put("code", "http_error").put("message", "HTTP 500");
      } else {
        item.putNull("error");
      }
      return item;
    }
  }
}
