package com.jobfuture.coach.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged jar as a separate process, as a user would, and captures what it prints. Every run gets a
 * clean environment (no platform tokens, no database or public URL from the developer's shell) and a web server
 * on a free port, so jar tests never need port 8080.
 */
public final class JarProcess {
    /** What a finished run left: its exit code and everything it printed. */
    public record Result(int exitCode, String out, String err) {
    }

    private JarProcess() {
    }

    /** The jar under test (built by {@code mvn package}; failsafe passes its path). */
    public static Path jar() {
        Path jar = Path.of(System.getProperty("coach.jar", "target/interview-coach.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the jar first (mvn package): " + jar);
        }
        return jar;
    }

    /** A process for the jar with these arguments, in {@code workDir}, with {@code env} on a clean environment. */
    public static ProcessBuilder builder(Path workDir, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().remove("DISCORD_TOKEN");
        builder.environment().remove("TELEGRAM_BOT_TOKEN");
        builder.environment().remove("COACH_DB");
        builder.environment().remove("COACH_PUBLIC_URL");
        builder.environment().put("COACH_HTTP", "127.0.0.1:0"); // a free port unless the test picks one
        builder.environment().putAll(env);
        return builder;
    }

    /** Runs the jar with the given standard input until it exits. */
    public static Result run(Path workDir, Map<String, String> env, String stdin, String... args)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process process = builder(workDir, env, args)
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the jar did not exit within 60 s; output so far:\n" + Files.readString(out));
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
