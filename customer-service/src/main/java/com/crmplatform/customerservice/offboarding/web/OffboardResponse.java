package com.crmplatform.customerservice.offboarding.web;

import java.util.List;
import java.util.UUID;

/** What an offboarding moved. */
record OffboardResponse(String userId, String toOwnerId, boolean toPool, int moved, List<UUID> customerIds) {}
