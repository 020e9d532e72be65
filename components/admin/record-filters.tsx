import { useTranslations } from 'next-intl';
import { type FilterErrors, isRealDay, METHODS, type RecordFilter } from '@/lib/admin/record-filter';
import type { AgreementSummary } from '@/lib/content/agreements';
import { MethodLabel } from './method-label';

// A date input can only hold a real day: anything else is shown empty, the error under it saying why.
const dateValue = (raw = '') => (isRealDay(raw) ? raw : '');

type Props = { action: string; filter: RecordFilter; errors: FilterErrors; agreements: AgreementSummary[]; raw: Record<string, string> };

const FIELD_KEYS = {
  agreement: 'fieldAgreement',
  version: 'fieldVersion',
  method: 'fieldMethod',
  from: 'fieldFrom',
  to: 'fieldTo',
  email: 'fieldEmail',
} as const satisfies Record<keyof RecordFilter, string>;

/** The records filter: a GET form, so every filtered view is a link and works without JavaScript. */
export function RecordFilters({ action, filter, errors, agreements, raw }: Props) {
  const t = useTranslations('Admin');
  const field = 'mt-1 w-full rounded-lg border border-line bg-canvas px-3 py-2 text-ink';
  const error = (name: keyof RecordFilter) =>
    errors[name] && (
      <p id={`filter-${name}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
        {t('filterError', { field: t(FIELD_KEYS[name]), message: errors[name] })}
      </p>
    );
  const described = (name: keyof RecordFilter) => (errors[name] ? { 'aria-invalid': true, 'aria-describedby': `filter-${name}-error` } : {});
  const label = (name: keyof RecordFilter) => (
    <label htmlFor={`filter-${name}`} className="block text-sm font-medium text-ink">
      {t(FIELD_KEYS[name])}
    </label>
  );
  return (
    <form action={action} method="get" className="mt-6 grid gap-4 rounded-lg border border-line bg-panel p-4 sm:grid-cols-2 lg:grid-cols-3">
      <div>
        {label('agreement')}
        <select id="filter-agreement" name="agreement" defaultValue={filter.agreement ?? ''} className={field}>
          <option value="">{t('any')}</option>
          {agreements.map((agreement) => (
            <option key={agreement.slug} value={agreement.slug}>
              {agreement.current.navTitle}
            </option>
          ))}
        </select>
      </div>
      <div>
        {label('version')}
        <input id="filter-version" name="version" defaultValue={raw.version ?? ''} maxLength={50} className={field} {...described('version')} />
        {error('version')}
      </div>
      <div>
        {label('method')}
        <select id="filter-method" name="method" defaultValue={filter.method ?? ''} className={field} {...described('method')}>
          <option value="">{t('any')}</option>
          {METHODS.map((method) => (
            <option key={method} value={method}>
              <MethodLabel method={method} />
            </option>
          ))}
        </select>
        {error('method')}
      </div>
      <div>
        {label('from')}
        <input id="filter-from" name="from" type="date" defaultValue={dateValue(raw.from)} className={field} {...described('from')} />
        {error('from')}
      </div>
      <div>
        {label('to')}
        <input id="filter-to" name="to" type="date" defaultValue={dateValue(raw.to)} className={field} {...described('to')} />
        {error('to')}
      </div>
      <div>
        {label('email')}
        <input id="filter-email" name="email" type="email" defaultValue={raw.email ?? ''} maxLength={254} className={field} {...described('email')} />
        {error('email')}
      </div>
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-3">
        <button type="submit" className="rounded-lg bg-accent px-4 py-2 font-semibold text-on-accent hover:bg-accent-strong">
          {t('filterSubmit')}
        </button>
        <a href={action} className="px-2 py-2 text-sm font-medium text-accent underline underline-offset-4">
          {t('filterClear')}
        </a>
      </div>
    </form>
  );
}
