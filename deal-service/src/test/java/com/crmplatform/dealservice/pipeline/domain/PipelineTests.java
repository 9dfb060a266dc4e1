package com.crmplatform.dealservice.pipeline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmplatform.platform.error.InvalidRequestException;
import org.junit.jupiter.api.Test;

class PipelineTests {

    @Test
    void theDefaultPipelineEndsInWonAndLost() {
        assertThat(Pipeline.DEFAULT.stages())
                .extracting(Stage::code, Stage::probability)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("QUALIFICATION", 10),
                        org.assertj.core.groups.Tuple.tuple("NEEDS_ANALYSIS", 30),
                        org.assertj.core.groups.Tuple.tuple("PROPOSAL", 60),
                        org.assertj.core.groups.Tuple.tuple("NEGOTIATION", 80),
                        org.assertj.core.groups.Tuple.tuple("WON", 100),
                        org.assertj.core.groups.Tuple.tuple("LOST", 0));
        assertThat(Pipeline.DEFAULT.firstOpen().code()).isEqualTo("QUALIFICATION");
    }

    @Test
    void onlyOpenStagesCanBeEnteredAsOpen() {
        assertThat(Pipeline.DEFAULT.stage("WON", "stage").open()).isFalse();
        assertThat(Pipeline.DEFAULT.openStage("PROPOSAL", "stage").probability())
                .isEqualTo(60);
        assertThatThrownBy(() -> Pipeline.DEFAULT.openStage("LOST", "stage"))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("stage"));
        assertThatThrownBy(() -> Pipeline.DEFAULT.stage("proposal", "stage"))
                .isInstanceOf(InvalidRequestException.class);
    }
}
