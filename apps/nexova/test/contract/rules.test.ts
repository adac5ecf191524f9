import { describe, expect, it } from 'vitest';
import type { OpenApi, Operation } from './openapi-walk';
import { contractViolations } from './rules';

// Each rule fires on the mistake it is for: an operation that follows the convention, then one
// mistake at a time.

const problem = (status: number) => ({
  description: 'problem',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  status,
});
const problems = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, problem(s)]));
const workspaceHeader = { in: 'header', name: 'x-workspace-id' };

const good: Operation = {
  operationId: 'listOrders',
  tags: ['orders'],
  security: [{ bearer: [] }, { api_key: [] }],
  parameters: [{ in: 'query', name: 'limit' }, { in: 'query', name: 'cursor' }, workspaceHeader],
  responses: {
    200: {
      description: 'a page',
      content: {
        'application/json': {
          schema: {
            type: 'object',
            properties: {
              items: { type: 'array', items: { type: 'object', properties: { order_id: {} } } },
              next_cursor: {},
            },
            example: { items: [], next_cursor: null },
          },
        },
      },
    },
    ...problems(400, 401, 403, 404),
  },
};

const docWith = (op: Operation, path = '/api/v1/orders', method = 'get'): OpenApi => ({
  paths: { [path]: { [method]: op } },
  tags: [{ name: 'orders', description: 'Orders' }],
  components: { schemas: { Problem: {} }, securitySchemes: { bearer: {}, api_key: {} } },
});
const rulesOf = (doc: OpenApi) => contractViolations(doc).map((v) => v.rule);

describe('contract rules', () => {
  it('pass an operation that follows the convention', () => {
    expect(contractViolations(docWith(good))).toEqual([]);
  });

  it('catch names that are not snake_case and enum values that are not lower_snake', () => {
    const schema = { type: 'object', properties: { orderId: { enum: ['PAYMENT_PENDING'] } }, example: {} };
    const op = {
      ...good,
      responses: { ...good.responses, 200: { description: '', content: { 'application/json': { schema } } } },
    };
    expect(rulesOf(docWith(op))).toEqual(expect.arrayContaining(['snake_case_property', 'lower_snake_enum']));
    const query = { ...good, parameters: [...(good.parameters ?? []), { in: 'query', name: 'createdFrom' }] };
    expect(rulesOf(docWith(query))).toEqual(['snake_case_query']);
    const path = { ...good, parameters: [...(good.parameters ?? []), { in: 'path', name: 'id' }] };
    expect(rulesOf(docWith(path, '/api/v1/orders/{id}'))).toContain('path_param_named_for_resource');
  });

  it('catch a list without { items, next_cursor }, limit or cursor', () => {
    const op = { ...good, parameters: [workspaceHeader] };
    expect(contractViolations(docWith(op))).toEqual([
      expect.objectContaining({ rule: 'collection_shape', detail: 'a list without ?limit, ?cursor' }),
    ]);
  });

  it('catch a missing or repeated operationId, missing tags, security and workspace header', () => {
    expect(rulesOf(docWith({ ...good, operationId: undefined }))).toEqual(['operation_id']);
    expect(rulesOf(docWith({ ...good, tags: [] }))).toEqual(['tags']);
    expect(rulesOf(docWith({ ...good, security: undefined }))).toContain('security');
    expect(rulesOf(docWith({ ...good, parameters: good.parameters?.slice(0, 2) }))).toEqual(['workspace_header']);
    const twice: OpenApi = { ...docWith(good), paths: { '/a': { get: good }, '/b': { get: good } } };
    expect(rulesOf(twice)).toEqual(['operation_id']);
  });

  it('catch missing examples, problem responses and Location on 201', () => {
    const body = { content: { 'application/json': { schema: { type: 'object' } } } };
    const created = {
      description: 'created',
      content: { 'application/json': { schema: { type: 'object', example: {} } } },
    };
    const post: Operation = {
      ...good,
      operationId: 'createOrder',
      parameters: [workspaceHeader],
      requestBody: body,
      responses: { 201: created, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
    };
    expect(rulesOf(docWith(post, '/api/v1/orders', 'post')).sort()).toEqual(['created_location', 'request_example']);
    const { 409: _conflict, ...without409 } = post.responses ?? {};
    expect(rulesOf(docWith({ ...post, responses: without409 }, '/api/v1/orders', 'post'))).toContain(
      'problem_responses',
    );
    const inline = { ...good, responses: { ...good.responses, 404: { description: 'x' } } };
    expect(contractViolations(docWith(inline))).toEqual([
      expect.objectContaining({ rule: 'problem_responses', detail: 'not the Problem schema: 404' }),
    ]);
  });
});
