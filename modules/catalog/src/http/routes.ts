import { ifMatchVersion, registerTitles } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createProduct } from '../use-cases/create-product';
import { deleteProduct } from '../use-cases/delete-product';
import { getProduct } from '../use-cases/get-product';
import { listProducts } from '../use-cases/list-products';
import { updateProduct } from '../use-cases/update-product';
import { upsertVariant } from '../use-cases/upsert-variant';
import { categoryRoutes } from './category-routes';
import { importRoutes } from './import-routes';
import * as s from './products.schema';

registerTitles({
  product_not_found: { es: 'Producto no encontrado', 'pt-BR': 'Produto não encontrado' },
  variant_not_found: { es: 'Variante no encontrada', 'pt-BR': 'Variante não encontrada' },
  sku_taken: { es: 'El SKU ya está en uso', 'pt-BR': 'O SKU já está em uso' },
  category_not_found: { es: 'Categoría no encontrada', 'pt-BR': 'Categoria não encontrada' },
  category_exists: { es: 'La categoría ya existe', 'pt-BR': 'A categoria já existe' },
  import_job_not_found: { es: 'Importación no encontrada', 'pt-BR': 'Importação não encontrada' },
});

const tags = ['products'];

/** /products, /categories and product imports. Handlers parse, call one use-case, return. */
export const catalogRoutes: FastifyPluginAsyncZod = async (app) => {
  const cfg = app.config;
  app.get(
    '/products',
    {
      config: { permission: 'products:read' },
      schema: {
        operationId: 'listProducts',
        summary: 'List and search products',
        tags,
        querystring: s.listQuery(cfg),
        response: { 200: s.productPage },
      },
    },
    async (req) => {
      const q = req.query;
      return listProducts({
        ctx: req.ctx,
        input: {
          q: q.q,
          categoryId: q.category_id,
          status: q.status,
          minPrice: q.min_price,
          maxPrice: q.max_price,
          inStock: q.in_stock === 'true',
          limit: q.limit,
          cursor: q.cursor,
        },
      });
    },
  );

  app.post(
    '/products',
    {
      config: { permission: 'products:write', versioned: { ifMatch: false } },
      schema: {
        operationId: 'createProduct',
        summary: 'Create a product with its variants',
        tags,
        body: s.createBody,
        response: { 201: s.productSchema },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const product = await createProduct({
        ctx: req.ctx,
        input: {
          name: b.name,
          description: b.description,
          categoryId: b.category_id,
          status: b.status,
          currency: b.currency,
          variants: b.variants,
        },
      });
      reply.code(201).header('location', `${app.prefix}/products/${product.id}`);
      return product;
    },
  );

  app.get(
    '/products/:product_id',
    {
      config: { permission: 'products:read', versioned: true },
      schema: {
        operationId: 'getProduct',
        summary: 'A product with its variants',
        tags,
        params: s.productParams,
        response: { 200: s.productSchema },
      },
    },
    async (req) => getProduct({ ctx: req.ctx, input: { productId: req.params.product_id } }),
  );

  app.patch(
    '/products/:product_id',
    {
      config: { permission: 'products:write', versioned: true },
      schema: {
        operationId: 'updateProduct',
        summary: 'Update a product',
        tags,
        params: s.productParams,
        body: s.updateBody,
        response: { 200: s.productSchema },
      },
    },
    async (req) => {
      const b = req.body;
      return updateProduct({
        ctx: req.ctx,
        input: {
          productId: req.params.product_id,
          name: b.name,
          description: b.description,
          categoryId: b.category_id,
          status: b.status,
          expectedVersion: ifMatchVersion(req, b.expected_version),
        },
      });
    },
  );

  app.delete(
    '/products/:product_id',
    {
      config: { permission: 'products:write', versioned: true },
      schema: {
        operationId: 'deleteProduct',
        summary: 'Soft-delete a product and its variants',
        tags,
        params: s.productParams,
        response: { 204: s.noContent },
      },
    },
    async (req, reply) => {
      await deleteProduct({
        ctx: req.ctx,
        input: { productId: req.params.product_id, expectedVersion: ifMatchVersion(req) },
      });
      reply.code(204);
      return null;
    },
  );

  app.post(
    '/products/:product_id/variants',
    {
      config: { permission: 'products:write', versioned: { ifMatch: true } },
      schema: {
        operationId: 'createProductVariant',
        summary: 'Add a variant',
        description: 'Answers the whole product; `Location` names the new variant.',
        tags,
        params: s.productParams,
        body: s.variantBody,
        response: { 201: s.productSchema },
      },
    },
    async (req, reply) => {
      const product = await upsertVariant({
        ctx: req.ctx,
        input: { productId: req.params.product_id, ...req.body, expectedProductVersion: ifMatchVersion(req) },
      });
      // SKUs are unique among live variants (any case): the new variant is the one with this SKU.
      const sku = req.body.sku.trim().toLowerCase();
      const added = product.variants.find((v) => v.sku.toLowerCase() === sku);
      reply.code(201).header('location', `${app.prefix}/products/${product.id}/variants/${added?.id ?? ''}`);
      return product;
    },
  );

  app.patch(
    '/products/:product_id/variants/:variant_id',
    {
      config: { permission: 'products:write', versioned: true },
      schema: {
        operationId: 'updateProductVariant',
        summary: 'Change a variant (SKU, options, price)',
        tags,
        params: s.variantParams,
        body: s.variantPatch,
        response: { 200: s.productSchema },
      },
    },
    async (req) => {
      const { expected_version, ...rest } = req.body;
      return upsertVariant({
        ctx: req.ctx,
        input: {
          productId: req.params.product_id,
          variantId: req.params.variant_id,
          ...rest,
          expectedVersion: expected_version,
          expectedProductVersion: ifMatchVersion(req),
        },
      });
    },
  );

  app.delete(
    '/products/:product_id/variants/:variant_id',
    {
      config: { permission: 'products:write', versioned: true },
      schema: {
        operationId: 'deleteProductVariant',
        summary: 'Remove a variant (soft delete; its SKU is free again)',
        tags,
        params: s.variantParams,
        response: { 200: s.productSchema },
      },
    },
    async (req) =>
      upsertVariant({
        ctx: req.ctx,
        input: {
          productId: req.params.product_id,
          variantId: req.params.variant_id,
          remove: true,
          expectedProductVersion: ifMatchVersion(req),
        },
      }),
  );

  await app.register(categoryRoutes);
  await app.register(importRoutes);
};
