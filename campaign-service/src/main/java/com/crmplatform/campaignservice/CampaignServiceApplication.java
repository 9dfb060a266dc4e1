package com.crmplatform.campaignservice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;

/** Marketing campaigns (市场活动): capture forms, promotion links, the sync into the lead pool and ROI. */
@SpringBootApplication
@EnableFeignClients
public class CampaignServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CampaignServiceApplication.class, args);
    }
}
