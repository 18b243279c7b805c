-- E-commerce core schema: customers, catalogue, orders.
PRAGMA foreign_keys = ON;

CREATE TABLE customers (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    email       TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    full_name   TEXT    NOT NULL,
    country     TEXT    NOT NULL DEFAULT 'US',
    is_active   BOOLEAN NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE categories (
    id         INTEGER PRIMARY KEY,
    parent_id  INTEGER REFERENCES categories(id) ON DELETE SET NULL,
    slug       TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL
);

CREATE TABLE products (
    id           INTEGER PRIMARY KEY,
    sku          VARCHAR(32) NOT NULL UNIQUE,
    category_id  INTEGER REFERENCES categories(id) ON DELETE RESTRICT,
    title        TEXT NOT NULL,
    description  TEXT,
    price_cents  INTEGER NOT NULL CHECK (price_cents >= 0),
    weight_grams INTEGER,
    is_published BOOLEAN NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE addresses (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    line1        TEXT NOT NULL,
    line2        TEXT,
    city         TEXT NOT NULL,
    postal_code  TEXT NOT NULL,
    country      TEXT NOT NULL,
    is_default   BOOLEAN NOT NULL DEFAULT 0
);

CREATE TABLE orders (
    id               INTEGER PRIMARY KEY,
    customer_id      INTEGER NOT NULL,
    shipping_addr_id INTEGER,
    status           TEXT NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded')),
    placed_at        TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    total_cents      INTEGER NOT NULL DEFAULT 0,
    currency         TEXT NOT NULL DEFAULT 'USD',
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers(id) ON DELETE RESTRICT,
    CONSTRAINT fk_orders_address FOREIGN KEY (shipping_addr_id) REFERENCES addresses(id) ON DELETE SET NULL
);

CREATE TABLE order_items (
    order_id     INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    product_id   INTEGER NOT NULL REFERENCES products(id),
    quantity     INTEGER NOT NULL CHECK (quantity > 0),
    unit_cents   INTEGER NOT NULL,
    line_cents   INTEGER GENERATED ALWAYS AS (quantity * unit_cents) STORED,
    PRIMARY KEY (order_id, product_id)
) WITHOUT ROWID;

CREATE TABLE payments (
    id          INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    provider    TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    paid_at     TEXT,
    UNIQUE (order_id, provider)
);

CREATE INDEX idx_products_category ON products (category_id);
CREATE INDEX idx_orders_customer_placed ON orders (customer_id, placed_at DESC);
CREATE INDEX idx_orders_open ON orders (placed_at) WHERE status IN ('pending', 'paid');
CREATE UNIQUE INDEX ux_addresses_default ON addresses (customer_id) WHERE is_default = 1;

CREATE VIEW published_products AS
SELECT p.id, p.sku, p.title, p.price_cents, c.title AS category
FROM products p
LEFT JOIN categories c ON c.id = p.category_id
WHERE p.is_published = 1;

CREATE TRIGGER trg_order_items_total
AFTER INSERT ON order_items
FOR EACH ROW
BEGIN
    UPDATE orders
       SET total_cents = (SELECT coalesce(sum(line_cents), 0) FROM order_items WHERE order_id = NEW.order_id)
     WHERE id = NEW.order_id;
END;
