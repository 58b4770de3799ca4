package io.github.camelclicksend.voice.simulator;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A small blocking HTTP/1.1 server on a plain {@link ServerSocket}: one pooled thread per connection,
 * keep-alive, Content-Length and chunked request bodies, optional TLS. It owns the sockets, which is what
 * the faults need (RST with SO_LINGER 0, FIN without an answer, trickled bytes).
 */
final class SimHttpServer implements Closeable {

    /** Turns requests into responses; the server only moves bytes and applies faults. */
    interface Handler {
        HttpResponse handle(HttpRequest request);

        /** Adds the headers every API answer carries to a response the handler did not produce (a fault). */
        HttpResponse decorate(HttpResponse response, HttpRequest request);
    }

    private static final System.Logger LOG = System.getLogger(SimHttpServer.class.getName());
    private static final int IDLE_TIMEOUT_MILLIS = 60_000;
    private static final int BACKLOG = 200;

    private final int requestedPort;
    private final SSLContext sslContext;
    private final Handler handler;
    private final FaultPlan faults;
    private final RequestLedger ledger;
    private final Clock clock;
    private final InspectionEndpoints inspection;
    private final ConsoleEndpoints console;
    private final Consumer<RecordedRequest> completed;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private ServerSocket serverSocket;
    private ExecutorService workers;
    private volatile boolean closed;

    /**
     * @param clock      stamps the {@code Date} header of every answer
     * @param inspection serves {@code /_simulator/...}, outside the ledger and the faults
     * @param console    serves the web console at {@code /} and its {@code /_simulator/...} paths, likewise
     * @param completed  told of each recorded request once it was answered (or dropped by a fault)
     */
    SimHttpServer(int port, SSLContext sslContext, Handler handler, FaultPlan faults, RequestLedger ledger,
                  Clock clock, InspectionEndpoints inspection, ConsoleEndpoints console,
                  Consumer<RecordedRequest> completed) {
        this.requestedPort = port;
        this.sslContext = sslContext;
        this.handler = handler;
        this.faults = faults;
        this.ledger = ledger;
        this.clock = clock;
        this.inspection = inspection;
        this.console = console;
        this.completed = completed;
    }

