package com.jobfuture.coach.platform.discord;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** JDA stays inside the Discord adapter: the core and the other packages never see it. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DiscordArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.jobfuture.coach");

    @Test
    void onlyTheDiscordAdapterUsesJda() {
        noClasses().that().resideOutsideOfPackage("com.jobfuture.coach.platform.discord..")
                .should().dependOnClassesThat().resideInAPackage("net.dv8tion..")
                .check(classes);
    }

    @Test
    void theCoreDoesNotKnowTheDiscordAdapter() {
        noClasses().that().resideInAPackage("com.jobfuture.coach.core..")
                .should().dependOnClassesThat().resideInAPackage("com.jobfuture.coach.platform..")
                .check(classes);
    }
}
