package com.jobfuture.coach.web;

import com.jobfuture.coach.core.common.CoachCounter;
import com.jobfuture.coach.core.common.CoachMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.EnumMap;
import java.util.Map;

/** The bot's counters and a few JVM gauges in a Micrometer registry, scraped as Prometheus text on /metrics. */
public final class PrometheusMetrics implements CoachMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<CoachCounter, Counter> counters = new EnumMap<>(CoachCounter.class);

    public PrometheusMetrics() {
        for (CoachCounter counter : CoachCounter.values()) {
            counters.put(counter, Counter.builder(counter.metricName()).description(counter.description())
                    .register(registry));
        }
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    @Override
    public void increment(CoachCounter counter) {
        counters.get(counter).increment();
    }

    /** The current value of a counter (for tests and logs). */
    public double count(CoachCounter counter) {
        return counters.get(counter).count();
    }

    /** Everything in Prometheus' text exposition format. */
    public String scrape() {
        return registry.scrape();
    }
}
