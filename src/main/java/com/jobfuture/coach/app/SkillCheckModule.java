package com.jobfuture.coach.app;

import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.core.common.Transactions;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.progress.ReviewRecorder;
import com.jobfuture.coach.core.progress.ReviewRepository;
import com.jobfuture.coach.core.skillcheck.Calibration;
import com.jobfuture.coach.core.skillcheck.CalibrationFile;
import com.jobfuture.coach.core.skillcheck.CheckPolicy;
import com.jobfuture.coach.core.skillcheck.ItemBanks;
import com.jobfuture.coach.core.skillcheck.SkillCheckChat;
import com.jobfuture.coach.core.skillcheck.SkillCheckData;
import com.jobfuture.coach.core.skillcheck.SkillCheckRepository;
import com.jobfuture.coach.core.skillcheck.SkillCheckService;
import com.jobfuture.coach.core.skillcheck.SkillCheckSettings;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The skill-check parts: the calibration the item banks use, the service, the chat and its user data. */
record SkillCheckModule(SkillCheckService service, SkillCheckChat chat, SkillCheckData data) {
    private static final Logger LOG = LoggerFactory.getLogger(SkillCheckModule.class);

    static SkillCheckModule create(CoachConfig config, DeckRegistry decks, SkillCheckRepository repository,
                                   ReviewRepository reviews, ReviewRecorder recorder, Transactions transactions,
                                   RandomGenerator random, Clock clock) {
        Calibration calibration = calibration(config.calibrationFile());
        SkillCheckSettings settings = SkillCheckSettings.standard();
        CheckPolicy policy = new CheckPolicy(config.check().retakeAfter(), CheckPolicy.DEFAULT_RECENT);
        SkillCheckService service = new SkillCheckService(new ItemBanks(decks, calibration), decks, repository,
                reviews, recorder, transactions, settings, policy, random, clock);
        return new SkillCheckModule(service, new SkillCheckChat(service, settings, policy, config.timezone()),
                new SkillCheckData(repository));
    }

    /**
     * The calibration in the file, or none (default parameters) when there is no file. A file that cannot be read
     * is logged and left aside: the checks run on default parameters rather than not at all.
     */
    static Calibration calibration(Path file) {
        try {
            return new CalibrationFile().read(file).map(loaded -> {
                LOG.info("Skill checks use the calibration {} from {} ({} items)", loaded.version(), file,
                        loaded.items().size());
                return loaded;
            }).orElseGet(() -> {
                LOG.info("No calibration file at {}; skill checks use default item parameters", file);
                return Calibration.none();
            });
        } catch (IllegalArgumentException | UncheckedIOException e) {
            LOG.error("Ignoring the calibration file ({}); skill checks use default item parameters until it is "
                    + "fixed or rewritten with `items calibrate`", e.getMessage());
            return Calibration.none();
        }
    }
}
