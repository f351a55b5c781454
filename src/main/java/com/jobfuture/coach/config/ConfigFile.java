package com.jobfuture.coach.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The shape of {@code config/coach.yaml}; unknown keys are rejected when it is read. */
record ConfigFile(
        @JsonProperty("database") Database database,
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

    /**
     * {@code database:} either the location alone (a SQLite path or a PostgreSQL URL) or a map of
     * {@code location} and {@code durability}.
     */
    record Database(String location, String durability) {
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        Database(@JsonProperty("location") String location, @JsonProperty("durability") String durability) {
            this.location = location;
            this.durability = durability;
        }

        /** The short form {@code database: data/coach.db}. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Database of(String location) {
            return new Database(location, null);
        }
    }

    /** Telegram settings. */
    record Telegram(@JsonProperty("token") String token, @JsonProperty("api_url") String apiUrl,
                    @JsonProperty("mode") String mode, @JsonProperty("webhook_secret") String webhookSecret) {
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
                @JsonProperty("all_jobs_url") String allJobsUrl, @JsonProperty("max_age") String maxAge,
                @JsonProperty("verified_companies") List<String> verifiedCompanies,
                @JsonProperty("sources") List<JobSource> sources) {
    }

    /** One configured job source: a feed, a JSON API or a curated file. */
    record JobSource(@JsonProperty("name") String name, @JsonProperty("label") String label,
                     @JsonProperty("enabled") Boolean enabled, @JsonProperty("kind") String kind,
                     @JsonProperty("url") String url, @JsonProperty("path") String path,
                     @JsonProperty("refresh") String refresh, @JsonProperty("timeout") String timeout,
                     @JsonProperty("title_format") String titleFormat, @JsonProperty("location") String location,
                     @JsonProperty("remote") String remote, @JsonProperty("mapping") JsonMapping mapping) {
    }

    /** Where a JSON job API keeps each field (dotted paths). */
    record JsonMapping(@JsonProperty("list") String list, @JsonProperty("title") String title,
                       @JsonProperty("company") String company, @JsonProperty("location") String location,
                       @JsonProperty("remote") String remote, @JsonProperty("level") String level,
                       @JsonProperty("url") String url, @JsonProperty("date") String date,
                       @JsonProperty("description") String description, @JsonProperty("tags") String tags) {
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
