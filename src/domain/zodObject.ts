/**
 * `object()` for the schemas of pushed messages (records.ts, messages.ts): zod/mini's
 * `z.object`, except that on the server it compiles its checks into one function, as full zod's
 * objects do (zod's "fastpass"; zod/mini leaves that out to stay small). The server checks
 * every envelope and payload that 300 tablets push after an outage, on its one main thread:
 * compiled, a message's check took 3.5 µs instead of 5.4 (BENCHMARKS.md, server ingest).
 *
 * In the browser build (Vite sets `import.meta.env.SSR` to false, so the compiled branch and its
 * code are left out of the bundle) it is the plain zod/mini object: a tablet checks a few
 * messages at a time, and compiling needs `new Function`, which the app's
 * Content-Security-Policy refuses. Under Node (tsx has no `import.meta.env`) and in Vitest's
 * Node tests it is compiled. The schemas, their answers and their types are the same either way.
 */
import * as core from 'zod/v4/core';
import { z } from 'zod/mini';

const ZodMiniType: core.$constructor<z.ZodMiniType> = z.ZodMiniType;
const ZodObjectCompiled: core.$constructor<core.$ZodObject> = core.$ZodObjectJIT;

/** zod/mini's object (same trait name, so `instanceof` and zod's own helpers see no difference) on the compiled core. */
const ZodMiniObjectCompiled = core.$constructor('ZodMiniObject', (inst: z.ZodMiniObject, def: core.$ZodObjectDef) => {
  ZodObjectCompiled.init(inst, def);
  ZodMiniType.init(inst, def);
  core.util.installLazyProp(inst, 'shape', (self: z.ZodMiniObject) => self._zod.def.shape, false);
});

const compiled = import.meta.env?.SSR !== false;

/**
 * `schema` compiled (once, on first use) by zod's own ahead-of-time compiler (`compile` of zod/v4/core, `z.compile` in
 * full zod since 4.5: https://zod.dev/compile, "identical results and identical errors") on the server,
 * `schema` itself in the browser (the compiler needs `new Function` too). The compiled clone
 * checks a value with generated code that builds only the output: no result object and issues
 * array per property, which were half of what the server allocated per pushed message (4.0 of
 * 7.6 KB). Anything that fails the fast path is parsed again by the schema's own parser, so
 * errors read exactly as before; a schema the compiler cannot model is returned unchanged
 * (tests/domain/messages.property.test.ts holds every message schema to being compiled, and to
 * answering as the runtime does).
 */
export function compiledOnServer<S extends core.$ZodType>(schema: S): S {
  if (!compiled) return schema;
  let clone = compiledClones.get(schema);
  if (!clone) compiledClones.set(schema, (clone = core.compile(schema)));
  return clone as S;
}
/** Each schema is compiled once, on its first use. */
const compiledClones = new WeakMap<core.$ZodType, core.$ZodType>();

export function object<T extends core.$ZodLooseShape>(shape: T): z.ZodMiniObject<T, core.$strip> {
  if (!compiled) return z.object(shape);
  return new ZodMiniObjectCompiled({ type: 'object', shape }) as unknown as z.ZodMiniObject<T, core.$strip>;
}
