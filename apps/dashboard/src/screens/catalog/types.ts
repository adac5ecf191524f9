import type { ItemOf, operations, ResponseOf } from '@nexova/client';

export type Product = ResponseOf<operations['getProduct']>;
export type ProductSummary = ItemOf<operations['listProducts']>;
export type ImportJob = ResponseOf<operations['getProductImport']>;
export type StockLevel = ItemOf<operations['listStock']>;
export type Movement = ItemOf<operations['listStockMovements']>;
