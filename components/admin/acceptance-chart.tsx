import { useFormatter, useTranslations } from 'next-intl';

type Day = { day: string; records: number };

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { top: 16, right: 8, bottom: 36, left: 40 };

/**
 * Acceptances per day as a server-rendered SVG bar chart. Bars carry their figure in a <title>, the
 * axes are labelled in text, and the same figures follow in a table, so nothing depends on colour or
 * on seeing the chart.
 */
export function AcceptanceChart({ days }: { days: Day[] }) {
  const t = useTranslations('Admin');
  const format = useFormatter();
  const highest = Math.max(1, ...days.map((day) => day.records));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const step = plotWidth / days.length;
  const label = (day: string) => format.dateTime(new Date(`${day}T00:00:00Z`), { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const total = days.reduce((sum, day) => sum + day.records, 0);
  return (
    <>
      <figure className="mt-4">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="chart-title chart-desc" className="h-auto w-full max-w-3xl text-ink">
          <title id="chart-title">{t('chartTitle', { days: days.length })}</title>
          <desc id="chart-desc">{t('chartDescription', { total, highest })}</desc>
          <line x1={PAD.left} y1={PAD.top + plotHeight} x2={WIDTH - PAD.right} y2={PAD.top + plotHeight} stroke="currentColor" />
          <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={PAD.top + plotHeight} stroke="currentColor" />
          <text x={PAD.left - 6} y={PAD.top + 4} textAnchor="end" fontSize="12" fill="currentColor">
            {highest}
          </text>
          <text x={PAD.left - 6} y={PAD.top + plotHeight} textAnchor="end" fontSize="12" fill="currentColor">
            0
          </text>
          {days.map((day, index) => {
            const height = (day.records / highest) * plotHeight;
            return (
              <rect key={day.day} x={PAD.left + index * step + 1} y={PAD.top + plotHeight - height} width={Math.max(step - 2, 1)} height={height} className="fill-accent">
                <title>{t('chartBar', { day: label(day.day), count: day.records })}</title>
              </rect>
            );
          })}
          {days.map((day, index) =>
            (days.length - 1 - index) % 7 === 0 ? (
              <text key={day.day} x={PAD.left + index * step + step / 2} y={HEIGHT - 12} textAnchor="middle" fontSize="12" fill="currentColor">
                {label(day.day)}
              </text>
            ) : null,
          )}
        </svg>
        <figcaption className="mt-2 text-sm text-muted">{t('chartCaption')}</figcaption>
      </figure>
      <div role="region" aria-label={t('chartTableLabel')} tabIndex={0} className="mt-4 max-h-72 overflow-y-auto rounded-lg border border-line">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t('chartTableLabel')}</caption>
          <thead className="sticky top-0 bg-panel">
            <tr>
              <th scope="col" className="border-b border-line px-3 py-2 text-left">
                {t('colDay')}
              </th>
              <th scope="col" className="border-b border-line px-3 py-2 text-right">
                {t('colAcceptances')}
              </th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.day}>
                <td className="border-b border-line px-3 py-1">
                  <time dateTime={day.day}>{day.day}</time>
                </td>
                <td className="border-b border-line px-3 py-1 text-right tabular-nums">{day.records}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
