/**
 * What the points noticed and who offered help, from every point: GET /signals and
 * GET /helper-offers, newest first, filterable by point, category (signals), time and text.
 */
import type { FastifyPluginAsync } from 'fastify';
import { FeedQuerySchema, HelperOffersResponseSchema, SignalsResponseSchema, type FeedQuery } from '../../../src/domain/coordinatorApi';
import { freshDirectory, requireSite, type DashboardContext } from '../context';
import { output, parseInput } from '../validate';

const MAX_ITEMS = 500;

function matchesText(query: FeedQuery, ...texts: Array<string | undefined>): boolean {
  if (!query.q) return true;
  const needle = query.q.toLocaleLowerCase('nl');
  return texts.some((text) => text?.toLocaleLowerCase('nl').includes(needle));
}

export const feedRoutes: FastifyPluginAsync<DashboardContext> = async (app, context) => {
  const { now, picture } = context;

  async function readQuery(query: unknown): Promise<FeedQuery> {
    const parsed = parseInput(FeedQuerySchema, query, 'Use ?siteId=&category=&since=&q=');
    if (parsed.siteId) await requireSite(context, parsed.siteId);
    return parsed;
  }

  app.get('/signals', { config: { access: 'coordinator' } }, async (request) => {
    const query = await readQuery(request.query);
    const directory = await freshDirectory(context);
    const signals = picture.signals
      .filter(
        (entry) =>
          (!query.siteId || entry.siteId === query.siteId) &&
          (!query.category || entry.signal.category === query.category) &&
          (!query.since || entry.receivedAt >= query.since) &&
          matchesText(query, entry.signal.text, entry.signal.location),
      )
      .slice(-MAX_ITEMS)
      .reverse()
      .map((entry) => ({ id: entry.id, siteId: entry.siteId, siteName: directory.sites.get(entry.siteId)?.name ?? '?', receivedAt: entry.receivedAt, signal: entry.signal }));
    return output(SignalsResponseSchema, { signals, serverTime: now().toISOString() });
  });

  app.get('/helper-offers', { config: { access: 'coordinator' } }, async (request) => {
    const query = await readQuery(request.query);
    const directory = await freshDirectory(context);
    const offers = picture.helperOffers
      .filter(
        (entry) =>
          (!query.siteId || entry.siteId === query.siteId) &&
          (!query.since || entry.receivedAt >= query.since) &&
          matchesText(query, entry.offer.name, entry.offer.offer, entry.offer.contact),
      )
      .slice(-MAX_ITEMS)
      .reverse()
      .map((entry) => ({ id: entry.id, siteId: entry.siteId, siteName: directory.sites.get(entry.siteId)?.name ?? '?', receivedAt: entry.receivedAt, offer: entry.offer }));
    return output(HelperOffersResponseSchema, { offers, serverTime: now().toISOString() });
  });
};
