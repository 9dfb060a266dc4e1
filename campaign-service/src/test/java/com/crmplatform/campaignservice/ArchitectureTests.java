package com.crmplatform.campaignservice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.crmplatform.platform.test.PlatformArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.crmplatform.campaignservice", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests platformRules = ArchTests.in(PlatformArchitectureRules.class);

    /** Members are the core the public page builds on: they know nothing of the page or its view counters. */
    @ArchTest
    static final ArchRule membersDoNotDependOnThePublicPage = noClasses()
            .that()
            .resideInAPackage("..campaignservice.member..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..campaignservice.publicpage..", "..campaignservice.pageview..");

    /** The view counters stand alone (stats reads them through PageViewService). */
    @ArchTest
    static final ArchRule pageViewsStandAlone = noClasses()
            .that()
            .resideInAPackage("..campaignservice.pageview..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..campaignservice.member..", "..campaignservice.publicpage..");
}