    void start() throws IOException {
        serverSocket = new ServerSocket();
        serverSocket.setReuseAddress(true);
        serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), BACKLOG);
        workers = Executors.newCachedThreadPool(daemonThreads("clicksend-simulator-" + port() + "-"));
        Thread acceptor = daemonThreads("clicksend-simulator-accept-").newThread(this::acceptLoop);
        acceptor.start();
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    boolean secure() {
        return sslContext != null;
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(serverSocket);
        open.forEach(SimHttpServer::closeQuietly);
        if (workers != null) {
            workers.shutdownNow();
            try {
                workers.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket raw = serverSocket.accept();
                open.add(raw);
                workers.execute(() -> serve(raw));
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(Level.WARNING, "accept failed: {0}", e.toString());
                }
            } catch (RejectedExecutionException e) {
                open.forEach(SimHttpServer::closeQuietly); // closing: the last accepted socket has no worker
                return;
            }
        }
    }

    private void serve(Socket raw) {
        try {
            raw.setTcpNoDelay(true);
            raw.setSoTimeout(IDLE_TIMEOUT_MILLIS);
            Socket socket = raw;
            if (sslContext != null) {
                // Layered on the plain socket so a drop can reset the TCP connection without a TLS close_notify.
                SSLSocket tls = (SSLSocket) sslContext.getSocketFactory().createSocket(raw, null, raw.getPort(), true);
                tls.setUseClientMode(false);
                tls.startHandshake();
                socket = tls;
            }
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            boolean keepAlive = true;
            while (keepAlive && !closed) {
                keepAlive = exchange(raw, socket, in, out);
            }
        } catch (HttpRequest.MalformedRequestException e) {
            LOG.log(Level.DEBUG, "malformed request: {0}", e.getMessage());
        } catch (IOException e) {
            LOG.log(Level.TRACE, "connection ended: {0}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(raw);
            open.remove(raw);
        }
    }

    /** Serves one request; false when the connection must end. */
    private boolean exchange(Socket raw, Socket socket, InputStream in, OutputStream out)
            throws IOException, InterruptedException {
        HttpRequest request;
        try {
            request = HttpRequest.readHead(in);
        } catch (HttpRequest.MalformedRequestException e) {
            throw badRequest(out, e);
        }
        if (request == null) {
            return false;
        }
        if (ConsoleEndpoints.handles(request.path)) {
            request.readBody(in);
            return write(out, console.handle(request), request);
        }
        if (InspectionEndpoints.handles(request.path)) {
            request.readBody(in);
            return write(out, inspection.handle(request), request);
        }
        Fault fault = faults.take(request.method, request.path);
        if (fault != null && fault.type() == FaultType.DROP_BEFORE_BODY) {
            completed.accept(ledger.record(request));
            LOG.log(Level.DEBUG, "{0} {1}: fault {2}", request.method, request.path, fault);
            reset(raw);
            return false;
        }
        if (request.expectsContinue()) {
            out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
        try {
            request.readBody(in);
        } catch (HttpRequest.MalformedRequestException e) {
            throw badRequest(out, e);
        }
        RecordedRequest recorded = ledger.record(request);

        HttpResponse response = fault == null || fault.type().processesRequest() ? handler.handle(request) : null;
        if (fault != null) {
            LOG.log(Level.DEBUG, "{0} {1}: fault {2}", request.method, request.path, fault);
            response = FaultResponses.apply(fault, response, request, handler);
        }
        Duration latency = faults.latency();
        if (!latency.isZero()) {
            Thread.sleep(latency.toMillis());
        }
        if (fault != null && fault.type() == FaultType.DROP_AFTER_PROCESSING) {
            completed.accept(recorded);
            reset(raw);
            return false;
        }
        if (fault != null && fault.type() == FaultType.CLOSE_WITHOUT_RESPONSE) {
            out.flush();
            if (!(socket instanceof SSLSocket)) {
                socket.shutdownOutput();
            }
            socket.close();
            completed.accept(recorded);
            return false;
        }
        LOG.log(Level.DEBUG, "{0} {1} -> {2}", request.method, request.path, response.status);
        boolean keepAlive = request.keepAlive() && !closed;
        byte[] bytes = response.serialize(keepAlive, clock.instant());
        recorded.answered(response.status);
        if (fault != null && fault.type() == FaultType.TRICKLE) {
            trickle(out, bytes, fault.chunkBytes(), fault.perChunk());
        } else {
            out.write(bytes);
            out.flush();
        }
        completed.accept(recorded);
        return keepAlive;
    }

    private boolean write(OutputStream out, HttpResponse response, HttpRequest request) throws IOException {
        boolean keepAlive = request.keepAlive() && !closed;
        out.write(response.serialize(keepAlive, clock.instant()));
        out.flush();
        return keepAlive;
    }

    /** Answers 400 and hands back the exception that ends the connection. */
    private IOException badRequest(OutputStream out, HttpRequest.MalformedRequestException e) throws IOException {
        out.write(Json.response(400, "BAD_REQUEST", "Malformed HTTP request.", null).serialize(false, clock.instant()));
        out.flush();
        return e;
    }

    private static void trickle(OutputStream out, byte[] bytes, int chunkBytes, Duration pause)
            throws IOException, InterruptedException {
        for (int offset = 0; offset < bytes.length; offset += chunkBytes) {
            if (offset > 0) {
                Thread.sleep(pause.toMillis(), pause.toNanosPart() % 1_000_000);
            }
            out.write(bytes, offset, Math.min(chunkBytes, bytes.length - offset));
            out.flush();
        }
    }

    /** Abortive close: with SO_LINGER 0 the kernel sends RST instead of FIN. */
    private static void reset(Socket raw) {
        try {
            raw.setSoLinger(true, 0);
        } catch (SocketException e) {
            // already closed
        }
        closeQuietly(raw);
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
