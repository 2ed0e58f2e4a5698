/**
 * Dashboard sign-in: POST /auth/login (public, rate limited per address and per name),
 * POST /auth/logout, GET /auth/session.
 */
import type { FastifyPluginAsync } from 'fastify';
import { LoginRequestSchema, SessionResponseSchema, type SessionResponse } from '../../../src/domain/coordinatorApi';
import { hashSecret } from '../../auth';
import { ApiError } from '../../errors';
import { userNameKey, type CoordinatorSession, type CoordinatorUser } from '../../storage';
import type { DashboardContext } from '../context';
import { verifyAgainstNobody, verifyPassword } from '../passwords';
import {
  authenticatedCoordinator,
  clearSessionCookie,
  generateSessionToken,
  sessionExpiresAt,
  setSessionCookie,
  type SessionPolicy,
} from '../sessions';
import { output, parseInput } from '../validate';

function sessionResponse(user: CoordinatorUser, session: CoordinatorSession, policy: SessionPolicy): SessionResponse {
  return output(SessionResponseSchema, {
    user,
    expiresAt: sessionExpiresAt(session, policy).toISOString(),
    idleMinutes: Math.round(policy.idleMs / 60_000),
  });
}

export const authRoutes: FastifyPluginAsync<DashboardContext> = async (app, context) => {
  const { storage, now, throttle, sessionPolicy } = context;

  app.post('/auth/login', { config: { access: 'public' } }, async (request, reply) => {
    const { name, password } = parseInput(LoginRequestSchema, request.body, 'Send {name, password}');
    const nameKey = userNameKey(name);
    const waitMs = throttle.retryAfterMs(request.ip, nameKey);
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      reply.header('retry-after', String(seconds));
      throw new ApiError(429, 'login_rate_limited', `Too many failed sign-ins. Try again in ${Math.ceil(seconds / 60)} min.`);
    }
    const user = await storage.findUserByName(name);
    const valid = user ? await verifyPassword(password, user.passwordHash) : await verifyAgainstNobody(password);
    if (!user || !valid) {
      throttle.recordFailure(request.ip, nameKey);
      request.log.info({ event: 'login_failed' }, 'dashboard login failed');
      throw new ApiError(401, 'invalid_credentials', 'Name or password is not right.');
    }
    throttle.recordSuccess(nameKey);

    const at = now();
    // Expired sessions are cleared here rather than by a timer: logins are rare and always reach this.
    await storage.deleteExpiredSessions({
      idleBefore: new Date(at.getTime() - sessionPolicy.idleMs),
      createdBefore: new Date(at.getTime() - sessionPolicy.maxMs),
    });
    const token = generateSessionToken();
    await storage.createSession({ tokenHash: hashSecret(token), userId: user.id, now: at });
    setSessionCookie(request, reply, token, sessionPolicy);
    request.log.info({ event: 'login', userId: user.id }, 'dashboard login');
    const { passwordHash: _hash, ...account } = user;
    return sessionResponse(account, { userId: user.id, createdAt: at.toISOString(), lastSeenAt: at.toISOString() }, sessionPolicy);
  });

  app.post('/auth/logout', { config: { access: 'coordinator' } }, async (request, reply) => {
    const { tokenHash } = authenticatedCoordinator(request);
    await storage.deleteSession(tokenHash);
    clearSessionCookie(request, reply);
    return reply.code(204).send();
  });

  app.get('/auth/session', { config: { access: 'coordinator' } }, async (request) => {
    const { user, session } = authenticatedCoordinator(request);
    return sessionResponse(user, session, sessionPolicy);
  });
};
