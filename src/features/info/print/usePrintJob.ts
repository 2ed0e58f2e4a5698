import { useEffect, useState } from 'react';

export type PrintJob = { kind: 'poster'; cardId: string } | { kind: 'board' };

/**
 * Print through the browser: first render the print layout (a PrintSheet), then call
 * window.print(); the layout goes away after printing. Browsers that print asynchronously
 * (iOS) keep it until `afterprint`.
 */
export function usePrintJob() {
  const [job, setJob] = useState<PrintJob | null>(null);
  useEffect(() => {
    if (!job) return;
    const done = () => setJob(null);
    window.addEventListener('afterprint', done);
    // After the frame in which the print layout was committed and fitted.
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', done);
    };
  }, [job]);
  return { job, print: (next: PrintJob) => setJob({ ...next }) };
}
