CREATE TABLE item (
    id BIGINT PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);
INSERT INTO item (id, name) VALUES (1, 'one');
