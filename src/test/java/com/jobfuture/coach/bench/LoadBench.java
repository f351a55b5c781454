package com.jobfuture.coach.bench;

import com.jobfuture.coach.storage.Durability;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The load command (a benchmark, not a test): in one run, the coach's Telegram adapter and an {@link EchoBot}
 * against a Bot API fake that enforces Telegram's limits ({@link TelegramLoad}), then the engine against raw SQLite
 * commits ({@link EngineLoad}), the coach once per {@code database.durability} (full, normal); prints the figures and
 * their ratios. See README "Benchmarks".
 *
 * <p>Options: {@code --seconds N} measured per scenario (default 40), {@code --runs N} (medians over runs, default
 * 1), {@code --latency-ms N} added by the fake to each answer (default 0: plain loopback), {@code --only telegram}
 * or {@code --only engine}; {@code --only crash [--users N] [--durability full|normal]} runs {@link CrashLoad}
 * instead (kill -9 under load for {@code --seconds}; it needs the packaged jar; durability normal by default),
 * {@code --scenario PREFIX} (only the Telegram scenarios whose name starts so), {@code --dir PATH} for the
 * databases (default target/load-bench).
 */
public final class LoadBench {
    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        Duration length = Duration.ofSeconds(Long.parseLong(option(options, "--seconds", "40")));
        int runs = Integer.parseInt(option(options, "--runs", "1"));
        Duration latency = Duration.ofMillis(Long.parseLong(option(options, "--latency-ms", "0")));
        String only = option(options, "--only", "all");
        Path dir = Files.createDirectories(Path.of(option(options, "--dir", "target/load-bench")));
        System.out.printf(Locale.ROOT, "Load bench: %d run(s), %d s per scenario, %d CPUs, %s %s%n", runs,
                length.toSeconds(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        if (only.equals("crash")) {
            // needs the packaged jar (mvn package) and is not part of "all"
            new CrashLoad(dir).run(Integer.parseInt(option(options, "--users", "30")), length,
                    Durability.valueOf(option(options, "--durability", "normal").toUpperCase(Locale.ROOT)));
            return;
        }
        if (!only.equals("engine")) {
            telegram(new TelegramLoad(dir, latency), runs, length, latency, option(options, "--scenario", ""));
        }
        if (!only.equals("telegram")) {
            engine(new EngineLoad(dir), runs, length);
        }
    }

    private static void telegram(TelegramLoad load, int runs, Duration length, Duration latency, String only)
            throws Exception {
        System.out.printf(Locale.ROOT, "%nTelegram: the coach (database.durability full and normal) vs an echo bot, "
                + "fake Bot API enforcing 30 messages/s overall and 20/min per group, %d ms added per request%n",
                latency.toMillis());
        System.out.printf(Locale.ROOT, "%-26s %-7s %9s %9s %9s %9s %8s %8s %11s %10s %8s%n", "scenario", "coach",
                "echo p50", "echo p99", "coach p50", "coach p99", "p50 ×", "p99 ×", "burst ×", "429 e/c", "commits");
        for (LoadScenario scenario : TelegramLoad.scenarios()) {
            if (!only.isEmpty() && !scenario.name().startsWith(only)) {
                continue;
            }
            List<LoadOutcome> echo = new ArrayList<>();
            Map<Durability, List<LoadOutcome>> coach = new EnumMap<>(Durability.class);
            Duration warmup = scenario.burst() ? Duration.ZERO
                    : scenario.thinkMax().plusSeconds(2).compareTo(Duration.ofSeconds(15)) > 0
                    ? Duration.ofSeconds(15) : scenario.thinkMax().plusSeconds(2);
            for (int run = 0; run < runs; run++) {
                echo.add(load.run(Optional.empty(), scenario, warmup, length));
                for (Durability durability : Durability.values()) {
                    coach.computeIfAbsent(durability, d -> new ArrayList<>())
                            .add(load.run(Optional.of(durability), scenario, warmup, length));
                }
            }
            double echoP50 = median(echo, LoadOutcome::p50Millis);
            double echoP99 = median(echo, LoadOutcome::p99Millis);
            for (Durability durability : Durability.values()) {
                List<LoadOutcome> outcomes = coach.get(durability);
                double coachP50 = median(outcomes, LoadOutcome::p50Millis);
                double coachP99 = median(outcomes, LoadOutcome::p99Millis);
                String burst = scenario.burst() ? String.format(Locale.ROOT, "%.1f/%.1f=%.2f",
                        median(outcomes, LoadOutcome::burstPerSecond), median(echo, LoadOutcome::burstPerSecond),
                        median(outcomes, LoadOutcome::burstPerSecond) / median(echo, LoadOutcome::burstPerSecond))
                        : "";
                System.out.printf(Locale.ROOT, "%-26s %-7s %9.1f %9.1f %9.1f %9.1f %8.2f %8.2f %11s %10s %8.2f%n",
                        scenario.name(), durability.key(), echoP50, echoP99, coachP50, coachP99, coachP50 / echoP50,
                        coachP99 / echoP99, burst, (int) median(echo, LoadOutcome::refused) + "/"
                                + (int) median(outcomes, LoadOutcome::refused),
                        median(outcomes, LoadOutcome::commitsPerAction));
                System.out.printf(Locale.ROOT, "%-34s actions echo/coach %d/%d, no reply within 60 s %d/%d%n", "",
                        (int) median(echo, LoadOutcome::actions), (int) median(outcomes, LoadOutcome::actions),
                        (int) median(echo, LoadOutcome::timeouts), (int) median(outcomes, LoadOutcome::timeouts));
            }
        }
        System.out.println("(latencies in ms from the update queued at the fake to the bot's first message or edit "
                + "there; burst: replies/s coach/echo; 429 e/c: refused by the limits, echo/coach; commits: database "
                + "commits per user action, each one fsync with durability full, none with normal)");
    }

    private static void engine(EngineLoad load, int runs, Duration length) throws Exception {
        System.out.printf(Locale.ROOT, "%nEngine: answers/s of the coach (no platform) vs raw sqlite-jdbc single-row "
                + "commits, same PRAGMAs (WAL; synchronous FULL for durability full, NORMAL for normal)%n");
        System.out.printf(Locale.ROOT, "%-8s %-7s %12s %12s %8s %16s %16s%n", "threads", "mode", "raw rows/s",
                "answers/s", "ratio", "commits/action", "fsyncs/action");
        Duration warmup = Duration.ofSeconds(3);
        for (int threads : new int[] {1, 8, 64}) {
            for (Durability durability : Durability.values()) {
                List<EngineLoad.Throughput> raw = new ArrayList<>();
                List<EngineLoad.Throughput> engine = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    raw.add(load.raw(threads, durability, warmup, length));
                    engine.add(load.engine(threads, durability, warmup, length));
                }
                double rawRate = median(raw, EngineLoad.Throughput::perSecond);
                double engineRate = median(engine, EngineLoad.Throughput::perSecond);
                System.out.printf(Locale.ROOT, "%-8d %-7s %12.0f %12.0f %8.2f %16.2f %16.2f%n", threads,
                        durability.key(), rawRate, engineRate, engineRate / rawRate,
                        median(engine, EngineLoad.Throughput::commitsPerAction),
                        median(engine, EngineLoad.Throughput::flushesPerAction));
            }
        }
        System.out.println("(an answer is a review recorded; a user action is one message or press, and an answer "
                + "takes two or three of them: the question, the answer, and for open questions the rating; "
                + "fsyncs/action: commits made at synchronous FULL)");
    }

    private static <T> double median(List<T> values, ToDoubleFunction<T> metric) {
        double[] sorted = values.stream().mapToDouble(metric).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }

    private static String option(List<String> options, String name, String fallback) {
        int index = options.indexOf(name);
        return index >= 0 && index + 1 < options.size() ? options.get(index + 1) : fallback;
    }
}
