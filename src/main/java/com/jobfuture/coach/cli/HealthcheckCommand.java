package com.jobfuture.coach.cli;

import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.config.ConfigException;
import com.jobfuture.coach.config.ConfigLoader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Asks a running bot's /healthz (for container health checks): exit 0 when it answers 200, 1 otherwise. */
@Command(name = "healthcheck", mixinStandardHelpOptions = true,
        description = "Ask a running bot's /healthz on this machine; exit 0 if healthy, 1 if not (for Docker's "
                + "HEALTHCHECK).")
final class HealthcheckCommand implements Callable<Integer> {
    @ParentCommand
    CoachCommand parent;

    @Option(names = "--url", paramLabel = "URL",
            description = "The /healthz URL (default: the address of COACH_HTTP or http.address; 0.0.0.0 is "
                    + "asked on 127.0.0.1).")
    URI url;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "3",
            description = "How long to wait for the answer (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() {
        URI target;
        try {
            target = url != null ? url : defaultUrl(new ConfigLoader().load(parent.config(), System.getenv()));
        } catch (ConfigException | IllegalArgumentException e) {
            System.err.println("unhealthy: " + e.getMessage());
            return 1;
        }
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(timeoutSeconds)).build();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(target)
                    .timeout(Duration.ofSeconds(timeoutSeconds)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                System.out.println("healthy: " + target);
                return 0;
            }
            System.err.println("unhealthy: " + target + " answered " + response.statusCode());
        } catch (IOException e) {
            System.err.println("unhealthy: " + target + " did not answer (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 1;
    }

    private static URI defaultUrl(CoachConfig config) {
        if (config.http().port() == 0) {
            throw new IllegalArgumentException("the web server binds a random port (port 0); pass --url");
        }
        String host = config.http().host();
        String reachable = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1"
                : host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + reachable + ":" + config.http().port() + "/healthz");
    }
}
