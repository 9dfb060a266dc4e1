package com.crmplatform.campaignservice.link.domain;

/**
 * An online campaign's promotion link: the public form page's address and the secret token in it.
 *
 * @param url {@code <crm.campaign.public-base-url>/p/<token>}
 * @param token the unguessable token (URL-safe base64, 144 random bits)
 */
public record PromotionLink(String url, String token) {}
