package com.crmplatform.leadservice.lead.domain;

/** Who the lead is and how to reach them. At least one of phone and email is present. */
public record ContactDetails(String name, String company, String title, String phone, String email) {}
