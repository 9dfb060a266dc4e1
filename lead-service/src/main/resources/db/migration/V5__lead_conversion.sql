-- Conversion (线索 → 客户): the customer a CONVERTED lead became in customer-service, and when.
ALTER TABLE lead ADD COLUMN customer_id  UUID;
ALTER TABLE lead ADD COLUMN converted_at TIMESTAMPTZ;
