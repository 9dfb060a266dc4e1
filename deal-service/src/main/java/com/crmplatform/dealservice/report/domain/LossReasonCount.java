package com.crmplatform.dealservice.report.domain;

/** How many of one salesperson's opportunities were lost for one reason within the period. */
public record LossReasonCount(String ownerId, String reason, long count) {}
