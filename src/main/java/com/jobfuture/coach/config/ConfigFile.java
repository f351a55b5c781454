package com.jobfuture.coach.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The shape of {@code config/coach.yaml}; unknown keys are rejected when it is read. */
record ConfigFile(
        @JsonProperty("database") String database,
        @JsonProperty("decks") String decks,
        @JsonProperty("reload_max_loss") Double reloadMaxLoss,
        @JsonProperty("timezone") String timezone,
        @JsonProperty("admins") List<String> admins,
        @JsonProperty("telegram") Telegram telegram,
        @JsonProperty("discord") Discord discord,
        @JsonProperty("http") Http http,
        @JsonProperty("daily") Daily daily,
        @JsonProperty("jobs") Jobs jobs,
        @JsonProperty("check") Check check,
        @JsonProperty("reminders") Reminders reminders,
        @JsonProperty("grading") Grading grading) {

    /** An empty file: every key takes its default. */
    static ConfigFile empty() {
        return new ConfigFile(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Telegram settings. */
    record Telegram(@JsonProperty("token") String token, @JsonProperty("api_url") String apiUrl) {
    }

    /** Discord settings. */
    record Discord(@JsonProperty("token") String token, @JsonProperty("api_url") String apiUrl,
                   @JsonProperty("gateway_url") String gatewayUrl, @JsonProperty("shards") String shards) {
    }

    /** The embedded web server for share pages, health and metrics. */
    record Http(@JsonProperty("address") String address, @JsonProperty("public_url") String publicUrl,
                @JsonProperty("trusted_proxies") List<String> trustedProxies) {
    }

    /** Question-of-the-day settings. */
    record Daily(@JsonProperty("grace") String grace, @JsonProperty("check_every") String checkEvery,
                 @JsonProperty("default_reveal") String defaultReveal) {
    }

    /** /jobs sources. */
    record Jobs(@JsonProperty("file") String file, @JsonProperty("feed_url") String feedUrl,
                @JsonProperty("feed_timeout") String feedTimeout, @JsonProperty("feed_ttl") String feedTtl,
                @JsonProperty("all_jobs_url") String allJobsUrl) {
    }

    /** Skill checks. */
    record Check(@JsonProperty("retake_after_days") Integer retakeAfterDays,
                 @JsonProperty("calibration_file") String calibrationFile) {
    }

    /** Review reminder settings. */
    record Reminders(@JsonProperty("grace") String grace, @JsonProperty("check_every") String checkEvery,
                     @JsonProperty("batch_size") Integer batchSize) {
    }

    /** How typed answers are graded. */
    record Grading(@JsonProperty("mode") String mode, @JsonProperty("llm") Llm llm) {
    }

    /** The OpenAI-compatible endpoint of the llm mode. */
    record Llm(@JsonProperty("url") String url, @JsonProperty("model") String model,
               @JsonProperty("api_key_env") String apiKeyEnv, @JsonProperty("timeout") String timeout) {
    }
}
