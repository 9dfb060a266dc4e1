package com.crmplatform.billingservice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Payment plans and collected payments (回款) against contracts, and the receivables they leave. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BillingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(BillingServiceApplication.class, args);
    }
}
