/** The "Paper forms" section of the evaluation tab: print a blank form, or type one in. */
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { Link } from '../../app/Link';
import { useSession } from '../../state/session';
import { PAPER_FORMS, PaperSheet, type PaperForm } from './PaperSheet';

/**
 * Render the sheet first, print in the next frame (the layout must be committed), drop it
 * after printing; browsers that print asynchronously keep it until `afterprint`.
 */
function usePaperPrint() {
  const [form, setForm] = useState<PaperForm | null>(null);
  useEffect(() => {
    if (!form) return;
    const done = () => setForm(null);
    window.addEventListener('afterprint', done);
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', done);
    };
  }, [form]);
  return { form, print: setForm };
}

export function PaperForms() {
  const { t } = useTranslation();
  const siteName = useSession((state) => state.site?.name) ?? '';
  const { form, print } = usePaperPrint();
  return (
    <section className="card" aria-labelledby="paper-title">
      <h2 id="paper-title">{t('evaluation.paper.title')}</h2>
      <p className="muted">{t('evaluation.paper.intro')}</p>
      <div className="form-actions">
        {PAPER_FORMS.map((paper) => (
          <button key={paper} type="button" className="button" data-testid={`print-${paper}`} onClick={() => print(paper)}>
            {t(`evaluation.paper.${paper}`)}
          </button>
        ))}
        <Link href="/lead/evaluation/paper-visit" className="button button-primary" data-testid="type-in-paper">
          {t('evaluation.paper.typeIn')}
        </Link>
      </div>
      {form ? <PaperSheet form={form} siteName={siteName} /> : null}
    </section>
  );
}
