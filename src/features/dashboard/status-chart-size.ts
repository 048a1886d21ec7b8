/** The status matrix's geometry, apart from the chart so the page can hold its room before it loads. */
export const CHART = { cell: 26, gap: 2, yLabels: 110, xLabels: 44 } as const;

/** The chart's height is known before it draws, so what holds its place is the same size. */
export const chartHeight = (rows: number) => rows * (CHART.cell + CHART.gap) - CHART.gap + CHART.xLabels;
