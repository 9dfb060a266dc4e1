package com.crmplatform.campaignservice;

import com.crmplatform.platform.test.PlatformArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

@AnalyzeClasses(packages = "com.crmplatform.campaignservice", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests platformRules = ArchTests.in(PlatformArchitectureRules.class);
}
