package com.crmplatform.dealservice.pipeline.domain;

/**
 * A stage of the sales pipeline. The open stages are the tenant's to rename, reorder and re-weight; WON and LOST
 * are fixed and close the opportunity.
 *
 * @param code stable identifier, e.g. {@code PROPOSAL}
 * @param probability the win probability an opportunity takes when it enters the stage, in percent
 * @param position order on the board, from 0
 */
public record Stage(String code, String name, int probability, int position) {

    public static final String WON = "WON";
    public static final String LOST = "LOST";

    public boolean open() {
        return !WON.equals(code) && !LOST.equals(code);
    }
}
