package com.crmplatform.leadservice.pool.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code PUT /auto-assignment}: on or off, and who takes turns (absent: nobody). */
record AutoAssignmentRequest(
        @NotNull Boolean enabled, @Size(max = 100) List<@NotBlank @Size(max = 64) String> salespeople) {

    List<String> salespeopleOrNone() {
        return salespeople == null ? List.of() : salespeople;
    }
}
