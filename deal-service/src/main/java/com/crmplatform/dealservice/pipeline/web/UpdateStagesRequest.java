package com.crmplatform.dealservice.pipeline.web;

import com.crmplatform.dealservice.pipeline.domain.Stage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code PUT /api/v1/pipeline-stages}: the open stages in their new order, with names and probabilities. */
record UpdateStagesRequest(@NotEmpty @Size(max = 20) List<@NotNull @Valid StageSetting> stages) {

    List<Stage> toStages() {
        return stages.stream()
                .map(s -> new Stage(s.code().strip(), s.name().strip(), s.probability(), 0))
                .toList();
    }

    record StageSetting(
            @NotBlank @Size(max = 32) String code,
            @NotBlank @Size(max = 100) String name,
            @NotNull @Min(0) @Max(100) Integer probability) {}
}
