-- The price formula each lot states when the tender is built (PriceFormula).
ALTER TABLE lot ADD COLUMN price_formula VARCHAR(30) NOT NULL DEFAULT 'LOWEST_PRICE_RATIO';
