package io.scrapeline.gateway.store;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A result store that accepts every connection, reads the request line and never answers: the hung
 * store that only timeouts protect the gateway from. Records the request lines it saw. The
 * gateway's fault-tolerance timeouts are shortened for it through MicroProfile's per-method keys.
 */
public class SilentResultStore implements QuarkusTestResourceLifecycleManager {

  /** The request lines received, e.g. {@code POST /internal/batches HTTP/1.1}. */
  static final List<String> REQUEST_LINES = new CopyOnWriteArrayList<>();

  private final List<Socket> held = new CopyOnWriteArrayList<>();
  private ServerSocket server;

  @Override
  public Map<String, String> start() {
    try {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Thread acceptor = new Thread(this::acceptForever, "silent-result-store");
    acceptor.setDaemon(true);
    acceptor.start();
    String store = "quarkus.fault-tolerance.\"" + ResultStore.class.getName();
    return Map.of(
        "quarkus.rest-client.result-store.url",
        "http://127.0.0.1:" + server.getLocalPort(),
        // A blocking call ends at its read timeout, whatever the fault-tolerance timeout says.
        "quarkus.rest-client.result-store.read-timeout",
        "500",
        store + "/create\".timeout.value",
        "1000",
        store + "/fail\".timeout.value",
        "300",
        store + "/status\".timeout.value",
        "300");
  }

  private void acceptForever() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        held.add(socket);
        REQUEST_LINES.add(requestLine(socket.getInputStream()));
      } catch (IOException e) {
        return;
      }
    }
  }

  private static String requestLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c >= 0 && c != '\r' && c != '\n'; c = in.read()) {
      line.append((char) c);
    }
    return new String(
        line.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  @Override
  public void stop() {
    if (server == null) {
      return;
    }
    try {
      server.close();
      for (Socket socket : held) {
        socket.close();
      }
    } catch (IOException ignored) {
      // The test is over; nothing depends on a clean close.
    }
  }
}
