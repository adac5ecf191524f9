import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ShopOverview } from '../api/types';
import { major, money } from '../format';

type Day = NonNullable<ShopOverview['sales_by_day']>[number];

/** One currency's last 7 days: sales and the 7-day moving average (a chart, and the same as a table). */
export function SalesChart({ currency, days }: { currency: string; days: Day[] }) {
  const { t, i18n } = useTranslation();
  const data = days.map((day) => ({
    date: day.date.slice(5),
    sales: major(day.amount_minor, currency),
    average: major(day.moving_average_7d_minor, currency),
  }));
  return (
    <figure style={{ margin: 0 }}>
      <div aria-hidden="true">
        <LineChart
          h={220}
          data={data}
          dataKey="date"
          withLegend
          // The figures are read from the table below: nothing in the hidden chart takes focus.
          lineChartProps={{ accessibilityLayer: false }}
          withTooltip={false}
          curveType="monotone"
          valueFormatter={(value) =>
            new Intl.NumberFormat(i18n.language, { style: 'currency', currency }).format(value)
          }
          series={[
            { name: 'sales', label: t('home.sales'), color: 'blue.8' },
            { name: 'average', label: t('home.movingAverage'), color: 'orange.9', strokeDasharray: '5 5' },
          ]}
        />
      </div>
      <VisuallyHidden>
        <Table>
          <caption>
            {t('home.sales7d')} ({currency})
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('home.date')}</th>
              <th scope="col">{t('home.sales')}</th>
              <th scope="col">{t('home.movingAverage')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.date}>
                <th scope="row">{day.date}</th>
                <td>{money(day.amount_minor, currency, i18n.language)}</td>
                <td>{money(day.moving_average_7d_minor, currency, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </VisuallyHidden>
    </figure>
  );
}
