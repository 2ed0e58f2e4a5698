import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { decodeQrSequence, missingQrParts, parseQrPart, RelayQrError, type RelayImportResponse } from '../../domain/relay';
import { apiPost, DashboardApiError } from './api';
import { ErrorMessage } from './ErrorMessage';
import { browserQrDetector, readQrFromPhoto } from './relayScan';
import '../relay/texts';

const SCAN_EVERY_MS = 300;

/** /cp/relay: a relay file from a runner, or the QR codes on a cut-off tablet's screen, into the push path. */
export default function RelayImportScreen() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<RelayImportResponse | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [apiError, setApiError] = useState<DashboardApiError | undefined>();

  async function importFile(file: unknown) {
    setBusy(true);
    setResult(null);
    setProblem(null);
    setApiError(undefined);
    try {
      setResult(await apiPost<RelayImportResponse>('/relay/import', file));
    } catch (caught) {
      if (caught instanceof DashboardApiError && (caught.kind === 'invalid' || caught.kind === 'forbidden')) {
        setProblem(t('relay.import.failed', { error: caught.message }));
      } else if (caught instanceof DashboardApiError) {
        setApiError(caught);
      } else {
        setProblem(t('relay.import.failed', { error: String(caught) }));
      }
    } finally {
      setBusy(false);
    }
  }

  async function chooseFile(file: File | undefined) {
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setProblem(t('relay.import.notJson'));
      return;
    }
    await importFile(parsed);
  }

  return (
    <section className="cp-screen" data-testid="cp-relay">
      <h1>{t('relay.import.title')}</h1>
      <p>{t('relay.import.intro')}</p>
      <label className="field">
        {t('relay.import.file')}
        <input type="file" accept=".json,application/json" disabled={busy} onChange={(event) => void chooseFile(event.target.files?.[0])} />
      </label>
      <QrScanner disabled={busy} onComplete={(file) => void importFile(file)} />
      {busy ? <p className="loading">{t('relay.import.importing')}</p> : null}
      <ErrorMessage error={apiError} />
      {problem ? (
        <p className="alert alert-error" role="alert">
          {problem}
        </p>
      ) : null}
      {result ? (
        <div data-testid="relay-result">
          <p className="alert">{t('relay.import.result', { accepted: result.accepted, duplicate: result.duplicate, rejected: result.rejected })}</p>
          <ul>
            {result.results
              .filter((item) => item.status === 'rejected')
              .map((item, index) => (
                <li key={`${item.id}-${index}`}>{t('relay.import.rejectedItem', { id: item.id || '?', error: item.error })}</li>
              ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** Collects the parts of one sequence, from the camera or from photos, until it is complete. */
function QrScanner({ disabled, onComplete }: { disabled: boolean; onComplete: (file: unknown) => void }) {
  const { t } = useTranslation();
  const [parts, setParts] = useState<string[]>([]);
  const collected = useRef<string[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const [cameraOn, setCameraOn] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const [detector] = useState(browserQrDetector);

  function add(text: string | null) {
    if (text === null) return setNote(t('relay.import.noCodeInPhoto'));
    const part = parseQrPart(text);
    if (!part) return setNote(t('relay.import.notOurs'));
    setNote(null);
    // The ref holds the parts between camera frames (handlers only); the state shows the progress.
    const seen = collected.current;
    if (seen.includes(text)) return;
    // A part of another length starts a new sequence: the coordinator moved to the next tablet.
    const next = [...seen.filter((other) => parseQrPart(other)?.total === part.total), text];
    if (missingQrParts(next).length > 0) {
      collected.current = next;
      setParts(next);
      return;
    }
    collected.current = [];
    setParts([]);
    try {
      const file = decodeQrSequence(next);
      setCameraOn(false);
      onComplete(file);
    } catch (caught) {
      setNote(caught instanceof RelayQrError ? caught.message : String(caught));
    }
  }

  useEffect(() => {
    if (!cameraOn || !detector) return;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then((media) => {
        stream = media;
        if (stopped || !video.current) return media.getTracks().forEach((track) => track.stop());
        video.current.srcObject = media;
        void video.current.play();
        timer = setInterval(() => {
          if (!video.current || video.current.readyState < 2) return;
          detector
            .detect(video.current)
            .then((codes) => codes.forEach((code) => add(code.rawValue)))
            .catch(() => undefined);
        }, SCAN_EVERY_MS);
      })
      .catch((caught: unknown) => {
        setNote(t('relay.import.cameraFailed', { error: String(caught) }));
        setCameraOn(false);
      });
    return () => {
      stopped = true;
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
    // `add` only sets state; the camera restarts only when switched.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cameraOn]);

  async function photo(file: File | undefined) {
    if (!file) return;
    try {
      add(await readQrFromPhoto(file));
    } catch {
      add(null);
    }
  }

  const total = parts.length ? parseQrPart(parts[0])?.total : undefined;
  const missing = missingQrParts(parts);
  return (
    <fieldset className="card" disabled={disabled}>
      <legend>{t('relay.import.scanTitle')}</legend>
      {detector ? (
        <>
          <button type="button" className="button" onClick={() => setCameraOn((on) => !on)}>
            {cameraOn ? t('relay.import.stopCamera') : t('relay.import.startCamera')}
          </button>
          {cameraOn ? <video ref={video} muted playsInline className="relay-camera" /> : null}
        </>
      ) : (
        <p className="muted">{t('relay.import.noCamera')}</p>
      )}
      <label className="field">
        {t('relay.import.photo')}
        <input type="file" accept="image/*" capture="environment" onChange={(event) => void photo(event.target.files?.[0])} />
      </label>
      {total ? (
        <p data-testid="relay-progress">
          {t('relay.import.progress', { seen: total - missing.length, total })} {missing.length ? t('relay.import.missing', { parts: missing.join(', ') }) : null}
        </p>
      ) : null}
      {note ? <p className="field-error">{note}</p> : null}
      {parts.length ? (
        <button type="button" className="button" onClick={() => {
            collected.current = [];
            setParts([]);
          }}
        >
          {t('relay.import.reset')}
        </button>
      ) : null}
    </fieldset>
  );
}
