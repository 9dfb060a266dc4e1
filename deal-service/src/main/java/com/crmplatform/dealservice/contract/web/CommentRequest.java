package com.crmplatform.dealservice.contract.web;

import jakarta.validation.constraints.Size;

/** The optional body of {@code submit} and {@code approve}: a comment kept in the approval trail. */
record CommentRequest(@Size(max = 1000) String comment) {}
