import '@/components/styles/floating';
import '@mantine/charts/styles.css';
import { MatrixChart, type MatrixChartCell } from '@mantine/charts';
import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n';
import type { ArticleStats } from '@/api/port';
import { statusColors } from '@/components/status-badge';
import type { ArticleStatus } from '@/domain';
import { shortDay } from './day-label';
import { CHART, chartHeight } from './status-chart-size';

/**
 * Four strengths of each status's colour, by how many articles entered it that day: opacity rather
 * than lighter shades, so that more reads as stronger on a dark background too.
 */
const STRENGTHS = [0.3, 0.5, 0.75, 1];

/**
 * 0 → none; otherwise one of four steps against the busiest cell of the whole chart, on a square-root
 * scale so that one heavy day does not wash the ordinary ones out.
 */
export function shadeStep(count: number, max: number): number | null {
  if (count <= 0 || max <= 0) return null;
  return Math.min(STRENGTHS.length - 1, Math.floor(Math.sqrt((count - 1) / max) * STRENGTHS.length));
}

/**
 * One row a status, one column a day; the stronger the colour, the more articles entered that
 * status that day. An SVG matrix of @mantine/charts: a stacked bar chart (recharts) cost the dashboard several
 * hundred milliseconds of main thread on every visit. Loaded apart from the page (its tooltip brings
 * floating-ui), as soon as the panel mounts. Hidden from assistive technology: the table
 * beside it reads the same figures out.
 */
export function StatusChart({ stats, statuses }: { stats: ArticleStats; statuses: readonly ArticleStatus[] }) {
  const { t, i18n } = useTranslation(['dashboard', 'articles']);
  // Each status's name looked up once, not once a cell (i18next's `t` is not cheap, 210 cells).
  const labels = statuses.map((s) => t(`articles:status.${s}`));
  const statusOf = new Map(statuses.map((s, i) => [labels[i], s]));
  const days = stats.days.map((d) => shortDay(d.date));
  const data: MatrixChartCell[] = stats.days.flatMap((d, i) => statuses.map((s, j) => ({ x: days[i], y: labels[j], value: d.entered[s] })));
  const max = Math.max(0, ...data.map((c) => c.value ?? 0));
  const number = new Intl.NumberFormat(i18n.language);
  // The chart's tooltip measures the page as it mounts. Mounted hidden (a display:none subtree
  // costs that measuring nothing), its couple of hundred cells are then shown one frame later and
  // styled by the browser's own rendering step, not synchronously inside the mount.
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setShown(true));
    return () => cancelAnimationFrame(frame);
  }, []);

  return (
    // Thirty days fit a desktop column; a phone scrolls the days sideways.
    <div aria-hidden style={{ overflowX: 'auto', overflowY: 'hidden', minHeight: chartHeight(statuses.length) }}>
      <MatrixChart
        display={shown ? undefined : 'none'}
        data={data}
        xLabels={days}
        yLabels={labels}
        cellSize={CHART.cell}
        gap={CHART.gap}
        withXLabels
        withYLabels
        yLabelsWidth={CHART.yLabels}
        xLabelsHeight={CHART.xLabels}
        fontSize={11}
        withTooltip
        getTooltipLabel={(cell) =>
          t('dashboard:stats.cell', { day: cell.x, status: cell.y, count: cell.value ?? 0, formatted: number.format(cell.value ?? 0) })
        }
        getCellProps={(cell) => {
          const step = shadeStep(cell.value ?? 0, max);
          const status = statusOf.get(cell.y);
          if (step === null || !status) return { fill: 'var(--matrix-empty-bg)' };
          return { fill: `var(--mantine-color-${statusColors[status]}-6)`, fillOpacity: STRENGTHS[step] };
        }}
      />
    </div>
  );
}
