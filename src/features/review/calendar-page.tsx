import { ActionIcon, Badge, Button, Group, SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from '@/i18n';
import { articleQueries } from '@/api/queries';
import { calendarQueries } from '@/api/queries/review';
import { useApi } from '@/api/react';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { statusColors } from '@/components/status-badge';
import { useNow } from '@/components/use-now';
import { entriesByDay } from './calendar-entries';
import { addDays, addMonths, monthOf, vietnamDayKey, weekDays } from './calendar-math';
import { CalendarGrid } from './calendar-grid';
import { periodLabel } from './period-label';

type View = 'week' | 'month';

/** `/calendar`: what is scheduled and what went out, by week or month, on Vietnam's calendar. */
export function CalendarPage() {
  const { t } = useTranslation('review');
  const api = useApi();
  const today = vietnamDayKey(useNow());
  const [view, setView] = useState<View>('month');
  const [anchor, setAnchor] = useState(today);
  const scheduled = useQuery({ ...articleQueries.list(api, calendarQueries.scheduled), enabled: api.capabilities.statuses.includes('scheduled') });
  const published = useQuery(articleQueries.list(api, calendarQueries.published));
  const byDay = useMemo(() => entriesByDay([...(scheduled.data?.items ?? []), ...(published.data?.items ?? [])]), [scheduled.data, published.data]);

  const step = (n: number) => setAnchor(view === 'week' ? addDays(anchor, 7 * n) : addMonths(anchor, n));
  const failed = scheduled.error ?? published.error;
  const loading = published.isPending || (scheduled.isPending && scheduled.fetchStatus !== 'idle');

  return (
    <Stack gap="md">
      <PageHeader title={t('calendar.title')} description={t('calendar.description')} />
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="xs" wrap="nowrap">
          <ActionIcon variant="default" size="lg" onClick={() => step(-1)} aria-label={t(`calendar.previous.${view}`)}>
            <IconChevronLeft size={18} aria-hidden />
          </ActionIcon>
          <Button variant="default" onClick={() => setAnchor(today)}>
            {t('calendar.today')}
          </Button>
          <ActionIcon variant="default" size="lg" onClick={() => step(1)} aria-label={t(`calendar.next.${view}`)}>
            <IconChevronRight size={18} aria-hidden />
          </ActionIcon>
          <Text fw={700} size="lg" ml="xs" aria-live="polite">
            {periodLabel(t, view, anchor)}
          </Text>
        </Group>
        <Group gap="sm">
          {(['scheduled', 'published'] as const).map((s) => (
            <Badge key={s} color={statusColors[s]} variant="dot" style={{ textTransform: 'none' }}>
              {t(`calendar.${s}`)}
            </Badge>
          ))}
          <SegmentedControl
            value={view}
            onChange={(v) => setView(v as View)}
            data={[
              { value: 'week', label: t('calendar.week') },
              { value: 'month', label: t('calendar.month') },
            ]}
            aria-label={t('calendar.view')}
          />
        </Group>
      </Group>
      {failed ? (
        <QueryError error={failed} onRetry={() => void Promise.all([scheduled.refetch(), published.refetch()])} />
      ) : loading ? (
        <Skeleton h={480} role="progressbar" aria-label={t('calendar.loading')} />
      ) : (
        <CalendarGrid view={view} anchor={anchor} today={today} byDay={byDay} month={monthOf(anchor).month} week={weekDays(anchor)} />
      )}
    </Stack>
  );
}
