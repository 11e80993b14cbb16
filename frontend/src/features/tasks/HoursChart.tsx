import type { HoursPeriod } from './api';
import { formatHours, type HoursChartData } from './logic';
import { HoursTable } from './HoursTable';
import { t } from '../../i18n';
import { formatNumber } from '../../lib/format';
import './tasks.css';

const HEIGHT = 220;
/** Room above the plot for the top tick's label, and below it for the period labels. */
const TOP = 18;
const BOTTOM = 28;
const PLOT = HEIGHT - TOP - BOTTOM;

const pct = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/** The sentence a screen reader hears for the chart (the table below has every figure). */
export function chartSummary(data: HoursChartData, period: HoursPeriod): string {
  if (data.bars.length === 0) return t('hours-chart-empty-short');
  const busiest = data.bars.reduce((best, bar) => (bar.hours > best.hours ? bar : best), data.bars[0]!);
  const args = {
    total: formatHours(data.total),
    count: data.bars.length,
    date: busiest.dateLabel,
    most: formatHours(busiest.hours),
  };
  if (busiest.hours <= 0) {
    return period === 'week' ? t('hours-chart-summary-weeks', args) : t('hours-chart-summary-months', args);
  }
  return period === 'week'
    ? t('hours-chart-summary-weeks-busiest', args)
    : t('hours-chart-summary-months-busiest', args);
}

/**
 * Verified hours per week or month as an SVG bar chart. Bars and gridlines are placed in
 * percentages, so the chart fills any width (375 px phones too) without squashing its text; only
 * some period labels are drawn when bars are many. The figures are also given as a table.
 */
export function HoursChart({ data, period, id }: { data: HoursChartData; period: HoursPeriod; id: string }) {
  const n = data.bars.length;
  const every = Math.max(1, Math.ceil(n / 6));
  const caption = period === 'week' ? t('hours-chart-caption-week') : t('hours-chart-caption-month');
  return (
    <figure class="hours-chart">
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      {n === 0 ? (
        <p>{t('hours-chart-empty')}</p>
      ) : (
        <>
          <svg height={HEIGHT} role="img" aria-labelledby={`${id}-caption ${id}-desc`}>
            <desc id={`${id}-desc`}>{chartSummary(data, period)}</desc>
            <svg x="0" y={TOP} width="100%" height={PLOT} overflow="visible">
              {data.ticks.map((tick) => {
                const y = pct(1 - tick / data.scaleMax);
                return (
                  <line
                    key={tick}
                    class="hours-chart__grid"
                    x1="0"
                    x2="100%"
                    y1={y}
                    y2={y}
                    aria-hidden="true"
                  />
                );
              })}
              {data.bars.map((bar, index) => {
                const height = bar.hours / data.scaleMax;
                return (
                  <rect
                    key={bar.key}
                    class="hours-chart__bar"
                    x={pct((index + 0.2) / n)}
                    width={pct(0.6 / n)}
                    y={pct(1 - height)}
                    height={pct(height)}
                    rx="2"
                  >
                    <title>{`${bar.fullLabel}: ${formatHours(bar.hours)}`}</title>
                  </rect>
                );
              })}
              {/* After the bars, so they stay readable over them (with a halo, see tasks.css). */}
              {data.ticks.map((tick) => (
                <text
                  key={tick}
                  class="hours-chart__tick"
                  x="4"
                  y={pct(1 - tick / data.scaleMax)}
                  dy="-3"
                  aria-hidden="true"
                >
                  {t('hours-chart-tick', { hours: tick })}
                </text>
              ))}
            </svg>
            <svg x="0" y={TOP + PLOT} width="100%" height={BOTTOM} aria-hidden="true">
              {data.bars.map((bar, index) =>
                (n - 1 - index) % every === 0 ? (
                  <text
                    key={bar.key}
                    class="hours-chart__label"
                    // The outermost labels line up with the edges instead of spilling over them.
                    x={
                      n > 1 && index === n - 1 ? '99%' : n > 1 && index === 0 ? '1%' : pct((index + 0.5) / n)
                    }
                    y="18"
                    text-anchor={n > 1 && index === n - 1 ? 'end' : n > 1 && index === 0 ? 'start' : 'middle'}
                  >
                    {bar.label}
                  </text>
                ) : null,
              )}
            </svg>
          </svg>
          <details>
            <summary>{t('hours-chart-as-table')}</summary>
            <HoursTable
              heading={period === 'week' ? t('hours-week') : t('hours-month')}
              caption={caption}
              rows={data.bars.map((bar) => ({
                key: bar.key,
                label: bar.fullLabel,
                hours: formatNumber(bar.hours, 2),
              }))}
            />
          </details>
        </>
      )}
    </figure>
  );
}
