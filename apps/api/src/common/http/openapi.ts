import { INestApplication, ParseUUIDPipe, type Type } from '@nestjs/common';
import { PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { maxHeaderSize } from 'node:http';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject, type OperationObject, type ParameterObject, type ResponseObject, type SchemaObject } from '@nestjs/swagger';
import { IS_PUBLIC } from '../decorators';
import { API_PROBLEMS, type ExtraProblemStatus } from './api-problems.decorator';
import { documentValidationBounds } from './openapi-bounds';

const PROBLEM_JSON = 'application/problem+json';

/**
 * The OpenAPI document served at /api/docs-json and linted in CI (`npm run api:lint`, Spectral with the OWASP
 * ruleset, `.spectral.yaml`). It needs no database: `tools/api-lint.mjs` builds it from a preview app.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  documentValidationBounds();
  const config = new DocumentBuilder()
    .setTitle('Könüllü DOST API')
    .setDescription('The volunteer programme platform of the DOST Agency. Errors are application/problem+json.')
    .setVersion('1')
    .addBearerAuth({
      type: 'http', scheme: 'bearer', bearerFormat: 'JWT',
      description:
        'Access token from POST /auth/login, short-lived (ACCESS_TOKEN_TTL). JWTs follow RFC8725 (JSON Web Token Best ' +
        'Current Practices): the algorithm is pinned to HS256 when verifying, the expiry is always checked, and the ' +
        'refresh token is not a JWT but an opaque httpOnly cookie.',
    })
    .addApiKey(
      { type: 'apiKey', in: 'header', name: 'X-Kiosk-Token', description: 'The device token of an attendance kiosk (shown once when staff open the kiosk).' },
      'kioskToken',
    )
    .build();
  const document = SwaggerModule.createDocument(app, config);
  addProblemResponses(document, routeFacts(app));
  return document;
}

interface RouteFacts {
  isPublic: boolean;
  problems: ExtraProblemStatus[];
  /** Path parameters parsed by ParseUUIDPipe. */
  uuidParams: string[];
}

/** What the controllers' decorators say about each operation, keyed like swagger's default operationId. */
function routeFacts(app: INestApplication): Map<string, RouteFacts> {
  const facts = new Map<string, RouteFacts>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      const proto = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name];
        if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const read = <T>(key: string): T | undefined => (Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller)) as T | undefined;
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<string, { data?: unknown; pipes?: unknown[] }>;
        const uuidParams = Object.entries(args)
          .filter(([key, arg]) => key.startsWith(`${RouteParamtypes.PARAM}:`) && typeof arg.data === 'string'
            && (arg.pipes ?? []).some((p) => p === ParseUUIDPipe || p instanceof ParseUUIDPipe))
          .map(([, arg]) => arg.data as string);
        facts.set(`${controller.name}_${name}`, {
          isPublic: read<boolean>(IS_PUBLIC) === true,
          problems: [...(Reflect.getMetadata(API_PROBLEMS, controller) ?? []), ...(Reflect.getMetadata(API_PROBLEMS, handler) ?? [])],
          uuidParams,
        });
      }
    }
  }
  return facts;
}

const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'RFC 9457 problem details, in the language of Accept-Language (az, en, ru).',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', maxLength: 200, example: 'about:blank' },
    title: { type: 'string', maxLength: 200 },
    status: { type: 'integer', format: 'int32', minimum: 400, maximum: 599 },
    detail: { type: 'string', maxLength: 2000 },
    code: { type: 'string', maxLength: 64, pattern: '^[A-Z0-9_]+$', description: 'A stable machine-readable code, e.g. ILLEGAL_MOVE' },
    requestId: { type: 'string', maxLength: 64 },
    errors: {
      type: 'array',
      description: 'Validation failures, one per field (400/422). The request bounds of every DTO keep it small.',
      maxItems: 10000,
      items: {
        type: 'object',
        required: ['field', 'code', 'message'],
        properties: {
          field: { type: 'string', maxLength: 500, example: 'email' },
          code: { type: 'string', maxLength: 64, example: 'isEmail' },
          message: { type: 'string', maxLength: 1000 },
        },
      },
    },
  },
};

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: the errors name each field with a localised message. Nothing was changed.',
  401: 'Not signed in, or the token is invalid or expired.',
  403: 'Signed in, but the role may not do this (or two-step sign-in must be set up first).',
  404: 'Not found, or outside the caller\'s scope.',
  409: 'Conflict with the current state (duplicate, illegal state move).',
  413: 'The request body is too large.',
  422: 'The request is well-formed but cannot be processed.',
  429: 'Too many requests: wait the number of seconds in Retry-After.',
  500: 'Unexpected error; the response names the request id to quote.',
  503: 'The database does not answer right now (code DATABASE_UNAVAILABLE): try again after Retry-After seconds.',
};

