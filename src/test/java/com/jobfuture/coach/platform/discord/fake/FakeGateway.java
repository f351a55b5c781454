package com.jobfuture.coach.platform.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fake gateway: HELLO on connect, READY (+ GUILD_CREATE) on IDENTIFY, RESUMED on RESUME, heartbeat acks,
 * and dispatches pushed by the test to the connection of the right shard: a server's events go to shard
 * {@code (server id >> 22) % total}, everything else (DMs) to shard 0, as Discord does. Several clients (bot
 * processes with shard ranges) may connect at once. Can ask shard 0's client to reconnect (op 7) or invalidate its
 * session (op 9). Records every op the clients send.
 */
final class FakeGateway extends WebSocketServer {
    private static final Logger LOG = LoggerFactory.getLogger(FakeGateway.class);
    private final CountDownLatch started = new CountDownLatch(1);
    private final IdentifyHandler onIdentify;
    private final List<JsonNode> received = new ArrayList<>();
    private final Map<Integer, Session> shardToSession = new HashMap<>();
    private int sessions;
    private int connected;

    /** Answers an IDENTIFY: READY and the GUILD_CREATEs of the shard's servers, on the connection. */
    interface IdentifyHandler {
        void identified(WebSocket connection, int shard, int total, String sessionId);
    }

    /** One shard's session: its connection, its sequence numbers. */
    private static final class Session {
        private final String id;
        private final int total;
        private WebSocket connection;
        private long seq;

        private Session(String id, int total, WebSocket connection) {
            this.id = id;
            this.total = total;
            this.connection = connection;
        }
    }

    FakeGateway(IdentifyHandler onIdentify) {
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
            case 2 -> identify(connection, message.path("d").path("shard"));
            case 6 -> resume(connection, message.path("d"));
            default -> LOG.debug("gateway ignores op {}", op);
        }
    }

    private void identify(WebSocket connection, JsonNode shardInfo) {
        int shard = shardInfo.isArray() ? shardInfo.get(0).asInt() : 0;
        int total = shardInfo.isArray() ? shardInfo.get(1).asInt() : 1;
        String sessionId;
        synchronized (this) {
            sessions++;
            sessionId = "fake-session-" + sessions;
            shardToSession.put(shard, new Session(sessionId, total, connection));
        }
        onIdentify.identified(connection, shard, total, sessionId);
        synchronized (this) {
            connected++;
        }
    }

    private void resume(WebSocket connection, JsonNode data) {
        Session session;
        synchronized (this) {
            session = shardToSession.values().stream()
                    .filter(s -> s.id.equals(data.path("session_id").asText())).findFirst().orElse(null);
            if (session == null) {
                connection.send("{\"op\":9,\"d\":false}");
                return;
            }
            session.connection = connection;
            connection.send(Payloads.dispatch("RESUMED", ++session.seq, Payloads.object()).toString());
            connected++;
        }
    }

    /** How many times a connection became usable (READY sent after IDENTIFY, or RESUMED after RESUME). */
    synchronized int connectedCount() {
        return connected;
    }

    /** Shard 0's session (the only one of a bot that is not sharded). */
    synchronized String sessionId() {
        Session session = shardToSession.get(0);
        return session == null ? null : session.id;
    }

    /** The shards that have identified, each with its total. */
    synchronized Map<Integer, Integer> shards() {
        Map<Integer, Integer> shardToTotal = new HashMap<>();
        shardToSession.forEach((shard, session) -> shardToTotal.put(shard, session.total));
        return shardToTotal;
    }

    /**
     * Sends a dispatch event (op 0) with the next sequence number to the connection of the shard it belongs to:
     * the shard of its server ({@code guild_id}, or {@code id} for GUILD_ events), else shard 0.
     */
    synchronized void dispatch(String type, JsonNode data) {
        String guild = data.hasNonNull("guild_id") ? data.path("guild_id").asText()
                : type.startsWith("GUILD_") && data.hasNonNull("id") ? data.path("id").asText() : null;
        Session any = shardToSession.values().stream().findFirst().orElse(null);
        int shard = guild == null || any == null ? 0 : shardOf(guild, any.total);
        Session session = shardToSession.get(shard);
        if (session == null || !session.connection.isOpen()) {
            throw new IllegalStateException("no gateway connection for shard " + shard + " to send " + type + " on");
        }
        ObjectNode event = Payloads.dispatch(type, ++session.seq, data);
        session.connection.send(event.toString());
    }

    /** The shard a server's events go to. */
    static int shardOf(String guildId, int total) {
        return (int) ((Long.parseLong(guildId) >> 22) % total);
    }

    /** Sends a dispatch on a given connection (used while answering IDENTIFY). */
    synchronized void dispatchOn(WebSocket connection, String type, JsonNode data) {
        Session session = shardToSession.values().stream().filter(s -> s.connection == connection).findFirst()
                .orElseThrow();
        connection.send(Payloads.dispatch(type, ++session.seq, data).toString());
    }

    /** Asks shard 0's client to reconnect and resume (op 7), as Discord does before moving a session. */
    synchronized void requestReconnect() {
        shardToSession.get(0).connection.send("{\"op\":7,\"d\":null}");
    }

    /** Tells shard 0's client its session is gone (op 9, not resumable): it must IDENTIFY again. */
    synchronized void invalidateSession() {
        Session session = shardToSession.remove(0);
        session.connection.send("{\"op\":9,\"d\":false}");
    }

    /** Every op the clients sent, in order. */
    synchronized List<JsonNode> received() {
        return List.copyOf(received);
    }

    /** How many times the clients sent this op. */
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
