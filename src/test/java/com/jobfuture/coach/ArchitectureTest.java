package com.jobfuture.coach;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

/**
 * The architecture rules, all checked on one import of the main classes: the core is platform-neutral and time
 * injectable, each platform library stays in its adapter, adapters never know each other or the application,
 * and no package depends on itself through others.
 */
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
                        "java.net.http..", "java.sql..", "javax.sql..", "org.sqlite..", "org.flywaydb..",
                        "ai.onnxruntime..", "ai.djl..", "dev.langchain4j..", "com.jobfuture.coach.grading..",
                        "com.jobfuture.coach.storage..", "com.jobfuture.coach.platform..",
                        "com.jobfuture.coach.app..", "com.jobfuture.coach.config..", "com.jobfuture.coach.web..",
                        "com.jobfuture.coach.cli..", "com.jobfuture.coach.fetch..", "com.jobfuture.coach.card..",
                        "java.awt..", "javax.imageio..")
                .because("the core is platform-neutral; adapters, storage, fetching and drawing sit at the edge")
                .check(main);
    }

    @Test
    void eachPlatformLibraryStaysInItsAdapter() {
        noClasses().that().resideOutsideOfPackage("com.jobfuture.coach.platform.discord..")
                .should().dependOnClassesThat().resideInAPackage("net.dv8tion..")
                .check(main);
        noClasses().that().resideOutsideOfPackage("com.jobfuture.coach.platform.telegram..")
                .should().dependOnClassesThat().resideInAPackage("org.telegram..")
                .check(main);
    }

    @Test
    void platformsKnowNeitherTheApplicationNorItsConfigurationNorEachOther() {
        noClasses().that().resideInAPackage("com.jobfuture.coach.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("com.jobfuture.coach.app..",
                        "com.jobfuture.coach.config..", "com.jobfuture.coach.cli..")
                .because("the application builds each platform from its own settings record")
                .check(main);
        slices().matching("com.jobfuture.coach.platform.(*)..").should().notDependOnEachOther()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                                "com.jobfuture.coach.platform", "com.jobfuture.coach.platform.common"))
                .because("adapters share only the platform kit")
                .check(main);
    }

    @Test
    void noPackageCycles() {
        slices().matching("com.jobfuture.coach.(*)..").should().beFreeOfCycles().check(main);
        slices().matching("com.jobfuture.coach.platform.(**)").should().beFreeOfCycles().check(main);
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
    void theSchedulerIsPure() {
        noClasses().that().resideInAPackage("com.jobfuture.coach.core.review..")
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .check(main);
        fields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage("com.jobfuture.coach.core.review..")
                .should().beFinal()
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
