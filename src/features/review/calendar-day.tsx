import { Anchor, Badge, Box, Group, Paper, Stack, Text, useMantineTheme } from '@mantine/core';
import { useTranslation } from '@/i18n';
import { Link } from '@/components/routing/link';
import { statusColors } from '@/components/status-badge';
import type { CalendarEntry } from './calendar-entries';
import { dayOfMonth, type DayKey } from './calendar-math';

type Props = { day: DayKey; entries: CalendarEntry[]; today: boolean; outside: boolean; limit?: number; label: string };

/** One day of the grid: its number, then what goes out that day, in time order. */
export function CalendarDay({ day, entries, today, outside, limit = Infinity, label }: Props) {
  const { t } = useTranslation('review');
  const { primaryColor } = useMantineTheme();
  const shown = entries.slice(0, limit);
  return (
    <Paper
      withBorder
      radius="sm"
      p={6}
      mih={limit === Infinity ? 240 : 116}
      bg={outside ? 'var(--mantine-color-default-hover)' : undefined}
      style={today ? { borderColor: 'var(--mantine-primary-color-filled)', borderWidth: 2 } : undefined}
      aria-label={label}
      component="section"
    >
      <Group justify="space-between" mb={4} wrap="nowrap">
        {/* The primary colour's text shade: the filled one is a background colour, under 3:1 on a dark card. */}
        <Text size="sm" fw={today ? 800 : 600} c={today ? primaryColor : outside ? 'dimmed' : undefined}>
          {dayOfMonth(day)}
          {today && (
            <Text span size="xs" fw={600} ml={6}>
              {t('calendar.today')}
            </Text>
          )}
        </Text>
        {entries.length > 0 && (
          <Badge size="xs" variant="default" circle>
            {entries.length}
          </Badge>
        )}
      </Group>
      <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {shown.map((e) => (
          <Box component="li" key={e.id} pl={6} style={{ borderLeft: `3px solid var(--mantine-color-${statusColors[e.status]}-6)` }}>
            <Anchor component={Link} to={`/review/${e.id}`} size="xs" c="inherit" lineClamp={limit === Infinity ? undefined : 2} title={`${e.time} · ${t(`calendar.${e.status}`)} · ${e.title}`}>
              {/* The status shows in the bar beside the entry; the time keeps the text colour, which reads on both schemes. */}
              <Text span size="xs" fw={700}>
                {e.time}
              </Text>{' '}
              {e.title}
            </Anchor>
          </Box>
        ))}
      </Stack>
      {entries.length > shown.length && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('calendar.more', { count: entries.length - shown.length })}
        </Text>
      )}
    </Paper>
  );
}
