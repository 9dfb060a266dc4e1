package com.crmplatform.platform.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service used to test the platform pieces the way a real service wires them. */
@SpringBootApplication
public class PlatformSampleApplication {}
