/**
 * The gateway: declarative routes live in {@code application.yml}; the classes here only add what YAML cannot say
 * (security rules, the in-memory rate limiter, circuit-breaker defaults and the problem+json error answers).
 */
@NullMarked
package com.crmplatform.gateway;

import org.jspecify.annotations.NullMarked;
