package com.crmplatform.leadservice.pool.web;

import com.crmplatform.leadservice.lead.web.LeadResponse;
import java.util.List;

/** The leads a bulk assignment gave to the salesperson. */
record BulkAssignResponse(String ownerId, List<LeadResponse> assigned) {}
