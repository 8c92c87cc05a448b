/** Problem statuses a route may answer besides the ones every route documents (see openapi.ts). */
export type ExtraProblemStatus = 401 | 409 | 413 | 422 | 429;

export const API_PROBLEMS = 'dost:api-problems';

/**
 * Documents error answers (application/problem+json) that the OpenAPI document cannot infer from the route itself:
 * `@ApiProblems(429)` on a rate-limited route (with its Retry-After header), `409` where a state move can conflict,
 * `401` on a public route that still checks a credential (sign-in, the refresh cookie).
 * 400, 401, 403, 404, 500 and 503 are added to every operation they apply to by `buildOpenApiDocument`.
 * On a controller class it applies to all of its routes.
 */
export function ApiProblems(...statuses: ExtraProblemStatus[]): ClassDecorator & MethodDecorator {
  return (target: object, _key?: string | symbol, descriptor?: PropertyDescriptor) => {
    const holder = descriptor ? (descriptor.value as object) : target;
    const existing = (Reflect.getMetadata(API_PROBLEMS, holder) as ExtraProblemStatus[] | undefined) ?? [];
    Reflect.defineMetadata(API_PROBLEMS, [...new Set([...existing, ...statuses])], holder);
  };
}
