import { useTranslation } from '../../i18n/useTranslation';
import { RegisterVisitForm } from './RegisterVisitForm';
import { TodayPanel } from './TodayPanel';
import './visitors.css';

export function DeskScreen() {
  const { t } = useTranslation();
  return (
    <div className="desk">
      <h1 className="visually-hidden">{t('desk.title')}</h1>
      <RegisterVisitForm />
      <TodayPanel />
    </div>
  );
}
export default DeskScreen;
