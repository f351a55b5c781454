package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.jobfuture.coach.core.share.ShareTokens;
import com.jobfuture.coach.platform.fakes.Fault;
import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeBotApi;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import com.jobfuture.coach.testing.StorageFiles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A share link's secret part exists only in the message to its owner: not in any log line at any level, not in the
 * metrics, and not in the database files once the message is delivered (only its SHA-256 is stored).
 */
@Timeout(90)
class TelegramShareTokenSecrecyTest {
    private static final Pattern LINK = Pattern.compile("/p/([A-Za-z0-9_-]{22})");
    @TempDir
    Path dir;
    TelegramRig rig;
    final ListAppender<ILoggingEvent> log = new ListAppender<>();
    Logger root;
    Level rootLevel;

    @BeforeEach
    void start() throws Exception {
        root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.TRACE); // every level, from every library
        log.start();
        root.addAppender(log);
        rig = new TelegramRig(dir).startApp(Clock.systemUTC(), "http:\n  address: 127.0.0.1:0\n");
    }

    @AfterEach
    void stop() {
        try {
            rig.close();
        } finally {
            root.detachAppender(log);
            root.setLevel(rootLevel);
        }
    }

    @Test
    void theTokenIsInNoLogLineNoMetricAndNoDatabaseFile() throws Exception {
        int port = rig.app().startWeb().orElseThrow();
        FakeUser dana = rig.fake.user(3301, "Dana");
        rig.fake.inject("sendMessage", dana.id(), new Fault.DropConnection(), 1); // a failed send is logged
        dana.send("/share");
        BotMessage shared = rig.awaitMessages(dana, 1).get(0);
        Matcher link = LINK.matcher(shared.text());
        assertThat(link.find()).as(shared.text()).isTrue();
        String token = link.group(1);
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/p/" + token, "/p/" + token + "x", "/p/" + token + "/")) {
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        rig.awaitSettled();
        FakeBotApi.await("the link message deleted from the outbox", TelegramRig.WAIT,
                () -> StorageFiles.rows(dir.resolve("coach.db"), "telegram_outbox") == 0);
        rig.stopApp(); // the write-ahead log is checkpointed into the database on close

        assertThat(metrics).containsPattern("coach_share_views_total [1-9]").doesNotContain(token);
        List<ILoggingEvent> events;
        synchronized (log) { // AppenderBase appends under the appender's lock; other threads may still log
            events = new ArrayList<>(log.list);
        }
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : events) {
            lines.add(event.getLoggerName() + " " + event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()))
                    + event.getMDCPropertyMap());
        }
        assertThat(lines).as("log lines at every level").isNotEmpty()
                .anyMatch(line -> line.startsWith("com.jobfuture") && line.contains("Sending to chat"))
                .noneMatch(line -> line.contains(token));
        assertThat(StorageFiles.containing(dir.resolve("coach.db"), List.of(token))).isEmpty();
        assertThat(StorageFiles.containing(dir.resolve("coach.db"), List.of(ShareTokens.hash(token))))
                .as("the hash is what is kept").isNotEmpty();
    }
}
