/** Starts the browser's link monitor (and, once enrolled, the sync engine). */
import { ConnectivityMonitor } from './connectivity';
import { useLink } from './linkStore';

let monitor: ConnectivityMonitor | undefined;

export function startSync() {
  if (monitor) return monitor;
  monitor = new ConnectivityMonitor({ onChange: (status) => useLink.setState(status) });
  monitor.start();
  return monitor;
}
