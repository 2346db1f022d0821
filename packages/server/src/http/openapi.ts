import { LiveEvent, PetitionDefinition, PollDefinition, Problem, ServiceDefinition, ThreadDefinition } from '@civic-widgets/core';
import * as z from 'zod/mini';
import { allAdminRoutes } from './admin-table.js';
import type { ParamsSchema } from './params.js';
import { publicRoutes } from './public-routes.js';

type Io = 'input' | 'output';
type JsonSchema = { properties?: Record<string, object>; required?: string[] } & Record<string, unknown>;

const schema = (s: z.ZodMiniType, io: Io): JsonSchema =>
  z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;

/** Schemas written once under components and referred to by operations. */
const COMPONENTS = new Map<z.ZodMiniType, { name: string; io: Io }>([
  [Problem, { name: 'Problem', io: 'output' }],
  [PollDefinition, { name: 'PollDefinition', io: 'input' }],
  [ThreadDefinition, { name: 'ThreadDefinition', io: 'input' }],
  [PetitionDefinition, { name: 'PetitionDefinition', io: 'input' }],
  [ServiceDefinition, { name: 'ServiceDefinition', io: 'input' }],
]);
const schemaOrRef = (s: z.ZodMiniType, io: Io): object => {
  const component = COMPONENTS.get(s);
  return component ? { $ref: `#/components/schemas/${component.name}` } : schema(s, io);
};

const json = (s: z.ZodMiniType) => ({ 'application/json': { schema: schemaOrRef(s, 'output') } });
const problems = { '4XX': { $ref: '#/components/responses/Problem' }, '5XX': { $ref: '#/components/responses/Problem' } };

/** OpenAPI parameters from an object schema: its properties, in order. */
function parameters(s: z.ZodMiniType | undefined, where: 'path' | 'query'): object[] {
  if (!s) return [];
  const { properties = {}, required = [] } = schema(s, 'input');
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.includes(name),
    schema: property,
  }));
}

const path = (prefix: string, url: string) => `${prefix}${url.replace(/:(\w+)/g, '{$1}')}`;

interface Described {
  method: string;
  url: string;
  operationId: string;
  summary: string;
  params?: ParamsSchema;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
}
const operation = (route: Described, extra: { parameters?: object[]; security: object[] }) => ({
  operationId: route.operationId,
  summary: route.summary,
  security: extra.security,
  parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query'), ...(extra.parameters ?? [])],
  ...(route.body
    ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOrRef(route.body, 'input') } } } }
    : {}),
});

