-- Peer-to-peer transfers with idempotency keys and balance checks.
PRAGMA foreign_keys = ON;

CREATE TABLE wallets (
    id            INTEGER PRIMARY KEY,
    owner         TEXT NOT NULL,
    balance_cents INTEGER NOT NULL DEFAULT 0 CHECK (balance_cents >= 0),
    frozen        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE transfers (
    id              INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    from_wallet     INTEGER NOT NULL REFERENCES wallets(id),
    to_wallet       INTEGER NOT NULL REFERENCES wallets(id),
    amount_cents    INTEGER NOT NULL CHECK (amount_cents > 0),
    state           TEXT NOT NULL DEFAULT 'completed',
    created_at      TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (from_wallet <> to_wallet)
);

CREATE TRIGGER trg_apply_transfer
AFTER INSERT ON transfers
FOR EACH ROW
WHEN NEW.state = 'completed'
BEGIN
    UPDATE wallets SET balance_cents = balance_cents - NEW.amount_cents WHERE id = NEW.from_wallet;
    UPDATE wallets SET balance_cents = balance_cents + NEW.amount_cents WHERE id = NEW.to_wallet;
END;

INSERT INTO wallets (id, owner, balance_cents) VALUES (1, 'alice', 10000), (2, 'bob', 2500), (3, 'carol', 0);

BEGIN TRANSACTION;
INSERT INTO transfers (idempotency_key, from_wallet, to_wallet, amount_cents)
VALUES ('9b1f6c2e-0001', 1, 2, 1500)
ON CONFLICT (idempotency_key) DO NOTHING;
COMMIT;

-- A retried request with the same key is a no-op.
INSERT INTO transfers (idempotency_key, from_wallet, to_wallet, amount_cents)
VALUES ('9b1f6c2e-0001', 1, 2, 1500)
ON CONFLICT (idempotency_key) DO NOTHING;

-- Only transfer if the sender has enough money and is not frozen.
INSERT INTO transfers (idempotency_key, from_wallet, to_wallet, amount_cents)
SELECT '9b1f6c2e-0002', w.id, 3, 700
FROM wallets w
WHERE w.id = 2 AND w.frozen = 0 AND w.balance_cents >= 700;

SELECT id, owner, balance_cents / 100.0 AS balance FROM wallets ORDER BY id;

SELECT t.id,
       f.owner AS sender,
       r.owner AS recipient,
       t.amount_cents,
       t.created_at
FROM transfers t
JOIN wallets f ON f.id = t.from_wallet
JOIN wallets r ON r.id = t.to_wallet
ORDER BY t.id;

-- Net flow per wallet.
SELECT w.owner,
       coalesce((SELECT sum(amount_cents) FROM transfers WHERE to_wallet = w.id), 0)
     - coalesce((SELECT sum(amount_cents) FROM transfers WHERE from_wallet = w.id), 0) AS net_cents
FROM wallets w;
