package com.crmplatform.contracts.customer;

/** Why a customer's owner changed. */
public enum OwnerChange {
    /** an admin gave a pool customer to a salesperson */
    ASSIGNED,
    /** an admin moved a customer from one salesperson to another */
    TRANSFERRED,
    /** a salesperson took a customer from the pool */
    CLAIMED,
    /** the owner (or an admin) put the customer back into the pool */
    RELEASED,
    /** the recycling rules put the customer back into the pool */
    RECYCLED,
    /** the owner left the company; an admin moved their customers */
    OFFBOARDED
}
