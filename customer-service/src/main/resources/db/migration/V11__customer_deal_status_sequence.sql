-- A customer's deal status (成交状态) now comes from deal-service, in its terms: NONE, IN_PROGRESS or DEAL. Nothing
-- but direct SQL ever wrote the old CLOSED, which meant what DEAL means (the recycling exemption reads DEAL).
UPDATE customer SET deal_status = 'DEAL' WHERE deal_status = 'CLOSED';

-- The sequence of deal-service's computation the stored status came from. Opportunity and contract events arrive
-- on two topics in any order: only a higher sequence replaces the status. 0: never set (deal-service counts from 1).
ALTER TABLE customer ADD COLUMN deal_status_sequence BIGINT NOT NULL DEFAULT 0;
