package com.crmplatform.campaignservice;

import com.crmplatform.platform.test.PlatformArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.crmplatform.campaignservice", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule domainIsInnermost = PlatformArchitectureRules.DOMAIN_IS_INNERMOST;

    @ArchTest
    static final ArchRule webDoesNotUseAdapters = PlatformArchitectureRules.WEB_DOES_NOT_USE_ADAPTERS;

    @ArchTest
    static final ArchRule domainUsesNoInfrastructureApis = PlatformArchitectureRules.DOMAIN_USES_NO_INFRASTRUCTURE_APIS;

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            PlatformArchitectureRules.featuresAreFreeOfCycles("com.crmplatform.campaignservice");

    @ArchTest
    static final ArchRule noFieldInjection = PlatformArchitectureRules.NO_FIELD_INJECTION;

    @ArchTest
    static final ArchRule noJavaUtilLogging = PlatformArchitectureRules.NO_JAVA_UTIL_LOGGING;
}
