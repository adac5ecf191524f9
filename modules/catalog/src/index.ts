// @nexova/catalog — products, variants, categories, search and imports (issue 6). The only door.
export * from './contracts/events/product-events.v1';
export {
  type Category,
  categorySchema,
  type ImportJob,
  importJobSchema,
  type Product,
  productSchema,
  type Variant,
  variantSchema,
} from './contracts/product';
export { catalogPermissions as permissions } from './http/permissions';
export { catalogModule } from './module';
export { type CreateCategoryInput, createCategory } from './use-cases/create-category';
export { type CreateProductInput, createProduct, type NewVariant } from './use-cases/create-product';
export { type DeleteProductInput, deleteProduct } from './use-cases/delete-product';
export {
  type FindSellableVariantsInput,
  findSellableVariants,
  type SellableVariant,
} from './use-cases/find-sellable-variants';
export { type GetCategoryInput, getCategory } from './use-cases/get-category';
export { type GetImportJobInput, getImportJob } from './use-cases/get-import-job';
export { type GetProductInput, getProduct } from './use-cases/get-product';
export { type ListCategoriesInput, listCategories } from './use-cases/list-categories';
export { type ListProductsInput, listProducts } from './use-cases/list-products';
export { type SeedDemoCatalogInput, seedDemoCatalog } from './use-cases/seed-demo-catalog';
export { type StartProductImportInput, startProductImport } from './use-cases/start-product-import';
export { type UpdateProductInput, updateProduct } from './use-cases/update-product';
export { type UpsertVariantInput, upsertVariant } from './use-cases/upsert-variant';
