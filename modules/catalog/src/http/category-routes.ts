import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createCategory } from '../use-cases/create-category';
import { getCategory } from '../use-cases/get-category';
import { listCategories } from '../use-cases/list-categories';
import * as s from './products.schema';

const tags = ['categories'];

/** /categories: list and create product categories. */
export const categoryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/categories',
    {
      config: { permission: 'products:read' },
      schema: {
        operationId: 'listCategories',
        summary: 'Product categories, by name',
        tags,
        querystring: s.categoryQuery(app.config),
        response: { 200: s.categoryPage },
      },
    },
    async (req) => listCategories({ ctx: req.ctx, input: { limit: req.query.limit, cursor: req.query.cursor } }),
  );

  app.post(
    '/categories',
    {
      config: { permission: 'products:write' },
      schema: {
        operationId: 'createCategory',
        summary: 'Create a category',
        tags,
        body: s.categoryBody,
        response: { 201: s.categorySchema },
      },
    },
    async (req, reply) => {
      const category = await createCategory({ ctx: req.ctx, input: { name: req.body.name } });
      reply.code(201).header('location', `${app.prefix}/categories/${category.id}`);
      return category;
    },
  );

  app.get(
    '/categories/:category_id',
    {
      config: { permission: 'products:read', versioned: true },
      schema: {
        operationId: 'getCategory',
        summary: 'A product category',
        tags,
        params: s.categoryParams,
        response: { 200: s.categorySchema },
      },
    },
    async (req) => getCategory({ ctx: req.ctx, input: { categoryId: req.params.category_id } }),
  );
};
