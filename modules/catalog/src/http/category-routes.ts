import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createCategory } from '../use-cases/create-category';
import { listCategories } from '../use-cases/list-categories';
import * as s from './products.schema';

const tags = ['catalog'];

/** /categories: list and create product categories. */
export const categoryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/categories',
    {
      config: { permission: 'products:read' },
      schema: { summary: 'Product categories', tags, response: { 200: s.categoryList } },
    },
    async (req) => listCategories({ ctx: req.ctx }),
  );

  app.post(
    '/categories',
    {
      config: { permission: 'products:write' },
      schema: { summary: 'Create a category', tags, body: s.categoryBody, response: { 201: s.categorySchema } },
    },
    async (req, reply) => {
      reply.code(201);
      return createCategory({ ctx: req.ctx, input: { name: req.body.name } });
    },
  );
};
