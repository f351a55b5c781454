package com.jobfuture.coach.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.testing.MutableClock;
import com.jobfuture.coach.testing.TestCoach;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web server as the application starts it: port 0, links on the bound port, counters, bind failures. */
class WebWiringTest {
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    final ChatUser dana = new ChatUser("test", "1", "Dana", false);

    @Test
    void portZeroBindsAFreePortAndLinksUseIt() throws Exception {
        try (CoachApplication app = CoachApplication.start(config(0, Optional.empty()), clock)) {
            OptionalInt port = app.startWeb();

            assertThat(port).isPresent();
            assertThat(app.publicBaseUrl()).isEqualTo("http://127.0.0.1:" + port.getAsInt());
            Reply question = say(app, "/quiz orm");
            app.bot().handle(Incoming.press(dana, question.buttons().get(1).action())); // any option
            Matcher link = Pattern.compile("(http://\\S+/p/\\S+)").matcher(say(app, "/share").text());
            assertThat(link.find()).isTrue();
            HttpResponse<String> page = get(link.group(1));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("A candidate", "ORM").doesNotContain("Dana");

            String metrics = get("http://127.0.0.1:" + port.getAsInt() + "/metrics").body();
            assertThat(metrics).contains("coach_messages_handled_total 3.0", "coach_answers_recorded_total 1.0",
                    "coach_share_link_creations_total 1.0", "coach_share_views_total 1.0");
        }
    }

    @Test
    void theConfiguredPublicUrlIsTheLinksBase() throws Exception {
        try (CoachApplication app = CoachApplication.start(config(0, Optional.of("https://coach.example.com")),
                clock)) {
            app.startWeb();
            assertThat(say(app, "/share").text()).contains("https://coach.example.com/p/");
        }
    }

    @Test
    void aTakenPortIsLoggedAndTheChatGoesOn() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             CoachApplication app = CoachApplication.start(config(taken.getLocalPort(), Optional.empty()), clock)) {
            assertThat(app.startWeb()).isEmpty();
            assertThat(say(app, "/progress").text()).contains("Your progress");
        }
    }

    private CoachConfig config(int port, Optional<String> publicUrl) {
        CoachConfig base = TestCoach.config(dir);
        return base.withHttp(new CoachConfig.Http("127.0.0.1", port, publicUrl));
    }

    private Reply say(CoachApplication app, String text) {
        return app.bot().handle(Incoming.message(dana, text)).get(0);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
