-- Version 11: Kafka clusters as data sources (engine 'kafka'). The bootstrap servers live in
-- host, the SASL user in user_name and the CA file in ca_file; these are the rest. The password
-- stays in the secret store like every data source's.
ALTER TABLE datasource ADD COLUMN kafka_security_protocol TEXT NOT NULL DEFAULT '';
ALTER TABLE datasource ADD COLUMN kafka_sasl_mechanism TEXT NOT NULL DEFAULT '';
ALTER TABLE datasource ADD COLUMN kafka_client_id TEXT NOT NULL DEFAULT '';
