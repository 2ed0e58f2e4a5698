/**
 * Bulletins: info cards in Dutch and German written at the coordination point and published
 * to one point, several, or all (a broadcast), with an expiry. GET /bulletins, POST /bulletins,
 * POST /bulletins/:id/withdraw (a newer version marked deleted, sent to the same points).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { formatHlc, type InfoCard } from '../../../src/domain';
import {
  BulletinDraftSchema,
  BulletinsResponseSchema,
  BulletinViewSchema,
  BulletinWithdrawSchema,
} from '../../../src/domain/coordinatorApi';
import { publishFromCoordination } from '../../coordination';
import { ApiError } from '../../errors';
import { freshDirectory, requireSite, type DashboardContext } from '../context';
import { authenticatedCoordinator } from '../sessions';
import { output, parseId, parseInput } from '../validate';
import { bulletinView } from '../views';

/**
 * One message per target point, each with its own id. With a requestId from the dashboard the
 * ids are derived from it (UUID version 8), so a retried publish stores nothing twice.
 */
function messageId(requestId: string | undefined, target: string | null): string | undefined {
  if (!requestId) return undefined;
  const hex = createHash('sha256').update(`${requestId}/${target ?? 'all'}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const bulletinRoutes: FastifyPluginAsync<DashboardContext> = async (app, context) => {
  const { storage, now, picture } = context;

  async function publish(card: InfoCard, targets: Array<string | null>, requestId: string | undefined, at: Date): Promise<void> {
    for (const target of targets) {
      const { outcome } = await publishFromCoordination(storage, {
        siteId: target,
        type: 'bulletin.published',
        payload: card,
        id: messageId(requestId, target),
        now: at,
      });
      if (outcome === 'conflict') throw new ApiError(409, 'request_id_in_use', 'This requestId belongs to another message; send a new one.');
    }
  }

  app.get('/bulletins', { config: { access: 'coordinator' } }, async () => {
    const directory = await freshDirectory(context);
    const bulletins = [...picture.bulletins.values()]
      .map((entry) => bulletinView(entry, directory))
      .sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : 0));
    return output(BulletinsResponseSchema, { bulletins, serverTime: now().toISOString() });
  });

  app.post('/bulletins', { config: { access: 'coordinator' } }, async (request, reply) => {
    const { user } = authenticatedCoordinator(request);
    const draft = parseInput(BulletinDraftSchema, request.body, 'Send {category, nl, de, siteIds, validUntil?, pinned}');
    const at = now();
    if (draft.validUntil && Date.parse(draft.validUntil) <= at.getTime()) {
      throw new ApiError(400, 'bad_request', 'validUntil: must lie in the future.');
    }
    const siteIds = draft.siteIds ? [...new Set(draft.siteIds)] : null;
    for (const siteId of siteIds ?? []) await requireSite(context, siteId);

    const updatedAt = formatHlc({ wallMs: at.getTime(), counter: 0, node: 'coordination' });
    const cardId = messageId(draft.requestId, 'card') ?? randomUUID();
    const card: InfoCard = {
      id: cardId,
      category: draft.category,
      nl: draft.nl && { ...draft.nl, updatedAt },
      de: draft.de && { ...draft.de, updatedAt },
      validFrom: at.toISOString(),
      validUntil: draft.validUntil,
      source: 'coordination',
      version: 1,
      pinned: draft.pinned,
      sample: false,
      deleted: false,
      updatedAt,
    };
    await publish(card, siteIds ?? [null], draft.requestId, at);
    request.log.info({ event: 'bulletin_published', cardId, targets: siteIds?.length ?? 'all', userId: user.id }, 'bulletin published');
    const directory = await freshDirectory(context);
    const entry = picture.bulletins.get(cardId);
    if (!entry) throw new Error('published bulletin is missing from the picture');
    return reply.code(201).send(output(BulletinViewSchema, bulletinView(entry, directory)));
  });

  app.post<{ Params: { id: string } }>('/bulletins/:id/withdraw', { config: { access: 'coordinator' } }, async (request) => {
    const { user } = authenticatedCoordinator(request);
    const id = parseId(request.params.id, 'bulletin id');
    const { requestId } = parseInput(BulletinWithdrawSchema, request.body ?? {}, 'Send {}');
    await picture.refresh();
    const entry = picture.bulletins.get(id);
    if (!entry) throw new ApiError(404, 'bulletin_not_found', 'There is no bulletin with this id.');
    if (entry.card.deleted) throw new ApiError(409, 'already_withdrawn', 'This bulletin was already withdrawn.');
    const at = now();
    const updatedAt = formatHlc({ wallMs: at.getTime(), counter: 0, node: 'coordination' });
    const withdrawn: InfoCard = { ...entry.card, version: entry.card.version + 1, deleted: true, updatedAt };
    await publish(withdrawn, [...entry.targets], requestId, at);
    request.log.info({ event: 'bulletin_withdrawn', cardId: id, userId: user.id }, 'bulletin withdrawn');
    const directory = await freshDirectory(context);
    return output(BulletinViewSchema, bulletinView(picture.bulletins.get(id) ?? entry, directory));
  });
};
