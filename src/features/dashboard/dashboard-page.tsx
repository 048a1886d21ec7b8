import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/react';
import { useCurrentUser } from '@/api/session';
import { PageHeader } from '@/components/page-header';
import { canModerate, isEditorInChief, isReporter } from '@/domain';
import { EditorSection } from './editor-section';
import { ModeratorSection } from './moderator-section';
import { ReporterSection } from './reporter-section';

/** `/`: what needs the signed-in person's attention, one section per role they hold. */
export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const api = useApi();
  const user = useCurrentUser();
  const sections = [
    isReporter(user) && { id: 'reporter', title: t('reporter.heading'), node: <ReporterSection user={user} statuses={api.capabilities.statuses} /> },
    isEditorInChief(user) && { id: 'editor', title: t('editor.heading'), node: <EditorSection statuses={api.capabilities.statuses} /> },
    canModerate(user) && { id: 'moderator', title: t('moderator.heading'), node: <ModeratorSection /> },
  ].filter((s) => s !== false);

  return (
    <Stack gap="xl">
      <PageHeader title={t('title')} description={t('greeting', { name: user.name })} />
      {sections.map((s) => (
        <Stack key={s.id} gap="sm">
          <Title order={2} size="h4">
            {s.title}
          </Title>
          {s.node}
        </Stack>
      ))}
    </Stack>
  );
}
