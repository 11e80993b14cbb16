import type { ComponentChildren } from 'preact';
import { t } from '../../i18n';

export interface HoursRow {
  key: string;
  /** What the hours were given to: a task, a reported problem, a week or a month. */
  label: ComponentChildren;
  hours: ComponentChildren;
}

/** Verified hours by what they were given to, as a table of figures (one row each). */
export function HoursTable({
  heading,
  caption,
  rows,
}: {
  heading: string;
  caption?: string;
  rows: HoursRow[];
}) {
  return (
    <table class="figures">
      {caption !== undefined && <caption class="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col" class="number">
            {t('hours-verified-hours')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td class="number">{row.hours}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
