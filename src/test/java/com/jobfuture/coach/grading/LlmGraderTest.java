package com.jobfuture.coach.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.core.deck.OpenQuestion;
import com.jobfuture.coach.core.grading.FallbackGrader;
import com.jobfuture.coach.core.grading.Grade;
import com.jobfuture.coach.core.grading.GraderUnavailableException;
import com.jobfuture.coach.core.grading.GradingQuestions;
import com.jobfuture.coach.core.grading.KeywordGrader;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The LLM grader against a loopback fake of an OpenAI-compatible chat-completions endpoint. */
class LlmGraderTest {
    final ObjectMapper json = new ObjectMapper();
    final OpenQuestion lazy = GradingQuestions.laziness();
    final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    final CountDownLatch released = new CountDownLatch(1);
    HttpServer server;
    volatile int status = 200;
    volatile String content;
    volatile boolean hang;

    @BeforeEach
    void startFake() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/chat/completions", exchange -> {
            requests.add(json.readTree(exchange.getRequestBody()));
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            if (hang) {
                try {
                    released.await(); // until the test ends: the client's timeout must fire first
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String body = status == 200 ? json.writeValueAsString(json.createObjectNode().set("choices",
                    json.createArrayNode().add(json.createObjectNode().set("message",
                            json.createObjectNode().put("role", "assistant").put("content", content)))))
                    : "{\"error\": {\"message\": \"busy\"}}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopFake() {
        released.countDown();
        server.stop(0);
    }

    LlmGrader grader(Duration timeout) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
        return new LlmGrader(HttpClient.newHttpClient(),
                new CoachConfig.Llm(url, "test-model", Optional.of("sk-test"), timeout));
    }

    @Test
    void validVerdictsAreUsedAndTheRubricIsSent() {
        content = "{\"points\": [{\"covered\": true, \"reason\": \"you said it is lazy\"},"
                + "{\"covered\": false, \"reason\": \"evaluation is not mentioned\"},"
                + "{\"covered\": false, \"reason\": \"\"}]}";

        Grade grade = grader(Duration.ofSeconds(5)).grade(lazy, "it is lazy");

        assertThat(grade.grader()).isEqualTo("llm");
        assertThat(grade.covered()).containsExactly(true, false, false);
        assertThat(grade.points().get(0).reason()).isEqualTo("you said it is lazy");
        assertThat(grade.points().get(2).reason()).isEqualTo("not in your answer");
        JsonNode request = requests.get(0);
        assertThat(request.path("model").asText()).isEqualTo("test-model");
        assertThat(request.path("response_format").path("type").asText()).isEqualTo("json_object");
        assertThat(request.path("messages").get(1).path("content").asText())
                .contains("Key points:\n1. lazy until evaluated", "<<<\nit is lazy\n>>>");
        assertThat(authorizations).containsExactly("Bearer sk-test");
    }

    @Test
    void verdictsInACodeFenceAreAccepted() {
        content = "```json\n{\"points\": [{\"covered\": true}, {\"covered\": true}, {\"covered\": false}]}\n```";

        assertThat(grader(Duration.ofSeconds(5)).grade(lazy, "lazy, runs on iteration").covered())
                .containsExactly(true, true, false);
    }

    @Test
    void malformedOrIncompleteRepliesFallBack() {
        for (String bad : List.of("sure! it's lazy", "{\"points\": [{\"covered\": true}]}",
                "{\"points\": [{\"covered\": \"yes\"}, {\"covered\": true}, {\"covered\": false}]}")) {
            content = bad;
            assertThatThrownBy(() -> grader(Duration.ofSeconds(5)).grade(lazy, "it is lazy")).as(bad)
                    .isInstanceOf(GraderUnavailableException.class);
            assertFallsBack();
        }
    }

    @Test
    void timeoutFallsBack() {
        hang = true;

        assertThatThrownBy(() -> grader(Duration.ofMillis(300)).grade(lazy, "it is lazy"))
                .isInstanceOf(GraderUnavailableException.class).hasMessageContaining("no reply within 300 ms");
        assertFallsBack();
    }

    @Test
    void rateLimitAndServerErrorsFallBack() {
        for (int code : new int[] {429, 500, 503}) {
            status = code;
            assertThatThrownBy(() -> grader(Duration.ofSeconds(5)).grade(lazy, "it is lazy")).as("HTTP " + code)
                    .isInstanceOf(GraderUnavailableException.class);
            assertFallsBack();
        }
    }

    @Test
    void nothingTypedSendsNothing() {
        assertThat(grader(Duration.ofSeconds(5)).grade(lazy, " ").covered()).containsExactly(false, false, false);
        assertThat(requests).isEmpty();
    }

    private void assertFallsBack() {
        Grade grade = new FallbackGrader(grader(Duration.ofMillis(300)), new KeywordGrader()).grade(lazy, "it is lazy");
        assertThat(grade.grader()).isEqualTo("keywords");
        assertThat(grade.covered()).containsExactly(true, false, false);
    }
}
