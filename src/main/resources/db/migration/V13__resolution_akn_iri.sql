-- The Akoma Ntoso IRI of a resolution's work (FRBRWork/FRBRuri of the UN's AKN4UN file, e.g.
-- /akn/un/statement/deliberation/unsc/2023-12-21/2719-2023/), exactly as the file writes it; null where unref holds
-- no AKN file for the resolution. Served in the record and its JSON-LD. Valid on H2 and PostgreSQL.
ALTER TABLE resolution ADD COLUMN akn_iri VARCHAR(300);
