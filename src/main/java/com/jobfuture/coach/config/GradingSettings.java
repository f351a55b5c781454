package com.jobfuture.coach.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads and checks the {@code grading} section: the mode, and the endpoint the {@code llm} mode needs. */
final class GradingSettings {
    static final String DEFAULT_KEY_VARIABLE = "COACH_LLM_API_KEY";

    private GradingSettings() {
    }

    static CoachConfig.Grading parse(Path path, ConfigFile.Grading grading, Map<String, String> environment) {
        if (grading == null) {
            return CoachConfig.Grading.defaults();
        }
        CoachConfig.GradingMode mode = mode(path, grading.mode());
        ConfigFile.Llm llm = grading.llm();
        boolean urlSet = llm != null && llm.url() != null && !llm.url().isBlank();
        if (!urlSet) {
            if (mode == CoachConfig.GradingMode.LLM) {
                throw new ConfigException(path + ": grading.mode is llm, so grading.llm.url (e.g. "
                        + "http://127.0.0.1:11434/v1) and grading.llm.model are needed");
            }
            return new CoachConfig.Grading(mode, Optional.empty());
        }
        URI url = url(path, llm.url().strip());
        if (llm.model() == null || llm.model().isBlank()) {
            throw new ConfigException(path + ": grading.llm.model is needed with grading.llm.url (e.g. llama3.1:8b)");
        }
        String variable = llm.apiKeyEnv() == null || llm.apiKeyEnv().isBlank() ? DEFAULT_KEY_VARIABLE
                : llm.apiKeyEnv().strip();
        if (!variable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new ConfigException(path + ": grading.llm.api_key_env '" + variable + "' must be the name of an "
                    + "environment variable (the key itself never goes in this file)");
        }
        String key = environment.get(variable);
        Duration timeout = FeatureSettings.duration(path, "grading.llm.timeout", llm.timeout(),
                Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofMinutes(2));
        return new CoachConfig.Grading(mode, Optional.of(new CoachConfig.Llm(url, llm.model().strip(),
                key == null || key.isBlank() ? Optional.empty() : Optional.of(key.strip()), timeout)));
    }

    private static CoachConfig.GradingMode mode(Path path, String text) {
        if (text == null || text.isBlank()) {
            return CoachConfig.GradingMode.SEMANTIC;
        }
        try {
            return CoachConfig.GradingMode.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(path + ": grading.mode '" + text + "' must be semantic, keywords or llm");
        }
    }

    private static URI url(Path path, String text) {
        try {
            URI uri = new URI(text);
            if (uri.getHost() == null || !uri.getScheme().matches("https?")) {
                throw new ConfigException(path + ": grading.llm.url '" + text + "' must be an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException(path + ": grading.llm.url '" + text + "' is not a valid URL");
        }
    }
}
