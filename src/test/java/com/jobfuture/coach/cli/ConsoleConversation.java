package com.jobfuture.coach.cli;

import com.jobfuture.coach.testing.JarProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar's console chat driven line by line, like a person at the terminal: each line is sent after the
 * reply it answers has been read, so a test can look at the (shuffled) options before choosing what to type.
 */
final class ConsoleConversation implements AutoCloseable {
    private static final long WAIT_SECONDS = 60;
    private final Process process;
    private final OutputStream in;
    private final StringBuffer out = new StringBuffer();
    private final Thread reader;
    private int read;

    ConsoleConversation(Path workDir, Map<String, String> env, String... args) throws IOException {
        process = JarProcess.builder(workDir, env, args).redirectError(workDir.resolve("err.txt").toFile()).start();
        in = process.getOutputStream();
        reader = new Thread(this::readAll, "console-out");
        reader.setDaemon(true);
        reader.start();
    }

    /** Waits until the output not yet returned contains {@code expected}, and returns that new output. */
    String await(String expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (true) {
            String fresh = out.substring(read);
            int at = fresh.indexOf(expected);
            if (at >= 0) {
                int end = fresh.indexOf('\n', at + expected.length());
                int upTo = end < 0 ? fresh.length() : end + 1;
                read += upTo;
                return fresh.substring(0, upTo);
            }
            if (System.nanoTime() > deadline || !process.isAlive() && !reader.isAlive()) {
                throw new AssertionError("no \"" + expected + "\" within " + WAIT_SECONDS + " s; new output:\n"
                        + fresh);
            }
            Thread.sleep(20);
        }
    }

    /** Types one line. */
    void send(String line) throws IOException {
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** Ends the input and waits for the jar to exit; returns its exit code. */
    int finish() throws IOException, InterruptedException {
        in.close();
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("the jar did not exit; output:\n" + out);
        }
        reader.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        return process.exitValue();
    }

    /** Everything printed so far. */
    String output() {
        return out.toString();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private void readAll() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                out.append(line).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
