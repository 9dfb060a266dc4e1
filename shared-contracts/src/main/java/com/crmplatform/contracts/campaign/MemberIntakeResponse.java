package com.crmplatform.contracts.campaign;

import java.util.List;

/** One result per member of a {@link MemberIntakeRequest}, in the request's order. */
public record MemberIntakeResponse(List<MemberIntakeResult> results) {}