function problemResponse(status: number): ResponseObject {
  const response: ResponseObject = { description: DESCRIPTIONS[status], content: { [PROBLEM_JSON]: { schema: { $ref: '#/components/schemas/Problem' } } } };
  if (status === 429 || status === 503) {
    response.headers = {
      'Retry-After': {
        description: status === 429 ? 'Seconds until the limit resets.' : 'Seconds after which to try again.',
        schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 86400 },
      },
      'Access-Control-Allow-Origin': {
        description: 'The request\'s Origin, when it is the console\'s own or one of CORS_ORIGINS (never "*").',
        schema: { type: 'string', format: 'uri', maxLength: 2048 },
      },
    };
  }
  return response;
}

/** 400, 401, 403, 404, 500, 503 wherever they can happen, plus the statuses a route declares with `@ApiProblems`. */
function addProblemResponses(document: OpenAPIObject, facts: Map<string, RouteFacts>): void {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA } };
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const) {
      const operation = item[method] as OperationObject | undefined;
      if (!operation) continue;
      const fact = operation.operationId ? facts.get(operation.operationId) : undefined;
      operation.parameters = boundedHeaders(operation.parameters ?? []);
      const parameters = operation.parameters;
      for (const p of parameters) {
        if ('in' in p && p.in === 'path' && fact?.uuidParams.includes(p.name)) p.schema = { type: 'string', format: 'uuid', maxLength: 36 };
      }
      // 503: every route reads the database (sessions, scope, kiosk tokens…), see database/database-availability.ts.
      const statuses = new Set<number>([500, 503, ...(fact?.problems ?? [])]);
      if (parameters.length > 0 || operation.requestBody) statuses.add(400);
      // Every route that is not @Public() passes the global JWT guard (deny by default), whether or not its
      // controller repeats @ApiBearerAuth().
      if (fact && !fact.isPublic) {
        if (!operation.security?.length) operation.security = [{ bearer: [] }];
        statuses.add(401).add(403);
      }
      if (operation.security?.length) statuses.add(401);
      if (parameters.some((p) => 'in' in p && p.in === 'path')) statuses.add(404);
      for (const status of [...statuses].sort()) operation.responses[status] ??= problemResponse(status);
    }
  }
}

/**
 * `@Headers('x')` in a handler adds an undocumented, "required" header parameter beside the `@ApiHeader` that
 * describes it: the described one is kept. A header nothing else bounds is bounded by the server itself:
 * Node refuses requests whose headers exceed http.maxHeaderSize (16 KiB) with 431.
 */
function boundedHeaders(parameters: NonNullable<OperationObject['parameters']>): NonNullable<OperationObject['parameters']> {
  const isHeader = (p: (typeof parameters)[number]): p is ParameterObject => 'in' in p && p.in === 'header';
  // The declared one has a description or the header's usual spelling; `@Headers()` always spells it in lower case.
  const rank = (p: ParameterObject) => (p.description ? 2 : 0) + (p.name !== p.name.toLowerCase() ? 1 : 0);
  const best = new Map<string, ParameterObject>();
  for (const p of parameters.filter(isHeader)) {
    const key = p.name.toLowerCase();
    const current = best.get(key);
    if (!current || rank(p) > rank(current)) best.set(key, p);
  }
  const kept = parameters.filter((p) => !isHeader(p) || best.get(p.name.toLowerCase()) === p);
  for (const p of kept.filter(isHeader)) {
    const schema = (p.schema ?? { type: 'string' }) as SchemaObject;
    if (schema.type === 'string' && schema.maxLength === undefined && !schema.enum) p.schema = { ...schema, maxLength: maxHeaderSize };
  }
  return kept;
}
