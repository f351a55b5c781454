package com.jobfuture.coach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.fakes.Eventually;
import com.jobfuture.coach.testing.JarProcess;
import com.jobfuture.coach.testing.TestDecks;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Share pages served by the packaged jar beside its console chat; a taken port does not stop the chat. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ShareIT {
    private static final Pattern LINK = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)/p/[A-Za-z0-9_-]{22}");
    @TempDir
    Path dir;
    Path config;

    @BeforeEach
    void setUp() throws IOException {
        Path decks = TestDecks.write(dir);
        config = Files.writeString(dir.resolve("coach.yaml"), "decks: " + decks + "\n");
    }

    @Test
    void theRunCommandServesSharePagesBesideTheConsoleChat() throws Exception {
        Map<String, String> env = Map.of("COACH_DB", dir.resolve("data/coach.db").toString(),
                "COACH_HTTP", "127.0.0.1:0");
        Path out = dir.resolve("out.txt");
        Process process = JarProcess.builder(dir, env, "console", "--config", config.toString())
                .redirectOutput(out.toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        try (OutputStream stdin = process.getOutputStream()) {
            type(stdin, "/share name Dana K.\n/share 14 topics\n");
            Matcher link = waitFor(out, LINK);
            HttpResponse<String> page = get(link.group());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Dana K.", "Topics practised", "controls this page");
            assertThat(get(link.group(1) + "/healthz").body()).isEqualTo("ok\n");

            type(stdin, "/share revoke 1\n");
            waitFor(out, Pattern.compile("Link #1 is off"));
            assertThat(get(link.group()).statusCode()).isEqualTo(404);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(Files.readString(dir.resolve("err.txt"))).doesNotContain("Exception", "ERROR");
    }

    @Test
    void aTakenPortIsAClearErrorAndTheChatStillWorks() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Map<String, String> env = Map.of("COACH_DB", dir.resolve("data/coach.db").toString(),
                    "COACH_HTTP", "127.0.0.1:" + taken.getLocalPort());

            JarProcess.Result result = JarProcess.run(dir, env, "/progress\n/export\n", "console", "--config",
                    config.toString());

            assertThat(result.exitCode()).isZero();
            assertThat(result.err()).contains("Could not start the web server on 127.0.0.1:" + taken.getLocalPort(),
                    "the chat goes on", "COACH_HTTP");
            assertThat(result.out()).contains("Your progress", "Here is everything I keep about you", "File saved: ");
            Matcher saved = Pattern.compile("File saved: (\\S+\\.json)").matcher(result.out());
            assertThat(saved.find()).isTrue();
            assertThat(Files.readString(Path.of(saved.group(1)))).contains("jobfuture-interview-coach-export/1");
        }
    }

    private static void type(OutputStream stdin, String text) throws IOException {
        stdin.write(text.getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    private static Matcher waitFor(Path file, Pattern pattern) {
        return Eventually.value(pattern.toString(), Duration.ofSeconds(60), () -> {
            Matcher matcher = pattern.matcher(read(file));
            return matcher.find() ? Optional.of(matcher) : Optional.empty();
        }, () -> " in:\n" + read(file));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
