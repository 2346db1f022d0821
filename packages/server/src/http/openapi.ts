import { LiveEvent, PollDefinition, PetitionDefinition, Problem, ServiceDefinition, ThreadDefinition } from '@civic-widgets/core';
import * as z from 'zod/mini';
import { publicRoutes } from './public-routes.js';

const schema = (s: z.ZodMiniType, io: 'input' | 'output') =>
  z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' });

const problemResponse = {
  description: 'An RFC 9457 problem; `code` is stable',
  content: { 'application/problem+json': { schema: schema(Problem, 'output') } },
};

/** OpenAPI 3.1, generated from the same schemas the adapters validate with. */
export function openApiDocument(version: string): object {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of publicRoutes) {
    const path = `/api/v1${route.url.replace(/:(\w+)/g, '{$1}')}`;
    const params = [...route.url.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string', pattern: m[1] === 'commentId' ? '^\\d+$' : '^[a-z0-9][a-z0-9-]{0,63}$' },
    }));
    const query =
      route.query && 'shape' in (route.query as object)
        ? Object.entries((schema(route.query, 'input') as { properties?: Record<string, unknown> }).properties ?? {}).map(
            ([name, s]) => ({
              name,
              in: 'query',
              required: false,
              schema: s,
            }),
          )
        : [];
    (paths[path] ??= {})[route.method.toLowerCase()] = {
      summary: route.summary,
      parameters: [
        ...params,
        ...query,
        {
          name: 'X-Civic-Voter',
          in: 'header',
          required: route.method !== 'GET',
          schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{16,128}$' },
        },
        ...(route.method === 'GET'
          ? []
          : [
              {
                name: 'Idempotency-Key',
                in: 'header',
                required: false,
                schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,128}$' },
              },
            ]),
      ],
      ...(route.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: schema(route.body, 'input') } } } }
        : {}),
      responses: {
        [route.status]: route.response
          ? { description: 'OK', content: { 'application/json': { schema: schema(route.response, 'output') } } }
          : { description: 'Done' },
        '4XX': problemResponse,
        '5XX': problemResponse,
      },
    };
  }
  paths['/api/v1/stream'] = {
    get: {
      summary:
        'Server-Sent Events for the given topics (poll:ID, thread:ID, petition:ID, service:ID); resumes after Last-Event-ID',
      parameters: [{ name: 'topics', in: 'query', required: true, schema: { type: 'string' } }],
      responses: {
        200: {
          description: 'text/event-stream; each `data:` is a LiveEvent',
          content: { 'text/event-stream': { schema: schema(LiveEvent, 'output') } },
        },
      },
    },
  };
  paths['/api/v1/confirm/{token}'] = {
    get: {
      summary: 'Confirms a petition signature (the link in the e-mail); answers an HTML page',
      responses: { 200: { description: 'text/html' } },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Civic Widgets API',
      version,
      description: 'The protocol behind the Civic Widgets RestAdapter. See docs/protocol.md.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: {
        Problem: schema(Problem, 'output'),
        PollDefinition: schema(PollDefinition, 'input'),
        ThreadDefinition: schema(ThreadDefinition, 'input'),
        PetitionDefinition: schema(PetitionDefinition, 'input'),
        ServiceDefinition: schema(ServiceDefinition, 'input'),
      },
      securitySchemes: { admin: { type: 'http', scheme: 'bearer', description: 'CIVIC_ADMIN_TOKEN, for /api/v1/admin/*' } },
    },
  };
}
