package com.crmplatform.dealservice.pipeline.domain;

import com.crmplatform.platform.error.InvalidRequestException;
import java.util.List;
import java.util.stream.Stream;

/** A tenant's sales pipeline: its open stages in board order, then WON and LOST. */
public record Pipeline(List<Stage> openStages) {

    /** Every tenant's pipeline until its admin changes it. */
    public static final Pipeline DEFAULT = new Pipeline(List.of(
            new Stage("QUALIFICATION", "Qualification", 10, 0),
            new Stage("NEEDS_ANALYSIS", "Needs analysis", 30, 1),
            new Stage("PROPOSAL", "Proposal", 60, 2),
            new Stage("NEGOTIATION", "Negotiation", 80, 3)));

    static final Stage WON = new Stage(Stage.WON, "Won", 100, 100);
    static final Stage LOST = new Stage(Stage.LOST, "Lost", 0, 101);

    public Pipeline {
        openStages = List.copyOf(openStages);
    }

    /** Every stage, open ones first, then WON and LOST. */
    public List<Stage> stages() {
        return Stream.concat(openStages.stream(), Stream.of(WON, LOST)).toList();
    }

    public Stage firstOpen() {
        return openStages.getFirst();
    }

    /** Any stage of this pipeline, WON and LOST included; 400 on {@code field} otherwise. */
    public Stage stage(String code, String field) {
        return stages().stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException(
                        field,
                        "Stage",
                        field + " must be one of "
                                + stages().stream().map(Stage::code).toList()));
    }

    /** An open stage of this pipeline; 400 on {@code field} otherwise. */
    public Stage openStage(String code, String field) {
        Stage stage = stage(code, field);
        if (!stage.open()) {
            throw new InvalidRequestException(
                    field, "OpenStage", field + " must be an open stage; " + code + " closes the opportunity");
        }
        return stage;
    }
}
