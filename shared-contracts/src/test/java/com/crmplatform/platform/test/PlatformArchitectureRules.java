package com.crmplatform.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The layering every service follows (package by feature; inside a feature web → domain ← persistence,
 * messaging and client → domain). A service applies all of them with
 * {@code @ArchTest static final ArchTests platformRules = ArchTests.in(PlatformArchitectureRules.class);}
 * inside a class annotated {@code @AnalyzeClasses(packages = "com.crmplatform.<service>")}.
 */
public final class PlatformArchitectureRules {

    private PlatformArchitectureRules() {}

    /** The domain is innermost: it knows nothing of HTTP, SQL helpers, Kafka or Feign. */
    @ArchTest
    public static final ArchRule DOMAIN_IS_INNERMOST = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..web..", "..persistence..", "..messaging..", "..client..")
            .allowEmptyShould(true);

    /** Controllers talk to the domain, never straight to persistence or other adapters. */
    @ArchTest
    public static final ArchRule WEB_DOES_NOT_USE_ADAPTERS = noClasses()
            .that()
            .resideInAPackage("..web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..persistence..", "..messaging..", "..client..")
            .allowEmptyShould(true);

    /** Domain code does not touch Kafka, servlets or Feign directly: events go through the outbox. */
    @ArchTest
    public static final ArchRule DOMAIN_USES_NO_INFRASTRUCTURE_APIS = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..", "jakarta.servlet..", "feign..")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule NO_FIELD_INJECTION =
            GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.allowEmptyShould(true);

    @ArchTest
    public static final ArchRule NO_JAVA_UTIL_LOGGING =
            GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.allowEmptyShould(true);

    /** The features of a service ({@code com.crmplatform.<service>.<feature>}) depend on each other without cycles. */
    @ArchTest
    public static final ArchRule FEATURES_ARE_FREE_OF_CYCLES = slices().matching("com.crmplatform.*.(*)..")
            .should()
            .beFreeOfCycles()
            .allowEmptyShould(true);
}
