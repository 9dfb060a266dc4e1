package com.crmplatform.campaignservice;

import com.crmplatform.platform.test.TestUserDirectory;
import org.springframework.stereotype.Component;

/**
 * The platform's test user directory as a bean of every campaign-service test context (the component scan finds it,
 * so all ITs keep sharing one context), in place of the Keycloak directory.
 */
@Component
public class ScannedTestUserDirectory extends TestUserDirectory {}
