/** Input and output checks of the dashboard API against the shared schemas (src/domain/coordinatorApi.ts). */
import type { z } from 'zod/mini';
import { describeIssues, Id } from '../../src/domain';
import { ApiError } from '../errors';

/** The input as its schema reads it, or a 400 that names what is wrong. */
export function parseInput<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError(400, 'bad_request', `${what}: ${describeIssues(parsed.error)}`);
  return parsed.data as z.infer<S>;
}

/** An id in the path: a malformed one is bad input (400), a well-formed unknown one is 404 (the route's job). */
export function parseId(value: unknown, what = 'id'): string {
  const parsed = Id.safeParse(value);
  if (!parsed.success) throw new ApiError(400, 'bad_request', `${what}: not a valid id`);
  return parsed.data;
}

/**
 * What a route answers, checked against its schema and stripped of keys the schema does not
 * name. A failure here is our bug: it becomes a 500 whose detail only the log sees.
 */
export function output<S extends z.ZodMiniType>(schema: S, value: z.input<S>): z.infer<S> {
  return schema.parse(value) as z.infer<S>;
}
