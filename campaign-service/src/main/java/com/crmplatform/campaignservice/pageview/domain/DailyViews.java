package com.crmplatform.campaignservice.pageview.domain;

import java.time.LocalDate;

/**
 * A campaign's public page on one day.
 *
 * @param views every GET of the HTML page or the public form JSON
 * @param uniqueVisitors distinct (client address, user agent) pairs that day
 */
public record DailyViews(LocalDate day, long views, long uniqueVisitors) {}
