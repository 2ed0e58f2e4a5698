import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { HouseholdMatch } from '../../db/householdSearch';
import { parseHouseholdQuery } from '../../domain/householdQuery';
import { formatDateTime } from '../../i18n';
import { useSession } from '../../state/session';
import { useLiveDb } from '../common/useLiveDb';
import { householdLine } from './householdLine';
import './texts'; // this area's texts travel with its chunk

/**
 * Search-as-you-type for a household that came before. One tap on a result prefills the
 * registration form with it; the second tap registers the visit.
 */
export function HouseholdSearch({ collectNames, onSelect }: { collectNames: boolean; onSelect: (match: HouseholdMatch) => void }) {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const id = useId();
  const [text, setText] = useState('');
  const searching = parseHouseholdQuery(text).kind !== 'none';
  const matches = useLiveDb(({ db, searchHouseholds }) => (searching ? searchHouseholds(db, text) : Promise.resolve([])), [text, searching]);

  return (
    <section className="household-search" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('visitors.search.title')}</h2>
      <div className="field">
        <label htmlFor={id}>{t('visitors.search.label')}</label>
        <span id={`${id}-hint`} className="muted">
          {collectNames ? t('visitors.search.hintWithName') : t('visitors.search.hint')}
        </span>
        <input
          id={id}
          aria-describedby={`${id}-hint`}
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={t('visitors.search.placeholder')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          data-testid="household-search"
        />
      </div>
      {searching && matches?.length === 0 ? <p className="muted">{t('visitors.search.none')}</p> : null}
      {searching && matches && matches.length > 0 ? (
        <ul className="search-results" data-testid="search-results">
          {matches.map((match) => (
            <li key={match.household.id} className="search-result">
              <div>
                <strong>{householdLine(match.household, t)}</strong>
                {match.household.name ? <span> · {match.household.name}</span> : null}
                <div className="muted">
                  {t('desk.persons', { adults: match.household.adults, children: match.household.children })}
                  {match.lastVisit ? ` · ${t('visitors.search.lastVisit', { time: formatDateTime(match.lastVisit.arrivedAt, language) })}` : null}
                </div>
              </div>
              <button
                type="button"
                className="button button-primary"
                onClick={() => {
                  onSelect(match);
                  setText('');
                }}
              >
                {t('visitors.search.newVisit')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
