package com.crmplatform.leadservice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cloud.openfeign.EnableFeignClients;

/** Leads (线索), the lead pool (公海池), assignment, follow-ups and conversion into customers. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableFeignClients
public class LeadServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(LeadServiceApplication.class, args);
    }
}
