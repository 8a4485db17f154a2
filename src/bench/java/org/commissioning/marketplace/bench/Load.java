package org.commissioning.marketplace.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * A closed-loop load generator that costs the machine little, so that it can share two cores with
 * the server and the database: N clients, each with one request in flight on its own keep-alive
 * HTTP/1.1 connection, all driven by one thread through one selector (no per-request objects
 * beyond the request's bytes). A client sends its next request as soon as the whole answer to
 * the last one is read; latency is from the first byte sent to the last byte read. (Java's own
 * HttpClient used half of the machine to drive the server at full speed.)
 */
final class Load {

    private Load() {
    }

    /** For preparing data (not for measuring): Java's HTTP client. */
    static final HttpClient HTTP = client(null);

    static HttpClient client(java.net.CookieHandler cookies) {
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10));
        return (cookies == null ? b : b.cookieHandler(cookies)).build();
    }

    /** One request as bytes on the wire. */
    record Request(byte[] bytes) {
        static Request get(URI uri, Map<String, String> headers) {
            return of("GET", uri, headers, null);
        }

        static Request of(String method, URI uri, Map<String, String> headers, String body) {
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method).append(' ').append(uri.getRawPath())
                    .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
            Map<String, String> all = new LinkedHashMap<>(headers);
            if (body != null || !method.equals("GET")) {
                all.put("Content-Length", String.valueOf(content.length));
            }
            all.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            byte[] h = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
            byte[] bytes = Arrays.copyOf(h, h.length + content.length);
            System.arraycopy(content, 0, bytes, h.length, content.length);
            return new Request(bytes);
        }
    }

    /** What a run measured: answers accepted, refused, and the latency of accepted ones in microseconds (sorted). */
    record Result(int clients, long accepted, long errors, String firstError, long[] micros, double seconds) {
        double perSecond() {
            return accepted / seconds;
        }

        double percentileMs(double p) {
            if (micros.length == 0) {
                return 0;
            }
            return micros[Math.min(micros.length - 1, (int) Math.ceil(p / 100.0 * micros.length) - 1)] / 1000.0;
        }
    }

    /**
     * Runs {@code clients} clients against {@code server} for {@code run}: client {@code i}'s
     * requests come from {@code next.apply(i)}; an answer with the {@code expected} status is
     * accepted (its body handed to {@code accepted} when given), any other is an error.
     */
    static Result run(URI server, int clients, Duration run, IntFunction<Request> next, int expected, Consumer<String> accepted)
            throws IOException {
        InetSocketAddress address = new InetSocketAddress(server.getHost(), server.getPort());
        long[] micros = new long[1 << 16];
        int count = 0;
        long errors = 0;
        String firstError = null;
        long start = System.nanoTime();
        long end = start + run.toNanos();
        try (Selector selector = Selector.open()) {
            Client[] all = new Client[clients];
            for (int i = 0; i < clients; i++) {
                all[i] = new Client(i, address, selector);
                all[i].send(next.apply(i).bytes());
            }
            int open = clients;
            while (open > 0) {
                selector.select(1000);
                if (System.nanoTime() > end + Duration.ofSeconds(60).toNanos()) {
                    throw new IllegalStateException("Answers still missing a minute after the end of the run");
                }
                for (var it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                    SelectionKey key = it.next();
                    it.remove();
                    Client c = (Client) key.attachment();
                    Client.Answer answer;
                    try {
                        if (key.isValid() && key.isWritable()) {
                            c.flush();
                        }
                        answer = key.isValid() && key.isReadable() ? c.read(accepted != null) : null;
                    } catch (IOException e) {
                        answer = new Client.Answer(-1, e.toString(), c.sentAt);
                        c.reconnect(address, selector);
                    }
                    if (answer == null) {
                        continue;
                    }
                    long now = System.nanoTime();
                    if (answer.status() == expected) {
                        if (accepted != null) {
                            accepted.accept(answer.body());
                        }
                        if (count == micros.length) {
                            micros = Arrays.copyOf(micros, micros.length * 2);
                        }
                        micros[count++] = (now - answer.sentAt()) / 1000;
                    } else {
                        errors++;
                        if (firstError == null) {
                            firstError = answer.status() < 0 ? answer.body()
                                    : "HTTP " + answer.status() + " " + answer.body().substring(0, Math.min(160, answer.body().length()));
                        }
                    }
                    if (now < end) {
                        if (c.closing) {
                            c.reconnect(address, selector);
                        }
                        c.send(next.apply(c.index).bytes());
                    } else {
                        c.close();
                        open--;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        return new Result(clients, count, errors, firstError == null ? "" : firstError, sorted, seconds);
    }

    /** One connection: the request being written, and the answer being read. */
    private static final class Client {
        record Answer(int status, String body, long sentAt) {
        }

        final int index;
        private SocketChannel channel;
        private SelectionKey key;
        private ByteBuffer out = ByteBuffer.allocate(0);
        private ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        long sentAt;
        /** The server said it closes the connection after this answer (as it does after so many requests on one). */
        boolean closing;

        Client(int index, InetSocketAddress address, Selector selector) throws IOException {
            this.index = index;
            connect(address, selector);
        }

        private void connect(InetSocketAddress address, Selector selector) throws IOException {
            channel = SocketChannel.open(address);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.configureBlocking(false);
            key = channel.register(selector, SelectionKey.OP_READ, this);
            in.clear();
            closing = false;
        }

        void reconnect(InetSocketAddress address, Selector selector) throws IOException {
            close();
            connect(address, selector);
        }

        void close() throws IOException {
            key.cancel();
            channel.close();
        }

        void send(byte[] request) throws IOException {
            sentAt = System.nanoTime();
            out = ByteBuffer.wrap(request);
            flush();
        }

        void flush() throws IOException {
            channel.write(out);
            key.interestOps(out.hasRemaining() ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }

        /** Reads what arrived; the answer once it is whole, else null. */
        Answer read(boolean wantBody) throws IOException {
            if (!in.hasRemaining()) {
                in = ByteBuffer.allocate(in.capacity() * 2).put(in.flip());
            }
            if (channel.read(in) < 0) {
                throw new IOException("The server closed the connection");
            }
            byte[] b = in.array();
            int length = in.position();
            int headEnd = indexOf(b, length, 0, "\r\n\r\n");
            if (headEnd < 0) {
                return null;
            }
            String head = new String(b, 0, headEnd, StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(head.substring(9, 12));
            int bodyStart = headEnd + 4;
            String lower = head.toLowerCase();
            int cl = lower.indexOf("\r\ncontent-length:");
            byte[] body;
            int consumed;
            if (cl >= 0) {
                int lineEnd = lower.indexOf("\r\n", cl + 2);
                int n = Integer.parseInt(lower.substring(cl + 17, lineEnd < 0 ? lower.length() : lineEnd).strip());
                if (length < bodyStart + n) {
                    return null;
                }
                body = wantBody || status >= 300 ? Arrays.copyOfRange(b, bodyStart, bodyStart + n) : null;
                consumed = bodyStart + n;
            } else if (lower.contains("\r\ntransfer-encoding: chunked")) {
                ByteArrayOutputStream chunks = new ByteArrayOutputStream();
                int at = bodyStart;
                while (true) {
                    int sizeEnd = indexOf(b, length, at, "\r\n");
                    if (sizeEnd < 0) {
                        return null;
                    }
                    String size = new String(b, at, sizeEnd - at, StandardCharsets.ISO_8859_1);
                    int n = Integer.parseInt(size.contains(";") ? size.substring(0, size.indexOf(';')) : size.strip(), 16);
                    if (length < sizeEnd + 2 + n + 2) {
                        return null;
                    }
                    chunks.write(b, sizeEnd + 2, n);
                    at = sizeEnd + 2 + n + 2;
                    if (n == 0) {
                        break;
                    }
                }
                body = chunks.toByteArray();
                consumed = at;
            } else {
                body = new byte[0];
                consumed = bodyStart;
            }
            // Keep whatever followed (nothing, with one request in flight).
            in.flip().position(consumed);
            in.compact();
            closing = lower.contains("\r\nconnection: close");
            return new Answer(status, body == null ? "" : new String(body, StandardCharsets.UTF_8), sentAt);
        }

        private static int indexOf(byte[] b, int length, int from, String what) {
            outer:
            for (int i = from; i <= length - what.length(); i++) {
                for (int j = 0; j < what.length(); j++) {
                    if (b[i + j] != what.charAt(j)) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
