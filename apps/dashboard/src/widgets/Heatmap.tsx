import { Box, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { count, weekdays } from '../format';
import classes from './Heatmap.module.css';

// Five shades; text on each keeps at least 4.5:1 contrast (dark on the light ones, white on the dark).
const LEVELS = 5;

/** The level (0 = none … 4 = busiest) of a count against the busiest cell. */
export function levelOf(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((value / max) * (LEVELS - 1)));
}

export type HeatmapProps = {
  /** Orders per weekday (0 = Monday … 6 = Sunday) × hour (0–23). */
  cells: number[][];
  weeks: number;
};

/** Orders by weekday × hour as a table: readable by screen readers, scrollable sideways on a phone. */
export function Heatmap({ cells, weeks }: HeatmapProps) {
  const { t, i18n } = useTranslation();
  const days = weekdays(i18n.language);
  const max = Math.max(0, ...cells.flat());
  const hours = Array.from({ length: 24 }, (_, hour) => hour);

  return (
    <Box>
      <Title order={2} size="h4" id="heatmap-title">
        {t('home.heatmap')}
      </Title>
      <Text size="sm" mb="xs">
        {t('home.heatmapHint', { weeks })}
      </Text>
      {max === 0 ? (
        <Text size="sm" className={classes.empty}>
          {t('home.noOrders')}
        </Text>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take keyboard focus to scroll (WCAG 2.1.1).
        <section className={classes.scroll} aria-labelledby="heatmap-title" tabIndex={0}>
          <table className={classes.table}>
            <caption className={classes.caption}>{t('home.heatmapHint', { weeks })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('home.weekday')}</th>
                {hours.map((hour) => (
                  <th scope="col" key={hour}>
                    {hour}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {cells.map((row, day) => (
                <tr key={days[day]}>
                  <th scope="row">{days[day]}</th>
                  {row.map((value, hour) => (
                    <td
                      // biome-ignore lint/suspicious/noArrayIndexKey: the hour is the cell's identity.
                      key={hour}
                      data-level={levelOf(value, max)}
                      className={classes.cell}
                      title={t('home.heatmapCell', { day: days[day], hour, count: value })}
                    >
                      {count(value, i18n.language)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </Box>
  );
}
