package com.crmplatform.leadservice;

import com.crmplatform.platform.test.TestUserDirectory;
import org.springframework.stereotype.Component;

/** The platform's test user directory as a bean of every lead-service test context (the component scan finds it). */
@Component
public class ScannedTestUserDirectory extends TestUserDirectory {}
