import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { ArticleStats } from '@/api/port';
import { statusColors } from '@/components/status-badge';
import type { ArticleStatus } from '@/domain';
import { shortDay } from './day-label';

/**
 * Stacked bars, one a day. Loaded lazily with @mantine/charts and recharts. Hidden from assistive
 * technology: the table beside it reads the same figures out.
 */
export function StatusChart({ stats, statuses }: { stats: ArticleStats; statuses: readonly ArticleStatus[] }) {
  const { t } = useTranslation('articles');
  const data = stats.days.map((d) => ({ day: shortDay(d.date), ...d.entered }));
  return (
    <div aria-hidden>
      <BarChart
        h={260}
        data={data}
        dataKey="day"
        type="stacked"
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        tickLine="y"
        gridAxis="y"
        yAxisProps={{ allowDecimals: false }}
        // No keyboard stop inside a chart hidden from assistive technology.
        barChartProps={{ accessibilityLayer: false }}
        series={statuses.map((s) => ({ name: s, label: t(`status.${s}`), color: `${statusColors[s]}.6` }))}
      />
    </div>
  );
}