/** OpenAPI 3.1, generated from the route tables and the schemas the adapters validate with. */
export function openApiDocument(version: string): object {
  const paths: Record<string, Record<string, unknown>> = {};

  paths['/api/v1/health'] = {
    get: {
      operationId: 'getHealth',
      summary: 'Whether the server is up, and its version',
      security: [],
      responses: {
        200: { description: 'Up', content: json(z.object({ status: z.literal('ok'), version: z.string() })) },
        ...problems,
      },
    },
  };
  paths['/api/v1/openapi.json'] = {
    get: {
      operationId: 'getOpenApi',
      summary: 'This document',
      security: [],
      responses: {
        200: { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } },
        ...problems,
      },
    },
  };

  for (const route of publicRoutes) {
    const write = route.method !== 'GET';
    (paths[path('/api/v1', route.url)] ??= {})[route.method.toLowerCase()] = {
      ...operation(route, {
        // Writes need a participant; reads work without one (as an anonymous reader).
        security: write ? [{ participant: [] }] : [{}, { participant: [] }],
        parameters: write
          ? [
              {
                name: 'Idempotency-Key',
                in: 'header',
                required: false,
                description: 'Repeats with the same key from the same participant return the first answer',
                schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,128}$' },
              },
              {
                name: 'X-Civic-Identity',
                in: 'header',
                required: false,
                description:
                  "A verified participant's identity token: a short-lived JWT (ES256, EdDSA or RS256) from the agency's own site, for one action. Needed where the resource's `eligibility` is `verified` (401 `verification-required` without a valid one, 403 `not-eligible` when its claims do not qualify); ignored elsewhere",
                schema: { type: 'string', maxLength: 8192 },
              },
              {
                name: 'X-Civic-Challenge',
                in: 'header',
                required: false,
                description:
                  'A solved flood challenge: base64url of the JSON {"challenge", "solution"} (ALTCHA v2), after a 428 `challenge-required` answer whose problem carried the challenge. Pays for one write',
                schema: { type: 'string', maxLength: 16384 },
              },
            ]
          : [],
      }),
      responses: {
        [route.status]: route.response ? { description: 'OK', content: json(route.response) } : { description: 'Done' },
        ...problems,
      },
    };
  }

  paths['/api/v1/stream'] = {
    get: {
      operationId: 'streamEvents',
      summary:
        'Server-Sent Events for the given topics (poll:ID, thread:ID, petition:ID, service:ID); resumes after Last-Event-ID',
      security: [],
      parameters: [
        {
          name: 'topics',
          in: 'query',
          required: true,
          description: '1 to 20 topics, comma-separated',
          schema: { type: 'string' },
        },
        { name: 'Last-Event-ID', in: 'header', required: false, schema: { type: 'string', pattern: '^\\d+$' } },
      ],
      responses: {
        200: {
          description: 'text/event-stream; each `data:` is a LiveEvent',
          content: { 'text/event-stream': { schema: schema(LiveEvent, 'output') } },
        },
        ...problems,
      },
    },
  };
  const page = { 'text/html': { schema: { type: 'string' } } };
  const token = [{ name: 'token', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{16,64}$' } }];
  const linkStates = {
    404: { description: 'The link is not valid', content: page },
    410: { description: 'The link has expired', content: page },
    423: { description: 'The petition is not open', content: page },
  };
  paths['/api/v1/confirm/{token}'] = {
    get: {
      operationId: 'showConfirmation',
      summary: 'The link in the confirmation e-mail: a page with a "Confirm my signature" button; confirms nothing',
      security: [],
      parameters: token,
      responses: {
        200: { description: 'The button (or: already confirmed)', content: page },
        ...linkStates,
        ...problems,
      },
    },
    post: {
      operationId: 'confirmSignature',
      summary: "The page's button: confirms the signature; only from the page's own origin",
      security: [],
      parameters: token,
      responses: {
        200: { description: 'The signature is confirmed (or already was)', content: page },
        403: { description: 'Not sent from the confirmation page', content: page },
        ...linkStates,
        ...problems,
      },
    },
  };

  for (const route of allAdminRoutes) {
    (paths[path('/api/v1/admin', route.url)] ??= {})[route.method.toLowerCase()] = {
      ...operation(route, { security: route.permission === 'public' ? [] : [{ admin: [] }, { console: [] }] }),
      responses: {
        [route.status]: route.redirect
          ? { description: route.redirect, headers: { Location: { required: true, schema: { type: 'string', format: 'uri' } } } }
          : route.response
            ? {
                description: 'OK',
                content: { ...json(route.response), ...(route.csv ? { 'text/csv': { schema: { type: 'string' } } } : {}) },
              }
            : { description: 'Done' },
        ...problems,
      },
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Civic Widgets API',
      version,
      description: 'The protocol behind the Civic Widgets RestAdapter. See docs/protocol.md.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: Object.fromEntries([...COMPONENTS].map(([s, { name, io }]) => [name, schema(s, io)])),
      responses: {
        Problem: {
          description: 'An RFC 9457 problem; `code` is stable',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        },
      },
      securitySchemes: {
        participant: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Civic-Voter',
          description:
            'The participant: a random token (16–128 characters A–Z a–z 0–9 - _) the browser keeps. Required on writes; reads without it act as an anonymous reader.',
        },
        admin: {
          type: 'http',
          scheme: 'bearer',
          description:
            "A personal API token (`civic_pat_…`, acting with its owner's role) or the break-glass CIVIC_ADMIN_TOKEN (admin), for /api/v1/admin/*",
        },
        console: {
          type: 'apiKey',
          in: 'cookie',
          name: 'civic_console',
          description:
            "The console's session cookie (from POST /api/v1/admin/session). Requests that change something also send the session's `X-CSRF-Token` header and come from the server's own origin.",
        },
      },
    },
  };
}
