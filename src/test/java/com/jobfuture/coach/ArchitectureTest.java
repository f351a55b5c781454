package com.jobfuture.coach;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the core platform-neutral and time injectable. */
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMain() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.jobfuture.coach");
    }

    @Test
    void coreKnowsNoPlatformStorageOrHttpType() {
        noClasses().that().resideInAPackage("com.jobfuture.coach.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "net.dv8tion..", "org.telegram..", "io.javalin..", "org.eclipse.jetty..", "com.sun.net..",
                        "java.sql..", "javax.sql..", "org.sqlite..", "org.flywaydb..",
                        "ai.onnxruntime..", "ai.djl..", "dev.langchain4j..", "com.jobfuture.coach.grading..",
                        "com.jobfuture.coach.storage..", "com.jobfuture.coach.platform..",
                        "com.jobfuture.coach.app..", "com.jobfuture.coach.config..", "com.jobfuture.coach.web..",
                        "com.jobfuture.coach.cli..")
                .because("the core is platform-neutral; adapters and storage sit at the edge")
                .check(main);
    }

    @Test
    void nothingReadsTheSystemClockDirectly() {
        noClasses().should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("time is injected with java.time.Clock")
                .check(main);
        noClasses().that().resideInAPackage("com.jobfuture.coach.core..")
                .should().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .check(main);
    }

    @Test
    void noStaticMutableState() {
        fields().that().areStatic().and().areNotFinal().should().bePrivate().andShould().beFinal()
                .because("no static mutable state")
                .allowEmptyShould(true)
                .check(main);
    }
}
