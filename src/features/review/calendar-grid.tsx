import { Box, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from '@/i18n';
import { formatDateLine } from '@/domain';
import { CalendarDay } from './calendar-day';
import type { CalendarEntry } from './calendar-entries';
import { monthGrid, monthOf, type DayKey } from './calendar-math';

type Props = { view: 'week' | 'month'; anchor: DayKey; today: DayKey; byDay: Map<DayKey, CalendarEntry[]>; month: number; week: DayKey[] };

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const MONTH_LIMIT = 3;

/** Seven columns, Monday first; the month view shows a few entries per day and counts the rest. */
export function CalendarGrid({ view, anchor, today, byDay, month, week }: Props) {
  const { t } = useTranslation('review');
  const days = view === 'week' ? week : monthGrid(anchor).flat();
  const label = (day: DayKey) => {
    const count = byDay.get(day)?.length ?? 0;
    return `${formatDateLine(`${day}T12:00:00+07:00`)}: ${t('calendar.dayCount', { count })}`;
  };
  return (
    <Box style={{ overflowX: 'auto' }}>
    <SimpleGrid cols={7} spacing={4} verticalSpacing={4} miw={720}>
      {WEEKDAYS.map((d) => (
        <Text key={d} size="xs" fw={700} c="dimmed" ta="center" tt="uppercase">
          {t(`calendar.weekdays.${d}`)}
        </Text>
      ))}
      {days.map((day) => (
        <CalendarDay
          key={day}
          day={day}
          entries={byDay.get(day) ?? []}
          today={day === today}
          outside={view === 'month' && monthOf(day).month !== month}
          limit={view === 'month' ? MONTH_LIMIT : Infinity}
          label={label(day)}
        />
      ))}
    </SimpleGrid>
    </Box>
  );
}
