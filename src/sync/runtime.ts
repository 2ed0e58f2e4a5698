/**
 * Wires the sync engine into the browser: the link monitor says when the coordination point is
 * reachable; a sync round runs then, after every local write (a new outbox entry), and on a
 * slow timer while connected so records of the other tablets of this point appear.
 */
import { liveQuery } from 'dexie';
import { db, purgePersonalDataIfDue } from '../db';
import { ConnectivityMonitor } from './connectivity';
import { SyncEngine } from './engine';
import { useLink } from './linkStore';

const PULL_INTERVAL_MS = 15_000;

let monitor: ConnectivityMonitor | undefined;
let engine: SyncEngine | undefined;

export function getSyncEngine(): SyncEngine | undefined {
  return engine;
}

export function startSync() {
  if (monitor) return;
  engine = new SyncEngine({
    db,
    onProgress: (drain) => useLink.setState({ drain }),
    onContact: (ok) => monitor?.reportContact(ok),
    onReport: (report) => useLink.setState({ lastReport: report }),
  });
  monitor = new ConnectivityMonitor({
    onChange: (status) => {
      const wasConnected = useLink.getState().state === 'connected';
      useLink.setState(status);
      if (status.state === 'connected' && !wasConnected) void engine?.sync();
    },
  });
  monitor.start();

  let lastPending = -1;
  liveQuery(() => db.outbox.where('state').equals('pending').count()).subscribe({
    next: (pending) => {
      const grew = pending > lastPending && lastPending >= 0;
      lastPending = pending;
      if (!grew) return;
      if (monitor?.current.state === 'connected') void engine?.sync();
      else void monitor?.probeNow();
    },
  });

  setInterval(() => {
    if (monitor?.current.state === 'connected' && document.visibilityState === 'visible') void engine?.sync();
  }, PULL_INTERVAL_MS);

  // Retention: at start and every few hours (a tablet may stay on for days after closing).
  const purge = () => void purgePersonalDataIfDue(db).catch((error: unknown) => console.error('Retention purge failed', error));
  purge();
  setInterval(purge, 6 * 3600_000);
}

export function syncNow() {
  void monitor?.probeNow().then((ok) => (ok ? engine?.sync() : undefined));
}
