package com.jobfuture.coach.platform.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fake gateway: HELLO on connect, READY (+ GUILD_CREATE) on IDENTIFY, RESUMED on RESUME, heartbeat acks,
 * and dispatches pushed by the test to the current connection. Can ask the client to reconnect (op 7) or
 * invalidate its session (op 9). Records every op the client sends.
 */
final class FakeGateway extends WebSocketServer {
    private static final Logger LOG = LoggerFactory.getLogger(FakeGateway.class);
    private final CountDownLatch started = new CountDownLatch(1);
    private final Consumer<WebSocket> onIdentify;
    private final List<JsonNode> received = new ArrayList<>();
    private WebSocket current;
    private long seq;
    private String sessionId;
    private int sessions;
    private int connected;

    FakeGateway(Consumer<WebSocket> onIdentify) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.onIdentify = onIdentify;
        setReuseAddr(true);
        setConnectionLostTimeout(0);
    }

    void startAndWait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("fake gateway did not start");
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort();
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        LOG.debug("gateway connection from {}", handshake.getResourceDescriptor());
        connection.send(Payloads.hello().toString());
    }

    @Override
    public void onMessage(WebSocket connection, String text) {
        JsonNode message;
        try {
            message = Payloads.JSON.readTree(text);
        } catch (IOException e) {
            LOG.warn("gateway got non-JSON: {}", text);
            return;
        }
        int op = message.path("op").asInt(-1);
        synchronized (this) {
            received.add(message);
        }
        switch (op) {
            case 1 -> connection.send("{\"op\":11}");
            case 2 -> identify(connection);
            case 6 -> resume(connection, message.path("d"));
            default -> LOG.debug("gateway ignores op {}", op);
        }
    }

    private void identify(WebSocket connection) {
        synchronized (this) {
            current = connection;
            seq = 0;
            sessions++;
            sessionId = "fake-session-" + sessions;
        }
        onIdentify.accept(connection);
        synchronized (this) {
            connected++;
        }
    }

    private void resume(WebSocket connection, JsonNode data) {
        synchronized (this) {
            if (!data.path("session_id").asText().equals(sessionId)) {
                connection.send("{\"op\":9,\"d\":false}");
                return;
            }
            current = connection;
        }
        dispatch("RESUMED", Payloads.object());
        synchronized (this) {
            connected++;
        }
    }

    /** How many times a connection became usable (READY sent after IDENTIFY, or RESUMED after RESUME). */
    synchronized int connectedCount() {
        return connected;
    }

    synchronized String sessionId() {
        return sessionId;
    }

    /** Sends a dispatch event (op 0) with the next sequence number to the current connection. */
    synchronized void dispatch(String type, JsonNode data) {
        if (current == null || !current.isOpen()) {
            throw new IllegalStateException("no gateway connection to send " + type + " on");
        }
        ObjectNode event = Payloads.dispatch(type, ++seq, data);
        current.send(event.toString());
    }

    /** Sends a dispatch on a given connection (used while answering IDENTIFY). */
    synchronized void dispatchOn(WebSocket connection, String type, JsonNode data) {
        connection.send(Payloads.dispatch(type, ++seq, data).toString());
    }

    /** Asks the client to reconnect and resume (op 7), as Discord does before moving a session. */
    synchronized void requestReconnect() {
        current.send("{\"op\":7,\"d\":null}");
    }

    /** Tells the client its session is gone (op 9, not resumable): it must IDENTIFY again. */
    synchronized void invalidateSession() {
        sessionId = "invalidated";
        current.send("{\"op\":9,\"d\":false}");
    }

    /** Every op the client sent, in order. */
    synchronized List<JsonNode> received() {
        return List.copyOf(received);
    }

    /** How many times the client sent this op. */
    synchronized long count(int op) {
        return received.stream().filter(m -> m.path("op").asInt() == op).count();
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        LOG.debug("gateway connection closed: {} {} (remote {})", code, reason, remote);
    }

    @Override
    public void onError(WebSocket connection, Exception error) {
        LOG.warn("gateway error: {}", error.toString());
    }
}
