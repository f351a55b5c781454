package com.jobfuture.coach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthcheckCommandTest {
    private HttpServer server;
    private volatile int status = 200;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/healthz", exchange -> {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void healthyWhenHealthzAnswers200() {
        assertThat(run("--url", url())).isZero();
    }

    @Test
    void unhealthyWhenHealthzFailsOrNothingListens() {
        status = 503;
        assertThat(run("--url", url())).isEqualTo(1);

        server.stop(0);
        assertThat(run("--url", url(), "--timeout", "1")).isEqualTo(1);
    }

    @Test
    void aRandomPortCannotBeGuessed() {
        assertThat(CoachCommand.commandLine().execute("--config", "no/such/file.yaml", "healthcheck")).isEqualTo(1);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/healthz";
    }

    private static int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "healthcheck";
        System.arraycopy(args, 0, all, 1, args.length);
        return CoachCommand.commandLine().execute(all);
    }
}
